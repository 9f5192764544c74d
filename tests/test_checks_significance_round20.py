"""Round 20: significance said in other words (by the claim, and by the record's statistics),
and overstated certainty reached through a claim's attribution ("Study X: shows conclusively
that ...") to the authors' hedged conclusion."""

from __future__ import annotations

import pytest

from claimcheck.pubmed.model import AbstractSection, PubMedRecord
from claimcheck.report.model import FindingKind, Verdict
from claimcheck.verification.checks.significance_words import (
    record_significance,
    reworded_significance,
)
from claimcheck.verification.engine import verify


def _record(*sentences: str) -> PubMedRecord:
    text = " ".join(sentences)
    return PubMedRecord(pmid="1", title="A cohort study", abstract=[AbstractSection(text=text)])


def _verdicts(claim: str, record: PubMedRecord, kind: FindingKind) -> list[Verdict]:
    return [f.verdict for f in verify(claim, record).findings if f.kind is kind]


# --- the claim's words --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "claim",
    [
        "The association fell just short of statistical significance.",
        "The difference did not reach significance.",
        "The effect failed to achieve conventional significance.",
        "After adjustment the link was no longer significant.",
        "Mortality only trended toward significance.",
        "The gap was not statistically meaningful.",
        "The two arms were statistically indistinguishable.",
    ],
)
def test_denials_of_significance_in_other_words(claim: str) -> None:
    said = reworded_significance(claim)
    assert said and said[0].significant is False


@pytest.mark.parametrize(
    "claim",
    [
        "The reduction reached statistical significance.",
        "The benefit was statistically robust.",
        "The difference was unlikely to be due to chance.",
    ],
)
def test_affirmations_of_significance_in_other_words(claim: str) -> None:
    said = reworded_significance(claim)
    assert said and said[0].significant is True


@pytest.mark.parametrize(
    "claim",
    [
        "The difference was borderline.",
        "The improvement was clinically meaningful.",
        "Patients reached remission sooner.",
    ],
)
def test_words_about_size_or_closeness_are_not_significance(claim: str) -> None:
    assert reworded_significance(claim) == ()


# --- the record's statistics ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "significant"),
    [
        ("Higher intake was associated with gout (OR 1.64; 95% CI 1.12 to 2.40).", True),
        ("Higher intake was associated with gout (HR 0.71, 95% CI 0.58-0.87).", True),
        ("Intake was not linked to gout (OR 1.10; 95% CI 0.85 to 1.42).", False),
        ("Risk rose across quartiles of intake (p for trend = 0.03).", True),
        ("Risk rose across quartiles of intake (ptrend=0.21).", False),
        ("Arm A was not different from arm B (P = 0.38).", False),
        ("Intake rose (P = 0.002) while weight fell (P = 0.64).", None),
        ("Intake was recorded at baseline.", None),
    ],
)
def test_record_significance_from_statistics(sentence: str, significant: bool | None) -> None:
    assert record_significance(sentence) is significant


_GOUT = _record(
    "We followed 2,310 brewery workers for ten years.",
    "Higher daily fructose intake was associated with incident gout (comparing extreme "
    "quartiles, OR 1.64; 95% CI 1.12 to 2.40; ptrend=0.012).",
    "Alcohol intake showed no association with serum urate (OR 1.05; 95% CI 0.88 to 1.25).",
)


def test_claim_denying_significance_the_statistics_show_is_contradicted() -> None:
    claim = "The tie between fructose intake and gout fell short of statistical significance."
    assert verify(claim, _GOUT).verdict is Verdict.CONTRADICTED
    assert Verdict.CONTRADICTED in _verdicts(claim, _GOUT, FindingKind.SIGNIFICANCE)


def test_claim_affirming_significance_the_statistics_deny_is_contradicted() -> None:
    claim = "The link between alcohol intake and serum urate reached statistical significance."
    assert Verdict.CONTRADICTED in _verdicts(claim, _GOUT, FindingKind.SIGNIFICANCE)


def test_claim_affirming_significance_the_statistics_show_is_not_contradicted() -> None:
    claim = "The association of fructose intake with gout reached statistical significance."
    assert Verdict.SUPPORTED in _verdicts(claim, _GOUT, FindingKind.SIGNIFICANCE)
    assert verify(claim, _GOUT).verdict is not Verdict.CONTRADICTED


def test_no_longer_significant_is_a_denial_not_a_claim_of_significance() -> None:
    claim = "The association of fructose intake with gout was no longer significant."
    assert _verdicts(claim, _GOUT, FindingKind.SIGNIFICANCE) == [Verdict.CONTRADICTED]


# --- certainty through an attribution ------------------------------------------------------------

_SOLVENTS = _record(
    "We examined 902 print-shop workers in a regional occupational cohort.",
    "Toluene and xylene exposure were associated with lower nerve conduction velocity "
    "(ptrend=0.01).",
    "Our findings suggest that chronic exposure to toluene and xylene may impair peripheral "
    "nerve function among printers.",
)


@pytest.mark.parametrize(
    "claim",
    [
        "Regional occupational cohort of print-shop workers: shows conclusively that toluene "
        "and xylene damage peripheral nerve function.",
        "Toluene and xylene definitely damage peripheral nerve function, a regional "
        "occupational cohort of print-shop workers has proved.",
    ],
)
def test_strong_claim_against_hedged_conclusion_behind_attribution(claim: str) -> None:
    assert Verdict.CONTRADICTED in _verdicts(claim, _SOLVENTS, FindingKind.CERTAINTY)


def test_hedged_claim_behind_attribution_is_not_overstated() -> None:
    claim = (
        "Regional print-shop cohort: suggests that toluene and xylene may damage peripheral "
        "nerve function."
    )
    assert Verdict.CONTRADICTED not in _verdicts(claim, _SOLVENTS, FindingKind.CERTAINTY)


def test_strong_claim_against_plain_statement_is_not_overstated() -> None:
    record = _record(
        "We examined 902 print-shop workers in a regional occupational cohort.",
        "Chronic exposure to toluene and xylene impaired peripheral nerve function among printers.",
        "Our findings suggest that chronic exposure to toluene and xylene may impair peripheral "
        "nerve function among printers.",
    )
    claim = (
        "Regional print-shop cohort: shows conclusively that toluene and xylene impair "
        "peripheral nerve function."
    )
    assert Verdict.CONTRADICTED not in _verdicts(claim, record, FindingKind.CERTAINTY)


def test_attribution_point_about_something_else_is_not_overstated() -> None:
    claim = (
        "Regional print-shop cohort: shows conclusively that benzene and styrene damage hearing."
    )
    assert Verdict.CONTRADICTED not in _verdicts(claim, _SOLVENTS, FindingKind.CERTAINTY)


# --- the control arm's own null result ---------------------------------------------------------

_TRIAL = _record(
    "Forty adults with gout were randomized to colchicine or saline injections.",
    "Joint pain fell significantly within two days after colchicine but not after saline "
    "(p < 0.01).",
)


@pytest.mark.parametrize(
    "claim",
    [
        "Joint pain fell within two days of colchicine; no change on saline.",
        "Joint pain fell within two days of colchicine, while saline produced no change.",
        "Joint pain fell within two days on colchicine, whereas saline brought no change.",
    ],
)
def test_a_null_result_of_the_control_arm_is_not_a_denial_of_significance(claim: str) -> None:
    assert Verdict.CONTRADICTED not in _verdicts(claim, _TRIAL, FindingKind.SIGNIFICANCE)
    assert verify(claim, _TRIAL).verdict is Verdict.SUPPORTED


@pytest.mark.parametrize(
    "claim",
    [
        "Joint pain showed no significant change with colchicine compared with saline.",
        "Colchicine made no significant difference to joint pain versus saline.",
    ],
)
def test_a_null_result_set_against_the_control_arm_still_denies_significance(claim: str) -> None:
    assert verify(claim, _TRIAL).verdict is not Verdict.SUPPORTED


@pytest.mark.parametrize(
    "claim",
    [
        "The difference in mortality has not reached statistical significance.",
        "The difference hasn't yet reached significance.",
        "The effect isn't statistically robust.",
        "The effect was never shown to be statistically robust.",
    ],
)
def test_a_denied_affirmation_of_significance_is_a_denial(claim: str) -> None:
    said = reworded_significance(claim)
    assert said and all(s.significant is False for s in said)


def test_an_outcome_named_control_is_not_the_control_arm() -> None:
    record = _record(
        "Forty adults with type 2 diabetes were randomized to metformin or placebo.",
        "Glycemic control improved significantly with metformin (p<0.001).",
    )
    claim = "Metformin produced no significant change in glycemic control."
    assert Verdict.CONTRADICTED in _verdicts(claim, record, FindingKind.SIGNIFICANCE)
