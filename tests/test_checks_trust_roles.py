"""Roles a wrong claim swaps while keeping every word: which arm is ahead of "than" (stereo forms
kept apart), which count is the cases' and which the controls', found versus included, "all N"
against "n of N", a population from a background sentence, a degree word that is a direction,
a direction the record never gives, and a year range given to another event."""

from __future__ import annotations

from collections.abc import Callable

from claimcheck.pubmed.model import AbstractSection, Journal, PartialDate, PubMedRecord
from claimcheck.report.model import Finding, FindingKind, Verdict
from claimcheck.verification.assertions import Assertions, extract_assertions
from claimcheck.verification.checks.comparator import check_comparator
from claimcheck.verification.checks.direction import check_direction, degree_directions
from claimcheck.verification.checks.metadata import check_metadata
from claimcheck.verification.checks.population import check_population
from claimcheck.verification.checks.quantities import check_quantities
from claimcheck.verification.checks.ratios import check_ratio_direction
from claimcheck.verification.checks.sample_size import check_sample_size
from claimcheck.verification.index import RecordIndex, build_index


def make(abstract: str, title: str = "A study") -> PubMedRecord:
    return PubMedRecord(
        pmid="1",
        title=title,
        abstract=[AbstractSection(text=abstract)],
        journal=Journal(title="Journal of Tests", iso_abbreviation="J Tests"),
        pub_date=PartialDate(year=2020),
    )


Check = Callable[[Assertions, PubMedRecord, RecordIndex], list[Finding]]


def verdicts(check: Check, claim: str, rec: PubMedRecord, kind: FindingKind) -> list[Verdict]:
    findings = check(extract_assertions(claim), rec, build_index(rec))
    return [f.verdict for f in findings if f.kind is kind]


# --- which arm is ahead, stereo forms kept apart ----------------------------------------------

ENANTIOMERS = make(
    "Mexiletine blocked cardiac sodium channels in a use-dependent manner; the channels were "
    "more potently blocked by R-(-)-mexiletine than by racemic mexiletine."
)


def test_the_arm_put_behind_is_the_one_the_record_puts_ahead() -> None:
    claim = "Racemic mexiletine blocked sodium channels more potently than R-mexiletine."
    assert verdicts(check_comparator, claim, ENANTIOMERS, FindingKind.COMPARATOR) == [
        Verdict.CONTRADICTED
    ]


def test_strength_words_grade_one_scale() -> None:
    claim = "Sodium channels were blocked more strongly by racemic mexiletine than (R)-mexiletine."
    assert verdicts(check_comparator, claim, ENANTIOMERS, FindingKind.COMPARATOR) == [
        Verdict.CONTRADICTED
    ]


def test_a_stereo_form_is_not_the_racemate() -> None:
    claim = "Racemic mexiletine was compared with S-mexiletine."
    found = verdicts(check_comparator, claim, ENANTIOMERS, FindingKind.COMPARATOR)
    assert Verdict.SUPPORTED not in found


def test_the_order_the_record_gives_is_not_contradicted() -> None:
    claim = "R-mexiletine blocked sodium channels more potently than racemic mexiletine."
    found = verdicts(check_comparator, claim, ENANTIOMERS, FindingKind.COMPARATOR)
    assert found and Verdict.CONTRADICTED not in found


# --- cases and controls -----------------------------------------------------------------------

CASE_CONTROL = make(
    "We measured serum vitamin D in 210 stroke cases and 420 age-matched controls drawn from two "
    "regional registries. Low vitamin D was associated with stroke."
)


def test_controls_of_a_case_control_study_are_its_comparator() -> None:
    claim = "The researchers compared 210 people with stroke to 420 age-matched controls."
    assert verdicts(check_comparator, claim, CASE_CONTROL, FindingKind.COMPARATOR) == [
        Verdict.SUPPORTED
    ]


def test_counts_of_cases_and_controls_swapped_are_not_supported() -> None:
    claim = "The study compared 420 stroke patients with 210 controls."
    sizes = verdicts(check_sample_size, claim, CASE_CONTROL, FindingKind.SAMPLE_SIZE)
    counts = verdicts(check_quantities, claim, CASE_CONTROL, FindingKind.QUANTITY)
    assert sizes and Verdict.SUPPORTED not in sizes
    assert Verdict.SUPPORTED not in counts


def test_counts_of_cases_and_controls_in_place_are_supported() -> None:
    claim = "The study included 420 controls."
    assert verdicts(check_sample_size, claim, CASE_CONTROL, FindingKind.SAMPLE_SIZE) == [
        Verdict.SUPPORTED
    ]


# --- found versus included --------------------------------------------------------------------

SEARCH = make(
    "This systematic review searched four databases. The search identified 512 studies, 34 of "
    "which met the inclusion criteria. Most trials were small."
)


def test_a_count_of_studies_found_is_not_a_count_included() -> None:
    found = verdicts(
        check_sample_size, "The review included 512 studies.", SEARCH, FindingKind.SAMPLE_SIZE
    )
    assert found and Verdict.SUPPORTED not in found
    kept = verdicts(
        check_sample_size, "The review pooled 34 studies.", SEARCH, FindingKind.SAMPLE_SIZE
    )
    assert kept == [Verdict.SUPPORTED]


def test_a_count_found_is_backed_when_the_claim_says_found() -> None:
    claim = "The search identified 512 studies."
    assert verdicts(check_quantities, claim, SEARCH, FindingKind.QUANTITY) == [Verdict.SUPPORTED]
    assert Verdict.METADATA_MISMATCH not in verdicts(
        check_sample_size, claim, SEARCH, FindingKind.SAMPLE_SIZE
    )


# --- "all N" against "n of N" -----------------------------------------------------------------

HEARING = make(
    "We followed 30 children with sudden hearing loss for one year. Of the 30 children, 24 "
    "regained normal hearing within a month of steroid treatment."
)


def test_all_of_a_whole_against_part_of_it_is_contradicted() -> None:
    for claim in (
        "All 30 children regained normal hearing within a month.",
        "Every one of the 30 children regained normal hearing.",
    ):
        found = verdicts(check_quantities, claim, HEARING, FindingKind.QUANTITY)
        assert Verdict.CONTRADICTED in found, claim


def test_all_of_a_whole_about_another_measure_is_left_alone() -> None:
    claim = "All 30 children were followed for one year."
    found = verdicts(check_quantities, claim, HEARING, FindingKind.QUANTITY)
    assert Verdict.CONTRADICTED not in found


SCREENED = make(
    "Among 410 trials screened, 9 met the inclusion criteria. Four trials reported fewer "
    "migraine days with the drug."
)


def test_all_n_is_not_the_part_of_another_whole() -> None:
    claim = "All nine trials reported fewer migraine days."
    found = verdicts(check_quantities, claim, SCREENED, FindingKind.QUANTITY)
    assert Verdict.SUPPORTED not in found


def test_all_n_naming_the_selection_is_the_part() -> None:
    claim = "All nine included trials were double-blind."
    assert verdicts(check_quantities, claim, SCREENED, FindingKind.QUANTITY) == [Verdict.SUPPORTED]


# --- a population from a background sentence --------------------------------------------------

CIRCUIT = make(
    "Chronic stress causes anhedonia in patients with depression. Which circuits mediate it is "
    "unknown. Here we silenced lateral habenula neurons with a viral vector and found that "
    "anhedonia was prevented."
)


def test_a_background_population_is_not_the_one_studied() -> None:
    claim = "In patients with depression, silencing habenula neurons prevented anhedonia."
    assert verdicts(check_population, claim, CIRCUIT, FindingKind.POPULATION) == [
        Verdict.NOT_IN_SOURCE
    ]


def test_restating_the_background_sentence_keeps_its_population() -> None:
    claim = "Chronic stress causes anhedonia in patients with depression."
    found = verdicts(check_population, claim, CIRCUIT, FindingKind.POPULATION)
    assert Verdict.NOT_IN_SOURCE not in found


def test_a_population_the_work_studied_is_supported() -> None:
    rec = make(
        "Stress is common. We enrolled 80 patients with depression and silenced nothing; "
        "anhedonia scores fell with therapy."
    )
    claim = "In patients with depression, anhedonia scores fell with therapy."
    assert verdicts(check_population, claim, rec, FindingKind.POPULATION) == [Verdict.SUPPORTED]


# --- degree words are directions --------------------------------------------------------------

KNOCKOUT = make(
    "We tested morphine in wild-type and mu-opioid receptor knockout mice. The analgesic potency "
    "of morphine was markedly reduced in the knockout mice."
)


def test_stronger_against_a_reduction_is_contradicted() -> None:
    claim = "The analgesic effect of morphine was stronger in the knockout mice."
    assert Verdict.CONTRADICTED in verdicts(check_direction, claim, KNOCKOUT, FindingKind.DIRECTION)


def test_weaker_against_a_reduction_is_not_contradicted() -> None:
    claim = "Morphine was less potent as an analgesic in the knockout mice."
    assert Verdict.CONTRADICTED not in verdicts(
        check_direction, claim, KNOCKOUT, FindingKind.DIRECTION
    )


def test_a_degree_word_before_than_is_a_comparison_not_a_direction() -> None:
    assert degree_directions("Drug A was stronger than drug B in mice.") == []
    assert [d.up for d in degree_directions("The effect was weaker in women.")] == [False]


# --- a direction the record never gives --------------------------------------------------------


def test_a_direction_added_to_an_undirected_change_is_not_in_source() -> None:
    rec = make("Dopamine signalling in the striatum is altered in schizophrenia. We review it.")
    claim = "Dopamine signalling in the striatum is increased in schizophrenia."
    assert verdicts(check_direction, claim, rec, FindingKind.DIRECTION) == [Verdict.NOT_IN_SOURCE]


def test_a_stated_direction_is_not_called_undirected() -> None:
    rec = make("Dopamine release in the striatum is increased and altered in schizophrenia.")
    claim = "Dopamine release in the striatum is increased in schizophrenia."
    assert Verdict.NOT_IN_SOURCE not in verdicts(check_direction, claim, rec, FindingKind.DIRECTION)


# --- a year range given to another event -------------------------------------------------------

COHORT = make(
    "Diet questionnaires were completed at baseline (2001-2003). Blood lipids were measured in "
    "plasma drawn in 2012-2014."
)


def test_years_of_another_event_contradict() -> None:
    claim = "Blood lipids were measured in plasma drawn at baseline in 2001-2003."
    assert verdicts(check_metadata, claim, COHORT, FindingKind.YEAR) == [Verdict.CONTRADICTED]


def test_years_of_the_same_event_are_not_contradicted() -> None:
    for claim in (
        "Diet questionnaires were completed at baseline in 2001-2003.",
        "Plasma for the lipid measurements was drawn in 2012-2014.",
    ):
        assert verdicts(check_metadata, claim, COHORT, FindingKind.YEAR) == [], claim


def test_a_publication_year_is_not_an_event_year() -> None:
    claim = "A 2020 study measured blood lipids in plasma."
    assert verdicts(check_metadata, claim, COHORT, FindingKind.YEAR) == [Verdict.SUPPORTED]


# --- a direction claimed of every one of several ratios ----------------------------------------

ALLELES = make(
    "Four SNPs in the APOE region were associated with dementia risk, including rs111 (OR 1.40; "
    "95% CI 1.10 to 1.80), rs222 (OR 1.25; 95% CI 1.05 to 1.50) and rs333 (OR 0.70; 95% CI 0.55 "
    "to 0.88)."
)


def test_every_one_raising_risk_against_one_lowering_it_is_contradicted() -> None:
    claim = "All of the APOE SNPs raised the risk of dementia."
    assert verdicts(check_ratio_direction, claim, ALLELES, FindingKind.DIRECTION) == [
        Verdict.CONTRADICTED
    ]


def test_one_named_ratio_in_the_list_is_judged_alone() -> None:
    claim = "The rs111 SNP raised the risk of dementia."
    assert verdicts(check_ratio_direction, claim, ALLELES, FindingKind.DIRECTION) == []


def test_each_copy_of_an_allele_is_a_step_not_a_list() -> None:
    claim = "Each copy of the minor allele at rs222 raised the odds of dementia by a quarter."
    assert verdicts(check_ratio_direction, claim, ALLELES, FindingKind.DIRECTION) == []


def test_an_open_question_is_no_undirected_statement() -> None:
    rec = make("Whether dopamine signalling is altered in schizophrenia is unknown. We review it.")
    claim = "Dopamine signalling is increased in schizophrenia."
    assert verdicts(check_direction, claim, rec, FindingKind.DIRECTION) == []
