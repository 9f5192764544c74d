"""The standard library or lxml for PubMed XML? Both measured on the fixture records.

claimcheck parses with defusedxml over expat (standard library). The alternative measured here is
lxml, configured as safely as it allows (``resolve_entities=False``, ``no_network=True``, no DTD
loading), feeding the same element-to-record code (``parse_record_element``), so the two columns
differ only in the tree builder. lxml is a benchmark-only dependency (the ``bench`` extra); the
lxml rows are left out when it is not installed.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from typing import Any
from xml.etree.ElementTree import fromstring as unprotected_fromstring

from bench.synth import FIXTURES
from claimcheck.pubmed.model import PubMedRecord
from claimcheck.pubmed.parser import parse_record_element, parse_records, parse_xml_safely

RECORD_TAGS = ("PubmedArticle", "PubmedBookArticle")


def fixture_documents() -> list[bytes]:
    return [path.read_bytes() for path in sorted(FIXTURES.glob("*.xml"))]


def lxml_parser() -> Callable[[bytes], Any] | None:
    """A function parsing bytes with lxml as safely as it allows; None without lxml."""
    try:
        from lxml import etree
    except ImportError:
        return None
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False,
                             huge_tree=False)
    return lambda data: etree.fromstring(data, parser)


def records_with(tree_builder: Callable[[bytes], Any], data: bytes) -> list[PubMedRecord]:
    return [parse_record_element(child) for child in tree_builder(data)
            if child.tag in RECORD_TAGS]


def run_parse_benchmark(repeats: int) -> dict[str, Any]:
    """Microseconds per record for each way of parsing, over ``repeats`` passes of the fixtures."""
    documents = fixture_documents()
    timings: dict[str, float] = {
        "stdlib_tree_unprotected": _per_document(unprotected_fromstring, documents, repeats),
        "stdlib_tree_defusedxml": _per_document(parse_xml_safely, documents, repeats),
        "stdlib_records": _per_document(parse_records, documents, repeats),
    }
    result: dict[str, Any] = {"records": len(documents), "repeats": repeats,
                              "lxml_installed": False}
    build_lxml = lxml_parser()
    if build_lxml is not None:
        import lxml

        timings["lxml_tree"] = _per_document(build_lxml, documents, repeats)
        timings["lxml_records"] = _per_document(lambda data: records_with(build_lxml, data),
                                                documents, repeats)
        result["lxml_installed"] = True
        result["lxml_version"] = lxml.__version__
        result["same_records"] = all(
            records_with(build_lxml, data) == parse_records(data) for data in documents
        )
    result["microseconds_per_record"] = timings
    return result


def _per_document(parse: Callable[[bytes], Any], documents: Sequence[bytes],
                  repeats: int) -> float:
    for data in documents:
        parse(data)  # warm up (imports, caches) outside the clock
    started = time.perf_counter()
    for _ in range(repeats):
        for data in documents:
            parse(data)
    return (time.perf_counter() - started) / (repeats * len(documents)) * 1e6
