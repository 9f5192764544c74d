"""Numbers, round 3: a whole and a half, orders of magnitude ("hundreds of studies"), quantile
groups that are not shares, counts the claim lists itself, fractions sharing one unit, numbers
set off in an aside, exact "n of N" pairs, and time limits that are not lengths of time."""

from __future__ import annotations

import pytest

from claimcheck import verify
from claimcheck.pubmed.model import AbstractSection, PubMedRecord
from claimcheck.report.model import FindingKind, Verdict
from claimcheck.verification.assertions import extract_assertions
from claimcheck.verification.checks.quantities import check_quantities
from claimcheck.verification.index import build_index
from claimcheck.verification.quantities import (
    Quantity,
    find_quantities,
    quantities_conflict,
    quantities_match,
)

S, C, N = Verdict.SUPPORTED, Verdict.CONTRADICTED, Verdict.NOT_IN_SOURCE


def abstract(*sentences: str) -> PubMedRecord:
    return PubMedRecord(
        pmid="3", title="A study", abstract=[AbstractSection(text=" ".join(sentences))]
    )


def verdicts(claim: str, rec: PubMedRecord) -> dict[str, Verdict]:
    findings = check_quantities(extract_assertions(claim), rec, build_index(rec))
    return {f.claim_says or "": f.verdict for f in findings}


def read(text: str) -> list[tuple[str, float, str, float | None, float | None]]:
    return [(q.text, round(q.value, 4), q.unit, q.low, q.high) for q in find_quantities(text)]


def only(text: str) -> Quantity:
    found = find_quantities(text)
    assert len(found) == 1, found
    return found[0]


# --- a whole and a half -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("immotile within one to one and a half minutes",
         [("one to one and a half minutes", 1.25, "minute", 1.0, 1.5)]),
        ("immotile within a minute to a minute and a half",
         [("a minute to a minute and a half", 1.25, "minute", 1.0, 1.5)]),
        ("followed for two and a half years", [("two and a half years", 2.5, "year", None, None)]),
        ("relief came an hour and a half later", [("an hour and a half", 1.5, "hour", None, None)]),
        ("1 and a half days", [("1 and a half days", 1.5, "day", None, None)]),
    ],
)  # fmt: skip
def test_a_whole_and_a_half(
    text: str, expected: list[tuple[str, float, str, float | None, float | None]]
) -> None:
    assert read(text) == expected


def test_the_half_of_an_hour_and_a_half_is_not_a_share() -> None:
    assert [q.unit for q in find_quantities("an hour and a half later")] == ["hour"]


def test_one_to_one_and_a_half_minutes_is_sixty_to_ninety_seconds() -> None:
    claim = only("within one to one and a half minutes")
    assert quantities_match(claim, only("by 60-90 s"))
    assert not quantities_match(claim, only("by 120-150 s"))
    assert quantities_conflict(claim, only("by 120-150 s"))


def test_a_range_ending_in_a_half_is_backed_by_the_source_range() -> None:
    rec = abstract("With solution A, 50% of the cells were immotile by 60-90 s after activation.")
    claim = "With solution A, half of the cells were immotile within one to one and a half minutes."
    assert verdicts(claim, rec) == {"half": S, "one to one and a half minutes": S}


# --- orders of magnitude -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("Hundreds of studies were screened", 200.0, 1000.0),
        ("dozens of genetic variants", 24.0, 120.0),
        ("a few dozen patients", 24.0, 120.0),
        ("several hundred mice", 200.0, 1000.0),
        ("tens of thousands of people", 20_000.0, 100_000.0),
    ],
)
def test_orders_of_magnitude(text: str, low: float, high: float) -> None:
    quantity = only(text)
    assert (quantity.unit, quantity.low, quantity.high, quantity.vague) == (
        "count",
        low,
        high,
        True,
    )


def test_a_dozen_is_still_twelve() -> None:
    assert read("A dozen patients") == [("A dozen patients", 12.0, "count", None, None)]


@pytest.mark.parametrize(
    ("source", "matches", "conflicts"),
    [
        ("696 studies", True, False),
        ("150 studies", False, False),  # loose wording, not another order of magnitude
        ("1,500 studies", False, False),
        ("40 studies", False, True),
        ("12,000 studies", False, True),
    ],
)
def test_hundreds_against_stated_counts(source: str, matches: bool, conflicts: bool) -> None:
    claim = only("hundreds of studies")
    assert quantities_match(claim, only(source)) is matches
    assert quantities_conflict(claim, only(source)) is conflicts


def test_hundreds_of_studies_screened_is_backed_by_the_number_assessed() -> None:
    rec = abstract("Among 696 studies assessed for eligibility, 7 met inclusion criteria.")
    claim = "Hundreds of studies were screened, yet only seven trials made it into the analysis."
    assert verdicts(claim, rec) == {"Hundreds of studies": S, "seven trials": S}


def test_dozens_of_variants_against_three_snps_is_a_wrong_count() -> None:
    rec = abstract(
        "We examined single-nucleotide polymorphisms (SNPs) at the TERT region.",
        "Three SNPs at TERT were associated with pancreatic cancer risk.",
    )
    claim = "Dozens of genetic variants at TERT were tied to pancreatic cancer risk."
    assert verdicts(claim, rec) == {"Dozens of genetic variants": C}
    assert verdicts("Three variants at TERT were tied to pancreatic cancer risk.", rec) == {
        "Three variants": S
    }


def test_an_order_of_magnitude_in_the_source_states_no_count() -> None:
    rec = abstract("Hundreds of patients were enrolled across the clinics.")
    found = verdicts("Exactly 700 patient records were kept across the clinics.", rec)
    assert list(found.values()) == [N]
    sizes = [
        f.verdict
        for f in verify("600 patients were enrolled across the clinics.", rec).findings
        if f.kind is FindingKind.SAMPLE_SIZE
    ]
    assert sizes == [N]


# --- quantile groups ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "comparing the shortest fifth of telomere length with the longest",
        "earners in the top quarter of the distribution",
        "patients in the lower half of the scores",
    ],
)
def test_a_group_named_by_its_place_is_not_a_share(text: str) -> None:
    assert find_quantities(text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [("a fifth of the patients", 20.0), ("at least half of patients", 50.0),
     ("one in five patients", 20.0)],
)  # fmt: skip
def test_shares_are_still_shares(text: str, value: float) -> None:
    assert only(text).percent == value


def test_the_shortest_fifth_never_contradicts_an_odds_ratio() -> None:
    rec = abstract(
        "Shorter telomere length was associated with higher risk of pancreatic cancer "
        "(comparing extreme quintiles of telomere length, OR 1.72; 95% CI 1.07 to 2.78)."
    )
    claim = (
        "Comparing the shortest with the longest fifth of telomere length, the odds of "
        "pancreatic cancer were about 70% higher."
    )
    assert set(verdicts(claim, rec).values()) == {S}


# --- counts the claim lists itself -------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The three LEmin-based thresholds (LEmin, LEmin+1mM and LEmin+1.5mM) predicted it",
        "two drugs: ketamine and esketamine.",
        "the four arms (placebo, low, middle and high dose) were compared",
    ],
)
def test_a_count_of_listed_items_is_not_a_measured_value(text: str) -> None:
    assert all(q.unit != "count" for q in find_quantities(text))


def test_a_count_that_disagrees_with_its_list_is_still_read() -> None:
    assert only("three drugs (ketamine and esketamine)").unit == "count"


# --- fractions sharing one unit -------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "doses of a quarter, a half and one milligram per kilogram",
        "doses of a quarter, half and one mg/kg",
    ],
)
def test_fractions_in_a_list_take_its_unit(text: str) -> None:
    assert [(round(q.value, 2), q.unit) for q in find_quantities(text)] == [
        (0.25, "mg/kg"), (0.5, "mg/kg"), (1.0, "mg/kg"),
    ]  # fmt: skip


def test_a_share_before_another_amount_keeps_its_meaning() -> None:
    assert [q.unit for q in find_quantities("a quarter of patients and 2 mg")] == ["ratio", "mg"]


def test_a_dose_list_in_fractions_is_checked_dose_by_dose() -> None:
    rec = abstract(
        "Ascending doses of ketamine (0.25, 0.5, 1 mg/kg) were given at weekly intervals."
    )
    found = verdicts("Ketamine doses of a quarter, a half and one milligram per kilogram.", rec)
    assert list(found.values()) == [S, S, S]


# --- numbers in asides ----------------------------------------------------------------------------

FUNCTIONING = abstract(
    "There were 10 women (50%) and 10 men (50%).",
    "Of the 20 patients, 18 reported improved social functioning during maintenance treatment.",
)


def test_a_share_of_a_group_in_an_aside_is_about_its_own_words() -> None:
    claim = (
        "All but two of the 20 patients, half of them women, reported better social "
        "functioning during maintenance."
    )
    found = verdicts(claim, FUNCTIONING)
    assert found["half"] is S
    assert C not in found.values()


def test_a_wrong_share_in_an_aside_is_still_caught() -> None:
    claim = "Of the 20 patients, a quarter of them women, 18 reported better social functioning."
    assert verdicts(claim, FUNCTIONING).get("a quarter") is not S


ARTICLES = abstract(
    "We searched MEDLINE, PubMed, PsycINFO, and Cochrane Databases and identified 288 "
    "articles, 60 of which met the inclusion criteria."
)


def test_a_share_restating_the_count_before_it_is_that_count() -> None:
    claim = "Of the 288 articles their searches turned up, 60, roughly one in five, were included."
    assert list(verdicts(claim, ARTICLES).values()) == [S]


def test_a_restated_share_that_disagrees_is_judged_on_its_own() -> None:
    claim = "Of the 288 articles their searches turned up, 60, roughly one in three, were included."
    found = verdicts(claim, ARTICLES)
    assert found["one in three"] is not S
    assert len(found) == 2


def test_the_same_part_of_the_same_whole_is_the_same_figure() -> None:
    assert verdicts("Of the 288 articles found, 60 met the inclusion criteria.", ARTICLES) == {
        "Of the 288 articles found, 60": S
    }
    assert verdicts("Of the 288 articles found, 65 met the inclusion criteria.", ARTICLES) == {
        "Of the 288 articles found, 65": C
    }


# --- time limits and lengths of time ------------------------------------------------------------


def test_a_time_limit_never_contradicts_a_length_of_time() -> None:
    rec = abstract(
        "Improvements occurred within 2 hours of dosing, and persisted for up to 1 week."
    )
    assert verdicts("The improvements lasted about five days.", rec) != {"five days": S}
    assert C not in verdicts("The improvements lasted about five days.", rec).values()
    assert verdicts("Improvements occurred within 3 hours of dosing.", rec) == {"3 hours": C}
