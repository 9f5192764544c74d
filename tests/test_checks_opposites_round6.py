"""Stated opposites read as contradictions (round 6).

Each test is one class of claim, in wordings of our own: a graded effect against the other
grade ("a marked benefit" / "a modest benefit"), an abbreviation against its spelled-out name
with the opposite action ("AMPA receptor blockade" / "...-isoxazole-propionic acid receptor
activation"), a stage the record confines a result to ("only after rewarming"), one cause alone
against a record of several, a change said to go on against "no further change", the masking of
one counted phase, an attribute flipped on the same named thing, and sibling gene names."""

from __future__ import annotations

from synthetic_records import made_up_record

from claimcheck.pubmed.model import PubMedRecord
from claimcheck.report.model import FindingKind, Verdict
from claimcheck.verification.engine import verify
from claimcheck.verification.index import terms_of


def record(*sentences: str, title: str = "Drug Q for migraine") -> PubMedRecord:
    return made_up_record(*sentences, title=title, pmid="900006")


def kinds(claim: str, rec: PubMedRecord, kind: FindingKind) -> list[Verdict]:
    return [f.verdict for f in verify(claim, rec).findings if f.kind is kind]


def verdict(claim: str, rec: PubMedRecord) -> Verdict:
    return verify(claim, rec).verdict


# --- how big an effect is ---------------------------------------------------------------------

POOLED = record(
    "Migraine days are a common burden and drug Q is often prescribed for them.",
    "We pooled 9 randomized trials of drug Q against placebo in adults with episodic migraine.",
    "Drug Q gave a modest benefit on monthly migraine days (mean difference -0.9 days).",
    "Adverse events were mostly mild.",
    title="Drug Q for episodic migraine: a meta-analysis",
)


def test_a_big_effect_against_the_records_small_one_is_contradicted() -> None:
    for grade in ("a marked benefit", "a substantial benefit", "a strong effect"):
        claim = f"The pooled trials showed {grade} of drug Q on monthly migraine days."
        assert Verdict.CONTRADICTED in kinds(claim, POOLED, FindingKind.DIRECTION), grade


def test_the_records_own_grade_is_not_contradicted() -> None:
    claim = "The pooled trials showed a small benefit of drug Q on monthly migraine days."
    assert Verdict.CONTRADICTED not in kinds(claim, POOLED, FindingKind.DIRECTION)


def test_a_denied_grade_is_not_a_grade() -> None:
    claim = "The pooled trials did not show a large benefit of drug Q on monthly migraine days."
    assert Verdict.CONTRADICTED not in kinds(claim, POOLED, FindingKind.DIRECTION)


def test_a_sentence_that_grades_both_ways_decides_nothing() -> None:
    rec = record(
        "Drug Q gave a large benefit on migraine days but a small benefit on migraine severity.",
        "Drug Q was well tolerated in adults.",
    )
    claim = "Drug Q gave a large benefit on migraine days in adults."
    assert Verdict.CONTRADICTED not in kinds(claim, rec, FindingKind.DIRECTION)


# --- an abbreviation and the opposite action --------------------------------------------------

RECEPTORS = record(
    "Drug Q is thought to act through several receptors in the cortex.",
    "We review evidence for N-methyl-D-aspartate receptor blockade and for "
    "alpha-amino-3-hydroxy-5-methyl-4-isoxazole-propionic acid receptor activation by drug Q.",
    "Both may contribute to its effect on cortical excitability.",
)


def test_an_abbreviation_meets_its_spelled_out_name() -> None:
    ampa = next(t for t in terms_of("AMPA receptor") if t.text == "AMPA")
    spelled = terms_of("isoxazole-propionic acid receptor")
    assert any(ampa.concepts & t.concepts for t in spelled)
    # and only by its distinctive words: not every methyl or acid
    assert not any(ampa.concepts & t.concepts for t in terms_of("N-methyl lactic acid"))


def test_blockade_of_a_receptor_the_record_says_is_activated_is_contradicted() -> None:
    claim = "The review describes AMPA receptor inhibition as one way drug Q acts."
    assert Verdict.CONTRADICTED in kinds(claim, RECEPTORS, FindingKind.DIRECTION)
    assert verdict(claim, RECEPTORS) is Verdict.CONTRADICTED


def test_the_receptor_the_record_says_is_blocked_is_not_contradicted() -> None:
    claim = "The review describes NMDA receptor blockade as one way drug Q acts."
    assert Verdict.CONTRADICTED not in kinds(claim, RECEPTORS, FindingKind.DIRECTION)


def test_a_denied_change_in_the_record_states_no_direction() -> None:
    rec = record(
        "Some effects of drug Q do not involve direct inhibition of the serotonin transporter.",
        "These effects were studied in rats.",
    )
    claim = "Some effects of drug Q arise without directly blocking the serotonin transporter."
    assert Verdict.CONTRADICTED not in kinds(claim, rec, FindingKind.DIRECTION)


# --- a result confined to the other stage -----------------------------------------------------

STAGES = record(
    "Embryos were cooled in medium C or medium D and examined before cooling and after rewarming.",
    "With medium C, viability fell steadily before cooling.",
    "With medium D, only the post-rewarming stage showed a steep fall in viability.",
    title="Viability of embryos cooled in two media",
)


def test_a_result_the_record_confines_to_the_other_stage_is_contradicted() -> None:
    claim = "With medium D, viability fell steeply before cooling."
    assert Verdict.CONTRADICTED in kinds(claim, STAGES, FindingKind.DIRECTION)


def test_before_and_after_one_step_are_opposites() -> None:
    before = next(t for t in terms_of("the prefreezing stage") if t.text == "prefreezing")
    after = terms_of("after thawing")
    assert any(a.concepts & {"post^freez"} for a in after)
    from claimcheck.verification.index import opposites

    assert "post^freez" in opposites(before)


def test_not_only_is_no_confinement() -> None:
    rec = record(
        "With medium D, not only the post-rewarming stage showed a fall in viability.",
        "Viability was measured by staining.",
    )
    claim = "With medium D, viability fell before cooling."
    assert Verdict.CONTRADICTED not in kinds(claim, rec, FindingKind.DIRECTION)


# --- one cause alone ----------------------------------------------------------------------------

CAUSES = record(
    "Drug Q relieves migraine, and its action was long credited to serotonin receptor agonism.",
    "We show an alternative substrate for the migraine relief of drug Q: calcium channel block.",
    "Candidate mechanisms of drug Q are not mutually exclusive.",
)


def test_one_cause_alone_against_a_record_of_several_is_contradicted() -> None:
    for wording in (
        "Serotonin receptor agonism fully explains the migraine relief of drug Q.",
        "Drug Q relieves migraine solely through serotonin receptor agonism.",
    ):
        assert Verdict.CONTRADICTED in kinds(wording, CAUSES, FindingKind.DIRECTION), wording


def test_a_partial_cause_is_not_a_sole_one() -> None:
    claim = "Serotonin receptor agonism only partly explains the migraine relief of drug Q."
    assert Verdict.CONTRADICTED not in kinds(claim, CAUSES, FindingKind.DIRECTION)


# --- a change that goes on ----------------------------------------------------------------------

PLATEAU = record(
    "Adults with migraine took drug Q daily for 12 weeks and then monthly for 6 months.",
    "Headache scores fell over the first 12 weeks.",
    "Headache scores showed no further change during the monthly dosing.",
)


def test_a_change_said_to_go_on_against_no_further_change_is_contradicted() -> None:
    claim = "Headache scores continued to improve during the monthly dosing."
    assert Verdict.CONTRADICTED in kinds(claim, PLATEAU, FindingKind.DIRECTION)


def test_a_change_that_stopped_is_not_contradicted() -> None:
    claim = "Headache scores fell over the first 12 weeks."
    assert Verdict.CONTRADICTED not in kinds(claim, PLATEAU, FindingKind.DIRECTION)


# --- masking of one counted phase ---------------------------------------------------------------

PHASES = record(
    "Sixty adults entered a randomized double-blind comparison of one dose of drug Q and placebo.",
    "Non-responders then received eight open-label drug Q doses over 4 weeks.",
    title="Drug Q in refractory migraine: a randomized trial",
)


def test_a_counted_phase_given_the_other_masking_is_contradicted() -> None:
    claim = "The eight further drug Q doses were given double-blind."
    assert Verdict.CONTRADICTED in kinds(claim, PHASES, FindingKind.DESIGN)


def test_the_blinded_phase_stays_blinded() -> None:
    claim = "Adults received one dose of drug Q or placebo in a double-blind comparison."
    assert Verdict.CONTRADICTED not in kinds(claim, PHASES, FindingKind.DESIGN)
    assert Verdict.SUPPORTED in kinds(claim, PHASES, FindingKind.DESIGN)


# --- an attribute flipped on the same thing -----------------------------------------------------

SPECTRA = record(
    "Carbon-13 spectra were recorded from the copper protein at 20 K.",
    "The two low-affinity copper sites gave separate signals.",
    "The wide spectral window of carbon-13 gave better selectivity.",
)


def test_the_opposite_attribute_of_the_same_named_thing_is_contradicted() -> None:
    for claim in (
        "Both high-affinity copper sites of the protein gave separate signals.",
        "The method relies on the narrow spectral window of carbon-13.",
    ):
        assert Verdict.CONTRADICTED in kinds(claim, SPECTRA, FindingKind.DIRECTION), claim


def test_the_records_own_attribute_is_not_flipped() -> None:
    claim = "The two low-affinity copper sites of the protein gave separate signals."
    assert Verdict.CONTRADICTED not in kinds(claim, SPECTRA, FindingKind.DIRECTION)


def test_the_same_attribute_word_on_another_thing_is_no_flip() -> None:
    claim = "Both high-affinity molybdenum sites of the protein gave separate signals."
    assert Verdict.CONTRADICTED not in kinds(claim, SPECTRA, FindingKind.DIRECTION)


# --- sibling gene names -------------------------------------------------------------------------


def test_sibling_subunit_names_are_opposites() -> None:
    rec = record(
        "Knockdown of GluK2 in striatal neurons abolished the effect of drug Q in mice.",
        "Drug Q was given at 10 mg/kg.",
        title="GluK2 and drug Q in mice",
    )
    claim = "Knockdown of GluK3 in striatal neurons abolished the effect of drug Q in mice."
    assert verdict(claim, rec) is Verdict.CONTRADICTED
    same = "Knockdown of GluK2 in striatal neurons abolished the effect of drug Q in mice."
    assert verdict(same, rec) is not Verdict.CONTRADICTED


# --- the class of a named thing -----------------------------------------------------------------

FARM = record(
    "We studied 500 farm workers and their use of pesticides.",
    "Use of the fungicide captan was linked to rash (OR 1.9).",
    "Use of the herbicide atrazine was linked to wheeze (OR 1.4).",
    title="Pesticides and health in farm workers",
)


def test_another_class_written_before_the_same_name_is_contradicted() -> None:
    claim = "Use of the herbicide captan was linked to rash in farm workers."
    assert Verdict.CONTRADICTED in kinds(claim, FARM, FindingKind.DIRECTION)


def test_the_records_own_class_of_the_name_is_no_flip() -> None:
    claim = "Use of the herbicide atrazine was linked to wheeze in farm workers."
    assert Verdict.CONTRADICTED not in kinds(claim, FARM, FindingKind.DIRECTION)
