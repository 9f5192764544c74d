"""Fetching N PMIDs under NCBI's limit of 3 requests a second: claimcheck against the usual loop.

Both clients talk to the E-utilities stand-in of the test suite (tests/eutils_server.py), a real
HTTP server on 127.0.0.1 that answers 429 above 3 requests in any one-second window, as NCBI does.

- claimcheck: ``RecordStore.get_many`` with a fresh cache folder (batched POSTs of 200 PMIDs,
  paced by the process-wide pacer, each record parsed and cached), then once more on the warm
  cache, which must make no request at all.
- the per-PMID loop Biopython users write: ``Bio.Entrez.efetch(db="pubmed", id=pmid,
  retmode="xml")`` once per PMID, reading each reply, with Biopython's own pacing and retries.
  Biopython has no setting for the E-utilities address, so its request builder is wrapped to
  swap NCBI's address for the stand-in's (and to refuse any other address).
"""

from __future__ import annotations

import importlib.util
import sys
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import asdict, dataclass, replace
from pathlib import Path
from types import ModuleType
from typing import Any
from urllib.error import URLError

from bench.synth import REPO_ROOT, SyntheticRecord, synthesize_records
from claimcheck.config import Settings
from claimcheck.store.outcome import LookupStatus
from claimcheck.store.store import RecordStore

NCBI_EUTILS = "https://eutils.ncbi.nlm.nih.gov/entrez/eutils/"
STAND_IN_PATH = REPO_ROOT / "tests" / "eutils_server.py"
BENCH_EMAIL = "bench@example.org"
FETCH_FIRST_PMID = 80_000_001
BATCH_SIZE = 200
LIMIT_PER_SECOND = 3
QUIET_SECONDS = 1.2  # between runs, so that one run's requests never count against the next


@dataclass(frozen=True)
class FetchRun:
    """One client fetching ``pmids`` PMIDs, as the stand-in saw it."""

    client: str
    pmids: int
    records: int             # records the client ended up holding
    seconds: float
    requests: int            # every HTTP request that reached the stand-in
    efetch_requests: int
    max_in_one_second: int   # the most requests that arrived within any one second
    rate_limited: int        # replies with HTTP 429
    errors: int = 0          # PMIDs the client gave up on
    extrapolated: bool = False

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def load_stand_in() -> ModuleType:
    """tests/eutils_server.py as the module ``eutils_server`` (the one pytest's conftest uses,
    when it is already loaded)."""
    loaded = sys.modules.get("eutils_server")
    if loaded is not None:
        return loaded
    spec = importlib.util.spec_from_file_location("eutils_server", STAND_IN_PATH)
    if spec is None or spec.loader is None:
        raise ImportError(f"cannot load the E-utilities stand-in from {STAND_IN_PATH}")
    module = importlib.util.module_from_spec(spec)
    sys.modules["eutils_server"] = module
    spec.loader.exec_module(module)
    return module


def serve(server: Any, records: Sequence[SyntheticRecord]) -> list[str]:
    for record in records:
        server.add_record(record.pmid, record.article)
    return [record.pmid for record in records]


def fetch_with_claimcheck(server: Any, pmids: Sequence[str], cache_dir: Path,
                          label: str = "claimcheck") -> FetchRun:
    """``RecordStore.get_many`` against the stand-in, with the cache in ``cache_dir``."""
    _quiet(server)
    settings = Settings(eutils_url=server.url, email=BENCH_EMAIL, cache_dir=cache_dir)
    warnings: list[str] = []
    with RecordStore(settings, warn=warnings.append) as store:
        started = time.perf_counter()
        outcomes = store.get_many(list(pmids))
        seconds = time.perf_counter() - started
    found = sum(outcome.status is LookupStatus.FOUND for outcome in outcomes.values())
    return _observed(server, label, len(pmids), found, seconds, errors=len(pmids) - found)


def fetch_with_bio_entrez(server: Any, pmids: Sequence[str]) -> FetchRun:
    """The one-request-per-PMID loop, with Biopython's pacing (0.37 s apart) and retries."""
    from Bio import Entrez

    _quiet(server)
    found = errors = 0
    with entrez_pointed_at(server.url):
        started = time.perf_counter()
        for pmid in pmids:
            try:
                with Entrez.efetch(db="pubmed", id=pmid, retmode="xml") as handle:
                    body = handle.read()
            except (URLError, OSError):  # HTTPError is a URLError: Biopython gave up
                errors += 1
                continue
            found += b"<PubmedArticle>" in body
        seconds = time.perf_counter() - started
    return _observed(server, "Bio.Entrez per PMID", len(pmids), found, seconds, errors=errors)


def extrapolated(run: FetchRun, pmids: int) -> FetchRun:
    """``run`` scaled to ``pmids`` PMIDs: one request each, the measured time per PMID."""
    return replace(run, pmids=pmids, records=pmids, requests=pmids, efetch_requests=pmids,
                   seconds=run.seconds / run.pmids * pmids, errors=0, rate_limited=0,
                   extrapolated=True)


@contextmanager
def entrez_pointed_at(base_url: str) -> Iterator[None]:
    """Send Bio.Entrez's requests to ``base_url`` instead of NCBI, for the duration."""
    from Bio import Entrez

    original: Callable[..., Any] = Entrez._build_request
    saved_email = Entrez.email

    def build_request(cgi: str, *args: Any, **kwargs: Any) -> Any:
        if not cgi.startswith(NCBI_EUTILS):
            raise RuntimeError(f"Bio.Entrez asked for an unexpected address: {cgi}")
        request = original(base_url + cgi[len(NCBI_EUTILS):], *args, **kwargs)
        if not request.full_url.startswith(base_url):
            raise RuntimeError("Bio.Entrez's request was not redirected to the stand-in")
        return request

    Entrez._build_request = build_request
    Entrez.email = BENCH_EMAIL
    try:
        yield
    finally:
        Entrez._build_request = original
        Entrez.email = saved_email


def run_fetch_benchmark(sizes: Sequence[int], baseline_pmids: int,
                        progress: Callable[[str], None] = print) -> dict[str, Any]:
    """Every size with claimcheck cold and warm; the per-PMID loop measured on the first
    ``baseline_pmids`` PMIDs of the smallest size and extrapolated (linearly) above that."""
    stand_in = load_stand_in()
    rows: list[dict[str, Any]] = []
    baseline: FetchRun | None = None
    with stand_in.EutilsServer() as server, tempfile.TemporaryDirectory() as scratch:
        next_pmid = FETCH_FIRST_PMID
        for size in sorted(sizes):
            pmids = serve(server, synthesize_records(size, first_pmid=next_pmid, seed=size))
            next_pmid += size
            cache_dir = Path(scratch) / f"cache-{size}"
            progress(f"fetch {size} PMIDs: claimcheck, fresh cache")
            cold = fetch_with_claimcheck(server, pmids, cache_dir)
            progress(f"fetch {size} PMIDs: claimcheck, warm cache")
            warm = fetch_with_claimcheck(server, pmids, cache_dir, "claimcheck, warm cache")
            if baseline is None:
                progress(f"fetch {min(baseline_pmids, size)} PMIDs: Bio.Entrez, one per request"
                         f" (~{min(baseline_pmids, size) * 0.37:.0f} s)")
                baseline = fetch_with_bio_entrez(server, pmids[:baseline_pmids])
            loop = baseline if baseline.pmids == size else extrapolated(baseline, size)
            rows.append({"pmids": size, "claimcheck": cold.as_dict(), "warm": warm.as_dict(),
                         "per_pmid_loop": loop.as_dict(),
                         "speedup": loop.seconds / cold.seconds if cold.seconds else None})
    return {"limit_per_second": LIMIT_PER_SECOND, "batch_size": BATCH_SIZE,
            "baseline_measured_pmids": baseline.pmids if baseline else 0, "rows": rows}


def _quiet(server: Any) -> None:
    time.sleep(QUIET_SECONDS)
    server.reset_requests()


def _observed(server: Any, client: str, pmids: int, found: int, seconds: float,
              *, errors: int) -> FetchRun:
    requests = server.requests
    return FetchRun(
        client=client, pmids=pmids, records=found, seconds=seconds, requests=len(requests),
        efetch_requests=sum(request.endpoint == "efetch" for request in requests),
        max_in_one_second=server.max_in_window(1.0),
        rate_limited=sum(request.status == 429 for request in requests), errors=errors,
    )
