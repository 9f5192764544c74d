"""``--deadline SECONDS`` / ``CLAIMCHECK_DEADLINE``: the one time limit of a run's requests to
NCBI, 300 s unless shortened, for ``check`` and ``fetch``.

The runs go against the E-utilities stand-in with a server that never answers. The client's
request timeout is raised to 1 s here (its other timing shortened), so only the run's deadline
can end a run in well under a second: without it, 6 attempts of 1 s each would be waited.
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from eutils_server import EutilsServer

# Imported here, not inside a timed run.
import claimcheck.commands.check
import claimcheck.commands.fetch  # noqa: F401
from claimcheck.cli import main
from claimcheck.config import DEFAULT_DEADLINE, Settings, resolve_settings
from claimcheck.entrez.client import EntrezClient
from claimcheck.entrez.pacer import Pacer
from claimcheck.entrez.retry import Backoff

DEADLINE = 0.4  # seconds, given with --deadline or CLAIMCHECK_DEADLINE
REQUEST_TIMEOUT = 1.0  # longer than DEADLINE: the deadline, not the timeout, must end the run
SLACK = 1.0  # seconds for the command's own work around its requests
CLAIMS = """\
claims:
  - id: phillips-59
    text: Fifty-nine percent of participants met response criteria after repeated infusions.
    pmid: "30922101"
"""
BAD_VALUES = ["0", "-1", "abc", "nan", "inf", "", "1e400"]


@pytest.fixture
def slow_client(monkeypatch: pytest.MonkeyPatch) -> None:
    """Quick pacing and backoff, a long request timeout, and the shipped deadline handling:
    the deadline itself is left to the settings."""
    defaults = EntrezClient.__init__.__kwdefaults__
    assert defaults is not None
    monkeypatch.setitem(defaults, "backoff", Backoff(base=0.01, cap=0.05))
    monkeypatch.setitem(defaults, "pacer", Pacer(200.0))
    monkeypatch.setitem(defaults, "timeout", REQUEST_TIMEOUT)


@pytest.fixture
def silent_server(eutils_server: EutilsServer) -> EutilsServer:
    eutils_server.faults.rate_limit = False
    eutils_server.faults.hang = 1.0
    eutils_server.faults.hang_seconds = 30.0
    return eutils_server


@pytest.fixture
def claims_file(tmp_path: Path) -> Path:
    path = tmp_path / "claims.yaml"
    path.write_text(CLAIMS, encoding="utf-8")
    return path


def check(
    claims: Path, url: str, cache: Path, *extra: str, env: dict[str, str] | None = None
) -> Result:
    return CliRunner(env=env).invoke(
        main,
        [
            "check",
            str(claims),
            "--cache-dir",
            str(cache),
            "--eutils-url",
            url,
            "--format",
            "json",
            *extra,
        ],
    )


def fetch(out: Path, url: str, cache: Path, *extra: str) -> Result:
    return CliRunner().invoke(
        main,
        [
            "fetch",
            "30922101",
            "--out",
            str(out),
            "--cache-dir",
            str(cache),
            "--eutils-url",
            url,
            *extra,
        ],
    )


# -- the deadline ends the run -----------------------------------------------------------------


@pytest.mark.parametrize("given_as", ["flag", "environment", "flag-over-environment"])
def test_check_ends_at_the_deadline_given(
    silent_server: EutilsServer,
    slow_client: None,
    claims_file: Path,
    tmp_path: Path,
    given_as: str,
) -> None:
    flag = ["--deadline", str(DEADLINE)] if given_as != "environment" else []
    env = {
        "flag": {},
        "environment": {"CLAIMCHECK_DEADLINE": str(DEADLINE)},
        "flag-over-environment": {"CLAIMCHECK_DEADLINE": "600"},
    }[given_as]
    started = time.monotonic()
    result = check(claims_file, silent_server.url, tmp_path / "cache", *flag, env=env)
    elapsed = time.monotonic() - started
    assert result.exit_code == 3, result.output
    assert f"time limit of {DEADLINE:g} s" in result.stdout  # the claim's UNCHECKED reason
    assert '"UNCHECKED"' in result.stdout
    assert elapsed < DEADLINE + SLACK, f"{elapsed:.2f} s with a {DEADLINE} s deadline"
    assert len(silent_server.requests) >= 1  # it did ask, and waited for no answer


def test_fetch_ends_at_the_deadline_given(
    silent_server: EutilsServer, slow_client: None, tmp_path: Path
) -> None:
    started = time.monotonic()
    result = fetch(
        tmp_path / "out", silent_server.url, tmp_path / "cache", "--deadline", str(DEADLINE)
    )
    elapsed = time.monotonic() - started
    assert result.exit_code == 3, result.output
    assert f"time limit of {DEADLINE:g} s" in result.stderr
    assert elapsed < DEADLINE + SLACK, f"{elapsed:.2f} s with a {DEADLINE} s deadline"
    assert list((tmp_path / "out").iterdir()) == []


# -- default and wiring ------------------------------------------------------------------------


def test_the_default_is_300_seconds_and_reaches_the_client() -> None:
    assert DEFAULT_DEADLINE == 300.0
    assert resolve_settings(environ={}).deadline == 300.0
    assert EntrezClient(resolve_settings(environ={})).deadline == 300.0
    from_env = resolve_settings(environ={"CLAIMCHECK_DEADLINE": "12.5"})
    assert from_env.deadline == 12.5 and EntrezClient(from_env).deadline == 12.5
    flag_wins = resolve_settings(deadline="7", environ={"CLAIMCHECK_DEADLINE": "12.5"})
    assert flag_wins.deadline == 7.0
    assert resolve_settings(environ={"CLAIMCHECK_DEADLINE": ""}).deadline == 300.0


def test_a_client_given_its_own_deadline_keeps_it() -> None:
    """Library users (and the tests) may still pass ``deadline=``; ``None`` means no limit."""
    assert EntrezClient(Settings(deadline=9.0), deadline=2.0).deadline == 2.0
    assert EntrezClient(Settings(deadline=9.0), deadline=None).deadline is None


@pytest.mark.parametrize("command", ["check", "fetch"])
def test_help_lists_the_option(command: str) -> None:
    result = CliRunner().invoke(main, [command, "--help"])
    assert result.exit_code == 0
    assert "--deadline SECONDS" in result.output and "CLAIMCHECK_DEADLINE" in result.output
    assert "300" in result.output


# -- bad values --------------------------------------------------------------------------------


def assert_one_line_naming(result: Result, name: str) -> None:
    assert result.exit_code == 2, result.output
    assert "Traceback" not in result.output
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("claimcheck: error: "), result.stderr
    assert name in lines[0] and "positive number of seconds" in lines[0]


@pytest.mark.parametrize("value", BAD_VALUES)
def test_a_bad_deadline_is_one_line_exit_2_before_any_work(
    value: str, claims_file: Path, closed_port_url: str, tmp_path: Path
) -> None:
    report = tmp_path / "report.json"
    result = check(
        claims_file,
        closed_port_url,
        tmp_path / "cache",
        "--deadline",
        value,
        "--output",
        str(report),
    )
    assert_one_line_naming(result, "--deadline")
    assert not report.exists() and not (tmp_path / "cache").exists()


@pytest.mark.parametrize("value", BAD_VALUES)
def test_fetch_refuses_a_bad_deadline_before_making_its_folder(
    value: str, closed_port_url: str, tmp_path: Path
) -> None:
    result = fetch(tmp_path / "out", closed_port_url, tmp_path / "cache", "--deadline", value)
    assert_one_line_naming(result, "--deadline")
    assert not (tmp_path / "out").exists()


def test_a_bad_environment_value_names_the_variable(
    claims_file: Path, closed_port_url: str, tmp_path: Path
) -> None:
    result = check(
        claims_file, closed_port_url, tmp_path / "cache", env={"CLAIMCHECK_DEADLINE": "soon"}
    )
    assert_one_line_naming(result, "CLAIMCHECK_DEADLINE")
