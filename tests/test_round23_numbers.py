"""Round 23, numbers: ages are not durations, a course's length is not a time to relapse,
listed figures pair with listed quantiles by place, a round bound states a figure just
under it, and "only a single X" is a count of one."""

from __future__ import annotations

import pytest

from claimcheck.pubmed.model import AbstractSection, PubMedRecord
from claimcheck.report.model import Finding, Verdict
from claimcheck.verification.assertions import extract_assertions
from claimcheck.verification.checks.quantities import (
    _is_age,
    _listed_quantiles,
    _listed_rank,
    check_quantities,
)
from claimcheck.verification.index import build_index
from claimcheck.verification.quantities import find_quantities

S, C = Verdict.SUPPORTED, Verdict.CONTRADICTED


def abstract(text: str) -> PubMedRecord:
    return PubMedRecord(pmid="1", title="A study", abstract=[AbstractSection(text=text)])


def verdicts(claim: str, rec: PubMedRecord) -> list[Verdict]:
    findings: list[Finding] = check_quantities(extract_assertions(claim), rec, build_index(rec))
    return [f.verdict for f in findings]


# --- an age is never a length of time --------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Trial participants had a mean age of about 50 years.",
        "Patients aged 60 to 75 years were enrolled.",
        "A 52-year-old woman presented with fever.",
        "Men 40 years of age or older took part.",
        "Subjects (mean age, 61 years) were randomised.",
        "Adults aged >= 65 years were eligible.",
    ],
)
def test_an_age_is_read_as_an_age(text: str) -> None:
    times = [q for q in find_quantities(text) if q.unit == "year"]
    assert times and all(_is_age(text, q) for q in times)


@pytest.mark.parametrize(
    "text", ["Patients were followed for 5 years.", "The effect lasted 2 weeks."]
)
def test_a_duration_is_not_an_age(text: str) -> None:
    assert not any(_is_age(text, q) for q in find_quantities(text))


def test_an_age_does_not_contradict_a_follow_up() -> None:
    rec = abstract(
        "Patients with chronic back pain received the drug. Pain relief persisted for 3 years."
    )
    assert C not in verdicts("In these trials the patients' mean age was roughly 48 years.", rec)


def test_two_ages_still_conflict() -> None:
    rec = abstract("We enrolled 120 adults (mean age 63 years) with chronic heart failure.")
    assert C in verdicts("The adults with heart failure had a mean age of 41 years.", rec)


# --- the length of a course of treatment is not the time of another event -------------------


def test_time_to_relapse_is_not_the_course_length() -> None:
    rec = abstract(
        "After relapse of symptoms, participants received eight open-label infusions "
        "administered twice weekly over 4 weeks."
    )
    assert C not in verdicts("Once the single dose wore off, symptoms came back in ten days.", rec)


def test_a_claimed_course_length_still_conflicts() -> None:
    rec = abstract(
        "After relapse of symptoms, participants received eight open-label infusions "
        "administered twice weekly over 4 weeks."
    )
    assert C in verdicts("Participants received eight infusions over 2 weeks.", rec)


# --- listed figures pair with listed quantiles by their place ---------------------------------


def test_listed_quantiles_pair_by_place() -> None:
    text = "Hazard ratios were 1.4, 1.9 and 2.6 in the second, third and top quintiles."
    listed = _listed_quantiles(text)
    starts = [text.index(v) for v in ("1.4", "1.9", "2.6")]
    assert [_listed_rank(listed, s) for s in starts] == [2, 3, 5]


def test_no_quantile_list_in_a_list_of_doses() -> None:
    assert _listed_quantiles("The first and second doses were 5 and 10 mg.") == ((), ())


def test_listed_values_match_their_own_quantile() -> None:
    rec = abstract(
        "Higher intake (third and fourth quartiles vs lowest) was associated with "
        "incident diabetes (ORQ3=2.31, 95% CI 1.20 to 4.44, ORQ4=3.05, 95% CI 1.51 to 6.16)."
    )
    got = verdicts(
        "People in the third and fourth quartiles of intake had ORs of 2.31 and 3.05 for diabetes.",
        rec,
    )
    assert C not in got and S in got
    swapped = verdicts(
        "People in the third and fourth quartiles of intake had ORs of 3.05 and 2.31 for diabetes.",
        rec,
    )
    assert C in swapped


# --- a round bound states a figure just under it ------------------------------------------------


def test_a_round_bound_just_above_a_count_is_consistent() -> None:
    rec = abstract("We studied 472 breast cancer cases and 950 matched controls.")
    got = verdicts("Fewer than 500 of the women went on to develop breast cancer.", rec)
    assert C not in got


def test_an_upper_bound_of_a_duration_far_above_still_conflicts() -> None:
    rec = abstract("Benefits persisted for up to 2 weeks after the last dose.")
    assert C in verdicts("Benefits persisted for up to 6 months after the last dose.", rec)


# --- "only a single X" counts one ---------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The search found only a single trial of the drug.",
        "Just a single variant reached significance.",
        "Merely a lone case was reported.",
    ],
)
def test_only_a_single_is_a_count_of_one(text: str) -> None:
    assert [q.value for q in find_quantities(text)] == [1.0]


def test_a_plain_single_dose_is_no_count() -> None:
    assert find_quantities("Patients received a single dose of the drug.") == []


def test_only_a_single_contradicts_a_larger_count_of_the_same_thing() -> None:
    rec = abstract(
        "Four SNPs in the FTO region (r2<0.2) were associated with obesity risk in the pooled "
        "cohorts."
    )
    assert C in verdicts(
        "The scan of the FTO region turned up only a single variant tied to obesity risk.", rec
    )


def test_an_upper_bound_in_another_unit_still_conflicts() -> None:
    rec = abstract("The analgesic benefit persisted for up to 3 weeks after the infusion.")
    assert C in verdicts(
        "The analgesic benefit persisted for up to 3 months after the infusion.", rec
    )


def test_a_course_length_worded_as_one_is_still_compared() -> None:
    rec = abstract(
        "After relapse of symptoms, participants received eight open-label infusions "
        "administered twice weekly over 4 weeks."
    )
    assert S in verdicts(
        "After relapse, they got eight open-label infusions, two a week for four weeks.", rec
    )


def test_a_single_named_quantile_is_not_a_list() -> None:
    rec = abstract(
        "Higher intake (third and fourth quartiles vs lowest) was associated with "
        "incident diabetes (ORQ3=2.31, 95% CI 1.20 to 4.44, ORQ4=3.05, 95% CI 1.51 to 6.16)."
    )
    assert C in verdicts(
        "People in the top quartile of intake had 2.31 times the odds of diabetes.", rec
    )


def test_matched_people_are_the_controls() -> None:
    rec = abstract("We compared 212 colorectal cancer cases and 640 matched controls.")
    got = verdicts(
        "Some 210 people who developed colorectal cancer were compared with some 640 "
        "matched people who did not.",
        rec,
    )
    assert C not in got and Verdict.METADATA_MISMATCH not in got
