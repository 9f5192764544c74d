"""Round 18 (citation headers): terse claims that open with "<Journal> <Year>:", "<Author> et al.
(<Year>)", "Per <Author> & <Author>, ..." have their journal, year, authors and author count read
against the record."""

from __future__ import annotations

from claimcheck.pubmed.model import (
    AbstractSection,
    Author,
    Journal,
    PartialDate,
    PubMedRecord,
)
from claimcheck.report.model import FindingKind, Verdict
from claimcheck.verification.checks.metadata import citation_header
from claimcheck.verification.engine import verify

_STATINS = PubMedRecord(
    pmid="7",
    title="Atorvastatin and stroke recurrence in older adults",
    abstract=[
        AbstractSection(
            text="We randomised 412 older adults after ischaemic stroke to atorvastatin or "
            "placebo. Atorvastatin reduced recurrent stroke compared with placebo. "
            "Patients were enrolled from 2011 to 2014."
        )
    ],
    journal=Journal(title="Stroke", iso_abbreviation="Stroke", medline_ta="Stroke", volume="50"),
    pub_date=PartialDate(year=2019, month=3),
    authors=[Author(last_name="Okafor", initials="A"), Author(last_name="Lindqvist", initials="B")],
)

_FINDING = "atorvastatin reduced recurrent stroke compared with placebo"


def _kinds(claim: str, kind: FindingKind) -> list[Verdict]:
    return [f.verdict for f in verify(claim, _STATINS).findings if f.kind is kind]


def test_a_well_known_journal_in_a_header_that_is_not_the_records_is_a_mismatch() -> None:
    claim = f"Circulation 2019: {_FINDING}."
    assert _kinds(claim, FindingKind.JOURNAL) == [Verdict.METADATA_MISMATCH]
    assert verify(claim, _STATINS).verdict is Verdict.METADATA_MISMATCH


def test_the_records_journal_and_year_in_a_header_are_supported() -> None:
    claim = f"Stroke, 2019: {_FINDING}."
    assert _kinds(claim, FindingKind.JOURNAL) == [Verdict.SUPPORTED]
    assert _kinds(claim, FindingKind.YEAR) == [Verdict.SUPPORTED]


def test_an_abbreviated_journal_in_a_header_is_read_as_a_journal() -> None:
    claim = f"Lindqvist et al. (J Neurol Sci, 2019): {_FINDING}."
    assert _kinds(claim, FindingKind.JOURNAL) == [Verdict.METADATA_MISMATCH]
    assert _kinds(claim, FindingKind.AUTHOR) == [Verdict.SUPPORTED]


def test_a_header_year_is_the_publication_year() -> None:
    claim = f"Okafor 2016: {_FINDING}."
    assert _kinds(claim, FindingKind.YEAR) == [Verdict.METADATA_MISMATCH]
    assert verify(claim, _STATINS).verdict is Verdict.METADATA_MISMATCH


def test_a_header_year_is_not_dated_as_an_event_of_the_study() -> None:
    # the abstract gives 2011-2014 to enrolment; the header's 2019 dates the paper
    claim = f"Stroke 2019 trial: {_FINDING}."
    years = [f for f in verify(claim, _STATINS).findings if f.kind is FindingKind.YEAR]
    assert [f.verdict for f in years] == [Verdict.SUPPORTED]


def test_author_surnames_are_checked_against_the_author_list() -> None:
    assert _kinds(f"Per Okafor & Lindqvist, {_FINDING}.", FindingKind.AUTHOR) == [Verdict.SUPPORTED]
    wrong = f"Per Okafor & Brennan, {_FINDING}."
    assert _kinds(wrong, FindingKind.AUTHOR) == [Verdict.METADATA_MISMATCH]
    assert verify(wrong, _STATINS).verdict is Verdict.METADATA_MISMATCH


def test_an_unknown_surname_with_et_al_is_a_mismatch() -> None:
    claim = f"Haverkamp et al. (2019): {_FINDING}."
    assert _kinds(claim, FindingKind.AUTHOR) == [Verdict.METADATA_MISMATCH]


def test_an_author_surname_is_never_taken_for_a_journal() -> None:
    claim = f"Lindqvist 2019: {_FINDING}."
    assert _kinds(claim, FindingKind.JOURNAL) == []
    assert _kinds(claim, FindingKind.AUTHOR) == [Verdict.SUPPORTED]
    assert verify(claim, _STATINS).verdict is Verdict.SUPPORTED


def test_a_name_cited_beside_the_year_that_is_neither_journal_nor_author_is_a_mismatch() -> None:
    claim = f"Marchetti, 2019: {_FINDING}."
    assert verify(claim, _STATINS).verdict is Verdict.METADATA_MISMATCH


def test_a_topic_word_in_the_header_is_not_a_citation() -> None:
    claim = f"Atorvastatin 2019 trial: {_FINDING}."
    assert _kinds(claim, FindingKind.AUTHOR) == []
    assert _kinds(claim, FindingKind.JOURNAL) == []
    assert verify(claim, _STATINS).verdict is Verdict.SUPPORTED


def test_the_author_count_in_a_header_is_checked() -> None:
    assert _kinds(f"Stroke 2019, two authors: {_FINDING}.", FindingKind.AUTHOR) == [
        Verdict.SUPPORTED
    ]
    single = f"Stroke 2019, single author: {_FINDING}."
    assert _kinds(single, FindingKind.AUTHOR) == [Verdict.METADATA_MISMATCH]
    assert verify(single, _STATINS).verdict is Verdict.METADATA_MISMATCH


def test_a_sole_author_anywhere_in_the_claim_is_checked() -> None:
    claim = f"In a single-authored paper, {_FINDING}."
    assert _kinds(claim, FindingKind.AUTHOR) == [Verdict.METADATA_MISMATCH]


def test_event_years_in_a_header_are_not_publication_years() -> None:
    header = citation_header(f"Enrolment from 2011 to 2014: {_FINDING}.")
    assert header is None or header.years == ()


def test_a_spaced_dash_inside_a_journal_name_does_not_end_a_header() -> None:
    assert citation_header(f"A review in Brain - Behavior Reports says {_FINDING}.") is None


def test_a_plain_claim_has_no_header() -> None:
    assert citation_header(f"In older adults, {_FINDING}.") is None
    assert _kinds(f"Researchers found that {_FINDING}.", FindingKind.AUTHOR) == []
