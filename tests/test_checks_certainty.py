"""Certainty: a claim surer than its source."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from claimcheck.pubmed.model import PubMedRecord
from claimcheck.pubmed.parser import parse_records
from claimcheck.report.model import Verdict
from claimcheck.verification.assertions import extract_assertions
from claimcheck.verification.checks.certainty import check_certainty
from claimcheck.verification.index import build_index

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


@cache
def record(pmid: str) -> PubMedRecord:
    return parse_records((FIXTURES / f"{pmid}.xml").read_bytes())[0]


def verdicts(claim: str, pmid: str) -> list[Verdict]:
    rec = record(pmid)
    return [f.verdict for f in check_certainty(extract_assertions(claim), rec, build_index(rec))]


def test_proven_against_suggested_is_contradicted() -> None:
    # Liu 2016: "ketamine psychotherapy has been suggested to be a promising approach to treat
    # addiction of other drugs".
    rec = record("27261367")
    (finding,) = check_certainty(
        extract_assertions(
            "it also has the proven potential to help treat addiction to other drugs"
        ),
        rec,
        build_index(rec),
    )
    assert finding.verdict is Verdict.CONTRADICTED
    assert "proven" in finding.message and "suggested" in finding.message


def test_the_same_claim_hedged_is_not_overstated() -> None:
    assert verdicts("ketamine may help treat addiction to other drugs", "27261367") == []


def test_a_hedge_about_something_nearby_does_not_contradict() -> None:
    # Short 2018 hedges long-term safety; the claim is about short-term safety.
    claim = "Researchers have noted that the safety of short-term ketamine use is well-documented"
    assert Verdict.CONTRADICTED not in verdicts(claim, "28757132")


def test_shown_when_the_record_only_suggests_is_not_backed() -> None:
    # Berman 2000's conclusion only suggests a role for NMDA drugs in general.
    claim = "research has shown a role for NMDA receptor-modulating drugs in treating depression"
    assert verdicts(claim, "10686270") == [Verdict.NOT_IN_SOURCE]
