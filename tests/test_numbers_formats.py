"""Number formats a health writer uses, read as quantities with their units and compared."""

from __future__ import annotations

import pytest

from claimcheck.verification.quantities import (
    Quantity,
    find_quantities,
    quantities_conflict,
    quantities_match,
)


def only(text: str) -> Quantity:
    found = [q for q in find_quantities(text) if q.unit]
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    ("text", "value", "unit", "phrase"),
    [
        ("an infusion of half a milligram per kilogram", 0.5, "mg/kg",
         "half a milligram per kilogram"),
        ("half a milligram of ketamine per kilogram of body weight", 0.5, "mg/kg",
         "half a milligram of ketamine per kilogram of body weight"),
        ("one milligram per kilogram of body weight", 1.0, "mg/kg",
         "one milligram per kilogram of body weight"),
        ("a single dose of 5 mg per kilogram", 5.0, "mg/kg", "5 mg per kilogram"),
        ("0.5 mg/kg body weight", 0.5, "mg/kg", "0.5 mg/kg body weight"),
        ("two micrograms per kilogram", 2.0, "μg/kg", "two micrograms per kilogram"),
        ("a quarter of a milligram of drug", 0.25, "mg", "a quarter of a milligram"),
        ("20 millilitres of saline", 20.0, "ml", "20 millilitres"),
    ],
)  # fmt: skip
def test_doses_with_units_written_out(text: str, value: float, unit: str, phrase: str) -> None:
    q = only(text)
    assert (q.value, q.unit, q.text) == (pytest.approx(value), unit, phrase)


def test_a_dose_range_takes_the_per_kilogram_of_its_upper_end() -> None:
    found = find_quantities(
        "Doses climbed from a quarter of a milligram to one milligram of ketamine per kilogram."
    )
    assert [(q.value, q.unit) for q in found] == [(0.25, "mg/kg"), (1.0, "mg/kg")]


def test_a_written_out_dose_matches_and_conflicts_like_its_symbol() -> None:
    source = only("ketamine hydrochloride (.5 mg/kg)")
    assert quantities_match(only("half a milligram of ketamine per kilogram"), source)
    assert quantities_conflict(only("5 mg per kilogram"), source)
    assert not quantities_match(only("5 mg per kilogram"), source)


@pytest.mark.parametrize(
    ("claim", "source"),
    [
        ("within three days", "within 72 hours"),
        ("for two weeks", "for 14 days"),
        ("half an hour", "30 minutes"),
    ],
)
def test_durations_convert_between_units(claim: str, source: str) -> None:
    assert quantities_match(only(claim), only(source))


@pytest.mark.parametrize(
    ("claim", "source", "matches", "conflicts"),
    [
        ("almost 700 studies", "696 studies", True, False),
        ("nearly 700 studies", "710 studies", False, False),  # below the mark, loosely worded
        ("nearly 700 studies", "500 studies", False, True),
        ("some 1,200 men", "679 men", False, True),
        ("some 1,200 men", "1,180 men", True, False),
        ("roughly 40%", "41%", True, False),
        ("about a third of patients", "32% of patients", True, False),
        ("about a third of patients", "50% of patients", False, True),
        ("just over half of the cells", "52% of the cells", True, False),
        ("just over half of the cells", "49% of the cells", False, False),
        ("just over half of the cells", "80% of the cells", False, True),
        ("more than 600 men", "679 men", True, False),
        ("fewer than 600 men", "679 men", False, True),
        ("nearly five times the odds", "4.76-fold", True, False),
    ],
)
def test_approximations_and_bounds(claim: str, source: str, matches: bool, conflicts: bool) -> None:
    claim_q, source_q = only(claim), only(source)
    assert quantities_match(claim_q, source_q) is matches
    assert quantities_conflict(claim_q, source_q) is conflicts


def test_just_under_a_value_matches_a_negative_change_of_that_size() -> None:
    claim = only("a drop in pain of just under two points")
    assert quantities_match(claim, only("mean difference, −1.83 points"))
    assert not quantities_match(claim, only("mean difference, −2.4 points"))


def test_a_lower_bound_is_never_met_by_an_upper_bound() -> None:
    # "above 77 K" is not backed by "below 45 degrees K": the two cannot both hold.
    claim = only("made at temperatures above 77 K")
    source = only("at temperatures below 45 degrees K")
    assert not quantities_match(claim, source)
    assert quantities_conflict(claim, source)
    assert quantities_match(only("measured below 45 K"), source)


@pytest.mark.parametrize(
    "text",
    [
        "just under two points on a ten-point scale",
        "−1.83 points on a 0–10 numerical rating scale",
        "pain rated on a scale of 0 to 10",
        "an 11-point numerical rating scale",
    ],
)
def test_a_scale_size_is_not_a_result(text: str) -> None:
    units = [(q.text, q.unit) for q in find_quantities(text)]
    scale_sizes = [text_ for text_, unit in units if unit == ""]
    assert scale_sizes, units
    assert all(unit in ("point", "") for _, unit in units)


@pytest.mark.parametrize(
    ("text", "value", "bound", "side"),
    [
        ("more than sevenfold", 7, ">", None),
        ("sevenfold", 7, None, None),
        ("a 3-fold rise", 3, None, None),
        ("twice as many patients", 2, None, None),
        ("doubled", 2, None, None),
        ("halved", 0.5, None, None),
        ("tripled", 3, None, None),
        ("nearly eightfold", 8, "~", "<"),
    ],
)
def test_fold_words(text: str, value: float, bound: str | None, side: str | None) -> None:
    q = only(text)
    assert (q.unit, q.value, q.bound, q.side) == ("fold", value, bound, side)


def test_test_days_are_occasions_not_a_duration() -> None:
    days = [x for x in find_quantities("completed 2 test days") if x.unit]
    assert [(x.value, x.unit) for x in days] == [(2.0, "count")]
    # "on one test day ..., the other": a single occasion, not a duration of one day
    assert all(x.unit not in ("day",) for x in find_quantities("on one test day and on the other"))


def test_doses_a_week_are_a_frequency() -> None:
    q = only("patients given two doses a week")
    assert (q.value, q.unit) == (2.0, "per_week")
    assert quantities_match(q, only("twice weekly"))
