"""Negation and certainty read with their scope: a comparison arm's 'no change', a denial both
sides share, a denial in one clause of a contrasted sentence, a hedged conclusion."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

import claimcheck
from claimcheck.pubmed.model import PubMedRecord
from claimcheck.pubmed.parser import parse_records
from claimcheck.report.model import FindingKind, Verdict
from claimcheck.verification.assertions import extract_assertions

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


@cache
def record(pmid: str) -> PubMedRecord:
    return parse_records((FIXTURES / f"{pmid}.xml").read_bytes())[0]


def test_a_comparison_arms_no_change_is_not_a_claim_of_no_significance() -> None:
    claim = "Depression scores fell by 14 points after ketamine, against no change with placebo."
    assertions = extract_assertions(claim)
    assert [s.significant for s in assertions.significance] == []
    assert [c.phrase.text for c in assertions.comparators] == ["placebo"]
    plain = "Ketamine produced no change in depression scores."
    assert [s.significant for s in extract_assertions(plain).significance] == [False]


def test_a_denial_the_claim_shares_with_the_record_agrees() -> None:
    # Zanos 2018: "Mechanisms that do not involve direct inhibition of the NMDAR ... discussed"
    claim = (
        "The review discusses mechanisms that do not involve direct NMDAR inhibition, such as "
        "the (R)-ketamine enantiomer and (2R,6R)-HNK."
    )
    result = claimcheck.verify(claim, record("29532791"))
    assert result.verdict is Verdict.SUPPORTED


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        # "propofol selectively inhibited HCN1 channels ..., whereas etomidate had no effect on
        # HCN1 channels": the denial is etomidate's, and only etomidate's.
        ("Like propofol, etomidate also blocked HCN1 channels.", {Verdict.NOT_IN_SOURCE,
                                                                 Verdict.CONTRADICTED}),
        ("Etomidate had no effect on HCN1 channels.", {Verdict.SUPPORTED}),
    ],
)  # fmt: skip
def test_a_denial_in_one_clause_belongs_to_that_clause(claim: str, expected: set[Verdict]) -> None:
    assert claimcheck.verify(claim, record("19158287")).verdict in expected


def test_proven_against_the_authors_hedged_conclusion_is_contradicted() -> None:
    # Berman 2000: "These results suggest a potential role for NMDA receptor-modulating drugs in
    # the treatment of depression."
    claim = "The trial proved a role for NMDA receptor-modulating drugs in treating depression."
    result = claimcheck.verify(claim, record("10686270"))
    certainty = [f for f in result.findings if f.kind is FindingKind.CERTAINTY]
    assert [f.verdict for f in certainty] == [Verdict.CONTRADICTED]
    assert "suggest" in certainty[0].message


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        # Zanos 2018: "a single sub-anesthetic dose ... induces rapid and sustained antidepressant
        # actions": a stance word against its opposite, the rest of the statement the same.
        ("A single dose of ketamine induces rapid but short-lived antidepressant actions.",
         Verdict.CONTRADICTED),
        ("A single dose of ketamine induces rapid and sustained antidepressant actions.",
         Verdict.SUPPORTED),
    ],
)  # fmt: skip
def test_an_opposite_stance_word_contradicts(claim: str, expected: Verdict) -> None:
    assert claimcheck.verify(claim, record("29532791")).verdict is expected
