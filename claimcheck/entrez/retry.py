"""When to retry an E-utilities request, how long to wait, and how to describe what went wrong.

Every description is built here from the kind of failure, never copied from an httpx message
(httpx puts request URLs into its exceptions); the client still redacts them with the key.
"""

from __future__ import annotations

import email.utils
import math
import random
import re
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC
from enum import StrEnum

import httpx

from claimcheck.entrez.split import reply_error_text

# Words of NCBI's HTTP-400 envelopes around a failed backend call (a relayed 502 page from
# proxy_stream(), "Failed to connect to PubOne service"): the request was fine, NCBI was not.
_BACKEND_FAILURE = re.compile(
    r"proxy_stream|pubone|\b50[234]\b|bad gateway|gateway time|failed to connect|"
    r"service unavailable|temporarily unavailable|timed out|timeout|backend",
    re.IGNORECASE,
)
EMPTY_ID_LIST = "id list is empty"
_URL = re.compile(r"\b[a-z][a-z0-9+.-]*://\S+", re.IGNORECASE)


class FailureKind(StrEnum):
    UNREACHABLE = "unreachable"  # no connection could be made at all
    TRANSIENT = "transient"      # worth retrying, and splitting the batch if it persists
    FATAL = "fatal"              # the same request will fail again


@dataclass(frozen=True)
class Failure:
    kind: FailureKind
    reason: str  # one line, for people
    retry_after: float | None = None
    splittable: bool = True  # could a smaller batch fare better? (not when rate limited)


@dataclass(frozen=True)
class Backoff:
    """Exponential backoff with full jitter: retry n waits uniform(0, min(cap, base * 2**(n-1)))."""

    base: float = 0.5
    cap: float = 20.0

    def delay(self, retry: int, rng: random.Random) -> float:
        return rng.uniform(0.0, min(self.cap, self.base * 2 ** max(0, retry - 1)))


class Deadline:
    """A point in time after which a run stops asking (``None`` seconds: no limit)."""

    def __init__(self, seconds: float | None, clock: Callable[[], float]) -> None:
        self._clock = clock
        self._end = math.inf if seconds is None else clock() + seconds

    def remaining(self) -> float:
        return self._end - self._clock()

    def expired(self) -> bool:
        return self.remaining() <= 0


def is_empty_id_list(status: int, body: bytes) -> bool:
    """NCBI's HTTP-400 answer when none of the ids is a valid PMID: a statement, not a fault."""
    if status != 400:
        return False
    text = reply_error_text(body[:4096])
    return bool(text) and EMPTY_ID_LIST in text.lower()


def classify_status(status: int, headers: Mapping[str, str], body: bytes,
                    *, now: Callable[[], float] = time.time) -> Failure | None:
    """``None`` when the HTTP status allows reading the body; otherwise what went wrong."""
    if status == 200:
        return None
    if status == 429:
        retry_after = parse_retry_after(headers.get("retry-after"), now=now)
        return Failure(FailureKind.TRANSIENT, "rate limited by NCBI (HTTP 429)", retry_after,
                       splittable=False)
    if status >= 500 or status == 408:
        return Failure(FailureKind.TRANSIENT, f"HTTP {status} from E-utilities")
    if status == 400:
        detail = reply_error_text(body[:4096]) or _first_words(body)
        if _BACKEND_FAILURE.search(detail):
            return Failure(FailureKind.TRANSIENT, f"HTTP 400, NCBI backend failure: {detail}")
        return Failure(FailureKind.FATAL, f"HTTP 400, request refused: {detail}")
    if 300 <= status < 400:
        return Failure(FailureKind.FATAL, f"unexpected redirect (HTTP {status}); check the "
                       "E-utilities URL")
    return Failure(FailureKind.FATAL, f"HTTP {status} from E-utilities")


def parse_retry_after(value: str | None, *, now: Callable[[], float] = time.time) -> float | None:
    """Seconds to wait from a ``Retry-After`` header (delta-seconds or HTTP date)."""
    if not value:
        return None
    value = value.strip()
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, when.timestamp() - now())


def describe_transport_error(error: httpx.HTTPError, timeout: float) -> Failure:
    """A failure description built from the kind of error (the httpx message is not reused)."""
    if isinstance(error, httpx.ConnectTimeout):
        return Failure(FailureKind.UNREACHABLE, f"could not connect within {timeout:.3g} s")
    if isinstance(error, httpx.TimeoutException):
        return Failure(FailureKind.TRANSIENT, f"no complete reply within {timeout:.3g} s")
    if isinstance(error, httpx.ConnectError):
        return Failure(FailureKind.UNREACHABLE, f"could not connect ({_os_detail(error)})")
    if isinstance(error, httpx.RemoteProtocolError):
        return Failure(FailureKind.TRANSIENT, "connection dropped before a complete reply")
    if isinstance(error, httpx.ProxyError):
        return Failure(FailureKind.UNREACHABLE, "the HTTP proxy refused the connection")
    if isinstance(error, httpx.NetworkError):
        return Failure(FailureKind.TRANSIENT, f"connection broken ({_os_detail(error)})")
    if isinstance(error, httpx.UnsupportedProtocol | httpx.InvalidURL):
        return Failure(FailureKind.FATAL, "the E-utilities URL is not a usable http(s) URL")
    if isinstance(error, httpx.DecodingError):
        return Failure(FailureKind.TRANSIENT, "reply body could not be decoded")
    return Failure(FailureKind.TRANSIENT, f"HTTP error ({type(error).__name__})")


def _os_detail(error: BaseException) -> str:
    """The operating system's words (e.g. "Connection refused"), never a URL."""
    cause: BaseException | None = error
    while cause is not None:
        if isinstance(cause, OSError) and cause.strerror:
            return cause.strerror
        cause = cause.__cause__ or cause.__context__
    text = _URL.sub("<url>", str(error))
    text = re.sub(r"\[Errno -?\d+\]\s*", "", " ".join(text.split()))
    return text[:100] or type(error).__name__


def _first_words(body: bytes, limit: int = 120) -> str:
    text = body[:2048].decode("utf-8", "replace")
    text = _URL.sub("<url>", re.sub(r"<[^>]*>", " ", text))
    return " ".join(text.split())[:limit] or "empty body"

