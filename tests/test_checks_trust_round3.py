"""Trust, round 3: what a sentence that states no result cannot back, swapped entities, loose
matches, and true claims a tie or a short claim once cost. Wordings are our own."""

from __future__ import annotations

import pytest
from heldout_records import load_record
from synthetic_records import made_up_record

import claimcheck
from claimcheck.pubmed.model import PubMedRecord
from claimcheck.report.model import Verdict
from claimcheck.verification.assertions import extract_assertions
from claimcheck.verification.checks.certainty import (
    no_result,
    no_result_clauses,
    speaks_of_no_result,
)


def _record(pmid: str, title: str, *sentences: str) -> PubMedRecord:
    return made_up_record(*sentences, title=title, pmid=pmid)


FERRITIN = _record(
    "910001",
    "Serum ferritin and relapse in treated anaemia",
    "Relapse is common after iron therapy.",
    "We hypothesized that serum ferritin could predict relapse more accurately than haemoglobin.",
    "Ninety adults were followed for two years after treatment.",
    "Relapse occurred in 30 of the 90 adults.",
)
LITHIUM = _record(
    "910002",
    "Lithium and the thyroid",
    "Lithium is widely prescribed for bipolar disorder.",
    "The effect of lithium on thyroid volume is unclear, as is the role of iodine intake.",
    "We measured thyroid volume by ultrasound in 120 patients.",
    "Goitre was found in 18 patients.",
)
ASPIRIN = _record(
    "910003",
    "Daily aspirin in the elderly: a systematic review",
    "We included 14 trials of daily aspirin in adults over 70.",
    "Bleeding was the most frequent adverse event.",
    "We recommend long-term trials to assess the safety of daily aspirin in the elderly.",
)
BUPROPION = _record(
    "910004",
    "Bupropion: mechanisms of action",
    "Bupropion is an antidepressant used for smoking cessation.",
    "Here we review hypotheses for the mechanism of action of bupropion, including dopamine "
    "release and nicotinic receptor blockade.",
)
SALT = _record(
    "910005",
    "Salt and blood pressure",
    "Ample evidence shows that sodium intake is raised in essential hypertension; but the "
    "mechanisms by which it raises blood pressure are unclear.",
    "We review dietary trials.",
)
PESTICIDES = _record(
    "910006",
    "Occupational pesticides and asthma in farmers",
    "We studied 900 farmers.",
    "Higher exposure to the fungicide captan was associated with asthma (OR 2.1).",
    "Higher exposure to the herbicide atrazine was associated with wheeze (OR 1.6).",
    "Our results suggest that captan, atrazine and paraquat may affect the airways.",
)
IRON = _record(
    "910008",
    "Variants at the HFE region and iron overload",
    "Three SNPs were associated with iron overload, including rs111 (per allele OR 1.3; "
    "p=0.01), rs222 (per allele OR 1.4; p=0.02) and rs333 (per allele OR 0.7; p=0.03).",
    "The minor allele for rs111 was associated with higher ferritin (p=0.02).",
    "Iron overload was more common in men.",
)
LITHIUM_TRIAL = _record(
    "910009",
    "Weekly Lithium Infusions for Bipolar Depression: A Randomized Controlled Trial",
    "Lithium has been shown to have antisuicidal effects in patients with bipolar depression.",
    "Sixty participants with bipolar depression completed a randomized comparison of lithium and "
    "diphenhydramine (an active placebo control).",
    "Compared with diphenhydramine, lithium produced a greater reduction in depressive symptoms.",
)


def _verdict(claim: str, record: PubMedRecord) -> Verdict:
    return claimcheck.verify(claim, record).verdict


# --- C2: an aim, a hypothesis, an open question, a recommendation or a review's scope -----------


@pytest.mark.parametrize(
    ("record", "claim"),
    [
        (FERRITIN, "Serum ferritin predicted relapse more accurately than haemoglobin."),
        (FERRITIN, "Ferritin was a poor predictor of relapse."),
        (LITHIUM, "The role of iodine intake in lithium's effect on thyroid volume is well known."),
        (ASPIRIN, "The review found that daily aspirin is safe in the elderly over the long term."),
        (BUPROPION, "The review shows that bupropion works by dopamine release."),
    ],
)  # fmt: skip
def test_a_sentence_stating_no_result_never_backs_a_plain_claim(
    record: PubMedRecord, claim: str
) -> None:
    assert _verdict(claim, record) is not Verdict.SUPPORTED


@pytest.mark.parametrize(
    ("record", "claim"),
    [
        (FERRITIN, "The authors hypothesized that serum ferritin could predict relapse more "
         "accurately than haemoglobin."),
        (LITHIUM, "The effect of lithium on thyroid volume remains unclear."),
        (ASPIRIN, "The authors call for long-term trials to assess the safety of daily aspirin in "
         "the elderly."),
        (BUPROPION, "The authors review hypotheses for how bupropion acts, including dopamine "
         "release."),
        # only the second clause is open: the first states a result
        (SALT, "Sodium intake is raised in essential hypertension."),
    ],
)  # fmt: skip
def test_a_claim_that_reports_the_aim_or_the_open_point_is_backed(
    record: PubMedRecord, claim: str
) -> None:
    assert _verdict(claim, record) is Verdict.SUPPORTED


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("We aimed to compare two doses of vitamin D in older women.", "an aim"),
        ("The objective of this trial was to test whether zinc shortens colds.", "an aim"),
        ("It is widely believed that statins reduce dementia risk.", "a hypothesis"),
        ("Whether metformin prevents cancer remains to be determined.", "an open question"),
        ("There is a paucity of evidence on long-term safety.", "an open question"),
        ("Further randomized trials are needed to confirm the benefit.", "a recommendation"),
        ("In this review we summarize the genetics of migraine.", "what the review covers"),
        ("Metformin lowered HbA1c by 1.2% at 6 months.", None),
        ("These results support the hypothesis that zinc shortens colds.", None),
    ],
)
def test_sentences_that_state_no_result_are_told_apart(sentence: str, kind: str | None) -> None:
    assert no_result(sentence) == kind


def test_only_the_open_clause_of_a_sentence_states_no_result() -> None:
    text = "Zinc shortened colds by two days; however, the dose that works best is unknown."
    clauses = no_result_clauses(text)
    assert [(text[a:b].strip(" ;,"), kind) for a, b, kind in clauses] == [
        ("however, the dose that works best is unknown.", "an open question")
    ]


@pytest.mark.parametrize(
    ("claim", "speaks"),
    [
        ("Zinc may shorten colds.", True),
        ("The trial examined whether zinc shortens colds.", True),
        ("The authors call for larger trials of zinc.", True),
        ("The trial found that zinc shortens colds.", False),
        ("Zinc is known to shorten colds.", False),
        ("Zinc shortens colds.", False),
    ],
)
def test_which_claims_speak_of_no_result(claim: str, speaks: bool) -> None:
    assert speaks_of_no_result(extract_assertions(claim)) is speaks


# --- C4: a sentence about something the record tells apart from the claim's word ------------------


@pytest.mark.parametrize(
    ("record", "claim", "backed"),
    [
        (PESTICIDES, "Exposure to the herbicide captan was associated with asthma.", False),
        (PESTICIDES, "Exposure to the fungicide captan was associated with asthma.", True),
        (IRON, "The minor allele of rs222 was associated with higher ferritin.", False),
        (IRON, "The minor allele of rs333 was associated with higher ferritin.", False),
        (IRON, "The minor allele of rs111 was associated with higher ferritin.", True),
    ],
)  # fmt: skip
def test_a_swapped_entity_is_not_supported(
    record: PubMedRecord, claim: str, backed: bool
) -> None:
    assert (_verdict(claim, record) is Verdict.SUPPORTED) is backed


@pytest.mark.parametrize(
    ("pmid", "claim", "backed"),
    [
        # the stage the sentence names ("prefreezing") is listed with the claim's in the title
        ("11748933", "With cryosolution A, 61% of sperm cells had an absent or damaged "
         "plasmalemma once thawed.", False),
        ("11748933", "With cryosolution A, 61% of sperm cells had an absent or damaged "
         "plasmalemma in the prefreezing phase.", True),
        # what one variant's sentence says, told of another variant of the same list
        ("27797938", "Carrying the minor allele of rs2736098 was tied to shorter leucocyte "
         "telomeres.", False),
        ("27797938", "Carrying the minor allele of rs401681 was tied to shorter leucocyte "
         "telomeres.", True),
    ],
)  # fmt: skip
def test_stage_and_variant_swaps_in_real_records(pmid: str, claim: str, backed: bool) -> None:
    assert (_verdict(claim, load_record(pmid)) is Verdict.SUPPORTED) is backed


# --- true paraphrases: a tie with the title, one distinctive phrase -------------------------------


def test_an_abstract_sentence_beats_the_title_in_a_tie() -> None:
    claim = "Sixty people with bipolar depression took part in the trial."
    assert _verdict(claim, LITHIUM_TRIAL) is Verdict.SUPPORTED


@pytest.mark.parametrize(
    "claim",
    [
        "Midazolam was used as an active placebo.",
        "The control drug, midazolam, was an active placebo.",
    ],
)
def test_one_drug_and_its_design_phrase_are_enough(claim: str) -> None:
    assert _verdict(claim, load_record("30922101")) is Verdict.SUPPORTED
