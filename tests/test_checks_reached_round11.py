"""Round 11: contradictions the engine reached only when the claim used the record's words.

An extent adjective on the same thing in other words ("a narrower spread of wavelengths" against
"the broader wavelength range"), a comparative whose owner is the record's ("a narrower window
of X than Y" against "the wider window of X"), the same change stated by two sentences for two
exposures (the claim's own exposure decides) and a hormone written as a one-word short form
("cortisol (C1)") are judged; true claims in other words stay SUPPORTED.
"""

from __future__ import annotations

import claimcheck
from claimcheck.pubmed.model import AbstractSection, PubMedRecord
from claimcheck.report.model import FindingKind, Verdict
from claimcheck.verification.index import build_index

OPTICS = PubMedRecord(
    pmid="11",
    title="Fluorescence imaging with a tunable laser",
    abstract=[
        AbstractSection(
            label=None,
            text=(
                "Tissue contrast was improved by exploiting the broader emission range of "
                "indocyanine green in the near-infrared. "
                "A fast camera recorded images at 200 frames per second."
            ),
        )
    ],
)

EXPOSURES = PubMedRecord(
    pmid="12",
    title="Solvent exposure and liver enzymes in painters",
    abstract=[
        AbstractSection(
            label=None,
            text=(
                "Liver enzymes were measured in 412 house painters. "
                "Higher cumulative exposure to toluene was associated with raised ALT "
                "(ptrend=0.02) and lower albumin (ptrend=0.03). "
                "The solvent xylene was inversely associated with ALT (ptrend=0.04) and "
                "positively associated with albumin (ptrend=0.01)."
            ),
        )
    ],
)

HORMONE = PubMedRecord(
    pmid="13",
    title="Night shifts and hormone profiles in nurses",
    abstract=[
        AbstractSection(
            label=None,
            text=(
                "Melatonin (M6) and growth hormone were measured in 230 nurses. "
                "Rotating night shifts were associated with lower M6 (ptrend=0.01)."
            ),
        )
    ],
)


def verdict(claim: str, record: PubMedRecord) -> Verdict:
    return claimcheck.verify(claim, record).verdict


def direction_verdicts(claim: str, record: PubMedRecord) -> list[Verdict]:
    result = claimcheck.verify(claim, record)
    return [f.verdict for f in result.findings if f.kind is FindingKind.DIRECTION]


# --- extent adjectives on the same thing in other words ----------------------------------------


def test_a_narrow_spread_of_the_same_thing_contradicts_the_broader_range() -> None:
    claim = "Contrast gains came from the narrow spread of emission of indocyanine green."
    assert verdict(claim, OPTICS) is Verdict.CONTRADICTED


def test_a_narrower_range_of_the_records_owner_is_contradicted() -> None:
    claim = "Tissue contrast relied on the narrower emission range of indocyanine green."
    assert verdict(claim, OPTICS) is Verdict.CONTRADICTED


def test_a_narrower_range_graded_against_a_thing_the_record_never_names() -> None:
    claim = "Indocyanine green has a narrower spread of emission than fluorescein dyes."
    assert Verdict.CONTRADICTED in direction_verdicts(claim, OPTICS)


def test_the_same_extent_in_other_words_is_no_contradiction() -> None:
    claim = "Contrast improved thanks to the wide spread of emission of indocyanine green."
    assert verdict(claim, OPTICS) is not Verdict.CONTRADICTED


def test_a_comparative_said_from_the_other_side_is_no_contradiction() -> None:
    # The record's "broader range of indocyanine green" is this claim's other side.
    claim = "Other dyes show a narrower emission range than indocyanine green."
    assert verdict(claim, OPTICS) is not Verdict.CONTRADICTED


def test_an_unrelated_narrow_thing_is_no_contradiction() -> None:
    claim = "The camera used a narrow shutter and recorded 200 frames per second."
    assert Verdict.CONTRADICTED not in direction_verdicts(claim, OPTICS)


# --- one thing changed both ways in the record, for two exposures ------------------------------


def test_the_claims_own_exposure_decides_between_two_opposite_changes() -> None:
    claim = (
        "Higher exposure to toluene was associated with raised ALT, higher albumin and more "
        "sick days among the 412 painters."
    )
    assert Verdict.CONTRADICTED in direction_verdicts(claim, EXPOSURES)


def test_the_other_exposure_keeps_its_own_direction() -> None:
    claim = "Among the painters, xylene went with lower ALT and higher albumin."
    assert Verdict.CONTRADICTED not in direction_verdicts(claim, EXPOSURES)


def test_the_claims_exposure_with_the_records_direction_is_supported() -> None:
    claim = (
        "Higher cumulative exposure to toluene was associated with raised ALT and lower albumin."
    )
    assert verdict(claim, EXPOSURES) is Verdict.SUPPORTED


# --- a hormone named by a one-word short form -------------------------------------------------


def test_a_one_word_long_form_defines_its_letter_and_digit_short_form() -> None:
    index = build_index(HORMONE)
    assert index.abbreviations.get("m6") == "melatonin"


def test_the_long_form_meets_the_short_form_in_a_change() -> None:
    assert Verdict.CONTRADICTED in direction_verdicts(
        "Rotating night shifts were associated with higher melatonin.", HORMONE
    )
    assert verdict("Rotating night shifts were associated with lower melatonin.", HORMONE) is (
        Verdict.SUPPORTED
    )


def test_a_short_form_with_another_first_letter_or_a_plural_is_no_definition() -> None:
    text = "Patients with advanced tumours (T4) died; serum ferritin (S2) rose."
    record = PubMedRecord(
        pmid="14", title="Stages", abstract=[AbstractSection(label=None, text=text)]
    )
    abbreviations = build_index(record).abbreviations
    assert "t4" not in abbreviations
    assert "s2" not in abbreviations
