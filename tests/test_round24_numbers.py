"""Round 24, numbers: a stated length of time said with emphasis ("a full week", "a whole
month", "an entire year") or as a bound ("as long as a month", "as little as a week") is one of
its unit; "double/triple/quadruple the odds" is a multiple; a concentration spelled out ("one
millimole per litre") is mmol/L."""

from __future__ import annotations

import pytest

from claimcheck.pubmed.model import AbstractSection, PubMedRecord
from claimcheck.report.model import Verdict
from claimcheck.verification.engine import verify
from claimcheck.verification.quantities import find_quantities


def abstract(*sections: str) -> PubMedRecord:
    return PubMedRecord(
        pmid="1", title="A study", abstract=[AbstractSection(text=text) for text in sections]
    )


def read(text: str) -> list[tuple[float, str, str | None]]:
    return [(q.value, q.unit, q.bound) for q in find_quantities(text)]


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("the benefit held for a full week", 1.0, "week"),
        ("pain stayed low for a whole month", 1.0, "month"),
        ("remission lasted an entire year", 1.0, "year"),
        ("relief lasted a complete day", 1.0, "day"),
    ],
)
def test_emphatic_one_unit_is_a_duration(text: str, value: float, unit: str) -> None:
    assert [(q[0], q[1]) for q in read(text)] == [(value, unit)]


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("the effect lasted as long as a month", "month"),
        ("benefits persisted as long as a year after surgery", "year"),
    ],
)
def test_as_long_as_a_unit_is_an_upper_bound(text: str, unit: str) -> None:
    assert read(text) == [(1.0, unit, "up_to")]


def test_two_times_are_each_read() -> None:
    found = read("symptoms eased within an hour and the gain lasted as long as a year")
    assert [(v, u) for v, u, _ in found] == [(1.0, "hour"), (1.0, "year")]


@pytest.mark.parametrize(
    ("text", "value", "bound"),
    [
        ("smokers had close to triple the odds of cancer", 3.0, "~"),
        ("exposure brought double the risk of asthma", 2.0, None),
        ("the top tertile had more than quadruple the rate of falls", 4.0, ">"),
        ("roughly double the incidence", 2.0, "~"),
    ],
)
def test_multiple_words_before_a_rate_are_folds(text: str, value: float, bound: str | None) -> None:
    assert read(text) == [(value, "fold", bound)]


@pytest.mark.parametrize(
    "text",
    ["a double dose of the drug", "triple therapy was given", "a double-blind trial",
     "double or triple the dose"],
)  # fmt: skip
def test_multiple_words_elsewhere_are_no_figure(text: str) -> None:
    assert read(text) == []


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("glucose rose by one millimole per litre", 1.0, "mmol/l"),
        ("a threshold of 4 millimoles per liter", 4.0, "mmol/l"),
        ("2 mmol per litre of lactate", 2.0, "mmol/l"),
        ("3 micromoles per litre", 3.0, "μmol/l"),
        ("5 nanomoles a litre", 5.0, "nmol/l"),
    ],
)
def test_spelled_concentration(text: str, value: float, unit: str) -> None:
    assert read(text) == [(value, unit, None)]


PAIN = abstract(
    "Fifty adults with chronic back pain received a single injection of the study drug.",
    "Pain scores fell within two hours of the injection and the reduction persisted for up to "
    "2 weeks.",
    "A single dose produced rapid and sustained relief of pain in rats.",
)


@pytest.mark.parametrize(
    "claim",
    [
        "Pain fell within two hours and the reduction lasted as long as a year.",
        "Pain scores fell within two hours of the injection and the reduction persisted for "
        "as long as two months.",
    ],
)
def test_second_duration_longer_than_the_record_contradicts(claim: str) -> None:
    assert verify(claim, PAIN).verdict is Verdict.CONTRADICTED


@pytest.mark.parametrize(
    "claim",
    [
        "A single dose kept its pain relief in rats for a full week.",
        "In rats, one dose kept pain relief going for a whole month.",
    ],
)
def test_duration_the_record_never_gives_is_not_absorbed(claim: str) -> None:
    assert verify(claim, PAIN).verdict is not Verdict.SUPPORTED


ODDS = abstract(
    "Workers in the highest quartile of solvent exposure had higher odds of asthma "
    "(OR = 2.9, 95% CI 1.4 to 6.0) than unexposed workers."
)


def test_lay_multiple_matches_the_odds_ratio() -> None:
    claim = (
        "Workers in the highest quartile of solvent exposure had close to triple the odds of "
        "asthma."
    )
    assert verify(claim, ODDS).verdict is Verdict.SUPPORTED


def test_wrong_lay_multiple_contradicts_the_odds_ratio() -> None:
    claim = "Workers in the highest quartile of solvent exposure had quadruple the odds of asthma."
    assert verify(claim, ODDS).verdict is Verdict.CONTRADICTED
