"""Round 14 (support): the slack under the coverage bars holds wording, never a detail."""

from __future__ import annotations

from claimcheck.pubmed.model import AbstractSection, PubMedRecord
from claimcheck.report.model import Verdict
from claimcheck.verification.engine import verify


def _record(title: str, abstract: str) -> PubMedRecord:
    return PubMedRecord(pmid="1", title=title, abstract=[AbstractSection(text=abstract)])


_ANXIETY = _record(
    "Lithium in adults with panic disorder and obsessive-compulsive disorder",
    "We treated 30 adults with panic disorder and obsessive-compulsive disorder with lithium. "
    "Marked improvements in symptom ratings occurred within two weeks of lithium dosing. "
    "Lithium was safe and well tolerated. "
    "Tremor was the most common adverse event.",
)


def _support(result) -> str:
    return next(f.message for f in result.findings if f.kind.value == "support")


def test_comparison_between_groups_the_record_never_makes_is_not_supported() -> None:
    result = verify(
        "Adults with panic disorder improved more than those with obsessive-compulsive disorder.",
        _ANXIETY,
    )
    assert result.verdict is Verdict.NOT_IN_SOURCE
    assert "comparison" in _support(result)


def test_the_same_claim_without_a_comparison_stays_supported() -> None:
    result = verify(
        "Symptom ratings of adults with panic disorder improved markedly within two weeks of "
        "lithium.",
        _ANXIETY,
    )
    assert result.verdict is Verdict.SUPPORTED


def test_comparison_the_record_does_make_is_supported() -> None:
    record = _record(
        "Lithium in adults with panic disorder and obsessive-compulsive disorder",
        "We treated 30 adults with panic disorder or obsessive-compulsive disorder with lithium. "
        "Adults with panic disorder improved more than those with obsessive-compulsive disorder. "
        "Tremor was the most common adverse event.",
    )
    result = verify(
        "Adults with panic disorder improved more than those with obsessive-compulsive disorder.",
        record,
    )
    assert result.verdict is Verdict.SUPPORTED


def test_outcome_said_only_as_effects_of_another_measure_is_not_supported() -> None:
    record = _record(
        "TREK1 channels mediate sedative actions of fluoxetine",
        "Fluoxetine inhibited TREK1 channels in cortical neurons. "
        "Locomotor sensitivity to two other drugs in TREK1 knock-out rats matched effects on "
        "TREK1 channels; sertraline sensitivity disappeared in TREK1 knock-out rats. "
        "These data suggest TREK1 channels as a target for fluoxetine.",
    )
    result = verify(
        "Knock out TREK1 and the mood-lifting action of fluoxetine in rats disappeared too.", record
    )
    assert result.verdict is Verdict.NOT_IN_SOURCE
    assert "effects in general" in _support(result)


def test_technical_compound_the_evidence_lacks_is_not_supported() -> None:
    record = _record(
        "Sodium MRI of cartilage by triple-quantum filtering",
        "The sensitivity of sodium MRI of cartilage can be greatly improved by detecting the "
        "filtered sodium nuclei via triple-quantum coherence. "
        "Filtered images of sodium in cartilage were obtained in six volunteers.",
    )
    lacking = verify(
        "Detecting filtered sodium improved the contrast-to-noise ratio of cartilage MRI.", record
    )
    assert lacking.verdict is not Verdict.SUPPORTED
    assert lacking.verdict is Verdict.NOT_IN_SOURCE
    assert "does not name contrast, noise, ratio" in _support(lacking)
