"""Round 16 lay words: a treatment that "flopped" or "fizzled" against a record that reports a
benefit, a measure that "tanked" or "collapsed" (but not a patient who collapsed), and lay words
for research actions (telling things apart, digging into a topic, finds that turned up)."""

from __future__ import annotations

import pytest

from claimcheck.pubmed.model import AbstractSection, PubMedRecord
from claimcheck.report.model import FindingKind, Verdict
from claimcheck.verification.checks.direction import lay_changes
from claimcheck.verification.engine import verify
from claimcheck.verification.index import terms_of


def _record(*sentences: str) -> PubMedRecord:
    text = " ".join(sentences)
    return PubMedRecord(pmid="1", title="A study of drug X", abstract=[AbstractSection(text=text)])


def _concepts(text: str) -> set[str]:
    return {c for t in terms_of(text) for c in t.concepts}


# --- a treatment that failed, in lay words, against a reported benefit ------------------------

_BENEFIT = _record(
    "Compounds that block the orexin receptor have shown hypnotic properties in both clinical "
    "and preclinical studies."
)


@pytest.mark.parametrize(
    "claim",
    [
        "Compounds that block the orexin receptor flopped as hypnotics in clinical studies.",
        "Compounds that block the orexin receptor fizzled out as hypnotics in clinical studies.",
        "Orexin receptor blocking compounds went nowhere as hypnotics in clinical studies.",
        "Compounds that block the orexin receptor fell flat as hypnotics in clinical studies.",
    ],
)
def test_lay_failure_against_a_reported_benefit_is_contradicted(claim: str) -> None:
    result = verify(claim, _BENEFIT)
    assert result.verdict is Verdict.CONTRADICTED
    assert any(
        f.kind is FindingKind.DIRECTION and f.verdict is Verdict.CONTRADICTED
        for f in result.findings
    )


def test_lay_failure_against_a_reported_failure_is_not_contradicted() -> None:
    record = _record(
        "Compounds that block the orexin receptor were not effective as hypnotics in clinical "
        "studies."
    )
    claim = "Compounds that block the orexin receptor flopped as hypnotics in clinical studies."
    assert verify(claim, record).verdict is not Verdict.CONTRADICTED


def test_shown_no_benefit_is_not_read_as_a_benefit() -> None:
    record = _record(
        "Compounds that block the orexin receptor have shown no hypnotic properties in clinical "
        "studies."
    )
    claim = "Compounds that block the orexin receptor flopped as hypnotics in clinical studies."
    assert verify(claim, record).verdict is not Verdict.CONTRADICTED


# --- a sharp fall in lay words, and the everyday uses that are no fall --------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Platelet counts tanked after the second cycle.",
        "Survival collapsed in the untreated arm.",
        "Blood pressure crashed within minutes of the bolus.",
        "Enrolment nosedived after the safety warning.",
    ],
)
def test_lay_fall_words_are_a_decrease(text: str) -> None:
    changes = lay_changes(text)
    assert changes and all(up is False for _, up in changes)


@pytest.mark.parametrize(
    "text",
    [
        "The patient collapsed in the street and was resuscitated.",
        "Two runners collapsed during the race.",
        "Imaging showed a partially collapsed lung.",
        "Responses were collapsed across the two sessions for analysis.",
    ],
)
def test_fainting_caving_in_and_pooling_are_no_fall(text: str) -> None:
    assert lay_changes(text) == []


def test_lay_fall_is_contradicted_by_a_rise() -> None:
    record = _record("Serum ferritin increased markedly after the second cycle of treatment.")
    claim = "Serum ferritin tanked after the second cycle of treatment."
    assert verify(claim, record).verdict is Verdict.CONTRADICTED


# --- lay words for research actions --------------------------------------------------------------


def test_told_apart_is_distinguishing() -> None:
    record = _record("The two isoforms are distinguishable by their melting temperature.")
    said = "The two isoforms can be told apart by their melting temperature."
    denied = "The two isoforms cannot be told apart by their melting temperature."
    assert verify(said, record).verdict is Verdict.SUPPORTED
    assert verify(denied, record).verdict is Verdict.CONTRADICTED


def test_dug_into_is_investigating() -> None:
    assert "~investigate" in _concepts("The authors dug into the records of three prisons.")
    assert "~investigate" not in _concepts("The volunteers dug a trench near the clinic.")


def test_turned_up_in_samples_is_a_finding_not_a_rise() -> None:
    text = "The resistant strain turned up in three of the ward samples."
    assert "identified" in {t.stem for t in terms_of(text)}
    assert lay_changes(text) == []
