"""The Markdown report, for a pull-request comment or a CI job summary.

A summary table, then the failing claims with their evidence, then every other claim folded
in ``<details>``. All text from the claims file, the article and PubMed is escaped: it can
neither format the comment nor inject HTML.
"""

from __future__ import annotations

import html
import re

from claimcheck.report.model import ClaimResult, Evidence, Finding, Report, Verdict
from claimcheck.report.summary import result_line
from claimcheck.reporters.common import (
    Status,
    display_path,
    failing_first,
    one_line,
    ordered_findings,
    safe_url,
    segments,
    stale_waiver,
    term_spans,
)
from claimcheck.reporters.rules import kind_label, rule_for

_ICONS = {
    Verdict.SUPPORTED: "✅",
    Verdict.CONTRADICTED: "❌",
    Verdict.NOT_IN_SOURCE: "❔",
    Verdict.METADATA_MISMATCH: "⚠️",
    Verdict.RETRACTED: "⛔",
    Verdict.BROKEN_CITATION: "🔗",
    Verdict.UNCHECKED: "⏸️",
}
_RESULT_ICONS = {"pass": "✅", "fail": "❌", "unchecked": "⏸️"}

# Markdown punctuation that could start emphasis, links, code, tables, headings or math, and
# what would start a list or a rule at the beginning of a line.
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+!|~$])")
_LINE_START = re.compile(r"^(\d+)([.)])|^([-=])")
# "@name" would notify a GitHub user and "#12" link an issue from a pull-request comment; a
# zero-width space after the sign keeps the text readable but inert.
_NOTIFYING = re.compile(r"([@#])(?=[A-Za-z0-9])")
_ZERO_WIDTH_SPACE = "&#8203;"


def md(text: str) -> str:
    """``text`` as literal Markdown: one line, ``& < >`` as entities, punctuation escaped,
    no mention or issue reference that GitHub would act on."""
    entities = html.escape(one_line(text), quote=False)
    literal = _MARKDOWN_SPECIAL.sub(r"\\\1", entities)
    return _NOTIFYING.sub(rf"\1{_ZERO_WIDTH_SPACE}", literal)


def md_line(text: str) -> str:
    """Like :func:`md`, for text that begins a line: no list, rule or heading can start."""
    return _LINE_START.sub(lambda m: f"{m[1]}\\{m[2]}" if m[1] else f"\\{m[3]}", md(text))


def code(text: str) -> str:
    """``text`` as an inline code span, fenced with more backticks than it contains."""
    flat = one_line(text)
    longest = max((len(run) for run in re.findall(r"`+", flat)), default=0)
    fence = "`" * (longest + 1)
    padding = " " if flat.startswith("`") or flat.endswith("`") else ""
    return f"{fence}{padding}{flat}{padding}{fence}"


def render_markdown(report: Report, *, color: bool = False) -> str:
    """The report as GitHub-flavoured Markdown."""
    del color
    lines = [*_header(report), *_table(report)]
    ordered = failing_first(report)
    failing = [claim for claim, status in ordered if status is Status.FAIL]
    others = [(claim, status) for claim, status in ordered if status is not Status.FAIL]
    if failing:
        lines += ["", f"### Failing claims ({len(failing)})"]
        for claim in failing:
            lines += ["", *_claim(report, claim, Status.FAIL)]
    if others:
        label = "Other claims" if failing else "Claims"
        lines += ["", f"<details><summary>{label} ({len(others)}): {_tally(others)}</summary>"]
        for claim, status in others:
            if status is not Status.PASS:
                lines += ["", *_claim(report, claim, status)]
        # Supported claims get one line each: a pull-request comment has a size limit.
        supported = [claim for claim, status in others if status is Status.PASS]
        if supported:
            lines += ["", f"#### {_ICONS[Verdict.SUPPORTED]} Supported ({len(supported)})", ""]
            lines += [_supported_line(claim) for claim in supported]
        lines += ["", "</details>"]
    if report.uncovered:
        lines += ["", *_uncovered(report)]
    lines += ["", f"<sub>{md(report.limits)}</sub>"]
    return "\n".join(lines) + "\n"


def _header(report: Report) -> list[str]:
    result = report.policy.result if report.policy else ""
    title = " ".join(part for part in (_RESULT_ICONS.get(result, ""), "claimcheck report") if part)
    meta = [f"claims {code(display_path(report.claims_file))}"]
    if report.article:
        meta.append(f"article {code(display_path(report.article))}")
    meta.append(f"{md(report.tool)} {md(report.tool_version)}")
    return [
        f"## {title}",
        "",
        " · ".join(meta),
        "",
        f"**{md(result_line(report))}**",
    ]


def _table(report: Report) -> list[str]:
    rows = ["", "| verdict | claims |", "|---|---:|"]
    for verdict in Verdict:
        count = report.summary.counts.get(verdict.value, 0)
        rows.append(f"| {_ICONS[verdict]} {verdict.value} | {count} |")
    rows.append(f"| **total** | **{report.summary.total}** |")
    if report.summary.waived:
        rows.append(f"| waived (reported, not failing) | {report.summary.waived} |")
    return rows


def _tally(pairs: list[tuple[ClaimResult, Status]]) -> str:
    counts = {verdict: 0 for verdict in Verdict}
    for claim, _ in pairs:
        counts[claim.verdict] += 1
    return ", ".join(f"{count} {verdict.value}" for verdict, count in counts.items() if count)


def _claim(report: Report, claim: ClaimResult, status: Status) -> list[str]:
    heading = f"#### {_ICONS[claim.verdict]} {claim.verdict.value} · {md(claim.id)}"
    if status is Status.WAIVED:
        heading += " (waived)"
    lines = [heading, "", f"> {md_line(claim.text)}", ""]
    where = _where(report, claim)
    if where:
        lines.append(f"- **where:** {where}")
    cited = _cited(claim)
    if cited:
        lines.append(f"- **cites:** {cited}")
    findings = ordered_findings(claim)
    problems = [f for f in findings if f.informational or f.verdict is not Verdict.SUPPORTED]
    for finding in problems or findings:
        lines.extend(_finding(finding))
    agreeing = len(findings) - len(problems) if problems else 0
    if agreeing:
        lines.append(f"- {agreeing} other {'check agrees' if agreeing == 1 else 'checks agree'} "
                     "with the source (see the HTML or JSON report)")
    if claim.waiver is not None and claim.waived:
        lines.append(f"- **waived:** {claim.waiver.verdict.value}: {md(claim.waiver.reason)}")
    elif stale_waiver(claim) and claim.waiver is not None:
        lines.append(f"- **waiver not applied:** it names {claim.waiver.verdict.value}, "
                     f"the verdict is {claim.verdict.value}")
    if claim.note:
        lines.append(f"- **note:** {md(claim.note)}")
    return lines


def _supported_line(claim: ClaimResult) -> str:
    cited = _cited(claim)
    return f"- **{md(claim.id)}**: {md(claim.text)}" + (f" — {cited}" if cited else "")


def _where(report: Report, claim: ClaimResult) -> str:
    places = []
    if claim.location is not None:
        place = claim.location
        places.append(code(f"{display_path(place.path)}:{place.line}:{place.column}"))
    if claim.claims_file_line is not None:
        places.append(code(f"{display_path(report.claims_file)}:{claim.claims_file_line}"))
    return " · ".join(places)


def _cited(claim: ClaimResult) -> str:
    record = claim.record
    if record is None:
        if claim.pmid:
            return f"PMID {md(claim.pmid)}"
        return f"doi:{md(claim.doi)}" if claim.doi else ""
    url = safe_url(record.url)
    link = f"[PMID {md(record.pmid)}]({url})" if url else f"PMID {md(record.pmid)}"
    details = [f"*{md(record.title)}*"] if record.title else []
    journal = record.journal_abbreviation or record.journal
    if journal:
        details.append(md(journal))
    if record.year:
        details.append(str(record.year))
    if record.retracted:
        details.append("**retracted**")
    return f"{link} — " + ", ".join(details) if details else link


def _finding(finding: Finding) -> list[str]:
    label = "note" if finding.informational else finding.verdict.value
    lines = [f"- **{label}, {md(kind_label(finding.kind))}:** {md(finding.message)}"]
    if finding.claim_says:
        lines.append(f"  - claim says: {md(finding.claim_says)}")
    if finding.source_says:
        lines.append(f"  - source says: {md(finding.source_says)}")
    if finding.evidence is not None and finding.evidence.sentence:
        lines.append(f"  - evidence: {_evidence(finding.evidence)}")
    if not finding.informational and finding.verdict is not Verdict.SUPPORTED:
        lines.append(f"  - help: {md(rule_for(finding.verdict).help)}")
    return lines


def _evidence(evidence: Evidence) -> str:
    sentence = one_line(evidence.sentence)
    spans = term_spans(sentence, [one_line(term) for term in evidence.matched_terms])
    shown = "".join(
        f"**{md(piece)}**" if marked else md(piece) for piece, marked in segments(sentence, spans)
    )
    section = f" ({md(evidence.section)})" if evidence.section else ""
    return f"“{shown}”{section}"


def _uncovered(report: Report) -> list[str]:
    count = len(report.uncovered)
    lines = [
        f"<details><summary>Research sentences no claim covers ({count})</summary>",
        "",
    ]
    path = display_path(report.article) if report.article else "article"
    for sentence in report.uncovered:
        reason = f" — {md(sentence.reason)}" if sentence.reason else ""
        lines.append(f"- {code(f'{path}:{sentence.line}:{sentence.column}')} "
                     f"“{md(sentence.text)}”{reason}")
    lines += ["", "</details>"]
    return lines
