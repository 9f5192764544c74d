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
ROUNDS = 20


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
    """Microseconds of CPU per record for each way of parsing the fixtures, ``repeats`` passes
    each. The passes are split into rounds, the ways take turns within each round, and each
    way's fastest round counts: on a shared machine the slower rounds measure the neighbours."""
    documents = fixture_documents()
    ways: dict[str, Callable[[bytes], Any]] = {
        "stdlib_tree_unprotected": unprotected_fromstring,
        "stdlib_tree_defusedxml": parse_xml_safely,
        "stdlib_records": parse_records,
    }
    result: dict[str, Any] = {"records": len(documents), "repeats": repeats,
                              "lxml_installed": False}
    build_lxml = lxml_parser()
    if build_lxml is not None:
        import lxml

        ways["lxml_tree"] = build_lxml
        ways["lxml_records"] = lambda data: records_with(build_lxml, data)
        result["lxml_installed"] = True
        result["lxml_version"] = lxml.__version__
        result["same_records"] = all(
            records_with(build_lxml, data) == parse_records(data) for data in documents
        )
    result["microseconds_per_record"] = _fastest_rounds(ways, documents, repeats)
    return result


def _fastest_rounds(ways: dict[str, Callable[[bytes], Any]], documents: Sequence[bytes],
                    repeats: int) -> dict[str, float]:
    for parse in ways.values():
        for data in documents:
            parse(data)  # warm up (imports, caches) outside the clock
    passes = max(1, repeats // ROUNDS)
    best = dict.fromkeys(ways, float("inf"))
    for _ in range(ROUNDS):
        for name, parse in ways.items():
            started = time.process_time()
            for _ in range(passes):
                for data in documents:
                    parse(data)
            best[name] = min(best[name], time.process_time() - started)
    return {name: seconds / (passes * len(documents)) * 1e6 for name, seconds in best.items()}
