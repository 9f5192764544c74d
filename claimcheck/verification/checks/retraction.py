"""Retraction status (RETRACTED) and editorial notices (informational, never a verdict).

A record is retracted when PubMed types it "Retracted Publication" or links a RetractionIn
notice. "Retraction of Publication" marks the notice itself, not a retracted paper. Errata,
expressions of concern and updates are shown as notes: they never set the verdict (their
``verdict`` field is NOT_IN_SOURCE only because a finding must carry one).
"""

from __future__ import annotations

from claimcheck.pubmed.model import RETRACTION_REFS, RETRACTION_TYPES, PubMedRecord
from claimcheck.report.model import Finding, FindingKind, Verdict
from claimcheck.verification.assertions import Assertions
from claimcheck.verification.checks.common import metadata_evidence
from claimcheck.verification.index import RecordIndex

_NOTICE_WORDS = {
    "ErratumIn": "an erratum (correction) was published",
    "ExpressionOfConcernIn": "an expression of concern was published",
    "UpdateIn": "an updated version was published",
    "RetractedandRepublishedIn": "the paper was retracted and republished",
}


def check_retraction(
    assertions: Assertions, record: PubMedRecord, index: RecordIndex
) -> list[Finding]:
    findings: list[Finding] = []
    retracted_types = [pt for pt in record.publication_type_names if pt in RETRACTION_TYPES]
    retraction_links = [cc for cc in record.comments_corrections if cc.ref_type in RETRACTION_REFS]
    if retracted_types or retraction_links:
        if retraction_links:
            link = retraction_links[0]
            where = link.ref_source or (f"PMID {link.pmid}" if link.pmid else "a notice")
            evidence = metadata_evidence(f"RetractionIn: {where}", "comments_corrections")
            says = f"retracted (notice: {where})"
        else:
            evidence = metadata_evidence(
                f"Publication type: {retracted_types[0]}", "publication_types", retracted_types
            )
            says = "publication type 'Retracted Publication'"
        findings.append(
            Finding(
                kind=FindingKind.RETRACTION,
                verdict=Verdict.RETRACTED,
                message=f"the cited record PMID {record.pmid} has been retracted",
                claim_says="cites this record as valid evidence",
                source_says=says,
                evidence=evidence,
            )
        )
    if "Retraction of Publication" in record.publication_type_names:
        findings.append(
            Finding(
                kind=FindingKind.NOTICE,
                verdict=Verdict.NOT_IN_SOURCE,
                message="the cited record is itself a retraction notice, not a study",
                source_says="publication type 'Retraction of Publication'",
                evidence=metadata_evidence(
                    "Publication type: Retraction of Publication", "publication_types"
                ),
                informational=True,
            )
        )
    for notice in record.notices:
        what = _NOTICE_WORDS.get(notice.ref_type, notice.ref_type)
        where = notice.ref_source or (f"PMID {notice.pmid}" if notice.pmid else "")
        findings.append(
            Finding(
                kind=FindingKind.NOTICE,
                verdict=Verdict.NOT_IN_SOURCE,
                message=f"note: {what}" + (f" ({where})" if where else ""),
                source_says=f"{notice.ref_type}: {where}".rstrip(": "),
                evidence=metadata_evidence(
                    f"{notice.ref_type}: {where}".rstrip(": "), "comments_corrections"
                ),
                informational=True,
            )
        )
    return findings
