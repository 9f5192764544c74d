"""The E-utilities client through the stand-in server, plus its pure parts (split, pacer, retry)."""

from __future__ import annotations

import random
import threading
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from itertools import pairwise

import httpx
import pytest
from eutils_server import SAMPLES, EutilsServer

from claimcheck.config import Settings
from claimcheck.entrez.client import EntrezClient, EntrezUnavailable, FetchResult
from claimcheck.entrez.errors import MalformedReply
from claimcheck.entrez.pacer import Pacer, get_default_pacer
from claimcheck.entrez.retry import (
    Backoff,
    FailureKind,
    classify_status,
    describe_transport_error,
    is_empty_id_list,
    parse_retry_after,
)
from claimcheck.entrez.split import esearch_ids, esummary_listed, record_dois, split_article_set

MakeClient = Callable[..., EntrezClient]
FIXTURE_PMID = "10686270"
FIXTURE_DOI = "10.1016/S0006-3223(99)00230-9"
MISSING_PMID = "99999999"
HEADER = b'<?xml version="1.0" ?>\n<!DOCTYPE PubmedArticleSet PUBLIC'


def assert_partition(result: FetchResult, asked: set[str]) -> None:
    """Every distinct PMID ends up in exactly one of records / not_found / failed."""
    groups = [set(result.records), result.not_found, set(result.failed)]
    assert set().union(*groups) == asked
    assert sum(len(group) for group in groups) == len(asked)


# -- fetching through the stand-in ---------------------------------------------------------


def test_461_pmids_take_three_post_requests_of_at_most_200(
    eutils_server: EutilsServer, make_entrez_client: MakeClient
) -> None:
    pmids = eutils_server.clone_records(461)
    result = make_entrez_client().efetch(pmids)
    efetches = eutils_server.requests_to("efetch")
    assert [len(request.ids) for request in efetches] == [200, 200, 61]
    assert {request.method for request in efetches} == {"POST"}
    assert result.requests == 3
    assert set(result.records) == set(pmids)
    assert not result.not_found and not result.failed


def test_records_are_ncbis_bytes_in_a_one_record_set(
    eutils_server: EutilsServer, make_entrez_client: MakeClient
) -> None:
    pmids = [FIXTURE_PMID, "27797938", "12091962", "9997"]
    result = make_entrez_client().efetch(pmids)
    for pmid in pmids:
        document = result.records[pmid]
        assert document.startswith(HEADER)
        assert eutils_server.records[pmid] in document
        assert document.count(b"<PubmedArticle>") == 1
        assert document.rstrip().endswith(b"</PubmedArticle>\n</PubmedArticleSet>")


def test_every_request_names_tool_and_email_and_key_only_when_given(
    eutils_server: EutilsServer, make_entrez_client: MakeClient
) -> None:
    make_entrez_client().efetch([FIXTURE_PMID])
    make_entrez_client(api_key="key-abc").efetch([FIXTURE_PMID])
    first, second = eutils_server.requests
    for request in (first, second):
        assert request.params["tool"] == "claimcheck"
        assert request.params["email"] == "tests@example.org"
        assert request.params["db"] == "pubmed" and request.params["retmode"] == "xml"
    assert "api_key" not in first.params and first.api_key is None
    assert second.api_key == "key-abc"
    assert "key" not in second.path  # POSTed: never part of the URL


def test_duplicates_are_asked_once(
    eutils_server: EutilsServer, make_entrez_client: MakeClient
) -> None:
    result = make_entrez_client().efetch([FIXTURE_PMID, f" {FIXTURE_PMID} ", FIXTURE_PMID])
    assert [request.ids for request in eutils_server.requests] == [[FIXTURE_PMID]]
    assert list(result.records) == [FIXTURE_PMID]


def test_missing_pmid_is_not_found_after_esummary_agrees(
    eutils_server: EutilsServer, make_entrez_client: MakeClient
) -> None:
    result = make_entrez_client().efetch([FIXTURE_PMID, MISSING_PMID])
    assert list(result.records) == [FIXTURE_PMID]
    assert result.not_found == {MISSING_PMID}
    assert result.failed == {}
    assert [r.endpoint for r in eutils_server.requests] == ["efetch", "esummary"]
    assert eutils_server.requests[1].ids == [MISSING_PMID]


def test_ids_that_are_not_pmids_are_not_found(
    eutils_server: EutilsServer, make_entrez_client: MakeClient
) -> None:
    result = make_entrez_client().efetch(["0", "abc"])
    assert result.not_found == {"0", "abc"}
    # "abc" is never sent; "0" is, and NCBI's "ID list is empty" 400 settles it.
    assert [request.ids for request in eutils_server.requests] == [["0"]]
    assert eutils_server.requests[0].status == 400


def test_records_nobody_asked_for_are_ignored_and_prove_nothing(
    eutils_server: EutilsServer, make_entrez_client: MakeClient
) -> None:
    eutils_server.faults.foreign = 1.0
    result = make_entrez_client(max_attempts=3).efetch([FIXTURE_PMID, MISSING_PMID])
    assert result.records == {}
    assert result.not_found == set()  # silence in a reply about other PMIDs is no evidence
    assert set(result.failed) == {FIXTURE_PMID, MISSING_PMID}
    assert "other PMIDs" in result.failed[FIXTURE_PMID]


def test_spurious_empty_sets_never_make_records_not_found(
    eutils_server: EutilsServer, make_entrez_client: MakeClient
) -> None:
    pmids = eutils_server.clone_records(40)
    eutils_server.faults.empty_set = 0.5
    result = make_entrez_client(batch_size=10).efetch([*pmids, MISSING_PMID])
    assert result.not_found == {MISSING_PMID}
    assert set(result.records) == set(pmids)
    assert any(request.fault == "empty_set" for request in eutils_server.requests)


def test_always_empty_efetch_leaves_records_failed_not_missing(
    eutils_server: EutilsServer, make_entrez_client: MakeClient
) -> None:
    eutils_server.faults.empty_set = 1.0
    eutils_server.faults.endpoints = {"efetch"}
    result = make_entrez_client(max_attempts=2).efetch([FIXTURE_PMID, MISSING_PMID])
    assert result.not_found == {MISSING_PMID}
    assert set(result.failed) == {FIXTURE_PMID}
    assert "esummary lists" in result.failed[FIXTURE_PMID]


def test_progress_reports_every_settled_pmid(
    eutils_server: EutilsServer, make_entrez_client: MakeClient
) -> None:
    pmids = eutils_server.clone_records(25)
    reported: list[int] = []
    client = make_entrez_client(batch_size=10, on_progress=reported.append)
    client.efetch([*pmids, "x", pmids[0]])
    assert reported == [1, 10, 10, 5]  # "x" is settled first, without asking
    client.esearch_doi(FIXTURE_DOI)
    assert reported == [1, 10, 10, 5]  # DOI look-ups are not part of a fetch's progress


def test_ten_thousand_pmids_in_fifty_batches(
    eutils_server: EutilsServer, make_entrez_client: MakeClient
) -> None:
    pmids = eutils_server.clone_records(10_000)
    result = make_entrez_client().efetch(pmids)
    assert len(result.records) == 10_000
    assert result.requests == 50


def test_transport_is_injectable() -> None:
    seen: list[httpx.Request] = []
    body = (SAMPLES / "pubmed1.xml").read_bytes()

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, content=body)

    settings = Settings(eutils_url="https://eutils.example.test/base/")
    with EntrezClient(
        settings, transport=httpx.MockTransport(handler), pacer=Pacer(1000.0)
    ) as client:
        result = client.efetch(["9997"])
    assert list(result.records) == ["9997"]  # 12091962 came too, unasked: ignored
    assert str(seen[0].url) == "https://eutils.example.test/base/efetch.fcgi"


# -- DOI search ------------------------------------------------------------------------------


def test_doi_search_returns_confirmed_pmids(
    eutils_server: EutilsServer, make_entrez_client: MakeClient
) -> None:
    client = make_entrez_client()
    assert client.esearch_doi(FIXTURE_DOI.lower()) == [FIXTURE_PMID]
    assert client.esearch_doi(f"doi:{FIXTURE_DOI}") == [FIXTURE_PMID]
    search = eutils_server.requests_to("esearch")[0]
    assert search.params["term"] == f'"{FIXTURE_DOI.lower()}"[doi]'  # quoted: it has brackets


def test_doi_search_drops_hits_whose_record_lacks_the_doi(
    eutils_server: EutilsServer, make_entrez_client: MakeClient
) -> None:
    eutils_server.esearch_extra["10.1038/mp.2017.255"] = [FIXTURE_PMID]
    hits = make_entrez_client().esearch_doi("10.1038/mp.2017.255")
    assert hits == ["29532791"]


def test_doi_search_without_hits_is_empty(make_entrez_client: MakeClient) -> None:
    assert make_entrez_client().esearch_doi("10.9999/no.such.doi") == []


def test_doi_search_on_an_unreachable_server_raises(closed_port_url: str) -> None:
    settings = Settings(eutils_url=closed_port_url, api_key="doi-secret-key")
    with (
        EntrezClient(
            settings, pacer=Pacer(1000.0), backoff=Backoff(0.001, 0.002), max_attempts=2
        ) as client,
        pytest.raises(EntrezUnavailable) as caught,
    ):
        client.esearch_doi(FIXTURE_DOI)
    message = str(caught.value)
    assert "could not connect" in message and "\n" not in message
    assert "doi-secret-key" not in message


# -- splitting replies -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "name", ["pubmed1.xml", "pubmed2.xml", "pubmed4.xml", "pubmed5.xml", "pubmed6.xml"]
)
def test_split_keeps_each_record_byte_for_byte(name: str) -> None:
    data = (SAMPLES / name).read_bytes()
    parts = split_article_set(data)
    assert parts
    cursor = 0
    for pmid, document in parts:
        start = data.index(b"<PubmedArticle>", cursor)
        cursor = data.index(b"</PubmedArticle>", start) + len(b"</PubmedArticle>")
        assert data[start:cursor] in document
        assert f'<PMID Version="1">{pmid}</PMID>'.encode() in data[start:cursor]
        assert document.startswith(data[: data.index(b"<PubmedArticleSet>")].rstrip())
    assert cursor == data.rindex(b"</PubmedArticle>") + len(b"</PubmedArticle>")


def test_split_reads_book_records_and_keeps_the_declared_encoding() -> None:
    book = (
        '<PubmedBookArticle><BookDocument><PMID Version="1">20301295</PMID>'
        "<ArticleTitle>Caf\u00e9 r\u00e9sum\u00e9</ArticleTitle></BookDocument>"
        '<PubmedBookData><ArticleIdList><ArticleId IdType="doi">10.1/Book</ArticleId>'
        "</ArticleIdList></PubmedBookData></PubmedBookArticle>"
    )
    data = (
        '<?xml version="1.0" encoding="ISO-8859-1"?>\n<PubmedArticleSet>'
        + book
        + "</PubmedArticleSet>"
    ).encode("iso-8859-1")
    ((pmid, document),) = split_article_set(data)
    assert pmid == "20301295"
    assert book.encode("iso-8859-1") in document
    assert record_dois(document) == {"10.1/book"}


def test_split_reads_exactly_when_comments_or_cdata_could_mislead_a_tag_search() -> None:
    data = (SAMPLES / "pubmed1.xml").read_bytes()
    first_end = data.index(b"</PubmedArticle>")
    tricky = (
        data[:first_end]
        + b"<!-- </PubmedArticle><PubmedArticle> -->"
        + data[first_end:].replace(
            b"<ArticleTitle>", b"<ArticleTitle><![CDATA[</PubmedArticle>]]>", 1
        )
    )
    parts = split_article_set(tricky)
    assert [pmid for pmid, _ in parts] == ["12091962", "9997"]
    assert b"<!-- </PubmedArticle><PubmedArticle> -->" in parts[0][1]
    assert b"<![CDATA[</PubmedArticle>]]>" in parts[1][1]


def test_split_takes_the_citation_pmid_whatever_comes_first() -> None:
    data = (
        b"<PubmedArticleSet><PubmedArticle><PubmedData><PMID>5</PMID></PubmedData>"
        b"<MedlineCitation><CommentsCorrections><PMID>6</PMID></CommentsCorrections>"
        b"<PMID>7</PMID></MedlineCitation></PubmedArticle><DeleteCitation><PMID>8</PMID>"
        b"</DeleteCitation></PubmedArticleSet>"
    )
    assert [pmid for pmid, _ in split_article_set(data)] == ["7"]


def test_record_dois_ignore_cited_references() -> None:
    ((_, document),) = split_article_set((SAMPLES / "pubmed6.xml").read_bytes())
    assert record_dois(document) == {"10.3389/fphys.2018.01034"}
    assert document.count(b'IdType="doi"') > 1  # the reference list has DOIs of its own


@pytest.mark.parametrize(
    "body",
    [
        b'<?xml version="1.0" ?>\n<PubmedArticleSet><PubmedArticle><MedlineCitation><PMID>1',
        b"<!DOCTYPE html><html><body>Service unavailable</body></html>",
        b"<eFetchResult><ERROR>Cannot retrieve history data</ERROR></eFetchResult>",
        b"",
    ],
)
def test_split_refuses_what_is_not_a_complete_article_set(body: bytes) -> None:
    with pytest.raises(MalformedReply):
        split_article_set(body)


def test_split_refuses_entity_bombs_quickly() -> None:
    lol = "".join(f'<!ENTITY l{i} "{f"&l{i - 1};" * 10}">' for i in range(1, 10))
    bomb = (
        f'<?xml version="1.0"?><!DOCTYPE PubmedArticleSet [<!ENTITY l0 "lol">{lol}]>'
        "<PubmedArticleSet><PubmedArticle><MedlineCitation><PMID>1</PMID>&l9;"
        "</MedlineCitation></PubmedArticle></PubmedArticleSet>"
    ).encode()
    started = time.monotonic()
    with pytest.raises(MalformedReply, match="entities"):
        split_article_set(bomb)
    assert time.monotonic() - started < 1.0


def test_split_refuses_external_entities() -> None:
    xxe = (
        b'<?xml version="1.0"?><!DOCTYPE PubmedArticleSet [<!ENTITY x SYSTEM '
        b'"file:///etc/passwd">]><PubmedArticleSet><PubmedArticle><MedlineCitation>'
        b"<PMID>1</PMID>&x;</MedlineCitation></PubmedArticle></PubmedArticleSet>"
    )
    with pytest.raises(MalformedReply):
        split_article_set(xxe)


def test_esearch_and_esummary_readers() -> None:
    assert esearch_ids((SAMPLES / "esearch1.xml").read_bytes())[:2] == ["41282813", "41148224"]
    assert esearch_ids((SAMPLES / "esearch8.xml").read_bytes()) == []
    with pytest.raises(MalformedReply):
        esearch_ids((SAMPLES / "esummary8.xml").read_bytes())
    reply = b'{"result":{"uids":["1","2"],"1":{"uid":"1"},"2":{"uid":"2","error":"x"}}}'
    assert esummary_listed(reply, {"1", "2", "3"}) == {"1"}
    with pytest.raises(MalformedReply):
        esummary_listed(b'{"result":{"uids":["1"]', {"1"})


# -- pacing ------------------------------------------------------------------------------------


class FakeTime:
    def __init__(self) -> None:
        self.now = 100.0

    def clock(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.now += seconds


@pytest.mark.parametrize("rate", [3.0, 10.0])
def test_pacer_keeps_every_window_under_the_rate_whatever_the_latency(rate: float) -> None:
    fake, rng = FakeTime(), random.Random(5)
    pacer = Pacer(rate, clock=fake.clock, sleep=fake.sleep)
    turns: list[tuple[float, float]] = []  # (start, reply) per request
    for _ in range(40):
        turn = pacer.acquire()
        start = fake.now
        fake.sleep(rng.choice([0.0, 0.01, 0.3]))  # the request arrives somewhere in here
        pacer.release(turn)
        turns.append((start, fake.now))
    limit = int(rate)
    # request j and request j-limit cannot both arrive within one second
    assert all(
        later[0] - earlier[1] > 1.0 for earlier, later in zip(turns, turns[limit:], strict=False)
    )
    starts = [start for start, _ in turns]
    assert all(b - a >= 1 / rate - 1e-9 for a, b in pairwise(starts))


def test_pacer_is_not_slower_than_needed() -> None:
    fake = FakeTime()
    pacer = Pacer(3.0, clock=fake.clock, sleep=fake.sleep)
    for _ in range(31):
        pacer.release(pacer.acquire())
    assert fake.now - 100.0 == pytest.approx(10 * 1.1)  # three per 1.1 s window


def test_pacer_defer_and_max_wait() -> None:
    fake = FakeTime()
    pacer = Pacer(3, clock=fake.clock, sleep=fake.sleep)
    pacer.release(pacer.acquire())
    pacer.defer(5.0)
    assert pacer.acquire(max_wait=1.0) is None
    assert fake.now == 100.0  # refused without waiting
    assert pacer.acquire(max_wait=10.0) is not None
    assert fake.now == pytest.approx(105.0)


def test_pacer_counts_requests_in_flight() -> None:
    fake = FakeTime()
    pacer = Pacer(3, clock=fake.clock, sleep=fake.sleep)
    held = [pacer.acquire() for _ in range(3)]  # three replies still outstanding
    assert pacer.acquire(max_wait=0) is None
    pacer.release(held[0])
    pacer.release(held[0])  # twice: harmless
    assert pacer.acquire(max_wait=5.0) is not None


def test_pacer_is_shared_safely_between_threads() -> None:
    pacer = Pacer(40.0)
    times: list[float] = []
    lock = threading.Lock()

    def worker() -> None:
        for _ in range(6):
            turn = pacer.acquire()
            with lock:
                times.append(time.monotonic())
            pacer.release(turn)

    threads = [threading.Thread(target=worker) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    times.sort()
    assert len(times) == 48
    assert all(later - earlier > 0.99 for earlier, later in zip(times, times[40:], strict=False))


def test_default_pacer_is_one_per_rate() -> None:
    assert get_default_pacer(3.0) is get_default_pacer(3.0)
    assert get_default_pacer(10.0) is not get_default_pacer(3.0)
    client = EntrezClient(Settings(api_key="k"))
    assert client._pacer is get_default_pacer(10.0)
    client.close()


# -- retry policy ------------------------------------------------------------------------------


def test_backoff_is_exponential_with_full_jitter() -> None:
    backoff, rng = Backoff(base=0.5, cap=4.0), random.Random(1)
    for retry, ceiling in [(1, 0.5), (2, 1.0), (3, 2.0), (4, 4.0), (9, 4.0)]:
        delays = [backoff.delay(retry, rng) for _ in range(200)]
        assert min(delays) >= 0 and max(delays) <= ceiling
        assert max(delays) > ceiling * 0.8  # jitter spans the whole range


def test_retry_after_seconds_and_dates() -> None:
    assert parse_retry_after("2") == 2.0
    assert parse_retry_after(None) is None and parse_retry_after("soon") is None
    later = datetime.now(UTC) + timedelta(seconds=30)
    assert 25 < (parse_retry_after(format_datetime(later, usegmt=True)) or 0) <= 30


def test_status_classification() -> None:
    limited = classify_status(429, {"retry-after": "3"}, b'{"error":"API rate limit exceeded"}')
    assert limited is not None and limited.retry_after == 3.0 and not limited.splittable
    assert classify_status(200, {}, b"") is None
    assert classify_status(503, {}, b"").kind is FailureKind.TRANSIENT  # type: ignore[union-attr]
    proxy = classify_status(
        400,
        {},
        b"<eFetchResult><ERROR>proxy_stream(): Failed to connect "
        b"to PubOne service: <html><title>502 Bad Gateway</title>",
    )
    assert proxy is not None and proxy.kind is FailureKind.TRANSIENT
    empty = b"<eFetchResult><ERROR>ID list is empty! Possibly it has no correct IDs.</ERROR>"
    assert is_empty_id_list(400, empty)
    refused = classify_status(400, {}, empty)
    assert refused is not None and refused.kind is FailureKind.FATAL
    invalid = classify_status(400, {}, b"<ERROR>Invalid db name specified: nothing</ERROR>")
    assert invalid is not None and invalid.kind is FailureKind.FATAL


def test_transport_errors_are_described_without_urls() -> None:
    url = "https://eutils.example/efetch.fcgi?api_key=SECRET"
    for error in (
        httpx.ConnectError(f"failed for {url}"),
        httpx.ReadTimeout(url),
        httpx.RemoteProtocolError(f"closed {url}"),
        httpx.ReadError(url),
    ):
        failure = describe_transport_error(error, 2.0)
        assert "SECRET" not in failure.reason and "http" not in failure.reason
    assert describe_transport_error(httpx.ConnectError("x"), 1).kind is FailureKind.UNREACHABLE
