"""Round 25 (support recall): lay wording for a review's inclusion step and for drug aims."""

from __future__ import annotations

import pytest

from claimcheck.pubmed.model import AbstractSection, PubMedRecord
from claimcheck.report.model import Verdict
from claimcheck.verification.assertions import extract_assertions
from claimcheck.verification.engine import verify


def _record(title: str, abstract: str) -> PubMedRecord:
    return PubMedRecord(pmid="1", title=title, abstract=[AbstractSection(text=abstract)])


_REVIEW = _record(
    "Statins for the prevention of migraine: a systematic review",
    "We searched four databases and identified 412 records, 23 of which met the inclusion "
    "criteria. The included trials randomised 1,840 adults with episodic migraine.",
)

_AIM = _record(
    "Molecular targets of lithium in bipolar disorder",
    "Lithium remains the most effective mood stabiliser, but its narrow therapeutic window "
    "limits its use. Research has focused on its molecular targets in an effort to develop "
    "new compounds, which will mimic lithium's mood-stabilising actions but lack its "
    "undesirable effects.",
)


def _stems(text: str) -> list[str]:
    return [t.stem for t in extract_assertions(text).key_terms]


@pytest.mark.parametrize(
    "claim",
    [
        "Of the roughly 400 records the reviewers found, 23 qualified.",
        "The reviewers found 412 records, and only 23 made the cut.",
        "Out of 412 records, just 23 were good enough to include.",
        "Of 412 records identified in four databases, 23 qualified.",
    ],
)
def test_lay_inclusion_wording_meets_the_criteria(claim: str) -> None:
    assert verify(claim, _REVIEW).verdict is Verdict.SUPPORTED, claim


@pytest.mark.parametrize(
    "claim",
    [
        "Of the 412 records the reviewers found, 32 qualified.",
        "The reviewers found 412 records, and only 45 made the cut.",
    ],
)
def test_lay_inclusion_wording_with_a_wrong_count_is_not_supported(claim: str) -> None:
    assert verify(claim, _REVIEW).verdict is not Verdict.SUPPORTED, claim


def test_qualified_as_an_adjective_stays_a_word() -> None:
    assert "metcriteria" not in _stems("Qualified nurses gave the infusions.")
    assert "metcriteria" not in _stems("Only doctors qualified to prescribe took part.")


def test_copy_as_a_verb_is_mimic_but_an_allele_copy_is_not() -> None:
    assert "mimic" in _stems("New drugs may copy its action.")
    assert "mimic" in _stems("Compounds that copy aspirin's effect on platelets.")
    assert "mimic" not in _stems("Each copy of the minor allele raised the odds.")
    assert "mimic" not in _stems("Copy number variants were common.")


def test_downsides_and_drawbacks_are_unwanted_effects() -> None:
    assert "advers" in _stems("The drug has downsides.")
    assert "advers" in _stems("Its drawbacks limit its use.")
    for claim in (
        "Researchers want new compounds that copy lithium's mood-stabilising actions without "
        "its downsides.",
        "The aim is new compounds that copy lithium's mood-stabilising actions but lack its "
        "drawbacks.",
    ):
        assert verify(claim, _AIM).verdict is Verdict.SUPPORTED, claim


def test_copying_a_different_action_is_not_supported() -> None:
    claim = "New compounds copy lithium's antiviral actions without its downsides."
    assert verify(claim, _AIM).verdict is not Verdict.SUPPORTED


def test_screened_is_met_by_the_records_identified() -> None:
    claim = "Of about 400 records screened, 23 made the cut."
    assert verify(claim, _REVIEW).verdict is Verdict.SUPPORTED
