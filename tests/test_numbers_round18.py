"""Dosing schedules told without a number: "on consecutive days", "every other week",
"fortnightly", "each day" are frequencies, compared with the record's own schedule for the same
administration."""

from __future__ import annotations

import pytest
from synthetic_records import made_up_record

from claimcheck.pubmed.model import PubMedRecord
from claimcheck.report.model import FindingKind, Verdict
from claimcheck.verification.engine import clear_caches, verify
from claimcheck.verification.quantities import find_quantities


def _quantity_verdicts(claim: str, record: PubMedRecord) -> set[Verdict]:
    clear_caches()
    return {f.verdict for f in verify(claim, record).findings if f.kind is FindingKind.QUANTITY}


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("Tablets were swallowed on consecutive days.", 1.0, "per_day"),
        ("Volunteers drank the supplement each day.", 1.0, "per_day"),
        ("She walked day after day.", 1.0, "per_day"),
        ("Injections were given every week.", 1.0, "per_week"),
        ("Infusions were repeated every other week.", 0.5, "per_week"),
        ("Sessions ran fortnightly.", 0.5, "per_week"),
        ("Doses were taken on alternate days.", 0.5, "per_day"),
        ("The cream was applied every alternate day.", 0.5, "per_day"),
        ("Capsules were taken every single month.", 1.0, "per_month"),
    ],
)
def test_a_schedule_without_a_number_is_read_as_a_frequency(
    text: str, value: float, unit: str
) -> None:
    found = [(q.value, q.unit) for q in find_quantities(text)]
    assert found == [(value, unit)]


def test_a_number_of_consecutive_days_stays_a_duration() -> None:
    assert [(q.value, q.unit) for q in find_quantities("given on 4 consecutive days")] == [
        (4.0, "day")
    ]


PHYSIO = made_up_record(
    "Thirty-two adults after knee replacement attended physiotherapy sessions at weekly "
    "intervals for 12 weeks.",
    "Range of motion improved more than with home exercise alone.",
    pmid="901801",
)

VITAMIN_D = made_up_record(
    "Participants took 1000 IU vitamin D capsules once a day for six months.",
    "Serum 25-hydroxyvitamin D rose in all of them.",
    pmid="901802",
)

NO_SCHEDULE = made_up_record(
    "Participants took 1000 IU vitamin D capsules for six months.",
    "Serum 25-hydroxyvitamin D rose in all of them.",
    pmid="901803",
)


@pytest.mark.parametrize(
    "claim",
    [
        "After knee replacement, physiotherapy sessions were held on consecutive days.",
        "After knee replacement, physiotherapy sessions were held every other week.",
        "After knee replacement, physiotherapy sessions took place fortnightly.",
    ],
)
def test_a_different_session_schedule_contradicts_the_record(claim: str) -> None:
    assert Verdict.CONTRADICTED in _quantity_verdicts(claim, PHYSIO)


@pytest.mark.parametrize(
    "claim",
    [
        "After knee replacement, physiotherapy sessions were held once a week.",
        "After knee replacement, physiotherapy sessions were held a week apart.",
        "After knee replacement, physiotherapy sessions were held every week.",
    ],
)
def test_the_same_session_schedule_supports_the_claim(claim: str) -> None:
    assert _quantity_verdicts(claim, PHYSIO) == {Verdict.SUPPORTED}


def test_a_daily_vitamin_dose_is_met_by_each_day_and_denied_by_every_other_day() -> None:
    assert _quantity_verdicts("The vitamin D capsules were taken each day.", VITAMIN_D) == {
        Verdict.SUPPORTED
    }
    wrong = "The vitamin D capsules were taken on alternate days."
    assert Verdict.CONTRADICTED in _quantity_verdicts(wrong, VITAMIN_D)


def test_a_record_without_a_schedule_gives_no_schedule_finding() -> None:
    verdicts = _quantity_verdicts("The vitamin D capsules were taken every other day.", NO_SCHEDULE)
    assert verdicts == set()
