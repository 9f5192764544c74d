"""Comparator: what the claim says the intervention was compared with, against the record.

The record's comparators are read once: "compared with X", "versus X", "X (an active placebo
control)", "X, the control", "ketamine but not X", "placebo-controlled", "psychoactive-controlled",
and every placebo/sham mention. A named drug the record calls an (active) placebo anywhere is a
placebo comparator everywhere in that record.

Rules (claim comparator -> verdict):
- placebo: SUPPORTED when the record has a placebo (an active placebo counts); CONTRADICTED when
  its only controls are active ones it never calls a placebo (midazolam as "the control" of a
  "psychoactive-controlled" study).
- a drug class ("a popular antidepressant"): SUPPORTED when a record comparator belongs to it;
  CONTRADICTED when the record's comparators are of other classes or are placebos.
- a named drug: SUPPORTED when the record names it as comparator; CONTRADICTED when it names
  only others.
- a drug or treatment in general ("the pharma drug"): SUPPORTED when the record compares with an
  active treatment, or a drug named by its role ("the comparison drug") when the record's is an
  active placebo;
  CONTRADICTED when its only comparator is an inert placebo.
- usual care, no treatment, baseline, anything else: SUPPORTED when the record has the same;
  otherwise NOT_IN_SOURCE.
A record that names no comparator at all gives NOT_IN_SOURCE.

Order (which side is ahead) is judged after that, and decides a comparator when it can:
- "A more potently than B" against a record sentence "more potently ... by B than A" (the same
  two names, brackets and signs read whole, on the same scale) -> CONTRADICTED;
- against a ranking ("Y was the best predictor of Z"): putting anything ahead of Y, or another
  thing "ahead of any other" -> CONTRADICTED; Y "better than any other" -> SUPPORTED;
- a restriction ("in the intact protein only"), against a claim that puts the statement in what
  the record sets against it ("the subunit") -> CONTRADICTED.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final

from claimcheck.pubmed.model import PubMedRecord
from claimcheck.report.model import Evidence, Finding, FindingKind, Verdict
from claimcheck.verification import lexicon as lx
from claimcheck.verification.assertions import (
    COMPARATIVE_SCALES,
    COMPARATOR_PATTERNS,
    NAME_TOKEN,
    PEOPLE_NOUNS,
    SUPERLATIVE_SCALES,
    Assertions,
    Comparator,
    ComparatorKind,
    ComparisonAssertion,
    Phrase,
    classify_comparator,
    clause_bounds,
    find_comparisons,
)
from claimcheck.verification.checks.common import quoted, retrieve, sentence_evidence
from claimcheck.verification.index import IndexedSentence, RecordIndex, Term, terms_of
from claimcheck.verification.quantities import find_quantities

_I = re.IGNORECASE
_LABELLED_PLACEBO: Final = re.compile(
    r"\b(?P<drug>[A-Za-z][\w-]+)\s*(?:\d[\d.]*\s*(?:mg|μg|mcg)(?:/kg)?\s*)?[,(]\s*(?:an?\s+|the\s+)?"
    r"active[\s-]+placebo", _I
)  # fmt: skip
_LABELLED_CONTROL: Final = re.compile(
    r"\b(?P<drug>[A-Za-z][\w-]+)\s*(?:\d[\d.]*\s*(?:mg|μg|mcg)(?:/kg)?\s*)?[,(]\s*(?:an?\s+|the\s+)"
    r"(?:active\s+|psychoactive\s+)?(?:control|comparator)\b"
    r"|\b(?P<drug2>[A-Za-z][\w-]+)\s+(?:was|were)\s+(?:used\s+)?as\s+(?:an?\s+|the\s+)?"
    r"(?:active\s+)?(?:control|comparator)\b",
    _I,
)
_BUT_NOT: Final = re.compile(r"\bbut\s+not\s+(?:after\s+|with\s+)?(?P<x>[\w-]+(?:\s+[\w-]+)?)", _I)
_CONTROLLED_BY: Final = re.compile(
    r"\b(?P<x>placebo|sham|saline|(?:psycho)?active)[\s-]+controll?ed\b", _I
)


_CONTROL_KINDS: Final = (
    r"(?:(?:individually|frequency|age|sex|risk[\s-]set)[\s-])?matched|healthy|unaffected|"
    r"population[\s-]based|hospital[\s-]based|community|cancer[\s-]free|disease[\s-]free"
)
_CASE_CONTROL_ARM: Final = re.compile(
    r"\bcases?\b[^.;]{0,80}?\b(?P<x>(?:\d[\d,]*\s+)?"
    rf"(?P<bare>(?:(?:{_CONTROL_KINDS})\s+){{0,2}}controls))\b",
    _I,
)


@dataclass(frozen=True, slots=True)
class RecordComparator:
    comparator: Comparator
    placebo: bool  # the record calls it a placebo (an active placebo counts)
    sentence: IndexedSentence
    words: str


def record_comparators(index: RecordIndex) -> list[RecordComparator]:
    return index.memo("comparators", lambda: _record_comparators(index))


def _record_comparators(index: RecordIndex) -> list[RecordComparator]:
    found: list[RecordComparator] = []
    placebo_drugs: set[str] = set()
    for sentence in index.sentences:
        for match in _LABELLED_PLACEBO.finditer(sentence.text):
            placebo_drugs.add(match["drug"].lower())
    for sentence in index.sentences:
        text = sentence.text
        phrases: list[tuple[str, bool]] = []
        for pattern in COMPARATOR_PATTERNS:
            for match in pattern.finditer(text):
                phrases.append((match["x"], False))
        for match in _LABELLED_PLACEBO.finditer(text):
            phrases.append((match["drug"], True))
        for match in _LABELLED_CONTROL.finditer(text):
            phrases.append((match["drug"] or match["drug2"], False))
        for match in _BUT_NOT.finditer(text):
            phrases.append((match["x"], False))
        for match in _CONTROLLED_BY.finditer(text):
            word = match["x"].lower()
            phrases.append(
                ("placebo" if word in ("placebo", "sham", "saline") else "active control", False)
            )
        for match in _CASE_CONTROL_ARM.finditer(text):
            # "386 cases and 896 matched controls": the controls of a case-control study are
            # its comparison group, with their count ("896 matched controls") and without.
            phrases.append((match["x"], False))
            phrases.append((match["bare"], False))
        for match in lx.PLACEBO_WORDS.finditer(text):
            if not re.match(r"\s+(?:effects?|response)", text[match.end() :], _I):
                phrases.append((match.group(), False))
        for words, labelled in phrases:
            comparator = _classify(words, labelled, placebo_drugs)
            if comparator is not None:
                found.append(
                    RecordComparator(comparator, comparator.kind.is_placebo, sentence, words)
                )
    return found


def _classify(words: str, labelled: bool, placebo_drugs: set[str]) -> Comparator | None:
    words = words.strip()
    if not words:
        return None
    if words == "active control":
        return Comparator(ComparatorKind.DRUG, None, None, (), Phrase(words, 0, len(words)))
    comparator = classify_comparator(Phrase(words, 0, len(words)))
    name = comparator.drug_name
    if labelled or (name and name in placebo_drugs):
        return Comparator(
            ComparatorKind.ACTIVE_PLACEBO,
            comparator.drug_class,
            name or words.lower(),
            comparator.terms,
            comparator.phrase,
        )
    if comparator.kind is ComparatorKind.OTHER and not comparator.terms:
        return None
    return comparator


def check_comparator(
    assertions: Assertions, record: PubMedRecord, index: RecordIndex
) -> list[Finding]:
    claimed = [
        c for c in _second_arms(assertions.text, assertions.comparators)
        if not is_compared_figure(c) and not _level_of_exposure(c, index)
    ]  # fmt: skip
    equal = judge_equal_arms(assertions, index)
    if equal:
        return equal
    if not claimed and not assertions.comparisons:
        return judge_claimed_rankings(assertions.text, index) + judge_restrictions(
            assertions, index
        )
    found = record_comparators(index)
    ordered = judge_comparisons(assertions, index)
    findings = []
    for claim in claimed:
        by_order = ordered.pop(claim.phrase.start, None)
        if by_order is not None:  # the record compares the same two things: the order decides
            findings.append(by_order)
            continue
        swapped = _inert_for_active_placebo(claim, found, index)
        findings.append(swapped if swapped is not None else judge_comparator(claim, found))
    findings += ordered.values()
    return (
        findings
        + judge_claimed_rankings(assertions.text, index)
        + judge_restrictions(assertions, index)
    )


# "compared 386 people with pancreatic cancer to 896 matched controls": the words after "people
# with" say who the first group is; the comparator is the group after "to".
_GROUP_WITH: Final = re.compile(
    rf"\b(?:{'|'.join(PEOPLE_NOUNS)}|those)\s+(?:with|who\s+(?:had|have|developed))\s+$", _I
)
_SECOND_ARM: Final = re.compile(
    r"\s+(?:to|with|against|versus|vs\.?)\s+(?P<x>[^,;.()]+?)"
    r"(?=\s+(?:from|in|at|of|who|with|for|during|among|over|across|on|by)\b|[,;.()]|$)",
    _I,
)


def _second_arms(text: str, comparators: tuple[Comparator, ...]) -> list[Comparator]:
    """The claim's comparators, a group's own condition ("people with pancreatic cancer")
    replaced by the group it is compared with."""
    kept = []
    for comparator in comparators:
        start, end = comparator.phrase.start, comparator.phrase.end
        if not _GROUP_WITH.search(text, max(0, start - 40), start):
            kept.append(comparator)
            continue
        arm = _SECOND_ARM.match(text, end)
        if arm is not None:
            kept.append(classify_comparator(Phrase(arm["x"], arm.start("x"), arm.end("x"))))
    return kept


# Words that may lead a compared figure: "against roughly a quarter", "than nearly twice".
_FIGURE_LEAD: Final = re.compile(
    r"(?:(?:about|around|roughly|nearly|almost|approximately|just|some|only|over|under|barely"
    r"|close\s+to|more\s+than|less\s+than|fewer\s+than|well\s+over|at\s+least|at\s+most)\s+)*",
    re.IGNORECASE,
)
# A head count may name a group ("compared with 40 healthy volunteers"); any other figure
# after "than"/"against" is the value the claim compares with, never an arm.
_ARM_UNITS: Final = frozenset({"count"})


def is_compared_figure(claim: Comparator) -> bool:
    """ "rose more than sevenfold", "against roughly a quarter of fresh cells": a figure or fold
    word after "than/compared with/against" is a number for the number checks, not a comparator
    to find in the record. A named drug, placebo or usual care with a dose stays a comparator."""
    return claim.kind is ComparatorKind.OTHER and _opens_with_figure(claim.phrase.text)


def _opens_with_figure(text: str) -> bool:
    lead = _FIGURE_LEAD.match(text)
    start = lead.end() if lead else 0
    return any(q.start == start and q.unit not in _ARM_UNITS for q in find_quantities(text))


# "compared with the longest", "the top fifth against the bottom fifth": the other end of a
# graded exposure, not a control arm. A record that compares levels of an exposure
# ("comparing extreme quintiles") says the same with its own words.
_EXPOSURE_LEVEL: Final = re.compile(
    r"^(?:the\s+|those\s+(?:with|in)\s+(?:the\s+)?)?(?:longest|shortest|highest|lowest|largest"
    r"|smallest|top|bottom|upper|uppermost|lowermost|heaviest|lightest|oldest|youngest|greatest"
    r"|least|most|first|last|fifth|5th)\b",
    re.IGNORECASE,
)
_RECORD_LEVELS: Final = re.compile(
    r"\b(?:quintiles?|quartiles?|tertiles?|deciles?|quantiles?|centiles?|percentiles?)\b", re.I
)


def _level_of_exposure(claim: Comparator, index: RecordIndex) -> bool:
    if claim.kind is not ComparatorKind.OTHER or not _EXPOSURE_LEVEL.match(claim.phrase.text):
        return False
    return index.memo("compares-levels", lambda: bool(_RECORD_LEVELS.search(_record_text(index))))


_INERT: Final = re.compile(r"\b(?:saline|sham|sugar\s+pills?|dummy\s+pills?|inert)\b", re.I)


def _record_text(index: RecordIndex) -> str:
    return f"{index.title} {index.abstract_text}"


def _inert_for_active_placebo(
    claim: Comparator, found: list[RecordComparator], index: RecordIndex
) -> Finding | None:
    """A claim of "a saline placebo" against a record whose only placebo is an active drug
    (midazolam as an active placebo) names another comparator: the record never gave saline."""
    named = _INERT.search(claim.phrase.text)
    if named is None or not claim.kind.is_placebo:
        return None
    placebos = [f for f in found if f.placebo]
    active = [f for f in placebos if f.comparator.kind is ComparatorKind.ACTIVE_PLACEBO]
    # A bare "placebo" counts as the active one only where a sentence says so in one breath.
    active_sentences = {f.sentence.position for f in active}
    if not active or any(f.sentence.position not in active_sentences for f in placebos):
        return None
    placebos = active
    if index.memo("names-inert-placebo", lambda: bool(_INERT.search(_record_text(index)))):
        return None
    return _finding(
        Verdict.CONTRADICTED, claim, placebos[0],
        f"the record's placebo was {_name(placebos[0])}, not {named.group()}",
        0.75,
    )  # fmt: skip


def judge_comparator(claim: Comparator, found: list[RecordComparator]) -> Finding:
    meaningful = [f for f in found if f.comparator.kind is not ComparatorKind.OTHER]
    if not found:
        return _finding(Verdict.NOT_IN_SOURCE, claim, None, "the abstract names no comparator", 0.6)
    placebos = [f for f in meaningful if f.placebo]
    actives = [f for f in meaningful if f.comparator.kind is ComparatorKind.DRUG and not f.placebo]
    actives.sort(key=lambda f: f.comparator.drug_name is None)  # named drugs explain best
    kind = claim.kind
    if kind.is_placebo:
        if placebos:
            return _finding(Verdict.SUPPORTED, claim, placebos[0], "compared with placebo", 0.9)
        if actives:
            return _finding(
                Verdict.CONTRADICTED, claim, actives[0],
                f"the record's control is {_name(actives[0])}, which it never calls a placebo",
                0.8,
            )  # fmt: skip
    elif kind is ComparatorKind.DRUG:
        return _judge_drug(claim, placebos, actives)
    else:
        same = [f for f in found if f.comparator.kind is kind]
        if kind is ComparatorKind.OTHER:
            same = [
                f for f in found
                if set(claim.terms) & set(f.comparator.terms)
                and _literal_names(claim.phrase.text) == _literal_names(f.words)
            ]  # fmt: skip
        if same:
            return _finding(
                Verdict.SUPPORTED, claim, same[0], f"compared with {same[0].words}", 0.75
            )
    return _finding(
        Verdict.NOT_IN_SOURCE, claim, None,
        f"the abstract does not compare with {claim.phrase.text}", 0.6,
    )  # fmt: skip


_ROLE_DRUG: Final = re.compile(
    r"\b(?:comparison|comparator|control|other|second)\s+(?:drugs?|medications?|agents?)\b",
    _I,
)


def _judge_drug(
    claim: Comparator, placebos: list[RecordComparator], actives: list[RecordComparator]
) -> Finding:
    everyone = actives + placebos
    if claim.drug_name:
        same = [f for f in everyone if f.comparator.drug_name == claim.drug_name]
        if same:
            return _finding(
                Verdict.SUPPORTED, claim, same[0], f"compared with {claim.drug_name}", 0.9
            )
        named = [f for f in everyone if f.comparator.drug_name]
        if named:
            return _finding(
                Verdict.CONTRADICTED, claim, named[0],
                f"the record's comparator is {_name(named[0])}, not {claim.drug_name}", 0.8,
            )  # fmt: skip
        if placebos and not actives:
            # "compared with midazolam" against "ketamine or saline ... but not placebo": the
            # record's only control is a placebo, so the named drug was not its comparator.
            return _finding(
                Verdict.CONTRADICTED, claim, placebos[0],
                f"the record's comparator is {_name(placebos[0])}, not {claim.drug_name}", 0.75,
            )  # fmt: skip
    elif claim.drug_class:
        same = [f for f in actives if f.comparator.drug_class == claim.drug_class]
        if same:
            return _finding(
                Verdict.SUPPORTED, claim, same[0], f"compared with {_name(same[0])}", 0.85
            )
        known = [f for f in everyone if f.comparator.drug_class or f.placebo]
        if known and not [
            f for f in actives if f.comparator.drug_class is None and f.comparator.drug_name
        ]:
            return _finding(
                Verdict.CONTRADICTED, claim, known[0],
                f"the record's comparator is {_name(known[0])}, not {_article(claim.drug_class)} "
                f"{claim.drug_class}",
                0.85,
            )  # fmt: skip
    else:
        if actives:
            return _finding(
                Verdict.SUPPORTED, claim, actives[0], f"compared with {_name(actives[0])}", 0.75
            )
        drugs = [f for f in placebos if f.comparator.kind is ComparatorKind.ACTIVE_PLACEBO
                 and f.comparator.drug_name]  # fmt: skip
        if drugs and _ROLE_DRUG.search(claim.phrase.text):
            # An active placebo is a drug: "the comparison drug" names midazolam by its role,
            # while "the pharma drug" claims a drug treatment the record never gave.
            return _finding(
                Verdict.SUPPORTED, claim, drugs[0], f"compared with {_name(drugs[0])}", 0.6
            )
        if placebos:
            return _finding(
                Verdict.CONTRADICTED, claim, placebos[0],
                f"the record's comparator is {_name(placebos[0])}, a placebo rather than a drug "
                "treatment",
                0.8,
            )  # fmt: skip
    return _finding(
        Verdict.NOT_IN_SOURCE, claim, None,
        f"the abstract does not say it compared with {claim.phrase.text}", 0.6,
    )  # fmt: skip


def _name(found: RecordComparator) -> str:
    comparator = found.comparator
    if comparator.drug_name:
        label = comparator.drug_name
        if comparator.drug_class:
            label += f" (a {comparator.drug_class})"
        return f"{label}, which it calls an active placebo" if found.placebo else label
    return found.words


def _article(word: str) -> str:
    return "an" if word[:1].lower() in "aeiou" else "a"


def _finding(
    verdict: Verdict,
    claim: Comparator,
    source: RecordComparator | None,
    message: str,
    confidence: float,
) -> Finding:
    evidence = None
    if source is not None:
        sentence = source.sentence
        evidence = Evidence(
            sentence=sentence.text,
            span=sentence.span,
            section=sentence.section,
            matched_terms=[source.words],
        )
    return Finding(
        kind=FindingKind.COMPARATOR,
        verdict=verdict,
        message=message,
        claim_says=claim.phrase.text,
        source_says=quoted(source.words, 80) if source else None,
        evidence=evidence,
        confidence=confidence,
    )


# --- comparisons: which side is ahead ---------------------------------------------------------
#
# "Racemic ketamine inhibited the channels more potently than S-(+)-ketamine" against "the
# channels were more potently inhibited by S-(+)-ketamine than racemic ketamine": the same two
# names on the same scale, the other way round. And against a ranking ("LEmin was the best
# predictor of VMLSS"): a claim that something beat the thing ranked first.

_NAME: Final = re.compile(NAME_TOKEN)
# A token named by its letters and signs ("S-(+)-ketamine", "HCN1"), never by its stem. A
# stereo prefix makes a name of its own: "S-ketamine" and "R-ketamine" are not "ketamine".
_LITERAL: Final = re.compile(r"[()+,]|\d|^(?:[RSDLrsdl]|rac|dl|DL)-(?=[A-Za-z(])")
# A configuration letter fixes the sign of rotation, so "S-(+)-ketamine" is "S-ketamine"; a sign
# alone ("(+)-ketamine", "(-)-ketamine", "(±)-ketamine") is all that tells the forms apart.
_CONFIGURATION: Final = re.compile(r"^\(?(?:\d*[rs],?)+\)?-", re.IGNORECASE)
_ROTATION: Final = (
    (re.compile(r"\(\s*(?:±|\+\s*/\s*[-−])\s*\)"), "rac"),
    (re.compile(r"\(\s*\+\s*\)"), "plus"),
    (re.compile(r"\(\s*[-−–]\s*\)"), "minus"),
)
_COMPARISON_NEGATION: Final = re.compile(r"\b(?:not|no|never|neither|nor)\b|n't", re.IGNORECASE)
_SUPERLATIVE_WORDS: Final = "|".join(w for w in SUPERLATIVE_SCALES if w not in ("most", "least"))
# "LEmin was the best predictor of VMLSS": one thing ranked first (a plural "were the best
# predictors" and "one of the best" rank no single thing).
_RANKED_FIRST: Final = re.compile(
    r"\s+(?:was|is|proved\s+to\s+be|emerged\s+as)\s+(?:by\s+far\s+)?the\s+(?:single\s+)?"
    rf"(?:(?P<sup>{_SUPERLATIVE_WORDS})|(?P<most>most|least)\s+(?P<adj>[\w-]+))\s+(?P<noun>[\w-]+)",
    re.IGNORECASE,
)
# The name just before the verb of a ranking (read backwards from it).
_RANKED_NAME: Final = re.compile(rf"(?:{NAME_TOKEN}\s+){{0,5}}{NAME_TOKEN}$")
_RANKED_REACH: Final = 80
_NOT_A_NAME: Final = frozenset(
    {"in", "of", "the", "a", "an", "this", "that", "these", "those", "at", "on", "for", "with",
     "and", "or", "by", "among", "overall", "however", "thus", "here", "our", "we", "addition",
     "moreover", "also"}
)  # fmt: skip
# What a ranking's first is best at: "(the best predictor) of VMLSS", up to a bracket or comma.
# It is the measure, not one of the things ranked below the first.
_RANKED_MEASURE: Final = re.compile(r"\s+(?:of|for|at|in)\s+[^(),;:]{1,80}", re.IGNORECASE)
_ALONE_AFTER: Final = re.compile(r"\s+(?:alone|by\s+itself|on\s+its\s+own)\b", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class _Words:
    """The words of a stretch of text: name tokens read whole, and the other words' terms."""

    literals: frozenset[str]
    terms: tuple[Term, ...]

    @property
    def empty(self) -> bool:
        return not self.literals and not self.terms


def _words(text: str, start: int, end: int, terms: Sequence[Term]) -> _Words:
    literal_spans = []
    literals = set()
    for match in _NAME.finditer(text, start, end):
        if _LITERAL.search(match.group()):
            literals.add(_squash(match.group()))
            literal_spans.append(match.span())
    inside = [
        t
        for t in terms
        if start <= t.start
        and t.end <= end
        and not t.is_number
        and not any(s <= t.start and t.end <= e for s, e in literal_spans)
    ]
    return _Words(frozenset(literals), tuple(inside))


def _literal_names(text: str) -> frozenset[str]:
    """Names told apart by signs and brackets: "(2R,6R)-HNK" is not "(2S,6S)-HNK"."""
    return frozenset(_squash(m.group()) for m in _NAME.finditer(text) if _LITERAL.search(m.group()))


def _squash(token: str) -> str:
    token = token.lower()
    configured = _CONFIGURATION.match(token) is not None
    for sign, word in _ROTATION:
        token = sign.sub("" if configured and word != "rac" else word, token)
    return re.sub(r"[^0-9a-z]", "", token)


def _strong(term: Term) -> frozenset[str]:
    return frozenset(c for c in term.concepts if not c.startswith("~"))


def _long_form(term: Term) -> frozenset[str]:
    """The long-form stems an abbreviation carries ("LEmin" -> minimum, lactat, equival)."""
    return frozenset(c for c in _strong(term) if c != term.stem and not c.startswith("="))


def _names(name: _Words, region: _Words) -> bool:
    """Does ``region`` name ``name``? Signs and brackets must agree letter for letter; words
    by meaning, and an abbreviation by itself or its whole long form."""
    if name.empty or not name.literals <= region.literals:
        return False
    concepts = frozenset(c for t in region.terms for c in _strong(t))
    for term in name.terms:
        long_form = _long_form(term)
        if term.stem in concepts:
            continue
        if len(long_form) >= 2:
            if not long_form <= concepts:
                return False
        elif not _strong(term) & concepts:
            return False
    return True


def _same_name(first: _Words, second: _Words) -> bool:
    return _names(first, second) and _names(second, first)


@dataclass(frozen=True, slots=True)
class _Stated:
    """A comparison as written: its scale, who is ahead, and the words on each side."""

    scale: str
    ahead: bool
    target: _Words  # after "than"
    leading: _Words  # the clause up to "than": where the side ahead is named
    context: frozenset[str]  # the clause's concepts (roots included), names left out
    text: str


def _stated(text: str, comparison: ComparisonAssertion, terms: Sequence[Term]) -> _Stated | None:
    c_start, c_end = clause_bounds(text, comparison.cue.start)
    leading_text = text[c_start : comparison.target.start]
    if _COMPARISON_NEGATION.search(leading_text):
        return None  # "was not more potent than": a denial, not an order
    target = _words(text, comparison.target.start, comparison.target.end, terms)
    leading = _words(text, c_start, comparison.target.start, terms)
    clause = [t for t in terms if c_start <= t.start and t.end <= c_end and not t.is_number]
    named = {id(t) for t in target.terms}
    context = frozenset(c for t in clause if id(t) not in named for c in t.concepts)
    return _Stated(comparison.scale, comparison.ahead, target, leading, context, text)


def _record_comparisons(index: RecordIndex) -> list[tuple[IndexedSentence, _Stated]]:
    return index.memo("stated-comparisons", lambda: _find_record_comparisons(index))


def _find_record_comparisons(index: RecordIndex) -> list[tuple[IndexedSentence, _Stated]]:
    found = []
    for sentence in index.sentences:
        for comparison in find_comparisons(sentence.text):
            stated = _stated(sentence.text, comparison, sentence.terms)
            if stated is not None:
                found.append((sentence, stated))
    return found


@dataclass(frozen=True, slots=True)
class _Ranking:
    """A ranking, "Y was the best <noun>": Y is ahead of everything else the sentence ranks."""

    sentence: IndexedSentence
    first: _Words
    first_text: str
    scale: str
    ahead: bool
    others: _Words  # the rest of the sentence: the things ranked below
    context: frozenset[str]
    measure: _Words  # what it is best at: "of VMLSS" in "the best predictor of VMLSS"
    measure_at: int = -1  # where the measure starts in the sentence


def _rankings(index: RecordIndex) -> list[_Ranking]:
    return index.memo("rankings", lambda: _find_rankings(index))


def _find_rankings(index: RecordIndex) -> list[_Ranking]:
    return [r for s in index.sentences for r in _rankings_in(s.text, s.terms, s)]


def _rankings_in(
    text: str, terms: Sequence[Term], sentence: IndexedSentence | None = None
) -> list[_Ranking]:
    if sentence is None:
        sentence = IndexedSentence(-1, text, -1, -1, None, tuple(terms), frozenset(), ())
    found = []
    if "the" not in text.lower():
        return found
    for match in _RANKED_FIRST.finditer(text):
        reach = max(0, match.start() - _RANKED_REACH)
        named = _RANKED_NAME.search(text, reach, match.start())
        if named is None:
            continue
        name_end = named.end()
        start = _name_start(text, named.start(), name_end)
        if start is None:
            continue
        if match["sup"]:
            scale, ahead = SUPERLATIVE_SCALES[match["sup"].lower()]
        else:
            _, ahead = SUPERLATIVE_SCALES[match["most"].lower()]
            adjective = terms_of(match["adj"])
            if not adjective:
                continue
            scale = adjective[0].stem
        first = _words(text, start, name_end, terms)
        rest = _words(text, match.end(), len(text), terms)
        first_ids = {id(t) for t in first.terms}
        context = frozenset(c for t in terms if id(t) not in first_ids for c in t.concepts)
        of = _RANKED_MEASURE.match(text, match.end())
        measure = _words(text, match.end(), of.end() if of else match.end(), terms)
        found.append(
            _Ranking(
                sentence,
                first,
                text[start:name_end],
                scale,
                ahead,
                rest,
                context,
                measure,
                match.end(),
            )
        )
    return found


# A claim that puts a thing first with a verb: "X outperformed all the others", "X beat every
# alternative", "X did better than all the rest", "X came out on top": X ranks first on "good".
_VERBAL_FIRST: Final = re.compile(
    r"\s+(?:(?:clearly|consistently|easily)\s+)?(?:(?:outperform|outd|surpass|beat|bett|top)"
    r"[\w-]*|did\s+better\s+than|performed\s+better\s+than|fared\s+better\s+than)\s+"
    r"(?:all|every|each|any)(?:\s+(?:of\s+)?(?:the|its))?\s+(?:\w+\s+)?(?:other|others|rest|"
    r"alternatives?|rivals?|competitors?|candidates?)\b"
    r"|\s+(?:came\s+out\s+on\s+top|ranked\s+(?:first|highest|top))\b",
    re.IGNORECASE,
)


# A denial before a claimed ranking's verb: "X did not outperform all the others", "neither X nor
# Y outperformed all the others", "X failed to beat every alternative". Read back to a clause's
# turn ("; but", "whereas").
_RANK_DENIAL: Final = re.compile(
    r"\b(?:not|never|neither|nor|no|none|failed|fails|fail|unable)\b|n't|\bcannot\b", re.IGNORECASE
)
_CLAUSE_TURN: Final = re.compile(r"[;:]|\b(?:but|whereas|while|although|though)\b", re.IGNORECASE)
# Where a claimed ranking says what it ranks on: "as a predictor of VO2max", "in predicting MLSS".
_CLAIMED_MEASURE: Final = re.compile(
    r"\b(?:as|of|for|at|in|on|when|to)\s+[^(),;:]{1,80}", re.IGNORECASE
)


def _denied_ranking(text: str, verb_start: int) -> bool:
    before = text[max(0, verb_start - _RANKED_REACH) : verb_start]
    turns = list(_CLAUSE_TURN.finditer(before))
    if turns:
        before = before[turns[-1].end() :]
    return _RANK_DENIAL.search(before) is not None


def _verbal_rankings(text: str, terms: Sequence[Term]) -> list[_Ranking]:
    sentence = IndexedSentence(-1, text, -1, -1, None, tuple(terms), frozenset(), ())
    found = []
    for match in _VERBAL_FIRST.finditer(text):
        if _denied_ranking(text, match.start()):
            continue  # "X did not outperform all the others": no ranking claimed
        reach = max(0, match.start() - _RANKED_REACH)
        named = _RANKED_NAME.search(text, reach, match.start())
        start = None if named is None else _name_start(text, named.start(), named.end())
        if named is None or start is None:
            continue
        first = _words(text, start, named.end(), terms)
        first_ids = {id(t) for t in first.terms}
        context = frozenset(c for t in terms if id(t) not in first_ids for c in t.concepts)
        rest = _words(text, match.end(), len(text), terms)
        on = _CLAIMED_MEASURE.search(text, match.end())
        measure = _words(text, on.start(), on.end(), terms) if on else _words(text, 0, 0, terms)
        found.append(
            _Ranking(
                sentence,
                first,
                text[start : named.end()],
                "good",
                True,
                rest,
                context,
                measure,
                on.start() if on else -1,
            )
        )
    return found


def _name_start(text: str, start: int, end: int) -> int | None:
    """Where the ranked name begins: after the last function word before the verb."""
    tokens = list(_NAME.finditer(text, start, end))
    kept = []
    for token in reversed(tokens):
        if token.group().lower() in _NOT_A_NAME:
            break
        kept.append(token)
    return kept[-1].start() if kept else None


def judge_comparisons(assertions: Assertions, index: RecordIndex) -> dict[int, Finding]:
    """Findings on the claim's comparisons, keyed by where each comparison's target starts."""
    if not assertions.comparisons or assertions.negated:
        return {}
    claim_terms = terms_of(assertions.text)
    findings: dict[int, Finding] = {}
    for comparison in assertions.comparisons:
        if _opens_with_figure(comparison.target.text):
            continue  # "more than sevenfold": a bound on a figure, not two things compared
        stated = _stated(assertions.text, comparison, claim_terms)
        if stated is None:
            continue
        finding = _against_comparisons(comparison, stated, index)
        if finding is None:
            finding = _against_rankings(comparison, stated, index)
        if finding is not None:
            findings[comparison.target.start] = finding
    return findings


def _against_comparisons(
    comparison: ComparisonAssertion, claim: _Stated, index: RecordIndex
) -> Finding | None:
    """The same two names compared on the same scale in a record sentence, swapped."""
    if comparison.any_other:
        return None
    for sentence, source in _record_comparisons(index):
        if not _same_scale(source.scale, claim.scale) or not _shares_context(
            claim.context, source.context
        ):
            continue
        if _names(claim.target, source.target) or _names(source.target, claim.target):
            continue  # the same target: the order cannot be told apart
        if not (_names(claim.target, source.leading) and _names(source.target, claim.leading)):
            continue
        said = f"“{quoted(sentence.text)}”"
        if source.ahead == claim.ahead:
            return _comparison_finding(
                Verdict.CONTRADICTED, comparison, sentence,
                f"the claim puts {comparison.target.text} behind, but the abstract says the "
                f"reverse: {said}",
                0.8,
            )  # fmt: skip
        return _comparison_finding(
            Verdict.SUPPORTED, comparison, sentence,
            f"the abstract states the same order the other way round: {said}", 0.8,
        )  # fmt: skip
    return None


# Words for how strongly a thing acts grade one scale: "more potently" and "more strongly".
_STRENGTH_SCALE: Final = frozenset({"strength", "strong", "potent", "potenc", "power", "intens"})


def _same_scale(first: str, second: str) -> bool:
    return first == second or {first, second} <= _STRENGTH_SCALE


def _against_rankings(
    comparison: ComparisonAssertion, claim: _Stated, index: RecordIndex
) -> Finding | None:
    """A ranking ("Y was the best predictor"): "better than any other" is backed when the claim
    puts Y ahead; anything put ahead of Y, or any other thing put ahead of all, contradicts."""
    for ranking in _rankings(index):
        if ranking.scale != claim.scale or ranking.ahead != claim.ahead:
            continue
        if not _shares_context(claim.context - _concepts_of(ranking.first), ranking.context):
            continue
        first_leads = _names(ranking.first, claim.leading)
        if comparison.any_other:
            if first_leads:
                return _comparison_finding(
                    Verdict.SUPPORTED, comparison, ranking.sentence,
                    f"the abstract ranks {ranking.first_text} first: "
                    f"“{quoted(ranking.sentence.text)}”",
                    0.8,
                )  # fmt: skip
            if _names_another(claim.leading, ranking):
                return _ranking_contradiction(comparison, ranking)
            continue
        if _same_name(claim.target, ranking.first):
            alone = _ALONE_AFTER.match(claim.text, comparison.target.end) is not None
            if alone or first_leads or _names_another(claim.leading, ranking):
                return _ranking_contradiction(comparison, ranking)
        elif first_leads and _names(claim.target, ranking.others):
            return _comparison_finding(
                Verdict.SUPPORTED, comparison, ranking.sentence,
                f"the abstract ranks {ranking.first_text} first, ahead of "
                f"{comparison.target.text}: “{quoted(ranking.sentence.text)}”",
                0.8,
            )  # fmt: skip
    return None


def judge_claimed_rankings(text: str, index: RecordIndex) -> list[Finding]:
    """A claim that ranks a thing first ("LEmin+1mM was the best predictor of VMLSS") against
    the record's ranking of the same kind: backed when both put the same thing first,
    contradicted when the record puts first another and ranks the claim's below it."""
    claim_terms = terms_of(text)
    findings = []
    claimed_rankings = [
        r for r in _rankings_in(text, claim_terms)
        if not _denied_ranking(text, _start_of(r.first, len(text)))
    ]  # fmt: skip
    for claimed in [*claimed_rankings, *_verbal_rankings(text, claim_terms)]:
        for ranking in _rankings(index):
            if (ranking.scale, ranking.ahead) != (claimed.scale, claimed.ahead):
                continue
            if not _shares_context(claimed.context - _concepts_of(ranking.first),
                                   ranking.context):  # fmt: skip
                continue
            if not _same_measure(claimed, ranking, index.abbreviations):
                continue  # best at another thing: "as a predictor of VO2max", not of MLSS
            if _same_name(claimed.first, ranking.first):
                verdict, message = Verdict.SUPPORTED, "the abstract ranks it first too"
            elif _names(claimed.first, ranking.others):
                verdict = Verdict.CONTRADICTED
                message = (
                    f"the claim ranks {claimed.first_text} first, but the abstract ranks "
                    f"{ranking.first_text} first"
                )
            else:
                continue
            findings.append(
                Finding(
                    kind=FindingKind.COMPARATOR,
                    verdict=verdict,
                    message=f"{message}: “{quoted(ranking.sentence.text)}”",
                    claim_says=claimed.sentence.text,
                    source_says=quoted(ranking.sentence.text),
                    evidence=sentence_evidence(ranking.sentence),
                    confidence=0.8,
                )
            )
            break
    return findings


def _start_of(words: _Words, default: int) -> int:
    return min((t.start for t in words.terms), default=default)


# Words of a measure that only say it is one ("as a predictor of", "in predicting").
_MEASURE_FRAME: Final = frozenset(
    t.stem
    for t in terms_of(
        "predictor predicting predicts predict prediction marker measure index indicator "
        "estimate estimating determinant determining method test tool"
    )
)


def _same_measure(claimed: _Ranking, ranking: _Ranking, abbreviations: dict[str, str]) -> bool:
    """The claim ranks on what the record ranks on: the words of its measure ("of maximal
    oxygen uptake", up to who was studied) are in the record's measure, or in its sentence when
    that names none; an abbreviation the record defines by its long form ("MLSS" in "VMLSS").
    One word may be missing from a measure of three or more ("running speed at MLSS")."""
    text = claimed.sentence.text
    terms, literals = claimed.measure.terms, claimed.measure.literals
    if terms and claimed.measure_at >= 0:
        cut = _MEASURE_END.search(text, terms[0].end)
        end = cut.start() if cut else len(text)
        terms = tuple(t for t in terms if t.start < end)
        literals = _literal_names(text[claimed.measure_at : end])
    words = [
        t for t in terms
        if len(t.stem) > 2 and not _is_context_word(t) and t.stem not in _MEASURE_FRAME
    ]  # fmt: skip
    if not words and not literals:
        return True
    if ranking.measure.empty:
        scope = ranking.context | _literal_names(ranking.sentence.text)
    else:
        scope = _concepts_of(ranking.measure)
    if not literals <= scope:
        return False
    missing = sum(
        1
        for t in words
        if not (_strong(t) | {c for r in terms_of(t.text, abbreviations) for c in _strong(r)})
        & scope
    )
    return missing == 0 or (missing == 1 and len(words) >= 3)


# Where a claimed measure ends: who or what it was ranked among is not what it predicts.
_MEASURE_END: Final = re.compile(
    r"\b(?:in|among|with|across|within|during|from|compared|versus|than|ahead|over)\b|[(),;]",
    re.IGNORECASE,
)


def _names_another(leading: _Words, ranking: _Ranking) -> bool:
    """The claim's side ahead names something the ranking puts below the first (not the
    measure it ranks on: "the pace at which lactate holds steady" names what LEmin predicts)."""
    first = _concepts_of(ranking.first)
    measure = _concepts_of(ranking.measure)
    if leading.literals & ranking.others.literals - ranking.first.literals - measure:
        return True
    other_concepts = _concepts_of(ranking.others) - first - measure
    return any(
        t.stem in other_concepts and t.stem not in first
        and (len(t.stem) > 2 or (t.text.isupper() and len(t.text) > 1))  # "CK-MB": "CK", "MB"
        and not _is_context_word(t)
        for t in leading.terms
    )  # fmt: skip


def _is_context_word(term: Term) -> bool:
    return term.text.lower() in _NOT_A_NAME


def _concepts_of(words: _Words) -> frozenset[str]:
    return frozenset(c for t in words.terms for c in _strong(t)) | words.literals


def _shares_context(claim: frozenset[str], source: frozenset[str]) -> bool:
    """What is compared must be the same kind of thing: one shared word beyond the names."""
    return bool((claim & source) - _SCALE_WORDS)


_SCALE_WORDS: Final = frozenset(
    t.stem for t in terms_of(" ".join([*COMPARATIVE_SCALES, *SUPERLATIVE_SCALES]))
) | frozenset(c for t in terms_of(" ".join([*COMPARATIVE_SCALES, *SUPERLATIVE_SCALES]))
              for c in t.concepts)  # fmt: skip


def _ranking_contradiction(comparison: ComparisonAssertion, ranking: _Ranking) -> Finding:
    return _comparison_finding(
        Verdict.CONTRADICTED, comparison, ranking.sentence,
        f"the abstract ranks {ranking.first_text} first (“{quoted(ranking.sentence.text)}”), "
        f"so nothing it compares did better",
        0.75,
    )  # fmt: skip


def _comparison_finding(
    verdict: Verdict,
    comparison: ComparisonAssertion,
    sentence: IndexedSentence,
    message: str,
    confidence: float,
) -> Finding:
    return Finding(
        kind=FindingKind.COMPARATOR,
        verdict=verdict,
        message=message,
        claim_says=f"{comparison.cue.text}{comparison.target.text}",
        source_says=quoted(sentence.text),
        evidence=sentence_evidence(sentence),
        confidence=confidence,
    )


# --- restrictions: "in X only" ----------------------------------------------------------------
#
# "In the intact protein only, one of the heme irons exists in two different low spin
# environments": the record limits the statement to X, and names elsewhere what X is set
# against ("in the intact protein and the subunit"). A claim that puts the statement in that
# other thing ("in the flavin-free subunit", "in the subunit as well as the protein") says what
# the record excludes.

_SCOPE: Final = r"(?:the\s+)?(?P<{name}>[\w-]+(?:\s+[\w-]+){{0,3}})"
_RESTRICTION: Final = re.compile(
    r"\b(?:in|for|with|among|on|at)\s+" + _SCOPE.format(name="a") + r"\s+(?:only|alone)\b"
    r"|\b(?:only|exclusively|solely)\s+(?:in|for|with|among|on|at)\s+" + _SCOPE.format(name="b")
    + r"|\b(?:restricted|limited|confined)\s+to\s+" + _SCOPE.format(name="c"),
    re.IGNORECASE,
)  # fmt: skip
_PHRASE_STOP: Final = frozenset(
    {"the", "a", "an", "its", "their", "of", "in", "on", "at", "was", "were", "is", "are",
     "and", "or", "but", "with", "to", "from", "for", "by", "that", "which", "while", "whereas",
     "only", "alone", "as", "than", "both", "also", "not"}
)  # fmt: skip
_SET_AGAINST: Final = r"\s+(?:and|or|versus|vs\.?)\s+(?:in\s+)?(?:the\s+|its\s+|their\s+)?"
_CLAIM_LIMITS: Final = re.compile(r"\b(?:only|solely|exclusively|alone)\b", re.IGNORECASE)
_EXCLUDED_BEFORE: Final = re.compile(
    r"(?:\bnot|\bexcept|\bunlike|\brather\s+than|\binstead\s+of|\bwithout|\bexcluding|\bnor)\b"
    r"[^,;.]{0,25}$",
    re.IGNORECASE,
)
RESTRICTION_COVERAGE: Final = 0.6


@dataclass(frozen=True, slots=True)
class _Restriction:
    sentence: IndexedSentence
    scope: str  # X: "intact protein"
    alternatives: tuple[str, ...]  # what the record sets X against: "subunit"


def _leading_words(text: str) -> str:
    """The noun phrase at the start of ``text``: words up to the first function word."""
    words = []
    for word in text.split():
        bare = word.strip(",;:.()")
        if bare.lower() in _PHRASE_STOP or not bare:
            break
        words.append(bare)
        if bare != word:
            break
    return " ".join(words)


def _restrictions(index: RecordIndex) -> list[_Restriction]:
    return index.memo("restrictions", lambda: _find_restrictions(index))


def _find_restrictions(index: RecordIndex) -> list[_Restriction]:
    found = []
    record_text = f"{index.title} {index.abstract_text}"
    for sentence in index.sentences:
        for match in _RESTRICTION.finditer(sentence.text):
            scope = _leading_words(match["a"] or match["b"] or match["c"])
            if not scope:
                continue
            alternatives = _set_against(record_text, scope)
            if alternatives:
                found.append(_Restriction(sentence, scope, alternatives))
    return found


def _set_against(text: str, scope: str) -> tuple[str, ...]:
    """What the record coordinates with ``scope``: "the intact protein and the subunit"."""
    named = re.escape(scope).replace(r"\ ", r"\s+")
    found: list[str] = []
    for match in re.finditer(rf"\b{named}{_SET_AGAINST}(?P<y>[^.;]{{1,60}})", text, re.I):
        found.append(_leading_words(match["y"]))
    for match in re.finditer(rf"(?P<y>(?:[\w-]+\s+){{1,4}}?)(?:and|or|versus)\s+(?:in\s+)?"
                             rf"(?:the\s+)?{named}\b", text, re.I):  # fmt: skip
        words = match["y"].split()
        kept = []
        for word in reversed(words):
            if word.lower() in _PHRASE_STOP:
                break
            kept.insert(0, word)
        found.append(" ".join(kept))
    scope_stems = {t.stem for t in terms_of(scope)}
    return tuple(
        dict.fromkeys(y for y in found if y and not {t.stem for t in terms_of(y)} & scope_stems)
    )


def judge_restrictions(assertions: Assertions, index: RecordIndex) -> list[Finding]:
    """A claim that puts a statement the record limits to X in what the record sets against X."""
    if assertions.negated:
        return []
    restrictions = _restrictions(index)
    if not restrictions:
        return []
    text = assertions.text
    claim_terms = terms_of(text)
    limits = _CLAIM_LIMITS.search(text) is not None
    for restriction in restrictions:
        scope_stems = {t.stem for t in terms_of(restriction.scope)}
        scope_words = [t for t in claim_terms if t.stem in scope_stems]
        if limits and scope_words:
            continue  # "only in the intact protein": the claim keeps the record's own limit
        # "the intact flavocytochrome": the claim's name for the scope is not the statement
        scope_spans = [_noun_phrase_end(text, t) for t in scope_words]
        for alternative in restriction.alternatives:
            head = terms_of(alternative)[-1:]
            placed = [
                t for t in claim_terms
                if head and _strong(t) & _strong(head[0])
                and not _EXCLUDED_BEFORE.search(text[max(0, t.start - 40) : t.start])
            ]  # fmt: skip
            if not placed:
                continue
            spans = [_noun_phrase_span(text, t) for t in placed] + scope_spans
            statement = [
                t for t in assertions.key_terms
                if t.stem not in scope_stems
                and t.text.lower() not in _PHRASE_STOP
                and not any(s <= t.start and t.end <= e for s, e in spans)
            ]  # fmt: skip
            hits = retrieve(index, statement)
            best = max((h.coverage for h in hits), default=0.0)
            restricted = next(
                (h for h in hits if h.sentence.position == restriction.sentence.position), None
            )
            # The restricted sentence must say the statement at least as fully as any other.
            if (
                len(statement) >= MIN_RESTRICTED_TERMS
                and restricted is not None
                and restricted.coverage >= max(best, RESTRICTION_COVERAGE)
            ):
                return [
                    Finding(
                        kind=FindingKind.COMPARATOR,
                        verdict=Verdict.CONTRADICTED,
                        message=f"the abstract says this holds in the {restriction.scope} only, "
                        f"but the claim puts it in the {alternative}",
                        claim_says=text[spans[0][0] : spans[0][1]],
                        source_says=quoted(restriction.sentence.text),
                        evidence=sentence_evidence(
                            restriction.sentence, restricted.words, extra=[restriction.scope]
                        ),
                        confidence=0.75,
                    )
                ]
    return []


MIN_RESTRICTED_TERMS: Final = 3


def _noun_phrase_end(text: str, modifier: Term) -> tuple[int, int]:
    """A modifier with the words after it up to its noun ("intact flavocytochrome")."""
    end = modifier.end
    for word in list(re.finditer(r"[\w-]+", text[modifier.end :]))[:3]:
        gap = text[modifier.end : modifier.end + word.start()]
        if word.group().lower() in _PHRASE_STOP or any(c in gap for c in ",;:()"):
            break
        end = modifier.end + word.end()
    return modifier.start, end


def _noun_phrase_span(text: str, head: Term) -> tuple[int, int]:
    """The head word with the modifiers just before it ("diheme flavin-free subunit")."""
    start = head.start
    for word in reversed(list(re.finditer(r"[\w-]+", text[: head.start]))[-4:]):
        if word.group().lower() in _PHRASE_STOP or text[word.end() : start].strip():
            break
        start = word.start()
    return start, head.end


# --- a difference between arms against a record that found the arms alike ---------------------

# "fell more after ketamine than after midazolam", "higher with drug A than with drug B": one arm
# set against another (not against baseline or an earlier time).
_ARM_DIFFERENCE: Final = re.compile(
    r"\b(?:more|less|fewer|greater|larger|smaller|higher|lower|faster|slower|better|worse|"
    r"stronger|weaker)\b(?:\s+[\w-]+){0,3}?\s+than\s+(?:after|with|on|in|for|under|among|"
    r"those\s+(?:given|on|receiving))?\s*(?:the\s+)?(?P<arm>[\w-]+)",
    _I,
)
_NOT_AN_ARM: Final = frozenset(
    {"baseline", "before", "beforehand", "pre", "pretreatment", "prior", "earlier", "usual",
     "expected", "normal", "previously", "that", "those", "in", "at"}
)  # fmt: skip
# The record's words for arms that came out alike.
_ARMS_ALIKE: Final = re.compile(
    r"\bsimilar\s+(?:for|in|across|between|among)\s+(?:all|both|the\s+two|the)\s+"
    r"(?:treatments|groups|arms|conditions|interventions|drugs)\b"
    r"|\bdid\s+not\s+differ\s+(?:significantly\s+)?(?:between|among|across)\b"
    r"|\bno\s+(?:statistically\s+)?(?:significant\s+)?differences?\s+(?:was\s+|were\s+)?"
    r"(?:found\s+|observed\s+|seen\s+)?(?:between|among|across)\s+(?:the\s+)?"
    r"(?:treatments|groups|arms|conditions|interventions)\b",
    _I,
)
_ALIKE_COVERAGE: Final = 0.6


def judge_equal_arms(assertions: Assertions, index: RecordIndex) -> list[Finding]:
    """A claim that one arm changed more than another, against the sentence about that measure
    saying the arms were alike ("declined over time and were similar for all treatments"):
    CONTRADICTED."""
    if assertions.negated or _COMPARISON_NEGATION.search(assertions.text):
        return []
    difference = _ARM_DIFFERENCE.search(assertions.text)
    if difference is None or difference["arm"].lower() in _NOT_AN_ARM:
        return []
    arm_stems = {t.stem for t in terms_of(difference["arm"])}
    measure = [t for t in assertions.key_terms if t.stem not in arm_stems]
    for hit in retrieve(index, measure)[:2]:
        alike = _ARMS_ALIKE.search(hit.sentence.text)
        if alike is None or hit.coverage < _ALIKE_COVERAGE:
            continue
        return [
            Finding(
                kind=FindingKind.COMPARATOR,
                verdict=Verdict.CONTRADICTED,
                message=f"the claim says '{difference.group()}', but the abstract found the arms "
                f"alike ('{alike.group()}')",
                claim_says=difference.group(),
                source_says=hit.sentence.text,
                evidence=sentence_evidence(hit.sentence, hit.words, [alike.group()]),
                confidence=0.75,
            )
        ]
    return []
