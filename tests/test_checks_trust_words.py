"""Words of scope, cause and degree are claims of their own: "all", "only", "kept improving",
"after a single dose", "causes", "strong", "lasting", "eliminated" must be carried by the evidence.
And compounds a lay writer splits ("frozen samples" for "cryosamples") still meet the record."""

from __future__ import annotations

import pytest
from synthetic_records import made_up_record

import claimcheck
from claimcheck.pubmed.model import PubMedRecord
from claimcheck.report.model import Verdict
from claimcheck.verification.assertions import extract_assertions
from claimcheck.verification.index import (
    ALL_SCOPE,
    FURTHER_SCOPE,
    ONLY_SCOPE,
    scope_marks,
    terms_of,
)


def _record(pmid: str, title: str, *sentences: str) -> PubMedRecord:
    return made_up_record(*sentences, title=title, pmid=pmid)


STATIN = _record(
    "900001",
    "Rosuvastatin and muscle pain in older adults: an open-label study",
    "We followed 30 adults aged over 70 who started rosuvastatin.",
    "Of the 30 participants, 24 reported less muscle pain after the dose was lowered.",
    "Muscle pain fell by a mean of 2 points at 4 weeks.",
    "Pain scores showed no further change during the extension phase.",
    "Liver enzymes rose in men but not in women.",
    "Rosuvastatin has been used for decades to lower cholesterol.",
)

COHORT = _record(
    "900002",
    "Night-shift work and breast cancer in nurses",
    "We studied 5000 nurses in a prospective cohort.",
    "Long-term night-shift work was associated with a higher risk of breast cancer.",
    "Vitamin D supplements had small, short-lived effects on sleep quality.",
    "After repeated doses, 40% of nurses reported better sleep.",
    "Melatonin lowered anxiety ratings within two hours.",
)

OOCYTES = _record(
    "900003",
    "Vitrification of bovine oocytes",
    "Two cryodiluents were compared: one with ethylene glycol and one with glycerol.",
    "Anti-ZP titres were measured in serum samples.",
    "Heavier exposure to glycerol was linked to lower oocyte survival.",
)


def verdict(claim: str, record: PubMedRecord) -> Verdict:
    return claimcheck.verify(claim, record).verdict


# --- scope words read where they carry meaning --------------------------------------------------


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("All 30 adults improved.", ALL_SCOPE),
        ("Pain fell in every participant.", ALL_SCOPE),
        ("Scores improved in each patient.", ALL_SCOPE),
        ("The benefit was seen in men only.", ONLY_SCOPE),
        ("The drug was approved only recently.", ONLY_SCOPE),
        ("Symptoms kept getting better.", FURTHER_SCOPE),
        ("Mood continued to improve.", FURTHER_SCOPE),
        ("Blood pressure fell further.", FURTHER_SCOPE),
    ],
)
def test_scope_words_that_carry_meaning_are_read(text: str, concept: str) -> None:
    assert concept in {m.concept for m in scope_marks(text)}


@pytest.mark.parametrize(
    "text",
    [
        "All but three participants improved.",
        "It did not help at all.",
        "In all, 52 patients took part.",
        "Doses were given every two weeks.",
        "Each received both treatments.",
        "Only six patients dropped out.",
        "The drug had only minor effects.",
        "Not only pain but also sleep improved.",
        "Further studies are needed.",
        "Patients received two additional infusions.",
        "Aspirin, ibuprofen and naproxen all reduce fever.",
        "All trials except one were small.",
        "Nearly all patients improved.",
    ],
)
def test_idioms_counts_and_frequencies_are_not_scope(text: str) -> None:
    assert scope_marks(text) == ()


def test_a_record_sentence_with_but_not_restricts_its_scope() -> None:
    marks = scope_marks("Liver enzymes rose in men but not in women.", source=True)
    assert ONLY_SCOPE in {m.concept for m in marks}
    assert scope_marks("Liver enzymes rose in men but not in women.") == ()


def test_scope_words_become_key_terms_of_a_claim() -> None:
    terms = extract_assertions("All adults reported less pain in men only.").key_terms
    assert {ALL_SCOPE, ONLY_SCOPE} <= {t.stem for t in terms}


# --- claims that overreach the record ------------------------------------------------------------


@pytest.mark.parametrize(
    ("claim", "record"),
    [
        # 24 of 30, not all of them
        ("All participants reported less muscle pain after the dose was lowered.", STATIN),
        # a mean fall, not every participant
        ("Muscle pain fell in every participant at 4 weeks.", STATIN),
        # the record says no further change
        ("Pain scores kept improving during the extension phase.", STATIN),
        # used for decades, not new
        ("Rosuvastatin has only recently been used to lower cholesterol.", STATIN),
        # after repeated doses, not one
        ("40% of nurses reported better sleep after a single dose.", COHORT),
        # association, not cause
        ("Long-term night-shift work causes breast cancer.", COHORT),
        # small and short-lived, not strong and lasting
        ("Vitamin D supplements had strong, lasting effects on sleep quality.", COHORT),
        # lowered, not eliminated
        ("Melatonin eliminated anxiety within two hours.", COHORT),
    ],
)
def test_an_overreaching_claim_is_not_supported(claim: str, record: PubMedRecord) -> None:
    assert verdict(claim, record) is not Verdict.SUPPORTED


@pytest.mark.parametrize(
    ("claim", "record"),
    [
        ("Of the 30 participants, 24 reported less muscle pain after the dose was lowered.",
         STATIN),
        ("Pain scores showed no further change during the extension phase.", STATIN),
        ("Liver enzymes rose in men only.", STATIN),
        ("Rosuvastatin has long been used to lower cholesterol.", STATIN),
        ("Long-term night-shift work was linked to a higher risk of breast cancer.", COHORT),
        ("Vitamin D supplements had small, brief effects on sleep quality.", COHORT),
        ("Melatonin lowered anxiety ratings within two hours.", COHORT),
    ],
)  # fmt: skip
def test_the_same_claims_said_as_the_record_says_them_are_supported(
    claim: str, record: PubMedRecord
) -> None:
    assert verdict(claim, record) is Verdict.SUPPORTED


def test_a_causal_claim_against_an_association_names_the_association() -> None:
    result = claimcheck.verify("Long-term night-shift work causes breast cancer.", COHORT)
    support = [f for f in result.findings if f.kind.value == "support"]
    assert support and "associated" in support[0].message


def test_a_duration_after_lasting_leaves_it_to_the_quantity_check() -> None:
    stems = {
        t.stem for t in extract_assertions("a small benefit lasting up to two weeks").key_terms
    }
    assert not {t.stem for t in terms_of("lasting")} & stems
    stems = {t.stem for t in extract_assertions("a small benefit with lasting effects").key_terms}
    assert {t.stem for t in terms_of("lasting")} <= stems


def test_recently_is_wording_when_it_dates_the_research() -> None:
    stems = {t.stem for t in extract_assertions("A recent study found that pain fell.").key_terms}
    assert "recent" not in stems
    stems = {t.stem for t in extract_assertions("The drug came into use recently.").key_terms}
    assert "recent" in stems


# --- compounds a lay writer splits ---------------------------------------------------------------


def test_freezing_diluents_meet_the_records_cryodiluents() -> None:
    (diluent,) = [t for t in terms_of("two freezing diluents") if t.text == "diluents"]
    (cryo,) = [t for t in terms_of("two cryodiluents") if t.text == "cryodiluents"]
    assert diluent.stem == cryo.stem
    assert verdict("Two freezing diluents were compared.", OOCYTES) is Verdict.SUPPORTED
    # a frozen sample is not a cryodiluent
    assert verdict("Two frozen samples were compared.", OOCYTES) is not Verdict.SUPPORTED


def test_anti_abbreviation_is_an_antibody_and_heavy_is_high() -> None:
    (zp,) = [t for t in terms_of("anti-ZP titres") if t.text == "ZP"]
    (antibodies,) = terms_of("antibodies")
    assert zp.concepts & antibodies.concepts
    assert not any(t.concepts & antibodies.concepts for t in terms_of("anti-inflammatory drugs"))
    assert (
        verdict("Heavy exposure to glycerol was linked to lower oocyte survival.", OOCYTES)
        is Verdict.SUPPORTED
    )
