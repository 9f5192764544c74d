"""Round 14: a change set aside with "rather than" is not claimed, and "did more to ease" grades
the easing instead of claiming an increase."""

from __future__ import annotations

import pytest

from claimcheck.pubmed.model import AbstractSection, PubMedRecord
from claimcheck.report.model import FindingKind, Verdict
from claimcheck.verification.assertions import Axis, DirectionAssertion, Phrase
from claimcheck.verification.checks.direction import _grades_a_verb
from claimcheck.verification.engine import verify


def _record(*sentences: str) -> PubMedRecord:
    text = " ".join(sentences)
    return PubMedRecord(pmid="1", title="A trial of drug X", abstract=[AbstractSection(text=text)])


def _direction_verdicts(claim: str, record: PubMedRecord) -> list[Verdict]:
    result = verify(claim, record)
    return [f.verdict for f in result.findings if f.kind is FindingKind.DIRECTION]


_PLATEAU = _record(
    "Sixty adults with psoriasis received drug X every two weeks.",
    "Itch scores fell during the first month.",
    "Patients had no further change in itch scores during monthly maintenance doses.",
)


def test_continued_change_set_aside_with_rather_than_is_not_contradicted() -> None:
    claim = (
        "During monthly maintenance doses, itch scores stayed flat rather than improving further."
    )
    assert Verdict.CONTRADICTED not in _direction_verdicts(claim, _PLATEAU)


def test_continued_change_still_contradicted_when_claimed() -> None:
    claim = "During monthly maintenance doses, itch scores kept improving."
    assert Verdict.CONTRADICTED in _direction_verdicts(claim, _PLATEAU)


_GREATER_DROP = _record(
    "Eighty adults with gout were randomized to drug X or colchicine.",
    "Compared with colchicine, drug X produced a significantly greater reduction in joint pain at"
    " 48 hours.",
)


@pytest.mark.parametrize(
    ("text", "graded"),
    [
        ("drug X did more to ease joint pain than colchicine", True),
        ("the patch did less to lower blood pressure than the pill", True),
        ("drug X did more good to patients than colchicine", False),
        ("drug X caused more joint pain than colchicine", False),
        ("pain was less in the drug X arm", False),
    ],
)
def test_more_before_to_and_a_verb_grades_that_verb(text: str, graded: bool) -> None:
    word = "more" if " more " in text else "less"
    start = text.index(f" {word} ") + 1
    phrase = Phrase(word, start, start + len(word))
    assert _grades_a_verb(text, DirectionAssertion(Axis.CHANGE, word == "more", phrase)) is graded


def test_more_to_ease_claim_is_not_contradicted() -> None:
    claim = "Drug X did more to ease joint pain than colchicine at 48 hours."
    assert Verdict.CONTRADICTED not in _direction_verdicts(claim, _GREATER_DROP)


def test_plain_more_pain_is_still_an_increase() -> None:
    claim = "Drug X caused more joint pain than colchicine at 48 hours."
    assert verify(claim, _GREATER_DROP).verdict is not Verdict.SUPPORTED
