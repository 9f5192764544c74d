"""Review mends: exact head counts, outcome-specific arm rankings, far time scales, periods."""

from __future__ import annotations

import pytest

from claimcheck.pubmed.model import AbstractSection, PubMedRecord
from claimcheck.report.model import Finding, FindingKind, Verdict
from claimcheck.verification.assertions import extract_assertions
from claimcheck.verification.checks.arm_order import check_arm_order
from claimcheck.verification.index import build_index
from claimcheck.verification.quantities import (
    find_date_spans,
    find_quantities,
    quantities_conflict,
)
from claimcheck.verification.verdict import decide


def _count(verdict: Verdict, said: str) -> Finding:
    return Finding(kind=FindingKind.SAMPLE_SIZE, verdict=verdict, message="m", claim_says=said)


@pytest.mark.parametrize(
    ("mismatched", "backed"),
    [("100 patients", "1,100 patients"), ("12 adults", "120 adults"), ("250", "2,500 women")],
)
def test_a_backed_count_does_not_cancel_a_mismatch_on_a_different_figure(
    mismatched: str, backed: str
) -> None:
    findings = [
        _count(Verdict.METADATA_MISMATCH, mismatched),
        _count(Verdict.SUPPORTED, backed),
    ]
    assert decide(findings)[0] is Verdict.METADATA_MISMATCH


@pytest.mark.parametrize(
    ("mismatched", "backed"),
    [("about 900", "about 900 matched people"), ("1,100 patients", "1100 patients")],
)
def test_a_backed_count_cancels_a_mismatch_on_the_same_figure(mismatched: str, backed: str) -> None:
    findings = [
        _count(Verdict.METADATA_MISMATCH, mismatched),
        _count(Verdict.SUPPORTED, backed),
    ]
    assert decide(findings)[0] is Verdict.SUPPORTED


RANKED = (
    "Compared with naproxen, celecoxib produced a significantly greater reduction in "
    "arthritic symptoms at week eight."
)


def _arm_verdicts(claim: str) -> list[Verdict]:
    record = PubMedRecord(pmid="1", title="A trial", abstract=[AbstractSection(text=RANKED)])
    return [
        f.verdict for f in check_arm_order(extract_assertions(claim), record, build_index(record))
    ]


def test_a_ranking_on_another_outcome_is_not_support() -> None:
    claim = "Celecoxib eased insomnia symptoms more than naproxen did."
    assert Verdict.SUPPORTED not in _arm_verdicts(claim)


def test_a_ranking_on_the_same_outcome_is_support() -> None:
    claim = "Celecoxib eased arthritic symptoms more than naproxen did."
    assert _arm_verdicts(claim) == [Verdict.SUPPORTED]


def _conflict(claim: str, source: str) -> bool:
    return quantities_conflict(find_quantities(claim)[0], find_quantities(source)[0])


@pytest.mark.parametrize(
    ("claim", "source"),
    [
        ("pain returned after 36 seconds", "pain returned after 36 hours"),
        ("the rash cleared in 15 minutes", "the rash cleared in 15 days"),
        ("fever lasted 3 hours", "fever lasted 3 weeks"),
    ],
)
def test_one_time_on_a_nearby_scale_is_a_conflict(claim: str, source: str) -> None:
    assert _conflict(claim, source)


@pytest.mark.parametrize(
    ("claim", "source"),
    [
        ("scanned 30 years after the injury", "scanned 30 hours after the injury"),
        ("followed for two decades", "followed for 20 minutes"),
    ],
)
def test_years_against_hours_tell_of_different_things(claim: str, source: str) -> None:
    assert not _conflict(claim, source)


@pytest.mark.parametrize(
    "text",
    [
        "sites enrolled from 2000 to 2500 patients each",
        "between 2010 and 2020 participants were screened",
        "the registry grew from 1990 to 2800",
    ],
)
def test_a_pair_of_counts_is_not_a_period(text: str) -> None:
    assert find_date_spans(text) == []


def test_a_pair_of_years_is_a_period() -> None:
    spans = find_date_spans("Patients were enrolled between 2010 and 2015 at four centres.")
    assert [(s.first, s.last) for s in spans] == [((2010, 0), (2015, 0))]
