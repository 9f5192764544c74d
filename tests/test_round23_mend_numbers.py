"""Round 23 review mend, numbers: the record's "a single dose" is a count of one; "only a single
X" the record never counts is no missing figure; "not only a single" counts no one; a count of
patients with some other event does not meet a count sharing only "adverse events"; an age is
dropped only against a plain duration, and is read in "younger than 5 years" and "age at onset
of symptoms was 14 months"; a round bound the record's figure keeps does not conflict."""

from __future__ import annotations

import pytest

from claimcheck.pubmed.model import AbstractSection, PubMedRecord
from claimcheck.report.model import Finding, FindingKind, Verdict
from claimcheck.verification.assertions import extract_assertions
from claimcheck.verification.checks.quantities import _is_age, check_quantities
from claimcheck.verification.engine import verify
from claimcheck.verification.index import build_index
from claimcheck.verification.quantities import find_quantities

S, C, N, M = (
    Verdict.SUPPORTED,
    Verdict.CONTRADICTED,
    Verdict.NOT_IN_SOURCE,
    Verdict.METADATA_MISMATCH,
)


def abstract(*sections: str) -> PubMedRecord:
    return PubMedRecord(
        pmid="1", title="A study", abstract=[AbstractSection(text=text) for text in sections]
    )


def quantity_verdicts(claim: str, rec: PubMedRecord) -> list[Verdict]:
    findings: list[Finding] = check_quantities(extract_assertions(claim), rec, build_index(rec))
    return [f.verdict for f in findings if f.kind is FindingKind.QUANTITY]


# --- finding 1: "only a single X" against the record's "a single X" ---------------------------

KETAMINE = abstract(
    "This is the first placebo-controlled, double-blinded trial to assess the treatment effects "
    "of a single dose of an N-methyl-D-aspartate (NMDA) receptor antagonist in patients with "
    "depression.",
    "Seven subjects with major depression completed 2 test days that involved intravenous "
    "treatment with ketamine hydrochloride (.5 mg/kg) or saline solutions under randomized, "
    "double-blind conditions.",
    "Subjects with depression evidenced significant improvement in depressive symptoms within "
    "72 hours after ketamine but not placebo infusion.",
)


@pytest.mark.parametrize(
    "claim",
    [
        "Just a single dose of ketamine improved depressive symptoms within 72 hours in seven "
        "subjects.",
        "Only a single ketamine infusion was needed to improve depressive symptoms within 72 "
        "hours.",
    ],
)
def test_only_a_single_is_not_missing_from_a_record_of_a_single_dose(claim: str) -> None:
    assert N not in quantity_verdicts(claim, KETAMINE)
    assert verify(claim, KETAMINE).verdict is S


def test_the_records_single_noun_backs_a_claimed_one() -> None:
    rec = abstract(
        "Volunteers received a single intravenous infusion of the study drug and were observed "
        "for six hours."
    )
    assert S in quantity_verdicts("Only a single infusion of the drug was given.", rec)
    assert S in quantity_verdicts("The volunteers got only one infusion of the drug.", rec)


def test_a_larger_count_still_conflicts_with_only_a_single() -> None:
    rec = abstract("Three infusions of the study drug were given to each volunteer.")
    assert C in quantity_verdicts("Only a single infusion of the study drug was given.", rec)


@pytest.mark.parametrize(
    "text",
    [
        "Not only a single patient but several discontinued because of adverse events.",
        "It was not just a single trial that found the benefit.",
    ],
)
def test_not_only_a_single_is_no_count_of_one(text: str) -> None:
    assert find_quantities(text) == []


def test_not_only_a_single_patient_is_no_sample_size() -> None:
    rec = abstract(
        "We randomized 240 patients with migraine to erenumab or placebo.",
        "Four patients discontinued because of adverse events.",
    )
    result = verify("Not only a single patient but several discontinued because of AEs.", rec)
    assert result.verdict is not M


# --- finding 2: a count sharing only its noun and "adverse events" ----------------------------

MIGRAINE = abstract(
    "We randomized 240 patients with migraine to erenumab or placebo. Four patients "
    "discontinued because of adverse events. Monthly migraine days fell more with erenumab "
    "than placebo (P < 0.001)."
)


@pytest.mark.parametrize(
    "claim",
    [
        "Two patients in the erenumab arm had adverse events leading to hospital admission.",
        "Only a single patient had a serious adverse event with erenumab.",
    ],
)
def test_a_count_of_another_event_does_not_conflict(claim: str) -> None:
    got = quantity_verdicts(claim, MIGRAINE)
    assert C not in got and M not in got
    assert verify(claim, MIGRAINE).verdict not in (C, M)


def test_a_count_of_another_side_effect_event_in_other_words() -> None:
    rec = abstract(
        "A total of 180 participants were enrolled. Five participants withdrew because of side "
        "effects."
    )
    claim = "Three participants had side effects requiring hospital care."
    got = quantity_verdicts(claim, rec)
    assert C not in got and M not in got


@pytest.mark.parametrize(
    "claim",
    [
        "Only a single patient discontinued because of adverse events.",
        "Two patients discontinued erenumab because of adverse events.",
    ],
)
def test_a_count_of_the_same_event_still_conflicts(claim: str) -> None:
    assert C in quantity_verdicts(claim, MIGRAINE)


# --- finding 3: ages -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "We enrolled 300 children younger than 5 years with acute diarrhoea.",
        "The mean age at onset of symptoms was 14 months.",
        "Infants under 6 months were excluded.",
        "The median age at diagnosis of diabetes was 9 years.",
        "Adults 65 years or older were eligible.",
    ],
)
def test_more_ages_are_read_as_ages(text: str) -> None:
    times = [q for q in find_quantities(text) if q.unit in ("year", "month")]
    assert times and all(_is_age(text, q) for q in times)


DIARRHOEA = abstract(
    "We enrolled 300 children younger than 5 years with acute diarrhoea. Zinc shortened the "
    "duration of diarrhoea compared with placebo (P = 0.02). The mean age at onset of symptoms "
    "was 14 months."
)


@pytest.mark.parametrize(
    "claim",
    [
        "In children aged under 12 years with acute diarrhoea, zinc shortened the duration of "
        "diarrhoea compared with placebo.",
        "Symptoms began at a mean age of 30 months.",
    ],
)
def test_ages_still_conflict_however_each_side_words_them(claim: str) -> None:
    assert C in quantity_verdicts(claim, DIARRHOEA)


@pytest.mark.parametrize(
    "claim",
    [
        "The infants had symptom onset at a mean age of 30 months.",
        "Symptom onset in the infants came at 30 months of age.",
    ],
)
def test_an_age_against_a_time_neither_plainly_age_nor_duration_is_compared(claim: str) -> None:
    rec = abstract("The 60 infants had symptom onset at a mean of 14 months.")
    assert C in quantity_verdicts(claim, rec)


def test_an_age_against_a_plain_duration_is_still_dropped() -> None:
    rec = abstract("Children with asthma were followed for 3 years after the inhaler was started.")
    assert C not in quantity_verdicts("The asthmatic children had a mean age of 8 years.", rec)


# --- finding 4: a round bound the record's figure keeps --------------------------------------


BREAST = abstract("During follow-up, 386 women developed breast cancer.")


@pytest.mark.parametrize("bound", ["400", "500", "390"])
def test_a_bound_the_record_keeps_does_not_conflict(bound: str) -> None:
    claim = f"Fewer than {bound} women developed breast cancer during follow-up."
    got = quantity_verdicts(claim, BREAST)
    assert C not in got and M not in got and S in got


def test_a_bound_far_above_the_record_neither_conflicts_nor_backs() -> None:
    claim = "Fewer than 1000 women developed breast cancer during follow-up."
    got = quantity_verdicts(claim, BREAST)
    assert C not in got and M not in got and S not in got


def test_a_bound_the_record_breaks_still_conflicts() -> None:
    claim = "Fewer than 300 women developed breast cancer during follow-up."
    assert verify(claim, BREAST).verdict in (C, M)


def test_a_share_under_a_round_bound() -> None:
    rec = abstract("Overall, 45% of patients responded to ketamine within a week.")
    assert S in quantity_verdicts(
        "Less than 50% of patients responded to ketamine within a week.", rec
    )
    assert C not in quantity_verdicts(
        "Less than 90% of patients responded to ketamine within a week.", rec
    )
    assert C in quantity_verdicts(
        "Less than 30% of patients responded to ketamine within a week.", rec
    )
