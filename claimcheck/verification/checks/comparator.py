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
  active treatment; CONTRADICTED when its only comparator is a placebo (an active placebo is
  given as a placebo, not as a treatment).
- usual care, no treatment, baseline, anything else: SUPPORTED when the record has the same;
  otherwise NOT_IN_SOURCE.
A record that names no comparator at all gives NOT_IN_SOURCE.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final

from claimcheck.pubmed.model import PubMedRecord
from claimcheck.report.model import Evidence, Finding, FindingKind, Verdict
from claimcheck.verification import lexicon as lx
from claimcheck.verification.assertions import (
    COMPARATOR_PATTERNS,
    Assertions,
    Comparator,
    ComparatorKind,
    Phrase,
    classify_comparator,
)
from claimcheck.verification.checks.common import quoted
from claimcheck.verification.index import IndexedSentence, RecordIndex

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
    if not assertions.comparators:
        return []
    found = record_comparators(index)
    findings = []
    for claim in assertions.comparators:
        swapped = _inert_for_active_placebo(claim, found, index)
        findings.append(swapped if swapped is not None else judge_comparator(claim, found))
    return findings


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
            same = [f for f in found if set(claim.terms) & set(f.comparator.terms)]
        if same:
            return _finding(
                Verdict.SUPPORTED, claim, same[0], f"compared with {same[0].words}", 0.75
            )
    return _finding(
        Verdict.NOT_IN_SOURCE, claim, None,
        f"the abstract does not compare with {claim.phrase.text}", 0.6,
    )  # fmt: skip


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
