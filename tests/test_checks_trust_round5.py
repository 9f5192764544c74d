"""Trust round 5: every claim element bound to its own place in the record. A qualifier belongs
to the part it names ("medial" to the habenula), an action to its target ("inhibition" of the
receptor), a prefix to its word ("sub-" to "anaesthetic"), a rejected opposite to what the record
says, and a placebo arm to the result the record withholds from it. Also: which claims may be
backed by a sentence that states no result, and which sentence the "only as an aim" message
quotes."""

from __future__ import annotations

import pytest
from synthetic_records import made_up_record

import claimcheck
from claimcheck.pubmed.model import PubMedRecord
from claimcheck.report.model import Verdict
from claimcheck.verification.assertions import extract_assertions
from claimcheck.verification.checks.certainty import speaks_of_no_result


def _verdict(claim: str, record: PubMedRecord) -> Verdict:
    return claimcheck.verify(claim, record).verdict


# --- a positional qualifier bound to its part ---------------------------------------------------

NUCLEI = made_up_record(
    "Lesions of the ventral striatum abolished cocaine place preference in rats.",
    "Grooming was unaffected by the lesions.",
    title="Striatal lesions and cocaine reward in rats",
    pmid="950001",
)


def test_the_other_part_of_an_organ_is_contradicted() -> None:
    claim = "In rats, lesions of the dorsal striatum abolished cocaine place preference."
    assert _verdict(claim, NUCLEI) is Verdict.CONTRADICTED


def test_the_same_part_of_an_organ_is_supported() -> None:
    claim = "In rats, lesions of the ventral striatum abolished cocaine place preference."
    assert _verdict(claim, NUCLEI) is Verdict.SUPPORTED


# --- an action bound to its target ---------------------------------------------------------------

MECHANISMS = made_up_record(
    "We discuss how the drug's benefit may depend on kainate receptor stimulation and on "
    "inhibition of glycine transporters in the spinal cord.",
    "Other candidate mechanisms are outlined.",
    title="Candidate mechanisms of a new analgesic: a review",
    pmid="950002",
)


@pytest.mark.parametrize(
    "claim",
    [
        "The review discusses kainate receptor blockade as a mechanism of the drug's benefit.",
        "The review covers activation of glycine transporters in the spinal cord as a mechanism.",
    ],
)
def test_the_opposite_action_on_the_same_target_is_contradicted(claim: str) -> None:
    assert _verdict(claim, MECHANISMS) is Verdict.CONTRADICTED


@pytest.mark.parametrize(
    "claim",
    [
        "The review discusses kainate receptor stimulation as a mechanism of the drug's benefit.",
        "The review covers inhibition of glycine transporters in the spinal cord as a mechanism.",
    ],
)
def test_the_same_action_on_the_same_target_is_not_contradicted(claim: str) -> None:
    assert _verdict(claim, MECHANISMS) is not Verdict.CONTRADICTED


# --- a prefix bound to its word -------------------------------------------------------------------

DOSES = made_up_record(
    "A single sub-toxic dose of the compound protected neurons after stroke in rats.",
    "The compound also has anti-inflammatory effects in microglia.",
    title="A neuroprotective compound in experimental stroke",
    pmid="950003",
)


@pytest.mark.parametrize(
    "claim",
    [
        "A single toxic dose of the compound protected neurons after stroke in rats.",
        "The compound has inflammatory effects in microglia.",
    ],
)
def test_a_dropped_prefix_that_turns_the_word_round_is_contradicted(claim: str) -> None:
    assert _verdict(claim, DOSES) is Verdict.CONTRADICTED


@pytest.mark.parametrize(
    "claim",
    [
        "A single sub-toxic dose of the compound protected neurons after stroke in rats.",
        "A single below-toxic dose of the compound protected neurons after stroke in rats.",
        "The compound has anti-inflammatory effects in microglia.",
    ],
)
def test_the_record_s_own_prefix_is_supported(claim: str) -> None:
    assert _verdict(claim, DOSES) is Verdict.SUPPORTED


# --- a claim that names the opposite it rejects -----------------------------------------------

SLEEP = made_up_record(
    "Shorter nightly sleep at age 50 was associated with higher dementia risk in later life.",
    "Sleep was measured by questionnaire.",
    title="Sleep duration in midlife and later dementia",
    pmid="950004",
)


@pytest.mark.parametrize(
    "claim",
    [
        "Longer, not shorter, nightly sleep at age 50 went with higher dementia risk later on.",
        "Not shorter but longer nightly sleep at age 50 went with higher later dementia risk.",
    ],
)
def test_rejecting_the_record_s_own_word_is_contradicted(claim: str) -> None:
    assert _verdict(claim, SLEEP) is Verdict.CONTRADICTED


def test_rejecting_the_record_s_opposite_is_supported() -> None:
    claim = "Shorter, not longer, nightly sleep at age 50 went with higher dementia risk later on."
    assert _verdict(claim, SLEEP) is Verdict.SUPPORTED


# --- the placebo arm given a result the record withholds from it ------------------------------

NAUSEA = made_up_record(
    "Nausea scores fell significantly within two hours after ginger but not placebo capsules.",
    "No serious adverse events occurred.",
    title="Ginger for postoperative nausea: a randomized placebo-controlled trial",
    pmid="950005",
)


def test_crediting_the_placebo_arm_too_is_contradicted() -> None:
    claim = "Nausea scores fell significantly within two hours after both ginger and placebo."
    assert _verdict(claim, NAUSEA) is Verdict.CONTRADICTED


def test_the_drug_arm_alone_is_supported() -> None:
    claim = "Nausea scores fell significantly within two hours after ginger but not placebo."
    assert _verdict(claim, NAUSEA) is Verdict.SUPPORTED


# --- which claims may be backed by a sentence that states no result ----------------------------


@pytest.mark.parametrize(
    ("claim", "speaks"),
    [
        ("How iron lowers fatigue remains poorly understood.", True),
        ("Whether iron lowers fatigue remains to be established.", True),
        ("Larger trials of iron for fatigue are needed.", True),
        ("Iron should be further investigated for fatigue.", True),
        ("The authors propose that iron lowers fatigue.", True),
        ("Evidence on iron for fatigue is scarce.", True),
        ("Fatigue remained lower with iron for six months.", False),
        ("Fatigue never returned after iron.", False),
        ("Patients should receive iron for fatigue.", False),
        ("Mice lacking the transporter stored less iron.", False),
        ("Iron limited fatigue in anaemic women.", False),
    ],
)
def test_only_claims_about_an_open_point_or_a_call_are_exempt(claim: str, speaks: bool) -> None:
    assert speaks_of_no_result(extract_assertions(claim)) is speaks


AIMS = made_up_record(
    "Fatigue scores were recorded monthly in 80 anaemic women.",
    "We sought to determine whether fatigue remained lower six months after intravenous iron.",
    title="Intravenous iron and fatigue in anaemic women",
    pmid="950006",
)


def test_an_aim_sentence_does_not_back_a_claim_that_something_remained() -> None:
    claim = "Fatigue remained lower six months after intravenous iron in anaemic women."
    assert _verdict(claim, AIMS) is not Verdict.SUPPORTED


def test_the_aim_message_quotes_the_aim_sentence() -> None:
    claim = "Fatigue remained lower six months after intravenous iron in 80 anaemic women."
    result = claimcheck.verify(claim, AIMS)
    assert result.verdict is not Verdict.SUPPORTED
    aim_messages = [f.message for f in result.findings if "not as a result" in f.message]
    for message in aim_messages:
        assert "We sought to determine" in message


# --- a question called answered that the record calls open -------------------------------------

OPEN_POINT = made_up_record(
    "Gut microbial composition is altered in Parkinson's disease; but how this alteration "
    "contributes to neurodegeneration is unknown.",
    "We summarise the animal work.",
    title="The gut microbiome in Parkinson's disease: a review",
    pmid="950007",
)


def test_claiming_the_open_point_is_now_known_is_contradicted() -> None:
    claim = (
        "Researchers now know how the altered gut microbial composition in Parkinson's disease "
        "contributes to neurodegeneration."
    )
    assert _verdict(claim, OPEN_POINT) is Verdict.CONTRADICTED


def test_the_settled_part_of_the_sentence_is_still_supported() -> None:
    claim = "Gut microbial composition is altered in Parkinson's disease."
    assert _verdict(claim, OPEN_POINT) is Verdict.SUPPORTED


@pytest.mark.parametrize(
    "claim",
    [
        "There were lacking long-term data on iron for fatigue.",
        "Long-term safety data on iron are still lacking.",
    ],
)
def test_a_claim_that_data_are_lacking_speaks_of_an_open_point(claim: str) -> None:
    assert speaks_of_no_result(extract_assertions(claim)) is True
