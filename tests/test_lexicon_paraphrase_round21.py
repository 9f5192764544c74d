"""Round 21: lay routes, comparisons, rankings and dose-response wording that support had called
unmentioned, and the everyday uses of the same words that must stay apart."""

from __future__ import annotations

import pytest

from claimcheck.pubmed.model import AbstractSection, PubMedRecord
from claimcheck.report.model import Verdict
from claimcheck.verification.engine import verify
from claimcheck.verification.index import terms_of
from claimcheck.verification.text import content_stems


def _concepts(text: str) -> set[str]:
    return {c for t in terms_of(text) for c in t.concepts}


def _stems(text: str) -> set[str]:
    return {t.stem for t in terms_of(text)}


@pytest.mark.parametrize(
    ("lay", "record_word"),
    [
        ("the vaccine was injected into a vein", "intravenous"),
        ("fluids given through the vein", "intravenous"),
        ("the study pitted surgery against physiotherapy", "compared"),
        ("rats missing the receptor", "knockout"),
        ("the higher the dose, the greater the sedation", "dose-dependent"),
        ("risk tracked with the variant", "associated"),
        ("the early '90s", "1990s"),
    ],
)
def test_lay_phrase_reads_as_the_record_word(lay: str, record_word: str) -> None:
    assert _stems(record_word) <= _concepts(lay)


@pytest.mark.parametrize(
    ("everyday", "record_word"),
    [
        # a clot sits in a vein; nothing was given into it
        ("a clot in a vein of the leg", "intravenous"),
        # a pitted surface is not a comparison
        ("the pitted enamel surface", "compared"),
        # missing data are no knock-out
        ("missing data were imputed", "knockout"),
        # "the more doses" counts doses; "the higher doses" names a group; neither is a
        # dose-response relation
        ("symptoms eased the more doses people had", "dose-dependent"),
        ("the higher doses caused more nausea", "dose-dependent"),
        ("the older the patients, the higher the risk", "dose-dependent"),
        # an age in the eighties is no decade
        ("patients in their 90s", "1990s"),
    ],
)
def test_everyday_uses_are_not_read_as_the_record_word(everyday: str, record_word: str) -> None:
    assert not _concepts(everyday) & _stems(record_word)


@pytest.mark.parametrize(
    "ranking",
    [
        "predicted relapse better than the other scores",
        "predicted relapse more accurately than all the others",
        "tracked the outcome most closely of all",
    ],
)
def test_lay_ranking_reads_as_best(ranking: str) -> None:
    assert "best" in _concepts(ranking)


@pytest.mark.parametrize(
    "not_ranked",
    [
        "predicted relapse no better than the other scores",
        "predicted relapse not more accurately than the other scores",
        "predicted relapse better than chance",
    ],
)
def test_a_denied_or_unranked_comparison_is_not_best(not_ranked: str) -> None:
    assert "best" not in _concepts(not_ranked)


@pytest.mark.parametrize(
    ("word", "other"),
    [
        ("shifts", "changes"),
        ("mixture", "solution"),
    ],
)
def test_related_words_share_a_broad_concept(word: str, other: str) -> None:
    assert _concepts(word) & _concepts(other)


@pytest.mark.parametrize(("species", "other"), [("trout", "salmon"), ("zebrafish", "carp")])
def test_two_fish_species_never_meet_through_fish(species: str, other: str) -> None:
    assert not _concepts(species) & _concepts(other)


def test_one_word_and_two_word_spellings_of_a_fish_fold() -> None:
    assert content_stems("seabream") == content_stems("sea bream")


def test_dmso_is_dimethyl_sulfoxide() -> None:
    assert _concepts("15% DMSO") & _stems("dimethyl sulfoxide")


def _record(abstract: str) -> PubMedRecord:
    return PubMedRecord(
        pmid="1",
        title="Magnesium and caffeine in adults",
        abstract=[AbstractSection(text=abstract)],
    )


_ABSTRACT = (
    "This trial compared intravenous magnesium with placebo infusions in 120 women with "
    "migraine. Changes in heart rate and blood pressure followed a dose-response pattern after "
    "caffeine intake. Among the five scores, the HEART score was the best predictor of major "
    "cardiac events. Morphine analgesia was reduced in MOR knock-out mice. Cost remains a major "
    "challenge that limits the use of intravenous iron."
)


@pytest.mark.parametrize(
    "claim",
    [
        "The trial pitted magnesium given into a vein against placebo infusions in 120 women "
        "with migraine.",
        "The bigger the caffeine dose, the larger the shifts in heart rate and blood pressure.",
        "The HEART score predicted major cardiac events most accurately of all five scores.",
        "Morphine analgesia was reduced in mice missing MOR.",
    ],
)
def test_true_paraphrases_are_supported(claim: str) -> None:
    assert verify(claim, _record(_ABSTRACT)).verdict is Verdict.SUPPORTED


@pytest.mark.parametrize(
    "claim",
    [
        "The trial pitted magnesium given into a vein against placebo infusions in 120 children "
        "with migraine.",
        "The trial pitted magnesium given into a muscle against placebo infusions in 120 women "
        "with migraine.",
        "The bigger the caffeine dose, the larger the shifts in body temperature.",
        "The HEART score predicted major cardiac events no better than the other scores.",
        "Morphine analgesia was reduced in rats missing MOR.",
        "Cost hampers the use of oral iron tablets in children.",
    ],
)
def test_wrong_paraphrases_are_not_supported(claim: str) -> None:
    assert verify(claim, _record(_ABSTRACT)).verdict is not Verdict.SUPPORTED


@pytest.mark.parametrize(
    ("claim", "abstract"),
    [
        # a vein or a muscle that nothing is given into is no route
        (
            "Tumour thrombus extended into the vein in 10 patients.",
            "Intravenous contrast was given to 10 patients with renal tumours.",
        ),
        ("Lactate rose in the muscle.", "Lactate rose after intramuscular injection."),
        # a species the record never names is not backed by its "fish"
        ("Salmon exposed to the drug grew faster.", "Fish exposed to the drug grew faster."),
        # the cell nucleus is not nuclear magnetic resonance
        (
            "The protein moved into the nucleus after stress.",
            "The protein was detected by nuclear magnetic resonance after stress.",
        ),
        # "'20s" in current writing is the 2020s
        ("Smoking rates fell in the early '20s.", "Smoking rates fell in the early 1920s."),
        # impeding a response is no "challenge" to it
        (
            "The adjuvant impeded antibody responses in mice.",
            "Mice were given an antigen challenge to measure antibody responses.",
        ),
    ],
)
def test_review_counterexamples_are_not_supported(claim: str, abstract: str) -> None:
    assert verify(claim, _record(abstract)).verdict is not Verdict.SUPPORTED

