"""GitHub Actions workflow commands, so verdicts show as annotations on the pull request.

One command per claim that is not SUPPORTED, at its line in the claims file: ``::error`` when
it fails the run, ``::warning`` otherwise (NOT_IN_SOURCE, UNCHECKED by default), ``::notice``
when waived; then one ``::notice`` with the counts and the result. Text is escaped as GitHub's
toolkit does (``%``, CR and LF in messages; also ``:`` and ``,`` in properties), so no claim
text can end a command early or start another one.
"""

from __future__ import annotations

from claimcheck.report.model import ClaimResult, Report
from claimcheck.report.summary import counts_line, result_line
from claimcheck.reporters.common import (
    Status,
    display_path,
    one_line,
    ordered_findings,
    safe_url,
    statuses,
)
from claimcheck.reporters.rules import kind_label

_COMMANDS = {Status.FAIL: "error", Status.WARN: "warning", Status.WAIVED: "notice"}


def escape_data(text: str) -> str:
    """A workflow command's message: ``%``, CR and LF percent-encoded."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    """A workflow command's property value: as a message, plus ``:`` and ``,``."""
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def render_github(report: Report, *, color: bool = False) -> str:
    """The report as workflow commands, one per line."""
    del color
    claims_file = display_path(report.claims_file)
    lines = []
    for claim, status in statuses(report):
        command = _COMMANDS.get(status)
        if command is not None:
            lines.append(_annotation(command, claims_file, claim, status))
    summary = f"{counts_line(report.summary)}\n{result_line(report)}"
    lines.append(f"::notice title={escape_property('claimcheck')}::{escape_data(summary)}")
    return "\n".join(lines) + "\n"


def _annotation(command: str, claims_file: str, claim: ClaimResult, status: Status) -> str:
    title = f"{claim.verdict.value}: {one_line(claim.id)}"
    if status is Status.WAIVED:
        title += " (waived)"
    properties = [f"file={escape_property(claims_file)}"]
    if claim.claims_file_line is not None:
        properties.append(f"line={claim.claims_file_line}")
    properties.append(f"title={escape_property(title)}")
    return f"::{command} {','.join(properties)}::{escape_data(_message(claim))}"


def _message(claim: ClaimResult) -> str:
    lines = [f"Claim: {one_line(claim.text)}"]
    if claim.location is not None:
        place = claim.location
        where = f"{display_path(place.path)}:{place.line}:{place.column}"
        lines.append(f"In the article at {one_line(where)}")
    for finding in ordered_findings(claim):
        label = "note" if finding.informational else finding.verdict.value
        line = f"- {label} ({kind_label(finding.kind)}): {one_line(finding.message)}"
        if finding.source_says:
            line += f" | source says: {one_line(finding.source_says)}"
        lines.append(line)
        if finding.evidence is not None and finding.evidence.sentence:
            lines.append(f"  evidence: “{one_line(finding.evidence.sentence)}”")
    if claim.record is not None:
        lines.append(f"Cited: PMID {claim.record.pmid} {safe_url(claim.record.url)}".rstrip())
    if claim.waived and claim.waiver is not None:
        lines.append(f"Waived: {one_line(claim.waiver.reason)}")
    return "\n".join(lines)
