"""Review mends of qualitative support: manner and size words are claim words, a denial must
govern the absent thing, and a claimed comparison needs a sentence naming the other side."""

from __future__ import annotations

import pytest

from claimcheck.pubmed.model import AbstractSection, PubMedRecord
from claimcheck.report.model import Verdict
from claimcheck.verification import lexicon as lx
from claimcheck.verification.engine import verify


def trial(title: str, *sentences: str) -> PubMedRecord:
    return PubMedRecord(pmid="1", title=title, abstract=[AbstractSection(text=" ".join(sentences))])


@pytest.mark.parametrize("word", ["openly", "knowingly", "wittingly", "frankly"])
def test_a_manner_adverb_is_not_framing(word: str) -> None:
    assert not lx.FRAMING.search(f"Patients {word} took the tablets")


@pytest.mark.parametrize("word", ["interestingly", "actually", "surprisingly", "oddly"])
def test_a_commentary_adverb_is_framing(word: str) -> None:
    assert lx.FRAMING.search(f"Patients {word} took the tablets")


def test_an_open_label_claim_about_a_blinded_trial_is_not_supported() -> None:
    rec = trial(
        "Drug X for migraine: a double-blind crossover trial",
        "In a double-blind crossover design, twelve adults with migraine received drug X or "
        "placebo on two test days.",
    )
    said = "Twelve adults with migraine openly received drug X or placebo on two test days."
    assert verify(said, rec).verdict is not Verdict.SUPPORTED


@pytest.mark.parametrize("size", ["large", "small", "big", "modest"])
def test_a_size_word_before_study_is_not_dropped(size: str) -> None:
    assert not lx.SOURCE_FRAMING.search(f"In a {size} trial, pain fell")


def test_a_setting_word_before_study_is_still_framing() -> None:
    assert lx.SOURCE_FRAMING.search("In a recent trial, pain fell")


def test_an_unbacked_size_word_is_demanded_of_the_record() -> None:
    rec = trial(
        "Drug X versus placebo after knee surgery",
        "Compared with placebo, drug X produced a greater reduction in pain scores at 24 hours "
        "after knee surgery.",
    )
    said = (
        "In a huge study, compared with placebo, drug X produced a greater reduction in pain "
        "scores at 24 hours after knee surgery."
    )
    large = said.replace("huge", "large")
    assert verify(large, rec).verdict is verify(said, rec).verdict
    assert verify(large, rec).verdict is not Verdict.SUPPORTED


def test_a_denial_of_the_absent_thing_says_the_absence() -> None:
    rec = trial(
        "Drug Y for chronic back pain",
        "Drug Y lowered back pain scores in older adults with no drowsiness reported.",
    )
    said = "Drug Y lowered back pain scores in older adults without causing drowsiness."
    assert verify(said, rec).verdict is Verdict.SUPPORTED
