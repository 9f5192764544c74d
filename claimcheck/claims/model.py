"""The claims registry (``claims.yaml``) as pydantic models.

Unknown keys are errors: a typo such as ``pmdi`` must never pass silently. The loader
(:mod:`claimcheck.claims.loader`) turns validation errors into ``file:line: field: what`` lines;
the messages raised here are written to read well in that position.
"""

from __future__ import annotations

import re
from typing import Annotated, Any

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    WithJsonSchema,
    field_validator,
    model_validator,
)

from claimcheck.report.model import Verdict

PMID_PATTERN = re.compile(r"^[1-9][0-9]{0,9}$")
DOI_PATTERN = re.compile(r"^10\.\d{4,9}/\S+$")
_PMID_PREFIX = re.compile(r"^\s*pmid\s*:?\s*", re.IGNORECASE)
_EARLIEST_YEAR = 1600
_LATEST_YEAR = 2200

# YAML editors validate against the JSON Schema before our loader sees the file; there an
# unquoted `pmid: 30922101` or `id: 12` is an integer, which the loader accepts as text.
_TEXT_OR_INTEGER = {"anyOf": [{"type": "string"}, {"type": "integer", "minimum": 0}]}
_PMID_SCHEMA = {
    "anyOf": [
        {"type": "string", "pattern": PMID_PATTERN.pattern},
        {"type": "integer", "minimum": 1},
        {"type": "null"},
    ],
    "default": None,
    "description": "PubMed ID of the cited record (digits only, e.g. 30922101).",
}


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


def _reject_bool(value: object) -> object:
    # YAML `true` must not pass as the number 1.
    if isinstance(value, bool):
        raise ValueError(f"must be a number, not {str(value).lower()}")
    return value


def _as_text(value: object) -> object:
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    return value


class Expect(_Strict):
    """Facts the editor wants checked explicitly against the record."""

    numbers: list[Annotated[str, WithJsonSchema(_TEXT_OR_INTEGER)]] = Field(
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
    sample_size: int | None = Field(
        default=None, ge=1, description="Number of participants."
    )
    comparator: str | None = Field(default=None, description='What was compared, e.g. "placebo".')
    population: str | None = Field(default=None, description="Who was studied.")
    country: str | None = Field(default=None, description="Country of the study or funder.")

    @field_validator("numbers", mode="before")
    @classmethod
    def _numbers_as_text(cls, value: object) -> object:
        if isinstance(value, list):
            return [_as_text(item) for item in value]
        return value

    @field_validator("year", "sample_size", mode="before")
    @classmethod
    def _no_booleans(cls, value: object) -> object:
        return _reject_bool(value)

    @field_validator("year")
    @classmethod
    def _plausible_year(cls, value: int | None) -> int | None:
        if value is not None and not _EARLIEST_YEAR <= value <= _LATEST_YEAR:
            raise ValueError(f"{value} is not a plausible publication year")
        return value


class ClaimWaiver(_Strict):
    """Keeps a known finding from failing CI; it is still reported and counted."""

    verdict: Verdict = Field(description="The verdict that is accepted for this claim.")
    reason: str = Field(min_length=1, description="Why the verdict is accepted (required).")

    @field_validator("reason")
    @classmethod
    def _reason_not_blank(cls, value: str) -> str:
        if not value.strip():
            raise ValueError("a waiver needs a reason")
        return value


class Claim(_Strict):
    """One research claim of the article and the work it cites."""

    model_config = ConfigDict(
        json_schema_extra={"anyOf": [{"required": ["pmid"]}, {"required": ["doi"]}]}
    )

    id: Annotated[str, WithJsonSchema(_TEXT_OR_INTEGER)] = Field(
        min_length=1, description="Unique id of the claim."
    )
    text: str = Field(min_length=1, description="The claim as worded in the article.")
    pmid: Annotated[str | None, WithJsonSchema(_PMID_SCHEMA)] = Field(
        default=None, description="PubMed ID of the cited record (digits)."
    )
    doi: str | None = Field(
        default=None, description="DOI of the cited work, when no PMID (10.NNNN/...)."
    )
    quote: str | None = Field(
        default=None, description="The exact article passage, when text is shortened."
    )
    expect: Expect | None = Field(
        default=None, description="Facts to check explicitly against the record."
    )
    note: str | None = Field(default=None, description="A remark shown in the report.")
    waive: ClaimWaiver | None = Field(
        default=None, description="Accept a known verdict so that it does not fail the run."
    )

    @field_validator("id", mode="before")
    @classmethod
    def _id_as_text(cls, value: object) -> object:
        return _as_text(value)

    @field_validator("id")
    @classmethod
    def _id_one_line(cls, value: str) -> str:
        value = value.strip()
        if not value:
            raise ValueError("is blank")
        if "\n" in value or "\r" in value:
            raise ValueError("must fit on one line")
        return value

    @field_validator("text")
    @classmethod
    def _text_not_blank(cls, value: str) -> str:
        if not value.strip():
            raise ValueError("is blank")
        return value

    @field_validator("pmid", mode="before")
    @classmethod
    def _pmid_digits(cls, value: object) -> object:
        if value is None:
            return None
        if isinstance(value, int) and not isinstance(value, bool):
            value = str(value)
        if not isinstance(value, str):
            raise ValueError("must be a PMID made of digits, e.g. 30922101")
        candidate = value.strip()
        if PMID_PATTERN.match(candidate):
            return candidate
        without_prefix = _PMID_PREFIX.sub("", candidate)
        if without_prefix != candidate and PMID_PATTERN.match(without_prefix):
            raise ValueError(f"{value!r} is not a PMID: write the digits only ({without_prefix})")
        raise ValueError(f"{value!r} is not a PMID (digits only, e.g. 30922101)")

    @field_validator("doi", mode="before")
    @classmethod
    def _doi_shape(cls, value: Any) -> Any:
        if not isinstance(value, str):
            return value
        candidate = value.strip()
        for prefix in ("https://doi.org/", "http://doi.org/", "https://dx.doi.org/", "doi:"):
            if candidate.lower().startswith(prefix):
                candidate = candidate[len(prefix) :].strip()
        if not DOI_PATTERN.match(candidate):
            raise ValueError(f"{value!r} is not a DOI (10.NNNN/...)")
        return candidate

    @model_validator(mode="after")
    def _cites_something(self) -> Claim:
        if not self.pmid and not self.doi:
            raise ValueError("a claim needs a pmid or a doi")
        return self


class ClaimsFile(_Strict):
    """claims.yaml: the research claims of one article and the PubMed records they cite."""

    article: str | None = Field(
        default=None,
        description="Path to the audited article (.txt, .md or .html), relative to this file.",
    )
    records: list[str] = Field(
        default_factory=list,
        description="Folders of <PMID>.xml efetch records, relative to this file.",
    )
    claims: list[Claim] = Field(min_length=1, description="The claims, at least one.")
