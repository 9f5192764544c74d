"""The PubMed record as claimcheck sees it: a faithful, typed copy of one efetch record.

Fields follow the NLM PubMed DTD; repeatable elements stay lists, nothing is silently
normalised. Convenience properties sit on top and are derived, never stored.
"""

from __future__ import annotations

from functools import cached_property

from pydantic import BaseModel, ConfigDict, Field


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class AbstractSection(_Frozen):
    """One ``AbstractText``: its label, NLM category and whole text (inline markup flattened)."""

    label: str | None = None
    nlm_category: str | None = None
    text: str


class OtherAbstract(_Frozen):
    """An ``OtherAbstract`` (plain-language summary, publisher abstract...): never merged."""

    type: str | None = None
    language: str | None = None
    sections: list[AbstractSection] = Field(default_factory=list)


class PartialDate(_Frozen):
    """A PubMed date: year always, month and day when given; ``raw`` keeps MedlineDate/Season."""

    year: int | None = None
    month: int | None = None
    day: int | None = None
    season: str | None = None
    raw: str | None = None


class Identifier(_Frozen):
    source: str
    value: str


class Author(_Frozen):
    last_name: str | None = None
    fore_name: str | None = None
    initials: str | None = None
    suffix: str | None = None
    collective_name: str | None = None
    identifiers: list[Identifier] = Field(default_factory=list)
    affiliations: list[str] = Field(default_factory=list)

    @property
    def orcid(self) -> str | None:
        for ident in self.identifiers:
            if ident.source.upper() == "ORCID":
                return ident.value
        return None

    @property
    def display_name(self) -> str:
        if self.collective_name:
            return self.collective_name
        parts = [p for p in (self.last_name, self.initials) if p]
        return " ".join(parts)


class PublicationType(_Frozen):
    name: str
    ui: str | None = None


class MeshQualifier(_Frozen):
    name: str
    ui: str | None = None
    major_topic: bool = False


class MeshHeading(_Frozen):
    descriptor: str
    descriptor_ui: str | None = None
    major_topic: bool = False
    type: str | None = None
    qualifiers: list[MeshQualifier] = Field(default_factory=list)


class Grant(_Frozen):
    grant_id: str | None = None
    acronym: str | None = None
    agency: str | None = None
    country: str | None = None


class CommentCorrection(_Frozen):
    """A ``CommentsCorrections`` entry: RetractionIn, ErratumIn, ExpressionOfConcernIn, ..."""

    ref_type: str
    ref_source: str | None = None
    pmid: str | None = None
    note: str | None = None


class Journal(_Frozen):
    title: str | None = None
    iso_abbreviation: str | None = None
    issn: str | None = None
    volume: str | None = None
    issue: str | None = None
    pages: str | None = None
    medline_ta: str | None = None
    country: str | None = None


class BookInfo(_Frozen):
    """Book-level data of a ``PubmedBookArticle``."""

    book_title: str | None = None
    publisher: str | None = None
    collection_title: str | None = None


RETRACTION_TYPES = frozenset({"Retracted Publication"})
RETRACTION_REFS = frozenset({"RetractionIn"})
NOTE_REFS = frozenset(
    {"ErratumIn", "ExpressionOfConcernIn", "UpdateIn", "RetractedandRepublishedIn"}
)


class PubMedRecord(_Frozen):
    """One PubMed citation (``PubmedArticle`` or ``PubmedBookArticle``)."""

    pmid: str
    kind: str = "article"  # "article" or "book"
    title: str = ""
    vernacular_title: str | None = None
    abstract: list[AbstractSection] = Field(default_factory=list)
    copyright: str | None = None
    other_abstracts: list[OtherAbstract] = Field(default_factory=list)
    journal: Journal = Field(default_factory=Journal)
    book: BookInfo | None = None
    pub_date: PartialDate = Field(default_factory=PartialDate)
    article_dates: list[PartialDate] = Field(default_factory=list)
    authors: list[Author] = Field(default_factory=list)
    languages: list[str] = Field(default_factory=list)
    publication_types: list[PublicationType] = Field(default_factory=list)
    mesh_headings: list[MeshHeading] = Field(default_factory=list)
    keywords: list[str] = Field(default_factory=list)
    grants: list[Grant] = Field(default_factory=list)
    comments_corrections: list[CommentCorrection] = Field(default_factory=list)
    chemicals: list[str] = Field(default_factory=list)
    doi: str | None = None
    pmcid: str | None = None
    article_ids: dict[str, str] = Field(default_factory=dict)
    publication_status: str | None = None
    history: dict[str, PartialDate] = Field(default_factory=dict)
    medline_status: str | None = None

    @cached_property
    def abstract_text(self) -> str:
        """The main abstract as one string, sections joined by a blank line (used for spans).

        Computed once per record: every claim's report shares the same string.
        """
        return "\n\n".join(section.text for section in self.abstract)

    @property
    def year(self) -> int | None:
        return self.pub_date.year

    @property
    def epub_year(self) -> int | None:
        for date in self.article_dates:
            if date.year:
                return date.year
        return None

    @property
    def publication_type_names(self) -> list[str]:
        return [pt.name for pt in self.publication_types]

    @property
    def is_retracted(self) -> bool:
        return any(pt.name in RETRACTION_TYPES for pt in self.publication_types) or any(
            cc.ref_type in RETRACTION_REFS for cc in self.comments_corrections
        )

    @property
    def notices(self) -> list[CommentCorrection]:
        """Errata, expressions of concern and updates: shown as notes, never as retractions."""
        return [cc for cc in self.comments_corrections if cc.ref_type in NOTE_REFS]

    @property
    def url(self) -> str:
        return f"https://pubmed.ncbi.nlm.nih.gov/{self.pmid}/"
