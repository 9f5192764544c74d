"""Polarity of terse and verbless claims.

Slides, flashcards and evidence-table rows drop the auxiliary verb: "Drug X: not linked to Y",
"its use not limited by cost", "Pharmacokinetics: never measured". Such a denial is the claim's
own statement, as much as "was not linked to Y" is. A bare "not" that follows a full clause
("improved, an effect not seen after saline") or heads a reduced relative inside one
("mechanisms not involving X") describes something and is left alone.

Two denials may also say the same thing in different words ("do not compete" and "are not
mutually exclusive"; "did not differ" and "no difference"): they agree, whatever the words.
"""

from __future__ import annotations

import re
from typing import Final

from claimcheck.verification.assertions import control_arm_before
from claimcheck.verification.index import terms_of
from claimcheck.verification.text import english_commonness

# The statement's head: a participle or a predicate adjective after the bare "not"/"never". A
# focus adverb ("not only linked to X but also to Y") adds to what it says, denying nothing.
_TERSE_DENIAL: Final = re.compile(
    r"\b(?:not|never)\s+(?:yet\s+|(?!(?:only|merely|solely|simply|just|even)\b)\w+ly\s+)?"
    r"(?P<head>\w+(?:ed|en)|shown|seen|known|found|made|held|met|set|borne|"
    r"significant|different|distinct|superior|inferior|effective|efficacious|safe|harmful|"
    r"related|linked|tied|dependent|necessary|sufficient|required|responsible|predictive|"
    r"associated|affected|altered|changed|clear|certain|common|rare)\b",
    re.IGNORECASE,
)
# Where the clause holding the denial begins: the sentence start or a colon, semicolon or dash
# that sets a heading apart.
_CLAUSE_START: Final = re.compile(r"[:;]|\s[-\u2013\u2014]\s|\.(?:\s|$)")
# A word that makes the words before the denial a clause of their own (a finite verb, a
# relative pronoun, a list or apposition comma): then the denial is not the claim's statement.
_FINITE_BEFORE: Final = re.compile(
    r",|\b(?:is|are|was|were|be|been|being|has|have|had|do|does|did|can|could|may|might|will|"
    r"would|should|must|shall|who|which|that|whose|where|when|if|whether|than|as|but|and|or|"
    r"nor|while|whereas|although)\b|\b\w+ed\b",
    re.IGNORECASE,
)
# The subject of a verbless denial is a short noun phrase ("Ketamine pharmacokinetics").
SUBJECT_WORDS: Final = 7
# After the denial, a finite verb would make the phrase a reduced relative ("patients not
# treated with X relapsed").
_FINITE_AFTER: Final = re.compile(
    r"\b(?:is|are|was|were|has|have|had|did|does|do|can|could|may|might|will|would|should|"
    r"must)\b",
    re.IGNORECASE,
)
_CLAUSE_END: Final = re.compile(r"[;:,]|\.(?:\s|$)")


def terse_denial(claim: str) -> bool:
    """Whether the claim's statement is a denial written without an auxiliary verb: "X: not
    correlated with Y", "its widespread use not limited by Z"."""
    for cue in _TERSE_DENIAL.finditer(claim):
        if _double_negative(cue["head"]):
            continue
        starts = [m.end() for m in _CLAUSE_START.finditer(claim, 0, cue.start())]
        start = starts[-1] if starts else 0
        subject = claim[start : cue.start()]
        if _FINITE_BEFORE.search(subject) or len(subject.split()) > SUBJECT_WORDS:
            continue
        stop = _CLAUSE_END.search(claim, cue.end())
        rest = claim[cue.end() : stop.start() if stop else len(claim)]
        if _FINITE_AFTER.search(rest):
            continue
        return True
    return False


# A negated head under "not" is a double negative, an affirmation ("not unrelated to mood").
# "under-" ("not underpowered") and "uni-" ("not unified") are no negating prefixes; "in-"
# negates only when the word without it is the commoner one ("inexperienced", not "increased",
# "informed" or "intended").
_NEGATING_PREFIX: Final = re.compile(r"non-?\w|un(?!der|it|ifi|iform|ion|ique)\w", re.IGNORECASE)
_NEGATING_IN: Final = re.compile(r"in-?(?P<rest>\w{4,})", re.IGNORECASE)
# How much commoner (Zipf) the bare word must be than the "in-" word to read "in-" as "not".
IN_PREFIX_MARGIN: Final = 0.5


def _double_negative(head: str) -> bool:
    if _NEGATING_PREFIX.match(head):
        return True
    negated = _NEGATING_IN.fullmatch(head)
    return negated is not None and (
        english_commonness(negated["rest"]) > english_commonness(head) + IN_PREFIX_MARGIN
    )


# Words that deny the same thing: to say two mechanisms "do not compete" is to say they are
# "not mutually exclusive"; "no difference" is "did not differ".
_FAMILIES: Final = (
    "mutually exclusive; exclusive exclude excluding compete competing competition conflict "
    "conflicting contradict contradictory oppose opposing rival rivalry incompatible",
    "differ differed difference different distinct distinguishable",
    "change changed altered alter affected affect",
)
DENIAL_FAMILIES: Final = tuple(frozenset(t.stem for t in terms_of(words)) for words in _FAMILIES)


def deny_alike(claim_denied: set[str], record_denied: set[str]) -> bool:
    """Whether the stems a claim denies and those a record denies fall in one family."""
    return any(family & claim_denied and family & record_denied for family in DENIAL_FAMILIES)


# A rivalry as what the claim says of its subject ("the pathways compete", "are mutually
# exclusive", "exclude each other"), not a noun in a phrase ("rose during competition").
_RIVALRY_PREDICATE: Final = re.compile(
    r"\b(?:compete[sd]?|competing\s+(?:with|for|against)|mutually\s+exclusive|"
    r"(?:is|are|was|were|be|been|being)\s+(?:\w+ly\s+)?(?:rivals|in\s+(?:competition|conflict)|"
    r"exclusive|incompatible|contradictory|conflicting|opposing|competing)|"
    r"(?:exclud|rival|conflict|contradict|oppos)\w*\s+(?:each\s+other|one\s+another))\b",
    re.IGNORECASE,
)


def exclusivity_denied(claim: str, claim_affirmed: set[str], record_denied: set[str]) -> bool:
    """Whether the claim affirms a rivalry ("the pathways compete") that the record denies in
    any wording ("are not mutually exclusive")."""
    rivalry = DENIAL_FAMILIES[0]
    return bool(
        rivalry & claim_affirmed and rivalry & record_denied and _RIVALRY_PREDICATE.search(claim)
    )


# A denial that a finding was seen, held or carried over ("were not seen in randomized
# studies", "has not held up in trials"): the claim denies the finding even when a design word
# ("randomized") sits in the denial's reach, which alone would read as a denied design. Only a
# finite denial counts: "an effect not seen after saline" describes the other arm.
_FINDING_DENIED: Final = re.compile(
    r"\b(?:has|have|had|was|were|is|are|did|do|does)\s*(?:\b(?:not|never)|n't)\s+"
    r"(?:yet\s+|been\s+|be\s+|consistently\s+|clearly\s+)*"
    r"(?:seen|shown|found|confirmed|replicated|reproduced|observed|demonstrated|borne\s+out|"
    r"held\s+up|carried\s+over|translated|extended|generali[sz]ed)\b",
    re.IGNORECASE,
)


def finding_denied(claim: str) -> bool:
    """Whether the claim denies that a finding was seen or held ("was not replicated in"),
    not of the comparison arm ("while the placebo group was not seen to improve")."""
    return any(
        not control_arm_before(claim, match.start()) for match in _FINDING_DENIED.finditer(claim)
    )
