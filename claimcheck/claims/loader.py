"""Read ``claims.yaml`` into a :class:`ClaimsFile`, or fail with one ``file:line: field:`` line.

The file is untrusted: it is read with a size cap, parsed with PyYAML's safe machinery only
(no tag may build an object), checked for nesting depth before the recursive composer runs,
and every problem -- syntax, duplicate keys, unknown keys, wrong types -- becomes an
:class:`~claimcheck.errors.InputError` that names the line, using the start marks that
``yaml.compose`` keeps on every node.

Plain scalars are read strictly: only ``true``/``false`` are booleans and only
``null``/``~``/empty are null; everything else stays text. So ``country: NO`` is Norway (not
YAML 1.1's false), ``pmid: 0123`` is not silently read as an octal number, and ``id: 12`` is
the id "12"; numeric fields (``year``, ``sample_size``) are converted by the model.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, ClassVar

import yaml
from pydantic import BaseModel, ValidationError
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from claimcheck.claims.model import ClaimsFile
from claimcheck.claims.suggest import closest
from claimcheck.errors import InputError

MAX_FILE_BYTES = 10 * 1024 * 1024
MAX_DEPTH = 32

_TAG = "tag:yaml.org,2002:"
_ALLOWED_TAGS = frozenset(
    _TAG + name for name in ("str", "int", "float", "bool", "null", "seq", "map", "merge")
)


class _ClaimsYamlLoader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # type: ignore[misc]
    """SafeLoader whose implicit scalars are only booleans, nulls and text."""

    yaml_implicit_resolvers: ClassVar[dict[Any, Any]] = {}


_ClaimsYamlLoader.add_implicit_resolver(
    _TAG + "bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF")
)
_ClaimsYamlLoader.add_implicit_resolver(
    _TAG + "null", re.compile(r"^(?:~|null|Null|NULL|)$"), ["~", "n", "N", ""]
)
_ClaimsYamlLoader.add_implicit_resolver(_TAG + "merge", re.compile(r"^(?:<<)$"), ["<"])


@dataclass(frozen=True)
class LoadedClaims:
    """A validated claims file and where things are in it."""

    path: Path
    claims_file: ClaimsFile
    claim_lines: dict[str, int]  # claim id -> 1-based line of its entry
    records_dirs: list[Path]  # `records:`, resolved relative to the claims file's folder
    article_path: Path | None  # `article:`, resolved relative to the claims file's folder


def load_claims(path: str | Path) -> LoadedClaims:
    """Load and validate a claims file; every problem raises :class:`InputError`."""
    file_path = Path(path)
    shown = str(path)
    text = _decode(_read_capped(file_path, shown), shown)
    root = _compose(text, shown)
    _check_nodes(root, shown)
    data = _construct(root, shown)
    claims_file = _validate(data, root, shown)
    claim_lines = _claim_lines(claims_file, root, shown)
    folder = file_path.parent
    return LoadedClaims(
        path=file_path,
        claims_file=claims_file,
        claim_lines=claim_lines,
        records_dirs=_records_dirs(claims_file, root, folder, shown),
        article_path=_article_path(claims_file, root, folder, shown),
    )


# --- reading -----------------------------------------------------------------------------


def _read_capped(path: Path, shown: str) -> bytes:
    if path.is_dir():
        raise InputError("is a folder, not a claims file", path=shown)
    try:
        with path.open("rb") as stream:
            data = stream.read(MAX_FILE_BYTES + 1)
    except FileNotFoundError:
        raise InputError("no such file", path=shown) from None
    except OSError as error:
        raise InputError(f"cannot be read: {error.strerror or error}", path=shown) from None
    if len(data) > MAX_FILE_BYTES:
        raise InputError(
            f"is larger than {MAX_FILE_BYTES // (1024 * 1024)} MB; a claims file is small "
            "text (split it, or check that this is the right file)",
            path=shown,
        )
    return data


def _decode(data: bytes, shown: str) -> str:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise InputError("is UTF-16 text; save it as UTF-8", path=shown)
    if b"\x00" in data:
        raise InputError("is a binary file, not YAML text", path=shown)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        raise InputError(
            f"is not UTF-8 text (byte 0x{data[error.start]:02X}); save it as UTF-8",
            path=shown,
            line=line,
        ) from None
    if not text.strip():
        raise InputError("is empty: expected a mapping with a `claims:` list", path=shown)
    return text


# --- parsing -----------------------------------------------------------------------------


def _yaml_line(error: yaml.YAMLError, text: str) -> int | None:
    mark = getattr(error, "problem_mark", None) or getattr(error, "context_mark", None)
    if mark is not None:
        return int(mark.line) + 1
    position = getattr(error, "position", None)  # ReaderError: a character offset
    if isinstance(position, int):
        return text.count("\n", 0, position) + 1
    return None


def _yaml_problem(error: yaml.YAMLError) -> str:
    if isinstance(error, yaml.reader.ReaderError):
        character = error.character
        code = character if isinstance(character, int) else ord(str(character)[:1] or "\0")
        return f"character U+{code:04X} is not allowed in YAML text"
    problem = str(getattr(error, "problem", None) or "")
    context = str(getattr(error, "context", None) or "")
    words = " ".join(part for part in (context, problem) if part) or str(error).splitlines()[0]
    if "tab" in problem or "'\\t'" in problem:
        words += " (indent with spaces: YAML does not allow tabs there)"
    started = getattr(error, "context_mark", None)
    ended = getattr(error, "problem_mark", None)
    if started is not None and ended is not None and started.line != ended.line:
        words += f" (it starts on line {started.line + 1})"
    return words


def _syntax_error(error: yaml.YAMLError, text: str, shown: str) -> InputError:
    return InputError(
        f"YAML syntax error: {_yaml_problem(error)}",
        path=shown,
        line=_yaml_line(error, text),
    )


def _check_depth(text: str, shown: str) -> None:
    """Refuse deep nesting from the event stream, which is parsed without recursion."""
    depth = 0
    for event in yaml.parse(text, Loader=_ClaimsYamlLoader):
        if isinstance(event, yaml.CollectionStartEvent):
            depth += 1
            if depth > MAX_DEPTH:
                raise InputError(
                    f"YAML nested more than {MAX_DEPTH} levels deep; a claims file needs 5",
                    path=shown,
                    line=event.start_mark.line + 1,
                )
        elif isinstance(event, yaml.CollectionEndEvent):
            depth -= 1


def _compose(text: str, shown: str) -> Node:
    try:
        _check_depth(text, shown)
        root = yaml.compose(text, Loader=_ClaimsYamlLoader)
    except yaml.YAMLError as error:
        raise _syntax_error(error, text, shown) from None
    if root is None:
        raise InputError("holds no YAML data: expected a mapping with a `claims:` list",
                         path=shown)
    return root


def _walk(root: Node) -> Iterator[tuple[Node, str]]:
    """Every node once (aliases are not followed twice), with its path for messages."""
    seen: set[int] = set()
    stack: list[tuple[Node, str]] = [(root, "")]
    while stack:
        node, where = stack.pop()
        if id(node) in seen:
            continue
        seen.add(id(node))
        yield node, where
        if isinstance(node, SequenceNode):
            stack.extend((item, f"{where}[{i}]") for i, item in enumerate(node.value))
        elif isinstance(node, MappingNode):
            for key, value in node.value:
                name = str(key.value) if isinstance(key, ScalarNode) else "?"
                stack.append((key, where))
                stack.append((value, f"{where}.{name}" if where else name))


def _check_nodes(root: Node, shown: str) -> None:
    """Object-building tags and duplicate keys are errors before anything is constructed."""
    for node, where in _walk(root):
        if node.tag not in _ALLOWED_TAGS:
            raise InputError(
                f"YAML tag {_short_tag(node.tag)} is not allowed: a claims file holds plain "
                "data only",
                path=shown,
                line=node.start_mark.line + 1,
                field=where or None,
            )
        if isinstance(node, MappingNode):
            first_line: dict[str, int] = {}
            for key, _ in node.value:
                if not isinstance(key, ScalarNode):
                    continue
                line = key.start_mark.line + 1
                if key.value in first_line:
                    field = f"{where}.{key.value}" if where else str(key.value)
                    raise InputError(
                        f"duplicate key (already set on line {first_line[key.value]})",
                        path=shown,
                        line=line,
                        field=field,
                    )
                first_line[key.value] = line


def _short_tag(tag: str) -> str:
    return "!!" + tag.removeprefix(_TAG) if tag.startswith(_TAG) else tag


def _construct(root: Node, shown: str) -> Any:
    loader = _ClaimsYamlLoader("")
    try:
        return loader.construct_document(root)
    except yaml.YAMLError as error:
        raise _syntax_error(error, "", shown) from None
    except RecursionError:
        raise InputError("YAML aliases refer to themselves too deeply", path=shown) from None
    finally:
        loader.dispose()


# --- validation --------------------------------------------------------------------------


def _validate(data: Any, root: Node, shown: str) -> ClaimsFile:
    if not isinstance(data, dict):
        raise InputError(
            f"the top level must be a mapping with a `claims:` list, not {_kind(data)}",
            path=shown,
            line=root.start_mark.line + 1,
        )
    try:
        return ClaimsFile.model_validate(data)
    except ValidationError as error:
        raise _first_problem(error, root, shown) from None
    except RecursionError:
        raise InputError("YAML aliases refer to themselves too deeply", path=shown) from None


def _first_problem(error: ValidationError, root: Node, shown: str) -> InputError:
    problems = []
    for detail in error.errors(include_url=False):
        loc = tuple(detail["loc"])
        line = _line_of(root, loc)
        # A mistyped key also makes its intended key "missing"; name the typo first.
        rank = 0 if detail["type"] == "extra_forbidden" else 1
        problems.append((rank, line, _field_name(loc), _describe(detail, loc)))
    problems.sort(key=lambda problem: (problem[0], problem[1]))
    _, line, field, message = problems[0]
    if len(problems) > 1:
        more = len(problems) - 1
        message += f" (and {more} more problem{'s' if more > 1 else ''})"
    return InputError(message, path=shown, line=line, field=field or None)


def _field_name(loc: tuple[Any, ...]) -> str:
    name = ""
    for part in loc:
        if isinstance(part, int):
            name += f"[{part}]"
        else:
            name += f".{part}" if name else str(part)
    return name


def _line_of(root: Node, loc: tuple[Any, ...]) -> int:
    """The line of the key (or list item) that ``loc`` points to; its parent's when absent."""
    node: Node = root
    line = root.start_mark.line + 1
    for part in loc:
        child: Node | None = None
        if isinstance(node, SequenceNode) and isinstance(part, int) and part < len(node.value):
            child = node.value[part]
            line = child.start_mark.line + 1
        elif isinstance(node, MappingNode):
            for key, value in node.value:
                if isinstance(key, ScalarNode) and key.value == str(part):
                    child = value
                    line = key.start_mark.line + 1
                    break
        if child is None:
            break
        node = child
    return line


def _model_at(loc: tuple[Any, ...]) -> type[BaseModel] | None:
    """The model whose keys are allowed at ``loc`` (for suggesting near keys)."""
    model: type[BaseModel] | None = ClaimsFile
    for part in loc:
        if isinstance(part, int) or model is None:
            continue
        field = model.model_fields.get(str(part))
        model = _model_in(field.annotation) if field else None
    return model


def _model_in(annotation: Any) -> type[BaseModel] | None:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    for argument in getattr(annotation, "__args__", ()):
        found = _model_in(argument)
        if found is not None:
            return found
    return None


_EXPECTED = {
    "string_type": "text",
    "int_type": "a whole number",
    "int_parsing": "a whole number",
    "int_from_float": "a whole number",
    "list_type": "a list",
    "dict_type": "a mapping",
    "model_type": "a mapping",
    "model_attributes_type": "a mapping",
}

_MISSING_HINTS = {
    "claims": "list the claims under `claims:`",
    "id": "every claim needs a unique id",
    "text": "every claim needs its text as worded in the article",
    "reason": "a waiver needs a reason",
    "verdict": "name the verdict that is waived",
}


def _describe(detail: Any, loc: tuple[Any, ...]) -> str:
    kind = detail["type"]
    value = detail.get("input")
    last = loc[-1] if loc else ""
    if kind == "extra_forbidden":
        model = _model_at(loc[:-1])
        allowed = sorted(model.model_fields) if model else []
        near = closest(str(last), allowed)
        if near:
            return f"unknown key; did you mean `{near}`?"
        return "unknown key" + (f" (allowed: {', '.join(allowed)})" if allowed else "")
    if kind == "missing":
        hint = _MISSING_HINTS.get(str(last))
        return "is required" + (f": {hint}" if hint else "")
    if value is None and kind in _EXPECTED:
        return f"has no value; expected {_EXPECTED[kind]}"
    if kind in _EXPECTED:
        return f"must be {_EXPECTED[kind]}, not {_kind(value)}"
    if kind == "too_short" and last == "claims":
        return "is empty: list at least one claim"
    if kind in ("too_short", "string_too_short"):
        return "is empty"
    if kind == "enum":
        expected = detail.get("ctx", {}).get("expected", "")
        return f"must be one of {expected}, not {_kind(value)}"
    message = str(detail["msg"])
    for prefix in ("Value error, ", "Assertion failed, "):
        message = message.removeprefix(prefix)
    return message


def _kind(value: Any) -> str:
    if isinstance(value, bool):
        return str(value).lower()
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, list):
        return "a list"
    if value is None:
        return "nothing"
    shown = repr(value)
    return shown if len(shown) <= 40 else shown[:37] + "...'"


# --- after validation --------------------------------------------------------------------


def _claim_lines(claims_file: ClaimsFile, root: Node, shown: str) -> dict[str, int]:
    lines: dict[str, int] = {}
    for index, claim in enumerate(claims_file.claims):
        line = _line_of(root, ("claims", index))
        if claim.id in lines:
            raise InputError(
                f"duplicate id {claim.id!r} (first used on line {lines[claim.id]})",
                path=shown,
                line=_line_of(root, ("claims", index, "id")),
                field=f"claims[{index}].id",
            )
        lines[claim.id] = line
    return lines


def _resolve(folder: Path, written: str) -> Path:
    # Absolute paths and `..` are allowed on purpose: an article or a shared records folder
    # may live outside the project. Nothing is written there; the path is only read.
    candidate = Path(written)
    return candidate if candidate.is_absolute() else folder / candidate


def _records_dirs(claims_file: ClaimsFile, root: Node, folder: Path, shown: str) -> list[Path]:
    resolved = []
    for index, written in enumerate(claims_file.records):
        where = ("records", index)
        if not written.strip():
            raise InputError("is empty", path=shown, line=_line_of(root, where),
                             field=_field_name(where))
        directory = _resolve(folder, written)
        if not directory.is_dir():
            problem = "is a file, not a folder" if directory.exists() else "no such folder"
            raise InputError(
                f"{problem}: {directory} (paths are relative to the claims file)",
                path=shown,
                line=_line_of(root, where),
                field=_field_name(where),
            )
        resolved.append(directory)
    return resolved


def _article_path(claims_file: ClaimsFile, root: Node, folder: Path, shown: str) -> Path | None:
    if claims_file.article is None:
        return None
    line = _line_of(root, ("article",))
    if not claims_file.article.strip():
        raise InputError("is empty", path=shown, line=line, field="article")
    article = _resolve(folder, claims_file.article)
    if not article.is_file():
        problem = "is a folder, not a file" if article.is_dir() else "no such file"
        raise InputError(
            f"{problem}: {article} (paths are relative to the claims file)",
            path=shown,
            line=line,
            field="article",
        )
    return article
