"""Round 26 review mend, numbers: a whole multiple against a ratio worked out from two
percentages, an arm comparison that turns only the change its clause states, a year that dates
an amount rather than a journal issue, and a third arm's bare figure."""

from __future__ import annotations

import pytest

from claimcheck.pubmed.model import AbstractSection, Author, PubMedRecord
from claimcheck.report.model import Verdict
from claimcheck.verification.assertions import extract_assertions
from claimcheck.verification.engine import verify
from claimcheck.verification.quantities import find_quantities


def _record(sentences: list[str], title: str = "A study", year: int | None = None) -> PubMedRecord:
    data: dict[str, object] = {
        "pmid": "1",
        "title": title,
        "abstract": [AbstractSection(text=" ".join(sentences))],
        "authors": [Author(last_name="Rossi", affiliations=[])],
    }
    if year is not None:
        data["pub_date"] = {"year": year}
        data["journal"] = {"title": "JAMA Network Open"}
    return PubMedRecord.model_validate(data)


# --- a whole multiple against two percentages: a relative give, not half a unit -------------

_FALLS = _record(
    [
        "We randomized 400 older adults to exercise or placebo.",
        "Over 2 years, fractures rose from 20% to 30% with placebo.",
        "Hip fractures rose from 11% to 24% in the control group.",
        "Hospital stays lengthened from 4.1 to 6.4 days in the control group.",
    ]
)
_FALLS_ONLY = _record(
    [
        "We randomized 400 older adults to exercise or placebo.",
        "Falls increased from 10% to 25% in the control group.",
    ]
)


@pytest.mark.parametrize(
    ("record", "claim"),
    [
        (_FALLS, "Fractures doubled with placebo."),
        (_FALLS, "Fractures doubled in the placebo group."),
        (_FALLS, "Hospital stays doubled in the control group."),
        (_FALLS_ONLY, "Falls doubled in the control group."),
        (_FALLS_ONLY, "Falls tripled in the control group."),
        (_FALLS_ONLY, "In the control group, falls doubled."),
    ],
)
def test_whole_multiple_is_not_read_loosely_from_two_percentages(
    record: PubMedRecord, claim: str
) -> None:
    assert verify(claim, record).verdict is not Verdict.SUPPORTED


def test_whole_multiple_near_the_ratio_still_holds() -> None:
    # 11% -> 24% is 2.2-fold: "doubled" is plain speech for it
    assert verify("Hip fractures doubled in the control group.", _FALLS).verdict is (
        Verdict.SUPPORTED
    )


# --- an arm comparison turns only the change its own clause states --------------------------

_ARMS = _record(
    [
        "We randomized 80 patients to ketamine or midazolam.",
        "Depression scores at 24 hours were lower with ketamine than with midazolam.",
        "Dissociative symptoms were less common with midazolam than with ketamine, and blood "
        "pressure rose more after ketamine.",
    ],
    title="Ketamine versus midazolam for depression.",
)


@pytest.mark.parametrize(
    "claim",
    [
        "Ketamine led to higher blood pressure than midazolam.",
        "Blood pressure increased more with ketamine than with midazolam.",
        "Blood pressure was higher after ketamine than after midazolam.",
        "Ketamine produced greater blood pressure increases than midazolam.",
        "Ketamine caused more dissociative symptoms than midazolam.",
    ],
)
def test_reversed_comparison_in_another_clause_does_not_turn_the_change(claim: str) -> None:
    assert verify(claim, _ARMS).verdict is Verdict.SUPPORTED


def test_reversed_comparison_in_its_own_clause_still_turns() -> None:
    claim = "Midazolam caused more dissociative symptoms than ketamine."
    assert verify(claim, _ARMS).verdict is Verdict.CONTRADICTED


# --- a year before "volume of" is an amount's, unless a journal's issue follows -------------

_OPIOIDS = _record(
    [
        "We analysed national prescription data from 2012 to 2019.",
        "The volume of opioid prescriptions in 2019 was 35% lower than in 2012.",
    ],
    title="Opioid prescribing trends in the United States.",
    year=2021,
)


@pytest.mark.parametrize(
    "claim",
    [
        "The 2019 volume of opioid prescriptions was 35% lower than in 2012.",
        "The 2019 issue of opioid prescriptions was lower than in 2012.",
        "Its 2019 volume of opioid prescriptions was 35% below the 2012 level.",
    ],
)
def test_year_of_an_amount_dates_no_publication(claim: str) -> None:
    result = verify(claim, _OPIOIDS)
    assert not extract_assertions(claim).years
    assert result.verdict is not Verdict.METADATA_MISMATCH


@pytest.mark.parametrize(
    "claim",
    [
        "The study appeared in the 2019 issue of JAMA Network Open.",
        "In a 2019 volume of the Journal of Pain, the authors reported fewer prescriptions.",
    ],
)
def test_year_of_a_journal_issue_is_still_a_publication_year(claim: str) -> None:
    assert verify(claim, _OPIOIDS).verdict is Verdict.METADATA_MISMATCH


# --- a third arm's bare figure takes the unit the second one borrowed -----------------------


@pytest.mark.parametrize(
    ("claim", "unit", "value"),
    [
        (
            "Pain fell 3 points with the drug versus about 2 with sham and 1 with placebo.",
            "point",
            1,
        ),
        ("Weight dropped 4 kg after the diet and 3 after exercise but 1 after advice.", "kg", 1),
    ],
)
def test_third_arm_takes_the_borrowed_unit(claim: str, unit: str, value: float) -> None:
    quantities = [c.quantity for c in extract_assertions(claim).quantities]
    assert any(q.unit == unit and q.value == value for q in quantities)


def test_fold_word_rounding_has_no_float_noise() -> None:
    (tripled,) = find_quantities("Risk tripled")
    assert tripled.rounding == 0.3
