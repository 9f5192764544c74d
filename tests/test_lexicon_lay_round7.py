"""Round 19 word tables: a citation header naming the record's own journal ("(Eur J Pain)",
"Eur J Pain 2012") is where the work appeared, not a claim word the abstract must contain;
and lay or shorthand words for common abstract terms ("commonest", "unwanted effects",
"nerve-related", "brain messenger", "pts", "incl.")."""

from __future__ import annotations

import pytest

from claimcheck.pubmed.model import AbstractSection, Journal, PartialDate, PubMedRecord
from claimcheck.report.model import Verdict
from claimcheck.verification.engine import verify
from claimcheck.verification.index import build_index, terms_of

_SENTENCE = "Topical capsaicin reduced neuropathic pain scores more than vehicle cream."


def _record(*sentences: str, journal: Journal | None = None) -> PubMedRecord:
    return PubMedRecord(
        pmid="1",
        title="A trial of topical capsaicin",
        abstract=[AbstractSection(text=" ".join(sentences))],
        journal=journal or Journal(title="European journal of pain", iso_abbreviation="Eur J Pain"),
        pub_date=PartialDate(year=2012),
    )


def _concepts(text: str) -> set[str]:
    return {c for t in terms_of(text) for c in t.concepts}


# --- the record's own journal in a citation header ---------------------------------------------


@pytest.mark.parametrize(
    "claim",
    [
        "Smith 2012 (Eur J Pain): topical capsaicin reduced neuropathic pain scores more than "
        "vehicle cream.",
        "Smith et al., Eur J Pain 2012, topical capsaicin reduced neuropathic pain scores more "
        "than vehicle cream.",
        "Smith (European Journal of Pain, 2012): topical capsaicin reduced neuropathic pain "
        "scores more than vehicle cream.",
    ],
)
def test_own_journal_in_citation_is_not_a_claim_word(claim: str) -> None:
    assert verify(claim, _record(_SENTENCE)).verdict is Verdict.SUPPORTED


def test_journal_spans_cover_only_citation_form() -> None:
    index = build_index(_record(_SENTENCE, journal=Journal(title="Gut", iso_abbreviation="Gut")))
    cited = "Bao (Gut), 2013: shorter telomeres"
    prose = "Gut bacteria made shorter telomeres"
    assert [cited[a:b] for a, b in index.journal_spans(cited)] == ["Gut"]
    assert index.journal_spans(prose) == []
    assert index.journal_spans("the gut (2013)") == []  # lower case is a word, not the journal


def test_a_different_journal_is_still_a_claim_word() -> None:
    index = build_index(_record(_SENTENCE))
    assert index.journal_spans("Smith 2012 (Pain Med): capsaicin") == []


# --- lay and shorthand words ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lay", "technical"),
    [
        ("commonest", "most common"),
        ("unwanted effects", "undesirable effects"),
        ("unwanted effects", "adverse events"),
        ("nerve-related", "neurological"),
        ("mental", "psychiatric"),
        ("brain messenger", "neurotransmitter"),
        ("pts", "patients"),
        ("feel low", "depressed"),
        ("SBP", "systolic blood pressure"),
    ],
)
def test_lay_word_shares_a_concept(lay: str, technical: str) -> None:
    assert _concepts(lay) & _concepts(technical)


def test_lay_side_effect_claim_is_supported() -> None:
    record = _record(
        "Dizziness, headache and insomnia were the most common undesirable effects of pregabalin."
    )
    claim = "Dizziness, headache and insomnia were the commonest unwanted effects of pregabalin."
    assert verify(claim, record).verdict is Verdict.SUPPORTED


def test_mental_is_not_neurological() -> None:
    assert not (_concepts("mental") & _concepts("neurological"))


def test_another_journal_in_the_header_is_never_supported() -> None:
    claim = (
        "Smith 2012 (Clin J Pain): topical capsaicin reduced neuropathic pain scores more than "
        "vehicle cream."
    )
    assert verify(claim, _record(_SENTENCE)).verdict is Verdict.METADATA_MISMATCH
