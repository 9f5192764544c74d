"""Quantities as the ketamine article and its cited abstracts write them."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import defusedxml.ElementTree as SafeET
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimcheck.verification.quantities import (
    Quantity,
    find_quantities,
    find_years,
    quantities_conflict,
    quantities_match,
)
from claimcheck.verification.text import split_sentences

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
ARTICLE = Path(__file__).resolve().parent.parent / "articles" / "ketamine-therapy.txt"


def only(source: str, /, **expected: object) -> Quantity:
    """The single quantity in ``source``; its fields must equal ``expected``."""
    found = find_quantities(source)
    assert len(found) == 1, found
    return check(found[0], source, **expected)


def check(q: Quantity, source: str, /, **expected: object) -> Quantity:
    assert source[q.start : q.end] == q.text
    for name, value in expected.items():
        actual = getattr(q, name)
        if isinstance(value, float):
            assert actual == pytest.approx(value, abs=0.01), (name, q)
        else:
            assert actual == value, (name, q)
    return q


def first(text: str) -> Quantity:
    found = find_quantities(text)
    assert found, text
    return found[0]


# --- the cited abstracts ------------------------------------------------------------------------


def test_30922101_fifty_nine_percent_in_words() -> None:
    sentence = (
        "Fifty-nine percent of participants met response criteria after repeated infusions, "
        "with a median of three infusions required before achieving response."
    )
    found = find_quantities(sentence)
    check(found[0], sentence, text="Fifty-nine percent", value=59.0, unit="%", percent=59.0)
    assert "participants" in found[0].context
    check(found[1], sentence, text="three infusions", value=3.0, unit="count")


def test_30922101_at_least_fifty_percent_decrease() -> None:
    sentence = (
        "Responders, classified as those participants who had a ≥50% decrease in their scores "
        "on the Montgomery-Åsberg Depression Rating Scale (MADRS), received four additional "
        "infusions administered once weekly (maintenance phase)."
    )
    found = find_quantities(sentence)
    check(found[0], sentence, text="50%", value=50.0, unit="%", bound=">=")
    assert "decrease" in found[0].context
    check(found[1], sentence, value=4.0, unit="count")
    check(found[2], sentence, text="once weekly", value=1.0, unit="per_week")
    assert len(found) == 3


def test_30922101_thrice_weekly_over_two_weeks() -> None:
    sentence = (
        "After relapse of depressive symptoms, participants received a course of six open-label "
        "ketamine infusions administered thrice weekly over 2 weeks."
    )
    six, thrice, weeks = find_quantities(sentence)
    check(six, sentence, text="six open-label ketamine infusions", value=6.0, unit="count")
    check(thrice, sentence, text="thrice weekly", value=3.0, unit="per_week", bound=None)
    check(weeks, sentence, text="2 weeks", value=2.0, unit="week", bound=None)


def test_30922101_forty_one_participants_and_24_hours() -> None:
    only(
        "Forty-one participants with treatment-resistant depression completed a single-site "
        "randomized double-blind crossover comparison.",
        text="Forty-one participants",
        value=41.0,
        unit="count",
    )
    only("at the primary efficacy endpoint (24 hours postinfusion).", value=24.0, unit="hour")


def test_29561204_reverse_n_of_n_and_percent_shares() -> None:
    sentence = (
        "Of the 20 patients, 18 reported improved social functioning and/or work functioning "
        "during maintenance treatment."
    )
    only(sentence, text="Of the 20 patients, 18", numerator=18, denominator=20, percent=90.0)
    shares = "There were 10 women (50%) and 10 men (50%); 15 patients (75%) met criteria for GAD"
    units = [(q.value, q.unit) for q in find_quantities(shares)]
    assert units == [
        (10.0, "count"), (50.0, "%"), (10.0, "count"), (50.0, "%"), (15.0, "count"), (75.0, "%"),
    ]  # fmt: skip


def test_29561204_one_or_two_weekly_doses_for_three_months() -> None:
    sentence = (
        "Patients received one or two weekly ketamine doses of 1 mg/kg injected subcutaneously "
        "for 3 months."
    )
    weekly, dose, months = find_quantities(sentence)
    check(weekly, sentence, unit="per_week", low=1.0, high=2.0)
    check(dose, sentence, text="1 mg/kg", value=1.0, unit="mg/kg")
    check(months, sentence, text="3 months", value=3.0, unit="month")


def test_29561204_approximate_and_time_points() -> None:
    sentence = "mean systolic and diastolic blood pressure increased by ~10 mm Hg at 30 min."
    pressure, minutes = find_quantities(sentence)
    check(pressure, sentence, value=10.0, unit="mmhg", bound="~")
    check(minutes, sentence, value=30.0, unit="minute")
    scores = "declined over time, from 20 points at week 1 to 8.8 points at week 14."
    assert [(q.value, q.unit) for q in find_quantities(scores)] == [
        (20.0, "point"), (1.0, "week"), (8.8, "point"), (14.0, "week"),
    ]  # fmt: skip


def test_10686270_leading_dot_dose_and_spread() -> None:
    only(
        "intravenous treatment with ketamine hydrochloride (.5 mg/kg) or saline solutions",
        value=0.5,
        unit="mg/kg",
    )
    sentence = "scores decreased by 14 +/- SD 10 points vs. 0 +/- 12 points, respectively"
    active, sham = find_quantities(sentence)
    check(active, sentence, value=14.0, unit="point", text="14 +/- SD 10 points")
    check(sham, sentence, value=0.0, unit="point")


def test_31526207_dose_list_takes_the_last_unit() -> None:
    sentence = (
        "Ascending doses of ketamine (0.25, 0.5, 1 mg/kg) were administered at weekly intervals"
    )
    doses = [q for q in find_quantities(sentence) if q.unit == "mg/kg"]
    assert [q.value for q in doses] == [0.25, 0.5, 1.0]
    assert [q.text for q in doses] == ["0.25", "0.5", "1 mg/kg"]


def test_31082965_statistics_are_not_claims_about_patients() -> None:
    sentence = (
        "(mean difference in pain scores, −1.83 points on a 0–10 numerical rating scale; "
        "95% CI, −2.35 to −1.31 points; P < .0001)."
    )
    found = find_quantities(sentence)
    assert not any(q.unit == "%" for q in found)
    ci = next(q for q in found if q.unit == "ci")
    check(ci, sentence, value=95.0, low=-2.35, high=-1.31)
    p = next(q for q in found if q.unit == "p")
    check(p, sentence, value=0.0001, bound="<", text="P < .0001")
    scale = next(q for q in found if q.low == 0.0)
    assert scale.high == 10.0
    assert all(q.is_statistic for q in (ci, p))
    assert not ci.is_informative


def test_31082965_among_n_studies_and_of_which() -> None:
    sentence = "Among 696 studies assessed for eligibility, 7 met inclusion criteria."
    only(sentence, numerator=7, denominator=696, unit="ratio")
    sentence = "identified 288 articles, 60 of which met the inclusion criteria."
    articles, included = find_quantities(sentence)
    check(articles, sentence, value=288.0, unit="count")
    check(included, sentence, numerator=60, denominator=288)


def test_odds_ratios_and_p_for_trend() -> None:
    sentence = "OR 1.72; 95% CI 1.07 to 2.78; ptrend=0.048"
    found = find_quantities(sentence)
    assert [q.unit for q in found] == ["ratio_stat", "ci", "p"]
    check(found[1], sentence, low=1.07, high=2.78)
    check(found[2], sentence, value=0.048)


def test_n_equals_and_grouped_digits() -> None:
    only("neuropathic (n = 2) pain", value=2.0, unit="count")
    only(
        "a cohort of 1,683 subjects was followed", value=1683.0, unit="count", text="1,683 subjects"
    )
    only("N=20", value=20.0, unit="count")


def test_comma_lists_are_not_digit_groups() -> None:
    values = [q.value for q in find_quantities("items 1,2 and 3 were scored")]
    assert 12.0 not in values
    assert values[:2] == [1.0, 2.0]


# --- the article ----------------------------------------------------------------------------------


def test_article_three_times_weekly_over_two_weeks() -> None:
    sentence = (
        "sustained infusions (3x weekly over the course of 2 weeks) provided additional benefit."
    )
    weekly, weeks = find_quantities(sentence)
    check(weekly, sentence, text="3x weekly", value=3.0, unit="per_week")
    check(weeks, sentence, text="2 weeks", value=2.0, unit="week")


def test_article_eighteen_of_the_twenty() -> None:
    only(
        "18 of the 20 patients studied reported significant reductions in anxiety",
        text="18 of the 20",
        unit="ratio",
        numerator=18,
        denominator=20,
        percent=90.0,
    )


def test_article_greater_than_fifty_percent_and_up_to_one_week() -> None:
    sentence = (
        "59% of depressed patients achieved a significant (greater than 50%) reduction in their "
        "symptoms after ketamine infusions."
    )
    share, bound = find_quantities(sentence)
    check(share, sentence, value=59.0, unit="%", bound=None)
    check(bound, sentence, value=50.0, unit="%", bound=">")
    only(
        "the anxiety improvements persisted for up to one week after a single treatment.",
        text="one week",
        value=1.0,
        unit="week",
        bound="up_to",
    )


def test_article_years_are_not_quantities() -> None:
    for sentence, year in (
        ("Medical trials as far back as the year 2000 show ketamine to be effective", 2000),
        ("A 2019 medical review on ketamine for depression documented", 2019),
        ("A placebo-controlled, double-blinded clinical trial from 2020 tested ketamine", 2020),
        ("It was approved by the Food and Drug Administration (FDA) in 1970", 1970),
    ):
        assert find_quantities(sentence) == []
        assert [y for y, _, _ in find_years(sentence)] == [year]
        (_, start, end), = find_years(sentence)  # fmt: skip
        assert sentence[start:end] == str(year)


def test_year_ranges_and_counts_that_look_like_years() -> None:
    sentence = "Data were collected from December 2015-June 2017."
    assert [y for y, _, _ in find_years(sentence)] == [2015, 2017]
    assert find_quantities(sentence) == []
    only("a trial in 2000 patients", value=2000.0, unit="count")
    assert find_years("a trial in 2000 patients") == []


def test_whole_article_reads_the_expected_quantities() -> None:
    article = ARTICLE.read_text(encoding="utf-8")
    found = find_quantities(article)
    assert [q.text for q in found] == [
        "3x weekly", "2 weeks", "59%", "50%", "38%", "72%",
        "one week", "weekly", "3 months", "18 of the 20",
    ]  # fmt: skip
    assert [y for y, _, _ in find_years(article)] == [1970, 2000, 2019, 2020]


# --- forms --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("59%", 59.0, "%"),
        ("59 %", 59.0, "%"),
        ("59 percent", 59.0, "%"),
        ("59 per cent", 59.0, "%"),
        ("forty-one participants", 41.0, "count"),
        ("twenty patients", 20.0, "count"),
        ("one hundred and twenty subjects", 120.0, "count"),
        ("two thousand five hundred people", 2500.0, "count"),
        ("3 months", 3.0, "month"),
        ("24 hours", 24.0, "hour"),
        ("a 3-month trial", 3.0, "month"),
        ("0.5 mg/kg", 0.5, "mg/kg"),
        ("40 mg", 40.0, "mg"),
        ("250 μg", 250.0, "μg"),
        ("250 µg", 250.0, "μg"),
        ("2.5 mL", 2.5, "ml"),
        ("once weekly", 1.0, "per_week"),
        ("twice daily", 2.0, "per_day"),
        ("three times per week", 3.0, "per_week"),
        ("three times a week", 3.0, "per_week"),
        ("3/week", 3.0, "per_week"),
        ("a twofold increase", 2.0, "fold"),
        ("a 2.5-fold increase", 2.5, "fold"),
        ("a doubling of response", 2.0, "fold"),
        ("weekly", 1.0, "per_week"),
        ("around 2 million people", 2_000_000.0, "count"),
        ("half an hour after dosing", 0.5, "hour"),
        ("about 8 micromolar", 8.0, "μM"),
        ("below 45 K", 45.0, "k"),
        ("at 37 °C", 37.0, "°c"),
        ("their 10 km race times", 10.0, "km"),
        ("a pH of 7.4", 7.4, "ph"),
        ("1.7 times the odds of cancer", 1.7, "fold"),
        ("twice the rate of disease", 2.0, "fold"),
        ("twice as likely", 2.0, "fold"),
        ("a speed of 15.0 ± 1.1 km h-1", 15.0, "km/h"),
        ("VO2max 67.6 ± 4.1 ml·kg−1·min−1", 67.6, "ml/kg/min"),
        ("2.5 mg/kg/hr", 2.5, "mg/kg/h"),
    ],
)
def test_forms(text: str, value: float, unit: str) -> None:
    only(text, value=value, unit=unit)


@pytest.mark.parametrize(
    ("text", "bound"),
    [
        ("greater than 50%", ">"),
        ("more than 50%", ">"),
        (">50%", ">"),
        ("over 50% of patients", ">"),
        ("≥50%", ">="),
        ("at least 50%", ">="),
        ("50% or more", ">="),
        ("less than 5%", "<"),
        ("fewer than 10 patients", "<"),
        ("<5%", "<"),
        ("≤5%", "<="),
        ("at most 5%", "<="),
        ("up to 5%", "up_to"),
        ("about 40%", "~"),
        ("approximately 40%", "~"),
        ("nearly 40%", "~"),
        ("~40%", "~"),
        ("within 72 hours", "<="),
        ("over 2 weeks", None),
    ],
)
def test_bounds(text: str, bound: str | None) -> None:
    only(text, bound=bound)


@pytest.mark.parametrize(
    ("text", "low", "high", "unit"),
    [
        ("2-4 weeks", 2.0, 4.0, "week"),
        ("2–4 weeks", 2.0, 4.0, "week"),
        ("2 to 4 weeks", 2.0, 4.0, "week"),
        ("between 10 and 20 patients", 10.0, 20.0, "count"),
        ("10%–20%", 10.0, 20.0, "%"),
        ("8 to 23%", 8.0, 23.0, "%"),
        ("aged 18-65 years", 18.0, 65.0, "year"),
        ("once or twice a week", 1.0, 2.0, "per_week"),
        ("over a pH range of 3 to 8", 3.0, 8.0, "ph"),
    ],
)
def test_ranges(text: str, low: float, high: float, unit: str) -> None:
    only(text, low=low, high=high, unit=unit, value=(low + high) / 2)


@pytest.mark.parametrize(
    ("text", "percent", "numerator", "denominator"),
    [
        ("two-thirds of patients", 66.67, 2, 3),
        ("two thirds of patients", 66.67, 2, 3),
        ("a third of patients", 33.33, 1, 3),
        ("half of the patients", 50.0, 1, 2),
        ("three quarters of them", 75.0, 3, 4),
        ("one in five adults", 20.0, 1, 5),
        ("1 in 4 patients", 25.0, 1, 4),
        ("18 out of 20 patients", 90.0, 18, 20),
        ("18/20 patients", 90.0, 18, 20),
    ],
)
def test_fractions(text: str, percent: float, numerator: int, denominator: int) -> None:
    only(text, unit="ratio", percent=percent, numerator=numerator, denominator=denominator)


@pytest.mark.parametrize(
    "text",
    [
        "HCN1 channels",
        "GluN2B-NMDAR knockdown",
        "COVID-19 patients",
        "(2R,6R)-HNK",
        "5-HT receptors",
        "http://www.anzctr.org.au/ACTRN12615000617561.",
        "the half-life of ketamine",
        "the third infusion",
        "one of the most common",
        "the sensitivity of (13)C NMR imaging",
        "all studies except one",
        "one single ketamine infusion was more effective",
        "type 2 diabetes in phase 3 trials (Table 2)",
    ],
)
def test_not_quantities(text: str) -> None:
    assert find_quantities(text) == []


def test_unicode_forms() -> None:
    only("５９％ of patients", value=59.0, unit="%", text="５９％")
    only("59\u00a0% of patients", value=59.0, unit="%")
    only("1\u2009683 subjects", value=1683.0, unit="count")
    only("a change of \u22121.83 points", value=-1.83, unit="point")
    only("\u2a7e50% decrease", value=50.0, bound=">=")
    only("2\u20134 weeks", low=2.0, high=4.0)


def test_decimals_set_the_rounding() -> None:
    assert only("1.37 kg").rounding == pytest.approx(0.005)
    assert only("59%").rounding == pytest.approx(0.5)
    assert only("1.4 kg").rounding == pytest.approx(0.05)


def test_is_informative_and_proportion() -> None:
    assert only("59% of patients").is_proportion
    assert only("18 of 20 patients").is_ratio
    assert only("20 patients").is_informative
    assert not only("p = 0.03").is_informative


# --- comparison ---------------------------------------------------------------------------------

MATCHES = [
    ("59%", "Fifty-nine percent of participants"),
    ("18 of 20", "90%"),
    ("90%", "Of the 20 patients, 18 reported"),
    ("about 1.4 kg", "1.37 kg"),
    ("greater than 50%", "≥50%"),
    ("more than half of them", "59%"),
    ("59%", "59.3%"),
    ("thrice weekly", "3x weekly"),
    ("3x weekly", "three times a week"),
    ("2 weeks", "14 days"),
    ("24 hours", "1 day"),
    ("up to one week", "up to 1 week"),
    ("two-thirds of them", "67%"),
    ("one in five", "20%"),
    ("3 months", "12 weeks"),
    ("p < 0.05", "P < .0001"),
    ("41 participants", "Forty-one participants"),
    ("20 patients", "Of the 20 patients, 18"),
    ("500 mg", "0.5 g"),
    ("2-4 weeks", "3 weeks"),
    ("95% CI 1.07 to 2.78", "95% CI, 1.07-2.78"),
    ("lowered pain scores by about 1.8 points", "mean difference, −1.83 points"),
    ("about 1.7 times the odds", "OR 1.72"),
    ("roughly 4.8 times the odds", "ORQ4=4.76"),
    ("around 2 million people", "2,000,000 people"),
]
NOT_MATCHES = [
    ("1.4 kg", "1.2 kg"),
    ("59%", "60%"),
    ("59.3%", "59%"),
    ("59%", "greater than 50%"),
    ("2 weeks", "2-4 weeks"),
    ("18 of 20", "9 of 10"),
    ("3x weekly", "once weekly"),
    ("59%", "59 patients"),
    ("2 weeks", "2 months"),
    ("greater than 50%", "50%"),
]


@pytest.mark.parametrize(("claim", "source"), MATCHES)
def test_quantities_match(claim: str, source: str) -> None:
    claim_q, source_q = first(claim), first(source)
    assert quantities_match(claim_q, source_q)
    assert not quantities_conflict(claim_q, source_q)


@pytest.mark.parametrize(("claim", "source"), NOT_MATCHES)
def test_quantities_do_not_match(claim: str, source: str) -> None:
    assert not quantities_match(first(claim), first(source))


@pytest.mark.parametrize(
    ("claim", "source", "conflict"),
    [
        ("59%", "40%", True),
        ("59%", "60%", True),
        ("59.3%", "59%", False),
        ("59%", "59 patients", False),
        ("greater than 50%", "40%", True),
        ("2 weeks", "up to 1 week", True),
        ("1 week", "up to 2 weeks", False),
        ("18 of 20", "9 of 20", True),
        ("20 patients", "41 participants", True),
        ("3x weekly", "once weekly", True),
        ("p < 0.05", "p = 0.2", True),
        ("2 weeks", "3 months", True),
        ("2 weeks", "2-4 weeks", False),
        ("18 of 20", "9 of 10", False),
        ("95% CI 1.2-3.4", "95% CI 1.2-3.9", True),
        ("a pH range of 3 to 8", "in the pH range 5.5 to 10.5", True),
        ("2-4 weeks", "2-3 weeks", False),
        ("2-3 weeks", "2-4 weeks", False),
        ("1.8 points lower", "−2.35 points", True),
        ("4.8 times the odds", "OR 1.33", True),
        ("0.5 mg/kg", "doses of 1 mg/kg", True),
        ("10 km", "15.0 ± 1.1 km h-1", False),
    ],
)
def test_quantities_conflict(claim: str, source: str, conflict: bool) -> None:
    assert quantities_conflict(first(claim), first(source)) is conflict


# --- every fixture abstract, and arbitrary text ---------------------------------------------------


def _fixture_abstracts() -> list[str]:
    texts = []
    for path in sorted(FIXTURES.glob("*.xml")):
        root = SafeET.parse(path)
        for element in root.iter("AbstractText"):
            texts.append("".join(element.itertext()))
    return texts


def test_fixture_abstracts_spans_and_no_interval_percentages() -> None:
    abstracts = _fixture_abstracts()
    assert len(abstracts) >= 15
    for text in abstracts:
        for q in find_quantities(text):
            assert text[q.start : q.end] == q.text
            if q.unit == "%":
                assert not text[q.end : q.end + 4].lstrip().startswith("CI")
        for year, start, end in find_years(text):
            assert text[start:end] == str(year)


def test_30922101_record_read_sentence_by_sentence() -> None:
    root = SafeET.parse(FIXTURES / "30922101.xml")
    found: dict[str, list[tuple[str, float, str | None]]] = {}
    for element in root.iter("AbstractText"):
        section_text = "".join(element.itertext())
        for sentence in split_sentences(section_text, section=element.get("Label", "").lower()):
            for q in find_quantities(sentence.text):
                found.setdefault(sentence.section or "", []).append((q.unit, q.value, q.bound))
    assert found["methods"] == [
        ("count", 41.0, None), ("count", 6.0, None), ("per_week", 3.0, None),
        ("week", 2.0, None), ("%", 50.0, ">="), ("count", 4.0, None), ("per_week", 1.0, None),
    ]  # fmt: skip
    assert ("%", 59.0, None) in found["results"]
    assert ("hour", 24.0, None) in found["results"]
    assert ("fold", 2.0, None) in found["results"]  # "doubling of the ... response rate"


_NUMBERISH = st.sampled_from(
    [
        "59", "%", " percent", "Fifty-nine", "-", "–", "−", " of ", " the ", "20", ",", "683",
        ".", "5", " weeks", " mg/kg", "≥", "<", "~", "up to ", "about ", "3x weekly", "thrice ",
        "one in ", "five", "two-thirds", "half", " to ", " and ", "between ", "2019", " in ",
        "(", ")", "95% CI", "P", " = ", "n", "±", "\u00a0", "\u2009", "１", " patients", "year ",
        "hundred", " and ", "0", "/", "OR ", "x", "a", " ", "\n", "YEAR", "xweekly", "times",
    ]
)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.text(max_size=120), st.lists(_NUMBERISH, max_size=30).map("".join)))
def test_find_quantities_never_crashes_and_spans_hold(text: str) -> None:
    for q in find_quantities(text):
        assert 0 <= q.start < q.end <= len(text)
        assert text[q.start : q.end] == q.text
        if q.low is not None and q.high is not None and q.unit not in ("ci", "iqr"):
            assert q.low <= q.high
    for year, start, end in find_years(text):
        assert 1900 <= year <= 2099
        assert int(unicodedata.normalize("NFKC", text[start:end])) == year


@settings(max_examples=200, deadline=None)
@given(st.lists(_NUMBERISH, min_size=1, max_size=12).map("".join))
def test_a_quantity_matches_itself(text: str) -> None:
    found = find_quantities(text)
    for a in found:
        assert quantities_match(a, a), a
        assert not quantities_conflict(a, a), a
        for b in found:
            if quantities_match(a, b):
                assert not quantities_conflict(a, b)


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("a dozen volunteers", 12.0, "count"),
        ("three dozen biopsies", 36.0, "count"),
        ("half a dozen clinics", 6.0, "count"),
        ("a quarter of a milligram per kilogram", 0.25, "mg/kg"),
        ("half a milligram per kilogram", 0.5, "mg/kg"),
        ("2 milligrams per kilogram of body weight", 2.0, "mg/kg"),
        ("half an hour after waking", 0.5, "hour"),
        ("40 grams of fibre", 40.0, "g"),
    ],
)
def test_spelled_amounts(text: str, value: float, unit: str) -> None:
    first = find_quantities(text)[0]
    assert (first.value, first.unit) == (value, unit)


def test_a_fraction_of_a_unit_matches_its_decimal() -> None:
    spelled = find_quantities("half a milligram per kilogram")[0]
    assert quantities_match(spelled, find_quantities("0.5 mg/kg")[0])
    assert quantities_conflict(spelled, find_quantities("1 mg/kg")[0])
    assert find_quantities("a third of the dose")[0].unit == "ratio"  # not a unit: a share
