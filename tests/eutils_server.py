"""A local stand-in for NCBI E-utilities, for tests: a real HTTP server on 127.0.0.1.

It serves efetch / epost / esearch / esummary (GET and POST) from the project's fixtures and the
shared E-utilities samples, behaves like NCBI where it matters to the client (missing ids dropped
silently, ``<ERROR>`` replies, HTTP 429 with NCBI's JSON body above 3 requests/s, or 10 with an
API key, in any one-second window), logs every request, and injects faults on demand from a
seeded random generator so a failing run can be replayed.

Records are cut from their files with regular expressions, independently of the client's own
splitting code, so tests comparing the two compare independent readings of the same bytes.
"""

from __future__ import annotations

import functools
import json
import random
import re
import socket
import struct
import sys
import threading
import time
from collections import deque
from collections.abc import Iterable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

PROJECT = Path(__file__).resolve().parents[1]
FIXTURES = PROJECT / "fixtures"
SHARED = PROJECT.parent / "shared"
SAMPLES = SHARED / "eutils-samples"

XML_DECLARATION = b'<?xml version="1.0" ?>\n'
PUBMED_DOCTYPE = (
    b'<!DOCTYPE PubmedArticleSet PUBLIC "-//NLM//DTD PubMedArticle, 1st January '
    b'2025//EN" "https://dtd.nlm.nih.gov/ncbi/pubmed/out/pubmed_250101.dtd">\n'
)
EFETCH_ERROR_DOCTYPE = (
    b'<?xml version="1.0" encoding="UTF-8" ?>\n<!DOCTYPE eEfetchResult PUBLIC '
    b'"-//NLM//DTD efetch 20131226//EN" "https://eutils.ncbi.nlm.nih.gov/'
    b'eutils/dtd/20131226/efetch.dtd">\n'
)
ESEARCH_DOCTYPE = (
    b'<?xml version="1.0" encoding="UTF-8" ?>\n<!DOCTYPE eSearchResult PUBLIC '
    b'"-//NLM//DTD esearch 20060628//EN" "https://eutils.ncbi.nlm.nih.gov/eutils/'
    b'dtd/20060628/esearch.dtd">\n'
)
EMPTY_ID_LIST = b"ID list is empty! Possibly it has no correct IDs."
ENDPOINTS = ("efetch", "esearch", "esummary", "epost")

_RECORD = re.compile(rb"<(PubmedArticle|PubmedBookArticle)>.*?</\1>", re.DOTALL)
_FIRST_PMID = re.compile(rb"<PMID[^>]*>\s*(\d+)\s*</PMID>")
_OWN_ID_LIST = re.compile(
    rb"<(?:PubmedData|PubmedBookData)>.*?<ArticleIdList>(.*?)"
    rb"</ArticleIdList>",
    re.DOTALL,
)
_DOI_ID = re.compile(rb'<ArticleId IdType="doi">\s*([^<]*?)\s*</ArticleId>')
_ELOCATION_DOI = re.compile(rb'<ELocationID EIdType="doi"[^>]*>[^<]*</ELocationID>\s*')
_TITLE = re.compile(
    rb"<(?:ArticleTitle|BookTitle)[^>]*>(.*?)</(?:ArticleTitle|BookTitle)>", re.DOTALL
)
_DOI_TERM = re.compile(r'^\s*"?(?P<doi>.+?)"?\s*\[(?:doi|lid|aid)\]\s*$', re.IGNORECASE)
_VALID_ID = re.compile(r"\d{1,12}")


@dataclass
class Faults:
    """Switchable faults. Fractions are probabilities per request, drawn from one seeded
    generator in a fixed order, so they add up (0.3 + 0.1 + 0.15 = 55 % of requests fail)."""

    seed: int = 20240601
    endpoints: set[str] = field(default_factory=lambda: set(ENDPOINTS))
    server_error: float = 0.0  # HTTP 500/502/503 (see server_error_codes)
    server_error_codes: tuple[int, ...] = (500, 502, 503)
    proxy_error: float = 0.0  # HTTP 400 <ERROR> envelope of a relayed 502 (PubOne)
    drop: float = 0.0  # close the connection without a reply
    reset: float = 0.0  # reset the connection (RST) without a reply
    truncate: float = 0.0  # HTTP 200, body cut short (Content-Length fits the cut)
    cut: float = 0.0  # HTTP 200, connection closed before Content-Length bytes
    html_200: float = 0.0  # an HTML error page with status 200
    foreign: float = 0.0  # efetch: records of other PMIDs than requested
    empty_set: float = 0.0  # efetch: an empty PubmedArticleSet
    slow: float = 0.0  # reply after slow_seconds
    slow_seconds: float = 0.5
    drip: float = 0.0  # body sent in 20 pieces spread over drip_seconds
    drip_seconds: float = 2.0
    hang: float = 0.0  # never answer (until hang_seconds or server stop)
    hang_seconds: float = 30.0
    burst_429: int = 0  # the next N requests get 429, whatever the rate
    burst_retry_after: float | None = 1.0  # Retry-After of those (None: no header)
    poison: set[str] = field(default_factory=set)  # efetch asking for any of these: HTTP 500
    rate_limit: bool = True  # NCBI's 3/s (10/s with api_key) sliding-window limit

    _RANDOM = (
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
        "hang",
    )

    def draw(self, rng: random.Random, endpoint: str) -> str | None:
        if endpoint not in self.endpoints:
            return None
        roll = rng.random()
        for name in self._RANDOM:
            share = getattr(self, name)
            if roll < share:
                return name
            roll -= share
        return None


@dataclass
class RecordedRequest:
    """One request as the server saw it; ``params`` has the api_key value masked."""

    time: float  # time.monotonic() on arrival
    method: str
    path: str
    endpoint: str
    params: dict[str, str]
    status: int | None = None  # None: no HTTP reply was sent (dropped, hung)
    fault: str | None = None
    api_key: str | None = field(default=None, repr=False)  # for assertion helpers only

    @property
    def ids(self) -> list[str]:
        return [part.strip() for part in self.params.get("id", "").split(",") if part.strip()]


@dataclass
class _Plan:
    status: int = 200
    body: bytes = b""
    content_type: str = "text/xml; charset=UTF-8"
    headers: dict[str, str] = field(default_factory=dict)
    delivery: str = "normal"  # normal | drop | reset | cut | drip | hang
    delay: float = 0.0


class EutilsServer:
    """The stand-in. Use as a context manager, or call ``start()`` and ``stop()``."""

    def __init__(self, *, seed: int | None = None) -> None:
        self.records: dict[str, bytes] = dict(base_records())
        self.faults = Faults() if seed is None else Faults(seed=seed)
        self.esearch_extra: dict[str, list[str]] = {}  # lower-cased DOI -> unconfirmed hits
        self._requests: list[RecordedRequest] = []
        self._lock = threading.Lock()
        self._rng: random.Random | None = None
        self._rng_seed: int | None = None
        self._arrivals: dict[str, deque[float]] = {}
        self._history: dict[str, list[str]] = {}
        self._burst_sent = 0
        self._stopping = threading.Event()
        self._httpd: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    # -- life cycle ---------------------------------------------------------------------------

    def start(self) -> EutilsServer:
        httpd = _HTTPServer(("127.0.0.1", 0), _Handler)
        httpd.stand_in = self
        self._httpd = httpd
        self._thread = threading.Thread(
            target=httpd.serve_forever,
            kwargs={"poll_interval": 0.05},
            name="eutils-stand-in",
            daemon=True,
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stopping.set()
        if self._httpd is not None:
            self._httpd.shutdown()
            self._httpd.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)

    def __enter__(self) -> EutilsServer:
        return self.start()

    def __exit__(self, *_exc: object) -> None:
        self.stop()

    @property
    def url(self) -> str:
        assert self._httpd is not None, "server not started"
        host, port = self._httpd.server_address[:2]
        return f"http://{host}:{port}/entrez/eutils/"

    # -- records ------------------------------------------------------------------------------

    def add_record(
        self,
        pmid: str,
        xml: bytes | None = None,
        *,
        template: str | None = None,
        doi: str | None = None,
    ) -> bytes:
        """Serve a record under ``pmid``: ``xml`` as given (a PubmedArticle element), or a clone
        of the ``template`` PMID's record (default: the first fixture) with its PMID replaced and
        its DOI replaced by ``doi`` or removed. Returns the stored bytes."""
        if xml is None:
            source = self.records[template or sorted(base_records())[0]]
            xml = clone_record(source, pmid, doi)
        with self._lock:
            self.records[pmid] = xml
        return xml

    def clone_records(self, count: int, *, first_pmid: int = 90_000_001) -> list[str]:
        """Add ``count`` synthetic records (clones of the fixtures, in turn) under fresh PMIDs."""
        templates = [self.records[pmid] for pmid in sorted(base_records())]
        pmids = [str(first_pmid + offset) for offset in range(count)]
        clones = {
            pmid: clone_record(templates[index % len(templates)], pmid, None)
            for index, pmid in enumerate(pmids)
        }
        with self._lock:
            self.records.update(clones)
        return pmids

    # -- what tests look at ------------------------------------------------------------------

    @property
    def requests(self) -> list[RecordedRequest]:
        with self._lock:
            return list(self._requests)

    def requests_to(self, endpoint: str) -> list[RecordedRequest]:
        return [request for request in self.requests if request.endpoint == endpoint]

    def max_in_window(self, window: float = 1.0, *, api_key: str | None = None) -> int:
        """The most requests that arrived within any ``window`` seconds (sliding)."""
        times = sorted(
            request.time
            for request in self.requests
            if api_key is None or request.api_key == api_key
        )
        most, first = 0, 0
        for last, arrived in enumerate(times):
            while arrived - times[first] >= window:
                first += 1
            most = max(most, last - first + 1)
        return most

    def api_keys_seen(self) -> set[str | None]:
        return {request.api_key for request in self.requests}

    def reset_requests(self) -> None:
        with self._lock:
            self._requests.clear()

    # -- serving -------------------------------------------------------------------------------

    def _plan(self, method: str, path: str, params: dict[str, str]) -> _Plan:
        arrived = time.monotonic()
        endpoint = path.rsplit("/", 1)[-1].removesuffix(".fcgi")
        api_key = params.get("api_key") or None
        shown = {name: ("***" if name == "api_key" else value) for name, value in params.items()}
        request = RecordedRequest(arrived, method, path, endpoint, shown, api_key=api_key)
        with self._lock:
            self._requests.append(request)
            plan = self._limit(request, api_key) or self._injected(request)
        if plan is None:
            plan = self._answer(endpoint, params, request)
        request.status = None if plan.delivery in ("drop", "reset", "hang") else plan.status
        return plan

    def _limit(self, request: RecordedRequest, api_key: str | None) -> _Plan | None:
        if not self.faults.rate_limit or request.endpoint not in ENDPOINTS:
            return None
        limit = 10 if api_key else 3
        arrivals = self._arrivals.setdefault(api_key or "ip", deque())
        while arrivals and request.time - arrivals[0] >= 1.0:
            arrivals.popleft()
        arrivals.append(request.time)
        if len(arrivals) <= limit:
            return None
        request.fault = "rate_limit"
        return _rate_limited(len(arrivals), limit, retry_after=1.0)

    def _injected(self, request: RecordedRequest) -> _Plan | None:
        faults = self.faults
        if self._burst_sent < faults.burst_429:
            self._burst_sent += 1
            request.fault = "burst_429"
            return _rate_limited(self._burst_sent, 3, retry_after=faults.burst_retry_after)
        if request.endpoint == "efetch" and faults.poison & set(request.ids):
            request.fault = "poison"
            return _Plan(
                500, b"<html><body><h1>500 Internal Server Error</h1></body></html>", "text/html"
            )
        if self._rng is None or self._rng_seed != faults.seed:
            self._rng, self._rng_seed = random.Random(faults.seed), faults.seed
        name = faults.draw(self._rng, request.endpoint)
        if name is None:
            return None
        request.fault = name
        return self._fault_plan(name, request)

    def _fault_plan(self, name: str, request: RecordedRequest) -> _Plan | None:
        faults, rng = self.faults, self._rng
        assert rng is not None
        if name == "server_error":
            status = rng.choice(faults.server_error_codes)
            return _Plan(
                status,
                f"<html><body><h1>{status} Server Error</h1></body></html>".encode(),
                "text/html",
            )
        if name == "proxy_error":
            return _Plan(
                400,
                EFETCH_ERROR_DOCTYPE + b"<eFetchResult>\n\t<ERROR>proxy_stream(): "
                b"Failed to connect to PubOne service: <html><head><title>502 Bad "
                b"Gateway</title></head><body>Bad Gateway</body></html></ERROR>\n"
                b"</eFetchResult>\n",
            )
        if name in ("drop", "reset"):
            return _Plan(delivery=name)
        if name == "hang":
            return _Plan(delivery="hang", delay=faults.hang_seconds)
        if name == "html_200":
            return _Plan(
                200,
                b"<!DOCTYPE html>\n<html><head><title>NCBI - WWW Error</title>"
                b"</head><body><h1>Service temporarily unavailable</h1><p>Please try "
                b"again later.<br></body></html>\n",
                "text/html; charset=UTF-8",
            )
        if name in ("foreign", "empty_set") and request.endpoint != "efetch":
            request.fault = None
            return None
        if name == "empty_set":
            return _Plan(
                200, XML_DECLARATION + PUBMED_DOCTYPE + b"<PubmedArticleSet></PubmedArticleSet>\n"
            )
        if name == "foreign":
            asked = set(request.ids)
            others = [pmid for pmid in self.records if pmid not in asked][: max(1, len(asked))]
            return _Plan(200, _article_set(self.records[pmid] for pmid in others))
        return None  # truncate, cut, slow, drip: applied to the real answer below

    def _answer(self, endpoint: str, params: dict[str, str], request: RecordedRequest) -> _Plan:
        handlers = {
            "efetch": self._efetch,
            "esearch": self._esearch,
            "esummary": self._esummary,
            "epost": self._epost,
        }
        handler = handlers.get(endpoint)
        plan = _Plan(404, b"Not Found", "text/plain") if handler is None else handler(params)
        fault = request.fault
        if fault == "truncate" and plan.body:
            assert self._rng is not None
            plan.body = plan.body[: max(1, int(len(plan.body) * self._rng.uniform(0.3, 0.9)))]
        elif fault in ("cut", "drip"):
            plan.delivery = fault
        elif fault == "slow":
            plan.delay = self.faults.slow_seconds
        return plan

    def _ids(self, params: dict[str, str]) -> list[str]:
        if params.get("WebEnv") and params.get("query_key"):
            stored = self._history.get(f"{params['WebEnv']}#{params['query_key']}", [])
            start = int(params.get("retstart") or 0)
            count = int(params.get("retmax") or 10_000)
            return stored[start : start + count]
        return [part.strip() for part in params.get("id", "").split(",") if part.strip()]

    def _efetch(self, params: dict[str, str]) -> _Plan:
        if params.get("db", "pubmed") != "pubmed":
            return _efetch_error(f"Invalid db name specified: {params.get('db')}".encode())
        ids = [pmid for pmid in _distinct(self._ids(params)) if _is_valid_id(pmid)]
        if not ids:
            return _efetch_error(EMPTY_ID_LIST)
        with self._lock:
            found = [self.records[pmid] for pmid in ids if pmid in self.records]
        return _Plan(200, _article_set(found))

    def _esearch(self, params: dict[str, str]) -> _Plan:
        term = params.get("term", "")
        match = _DOI_TERM.match(term)
        hits: list[str] = []
        if match:
            doi = match.group("doi").strip().lower()
            with self._lock:
                hits = [pmid for pmid, xml in self.records.items() if doi in record_dois(xml)]
            hits += [pmid for pmid in self.esearch_extra.get(doi, []) if pmid not in hits]
        retmax = int(params.get("retmax") or 20)
        shown = hits[:retmax]
        id_list = b"".join(b"<Id>" + pmid.encode() + b"</Id>\n" for pmid in shown)
        body = (
            ESEARCH_DOCTYPE
            + b"<eSearchResult><Count>"
            + str(len(hits)).encode()
            + b"</Count><RetMax>"
            + str(len(shown)).encode()
            + b"</RetMax><RetStart>0"
            + b"</RetStart>"
            + (b"<IdList>\n" + id_list + b"</IdList>" if shown else b"<IdList/>")
            + b"<TranslationSet/><QueryTranslation>"
            + _xml_text(term)
            + b"</QueryTranslation>"
        )
        if not hits:
            body += (
                b"<ErrorList><PhraseNotFound>" + _xml_text(term) + b"</PhraseNotFound>"
                b"</ErrorList><WarningList><OutputMessage>No items found.</OutputMessage>"
                b"</WarningList>"
            )
        return _Plan(200, body + b"</eSearchResult>\n")

    def _esummary(self, params: dict[str, str]) -> _Plan:
        ids = [pmid for pmid in _distinct(self._ids(params)) if _is_valid_id(pmid)]
        as_json = params.get("retmode") == "json"
        if not ids:
            if as_json:
                return _json_plan(
                    {
                        "header": {"type": "esummary", "version": "0.3"},
                        "esummaryresult": ["Empty id list - nothing todo"],
                    }
                )
            return _Plan(
                200,
                b'<?xml version="1.0" encoding="UTF-8" ?>\n<eSummaryResult>'
                b"<ERROR>Empty id list - nothing todo</ERROR></eSummaryResult>\n",
            )
        with self._lock:
            known = {pmid: self.records.get(pmid) for pmid in ids}
        if as_json:
            result: dict[str, object] = {"uids": ids}
            for pmid, xml in known.items():
                result[pmid] = (
                    {"uid": pmid, "error": "cannot get document summary"}
                    if xml is None
                    else _summary(pmid, xml)
                )
            return _json_plan({"header": {"type": "esummary", "version": "0.3"}, "result": result})
        parts = []
        for pmid, xml in known.items():
            if xml is None:
                parts.append(
                    b"<ERROR>UID=" + pmid.encode() + b": cannot get document summary</ERROR>"
                )
            else:
                title = _summary(pmid, xml)["title"]
                parts.append(
                    b"<DocSum><Id>" + pmid.encode() + b'</Id><Item Name="Title" '
                    b'Type="String">' + _xml_text(str(title)) + b"</Item></DocSum>"
                )
        return _Plan(
            200,
            b'<?xml version="1.0" encoding="UTF-8" ?>\n<eSummaryResult>\n'
            + b"\n".join(parts)
            + b"\n</eSummaryResult>\n",
        )

    def _epost(self, params: dict[str, str]) -> _Plan:
        ids = [pmid for pmid in _distinct(self._ids(params)) if _is_valid_id(pmid)]
        if not ids:
            return _Plan(
                200,
                b'<?xml version="1.0" encoding="UTF-8" ?>\n<ePostResult>\n'
                b"\t<ERROR>Empty ID list; Nothing to store</ERROR>\n</ePostResult>\n",
            )
        with self._lock:
            web_env = params.get("WebEnv") or f"MCID_stand_in_{len(self._history) + 1}"
            query_key = str(1 + sum(key.startswith(web_env + "#") for key in self._history))
            self._history[f"{web_env}#{query_key}"] = ids
        return _Plan(
            200,
            b'<?xml version="1.0" encoding="UTF-8" ?>\n<ePostResult>\n\t<QueryKey>'
            + query_key.encode()
            + b"</QueryKey>\n\t<WebEnv>"
            + web_env.encode()
            + b"</WebEnv>\n</ePostResult>\n",
        )


class _HTTPServer(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False  # idle keep-alive connections must not hold up stop()
    stand_in: EutilsServer

    def handle_error(self, request: object, client_address: object) -> None:
        if isinstance(sys.exc_info()[1], OSError):
            return  # the client hung up first (it timed out or gave up): expected under faults
        super().handle_error(request, client_address)  # type: ignore[arg-type]


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    timeout = 10  # idle keep-alive connections end on their own
    server: _HTTPServer

    def setup(self) -> None:
        super().setup()
        # Headers and body go out in separate writes; without this, Nagle's algorithm and the
        # client's delayed ACK add some 40 ms to every reply.
        self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

    def log_message(self, format: str, *args: object) -> None:
        pass  # keep test output clean

    def do_GET(self) -> None:
        self._serve("GET")

    def do_POST(self) -> None:
        self._serve("POST")

    def _serve(self, method: str) -> None:
        split = urlsplit(self.path)
        fields = parse_qs(split.query, keep_blank_values=True)
        if method == "POST":
            length = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(length).decode("utf-8", "replace")
            for name, values in parse_qs(body, keep_blank_values=True).items():
                fields.setdefault(name, []).extend(values)
        params = {name: ",".join(values) for name, values in fields.items()}
        stand_in = self.server.stand_in
        plan = stand_in._plan(method, split.path, params)
        if plan.delay and plan.delivery != "hang" and stand_in._stopping.wait(plan.delay):
            plan.delivery = "drop"
        self._deliver(plan, stand_in._stopping)

    def _deliver(self, plan: _Plan, stopping: threading.Event) -> None:
        if plan.delivery == "hang":
            stopping.wait(plan.delay)
            plan.delivery = "drop"
        if plan.delivery in ("drop", "reset"):
            self.close_connection = True
            if plan.delivery == "reset":
                self.connection.setsockopt(
                    socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0)
                )
            return
        self.send_response(plan.status)
        self.send_header("Content-Type", plan.content_type)
        self.send_header("Content-Length", str(len(plan.body)))
        for name, value in plan.headers.items():
            self.send_header(name, value)
        self.end_headers()
        if plan.delivery == "cut":
            self.wfile.write(plan.body[: len(plan.body) // 2])
            self.wfile.flush()
            self.close_connection = True
            return
        if plan.delivery == "drip":
            pieces = 20
            step = max(1, -(-len(plan.body) // pieces))
            for start in range(0, len(plan.body), step):
                if stopping.wait(self.server.stand_in.faults.drip_seconds / pieces):
                    self.close_connection = True
                    return
                try:
                    self.wfile.write(plan.body[start : start + step])
                    self.wfile.flush()
                except OSError:  # the client gave up waiting
                    self.close_connection = True
                    return
            return
        try:
            self.wfile.write(plan.body)
        except OSError:
            self.close_connection = True


# -- records and documents ------------------------------------------------------------------


@functools.cache
def base_records() -> dict[str, bytes]:
    """PMID -> PubmedArticle bytes from fixtures/*.xml and shared/eutils-samples/pubmed*.xml."""
    records: dict[str, bytes] = {}
    files = sorted(FIXTURES.glob("*.xml")) + sorted(SAMPLES.glob("pubmed*.xml"))
    for path in files:
        for record in _RECORD.finditer(path.read_bytes()):
            pmid = _FIRST_PMID.search(record.group(0))
            if pmid:
                records.setdefault(pmid.group(1).decode(), record.group(0))
    return records


def record_dois(xml: bytes) -> set[str]:
    own = _OWN_ID_LIST.search(xml)
    if own is None:
        return set()
    return {doi.decode().lower() for doi in _DOI_ID.findall(own.group(1))}


def clone_record(xml: bytes, pmid: str, doi: str | None) -> bytes:
    """``xml`` under another PMID; its DOI replaced by ``doi``, or removed when None."""
    old = _FIRST_PMID.search(xml)
    assert old is not None, "template record without a PMID"
    clone = xml[: old.start(1)] + pmid.encode() + xml[old.end(1) :]
    clone = clone.replace(
        b'<ArticleId IdType="pubmed">' + old.group(1) + b"</ArticleId>",
        b'<ArticleId IdType="pubmed">' + pmid.encode() + b"</ArticleId>",
    )
    own = _OWN_ID_LIST.search(clone)
    if own is not None:
        replacement = (
            b"" if doi is None else (b'<ArticleId IdType="doi">' + doi.encode() + b"</ArticleId>")
        )
        ids = _DOI_ID.sub(lambda _match: replacement, own.group(1))
        clone = clone[: own.start(1)] + ids + clone[own.end(1) :]
    return _ELOCATION_DOI.sub(b"", clone)


def _article_set(records: Iterable[bytes]) -> bytes:
    return (
        XML_DECLARATION
        + PUBMED_DOCTYPE
        + b"<PubmedArticleSet>\n"
        + b"\n".join(records)
        + b"\n</PubmedArticleSet>\n"
    )


def _summary(pmid: str, xml: bytes) -> dict[str, object]:
    title = _TITLE.search(xml)
    text = re.sub(r"<[^>]+>", "", title.group(1).decode("utf-8", "replace")) if title else ""
    return {
        "uid": pmid,
        "title": text,
        "articleids": [{"idtype": "pubmed", "value": pmid}]
        + [{"idtype": "doi", "value": doi} for doi in sorted(record_dois(xml))],
    }


def _rate_limited(count: int, limit: int, *, retry_after: float | None) -> _Plan:
    headers = {"X-RateLimit-Limit": str(limit), "X-RateLimit-Remaining": "0"}
    if retry_after is not None:
        headers["Retry-After"] = f"{retry_after:g}"
    body = json.dumps(
        {"error": "API rate limit exceeded", "count": str(count)}, separators=(",", ":")
    ).encode()
    return _Plan(429, body, "application/json", headers)


def _efetch_error(message: bytes) -> _Plan:
    return _Plan(
        400,
        EFETCH_ERROR_DOCTYPE
        + b"<eFetchResult>\n\t<ERROR>"
        + message
        + b"</ERROR>\n</eFetchResult>\n",
    )


def _json_plan(document: object) -> _Plan:
    return _Plan(200, json.dumps(document).encode(), "application/json; charset=UTF-8")


def _xml_text(text: str) -> bytes:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").encode("utf-8")


def _is_valid_id(pmid: str) -> bool:
    return bool(_VALID_ID.fullmatch(pmid)) and int(pmid) > 0


def _distinct(values: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(values))
