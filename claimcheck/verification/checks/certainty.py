"""Certainty: a claim must not be surer than its source.

Levels: hedged ("may", "suggests", "early research"), asserted (a plain statement, "shown",
"found", "documented") and strong ("proven", "established", "well-documented").

- Strong claim, and the sentence that says the same thing hedges it ("has been suggested to be
  a promising approach") -> CONTRADICTED: overstated certainty. The sentence must be about the
  claim (``SAME_POINT`` coverage, every claim word present somewhere in the record); a hedge
  about something nearby is not enough.
- Strong claim, the source states it plainly without calling it demonstrated -> NOT_IN_SOURCE
  (the record does not establish it to that degree); with "demonstrated", "shown",
  "established" -> SUPPORTED.
- Asserted claim with an explicit cue ("has shown") whose every relevant sentence hedges ->
  NOT_IN_SOURCE: the record only suggests it.
- Strong claim, and the sentence that says the same thing calls the point open ("is unclear",
  "remains to be determined") -> CONTRADICTED: overstated certainty.
- Hedged claims are never overstated.
Overstated certainty is CONTRADICTED (not NOT_IN_SOURCE) because the source speaks to the
strength of the evidence and says something incompatible with "proven".
"""

from __future__ import annotations

import re
from typing import Final

from claimcheck.pubmed.model import PubMedRecord
from claimcheck.report.model import Finding, FindingKind, Verdict
from claimcheck.verification import lexicon as lx
from claimcheck.verification.assertions import Assertions, Certainty, certainty_of, hedge_in
from claimcheck.verification.checks.common import (
    GENERIC_STEMS,
    Hit,
    absent_word_factor,
    in_record,
    quoted,
    retrieve,
    sentence_evidence,
)
from claimcheck.verification.index import RecordIndex, Term

RELEVANT: Final = 0.45
SAME_POINT: Final = 0.65
REWORDED_POINT: Final = 0.55
CONCLUSION_COVERAGE: Final = 0.5


def check_certainty(
    assertions: Assertions, record: PubMedRecord, index: RecordIndex
) -> list[Finding]:
    claim = assertions.certainty
    if claim.level is Certainty.HEDGED or claim.phrase is None or not assertions.key_terms:
        return []
    hits = [h for h in retrieve(index, assertions.key_terms) if h.coverage >= RELEVANT]
    if not hits:
        return []
    words = claim.phrase.text
    if claim.level is Certainty.STRONG:
        top = max(hits, key=lambda h: (h.coverage, h.score, -h.sentence.position))
        hedged = certainty_of(top.sentence.text) is Certainty.HEDGED
        if hedged and _about_point(assertions, index, top):
            cue = hedge_in(top.sentence.text)
            return [_finding(Verdict.CONTRADICTED, words, top,
                             f"overstated certainty: the claim says '{words}', the abstract only "
                             f"says '{cue.group() if cue else 'may'}'", 0.75)]  # fmt: skip
        unsettled = _UNSETTLED.search(top.sentence.text)
        if unsettled and _about_point(assertions, index, top) and not assertions.negated:
            return [_finding(Verdict.CONTRADICTED, words, top,
                             f"overstated certainty: the claim says '{words}', the abstract "
                             f"says it is '{unsettled.group()}'", 0.75)]  # fmt: skip
        open_long_term = _open_long_term(assertions, index, hits)
        if open_long_term is not None:
            hit, said = open_long_term
            return [_finding(Verdict.CONTRADICTED, words, hit,
                             f"overstated certainty: the claim says '{words}' of a lasting "
                             f"effect, the abstract says the long-term effect is '{said}'",
                             0.7)]  # fmt: skip
        concluding = _hedged_conclusion(assertions, index, hits)
        if concluding is not None:
            cue = hedge_in(concluding.sentence.text)
            return [_finding(Verdict.CONTRADICTED, words, concluding,
                             f"overstated certainty: the claim says '{words}', the authors' "
                             f"conclusion only says '{cue.group() if cue else 'may'}'",
                             0.7)]  # fmt: skip
        if not hedged and _demonstrative(top.sentence.text):
            return [_finding(Verdict.SUPPORTED, words, top, "the abstract states it as shown", 0.7)]
        return [_finding(Verdict.NOT_IN_SOURCE, words, top,
                         f"the abstract does not establish it as '{words}'", 0.55)]  # fmt: skip
    if all(certainty_of(h.sentence.text) is Certainty.HEDGED for h in hits):
        top = hits[0]
        cue = hedge_in(top.sentence.text)
        return [_finding(Verdict.NOT_IN_SOURCE, words, top,
                         f"the claim says '{words}', but the abstract only says "
                         f"'{cue.group() if cue else 'may'}'", 0.6)]  # fmt: skip
    return []


def _about_point(assertions: Assertions, index: RecordIndex, hit: Hit) -> bool:
    """The sentence is about the claim's point: ``SAME_POINT`` coverage, and every specific
    claim word (not everyday wording such as "said") is in the record. A little less coverage
    will do when every claim word the sentence lacks is rewording: an everyday word the record
    never uses, or an overstatement of the sentence's own word ("a cure" for "to treat")."""
    specific = _specific(assertions)
    if not all(in_record(index, t) or _milder_in(t, hit) for t in specific):
        return False
    if hit.coverage >= SAME_POINT:
        return True
    if hit.coverage < REWORDED_POINT:
        return False
    missing = [t for t in assertions.key_terms if not t.concepts & hit.sentence.concepts]
    return all(
        _milder_in(t, hit) or (t not in specific and not in_record(index, t)) for t in missing
    )


# Words that overstate a milder one: calling a treatment "a cure".
_OVERSTATES: Final = ((re.compile(r"cur(?:e[sd]?|ing|ative)", re.I),
                       re.compile(r"\b(?:treat\w*|therap\w*|remed\w*)", re.I)),)  # fmt: skip


def _milder_in(term: Term, hit: Hit) -> bool:
    """Whether the claim word overstates a word of the sentence ("cure" against "treat")."""
    return any(
        strong.fullmatch(term.text) and mild.search(hit.sentence.text)
        for strong, mild in _OVERSTATES
    )


def _specific(assertions: Assertions) -> list[Term]:
    """The claim words a paraphrase would not swap: rare words, not everyday English ("damage",
    "drives", "cause"), which a writer uses to reword what the record says. A word that narrows
    the point ("short-term", "in children") is never rewording: a hedge about long-term safety
    says nothing of short-term safety."""
    return [
        t for t in assertions.key_terms
        if t.stem not in GENERIC_STEMS
        and (absent_word_factor(t.text) >= 1.0 or _SCOPE.fullmatch(t.text))
    ]  # fmt: skip


_SCOPE: Final = re.compile(
    r"(?:short|long|medium|near)[\s-]?term|acute(?:ly)?|chronic(?:ally)?|single|repeated|"
    r"first|initial|lasting|permanent|transient|brief|sustained|children|adolescents|elderly|"
    r"infants|p(?:a)?ediatric|adults?|women|men|mice|rats|animals|humans",
    re.IGNORECASE,
)


# The source says the point is open: a claim calling it proven or established contradicts it.
_UNSETTLED: Final = re.compile(
    r"\b(?:(?:is|are|was|were|remains?|remained)\s+(?:still\s+|largely\s+|currently\s+)?"
    r"(?:unclear|unknown|uncertain|unresolved|controversial|debated|poorly\s+understood|"
    r"not\s+(?:yet\s+)?(?:known|clear|established|understood))"
    r"|remains?\s+to\s+be\s+(?:determined|established|elucidated|clarified|shown))\b",
    re.IGNORECASE,
)


# The authors' own conclusion: "These results suggest ...", "We conclude that ...".
_CONCLUSION_SENTENCE: Final = re.compile(
    r"^\s*(?:(?:these|our|the)\s+(?:results|findings|data|observations)|we\s+conclude|"
    r"in\s+conclusion|taken\s+together|overall)\b",
    re.IGNORECASE,
)


# A claim of an effect that lasts, and a source calling the long-term effect open.
_LASTING_CLAIM: Final = re.compile(
    r"\b(?:lasting|long[\s-]?(?:term|lasting)|durable|durably|sustained|enduring|permanent(?:ly)?"
    r"|months|years|for\s+good|over\s+the\s+long\s+(?:run|haul))\b",
    re.IGNORECASE,
)
_LONG_TERM_SOURCE: Final = re.compile(
    r"\b(?:long[\s-]?term|durability|durable|lasting|persistence|sustained)\b", re.IGNORECASE
)


def _open_long_term(
    assertions: Assertions, index: RecordIndex, hits: list[Hit]
) -> tuple[Hit, str] | None:
    """A claim that calls a lasting effect proven ("proven months of relief") against a sentence
    about the same thing that calls its long-term effect open ("the long-term impact remains
    uncertain"). The sentence must name what the claim is about (``RELEVANT`` coverage, every
    specific claim word in the record) and tie the open question to the long term."""
    if assertions.negated or not _LASTING_CLAIM.search(assertions.text):
        return None
    if not all(in_record(index, t) for t in _specific(assertions)):
        return None
    for hit in hits:
        text = hit.sentence.text
        unsettled = _UNSETTLED.search(text)
        if unsettled is None:
            continue
        long_term = _LONG_TERM_SOURCE.search(text)
        if long_term is not None and abs(long_term.start() - unsettled.start()) <= 40:
            return hit, unsettled.group()
    return None


def _hedged_conclusion(assertions: Assertions, index: RecordIndex, hits: list[Hit]) -> Hit | None:
    """A sentence about the claim's point in which the authors conclude with a hedge ("These
    results suggest a potential role"): a claim calling the point proven contradicts their own
    reading. Every specific word of the claim must be in the record (a hedge about long-term
    safety says nothing of a claim about short-term safety)."""
    if not all(in_record(index, t) for t in _specific(assertions)):
        return None
    for hit in hits:
        if hit.coverage < CONCLUSION_COVERAGE:
            continue
        section = (hit.sentence.section or "").lower()
        concluding = section.startswith("conclusion") or _CONCLUSION_SENTENCE.match(
            hit.sentence.text
        )
        if concluding and hedge_in(hit.sentence.text) is not None:
            if _stated_plainly_elsewhere(assertions, hit, hits):
                continue
            return hit
    return None


def _stated_plainly_elsewhere(assertions: Assertions, hedged: Hit, hits: list[Hit]) -> bool:
    """Whether the claim words a hedged conclusion lacks are all in one plain sentence about
    the claim: "may be a therapeutic alternative" hedges another point than "was safe and well
    tolerated", which the record states without a hedge."""
    missing = [t for t in assertions.key_terms if not t.concepts & hedged.sentence.concepts]
    if not missing:
        return False
    return any(
        hit is not hedged
        and certainty_of(hit.sentence.text) is not Certainty.HEDGED
        and all(t.concepts & hit.sentence.concepts for t in missing)
        for hit in hits
    )


def _demonstrative(text: str) -> bool:
    return bool(lx.STRONG_CERTAINTY.search(text) or lx.ASSERTIVE_CERTAINTY.search(text))


def _finding(verdict: Verdict, words: str, hit: Hit, message: str, confidence: float) -> Finding:
    return Finding(
        kind=FindingKind.CERTAINTY,
        verdict=verdict,
        message=message,
        claim_says=words,
        source_says=quoted(hit.sentence.text),
        evidence=sentence_evidence(hit.sentence, hit.words),
        confidence=confidence,
    )
