"""The verification engine: one claim against one PubMed record, with every finding explained.

Pipeline: claim text -> :class:`Assertions` -> each check -> findings -> :func:`decide`.
The record's sentence index is built once per record and kept in a small LRU cache keyed by
PMID, so verifying many claims against the same records stays linear in the number of claims.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from threading import Lock
from typing import Generic, TypeVar

from claimcheck.claims.model import Claim, Expect
from claimcheck.pubmed.model import PubMedRecord
from claimcheck.report.model import ClaimResult, Finding, RecordSummary
from claimcheck.verification.assertions import Assertions, extract_assertions
from claimcheck.verification.checks.arm_order import check_arm_order
from claimcheck.verification.checks.certainty import check_certainty
from claimcheck.verification.checks.comparator import check_comparator
from claimcheck.verification.checks.design import check_design
from claimcheck.verification.checks.direction import check_direction
from claimcheck.verification.checks.expectations import check_expectations
from claimcheck.verification.checks.funding import check_funding
from claimcheck.verification.checks.measure_direction import check_measure_direction
from claimcheck.verification.checks.metadata import check_metadata
from claimcheck.verification.checks.population import check_population
from claimcheck.verification.checks.quantities import check_quantities
from claimcheck.verification.checks.ratios import check_ratio_direction
from claimcheck.verification.checks.relative_change import check_relative_change
from claimcheck.verification.checks.retraction import check_retraction
from claimcheck.verification.checks.route import check_route
from claimcheck.verification.checks.sample_size import check_sample_size
from claimcheck.verification.checks.sites import check_sites
from claimcheck.verification.checks.support import check_support
from claimcheck.verification.checks.unbacked_detail import check_unbacked_detail
from claimcheck.verification.index import RecordIndex, build_index
from claimcheck.verification.verdict import decide

INDEX_CACHE_SIZE = 256
ASSERTIONS_CACHE_SIZE = 4096

K = TypeVar("K")
V = TypeVar("V")

Check = Callable[[Assertions, PubMedRecord, RecordIndex], list[Finding]]

# Fixed order: the record's status, what the claim says about the work, then what it found.
CHECKS: tuple[Check, ...] = (
    check_retraction,
    check_metadata,
    check_design,
    check_sites,
    check_sample_size,
    check_funding,
    check_population,
    check_quantities,
    check_route,
    check_comparator,
    check_arm_order,
    check_direction,
    check_measure_direction,
    check_relative_change,
    check_ratio_direction,
    check_certainty,
    check_support,
    check_unbacked_detail,
)


class _LRU(Generic[K, V]):
    """A small thread-safe least-recently-used map (no eviction order leaks into results)."""

    def __init__(self, size: int) -> None:
        self._size = size
        self._items: OrderedDict[K, V] = OrderedDict()
        self._lock = Lock()

    def get(self, key: K) -> V | None:
        with self._lock:
            value = self._items.get(key)
            if value is not None:
                self._items.move_to_end(key)
            return value

    def put(self, key: K, value: V) -> None:
        with self._lock:
            self._items[key] = value
            self._items.move_to_end(key)
            while len(self._items) > self._size:
                self._items.popitem(last=False)

    def clear(self) -> None:
        with self._lock:
            self._items.clear()


_indexes: _LRU[str, RecordIndex] = _LRU(INDEX_CACHE_SIZE)
_assertions: _LRU[tuple[str, str | None], Assertions] = _LRU(ASSERTIONS_CACHE_SIZE)


def record_index(record: PubMedRecord) -> RecordIndex:
    """The record's sentence index, from the cache when the same record was seen before."""
    cached = _indexes.get(record.pmid)
    if cached is not None and cached.describes(record):
        return cached
    index = build_index(record)
    _indexes.put(record.pmid, index)
    return index


def claim_assertions(text: str, quote: str | None = None) -> Assertions:
    key = (text, quote)
    cached = _assertions.get(key)
    if cached is None:
        cached = extract_assertions(text, quote=quote)
        _assertions.put(key, cached)
    return cached


def clear_caches() -> None:
    _indexes.clear()
    _assertions.clear()


def findings_for(
    assertions: Assertions, record: PubMedRecord, *, expect: Expect | None = None
) -> list[Finding]:
    """Every finding of every check, in a fixed order (checks, then expectations)."""
    index = record_index(record)
    findings: list[Finding] = []
    for check in CHECKS:
        findings.extend(check(assertions, record, index))
    if expect is not None:
        findings.extend(check_expectations(expect, record, index))
    return findings


def verify(claim_text: str, record: PubMedRecord, *, expect: Expect | None = None) -> ClaimResult:
    """Check one claim sentence against one PubMed record (public API)."""
    return _result("claim", claim_text, None, record, expect)


def verify_claim(claim: Claim, record: PubMedRecord) -> ClaimResult:
    """Check a registry claim against its record (``quote`` only resolves vague references)."""
    return _result(claim.id, claim.text, claim.quote, record, claim.expect, doi=claim.doi)


def _result(
    claim_id: str,
    text: str,
    quote: str | None,
    record: PubMedRecord,
    expect: Expect | None,
    *,
    doi: str | None = None,
) -> ClaimResult:
    findings = findings_for(claim_assertions(text, quote), record, expect=expect)
    verdict, confidence = decide(findings)
    return ClaimResult(
        id=claim_id,
        pmid=record.pmid,
        doi=doi or record.doi,
        text=text,
        verdict=verdict,
        confidence=confidence,
        findings=findings,
        record=summarize(record),
    )


def summarize(record: PubMedRecord) -> RecordSummary:
    return RecordSummary(
        pmid=record.pmid,
        title=record.title,
        journal=record.journal.title,
        journal_abbreviation=record.journal.iso_abbreviation,
        year=record.year or record.epub_year,
        doi=record.doi,
        publication_types=record.publication_type_names,
        url=record.url,
        abstract=record.abstract_text,
        retracted=record.is_retracted,
    )
