"""The HTML report: one self-contained page an editor opens in a browser.

Inline CSS and JavaScript only (no network); verdict badges with counts and a filter by
verdict; each claim with the cited record, the findings in plain words and the abstract with
the evidence highlighted. Every piece of text goes through :func:`html.escape`, and a
Content-Security-Policy lets only the page's own script run, so hostile text stays inert.
"""

from __future__ import annotations

import base64
import hashlib
import html

from claimcheck.report.model import ClaimResult, Evidence, Finding, RecordSummary, Report, Verdict
from claimcheck.report.summary import counts_line, result_line
from claimcheck.reporters.common import (
    Status,
    display_path,
    evidence_spans,
    ordered_findings,
    safe_url,
    segments,
    stale_waiver,
    statuses,
    term_spans,
    visible,
)
from claimcheck.reporters.rules import kind_label, rule_for

_STATUS_WORDS = {
    Status.FAIL: "fails the run",
    Status.WAIVED: "waived",
    Status.WARN: "warning",
    Status.PASS: "",
}

_STYLE = """
:root { color-scheme: light dark; --fg: #1b1f24; --muted: #57606a; --bg: #ffffff;
  --card: #f6f8fa; --line: #d0d7de; --mark: #fff3b0;
  --SUPPORTED: #1a7f37; --CONTRADICTED: #cf222e; --NOT_IN_SOURCE: #9a6700;
  --METADATA_MISMATCH: #8250df; --RETRACTED: #82071e; --BROKEN_CITATION: #bc4c00;
  --UNCHECKED: #0969da; }
@media (prefers-color-scheme: dark) {
  :root { --fg: #e6edf3; --muted: #9198a1; --bg: #0d1117; --card: #161b22; --line: #30363d;
    --mark: #5c4a00; } }
* { box-sizing: border-box; }
[hidden] { display: none !important; }
body { margin: 0 auto; max-width: 60rem; padding: 1.5rem; font: 15px/1.5 system-ui, sans-serif;
  color: var(--fg); background: var(--bg); }
h1 { font-size: 1.5rem; margin: 0 0 .25rem; }
.meta, .muted { color: var(--muted); }
.result { font-weight: 600; padding: .5rem .75rem; border-radius: 6px; border: 1px solid; }
.result-fail { color: var(--CONTRADICTED); } .result-pass { color: var(--SUPPORTED); }
.result-unchecked { color: var(--UNCHECKED); }
.filters { display: flex; flex-wrap: wrap; gap: .4rem; margin: 1rem 0; }
.filter { font: inherit; cursor: pointer; border: 1px solid var(--line); border-radius: 999px;
  padding: .2rem .7rem; background: var(--card); color: var(--fg); }
.filter[aria-pressed="true"] { outline: 2px solid var(--fg); }
.filter[disabled] { opacity: .45; cursor: default; }
.count { font-weight: 700; }
.badge { display: inline-block; color: #fff; border-radius: 4px; padding: 0 .4rem;
  font-size: .8rem; font-weight: 700; letter-spacing: .02em; vertical-align: middle; }
.b-SUPPORTED { background: var(--SUPPORTED); } .b-CONTRADICTED { background: var(--CONTRADICTED); }
.b-NOT_IN_SOURCE { background: var(--NOT_IN_SOURCE); }
.b-METADATA_MISMATCH { background: var(--METADATA_MISMATCH); }
.b-RETRACTED { background: var(--RETRACTED); }
.b-BROKEN_CITATION { background: var(--BROKEN_CITATION); }
.b-UNCHECKED { background: var(--UNCHECKED); } .b-note { background: var(--muted); }
.claim { border: 1px solid var(--line); border-left: 6px solid var(--line); border-radius: 6px;
  padding: .75rem 1rem; margin: .75rem 0; background: var(--card); }
.claim.v-SUPPORTED { border-left-color: var(--SUPPORTED); }
.claim.v-CONTRADICTED { border-left-color: var(--CONTRADICTED); }
.claim.v-NOT_IN_SOURCE { border-left-color: var(--NOT_IN_SOURCE); }
.claim.v-METADATA_MISMATCH { border-left-color: var(--METADATA_MISMATCH); }
.claim.v-RETRACTED { border-left-color: var(--RETRACTED); }
.claim.v-BROKEN_CITATION { border-left-color: var(--BROKEN_CITATION); }
.claim.v-UNCHECKED { border-left-color: var(--UNCHECKED); }
.claim h2 { font-size: 1rem; margin: 0; display: flex; gap: .5rem; align-items: center;
  flex-wrap: wrap; }
.claim-id { font-family: ui-monospace, monospace; font-weight: 600; overflow-wrap: anywhere; }
.status { font-weight: 400; color: var(--muted); font-size: .85rem; }
.status-fail { color: var(--CONTRADICTED); font-weight: 600; }
.claim-text { font-size: 1.05rem; margin: .5rem 0; white-space: pre-wrap; overflow-wrap: anywhere; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: .1rem .75rem;
  margin: .5rem 0; }
dl.facts dt { color: var(--muted); } dl.facts dd { margin: 0; overflow-wrap: anywhere; }
.findings { margin: .5rem 0; padding-left: 1.2rem; }
.findings li { margin: .35rem 0; }
.says { color: var(--muted); font-size: .9rem; }
blockquote { margin: .3rem 0; padding: .2rem .75rem; border-left: 3px solid var(--line); }
mark { background: var(--mark); color: inherit; padding: 0 .1em; }
strong.term { text-decoration: underline; }
details.abstract summary { cursor: pointer; color: var(--muted); }
.abstract-text { white-space: pre-wrap; }
footer { margin-top: 2rem; color: var(--muted); font-size: .85rem; }
@media print { .filters { display: none; } .claim { break-inside: avoid; } }
"""

# The filter: a verdict button shows only that verdict's claims; pressing it again, or
# "All", shows every claim. Without JavaScript every claim stays visible.
_SCRIPT = """
(function () {
  var buttons = Array.prototype.slice.call(document.querySelectorAll("button.filter"));
  var claims = Array.prototype.slice.call(document.querySelectorAll("article.claim"));
  var shown = document.getElementById("shown");
  function matches(claim, filter) {
    if (filter === "all") { return true; }
    if (filter === "failing") { return claim.getAttribute("data-status") === "fail"; }
    return claim.getAttribute("data-verdict") === filter;
  }
  function apply(filter) {
    var count = 0;
    claims.forEach(function (claim) {
      var visible = matches(claim, filter);
      claim.hidden = !visible;
      if (visible) { count += 1; }
    });
    buttons.forEach(function (button) {
      button.setAttribute("aria-pressed", String(button.getAttribute("data-filter") === filter));
    });
    shown.textContent = String(count);
  }
  buttons.forEach(function (button) {
    button.addEventListener("click", function () {
      var filter = button.getAttribute("data-filter");
      if (filter !== "all" && button.getAttribute("aria-pressed") === "true") { filter = "all"; }
      apply(filter);
    });
  });
})();
"""

_SCRIPT_HASH = base64.b64encode(hashlib.sha256(_SCRIPT.encode("utf-8")).digest()).decode("ascii")
_CSP = (
    "default-src 'none'; style-src 'unsafe-inline'; img-src data:; "
    f"script-src 'sha256-{_SCRIPT_HASH}'; base-uri 'none'; form-action 'none'"
)
_PUBMED = "https://pubmed.ncbi.nlm.nih.gov/"


def esc(text: object) -> str:
    """Any value as HTML text or attribute value (quotes escaped too)."""
    return html.escape(visible(str(text)), quote=True)


def render_html(report: Report, *, color: bool = False) -> str:
    """The report as one self-contained HTML page."""
    del color
    pairs = statuses(report)
    body = [
        _header(report),
        _filters(report, failing=sum(1 for _, status in pairs if status is Status.FAIL)),
        '<main id="claims">',
        *(_claim(report, claim, status) for claim, status in pairs),
        "</main>",
        _uncovered(report),
        f"<footer><p>{esc(report.limits)}</p>"
        f"<p>{esc(report.tool)} {esc(report.tool_version)} · report schema "
        f"{esc(report.schema_version)}</p></footer>",
    ]
    return "\n".join(
        [
            "<!DOCTYPE html>",
            '<html lang="en">',
            "<head>",
            '<meta charset="utf-8">',
            f'<meta http-equiv="Content-Security-Policy" content="{esc(_CSP)}">',
            '<meta name="viewport" content="width=device-width, initial-scale=1">',
            '<meta name="referrer" content="no-referrer">',
            f"<title>claimcheck report · {esc(display_path(report.claims_file))}</title>",
            f"<style>{_STYLE}</style>",
            "</head>",
            "<body>",
            *(part for part in body if part),
            f"<script>{_SCRIPT}</script>",
            "</body>",
            "</html>",
        ]
    ) + "\n"


def _header(report: Report) -> str:
    result = report.policy.result if report.policy else "none"
    meta = [f"claims file <code>{esc(display_path(report.claims_file))}</code>"]
    if report.article:
        meta.append(f"article <code>{esc(display_path(report.article))}</code>")
    return (
        "<header>"
        "<h1>claimcheck report</h1>"
        f'<p class="meta">{" · ".join(meta)}</p>'
        f'<p class="result result-{esc(result)}" id="result">{esc(result_line(report))}</p>'
        f'<p class="muted" id="counts">{esc(counts_line(report.summary))}</p>'
        "</header>"
    )


def _filters(report: Report, *, failing: int) -> str:
    total = report.summary.total
    buttons = [
        '<button type="button" class="filter" data-filter="all" aria-pressed="true">'
        f'All <span class="count">{total}</span></button>',
        '<button type="button" class="filter" data-filter="failing" aria-pressed="false"'
        f'{" disabled" if not failing else ""}>'
        f'Failing <span class="count">{failing}</span></button>',
    ]
    for verdict in Verdict:
        count = report.summary.counts.get(verdict.value, 0)
        disabled = "" if count else " disabled"
        buttons.append(
            f'<button type="button" class="filter" data-filter="{esc(verdict.value)}" '
            f'aria-pressed="false"{disabled}>'
            f'<span class="badge b-{esc(verdict.value)}">{esc(verdict.value)}</span> '
            f'<span class="count">{count}</span></button>'
        )
    return (
        '<nav class="filters" aria-label="Filter claims by verdict">'
        + "".join(buttons)
        + f'<span class="muted">showing <span id="shown">{total}</span> of {total}</span>'
        "</nav>"
    )


def _claim(report: Report, claim: ClaimResult, status: Status) -> str:
    verdict = claim.verdict.value
    parts = [
        f'<article class="claim v-{esc(verdict)}" id="claim-{esc(claim.id)}" '
        f'data-verdict="{esc(verdict)}" data-status="{esc(status.value)}">',
        f'<h2><span class="badge b-{esc(verdict)}">{esc(verdict)}</span>'
        f'<span class="claim-id">{esc(claim.id)}</span>'
        + _status(status)
        + "</h2>",
        f'<p class="claim-text">{esc(claim.text)}</p>',
        _facts(report, claim),
        _findings(claim),
        _abstract(claim, status),
        "</article>",
    ]
    return "\n".join(part for part in parts if part)


def _status(status: Status) -> str:
    words = _STATUS_WORDS[status]
    return f'<span class="status status-{esc(status.value)}">{esc(words)}</span>' if words else ""


def _facts(report: Report, claim: ClaimResult) -> str:
    rows: list[tuple[str, str]] = []
    if claim.location is not None:
        place = claim.location
        where = f"{display_path(place.path)}:{place.line}:{place.column}"
        rows.append(("In the article", f"<code>{esc(where)}</code>"))
    if claim.claims_file_line is not None:
        rows.append(("In the claims file",
                     f"<code>{esc(display_path(report.claims_file))}:{claim.claims_file_line}</code>"))
    rows.append(("Cited record", _record(claim)))
    if claim.waiver is not None and claim.waived:
        rows.append(("Waived", f"{esc(claim.waiver.verdict.value)}: {esc(claim.waiver.reason)}"))
    elif stale_waiver(claim) and claim.waiver is not None:
        rows.append(("Waiver not applied", f"it names {esc(claim.waiver.verdict.value)}, the "
                                           f"verdict is {esc(claim.verdict.value)}"))
    if claim.note:
        rows.append(("Note", esc(claim.note)))
    items = "".join(f"<dt>{esc(label)}</dt><dd>{value}</dd>" for label, value in rows)
    return f'<dl class="facts">{items}</dl>'


def _record(claim: ClaimResult) -> str:
    record: RecordSummary | None = claim.record
    if record is None:
        if claim.pmid:
            return _link(f"{_PUBMED}{claim.pmid}/", f"PMID {claim.pmid}") + (
                ' <span class="muted">(no record obtained)</span>'
            )
        return esc(f"doi:{claim.doi}") if claim.doi else '<span class="muted">none</span>'
    title = _link(record.url, record.title or f"PMID {record.pmid}")
    details = []
    journal = record.journal or record.journal_abbreviation
    if journal:
        details.append(f"<i>{esc(journal)}</i>")
    if record.year:
        details.append(esc(record.year))
    details.append(f"PMID {esc(record.pmid)}")
    if record.doi:
        details.append(f"doi:{esc(record.doi)}")
    if record.publication_types:
        details.append(esc(", ".join(record.publication_types)))
    if record.retracted:
        details.append('<span class="badge b-RETRACTED">RETRACTED</span>')
    return f'<span class="record-title">{title}</span><br><span class="muted">' + (
        " · ".join(details) + "</span>"
    )


def _link(url: str, text: str) -> str:
    if not safe_url(url):
        return esc(text)
    return f'<a href="{esc(url)}" rel="noopener noreferrer" target="_blank">{esc(text)}</a>'


def _findings(claim: ClaimResult) -> str:
    findings = ordered_findings(claim)
    if not findings:
        return ""
    return '<ul class="findings">' + "".join(_finding(f) for f in findings) + "</ul>"


def _finding(finding: Finding) -> str:
    if finding.informational:
        badge = '<span class="badge b-note">note</span>'
    else:
        verdict = esc(finding.verdict.value)
        badge = f'<span class="badge b-{verdict}">{verdict}</span>'
    parts = [f"<li>{badge} <b>{esc(kind_label(finding.kind))}</b>: {esc(finding.message)}"]
    says = []
    if finding.claim_says:
        says.append(f"claim says: {esc(finding.claim_says)}")
    if finding.source_says:
        says.append(f"source says: {esc(finding.source_says)}")
    if says:
        parts.append(f'<div class="says">{" · ".join(says)}</div>')
    if finding.evidence is not None and finding.evidence.sentence:
        parts.append(_evidence(finding.evidence))
    if not finding.informational and finding.verdict is not Verdict.SUPPORTED:
        parts.append(f'<div class="says">what to do: {esc(rule_for(finding.verdict).help)}</div>')
    parts.append("</li>")
    return "".join(parts)


def _evidence(evidence: Evidence) -> str:
    sentence = evidence.sentence
    spans = term_spans(sentence, evidence.matched_terms)
    shown = "".join(
        f'<strong class="term">{esc(piece)}</strong>' if marked else esc(piece)
        for piece, marked in segments(sentence, spans)
    )
    section = f' <span class="muted">({esc(evidence.section)})</span>' if evidence.section else ""
    return f'<blockquote class="evidence">“{shown}”{section}</blockquote>'


def _abstract(claim: ClaimResult, status: Status) -> str:
    record = claim.record
    if record is None or not record.abstract:
        return ""
    spans = evidence_spans(record.abstract, claim.findings)
    shown = "".join(
        f"<mark>{esc(piece)}</mark>" if marked else esc(piece)
        for piece, marked in segments(record.abstract, spans)
    )
    is_open = " open" if spans and status in (Status.FAIL, Status.WARN, Status.WAIVED) else ""
    label = "Abstract, evidence highlighted" if spans else "Abstract"
    return (
        f'<details class="abstract"{is_open}><summary>{label}</summary>'
        f'<p class="abstract-text">{shown}</p></details>'
    )


def _uncovered(report: Report) -> str:
    if not report.uncovered:
        return ""
    path = display_path(report.article) if report.article else "article"
    items = "".join(
        f"<li><code>{esc(path)}:{sentence.line}:{sentence.column}</code> "
        f"“{esc(sentence.text)}”"
        + (f' <span class="muted">— {esc(sentence.reason)}</span>' if sentence.reason else "")
        + "</li>"
        for sentence in report.uncovered
    )
    count = len(report.uncovered)
    return (
        f'<section id="uncovered"><h2>Research sentences no claim covers ({count})</h2>'
        f"<ul>{items}</ul></section>"
    )
