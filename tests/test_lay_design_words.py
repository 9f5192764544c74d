"""Lay descriptions of a study design are read as the design words themselves ("assigned by a
coin toss" is randomized, "a sugar pill" is a placebo), and judged against the record like them."""

from __future__ import annotations

import pytest

from claimcheck.pubmed.model import AbstractSection, PubMedRecord
from claimcheck.report.model import Verdict
from claimcheck.verification import lexicon as lx
from claimcheck.verification.assertions import DesignAssertion, Phrase
from claimcheck.verification.checks.design import design_profile, judge_design
from claimcheck.verification.index import build_index

LAY = [
    ("The patients received ketamine and placebo in random order.", lx.RANDOMIZED),
    ("Volunteers were assigned to the drug or placebo by chance.", lx.RANDOMIZED),
    ("Who got the drug was decided by a coin toss.", lx.RANDOMIZED),
    ("Patients were allocated at random to two groups.", lx.RANDOMIZED),
    ("Neither the patients nor the researchers knew who got the drug.", lx.DOUBLE_BLIND),
    ("Each got both infusions, with neither side knowing which was which.", lx.DOUBLE_BLIND),
    ("Half the group was given a dummy pill.", lx.PLACEBO_CONTROLLED),
    ("The comparison was a sugar pill.", lx.PLACEBO_CONTROLLED),
    ("Ketamine was compared with a salt water infusion.", lx.PLACEBO_CONTROLLED),
    ("Everyone knew what they were getting.", lx.OPEN_LABEL),
    ("Each patient received both treatments, a week apart.", lx.CROSSOVER),
    ("The researchers followed 5,000 nurses over 20 years.", lx.COHORT),
    ("This observational study used stored blood.", lx.OBSERVATIONAL),
    ("The patients did not know which drug they received.", lx.BLINDED),
]

NOT_DESIGNS = [
    "A random sample of adults was selected at random from the register.",
    "Gargling with salt water eased sore throats.",
    "The doctors knew the patients well.",
    "The drug stopped working over time.",
    "Neither the dose nor the timing mattered.",
]


def _keys(claim: str) -> list[str]:
    return [key for key, pattern in lx.DESIGN_PATTERNS if pattern.search(claim)]


@pytest.mark.parametrize(("claim", "key"), LAY)
def test_a_lay_description_is_read_as_its_design_word(claim: str, key: str) -> None:
    assert key in _keys(claim)


@pytest.mark.parametrize("claim", NOT_DESIGNS)
def test_everyday_wording_is_not_read_as_a_design(claim: str) -> None:
    assert _keys(claim) == []


@pytest.mark.parametrize(("claim", "key"), LAY)
def test_every_lay_description_carries_a_cue_of_its_design(claim: str, key: str) -> None:
    # The assertion extractor only runs a design pattern on a claim holding one of its cues.
    assert any(cue in claim.lower() for cue in lx.DESIGN_CUES[key])


@pytest.mark.parametrize(
    ("claim", "key"),
    [("Participants chose their own treatment.", lx.RANDOMIZED),
     ("It was a small study with no control group.", lx.CONTROLLED)],
)  # fmt: skip
def test_a_lay_denial_denies_the_design(claim: str, key: str) -> None:
    assert [k for k, pattern in lx.NEGATED_DESIGN_WORDS if pattern.search(claim)] == [key]


@pytest.mark.parametrize(
    "text", ["a sugar pill", "salt water", "saltwater", "dummy tablets", "a saline placebo"]
)
def test_lay_placebos_are_placebo_words(text: str) -> None:
    assert lx.PLACEBO_WORDS.search(text)


# --- judged against the record like the design words --------------------------------------------


def _record(sentences: str) -> PubMedRecord:
    return PubMedRecord(
        pmid="777001", title="Ketamine for depression", abstract=[AbstractSection(text=sentences)]
    )


_TRIAL = _record(
    "Forty patients were randomized to ketamine or saline placebo under double-blind "
    "conditions. Depression scores fell after ketamine."
)
_OPEN = _record(
    "In this open-label study, 20 patients received ketamine without a control group. "
    "Depression scores fell after ketamine."
)


def _judged(claim: str, record: PubMedRecord) -> list[Verdict]:
    index = build_index(record)
    profile = design_profile(record, index)
    verdicts = []
    for key, pattern in lx.DESIGN_PATTERNS:
        match = pattern.search(claim)
        if match:
            design = DesignAssertion(key, False, Phrase(match.group(), *match.span()))
            verdicts.append(judge_design(design, profile).verdict)
    return verdicts


@pytest.mark.parametrize(
    "claim",
    ["Patients were assigned by chance to ketamine or a dummy infusion.",
     "Neither the patients nor the doctors knew who got ketamine.",
     "Ketamine was compared with a salt water infusion."],
)  # fmt: skip
def test_a_lay_design_the_record_states_is_supported(claim: str) -> None:
    assert _judged(claim, _TRIAL) and set(_judged(claim, _TRIAL)) == {Verdict.SUPPORTED}


@pytest.mark.parametrize(
    "claim",
    ["Neither the patients nor the doctors knew who got ketamine.",
     "Patients were given a sugar pill for comparison."],
)  # fmt: skip
def test_a_lay_design_the_record_denies_is_a_mismatch(claim: str) -> None:
    assert Verdict.METADATA_MISMATCH in _judged(claim, _OPEN)


def test_a_lay_design_the_record_does_not_state_is_not_in_source() -> None:
    silent = _record("Twenty patients received ketamine. Depression scores fell after ketamine.")
    assert _judged("Each patient received both treatments.", silent) == [Verdict.NOT_IN_SOURCE]


def test_a_lay_blinding_phrase_is_not_a_denial_of_the_claim() -> None:
    from claimcheck.verification.assertions import extract_assertions

    claim = (
        "Seven people were each given, in random order and with neither side knowing which, "
        "an infusion of ketamine on one day and salt water on another."
    )
    assertions = extract_assertions(claim)
    assert not assertions.negated
    assert {d.design for d in assertions.designs} >= {"randomized", "double-blind"}
