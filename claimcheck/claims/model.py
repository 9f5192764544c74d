"""The claims registry (``claims.yaml``) as pydantic models.

Unknown keys are errors: a typo such as ``pmdi`` must never pass silently.
"""

from __future__ import annotations

import re

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from claimcheck.report.model import Verdict

PMID_PATTERN = re.compile(r"^[1-9][0-9]{0,9}$")
DOI_PATTERN = re.compile(r"^10\.\d{4,9}/\S+$")


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Expect(_Strict):
    """Facts the editor wants checked explicitly against the record."""

    numbers: list[str] = Field(
        default_factory=list,
        description='Quantities that must appear in the abstract, e.g. "59%", "18 of 20".',
    )
    year: int | None = Field(default=None, description="Publication year of the cited work.")
    journal: str | None = Field(default=None, description="Journal title or ISO abbreviation.")
    design: list[str] = Field(
        default_factory=list,
        description='Study design words, e.g. "randomized", "placebo-controlled", '
        '"meta-analysis"; prefix with "not " for a negated design.',
    )
    sample_size: int | None = Field(default=None, description="Number of participants.")
    comparator: str | None = Field(default=None, description='What was compared, e.g. "placebo".')
    population: str | None = Field(default=None, description="Who was studied.")
    country: str | None = Field(default=None, description="Country of the study or funder.")


class ClaimWaiver(_Strict):
    """Keeps a known finding from failing CI; it is still reported and counted."""

    verdict: Verdict
    reason: str = Field(min_length=1)

    @field_validator("reason")
    @classmethod
    def _reason_not_blank(cls, value: str) -> str:
        if not value.strip():
            raise ValueError("a waiver needs a reason")
        return value


class Claim(_Strict):
    id: str = Field(min_length=1, description="Unique id of the claim.")
    text: str = Field(min_length=1, description="The claim as worded in the article.")
    pmid: str | None = Field(default=None, description="PubMed ID of the cited record (digits).")
    doi: str | None = Field(default=None, description="DOI of the cited work, when no PMID.")
    quote: str | None = Field(
        default=None, description="The exact article passage, when text is shortened."
    )
    expect: Expect | None = None
    note: str | None = None
    waive: ClaimWaiver | None = None

    @field_validator("pmid", mode="before")
    @classmethod
    def _pmid_digits(cls, value: object) -> object:
        if isinstance(value, bool):
            raise ValueError("must be a PMID made of digits, e.g. 30922101")
        if isinstance(value, int):
            value = str(value)
        if isinstance(value, str) and not PMID_PATTERN.match(value.strip()):
            raise ValueError(f"{value!r} is not a PMID (digits only, e.g. 30922101)")
        return value.strip() if isinstance(value, str) else value

    @field_validator("doi")
    @classmethod
    def _doi_shape(cls, value: str | None) -> str | None:
        if value is None:
            return None
        value = value.strip()
        for prefix in ("https://doi.org/", "http://doi.org/", "doi:"):
            if value.lower().startswith(prefix):
                value = value[len(prefix) :]
        if not DOI_PATTERN.match(value):
            raise ValueError(f"{value!r} is not a DOI (10.NNNN/...)")
        return value

    @model_validator(mode="after")
    def _cites_something(self) -> Claim:
        if not self.pmid and not self.doi:
            raise ValueError("a claim needs a pmid or a doi")
        return self


class ClaimsFile(_Strict):
    article: str | None = Field(
        default=None, description="Path to the audited article (.txt, .md or .html)."
    )
    records: list[str] = Field(
        default_factory=list,
        description="Folders of <PMID>.xml efetch records, relative to this file.",
    )
    claims: list[Claim] = Field(min_length=1)
