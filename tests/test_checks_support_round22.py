"""Round 22 (support): an added condition must be backed, a relation needs evidence that
relates, sameness has many wordings, a record clause with its own denial affirms nothing, and
an unknown that names the claim's whole finding denies it."""

from __future__ import annotations

import pytest

from claimcheck.pubmed.model import AbstractSection, PubMedRecord
from claimcheck.report.model import Finding, Verdict
from claimcheck.verification.engine import verify


def _record(title: str, abstract: str) -> PubMedRecord:
    return PubMedRecord(pmid="1", title=title, abstract=[AbstractSection(text=abstract)])


def _support(claim: str, record: PubMedRecord) -> Finding:
    return next(f for f in verify(claim, record).findings if f.kind.value == "support")


_COFFEE = _record(
    "Coffee intake and atrial fibrillation in nurses",
    "We followed 5,200 female nurses for ten years. "
    "Drinking four or more cups of coffee a day was associated with atrial fibrillation. "
    "Adjustment for body mass index did not change the estimate.",
)


@pytest.mark.parametrize(
    "claim",
    [
        "The coffee link with atrial fibrillation was stronger among nurses who smoked.",
        "The coffee link with atrial fibrillation was seen only in diabetic nurses.",
    ],
)
def test_an_added_subgroup_condition_is_not_supported(claim: str) -> None:
    assert _support(claim, _COFFEE).verdict is Verdict.NOT_IN_SOURCE


def test_the_same_claim_without_the_condition_stays_supported() -> None:
    claim = "Drinking four or more cups of coffee a day was tied to atrial fibrillation."
    assert _support(claim, _COFFEE).verdict is Verdict.SUPPORTED


_LITHIUM = _record(
    "Lithium for treatment-resistant depression",
    "We previously reported that lithium has antidepressant effects in depression. "
    "Lithium was given weekly. "
    "Serum creatinine concentrations declined over time and were similar for all treatments. "
    "Improvements in depression occurred within a week of lithium dosing.",
)


def test_a_change_of_one_measure_does_not_back_a_correlation() -> None:
    claim = "Plasma lithium concentrations correlated with the degree of depression reduction."
    assert _support(claim, _LITHIUM).verdict is Verdict.NOT_IN_SOURCE


@pytest.mark.parametrize(
    ("abstract", "claim"),
    [
        (
            "Sevoflurane reduced movement equally in GLRA1 mutant and wild-type rats.",
            "GLRA1 mutant rats were just as sensitive to sevoflurane as wild-type rats.",
        ),
        (
            "The statin lowered cholesterol in smokers and non-smokers alike.",
            "The statin lowered cholesterol equally in smokers and non-smokers.",
        ),
    ],
)
def test_sameness_in_other_words_is_not_a_difference(abstract: str, claim: str) -> None:
    record = _record("A study", f"We ran a study. {abstract} Side effects were rare.")
    assert _support(claim, record).verdict is Verdict.SUPPORTED


def test_an_unequal_change_still_contradicts_sameness() -> None:
    record = _record(
        "A study",
        "We ran a study. The statin lowered cholesterol more in men than in women. "
        "Side effects were rare.",
    )
    claim = "The statin lowered cholesterol equally in men and women."
    assert _support(claim, record).verdict is Verdict.CONTRADICTED


@pytest.mark.parametrize(
    ("abstract", "claim"),
    [
        (
            "Aspirin showed cardioprotective effects in cohort studies, but not in clinical "
            "trials.",
            "Aspirin cardioprotection has not been reproduced in clinical trials.",
        ),
        (
            "Aspirin cardioprotection was reported in cohort studies; clinical trials were "
            "negative.",
            "Aspirin cardioprotection has not carried over to clinical trials.",
        ),
    ],
)
def test_a_denial_the_record_shares_is_not_contradicted(abstract: str, claim: str) -> None:
    record = _record("Aspirin and the heart", f"We reviewed aspirin. {abstract} More is needed.")
    assert _support(claim, record).verdict is not Verdict.CONTRADICTED


def test_a_denial_of_the_affirmed_clause_is_still_contradicted() -> None:
    record = _record(
        "Aspirin and the heart",
        "We reviewed aspirin. Aspirin cardioprotection was reported in cohort studies; "
        "clinical trials were negative. More is needed.",
    )
    claim = "Aspirin cardioprotection was not reported in cohort studies."
    assert _support(claim, record).verdict is Verdict.CONTRADICTED


_ITCH = _record(
    "Itch and the spinal cord",
    "Itch is carried by spinal circuits. "
    "Spinal GRPR neurons have not yet been identified as the relay of chronic itch. "
    "We studied mice.",
)


def test_an_unknown_naming_the_whole_finding_contradicts_it() -> None:
    claim = "Spinal GRPR neurons were identified as the relay of chronic itch."
    assert _support(claim, _ITCH).verdict is Verdict.CONTRADICTED


def test_a_claim_that_it_is_unknown_is_not_contradicted() -> None:
    claim = "The relay of chronic itch has not been identified."
    assert _support(claim, _ITCH).verdict is not Verdict.CONTRADICTED
