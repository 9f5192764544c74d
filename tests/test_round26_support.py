"""Round 26 (support): negation cues read as what they mean, on both sides.

A record's "no more often with A than with B" denies a comparison (a claim that A did it more
often is contradicted, never supported); a claim's lay denial ("skips", "gets around") meets the
record's "do not involve"; a claim that arms did not differ is not contradicted by a sentence that
only names both arms; "held steady" is the record's "no further change".
"""

from __future__ import annotations

import pytest

from claimcheck.pubmed.model import AbstractSection, PubMedRecord
from claimcheck.report.model import Verdict
from claimcheck.verification.engine import verify


def _record(title: str, abstract: str) -> PubMedRecord:
    return PubMedRecord(pmid="1", title=title, abstract=[AbstractSection(text=abstract)])


_DENIED_COMPARISON = _record(
    "Tolerability of a new antiemetic in chemotherapy",
    "We randomised 240 adults receiving chemotherapy to ondansetron or placebo. "
    "Constipation was reported no more frequently with ondansetron than with placebo. "
    "Dizziness was no more common in the ondansetron arm than in the placebo arm. "
    "Each patient received no more than 24 mg of ondansetron per day.",
)


@pytest.mark.parametrize(
    "claim",
    [
        "Constipation was reported more frequently with ondansetron than with placebo.",
        "Ondansetron caused constipation more often than placebo did.",
        "Dizziness was more common in the ondansetron arm than in the placebo arm.",
    ],
)
def test_a_denied_comparison_never_supports_the_comparison(claim: str) -> None:
    assert verify(claim, _DENIED_COMPARISON).verdict is not Verdict.SUPPORTED, claim


@pytest.mark.parametrize(
    "claim",
    [
        "Constipation was reported more frequently with ondansetron than with placebo.",
        "Dizziness was more common in the ondansetron arm than in the placebo arm.",
    ],
)
def test_a_denied_comparison_contradicts_its_affirmation(claim: str) -> None:
    assert verify(claim, _DENIED_COMPARISON).verdict is Verdict.CONTRADICTED, claim


@pytest.mark.parametrize(
    "claim",
    [
        "Constipation was reported no more frequently with ondansetron than with placebo.",
        "Dizziness was no more common in the ondansetron arm than in the placebo arm.",
    ],
)
def test_the_same_denied_comparison_is_supported(claim: str) -> None:
    assert verify(claim, _DENIED_COMPARISON).verdict is Verdict.SUPPORTED, claim


def test_a_quantity_bound_is_not_a_denial() -> None:
    claim = "Each patient received no more than 24 mg of ondansetron per day."
    assert verify(claim, _DENIED_COMPARISON).verdict is Verdict.SUPPORTED


_NOT_INVOLVING = _record(
    "Pathways of insulin-independent glucose uptake",
    "Pathways that do not involve direct activation of the insulin receptor, including "
    "AMPK signalling during exercise, are discussed. Muscle contraction increases glucose "
    "transport.",
)


@pytest.mark.parametrize(
    "claim",
    [
        "Pathways that skip direct activation of the insulin receptor are discussed.",
        "The authors discuss pathways that get around direct activation of the insulin receptor.",
        "Pathways that avoid direct activation of the insulin receptor are discussed.",
    ],
)
def test_a_lay_denial_meets_the_records_not_involving(claim: str) -> None:
    assert verify(claim, _NOT_INVOLVING).verdict is Verdict.SUPPORTED, claim


_ARMS_NAMED = _record(
    "Escitalopram versus sertraline in late-life anxiety",
    "Escitalopram (10 to 20 mg) was given for eight weeks, and sertraline 50 mg, the "
    "comparator, was started in alternate weeks in the same patients. "
    "Worry scores were similar with both drugs.",
)


@pytest.mark.parametrize(
    "claim",
    [
        "There was no difference in worry scores between escitalopram and sertraline.",
        "It did not matter whether patients got escitalopram or sertraline.",
    ],
)
def test_naming_both_arms_does_not_contradict_no_difference(claim: str) -> None:
    assert verify(claim, _ARMS_NAMED).verdict is not Verdict.CONTRADICTED, claim


_PLATEAU = _record(
    "Maintenance transcranial stimulation in depression",
    "Depression scores fell over the first six sessions. Patients had no further change in "
    "depression scores during monthly maintenance sessions.",
)


@pytest.mark.parametrize(
    "claim",
    [
        "Depression scores held steady during monthly maintenance sessions.",
        "During monthly maintenance sessions, depression scores stayed flat.",
    ],
)
def test_holding_steady_is_no_further_change(claim: str) -> None:
    assert verify(claim, _PLATEAU).verdict is Verdict.SUPPORTED, claim


def test_still_falling_is_contradicted_by_no_further_change() -> None:
    claim = "Depression scores kept falling during monthly maintenance sessions."
    assert verify(claim, _PLATEAU).verdict is Verdict.CONTRADICTED


_AGREEMENT = _record(
    "Predicting peak oxygen uptake from a walking test",
    "There was no statistical difference between measured and predicted peak oxygen uptake "
    "(P = 0.91).",
)


@pytest.mark.parametrize(
    "claim",
    [
        "The walking test predicted peak oxygen uptake with virtually zero bias.",
        "Predicted and measured peak oxygen uptake differed by essentially nil.",
    ],
)
def test_essentially_zero_difference_is_no_difference(claim: str) -> None:
    assert verify(claim, _AGREEMENT).verdict is not Verdict.CONTRADICTED, claim


def test_an_affirmed_involvement_is_not_the_records_denial() -> None:
    claim = "Pathways that require direct activation of the insulin receptor are discussed."
    assert verify(claim, _NOT_INVOLVING).verdict is not Verdict.SUPPORTED


_ALL_BUT_ONE = _record(
    "Exercise for knee osteoarthritis: a systematic review",
    "We included nine randomised trials with 1,204 participants. All trials except one "
    "reported pain at 12 weeks. Every trial but two used supervised exercise sessions.",
)


@pytest.mark.parametrize(
    "claim",
    [
        "All nine trials reported pain at 12 weeks.",
        "Every included trial reported pain at 12 weeks.",
        "All of the trials used supervised exercise sessions.",
    ],
)
def test_all_against_all_but_some_is_contradicted(claim: str) -> None:
    assert verify(claim, _ALL_BUT_ONE).verdict is Verdict.CONTRADICTED, claim


@pytest.mark.parametrize(
    "claim",
    [
        "All trials but one reported pain at 12 weeks.",
        "Every trial except one reported pain at 12 weeks.",
    ],
)
def test_the_same_exception_is_not_contradicted(claim: str) -> None:
    assert verify(claim, _ALL_BUT_ONE).verdict is not Verdict.CONTRADICTED, claim


_ONE_STRAIN = _record(
    "TRPV1 and capsaicin-evoked currents",
    "In dorsal root ganglion neurons from wild-type, but not TRPV1 knock-out rats, capsaicin "
    "evoked inward currents and calcium influx. Resiniferatoxin was studied in a second "
    "series of experiments.",
)


def test_both_a_and_b_against_a_but_not_b_is_contradicted() -> None:
    claim = (
        "Capsaicin evoked inward currents in dorsal root ganglion neurons from both wild-type "
        "and TRPV1 knock-out rats."
    )
    assert verify(claim, _ONE_STRAIN).verdict is Verdict.CONTRADICTED


def test_a_but_not_b_restated_is_supported() -> None:
    claim = (
        "Capsaicin evoked inward currents in dorsal root ganglion neurons from wild-type but "
        "not TRPV1 knock-out rats."
    )
    assert verify(claim, _ONE_STRAIN).verdict is Verdict.SUPPORTED
