"""Which way a named measure moved: "higher T4" against a record's "lower T4".

A claim that puts a direction word right before a measure named by its code or initials ("higher
levels of the thyroid hormone T4", "reduced IL-6", "lower HbA1c") is read against the direction
words before the same code in the record sentence that best matches the claim (another exposure
may move the same measure the other way elsewhere). That sentence giving the measure only the
opposite way -> CONTRADICTED. Only code-like names (capitals or digits: T4, TSH, IL-6, BDNF,
HbA1c) count: an everyday noun after "higher" ("higher doses", "lower risk") is left to the
direction and support checks, which weigh the whole sentence. A sentence that gives the measure
both ways, the claim's way, or without a direction word leaves it alone.
"""

from __future__ import annotations

import re
from typing import Final

from claimcheck.pubmed.model import PubMedRecord
from claimcheck.report.model import Finding, FindingKind, Verdict
from claimcheck.verification.assertions import Assertions
from claimcheck.verification.checks.common import quoted, retrieve, sentence_evidence
from claimcheck.verification.index import IndexedSentence, RecordIndex

_UP: Final = frozenset({"higher", "increased", "elevated", "raised", "greater", "rising"})
_DOWN: Final = frozenset({"lower", "decreased", "reduced", "diminished", "falling", "depressed"})
# A direction word, what it may be said of ("levels of the thyroid hormone"), then a code.
_DIRECTED_CODE: Final = re.compile(
    r"\b(?P<way>higher|increased|elevated|raised|greater|rising|lower|decreased|reduced|"
    r"diminished|falling|depressed)\s+(?:(?:serum|plasma|blood|circulating|mean)\s+)?"
    r"(?:(?:levels?|concentrations?|values?)\s+of\s+)?(?:the\s+)?(?:[a-z][\w-]*\s+){0,3}?"
    r"(?P<code>(?-i:[A-Z][A-Za-z]*\d[\w-]*|[A-Z]{2,}[\w-]*|[A-Z][a-z]+[A-Z][\w-]*))\b",
    re.IGNORECASE,
)

_FOIL: Final = re.compile(
    r"\b(?:unlike|versus|vs\.?|compared\s+(?:with|to)|in\s+contrast\s+(?:with|to)|"
    r"as\s+opposed\s+to|(?:opposite|different(?:ly)?|contrary)(?:\s+(?:way|direction|pattern|"
    r"manner))?\s+(?:from|to))\s+[^,;:.]{1,60}",
    re.IGNORECASE,
)


def directed_codes(text: str) -> dict[str, set[bool]]:
    """Code -> the directions ``text`` gives it (True: up)."""
    found: dict[str, set[bool]] = {}
    for match in _DIRECTED_CODE.finditer(text):
        way = match["way"].lower()
        found.setdefault(match["code"], set()).add(way in _UP)
    return found


def check_measure_direction(
    assertions: Assertions, record: PubMedRecord, index: RecordIndex
) -> list[Finding]:
    claimed = directed_codes(assertions.text)
    if not claimed:
        return []
    # Only the sentence the claim is about: another exposure may move the same measure the
    # other way ("aldrin ... lower T4" and "methyl bromide ... positively associated with T4").
    # A foil the claim sets its subject against ("the opposite way from aldrin", "unlike
    # aldrin") does not point to the sentence: the subject's own sentence does.
    foils = [m.span() for m in _FOIL.finditer(assertions.text)]
    terms = [t for t in assertions.key_terms if not any(a <= t.start < b for a, b in foils)]
    best = next(iter(retrieve(index, terms or assertions.key_terms)), None)
    if best is None:
        return []
    said = directed_codes(best.sentence.text)
    findings = []
    for code, ways in claimed.items():
        if len(ways) != 1 or code not in said:
            continue
        up = next(iter(ways))
        if up in said[code]:
            continue
        findings.append(_finding(code, up, best.sentence))
    return findings


def _finding(code: str, up: bool, sentence: IndexedSentence) -> Finding:
    claim_way, record_way = ("higher", "lower") if up else ("lower", "higher")
    return Finding(
        kind=FindingKind.DIRECTION,
        verdict=Verdict.CONTRADICTED,
        message=f"the claim says {code} was {claim_way}, but the abstract gives it only as "
        f"{record_way}: \u201c{quoted(sentence.text, 140)}\u201d",
        claim_says=f"{claim_way} {code}",
        source_says=quoted(sentence.text),
        evidence=sentence_evidence(sentence, extra=[code]),
        confidence=0.7,
    )
