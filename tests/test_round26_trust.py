"""Round 26 (trust): a named method with no counterpart in the record, and a cause in a trial.

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
        ("31743111", "Behaviour after the knockdown was scored in the tail suspension test."),
        ("31743111", "The mice's despair was measured in the forced swim test after ketamine."),
        ("31743111", "GluN2B protein loss in interneurons was confirmed by Western blot."),
        ("31743111", "Ketamine's effects were tested in a chronic unpredictable stress model."),
        ("31743111", "Synaptic changes were imaged using two-photon microscopy."),
        ("10686270", "Mood was rated on the Beck Depression Inventory after each infusion."),
        ("10686270", "Depressive symptoms, rated on the MADRS, improved after ketamine."),
        ("10686270", "Brain glutamate was measured by magnetic resonance spectroscopy."),
        ("19158287", "HCN1 currents were recorded with whole-cell patch-clamp recordings."),
        ("19158287", "Hypnosis in the mice was judged with an open field test."),
        ("31082965", "Pain intensity was measured with the Brief Pain Inventory in each trial."),
        ("29561204", "Social anxiety was rated on the Liebowitz Social Anxiety Scale."),
        ("29561204", "Brain activity was studied using fMRI during maintenance dosing."),
        ("28757132", "Side-effects were recorded with a structured Udvalg for Kliniske checklist."),
    ],
)
def test_named_method_absent_from_the_record_is_flagged(pmid: str, claim: str) -> None:
    assert any("names" in m for m in _flags(pmid, claim))


@pytest.mark.parametrize(
    ("pmid", "claim"),
    [
        # the record's own scale, in other words or as an abbreviation
        ("10686270", "Scores on the 25-item HAM-D fell after ketamine but not after saline."),
        ("10686270", "Scores on the Hamilton scale fell after ketamine but not after saline."),
        ("30922101", "Response meant halving the Montgomery-Asberg Depression Rating Scale."),
        ("30922101", "Response was a fall of at least half on the MADRS."),
        ("29561204", "Fear Questionnaire scores halved an hour after the injection."),
        ("31082965", "Pain fell on a 0-10 numeric rating scale after ketamine infusions."),
        ("31082965", "A random-effects model pooled the trials' pain scores."),
        ("31082965", "Ketamine lowered pain by 1.83 points on the NRS up to 2 weeks later."),
        # a generic description names no particular method
        ("31082965", "Pain was measured on a validated scale in the included trials."),
        ("31743111", "Ketamine's behavioural actions were tested in mice after the knockdown."),
        (
            "19158287",
            "The loss-of-righting reflex test showed HCN1 knock-out mice resisted ketamine.",
        ),
    ],
)
def test_the_records_own_method_is_not_flagged(pmid: str, claim: str) -> None:
    assert not any("names" in m for m in _flags(pmid, claim))


@pytest.mark.parametrize(
    ("pmid", "claim"),
    [
        # a randomized trial: the intervention's effect is causal evidence
        (
            "30922101",
            "A single ketamine infusion caused a larger drop in depression than midazolam.",
        ),
        (
            "10686270",
            "In this trial, ketamine caused depressive symptoms to improve within 3 days.",
        ),
        # an experiment (knock-out mice, recombinant channels)
        ("19158287", "Deleting HCN1 caused a strong reduction in ketamine's hypnotic potency."),
    ],
)
def test_cause_from_an_experimental_effect_is_accepted(pmid: str, claim: str) -> None:
    assert not any("cause" in m for m in _flags(pmid, claim))


@pytest.mark.parametrize(
    ("pmid", "claim"),
    [
        # observational or review records: an association or a description is no cause
        ("17430148", "Disrupted NMDA receptor transmission causes major depressive disorder."),
        ("28757132", "Ketamine caused psychiatric side-effects in patients with depression."),
    ],
)
def test_cause_stays_strict_outside_experiments(pmid: str, claim: str) -> None:
    assert any("cause" in m for m in _flags(pmid, claim))
