"""Trust round 6 (engine round 10): a journal named by a reporting verb, a condition the record
never names, a longer first arm before "compared with", and a claim that swaps what it keeps and
what it sets apart."""

from __future__ import annotations

import pytest
from synthetic_records import made_up_record

import claimcheck
from claimcheck.pubmed.model import PubMedRecord
from claimcheck.report.model import Verdict
from claimcheck.verification.assertions import extract_assertions


def _verdict(claim: str, record: PubMedRecord) -> Verdict:
    return claimcheck.verify(claim, record).verdict


# --- journals named by a reporting verb -----------------------------------------------------------


@pytest.mark.parametrize(
    ("claim", "journal"),
    [
        ("Reporting in Hepatology in 2012, the team found that x improved.", "Hepatology"),
        ("Publishing in Aquatic Toxicology, the group showed that y fell.", "Aquatic Toxicology"),
        ("Annals of Surgery reported that wound infections were rare.", "Annals of Surgery"),
        ("In Public Health Perspectives, the team linked z to w.", "Public Health Perspectives"),
        ("Writing in the Journal of the National Cancer Institute, they found x.",
         "Journal of the National Cancer Institute"),
    ],
)  # fmt: skip
def test_a_journal_named_by_a_reporting_verb_is_read(claim: str, journal: str) -> None:
    assert [j.name for j in extract_assertions(claim).journals] == [journal]


@pytest.mark.parametrize(
    "claim",
    [
        "Reporting in Melbourne, the team found that x improved.",
        "The Cardiology Research Group reported that y fell.",
        "Oxford researchers reported that z rose.",
        "Reporting in 2012, the team found that x improved.",
    ],
)
def test_places_teams_and_years_are_not_journals(claim: str) -> None:
    assert extract_assertions(claim).journals == ()


# --- a condition the record never names ---------------------------------------------------------

ANXIETY = made_up_record(
    "We treated 30 patients with obsessive-compulsive disorder with weekly doses of drug Q.",
    "Anxiety ratings fell by half after dosing.",
    title="Drug Q in obsessive-compulsive disorder: an open-label study",
    pmid="960001",
)


def test_a_condition_the_record_never_names_is_not_in_source() -> None:
    claim = "Weekly drug Q lowered anxiety ratings in patients with bipolar disorder."
    assert _verdict(claim, ANXIETY) is Verdict.NOT_IN_SOURCE


def test_the_studied_condition_is_not_flagged() -> None:
    claim = "Weekly drug Q lowered anxiety ratings in patients with obsessive-compulsive disorder."
    assert _verdict(claim, ANXIETY) is Verdict.SUPPORTED


# --- a longer first arm before "compared with" ---------------------------------------------------


def test_a_long_first_arm_still_names_the_comparator() -> None:
    claim = "The trial compared single weekly infusions of Q with a saline placebo."
    named = [c.phrase.text for c in extract_assertions(claim).comparators]
    assert len(named) == 1 and "saline" in named[0]


def test_a_clause_in_the_first_arm_is_not_read_as_a_comparator() -> None:
    claim = "They compared 200 people who went on to get gout with 400 controls."
    assert extract_assertions(claim).comparators == ()


# --- the kept and the set-apart swapped ----------------------------------------------------------

CELLS = made_up_record(
    "The analgesic effect of drug R was abolished by deleting receptor Z on astrocytes, but not "
    "on microglia in the spinal cord.",
    "Sensory thresholds were otherwise normal.",
    title="Receptor Z on astrocytes mediates drug R analgesia",
    pmid="960002",
)


def test_swapping_what_is_kept_and_what_is_set_apart_is_contradicted() -> None:
    claim = "The analgesic effect of drug R depended on receptor Z on microglia, not on astrocytes."
    assert _verdict(claim, CELLS) is Verdict.CONTRADICTED


def test_keeping_what_the_record_keeps_is_not_contradicted() -> None:
    claim = "The analgesic effect of drug R depended on receptor Z on astrocytes, not on microglia."
    assert _verdict(claim, CELLS) is not Verdict.CONTRADICTED
