"""The report model every output format reads. Formats never recompute verdicts.

Pipeline: claims registry -> record store -> parser -> checks (findings) -> verdict -> report.
"""

from __future__ import annotations

from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION = "1.0"


class Verdict(StrEnum):
    """Per-claim verdicts; names are part of the public command-line contract."""

    SUPPORTED = "SUPPORTED"
    CONTRADICTED = "CONTRADICTED"
    NOT_IN_SOURCE = "NOT_IN_SOURCE"
    METADATA_MISMATCH = "METADATA_MISMATCH"
    RETRACTED = "RETRACTED"
    BROKEN_CITATION = "BROKEN_CITATION"
    UNCHECKED = "UNCHECKED"

    @property
    def severity(self) -> int:
        """Higher is more serious; the verdict of a claim is its most serious finding's."""
        return _SEVERITY[self]


_SEVERITY = {
    Verdict.SUPPORTED: 0,
    Verdict.NOT_IN_SOURCE: 1,
    Verdict.METADATA_MISMATCH: 2,
    Verdict.CONTRADICTED: 3,
    Verdict.UNCHECKED: 4,
    Verdict.BROKEN_CITATION: 5,
    Verdict.RETRACTED: 6,
}

DEFAULT_FAIL_ON = (
    Verdict.CONTRADICTED,
    Verdict.METADATA_MISMATCH,
    Verdict.RETRACTED,
    Verdict.BROKEN_CITATION,
)


class Span(BaseModel):
    """Character offsets ``[start, end)`` into ``PubMedRecord.abstract_text``."""

    model_config = ConfigDict(frozen=True)

    start: int
    end: int


class Evidence(BaseModel):
    """A sentence of the source that a finding rests on."""

    model_config = ConfigDict(frozen=True)

    sentence: str
    span: Span | None = None  # None when the evidence is record metadata, not abstract text
    section: str | None = None  # abstract section label (RESULTS...) or metadata field name
    matched_terms: list[str] = Field(default_factory=list)  # words of the sentence to highlight


class FindingKind(StrEnum):
    """What a finding is about."""

    QUANTITY = "quantity"
    YEAR = "year"
    JOURNAL = "journal"
    DESIGN = "design"
    SAMPLE_SIZE = "sample_size"
    COMPARATOR = "comparator"
    DIRECTION = "direction"
    SIGNIFICANCE = "significance"
    CERTAINTY = "certainty"
    POPULATION = "population"
    COUNTRY = "country"
    FUNDER = "funder"
    AUTHOR = "author"  # an author named or counted by the claim ("Smith et al.", "single author")
    ROUTE = "route"  # how a drug was given: intravenous, oral, subcutaneous ...
    SUPPORT = "support"  # qualitative support of the claim's statement
    RETRACTION = "retraction"
    NOTICE = "notice"  # erratum, expression of concern: informational
    CITATION = "citation"  # PMID/DOI does not resolve
    AVAILABILITY = "availability"  # record could not be obtained
    ANCHOR = "anchor"  # claim not found in the article
    EXPECTATION = "expectation"  # an explicit `expect:` entry
    INTERNAL = "internal"  # claimcheck failed while judging the claim: a bug to report


class Finding(BaseModel):
    """One checked part of a claim, with what each side says and the evidence."""

    kind: FindingKind
    verdict: Verdict  # the verdict this finding alone would give
    message: str  # plain words for people
    claim_says: str | None = None
    source_says: str | None = None
    evidence: Evidence | None = None
    confidence: float = Field(default=1.0, ge=0.0, le=1.0)
    informational: bool = False  # notes (errata, anchors) that never set the verdict


class ArticleLocation(BaseModel):
    path: str
    line: int
    column: int


class RecordSummary(BaseModel):
    """The record metadata a report shows (the part of the record that was used)."""

    pmid: str
    title: str
    journal: str | None = None
    journal_abbreviation: str | None = None
    year: int | None = None
    doi: str | None = None
    publication_types: list[str] = Field(default_factory=list)
    url: str
    abstract: str = ""
    retracted: bool = False
    source: str | None = None  # records-folder, cache, network


class Waiver(BaseModel):
    verdict: Verdict
    reason: str


class ClaimResult(BaseModel):
    id: str
    pmid: str | None = None
    doi: str | None = None
    text: str
    verdict: Verdict
    confidence: float = Field(ge=0.0, le=1.0)
    findings: list[Finding] = Field(default_factory=list)
    record: RecordSummary | None = None
    location: ArticleLocation | None = None  # where the claim sits in the article
    claims_file_line: int | None = None  # line of the claim entry in claims.yaml
    waiver: Waiver | None = None
    waived: bool = False  # the waiver applies to this verdict: reported, does not fail
    note: str | None = None


class UncoveredSentence(BaseModel):
    """An article sentence stating a research finding that no claim covers."""

    text: str
    line: int
    column: int
    reason: str


class Summary(BaseModel):
    total: int
    counts: dict[str, int]  # every verdict name, zero included
    failing: int
    waived: int = 0
    unchecked: int = 0


class Policy(BaseModel):
    fail_on: list[Verdict]
    allow_unchecked: bool = False
    exit_code: int
    result: str  # "pass", "fail", "unchecked"


class Report(BaseModel):
    schema_version: str = SCHEMA_VERSION
    tool: str = "claimcheck"
    tool_version: str
    claims_file: str
    article: str | None = None
    claims: list[ClaimResult]
    uncovered: list[UncoveredSentence] = Field(default_factory=list)
    summary: Summary
    policy: Policy | None = None
    limits: str = (
        "claimcheck reads PubMed abstracts and record metadata only: results, numbers and "
        "statements that appear only in a paper's full text, tables or supplements cannot be "
        "seen and are reported as NOT_IN_SOURCE, not as false."
    )
