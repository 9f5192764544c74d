"""Funders against grants; study places against author affiliations."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from claimcheck.pubmed.model import Author, Grant, PubMedRecord
from claimcheck.pubmed.parser import parse_records
from claimcheck.report.model import FindingKind, Verdict
from claimcheck.verification.assertions import extract_assertions
from claimcheck.verification.checks.funding import check_funding
from claimcheck.verification.index import build_index

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


@cache
def record(pmid: str) -> PubMedRecord:
    return parse_records((FIXTURES / f"{pmid}.xml").read_bytes())[0]


def verdicts(claim: str, rec: PubMedRecord) -> list[tuple[FindingKind, Verdict]]:
    findings = check_funding(extract_assertions(claim), rec, build_index(rec))
    return [(f.kind, f.verdict) for f in findings]


def test_no_grants_means_sponsorship_cannot_be_checked() -> None:
    rec = record("30922101")
    (finding,) = check_funding(
        extract_assertions("This study was sponsored by a Canadian university"),
        rec,
        build_index(rec),
    )
    assert finding.verdict is Verdict.NOT_IN_SOURCE
    assert "no funding" in finding.message


def test_grants_confirm_or_contradict_a_funder() -> None:
    rec = PubMedRecord(
        pmid="1", title="t", grants=[Grant(agency="NIMH NIH HHS", country="United States")]
    )
    assert verdicts("The trial was funded by the US government", rec) == [
        (FindingKind.FUNDER, Verdict.SUPPORTED)
    ]
    assert verdicts("The trial was funded by a Canadian university", rec) == [
        (FindingKind.FUNDER, Verdict.METADATA_MISMATCH)
    ]
    assert verdicts("The trial was sponsored by a pharmaceutical company", rec) == [
        (FindingKind.FUNDER, Verdict.METADATA_MISMATCH)
    ]


def test_places_are_read_from_affiliations() -> None:
    # Orhurhu 2019: Boston, Baltimore, Toronto (Canada), Bethesda.
    rec = record("31082965")
    assert verdicts("A Canadian study found relief", rec) == [
        (FindingKind.COUNTRY, Verdict.SUPPORTED)
    ]
    assert verdicts("A German study found relief", rec) == [
        (FindingKind.COUNTRY, Verdict.METADATA_MISMATCH)
    ]
    bare = PubMedRecord(pmid="1", title="t", authors=[Author(last_name="Doe")])
    assert verdicts("A German study found relief", bare) == [
        (FindingKind.COUNTRY, Verdict.NOT_IN_SOURCE)
    ]
