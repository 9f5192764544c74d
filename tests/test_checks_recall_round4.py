"""Support and paraphrase, round 5: body words are never everyday wording, a result needs a
result sentence (not a mechanism one), comparison-arm words are no opposite, a group's split by
sex is the quantity check's, "before X" is the record's "preX", labels an abstract defines carry
their definition, "none of them X" is a denial, and lay wording ("rising doses", "drips", "cut
pain", "salt", "the share of cells", "synapse", "first").

Every record here is made up for the test, so no rule is fitted to a real abstract.
"""

from __future__ import annotations

from synthetic_records import made_up_record

from claimcheck.pubmed.model import PubMedRecord
from claimcheck.report.model import FindingKind, Verdict
from claimcheck.verification.engine import verify
from claimcheck.verification.index import build_index, terms_of

S, C, N = Verdict.SUPPORTED, Verdict.CONTRADICTED, Verdict.NOT_IN_SOURCE


def made_up(title: str, *sentences: str) -> PubMedRecord:
    return made_up_record(*sentences, title=title, pmid="920001")


def support(claim: str, record: PubMedRecord) -> Verdict:
    (finding,) = [f for f in verify(claim, record).findings if f.kind is FindingKind.SUPPORT]
    return finding.verdict


def overall(claim: str, record: PubMedRecord) -> Verdict:
    return verify(claim, record).verdict


# --- body words --------------------------------------------------------------------------------

VOLUNTEERS = made_up(
    "Tolvaprine in healthy volunteers: a crossover trial",
    "We gave tolvaprine or placebo to 24 healthy volunteers in a crossover trial.",
    "Tolvaprine raised heart rate within an hour of the first dose in most volunteers.",
    "Liver enzymes were unchanged after four weeks of tolvaprine.",
)


def test_a_measure_the_record_never_names_is_not_everyday_wording() -> None:
    said = "Tolvaprine raised heart rate within an hour of the first dose in most volunteers."
    assert support(said, VOLUNTEERS) is S
    assert support(said.replace("heart rate", "blood pressure"), VOLUNTEERS) is not S


def test_another_organ_is_not_everyday_wording() -> None:
    assert support("Liver enzymes stayed the same after four weeks of tolvaprine.", VOLUNTEERS) is S
    kidney = "Kidney enzymes were unchanged after four weeks of tolvaprine."
    assert support(kidney, VOLUNTEERS) is not S


def test_an_added_symptom_is_not_everyday_wording() -> None:
    claim = (
        "Tolvaprine raised heart rate within an hour of the first dose, causing chest pain in "
        "most volunteers."
    )
    assert support(claim, VOLUNTEERS) is not S


# --- a result needs a result sentence ----------------------------------------------------------

MECHANISMS = made_up(
    "Mechanisms of zolmarine action as an antidepressant",
    "A single infusion of zolmarine produced rapid antidepressant effects in patients with "
    "depression in a randomized trial.",
    "We review the mechanisms underlying the antidepressant actions of zolmarine, including a "
    "role for its metabolite hydroxyzolmarine.",
    "Understanding these mechanisms will guide the development of new treatments for depression.",
)


def test_a_mechanism_sentence_does_not_show_a_result() -> None:
    metabolite = "The metabolite hydroxyzolmarine relieved depression in patients."
    assert support(metabolite, MECHANISMS) is N
    assert support("Hydroxyzolmarine eased depression in a clinical trial.", MECHANISMS) is N


def test_a_result_sentence_backs_the_lay_result() -> None:
    claim = "A single infusion of zolmarine rapidly relieved depression in patients."
    assert support(claim, MECHANISMS) is S


# --- words of the comparison arm ---------------------------------------------------------------

SEQUENCE = made_up(
    "A double-resonance sequence for carbon-13 imaging",
    "The sequence combines both J-editing and chemical shift editing to select the labelled "
    "compound.",
    "Images of the labelled compound were obtained in phantoms.",
)


def test_alone_in_the_comparison_arm_is_no_opposite() -> None:
    claim = "Compared with J-editing alone, the double-resonance sequence halved the scan time."
    assert support(claim, SEQUENCE) is not C


def test_alone_said_of_the_subject_still_meets_both() -> None:
    claim = "The sequence uses J-editing alone to select the labelled compound."
    assert support(claim, SEQUENCE) is not S


# --- how a group splits by sex -----------------------------------------------------------------

CLINIC = made_up(
    "Open-label maintenance fembrolide for chronic insomnia",
    "There were 12 women (60%) and 8 men (40%).",
    "Of the 20 patients, 15 reported improved daytime functioning during maintenance treatment.",
)


def test_a_split_by_sex_is_left_to_the_figures() -> None:
    claim = (
        "Sixty percent of the 20 patients were women, and 15 reported better daytime "
        "functioning during maintenance treatment."
    )
    assert overall(claim, CLINIC) is S
    wrong_split = (
        "Half of the 20 patients were women, and 15 reported better daytime functioning during "
        "maintenance treatment."
    )
    assert overall(wrong_split, CLINIC) is not S


def test_a_split_by_sex_the_record_never_counts_is_still_needed() -> None:
    claim = (
        "Half of the 24 volunteers were women, and tolvaprine raised heart rate within an hour "
        "of the first dose in most volunteers."
    )
    assert support(claim, VOLUNTEERS) is not S


RUNNERS = made_up(
    "The overlooked lactate minimum in trained runners",
    "Eleven male endurance-trained runners took part.",
    "The lactate minimum, first described in the 1980s, was lower than the maximal lactate "
    "steady state.",
)


def test_the_sex_word_of_the_claims_own_count_may_come_from_the_sample_sentence() -> None:
    claim = (
        "In eleven trained male runners, the lactate minimum, first described in the 1980s, was "
        "lower than the maximal lactate steady state."
    )
    assert support(claim, RUNNERS) is S
    wrong_count = claim.replace("eleven", "fourteen")
    assert overall(wrong_count, RUNNERS) is not S


# --- before X is preX --------------------------------------------------------------------------


def test_before_and_after_a_process_meet_the_prefixed_word() -> None:
    before = {c for t in terms_of("cells before freezing") for c in t.concepts}
    prefixed = {c for t in terms_of("the prefreezing phase") for c in t.concepts}
    after = {c for t in terms_of("cells after freezing") for c in t.concepts}
    assert before & prefixed - {"freez"}
    assert not (after & prefixed) - {"freez"}


def test_before_a_drug_name_is_not_a_prefixed_word() -> None:
    assert [t.text for t in terms_of("after ketamine")] == ["ketamine"]


# --- labels an abstract defines ----------------------------------------------------------------

EMBRYOS = made_up(
    "Vitrification of zebrafish embryos",
    "Two media were compared: 2 M glycerol in saline (medium A) and 1.5 M trehalose with "
    "serum (medium B).",
    "With medium B, survival after warming rose from 40% to 65%.",
)


def test_a_sentence_naming_a_label_carries_its_definition() -> None:
    index = build_index(EMBRYOS)
    warming = next(s for s in index.sentences if "warming" in s.text)
    assert {t.stem for t in terms_of("trehalose")} <= warming.labelled
    assert not {t.stem for t in terms_of("glycerol")} & warming.labelled
    assert support("With the trehalose medium, survival after warming rose.", EMBRYOS) is S
    assert support("With the glycerol medium, survival after warming rose.", EMBRYOS) is not S


# --- none of them ------------------------------------------------------------------------------

ANXIETY = made_up(
    "Ascending doses of velanserin in refractory panic disorder",
    "This was an ascending dose study in 14 patients with refractory panic disorder who were not "
    "currently depressed.",
    "Ascending doses of velanserin were given at weekly intervals.",
)


def test_none_of_them_is_the_records_denial() -> None:
    claim = (
        "Fourteen patients with refractory panic disorder, none of them currently depressed, "
        "took part in an ascending dose study."
    )
    assert support(claim, ANXIETY) is S


def test_none_of_them_needs_the_record_to_deny_it_too() -> None:
    claim = (
        "Fourteen patients with refractory panic disorder, none of them refractory, took part "
        "in an ascending dose study."
    )
    assert support(claim, ANXIETY) is not S


def test_rising_doses_in_other_words() -> None:
    assert support("Patients received rising weekly velanserin doses.", ANXIETY) is S
    assert support("Velanserin doses climbed week by week.", ANXIETY) is S


# --- lay wording -------------------------------------------------------------------------------


def stems(text: str) -> list[str]:
    return [t.stem for t in terms_of(text)]


def test_lay_words_fold_to_the_records_words() -> None:
    assert stems("ketamine drips") == stems("ketamine infusions")
    assert stems("a salt solution") == stems("a sodium chloride solution")
    concepts = {c for t in terms_of("cut pain") for c in t.concepts}
    assert concepts & {c for t in terms_of("reduced pain") for c in t.concepts} >= {"pain"}
    assert "reduce" in stems("cut the risk") and "reduce" not in stems("made the cut")
    assert {c for t in terms_of("synapse") for c in t.concepts} & {
        c for t in terms_of("synaptic") for c in t.concepts
    }
    assert {c for t in terms_of("share") for c in t.concepts} & {
        c for t in terms_of("proportion") for c in t.concepts
    }


def test_an_appositive_none_is_a_denial_too() -> None:
    agrees = (
        "Fourteen patients with refractory panic disorder, none currently depressed, took part "
        "in an ascending dose study."
    )
    assert support(agrees, ANXIETY) is S


# --- sameness, and the record's topic ----------------------------------------------------------

PREDICTION = made_up(
    "Estimating the anaerobic threshold from a single test",
    "There was no statistical difference between the measured threshold and the threshold "
    "estimated with the ramp formula (P = 0.81).",
    "The ramp formula overestimated peak power in older cyclists.",
)


def test_indistinguishable_says_no_difference() -> None:
    claim = (
        "The threshold estimated with the ramp formula was statistically indistinguishable from "
        "the measured threshold."
    )
    assert support(claim, PREDICTION) is S
    differs = (
        "The threshold estimated with the ramp formula differed statistically from the "
        "measured threshold."
    )
    assert support(differs, PREDICTION) is not S
    unsaid = "The ramp formula's peak power in older cyclists was indistinguishable from measured."
    assert support(unsaid, PREDICTION) is not S


GOUT = made_up(
    "Serum urate, variants at the SLC2A9 region and risk of gout",
    "Higher serum urate was associated with higher risk of gout in 900 cases and 1800 controls.",
    "Two variants at SLC2A9 were associated with gout risk, including rs7777 (per minor allele "
    "OR 0.70; 95% CI 0.58 to 0.84).",
    "Urate and gout risk were studied in three cohorts.",
    "Gout risk was higher in men.",
)


def test_an_opposite_word_in_a_sentence_sharing_only_the_topic_is_no_contradiction() -> None:
    claim = (
        "Two variants at SLC2A9 were associated with gout risk, and each minor allele of rs7777 "
        "came with lower odds."
    )
    assert support(claim, GOUT) is not C


def test_inversely_associated_is_broadly_lower() -> None:
    inverse = {c for t in terms_of("inversely associated with TSH") for c in t.concepts}
    positive = {c for t in terms_of("positively associated with T4") for c in t.concepts}
    lower = {c for t in terms_of("lower") for c in t.concepts}
    higher = {c for t in terms_of("higher") for c in t.concepts}
    assert inverse & lower and not inverse & higher
    assert positive & higher and not positive & lower
