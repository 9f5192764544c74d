"""Round 23 (polarity and comparisons): a ranking's measure is not a thing ranked below its
first; verbal "first of all" claims; which arm's stated change was larger; a comparative of a
property judged only against what the claim compares with; and a claim that keeps one of two
things a record joins with "both A and B" (or one of two sides, "animal models only")."""

from __future__ import annotations

import pytest

from claimcheck.pubmed.model import AbstractSection, PubMedRecord
from claimcheck.report.model import Finding, FindingKind, Verdict
from claimcheck.verification.engine import verify


def _record(title: str, abstract: str) -> PubMedRecord:
    return PubMedRecord(pmid="1", title=title, abstract=[AbstractSection(text=abstract)])


def _verdicts(findings: list[Finding], kind: FindingKind) -> list[Verdict]:
    return [f.verdict for f in findings if f.kind is kind]


_RANKED = _record(
    "Markers of anaerobic capacity in rowers",
    "Fifteen rowers completed incremental tests. "
    "The ventilatory breakpoint was the best predictor of maximal steady-state power "
    "(r = 0.90), followed by OBLA4 (r = 0.81) and the Dmax threshold (r = 0.77).",
)


@pytest.mark.parametrize(
    "claim",
    [
        "A breathing-based marker predicted the highest power that rowers can hold steady better "
        "than any other threshold tested.",
        "The breathing marker forecast steady-state power better than every other threshold.",
    ],
)
def test_words_of_the_ranked_measure_do_not_name_a_thing_ranked_below(claim: str) -> None:
    findings = verify(claim, _RANKED).findings
    assert Verdict.CONTRADICTED not in _verdicts(findings, FindingKind.COMPARATOR)


@pytest.mark.parametrize(
    "claim",
    [
        "OBLA4 outperformed all the other thresholds as a predictor of maximal steady-state power.",
        "As a predictor of maximal steady-state power, OBLA4 beat every alternative.",
    ],
)
def test_a_verbal_first_of_all_against_another_ranked_first_is_contradicted(claim: str) -> None:
    assert verify(claim, _RANKED).verdict is Verdict.CONTRADICTED


_ARMS = _record(
    "Storage solutions for platelet concentrates",
    "Two additive solutions were compared: a potassium acetate buffer (solution A) and a "
    "magnesium gluconate buffer (solution B). "
    "Platelet activation rose during storage with both solutions (solution A: 10 to 45%, "
    "P < 0.01; solution B: 12 to 20%, P < 0.05).",
)


@pytest.mark.parametrize(
    "claim",
    [
        "Platelet activation during storage rose more steeply with the gluconate buffer than "
        "with the acetate one.",
        "Platelet activation in storage: a larger increase with magnesium gluconate than with "
        "potassium acetate.",
        "Platelet activation during storage: a smaller rise with the acetate buffer than with "
        "the gluconate buffer.",
    ],
)
def test_the_arm_whose_stated_change_was_smaller_cannot_have_changed_more(claim: str) -> None:
    assert Verdict.CONTRADICTED in _verdicts(verify(claim, _ARMS).findings, FindingKind.COMPARATOR)


def test_the_arm_whose_stated_change_was_larger_is_not_contradicted() -> None:
    claim = "Platelet activation during storage: a larger increase with the acetate buffer than "
    claim += "with the gluconate buffer."
    findings = verify(claim, _ARMS).findings
    assert Verdict.CONTRADICTED not in _verdicts(findings, FindingKind.COMPARATOR)


_RANGE = _record(
    "Fluorine-19 spectroscopy of drug metabolites",
    "Metabolites are hard to resolve by proton spectra alone. "
    "Selectivity improves by using the wider chemical shift range of fluorine-19 in "
    "metabolite spectra.",
)


def test_a_comparative_against_another_thing_ignores_clauses_after_it() -> None:
    claim = (
        "Fluorine-19 has a narrower chemical shift range than protons, so fluorine spectra "
        "add little selectivity to metabolite spectra."
    )
    findings = verify(claim, _RANGE).findings
    assert Verdict.CONTRADICTED in _verdicts(findings, FindingKind.DIRECTION)


def test_a_comparative_whose_other_side_the_record_grades_is_not_flipped() -> None:
    claim = "Protons have a narrower chemical shift range than fluorine-19 in metabolite spectra."
    findings = verify(claim, _RANGE).findings
    assert Verdict.CONTRADICTED not in _verdicts(findings, FindingKind.DIRECTION)


_BOTH = _record(
    "A combined imaging approach for tumour perfusion",
    "Perfusion imaging is limited by motion. "
    "Here a perfusion imaging protocol is proposed, based on both arterial spin labelling and "
    "T2-weighted contrast, which achieves robust maps in tumour tissue.",
)


@pytest.mark.parametrize(
    "claim",
    [
        "The proposed perfusion imaging protocol uses arterial spin labelling alone.",
        "The proposed perfusion imaging protocol relies on arterial spin labelling only.",
        "The proposed perfusion imaging protocol uses arterial spin labelling without "
        "T2-weighted contrast.",
        "The proposed perfusion imaging protocol uses T2-weighted contrast rather than arterial "
        "spin labelling.",
        "The proposed perfusion imaging protocol is based solely on T2-weighted contrast.",
    ],
)
def test_keeping_one_of_two_things_the_record_joins_with_both_is_contradicted(claim: str) -> None:
    assert verify(claim, _BOTH).verdict is Verdict.CONTRADICTED


@pytest.mark.parametrize(
    "claim",
    [
        "The proposed perfusion imaging protocol combines arterial spin labelling with "
        "T2-weighted contrast.",
        "Not only arterial spin labelling but also T2-weighted contrast is used in the proposed "
        "perfusion imaging protocol.",
    ],
)
def test_naming_both_things_is_not_contradicted(claim: str) -> None:
    findings = verify(claim, _BOTH).findings
    assert Verdict.CONTRADICTED not in _verdicts(findings, FindingKind.DIRECTION)


_SIDES = _record(
    "Glutamate signalling in anxiety",
    "Anxiety disorders are common. "
    "Several lines of evidence, in humans and in animal models, implicate glutamate signalling "
    "in anxiety disorders.",
)


@pytest.mark.parametrize(
    "claim",
    [
        "Evidence implicating glutamate signalling in anxiety comes from animal models only.",
        "Evidence implicating glutamate signalling in anxiety disorders rests on humans alone.",
    ],
)
def test_one_side_with_only_written_after_it_is_contradicted(claim: str) -> None:
    assert verify(claim, _SIDES).verdict is Verdict.CONTRADICTED


@pytest.mark.parametrize(
    "claim",
    [
        "Compared with arterial spin labelling alone, the proposed protocol halved scan time.",
        "The proposed perfusion imaging protocol gave sharper maps than arterial spin labelling "
        "alone.",
    ],
)
def test_one_thing_alone_as_a_baseline_is_no_restriction(claim: str) -> None:
    findings = verify(claim, _BOTH).findings
    assert Verdict.CONTRADICTED not in _verdicts(findings, FindingKind.DIRECTION)


def test_one_side_only_against_a_record_that_keeps_that_side_too_is_not_contradicted() -> None:
    record = _record(
        "Hepatic effects of a lipid drug",
        "We followed 40 adults on the drug. Liver enzymes rose in women but not in men.",
    )
    findings = verify("Liver enzymes rose in women only.", record).findings
    assert Verdict.CONTRADICTED not in _verdicts(findings, FindingKind.DIRECTION)
