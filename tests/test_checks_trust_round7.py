"""Round 7 of trust: a claim of no relation needs a sentence that states a result; a claim that
excludes what the record includes, or compares groups the record never names, is not backed."""

from __future__ import annotations

import pytest
from synthetic_records import made_up_record

import claimcheck
from claimcheck.pubmed.model import PubMedRecord
from claimcheck.report.model import Verdict


def _verdict(claim: str, record: PubMedRecord) -> Verdict:
    return claimcheck.verify(claim, record).verdict


# --- a claim of no relation against a sentence that only lists what was measured ----------------

STATIN = made_up_record(
    "We enrolled 80 adults with high cholesterol in an open-label study of drug R.",
    "Measurements included plasma levels of drug R, muscle pain scores and liver enzymes.",
    "Plasma levels of drug R were correlated with muscle pain scores.",
    "Liver enzymes did not differ between the dose groups.",
    title="Drug R in adults with high cholesterol",
    pmid="970001",
)

METHODS_ONLY = made_up_record(
    "We enrolled 80 adults with high cholesterol in an open-label study of drug R.",
    "Measurements included plasma levels of drug R, muscle pain scores and liver enzymes.",
    "Muscle pain fell after dosing.",
    title="Drug R in adults with high cholesterol",
    pmid="970002",
)


@pytest.mark.parametrize(
    "claim",
    [
        "Plasma levels of drug R bore no relation to muscle pain scores.",
        "Plasma levels of drug R were not correlated with muscle pain scores.",
    ],
)
def test_no_relation_is_never_backed_by_a_list_of_measurements(claim: str) -> None:
    assert _verdict(claim, STATIN) is not Verdict.SUPPORTED
    assert _verdict(claim, METHODS_ONLY) is not Verdict.SUPPORTED


def test_a_stated_lack_of_difference_still_backs_the_claim() -> None:
    claim = "Liver enzymes did not differ between the dose groups of drug R."
    assert _verdict(claim, STATIN) is Verdict.SUPPORTED


def test_a_stated_relation_still_backs_the_claim() -> None:
    claim = "Plasma levels of drug R correlated with muscle pain scores."
    assert _verdict(claim, STATIN) is Verdict.SUPPORTED


# --- the claim excludes what the record includes ----------------------------------------------

BOTH = made_up_record(
    "Inhibitors of enzyme K have reduced tumour growth in both animal and human studies.",
    "Enzyme K is expressed in most solid tumours.",
    title="Enzyme K inhibitors in cancer: a review",
    pmid="970003",
)


@pytest.mark.parametrize(
    "claim",
    [
        "Inhibitors of enzyme K have reduced tumour growth in animal studies but not yet in "
        "human ones.",
        "Inhibitors of enzyme K have reduced tumour growth only in animal studies.",
    ],
)
def test_excluding_what_the_record_includes_is_contradicted(claim: str) -> None:
    assert _verdict(claim, BOTH) is Verdict.CONTRADICTED


def test_naming_one_of_both_is_still_supported() -> None:
    claim = "Inhibitors of enzyme K have reduced tumour growth in animal studies."
    assert _verdict(claim, BOTH) is Verdict.SUPPORTED


# --- groups compared that the record never names ----------------------------------------------

FARMERS = made_up_record(
    "We studied 900 dairy farmers enrolled in a national cohort.",
    "Higher exposure to solvent S was associated with lower lung function.",
    title="Solvent exposure and lung function in dairy farmers",
    pmid="970004",
)


def test_a_comparison_between_places_the_abstract_never_names_is_not_in_source() -> None:
    claim = (
        "Dairy farmers in Ohio exposed to solvent S had lower lung function than those in Texas."
    )
    assert _verdict(claim, FARMERS) is Verdict.NOT_IN_SOURCE


def test_the_same_finding_without_places_stays_supported() -> None:
    claim = "Among dairy farmers, higher exposure to solvent S went with lower lung function."
    assert _verdict(claim, FARMERS) is Verdict.SUPPORTED


REGIONS = made_up_record(
    "We studied 900 dairy farmers in Ohio and Texas.",
    "Farmers in Ohio had lower lung function than those in Texas.",
    title="Solvent exposure and lung function in dairy farmers",
    pmid="970005",
)


def test_a_comparison_between_places_the_abstract_names_stays_supported() -> None:
    claim = "Dairy farmers in Ohio had lower lung function than those in Texas."
    assert _verdict(claim, REGIONS) is Verdict.SUPPORTED


# --- a thing tied to another place inside the sentence -----------------------------------------

CHANNELS = made_up_record(
    "We propose that toxin T opens sodium channels on sensory neurons, leading to activation "
    "of motor neurons and muscle spasm.",
    "Toxin T was isolated from a marine snail.",
    title="How toxin T causes muscle spasm: a review",
    pmid="970006",
)


def test_a_thing_moved_to_another_place_is_not_supported() -> None:
    claim = "Toxin T opens sodium channels directly on motor neurons, causing muscle spasm."
    assert _verdict(claim, CHANNELS) is not Verdict.SUPPORTED


def test_the_same_place_stays_supported() -> None:
    claim = (
        "Toxin T is thought to open sodium channels on sensory neurons, leading to muscle spasm."
    )
    assert _verdict(claim, CHANNELS) is Verdict.SUPPORTED


# --- a finding the record keeps to one item of a list -----------------------------------------

STAGES = made_up_record(
    "Seeds were examined at three stages: dry, soaked and sprouted.",
    "With coating C, only the sprouted stage showed a sharp loss of viability.",
    title="Seed coatings and viability",
    pmid="970007",
)


def test_a_finding_said_of_another_listed_stage_is_contradicted() -> None:
    claim = "With coating C, viability was lost sharply at the soaked stage."
    assert _verdict(claim, STAGES) is Verdict.CONTRADICTED


def test_the_stage_the_record_names_stays_supported() -> None:
    claim = "With coating C, viability dropped sharply only once the seeds had sprouted."
    assert _verdict(claim, STAGES) is not Verdict.CONTRADICTED


# --- "but not the placebo arm" is no group a design sentence gives the result to ----------------

TRIAL = made_up_record(
    "This is the first placebo-controlled trial to assess the effects of a single velorin "
    "infusion on pain in the 24 hours after dosing.",
    "Pain improved within 24 hours after velorin but not after placebo infusion.",
    title="Velorin for migraine: a randomized trial",
    pmid="970008",
)


def test_denying_the_placebo_arm_is_not_contradicted_by_the_design_sentence() -> None:
    claim = "Pain improved within 24 hours after velorin but not after placebo infusion."
    assert _verdict(claim, TRIAL) is Verdict.SUPPORTED
