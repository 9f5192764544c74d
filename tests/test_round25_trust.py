"""Round 25 (trust): a claim detail no evidence sentence backs must not ride along to SUPPORTED.

The wordings are the test's own, over the fixture records, not the probe's or any set's claims.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from claimcheck.pubmed.parser import parse_records
from claimcheck.report.model import Verdict
from claimcheck.verification.checks.unbacked_detail import check_unbacked_detail
from claimcheck.verification.engine import claim_assertions, record_index

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


def _record(pmid: str):
    return parse_records((FIXTURES / f"{pmid}.xml").read_bytes())[0]


def _flags(pmid: str, claim: str) -> list[str]:
    record = _record(pmid)
    findings = check_unbacked_detail(claim_assertions(claim), record, record_index(record))
    assert all(f.verdict is Verdict.NOT_IN_SOURCE for f in findings)
    return [f.message for f in findings]


@pytest.mark.parametrize(
    ("pmid", "claim"),
    [
        ("17430148", "Abnormal NMDA receptor signalling causes major depressive disorder."),
        ("17430148", "NMDA receptor dysregulation is the cause of depression, the review says."),
        (
            "17430148",
            "Disrupted glutamate homeostasis is responsible for major depressive disorder.",
        ),
        ("29532791", "Ketamine's abuse potential is causally linked to its antidepressant action."),
    ],
)
def test_cause_without_causal_evidence_is_flagged(pmid: str, claim: str) -> None:
    assert any("cause" in m or "causal" in m for m in _flags(pmid, claim))


@pytest.mark.parametrize(
    ("pmid", "claim"),
    [
        (
            "29532791",
            "The review finds that (2R,6R)-HNK is the main mechanism of ketamine's action.",
        ),
        ("29532791", "GSK-3 is the primary target of ketamine as an antidepressant."),
        (
            "17430148",
            "NMDA-targeting drugs are the most promising antidepressants in clinical studies.",
        ),
        (
            "27261367",
            "Ketamine psychotherapy is the leading treatment for addiction to other drugs.",
        ),
    ],
)
def test_rank_without_ranking_evidence_is_flagged(pmid: str, claim: str) -> None:
    assert any("ranks" in m for m in _flags(pmid, claim))


@pytest.mark.parametrize(
    ("pmid", "claim"),
    [
        # the evidence has its own causal wording
        ("19158287", "In the tests, ketamine caused subunit-specific inhibition of HCN1 channels."),
        (
            "19158287",
            "In HCN1 knock-out mice ketamine was less potent at causing loss of righting.",
        ),
        # a relative clause describing a side effect is no causal claim
        ("29532791", "Abuse potential and the dissociation it causes limit ketamine's wide use."),
        # the evidence ranks too
        ("29561204", "Nausea, dizziness and blurred vision were the most common adverse events."),
        ("31743111", "GABA interneurons are the initial cellular trigger for ketamine's actions."),
        # fixed names are no ranking
        ("30922101", "Ketamine beat midazolam at 24 hours, which was the primary endpoint."),
        # no causal or ranking detail at all
        ("10686270", "Seven depressed subjects improved within 72 hours of ketamine."),
    ],
)
def test_backed_or_absent_detail_is_not_flagged(pmid: str, claim: str) -> None:
    assert _flags(pmid, claim) == []


def test_the_engine_runs_the_check_so_an_unbacked_cause_is_not_supported() -> None:
    from claimcheck.verification.engine import verify

    claim = "Abnormal NMDA receptor signalling causes major depressive disorder."
    result = verify(claim, _record("17430148"))
    assert result.verdict is not Verdict.SUPPORTED
    assert any("reports no cause" in f.message for f in result.findings)
