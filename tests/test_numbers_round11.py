"""Round 13 quantity rules: the other arm said as a ratio of the first, in wordings of our own."""

from __future__ import annotations

import pytest

from claimcheck.pubmed.model import AbstractSection, PubMedRecord
from claimcheck.report.model import Verdict
from claimcheck.verification.assertions import extract_assertions
from claimcheck.verification.checks.relative_change import arm_ratio_findings
from claimcheck.verification.engine import verify
from claimcheck.verification.index import build_index

S, C = Verdict.SUPPORTED, Verdict.CONTRADICTED

PAIN = (
    "Sixty adults with knee osteoarthritis were randomized to duloxetine or placebo. "
    "Mean pain scores fell by 12 +/- 4 points vs. 2 +/- 5 points with duloxetine and placebo, "
    "respectively."
)
WEIGHT = (
    "Adults with obesity were randomized to semaglutide or placebo. Body weight fell by "
    "8.0 kg compared with 7.4 kg in the placebo group."
)
RESPONSE = (
    "Patients with migraine were randomized to the antibody or placebo. The headache frequency "
    "fell by 40% in the antibody group versus 20% in the placebo group."
)


def _record(abstract: str) -> PubMedRecord:
    return PubMedRecord(pmid="1", title="A trial", abstract=[AbstractSection(text=abstract)])


def _verdicts(claim: str, abstract: str) -> list[Verdict]:
    rec = _record(abstract)
    return [f.verdict for f in arm_ratio_findings(extract_assertions(claim), build_index(rec))]


@pytest.mark.parametrize(
    "claim",
    [
        "Pain scores fell by 12 points with duloxetine and by almost as much with placebo.",
        "Pain scores dropped 12 points on duloxetine, about as much as on placebo.",
        "Pain fell by 12 points with duloxetine and only slightly less with placebo.",
        "Duloxetine cut pain scores by 12 points and placebo by half as much.",
    ],
)
def test_other_arm_said_to_change_alike_is_contradicted_by_a_much_smaller_change(
    claim: str,
) -> None:
    assert _verdicts(claim, PAIN) == [C]


def test_other_arm_said_to_change_alike_is_backed_by_a_close_change() -> None:
    claim = "Weight fell by 8.0 kg with semaglutide and by nearly as much with placebo."
    assert _verdicts(claim, WEIGHT) == [S]


def test_a_close_change_contradicts_half_as_much() -> None:
    claim = "Weight fell by 8.0 kg with semaglutide and by half as much with placebo."
    assert _verdicts(claim, WEIGHT) == [C]


def test_half_and_twice_read_in_both_directions() -> None:
    assert _verdicts(
        "Headache days fell by 40% on the antibody, twice as much as on placebo.", RESPONSE
    ) == [S]
    assert _verdicts(
        "Headache days fell by 40% on the antibody and half as much on placebo.", RESPONSE
    ) == [S]
    assert _verdicts(
        "Headache days fell by 20% on placebo, half as much as on the antibody.", RESPONSE
    ) == [S]
    assert _verdicts(
        "Headache days fell by 40% on the antibody and twice as much on placebo.", RESPONSE
    ) == [C]


def test_as_much_as_a_number_is_a_bound_not_a_second_arm() -> None:
    claim = "Pain scores fell by 12 points, as much as 15 points in some patients."
    assert _verdicts(claim, PAIN) == []


def test_not_nearly_as_much_is_not_read_as_nearly_as_much() -> None:
    claim = "Pain fell by 12 points with duloxetine and not nearly as much with placebo."
    assert C not in _verdicts(claim, PAIN)


def test_both_arms_given_as_figures_are_left_to_the_quantity_check() -> None:
    claim = "Pain fell by 12 points with duloxetine and by almost as much, 2 points, with placebo."
    assert _verdicts(claim, PAIN) == []


def test_a_record_without_a_second_arm_gives_no_finding() -> None:
    abstract = "Pain scores fell by 12 points over the trial in patients given duloxetine."
    assert (
        _verdicts("Pain fell by 12 points on duloxetine and nearly as much on placebo.", abstract)
        == []
    )


def test_whole_claim_with_a_much_smaller_other_arm_is_contradicted() -> None:
    claim = "In the knee trial, pain scores fell by 12 points with duloxetine and by nearly as "
    claim += "much with placebo."
    assert verify(claim, _record(PAIN)).verdict is C
