"""The network side of the fault matrix: the real client against the stand-in's faults.

Each row says what the client must do: deliver every record, or report the PMIDs as failed (never
as not found), within a bounded number of attempts and a bounded time. Pacing tests use the real
``Pacer`` at NCBI's rates and measure the windows from the server's request log.
"""

from __future__ import annotations

import logging
import socket
import threading
import time
from collections.abc import Callable
from itertools import pairwise

import httpx
import pytest
from eutils_server import EutilsServer

from claimcheck.config import Settings
from claimcheck.entrez.client import (
    NAME_RESOLUTION_ATTEMPTS,
    SPLIT_STREAK_LIMIT,
    EntrezClient,
    EntrezUnavailable,
    FetchResult,
)
from claimcheck.entrez.pacer import Pacer
from claimcheck.entrez.retry import Backoff

MakeClient = Callable[..., EntrezClient]
API_KEY = "0123456789abcdef-SECRET-KEY-fedcba9876"
MISSING_PMID = "99999999"


def assert_never_not_found(result: FetchResult, existing: list[str]) -> None:
    assert not result.not_found & set(existing), "a fault made existing records 'not found'"
    assert set(result.records) | set(result.failed) >= set(existing)


# -- pacing ------------------------------------------------------------------------------------


def test_without_key_no_second_holds_more_than_three_requests(
    eutils_server: EutilsServer, make_entrez_client: MakeClient
) -> None:
    pmids = eutils_server.clone_records(20)
    started = time.monotonic()
    result = make_entrez_client(pacer=Pacer(3.0), batch_size=4).efetch(pmids)
    elapsed = time.monotonic() - started
    assert set(result.records) == set(pmids)
    assert len(eutils_server.requests) == 5
    assert all(request.status == 200 for request in eutils_server.requests)  # no 429
    assert eutils_server.max_in_window(1.0) <= 3
    assert elapsed < 2.5  # paced, not crawling: 5 requests need a little over 1.4 s


def test_with_key_no_second_holds_more_than_ten_requests(
    eutils_server: EutilsServer, make_entrez_client: MakeClient
) -> None:
    pmids = eutils_server.clone_records(28)
    result = make_entrez_client(api_key=API_KEY, pacer=Pacer(10.0), batch_size=2).efetch(pmids)
    assert set(result.records) == set(pmids)
    assert len(eutils_server.requests) == 14
    assert all(request.status == 200 for request in eutils_server.requests)
    assert eutils_server.max_in_window(1.0) <= 10
    assert eutils_server.max_in_window(1.0) >= 8  # and it does use the budget


def test_one_pacer_paces_two_clients_in_two_threads(
    eutils_server: EutilsServer, make_entrez_client: MakeClient
) -> None:
    pmids = eutils_server.clone_records(24)
    shared = Pacer(10.0)
    clients = [make_entrez_client(api_key=API_KEY, pacer=shared, batch_size=2) for _ in "ab"]
    results: list[FetchResult] = []
    threads = [
        threading.Thread(target=lambda c=client, part=pmids[i::2]: results.append(c.efetch(part)))
        for i, client in enumerate(clients)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sum(len(result.records) for result in results) == 24
    assert all(request.status == 200 for request in eutils_server.requests)
    assert eutils_server.max_in_window(1.0) <= 10


# -- 429 ---------------------------------------------------------------------------------------


def test_429_retry_after_is_honoured(
    eutils_server: EutilsServer, make_entrez_client: MakeClient
) -> None:
    eutils_server.faults.burst_429, eutils_server.faults.burst_retry_after = 2, 0.6
    result = make_entrez_client().efetch(["10686270"])
    assert list(result.records) == ["10686270"]
    times = [request.time for request in eutils_server.requests]
    assert [request.status for request in eutils_server.requests] == [429, 429, 200]
    assert all(later - earlier >= 0.6 for earlier, later in pairwise(times))
    assert result.requests == 3


def test_429_without_retry_after_backs_off_and_recovers(
    eutils_server: EutilsServer, make_entrez_client: MakeClient
) -> None:
    eutils_server.faults.burst_429, eutils_server.faults.burst_retry_after = 3, None
    result = make_entrez_client().efetch(["10686270", MISSING_PMID])
    assert list(result.records) == ["10686270"] and result.not_found == {MISSING_PMID}


def test_429_storm_fails_the_batch_without_splitting_it(
    eutils_server: EutilsServer, make_entrez_client: MakeClient
) -> None:
    eutils_server.faults.burst_429, eutils_server.faults.burst_retry_after = 1000, None
    pmids = eutils_server.clone_records(8)
    result = make_entrez_client(max_attempts=4).efetch(pmids)
    assert set(result.failed) == set(pmids) and not result.not_found
    assert "rate limited" in result.failed[pmids[0]]
    assert result.requests == 4  # splitting cannot help against a rate limit


def test_retry_after_beyond_the_deadline_gives_up_at_once(
    eutils_server: EutilsServer, make_entrez_client: MakeClient
) -> None:
    eutils_server.faults.burst_429, eutils_server.faults.burst_retry_after = 1, 120
    started = time.monotonic()
    result = make_entrez_client(deadline=5.0).efetch(["10686270"])
    assert time.monotonic() - started < 1.0
    assert "asked to wait 120 s" in result.failed["10686270"]


# -- the fault matrix: every fault, all the time --------------------------------------------


ALWAYS = ["server_error", "proxy_error", "drop", "reset", "truncate", "cut", "html_200", "foreign"]


@pytest.mark.parametrize("fault", ALWAYS)
def test_persistent_fault_fails_every_pmid_with_bounded_attempts(
    eutils_server: EutilsServer, make_entrez_client: MakeClient, fault: str
) -> None:
    pmids = eutils_server.clone_records(11)
    setattr(eutils_server.faults, fault, 1.0)
    started = time.monotonic()
    result = make_entrez_client(max_attempts=2, batch_size=4).efetch([*pmids, MISSING_PMID])
    assert set(result.failed) == {*pmids, MISSING_PMID}
    assert not result.not_found and not result.records
    # Three batches; halves are tried only until SPLIT_STREAK_LIMIT parts failed in a row
    # (splitting them all the way down would take 3 * 7 parts * 2 attempts = 42 requests).
    assert result.requests <= 2 * (3 + SPLIT_STREAK_LIMIT)
    assert time.monotonic() - started < 3.0
    assert all("\n" not in reason for reason in result.failed.values())


@pytest.mark.parametrize(("fault", "seconds"), [("slow", 1.0), ("drip", 2.0), ("hang", 30.0)])
def test_slow_replies_are_cut_off_by_the_timeout(
    eutils_server: EutilsServer, make_entrez_client: MakeClient, fault: str, seconds: float
) -> None:
    setattr(eutils_server.faults, fault, 1.0)
    setattr(eutils_server.faults, f"{fault}_seconds", seconds)
    started = time.monotonic()
    result = make_entrez_client(max_attempts=2, timeout=0.2).efetch(["10686270", "9997"])
    elapsed = time.monotonic() - started
    assert set(result.failed) == {"10686270", "9997"} and not result.not_found
    assert "no complete reply within 0.2 s" in result.failed["9997"]
    assert result.requests == 6  # the pair twice, then each half twice
    assert elapsed < 1.8


@pytest.mark.parametrize(
    "fault",
    [
        "server_error",
        "proxy_error",
        "drop",
        "reset",
        "truncate",
        "cut",
        "html_200",
        "foreign",
        "empty_set",
        "slow",
        "drip",
    ],
)
def test_intermittent_fault_still_delivers_every_record(
    eutils_server: EutilsServer, make_entrez_client: MakeClient, fault: str
) -> None:
    pmids = eutils_server.clone_records(40)
    setattr(eutils_server.faults, fault, 0.4)
    eutils_server.faults.slow_seconds, eutils_server.faults.drip_seconds = 0.4, 0.4
    result = make_entrez_client(batch_size=10, timeout=0.25).efetch([*pmids, MISSING_PMID])
    assert set(result.records) == set(pmids)
    assert result.not_found == {MISSING_PMID} and result.failed == {}
    assert any(request.fault == fault for request in eutils_server.requests)


@pytest.mark.parametrize("count", [200, 461])
def test_30_percent_502_10_percent_drops_15_percent_truncated(
    eutils_server: EutilsServer, make_entrez_client: MakeClient, count: int
) -> None:
    pmids = eutils_server.clone_records(count)
    faults = eutils_server.faults
    faults.server_error, faults.server_error_codes = 0.30, (502,)
    faults.drop, faults.truncate = 0.10, 0.15
    result = make_entrez_client(api_key=API_KEY).efetch(pmids)
    assert set(result.records) == set(pmids)
    assert not result.not_found and not result.failed
    seen = {request.fault for request in eutils_server.requests}
    assert {"server_error", "drop", "truncate"} <= seen or len(eutils_server.requests) < 6


def test_a_poisoned_batch_is_split_so_the_rest_arrives(
    eutils_server: EutilsServer, make_entrez_client: MakeClient
) -> None:
    pmids = eutils_server.clone_records(16)
    eutils_server.faults.poison = {pmids[11]}
    result = make_entrez_client(max_attempts=3).efetch(pmids)
    assert set(result.records) == set(pmids) - {pmids[11]}
    assert set(result.failed) == {pmids[11]} and not result.not_found
    assert "HTTP 500" in result.failed[pmids[11]]
    # 16 -> 8 -> 4 -> 2 -> 1: each failing part tried 3 times, each sound half once
    assert result.requests == 3 + 4 * 3 + 4


def test_the_deadline_bounds_a_run_against_a_server_that_never_answers(
    eutils_server: EutilsServer, make_entrez_client: MakeClient
) -> None:
    pmids = eutils_server.clone_records(30)
    eutils_server.faults.hang = 1.0
    started = time.monotonic()
    result = make_entrez_client(timeout=0.4, deadline=1.5, batch_size=10).efetch(pmids)
    elapsed = time.monotonic() - started
    assert set(result.failed) == set(pmids) and not result.not_found
    assert 1.2 < elapsed < 2.2
    assert any("time limit of 1.5 s" in reason for reason in result.failed.values())


def test_unreachable_server_fails_fast_with_one_redacted_line(closed_port_url: str) -> None:
    settings = Settings(eutils_url=closed_port_url, api_key=API_KEY)
    started = time.monotonic()
    with EntrezClient(
        settings, pacer=Pacer(100.0), backoff=Backoff(0.01, 0.05), max_attempts=4, batch_size=2
    ) as client:
        result = client.efetch(["1", "2", "3", "4", "5"])
    assert time.monotonic() - started < 1.5
    assert set(result.failed) == {"1", "2", "3", "4", "5"} and not result.not_found
    assert result.requests == 4  # the first batch's attempts; the rest is not asked
    reasons = set(result.failed.values())
    assert len(reasons) == 1
    (reason,) = reasons
    assert reason.startswith("could not connect") and "\n" not in reason
    assert API_KEY not in reason and "127.0.0.1" not in reason


@pytest.mark.parametrize(
    ("code", "words"),
    [
        (socket.EAI_NONAME, "Name or service not known"),  # no such name
        (socket.EAI_AGAIN, "Temporary failure in name resolution"),  # no DNS server answers
    ],
)
def test_a_host_name_that_does_not_resolve_is_given_up_after_two_attempts(
    monkeypatch: pytest.MonkeyPatch, code: int, words: str
) -> None:
    """A machine without network cannot resolve NCBI's name, and a second later it still
    cannot: the client gives up after NAME_RESOLUTION_ATTEMPTS, not max_attempts, and the
    run's later calls send nothing. The name lookup itself fails here (no network touched),
    so httpx raises exactly what it raises for such a name."""
    looked_up: list[str] = []

    def getaddrinfo(host: str, *args: object, **kwargs: object) -> list[object]:
        looked_up.append(host)
        raise socket.gaierror(code, words)

    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)
    settings = Settings(eutils_url="https://eutils.example.invalid/entrez/eutils/", api_key=API_KEY)
    waits: list[float] = []
    with EntrezClient(
        settings,
        transport=httpx.HTTPTransport(),
        pacer=Pacer(1000.0),
        sleep=waits.append,
        batch_size=2,
    ) as client:
        assert client.max_attempts > NAME_RESOLUTION_ATTEMPTS
        result = client.efetch(["1", "2", "3"])
        with pytest.raises(EntrezUnavailable):
            client.esearch_doi("10.1176/appi.ajp.2018.18070834")
    assert looked_up == ["eutils.example.invalid"] * NAME_RESOLUTION_ATTEMPTS
    assert result.requests == NAME_RESOLUTION_ATTEMPTS
    assert len(waits) == NAME_RESOLUTION_ATTEMPTS - 1  # one backoff between the two attempts
    assert set(result.failed) == {"1", "2", "3"} and not result.not_found
    assert set(result.failed.values()) == {
        f"could not connect ({words}) (after {NAME_RESOLUTION_ATTEMPTS} attempts)"
    }


def test_the_api_key_appears_in_no_reason_message_or_log(
    eutils_server: EutilsServer,
    make_entrez_client: MakeClient,
    closed_port_url: str,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)
    texts: list[str] = []
    faults = eutils_server.faults
    for fault in ALWAYS:
        faults.server_error = faults.proxy_error = faults.drop = faults.reset = 0.0
        faults.truncate = faults.cut = faults.html_200 = faults.foreign = 0.0
        setattr(faults, fault, 1.0)
        result = make_entrez_client(api_key=API_KEY, max_attempts=2).efetch(["10686270"])
        texts += result.failed.values()
    for client in (
        make_entrez_client(api_key=API_KEY, max_attempts=2),
        make_entrez_client(api_key=API_KEY, max_attempts=2, url=closed_port_url),
    ):
        with pytest.raises(EntrezUnavailable) as caught:
            client.esearch_doi("10.1016/S0006-3223(99)00230-9")
        texts.append(str(caught.value))
    assert eutils_server.api_keys_seen() == {API_KEY}  # the key was sent, in every request...
    assert len(texts) == len(ALWAYS) + 2
    for text in [*texts, caplog.text]:  # ...and shown nowhere
        assert API_KEY not in text
