"""Comparators: what the claim says was compared with what the record compared."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from claimcheck.pubmed.model import AbstractSection, PubMedRecord
from claimcheck.pubmed.parser import parse_records
from claimcheck.report.model import Finding, Verdict
from claimcheck.verification.assertions import extract_assertions
from claimcheck.verification.checks.comparator import check_comparator
from claimcheck.verification.index import build_index

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
S, C, N = Verdict.SUPPORTED, Verdict.CONTRADICTED, Verdict.NOT_IN_SOURCE


@cache
def record(pmid: str) -> PubMedRecord:
    return parse_records((FIXTURES / f"{pmid}.xml").read_bytes())[0]


def judged(claim: str, rec: PubMedRecord) -> list[Finding]:
    return check_comparator(extract_assertions(claim), rec, build_index(rec))


def abstract(text: str) -> PubMedRecord:
    return PubMedRecord(pmid="1", title="A trial", abstract=[AbstractSection(text=text)])


def test_an_antidepressant_is_not_an_active_placebo() -> None:
    claim = "the trial compared the results with patients taking a popular pharmaceutical "
    claim += "antidepressant"
    (finding,) = judged(claim, record("30922101"))
    assert finding.verdict is C
    assert "midazolam" in finding.message and "active placebo" in finding.message
    assert finding.evidence is not None and "midazolam" in finding.evidence.sentence


def test_a_drug_treatment_is_not_an_active_placebo() -> None:
    (finding,) = judged("one single ketamine infusion was more effective than the pharma drug",
                        record("30922101"))  # fmt: skip
    assert finding.verdict is C


@pytest.mark.parametrize(("pmid", "verdict"), [("10686270", S), ("30922101", S), ("31526207", C)])
def test_placebo_claims(pmid: str, verdict: Verdict) -> None:
    # Berman: saline placebo; Phillips: midazolam "an active placebo control"; Glue 2020:
    # midazolam "the control" of a "psychoactive-controlled" study, never called a placebo.
    (finding,) = judged("ketamine was more effective than placebo", record(pmid))
    assert finding.verdict is verdict


def test_named_drugs_and_classes() -> None:
    rec = abstract("Patients were randomized to ketamine versus sertraline for eight weeks.")
    assert [f.verdict for f in judged("ketamine was compared with sertraline", rec)] == [S]
    assert [f.verdict for f in judged("ketamine beat a popular antidepressant", rec)] == [S]
    assert [f.verdict for f in judged("ketamine was compared with escitalopram", rec)] == [C]
    assert [f.verdict for f in judged("ketamine was better than placebo", rec)] == [C]


def test_no_comparator_in_the_record_is_not_in_source() -> None:
    (finding,) = judged("ketamine worked better than placebo", record("17430148"))
    assert finding.verdict is N
