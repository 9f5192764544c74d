"""Like with like: a claim's number only meets a source number that measures the same thing."""

from __future__ import annotations

from pathlib import Path

import pytest
from heldout_records import load_record

from claimcheck.pubmed.model import AbstractSection, PubMedRecord
from claimcheck.report.model import Finding, Verdict
from claimcheck.verification.assertions import extract_assertions
from claimcheck.verification.checks.quantities import check_quantities
from claimcheck.verification.checks.sample_size import check_sample_size
from claimcheck.verification.index import build_index

ROOT = Path(__file__).resolve().parents[1]
S, C, N, M = (
    Verdict.SUPPORTED,
    Verdict.CONTRADICTED,
    Verdict.NOT_IN_SOURCE,
    Verdict.METADATA_MISMATCH,
)


record = load_record


def abstract(text: str) -> PubMedRecord:
    return PubMedRecord(pmid="1", title="A study", abstract=[AbstractSection(text=text)])


def found(claim: str, rec: PubMedRecord) -> dict[str, Verdict]:
    findings: list[Finding] = check_quantities(extract_assertions(claim), rec, build_index(rec))
    return {f.claim_says or "": f.verdict for f in findings}


def sizes(claim: str, rec: PubMedRecord) -> list[Verdict]:
    return [f.verdict for f in check_sample_size(extract_assertions(claim), rec, build_index(rec))]


# --- counts name what they count ----------------------------------------------------------------


def test_doses_are_never_measured_by_a_head_count() -> None:
    # Glue 2018: "20 patients", "one or two weekly ketamine doses"
    result = found("Patients given two doses a week improved more than those given one.",
                   record("29561204"))  # fmt: skip
    assert C not in result.values()


def test_counts_of_the_same_kind_of_thing_still_conflict() -> None:
    rec = abstract("Twelve patients received six infusions over two weeks.")
    assert (
        found("Twelve patients received ten injections over two weeks.", rec)["ten injections"] is C
    )
    assert (
        found("Twelve patients received six injections over two weeks.", rec)["six injections"] is S
    )


def test_an_approximate_count_meets_a_stated_n_of_n() -> None:
    # Orhurhu 2019: "Among 696 studies assessed for eligibility, 7 met inclusion criteria";
    # "Three studies reported significant analgesic benefit".
    claim = "Of almost 700 studies the reviewers assessed, only seven qualified for the review."
    assert found(claim, record("31082965"))["700 studies"] is S
    claim = "Of some 900 studies the reviewers assessed, only seven qualified for the review."
    assert found(claim, record("31082965"))["900 studies"] is not S


# --- outcomes of different kinds ----------------------------------------------------------------


def test_remission_is_not_improved_functioning() -> None:
    # Glue 2018: "Of the 20 patients, 18 reported improved social functioning"; no remission count
    rec = record("29561204")
    assert (
        found("Fifteen of the 20 patients were in remission once treatment ended.", rec)[
            "Fifteen of the 20"
        ]
        is N
    )
    assert found("Two-thirds of the patients were still in remission.", rec)["Two-thirds"] is N


def test_a_share_of_the_same_outcome_still_conflicts() -> None:
    rec = abstract("Of the 20 patients, 18 were in remission after treatment.")
    assert (
        found("Fifteen of the 20 patients were in remission after treatment.", rec)[
            "Fifteen of the 20"
        ]
        is C
    )


# --- times time something -----------------------------------------------------------------------


def test_a_time_limit_is_not_a_time_point() -> None:
    # Glue 2018: "blood pressure increased by ~10 mm Hg at 30 min"
    claim = "Blood pressure was back to pre-dose levels within two hours of each injection."
    assert found(claim, record("29561204"))["two hours"] is N


def test_time_points_of_the_same_thing_conflict() -> None:
    rec = abstract("Blood pressure increased by 10 mm Hg at 30 min after dosing.")
    assert found("Blood pressure increased at 2 hours after dosing.", rec)["2 hours"] is C
    assert found("Blood pressure increased at half an hour after dosing.", rec)["half an hour"] is S


def test_a_recovery_time_is_not_the_time_of_a_change() -> None:
    rec = abstract("Blood pressure rose by 10 mm Hg at 30 min after dosing.")
    claim = "Blood pressure returned to baseline at 2 hours after dosing."
    assert found(claim, rec)["2 hours"] is N


def test_time_after_treatment_ended_is_not_the_treatment_length() -> None:
    # Glue 2018: "3 months of weekly ketamine", "injected subcutaneously for 3 months"
    rec = record("29561204")
    claim = "Patients stayed in remission for six months after the weekly injections ended."
    assert found(claim, rec)["six months"] is N
    claim = "Patients were still in remission three months after the weekly injections stopped."
    assert found(claim, rec)["three months"] is N  # the same number, another measure
    assert found("Patients received weekly injections for six months.", rec)["six months"] is C


def test_a_length_of_infusion_is_not_a_number_of_test_days() -> None:
    # Berman 2000: "completed 2 test days ... ketamine hydrochloride (.5 mg/kg)"
    rec = record("10686270")
    result = found(
        "Ketamine hydrochloride was given intravenously at .5 mg/kg over 40 minutes.", rec
    )
    assert result == {".5 mg/kg": S, "40 minutes": N}


def test_an_upper_bound_of_the_same_span_still_conflicts() -> None:
    # Orhurhu 2019: "a small effect up to 2 weeks after the infusion"
    rec = record("31082965")
    assert (
        found("The pain relief from a ketamine infusion lasted up to three months.", rec)[
            "three months"
        ]
        is C
    )


# --- scales, doses, pairs and folds ---------------------------------------------------------------


def test_a_scale_size_is_never_set_against_a_result() -> None:
    # Orhurhu 2019: "−1.83 points on a 0–10 numerical rating scale"
    claim = (
        "Pooled, the trials showed a drop in pain of just under two points on a ten-point scale."
    )
    assert found(claim, record("31082965")) == {"two points": S}
    claim = "Pooled, the trials showed a drop in pain of about three points on a ten-point scale."
    assert found(claim, record("31082965")) == {"three points": C}


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("Seven patients each had half a milligram of ketamine per kilogram of body weight.", S),
        ("Seven depressed patients were given a single intravenous ketamine dose of 5 mg per "
         "kilogram.", C),
    ],
)  # fmt: skip
def test_written_out_doses(claim: str, expected: Verdict) -> None:
    doses = [v for says, v in found(claim, record("10686270")).items() if "kilogram" in says]
    assert doses == [expected]


def test_a_change_from_a_to_b_meets_a_stated_range() -> None:
    # Taddei 2001: "damages to nuclear membrane were significantly higher after freezing
    # (cryosolution A: 8 to 23%, P < 0.01; cryosolution B: 5 to 38%, P < 0.001)"
    rec = record("11748933")
    claim = "The share of cells with a damaged nuclear membrane rose from 5% to 38%."
    assert found(claim, rec) == {"5%": S, "38%": S}
    claim = "The share of cells with a damaged nuclear membrane rose from 5% to 58%."
    assert C in found(claim, rec).values()


@pytest.mark.parametrize(
    ("fold", "expected"),
    [
        ("more than sevenfold", S),  # 5% -> 38% is 7.6-fold
        ("nearly eightfold", S),
        ("tenfold", C),
        ("more than tenfold", C),
    ],
)
def test_a_fold_word_against_the_ratio_of_two_stated_numbers(fold: str, expected: Verdict) -> None:
    claim = f"After freezing in cryosolution B, nuclear membrane damage rose {fold}."
    result = found(claim, record("11748933"))
    assert list(result.values()) == [expected]


def test_doubled_against_two_numbers_of_one_measure() -> None:
    rec = abstract("The response rate rose from 20% with placebo to 41% with the drug.")
    assert found("The drug doubled the response rate.", rec)["doubled"] is S
    assert found("The drug tripled the response rate.", rec)["tripled"] is C


# --- sample sizes ---------------------------------------------------------------------------------


def test_a_count_of_infusions_is_not_a_sample_size() -> None:
    # Phillips 2019: "Forty-one participants"; "a median of three infusions required before
    # achieving response"
    rec = record("30922101")
    claim = "It took a median of three infusions before patients responded."
    assert sizes(claim, rec) == []
    assert found(claim, rec)["three infusions"] is S
    claim = "It took a median of five infusions before patients responded."
    assert found(claim, rec)["five infusions"] is C


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("A study of some 1,200 male pesticide applicators found a link.", [M]),
        ("A study of about 680 male pesticide applicators found a link.", [S]),
        ("A study of more than 600 male pesticide applicators found a link.", [S]),
        ("A study of 679 male pesticide applicators found a link.", [S]),
    ],
)
def test_approximate_sample_sizes(claim: str, expected: list[Verdict]) -> None:
    # Lerro 2018: "679 men"
    assert sizes(claim, record("28775130")) == expected
