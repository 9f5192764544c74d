"""``python -m bench``: claimcheck's performance benchmarks, side by side, in one run.

    python -m bench                   # --sizes full: the figures of docs/benchmarks.md
    python -m bench --sizes small     # a quicker look (about two minutes); results JSON only
    python -m bench --from-json FILE  # rewrite docs/benchmarks.md from an earlier run

Writes build/bench/results-<sizes>.json; ``full`` (or ``--doc``) also rewrites the generated
sections of docs/benchmarks.md and its plot. Exit status 0 when every target of issue 6 that the
chosen sizes can check is met, 1 otherwise.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import platform
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from itertools import pairwise
from pathlib import Path
from typing import Any

from bench.doc_tables import update_doc
from bench.fetch_bench import BATCH_SIZE, LIMIT_PER_SECOND, run_fetch_benchmark
from bench.parse_bench import run_parse_benchmark
from bench.plot import plot_time_against_claims
from bench.synth import REPO_ROOT
from bench.verify_bench import measure

DEFAULT_DOC = REPO_ROOT / "docs" / "benchmarks.md"
DEFAULT_PLOT = REPO_ROOT / "docs" / "benchmarks-time-vs-claims.png"
RESULTS_DIR = REPO_ROOT / "build" / "bench"
SPEEDUP_TARGET = 20.0
SCALING_TARGET = 12.0
MAX_REQUESTS_10K = 60


@dataclass(frozen=True)
class Plan:
    fetch_pmids: tuple[int, ...]
    baseline_pmids: int        # the per-PMID loop is measured this far, extrapolated beyond
    verify_claims: tuple[int, ...]
    shuffled_claims: int | None  # also measured in random order across all records
    profile_claims: int | None
    parse_repeats: int


PLANS = {
    "tiny": Plan((100,), 10, (200,), None, None, 5),  # the CI smoke test
    "small": Plan((100,), 100, (1_000, 10_000), None, 1_000, 50),
    "full": Plan((100, 1_000, 10_000), 100, (1_000, 10_000, 100_000), 10_000, 10_000, 200),
}


def run_benchmarks(sizes: str, *, progress: bool = True) -> dict[str, Any]:
    plan = PLANS[sizes]
    say = _printer(progress)
    started = time.perf_counter()
    results: dict[str, Any] = {
        "schema": 1,
        "sizes": sizes,
        "command": f"python -m bench --sizes {sizes}",
        "started": datetime.now(UTC).isoformat(timespec="seconds"),
        "machine": machine(),
    }
    results["fetch"] = run_fetch_benchmark(plan.fetch_pmids, plan.baseline_pmids, say)
    rows = []
    with tempfile.TemporaryDirectory(prefix="claimcheck-bench-") as scratch:
        for claims in plan.verify_claims:
            say(f"verify {claims:,} claims (child process)")
            rows.append(measure(claims, Path(scratch) / f"verify-{claims}"))
        shuffled = None
        if plan.shuffled_claims is not None:
            say(f"verify {plan.shuffled_claims:,} claims in random order (child process)")
            shuffled = measure(plan.shuffled_claims, Path(scratch) / "shuffled", shuffled=True)
        profile = None
        if plan.profile_claims is not None:
            say(f"profile the audit of {plan.profile_claims:,} claims (child process)")
            profile = measure(plan.profile_claims, Path(scratch) / "profile", profile=True)
    results["verify"] = {"rows": rows, "scaling": scaling(rows), "shuffled": shuffled}
    results["profile"] = profile
    say(f"parse the fixture records {plan.parse_repeats} times each, standard library and lxml")
    results["parse"] = run_parse_benchmark(plan.parse_repeats)
    results["duration_seconds"] = time.perf_counter() - started
    results["machine"]["load_average_at_end"] = [round(load, 2) for load in os.getloadavg()]
    results["checks"] = assess(results)
    return results


def scaling(rows: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    return [{"from_claims": small["claims"], "to_claims": large["claims"],
             "claims_ratio": large["claims"] / small["claims"],
             "time_ratio": large["audit_seconds"] / small["audit_seconds"]}
            for small, large in pairwise(rows)]


def assess(results: dict[str, Any]) -> list[dict[str, Any]]:
    """The targets of issue 6 (and the request ceilings of issue 2) these results can check."""
    checks = []
    for row in results["fetch"]["rows"]:
        pmids, cold, warm = row["pmids"], row["claimcheck"], row["warm"]
        ceiling = math.ceil(pmids / BATCH_SIZE)
        checks.append(_check(f"{pmids:,} PMIDs: at most {ceiling} efetch requests",
                             cold["efetch_requests"] <= ceiling and cold["records"] == pmids,
                             f"{cold['efetch_requests']} efetch, {cold['requests']} in all; "
                             f"{cold['records']:,} records"))
        checks.append(_check(f"{pmids:,} PMIDs: never more than {LIMIT_PER_SECOND} requests "
                             "in any 1 s window, no 429", cold["max_in_one_second"]
                             <= LIMIT_PER_SECOND and cold["rate_limited"] == 0,
                             f"at most {cold['max_in_one_second']} in 1 s, "
                             f"{cold['rate_limited']} answered 429"))
        checks.append(_check(f"{pmids:,} PMIDs: warm cache makes no request",
                             warm["requests"] == 0 and warm["records"] == pmids,
                             f"{warm['requests']} requests"))
        if pmids == 10_000:
            checks.append(_check(f"10,000 PMIDs in at most {MAX_REQUESTS_10K} requests",
                                 cold["requests"] <= MAX_REQUESTS_10K,
                                 f"{cold['requests']} requests"))
        loop = row["per_pmid_loop"]
        if pmids == 100 and not loop["extrapolated"]:
            checks.append(_check(f"100 PMIDs at least {SPEEDUP_TARGET:g}x faster than the "
                                 "per-PMID loop (same run)", row["speedup"] >= SPEEDUP_TARGET,
                                 f"{row['speedup']:.0f}x ({loop['seconds']:.1f} s against "
                                 f"{cold['seconds']:.2f} s)"))
    for step in results["verify"]["scaling"]:
        if (step["from_claims"], step["to_claims"]) == (1_000, 10_000):
            checks.append(_check(f"10,000 claims in at most {SCALING_TARGET:g}x the time of "
                                 "1,000", step["time_ratio"] <= SCALING_TARGET,
                                 f"{step['time_ratio']:.2f}x"))
    for row in results["verify"]["rows"]:
        if row["claims"] == 100_000:
            checks.append(_check("100,000 claims complete, peak memory reported", True,
                                 f"{row['audit_seconds']:.0f} s, peak {row['peak_rss_mib']:.0f}"
                                 " MiB"))
    return checks


def machine() -> dict[str, Any]:
    from Bio import __version__ as biopython_version

    from claimcheck import __version__ as claimcheck_version

    return {
        "cpus": os.cpu_count(),
        "cpus_usable": len(os.sched_getaffinity(0)),
        "cpu_model": _proc_field("/proc/cpuinfo", "model name") or platform.processor(),
        "load_average": [round(load, 2) for load in os.getloadavg()],
        "memory_gib": _memory_gib(),
        "python": platform.python_version(),
        "platform": platform.platform(),
        "claimcheck": claimcheck_version,
        "biopython": biopython_version,
        "commit": _git_commit(),
    }


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", choices=sorted(PLANS), default="full")
    parser.add_argument("--output", type=Path,
                        help="results JSON (default: build/bench/results-<sizes>.json)")
    parser.add_argument("--doc", type=Path, help="markdown file whose generated sections to "
                        "rewrite (default with --sizes full: docs/benchmarks.md)")
    parser.add_argument("--no-doc", action="store_true", help="do not touch any markdown file")
    parser.add_argument("--from-json", type=Path, help="render the doc from this results file "
                        "instead of measuring")
    parser.add_argument("--quiet", action="store_true", help="no progress lines")
    args = parser.parse_args(argv)

    if args.from_json is not None:
        results = json.loads(args.from_json.read_text("utf-8"))
    else:
        results = run_benchmarks(args.sizes, progress=not args.quiet)
        output = args.output or RESULTS_DIR / f"results-{args.sizes}.json"
        output.parent.mkdir(parents=True, exist_ok=True)
        output.write_text(json.dumps(results, indent=1) + "\n", "utf-8")
        print(f"results: {_shown(output)}")
    doc = args.doc or (DEFAULT_DOC if results["sizes"] == "full" or args.from_json else None)
    if doc is not None and not args.no_doc:
        plot = doc.parent / DEFAULT_PLOT.name
        plotted = plot_time_against_claims(
            results["verify"]["rows"], plot,
            title=f"claimcheck audit time ({results['machine']['cpu_model']}, "
                  f"{results['machine']['cpus']} CPUs)")
        update_doc(doc, results, plot_name=plot.name if plotted else None)
        print(f"doc: {_shown(doc)}" + (f", plot: {_shown(plot)}" if plotted else ""))
    for check in results["checks"]:
        print(f"{'PASS' if check['passed'] else 'FAIL'}  {check['name']}: {check['detail']}")
    return 0 if all(check["passed"] for check in results["checks"]) else 1


def _check(name: str, passed: bool, detail: str) -> dict[str, Any]:
    return {"name": name, "passed": bool(passed), "detail": detail}


def _printer(enabled: bool) -> Any:
    def say(message: str) -> None:
        if enabled:
            print(f"[bench] {message}", file=sys.stderr, flush=True)
    return say


def _proc_field(path: str, name: str) -> str | None:
    try:
        with open(path, encoding="utf-8") as stream:
            for line in stream:
                key, _, value = line.partition(":")
                if key.strip() == name:
                    return value.strip()
    except OSError:
        return None
    return None


def _memory_gib() -> float | None:
    total = _proc_field("/proc/meminfo", "MemTotal")  # "24531364 kB"
    return round(int(total.split()[0]) / 1024 / 1024, 1) if total else None


def _git_commit() -> str | None:
    try:
        done = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=REPO_ROOT,
                              capture_output=True, text=True, check=True, timeout=10)
    except (OSError, subprocess.SubprocessError):
        return None
    return done.stdout.strip() or None


def _shown(path: Path) -> str:
    try:
        return str(path.resolve().relative_to(REPO_ROOT))
    except ValueError:
        return str(path)
