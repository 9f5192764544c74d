"""Route of administration: "given intravenously" against a record that injected it under the skin.

A claim naming how a drug was given is checked against the routes the abstract names. Routes
exclude each other, so a record that names only other routes CONTRADICTS the claim. A route the
claim states as the way something was given ("intravenously", "given as an infusion", "by
mouth") must be named by the record somewhere (title, abstract, MeSH headings or keywords): a
record that names no route leaves the claim's route NOT_IN_SOURCE, whatever else of the claim it
backs. For that, any infusion the record names counts as intravenous; when judging a contradiction,
an infusion counts as intravenous only when no other route is named for it ("subcutaneous
infusion" is subcutaneous).
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


# Routes a claim states as the way something was given, which the record must then name: an
# adverb ("intravenously"), a verb of giving before the route ("given as an intravenous
# infusion", "administered orally"), "by mouth", "as infusions". A bare adjective or "IV" is no
# statement of it: "oral microbiota", "intravenous immunoglobulin", "IV drug users", "an IV"
# (an instrumental variable), "grade II-IV", "chamomile infusion".
_GIVEN: Final = (
    r"\b(?:given|giving|gives|administered|administering|delivered|injected|infused|taken|"
    r"dosed|received|receiving|applied|treated)\s+(?:[\w()-]+\s+){0,4}?(?:as\s+|via\s+|by\s+)?"
    r"(?:an?\s+|the\s+)?"
)
_STATED: Final[dict[str, re.Pattern[str]]] = {
    route: re.compile(pattern, _I)
    for route, pattern in {
        "intravenous": rf"\bintra-?venously\b|{_GIVEN}(?:intra-?venous|i\.\s?v\.)(?!\w)"
        r"|\b(?:as|by|via)\s+(?:an?\s+)?(?:intravenous\s+)?infusions?\b",
        "subcutaneous": rf"\bsub-?cutaneously\b|{_GIVEN}sub-?cutaneous\b|\bunder\s+the\s+skin\b",
        "intramuscular": rf"\bintra-?muscularly\b|{_GIVEN}intra-?muscular\b",
        "oral": rf"\borally\b|\bby\s+mouth\b|{_GIVEN}oral\b(?!\s+(?:hormonal\s+)?contracepti)",
        "intranasal": rf"\bintra-?nasally\b|\bnasally\b|{_GIVEN}(?:intra-?nasal\b|nasal\s+spray)",
        "sublingual": rf"\bsub-?lingually\b|\bunder\s+the\s+tongue\b|{_GIVEN}sub-?lingual\b",
        "inhaled": r"\b(?:by|via)\s+inhalation\b",
        "topical": rf"\btopically\b|\btransdermally\b|{_GIVEN}(?:topical|transdermal)\b",
        "intrathecal": rf"\bintra-?thecally\b|\bepidurally\b|{_GIVEN}(?:intra-?thecal|epidural)\b",
    }.items()
}
_INFUSED: Final = r"\binfus(?:ions?|ed)\b"
# What a record says for a route in other words ("in drinking water", "by gavage", MeSH
# "Administration, Cutaneous").
_RECORD_ROUTE_WORDS: Final[dict[str, re.Pattern[str]]] = {
    "oral": re.compile(
        r"\bdrinking\s+water\b|\bgavage\b|\bper\s+os\b|\bp\.\s?o\.(?!\w)|\bin\s+(?:the\s+)?"
        r"(?:diet|food|chow)\b",
        _I,
    ),
    "topical": re.compile(r"\bAdministration,\s+Cutaneous\b", _I),
}
# An infusion the record names backs an intravenous claim when it names no other route for it.
_RECORD_INFUSION: Final = re.compile(_INFUSED + r"|\bdrip\b", _I)


def stated_routes(text: str) -> dict[str, re.Match[str]]:
    """The routes a text states in so many words (see ``_STATED``)."""
    return _routes_of(text, _STATED)


def _routes_of(text: str, table: dict[str, re.Pattern[str]]) -> dict[str, re.Match[str]]:
    cleaned = _NOT_A_ROUTE.sub(lambda m: " " * len(m.group()), text)
    return {r: m for r, p in table.items() if (m := p.search(cleaned)) is not None}


def _sentence_routes(
    index: RecordIndex,
) -> tuple[tuple[IndexedSentence, dict[str, re.Match[str]]], ...]:
    """Each abstract sentence with the routes it names (once per record)."""
    return index.memo(
        "sentence-routes", lambda: tuple((s, routes_in(s.text)) for s in index.sentences)
    )


def _record_routes(record: PubMedRecord, index: RecordIndex) -> frozenset[str]:
    """Every route the record names anywhere, "infusion" as intravenous (once per record)."""

    def named() -> frozenset[str]:
        texts = [
            *(s.text for s in index.sentences),
            *(h.descriptor for h in record.mesh_headings),
            *record.keywords,
        ]
        found = {route for _, routes in _sentence_routes(index) for route in routes}
        found |= {route for text in texts[len(index.sentences) :] for route in routes_in(text)}
        found |= {r for r, p in _RECORD_ROUTE_WORDS.items() if any(p.search(t) for t in texts)}
        if any(_RECORD_INFUSION.search(text) for text in texts):
            found.add("intravenous")
        return frozenset(found)

    return index.memo("record-routes", named)


def _unnamed_routes(
    assertions: Assertions,
    stated: dict[str, re.Match[str]],
    record: PubMedRecord,
    index: RecordIndex,
) -> dict[str, Finding]:
    """The claim's stated routes the record never names: NOT_IN_SOURCE, by route."""
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
    return _routes_of(text, ROUTES)


def check_route(assertions: Assertions, record: PubMedRecord, index: RecordIndex) -> list[Finding]:
    claimed = routes_in(assertions.text)
    stated = stated_routes(assertions.text)
    if not claimed and not stated:
        return []
    unnamed = _unnamed_routes(assertions, stated, record, index)
    # The routes of the sentences about the claim; the whole record's only when those name none.
    by_sentence = _sentence_routes(index)
    routes_of = {id(sentence): routes for sentence, routes in by_sentence}
    near_first = [
        (
            h.sentence,
            routes_of[id(h.sentence)]
            if id(h.sentence) in routes_of
            else routes_in(h.sentence.text),
        )
        for h in retrieve(index, assertions.key_terms)[:NEAREST]
    ]
    named: dict[str, tuple[IndexedSentence, re.Match[str]]] = {}
    for pairs in (near_first, by_sentence):
        for sentence, routes in pairs:
            for route, match in routes.items():
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
