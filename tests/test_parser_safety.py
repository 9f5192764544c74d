"""Hostile XML is refused quickly and without memory blow-up; NCBI's DOCTYPE never fetches a DTD."""

from __future__ import annotations

import socket
import time
import tracemalloc
from pathlib import Path

import pytest

from claimcheck.pubmed.parser import (
    RecordParseError,
    XmlSafetyError,
    parse_records,
    parse_xml_safely,
)

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "30922101.xml"

BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE PubmedArticleSet [
 <!ENTITY lol "lol">
 <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<PubmedArticleSet><PubmedArticle><MedlineCitation Status="MEDLINE"><PMID>1</PMID>
<Article><ArticleTitle>&lol9;</ArticleTitle></Article></MedlineCitation></PubmedArticle>
</PubmedArticleSet>"""

QUADRATIC_BLOWUP = (
    b'<!DOCTYPE PubmedArticleSet [<!ENTITY big "' + b"x" * 100_000 + b'">]>'
    b"<PubmedArticleSet>" + b"&big;" * 10_000 + b"</PubmedArticleSet>"
)

EXTERNAL_ENTITY = b"""<?xml version="1.0"?>
<!DOCTYPE PubmedArticleSet [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
<PubmedArticleSet><PubmedArticle><MedlineCitation Status="MEDLINE"><PMID>1</PMID>
<Article><ArticleTitle>&secret;</ArticleTitle></Article></MedlineCitation></PubmedArticle>
</PubmedArticleSet>"""

EXTERNAL_PARAMETER_ENTITY = b"""<?xml version="1.0"?>
<!DOCTYPE PubmedArticleSet [<!ENTITY % remote SYSTEM "http://127.0.0.1:9/evil.dtd"> %remote;]>
<PubmedArticleSet/>"""


@pytest.mark.parametrize(
    "body",
    [BILLION_LAUGHS, QUADRATIC_BLOWUP, EXTERNAL_ENTITY, EXTERNAL_PARAMETER_ENTITY],
    ids=["billion-laughs", "quadratic-blowup", "external-file", "external-parameter-entity"],
)
def test_hostile_xml_is_refused_fast_and_small(body: bytes) -> None:
    tracemalloc.start()
    started = time.perf_counter()
    try:
        with pytest.raises(XmlSafetyError) as caught:
            parse_records(body)
        elapsed = time.perf_counter() - started
        _, peak_bytes = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert elapsed < 5
    assert peak_bytes < 20 * len(body) + 5_000_000
    assert "root:" not in str(caught.value)


def test_safety_and_parse_errors_are_value_errors_and_distinct() -> None:
    assert issubclass(XmlSafetyError, ValueError) and issubclass(RecordParseError, ValueError)
    assert not issubclass(XmlSafetyError, RecordParseError)
    assert not issubclass(RecordParseError, XmlSafetyError)


def test_ncbi_doctype_parses_with_the_network_unreachable(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_network(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("the parser tried to open a network connection")

    monkeypatch.setattr(socket.socket, "connect", no_network)
    monkeypatch.setattr(socket, "create_connection", no_network)
    [record] = parse_records(FIXTURE.read_bytes())
    assert record.pmid == "30922101"


def test_external_dtd_named_in_doctype_is_never_read(tmp_path: Path) -> None:
    dtd = tmp_path / "pubmed_999999.dtd"
    dtd.write_text('<!ATTLIST PubmedArticleSet injected CDATA "from-the-dtd">', encoding="utf-8")
    body = (
        f'<!DOCTYPE PubmedArticleSet PUBLIC "-//NLM//DTD x//EN" "{dtd.as_uri()}">'
        "<PubmedArticleSet/>"
    ).encode()
    root = parse_xml_safely(body)
    assert root.tag == "PubmedArticleSet"
    assert root.get("injected") is None


def test_undeclared_html_entity_is_a_parse_error_not_a_crash() -> None:
    with pytest.raises(RecordParseError):
        parse_records(b"<PubmedArticleSet>&nbsp;</PubmedArticleSet>")


def test_absurdly_deep_markup_is_a_parse_error_not_a_crash() -> None:
    depth = 100_000
    title = "<i>" * depth + "x" + "</i>" * depth
    body = (
        f'<PubmedArticleSet><PubmedArticle><MedlineCitation Status="MEDLINE"><PMID>1</PMID>'
        f"<Article><ArticleTitle>{title}</ArticleTitle></Article></MedlineCitation>"
        "</PubmedArticle></PubmedArticleSet>"
    ).encode()
    with pytest.raises(RecordParseError, match="nested too deeply"):
        parse_records(body)
