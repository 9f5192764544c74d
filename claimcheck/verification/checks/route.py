"""Route of administration: "given intravenously" against a record that injected it under the skin.

A claim naming how a drug was given is checked against the routes the abstract names. Routes
exclude each other, so a record that names only other routes CONTRADICTS the claim. A route the
claim states in so many words ("intravenously", "as an infusion", "by mouth") must be named by
the record somewhere (title, abstract, MeSH headings or keywords): a record that names no route
leaves the claim's route NOT_IN_SOURCE, whatever else of the claim it backs. Infusions are taken
as intravenous only when no other route is named for them ("subcutaneous infusion" is
subcutaneous).
"""

from __future__ import annotations

import re
from typing import Final

from claimcheck.pubmed.model import PubMedRecord
from claimcheck.report.model import Finding, FindingKind, Verdict
from claimcheck.verification.assertions import Assertions
from claimcheck.verification.checks.common import quoted, retrieve, sentence_evidence
from claimcheck.verification.index import IndexedSentence, RecordIndex

_I = re.IGNORECASE
NEAREST: Final = 3
_ROUTE_PATTERNS: Final[dict[str, str]] = {
    "intravenous": (
        r"\bintra-?venous(?:ly)?\b|\bi\.\s?v\.(?!\w)|\bvia\s+a\s+vein\b|\binto\s+(?:a|the)\s+vein\b"
        r"|\bdrip\b"
        # "IV" the route, not the numeral of "DSM IV" or "stage IV"
        r"|(?-i:(?<!DSM )(?<!DSM-)(?<!tage )(?<!rade )(?<!ype )(?<!lass )(?<!hase )(?<!mplex )"
        r"(?<!ctor )(?<!roup )(?<!edule )(?<!able )(?<!art )(?<!evel )\bIV\b(?!-TR))"
    ),
    "subcutaneous": r"\bsub-?cutaneous(?:ly)?\b|\bs\.\s?c\.(?!\w)|\bunder\s+the\s+skin\b",
    "intramuscular": r"\bintra-?muscular(?:ly)?\b|\bi\.\s?m\.(?!\w)|\binto\s+(?:a|the)\s+muscle\b",
    "oral": (
        r"\boral(?:ly)?\b|\bby\s+mouth\b|\btablets?\b|\bcapsules?\b|\bpills?\b|\bswallowed\b"
        r"|\blozenges?\b"
    ),
    "intranasal": r"\bintra-?nasal(?:ly)?\b|\bnasal\s+spray\b|\bnasally\b|\bsnorted\b",
    "sublingual": r"\bsub-?lingual(?:ly)?\b|\bunder\s+the\s+tongue\b",
    "inhaled": r"\binhal(?:ed|ation|er)\b",
    "topical": r"\btopical(?:ly)?\b|\btransdermal(?:ly)?\b|\bskin\s+patch\b",
    "intrathecal": r"\bintra-?thecal(?:ly)?\b|\bepidural(?:ly)?\b",
}
ROUTES: Final[dict[str, re.Pattern[str]]] = {
    route: re.compile(pattern, _I) for route, pattern in _ROUTE_PATTERNS.items()
}
# "Oral" in "oral health", "oral cavity", "oral cancer" is not a route.
_NOT_A_ROUTE: Final = re.compile(
    r"\boral\s+(?:health|cavity|cancer|mucosa|hygiene|lesions?|microbiome|presentation|"
    r"communication|history|exam\w*|report\w*|language|contraceptives?\s+use)\b",
    _I,
)


# Routes a claim states in so many words, which the record must then name: a dosage form
# ("tablets", "a drip") or a drug class ("oral contraceptives") is no statement of the route.
_INFUSED: Final = r"\binfus(?:ions?|ed)\b"
_STATED: Final[dict[str, re.Pattern[str]]] = {
    route: re.compile(pattern, _I)
    for route, pattern in {
        "intravenous": _ROUTE_PATTERNS["intravenous"].replace(r"|\bdrip\b", "") + "|" + _INFUSED,
        "subcutaneous": _ROUTE_PATTERNS["subcutaneous"],
        "intramuscular": _ROUTE_PATTERNS["intramuscular"],
        "oral": r"\boral(?:ly)?\b(?!\s+(?:hormonal\s+)?contracepti)|\bby\s+mouth\b",
        "intranasal": _ROUTE_PATTERNS["intranasal"],
        "sublingual": _ROUTE_PATTERNS["sublingual"],
        "inhaled": r"\binhal(?:ed|ation)\b(?!\s+(?:cortico)?steroids?)",
        "topical": r"\btopical(?:ly)?\b|\btransdermal(?:ly)?\b",
        "intrathecal": _ROUTE_PATTERNS["intrathecal"],
    }.items()
}
# An infusion the record names backs an intravenous claim when it names no other route for it.
_RECORD_INFUSION: Final = re.compile(_INFUSED + r"|\bdrip\b", _I)


def stated_routes(text: str) -> dict[str, re.Match[str]]:
    """The routes a text states in so many words (see ``_STATED``)."""
    cleaned = _NOT_A_ROUTE.sub(lambda m: " " * len(m.group()), text)
    return {r: m for r, p in _STATED.items() if (m := p.search(cleaned)) is not None}


def _record_routes(record: PubMedRecord, index: RecordIndex) -> frozenset[str]:
    """Every route the record names anywhere, "infusion" as intravenous (once per record)."""

    def named() -> frozenset[str]:
        texts = [
            *(s.text for s in index.sentences),
            *(h.descriptor for h in record.mesh_headings),
            *record.keywords,
        ]
        found = {route for text in texts for route in routes_in(text)}
        if any(_RECORD_INFUSION.search(text) for text in texts):
            found.add("intravenous")
        return frozenset(found)

    return index.memo("record-routes", named)


def _unnamed_routes(
    assertions: Assertions, record: PubMedRecord, index: RecordIndex
) -> dict[str, Finding]:
    """The claim's stated routes the record never names: NOT_IN_SOURCE, by route."""
    stated = stated_routes(assertions.text)
    if not stated:
        return {}
    named = _record_routes(record, index)
    lead = next(iter(retrieve(index, assertions.key_terms)), None)
    findings = {}
    for route, match in stated.items():
        if route in named:
            continue
        where = (
            f"; nearest: \u201c{quoted(lead.sentence.text, 140)}\u201d" if lead is not None else ""
        )
        findings[route] = Finding(
            kind=FindingKind.ROUTE,
            verdict=Verdict.NOT_IN_SOURCE,
            message=f"the claim names the {route} route ('{match.group()}'), but the "
            f"record never names that route{where}",
            claim_says=match.group(),
            source_says=quoted(lead.sentence.text) if lead is not None else None,
            evidence=sentence_evidence(lead.sentence) if lead is not None else None,
            confidence=0.65,
        )
    return findings


def routes_in(text: str) -> dict[str, re.Match[str]]:
    cleaned = _NOT_A_ROUTE.sub(lambda m: " " * len(m.group()), text)
    found = {}
    for route, pattern in ROUTES.items():
        match = pattern.search(cleaned)
        if match:
            found[route] = match
    return found


def check_route(assertions: Assertions, record: PubMedRecord, index: RecordIndex) -> list[Finding]:
    claimed = routes_in(assertions.text)
    if not claimed and not stated_routes(assertions.text):
        return []
    unnamed = _unnamed_routes(assertions, record, index)
    # The routes of the sentences about the claim; the whole record's only when those name none.
    nearest = [h.sentence for h in retrieve(index, assertions.key_terms)[:NEAREST]]
    named: dict[str, tuple[IndexedSentence, re.Match[str]]] = {}
    for sentences in (nearest, index.sentences):
        for sentence in sentences:
            for route, match in routes_in(sentence.text).items():
                named.setdefault(route, (sentence, match))
        if named:
            break
    if not named:
        return list(unnamed.values())
    findings: list[Finding] = []
    for route, claim_match in claimed.items():
        said = claim_match.group()
        if route in named:
            sentence, match = named[route]
            findings.append(
                Finding(
                    kind=FindingKind.ROUTE,
                    verdict=Verdict.SUPPORTED,
                    message=f"the abstract names the same route ('{match.group()}')",
                    claim_says=said,
                    source_says=quoted(sentence.text),
                    evidence=sentence_evidence(sentence, extra=[match.group()]),
                    confidence=0.8,
                )
            )
            continue
        unnamed.pop(route, None)  # contradicted, which says more than unnamed
        other, (sentence, match) = next(iter(named.items()))
        findings.append(
            Finding(
                kind=FindingKind.ROUTE,
                verdict=Verdict.CONTRADICTED,
                message=f"the claim says the drug was given {route} ('{said}'), but the abstract "
                f"says {other} ('{match.group()}'): “{quoted(sentence.text, 140)}”",
                claim_says=said,
                source_says=quoted(sentence.text),
                evidence=sentence_evidence(sentence, extra=[match.group()]),
                confidence=0.7,
            )
        )
    return findings + list(unnamed.values())
