"""Round 17: before/after the same event, and lay words for common side effects."""

from __future__ import annotations

import pytest

from claimcheck.pubmed.model import AbstractSection, PubMedRecord
from claimcheck.report.model import Verdict
from claimcheck.verification.engine import verify
from claimcheck.verification.index import opposites, terms_of


def _timed(text: str) -> set[str]:
    return {c for t in terms_of(text) for c in t.concepts if c.startswith(("pre^", "post^"))}


@pytest.mark.parametrize(
    ("prefixed", "phrase"),
    [
        ("preoperative anxiety", "anxiety before surgery"),
        ("postoperative delirium", "delirium following the operation"),
        ("prenatal smoking", "smoking before birth"),
        ("postprandial insulin", "insulin after a meal"),
        ("postdiagnostic survival", "survival after being diagnosed"),
        ("post-infusion ratings", "ratings after the infusion"),
        ("postpartum mood", "mood after the babies were born"),
    ],
)
def test_prefixed_word_and_phrase_name_the_same_time(prefixed: str, phrase: str) -> None:
    assert _timed(prefixed) and _timed(prefixed) & _timed(phrase)


def test_a_verb_clause_times_the_event() -> None:
    assert "post^diagnos" in _timed("scans taken after the older patients had been diagnosed")
    assert "pre^surgeri" in _timed("samples frozen before they were operated on")


def test_clause_with_a_preposition_or_number_times_nothing() -> None:
    assert not _timed("levels after 6 months in diagnosed patients")
    assert not _timed("the following treatment options")


def test_before_and_after_are_opposites() -> None:
    before = next(t for t in terms_of("before surgery"))
    assert "post^surgeri" in opposites(before)


def _record(abstract: str) -> PubMedRecord:
    return PubMedRecord(
        pmid="1", title="Bone density in older women", abstract=[AbstractSection(text=abstract)]
    )


_ABSTRACT = (
    "We compared preoperative bone mineral density in 210 women scheduled for hip replacement. "
    "Lower bone mineral density predicted a longer hospital stay."
)


def test_other_side_of_the_event_is_contradicted() -> None:
    claim = "Bone mineral density was measured in the women after they were operated on."
    assert verify(claim, _record(_ABSTRACT)).verdict is Verdict.CONTRADICTED


def test_same_side_of_the_event_is_not_contradicted() -> None:
    claim = "Bone mineral density was measured in the women before surgery."
    assert verify(claim, _record(_ABSTRACT)).verdict is not Verdict.CONTRADICTED


def test_other_side_timing_another_thing_is_no_contradiction() -> None:
    claim = "The hospital stay after surgery was longer in women with lower density."
    assert verify(claim, _record(_ABSTRACT)).verdict is not Verdict.CONTRADICTED


@pytest.mark.parametrize(
    ("lay", "technical"),
    [
        ("patients feeling sick", "patient nausea"),
        ("blurry eyesight", "blurred vision"),
        ("a habit-forming drug", "an addictive drug"),
    ],
)
def test_lay_side_effect_words_match(lay: str, technical: str) -> None:
    lay_stems = {t.stem for t in terms_of(lay)}
    technical_concepts = {c for t in terms_of(technical) for c in t.concepts}
    assert lay_stems & technical_concepts
