"""Helpers every format shares: a claim's status under the policy, marks, paths, safe text.

Nothing here decides a verdict: statuses are read from the verdicts and the policy the report
already holds.
"""

from __future__ import annotations

import os
import re
from collections.abc import Sequence
from enum import StrEnum
from pathlib import Path, PurePath
from urllib.parse import quote

from claimcheck.report.model import ClaimResult, Finding, Report, Verdict
from claimcheck.report.summary import fail_on_of, fails


class Status(StrEnum):
    """How a claim stands under the run's policy."""

    FAIL = "fail"  # verdict in --fail-on, not waived
    WAIVED = "waived"  # its waiver names its verdict: reported, does not fail
    WARN = "warn"  # neither supported nor failing (NOT_IN_SOURCE, UNCHECKED by default)
    PASS = "pass"  # SUPPORTED


def claim_status(claim: ClaimResult, fail_on: Sequence[Verdict]) -> Status:
    """The claim's standing: failing, waived, a warning, or passing."""
    if claim.waived:
        return Status.WAIVED
    if fails(claim, fail_on):
        return Status.FAIL
    if claim.verdict is Verdict.SUPPORTED:
        return Status.PASS
    return Status.WARN


def statuses(report: Report) -> list[tuple[ClaimResult, Status]]:
    """Every claim of the report with its status, in the claims file's order."""
    fail_on = fail_on_of(report)
    return [(claim, claim_status(claim, fail_on)) for claim in report.claims]


def failing_first(report: Report) -> list[tuple[ClaimResult, Status]]:
    """Failing claims first, then the rest; each group keeps the claims file's order."""
    pairs = statuses(report)
    return [p for p in pairs if p[1] is Status.FAIL] + [p for p in pairs if p[1] is not Status.FAIL]


def ordered_findings(claim: ClaimResult) -> list[Finding]:
    """Findings that set the verdict first (most serious first), informational notes last."""
    return sorted(
        claim.findings,
        key=lambda finding: (finding.informational, -finding.verdict.severity),
    )


def stale_waiver(claim: ClaimResult) -> bool:
    """True when the claim has a waiver that names another verdict than the claim's."""
    return claim.waiver is not None and not claim.waived


def term_spans(sentence: str, terms: Sequence[str]) -> list[tuple[int, int]]:
    """Where the matched terms occur in ``sentence`` (whole words, any case), merged."""
    words = sorted({term.strip() for term in terms if term.strip()}, key=len, reverse=True)
    if not words:
        return []
    pattern = re.compile(
        r"(?<!\w)(?:" + "|".join(re.escape(word) for word in words) + r")(?!\w)", re.IGNORECASE
    )
    return merge_spans([(match.start(), match.end()) for match in pattern.finditer(sentence)])


def evidence_spans(abstract: str, findings: Sequence[Finding]) -> list[tuple[int, int]]:
    """The evidence sentences' character spans in ``abstract``, checked and merged.

    A span that falls outside the abstract is not trusted; the sentence is then looked up.
    """
    spans = []
    for finding in findings:
        evidence = finding.evidence
        if evidence is None:
            continue
        span = evidence.span
        if span is not None and 0 <= span.start < span.end <= len(abstract):
            spans.append((span.start, span.end))
        elif span is not None and evidence.sentence:
            start = abstract.find(evidence.sentence)
            if start >= 0:
                spans.append((start, start + len(evidence.sentence)))
    return merge_spans(spans)


def merge_spans(spans: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sorted spans with overlapping or touching ones joined."""
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def segments(text: str, spans: Sequence[tuple[int, int]]) -> list[tuple[str, bool]]:
    """``text`` cut into (piece, marked) pairs along ``spans``."""
    pieces: list[tuple[str, bool]] = []
    position = 0
    for start, end in spans:
        if start > position:
            pieces.append((text[position:start], False))
        pieces.append((text[start:end], True))
        position = end
    if position < len(text):
        pieces.append((text[position:], False))
    return pieces


_SAFE_URL = re.compile(r"^https?://[^\s\"'<>`()]+$")


def safe_url(url: str | None) -> str:
    """``url`` when it is a plain http(s) address, else an empty string (never a script URL)."""
    return url if url and _SAFE_URL.match(url) else ""


def display_path(path: str) -> str:
    """``path`` relative to the working folder when it lies inside it, with ``/`` separators.

    CI annotations and SARIF locations must be relative to the repository root, which is the
    working folder of a CI job.
    """
    pure = PurePath(path)
    if pure.is_absolute():
        try:
            pure = Path(path).resolve().relative_to(Path(os.getcwd()).resolve())
        except ValueError:
            return Path(path).as_posix()
    return pure.as_posix()


def artifact_uri(path: str) -> str:
    """A URI reference for ``path``: relative when possible, ``file://`` otherwise."""
    shown = display_path(path)
    if PurePath(shown).is_absolute():
        return Path(shown).as_uri()
    return quote(shown, safe="/")


# C0/C1 controls (ANSI escapes among them), bidirectional overrides that could make text read
# backwards, and what XML 1.0 cannot carry at all are spelled out (``\x1b``) in every format.
_UNSAFE_CHARS = re.compile(
    r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff\ufffe\uffff]"
)
_LINE_BREAKS = re.compile(r"\s*[\r\n\u2028\u2029]+\s*")


def visible(text: str) -> str:
    """``text`` with control characters spelled out; line breaks (as ``\\n``) and tabs kept."""
    return _UNSAFE_CHARS.sub(_spelled, text.replace("\r\n", "\n").replace("\r", "\n"))


def one_line(text: str) -> str:
    """``text`` on one line (breaks become spaces) with control characters spelled out."""
    return visible(_LINE_BREAKS.sub(" ", text).replace("\t", " "))


def _spelled(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"
