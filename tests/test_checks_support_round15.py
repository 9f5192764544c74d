"""Round 15 (support): a claim's subject must be named, and a ranking needs evidence that ranks."""

from __future__ import annotations

from claimcheck.pubmed.model import AbstractSection, PubMedRecord
from claimcheck.report.model import Finding, Verdict
from claimcheck.verification.engine import verify


def _record(title: str, abstract: str) -> PubMedRecord:
    return PubMedRecord(pmid="1", title=title, abstract=[AbstractSection(text=abstract)])


_SAFETY = _record(
    "Safety of topiramate for migraine prophylaxis in adolescents",
    "We reviewed 40 trials of topiramate in adolescents with migraine. "
    "Gastrointestinal, cognitive, dermatological and other adverse events were reported more "
    "often with topiramate than with placebo. "
    "Weight loss was the most common adverse event leading to withdrawal. "
    "Long-term safety data remain scarce.",
)


def _support(finding_holder: list[Finding]) -> Finding:
    return next(f for f in finding_holder if f.kind.value == "support")


def test_ranking_against_evidence_that_only_names_the_class_is_not_supported() -> None:
    result = verify(
        "Cognitive adverse events were the most often reported with topiramate in adolescents.",
        _SAFETY,
    )
    assert result.verdict is Verdict.NOT_IN_SOURCE
    assert "ranks" in _support(result.findings).message


def test_ranking_backed_by_a_record_superlative_stays_supported() -> None:
    result = verify(
        "Weight loss was the most common adverse event leading to withdrawal from topiramate.",
        _SAFETY,
    )
    assert result.verdict is Verdict.SUPPORTED


def test_topped_and_ranked_first_are_rankings_too() -> None:
    for claim in (
        "Cognitive adverse events topped the list of events reported with topiramate.",
        "Cognitive adverse events ranked first among the events reported with topiramate.",
    ):
        result = verify(claim, _SAFETY)
        assert result.verdict is not Verdict.SUPPORTED, claim


def test_the_same_claim_without_a_ranking_stays_supported() -> None:
    result = verify(
        "Cognitive adverse events were reported more often with topiramate than with placebo "
        "in adolescents with migraine.",
        _SAFETY,
    )
    assert result.verdict is Verdict.SUPPORTED


def test_a_subject_the_record_never_names_is_not_supported() -> None:
    result = verify(
        "Paresthesia was among the gastrointestinal, cognitive and dermatological adverse "
        "events reported more often with topiramate than with placebo in adolescents with "
        "migraine.",
        _SAFETY,
    )
    assert result.verdict is Verdict.NOT_IN_SOURCE
    assert "evidence does not name paresthesia" in _support(result.findings).message


def test_an_unnamed_subject_after_an_opening_phrase_or_in_a_list_is_caught() -> None:
    for claim in (
        "In adolescents with migraine, paresthesia was one of the gastrointestinal, cognitive "
        "and dermatological adverse events reported more often with topiramate than with "
        "placebo.",
        "Paresthesia and other cognitive adverse events were reported more often with "
        "topiramate than with placebo.",
    ):
        result = verify(claim, _SAFETY)
        assert result.verdict is Verdict.NOT_IN_SOURCE, claim
        assert "paresthesia" in _support(result.findings).message, claim


def test_a_named_subject_with_a_lay_frame_stays_supported() -> None:
    result = verify(
        "Dermatological adverse events were reported more often with topiramate than with "
        "placebo in adolescents with migraine.",
        _SAFETY,
    )
    assert result.verdict is Verdict.SUPPORTED
