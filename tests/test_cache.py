"""The SQLite record cache: expiry, not-found TTL, crash safety, sharing, corruption recovery."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from datetime import timedelta
from pathlib import Path

import pytest

from claimcheck.store.cache import CACHE_FILE_NAME, CacheStatus, RecordCache

DAY = 24 * 3600.0


class FakeClock:
    def __init__(self, now: float = 1_700_000_000.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


def record_bytes(pmid: str, size: int = 0) -> bytes:
    filler = b"x" * size
    return (
        f"<PubmedArticleSet><PubmedArticle><PMID>{pmid}</PMID>".encode()
        + filler
        + b"</PubmedArticle></PubmedArticleSet>"
    )


@pytest.fixture
def warnings() -> list[str]:
    return []


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def cache(tmp_path: Path, clock: FakeClock, warnings: list[str]) -> RecordCache:
    with RecordCache(tmp_path / "cache", clock=clock, warn=warnings.append) as opened:
        yield opened


def test_stored_bytes_come_back_unchanged_and_fresh(cache: RecordCache) -> None:
    data = record_bytes("123") + "µ ≥ ±".encode()
    cache.store_found({"123": data})
    entry = cache.lookup(["123", "456"])
    assert set(entry) == {"123"}
    assert entry["123"].xml == data
    assert entry["123"].status is CacheStatus.FOUND
    assert entry["123"].fresh


def test_cache_folder_is_created(tmp_path: Path) -> None:
    folder = tmp_path / "deep" / "er"
    with RecordCache(folder) as cache:
        cache.store_found({"1": record_bytes("1")})
    assert (folder / CACHE_FILE_NAME).is_file()


def test_records_expire_after_thirty_days_by_default(cache: RecordCache, clock: FakeClock) -> None:
    cache.store_found({"123": record_bytes("123")})
    clock.now += 29 * DAY
    assert cache.lookup(["123"])["123"].fresh
    clock.now += 2 * DAY
    entry = cache.lookup(["123"])["123"]
    assert not entry.fresh
    assert entry.xml == record_bytes("123")  # kept as a fallback, flagged stale


def test_max_age_is_configurable(tmp_path: Path, clock: FakeClock) -> None:
    with RecordCache(tmp_path, clock=clock, max_age=timedelta(hours=1)) as cache:
        cache.store_found({"1": record_bytes("1")})
        clock.now += 2 * 3600
        assert not cache.lookup(["1"])["1"].fresh


def test_not_found_is_remembered_only_briefly(cache: RecordCache, clock: FakeClock) -> None:
    cache.store_not_found(["99999999"])
    entry = cache.lookup(["99999999"])["99999999"]
    assert entry.status is CacheStatus.NOT_FOUND
    assert entry.xml is None
    assert entry.fresh
    clock.now += DAY + 1
    assert not cache.lookup(["99999999"])["99999999"].fresh


def test_a_later_fetch_replaces_a_not_found_entry(cache: RecordCache) -> None:
    cache.store_not_found(["5"])
    cache.store_found({"5": record_bytes("5")})
    assert cache.lookup(["5"])["5"].status is CacheStatus.FOUND


def test_entries_from_the_future_are_not_trusted(cache: RecordCache, clock: FakeClock) -> None:
    cache.store_found({"7": record_bytes("7")})
    clock.now -= DAY
    assert not cache.lookup(["7"])["7"].fresh


def test_many_pmids_are_looked_up_beyond_sqlite_parameter_limits(cache: RecordCache) -> None:
    records = {str(n): record_bytes(str(n)) for n in range(1, 1501)}
    cache.store_found(records)
    found = cache.lookup(records)
    assert {pmid: entry.xml for pmid, entry in found.items()} == records


def test_forget_drops_entries(cache: RecordCache) -> None:
    cache.store_found({"1": record_bytes("1"), "2": record_bytes("2")})
    cache.forget(["1"])
    assert set(cache.lookup(["1", "2"])) == {"2"}


def test_doi_mappings_are_case_insensitive_and_expire(cache: RecordCache, clock: FakeClock) -> None:
    cache.store_doi("10.1176/APPI.AJP.2018.18070834", "30922101")
    cache.store_doi("10.9999/nothing", None)
    hit = cache.lookup_doi("10.1176/appi.ajp.2018.18070834")
    assert hit is not None and hit.pmid == "30922101" and hit.fresh
    miss = cache.lookup_doi("10.9999/NOTHING")
    assert miss is not None and miss.pmid is None and miss.fresh
    assert cache.lookup_doi("10.1/unknown") is None
    clock.now += 2 * DAY
    assert not cache.lookup_doi("10.9999/nothing").fresh  # type: ignore[union-attr]
    assert cache.lookup_doi("10.1176/appi.ajp.2018.18070834").fresh  # type: ignore[union-attr]


def test_entries_survive_reopening(tmp_path: Path) -> None:
    with RecordCache(tmp_path) as cache:
        cache.store_found({"1": record_bytes("1")})
    with RecordCache(tmp_path) as cache:
        assert cache.lookup(["1"])["1"].xml == record_bytes("1")


def test_the_cache_uses_wal_and_a_busy_timeout(cache: RecordCache) -> None:
    cache.store_found({"1": record_bytes("1")})
    probe = sqlite3.connect(cache.path)
    try:
        assert probe.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    finally:
        probe.close()
    connection = cache._connect()
    assert connection.execute("PRAGMA busy_timeout").fetchone()[0] >= 10_000


# -- corruption ------------------------------------------------------------------------------


def _set_aside_files(folder: Path) -> list[Path]:
    return sorted(folder.glob(f"{CACHE_FILE_NAME}.corrupt-*"))


def test_a_garbage_file_is_set_aside_with_one_warning(tmp_path: Path) -> None:
    garbage = b"this is not SQLite at all\n" * 400
    (tmp_path / CACHE_FILE_NAME).write_bytes(garbage)
    warnings: list[str] = []
    with RecordCache(tmp_path, warn=warnings.append) as cache:
        assert cache.lookup(["1"]) == {}
        cache.store_found({"1": record_bytes("1")})
        assert cache.lookup(["1"])["1"].xml == record_bytes("1")
    assert len(warnings) == 1
    assert "moved it to" in warnings[0] and "\n" not in warnings[0]
    aside = [p for p in _set_aside_files(tmp_path) if not p.name.endswith(("-wal", "-shm"))]
    assert len(aside) == 1
    assert aside[0].read_bytes() == garbage  # kept for inspection, not deleted


def test_a_damaged_database_is_set_aside(tmp_path: Path) -> None:
    with RecordCache(tmp_path) as cache:
        cache.store_found({str(n): record_bytes(str(n), 3000) for n in range(1, 200)})
    path = tmp_path / CACHE_FILE_NAME
    data = bytearray(path.read_bytes())
    data[100:4096] = b"\xa5" * (4096 - 100)  # the schema page, past the 100-byte header
    path.write_bytes(bytes(data))
    warnings: list[str] = []
    with RecordCache(tmp_path, warn=warnings.append) as cache:
        assert cache.lookup(["1"]) == {}
        cache.store_found({"1": record_bytes("1")})
        assert set(cache.lookup(["1", "2"])) == {"1"}
    assert len(warnings) == 1 and "unusable" in warnings[0]
    assert _set_aside_files(tmp_path)


def test_a_cache_from_another_schema_version_is_set_aside(tmp_path: Path) -> None:
    path = tmp_path / CACHE_FILE_NAME
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA user_version = 99")
    connection.execute("CREATE TABLE records (something_else TEXT)")
    connection.commit()
    connection.close()
    warnings: list[str] = []
    with RecordCache(tmp_path, warn=warnings.append) as cache:
        cache.store_found({"1": record_bytes("1")})
        assert cache.lookup(["1"])["1"].xml == record_bytes("1")
    assert len(warnings) == 1
    assert _set_aside_files(tmp_path)


def test_an_unusable_cache_folder_degrades_to_a_warning(tmp_path: Path) -> None:
    blocker = tmp_path / "file-not-folder"
    blocker.write_text("x")
    warnings: list[str] = []
    with RecordCache(blocker, warn=warnings.append) as cache:
        cache.store_found({"1": record_bytes("1")})
        assert cache.lookup(["1"]) == {}
        assert cache.lookup_doi("10.1/x") is None
    assert len(warnings) == 1 and "going on without it" in warnings[0]
    assert blocker.read_text() == "x"


# -- processes -------------------------------------------------------------------------------

_WRITER = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from claimcheck.store.cache import RecordCache

    folder, first, count, batch, size = sys.argv[1], *map(int, sys.argv[2:6])
    warnings = []
    cache = RecordCache(Path(folder), warn=warnings.append)
    for start in range(first, first + count, batch):
        rows = {}
        for n in range(start, min(start + batch, first + count)):
            rows[str(n)] = (f"<r>{n}</r>".encode() * size)
        cache.store_found(rows)
        print(start, flush=True)
    got = cache.lookup([str(n) for n in range(first, first + count)])
    assert len(got) == count, len(got)
    assert not warnings, warnings
    print("done", flush=True)
    """
)


def _writer(folder: Path, first: int, count: int, batch: int, size: int) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", _WRITER, str(folder), str(first), str(count), str(batch), str(size)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def _expected(n: int, size: int) -> bytes:
    return f"<r>{n}</r>".encode() * size


def test_two_processes_writing_at_once_both_succeed(tmp_path: Path) -> None:
    writers = [_writer(tmp_path, 1, 300, 5, 200), _writer(tmp_path, 100_001, 300, 5, 200)]
    for writer in writers:
        out, err = writer.communicate(timeout=60)
        assert writer.returncode == 0, err
        assert out.strip().endswith("done")
    with RecordCache(tmp_path) as cache:
        wanted = [str(n) for n in range(1, 301)] + [str(n) for n in range(100_001, 100_301)]
        found = cache.lookup(wanted)
    assert len(found) == 600
    assert found["100300"].xml == _expected(100_300, 200)


def test_a_process_killed_mid_write_leaves_a_usable_cache(tmp_path: Path) -> None:
    size = 400  # ~4 kB per record, ~200 kB per transaction written back to back
    for round_number in range(3):
        first = 1 + round_number * 1_000_000
        writer = _writer(tmp_path, first, 100_000, 50, size)
        assert writer.stdout is not None
        writer.stdout.readline()  # at least one batch committed
        time.sleep(0.01 * round_number)
        os.kill(writer.pid, signal.SIGKILL)
        writer.wait(timeout=10)
        assert writer.returncode == -signal.SIGKILL

    warnings: list[str] = []
    with RecordCache(tmp_path, warn=warnings.append) as cache:
        connection = cache._connect()
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        rows = connection.execute("SELECT pmid, xml FROM records").fetchall()
        assert len(rows) >= 150  # three rounds, each with at least one committed batch
        for pmid, xml in rows:
            assert xml == _expected(int(pmid), size)  # whole records or none, never half
        cache.store_found({"42": b"<r>after</r>"})
        assert cache.lookup(["42"])["42"].xml == b"<r>after</r>"
    assert warnings == []
    assert not _set_aside_files(tmp_path)


_STUCK_WRITER = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from claimcheck.store.cache import RecordCache

    cache = RecordCache(Path(sys.argv[1]))
    cache.store_found({"1": b"<r>committed</r>"})

    def half_done(connection):
        connection.execute(
            "INSERT OR REPLACE INTO records VALUES ('1', 'found', '<r>half</r>', 0)")
        connection.execute(
            "INSERT OR REPLACE INTO records VALUES ('2', 'found', '<r>half</r>', 0)")
        print("inside", flush=True)
        time.sleep(60)

    cache._transaction(half_done)
    """
)


def test_a_process_killed_inside_a_transaction_leaves_the_previous_state(
    tmp_path: Path,
) -> None:
    writer = subprocess.Popen(
        [sys.executable, "-c", _STUCK_WRITER, str(tmp_path)], stdout=subprocess.PIPE, text=True
    )
    assert writer.stdout is not None
    assert writer.stdout.readline().strip() == "inside"
    os.kill(writer.pid, signal.SIGKILL)
    writer.wait(timeout=10)
    with RecordCache(tmp_path) as cache:
        found = cache.lookup(["1", "2"])
        assert set(found) == {"1"} and found["1"].xml == b"<r>committed</r>"
        cache.store_found({"2": b"<r>next run</r>"})  # the write lock was released by the kill
        assert cache.lookup(["2"])["2"].xml == b"<r>next run</r>"
