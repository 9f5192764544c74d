"""Lay round 2: everyday wording journalists use for technical record words, and the limits."""

from __future__ import annotations

import pytest

from claimcheck.verification.checks.common import BROAD_MATCH, strength
from claimcheck.verification.index import Term, terms_of


def _term(text: str, word: str) -> Term:
    found = [t for t in terms_of(text) if word in t.text.lower()]
    assert found, f"no term for {word!r} in {text!r}"
    return found[0]


def _best(claim: Term, record_text: str) -> float:
    return max((strength(claim, t.concepts) for t in terms_of(record_text)), default=0.0)


@pytest.mark.parametrize(
    ("claim", "word", "record"),
    [
        ("Mortality dropped greatly in the treated arm.", "great", "Mortality fell markedly."),
        ("The main outcome was pain at six weeks.", "main", "The primary outcome was pain."),
        ("Cells of particular types were studied.", "particular", "specific cell types"),
        ("Samples were split into three groups.", "split", "samples were divided in three"),
        ("Specimens were frozen at once.", "specimen", "samples were frozen immediately"),
        ("Investigators measured blood pressure.", "investig", "researchers measured it"),
        ("The vaccine was injected under the skin.", "skin", "given subcutaneously"),
        ("Drugs aimed at the receptor were tested.", "aim", "drugs targeting the receptor"),
        ("Patients with stubborn depression joined.", "stubborn", "treatment-resistant depression"),
        ("People who had not responded to treatment", "respond", "refractory illness"),
    ],
)
def test_lay_word_fully_meets_technical_word(claim: str, word: str, record: str) -> None:
    assert _best(_term(claim, word), record) == 1.0


@pytest.mark.parametrize(
    ("claim", "word", "record"),
    [
        ("Lactate is a marker of fatigue.", "marker", "lactate was an indicator of fatigue"),
        ("Loss of righting is a readout of hypnosis.", "readout", "a behavioral correlate"),
        ("Mildly underactive thyroid was common.", "mild", "subclinical hypothyroidism"),
        ("Heart-related side effects were frequent.", "heart", "cardiovascular side effects"),
        ("GABAergic tone was low.", "gabaerg", "GABA tone was low"),
        ("Conditional mutants lacked the gene.", "mutant", "conditional mutation of the gene"),
        ("Mice bred without the channel", "bred", "genetically engineered mice"),
        ("Levels of the hormone rose.", "level", "hormone concentrations rose"),
        ("Blood flow fell sharply after the drug.", "sharp", "Blood flow was strongly reduced."),
    ],
)
def test_near_meaning_gets_half_credit(claim: str, word: str, record: str) -> None:
    assert _best(_term(claim, word), record) == BROAD_MATCH


@pytest.mark.parametrize(
    ("claim", "word", "record"),
    [
        # a correlation is a marker, never a cause; the fast of "fasting" is not rapid
        ("The gene caused the disease.", "caus", "the gene was a marker of disease"),
        ("The main outcome was pain.", "main", "a secondary outcome was pain"),
        ("Serum levels rose.", "serum", "plasma levels rose"),
        ("Studies aimed to assess pain.", "aim", "drugs targeting pain receptors"),
        ("The mice were bred in the lab.", "mice", "patients were bred"),
    ],
)
def test_words_a_wrong_claim_could_exploit_stay_apart(claim: str, word: str, record: str) -> None:
    assert _best(_term(claim, word), record) < 1.0


def test_spelled_out_units_carry_no_topic() -> None:
    words = {t.text.lower() for t in terms_of("a half milligram per kilogram of ketamine")}
    assert not words & {"milligram", "kilogram"}
    assert any("ketamin" in w for w in words)


def test_converging_evidence_reads_as_ample_evidence() -> None:
    claim = _term("Converging human and animal evidence points to a fault.", "evidence")
    assert _best(claim, "Several lines of evidence, in humans and animals, support it.") == 1.0
