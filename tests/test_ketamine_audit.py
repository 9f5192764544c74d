"""The ketamine article audit, reviewed by hand: each claim's verdict pinned with its reason.

Where the engine disagrees with a reviewed verdict, the engine is fixed, not this table.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import claimcheck
from claimcheck.report.model import Report, Verdict

ROOT = Path(__file__).resolve().parents[1]

S, C, N, M, U = (
    Verdict.SUPPORTED,
    Verdict.CONTRADICTED,
    Verdict.NOT_IN_SOURCE,
    Verdict.METADATA_MISMATCH,
    Verdict.UNCHECKED,
)

REVIEWED: dict[str, tuple[Verdict, str]] = {
    "phillips-comparator": (
        C,
        "the comparator was midazolam, an active placebo, not an antidepressant",
    ),
    "phillips-single-infusion": (
        C,
        "the single infusion was compared with midazolam, not a 'pharma drug'",
    ),
    "phillips-repeated-infusions": (
        S,
        "six infusions thrice weekly over 2 weeks had cumulative effects",
    ),
    "phillips-59-percent": (
        S,
        "'Fifty-nine percent ... met response criteria' (>=50% MADRS decrease)",
    ),
    "phillips-sponsor": (
        N,
        "the record names no funder or affiliation: sponsorship cannot be seen",
    ),
    "berman-2000-effective": (S, "Biol Psychiatry 2000: significant improvement within 72 hours"),
    "berman-iv-vs-placebo": (
        S,
        "intravenous ketamine improved symptoms 'but not placebo infusion'",
    ),
    "lowe-meta-effective": (U, "cited by DOI only; offline the record cannot be obtained"),
    "lowe-nonresponders": (U, "cited by DOI only; offline the record cannot be obtained"),
    "lowe-bipolar": (U, "cited by DOI only; offline the record cannot be obtained"),
    "pittenger-nmda-dysfunction": (
        S,
        "'neurotransmission via the NMDA receptor is dysregulated in depression'",
    ),
    "gerhard-gaba-glutamate": (
        C,
        "the abstract says ketamine produces a rapid increase in glutamate",
    ),
    "chen-hcn1-inhibition": (
        S,
        "'Ketamine caused subunit-specific inhibition of ... HCN1-containing channels'",
    ),
    "chen-hcn1-sedative": (S, "HCN1 channels are 'a molecular substrate for hypnotic actions'"),
    "zanos-mtor": (
        N,
        "mTOR is named as a downstream mechanism; metabolites activating it is not stated",
    ),
    "short-2019-review": (M, "the review was published in 2018 (online 2017), not 2019"),
    "short-38-percent": (N, "the abstract gives no share of studies for acute psychiatric effects"),
    "short-72-percent": (N, "the abstract gives no share of studies for dissociative effects"),
    "short-heart-rate": (
        N,
        "heart rate, blood pressure, headache and dizziness are not in the abstract",
    ),
    "short-short-term-safety": (
        N,
        "the abstract does not say short-term safety is well documented",
    ),
    "short-long-term-lacking": (S, "'limited assessment of long-term use and safety'"),
    "orhurhu-journal": (S, "Anesthesia and Analgesia; a systematic review of randomized trials"),
    "orhurhu-short-term-relief": (S, "IV ketamine: significant analgesic benefit up to 2 weeks"),
    "orhurhu-long-term-lacking": (S, "'the long-term impact remains uncertain'"),
    "glue2020-design": (
        M,
        "the trial was psychoactive (midazolam)-controlled, not placebo-controlled",
    ),
    "glue2020-vs-placebo": (C, "the control was midazolam, not placebo"),
    "glue2020-one-week": (S, "improvements 'persisted for up to 1 week'"),
    "glue2018-weekly-3-months": (S, "weekly ketamine injected subcutaneously for 3 months"),
    "glue2018-18-of-20": (
        N,
        "18 of 20 improved social/work functioning; no count is given for anxiety",
    ),
    "glue2018-functionality": (S, "'Patients reported marked improvements in functionality ...'"),
    "glue2018-not-placebo-controlled": (S, "'an uncontrolled open-label study'"),
    "liu-addiction-potential": (
        S,
        "a Brain Res Bull review of ketamine abuse and its reinforcing effects",
    ),
    "liu-treats-addiction": (C, "the review says it 'has been suggested' as promising, not proven"),
}


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> Report:
    cache = tmp_path_factory.mktemp("cache")
    return claimcheck.check(ROOT / "claims.yaml", offline=True, cache_dir=cache)


def test_every_claim_is_reviewed(report: Report) -> None:
    assert sorted(c.id for c in report.claims) == sorted(REVIEWED)


@pytest.mark.parametrize("claim_id", sorted(REVIEWED))
def test_reviewed_verdict(report: Report, claim_id: str) -> None:
    expected, reason = REVIEWED[claim_id]
    result = next(c for c in report.claims if c.id == claim_id)
    findings = "; ".join(f"{f.kind.value}:{f.verdict.value}:{f.message}" for f in result.findings)
    assert result.verdict is expected, (
        f"{claim_id}: expected {expected.value} ({reason}); got {findings}"
    )
    assert result.findings, "every verdict must be traced to a finding"


def test_every_claim_is_anchored_in_the_article(report: Report) -> None:
    unanchored = [c.id for c in report.claims if c.location is None]
    assert unanchored == []


def test_audit_fails_ci_because_claims_are_contradicted(report: Report) -> None:
    assert report.policy is not None
    assert report.policy.exit_code == 1
