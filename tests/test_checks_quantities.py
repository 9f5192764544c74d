"""Numbers: matched with what they measure; another value for the same measure contradicts."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from claimcheck.pubmed.model import AbstractSection, PubMedRecord
from claimcheck.pubmed.parser import parse_records
from claimcheck.report.model import Finding, Verdict
from claimcheck.verification.assertions import extract_assertions
from claimcheck.verification.checks.quantities import check_quantities
from claimcheck.verification.index import build_index

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
S, C, N = Verdict.SUPPORTED, Verdict.CONTRADICTED, Verdict.NOT_IN_SOURCE


@cache
def record(pmid: str) -> PubMedRecord:
    return parse_records((FIXTURES / f"{pmid}.xml").read_bytes())[0]


def findings(claim: str, rec: PubMedRecord) -> list[Finding]:
    return check_quantities(extract_assertions(claim), rec, build_index(rec))


def verdicts(claim: str, rec: PubMedRecord) -> list[Verdict]:
    return [f.verdict for f in findings(claim, rec)]


def test_percentages_in_words_match_digits_with_their_measure() -> None:
    claim = "59% of depressed patients achieved a significant (greater than 50%) reduction in "
    claim += "their symptoms after ketamine infusions"
    found = findings(claim, record("30922101"))
    assert [(f.verdict, f.source_says) for f in found] == [
        (S, "Fifty-nine percent"),
        (S, "50%"),  # "≥50% decrease" backs "greater than 50% reduction"
    ]
    rec = record("30922101")
    for finding in found:
        assert finding.evidence is not None and finding.evidence.span is not None
        span = finding.evidence.span
        assert rec.abstract_text[span.start : span.end] == finding.evidence.sentence


@pytest.mark.parametrize("wrong", ["69%", "49%", "seventy percent"])
def test_another_value_for_the_same_measure_is_contradicted(wrong: str) -> None:
    claim = f"{wrong} of depressed patients met response criteria after repeated infusions"
    (finding,) = findings(claim, record("30922101"))
    assert finding.verdict is C
    assert finding.source_says == "Fifty-nine percent"


def test_the_same_number_measuring_something_else_is_not_support() -> None:
    # Glue 2018: 18 of 20 "reported improved social functioning", and 18 (90%) met SAD criteria;
    # no count is given for reduced anxiety.
    (finding,) = findings("18 of the 20 patients studied reported significant reductions in "
                          "anxiety", record("29561204"))  # fmt: skip
    assert finding.verdict is N
    assert "measures something else" in finding.message


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("sustained infusions (3x weekly over the course of 2 weeks) provided benefit", [S, S]),
        ("infusions were given four times weekly over 2 weeks", [C, S]),
        ("improvements persisted for up to one week after a single treatment", [S]),
        ("weekly injections of ketamine for 3 months", [S, S]),
    ],
)
def test_frequencies_and_durations(claim: str, expected: list[Verdict]) -> None:
    pmid = "31526207" if "persisted" in claim else "29561204" if "months" in claim else "30922101"
    assert verdicts(claim, record(pmid)) == expected


def test_a_dose_is_not_matched_by_rounding_alone() -> None:
    assert verdicts("patients received ketamine at 0.5 mg/kg", record("10686270")) == [S]
    assert verdicts("patients received ketamine at 1 mg/kg", record("10686270")) == [C]


def test_a_sign_written_in_words_matches_a_signed_value() -> None:
    claim = "ketamine reduced pain scores by 1.83 points"
    assert verdicts(claim, record("31082965")) == [S]


def test_a_figure_the_abstract_lacks_is_not_in_source() -> None:
    (finding,) = findings("72% of studies referenced dissociative side effects", record("28757132"))
    assert finding.verdict is N
    assert finding.message == "the abstract gives no figure for the claim's 72%"


def test_shares_of_different_things_never_conflict() -> None:
    rec = PubMedRecord(
        pmid="1",
        title="Trial",
        abstract=[AbstractSection(text="Forty percent of participants responded to treatment.")],
    )
    # 25% of studies is not a share of participants: no contradiction, only absence.
    assert verdicts("25% of studies reported that patients responded to treatment", rec) == [N]
    assert verdicts("25% of participants responded to treatment", rec) == [C]


def test_counts_of_the_same_thing_conflict() -> None:
    assert verdicts("participants received six ketamine infusions", record("30922101")) == [S]
    assert verdicts("participants received ten ketamine infusions", record("30922101")) == [C]


def test_an_upper_bound_names_the_limit() -> None:
    # Orhurhu 2019: "a small effect up to 2 weeks after the infusion".
    assert verdicts(
        "the pain benefit lasted up to 2 weeks after the infusion", record("31082965")
    ) == [S]
    assert verdicts(
        "the pain benefit lasted up to 6 months after the infusion", record("31082965")
    ) == [C]


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("Nearly 60% of participants met response criteria after repeated infusions", S),
        ("About two-thirds of participants met response criteria after repeated infusions", C),
        ("Fifty-nine per cent of participants met response criteria after repeated infusions", S),
        ("A median of three infusions was required before achieving response", S),
        ("A median of five infusions was required before achieving response", C),
    ],
)
def test_number_formats(claim: str, verdict: Verdict) -> None:
    assert verdicts(claim, record("30922101")) == [verdict]


def test_numbers_in_a_list_keep_their_own_words() -> None:
    # Glue 2018: "15 patients (75%) met criteria for GAD and 18 (90%) for SAD": 75% is the GAD
    # share; the 90% in the same sentence must not contradict it.
    assert verdicts("Three quarters of the patients met criteria for GAD", record("29561204")) == [
        S
    ]
    assert verdicts("Half of the patients were women", record("29561204")) == [S]


def test_a_bracketed_statistic_belongs_to_the_words_it_annotates() -> None:
    rec = PubMedRecord(
        pmid="1",
        title="Cohort",
        abstract=[
            AbstractSection(
                text="Smoking was associated with higher risk of stroke (OR 1.50; 95% CI 1.2 to "
                "1.9), and drinking with higher risk of falls (OR 2.10; 95% CI 1.5 to 2.9)."
            )
        ],
    )
    assert verdicts("smoking was associated with higher stroke risk (OR 1.50)", rec) == [S]
    assert verdicts("smoking was associated with higher stroke risk (OR 2.10)", rec) == [C]
