"""Fixes from the reviews of engine rounds 20 and 21 (each reproduced before it was fixed): an
unhedged everyday fraction is the figure it names, "stress" is a complaint and not a framing
verb, only the bottom and a far label are the two ends of a ranking, the same p-value in another
comparison decides nothing, "not only" denies nothing, and people named after "appeared in" are
no journal."""

from __future__ import annotations

import pytest

from claimcheck.pubmed.model import AbstractSection, PubMedRecord
from claimcheck.report.model import FindingKind, Verdict
from claimcheck.verification.assertions import extract_assertions
from claimcheck.verification.checks.quantities import contrasts_extreme_quantiles
from claimcheck.verification.checks.significance_words import reworded_significance
from claimcheck.verification.engine import verify


def _record(text: str) -> PubMedRecord:
    return PubMedRecord(pmid="1", title="T", abstract=[AbstractSection(text=text)])


def _findings(claim: str, record: PubMedRecord, kind: FindingKind) -> list[tuple[Verdict, str]]:
    return [(f.verdict, f.message) for f in verify(claim, record).findings if f.kind is kind]


STATINS = _record("Mortality was 27.4% lower with statins than with placebo.")


def test_an_unhedged_fraction_is_not_the_same_figure_as_a_nearby_percentage() -> None:
    found = _findings("Mortality was a quarter lower with statins.", STATINS, FindingKind.DIRECTION)
    assert not any("same figure" in message for _, message in found)


def test_a_hedged_fraction_still_spans_the_nearby_percentage() -> None:
    claim = "Mortality was roughly a quarter lower with statins than with placebo."
    assert verify(claim, STATINS).verdict is Verdict.SUPPORTED


RELAPSE = _record("Pain that patients report predicts relapse.")


def test_stress_opening_a_claim_is_the_complaint_not_a_framing_verb() -> None:
    assert verify("Stress that patients report predicts relapse.", RELAPSE).verdict is not (
        Verdict.SUPPORTED
    )


def test_authors_stressing_a_finding_frame_it() -> None:
    claim = "The authors stress that pain that patients report predicts relapse."
    assert verify(claim, RELAPSE).verdict is Verdict.SUPPORTED


SLEEP = _record(
    "Short sleep was associated with higher risk of obesity (shortest versus longest quintile "
    "of sleep duration, OR 2.8, 95% CI 1.5 to 5.2)."
)


def test_a_wrong_ratio_for_the_same_quantile_contrast_is_contradicted() -> None:
    claim = "Shortest vs longest fifth of sleep: 1.8-fold odds of obesity."
    assert verify(claim, SLEEP).verdict is Verdict.CONTRADICTED


def test_only_the_bottom_and_a_far_label_are_the_ends_of_a_ranking() -> None:
    assert contrasts_extreme_quantiles("Q1 vs Q4: OR 2.1")
    assert contrasts_extreme_quantiles("Q5 versus Q1: OR 2.1")
    assert not contrasts_extreme_quantiles("Q2 vs Q4: OR 2.1")


TWO_OUTCOMES = _record(
    "Drug X lowered mortality in patients (P = 0.21). "
    "Drug X lowered hospital stay in patients (P = 0.03)."
)


def test_the_same_p_value_in_another_comparison_does_not_back_significance() -> None:
    claim = "Drug X significantly lowered mortality in patients (P = 0.03)."
    assert verify(claim, TWO_OUTCOMES).verdict is not Verdict.SUPPORTED


def test_the_p_value_of_the_claims_own_comparison_still_backs_it() -> None:
    claim = "Drug X significantly lowered hospital stay in patients (P = 0.03)."
    assert verify(claim, TWO_OUTCOMES).verdict is Verdict.SUPPORTED


def test_not_only_reaching_significance_is_an_affirmation() -> None:
    said = reworded_significance("The drug not only reached statistical significance but also …")
    assert said and said[0].significant is True


@pytest.mark.parametrize(
    "claim",
    [
        "Rashes appeared in Black children more often than in white children.",
        "Lesions appeared in Crohn disease patients after the drug.",
        "Patients seen in Accident & Emergency were older.",
    ],
)
def test_people_or_places_after_appeared_in_are_no_journal(claim: str) -> None:
    assert extract_assertions(claim).journals == ()


@pytest.mark.parametrize(
    ("claim", "journal"),
    [
        ("A 1990 review appeared in Crime & Delinquency.", "Crime & Delinquency"),
        ("The paper appeared in Social Justice in 1995.", "Social Justice"),
    ],
)
def test_a_venue_after_appeared_in_is_still_a_journal(claim: str, journal: str) -> None:
    assert [j.name for j in extract_assertions(claim).journals] == [journal]
