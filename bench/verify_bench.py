"""Verifying N claims against cached records, one fresh Python process per size.

The parent writes synthetic records (bench/synth.py) into a claimcheck SQLite cache and the
claims into a JSON file; a child process (``python -m bench.verify_bench``) then measures, in
this order:

1. the floor: ``RecordStore.get_many`` of every cited PMID, offline -- reading NCBI's bytes from
   the cache and parsing them into records, the least work any audit of these claims must do;
2. the audit: ``claimcheck.audit.run_audit`` offline (records from the cache, every claim
   verified, the verdict policy applied, the Report built) -- ``claimcheck.check()`` minus
   reading claims.yaml, which is timed on its own where the file stays under the loader's cap;
3. its peak resident memory (the kernel's high-water mark for the process, VmHWM), the time
   the garbage collector took during the audit, and the time at each tenth of the claims (so
   a slowdown late in a large run shows).

With ``--profile`` the audit runs under cProfile instead, and the child reports the functions
that take the most cumulative and own time.
"""

from __future__ import annotations

import argparse
import cProfile
import gc
import json
import pstats
import random
import resource
import subprocess
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import yaml

from bench.synth import (
    REPO_ROOT,
    SyntheticClaim,
    records_for_claims,
    synthesize_claims,
    synthesize_records,
)

VERIFY_FIRST_PMID = 70_000_001
PROFILE_ROWS = 15
OWN_TIME_ROWS = 10
# The audit's stages, as (file, function) of the call that does each, for the profile summary.
STAGES = {
    "records": ("claimcheck/store/store.py", "get_many"),
    "indexes": ("claimcheck/verification/engine.py", "record_index"),
    "assertions": ("claimcheck/verification/engine.py", "claim_assertions"),
    "findings": ("claimcheck/verification/engine.py", "findings_for"),
    "summaries": ("claimcheck/verification/engine.py", "summarize"),
    "policy": ("claimcheck/report/policy.py", "apply_policy"),
}


# -- parent: prepare a workload and measure it in a child process --------------------------------


def prepare_workload(claims: int, folder: Path, *, shuffled: bool = False) -> dict[str, Any]:
    """Cache the records and write the claims of a ``claims``-claim workload into ``folder``;
    ``shuffled``: claims in random order across all records instead of article by article."""
    from claimcheck.claims.loader import MAX_FILE_BYTES
    from claimcheck.store.cache import RecordCache

    records = synthesize_records(records_for_claims(claims), first_pmid=VERIFY_FIRST_PMID,
                                 seed=claims)
    synthetic = synthesize_claims(records, claims, seed=claims + 1)
    if shuffled:
        random.Random(claims + 2).shuffle(synthetic)
    folder.mkdir(parents=True, exist_ok=True)
    cache_dir = folder / "cache"
    with RecordCache(cache_dir) as cache:
        cache.store_found({record.pmid: record.document for record in records})
    claims_path = folder / "claims.json"
    claims_path.write_text(json.dumps([claim.as_dict() for claim in synthetic]), "utf-8")
    yaml_text = _claims_yaml(synthetic)
    yaml_path = None
    if len(yaml_text.encode("utf-8")) <= MAX_FILE_BYTES:
        yaml_path = folder / "claims.yaml"
        yaml_path.write_text(yaml_text, "utf-8")
    return {"claims_path": claims_path, "cache_dir": cache_dir, "yaml_path": yaml_path,
            "records": len(records),
            "distinct_claim_texts": len({claim.text for claim in synthetic})}


def measure(claims: int, folder: Path, *, profile: bool = False,
            shuffled: bool = False) -> dict[str, Any]:
    """Prepare a workload in ``folder`` and measure it in a fresh process."""
    workload = prepare_workload(claims, folder, shuffled=shuffled)
    result_path = folder / ("profile.json" if profile else "result.json")
    command = [sys.executable, "-m", "bench.verify_bench",
               "--claims", str(workload["claims_path"]),
               "--cache-dir", str(workload["cache_dir"]), "--result", str(result_path)]
    if workload["yaml_path"] is not None and not profile:
        command += ["--yaml", str(workload["yaml_path"])]
    if profile:
        command.append("--profile")
    subprocess.run(command, cwd=REPO_ROOT, check=True)
    result: dict[str, Any] = json.loads(result_path.read_text("utf-8"))
    result["records"] = workload["records"]
    result["order"] = "shuffled" if shuffled else "by article"
    result["distinct_claim_texts"] = workload["distinct_claim_texts"]
    return result


def _claims_yaml(claims: Sequence[SyntheticClaim]) -> str:
    return yaml.safe_dump({"claims": [claim.as_dict() for claim in claims]}, sort_keys=False,
                          allow_unicode=True, width=1_000_000)


# -- child: the measurements themselves ----------------------------------------------------------


def run_child(claims_path: Path, cache_dir: Path, *, yaml_path: Path | None,
              profile: bool) -> dict[str, Any]:
    from claimcheck.audit import AuditOptions, run_audit
    from claimcheck.claims.loader import LoadedClaims, load_claims
    from claimcheck.claims.model import Claim, ClaimsFile
    from claimcheck.config import Settings
    from claimcheck.judging import judging_processes
    from claimcheck.store.outcome import LookupStatus
    from claimcheck.store.store import RecordStore

    rss_at_start = _memory_mib("VmRSS")
    entries = json.loads(claims_path.read_text("utf-8"))
    claims = [Claim(**entry) for entry in entries]
    loaded = LoadedClaims(path=claims_path, claims_file=ClaimsFile(claims=claims),
                          claim_lines={}, records_dirs=[], article_path=None)
    # Profiled runs judge in this process: cProfile does not follow worker processes.
    settings = Settings(cache_dir=cache_dir, offline=True, jobs=1 if profile else None)
    pmids = sorted({claim.pmid for claim in claims if claim.pmid})

    started = time.perf_counter()
    with RecordStore(settings) as store:
        outcomes = store.get_many(pmids)
    floor_seconds = time.perf_counter() - started
    missing = [pmid for pmid, got in outcomes.items() if got.status is not LookupStatus.FOUND]
    if missing:
        raise SystemExit(f"{len(missing)} records are not in the cache, e.g. {missing[0]}")
    del outcomes

    yaml_seconds = None
    if yaml_path is not None:
        started = time.perf_counter()
        load_claims(yaml_path)
        yaml_seconds = time.perf_counter() - started

    tenths = _Tenths(len(claims))
    options = AuditOptions(settings=settings, on_progress=tenths.on_progress)
    profiler = cProfile.Profile() if profile else None
    collector = _CollectorClock()
    gc.callbacks.append(collector.on_event)
    started_cpu = time.process_time() + _children_cpu_seconds()
    started = tenths.started = time.perf_counter()
    if profiler is not None:
        profiler.enable()
    report = run_audit(loaded, options)
    if profiler is not None:
        profiler.disable()
    audit_seconds = time.perf_counter() - started
    audit_cpu_seconds = time.process_time() + _children_cpu_seconds() - started_cpu
    gc.callbacks.remove(collector.on_event)

    result: dict[str, Any] = {
        "claims": len(claims),
        "cited_records": len(pmids),
        "floor_seconds": floor_seconds,
        "audit_seconds": audit_seconds,
        # this process and its judging workers together
        "audit_cpu_seconds": audit_cpu_seconds,
        "judging_processes": judging_processes(len(claims), settings.jobs),
        "verify_seconds": audit_seconds - floor_seconds,
        "claims_per_second": len(claims) / audit_seconds,
        "claims_yaml_seconds": yaml_seconds,
        "rss_at_start_mib": rss_at_start,
        "peak_rss_mib": _memory_mib("VmHWM"),
        # a forked worker's resident set counts the pages it still shares with this process
        "worker_peak_rss_mib": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024,
        "gc_seconds": collector.seconds,
        "gc_full_collections": collector.full_collections,
        "seconds_at_tenths": tenths.seconds,
        "verdicts": {name: count for name, count in report.summary.counts.items() if count},
        "profiled": profile,
    }
    if profiler is not None:
        result["profile"] = _top_functions(profiler)
    return result


def _children_cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _memory_mib(field: str) -> float:
    """A memory figure of this process from /proc/self/status (VmRSS now, VmHWM the peak).

    Not ``ru_maxrss``: Linux carries that across fork and exec, so a child would report its
    parent's peak when the parent was the larger."""
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith(field + ":"):
                return int(line.split()[1]) / 1024  # kB
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


class _Tenths:
    """Seconds since the audit started when each tenth of the claims has been checked."""

    def __init__(self, total: int) -> None:
        self.total = total
        self.started = time.perf_counter()
        self.seconds: list[float] = []

    def on_progress(self, stage: str, done: int, total: int) -> None:
        if stage == "check" and done * 10 >= (len(self.seconds) + 1) * total:
            self.seconds.append(round(time.perf_counter() - self.started, 3))


class _CollectorClock:
    """Time spent in the cyclic garbage collector, from gc's own start/stop callbacks."""

    def __init__(self) -> None:
        self.seconds = 0.0
        self.full_collections = 0
        self._began = 0.0

    def on_event(self, phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            self._began = time.perf_counter()
            return
        self.seconds += time.perf_counter() - self._began
        self.full_collections += info.get("generation") == 2


def _top_functions(profiler: cProfile.Profile) -> dict[str, list[dict[str, Any]]]:
    stats = pstats.Stats(profiler)
    entries = []
    for (path, line, name), (_calls, primitive, own, cumulative, _callers) in \
            stats.stats.items():  # type: ignore[attr-defined]
        entries.append({"function": _where(path, line, name), "calls": primitive,
                        "own_seconds": own, "cumulative_seconds": cumulative})
    by_cumulative = sorted(entries, key=lambda entry: entry["cumulative_seconds"], reverse=True)
    by_own = sorted(entries, key=lambda entry: entry["own_seconds"], reverse=True)
    stages = {stage: sum(cumulative for (path, _line, name), (*_, cumulative, _callers)
                         in stats.stats.items()  # type: ignore[attr-defined]
                         if name == function and path.endswith(file))
              for stage, (file, function) in STAGES.items()}
    return {"cumulative": by_cumulative[:PROFILE_ROWS], "own": by_own[:OWN_TIME_ROWS],
            "stages": stages}


def _where(path: str, line: int, name: str) -> str:
    if path == "~":  # a built-in
        return name
    repo = f"{REPO_ROOT}/"
    if path.startswith(repo):
        shown = path[len(repo):]
    elif "site-packages/" in path:
        shown = path.split("site-packages/", 1)[1]
    else:
        shown = f"stdlib/{Path(path).name}"
    return f"{shown}:{line}({name})"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="One verification measurement (child process"
                                     " of python -m bench).")
    parser.add_argument("--claims", type=Path, required=True)
    parser.add_argument("--cache-dir", type=Path, required=True)
    parser.add_argument("--result", type=Path, required=True)
    parser.add_argument("--yaml", type=Path)
    parser.add_argument("--profile", action="store_true")
    args = parser.parse_args(argv)
    result = run_child(args.claims, args.cache_dir, yaml_path=args.yaml, profile=args.profile)
    args.result.write_text(json.dumps(result, indent=1), "utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
