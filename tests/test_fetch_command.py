"""``claimcheck fetch`` through the real CLI, the real client and the E-utilities stand-in."""

from __future__ import annotations

import io
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from eutils_server import EutilsServer

import claimcheck.entrez.client as client_module
from claimcheck.cli import main
from claimcheck.entrez.retry import Backoff
from claimcheck.progress import ProgressBar

PROJECT = Path(__file__).resolve().parents[1]
CLAIMCHECK_COMMAND = [sys.executable, "-m", "claimcheck"]  # the installed package, any venv
REAL = "30922101"
OTHER = "29561204"
MISSING = "99999999"
KEY = "Zq7secretapikey0123456789abcdef"


@pytest.fixture
def fast_retries(monkeypatch: pytest.MonkeyPatch) -> None:
    """In-process runs back off in milliseconds instead of seconds."""
    monkeypatch.setattr(client_module, "Backoff", lambda: Backoff(base=0.01, cap=0.05))


@pytest.fixture
def env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, str]:
    """A cache of the test's own and no key or URL from the developer's environment."""
    for name in ("NCBI_API_KEY", "NCBI_EMAIL", "CLAIMCHECK_EUTILS_URL"):
        monkeypatch.delenv(name, raising=False)
    cache = tmp_path / "cache"
    monkeypatch.setenv("CLAIMCHECK_CACHE_DIR", str(cache))
    return {**os.environ, "CLAIMCHECK_CACHE_DIR": str(cache)}


def fetch(*args: str) -> Result:
    return CliRunner().invoke(main, ["fetch", *args], catch_exceptions=False)


def files_in(folder: Path) -> dict[str, bytes]:
    return {path.name: path.read_bytes() for path in sorted(folder.iterdir()) if path.is_file()}


def server_record(server: EutilsServer, pmid: str) -> bytes:
    return server.records[pmid]


# -- usage -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("args", "named"),
    [
        ([], "give PMIDs"),
        (["12a4"], "'12a4' is not a PMID"),
        (["0123"], "'0123' is not a PMID"),
    ],
)
def test_usage_errors_exit_2_with_one_line(
    tmp_path: Path, env: dict[str, str], args: list[str], named: str
) -> None:
    result = fetch(*args, "--out", str(tmp_path / "out"))
    assert result.exit_code == 2
    assert named in result.stderr
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    assert not (tmp_path / "out").exists()


def test_out_must_be_a_folder(tmp_path: Path, env: dict[str, str]) -> None:
    target = tmp_path / "file.txt"
    target.write_text("keep me")
    result = fetch(REAL, "--out", str(target))
    assert result.exit_code == 2
    assert str(target) in result.stderr and "--out" in result.stderr
    assert target.read_text() == "keep me"


def test_a_bad_claims_file_is_bad_input(tmp_path: Path, env: dict[str, str]) -> None:
    claims = tmp_path / "claims.yaml"
    claims.write_text("claims:\n  - id: a\n    text: x\n    pmdi: 123\n")
    result = fetch("--from", str(claims), "--out", str(tmp_path / "out"))
    assert result.exit_code == 2
    assert "claims.yaml" in result.stderr and "Traceback" not in result.stderr


# -- against the stand-in, in process --------------------------------------------------------


def test_one_real_and_one_missing_pmid(
    tmp_path: Path, env: dict[str, str], eutils_server: EutilsServer
) -> None:
    out = tmp_path / "out"
    result = fetch(REAL, MISSING, "--out", str(out), "--eutils-url", eutils_server.url)
    assert result.exit_code == 1
    assert f"PMID {MISSING}: not found in PubMed" in result.stderr
    assert REAL not in result.stderr
    assert files_in(out) == {f"{REAL}.xml": (out / f"{REAL}.xml").read_bytes()}
    written = (out / f"{REAL}.xml").read_bytes()
    assert server_record(eutils_server, REAL) in written  # NCBI's bytes, not re-serialised
    assert written.count(b"<PubmedArticle>") == 1
    assert result.stdout.strip() == (
        f"fetched 1, from cache 0, not found 1, failed 0; wrote 1 file to {out}"
    )
    assert "\r" not in result.stderr  # no progress bar when stderr is not a terminal


def test_a_second_run_is_served_by_the_cache(
    tmp_path: Path, env: dict[str, str], eutils_server: EutilsServer
) -> None:
    first = fetch(REAL, MISSING, "--out", str(tmp_path / "a"), "--eutils-url", eutils_server.url)
    assert first.exit_code == 1
    eutils_server.reset_requests()
    second = fetch(REAL, MISSING, "--out", str(tmp_path / "b"), "--eutils-url", eutils_server.url)
    assert second.exit_code == 1
    assert eutils_server.requests == []
    assert "from cache 1, not found 1" in second.stdout
    assert files_in(tmp_path / "a") == files_in(tmp_path / "b")

    refreshed = fetch(
        REAL, "--out", str(tmp_path / "c"), "--eutils-url", eutils_server.url, "--refresh"
    )
    assert refreshed.exit_code == 0
    assert [r.endpoint for r in eutils_server.requests] == ["efetch"]
    assert "fetched 1, from cache 0" in refreshed.stdout


def test_only_the_asked_files_are_written(
    tmp_path: Path, env: dict[str, str], eutils_server: EutilsServer
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    (out / "PROVENANCE.md").write_text("mine")
    (out / f"{OTHER}.xml").write_bytes(b"an old copy")
    (out / f"{REAL}.xml").write_bytes(b"an outdated copy of the asked record")
    result = fetch(REAL, "--out", str(out), "--eutils-url", eutils_server.url)
    assert result.exit_code == 0
    assert (out / "PROVENANCE.md").read_text() == "mine"
    assert (out / f"{OTHER}.xml").read_bytes() == b"an old copy"
    assert server_record(eutils_server, REAL) in (out / f"{REAL}.xml").read_bytes()
    assert sorted(p.name for p in out.iterdir()) == [
        "29561204.xml",
        "30922101.xml",
        "PROVENANCE.md",
    ]  # no temporary left


def test_an_identical_file_is_left_untouched(
    tmp_path: Path, env: dict[str, str], eutils_server: EutilsServer
) -> None:
    out = tmp_path / "out"
    assert fetch(REAL, "--out", str(out), "--eutils-url", eutils_server.url).exit_code == 0
    path = out / f"{REAL}.xml"
    os.utime(path, (1_000_000_000, 1_000_000_000))
    assert fetch(REAL, "--out", str(out), "--eutils-url", eutils_server.url).exit_code == 0
    assert path.stat().st_mtime == 1_000_000_000


def test_leftovers_of_a_killed_fetch_are_swept_but_not_a_running_ones(
    tmp_path: Path, env: dict[str, str], eutils_server: EutilsServer
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    stale = out / f".{OTHER}.xml.k2j4x_8a.tmp"
    recent = out / f".{OTHER}.xml.p9q1zz0c.tmp"
    unrelated = out / ".notes.md.k2j4x_8a.tmp"
    for path in (stale, recent, unrelated):
        path.write_bytes(b"<PubmedArticleSet><PubmedArt")
    long_ago = time.time() - 3600
    for path in (stale, unrelated):
        os.utime(path, (long_ago, long_ago))
    result = fetch(REAL, "--out", str(out), "--eutils-url", eutils_server.url)
    assert result.exit_code == 0
    assert not stale.exists()
    assert recent.exists() and unrelated.exists()
    assert f"removed {stale.name}, left by an interrupted fetch" in result.stderr


def test_written_records_serve_as_a_records_folder(
    tmp_path: Path, env: dict[str, str], eutils_server: EutilsServer
) -> None:
    from claimcheck.config import Settings
    from claimcheck.store.outcome import LookupStatus, RecordSource
    from claimcheck.store.store import RecordStore

    out = tmp_path / "out"
    assert fetch(REAL, OTHER, "--out", str(out), "--eutils-url", eutils_server.url).exit_code == 0
    settings = Settings(cache_dir=tmp_path / "other-cache", offline=True)
    with RecordStore(settings, records_dirs=[out]) as store:
        outcomes = store.get_many([REAL, OTHER])
    assert {o.status for o in outcomes.values()} == {LookupStatus.FOUND}
    assert {o.source for o in outcomes.values()} == {RecordSource.RECORDS_FOLDER}


def test_from_a_claims_file_with_a_doi_only_claim(
    tmp_path: Path, env: dict[str, str], eutils_server: EutilsServer
) -> None:
    eutils_server.add_record("90000001", template=OTHER, doi="10.5555/only.a.doi")
    claims = tmp_path / "claims.yaml"
    claims.write_text(
        "records: [fixtures]\n"  # ignored by fetch: it records fresh copies
        "claims:\n"
        f"  - id: by-pmid\n    text: Fifty-nine percent responded.\n    pmid: {REAL}\n"
        "  - id: by-doi\n    text: Eighteen of twenty patients.\n    doi: 10.5555/ONLY.A.DOI\n"
        "  - id: lost-doi\n    text: Something.\n    doi: 10.5555/nowhere\n"
        "  - id: lost-again\n    text: Something else.\n    doi: 10.5555/nowhere\n"
    )
    (tmp_path / "fixtures").mkdir()
    out = tmp_path / "out"
    result = fetch("--from", str(claims), "--out", str(out), "--eutils-url", eutils_server.url)
    assert result.exit_code == 1
    assert result.stderr.strip() == (
        "claimcheck: DOI 10.5555/nowhere (claims lost-doi, "
        "lost-again): no PubMed record has this DOI"
    )
    assert sorted(files_in(out)) == [f"{REAL}.xml", "90000001.xml"]
    assert "not found 1" in result.stdout


def test_unfetchable_records_exit_3_with_one_line_each(
    tmp_path: Path, env: dict[str, str], eutils_server: EutilsServer, fast_retries: None
) -> None:
    eutils_server.faults.poison = {OTHER}
    out = tmp_path / "out"
    result = fetch(
        REAL, OTHER, "--out", str(out), "--eutils-url", eutils_server.url, "--api-key", KEY
    )  # 10 requests/s: the splitting goes faster
    assert result.exit_code == 3
    failure_lines = [line for line in result.stderr.splitlines() if OTHER in line]
    assert len(failure_lines) == 1
    assert failure_lines[0].startswith(f"claimcheck: PMID {OTHER}: could not be fetched: ")
    assert sorted(files_in(out)) == [f"{REAL}.xml"]  # the healthy half still arrives
    assert "failed 1" in result.stdout


def test_an_unreachable_server_exits_3_quickly_in_process(
    tmp_path: Path, env: dict[str, str], closed_port_url: str, fast_retries: None
) -> None:
    started = time.monotonic()
    result = fetch(REAL, MISSING, "--out", str(tmp_path / "out"), "--eutils-url", closed_port_url)
    assert result.exit_code == 3
    assert time.monotonic() - started < 10
    lines = result.stderr.splitlines()
    assert [line.split(":")[1].strip() for line in lines] == [f"PMID {REAL}", f"PMID {MISSING}"]
    assert files_in(tmp_path / "out") == {}


def test_a_corrupt_cache_is_set_aside_with_one_warning(
    tmp_path: Path, env: dict[str, str], eutils_server: EutilsServer
) -> None:
    cache = Path(env["CLAIMCHECK_CACHE_DIR"])
    cache.mkdir()
    (cache / "records.sqlite3").write_bytes(b"\x00garbage, not SQLite\n" * 500)
    result = fetch(REAL, "--out", str(tmp_path / "out"), "--eutils-url", eutils_server.url)
    assert result.exit_code == 0
    lines = result.stderr.splitlines()
    assert len(lines) == 1
    assert lines[0].startswith("claimcheck: warning: record cache ")
    assert "records.sqlite3.corrupt-" in lines[0]
    eutils_server.reset_requests()
    again = fetch(REAL, "--out", str(tmp_path / "out"), "--eutils-url", eutils_server.url)
    assert again.stderr == "" and eutils_server.requests == []  # the fresh cache works


def test_the_api_key_appears_nowhere(
    tmp_path: Path, env: dict[str, str], eutils_server: EutilsServer, fast_retries: None
) -> None:
    faults = eutils_server.faults
    faults.server_error, faults.drop, faults.truncate = 0.3, 0.1, 0.15
    pmids = eutils_server.clone_records(10)
    eutils_server.faults.poison = {pmids[-1]}  # at least one failure message is printed
    out = tmp_path / "out"
    result = fetch(
        *pmids,
        REAL,
        MISSING,
        "--out",
        str(out),
        "--eutils-url",
        eutils_server.url,
        "--api-key",
        KEY,
    )
    assert result.exit_code == 1  # MISSING does not exist; the poisoned PMID failed
    assert f"PMID {pmids[-1]}: could not be fetched" in result.stderr
    assert KEY in eutils_server.api_keys_seen()  # it was sent to NCBI, and only there
    assert KEY not in result.stdout and KEY not in result.stderr
    written = files_in(out)
    assert len(written) == 10
    leaks = [name for name, data in written.items() if KEY.encode() in data]
    cache_files = files_in(Path(env["CLAIMCHECK_CACHE_DIR"]))
    assert any(name.startswith("records.sqlite3") for name in cache_files)
    leaks += [name for name, data in cache_files.items() if KEY.encode() in data]
    assert leaks == []


# -- the installed command -------------------------------------------------------------------


def run_claimcheck(
    *args: str, env: dict[str, str], timeout: float = 120
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*CLAIMCHECK_COMMAND, *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


def test_installed_command_one_real_one_missing(
    tmp_path: Path, env: dict[str, str], eutils_server: EutilsServer
) -> None:
    out = tmp_path / "out"
    done = run_claimcheck(
        "fetch",
        REAL,
        MISSING,
        "--out",
        str(out),
        "--eutils-url",
        eutils_server.url,
        "--api-key",
        KEY,
        env=env,
    )
    assert done.returncode == 1, done.stderr
    assert done.stderr.strip() == f"claimcheck: PMID {MISSING}: not found in PubMed"
    assert sorted(files_in(out)) == [f"{REAL}.xml"]
    assert server_record(eutils_server, REAL) in (out / f"{REAL}.xml").read_bytes()
    assert KEY not in done.stdout + done.stderr
    for path in Path(env["CLAIMCHECK_CACHE_DIR"]).iterdir():
        assert KEY.encode() not in path.read_bytes()


def test_two_runs_sharing_a_cache_both_succeed(
    tmp_path: Path, env: dict[str, str], eutils_server: EutilsServer
) -> None:
    eutils_server.faults.rate_limit = False  # two processes pace separately; not the point here
    pmids = eutils_server.clone_records(40)
    runs = [
        subprocess.Popen(
            [
                *CLAIMCHECK_COMMAND,
                "fetch",
                *pmids[start:],
                *pmids[:start],
                "--out",
                str(tmp_path / f"out{start}"),
                "--eutils-url",
                eutils_server.url,
            ],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for start in (0, 20)
    ]
    for run in runs:
        _, err = run.communicate(timeout=120)
        assert run.returncode == 0, err
        assert err == ""  # not even a cache warning
    assert files_in(tmp_path / "out0") == files_in(tmp_path / "out20")
    assert len(files_in(tmp_path / "out0")) == 40


def test_a_fetch_killed_midway_is_completed_by_a_rerun(
    tmp_path: Path, env: dict[str, str], eutils_server: EutilsServer
) -> None:
    eutils_server.faults.slow, eutils_server.faults.slow_seconds = 1.0, 0.3
    pmids = eutils_server.clone_records(250)  # two efetch batches
    out = tmp_path / "out"
    args = ["fetch", *pmids, "--out", str(out), "--eutils-url", eutils_server.url, "--api-key", KEY]
    victim = subprocess.Popen(
        [*CLAIMCHECK_COMMAND, *args], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    deadline = time.monotonic() + 30
    while not eutils_server.requests_to("efetch") and time.monotonic() < deadline:
        time.sleep(0.01)
    os.kill(victim.pid, signal.SIGKILL)  # while its first batch is being answered
    victim.wait(timeout=10)
    eutils_server.faults.slow = 0.0
    done = run_claimcheck(*args, env=env)
    assert done.returncode == 0, done.stderr
    assert sorted(files_in(out)) == sorted(f"{pmid}.xml" for pmid in pmids)


@pytest.mark.slow
def test_installed_command_unreachable_server(
    tmp_path: Path, env: dict[str, str], closed_port_url: str
) -> None:
    started = time.monotonic()
    done = run_claimcheck(
        "fetch",
        REAL,
        "--out",
        str(tmp_path / "out"),
        "--eutils-url",
        closed_port_url,
        "--api-key",
        KEY,
        env=env,
        timeout=90,
    )
    elapsed = time.monotonic() - started
    assert done.returncode == 3
    assert elapsed < 60  # six attempts with backoff, far below the client's deadline
    lines = done.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith(
        f"claimcheck: PMID {REAL}: could not be fetched: "
    )
    assert "Traceback" not in done.stderr and KEY not in done.stderr
    assert done.stdout.strip().startswith("fetched 0, from cache 0, not found 0, failed 1")


# -- the progress bar ------------------------------------------------------------------------


class FakeTerminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_the_progress_bar_draws_only_on_a_terminal() -> None:
    terminal = FakeTerminal()
    with ProgressBar(stream=terminal) as bar:
        bar.update("fetch", 0, 4)
        bar.update("fetch", 2, 4)
        bar.update("fetch", 4, 4)
    drawn = terminal.getvalue()
    assert drawn.count("\r") == 3 and drawn.endswith("4/4\n")
    assert "[" + "#" * 15 + "." * 15 + "] 2/4" in drawn

    pipe = io.StringIO()
    with ProgressBar(stream=pipe) as bar:
        bar.update("fetch", 1, 4)
    assert pipe.getvalue() == ""
