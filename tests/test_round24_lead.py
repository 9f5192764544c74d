"""Round 24, lead: a bound on a stated length is the quantity check's, not an antonym's."""

from __future__ import annotations

from pathlib import Path

from claimcheck import verify
from claimcheck.pubmed.parser import parse_records
from claimcheck.report.model import Verdict

# Glue 2020: "Improvements in anxiety ratings occurred within an hour of ketamine dosing, and
# persisted for up to 1 week." and, of the control, "Midazolam had minor brief effects".
ANXIETY = parse_records(
    (Path(__file__).resolve().parents[1] / "fixtures" / "31526207.xml").read_bytes()
)[0]


def test_as_long_as_a_week_is_not_opposed_by_another_arms_brief_effect() -> None:
    for claim in (
        "In twelve patients, anxiety eased within an hour of ketamine and the relief lasted as "
        "long as a week.",
        "Anxiety eased within an hour of ketamine, and the relief lasted as long as a week.",
    ):
        assert verify(claim, ANXIETY).verdict is Verdict.SUPPORTED, claim


def test_as_long_as_a_longer_time_is_still_contradicted() -> None:
    claim = "Anxiety eased within an hour of ketamine, and the relief lasted as long as a month."
    assert verify(claim, ANXIETY).verdict is Verdict.CONTRADICTED
