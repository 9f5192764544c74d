"""The audited article: reading it, finding claims in it, and what no claim covers.

``read_article`` turns a .txt, .md or .html file into plain text that remembers where each
character came from, so that ``locate`` reports a passage at the line:column of the file the
editor opens (in the HTML or Markdown source, not in some derived text).

Passages are matched after folding both sides the same way: case, runs of whitespace, curly and
straight quotes, the dash family (- ‐ – — −, with or without spaces around them), accents and
compatibility forms (full-width digits, ligatures). When the exact passage is not there -- the
claim's text was shortened -- a passage of at least three words still anchors if its words
appear in order, close together, within one sentence.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path

from bs4.builder import ParserRejectedMarkup
from bs4.dammit import EncodingDetector

from claimcheck.claims.article_text import MappedText, html_to_text, markdown_to_text
from claimcheck.claims.research_sentences import Sentence, research_reasons, split_sentences
from claimcheck.errors import InputError
from claimcheck.report.model import ArticleLocation, UncoveredSentence

MAX_ARTICLE_BYTES = 5 * 1024 * 1024  # a long web page with inline scripts is ~2 MB
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
MARKDOWN_SUFFIXES = frozenset({".md", ".markdown", ".mdown", ".mkd"})

_MIN_FALLBACK_WORDS = 3
_PUNCTUATION_EDGES = " \"'.,;:!?…()[]"


@dataclass(frozen=True)
class PassageMatch:
    """Where a passage sits in the article's plain text, ``[start, end)``."""

    start: int
    end: int
    exact: bool  # False: found by its words within one sentence, not as a whole


@dataclass(frozen=True, eq=False)
class Article:
    """An article as plain text, with the way back to line:column in its file."""

    path: Path
    text: str  # plain text: no markup; paragraphs separated by blank lines
    source: str  # the decoded file, newlines normalized to "\n"
    offsets: list[int] | None  # offsets[i]: index in ``source`` of text[i]; None: text is source
    line_starts: list[int]  # index in ``source`` where each line starts
    format: str  # "text", "markdown" or "html"
    encoding: str

    def source_index(self, offset: int) -> int:
        offset = max(0, min(offset, len(self.text) - 1)) if self.text else 0
        return self.offsets[offset] if self.offsets is not None else offset

    def position(self, offset: int) -> tuple[int, int]:
        """1-based (line, column) in the file of the plain-text character at ``offset``."""
        index = self.source_index(offset)
        line = bisect.bisect_right(self.line_starts, index)
        return line, index - self.line_starts[line - 1] + 1

    def location(self, offset: int) -> ArticleLocation:
        line, column = self.position(offset)
        return ArticleLocation(path=str(self.path), line=line, column=column)

    def offset_of(self, line: int, column: int) -> int | None:
        """The plain-text offset at (or just after) a 1-based file position."""
        if not 1 <= line <= len(self.line_starts) or column < 1:
            return None
        index = self.line_starts[line - 1] + column - 1
        if self.offsets is None:
            return index if index < len(self.text) else None
        found = bisect.bisect_left(self.offsets, index)
        return found if found < len(self.text) else None

    @cached_property
    def sentences(self) -> list[Sentence]:
        return split_sentences(self.text)

    @cached_property
    def _folded(self) -> tuple[str, list[int]]:
        return fold(self.text)

    @cached_property
    def _words(self) -> _WordIndex:
        return _WordIndex.build(self)


def read_article(path: str | Path) -> Article:
    """Read a .txt, .md or .html article; unreadable or binary files raise InputError."""
    file_path = Path(path)
    shown = str(path)
    data = _read_capped(file_path, shown)
    suffix = file_path.suffix.lower()
    kind = "text"
    if suffix in HTML_SUFFIXES:
        kind = "html"
    elif suffix in MARKDOWN_SUFFIXES:
        kind = "markdown"
    source, encoding = _decode(data, kind == "html", shown)
    source = source.replace("\r\n", "\n").replace("\r", "\n")
    mapped: MappedText | None = None
    if kind == "html":
        mapped = _html(source, shown)
    elif kind == "markdown":
        mapped = markdown_to_text(source)
    return Article(
        path=file_path,
        text=mapped.text if mapped else source,
        source=source,
        offsets=mapped.offsets if mapped else None,
        line_starts=[0, *(match.end() for match in re.finditer("\n", source))],
        format=kind,
        encoding=encoding,
    )


def _read_capped(path: Path, shown: str) -> bytes:
    if path.is_dir():
        raise InputError("is a folder, not an article file", path=shown, field="article")
    try:
        with path.open("rb") as stream:
            data = stream.read(MAX_ARTICLE_BYTES + 1)
    except FileNotFoundError:
        raise InputError("no such file", path=shown, field="article") from None
    except OSError as error:
        raise InputError(f"cannot be read: {error.strerror or error}", path=shown,
                         field="article") from None
    if len(data) > MAX_ARTICLE_BYTES:
        raise InputError(f"is larger than {MAX_ARTICLE_BYTES // (1024 * 1024)} MB", path=shown,
                         field="article")
    return data


def _decode(data: bytes, is_html: bool, shown: str) -> tuple[str, str]:
    """UTF-8 first; then a declared HTML charset; then Windows-1252, then Latin-1."""
    if data.startswith(b"\xef\xbb\xbf"):
        encodings = ["utf-8-sig"]
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        encodings = ["utf-16"]
    elif b"\x00" in data:
        raise InputError("is a binary file, not an article", path=shown, field="article")
    else:
        encodings = ["utf-8"]
        if is_html:
            declared = EncodingDetector.find_declared_encoding(data, is_html=True)
            if declared:
                encodings.append(declared)
        encodings += ["cp1252", "latin-1"]
    for encoding in encodings:
        try:
            text = data.decode(encoding)
        except (UnicodeDecodeError, LookupError):
            continue
        if "\x00" in text:
            break
        return text.removeprefix("\ufeff"), encoding
    raise InputError("cannot be decoded as text", path=shown, field="article")


def _html(source: str, shown: str) -> MappedText:
    try:
        return html_to_text(source)
    except RecursionError:
        raise InputError("HTML is nested too deeply to read", path=shown,
                         field="article") from None
    except ParserRejectedMarkup as error:
        raise InputError(f"HTML cannot be parsed: {error}", path=shown,
                         field="article") from None


# --- folding for comparison ----------------------------------------------------------------

_QUOTES = {
    **dict.fromkeys("‘’‚‛′`´ʼ", "'"),
    **dict.fromkeys("“”„‟″«»", '"'),
}
_DASHES = frozenset("-‐‑‒–—―−﹘﹣－")
_INVISIBLE = frozenset("\u00ad\u200b\u200c\u200d\u2060\ufeff")


@lru_cache(maxsize=8192)
def _fold_char(ch: str) -> str:
    if ch in _INVISIBLE:
        return ""
    if ch.isspace():
        return " "
    if ch in _DASHES:
        return "-"
    if ch in _QUOTES:
        return _QUOTES[ch]
    decomposed = unicodedata.normalize("NFKD", ch)
    kept = "".join(part for part in decomposed if not unicodedata.combining(part))
    return (kept or ch).lower()


def fold(text: str) -> tuple[str, list[int]]:
    """``text`` folded for matching, and for each folded character the index it came from."""
    out: list[str] = []
    index: list[int] = []
    for position, ch in enumerate(text):
        for folded in _fold_char(ch):
            if folded == " " and (not out or out[-1] in " -"):
                continue
            if folded == "-":
                if out and out[-1] == " ":
                    out.pop()
                    index.pop()
                if out and out[-1] == "-":
                    continue
            out.append(folded)
            index.append(position)
    if out and out[-1] == " ":
        out.pop()
        index.pop()
    return "".join(out), index


# --- finding passages ----------------------------------------------------------------------

_WORD = re.compile(r"[^\W_]+(?:'[^\W_]+)*")


def _words_of(folded: str) -> list[str]:
    return [match.group().replace("'", "") for match in _WORD.finditer(folded)]


@dataclass(frozen=True)
class _WordIndex:
    words: list[str]
    starts: list[int]  # plain-text offsets
    ends: list[int]
    sentence_of: list[int]  # sentence number of each word
    sentences_with: dict[str, set[int]]

    @classmethod
    def build(cls, article: Article) -> _WordIndex:
        folded, index = article._folded
        sentence_starts = [sentence.start for sentence in article.sentences]
        words, starts, ends, sentence_of = [], [], [], []
        sentences_with: dict[str, set[int]] = defaultdict(set)
        for match in _WORD.finditer(folded):
            start = index[match.start()]
            number = bisect.bisect_right(sentence_starts, start) - 1
            word = match.group().replace("'", "")
            words.append(word)
            starts.append(start)
            ends.append(index[match.end() - 1] + 1)
            sentence_of.append(number)
            sentences_with[word].add(number)
        return cls(words, starts, ends, sentence_of, dict(sentences_with))


def find_passage(article: Article, passage: str) -> PassageMatch | None:
    """Where ``passage`` is in the article: exactly (after folding), else by its words."""
    folded_text, index = article._folded
    wanted, _ = fold(passage)
    for candidate in (wanted, wanted.strip(_PUNCTUATION_EDGES)):
        if not candidate:
            continue
        found = folded_text.find(candidate)
        if found >= 0:
            return PassageMatch(index[found], index[found + len(candidate) - 1] + 1, exact=True)
    return _find_by_words(article, _words_of(wanted))


def _find_by_words(article: Article, wanted: list[str]) -> PassageMatch | None:
    if len(wanted) < _MIN_FALLBACK_WORDS:
        return None
    words = article._words
    candidates: set[int] | None = None
    for word in set(wanted):
        holding = words.sentences_with.get(word, set())
        candidates = holding if candidates is None else candidates & holding
        if not candidates:
            return None
    # Words may be spread a little (an inserted "(greater than 50%)"), not across the sentence.
    allowed_span = 2 * len(wanted) + 3
    best: tuple[int, int, int] | None = None  # (extra words, first word, last word)
    for number in sorted(candidates or ()):
        positions = range(
            bisect.bisect_left(words.sentence_of, number),
            bisect.bisect_right(words.sentence_of, number),
        )
        window = _tightest_window([words.words[k] for k in positions], wanted)
        if window is None:
            continue
        first, last = positions[window[0]], positions[window[1]]
        extra = (last - first + 1) - len(wanted)
        if last - first + 1 <= allowed_span and (best is None or extra < best[0]):
            best = (extra, first, last)
    if best is None:
        return None
    return PassageMatch(words.starts[best[1]], words.ends[best[2]], exact=False)


def _tightest_window(sentence: Sequence[str], wanted: Sequence[str]) -> tuple[int, int] | None:
    """The shortest ``[first, last]`` of ``sentence`` holding ``wanted`` in order."""
    best: tuple[int, int] | None = None
    for start, word in enumerate(sentence):
        if word != wanted[0]:
            continue
        position = start
        for needed in wanted[1:]:
            position += 1
            while position < len(sentence) and sentence[position] != needed:
                position += 1
            if position >= len(sentence):
                return best
        if best is None or position - start < best[1] - best[0]:
            best = (start, position)
    return best


def locate(article: Article, passage: str) -> ArticleLocation | None:
    """The line:column of ``passage`` in the article file, or None when it is not there."""
    match = find_passage(article, passage)
    return article.location(match.start) if match else None


# --- what no claim covers ------------------------------------------------------------------


def uncovered_sentences(
    article: Article, covered: Sequence[ArticleLocation | str]
) -> list[UncoveredSentence]:
    """Sentences stating research findings that none of ``covered`` (claim locations, or
    claim quotes/texts to be found in the article) falls into."""
    spans: list[tuple[int, int]] = []
    for item in covered:
        if isinstance(item, ArticleLocation):
            offset = article.offset_of(item.line, item.column)
            if offset is not None:
                spans.append((offset, offset + 1))
        elif item and item.strip():
            match = find_passage(article, item)
            if match is not None:
                spans.append((match.start, match.end))
    uncovered = []
    for sentence in article.sentences:
        if any(start < sentence.end and sentence.start < end for start, end in spans):
            continue
        reasons = research_reasons(sentence)
        if reasons:
            line, column = article.position(sentence.start)
            uncovered.append(
                UncoveredSentence(
                    text=sentence.text, line=line, column=column, reason="; ".join(reasons)
                )
            )
    return uncovered
