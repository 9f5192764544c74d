"""Numbers and comparators, round 5: figures after "than/against" are not comparator arms, the
other end of a graded exposure, "one patient in eight", loose deadlines ("within a week"),
counts of things the claim itself names, hedged effect ratios, temperatures on other scales,
speeds, doses "per kilo", a named drug against a placebo-only record, restrictions a claim moves
with "only", and the effect ratio a claim names by its value or label."""

from __future__ import annotations

from synthetic_records import made_up_record

from claimcheck import verify
from claimcheck.pubmed.model import PubMedRecord
from claimcheck.report.model import FindingKind, Verdict
from claimcheck.verification.quantities import (
    find_quantities,
    quantities_conflict,
    quantities_match,
)

S, C, N = Verdict.SUPPORTED, Verdict.CONTRADICTED, Verdict.NOT_IN_SOURCE


def abstract(*sentences: str, title: str = "A study") -> PubMedRecord:
    return made_up_record(*sentences, title=title, pmid="5")


def of_kind(claim: str, rec: PubMedRecord, kind: FindingKind) -> list[Verdict]:
    return [f.verdict for f in verify(claim, rec).findings if f.kind is kind]


def quantity(text: str) -> tuple[float, str, str | None]:
    (found,) = find_quantities(text)
    return found.value, found.unit, found.bound


# --- a figure after "than" or "against" is no comparator ------------------------------------------

SEEDS = abstract(
    "Germination of stored seeds was assessed before and after six months of cold storage.",
    "Seeds kept in the paper envelopes lost viability (germination fell from 90 to 20%), "
    "and damaged seed coats were seen in 64% of them compared with 33% of fresh seeds.",
)


def test_a_fold_word_after_than_is_a_figure_not_a_comparator() -> None:
    claim = "In paper envelopes, germination fell more than fourfold during cold storage."
    assert of_kind(claim, SEEDS, FindingKind.COMPARATOR) == []
    assert of_kind(claim, SEEDS, FindingKind.QUANTITY) == [S]


def test_a_share_after_against_is_a_figure_not_a_comparator() -> None:
    claim = "Damaged seed coats were seen in about two in three stored seeds, against roughly a "
    claim += "third of fresh seeds."
    assert of_kind(claim, SEEDS, FindingKind.COMPARATOR) == []
    assert of_kind(claim, SEEDS, FindingKind.QUANTITY) == [S, S]


def test_a_named_drug_with_a_dose_stays_a_comparator() -> None:
    rec = abstract("Drug Q was compared with 10 mg escitalopram in adults with panic disorder.")
    claim = "Drug Q was compared with 10 mg of escitalopram."
    assert of_kind(claim, rec, FindingKind.COMPARATOR) == [S]


# --- the other end of a graded exposure -----------------------------------------------------------

COFFEE = abstract(
    "Coffee intake was recorded in 12,000 adults followed for ten years.",
    "Higher coffee intake was associated with lower risk of gallstones (comparing extreme "
    "quartiles of intake, HR 0.77).",
)


def test_the_other_end_of_an_exposure_is_not_a_control_arm() -> None:
    claim = (
        "The heaviest coffee drinkers had a lower risk of gallstones compared with the lightest."
    )
    assert of_kind(claim, COFFEE, FindingKind.COMPARATOR) == []


def test_a_level_comparator_stays_unfound_when_the_record_compares_no_levels() -> None:
    rec = abstract("Coffee drinkers had fewer gallstones than tea drinkers in a survey of adults.")
    claim = "The heaviest coffee drinkers had fewer gallstones compared with the lightest."
    assert of_kind(claim, rec, FindingKind.COMPARATOR) == [N]


# --- "one patient in eight" -----------------------------------------------------------------------


def test_a_rate_naming_what_it_counts_is_a_share() -> None:
    (rate,) = find_quantities("one patient in eight relapsed")
    assert (rate.unit, rate.value, rate.numerator, rate.denominator) == ("ratio", 12.5, 1, 8)
    (every,) = find_quantities("two mice in every ten died")
    assert (every.unit, every.value) == ("ratio", 20.0)


def test_a_count_in_a_number_of_places_is_no_rate() -> None:
    units = [q.unit for q in find_quantities("one patient in five clinics")]
    assert "ratio" not in units


def test_a_rate_with_its_noun_meets_a_percentage() -> None:
    rec = abstract("Relapse occurred in 12% of patients within a year of stopping drug Q.")
    assert of_kind("One patient in eight relapsed after stopping drug Q.", rec,
                   FindingKind.QUANTITY) == [S]  # fmt: skip
    assert of_kind("One patient in three relapsed after stopping drug Q.", rec,
                   FindingKind.QUANTITY) == [C]  # fmt: skip


# --- "within a week": a loose deadline ------------------------------------------------------------


def test_within_a_week_is_a_time() -> None:
    assert quantity("pain eased within a week") == (1.0, "week", "<=")
    assert quantity("relapsed within a month of stopping") == (1.0, "month", "<=")


def test_a_loose_deadline_is_checked_against_a_record_that_times_the_same_thing() -> None:
    same = abstract("Itching improved within 7 days of starting the cream in 40 adults.")
    late = abstract(
        "Relief of itching began about 6 weeks after starting the cream in 40 adults."
    )
    assert of_kind("Itching improved within a week of starting the cream.", same,
                   FindingKind.QUANTITY) == [S]  # fmt: skip
    assert of_kind("Relief of itching began within a week of starting the cream.", late,
                   FindingKind.QUANTITY) == [C]  # fmt: skip


def test_an_earlier_time_neither_backs_nor_contradicts_a_loose_deadline() -> None:
    sooner = abstract("Itching improved within 3 days of starting the cream in 40 adults.")
    claim = "Itching improved within a week of starting the cream."
    assert of_kind(claim, sooner, FindingKind.QUANTITY) == []


def test_a_time_of_another_kind_does_not_meet_a_deadline() -> None:
    rec = abstract(
        "Compared with pre-dose values, heart rate rose by 12 beats per minute at 20 min."
    )
    claim = "Heart rate was back to pre-dose values within two hours of each dose."
    assert S not in of_kind(claim, rec, FindingKind.QUANTITY)
    rec = abstract("Itching improved within 3 days of starting the cream in 40 adults.")
    claim = "The relief from itching had worn off within 3 days of starting the cream."
    assert S not in of_kind(claim, rec, FindingKind.QUANTITY)


def test_a_deadline_the_record_does_not_time_adds_no_finding() -> None:
    rec = abstract("Forty adults used the cream; itching scores were recorded.")
    assert of_kind("Itching improved within a week.", rec, FindingKind.QUANTITY) == []


# --- counts of what the claim itself names --------------------------------------------------------

ENANTIOMERS = abstract(
    "Levo-propranolol blocked the receptor more strongly than racemic propranolol, matching "
    "the clinical potency of the compounds."
)


def test_a_count_of_the_claims_own_items_is_no_figure() -> None:
    claim = (
        "Levo-propranolol blocked the receptor more strongly than racemic propranolol, as "
        "expected from the clinical potency of the two compounds."
    )
    assert of_kind(claim, ENANTIOMERS, FindingKind.QUANTITY) == []


def test_a_definite_head_count_is_still_a_figure() -> None:
    rec = abstract("Three trials were pooled; they enrolled 412 adults with asthma.")
    claim = "The two trials of inhaler A and inhaler B enrolled 412 adults."
    assert N in of_kind(claim, rec, FindingKind.QUANTITY) or C in of_kind(
        claim, rec, FindingKind.QUANTITY
    )


# --- a hedged effect ratio ------------------------------------------------------------------------


def test_an_odds_ratio_of_about_a_value() -> None:
    assert quantity("an odds ratio of about 2.1 for smokers") == (2.1, "ratio_stat", "~")
    assert quantity("a hazard ratio of roughly 0.8") == (0.8, "ratio_stat", "~")
    rec = abstract("Smoking was associated with asthma onset (OR 2.14; 95% CI 1.5 to 3.0).")
    assert of_kind("Smoking gave an odds ratio of about 2.1 for asthma onset.", rec,
                   FindingKind.QUANTITY) == [S]  # fmt: skip


# --- temperatures, speeds, doses per kilo ---------------------------------------------------------


def test_a_sign_written_as_a_word() -> None:
    (cold,) = find_quantities("stored at minus 80 degrees Celsius")
    assert (cold.value, cold.unit, cold.text) == (-80.0, "°c", "minus 80 degrees Celsius")
    assert find_quantities("4.1 plus or minus 0.3 mmol/L")[0].value == 4.1  # a spread, no sign


def test_temperatures_on_other_scales_are_compared_in_one() -> None:
    (liquid_nitrogen,) = find_quantities("frozen at 77 K")
    (celsius,) = find_quantities("frozen at about minus 196 °C")
    (fahrenheit,) = find_quantities("kept at 68 °F")
    (room,) = find_quantities("kept at 20 °C")
    assert quantities_match(celsius, liquid_nitrogen)
    assert quantities_match(room, fahrenheit)
    assert quantities_conflict(room, liquid_nitrogen)


def test_a_temperature_below_zero_is_not_one_above() -> None:
    (below,) = find_quantities("stored at -20 °C")
    (above,) = find_quantities("stored at 20 °C")
    assert not quantities_match(below, above)
    assert quantities_conflict(below, above)


def test_colder_than_about_is_an_upper_bound() -> None:
    assert quantity("colder than about minus 150 degrees Celsius") == (-150.0, "°c", "<")
    assert quantity("more than about 40 patients") == (40.0, "count", ">")


def test_speeds_in_other_units() -> None:
    (walk,) = find_quantities("walked at about 100 metres a minute")
    (stated,) = find_quantities("mean walking speed 6.0 km/h")
    (symbols,) = find_quantities("speed 100 m·min^-1")
    assert (walk.unit, symbols.unit) == ("m/min", "m/min")
    assert quantities_match(walk, stated)
    (fast,) = find_quantities("walked at about 150 metres a minute")
    assert quantities_conflict(fast, stated)


def test_distances_in_other_units() -> None:
    (spelled,) = find_quantities("a 10 kilometre run")
    (short,) = find_quantities("a 10-km run")
    assert quantities_match(spelled, short)


def test_a_dose_per_kilo() -> None:
    assert quantity("given a quarter of a milligram of drug Q per kilo") == (0.25, "mg/kg", None)


# --- a named drug against a record whose only control is a placebo --------------------------------


def test_a_named_drug_is_not_the_comparator_of_a_placebo_controlled_trial() -> None:
    rec = abstract(
        "Adults with migraine received drug Q or saline injections in random order.",
        "Headache relief was greater after drug Q but not placebo.",
    )
    claim = "Drug Q was compared with escitalopram in adults with migraine."
    assert of_kind(claim, rec, FindingKind.COMPARATOR) == [C]


# --- a restriction the claim moves with "only" ----------------------------------------------------

ENZYME = abstract(
    "Activity of the whole enzyme and its catalytic fragment was measured.",
    "In the whole enzyme only, the active site binds two zinc ions between pH 6 and 8.",
)


def test_only_in_the_other_thing_contradicts_a_restriction() -> None:
    claim = "Only in the catalytic fragment does the active site bind two zinc ions."
    assert C in of_kind(claim, ENZYME, FindingKind.COMPARATOR)


def test_only_in_the_record_scope_keeps_the_restriction() -> None:
    claim = "Only in the whole enzyme does the active site bind two zinc ions, not the fragment."
    assert C not in of_kind(claim, ENZYME, FindingKind.COMPARATOR)


# --- the ratio a claim names ----------------------------------------------------------------------

VARIANTS = abstract(
    "Two variants in GENE1 were associated with gout, including rs1111 (per allele OR 1.40; "
    "95% CI 1.20 to 1.62) and rs2222 (per allele OR 0.70; 95% CI 0.58 to 0.85)."
)


def test_a_ratio_named_by_its_label_decides_the_direction() -> None:
    said = "Two variants in GENE1 were associated with gout, the minor allele of rs2222 with"
    lower, higher = f"{said} lower risk.", f"{said} higher risk."
    assert of_kind(lower, VARIANTS, FindingKind.DIRECTION) == []
    assert of_kind(higher, VARIANTS, FindingKind.DIRECTION) == [C]


def test_a_ratio_named_by_its_value_decides_the_direction() -> None:
    claim = "Variants in GENE1 were associated with gout, one with lower risk (OR 0.70)."
    assert of_kind(claim, VARIANTS, FindingKind.DIRECTION) == []
