"""Numbers: the claim's quantity must appear in the abstract, measuring the same thing.

For each quantity of the claim (percentages, "n of N", durations, doses, frequencies...):
- a source quantity whose value matches (unit- and rounding-aware, :func:`quantities_match`)
  *and* whose context is compatible -> SUPPORTED;
- otherwise a source quantity of the same family whose value conflicts
  (:func:`quantities_conflict`) with a compatible context -> CONTRADICTED;
- otherwise NOT_IN_SOURCE ("the abstract gives no figure for ..."), naming the matching value
  when it exists but measures something else.

Context is compatible when (1) percentages are "of" the same kind of thing (people vs studies)
when both say, and (2) the claim's clause and the source's clause share at least one meaningful
word: not a population noun ("patients"), not a reporting verb, and not the record's topic (a
word in half its sentences, like "ketamine"). Durations, frequencies and doses are specific by
their unit, so any shared word (topic words included) is enough for them.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import combinations, pairwise
from typing import Final

from claimcheck.pubmed.model import PubMedRecord
from claimcheck.report.model import Evidence, Finding, FindingKind, Verdict
from claimcheck.verification.assertions import (
    PEOPLE_NOUNS,
    Assertions,
    ClaimQuantity,
    Phrase,
    SampleSize,
    clause_bounds,
    journal_as_adjective,
    proportion_kind,
)
from claimcheck.verification.checks.common import (
    GENERIC_STEMS,
    is_topic,
    quoted,
    sentence_evidence,
)
from claimcheck.verification.checks.comparator import record_comparators
from claimcheck.verification.index import (
    IndexedSentence,
    RecordIndex,
    Term,
    terms_between,
    terms_of,
)
from claimcheck.verification.numbers import NUMBER_WORD_RUN, decimals_of, parse_number_words
from claimcheck.verification.quantities import (
    PART_OF_WHOLE,
    DateSpan,
    Quantity,
    count_parts,
    counted_noun,
    far_inside_time_limit,
    find_complements,
    find_date_spans,
    find_quantities,
    is_schedule_phrase,
    names_scale,
    quantities_conflict,
    quantities_match,
    same_figure_other_unit,
)

# Words that appear around any number and say nothing about what it measures.
WEAK_CONTEXT: Final = frozenset(
    t.stem
    for t in terms_of(
        "patients participants subjects people individuals adults children studies "
        "study trial trials reported report found showed met had received described total "
        "respectively overall mean median number rate rates proportion percentage percent "
        "group groups data result results included"
    )
)
# Words of change or outcome: a claim's number about a reduction or a response must meet a
# source number whose clause also speaks of one (not a head count of a diagnosis).
OUTCOME_WORDS: Final = frozenset(
    c
    for t in terms_of(
        "reduction decrease increase improvement response responders remission relapse "
        "benefit effective worsened declined rose change relief"
    )
    for c in t.concepts
)
# Kinds of outcome a share of people can have: a share that responded is never a share that
# relapsed, though both are outcomes.
OUTCOME_KINDS: Final[tuple[frozenset[str], ...]] = tuple(
    frozenset(c for t in terms_of(words) for c in t.concepts if not c.startswith("~"))
    for words in (
        "reduction decrease improvement improved response responded responders benefit relief",
        # Remission (symptoms gone) is a stricter measure than response or improvement: a
        # share in remission is never a share that improved.
        "remission remitted remit",
        "relapse relapsed worsened worsening deterioration recurrence",
        "adverse side death died mortality",
    )
)
ODDS_CONCEPTS: Final = frozenset(c for t in terms_of("odds") for c in t.concepts)
_DECREASE: Final = frozenset({"~decrease"})
PEOPLE: Final = frozenset(t.stem for t in terms_of(" ".join(PEOPLE_NOUNS)))
STUDIES: Final = frozenset(t.stem for t in terms_of("studies trials articles papers reviews rcts"))
SPECIFIC_FAMILIES: Final = frozenset(
    {"year", "month", "week", "day", "hour", "minute", "second", "per_week", "per_day",
     "per_month", "per_year", "per_hour", "mg", "g", "kg", "μg", "ng", "mg/kg", "g/kg",
     "μg/kg", "ng/kg", "ml", "l", "dl", "μl", "mm hg", "mmhg", "ratio_stat", "point", "km",
     "km/h", "m", "m/min", "m/s", "km/min", "k", "°c", "°f", "ph", "mm", "μm", "nm", "mmol/l",
     "μmol/l", "nmol/l", "bpm", "cm", "kcal", "miu/l", "mu/l", "μiu/ml", "uiu/ml", "iu/l",
     "u/l", "pg/ml", "ng/ml"}
)  # fmt: skip
DOSE_UNITS: Final = frozenset({"mg/kg", "g/kg", "μg/kg", "ng/kg", "mg", "g", "μg", "ng"})
_SCALE_UNITS: Final = frozenset({"point"})
_SKIPPED_SOURCE_UNITS: Final = frozenset({"p", "sd", "iqr"})


@dataclass(frozen=True, slots=True)
class Candidate:
    sentence: IndexedSentence
    quantity: Quantity
    shared: tuple[str, ...]  # meaningful context stems both sides share
    score: float


def check_quantities(
    assertions: Assertions, record: PubMedRecord, index: RecordIndex
) -> list[Finding]:
    claimed = list(assertions.quantities)
    # A number read as a sample size that counts something else ("a median of three infusions
    # before patients responded") is this check's to judge, not the sample-size check's.
    claimed += [
        q for size in assertions.sample_sizes if (q := not_a_head_count(assertions.text, size))
    ]
    text = assertions.text
    # "All but one of the included trials": a whole less a few, its size left unstated.
    claimed += [
        claim_quantity(text, q)
        for q in find_complements(text)
        if not any(q.start < cq.phrase.end and cq.phrase.start < q.end for cq in claimed)
    ]
    claimed = [_pressure_in_mm_hg(text, cq) for cq in claimed]
    claimed.sort(key=lambda cq: cq.phrase.start)
    claimed = [
        _every_one_of(text, cq)
        for cq in _read_asides(claimed, text)
        if not _counts_named_items(text, cq) and not _counts_extreme_groups(text, cq.quantity)
    ]
    pairs = _claim_pairs(claimed, text)
    findings = [
        (
            cq,
            _judge(
                cq,
                index,
                text,
                pairs.get(cq.phrase.start),
                siblings=_siblings(cq, claimed, text),
                others=tuple(other.quantity for other in claimed if other is not cq),
            ),
        )
        for cq in claimed
    ]
    findings = [
        (cq, (finding.verdict is Verdict.NOT_IN_SOURCE and _author_count(cq, record)) or finding)
        for cq, finding in findings
    ]
    kept = [
        finding
        for cq, finding in findings
        if not (
            finding.verdict is Verdict.NOT_IN_SOURCE
            and (
                _loose_deadline(text, cq.quantity)
                or is_schedule_phrase(cq.quantity)
                or _only_a_single(cq)
            )
        )
    ]  # a schedule in everyday words the record never states is a lay gloss, not a figure;
    # nor is "only a single X" a figure the record must give to back the claim
    return (
        kept
        + _unaccounted_number_words(assertions, index)
        + _date_span_findings(text, index)
        + _unstated_vague_times(text, index)
    )


# "lift mood within hours", "rather than the weeks antidepressants need": a time scale the claim
# gives without a number. The record must give a time in that unit (a figure or the same
# plural word); otherwise the claim tells how fast or how long where the record does not.
_VAGUE_TIME: Final = re.compile(
    r"\b(?:within|after|over|take[sn]?|took|taking|needs?|needed|requires?|required|requiring"
    r"|than(?:\s+the)?|instead\s+of(?:\s+the)?|rather\s+than(?:\s+the)?)"
    r"\s+(?:(?:a\s+few|several|many|mere)\s+)?(?P<unit>hours|days|weeks|months)\b",
    re.IGNORECASE,
)


def _unstated_vague_times(text: str, index: RecordIndex) -> list[Finding]:
    findings: list[Finding] = []
    for match in _VAGUE_TIME.finditer(text):
        unit = match.group("unit").lower()
        singular = unit[:-1]
        stated = any(
            q.unit == singular for sentence in index.sentences for q in sentence.quantities
        ) or any(
            re.search(rf"\b{unit}\b", sentence.text, re.IGNORECASE) for sentence in index.sentences
        )
        if stated:
            continue
        findings.append(
            Finding(
                kind=FindingKind.QUANTITY,
                verdict=Verdict.NOT_IN_SOURCE,
                message=f"the abstract gives no time in {unit} for the claim's "
                f"\u2018{match.group()}\u2019",
                claim_says=match.group(),
                confidence=0.7,
            )
        )
    return findings


# What a period is the period of: the record's "data were collected from December 2015-June
# 2017" answers a claim's "data collected December 2015 to June 2016", never its publication
# date. A search's end is also the end of what it found ("articles published up to ...").
_SPAN_EVENTS: Final[tuple[tuple[str, re.Pattern[str]], ...]] = (
    ("collection", re.compile(r"\b(?:collect(?:ed|ion|ing)?|gathered|data)\b", re.I)),
    ("recruitment", re.compile(r"\b(?:recruit\w*|enrol\w*|accru\w*|admitted)\b", re.I)),
    (
        "search",
        re.compile(r"\b(?:search\w*|inception|databases?|literature)\b", re.I),
    ),
    ("follow-up", re.compile(r"\b(?:follow(?:ed)?[\s-]*up|followed)\b", re.I)),
)
_SPAN_LEFT: Final = 80


def _span_events(text: str, span: DateSpan, after: int = 0) -> frozenset[str]:
    """The events named in the clause before ``span``, from ``after`` on (the end of the
    period before it: "enrolment in 1993-1997, whereas serum was drawn in 2010-2013")."""
    start = max(after, span.start - _SPAN_LEFT)
    breaks = [m.end() for m in _SPAN_CLAUSE_END.finditer(text, start, span.start)]
    left = text[max([start, *breaks]) : span.start]
    events = {name for name, words in _SPAN_EVENTS if words.search(left)}
    if span.first is None and _PUBLISHED.search(left):
        events.add("search")  # "articles published up to 2017": where the search stopped
    return frozenset(events)


def _spans_with_events(text: str) -> list[tuple[DateSpan, frozenset[str]]]:
    spans = find_date_spans(text)
    return [
        (span, _span_events(text, span, spans[at - 1].end if at else 0))
        for at, span in enumerate(spans)
    ]


_SPAN_CLAUSE_END: Final = re.compile(
    r"[;.!?](?:\s|$)|,\s*(?:whereas|while|but|and|then)\b", re.IGNORECASE
)
_PUBLISHED: Final = re.compile(r"\bpublished\b", re.IGNORECASE)


def _record_spans(
    index: RecordIndex,
) -> tuple[tuple[IndexedSentence, DateSpan, frozenset[str]], ...]:
    def read() -> tuple[tuple[IndexedSentence, DateSpan, frozenset[str]], ...]:
        return tuple(
            (sentence, span, events)
            for sentence in index.sentences
            if sentence.in_abstract
            for span, events in _spans_with_events(sentence.text)
            if events
        )

    return index.memo("record-date-spans", read)


def _same_date(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] == b[0] and (not a[1] or not b[1] or a[1] == b[1])


def _date_span_findings(text: str, index: RecordIndex) -> list[Finding]:
    """A period the claim gives for an event against the record's period for the same event:
    another start or end is another period, whatever year the work was published."""
    findings: list[Finding] = []
    for span, events in _spans_with_events(text):
        if not events:
            continue
        matched: tuple[IndexedSentence, DateSpan] | None = None
        conflict: tuple[IndexedSentence, DateSpan] | None = None
        for sentence, source, source_events in _record_spans(index):
            if not events & source_events:
                continue
            same_end = _same_date(span.last, source.last)
            same_start = (
                span.first is None or source.first is None or _same_date(span.first, source.first)
            )
            if same_end and same_start:
                matched = matched or (sentence, source)
            else:
                conflict = conflict or (sentence, source)
        if matched is not None:
            sentence, source = matched
            verdict, message = Verdict.SUPPORTED, f"the abstract gives {source.text} for it too"
        elif conflict is not None:
            sentence, source = conflict
            verdict = Verdict.CONTRADICTED
            message = f"the claim gives {span.text}, but the abstract gives {source.text} for it"
        else:
            continue
        findings.append(
            Finding(
                kind=FindingKind.QUANTITY,
                verdict=verdict,
                message=message,
                claim_says=span.text,
                source_says=source.text,
                evidence=sentence_evidence(sentence, extra=[source.text]),
                confidence=0.8,
            )
        )
    return findings


# A number written in words, alone: "seven in all", "the trial's twelve sites".
_NUMBER_WORD_ALONE: Final = re.compile(rf"(?<![\w-]){NUMBER_WORD_RUN}(?![\w-])", re.IGNORECASE)
# "one" and "zero" are as often a pronoun or an article ("one of the", "no one") as a number.
_NOT_AMOUNTS: Final = frozenset({0, 1})


def _unaccounted_number_words(assertions: Assertions, index: RecordIndex) -> list[Finding]:
    """A number the claim writes in words that no quantity rule reads ("hypotheses, seven in
    all"): the record must state that number somewhere, in words or figures, or the claim says
    more than the record does. A number the quantity reader takes with a unit, a share or a
    count is judged by the quantity check (or deliberately set aside by it), not here."""
    text = assertions.text
    words = list(_NUMBER_WORD_ALONE.finditer(text))
    if not words:
        return []
    read = [(q.start, q.end) for q in find_quantities(text) if q.unit != ""]
    read += [(q.quantity.start, q.quantity.end) for q in assertions.quantities]
    read += [(s.phrase.start, s.phrase.end) for s in assertions.sample_sizes]
    read += [(y.phrase.start, y.phrase.end) for y in assertions.years]
    findings: list[Finding] = []
    for match in words:
        if any(a < match.end() and match.start() < b for a, b in read):
            continue
        parsed = parse_number_words(match.group())
        if parsed is None or parsed.value in _NOT_AMOUNTS:
            continue
        if _range_start_of_read(text, match.end(), read) or _BOUND_BEFORE.search(
            text, max(0, match.start() - 16), match.start()
        ):
            continue  # "four to five times the odds", "under nine": the quantity check's
        if _lists_its_items(text, match.end(), parsed.value):
            continue  # "the three thresholds (A, B and C)": the claim counts what it names
        hedged = _HEDGED_FIGURE.search(text, max(0, match.start() - 16), match.start())
        slack = max(0.5, _FIGURE_SLACK * parsed.value) if hedged else 0.0
        if any(abs(parsed.value - v) <= slack for v in record_amounts(index)):
            continue
        findings.append(
            Finding(
                kind=FindingKind.QUANTITY,
                verdict=Verdict.NOT_IN_SOURCE,
                message=f"the abstract gives no figure for the claim's {match.group()} "
                f"({parsed.value}), in words or in figures",
                claim_says=match.group(),
                confidence=0.7,
            )
        )
    return findings


# "under nine", "more than seven": a bound, which a record may meet with any smaller figure.
_BOUND_BEFORE: Final = re.compile(
    r"\b(?:under|over|below|above|(?:more|less|fewer)\s+than|at\s+(?:least|most)|up\s+to)\s+$",
    re.IGNORECASE,
)
_RANGE_LINK: Final = re.compile(r"\s*(?:to|and|or|-|\u2013)\s+(?:\w+\s+)?", re.IGNORECASE)


# The items a count names right after its noun: "three thresholds (A, B and C)", "two drugs:
# A and B".
_ITEM_LIST: Final = re.compile(r"[^,;:()]{1,60}?(?:\s*\(([^()]{1,160})\)|:\s*([^.;]{1,160}))")
_LIST_SPLIT: Final = re.compile(r"\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+")


def _lists_its_items(text: str, end: int, value: int) -> bool:
    listed = _ITEM_LIST.match(text, end)
    if listed is None:
        return False
    items = [i for i in _LIST_SPLIT.split(listed.group(1) or listed.group(2)) if i.strip()]
    return len(items) == value


def _range_start_of_read(text: str, end: int, read: list[tuple[int, int]]) -> bool:
    link = _RANGE_LINK.match(text, end)
    return link is not None and any(a == link.end() for a, _ in read)


def record_amounts(index: RecordIndex) -> frozenset[float]:
    """Every amount the record writes, in figures or in words, with the parts of its shares."""

    def read() -> frozenset[float]:
        amounts: set[float] = set(record_figures(index, estimates_only=False))
        for sentence in index.sentences:
            for q in sentence.quantities:
                amounts.update(
                    v for v in (q.value, q.low, q.high, q.numerator, q.denominator) if v is not None
                )
            for match in _NUMBER_WORD_ALONE.finditer(sentence.text):
                parsed = parse_number_words(match.group())
                if parsed is not None:
                    amounts.add(float(parsed.value))
        return frozenset(amounts)

    return index.memo("record-amounts", read)


# "Two researchers argued in a 2018 review": a head count of the people who wrote the work.
_WRITERS: Final = re.compile(r"\b(?:researchers|authors|investigators|scientists)$", re.I)


def _author_count(cq: ClaimQuantity, record: PubMedRecord) -> Finding | None:
    """The claim counts the work's writers and the record lists as many named authors; the
    abstract seldom says how many wrote it. Only agreement is read: a count of researchers may
    also be of those who did a task ("three authors screened the studies")."""
    q = cq.quantity
    named = [a for a in record.authors if a.last_name and not a.collective_name]
    if q.unit != "count" or q.bound is not None or not _WRITERS.search(q.text) or not named:
        return None
    if q.value != len(named) or len(named) != len(record.authors):
        return None
    return Finding(
        kind=FindingKind.QUANTITY,
        verdict=Verdict.SUPPORTED,
        message=f"the record lists {len(named)} authors",
        claim_says=cq.phrase.text,
        source_says=", ".join(a.last_name or "" for a in named),
        confidence=0.7,
    )


# "S-(+)-ketamine ... than racemic ketamine ... the two forms": a definite count of the things
# the claim itself has just named refers back to them; it is no figure the record must give.
# Heads of people, studies and doses are always figures ("the two trials pooled 300 people").
_DEFINITE_BEFORE: Final = re.compile(r"\b(?:the|these|those|both(?:\s+the)?)\s+$", re.IGNORECASE)
_ITEM_LINK: Final = re.compile(
    r"\b(?:than|versus|vs\.?|compared\s+(?:with|to)|against|and|or)\b", re.IGNORECASE
)
_MOST_NAMED_BACK: Final = 4
_FIGURE_NOUN_CLASSES: Final = frozenset({"people", "studies", "administrations"})


_BLOOD_PRESSURE: Final = re.compile(r"\b(?:blood\s+pressure|systolic|diastolic)\b", re.I)


def _pressure_in_mm_hg(text: str, cq: ClaimQuantity) -> ClaimQuantity:
    """ "Blood pressure went up by twenty points": points of blood pressure are mm Hg."""
    if cq.quantity.unit != "point" or not _BLOOD_PRESSURE.search(
        text, *clause_bounds(text, cq.phrase.start)
    ):
        return cq
    return replace(cq, quantity=replace(cq.quantity, unit="mmhg"))


# "the top two quartiles", "the lowest three deciles": which groups of a ranking, not a figure.
_EXTREME_GROUPS: Final = re.compile(
    r"\b(?:top|bottom|highest|lowest|upper|lower|extreme)\s+$", re.IGNORECASE
)
_RANKED_GROUP: Final = re.compile(r"\s*(?:tertiles?|quartiles?|quintiles?|deciles?)\b", re.I)
# "the two highest quartiles": the same, with the count first
_COUNT_THEN_EXTREME: Final = re.compile(
    r"\s*(?:top|bottom|highest|lowest|upper|lower|extreme)\s+"
    r"(?:tertiles?|quartiles?|quintiles?|deciles?)\b",
    re.IGNORECASE,
)


def _counts_extreme_groups(text: str, quantity: Quantity) -> bool:
    digits = re.match(r"[\w.,]+", text[quantity.start : quantity.end])
    after = quantity.start + (digits.end() if digits else 0)
    if _COUNT_THEN_EXTREME.match(text, after):
        return True
    return bool(
        _EXTREME_GROUPS.search(text, max(0, quantity.start - 12), quantity.start)
        and _RANKED_GROUP.match(text, after)
    )


def _counts_named_items(text: str, cq: ClaimQuantity) -> bool:
    q = cq.quantity
    if q.unit != "count" or q.bound is not None or not 2 <= q.value <= _MOST_NAMED_BACK:
        return False
    noun = _count_noun(q)
    if noun is None or _noun_class(noun) in _FIGURE_NOUN_CLASSES:
        return False
    if not _DEFINITE_BEFORE.search(text, max(0, q.start - 12), q.start):
        return False
    return len(_ITEM_LINK.findall(text, 0, q.start)) >= q.value - 1


# "relapsed within a month", "improved within a week": a loose deadline of one unit. A record
# that times the same thing confirms or contradicts it; one that gives no time leaves it to
# the rest of the claim, as when such a deadline was not read at all.
_WITHIN_BEFORE: Final = re.compile(r"\bwithin\s+$", re.IGNORECASE)
_LOOSE_UNITS: Final = frozenset({"day", "week", "month", "year"})


def _loose_deadline(text: str, quantity: Quantity) -> bool:
    return (
        quantity.unit in _LOOSE_UNITS
        and quantity.value in (1, 2)
        and quantity.text.lower().startswith(("a ", "an "))
        and is_deadline(text, quantity)
    )


def is_deadline(text: str, quantity: Quantity) -> bool:
    """ "within a week", "within 72 hours": a time by which something happened."""
    return (
        quantity.bound == "<="
        and _WITHIN_BEFORE.search(text, max(0, quantity.start - 12), quantity.start) is not None
    )


def compare_loose_deadline(claim_q: Quantity, source_q: Quantity) -> tuple[bool, bool]:
    """ "within a week" is backed by the same time ("within 7 days") and contradicted by a later
    one ("after 6 weeks"); an earlier time ("within 3 days") neither backs the looser words nor
    contradicts them. (A deadline in figures, "within 3 hours", is a figure like any other.)"""
    matched = compare(claim_q, source_q)[0]
    return matched, not matched and quantities_conflict(claim_q, source_q)


# "by the 72-hour mark", "by hour 72", "at the 72-hour point": the time by which something had
# happened, said as a point. The record's deadline of the same length ("within 72 hours")
# backs it; a deadline of another length neither backs nor contradicts it (an effect seen
# within 48 hours is also there by 96).
# ("shortened by 3 hours" is a size of change, so a bare "by" is not enough.)
_MARK_BEFORE: Final = re.compile(r"\bby\s+(?:the\s+|(?:hour|day|week)\s+)$", re.IGNORECASE)
_MARK_AFTER: Final = re.compile(r"^[\s-]*(?:mark|point|time\s*point)\b", re.IGNORECASE)


def is_time_mark(text: str, quantity: Quantity) -> bool:
    if quantity.bound is not None or quantity.low is not None or not _is_time(quantity):
        return False
    before = _MARK_BEFORE.search(text, max(0, quantity.start - 16), quantity.start) is not None
    return before or _MARK_AFTER.match(text[quantity.end : quantity.end + 16]) is not None


def compare_mark_with_deadline(claim_q: Quantity, source_q: Quantity) -> tuple[bool, bool]:
    """A time mark against a deadline: only the deadline's own end backs it."""
    return compare(claim_q, replace(source_q, bound=None))[0], False


# --- numbers in asides: "60, roughly one in five,", "the 20 patients, half of them women," -----

# An aside between commas, brackets or dashes that opens with a number, perhaps after wording
# such as "roughly".
_ASIDE_OPEN: Final = re.compile(r"(?:,|\(|\s[-\u2013\u2014])\s*(?P<lead>[\w\s.~]{0,30}?)\s*$")
_ASIDE_LEAD: Final = re.compile(
    r"(?:about|around|approximately|roughly|nearly|almost|some|close\s+to|or|i\.?e\.?|that\s+is"
    r"|just\s+(?:over|under)|more\s+than|less\s+than|fewer\s+than|over|under|~)?",
    re.IGNORECASE,
)
_ASIDE_CLOSE: Final = re.compile(
    r"(?P<rest>[^,;()\u2013\u2014]{0,60}?)\s*(?:,|\)|\s[-\u2013\u2014]\s)"
)
_GROUP_SHARE: Final = re.compile(r"^\s*(?:of|among)\s+(?:them|whom|those|these)\b", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class _Aside:
    start: int  # the aside's words, without its delimiters
    end: int
    rest: str  # what follows the number inside the aside


def _opened_aside(text: str, cq: ClaimQuantity) -> _Aside | None:
    """The aside the claim's number opens, if it sits in one."""
    opening = _ASIDE_OPEN.search(text, max(0, cq.phrase.start - 40), cq.phrase.start)
    if opening is None or not _ASIDE_LEAD.fullmatch(opening["lead"].strip()):
        return None
    closing = _ASIDE_CLOSE.match(text, cq.phrase.end)
    if closing is None:
        return None
    return _Aside(opening.start("lead"), closing.end("rest"), closing["rest"])


def _read_asides(claimed: list[ClaimQuantity], text: str) -> list[ClaimQuantity]:
    """Numbers set off in an aside say something of their own. A share of a group named just
    before ("the 20 patients, half of them women,") is about the words of its aside alone, not
    the clause around it. A share that only restates the number before it ("60, roughly one in
    five,", "18 of the 20 (90%)") is that number again: when the two agree it is left to that
    number's finding, since the source need not give the share itself."""
    read: list[ClaimQuantity] = []
    definitions = [m.span("description") for m in _LABEL_THEN_DEFINITION.finditer(text)]
    for position, cq in enumerate(claimed):
        defined = _defining_aside(cq, definitions, text) or _composition(cq, text)
        if defined is not None:
            read.append(defined)
            continue
        aside = _opened_aside(text, cq)
        if aside is None:
            read.append(cq)
            continue
        if _GROUP_SHARE.match(aside.rest):
            context = tuple(t for t in cq.context if aside.start <= t.start < aside.end)
            read.append(replace(cq, context=context))
            continue
        before = claimed[position - 1].quantity if position else None
        restates = (
            before is not None
            and not aside.rest.strip()
            and cq.quantity.unit in _PERCENT_UNITS
            and before.unit in _PERCENT_UNITS
            and text[before.end : aside.start].strip(" ,(\u2013\u2014-") == ""
            and quantities_match(cq.quantity, replace(before, bound=None, side=None))
        )
        if not restates:
            read.append(cq)
    return read


def _defining_aside(
    cq: ClaimQuantity, definitions: list[tuple[int, int]], text: str
) -> ClaimQuantity | None:
    """A number in the bracket that describes a named arm ("cryosolution B (0.1 M sodium
    citrate, 10% Me2SO): cells ... rose") tells what that arm is made of, not what the clause
    around it reports: its measure is the bracket's words and the arm's name."""
    for start, end in definitions:
        if start <= cq.phrase.start and cq.phrase.end <= end:
            label_start = text.rfind("(", 0, start)
            named = _LABEL.search(text, max(0, label_start - 40), label_start)
            head = named.start() if named else start
            context = tuple(t for t in cq.context if head <= t.start < end and not t.is_number)
            return replace(cq, context=context) if context else None
    return None


# "the citrate diluent (10% DMSO)", "the saline medium with 15% glycerol": a share of an
# ingredient in a mixture the claim names, not a share of the cells its clause goes on about.
_MIXTURE_BEFORE: Final = re.compile(
    r"(?P<mixture>(?:[\w.-]+\s+){1,4}?)(?:\(\s*|(?:with|containing|plus)\s+)"
    r"(?:a\s+)?(?:final\s+)?(?:concentration\s+of\s+)?$",
    re.IGNORECASE,
)
_MIXTURE_NOUN: Final = re.compile(
    r"\b(?:solutions?|cryosolutions?|diluents?|cryodiluents?|media|medium|buffers?|mixtures?"
    r"|extenders?|vehicles?|formulations?|preparations?|baths?|cocktails?|gels?|creams?)\b",
    re.IGNORECASE,
)
_INGREDIENT_AFTER: Final = re.compile(
    r"\s*(?!(?:of|to|and|or|in|at|for|from|with|were|was|had|the|a|an)\b)"
    r"(?P<ingredient>[A-Za-z][\w()-]*(?:\s+[A-Za-z][\w-]*)?)\s*(?=[(),;:]|$)",
)
_CONCENTRATION_UNITS: Final = frozenset({"%", "m", "mm", "mmol/l", "μm", "mg/ml", "g/l"})


def _composition(cq: ClaimQuantity, text: str) -> ClaimQuantity | None:
    """A concentration written as what a named mixture holds: its measure is the mixture's and
    the ingredient's words alone, whatever the clause around it reports."""
    if cq.quantity.unit.lower() not in _CONCENTRATION_UNITS:
        return None
    before = _MIXTURE_BEFORE.search(text, max(0, cq.phrase.start - 60), cq.phrase.start)
    after = _INGREDIENT_AFTER.match(text, cq.phrase.end)
    if before is None or after is None or not _MIXTURE_NOUN.search(before["mixture"]):
        return None
    context = tuple(
        t
        for t in cq.context
        if before.start("mixture") <= t.start < after.end("ingredient") and not t.is_number
    )
    return replace(cq, context=context) if context else None


def _siblings(cq: ClaimQuantity, claimed: list[ClaimQuantity], text: str) -> tuple[Quantity, ...]:
    """The claim's other numbers in the same clause ("fell by 14 points within 72 hours")."""
    start, end = clause_bounds(text, cq.phrase.start)
    return tuple(
        other.quantity for other in claimed if other is not cq and start <= other.phrase.start < end
    )


# --- "from 5% to 38%" and "sevenfold": two numbers of one measure -------------------------------

_ABOUT: Final = (
    r"(?:about|around|roughly|nearly|almost|approximately|just\s+(?:over|under)|some|close\s+to)"
)
_PAIR_GAP: Final = re.compile(
    rf"\s*(?:to|-|–|—|and\s+then|then)\s*(?:(?:{_ABOUT}|over|under)\s+)?", re.IGNORECASE
)
# "from 5% before freezing to 23% after thawing": after "from", each end may carry its words.
_FROM_BEFORE: Final = re.compile(rf"\bfrom\s+(?:{_ABOUT}\s+)?$", re.IGNORECASE)
_FROM_GAP: Final = re.compile(
    rf"(?:\s+(?![Tt]o\b)[A-Za-z][\w-]*){{1,4}}?\s+to\s+(?:(?:{_ABOUT}|over|under)\s+)?"
)
_SOURCE_PAIR_GAP: Final = re.compile(
    r"\s*(?:to|-|–|—)\s*|,?\s*(?:compared\s+(?:with|to)|vs\.?|versus|against|from)\s+"
    r"(?:(?:the|a|an)\s+)?",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Partner:
    side: str  # "low" for the first number of "from A to B", "high" for the second
    quantity: Quantity


def _claim_pairs(claimed: list[ClaimQuantity], text: str) -> dict[int, Partner]:
    """Each end of a change the claim states as "from A to B", with the other end."""
    pairs: dict[int, Partner] = {}
    for first, second in pairwise(claimed):
        a, b = first.quantity, second.quantity
        if not _same_scale(a, b) or a.low is not None or b.low is not None:
            continue
        spelled_out = _FROM_BEFORE.search(text, max(0, a.start - 30), a.start) and (
            _FROM_GAP.fullmatch(text, a.end, b.start)
        )
        if not (_PAIR_GAP.fullmatch(text, a.end, b.start) or spelled_out):
            continue
        pairs[first.phrase.start] = Partner("low", b)
        pairs[second.phrase.start] = Partner("high", a)
    return pairs


def _change_text(cq: ClaimQuantity, partner: Partner | None) -> str:
    """The claim's number, or the whole change it is one end of ("from 5% to a quarter")."""
    if partner is None:
        return cq.phrase.text
    ends = (cq.phrase.text, partner.quantity.text)
    low, high = ends if partner.side == "low" else ends[::-1]
    return f"from {low} to {high}"


def _same_scale(a: Quantity, b: Quantity) -> bool:
    """Two ends of one change: the same unit, or two shares ("from 5% to about a quarter")."""
    if a.unit in _PERCENT_UNITS and b.unit in _PERCENT_UNITS:
        return True
    return a.unit == b.unit and bool(a.unit)


def _holds(source_q: Quantity, claim_q: Quantity) -> bool:
    """A source range ("one or two weekly") that holds the claim's point value."""
    if not _is_range(source_q) or claim_q.low is not None or claim_q.bound is not None:
        return False
    if claim_q.unit != source_q.unit or source_q.low is None or source_q.high is None:
        return False
    return source_q.low <= claim_q.value <= source_q.high


def _range_end(q: Quantity, side: str) -> Quantity:
    value = q.low if side == "low" else q.high
    assert value is not None
    percent = value if q.percent is not None else None
    return replace(q, value=value, low=None, high=None, percent=percent, bound=None, side=None)


def _pair_compare(claim_q: Quantity, partner: Partner, source_q: Quantity) -> tuple[bool, bool]:
    """Both ends of the claim's "from A to B" against a source's "A to B": (match, conflict)."""
    other = "high" if partner.side == "low" else "low"
    ends = ((claim_q, _range_end(source_q, partner.side)),
            (partner.quantity, _range_end(source_q, other)))  # fmt: skip
    if all(quantities_match(claimed, stated) for claimed, stated in ends):
        return True, False
    return False, any(quantities_conflict(claimed, stated) for claimed, stated in ends)


def _source_pairs(sentence: IndexedSentence) -> list[Quantity]:
    """The ratio of the two numbers of each change or comparison a sentence states ("5 to 38%",
    "from 32 to 52%", "61% ... compared with 24%"), as a fold quantity spanning both."""
    text = sentence.text
    folds: list[Quantity] = []
    for q in sentence.quantities:
        if _is_range(q) and q.unit not in _STAT_UNITS and q.low and q.high and q.low > 0:
            folds.append(_fold_of(q, q.low, q.high, q.start, q.end, text))
    for a, b in pairwise(sentence.quantities):
        if a.unit != b.unit or not a.unit or a.unit in _STAT_UNITS or _is_range(a) or _is_range(b):
            continue
        if b.start - a.end > 40 or not _SOURCE_PAIR_GAP.search(text, a.end, b.start):
            continue
        if a.unit == "count" and _count_noun(a) != _count_noun(b):
            continue  # "896 matched controls from five cohorts": two counts of other things
        if a.value > 0 and b.value > 0:
            folds.append(_fold_of(a, a.value, b.value, a.start, b.end, text))
        elif a.value >= 0 and b.value >= 0 and max(a.value, b.value) > 0:
            # "14 points vs. 0 points": one side did not move, so no multiple fits
            folds.append(replace(_fold_of(a, 1.0, 1.0, a.start, b.end, text), value=math.inf))
    return folds


def _named_count_ratios(sentence: IndexedSentence, claim_stems: frozenset[str]) -> list[Quantity]:
    """ "double the number of controls as cases" against "386 cases and 896 matched controls":
    the ratio of two counts of one sentence whose two nouns the claim both names, as a fold."""
    counts = [
        (q, noun)
        for q in sentence.quantities
        if q.unit == "count" and q.low is None and q.value > 0 and (noun := _surface_noun(q.text))
    ]
    return [
        _fold_of(a, a.value, b.value, a.start, b.end, sentence.text)
        for (a, a_noun), (b, b_noun) in combinations(counts, 2)
        if a_noun != b_noun and {a_noun, b_noun} <= claim_stems
    ]


# "double the number of controls", "three times as many volunteers": a fold of a head count
_FOLD_OF_COUNT: Final = re.compile(r"(?:\s*times)?\s*(?:the\s+number\s+of|as\s+many)\b", re.I)


def _surface_noun(text: str) -> str | None:
    """The last word of a text as written, without a plural "s" ("healthy volunteers" ->
    "volunteer"): synonyms that stems fold together ("patients", "volunteers") stay apart."""
    words = re.findall(r"[A-Za-z][A-Za-z-]+", text)
    return words[-1].lower().removesuffix("s") if words else None


def _claim_nouns(claim_text: str) -> frozenset[str]:
    return frozenset(
        w.lower().removesuffix("s") for w in re.findall(r"[A-Za-z][A-Za-z-]+", claim_text)
    )


# "from 32 to 52%": a change the record writes as two numbers, read as one range.
_FROM_TO_GAP: Final = re.compile(r"\s*%?\s*to\s+", re.IGNORECASE)
_FROM_LEFT: Final = re.compile(r"\bfrom\s+$", re.IGNORECASE)


def _source_changes(sentence: IndexedSentence) -> list[Quantity]:
    """Each "from A to B" of two numbers on one scale in the sentence, as a range A to B."""
    text = sentence.text
    changes = []
    for a, b in pairwise(sentence.quantities):
        if _is_range(a) or _is_range(b) or not _same_scale(a, b) or a.unit in _STAT_UNITS:
            continue
        if not _FROM_TO_GAP.fullmatch(text, a.end, b.start):
            continue
        if not _FROM_LEFT.search(text, max(0, a.start - 8), a.start):
            continue
        changes.append(
            replace(b, text=text[a.start : b.end], start=a.start, low=a.value, high=b.value)
        )
    return changes


def _fold_of(q: Quantity, first: float, second: float, start: int, end: int, text: str) -> Quantity:
    ratio = max(first, second) / min(first, second)
    return replace(q, value=ratio, unit="fold", text=text[start:end], start=start, end=end,
                   low=None, high=None, bound=None, side=None, percent=None,
                   numerator=None, denominator=None, rounding=0.0)  # fmt: skip


_FOLD_TOLERANCE: Final = 0.1  # "sevenfold" for 7.6-fold is a rounded word, not another value
_FOLD_CONFLICT: Final = 1.25  # a fold word this far from the stated ratio is another value
_WHOLE_FOLD_SLACK: Final = 0.5
# A whole multiple ("doubled", "tripled") against a ratio worked out from two percentages or
# measures: a little more give than a stated ratio, never "doubled" for 20% -> 30%.
_PAIR_FOLD_SLACK: Final = 0.15


def _fold_compare(
    claim_q: Quantity, ratio: float, *, raw_counts: bool = False
) -> tuple[bool, bool]:
    """A fold word ("more than sevenfold", "doubled", "halved") against the ratio of two
    numbers the source gives for the same measure (5% -> 38% is 7.6-fold). raw_counts: the
    ratio is of two head counts a sentence names ("386 cases and 896 controls")."""
    fold = claim_q.value if claim_q.value >= 1 else 1 / claim_q.value
    if math.isinf(ratio):
        # against a zero: "more than twice" is not wrong, any stated multiple is
        return False, claim_q.bound not in (">", ">=")
    if claim_q.bound in (">", ">="):
        return ratio >= fold, ratio < fold / (1 + _FOLD_TOLERANCE)
    if claim_q.bound in ("<", "<=", "up_to"):
        return ratio <= fold, ratio > fold * (1 + _FOLD_TOLERANCE)
    # A ratio worked out from two raw head counts ("386 cases and 896 controls") is read
    # loosely: "double the number" for 2.3 is plain speech, whatever a stated ratio would need.
    # Two percentages or measures get a relative give only: "doubled" is not 20% -> 30%.
    whole = 0.0
    if fold == int(fold):
        whole = _WHOLE_FOLD_SLACK if raw_counts else fold * _PAIR_FOLD_SLACK
    slack = max(claim_q.rounding, fold * _FOLD_TOLERANCE, whole)
    low = fold - slack if claim_q.side != ">" else fold
    high = fold + slack if claim_q.side != "<" else fold
    matched = low <= ratio <= high
    return matched, not matched and max(ratio / fold, fold / ratio) >= _FOLD_CONFLICT


_STAT_UNITS: Final = frozenset({"p", "ci", "iqr", "sd", "ratio_stat", "fold", ""})


def _is_range(q: Quantity) -> bool:
    return q.low is not None and q.high is not None and q.low != q.high


def not_a_head_count(claim_text: str, size: SampleSize) -> ClaimQuantity | None:
    """The claim's number that the sample-size reading took for a head count, when what it
    counts is named and is neither people nor studies ("three infusions before patients
    responded"); None when it is a head count."""
    for quantity in find_quantities(claim_text):
        if not quantity.start <= size.phrase.start < quantity.end:
            continue
        noun = _count_noun(quantity)
        if quantity.unit == "count" and noun and _noun_class(noun) not in ("people", "studies"):
            return claim_quantity(claim_text, quantity)
        if claim_q_specific(quantity):
            return claim_quantity(claim_text, quantity)
        return None
    return None


def claim_quantity(claim_text: str, quantity: Quantity) -> ClaimQuantity:
    """A claim number with the words of its clause, as the assertions read them."""
    c_start, c_end = clause_bounds(claim_text, quantity.start)
    context = tuple(
        {
            t.stem: t
            for t in terms_between(claim_text, c_start, c_end)
            if not t.is_number and t.stem not in _PERCENT_STEMS
        }.values()
    )
    phrase = Phrase(claim_text[quantity.start : quantity.end], quantity.start, quantity.end)
    return ClaimQuantity(quantity, context, proportion_kind(claim_text, quantity), phrase)


_PERCENT_STEMS: Final = frozenset({"percent", "per", "cent", "pct", "percentag"})


# A unit divided by time is a rate: "15.0 km·h^-1" is a speed, not a distance of 15 km.
_PER_TIME: Final = re.compile(
    r"\s*(?:[·•⋅/]\s*|\s+per\s+)(?:h|hr|hour|min|minute|s|sec|day|d|week|wk)s?\b|\s*h\^?-1",
    re.IGNORECASE,
)


def _is_rate(text: str, quantity: Quantity) -> bool:
    return bool(_PER_TIME.match(text, quantity.end)) and not quantity.unit.startswith("per_")


_RATIO_UNITS: Final = frozenset({"fold", "ratio_stat"})


# "four additional infusions", "another 12 patients", "a further two doses": a number added
# on top of an earlier one, never the total a claim gives ("a course of four infusions").
_INCREMENT_AFTER: Final = re.compile(
    r"\s*(?:\w+\s+)?(?:additional|further|extra|more|supplementary)\b", re.IGNORECASE
)
_INCREMENT_BEFORE: Final = re.compile(
    r"\b(?:another|(?:a|an)\s+(?:further|additional|extra))\s+$", re.IGNORECASE
)


# "went on to four weekly maintenance infusions": a count of a later phase, told the way a
# record tells "four additional infusions"; it may stand for an increment or for a total.
_NEXT_PHASE_BEFORE: Final = re.compile(
    r"\b(?:went\s+on\s+to|moved\s+on\s+to|proceeded\s+to|continued\s+(?:with|on)|"
    r"followed\s+by|then\s+(?:received|got|had|given))\s+(?:(?:a|an|the)\s+)?$",
    re.IGNORECASE,
)
_NEXT_PHASE_WORD: Final = re.compile(r"\b(?:maintenance|continuation|booster|top-up)\b", re.I)


def _names_next_phase(text: str, quantity: Quantity) -> bool:
    if quantity.unit != "count":
        return False
    return bool(
        _NEXT_PHASE_BEFORE.search(text, max(0, quantity.start - 30), quantity.start)
        or _NEXT_PHASE_WORD.search(quantity.text)
    )


def _is_increment(text: str, quantity: Quantity) -> bool:
    if quantity.unit != "count":
        return False
    digits_end = re.match(r"[\w.,]+", text[quantity.start : quantity.end])
    after = quantity.start + (digits_end.end() if digits_end else 0)
    return bool(
        _INCREMENT_AFTER.match(text, after, min(len(text), after + 30))
        and not re.match(r"\s*(?:\w+\s+)?more\s+(?:than|often|likely)\b", text[after:])
    ) or bool(_INCREMENT_BEFORE.search(text, max(0, quantity.start - 20), quantity.start))


def _form_for(
    cq: ClaimQuantity, source_q: Quantity, tally: ClaimQuantity | None = None
) -> ClaimQuantity:
    """The claim's number in the source number's family, when the claim gives two forms."""
    if tally is not None and source_q.unit == "count" and _count_noun(source_q):
        return tally  # "five of the 7 studies" against "Three studies": five studies
    alternate = cq.alternate
    if alternate is None:
        return cq
    if alternate.unit == "fold" and source_q.unit in _RATIO_UNITS:
        return replace(cq, quantity=alternate, of_what=None)
    if alternate.unit == "%" and source_q.unit == "%":
        return replace(cq, quantity=alternate, of_what="change")
    return cq


def _tally(cq: ClaimQuantity, claim_text: str) -> ClaimQuantity | None:
    """An "n of N" that names what it counts, as a count of its part: "Of the 7 included
    studies, five" is five studies, comparable with "Three studies reported ..."."""
    q = cq.quantity
    noun = counted_noun(claim_text, q)
    if noun is None or q.numerator is None:
        return None
    count = replace(
        q, unit="count", value=float(q.numerator), text=f"{q.numerator} {noun}", percent=None,
        numerator=None, denominator=None, low=None, high=None, bound=None, side=None,
        rounding=0.5,
    )  # fmt: skip
    return replace(cq, quantity=count, of_what=None, alternate=None)


def _source_quantities(sentence: IndexedSentence) -> tuple[Quantity, ...]:
    """The sentence's quantities and its wholes less a few ("All studies except one")."""
    complements = find_complements(sentence.text)
    return (*sentence.quantities, *complements) if complements else sentence.quantities


def _named(cq: ClaimQuantity, sentence: IndexedSentence, source_says: str, message: str) -> Finding:
    """The record names what the claim counts instead of giving the number."""
    return Finding(
        kind=FindingKind.QUANTITY,
        verdict=Verdict.SUPPORTED,
        message=message,
        claim_says=cq.phrase.text,
        source_says=source_says,
        evidence=sentence_evidence(sentence, extra=[source_says]),
        confidence=0.7,
    )


def _judge(
    cq: ClaimQuantity,
    index: RecordIndex,
    claim_text: str,
    partner: Partner | None = None,
    *,
    siblings: tuple[Quantity, ...] = (),
    others: tuple[Quantity, ...] = (),
) -> Finding:
    claim_q = cq.quantity
    tally = _tally(cq, claim_text)
    label = claim_label(
        claim_text, *clause_bounds(claim_text, cq.phrase.start), index, at=cq.phrase.start
    )
    own = _own_part(claim_text, cq)
    claim_rate = _is_rate(claim_text, claim_q)
    claim_increment = _is_increment(claim_text, claim_q)
    next_phase = not claim_increment and _names_next_phase(claim_text, claim_q)
    claim_time = _time_reading(claim_text, cq.quantity) if _is_time(cq.quantity) else None
    loose = _loose_deadline(claim_text, claim_q)
    mark = is_time_mark(claim_text, claim_q)
    claim_cutoff = is_cutoff(claim_text, claim_q)
    whole = claims_every_one(claim_text, claim_q)
    selection = whole and _names_selection(claim_text, claim_q)
    # The claim says every one of its whole did it: a part of that whole doing it, for the same
    # measure, contradicts the claim even where the whole's size is given elsewhere.
    short_parts: list[Candidate] = []
    labelled: list[Candidate] = []
    item_names = _identifiers_near(cq, claim_text)
    claim_item = _claim_item(claim_text, index)
    matches: list[Candidate] = []
    conflicts: list[Candidate] = []
    unrelated: list[Candidate] = []
    # A source range that holds the claim's value for the same measure ("one or two weekly
    # doses" for "two doses a week") does not confirm it, but it does say the value is possible:
    # a looser figure elsewhere ("weekly ketamine") then does not contradict it.
    consistent = False
    claim_stems = (
        _claim_nouns(claim_text)
        if claim_q.unit == "fold" and _FOLD_OF_COUNT.match(claim_text, claim_q.end)
        else frozenset()
    )
    swapped: list[Candidate] = []  # the claim's value, written for another abbreviated item
    for sentence in index.sentences:
        compared = [
            (
                form,
                q,
                *(
                    compare_every_one(form.quantity, q, names_selection=selection)
                    if whole and q.unit == "ratio"
                    else (
                        _compare_cutoffs(form.quantity, sentence.text, q) if claim_cutoff else None
                    )
                    or (
                        compare_mark_with_deadline(form.quantity, q)
                        if mark and is_deadline(sentence.text, q)
                        else (compare_loose_deadline if loose else compare)(form.quantity, q)
                    )
                ),
            )
            for q in _source_quantities(sentence)
            if q.unit not in _SKIPPED_SOURCE_UNITS
            and comparable_units((form := _form_for(cq, q, tally)).quantity, q)
            and _is_rate(sentence.text, q) == claim_rate
            and (_is_increment(sentence.text, q) == claim_increment or next_phase)
            # the whole an "n of N" is taken from is not a count of its part
            and not (form is tally and q.value == claim_q.denominator)
        ]
        bound_by_partner: set[tuple[int, int]] = set()
        if partner is not None:
            changes = [
                (cq, q, False, False)
                for q in _source_changes(sentence)
                if comparable_units(claim_q, q) and _same_scale(q, claim_q)
            ]
            compared = [
                (form, _range_end(q, partner.side), *_pair_compare(form.quantity, partner, q))
                if _is_range(q) and _same_scale(q, claim_q)
                else (form, q, matched, conflicting)
                for form, q, matched, conflicting in compared + changes
            ]
            # The other end of the claim's "from A to B" meets its end of the record's change:
            # the change is the claim's measure, whatever words each end carries.
            other_side = "high" if partner.side == "low" else "low"
            bound_by_partner = {
                (q.start, q.end)
                for q in _source_changes(sentence)
                if _same_scale(q, claim_q)
                and quantities_match(partner.quantity, _range_end(q, other_side))
            }
        named_ratios: list[Quantity] = []
        if claim_q.unit == "fold":
            named_ratios = _named_count_ratios(sentence, claim_stems)
            compared += [
                (cq, fold, *_fold_compare(claim_q, fold.value)) for fold in _source_pairs(sentence)
            ] + [
                (cq, fold, *_fold_compare(claim_q, fold.value, raw_counts=True))
                for fold in named_ratios
            ]
        found_here: list[Candidate] = []
        conflicts_here: list[Candidate] = []
        for form, source_q, matched, conflicting in compared:
            if not (matched or conflicting):
                if not consistent and _holds(source_q, form.quantity):
                    consistent = (
                        _candidate(form, sentence, source_q, index, matched=True, label=label)
                        is not None
                    )
                continue
            if claim_time is not None and _is_time(source_q):
                matched, conflicting = _same_time_measure(
                    claim_time, _time_reading(sentence.text, source_q), matched, conflicting
                )
                if not (matched or conflicting):
                    continue
            if claim_item is not None and _owned_by_another(claim_item, sentence, source_q):
                continue  # "rs2736098 (OR 0.75)" is no figure for the claim's rs2736100
            if label is None and _other_branch_owns(claim_text, sentence, source_q):
                continue  # "sodium chloride containing 15% ..." is not the citrate's figure
            if matched and (
                item := _abbreviated_item_elsewhere(claim_text, claim_q, sentence, source_q, index)
            ):
                swapped.append(Candidate(sentence, source_q, (item,), 2.0))
                continue
            candidate = (
                Candidate(sentence, source_q, ("ratio of the counts named",), 2.0)
                if any(source_q is ratio for ratio in named_ratios)
                else _same_interval(claim_text, claim_q, sentence, source_q, matched=matched)
            )
            if candidate is None:
                candidate = _candidate(
                    form,
                    sentence,
                    source_q,
                    index,
                    matched=matched or (source_q.start, source_q.end) in bound_by_partner,
                    siblings=siblings,
                    label=label,
                    own=own,
                    claim_text=claim_text,
                )
            if (
                candidate is None
                and matched
                and _parallel_list(claim_q, source_q, sentence, others)
            ):
                candidate = Candidate(sentence, source_q, ("list",), 1.0)
            if candidate is None and matched and _same_definite_whole(claim_text, form, source_q):
                candidate = Candidate(sentence, source_q, ("whole",), 1.0)
            if candidate is None:
                if matched:
                    unrelated.append(Candidate(sentence, source_q, (), 0.0))
                continue
            if form is tally and not _same_measure(
                form.context, list(candidate.shared), index, set()
            ):
                continue  # a count of the same noun that counts another outcome
            (found_here if matched else conflicts_here).append(candidate)
            if (
                whole
                and conflicting
                and (
                    (source_q.unit == "ratio" and _measure_shared(candidate))
                    or _fewer_did_it(claim_q, source_q, candidate)
                )
            ):
                short_parts.append(candidate)
        # The claim names the item its value belongs to ("rs2736100 ... OR 0.75"), and the
        # sentence writes a value right after that item: that value is the item's own.
        named = _named_items_value(item_names, sentence, compared) if item_names else None
        if named is not None and named[1]:
            if not any(c.quantity.start == named[0].start for c in found_here):
                found_here.append(Candidate(sentence, named[0], (named[3],), 2.0))
            conflicts_here = []
        elif named is not None and named[2] and found_here:
            labelled.append(Candidate(sentence, named[0], (named[3],), 2.0))
        matches += found_here
        # A sentence listing the claim's value, for the same measure, among other values never
        # contradicts it ("15 patients (75%) met criteria for GAD and 18 (90%) for SAD").
        if not found_here:
            conflicts += [
                c
                for c in conflicts_here
                if not _listed_in_order(claim_q, c.quantity, sentence, others)
            ]
    if labelled and not consistent:
        best = _best(labelled)
        return _against(
            best, cq, index, Verdict.CONTRADICTED, _graded(best, base=0.55, cap=0.85),
            message=f"the claim gives {claim_q.text} for {best.shared[0]}, "
            f"but the abstract gives it {best.quantity.text}",
        )  # fmt: skip
    if swapped and not matches and not consistent:
        best = _best(swapped)
        return _against(
            best, cq, index, Verdict.CONTRADICTED, _graded(best, base=0.55, cap=0.85),
            message=f"the abstract gives {best.quantity.text} for {best.shared[0]}, not for the "
            "item the claim gives it to",
        )  # fmt: skip
    if short_parts:
        best = _best(short_parts)
        return _against(
            best, cq, index, Verdict.CONTRADICTED, _graded(best, base=0.6, cap=0.9),
            message=f"the claim says all {claim_q.text}, but the abstract gives "
            f"{best.quantity.text} for the same measure",
        )  # fmt: skip
    if matches and conflicts and not consistent:
        fitter = _better_fitting_conflict(cq, matches, conflicts, index, claim_text)
        if fitter is not None:
            return _against(
                fitter, cq, index, Verdict.CONTRADICTED, _graded(fitter, base=0.55, cap=0.85),
                message=f"the claim says {_change_text(cq, partner)}, but the abstract gives "
                f"{fitter.quantity.text} for the same measure",
            )  # fmt: skip
    if matches:
        best = _best(matches)
        return _against(
            best, cq, index, Verdict.SUPPORTED, _graded(best, base=0.7, cap=0.95),
            message=f"the abstract gives {best.quantity.text} for the same measure",
        )  # fmt: skip
    if conflicts and not consistent:
        best = _best(conflicts)
        if _miscounts_the_sample(cq, best, index, claim_text):
            return _against(
                best, cq, index, Verdict.METADATA_MISMATCH, 0.75, kind=FindingKind.SAMPLE_SIZE,
                message=f"the claim says {cq.phrase.text}, but the study had {best.quantity.text}",
            )  # fmt: skip
        return _against(
            best, cq, index, Verdict.CONTRADICTED, _graded(best, base=0.6, cap=0.9),
            message=f"the claim says {_change_text(cq, partner)}, but the abstract gives "
            f"{best.quantity.text} for the same measure",
        )  # fmt: skip
    listed = _enumerated_count(cq, index)
    if listed is not None:
        sentence, items = listed
        return _named(cq, sentence, items, f"the abstract names {claim_q.text}: {items}")
    named_part = _named_part_of_count(cq, claim_text, index)
    if named_part is not None:
        sentence, whole = named_part
        message = f"the abstract names the claim's {cq.phrase.text} among its {whole.text}"
        return _named(cq, sentence, whole.text, message)
    single = _named_single(cq, index)
    if single is not None:
        sentence, phrase = single
        return _named(cq, sentence, phrase, f"the abstract names {phrase}")
    if unrelated:
        other = min(unrelated, key=lambda c: (c.quantity.unit != claim_q.unit, c.sentence.position))
        return Finding(
            kind=FindingKind.QUANTITY,
            verdict=Verdict.NOT_IN_SOURCE,
            message=f"the abstract's {other.quantity.text} measures something else "
            f"(\u201c{quoted(other.sentence.text, 120)}\u201d); it gives no figure for the claim's "
            f"{cq.phrase.text}",
            claim_says=cq.phrase.text,
            source_says=other.quantity.text,
            evidence=sentence_evidence(other.sentence, extra=[other.quantity.text]),
            confidence=0.7,
        )
    return Finding(
        kind=FindingKind.QUANTITY,
        verdict=Verdict.NOT_IN_SOURCE,
        message=f"the abstract gives no figure for the claim's {cq.phrase.text}",
        claim_says=cq.phrase.text,
        confidence=0.8,
    )


# Words a confidence interval shares with its estimate, whatever the wording around it.
_INTERVAL_SHARED: Final = ("interval",)


def _interval_bounds(q: Quantity) -> tuple[float, float] | None:
    if q.unit != "ci" or q.low is None or q.high is None or q.low == q.high:
        return None
    return q.low, q.high


def _estimate_before(text: str, interval: Quantity) -> Quantity | None:
    """The figure a confidence interval is the interval of: the last estimate written before
    it ("OR 1.72; 95% CI 1.07 to 2.78", "-1.83 points (95% CI ...)")."""
    before = [
        q
        for q in find_quantities(text[: interval.start])
        if q.unit not in ("ci", "p", "iqr") and q.low is None
    ]
    return before[-1] if before else None


def _same_interval(
    claim_text: str,
    claim_q: Quantity,
    sentence: IndexedSentence,
    source_q: Quantity,
    *,
    matched: bool,
) -> Candidate | None:
    """A confidence interval is the measure of its own two bounds: the claim's interval and a
    source interval with both bounds equal are the same, however each is written ("1.07-2.78",
    "1.07 to 2.78", "[1.07, 2.78]"). A different interval is the same measure's only when both
    intervals follow the same estimate ("OR 1.72 (95% CI ...)" on both sides)."""
    claim_bounds = _interval_bounds(claim_q)
    source_bounds = _interval_bounds(source_q)
    if claim_bounds is None or source_bounds is None:
        return None
    if matched:
        return Candidate(sentence, source_q, _INTERVAL_SHARED, 2.0)
    claim_estimate = _estimate_before(claim_text, claim_q)
    source_estimate = _estimate_before(sentence.text, source_q)
    if claim_estimate is None or source_estimate is None:
        return None
    tolerance = max(claim_estimate.rounding, source_estimate.rounding)
    if abs(claim_estimate.value - source_estimate.value) > tolerance:
        return None
    if not claim_bounds[0] - tolerance <= claim_estimate.value <= claim_bounds[1] + tolerance:
        return None  # the claim's interval is not that estimate's
    return Candidate(sentence, source_q, _INTERVAL_SHARED, 2.0)


# Entries of a list of three or more single-word items ("aldrin, pendimethalin and methyl
# bromide"): items of one kind, each of which the record may give a value of its own.
_NAMED_ITEM_LIST: Final = re.compile(
    r"\b[A-Za-z][\w-]+(?:,\s+[A-Za-z][\w-]+)+,?\s+(?:and|or)\s+[A-Za-z][\w-]+"
)
_FEWEST_LIST_ITEMS: Final = 3
# "ORQ4=4.76", "HR: 2.1": a statistic's label, not an item the value belongs to.
_STAT_LABEL_AFTER: Final = re.compile(r"\s*[=:<>]")


@dataclass(frozen=True, slots=True)
class _Item:
    name: str  # lower case
    kin: re.Pattern[str]  # the item and every other item of its kind, as whole words


def _record_items(index: RecordIndex) -> tuple[frozenset[str], tuple[frozenset[str], ...]]:
    """The record's coded items ("rs2736100", "IL-6") and its lists of named items."""

    def build() -> tuple[frozenset[str], tuple[frozenset[str], ...]]:
        codes: set[str] = set()
        lists: list[frozenset[str]] = []
        for sentence in index.sentences:
            text = sentence.text
            codes.update(
                m.group().lower()
                for m in _IDENTIFIER.finditer(text)
                if not _STAT_LABEL_AFTER.match(text, m.end())
            )
            for m in _NAMED_ITEM_LIST.finditer(text):
                entries = frozenset(
                    e.lower() for e in re.split(r",?\s+(?:and|or)\s+|,\s+", m.group())
                )
                if len(entries) >= _FEWEST_LIST_ITEMS and not entries & _NOT_ITEM_WORDS:
                    lists.append(entries)
        return frozenset(codes), tuple(lists)

    return index.memo("quantity-named-items", build)


# Words a list of items is never made of ("age, sex and education" lists covariates).
_NOT_ITEM_WORDS: Final = frozenset({"age", "sex", "gender", "education", "the", "a", "an"})


def _claim_item(claim_text: str, index: RecordIndex) -> _Item | None:
    """The one named item the claim gives its figures to, when the record has others of its
    kind: a code among the record's codes, or an entry of one of the record's item lists."""
    codes, lists = _record_items(index)
    words = {w.lower() for w in re.findall(r"[A-Za-z][\w-]+", claim_text)}
    named_codes = words & codes
    named_listed = [(entries, words & entries) for entries in lists if words & entries]
    if named_codes and not named_listed and len(named_codes) == 1 and len(codes) > 1:
        name, kin = next(iter(named_codes)), codes
    elif named_listed and not named_codes:
        names = {n for _, shared in named_listed for n in shared}
        if len(names) != 1:
            return None
        name = next(iter(names))
        kin = frozenset().union(*(entries for entries, _ in named_listed))
    else:
        return None
    return _Item(name, _kin_pattern(kin))


@lru_cache(maxsize=256)
def _kin_pattern(kin: frozenset[str]) -> re.Pattern[str]:
    """Every item of one kind as whole words (compiled once per kind, not per claim figure)."""
    alternatives = "|".join(re.escape(k) for k in sorted(kin, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{alternatives})(?![\w-])", re.IGNORECASE)


_CLAUSE_SEPARATOR: Final = re.compile(r";|\.(?:\s|$)")


def _owned_by_another(item: _Item, sentence: IndexedSentence, source_q: Quantity) -> bool:
    """The item of the claim's kind written nearest before the source value is another one:
    "aldrin ... (ORQ4=4.76)", "rs2736098 (per minor allele OR 0.75": the value is that item's."""
    text = sentence.text
    # the claim's own item in the value's clause ("higher at 12% among women", "in the
    # sitagliptin group (n=1,050), ... was 1.10") keeps the value its candidate
    start = max((m.end() for m in _CLAUSE_SEPARATOR.finditer(text, 0, source_q.start)), default=0)
    stop = next((m.start() for m in _CLAUSE_SEPARATOR.finditer(text, source_q.end)), len(text))
    if any(m.group().lower() == item.name for m in item.kin.finditer(text, start, stop)):
        return False
    owners = [
        m
        for m in item.kin.finditer(text, 0, source_q.start)
        if not _STAT_LABEL_AFTER.match(text, m.end())
    ]
    if not owners or owners[-1].group().lower() == item.name:
        return False
    # "from the prefreezing to the postthawed stages (from 32 to 52%": both items stand
    # between the value and the figure before them, so the value is no one item's.
    stretch_start = max(
        (q.end for q in sentence.quantities if q.end <= owners[-1].start()), default=0
    )
    return not any(m.group().lower() == item.name for m in owners if m.start() >= stretch_start)


# "0.17 M sodium chloride containing 15% Me2SO (A) and 0.1 M sodium citrate containing 10%
# Me2SO (B)": two items in parallel branches, each with the same linking word before its own
# figure. A word of the claim found only in the other branch's item names that item.
_BRANCH_LINK: Final = re.compile(
    r"\b(?:contain(?:ing|ed|s)?|comprising|consisting\s+of|supplemented\s+with|receiving"
    r"|received|given)\b",
    re.IGNORECASE,
)
_BRANCH_START: Final = re.compile(r"[;:]|,?\s+\b(?:and|or|whereas|while|but)\b", re.IGNORECASE)


def _branch(text: str, floor: int, quantity: Quantity) -> tuple[int, int] | None:
    """The stretch from the last coordinator after ``floor`` up to the figure, when it holds a
    linking word ("sodium citrate containing a final concentration of")."""
    start = max(
        (m.end() for m in _BRANCH_START.finditer(text, floor, quantity.start)), default=floor
    )
    link = _BRANCH_LINK.search(text, start, quantity.start)
    return (start, quantity.start) if link else None


def _branch_stems(text: str, span: tuple[int, int]) -> set[str]:
    return {
        t.stem
        for t in terms_of(text[span[0] : span[1]])
        if not t.is_number and t.stem not in WEAK_CONTEXT and len(t.stem) > 2
    }


def _other_branch_owns(claim_text: str, sentence: IndexedSentence, source_q: Quantity) -> bool:
    """The source figure sits in one of two parallel branches of its sentence, and the claim
    names only the other branch's item."""
    text = sentence.text
    figures = [q for q in sentence.quantities if q.unit == source_q.unit and q.low is None]
    if len(figures) < 2 or not _BRANCH_LINK.search(text):
        return False
    at = next((i for i, q in enumerate(figures) if q.start == source_q.start), None)
    if at is None:
        return False
    floors = [0] + [q.end for q in figures[:-1]]
    own = _branch(text, floors[at], source_q)
    if own is None:
        return False
    claim = {t.stem for t in terms_of(claim_text) if not t.is_number}
    own_words = _branch_stems(text, own)
    for i, other_q in enumerate(figures):
        if i == at or other_q.value == source_q.value:
            continue
        other = _branch(text, floors[i], other_q)
        if other is None:
            continue
        other_words = _branch_stems(text, other)
        if claim & (other_words - own_words) and not claim & (own_words - other_words):
            return True
    return False


# An item's own name: a variant, gene, channel or compound code mixing letters and digits
# ("rs2736100", "HCN1", "GluN2B", "IL-6").
_IDENTIFIER: Final = re.compile(r"(?=[\w-]*\d)(?=[\w-]*[A-Za-z])[A-Za-z][\w-]{2,}")
_LABEL_REACH: Final = 40  # characters after an item's name where its own value is written


def _abbreviated_item_elsewhere(
    claim_text: str,
    claim_q: Quantity,
    sentence: IndexedSentence,
    source_q: Quantity,
    index: RecordIndex,
) -> str | None:
    """The abbreviated item the source writes the claim's value for, when the claim writes it
    for another item the sentence also abbreviates: "15 (75%) met criteria for social anxiety
    disorder and 18 for generalised anxiety disorder" against "15 patients (75%) met criteria
    for GAD and 18 (90%) for SAD". The record's own abbreviations name the items."""
    if len(index.abbreviations) < 2:
        return None
    claimed = _items_named(
        claim_text, _coordinated_part(claim_text, *clause_bounds(claim_text, claim_q.start),
                                      claim_q.start), index,
    )  # fmt: skip
    if len(claimed) != 1:
        return None
    text = sentence.text
    # "Of 40 veterans, 22 (55%) met criteria for MDD": the part of the value's last number.
    at = source_q.end - 1
    stated = _items_named(text, _coordinated_part(text, 0, len(text), at), index)
    if len(stated) != 1 or stated == claimed:
        return None
    if not claimed <= _items_named(text, (0, len(text)), index):
        return None
    return next(iter(stated)).upper()


_LONG_FORM_WORDS: Final = 2  # a one-word long form is too common a word to name an item by


def _items_named(text: str, span: tuple[int, int], index: RecordIndex) -> set[str]:
    """The record's abbreviated items a stretch of text names, by abbreviation or long form."""
    part = text[span[0] : span[1]]
    stems = {t.stem for t in terms_of(part)}
    long_forms = index.memo(
        "quantity-abbreviation-stems",
        lambda: {
            short: frozenset(t.stem for t in terms_of(long)) - WEAK_CONTEXT
            for short, long in index.abbreviations.items()
            if len(long.split()) >= _LONG_FORM_WORDS
        },
    )
    named = set()
    for short, words in long_forms.items():
        written = re.search(rf"(?<![\w-]){re.escape(short)}(?![\w-])", part, re.IGNORECASE)
        if written and any(ch.isupper() for ch in written.group()):
            named.add(short)
            continue
        if words and words <= stems:
            named.add(short)
    return named


def _listed_in_order(
    claim_q: Quantity, source_q: Quantity, sentence: IndexedSentence, others: tuple[Quantity, ...]
) -> bool:
    """The rival source value is one the claim gives its other item, and the claim's own value
    stands in the sentence too, both lists in one order ("r = 0.91, ahead of 0.86 and 0.84"):
    the rival is no conflict. Swapped values break the order and still conflict."""
    own = [
        q
        for q in sentence.quantities
        if q is not source_q and comparable_units(claim_q, q) and compare(claim_q, q)[0]
    ]
    return len(own) == 1 and _parallel_list(claim_q, own[0], sentence, others)


# Small counts and years recur in any text: two of them in one order is no restated list.
_LOOSE_LIST_UNITS: Final = frozenset({"count", "year"})


def _parallel_list(
    claim_q: Quantity, source_q: Quantity, sentence: IndexedSentence, others: tuple[Quantity, ...]
) -> bool:
    """The sentence writes the claim's value (``source_q``) among the claim's other values, all
    in the order the claim writes them: the claim restates the sentence's list, so each value
    is its own item's even where the item's name is a code the claim spells otherwise."""
    if claim_q.unit in _LOOSE_LIST_UNITS:
        return False
    sides = [
        (other.start < claim_q.start) == (q.start < source_q.start)
        for other in others
        if other.value != claim_q.value and other.unit == claim_q.unit
        for q in sentence.quantities
        if q is not source_q
        and q.unit == source_q.unit
        and comparable_units(other, q)
        and compare(other, q)[0]
        and not compare(claim_q, q)[0]
    ]
    return bool(sides) and all(sides)


def _identifiers_near(cq: ClaimQuantity, claim_text: str) -> list[str]:
    start, end = _segment(claim_text, cq.phrase.start, cq.phrase.end)
    clause = clause_bounds(claim_text, cq.phrase.start)
    start = min(start, max(clause[0], cq.phrase.start - 80))
    return [m.group() for m in _IDENTIFIER.finditer(claim_text, start, end)]


def _same_definite_whole(claim_text: str, cq: ClaimQuantity, source_q: Quantity) -> bool:
    """ "Of the three TERT SNPs, rs2736100 ...", "in the thirteen runners": a count the claim
    takes as known (a definite whole it goes on to speak of) restates the record's own count of
    the same things, whatever the record's clause around it says."""
    claim_q = cq.quantity
    if claim_q.unit != "count" or claim_q.bound is not None or _count_noun(claim_q) is None:
        return False
    if not _DEFINITE_BEFORE.search(claim_text, max(0, claim_q.start - 12), claim_q.start):
        return False
    return (
        source_q.unit == "count"
        and source_q.bound is None
        and source_q.value == claim_q.value
        and _same_kind_of_thing(claim_q, source_q)
    )


def _named_part_of_count(
    cq: ClaimQuantity, claim_text: str, index: RecordIndex
) -> tuple[IndexedSentence, Quantity] | None:
    """ "Two of the variants, rs1 and rs2" against "Three SNPs ..., including rs1, rs2 and rs3":
    a part picked from a larger whole and named item by item is backed by the sentence that
    counts the whole and names each of those items."""
    claim_q = cq.quantity
    if claim_q.bound != PART_OF_WHOLE or not claim_q.value.is_integer():
        return None
    clause_end = clause_bounds(claim_text, cq.phrase.start)[1]
    names = {
        m.group().lower() for m in _IDENTIFIER.finditer(claim_text, cq.phrase.start, clause_end)
    }
    if len(names) != int(claim_q.value):
        return None
    whole_form = replace(claim_q, bound=None)
    for sentence in index.sentences:
        named = {m.group().lower() for m in _IDENTIFIER.finditer(sentence.text)}
        if not names <= named:
            continue
        for q in sentence.quantities:
            if q.unit == "count" and q.value > claim_q.value and _same_kind_of_thing(whole_form, q):
                return sentence, q
    return None


def _named_items_value(
    names: list[str],
    sentence: IndexedSentence,
    compared: list[tuple[ClaimQuantity, Quantity, bool, bool]],
) -> tuple[Quantity, bool, bool, str] | None:
    """The first comparable value the sentence writes just after an item the claim names near
    its number, with whether it matches or conflicts with the claim's, and the item."""
    if len(compared) < 2:
        return None  # one value in the sentence: nothing to bind it to rather than another
    for name in names:
        at = [m.end() for m in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])",
                                          sentence.text, re.IGNORECASE)]  # fmt: skip
        if len(at) != 1:
            continue
        following = sorted(
            (item for item in compared if at[0] <= item[1].start <= at[0] + _LABEL_REACH),
            key=lambda item: item[1].start,
        )
        if following:
            _, value, matched, conflicting = following[0]
            return value, matched, conflicting, name
    return None


# "MEDLINE, PubMed, PsycINFO, and Cochrane Databases": named items listed before the plural
# noun they are, which a claim may count ("four medical databases").
_NAMED_LIST: Final = re.compile(
    r"(?P<items>(?:[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?,\s+){1,10}(?:(?:and|or)\s+)?"
    r"[A-Z][\w-]*(?:\s+[A-Z][\w-]*)??)\s+(?P<noun>[A-Za-z]+)\b"
)
_FEWEST_LISTED: Final = 2


def _enumerated_count(cq: ClaimQuantity, index: RecordIndex) -> tuple[IndexedSentence, str] | None:
    """A sentence listing as many named items as the claim counts, of the claim's noun."""
    claim_q = cq.quantity
    noun = _count_noun(claim_q)
    if noun is None or claim_q.bound is not None or not claim_q.value.is_integer():
        return None
    wanted = int(claim_q.value)
    if wanted < _FEWEST_LISTED:
        return None
    for sentence in index.sentences:
        for match in _NAMED_LIST.finditer(sentence.text):
            head = terms_of(match["noun"])
            if not head or head[0].stem != noun:
                continue
            items = [i for i in re.split(r",\s*(?:(?:and|or)\s+)?", match["items"]) if i]
            if len(items) == wanted:
                return sentence, f"{match['items']} {match['noun']}"
    return None


# "a single dose of ketamine", "a single-dose study", "one lone case": the record's count of
# one told without a number. A claim's "only a single dose" or "one dose" is that count.
_SINGLE_OF: Final = re.compile(
    r"\b(?:single|lone|sole)[\s-]+(?P<words>[A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*){0,2})",
    re.IGNORECASE,
)


def _named_single(cq: ClaimQuantity, index: RecordIndex) -> tuple[IndexedSentence, str] | None:
    """A sentence naming one of the claim's counted noun ("a single dose") for a claimed 1."""
    claim_q = cq.quantity
    noun = _count_noun(claim_q)
    if noun is None or claim_q.bound is not None or claim_q.value != 1:
        return None
    for sentence in index.sentences:
        lowered = sentence.text.lower()
        if "single" not in lowered and "lone" not in lowered and "sole" not in lowered:
            continue
        for match in _SINGLE_OF.finditer(sentence.text):
            words = [t for t in terms_of(match["words"]) if not t.is_number]
            for term in words[:2]:
                if term.stem == noun:
                    end = match.start("words") + term.end
                    return sentence, sentence.text[match.start() : end]
    return None


def _only_a_single(cq: ClaimQuantity) -> bool:
    """A count of one told only by "only a single X": no figure the record must give."""
    return cq.quantity.text.lower().startswith(("a single", "a lone"))


def _better_fitting_conflict(
    cq: ClaimQuantity,
    matches: list[Candidate],
    conflicts: list[Candidate],
    index: RecordIndex,
    claim_text: str,
) -> Candidate | None:
    """A source number that disagrees with the claim's but fits the claim's words strictly
    better than every number that agrees: it shares all the words they share and more, words
    of the claim number's own phrase that their sentences never use ("pendimethalin ... 4.76"
    where 4.76 is aldrin's and pendimethalin's is 2.78; "responders got six more infusions"
    where responders got four additional ones and six was the earlier course). The agreeing
    figure is then another measure's. Head counts of people and studies are left out: they are
    wholes and parts of one another ("20 patients", "10 women"; "seven trials", "three
    studies reported a benefit")."""
    if _noun_class(_count_noun(cq.quantity) or "") in ("people", "studies"):
        return None
    conflicts = [c for c in conflicts if not _head_count(c.quantity)]
    topical = {t.stem for t in cq.context if is_topic(index, t)}
    segment = _segment(claim_text, cq.phrase.start, cq.phrase.end)
    nearby = {t.stem: t.concepts for t in cq.context if segment[0] <= t.start < segment[1]}
    for conflict in sorted(conflicts, key=lambda c: (-c.score, c.sentence.position)):
        own = set(conflict.shared) - topical
        fits_better = True
        for match in matches:
            matched = set(match.shared) - topical
            extra = own - matched
            if (
                not matched < own
                or not all(stem in nearby for stem in extra)
                or any(nearby[stem] & match.sentence.concepts for stem in extra)
            ):
                fits_better = False
                break
        if fits_better:
            return conflict
    return None


def _head_count(quantity: Quantity) -> bool:
    """A count of people or studies: "Three studies" is a part of "7 of 696" studies, not a
    rival value for the claim's "7"."""
    return quantity.unit == "count" and _noun_class(_count_noun(quantity) or "") in (
        "people",
        "studies",
    )


_SEGMENT_BREAK: Final = re.compile(r"[,;:()\[\]]")


def _segment(text: str, start: int, end: int) -> tuple[int, int]:
    """The stretch of the claim around a number between punctuation marks."""
    before = [m.end() for m in _SEGMENT_BREAK.finditer(text, 0, start)]
    after = _SEGMENT_BREAK.search(text, end)
    return (before[-1] if before else 0), (after.start() if after else len(text))


def _miscounts_the_sample(
    cq: ClaimQuantity, conflict: Candidate, index: RecordIndex, claim_text: str = ""
) -> bool:
    """The claim's head count of people is at odds with the record's count of everyone it
    studied ("Twenty-four patients received weekly ketamine" where the study had 20 patients):
    a wrong sample size, which is what the claim says about the cited work, not a result."""
    claimed, stated = cq.quantity, conflict.quantity
    if claimed.unit != "count" or stated.unit != "count":
        return False
    if _noun_class(_count_noun(claimed) or "") != "people":
        return False
    if _noun_class(_count_noun(stated) or "") != "people":
        return False
    if counts_controls(claimed.text) or counts_controls(stated.text):
        # "some 1,800 matched controls" against the record's "896 matched controls": the
        # size of the control group, which is the sample the work drew, not a result. Only a
        # count said as the group's size is: "Of the controls, 300 controls used statins" is
        # a result about some of them.
        both = counts_controls(claimed.text) and counts_controls(stated.text)
        return (
            both
            and _sizes_the_control_group(cq, claim_text)
            and stated.value == _study_control_count(index)
        )
    return stated.value == _study_head_count(index)


# A control count said as the group's size: "compared with 1,800 controls", "and 896 matched
# controls", "versus 40 control subjects"; not one a result verb follows ("300 matched controls
# used statins").
_CONTROL_GROUP_BEFORE: Final = re.compile(
    r"\b(?:compared\s+(?:with|to)|versus|vs\.?|against|with|and|plus|including|included|"
    r"enrolled|recruited|of|among|in)\s+(?:(?:some|about|around|roughly|approximately|nearly|"
    r"almost|over|more\s+than|fewer\s+than|under|close\s+to|a\s+total\s+of)\s+)?$",
    re.IGNORECASE,
)
_RESULT_AFTER: Final = re.compile(
    r"^[\s,]*(?!(?:were|was|had\s+been)\s+(?:matched|enrolled|recruited|included|selected|"
    r"drawn|sampled|studied|chosen|identified)\b)(?:(?:also|all|each|still|then)\s+)?"
    r"(?:used|use|had|has|have|took|take|developed|reported|showed|died|received|experienced|"
    r"smoked|drank|were|was|did|got|carried|tested|scored|lost|gained)\b",
    re.IGNORECASE,
)


def _sizes_the_control_group(cq: ClaimQuantity, claim_text: str) -> bool:
    """Whether the claim gives its control count as the size of the control group."""
    if not claim_text:
        return True
    start = claim_text.find(cq.quantity.text, max(cq.phrase.start - len(cq.quantity.text), 0))
    if start < 0:
        start = claim_text.find(cq.quantity.text)
    if start < 0:
        return True
    end = start + len(cq.quantity.text)
    if _RESULT_AFTER.match(claim_text[end:]):
        return False
    before = claim_text[:start]
    return bool(_CONTROL_GROUP_BEFORE.search(before)) or "matched" in cq.quantity.text.lower()


def _study_control_count(index: RecordIndex) -> float | None:
    """The most controls the record counts in one number: its control group."""

    def largest() -> float | None:
        counts = [
            q.value
            for sentence in index.sentences
            for q in sentence.quantities
            if q.unit == "count" and not q.vague and counts_controls(q.text)
        ]
        return max(counts, default=None)

    return index.memo("study-control-count", largest)


def _study_head_count(index: RecordIndex) -> float | None:
    """The most people the record counts in one number, controls aside: everyone studied."""

    def largest() -> float | None:
        counts = [
            q.value
            for sentence in index.sentences
            for q in sentence.quantities
            if q.unit == "count"
            and not q.vague
            and not counts_controls(q.text)
            and _noun_class(_count_noun(q) or "") == "people"
        ]
        return max(counts, default=None)

    return index.memo("study-head-count", largest)


# Rounding alone may not stretch a point value further than this share of it ("1 mg/kg" is
# not ".5 mg/kg", although an integer's rounding half-width is 0.5).
RELATIVE_TOLERANCE: Final = 0.1


_PERCENT_UNITS: Final = frozenset({"%", "ratio"})


def comparable_units(claim_q: Quantity, source_q: Quantity) -> bool:
    """A cheap pre-filter: a percentage is never compared with a duration, and so on."""
    if claim_q.unit == source_q.unit:
        return True
    if "all_but" in (claim_q.unit, source_q.unit):
        return {claim_q.unit, source_q.unit} == {"all_but", "ratio"}
    claim_pct, source_pct = claim_q.unit in _PERCENT_UNITS, source_q.unit in _PERCENT_UNITS
    if claim_pct or source_pct:
        return (claim_pct and source_pct) or "count" in (claim_q.unit, source_q.unit)
    return True


def compare(claim_q: Quantity, source_q: Quantity) -> tuple[bool, bool]:
    """(matches, conflicts) for two quantities, on top of :mod:`quantities`: a sign written in
    words ("reduced by 1.83 points") matches a signed value ("-1.83 points"), and a point value
    may not match a source more than ``RELATIVE_TOLERANCE`` away."""
    if {claim_q.unit, source_q.unit} == {"all_but", "ratio"}:
        return _complement_compare(claim_q, source_q)
    if claim_q.bound == PART_OF_WHOLE:
        # "Two of the variants, A and B": more of them in the record is no conflict.
        matched, conflicting = compare(replace(claim_q, bound=None), source_q)
        return matched, conflicting and source_q.value < claim_q.value
    if claim_q.unit == "count" and source_q.unit == "ratio":
        # "nine trials" against "of 310 studies screened, 9 met inclusion criteria"; "almost
        # 700 studies" against "Among 696 studies assessed, 7 met ...".
        parts = count_parts(source_q)
        if parts is not None:
            return any(quantities_match(claim_q, part) for part in parts), False
        if claim_q.bound is None:
            return claim_q.value in (source_q.numerator, source_q.denominator), False
    claim_parts, source_parts = count_parts(claim_q), count_parts(source_q)
    if claim_parts is not None and source_parts is not None:
        # "Nine of the 696 screened" against "Among 696 studies assessed, 7 met ...": the same
        # whole with another part (or the same part of another whole) is another count.
        (claim_part, claim_whole), (source_part, source_whole) = claim_parts, source_parts
        if (
            claim_q.bound == "~"
            and claim_part.value == source_part.value
            and abs(claim_whole.value - source_whole.value) <= 0.1 * source_whole.value
        ):
            return True, False  # "close to 300 articles, sixty of which": 60 of 288
        if (claim_whole.value == source_whole.value) != (claim_part.value == source_part.value):
            return False, claim_whole.value == source_whole.value
    if _other_cutoff(claim_q, source_q):
        return False, True
    if far_inside_time_limit(claim_q, source_q):
        return False, False
    matched = quantities_match(claim_q, source_q) or _at_upper_time_bound(claim_q, source_q)
    if not matched and same_figure_other_unit(claim_q, source_q):
        return False, True
    if not matched and (claim_q.value > 0) != (source_q.value > 0) and source_q.value != 0:
        flipped = _negated(source_q)
        if quantities_match(claim_q, flipped):
            return True, False
    if matched and _bound_held_loosely(claim_q, source_q):
        return False, False
    if matched and _too_far(claim_q, source_q):
        return False, True
    return matched, not matched and quantities_conflict(claim_q, source_q)


def _at_upper_time_bound(claim_q: Quantity, source_q: Quantity) -> bool:
    """ "persisted for a full week" against "persisted for up to 1 week": a length of time the
    claim gives exactly at the record's longest is that longest one (a shorter length inside
    the bound stays unbacked)."""
    return (
        source_q.bound == "up_to"
        and claim_q.bound is None
        and claim_q.low is None
        and source_q.low is None
        and _is_time(claim_q)
        and _is_time(source_q)
        and quantities_match(claim_q, replace(source_q, bound=None))
    )


# Lab and vital-sign units whose bounds are cut-offs: "TSH >4.5 mIU/L" defines a group.
_CUTOFF_UNITS: Final = frozenset(
    {"miu/l", "mu/l", "μiu/ml", "uiu/ml", "iu/l", "u/l", "pg/ml", "ng/ml", "mmol/l", "μmol/l",
     "nmol/l", "mM", "μM", "nM", "mmhg", "bpm", "kg/m2", "mg/dl"}
)  # fmt: skip
_UPPER_SIDE: Final = frozenset({">", ">=", "~>"})
_LOWER_SIDE: Final = frozenset({"<", "<=", "~<"})


def _other_cutoff(claim_q: Quantity, source_q: Quantity) -> bool:
    """Two cut-offs on the same side at different marks ("a TSH above 10 mIU/L" against "TSH
    >4.5 mIU/L"): a threshold is one mark, so the wider bound holding the narrower one does
    not make them agree."""
    if claim_q.unit != source_q.unit or claim_q.unit not in _CUTOFF_UNITS:
        return False
    if claim_q.low is not None or source_q.low is not None:
        return False
    same_side = {claim_q.bound, source_q.bound} <= _UPPER_SIDE or {
        claim_q.bound,
        source_q.bound,
    } <= _LOWER_SIDE
    return same_side and not quantities_match(
        replace(claim_q, bound=None), replace(source_q, bound=None)
    )


# What makes a figure a cut-off rather than an observed value: a definition ("response was
# defined as", "responders, classified as those who had") or a bound ("at least", "≥") on a
# change that a group is sorted by ("a ≥50% decrease", "a decrease of 30% or more").
_DEFINITION_LEFT: Final = re.compile(
    r"\b(?:defin(?:ed|ing|ition)|classified|categori[sz]ed|considered|regarded|deemed"
    r"|cut-?\s*offs?|thresholds?|criteri(?:on|a))\b|(?:^|[^<>=≤≥])=\s*(?:an?\s+)?$",
    re.IGNORECASE,
)
_CHANGE_NOUNS: Final = (
    r"(?:decrease|reduction|improvement|drop|decline|fall|increase|rise|gain|loss|change"
    r"|lowering|worsening)s?"
)
_CHANGE_AFTER: Final = re.compile(
    rf"\s*(?:or\s+(?:more|greater|higher|larger|above|less|lower|fewer|below)\s+)?{_CHANGE_NOUNS}\b",
    re.IGNORECASE,
)
_CHANGE_VERBS: Final = (
    r"(?:fell|falls?|falling|dropp(?:ed|ing)|drops?|(?:de|in)creas(?:ed|es|ing)|declin(?:ed|es|ing)"
    r"|improv(?:ed|es|ing)|rose|rises?|rising|reduc(?:ed|es|ing)|lowered)"
)
_CHANGE_BEFORE: Final = re.compile(
    rf"\b(?:{_CHANGE_NOUNS}|{_CHANGE_VERBS})\s+(?:in\s+[\w-]+(?:\s+[\w-]+)?\s+)?(?:of|by)\s+"
    r"(?:(?:at\s+least|at\s+most|more\s+than|less\s+than|greater\s+than|over|under|above"
    r"|below)\s+)?(?:an?\s+)?[≥≤<>=]*\s*$",
    re.IGNORECASE,
)
_NAMED_CUTOFF_LEFT: Final = re.compile(
    r"\b(?:cut-?\s*off|threshold)\s+(?:value\s+|score\s+)?(?:of|at|was|is|=)\s*$", re.IGNORECASE
)
_CUTOFF_BOUNDS: Final = frozenset({">", ">=", "<", "<="})
_CUTOFF_UNITS_ANY: Final = frozenset({"%", "point"})


def is_cutoff(text: str, quantity: Quantity) -> bool:
    """Whether a percentage or score is written as a cut-off that defines a group ("a ≥50%
    decrease", "response was defined as a 30% reduction"), not as an observed value ("at least
    30% of patients responded")."""
    if quantity.unit not in _CUTOFF_UNITS_ANY or quantity.low is not None:
        return False
    left_start = max(0, quantity.start - 90)
    if _NAMED_CUTOFF_LEFT.search(text, left_start, quantity.start):
        return True
    changed = bool(
        _CHANGE_AFTER.match(text, quantity.end)
        or _CHANGE_BEFORE.search(text, max(0, quantity.start - 60), quantity.start)
    )
    if not changed:
        return False
    if quantity.bound in _CUTOFF_BOUNDS:
        return True
    breaks = [m.end() for m in _CLAUSE_END.finditer(text, left_start, quantity.start)]
    clause_start = max([left_start, *breaks])
    return bool(_DEFINITION_LEFT.search(text, clause_start, quantity.start))


_CLAUSE_END: Final = re.compile(r"[;.!?](?:\s|$)")


def _compare_cutoffs(
    claim_q: Quantity, source_text: str, source_q: Quantity
) -> tuple[bool, bool] | None:
    """A cut-off against a cut-off (the claim's cut-off is known to be one): a threshold is one
    mark, so "a decrease of at least 30%" is not met by the record's "a ≥50% decrease" (which a
    bound against an observed value would be). ``None`` where the source figure is no cut-off."""
    if claim_q.unit != source_q.unit or not is_cutoff(source_text, source_q):
        return None
    claim_side, source_side = _cutoff_side(claim_q.bound), _cutoff_side(source_q.bound)
    if claim_side and source_side and claim_side != source_side:
        return False, True
    same = quantities_match(
        replace(claim_q, bound=None, value=abs(claim_q.value)),
        replace(source_q, bound=None, value=abs(source_q.value)),
    )
    return same, not same


def _cutoff_side(bound: str | None) -> str | None:
    if bound in _UPPER_SIDE:
        return "lower-bound"
    if bound in _LOWER_SIDE:
        return "upper-bound"
    return None


# "All 20 patients", "in every one of the seven trials", "each of the 12 mice": the number is a
# whole, and the claim says every one of it did what it says.
_EVERY_ONE_BEFORE: Final = re.compile(
    r"\b(?:all(?:\s+of)?|every\s+one\s+of|each\s+(?:one\s+)?of|each|every|both)\s+"
    r"(?:the\s+|these\s+|those\s+|its\s+|their\s+)?$",
    re.IGNORECASE,
)


def claims_every_one(claim_text: str, quantity: Quantity) -> bool:
    """Whether the claim's count is quantified as a whole ("all seven patients")."""
    return quantity.unit == "count" and bool(
        _EVERY_ONE_BEFORE.search(claim_text, max(0, quantity.start - 24), quantity.start)
    )


def compare_every_one(
    claim_q: Quantity, source_q: Quantity, *, names_selection: bool = False
) -> tuple[bool, bool]:
    """ "All 20 patients" against an "n of N": the whole must be the N and the part all of it.
    "Of the 20 patients, 18 ..." contradicts it; "Among 696 studies assessed, 7 met ..." counts
    its 7 as a part of something else, which says nothing of all seven, unless the claim names
    that selection itself ("all seven included trials")."""
    parts = count_parts(source_q)
    if parts is None:
        return compare(claim_q, source_q)
    part, whole = parts
    if not quantities_match(claim_q, whole):
        return (names_selection and quantities_match(claim_q, part)), False
    return part.value == whole.value, part.value < whole.value


_FEWER_SHARED: Final = 3


def _fewer_did_it(claim_q: Quantity, source_q: Quantity, candidate: Candidate) -> bool:
    """ "All seven included studies reported a benefit" against "Three studies reported
    significant analgesic benefit": fewer of the same things did what the claim says all did,
    told in the words of the claim's measure (the counted noun and two more)."""
    return (
        source_q.unit == "count"
        and source_q.bound is None
        and source_q.value < claim_q.value
        and _count_noun(source_q) is not None
        and len(candidate.shared) >= _FEWER_SHARED
    )


def _measure_shared(candidate: Candidate) -> bool:
    """More than the counted noun shared: a word of what was measured too ("reported ...
    functioning" as well as "patients")."""
    return len(candidate.shared) >= 2


_EVERY_ONE_OF: Final = re.compile(r"\b(?:every|each)\s+$", re.IGNORECASE)


def _every_one_of(claim_text: str, cq: ClaimQuantity) -> ClaimQuantity:
    """ "every one of the 20 patients" is all 20 of them, not one in twenty."""
    q = cq.quantity
    if q.unit != "ratio" or q.numerator != 1 or not q.denominator:
        return cq
    if not _EVERY_ONE_OF.search(claim_text, max(0, q.start - 12), q.start):
        return cq
    noun = counted_noun(claim_text, q) or ""
    count = replace(
        q, unit="count", value=float(q.denominator), text=f"{q.denominator} {noun}".strip(),
        percent=None, numerator=None, denominator=None, low=None, high=None, bound=None,
        side=None, rounding=0.5,
    )  # fmt: skip
    return replace(cq, quantity=count, of_what=None)


_SELECTION_WORDS: Final = re.compile(
    r"\b(?:included|eligible|selected|retained|analy[sz]ed|pooled|randomi[sz]ed|enroll?ed)\b",
    re.IGNORECASE,
)


def _names_selection(claim_text: str, quantity: Quantity) -> bool:
    """ "all seven included trials", "all 40 randomised patients": the count is of a selection."""
    return bool(_SELECTION_WORDS.search(claim_text, quantity.start, quantity.end + 30))


def _complement_compare(a: Quantity, b: Quantity) -> tuple[bool, bool]:
    """ "Six of the seven" against "all except one": the n of N leaves out N - n."""
    whole, part = (a, b) if a.unit == "ratio" else (b, a)
    if count_parts(whole) is None or whole.numerator is None or whole.denominator is None:
        return False, False
    left_out = whole.denominator - whole.numerator
    return left_out == part.value, left_out != part.value


def _negated(q: Quantity) -> Quantity:
    low = -q.high if q.high is not None else None
    high = -q.low if q.low is not None else None
    return replace(q, value=-q.value, low=low, high=high)


_UPPER_BOUNDS: Final = frozenset({"up_to", "<", "<="})


def _bounded_units(claim_q: Quantity, source_q: Quantity) -> bool:
    """Counts (a bare "500" is a count too) or percentages on both sides."""
    units = {claim_q.unit, source_q.unit}
    return units <= {"count", ""} or units == {"%"}


_ROUND_BOUND_SHARE: Final = 0.5


def _bound_held_loosely(claim_q: Quantity, source_q: Quantity) -> bool:
    """A count or share less than half a bound it lies under ("fewer than 500" for 120
    cases): the record's figure keeps the bound, so it does not contradict it, but so far
    below it may be another measure's, so it does not back it either."""
    return (
        claim_q.bound in _LOWER_SIDE
        and source_q.low is None
        and source_q.bound is None
        and _bounded_units(claim_q, source_q)
        and 0 <= source_q.value <= _ROUND_BOUND_SHARE * claim_q.value
    )


def _too_far(claim_q: Quantity, source_q: Quantity) -> bool:
    if claim_q.bound in _UPPER_BOUNDS and source_q.low is None:
        # "lasted up to 6 months" names the longest duration: "up to 2 weeks" does not back it.
        # A bound above the figure is how a round number states it ("fewer than 400" or
        # "fewer than 500" for 386 cases, "less than 50%" for 45%): the figure keeps it.
        if (
            claim_q.bound in _LOWER_SIDE
            and _bounded_units(claim_q, source_q)
            and (
                abs(claim_q.value - source_q.value) <= RELATIVE_TOLERANCE * abs(claim_q.value)
                or _ROUND_BOUND_SHARE * claim_q.value < source_q.value < claim_q.value
            )
        ):
            return False
        return not quantities_match(replace(claim_q, bound=None), replace(source_q, bound=None))
    point = (
        claim_q.bound is None and source_q.bound is None
        and claim_q.low is None and source_q.low is None
        and claim_q.unit == source_q.unit and claim_q.unit not in ("ratio", "%", "ci")
    )  # fmt: skip
    if not point or claim_q.value == 0:
        return False
    # Magnitudes: "reduced by 1.83" and "-1.83" are the same size, written with the sign apart.
    difference = abs(abs(claim_q.value) - abs(source_q.value))
    return difference > RELATIVE_TOLERANCE * abs(claim_q.value) + 1e-9


_BRACKETS: Final = re.compile(r"\([^()]*\)|\[[^\[\]]*\]")


def _source_window(
    text: str, quantity: Quantity, others: tuple[Quantity, ...]
) -> tuple[int, int, int, int]:
    """Where a source number's own words are: ``(start, end)``, less ``(skip_start, skip_end)``.
    A number in a bracketed aside belongs to the aside and to the words around it up to the
    neighbouring numbers: "higher risk of pancreatic cancer (OR 1.72; ...)", "15 patients (75%)
    met criteria for GAD and 18 (90%) for SAD". In an aside that lists labelled results
    ("(cryosolution A: 8 to 23%, P < 0.01; cryosolution B: 5 to 38%, ...)") the number's own
    label is the part of the aside since the last semicolon; the earlier items are skipped. Any
    other number belongs to its clause."""
    c_start, c_end = clause_bounds(text, quantity.start)
    # A scale's size ("on a 0-10 rating scale") says how this number was measured: it is not a
    # neighbouring result whose words stop this number's own.
    others = tuple(q for q in others if not names_scale(text, q))
    for match in _BRACKETS.finditer(text):
        if match.start() < quantity.start and quantity.end <= match.end():
            label_start = text.rfind(";", match.start(), quantity.start) + 1
            skip = (match.start() + 1, label_start) if label_start else (0, 0)
            c_start, c_end = clause_bounds(text, match.start())
            c_end = max(c_end, match.end())
            # A count right before the bracket is what the bracket annotates ("10 women (50%)").
            before = [
                q.start if not text[q.end : match.start()].strip() else q.end
                for q in others
                if q.end <= match.start()
            ]
            after = [q.start for q in others if q.start >= match.end()]
            after += [b.start() for b in _BRACKETS.finditer(text, match.end())]
            start = max([c_start, *before])
            end = min([c_end, *after]) if after else c_end
            return start, max(end, match.end()), *skip
    return c_start, c_end, 0, 0


def _aside(text: str, term: Term, quantity: Quantity) -> bool:
    """A word inside another bracketed aside than the number's own says nothing about it."""
    for match in _BRACKETS.finditer(text):
        inside = match.start() < term.start < match.end()
        holds_quantity = match.start() < quantity.start < match.end()
        if inside and not holds_quantity:
            return True
    return False


# "(third and fourth quartiles of intensity-weighted days vs no exposure)": the contrast every
# effect ratio of the sentence compares, written once in brackets.
_CONTRAST_ASIDE: Final = re.compile(
    r"\((?=[^()]*\b(?:vs\.?|versus|compared\s+(?:with|to))\s)[^()]{1,160}\)", re.IGNORECASE
)


def _contrast_concepts(sentence: IndexedSentence) -> frozenset[str]:
    spans = [m.span() for m in _CONTRAST_ASIDE.finditer(sentence.text)]
    if not spans:
        return frozenset()
    return frozenset(
        c for t in sentence.terms if any(a <= t.start < b for a, b in spans) for c in t.concepts
    )


def _candidate(
    cq: ClaimQuantity,
    sentence: IndexedSentence,
    source_q: Quantity,
    index: RecordIndex,
    *,
    matched: bool,
    siblings: tuple[Quantity, ...] = (),
    label: Label | None = None,
    own: tuple[int, int] = (0, 1 << 30),
    claim_text: str = "",
) -> Candidate | None:
    if not _same_kind_of_thing(cq.quantity, source_q) or _counts_other_things(
        cq.quantity, sentence.text, source_q
    ):
        return None
    if _is_time(cq.quantity) and _age_against_duration(claim_text, cq.quantity, sentence, source_q):
        return None  # "aged about 45 years" is never the "2 weeks" of a follow-up
    if (
        _is_time(cq.quantity)
        and _course_length(sentence.text, source_q)
        and not _COURSE_LEAD.search(claim_text, max(0, cq.quantity.start - 30), cq.quantity.start)
        and not _TREATMENT_WORDS.search(claim_text, *_own_segment(claim_text, cq.quantity))
    ):
        return None  # "relapsed in about a week" is not the "given over 2 weeks" of a course
    claim_kind = cq.of_what
    source_kind = proportion_kind(sentence.text, source_q)
    if claim_kind and source_kind and claim_kind != source_kind:
        return None
    listed = _listed_quantiles(claim_text)
    if listed[0]:
        claim_rank = _listed_rank(listed, cq.quantity.start)
    else:
        claim_rank = None if _SEVERAL_QUANTILES.search(claim_text) else claimed_quantile(cq.context)
    source_rank = labelled_quantile(sentence.text, source_q)
    if claim_rank is not None and source_rank is not None and claim_rank != source_rank:
        return None  # "top quartile" (Q4) is not the number labelled "ORQ3="
    if _other_subgroup(label, sentence, source_q) or _outside_setting(
        cq, sentence, source_q, index
    ):
        return None  # cryosolution A's number is not cryosolution B's
    if _same_quantile_contrast(cq, sentence, source_q, claim_text[: own[1]]):
        return Candidate(sentence, source_q, ("extreme quantiles",), 2.0)
    start, end, skip_start, skip_end = _source_window(sentence.text, source_q, sentence.quantities)
    source_terms = [
        t
        for t in sentence.terms
        if start <= t.start < end
        and not skip_start <= t.start < skip_end
        and not t.is_number
        and not _aside(sentence.text, t, source_q)
    ]
    source_concepts = frozenset(c for t in source_terms for c in t.concepts)
    source_concepts |= _gapped_concepts(sentence, source_q, start, end)
    if source_q.unit == "ratio_stat":
        source_concepts |= sentence.concepts & ODDS_CONCEPTS  # "OR 1.36" is of the odds
        source_concepts |= _contrast_concepts(sentence)
    source_concepts |= _sentence_label_concepts(sentence)
    if _shares_subject(sentence.text, start):
        # "Improvements occurred within an hour, and persisted for up to 1 week": a clause
        # without a subject of its own is told of the sentence's first subject.
        source_concepts |= {c for t in sentence.terms if t.start < start for c in t.concepts}
    if source_q.value < 0 and source_q.low is None and source_q.unit not in _STAT_UNITS:
        source_concepts |= _DECREASE  # "-1.83 points" is itself a fall ("lowered pain by ...")
    specific = claim_q_specific(cq.quantity)
    context = cq.context
    claim_outcome = OUTCOME_WORDS & {c for t in context for c in t.concepts}
    shared: list[str] = []
    score = 0.0
    claim_noun = _count_noun(cq.quantity)
    source_noun = _count_noun(source_q)
    # "Among 696 studies assessed, 7 met inclusion criteria": a bare count in a clause about
    # the claim's noun counts that noun.
    same_noun = claim_noun is not None and (
        claim_noun == source_noun
        or (source_noun is not None and _same_kind_of_variant(claim_noun, source_noun))
        # "386 people who went on to get pancreatic cancer" are the "386 pancreatic cancer
        # cases": the same head count of people, whatever noun each side counts them by.
        # Likewise "288 papers" and "288 articles": one count of the works a review screened.
        or (
            matched
            and source_noun is not None
            and _noun_class(claim_noun) in ("people", "studies")
            and _noun_class(claim_noun) == _noun_class(source_noun)
        )
        or (
            source_noun is None
            and source_q.unit in ("count", "ratio")
            and claim_noun in source_concepts
        )
    )
    # "13 runners" are the record's "Thirteen male endurance-trained [...] runners": a head
    # count described rather than named, the sample the sentence goes on to tell of.
    described_people = (
        claim_noun is not None
        and source_noun is None
        and source_q.unit in ("count", "")
        and _noun_class(claim_noun) == "people"
        and _describes_people(source_q)
    )
    same_noun = same_noun or described_people
    if not same_noun and claim_noun is not None and source_noun is not None:
        same_noun = _same_group(cq, claim_text[own[0] : own[1]], source_q, source_noun)
    # A count of a named noun ("nine trials") says what it counts; other numbers about an
    # outcome must meet a source number about one.
    # An odds, risk or hazard ratio is itself the size of an effect ("raised the odds by a
    # third" is "OR 1.33"), whatever words surround it.
    source_effect = bool(OUTCOME_WORDS & source_concepts) or source_q.unit == "ratio_stat"
    if not (specific or same_noun) and claim_outcome and not source_effect:
        return None
    firm = same_noun  # some shared word meets the source as itself, not only as a relative
    if same_noun:
        shared.append(_count_noun(cq.quantity) or "")
        score += 1.0
    topical_shared: list[str] = []
    # A time's own unit says nothing of what it times: "one week after each dose" does not
    # share a measure with "at week 1" through the word "week".
    # Nor does a scale's unit say which scale: "twenty points" of blood pressure is not "20
    # points" of a dissociation scale.
    own_unit = (
        (cq.quantity.start, cq.quantity.end)
        if _is_time(cq.quantity) or cq.quantity.unit in _SCALE_UNITS
        else (0, 0)
    )
    for term in context:
        if term.stem in WEAK_CONTEXT or not term.concepts & source_concepts:
            continue
        if own_unit[0] <= term.start < own_unit[1]:
            continue
        topical = is_topic(index, term)
        if topical and not (specific and (matched or cq.quantity.unit in DOSE_UNITS)):
            if term.stem not in topical_shared:
                topical_shared.append(term.stem)
            continue  # a contradiction rests on the record's topic words only for doses
        firm = firm or any(not c.startswith("~") for c in term.concepts & source_concepts)
        if term.stem not in shared:
            shared.append(term.stem)
            score += 0.5 if topical else 1.0
    if shared and not firm and _measure_elsewhere(context, own, sentence, index):
        return None
    if not shared and matched and len(topical_shared) >= _TOPICAL_MATCH:
        # The same value among several of the record's own topic words ("27% lower than
        # MLSS" for "a quarter below the maximal lactate steady state"): those words are what
        # the measure is.
        shared, score = topical_shared, 0.5 * len(topical_shared)
    if not shared:
        return None
    # A schedule, duration or dose says by its unit what it measures: with two words of its
    # clause around the source number too, everyday wording the record lacks ("once their
    # symptoms returned, patients got ...") does not make it a measure the record never names.
    # So does a counted noun the source number counts too ("just one variant tied to risk"
    # against "Three SNPs ... were associated with risk"): the noun names what is counted.
    # A count's noun with only a kind of event both sides share ("two patients ... had adverse
    # events leading to admission" against "Four patients discontinued because of adverse
    # events") does not: the event itself must match.
    event_shared = not same_noun or any(
        stem != claim_noun and stem not in _GENERIC_EVENTS for stem in shared
    )
    if not (matched or specific or event_shared):
        claim_events = {
            t.stem
            for t in context
            if own[0] <= t.start < own[1]
            and t.stem in _GENERIC_EVENTS
            and t.stem not in WEAK_CONTEXT
        }
        if claim_events and not claim_events.intersection(shared):
            return None  # "two patients had adverse events" are not the 240 enrolled
        if claim_events and _unshared_event_words(cq, own, source_concepts, index):
            return None
    named_by_unit = (specific or (same_noun and event_shared)) and len(shared) >= _NAMED_BY_UNIT
    group_share = _share_of_counted_group(cq, sentence.text, source_q, shared)
    if not matched and (
        _other_outcome(cq, source_concepts)
        or (not (named_by_unit or group_share) and _unreported_measure(cq, index, claim_text))
    ):
        return None
    if not matched and _unnamed_group(cq, own, sentence, index, claim_text):
        return None
    if (
        not matched
        and _per_increment(own, claim_text)
        and not _PER_INCREMENT.search(sentence.text, start, end)
    ):
        return None  # a change per 1,000 base pairs is not the extreme quintiles' odds ratio
    if not (
        matched or specific or same_noun or _same_outcome(cq, source_concepts) or group_share
    ) and not (_same_measure(context, shared, index, _denominator(cq))):
        return None
    if (
        not matched
        and source_q.value != _study_head_count(index)  # everyone studied: a sample size
        and _role_unshared(cq, claim_noun, shared, own, claim_text)
    ):
        return None
    # A quantile label both sides give ("in the third quartile", "ORQ3=") binds the value
    # already: words of the claim's other parts around the sentence do not unbind it.
    same_rank = claim_rank is not None and claim_rank == source_rank
    if (
        matched
        and not same_rank
        and _bound_to_other_part(cq, own, sentence, source_q, source_concepts, index)
    ):
        return None
    if matched and _same_counts(cq.quantity, source_q):
        # The same part of the same whole ("60 of 288"): two numbers that meet by chance would
        # be a rare coincidence, so words the claim places elsewhere do not undo it.
        return Candidate(sentence, source_q, tuple(shared), score + 1.0)
    # The claim's own words elsewhere in the sentence, not around this number: the number
    # belongs to another part of the sentence ("... and drinking with higher risk of falls").
    elsewhere = [
        t
        for t in context
        if own[0] <= t.start < own[1]
        and t.stem not in WEAK_CONTEXT
        and not t.concepts & source_concepts
        and t.concepts & sentence.concepts
        and not is_topic(index, t)
    ]
    if elsewhere and len(elsewhere) >= len(shared) and siblings:
        # Words the claim says about its other numbers, found around the source numbers
        # that match them, are accounted for ("scores fell by 14 points within 72 hours").
        accounted = _sibling_concepts(sentence, source_q, siblings)
        elsewhere = [t for t in elsewhere if not t.concepts & accounted]
    if elsewhere and matched and same_noun and _noun_class(claim_noun or "") in _WHOLES:
        # A head count of the same people or works, the same value: the claim's other words
        # bind it to another part only where they sit around another number ("identified 288
        # articles, 60 of which met the inclusion criteria" holds "included" with 60).
        others = _around_others(sentence, source_q)
        elsewhere = [t for t in elsewhere if t.concepts & others]
    if elsewhere and len(elsewhere) >= len(shared) and not (matched and described_people):
        return None
    return Candidate(sentence, source_q, tuple(shared), score)


# Kinds of event any count of patients may have: they name no event of their own.
_GENERIC_EVENTS: Final = frozenset(
    t.stem for t in terms_of("adverse events effects side reactions harms outcomes complications")
)


def _unshared_event_words(
    cq: ClaimQuantity, own: tuple[int, int], source_concepts: frozenset[str], index: RecordIndex
) -> bool:
    """Words of the claim's own part naming its event that the source number's clause lacks
    ("serious", "hospital admission")."""
    return any(
        own[0] <= t.start < own[1]
        and not cq.phrase.start <= t.start < cq.phrase.end
        and t.stem not in WEAK_CONTEXT
        and t.stem not in GENERIC_STEMS
        and t.stem not in _GENERIC_EVENTS
        and not t.is_number
        and not t.concepts & source_concepts
        and not is_topic(index, t)
        for t in cq.context
    )


# "Shortest vs longest fifth", "top versus bottom quartile", "Q5 vs Q1", "extreme quintiles":
# one contrast of the two ends of a ranking, however it is worded.
_QUANTILE_NOUN: Final = re.compile(
    r"\b(?:quintiles?|quartiles?|tertiles?|deciles?|fifths?|quarters?|thirds?|tenths?)\b",
    re.IGNORECASE,
)
_EXTREME_WORDS: Final = re.compile(
    r"\b(?:highest|lowest|top|bottom|shortest|longest|largest|smallest|greatest|least|"
    r"biggest|heaviest|lightest|oldest|youngest|tallest|uppermost|lowermost|upper|lower)\b",
    re.IGNORECASE,
)
_EXTREME_LABELS: Final = re.compile(
    r"\bQ([1-9])\s*(?:vs\.?|versus|compared\s+(?:with|to)|against|to)\s*Q([1-9])\b",
    re.IGNORECASE,
)
_EXTREME_TERM: Final = re.compile(r"\bextremes?\b", re.IGNORECASE)
_QUANTILE_TAG: Final = re.compile(r"Q[1-9]", re.IGNORECASE)


_QUANTILE_PARTS: Final = {"tert": 3, "thir": 3, "quar": 4, "quin": 5, "fift": 5, "deci": 10,
                          "tent": 10}  # fmt: skip


def quantile_parts(text: str) -> int | None:
    """Into how many parts the text's quantiles split a ranking (quartiles: 4), if it says."""
    match = _QUANTILE_NOUN.search(text)
    return _QUANTILE_PARTS[match.group().lower()[:4]] if match else None


def contrasts_extreme_quantiles(text: str) -> bool:
    """The text compares the two ends of a ranking by quantile."""
    if (m := _EXTREME_LABELS.search(text)) and _ends(int(m.group(1)), int(m.group(2))):
        return True
    if quantile_parts(text) is None:
        return False
    if _EXTREME_TERM.search(text):
        return True
    return len({m.group().lower() for m in _EXTREME_WORDS.finditer(text)}) >= 2


def _ends(first: int, second: int) -> bool:
    """ "Q1 vs Q5", "Q4 vs Q1": one label is the bottom and the other well above it."""
    return min(first, second) == 1 and max(first, second) >= 3


_RATIO_CLAIM_UNITS: Final = frozenset({"fold", "ratio_stat"})


def _same_quantile_contrast(
    cq: ClaimQuantity, sentence: IndexedSentence, source_q: Quantity, own_part: str
) -> bool:
    """A ratio the claim gives for the extreme quantiles ("2.8-fold odds, shortest vs longest
    fifth") is the record's ratio stated for its extreme quantiles ("comparing extreme
    quintiles ..., OR 1.72"), when every word the claim uses for what is ranked and what it
    raises is in that sentence: the same estimate, so its value confirms or contradicts."""
    if cq.quantity.unit not in _RATIO_CLAIM_UNITS or source_q.unit != "ratio_stat":
        return False
    if not contrasts_extreme_quantiles(own_part):
        return False
    earlier = [q for q in sentence.quantities if q.unit == "ratio_stat" and q.end <= source_q.start]
    clause_start = max((q.end for q in earlier), default=0)
    source_clause = sentence.text[clause_start : source_q.start]
    if not contrasts_extreme_quantiles(source_clause):
        return False
    claim_parts, source_parts = quantile_parts(own_part), quantile_parts(source_clause)
    if claim_parts and source_parts and claim_parts != source_parts:
        return False  # the extreme quartiles are not the extreme quintiles
    subject = [
        t
        for t in cq.context
        if t.stem not in WEAK_CONTEXT
        and t.stem not in GENERIC_STEMS
        and not t.is_number
        and not t.concepts & ODDS_CONCEPTS
        and not _QUANTILE_NOUN.search(t.text)
        and not _EXTREME_WORDS.search(t.text)
        and not _EXTREME_TERM.search(t.text)
        and not _QUANTILE_TAG.fullmatch(t.text)
        and not cq.phrase.start <= t.start < cq.phrase.end
    ]
    if not subject:
        return False
    return all(t.concepts & sentence.concepts for t in subject)


def _same_group(cq: ClaimQuantity, own_part: str, source_q: Quantity, source_noun: str) -> bool:
    """Two head counts of people named by other nouns, where every word the source's count
    gives its group is in the claim number's own part: "486 patients with pancreatic cancer"
    and "386 pancreatic cancer cases" count one group, whatever the values say."""
    claim_noun = _count_noun(cq.quantity) or ""
    if _noun_class(claim_noun) != "people" or _noun_class(source_noun) != "people":
        return False
    if counts_controls(cq.quantity.text) or counts_controls(source_q.text):
        return False
    group = {t.stem for t in terms_of(source_q.text) if not t.is_number} - {source_noun}
    group -= WEAK_CONTEXT
    return bool(group) and group <= {t.stem for t in terms_of(own_part)}


def _measure_elsewhere(
    context: tuple[Term, ...], own: tuple[int, int], sentence: IndexedSentence, index: RecordIndex
) -> bool:
    """A word of the claim number's own part that this sentence lacks and another sentence of
    the record has ("blood pressure ... twenty points" against a dissociation scale's "20
    points", blood pressure reported elsewhere): the number is that other measure's."""
    everywhere = index.memo(
        "quantity-record-concepts",
        lambda: frozenset(c for s in index.sentences for c in s.concepts if not c.startswith("~")),
    )
    return any(
        own[0] <= t.start < own[1]
        and not t.is_number
        and t.stem not in WEAK_CONTEXT
        and not is_topic(index, t)
        and t.stem in everywhere
        and not t.concepts & sentence.concepts
        for t in context
    )


# ", and persisted for up to 1 week": a coordinated predicate whose subject is the sentence's.
_COORDINATION_BEFORE: Final = re.compile(r"\b(?:and|but)\s*$", re.IGNORECASE)
_PREDICATE_FIRST: Final = re.compile(
    r"\s*(?:(?:was|were|had|has|have)\s+)?(?:\w+ed|fell|rose|grew|held|kept)\b", re.IGNORECASE
)


def _shares_subject(text: str, window_start: int) -> bool:
    return bool(
        _COORDINATION_BEFORE.search(text, max(0, window_start - 8), window_start)
        and _PREDICATE_FIRST.match(text, window_start)
    )


_TOPICAL_MATCH: Final = 2


def _window_concepts(sentence: IndexedSentence, quantity: Quantity) -> set[str]:
    """The concepts of the words a source number's window holds (its own phrase left out)."""
    start, end, skip_start, skip_end = _source_window(sentence.text, quantity, sentence.quantities)
    return {
        c
        for t in sentence.terms
        if start <= t.start < end and not skip_start <= t.start < skip_end
        for c in t.concepts
    }


def _around_others(sentence: IndexedSentence, source_q: Quantity) -> frozenset[str]:
    """The concepts of the words around the sentence's other numbers of the same unit."""
    concepts: set[str] = set()
    for other in sentence.quantities:
        if other is source_q or other.unit != source_q.unit:
            continue
        concepts.update(_window_concepts(sentence, other))
    return frozenset(concepts)


_WHOLE_CLAUSE: Final = (0, 1 << 30)
_WHOLES: Final = frozenset({"people", "studies"})


def _bound_to_other_part(
    cq: ClaimQuantity,
    own: tuple[int, int],
    sentence: IndexedSentence,
    source_q: Quantity,
    source_concepts: frozenset[str],
    index: RecordIndex,
) -> bool:
    """The same value sits in the source with the label the claim gives its *other* part:
    "15 (75%) for SAD and 18 (90%) for GAD" against "15 patients (75%) met criteria for GAD
    and 18 (90%) for SAD". The words of the claim number's own part are around another number
    of the same kind in that sentence, and a word only its other part has is around the source
    number: the labels are swapped, and the value belongs to the other label."""
    if own == _WHOLE_CLAUSE:
        return False

    def telling(term: Term) -> bool:
        return (
            term.stem not in WEAK_CONTEXT
            and not term.is_number
            and not cq.phrase.start <= term.start < cq.phrase.end
            and not is_topic(index, term)
        )

    own_terms = [t for t in cq.context if own[0] <= t.start < own[1] and telling(t)]
    own_concepts = {c for t in own_terms for c in t.concepts}
    missing = [
        t
        for t in own_terms
        if not t.concepts & source_concepts and t.concepts & _around_others(sentence, source_q)
    ]
    intruding = [
        t
        for t in cq.context
        if not own[0] <= t.start < own[1]
        and telling(t)
        and t.concepts & source_concepts
        and not t.concepts & own_concepts
    ]
    return bool(missing and intruding)


# "Each 1,000-base-pair shortening raised the risk by 20%", "per minor allele", "for every
# 10 mg": an effect per step of an exposure.
_PER_INCREMENT: Final = re.compile(
    r"\b(?:each|every|per)\s+(?:additional\s+|extra\s+|further\s+)?(?:[\d,.]+|one|unit|"
    r"standard\s+deviation|sd|allele|minor|copy)\b(?!\s+of\b)",  # "every one of": all of them
    re.IGNORECASE,
)


def _per_increment(own: tuple[int, int], claim_text: str) -> bool:
    return bool(_PER_INCREMENT.search(claim_text, *own))


# "15% of participants responded to midazolam": a share whose group is named after it.
_GROUP_LEAD: Final = re.compile(
    r"(?<!compared\s)(?<!relative\s)\b(?:to|after|with|on|among|receiving|given|taking)\s+"
    r"(?:the\s+|a\s+|an\s+)?$",
    re.IGNORECASE,
)
_GROUP_REACH: Final = 60  # characters after the number where its group may be named


def _arm_concepts(index: RecordIndex) -> frozenset[str]:
    """Concepts of the record's treatment arms and comparators ("midazolam", "placebo")."""
    return index.memo(
        "arm-concepts",
        lambda: frozenset(
            c
            for found in record_comparators(index)
            for t in terms_of(found.words)
            for c in t.concepts
            if not c.startswith("~")
        ),
    )


# "10 women (50%)": the share in brackets after a count is that group's share of the whole.
_COUNT_BEFORE_BRACKET: Final = re.compile(r"\b\d+\s+(?P<noun>[A-Za-z][\w-]*)\s*\(\s*$")


def _share_of_counted_group(
    cq: ClaimQuantity, source_text: str, source_q: Quantity, shared: list[str]
) -> bool:
    """The claim gives the share a named group makes up ("women made up two-thirds") and the
    source number is that group's share, bracketed after its count ("10 women (50%)"). A
    generic noun ("15 patients (75%) met criteria for GAD") names no group by itself."""
    if cq.quantity.unit not in _PERCENT_UNITS or source_q.unit not in _PERCENT_UNITS:
        return False
    match = _COUNT_BEFORE_BRACKET.search(source_text, max(0, source_q.start - 40), source_q.start)
    if match is None:
        return False
    stems = [t.stem for t in terms_of(match["noun"])]
    return bool(stems) and stems[0] in shared and stems[0] not in _GENERIC_PEOPLE


# Nouns that say only that people were counted, not which of them: "12 patients remained in
# remission" and "15 patients met criteria for GAD" count two different groups of patients.
_GENERIC_PEOPLE: Final = frozenset(
    t.stem for t in terms_of("patients participants subjects individuals people persons adults")
)


def _role_unshared(
    cq: ClaimQuantity,
    claim_noun: str | None,
    shared: list[str],
    own: tuple[int, int],
    claim_text: str,
) -> bool:
    """A count of people by a generic noun whose own part of the claim shares nothing with the
    source number but that noun (the rest comes from a heading or another clause): the two
    numbers count people in different roles, so they cannot contradict each other."""
    if claim_noun not in _GENERIC_PEOPLE:
        return False
    start = own[0]
    heading = claim_text.rfind(": ", start, cq.phrase.start)
    if heading >= 0:
        start = heading + 1  # "Treatment-refractory GAD/SAD: 12 patients ...": a topic label
    return not any(
        start <= t.start < own[1] and t.stem in shared and t.stem != claim_noun for t in cq.context
    )


def _unnamed_group(
    cq: ClaimQuantity,
    own: tuple[int, int],
    sentence: IndexedSentence,
    index: RecordIndex,
    claim_text: str,
) -> bool:
    """The claim's number is of an arm the record names ("15% of participants responded to
    midazolam") that the source sentence never mentions: the source number is another arm's
    ("Fifty-nine percent ... met response criteria" after ketamine), and the record gives no
    figure for the claim's arm. That is not a contradiction."""
    arms = _arm_concepts(index)
    limit = min(own[1], cq.phrase.end + _GROUP_REACH)
    return any(
        cq.phrase.end <= t.start < limit
        and t.concepts & arms
        and _GROUP_LEAD.search(claim_text, max(0, t.start - 30), t.start)
        and not is_topic(index, t)
        and not t.concepts & sentence.concepts
        for t in cq.context
    )


_NAMED_BY_UNIT: Final = 2


def _same_counts(claim_q: Quantity, source_q: Quantity) -> bool:
    """Both state the same part of the same whole as counts ("60 of 288")."""
    claim_parts, source_parts = count_parts(claim_q), count_parts(source_q)
    if claim_parts is None or source_parts is None:
        return False
    return (claim_q.numerator, claim_q.denominator) == (source_q.numerator, source_q.denominator)


# Joins between the parts of a clause; a comma joins only before a trailing phrase (", with
# benefits lasting up to a week"): after a leading one ("In the placebo group, 40% ...") the
# phrase still says what the number is about.
_PART_BREAK: Final = re.compile(
    r";|\b(?:and|but|while|whereas|whilst)\b|,\s*(?=(?:with|which|who)\b)", re.IGNORECASE
)


def _own_part(text: str, cq: ClaimQuantity) -> tuple[int, int]:
    """The part of the claim's clause its number belongs to, between joins ("and", "while").
    Words of the clause's other parts ("improved within an hour of dosing and the improvement
    persisted for up to a week") may sit elsewhere in the source sentence as well."""
    start, end = clause_bounds(text, cq.phrase.start)
    for match in _PART_BREAK.finditer(text, start, end):
        if match.end() <= cq.phrase.start:
            start = match.end()
        elif match.start() >= cq.phrase.end:
            return start, match.start()
    return start, end


# "15 patients (75%) met criteria for GAD and 18 (90%) for SAD": the second item says only
# what it is for; its verb is the first item's.
_ELLIPTICAL: Final = re.compile(
    r"^\W*(?:and|or)?\W*(?:for|in|among|at|with|of)\s+[^\s,;]+(?:\s+[^\s,;]+){0,3}?\W*$",
    re.IGNORECASE,
)
_PREPOSITION: Final = re.compile(r"\b(?:for|in|among|at|with|of)\b", re.IGNORECASE)


def _gapped_concepts(
    sentence: IndexedSentence, source_q: Quantity, start: int, end: int
) -> frozenset[str]:
    """The concepts of the verb a gapped list item leaves out, taken from the item before it
    (the same kind of number), up to that item's own object."""
    text = sentence.text
    own = _BRACKETS.sub(" ", re.sub(r"[0-9.,%]+", " ", text[start:end]))
    if not _ELLIPTICAL.match(own):
        return frozenset()
    before = [q for q in sentence.quantities if q.end <= start and q.unit == source_q.unit]
    if not before:
        return frozenset()
    p_start, p_end, _, _ = _source_window(text, before[-1], sentence.quantities)
    objects = list(_PREPOSITION.finditer(text, p_start, p_end))
    if not objects:
        return frozenset()
    return frozenset(
        c for t in terms_between(text, p_start, objects[-1].start()) for c in t.concepts
    )


def _sibling_concepts(
    sentence: IndexedSentence, source_q: Quantity, siblings: tuple[Quantity, ...]
) -> frozenset[str]:
    """The concepts around the sentence's other numbers that match the claim's other numbers."""
    concepts: set[str] = set()
    for other in sentence.quantities:
        if other is source_q or other.unit in _SKIPPED_SOURCE_UNITS:
            continue
        if not any(comparable_units(s, other) and compare(s, other)[0] for s in siblings):
            continue
        concepts.update(_window_concepts(sentence, other))
    return frozenset(concepts)


# --- which subgroup a number belongs to -----------------------------------------------------

# "cryosolution A", "group 2", "arm B": a subgroup named by a letter or a digit. Time points
# ("week 14") and cross-references ("Table 2") name no subgroup.
_LABEL: Final = re.compile(
    r"\b(?P<family>(?!(?:day|days|week|weeks|month|months|year|years|hour|hours|visit|table|"
    r"figure|fig|phase|type|step|page|line)\b)[A-Za-z][a-z-]{2,})\s+(?P<name>(?-i:[A-Z])|[1-9])\b"
    r"(?![\w-])",
    re.IGNORECASE,
)
_DEFINED_LABEL: Final = re.compile(rf"\(\s*(?:the\s+)?(?P<label>{_LABEL.pattern})\s*\)", re.I)
_LABEL_THEN_DEFINITION: Final = re.compile(
    rf"(?:{_LABEL.pattern})\s*\((?P<description>[^()]{{3,80}})\)", re.IGNORECASE
)
_ITEM_LABEL: Final = re.compile(rf"(?P<label>{_LABEL.pattern})\s*[:=]\s*$", re.IGNORECASE)
# "In the intact protein only, ...", "Only in women, ...": a result limited to one setting.
_ONLY_SETTING: Final = (
    re.compile(r"^\s*(?:in|with|for|among|at)\s+(?:the\s+)?(?P<what>[^,;()]{3,60}?)\s+only\s*,",
               re.IGNORECASE),
    re.compile(r"\bonly\s+(?:in|with|for|among)\s+(?:the\s+)?(?P<what>[^,;()]{3,60}?)\s*[,;]",
               re.IGNORECASE),
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class Label:
    family: str  # the naming noun, lower case ("cryosolution")
    name: str  # its letter or digit, upper case ("B")

    def same_family(self, other: Label) -> bool:
        """ "solution B" and "cryosolution A" name members of one family."""
        return self.family.endswith(other.family) or other.family.endswith(self.family)


def _label(match: re.Match[str]) -> Label:
    return Label(match["family"].lower().rstrip("s"), match["name"].upper())


def _definition_spans(text: str) -> list[tuple[Label, int, int]]:
    """Each subgroup a sentence defines, with the span of its description: the text since the
    previous definition (or the last colon or semicolon) up to "(cryosolution B)", or the
    bracket after the label: "regimen B (intranasal esketamine)"."""
    spans = []
    previous = 0
    for match in _DEFINED_LABEL.finditer(text):
        at = match.start()
        cut = max(text.rfind(":", previous, at), text.rfind(";", previous, at))
        spans.append((_label(match), max(previous, cut + 1), at))
        previous = match.end()
    spans += [
        (_label(match), match.start("description"), match.end("description"))
        for match in _LABEL_THEN_DEFINITION.finditer(text)
    ]
    return spans


def _definitions(index: RecordIndex) -> dict[Label, frozenset[str]]:
    """The words each defined subgroup is described by, only those that tell it apart from the
    others of its family: "0.1 M sodium citrate containing ... 10% Me(2)SO (cryosolution B)"
    describes B by "citrate" when A is sodium chloride."""
    described: dict[Label, set[str]] = {}
    for sentence in index.sentences:
        for label, start, end in _definition_spans(sentence.text):
            words = {t.stem for t in terms_between(sentence.text, start, end) if not t.is_number}
            described.setdefault(label, set()).update(words - WEAK_CONTEXT)
    distinct: dict[Label, frozenset[str]] = {}
    for label, words in described.items():
        others = [w for o, w in described.items() if o != label and o.same_family(label)]
        if others:
            distinct[label] = frozenset(words.difference(*others))
    return distinct


def record_definitions(index: RecordIndex) -> dict[Label, frozenset[str]]:
    return index.memo("subgroup-definitions", lambda: _definitions(index))


def claim_label(
    text: str, start: int, end: int, index: RecordIndex, *, at: int | None = None
) -> Label | None:
    """The subgroup the claim's clause ``text[start:end]`` is about, by name ("cryosolution A")
    or by its description ("the citrate-based solution"); None when it names none or several.
    A clause naming several ("A contained 10% and B 15%") gives the number at ``at`` the one
    named in its own coordinated part."""
    defined = record_definitions(index)
    if not defined:
        return None
    found = [
        (match.start(), label)
        for match in _LABEL.finditer(text, start, end)
        if any((label := _label(match)).same_family(d) for d in defined)
    ]
    named = {label for _, label in found}
    if len(named) > 1 and at is not None:
        part_start, part_end = _coordinated_part(text, start, end, at)
        named = {label for where, label in found if part_start <= where < part_end}
    if named:
        return next(iter(named)) if len(named) == 1 else None
    stems = {t.stem for t in terms_between(text, start, end)}
    described = [label for label, words in defined.items() if words & stems]
    return described[0] if len(described) == 1 else None


# Where a clause coordinates parts that each carry their own subgroup and number.
_COORDINATION_BREAK: Final = re.compile(r"[,;]|\b(?:and|or|but|while|whereas|versus|vs\.?)\b", re.I)


def _coordinated_part(text: str, start: int, end: int, at: int) -> tuple[int, int]:
    """The span of the coordinated part of ``text[start:end]`` that holds position ``at``."""
    breaks = list(_COORDINATION_BREAK.finditer(text, start, end))
    before = [m.end() for m in breaks if m.end() <= at]
    after = [m.start() for m in breaks if m.start() >= at]
    return (before[-1] if before else start, after[0] if after else end)


def source_label(sentence: IndexedSentence, quantity: Quantity, family: Label) -> Label | None:
    """The subgroup a source number belongs to: its item in a labelled list ("(cryosolution
    A: 8 to 23%; cryosolution B: 5 to 38%)"), the definition it sits in, or the one subgroup
    its sentence names ("With cryosolution B, ... from 32 to 52%")."""
    text = sentence.text
    item_start = max(text.rfind(";", 0, quantity.start), text.rfind("(", 0, quantity.start)) + 1
    if item := _ITEM_LABEL.search(text, item_start, quantity.start):
        return _label(item)
    for label, start, end in _definition_spans(text):
        if start <= quantity.start and quantity.end <= end:
            return label
    named = {label for m in _LABEL.finditer(text) if (label := _label(m)).same_family(family)}
    return next(iter(named)) if len(named) == 1 else None


def _sentence_label_concepts(sentence: IndexedSentence) -> frozenset[str]:
    """What the one subgroup a sentence names stands for ("With cryosolution A, ..." carries
    "sodium chloride"): it scopes every number of the sentence, not only the words near it."""
    spans = [m.span() for m in _LABEL.finditer(sentence.text)]
    if len({sentence.text[a:b].lower() for a, b in spans}) != 1:
        return frozenset()
    return frozenset(
        c for t in sentence.terms if any(a <= t.start < b for a, b in spans) for c in t.concepts
    )


def _other_subgroup(claimed: Label | None, sentence: IndexedSentence, quantity: Quantity) -> bool:
    """The source number belongs to another subgroup of the family the claim names."""
    if claimed is None:
        return False
    stated = source_label(sentence, quantity, claimed)
    return stated is not None and stated.same_family(claimed) and stated.name != claimed.name


def _outside_setting(
    cq: ClaimQuantity, sentence: IndexedSentence, quantity: Quantity, index: RecordIndex
) -> bool:
    """The source number's clause is limited to a setting the claim's clause never names
    ("In the intact protein only, ... in the pH range 5.5 to 10.5" for the subunit)."""
    c_start, c_end = clause_bounds(sentence.text, quantity.start)
    for pattern in _ONLY_SETTING:
        match = pattern.search(sentence.text, c_start, c_end)
        if match is None or match.start() > quantity.start:
            continue
        setting = [
            t
            for t in terms_between(sentence.text, match.start("what"), match.end("what"))
            if not t.is_number and t.stem not in WEAK_CONTEXT
        ]
        specific = [t for t in setting if not is_topic(index, t)] or setting
        claimed = {c for t in cq.context for c in t.concepts}
        if specific and not all(t.concepts & claimed for t in specific):
            return True
    return False


# --- what a time measures ---------------------------------------------------------------------

_TIME_UNITS: Final = frozenset({"year", "month", "week", "day", "hour", "minute", "second"})
# "six months after the injections ended": a time counted from the end of treatment.
_AFTER_END: Final = re.compile(
    r"\s*(?:[\w-]+\s+){0,2}?(?:after|following|once|since|post)\s+"
    r"(?:(?:the|their|his|her|its|a|an|each|all|this)\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:ended|stopped|finished|ceased|discontinued|completed|ending|stopping|discontinuation|"
    r"completion|withdrawal|cessation|end|(?:was|were|had\s+been|had)\s+(?:stopped|ended|"
    r"finished|discontinued|completed|withdrawn))\b"
    r"|\s*(?:post-?treatment|post-?trial|of\s+follow-?up|follow-?up)\b",
    re.IGNORECASE,
)
# "Remission after the end of maintenance lasted three months": the time is counted from the
# end of treatment, named before the number in its clause.
_AFTER_END_BEFORE: Final = re.compile(
    r"\b(?:after|following|once|since)\s+(?:the\s+|their\s+)?(?:end|ending|stopping|cessation|"
    r"completion|discontinuation|withdrawal)\b"
    r"|\b(?:after|following|once|since)\s+(?:the\s+|their\s+)?(?:[\w-]+\s+){0,2}?(?:ended|stopped|"
    r"finished|ceased|was\s+(?:stopped|ended|withdrawn|discontinued))\b"
    r"|\bpost-?(?:treatment|trial)\b",
    re.IGNORECASE,
)
# "at 30 min", "at week 14": when something was observed.
_AT_LEFT: Final = re.compile(
    r"\bat\s+(?:(?:about|around|approximately|roughly)\s+)?"
    r"(?:(?:day|week|month|hour|minute|year)\s+)?$",
    re.IGNORECASE,
)
# "by 60-90 s after activation", "within two hours": a deadline, not a time point.
_DEADLINE_LEFT: Final = re.compile(r"\b(?:by|within|before)\s+$", re.IGNORECASE)
# "One hour after dosing", "24 hours postinfusion": a point in time after an event.
_AFTER_EVENT: Final = re.compile(r"\s*-?\s*(?:after|post|following|later)", re.IGNORECASE)
# Words saying something went back to how it was: a time of recovery is not the time a change
# was seen ("back to pre-dose levels within two hours" against "increased ... at 30 min").
_RECOVERY: Final = re.compile(
    r"\b(?:back\s+to|return\w*\s+to|normali[sz]\w*|back\s+down|resolv\w*|subsid\w*|recover\w*|"
    r"wore\s+off|worn\s+off|wear\w*\s+off|faded|gone|vanish\w*|disappear\w*|dissipat\w*|"
    # "reached baseline" is a recovery; "compared with (or relative to) pre-dose values" is not
    r"(?:(?<!relative\s)(?<!compared\s)(?<!respect\s)(?<!similar\s)to|reached|regained|towards?)\s+(?:the\s+)?(?:baseline|pre-?dose\s+(?:levels?|values?))"
    r"|came\s+down)\b",
    re.IGNORECASE,
)


# "relief set in about a week after", "improvements occurred within an hour": when an effect
# began, whatever the number's role word ("within", "after", "about").
_ONSET: Final = re.compile(
    r"\b(?:set|sets|kick(?:s|ed)?)\s+in\b|\b(?:took|takes?|taking)\s+(?:effect|hold)\b|\bonset\b"
    r"|\b(?:began|begins?|started|starts?|emerged?|emerges|appeared|appears?|occurred|occurs?"
    r"|arrived|showed\s+up)\b",
    re.IGNORECASE,
)
_ONSET_PART_BREAK: Final = re.compile(r"[,;:]|\b(?:and|but|while|whereas)\b", re.IGNORECASE)
_ONSET_REACH: Final = 60


@dataclass(frozen=True, slots=True)
class TimeReading:
    # "after_end" (counted from the end of treatment), "at" (a time point), "deadline" (by when
    # something happened: "within an hour"), "span" (how long: "persisted for a week")
    role: str
    recovery: bool  # the clause is about getting back to how things were
    onset: bool = False  # the number times when an effect began ("set in", "occurred within")
    ordinal: bool = False  # named by its place in order ("the first week")


def _is_time(quantity: Quantity) -> bool:
    return quantity.unit in _TIME_UNITS


# "mean age 45 years", "aged 60-75 years", "45 years old", "a 45-year-old man", "45 years of
# age": how old someone is, never how long something lasted or when it happened.
_AGE_LEFT: Final = re.compile(
    r"\b(?:ages?|aged)\b(?:[\s,:=(\[]+(?:of|was|were|is|at|about|around|roughly|approximately"
    r"|nearly|almost|over|under|above|below|between|from|range[ds]?|ranging|mean|median"
    r"|average)\b){0,3}[\s,:=(\[<>≤≥]*$",
    re.IGNORECASE,
)
_AGE_RIGHT: Final = re.compile(
    r"\s*(?:-\s*|\s)?(?:olds?\b|of\s+age\b)|\s+(?:or|and)\s+(?:younger|older|over|under|above)\b",
    re.IGNORECASE,
)
# "mean age at onset of symptoms was 14 months", "children younger than 5 years", "infants
# under 6 months": an age told with the event it was reached at, or as a bound on people.
_AGE_AT_EVENT: Final = re.compile(
    r"\bages?\s+(?:at|of)\s+(?:(?!(?:was|were|is)\b)[A-Za-z-]+\s+){1,5}"
    r"(?:was|were|is|of|averaged|ranged\s+from)\b[\s,:=(\[]*"
    r"(?:(?:about|around|approximately|roughly|nearly|almost|mean|median|average|only)\s+)*$",
    re.IGNORECASE,
)
_AGE_BOUND: Final = re.compile(
    r"\b(?:(?:younger|older)\s+than|(?:children|infants|babies|toddlers|kids|adults|people"
    r"|persons|patients|participants|subjects|individuals|men|women|boys|girls|those)"
    r"\s+(?:under|below|over|above|aged\s+(?:under|below|over|above)?))\s*$",
    re.IGNORECASE,
)
# "followed for 5 years", "lasted 2 weeks", "within 72 hours", "a 2-year follow-up": how long
# something went on, or when it happened after another event, never how old anyone was.
_DURATION_LEFT: Final = re.compile(
    r"\b(?:for|over|during|within|after|lasted|lasting|lasts|persisted|persisting|followed"
    r"|follow-up|follow\s+up|period\s+of|duration\s+of|course\s+of|up\s+to|in\s+the\s+(?:first"
    r"|next|last|past|following))\b(?:\s+(?:a|an|the|about|around|approximately|roughly|nearly"
    r"|almost|some|another|further|at\s+least|more\s+than|less\s+than|up\s+to|mean|median"
    r"|average|of|over|total|up|for|period))*[\s,:=(]*$",
    re.IGNORECASE,
)
_DURATION_RIGHT: Final = re.compile(
    r"\s*(?:-\s*)?(?:later|after|afterwards|post\b|of\s+(?:follow|treatment|therapy|observation"
    r"|the\s+(?:trial|study))|follow[\s-]*up|period|course|duration|long\b)",
    re.IGNORECASE,
)


# "six infusions administered thrice weekly over 2 weeks", "treated for 12 weeks": how long a
# course of treatment ran. A claim's time of some other event ("depression returned in about
# a week") is not that length, unless its own part of the sentence tells of the treatment.
_COURSE_LEFT: Final = re.compile(
    r"\b(?:administered|given|received|infused|injected|dosed|treated|delivered|applied|taken)\b"
    r"[^.;:]{0,60}?\b(?:over|for|during|across)\s+(?:(?:a|the)\s+(?:period|course)\s+of\s+)?$",
    re.IGNORECASE,
)
# "for two weeks", "over a fortnight": the claim's own time is worded as a course's length.
_COURSE_LEAD: Final = re.compile(
    r"\b(?:over|for|during|across|lasting)\s+(?:(?:about|around|roughly|some|nearly|almost"
    r"|approximately|just)\s+)?$",
    re.IGNORECASE,
)
_TREATMENT_WORDS: Final = re.compile(
    r"\b(?:administ\w*|giv\w*|given|gave|receiv\w*|infus\w*|inject\w*|dos\w*|treat\w*|therap\w*"
    r"|course|regimen|sessions?|took|tak\w*|applied|application|drug|medication|prescri\w*)\b",
    re.IGNORECASE,
)
_OWN_SEGMENT_BREAK: Final = re.compile(r"[,;:()]|\.(?:\s|$)")


def _course_length(text: str, quantity: Quantity) -> bool:
    return _time_roles(text, quantity.start, quantity.end, quantity.text)[2]


def _own_segment(text: str, quantity: Quantity) -> tuple[int, int]:
    """The stretch of text between the punctuation around a number."""
    starts = [m.end() for m in _OWN_SEGMENT_BREAK.finditer(text, 0, quantity.start)]
    after = _OWN_SEGMENT_BREAK.search(text, quantity.end)
    return (starts[-1] if starts else 0), (after.start() if after else len(text))


def _is_age(text: str, quantity: Quantity) -> bool:
    if not _is_time(quantity) or not text:
        return False
    return _time_roles(text, quantity.start, quantity.end, quantity.text)[0]


def _is_duration(text: str, quantity: Quantity) -> bool:
    """A time worded as how long something went on ("followed for 5 years")."""
    return bool(text) and _time_roles(text, quantity.start, quantity.end, quantity.text)[1]


@lru_cache(maxsize=8192)
def _time_roles(text: str, start: int, end: int, written: str) -> tuple[bool, bool, bool]:
    """(an age, a duration, a course's length) for the time at ``start``-``end`` of ``text``:
    read once for each figure, however many figures it is compared with."""
    age = bool(
        written.lower().endswith(("old", "olds"))
        or _AGE_LEFT.search(text, max(0, start - 40), start)
        or _AGE_AT_EVENT.search(text, max(0, start - 70), start)
        or _AGE_BOUND.search(text, max(0, start - 40), start)
        or _AGE_RIGHT.match(text, end)
    )
    duration = not age and bool(
        _DURATION_LEFT.search(text, max(0, start - 50), start) or _DURATION_RIGHT.match(text, end)
    )
    course = bool(_COURSE_LEFT.search(text, max(0, start - 90), start))
    return age, duration, course


def _age_against_duration(
    claim_text: str, claim_q: Quantity, sentence: IndexedSentence, source_q: Quantity
) -> bool:
    """One side's time is an age and the other's is plainly a duration: never one measure.
    A time neither plainly an age nor a duration ("began at 14 months") may be either."""
    claim_age, source_age = _is_age(claim_text, claim_q), _is_age(sentence.text, source_q)
    if claim_age == source_age:
        return False
    if claim_age:
        return _is_duration(sentence.text, source_q)
    return _is_duration(claim_text, claim_q)


def _time_reading(text: str, quantity: Quantity) -> TimeReading:
    reading = _time_role(text, quantity)
    return replace(reading, onset=_times_onset(text, quantity))


def _times_onset(text: str, quantity: Quantity) -> bool:
    """The words just before the number, within its part of the clause, say an effect began."""
    lead_start = max(0, quantity.start - _ONSET_REACH)
    breaks = list(_ONSET_PART_BREAK.finditer(text, lead_start, quantity.start))
    lead_start = breaks[-1].end() if breaks else lead_start
    return bool(_ONSET.search(text, lead_start, quantity.start))


def _time_role(text: str, quantity: Quantity) -> TimeReading:
    start, end = clause_bounds(text, quantity.start)
    recovery = bool(_RECOVERY.search(text, start, end))
    if _ORDINAL_TIME.match(quantity.text):
        return TimeReading("at", recovery, ordinal=True)  # "the first week" is week 1
    if _AFTER_END.match(text, quantity.end) or _AFTER_END_BEFORE.search(
        text, start, quantity.start
    ):
        return TimeReading("after_end", recovery)
    before = max(0, quantity.start - 24)
    if _AT_LEFT.search(text, before, quantity.start):
        return TimeReading("at", recovery)
    if _DEADLINE_LEFT.search(text, before, quantity.start):
        return TimeReading("deadline", recovery)  # "within an hour": when a change had come
    if quantity.bound is None and _AFTER_EVENT.match(text, quantity.end):
        return TimeReading("at", recovery)  # "One hour after dosing"
    return TimeReading("span", recovery)


# "first week", "2nd month": a time named by its place in order.
_ORDINAL_TIME: Final = re.compile(
    r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth"
    r"|\d+(?:st|nd|rd|th))[\s-]",
    re.IGNORECASE,
)


def _same_time_measure(
    claim: TimeReading, source: TimeReading, matched: bool, conflicting: bool
) -> tuple[bool, bool]:
    """Times only meet when they time the same thing. A time counted from the end of treatment
    is never the length of the treatment; a conflict further needs the same kind of time (a time
    point is not a time limit: "within two hours" against "at 30 min"; nor is a time limit a
    length: "within an hour" against "persisted for a week") and, when the claim
    times a recovery, a source that times one too."""
    if (claim.role == "after_end") != (source.role == "after_end"):
        return False, False
    if claim.ordinal and source.role == "span":
        return False, False  # "the first week" is a point in time, never a length of one
    # When an effect wore off is never backed by when it began ("worn off within two weeks"
    # against "improvement within 72 hours"), nor a time limit by a length ("within a week"
    # against "persisted for up to 1 week").
    if (claim.recovery and not source.recovery) or (
        claim.role == "deadline" and source.role == "span"
    ):
        matched = False
    if conflicting and claim.onset and source.onset and not (claim.recovery or source.recovery):
        return matched, True  # both time when the effect began, however each words it
    if conflicting and (claim.role != source.role or (claim.recovery and not source.recovery)):
        return matched, False
    return matched, conflicting


_QUANTILE_CONCEPTS: Final = {"topquartile": 4, "bottomquartile": 1, "topquintile": 5,
                              "bottomquintile": 1}  # fmt: skip
_ORDINALS: Final = {"second": 2, "2nd": 2, "third": 3, "3rd": 3, "middle": 3}
# "the two highest quartiles", "the top three quintiles": several quantiles, none alone
_SEVERAL_QUANTILES: Final = re.compile(
    r"\b(?:two|three|four|both|[2-9])\s+(?:top|highest|upper|bottom|lowest|lower)\s+"
    r"(?:quartiles|quintiles|tertiles|deciles)\b"
    r"|\b(?:top|highest|upper|bottom|lowest|lower)\s+(?:two|three|four|[2-9])\s+"
    r"(?:quartiles|quintiles|tertiles|deciles)\b",
    re.IGNORECASE,
)
_QUANTILE_LABEL: Final = re.compile(r"Q([1-9])\s*[=:]?\s*$")


# "the third and fourth quartiles", "Q2, Q3 and Q4": several quantiles named in one list.
_RANK_WORD: Final = (
    r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|1st|2nd|3rd|[4-9]th"
    r"|10th|top|highest|upper|bottom|lowest|Q[1-9])"
)
_RANK_LIST: Final = re.compile(
    rf"\b(?P<list>{_RANK_WORD}(?:\s*,\s*{_RANK_WORD})*\s*,?\s*(?:and|or|&)\s+{_RANK_WORD})"
    r"(?:\s+(?P<noun>quartiles|quintiles|tertiles|deciles))?\b",
    re.IGNORECASE,
)
_RANK_ITEM: Final = re.compile(_RANK_WORD, re.IGNORECASE)
_RANK_OF: Final = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3,
                   "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9,
                   "tenth": 10, "10th": 10, "bottom": 1, "lowest": 1}  # fmt: skip
_PARTS_OF_NOUN: Final = {"quartiles": 4, "quintiles": 5, "tertiles": 3, "deciles": 10}
_LISTED_FIGURE: Final = re.compile(r"(?<![\w.])-?\d+(?:\.\d+)?(?![\w.]*\d)")
_FIGURE_LINK: Final = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|,?\s*(?:and|or|&)\s+)$")


@lru_cache(maxsize=4096)
def _listed_quantiles(
    claim_text: str,
) -> tuple[tuple[int | None, ...], tuple[tuple[int, ...], ...]]:
    """The quantiles a claim names in one list ("third and fourth quartiles" -> (3, 4)) and its
    lists of figures (the starts of "4.15 and 4.76"); empty when it names no such list."""
    ranks: list[int | None] = []
    for match in _RANK_LIST.finditer(claim_text):
        items = _RANK_ITEM.findall(match.group("list"))
        if not match.group("noun") and not all(i[0] in "Qq" for i in items):
            continue  # "first and second doses": no quantiles
        parts = _PARTS_OF_NOUN.get((match.group("noun") or "").lower())
        for item in items:
            word = item.lower()
            if word[0] == "q":
                ranks.append(int(word[1:]))
            elif word in ("top", "highest", "upper"):
                ranks.append(parts)
            else:
                ranks.append(_RANK_OF.get(word) or int(word[:-2]))
        break
    if not ranks:
        return (), ()
    chains: list[list[int]] = []
    last_end = -1
    for figure in _LISTED_FIGURE.finditer(claim_text):
        if chains and _FIGURE_LINK.match(claim_text[last_end : figure.start()]):
            chains[-1].append(figure.start())
        else:
            chains.append([figure.start()])
        last_end = figure.end()
    return tuple(ranks), tuple(tuple(c) for c in chains if len(c) > 1)


def _listed_rank(
    listed: tuple[tuple[int | None, ...], tuple[tuple[int, ...], ...]], start: int
) -> int | None:
    """The quantile a figure in a list stands for, by its place ("ORs of 4.15 and 4.76 for the
    third and fourth quartiles": 4.15 is Q3's); None when the figure is not placed by a list of
    the same length (it may be any of the quantiles named)."""
    ranks, chains = listed
    for chain in chains:
        if start in chain and len(chain) == len(ranks):
            return ranks[chain.index(start)]
    return None


def claimed_quantile(context: tuple[Term, ...]) -> int | None:
    """Which quantile a claim's number is about ("top quartile" -> 4), if it says."""
    for term in context:
        for concept, rank in _QUANTILE_CONCEPTS.items():
            if concept in term.concepts:
                return rank
    words = [t.text.lower() for t in context]
    for word, following in pairwise(words):
        if word in _ORDINALS and following.startswith(("quartile", "quintile")):
            return _ORDINALS[word]
    return None


def labelled_quantile(text: str, quantity: Quantity) -> int | None:
    """The quantile a source number is labelled with ("ORQ3=4.15", "Q4: 2.1")."""
    match = _QUANTILE_LABEL.search(text, max(0, quantity.start - 8), quantity.start)
    return int(match.group(1)) if match else None


@lru_cache(maxsize=4096)
def _work_named_by_journal(claim_text: str) -> tuple[tuple[int, int], ...]:
    return tuple(m.span() for m in journal_as_adjective(claim_text))


def _unreported_measure(cq: ClaimQuantity, index: RecordIndex, claim_text: str = "") -> bool:
    """The claim's number measures something the record never names: at least as many of its
    clause's meaningful words are absent from the whole record as are present ("fertilised
    40% of eggs" against a record with no eggs). No source number can contradict it."""
    # "The Gut analysis", "the Cryobiology study" name the paper, not what the number measures.
    by_journal = _work_named_by_journal(claim_text) if claim_text else ()
    meaningful = [
        t
        for t in cq.context
        if not any(start <= t.start < end for start, end in by_journal)
        and t.stem not in WEAK_CONTEXT
        and t.stem not in GENERIC_STEMS
        and not t.is_number
        and not cq.phrase.start <= t.start < cq.phrase.end  # the number's own unit
        and not is_topic(index, t)
    ]
    absent = sum(1 for t in meaningful if index.document_frequency(t.concepts) == 0)
    return absent >= 2 and 2 * absent >= len(meaningful)


def _same_measure(
    context: tuple[Term, ...], shared: list[str], index: RecordIndex, denominator: set[str]
) -> bool:
    """A conflict needs the source number to measure what the claim's does: its clause shares
    more than half of the claim's meaningful words that the record uses at all. "One in five
    responders relapsed after the infusions stopped" is not measured by "59% of participants
    met response criteria", which shares only "response"."""
    kept = [
        t
        for t in context
        if t.stem not in WEAK_CONTEXT
        and t.stem not in GENERIC_STEMS
        and t.stem not in denominator
        and index.document_frequency(t.concepts) > 0
        and not is_topic(index, t)
    ]
    meaningful = {t.stem for t in kept}
    if 2 * len(meaningful & set(shared)) > len(meaningful):
        return True
    # "LEmin was 17% lower than MLSS in the trained runners": words the record's title names
    # (who or what the whole study is about) scope every number of it; they need not sit
    # beside the one measured, when two or more words of the measure itself do.
    title = _title_concepts(index)
    measure = {t.stem for t in kept if not t.concepts & title}
    both = measure & set(shared)
    return len(both) >= _MEASURE_WORDS and 2 * len(both) > len(measure)


_MEASURE_WORDS: Final = 2


def _title_concepts(index: RecordIndex) -> frozenset[str]:
    titles = [s for s in index.sentences if not s.in_abstract]
    return titles[0].concepts if titles else frozenset()


def _outcome_kinds(concepts: frozenset[str] | set[str]) -> set[int]:
    return {i for i, kind in enumerate(OUTCOME_KINDS) if concepts & kind}


def _denominator(cq: ClaimQuantity) -> set[str]:
    """The people a share is *of* ("one in five responders", "59% of depressed patients"): the
    denominator, not the outcome."""
    if cq.of_what != "people" or cq.quantity.unit not in _PERCENT_UNITS:
        return set()
    after = sorted((t for t in cq.context if t.start >= cq.phrase.end), key=lambda t: t.start)
    denominator: set[str] = set()
    for term in after[:_DENOMINATOR_REACH]:
        denominator.add(term.stem)
        if term.stem in PEOPLE or _outcome_kinds(term.concepts):
            return denominator
    return set()


def _claimed_outcomes(cq: ClaimQuantity) -> set[int]:
    denominator = _denominator(cq)
    return _outcome_kinds({c for t in cq.context if t.stem not in denominator for c in t.concepts})


def _same_outcome(cq: ClaimQuantity, source_concepts: frozenset[str]) -> bool:
    """A share of people with the same kind of outcome on both sides ("69% ... achieved a
    reduction" against "59% ... met response criteria")."""
    if cq.of_what != "people" or cq.quantity.unit not in _PERCENT_UNITS:
        return False
    return bool(_claimed_outcomes(cq) & _outcome_kinds(source_concepts))


def _other_outcome(cq: ClaimQuantity, source_concepts: frozenset[str]) -> bool:
    """The claim's number is about one kind of outcome (relapse) and the source's about only
    another (response): they never measure the same thing."""
    claimed = _claimed_outcomes(cq)
    source = _outcome_kinds(source_concepts)
    return bool(claimed and source and not claimed & source)


_DENOMINATOR_REACH: Final = 3


# Nouns that name the same kind of thing, so that "Seven patients" and "Seven subjects" or
# "six infusions" and "ten injections" count alike.
_ADMINISTRATIONS: Final = frozenset(
    t.stem
    for t in terms_of("infusions injections doses dosings sessions treatments administrations")
)


# Genetic variants by their kinds: "dozens of variants" and "Three SNPs" count the same thing.
_GENETIC_VARIANTS: Final = frozenset(
    t.stem for t in terms_of("variants variant snps snp polymorphisms polymorphism")
)


def _same_kind_of_variant(claim_noun: str, source_noun: str) -> bool:
    """ "variants" and "SNPs" name the same thing. People are not matched by kind here: "1,200
    applicators" and "679 men" may be a whole and its part, the sample-size check's to judge."""
    return claim_noun in _GENETIC_VARIANTS and source_noun in _GENETIC_VARIANTS


# Participants of a case-control study, counted as "386 cases and 896 matched controls".
_CASE_CONTROL: Final = frozenset(t.stem for t in terms_of("cases controls"))


def _noun_class(stem: str) -> str:
    if stem in PEOPLE or stem in _CASE_CONTROL:
        return "people"
    if stem in STUDIES:
        return "studies"
    if stem in _ADMINISTRATIONS:
        return "administrations"
    if stem in _GENETIC_VARIANTS:
        return "genetic variants"
    return stem


# Words that make an unnamed head count one of people ("Thirteen male endurance-trained ...
# runners", the noun far off behind a bracket).
_PEOPLE_DESCRIPTORS: Final = PEOPLE | frozenset(
    t.stem for t in terms_of("male female males females boys girls")
)


def _describes_people(source_q: Quantity) -> bool:
    """A count that names no noun of its own but is described as people ("Thirteen male")."""
    return any(t.stem in _PEOPLE_DESCRIPTORS for t in terms_of(_around(source_q)))


def _same_kind_of_thing(claim_q: Quantity, source_q: Quantity) -> bool:
    """Two counts that each name what they count must count the same kind of thing: "two doses
    a week" is never measured by "20 patients", nor "three infusions" by "3 participants"."""
    claim_noun, source_noun = _count_noun(claim_q), _count_noun(source_q)
    if claim_noun is not None and source_noun is None and source_q.unit in ("count", ""):
        return _bare_count_of(claim_noun, source_q)
    if claim_noun is None or source_noun is None:
        return True
    if counts_controls(claim_q.text) != counts_controls(source_q.text):
        return False  # "386 controls" are not the "386 pancreatic cancer cases"
    return _noun_class(claim_noun) == _noun_class(source_noun)


def _counts_other_things(claim_q: Quantity, source_text: str, source_q: Quantity) -> bool:
    """A count that names its noun ("over eleven visits") against one side of an "n of N" that
    counts another kind of thing ("Of the 20 patients, 18"): not the same count."""
    claim_noun = _count_noun(claim_q)
    if claim_noun is None or claim_noun in _MULTIPLES or count_parts(source_q) is None:
        return False
    source_noun = counted_noun(source_text, source_q)
    if source_noun is None:
        # "288 articles, 60 of which": the counted thing is named around the figures, if at all.
        return not _bare_count_of(claim_noun, replace(source_q, context=_around(source_q)))
    source_stems = [t.stem for t in terms_of(source_noun)]
    return bool(source_stems) and _noun_class(claim_noun) != _noun_class(source_stems[-1])


# "five dozen" names an amount, not what it counts.
_MULTIPLES: Final = frozenset(t.stem for t in terms_of("dozen dozens score scores"))


def _around(quantity: Quantity) -> str:
    return f"{quantity.context} {quantity.text}"


def _bare_count_of(claim_noun: str, source_q: Quantity) -> bool:
    """Whether a source number that names no noun ("neuropathic (n = 2)") may count the claim's
    noun. A head count of people may go unnamed ("(n = 211)"); a count of anything else (studies,
    mice, sessions) is that thing's count only where its clause names that kind of thing."""
    claimed = _noun_class(claim_noun)
    if claimed == "people":
        return True
    return any(_noun_class(t.stem) == claimed for t in terms_of(source_q.context))


_CONTROLS: Final = re.compile(r"\b(?:controls?|matched)\b", re.IGNORECASE)  # "900 matched people"


def counts_controls(counted: str) -> bool:
    """Whether a head count counts the control group of a comparison ("896 matched controls",
    "40 control subjects") rather than its cases or patients."""
    return bool(_CONTROLS.search(counted))


def _count_noun(quantity: Quantity) -> str | None:
    """What a count counts ("six ketamine infusions" -> the stem of "infusions")."""
    if quantity.unit != "count":
        return None
    words = [t for t in terms_of(quantity.text) if not t.is_number]
    return words[-1].stem if words else None


def claim_q_specific(quantity: Quantity) -> bool:
    return quantity.unit.lower() in SPECIFIC_FAMILIES


def _against(
    candidate: Candidate,
    cq: ClaimQuantity,
    index: RecordIndex,
    verdict: Verdict,
    confidence: float,
    *,
    message: str,
    kind: FindingKind = FindingKind.QUANTITY,
) -> Finding:
    """A finding that sets the claim's number against the source number ``candidate`` found."""
    return Finding(
        kind=kind,
        verdict=verdict,
        message=message,
        claim_says=cq.phrase.text,
        source_says=candidate.quantity.text,
        evidence=_evidence(candidate, index),
        confidence=confidence,
    )


def _graded(candidate: Candidate, *, base: float, cap: float) -> float:
    """More confidence the more of the claim's words the source number's sentence shares."""
    return min(cap, base + 0.1 * len(candidate.shared))


def _best(candidates: list[Candidate]) -> Candidate:
    return max(candidates, key=lambda c: (c.score, -c.sentence.position))


def _evidence(candidate: Candidate, index: RecordIndex) -> Evidence:
    words: list[Term] = [t for t in candidate.sentence.terms if set(candidate.shared) & t.concepts]
    return sentence_evidence(candidate.sentence, words, extra=[candidate.quantity.text])


# --- figures no check reads as a quantity ---------------------------------------------------

_FIGURE: Final = re.compile(r"(?<![\w.])(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?")
_FIGURE_SLACK: Final = 0.05  # "about 60": a hedged figure may sit this share away
# Neither a confidence interval's bounds nor a p value is the estimate a claim reports.
_NOT_ESTIMATES: Final = frozenset({"ci", "p"})


def record_figures(index: RecordIndex, *, estimates_only: bool) -> tuple[float, ...]:
    """Every figure the record states; with ``estimates_only``, less those inside a confidence
    interval or a p value."""

    def read() -> tuple[float, ...]:
        figures: list[float] = []
        for sentence in index.sentences:
            spans = [(q.start, q.end) for q in sentence.quantities if q.unit in _NOT_ESTIMATES]
            figures += [
                float(m.group().replace(",", ""))
                for m in _FIGURE.finditer(sentence.text)
                if not (estimates_only and any(a <= m.start() < b for a, b in spans))
            ]
        return tuple(figures)

    return index.memo(("record-figures", estimates_only), read)


_HEDGED_FIGURE: Final = re.compile(
    r"\b(?:about|around|roughly|approximately|nearly|almost|some|close\s+to)\s+$|~\s*$",
    re.IGNORECASE,
)


def figure_stated(index: RecordIndex, claim: str, start: int, end: int) -> bool:
    """The record states the claim's figure ``claim[start:end]`` ("2.72") to within the
    figure's own rounding (2.715 to 2.725), or within 5% when the claim hedges it ("about
    60"). A confidence bound or a p value is not the estimate a claim reports, unless the
    claim's figure is itself one ("P = 0.99")."""
    written = claim[start:end]
    value = float(written.replace(",", ""))
    slack = 0.5 * 10.0 ** (-decimals_of(written))
    if _HEDGED_FIGURE.search(claim, max(0, start - 16), start):
        slack = max(slack, _FIGURE_SLACK * max(abs(value), 1.0))
    statistic = any(
        q.start <= start < q.end and q.unit in _NOT_ESTIMATES for q in find_quantities(claim)
    )
    figures = record_figures(index, estimates_only=not statistic)
    return any(abs(value - v) <= slack + 1e-9 for v in figures)
