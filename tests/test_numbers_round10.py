"""Round 12 number, count and place rules, in wordings of our own."""

from __future__ import annotations

from claimcheck.verification.checks.quantities import _work_named_by_journal
from claimcheck.verification.places import names_place
from claimcheck.verification.quantities import find_quantities


def _values(text: str) -> list[tuple[float, str]]:
    return [(q.value, q.unit) for q in find_quantities(text)]


def test_fractions_listed_before_a_whole_unit_take_that_unit() -> None:
    found = _values("Infusions of a quarter, a half and a whole milligram per kilogram were given.")
    assert (0.25, "mg/kg") in found
    assert (0.5, "mg/kg") in found
    assert (1.0, "mg/kg") in found


def test_a_single_unit_is_one_of_that_unit() -> None:
    assert (1.0, "mg") in _values("Each child received a single milligram of melatonin.")


def test_a_whole_without_a_unit_is_not_a_number() -> None:
    assert _values("The cohort as a whole improved.") == []


def test_journal_used_as_adjective_is_marked_as_naming_the_paper() -> None:
    text = "The Lancet analysis pooled nine registries."
    spans = _work_named_by_journal(text)
    assert spans and text[spans[0][0] : spans[0][1]] == "The Lancet analysis"
    assert _work_named_by_journal("The Danish analysis pooled nine registries.") == ()


def test_university_named_in_its_own_language_matches_english_form() -> None:
    affiliation = "Facultad de Medicina, Universidad de Salamanca, Salamanca, Spain."
    assert names_place(affiliation, "University of Salamanca")
    assert names_place(
        "Dipartimento di Fisica, Università degli Studi di Padova, Italy.", "Padova University"
    )


def test_different_universities_of_one_city_stay_apart() -> None:
    affiliation = "Department of Surgery, University of Leeds, Leeds, UK."
    assert not names_place(affiliation, "Leeds Beckett University")
    assert not names_place(affiliation, "University of York")
