"""Round 26, polarity: comparisons with the arms swapped, effects said to end too soon, and
effects said to be slow where the record calls them rapid.

- A comparison is the same when both the order of the arms and the comparative flip ("placebo
  caused fewer side effects than X" = "side effects were more frequent with X than placebo"),
  and contradicted when exactly one flips. A list of modifiers between the comparative and
  "than" ("fewer nausea, vomiting and dizziness complaints than") does not hide the comparison.
- An effect said to end (gone, faded, wore off, lasted only ...) by a time T is contradicted
  by a record where it lasted to a later time; ending when it was last seen is no conflict.
- An effect said to take weeks to come is contradicted by a record that calls it rapid, unless
  the slow one is another treatment.
"""

from __future__ import annotations

import pytest

from claimcheck import verify
from claimcheck.pubmed.model import AbstractSection, PubMedRecord
from claimcheck.report.model import Verdict
from claimcheck.verification.checks.arm_order import unlisted


def _record(pmid: str, title: str, text: str, chemicals: list[str] | None = None) -> PubMedRecord:
    return PubMedRecord.model_validate(
        {
            "pmid": pmid,
            "title": title,
            "abstract": [AbstractSection(label="", text=text)],
            "chemicals": chemicals or [],
        }
    )


LIDOCAINE = _record(
    "26001",
    "Intravenous lidocaine for postoperative pain: a randomized trial.",
    "Sixty patients received lidocaine or placebo after abdominal surgery. "
    "Nausea, vomiting and dizziness were more frequently reported after lidocaine than after "
    "placebo. Pain scores fell in both groups.",
    ["Lidocaine"],
)
MEMANTINE = _record(
    "26002",
    "Blockade of cloned NMDA channels by memantine and amantadine.",
    "Recombinant NR1/NR2B channels were expressed in oocytes. The channels were more potently "
    "blocked by memantine than by amantadine at every voltage tested.",
    ["Memantine", "Amantadine"],
)
PSILOCYBIN = _record(
    "26003",
    "A single dose of psilocybin for treatment-resistant depression.",
    "Twenty patients received one oral dose. Reductions in depressive symptoms appeared within "
    "a day of dosing and were sustained for up to 3 weeks. Headache was common.",
    ["Psilocybin"],
)
SCOPOLAMINE = _record(
    "26004",
    "Scopolamine as an antidepressant: a review.",
    "Clinical trials have shown that intravenous scopolamine produces rapid antidepressant "
    "effects in patients with major depression. Its mechanisms remain under study.",
    ["Scopolamine"],
)


@pytest.mark.parametrize(
    "claim",
    [
        "Patients on placebo reported fewer episodes of nausea, vomiting and dizziness than "
        "those on lidocaine.",
        "With placebo there was less nausea, vomiting and dizziness than with lidocaine.",
        "Lidocaine brought more nausea, vomiting and dizziness than placebo.",
    ],
)
def test_both_flipped_is_the_same_comparison(claim: str) -> None:
    assert verify(claim, LIDOCAINE).verdict is not Verdict.CONTRADICTED


@pytest.mark.parametrize(
    "claim",
    [
        "Lidocaine brought fewer episodes of nausea, vomiting and dizziness than placebo.",
        "Placebo brought more nausea, vomiting and dizziness than lidocaine.",
    ],
)
def test_one_flipped_is_contradicted(claim: str) -> None:
    assert verify(claim, LIDOCAINE).verdict is Verdict.CONTRADICTED


def test_potency_swapped_both_ways() -> None:
    assert (
        verify("Amantadine blocked the channels more potently than memantine.", MEMANTINE).verdict
        is Verdict.CONTRADICTED
    )
    assert (
        verify("Memantine blocked the channels more potently than amantadine.", MEMANTINE).verdict
        is not Verdict.CONTRADICTED
    )


def test_a_listed_comparison_keeps_its_offsets() -> None:
    text = "Placebo caused fewer rashes, itching and hives than the cream."
    blanked = unlisted(text)
    assert len(blanked) == len(text)
    assert "rashes  itching" in blanked


@pytest.mark.parametrize(
    "claim",
    [
        "The drop in depressive symptoms was basically gone by the next day.",
        "The reductions in depressive symptoms wore off within 48 hours.",
        "The improvement in depressive symptoms had faded by day 3.",
        "The reductions in depressive symptoms lasted only a few days.",
        "The reductions in depressive symptoms vanished within a week.",
    ],
)
def test_an_effect_ended_before_the_record_has_it_lasting(claim: str) -> None:
    assert verify(claim, PSILOCYBIN).verdict is Verdict.CONTRADICTED


@pytest.mark.parametrize(
    "claim",
    [
        "The reductions in depressive symptoms were sustained for up to 3 weeks.",
        "The reductions in depressive symptoms had not worn off by the next day.",
    ],
)
def test_lasting_as_long_as_recorded_is_no_conflict(claim: str) -> None:
    assert verify(claim, PSILOCYBIN).verdict is not Verdict.CONTRADICTED


@pytest.mark.parametrize(
    "claim",
    [
        "The antidepressant effects of scopolamine take several weeks to show up.",
        "Intravenous scopolamine has a delayed antidepressant response in major depression.",
    ],
)
def test_slow_against_rapid_is_contradicted(claim: str) -> None:
    assert verify(claim, SCOPOLAMINE).verdict is Verdict.CONTRADICTED


def test_another_treatment_being_slow_is_not_contradicted() -> None:
    claim = "Standard antidepressants take several weeks to work, unlike intravenous scopolamine."
    assert verify(claim, SCOPOLAMINE).verdict is not Verdict.CONTRADICTED


GABAPENTIN = _record(
    "26005",
    "Gabapentin misuse in people who use opioids: a systematic review.",
    "We reviewed 14 studies of gabapentin use. Our findings suggest widespread gabapentin "
    "misuse among opioid users, with limited data on dependence.",
    ["Gabapentin"],
)


@pytest.mark.parametrize(
    "claim",
    [
        "The review found no evidence of widespread misuse among opioid users.",
        "The authors saw no sign of misuse among opioid users.",
    ],
)
def test_no_evidence_against_a_suggested_finding_is_contradicted(claim: str) -> None:
    assert verify(claim, GABAPENTIN).verdict is Verdict.CONTRADICTED


def test_no_evidence_of_something_else_is_not_contradicted_by_it() -> None:
    claim = "The review found no evidence of liver damage from long-term use."
    assert verify(claim, GABAPENTIN).verdict is not Verdict.CONTRADICTED


def test_a_treatment_kept_up_is_no_lasting_effect() -> None:
    record = _record(
        "26006",
        "Lithium maintenance in bipolar disorder.",
        "Forty patients with bipolar disorder were maintained on lithium for 12 weeks. Mood "
        "ratings were recorded weekly.",
        ["Lithium"],
    )
    claim = "The mood benefit of lithium wore off within two weeks in bipolar disorder."
    assert verify(claim, record).verdict is not Verdict.CONTRADICTED
