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
from claimcheck.output import PendingWrite, check_writable, write_all_atomically
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
    deadline: str | None = None,
) -> int:
    verdicts = parse_fail_on(fail_on, strict)
    destinations = _destinations(output_format, output, extra_reports)
    for folder in records_dirs:
        if not Path(folder).is_dir():
            raise InputError(
                "is not a folder of <PMID>.xml records", path=folder, field="--records"
            )
    settings = resolve_settings(
        eutils_url=eutils_url,
        api_key=api_key,
        email=email,
        cache_dir=cache_dir,
        offline=offline,
        refresh=refresh,
        jobs=jobs,
        deadline=deadline,
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
    to_stdout: list[str] = []
    to_files: list[PendingWrite] = []
    for index, (fmt, target) in enumerate(destinations):
        text = render(report, fmt, color=target is None and _wants_color())
        if target is None:
            to_stdout.append(text)
        else:
            to_files.append(PendingWrite(Path(target), text, _option_of(index)))
    write_all_atomically(to_files)  # every report file, or (short of a failed rename) none
    for text in to_stdout:
        click.echo(text, nl=not text.endswith("\n"))
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
    named: list[tuple[str, Path]] = []  # (how the option named it, the file)
    for index, (fmt, target) in enumerate(destinations):
        if target is None:
            continue
        option = _option_of(index)
        check_writable(Path(target), option)
        spelled = f"--output {target}" if index == 0 else f"--report {fmt}={target}"
        for earlier, earlier_path in named:
            if _same_file(earlier_path, Path(target)):
                raise InputError(
                    f"{earlier} and {spelled} name the same file: one report "
                    "would overwrite the other"
                )
        named.append((spelled, Path(target)))
    return destinations


def _same_file(first: Path, second: Path) -> bool:
    """Whether two report paths name one file, however spelled: ``out/./a.txt``, a symbolic
    link, a hard link."""
    if _resolved(first) == _resolved(second):
        return True
    try:
        return os.path.samefile(first, second)
    except OSError:  # one of them does not exist yet: the resolved paths decided
        return False


def _resolved(path: Path) -> Path:
    try:
        return path.resolve()
    except (OSError, RuntimeError):  # a loop of symbolic links: compare the names as absolute
        return Path(os.path.abspath(path))


def _option_of(destination_index: int) -> str:
    return "--output" if destination_index == 0 else "--report"


def _wants_color() -> bool:
    return sys.stdout.isatty() and "NO_COLOR" not in os.environ and os.environ.get("TERM") != "dumb"
