"""What a record look-up yields: found, confirmed not found, or unavailable.

"Not found" is a fact PubMed stated (a good response without the PMID); "unavailable" is a
failure to ask (network, offline). The two are never confused.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from claimcheck.pubmed.model import PubMedRecord


class LookupStatus(StrEnum):
    FOUND = "found"
    NOT_FOUND = "not_found"
    UNAVAILABLE = "unavailable"


class RecordSource(StrEnum):
    RECORDS_FOLDER = "records-folder"
    CACHE = "cache"
    NETWORK = "network"


@dataclass(frozen=True)
class RecordOutcome:
    pmid: str
    status: LookupStatus
    record: PubMedRecord | None = None
    raw_xml: bytes | None = None  # a PubmedArticleSet holding this one record, as NCBI sent it
    source: RecordSource | None = None
    reason: str | None = None  # why not found / unavailable, for people (never holds the key)


@dataclass(frozen=True)
class DoiOutcome:
    doi: str
    status: LookupStatus
    pmid: str | None = None
    reason: str | None = None
