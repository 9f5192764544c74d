"""Round 15 recall: a lay "works normally" is the opposite of a record's "dysregulated", and
everyday words for research actions (jabs, weighing up studies, turning down a gene, calming
nerve cells, following people, medications) meet the record's technical wording."""

from __future__ import annotations

import pytest

from claimcheck.pubmed.model import AbstractSection, PubMedRecord
from claimcheck.report.model import Verdict
from claimcheck.verification.engine import verify
from claimcheck.verification.index import terms_of


def _record(*sentences: str) -> PubMedRecord:
    text = " ".join(sentences)
    return PubMedRecord(pmid="1", title="A study of drug X", abstract=[AbstractSection(text=text)])


def _concepts(text: str) -> set[str]:
    return {c for t in terms_of(text) for c in t.concepts}


# --- "works normally" against "dysregulated" ------------------------------------------------------

_DYSREGULATED = _record(
    "Converging clinical and animal data indicate that dopamine signalling in the striatum is "
    "impaired in chronic schizophrenia."
)


@pytest.mark.parametrize(
    "claim",
    [
        "Clinical and animal data indicate that striatal dopamine signalling works normally in "
        "chronic schizophrenia.",
        "Clinical and animal data indicate that striatal dopamine signalling is intact in "
        "chronic schizophrenia.",
        "Clinical and animal data indicate that striatal dopamine signalling remains entirely "
        "normal in chronic schizophrenia.",
    ],
)
def test_a_sound_function_contradicts_an_impaired_one(claim: str) -> None:
    assert verify(claim, _DYSREGULATED).verdict is Verdict.CONTRADICTED


def test_the_record_word_itself_is_still_supported() -> None:
    claim = "Clinical and animal data indicate that striatal dopamine signalling is impaired in "
    claim += "chronic schizophrenia."
    assert verify(claim, _DYSREGULATED).verdict is Verdict.SUPPORTED


@pytest.mark.parametrize(
    "text",
    [
        "Levels were restored to normal after treatment.",
        "Signalling normalized after treatment.",
        "Thyroid values were normal range in most men.",
        "We recruited normal volunteers.",
        "The intact protein was studied.",
    ],
)
def test_a_treatment_effect_or_a_group_is_not_a_sound_function(text: str) -> None:
    assert "normalfunction" not in _concepts(text)


def test_not_normal_is_read_as_dysfunction() -> None:
    concepts = _concepts("Signalling is not normal in these patients.")
    assert "normalfunction" not in concepts
    assert "=dysfunction" in concepts


def test_a_drug_leaving_a_channel_unaffected_keeps_its_words() -> None:
    concepts = _concepts("Etomidate left the potassium channels unaffected.")
    assert "normalfunction" not in concepts
    assert {"potassium", "=unchanged"} <= concepts


# --- lay words for research actions ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("lay", "technical"),
    [
        ("The children had two flu jabs.", "The children received two influenza injections."),
        ("Of the 400 papers they weighed up, nine qualified.", "Of 400 papers assessed, nine."),
        ("Turning down the receptor subunit in neurons", "knockdown of the receptor subunit"),
        ("the calming nerve cells of the cortex", "inhibitory GABA neurons of the cortex"),
        ("The trial followed 300 adults for a decade.", "We studied 300 adults."),
        ("new medications for pain", "novel pharmacotherapies for pain"),
        ("placebo was slotted at random into the sequence", "placebo was randomly inserted"),
    ],
)
def test_lay_wording_meets_the_technical_word(lay: str, technical: str) -> None:
    lay_concepts = _concepts(lay)
    technical_concepts = _concepts(technical)
    key_words = {"inject", "assess", "knockdown", "gabainterneuron", "~investigate", "=drugs",
                 "insert"}  # fmt: skip
    assert lay_concepts & technical_concepts & key_words


@pytest.mark.parametrize(
    "text",
    [
        "The mice were weighed every week.",
        "Dosing was followed by a washout.",
        "They turned down the invitation to take part.",
        "Sports medicine clinics took part.",
    ],
)
def test_everyday_uses_stay_everyday(text: str) -> None:
    concepts = _concepts(text)
    assert not concepts & {"assess", "~investigate", "knockdown", "switchoff", "=drugs"}
