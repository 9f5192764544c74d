"""Round 10: long feature-style claims are judged a statement at a time.

Openers, colons, ", with ..." and ", which ..." clauses are statements of their own; a gloss
that explains what a method is, an abbreviation the claim defines and everyday framing ("turned
out to") need not be in the record. Every statement must still be backed.
"""

from __future__ import annotations

import pytest

import claimcheck
from claimcheck.pubmed.model import AbstractSection, PubMedRecord
from claimcheck.report.model import FindingKind, Verdict
from claimcheck.verification.assertions import extract_assertions
from claimcheck.verification.checks import support
from claimcheck.verification.index import build_index

RECORD = PubMedRecord(
    pmid="1",
    title="Cerebral oxygenation during apnoea in preterm infants",
    abstract=[
        AbstractSection(
            label="RESULTS",
            text=(
                "Cerebral oxygenation was monitored with near-infrared spectroscopy in 40 "
                "preterm infants nursed at a 30 degree head-up tilt. "
                "Regional cerebral oxygen saturation fell during apnoea in most infants. "
                "Caffeine citrate shortened the duration of desaturation episodes. "
                "Infants of the Neonatal Research Network with bradycardia had lower "
                "cerebral saturation than infants without bradycardia. "
                "Parents of 18 of the 20 families reported improved feeding after discharge. "
                "We identified 150 reports, 30 of which met the inclusion criteria."
            ),
        )
    ],
)


def support_verdict(claim: str) -> Verdict:
    result = claimcheck.verify(claim, RECORD)
    (finding,) = [f for f in result.findings if f.kind is FindingKind.SUPPORT]
    return finding.verdict


WOVEN = (
    "Watched with near-infrared spectroscopy, a method that shines light through the skull, "
    "regional cerebral oxygen saturation of the preterm infants fell during apnoea, "
    "with caffeine citrate {effect} the duration of desaturation episodes."
)


def test_a_woven_claim_is_backed_statement_by_statement() -> None:
    assert support_verdict(WOVEN.format(effect="shortening")) is Verdict.SUPPORTED


def test_a_woven_claim_with_one_unreported_statement_is_not_backed() -> None:
    claim = (
        "Watched with near-infrared spectroscopy, regional cerebral oxygen saturation of the "
        "preterm infants fell during apnoea, with caffeine citrate abolishing seizures in "
        "every infant."
    )
    assert support_verdict(claim) is Verdict.NOT_IN_SOURCE


def test_a_woven_claim_with_one_reversed_statement_is_never_backed() -> None:
    assert support_verdict(WOVEN.format(effect="lengthening")) is not Verdict.SUPPORTED


def test_a_gloss_on_a_drug_is_a_claim_the_record_must_back() -> None:
    claim = (
        "Caffeine citrate, a drug that blocks adenosine receptors in the brainstem, shortened "
        "the duration of desaturation episodes."
    )
    assert support_verdict(claim) is Verdict.NOT_IN_SOURCE


def test_a_gloss_on_a_method_the_record_never_names_is_not_dropped() -> None:
    claim = (
        "Cerebral oxygenation was tracked by pulse oximetry, a technique that shines light "
        "through the skin, in 40 preterm infants."
    )
    assert support_verdict(claim) is Verdict.NOT_IN_SOURCE


def key_words(claim: str, *, glosses: bool = False) -> set[str]:
    """The claim words qualitative support demands of the record."""
    assertions = extract_assertions(claim)
    terms = support._unattributed(claim, assertions.key_terms)
    if glosses:
        terms = support._unglossed(claim, terms, build_index(RECORD))
    return {t.text.lower() for t in terms}


@pytest.mark.parametrize(
    ("abbreviation", "dropped"),
    [("(NRN)", True), ("(NRNs)", True), ("(PQX)", False), ("(NR)", False)],
)
def test_an_abbreviation_the_claim_defines_need_not_be_in_the_record(
    abbreviation: str, dropped: bool
) -> None:
    claim = (
        f"In the Neonatal Research Network {abbreviation}, infants with bradycardia had lower "
        "cerebral saturation than infants without bradycardia."
    )
    label = abbreviation.strip("()").lower()
    assert (label not in key_words(claim, glosses=True)) is dropped
    assert "bradycardia" in key_words(claim, glosses=True)


@pytest.mark.parametrize(
    ("claim", "framing", "content"),
    [
        ("Regional saturation turned out to fall during apnoea.", "turned", "apnoea"),
        ("Curiously, regional saturation fell during apnoea.", "curiously", "apnoea"),
        ("Caffeine, the authors explain, shortened the episodes.", "explain", "caffeine"),
        ("Caffeine shortened episodes, which the authors say helps.", "say", "episodes"),
        ("Caffeine proved to be safe in infants.", "proved", "safe"),
    ],
)
def test_everyday_framing_is_not_demanded_of_the_record(
    claim: str, framing: str, content: str
) -> None:
    words = key_words(claim)
    assert framing not in words
    assert content in words


def test_framing_does_not_excuse_a_missing_statement() -> None:
    claim = "Caffeine citrate turned out to prevent apnoea altogether, the authors explain."
    assert support_verdict(claim) is Verdict.NOT_IN_SOURCE


def test_a_method_gloss_is_dropped_only_after_a_method_the_record_names() -> None:
    named = (
        "Oxygenation was followed by near-infrared spectroscopy, a technique that shines light "
        "through tissue, in preterm infants."
    )
    unnamed = named.replace("near-infrared spectroscopy", "pulse oximetry")
    assert "shines" not in key_words(named, glosses=True)
    assert "shines" in key_words(unnamed, glosses=True)


def test_what_participants_said_is_what_they_reported() -> None:
    result = claimcheck.verify("After discharge, most parents said feeding improved.", RECORD)
    (finding,) = [f for f in result.findings if f.kind is FindingKind.SUPPORT]
    assert finding.verdict is Verdict.SUPPORTED
    assert finding.evidence is not None
    marked = {word.lower() for word in finding.evidence.matched_terms}
    assert "reported" in marked


def test_eligible_for_the_review_is_meeting_its_criteria() -> None:
    claim = "Of 150 reports identified, 30 were eligible for the review."
    assert support_verdict(claim) is Verdict.SUPPORTED
