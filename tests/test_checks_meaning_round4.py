"""Contradictions by meaning, and metadata before spurious contradictions (round 4).

Each test is one class of claim: overstated certainty worded in other words, denials of what
the record affirms, sameness against a stated difference, a swapped sex, people picked by a gene,
reported trials, coordinated changes, government agencies, and wording that only looks like a
change ("dropped out", "more than halved")."""

from __future__ import annotations

from synthetic_records import made_up_record

from claimcheck.pubmed.model import (
    Author,
    Journal,
    MeshHeading,
    PublicationType,
    PubMedRecord,
)
from claimcheck.report.model import FindingKind, Verdict
from claimcheck.verification.assertions import Certainty, extract_assertions
from claimcheck.verification.engine import verify


def record(*sentences: str, title: str = "Drug Y and sleep", **fields: object) -> PubMedRecord:
    return made_up_record(*sentences, title=title, pmid="900001", **fields)


def kinds(claim: str, rec: PubMedRecord, kind: FindingKind) -> list[Verdict]:
    return [f.verdict for f in verify(claim, rec).findings if f.kind is kind]


# --- overstated certainty, in other words -------------------------------------------------------

HEDGED = record(
    "We followed 412 shift workers for ten years.",
    "Our data suggest that chronic exposure to solvent Q may impair liver function in shift "
    "workers.",
    title="Solvent Q and liver function in shift workers",
)


def test_a_proven_claim_in_other_words_against_the_only_hedged_statement_is_contradicted() -> None:
    claim = "This cohort proved that years of solvent Q exposure hurt the liver of shift workers."
    result = verify(claim, HEDGED)
    assert result.verdict is Verdict.CONTRADICTED
    assert kinds(claim, HEDGED, FindingKind.CERTAINTY) == [Verdict.CONTRADICTED]


def test_a_narrower_scope_is_not_a_rewording_of_the_hedged_point() -> None:
    claim = "It is well established that short-term solvent Q exposure impairs liver function."
    assert Verdict.CONTRADICTED not in kinds(claim, HEDGED, FindingKind.CERTAINTY)


def test_abuse_potential_names_a_risk_and_hedges_nothing() -> None:
    claim = "The misuse potential of drug Y limits its wider use."
    assert extract_assertions(claim).certainty.level is Certainty.ASSERTED
    assert extract_assertions("Drug Y has the potential to help").certainty.level is (
        Certainty.HEDGED
    )


# --- denials of what the record affirms -------------------------------------------------------


def test_nothing_was_seen_denies_what_the_record_notes() -> None:
    assert extract_assertions("No dose-dependent trend was observed for sedation.").negated
    assert extract_assertions("There was no rise in heart rate after drug Y.").negated
    assert not extract_assertions("A dose-dependent trend was observed for sedation.").negated
    rec = record(
        "Forty adults received three doses of drug Y.",
        "A dose-dependent trend was observed for sedation and for slower reaction times.",
    )
    claim = "No dose-dependent trend was observed for sedation after drug Y."
    assert verify(claim, rec).verdict is Verdict.CONTRADICTED


def test_no_change_at_all_in_the_comparison_arm_is_not_a_denial() -> None:
    claim = (
        "Pain scores fell by 3 points with drug Y, against no change at all in the placebo group."
    )
    assertions = extract_assertions(claim)
    assert not assertions.negated
    assert [c.phrase.text for c in assertions.comparators] == ["placebo group"]


def test_the_control_arm_failing_is_not_a_denial_of_the_finding() -> None:
    assertions = extract_assertions("Sleep improved with drug Y, while the placebo group did not.")
    assert not assertions.negated
    assert [d.up for d in assertions.directions] == [True]


def test_no_real_barrier_against_a_record_that_says_use_is_hampered() -> None:
    rec = record(
        "Drug Y shortens sleep onset in older adults.",
        "However, broader use of drug Y is hampered by morning grogginess and dizziness.",
    )
    claim = "Morning grogginess and dizziness are no real barrier to broader use of drug Y."
    assert kinds(claim, rec, FindingKind.DIRECTION) == [Verdict.CONTRADICTED]
    assert verify(claim, rec).verdict is Verdict.CONTRADICTED


def test_no_real_barrier_against_a_record_that_denies_the_hindrance_too() -> None:
    rec = record(
        "Drug Y shortens sleep onset in older adults.",
        "Morning grogginess and dizziness did not limit broader use of drug Y.",
    )
    claim = "Morning grogginess and dizziness are no real barrier to broader use of drug Y."
    assert Verdict.CONTRADICTED not in kinds(claim, rec, FindingKind.DIRECTION)


# --- sameness against a stated difference ------------------------------------------------------

DIFFERENCE = record(
    "In 80 adults with insomnia, headaches were reported more often with drug Y than with placebo.",
)
SAMENESS = record(
    "In 80 adults with insomnia, headaches were reported as often with drug Y as with placebo.",
)


def test_about_as_often_against_more_often_than_is_contradicted() -> None:
    claim = (
        "Headaches were reported about as often with placebo as with drug Y in adults with "
        "insomnia."
    )
    (difference,) = extract_assertions(claim).differences
    assert not difference.differs
    assert verify(claim, DIFFERENCE).verdict is Verdict.CONTRADICTED
    assert verify(claim, SAMENESS).verdict is not Verdict.CONTRADICTED


def test_as_well_in_one_group_as_in_another_is_an_equality() -> None:
    (difference,) = extract_assertions("Drug Y worked as well in women as in men.").differences
    assert not difference.differs
    assert extract_assertions("Drug Y as well as placebo was given.").differences == ()


# --- who was studied ----------------------------------------------------------------------------

MEN = record(
    "We studied 250 men working night shifts.",
    "Melatonin levels were lower in those with more years of shift work.",
    title="Shift work and melatonin",
)


def test_the_studied_group_counted_with_the_other_sex_is_contradicted() -> None:
    claim = "Among 250 female night-shift workers, longer shift work went with lower melatonin."
    assert kinds(claim, MEN, FindingKind.POPULATION) == [Verdict.CONTRADICTED]
    assert verify(claim, MEN).verdict is Verdict.CONTRADICTED


def test_an_added_group_of_the_other_sex_is_not_a_swap() -> None:
    claim = "The finding was then repeated in a separate group of women."
    assert Verdict.CONTRADICTED not in kinds(claim, MEN, FindingKind.POPULATION)
    both = "The 250 men and women showed lower melatonin with more shift work."
    assert Verdict.CONTRADICTED not in kinds(both, MEN, FindingKind.POPULATION)


def test_a_record_that_speaks_of_the_claimed_sex_is_not_swapped() -> None:
    mixed = record("We studied 250 men and 240 women working night shifts.")
    claim = "Among 250 women on night shifts, melatonin was lower."
    assert Verdict.CONTRADICTED not in kinds(claim, mixed, FindingKind.POPULATION)


KNOCKOUT = record(
    "Mice lacking gene Z needed twice the dose of drug Y to lose the righting reflex.",
    title="Gene Z knock-out mice resist drug Y",
    mesh_headings=[MeshHeading(descriptor="Animals"), MeshHeading(descriptor="Mice")],
)


def test_people_picked_by_a_gene_are_an_unreported_finding_not_a_wrong_population() -> None:
    claim = "People carrying gene Z variants need more drug Y to fall asleep."
    assert Verdict.METADATA_MISMATCH not in kinds(claim, KNOCKOUT, FindingKind.POPULATION)
    assert verify(claim, KNOCKOUT).verdict is Verdict.NOT_IN_SOURCE
    plain = "Drug Y helped patients fall asleep."
    assert kinds(plain, KNOCKOUT, FindingKind.POPULATION) == [Verdict.METADATA_MISMATCH]


# --- what the work is, and where ----------------------------------------------------------------

REVIEW = record(
    "Here we review how drug Y acts on sleep circuits, including its metabolite M.",
    "Metabolite M may act on orexin neurons.",
    title="Mechanisms of drug Y: a review",
    publication_types=[PublicationType(name="Review")],
)


def test_a_trial_the_review_reports_is_not_the_reviews_design() -> None:
    claim = "The review reports that metabolite M cured insomnia in a phase 3 clinical trial."
    assertions = extract_assertions(claim)
    trial = [d for d in assertions.designs if d.design != "review"]
    assert trial and all(d.reported for d in trial)
    design = kinds(claim, REVIEW, FindingKind.DESIGN)
    assert Verdict.METADATA_MISMATCH not in design
    assert Verdict.NOT_IN_SOURCE in design


def test_a_claim_calling_the_review_itself_a_trial_is_still_a_mismatch() -> None:
    claim = "A phase 3 clinical trial found that metabolite M acts on orexin neurons."
    assert Verdict.METADATA_MISMATCH in kinds(claim, REVIEW, FindingKind.DESIGN)


def test_a_journal_subtitle_after_a_spaced_dash_is_part_of_the_name() -> None:
    claim = "Published in Sleep Medicine - Clinical Reviews in 2019, the paper covers drug Y."
    (journal,) = extract_assertions(claim).journals
    assert journal.name == "Sleep Medicine - Clinical Reviews"
    rec = record(
        "Drug Y shortens sleep onset.",
        journal=Journal(title="Sleep Medicine - Clinical Reviews"),
    )
    assert kinds(claim, rec, FindingKind.JOURNAL) == [Verdict.SUPPORTED]


AFFILIATED = record(
    "Exposure to toluene was inversely associated with TSH and positively associated with T4.",
    "Higher exposure to benzene was associated with higher TSH and lower T4.",
    title="Solvents and thyroid hormones",
    authors=[
        Author(last_name="Doe", affiliations=["National Cancer Institute, Rockville, MD, USA."]),
        Author(last_name="Roe", affiliations=["Department of Biology, Hood College, MD, USA."]),
    ],
)


def test_a_named_agency_the_affiliations_do_not_name_is_a_metadata_mismatch() -> None:
    claim = (
        "Scientists at the US Food and Drug Administration found toluene was linked to lower TSH."
    )
    assert kinds(claim, AFFILIATED, FindingKind.COUNTRY) == [Verdict.METADATA_MISMATCH]
    at_home = "Scientists at the National Cancer Institute found toluene was linked to lower TSH."
    assert Verdict.METADATA_MISMATCH not in kinds(at_home, AFFILIATED, FindingKind.COUNTRY)


def test_the_second_of_coordinated_changes_keeps_the_first_ones_subject() -> None:
    claim = "Toluene exposure was tied to lower TSH and higher T4."
    directions = kinds(claim, AFFILIATED, FindingKind.DIRECTION)
    assert Verdict.CONTRADICTED not in directions
    assert Verdict.SUPPORTED in directions
    wrong = "Benzene exposure was tied to lower TSH and higher T4."
    assert Verdict.CONTRADICTED in kinds(wrong, AFFILIATED, FindingKind.DIRECTION)


# --- wording that only looks like a change -------------------------------------------------------


def test_dropping_out_is_leaving_the_study_not_a_decrease() -> None:
    rec = record("Response rates doubled with repeated doses of drug Y.")
    claim = "One in six participants dropped out of the repeated doses of drug Y."
    assert extract_assertions(claim).directions == ()
    assert Verdict.CONTRADICTED not in kinds(claim, rec, FindingKind.DIRECTION)


def test_more_than_halved_is_a_bound_on_a_fall_not_a_rise_or_a_comparator() -> None:
    assertions = extract_assertions("Wake time more than halved over eight weeks.")
    assert [d.up for d in assertions.directions] == [False]
    assert assertions.comparators == ()
