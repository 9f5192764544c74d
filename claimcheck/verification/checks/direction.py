"""Direction and significance: up against down, works against does not, significant against not.

Direction words are read on two axes: *change* (increased / reduced / blocked, with the words
they bear on) and *efficacy* (effective, improved / ineffective, no benefit). A claim's change
conflicts with a source change of the opposite sign on the same thing: the first meaningful
word after each direction word must be shared ("block ... glutamate" against "increase in
extracellular glutamate"). When the record also states the claim's direction on that thing at
least as directly, the claim stands. Efficacy conflicts are read from sentences about the
claim (retrieval coverage): a claim of benefit against "no benefit"/"did not differ" there.

Capacities ("sensitivity", "accuracy") grow when "improved" or "favored" and shrink when
"impaired". An exposure graded before the change ("shorter telomeres ... higher risk") is lined
up with the claim's grade ("each additional 1,000 base pairs lowered risk" agrees with it).
*Persistence*: an effect, result or link that lasts ("sustained", "remained unchanged") against
one that passes ("fleeting", "vanished"), on the sentences about the claim.

Significance: a claim of statistical significance ("significantly more effective") against a
relevant source sentence that says "no significant difference" is CONTRADICTED, and the reverse;
the same statement in the source is a supporting finding. A claim of significance the abstract
never states is NOT_IN_SOURCE.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final

from claimcheck.pubmed.model import PubMedRecord
from claimcheck.report.model import Evidence, Finding, FindingKind, Verdict
from claimcheck.verification import lexicon as lx
from claimcheck.verification.assertions import (
    CHANGE_PATTERNS,
    DEGREE_OF_CHANGE,
    NEGATIVE_EFFICACY,
    Assertions,
    Axis,
    DirectionAssertion,
    Phrase,
    capacity_changes,
    clause_bounds,
    persistence_statements,
)
from claimcheck.verification.checks.common import (
    Hit,
    absent_word_factor,
    in_record,
    is_topic,
    quoted,
    retrieve,
    sentence_evidence,
)
from claimcheck.verification.checks.quantities import WEAK_CONTEXT
from claimcheck.verification.index import (
    IndexedSentence,
    RecordIndex,
    Term,
    terms_between,
    terms_of,
)

# A sentence is "about the claim" when it holds this share of the claim's weighted terms.
RELEVANT_COVERAGE: Final = 0.45
_PRIMARY_WEIGHT: Final = 1.0
_SECONDARY_WEIGHT: Final = 0.5
_WINDOW_BEFORE: Final = 3
_WINDOW_AFTER: Final = 4
_P_SMALL: Final = re.compile(r"\bp\s*(?:<|≤|=)\s*0?\.0[0-4]\d*", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class SourceDirection:
    sentence: IndexedSentence
    up: bool
    cue: str
    primary: tuple[str, ...]  # what the change is of: "increase in X", "X increased"
    secondary: tuple[str, ...]
    # The exposure's own grade before the change: "Shorter telomeres ... higher risk" -> False.
    exposure: bool | None = None


def source_changes(index: RecordIndex) -> list[SourceDirection]:
    return index.memo("changes", lambda: _source_changes(index))


def _source_changes(index: RecordIndex) -> list[SourceDirection]:
    found = []
    for sentence in index.sentences:
        text = sentence.text
        negative = [m.span() for m in NEGATIVE_EFFICACY.finditer(text)]
        for pattern, up in CHANGE_PATTERNS:
            for match in pattern.finditer(text):
                if any(s < match.end() and match.start() < e for s, e in negative):
                    continue
                if text[max(0, match.start() - 1) : match.start()] == "-":
                    continue
                if modifies_change(text, match.end()):
                    continue
                primary, secondary = sides(text, match.start(), match.end())
                exposure = exposure_grade(text, match.start(), match.end())
                found.append(
                    SourceDirection(sentence, up, match.group(), primary, secondary, exposure)
                )
        for match, up, capacity in capacity_changes(text):
            if any(s < match.end() and match.start() < e for s, e in negative):
                continue
            # The capacity is what changes, wherever the clause puts it ("the sensitivity of
            # imaging can be considerably favored").
            primary, secondary = sides(text, match.start(), match.end())
            measured = tuple(t.stem for t in terms_between(text, *capacity.span()))
            found.append(
                SourceDirection(sentence, up, match.group(), measured + primary, secondary)
            )
    return found


_NOUN_FORMS: Final = re.compile(
    r"(?:increase|decrease|reduction|rise|decline|drop|elevation|inhibition|blockade|"
    r"enhancement|improvement|activation|suppression|attenuation|loss|gain)s?$",
    re.IGNORECASE,
)
_NEXT_WORD: Final = re.compile(r"\s*([\w%]+|[^\w\s])")
_AFTER_SUBJECT: Final = frozenset(
    [
        "by",
        "after",
        "with",
        "at",
        "to",
        "from",
        "within",
        "during",
        "over",
        "following",
        "in",
        "among",
        "when",
        "than",
        "for",
        "on",
    ]
)


# Words that grade an exposure without being a change of their own: "shorter telomeres",
# "each additional 1,000 base pairs". (Higher/lower are changes and bound the stretch instead.)
_GRADED_UP: Final = re.compile(
    r"\b(?:longer|longest|additional|extra|wider|older|heavier|thicker)\b", re.IGNORECASE
)
_GRADED_DOWN: Final = re.compile(
    r"\b(?:shorter|shortest|narrower|younger|lighter|thinner)\b", re.IGNORECASE
)


def exposure_grade(text: str, start: int, end: int) -> bool | None:
    """How the stretch before a change word grades its exposure: up ("longer telomeres"), down
    ("shorter telomeres") or not at all (None). "Shorter telomeres, higher risk" and "each
    additional 1,000 base pairs lowered risk" say the same thing."""
    c_start, _ = clause_bounds(text, start)
    c_start, _ = _between_neighbour_changes(text, start, end, c_start, len(text))
    lead = text[c_start:start]
    up, down = bool(_GRADED_UP.search(lead)), bool(_GRADED_DOWN.search(lead))
    return up if up != down else None


def modifies_change(text: str, end: int) -> bool:
    """'greater reduction', 'more improvement': a degree word on another change word."""
    return bool(DEGREE_OF_CHANGE.match(text, end))


def sides(text: str, start: int, end: int) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """What a direction word is about: ``primary`` words (the changing thing) and the rest.
    "increase in glutamate" and "blocks glutamate" look right; "pressure increased by" and
    "scores were reduced" look left."""
    c_start, c_end = clause_bounds(text, start)
    c_start, c_end = _between_neighbour_changes(text, start, end, c_start, c_end)
    before = tuple(t.stem for t in terms_between(text, c_start, start) if not t.is_number)[
        -_WINDOW_BEFORE:
    ]
    after = tuple(t.stem for t in terms_between(text, end, c_end) if not t.is_number)[
        :_WINDOW_AFTER
    ]
    word = text[start:end]
    following = _NEXT_WORD.match(text, end)
    next_word = following.group(1).lower() if following else ""
    if _NOUN_FORMS.search(word) and next_word in ("in", "of"):
        return after, before
    if not after or next_word in _AFTER_SUBJECT or not next_word.isalnum():
        return before, after
    return after, before


def _between_neighbour_changes(
    text: str, start: int, end: int, c_start: int, c_end: int
) -> tuple[int, int]:
    """Two changes in one stretch ("higher TSH and lower T4"): each direction word's sides
    stop at its neighbour's, so "T4" is not also read as what got higher."""
    for pattern, _ in CHANGE_PATTERNS:
        for match in pattern.finditer(text, c_start, c_end):
            if match.end() <= start:
                c_start = max(c_start, match.end())
            elif match.start() >= end:
                c_end = min(c_end, match.start())
    return c_start, c_end


def check_direction(
    assertions: Assertions, record: PubMedRecord, index: RecordIndex
) -> list[Finding]:
    findings = []
    for direction in assertions.directions:
        if direction.axis is Axis.CHANGE:
            finding = _judge_change(direction, assertions, index)
        elif direction.axis is Axis.PERSISTENCE:
            finding = _judge_persistence(direction, assertions, index)
        else:
            finding = _judge_efficacy(direction, assertions, index)
        if finding is not None:
            findings.append(finding)
    findings += check_significance(assertions, index)
    reversed_change = _reversed_change(assertions.text, index)
    if reversed_change is not None:
        findings.append(reversed_change)
    return _one_per_outcome(findings)


_FROM_TO: Final = re.compile(
    r"\bfrom\s+(?:about\s+|around\s+|roughly\s+)?(?P<a>\d+(?:\.\d+)?)(?!\.?\d)[^.;:]{0,60}?"
    r"\bto\s+(?:about\s+|around\s+|roughly\s+)?(?P<b>\d+(?:\.\d+)?)(?!\.?\d)",
    re.IGNORECASE,
)


def _changes_from_to(text: str) -> list[tuple[float, float, str]]:
    found = []
    for match in _FROM_TO.finditer(text):
        start, end = float(match["a"]), float(match["b"])
        if start != end:
            found.append((start, end, match.group()))
    return found


def _reversed_change(claim: str, index: RecordIndex) -> Finding | None:
    """A change told backwards ("from 8.8 to 20" against "from 20 to 8.8"): the same two
    values in the opposite order are a change in the opposite direction, whatever words
    carry it."""
    claimed = _changes_from_to(claim)
    if not claimed:
        return None
    for sentence in index.sentences:
        for start, end, written in _changes_from_to(sentence.text):
            for c_start, c_end, c_written in claimed:
                if (c_start, c_end) == (end, start):
                    return Finding(
                        kind=FindingKind.DIRECTION,
                        verdict=Verdict.CONTRADICTED,
                        message=f"the claim says '{c_written}', but the abstract reports the "
                        f"change the other way round ('{written}')",
                        claim_says=c_written,
                        source_says=quoted(sentence.text),
                        evidence=sentence_evidence(sentence, extra=[written]),
                        confidence=0.8,
                    )
    return None


def _one_per_outcome(findings: list[Finding]) -> list[Finding]:
    """Keep each distinct (kind, verdict, evidence sentence) once."""
    seen: set[tuple[str, str, str]] = set()
    kept = []
    for finding in findings:
        key = (
            finding.kind.value,
            finding.verdict.value,
            finding.evidence.sentence if finding.evidence else "",
        )
        if key not in seen:
            seen.add(key)
            kept.append(finding)
    return kept


def _meaningful(
    stems: tuple[str, ...], index: RecordIndex, subjects: set[str], *, topics: bool
) -> set[str]:
    """Words that can tie two statements of change together. The changed thing itself may be
    the record's topic ("TSH" in a thyroid study); on the other side, topic words ("ketamine")
    say nothing."""
    return {
        s
        for s in stems
        if s not in WEAK_CONTEXT and s not in subjects and (topics or not _topic_stem(index, s))
    }


def _topic_stem(index: RecordIndex, stem: str) -> bool:
    return is_topic(index, Term(stem, stem, 0, 0, False, frozenset({stem})))


def _judge_change(
    claim: DirectionAssertion, assertions: Assertions, index: RecordIndex
) -> Finding | None:
    primary_c, secondary_c = sides(assertions.text, claim.phrase.start, claim.phrase.end)
    subjects = {t for c in assertions.comparators for t in c.terms}
    claim_primary = _meaningful(primary_c, index, subjects, topics=True)
    claim_secondary = _meaningful(secondary_c, index, subjects, topics=False)
    if not claim_primary:
        return None
    subject = _subject(assertions.text, claim.phrase.start, index, subjects)
    claimed_exposure = exposure_grade(assertions.text, claim.phrase.start, claim.phrase.end)
    best_same: tuple[tuple[float, float], SourceDirection] | None = None
    best_opposite: tuple[tuple[float, float], SourceDirection] | None = None
    for source in source_changes(index):
        if subject is not None and not subject.concepts & source.sentence.concepts:
            continue  # the record says this of something else ("rs401681", not "rs2736098")
        score = _overlap(claim_primary, claim_secondary, source)
        if score <= 0:
            continue
        claim_up = claim.up
        if source.exposure is not None:
            if claimed_exposure is None:
                continue  # "shorter telomeres, higher risk" cannot be lined up with the claim
            claim_up = claim.up if claimed_exposure == source.exposure else not claim.up
        rank = (score, _specificity(claim_primary, source, index))
        if source.up == claim_up:
            if best_same is None or rank > best_same[0]:
                best_same = (rank, source)
        elif best_opposite is None or rank > best_opposite[0]:
            best_opposite = (rank, source)
    shared = claim_primary | claim_secondary
    if (
        best_opposite
        and best_opposite[0][0] >= _PRIMARY_WEIGHT
        and (best_same is None or best_opposite[0] > best_same[0])
    ):
        source = best_opposite[1]
        way = "an increase" if source.up else "a decrease"
        exposure = (
            " for the opposite exposure"
            if source.exposure is not None and claimed_exposure != source.exposure
            else ""
        )
        return Finding(
            kind=FindingKind.DIRECTION,
            verdict=Verdict.CONTRADICTED,
            message=f"the claim says '{claim.phrase.text}', but the abstract reports {way} "
            f"('{source.cue}') in the same thing{exposure}",
            claim_says=claim.phrase.text,
            source_says=quoted(source.sentence.text),
            evidence=_evidence(source, shared),
            confidence=0.7,
        )
    if best_same and best_same[0][0] >= _PRIMARY_WEIGHT:
        source = best_same[1]
        return Finding(
            kind=FindingKind.DIRECTION,
            verdict=Verdict.SUPPORTED,
            message=f"the abstract reports the same direction ('{source.cue}')",
            claim_says=claim.phrase.text,
            source_says=quoted(source.sentence.text),
            evidence=_evidence(source, shared),
            confidence=0.75,
        )
    return None


_RELATION_WORDS: Final = frozenset(
    t.stem
    for t in terms_of(
        "associated association linked related correlated shown showed found reported noted "
        "observed seen led leads causes caused can could may might"
    )
)


def _subject(text: str, position: int, index: RecordIndex, comparators: set[str]) -> Term | None:
    """The nearest specific word before a direction word (its likely subject) in the same
    comma-free stretch, when the record uses it: "Aldrin exposure was associated with lower
    TSH" -> aldrin ("exposure" is the record's topic; topic words do not count)."""
    c_start, _ = clause_bounds(text, position)
    c_start = max(c_start, text.rfind(",", 0, position) + 1)
    for term in reversed(terms_between(text, c_start, position)):
        if term.is_number or term.stem in _RELATION_WORDS or term.stem in WEAK_CONTEXT:
            continue
        if term.stem in comparators:
            return None
        if is_topic(index, term):
            continue
        if in_record(index, term):
            return term
        if absent_word_factor(term.text) < 1.0:
            continue  # paraphrase wording ("went along with"): the subject is further back
        return None
    return None


def _specificity(claim_primary: set[str], source: SourceDirection, index: RecordIndex) -> float:
    """Ties between statements of change go to the one whose changed thing shares the claim's
    rarer words: "lower T4" beats "associated with hypothyroidism" for "higher levels of T4"."""
    shared = claim_primary & _concepts(source.primary, source.sentence)
    return sum(index.idf(frozenset({c})) for c in sorted(shared))


def _overlap(claim_primary: set[str], claim_secondary: set[str], source: SourceDirection) -> float:
    """Primary against primary counts fully; a primary met on the other side counts half."""
    source_primary = _concepts(source.primary, source.sentence)
    source_secondary = _concepts(source.secondary, source.sentence)
    score = _PRIMARY_WEIGHT * len(claim_primary & source_primary)
    score += _SECONDARY_WEIGHT * len(
        (claim_primary & source_secondary) | (claim_secondary & source_primary)
    )
    return score


def _concepts(stems: tuple[str, ...], sentence: IndexedSentence) -> set[str]:
    out = set(stems)
    for term in sentence.terms:
        if term.stem in stems:
            out |= term.concepts
    return out


def _evidence(source: SourceDirection, shared: set[str]) -> Evidence:
    words = [t for t in source.sentence.terms if t.concepts & shared]
    return sentence_evidence(source.sentence, words, extra=[source.cue])


# --- efficacy ---------------------------------------------------------------------------------


def _relevant(
    assertions: Assertions, index: RecordIndex, judged: Phrase | None = None
) -> list[Hit]:
    """Sentences about the claim: judged on the claim words the record uses at all (a word the
    record never uses cannot point to the sentence), at least two of them.

    ``judged`` words (a direction being checked) are left out of that count, because the
    record may say their opposite; a sentence is credited with them as one matched word, as an
    opposite word counts in support. The caller then looks for the words or their opposite."""
    key_terms = [
        t
        for t in assertions.key_terms
        if judged is None or not (judged.start <= t.start and t.end <= judged.end)
    ]
    present = [t for t in key_terms if in_record(index, t)]
    if len(present) < min(2, len(key_terms)) or len(present) * 2 < len(key_terms):
        return []
    credit = 0 if judged is None else 1
    return [
        h for h in retrieve(index, present)
        if (h.coverage * len(present) + credit) / (len(present) + credit) >= RELEVANT_COVERAGE
        and len(h.matched) >= min(2, len(present))
    ]  # fmt: skip


def _judge_efficacy(
    claim: DirectionAssertion, assertions: Assertions, index: RecordIndex
) -> Finding | None:
    for hit in _relevant(assertions, index)[:3]:
        text = hit.sentence.text
        negative = NEGATIVE_EFFICACY.search(text)
        positive = lx.POSITIVE_EFFICACY.search(text) or lx.SIGNIFICANT.search(text)
        if claim.up and negative and not positive:
            return _efficacy_finding(Verdict.CONTRADICTED, claim, hit, negative.group(),
                                     "the abstract reports no benefit")  # fmt: skip
        if not claim.up and positive and not negative:
            return _efficacy_finding(Verdict.CONTRADICTED, claim, hit, positive.group(),
                                     "the abstract reports a benefit")  # fmt: skip
        if (claim.up and positive and not negative) or (not claim.up and negative):
            cue = (positive or negative).group()  # type: ignore[union-attr]
            return _efficacy_finding(Verdict.SUPPORTED, claim, hit, cue, "the abstract agrees")
    return None


def _efficacy_finding(
    verdict: Verdict, claim: DirectionAssertion, hit: Hit, cue: str, message: str
) -> Finding:
    return Finding(
        kind=FindingKind.DIRECTION,
        verdict=verdict,
        message=f"{message} ('{cue}')"
        + (
            f" where the claim says '{claim.phrase.text}'"
            if verdict is Verdict.CONTRADICTED
            else ""
        ),
        claim_says=claim.phrase.text,
        source_says=quoted(hit.sentence.text),
        evidence=sentence_evidence(hit.sentence, hit.words, extra=[cue]),
        confidence=0.7 if verdict is Verdict.CONTRADICTED else 0.75,
    )


# --- persistence ------------------------------------------------------------------------------


def _judge_persistence(
    claim: DirectionAssertion, assertions: Assertions, index: RecordIndex
) -> Finding | None:
    """An effect that lasts against one that passes: "the effect is fleeting" against "rapid and
    sustained antidepressant actions", "the link vanished after adjustment" against "results
    remained unchanged after adjustment". Read on the sentences about the claim; a sentence
    that says both (sustained in some, transient in others) decides nothing."""
    for hit in _relevant(assertions, index, claim.phrase)[:3]:
        stated = persistence_statements(hit.sentence.text)
        same = [m for m, lasts in stated if lasts == claim.up]
        other = [m for m, lasts in stated if lasts != claim.up]
        if other and not same:
            way = "lasts" if not claim.up else "passes"
            return Finding(
                kind=FindingKind.DIRECTION,
                verdict=Verdict.CONTRADICTED,
                message=f"the claim says '{claim.phrase.text}', but the abstract says the effect "
                f"{way} ('{other[0].group()}')",
                claim_says=claim.phrase.text,
                source_says=quoted(hit.sentence.text),
                evidence=sentence_evidence(hit.sentence, hit.words, extra=[other[0].group()]),
                confidence=0.7,
            )
        if same and not other:
            return Finding(
                kind=FindingKind.DIRECTION,
                verdict=Verdict.SUPPORTED,
                message=f"the abstract agrees ('{same[0].group()}')",
                claim_says=claim.phrase.text,
                source_says=quoted(hit.sentence.text),
                evidence=sentence_evidence(hit.sentence, hit.words, extra=[same[0].group()]),
                confidence=0.75,
            )
    return None


# --- significance -----------------------------------------------------------------------------


def check_significance(assertions: Assertions, index: RecordIndex) -> list[Finding]:
    if not assertions.significance:
        return []
    claim = assertions.significance[0]
    relevant = _relevant(assertions, index)
    positive = next((h for h in relevant if _says_significant(h.sentence.text) is True), None)
    negative = next((h for h in relevant if _says_significant(h.sentence.text) is False), None)
    agree, disagree = (positive, negative) if claim.significant else (negative, positive)
    if agree is not None and (disagree is None or agree.score >= disagree.score):
        return [_significance_finding(Verdict.SUPPORTED, claim.phrase.text, agree,
                                      "the abstract states the same significance")]  # fmt: skip
    if disagree is not None:
        said = "a significant" if not claim.significant else "no significant"
        return [_significance_finding(Verdict.CONTRADICTED, claim.phrase.text, disagree,
                                      f"the abstract reports {said} result")]  # fmt: skip
    if claim.significant:
        return [
            Finding(
                kind=FindingKind.SIGNIFICANCE,
                verdict=Verdict.NOT_IN_SOURCE,
                message="the abstract does not state that this result was statistically "
                "significant",
                claim_says=claim.phrase.text,
                confidence=0.55,
            )
        ]
    return []


def _says_significant(text: str) -> bool | None:
    if lx.NOT_SIGNIFICANT.search(text):
        return False
    if lx.SIGNIFICANT.search(text) or _P_SMALL.search(text):
        return True
    return None


def _significance_finding(verdict: Verdict, claim_words: str, hit: Hit, message: str) -> Finding:
    text = hit.sentence.text
    cue = lx.NOT_SIGNIFICANT.search(text) or lx.SIGNIFICANT.search(text) or _P_SMALL.search(text)
    return Finding(
        kind=FindingKind.SIGNIFICANCE,
        verdict=verdict,
        message=message,
        claim_says=claim_words,
        source_says=quoted(text),
        evidence=sentence_evidence(hit.sentence, hit.words, extra=[cue.group()] if cue else []),
        confidence=0.75,
    )
