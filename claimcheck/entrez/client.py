"""The E-utilities client: fetch PubMed records by PMID and resolve DOIs, politely and reliably.

Every request is a form-encoded POST (so neither the id list nor the API key is ever part of a
URL), takes its turn from a process-wide ``Pacer``, and is retried with exponential backoff and
full jitter when the failure may pass (429, 5xx, NCBI's 400 proxy errors, timeouts, dropped
connections, replies that do not parse). A batch that keeps failing is split in halves so one bad
part cannot sink the rest. A PMID is "not found" only when a good efetch reply omits it and
esummary, asked separately, agrees; anything less certain is "failed". See docs/network.md.
"""

from __future__ import annotations

import dataclasses
import enum
import logging
import random
import re
import socket
import time
import urllib.parse
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from types import TracebackType
from typing import TypeVar

import httpx

from claimcheck import __version__
from claimcheck.config import Settings, redact_secret
from claimcheck.entrez.errors import EntrezUnavailable, MalformedReply
from claimcheck.entrez.pacer import Pacer, get_default_pacer
from claimcheck.entrez.retry import (
    Backoff,
    Deadline,
    Failure,
    FailureKind,
    classify_status,
    describe_transport_error,
    is_empty_id_list,
)
from claimcheck.entrez.split import (
    esearch_ids,
    esummary_listed,
    record_dois,
    split_article_set,
)

__all__ = ["EntrezClient", "EntrezUnavailable", "FetchResult"]

LOG = logging.getLogger(__name__)

DEFAULT_MAX_RESPONSE_BYTES = 128 * 1024 * 1024
# Halves of a failing batch get fewer attempts: the whole batch already had its full share.
SPLIT_ATTEMPTS = 3
NAME_RESOLUTION_ATTEMPTS = 2  # a host name that does not resolve will not resolve a second later
# Splitting helps when one part of a batch is at fault, not when everything fails: after this
# many failed batches or halves in a row, failing parts are given up instead of split further.
SPLIT_STREAK_LIMIT = 4
DOI_SEARCH_RETMAX = 20
MAX_RETRY_AFTER = 300.0  # seconds; a longer Retry-After is treated as this long
_PMID = re.compile(r"\d{1,12}")
_DOI_PREFIX = re.compile(r"^(?:doi:\s*|https?://(?:dx\.)?doi\.org/)", re.IGNORECASE)
_NEEDS_QUOTES = re.compile(r"[\s()\[\]#]")

T = TypeVar("T")


class _Default(enum.Enum):
    SETTINGS = "the settings' value"


FROM_SETTINGS = _Default.SETTINGS


@dataclass
class FetchResult:
    """What one ``efetch`` call obtained, PMID by PMID."""

    records: dict[str, bytes] = field(default_factory=dict)  # pmid -> one-record document
    not_found: set[str] = field(default_factory=set)         # PubMed says it has no such PMID
    failed: dict[str, str] = field(default_factory=dict)     # pmid -> why it could not be fetched
    requests: int = 0                                        # HTTP requests made


@dataclass
class _Reply:
    status: int
    headers: Mapping[str, str]
    body: bytes


@dataclass
class _EfetchReply:
    records: dict[str, bytes]  # requested PMIDs only
    foreign: bool              # the reply held PMIDs nobody asked for: its silences prove nothing
    none_valid: bool           # NCBI's "ID list is empty! Possibly it has no correct IDs."


@dataclass
class _Run:
    deadline: Deadline
    requests: int = 0
    reached_server: bool = False
    unreachable: Failure | None = None  # once set, no more requests in this run
    failed_streak: int = 0              # batches or halves failed in a row
    timeout: float = 0.0                # of the latest request, for messages


class _OutOfTime(Exception):
    pass


class _ReplyTooLarge(Exception):
    pass


class _ReplyTooSlow(Exception):
    pass


class EntrezClient:
    """Fetches PubMed records from E-utilities (see the module docstring for the policy)."""

    def __init__(self, settings: Settings, *, transport: httpx.BaseTransport | None = None,
                 pacer: Pacer | None = None, max_attempts: int = 6, timeout: float = 30.0,
                 deadline: float | _Default | None = FROM_SETTINGS, batch_size: int = 200,
                 sleep: Callable[[float], None] = time.sleep,
                 clock: Callable[[], float] = time.monotonic,
                 on_progress: Callable[[int], None] | None = None,
                 backoff: Backoff | None = None, rng: random.Random | None = None,
                 max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES) -> None:
        if max_attempts < 1 or batch_size < 1:
            raise ValueError("max_attempts and batch_size must be at least 1")
        self.settings = settings
        self.max_attempts = max_attempts
        self.timeout = timeout
        # Seconds for the client's whole life (one run), ``None`` for no limit.
        self.deadline = settings.deadline if deadline is FROM_SETTINGS else deadline
        self.batch_size = batch_size
        self.on_progress = on_progress
        self.max_response_bytes = max_response_bytes
        self._pacer = pacer or get_default_pacer(settings.requests_per_second)
        self._backoff = backoff or Backoff()
        self._rng = rng or random.Random()
        self._sleep = sleep
        self._clock = clock
        self._session_deadline: Deadline | None = None
        self._unreachable: Failure | None = None  # set once nothing answered: later calls skip
        self._base_url = settings.eutils_url if settings.eutils_url.endswith("/") \
            else settings.eutils_url + "/"
        self._http = httpx.Client(
            transport=transport, timeout=timeout, follow_redirects=False,
            headers={"User-Agent": f"{settings.tool}/{__version__} (+python-httpx)"},
        )

    # -- public API --------------------------------------------------------------------------

    def efetch(self, pmids: Sequence[str]) -> FetchResult:
        """Fetch PubMed records; every distinct PMID ends in exactly one of records, not_found
        or failed. ``on_progress`` is called with the number of PMIDs each batch settled."""
        return self._efetch(self._new_run(), pmids, self.on_progress)

    def esearch_doi(self, doi: str) -> list[str]:
        """PMIDs whose own ArticleIdList holds ``doi`` (case-insensitive); ``[]`` when none.

        Raises ``EntrezUnavailable`` when E-utilities could not be asked."""
        wanted = _normalise_doi(doi)
        if not wanted:
            return []
        run = self._new_run()
        form = {"db": "pubmed", "term": _doi_term(wanted), "retmode": "xml",
                "retmax": str(DOI_SEARCH_RETMAX)}
        hits = self._ask(run, "esearch.fcgi", form, lambda reply: esearch_ids(reply.body),
                         self.max_attempts)
        if isinstance(hits, Failure):
            raise EntrezUnavailable(self._redact(f"DOI search for {wanted} failed: "
                                                 f"{hits.reason}"))
        if not hits:
            return []
        fetched = self._efetch(run, hits, None)
        confirmed = [pmid for pmid in _distinct(hits) if pmid in fetched.records
                     and wanted.lower() in record_dois(fetched.records[pmid])]
        if not confirmed and fetched.failed:
            reason = next(iter(fetched.failed.values()))
            raise EntrezUnavailable(self._redact(f"DOI {wanted}: its PubMed records could not "
                                                 f"be fetched to confirm it: {reason}"))
        return confirmed

    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> EntrezClient:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()

    # -- efetch, batch by batch -------------------------------------------------------------

    def _efetch(self, run: _Run, pmids: Sequence[str],
                on_progress: Callable[[int], None] | None) -> FetchResult:
        result = FetchResult()
        wanted = _distinct(pmids)
        for pmid in wanted:
            if not _PMID.fullmatch(pmid):
                result.not_found.add(pmid)  # not a PMID, so PubMed cannot hold it
        askable = [pmid for pmid in wanted if pmid not in result.not_found]
        if result.not_found and on_progress is not None:
            on_progress(len(result.not_found))
        requests_before = run.requests
        for start in range(0, len(askable), self.batch_size):
            batch = askable[start:start + self.batch_size]
            self._fetch_batch(run, batch, self.max_attempts, result)
            if on_progress is not None:
                on_progress(len(batch))
        result.requests = run.requests - requests_before
        return result

    def _fetch_batch(self, run: _Run, batch: list[str], attempts: int,
                     result: FetchResult) -> None:
        """Settle every PMID of ``batch``: record, confirmed not found, or failed."""
        pending = batch
        for round_number in range(1, attempts + 1):
            if run.unreachable is not None:
                self._fail(result, pending, run.unreachable.reason)
                return
            reply = self._ask(run, "efetch.fcgi", self._efetch_form(pending),
                              lambda raw, asked=frozenset(pending): _read_efetch(raw, asked),
                              attempts, refusal_is_answer=_is_empty_id_list)
            if isinstance(reply, Failure):
                self._on_batch_failure(run, pending, reply, result)
                return
            run.failed_streak = 0
            result.records.update(reply.records)
            missing = [pmid for pmid in pending if pmid not in reply.records]
            if not missing:
                return
            if reply.none_valid:
                result.not_found.update(missing)
                return
            if reply.foreign:
                doubt = "replies held other PMIDs than requested"
            else:
                listed = self._listed_by_esummary(run, missing, attempts)
                if isinstance(listed, Failure):
                    self._fail(result, missing, "absent from the efetch reply, but esummary "
                               f"could not confirm it: {listed.reason}")
                    return
                result.not_found.update(pmid for pmid in missing if pmid not in listed)
                missing = [pmid for pmid in missing if pmid in listed]
                doubt = "efetch omitted records that esummary lists"
            if not missing:
                return
            if round_number == attempts or not self._wait_before_retry(run, round_number, None):
                self._fail(result, missing, f"{doubt} ({round_number} tries)")
                return
            LOG.debug("efetch: %d PMIDs asked again: %s", len(missing), doubt)
            pending = missing

    def _on_batch_failure(self, run: _Run, batch: list[str], failure: Failure,
                          result: FetchResult) -> None:
        if failure.kind is FailureKind.UNREACHABLE and not run.reached_server:
            run.unreachable = failure  # nothing answers: asking again per batch only wastes time
            self._unreachable = failure
        run.failed_streak += 1
        splittable = (failure.kind is FailureKind.TRANSIENT and failure.splittable
                      and len(batch) > 1 and run.failed_streak < SPLIT_STREAK_LIMIT
                      and not run.deadline.expired())
        if not splittable:
            self._fail(result, batch, failure.reason)
            return
        middle = len(batch) // 2
        LOG.debug("efetch: splitting a failing batch of %d PMIDs", len(batch))
        for part in (batch[:middle], batch[middle:]):
            self._fetch_batch(run, part, min(SPLIT_ATTEMPTS, self.max_attempts), result)

    def _listed_by_esummary(self, run: _Run, pmids: list[str],
                            attempts: int) -> set[str] | Failure:
        form = {"db": "pubmed", "id": ",".join(pmids), "retmode": "json"}
        return self._ask(run, "esummary.fcgi", form,
                         lambda reply, asked=frozenset(pmids): _read_esummary(reply, asked),
                         attempts, refusal_is_answer=_is_refusal)

    def _efetch_form(self, pmids: list[str]) -> dict[str, str]:
        return {"db": "pubmed", "id": ",".join(pmids), "retmode": "xml"}

    def _fail(self, result: FetchResult, pmids: list[str], reason: str) -> None:
        line = self._redact(" ".join(reason.split()))
        for pmid in pmids:
            if pmid not in result.records:
                result.failed[pmid] = line

    # -- one request, with retries ----------------------------------------------------------

    def _ask(self, run: _Run, endpoint: str, form: dict[str, str],
             read: Callable[[_Reply], T], attempts: int,
             *, refusal_is_answer: Callable[[_Reply], bool] | None = None) -> T | Failure:
        """Send until ``read`` accepts a reply, a fatal failure, the attempts or the deadline.

        ``refusal_is_answer`` picks the HTTP error replies that ``read`` gets anyway because
        they state a fact about the request (such as "none of these ids is valid").
        """
        if run.unreachable is not None:
            return run.unreachable  # an earlier call found nothing answering: do not wait again
        last: Failure | None = None
        for attempt in range(1, attempts + 1):
            if attempt > 1 and not self._wait_before_retry(run, attempt - 1, last):
                return self._gave_up(run, last, attempt - 1, out_of_time=True)
            try:
                reply = self._exchange(run, endpoint, form)
            except _OutOfTime:
                return self._gave_up(run, last, attempt - 1, out_of_time=True)
            except _ReplyTooLarge:
                last = Failure(FailureKind.TRANSIENT, "reply larger than "
                               f"{self.max_response_bytes // (1024 * 1024)} MiB")
                continue
            except _ReplyTooSlow:
                last = Failure(FailureKind.TRANSIENT, "no complete reply within "
                               f"{run.timeout:.3g} s")
                continue
            except httpx.HTTPError as error:
                last = describe_transport_error(error, run.timeout)
                LOG.debug("%s attempt %d: %s", endpoint, attempt, self._redact(last.reason))
                if last.kind is FailureKind.FATAL:
                    return self._gave_up(run, last, attempt, out_of_time=False)
                if (_is_name_resolution_failure(error) and not run.reached_server
                        and attempt >= NAME_RESOLUTION_ATTEMPTS):
                    # No DNS answer for the host: a machine without network; backing off
                    # further only delays the one-line explanation.
                    return self._gave_up(run, last, attempt, out_of_time=False)
                continue
            status_failure = classify_status(reply.status, reply.headers, reply.body)
            if status_failure is not None and status_failure.kind is FailureKind.FATAL \
                    and refusal_is_answer is not None and refusal_is_answer(reply):
                status_failure = None
            if status_failure is not None:
                last = status_failure
                LOG.debug("%s attempt %d: %s", endpoint, attempt, self._redact(last.reason))
                if last.retry_after:
                    self._pacer.defer(min(last.retry_after, MAX_RETRY_AFTER))
                if last.kind is FailureKind.FATAL:
                    return self._gave_up(run, last, attempt, out_of_time=False)
                continue
            try:
                return read(reply)
            except MalformedReply as error:
                last = Failure(FailureKind.TRANSIENT, str(error))
                LOG.debug("%s attempt %d: %s", endpoint, attempt, self._redact(last.reason))
        return self._gave_up(run, last, attempts, out_of_time=False)

    def _exchange(self, run: _Run, endpoint: str, form: dict[str, str]) -> _Reply:
        """Exactly one HTTP request, paced, bounded in size and in total time."""
        turn = self._pacer.acquire(max_wait=run.deadline.remaining())
        if turn is None:
            raise _OutOfTime
        try:
            timeout = min(self.timeout, run.deadline.remaining())
            if timeout <= 0:
                raise _OutOfTime
            run.timeout = timeout
            data = {**form, **self._identity()}
            run.requests += 1
            started = self._clock()
            with self._http.stream("POST", self._base_url + endpoint, data=data,
                                   timeout=timeout) as response:
                self._pacer.release(turn)  # the reply has begun: the request has arrived
                run.reached_server = True
                body = bytearray()
                for chunk in response.iter_bytes():
                    body += chunk
                    if len(body) > self.max_response_bytes:
                        raise _ReplyTooLarge
                    if self._clock() - started > timeout:
                        raise _ReplyTooSlow  # a slow drip: each read is quick, the whole is not
                return _Reply(response.status_code, response.headers, bytes(body))
        finally:
            self._pacer.release(turn)

    def _wait_before_retry(self, run: _Run, retry: int, last: Failure | None) -> bool:
        """Sleep before retry number ``retry``; False when the deadline does not allow it."""
        delay = self._backoff.delay(retry, self._rng)
        if last is not None and last.retry_after is not None:
            delay = max(delay, min(last.retry_after, MAX_RETRY_AFTER))
        if delay >= run.deadline.remaining():
            return False
        if delay > 0:
            self._sleep(delay)
        return True

    def _gave_up(self, run: _Run, last: Failure | None, attempts: int,
                 *, out_of_time: bool) -> Failure:
        limit = f"time limit of {self.deadline or 0:g} s reached"
        if last is not None and last.kind is FailureKind.UNREACHABLE and not run.reached_server:
            self._unreachable = last
        if last is None:
            return Failure(FailureKind.TRANSIENT, f"{limit} before the request could be sent")
        tries = f"{attempts} attempt{'s' if attempts != 1 else ''}"
        if out_of_time and not run.deadline.expired() and last.retry_after is not None:
            reason = (f"{last.reason}; server asked to wait {last.retry_after:g} s, beyond the "
                      f"time limit (after {tries})")
        elif out_of_time:
            reason = f"{last.reason} (after {tries}; {limit})"
        else:
            reason = f"{last.reason} (after {tries})"
        return dataclasses.replace(last, reason=self._redact(reason))

    # -- helpers -------------------------------------------------------------------------------

    def _new_run(self) -> _Run:
        # One deadline for the client's whole life, not per call: a run that resolves several
        # DOIs and then fetches records must still end within ``deadline`` seconds in total.
        if self._session_deadline is None:
            self._session_deadline = Deadline(self.deadline, self._clock)
        return _Run(deadline=self._session_deadline, unreachable=self._unreachable)

    def _identity(self) -> dict[str, str]:
        identity = {"tool": self.settings.tool, "email": self.settings.email}
        if self.settings.api_key:
            identity["api_key"] = self.settings.api_key
        return identity

    def _redact(self, text: str) -> str:
        key = self.settings.api_key
        text = self.settings.redact(text)
        return redact_secret(text, urllib.parse.quote_plus(key)) if key else text


def _is_empty_id_list(reply: _Reply) -> bool:
    return is_empty_id_list(reply.status, reply.body)


def _is_refusal(reply: _Reply) -> bool:
    return reply.status == 400


def _read_efetch(reply: _Reply, asked: frozenset[str]) -> _EfetchReply:
    if reply.status != 200:  # only NCBI's "ID list is empty" gets here
        return _EfetchReply(records={}, foreign=False, none_valid=True)
    records: dict[str, bytes] = {}
    foreign = False
    for pmid, document in split_article_set(reply.body):
        if pmid in asked:
            records.setdefault(pmid, document)
        else:
            foreign = True
    return _EfetchReply(records=records, foreign=foreign, none_valid=False)


def _read_esummary(reply: _Reply, asked: frozenset[str]) -> set[str]:
    if reply.status != 200:  # NCBI refused the ids: it holds a summary for none of them
        return set()
    return esummary_listed(reply.body, asked)


def _distinct(pmids: Sequence[str]) -> list[str]:
    seen: dict[str, None] = {}
    for pmid in pmids:
        seen.setdefault(str(pmid).strip(), None)
    return [pmid for pmid in seen if pmid]


def _is_name_resolution_failure(error: BaseException) -> bool:
    cause: BaseException | None = error
    while cause is not None:
        if isinstance(cause, socket.gaierror):
            return True
        cause = cause.__cause__ or cause.__context__
    return False


def _normalise_doi(doi: str) -> str:
    return _DOI_PREFIX.sub("", doi.strip()).strip()


def _doi_term(doi: str) -> str:
    if _NEEDS_QUOTES.search(doi):
        return '"' + doi.replace('"', "") + '"[doi]'
    return f"{doi}[doi]"
