"""Numbers, round 15: a confidence interval is the same interval however it is written (dash,
"to", brackets, unicode minus, with or without its level), a different interval after the same
estimate contradicts, and a time told on a scale far from the record's (years against hours)
measures something else rather than misstating it."""

from __future__ import annotations

import pytest
from synthetic_records import made_up_record

from claimcheck.pubmed.model import PubMedRecord
from claimcheck.report.model import FindingKind, Verdict
from claimcheck.verification.engine import clear_caches, verify
from claimcheck.verification.quantities import find_quantities


def _verdicts(claim: str, record: PubMedRecord, kind: FindingKind) -> set[Verdict]:
    clear_caches()
    return {f.verdict for f in verify(claim, record).findings if f.kind is kind}


# --- one interval, many writings ------------------------------------------------------------

HAZARD = made_up_record(
    "Higher serum ferritin was associated with incident gout (highest vs lowest tertile: "
    "HR 1.46; 95% CI 1.12 to 1.91; ptrend=0.01).",
    pmid="915001",
)
PAIN = made_up_record(
    "Acupuncture lowered back pain by \u22120.92 points on a 0\u201310 scale; 95% CI, "
    "\u22121.40 to \u22120.44 points; P < .001.",
    pmid="915002",
)


@pytest.mark.parametrize(
    "interval",
    [
        "95% confidence interval 1.12-1.91",
        "95% CI 1.12\u20131.91",
        "CI 1.12 to 1.91",
        "95% CI: 1.12, 1.91",
        "1.12-1.91",
        "[1.12, 1.91]",
    ],
)
def test_an_interval_in_any_common_writing_matches_the_same_interval(interval: str) -> None:
    claim = f"Gout was more likely with the highest ferritin tertile (HR 1.46 ({interval}))."
    assert _verdicts(claim, HAZARD, FindingKind.QUANTITY) == {Verdict.SUPPORTED}


def test_a_negative_interval_matches_whatever_minus_sign_it_is_written_with() -> None:
    claim = "Acupuncture cut pain by -0.92 points (95% confidence interval -1.40 to -0.44)."
    assert _verdicts(claim, PAIN, FindingKind.QUANTITY) == {Verdict.SUPPORTED}


def test_another_interval_after_the_same_estimate_is_contradicted() -> None:
    claim = "Gout was more likely with the highest ferritin tertile (HR 1.46, 95% CI 1.02-2.31)."
    assert Verdict.CONTRADICTED in _verdicts(claim, HAZARD, FindingKind.QUANTITY)
    assert verify(claim, HAZARD).verdict is Verdict.CONTRADICTED


def test_bounds_in_brackets_after_a_ratio_are_read_as_its_interval() -> None:
    found = find_quantities("The odds ratio was 2.10 (1.35-3.27) in smokers.")
    intervals = [q for q in found if q.unit == "ci"]
    assert [(q.low, q.high) for q in intervals] == [(1.35, 3.27)]
    # a part of a whole in brackets after a ratio is no interval
    assert not [q for q in find_quantities("OR 1.5 (3 of 12)") if q.unit == "ci"]


# --- time scales far apart ------------------------------------------------------------------

FOLLOW_UP = made_up_record(
    "Pain relief was assessed 36 hours after surgery in 120 adults.",
    "Relief lasted up to 2 weeks after the block.",
    pmid="915003",
)


def test_a_figure_in_years_against_the_same_figure_in_hours_is_not_a_contradiction() -> None:
    claim = "The adults had a mean age of 36 years."
    assert Verdict.CONTRADICTED not in _verdicts(claim, FOLLOW_UP, FindingKind.QUANTITY)


def test_a_time_misstated_on_a_near_scale_is_still_contradicted() -> None:
    claim = "Relief lasted up to 2 months after the block."
    assert Verdict.CONTRADICTED in _verdicts(claim, FOLLOW_UP, FindingKind.QUANTITY)
