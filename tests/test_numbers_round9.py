"""Numbers and metadata, round 11: a count of studies is no rival for an exact "n of N", values
restated as a list in the record's order, values bound to the item an abbreviation names, a
scale's unit word that names no scale, a count of the work's writers, events dated in the
record's order, "self-reported in", a year opening the claim, and one group of people counted
under two nouns."""

from __future__ import annotations

from synthetic_records import made_up_record

from claimcheck.pubmed.model import Author, PartialDate, PubMedRecord
from claimcheck.report.model import FindingKind, Verdict
from claimcheck.verification.engine import clear_caches, verify


def _verdicts(claim: str, record: PubMedRecord, kind: FindingKind) -> set[Verdict]:
    clear_caches()
    return {f.verdict for f in verify(claim, record).findings if f.kind is kind}


# --- a part of the whole is no rival for an exact "n of N" ------------------------------------

SCREENED = made_up_record(
    "Among 410 studies assessed for eligibility, 9 met inclusion criteria.",
    "Four studies reported a significant benefit of acupuncture, with the meta-analysis showing "
    "a small effect on pain.",
    pmid="901101",
)


def test_an_exact_share_of_screened_studies_is_not_undone_by_a_count_of_some_of_them() -> None:
    claim = "Only 9 of 410 screened studies made it into this acupuncture meta-analysis."
    assert _verdicts(claim, SCREENED, FindingKind.QUANTITY) == {Verdict.SUPPORTED}
    wrong = claim.replace("9 of 410", "12 of 410")
    assert Verdict.SUPPORTED not in _verdicts(wrong, SCREENED, FindingKind.QUANTITY)


# --- a list of values restated in the record's order --------------------------------------------

PREDICTORS = made_up_record(
    "VT1 was the strongest predictor of race pace (r = 0.93; P < 0.001), followed by "
    "VT1+5bpm (r = 0.81; P < 0.001) and VT1+10bpm (r = 0.77; P < 0.01).",
    "The talk test predicted race pace less well (r = 0.64).",
    pmid="901102",
)


def _value_verdicts(claim: str, record: PubMedRecord) -> dict[str, Verdict]:
    clear_caches()
    return {
        f.claim_says or "": f.verdict
        for f in verify(claim, record).findings
        if f.kind is FindingKind.QUANTITY
    }


def test_values_listed_in_the_records_order_each_belong_to_their_own_item() -> None:
    claim = "VT1 predicted race pace best (r = 0.93), ahead of VT1 plus five beats (r = 0.81) "
    claim += "and VT1 plus ten beats (r = 0.77)."
    found = _value_verdicts(claim, PREDICTORS)
    assert (found["0.81"], found["0.77"]) == (Verdict.SUPPORTED, Verdict.SUPPORTED)


def test_values_listed_in_another_order_are_not_confirmed() -> None:
    claim = "VT1 predicted race pace best (r = 0.93), ahead of VT1 plus five beats (r = 0.77) "
    claim += "and VT1 plus ten beats (r = 0.81)."
    found = _value_verdicts(claim, PREDICTORS)
    assert Verdict.SUPPORTED not in (found["0.81"], found["0.77"])


# --- values bound to the items the record abbreviates ----------------------------------------

DIAGNOSES = made_up_record(
    "We enrolled veterans with posttraumatic stress disorder (PTSD) or major depressive "
    "disorder (MDD).",
    "Of 40 veterans, 22 (55%) met criteria for MDD and 31 (78%) for PTSD.",
    pmid="901103",
)


def test_a_value_the_record_gives_another_abbreviated_item_contradicts_the_claim() -> None:
    swapped = "Twenty-two veterans met criteria for posttraumatic stress disorder and 31 for "
    swapped += "major depressive disorder."
    assert _verdicts(swapped, DIAGNOSES, FindingKind.QUANTITY) == {Verdict.CONTRADICTED}


def test_a_value_given_to_the_item_the_record_gives_it_is_supported() -> None:
    right = "Twenty-two veterans met criteria for major depressive disorder and 31 for "
    right += "posttraumatic stress disorder."
    assert _verdicts(right, DIAGNOSES, FindingKind.QUANTITY) == {Verdict.SUPPORTED}


# --- a scale's unit word does not name the scale -----------------------------------------------

PRESSURE = made_up_record(
    "Systolic blood pressure rose by about 12 mm Hg one hour after the infusion.",
    "Brief Psychiatric Rating Scale scores fell from 25 points at baseline to 9 points at day 7.",
    pmid="901104",
)


def test_points_of_blood_pressure_are_not_the_points_of_a_rating_scale() -> None:
    claim = "One hour after the infusion, blood pressure went up by roughly 25 points."
    assert _value_verdicts(claim, PRESSURE)["25 points"] is Verdict.CONTRADICTED
    right = claim.replace("25 points", "12 points")
    assert _value_verdicts(right, PRESSURE)["12 points"] is Verdict.SUPPORTED
    scale = "Rating scale scores fell from 25 points at baseline to 9 points at day 7."
    assert _verdicts(scale, PRESSURE, FindingKind.QUANTITY) == {Verdict.SUPPORTED}


# --- a count of the work's writers -------------------------------------------------------------


def _review(*surnames: str) -> PubMedRecord:
    return made_up_record(
        "We review how lithium may protect neurons and discuss open questions.",
        pmid="901105",
        authors=[Author(last_name=name) for name in surnames],
    )


def test_a_count_of_researchers_agrees_with_the_records_authors() -> None:
    claim = "Three researchers argued in a review that lithium may protect neurons."
    assert _verdicts(claim, _review("Ito", "Berg", "Sousa"), FindingKind.QUANTITY) == {
        Verdict.SUPPORTED
    }
    assert Verdict.SUPPORTED not in _verdicts(
        claim, _review("Ito", "Berg", "Sousa", "Okafor"), FindingKind.QUANTITY
    )


# --- event dates and publication years ---------------------------------------------------------

COHORT = made_up_record(
    "Usual diet was self-reported at baseline (1990-1994).",
    "Bone density was measured by scan in 2008-2011.",
    "Higher fruit intake was associated with greater bone density.",
    pmid="901106",
    pub_date=PartialDate(year=2016),
)


def test_two_events_dated_in_the_records_order_keep_their_own_dates() -> None:
    claim = "Usual diet was self-reported at baseline in 1990-1994, and bone density was measured "
    claim += "by scan in 2008-2011."
    assert not _verdicts(claim, COHORT, FindingKind.YEAR) & {
        Verdict.CONTRADICTED,
        Verdict.METADATA_MISMATCH,
    }


def test_two_events_with_their_dates_swapped_are_contradicted() -> None:
    claim = "Usual diet was self-reported at baseline in 2008-2011, and bone density was measured "
    claim += "by scan in 1990-1994."
    assert Verdict.CONTRADICTED in _verdicts(claim, COHORT, FindingKind.YEAR)


MEETING = made_up_record(
    "A double-resonance method images three metabolites in one phantom.",
    pmid="901107",
    pub_date=PartialDate(year=2004),
)


def test_a_year_opening_the_claim_before_who_reported_dates_the_publication() -> None:
    claim = "Back in 2009, chemists reported a double-resonance method imaging three metabolites."
    assert _verdicts(claim, MEETING, FindingKind.YEAR) == {Verdict.METADATA_MISMATCH}
    right = claim.replace("2009", "2004")
    assert _verdicts(right, MEETING, FindingKind.YEAR) == {Verdict.SUPPORTED}


# --- one group of people counted under two nouns -------------------------------------------------

CASES = made_up_record(
    "We studied 212 gastric cancer cases and 430 matched controls nested in two cohorts.",
    "Low serum selenium was associated with higher gastric cancer risk.",
    pmid="901108",
)


def test_a_wrong_count_of_the_same_patients_named_otherwise_is_a_wrong_sample_size() -> None:
    claim = "Using 312 patients with gastric cancer and 430 matched controls, the study tied low "
    claim += "serum selenium to higher gastric cancer risk."
    assert _verdicts(claim, CASES, FindingKind.SAMPLE_SIZE) == {Verdict.METADATA_MISMATCH}
    right = claim.replace("312", "212")
    assert Verdict.METADATA_MISMATCH not in _verdicts(right, CASES, FindingKind.SAMPLE_SIZE)


# --- cut-offs, multiples of the odds, ranked groups -------------------------------------------

THRESHOLD = made_up_record(
    "Anaemia was defined as haemoglobin <12 g/dL and high CRP as CRP >5 ng/mL.",
    "Patients with low ferritin (<30 ng/mL) had more fatigue.",
    pmid="901109",
)


def test_a_cut_off_at_another_mark_contradicts_the_claim() -> None:
    claim = "High CRP was defined as a reading above 10 ng/mL."
    assert _verdicts(claim, THRESHOLD, FindingKind.QUANTITY) == {Verdict.CONTRADICTED}
    right = "High CRP was defined as a reading above 5 ng/mL."
    assert _verdicts(right, THRESHOLD, FindingKind.QUANTITY) == {Verdict.SUPPORTED}


QUARTILES = made_up_record(
    "Higher coffee intake (third and fourth quartiles vs none) was associated with gout "
    "(ORQ3=2.15, 95% CI 1.10 to 4.20, ORQ4=2.90, 95% CI 1.40 to 6.01).",
    "Tea intake was not associated with gout (OR 1.05).",
    pmid="901110",
)


def test_a_multiple_of_the_odds_binds_by_the_quantile_both_sides_name() -> None:
    claim = "Coffee drinkers had more than twice the odds of gout in the third quartile and "
    claim += "close to three times in the fourth."
    assert _verdicts(claim, QUARTILES, FindingKind.QUANTITY) == {Verdict.SUPPORTED}


def test_the_number_of_top_quantile_groups_is_no_figure_to_find() -> None:
    claim = "Men in the top two quartiles of coffee intake had higher odds of gout."
    assert Verdict.NOT_IN_SOURCE not in _verdicts(claim, QUARTILES, FindingKind.QUANTITY)


ALLELE = made_up_record(
    "Each minor allele of rs1234 was associated with higher odds of asthma (OR 1.25, 95% CI "
    "1.05 to 1.60).",
    pmid="901111",
)


def test_a_percent_lift_in_the_odds_is_read_as_the_odds_ratio() -> None:
    wrong = "Each copy of the minor rs1234 allele lifted the odds of asthma by about 60%."
    assert _verdicts(wrong, ALLELE, FindingKind.QUANTITY) == {Verdict.CONTRADICTED}
    right = wrong.replace("60%", "25%")
    assert _verdicts(right, ALLELE, FindingKind.QUANTITY) == {Verdict.SUPPORTED}
