"""The fault matrix at the level of ``claimcheck check``: the real command, the real client, the
E-utilities stand-in switching faults on.

Each row runs ``check`` on a small claims file (two PMID citations, one DOI citation, one PMID
that PubMed does not have). The rule under test: a fault either lets the records arrive, and
then every claim gets the verdict a fault-free run gives, or it makes the claims UNCHECKED
(exit 3). A fault never makes a claim CONTRADICTED, NOT_IN_SOURCE or BROKEN_CITATION.

The client ``check`` builds has a 30 s request timeout, backoff of 0.5 s doubling to 20 s and
one deadline for the whole run (300 s, or ``--deadline``). Only the deadline has a flag, so the
``quick_client`` fixture shortens the defaults ``EntrezClient`` is built with, the deadline
among them (still one for the whole run); the retry, split and give-up logic is the shipped
one. ``--deadline`` itself is tested in ``test_deadline_option.py``.
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result
from eutils_server import EutilsServer

import claimcheck.commands.check  # noqa: F401  imported here, not inside a timed run
from claimcheck.cli import main
from claimcheck.entrez.client import EntrezClient
from claimcheck.entrez.pacer import Pacer
from claimcheck.entrez.retry import Backoff

PROJECT = Path(__file__).resolve().parents[1]
FIXTURES = PROJECT / "fixtures"
MAX_ATTEMPTS = 6  # EntrezClient's default
TIMEOUT = 0.15  # seconds per request in these tests
DEADLINE = 2.0  # seconds for a whole run (one client) in these tests
CLIENT_CALLS = 2  # one DOI search, one efetch of the PMIDs
MAX_REQUESTS = 30  # measured at most 25 under any persistent fault (see docs/reliability.md)

CLAIMS = """\
claims:
  - id: phillips-59
    text: 59% of depressed patients achieved a significant (greater than 50%) reduction
      in their symptoms after ketamine infusions.
    pmid: "30922101"
  - id: berman-placebo
    text: the linked study finding a ketamine IV to be significantly more effective in
      treating depression than placebo.
    pmid: "10686270"
  - id: phillips-by-doi
    text: Fifty-nine percent of participants met response criteria after repeated infusions.
    doi: 10.1176/appi.ajp.2018.18070834
  - id: ghost
    text: Ninety percent of patients improved.
    pmid: "99999999"
"""
PMID_CLAIMS = ("phillips-59", "berman-placebo", "ghost")
JUDGED_VERDICTS = {"SUPPORTED", "CONTRADICTED", "NOT_IN_SOURCE", "METADATA_MISMATCH", "RETRACTED"}


@pytest.fixture
def quick_client(monkeypatch: pytest.MonkeyPatch) -> None:
    """Shorten the timing defaults of every EntrezClient ``check`` builds in this process."""
    defaults = EntrezClient.__init__.__kwdefaults__
    assert defaults is not None and defaults["max_attempts"] == MAX_ATTEMPTS
    monkeypatch.setitem(defaults, "backoff", Backoff(base=0.01, cap=0.05))
    monkeypatch.setitem(defaults, "pacer", Pacer(200.0))
    monkeypatch.setitem(defaults, "timeout", TIMEOUT)
    monkeypatch.setitem(defaults, "deadline", DEADLINE)


@pytest.fixture
def server(eutils_server: EutilsServer) -> EutilsServer:
    eutils_server.faults.rate_limit = False  # the fast pacer would trip NCBI's 3/s on purpose
    eutils_server.faults.hang_seconds = 30.0
    return eutils_server


@pytest.fixture
def claims_file(tmp_path: Path) -> Path:
    path = tmp_path / "claims.yaml"
    path.write_text(CLAIMS, encoding="utf-8")
    return path


def run_check(claims: Path, url: str, cache: Path, *extra: str) -> Result:
    return CliRunner().invoke(
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


def claims_by_id(result: Result) -> dict[str, dict[str, Any]]:
    assert "Traceback" not in result.output, result.output
    report = json.loads(result.stdout)
    return {claim["id"]: claim for claim in report["claims"]}


def verdicts(result: Result) -> dict[str, str]:
    return {claim_id: claim["verdict"] for claim_id, claim in claims_by_id(result).items()}


@pytest.fixture(scope="module")
def clean_run(tmp_path_factory: pytest.TempPathFactory) -> tuple[int, dict[str, dict[str, Any]]]:
    """Exit code and per-claim results of a fault-free run: the verdicts faults must not alter."""
    folder = tmp_path_factory.mktemp("clean")
    claims = folder / "claims.yaml"
    claims.write_text(CLAIMS, encoding="utf-8")
    with pytest.MonkeyPatch.context() as patch, EutilsServer() as stand_in:
        defaults = EntrezClient.__init__.__kwdefaults__
        assert defaults is not None
        patch.setitem(defaults, "pacer", Pacer(200.0))
        stand_in.faults.rate_limit = False
        result = run_check(claims, stand_in.url, folder / "cache")
    return result.exit_code, claims_by_id(result)


def test_the_fault_free_run_judges_every_claim_as_the_records_folder_does(
    clean_run: tuple[int, dict[str, dict[str, Any]]], claims_file: Path, tmp_path: Path
) -> None:
    """The reference the matrix compares with: records from the network are judged exactly as
    the same records read from fixtures/, and the missing PMID is a broken citation."""
    code, clean = clean_run
    assert clean["ghost"]["verdict"] == "BROKEN_CITATION" and code == 1
    offline = CliRunner().invoke(
        main,
        [
            "check",
            str(claims_file),
            "--offline",
            "--records",
            str(FIXTURES),
            "--cache-dir",
            str(tmp_path / "cache"),
            "--format",
            "json",
        ],
    )
    from_folder = claims_by_id(offline)
    for claim_id in ("phillips-59", "berman-placebo", "phillips-by-doi"):
        assert clean[claim_id]["verdict"] in JUDGED_VERDICTS
        assert clean[claim_id]["findings"] == from_folder[claim_id]["findings"]
        assert clean[claim_id]["verdict"] == from_folder[claim_id]["verdict"]


# -- the matrix -------------------------------------------------------------------------------

# Slow faults may use up the deadline while a failing batch is being split: the halves then
# fail for want of time.
SLOW = "no complete reply|time limit of"

# (row id, fault settings, words the UNCHECKED reason of a PMID claim must hold, "|" = or)
FAULTS: list[tuple[str, dict[str, Any], str]] = [
    ("429-storm-retry-after", {"burst_429": 10_000, "burst_retry_after": 0.05}, "rate limited"),
    ("429-storm-no-retry-after", {"burst_429": 10_000, "burst_retry_after": None}, "rate limited"),
    ("http-500", {"server_error": 1.0, "server_error_codes": (500,)}, "HTTP 500"),
    ("http-502", {"server_error": 1.0, "server_error_codes": (502,)}, "HTTP 502"),
    ("http-503", {"server_error": 1.0, "server_error_codes": (503,)}, "HTTP 503"),
    ("http-400-proxy-error", {"proxy_error": 1.0}, "NCBI backend failure"),
    ("timeout", {"slow": 1.0, "slow_seconds": 0.6}, SLOW),
    ("slow-drip", {"drip": 1.0, "drip_seconds": 1.0}, SLOW),
    ("dropped-connection", {"drop": 1.0}, "connection dropped"),
    ("reset-connection", {"reset": 1.0}, "connection dropped"),
    ("cut-mid-body", {"cut": 1.0}, "connection dropped"),
    ("truncated-xml", {"truncate": 1.0}, "not well-formed XML"),
    ("html-error-page-200", {"html_200": 1.0}, "<html> document"),
    ("other-pmids", {"foreign": 1.0}, "other PMIDs than requested"),
    ("empty-set", {"empty_set": 1.0}, "esummary lists"),
    ("never-answers", {"hang": 1.0}, SLOW),
]


def persistent(settings: dict[str, Any]) -> dict[str, Any]:
    return settings


def intermittent(settings: dict[str, Any]) -> dict[str, Any]:
    """The same fault on half of the requests (a 429 burst of three)."""
    return {
        name: (3 if name == "burst_429" else 0.5 if value == 1.0 else value)
        for name, value in settings.items()
    }


def apply(server: EutilsServer, settings: dict[str, Any]) -> None:
    for name, value in settings.items():
        assert hasattr(server.faults, name), name
        setattr(server.faults, name, value)


@pytest.mark.parametrize(
    ("settings", "reason"),
    [pytest.param(settings, reason, id=row) for row, settings, reason in FAULTS],
)
def test_a_persistent_fault_makes_claims_unchecked_never_wrong(
    server: EutilsServer,
    quick_client: None,
    claims_file: Path,
    tmp_path: Path,
    record_property: Any,
    settings: dict[str, Any],
    reason: str,
) -> None:
    apply(server, persistent(settings))
    started = time.monotonic()
    result = run_check(claims_file, server.url, tmp_path / "cache")
    elapsed = time.monotonic() - started
    record_property("requests", len(server.requests))
    record_property("seconds", round(elapsed, 2))

    claims = claims_by_id(result)
    expected = {claim_id: "UNCHECKED" for claim_id in claims}
    if settings.get("empty_set"):
        # efetch answers with nothing, but esummary works: PubMed itself confirms the ghost
        # is missing, while the real records, which esummary lists, stay UNCHECKED.
        expected["ghost"] = "BROKEN_CITATION"
    assert verdicts(result) == expected
    assert result.exit_code == (1 if settings.get("empty_set") else 3)
    for claim_id in PMID_CLAIMS:
        if expected[claim_id] == "UNCHECKED":
            message = claims[claim_id]["findings"][0]["message"]
            assert any(words in message for words in reason.split("|")), message
            assert "\n" not in message
            assert message.endswith("the claim was not judged")
    # Retried, and within bounds: a full round of attempts (or, for slow replies, as many as
    # the run's one deadline allows across DOI search and efetch), never a retry storm.
    if reason == SLOW:
        assert len(server.requests) >= 2
    else:
        assert len(server.requests_to("efetch")) >= MAX_ATTEMPTS
    assert len(server.requests) <= MAX_REQUESTS
    assert elapsed < DEADLINE + 1.0


@pytest.mark.parametrize(
    "settings",
    [pytest.param(settings, id=row) for row, settings, _ in FAULTS if row != "never-answers"],
)
def test_an_intermittent_fault_still_gives_the_fault_free_verdicts(
    server: EutilsServer,
    quick_client: None,
    claims_file: Path,
    tmp_path: Path,
    clean_run: tuple[int, dict[str, dict[str, Any]]],
    record_property: Any,
    settings: dict[str, Any],
) -> None:
    apply(server, intermittent(settings))
    started = time.monotonic()
    result = run_check(claims_file, server.url, tmp_path / "cache")
    record_property("requests", len(server.requests))
    record_property("seconds", round(time.monotonic() - started, 2))
    code, clean = clean_run
    assert claims_by_id(result) == clean  # verdicts, findings, evidence spans, record summaries
    assert result.exit_code == code
    assert any(request.fault for request in server.requests), "the fault never fired"


def test_a_server_that_sometimes_never_answers_still_gives_the_verdicts(
    server: EutilsServer,
    quick_client: None,
    claims_file: Path,
    tmp_path: Path,
    clean_run: tuple[int, dict[str, dict[str, Any]]],
) -> None:
    server.faults.hang = 0.3
    result = run_check(claims_file, server.url, tmp_path / "cache")
    assert claims_by_id(result) == clean_run[1]
    assert any(request.fault == "hang" for request in server.requests)


def test_one_malformed_record_makes_only_its_own_claims_unchecked(
    server: EutilsServer,
    quick_client: None,
    claims_file: Path,
    tmp_path: Path,
    clean_run: tuple[int, dict[str, dict[str, Any]]],
) -> None:
    good = server.records["30922101"]
    broken = good.replace(b"</ArticleTitle>", b"</ArticleTitel>", 1)
    assert broken != good
    server.add_record("30922101", broken)  # every reply holding it is malformed XML
    result = run_check(claims_file, server.url, tmp_path / "cache")
    _, clean = clean_run
    assert verdicts(result) == {
        "phillips-59": "UNCHECKED",
        "berman-placebo": clean["berman-placebo"]["verdict"],
        "phillips-by-doi": "UNCHECKED",
        "ghost": "BROKEN_CITATION",
    }
    claims = claims_by_id(result)
    assert claims["berman-placebo"] == clean["berman-placebo"]  # split off and judged
    assert "not well-formed XML" in claims["phillips-59"]["findings"][0]["message"]


def test_an_unreachable_server_makes_every_claim_unchecked_quickly(
    closed_port_url: str, quick_client: None, claims_file: Path, tmp_path: Path
) -> None:
    started = time.monotonic()
    result = run_check(claims_file, closed_port_url, tmp_path / "cache")
    assert time.monotonic() - started < 2.0
    assert set(verdicts(result).values()) == {"UNCHECKED"}
    assert result.exit_code == 3
    message = claims_by_id(result)["phillips-59"]["findings"][0]["message"]
    assert "could not connect" in message and "127.0.0.1" not in message


def test_allow_unchecked_turns_exit_3_into_0_under_faults(
    server: EutilsServer, quick_client: None, tmp_path: Path
) -> None:
    claims = tmp_path / "claims.yaml"
    claims.write_text(CLAIMS.split("  - id: ghost")[0], encoding="utf-8")
    server.faults.server_error = 1.0
    result = run_check(claims, server.url, tmp_path / "cache", "--allow-unchecked")
    assert set(verdicts(result).values()) == {"UNCHECKED"}
    assert result.exit_code == 0


def test_an_expired_cache_copy_stands_in_when_ncbi_fails(
    server: EutilsServer,
    quick_client: None,
    claims_file: Path,
    tmp_path: Path,
    clean_run: tuple[int, dict[str, dict[str, Any]]],
) -> None:
    """``--refresh`` during an outage: the cached records are used, with a warning per record,
    so the verdicts stay those of the fault-free run."""
    cache = tmp_path / "cache"
    assert run_check(claims_file, server.url, cache).exit_code == 1
    server.faults.server_error = 1.0
    result = run_check(claims_file, server.url, cache, "--refresh")
    claims = claims_by_id(result)
    for claim_id in ("phillips-59", "berman-placebo"):
        assert claims[claim_id]["verdict"] == clean_run[1][claim_id]["verdict"]
    warnings = [line for line in result.stderr.splitlines() if "using the cached copy" in line]
    assert len(warnings) == 2 and all("HTTP 500" in line for line in warnings)
    # The ghost's "not found" is remembered only briefly and --refresh asks again: now it
    # cannot be asked, so it is UNCHECKED, not BROKEN_CITATION.
    assert claims["ghost"]["verdict"] == "UNCHECKED"


# -- the time a run may take ------------------------------------------------------------------


@pytest.fixture
def tight_client(monkeypatch: pytest.MonkeyPatch) -> Iterator[float]:
    defaults = EntrezClient.__init__.__kwdefaults__
    assert defaults is not None
    monkeypatch.setitem(defaults, "backoff", Backoff(base=0.01, cap=0.05))
    monkeypatch.setitem(defaults, "pacer", Pacer(200.0))
    monkeypatch.setitem(defaults, "timeout", 0.1)
    monkeypatch.setitem(defaults, "deadline", 0.5)
    yield 0.5


def test_the_deadline_bounds_the_whole_run_not_each_doi(
    server: EutilsServer, tight_client: float, tmp_path: Path
) -> None:
    """Issue 5 asks for a total deadline per run: however many DOIs are searched before the
    efetch, a server that never answers costs one deadline, not one per request.

    The command imports the engine lazily; that import (seconds on a loaded machine) is done
    at the top of this file so that only the run's network time is measured here."""
    deadline = tight_client
    dois = [
        "10.1176/appi.ajp.2018.18070834",  # 30922101
        "10.1016/s0006-3223(99)00230-9",  # 10686270
        "10.1177/0269881118762073",  # 29561204
    ]
    for doi in dois:
        assert any(doi.lower() in xml.decode().lower() for xml in server.records.values())
    lines = ["claims:"]
    for number, doi in enumerate(dois):
        lines += [f"  - id: by-doi-{number}", "    text: Ketamine helped.", f"    doi: {doi}"]
    lines += ["  - id: by-pmid", "    text: Ketamine helped.", '    pmid: "31526207"']
    claims = tmp_path / "claims.yaml"
    claims.write_text("\n".join(lines) + "\n", encoding="utf-8")
    server.faults.hang = 1.0
    started = time.monotonic()
    result = run_check(claims, server.url, tmp_path / "cache")
    elapsed = time.monotonic() - started
    assert set(verdicts(result).values()) == {"UNCHECKED"} and result.exit_code == 3
    assert elapsed < deadline + 0.5, f"{elapsed:.1f} s for a run with a {deadline} s deadline"


def test_a_reply_larger_than_the_cap_costs_only_its_own_claim(
    server: EutilsServer,
    quick_client: None,
    monkeypatch: pytest.MonkeyPatch,
    claims_file: Path,
    tmp_path: Path,
    clean_run: tuple[int, dict[str, dict[str, Any]]],
) -> None:
    """Reply bodies are read up to a cap (128 MiB shipped; 200 kB here): a record that makes
    its reply bigger is refused without reading it all, and its batch is split so the other
    records still arrive."""
    defaults = EntrezClient.__init__.__kwdefaults__
    assert defaults is not None
    monkeypatch.setitem(defaults, "max_response_bytes", 200_000)
    good = server.records["30922101"]
    padding = b" Ketamine." * 200_000  # 2 MB of abstract
    server.add_record("30922101", good.replace(b"</AbstractText>", padding + b"</AbstractText>", 1))
    result = run_check(claims_file, server.url, tmp_path / "cache")
    claims = claims_by_id(result)
    assert claims["phillips-59"]["verdict"] == "UNCHECKED"
    assert "reply larger than" in claims["phillips-59"]["findings"][0]["message"]
    assert claims["berman-placebo"] == clean_run[1]["berman-placebo"]
    assert claims["ghost"]["verdict"] == "BROKEN_CITATION"
