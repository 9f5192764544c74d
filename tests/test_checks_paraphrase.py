"""Paraphrased claims: everyday wording, morphology, exclusions, polarity, what a number measures,
who was studied, one trial against a review of trials, and a named placebo.

Every record here is made up for the test, so no mechanism is fitted to a real abstract.
"""

from __future__ import annotations

from claimcheck.pubmed.model import AbstractSection, PublicationType, PubMedRecord
from claimcheck.report.model import Finding, FindingKind, Verdict
from claimcheck.verification.assertions import extract_assertions
from claimcheck.verification.checks.common import BROAD_MATCH, strength
from claimcheck.verification.engine import verify
from claimcheck.verification.index import build_index, terms_of
from claimcheck.verification.text import find_abbreviations

S, C, N, M = (
    Verdict.SUPPORTED,
    Verdict.CONTRADICTED,
    Verdict.NOT_IN_SOURCE,
    Verdict.METADATA_MISMATCH,
)


def made_up(pmid: str, title: str, *sentences: str, types: tuple[str, ...] = ()) -> PubMedRecord:
    return PubMedRecord(
        pmid=pmid,
        title=title,
        abstract=[AbstractSection(text=" ".join(sentences))],
        publication_types=[PublicationType(name=name) for name in types],
    )


def of_kind(claim: str, record: PubMedRecord, kind: FindingKind) -> list[Verdict]:
    return [f.verdict for f in verify(claim, record).findings if f.kind is kind]


def support(claim: str, record: PubMedRecord) -> list[Finding]:
    return [f for f in verify(claim, record).findings if f.kind is FindingKind.SUPPORT]


SLEEP = made_up(
    "900001",
    "Zolvatine for chronic insomnia in older adults",
    "Older adults with chronic insomnia were enrolled in a sleep clinic.",
    "Forty percent of participants achieved remission after six weekly sessions of zolvatine.",
    "Receptor knockdown in thalamic astrocytes abolished the hypnotic effect of zolvatine, "
    "but not knockdown in cortical pyramidal neurons.",
    "Headaches were more frequently reported after zolvatine than after placebo.",
    "Zolvatine produced a significantly greater improvement in sleep quality than melatonin "
    "at week 4.",
    "Wake time after sleep onset did not differ between zolvatine and melatonin (P = 0.64).",
)


def test_everyday_words_do_not_sink_a_true_paraphrase() -> None:
    claim = "Six weekly sessions of zolvatine brought remission to 40% of participants."
    assert verify(claim, SLEEP).verdict is S


def test_a_wrong_drug_is_still_missing_however_generic_the_rest() -> None:
    claim = "Six weekly sessions of melatonin brought remission to 40% of participants."
    assert verify(claim, SLEEP).verdict is not S


def test_knocking_down_is_knockdown() -> None:
    claim = (
        "Knocking down the receptor in thalamic astrocytes abolished zolvatine's hypnotic effect."
    )
    assert verify(claim, SLEEP).verdict is S


def test_what_the_record_excludes_is_contradicted() -> None:
    claim = (
        "Knocking down the receptor in cortical pyramidal neurons also abolished the hypnotic "
        "effect of zolvatine."
    )
    assert [f.verdict for f in support(claim, SLEEP)] == [C]


def test_no_more_common_against_more_frequently_is_contradicted() -> None:
    claim = "Headaches were no more common after zolvatine than after placebo."
    assert verify(claim, SLEEP).verdict is C


def test_no_better_than_the_comparator_against_a_significant_advantage() -> None:
    claim = "Zolvatine did no better than melatonin for sleep quality at week 4."
    assert extract_assertions(claim).significance[0].significant is False
    assert verify(claim, SLEEP).verdict is C


def test_a_difference_the_record_denies_is_contradicted() -> None:
    claim = "Wake time after sleep onset differed significantly between zolvatine and melatonin."
    assert verify(claim, SLEEP).verdict is C


def test_a_share_of_responders_who_relapsed_is_not_the_share_that_responded() -> None:
    record = made_up(
        "900002",
        "Drug Q for panic disorder",
        "Sixty percent of participants responded to drug Q within eight weeks.",
    )
    claim = "About one in four responders relapsed within a month after drug Q was stopped."
    assert of_kind(claim, record, FindingKind.QUANTITY) == [N]
    # The same kind of outcome, another share: still a contradiction.
    assert of_kind("45% of participants responded to drug Q", record, FindingKind.QUANTITY) == [C]


def test_a_bare_count_in_a_clause_about_studies_counts_studies() -> None:
    record = made_up(
        "900003",
        "Drug Q for panic disorder: a meta-analysis",
        "Among 310 studies screened, 9 met inclusion criteria.",
        "Four studies reported a benefit of drug Q.",
        types=("Meta-Analysis",),
    )
    claim = "The meta-analysis pooled nine trials of drug Q."
    assert of_kind(claim, record, FindingKind.SAMPLE_SIZE) == [S]
    assert of_kind("Pooling nine trials, the review found a benefit of drug Q.", record,
                   FindingKind.QUANTITY) == [S]  # fmt: skip


def test_a_speed_is_not_a_distance() -> None:
    record = made_up(
        "900004",
        "Pacing in amateur cyclists",
        "Twenty cyclists rode at a mean speed of 31.5 km·h^-1 during the time trial.",
    )
    claim = "The cyclists rode 20 km in the time trial."
    assert C not in of_kind(claim, record, FindingKind.QUANTITY)


def test_mice_against_patients_named_only_in_the_background() -> None:
    record = made_up(
        "900005",
        "Astrocytes trigger the rapid effects of drug Q",
        "Drug Q relieves low mood in depressed patients within hours.",
        "Deleting the receptor from astrocytes abolished the rapid effects of drug Q.",
    )
    claim = "Drug Q relieved low mood in mice."
    assert M not in of_kind(claim, record, FindingKind.POPULATION)


def test_a_review_of_randomized_trials_is_not_one_randomized_trial() -> None:
    record = made_up(
        "900006",
        "Drug Q for insomnia: a meta-analysis of randomized controlled trials",
        "We pooled 8 randomized controlled trials that enrolled 950 adults with insomnia.",
        types=("Meta-Analysis",),
    )
    claim = "A randomized controlled trial gave drug Q to 950 adults with insomnia."
    assert M in of_kind(claim, record, FindingKind.DESIGN)
    # Saying what the review pooled is still right.
    pooled = "A meta-analysis pooled randomized controlled trials of drug Q in insomnia."
    assert M not in of_kind(pooled, record, FindingKind.DESIGN)


def test_a_saline_placebo_is_not_an_active_placebo() -> None:
    record = made_up(
        "900007",
        "Drug Q versus an active placebo for acute grief",
        "Participants received drug Q or diphenhydramine (an active placebo control).",
        "Drug Q reduced grief scores more than diphenhydramine at 24 hours.",
    )
    claim = "Drug Q beat a saline placebo at 24 hours."
    assert of_kind(claim, record, FindingKind.COMPARATOR) == [C]


def test_a_degree_word_after_a_change_grades_that_change() -> None:
    claim = "Drug Q lowered blood pressure significantly more than placebo."
    directions = extract_assertions(claim).directions
    assert [(d.phrase.text, d.up) for d in directions] == [("lowered", False)]


def test_short_forms_out_of_order_and_nested() -> None:
    found = find_abbreviations(
        'We recorded the "Maximum Heart Rate" (HRmax) and heart rate (HR), and the variability '
        "of HR (VHR)."
    )
    assert found["hrmax"] == "maximum heart rate"
    assert found["vhr"] == "variability of heart rate"


def test_a_negative_difference_partly_backs_a_word_of_decrease() -> None:
    record = made_up(
        "900008",
        "Drug Q for tension headache: a meta-analysis",
        "Drug Q changed headache intensity (mean difference, −2.40 points on a 0–10 scale).",
        "Drug Q changed sleep duration in 3 trials.",
        types=("Meta-Analysis",),
    )
    index = build_index(record)
    lowered = next(t for t in terms_of("lowered") if t.text == "lowered")
    assert strength(lowered, index.sentences[1].concepts) == BROAD_MATCH
    assert strength(lowered, index.sentences[2].concepts) == 0.0
    assert of_kind("Drug Q lowered headache intensity by 4.1 points.", record,
                   FindingKind.QUANTITY) == [C]  # fmt: skip


# --- second round: phrase words, relative odds, group contrasts, unreported measures ----------

_STATIN = made_up(
    "9000101",
    "Statin use and gallstone disease in a cohort of nurses.",
    "We followed 1,204 nurses for ten years.",
    "Muscle cramps were more frequently reported with the statin than with the dummy tablet.",
    "Women in the fourth quartile of statin use had higher odds of gallstones than never users "
    "(OR 1.42; 95% CI 1.10 to 1.83), whereas aspirin use was linked with lower odds "
    "(OR 0.80; 95% CI 0.66 to 0.97).",
    "The cell plasmalemma of 30% of hepatocytes was intact.",
    "Labelling with (15)N showed the pathway.",
)


def test_less_often_contradicts_more_frequently() -> None:
    claim = "Muscle cramps were reported less often with the statin than with the dummy tablet."
    assert support(claim, _STATIN)[0].verdict is C
    same = "Muscle cramps were reported more often with the statin than with the dummy tablet."
    assert support(same, _STATIN)[0].verdict is S


def test_isotopes_written_three_ways_are_one_word() -> None:
    stems = {t.stem for t in terms_of("nitrogen-15 labelling")}
    assert (
        stems
        & {t.stem for t in terms_of("(15)N labelling")}
        & {t.stem for t in terms_of("15N labelling")}
    )
    assert "24h" in {t.stem for t in terms_of("over 24h")}  # hours are not an isotope


def test_quartile_and_membrane_synonyms() -> None:
    assert {t.stem for t in terms_of("top quartile")} == {
        t.stem for t in terms_of("fourth quartile")
    }
    assert support("Labelling with nitrogen-15 showed the pathway.", _STATIN)[0].verdict is S
    plasma = {c for t in terms_of("plasma membrane") for c in t.concepts}
    assert plasma & {c for t in terms_of("plasmalemma") for c in t.concepts}


def test_percent_higher_odds_is_an_odds_ratio() -> None:
    assert of_kind(
        "Women in the top quartile of statin use had about 42% higher odds of gallstones.",
        _STATIN,
        FindingKind.QUANTITY,
    ) == [S]
    assert of_kind(
        "Aspirin use raised the odds of gallstones by 20%.", _STATIN, FindingKind.QUANTITY
    ) == [C]
    assert of_kind(
        "Aspirin use cut the odds of gallstones by about 20%.", _STATIN, FindingKind.QUANTITY
    ) == [S]


def test_halved_is_a_fifty_percent_reduction() -> None:
    record = made_up(
        "9000102", "Sleep after a nap.", "Daytime sleepiness scores fell by 51% after the nap."
    )
    assert of_kind(
        "Sleepiness scores were halved after the nap.", record, FindingKind.QUANTITY
    ) == [S]
    assert of_kind(
        "Sleepiness scores were doubled after the nap.", record, FindingKind.QUANTITY
    ) != [S]


def test_a_group_contrast_is_not_a_comparator() -> None:
    claim = (
        "Nurses with the most statin use had more gallstones compared with those with the least."
    )
    assert of_kind(claim, _STATIN, FindingKind.COMPARATOR) == []
    assert of_kind(
        "Women had more gallstones compared with unexposed women.", _STATIN, FindingKind.COMPARATOR
    ) == [S]  # "never users" is no exposure


def test_a_claim_naming_both_poles_is_not_an_opposite() -> None:
    record = made_up(
        "9000103",
        "Grip strength.",
        "Weaker grip was associated with higher mortality in 800 adults.",
    )
    claim = "Adults with the weakest grip had higher mortality than those with the strongest grip."
    assert support(claim, record)[0].verdict is not C


def test_a_number_for_a_measure_the_record_never_names_is_not_contradicted() -> None:
    record = made_up("9000104", "Seed storage.", "After storage, 50% of the seeds were dormant.")
    assert of_kind(
        "Stored seeds germinated into 40% of the seedlings in greenhouses.",
        record,
        FindingKind.QUANTITY,
    ) == [N]
    assert of_kind(
        "After storage, 35% of the seeds were dormant.", record, FindingKind.QUANTITY
    ) == [C]


def test_a_count_excepted_is_not_an_exclusion_and_a_claim_may_exclude_too() -> None:
    record = made_up(
        "9000105",
        "Bias in trials of acupuncture.",
        "All trials except two were at low risk of bias.",
        "Cooling protected motor neurons but not sensory neurons in the spinal cord.",
    )
    assert support("Most trials were at low risk of bias.", record)[0].verdict is S
    claim = "Cooling protected motor neurons, whereas sensory neurons in the spinal cord were not."
    assert support(claim, record)[0].verdict is not C
    wrong = "Cooling protected sensory neurons in the spinal cord."
    assert support(wrong, record)[0].verdict is C


def test_one_in_five_people_is_not_a_sample_size() -> None:
    assert extract_assertions("About one in five participants dropped out.").sample_sizes == ()


def test_a_number_compared_is_not_a_comparator() -> None:
    assert (
        extract_assertions("Half were cured, against about one in three before.").comparators == ()
    )
    named = extract_assertions("Cure rates rose compared with one group given a saline drip.")
    assert [c.kind.value for c in named.comparators] == ["placebo"]
