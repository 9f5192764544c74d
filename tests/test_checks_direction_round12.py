"""Round 12: evidence-strength opposites, a study's own aim is no finding, brain-region wording."""

from __future__ import annotations

import claimcheck
from claimcheck.pubmed.model import AbstractSection, PubMedRecord
from claimcheck.report.model import FindingKind, Verdict
from claimcheck.verification.assertions import extract_assertions
from claimcheck.verification.checks.direction import check_direction
from claimcheck.verification.index import build_index


def record(text: str) -> PubMedRecord:
    return PubMedRecord(pmid="1", title="A study", abstract=[AbstractSection(text=text)])


EVIDENCE = record(
    "Ample evidence suggests that insulin signalling is impaired in Alzheimer disease. "
    "Plasma insulin was measured in 120 older adults."
)
SCANT = record(
    "Evidence that vitamin D prevents fractures in community-dwelling adults remains scant. "
    "We pooled eleven trials."
)


def test_thin_evidence_against_ample_evidence_is_contradicted() -> None:
    claim = "The authors call the evidence that insulin signalling is impaired in "
    claim += "Alzheimer disease thin."
    assert claimcheck.verify(claim, EVIDENCE).verdict is Verdict.CONTRADICTED


def test_weak_evidence_against_ample_evidence_is_contradicted() -> None:
    claim = "Only weak evidence suggests that insulin signalling is impaired in Alzheimer disease."
    assert claimcheck.verify(claim, EVIDENCE).verdict is Verdict.CONTRADICTED


def test_abundant_evidence_restates_ample_evidence() -> None:
    claim = "Abundant evidence suggests that insulin signalling is impaired in Alzheimer disease."
    assert claimcheck.verify(claim, EVIDENCE).verdict is Verdict.SUPPORTED


def test_ample_evidence_against_scant_evidence_is_contradicted() -> None:
    claim = "Ample evidence shows that vitamin D prevents fractures in community-dwelling adults."
    assert claimcheck.verify(claim, SCANT).verdict is Verdict.CONTRADICTED


def test_limited_evidence_restates_scant_evidence() -> None:
    claim = (
        "Evidence that vitamin D prevents fractures in community-dwelling adults remains limited."
    )
    assert claimcheck.verify(claim, SCANT).verdict is not Verdict.CONTRADICTED


AIM_THEN_RESULT = record(
    "We hypothesized that grip strength would predict falls more accurately than gait speed. "
    "Grip strength was 18% lower in fallers than in non-fallers (P = 0.002)."
)


def _directions(claim: str, rec: PubMedRecord) -> list[Verdict]:
    found = check_direction(extract_assertions(claim), rec, build_index(rec))
    return [f.verdict for f in found if f.kind is FindingKind.DIRECTION]


def test_a_hypothesis_sentence_is_no_change_against_the_result() -> None:
    verdicts = _directions(
        "Grip strength was 18% lower in fallers than in non-fallers.", AIM_THEN_RESULT
    )
    assert Verdict.CONTRADICTED not in verdicts
    assert Verdict.SUPPORTED in verdicts


def test_the_result_still_contradicts_the_opposite_change() -> None:
    verdicts = _directions(
        "Grip strength was 18% higher in fallers than in non-fallers.", AIM_THEN_RESULT
    )
    assert Verdict.CONTRADICTED in verdicts


REGION = record("Stress reduced dendritic spine density in the hippocampus of adult rats.")


def test_the_adjective_names_the_same_region() -> None:
    claim = "Stress reduced hippocampal dendritic spine density in adult rats."
    assert claimcheck.verify(claim, REGION).verdict is Verdict.SUPPORTED


def test_another_region_is_not_supported() -> None:
    claim = "Stress reduced dendritic spine density in the amygdala of adult rats."
    assert claimcheck.verify(claim, REGION).verdict is not Verdict.SUPPORTED
