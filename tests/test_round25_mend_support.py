"""Round 25 mend (support): what a record says is lacked is not what new drugs copy; a record
word's narrowing prefix ("subclinical") is not dropped; a variant "X+1mM" is not X; swapped arms
with an inverted comparative say the same thing; an ending at the recorded end agrees; a sentence
about another agent neither includes nor excludes what the claim says of its own agent; "only with
B" against "in both" is contradicted."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimcheck.pubmed.model import AbstractSection, PubMedRecord
from claimcheck.pubmed.parser import parse_records
from claimcheck.report.model import FindingKind, Verdict
from claimcheck.verification.engine import verify

_ROOT = Path(__file__).resolve().parent.parent


def _fixture(pmid: str) -> PubMedRecord:
    for folder in (_ROOT / "fixtures", _ROOT / "tests" / "heldout" / "records"):
        path = folder / f"{pmid}.xml"
        if path.exists():
            return parse_records(path.read_bytes())[0]
    raise FileNotFoundError(pmid)


def _record(title: str, abstract: str) -> PubMedRecord:
    return PubMedRecord(pmid="1", title=title, abstract=[AbstractSection(text=abstract)])


# --- 1. the object of mimic/copy never comes from what the record says is lacked --------------

_LACKED = _record(
    "New analgesics modelled on morphine",
    "Research on opioid receptors aims to develop novel analgesics. "
    "These compounds should mimic morphine's analgesic actions but lack its addictive effects. "
    "Morphine has a high addiction liability.",
)


@pytest.mark.parametrize(
    "claim",
    [
        "Novel pharmacotherapies aim to copy ketamine's abuse potential.",
        "New drugs aim to mimic ketamine's abuse potential.",
        "Novel drugs will copy ketamine's undesirable effects.",
        "Researchers hope new compounds will reproduce ketamine's undesirable effects.",
    ],
)
def test_copying_what_the_record_says_is_lacked_is_not_supported(claim: str) -> None:
    assert verify(claim, _fixture("29532791")).verdict is not Verdict.SUPPORTED, claim


@pytest.mark.parametrize(
    "claim",
    [
        "New analgesics should mimic morphine's addictive effects.",
        "The new compounds are meant to copy morphine's addiction liability.",
    ],
)
def test_copying_what_is_lacked_synthetic(claim: str) -> None:
    assert verify(claim, _LACKED).verdict is not Verdict.SUPPORTED, claim


def test_copying_what_is_kept_is_still_supported() -> None:
    claim = "Novel pharmacotherapies aim to mimic ketamine's antidepressant actions."
    assert verify(claim, _fixture("29532791")).verdict is Verdict.SUPPORTED


# --- 2. a narrowing prefix of the record's word is not dropped ---------------------------------

_PREFIXED = _record(
    "Statin use and liver disease",
    "Statin use was associated with nonalcoholic fatty liver disease in 900 adults. "
    "Smoking was associated with preclinical atherosclerosis.",
)


@pytest.mark.parametrize(
    ("pmid", "claim"),
    [
        ("28775130", "Aldrin exposure was associated with clinical hypothyroidism."),
        ("28775130", "Higher aldrin exposure was linked to clinical hypothyroidism."),
    ],
)
def test_a_dropped_prefix_is_not_supported(pmid: str, claim: str) -> None:
    assert verify(claim, _fixture(pmid)).verdict is not Verdict.SUPPORTED, claim


@pytest.mark.parametrize(
    "claim",
    [
        "Statin use was associated with alcoholic fatty liver disease.",
        "Smoking was associated with clinical atherosclerosis.",
    ],
)
def test_a_dropped_prefix_synthetic(claim: str) -> None:
    assert verify(claim, _PREFIXED).verdict is not Verdict.SUPPORTED, claim


def test_the_prefixed_word_itself_is_still_supported() -> None:
    claim = "Aldrin exposure was associated with subclinical hypothyroidism."
    assert verify(claim, _fixture("28775130")).verdict is Verdict.SUPPORTED


# --- 3. a variant "X+1mM" is not X ---------------------------------------------------------------


@pytest.mark.parametrize(
    "claim",
    [
        "LEmin did not differ from MLSS",
        "LEmin was statistically indistinguishable from MLSS",
        "The lactate minimum (LEmin) was not different from MLSS.",
    ],
)
def test_a_variant_is_not_the_bare_measure(claim: str) -> None:
    assert verify(claim, _fixture("30108519")).verdict is not Verdict.SUPPORTED, claim


def test_the_variant_itself_is_still_supported() -> None:
    claim = "LEmin+1mM did not differ from MLSS."
    assert verify(claim, _fixture("30108519")).verdict is Verdict.SUPPORTED


# --- 4. swapped arms with an inverted comparative; an ending at the recorded end -----------------


@pytest.mark.parametrize(
    "claim",
    [
        "Racemic ketamine turned out to be a weaker blocker of HCN1-containing channels than "
        "its S-(+) form, according to the 2009 Journal of Neuroscience paper.",
        "Racemic ketamine was a weaker blocker of HCN1 channels than S-(+)-ketamine.",
    ],
)
def test_swapped_arms_with_inverted_comparative_is_not_contradicted(claim: str) -> None:
    assert verify(claim, _fixture("19158287")).verdict is not Verdict.CONTRADICTED, claim


def test_the_wrong_way_round_comparative_still_contradicts() -> None:
    claim = "S-(+)-ketamine was a weaker blocker of HCN1 channels than racemic ketamine."
    assert verify(claim, _fixture("19158287")).verdict is Verdict.CONTRADICTED


def test_fading_at_the_recorded_end_is_not_contradicted() -> None:
    claim = "The improvement in anxiety faded after a week."
    assert verify(claim, _fixture("31526207")).verdict is not Verdict.CONTRADICTED


def test_fading_before_the_recorded_end_is_still_contradicted() -> None:
    claim = "The improvement in anxiety faded after a day."
    assert verify(claim, _fixture("31526207")).verdict is Verdict.CONTRADICTED


# --- 5. a sentence about another agent does not exclude what the claim says ----------------------


@pytest.mark.parametrize(
    "claim",
    [
        "Propofol was tested in wild-type and HCN1 knock-out mice.",
        "Propofol was tested in both wild-type and HCN1 knock-out mice.",
    ],
)
def test_exclusion_about_another_agent_does_not_contradict(claim: str) -> None:
    assert verify(claim, _fixture("19158287")).verdict is not Verdict.CONTRADICTED, claim


def test_exclusion_about_the_same_agent_still_contradicts() -> None:
    claim = (
        "Ketamine induced membrane hyperpolarization in cortical pyramidal neurons from both "
        "wild-type and HCN1 knock-out mice."
    )
    assert verify(claim, _fixture("19158287")).verdict is Verdict.CONTRADICTED


# --- 6. a true denied comparison with swapped arms -----------------------------------------------


def _support(claim: str, record: PubMedRecord) -> Verdict:
    result = verify(claim, record)
    return next(f.verdict for f in result.findings if f.kind is FindingKind.SUPPORT)


@pytest.mark.parametrize(
    "claim",
    [
        "Side-effects were no more frequent with placebo than with ketamine.",
        "Side-effects were reported no more often after placebo than after ketamine.",
    ],
)
def test_a_denied_order_the_other_way_round_is_no_flip(claim: str) -> None:
    # the support check's own reading (the direction check is another file's)
    assert _support(claim, _fixture("28757132")) is not Verdict.CONTRADICTED, claim


def test_a_denied_order_the_same_way_round_still_contradicts() -> None:
    claim = "Side-effects were no more frequent with ketamine than with placebo."
    assert _support(claim, _fixture("28757132")) is Verdict.CONTRADICTED


# --- 7. "only with B" against "in both" ----------------------------------------------------------


@pytest.mark.parametrize(
    "claim",
    [
        "Damage to the nuclear membrane was significantly higher after freezing only with "
        "cryosolution B.",
        "Only cryosolution B significantly raised nuclear membrane damage after freezing.",
    ],
)
def test_only_one_against_both_is_contradicted(claim: str) -> None:
    assert verify(claim, _fixture("11748933")).verdict is Verdict.CONTRADICTED, claim
