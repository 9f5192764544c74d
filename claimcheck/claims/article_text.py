"""Plain text out of an article file (.txt, .md, .html), remembering where each character was.

Every conversion returns a :class:`MappedText`: the plain text plus, for each of its characters,
the offset of the source character it came from, so that a passage found in the plain text can
be reported at its line:column in the file the editor opens.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from bs4 import BeautifulSoup
from bs4.element import NavigableString, PreformattedString, Tag

_Spans = Callable[[re.Match[str]], Iterable[tuple[int, int]]]


@dataclass(frozen=True)
class MappedText:
    text: str
    offsets: list[int]  # offsets[i]: index in the source of text[i]

    @classmethod
    def identity(cls, source: str) -> MappedText:
        return cls(source, list(range(len(source))))

    def keep(self, pattern: re.Pattern[str], spans: _Spans) -> MappedText:
        """Replace every match of ``pattern`` by the parts of it that ``spans`` names."""
        pieces: list[str] = []
        offsets: list[int] = []
        last = 0
        for match in pattern.finditer(self.text):
            pieces.append(self.text[last : match.start()])
            offsets.extend(self.offsets[last : match.start()])
            for start, end in spans(match):
                pieces.append(self.text[start:end])
                offsets.extend(self.offsets[start:end])
            last = match.end()
        pieces.append(self.text[last:])
        offsets.extend(self.offsets[last:])
        return MappedText("".join(pieces), offsets)


def _group(number: int) -> Callable[[re.Match[str]], list[tuple[int, int]]]:
    return lambda match: [match.span(number)]


def _nothing(match: re.Match[str]) -> list[tuple[int, int]]:
    return []


# --- Markdown ----------------------------------------------------------------------------

_MD_STEPS: list[tuple[re.Pattern[str], _Spans]] = [
    (re.compile(r"<!--.*?-->", re.DOTALL), _nothing),
    (re.compile(r"^[ ]{0,3}\[[^\]\n]+\]:[ \t]*\S.*$", re.MULTILINE), _nothing),  # [ref]: url
    (re.compile(r"^[ ]{0,3}(?:[-*_][ \t]*){3,}$", re.MULTILINE), _nothing),  # rules
    (re.compile(r"!\[([^\]\n]*)\]\([^)\n]*\)"), _group(1)),  # images: keep the alt text
    (re.compile(r"\[([^\]\n]+)\]\((?:[^()\n]|\([^)\n]*\))*\)"), _group(1)),  # [t](u)
    (re.compile(r"\[([^\]\n]+)\]\[[^\]\n]*\]"), _group(1)),  # [t][ref]
    (re.compile(r"<((?:https?|mailto):[^>\s]+)>"), _group(1)),  # autolinks
    (re.compile(r"^[ ]{0,3}#{1,6}[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$", re.MULTILINE), _group(1)),
    (re.compile(r"^[ \t]*(?:>[ \t]?)+", re.MULTILINE), _nothing),  # blockquotes
    (re.compile(r"^[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+", re.MULTILINE), _nothing),  # list items
    (re.compile(r"(`+)([^`\n]+?)\1"), _group(2)),  # inline code
    (re.compile(r"(\*\*|__)(?=\S)([^\n]+?)(?<=\S)\1"), _group(2)),
    (re.compile(r"(?<![\w*])\*(?=[^\s*])([^\n*]+?)(?<=\S)\*(?![\w*])"), _group(1)),
    (re.compile(r"(?<![\w_])_(?=[^\s_])([^\n_]+?)(?<=\S)_(?![\w_])"), _group(1)),
    (re.compile(r"~~(?=\S)([^\n]+?)(?<=\S)~~"), _group(1)),
    (re.compile(r"\\([\\`*_{}\[\]()#+\-.!])"), _group(1)),  # backslash escapes
]


def markdown_to_text(source: str) -> MappedText:
    """Markdown without its syntax: link text kept, URLs, emphasis markers and headings' # gone."""
    mapped = MappedText.identity(source)
    for pattern, spans in _MD_STEPS:
        mapped = mapped.keep(pattern, spans)
    return mapped


# --- HTML --------------------------------------------------------------------------------

# Elements whose content is never article text.
_SKIPPED = frozenset(
    {"script", "style", "noscript", "template", "head", "title", "iframe", "object", "svg",
     "canvas", "button", "select", "textarea"}
)
# Elements whose content the parser takes as raw text (html.parser's CDATA content elements).
_RAW_TEXT = frozenset({"script", "style"})
# Elements that start a new paragraph in the plain text.
_BLOCKS = frozenset(
    {"address", "article", "aside", "blockquote", "caption", "dd", "details", "div", "dl", "dt",
     "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6",
     "header", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "summary", "table",
     "tbody", "td", "tfoot", "th", "thead", "tr", "ul", "body", "html"}
)
_ENTITY = re.compile(r"&(?:#[0-9]+;?|#[xX][0-9a-fA-F]+;?|[A-Za-z][A-Za-z0-9]*;?)")
_MARKUP = re.compile(
    r"<(?:!--.*?-->|![^>]*>|\?[^>]*>|/?([A-Za-z][\w:-]*)(?:[^>\"']|\"[^\"]*\"|'[^']*')*>)",
    re.DOTALL,
)
_RESYNC_WINDOW = 4000
_PLAIN_RUN = re.compile(r"[^&<>\"'\s\u00a0]{3,24}")
_BREAK = "\0"  # paragraph break while collapsing; the decoded source never holds NUL
_WHITESPACE = re.compile(r"\s")
_SPECIAL = re.compile(r"[&<]")
_MAX_DROPPED = 64
_SPACE_RUN = re.compile(r"[ \n\0]{2,}|[\n\0]")


class _SourceAligner:
    """Finds, in order, where each text node of the parsed HTML sits in the source."""

    def __init__(self, source: str) -> None:
        self.source = source
        self.cursor = 0
        self._line_starts = [0, *(m.end() for m in re.finditer("\n", source))]

    def align(self, raw: str, start: int | None = None, literal: bool = False) -> list[int]:
        """Source offsets of the characters of ``raw``, the next text node; ``start`` is where
        it begins when known (right after its parent's start tag); ``literal`` for the raw
        text of script and style, where nothing is markup or a reference."""
        source = self.source
        j = max(start, self.cursor) if start is not None else self._skip_markup(self.cursor)
        if literal and source.startswith(raw, j):
            self.cursor = j + len(raw)
            return list(range(j, j + len(raw)))
        if not _SPECIAL.search(raw) and source.startswith(raw, j):  # the common case
            self.cursor = j + len(raw)
            return list(range(j, j + len(raw)))
        offsets: list[int] = []
        i = 0
        while i < len(raw):
            entity = _ENTITY.match(source, j) if j < len(source) and source[j] == "&" else None
            if entity is not None and not raw.startswith(entity.group(), i):  # else: literal
                decoded = html.unescape(entity.group())
                if decoded != entity.group() and raw.startswith(decoded, i):
                    offsets.extend([j] * len(decoded))
                    i += len(decoded)
                    j = entity.end()
                    continue
            if j < len(source) and source[j] == "<":  # markup, not the text's own "<"
                skipped = self._skip_markup(j)
                if skipped != j:
                    j = skipped
                    continue
            special = _SPECIAL.search(source, j)
            run = min((special.start() if special else len(source)) - j, len(raw) - i)
            if run > 0 and source.startswith(raw[i : i + run], j):
                offsets.extend(range(j, j + run))
                i += run
                j += run
                continue
            if j < len(source) and (
                source[j] == raw[i] or (source[j].isspace() and raw[i].isspace())
            ):  # the parser turns whitespace-only text into one space or newline
                offsets.append(j)
                i += 1
                j += 1
                continue
            skipped = self._skip_markup(j)
            if skipped != j:
                j = skipped
                continue
            dropped = self._dropped(raw[i], j)
            if dropped:
                j += dropped
                continue
            resynced = self._resync(raw, i, j)
            if resynced is None:  # give up on exactness: stay near the last known place
                offsets.extend([min(j, max(len(source) - 1, 0))] * (len(raw) - i))
                break
            skipped_chars, j = resynced
            offsets.extend([j] * skipped_chars)
            i += skipped_chars
        self.cursor = max(self.cursor, j)
        return offsets

    def _dropped(self, wanted: str, j: int) -> int:
        """How many source characters to pass over to reach ``wanted`` when the parser dropped
        some: whitespace-only text, the "&" or ";" of an unknown reference, with markup between.
        0 when ``wanted`` is not reached that way."""
        position = j
        for _ in range(_MAX_DROPPED):
            position = self._skip_markup(position)
            if self._starts_with(wanted, position):
                return position - j
            if position >= len(self.source):
                return 0
            passable = self.source[position]
            if passable not in "&;" and not passable.isspace():
                return 0
            position += 1
        return 0

    def _starts_with(self, wanted: str, j: int) -> bool:
        if self.source.startswith(wanted, j):
            return True
        entity = _ENTITY.match(self.source, j)
        return entity is not None and html.unescape(entity.group()).startswith(wanted)

    def _skip_markup(self, j: int) -> int:
        while True:
            match = _MARKUP.match(self.source, j)
            if match is None:
                return j
            j = match.end()

    def end_of_start_tag(self, tag: Tag) -> int | None:
        """Where the content of ``tag`` begins in the source, from the parser's position."""
        line, column = tag.sourceline, tag.sourcepos
        if line is None or column is None or not 1 <= line <= len(self._line_starts):
            return None
        match = _MARKUP.match(self.source, self._line_starts[line - 1] + column)
        return match.end() if match else None

    def _resync(self, raw: str, i: int, j: int) -> tuple[int, int] | None:
        """Skip ahead to the next run of plain characters of ``raw[i:]`` found in the source:
        (characters of raw skipped, new source position)."""
        probe = _PLAIN_RUN.search(raw, i)
        if probe is None:
            return None
        found = self.source.find(probe.group(), j, j + _RESYNC_WINDOW)
        if found < 0:
            return None
        if probe.start() == i and found == j:
            return None  # no progress possible
        return probe.start() - i, found


def _nearest(tag: Tag | None, names: frozenset[str], memo: dict[int, int]) -> int:
    """id() of the nearest element among ``tag`` and its ancestors named in ``names``, or 0."""
    path: list[Tag] = []
    found = 0
    node = tag
    while node is not None:
        if id(node) in memo:
            found = memo[id(node)]
            break
        path.append(node)
        if node.name in names:
            found = id(node)
            break
        node = node.parent
    for visited in path:
        memo[id(visited)] = found
    return found


def html_to_text(source: str) -> MappedText:
    """The readable text of an HTML page: no scripts or styles, blocks as paragraphs."""
    soup = BeautifulSoup(source, "html.parser")
    aligner = _SourceAligner(source)
    chars: list[str] = []
    offsets: list[int] = []
    hidden_memo: dict[int, int] = {}
    block_memo: dict[int, int] = {}
    previous_block: int | None = None
    for node in soup.descendants:
        if isinstance(node, Tag):
            if node.name == "br" and offsets:
                chars.append("\n")
                offsets.append(offsets[-1])
            continue
        if not isinstance(node, NavigableString) or isinstance(node, PreformattedString):
            continue
        raw = str(node)
        if not raw:
            continue
        # Hidden text is aligned too, so that the position in the source stays in step.
        start = None
        if isinstance(node.previous_element, Tag) and node.previous_element is node.parent:
            start = aligner.end_of_start_tag(node.parent)
        node_offsets = aligner.align(raw, start, literal=node.parent.name in _RAW_TEXT)
        if _nearest(node.parent, _SKIPPED, hidden_memo):
            continue
        block = _nearest(node.parent, _BLOCKS, block_memo)
        if previous_block is not None and block != previous_block:
            chars.append(_BREAK)
            offsets.append(node_offsets[0])
        previous_block = block
        chars.append(_WHITESPACE.sub(" ", raw))
        offsets.extend(node_offsets)
    text = "".join(chars)
    mapped = MappedText(text, offsets).keep(_SPACE_RUN, _collapsed_run)
    collapsed = mapped.text.replace(_BREAK, "\n")
    start_at = len(collapsed) - len(collapsed.lstrip())
    end_at = len(collapsed.rstrip())
    return MappedText(collapsed[start_at:end_at], mapped.offsets[start_at:end_at])


def _collapsed_run(match: re.Match[str]) -> list[tuple[int, int]]:
    """One space for a run of spaces, "\n" for a line break, a blank line for a paragraph."""
    run = match.group()
    first = match.start()
    if _BREAK in run:
        # The marker is kept twice and turned into "\n\n" afterwards.
        marker = first + run.index(_BREAK)
        return [(marker, marker + 1), (marker, marker + 1)]
    if "\n" in run:
        newline = first + run.index("\n")
        return [(newline, newline + 1)]
    return [(first, first + 1)]
