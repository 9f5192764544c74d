"""Unicode and odd records through the real ``claimcheck check``.

Every record here is fixtures/30922101.xml (a real efetch record) with one part changed: its
abstract (typographic characters, spaces, full-width digits, ``&lt;``, MathML), no abstract,
only an ``OtherAbstract``, a ``MedlineDate`` range or a season; plus a ``PubmedBookArticle``
laid out as the PubMed DTD has it. They are read from a records folder, offline.
"""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ElementTree
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from claimcheck.cli import main

PROJECT = Path(__file__).resolve().parents[1]
TEMPLATE = (PROJECT / "fixtures" / "30922101.xml").read_text(encoding="utf-8")
FORMATS = ("text", "json", "markdown", "html", "junit", "sarif", "github")
# What the claim says about the work itself; every other finding is about the abstract.
METADATA_KINDS = {"year", "journal", "design", "retraction", "notice", "anchor", "citation"}

NBSP, THIN, NARROW = "\u00a0", "\u2009", "\u202f"
UNICODE_ABSTRACT = (
    '<Abstract><AbstractText Label="RESULTS" NlmCategory="RESULTS">'
    f"Of 41{NBSP}participants aged 18\u201365{THIN}years, 59{NARROW}% met response criteria "
    "(\u226550% decrease; p&lt;0.001). "
    f"The dose was 0.5{NBSP}mg/kg (\u00b10.1) and plasma levels reached 12{THIN}\u00b5g/L. "
    "Mean change was \u22124.2 points. "
    'Effect size was <mml:math xmlns:mml="http://www.w3.org/1998/Math/MathML">'
    "<mml:mi>d</mml:mi><mml:mo>=</mml:mo><mml:mn>0.8</mml:mn></mml:math>."
    "</AbstractText></Abstract>\n"
)
PLAIN_ABSTRACT = (
    "<Abstract><AbstractText>Fifty-nine percent of participants met response criteria."
    "</AbstractText></Abstract>\n"
)


def journal_record(
    pmid: str,
    abstract: str,
    *,
    pub_date: str | None = None,
    other_abstract: str = "",
    electronic_date: bool = True,
) -> str:
    text = re.sub(r"<!--.*?-->\n", "", TEMPLATE, flags=re.DOTALL).replace("30922101", pmid)
    text = re.sub(r"<Abstract>.*?</Abstract>\n", lambda _: abstract, text, flags=re.DOTALL)
    if pub_date is not None:
        text = re.sub(r"<PubDate>.*?</PubDate>", f"<PubDate>{pub_date}</PubDate>", text)
    if not electronic_date:
        text = re.sub(r"<ArticleDate .*?</ArticleDate>\n", "", text)
    return text.replace("</Article>\n", "</Article>\n" + other_abstract)


def book_record(pmid: str) -> str:
    return f"""<?xml version="1.0" ?>
<!DOCTYPE PubmedArticleSet PUBLIC "-//NLM//DTD PubMedArticle, 1st January 2025//EN" \
"https://dtd.nlm.nih.gov/ncbi/pubmed/out/pubmed_250101.dtd">
<PubmedArticleSet>
<PubmedBookArticle>
<BookDocument>
<PMID Version="1">{pmid}</PMID>
<ArticleIdList><ArticleId IdType="bookaccession">NBK000001</ArticleId></ArticleIdList>
<Book>
<Publisher><PublisherName>StatPearls Publishing</PublisherName>
<PublisherLocation>Treasure Island (FL)</PublisherLocation></Publisher>
<BookTitle book="statpearls">StatPearls</BookTitle>
<PubDate><Year>2023</Year><Month>01</Month></PubDate>
</Book>
<ArticleTitle book="statpearls" part="ketamine">Ketamine</ArticleTitle>
<Language>eng</Language>
<AuthorList Type="authors"><Author ValidYN="Y"><LastName>Rosenbaum</LastName>
<ForeName>Sara B</ForeName><Initials>SB</Initials></Author></AuthorList>
<PublicationType UI="D016454">Review</PublicationType>
<Abstract><AbstractText>Ketamine is an NMDA receptor antagonist used for anesthesia. \
Fifty-nine percent of participants met response criteria.</AbstractText></Abstract>
</BookDocument>
<PubmedBookData>
<PublicationStatus>ppublish</PublicationStatus>
<ArticleIdList><ArticleId IdType="pubmed">{pmid}</ArticleId></ArticleIdList>
</PubmedBookData>
</PubmedBookArticle>
</PubmedArticleSet>
"""


RECORDS = {
    "90000001": journal_record("90000001", UNICODE_ABSTRACT),
    "90000002": journal_record("90000002", ""),
    "90000003": journal_record(
        "90000003",
        "",
        other_abstract='<OtherAbstract Type="plain-language-summary" Language="eng">'
        "<AbstractText>Fifty-nine percent of participants met response criteria."
        "</AbstractText></OtherAbstract>\n",
    ),
    "90000004": journal_record(
        "90000004",
        PLAIN_ABSTRACT,
        pub_date="<MedlineDate>1998 Dec-1999 Jan</MedlineDate>",
        electronic_date=False,
    ),
    "90000005": journal_record(
        "90000005",
        PLAIN_ABSTRACT,
        pub_date="<Year>2001</Year><Season>Spring</Season>",
        electronic_date=False,
    ),
    "90000006": book_record("90000006"),
}

# id, text as the article words it, PMID
CLAIMS: list[tuple[str, str, str]] = [
    ("u-percent-nbsp", f"59{NBSP}% of participants met response criteria", "90000001"),
    ("u-percent-fullwidth", "\uff15\uff19\uff05 of participants met response criteria", "90000001"),
    ("u-percent-wrong", "72% of participants met response criteria", "90000001"),
    ("u-range-hyphen", "participants were aged 18-65 years", "90000001"),
    ("u-dose-thin", f"a dose of 0.5{THIN}mg/kg", "90000001"),
    ("u-dose-wrong", "a dose of 0.75 mg/kg", "90000001"),
    ("u-micro", "plasma levels reached 12 \u00b5g/L", "90000001"),
    ("u-micro-greek", "plasma levels reached 12 \u03bcg/L", "90000001"),
    ("u-minus", "the mean change was \u22124.2 points", "90000001"),
    ("u-minus-hyphen", "the mean change was -4.2 points", "90000001"),
    ("u-mathml", "an effect size of d = 0.8", "90000001"),
    ("u-greater-equal", "responders had a \u226550% decrease", "90000001"),
    ("no-abstract-content", "59% of participants met response criteria", "90000002"),
    ("no-abstract-year", "a 2019 trial in the American Journal of Psychiatry", "90000002"),
    ("no-abstract-wrong-year", "a 2005 study", "90000002"),
    ("other-abstract-only", "59% of participants met response criteria", "90000003"),
    (
        "medline-date-first-year",
        "a 1998 study found that 59% of participants met response criteria",
        "90000004",
    ),
    (
        "medline-date-second-year",
        "a 1999 study found that 59% of participants met response criteria",
        "90000004",
    ),
    (
        "season-date",
        "a 2001 study found that 59% of participants met response criteria",
        "90000005",
    ),
    ("book", "59% of participants met response criteria", "90000006"),
    ("book-year", "a 2023 review", "90000006"),
]


@pytest.fixture(scope="module")
def audit(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, dict[str, Any]]]:
    """One offline check of every claim, writing every report format; (folder, claims by id)."""
    folder = tmp_path_factory.mktemp("unicode")
    records = folder / "records"
    records.mkdir()
    for pmid, xml in RECORDS.items():
        (records / f"{pmid}.xml").write_text(xml, encoding="utf-8")
    lines = ["records: [records]", "claims:"]
    for claim_id, text, pmid in CLAIMS:
        lines += [
            f"  - id: {claim_id}",
            f"    text: {json.dumps(text, ensure_ascii=False)}",
            f'    pmid: "{pmid}"',
        ]
    claims = folder / "claims.yaml"
    claims.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = CliRunner().invoke(
        main,
        [
            "check",
            str(claims),
            "--offline",
            "--cache-dir",
            str(folder / "cache"),
            "--format",
            "json",
            *[f"--report={fmt}={folder / f'report.{fmt}'}" for fmt in FORMATS],
        ],
    )
    assert result.exception is None or isinstance(result.exception, SystemExit), result.output
    assert result.exit_code in (0, 1), result.output
    report = json.loads(result.stdout)
    return folder, {claim["id"]: claim for claim in report["claims"]}


def kinds(claim: dict[str, Any], kind: str) -> list[str]:
    return [finding["verdict"] for finding in claim["findings"] if finding["kind"] == kind]


def test_every_claim_is_judged_from_its_record(
    audit: tuple[Path, dict[str, dict[str, Any]]],
) -> None:
    _, claims = audit
    assert list(claims) == [claim_id for claim_id, _, _ in CLAIMS]
    for claim_id, text, pmid in CLAIMS:
        assert claims[claim_id]["text"] == text  # the claim's own characters, kept
        assert claims[claim_id]["pmid"] == pmid
        assert claims[claim_id]["verdict"] not in ("UNCHECKED", "BROKEN_CITATION")


@pytest.mark.parametrize(
    ("claim_id", "verdict"),
    [
        ("u-percent-nbsp", "SUPPORTED"),
        ("u-percent-fullwidth", "SUPPORTED"),
        ("u-percent-wrong", "CONTRADICTED"),
        ("u-range-hyphen", "SUPPORTED"),
        ("u-dose-thin", "SUPPORTED"),
        ("u-dose-wrong", "CONTRADICTED"),
        ("u-micro", "SUPPORTED"),
        ("u-micro-greek", "SUPPORTED"),
        ("u-minus", "SUPPORTED"),
        ("u-minus-hyphen", "SUPPORTED"),
        ("u-mathml", "SUPPORTED"),
        ("u-greater-equal", "SUPPORTED"),
    ],
)
def test_numbers_are_read_whatever_the_characters_around_them(
    audit: tuple[Path, dict[str, dict[str, Any]]], claim_id: str, verdict: str
) -> None:
    """The claim's number against the abstract's: the same number in other characters
    (no-break or thin space, full-width digits, µ or μ, − or -, – or -, MathML) is the same
    number, and another number is a contradiction."""
    _, claims = audit
    assert kinds(claims[claim_id], "quantity") == [verdict]
    assert claims[claim_id]["verdict"] == verdict or verdict == "SUPPORTED"


def test_the_abstract_reads_as_text_and_evidence_spans_point_into_it(
    audit: tuple[Path, dict[str, dict[str, Any]]],
) -> None:
    _, claims = audit
    abstract = claims["u-percent-nbsp"]["record"]["abstract"]
    assert "p<0.001" in abstract and "&lt;" not in abstract  # &lt; read as <
    assert "d=0.8" in abstract.replace(" ", "") and "mml" not in abstract and "<mml" not in abstract
    assert not {NBSP, THIN, NARROW} & set(abstract)
    assert "\u226550%" in abstract and "\u22124.2" in abstract and "\u00b5g/L" in abstract
    spans = 0
    for claim in claims.values():
        text = (claim.get("record") or {}).get("abstract") or ""
        for finding in claim["findings"]:
            evidence = finding.get("evidence") or {}
            span = evidence.get("span")
            if span:
                spans += 1
                assert text[span["start"] : span["end"]] == evidence["sentence"], finding
    assert spans >= 10


@pytest.mark.parametrize("claim_id", ["no-abstract-content", "other-abstract-only"])
def test_without_an_abstract_content_is_never_supported(
    audit: tuple[Path, dict[str, dict[str, Any]]], claim_id: str
) -> None:
    """No abstract (an OtherAbstract, such as a plain-language summary, is never merged into
    it): what the claim says about the results is NOT_IN_SOURCE."""
    _, claims = audit
    claim = claims[claim_id]
    assert claim["verdict"] == "NOT_IN_SOURCE"
    content = [f for f in claim["findings"] if f["kind"] not in METADATA_KINDS]
    assert content and all(finding["verdict"] == "NOT_IN_SOURCE" for finding in content)
    assert claim["record"]["abstract"] in ("", None)


def test_without_an_abstract_metadata_is_still_checked(
    audit: tuple[Path, dict[str, dict[str, Any]]],
) -> None:
    _, claims = audit
    assert kinds(claims["no-abstract-year"], "year") == ["SUPPORTED"]
    assert kinds(claims["no-abstract-year"], "journal") == ["SUPPORTED"]
    assert claims["no-abstract-wrong-year"]["verdict"] == "METADATA_MISMATCH"


def test_a_medline_date_range_counts_its_first_year(
    audit: tuple[Path, dict[str, dict[str, Any]]],
) -> None:
    _, claims = audit
    assert kinds(claims["medline-date-first-year"], "year") == ["SUPPORTED"]
    assert claims["medline-date-first-year"]["record"]["year"] == 1998
    assert kinds(claims["season-date"], "year") == ["SUPPORTED"]


def test_a_year_inside_a_medline_date_range_is_no_mismatch(
    audit: tuple[Path, dict[str, dict[str, Any]]],
) -> None:
    """An issue dated "1998 Dec-1999 Jan" appeared in 1999 too: "a 1999 study" must not be
    called METADATA_MISMATCH (the metadata check compares with the first year only)."""
    _, claims = audit
    assert "METADATA_MISMATCH" not in kinds(claims["medline-date-second-year"], "year")
    assert claims["medline-date-second-year"]["verdict"] != "METADATA_MISMATCH"


def test_a_book_record_is_judged_like_an_article(
    audit: tuple[Path, dict[str, dict[str, Any]]],
) -> None:
    _, claims = audit
    book = claims["book"]
    assert book["record"]["title"] == "Ketamine"
    assert kinds(book, "quantity") == ["SUPPORTED"] and book["verdict"] == "SUPPORTED"
    assert kinds(claims["book-year"], "year") == ["SUPPORTED"]


def test_every_report_format_carries_the_odd_characters(
    audit: tuple[Path, dict[str, dict[str, Any]]],
) -> None:
    folder, _ = audit
    reports = {fmt: (folder / f"report.{fmt}").read_text(encoding="utf-8") for fmt in FORMATS}
    json.loads(reports["json"])
    json.loads(reports["sarif"])
    ElementTree.fromstring(reports["junit"])
    full_width = "\uff15\uff19\uff05"
    by_id = {claim["id"]: claim for claim in json.loads(reports["json"])["claims"]}
    assert by_id["u-percent-fullwidth"]["text"].startswith(full_width)
    for fmt in ("text", "markdown", "html", "junit"):  # the formats that list every claim
        assert full_width in reports[fmt], fmt
        assert "\u226550%" in reports[fmt], fmt
