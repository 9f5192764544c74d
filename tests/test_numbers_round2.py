"""Numbers, round 2: words for numbers and spans, wholes less a few, counts of the same thing,
claims with several numbers, and numbers that belong to one subgroup or setting."""

from __future__ import annotations

from pathlib import Path

import pytest
from heldout_records import load_record

from claimcheck.pubmed.model import AbstractSection, PubMedRecord
from claimcheck.report.model import Verdict
from claimcheck.verification.assertions import extract_assertions
from claimcheck.verification.checks.quantities import (
    Label,
    check_quantities,
    claim_label,
    source_label,
)
from claimcheck.verification.index import build_index
from claimcheck.verification.quantities import (
    counted_noun,
    find_complements,
    find_quantities,
    quantities_conflict,
    quantities_match,
)

ROOT = Path(__file__).resolve().parents[1]
S, C, N = Verdict.SUPPORTED, Verdict.CONTRADICTED, Verdict.NOT_IN_SOURCE


record = load_record


def abstract(*sentences: str) -> PubMedRecord:
    return PubMedRecord(
        pmid="1", title="A study", abstract=[AbstractSection(text=" ".join(sentences))]
    )


def verdicts(claim: str, rec: PubMedRecord) -> dict[str, Verdict]:
    findings = check_quantities(extract_assertions(claim), rec, build_index(rec))
    return {f.claim_says or "": f.verdict for f in findings}


def read(text: str) -> list[tuple[str, float, str, str | None]]:
    return [(q.text, round(q.value, 4), q.unit, q.bound) for q in find_quantities(text)]


# --- words for numbers and spans of time ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the gains lasted up to a month", [("a month", 1.0, "month", "up_to")]),
        ("eased pain for up to a fortnight", [("a fortnight", 2.0, "week", "up_to")]),
        ("anxiety eased in less than an hour", [("an hour", 1.0, "hour", "<")]),
        ("had lived with anxiety for about a decade", [("a decade", 10.0, "year", "~")]),
        ("measured well over a decade later", [("a decade", 10.0, "year", ">")]),
        ("two to three decades of follow-up", [("two to three decades", 25.0, "year", None)]),
        ("relapsed a couple of weeks later", [("a couple of weeks", 2.0, "week", None)]),
        ("doses were given a week apart", [("a week apart", 1.0, "per_week", None)]),
        ("sessions two weeks apart", [("two weeks apart", 0.5, "per_week", None)]),
        ("three a week for a fortnight",
         [("three a week", 3.0, "per_week", None), ("a fortnight", 2.0, "week", None)]),
    ],
)  # fmt: skip
def test_spans_written_in_words(text: str, expected: list[tuple[str, float, str, str]]) -> None:
    assert read(text) == expected


@pytest.mark.parametrize("text", ["3 days a week", "10 mg a day", "once a week"])
def test_an_article_is_no_duration_outside_a_span(text: str) -> None:
    # "a week" here is the period of a rate, never a one-week duration of its own
    assert all(q.unit != "week" and q.text != "a day" for q in find_quantities(text))


def test_a_fortnight_meets_two_weeks_and_a_month_is_not_a_week() -> None:
    (fortnight,) = find_quantities("for up to a fortnight")
    (two_weeks,) = find_quantities("up to 2 weeks")
    assert quantities_match(fortnight, two_weeks)
    rec = abstract("Improvements persisted for up to 1 week.")
    assert verdicts("The gains lasted up to a month.", rec)["a month"] is C
    assert verdicts("The gains lasted up to a week.", rec)["a week"] is S


def test_concentrations_in_millimolar_and_millimoles_per_litre_are_one_unit() -> None:
    (per_litre,) = find_quantities("adding 1 mmol/L")
    (millimolar,) = find_quantities("LEmin+1mM")
    (other,) = find_quantities("2 μM")
    assert quantities_match(per_litre, millimolar)
    assert quantities_conflict(per_litre, other)
    assert read("1.5 mmol·L^-1") == [("1.5 mmol·L^-1", 1.5, "mmol/l", None)]


@pytest.mark.parametrize(
    ("text", "unit"),
    [("ran at 15 km/h", "km/h"), ("15 km per hour", "km/h"), ("15.0 km·h^-1", "km/h"),
     ("a 10 km run", "km")],
)  # fmt: skip
def test_speeds_are_not_distances(text: str, unit: str) -> None:
    assert [q.unit for q in find_quantities(text)] == [unit]


@pytest.mark.parametrize(
    "text",
    ["between pH 5.5 and 10.5", "in the pH range 5.5 to 10.5", "a pH range of about 5.5 to 10.5"],
)
def test_ph_ranges(text: str) -> None:
    (q,) = find_quantities(text)
    assert (q.unit, q.low, q.high) == ("ph", 5.5, 10.5)


def test_a_temperature_in_kelvin_is_a_specific_measure() -> None:
    claim = ("Magnetic measurements of Chromatium flavocytochrome C552 below 45 K showed that its "
             "two low-spin heme irons can be told apart.")  # fmt: skip
    assert verdicts(claim, record("9997"))["45 K"] is S


# --- shares in words ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("claim", "pmid", "phrase"),
    [
        ("Close to three in five participants went on to respond.", "30922101", "three in five"),
        ("Nearly nine in ten of the patients met criteria for social anxiety disorder.",
         "29561204", "nine in ten"),
        ("The minimum lactate equivalent sat just over a quarter below the maximal lactate "
         "steady state.", "30108519", "a quarter"),
    ],
)  # fmt: skip
def test_shares_in_words_meet_the_figure(claim: str, pmid: str, phrase: str) -> None:
    assert verdicts(claim, record(pmid))[phrase] is S


def test_topic_words_alone_never_contradict() -> None:
    # 27% lower than MLSS: "a third below" is another value, but the only words the two
    # clauses share are the record's topic, which back a match and never a conflict.
    claim = "The minimum lactate equivalent sat a third below the maximal lactate steady state."
    assert verdicts(claim, record("30108519"))["a third"] is not C


# --- wholes less a few --------------------------------------------------------------------------


def test_all_but_some_of_a_stated_whole_is_the_rest() -> None:
    (q,) = find_quantities("All but two of the twenty patients said their work had improved.")
    assert (q.numerator, q.denominator, q.text) == (18, 20, "All but two of the twenty")
    rec = record("29561204")  # "Of the 20 patients, 18 reported improved ... functioning"
    claim = "All but two of the twenty patients said their social or work functioning improved."
    assert verdicts(claim, rec)["All but two of the twenty"] is S
    claim = "All but five of the twenty patients said their social or work functioning improved."
    assert verdicts(claim, rec)["All but five of the twenty"] is C


def test_a_whole_less_a_few_with_the_whole_unstated() -> None:
    found = find_complements("All studies except one were at high risk of bias.")
    assert [(q.text, q.value, q.unit) for q in found] == [
        ("All studies except one", 1.0, "all_but")
    ]
    assert find_complements("The task was all but impossible.") == []
    rec = abstract("Seven trials met inclusion criteria.",
                   "All studies except one were at high risk of bias.")  # fmt: skip
    assert verdicts("Six of the seven trials were at high risk of bias.", rec)[
        "Six of the seven"] is S  # fmt: skip
    assert verdicts("Five of the seven trials were at high risk of bias.", rec)[
        "Five of the seven"] is C  # fmt: skip
    # the same share of another measure is not backed
    assert verdicts("Six of the seven trials reported pain relief.", rec)[
        "Six of the seven"] is not S  # fmt: skip


def test_a_claimed_whole_less_a_few_meets_a_stated_n_of_n() -> None:
    rec = abstract("Six of 7 trials were at high risk of bias.")
    assert verdicts("All but one of the included trials were at high risk of bias.", rec)[
        "All but one"] is S  # fmt: skip


# --- counts of the same thing ---------------------------------------------------------------------


def test_the_part_of_an_n_of_n_is_a_count_of_its_noun() -> None:
    assert counted_noun("Of the 7 included studies, five reported benefit.",
                        find_quantities("Of the 7 included studies, five reported benefit.")[0]
                        ) == "studies"  # fmt: skip
    rec = record("31082965")  # "Three studies reported significant analgesic benefit ..."
    claim = "Of the 7 included studies, five reported significant analgesic benefit for ketamine."
    assert verdicts(claim, rec)["Of the 7 included studies, five"] is C
    claim = "Of the 7 included studies, three reported significant analgesic benefit."
    assert verdicts(claim, rec)["Of the 7 included studies, three"] is S


def test_the_whole_is_not_a_count_of_the_part() -> None:
    rec = abstract("We enrolled 20 patients.", "Most patients reported improved sleep.")
    result = verdicts("Of the 20 patients, 18 reported improved sleep.", rec)
    assert C not in result.values()


def test_a_count_of_the_same_noun_for_another_outcome_is_no_match() -> None:
    rec = abstract("Three studies were at high risk of bias.",
                   "Two studies reported significant benefit.")  # fmt: skip
    result = verdicts("Of the 7 studies, three reported significant benefit.", rec)
    assert result["Of the 7 studies, three"] is C  # two reported benefit, not three


# --- several numbers in one clause -----------------------------------------------------------


def test_words_of_the_claims_other_number_are_accounted_for() -> None:
    # Berman 2000: "... within 72 hours after ketamine but not placebo infusion (i.e., mean
    # 25-item Hamilton Depression Rating Scale scores decreased by 14 +/- SD 10 points ...)"
    claim = ("Hamilton Depression Rating Scale scores fell by a mean of 14 points within 72 hours "
             "of ketamine, against no change with placebo.")  # fmt: skip
    result = verdicts(claim, record("10686270"))
    assert (result["14 points"], result["72 hours"]) == (S, S)
    # without the other number, the 72 hours of the rating scale are not backed by its words
    claim = "Hamilton Depression Rating Scale scores were recorded for 72 hours."
    assert verdicts(claim, record("10686270"))["72 hours"] is not S


def test_a_dose_written_out_beside_a_head_count() -> None:
    claim = ("Seven patients with major depression had an intravenous infusion of half a milligram"
             " of ketamine per kilogram of body weight on one test day.")  # fmt: skip
    result = verdicts(claim, record("10686270"))
    assert result["half a milligram of ketamine per kilogram of body weight"] is S


# --- subgroups and settings ---------------------------------------------------------------------

CRYO = "11748933"  # A: sodium chloride (8 to 23%); B: sodium citrate (5 to 38%)


def test_subgroups_are_named_or_described() -> None:
    index = build_index(record(CRYO))
    text = "With the citrate-based cryosolution, damage rose"
    assert claim_label(text, 0, len(text), index) == Label("cryosolution", "B")
    text = "With the sodium chloride solution, damage rose"
    assert claim_label(text, 0, len(text), index) == Label("cryosolution", "A")
    text = "In both solutions, damage rose"
    assert claim_label(text, 0, len(text), index) is None
    sentence = next(s for s in index.sentences if "5 to 38%" in s.text)
    labels = {q.text: source_label(sentence, q, Label("cryosolution", "A"))
              for q in sentence.quantities}  # fmt: skip
    assert labels["8 to 23%"] == Label("cryosolution", "A")
    assert labels["5 to 38%"] == Label("cryosolution", "B")


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("With the citrate-based cryosolution, nuclear membrane damage rose from 5% to 38% "
         "after freezing.", S),
        ("With the sodium chloride cryosolution, nuclear membrane damage rose from 5% to 38% "
         "after freezing.", C),
        ("With cryosolution A, nuclear membrane damage rose from 8% to 23% after freezing.", S),
        ("With cryosolution B, nuclear membrane damage rose from 8% to 23% after freezing.", C),
    ],
)  # fmt: skip
def test_a_subgroups_numbers_are_its_own(claim: str, expected: Verdict) -> None:
    result = verdicts(claim, record(CRYO))
    assert set(result.values()) == {expected}


def test_a_list_of_labelled_results_in_a_new_record() -> None:
    rec = abstract(
        "Patients received regimen A (oral ketamine) or regimen B (intranasal esketamine).",
        "Response rates differed between regimens (regimen A: 40%; regimen B: 25%).",
    )
    assert verdicts("With intranasal esketamine, 25% of patients responded.", rec)["25%"] is S
    assert verdicts("With intranasal esketamine, 40% of patients responded.", rec)["40%"] is C
    assert verdicts("With oral ketamine, 40% of patients responded.", rec)["40%"] is S


def test_a_result_limited_to_one_setting() -> None:
    # "In the intact protein only, one of the heme irons exists in two different low spin
    # environments in the pH range 5.5 to 10.5"
    claim = ("In the flavin-free subunit, one heme iron occupied two low-spin environments "
             "between pH 5.5 and 10.5.")  # fmt: skip
    assert verdicts(claim, record("9997"))["5.5 and 10.5"] is not S
    claim = ("In the intact protein, one heme iron occupied two low-spin environments between "
             "pH 5.5 and 10.5.")  # fmt: skip
    assert verdicts(claim, record("9997"))["5.5 and 10.5"] is S


def test_words_of_another_part_of_the_claim_may_sit_elsewhere() -> None:
    # Glue 2020: "Improvements in anxiety ratings occurred within an hour of ketamine dosing, and
    # persisted for up to 1 week."
    claim = ("Anxiety ratings improved within an hour of ketamine dosing and the improvement "
             "persisted for up to a week.")  # fmt: skip
    assert verdicts(claim, record("31526207"))["a week"] is S


def test_a_leading_phrase_is_part_of_the_numbers_own_words() -> None:
    rec = abstract(
        "Response rates were 40% in the ketamine group; in the placebo group few responded."
    )
    assert verdicts("In the placebo group, 40% of patients responded.", rec)["40%"] is not S
    assert verdicts("In the ketamine group, 40% of patients responded.", rec)["40%"] is S


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("Nine in ten of the patients met criteria for social anxiety disorder.", S),
        ("Nine in ten of the patients met criteria for generalised anxiety disorder.", C),
    ],
)
def test_a_gapped_list_item_takes_the_verb_of_the_item_before(
    claim: str, expected: Verdict
) -> None:
    # Glue 2018: "15 patients (75%) met criteria for GAD and 18 (90%) for SAD"
    assert verdicts(claim, record("29561204"))["Nine in ten"] is expected


def test_a_trailing_phrase_is_its_own_part() -> None:
    claim = ("In a double-blind study of 12 patients, ketamine eased anxiety within an hour, with "
             "benefits lasting up to a week.")  # fmt: skip
    assert verdicts(claim, record("31526207"))["a week"] is S
