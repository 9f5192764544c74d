"""Round 14 numbers: counts pair only with counts of the same kind of thing; bare multipliers."""

from __future__ import annotations

from claimcheck.pubmed.model import AbstractSection, PubMedRecord
from claimcheck.report.model import Verdict
from claimcheck.verification.engine import verify
from claimcheck.verification.quantities import (
    bare_multiplier,
    find_quantities,
    part_of_named_whole,
)


def _record(abstract: str) -> PubMedRecord:
    return PubMedRecord(
        pmid="1000001",
        title="Exercise for knee pain: a review",
        abstract=[AbstractSection(text=abstract)],
    )


_REVIEW = _record(
    "We searched four databases. Nine trials were included, covering osteoarthritis (n = 2), "
    "tendinopathy (n = 4) and other conditions. Five trials reported a significant reduction "
    "in pain with supervised exercise, with benefits lasting up to 4 weeks."
)


def _quantity_verdicts(claim: str, record: PubMedRecord) -> list[Verdict]:
    return [f.verdict for f in verify(claim, record).findings if f.kind.value == "quantity"]


def test_part_of_named_whole_counts_the_whole_noun() -> None:
    text = "Just three of the eligible cohorts recruited women."
    (q,) = find_quantities(text)
    counted = part_of_named_whole(text, q)
    assert counted is not None and counted.unit == "count" and counted.text == "three cohorts"
    assert counted.bound is None  # "just" makes it exact
    loose = "Three of the eligible cohorts recruited women."
    (q,) = find_quantities(loose)
    assert part_of_named_whole(loose, q) is not None
    assert part_of_named_whole(loose, q).bound is not None  # type: ignore[union-attr]


def test_bare_multiplier_reads_times_as_a_fold() -> None:
    text = "The new coil gave roughly five times the contrast of the old one."
    q = next(q for q in find_quantities(text) if q.value == 5)
    fold = bare_multiplier(text, q)
    assert fold is not None and fold.unit == "fold" and fold.text == "five times"
    plain = "Five patients improved."
    assert bare_multiplier(plain, find_quantities(plain)[0]) is None


def test_count_of_trials_never_pairs_with_an_unnamed_subgroup_count() -> None:
    # "(n = 2)" counts osteoarthritis trials, not the trials that found a benefit.
    verdict = verify("Two trials reported a significant reduction in pain.", _REVIEW).verdict
    assert verdict is Verdict.CONTRADICTED


def test_only_n_of_the_trials_conflicts_with_another_count_of_trials() -> None:
    claim = "Only four of the included trials found a significant reduction in pain."
    assert Verdict.CONTRADICTED in _quantity_verdicts(claim, _REVIEW)
    claim = "Just 5 of the trials reported a significant reduction in pain."
    assert verify(claim, _REVIEW).verdict is not Verdict.CONTRADICTED


def test_n_of_the_trials_without_only_is_not_contradicted_by_more() -> None:
    claim = "Three of the included trials reported a significant reduction in pain."
    assert Verdict.CONTRADICTED not in _quantity_verdicts(claim, _REVIEW)
    claim = "Six of the included trials reported a significant reduction in pain."
    assert Verdict.CONTRADICTED in _quantity_verdicts(claim, _REVIEW)


def test_count_of_trials_is_not_measured_by_a_duration() -> None:
    claim = "Four trials reported a significant reduction in pain."
    assert verify(claim, _REVIEW).verdict is not Verdict.SUPPORTED


def test_a_multiplier_the_record_never_states_is_not_supported() -> None:
    record = _record(
        "Supervised exercise improved pain scores compared with home exercise. Adherence was "
        "higher in the supervised group."
    )
    claim = "Supervised exercise gave about three times the adherence of home exercise."
    result = verify(claim, record)
    assert result.verdict is Verdict.NOT_IN_SOURCE
    assert any("three times" in f.message for f in result.findings)
