"""``claimcheck check``: run the audit, write the reports, return the policy's exit code."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import click

from claimcheck.audit import AuditOptions, run_audit
from claimcheck.claims.loader import load_claims
from claimcheck.config import resolve_settings
from claimcheck.errors import InputError
from claimcheck.output import check_writable, write_atomically
from claimcheck.progress import ProgressBar
from claimcheck.report.policy import parse_fail_on
from claimcheck.reporters import REPORTERS, render


def run_check(
    *,
    claims_yaml: str,
    records_dirs: tuple[str, ...],
    offline: bool,
    eutils_url: str | None,
    api_key: str | None,
    email: str | None,
    cache_dir: str | None,
    refresh: bool,
    output_format: str,
    output: str | None,
    extra_reports: tuple[str, ...],
    fail_on: str | None,
    strict: bool,
    allow_unchecked: bool,
    jobs: int | None = None,
) -> int:
    verdicts = parse_fail_on(fail_on, strict)
    destinations = _destinations(output_format, output, extra_reports)
    for folder in records_dirs:
        if not Path(folder).is_dir():
            raise InputError("is not a folder of <PMID>.xml records", path=folder,
                             field="--records")
    settings = resolve_settings(
        eutils_url=eutils_url,
        api_key=api_key,
        email=email,
        cache_dir=cache_dir,
        offline=offline,
        refresh=refresh,
        jobs=jobs,
    )
    loaded = load_claims(claims_yaml)
    progress = ProgressBar(stream=sys.stderr)
    options = AuditOptions(
        records_dirs=[Path(folder) for folder in records_dirs],
        settings=settings,
        fail_on=verdicts,
        allow_unchecked=allow_unchecked,
        on_progress=progress.update,
        warn=lambda message: click.echo(
            f"claimcheck: warning: {settings.redact(message)}", err=True
        ),
    )
    try:
        report = run_audit(loaded, options)
    finally:
        progress.close()
    for index, (fmt, target) in enumerate(destinations):
        text = render(report, fmt, color=target is None and _wants_color())
        if target is None:
            click.echo(text, nl=not text.endswith("\n"))
        else:
            write_atomically(Path(target), text, option=_option_of(index))
    assert report.policy is not None
    return report.policy.exit_code


def _destinations(
    output_format: str, output: str | None, extra_reports: tuple[str, ...]
) -> list[tuple[str, str | None]]:
    """The (format, path) pairs to write; a path of None means stdout."""
    destinations: list[tuple[str, str | None]] = [(output_format, output)]
    for spec in extra_reports:
        fmt, sep, target = spec.partition("=")
        if not sep or not target:
            raise InputError(f"{spec!r} is not FORMAT=PATH", field="--report")
        if fmt not in REPORTERS:
            raise InputError(
                f"unknown format {fmt!r} (one of {', '.join(sorted(REPORTERS))})",
                field="--report",
            )
        destinations.append((fmt, target))
    targets = [target for _, target in destinations if target is not None]
    if len(targets) != len(set(targets)):
        raise InputError("two reports would be written to the same file", field="--report")
    for index, (_, target) in enumerate(destinations):
        if target is not None:
            check_writable(Path(target), _option_of(index))
    return destinations


def _option_of(destination_index: int) -> str:
    return "--output" if destination_index == 0 else "--report"


def _wants_color() -> bool:
    return sys.stdout.isatty() and "NO_COLOR" not in os.environ and os.environ.get("TERM") != "dumb"
