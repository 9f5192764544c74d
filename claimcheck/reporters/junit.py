"""JUnit XML: one testcase per claim, for the test-report views of GitHub, GitLab and Jenkins.

A claim that fails the run is a ``<failure>`` carrying its findings; an UNCHECKED claim and a
waived one are ``<skipped>`` with the reason; every other claim passes. The failures count is
therefore non-zero exactly when the run exits 1.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import PurePath

from claimcheck.report.model import ClaimResult, Finding, Report, Verdict
from claimcheck.reporters.common import (
    Status,
    display_path,
    one_line,
    ordered_findings,
    safe_url,
    statuses,
    visible,
)
from claimcheck.reporters.rules import kind_label


def render_junit(report: Report, *, color: bool = False) -> str:
    """The report as a JUnit XML document (one testsuite for the claims file)."""
    del color
    pairs = statuses(report)
    failures = sum(1 for _, status in pairs if status is Status.FAIL)
    skipped = sum(1 for claim, status in pairs if _skip_reason(claim, status))
    counts = {
        "tests": str(len(pairs)),
        "failures": str(failures),
        "errors": "0",
        "skipped": str(skipped),
        "time": "0",
    }
    claims_file = display_path(report.claims_file)
    root = ET.Element("testsuites", {"name": "claimcheck", **counts})
    suite = ET.SubElement(root, "testsuite", {"name": _text(claims_file), **counts})
    properties = ET.SubElement(suite, "properties")
    suite_properties = {
        "claimcheck.version": report.tool_version,
        "schema_version": report.schema_version,
        "claims_file": claims_file,
        "article": display_path(report.article) if report.article else "",
        "fail_on": ",".join(v.value for v in report.policy.fail_on) if report.policy else "",
        "exit_code": str(report.policy.exit_code) if report.policy else "",
    }
    for name, value in suite_properties.items():
        ET.SubElement(properties, "property", {"name": name, "value": _text(value)})
    classname = "claimcheck." + (PurePath(claims_file).stem or "claims")
    for claim, status in pairs:
        _testcase(suite, claim, status, classname=_text(classname), claims_file=claims_file)
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + (
        "\n"
    )


def _testcase(
    suite: ET.Element, claim: ClaimResult, status: Status, *, classname: str, claims_file: str
) -> None:
    attributes = {"classname": classname, "name": _text(claim.id), "time": "0",
                  "file": _text(claims_file)}
    if claim.claims_file_line is not None:
        attributes["line"] = str(claim.claims_file_line)
    case = ET.SubElement(suite, "testcase", attributes)
    properties = ET.SubElement(case, "properties")
    for name, value in _case_properties(claim, status).items():
        ET.SubElement(properties, "property", {"name": name, "value": _text(value)})
    details = _details(claim)
    if status is Status.FAIL:
        failure = ET.SubElement(
            case, "failure", {"message": _text(_headline(claim)), "type": claim.verdict.value}
        )
        failure.text = _text(details)
    else:
        reason = _skip_reason(claim, status)
        if reason:
            ET.SubElement(case, "skipped", {"message": _text(reason)})
        ET.SubElement(case, "system-out").text = _text(details)


def _case_properties(claim: ClaimResult, status: Status) -> dict[str, str]:
    properties = {
        "verdict": claim.verdict.value,
        "status": status.value,
        "confidence": f"{claim.confidence:.2f}",
    }
    if claim.pmid:
        properties["pmid"] = claim.pmid
    if claim.doi:
        properties["doi"] = claim.doi
    if claim.location is not None:
        place = claim.location
        properties["article_location"] = f"{display_path(place.path)}:{place.line}:{place.column}"
    if claim.waived and claim.waiver is not None:
        properties["waiver"] = f"{claim.waiver.verdict.value}: {claim.waiver.reason}"
    return properties


def _skip_reason(claim: ClaimResult, status: Status) -> str:
    if status is Status.WAIVED and claim.waiver is not None:
        return f"waived {claim.verdict.value}: {one_line(claim.waiver.reason)}"
    if claim.verdict is Verdict.UNCHECKED and status is not Status.FAIL:
        deciding = _deciding(claim)
        reason = one_line(deciding.message) if deciding else "the record could not be obtained"
        return f"UNCHECKED: {reason}"
    return ""


def _deciding(claim: ClaimResult) -> Finding | None:
    for finding in ordered_findings(claim):
        if not finding.informational and finding.verdict is claim.verdict:
            return finding
    return None


def _headline(claim: ClaimResult) -> str:
    deciding = _deciding(claim)
    if deciding is None:
        return claim.verdict.value
    return f"{claim.verdict.value} ({kind_label(deciding.kind)}): {one_line(deciding.message)}"


def _details(claim: ClaimResult) -> str:
    lines = [f"claim: {one_line(claim.text)}", f"verdict: {claim.verdict.value}"]
    if claim.record is not None:
        record = claim.record
        lines.append(f"cites: PMID {record.pmid} {one_line(record.title)} {safe_url(record.url)}")
    for finding in ordered_findings(claim):
        label = "note" if finding.informational else finding.verdict.value
        lines.append(f"- {label} ({kind_label(finding.kind)}): {one_line(finding.message)}")
        if finding.claim_says:
            lines.append(f"  claim says: {one_line(finding.claim_says)}")
        if finding.source_says:
            lines.append(f"  source says: {one_line(finding.source_says)}")
        if finding.evidence is not None and finding.evidence.sentence:
            lines.append(f"  evidence: {one_line(finding.evidence.sentence)}")
    if claim.note:
        lines.append(f"note: {one_line(claim.note)}")
    return "\n".join(lines)


def _text(value: str) -> str:
    return visible(value)
