"""Round 19 (support): words that frame the source (study size or setting, a reviewer's survey,
design qualifiers, evidence-table field labels) are not demanded of the abstract."""

from __future__ import annotations

import pytest

from claimcheck.pubmed.model import AbstractSection, PubMedRecord
from claimcheck.report.model import Finding, Verdict
from claimcheck.verification.engine import verify


def _record(title: str, abstract: str) -> PubMedRecord:
    return PubMedRecord(pmid="1", title=title, abstract=[AbstractSection(text=abstract)])


def _support(findings: list[Finding]) -> Finding:
    return next(f for f in findings if f.kind.value == "support")


_STATIN = _record(
    "Rosuvastatin and arterial stiffness in hypertensive adults",
    "We enrolled hypertensive adults at one hospital. "
    "Rosuvastatin reduced carotid-femoral pulse wave velocity compared with usual care. "
    "Muscle pain was the most frequent adverse event.",
)

_COHORT = _record(
    "Serum ferritin and incident gout in two prospective cohorts",
    "Within two prospective cohorts we conducted a nested case-control analysis. "
    "Higher serum ferritin was associated with incident gout.",
)


@pytest.mark.parametrize(
    "claim",
    [
        "In a small study, rosuvastatin reduced carotid-femoral pulse wave velocity.",
        "Single-centre study: rosuvastatin reduced carotid-femoral pulse wave velocity.",
        "Outcome: rosuvastatin reduced carotid-femoral pulse wave velocity.",
        "Looking across the research, reviewers found that rosuvastatin reduced "
        "carotid-femoral pulse wave velocity.",
        "You may notice that muscle pain was the most frequent adverse event.",
    ],
)
def test_source_framing_is_not_demanded(claim: str) -> None:
    assert _support(verify(claim, _STATIN).findings).verdict is Verdict.SUPPORTED


def test_nested_design_qualifier_is_left_to_the_design_check() -> None:
    claim = "A nested case-control analysis: higher serum ferritin went with incident gout."
    assert _support(verify(claim, _COHORT).findings).verdict is Verdict.SUPPORTED


@pytest.mark.parametrize(
    "claim",
    [
        # the framing goes, the finding's own words must still be found
        "In a small study, rosuvastatin reduced fasting glucose.",
        "Outcome: rosuvastatin reduced serum triglycerides.",
        "You may notice that headache was the most frequent adverse event.",
        "Looking across the research, reviewers found that rosuvastatin raised kidney filtration.",
    ],
)
def test_framing_never_carries_an_unsaid_finding(claim: str) -> None:
    assert verify(claim, _STATIN).verdict is not Verdict.SUPPORTED


def test_label_word_outside_a_label_is_still_a_claim_word() -> None:
    # "outcome" with no colon is what the claim speaks of, not a field name
    claim = "Rosuvastatin improved the cardiovascular outcome of hypertensive adults."
    assert _support(verify(claim, _STATIN).findings).verdict is not Verdict.SUPPORTED
