"""Round 9 recall: lay, British and reworded words meet the record's own wording, and words
that change a claim still do not."""

from __future__ import annotations

import pytest

from claimcheck.verification.index import terms_of
from claimcheck.verification.lexicon import GENERIC_WORDS, SCOPE_WORDS
from claimcheck.verification.text import content_stems, stem


def _stems(text: str) -> list[str]:
    return [t.stem for t in terms_of(text)]


def _concepts(text: str) -> set[str]:
    return {c for t in terms_of(text) for c in t.concepts}


@pytest.mark.parametrize(
    ("british", "american"),
    [
        ("favouring", "favoring"),
        ("favourable", "favorable"),
        ("behaviours", "behaviors"),
        ("tumours", "tumors"),
        ("titre", "titer"),
        ("analogue", "analog"),
        ("oestrogens", "estrogens"),
        ("judgement", "judgment"),
        ("hydrolysed", "hydrolyzed"),
    ],
)
def test_british_spelling_meets_american(british: str, american: str) -> None:
    assert stem(british) == stem(american)


@pytest.mark.parametrize("word", ["pouring", "scouring", "souring", "hours"])
def test_our_words_outside_the_root_list_keep_their_spelling(word: str) -> None:
    assert stem(word) != stem(word.replace("our", "or"))


def test_nationality_is_its_country() -> None:
    assert content_stems("an Italian team")[0] == content_stems("in Italy")[0]
    assert content_stems("Danish registry")[0] == content_stems("Denmark")[0]
    assert content_stems("Danish registry")[0] != content_stems("Sweden")[0]


def test_mimicking_is_mimic() -> None:
    assert stem("mimicking") == stem("mimics")


def test_rating_scale_letters_carry_the_scale_name() -> None:
    letters = _concepts("MADRS scores fell")
    spelled = _concepts("Montgomery Asberg Depression Rating Scale")
    assert {"montgomeri", "asberg"} <= {c for c in letters if c in spelled}


@pytest.mark.parametrize(
    ("lay", "key"),
    [
        ("the rats could no longer roll themselves upright", "righting"),
        ("propofol put the animals to sleep", "hypnosis"),
        ("patients felt disconnected from their bodies", "dissociative"),
        ("an out-of-body feeling", "dissociative"),
        ("the mood-lifting effect of the drug", "antidepressant"),
        ("farmers who never used the fungicide", "unexposed"),
        ("workers in the top quarter of exposure", "topquartile"),
        ("(R)-methadone was weaker", "enantiomer"),
    ],
)
def test_lay_phrase_reads_as_the_record_word(lay: str, key: str) -> None:
    assert key in _stems(lay)


@pytest.mark.parametrize(
    "text",
    [
        "the lab was put under review",
        "cells detached from the culture plate",
        "the patients turned to their doctors",
    ],
)
def test_look_alike_phrases_are_not_read_as_lay_terms(text: str) -> None:
    assert not {"hypnosis", "dissociative", "righting"} & set(_stems(text))


def test_region_meets_brain_only_broadly_and_regions_stay_apart() -> None:
    brain = next(t for t in terms_of("in the brain"))
    prefrontal = next(t for t in terms_of("prefrontal"))
    hippocampus = next(t for t in terms_of("hippocampus"))
    assert brain.concepts & prefrontal.concepts
    assert all(c.startswith("~") for c in brain.concepts & prefrontal.concepts)
    assert not prefrontal.concepts & hippocampus.concepts


def test_multicompartment_is_broadly_a_compartment() -> None:
    assert "~" + stem("compartments") in _concepts("multicompartments")


def test_reporting_words_are_generic_but_scope_words_stay() -> None:
    assert {"warned", "caution", "ability", "enough"} <= GENERIC_WORDS
    for word in ("only", "never", "still", "all", "already"):
        assert SCOPE_WORDS.fullmatch(word)
        assert word not in GENERIC_WORDS


def test_harder_is_difficult_and_opposes_easy() -> None:
    assert "=difficult" in _concepts("harder to treat")
    assert "=difficult" not in _concepts("easier to treat")
