"""Round 25 review mend (direction): one arm only, "still" as a state, screening wording, and a
finding moved to another arm.

- "only with X" keeps a finding to an arm only when X is one of the record's arms, and what is
  kept there is said in the clause of "only" (up to ";" or ", and"), not anywhere in the claim.
- "were still (markedly) reduced" is a state that lasted, not a change that went on.
- A claim's "screened" meets the record's "identified" only for a count of search records.
- A finding the record says of one arm, claimed of the other, is contradicted.
"""

from __future__ import annotations

import time

import pytest

from claimcheck import verify
from claimcheck.pubmed.model import AbstractSection, PubMedRecord
from claimcheck.report.model import Verdict
from claimcheck.verification.checks.direction import check_continued, check_one_arm_only
from claimcheck.verification.engine import claim_assertions, record_index


def _record(title: str, *sections: tuple[str, str]) -> PubMedRecord:
    return PubMedRecord(
        pmid="1",
        title=title,
        abstract=[AbstractSection(label=label, text=text) for label, text in sections],
    )


# The ketamine anxiety record (PMID 31526207), its results as published.
ANXIETY = _record(
    "Effects of ketamine in patients with treatment-refractory generalized anxiety and social "
    "anxiety disorders: Exploratory double-blind psychoactive-controlled replication study",
    (
        "METHODS",
        "This was a double-blind, psychoactive-controlled ascending dose study in 12 patients "
        "with treatment-resistant generalized anxiety and social anxiety disorders who were not "
        "currently depressed. Ascending doses of ketamine (0.25, 0.5, 1 mg/kg) were administered "
        "at weekly intervals, and midazolam 0.01 mg/kg, the control, was randomly inserted into "
        "the ketamine dose sequence. Assessments included ratings of anxiety and dissociation, "
        "safety and tolerability, and blood samples for ketamine pharmacokinetics and BDNF "
        "concentrations.",
    ),
    (
        "RESULTS",
        "Improvements in anxiety ratings occurred within an hour of ketamine dosing, and "
        "persisted for up to 1 week. A dose-response profile was noted for anxiolytic effects, "
        "dissociative side effects, and changes in blood pressure and heart rate after ketamine "
        "dosing. Midazolam had minor brief effects on anxiety ratings. Ketamine was safe and well "
        "tolerated. Ketamine pharmacokinetics were correlated with dissociation ratings. Serum "
        "BDNF concentrations declined over time and were similar for all treatments.",
    ),
)


@pytest.mark.parametrize(
    "claim",
    [
        # the reviewer's three
        "A dose-response profile for anxiolytic effects was seen only with ketamine; serum BDNF "
        "concentrations declined over time.",
        "Improvements in anxiety ratings persisted for up to 1 week only after ketamine; BDNF "
        "concentrations declined over time.",
        "Ketamine pharmacokinetics were correlated only with dissociation ratings, and serum BDNF "
        "concentrations declined over time.",
        # own wordings: the alike measure named only in another clause, or "only with" a measure
        "The anxiolytic dose-response was found only after ketamine; BDNF in serum fell over time.",
        "Pharmacokinetic data tracked only with dissociation scores, and serum BDNF fell later.",
    ],
)
def test_one_arm_only_reads_its_own_clause_and_a_record_arm(claim: str) -> None:
    assert check_one_arm_only(claim_assertions(claim), record_index(ANXIETY)) == [], claim
    assert verify(claim, ANXIETY).verdict is not Verdict.CONTRADICTED, claim


@pytest.mark.parametrize(
    "claim",
    [
        "Serum BDNF concentrations declined only after ketamine, not after midazolam.",
        "BDNF levels fell only with ketamine.",
        "Only ketamine lowered serum BDNF.",
    ],
)
def test_one_arm_only_still_meets_alike_in_every_arm(claim: str) -> None:
    assert verify(claim, ANXIETY).verdict is Verdict.CONTRADICTED, claim


def test_one_arm_only_is_bounded_on_a_long_claim() -> None:
    # 2,000 "only" phrases, none against an alike clause: each used to be weighed in turn.
    claim = " ".join(f"Heart rate rose only with ketamine in week {i}." for i in range(2000))
    assertions = claim_assertions(claim)
    index = record_index(ANXIETY)
    check_one_arm_only(claim_assertions("BDNF fell only with ketamine."), index)  # warm memos
    start = time.process_time()
    assert check_one_arm_only(assertions, index) == []
    assert time.process_time() - start < 0.3


# The maintenance record (PMID 30922101), as published.
MAINTENANCE = _record(
    "Single, Repeated, and Maintenance Ketamine Infusions for Treatment-Resistant Depression: "
    "A Randomized Controlled Trial",
    (
        "METHODS",
        "Responders, classified as those participants who had a >=50% decrease in their scores "
        "on the Montgomery-Asberg Depression Rating Scale (MADRS), received four additional "
        "infusions administered once weekly (maintenance phase).",
    ),
    (
        "RESULTS",
        "Fifty-nine percent of participants met response criteria after repeated infusions, with "
        "a median of three infusions required before achieving response. Participants had no "
        "further change in MADRS scores during weekly maintenance infusions.",
    ),
    (
        "CONCLUSIONS",
        "Repeated ketamine infusions have cumulative and sustained antidepressant effects. "
        "Reductions in depressive symptoms were maintained among responders through "
        "once-weekly infusions.",
    ),
)


@pytest.mark.parametrize(
    "claim",
    [
        "Among responders, MADRS scores were still markedly reduced during weekly maintenance "
        "infusions.",
        "Among responders, MADRS scores were still reduced during weekly maintenance infusions.",
        "MADRS scores of responders remained still lower during the weekly maintenance infusions.",
        "During weekly maintenance infusions, responders' MADRS scores are still clearly improved.",
    ],
)
def test_still_after_be_is_a_state_not_a_continued_change(claim: str) -> None:
    assert check_continued(claim_assertions(claim), record_index(MAINTENANCE)) == [], claim
    assert verify(claim, MAINTENANCE).verdict is not Verdict.CONTRADICTED, claim


@pytest.mark.parametrize(
    "claim",
    [
        "Among responders, MADRS scores still fell during weekly maintenance infusions.",
        "Among responders, MADRS scores were still falling during weekly maintenance infusions.",
        "MADRS scores were still getting better during the weekly maintenance infusions.",
    ],
)
def test_still_changing_is_still_a_continued_change(claim: str) -> None:
    assert verify(claim, MAINTENANCE).verdict is Verdict.CONTRADICTED, claim


# The chronic pain review (PMID 31082965): the authors screened; the search found 696 studies.
REVIEW = _record(
    "Ketamine Infusions for Chronic Pain: A Systematic Review and Meta-analysis of Randomized "
    "Controlled Trials",
    (
        "METHODS",
        "We searched Medline, Embase, and Google Scholar for randomized control trials comparing "
        "IV ketamine to placebo infusions for chronic pain. Three authors independently screened "
        "the studies, pooled the data, and appraised risk of bias.",
    ),
    ("RESULTS", "We identified 696 records; 7 studies met inclusion criteria."),
)


@pytest.mark.parametrize(
    "claim",
    [
        "Three authors independently identified the studies.",
        "The studies were identified independently by three authors.",
    ],
)
def test_identifying_is_not_the_screening_step(claim: str) -> None:
    assert verify(claim, REVIEW).verdict is not Verdict.SUPPORTED, claim


@pytest.mark.parametrize(
    "claim",
    [
        "Three authors independently screened the studies.",
        "Of nearly 700 records screened, 7 studies met inclusion criteria.",
    ],
)
def test_screening_wording_still_met(claim: str) -> None:
    assert verify(claim, REVIEW).verdict is Verdict.SUPPORTED, claim


@pytest.mark.parametrize(
    "claim",
    [
        # red-team x-w3: the two findings trade arms across one sentence
        "Midazolam showed a dose-response profile for anxiolytic effects, while ketamine had "
        "minor brief effects on anxiety ratings.",
        "Ketamine had minor brief effects on anxiety ratings.",
        "Midazolam showed a dose-response profile for anxiolytic effects.",
    ],
)
def test_a_finding_moved_to_the_other_arm_is_contradicted(claim: str) -> None:
    found = verify(claim, ANXIETY)
    assert found.verdict is Verdict.CONTRADICTED, claim


@pytest.mark.parametrize(
    "claim",
    [
        "Midazolam had minor brief effects on anxiety ratings.",
        "Ketamine showed a dose-response profile for anxiolytic effects.",
        "Ketamine was safe and well tolerated.",
        "Midazolam had minor brief effects on anxiety ratings, while ketamine showed a "
        "dose-response profile for anxiolytic effects.",
    ],
)
def test_a_finding_on_its_own_arm_is_not_contradicted(claim: str) -> None:
    assert verify(claim, ANXIETY).verdict is not Verdict.CONTRADICTED, claim
