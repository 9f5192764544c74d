"""Report formats, registered by name; each turns one :class:`Report` into text.

Architecture: one module per format (``text``, ``json_report``, ``markdown``, ``html``,
``junit``, ``sarif``, ``github``) with a ``render_<format>(report, *, color=False) -> str``
function; :data:`REPORTERS` maps the ``--format`` names to them. Where the text goes (stdout or
a file) is decided once, by the caller. No format recomputes a verdict.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from claimcheck.errors import InputError
from claimcheck.report.model import Report
from claimcheck.reporters.github import render_github
from claimcheck.reporters.html import render_html
from claimcheck.reporters.json_report import render_json
from claimcheck.reporters.junit import render_junit
from claimcheck.reporters.markdown import render_markdown
from claimcheck.reporters.sarif import render_sarif
from claimcheck.reporters.text import render_text

__all__ = ["REPORTERS", "Reporter", "render"]


@dataclass(frozen=True)
class Reporter:
    """One output format: its name, what it is for, a usual file suffix, and its renderer."""

    name: str
    description: str
    suffix: str
    renderer: Callable[..., str]

    def render(self, report: Report, *, color: bool = False) -> str:
        return self.renderer(report, color=color)


REPORTERS: dict[str, Reporter] = {
    reporter.name: reporter
    for reporter in (
        Reporter("text", "readable terminal report (default)", ".txt", render_text),
        Reporter("json", "the full report model, see `claimcheck schema --report`", ".json",
                 render_json),
        Reporter("markdown", "pull-request comment or CI job summary", ".md", render_markdown),
        Reporter("html", "self-contained page for editors, with filters", ".html", render_html),
        Reporter("junit", "JUnit XML for CI test-report views", ".xml", render_junit),
        Reporter("sarif", "SARIF 2.1.0 for code scanning", ".sarif", render_sarif),
        Reporter("github", "GitHub Actions annotations (workflow commands)", ".txt",
                 render_github),
    )
}


def render(report: Report, fmt: str, *, color: bool = False) -> str:
    """``report`` in format ``fmt``; colour matters to the text format only."""
    reporter = REPORTERS.get(fmt)
    if reporter is None:
        known = ", ".join(REPORTERS)
        raise InputError(f"unknown format {fmt!r} (one of {known})", field="--format")
    return reporter.render(report, color=color)
