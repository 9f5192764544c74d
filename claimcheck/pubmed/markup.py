"""Flatten PubMed inline markup (``<i> <b> <u> <sub> <sup>``, MathML) into plain text.

Rules (docs/records.md explains why):
- ``<i> <b> <u> <sub>`` and unknown elements give their text, unmarked: ``p<sub>trend</sub>`` ->
  ``ptrend``.
- ``<sup>`` gives ``^`` then its text: ``r<sup>2</sup>`` -> ``r^2``, ``h<sup>-1</sup>`` -> ``h^-1``;
  a superscript that is only a mark such as ``®`` or ``†`` is kept without the caret.
- MathML gives its token text in reading order (``msub`` as plain, ``msup`` with ``^``,
  ``mfrac`` as ``a/b``); accents over a symbol (the dot of V-dot) are dropped.
- Entities are already decoded by the XML parser (``&lt;`` is ``<``); every run of whitespace,
  Unicode spaces such as the no-break space included, becomes one plain space.
"""

from __future__ import annotations

from collections.abc import Iterator
from xml.etree.ElementTree import Element

__all__ = ["collapse_whitespace", "flatten_text", "local_name"]

_MATHML_NAMESPACE = "{http://www.w3.org/1998/Math/MathML}"
_SUPERSCRIPT_MARK = "^"
_MARK_ONLY_SUPERSCRIPTS = frozenset({"®", "™", "©", "†", "‡", "§", "¶", "*", "°", "′", "″"})
_MATH_ACCENTS = frozenset({".", "˙", "\u0307", "..", "¨", "¯", "‾", "\u0304", "_", "^", "ˆ",
                           "\u0302", "~", "˜", "\u0303", "→", "\u20d7", "´", "`", "ˇ", "⌢", "⏞",
                           "⏟", "︷", "︸"})
_MATH_TOKENS = frozenset({"mi", "mn", "mo", "ms"})
_MATH_INVISIBLE = frozenset({"annotation", "annotation-xml", "mphantom", "mprescripts", "none",
                             "maligngroup", "malignmark"})


def local_name(element: Element) -> str:
    """The tag without its namespace (``{...MathML}mi`` -> ``mi``)."""
    tag = element.tag
    if not isinstance(tag, str):
        return ""
    return tag.rsplit("}", 1)[-1]


def collapse_whitespace(text: str) -> str:
    """Turn every run of whitespace into one plain space and trim the ends."""
    return " ".join(text.split())


def flatten_text(element: Element | None) -> str:
    """The whole text of ``element``, inline markup flattened, whitespace collapsed."""
    if element is None:
        return ""
    if len(element) == 0 and not _is_mathml(element):
        return collapse_whitespace(element.text or "")
    return collapse_whitespace("".join(_inline_pieces(element)))


def _inline_pieces(element: Element) -> Iterator[str]:
    if _is_mathml(element):
        yield _math_text(element)
        return
    if element.text:
        yield element.text
    for child in element:
        if _is_mathml(child):
            yield _math_text(child)
        elif local_name(child) == "sup":
            yield _superscript("".join(_inline_pieces(child)))
        else:
            yield from _inline_pieces(child)
        if child.tail:
            yield child.tail


def _superscript(text: str) -> str:
    stripped = text.strip()
    if not stripped or stripped in _MARK_ONLY_SUPERSCRIPTS:
        return text
    return _SUPERSCRIPT_MARK + text


def _is_mathml(element: Element) -> bool:
    tag = element.tag
    return isinstance(tag, str) and tag.startswith(_MATHML_NAMESPACE)


def _math_text(element: Element) -> str:
    """Text of one MathML element; whitespace between MathML elements is layout, not content."""
    name = local_name(element)
    children = list(element)
    if name in _MATH_TOKENS:
        return collapse_whitespace("".join(element.itertext()))
    if name == "mtext":
        return "".join(element.itertext())
    if name == "mspace":
        return " "
    if name in _MATH_INVISIBLE:
        return ""
    if name == "semantics":
        return _math_text(children[0]) if children else ""
    parts = [_math_text(child) for child in children]
    if name == "msup" and len(parts) == 2:
        return parts[0] + _superscript(parts[1])
    if name == "msubsup" and len(parts) == 3:
        return parts[0] + parts[1] + _superscript(parts[2])
    if name == "mfrac" and len(parts) == 2:
        return f"{parts[0]}/{parts[1]}"
    if name == "msqrt":
        return f"√({''.join(parts)})"
    if name == "mroot" and len(parts) == 2:
        return f"{parts[1]}√({parts[0]})"
    if name in {"mover", "munder"} and len(parts) == 2:
        return parts[0] if parts[1].strip() in _MATH_ACCENTS else parts[0] + parts[1]
    if name == "munderover" and len(parts) == 3:
        scripts = [part for part in parts[1:] if part.strip() not in _MATH_ACCENTS]
        return parts[0] + "".join(scripts)
    if name == "mfenced":
        opening = element.get("open", "(")
        closing = element.get("close", ")")
        separator = element.get("separators", ",").strip()[:1]
        return opening + separator.join(parts) + closing
    return "".join(parts)
