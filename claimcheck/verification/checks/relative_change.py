"""A figure with its direction, and two figures with their groups.

Direction: "27% higher than MLSS" against the record's "27% lower than MLSS". The quantity check
matches the number and the comparator check the reference; neither reads the comparative between
them. A claim's "<figure> higher/lower/more/less ... than" is checked against the same figure in
the record: the opposite comparative is CONTRADICTED, the same one SUPPORTED.

Groups: "24% at prefreezing compared with 61% in the fresh sample" against the record's "61% ...
during the prefreezing phase compared with 24% in the fresh sample". Each number is found, so the
quantity check backs both; what is wrong is which group each belongs to. Each of the two
numbers is read with the words of its side of the comparison, in the claim and in the record
sentence that gives both: when each claim number's words are those of the *other* number's side
and none of its own, the figures are swapped -> CONTRADICTED.
"""

from __future__ import annotations

import re
from typing import Final

from claimcheck.pubmed.model import PubMedRecord
from claimcheck.report.model import Finding, FindingKind, Verdict
from claimcheck.verification.assertions import Assertions, ClaimQuantity
from claimcheck.verification.checks.common import quoted, sentence_evidence
from claimcheck.verification.checks.quantities import WEAK_CONTEXT, comparable_units, compare
from claimcheck.verification.index import (
    IndexedSentence,
    RecordIndex,
    Term,
    narrow_concepts,
    terms_between,
)
from claimcheck.verification.quantities import Quantity

UP: Final = frozenset(
    [
        "higher",
        "greater",
        "more",
        "above",
        "faster",
        "larger",
        "longer",
        "bigger",
        "over",
        "increased",
        "increase",
        "rise",
        "up",
    ]
)
DOWN: Final = frozenset(
    [
        "lower",
        "smaller",
        "less",
        "below",
        "slower",
        "fewer",
        "shorter",
        "under",
        "decreased",
        "decrease",
        "reduction",
        "drop",
        "down",
    ]
)
_FIGURE: Final = re.compile(
    r"(?P<number>\d+(?:\.\d+)?)\s*(?P<unit>%|percent|per\s+cent|-?fold|times)\s+"
    r"(?P<direction>[a-z]+)\b",
    re.IGNORECASE,
)


def _figures(text: str) -> list[tuple[float, str, bool, re.Match[str]]]:
    """(value, unit kind, up?) for each figure followed by a comparative."""
    found = []
    for match in _FIGURE.finditer(text):
        word = match["direction"].lower()
        if word not in UP and word not in DOWN:
            continue
        unit = "%" if match["unit"].lower().startswith(("%", "per")) else "fold"
        found.append((float(match["number"]), unit, word in UP, match))
    return found


def check_relative_change(
    assertions: Assertions, record: PubMedRecord, index: RecordIndex
) -> list[Finding]:
    findings = swapped_figures(assertions, index)
    claimed = _figures(assertions.text)
    if not claimed:
        return findings
    for value, unit, up, claim_match in claimed:
        for sentence in index.abstract_sentences:
            same = [f for f in _figures(sentence.text) if f[0] == value and f[1] == unit]
            if not same:
                continue
            _, _, source_up, source_match = same[0]
            agrees = source_up == up
            findings.append(
                Finding(
                    kind=FindingKind.DIRECTION,
                    verdict=Verdict.SUPPORTED if agrees else Verdict.CONTRADICTED,
                    message=(
                        f"the abstract gives the same figure the same way "
                        f"('{source_match.group()}')"
                        if agrees
                        else f"the claim says '{claim_match.group()}', but the abstract says "
                        f"'{source_match.group()}': \u201c{quoted(sentence.text, 140)}\u201d"
                    ),
                    claim_says=claim_match.group(),
                    source_says=quoted(sentence.text),
                    evidence=sentence_evidence(sentence, extra=[source_match.group()]),
                    confidence=0.8,
                )
            )
            break
    return findings


# --- two figures, two groups: "24% at prefreezing compared with 61% in the fresh sample" --------

# What separates the two sides of a comparison, strongest first; a weak join ("to", "and", a
# comma) only when there is no strong one.
_STRONG_JOIN: Final = re.compile(
    r"\b(?:compared\s+(?:with|to)|versus|vs\.?|against|than|whereas|while|but|unlike|as\s+"
    r"opposed\s+to)\b|;",
    re.IGNORECASE,
)
_WEAK_JOIN: Final = re.compile(r"\b(?:to|and)\b|,", re.IGNORECASE)
_SENTENCE_END: Final = re.compile(r"[.;!?](?:\s|$)")
_CLAIM_GAP: Final = 120  # characters between the claim's two numbers


def _sides(
    text: str, first: Quantity, second: Quantity, start: int, end: int
) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """The two sides of a comparison of ``first`` and ``second`` within ``text[start:end]``."""
    join = _STRONG_JOIN.search(text, first.end, second.start) or _WEAK_JOIN.search(
        text, first.end, second.start
    )
    if join is None:
        return None
    return (start, join.start()), (join.end(), end)


def _side_words(terms: list[Term], own: tuple[int, int], other: tuple[int, int]) -> list[Term]:
    """The words of one side that the other side does not also use."""
    other_concepts = {
        c for t in terms if other[0] <= t.start < other[1] for c in narrow_concepts(t.concepts)
    }
    return [
        t
        for t in terms
        if own[0] <= t.start < own[1]
        and t.stem not in WEAK_CONTEXT
        and not narrow_concepts(t.concepts) & other_concepts
    ]


def _hits(words: list[Term], side: list[Term]) -> list[Term]:
    concepts = {c for t in side for c in narrow_concepts(t.concepts)}
    return [t for t in words if narrow_concepts(t.concepts) & concepts]


def _claim_span(text: str, first: Quantity, second: Quantity) -> tuple[int, int] | None:
    """The claim sentence holding both numbers, or None when a sentence or clause ends between."""
    if second.start - first.end > _CLAIM_GAP or _SENTENCE_END.search(text, first.end, second.start):
        return None
    ends = [m.end() for m in _SENTENCE_END.finditer(text, 0, first.start)]
    following = _SENTENCE_END.search(text, second.end)
    return (ends[-1] if ends else 0), (following.start() if following else len(text))


def _matches(claim_q: Quantity, source_q: Quantity) -> bool:
    return comparable_units(claim_q, source_q) and compare(claim_q, source_q)[0]


def swapped_figures(assertions: Assertions, index: RecordIndex) -> list[Finding]:
    """Two claim figures each bound to the other's group in a record sentence giving both."""
    text = assertions.text
    claimed = sorted(assertions.quantities, key=lambda cq: cq.phrase.start)
    findings: list[Finding] = []
    for position, first in enumerate(claimed):
        for second in claimed[position + 1 :]:
            finding = _swap(text, first, second, index)
            if finding is not None:
                findings.append(finding)
    return findings


def _swap(
    text: str, first: ClaimQuantity, second: ClaimQuantity, index: RecordIndex
) -> Finding | None:
    a, b = first.quantity, second.quantity
    if _matches(a, b) or _matches(b, a):
        return None  # the same value twice says nothing about which group has it
    span = _claim_span(text, a, b)
    if span is None:
        return None
    claim_sides = _sides(text, a, b, *span)
    if claim_sides is None:
        return None
    claim_terms = [t for t in terms_between(text, *span) if not t.is_number]
    claim_words = (
        _side_words(claim_terms, claim_sides[0], claim_sides[1]),
        _side_words(claim_terms, claim_sides[1], claim_sides[0]),
    )
    for sentence in index.abstract_sentences:
        found = _source_pair(sentence, a, b)
        if found is None:
            continue
        source_a, source_b = found
        low, high = sorted((source_a, source_b), key=lambda q: q.start)
        start = sentence.text.rfind(";", 0, low.start) + 1
        stop = sentence.text.find(";", high.end)
        source_sides = _sides(
            sentence.text, low, high, start, len(sentence.text) if stop < 0 else stop
        )
        if source_sides is None:
            continue
        terms = [t for t in sentence.terms if not t.is_number]
        side_of = {
            low.start: _side_words(terms, source_sides[0], source_sides[1]),
            high.start: _side_words(terms, source_sides[1], source_sides[0]),
        }
        own = (side_of[source_a.start], side_of[source_b.start])
        crossed = (own[1], own[0])
        if all(
            not _hits(words, own_side) and _hits(words, other_side)
            for words, own_side, other_side in zip(claim_words, own, crossed, strict=True)
        ):
            return _swapped_finding(first, second, source_a, source_b, sentence, claim_words)
    return None


def _source_pair(
    sentence: IndexedSentence, a: Quantity, b: Quantity
) -> tuple[Quantity, Quantity] | None:
    """The sentence's two distinct numbers that the claim's two match, one each."""
    for source_a in sentence.quantities:
        if not _matches(a, source_a) or _matches(b, source_a):
            continue
        for source_b in sentence.quantities:
            if source_b is source_a or not _matches(b, source_b) or _matches(a, source_b):
                continue
            return source_a, source_b
    return None


def _swapped_finding(
    first: ClaimQuantity,
    second: ClaimQuantity,
    source_a: Quantity,
    source_b: Quantity,
    sentence: IndexedSentence,
    claim_words: tuple[list[Term], list[Term]],
) -> Finding:
    named = " / ".join(", ".join(t.text for t in words[:3]) or "its side" for words in claim_words)
    return Finding(
        kind=FindingKind.QUANTITY,
        verdict=Verdict.CONTRADICTED,
        message=(
            f"the claim gives {first.phrase.text} and {second.phrase.text} to the other's group "
            f"({named}): the abstract has them the other way round: "
            f"\u201c{quoted(sentence.text, 160)}\u201d"
        ),
        claim_says=f"{first.phrase.text} ... {second.phrase.text}",
        source_says=f"{source_a.text} ... {source_b.text}",
        evidence=sentence_evidence(sentence, extra=[source_a.text, source_b.text]),
        confidence=0.8,
    )
