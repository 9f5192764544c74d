"""The terminal report: each claim with its verdict, evidence and findings; counts; the result.

Colour (ANSI) only when asked for; without it the evidence's matching words are marked «so».
The last line is always the policy's result, so ``tail -1`` answers "did it pass?".
"""

from __future__ import annotations

from claimcheck.report.model import ClaimResult, Evidence, Finding, RecordSummary, Report, Verdict
from claimcheck.report.summary import counts_line, result_line
from claimcheck.reporters.common import (
    Status,
    display_path,
    one_line,
    ordered_findings,
    segments,
    stale_waiver,
    statuses,
    term_spans,
)
from claimcheck.reporters.rules import kind_label

_VERDICT_COLOURS = {
    Verdict.SUPPORTED: "32",
    Verdict.CONTRADICTED: "1;31",
    Verdict.NOT_IN_SOURCE: "33",
    Verdict.METADATA_MISMATCH: "35",
    Verdict.RETRACTED: "1;31",
    Verdict.BROKEN_CITATION: "31",
    Verdict.UNCHECKED: "36",
}
_STATUS_WORDS = {
    Status.FAIL: "fails the run",
    Status.WAIVED: "waived",
    Status.WARN: "warning",
    Status.PASS: "",
}
_FINDING_MARKS = {Verdict.SUPPORTED: "✓", Verdict.NOT_IN_SOURCE: "!", Verdict.UNCHECKED: "?"}
_INDENT = "  "
_LABEL_WIDTH = 13


class _Style:
    """ANSI styling that vanishes when colour is off."""

    def __init__(self, color: bool) -> None:
        self.color = color

    def paint(self, text: str, code: str) -> str:
        return f"\x1b[{code}m{text}\x1b[0m" if self.color and text else text

    def verdict(self, verdict: Verdict) -> str:
        return self.paint(verdict.value, _VERDICT_COLOURS[verdict])

    def dim(self, text: str) -> str:
        return self.paint(text, "2")

    def bold(self, text: str) -> str:
        return self.paint(text, "1")

    def marked(self, text: str) -> str:
        return self.paint(text, "1;4") if self.color else f"«{text}»"


def render_text(report: Report, *, color: bool = False) -> str:
    """The whole report as terminal text, ending with the result line."""
    style = _Style(color)
    lines = [_heading(report, style), ""]
    for claim, status in statuses(report):
        lines.extend(_claim_block(claim, status, display_path(report.claims_file), style))
        lines.append("")
    if report.uncovered:
        lines.extend(_uncovered(report, style))
        lines.append("")
    lines.append(counts_line(report.summary))
    lines.append(style.bold(result_line(report)))
    return "\n".join(lines) + "\n"


def _heading(report: Report, style: _Style) -> str:
    parts = [f"{report.tool} {report.tool_version}", one_line(display_path(report.claims_file))]
    if report.article:
        parts.append(f"article {one_line(display_path(report.article))}")
    return style.bold(" · ".join(parts))


def _claim_block(
    claim: ClaimResult, status: Status, claims_file: str, style: _Style
) -> list[str]:
    head = f"{style.verdict(claim.verdict)}  {style.bold(one_line(claim.id))}"
    if _STATUS_WORDS[status]:
        head += f"  ({_STATUS_WORDS[status]})"
    lines = [head, _field("claim", one_line(claim.text))]
    where = _where(claim, claims_file)
    if where:
        lines.append(_field("where", where))
    cited = _cited(claim)
    if cited:
        lines.append(_field("cites", cited))
    for finding in ordered_findings(claim):
        lines.extend(_finding_lines(finding, style))
    if claim.waiver is not None:
        if claim.waived:
            lines.append(_field("waiver", f"{claim.waiver.verdict.value}: "
                                           f"{one_line(claim.waiver.reason)}"))
        elif stale_waiver(claim):
            lines.append(_field("waiver", f"names {claim.waiver.verdict.value} but the verdict "
                                          f"is {claim.verdict.value}: not applied"))
    if claim.note:
        lines.append(_field("note", one_line(claim.note)))
    return lines


def _field(label: str, value: str, depth: int = 1) -> str:
    return f"{_INDENT * depth}{label:<{_LABEL_WIDTH}}{value}"


def _where(claim: ClaimResult, claims_file: str) -> str:
    places = []
    if claim.location is not None:
        place = claim.location
        places.append(f"{one_line(display_path(place.path))}:{place.line}:{place.column}")
    if claim.claims_file_line is not None:
        places.append(f"{one_line(claims_file)}:{claim.claims_file_line}")
    return " · ".join(places)


def _cited(claim: ClaimResult) -> str:
    record: RecordSummary | None = claim.record
    if record is None:
        if claim.pmid:
            return f"PMID {one_line(claim.pmid)}"
        return f"doi:{one_line(claim.doi)}" if claim.doi else ""
    details = [f"PMID {one_line(record.pmid)}", one_line(record.title)]
    journal = record.journal_abbreviation or record.journal
    if journal:
        details.append(one_line(journal))
    if record.year:
        details.append(str(record.year))
    if record.retracted:
        details.append("RETRACTED")
    return " · ".join(details)


def _finding_lines(finding: Finding, style: _Style) -> list[str]:
    mark = "·" if finding.informational else _FINDING_MARKS.get(finding.verdict, "✗")
    label = kind_label(finding.kind)
    verdict = "note" if finding.informational else style.verdict(finding.verdict)
    lines = [f"{_INDENT}{mark} {verdict} {label}: {one_line(finding.message)}"]
    if finding.claim_says:
        lines.append(_field("claim says", one_line(finding.claim_says), depth=3))
    if finding.source_says:
        lines.append(_field("source says", one_line(finding.source_says), depth=3))
    if finding.evidence is not None and finding.evidence.sentence:
        lines.append(_field("evidence", _evidence(finding.evidence, style), depth=3))
    return lines


def _evidence(evidence: Evidence, style: _Style) -> str:
    sentence = one_line(evidence.sentence)
    spans = term_spans(sentence, [one_line(term) for term in evidence.matched_terms])
    shown = "".join(
        style.marked(piece) if marked else piece for piece, marked in segments(sentence, spans)
    )
    where = f" ({one_line(evidence.section)})" if evidence.section else ""
    return f"“{shown}”{style.dim(where)}"


def _uncovered(report: Report, style: _Style) -> list[str]:
    count = len(report.uncovered)
    noun = "sentence" if count == 1 else "sentences"
    lines = [style.bold(f"Research {noun} in the article that no claim covers ({count}):")]
    path = one_line(display_path(report.article)) if report.article else "article"
    for sentence in report.uncovered:
        lines.append(f"{_INDENT}{path}:{sentence.line}:{sentence.column}  "
                     f"“{one_line(sentence.text)}”")
        if sentence.reason:
            lines.append(f"{_INDENT * 3}{style.dim(one_line(sentence.reason))}")
    return lines
