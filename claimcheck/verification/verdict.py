"""From findings to one verdict: the most serious finding decides.

Severity follows ``Verdict.severity`` (RETRACTED > BROKEN_CITATION > UNCHECKED > CONTRADICTED >
METADATA_MISMATCH > NOT_IN_SOURCE > SUPPORTED). Informational findings (notices, anchors) never
set the verdict. SUPPORTED needs at least one supporting finding and nothing worse: a claim with
nothing checkable is NOT_IN_SOURCE, never SUPPORTED by default.

Two readings of one claimed head count may disagree: the sample-size check, which knows the
record's groups and their totals ("386 cases and 896 matched controls"), backs "about 900
matched people", while the number check set it against the largest count of cases. The
sample-size check's support then stands, and the other reading's mismatch for that same count
does not decide.
"""

from __future__ import annotations

import re
from typing import Final

from claimcheck.report.model import Finding, FindingKind, Verdict

NOTHING_CHECKABLE_CONFIDENCE = 0.3


def decide(findings: list[Finding]) -> tuple[Verdict, float]:
    """The claim's verdict and how sure we are of it, in [0, 1]."""
    deciding = _without_overruled_counts([f for f in findings if not f.informational])
    if not deciding:
        return Verdict.NOT_IN_SOURCE, NOTHING_CHECKABLE_CONFIDENCE
    verdict = max((f.verdict for f in deciding), key=lambda v: v.severity)
    same = [f.confidence for f in deciding if f.verdict is verdict]
    if verdict is Verdict.SUPPORTED:
        # Every part must hold, so the weakest supporting finding bounds the whole.
        return verdict, _clamp(min(same))
    # One solid finding of this severity is enough to stand on.
    return verdict, _clamp(max(same))


def deciding_findings(findings: list[Finding]) -> list[Finding]:
    """The findings that carry the verdict (for reports that lead with the reason)."""
    verdict, _ = decide(findings)
    deciding = _without_overruled_counts([f for f in findings if not f.informational])
    return [f for f in deciding if f.verdict is verdict]


def _without_overruled_counts(findings: list[Finding]) -> list[Finding]:
    backed = [
        f.claim_says
        for f in findings
        if f.kind is FindingKind.SAMPLE_SIZE and f.verdict is Verdict.SUPPORTED and f.claim_says
    ]
    if not backed:
        return findings
    return [f for f in findings if not _overruled(f, backed)]


def _overruled(finding: Finding, backed: list[str]) -> bool:
    said = finding.claim_says
    if finding.kind is not FindingKind.SAMPLE_SIZE or not said:
        return False
    if finding.verdict is not Verdict.METADATA_MISMATCH:
        return False
    figures = _figures(said)
    return any(_same_figures(figures, said, count) for count in backed)


# A figure as written, thousands separators and all: "1,100", "12.5".
_FIGURE: Final = re.compile(r"\d+(?:[,\u2009\u202f]\d{3})*(?:\.\d+)?")


def _figures(text: str) -> frozenset[float]:
    return frozenset(
        float(re.sub(r"[,\u2009\u202f]", "", m.group())) for m in _FIGURE.finditer(text)
    )


def _same_figures(figures: frozenset[float], said: str, count: str) -> bool:
    """Whether two readings are of one count: a shared figure ("100" in "100 patients",
    never "100" against "1,100"), or the same words where no figure is written."""
    if figures:
        return bool(figures & _figures(count))
    return " ".join(said.lower().split()) == " ".join(count.lower().split())


def _clamp(value: float) -> float:
    return round(min(1.0, max(0.0, value)), 3)
