"""Study design claims against publication types, MeSH, title and the abstract's own words."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from claimcheck.pubmed.model import AbstractSection, MeshHeading, PublicationType, PubMedRecord
from claimcheck.pubmed.parser import parse_records
from claimcheck.report.model import Verdict
from claimcheck.verification.assertions import extract_assertions
from claimcheck.verification.checks.design import check_design
from claimcheck.verification.index import build_index

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
S, M, N = Verdict.SUPPORTED, Verdict.METADATA_MISMATCH, Verdict.NOT_IN_SOURCE


@cache
def record(pmid: str) -> PubMedRecord:
    return parse_records((FIXTURES / f"{pmid}.xml").read_bytes())[0]


def judged(claim: str, rec: PubMedRecord) -> dict[str, Verdict]:
    findings = check_design(extract_assertions(claim), rec, build_index(rec))
    return {f.claim_says or "": f.verdict for f in findings}


def test_placebo_controlled_against_a_psychoactive_control_is_a_mismatch() -> None:
    # Glue 2020: "double-blind, psychoactive-controlled", midazolam "the control"; no placebo.
    claim = "A placebo-controlled, double-blinded clinical trial from 2020 tested ketamine"
    assert judged(claim, record("31526207")) == {
        "placebo-controlled": M,
        "double-blinded": S,
        "clinical trial": S,
    }


def test_an_active_placebo_is_a_placebo_control() -> None:
    # Phillips 2019: "midazolam (an active placebo control)".
    assert judged("A placebo-controlled trial of ketamine", record("30922101")) == {
        "placebo-controlled": S
    }


def test_a_denied_design_matches_a_record_that_denies_it() -> None:
    # Glue 2018: "an uncontrolled open-label study".
    assert judged("This study wasn't placebo-controlled", record("29561204")) == {
        "placebo-controlled": S
    }
    assert judged("This study wasn't double-blind", record("10686270")) == {"double-blind": M}


def test_meta_analysis_claim_for_a_narrative_review_is_a_mismatch() -> None:
    # Pittenger 2007: "Here we review current knowledge ..." (no search, no pooling).
    (verdict,) = judged("A meta-analysis found NMDA drugs effective", record("17430148")).values()
    assert verdict is M


def test_a_systematic_review_and_meta_analysis_is_a_review() -> None:
    claim = "A systematic review and meta-analysis found relief"
    assert set(judged(claim, record("31082965")).values()) == {S}


def test_a_trial_design_claim_for_a_review_is_a_mismatch_unless_it_pooled_such_trials() -> None:
    assert judged("A randomized trial found ketamine addictive", record("27261367")) == {
        "randomized": M
    }
    # Orhurhu 2019 pooled "Randomized Controlled Trials": a review of randomized trials.
    assert judged("Randomized evidence shows relief", record("31082965")) == {"Randomized": S}


def test_open_label_denies_double_blinding() -> None:
    assert judged("A double-blind study of weekly ketamine", record("29561204")) == {
        "double-blind": M
    }


def _record(**fields: object) -> PubMedRecord:
    base: dict[str, object] = {
        "pmid": "1",
        "title": "Outcomes of treatment",
        "abstract": [AbstractSection(text="Patients were followed for a year.")],
    }
    base.update(fields)
    return PubMedRecord.model_validate(base)


def test_publication_types_and_mesh_are_design_evidence() -> None:
    rec = _record(
        publication_types=[PublicationType(name="Randomized Controlled Trial")],
        mesh_headings=[MeshHeading(descriptor="Double-Blind Method")],
    )
    assert judged("A randomized double-blind trial", rec) == {"randomized": S, "double-blind": S}


def test_an_observational_study_is_not_a_randomized_trial() -> None:
    rec = _record(publication_types=[PublicationType(name="Observational Study")])
    assert judged("A randomized trial found benefits", rec) == {"randomized": M}
    cohort = judged("A cohort study found benefits", _record(title="A cohort study"))
    assert cohort == {"cohort study": S}


def test_animal_studies_are_preclinical() -> None:
    rec = _record(mesh_headings=[MeshHeading(descriptor="Animals")],
                  abstract=[AbstractSection(text="Rats received the drug daily.")])  # fmt: skip
    assert judged("A clinical trial showed the drug works", rec) == {"clinical trial": M}


@pytest.mark.parametrize("claim", ["A randomized trial found benefits", "A crossover study"])
def test_a_record_silent_on_design_gives_not_in_source(claim: str) -> None:
    assert set(judged(claim, _record()).values()) == {N}


def test_every_design_finding_quotes_its_evidence() -> None:
    rec = record("31526207")
    findings = check_design(
        extract_assertions("A placebo-controlled, double-blinded clinical trial"),
        rec,
        build_index(rec),
    )
    for finding in findings:
        assert finding.evidence is not None
        if finding.evidence.span is not None:
            span = finding.evidence.span
            assert rec.abstract_text[span.start : span.end] == finding.evidence.sentence


@pytest.mark.parametrize(
    ("methods", "claim", "expected"),
    [
        ("This was a double-blind, placebo-controlled trial.", "A single-blind trial", "mismatch"),
        ("This was a single-blind, sham-controlled trial.", "A double-blind trial", "mismatch"),
        ("This was a double-blind, placebo-controlled trial.", "A double-blind trial", "ok"),
        ("This was a placebo-controlled trial.", "A single-blind trial", "unknown"),
    ],
)
def test_blinding_levels_exclude_each_other(methods: str, claim: str, expected: str) -> None:
    rec = PubMedRecord(
        pmid="1",
        title="Ketamine for depression",
        abstract=[AbstractSection(label="METHODS", text=methods)],
    )
    verdicts = set(judged(f"{claim} found that ketamine helped.", rec).values())
    wanted = {
        "mismatch": Verdict.METADATA_MISMATCH,
        "ok": Verdict.SUPPORTED,
        "unknown": Verdict.NOT_IN_SOURCE,
    }[expected]
    assert wanted in verdicts
    if expected != "mismatch":
        assert Verdict.METADATA_MISMATCH not in verdicts


@pytest.mark.parametrize(
    ("publication_type", "expected"),
    [
        ("Observational Study", Verdict.SUPPORTED),
        ("Randomized Controlled Trial", Verdict.METADATA_MISMATCH),
        ("Review", Verdict.METADATA_MISMATCH),
    ],
)
def test_observational_is_judged_against_the_kind_of_work(
    publication_type: str, expected: Verdict
) -> None:
    rec = PubMedRecord(
        pmid="1",
        title="Telomere length and pancreatic cancer",
        publication_types=[PublicationType(name=publication_type)],
    )
    assert judged("This observational study linked short telomeres to cancer.", rec) == {
        "observational": expected
    }
