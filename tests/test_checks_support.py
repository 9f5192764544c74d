"""Qualitative support: coverage of the claim's words by one or two sentences, with polarity."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from claimcheck.pubmed.model import AbstractSection, PubMedRecord
from claimcheck.pubmed.parser import parse_records
from claimcheck.report.model import Finding, Verdict
from claimcheck.verification.assertions import extract_assertions
from claimcheck.verification.checks.support import check_support
from claimcheck.verification.index import build_index

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
S, C, N = Verdict.SUPPORTED, Verdict.CONTRADICTED, Verdict.NOT_IN_SOURCE


@cache
def record(pmid: str) -> PubMedRecord:
    return parse_records((FIXTURES / f"{pmid}.xml").read_bytes())[0]


def support(claim: str, rec: PubMedRecord) -> list[Finding]:
    return check_support(extract_assertions(claim), rec, build_index(rec))


@pytest.mark.parametrize(
    ("pmid", "claim"),
    [
        # synonyms: dysfunction ~ dysregulated
        ("17430148", "previous research has shown NMDA dysfunction to be associated with "
                     "depression"),
        # synonyms: sedative ~ hypnotic; an abbreviation the claim defines itself
        ("19158287", "ketamine inhibits HCN1 channels, which may have sedative effects"),
        ("19158287", "ketamine inhibits hyperpolarization-activated cyclic nucleotide gated "
                     "cationic (HCN1) channels"),
        # lacking ~ uncertain; "long-term" kept whole
        ("31082965", "there was lacking long-term data on ketamine for chronic pain"),
        # short-term ~ a result "up to 2 weeks" after the infusion; IV ~ intravenous infusion
        ("31082965", "the drug can provide significant short-term pain relief when applied in "
                     "an IV"),
        # two sentences together (OBJECTIVE + METHODS), abbreviation SAD defined in the abstract
        ("29561204", "Patients with treatment resistant anxiety or social anxiety disorder (SAD) "
                     "were administered weekly injections of ketamine for 3 months"),
    ],
)  # fmt: skip
def test_paraphrases_are_supported(pmid: str, claim: str) -> None:
    (finding,) = support(claim, record(pmid))
    assert finding.verdict is S, finding.message
    rec = record(pmid)
    assert finding.evidence is not None and finding.evidence.matched_terms
    if finding.evidence.span is not None:
        span = finding.evidence.span
        assert rec.abstract_text[span.start : span.end] == finding.evidence.sentence


@pytest.mark.parametrize(
    ("pmid", "claim"),
    [
        ("29532791", "ketamine metabolites can activate mTOR which has effects on prefrontal "
                     "cortex functioning"),
        ("28757132", "Heart rate and blood pressure can increase with ketamine use"),
        ("30922101", "Ketamine reduces the risk of heart attack in elderly patients"),
        ("30922101", "Ketamine was approved by the FDA in 1970 as an anesthetic"),
        ("10686270", "Ketamine caused lasting memory impairment in depressed patients"),
    ],
)  # fmt: skip
def test_overlap_without_coverage_is_not_support(pmid: str, claim: str) -> None:
    (finding,) = support(claim, record(pmid))
    assert finding.verdict is N
    assert "closest sentence" in finding.message or "does not mention" in finding.message


def test_the_subject_must_be_in_the_evidence() -> None:
    # Only the propofol/etomidate sentence holds all of "inhibited HCN1 channels"; the record's
    # subject is ketamine, which a claim about etomidate does not share.
    (finding,) = support("Etomidate strongly inhibited HCN1 channels", record("19158287"))
    assert finding.verdict is not S


def test_a_negated_sentence_contradicts_a_plain_claim() -> None:
    rec = PubMedRecord(
        pmid="1",
        title="Trial of drug X",
        abstract=[AbstractSection(text="Drug X did not reduce migraine frequency in adults.")],
    )
    (finding,) = support("Drug X reduced migraine frequency in adults", rec)
    assert finding.verdict is C
    (denied,) = support("Drug X did not reduce migraine frequency in adults", rec)
    assert denied.verdict is S


def test_a_claim_denying_what_the_record_says_is_contradicted() -> None:
    (finding,) = support(
        "Repeated ketamine infusions had no cumulative antidepressant effects", record("30922101")
    )
    assert finding.verdict is C


def test_a_noun_phrase_with_no_is_not_a_negation() -> None:
    rec = PubMedRecord(
        pmid="1",
        title="Exposure study",
        abstract=[
            AbstractSection(text="High exposure (vs no exposure) was associated with disease.")
        ],
    )
    (finding,) = support("High exposure was associated with disease", rec)
    assert finding.verdict is S


def test_quoted_words_must_appear_verbatim() -> None:
    found = support("“marked improvements in functionality and in their personal lives.”",
                    record("29561204"))  # fmt: skip
    assert found[0].verdict is S and found[0].message.startswith("the quoted words appear")
    missing = support('documented that "acute psychiatric" side effects were described',
                      record("28757132"))  # fmt: skip
    assert missing[0].verdict is N


def test_a_claim_of_metadata_only_needs_no_qualitative_support() -> None:
    assert support("The study was published in 2019", record("30922101")) == []


@pytest.mark.parametrize(
    ("pmid", "claim", "opposite"),
    [
        # Orhurhu 2019: "All studies except one were at high risk of bias."
        ("31082965", "Most included studies had a low risk of bias", "high"),
        # Glue 2020: "Ketamine was safe and well tolerated."
        ("31526207", "Ketamine was poorly tolerated", "well"),
    ],
)
def test_an_opposite_word_in_the_matching_sentence_contradicts(
    pmid: str, claim: str, opposite: str
) -> None:
    (finding,) = support(claim, record(pmid))
    assert finding.verdict is C
    assert f"'{opposite}'" in finding.message
    assert finding.evidence is not None and opposite in finding.evidence.matched_terms


def test_words_from_two_sentences_cannot_assemble_an_opposite_claim() -> None:
    # "low" appears only in "the lowest recorded pain score": no pair may back "low risk".
    (finding,) = support("Most included studies had a low risk of bias", record("31082965"))
    assert finding.verdict is not S
