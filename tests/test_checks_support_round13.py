"""Round 13, support: uniqueness against one-of-several, an exclusion that is about another
result, denials said in other words, and an association offered for a cause."""

from __future__ import annotations

import pytest
from synthetic_records import made_up_record

from claimcheck.pubmed.model import PubMedRecord
from claimcheck.report.model import Verdict
from claimcheck.verification.assertions import extract_assertions
from claimcheck.verification.checks.common import retrieve
from claimcheck.verification.checks.support import (
    EXCLUSION_REST_COVERAGE,
    _excluded_terms,
    _rest_said,
    check_support,
)
from claimcheck.verification.index import build_index

S, C, N = Verdict.SUPPORTED, Verdict.CONTRADICTED, Verdict.NOT_IN_SOURCE

STATINS = made_up_record(
    "Here we examine atorvastatin, one of several statins used to lower cholesterol, in 400 "
    "adults with diabetes.",
    "Atorvastatin lowered LDL cholesterol by 38% over 12 months.",
    title="Atorvastatin in adults with diabetes",
)
ONLY_APPROVED = made_up_record(
    "Esketamine is the only approved nasal spray for treatment-resistant depression in adults.",
    "We reviewed its safety in 1200 patients treated over two years.",
    title="Safety of esketamine nasal spray",
)
SHIFT_WORK = made_up_record(
    "Night-shift work was associated with a higher risk of breast cancer in 80,000 nurses "
    "followed for 20 years.",
    "The association remained unchanged after adjustment for age, parity and body mass index.",
    title="Night-shift work and breast cancer in nurses",
)
CORTEX = made_up_record(
    "In hippocampal slices from wild-type, but not GPR55 knockout rats, cannabidiol induced "
    "a lasting depolarization and enhanced synaptic firing.",
    "The potency of cannabidiol to suppress seizures was strongly reduced in GPR55 knockout rats.",
    title="GPR55 and cannabidiol seizure suppression",
)
ANXIETY = made_up_record(
    "This was an open-label study in 20 adults with panic disorder who were not currently "
    "depressed.",
    "Ascending doses of psilocybin were given at monthly intervals.",
    title="Psilocybin in panic disorder",
)
PATHWAYS = made_up_record(
    "Pathways that do not involve direct activation of the opioid receptor, including a role "
    "for serotonin release, are also discussed.",
    title="Non-opioid mechanisms of tramadol",
)


def verdict(claim: str, record: PubMedRecord) -> Verdict:
    findings = check_support(extract_assertions(claim), record, build_index(record))
    return findings[-1].verdict


@pytest.mark.parametrize(
    ("claim", "record"),
    [
        # the record: one of several; the claim: the only one
        ("The authors call atorvastatin the sole statin used to lower cholesterol.", STATINS),
        ("Atorvastatin, the sole statin used to lower cholesterol, was tested in 400 adults "
         "with diabetes.", STATINS),
        # the record: the only one; the claim: one of several
        ("Esketamine is one of several approved nasal sprays for treatment-resistant depression "
         "in adults.", ONLY_APPROVED),
        ("Esketamine is among the many approved nasal sprays for treatment-resistant "
         "depression.", ONLY_APPROVED),
    ],
)  # fmt: skip
def test_uniqueness_against_one_of_several_is_contradicted(
    claim: str, record: PubMedRecord
) -> None:
    assert verdict(claim, record) is C


@pytest.mark.parametrize(
    "claim",
    [
        "Atorvastatin is the only statin used to lower cholesterol, the authors note.",
        "Atorvastatin, the one and only statin used to lower cholesterol, was tested in 400 "
        "adults with diabetes.",
    ],
)
def test_only_against_one_of_several_is_never_supported(claim: str) -> None:
    assert verdict(claim, STATINS) is not S


@pytest.mark.parametrize(
    ("claim", "record"),
    [
        # said as the record says it
        ("Atorvastatin is one of several statins used to lower cholesterol.", STATINS),
        ("Esketamine is the only approved nasal spray for treatment-resistant depression in "
         "adults.", ONLY_APPROVED),
        # "only" restricting a number or a group, not making a kind unique
        ("Only 400 adults with diabetes took atorvastatin, one of several statins used to lower "
         "cholesterol.", STATINS),
    ],
)  # fmt: skip
def test_uniqueness_said_as_the_record_says_it_is_supported(
    claim: str, record: PubMedRecord
) -> None:
    assert verdict(claim, record) is S


def test_an_exclusion_in_a_sentence_about_another_result_does_not_contradict() -> None:
    claim = "Rats bred without GPR55 were far less protected by cannabidiol against seizures."
    assert verdict(claim, CORTEX) is not C


def test_an_exclusion_of_the_claims_own_subject_in_its_own_result_keeps_its_statement() -> None:
    claim = (
        "Cannabidiol induced a lasting depolarization and enhanced synaptic firing in hippocampal "
        "slices from GPR55 knockout rats."
    )
    index = build_index(CORTEX)
    assertions = extract_assertions(claim)
    hit = retrieve(index, assertions.key_terms, title_credit=True)[0]
    excluded = _excluded_terms(hit, frozenset())
    assert {t.text for t in excluded} >= {"GPR55", "knockout"}
    said = _rest_said(index, assertions.key_terms, hit, excluded, frozenset(), False)
    assert said >= EXCLUSION_REST_COVERAGE


@pytest.mark.parametrize(
    ("claim", "record"),
    [
        # "no current depression" is the record's "not currently depressed"
        ("The study enrolled 20 adults with panic disorder and no current depression.", ANXIETY),
        # "bypass direct activation" is the record's "do not involve direct activation"
        ("The review also weighs pathways that bypass direct opioid receptor activation, such as "
         "serotonin release.", PATHWAYS),
    ],
)  # fmt: skip
def test_a_denial_in_other_words_agrees_with_the_records_denial(
    claim: str, record: PubMedRecord
) -> None:
    assert verdict(claim, record) is S


def test_did_not_budge_agrees_with_remained_unchanged() -> None:
    claim = (
        "The link between night-shift work and breast cancer did not budge after adjustment "
        "for age, parity and body mass index."
    )
    assert verdict(claim, SHIFT_WORK) is S


def test_did_not_budge_against_a_record_where_it_changed_is_not_supported() -> None:
    record = made_up_record(
        "Night-shift work was associated with a higher risk of breast cancer in 80,000 nurses.",
        "The association was markedly attenuated after adjustment for age, parity and body mass "
        "index.",
    )
    claim = (
        "The link between night-shift work and breast cancer did not budge after adjustment "
        "for age, parity and body mass index."
    )
    assert verdict(claim, record) is not S


def test_an_association_against_a_claim_of_cause_is_not_in_source() -> None:
    claim = "Night-shift work causes breast cancer in nurses."
    assert verdict(claim, SHIFT_WORK) is N
