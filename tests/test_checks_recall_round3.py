"""Recall of true paraphrases, round 3: report verbs after an author or a work, "exclude one
another" for "mutually exclusive", names the indexers give the work (MeSH), labels an abstract
defines ("(solution B)"), chemical formulas with bracketed subscripts, "acting on" a target, and
two trust guards: alternatives of one kind (solvents) and superlatives the record never states.

Every record here is made up for the test, so no rule is fitted to a real abstract.
"""

from __future__ import annotations

from synthetic_records import made_up_record

from claimcheck.pubmed.model import PubMedRecord
from claimcheck.report.model import FindingKind, Verdict
from claimcheck.verification.engine import verify
from claimcheck.verification.index import build_index, terms_of

S, C, N = Verdict.SUPPORTED, Verdict.CONTRADICTED, Verdict.NOT_IN_SOURCE


def made_up(
    title: str, *sentences: str, mesh: tuple[str, ...] = (), pmid: str = "910001"
) -> PubMedRecord:
    return made_up_record(*sentences, title=title, pmid=pmid, mesh=mesh)


def support(claim: str, record: PubMedRecord) -> Verdict:
    (finding,) = [f for f in verify(claim, record).findings if f.kind is FindingKind.SUPPORT]
    return finding.verdict


MIGRAINE = made_up(
    "Candidate mechanisms of riboflavin prophylaxis in migraine",
    "Riboflavin is used to prevent migraine attacks.",
    "Proposed pathways of riboflavin's prophylactic action are not mutually exclusive and may "
    "act in a complementary manner to stabilise mitochondrial energy metabolism.",
    "Compounds that target the CGRP receptor have shown preventive properties in both clinical "
    "and preclinical studies.",
)


def test_report_verb_after_named_authors_is_not_content() -> None:
    claim = (
        "Okafor and Lindqvist stress that the proposed pathways of riboflavin's prophylactic "
        "action are not mutually exclusive and may act in a complementary manner."
    )
    assert support(claim, MIGRAINE) is S


def test_report_verb_after_a_work_is_not_content() -> None:
    claim = (
        "A 2021 review in Headache argues that the proposed pathways of riboflavin's "
        "prophylactic action may act in a complementary manner and are not mutually exclusive."
    )
    assert support(claim, MIGRAINE) is S


def test_exclude_one_another_is_mutually_exclusive() -> None:
    agrees = "The proposed pathways of riboflavin's action do not exclude one another."
    denies = "The proposed pathways of riboflavin's action exclude each other."
    assert support(agrees, MIGRAINE) is S
    assert support(denies, MIGRAINE) is not S


def test_rather_than_excluding_shares_the_records_denial() -> None:
    claim = (
        "The proposed pathways of riboflavin's prophylactic action may work together rather "
        "than excluding one another."
    )
    assert support(claim, MIGRAINE) is S


def test_acting_on_a_receptor_is_targeting_it() -> None:
    claim = (
        "Compounds acting on the CGRP receptor have shown preventive properties in both "
        "clinical and preclinical studies."
    )
    assert support(claim, MIGRAINE) is S
    wrong = "Compounds acting on the CGRP receptor caused hepatotoxicity in adolescents."
    assert support(wrong, MIGRAINE) is not S


TROUT = made_up(
    "Motility of Oncorhynchus mykiss spermatozoa after cryopreservation.",
    "Spermatozoa were frozen in a glycerol extender.",
    "After thawing, motility fell significantly in all samples.",
    mesh=("Trout", "Animals", "Male", "Cryopreservation"),
)


def test_a_common_name_from_mesh_counts_as_the_title_does() -> None:
    claim = "Motility of frozen trout spermatozoa fell significantly after thawing."
    assert support(claim, TROUT) is S


def test_a_species_the_record_never_names_is_still_missing() -> None:
    claim = "Motility of frozen salmon spermatozoa fell significantly after thawing."
    assert support(claim, TROUT) is N


def test_check_tags_are_not_subject_words() -> None:
    title = build_index(TROUT).sentences[0]
    assert "trout" in title.concepts
    assert not {c for t in terms_of("male") for c in t.concepts} & title.concepts


def test_me2so_is_dimethyl_sulfoxide() -> None:
    (term,) = terms_of("Me2SO")
    assert {"dimethyl", "sulfoxid"} <= term.concepts


SAMPLE = made_up(
    "Spectroscopy of a three-compartment phantom",
    "The phantom held solutions of glucose and alanine in water.",
    "Editing separated the glucose signal from the alanine signal.",
)


def test_another_solvent_is_not_the_records() -> None:
    assert support("The phantom held solutions of glucose and alanine in water.", SAMPLE) is S
    assert support("The phantom held solutions of glucose and alanine in methanol.", SAMPLE) in (
        C,
        N,
    )


PH = made_up(
    "Binding of a heme protein to flavin",
    "Binding of the heme protein to flavin was measured in the pH range 5 to 9.",
    "Spectra were recorded at room temperature.",
)


def test_a_superlative_the_record_never_states_is_not_excused() -> None:
    assert support("Binding of the heme protein to flavin was strongest at neutral pH.", PH) is N


PRISON = made_up("Management of hepatitis C behind the walls of correctional facilities.")


def test_a_restated_title_with_report_verbs() -> None:
    claim = "A 2004 review looked at how hepatitis C is dealt with in correctional facilities."
    assert support(claim, PRISON) is S
