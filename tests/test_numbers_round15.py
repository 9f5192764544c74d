"""Round 16 (numbers): counts of named items as parts of a whole; "N-week intervals"."""

from claimcheck.verification.quantities import (
    PART_OF_WHOLE,
    find_quantities,
    named_items_part,
)


def _only(text: str):
    (quantity,) = find_quantities(text)
    return quantity


def test_count_followed_by_as_many_named_items_is_a_part() -> None:
    text = "Two risk loci, rs12345 and rs67890, raised the odds of glaucoma."
    part = named_items_part(text, _only(text))
    assert part is not None
    assert part.bound == PART_OF_WHOLE and part.unit == "count" and part.value == 2


def test_parenthesised_list_of_named_items_is_a_part() -> None:
    text = "two markers (rs4411, rs9902) predicted relapse"
    part = named_items_part(text, find_quantities(text)[0])
    assert part is not None and part.bound == PART_OF_WHOLE


def test_count_with_a_list_of_another_length_stays_a_whole() -> None:
    text = "Three risk loci, rs12345 and rs67890, raised the odds of glaucoma."
    assert named_items_part(text, _only(text)) is None


def test_count_without_named_items_stays_a_whole() -> None:
    text = "Two risk loci were associated with glaucoma in the replication cohort."
    assert named_items_part(text, _only(text)) is None


def test_adjectival_interval_is_a_frequency() -> None:
    fortnightly = _only("Infusions were given at three-week intervals.")
    assert fortnightly.unit == "per_week"
    assert abs(fortnightly.value - 1 / 3) < 1e-9
    hourly = _only("samples taken at 12-hour intervals")
    assert hourly.unit == "per_hour" and abs(hourly.value - 1 / 12) < 1e-9


def test_adjectival_duration_without_intervals_stays_a_duration() -> None:
    course = _only("a 6-week course of sertraline")
    assert course.unit == "week" and course.value == 6
