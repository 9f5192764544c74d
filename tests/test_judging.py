"""Judging claims in worker processes: same results, same order, every claim counted once."""

from __future__ import annotations

import os
import threading
from functools import cache
from pathlib import Path

import pytest
from click.testing import CliRunner

from claimcheck import judging
from claimcheck.claims.model import Claim
from claimcheck.cli import main
from claimcheck.config import resolve_settings
from claimcheck.errors import InputError
from claimcheck.judging import Task, judge_tasks
from claimcheck.pubmed.model import PubMedRecord
from claimcheck.pubmed.parser import parse_records
from claimcheck.report.model import ClaimResult, FindingKind, Verdict

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
REPO = FIXTURES.parent
PMIDS = ("30922101", "29532791", "31082965", "28757132")
STATEMENTS = (
    "Ketamine reduced depressive symptoms within hours",
    "The study was a randomized, double-blind trial",
    "Esketamine nasal spray was approved in 2019",
    "About 60% of patients responded to ketamine",
    "Response was lower than with placebo",
)


@cache
def record(pmid: str) -> PubMedRecord:
    return parse_records((FIXTURES / f"{pmid}.xml").read_bytes())[0]


def tasks(count: int) -> list[Task]:
    """Claims grouped by record, as the audit hands them over."""
    made = []
    for number in range(count):
        pmid = PMIDS[number * len(PMIDS) // count]
        text = f"{STATEMENTS[number % len(STATEMENTS)]} (claim {number})"
        made.append(Task(Claim(id=f"c{number}", text=text, pmid=pmid), record(pmid)))
    return made


def dumped(results: list[ClaimResult]) -> list[str]:
    return [result.model_dump_json() for result in results]


@pytest.fixture
def small_parallel_threshold(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(judging, "PARALLEL_FROM", 2)


@pytest.fixture
def pid_in_note(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each result notes the process that judged it (forked workers inherit the patch)."""
    real = judging.verify_claim

    def noting(claim: Claim, record: PubMedRecord) -> ClaimResult:
        result = real(claim, record)
        result.note = str(os.getpid())
        return result

    monkeypatch.setattr(judging, "verify_claim", noting)


@pytest.mark.skipif(not judging._can_fork_workers(), reason="workers are forked on Linux only")
def test_workers_give_the_same_results_in_the_same_order(
    small_parallel_threshold: None,
) -> None:
    work = tasks(40)
    counted: list[int] = []
    in_workers = judge_tasks(work, jobs=2, on_done=counted.append)
    here = judge_tasks(work, jobs=1)
    assert dumped(in_workers) == dumped(here)
    assert [result.id for result in in_workers] == [task.claim.id for task in work]
    assert sum(counted) == len(work)


@pytest.mark.skipif(not judging._can_fork_workers(), reason="workers are forked on Linux only")
def test_workers_do_the_judging(small_parallel_threshold: None, pid_in_note: None) -> None:
    judged_by = {result.note for result in judge_tasks(tasks(40), jobs=2)}
    assert str(os.getpid()) not in judged_by
    assert len(judged_by) == 2


@pytest.mark.skipif(not judging._can_fork_workers(), reason="workers are forked on Linux only")
def test_a_worker_that_dies_leaves_its_claims_to_this_process(
    small_parallel_threshold: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    work = tasks(40)
    expected = dumped(judge_tasks(work, jobs=1))
    parent = os.getpid()
    real = judging.verify_claim

    def dying_in_a_worker(claim: Claim, record: PubMedRecord) -> ClaimResult:
        if os.getpid() != parent and claim.id == "c7":
            os._exit(1)  # as if the kernel killed the worker
        return real(claim, record)

    monkeypatch.setattr(judging, "verify_claim", dying_in_a_worker)
    counted: list[int] = []
    assert dumped(judge_tasks(work, jobs=2, on_done=counted.append)) == expected
    assert sum(counted) == len(work)


@pytest.fixture
def failing_on_claim_c3(monkeypatch: pytest.MonkeyPatch) -> None:
    """The engine raises on one claim (forked workers inherit the patch)."""
    real = judging.verify_claim

    def failing(claim: Claim, record: PubMedRecord) -> ClaimResult:
        if claim.id == "c3":
            raise ValueError("an engine bug")
        return real(claim, record)

    monkeypatch.setattr(judging, "verify_claim", failing)


@pytest.mark.parametrize("jobs", [1, 2])
def test_an_engine_failure_leaves_only_that_claim_unjudged(
    small_parallel_threshold: None, failing_on_claim_c3: None, jobs: int
) -> None:
    work = tasks(20)
    results = judge_tasks(work, jobs=jobs)
    failed = next(result for result in results if result.id == "c3")
    assert failed.verdict is Verdict.UNCHECKED
    (finding,) = failed.findings
    assert finding.kind is FindingKind.INTERNAL
    assert "ValueError: an engine bug" in finding.message
    assert "please report it" in finding.message
    others = [result for result in results if result.id != "c3"]
    assert len(others) == 19
    assert all(not any(f.kind is FindingKind.INTERNAL for f in r.findings) for r in others)


def test_the_command_reports_an_engine_failure_as_unchecked_not_a_traceback(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def failing(claim: Claim, record: PubMedRecord) -> ClaimResult:
        raise KeyError("lost")

    monkeypatch.setattr(judging, "verify_claim", failing)
    claims = tmp_path / "claims.yaml"
    claims.write_text(
        f"records: [{FIXTURES}]\nclaims:\n  - id: c1\n    pmid: '30922101'\n"
        "    text: Ketamine helped\n",
        encoding="utf-8",
    )
    env = {"CLAIMCHECK_CACHE_DIR": str(tmp_path / "cache")}
    result = CliRunner().invoke(main, ["check", str(claims), "--offline"], env=env)
    assert result.exit_code == 3
    assert "internal error" in result.output
    assert "KeyError" in result.output
    assert "Traceback" not in result.output


def test_small_audits_are_judged_here(pid_in_note: None) -> None:
    judged_by = {result.note for result in judge_tasks(tasks(12), jobs=2)}
    assert judged_by == {str(os.getpid())}


def test_no_workers_are_forked_while_other_threads_run(
    small_parallel_threshold: None, pid_in_note: None
) -> None:
    stop = threading.Event()
    helper = threading.Thread(target=stop.wait)
    helper.start()
    try:
        judged_by = {result.note for result in judge_tasks(tasks(20), jobs=2)}
    finally:
        stop.set()
        helper.join()
    assert judged_by == {str(os.getpid())}


def runs_of(length: int, count: int) -> list[Task]:
    """``count`` claims whose cited record changes every ``length`` claims."""
    return [
        Task(Claim(id=f"c{n}", text="Ketamine helped", pmid=pmid), record(pmid))
        for n in range(count)
        for pmid in [PMIDS[(n // length) % len(PMIDS)]]
    ]


def test_batches_cover_every_task_once_in_order() -> None:
    work = runs_of(250, 1000)
    batches = judging._batches(work, workers=2)
    assert [position for batch in batches for position in batch] == list(range(len(work)))
    assert len(batches) >= 2 * judging.BATCHES_PER_WORKER


def test_batches_end_where_a_record_ends_when_one_is_near() -> None:
    batches = judging._batches(runs_of(20, 1000), workers=2)
    assert all(batch.stop % 20 == 0 for batch in batches)


def test_jobs_come_from_the_flag_then_the_environment() -> None:
    assert resolve_settings(jobs=3, environ={"CLAIMCHECK_JOBS": "5"}).jobs == 3
    assert resolve_settings(environ={"CLAIMCHECK_JOBS": "5"}).jobs == 5
    assert resolve_settings(environ={}).jobs is None


def test_a_bad_jobs_variable_is_named() -> None:
    with pytest.raises(InputError, match="CLAIMCHECK_JOBS"):
        resolve_settings(environ={"CLAIMCHECK_JOBS": "two"})


@pytest.mark.parametrize(
    ("args", "env", "message"),
    [
        (["--jobs", "0"], {}, "--jobs"),
        ([], {"CLAIMCHECK_JOBS": "-1"}, "CLAIMCHECK_JOBS"),
    ],
)
def test_the_command_rejects_bad_jobs(args: list[str], env: dict[str, str], message: str) -> None:
    runner = CliRunner()
    result = runner.invoke(
        main, ["check", str(REPO / "claims.yaml"), "--offline", *args], env=env
    )
    assert result.exit_code == 2
    assert message in result.output
    assert "Traceback" not in result.output
