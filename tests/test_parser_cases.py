"""Parser cases no genuine sample shows: small efetch-shaped XML written for each one."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimcheck.pubmed.model import PubMedRecord
from claimcheck.pubmed.parser import (
    RecordParseError,
    parse_record_element,
    parse_records,
    parse_xml_safely,
)

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
NCBI_DOCTYPE = (
    '<!DOCTYPE PubmedArticleSet PUBLIC "-//NLM//DTD PubMedArticle, 1st January 2025//EN" '
    '"https://dtd.nlm.nih.gov/ncbi/pubmed/out/pubmed_250101.dtd">'
)


def article_set(*records: str) -> bytes:
    body = "".join(records)
    text = f'<?xml version="1.0" ?>\n{NCBI_DOCTYPE}\n<PubmedArticleSet>{body}</PubmedArticleSet>'
    return text.encode()


def article(
    pmid: str = "100",
    *,
    pub_date: str = "<Year>2020</Year>",
    article_extra: str = "",
    citation_extra: str = "",
    pubmed_data: str = "",
) -> str:
    return f"""<PubmedArticle>
<MedlineCitation Status="MEDLINE" Owner="NLM"><PMID Version="1">{pmid}</PMID>
<Article PubModel="Print">
<Journal><JournalIssue CitedMedium="Print"><PubDate>{pub_date}</PubDate></JournalIssue>
<Title>Journal of Tests</Title></Journal>
<ArticleTitle>Title of {pmid}.</ArticleTitle>
{article_extra}
<Language>eng</Language>
</Article>
<MedlineJournalInfo><Country>United States</Country><MedlineTA>J Tests</MedlineTA>
</MedlineJournalInfo>
{citation_extra}
</MedlineCitation>
{pubmed_data}
</PubmedArticle>"""


def only_record(*records: str) -> PubMedRecord:
    [record] = parse_records(article_set(*records))
    return record


@pytest.mark.parametrize(
    ("medline_date", "year"),
    [("1998 Dec-1999 Jan", 1998), ("2019 Jan-Feb", 2019), ("2000 Spring-Summer", 2000)],
)
def test_medline_date_gives_first_year_and_keeps_raw(medline_date: str, year: int) -> None:
    record = only_record(article(pub_date=f"<MedlineDate>{medline_date}</MedlineDate>"))
    assert record.pub_date.year == year
    assert record.pub_date.raw == medline_date
    assert record.pub_date.month is None and record.pub_date.day is None


@pytest.mark.parametrize(
    ("month", "expected"),
    [("Jun", 6), ("06", 6), ("6", 6), ("June", 6), ("dec", 12), ("13", None), ("Xyz", None)],
)
def test_month_names_and_numbers(month: str, expected: int | None) -> None:
    record = only_record(article(pub_date=f"<Year>2011</Year><Month>{month}</Month><Day>09</Day>"))
    assert record.pub_date.year == 2011
    assert record.pub_date.month == expected
    assert record.pub_date.day == (9 if expected else None)


def test_book_articles_are_parsed_alongside_journal_articles() -> None:
    chapter = """<PubmedBookArticle><BookDocument>
<PMID Version="1">20301295</PMID>
<ArticleIdList><ArticleId IdType="bookaccession">NBK1116</ArticleId></ArticleIdList>
<Book>
<Publisher><PublisherName>University of Washington, Seattle</PublisherName>
<PublisherLocation>Seattle (WA)</PublisherLocation></Publisher>
<BookTitle book="gene">GeneReviews<sup>®</sup></BookTitle>
<PubDate><Year>1993</Year></PubDate>
<AuthorList Type="editors"><Author><LastName>Adam</LastName><ForeName>Margaret P</ForeName>
<Initials>MP</Initials></Author></AuthorList>
<CollectionTitle book="gene">GeneReviews<sup>®</sup></CollectionTitle>
</Book>
<ArticleTitle book="gene" part="mecp2">MECP2 Disorders</ArticleTitle>
<Language>eng</Language>
<AuthorList Type="authors"><Author><LastName>Kaur</LastName><ForeName>Simranpreet</ForeName>
<Initials>S</Initials></Author></AuthorList>
<PublicationType UI="D016454">Review</PublicationType>
<Abstract><AbstractText Label="CLINICAL CHARACTERISTICS">Classic Rett syndrome is a
progressive disorder.</AbstractText><AbstractText Label="DIAGNOSIS/TESTING">Testing finds a
pathogenic variant in <i>MECP2</i>.</AbstractText>
<CopyrightInformation>Copyright © 1993-2024, University of Washington.</CopyrightInformation>
</Abstract>
</BookDocument>
<PubmedBookData><History><PubMedPubDate PubStatus="pubmed"><Year>2010</Year><Month>3</Month>
<Day>20</Day></PubMedPubDate></History><PublicationStatus>ppublish</PublicationStatus>
<ArticleIdList><ArticleId IdType="pubmed">20301295</ArticleId>
<ArticleId IdType="doi">10.0000/example.book</ArticleId></ArticleIdList>
</PubmedBookData></PubmedBookArticle>"""
    untitled_chapter = """<PubmedBookArticle><BookDocument><PMID>20301296</PMID>
<ArticleIdList><ArticleId IdType="bookaccession">NBK2</ArticleId></ArticleIdList>
<Book><Publisher><PublisherName>NCBI</PublisherName></Publisher>
<BookTitle book="x">A Whole Book</BookTitle><PubDate><Year>2004</Year><Month>Mar</Month></PubDate>
<AuthorList Type="authors"><Author><CollectiveName>Book Group</CollectiveName></Author></AuthorList>
</Book></BookDocument></PubmedBookArticle>"""
    records = parse_records(article_set(article("1"), chapter, article("2"), untitled_chapter))
    assert [(r.pmid, r.kind) for r in records] == [
        ("1", "article"),
        ("20301295", "book"),
        ("2", "article"),
        ("20301296", "book"),
    ]
    book = records[1]
    assert book.title == "MECP2 Disorders"
    assert book.book is not None
    assert book.book.book_title == "GeneReviews®"
    assert book.book.publisher == "University of Washington, Seattle"
    assert book.book.collection_title == "GeneReviews®"
    assert book.pub_date.year == 1993
    assert [a.display_name for a in book.authors] == ["Kaur S"]
    assert [(s.label, s.text) for s in book.abstract] == [
        ("CLINICAL CHARACTERISTICS", "Classic Rett syndrome is a progressive disorder."),
        ("DIAGNOSIS/TESTING", "Testing finds a pathogenic variant in MECP2."),
    ]
    assert book.copyright == "Copyright © 1993-2024, University of Washington."
    assert book.publication_type_names == ["Review"]
    assert book.article_ids == {
        "bookaccession": "NBK1116",
        "pubmed": "20301295",
        "doi": "10.0000/example.book",
    }
    assert book.doi == "10.0000/example.book"
    assert book.publication_status == "ppublish"
    assert book.history["pubmed"].year == 2010
    assert book.medline_status is None
    untitled = records[3]
    assert untitled.title == "A Whole Book"
    assert (untitled.pub_date.year, untitled.pub_date.month) == (2004, 3)
    assert [a.display_name for a in untitled.authors] == ["Book Group"]


RETRACTION_LINK = """<CommentsCorrectionsList>
<CommentsCorrections RefType="RetractionIn"><RefSource>J Tests. 2021;3:4</RefSource>
<PMID Version="1">999</PMID></CommentsCorrections></CommentsCorrectionsList>"""


def test_retracted_publication_type_and_retraction_link() -> None:
    record = only_record(
        article(
            article_extra="""<PublicationTypeList>
<PublicationType UI="D016428">Journal Article</PublicationType>
<PublicationType UI="D016441">Retracted Publication</PublicationType></PublicationTypeList>""",
            citation_extra=RETRACTION_LINK,
        )
    )
    assert record.is_retracted
    assert [(cc.ref_type, cc.ref_source, cc.pmid) for cc in record.comments_corrections] == [
        ("RetractionIn", "J Tests. 2021;3:4", "999")
    ]
    assert record.notices == []
    assert ("Retracted Publication", "D016441") in [
        (pt.name, pt.ui) for pt in record.publication_types
    ]


def test_retraction_link_alone_marks_retraction() -> None:
    assert only_record(article(citation_extra=RETRACTION_LINK)).is_retracted


def test_errata_and_expressions_of_concern_are_notices_not_retractions() -> None:
    record = only_record(
        article(
            citation_extra="""<CommentsCorrectionsList>
<CommentsCorrections RefType="ErratumIn"><RefSource>J Tests. 2021;3:5</RefSource>
<PMID Version="1">1001</PMID><Note>Dosage error in text</Note></CommentsCorrections>
<CommentsCorrections RefType="ExpressionOfConcernIn"><RefSource>J Tests. 2022;4:1</RefSource>
<PMID Version="1">1002</PMID></CommentsCorrections>
<CommentsCorrections RefType="CommentIn"><RefSource>J Tests. 2021;3:6</RefSource>
</CommentsCorrections>
</CommentsCorrectionsList>"""
        )
    )
    assert not record.is_retracted
    assert [(n.ref_type, n.pmid, n.note) for n in record.notices] == [
        ("ErratumIn", "1001", "Dosage error in text"),
        ("ExpressionOfConcernIn", "1002", None),
    ]
    assert record.comments_corrections[2].pmid is None


def test_other_abstract_is_kept_apart_from_the_abstract() -> None:
    record = only_record(
        article(
            article_extra=(
                "<Abstract><AbstractText>Main finding: 42% responded.</AbstractText></Abstract>"
            ),
            citation_extra="""<OtherAbstract Type="plain-language-summary" Language="eng">
<AbstractText Label="WHAT WAS DONE">People took part.</AbstractText>
<AbstractText>Most felt better.</AbstractText></OtherAbstract>
<OtherAbstract Type="Publisher" Language="spa"><AbstractText>Resumen.</AbstractText>
</OtherAbstract>""",
        )
    )
    assert record.abstract_text == "Main finding: 42% responded."
    plain, publisher = record.other_abstracts
    assert (plain.type, plain.language) == ("plain-language-summary", "eng")
    assert [(s.label, s.text) for s in plain.sections] == [
        ("WHAT WAS DONE", "People took part."),
        (None, "Most felt better."),
    ]
    assert (publisher.type, publisher.language, publisher.sections[0].text) == (
        "Publisher",
        "spa",
        "Resumen.",
    )


def test_collective_author_orcid_and_affiliations() -> None:
    record = only_record(
        article(
            article_extra="""<AuthorList CompleteYN="Y">
<Author ValidYN="Y"><LastName>Doe</LastName><ForeName>Jane Q</ForeName><Initials>JQ</Initials>
<Suffix>Jr</Suffix>
<Identifier Source="ORCID">0000-0002-1825-0097</Identifier>
<AffiliationInfo><Affiliation>Dept of Tests, Univ A.</Affiliation>
<Identifier Source="ROR">https://ror.org/000000000</Identifier></AffiliationInfo>
<AffiliationInfo><Affiliation>Institute B.</Affiliation></AffiliationInfo></Author>
<Author ValidYN="Y"><CollectiveName>KETAMINE <i>Study</i> Group</CollectiveName></Author>
</AuthorList>"""
        )
    )
    doe, group = record.authors
    assert (doe.last_name, doe.fore_name, doe.initials, doe.suffix) == ("Doe", "Jane Q", "JQ", "Jr")
    assert doe.orcid == "0000-0002-1825-0097"
    assert [(i.source, i.value) for i in doe.identifiers] == [("ORCID", "0000-0002-1825-0097")]
    assert doe.affiliations == ["Dept of Tests, Univ A.", "Institute B."]
    assert group.collective_name == "KETAMINE Study Group"
    assert group.last_name is None and group.orcid is None
    assert group.display_name == "KETAMINE Study Group"


def test_doi_only_in_elocation_id_is_not_taken() -> None:
    record = only_record(
        article(
            article_extra='<ELocationID EIdType="doi" ValidYN="Y">10.1000/only-here</ELocationID>',
            pubmed_data="""<PubmedData><PublicationStatus>epublish</PublicationStatus>
<ArticleIdList><ArticleId IdType="pubmed">100</ArticleId></ArticleIdList>
<ReferenceList><Reference><Citation>Cited paper.</Citation><ArticleIdList>
<ArticleId IdType="doi">10.1000/cited-paper</ArticleId><ArticleId IdType="pmc">PMC1</ArticleId>
</ArticleIdList></Reference></ReferenceList></PubmedData>""",
        )
    )
    assert record.doi is None
    assert record.pmcid is None
    assert record.article_ids == {"pubmed": "100"}
    assert record.journal.pages is None
    assert record.publication_status == "epublish"


def test_pages_from_start_and_end_when_no_medline_pagination() -> None:
    record = only_record(
        article(
            article_extra="<Pagination><StartPage>e101</StartPage><EndPage>e109</EndPage></Pagination>"
        )
    )
    assert record.journal.pages == "e101-e109"


def test_pmcid_falls_back_to_pmcid_article_id() -> None:
    record = only_record(
        article(
            pubmed_data="""<PubmedData><PublicationStatus>ppublish
</PublicationStatus><ArticleIdList><ArticleId IdType="pmcid">pmc-id: PMC123456;manuscript-id:
NIHMS1;</ArticleId></ArticleIdList></PubmedData>"""
        )
    )
    assert record.pmcid == "PMC123456"
    assert record.publication_status == "ppublish"


def test_whitespace_is_collapsed_and_unicode_kept() -> None:
    record = only_record(
        article(
            article_extra=(
                "<Abstract><AbstractText>  Dose\u00a0≥ 0.5\tmg/kg,\n\n   ±\u202f2 µg  "
                "</AbstractText>"
                "</Abstract>"
            )
        )
    )
    assert record.abstract[0].text == "Dose ≥ 0.5 mg/kg, ± 2 µg"


def test_empty_article_set_means_no_records() -> None:
    assert parse_records(article_set()) == []
    assert parse_records(b"<PubmedArticleSet></PubmedArticleSet>") == []


def test_delete_citation_is_not_a_record() -> None:
    data = article_set(article("7"), "<DeleteCitation><PMID>8</PMID></DeleteCitation>")
    assert [r.pmid for r in parse_records(data)] == ["7"]


def test_parse_record_element_reads_one_element() -> None:
    root = parse_xml_safely(article_set(article("41")))
    assert parse_record_element(root[0]).title == "Title of 41."
    with pytest.raises(RecordParseError, match="PubmedArticle or PubmedBookArticle"):
        parse_record_element(root)


def test_record_without_pmid_is_refused() -> None:
    with pytest.raises(RecordParseError, match="PMID"):
        parse_records(article_set(article("")))


@pytest.mark.parametrize("fraction", [0.1, 0.5, 0.9, 0.999])
def test_truncated_body_is_a_record_parse_error(fraction: float) -> None:
    raw = (FIXTURES / "30922101.xml").read_bytes()
    with pytest.raises(RecordParseError, match="not well-formed XML"):
        parse_records(raw[: int(len(raw) * fraction)])


@pytest.mark.parametrize(
    "body",
    [
        b"",
        b"   ",
        b"Bad Gateway",
        b"<html><body>502 Bad Gateway</body></html>",
        b"<eSearchResult><Count>0</Count></eSearchResult>",
        b"<PubmedBookArticleSet></PubmedBookArticleSet>",
    ],
    ids=["empty", "blank", "text", "html", "esearch", "book-set"],
)
def test_non_article_set_bodies_are_record_parse_errors(body: bytes) -> None:
    with pytest.raises(RecordParseError):
        parse_records(body)


def test_error_reply_names_ncbi_message_and_masks_api_key() -> None:
    body = (
        b'<?xml version="1.0" encoding="UTF-8" ?>\n'
        b"<ERROR>ID list is empty! Possibly it has no correct IDs. "
        b"(request efetch.fcgi?db=pubmed&amp;api_key=SECRETKEY123&amp;id=00000000)</ERROR>"
    )
    with pytest.raises(RecordParseError) as caught:
        parse_records(body)
    message = str(caught.value)
    assert "ID list is empty! Possibly it has no correct IDs." in message
    assert "SECRETKEY123" not in message


def test_error_inside_article_set_is_not_taken_for_missing_records() -> None:
    body = (
        b"<PubmedArticleSet><ERROR>Failed to connect to PubOne service</ERROR></PubmedArticleSet>"
    )
    with pytest.raises(RecordParseError, match="PubOne"):
        parse_records(body)
