"""Retractions decide the verdict; errata and expressions of concern are notes."""

from __future__ import annotations

from claimcheck.pubmed.model import CommentCorrection, PublicationType, PubMedRecord
from claimcheck.report.model import FindingKind, Verdict
from claimcheck.verification.assertions import extract_assertions
from claimcheck.verification.checks.retraction import check_retraction
from claimcheck.verification.index import build_index
from claimcheck.verification.verdict import decide

CLAIM = extract_assertions("Drug X reduced pain")


def check(rec: PubMedRecord) -> list:  # type: ignore[type-arg]
    return check_retraction(CLAIM, rec, build_index(rec))


def test_a_retracted_publication_type_is_retracted() -> None:
    rec = PubMedRecord(
        pmid="1", title="t", publication_types=[PublicationType(name="Retracted Publication")]
    )
    (finding,) = check(rec)
    assert (finding.kind, finding.verdict) == (FindingKind.RETRACTION, Verdict.RETRACTED)
    assert decide([finding])[0] is Verdict.RETRACTED


def test_a_retraction_notice_link_is_retracted() -> None:
    rec = PubMedRecord(
        pmid="1",
        title="t",
        comments_corrections=[
            CommentCorrection(ref_type="RetractionIn", ref_source="J Foo. 2020;1:2", pmid="9")
        ],
    )
    (finding,) = check(rec)
    assert finding.verdict is Verdict.RETRACTED
    assert finding.evidence is not None and "J Foo" in finding.evidence.sentence


def test_errata_and_concerns_are_informational_notes() -> None:
    rec = PubMedRecord(
        pmid="1",
        title="t",
        comments_corrections=[
            CommentCorrection(ref_type="ErratumIn", ref_source="J Foo. 2021;2:3"),
            CommentCorrection(ref_type="ExpressionOfConcernIn", ref_source="J Foo. 2022;3:4"),
        ],
    )
    findings = check(rec)
    assert [f.kind for f in findings] == [FindingKind.NOTICE, FindingKind.NOTICE]
    assert all(f.informational for f in findings)
    assert "erratum" in findings[0].message and "concern" in findings[1].message


def test_a_retraction_notice_itself_is_not_a_retracted_paper() -> None:
    rec = PubMedRecord(
        pmid="1", title="t", publication_types=[PublicationType(name="Retraction of Publication")]
    )
    (finding,) = check(rec)
    assert finding.informational and finding.kind is FindingKind.NOTICE


def test_a_clean_record_has_no_findings() -> None:
    assert check(PubMedRecord(pmid="1", title="t")) == []
