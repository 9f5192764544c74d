"""The run's policy: which verdicts fail it, which claims are waived, and the exit code.

Exit codes (the public contract): 1 when a claim that is not waived has a verdict in
``--fail-on``; otherwise 3 when a claim that is not waived is UNCHECKED, unless
``--allow-unchecked``; otherwise 0. A waiver applies only while the claim's verdict is the one
it names: it is reported and counted, and keeps that claim from failing the run.
"""

from __future__ import annotations

from collections.abc import Sequence

from claimcheck.claims.suggest import closest
from claimcheck.errors import InputError
from claimcheck.report.model import DEFAULT_FAIL_ON, ClaimResult, Policy, Summary, Verdict
from claimcheck.report.summary import fails, summarize

EXIT_PASS = 0
EXIT_FAIL = 1
EXIT_UNCHECKED = 3

# `--fail-on none` lets a run report without ever failing on a verdict.
_NOTHING = "none"


def parse_fail_on(value: str | None, strict: bool) -> list[Verdict]:
    """The verdicts that fail the run, from ``--fail-on V1,V2`` and ``--strict``.

    No value gives the default set (CONTRADICTED, METADATA_MISMATCH, RETRACTED,
    BROKEN_CITATION); ``--strict`` adds NOT_IN_SOURCE. Names are matched without regard to
    case; an unknown name is an :class:`InputError` naming ``--fail-on`` and the nearest name.
    """
    chosen = set(DEFAULT_FAIL_ON) if value is None else _parse_names(value)
    if strict:
        chosen.add(Verdict.NOT_IN_SOURCE)
    return [verdict for verdict in Verdict if verdict in chosen]


def _parse_names(value: str) -> set[Verdict]:
    names = [name.strip() for name in value.split(",") if name.strip()]
    if not names:
        raise InputError(
            f"names no verdict; give one or more of {_known()}, or {_NOTHING}",
            field="--fail-on",
        )
    if [name.lower() for name in names] == [_NOTHING]:
        return set()
    chosen: set[Verdict] = set()
    for name in names:
        key = name.upper().replace("-", "_").replace(" ", "_")
        if key in Verdict.__members__:
            chosen.add(Verdict[key])
            continue
        near = closest(name, [verdict.value.lower() for verdict in Verdict])
        hint = f"; did you mean {near.upper()}?" if near else ""
        raise InputError(f"unknown verdict {name!r}{hint} (known: {_known()})",
                         field="--fail-on")
    return chosen


def _known() -> str:
    return ", ".join(verdict.value for verdict in Verdict)


def apply_policy(
    claims: list[ClaimResult], fail_on: list[Verdict], allow_unchecked: bool
) -> tuple[list[ClaimResult], Summary, Policy]:
    """Mark waived claims, count verdicts and decide the exit code.

    Returns new claim results (the inputs are not changed) with ``waived`` set where the
    claim's waiver names its verdict, the summary, and the policy with the exit code.
    """
    marked = [
        claim.model_copy(
            update={"waived": claim.waiver is not None and claim.waiver.verdict is claim.verdict}
        )
        for claim in claims
    ]
    summary = summarize(marked, fail_on)
    exit_code = _exit_code(marked, fail_on, allow_unchecked)
    result = {EXIT_PASS: "pass", EXIT_FAIL: "fail", EXIT_UNCHECKED: "unchecked"}[exit_code]
    policy = Policy(
        fail_on=list(fail_on),
        allow_unchecked=allow_unchecked,
        exit_code=exit_code,
        result=result,
    )
    return marked, summary, policy


def _exit_code(
    claims: Sequence[ClaimResult], fail_on: Sequence[Verdict], allow_unchecked: bool
) -> int:
    if any(fails(claim, fail_on) for claim in claims):
        return EXIT_FAIL
    unchecked = any(
        claim.verdict is Verdict.UNCHECKED and not claim.waived for claim in claims
    )
    if unchecked and not allow_unchecked:
        return EXIT_UNCHECKED
    return EXIT_PASS
