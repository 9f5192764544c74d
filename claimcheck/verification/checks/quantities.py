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

import re
from dataclasses import dataclass, replace
from itertools import pairwise
from typing import Final

from claimcheck.pubmed.model import PubMedRecord
from claimcheck.report.model import Evidence, Finding, FindingKind, Verdict
from claimcheck.verification.assertions import (
    PEOPLE_NOUNS,
    Assertions,
    ClaimQuantity,
    clause_bounds,
    proportion_kind,
)
from claimcheck.verification.checks.common import (
    GENERIC_STEMS,
    is_topic,
    quoted,
    sentence_evidence,
)
from claimcheck.verification.index import IndexedSentence, RecordIndex, Term, terms_of
from claimcheck.verification.quantities import Quantity, quantities_conflict, quantities_match

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
        "reduction decrease improvement improved response responded responders remission "
        "benefit relief",
        "relapse relapsed worsened worsening deterioration recurrence",
        "adverse side death died mortality",
    )
)
ODDS_CONCEPTS: Final = frozenset(c for t in terms_of("odds") for c in t.concepts)
PEOPLE: Final = frozenset(t.stem for t in terms_of(" ".join(PEOPLE_NOUNS)))
STUDIES: Final = frozenset(t.stem for t in terms_of("studies articles papers reviews rcts"))
SPECIFIC_FAMILIES: Final = frozenset(
    {"year", "month", "week", "day", "hour", "minute", "second", "per_week", "per_day",
     "per_month", "per_year", "per_hour", "mg", "g", "kg", "μg", "ng", "mg/kg", "g/kg",
     "μg/kg", "ng/kg", "ml", "l", "dl", "μl", "mm hg", "mmhg", "ratio_stat", "point", "km"}
)  # fmt: skip
DOSE_UNITS: Final = frozenset({"mg/kg", "g/kg", "μg/kg", "ng/kg", "mg", "g", "μg", "ng"})
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
    return [_judge(cq, index, assertions.text) for cq in assertions.quantities]


# A unit divided by time is a rate: "15.0 km·h^-1" is a speed, not a distance of 15 km.
_PER_TIME: Final = re.compile(
    r"\s*(?:[·•⋅/]\s*|\s+per\s+)(?:h|hr|hour|min|minute|s|sec|day|d|week|wk)s?\b|\s*h\^?-1",
    re.IGNORECASE,
)


def _is_rate(text: str, quantity: Quantity) -> bool:
    return bool(_PER_TIME.match(text, quantity.end)) and not quantity.unit.startswith("per_")


_RATIO_UNITS: Final = frozenset({"fold", "ratio_stat"})


def _form_for(cq: ClaimQuantity, source_q: Quantity) -> ClaimQuantity:
    """The claim's number in the source number's family, when the claim gives two forms."""
    alternate = cq.alternate
    if alternate is None:
        return cq
    if alternate.unit == "fold" and source_q.unit in _RATIO_UNITS:
        return replace(cq, quantity=alternate, of_what=None)
    if alternate.unit == "%" and source_q.unit == "%":
        return replace(cq, quantity=alternate, of_what="change")
    return cq


def _judge(cq: ClaimQuantity, index: RecordIndex, claim_text: str) -> Finding:
    claim_q = cq.quantity
    claim_rate = _is_rate(claim_text, claim_q)
    matches: list[Candidate] = []
    conflicts: list[Candidate] = []
    unrelated: list[Candidate] = []
    for sentence in index.sentences:
        compared = [
            (form, q, *compare(form.quantity, q))
            for q in sentence.quantities
            if q.unit not in _SKIPPED_SOURCE_UNITS
            and _comparable_units((form := _form_for(cq, q)).quantity, q)
            and _is_rate(sentence.text, q) == claim_rate
        ]
        found_here: list[Candidate] = []
        conflicts_here: list[Candidate] = []
        for form, source_q, matched, conflicting in compared:
            if not (matched or conflicting):
                continue
            candidate = _candidate(form, sentence, source_q, index, matched=matched)
            if candidate is None:
                if matched:
                    unrelated.append(Candidate(sentence, source_q, (), 0.0))
                continue
            (found_here if matched else conflicts_here).append(candidate)
        matches += found_here
        # A sentence listing the claim's value, for the same measure, among other values never
        # contradicts it ("15 patients (75%) met criteria for GAD and 18 (90%) for SAD").
        if not found_here:
            conflicts += conflicts_here
    if matches:
        best = _best(matches)
        return Finding(
            kind=FindingKind.QUANTITY,
            verdict=Verdict.SUPPORTED,
            message=f"the abstract gives {best.quantity.text} for the same measure",
            claim_says=cq.phrase.text,
            source_says=best.quantity.text,
            evidence=_evidence(best, index),
            confidence=min(0.95, 0.7 + 0.1 * len(best.shared)),
        )
    if conflicts:
        best = _best(conflicts)
        return Finding(
            kind=FindingKind.QUANTITY,
            verdict=Verdict.CONTRADICTED,
            message=f"the claim says {cq.phrase.text}, but the abstract gives "
            f"{best.quantity.text} for the same measure",
            claim_says=cq.phrase.text,
            source_says=best.quantity.text,
            evidence=_evidence(best, index),
            confidence=min(0.9, 0.6 + 0.1 * len(best.shared)),
        )
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


# Rounding alone may not stretch a point value further than this share of it ("1 mg/kg" is
# not ".5 mg/kg", although an integer's rounding half-width is 0.5).
RELATIVE_TOLERANCE: Final = 0.1


_PERCENT_UNITS: Final = frozenset({"%", "ratio"})


def _comparable_units(claim_q: Quantity, source_q: Quantity) -> bool:
    """A cheap pre-filter: a percentage is never compared with a duration, and so on."""
    if claim_q.unit == source_q.unit:
        return True
    claim_pct, source_pct = claim_q.unit in _PERCENT_UNITS, source_q.unit in _PERCENT_UNITS
    if claim_pct or source_pct:
        return (claim_pct and source_pct) or "count" in (claim_q.unit, source_q.unit)
    return True


def compare(claim_q: Quantity, source_q: Quantity) -> tuple[bool, bool]:
    """(matches, conflicts) for two quantities, on top of :mod:`quantities`: a sign written in
    words ("reduced by 1.83 points") matches a signed value ("-1.83 points"), and a point value
    may not match a source more than ``RELATIVE_TOLERANCE`` away."""
    if claim_q.unit == "count" and source_q.unit == "ratio" and claim_q.bound is None:
        # "nine trials" against "of 310 studies screened, 9 met inclusion criteria".
        parts = (source_q.numerator, source_q.denominator)
        return claim_q.value in parts, False
    matched = quantities_match(claim_q, source_q)
    if not matched and (claim_q.value > 0) != (source_q.value > 0) and source_q.value != 0:
        flipped = _negated(source_q)
        if quantities_match(claim_q, flipped):
            return True, False
    if matched and _too_far(claim_q, source_q):
        return False, True
    return matched, not matched and quantities_conflict(claim_q, source_q)


def _negated(q: Quantity) -> Quantity:
    low = -q.high if q.high is not None else None
    high = -q.low if q.low is not None else None
    return replace(q, value=-q.value, low=low, high=high)


_UPPER_BOUNDS: Final = frozenset({"up_to", "<", "<="})


def _too_far(claim_q: Quantity, source_q: Quantity) -> bool:
    if claim_q.bound in _UPPER_BOUNDS and source_q.low is None:
        # "lasted up to 6 months" names the longest duration: "up to 2 weeks" does not back it.
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


def _source_window(text: str, quantity: Quantity, others: tuple[Quantity, ...]) -> tuple[int, int]:
    """Where a source number's own words are. A number in a bracketed aside belongs to the aside
    and to the words around it up to the neighbouring numbers: "higher risk of pancreatic cancer
    (OR 1.72; ...)", "15 patients (75%) met criteria for GAD and 18 (90%) for SAD". Any other
    number belongs to its clause."""
    c_start, c_end = clause_bounds(text, quantity.start)
    for match in _BRACKETS.finditer(text):
        if match.start() < quantity.start and quantity.end <= match.end():
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
            return start, max(end, match.end())
    return c_start, c_end


def _aside(text: str, term: Term, quantity: Quantity) -> bool:
    """A word inside another bracketed aside than the number's own says nothing about it."""
    for match in _BRACKETS.finditer(text):
        inside = match.start() < term.start < match.end()
        holds_quantity = match.start() < quantity.start < match.end()
        if inside and not holds_quantity:
            return True
    return False


def _candidate(
    cq: ClaimQuantity,
    sentence: IndexedSentence,
    source_q: Quantity,
    index: RecordIndex,
    *,
    matched: bool,
) -> Candidate | None:
    claim_kind = cq.of_what
    source_kind = proportion_kind(sentence.text, source_q)
    if claim_kind and source_kind and claim_kind != source_kind:
        return None
    claim_rank = claimed_quantile(cq.context)
    source_rank = labelled_quantile(sentence.text, source_q)
    if claim_rank is not None and source_rank is not None and claim_rank != source_rank:
        return None  # "top quartile" (Q4) is not the number labelled "ORQ3="
    start, end = _source_window(sentence.text, source_q, sentence.quantities)
    source_terms = [
        t
        for t in sentence.terms
        if start <= t.start < end and not t.is_number and not _aside(sentence.text, t, source_q)
    ]
    source_concepts = frozenset(c for t in source_terms for c in t.concepts)
    if source_q.unit == "ratio_stat":
        source_concepts |= sentence.concepts & ODDS_CONCEPTS  # "OR 1.36" is of the odds
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
        or (
            source_noun is None
            and source_q.unit in ("count", "ratio")
            and claim_noun in source_concepts
        )
    )
    # A count of a named noun ("nine trials") says what it counts; other numbers about an
    # outcome must meet a source number about one.
    # An odds, risk or hazard ratio is itself the size of an effect ("raised the odds by a
    # third" is "OR 1.33"), whatever words surround it.
    source_effect = bool(OUTCOME_WORDS & source_concepts) or source_q.unit == "ratio_stat"
    if not (specific or same_noun) and claim_outcome and not source_effect:
        return None
    if same_noun:
        shared.append(_count_noun(cq.quantity) or "")
        score += 1.0
    for term in context:
        if term.stem in WEAK_CONTEXT or not term.concepts & source_concepts:
            continue
        topical = is_topic(index, term)
        if topical and not (specific and (matched or cq.quantity.unit in DOSE_UNITS)):
            continue  # a contradiction rests on the record's topic words only for doses
        if term.stem not in shared:
            shared.append(term.stem)
            score += 0.5 if topical else 1.0
    if not shared:
        return None
    if not matched and (_other_outcome(cq, source_concepts) or _unreported_measure(cq, index)):
        return None
    if not (matched or specific or same_noun or _same_outcome(cq, source_concepts)) and not (
        _same_measure(context, shared, index, _denominator(cq))
    ):
        return None
    # The claim's own words elsewhere in the sentence, not around this number: the number
    # belongs to another part of the sentence ("... and drinking with higher risk of falls").
    elsewhere = [
        t
        for t in context
        if t.stem not in WEAK_CONTEXT
        and not t.concepts & source_concepts
        and t.concepts & sentence.concepts
        and not is_topic(index, t)
    ]
    if elsewhere and len(elsewhere) >= len(shared):
        return None
    return Candidate(sentence, source_q, tuple(shared), score)


_QUANTILE_CONCEPTS: Final = {"topquartile": 4, "bottomquartile": 1, "topquintile": 5,
                              "bottomquintile": 1}  # fmt: skip
_ORDINALS: Final = {"second": 2, "2nd": 2, "third": 3, "3rd": 3, "middle": 3}
_QUANTILE_LABEL: Final = re.compile(r"Q([1-9])\s*[=:]?\s*$")


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


def _unreported_measure(cq: ClaimQuantity, index: RecordIndex) -> bool:
    """The claim's number measures something the record never names: at least as many of its
    clause's meaningful words are absent from the whole record as are present ("fertilised
    40% of eggs" against a record with no eggs). No source number can contradict it."""
    meaningful = [
        t
        for t in cq.context
        if t.stem not in WEAK_CONTEXT
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
    meaningful = {
        t.stem
        for t in context
        if t.stem not in WEAK_CONTEXT
        and t.stem not in GENERIC_STEMS
        and t.stem not in denominator
        and index.document_frequency(t.concepts) > 0
        and not is_topic(index, t)
    }
    return 2 * len(meaningful & set(shared)) > len(meaningful)


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


def _count_noun(quantity: Quantity) -> str | None:
    """What a count counts ("six ketamine infusions" -> the stem of "infusions")."""
    if quantity.unit != "count":
        return None
    words = [t for t in terms_of(quantity.text) if not t.is_number]
    return words[-1].stem if words else None


def claim_q_specific(quantity: Quantity) -> bool:
    return quantity.unit.lower() in SPECIFIC_FAMILIES


def _best(candidates: list[Candidate]) -> Candidate:
    return max(candidates, key=lambda c: (c.score, -c.sentence.position))


def _evidence(candidate: Candidate, index: RecordIndex) -> Evidence:
    words: list[Term] = [t for t in candidate.sentence.terms if set(candidate.shared) & t.concepts]
    return sentence_evidence(candidate.sentence, words, extra=[candidate.quantity.text])
