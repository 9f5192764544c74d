"""Explicit `expect:` entries, each checked and reported as its own finding."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from claimcheck.claims.model import Expect
from claimcheck.pubmed.model import PubMedRecord
from claimcheck.pubmed.parser import parse_records
from claimcheck.report.model import FindingKind, Verdict
from claimcheck.verification.checks.expectations import check_expectations
from claimcheck.verification.index import build_index

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
S, M, C, N = (
    Verdict.SUPPORTED,
    Verdict.METADATA_MISMATCH,
    Verdict.CONTRADICTED,
    Verdict.NOT_IN_SOURCE,
)


@cache
def record(pmid: str) -> PubMedRecord:
    return parse_records((FIXTURES / f"{pmid}.xml").read_bytes())[0]


def expected(expect: Expect, pmid: str) -> list[tuple[str, Verdict]]:
    rec = record(pmid)
    findings = check_expectations(expect, rec, build_index(rec))
    assert all(f.kind is FindingKind.EXPECTATION for f in findings)
    return [(f.message.split(":")[0], f.verdict) for f in findings]


def test_numbers_must_appear_in_the_abstract() -> None:
    expect = Expect(numbers=["59%", "41", "72%"])
    assert expected(expect, "30922101") == [
        ("expect numbers '59%'", S),
        ("expect numbers '41'", S),
        ("expect numbers '72%'", N),
    ]


def test_metadata_expectations() -> None:
    expect = Expect(
        year=2020,
        journal="Journal of Psychopharmacology",
        design=["double-blind", "placebo-controlled", "not open-label"],
        sample_size=12,
        comparator="midazolam",
        population="generalized anxiety disorder",
    )
    assert expected(expect, "31526207") == [
        ("expect year", S),
        ("expect journal", S),
        ("expect design 'double-blind'", S),
        ("expect design 'placebo-controlled'", M),
        ("expect design 'not open-label'", S),  # double-blind rules out open-label
        ("expect sample_size", S),
        ("expect comparator", S),
        ("expect population", S),
    ]


def test_wrong_expectations_fail() -> None:
    expect = Expect(year=2017, sample_size=50, comparator="sertraline", country="Canada")
    assert expected(expect, "30922101") == [
        ("expect year", M),
        ("expect sample_size", M),
        ("expect comparator", C),
        ("expect country", N),  # no affiliations in this record
    ]
