"""Route of administration: "given intravenously" against a record that injected it under the skin.

A claim naming how a drug was given is checked against the routes the abstract names. Routes
exclude each other, so a record that names only other routes CONTRADICTS the claim; a record
that names none leaves the route to the other checks. Infusions are taken as intravenous only
when no other route is named for them ("subcutaneous infusion" is subcutaneous).
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
        r"|(?-i:(?<!DSM )(?<!DSM-)(?<!tage )(?<!rade )(?<!ype )(?<!lass )(?<!hase )\bIV\b(?!-TR))"
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
    if not claimed:
        return []
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
        return []
    findings = []
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
    return findings
