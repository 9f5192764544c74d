"""The record store: records folders first, then the local cache, then one batched network call.

Each record's bytes are parsed once. "Not found" only ever comes from PubMed itself (a good
reply without the PMID, or such a reply cached less than a day ago); anything that stops us
from asking (offline, network failure) is UNAVAILABLE, so a claim is never judged on a record
we failed to get. When NCBI cannot be asked, an expired cache copy is better than nothing and is
used, with a warning.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from claimcheck.claims.model import PMID_PATTERN
from claimcheck.config import Settings
from claimcheck.entrez.errors import EntrezError
from claimcheck.errors import InputError
from claimcheck.pubmed.model import PubMedRecord
from claimcheck.pubmed.parser import RecordParseError, XmlSafetyError, parse_records
from claimcheck.store.cache import (
    CachedRecord,
    CacheStatus,
    RecordCache,
    normalise_doi,
    warn_on_stderr,
)
from claimcheck.store.folders import RecordsFolders
from claimcheck.store.outcome import DoiOutcome, LookupStatus, RecordOutcome, RecordSource

if TYPE_CHECKING:
    from claimcheck.entrez.client import EntrezClient

ProgressCallback = Callable[[str, int, int], None]  # (stage, done, total)
PROGRESS_STAGE = "fetch"
OFFLINE_REASON = "offline: not in --records folders or cache"
OFFLINE_DOI_REASON = "offline: DOI not in --records folders or cache"


@dataclass
class StoreStats:
    """How the records of this store's look-ups were obtained (counted per PMID asked), and
    the HTTP requests the record fetches made (DOI searches not included)."""

    from_folders: int = 0
    from_cache: int = 0
    fetched: int = 0
    not_found: int = 0
    failed: int = 0
    requests: int = 0


class RecordStore:
    def __init__(
        self,
        settings: Settings,
        *,
        records_dirs: Sequence[Path] = (),
        client_factory: Callable[[], EntrezClient] | None = None,
        cache: RecordCache | None = None,
        on_progress: ProgressCallback | None = None,
        warn: Callable[[str], None] = warn_on_stderr,
    ) -> None:
        self.settings = settings
        self.stats = StoreStats()
        self._warn_raw = warn
        self._folders = RecordsFolders([Path(folder) for folder in records_dirs])
        self._owns_cache = cache is None
        self._cache = (cache if cache is not None
                       else RecordCache(settings.cache_dir, warn=self._warn))
        self._client_factory = client_factory or self._default_client
        self._client: EntrezClient | None = None
        self._on_progress = on_progress
        self._progress: _Progress | None = None
        self._dois: dict[str, DoiOutcome] = {}

    # -- records ---------------------------------------------------------------------------

    def get_many(self, pmids: Sequence[str]) -> dict[str, RecordOutcome]:
        """One outcome per distinct PMID, in the order asked."""
        wanted = list(dict.fromkeys(_checked_pmid(pmid) for pmid in pmids))
        outcomes: dict[str, RecordOutcome] = {}
        self._progress = _Progress(self._on_progress, len(wanted))
        try:
            self._from_folders(wanted, outcomes)
            stale = self._from_cache([p for p in wanted if p not in outcomes], outcomes)
            missing = [p for p in wanted if p not in outcomes]
            if missing and self.settings.offline:
                for pmid in missing:
                    outcomes[pmid] = self._fallback(pmid, stale, OFFLINE_REASON)
            elif missing:
                self._from_network(missing, stale, outcomes)
        finally:
            self._progress.finish()
            self._progress = None
        self._count(outcomes.values())
        return {pmid: outcomes[pmid] for pmid in wanted}

    def get(self, pmid: str) -> RecordOutcome:
        return self.get_many([pmid])[_checked_pmid(pmid)]

    # -- DOIs ------------------------------------------------------------------------------

    def resolve_doi(self, doi: str) -> DoiOutcome:
        """The PMID of the record with this DOI: folders, then cache, then esearch.

        Each DOI is resolved once per store: claims citing one DOI share the answer (and a
        failure is not retried claim after claim)."""
        key = normalise_doi(doi)
        if key not in self._dois:
            self._dois[key] = self._resolve_doi(doi)
        return replace(self._dois[key], doi=doi)

    def _resolve_doi(self, doi: str) -> DoiOutcome:
        held = self._folders.find_doi(doi)
        if held is not None:
            return DoiOutcome(doi, LookupStatus.FOUND, pmid=held.pmid)
        cached = self._cache.lookup_doi(doi)
        if cached is not None and cached.fresh and not self.settings.refresh:
            if cached.pmid:
                return DoiOutcome(doi, LookupStatus.FOUND, pmid=cached.pmid)
            return DoiOutcome(doi, LookupStatus.NOT_FOUND,
                              reason=f"PubMed has no record with DOI {doi} "
                              f"(checked {_when(cached.fetched_at)})")
        stale_pmid = cached.pmid if cached is not None else None
        if self.settings.offline:
            return self._doi_fallback(doi, stale_pmid, OFFLINE_DOI_REASON)
        try:
            hits = self._client_instance().esearch_doi(doi)
        except EntrezError as error:
            return self._doi_fallback(doi, stale_pmid, self.settings.redact(str(error)))
        if not hits:
            self._cache.store_doi(doi, None)
            return DoiOutcome(doi, LookupStatus.NOT_FOUND,
                              reason=f"esearch found no PubMed record with DOI {doi}")
        # The client returns only PMIDs whose own record carries the DOI; several are rare
        # (a record and its duplicate): the first is kept and the others named.
        pmid = hits[0]
        note = f"DOI {doi} matches PMIDs {', '.join(hits)}; using {pmid}" if len(hits) > 1 else None
        self._cache.store_doi(doi, pmid)
        return DoiOutcome(doi, LookupStatus.FOUND, pmid=pmid, reason=note)

    # -- life cycle ------------------------------------------------------------------------

    def close(self) -> None:
        if self._client is not None:
            self._client.close()
            self._client = None
        if self._owns_cache:
            self._cache.close()

    def __enter__(self) -> RecordStore:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    # -- the three sources -----------------------------------------------------------------

    def _from_folders(self, pmids: list[str], outcomes: dict[str, RecordOutcome]) -> None:
        for pmid in pmids:
            held = self._folders.find(pmid)
            if held is not None:
                outcomes[pmid] = RecordOutcome(pmid, LookupStatus.FOUND, record=held.record,
                                               raw_xml=held.xml,
                                               source=RecordSource.RECORDS_FOLDER)
                self._advance(1)

    def _from_cache(
        self, pmids: list[str], outcomes: dict[str, RecordOutcome]
    ) -> dict[str, CachedRecord]:
        """Fill ``outcomes`` from fresh cache entries; return the expired copies of records."""
        stale: dict[str, CachedRecord] = {}
        unreadable: list[str] = []
        for pmid, entry in self._cache.lookup(pmids).items():
            usable = entry.fresh and not self.settings.refresh
            if entry.status is CacheStatus.NOT_FOUND:
                if usable:
                    outcomes[pmid] = RecordOutcome(
                        pmid, LookupStatus.NOT_FOUND, source=RecordSource.CACHE,
                        reason=f"PubMed has no record with PMID {pmid} "
                        f"(checked {_when(entry.fetched_at)})")
                    self._advance(1)
                continue
            if not usable:
                stale[pmid] = entry  # parsed only if it has to stand in for a fresh copy
                continue
            assert entry.xml is not None  # the cache never returns a found entry without bytes
            record = _parse_one(pmid, entry.xml)
            if isinstance(record, str):
                unreadable.append(pmid)  # written by an older claimcheck, say: fetch again
                continue
            outcomes[pmid] = RecordOutcome(pmid, LookupStatus.FOUND, record=record,
                                           raw_xml=entry.xml, source=RecordSource.CACHE)
            self._advance(1)
        self._cache.forget(unreadable)
        return stale

    def _from_network(
        self,
        pmids: list[str],
        stale: Mapping[str, CachedRecord],
        outcomes: dict[str, RecordOutcome],
    ) -> None:
        try:
            result = self._client_instance().efetch(pmids)
        except EntrezError as error:
            reason = self.settings.redact(str(error))
            for pmid in pmids:
                outcomes[pmid] = self._fallback(pmid, stale, reason)
            return
        self.stats.requests += result.requests
        fetched: dict[str, bytes] = {}
        for pmid in pmids:
            data = result.records.get(pmid)
            if data is not None:
                record = _parse_one(pmid, data)
                if isinstance(record, str):
                    outcomes[pmid] = self._fallback(pmid, stale, record)
                    continue
                fetched[pmid] = data
                outcomes[pmid] = RecordOutcome(pmid, LookupStatus.FOUND, record=record,
                                               raw_xml=data, source=RecordSource.NETWORK)
            elif pmid in result.not_found:
                outcomes[pmid] = RecordOutcome(
                    pmid, LookupStatus.NOT_FOUND, source=RecordSource.NETWORK,
                    reason=f"PubMed has no record with PMID {pmid}")
            else:
                reason = result.failed.get(pmid, "E-utilities gave no answer for this PMID")
                outcomes[pmid] = self._fallback(pmid, stale, self.settings.redact(reason))
        self._cache.store_found(fetched)
        self._cache.store_not_found(
            pmid for pmid in pmids if outcomes[pmid].status is LookupStatus.NOT_FOUND
        )

    # -- helpers ---------------------------------------------------------------------------

    def _fallback(
        self, pmid: str, stale: Mapping[str, CachedRecord], reason: str
    ) -> RecordOutcome:
        """An expired cache copy when there is one, else UNAVAILABLE (never NOT_FOUND)."""
        entry = stale.get(pmid)
        if entry is not None and entry.xml is not None:
            record = _parse_one(pmid, entry.xml)
            if not isinstance(record, str):
                self._warn(f"PMID {pmid}: using the cached copy fetched {_when(entry.fetched_at)}"
                           f" ({reason})")
                return RecordOutcome(pmid, LookupStatus.FOUND, record=record, raw_xml=entry.xml,
                                     source=RecordSource.CACHE)
        return RecordOutcome(pmid, LookupStatus.UNAVAILABLE, reason=reason)

    def _doi_fallback(self, doi: str, stale_pmid: str | None, reason: str) -> DoiOutcome:
        if stale_pmid:
            self._warn(f"DOI {doi}: using the cached PMID {stale_pmid} ({reason})")
            return DoiOutcome(doi, LookupStatus.FOUND, pmid=stale_pmid)
        return DoiOutcome(doi, LookupStatus.UNAVAILABLE, reason=reason)

    def _count(self, outcomes: Iterable[RecordOutcome]) -> None:
        for outcome in outcomes:
            if outcome.status is LookupStatus.NOT_FOUND:
                self.stats.not_found += 1
            elif outcome.status is LookupStatus.UNAVAILABLE:
                self.stats.failed += 1
            elif outcome.source is RecordSource.RECORDS_FOLDER:
                self.stats.from_folders += 1
            elif outcome.source is RecordSource.CACHE:
                self.stats.from_cache += 1
            else:
                self.stats.fetched += 1

    def _client_instance(self) -> EntrezClient:
        if self._client is None:
            self._client = self._client_factory()
        return self._client

    def _default_client(self) -> EntrezClient:
        from claimcheck.entrez.client import EntrezClient

        return EntrezClient(self.settings, on_progress=self._network_progress)

    def _network_progress(self, settled: int) -> None:
        # The client reports how many PMIDs each batch settled.
        if self._progress is not None:
            self._progress.network(settled)

    def _advance(self, count: int) -> None:
        if self._progress is not None:
            self._progress.advance(count)

    def _warn(self, message: str) -> None:
        self._warn_raw(self.settings.redact(message))


class _Progress:
    """Counts PMIDs settled locally plus those the client reports, for one ``get_many``."""

    def __init__(self, callback: ProgressCallback | None, total: int) -> None:
        self._callback = callback
        self._total = total
        self._local = 0
        self._network = 0
        self._report()

    def advance(self, count: int) -> None:
        self._local += count
        self._report()

    def network(self, settled: int) -> None:
        self._network += settled
        self._report()

    def finish(self) -> None:
        self._local, self._network = self._total, 0
        self._report()

    def _report(self) -> None:
        if self._callback is not None and self._total:
            self._callback(PROGRESS_STAGE, min(self._local + self._network, self._total),
                           self._total)


def _checked_pmid(pmid: str) -> str:
    text = str(pmid).strip()
    if not PMID_PATTERN.match(text):
        raise InputError(f"{text!r} is not a PMID (digits only, e.g. 30922101)", field="pmid")
    return text


def _parse_one(pmid: str, data: bytes) -> PubMedRecord | str:
    """The record for ``pmid`` in ``data``, or why it cannot be read."""
    try:
        records = parse_records(data)
    except (RecordParseError, XmlSafetyError) as error:
        return f"the record NCBI sent could not be read: {error}"
    for record in records:
        if record.pmid == pmid:
            return record
    return "the reply did not hold this PMID's record"


def _when(timestamp: float) -> str:
    return time.strftime("%Y-%m-%d %H:%M", time.localtime(timestamp))
