"""A number with "or fewer" / "or more" states a bound on that number, not a change: it must not
meet the record's rises and falls as a direction."""

from __future__ import annotations

import pytest

from claimcheck.pubmed.model import AbstractSection, PubMedRecord
from claimcheck.report.model import FindingKind, Verdict
from claimcheck.verification.assertions import extract_assertions
from claimcheck.verification.engine import verify

RECORD = PubMedRecord(
    pmid="1",
    title="Repeated iron infusions in anaemic adults",
    abstract=[
        AbstractSection(
            text="Sixty anaemic adults received weekly iron infusions. Haemoglobin rose with "
            "repeated infusions, and the response rate doubled between the first and the fourth "
            "infusion. Most responders needed two infusions or fewer."
        )
    ],
)


@pytest.mark.parametrize(
    "claim",
    [
        "Most responders needed two infusions or fewer.",
        "Most responders needed 2 infusions or fewer.",
        "Responders made up 50% or more of the sample.",
        "Haemoglobin rose in ten or more patients.",
    ],
)
def test_or_fewer_after_a_number_is_a_bound_not_a_direction(claim: str) -> None:
    bound = next(w for w in ("fewer", "more") if f"or {w}" in claim)
    assert all(d.phrase.text != bound for d in extract_assertions(claim).directions)


def test_a_bound_does_not_contradict_the_records_increase() -> None:
    result = verify("Most responders needed two infusions or fewer.", RECORD)
    assert Verdict.CONTRADICTED not in [
        f.verdict for f in result.findings if f.kind is FindingKind.DIRECTION
    ]
    assert result.verdict is Verdict.SUPPORTED


def test_a_real_fall_still_meets_the_records_rise() -> None:
    result = verify("Haemoglobin fell with repeated infusions.", RECORD)
    assert result.verdict is Verdict.CONTRADICTED
