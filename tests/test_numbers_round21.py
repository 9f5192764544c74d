"""Numbers, round 21: the two ends of a change the claim gives ("from about a fifth to nearly
half") meet the record's "from 21 to 38%" as one change; a group's share ("men made up a third")
is the share bracketed after its count ("12 men (60%)"); a time in words ("half an hour after
the dose") is read "relative to pre-dose values" without being taken for a recovery; an interval
said to be "for the difference" keeps its bounds; "totalling 90 patients" counts patients; a
count of patients in one role ("8 patients relapsed") never meets a count in another ("11
patients met criteria"); and a relative difference with another figure ("12% above the
threshold" against "22% higher than the threshold") is a wrong figure."""

from __future__ import annotations

from synthetic_records import made_up_record

from claimcheck.pubmed.model import PubMedRecord
from claimcheck.report.model import FindingKind, Verdict
from claimcheck.verification.engine import clear_caches, verify
from claimcheck.verification.quantities import find_quantities


def _quantity_findings(claim: str, record: PubMedRecord) -> list[tuple[str, Verdict]]:
    clear_caches()
    return [
        (f.claim_says or "", f.verdict)
        for f in verify(claim, record).findings
        if f.kind is FindingKind.QUANTITY
    ]


def _verdicts_for(claim: str, record: PubMedRecord, figure: str) -> set[Verdict]:
    return {v for says, v in _quantity_findings(claim, record) if figure in says}


def _verdict(claim: str, record: PubMedRecord) -> Verdict:
    clear_caches()
    return verify(claim, record).verdict


# --- the two ends of a change --------------------------------------------------------------------

CARTILAGE = made_up_record(
    "Chondrocytes were stored in two media before implantation.",
    "In medium B, there was a marked increase in chondrocytes showing membrane rupture from the "
    "fresh to the stored stage (from 21 to 38%, P < 0.01).",
    "Viability in medium A did not change.",
    pmid="921001",
)


def test_change_with_a_wrong_second_end_is_contradicted() -> None:
    claim = (
        "In medium B, the share of chondrocytes with ruptured membranes climbed from about a "
        "fifth before storage to roughly three in four after storage."
    )
    assert Verdict.CONTRADICTED in _verdicts_for(claim, CARTILAGE, "three in four")


def test_change_with_both_ends_right_is_not_contradicted() -> None:
    claim = (
        "In medium B, the share of chondrocytes with ruptured membranes climbed from about a "
        "fifth before storage to nearly 40% after storage."
    )
    assert Verdict.CONTRADICTED not in {v for _, v in _quantity_findings(claim, CARTILAGE)}


# --- a group's share, bracketed after its count ---------------------------------------------------

REHAB = made_up_record(
    "We followed 20 stroke survivors through a 12-week rehabilitation programme.",
    "There were 12 men (60%) and 8 women (40%); 11 patients (55%) had a left-sided stroke.",
    "Walking speed improved in most participants.",
    pmid="921002",
)


def test_wrong_share_of_a_counted_group_is_contradicted() -> None:
    claim = "Rehabilitation cohort: men made up a third of the 20 survivors."
    assert Verdict.CONTRADICTED in _verdicts_for(claim, REHAB, "a third")


def test_right_share_of_a_counted_group_is_supported() -> None:
    claim = "Women accounted for 40% of the rehabilitation cohort."
    assert _verdicts_for(claim, REHAB, "40%") == {Verdict.SUPPORTED}


def test_generic_patients_bracket_names_no_group() -> None:
    # "11 patients (55%)" is the share with a left-sided stroke, not the share of "patients".
    claim = "Rehabilitation cohort: 80% of patients finished the programme."
    assert Verdict.CONTRADICTED not in _verdicts_for(claim, REHAB, "80%")


# --- a time in words, "relative to pre-dose values" ----------------------------------------------

HEART = made_up_record(
    "Twelve volunteers received a single oral dose of the study drug.",
    "Relative to pre-dose values, mean diastolic pressure increased by ~8 mm Hg at 30 min.",
    "No arrhythmias were recorded.",
    pmid="921003",
)


def test_half_an_hour_relative_to_pre_dose_meets_thirty_minutes() -> None:
    claim = (
        "Diastolic pressure rose by about 8 mm Hg half an hour after the dose, relative to "
        "pre-dose values."
    )
    assert _verdicts_for(claim, HEART, "half an hour") == {Verdict.SUPPORTED}


def test_return_to_pre_dose_values_is_still_a_recovery() -> None:
    claim = "Diastolic pressure went back to pre-dose values half an hour after the dose."
    assert Verdict.SUPPORTED not in _verdicts_for(claim, HEART, "half an hour")


# --- an interval "for the difference" ------------------------------------------------------------


def test_interval_for_the_difference_keeps_its_negative_bounds() -> None:
    found = find_quantities("weight fell by 2.4 kg (95% CI for the mean difference -3.10 to -1.70)")
    intervals = [q for q in found if q.unit == "ci"]
    assert [(q.low, q.high) for q in intervals] == [(-3.1, -1.7)]


WEIGHT = made_up_record(
    "We pooled nine trials of the diet in adults with obesity.",
    "Weight fell more with the diet (mean difference, \u22122.40 kg; 95% CI, \u22123.10 to "
    "\u22121.70 kg; P < .001).",
    pmid="921004",
)


def test_interval_for_the_difference_is_supported() -> None:
    claim = (
        "Pooled weight loss favoured the diet by 2.4 kg (95% CI for the difference -3.10 to -1.70)."
    )
    assert _verdicts_for(claim, WEIGHT, "95% CI") == {Verdict.SUPPORTED}


# --- counts of different things -------------------------------------------------------------------


def test_totalling_keeps_the_counted_noun() -> None:
    found = find_quantities("five trials, totalling 90 patients, were included")
    assert [q.text for q in found if q.value == 90] == ["90 patients"]


TRIALS = made_up_record(
    "Among 410 records screened, 5 met inclusion criteria.",
    "These trials randomly assigned 90 patients with migraine.",
    "Two studies reported a benefit of the drug.",
    pmid="921005",
)


def test_total_patients_is_not_compared_with_a_count_of_studies() -> None:
    claim = "Only five trials, totalling 90 patients, qualified from the hundreds screened."
    assert Verdict.CONTRADICTED not in _verdicts_for(claim, TRIALS, "90")


RELAPSE = made_up_record(
    "We treated 20 patients with recurrent migraine for six months.",
    "Of these, 11 patients (55%) met criteria for chronic migraine and 9 (45%) for episodic "
    "migraine.",
    "Attack frequency fell during treatment.",
    pmid="921006",
)


def test_count_of_patients_in_another_role_is_not_contradicted() -> None:
    claim = "Recurrent migraine: 8 patients stayed attack-free after treatment ended."
    assert Verdict.CONTRADICTED not in _verdicts_for(claim, RELAPSE, "8 patients")


def test_count_of_patients_in_the_same_role_is_contradicted() -> None:
    claim = "Recurrent migraine: 8 patients met criteria for chronic migraine."
    assert Verdict.CONTRADICTED in _verdicts_for(claim, RELAPSE, "8 patients")


# --- a relative difference with another figure ---------------------------------------------------

THRESHOLD = made_up_record(
    "Fifteen cyclists completed incremental and constant-load tests.",
    "The ventilatory threshold did not differ from the lactate turn point (P = 0.52) and was "
    "22% lower than critical power (P < 0.001).",
    pmid="921007",
)


def test_relative_difference_with_another_figure_is_contradicted() -> None:
    claim = "Cyclists: the ventilatory threshold sat 12% below critical power."
    assert _verdict(claim, THRESHOLD) is Verdict.CONTRADICTED


def test_relative_difference_with_the_same_figure_is_not_contradicted() -> None:
    claim = "Cyclists: the ventilatory threshold sat 22% below critical power."
    assert _verdict(claim, THRESHOLD) is not Verdict.CONTRADICTED


def test_relative_difference_of_another_subject_is_left_alone() -> None:
    # Nothing says how the record's other measures stand against critical power.
    claim = "Cyclists: peak heart rate sat 12% below critical power."
    assert Verdict.CONTRADICTED not in _verdicts_for(claim, THRESHOLD, "12% below")
