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

# What sets a foil against the subject: "unlike aldrin", "versus placebo", "the opposite way
# from aldrin", "than aldrin" (the last only where the caller asks for it).
_FOIL_OPENER: Final = re.compile(
    r"\b(?P<than>than\s+)?(?(than)|(?:unlike|versus|vs\.?|compared\s+(?:with|to)|"
    r"in\s+contrast\s+(?:with|to)|as\s+opposed\s+to|(?:opposite|different(?:ly)?|"
    r"differ(?:s|ed|ing)?|contrary)(?:\s+(?:way|direction|pattern|manner))?\s+(?:from|to))\s+)"
    r"(?:the\s+|that\s+of\s+|those\s+of\s+)?",
    re.IGNORECASE,
)
_NEXT_WORD: Final = re.compile(r"\s+([\w-]+)")
# A word that ends a foil's name: a verb or a direction ("unlike aldrin, X had lower ...").
_FOIL_STOP: Final = re.compile(
    r"(?:is|are|was|were|be|been|had|has|have|went|goes|go|did|does|do|showed?|shown|led|leads|"
    r"moved?|moves|fell|rose|dropped|higher|lower|greater|increased?|decreased?|reduced|raised|"
    r"elevated|diminished|more|less|and|or|but|who|which|that|in|on|at|with|for|by|of|to)",
    re.IGNORECASE,
)


def foil_spans(text: str, index: RecordIndex, *, than: bool = False) -> list[tuple[int, int]]:
    """Where the claim names a foil: the opener and the named thing only. The name runs over
    the words the record itself writes together ("unlike methyl bromide aldrin ..." -> methyl
    bromide; "unlike aldrin methyl bromide went ..." -> aldrin), so the subject right after a
    comma-free foil is not swallowed with it."""
    record = index.memo("foil-record-text", lambda: f"{index.title} {index.abstract_text}".lower())
    spans = []
    for opener in _FOIL_OPENER.finditer(text):
        if opener["than"] and not than:
            continue
        first = re.match(r"[\w-]+", text[opener.end() :])
        if first is None:
            continue
        end, last = opener.end() + first.end(), first.group()
        for _ in range(2):
            word = _NEXT_WORD.match(text, end)
            if word is None or _FOIL_STOP.fullmatch(word[1]):
                break
            pair = re.escape(f"{last} {word[1]}".lower()).replace(r"\ ", r"[\s-]+")
            if not re.search(rf"(?<![\w-]){pair}(?![\w-])", record):
                break
            end, last = word.end(), word[1]
        spans.append((opener.start(), end))
    return spans


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
    foils = foil_spans(assertions.text, index)
    terms = [t for t in assertions.key_terms if not any(a <= t.start < b for a, b in foils)]
    if len(terms) < 2:
        terms = list(assertions.key_terms)  # too little left to find the subject's sentence by
    best = next(iter(retrieve(index, terms)), None)
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
