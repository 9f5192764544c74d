"""The record store: records folders -> cache -> one batched network call, and DOI look-ups."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from eutils_server import EutilsServer

import claimcheck.store.folders as folders_module
import claimcheck.store.store as store_module
from claimcheck.config import Settings
from claimcheck.entrez.client import EntrezClient
from claimcheck.entrez.errors import EntrezUnavailable
from claimcheck.errors import InputError
from claimcheck.store.cache import RecordCache
from claimcheck.store.outcome import LookupStatus, RecordSource
from claimcheck.store.store import OFFLINE_REASON, RecordStore

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
PMID = "30922101"
DOI = "10.1176/appi.ajp.2018.18070834"
OTHER = "29561204"
MISSING = "99999999"
KEY = "sekrit-api-key-1234567890"
DAY = 24 * 3600.0


def fixture_bytes(pmid: str) -> bytes:
    return (FIXTURES / f"{pmid}.xml").read_bytes()


@dataclass
class Result:
    """Same shape as ``claimcheck.entrez.client.FetchResult``."""

    records: dict[str, bytes]
    not_found: set[str]
    failed: dict[str, str]
    requests: int


@dataclass
class FakeClient:
    """Answers like ``EntrezClient``: known PMIDs come back, others are "not found"."""

    known: dict[str, bytes] = field(default_factory=dict)
    failing: dict[str, str] = field(default_factory=dict)
    down: str | None = None  # raise EntrezUnavailable with this message
    doi_hits: dict[str, list[str]] = field(default_factory=dict)
    efetch_calls: list[list[str]] = field(default_factory=list)
    esearch_calls: list[str] = field(default_factory=list)
    closed: bool = False

    def efetch(self, pmids: Sequence[str]) -> Result:
        self.efetch_calls.append(list(pmids))
        if self.down:
            raise EntrezUnavailable(self.down)
        records = {p: self.known[p] for p in pmids if p in self.known and p not in self.failing}
        failed = {p: self.failing[p] for p in pmids if p in self.failing}
        not_found = {p for p in pmids if p not in records and p not in failed}
        return Result(records, not_found, failed, requests=1)

    def esearch_doi(self, doi: str) -> list[str]:
        self.esearch_calls.append(doi)
        if self.down:
            raise EntrezUnavailable(self.down)
        return self.doi_hits.get(doi.lower(), [])

    def close(self) -> None:
        self.closed = True


class Clock:
    def __init__(self) -> None:
        self.now = 1_700_000_000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def cache(tmp_path: Path, clock: Clock) -> RecordCache:
    with RecordCache(tmp_path / "cache", clock=clock) as opened:
        yield opened


@pytest.fixture
def warnings() -> list[str]:
    return []


def make_store(
    tmp_path: Path,
    cache: RecordCache,
    client: FakeClient | None,
    warnings: list[str],
    *,
    records_dirs: Sequence[Path] = (),
    on_progress: Callable[[str, int, int], None] | None = None,
    **settings: object,
) -> RecordStore:
    def factory() -> FakeClient:
        if client is None:
            raise AssertionError("the network must not be used here")
        return client

    return RecordStore(
        Settings(cache_dir=tmp_path / "cache", **settings),  # type: ignore[arg-type]
        records_dirs=records_dirs,
        client_factory=factory,  # type: ignore[arg-type]
        cache=cache,
        on_progress=on_progress,
        warn=warnings.append,
    )


# -- order of sources ------------------------------------------------------------------------


def test_records_folder_comes_first_and_no_request_is_made(
    tmp_path: Path, cache: RecordCache, warnings: list[str]
) -> None:
    with make_store(tmp_path, cache, None, warnings, records_dirs=[FIXTURES]) as store:
        outcome = store.get_many([PMID])[PMID]
    assert outcome.status is LookupStatus.FOUND
    assert outcome.source is RecordSource.RECORDS_FOLDER
    assert outcome.record is not None and outcome.record.pmid == PMID
    assert outcome.raw_xml == fixture_bytes(PMID)
    assert store.stats.from_folders == 1 and store.stats.requests == 0


def test_fresh_cache_comes_before_the_network(
    tmp_path: Path, cache: RecordCache, warnings: list[str]
) -> None:
    cache.store_found({PMID: fixture_bytes(PMID)})
    client = FakeClient()
    with make_store(tmp_path, cache, client, warnings) as store:
        outcome = store.get_many([PMID])[PMID]
    assert outcome.source is RecordSource.CACHE
    assert outcome.raw_xml == fixture_bytes(PMID)
    assert client.efetch_calls == []
    assert store.stats.from_cache == 1


def test_the_rest_is_fetched_in_one_call_and_cached(
    tmp_path: Path, cache: RecordCache, warnings: list[str]
) -> None:
    cache.store_found({OTHER: fixture_bytes(OTHER)})
    client = FakeClient(known={PMID: fixture_bytes(PMID), "31526207": fixture_bytes("31526207")})
    wanted = ["10686270", OTHER, PMID, "31526207", MISSING, PMID]
    with make_store(tmp_path, cache, client, warnings) as store:
        outcomes = store.get_many(wanted)
    assert list(outcomes) == ["10686270", OTHER, PMID, "31526207", MISSING]
    assert client.efetch_calls == [["10686270", PMID, "31526207", MISSING]]
    assert outcomes[OTHER].source is RecordSource.CACHE
    assert outcomes[PMID].source is RecordSource.NETWORK
    assert outcomes["10686270"].status is LookupStatus.NOT_FOUND
    cached = cache.lookup([PMID, "31526207", MISSING, "10686270"])
    assert cached[PMID].xml == fixture_bytes(PMID)
    assert set(cached) == {PMID, "31526207", MISSING, "10686270"}
    assert store.stats.fetched == 2 and store.stats.not_found == 2
    assert store.stats.from_cache == 1 and store.stats.requests == 1

    again = FakeClient()
    with make_store(tmp_path, cache, again, warnings) as store:
        second = store.get_many(wanted)
    assert again.efetch_calls == []
    assert second[PMID].source is RecordSource.CACHE
    assert second[MISSING].status is LookupStatus.NOT_FOUND


def test_folder_cache_and_network_combine_with_each_record_parsed_once(
    tmp_path: Path, cache: RecordCache, warnings: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    parsed: list[bytes] = []
    real_parse = store_module.parse_records

    def counting_parse(data: bytes):  # type: ignore[no-untyped-def]
        parsed.append(data)
        return real_parse(data)

    monkeypatch.setattr(store_module, "parse_records", counting_parse)
    monkeypatch.setattr(folders_module, "parse_records", counting_parse)
    folder = tmp_path / "records"
    folder.mkdir()
    (folder / f"{PMID}.xml").write_bytes(fixture_bytes(PMID))
    cache.store_found({OTHER: fixture_bytes(OTHER)})
    client = FakeClient(known={"31526207": fixture_bytes("31526207")})
    with make_store(tmp_path, cache, client, warnings, records_dirs=[folder]) as store:
        outcomes = store.get_many([PMID, OTHER, "31526207"])
        store.get_many([PMID])  # the folder record is not read again
    assert [o.source for o in outcomes.values()] == [
        RecordSource.RECORDS_FOLDER,
        RecordSource.CACHE,
        RecordSource.NETWORK,
    ]
    assert sorted(parsed) == sorted(fixture_bytes(p) for p in (PMID, OTHER, "31526207"))


def test_refresh_refetches_even_a_fresh_cache_entry(
    tmp_path: Path, cache: RecordCache, warnings: list[str]
) -> None:
    cache.store_found({PMID: fixture_bytes(PMID)})
    client = FakeClient(known={PMID: fixture_bytes(PMID)})
    with make_store(tmp_path, cache, client, warnings, refresh=True) as store:
        outcome = store.get_many([PMID])[PMID]
    assert client.efetch_calls == [[PMID]]
    assert outcome.source is RecordSource.NETWORK


def test_an_expired_entry_is_refetched(
    tmp_path: Path, cache: RecordCache, clock: Clock, warnings: list[str]
) -> None:
    cache.store_found({PMID: fixture_bytes(PMID)})
    clock.now += 31 * DAY
    client = FakeClient(known={PMID: fixture_bytes(PMID)})
    with make_store(tmp_path, cache, client, warnings) as store:
        assert store.get_many([PMID])[PMID].source is RecordSource.NETWORK
    assert client.efetch_calls == [[PMID]]
    assert cache.lookup([PMID])[PMID].fresh


def test_not_found_is_asked_again_after_a_day(
    tmp_path: Path, cache: RecordCache, clock: Clock, warnings: list[str]
) -> None:
    client = FakeClient()
    with make_store(tmp_path, cache, client, warnings) as store:
        assert store.get_many([MISSING])[MISSING].status is LookupStatus.NOT_FOUND
        clock.now += 3600
        assert store.get_many([MISSING])[MISSING].source is RecordSource.CACHE
        clock.now += DAY
        store.get_many([MISSING])
    assert client.efetch_calls == [[MISSING], [MISSING]]


# -- failures are never "not found" ----------------------------------------------------------


def test_offline_gives_unavailable_and_never_asks(
    tmp_path: Path, cache: RecordCache, warnings: list[str]
) -> None:
    with make_store(tmp_path, cache, None, warnings, offline=True) as store:
        outcome = store.get_many([MISSING])[MISSING]
    assert outcome.status is LookupStatus.UNAVAILABLE
    assert outcome.reason == OFFLINE_REASON
    assert store.stats.failed == 1 and store.stats.not_found == 0


def test_offline_still_reads_folders_and_cache(
    tmp_path: Path, cache: RecordCache, warnings: list[str]
) -> None:
    cache.store_found({OTHER: fixture_bytes(OTHER)})
    with make_store(
        tmp_path, cache, None, warnings, offline=True, records_dirs=[FIXTURES]
    ) as store:
        outcomes = store.get_many([PMID, OTHER])
    assert outcomes[PMID].source is RecordSource.RECORDS_FOLDER
    assert outcomes[OTHER].source is RecordSource.RECORDS_FOLDER  # folder wins over cache


def test_a_network_failure_is_unavailable_with_a_redacted_reason(
    tmp_path: Path, cache: RecordCache, warnings: list[str]
) -> None:
    client = FakeClient(down=f"could not connect to eutils (api_key={KEY})")
    with make_store(tmp_path, cache, client, warnings, api_key=KEY) as store:
        outcomes = store.get_many([PMID, MISSING])
    for outcome in outcomes.values():
        assert outcome.status is LookupStatus.UNAVAILABLE
        assert outcome.reason and "could not connect" in outcome.reason
        assert KEY not in outcome.reason
    assert cache.lookup([PMID, MISSING]) == {}  # failures are not cached as "not found"


def test_pmids_that_failed_are_unavailable_while_others_arrive(
    tmp_path: Path, cache: RecordCache, warnings: list[str]
) -> None:
    client = FakeClient(
        known={PMID: fixture_bytes(PMID), OTHER: fixture_bytes(OTHER)},
        failing={OTHER: "HTTP 502 after 6 attempts"},
    )
    with make_store(tmp_path, cache, client, warnings) as store:
        outcomes = store.get_many([PMID, OTHER])
    assert outcomes[PMID].status is LookupStatus.FOUND
    assert outcomes[OTHER].status is LookupStatus.UNAVAILABLE
    assert outcomes[OTHER].reason == "HTTP 502 after 6 attempts"
    assert set(cache.lookup([PMID, OTHER])) == {PMID}


def test_an_expired_copy_stands_in_when_ncbi_cannot_be_asked(
    tmp_path: Path, cache: RecordCache, clock: Clock, warnings: list[str]
) -> None:
    cache.store_found({PMID: fixture_bytes(PMID)})
    clock.now += 40 * DAY
    client = FakeClient(down="E-utilities unreachable")
    with make_store(tmp_path, cache, client, warnings) as store:
        outcome = store.get_many([PMID])[PMID]
    assert outcome.status is LookupStatus.FOUND and outcome.source is RecordSource.CACHE
    assert len(warnings) == 1 and PMID in warnings[0] and "unreachable" in warnings[0]


def test_unreadable_bytes_from_the_network_are_unavailable_and_not_cached(
    tmp_path: Path, cache: RecordCache, warnings: list[str]
) -> None:
    client = FakeClient(known={PMID: b"<PubmedArticleSet><PubmedArticle><Medline"})
    with make_store(tmp_path, cache, client, warnings) as store:
        outcome = store.get_many([PMID])[PMID]
    assert outcome.status is LookupStatus.UNAVAILABLE
    assert outcome.reason and "could not be read" in outcome.reason
    assert cache.lookup([PMID]) == {}


def test_unreadable_cache_bytes_are_replaced_by_a_fresh_fetch(
    tmp_path: Path, cache: RecordCache, warnings: list[str]
) -> None:
    cache.store_found({PMID: b"<not-a-record/>"})
    client = FakeClient(known={PMID: fixture_bytes(PMID)})
    with make_store(tmp_path, cache, client, warnings) as store:
        assert store.get_many([PMID])[PMID].source is RecordSource.NETWORK
    assert cache.lookup([PMID])[PMID].xml == fixture_bytes(PMID)


# -- records folders are user input ----------------------------------------------------------


def test_a_broken_folder_file_is_bad_input_naming_the_file(
    tmp_path: Path, cache: RecordCache, warnings: list[str]
) -> None:
    folder = tmp_path / "records"
    folder.mkdir()
    broken = folder / f"{PMID}.xml"
    broken.write_bytes(fixture_bytes(PMID)[:500])
    with (
        make_store(tmp_path, cache, None, warnings, records_dirs=[folder]) as store,
        pytest.raises(InputError) as caught,
    ):
        store.get_many([PMID])
    assert str(broken) in caught.value.one_line()
    assert "\n" not in caught.value.one_line()


def test_a_folder_file_holding_another_pmid_is_bad_input(
    tmp_path: Path, cache: RecordCache, warnings: list[str]
) -> None:
    folder = tmp_path / "records"
    folder.mkdir()
    (folder / "12345.xml").write_bytes(fixture_bytes(PMID))
    with (
        make_store(tmp_path, cache, None, warnings, records_dirs=[folder]) as store,
        pytest.raises(InputError, match=f"holds {PMID}"),
    ):
        store.get_many(["12345"])


def test_a_missing_records_folder_is_bad_input(
    tmp_path: Path, cache: RecordCache, warnings: list[str]
) -> None:
    with pytest.raises(InputError, match="not a folder"):
        make_store(tmp_path, cache, None, warnings, records_dirs=[tmp_path / "nowhere"])


def test_a_malformed_pmid_is_bad_input(
    tmp_path: Path, cache: RecordCache, warnings: list[str]
) -> None:
    with make_store(tmp_path, cache, None, warnings) as store, pytest.raises(InputError):
        store.get_many(["12a"])


# -- DOIs ------------------------------------------------------------------------------------


def test_a_doi_held_in_a_records_folder_resolves_offline(
    tmp_path: Path, cache: RecordCache, warnings: list[str]
) -> None:
    with make_store(
        tmp_path, cache, None, warnings, offline=True, records_dirs=[FIXTURES]
    ) as store:
        outcome = store.resolve_doi(DOI.upper())
    assert outcome.status is LookupStatus.FOUND and outcome.pmid == PMID


def test_an_unknown_doi_offline_is_unavailable(
    tmp_path: Path, cache: RecordCache, warnings: list[str]
) -> None:
    with make_store(
        tmp_path, cache, None, warnings, offline=True, records_dirs=[FIXTURES]
    ) as store:
        outcome = store.resolve_doi("10.5555/unknown")
    assert outcome.status is LookupStatus.UNAVAILABLE


def test_a_doi_is_searched_once_then_cached(
    tmp_path: Path, cache: RecordCache, warnings: list[str]
) -> None:
    client = FakeClient(doi_hits={DOI: [PMID]})
    with make_store(tmp_path, cache, client, warnings) as store:
        assert store.resolve_doi(DOI).pmid == PMID
    with make_store(tmp_path, cache, client, warnings) as store:
        assert store.resolve_doi(DOI).pmid == PMID
    assert client.esearch_calls == [DOI]


def test_a_doi_without_hits_is_not_found_and_a_failure_is_unavailable(
    tmp_path: Path, cache: RecordCache, warnings: list[str]
) -> None:
    with make_store(tmp_path, cache, FakeClient(), warnings) as store:
        assert store.resolve_doi("10.5555/none").status is LookupStatus.NOT_FOUND
    down = FakeClient(down="timed out")
    with make_store(tmp_path, cache, down, warnings) as store:
        outcome = store.resolve_doi("10.5555/other")
    assert outcome.status is LookupStatus.UNAVAILABLE and outcome.reason == "timed out"


def test_each_doi_is_asked_once_per_store_even_when_it_fails(
    tmp_path: Path, cache: RecordCache, warnings: list[str]
) -> None:
    client = FakeClient(down="could not connect")
    with make_store(tmp_path, cache, client, warnings) as store:
        outcomes = [store.resolve_doi(doi) for doi in (DOI, DOI.upper(), DOI)]
    assert client.esearch_calls == [DOI]
    assert [o.status for o in outcomes] == [LookupStatus.UNAVAILABLE] * 3
    assert outcomes[1].doi == DOI.upper()


def test_a_doi_with_several_confirmed_hits_keeps_the_first_and_says_so(
    tmp_path: Path, cache: RecordCache, warnings: list[str]
) -> None:
    client = FakeClient(doi_hits={DOI: [PMID, OTHER]})
    with make_store(tmp_path, cache, client, warnings) as store:
        outcome = store.resolve_doi(DOI)
    assert outcome.status is LookupStatus.FOUND and outcome.pmid == PMID
    assert outcome.reason and OTHER in outcome.reason


# -- progress and life cycle -----------------------------------------------------------------


def test_progress_reaches_the_total(
    tmp_path: Path, cache: RecordCache, warnings: list[str]
) -> None:
    seen: list[tuple[str, int, int]] = []
    client = FakeClient(known={PMID: fixture_bytes(PMID)})
    with make_store(
        tmp_path,
        cache,
        client,
        warnings,
        records_dirs=[FIXTURES],
        on_progress=lambda *args: seen.append(args),
    ) as store:
        store.get_many([OTHER, PMID, MISSING])
    assert seen[0] == ("fetch", 0, 3)
    assert seen[-1] == ("fetch", 3, 3)
    assert [done for _, done, _ in seen] == sorted(done for _, done, _ in seen)


def test_close_closes_the_client(tmp_path: Path, cache: RecordCache, warnings: list[str]) -> None:
    client = FakeClient()
    with make_store(tmp_path, cache, client, warnings) as store:
        store.get_many([MISSING])
    assert client.closed


# -- through the real client and the E-utilities stand-in ------------------------------------


def test_through_the_real_client_each_record_is_fetched_once(
    tmp_path: Path,
    eutils_server: EutilsServer,
    make_entrez_client: Callable[..., EntrezClient],
    warnings: list[str],
) -> None:
    settings = Settings(eutils_url=eutils_server.url, cache_dir=tmp_path / "cache")
    with RecordStore(settings, client_factory=make_entrez_client, warn=warnings.append) as store:
        outcomes = store.get_many([PMID, MISSING, OTHER])
    assert outcomes[PMID].source is RecordSource.NETWORK
    assert outcomes[PMID].raw_xml is not None
    assert eutils_server.records[PMID] in outcomes[PMID].raw_xml
    assert outcomes[MISSING].status is LookupStatus.NOT_FOUND
    assert store.stats.requests == len(eutils_server.requests) >= 1
    assert [r.ids for r in eutils_server.requests_to("efetch")] == [[PMID, MISSING, OTHER]]

    eutils_server.reset_requests()
    with RecordStore(settings, client_factory=make_entrez_client, warn=warnings.append) as store:
        again = store.get_many([PMID, MISSING, OTHER])
    assert eutils_server.requests == []
    assert {pmid: o.raw_xml for pmid, o in again.items()} == {
        pmid: o.raw_xml for pmid, o in outcomes.items()
    }
    assert warnings == []


def test_the_default_client_reports_progress_batch_by_batch(
    tmp_path: Path, eutils_server: EutilsServer
) -> None:
    seen: list[tuple[str, int, int]] = []
    eutils_server.faults.rate_limit = False
    settings = Settings(eutils_url=eutils_server.url, cache_dir=tmp_path / "cache")
    with RecordStore(
        settings, records_dirs=[FIXTURES], on_progress=lambda *args: seen.append(args)
    ) as store:
        pmids = [PMID, *eutils_server.clone_records(250)]  # two efetch batches of <= 200
        outcomes = store.get_many(pmids)
    assert {o.status for o in outcomes.values()} == {LookupStatus.FOUND}
    assert len(eutils_server.requests_to("efetch")) == 2
    assert seen[:2] == [("fetch", 0, 251), ("fetch", 1, 251)]  # the folder record first
    assert ("fetch", 201, 251) in seen  # after the first batch, before the second
    assert seen[-1] == ("fetch", 251, 251)


def test_an_unreachable_server_gives_unavailable_through_the_real_client(
    tmp_path: Path,
    closed_port_url: str,
    make_entrez_client: Callable[..., EntrezClient],
    warnings: list[str],
) -> None:
    settings = Settings(eutils_url=closed_port_url, cache_dir=tmp_path / "cache")
    with RecordStore(
        settings,
        client_factory=lambda: make_entrez_client(url=closed_port_url),
        warn=warnings.append,
    ) as store:
        outcomes = store.get_many([PMID, MISSING])
        doi = store.resolve_doi(DOI)
    assert {o.status for o in outcomes.values()} == {LookupStatus.UNAVAILABLE}
    assert doi.status is LookupStatus.UNAVAILABLE
    assert all(o.reason and "\n" not in o.reason for o in outcomes.values())
