"""Round 25 mend, unbacked detail: a ranking needs a ranking word beside the ranked thing (not
"major depressive disorder", "a key subunit", "principle neurons"); a denied or noun "cause" is
no claimed cause; a caused effect is backed by the effect reported; a design role the record
names with "the" is the only one; a claimed time span needs one as long in the evidence."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from claimcheck.pubmed.model import PubMedRecord
from claimcheck.pubmed.parser import parse_records
from claimcheck.report.model import Verdict
from claimcheck.verification.engine import verify

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


@cache
def _record(pmid: str) -> PubMedRecord:
    return parse_records((FIXTURES / f"{pmid}.xml").read_bytes())[0]


def _verdict(pmid: str, claim: str) -> Verdict:
    return verify(claim, _record(pmid)).verdict


# --- T1: a ranking the evidence does not make -------------------------------------------------


@pytest.mark.parametrize(
    ("pmid", "claim"),
    [
        # "major" only names the disorder
        ("17430148", "NMDA receptor dysregulation is the primary mechanism of major depressive disorder."),  # noqa: E501
        ("17430148", "Disrupted glutamate neurotransmission is the main driver of major depressive disorder."),  # noqa: E501
        # "a key NMDAR subunit", "principle neurons": neither makes GluN2B the only one
        ("31743111", "GluN2B is the only NMDAR subunit implicated in the actions of ketamine."),
        ("31743111", "GluN2B is the sole NMDAR subunit implicated in ketamine's antidepressant actions."),  # noqa: E501
        ("31743111", "GluN2B is the main NMDAR subunit implicated in ketamine's actions."),
        # "the first systematic review" ranks the review, not the side-effects
        ("28757132", "Cardiovascular side-effects are the main safety concern of this systematic review of ketamine in depression."),  # noqa: E501
        ("28757132", "Neurological side-effects were the primary safety problem after acute ketamine dosing."),  # noqa: E501
    ],
)  # fmt: skip
def test_ranking_without_a_ranking_beside_it_is_not_supported(pmid: str, claim: str) -> None:
    assert _verdict(pmid, claim) is not Verdict.SUPPORTED


def test_caused_effect_in_a_review_stays_strict() -> None:
    claim = "Ketamine caused cardiovascular side-effects in patients with depression."
    assert _verdict("28757132", claim) is not Verdict.SUPPORTED


def test_one_ranking_finding_names_the_ranked_thing() -> None:
    report = verify(
        "Neurological side-effects were the primary safety problem after acute ketamine dosing.",
        _record("28757132"),
    )
    ranks = [f for f in report.findings if "ranks" in f.message]
    assert len(ranks) == 1
    assert "Neurological side-effects" in ranks[0].message
    assert "the primary safety problem" in ranks[0].message


@pytest.mark.parametrize(
    ("pmid", "claim"),
    [
        ("29561204", "Nausea, dizziness and blurred vision were the most common adverse events."),
        ("31743111", "GluN2B-NMDARs on GABA interneurons are the initial cellular trigger for ketamine's rapid antidepressant actions."),  # noqa: E501
    ],
)  # fmt: skip
def test_ranking_the_record_makes_stays_supported(pmid: str, claim: str) -> None:
    assert _verdict(pmid, claim) is Verdict.SUPPORTED


# --- N1: a denied cause or the noun "causes" claims no cause ----------------------------------


@pytest.mark.parametrize(
    "claim",
    [
        "Etomidate did not cause any effect on HCN1 channels.",
        "Etomidate didn't cause any change in HCN1 channel currents.",
    ],
)
def test_denied_cause_is_no_claimed_cause(claim: str) -> None:
    report = verify(claim, _record("19158287"))
    assert not any("reports no cause" in f.message for f in report.findings)


def test_noun_causes_is_no_claimed_cause() -> None:
    from claimcheck.verification.checks.unbacked_detail import _CLAIMED_CAUSE

    for text in (
        "The causes of glutamate disruption in depression remain unclear.",
        "All-cause mortality did not differ.",
        "No cause for concern was found.",
    ):
        assert _CLAIMED_CAUSE.search(text) is None, text
    for text in ("Ketamine caused dissociation.", "X is the main cause of Y.", "Stress is among the causes of depression."):  # fmt: skip  # noqa: E501
        assert _CLAIMED_CAUSE.search(text) is not None, text


# --- N2: a caused effect is backed by the effect the record reports ---------------------------


@pytest.mark.parametrize(
    ("pmid", "claim"),
    [
        ("31526207", "Midazolam caused only minor brief effects on anxiety ratings."),
        ("31526207", "Ketamine caused dissociative side effects."),
    ],
)
def test_caused_effect_backed_by_reported_effect(pmid: str, claim: str) -> None:
    assert _verdict(pmid, claim) is Verdict.SUPPORTED


# --- N3: "the sole control" is backed by "the control" ----------------------------------------


def test_sole_role_backed_by_definite_role() -> None:
    claim = "Midazolam 0.01 mg/kg was the sole psychoactive control in the ketamine dose sequence."
    report = verify(claim, _record("31526207"))
    assert not any("ranks" in f.message for f in report.findings)
    assert report.verdict is Verdict.SUPPORTED


# --- probe m-w2: a claimed time span needs one as long ----------------------------------------


@pytest.mark.parametrize(
    ("pmid", "claim"),
    [
        ("29532791", "Clinical studies have demonstrated that a single sub-anesthetic dose of ketamine induces antidepressant actions lasting several months."),  # noqa: E501
        ("29532791", "A single sub-anesthetic dose of ketamine induces antidepressant actions that persist for years."),  # noqa: E501
        ("29532791", "One low dose of ketamine gives lifelong antidepressant actions."),
        ("31526207", "Improvements in anxiety ratings lasted several months."),
    ],
)  # fmt: skip
def test_unbacked_time_span_is_not_supported(pmid: str, claim: str) -> None:
    assert _verdict(pmid, claim) is not Verdict.SUPPORTED


@pytest.mark.parametrize(
    ("pmid", "claim"),
    [
        ("31526207", "Improvements in anxiety ratings persisted for up to 7 days."),
        ("31526207", "Improvements in anxiety ratings lasted for up to a week."),
        ("29561204", "Patients received weekly ketamine injections for several months."),
        ("29532791", "A single sub-anesthetic dose of ketamine induces rapid and sustained antidepressant actions."),  # noqa: E501
    ],
)  # fmt: skip
def test_time_span_in_other_units_stays_supported(pmid: str, claim: str) -> None:
    assert _verdict(pmid, claim) is Verdict.SUPPORTED
