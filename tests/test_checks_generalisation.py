"""Round-3 mechanisms for unseen paraphrase, each with a true paraphrase that must pass and an
invented wrong claim that the loosening must not let through. All records here are made up."""

from __future__ import annotations

from claimcheck.pubmed.model import AbstractSection, PubMedRecord
from claimcheck.report.model import FindingKind, Verdict
from claimcheck.verification.assertions import extract_assertions
from claimcheck.verification.checks.common import GENERIC_WEIGHT, absent_word_factor
from claimcheck.verification.engine import verify
from claimcheck.verification.index import opposites, terms_of
from claimcheck.verification.quantities import find_quantities, quantities_match

S, C, N = Verdict.SUPPORTED, Verdict.CONTRADICTED, Verdict.NOT_IN_SOURCE


def made_up(pmid: str, title: str, *sentences: str) -> PubMedRecord:
    return PubMedRecord(
        pmid=pmid, title=title, abstract=[AbstractSection(text=" ".join(sentences))]
    )


def of_kind(claim: str, record: PubMedRecord, kind: FindingKind) -> list[Verdict]:
    return [f.verdict for f in verify(claim, record).findings if f.kind is kind]


TREMOR = made_up(
    "900101",
    "Velorant for essential tremor in older adults",
    "Velorant is a noncompetitive blocker of the T-type calcium channel.",
    "Tremor amplitude fell after six weeks of velorant in 48 older adults.",
    "Grip steadiness improved in the tremor clinic cohort over the course of treatment.",
    "Higher velorant exposure was associated with higher prolactin (ptrend=0.01) and lower "
    "cortisol (ptrend=0.03).",
    "Mean sway scores declined from 14 points at week 1 to 6 points at week 12.",
    "In the dominant hand only, velorant restored fine motor control at every visit.",
    "Fine motor control in the other hand was measured with a pegboard test.",
    "Nausea was reported by 9 of 48 patients (19%).",
    "The third quartile of exposure had ORQ3=2.10 and the fourth quartile ORQ4=3.40 for insomnia.",
    "Among 412 reports screened, 11 met inclusion criteria.",
)


# --- coverage graded by how common a missing word is ------------------------------------------


def test_common_english_words_missing_from_the_record_weigh_little() -> None:
    assert absent_word_factor("together") == GENERIC_WEIGHT
    assert absent_word_factor("velorantine") == 1.0  # an unknown entity keeps its full weight
    assert GENERIC_WEIGHT < absent_word_factor("tendency") < 1.0


def test_who_was_studied_and_scope_words_are_never_discounted() -> None:
    for word in ("males", "children", "only", "already", "worse", "climbed"):
        assert absent_word_factor(word) == 1.0, word


def test_a_paraphrase_with_everyday_wording_is_supported() -> None:
    claim = (
        "Grip steadiness improved in the tremor clinic cohort as treatment went on, it turns out."
    )
    assert verify(claim, TREMOR).verdict is S
    wrong = "Grip steadiness improved in the tremor clinic cohort of children, it turns out."
    assert verify(wrong, TREMOR).verdict is not S


def test_a_missing_population_still_blocks_support() -> None:
    claim = "Tremor amplitude fell after six weeks of velorant in children."
    assert verify(claim, TREMOR).verdict is not S


def test_a_missing_rare_entity_still_blocks_support() -> None:
    claim = "Tremor amplitude fell after six weeks of zanoprim in older adults."
    assert verify(claim, TREMOR).verdict is not S


def test_a_missing_judgement_word_still_blocks_support() -> None:
    claim = "Grip steadiness got worse in the tremor clinic cohort over the course of treatment."
    assert verify(claim, TREMOR).verdict is not S


def test_reporting_professions_are_not_key_terms() -> None:
    words = {
        t.text.lower() for t in extract_assertions("Neurologists report that X fell.").key_terms
    }
    assert "neurologists" not in words


def test_a_hyphenated_claim_word_matches_its_solid_spelling() -> None:
    terms = extract_assertions("a multi-compartment phantom").key_terms
    solid = terms_of("multicompartments")[0]
    assert any(solid.stem in t.concepts for t in terms)


# --- opposites made by a negating prefix ------------------------------------------------------


def test_a_negating_prefix_makes_an_opposite() -> None:
    competitive = terms_of("competitive")[0]
    noncompetitive = terms_of("noncompetitive")[0]
    assert noncompetitive.stem in opposites(competitive)
    assert competitive.stem in opposites(noncompetitive)


def test_competitive_against_noncompetitive_is_contradicted() -> None:
    claim = "Velorant is a competitive blocker of the T-type calcium channel."
    assert verify(claim, TREMOR).verdict is C


def test_the_record_own_word_is_still_supported() -> None:
    claim = "Velorant is a noncompetitive blocker of the T-type calcium channel."
    assert verify(claim, TREMOR).verdict is S


# --- direction on the aligned thing -----------------------------------------------------------


def test_two_changes_in_one_sentence_are_kept_apart() -> None:
    wrong = "Heavier velorant exposure went along with higher levels of cortisol."
    right = "Heavier velorant exposure went along with lower levels of cortisol."
    assert C in of_kind(wrong, TREMOR, FindingKind.DIRECTION)
    assert C not in of_kind(right, TREMOR, FindingKind.DIRECTION)


def test_a_change_told_backwards_is_contradicted() -> None:
    wrong = "Sway scores climbed from 6 points at week 1 to 14 points at week 12."
    right = "Sway scores dropped from 14 points at week 1 to 6 points at week 12."
    assert verify(wrong, TREMOR).verdict is C
    assert C not in of_kind(right, TREMOR, FindingKind.DIRECTION)


# --- restrictions ---------------------------------------------------------------------------


def test_a_restricted_sentence_is_not_completed_by_another() -> None:
    claim = (
        "Velorant restored fine motor control at every visit and shortened reaction times in "
        "the clinic cohort."
    )
    rest = (
        "Reaction times shortened with velorant in the clinic cohort.",
        "Velorant was given for twelve weeks.",
        "Velorant levels were measured monthly.",
    )
    restored = "velorant restored fine motor control at every visit."
    only = made_up("900103", "Velorant for tremor", f"In the dominant hand only, {restored}", *rest)
    plain = made_up("900104", "Velorant for tremor", f"In the dominant hand, {restored}", *rest)
    assert verify(claim, only).verdict is N
    assert verify(claim, plain).verdict is S


# --- numbers --------------------------------------------------------------------------------


def test_n_in_ten_is_a_share_that_meets_n_of_n() -> None:
    nine_in_ten = find_quantities("Nine in 10 patients")[0]
    assert quantities_match(nine_in_ten, find_quantities("Of the 20 patients, 18 improved")[0])
    assert not quantities_match(nine_in_ten, find_quantities("Of the 20 patients, 15 improved")[0])


def test_a_quantile_labelled_number_is_not_another_quantile() -> None:
    top = "Patients in the top quartile of exposure had 2.10 times the odds of insomnia."
    third = "Patients in the third quartile of exposure had 2.10 times the odds of insomnia."
    assert of_kind(top, TREMOR, FindingKind.QUANTITY) != [S]
    assert of_kind(third, TREMOR, FindingKind.QUANTITY) == [S]


def test_a_fraction_of_the_odds_is_an_odds_ratio() -> None:
    record = made_up(
        "900102",
        "Variant rs999 and gout",
        "Variant rs999 was associated with gout (per minor allele OR 1.33; 95% CI 1.1 to 1.6).",
    )
    right = "Each minor allele of rs999 raised the odds of gout by about a third."
    wrong = "Each minor allele of rs999 raised the odds of gout by about a half."
    assert of_kind(right, record, FindingKind.QUANTITY) == [S]
    assert of_kind(wrong, record, FindingKind.QUANTITY) != [S]
    assert verify(wrong, record).verdict is not S
