"""Year and journal checks against record metadata."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from claimcheck.pubmed.model import Journal, PartialDate, PubMedRecord
from claimcheck.pubmed.parser import parse_records
from claimcheck.report.model import FindingKind, Verdict
from claimcheck.verification.assertions import extract_assertions
from claimcheck.verification.checks.metadata import check_metadata, names_match
from claimcheck.verification.index import build_index

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


@cache
def record(pmid: str) -> PubMedRecord:
    return parse_records((FIXTURES / f"{pmid}.xml").read_bytes())[0]


def verdicts(claim: str, rec: PubMedRecord, kind: FindingKind) -> list[Verdict]:
    findings = check_metadata(extract_assertions(claim), rec, build_index(rec))
    return [f.verdict for f in findings if f.kind is kind]


def test_year_of_print_matches() -> None:
    claim = "A placebo-controlled, double-blinded clinical trial from 2020 tested ketamine"
    assert verdicts(claim, record("31526207"), FindingKind.YEAR) == [Verdict.SUPPORTED]


def test_year_is_a_mismatch_when_neither_print_nor_epub_year_fits() -> None:
    # Short et al.: Lancet Psychiatry 2018 Jan, online 2017 Jul.
    rec = record("28757132")
    findings = check_metadata(
        extract_assertions("A 2019 medical review on ketamine documented side effects"),
        rec,
        build_index(rec),
    )
    (year,) = findings
    assert year.verdict is Verdict.METADATA_MISMATCH
    assert "2018" in year.message and "2017" in year.message
    assert year.evidence is not None and year.evidence.span is None


def test_the_electronic_year_is_accepted_too() -> None:
    # Phillips et al.: printed 2019 May, e-published 2019 Mar; Short et al.: online 2017.
    assert verdicts("A 2017 review found side effects", record("28757132"), FindingKind.YEAR) == [
        Verdict.SUPPORTED
    ]


def test_a_record_without_dates_cannot_confirm_a_year() -> None:
    rec = PubMedRecord(pmid="1", title="t", pub_date=PartialDate())
    assert verdicts("a 2019 study found benefits", rec, FindingKind.YEAR) == [Verdict.NOT_IN_SOURCE]


@pytest.mark.parametrize(
    ("claim", "pmid"),
    [
        ("A medical review published in the Anesthesia & Analgesia journal found relief",
         "31082965"),
        ("According to a medical review in the Brain Research Bulletin, ketamine is addictive",
         "27261367"),
    ],
)  # fmt: skip
def test_journal_names_match_across_ampersands_and_case(claim: str, pmid: str) -> None:
    assert verdicts(claim, record(pmid), FindingKind.JOURNAL) == [Verdict.SUPPORTED]


def test_a_different_journal_is_a_mismatch() -> None:
    claim = "A review published in the Journal of Pain found relief"
    rec = record("31082965")
    (finding,) = check_metadata(extract_assertions(claim), rec, build_index(rec))
    assert finding.verdict is Verdict.METADATA_MISMATCH
    assert "Anesthesia and Analgesia" in finding.message


@pytest.mark.parametrize(
    ("claimed", "official", "same"),
    [
        ("Journal of Neuroscience", "J Neurosci", True),
        ("the journal of neuroscience", "The Journal of Neuroscience : The Official Journal of "
         "the Society for Neuroscience", True),
        ("Journal of Psychopharmacology", "Journal of psychopharmacology (Oxford, England)", True),
        ("Anesthesia & Analgesia", "Anesth Analg", True),
        ("Lancet", "Lancet Psychiatry", False),
        ("Brain Research", "Brain research bulletin", False),
    ],
)  # fmt: skip
def test_journal_name_normalisation(claimed: str, official: str, same: bool) -> None:
    assert names_match(claimed, official) is same


def test_a_record_without_journal_cannot_confirm_one() -> None:
    rec = PubMedRecord(pmid="1", title="t", journal=Journal())
    assert verdicts("published in the Lancet", rec, FindingKind.JOURNAL) == [Verdict.NOT_IN_SOURCE]
