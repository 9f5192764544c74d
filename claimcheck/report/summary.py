"""Counting verdicts and saying the outcome in one line, the same way in every report."""

from __future__ import annotations

from collections.abc import Sequence

from claimcheck.report.model import DEFAULT_FAIL_ON, ClaimResult, Report, Summary, Verdict


def fails(claim: ClaimResult, fail_on: Sequence[Verdict]) -> bool:
    """True when ``claim`` fails the run: its verdict is in ``fail_on`` and it is not waived."""
    return claim.verdict in fail_on and not claim.waived


def summarize(claims: Sequence[ClaimResult], fail_on: Sequence[Verdict]) -> Summary:
    """Counts per verdict (every verdict name, zero included), failing, waived and unchecked."""
    counts = {verdict.value: 0 for verdict in Verdict}
    for claim in claims:
        counts[claim.verdict.value] += 1
    return Summary(
        total=len(claims),
        counts=counts,
        failing=sum(1 for claim in claims if fails(claim, fail_on)),
        waived=sum(1 for claim in claims if claim.waived),
        unchecked=counts[Verdict.UNCHECKED.value],
    )


def fail_on_of(report: Report) -> list[Verdict]:
    """The verdicts that failed this run (the default set when no policy was applied)."""
    return list(report.policy.fail_on) if report.policy else list(DEFAULT_FAIL_ON)


def counts_line(summary: Summary) -> str:
    """``33 claims: 16 SUPPORTED, 5 CONTRADICTED, ... (1 waived)``: every verdict, in order."""
    noun = "claim" if summary.total == 1 else "claims"
    parts = [f"{summary.counts.get(verdict.value, 0)} {verdict.value}" for verdict in Verdict]
    line = f"{summary.total} {noun}: " + ", ".join(parts)
    if summary.waived:
        line += f" ({summary.waived} waived)"
    return line


def result_line(report: Report) -> str:
    """The policy's outcome, e.g. ``result: FAIL (exit 1) — 3 CONTRADICTED, 1 RETRACTED``."""
    policy = report.policy
    if policy is None:
        return "result: not evaluated (no policy applied)"
    fail_on = list(policy.fail_on)
    failing = _failing_counts(report.claims, fail_on)
    waived = sum(1 for claim in report.claims if claim.waived)
    waived_note = f"; {waived} waived" if waived else ""
    label = policy.result.upper()
    head = f"result: {label} (exit {policy.exit_code}) — "
    if failing:
        listed = ", ".join(f"{count} {verdict.value}" for verdict, count in failing)
        return head + listed + waived_note
    unchecked = sum(
        1 for claim in report.claims if claim.verdict is Verdict.UNCHECKED and not claim.waived
    )
    if unchecked and policy.exit_code == 3:
        return head + f"{unchecked} UNCHECKED, none failing (--allow-unchecked accepts them)" + (
            waived_note
        )
    names = ",".join(verdict.value for verdict in fail_on) or "nothing"
    tail = f"no claim has a verdict in --fail-on ({names})"
    if unchecked:
        tail += f"; {unchecked} UNCHECKED allowed"
    return head + tail + waived_note


def _failing_counts(
    claims: Sequence[ClaimResult], fail_on: Sequence[Verdict]
) -> list[tuple[Verdict, int]]:
    counted = []
    for verdict in Verdict:
        count = sum(1 for claim in claims if claim.verdict is verdict and fails(claim, fail_on))
        if count:
            counted.append((verdict, count))
    return counted

