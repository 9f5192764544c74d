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

import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final

from claimcheck.pubmed.model import PubMedRecord
from claimcheck.report.model import Evidence, Finding, FindingKind, Verdict
from claimcheck.verification import lexicon as lx
from claimcheck.verification.assertions import (
    CHANGE_PATTERNS,
    DEGREE_OF_CHANGE,
    EFFECT_NOUNS,
    NEGATIVE_EFFICACY,
    Assertions,
    Axis,
    DifferenceAssertion,
    DirectionAssertion,
    Phrase,
    SignificanceAssertion,
    capacity_changes,
    clause_bounds,
    find_comparisons,
    left_study,
    persistence_statements,
)
from claimcheck.verification.checks.common import (
    GENERIC_STEMS,
    Hit,
    absent_word_factor,
    in_record,
    is_topic,
    narrow,
    quoted,
    retrieve,
    sentence_evidence,
)
from claimcheck.verification.checks.measure_direction import foil_spans
from claimcheck.verification.checks.quantities import WEAK_CONTEXT
from claimcheck.verification.checks.ratios import RISK_DOWN, RISK_UP, Ratio, claimed_ratio
from claimcheck.verification.checks.significance_words import (
    inside_reworded,
    nearest_exact_p,
    pinned_significance,
    record_significance,
    reworded_significance,
    significance_cue,
)
from claimcheck.verification.index import (
    TIME_EVENTS,
    IndexedSentence,
    RecordIndex,
    Term,
    long_form_stems,
    opposites,
    other_kinds,
    terms_between,
    terms_of,
)
from claimcheck.verification.paraphrases import (
    LAY_DOWN,
    LAY_FAILED,
    LAY_FALL,
    LAY_FALL_NOT_MEASURE_AFTER,
    LAY_FALL_NOT_MEASURE_BEFORE,
    LAY_NO_CHANGE_OBJECT,
    LAY_PLACE_AFTER,
    LAY_SUCCEEDED,
    LAY_UP,
    SHOWN_BENEFIT,
)
from claimcheck.verification.text import COMMON_ABBREVIATIONS

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


# The study's own aim or hypothesis states what it set out to test, not what it found: "We
# hypothesized that X could predict Y more accurately" reports no change in X.
_OWN_AIM: Final = re.compile(
    r"^\W*(?:we|the\s+authors)\s+(?:hypothesi[sz]ed|aimed|sought|set\s+out|wanted|proposed)\b",
    re.IGNORECASE,
)


def _source_changes(index: RecordIndex) -> list[SourceDirection]:
    found = []
    for sentence in index.sentences:
        text = sentence.text
        if _OWN_AIM.match(text):
            continue
        negative = [m.span() for m in NEGATIVE_EFFICACY.finditer(text)]
        for pattern, up in CHANGE_PATTERNS:
            for match in pattern.finditer(text):
                if any(s < match.end() and match.start() < e for s, e in negative):
                    continue
                if text[max(0, match.start() - 1) : match.start()] == "-":
                    continue
                if left_study(text, match) or modifies_change(text, match.end()):
                    continue
                if _DENIED_NEAR.search(text, max(0, match.start() - 30), match.start()):
                    continue  # "do not involve direct inhibition of": no change stated
                primary, secondary = sides(text, match.start(), match.end())
                exposure = exposure_grade(text, match.start(), match.end())
                found.append(
                    SourceDirection(sentence, up, match.group(), primary, secondary, exposure)
                )
        for match, up in lay_changes(text):
            primary, secondary = sides(text, match.start(), match.end())
            found.append(SourceDirection(sentence, up, match.group(), primary, secondary))
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
# Change nouns that are never verbs: with no "of"/"in" after them, what changes is named before
# ("receptor activation", "GABA blockade"), unlike "increase" in "increase pain".
_ONLY_NOUN: Final = re.compile(
    r"(?:inhibition|blockade|activation|suppression|attenuation|elevation|reduction|"
    r"enhancement)s?$",
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
    if before and _ONLY_NOUN.search(word):
        return before, after  # "AMPA receptor inhibition as part of ...": a compound
    if not after or next_word in _AFTER_SUBJECT or not next_word.isalnum():
        return before, after
    return after, before


def _between_neighbour_changes(
    text: str, start: int, end: int, c_start: int, c_end: int
) -> tuple[int, int]:
    """Two changes in one stretch ("higher TSH and lower T4"): each direction word's sides
    stop at its neighbour's, so "T4" is not also read as what got higher."""
    for pattern, _ in (*CHANGE_PATTERNS, *_LAY_PATTERNS):
        for match in pattern.finditer(text, c_start, c_end):
            if match.end() <= start:
                c_start = max(c_start, match.end())
            elif match.start() >= end:
                c_end = min(c_end, match.start())
    return c_start, c_end


_LAY_PATTERNS: Final = ((LAY_UP, True), (LAY_DOWN, False), (LAY_FALL, False))
_PARTICLE_END: Final = re.compile(r"(?:up|down|back)$")
_LAY_DENIED: Final = re.compile(
    r"(?:\b(?:not|no|never)\b|n't)(?:\s+\w+){0,2}\s*$|\bwithout\s*$", re.IGNORECASE
)


def lay_changes(text: str) -> list[tuple[re.Match[str], bool]]:
    """Everyday phrases of change ("turning down dopamine release", "ramped up output") with
    their direction as written (a denial before them is left to the caller). "Turned down the
    offer" and "turned up in two samples" are no change of a measure."""
    found = []
    for pattern, up in _LAY_PATTERNS:
        for match in pattern.finditer(text):
            particle = _PARTICLE_END.search(match.group())
            if particle and LAY_NO_CHANGE_OBJECT.match(text, match.end()):
                continue
            if particle and particle.group() != "back" and LAY_PLACE_AFTER.match(text, match.end()):
                continue  # "cut back on salt" is a change; "turned up on the ward" is not
            if pattern is LAY_FALL and _not_a_measure(text, match):
                continue  # "the patient collapsed", "a collapsed lung", "collapsed across runs"
            found.append((match, up))
    return found


def _not_a_measure(text: str, match: re.Match[str]) -> bool:
    start = match.start()
    return bool(
        LAY_FALL_NOT_MEASURE_BEFORE.search(text, max(0, start - 40), start)
        or LAY_FALL_NOT_MEASURE_AFTER.match(text, match.end())
    )


def _lay_efficacy(assertions: Assertions) -> list[DirectionAssertion]:
    """A treatment that "flopped", "fizzled" or "went nowhere" (no benefit), or that "paid off"
    (a benefit): efficacy in everyday words, as written (a denial before them flips it)."""
    text = assertions.text
    taken = [d.phrase for d in assertions.directions]
    found = []
    for pattern, up in ((LAY_FAILED, False), (LAY_SUCCEEDED, True)):
        for match in pattern.finditer(text):
            # "fell flat" holds the change word "fell": the longer phrase is what is meant
            if any(
                p.start < match.end()
                and match.start() < p.end
                and p.end - p.start >= len(match.group())
                for p in taken
            ):
                continue
            denied = bool(_LAY_DENIED.search(text, max(0, match.start() - 30), match.start()))
            phrase = Phrase(match.group(), match.start(), match.end())
            found.append(DirectionAssertion(Axis.EFFICACY, up != denied, phrase))
    return found


def _lay_directions(assertions: Assertions) -> list[DirectionAssertion]:
    """The claim's everyday phrases of change the assertion reader has no word for."""
    text = assertions.text
    taken = [d.phrase for d in assertions.directions]
    found = []
    for match, up in lay_changes(text):
        if any(p.start < match.end() and match.start() < p.end for p in taken):
            continue
        denied = bool(_LAY_DENIED.search(text, max(0, match.start() - 30), match.start()))
        phrase = Phrase(match.group(), match.start(), match.end())
        found.append(DirectionAssertion(Axis.CHANGE, up != denied, phrase))
    return found


# "did more to ease symptoms than placebo": "more" grades the verb after it (a bigger easing),
# so the change's direction is that verb's, judged on its own.
_MORE_TO_VERB: Final = re.compile(r"\s+to\s+[a-z]+", re.IGNORECASE)


def _grades_a_verb(text: str, direction: DirectionAssertion) -> bool:
    return direction.phrase.text.lower() in {"more", "less"} and bool(
        _MORE_TO_VERB.match(text, direction.phrase.end)
    )


# "freeing dopamine neurons from inhibition": a decrease that is lifted, so no decrease is
# claimed (any verb form, with the freed thing between the verb and "from").
_LIFTED_BEFORE: Final = re.compile(
    r"\b(?:fre(?:e|es|ed|eing)|releas(?:e|es|ed|ing)|reliev(?:e|es|ed|ing)|liberat(?:e|es|ed|ing)|"
    r"rescu(?:e|es|ed|ing)|spar(?:e|es|ed|ing)|unleash(?:es|ed|ing)?)\s+(?:[\w-]+\s+){0,4}?"
    r"from\s+(?:the\s+|their\s+|its\s+|this\s+|that\s+)?$",
    re.IGNORECASE,
)


def _lifted(text: str, direction: DirectionAssertion) -> bool:
    start = direction.phrase.start
    return not direction.up and bool(_LIFTED_BEFORE.search(text, max(0, start - 80), start))


def check_direction(
    assertions: Assertions, record: PubMedRecord, index: RecordIndex
) -> list[Finding]:
    findings = []
    lay = (*_lay_directions(assertions), *_lay_efficacy(assertions))
    for direction in (*assertions.directions, *lay):
        if direction.axis is Axis.CHANGE and _lifted(assertions.text, direction):
            continue
        if direction.axis is Axis.CHANGE and _grades_a_verb(assertions.text, direction):
            continue
        if direction.axis is Axis.CHANGE:
            finding = _judge_change(direction, assertions, index)
            if finding is None:
                finding = _undirected(direction, assertions, index)
        elif direction.axis is Axis.PERSISTENCE:
            finding = _judge_persistence(direction, assertions, index)
        else:
            finding = _judge_efficacy(direction, assertions, index)
        if finding is not None:
            findings.append(finding)
    for degree in degree_directions(assertions.text):
        finding = _judge_degree(degree, assertions, index)
        if finding is not None:
            findings.append(finding)
    findings += check_significance(assertions, index)
    findings += check_differences(assertions, index)
    findings += check_no_more_than(assertions, index)
    findings += check_one_arm_only(assertions, index)
    findings += check_hindrance(assertions, index)
    findings += check_unaffected(assertions, index)
    findings += check_sameness(assertions, index)
    findings += check_magnitude(assertions, index)
    findings += check_only_other(assertions, index)
    findings += check_time_side(assertions, index)
    findings += check_one_side_only(assertions, index)
    findings += check_both_excluded(assertions, index)
    findings += check_sole_cause(assertions, index)
    findings += check_attribute_flip(assertions, index)
    findings += check_action_flip(assertions, index)
    findings += check_prefix_dropped(assertions, index)
    findings += check_swapped_exclusion(assertions, index)
    findings += check_rather_than(assertions, index)
    findings += check_continued(assertions, index)
    findings += check_ended_by(assertions, index)
    findings += check_slow_onset(assertions, index)
    findings += _finding_arm(assertions, index)
    reversed_change = _reversed_change(assertions.text, index)
    if reversed_change is not None:
        findings.append(reversed_change)
    return _one_per_outcome(findings)


# --- degrees: "stronger in knock-out mice" ----------------------------------------------------
#
# A degree word with no "than" after it says the effect went up or down where the claim puts it:
# "the hypnotic effect was stronger in HCN1 knock-out mice" claims an increase, which "the
# potency ... was strongly reduced in HCN1 knock-out mice" contradicts. ("Strongly" grades the
# reduction; it is no direction of its own.)
_DEGREE_BODY: Final = r"(?:potent(?:ly)?|powerful(?:ly)?|pronounced|marked(?:ly)?|intense(?:ly)?)"
_DEGREE: Final = re.compile(
    rf"\b(?:(?P<up>stronger|more\s+{_DEGREE_BODY})|(?P<down>weaker|less\s+{_DEGREE_BODY}))\b",
    re.IGNORECASE,
)
_THAN_AFTER: Final = re.compile(r"[^,;.]*?\bthan\b", re.IGNORECASE)


def degree_directions(text: str) -> list[DirectionAssertion]:
    """The claim's degree words read as changes, where no "than" names what they grade against
    (a comparison of two named things is the comparator check's)."""
    found = []
    for match in _DEGREE.finditer(text):
        if _THAN_AFTER.match(text, match.end()):
            continue
        phrase = Phrase(match.group(), match.start(), match.end())
        found.append(DirectionAssertion(Axis.CHANGE, match["up"] is not None, phrase))
    return found


def _judge_degree(
    claim: DirectionAssertion, assertions: Assertions, index: RecordIndex
) -> Finding | None:
    """The sentence most about the claim states changes only the other way: contradicted. A
    sentence with both ways, or none, decides nothing here."""
    for hit in _relevant(assertions, index, claim.phrase)[:1]:
        changes = [c for c in source_changes(index) if c.sentence.position == hit.sentence.position]
        if changes and all(c.up != claim.up for c in changes):
            cue = changes[0].cue
            return Finding(
                kind=FindingKind.DIRECTION,
                verdict=Verdict.CONTRADICTED,
                message=f"the claim says '{claim.phrase.text}', but the abstract reports "
                f"{'an increase' if changes[0].up else 'a decrease'} ('{cue}')",
                claim_says=claim.phrase.text,
                source_says=quoted(hit.sentence.text),
                evidence=sentence_evidence(hit.sentence, hit.words, extra=[cue]),
                confidence=0.7,
            )
    return None


# --- a direction the record never gives ------------------------------------------------------
#
# "Glutamate neurotransmission is increased in depression" against "glutamate ... neurotransmission
# are disrupted in major depressive disorder": the record says the thing changes, not which way.
_UNDIRECTED: Final = re.compile(
    r"\b(?:disrupt(?:ed|s|ion)?|alter(?:ed|s|ation|ations)|dysregulat(?:ed|ion)|"
    r"perturb(?:ed|ation|ations)|aberrant|abnormal(?:ities|ity)?|impact(?:ed|s)|"
    r"(?:associated|linked|related|correlated)\s+(?:with|to))\b",
    re.IGNORECASE,
)
_OPEN_QUESTION: Final = re.compile(r"\b(?:unknown|unclear|uncertain|whether)\b", re.IGNORECASE)
_DENIED_NEAR: Final = re.compile(
    r"\b(?:not|no|never|neither|nor)\s+(?:\w+\s+){0,2}$", re.IGNORECASE
)


def _undirected(
    claim: DirectionAssertion, assertions: Assertions, index: RecordIndex
) -> Finding | None:
    """The sentence most about the claim says its thing changes with no direction, and states no
    direction of anything (no "higher", no odds ratio): the claim's direction is its own."""
    for hit in _relevant(assertions, index, claim.phrase)[:2]:
        text = hit.sentence.text
        undirected = list(_UNDIRECTED.finditer(text))
        # "it is unknown whether X is associated with Y" states nothing
        said = [
            m for m in undirected
            if not _DENIED_NEAR.search(text, max(0, m.start() - 30), m.start())
            and not _OPEN_QUESTION.search(text, *clause_bounds(text, m.start()))
        ]  # fmt: skip
        if undirected and not said:
            continue
        if not said:
            return None
        if any(c.sentence.position == hit.sentence.position for c in source_changes(index)):
            return None
        if any(q.unit == "ratio_stat" for q in hit.sentence.quantities):
            return None  # "associated with risk (OR 1.33)": the ratio gives the direction
        if capacity_changes(text) or NEGATIVE_EFFICACY.search(text):
            return None
        if (ratio := _risk_judged_by_ratio(claim, assertions, index)) is not None:
            # on the claim's side of 1 it backs the claim; on the other, the ratio check
            # contradicts it
            return (
                _ratio_finding(claim, ratio) if ratio.direction == (1 if claim.up else -1) else None
            )
        return Finding(
            kind=FindingKind.DIRECTION,
            verdict=Verdict.NOT_IN_SOURCE,
            message=f"the claim says '{claim.phrase.text}', but the abstract only says "
            f"'{said[0].group()}', without a direction",
            claim_says=claim.phrase.text,
            source_says=quoted(text),
            evidence=sentence_evidence(hit.sentence, hit.words, extra=[said[0].group()]),
            confidence=0.6,
        )
    return None


def _risk_judged_by_ratio(
    claim: DirectionAssertion, assertions: Assertions, index: RecordIndex
) -> Ratio | None:
    """ "higher odds" where the record gives the ratio for it (OR 1.33, on one side of 1) in a
    sentence of its own: the ratio says the direction, not the words around the association."""
    at = claim.phrase.start
    risk_words = (*RISK_UP.finditer(assertions.text), *RISK_DOWN.finditer(assertions.text))
    if not any(m.start() <= at < m.end() for m in risk_words):
        return None
    judged = claimed_ratio(assertions, index)
    if judged is None or judged[0] != (1 if claim.up else -1):
        return None
    return judged[1]


def _ratio_finding(claim: DirectionAssertion, ratio: Ratio) -> Finding:
    stated = ratio.match.group()
    return Finding(
        kind=FindingKind.DIRECTION,
        verdict=Verdict.SUPPORTED,
        message=f"the record gives {stated}, {'a higher' if ratio.direction > 0 else 'a lower'}"
        " risk, as the claim says",
        claim_says=claim.phrase.text,
        source_says=stated,
        evidence=Evidence(
            sentence=ratio.sentence.text,
            span=ratio.sentence.absolute(*ratio.match.span()),
            section=ratio.sentence.section,
            matched_terms=[stated],
        ),
        confidence=0.7,
    )


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


def _near(claimed: float, stated: float) -> bool:
    """A claim's rounded figure ("around 9") for a stated one (8.8): within 10%."""
    return abs(claimed - stated) <= 0.1 * max(abs(stated), 1.0)


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
                if (
                    _near(c_start, end)
                    and _near(c_end, start)
                    and ((c_end > c_start) != (end > start))
                ):
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
    best_same: tuple[tuple[float, float, float], SourceDirection] | None = None
    best_opposite: tuple[tuple[float, float, float], SourceDirection] | None = None
    claim_context = frozenset(
        t.stem
        for t in terms_of(assertions.text)
        if not t.is_number and t.stem not in WEAK_CONTEXT and t.stem not in subjects
    )
    claimed_arms = _claimed_arms(assertions.text, claim.phrase.start, index)
    for source in source_changes(index):
        if subject is not None and not subject.concepts & source.sentence.concepts:
            continue  # the record says this of something else ("rs401681", not "rs2736098")
        score = _overlap(claim_primary, claim_secondary, source)
        if score <= 0:
            continue
        claim_up = claim.up
        if claimed_arms is not None and _arms_reversed(claimed_arms, source, index):
            # "fewer side-effects with placebo than ketamine" is "more with ketamine than
            # placebo": the arms swapped, the comparative turns with them
            claim_up = not claim_up
        if source.exposure is not None:
            if claimed_exposure is None:
                continue  # "shorter telomeres, higher risk" cannot be lined up with the claim
            claim_up = claim.up if claimed_exposure == source.exposure else not claim.up
        rank = (
            score,
            _specificity(claim_primary, source, index),
            _context(claim_context, source.sentence, index),
        )
        if source.up == claim_up:
            if best_same is None or rank > best_same[0]:
                best_same = (rank, source)
        elif not _names_changed_thing(claim_primary, source):
            continue  # "lower T3" against "higher exposure to pendimethalin": another thing
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
        if claimed_arms is not None and _arms_reversed(claimed_arms, source, index):
            exposure += " with the two arms named the other way round"
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


_ARM_DENIAL: Final = re.compile(
    r"\b(?:not|no|never|did\s+not|didn't|was\s+not|were\s+not|wasn't|weren't)\b", re.IGNORECASE
)


def _claimed_arms(claim: str, at: int, index: RecordIndex) -> tuple[str, str] | None:
    """The claim's two arms as written; a denied comparison ("no more frequent with placebo
    than with ketamine") has them too: its direction is already the denied one, and arms the
    other way round turn it as they turn an affirmed one."""
    from claimcheck.verification.checks.arm_order import claimed_arms  # a cycle

    arms = claimed_arms(claim, at, index)
    if arms is None:
        start, _ = clause_bounds(claim, at)
        denial = _ARM_DENIAL.search(claim, start, at)
        if denial is not None:
            blank = " " * len(denial.group())
            arms = claimed_arms(claim[: denial.start()] + blank + claim[denial.end() :], at, index)
    return arms


def _finding_arm(assertions: Assertions, index: RecordIndex) -> list[Finding]:
    from claimcheck.verification.checks.arm_order import check_finding_arm  # a cycle

    return check_finding_arm(assertions, index)


def _arms_reversed(claimed: tuple[str, str], source: SourceDirection, index: RecordIndex) -> bool:
    from claimcheck.verification.checks.arm_order import arms_reversed  # a cycle

    return arms_reversed(claimed, source.sentence, index, source.cue)


_RELATION_WORDS: Final = frozenset(
    t.stem
    for t in terms_of(
        "associated association linked related correlated shown showed found reported noted "
        "observed seen led leads causes caused can could may might "
        # who reports a change is not what changes: "the review has ketamine turning down X"
        "review study paper article report hypothesis analysis authors researchers "
        "investigators scientists team"
    )
)


def _subject(text: str, position: int, index: RecordIndex, comparators: set[str]) -> Term | None:
    """The nearest specific word before a direction word (its likely subject) in the same
    comma-free stretch, when the record uses it: "Aldrin exposure was associated with lower
    TSH" -> aldrin ("exposure" is the record's topic; topic words do not count)."""
    c_start, _ = clause_bounds(text, position)
    position = _coordinated_start(text, c_start, position)
    comma = text.rfind(",", 0, position)
    aside = _FOIL_ASIDE.search(text, c_start, comma + 1) if comma >= 0 else None
    if aside is not None:
        comma = text.rfind(",", 0, aside.start())  # "X, unlike aldrin, went with": X
    c_start = max(c_start, comma + 1)
    # A word set against the subject is its foil, not the subject: "X moved TSH the opposite
    # way from aldrin: lower TSH", "unlike aldrin X went with", "compared with aldrin", "than
    # aldrin". The foil is the named thing only: in "Unlike aldrin methyl bromide went with
    # higher TSH" methyl bromide is the subject.
    foils = foil_spans(text, index, than=True)
    for term in reversed(terms_between(text, c_start, position)):
        if term.is_number or term.stem in _RELATION_WORDS or term.stem in WEAK_CONTEXT:
            continue
        if term.stem in comparators:
            return None
        if is_topic(index, term):
            continue
        if any(a <= term.start < b for a, b in foils):
            continue  # "methyl bromide moved TSH the opposite way from aldrin": not aldrin
        if in_record(index, term):
            return _before_population(text, c_start, term, index) or term
        if absent_word_factor(term.text) < 1.0:
            continue  # paraphrase wording ("went along with"): the subject is further back
        return None
    return None


# A foil set off by commas before the change: "Methyl bromide, unlike aldrin, went with ...".
_FOIL_ASIDE: Final = re.compile(
    r",\s*(?:unlike|compared\s+(?:with|to)|in\s+contrast\s+(?:with|to)|as\s+opposed\s+to|"
    r"versus|vs\.?)\s+[^,]{1,60},\s*$",
    re.IGNORECASE,
)
# A word inside "in/among <people>" names who was studied, not what changed: in "Aldrin exposure
# in male applicators: higher T4" the subject is aldrin, which the record's result sentence names
# while "applicators" sits in its methods.
_POPULATION_BEFORE: Final = re.compile(
    r"\b(?:in|among|amongst)\s+(?:[\w-]+\s+){0,3}$", re.IGNORECASE
)


def _before_population(text: str, c_start: int, term: Term, index: RecordIndex) -> Term | None:
    """The record-named word before the population phrase holding ``term``, if there is one."""
    population = _POPULATION_BEFORE.search(text, c_start, term.start)
    if population is None:
        return None
    for earlier in reversed(terms_between(text, c_start, population.start())):
        if earlier.is_number or earlier.stem in _RELATION_WORDS or earlier.stem in WEAK_CONTEXT:
            continue
        if not is_topic(index, earlier) and in_record(index, earlier):
            return earlier
    return None


_COORDINATED: Final = re.compile(
    r"\s*(?:[\w-]+\s+){0,2}[\w-]+(?:,?\s+(?:and|or|as\s+well\s+as)\s+|\s*,\s*)$", re.IGNORECASE
)


def _coordinated_start(text: str, c_start: int, position: int) -> int:
    """For the second of coordinated changes ("tied to lower TSH and higher T4", "lower TSH,
    higher T4") the subject is the first one's: the search starts before "lower TSH and"."""
    while True:
        before = [
            m for pattern, _ in CHANGE_PATTERNS for m in pattern.finditer(text, c_start, position)
            if m.end() < position
        ]  # fmt: skip
        if not before:
            return position
        last = max(before, key=lambda m: m.end())
        if not _COORDINATED.fullmatch(text, last.end(), position):
            return position
        position = last.start()


def _specificity(claim_primary: set[str], source: SourceDirection, index: RecordIndex) -> float:
    """Ties between statements of change go to the one whose changed thing shares the claim's
    rarer words: "lower T4" beats "associated with hypothyroidism" for "higher levels of T4"."""
    shared = _met(claim_primary, _concepts(source.primary, source.sentence))
    return sum(index.idf(frozenset({c})) for c in sorted(shared))


def _context(claim_context: frozenset[str], sentence: IndexedSentence, index: RecordIndex) -> float:
    """Last ties go to the sentence that says more of the rest of the claim: "aldrin ... higher
    T4" is judged on the aldrin sentence's "lower T4", not on another pesticide's "T4"."""
    shared = claim_context & sentence.concepts
    return sum(index.idf(frozenset({c})) for c in sorted(shared))


def _overlap(claim_primary: set[str], claim_secondary: set[str], source: SourceDirection) -> float:
    """Primary against primary counts fully; a primary met on the other side counts half."""
    source_primary = _concepts(source.primary, source.sentence)
    source_secondary = _concepts(source.secondary, source.sentence)
    score = _PRIMARY_WEIGHT * len(_met(claim_primary, source_primary))
    score += _SECONDARY_WEIGHT * len(
        _met(claim_primary, source_secondary) | (claim_secondary & source_primary)
    )
    return score


def _names_changed_thing(claim_primary: set[str], source: SourceDirection) -> bool:
    """Whether the source's change names what the claim says changed, on either side of its
    direction word: matching only the claim's other words is a change of something else."""
    around = _concepts(source.primary, source.sentence) | _concepts(
        source.secondary, source.sentence
    )
    return bool(_met(claim_primary, around))


def _met(claim_stems: set[str], source: set[str]) -> set[str]:
    """The claim's stems the source's words say, an abbreviation by its long form too: the
    claim's "AMPA receptor" is the record's "...-isoxazole-propionic acid receptor"."""
    return {s for s in claim_stems if s in source or set(_long_form(s)) & source}


def _long_form(stem_: str) -> tuple[str, ...]:
    long_form = COMMON_ABBREVIATIONS.get(stem_)
    return long_form_stems(long_form) if long_form else ()


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


# "people who have not improved on standard drugs": who was treated, not what the claim found.
_WHO_BEFORE: Final = re.compile(r"\b(?:who|whom)\s+(?:[\w']+\s+){0,3}$", re.IGNORECASE)
# Where the stretch before an efficacy word starts: "..., whereas etomidate had no effect".
_STRETCH_START: Final = re.compile(r"[,;:(]|\b(?:whereas|while|but|and)\b", re.IGNORECASE)


def _said_of_other(
    text: str, cue: re.Match[str] | None, claim_concepts: frozenset[str], index: RecordIndex
) -> bool:
    """Whether an efficacy word is said of a specific thing the claim never names: "etomidate
    had no effect" is no finding about a claim on ketamine."""
    if cue is None:
        return False
    start = 0
    for match in _STRETCH_START.finditer(text, 0, cue.start()):
        start = match.end()
    for term in reversed(terms_between(text, start, cue.start())):
        if term.is_number or term.stem in _RELATION_WORDS or term.stem in WEAK_CONTEXT:
            continue
        if term.concepts & claim_concepts:
            return False
        if is_topic(index, term) or not in_record(index, term):
            continue
        return True
    return False


def _judge_efficacy(
    claim: DirectionAssertion, assertions: Assertions, index: RecordIndex
) -> Finding | None:
    if _WHO_BEFORE.search(assertions.text, max(0, claim.phrase.start - 40), claim.phrase.start):
        return None
    claim_concepts = frozenset(c for t in terms_of(assertions.text) for c in t.concepts)
    for hit in _relevant(assertions, index)[:3]:
        text = hit.sentence.text
        negative = NEGATIVE_EFFICACY.search(text)
        positive = lx.POSITIVE_EFFICACY.search(text) or lx.SIGNIFICANT.search(text)
        if positive is None and not claim.up:
            # "have shown antidepressant properties": a benefit against a claim of none
            positive = SHOWN_BENEFIT.search(text)
        if _said_of_other(text, negative, claim_concepts, index):
            negative = None
        if _said_of_other(text, positive, claim_concepts, index):
            positive = None
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
    reworded = reworded_significance(assertions.text)
    stated = [
        s
        for s in assertions.significance
        if not _arm_result(assertions.text, s.phrase) and not inside_reworded(s.phrase, reworded)
    ]
    if not stated:
        stated = list(reworded)
    if not stated:
        return []
    claim = stated[0]
    relevant = _relevant(assertions, index)
    pinned = _pinned_significance(assertions, claim, relevant, index)
    if pinned is not None:
        return pinned
    # by its words, or only by its statistics ("ptrend=0.048", "95% CI 1.07 to 2.78")
    positive = next((h for h in relevant if record_significance(h.sentence.text) is True), None)
    negative = next((h for h in relevant if record_significance(h.sentence.text) is False), None)
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


def _pinned_significance(
    assertions: Assertions, claim: SignificanceAssertion, relevant: list[Hit], index: RecordIndex
) -> list[Finding] | None:
    """Judged at the claim's own exact p-value when a record sentence gives it: "indistinguishable
    (P = 0.47)" is about the comparison reported with P = 0.47, never about another sentence's
    small p. A sentence about the claim that gives the value decides either way. One outside
    those may be another comparison's that happens to have the same value, so it never backs the
    claim: it shows the claim's words at odds with the p it cites ("significantly longer (P =
    0.38)" where the record's P = 0.38 is a null result), or, when it shares at least two of the
    claim's words and agrees, leaves significance unjudged rather than judged on another
    comparison. None: the claim's p decides nothing here."""
    p_value = nearest_exact_p(assertions.text, claim.phrase.start)
    if p_value is None:
        return None
    for hit in relevant:
        significant = pinned_significance(p_value, hit.sentence.text)
        if significant is None:
            continue
        if significant == claim.significant:
            if claim.significant and any(
                other.score >= hit.score and record_significance(other.sentence.text) is False
                for other in relevant
                if other is not hit
            ):
                # a claim of significance is backed only on its own outcome: the same p in
                # another comparison does not outweigh a closer sentence without significance
                return None
            return [_significance_finding(Verdict.SUPPORTED, claim.phrase.text, hit,
                                          "the abstract states the same significance")]  # fmt: skip
        return [_pinned_contradiction(claim, hit)]
    words = {t.text.lower() for t in assertions.key_terms}
    for sentence in index.sentences:
        significant = pinned_significance(p_value, sentence.text)
        if significant is None:
            continue
        if significant != claim.significant:
            hit = Hit(sentence=sentence, score=0.0, coverage=0.0, matched=(), words=())
            return [_pinned_contradiction(claim, hit)]
        shared = words & set(re.findall(r"[\w+-]+", sentence.text.lower()))
        if len(shared) >= 2:
            return []
    return None


def _pinned_contradiction(claim: SignificanceAssertion, hit: Hit) -> Finding:
    said = "a significant" if not claim.significant else "no significant"
    return _significance_finding(Verdict.CONTRADICTED, claim.phrase.text, hit,
                                 f"the abstract reports {said} result at the claim's own "
                                 "p-value")  # fmt: skip


# "fell by 14 points, against essentially no change after the dummy infusion": the comparison
# arm's result, set against the claim's own; no claim that the effect was not significant.
_SET_AGAINST: Final = re.compile(
    r"\b(?:against|versus|vs\.?|compared\s+with|while|whereas|but)\s+(?:\w+ly\s+){0,2}$",
    re.IGNORECASE,
)
_ARM_NAMED_AFTER: Final = re.compile(
    r"[^,;.]{0,40}?\b(?:with|after|on|in|for|under|from|among|during)\s+(?:the\s+|a\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:placebo|saline|sham|controls?|dummy|comparator|usual\s+care|group|"
    r"arm|infusion|pill|injection)s?\b",
    re.IGNORECASE,
)


def _arm_result(text: str, phrase: Phrase) -> bool:
    if _control_arm_clause(text, phrase):
        return True
    if not _SET_AGAINST.search(text, max(0, phrase.start - 40), phrase.start):
        return False
    return bool(_ARM_NAMED_AFTER.match(text, phrase.end))


# "...; no change on saline", "while saline produced no change": a clause of its own whose only
# arm is the control one reports that arm's result, not that the effect was not significant.
# "no difference versus placebo" and "no change compared with saline" stay comparisons.
_CLAUSE_EDGE: Final = re.compile(
    r"[;.]|,\s*(?:while|whereas|but|and)\b|\b(?:while|whereas)\b", re.IGNORECASE
)
_CONTROL_ARM: Final = re.compile(
    r"\b(?P<link>(?:between|than|versus|vs\.?|compared\s+(?:with|to)|relative\s+to|over|"
    r"against|from)\s+(?:the\s+|a\s+)?(?:[\w-]+\s+){0,2}?)?"
    # "glycemic control", "pain control" are outcomes: a control arm is "the controls", "the
    # control group", never a noun's "control"
    r"(?:placebo|saline|sham|dummy|vehicle|controls|(?<=the\s)control|control\s+(?:group|arm)|"
    r"comparator|usual\s+care)\b",
    re.IGNORECASE,
)
_NULL_RESULT_WORDS: Final = re.compile(
    r"\bno\s+(?:\w+\s+)?(?:change|effect|improvement|response|benefit)|\bunchanged\b",
    re.IGNORECASE,
)


def _control_arm_clause(text: str, phrase: Phrase) -> bool:
    edges = [m for m in _CLAUSE_EDGE.finditer(text)]
    start = max((m.end() for m in edges if m.end() <= phrase.start), default=0)
    end = min((m.start() for m in edges if m.start() >= phrase.end), default=len(text))
    clause = text[start:end]
    if not _NULL_RESULT_WORDS.search(clause):
        return False
    arms = list(_CONTROL_ARM.finditer(clause))
    return bool(arms) and not any(m["link"] for m in arms)


def _significance_finding(verdict: Verdict, claim_words: str, hit: Hit, message: str) -> Finding:
    text = hit.sentence.text
    found = lx.NOT_SIGNIFICANT.search(text) or lx.SIGNIFICANT.search(text) or _P_SMALL.search(text)
    cue = found.group() if found else significance_cue(text)
    return Finding(
        kind=FindingKind.SIGNIFICANCE,
        verdict=verdict,
        message=message,
        claim_says=claim_words,
        source_says=quoted(text),
        evidence=sentence_evidence(hit.sentence, hit.words, extra=[cue] if cue else []),
        confidence=0.75,
    )


# --- differences: "A differed from B" against "A did as well as B" ----------------------------
#
# A claim that two things differ against a sentence about them that says they do not ("were
# similar for all treatments", "did not differ (P = 0.71)"), and the reverse: a claim that they
# do not ("no sex differences", "just as readily as wild-type mice", "about as much as
# ketamine") against a sentence that states a difference ("revealed sex-specific differences",
# "was strongly reduced in HCN1 knock-out mice", "Midazolam had minor brief effects").

_I = re.IGNORECASE
_RECORD_SAME: Final = re.compile(
    r"\b(?:(?:did|do|does)\s+not|didn't)\s+(?:significantly\s+|statistically\s+)?differ\b"
    r"|\bnot\s+(?:significantly\s+|statistically\s+)?different\b"
    r"|\bno\s+(?:[\w-]+\s+){0,2}?differences?\b"
    r"|\b(?:statistically\s+)?indistinguishable\b|\bunaffected\b|\bequally\b"
    r"|\b(?:was|were|is|are|remained)\s+(?:\w+\s+)?(?:similar|comparable|equivalent)\b"
    r"|\bsimilar\s+(?:for|between|across|among|in)\s+(?:all|both|the|each)\b"
    r"|\b(?:could|can)\s*not\s+be\s+(?:distinguished|told\s+apart|separated)\b"
    r"|\b(?:was|were|are|is)\s+identical\b",
    _I,
)
_RECORD_DIFFERS: Final = re.compile(
    r"\b(?<!in)distinguishable\b|\bcould\s+be\s+(?:distinguished|told\s+apart)\b"
    r"|\bdiffer(?:ed|s)?\b|\bdifferences?\b|\bdifferent\s+(?:from|than|between)\b"
    r"|\bdistinct\s+from\b",
    _I,
)
_DENIED_BEFORE: Final = re.compile(
    r"(?:\b(?:no|not|never|without|nor|neither)\b|n't)(?:\s+[\w-]+){0,2}\s*$"
    # "held steady rather than improving": the change right after it is the one set aside
    r"|\b(?:rather\s+than|instead\s+of)\s*$",
    _I,
)
# "similar for all treatments", "between both groups": the sentence speaks of every arm.
_EVERY_ARM: Final = re.compile(
    r"\b(?:all|both|each|every|either)\s+(?:of\s+the\s+)?(?:\w+\s+)?(?:treatments?|groups?|"
    r"arms?|conditions?|doses?|sexes|genotypes?|drugs?|interventions?|regimens?)\b",
    _I,
)
# A clause of a sentence: ";" outside brackets, ", and", "and was", "whereas", "while", "but".
_CLAUSE_JOIN: Final = re.compile(
    r";|,\s+(?:and|but|while|whereas|although)\b|\s+and\s+(?=(?:was|were|is|are|had|has)\b)"
    r"|\s+whereas\b",
    _I,
)
# An effect the record calls small or short: "Midazolam had minor brief effects on anxiety".
_DIMINISHED: Final = re.compile(
    r"\b(?:minor|minimal|slight|small|modest|weak|marginal|negligible|little|brief|transient|"
    r"short[\s-]lived|mild)\s+(?:(?:and\s+)?[\w-]+\s+){0,2}?(?:effects?|improvements?|"
    r"changes?|reductions?|benefits?|responses?|relief|increases?|decreases?|actions?)\b",
    _I,
)
# A measure changed *in* a group: "potency ... was strongly reduced in HCN1 knock-out mice".
_CHANGED_IN: Final = re.compile(
    r"\b(?:reduced|diminished|decreased|attenuated|abolished|blunted|impaired|lowered|lost|"
    r"enhanced|increased|elevated|potentiated|augmented|heightened|exaggerated)"
    r"\s+(?:[\w-]+\s+){0,2}?(?:in|among)\s+(?P<group>[^,;.]{1,60})",
    _I,
)
# What a change in a group bears on for it to be a difference in how the group responds.
_RESPONSIVENESS: Final = re.compile(
    r"\b(?:potency|potencies|sensitivity|sensitivities|susceptibility|responsiveness|"
    r"responses?|efficacy|effects?|vulnerability|resistance|tolerance|threshold)\b",
    _I,
)


def _clause_span(text: str, position: int) -> tuple[int, int]:
    start, end = 0, len(text)
    for match in _CLAUSE_JOIN.finditer(text):
        if text[: match.start()].count("(") > text[: match.start()].count(")"):
            continue  # a ";" inside brackets ("(P = 0.71; ES: 0.08)") ends nothing
        if match.end() <= position:
            start = match.end()
        elif match.start() >= position:
            end = match.start()
            break
    return start, end


def difference_statements(text: str) -> list[tuple[re.Match[str], bool]]:
    """(cue, differs) for each statement of a record sentence that things differ or not."""
    found: list[tuple[re.Match[str], bool]] = []
    same = list(_RECORD_SAME.finditer(text))
    found += [(m, False) for m in same]
    for match in _RECORD_DIFFERS.finditer(text):
        if any(m.start() <= match.start() < m.end() for m in same):
            continue
        if _DENIED_BEFORE.search(text[max(0, match.start() - 30) : match.start()]):
            continue
        found.append((match, True))
    return found


def check_differences(assertions: Assertions, index: RecordIndex) -> list[Finding]:
    for claim in assertions.differences:
        finding = _judge_difference(claim, assertions, index)
        if finding is not None:
            return [finding]
    return []


def _judge_difference(
    claim: DifferenceAssertion, assertions: Assertions, index: RecordIndex
) -> Finding | None:
    hits = _relevant(assertions, index, claim.phrase)[:3]
    if not hits:
        return None
    if claim.qualifier and not claim.differs:
        return _qualified_difference(claim, hits)
    strict = _strictly_compared(claim, assertions, index)
    if strict is not None:
        hit, cue, differs = strict
        if differs == claim.differs:
            return _difference_finding(Verdict.SUPPORTED, claim, hit, cue,
                                       "the abstract says the same")  # fmt: skip
        said = "a difference" if differs else "no difference"
        return _difference_finding(Verdict.CONTRADICTED, claim, hit, cue,
                                   f"the abstract reports {said}")  # fmt: skip
    sides = _side_stems(claim, assertions)
    hits = hits + [h for h in _naming_both_sides(claim, assertions, index) if h not in hits]
    for hit in hits:
        text = hit.sentence.text
        for cue, differs in difference_statements(text):
            c_start, c_end = _clause_span(text, cue.start())
            if any(
                other != differs and c_start <= m.start() < c_end
                for m, other in difference_statements(text)
            ):
                continue  # the clause says both: nothing to tell
            if not _names_sides(hit.sentence, (c_start, c_end), sides, index):
                continue
            if differs == claim.differs:
                return _difference_finding(Verdict.SUPPORTED, claim, hit, cue.group(),
                                           "the abstract says the same")  # fmt: skip
            said = "a difference" if differs else "no difference"
            return _difference_finding(Verdict.CONTRADICTED, claim, hit, cue.group(),
                                       f"the abstract reports {said}")  # fmt: skip
    if not claim.differs and claim.against is not None:
        return _compared_apart(claim, assertions, hits) or _unequal(claim, assertions, index, hits)
    return None


def _compared_apart(
    claim: DifferenceAssertion, assertions: Assertions, hits: list[Hit]
) -> Finding | None:
    """An equality ("about as often after placebo as after ketamine") against a sentence about
    it that puts one side ahead of the other ("more frequently reported after ketamine than
    after placebo"): both sides must be named in that comparison."""
    assert claim.against is not None
    b_side = {c for t in terms_of(claim.against.text) if not t.is_number for c in t.concepts}
    c_start, _ = clause_bounds(assertions.text, claim.phrase.start)
    a_side = {
        c for t in terms_between(assertions.text, c_start, claim.phrase.end)
        if not t.is_number and not t.concepts & b_side for c in t.concepts
    }  # fmt: skip
    a_side -= {c for t in terms_of(claim.phrase.text) if t.text.lower() in _EQUALITY_WORDS
               for c in t.concepts}  # fmt: skip
    if not a_side or not b_side:
        return None
    for hit in hits:
        text = hit.sentence.text
        for comparison in find_comparisons(text):
            cue_start = comparison.cue.start
            start, _ = _clause_span(text, cue_start)
            if _DENIED_BEFORE.search(text[max(0, cue_start - 30) : cue_start]):
                continue  # "no more often than placebo" is an equality too
            ahead = {c for t in terms_between(text, start, comparison.cue.end) for c in t.concepts}
            behind = {c for t in terms_of(comparison.target.text) for c in t.concepts}
            if (a_side & ahead and b_side & behind) or (a_side & behind and b_side & ahead):
                cue = f"{comparison.cue.text}{comparison.target.text}".strip()
                return _difference_finding(Verdict.CONTRADICTED, claim, hit, cue,
                                           "the abstract reports a difference")  # fmt: skip
    return None


_EQUALITY_WORDS: Final = frozenset(
    {"about", "just", "roughly", "nearly", "almost", "fully", "equally", "as"}
)


# --- one arm only: "declined only after ketamine, not after midazolam" against "declined over
# time and were similar for all treatments" ------------------------------------------------------
#
# A claim that confines an effect to one arm ("only after A", "A but not B", "only A lowered
# it") against a relevant sentence saying the thing was alike in every arm ("similar for all
# treatments", "did not differ between the two groups") denies what the claim keeps apart.
# The preposition before an arm: "only after A", "not with B", "no more often with A than B".
_ARM_LEAD: Final = r"(?:after|with|in|on|for|among|under|following|by|from)"
_ONE_ARM: Final = re.compile(
    rf"\b(?:only|solely|exclusively)\s+(?P<x>(?:{_ARM_LEAD}\s+)?(?:the\s+)?[\w()+-]+)"
    rf"|(?:,\s*|\s+but\s+|\s+and\s+)not\s+(?P<y>{_ARM_LEAD}\s+(?:the\s+)?[\w()+-]+)",
    _I,
)
_NOT_ONLY_BEFORE: Final = re.compile(r"\bnot\s*$", _I)
# Words for when or how much, not which arm: "only after the first week", "only at 24 hours".
_NOT_ARM: Final = re.compile(
    r"\b(?:\d+|first|second|third|last|final|early|late|week|weeks|day|days|hour|hours|month|"
    r"months|year|years|minutes?|baseline|time|end|start|a|one|two|three|few|some|half)\b",
    _I,
)
# Alike in every arm: a sameness cue and an every-arm phrase in one clause.
_EVERY_ARM_SAME: Final = re.compile(
    r"\b(?:regardless|irrespective)\s+of\s+(?:the\s+)?(?:treatment|group|arm|drug|dose)s?\b", _I
)
_ONE_ARM_TRIES: Final = 8  # "only" phrases read per claim: more add nothing but time


def check_one_arm_only(assertions: Assertions, index: RecordIndex) -> list[Finding]:
    from claimcheck.verification.checks.arm_order import names_arm  # a cycle

    claim = assertions.text
    for match in itertools.islice(_ONE_ARM.finditer(claim), _ONE_ARM_TRIES):
        if match["x"] is not None and _NOT_ONLY_BEFORE.search(claim[: match.start()]):
            continue  # "not only after A"
        arm = match["x"] or match["y"]
        named = [t for t in terms_of(arm) if not t.is_number and not _NOT_ARM.fullmatch(t.text)]
        named = [t for t in named if t.text.lower() not in _BOTH_STOP and in_record(index, t)]
        if not named or _NOT_ARM.search(arm.split()[-1]):
            continue
        # The arm must be one of the record's arms: "correlated only with dissociation ratings"
        # keeps a correlation to one measure, not a finding to one arm.
        if not names_arm(" ".join(t.text for t in named), index):
            continue
        judged = Phrase(match.group(), match.start(), match.end())
        arm_concepts = {c for t in named for c in t.concepts}
        # What was kept to one arm is said in the clause of "only" (up to a ";" or ", and"):
        # "... only with ketamine; serum BDNF concentrations declined" keeps BDNF out of it.
        c_start, c_end = clause_bounds(claim, match.start())
        measure = [
            t for t in assertions.key_terms
            if c_start <= t.start < c_end and not t.concepts & arm_concepts
            and not judged.start <= t.start < judged.end
            and not is_topic(index, t) and not _ARM_NOUN.fullmatch(t.text)
        ]  # fmt: skip
        if not measure:
            continue
        for hit in _relevant(assertions, index, judged)[:3]:
            alike = _alike_in_every_arm(hit.sentence, measure)
            if alike is None:
                continue
            text = hit.sentence.text
            return [
                Finding(
                    kind=FindingKind.DIRECTION,
                    verdict=Verdict.CONTRADICTED,
                    message=f"the claim keeps it to one arm ('{match.group().strip(' ,')}'), but "
                    f"the abstract says it was alike in every arm ('{alike}')",
                    claim_says=match.group().strip(" ,"),
                    source_says=quoted(text),
                    evidence=sentence_evidence(hit.sentence, hit.words, extra=[alike]),
                    confidence=0.7,
                )
            ]
    return []


# Words that name arms or say that something was counted, not what was measured.
_ARM_NOUN: Final = re.compile(
    r"(?:groups?|arms?|treatments?|conditions?|doses?|drugs?|interventions?|regimens?|"
    r"participants?|patients?|subjects?|people|reported|seen|observed|found|noted|occurred)",
    _I,
)
_ELIDED_SUBJECT: Final = re.compile(r"(?:was|were|is|are|remained|stayed)\b", _I)


def _alike_in_every_arm(sentence: IndexedSentence, measure: list[Term]) -> str | None:
    """The words of a clause that says the claim's measured thing was alike in every arm."""
    text = sentence.text

    def about_it(start: int, end: int) -> bool:
        # "... declined over time and were similar for all treatments": a clause with no
        # subject of its own is about the one before it (up to a ";").
        if _ELIDED_SUBJECT.match(text[start:end].lstrip()):
            start = text.rfind(";", 0, start) + 1
        clause = _clause_concepts(sentence, start, end)
        return any(t.concepts & clause for t in measure)

    regardless = _EVERY_ARM_SAME.search(text)
    if regardless is not None and about_it(*_clause_span(text, regardless.start())):
        return regardless.group()
    for same in _RECORD_SAME.finditer(text):
        if _DENIED_BEFORE.search(text[max(0, same.start() - 30) : same.start()]):
            continue
        start, end = _clause_span(text, same.start())
        every = _EVERY_ARM.search(text, start, end)
        if every is not None and about_it(start, end):
            return text[min(same.start(), every.start()) : max(same.end(), every.end())]
    return None


# --- "no more often with A than with B", "at similar rates with A and B" ------------------------
#
# A claim that one arm had a thing no more often than another (A <= B), or that both had it at
# like rates, against a sentence about the same thing that puts A ahead of B ("more frequently
# reported after A than after B", or "less often with B than A"; for like rates either way).
_FREQUENCY: Final = (
    r"(?:often|frequently|commonly|common|frequent|likely|rarely|high|higher|large|larger)"
)
_NO_MORE_THAN: Final = re.compile(
    rf"\b(?:no|not\s+any)\s+(?:more|greater|higher)\s+(?:{_FREQUENCY}\s+)?"
    rf"(?P<a>{_ARM_LEAD}\s+[^,;.]{{1,50}}?\s+)?than\s+(?P<b>(?:{_ARM_LEAD}\s+)?[^,;.]{{1,50}})",
    _I,
)
_LIKE_RATES: Final = re.compile(
    r"\b(?:similar|comparable|equal|like|the\s+same)\s+(?:rates?|frequenc(?:y|ies)|"
    r"proportions?|incidences?|numbers?)\s+"
    rf"(?P<a>{_ARM_LEAD}\s+[^,;.]{{1,50}}?)\s+and\s+(?P<b>(?:{_ARM_LEAD}\s+)?[^,;.]{{1,50}})",
    _I,
)
# The words that say how often, not what or in whom.
_HOW_OFTEN_STEMS: Final = frozenset(
    {"often", "frequent", "frequenc", "common", "rate", "like", "likeli", "more", "less",
     "similar", "compar", "equal", "same", "number", "proport", "incid", "report", "rare"}
)  # fmt: skip


def _arm_concepts(text: str) -> frozenset[str]:
    return frozenset(
        c
        for t in terms_of(text)
        if not t.is_number and t.stem not in _HOW_OFTEN_STEMS
        for c in t.concepts
    )


def check_no_more_than(assertions: Assertions, index: RecordIndex) -> list[Finding]:
    """A claim of no lead ("side effects were reported no more often with ketamine than with
    placebo", "at similar rates with ketamine and placebo") against "side-effects were more
    frequently reported after ketamine treatment than after placebo": the record puts A ahead
    of B, about the same thing (a word of what is counted, besides the record's topic)."""
    claim = assertions.text
    for pattern, ordered in ((_NO_MORE_THAN, True), (_LIKE_RATES, False)):
        for match in pattern.finditer(claim):
            finding = _arm_ahead(assertions, index, match, ordered=ordered)
            if finding is not None:
                return [finding]
    return []


def _arm_ahead(
    assertions: Assertions, index: RecordIndex, match: re.Match[str], *, ordered: bool
) -> Finding | None:
    claim = assertions.text
    b_arm = _arm_concepts(match["b"])
    a_arm = _arm_concepts(match["a"] or "") - b_arm
    c_start, _ = clause_bounds(claim, match.start())
    measure = [
        t for t in terms_between(claim, c_start, match.start())
        if not t.is_number and t.stem not in _HOW_OFTEN_STEMS and not t.concepts & b_arm
        and not t.concepts & a_arm and in_record(index, t) and not is_topic(index, t)
    ]  # fmt: skip
    if not b_arm or not measure:
        return None
    judged = Phrase(match.group(), match.start(), match.end())
    for hit in _relevant(assertions, index, judged)[:3]:
        text = hit.sentence.text
        for comparison in find_comparisons(text):
            cue_start = comparison.cue.start
            start, _ = _clause_span(text, cue_start)
            if _DENIED_BEFORE.search(text[max(0, cue_start - 30) : cue_start]):
                continue  # "no more often than placebo" is no lead either
            ahead = {c for t in terms_between(text, start, comparison.cue.end) for c in t.concepts}
            behind = {c for t in terms_of(comparison.target.text) for c in t.concepts}
            if not any(t.concepts & ahead for t in measure):
                continue  # the record compares something else
            first, second = (ahead, behind) if comparison.ahead else (behind, ahead)
            a_first = (a_arm & first or not a_arm) and not b_arm & first
            forward = bool(a_first and b_arm & second)
            backward = bool(a_arm & second and b_arm & first and not a_arm & first)
            if forward or (backward and not ordered):
                cue = f"{comparison.cue.text}{comparison.target.text}".strip()
                return Finding(
                    kind=FindingKind.DIRECTION,
                    verdict=Verdict.CONTRADICTED,
                    message=f"the claim says '{match.group().strip()}', but the abstract puts "
                    f"one ahead: '{cue}'",
                    claim_says=match.group().strip(),
                    source_says=quoted(text),
                    evidence=sentence_evidence(hit.sentence, hit.words, extra=[cue]),
                    confidence=0.7,
                )
    return None


def _naming_both_sides(
    claim: DifferenceAssertion, assertions: Assertions, index: RecordIndex
) -> list[Hit]:
    """Sentences with a statement of (no) difference whose clause names both things the claim
    compares, by words other than the record's topic: "LEmin did not differ from LT" for "the
    minimum lactate equivalent differed from the lactate threshold"."""
    c_start, c_end = clause_bounds(assertions.text, claim.phrase.start)
    b_start = claim.phrase.end if claim.against is None else claim.against.start
    a_terms = [t for t in terms_between(assertions.text, c_start, claim.phrase.start)
               if not t.is_number]  # fmt: skip
    b_terms = [t for t in terms_between(assertions.text, b_start, c_end) if not t.is_number]
    a_only = [t for t in a_terms if not any(t.concepts & b.concepts for b in b_terms)]
    b_only = [t for t in b_terms if not any(t.concepts & a.concepts for a in a_terms)]
    a_only = [t for t in a_only if in_record(index, t)]
    b_only = [t for t in b_only if in_record(index, t)]
    if not a_only or not b_only:
        return []
    found = []
    for sentence in index.sentences:
        for cue, _ in difference_statements(sentence.text):
            clause = _clause_concepts(sentence, *_clause_span(sentence.text, cue.start()))
            named_a = [t for t in a_only if t.concepts & clause]
            named_b = [t for t in b_only if t.concepts & clause]
            # Both things named, and not only by the record's topic words.
            if named_a and named_b and not all(is_topic(index, t) for t in named_a + named_b):
                found.append(Hit(sentence, 0.0, 0.0, (), ()))
                break
    return found


# Words that say how a (no-)difference was judged, not what was compared.
_JUDGING_WORDS: Final = frozenset({"statist", "signific", "there"})
_SIDE_SPLIT: Final = re.compile(r"\s(?:and|versus|vs\.?)\s", _I)
_LEADING_NUMBER: Final = re.compile(r"^\d+(?:\.\d+)?")


def _strictly_compared(
    claim: DifferenceAssertion, assertions: Assertions, index: RecordIndex
) -> tuple[Hit, str, bool] | None:
    """A record clause whose two compared things are exactly the claim's two, even when both
    are the record's topic words: "LEmin+1mM was not different from MLSS" for "velocity at
    LEmin plus 1 mmol/L differed from the maximal lactate steady state". Every word of each
    record side must be one of the claim side's words (an abbreviation by its long form), so
    "LEmin did not differ from LT" says nothing of LEmin against MLSS."""
    c_start, c_end = clause_bounds(assertions.text, claim.phrase.start)
    b_start = claim.phrase.end if claim.against is None else claim.against.start
    a_text = assertions.text[c_start : claim.phrase.start]
    b_text = assertions.text[b_start:c_end]
    a_side = _side_concepts(a_text)
    b_side = _side_concepts(b_text)
    if not a_side or not b_side or a_side == b_side:
        return None
    for sentence in index.abstract_sentences:
        text = sentence.text
        for cue, differs in difference_statements(text):
            start, end = _clause_span(text, cue.start())
            if any(other != differs and start <= m.start() < end
                   for m, other in difference_statements(text)):  # fmt: skip
                continue
            left = (start, cue.start())
            right = (cue.end(), end)
            if not _side_words(sentence, *left):
                split = _SIDE_SPLIT.search(text, right[0], right[1])
                if split is None:
                    continue
                left, right = (right[0], split.start()), (split.end(), right[1])
            record_left = _side_words(sentence, *left)
            record_right = _side_words(sentence, *right)
            if not record_left or not record_right:
                continue
            straight = _covers(record_left, a_side, a_text) and _covers(
                record_right, b_side, b_text)  # fmt: skip
            crossed = _covers(record_left, b_side, b_text) and _covers(
                record_right, a_side, a_text)  # fmt: skip
            if straight or crossed:
                return Hit(sentence, 0.0, 0.0, (), ()), cue.group(), differs
    return None


def _side_concepts(text: str) -> frozenset[str]:
    return frozenset(c for t in terms_of(text) if not t.is_number for c in t.concepts)


def _side_words(sentence: IndexedSentence, start: int, end: int) -> list[Term]:
    """The content words of one side of a record comparison, leaving out statistics in
    brackets ("(P = 0.47; ES: 0.09)") and the words that judge the difference."""
    text = sentence.text
    words = []
    for term in sentence.terms:
        if not start <= term.start < end or term.is_number:
            continue
        if text[start : term.start].count("(") > text[start : term.start].count(")"):
            continue
        if term.stem in _JUDGING_WORDS or term.concepts & _JUDGING_WORDS:
            continue
        words.append(term)
    return words


def _covers(record_side: list[Term], claim_side: frozenset[str], claim_text: str) -> bool:
    """Whether every word of a record side is one the claim side uses: an abbreviation by
    itself or by every word of its long form, a figure-led token ("1mM") by its figure."""
    numbers = set(re.findall(r"\d+(?:\.\d+)?", claim_text))
    for term in record_side:
        figure = _LEADING_NUMBER.match(term.text)
        if figure:
            if figure.group() not in numbers:
                return False
        elif term.stem in claim_side:
            continue
        elif len(term.concepts) > 1 and term.concepts - {term.stem} <= claim_side:
            continue  # "MLSS" for "maximal lactate steady state"
        elif len(term.concepts) == 1 and term.concepts & claim_side:
            continue
        else:
            return False
    return True


def _clause_concepts(sentence: IndexedSentence, start: int, end: int) -> set[str]:
    """The concepts of a stretch of an indexed sentence, abbreviations the record defines
    included ("LT" is the lactate threshold)."""
    return {c for t in sentence.terms if start <= t.start < end for c in t.concepts}


def _side_stems(claim: DifferenceAssertion, assertions: Assertions) -> frozenset[str]:
    """The concepts of what the claim compares: what follows the difference ("from LT",
    "between ketamine doses and midazolam", "as wild-type mice")."""
    start = claim.phrase.end if claim.against is None else claim.against.start
    end = claim.against.end if claim.against is not None else clause_bounds(
        assertions.text, claim.phrase.start)[1]  # fmt: skip
    return frozenset(c for t in assertions.key_terms if start <= t.start < end for c in t.concepts)


def _names_sides(
    sentence: IndexedSentence, span: tuple[int, int], sides: frozenset[str], index: RecordIndex
) -> bool:
    start, end = span
    if _EVERY_ARM.search(sentence.text, start, end):
        return True
    named = {c for t in sentence.terms if start <= t.start < end for c in t.concepts} & sides
    return any(not _topic_stem(index, c) for c in named)


_QUALIFIED: Final = (
    r"\b{q}[\s-](?:specific|dependent|differences?)\b"
    r"|\bdiffer(?:ed|s|ences?)?\s+(?:by|between|across)\s+(?:the\s+)?{q}"
)


def _qualified_difference(claim: DifferenceAssertion, hits: list[Hit]) -> Finding | None:
    """A claim of "no sex differences" against "revealed sex-specific differences": the record
    affirms a difference by the very thing the claim says makes none."""
    qualifier = re.escape(claim.qualifier or "")
    pattern = re.compile(_QUALIFIED.format(q=qualifier + r"(?:es|s)?"), _I)
    for hit in hits:
        text = hit.sentence.text
        for match in pattern.finditer(text):
            if _DENIED_BEFORE.search(text[max(0, match.start() - 30) : match.start()]):
                continue
            return _difference_finding(Verdict.CONTRADICTED, claim, hit, match.group(),
                                       "the abstract reports a difference")  # fmt: skip
    return None


def _unequal(
    claim: DifferenceAssertion, assertions: Assertions, index: RecordIndex, hits: list[Hit]
) -> Finding | None:
    """An equality ("A ... just as readily as B") against a sentence about A that sets it apart:
    a change of its response in A ("reduced in HCN1 knock-out mice"), or an effect of A the
    record calls minor or brief while it never says so of B."""
    assert claim.against is not None
    against = {c for t in terms_of(claim.against.text) for c in t.concepts}
    before = [
        t for t in assertions.key_terms
        if t.end <= claim.phrase.start and not t.concepts & against and in_record(index, t)
    ]  # fmt: skip
    if not before:
        return None
    subject = before[0]
    a_side = {c for t in terms_of(assertions.text[: claim.phrase.start]) for c in t.concepts}
    distinct_b = [t for t in terms_of(claim.against.text)
                  if not t.is_number and not a_side & t.concepts]  # fmt: skip
    for hit in hits:
        text = hit.sentence.text
        concepts = hit.sentence.concepts
        if any(t.concepts & concepts for t in distinct_b) or _RECORD_SAME.search(text):
            continue
        for match in _CHANGED_IN.finditer(text):
            group = {c for t in terms_of(match["group"]) for c in t.concepts}
            if not any(t.concepts & group for t in before):
                continue
            if _DENIED_BEFORE.search(text[max(0, match.start() - 30) : match.start()]):
                continue
            c_start, _ = _clause_span(text, match.start())
            if not _RESPONSIVENESS.search(text, c_start, match.start()):
                continue
            return _difference_finding(Verdict.CONTRADICTED, claim, hit, match.group(),
                                       "the abstract reports a difference")  # fmt: skip
    if not any(in_record(index, t) for t in distinct_b):
        return None  # the record never names what the claim puts A on a par with
    measure = [t for t in before[1:] if not is_topic(index, t)]
    for sentence in index.sentences:
        text = sentence.text
        if not subject.concepts & sentence.concepts or not any(
            t.concepts & sentence.concepts for t in measure
        ):
            continue
        if any(t.concepts & sentence.concepts for t in distinct_b):
            continue
        weak = _DIMINISHED.search(text)
        if weak is None or _b_diminished(index, distinct_b, measure):
            continue
        hit = Hit(sentence, 0.0, 0.0, (), ())
        return _difference_finding(Verdict.CONTRADICTED, claim, hit, weak.group(),
                                   f"the abstract says {subject.text} had only "
                                   f"'{weak.group()}'")  # fmt: skip
    return None


def _b_diminished(index: RecordIndex, distinct_b: list[Term], measure: list[Term]) -> bool:
    """The record calls the comparison's effect minor too: then the two may well be equal."""
    for sentence in index.sentences:
        names_b = any(t.concepts & sentence.concepts for t in distinct_b)
        if names_b and _DIMINISHED.search(sentence.text):
            return True
    return False


def _difference_finding(
    verdict: Verdict, claim: DifferenceAssertion, hit: Hit, cue: str, message: str
) -> Finding:
    claim_words = claim.phrase.text.strip()
    if claim.against is not None:
        claim_words = f"{claim_words} {claim.against.text}"
    if verdict is Verdict.CONTRADICTED:
        way = "differ" if claim.differs else "do not differ"
        message = f"{message} ('{cue}') where the claim says they {way}: '{claim_words}'"
    else:
        message = f"{message} ('{cue}')"
    return Finding(
        kind=FindingKind.DIRECTION,
        verdict=verdict,
        message=message,
        claim_says=claim_words,
        source_says=quoted(hit.sentence.text),
        evidence=sentence_evidence(hit.sentence, hit.words, extra=[cue]),
        confidence=0.7,
    )


# --- hindrance: "pose no real obstacle" against "use is limited by" -----------------------------
#
# A claim that something stands in nobody's way ("no real barrier to wider use", "does not limit
# its use") against a sentence about the same things that says it does ("widespread use is
# limited by its abuse potential", "complicate such an application and represent a challenge").

_NO_HINDRANCE: Final = re.compile(
    r"\bno\s+(?:(?:real|major|serious|significant|great|big|meaningful|substantial|"
    r"important|particular)\s+)?(?:obstacles?|barriers?|hurdles?|impediments?|hindrances?|"
    r"limitations?|drawbacks?|obstructions?)\b"
    r"|\b(?:(?:do|does|did|would|will)\s+not|(?:do|does|did|would|wo)n't)\s+(?:really\s+)?"
    r"(?:limit|hinder|hamper|impede|restrict|complicate|obstruct)\b"
    r"|\b(?:do|does|did|would|will)\s*(?:not|n't)\s+stand\s+in\s+the\s+way\b",
    _I,
)
_HINDRANCE: Final = re.compile(
    r"\b(?:limit(?:s|ed|ing)?|limitations?|hinder(?:s|ed|ing)?|hamper(?:s|ed|ing)?|"
    r"imped(?:e|es|ed|ing|iments?)|restrict(?:s|ed|ing)?|complicat(?:e|es|ed|ing)|"
    r"challenges?|barriers?|obstacles?|hurdles?|drawbacks?|preclud(?:e|es|ed|ing))\b",
    _I,
)


HINDRANCE_MIN_WORDS: Final = 2


def check_hindrance(assertions: Assertions, index: RecordIndex) -> list[Finding]:
    denial = _NO_HINDRANCE.search(assertions.text)
    if denial is None:
        return []
    # What is said to be no obstacle, and to what: the claim's words the record uses, other
    # than the record's topic ("ketamine") and the denial itself.
    named = [
        t for t in assertions.key_terms
        if not denial.start() <= t.start < denial.end()
        and in_record(index, t) and not is_topic(index, t)
    ]  # fmt: skip
    if len(named) < HINDRANCE_MIN_WORDS:
        return []
    for hit in retrieve(index, named)[:3]:
        if len(hit.matched) < HINDRANCE_MIN_WORDS or hit.coverage < RELEVANT_COVERAGE:
            continue
        text = hit.sentence.text
        cue = _undenied_hindrance(text)
        if cue is not None:
            return [_hindrance_finding(denial.group(), hit.sentence, hit.words, cue)]
    for sentence, words in _referring_back(index, named):
        cue = _undenied_hindrance(sentence.text)
        if cue is not None:
            return [_hindrance_finding(denial.group(), sentence, words, cue)]
    return []


def _undenied_hindrance(text: str) -> str | None:
    for cue in _HINDRANCE.finditer(text):
        if not _DENIED_BEFORE.search(text[max(0, cue.start() - 30) : cue.start()]):
            return cue.group()
    return None


def _hindrance_finding(
    denial: str, sentence: IndexedSentence, words: tuple[Term, ...], cue: str
) -> Finding:
    return Finding(
        kind=FindingKind.DIRECTION,
        verdict=Verdict.CONTRADICTED,
        message=f"the claim says '{denial}', but the abstract says it stands in the way ('{cue}')",
        claim_says=denial,
        source_says=quoted(sentence.text),
        evidence=sentence_evidence(sentence, words, extra=[cue]),
        confidence=0.7,
    )


# "such medications", "this approach": the sentence names its subject by pointing back.
_POINTING_BACK: Final = re.compile(
    r"\b(?:such|these|this|those)\s+(?:an?\s+)?(?:[\w-]+\s+)?(?:medications?|drugs?|agents?|"
    r"compounds?|applications?|approach(?:es)?|uses?|treatments?|therap(?:y|ies)|strateg(?:y|ies)|"
    r"interventions?)\b",
    _I,
)


def _referring_back(
    index: RecordIndex, named: list[Term]
) -> list[tuple[IndexedSentence, tuple[Term, ...]]]:
    """Sentences that point back ("such medications ... complicate such an application") read
    together with the sentence before them: the claim's words may all be in that one."""
    sentences = index.abstract_sentences
    found = []
    for before, sentence in itertools.pairwise(sentences):
        if not _POINTING_BACK.search(sentence.text):
            continue
        concepts = before.concepts | sentence.concepts
        matched = [t for t in named if t.concepts & concepts]
        if len(matched) >= HINDRANCE_MIN_WORDS and 2 * len(matched) >= len(named):
            found.append((sentence, tuple(w for w in sentence.terms if any(
                w.concepts & t.concepts for t in matched))))  # fmt: skip
    return found


# --- unaffected: "etomidate lost its power" against "etomidate was unaffected" ------------------
#
# A claim that something changed against the clause of a record sentence that names that very
# thing and says it did not change ("hypnotic sensitivity to etomidate was unaffected by HCN1
# gene deletion"), while the sentence's other clauses say something else changed.

_CLAIMED_CHANGE: Final = re.compile(
    r"\b(?:lost|los(?:e|es|ing)|blunt(?:ed|s|ing)?|reduc(?:ed|es|ing)|diminish(?:ed|es|ing)|"
    r"weaken(?:ed|s|ing)?|attenuat(?:ed|es|ing)|abolish(?:ed|es|ing)|impair(?:ed|s|ing)|"
    r"decreas(?:ed|es|ing)|lower(?:ed|s|ing)|enhanc(?:ed|es|ing)|increas(?:ed|es|ing)|"
    r"boost(?:ed|s|ing)?|heighten(?:ed|s|ing)?|alter(?:ed|s|ing)|dampen(?:ed|s|ing)?|"
    r"(?:less|more)\s+sensitive|(?:less|more)\s+potent)\b",
    _I,
)
_RECORD_UNCHANGED: Final = re.compile(
    r"\b(?:unaffected|unchanged|unaltered|not\s+(?:significantly\s+)?(?:affected|altered|"
    r"changed|modified)|had\s+no\s+(?:significant\s+|measurable\s+)?effects?)\b",
    _I,
)
UNAFFECTED_MIN_SHARED: Final = 2


def check_unaffected(assertions: Assertions, index: RecordIndex) -> list[Finding]:
    if assertions.negated or _RECORD_UNCHANGED.search(assertions.text):
        return []
    for change in _CLAIMED_CHANGE.finditer(assertions.text):
        if _DENIED_BEFORE.search(assertions.text[max(0, change.start() - 30) : change.start()]):
            continue
        # Only the words of the change's own clause: in "A was blunted, whereas B worked just
        # as well" the change says nothing of B.
        c_start, c_end = clause_bounds(assertions.text, change.start())
        claim_terms = [t for t in assertions.key_terms if c_start <= t.start < c_end
                       and not _CLAIMED_CHANGE.fullmatch(t.text)]  # fmt: skip
        finding = _unaffected_in_record(change, claim_terms, index)
        if finding is not None:
            return [finding]
    return []


def _unaffected_in_record(
    change: re.Match[str], claim_terms: list[Term], index: RecordIndex
) -> Finding | None:
    for sentence in index.abstract_sentences:
        text = sentence.text
        for cue in _RECORD_UNCHANGED.finditer(text):
            if _DENIED_BEFORE.search(text[max(0, cue.start() - 30) : cue.start()]):
                continue
            start, end = _clause_span(text, cue.start())
            inside = _clause_concepts(sentence, start, end)
            outside = _clause_concepts(sentence, 0, start) | _clause_concepts(
                sentence, end, len(text)
            )
            shared = [t for t in claim_terms if t.concepts & inside]
            # What the clause alone is about: a claim word no other clause of the sentence has.
            # A rare word: "gene" in "unaffected by HCN1 gene deletion" names nothing apart.
            anchors = [t for t in shared if not t.concepts & outside and not is_topic(index, t)
                       and absent_word_factor(t.text) >= 1.0]  # fmt: skip
            if anchors and len(shared) >= UNAFFECTED_MIN_SHARED:
                words = tuple(w for w in sentence.terms if start <= w.start < end
                              and any(w.concepts & t.concepts for t in shared))  # fmt: skip
                return Finding(
                    kind=FindingKind.DIRECTION,
                    verdict=Verdict.CONTRADICTED,
                    message=f"the claim says '{change.group()}' of {anchors[0].text}, but "
                    f"the abstract says it was '{cue.group()}'",
                    claim_says=change.group(),
                    source_says=quoted(text),
                    evidence=sentence_evidence(sentence, words, extra=[cue.group()]),
                    confidence=0.7,
                )
    return None


# --- sameness: "its potency stays the same" against "its potency was strongly reduced" ----------
#
# A claim that something did not change ("stays the same", "unchanged", "just as easily", "held
# steady") against the record's sentence about that very thing, under the claim's own condition,
# stating a change of it. A sameness set against another arm ("just as well as placebo", "the
# same in both groups") is a comparison, which the difference checks judge.

_UN_WORDS: Final = r"(?:unchanged|unaltered|unaffected|undiminished|unimpaired|untouched)"
_CLAIMED_SAME: Final = re.compile(
    r"\b(?:(?:stay(?:s|ed|ing)?|remain(?:s|ed|ing)?|was|were|is|are|be|been)\s+"
    r"(?:exactly\s+|much\s+|about\s+|essentially\s+|basically\s+)?the\s+same"
    r"|(?:stay(?:s|ed|ing)?|remain(?:s|ed|ing)?|held|holds?|kept)\s+(?:steady|stable|constant|"
    r"put|intact)"
    # "unaffected" said of the thing, not a word naming which one ("the unaffected hand",
    # "patients with unimpaired renal function"): after a copula or "left/stayed/remained", or
    # with no noun after it ("BDNF unchanged after ketamine")
    r"|(?:stay(?:s|ed|ing)?|remain(?:s|ed|ing)?|was|were|is|are|be|been|being|held|holds?|kept|"
    r"left|leaves?|went|seemed|appeared)\s+(?:(?:largely|essentially|completely|entirely|"
    r"virtually|basically|practically|almost|nearly|totally|still|also|all|relatively)\s+)?"
    + _UN_WORDS
    + r"|"
    + _UN_WORDS
    + r"(?=\s*(?:[,;:.)]|$)|\s+(?:by|after|with|in|at|over|during|following|"
    r"throughout|despite|from|across|through|under|and|or|but|while|whereas|when|for|on)\b)"
    r"|(?P<equal>(?:just|every\s+bit|exactly)\s+as\s+(?:easily|well|much|strongly|potently|"
    r"effectively|readily|quickly|powerfully|reliably|often|potent|effective|strong|sensitive))"
    r"|no\s+(?:different|less|weaker|worse)(?!\s+(?:from|than|to|between)))\b",
    _I,
)
# The sameness holds across arms or against a named other: a comparison, not "no change".
_SAME_ACROSS: Final = re.compile(
    r"\s*(?:as\b|in\s+(?:both|all|each|either)\b|across\b|between\b|for\s+(?:both|all)\b|"
    r"regardless\b|whether\b|compared\b|relative\b|versus\b|vs\b|with\s+(?:or|and)\b)",
    _I,
)
# A change noun ahead of the sameness ("the drop was the same"): a size compared, not a change
# denied.
_CHANGE_NOUN_BEFORE: Final = re.compile(
    r"\b(?:drops?|reductions?|increases?|decreases?|declines?|rises?|improvements?|gains?|"
    r"falls?|changes?|differences?|benefits?)\b",
    _I,
)
_RECORD_STEADY: Final = re.compile(
    r"\b(?:unaffected|unchanged|unaltered|similar|comparable|identical|preserved|maintained|"
    r"not\s+(?:significantly\s+)?(?:affected|altered|changed|modified|differ\w*|different)|"
    r"no\s+(?:(?:further|significant|statistical|measurable|appreciable|meaningful|clear)\s+)*"
    r"(?:effects?|changes?|"
    r"differences?|alterations?)|did\s+not\s+(?:significantly\s+)?(?:affect|alter|change|"
    r"differ|modify))\b",
    _I,
)
SAME_MIN_SHARED: Final = 2
# Where the claim is set: "In habitual coffee drinkers, X stayed the same" is about them only.
_CLAIM_SETTING: Final = re.compile(r"^\s*(?:in|among|amongst)\s+(?P<who>[^,;:]{3,80}),", _I)
# Where the part of a claim the sameness is said in ends: "A doubled, and B held steady".
_PART_STOP: Final = re.compile(r"[,;:]|\b(?:and|but|while|whereas|although|though)\b", _I)


def check_sameness(assertions: Assertions, index: RecordIndex) -> list[Finding]:
    """A claim that the thing stayed the same against a record sentence saying it changed."""
    text = assertions.text
    if assertions.negated:
        return []
    for same in _CLAIMED_SAME.finditer(text):
        if _DENIED_BEFORE.search(text[max(0, same.start() - 30) : same.start()]):
            continue
        if _SAME_ACROSS.match(text, same.end()):
            continue
        c_start, c_end = clause_bounds(text, same.start())
        for stop in _PART_STOP.finditer(text, c_start, same.start()):
            c_start = stop.end()
        stop_after = _PART_STOP.search(text, same.end(), c_end)
        c_end = stop_after.start() if stop_after else c_end
        if _CHANGE_NOUN_BEFORE.search(text, c_start, same.start()):
            continue
        if same["equal"] and any(
            pattern.search(text, c_start, same.start()) for pattern, _ in CHANGE_PATTERNS
        ):
            continue  # "lowered HbA1c just as much in older patients": a change, compared
        clause = [t for t in assertions.key_terms if c_start <= t.start < c_end
                  and not (same.start() <= t.start < same.end())]  # fmt: skip
        setting = _CLAIM_SETTING.match(text)
        where = [
            t for t in assertions.key_terms
            if setting and setting.start("who") <= t.start < setting.end("who")
            and not is_topic(index, t) and not t.is_number and t not in clause
        ]  # fmt: skip
        finding = _changed_in_record(same, clause, assertions, index, where)
        if finding is not None:
            return [finding]
    return []


def _changed_in_record(
    same: re.Match[str],
    clause: list[Term],
    assertions: Assertions,
    index: RecordIndex,
    where: Sequence[Term] = (),
) -> Finding | None:
    by_agent = bool(re.match(r"\s+(?:by|with)\b", assertions.text[same.end() :]))
    if _said_same(clause, index, by_agent=by_agent):
        return None  # the record says somewhere that it stayed the same
    phrase = Phrase(same.group(), same.start(), same.end())
    positions = {h.sentence.position for h in _relevant(assertions, index, phrase)[:3]}
    for source in source_changes(index):
        if source.sentence.position not in positions or _METHODS.search(
            source.sentence.section or ""
        ):
            continue
        changed = _changed_words(source)
        around = changed | _concepts(source.secondary, source.sentence)
        shared = [t for t in clause if t.concepts & around]
        # what changed must be the claim's thing, not only its condition ("in knock-out mice")
        anchors = sorted(
            (t for t in shared if t.concepts & changed and not is_topic(index, t)),
            key=lambda t: -index.idf(narrow(t)),
        )
        if len({t.stem for t in shared}) < SAME_MIN_SHARED or not anchors:
            continue
        if where and not any(t.concepts & source.sentence.concepts for t in where):
            continue  # the change is in another group than the claim's setting
        specific = {t.stem for t in clause if not is_topic(index, t)}
        if 2 * len(specific & {t.stem for t in shared}) <= len(specific):
            continue  # "the heart rate response" is not "the startle response"
        words = [w for w in source.sentence.terms if any(w.concepts & t.concepts for t in shared)]
        return Finding(
            kind=FindingKind.DIRECTION,
            verdict=Verdict.CONTRADICTED,
            message=f"the claim says '{same.group()}' of {anchors[0].text}, but the abstract "
            f"reports {'an increase' if source.up else 'a decrease'} ('{source.cue}')",
            claim_says=same.group(),
            source_says=quoted(source.sentence.text),
            evidence=sentence_evidence(source.sentence, words, extra=[source.cue]),
            confidence=0.7,
        )
    return None


def _changed_words(source: SourceDirection) -> set[str]:
    """What a record change is of, reaching back over the commas of its own subject: "the
    potency for X to provoke Y, a correlate of Z, was strongly reduced" changed the potency."""
    changed = _concepts(source.primary, source.sentence)
    at = source.sentence.text.find(source.cue)
    before = [w for w in source.sentence.terms if w.end <= at]
    if at > 0 and source.primary and any(w.stem == source.primary[-1] for w in before):
        start, _ = clause_bounds(source.sentence.text, 0)
        for w in before:
            if w.start >= start:
                changed |= w.concepts
    return changed


_METHODS: Final = re.compile(r"method|design|setting|participant|patients|subjects", _I)


# A predicate coordinated onto the one before it ("declined over time and were similar"): its
# subject is that clause's.
_IMPLICIT_SUBJECT: Final = re.compile(
    r"(?:was|were|is|are|remained|stayed|had|has|have|did|do|does)\b", _I
)
# A sameness across arms ("similar for all treatments"): no effect of the treatment, not no
# change over time.
_ACROSS_ARMS_AFTER: Final = re.compile(
    r"\s*(?:\w+\s+){0,2}?(?:for\s+all|in\s+(?:both|all|each)|across|between|among)\b", _I
)


def _said_same(clause: list[Term], index: RecordIndex, *, by_agent: bool = False) -> bool:
    """Whether an abstract sentence says of the clause's thing that it did not change. A
    predicate coordinated onto an earlier one borrows its subject ("BDNF declined over time
    and were similar for all treatments"); a sameness across arms said that way answers only a
    claim that the thing was unaffected by something."""
    for sentence in index.abstract_sentences:
        for cue in _RECORD_STEADY.finditer(sentence.text):
            if _DENIED_BEFORE.search(sentence.text[max(0, cue.start() - 30) : cue.start()]):
                continue
            start, end = _clause_span(sentence.text, cue.start())
            if _same_shared(clause, index, _clause_concepts(sentence, start, end)):
                return True
            if start == 0 or not _IMPLICIT_SUBJECT.match(sentence.text, start):
                continue
            if not by_agent or not _ACROSS_ARMS_AFTER.match(sentence.text, cue.end()):
                continue
            first, _ = _clause_span(sentence.text, start - 1)
            if _same_shared(clause, index, _clause_concepts(sentence, first, end)):
                return True
    return False


def _same_shared(clause: list[Term], index: RecordIndex, inside: set[str]) -> bool:
    return any(t.concepts & inside and not is_topic(index, t) for t in clause)


# --- magnitude: "a large effect" against "a small effect" ----------------------------------------
#
# How big an effect, benefit or link is: "a large effect", "strongly associated", "greatly
# reduced" against the record's "a small effect", "weakly associated", "slightly reduced" in the
# sentence about the claim. A sentence that grades both ways (large for one outcome, small for
# another) decides nothing; "moderate" is neither pole.

_BIG: Final = (
    r"large|big|huge|strong|substantial|marked|pronounced|dramatic|profound|robust|major|"
    r"considerable|sizeable|sizable|powerful|striking|massive"
)
_SMALL: Final = r"small|modest|slight|weak|minor|marginal|negligible|trivial|minimal|mild|limited"
_BIG_ADVERB: Final = (
    r"greatly|strongly|substantially|markedly|dramatically|profoundly|considerably|"
    r"sharply|massively|powerfully|hugely|vastly"
)
_SMALL_ADVERB: Final = r"slightly|modestly|marginally|weakly|minimally|mildly|somewhat"
_EFFECT_NOUN: Final = (
    r"(?:effects?|benefits?|improvements?|reductions?|decreases?|increases?|associations?|"
    r"correlations?|impacts?|differences?|declines?|gains?|drops?|rises?|changes?|"
    r"relationships?|links?|effect\s+sizes?)"
)
_MAGNITUDE: Final = re.compile(
    rf"\b(?:(?P<big>{_BIG})|(?P<small>{_SMALL}))(?:\s+(?:but|and|yet)\s+[\w-]+)?"
    rf"(?:\s+[\w-]+)?\s+{_EFFECT_NOUN}\b"
    rf"|\b(?:(?P<big_adverb>{_BIG_ADVERB})|(?P<small_adverb>{_SMALL_ADVERB}))\s+"
    r"(?:(?:reduc|increas|decreas|improv|lower|rais|elevat|diminish|attenuat|enhanc|inhibit|"
    r"associat|correlat|linked|relat|impair|declin|boost|suppress)\w*|fell|rose|dropped)\b",
    _I,
)
# Sentences about the claim read for a grade: background sentences often come first.
MAGNITUDE_SENTENCES: Final = 5


def magnitudes(text: str) -> list[tuple[re.Match[str], bool]]:
    """(phrase, big) for each undenied statement of how big an effect is."""
    found = []
    for match in _MAGNITUDE.finditer(text):
        if _DENIED_BEFORE.search(text[max(0, match.start() - 30) : match.start()]):
            continue  # "no large effect", "not strongly associated"
        found.append((match, bool(match["big"] or match["big_adverb"])))
    return found


def check_magnitude(assertions: Assertions, index: RecordIndex) -> list[Finding]:
    if assertions.negated:
        return []
    for match, big in magnitudes(assertions.text):
        grade = match.group("big", "small", "big_adverb", "small_adverb")
        word = next(g for g in grade if g)
        judged = Phrase(word, match.start(), match.start() + len(word))
        for hit in _relevant(assertions, index, judged)[:MAGNITUDE_SENTENCES]:
            stated = magnitudes(hit.sentence.text)
            if not stated:
                continue
            other = [m for m, b in stated if b != big]
            if not other or any(b == big for _, b in stated):
                break  # the sentence about the claim grades both ways, or the same way
            return [
                Finding(
                    kind=FindingKind.DIRECTION,
                    verdict=Verdict.CONTRADICTED,
                    message=f"the claim says '{match.group()}', but the abstract says "
                    f"'{other[0].group()}'",
                    claim_says=match.group(),
                    source_says=quoted(hit.sentence.text),
                    evidence=sentence_evidence(hit.sentence, hit.words, extra=[other[0].group()]),
                    confidence=0.7,
                )
            ]
    return []


# --- only the other: "dropped before freezing" against "only the postthawing stage showed a drop"
#
# A record sentence about the claim that confines what it reports to the opposite of a claim
# word ("only after thawing", "only at high doses", "only in the short term") denies it of the
# claim's ("before freezing", "at low doses", "in the long run").

_ONLY: Final = re.compile(r"(?<!\bnot\s)\bonly\b(?!\s+(?:a\s+)?(?:few|one|two|three|some|\d))", _I)
_ONLY_REACH: Final = 3


def check_only_other(assertions: Assertions, index: RecordIndex) -> list[Finding]:
    if assertions.negated or not index.memo("says-only", lambda: _says_only(index)):
        return []
    claim_concepts = {c for t in assertions.key_terms for c in t.concepts}
    for term in assertions.key_terms:
        opposite = opposites(term) - claim_concepts
        if not opposite or _DENIED_BEFORE.search(
            assertions.text[max(0, term.start - 30) : term.start]
        ):
            continue
        judged = Phrase(term.text, term.start, term.end)
        for hit in _relevant(assertions, index, judged)[:3]:
            sentence = hit.sentence
            if term.concepts & sentence.concepts:
                continue
            for only in _ONLY.finditer(sentence.text):
                scope = terms_between(sentence.text, only.end(), len(sentence.text))
                other = next((w for w in scope[:_ONLY_REACH] if w.concepts & opposite), None)
                if other is None:
                    continue
                return [
                    Finding(
                        kind=FindingKind.DIRECTION,
                        verdict=Verdict.CONTRADICTED,
                        message=f"the claim says '{term.text}', but the abstract says only "
                        f"'{other.text}'",
                        claim_says=term.text,
                        source_says=quoted(sentence.text),
                        evidence=sentence_evidence(sentence, hit.words, extra=[other.text]),
                        confidence=0.7,
                    )
                ]
    return []


# --- the other side of an event: "blood drawn after diagnosis" against "prediagnostic" --------
#
# A claim that puts something before or after a named event ("after the cases were diagnosed",
# "following surgery") against a record that only ever names the other side of that event
# ("prediagnostic", "preoperative") of the same thing says it happened at the other time. The
# event's shared root makes the two words look alike to support, so the side is judged here. The
# record word must time a thing the claim names ("prediagnostic telomere length"): "postthaw
# motility" says nothing against "stored before thawing".

_EVENT_SIDES: Final = (("pre^", "post^"), ("post^", "pre^"))
_TIMED_HEAD: Final = 3


def _timed_concepts(term: Term) -> frozenset[str]:
    return frozenset(
        c for c in term.concepts
        if c.startswith(("pre^", "post^")) and c.split("^", 1)[1] in TIME_EVENTS
    )  # fmt: skip


def _other_side(concepts: frozenset[str]) -> frozenset[str]:
    return frozenset(
        other + c.removeprefix(this)
        for c in concepts
        for this, other in _EVENT_SIDES
        if c.startswith(this)
    )


def check_time_side(assertions: Assertions, index: RecordIndex) -> list[Finding]:
    if assertions.negated:
        return []
    claim = assertions.text
    claim_terms = terms_of(claim)
    claim_concepts = {c for t in claim_terms for c in t.concepts}
    record_concepts = index.memo(
        "time-sides",
        lambda: frozenset(c for s in index.sentences for c in s.concepts if "^" in c),
    )
    for term in claim_terms:
        timed = _timed_concepts(term)
        other = _other_side(timed) - claim_concepts
        if not timed or not other & record_concepts or timed & record_concepts:
            continue
        if _DENIED_BEFORE.search(claim[max(0, term.start - 30) : term.start]):
            continue
        rest = {c for t in claim_terms if t is not term for c in t.concepts}
        judged = Phrase(term.text, term.start, term.end)
        for hit in _relevant(assertions, index, judged)[:3]:
            word = _timing_word(hit.sentence, other, rest)
            if word is None:
                continue
            return [
                Finding(
                    kind=FindingKind.DIRECTION,
                    verdict=Verdict.CONTRADICTED,
                    message=f"the claim says '{term.text}', but the abstract says '{word.text}' "
                    "(the other side of the same event)",
                    claim_says=term.text,
                    source_says=quoted(hit.sentence.text),
                    evidence=sentence_evidence(hit.sentence, hit.words, extra=[word.text]),
                    confidence=0.7,
                )
            ]
    return []


def _timing_word(sentence: IndexedSentence, other: frozenset[str], rest: set[str]) -> Term | None:
    """The sentence word on the other side of the event that times a thing the claim names: the
    words right after a prefixed word ("prediagnostic telomere length"), right before a phrase
    ("blood drawn before diagnosis")."""
    terms = list(sentence.terms)
    for at, word in enumerate(terms):
        if not word.concepts & other:
            continue
        phrase = " " in word.text.strip()
        near = (
            terms[max(0, at - _TIMED_HEAD) : at] if phrase else terms[at + 1 : at + 1 + _TIMED_HEAD]
        )
        gap = (
            (near[0].start, word.start)
            if phrase and near
            else (word.end, near[-1].end if near else 0)
        )
        if any(mark in sentence.text[gap[0] : gap[1]] for mark in ",;:("):
            continue
        if any(t.concepts & rest for t in near):
            return word
    return None


def _says_only(index: RecordIndex) -> bool:
    return any(_ONLY.search(sentence.text) for sentence in index.sentences)


# --- one cause alone: "solely through GluN2B inhibition" against "not mutually exclusive" -------
#
# A claim that one thing alone explains an effect ("fully explains", "works solely through", "the
# sole mechanism") against a record sentence on the same effect that offers an alternative or
# says the candidates are not mutually exclusive.

_SOLE: Final = r"(?:solely|exclusively|entirely|wholly|fully|completely|purely|only|alone)"
_CAUSAL: Final = (
    r"(?:explain(?:s|ed|ing)?|account(?:s|ed|ing)?\s+for|mediat(?:e|es|ed|ing)|driven|due|"
    r"through|via|responsible|caused?|attribut(?:e|ed|able)|depend(?:s|ed|ent)?|"
    r"rel(?:y|ies|ied))"
)
_PART: Final = r"(?:partly|partially|part|somewhat|slightly)\b"
_SOLE_CAUSE: Final = re.compile(
    rf"\b{_SOLE}\s+(?:(?!{_PART})\w+\s+)?{_CAUSAL}\b|\b{_CAUSAL}\s+(?:\w+\s+)?{_SOLE}\b"
    r"|\b(?:sole|single|only)\s+(?:\w+\s+)?(?:mechanism|cause|explanation|pathway|"
    r"driver|mediator)\b",
    _I,
)
_ALTERNATIVE: Final = re.compile(
    r"\balternative\b|\bnot\s+mutually\s+exclusive\b|\bcomplementary\b"
    r"|\b(?:other|additional|multiple|several|various)\s+(?:\w+\s+)?(?:mechanisms?|pathways?|"
    r"targets?|substrates?|contributors?|explanations?|causes?)\b"
    r"|\bcontribut\w*\s+to\s+other\b",
    _I,
)
SOLE_CAUSE_SHARED: Final = 2


def check_sole_cause(assertions: Assertions, index: RecordIndex) -> list[Finding]:
    sole = _SOLE_CAUSE.search(assertions.text)
    if assertions.negated or sole is None:
        return []
    if _DENIED_BEFORE.search(assertions.text[max(0, sole.start() - 30) : sole.start()]):
        return []
    claim_terms = [t for t in assertions.key_terms if not sole.start() <= t.start < sole.end()]
    for sentence in index.abstract_sentences:
        cue = _ALTERNATIVE.search(sentence.text)
        if cue is None or _DENIED_BEFORE.search(
            sentence.text[max(0, cue.start() - 30) : cue.start()]
        ):
            continue
        shared = [t for t in claim_terms if t.concepts & sentence.concepts]
        if len(shared) < SOLE_CAUSE_SHARED:
            continue
        words = tuple(w for w in sentence.terms if any(w.concepts & t.concepts for t in shared))
        return [
            Finding(
                kind=FindingKind.DIRECTION,
                verdict=Verdict.CONTRADICTED,
                message=f"the claim says '{sole.group()}', but the abstract speaks of more than "
                f"one cause ('{cue.group()}')",
                claim_says=sole.group(),
                source_says=quoted(sentence.text),
                evidence=sentence_evidence(sentence, words, extra=[cue.group()]),
                confidence=0.65,
            )
        ]
    return []


# --- kept on changing: "kept improving during maintenance" against "no further change" ----------

# Lay change verbs ("kept sliding", "went on climbing") and "getting better/worse/lower", an
# adverb allowed between ("kept getting markedly better").
_CHANGE_STEMS: Final = (
    r"(?:improv|declin|decreas|increas|ris|fall|fell|drop|reduc|slid|slip|sink|sank|climb|"
    r"shrink|shrank|grow|grew|edg|creep|crept|"
    r"get(?:ting)?\s+(?:\w+ly\s+)?(?:better|worse|lower|higher|stronger|weaker|smaller|larger))"
)
_CONTINUED: Final = re.compile(
    r"\b(?:kept|keeps|keep|continu(?:ed|es|e|ing)\s+to|went\s+on|goes\s+on|still)\s+"
    rf"(?:on\s+)?(?:\w+ly\s+)?{_CHANGE_STEMS}\w*"
    rf"|\b{_CHANGE_STEMS}\w*\s+(?:even\s+)?further\b"
    r"|\bfurther\s+(?:improvement|decline|decrease|increase|reduction|gains?|benefit)s?\b",
    _I,
)
_NO_FURTHER: Final = re.compile(
    r"\bno\s+further\s+(?:\w+\s+)?(?:change|improvement|gain|benefit|reduction|decrease|"
    r"increase|decline)s?\b|\bplateau(?:ed|s)?\b|\blevell?ed\s+off\b"
    r"|\bdid\s+not\s+(?:\w+\s+)?(?:change|improve|decline)\s+(?:any\s+)?further\b",
    _I,
)


# "were still (markedly) reduced", "had still improved": "still" after a form of be (or have)
# and before a participle or adjective says a state lasted, not that the change went on ("were
# still falling", "still fell" do).
_STILL_STATE: Final = re.compile(
    r"\b(?:is|are|was|were|be|been|being|remains?|remained|stays?|stayed|has|have|had)\s+$", _I
)


def _continued_change(text: str, match: re.Match[str]) -> bool:
    if _DENIED_BEFORE.search(text[max(0, match.start() - 30) : match.start()]):
        return False  # "held steady rather than improving further"
    words = match.group().lower().split()
    if words[0] != "still":
        return True
    verb = next((w for w in words[1:] if not w.endswith("ly")), "")
    return verb.endswith("ing") or not _STILL_STATE.search(
        text, max(0, match.start() - 12), match.start()
    )


def check_continued(assertions: Assertions, index: RecordIndex) -> list[Finding]:
    text = assertions.text
    claimed = next((m for m in _CONTINUED.finditer(text) if _continued_change(text, m)), None)
    if assertions.negated or claimed is None:
        return []
    judged = Phrase(claimed.group(), claimed.start(), claimed.end())
    for hit in _relevant(assertions, index, judged)[:3]:
        stop = _NO_FURTHER.search(hit.sentence.text)
        if stop is None:
            continue
        return [
            Finding(
                kind=FindingKind.DIRECTION,
                verdict=Verdict.CONTRADICTED,
                message=f"the claim says '{claimed.group()}', but the abstract says "
                f"'{stop.group()}'",
                claim_says=claimed.group(),
                source_says=quoted(hit.sentence.text),
                evidence=sentence_evidence(hit.sentence, hit.words, extra=[stop.group()]),
                confidence=0.7,
            )
        ]
    return []


# --- an attribute flipped on the same thing: "a narrow chemical shift range" against "the larger
# chemical shift range", "high-spin heme irons" against "low-spin heme irons" --------------------
#
# The claim's adjective is bound to the words it modifies: the record writing its opposite right
# before the same words, and never the claim's own adjective there, says the thing is the other
# way. Change words and comparatives ("higher doses") are the direction check's: a graded exposure
# is no attribute.

_MODIFIER_GAP: Final = re.compile(r"[\s-]+")
_COMPARATIVE: Final = re.compile(r"\w+(?:er|est)$|more|less|most|least", _I)
_HEAD_WORDS: Final = 3


def check_attribute_flip(assertions: Assertions, index: RecordIndex) -> list[Finding]:
    if assertions.negated:
        return []
    claim = assertions.text
    claim_terms = terms_of(claim)
    claim_concepts = {c for t in claim_terms for c in t.concepts}
    for position, term in enumerate(claim_terms):
        opposite = (opposites(term) | other_kinds(term) | _other_positions(term)) - claim_concepts
        if not opposite or _is_change_word(term.text):
            continue
        comparative = bool(_COMPARATIVE.fullmatch(term.text))
        if _DENIED_BEFORE.search(claim[max(0, term.start - 30) : term.start]):
            continue
        head = _modified(claim, claim_terms, position)
        if not head or all(is_topic(index, t) for t in head):
            continue  # the record's topic ("high ketamine ...") names no one thing
        if _attached(index, term.concepts, head):
            continue  # the record says the claim's own attribute of it too
        of_what = _owner(claim, claim_terms, claim_terms.index(head[-1]))
        for sentence in index.abstract_sentences:
            for at, word in enumerate(sentence.terms):
                if not word.concepts & opposite:
                    continue
                record_terms = list(sentence.terms)
                record_head = _modified(sentence.text, record_terms, at)
                if not (_same_head(head, record_head) or _same_extent(head, of_what, record_head)):
                    continue
                if comparative and not _same_owner(
                    claim, claim_terms, term, sentence, record_terms, at + len(record_head)
                ):
                    continue
                return [
                    Finding(
                        kind=FindingKind.DIRECTION,
                        verdict=Verdict.CONTRADICTED,
                        message=f"the claim says '{term.text} {head[0].text}', but the abstract "
                        f"says '{word.text} {record_head[0].text}'",
                        claim_says=f"{term.text} {head[0].text}",
                        source_says=quoted(sentence.text),
                        evidence=sentence_evidence(sentence, (word, *record_head)),
                        confidence=0.7,
                    )
                ]
    return []


# Places on a body or an organ that exclude each other when written before the same part: the
# "lateral habenula" is not the "medial habenula", the "dorsal raphe" not the "ventral raphe".
_POSITION_GROUPS: Final = (
    ("medial", "lateral"),
    ("anterior", "posterior"),
    ("dorsal", "ventral"),
    ("rostral", "caudal"),
    ("proximal", "distal"),
    ("ipsilateral", "contralateral"),
    ("left", "right"),
)
_OTHER_POSITION: Final = {
    word: frozenset(stem for stem in (other for other in group if other != word))
    for group in _POSITION_GROUPS
    for word in group
}


# Nouns naming how far something reaches: "a narrow spread of chemical shifts" is "a narrow
# chemical shift range" in other words.
_EXTENT_NOUNS: Final = frozenset(t.stem for t in terms_of("range spread span breadth width"))
_COMPARED_WITH: Final = re.compile(
    r"[^,;.]*?\b(?:than|compared\s+(?:with|to)|relative\s+to|versus|vs\.?)\s+([^,;.]*)", _I
)


def _owner(text: str, terms: list[Term], last: int) -> list[Term]:
    """What a noun is "of": "range of (13)C" -> (13)C (up to three words, no comma between)."""
    if last + 1 >= len(terms):
        return []
    gap = text[terms[last].end : terms[last + 1].start]
    if not re.fullmatch(r"\s+of\s+(?:the\s+)?", gap, _I):
        return []
    run = [terms[last + 1]]
    for term in terms[last + 2 : last + 1 + _HEAD_WORDS]:
        if not _MODIFIER_GAP.fullmatch(text, run[-1].end, term.start):
            break
        run.append(term)
    return run


def _same_extent(claim_head: list[Term], of_what: list[Term], record_head: list[Term]) -> bool:
    """The same thing in other words ("spread of chemical shifts", "chemical shift range"): one
    extent noun each, and what the claim's is of named in the record's compound before it."""
    if len(claim_head) != 1 or not of_what or len(record_head) < 2:
        return False
    if claim_head[0].stem not in _EXTENT_NOUNS or record_head[-1].stem not in _EXTENT_NOUNS:
        return False
    return all(any(t.concepts & r.concepts for r in record_head[:-1]) for t in of_what)


def _same_owner(
    claim: str,
    claim_terms: list[Term],
    term: Term,
    sentence: IndexedSentence,
    record_terms: list[Term],
    head_last: int,
) -> bool:
    """A comparative holds of one thing against another: "a narrower range of (13)C than
    protons" meets "the larger range of (13)C" only when the record's range is of a thing the
    claim grades (not the one it compares against, which would make the two agree)."""
    record_owner = _owner(sentence.text, record_terms, head_last)
    if not record_owner:
        return False
    against = _COMPARED_WITH.match(claim, term.end)
    against_at, against_end = against.span(1) if against else (len(claim), len(claim))
    # only the words compared against ("than hydrogen"), not the clauses after them
    against_concepts = {
        c for t in claim_terms if against_at <= t.start and t.end <= against_end for c in t.concepts
    }
    if against_concepts & sentence.concepts:
        return False
    graded = {c for t in claim_terms if t.start < against_at for c in t.concepts}
    return any(t.concepts & graded for t in record_owner)


def _other_positions(term: Term) -> frozenset[str]:
    others = _OTHER_POSITION.get(term.text.lower())
    if not others:
        return frozenset()
    return frozenset(t.stem for other in others for t in terms_of(other))


def _is_change_word(word: str) -> bool:
    return any(pattern.fullmatch(word) for pattern, _ in CHANGE_PATTERNS)


def _modified(text: str, terms: list[Term], position: int) -> list[Term]:
    """The words an adjective stands right before ("narrow chemical shift range"): the run of
    content words joined to it by spaces or hyphens only."""
    run: list[Term] = []
    end = terms[position].end
    for term in terms[position + 1 : position + 1 + _HEAD_WORDS]:
        if term.is_number or not _MODIFIER_GAP.fullmatch(text, end, term.start):
            break
        run.append(term)
        end = term.end
    return run


def _same_head(claim_head: list[Term], record_head: list[Term]) -> bool:
    """The same thing: the run's first word first in the record's run, and the rest in it but
    for everyday words ("high-spin state" is "low-spin (S = 1/2) heme irons" in a record's
    words; "high-affinity zinc sites" are not "low-affinity copper sites")."""
    if not record_head or not claim_head[0].concepts & record_head[0].concepts:
        return False
    return all(
        any(t.concepts & r.concepts for r in record_head) or absent_word_factor(t.text) < 1.0
        for t in claim_head[1:]
    )


def _attached(index: RecordIndex, concepts: frozenset[str], head: list[Term]) -> bool:
    for sentence in index.sentences:
        terms = list(sentence.terms)
        for at, word in enumerate(terms):
            if not word.concepts & concepts:
                continue
            if _same_head(head[:1], _modified(sentence.text, terms, at)):
                return True
    return False


# --- one side only: "shown only in animals" against "in humans and in animal models" ------------
#
# Pairs that together cover a field (animals and humans, women and men, children and adults). A
# claim that something holds "only" for one side is contradicted by the sentence about it that
# names both sides: "in both clinical and preclinical studies".

_SIDES: Final = (
    (
        r"animals?|animal\s+(?:models?|studies|experiments|work|research)|preclinical|"
        r"laboratory|rodents?|mice|rats?|in\s+vitro",
        r"humans?|clinical|patients|people|participants|volunteers",
    ),
    (r"women|females?", r"men|males?"),
    (r"children|adolescents|paediatric|pediatric", r"adults"),
)
_ONE_SIDE_CUE: Final = r"\b(?:only|solely|exclusively|purely|just)\b\s+(?:[\w-]+\s+){0,4}?"


# The cue written after the side: "(comes from) animal models only", "in women alone". "Only"
# (or "solely", "exclusively") restricts the side only where it ends the phrase: at a stop, a
# preposition, a conjunction or a form of "be"; before an adverb or a verb it qualifies what
# follows ("adults only rarely reported nausea"). "Alone" after a noun always restricts it.
_PHRASE_ENDS: Final = (
    r"(?=\s*(?:[,;:.)!?]|$)|\s+(?:in|on|at|for|with|by|from|of|to|among|during|after|before|"
    r"and|or|but|than|versus|vs|who|which|that|were|was|are|is|be|been|had|have|has)\b)"
)
_ONE_SIDE_AFTER: Final = rf"(?:alone\b|(?:only|exclusively|solely)\b{_PHRASE_ENDS})"
# "in preclinical research only": a word for the kind of work may stand between side and cue.
_SIDE_WORK: Final = (
    r"(?:\s+(?:research|studies|study|models?|experiments?|work|data|trials?|settings?|"
    r"evidence|samples|subjects|populations?|cohorts?))?"
)
# "only in animals, with no clinical evidence yet": a claim's denial of the other side restates
# its "only"; any other denial turns the claim round, and the check leaves it alone.
_YET_TO_AFTER: Final = re.compile(r"^[\w\s-]{0,30}?\b(?:yet\s+to|still\s+to)\b", _I)


def _denies_other_side(text: str, other: re.Pattern[str]) -> bool:
    return any(
        _DENIED_BEFORE.search(text[max(0, m.start() - 30) : m.start()])
        or _YET_TO_AFTER.search(text[m.end() : m.end() + 40])
        for m in other.finditer(text)
    )


def _side_pattern(words: str) -> re.Pattern[str]:
    return re.compile(rf"\b(?:{words})\b", re.IGNORECASE)


def check_one_side_only(assertions: Assertions, index: RecordIndex) -> list[Finding]:
    for one, other in (*_SIDES, *((b, a) for a, b in _SIDES)):
        claimed = re.search(
            _ONE_SIDE_CUE
            + rf"(?P<side>{one})\b|\b(?P<after>{one}){_SIDE_WORK}\s+{_ONE_SIDE_AFTER}",
            assertions.text,
            re.I,
        )
        if claimed is None or _DENIED_BEFORE.search(
            assertions.text[max(0, claimed.start() - 30) : claimed.start()]
        ):
            continue
        one_side, other_side = _side_pattern(one), _side_pattern(other)
        if assertions.negated and not _denies_other_side(assertions.text, other_side):
            continue
        judged = Phrase(claimed.group(), claimed.start(), claimed.end())
        for hit in _relevant(assertions, index, judged)[:3]:
            text = hit.sentence.text
            named_one, named_other = one_side.search(text), other_side.search(text)
            if named_one is None or named_other is None:
                continue
            if re.search(
                _ONE_SIDE_CUE + rf"(?:{one})\b|\b(?:{one})\s+{_ONE_SIDE_AFTER}", text, re.I
            ):
                continue  # the record restricts it too
            if any(
                _DENIED_BEFORE.search(text[max(0, m.start() - 30) : m.start()])
                for m in other_side.finditer(text)
            ):
                continue  # "in men but not in women": the record keeps one side too
            return [
                Finding(
                    kind=FindingKind.DIRECTION,
                    verdict=Verdict.CONTRADICTED,
                    message=f"the claim says '{claimed.group()}', but the abstract speaks of "
                    f"both '{named_one.group()}' and '{named_other.group()}'",
                    claim_says=claimed.group(),
                    source_says=quoted(text),
                    evidence=sentence_evidence(hit.sentence, hit.words),
                    confidence=0.7,
                )
            ]
    return []


# --- one of two things the record joins: "J-editing only" or "without 13C editing" against
# "based on both J-editing and 13C chemical shift editing" ---------------------------------------
#
# The record's "both A and B" says each of the two holds. A claim that keeps A and leaves B out
# ("A only", "A alone", "A without B", "A but not B", "A rather than B") says what the record
# denies, when the claim is about that sentence (a word besides A and B in common).

_BOTH: Final = re.compile(r"\bboth\s+(?P<a>[^,;.:]{1,60}?)\s+and\s+(?P<b>[^,;.:]{1,80})", _I)
_BOTH_STOP: Final = frozenset(
    {"the", "a", "an", "in", "on", "of", "at", "by", "for", "with", "from", "to", "its", "their",
     "his", "her", "which", "that", "who", "was", "were", "is", "are", "as", "into", "during",
     "after", "before", "between", "than", "but", "or", "and", "it", "they", "be", "has", "have"}
)  # fmt: skip
_BOTH_LEAD: Final = frozenset({"the", "a", "an", "in", "on", "of", "at", "by", "for", "with"})
_EXCLUDING: Final = re.compile(
    r"\b(?:without|but\s+not|rather\s+than|instead\s+of|excluding|not\s+(?:with|by|in|on)|"
    r"no)\s+(?P<x>(?:[\w()+-]+\s*){1,6})",
    _I,
)
_ALONE_CUE: Final = r"(?:only|alone|solely|exclusively|purely|just)"
_NOT_ONLY: Final = re.compile(r"\bnot\s+(?:only|just|solely|merely|alone)\b", _I)
_MAX_SIDE_WORDS: Final = 4


def _side_tokens(phrase: str) -> tuple[str, ...]:
    """A side's words: from its start, up to a function word after the first word."""
    tokens: list[str] = []
    for raw in phrase.split():
        word = raw.strip(",;:.")
        if word.lower() in _BOTH_STOP:
            if tokens or word.lower() not in _BOTH_LEAD:
                break
            continue
        tokens.append(word)
        if len(tokens) == _MAX_SIDE_WORDS or word != raw:
            break
    return tuple(tokens)


def _both_pairs(
    index: RecordIndex,
) -> list[tuple[IndexedSentence, tuple[str, ...], tuple[str, ...]]]:
    return index.memo("both-pairs", lambda: _find_both_pairs(index))


def _find_both_pairs(
    index: RecordIndex,
) -> list[tuple[IndexedSentence, tuple[str, ...], tuple[str, ...]]]:
    found = []
    for sentence in index.sentences:
        if "both" not in sentence.text.lower():
            continue
        for match in _BOTH.finditer(sentence.text):
            a, b = _side_tokens(match["a"]), _side_tokens(match["b"])
            if a and b and len(match["a"].split()) <= _MAX_SIDE_WORDS + 1:
                found.append((sentence, a, b))
    return found


def _plain(text: str) -> str:
    return re.sub(r"[()\[\]]", "", text.lower())


def _token_in(token: str, text: str, concepts: set[str]) -> bool:
    """A side's word in a stretch of the claim: written the same (brackets aside), or every
    term of it meant there ("carbon-13" for "(13)C")."""
    if re.search(rf"(?<![\w-]){re.escape(_plain(token))}(?![\w-])", _plain(text)):
        return True
    terms = terms_of(token)
    letters = re.sub(r"\W", "", "".join(t.text for t in terms)).lower()
    if not terms or letters != re.sub(r"\W", "", token).lower():
        return False  # "J-editing" is not "editing": its letter must be there
    return all(t.concepts & concepts for t in terms)


def _side_in(side: tuple[str, ...], text: str, concepts: set[str] | None = None) -> bool:
    if concepts is None:
        concepts = {c for t in terms_of(text) for c in t.concepts}
    return all(_token_in(token, text, concepts) for token in side)


def check_both_excluded(assertions: Assertions, index: RecordIndex) -> list[Finding]:
    if assertions.negated:
        return []
    pairs = _both_pairs(index)
    if not pairs:
        return []
    claim = assertions.text
    if _NOT_ONLY.search(claim):
        return []
    claim_terms = terms_of(claim)
    for sentence, first, second in pairs:
        if _population_pair(first, second):
            continue  # "both men and women": check_one_side_only's pairs
        for kept, left in ((first, second), (second, first)):
            said = _left_out(claim, kept, left, claim_terms)
            if said is None:
                continue
            if any(
                _left_out(other.text, kept, left) is not None
                for other in index.sentences
                if other is not sentence
            ):
                continue  # "(both A and B at 4 weeks) ... at 12 weeks in A but not B"
            others = {
                c for t in claim_terms
                if not (said[0] <= t.start < said[1]) and t.stem not in _both_side_stems(kept, left)
                for c in t.concepts if len(t.stem) > 3
            }  # fmt: skip
            if not others & sentence.concepts:
                continue  # the claim is about something else
            return [
                Finding(
                    kind=FindingKind.DIRECTION,
                    verdict=Verdict.CONTRADICTED,
                    message=f"the claim says '{claim[said[0] : said[1]].strip()}', but the "
                    f"abstract says both {' '.join(first)} and {' '.join(second)}",
                    claim_says=claim[said[0] : said[1]].strip(),
                    source_says=quoted(sentence.text),
                    evidence=sentence_evidence(sentence),
                    confidence=0.7,
                )
            ]
    return []


def _both_side_stems(*sides: tuple[str, ...]) -> set[str]:
    return {t.stem for side in sides for token in side for t in terms_of(token)}


def _population_pair(first: tuple[str, ...], second: tuple[str, ...]) -> bool:
    one, other = " ".join(first), " ".join(second)
    return any(
        (_side_pattern(a).fullmatch(one) and _side_pattern(b).fullmatch(other))
        or (_side_pattern(b).fullmatch(one) and _side_pattern(a).fullmatch(other))
        for a, b in _SIDES
    )


_MAX_EXCLUSIONS: Final = 12  # "without ..." phrases read in one claim


def _left_out(
    claim: str,
    kept: tuple[str, ...],
    left: tuple[str, ...],
    claim_terms: Sequence[Term] | None = None,
) -> tuple[int, int] | None:
    """Where the claim keeps ``kept`` and leaves ``left`` out: "A only", "only A", "without B"
    (A named elsewhere in it). None when it does not, or names ``left`` as well."""
    for match in itertools.islice(_EXCLUDING.finditer(claim), _MAX_EXCLUSIONS):
        if _DENIED_BEFORE.search(claim[max(0, match.start() - 20) : match.start()]):
            continue
        if not _side_in(left, match["x"]):
            continue
        outside = claim[: match.start()] + " " + claim[match.end() :]
        if claim_terms is None:
            claim_terms = terms_of(claim)
        concepts = {
            c for t in claim_terms if not match.start() <= t.start < match.end() for c in t.concepts
        }
        if _side_in(kept, outside, concepts) and not _side_in(left, outside, concepts):
            return match.span()
    kept_words = r"[\s-]+".join(re.escape(t) for t in kept)
    alone = re.search(
        rf"(?<![\w-]){kept_words}(?![\w-])\s*,?\s+(?:alone\b|{_ALONE_CUE}\b{_PHRASE_ENDS})"
        rf"|\b{_ALONE_CUE}\s+(?:(?:by|with|in|on|from|using)\s+)?(?:the\s+)?{kept_words}(?![\w-])",
        claim,
        _I,
    )
    if alone is None or _side_in(left, claim[: alone.start()] + " " + claim[alone.end() :]):
        return None
    if _BASELINE_BEFORE.search(claim[max(0, alone.start() - 30) : alone.start()]):
        return None  # "compared with J-editing alone": a baseline, not a restriction
    return alone.span()


# A thing "alone" set as what something else is measured against ("than A alone").
_BASELINE_BEFORE: Final = re.compile(
    r"\b(?:compared\s+(?:with|to)|than|versus|vs\.?|over|relative\s+to|against|beyond)"
    r"(?:\s+(?:that\s+of|those\s+of|with|by|using|the))*\s*$",
    _I,
)


# --- the opposite action on the same target: "AMPA receptor inhibition" against "AMPA receptor
# activation", "blockade of NMDA receptors" against "activation of NMDA receptors" --------------
#
# An action noun is bound to the target written right before it or after its "of": the record
# naming the opposite action on the same target, and never the claim's own action on it, says the
# claim has the mechanism the wrong way round. A target is the same when it ends in the same word
# and holds every specific word of the claim's target.

_BLOCKING: Final = (
    r"inhibit(?:ion|ing|s|ed)?|block(?:ade|ing|s|ed)|antagoni[sz](?:m|ing|es|ed)|"
    r"suppress(?:ion|ing|es|ed)"
)
_DRIVING: Final = (
    r"activat(?:ion|ing|es|ed)|stimulat(?:ion|ing|es|ed)|potentiat(?:ion|ing|es|ed)|"
    r"enhanc(?:ement|ing|es|ed)"
)
_ACTION: Final = re.compile(rf"\b(?:(?P<block>{_BLOCKING})|(?P<drive>{_DRIVING}))\b", _I)
_TARGET_AFTER: Final = re.compile(r"\s+(?:of\s+)?(?:the\s+|an?\s+)?", _I)
_TARGET_GAP: Final = re.compile(r"[\s()-]+")
# The claim names its target in two words at most; a record may spell it out more fully.
_TARGET_WORDS: Final = 2
_RECORD_TARGET_WORDS: Final = 4


@dataclass(frozen=True, slots=True)
class _Action:
    blocks: bool
    start: int
    end: int
    target: tuple[Term, ...]  # nearest word to the action last


def _actions(text: str, words: int = _TARGET_WORDS) -> list[_Action]:
    terms = terms_of(text)
    found = []
    for match in _ACTION.finditer(text):
        # "inhibition of X", "inhibiting X": the target follows; "X inhibition": it comes before.
        follows = _TARGET_AFTER.match(text, match.end())
        ahead = follows is not None and (
            text[match.start() : match.end()].lower().endswith(("ing", "s", "ed"))
            or re.match(r"\s+of\b", text[match.end() :], _I) is not None
        )
        target = (
            _target_after(text, terms, follows.end(), words)
            if ahead and follows is not None
            else _target_before(text, terms, match.start(), words)
        )
        if target:
            blocks = match.group("block") is not None
            found.append(_Action(blocks, match.start(), match.end(), target))
    return found


def _target_before(text: str, terms: list[Term], edge: int, words: int) -> tuple[Term, ...]:
    run: list[Term] = []
    for term in reversed([t for t in terms if t.end <= edge]):
        if len(run) == words or term.is_number or not _TARGET_GAP.fullmatch(text, term.end, edge):
            break
        run.append(term)
        edge = term.start
    return tuple(run)


def _target_after(text: str, terms: list[Term], edge: int, words: int) -> tuple[Term, ...]:
    run: list[Term] = []
    for term in [t for t in terms if t.start >= edge][: words + 1]:
        if term.is_number or not (
            term.start == edge or _TARGET_GAP.fullmatch(text, edge, term.start)
        ):
            break
        run.append(term)
        edge = term.end
    return tuple(reversed(run[-words:]))


def _same_target(claim: tuple[Term, ...], record: tuple[Term, ...]) -> bool:
    if not record or not claim[0].concepts & record[0].concepts:
        return False
    return all(
        any(t.concepts & r.concepts for r in record) or absent_word_factor(t.text) < 1.0
        for t in claim[1:]
    )


def _record_actions(index: RecordIndex) -> list[tuple[IndexedSentence, _Action]]:
    return [
        (sentence, action)
        for sentence in index.sentences
        for action in _actions(sentence.text, _RECORD_TARGET_WORDS)
    ]


def check_action_flip(assertions: Assertions, index: RecordIndex) -> list[Finding]:
    if assertions.negated:
        return []
    claim = assertions.text
    stated = index.memo("direction-actions", lambda: _record_actions(index))
    for action in _actions(claim):
        if _DENIED_BEFORE.search(claim[max(0, action.start - 30) : action.start]):
            continue
        if all(is_topic(index, t) for t in action.target):
            continue  # "ketamine inhibition" names no one target
        same = [(s, a) for s, a in stated if _same_target(action.target, a.target)]
        if not same or any(a.blocks is action.blocks for _, a in same):
            continue
        sentence, found = same[0]
        if not sentence.in_abstract:
            continue
        words = claim[action.start : action.end]
        record_words = sentence.text[found.start : found.end]
        return [
            Finding(
                kind=FindingKind.DIRECTION,
                verdict=Verdict.CONTRADICTED,
                message=f"the claim says '{words}' of {found.target[0].text}, but the abstract "
                f"says '{record_words}'",
                claim_says=words,
                source_says=quoted(sentence.text),
                evidence=sentence_evidence(sentence, found.target),
                confidence=0.7,
            )
        ]
    return []


# --- a prefix that turns a word round, dropped or added: "an anesthetic dose" against "a
# sub-anesthetic dose", "inflammatory effects" against "anti-inflammatory effects" ---------------
#
# Split at the hyphen, "sub-anesthetic" holds the word "anesthetic", so the claim's words are all
# there. Bound to the words it modifies, the word must carry the same prefix (or none) as the
# record writes before the same words anywhere.

_TURNING_PREFIX: Final = re.compile(r"\b(sub|supra|non|anti|hypo|hyper|below|above)-$", _I)
# "a below-anaesthetic dose" is a sub-anaesthetic one.
_SAME_PREFIX: Final = {"below": "sub", "above": "supra"}


def _prefix_of(text: str, term: Term) -> str:
    found = _TURNING_PREFIX.search(text, max(0, term.start - 7), term.start)
    prefix = found.group(1).lower() if found else ""
    return _SAME_PREFIX.get(prefix, prefix)


def _prefixes_before(
    index: RecordIndex, term: Term, head: list[Term], own: frozenset[str] = frozenset()
) -> tuple[set[str], tuple[IndexedSentence, tuple[Term, ...]] | None]:
    """The prefixes the record writes before ``term`` bound to ``head``. A record word that is
    another of the claim's own words (``own`` stems: "TPO" of "anti-TPO antibody") is that
    word's counterpart, not this one's, though an abbreviation's long form links the two."""
    prefixes: set[str] = set()
    where: tuple[IndexedSentence, tuple[Term, ...]] | None = None
    for sentence in index.sentences:
        terms = list(sentence.terms)
        for at, word in enumerate(terms):
            if not word.concepts & term.concepts:
                continue
            if word.stem != term.stem and word.stem in own:
                continue
            if not _same_head(head, _modified(sentence.text, terms, at)):
                continue
            prefixes.add(_prefix_of(sentence.text, word))
            if where is None and sentence.in_abstract:
                where = (sentence, (word, *terms[at + 1 : at + 1 + len(head)]))
    return prefixes, where


def _prefixed_concepts(index: RecordIndex) -> frozenset[str]:
    return frozenset(
        concept
        for sentence in index.sentences
        for word in sentence.terms
        if _prefix_of(sentence.text, word)
        for concept in word.concepts
    )


def check_prefix_dropped(assertions: Assertions, index: RecordIndex) -> list[Finding]:
    if assertions.negated:
        return []
    claim = assertions.text
    claim_terms = terms_of(claim)
    prefixed = index.memo("direction-prefixed", lambda: _prefixed_concepts(index))
    for position, term in enumerate(claim_terms):
        if term.is_number or term.text.lower() in _PREFIX_WORDS:
            continue
        if not term.concepts & prefixed and not _prefix_of(claim, term):
            continue  # the record writes no turning prefix before this word
        head = _modified(claim, claim_terms, position)
        if not head:
            continue
        own = frozenset(t.stem for t in claim_terms if t.stem != term.stem)
        prefixes, where = _prefixes_before(index, term, head, own)
        claimed = _prefix_of(claim, term)
        if (
            not prefixes
            or where is None
            or prefixes & _compound_prefixes(claim, claim_terms, position)
        ):
            continue
        written = f"{claimed}-{term.text}" if claimed else term.text
        stated = sorted(prefixes)[0]
        record_words = f"{stated}-{term.text}" if stated else term.text
        return [
            Finding(
                kind=FindingKind.DIRECTION,
                verdict=Verdict.CONTRADICTED,
                message=f"the claim says '{written} {head[0].text}', but the abstract says "
                f"'{record_words} {head[0].text}'",
                claim_says=f"{written} {head[0].text}",
                source_says=quoted(where[0].text),
                evidence=sentence_evidence(*where),
                confidence=0.7,
            )
        ]
    return []


_PREFIX_WORDS: Final = frozenset({"sub", "supra", "non", "anti", "hypo", "hyper", "below", "above"})
_COMPOUND_BACK: Final = 2  # words before a claim word whose prefix may govern it too


def _compound_prefixes(claim: str, claim_terms: list[Term], position: int) -> set[str]:
    """The prefixes over a claim word: its own, and those of the words compounded before it
    ("anti-TPO antibody": "anti" governs the antibody too, which a record may write
    "anti-TPO"). The compound's first word is still checked with its own prefix."""
    found = {_prefix_of(claim, claim_terms[position])}
    end = claim_terms[position].start
    for term in reversed(claim_terms[max(0, position - _COMPOUND_BACK) : position]):
        if term.is_number or not _MODIFIER_GAP.fullmatch(claim, term.end, end):
            break
        if term.text.lower() in _PREFIX_WORDS:
            break
        found.add(_prefix_of(claim, term))
        end = term.start
    return found


# --- the kept and the excluded swapped: "in A, not in B" against "in B but not A" --------------

# The claim keeps A (the words just before) and sets B apart by name.
# Read cue first, then the words kept before it within a bounded reach: a pattern that starts
# with the kept words would try every letter of a long token ("x" * 5000) as a start.
_SETS_APART_CUE: Final = re.compile(
    r"\s*,?\s+(?:but\s+)?(?:not|rather\s+than|instead\s+of)\s+"
    r"(?!only\b|just\b|merely\b|simply\b|all\b|every\b|always\b)"
    r"(?:(?:in|on|at|by|from|among|with|for)\s+)?(?P<apart>[^,;.]{3,60})",
    re.IGNORECASE,
)
_KEPT_BEFORE: Final = re.compile(r"(?:[\w()'+/-]+\s+){0,6}[\w()'+/-]+\Z")
_KEPT_REACH: Final = 200  # characters before the cue the kept words may take
_MAX_SET_APART: Final = 12  # contrasts read in one claim
# What a record sentence sets apart: "... but not glutamate principal neurons", "not in men".
_RECORD_SETS_APART: Final = re.compile(
    r"(?:\b(?:but|and|yet|while)\s+not|,\s*not|\brather\s+than|\binstead\s+of)\s+"
    r"(?P<part>[^,;.]+)",
    re.IGNORECASE,
)
_SWAP_RELEVANCE: Final = 0.5  # share of the claim's other words the record sentence must hold


def check_swapped_exclusion(assertions: Assertions, index: RecordIndex) -> list[Finding]:
    """A claim keeping A and setting B apart against a sentence about it that keeps B and sets A
    apart ("the effect hinged on principal neurons, not interneurons" against "blocked in
    interneurons, but not principal neurons") has the two roles swapped."""
    claim = assertions.text
    claim_terms: list[Term] | None = None
    for kept_span, apart_span in _kept_and_set_apart(claim):
        apart = [t for t in terms_between(claim, *apart_span) if not t.is_number]
        apart_concepts = frozenset(c for t in apart for c in t.concepts)
        kept = [
            t for t in terms_between(claim, *kept_span)
            if not t.is_number and not t.concepts & apart_concepts and not is_topic(index, t)
        ]  # fmt: skip
        if not apart or not kept:
            continue
        if claim_terms is None:
            claim_terms = [t for t in terms_of(claim) if not t.is_number]
        rest = [t for t in claim_terms if not kept_span[0] <= t.start < apart_span[1]]
        for sentence in index.abstract_sentences:
            finding = _swapped_in(sentence, kept, apart, rest)
            if finding is not None:
                return [finding]
    return []


def _kept_and_set_apart(claim: str) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    """Each "A, not B" of a claim: the spans of A (up to seven words) and of B."""
    found: list[tuple[tuple[int, int], tuple[int, int]]] = []
    last = 0
    for cue in _SETS_APART_CUE.finditer(claim):
        if len(found) == _MAX_SET_APART:
            break
        start = max(last, cue.start() - _KEPT_REACH)
        kept = _KEPT_BEFORE.search(claim[start : cue.start()])
        if kept is None:
            continue
        found.append(((start + kept.start(), cue.start()), cue.span("apart")))
        last = cue.end()
    return found


def _swapped_in(
    sentence: IndexedSentence, kept: list[Term], apart: list[Term], rest: list[Term]
) -> Finding | None:
    scopes = [m.span("part") for m in _RECORD_SETS_APART.finditer(sentence.text)]
    if not scopes:
        return None

    def places(term: Term) -> list[int]:
        return [w.start for w in sentence.terms if w.concepts & term.concepts]

    def inside(at: int) -> bool:
        return any(a <= at < b for a, b in scopes)

    excluded = [t for t in kept if places(t) and all(inside(p) for p in places(t))]
    if not excluded or any(p for t in kept for p in places(t) if not inside(p)):
        return None
    head = apart[-1]  # the noun that names what the claim sets apart
    if not any(not inside(p) for p in places(head)):
        return None
    if rest and sum(1 for t in rest if t.concepts & sentence.concepts) < _SWAP_RELEVANCE * len(
        rest
    ):
        return None
    return Finding(
        kind=FindingKind.DIRECTION,
        verdict=Verdict.CONTRADICTED,
        message=f"the claim keeps '{excluded[0].text}' and sets '{head.text}' apart, but the "
        f"abstract does the reverse: \u201c{quoted(sentence.text, 140)}\u201d",
        claim_says=", ".join(t.text for t in excluded),
        source_says=quoted(sentence.text),
        evidence=sentence_evidence(sentence),
        confidence=0.7,
    )


# --- a choice the record makes the other way: "detecting X rather than Y" --------------------
#
# "Sensitivity is gained by detecting the 13C nuclei rather than the protons" names two things
# the same action could take; a record sentence where that action takes Y ("by detecting the
# (1)H nuclei bound to (13)C nuclei") made the other choice.
_CHOSEN_OVER: Final = re.compile(
    r"\b(?P<verb>[a-z]{3,}(?:ing|ed|es|s))\s+(?P<kept>[^,;:.()]{2,60}?)\s+"
    r"(?:rather\s+than|instead\s+of)\s+(?P<other>[^,;:.()]{2,60})",
    re.IGNORECASE,
)
_ACTION_WORD: Final = re.compile(r"\b[a-z]{3,}(?:ing|ed|es|s)\b(?=\s+\S)", re.IGNORECASE)
# Where an object's own noun phrase ends: what it is bound to or reached by is another thing.
_OBJECT_END: Final = re.compile(
    r"[,;:.]|\b(?:via|by|through|bound|bonded|attached|linked|to|with|of|from|in|on|at|for|"
    r"during|over|across|within|throughout|after|before|while|when|"
    r"rather|instead|not|and|or|but|than|that|which)\b",
    re.IGNORECASE,
)
_OBJECT_WORDS: Final = 60


def _object_terms(text: str, start: int, limit: int) -> list[Term]:
    end = _OBJECT_END.search(text, start, min(len(text), limit))
    stop = end.start() if end else min(len(text), limit)
    return [t for t in terms_between(text, start, stop) if not t.is_number]


def _share(terms: list[Term], concepts: frozenset[str]) -> float:
    return sum(1 for t in terms if t.concepts & concepts) / len(terms)


def check_rather_than(assertions: Assertions, index: RecordIndex) -> list[Finding]:
    """A claim's "V-ing X rather than Y" against a relevant record sentence whose same verb
    takes an object that says more of Y than of X: the record made the choice the claim rules
    out ("detecting the (1)H nuclei" against "detecting the 13C nuclei rather than the
    protons")."""
    claim = assertions.text
    for match in _CHOSEN_OVER.finditer(claim):
        # the action nearest the kept object: "gained by detecting X" chooses by "detecting"
        action = list(_ACTION_WORD.finditer(claim, match.start(), match.end("kept")))[-1]
        verb = terms_between(claim, *action.span())
        kept = _object_terms(claim, action.end(), match.end("kept"))
        other = _object_terms(claim, match.start("other"), match.end("other"))
        if not verb or not kept or not other:
            continue
        span = set(range(match.start(), match.end()))
        rest = [
            t for t in terms_of(claim)
            if not t.is_number and t.start not in span and not is_topic(index, t)
        ]  # fmt: skip
        for sentence in index.abstract_sentences:
            said = sum(1 for t in rest if t.concepts & sentence.concepts)
            if rest and said < _SWAP_RELEVANCE * len(rest):
                continue
            for word in sentence.terms:
                if word.stem != verb[0].stem:
                    continue
                taken = frozenset(
                    c
                    for t in _object_terms(sentence.text, word.end, word.end + _OBJECT_WORDS)
                    for c in t.concepts
                )
                other_share, kept_share = _share(other, taken), _share(kept, taken)
                if other_share >= 0.5 and other_share > kept_share:
                    return [_rather_finding(match, sentence)]
    return []


def _rather_finding(match: re.Match[str], sentence: IndexedSentence) -> Finding:
    return Finding(
        kind=FindingKind.DIRECTION,
        verdict=Verdict.CONTRADICTED,
        message=f"the claim has '{match['verb']} {match['kept'].strip()}' rather than "
        f"'{match['other'].strip()}', but the abstract makes the other choice: "
        f"\u201c{quoted(sentence.text, 140)}\u201d",
        claim_says=match.group(),
        source_says=quoted(sentence.text),
        evidence=sentence_evidence(sentence),
        confidence=0.7,
    )


# --- an effect said to end by a time the record has it still lasting ----------------------------
#
# "The relief was gone by the next day" against "improvements ... persisted for up to 1 week":
# a claim that an effect ended (gone, faded, wore off, lasted only ...) by a time T is
# contradicted by a sentence about the claim in which it lasted (persisted, sustained, lasted,
# maintained) to a later time. Ending at the time it was last seen ("faded after a week" against
# "persisted for up to 1 week") agrees; a claim of lasting longer is the quantity check's.
_HOURS: Final = {"hour": 1, "day": 24, "night": 24, "morning": 24, "week": 168, "month": 720}
_COUNT_WORDS: Final = {
    "a": 1, "an": 1, "one": 1, "the": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "twelve": 12, "couple": 2, "few": 5,
    "several": 7, "next": 1, "following": 1, "second": 2, "third": 3,
}  # fmt: skip
_UNIT: Final = r"(?P<unit>hour|day|night|morning|week|month)s?"
_COUNT: Final = r"(?P<n>\d+(?:\.\d+)?|" + "|".join(_COUNT_WORDS) + r")"
# Ends by T: "by the next day", "within 24 hours", "after a week", "by day 2", "overnight".
_BY_TIME: Final = re.compile(
    rf"\b(?:by|within|after|in|at|on|over|before)\s+(?:the\s+|a\s+)?(?:(?:first|next|following)"
    rf"\s+)?(?:{_COUNT}\s+(?:of\s+)?)?{_UNIT}(?:\s+(?P<n2>\d+))?\b"
    rf"|\b(?:the\s+)?(?P<next>next|following)\s+(?P<unit2>day|morning|week|month)\b"
    rf"|\b{_COUNT.replace('<n>', '<n3>')}\s+(?P<unit3>hour|day|week|month)s?\s+later\b"
    r"|\b(?P<overnight>overnight)\b",
    re.IGNORECASE,
)
_ENDED: Final = re.compile(
    r"\b(?:(?:was|were|is|are|had\s+been|has\s+been|have\s+been)\s+(?:\w+\s+)?(?:gone|over|lost)"
    r"|fad(?:ed|es|e)|w(?:ore|ears|orn|ear)\s+off|wan(?:ed|es)|vanish(?:ed|es)|"
    r"disappear(?:ed|s)|dissipat(?:ed|es)|subsid(?:ed|es)|ended|petered\s+out|died\s+(?:down|away)|"
    r"evaporated|(?:only|just)\s+last(?:ed|s)?|last(?:ed|s)?\s+(?:only|just|no\s+(?:more|longer)"
    r"\s+than|less\s+than|under))\b",
    re.IGNORECASE,
)
_ENDED_DENIED: Final = re.compile(
    r"\b(?:not|never|no|n't|nor|without|hardly)\b(?:\s+\w+){0,2}\s*$", re.IGNORECASE
)
_LASTED: Final = re.compile(
    r"\b(?:persist(?:ed|s|ing)?|sustained|last(?:ed|ing|s)?|maintained|remained\s+(?:significant|"
    r"evident|present|improved|lower|higher|reduced)|endured|durable|still\s+(?:present|evident|"
    r"significant))\b",
    re.IGNORECASE,
)
# "(persisted) for up to 1 week", "through day 7", "at 2 weeks", "beyond 72 hours".
_LASTED_TO: Final = re.compile(
    r"\b(?:for|to|through|until|till|at|beyond|over)\s+(?:up\s+to\s+|at\s+least\s+|about\s+|"
    r"approximately\s+|nearly\s+|almost\s+|the\s+)?(?:(?P<n>\d+(?:\.\d+)?|a|an|one|two|three|four|"
    r"five|six|seven|eight|nine|ten|twelve)\s+(?P<unit>hour|day|week|month)s?"
    r"|(?P<unit2>day|week|month)\s+(?P<n2>\d+))\b",
    re.IGNORECASE,
)
_FOR_TIME: Final = re.compile(
    rf"\s+(?:for\s+)?(?:about\s+|around\s+|roughly\s+)?(?:a\s+)?(?:{_COUNT}\s+)?{_UNIT}\b",
    re.IGNORECASE,
)
_TIME_REACH: Final = 70  # characters from the ending word to its time


def _count(word: str | None) -> float:
    if word is None:
        return 1.0
    word = word.lower()
    return float(word) if word[0].isdigit() else float(_COUNT_WORDS.get(word, 1))


def _claimed_end(text: str) -> tuple[re.Match[str], float] | None:
    """The ending word of a claim that an effect ended by a time, and that time in hours (a
    vague one taken at its longest: "within hours" is a day)."""
    for ended in _ENDED.finditer(text):
        c_start, c_end = clause_bounds(text, ended.start())
        if _ENDED_DENIED.search(text, max(c_start, ended.start() - 25), ended.start()):
            continue
        when = _BY_TIME.search(text, ended.end(), min(c_end, ended.end() + _TIME_REACH))
        if "last" in ended.group().lower():  # "lasted only a few hours": the length itself
            length = _FOR_TIME.match(text, ended.end())
            if length is not None:
                return ended, _count(length["n"]) * _HOURS[length["unit"].lower()]
        if when is None:
            continue
        if when["overnight"]:
            return ended, 24.0
        if when["next"]:
            return ended, float(_HOURS[when["unit2"].lower()])
        if when["unit3"]:
            return ended, _count(when["n3"]) * _HOURS[when["unit3"].lower()]
        unit = when["unit"].lower()
        plural = when.group().lower().rstrip().endswith("s") and not when["n"]
        if when["n2"]:  # "by day 2": the second day is over at 48 hours
            return ended, float(when["n2"]) * _HOURS[unit]
        # "within hours" is a day, "within days" a week, "within weeks" four weeks.
        count = _count(when["n"]) if not plural else {"hour": 24, "day": 7, "week": 4}.get(unit, 12)
        return ended, count * _HOURS[unit]
    return None


def _lasted_to(text: str) -> tuple[re.Match[str], float] | None:
    """The latest time a sentence says an effect lasted to ("persisted for up to 1 week")."""
    best: tuple[re.Match[str], float] | None = None
    for lasted in _LASTED.finditer(text):
        if not EFFECT_NOUNS.search(text, 0, lasted.start()):
            continue  # "patients were maintained on the drug for 12 weeks": no effect lasted
        _, c_end = clause_bounds(text, lasted.start())
        for to in _LASTED_TO.finditer(text, lasted.end(), min(c_end, lasted.end() + 50)):
            unit = (to["unit"] or to["unit2"]).lower()
            hours = _count(to["n"] or to["n2"]) * _HOURS[unit]
            if best is None or hours > best[1]:
                best = (to, hours)
    return best


def check_ended_by(assertions: Assertions, index: RecordIndex) -> list[Finding]:
    if assertions.negated:
        return []
    claimed = _claimed_end(assertions.text)
    if claimed is None:
        return []
    ended, by = claimed
    if _lasted_to(assertions.text) is not None:
        return []  # the claim states what lasted itself: what ended is another effect
    # What ended, from the ending verb's own clause: one of its words must be in the record
    # sentence before its lasting verb ("Headache resolved" is not "symptoms were sustained").
    claim_text = assertions.text
    what = claim_text[_subject_start(claim_text, ended.start()) : ended.start()]
    ender = {t.stem for t in terms_of(what) if not t.is_number and t.stem not in GENERIC_STEMS}
    for hit in _relevant(assertions, index, Phrase(ended.group(), *ended.span()))[:3]:
        text = hit.sentence.text
        if PASSING_WORDS_IN_RECORD.search(text):
            return []  # the record itself says it passed: another check weighs when
        lasted = _lasted_to(text)
        if lasted is None or lasted[1] <= by:
            continue
        if ender and not ender & {t.stem for t in terms_of(text[: lasted[0].start()])}:
            continue
        said = lasted[0].group()
        return [
            Finding(
                kind=FindingKind.DIRECTION,
                verdict=Verdict.CONTRADICTED,
                message=f"the claim has the effect over within about {by:g} hours "
                f"('{ended.group()}'), but the abstract has it lasting {said}",
                claim_says=ended.group(),
                source_says=quoted(text),
                evidence=sentence_evidence(hit.sentence, hit.words, extra=[said]),
                confidence=0.75,
            )
        ]
    return []


PASSING_WORDS_IN_RECORD: Final = re.compile(
    r"\b(?:fleeting|short[\s-]lived|transient(?:ly)?|vanish(?:ed|es)|disappear(?:ed|s)|"
    r"dissipat(?:ed|es)|fad(?:ed|es)|w(?:ore|ears|orn)\s+off|wan(?:ed|es)|subsided|returned\s+to"
    r"\s+baseline|no\s+longer)\b",
    re.IGNORECASE,
)


# --- slow to act against rapid ----------------------------------------------------------------
#
# "The effect takes a few weeks to build up" against "a single dose induces rapid and sustained
# antidepressant actions": a claim that the effect is slow to come (weeks to work, a delayed
# onset) is contradicted by a sentence about it that calls it rapid. Not when the slow one is
# another treatment ("standard antidepressants take weeks"), nor when the record sentence itself
# speaks of weeks to act (its contrast with older drugs).
_SLOW_ONSET: Final = re.compile(
    r"\b(?:takes?|took|taking|needs?|needed|requires?|required)\s+(?:(?:a\s+)?(?:few|several|"
    r"couple\s+of|many|\d+|two|three|four|five|six)\s+)?(?:weeks|months)\s+(?:or\s+more\s+)?"
    r"(?:to|before)\b"
    r"|\b(?:slow|delayed)\s+(?:to\s+(?:act|work|start|kick\s+in|take\s+effect)|"
    r"(?:onset\s+of\s+(?:the\s+)?(?:\w+\s+)?|antidepressant\s+)(?:action|effects?|response)|"
    r"(?:onset|response|effects?|action)(?=\s*(?:[,.;:)]|$)))"
    r"|\bonly\s+after\s+(?:(?:a\s+)?(?:few|several)\s+|\d+\s+)?weeks\b",
    re.IGNORECASE,
)
_OTHER_TREATMENT_BEFORE: Final = re.compile(
    r"\b(?:standard|conventional|traditional|typical|classic(?:al)?|existing|older|other|"
    r"monoaminergic|SSRIs?|oral\s+antidepressants?)\b[^,;]*$",
    re.IGNORECASE,
)
_RAPID: Final = re.compile(
    r"\b(?:rapid(?:ly)?|fast[\s-]+acting|quick(?:ly)?|immediate(?:ly)?|within\s+(?:hours|minutes|"
    r"an?\s+hour|\d+\s+(?:hours?|minutes?)))\b",
    re.IGNORECASE,
)
_SLOW_IN_RECORD: Final = re.compile(r"\b(?:weeks|months|slow|delayed|lag)\b", re.IGNORECASE)


_SUBJECT_BREAK: Final = re.compile(
    r"[;,:]|\b(?:whereas|while|but|although|unlike|which|that|who)\b", re.IGNORECASE
)


def _subject_start(text: str, position: int) -> int:
    """Where the words naming what the verb at ``position`` is said of begin: after the last
    comma, semicolon or contrast word before it that leaves some words ("fluoxetine, by
    contrast, takes weeks": "fluoxetine")."""
    starts = [m.end() for m in _SUBJECT_BREAK.finditer(text, 0, position)]
    for start in reversed(starts):
        if re.search(r"[A-Za-z]{3,}", text[start:position]) and not re.fullmatch(
            r"\s*(?:by\s+contrast|in\s+contrast|however|instead|though|too|also)\s*",
            text[start:position],
            re.IGNORECASE,
        ):
            return start
    return 0


def _own_slowness(text: str, slow: re.Match[str]) -> bool:
    """The claim's subject is slow, not another treatment it sets against it, nor denied."""
    start = clause_bounds(text, slow.start())[0]
    return not _OTHER_TREATMENT_BEFORE.search(
        text, start, slow.start()
    ) and not _ENDED_DENIED.search(text, max(0, slow.start() - 25), slow.start())


def check_slow_onset(assertions: Assertions, index: RecordIndex) -> list[Finding]:
    if assertions.negated:
        return []
    text = assertions.text
    slow = next((m for m in _SLOW_ONSET.finditer(text) if _own_slowness(text, m)), None)
    if slow is None:
        return []
    if any(
        not _ENDED_DENIED.search(text, max(0, r.start() - 25), r.start())
        for r in _RAPID.finditer(text)
    ):
        return []  # the claim calls something rapid itself: the slow one is its foil
    # The slow thing's own words ("fluoxetine, by contrast, takes weeks"): one of them must be
    # in the sentence calling the effect rapid.
    subject = {
        t.stem for t in terms_of(text[_subject_start(text, slow.start()) : slow.start()])
        if not t.is_number and t.stem not in GENERIC_STEMS
    }  # fmt: skip
    # The claim's other words are often lay ("kick", "pills"): two of them the record uses, in
    # the sentence calling the effect rapid, tie it to the claim.
    present = [
        t for t in assertions.key_terms
        if in_record(index, t) and not slow.start() <= t.start < slow.end()
    ]  # fmt: skip
    for hit in retrieve(index, present)[:3] if len(present) >= 2 else []:
        if len(hit.matched) < 2:
            continue
        sentence = hit.sentence.text
        rapid = _RAPID.search(sentence)
        if rapid is None or _SLOW_IN_RECORD.search(sentence):
            continue
        if subject and not subject & {t.stem for t in terms_of(sentence)}:
            continue
        return [
            Finding(
                kind=FindingKind.DIRECTION,
                verdict=Verdict.CONTRADICTED,
                message=f"the claim says the effect is slow to come ('{slow.group()}'), but the "
                f"abstract calls it {rapid.group()}",
                claim_says=slow.group(),
                source_says=quoted(sentence),
                evidence=sentence_evidence(hit.sentence, hit.words, extra=[rapid.group()]),
                confidence=0.7,
            )
        ]
    return []
