"""Judging many claims against their records: in this process, or spread over worker processes.

The engine is pure (a claim and a record in, a result out), so large audits can use every core:
claims citing one record travel together in one batch, so each worker builds that record's
sentence index once. Results come back in the order the tasks were given, whatever the number
of workers, so the report is the same with or without them.

Workers are forked, and only on Linux from a process running a single thread: a forked worker
inherits the tasks and the warm engine without copying them, and, unlike "spawn", it does not
re-run the caller's main module (a script calling ``claimcheck.check()`` needs no
``if __name__ == "__main__"`` guard). Elsewhere the claims are judged in this process.
"""

from __future__ import annotations

import gc
import logging
import multiprocessing
import os
import sys
import threading
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from dataclasses import dataclass

from claimcheck.claims.model import Claim
from claimcheck.pubmed.model import PubMedRecord
from claimcheck.report.model import ClaimResult, Finding, FindingKind, Verdict
from claimcheck.verification.engine import verify_claim

logger = logging.getLogger(__name__)

# Below this many claims, starting worker processes (each imports the engine afresh) costs
# more than it saves: a few hundred claims verify in a couple of seconds in one process.
PARALLEL_FROM = 400
# Batches per worker: enough that a slow batch does not leave the other workers idle at the end.
BATCHES_PER_WORKER = 8
MAX_BATCH = 500


@dataclass(frozen=True)
class Task:
    claim: Claim
    record: PubMedRecord


def available_cores() -> int:
    """The CPU cores this process may run on (its affinity, where the platform tells)."""
    if hasattr(os, "sched_getaffinity"):
        return max(1, len(os.sched_getaffinity(0)))
    return max(1, os.cpu_count() or 1)


def judge_tasks(
    tasks: Sequence[Task],
    jobs: int | None = None,
    on_done: Callable[[int], None] | None = None,
) -> list[ClaimResult]:
    """Verify every task's claim against its record; ``on_done(n)`` reports n more finished.

    ``jobs`` is the number of worker processes (None: one per available core); one job, or an
    audit too small to gain from workers, runs here.
    """
    workers = judging_processes(len(tasks), jobs)
    if workers == 1:
        return _judge_here(tasks, on_done)
    return _judge_in_workers(tasks, workers, on_done)


def judging_processes(claims: int, jobs: int | None = None) -> int:
    """How many processes :func:`judge_tasks` uses for ``claims`` claims."""
    if claims < PARALLEL_FROM or not _can_fork_workers():
        return 1
    return max(1, min(jobs or available_cores(), claims))


def _can_fork_workers() -> bool:
    return sys.platform.startswith("linux") and threading.active_count() == 1


def _judge_here(
    tasks: Sequence[Task], on_done: Callable[[int], None] | None
) -> list[ClaimResult]:
    results = []
    with _collector_paused():
        for task in tasks:
            results.append(_judge_one(task))
            if on_done:
                on_done(1)
    return results


def _judge_one(task: Task) -> ClaimResult:
    """One claim's result; a failure of the engine on this claim leaves it unjudged (UNCHECKED,
    with the error named) instead of ending the whole audit."""
    try:
        return verify_claim(task.claim, task.record)
    except Exception as error:  # any engine bug: report it on this claim, judge the rest
        logger.debug("judging claim %s failed", task.claim.id, exc_info=True)
        what = f"{type(error).__name__}: {error}"
        return ClaimResult(
            id=task.claim.id,
            pmid=task.record.pmid,
            doi=task.claim.doi,
            text=task.claim.text,
            verdict=Verdict.UNCHECKED,
            confidence=1.0,
            findings=[
                Finding(
                    kind=FindingKind.INTERNAL,
                    verdict=Verdict.UNCHECKED,
                    message=f"claimcheck failed while judging this claim ({what[:200]}); the "
                    "claim was not judged. This is a bug: please report it with the claim "
                    "and its PMID",
                )
            ],
        )


# The tasks of the run in progress, set before the workers are forked so that they inherit them.
_inherited: Sequence[Task] = ()


def _judge_in_workers(
    tasks: Sequence[Task], workers: int, on_done: Callable[[int], None] | None
) -> list[ClaimResult]:
    global _inherited
    batches = _batches(tasks, workers)
    results: list[ClaimResult | None] = [None] * len(tasks)
    _inherited = tasks
    context = multiprocessing.get_context("fork")
    try:
        with _collector_paused(), ProcessPoolExecutor(workers, mp_context=context) as pool:
            pending: dict[Future[list[ClaimResult]], range] = {
                pool.submit(_judge_batch, batch): batch for batch in batches
            }
            while pending:
                finished, _ = wait(pending, return_when=FIRST_COMPLETED)
                for future in finished:
                    batch = pending.pop(future)
                    for position, result in zip(batch, future.result(), strict=True):
                        results[position] = result
                    if on_done:
                        on_done(len(batch))
    except BrokenProcessPool:
        # A worker died (killed, out of memory): what it and the others left undone is judged
        # here, so the audit still completes with the same results.
        undone = [position for position, result in enumerate(results) if result is None]
        for position, result in zip(
            undone, _judge_here([tasks[p] for p in undone], on_done), strict=True
        ):
            results[position] = result
    finally:
        _inherited = ()
    assert all(result is not None for result in results)
    return results  # type: ignore[return-value]


def _batches(tasks: Sequence[Task], workers: int) -> list[range]:
    """Consecutive runs of tasks, cut where the cited record changes when one is near."""
    size = max(1, min(MAX_BATCH, -(-len(tasks) // (workers * BATCHES_PER_WORKER))))
    batches = []
    start = 0
    while start < len(tasks):
        end = min(start + size, len(tasks))
        # Finish the run of claims citing the batch's last record, unless that run is long.
        boundary = end
        limit = min(end + size // 2, len(tasks))
        while boundary < limit and tasks[boundary].record.pmid == tasks[end - 1].record.pmid:
            boundary += 1
        if boundary == len(tasks) or tasks[boundary].record.pmid != tasks[end - 1].record.pmid:
            end = boundary
        batches.append(range(start, end))
        start = end
    return batches


def _judge_batch(batch: range) -> list[ClaimResult]:
    """Runs in a worker process, on tasks it inherited."""
    return _judge_here([_inherited[position] for position in batch], None)


@contextmanager
def _collector_paused() -> Iterator[None]:
    # Judging allocates many small objects that all live until the report is written; the
    # cyclic collector would rescan them again and again for nothing (see docs/benchmarks.md).
    gc.freeze()
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if collecting:
            gc.enable()
        gc.unfreeze()
