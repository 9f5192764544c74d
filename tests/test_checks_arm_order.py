"""Which arm did better: a claim's ranking of two arms against the record's ranking."""

from __future__ import annotations

import pytest

from claimcheck.pubmed.model import AbstractSection, PubMedRecord
from claimcheck.report.model import Finding, Verdict
from claimcheck.verification.assertions import extract_assertions
from claimcheck.verification.checks.arm_order import check_arm_order
from claimcheck.verification.index import build_index

S, C = Verdict.SUPPORTED, Verdict.CONTRADICTED

BUT_NOT = (
    "Patients with chronic migraine reported significant relief of headache pain within two "
    "weeks after lidocaine but not vehicle injections."
)
COMPARED_FIRST = (
    "Compared with sertraline, a daily psilocybin dose produced a significantly greater "
    "improvement in anxiety scores at week six."
)
THAN = (
    "The reduction in wound infections was greater with topical honey than with the sham dressing."
)
HARM = "Nausea was reported more often with oxytocin than with placebo."
UNRANKED = (
    "Sixty adults received lidocaine or vehicle injections and headache pain was recorded "
    "daily for two weeks."
)


def abstract(*sentences: str) -> PubMedRecord:
    return PubMedRecord(
        pmid="1", title="A trial", abstract=[AbstractSection(text=" ".join(sentences))]
    )


def judged(claim: str, *sentences: str) -> list[Finding]:
    rec = abstract(*sentences)
    return check_arm_order(extract_assertions(claim), rec, build_index(rec))


def verdicts(claim: str, *sentences: str) -> list[Verdict]:
    return [f.verdict for f in judged(claim, *sentences)]


@pytest.mark.parametrize(
    "claim",
    [
        "Lidocaine was less effective than vehicle for headache pain.",
        "Lidocaine relieved headache pain less than the vehicle did.",
        "Lidocaine did less to ease headache pain than a dummy injection.",
        "Vehicle injections relieved headache pain more than lidocaine did.",
        "The placebo eased headache pain more than lidocaine.",
        "Lidocaine was inferior to vehicle for headache pain.",
        "Vehicle outperformed lidocaine on headache pain.",
    ],
)
def test_a_reversed_ranking_contradicts_but_not(claim: str) -> None:
    (finding,) = judged(claim, BUT_NOT)
    assert finding.verdict is C
    assert "lidocaine ahead of placebo" in finding.message
    assert finding.evidence is not None and "but not vehicle" in finding.evidence.sentence


@pytest.mark.parametrize(
    "claim",
    [
        "Lidocaine was more effective than vehicle for headache pain.",
        "Lidocaine relieved headache pain more than a sham injection did.",
        "Lidocaine outperformed the vehicle on headache pain.",
    ],
)
def test_the_same_ranking_is_supported(claim: str) -> None:
    assert verdicts(claim, BUT_NOT) == [S]


def test_compared_with_first_ranks_the_subject_ahead() -> None:
    assert verdicts("Sertraline improved anxiety more than psilocybin.", COMPARED_FIRST) == [C]
    assert verdicts("Psilocybin beat sertraline on anxiety.", COMPARED_FIRST) == [S]


def test_a_greater_reduction_of_a_harm_ranks_that_arm_ahead() -> None:
    assert verdicts("Honey did less than sham dressings to prevent wound infections.", THAN) == [C]
    assert verdicts("Honey cut wound infections more than a sham dressing did.", THAN) == [S]


def test_harms_rank_the_other_way() -> None:
    assert verdicts("Oxytocin caused less nausea than placebo.", HARM) == [C]
    assert verdicts("Placebo caused less nausea than oxytocin.", HARM) == [S]
    assert verdicts("Oxytocin caused more nausea than placebo.", HARM) == [S]


def test_no_better_than_placebo_against_a_drug_that_beat_it() -> None:
    (finding,) = judged("Lidocaine was no better than vehicle for headache pain.", BUT_NOT)
    assert finding.verdict is C and "lidocaine ahead of placebo" in finding.message


def test_a_record_that_does_not_rank_the_arms_gives_nothing() -> None:
    assert judged("Lidocaine was less effective than vehicle for headache pain.", UNRANKED) == []
    assert judged("Honey was less effective than sham dressings.", BUT_NOT) == []


def test_a_ranking_on_another_outcome_gives_nothing() -> None:
    assert judged("Lidocaine caused fewer side effects than vehicle.", BUT_NOT) == []
    assert judged("Oxytocin improved milk supply less than placebo.", HARM) == []


def test_a_claim_that_ranks_nothing_gives_nothing() -> None:
    assert judged("Lidocaine relieved headache pain within two weeks.", BUT_NOT) == []
