"""Round 26, numbers and metadata: the second arm's bare figure, multiples against a zero and
against ratios short of them, a claim that retells a sentence with a wrong place, and years
that date an issue or end a span."""

from __future__ import annotations

import pytest

from claimcheck.pubmed.model import AbstractSection, Author, PubMedRecord
from claimcheck.report.model import FindingKind, Verdict
from claimcheck.verification.assertions import extract_assertions
from claimcheck.verification.engine import verify
from claimcheck.verification.quantities import find_quantities


def _record(sentences: list[str]) -> PubMedRecord:
    return PubMedRecord(
        pmid="1",
        title="A study",
        abstract=[AbstractSection(text=" ".join(sentences))],
        authors=[Author(last_name="Rossi", affiliations=[])],
    )


# --- a bare figure for the second arm takes the first arm's unit ----------------------------


@pytest.mark.parametrize(
    ("claim", "unit", "value"),
    [
        ("Pain scores fell 3 points with the drug and about 1.5 with placebo.", "point", 1.5),
        ("Remission reached 40% on active treatment versus 22 on sham.", "%", 22),
        ("Weight dropped 4 kg in the diet arm but only 2 in the control arm.", "kg", 2),
        ("Systolic pressure rose 12 mmHg after the dose and roughly 3 after saline.", "mmhg", 3),
    ],
)
def test_second_arm_takes_the_first_arms_unit(claim: str, unit: str, value: float) -> None:
    quantities = [c.quantity for c in extract_assertions(claim).quantities]
    assert any(q.unit == unit and q.value == value for q in quantities)


@pytest.mark.parametrize(
    "claim",
    [
        "Scores fell 3 points at week 2 and 12 patients dropped out.",  # a count, not an arm
        "Scores fell 3 points, and in 2019 the trial ended.",
        "Scores fell 3 points with the drug; 5 sites took part.",
    ],
)
def test_no_unit_is_lent_outside_two_parallel_arms(claim: str) -> None:
    quantities = [c.quantity for c in extract_assertions(claim).quantities]
    assert all(q.unit != "point" or q.value == 3 for q in quantities)


_ARMS = (
    "Mean pain scores decreased by 6 +/- SD 4 points vs. 0 +/- 5 points, respectively, with the "
    "drug and with placebo."
)


@pytest.mark.parametrize(
    "claim",
    [
        "Pain scores dropped about 6 points with the drug and about 5 with placebo.",
        "Pain scores fell 6 points with the drug and 4 with placebo.",
    ],
)
def test_the_spread_is_not_the_other_arms_value(claim: str) -> None:
    assert verify(claim, _record([_ARMS])).verdict is Verdict.CONTRADICTED


# --- a multiple against a zero: no multiple fits ---------------------------------------------


@pytest.mark.parametrize(
    "claim",
    [
        "Pain scores fell about twice as much with the drug as with placebo.",
        "Pain scores fell three times as much with the drug as with placebo.",
    ],
)
def test_a_multiple_of_a_zero_change_contradicts(claim: str) -> None:
    assert verify(claim, _record([_ARMS])).verdict is Verdict.CONTRADICTED


# --- a plain small multiple is not a ratio well short of it ----------------------------------


@pytest.mark.parametrize(
    ("written", "ratio", "conflicts"),
    [
        ("twice the risk", "HR 1.68", True),
        ("more than double the odds", "OR 1.72", True),
        ("triple the odds", "OR 2.4", True),
        ("double the odds", "OR 1.97", False),
        ("nearly double the odds", "OR 1.85", False),
        ("about three times the risk", "RR 2.8", False),
    ],
)
def test_small_multiple_words_are_tight(written: str, ratio: str, conflicts: bool) -> None:
    from claimcheck.verification.checks.quantities import compare

    claim_q = find_quantities(f"Cases had {written}.")[0]
    source_q = find_quantities(f"comparing extremes ({ratio}; 95% CI 1.1 to 3.0)")[0]
    matched, conflicting = compare(claim_q, source_q)
    assert conflicting is conflicts
    if not conflicts:
        assert matched


# --- a claim that retells a placing sentence with another place ------------------------------

_PLACED = (
    "We measured serum vitamin D in 412 stroke cases and 820 matched controls from four "
    "prospective Japanese cohorts."
)


def test_a_retold_sentence_with_a_wrong_place_is_contradicted() -> None:
    claim = (
        "Serum vitamin D was measured in 412 stroke cases and 820 matched controls from four "
        "Korean cohorts."
    )
    result = verify(claim, _record([_PLACED, "Low vitamin D was linked to stroke."]))
    assert result.verdict is Verdict.CONTRADICTED


def test_a_wrong_place_framing_another_finding_stays_metadata() -> None:
    claim = "Using four Korean cohorts, researchers linked low vitamin D to stroke."
    result = verify(claim, _record([_PLACED, "Low vitamin D was linked to stroke."]))
    country = [f for f in result.findings if f.kind is FindingKind.COUNTRY]
    assert country and country[0].verdict is Verdict.METADATA_MISMATCH


# --- years: an issue is dated as published; a span's end is no publication year --------------


@pytest.mark.parametrize(
    ("claim", "year"),
    [
        ("Smith described prison health care in a 1995 issue of Social Justice.", 1995),
        ("The essay ran in the 2004 volume of the Hastings Center Report.", 2004),
    ],
)
def test_an_issue_year_is_a_publication_year(claim: str, year: int) -> None:
    assert [y.year for y in extract_assertions(claim).years] == [year]


@pytest.mark.parametrize(
    "claim",
    [
        "The team searched PubMed and Embase through December 2017 for randomised trials.",
        "Databases were searched up to March 2020 for cohort studies.",
        "Registries were combed until mid-2015 for trials of the device.",
        "Every report since 2010 of the trials was screened.",
    ],
)
def test_the_end_of_a_span_is_not_a_publication_year(claim: str) -> None:
    assert extract_assertions(claim).years == ()
