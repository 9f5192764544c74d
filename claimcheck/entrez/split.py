"""Read E-utilities replies: cut an efetch set into single records; read esearch, esummary, DOIs.

Each efetch record is sliced out of the reply by byte offsets, never re-serialised, so a written
``<PMID>.xml`` holds exactly what NCBI sent for that PMID.

Parsing is as strict as ``defusedxml``: entity declarations and external entities are refused
(so entity-expansion bombs and XXE fail fast), and the DTD named in the DOCTYPE is never loaded.
Small replies (esearch, a record's ids) go through ``claimcheck.pubmed.xmlsafe``; the tree it
builds cannot report byte offsets, hence expat for cutting sets into records.

Calling Python for each of the ~130 elements of a record makes a 200-record reply cost a quarter
of a second, so the reply is first checked by expat with no element handlers (C speed). When the
set holds nothing but whitespace and records, and no comment, CDATA section or processing
instruction could hide tag-like text, the records are then cut at their tags directly; anything
else is cut by the exact, event-driven reading.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from xml.etree.ElementTree import Element
from xml.parsers import expat

from defusedxml import EntitiesForbidden, ExternalReferenceForbidden

from claimcheck.entrez.errors import MalformedReply
from claimcheck.pubmed.xmlsafe import RecordParseError, XmlSafetyError, parse_xml_safely

ARTICLE_SET = "PubmedArticleSet"
RECORD_ELEMENTS = {"PubmedArticle": "MedlineCitation", "PubmedBookArticle": "BookDocument"}


def split_article_set(data: bytes) -> list[tuple[str, bytes]]:
    """Return ``(pmid, single-record document)`` for every record of an efetch reply, in order.

    Raises ``MalformedReply`` when the reply is not a complete, well-formed ``PubmedArticleSet``
    (truncated body, HTML error page, ``<ERROR>`` envelope) or declares entities.
    """
    if data[:4].count(0) or data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        raise MalformedReply("reply is not in an ASCII-compatible encoding")  # NCBI sends UTF-8
    probe = _probe(data)
    records = _cut_at_tags(data, probe.root_start) if probe.plain else None
    if records is None:
        records = _scan(data).records
    prologue = data[: probe.root_start].rstrip()
    head = (prologue + b"\n" if prologue else b"") + b"<" + ARTICLE_SET.encode() + b">\n"
    tail = b"\n</" + ARTICLE_SET.encode() + b">\n"
    return [(pmid, head + data[start:end] + tail) for pmid, start, end in records]


def reply_error_text(data: bytes, limit: int = 300) -> str | None:
    """The text of the first ``<ERROR>`` element of a small NCBI reply, if any (tags stripped)."""
    lowered = data.lower()
    start = lowered.find(b"<error>")
    if start < 0:
        return None
    start += len(b"<error>")
    end = lowered.find(b"</error>", start)
    raw = data[start:] if end < 0 else data[start:end]
    text = raw.decode("utf-8", "replace")
    text = _strip_tags(text)
    return " ".join(text.split())[:limit] or None


def esearch_ids(data: bytes) -> list[str]:
    """The PMIDs of an esearch XML reply (``[]`` for "No items found").

    Raises ``MalformedReply`` when the reply is not a complete ``eSearchResult`` or is an
    ``<ERROR>`` reply without a result list.
    """
    root = _parse_small(data)
    if root.tag != "eSearchResult":
        raise MalformedReply(f"reply is a <{root.tag}> document, not an eSearchResult")
    id_list = root.find("IdList")
    if id_list is None:
        error = root.findtext("ERROR")
        detail = f": {' '.join(error.split())[:200]}" if error else ""
        raise MalformedReply(f"esearch reply without an IdList{detail}")
    ids = ((node.text or "").strip() for node in id_list.findall("Id"))
    return [pmid for pmid in ids if pmid]


def esummary_listed(data: bytes, asked: Iterable[str]) -> set[str]:
    """Which of ``asked`` an esummary JSON reply holds a document summary for.

    An entry carrying ``error`` ("cannot get document summary") is not listed, and neither is
    any PMID of a reply that states an error instead of a ``result``. Raises ``MalformedReply``
    when the body is not a JSON object (truncated, HTML page).
    """
    try:
        document = json.loads(data)
    except ValueError:
        raise MalformedReply("esummary reply is not JSON") from None
    if not isinstance(document, dict):
        raise MalformedReply("esummary reply is not a JSON object")
    result = document.get("result")
    if not isinstance(result, dict):
        return set()
    listed: set[str] = set()
    for pmid in asked:
        entry = result.get(pmid)
        if isinstance(entry, dict) and "error" not in entry:
            listed.add(pmid)
    return listed


def record_dois(document: bytes) -> set[str]:
    """Lower-cased DOIs of the record's own ``ArticleIdList`` (never those of cited references)."""
    root = _parse_small(document)
    dois: set[str] = set()
    for id_list in (*root.iterfind("PubmedArticle/PubmedData/ArticleIdList"),
                    *root.iterfind("PubmedBookArticle/PubmedBookData/ArticleIdList")):
        for node in id_list.iterfind("ArticleId"):
            if node.get("IdType", "").lower() == "doi" and node.text and node.text.strip():
                dois.add(node.text.strip().lower())
    return dois


def _parse_small(data: bytes) -> Element:
    try:
        return parse_xml_safely(data)
    except (RecordParseError, XmlSafetyError) as error:
        raise MalformedReply(f"reply refused: {error}") from None


@dataclass
class _Probe:
    root_start: int = -1
    plain: bool = True  # no comment, CDATA or processing instruction from the root on


def _probe(data: bytes) -> _Probe:
    """Check the whole reply safely at C speed; note where the root starts and if it is plain."""
    parser = _safe_parser()
    probe = _Probe()

    def root(name: str, _attrs: dict[str, str]) -> None:
        if name != ARTICLE_SET:
            raise MalformedReply(f"reply is a <{name}> document, not a {ARTICLE_SET}")
        probe.root_start = parser.CurrentByteIndex
        parser.StartElementHandler = None  # the rest of the elements: no Python calls

    def markup(*_args: object) -> None:
        if probe.root_start >= 0:
            probe.plain = False

    parser.StartElementHandler = root
    parser.CommentHandler = markup
    parser.ProcessingInstructionHandler = markup
    parser.StartCdataSectionHandler = markup
    _parse(parser, data)
    if probe.root_start < 0:
        raise MalformedReply("reply holds no XML element")
    return probe


_ATTRIBUTES = rb"""(?:\s+[^\s=>/]+\s*=\s*(?:"[^"]*"|'[^']*'))*\s*"""
_ROOT_TAG = re.compile(rb"<" + ARTICLE_SET.encode() + _ATTRIBUTES + rb">")
_RECORD_START = re.compile(rb"\s*<(PubmedArticle|PubmedBookArticle)" + _ATTRIBUTES + rb">")
_ROOT_END = re.compile(rb"\s*</" + ARTICLE_SET.encode() + rb"\s*>")
_LEADING_PMID = {
    b"PubmedArticle": re.compile(rb"\s*<MedlineCitation" + _ATTRIBUTES + rb">\s*<PMID"
                                 + _ATTRIBUTES + rb">\s*(\d+)\s*</PMID\s*>"),
    b"PubmedBookArticle": re.compile(rb"\s*<BookDocument" + _ATTRIBUTES + rb">\s*<PMID"
                                     + _ATTRIBUTES + rb">\s*(\d+)\s*</PMID\s*>"),
}


def _cut_at_tags(data: bytes, root_start: int) -> list[tuple[str, int, int]] | None:
    """Records of a well-formed, plain set, cut at their tags; None when the set is not simply
    whitespace and records (then the exact reading decides)."""
    root = _ROOT_TAG.match(data, root_start)
    if root is None:
        return None
    records: list[tuple[str, int, int]] = []
    position = root.end()
    while not _ROOT_END.match(data, position):
        start = _RECORD_START.match(data, position)
        if start is None:
            return None
        name = start.group(1)
        pmid = _LEADING_PMID[name].match(data, start.end())
        end = data.find(b"</" + name + b">", start.end())
        if pmid is None or end < 0 or data.find(b"<" + name, start.end(), end) >= 0:
            return None
        end += len(name) + 3
        records.append((pmid.group(1).decode("ascii"), start.start(1) - 1, end))
        position = end
    return records


@dataclass
class _Scan:
    root_start: int = -1
    records: list[tuple[str, int, int]] = field(default_factory=list)


@dataclass
class _OpenRecord:
    start: int
    pmid_parent: str
    pmid_parts: list[str] = field(default_factory=list)


def _scan(data: bytes) -> _Scan:
    """The exact reading: an expat event for every element."""
    parser = _safe_parser()
    scan = _Scan()
    path: list[str] = []
    current: list[_OpenRecord] = []  # zero or one record being read

    def start(name: str, _attrs: dict[str, str]) -> None:
        index = parser.CurrentByteIndex
        if not path:
            if name != ARTICLE_SET:
                raise MalformedReply(f"reply is a <{name}> document, not a {ARTICLE_SET}")
            scan.root_start = index
        elif len(path) == 1 and name in RECORD_ELEMENTS:
            current.append(_OpenRecord(start=index, pmid_parent=RECORD_ELEMENTS[name]))
        path.append(name)

    def end(name: str) -> None:
        path.pop()
        if len(path) == 1 and name in RECORD_ELEMENTS and current:
            record = current.pop()
            pmid = "".join(record.pmid_parts).strip()
            if not pmid:
                raise MalformedReply(f"a <{name}> without a PMID")
            scan.records.append((pmid, record.start, _end_of_tag(data, parser.CurrentByteIndex)))

    def text(chars: str) -> None:
        if current and len(path) == 4 and path[-1] == "PMID" and path[2] == current[0].pmid_parent:
            current[0].pmid_parts.append(chars)

    parser.StartElementHandler = start
    parser.EndElementHandler = end
    parser.CharacterDataHandler = text
    _parse(parser, data)
    return scan


def _safe_parser() -> expat.XMLParserType:
    """An expat parser with defusedxml's refusals: no entity declarations, no external ones."""
    parser = expat.ParserCreate()
    parser.buffer_text = True
    parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)

    def refuse_entity(name: str, *_rest: object) -> None:
        raise EntitiesForbidden(name, None, None, None, None, None)

    def refuse_external(context: str, base: str | None, sysid: str | None,
                        pubid: str | None) -> None:
        raise ExternalReferenceForbidden(context, base, sysid, pubid)

    parser.EntityDeclHandler = refuse_entity
    parser.UnparsedEntityDeclHandler = refuse_entity
    parser.ExternalEntityRefHandler = refuse_external
    return parser


def _parse(parser: expat.XMLParserType, data: bytes) -> None:
    try:
        parser.Parse(data, True)
    except expat.ExpatError as error:
        raise MalformedReply(f"reply is not well-formed XML ({_expat_reason(error)})") from None
    except EntitiesForbidden:
        raise MalformedReply("reply declares XML entities (refused)") from None
    except ExternalReferenceForbidden:
        raise MalformedReply("reply refers to an external entity (refused)") from None


def _end_of_tag(data: bytes, index: int) -> int:
    """Offset just past the end tag (or empty-element tag) that the parser reported at ``index``."""
    close = data.find(b">", index)
    return len(data) if close < 0 else close + 1


def _expat_reason(error: expat.ExpatError) -> str:
    return f"{expat.ErrorString(error.code)} at line {error.lineno}"


def _strip_tags(text: str) -> str:
    out: list[str] = []
    depth = 0
    for char in text:
        if char == "<":
            depth += 1
            out.append(" ")
        elif char == ">" and depth:
            depth -= 1
        elif not depth:
            out.append(char)
    return "".join(out)
