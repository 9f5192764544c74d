"""The local record cache: NCBI's bytes per PMID, with the time they were fetched, in SQLite.

Why SQLite: every write is a transaction, so a process killed mid-write leaves the previous
state behind; WAL mode plus a busy timeout lets several claimcheck processes share one cache.
A file that is not (or no longer) a usable database is set aside and replaced by a fresh one:
a cache is only a cache, and must never stop a run. Only PMIDs, DOIs, NCBI's bytes, statuses
and times are stored, never request parameters (so never the API key).
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import sys
import time
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from datetime import timedelta
from enum import StrEnum
from pathlib import Path
from typing import TypeVar

CACHE_FILE_NAME = "records.sqlite3"
DEFAULT_MAX_AGE = timedelta(days=30)
DEFAULT_NOT_FOUND_TTL = timedelta(days=1)
BUSY_TIMEOUT_SECONDS = 30.0
SCHEMA_VERSION = 1
_QUERY_CHUNK = 500  # stays below SQLite's limit on bound parameters per statement

# SQLite primary result codes that mean "this file is not a usable database".
_SQLITE_CORRUPT = 11
_SQLITE_NOTADB = 26
_CORRUPTION_WORDS = ("file is not a database", "malformed", "corrupt")

_SCHEMA = """
CREATE TABLE IF NOT EXISTS records (
    pmid TEXT PRIMARY KEY,
    status TEXT NOT NULL CHECK (status IN ('found', 'not_found')),
    xml BLOB,
    fetched_at REAL NOT NULL
);
CREATE TABLE IF NOT EXISTS dois (
    doi TEXT PRIMARY KEY,
    pmid TEXT,
    fetched_at REAL NOT NULL
);
"""

T = TypeVar("T")


class CacheStatus(StrEnum):
    FOUND = "found"
    NOT_FOUND = "not_found"


@dataclass(frozen=True)
class CachedRecord:
    pmid: str
    status: CacheStatus
    xml: bytes | None
    fetched_at: float
    fresh: bool


@dataclass(frozen=True)
class CachedDoi:
    doi: str
    pmid: str | None  # None: PubMed confirmed that no record has this DOI
    fetched_at: float
    fresh: bool


def warn_on_stderr(message: str) -> None:
    print(f"claimcheck: warning: {message}", file=sys.stderr)


def normalise_doi(doi: str) -> str:
    """DOIs are case-insensitive: one key per DOI whatever its spelling."""
    return doi.strip().lower()


class RecordCache:
    """PMID -> NCBI bytes (or a confirmed "not found"), and DOI -> PMID, with fetch times.

    Look-ups return stale entries too, flagged ``fresh=False``: the store may fall back on an old
    copy when NCBI cannot be reached. A failing cache degrades to a warning, never an exception.
    """

    def __init__(
        self,
        directory: Path,
        *,
        max_age: timedelta = DEFAULT_MAX_AGE,
        not_found_ttl: timedelta = DEFAULT_NOT_FOUND_TTL,
        clock: Callable[[], float] = time.time,
        warn: Callable[[str], None] = warn_on_stderr,
        file_name: str = CACHE_FILE_NAME,
        busy_timeout: float = BUSY_TIMEOUT_SECONDS,
    ) -> None:
        self.path = Path(directory) / file_name
        self.max_age = max_age
        self.not_found_ttl = not_found_ttl
        self._clock = clock
        self._warn = warn
        self._busy_timeout = busy_timeout
        self._connection: sqlite3.Connection | None = None
        self._warned: set[str] = set()

    # -- records ---------------------------------------------------------------------------

    def lookup(self, pmids: Iterable[str]) -> dict[str, CachedRecord]:
        """Every cached entry among ``pmids``, fresh or stale."""
        wanted = list(dict.fromkeys(pmids))
        if not wanted:
            return {}

        def read(connection: sqlite3.Connection) -> dict[str, CachedRecord]:
            found: dict[str, CachedRecord] = {}
            for chunk in _chunks(wanted, _QUERY_CHUNK):
                marks = ",".join("?" * len(chunk))
                rows = connection.execute(
                    f"SELECT pmid, status, xml, fetched_at FROM records WHERE pmid IN ({marks})",
                    chunk,
                )
                for pmid, status, xml, fetched_at in rows:
                    entry = self._record_entry(pmid, status, xml, fetched_at)
                    if entry is not None:
                        found[pmid] = entry
            return found

        return self._run(read, default={})

    def store_found(self, records: Mapping[str, bytes]) -> None:
        now = self._clock()
        rows = [(pmid, CacheStatus.FOUND.value, bytes(xml), now) for pmid, xml in records.items()]
        self._write_records(rows)

    def store_not_found(self, pmids: Iterable[str]) -> None:
        now = self._clock()
        self._write_records([(pmid, CacheStatus.NOT_FOUND.value, None, now) for pmid in pmids])

    def forget(self, pmids: Iterable[str]) -> None:
        """Drop entries (for example bytes that no longer parse)."""
        doomed = [(pmid,) for pmid in pmids]
        if doomed:
            self._transaction(lambda c: c.executemany("DELETE FROM records WHERE pmid = ?", doomed))

    # -- DOIs ------------------------------------------------------------------------------

    def lookup_doi(self, doi: str) -> CachedDoi | None:
        key = normalise_doi(doi)

        def read(connection: sqlite3.Connection) -> CachedDoi | None:
            row = connection.execute(
                "SELECT pmid, fetched_at FROM dois WHERE doi = ?", (key,)
            ).fetchone()
            if row is None:
                return None
            pmid, fetched_at = row
            ttl = self.max_age if pmid else self.not_found_ttl
            return CachedDoi(key, pmid or None, fetched_at, self._is_fresh(fetched_at, ttl))

        return self._run(read, default=None)

    def store_doi(self, doi: str, pmid: str | None) -> None:
        row = (normalise_doi(doi), pmid, self._clock())
        self._transaction(
            lambda c: c.execute(
                "INSERT OR REPLACE INTO dois (doi, pmid, fetched_at) VALUES (?, ?, ?)", row
            )
        )

    # -- life cycle ------------------------------------------------------------------------

    def close(self) -> None:
        if self._connection is not None:
            self._connection.close()
            self._connection = None

    def __enter__(self) -> RecordCache:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    # -- internals -------------------------------------------------------------------------

    def _record_entry(
        self, pmid: str, status: str, xml: bytes | None, fetched_at: float
    ) -> CachedRecord | None:
        try:
            kind = CacheStatus(status)
        except ValueError:
            return None
        if kind is CacheStatus.FOUND and not xml:
            return None
        ttl = self.max_age if kind is CacheStatus.FOUND else self.not_found_ttl
        return CachedRecord(pmid, kind, xml, fetched_at, self._is_fresh(fetched_at, ttl))

    def _is_fresh(self, fetched_at: float, ttl: timedelta) -> bool:
        age = self._clock() - fetched_at
        # An entry "from the future" (clock moved back) is not trusted as fresh.
        return 0 <= age < ttl.total_seconds()

    def _write_records(self, rows: list[tuple[str, str, bytes | None, float]]) -> None:
        if rows:
            self._transaction(
                lambda c: c.executemany(
                    "INSERT OR REPLACE INTO records (pmid, status, xml, fetched_at) "
                    "VALUES (?, ?, ?, ?)",
                    rows,
                )
            )

    def _transaction(self, write: Callable[[sqlite3.Connection], object]) -> None:
        def run(connection: sqlite3.Connection) -> None:
            # IMMEDIATE takes the write lock up front, so the busy timeout applies to it
            # instead of failing later when a read lock cannot be upgraded.
            connection.execute("BEGIN IMMEDIATE")
            try:
                write(connection)
            except BaseException:
                with contextlib.suppress(sqlite3.Error):
                    connection.execute("ROLLBACK")
                raise
            connection.execute("COMMIT")

        self._run(run, default=None)

    def _run(self, operation: Callable[[sqlite3.Connection], T], *, default: T) -> T:
        for attempt in range(2):
            try:
                connection = self._connect()
                return operation(connection)
            except sqlite3.DatabaseError as error:
                if attempt == 0 and _is_corruption(error):
                    self._set_aside(error)
                    continue
                self._warn_once(
                    f"record cache {self.path}: {_describe(error)}; going on without it"
                )
                return default
            except OSError as error:
                self._warn_once(f"record cache {self.path}: {error.strerror or error}; "
                                "going on without it")
                return default
        return default

    def _connect(self) -> sqlite3.Connection:
        if self._connection is not None:
            return self._connection
        self.path.parent.mkdir(parents=True, exist_ok=True)
        connection = sqlite3.connect(
            self.path, timeout=self._busy_timeout, isolation_level=None
        )
        try:
            connection.execute(f"PRAGMA busy_timeout = {int(self._busy_timeout * 1000)}")
            _until_free(lambda: self._set_up(connection), self._busy_timeout)
        except BaseException:
            connection.close()
            raise
        self._connection = connection
        return connection

    @staticmethod
    def _set_up(connection: sqlite3.Connection) -> None:
        connection.execute("PRAGMA journal_mode = WAL")
        # NORMAL is crash-safe in WAL mode: a killed process loses nothing committed.
        connection.execute("PRAGMA synchronous = NORMAL")
        # The schema is written under the write lock taken up front, so two processes creating
        # the cache at once wait for each other instead of deadlocking on a lock upgrade.
        connection.execute("BEGIN IMMEDIATE")
        try:
            version = connection.execute("PRAGMA user_version").fetchone()[0]
            if version not in (0, SCHEMA_VERSION):
                raise _IncompatibleCache(f"schema version {version}, expected {SCHEMA_VERSION}")
            for statement in filter(str.strip, _SCHEMA.split(";")):
                connection.execute(statement)
            if version == 0:
                connection.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        except BaseException:
            with contextlib.suppress(sqlite3.Error):
                connection.execute("ROLLBACK")
            raise
        connection.execute("COMMIT")

    def _set_aside(self, error: sqlite3.DatabaseError) -> None:
        self.close()
        # Another process may already have replaced the bad file with a good one.
        if not _is_unusable(self.path, self._busy_timeout):
            return
        stamp = time.strftime("%Y%m%dT%H%M%S", time.localtime()) + f"-{os.getpid()}"
        aside = self.path.with_name(f"{self.path.name}.corrupt-{stamp}")
        try:
            os.replace(self.path, aside)
        except FileNotFoundError:
            return
        except OSError as move_error:
            self._warn_once(f"record cache {self.path} is unusable ({_describe(error)}) and "
                            f"could not be moved aside: {move_error.strerror}")
            return
        for suffix, keep in (("-wal", True), ("-shm", False)):
            companion = self.path.with_name(self.path.name + suffix)
            try:
                if keep:
                    os.replace(companion, aside.with_name(aside.name + suffix))
                else:
                    companion.unlink()
            except OSError:
                pass
        self._warn(f"record cache {self.path} was unusable ({_describe(error)}); "
                   f"moved it to {aside.name} and started a fresh cache")

    def _warn_once(self, message: str) -> None:
        if message not in self._warned:
            self._warned.add(message)
            self._warn(message)


class _IncompatibleCache(sqlite3.DatabaseError):
    """A database written by another (newer) claimcheck: treated like a corrupt file."""

    sqlite_errorcode = _SQLITE_NOTADB


_LOCK_RETRY_SECONDS = 0.02


def _until_free(step: Callable[[], None], timeout: float) -> None:
    """Run ``step``, again while another process holds a lock SQLite will not wait for (a
    journal-mode switch returns "database is locked" without calling the busy handler)."""
    deadline = time.monotonic() + timeout
    while True:
        try:
            step()
            return
        except sqlite3.OperationalError as error:
            text = str(error).lower()
            if ("locked" not in text and "busy" not in text) or time.monotonic() >= deadline:
                raise
            time.sleep(_LOCK_RETRY_SECONDS)


def _is_corruption(error: sqlite3.DatabaseError) -> bool:
    code = getattr(error, "sqlite_errorcode", None)
    if isinstance(code, int) and (code & 0xFF) in (_SQLITE_CORRUPT, _SQLITE_NOTADB):
        return True
    text = str(error).lower()
    return any(word in text for word in _CORRUPTION_WORDS)


def _is_unusable(path: Path, busy_timeout: float) -> bool:
    if not path.exists():
        return False
    try:
        probe = sqlite3.connect(path, timeout=busy_timeout, isolation_level=None)
    except sqlite3.Error:
        return True
    try:
        result = probe.execute("PRAGMA quick_check").fetchone()
        version = probe.execute("PRAGMA user_version").fetchone()[0]
        return result is None or result[0] != "ok" or version not in (0, SCHEMA_VERSION)
    except sqlite3.DatabaseError as error:
        return _is_corruption(error)
    finally:
        probe.close()


def _describe(error: BaseException) -> str:
    return str(error).splitlines()[0] if str(error) else type(error).__name__


def _chunks(items: list[str], size: int) -> Iterator[list[str]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]
