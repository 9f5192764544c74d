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
- A claim that says a point was shown, found or proved, where the only sentence about it is
  the record's supposition ("It is hypothesized that ...", "has been suggested to be"):
  CONTRADICTED, the claim turns a hypothesis into a result.
- An emphatic claim ("definitely", "beyond doubt") is as strong as "proven"; a strong claim
  against the authors' hedged conclusion is overstated even when it rewords the point. A plain
  "found" against the usual "our results suggest" of a conclusion is the ordinary way to report
  a finding and is not objected to.
Overstated certainty is CONTRADICTED (not NOT_IN_SOURCE) because the source speaks to the
strength of the evidence and says something incompatible with "proven".
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import pairwise
from typing import Final

from claimcheck.pubmed.model import PubMedRecord
from claimcheck.report.model import Finding, FindingKind, Verdict
from claimcheck.verification import lexicon as lx
from claimcheck.verification.assertions import (
    Assertions,
    Certainty,
    CertaintyAssertion,
    Phrase,
    certainty_of,
    hedge_in,
)
from claimcheck.verification.checks.common import (
    GENERIC_STEMS,
    Hit,
    absent_word_factor,
    in_record,
    quoted,
    retrieve,
    sentence_evidence,
)
from claimcheck.verification.index import RecordIndex, Term, terms_of

RELEVANT: Final = 0.45
SAME_POINT: Final = 0.65
REWORDED_POINT: Final = 0.55
CONCLUSION_COVERAGE: Final = 0.5


def check_certainty(
    assertions: Assertions, record: PubMedRecord, index: RecordIndex
) -> list[Finding]:
    denied = _no_evidence_against_suggested(assertions.text, index)
    if denied is not None:
        return [denied]
    claim = _emphatic(assertions)
    if claim.level is not Certainty.HEDGED and assertions.key_terms:
        known = _known_against_open(assertions, index)
        if known is not None:
            return [known]
    if claim.level is Certainty.HEDGED or claim.phrase is None or not assertions.key_terms:
        return []
    hits = [h for h in retrieve(index, assertions.key_terms) if h.coverage >= RELEVANT]
    words = claim.phrase.text
    if not hits:
        # the attribution ("Study X: shows conclusively that ...") may hide the point's sentence
        point = _hedged_proposition(assertions, index, claim.phrase)
        if claim.level is Certainty.STRONG and point is not None:
            return [_overstated_conclusion(words, point)]
        return []
    supposed = _shown_against_supposed(assertions, index, hits)
    if supposed is not None:
        return [_finding(Verdict.CONTRADICTED, words, supposed,
                         f"overstated certainty: the claim says '{words}', the abstract only "
                         f"says '{_supposition(supposed.sentence.text)}'", 0.7)]  # fmt: skip
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
        concluding = _hedged_conclusion(assertions, index, hits) or _hedged_proposition(
            assertions, index, claim.phrase
        )
        if concluding is not None:
            return [_overstated_conclusion(words, concluding)]
        if not hedged and _demonstrative(top.sentence.text):
            return [_finding(Verdict.SUPPORTED, words, top, "the abstract states it as shown", 0.7)]
        return [_finding(Verdict.NOT_IN_SOURCE, words, top,
                         f"the abstract does not establish it as '{words}'", 0.55)]  # fmt: skip
    if all(certainty_of(h.sentence.text) is Certainty.HEDGED for h in hits):
        top = hits[0]
        if _PLAIN_FINDING.fullmatch(words) and _concluding(top):
            return []  # "found" is how a writer reports the authors' "our results suggest"
        cue = hedge_in(top.sentence.text)
        return [_finding(Verdict.NOT_IN_SOURCE, words, top,
                         f"the claim says '{words}', but the abstract only says "
                         f"'{cue.group() if cue else 'may'}'", 0.6)]  # fmt: skip
    return []


# "scientists now know how X causes Y", "it is clear why": the claim says a question is answered.
_KNOWS_HOW: Final = re.compile(
    r"\b(?:(?:now|already|finally)\s+)?(?:know|knows|understand|understands)\s+"
    r"(?:exactly\s+|precisely\s+)?(?:how|why|what|which)\b"
    r"|\b(?:is|are|has\s+been|have\s+been)\s+(?:now\s+)?(?:known|clear|established|understood|"
    r"explained)\s+(?:how|why|what|which)\b",
    re.IGNORECASE,
)
_OPEN: Final = "an open question"


def _known_against_open(assertions: Assertions, index: RecordIndex) -> Finding | None:
    """A claim that a question is answered ("we now know how the disruption causes the
    illness"), against the sentence about it calling that very point open ("the mechanisms by
    which it contributes to the syndrome are unclear"): CONTRADICTED. The open clause must hold
    a word of what the claim says is known."""
    cue = _KNOWS_HOW.search(assertions.text)
    if cue is None or assertions.negated:
        return None
    answered = [
        t for t in assertions.key_terms if t.start >= cue.end() and t.stem not in GENERIC_STEMS
    ]
    if not answered:
        return None
    hits = [h for h in retrieve(index, assertions.key_terms) if h.coverage >= RELEVANT]
    for hit in hits[:3]:
        text = hit.sentence.text
        for start, end, kind in no_result_clauses(text):
            if kind != _OPEN:
                continue
            inside = [t for t in answered if _said_within(hit, t, start, end)]
            if inside:
                words = cue.group()
                return _finding(
                    Verdict.CONTRADICTED,
                    words,
                    hit,
                    f"overstated certainty: the claim says '{words}', but the abstract calls "
                    f"it open: \u201c{quoted(text[start:end].strip(' ;,'), 140)}\u201d",
                    0.7,
                )
    return None


# Emphatic words that make a plain claim as strong as "proven" ("definitely damages").
_EMPHATIC: Final = re.compile(
    r"(?<!\bnot\s)\b(?:definitely|conclusively|unequivocally|undeniably|indisputably|irrefutably|"
    r"categorically|beyond\s+(?:any\s+|all\s+|reasonable\s+)?doubt|once\s+and\s+for\s+all|"
    r"settl(?:e|es|ed|ing)\s+(?:the|a|this|that)\s+(?:question|debate|matter))\b",
    re.IGNORECASE,
)
# How a writer plainly reports a finding; unlike "proved" it claims no more than the authors'
# own "our results suggest".
_PLAIN_FINDING: Final = re.compile(
    r"found|finds?|report(?:s|ed)?|noted|observed|conclude[sd]?", re.IGNORECASE
)
# A claim that the point was shown: "showed", "found", "demonstrated", "proved", "confirmed".
_SHOWN: Final = re.compile(
    r"\b(?:show(?:s|n|ed)|found|finds?|demonstrat(?:e|es|ed)|reveal(?:s|ed)|prov(?:e|es|ed|en)|"
    r"establish(?:es|ed)|confirm(?:s|ed)|discover(?:s|ed)|documented)\b",
    re.IGNORECASE,
)
# The record puts the point forward without showing it: a hypothesis, or "has been suggested to
# be", "it has been proposed that" (not a method "is proposed", which describes what was done).
_PROPOSED: Final = re.compile(
    r"\b(?:has|have|had)\s+been\s+(?:\w+ly\s+)?(?:suggested|proposed)\s+(?:to|that|as)\b"
    r"|\bit\s+(?:is|was)\s+(?:\w+ly\s+)?(?:suggested|proposed)\s+that\b",
    re.IGNORECASE,
)


def _emphatic(assertions: Assertions) -> CertaintyAssertion:
    """The claim's certainty, raised to strong by an emphatic word the general reading leaves
    at a plain statement ("the authors concluded that X definitely damages Y")."""
    claim = assertions.certainty
    if claim.level is not Certainty.ASSERTED or assertions.negated:
        return claim
    emphatic = _EMPHATIC.search(assertions.text)
    if emphatic is None:
        return claim
    return CertaintyAssertion(
        Certainty.STRONG, Phrase(emphatic.group(), emphatic.start(), emphatic.end())
    )


# The sentence supposes its point, as a clause: "It is hypothesized that X", "X is believed to".
# A sentence that only names hypotheses ("here we review hypotheses for ...") supposes nothing.
_SUPPOSES: Final = re.compile(
    r"\b(?:hypothesi[sz](?:e|ed|es)|speculat(?:e|es|ed)|postulat(?:e|es|ed)|theori[sz](?:e|es|ed))"
    r"\s+that\b"
    r"|\bit\s+(?:is|was|has\s+been)\s+(?:\w+ly\s+)?(?:hypothesi[sz]ed|speculated|postulated|"
    r"believed|thought|presumed|assumed)\s+that\b"
    r"|\b(?:is|are|was|were)\s+(?:widely\s+|generally\s+|commonly\s+|often\s+)?(?:hypothesi[sz]ed|"
    r"believed|thought|presumed|assumed|postulated)\s+to\b"
    r"|\bthe\s+hypothesis\s+that\b",
    re.IGNORECASE,
)


def _supposition(text: str) -> str:
    """The words by which a sentence supposes its point ("It is hypothesized that")."""
    found = _SUPPOSES.search(text) or _PROPOSED.search(text)
    return found.group() if found else "may"


def _supposed(text: str) -> bool:
    if _UPHELD.search(text):
        return False  # "these results support the hypothesis that": a result
    return bool(_SUPPOSES.search(text) or _PROPOSED.search(text))


def _shown_against_supposed(
    assertions: Assertions, index: RecordIndex, hits: list[Hit]
) -> Hit | None:
    """A claim that the point was shown ("the review showed that X") whose best sentence only
    supposes it ("It is hypothesized that X") and no plain sentence says it as well. The claim
    must not itself speak of a supposition ("the review's theory"), and the sentence must be
    about the claim's point."""
    text = assertions.text
    if assertions.negated or not _SHOWN.search(text) or _CLAIM_OF_NO_RESULT.search(text):
        return None
    top = max(hits, key=lambda h: (h.coverage, h.score, -h.sentence.position))
    if top.coverage < SAME_POINT or not _supposed(top.sentence.text):
        return None
    if not _about_point(assertions, index, top):
        return None
    plain = any(
        hit is not top
        and hit.coverage >= top.coverage - 0.15
        and not _supposed(hit.sentence.text)
        and no_result(hit.sentence.text) is None
        for hit in hits
    )
    return None if plain else top


def _concluding(hit: Hit) -> bool:
    """The authors' own conclusion: a conclusions section or "Our results suggest ..."."""
    section = (hit.sentence.section or "").lower()
    return section.startswith("conclusion") or bool(_CONCLUSION_SENTENCE.match(hit.sentence.text))


def _said_within(hit: Hit, term: Term, start: int, end: int) -> bool:
    return any(w.concepts & term.concepts and start <= w.start < end for w in hit.sentence.terms)


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
    # "lasting" is how the claim names the long term the source speaks of
    if not all(
        in_record(index, t) or _LASTING_CLAIM.fullmatch(t.text) for t in _specific(assertions)
    ):
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
    absent = [t for t in _specific(assertions) if not in_record(index, t)]
    if any(_SCOPE.fullmatch(t.text) for t in absent):
        return None
    for hit in hits:
        # a claim word the record never uses is rewording only if the sentence is clearly
        # about the same point ("this farmworker study proved" against "Our results suggest")
        if hit.coverage < (SAME_POINT if absent else CONCLUSION_COVERAGE):
            continue
        if _concluding(hit) and hedge_in(hit.sentence.text) is not None:
            if _stated_plainly_elsewhere(assertions, hit, hits):
                continue
            return hit
    return None


# "shows conclusively that X", "Study name: proves X": the words after the cue are the point.
_THAT_AFTER: Final = re.compile(r"\s+(?:[\w-]+\s+){0,2}?that\b", re.IGNORECASE)
# "X, a Harvard study has proved": the attribution trails the point.
_TRAILING_SOURCE: Final = re.compile(
    r",\s*(?:[\w'-]+\s+){0,8}?(?:prov|show|establish|confirm|demonstrat)\w*\W*$", re.IGNORECASE
)
_MIN_POINT_WORDS: Final = 3


def _proposition(assertions: Assertions, phrase: Phrase) -> list[Term]:
    """The claim words that state its point, without the attribution around the certainty cue
    ("Agricultural Health Study substudy: shows conclusively that ..."); empty when the claim
    has no such attribution to set apart."""
    text = assertions.text
    that = _THAT_AFTER.match(text, phrase.end)
    if that is not None:
        start = that.end()
    elif text.rfind(":", 0, phrase.start) >= 0:
        start = max(text.rfind(":", 0, phrase.start), phrase.end)
    else:
        trailing = _TRAILING_SOURCE.search(text)
        if trailing is None:
            return []
        return [t for t in assertions.key_terms if t.end <= trailing.start()]
    return [t for t in assertions.key_terms if t.start >= start]


def _hedged_proposition(
    assertions: Assertions, index: RecordIndex, phrase: Phrase | None
) -> Hit | None:
    """A strong claim whose point, told apart from its attribution, is what the authors' hedged
    conclusion says ("Study X: shows conclusively that A, B and C disrupt the thyroid" against
    "Our results suggest that exposure to A, B and C may alter thyroid function"). Every
    specific word of the point must be in that sentence, and at most one plainer word of it
    (a verb the record words differently) may be missing; a plain sentence saying the same point
    lets the claim be."""
    if phrase is None or assertions.negated:
        return None
    point = _proposition(assertions, phrase)
    if len(point) < _MIN_POINT_WORDS:
        return None
    specific = {id(t) for t in _specific(assertions)}
    for hit in retrieve(index, point):
        if not (_concluding(hit) and hedge_in(hit.sentence.text) is not None):
            continue
        missing = [t for t in point if not t.concepts & hit.sentence.concepts]
        if len(missing) > 1 or any(id(t) in specific or _SCOPE.fullmatch(t.text) for t in missing):
            continue
        if (len(point) - len(missing)) / len(point) < SAME_POINT:
            continue
        if any(
            other.sentence is not hit.sentence
            and certainty_of(other.sentence.text) is not Certainty.HEDGED
            and all(t.concepts & other.sentence.concepts for t in point)
            for other in retrieve(index, point)
        ):
            return None
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


def _overstated_conclusion(words: str, concluding: Hit) -> Finding:
    cue = hedge_in(concluding.sentence.text)
    return _finding(Verdict.CONTRADICTED, words, concluding,
                    f"overstated certainty: the claim says '{words}', the authors' "
                    f"conclusion only says '{cue.group() if cue else 'may'}'", 0.7)  # fmt: skip


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


# --- sentences that state no result --------------------------------------------------------------

# What a study set out to do, supposed, left open, recommended or surveyed is not what it found:
# "we sought to evaluate the effect on anxiety", "we hypothesized that X could predict Y", "the
# effect of X on Y is unclear", "we recommend trials to assess long-term safety", "here we review
# hypotheses for the mechanism". Such a sentence names the point without saying how it came out.
AIM: Final = "an aim"
_NO_RESULT_KINDS: Final = (
    (AIM, re.compile(
        r"\bwe\s+(?:sought|aimed|set\s+out|wanted|intended|attempted|tried)\s+to\b"
        r"|\b(?:aims?|objectives?|purposes?|goals?)\s+(?:of\s+(?:this|the|our|these|present)\s+"
        r"(?:[\w-]+\s+){0,3}?)?(?:was|were|is|are)\s+to\b"
        r"|\b(?:study|trial|review|analysis|work|paper|experiment|project)\s+(?:aim(?:s|ed)|"
        r"sought|seeks|(?:was|is)\s+designed)\s+to\b"
        r"|\bto\s+(?:investigate|determine|examine|assess|evaluate|test|explore|establish|"
        r"clarify|ascertain)\s+whether\b"
        r"|\bwe\s+(?:\w+ly\s+)?(?:evaluated|examined|investigated|assessed|explored|studied)\s+"
        r"(?:the\s+)?(?:relationships?|associations?|relations?|links?|effects?|roles?|impacts?|"
        r"influences?|whether|if|how)\b",
        re.IGNORECASE,
    )),
    ("a hypothesis", re.compile(
        r"\bhypothes[ie]s\b|\bhypothesi[sz](?:e|ed|es|ing)\b|\bspeculat\w*|\bpostulat\w*"
        r"|\b(?:is|are|was|were)\s+(?:widely\s+|generally\s+|commonly\s+|often\s+|long\s+)?"
        r"(?:believed|presumed|assumed|postulated)\s+(?:that|to)\b"
        r"|\bit\s+(?:is|has\s+been|was)\s+(?:\w+ly\s+)?(?:believed|thought|proposed)\b",
        re.IGNORECASE,
    )),
    ("an open question", re.compile(
        _UNSETTLED.pattern
        + r"|\bit\s+is\s+(?:still\s+|not\s+yet\s+)?(?:unknown|unclear|uncertain|not\s+known)\b"
        r"|\b(?:little|scant|limited|insufficient|sparse)\s+(?:is\s+known|evidence|data|"
        r"information|assessment|research|knowledge)\b"
        r"|\b(?:lack|dearth|paucity)\s+of\s+(?:\w+\s+)?(?:evidence|data|studies|research|"
        r"information|knowledge)\b"
        r"|\b(?:is|are|remains?)\s+(?:still\s+)?(?:scarce|lacking|sparse)\b"
        r"|\bfew\s+(?:\w+\s+)?(?:studies|trials|reports)\s+have\b",
        re.IGNORECASE,
    )),
    ("a recommendation", re.compile(
        r"\bwe\s+(?:strongly\s+)?(?:recommend|advocate|urge|call\s+for)\b"
        r"|\b(?:future|further|more|additional)\s+(?:[\w-]+\s+){0,2}?(?:research|studies|trials|"
        r"investigations?)\s+(?:is|are|should|could|can|will|would|must|may|need|to)\b"
        r"|\b(?:is|are)\s+(?:urgently\s+|still\s+|clearly\s+)?(?:needed|warranted|required)\b"
        r"|\bshould\s+be\s+(?:further\s+)?(?:investigated|explored|examined|studied|tested|"
        r"evaluated|assessed|confirmed|clarified)\b",
        re.IGNORECASE,
    )),
    ("what the review covers", re.compile(
        r"\b(?:here\s+|in\s+this\s+(?:review|article|paper),?\s+)?we\s+(?:briefly\s+)?"
        r"(?:review|summari[sz]e|discuss|outline|overview|describe|consider)\b"
        r"|\bthis\s+(?:is|was)\s+(?:the|a)\s+(?:first\s+)?(?:[\w-]+,?\s+){0,3}?(?:review|"
        r"meta-analysis|study|trial|analysis)\s+(?:of|on|to)\b"
        r"|\b(?:this|the\s+present|our)\s+(?:review|article|paper|chapter|commentary)\s+"
        r"(?:reviews|summari[sz]es|discusses|outlines|describes|considers|examines|explores|"
        r"covers|addresses|focuses)\b",
        re.IGNORECASE,
    )),
)  # fmt: skip


# "These results support the hypothesis that ...": a hypothesis borne out is a result.
_UPHELD: Final = re.compile(
    r"\b(?:support(?:s|ed|ing)?|confirm(?:s|ed|ing)?|consistent\s+with|in\s+line\s+with|"
    r"agree(?:s|d)?\s+with)\s+(?:the|this|our|a)\s+(?:\w+\s+)?hypothes",
    re.IGNORECASE,
)


def no_result(text: str) -> str | None:
    """What a sentence (or clause) that states no result is ("an aim", "a hypothesis", "an open
    question", "a recommendation", "what the review covers"), or None when it may state one."""
    for kind, pattern in _NO_RESULT_KINDS:
        if pattern.search(text) and not (kind == "a hypothesis" and _UPHELD.search(text)):
            return kind
    return None


# Where a sentence turns from one statement to another: "X is disrupted; but how is unclear".
_TURN: Final = re.compile(
    r";|,\s+(?:but|yet|whereas|while|although|though|however)\b|\s+but\s+|\bhowever,",
    re.IGNORECASE,
)


def no_result_clauses(text: str) -> list[tuple[int, int, str]]:
    """The clauses of a sentence that state no result, as (start, end, kind): in "Evidence shows
    X is disrupted, but the mechanism is unclear" only the second clause is an open question."""
    return list(_no_result_clauses(text))


@lru_cache(maxsize=4096)  # each record sentence is asked about once per claim that cites it
def _no_result_clauses(text: str) -> tuple[tuple[int, int, str], ...]:
    bounds = [0, *(m.start() for m in _TURN.finditer(text)), len(text)]
    found = []
    for start, end in pairwise(bounds):
        kind = no_result(text[start:end]) if end > start else None
        if kind is not None:
            found.append((start, end, kind))
    return tuple(found)


# A claim that itself speaks of a supposition, an open point or a call for work: "the authors
# hypothesized", "whether ... is unclear", "remains poorly understood", "the review calls for
# larger trials". Only words that name such a statement count: "remained", "never", "should" or
# "lacking" alone say how things are, and an aim sentence must not back them.
_CLAIM_OF_NO_RESULT: Final = re.compile(
    r"\b(?:unclear|unknown|uncertain|unresolved|unanswered|open\s+question|"
    r"not\s+(?:yet\s+|fully\s+|well\s+)?(?:known|clear|established|understood)|"
    r"little\s+(?:is\s+)?known|poorly\s+understood|"
    r"remains?\s+(?:to\s+be\s+\w+|open|elusive|unexplored|untested|debated|controversial|"
    r"a\s+(?:mystery|matter\s+of\s+debate))|"
    r"(?:lack|dearth|paucity|absence)\s+of\s+(?:\w+\s+)?(?:evidence|data|studies|trials|"
    r"research|information|knowledge)|"
    r"(?:scarce|scant|limited|insufficient|sparse)\s+(?:evidence|data|studies|trials|research|"
    r"information|knowledge)|(?:is|are|remains?)\s+(?:still\s+)?(?:scarce|scant|sparse)|"
    r"(?:lacking|missing)\s+(?:[\w-]+\s+){0,2}?(?:evidence|data|studies|trials|research)|"
    r"(?:evidence|data|studies|trials|research|information|knowledge)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:is|are|was|were|"
    r"remains?)\s+(?:still\s+)?(?:lacking|missing|limited|insufficient)|"
    r"(?:has|have)\s+not\s+(?:yet\s+)?been\s+(?:studied|tested|examined|investigated|"
    r"established|explored|assessed|evaluated)|"
    r"hypothes\w*|theor(?:y|ies|i[sz]ed?)|propos(?:e|es|ed|ing|al)|postulat\w*|speculat\w*|"
    r"believ(?:e|es|ed)\s+(?:that|to)|thought\s+(?:that|to)|suspect(?:s|ed)?\s+(?:that|to)|"
    r"whether|recommend\w*|call(?:s|ed|ing)?\s+for|urg(?:e|es|ed)|"
    r"(?:should|must|need\s+to)\s+be\s+(?:further\s+)?(?:investigated|explored|examined|"
    r"studied|tested|evaluated|assessed|confirmed|clarified|replicated)|"
    r"(?:is|are)\s+(?:still\s+)?(?:needed|warranted|required)|warrant(?:s|ed)?\s+further|"
    r"(?:future|further|more|larger|additional)\s+(?:[\w-]+\s+){0,2}?(?:research|studies|"
    r"trials|work|investigations?))"
    r"\b",
    re.IGNORECASE,
)
# A claim about what a study did or set out to do: "the trial evaluated", "sought to compare".
_CLAIM_OF_AIM: Final = re.compile(
    r"\b(?:aim(?:s|ed|ing)?|sought|seek(?:s|ing)?|set\s+out|purpose|goal|objective|"
    r"intend(?:s|ed)?|designed\s+to|wanted\s+to|evaluat(?:e|es|ed|ing)|assess(?:es|ed|ing)?|"
    r"investigat(?:e|es|ed|ing)|examin(?:e|es|ed|ing)|explor(?:e|es|ed|ing)|"
    r"test(?:s|ed|ing)?\s+(?:whether|if|how)|studied|studying|look(?:s|ed|ing)?\s+(?:at|into)|"
    r"reviewed|reviewing|reviews|we\s+review|summari[sz](?:e|es|ed|ing)|discuss(?:es|ed|ing)?|"
    r"describ(?:e|es|ed|ing)|consider(?:s|ed|ing)?|replicat(?:e|es|ed|ing)|focus(?:es|ed)?\s+on|"
    r"address(?:es|ed)|cover(?:s|ed)|"
    r"(?:review|meta-analysis|study|trial|analysis|test|experiment|investigation)\s+(?:of|on))\b",
    re.IGNORECASE,
)
# The claim reports an outcome, whatever it says the study did.
_CLAIM_OF_FINDING: Final = re.compile(
    r"\b(?:found|finds?|show(?:s|ed|n)?|demonstrat(?:e|es|ed)|reveal(?:s|ed)?|prov(?:e|es|ed|en)|"
    r"establish(?:es|ed)|confirm(?:s|ed)|known|documented|conclud(?:e|es|ed))\b",
    re.IGNORECASE,
)


def speaks_of_no_result(assertions: Assertions) -> bool:
    """Whether the claim itself is hedged or speaks of an aim, a hypothesis, an open point or a
    recommendation, so that a sentence stating no result may back it."""
    text = assertions.text
    if assertions.certainty.level is Certainty.HEDGED or _CLAIM_OF_NO_RESULT.search(text):
        return True
    return bool(_CLAIM_OF_AIM.search(text)) and not _CLAIM_OF_FINDING.search(text)


# --- "found no evidence of X" against "our findings suggest X" --------------------------------
#
# A hedged finding is still evidence: "the review found no evidence of selective reporting"
# against "Our findings suggest a selective reporting bias" is CONTRADICTED. The record's
# object must share two of the denied thing's words among its first words, one of them not
# the title's (the record's topic alone ties nothing). Only the study's own findings count
# ("previous findings suggest" is the background), and not when a record sentence makes the
# same denial.
_NO_EVIDENCE: Final = re.compile(
    r"\b(?:found|find|finds|saw|sees|showed|shows|turned\s+up|uncovered)\s+no\s+(?:clear\s+|real\s+|"
    r"convincing\s+)?(?:evidence|signs?|indications?|hint)\s+(?:of|for)\s+(?P<x>[^,;.]+)",
    re.IGNORECASE,
)
_EVIDENCE_SUGGESTS: Final = re.compile(
    r"\b(?:findings|results|data|analys[ie]s|evidence)\s+(?:suggest|indicate|show|reveal|"
    r"demonstrate|point\s+to)s?\s+(?:that\s+)?(?:there\s+(?:is|was)\s+)?(?P<y>(?:[\w()+-]+\s+){1,8})",
    re.IGNORECASE,
)


def _no_evidence_against_suggested(text: str, index: RecordIndex) -> Finding | None:
    denial = _NO_EVIDENCE.search(text)
    if denial is None:
        return None
    denied = {
        t.stem for t in terms_of(denial["x"])
        if not t.is_number and t.stem not in GENERIC_STEMS and t.text.lower() not in _FUNCTION
    }  # fmt: skip
    if len(denied) < 2:
        return None
    for sentence in index.sentences:
        same = _NO_EVIDENCE_IN_RECORD.search(sentence.text)
        if same is not None and len(denied & {t.stem for t in terms_of(same["x"])}) >= 2:
            return None  # the record makes the same denial
    topic = {t.stem for t in terms_of(index.title)}
    for sentence in index.sentences:
        suggests = _EVIDENCE_SUGGESTS.search(sentence.text)
        if suggests is None or _DENIAL_IN.search(sentence.text, suggests.start("y")):
            continue  # "findings suggest X is unlikely": the denial may follow its first words
        if _OTHERS_FINDINGS.search(sentence.text, 0, suggests.start()):
            continue
        shared = denied & {t.stem for t in terms_of(suggests["y"])}
        if len(shared) >= 2 and len(shared) * 2 >= len(denied) and shared - topic:
            return Finding(
                kind=FindingKind.CERTAINTY,
                verdict=Verdict.CONTRADICTED,
                message=f"the claim says '{denial.group().strip()}', but the abstract reports "
                f"evidence of it: '{suggests.group().strip()}'",
                claim_says=denial.group(),
                source_says=quoted(sentence.text),
                evidence=sentence_evidence(sentence, extra=[suggests.group().strip()]),
                confidence=0.7,
            )
    return None


_FUNCTION: Final = frozenset({"among", "in", "of", "for", "with", "from", "the", "a", "an", "and"})
_DENIAL_IN: Final = re.compile(
    r"\b(?:no|not|neither|nor|without|lack|unlikely|absent|minimal|little)\b", re.IGNORECASE
)
# "Previous findings suggest", "prior data indicate": the background, not the study's result.
_OTHERS_FINDINGS: Final = re.compile(
    r"\b(?:previous|prior|earlier|past|other|some|existing|published|animal|preclinical|"
    r"observational)\s+(?:\w+\s+){0,2}$",
    re.IGNORECASE,
)
# The record's own "no evidence of X" / "no association between X": the claim's denial.
_NO_EVIDENCE_IN_RECORD: Final = re.compile(
    r"\bno\s+(?:clear\s+|real\s+|convincing\s+|significant\s+|consistent\s+)?(?:evidence|signs?|"
    r"indications?|hint|association|relationship|link|effect|difference)\s+(?:of|for|between|"
    r"with|on)\s+(?P<x>[^,;.]+)",
    re.IGNORECASE,
)
