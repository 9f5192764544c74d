"""Nothing lost, nothing half-written: reports, fetched records and the shared cache.

- A report file is replaced whole (temporary file + rename) or not at all; a run that fails
  leaves an existing report as it was.
- Only the files named by ``--output`` / ``--report`` (for ``check``) and the asked
  ``<PMID>.xml`` (for ``fetch --out``) are ever written.
- Two ``check`` processes on one cache both succeed, and a ``check`` killed with SIGKILL in the
  middle of its fetch leaves a cache the next run uses.
"""

from __future__ import annotations

import json
import os
import signal
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from eutils_server import EutilsServer

from claimcheck.cli import main

PROJECT = Path(__file__).resolve().parents[1]
FIXTURES = PROJECT / "fixtures"
CLAIMS = """\
claims:
  - id: phillips-59
    text: Fifty-nine percent of participants met response criteria after repeated infusions.
    pmid: "30922101"
  - id: berman-2000
    text: Medical trials as far back as the year 2000 show ketamine to be effective.
    pmid: "10686270"
"""


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A project folder: a claims file citing two fixtures, read offline from fixtures/."""
    folder = tmp_path / "project"
    folder.mkdir()
    (folder / "claims.yaml").write_text(f"records: [{FIXTURES}]\n{CLAIMS}", encoding="utf-8")
    return folder


def check(project: Path, *args: str) -> Result:
    cache = project.parent / "cache"
    return CliRunner().invoke(
        main,
        ["check", str(project / "claims.yaml"), "--offline", "--cache-dir", str(cache), *args],
    )


def snapshot(folder: Path) -> dict[str, tuple[bytes, int, int]]:
    """Every file under ``folder``: bytes, modification time (ns) and mode."""
    return {
        str(path.relative_to(folder)): (
            path.read_bytes(),
            path.stat().st_mtime_ns,
            path.stat().st_mode,
        )
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


def age(path: Path) -> None:
    os.utime(path, ns=(1_000_000_000_000_000_000, 1_000_000_000_000_000_000))


# -- reports ----------------------------------------------------------------------------------


def test_a_run_refused_for_bad_input_leaves_the_existing_report_alone(project: Path) -> None:
    report = project / "report.json"
    report.write_text('{"an": "old report"}', encoding="utf-8")
    age(report)
    before = snapshot(project)
    (project / "broken.yaml").write_text("claims:\n  - id: a\n    txet: typo\n", encoding="utf-8")
    result = CliRunner().invoke(
        main,
        [
            "check",
            str(project / "broken.yaml"),
            "--offline",
            "--cache-dir",
            str(project.parent / "cache"),
            "--format",
            "json",
            "--output",
            str(report),
        ],
    )
    assert result.exit_code == 2 and "Traceback" not in result.output
    after = snapshot(project)
    del after["broken.yaml"]
    assert after == before  # same bytes, same time, no temporary file left


def test_a_report_is_replaced_by_a_rename_never_rewritten_in_place(project: Path) -> None:
    """A reader that opened the old report still reads all of it: the new one is a new file,
    complete before it takes the name."""
    report = project / "report.json"
    old = json.dumps({"old": "x" * 100_000})
    report.write_text(old, encoding="utf-8")
    with report.open(encoding="utf-8") as reader:
        result = check(project, "--format", "json", "--output", str(report))
        assert result.exit_code == 0, result.output
        assert reader.read() == old
    new = json.loads(report.read_text(encoding="utf-8"))
    assert {claim["id"] for claim in new["claims"]} == {"phillips-59", "berman-2000"}
    assert sorted(path.name for path in project.iterdir()) == ["claims.yaml", "report.json"]


def test_a_run_failing_on_one_report_target_leaves_the_other_reports_alone(
    project: Path,
) -> None:
    """``--report`` naming a folder that does not exist is a usage error (exit 2). It must not
    have replaced the ``--output`` report first: a failed run writes nothing."""
    report = project / "report.txt"
    report.write_text("the last good report\n", encoding="utf-8")
    age(report)
    before = snapshot(project)
    result = check(
        project, "--output", str(report), "--report", f"json={project / 'missing' / 'report.json'}"
    )
    assert result.exit_code == 2 and "Traceback" not in result.output
    assert snapshot(project) == before


def test_an_unwritable_report_target_is_named_as_the_report_option(project: Path) -> None:
    result = check(project, "--report", f"json={project / 'missing' / 'report.json'}")
    assert result.exit_code == 2
    assert "--report" in result.stderr and "--output" not in result.stderr


def test_a_report_that_cannot_be_written_is_one_line_exit_2_not_a_traceback(
    project: Path,
) -> None:
    """An operating-system refusal (here: a file name longer than the file system allows)
    is bad input naming the file, not a crash with exit 1 (which would read as "a claim
    failed")."""
    target = project / ("r" * 300 + ".json")
    result = check(project, "--format", "json", "--output", str(target))
    assert "Traceback" not in result.stderr
    assert not isinstance(result.exception, OSError)
    assert result.exit_code == 2
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("claimcheck: error: ")
    assert sorted(path.name for path in project.iterdir()) == ["claims.yaml"]


def test_a_report_file_gets_the_usual_permissions(project: Path) -> None:
    """Reports are shared (CI artifacts, web servers): a new one is created with the mode
    the umask gives any new file, and a replaced one keeps being readable by others."""
    umask = os.umask(0o022)
    try:
        fresh = project / "fresh.txt"
        kept = project / "kept.txt"
        kept.write_text("old\n", encoding="utf-8")
        kept.chmod(0o644)
        assert check(project, "--output", str(fresh), "--report", f"json={kept}").exit_code == 0
    finally:
        os.umask(umask)
    assert stat.S_IMODE(fresh.stat().st_mode) == 0o644
    assert stat.S_IMODE(kept.stat().st_mode) == 0o644


def test_only_the_named_report_files_are_written(project: Path) -> None:
    """Every file of the project besides the named reports keeps its bytes and time; files
    that look like reports or like leftovers of an earlier run are not touched either."""
    (project / "articles").mkdir()
    (project / "articles" / "article.md").write_text("An article.\n", encoding="utf-8")
    for name in ("report.json", "report.html", "report.sarif", ".report.txt.tmp", "junit.xml"):
        (project / name).write_text(f"old {name}\n", encoding="utf-8")
    out = project / "out"
    out.mkdir()
    (out / "report.txt").write_text("replace me\n", encoding="utf-8")
    (out / "keep.md").write_text("keep me\n", encoding="utf-8")
    for path in project.rglob("*"):
        if path.is_file():
            age(path)
    before = snapshot(project)
    result = check(
        project, "--output", str(out / "report.txt"), "--report", f"markdown={out / 'report.md'}"
    )
    assert result.exit_code == 0, result.output
    after = snapshot(project)
    written = {"out/report.txt", "out/report.md"}
    assert set(after) == set(before) | written
    assert {name: after[name] for name in before if name not in written} == {
        name: data for name, data in before.items() if name not in written
    }
    assert after["out/report.txt"][0].startswith(b"claimcheck ")


# -- fetch --out ------------------------------------------------------------------------------


def test_fetch_touches_only_the_asked_records_and_keeps_a_good_copy_it_cannot_refresh(
    project: Path, eutils_server: EutilsServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``fetch --out`` into the project folder itself: the claims file, other records and
    notes keep their bytes and times; a record that cannot be fetched keeps its old file."""
    import claimcheck.entrez.client as client_module
    from claimcheck.entrez.retry import Backoff

    monkeypatch.setattr(client_module, "Backoff", lambda: Backoff(base=0.01, cap=0.05))
    eutils_server.faults.rate_limit = False
    (project / "10686270.xml").write_bytes((FIXTURES / "10686270.xml").read_bytes())
    (project / "29561204.xml").write_bytes(b"an old copy the fetch cannot refresh")
    (project / "NOTES.md").write_text("mine\n", encoding="utf-8")
    for path in project.iterdir():
        age(path)
    before = snapshot(project)
    eutils_server.faults.poison = {"29561204"}
    result = CliRunner().invoke(
        main,
        [
            "fetch",
            "30922101",
            "29561204",
            "--out",
            str(project),
            "--eutils-url",
            eutils_server.url,
            "--api-key",
            "k",
            "--cache-dir",
            str(project.parent / "cache"),
        ],
    )
    assert result.exit_code == 3  # one record could not be fetched
    after = snapshot(project)
    assert set(after) == set(before) | {"30922101.xml"}
    assert {name: after[name] for name in before} == before
    assert eutils_server.records["30922101"] in after["30922101.xml"][0]


# -- the shared cache, across processes -------------------------------------------------------


def claimcheck_command(*args: str) -> list[str]:
    return [sys.executable, "-m", "claimcheck", *args]


def environment(cache: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("NCBI_", "CLAIMCHECK_"))}
    env["CLAIMCHECK_CACHE_DIR"] = str(cache)
    return env


def many_claims(server: EutilsServer, folder: Path, count: int) -> Path:
    pmids = server.clone_records(count)
    claims = folder / "claims.yaml"
    claims.write_text(
        "claims:\n"
        + "".join(
            f"  - id: c{pmid}\n    text: Fifty-nine percent of participants met response "
            f'criteria.\n    pmid: "{pmid}"\n'
            for pmid in pmids
        ),
        encoding="utf-8",
    )
    return claims


def test_two_check_runs_on_one_cache_both_succeed(
    eutils_server: EutilsServer, tmp_path: Path
) -> None:
    eutils_server.faults.rate_limit = False  # two processes pace separately
    eutils_server.faults.slow, eutils_server.faults.slow_seconds = 1.0, 1.5  # they overlap
    claims = many_claims(eutils_server, tmp_path, 30)
    cache = tmp_path / "cache"
    args = ["check", str(claims), "--eutils-url", eutils_server.url, "--format", "json"]
    runs = [
        subprocess.Popen(
            claimcheck_command(*args),
            env=environment(cache),
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(2)
    ]
    outputs = [run.communicate(timeout=120) for run in runs]
    assert [run.returncode for run in runs] == [runs[0].returncode] * 2
    assert runs[0].returncode in (0, 1)  # judged, not UNCHECKED
    assert [err for _, err in outputs] == ["", ""]  # not even a cache warning
    first, second = (json.loads(out)["claims"] for out, _ in outputs)
    assert first == second
    assert "UNCHECKED" not in {claim["verdict"] for claim in first}
    assert len(eutils_server.requests_to("efetch")) == 2  # both really fetched, at once
    # The cache both wrote is whole: an offline run finds every record there.
    offline = subprocess.run(
        claimcheck_command(*args, "--offline"),
        env=environment(cache),
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert offline.stderr == ""
    assert json.loads(offline.stdout)["claims"] == [
        {**claim, "record": {**claim["record"], "source": "cache"}} for claim in first
    ]


def test_a_check_killed_during_its_fetch_leaves_a_cache_the_next_run_uses(
    eutils_server: EutilsServer, tmp_path: Path
) -> None:
    eutils_server.faults.rate_limit = False
    eutils_server.faults.slow, eutils_server.faults.slow_seconds = 1.0, 0.5
    claims = many_claims(eutils_server, tmp_path, 10)
    cache = tmp_path / "cache"
    report = tmp_path / "report.json"
    args = [
        "check",
        str(claims),
        "--eutils-url",
        eutils_server.url,
        "--format",
        "json",
        "--output",
        str(report),
    ]
    victim = subprocess.Popen(
        claimcheck_command(*args),
        env=environment(cache),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    waited = time.monotonic() + 30
    while not eutils_server.requests_to("efetch") and time.monotonic() < waited:
        time.sleep(0.01)
    victim.send_signal(signal.SIGKILL)
    victim.wait(timeout=10)
    assert not report.exists()  # no half report
    assert [path.name for path in tmp_path.iterdir() if path.name.startswith(".")] == []
    eutils_server.faults.slow = 0.0
    rerun = subprocess.run(
        claimcheck_command(*args),
        env=environment(cache),
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert rerun.returncode in (0, 1) and rerun.stderr == ""
    verdicts = {claim["verdict"] for claim in json.loads(report.read_text())["claims"]}
    assert "UNCHECKED" not in verdicts
