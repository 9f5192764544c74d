"""efetch ``PubmedArticleSet`` XML into ``PubMedRecord``s: pure, bytes in, records out, no network.

Field by field sources are listed in docs/records.md.
"""

from __future__ import annotations

import re
from xml.etree.ElementTree import Element

from claimcheck.pubmed.dates import parse_date
from claimcheck.pubmed.markup import flatten_text
from claimcheck.pubmed.model import (
    AbstractSection,
    Author,
    BookInfo,
    CommentCorrection,
    Grant,
    Identifier,
    Journal,
    MeshHeading,
    MeshQualifier,
    OtherAbstract,
    PartialDate,
    PublicationType,
    PubMedRecord,
)
from claimcheck.pubmed.xmlsafe import (
    RecordParseError,
    XmlSafetyError,
    parse_xml_safely,
    safe_excerpt,
)

__all__ = [
    "RecordParseError",
    "XmlSafetyError",
    "flatten_text",
    "parse_record_element",
    "parse_records",
    "parse_xml_safely",
]

ARTICLE_SET_TAG = "PubmedArticleSet"
ARTICLE_TAG = "PubmedArticle"
BOOK_ARTICLE_TAG = "PubmedBookArticle"
_ERROR_TAG = "ERROR"
_PMCID = re.compile(r"PMC\d+")


def parse_records(data: bytes) -> list[PubMedRecord]:
    """Every ``PubmedArticle`` and ``PubmedBookArticle`` of an efetch reply, in document order.

    An empty ``PubmedArticleSet`` (every requested PMID unknown) gives ``[]``.
    """
    root = parse_xml_safely(data)
    _require_article_set(root)
    return [
        parse_record_element(child)
        for child in root
        if child.tag in (ARTICLE_TAG, BOOK_ARTICLE_TAG)
    ]


def parse_record_element(element: Element) -> PubMedRecord:
    """One ``PubmedArticle`` or ``PubmedBookArticle`` element."""
    readers = {ARTICLE_TAG: _parse_article, BOOK_ARTICLE_TAG: _parse_book_article}
    reader = readers.get(element.tag)
    if reader is None:
        tag = safe_excerpt(str(element.tag))
        raise RecordParseError(f"expected {ARTICLE_TAG} or {BOOK_ARTICLE_TAG}, got <{tag}>")
    try:
        return reader(element)
    except RecursionError:
        # Markup is flattened recursively; only a hostile body nests thousands of levels deep.
        raise RecordParseError("markup nested too deeply to read") from None


def _require_article_set(root: Element) -> None:
    errors = [root] if root.tag == _ERROR_TAG else root.findall(_ERROR_TAG)
    if errors:
        message = "; ".join(safe_excerpt(flatten_text(error)) for error in errors)
        raise RecordParseError(f"E-utilities error reply: {message or 'empty ERROR element'}")
    if root.tag != ARTICLE_SET_TAG:
        raise RecordParseError(f"expected a {ARTICLE_SET_TAG}, got <{safe_excerpt(str(root.tag))}>")


def _parse_article(element: Element) -> PubMedRecord:
    citation = _required(element, "MedlineCitation")
    article = _required(citation, "Article")
    pubmed_data = element.find("PubmedData")
    abstract = article.find("Abstract")
    ids = _article_ids(pubmed_data)
    return PubMedRecord(
        pmid=_pmid(citation),
        kind="article",
        title=flatten_text(article.find("ArticleTitle")),
        vernacular_title=_optional_text(article.find("VernacularTitle")),
        abstract=_abstract_sections(abstract),
        copyright=_optional_text(_find(abstract, "CopyrightInformation")),
        other_abstracts=[_other_abstract(other) for other in citation.findall("OtherAbstract")],
        journal=_journal(article, citation.find("MedlineJournalInfo")),
        pub_date=parse_date(article.find("Journal/JournalIssue/PubDate")),
        article_dates=[
            parse_date(date)
            for date in article.findall("ArticleDate")
            if date.get("DateType", "Electronic") == "Electronic"
        ],
        authors=_authors(article.findall("AuthorList")),
        languages=_texts(article.findall("Language")),
        publication_types=_publication_types(article.findall("PublicationTypeList/PublicationType")),
        mesh_headings=[_mesh_heading(heading)
                       for heading in citation.findall("MeshHeadingList/MeshHeading")],
        keywords=_texts(citation.findall("KeywordList/Keyword")),
        grants=[_grant(grant) for grant in article.findall("GrantList/Grant")],
        comments_corrections=[
            _comment_correction(entry)
            for entry in citation.findall("CommentsCorrectionsList/CommentsCorrections")
        ],
        chemicals=_texts(citation.findall("ChemicalList/Chemical/NameOfSubstance")),
        doi=ids.get("doi"),
        pmcid=_pmcid(ids),
        article_ids=ids,
        publication_status=_optional_text(_find(pubmed_data, "PublicationStatus")),
        history=_history(pubmed_data),
        medline_status=citation.get("Status"),
    )


def _parse_book_article(element: Element) -> PubMedRecord:
    document = _required(element, "BookDocument")
    book = document.find("Book")
    book_data = element.find("PubmedBookData")
    abstract = document.find("Abstract")
    # The BookDocument's own ArticleIdList names the book part itself (bookaccession...);
    # PubmedBookData's list, when present, is the citation-level one and wins on conflicts.
    ids = {**_article_ids(document), **_article_ids(book_data)}
    title = flatten_text(document.find("ArticleTitle")) or flatten_text(_find(book, "BookTitle"))
    return PubMedRecord(
        pmid=_pmid(document),
        kind="book",
        title=title,
        vernacular_title=_optional_text(document.find("VernacularTitle")),
        abstract=_abstract_sections(abstract),
        copyright=_optional_text(_find(abstract, "CopyrightInformation")),
        book=BookInfo(
            book_title=_optional_text(_find(book, "BookTitle")),
            publisher=_optional_text(_find(book, "Publisher/PublisherName")),
            collection_title=_optional_text(_find(book, "CollectionTitle")),
        ),
        pub_date=parse_date(_find(book, "PubDate")),
        authors=_book_authors(document, book),
        languages=_texts(document.findall("Language")),
        publication_types=_publication_types(document.findall("PublicationType")),
        keywords=_texts(document.findall("KeywordList/Keyword")),
        grants=[_grant(grant) for grant in document.findall("GrantList/Grant")],
        doi=ids.get("doi"),
        pmcid=_pmcid(ids),
        article_ids=ids,
        publication_status=_optional_text(_find(book_data, "PublicationStatus")),
        history=_history(book_data),
    )


def _required(parent: Element, path: str) -> Element:
    found = parent.find(path)
    if found is None:
        raise RecordParseError(f"<{parent.tag}> has no <{path}>")
    return found


def _find(parent: Element | None, path: str) -> Element | None:
    return None if parent is None else parent.find(path)


def _optional_text(element: Element | None) -> str | None:
    return flatten_text(element) or None


def _texts(elements: list[Element]) -> list[str]:
    return [text for text in (flatten_text(element) for element in elements) if text]


def _pmid(parent: Element) -> str:
    pmid = (parent.findtext("PMID") or "").strip()
    if not pmid:
        raise RecordParseError(f"<{parent.tag}> has no PMID")
    return pmid


def _abstract_sections(abstract: Element | None) -> list[AbstractSection]:
    if abstract is None:
        return []
    return [
        AbstractSection(
            label=section.get("Label") or None,
            nlm_category=section.get("NlmCategory") or None,
            text=flatten_text(section),
        )
        for section in abstract.findall("AbstractText")
    ]


def _other_abstract(element: Element) -> OtherAbstract:
    return OtherAbstract(
        type=element.get("Type"),
        language=element.get("Language"),
        sections=_abstract_sections(element),
    )


def _journal(article: Element, journal_info: Element | None) -> Journal:
    journal = article.find("Journal")
    issue = _find(journal, "JournalIssue")
    return Journal(
        title=_optional_text(_find(journal, "Title")),
        iso_abbreviation=_optional_text(_find(journal, "ISOAbbreviation")),
        issn=_optional_text(_find(journal, "ISSN")) or _optional_text(
            _find(journal_info, "ISSNLinking")),
        volume=_optional_text(_find(issue, "Volume")),
        issue=_optional_text(_find(issue, "Issue")),
        pages=_pages(article.find("Pagination")),
        medline_ta=_optional_text(_find(journal_info, "MedlineTA")),
        country=_optional_text(_find(journal_info, "Country")),
    )


def _pages(pagination: Element | None) -> str | None:
    if pagination is None:
        return None
    medline_pages = _optional_text(pagination.find("MedlinePgn"))
    if medline_pages:
        return medline_pages
    start = _optional_text(pagination.find("StartPage"))
    end = _optional_text(pagination.find("EndPage"))
    if start and end and end != start:
        return f"{start}-{end}"
    return start or end


def _authors(author_lists: list[Element]) -> list[Author]:
    return [
        _author(author)
        for author_list in author_lists
        for author in author_list.findall("Author")
    ]


def _book_authors(document: Element, book: Element | None) -> list[Author]:
    """A chapter's own authors, else the book's; editors lists are not authors."""
    for parent in (document, book):
        if parent is None:
            continue
        lists = [author_list for author_list in parent.findall("AuthorList")
                 if author_list.get("Type", "authors") == "authors"]
        if lists:
            return _authors(lists)
    return []


def _author(element: Element) -> Author:
    return Author(
        last_name=_optional_text(element.find("LastName")),
        fore_name=_optional_text(element.find("ForeName")),
        initials=_optional_text(element.find("Initials")),
        suffix=_optional_text(element.find("Suffix")),
        collective_name=_optional_text(element.find("CollectiveName")),
        identifiers=[
            Identifier(source=identifier.get("Source", ""), value=value)
            for identifier in element.findall("Identifier")
            if (value := flatten_text(identifier))
        ],
        affiliations=_texts(element.findall("AffiliationInfo/Affiliation")),
    )


def _publication_types(elements: list[Element]) -> list[PublicationType]:
    return [
        PublicationType(name=name, ui=element.get("UI"))
        for element in elements
        if (name := flatten_text(element))
    ]


def _mesh_heading(element: Element) -> MeshHeading:
    descriptor = element.find("DescriptorName")
    return MeshHeading(
        descriptor=flatten_text(descriptor),
        descriptor_ui=None if descriptor is None else descriptor.get("UI"),
        major_topic=descriptor is not None and descriptor.get("MajorTopicYN") == "Y",
        type=None if descriptor is None else descriptor.get("Type"),
        qualifiers=[
            MeshQualifier(
                name=flatten_text(qualifier),
                ui=qualifier.get("UI"),
                major_topic=qualifier.get("MajorTopicYN") == "Y",
            )
            for qualifier in element.findall("QualifierName")
        ],
    )


def _grant(element: Element) -> Grant:
    return Grant(
        grant_id=_optional_text(element.find("GrantID")),
        acronym=_optional_text(element.find("Acronym")),
        agency=_optional_text(element.find("Agency")),
        country=_optional_text(element.find("Country")),
    )


def _comment_correction(element: Element) -> CommentCorrection:
    return CommentCorrection(
        ref_type=element.get("RefType", ""),
        ref_source=_optional_text(element.find("RefSource")),
        pmid=_optional_text(element.find("PMID")),
        note=_optional_text(element.find("Note")),
    )


def _article_ids(parent: Element | None) -> dict[str, str]:
    """``ArticleIdList`` directly under ``parent`` (never the ones of cited references)."""
    ids: dict[str, str] = {}
    for article_id in [] if parent is None else parent.findall("ArticleIdList/ArticleId"):
        value = flatten_text(article_id)
        if value:
            ids.setdefault(article_id.get("IdType", "pubmed"), value)
    return ids


def _pmcid(ids: dict[str, str]) -> str | None:
    if "pmc" in ids:
        return ids["pmc"]
    match = _PMCID.search(ids.get("pmcid", ""))
    return match.group(0) if match else None


def _history(pubmed_data: Element | None) -> dict[str, PartialDate]:
    history: dict[str, PartialDate] = {}
    for date in [] if pubmed_data is None else pubmed_data.findall("History/PubMedPubDate"):
        status = date.get("PubStatus")
        if status:
            history.setdefault(status, parse_date(date))
    return history
