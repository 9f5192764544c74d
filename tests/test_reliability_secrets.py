"""The NCBI API key appears nowhere: not on stdout or stderr (``--debug`` included), not in any
report format, not in the fetched records, not in the cache.

The runs meet faults that make the client retry, give up, fall back to the cache and warn, and
a server that echoes the key back in its error replies, as NCBI does in some of its JSON
errors. Two runs are real processes (all a process prints is seen); the others run in process
with click's runner, ``--debug`` included, so that each format costs no interpreter start-up.
"""

from __future__ import annotations

import json
import logging
import os
import subprocess
import sys
import threading
import urllib.parse
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from click.testing import CliRunner
from eutils_server import EutilsServer

from claimcheck.cli import main
from claimcheck.entrez.client import EntrezClient
from claimcheck.entrez.pacer import Pacer
from claimcheck.entrez.retry import Backoff

FLAG_KEY = "SECRETKEY123"
ENV_KEY = "Env+Secret/Key=42"  # URL-encoding changes it: both spellings are searched for
FORMATS = ("text", "json", "markdown", "html", "junit", "sarif", "github")
PROJECT = Path(__file__).resolve().parents[1]

# ``check`` and ``fetch`` have no flag for the client's backoff; this starts the real command
# with a faster one (the retry logic is unchanged).
BOOTSTRAP = """\
import sys
from claimcheck.entrez.client import EntrezClient
from claimcheck.entrez.pacer import Pacer
from claimcheck.entrez.retry import Backoff
EntrezClient.__init__.__kwdefaults__.update(
    backoff=Backoff(base=0.01, cap=0.05), pacer=Pacer(100.0), timeout=2.0, deadline=20.0)
from claimcheck.cli import main
sys.argv[0] = "claimcheck"
main()
"""


def spellings(key: str) -> list[bytes]:
    forms = {key, urllib.parse.quote(key, safe=""), urllib.parse.quote_plus(key)}
    return sorted(form.encode() for form in forms)


class _EchoHandler(BaseHTTPRequestHandler):
    """NCBI-style refusal of a bad key, echoing the key it was sent."""

    protocol_version = "HTTP/1.1"
    keys_seen: list[str]

    def do_POST(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        form = urllib.parse.parse_qs(self.rfile.read(length).decode())
        key = form.get("api_key", [""])[0]
        type(self).keys_seen.append(key)
        body = json.dumps(
            {"error": "API key invalid", "api-key": key, "type": "invalid", "status": "unknown"}
        ).encode()
        self.send_response(400)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture
def echo_server() -> Iterator[tuple[str, list[str]]]:
    handler = type("Echo", (_EchoHandler,), {"keys_seen": []})
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.05})
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}/entrez/eutils/", handler.keys_seen
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join(timeout=5)


@pytest.fixture
def quick_client(monkeypatch: pytest.MonkeyPatch) -> None:
    defaults = EntrezClient.__init__.__kwdefaults__
    assert defaults is not None
    monkeypatch.setitem(defaults, "backoff", Backoff(base=0.01, cap=0.05))
    monkeypatch.setitem(defaults, "pacer", Pacer(100.0))


@pytest.fixture
def restored_logging() -> Iterator[None]:
    """``--debug`` in process adds handlers to these loggers: take them away afterwards."""
    loggers = [logging.getLogger(name) for name in ("claimcheck", "httpx", "httpcore")]
    saved = [(logger, logger.level, list(logger.handlers)) for logger in loggers]
    yield
    for logger, level, handlers in saved:
        logger.setLevel(level)
        logger.handlers[:] = handlers


def in_process(
    args: list[str], monkeypatch: pytest.MonkeyPatch, env_key: str | None = None
) -> tuple[int, bytes, bytes]:
    with monkeypatch.context() as patch:
        for name in ("NCBI_API_KEY", "NCBI_EMAIL", "CLAIMCHECK_EUTILS_URL", "CLAIMCHECK_CACHE_DIR"):
            patch.delenv(name, raising=False)
        if env_key:
            patch.setenv("NCBI_API_KEY", env_key)
        result = CliRunner().invoke(main, ["--debug", *args])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.output
    return result.exit_code, result.stdout_bytes, result.stderr_bytes


def start(args: list[str], env_key: str | None = None) -> subprocess.Popen[bytes]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("NCBI_", "CLAIMCHECK_"))}
    if env_key:
        env["NCBI_API_KEY"] = env_key
    return subprocess.Popen(
        [sys.executable, "-c", BOOTSTRAP, "--debug", *args],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=PROJECT,
    )


def finish(*processes: subprocess.Popen[bytes]) -> list[tuple[int, bytes, bytes]]:
    done = []
    for process in processes:
        out, err = process.communicate(timeout=120)
        done.append((process.returncode, out, err))
    return done


def test_the_api_key_appears_in_no_output_report_record_or_cache(
    eutils_server: EutilsServer,
    echo_server: tuple[str, list[str]],
    tmp_path: Path,
    quick_client: None,
    restored_logging: None,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    echo_url, echo_keys = echo_server
    faults = eutils_server.faults
    faults.rate_limit = False
    faults.server_error, faults.drop, faults.truncate = 0.3, 0.1, 0.15
    clones = eutils_server.clone_records(4)
    faults.poison = {clones[-1]}  # never fetched: a failure line and an UNCHECKED claim
    cache, out, reports = tmp_path / "cache", tmp_path / "out", tmp_path / "reports"
    reports.mkdir()
    claims = tmp_path / "claims.yaml"
    claims.write_text(
        "claims:\n"
        + "".join(
            f"  - id: c{pmid}\n    text: 59% of participants met response criteria.\n"
            f'    pmid: "{pmid}"\n'
            for pmid in ["30922101", *clones, "99999999"]
        )
        + "  - id: by-doi\n    text: Ketamine helped.\n    doi: 10.1016/S0006-3223(99)00230-9\n",
        encoding="utf-8",
    )
    stand_in = ["--eutils-url", eutils_server.url, "--cache-dir", str(cache)]
    echo = ["--eutils-url", echo_url, "--cache-dir", str(cache)]
    every_report = [f"--report={fmt}={reports / f'all.{fmt}'}" for fmt in FORMATS]

    # Real processes: a fetch that fills the cache, then a check against the echo server,
    # which refuses every request quoting the key (--refresh: the cached records stand in,
    # with a warning each), writing every format.
    runs = finish(
        start(["fetch", "--from", str(claims), "--out", str(out), "--api-key", FLAG_KEY, *stand_in])
    )
    runs += finish(
        start(
            ["check", str(claims), "--refresh", *echo, "--format", "github", *every_report],
            env_key=ENV_KEY,
        )
    )
    # In process: each format on stdout, the key from the flag against the faulty stand-in or
    # from the environment against the echo server, then a fetch from the echo server.
    for number, fmt in enumerate(FORMATS):
        if number % 2 == 0:
            args = ["check", str(claims), "--refresh", "--api-key", FLAG_KEY, *stand_in]
            runs.append(in_process([*args, "--format", fmt], monkeypatch))
        else:
            args = ["check", str(claims), "--refresh", *echo]
            runs.append(in_process([*args, "--format", fmt], monkeypatch, env_key=ENV_KEY))
    runs.append(
        in_process(
            ["fetch", "--from", str(claims), "--out", str(out), "--refresh", *echo],
            monkeypatch,
            env_key=ENV_KEY,
        )
    )

    # The runs did what the scan needs: keys sent, faults met, warnings and debug lines printed.
    codes = [code for code, _, _ in runs]
    assert codes[0] == 1 and codes[-1] == 3  # fetch: the ghost is missing; nothing from echo
    assert all(code in (1, 3) for code in codes)  # judged or unchecked; never bad usage
    assert FLAG_KEY in eutils_server.api_keys_seen()
    assert set(echo_keys) == {ENV_KEY}
    stderr = b"".join(err for _, _, err in runs).decode()
    assert "claimcheck: debug: " in stderr and "Traceback" not in stderr
    assert f"PMID {clones[-1]}: could not be fetched" in stderr
    assert "using the cached copy" in stderr and "API key invalid" in stderr
    assert sorted(path.suffix for path in reports.iterdir()) == sorted(f".{f}" for f in FORMATS)
    assert any(name.startswith("records.sqlite3") for name in os.listdir(cache))

    leaks = []
    for number, (_, stdout, stderr_bytes) in enumerate(runs):
        for stream, data in (("stdout", stdout), ("stderr", stderr_bytes)):
            leaks += [
                f"run {number} {stream}"
                for key in (FLAG_KEY, ENV_KEY)
                for form in spellings(key)
                if form in data
            ]
    for path in sorted(tmp_path.rglob("*")):
        if path.is_file():
            data = path.read_bytes()
            leaks += [
                str(path.relative_to(tmp_path))
                for key in (FLAG_KEY, ENV_KEY)
                for form in spellings(key)
                if form in data
            ]
    assert leaks == []
