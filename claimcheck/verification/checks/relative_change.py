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
from typing import Final, NamedTuple

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
from claimcheck.verification.quantities import Quantity, find_quantities, is_lay_fraction

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


def _figures(text: str) -> list[tuple[float, str, bool, str]]:
    """(value, unit kind, up?, wording) for each figure followed by a comparative."""
    found = []
    for match in _FIGURE.finditer(text):
        word = match["direction"].lower()
        if word not in UP and word not in DOWN:
            continue
        unit = "%" if match["unit"].lower().startswith(("%", "per")) else "fold"
        found.append((float(match["number"]), unit, word in UP, match.group()))
    return found


# "a quarter below", "roughly one third higher": an everyday fraction with its comparative.
_COMPARATIVE_AFTER: Final = re.compile(r"\s+(?P<direction>[a-z]+)\b", re.IGNORECASE)
_LAY_SLACK: Final = 0.10  # "a quarter" stands for the nearest simple fraction: 27% is one


def _lay_figures(text: str) -> list[tuple[float, str, bool, str]]:
    found = []
    for q in find_quantities(text):
        if not is_lay_fraction(q) or q.percent is None:
            continue
        match = _COMPARATIVE_AFTER.match(text, q.end)
        if match is None:
            continue
        word = match["direction"].lower()
        if word in UP or word in DOWN:
            # only a hedged fraction ("roughly a quarter") spans nearby figures; a bare one
            # ("a quarter lower") is the figure it names, as the quantity check reads it
            unit = "lay%" if q.bound == "~" else "%"
            found.append((q.percent, unit, word in UP, text[q.start : match.end()]))
    return found


def _same_figure(claimed: float, unit: str, source: tuple[float, str, bool, str]) -> bool:
    if unit == "lay%":
        return source[1] == "%" and abs(source[0] - claimed) <= claimed * _LAY_SLACK
    return source[0] == claimed and source[1] == unit


def check_relative_change(
    assertions: Assertions, record: PubMedRecord, index: RecordIndex
) -> list[Finding]:
    findings = swapped_figures(assertions, index) + arm_ratio_findings(assertions, index)
    claimed = _figures(assertions.text) + _lay_figures(assertions.text)
    if not claimed:
        return findings
    stated = any(
        _same_figure(value, unit, f)
        for value, unit, _, _ in claimed
        for sentence in index.abstract_sentences
        for f in _figures(sentence.text)
    )
    if not stated:
        findings += _other_difference(assertions.text, index)
    for value, unit, up, claim_words in claimed:
        for sentence in index.abstract_sentences:
            same = [f for f in _figures(sentence.text) if _same_figure(value, unit, f)]
            if not same:
                continue
            _, _, source_up, source_words = same[0]
            agrees = source_up == up
            findings.append(
                Finding(
                    kind=FindingKind.DIRECTION,
                    verdict=Verdict.SUPPORTED if agrees else Verdict.CONTRADICTED,
                    message=(
                        f"the abstract gives the same figure the same way ('{source_words}')"
                        if agrees
                        else f"the claim says '{claim_words}', but the abstract says "
                        f"'{source_words}': \u201c{quoted(sentence.text, 140)}\u201d"
                    ),
                    claim_says=claim_words,
                    source_says=quoted(sentence.text),
                    evidence=sentence_evidence(sentence, extra=[source_words]),
                    confidence=0.8,
                )
            )
            break
    return findings


# --- a relative difference with another figure: "17% below MLSS" against "27% lower than MLSS" -

_FIGURE_AT: Final = re.compile(
    r"(?P<number>\d+(?:\.\d+)?)\s*(?P<unit>%|percent|per\s+cent|-?fold|times)\s+"
    r"(?P<direction>[a-z]+)\b(?:\s+than)?",
    re.IGNORECASE,
)
_REFERENCE_REACH: Final = 40  # characters after the comparative where its reference is named


class _Difference(NamedTuple):
    quantity: Quantity
    up: bool
    unit: str
    reference: str  # the stem of the first content word the figure is compared with
    subject: frozenset[str]  # the stems before the figure in its clause
    wording: str


def _differences(text: str, *, in_clause: bool) -> list[_Difference]:
    """Each "<figure> <comparative> [than] <reference>" with its subject's words: those of its
    clause (a claim), or of the whole sentence before it (a record's, whose brackets of
    statistics hold colons and semicolons of their own)."""
    found = []
    quantities = find_quantities(text)
    for match in _FIGURE_AT.finditer(text):
        word = match["direction"].lower()
        if word not in UP and word not in DOWN:
            continue
        figure = next((q for q in quantities if q.start <= match.start() < q.end), None)
        after = [
            t
            for t in terms_between(text, match.end(), match.end() + _REFERENCE_REACH)
            if not t.is_number and t.stem not in WEAK_CONTEXT
        ]
        if figure is None or not after:
            continue
        start = (
            max((m.end() for m in _CLAUSE_START.finditer(text, 0, match.start())), default=0)
            if in_clause
            else 0
        )
        subject = frozenset(
            t.stem
            for t in terms_between(text, start, match.start())
            if not t.is_number and t.stem not in WEAK_CONTEXT
        )
        unit = "%" if match["unit"].lower().startswith(("%", "per")) else "fold"
        found.append(_Difference(figure, word in UP, unit, after[0].stem, subject, match.group()))
    return found


_CLAUSE_START: Final = re.compile(r"[:;]\s|\.\s|\bwhile\b|\bwhereas\b|\bbut\b", re.IGNORECASE)


def _other_difference(text: str, index: RecordIndex) -> list[Finding]:
    """The claim's relative difference against the record's one difference with the same
    comparative, the same reference and the same subject but another figure: a wrong figure.
    More than one such record figure leaves which one the claim means open."""
    findings = []
    for claimed in _differences(text, in_clause=True):
        if not claimed.subject:
            continue
        same: list[tuple[IndexedSentence, _Difference]] = [
            (sentence, stated)
            for sentence in index.abstract_sentences
            for stated in _differences(sentence.text, in_clause=False)
            if stated.unit == claimed.unit
            and stated.up == claimed.up
            and stated.reference == claimed.reference
            and claimed.subject & stated.subject
        ]
        if len(same) != 1:
            continue
        sentence, stated = same[0]
        if not comparable_units(claimed.quantity, stated.quantity):
            continue
        matched, conflicting = compare(claimed.quantity, stated.quantity)
        if matched or not conflicting:
            continue
        findings.append(
            Finding(
                kind=FindingKind.QUANTITY,
                verdict=Verdict.CONTRADICTED,
                message=f"the claim says '{claimed.wording}', but the abstract says "
                f"'{stated.wording}': \u201c{quoted(sentence.text, 140)}\u201d",
                claim_says=claimed.wording,
                source_says=quoted(sentence.text),
                evidence=sentence_evidence(sentence, extra=[stated.wording]),
                confidence=0.75,
            )
        )
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


# --- the other arm, said relative to the first: "by 14 points, and by nearly as much after saline"

# (pattern, lowest ratio backed, highest ratio backed, lowest not contradicted, highest not
# contradicted): the other arm's change over the first arm's. Between the backed and the
# tolerated band the wording is loose enough that no finding is made.
_RatioBand = tuple[float, float, float, float]
_AS_MUCH: Final = r"as\s+(?:much|many|large|great|big|steep(?:ly)?|strong(?:ly)?)\b"
_ARM_RATIOS: Final[tuple[tuple[re.Pattern[str], _RatioBand], ...]] = tuple(
    (re.compile(pattern, re.IGNORECASE), band)
    for pattern, band in (
        (
            r"(?<!\bnot\s)\b(?:nearly|almost|close\s+to|not\s+quite)\s+" + _AS_MUCH,
            (0.75, 1.05, 0.6, 1.25),
        ),
        (
            r"\b(?:only\s+)?(?:slightly|a\s+little|marginally)\s+(?:less|smaller|lower|fewer)\b",
            (0.75, 1.0, 0.6, 1.05),
        ),
        (r"\b(?:half|one\s+half)\s+" + _AS_MUCH, (0.4, 0.6, 0.3, 0.75)),
        (r"\b(?:a|one)\s+third\s+" + _AS_MUCH, (0.25, 0.42, 0.18, 0.55)),
        (r"\b(?:twice|two\s+times|double)\s+" + _AS_MUCH, (1.7, 2.3, 1.4, 3.0)),
        (r"\b(?:three\s+times|thrice|triple)\s+" + _AS_MUCH, (2.6, 3.4, 2.2, 4.2)),
        (
            r"\b(?:about|roughly|approximately|around|just|every\s+bit)\s+" + _AS_MUCH,
            (0.75, 1.33, 0.6, 1.67),
        ),
        (r"(?<!\bnot\s)(?<!\bnowhere\snear\s)\b" + _AS_MUCH, (0.8, 1.25, 0.6, 1.67)),
        (
            r"\b(?:a\s+)?(?:similar|comparable|like)\s+(?:\w+\s+){0,2}?(?:fall|drop|decline|decrease|"
            r"reduction|rise|increase|gain|improvement|change|effect|benefit|response)s?\s+"
            r"(?:\w+\s+){0,3}?in\s+both\b",
            (0.75, 1.33, 0.6, 1.67),
        ),
        (
            r"\bto\s+(?:a\s+)?(?:similar|comparable|the\s+same)\s+(?:extent|degree)\b",
            (0.75, 1.33, 0.6, 1.67),
        ),
    )
)
# "as much as 50%" is "up to"; "as many as 300 patients" likewise: a bound, not a second arm.
_BOUND_AFTER: Final = re.compile(
    r"\s*(?:as\s+)?(?:\S+\s+)?[\d(]|\s*as\s+(?:\w+\s+)?(?:\d|one|two|"
    r"three|four|five|six|seven|eight|nine|ten|half|a\s+third)\b",
    re.IGNORECASE,
)
# Between the record's two arms: "14 points vs. 0 points", "14 ... and 0 ..., respectively".
_ARM_JOIN: Final = re.compile(
    r"^[^\d;]{0,60}?\b(?:vs\.?|versus|compared\s+(?:with|to)|against|relative\s+to)\b|"
    r"^[^\d;]{0,40}?(?:\band\b|,)",
    re.IGNORECASE,
)
_RESPECTIVELY: Final = re.compile(r"\brespectively\b", re.IGNORECASE)
_NOT_AN_ARM: Final = frozenset(["p", "ci", "year", "ratio_or", "or", "hr", "rr"])
_NEGATED: Final = re.compile(r"\b(?:not|nowhere|no|never)\b[^,;]*$", re.IGNORECASE)
_ARM_WINDOW: Final = 110  # characters between the claim's figure and its ratio wording


def _ratio_wording(text: str, figure: Quantity) -> tuple[re.Match[str], _RatioBand] | None:
    """The ratio wording that follows (or precedes) the claim's figure in its sentence."""
    for pattern, band in _ARM_RATIOS:
        for match in pattern.finditer(text):
            near = (
                0 <= match.start() - figure.end <= _ARM_WINDOW
                or 0 <= figure.start - match.end() <= _ARM_WINDOW
            )
            if not near or _NEGATED.search(text, max(0, match.start() - 20), match.start()):
                continue
            between = text[min(figure.end, match.end()) : max(figure.start, match.start())]
            if _SENTENCE_END.search(between) or _BOUND_AFTER.match(text, match.end()):
                continue
            return match, band
    return None


def _other_arm(sentence: IndexedSentence, arm: Quantity) -> Quantity | None:
    """The record's figure for the other arm: same unit, joined to ``arm`` as its counterpart."""
    text = sentence.text
    for other in sentence.quantities:
        if other is arm or other.unit != arm.unit or other.unit in _NOT_AN_ARM:
            continue
        low, high = sorted((arm, other), key=lambda q: q.start)
        join = _ARM_JOIN.match(text[low.end : high.start])
        if join is None:
            continue
        strong = not join.group().rstrip().endswith((",", "and"))
        if strong or _RESPECTIVELY.search(text, high.end):
            return other
    return None


def _ratio(arm: Quantity, other: Quantity, figure_is_measured: bool) -> float | None:
    """The other arm's change over the first's (or the reverse for "X, half as much as Y")."""
    base, measured = (other, arm) if figure_is_measured else (arm, other)
    if base.value == 0:
        return None if measured.value == 0 else float("inf")
    return measured.value / base.value


def arm_ratio_findings(assertions: Assertions, index: RecordIndex) -> list[Finding]:
    """A claim giving one arm's figure and the other arm's as a ratio of it."""
    text = assertions.text
    figures = [cq.quantity for cq in assertions.quantities if cq.quantity.unit not in _NOT_AN_ARM]
    findings: list[Finding] = []
    for figure in figures:
        wording = _ratio_wording(text, figure)
        if wording is None:
            continue
        match, (back_low, back_high, keep_low, keep_high) = wording
        outside = [f for f in figures if not match.start() <= f.start < match.end()]
        if any(f is not figure and f.unit == figure.unit for f in outside):
            continue  # both arms given as figures: the quantity check reads them
        low, high = sorted((figure.end, match.start()))
        if any(f is not figure and low <= f.start < high for f in outside):
            continue  # the wording belongs to a nearer figure
        # "X, half as much as with placebo": the figure is the measured arm.
        figure_is_measured = match.start() > figure.end and bool(
            re.match(r"\s+as\b", text[match.end() :], re.IGNORECASE)
        )
        for sentence in index.abstract_sentences:
            arms = [q for q in sentence.quantities if _matches(figure, q)]
            pair = next(((a, o) for a in arms if (o := _other_arm(sentence, a))), None)
            if pair is None:
                continue
            arm, other = pair
            ratio = _ratio(arm, other, figure_is_measured)
            if ratio is None:
                break
            if back_low <= ratio <= back_high:
                verdict = Verdict.SUPPORTED
            elif ratio < keep_low or ratio > keep_high:
                verdict = Verdict.CONTRADICTED
            else:
                break
            findings.append(_arm_finding(verdict, match.group(), arm, other, sentence))
            break
    return findings


def _arm_finding(
    verdict: Verdict, wording: str, arm: Quantity, other: Quantity, sentence: IndexedSentence
) -> Finding:
    pair = f"{arm.text} against {other.text}"
    return Finding(
        kind=FindingKind.QUANTITY,
        verdict=verdict,
        message=(
            f"the abstract's two arms ({pair}) fit the claim's '{wording}'"
            if verdict is Verdict.SUPPORTED
            else f"the claim says the other arm changed '{wording}', but the abstract gives "
            f"{pair}: \u201c{quoted(sentence.text, 160)}\u201d"
        ),
        claim_says=wording,
        source_says=pair,
        evidence=sentence_evidence(sentence, extra=[arm.text, other.text]),
        confidence=0.8 if verdict is Verdict.CONTRADICTED else 0.7,
    )
