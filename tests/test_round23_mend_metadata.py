"""Round 23 review mend (metadata): a study arm is never the authors, named funders are each
checked as whole words, a subgroup's count is no sample size, and a registry is no journal."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from claimcheck.pubmed.model import (
    AbstractSection,
    Author,
    Grant,
    Journal,
    PartialDate,
    PubMedRecord,
)
from claimcheck.pubmed.parser import parse_records
from claimcheck.report.model import FindingKind, Verdict
from claimcheck.verification.assertions import extract_assertions
from claimcheck.verification.engine import verify

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"

CAFFEINE = (
    "We enrolled twenty-four healthy women in a randomized crossover study. "
    "Caffeine improved reaction time compared with placebo (P = 0.01)."
)
STROKE = (
    "We randomized 1200 patients with atrial fibrillation to apixaban or warfarin. "
    "Apixaban reduced stroke compared with warfarin (HR 0.79). "
    "The largest benefit was in 480 patients aged over 65 years."
)
REGISTRY = (
    "We analysed 12,000 patients with ischaemic stroke from a national registry. "
    "Thrombolysis within 3 hours reduced disability compared with later treatment (OR 0.7)."
)


def record(abstract: str, grants: tuple[str, ...] = ()) -> PubMedRecord:
    return PubMedRecord(
        pmid="1",
        title="A study",
        abstract=[AbstractSection(text=abstract)],
        journal=Journal(
            title="Journal of Applied Physiology",
            iso_abbreviation="J Appl Physiol",
            medline_ta="J Appl Physiol",
        ),
        pub_date=PartialDate(year=2018),
        authors=[
            Author(last_name=f"A{i}", affiliations=["University of Oslo, Oslo, Norway"])
            for i in range(3)
        ],
        grants=[Grant(agency=g, country="United States") for g in grants],
    )


@cache
def ketamine() -> PubMedRecord:
    return parse_records((FIXTURES / "10686270.xml").read_bytes())[0]


def of_kind(claim: str, rec: PubMedRecord, kind: FindingKind) -> list[Verdict]:
    return [f.verdict for f in verify(claim, rec).findings if f.kind is kind]


# --- 1. a study arm named "The <X> group" is not who wrote the work ---------------------------


@pytest.mark.parametrize(
    "claim",
    [
        "The ECT group showed significant improvement in depressive symptoms within 72 hours "
        "compared with the placebo group.",
        "The CBT group showed significant improvement in depressive symptoms.",
        "The Esketamine group improved within 72 hours.",
        "The Lithium group reported fewer depressive symptoms within 72 hours.",
    ],
)
def test_an_arm_group_is_never_read_as_the_authors(claim: str) -> None:
    assert verify(claim, ketamine()).verdict is not Verdict.SUPPORTED


@pytest.mark.parametrize(
    ("claim", "arm"),
    [
        ("The ECT group showed significant improvement.", "ect"),
        ("The Sertraline group fared worse than the placebo group.", "sertraline"),
    ],
)
def test_an_arm_groups_name_stays_a_finding_word(claim: str, arm: str) -> None:
    assert arm in {t.text.lower() for t in extract_assertions(claim).key_terms}


@pytest.mark.parametrize(
    ("claim", "place"),
    [
        ("The New Haven group reported that ketamine improved depressive symptoms.", "haven"),
        ("The Boston-led group found that ketamine improved mood.", "boston"),
        ("The Italian team found that ketamine improved mood.", "italian"),
    ],
)
def test_a_place_before_group_or_team_is_still_the_authors(claim: str, place: str) -> None:
    words = {t.text.lower() for t in extract_assertions(claim).key_terms}
    assert not any(place in w for w in words)


# --- 2. named funders: no sentence-opening word, whole words, every funder found ---------------


@pytest.mark.parametrize(
    "claim",
    [
        "A Wellcome Trust-funded crossover trial found caffeine improved reaction time compared "
        "with placebo.",
        "A Heart Foundation-funded crossover trial found caffeine improved reaction time "
        "compared with placebo.",
        "An Acme Pharma-funded crossover trial found caffeine improved reaction time compared "
        "with placebo.",
        "In a Gates Foundation-funded crossover trial, caffeine improved reaction time compared "
        "with placebo.",
    ],
)
def test_a_funder_the_grants_do_not_name_is_a_mismatch(claim: str) -> None:
    rec = record(CAFFEINE, ("American Heart Association",))
    assert of_kind(claim, rec, FindingKind.FUNDER) == [Verdict.METADATA_MISMATCH]
    assert verify(claim, rec).verdict is not Verdict.SUPPORTED


@pytest.mark.parametrize(
    "claim",
    [
        "An American Heart Association-funded crossover trial found caffeine improved reaction "
        "time compared with placebo.",
        "In an AHA-funded crossover trial, caffeine improved reaction time compared with placebo.",
        "A crossover trial funded by the American Heart Association found caffeine improved "
        "reaction time compared with placebo.",
    ],
)
def test_the_grant_funder_named_is_supported(claim: str) -> None:
    rec = record(CAFFEINE, ("American Heart Association",))
    assert of_kind(claim, rec, FindingKind.FUNDER) == [Verdict.SUPPORTED]


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("A Pfizer and NCI-funded crossover trial found caffeine improved reaction time.",
         Verdict.METADATA_MISMATCH),
        ("An NCI and Merck-funded crossover trial found caffeine improved reaction time.",
         Verdict.METADATA_MISMATCH),
        ("An NCI and NIEHS-funded crossover trial found caffeine improved reaction time.",
         Verdict.SUPPORTED),
    ],
)  # fmt: skip
def test_every_funder_named_must_be_in_the_grants(claim: str, verdict: Verdict) -> None:
    rec = record(CAFFEINE, ("NCI NIH HHS", "NIEHS NIH HHS"))
    assert of_kind(claim, rec, FindingKind.FUNDER) == [verdict]


def test_the_funder_message_quotes_no_opening_article() -> None:
    claim = "A Pfizer-funded crossover trial found caffeine improved reaction time."
    rec = record(CAFFEINE, ("NCI NIH HHS",))
    funder = [f for f in verify(claim, rec).findings if f.kind is FindingKind.FUNDER]
    assert funder and "names Pfizer-funded" in funder[0].message


# --- 3. "funded by" ends with the funder's name; adverbs name no funder ------------------------


@pytest.mark.parametrize(
    ("claim", "phrase"),
    [
        ("A study funded by the National Institutes of Health found that Iowa and North "
         "Carolina applicators had subclinical hypothyroidism.",
         "funded by the National Institutes of Health"),
        ("The trial, funded by the Wellcome Trust and conducted in Oslo, found benefit.",
         "funded by the Wellcome Trust"),
        ("The trial was sponsored by industry and published in a minor journal.",
         "sponsored by industry"),
        ("The trial was funded by grants from the National Institute on Drug Abuse.",
         "funded by grants from the National Institute on Drug Abuse"),
    ],
)  # fmt: skip
def test_funded_by_ends_with_the_funders_name(claim: str, phrase: str) -> None:
    funded = [s.phrase.text for s in extract_assertions(claim).sponsors if s.funded]
    assert funded == [phrase]


def test_later_capitalised_words_are_not_funders() -> None:
    claim = (
        "A crossover trial funded by the National Institutes of Health found that Iowa and "
        "North Carolina women reacted faster on caffeine."
    )
    rec = record(CAFFEINE, ("NCI NIH HHS",))
    assert of_kind(claim, rec, FindingKind.FUNDER) == [Verdict.SUPPORTED]


@pytest.mark.parametrize(
    "claim",
    [
        "Publicly-funded research found caffeine improved reaction time compared with placebo.",
        "Taxpayer-funded research found caffeine improved reaction time compared with placebo.",
        "Self-funded research found caffeine improved reaction time compared with placebo.",
        "Privately-funded research found caffeine improved reaction time compared with placebo.",
    ],
)
def test_how_it_was_funded_names_no_funder(claim: str) -> None:
    rec = record(CAFFEINE, ("NCI NIH HHS",))
    assert Verdict.METADATA_MISMATCH not in of_kind(claim, rec, FindingKind.FUNDER)
    assert verify(claim, rec).verdict is Verdict.SUPPORTED


# --- 4. a count after a qualifier or a label of its own is no sample size ---------------------


@pytest.mark.parametrize(
    "claim",
    [
        "Smith 2019: apixaban reduced stroke compared with warfarin; largest benefit: 250 "
        "patients aged over 65.",
        "Smith 2019: apixaban reduced stroke compared with warfarin; 250 patients aged over 65.",
        "Smith 2019: apixaban reduced stroke compared with warfarin; best response: 300 patients.",
    ],
)
def test_a_subgroup_count_is_not_the_sample_size(claim: str) -> None:
    rec = record(STROKE)
    assert of_kind(claim, rec, FindingKind.SAMPLE_SIZE) == []
    assert verify(claim, rec).verdict is not Verdict.SUPPORTED


def test_a_bare_closing_count_is_still_the_sample_size() -> None:
    claim = "Smith 2019: apixaban reduced stroke compared with warfarin; 250 patients."
    rec = record(STROKE)
    assert of_kind(claim, rec, FindingKind.SAMPLE_SIZE) == [Verdict.METADATA_MISMATCH]


# --- 5. a registry, cohort or survey cited is no journal; its year is read once ----------------


@pytest.mark.parametrize(
    "claim",
    [
        "Thrombolysis reduced disability compared with later treatment (National Stroke "
        "Registry, 2018).",
        "Thrombolysis reduced disability compared with later treatment (Danish Stroke Registry, "
        "2015).",
        "Thrombolysis reduced disability compared with later treatment: Danish Stroke Registry, "
        "2010.",
        "Thrombolysis reduced disability compared with later treatment (UK Biobank, 2018).",
        "Thrombolysis reduced disability compared with later treatment (National Health Survey, "
        "2018).",
        "Danish Stroke Registry, 2010: thrombolysis reduced disability.",
    ],
)
def test_a_registry_is_not_a_journal(claim: str) -> None:
    assert extract_assertions(claim).journals == ()
    assert of_kind(claim, record(REGISTRY), FindingKind.JOURNAL) == []


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("Thrombolysis reduced disability compared with later treatment: Danish Stroke "
         "Registry, 2010.", Verdict.METADATA_MISMATCH),
        ("Thrombolysis reduced disability compared with later treatment (Danish Stroke "
         "Registry, 2018).", Verdict.SUPPORTED),
    ],
)  # fmt: skip
def test_a_registry_citations_year_is_one_finding(claim: str, verdict: Verdict) -> None:
    assert of_kind(claim, record(REGISTRY), FindingKind.YEAR) == [verdict]
