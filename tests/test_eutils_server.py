"""The E-utilities stand-in itself: NCBI's behaviour and each switchable fault, seen over HTTP."""

from __future__ import annotations

import json
import re
import time
import xml.etree.ElementTree as ET

import httpx
import pytest
from eutils_server import SAMPLES, EutilsServer, base_records

FIXTURE_PMID = "10686270"
FIXTURE_DOI = "10.1016/s0006-3223(99)00230-9"
SAMPLE_PMID = "27797938"  # shared/eutils-samples/pubmed4.xml


# One client for the module: a new httpx.Client per call would build an SSL context each time.
HTTP = httpx.Client(timeout=5)


def efetch(server: EutilsServer, ids: str, *, method: str = "POST", **extra: str) -> httpx.Response:
    params = {"db": "pubmed", "retmode": "xml", "id": ids, **extra}
    if method == "GET":
        return HTTP.get(server.url + "efetch.fcgi", params=params)
    return HTTP.post(server.url + "efetch.fcgi", data=params)


def pmids_in(body: bytes) -> list[str]:
    root = ET.fromstring(body)
    return [
        node.findtext("MedlineCitation/PMID") or node.findtext("BookDocument/PMID") or ""
        for node in root
    ]


def test_serves_fixture_and_sample_records_over_get_and_post(eutils_server: EutilsServer) -> None:
    for method in ("GET", "POST"):
        reply = efetch(eutils_server, f"{FIXTURE_PMID},{SAMPLE_PMID}", method=method)
        assert reply.status_code == 200
        assert reply.content.startswith(b'<?xml version="1.0" ?>\n<!DOCTYPE PubmedArticleSet')
        assert pmids_in(reply.content) == [FIXTURE_PMID, SAMPLE_PMID]
    sample = (SAMPLES / "pubmed4.xml").read_bytes()
    assert eutils_server.records[SAMPLE_PMID] in sample  # served as the file has it


def test_missing_ids_are_dropped_silently(eutils_server: EutilsServer) -> None:
    reply = efetch(eutils_server, f"99999999,{FIXTURE_PMID},99999998")
    assert reply.status_code == 200
    assert pmids_in(reply.content) == [FIXTURE_PMID]
    only_missing = efetch(eutils_server, "99999999")
    assert only_missing.status_code == 200
    assert pmids_in(only_missing.content) == []


def test_all_invalid_ids_give_ncbi_400_error(eutils_server: EutilsServer) -> None:
    reply = efetch(eutils_server, "00000000,abc")
    assert reply.status_code == 400
    assert b"<ERROR>ID list is empty! Possibly it has no correct IDs.</ERROR>" in reply.content


def test_requests_are_logged_with_the_api_key_masked(eutils_server: EutilsServer) -> None:
    efetch(eutils_server, FIXTURE_PMID, api_key="k-123", tool="t", email="e@x.org")
    (request,) = eutils_server.requests
    assert (request.method, request.endpoint, request.status) == ("POST", "efetch", 200)
    assert request.ids == [FIXTURE_PMID]
    assert request.params["api_key"] == "***"
    assert request.params["tool"] == "t"
    assert eutils_server.api_keys_seen() == {"k-123"}
    assert "k-123" not in repr(request)


def test_rate_limit_without_key_is_three_per_second(eutils_server: EutilsServer) -> None:
    statuses = [efetch(eutils_server, FIXTURE_PMID).status_code for _ in range(5)]
    assert statuses[:3] == [200, 200, 200]
    assert 429 in statuses[3:]
    limited = next(r for r in eutils_server.requests if r.status == 429)
    assert limited.fault == "rate_limit"
    reply = efetch(eutils_server, FIXTURE_PMID)
    assert reply.status_code == 429
    assert json.loads(reply.content)["error"] == "API rate limit exceeded"
    assert reply.headers["Retry-After"] == "1"
    time.sleep(1.05)
    assert efetch(eutils_server, FIXTURE_PMID).status_code == 200


def test_rate_limit_with_key_is_ten_per_second(eutils_server: EutilsServer) -> None:
    statuses = [efetch(eutils_server, FIXTURE_PMID, api_key="k").status_code for _ in range(12)]
    assert statuses[:10] == [200] * 10
    assert statuses[10:] == [429, 429]


def test_max_in_window_counts_a_sliding_window(eutils_server: EutilsServer) -> None:
    eutils_server.faults.rate_limit = False
    for _ in range(4):
        efetch(eutils_server, FIXTURE_PMID)
    assert eutils_server.max_in_window(1.0) == 4
    assert eutils_server.max_in_window(1e-9) == 1


def test_esearch_resolves_dois_case_insensitively(eutils_server: EutilsServer) -> None:
    reply = HTTP.post(
        eutils_server.url + "esearch.fcgi",
        data={"db": "pubmed", "term": f"{FIXTURE_DOI.upper()}[doi]"},
    )
    root = ET.fromstring(reply.content)
    assert root.findtext("Count") == "1"
    assert [node.text for node in root.iter("Id")] == [FIXTURE_PMID]
    none = HTTP.get(
        eutils_server.url + "esearch.fcgi", params={"db": "pubmed", "term": "10.9999/nothing[doi]"}
    )
    root = ET.fromstring(none.content)
    assert root.findtext("Count") == "0"
    assert root.findtext("WarningList/OutputMessage") == "No items found."


def test_esummary_json_marks_missing_uids(eutils_server: EutilsServer) -> None:
    reply = HTTP.post(
        eutils_server.url + "esummary.fcgi",
        data={"db": "pubmed", "id": f"{FIXTURE_PMID},99999999", "retmode": "json"},
    )
    result = reply.json()["result"]
    assert result["uids"] == [FIXTURE_PMID, "99999999"]
    assert "error" not in result[FIXTURE_PMID]
    assert result["99999999"]["error"] == "cannot get document summary"


def test_epost_then_efetch_from_history(eutils_server: EutilsServer) -> None:
    posted = HTTP.post(
        eutils_server.url + "epost.fcgi",
        data={"db": "pubmed", "id": f"{FIXTURE_PMID},{SAMPLE_PMID}"},
    )
    root = ET.fromstring(posted.content)
    web_env, query_key = root.findtext("WebEnv"), root.findtext("QueryKey")
    assert web_env and query_key == "1"
    reply = HTTP.get(
        eutils_server.url + "efetch.fcgi",
        params={
            "db": "pubmed",
            "WebEnv": web_env,
            "query_key": query_key,
            "retstart": "1",
            "retmax": "5",
            "retmode": "xml",
        },
    )
    assert pmids_in(reply.content) == [SAMPLE_PMID]


def test_clones_carry_their_own_pmid_and_doi(eutils_server: EutilsServer) -> None:
    pmids = eutils_server.clone_records(3)
    reply = efetch(eutils_server, ",".join(pmids))
    assert pmids_in(reply.content) == pmids
    assert FIXTURE_DOI.encode() not in reply.content.lower()
    eutils_server.add_record("90500000", template=FIXTURE_PMID, doi="10.5555/Clone.1")
    found = HTTP.post(
        eutils_server.url + "esearch.fcgi", data={"db": "pubmed", "term": "10.5555/clone.1[doi]"}
    )
    assert re.findall(rb"<Id>(\d+)</Id>", found.content) == [b"90500000"]


def test_base_records_cover_fixtures_and_samples() -> None:
    records = base_records()
    assert FIXTURE_PMID in records and SAMPLE_PMID in records
    assert len(records) >= 11 + 7


@pytest.mark.parametrize(
    ("fault", "check"),
    [
        ("server_error", lambda r: r.status_code in (500, 502, 503)),
        ("proxy_error", lambda r: r.status_code == 400 and b"PubOne" in r.content),
        ("html_200", lambda r: r.status_code == 200 and r.content.startswith(b"<!DOCTYPE html>")),
        ("empty_set", lambda r: pmids_in(r.content) == []),
        ("foreign", lambda r: FIXTURE_PMID not in pmids_in(r.content) and pmids_in(r.content)),
    ],
)
def test_reply_faults(eutils_server: EutilsServer, fault: str, check) -> None:  # type: ignore[no-untyped-def]
    setattr(eutils_server.faults, fault, 1.0)
    assert check(efetch(eutils_server, FIXTURE_PMID))
    assert eutils_server.requests[-1].fault == fault


def test_truncated_body_is_not_well_formed(eutils_server: EutilsServer) -> None:
    eutils_server.faults.truncate = 1.0
    reply = efetch(eutils_server, FIXTURE_PMID)
    assert reply.status_code == 200
    with pytest.raises(ET.ParseError):
        ET.fromstring(reply.content)


@pytest.mark.parametrize("fault", ["drop", "reset", "cut"])
def test_connection_faults(eutils_server: EutilsServer, fault: str) -> None:
    setattr(eutils_server.faults, fault, 1.0)
    with pytest.raises((httpx.RemoteProtocolError, httpx.ReadError)):
        efetch(eutils_server, FIXTURE_PMID)


def test_hang_never_answers(eutils_server: EutilsServer) -> None:
    eutils_server.faults.hang = 1.0
    with pytest.raises(httpx.ReadTimeout):
        httpx.post(eutils_server.url + "efetch.fcgi", data={"id": FIXTURE_PMID}, timeout=0.3)


def test_drip_spreads_the_body_over_time(eutils_server: EutilsServer) -> None:
    eutils_server.faults.drip, eutils_server.faults.drip_seconds = 1.0, 0.6
    started = time.monotonic()
    reply = efetch(eutils_server, FIXTURE_PMID)
    assert time.monotonic() - started >= 0.5
    assert pmids_in(reply.content) == [FIXTURE_PMID]


def test_burst_429_with_and_without_retry_after(eutils_server: EutilsServer) -> None:
    eutils_server.faults.rate_limit = False
    eutils_server.faults.burst_429 = 2
    first, second = efetch(eutils_server, FIXTURE_PMID), efetch(eutils_server, FIXTURE_PMID)
    assert (first.status_code, first.headers["Retry-After"]) == (429, "1")
    assert second.status_code == 429
    assert efetch(eutils_server, FIXTURE_PMID).status_code == 200
    eutils_server.faults.burst_429, eutils_server.faults.burst_retry_after = 3, None
    no_header = efetch(eutils_server, FIXTURE_PMID)
    assert no_header.status_code == 429 and "Retry-After" not in no_header.headers


def test_fault_draws_follow_the_seed() -> None:
    def pattern(seed: int) -> list[str | None]:
        with EutilsServer(seed=seed) as server:
            server.faults.rate_limit = False
            server.faults.server_error = 0.5
            for _ in range(12):
                efetch(server, FIXTURE_PMID)
            return [request.fault for request in server.requests]

    assert pattern(3) == pattern(3)
    assert 0 < pattern(3).count("server_error") < 12
