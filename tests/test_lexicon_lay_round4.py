"""Round 14 recall: everyday wording for when a treatment took effect, how long a benefit
lasted and how a measure drifted meets the record's technical wording, and the lay opposite of
the record's word is still seen as an opposite."""

from __future__ import annotations

import pytest

from claimcheck.pubmed.model import AbstractSection, PubMedRecord
from claimcheck.report.model import Verdict
from claimcheck.verification.checks.direction import lay_changes
from claimcheck.verification.engine import verify
from claimcheck.verification.index import terms_of
from claimcheck.verification.lexicon import GENERIC_WORDS


def _record(*sentences: str) -> PubMedRecord:
    text = " ".join(sentences)
    return PubMedRecord(pmid="1", title="A trial of drug X", abstract=[AbstractSection(text=text)])


def _concepts(text: str) -> set[str]:
    return {c for t in terms_of(text) for c in t.concepts}


def _texts(text: str) -> list[str]:
    return [t.text.lower() for t in terms_of(text)]


# --- "before it kicked in": before a response ---------------------------------------------------


@pytest.mark.parametrize(
    "lay",
    [
        "before it kicked in",
        "before the drug took effect",
        "before the drug started working",
        "before the injections began to work",
    ],
)
def test_before_a_treatment_took_effect_is_before_response(lay: str) -> None:
    assert _concepts(lay) & _concepts("before response")


def test_kicking_in_without_before_stays_an_onset_not_a_response() -> None:
    assert not _concepts("the drug kicked in within minutes") & _concepts("response")


def test_lay_onset_claim_is_supported_by_the_response_sentence() -> None:
    record = _record(
        "Forty patients with chronic migraine received weekly infusions of drug X.",
        "Patients needed a median of four infusions before response.",
    )
    result = verify("Patients typically needed four infusions before it kicked in.", record)
    assert result.verdict is Verdict.SUPPORTED


# --- "lasting as long as a week": an upper bound, like "up to" ---------------------------------


@pytest.mark.parametrize(
    "span", ["as long as a week", "as long as 3 months", "as long as two days"]
)
def test_as_long_as_a_duration_is_not_demanded_as_long(span: str) -> None:
    assert "long" not in _texts(f"relief lasting {span}")


def test_as_long_as_a_condition_keeps_its_words() -> None:
    assert "long" in _texts("patients improve as long as they adhere to the diet")


def test_gains_that_lasted_are_improvements() -> None:
    assert _concepts("the gains persisted") & _concepts("improvement")
    assert not _concepts("weight gains in the cohort") & _concepts("improvement")


# --- subunit: the receptor named by its subunit is still the receptor named -------------------


def test_subunit_is_everyday_wording() -> None:
    assert {"subunit", "subunits"} <= GENERIC_WORDS


# --- a slow drift up or down is a direction of change ------------------------------------------


@pytest.mark.parametrize(
    ("text", "up"),
    [
        ("pain scores crept upward over the year", True),
        ("serum sodium edged higher after the switch", True),
        ("blood pressure inched up over the years", True),
        ("body weight drifted lower over six months", False),
        ("symptom scores kept sliding further down", False),
        ("HbA1c values slipped lower with the new regimen", False),
    ],
)
def test_slow_drift_is_a_change(text: str, up: bool) -> None:
    assert [u for _, u in lay_changes(text)] == [up]


@pytest.mark.parametrize(
    "text",
    [
        "the chair stepped down as director",
        "the patient moved up to the surgical ward",
        "a climbing wall in the rehabilitation gym",
        "the dose was stepped down to 5 mg",
    ],
)
def test_moves_that_are_not_changes_of_a_measure(text: str) -> None:
    assert lay_changes(text) == []


def test_lay_rise_against_a_reported_decline_is_contradicted() -> None:
    record = _record(
        "Thirty adults with chronic insomnia took drug X nightly for 12 weeks.",
        "Daytime sleepiness scores declined over time, from 14 points at week 1 to 6 points at"
        " week 12.",
    )
    result = verify("Daytime sleepiness scores crept upward over the weeks.", record)
    assert result.verdict is Verdict.CONTRADICTED


# --- a benefit that wore off against one that persisted ----------------------------------------


@pytest.mark.parametrize(
    "lay", ["the benefit wore off", "the relief faded", "the effect faded away"]
)
def test_wearing_off_opposes_persisting(lay: str) -> None:
    from claimcheck.verification.paraphrases import OPPOSITE_PAIRS

    concepts = _concepts(lay)
    persisted = _concepts("the benefit persisted")
    assert any(
        (a in concepts and b in persisted) or (b in concepts and a in persisted)
        for a, b in OPPOSITE_PAIRS
    )


def test_faded_inside_a_compound_is_not_disappearance() -> None:
    assert not _concepts("a faded-looking rash") & _concepts("the effect disappeared")
