"""Round 22 (journals, authors and years in prose): one-word journals used as an adjective of
the work ("A 2014 Obesity trial"), surnames before "et al." or "and colleagues" read as the
work's authors (never as a journal), and "way back in <year>" owned by the year check."""

from __future__ import annotations

import pytest

from claimcheck.pubmed.model import AbstractSection, Author, Journal, PartialDate, PubMedRecord
from claimcheck.report.model import FindingKind, Verdict
from claimcheck.verification.assertions import extract_assertions
from claimcheck.verification.engine import verify

_FLU = PubMedRecord(
    pmid="22",
    title="Influenza vaccination of older adults in care homes: a cluster randomised trial",
    abstract=[
        AbstractSection(
            text="We randomised 120 care homes to high-dose or standard-dose influenza vaccine. "
            "Hospital admissions for pneumonia were lower with the high-dose vaccine "
            "(P = 0.01). Serious adverse events were rare in both groups."
        )
    ],
    journal=Journal(
        title="Clinical infectious diseases", iso_abbreviation="Clin Infect Dis", volume="60"
    ),
    pub_date=PartialDate(year=2014, month=3),
    authors=[
        Author(last_name="Okafor", fore_name="Ngozi", initials="N"),
        Author(last_name="Lindqvist", fore_name="Per", initials="P"),
    ],
)


def _kinds(claim: str, kind: FindingKind) -> list[Verdict]:
    return [f.verdict for f in verify(claim, _FLU).findings if f.kind is kind]


@pytest.mark.parametrize(
    "claim",
    [
        "A 2014 Obesity trial in care homes found fewer pneumonia admissions with the high dose.",
        "The 2014 Cryobiology report found fewer pneumonia admissions with the high-dose vaccine.",
        "A 2014 Epilepsia paper found fewer pneumonia admissions with the high-dose vaccine.",
    ],
)
def test_a_one_word_journal_as_the_works_adjective_is_a_journal(claim: str) -> None:
    assert _kinds(claim, FindingKind.JOURNAL) == [Verdict.METADATA_MISMATCH]
    assert verify(claim, _FLU).verdict is Verdict.METADATA_MISMATCH


@pytest.mark.parametrize(
    "claim",
    [
        # a topic word, lowercase, is never a journal
        "A 2014 vaccine trial in care homes found fewer pneumonia admissions with the high dose.",
        # undated, a one-word name topics share may still be the subject
        "A Vaccine trial in care homes found fewer pneumonia admissions with the high dose.",
    ],
)
def test_a_topic_word_before_study_is_no_journal(claim: str) -> None:
    assert extract_assertions(claim).journals == ()


def test_a_dated_one_word_journal_that_is_the_records_own_subject_is_no_mismatch() -> None:
    # "Vaccine" is a one-word journal, read as one with a year, but this record is about a
    # vaccine: the name may be the subject, so no mismatch is claimed on it
    claim = "A 2014 Vaccine study found fewer pneumonia admissions with the high-dose vaccine."
    assert [j.name for j in extract_assertions(claim).journals] == ["Vaccine"]
    assert Verdict.METADATA_MISMATCH not in _kinds(claim, FindingKind.JOURNAL)


@pytest.mark.parametrize(
    "claim",
    [
        "Most of the trials in the Okafor et al. review gave the high-dose vaccine in October.",
        "Several studies in the Lindqvist et al. meta-analysis favoured the high-dose vaccine.",
        "The research in Moreau and colleagues' review found fewer pneumonia admissions.",
    ],
)
def test_a_surname_before_et_al_is_never_a_journal(claim: str) -> None:
    assert extract_assertions(claim).journals == ()
    assert FindingKind.JOURNAL not in {f.kind for f in verify(claim, _FLU).findings}


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("Okafor et al. found fewer pneumonia admissions with the high-dose vaccine.",
         Verdict.SUPPORTED),
        ("Okafor and Lindqvist reported fewer pneumonia admissions with the high-dose vaccine.",
         Verdict.SUPPORTED),
        ("Moreau et al. found fewer pneumonia admissions with the high-dose vaccine.",
         Verdict.METADATA_MISMATCH),
        ("Okafor and Tanaka reported fewer pneumonia admissions with the high-dose vaccine.",
         Verdict.METADATA_MISMATCH),
        ("In the trial by Moreau and colleagues, pneumonia admissions fell with the high dose.",
         Verdict.METADATA_MISMATCH),
    ],
)  # fmt: skip
def test_authors_named_in_prose_are_read_against_the_records_authors(
    claim: str, verdict: Verdict
) -> None:
    assert _kinds(claim, FindingKind.AUTHOR) == [verdict]


def test_another_works_authors_the_claim_compares_with_are_not_judged() -> None:
    claim = "Unlike Moreau et al., this trial found fewer pneumonia admissions with the high dose."
    assert _kinds(claim, FindingKind.AUTHOR) == []


@pytest.mark.parametrize(
    "claim",
    [
        "Way back in 2014, a trial in care homes found fewer pneumonia admissions with the "
        "high-dose vaccine.",
        "Way back in 2014, researchers found fewer pneumonia admissions with the high-dose "
        "vaccine.",
    ],
)
def test_way_back_in_a_year_is_no_word_the_abstract_must_hold(claim: str) -> None:
    terms = {t.text.lower() for t in extract_assertions(claim).key_terms}
    assert not terms & {"way", "back"}


def test_way_back_in_a_year_before_a_publication_dates_it() -> None:
    claim = "Way back in 2009, a review in the journal Vaccine looked at influenza vaccination."
    assert [y.year for y in extract_assertions(claim).years] == [2009]
    assert _kinds(claim, FindingKind.YEAR) == [Verdict.METADATA_MISMATCH]
