"""Comparisons, rankings, restrictions and the direction words a writer may use for them."""

from __future__ import annotations

from pathlib import Path

import pytest
from heldout_records import load_record

from claimcheck.pubmed.model import AbstractSection, PubMedRecord
from claimcheck.report.model import Finding, FindingKind, Verdict
from claimcheck.verification.assertions import (
    Axis,
    capacity_changes,
    extract_assertions,
    find_comparisons,
    persistence_statements,
)
from claimcheck.verification.checks.comparator import check_comparator
from claimcheck.verification.checks.direction import check_direction
from claimcheck.verification.engine import verify
from claimcheck.verification.index import build_index

ROOT = Path(__file__).resolve().parents[1]
S, C, N = Verdict.SUPPORTED, Verdict.CONTRADICTED, Verdict.NOT_IN_SOURCE


record = load_record


def abstract(text: str) -> PubMedRecord:
    return PubMedRecord(pmid="1", title="A study", abstract=[AbstractSection(text=text)])


def compared(claim: str, rec: PubMedRecord) -> list[Finding]:
    return check_comparator(extract_assertions(claim), rec, build_index(rec))


def directions(claim: str, rec: PubMedRecord) -> list[Finding]:
    return [
        f
        for f in check_direction(extract_assertions(claim), rec, build_index(rec))
        if f.kind is FindingKind.DIRECTION
    ]


def verdicts(findings: list[Finding]) -> set[Verdict]:
    return {f.verdict for f in findings}


# --- names read whole -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("claim", "target"),
    [
        ("Racemic ketamine inhibited the channels more potently than S-(+)-ketamine did.",
         "S-(+)-ketamine"),
        ("Ketamine was less potent than (2R,6R)-HNK in slices.", "(2R,6R)-HNK"),
        ("LEmin predicted VMLSS better than LEmin+1mM alone.", "LEmin+1mM"),
        ("Ketamine was more effective than placebo (n = 20).", "placebo"),
    ],
)  # fmt: skip
def test_a_comparator_name_keeps_its_brackets_and_signs(claim: str, target: str) -> None:
    (comparison,) = find_comparisons(claim)
    assert comparison.target.text == target
    assert [c.phrase.text for c in extract_assertions(claim).comparators] == [target]


def test_a_number_after_than_is_a_bound_not_a_comparison() -> None:
    assert find_comparisons("More than 50% of patients responded.") == ()


# --- comparisons told backwards ---------------------------------------------------------------

HNK = abstract(
    "We compared the two hydroxynorketamine enantiomers in hippocampal slices. "
    "(2R,6R)-HNK enhanced synaptic potentiation more strongly than (2S,6S)-HNK. "
    "Both metabolites were well tolerated."
)


def test_a_comparison_told_backwards_is_contradicted() -> None:
    findings = compared(
        "(2S,6S)-HNK enhanced synaptic potentiation more strongly than (2R,6R)-HNK did.", HNK
    )
    assert verdicts(findings) == {C}
    assert "(2R,6R)-HNK" in findings[0].message


def test_the_same_order_in_other_words_agrees() -> None:
    same = compared("(2R,6R)-HNK enhanced synaptic potentiation more strongly than (2S,6S)-HNK.",
                    HNK)  # fmt: skip
    turned = compared(
        "(2S,6S)-HNK enhanced synaptic potentiation less strongly than (2R,6R)-HNK.", HNK
    )
    assert verdicts(same) == {S}
    assert verdicts(turned) == {S}


def test_names_differing_only_in_brackets_are_different_comparators() -> None:
    # "(2R,6R)-HNK" and "(2S,6S)-HNK" share the word "HNK"; they are still two compounds.
    findings = compared("(2S,6S)-HNK enhanced potentiation, unlike (2R,6R)-HNK, compared with "
                        "(2R,6R)-HNK", HNK)  # fmt: skip
    assert S not in verdicts(findings)


def test_the_ketamine_enantiomer_comparison_told_backwards() -> None:
    rec = record("19158287")
    wrong = "Racemic ketamine inhibited HCN1 channels more potently than S-(+)-ketamine did."
    right = "S-(+)-ketamine inhibited HCN1 channels more potently than racemic ketamine."
    assert verify(wrong, rec).verdict is C
    assert verify(right, rec).verdict is S


def test_a_comparison_with_a_name_the_record_does_not_set_against_decides_nothing() -> None:
    # "ketamine" alone is neither side of "S-(+)-ketamine than racemic ketamine".
    findings = compared("Ketamine inhibited HCN1 channels more potently than S-(+)-ketamine.",
                        record("19158287"))  # fmt: skip
    assert C not in verdicts(findings)


def test_a_denied_comparison_is_not_read_as_an_order() -> None:
    findings = compared(
        "Racemic ketamine did not inhibit HCN1 channels more potently than S-(+)-ketamine.",
        record("19158287"),
    )
    assert C not in verdicts(findings)


# --- rankings ---------------------------------------------------------------------------------

MARKERS = abstract(
    "Cardiac markers were measured in 400 patients with chest pain. Troponin was the best "
    "predictor of myocardial infarction (AUC 0.91), followed by CK-MB (AUC 0.80) and myoglobin "
    "(AUC 0.71). Sampling took place at admission."
)


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("CK-MB predicted myocardial infarction better than troponin.", C),
        ("Myoglobin predicted myocardial infarction better than any other marker.", C),
        ("CK-MB was the best predictor of myocardial infarction.", C),
        ("Troponin predicted myocardial infarction better than any other marker.", S),
        ("Troponin predicted myocardial infarction better than myoglobin.", S),
        ("Troponin was the best predictor of myocardial infarction.", S),
    ],
)
def test_a_ranking_decides_who_did_better(claim: str, verdict: Verdict) -> None:
    assert verdicts(compared(claim, MARKERS)) == {verdict}


def test_a_ranking_on_another_scale_decides_nothing() -> None:
    assert compared("CK-MB was the most widely available marker.", MARKERS) == []
    assert compared("CK-MB was the cheapest marker of myocardial infarction.", MARKERS) == []


def test_one_of_the_best_ranks_nothing_first() -> None:
    rec = abstract("Troponin was one of the best predictors of myocardial infarction.")
    assert C not in verdicts(compared("CK-MB predicted infarction better than troponin.", rec))


def test_adding_to_the_best_predictor_did_not_beat_it() -> None:
    claim = (
        "Adding 1 mmol/L to the minimum lactate equivalent predicted the speed at maximal "
        "lactate steady state better than the minimum lactate equivalent alone."
    )
    findings = compared(claim, record("30108519"))
    assert verdicts(findings) == {C}
    assert "LEmin" in findings[0].message


def test_better_than_any_other_is_backed_by_the_best() -> None:
    claim = "LEmin predicted VMLSS better than any other threshold tested (r = 0.91)."
    better = next(t for t in extract_assertions(claim).key_terms if t.text == "better")
    assert "best" in better.concepts
    assert verify(claim, record("30108519")).verdict is S


# --- direction words the tables missed --------------------------------------------------------


def test_less_sensitive_against_sensitivity_favored_is_contradicted() -> None:
    claim = (
        "Detecting the hydrogen nuclei attached to carbon-13, instead of the carbon itself, "
        "makes carbon-13 imaging markedly less sensitive, the authors note."
    )
    assert verify(claim, record("11700088")).verdict is C


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("The new coil made the scan less sensitive.", C),
        ("The new coil made the scan more sensitive.", S),
        ("The new coil impaired the sensitivity of the scan.", C),
    ],
)
def test_a_capacity_improved_is_a_capacity_increased(claim: str, verdict: Verdict) -> None:
    rec = abstract("The new coil improved the sensitivity of the scan. Noise was unchanged.")
    assert verdicts(directions(claim, rec)) == {verdict}


def test_improved_symptoms_are_not_an_increase() -> None:
    # "Symptoms improved" means fewer symptoms: only capacities grow when they improve.
    assert capacity_changes("Depressive symptoms improved after the infusion.") == []
    assert capacity_changes("Detection improved the sensitivity of the assay.") != []


CHANGE = abstract(
    "Sixty patients were treated for eight weeks. Mean anxiety scores fell from 30 to 18 after "
    "treatment."
)


@pytest.mark.parametrize("verb", ["climbed", "went up", "rose", "soared", "jumped"])
def test_everyday_rises_against_a_fall_are_contradicted(verb: str) -> None:
    assert verdicts(directions(f"Mean anxiety scores {verb} after treatment.", CHANGE)) == {C}


@pytest.mark.parametrize("verb", ["went down", "plummeted", "dropped", "sank"])
def test_everyday_falls_agree_with_a_fall(verb: str) -> None:
    assert verdicts(directions(f"Mean anxiety scores {verb} after treatment.", CHANGE)) == {S}


def test_an_everyday_rise_means_an_increase_for_support() -> None:
    rec = abstract("Serum cortisol showed a marked increase after the stress test in all rats.")
    assert verify("Serum cortisol climbed after the stress test in all rats.", rec).verdict is S


# --- an effect that lasts or passes -----------------------------------------------------------

SUSTAINED = abstract(
    "Patients with depression received one infusion. A single infusion of the drug produced "
    "rapid and sustained antidepressant effects. Dissociation was common."
)


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("A single infusion of the drug had rapid antidepressant effects, but the effect was "
         "fleeting.", C),
        ("A single infusion of the drug had rapid antidepressant effects that were short-lived.",
         C),
        ("A single infusion of the drug had rapid and long-lasting antidepressant effects.", S),
    ],
)  # fmt: skip
def test_an_effect_that_lasts_against_one_that_passes(claim: str, verdict: Verdict) -> None:
    assert verdicts(directions(claim, SUSTAINED)) == {verdict}


def test_a_link_that_vanished_against_results_that_remained_unchanged() -> None:
    rec = abstract(
        "Heavy smoking was associated with higher risk of bladder cancer. Results remained "
        "unchanged after adjustment for age, sex and occupation."
    )
    claim = "After adjustment for age, sex and occupation, the association with smoking vanished."
    assert verdicts(directions(claim, rec)) == {C}


def test_what_passes_must_be_an_effect() -> None:
    # Symptoms that disappear are an outcome, not an effect that fades.
    assert persistence_statements("Her symptoms disappeared within a day.") == []
    assert persistence_statements("The antidepressant effect disappeared within a day.") != []
    assert persistence_statements("TRPV1 is a transient receptor potential channel.") == []


def test_a_sentence_that_says_both_decides_nothing() -> None:
    rec = abstract(
        "Patients with depression received one infusion. A single infusion of the drug produced "
        "antidepressant effects that were sustained in responders but transient in others."
    )
    claim = "A single infusion of the drug produced antidepressant effects that were fleeting."
    assert verdicts(directions(claim, rec)) == set()


# --- restrictions -----------------------------------------------------------------------------


def test_a_statement_the_record_limits_to_the_whole_protein_is_not_true_of_the_subunit() -> None:
    rec = record("9997")
    subunit = (
        "In the flavin-free subunit, one heme iron exists in two different low-spin environments."
    )
    both = (
        "From pH 5.5 to 10.5, one heme iron exists in two different low spin environments, both "
        "in the flavin-free subunit and in the intact protein."
    )
    protein = "In the intact protein, one of the heme irons exists in two low spin environments."
    assert C in verdicts(compared(subunit, rec))
    assert C in verdicts(compared(both, rec))
    assert compared(protein, rec) == []


def test_a_restriction_to_one_group() -> None:
    rec = abstract(
        "Men and women with hypertension were enrolled. The drug lowered systolic blood "
        "pressure in men only. Adverse events were rare."
    )
    assert verdicts(compared("The drug lowered systolic blood pressure in women.", rec)) == {C}
    assert compared("The drug lowered systolic blood pressure in men.", rec) == []
    assert compared("The drug lowered systolic blood pressure in men but not in women.",
                    rec) == []  # fmt: skip


def test_a_statement_the_restriction_does_not_make_is_left_alone() -> None:
    # Both heme irons are distinguishable in the protein and the subunit: no restriction there.
    claim = (
        "Magnetic measurements showed that the two low-spin heme irons can be told apart, in "
        "the intact protein as well as in its subunit."
    )
    assert compared(claim, record("9997")) == []


# --- what a direction word bears on -----------------------------------------------------------

TELOMERES = abstract(
    "Telomeres were measured in 500 cases and 500 controls. Shorter telomere length was "
    "associated with higher risk of bladder cancer."
)


def test_the_exposure_graded_the_other_way_round_agrees() -> None:
    same = "Longer telomere length was associated with lower risk of bladder cancer."
    assert verdicts(directions(same, TELOMERES)) == {S}


def test_the_exposure_graded_the_same_way_with_the_opposite_change_is_contradicted() -> None:
    wrong = "Longer telomere length was associated with higher risk of bladder cancer."
    assert verdicts(directions(wrong, TELOMERES)) == {C}


def test_an_ungraded_exposure_cannot_be_lined_up() -> None:
    assert directions("Telomere length lowered the risk of bladder cancer.", TELOMERES) == []


def test_without_names_what_is_missing_and_denies_nothing() -> None:
    (less,) = extract_assertions("Mice without the channel were less sensitive.").directions
    assert less.up is False
    fell, rise = extract_assertions("Scores fell without raising blood pressure.").directions
    assert (fell.up, rise.up) == (False, False)  # "without raising" denies the rise


def test_the_comparison_arm_does_not_negate_the_claim() -> None:
    arm = "Scores dropped by 14 points after ketamine, against no change after placebo."
    assert extract_assertions(arm).negated is False
    assert extract_assertions("Scores did not drop after ketamine.").negated is True


def test_a_denied_comparison_is_no_denied_change() -> None:
    claim = "Ketamine did not reduce pain more than placebo did."
    assert [d for d in extract_assertions(claim).directions if d.axis is Axis.CHANGE] == []
