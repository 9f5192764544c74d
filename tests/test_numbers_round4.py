"""Numbers, round 4: figures swapped between groups, changes told with words between their ends,
approximate figures that miss, schedules, onset times, shares of an arm the record gives no
figure for, effects per step of an exposure, head counts of cases, and dozens."""

from __future__ import annotations

from synthetic_records import made_up_record

from claimcheck import verify
from claimcheck.pubmed.model import PubMedRecord
from claimcheck.report.model import FindingKind, Verdict
from claimcheck.verification.assertions import extract_assertions
from claimcheck.verification.checks.quantities import check_quantities
from claimcheck.verification.index import build_index
from claimcheck.verification.quantities import find_quantities, quantities_match

S, C, N = Verdict.SUPPORTED, Verdict.CONTRADICTED, Verdict.NOT_IN_SOURCE


def abstract(*sentences: str) -> PubMedRecord:
    return made_up_record(*sentences, pmid="4")


def verdicts(claim: str, rec: PubMedRecord) -> dict[str, Verdict]:
    findings = check_quantities(extract_assertions(claim), rec, build_index(rec))
    return {f.claim_says or "": f.verdict for f in findings}


def quantity_verdicts(claim: str, rec: PubMedRecord) -> list[Verdict]:
    return [f.verdict for f in verify(claim, rec).findings if f.kind is FindingKind.QUANTITY]


# --- two figures, two groups ----------------------------------------------------------------------

WOUNDS = abstract(
    "Wound healing was assessed in diabetic rats.",
    "Under the silver dressing, 72% of the wounds had closed by day 14 compared with 35% "
    "under the plain gauze.",
    "Infection rates did not differ.",
)


def test_figures_given_to_the_other_group_are_contradicted() -> None:
    claim = "By day 14, 35% of wounds had closed under the silver dressing versus 72% under gauze."
    result = verify(claim, WOUNDS)
    assert result.verdict is C
    swapped = [f for f in result.findings if "other's group" in f.message]
    assert swapped and swapped[0].evidence is not None
    assert "72%" in swapped[0].evidence.matched_terms


def test_figures_with_their_own_groups_are_not_called_swapped() -> None:
    claim = "By day 14, 72% of wounds had closed under the silver dressing versus 35% under gauze."
    assert C not in quantity_verdicts(claim, WOUNDS)
    found = verdicts(claim, WOUNDS)
    assert (found["72%"], found["35%"]) == (S, S)


def test_groups_told_in_the_other_order_are_still_their_own() -> None:
    claim = (
        "Wound closure by day 14 rose from 35% with plain gauze to 72% with the silver dressing."
    )
    assert C not in quantity_verdicts(claim, WOUNDS)


# --- a change with words between its ends, and two kinds of share ---------------------------------

LESIONS = abstract(
    "Lesions were counted before and after treatment in two arms.",
    "The share of patients with new lesions rose in both arms (arm 1: 6 to 14%, P < 0.05; "
    "arm 2: 4 to 31%, P < 0.01).",
)


def test_a_change_whose_ends_carry_their_own_words_is_read_as_one_change() -> None:
    claim = "In arm 2, new lesions rose from 4% at baseline to 14% after treatment."
    assert set(verdicts(claim, LESIONS).values()) == {C}


def test_a_change_from_a_percentage_to_a_fraction_word_is_one_change() -> None:
    assert set(
        verdicts("In arm 2, new lesions rose from 4% to nearly a third.", LESIONS).values()
    ) == {S}
    assert set(
        verdicts("In arm 2, new lesions rose from 4% to about a tenth.", LESIONS).values()
    ) == {C}


def test_one_in_four_is_as_coarse_as_a_quarter() -> None:
    share = find_quantities("one in four patients")[0]
    stated = find_quantities("24% of patients")[0]
    assert quantities_match(share, stated)
    assert not quantities_match(share, find_quantities("21% of patients")[0])


# --- an approximate figure that misses ------------------------------------------------------------

PAIN = abstract(
    "Nine trials of acupuncture for back pain were pooled.",
    "Acupuncture reduced pain intensity more than sham (mean difference, -0.9 points on a 0-10 "
    "visual analogue scale; 95% CI, -1.4 to -0.4).",
)


def test_a_rounded_figure_far_from_the_pooled_difference_is_contradicted() -> None:
    claim = "Acupuncture cut pain intensity by almost two points on a ten-point scale."
    assert verdicts(claim, PAIN)["two points"] is C


def test_a_rounded_figure_close_to_the_pooled_difference_is_supported() -> None:
    claim = "Acupuncture cut pain intensity by about one point on a ten-point scale."
    assert verdicts(claim, PAIN)["one point"] is S


# --- schedules and onset --------------------------------------------------------------------------

SCHEDULE = abstract(
    "After a washout, patients received eight open-label magnesium infusions administered "
    "twice weekly over 4 weeks.",
    "Headache days fell during the infusion phase.",
)


def test_a_schedule_with_another_frequency_and_length_is_contradicted() -> None:
    claim = "Once their headaches came back, patients got eight open-label magnesium infusions "
    claim += "spread over two weeks, four a week."
    found = verdicts(claim, SCHEDULE)
    assert found["two weeks"] is C
    assert found["four a week"] is C


ONSET = abstract(
    "Itch scores improved in all patients.",
    "Relief of itch occurred within an hour of the first application and lasted for up to 3 days.",
)


def test_a_late_onset_against_one_within_an_hour_is_contradicted() -> None:
    assert (
        verdicts("Itch relief only set in about three days after each application.", ONSET)[
            "three days"
        ]
        is C
    )


def test_an_onset_within_the_hour_is_supported() -> None:
    assert verdicts("Itch relief set in within an hour of applying the cream.", ONSET) == {
        "an hour": S
    }


def test_how_long_relief_lasted_is_not_an_onset() -> None:
    assert verdicts("Relief of itch lasted up to three days.", ONSET) == {"three days": S}


def test_a_time_counted_from_the_end_of_treatment_is_not_the_treatment_length() -> None:
    record = abstract("Patients received 6 months of daily lithium and were followed up.")
    claim = "After the end of lithium treatment, remission lasted a median of six months."
    assert verdicts(claim, record)["six months"] is N


def test_an_effect_that_was_gone_is_not_timed_by_its_onset() -> None:
    record = abstract("Mood improved significantly within 48 hours after the infusion.")
    assert verdicts("The mood boost was gone within four days.", record)["four days"] is not C


# --- a figure for an arm the record gives none for ------------------------------------------------

ARMS = abstract(
    "Adults with chronic insomnia were enrolled at three sleep clinics.",
    "Sleep diaries and actigraphy were collected for eight weeks.",
    "Participants were randomized to melatonin or zolpidem.",
    "Compared with zolpidem, melatonin produced fewer next-day effects.",
    "Sixty-two percent of participants met remission criteria after four weeks of melatonin.",
)


def test_a_share_for_the_arm_without_a_figure_is_not_in_source() -> None:
    claim = "Only 20% of participants met remission criteria on zolpidem."
    assert verdicts(claim, ARMS)["20%"] is N


def test_a_wrong_share_for_the_arm_with_the_figure_is_contradicted() -> None:
    claim = "Only 20% of participants met remission criteria after four weeks of melatonin."
    assert verdicts(claim, ARMS)["20%"] is C


# --- effects per step of an exposure --------------------------------------------------------------

GRADIENT = abstract(
    "Higher serum urate was associated with gout flares (comparing extreme quartiles, OR 2.40; "
    "95% CI 1.50 to 3.80).",
)


def test_a_per_unit_effect_is_not_the_extreme_quartile_ratio() -> None:
    claim = "Each 1 mg/dL rise in serum urate raised the odds of gout flares by 30%."
    assert verdicts(claim, GRADIENT).get("30%") is not C


# --- head counts of cases, and dozens -------------------------------------------------------------


def test_people_who_developed_the_disease_are_the_cases() -> None:
    record = abstract("We genotyped 412 melanoma cases and 950 matched controls from two cohorts.")
    claim = "The team genotyped 412 people who went on to develop melanoma and 950 controls."
    assert verdicts(claim, record)["412 people"] is S


def test_a_bare_dozen_is_a_count() -> None:
    record = abstract("The search identified 140 reports, 48 of which were included.")
    kept = "The search found 140 reports and {} were included."
    assert verdicts(kept.format("four dozen"), record)["four dozen"] is S
    assert verdicts(kept.format("five dozen"), record)["five dozen"] is not S


def test_scale_sizes_do_not_cut_off_a_figure_from_its_words() -> None:
    record = abstract("Fatigue decreased by 2.1 points on a 0-10 numeric rating scale.")
    assert verdicts("Fatigue decreased by about two points on a 10-point scale.", record) == {
        "two points": S
    }
