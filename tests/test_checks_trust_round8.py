"""Round 19 trust classes: an "only one X" count, and a field-of-study journal in a citation's
brackets."""

from __future__ import annotations

from claimcheck.pubmed.model import AbstractSection, Author, Journal, PartialDate, PubMedRecord
from claimcheck.report.model import Verdict
from claimcheck.verification.assertions import extract_assertions
from claimcheck.verification.engine import verify


def _record(abstract: str, journal: str = "Journal of Hepatic Studies") -> PubMedRecord:
    return PubMedRecord(
        pmid="11111111",
        title="Gene variants and liver fibrosis in a cohort",
        abstract=[AbstractSection(text=abstract)],
        journal=Journal(title=journal, iso_abbreviation="J Hepat Stud"),
        pub_date=PartialDate(year=2019),
        authors=[Author(last_name="Moreau", initials="A")],
    )


_ABSTRACT = (
    "We genotyped variants near the PNPLA3 locus in 900 adults. "
    "Four variants near PNPLA3 were associated with advanced fibrosis. "
    "Fibrosis was staged by biopsy."
)


def test_only_one_counted_noun_is_a_claimed_count() -> None:
    claimed = extract_assertions("Only one locus near PNPLA3 was associated with fibrosis.")
    assert [q.quantity.value for q in claimed.quantities] == [1.0]


def test_plain_one_stays_unread() -> None:
    claimed = extract_assertions("One locus near PNPLA3 was associated with fibrosis.")
    assert claimed.quantities == ()


def test_only_one_against_a_larger_count_is_contradicted() -> None:
    result = verify(
        "Just one variant near PNPLA3 was associated with advanced fibrosis.", _record(_ABSTRACT)
    )
    assert result.verdict is Verdict.CONTRADICTED


def test_the_same_count_stays_supported() -> None:
    result = verify(
        "Four variants near PNPLA3 were associated with advanced fibrosis.", _record(_ABSTRACT)
    )
    assert result.verdict is Verdict.SUPPORTED


def test_bracketed_field_of_study_journal_is_checked() -> None:
    claim = (
        "Moreau 2019 (Hepatology): four variants near PNPLA3 were"
        " associated with advanced fibrosis."
    )
    result = verify(claim, _record(_ABSTRACT))
    assert result.verdict is Verdict.METADATA_MISMATCH


def test_bracketed_journal_with_year_is_checked() -> None:
    claim = (
        "Moreau (Gastroenterology Reports, 2019): four variants near PNPLA3 were"
        " associated with advanced fibrosis."
    )
    result = verify(claim, _record(_ABSTRACT))
    assert result.verdict is Verdict.METADATA_MISMATCH


def test_bracketed_right_journal_stays_supported() -> None:
    claim = (
        "Moreau 2019 (Hepatology): four variants near PNPLA3 were"
        " associated with advanced fibrosis."
    )
    result = verify(claim, _record(_ABSTRACT, journal="Hepatology"))
    journals = [f for f in result.findings if f.kind.value == "journal"]
    assert [f.verdict for f in journals] == [Verdict.SUPPORTED]
    assert result.verdict is not Verdict.METADATA_MISMATCH
