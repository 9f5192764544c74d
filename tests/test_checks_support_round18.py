"""Round 18 (support): an agent credited with another's effect by a pair, and claimed absences."""

from __future__ import annotations

import pytest

from claimcheck.pubmed.model import AbstractSection, PubMedRecord
from claimcheck.report.model import Finding, Verdict
from claimcheck.verification.engine import verify


def _record(title: str, abstract: str) -> PubMedRecord:
    return PubMedRecord(pmid="1", title=title, abstract=[AbstractSection(text=abstract)])


def _support(findings: list[Finding]) -> Finding:
    return next(f for f in findings if f.kind.value == "support")


_STATIN_REVIEW = _record(
    "Pleiotropic actions of statins in the vascular wall",
    "Atorvastatin lowers low-density lipoprotein cholesterol and reduces vascular "
    "inflammation without raising liver enzymes in most patients. "
    "Myopathy limits the use of high-dose atorvastatin in older adults. "
    "We review lipid-independent pathways and the hydroxylated metabolite 2-OH-atorvastatin "
    "that are discussed as candidate mediators.",
)

_KNOCKOUT = _record(
    "Sevoflurane sensitivity in TREK1 knockout mice",
    "TREK1 knockout mice needed higher sevoflurane concentrations to lose the righting reflex "
    "than wild-type littermates.",
)


@pytest.mark.parametrize(
    "claim",
    [
        # the metabolite is only "discussed"; the effect belongs to atorvastatin's sentence
        "The metabolite 2-OH-atorvastatin reduces vascular inflammation without raising liver "
        "enzymes.",
    ],
)
def test_pair_never_lends_another_agents_effect(claim: str) -> None:
    assert _support(verify(claim, _STATIN_REVIEW).findings).verdict is not Verdict.SUPPORTED


@pytest.mark.parametrize(
    "claim",
    [
        # the record names myopathy as a limit, never its absence
        "Atorvastatin lowers LDL cholesterol and reduces vascular inflammation free of myopathy.",
        "Atorvastatin lowers LDL cholesterol and reduces vascular inflammation with no myopathy.",
        "Atorvastatin lowers LDL cholesterol and reduces vascular inflammation without causing "
        "myopathy.",
    ],
)
def test_claimed_absence_needs_a_sentence_saying_it(claim: str) -> None:
    finding = _support(verify(claim, _STATIN_REVIEW).findings)
    assert finding.verdict is Verdict.NOT_IN_SOURCE
    assert "myopathy" in finding.message


def test_absence_the_record_states_is_supported() -> None:
    claim = "Atorvastatin reduces vascular inflammation without raising liver enzymes."
    assert _support(verify(claim, _STATIN_REVIEW).findings).verdict is Verdict.SUPPORTED


def test_who_was_studied_without_a_gene_is_no_claimed_absence() -> None:
    claim = "Mice bred without TREK1 needed more sevoflurane to lose their righting reflex."
    assert _support(verify(claim, _KNOCKOUT).findings).verdict is Verdict.SUPPORTED
