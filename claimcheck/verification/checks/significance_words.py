"""Statistical significance said in other words, by a claim and by a record.

A claim may deny significance without the word "significant" ("fell short of statistical
significance", "did not reach significance", "was no longer significant", "a trend towards
significance") or affirm it ("reached significance", "statistically robust"). A record may
state it only through its statistics: a small p for trend ("ptrend=0.048"), a large p
("P = 0.47") or a ratio's confidence interval that excludes or includes 1 ("OR 1.72; 95% CI
1.07 to 2.78"). Words such as "borderline" or "clinically meaningful" judge something else (how
close, how large) and are deliberately not read as a statement of significance.
"""

from __future__ import annotations

import re
from typing import Final

from claimcheck.verification import lexicon as lx
from claimcheck.verification.assertions import Phrase, SignificanceAssertion

_I: Final = re.IGNORECASE
_SIG_NOUN: Final = r"(?:(?:statistical|conventional|nominal|formal)\s+)?significance"
_NEGATOR: Final = (
    r"(?:did\s+not|didn't|does\s+not|doesn't|do\s+not|don't|failed\s+to|fails\s+to|fail\s+to|"
    r"never|could\s+not|couldn't|was\s+unable\s+to|were\s+unable\s+to|"
    r"(?:has|have|had)\s+not|hasn't|haven't|hadn't)"
)
# "has not yet reached significance", "isn't statistically robust", "was never shown to be
# statistically robust": a denial just before an affirming phrase turns it round.
_DENIAL_BEFORE: Final = re.compile(
    r"(?:\b(?:not|never|no|neither|nor|none)\b|n't)(?!\s+(?:only|just|merely)\b)"
    r"(?:\s+[\w-]+){0,4}\s*$",
    _I,
)
_REACH: Final = r"(?:reach|achieve|attain|meet|hit|cross)"

# A claim that a result was not statistically significant, in words lx.NOT_SIGNIFICANT lacks.
_DENIED: Final = re.compile(
    rf"\b(?:fell|falls|fall|falling)\s+(?:just\s+|narrowly\s+|well\s+|far\s+)?short\s+of\s+"
    rf"{_SIG_NOUN}"
    rf"|\b{_NEGATOR}\s+(?:quite\s+|yet\s+)?{_REACH}\s+{_SIG_NOUN}"
    rf"|\b(?:missed|misses|lost|loses)\s+(?:its\s+|their\s+)?{_SIG_NOUN}"
    r"|\bno\s+longer\s+(?:statistically\s+)?significant"
    # "a rise the authors found not to be statistically significant"
    r"|\b(?:not|never)\s+(?:to\s+(?:be|have\s+been)|being)\s+(?:statistically\s+)?significant"
    rf"|\btrend(?:ed|ing|s)?\s+towards?\s+{_SIG_NOUN}"
    r"|\b(?:not|never)\s+statistically\s+(?:meaningful|robust|reliable|detectable|"
    r"distinguishable)"
    r"|\bstatistically\s+(?:indistinguishable|unreliable)"
    r"|\b(?:could|might|may)\s+(?:well\s+)?(?:have\s+been|be)\s+(?:due|down)\s+to\s+chance",
    _I,
)
# A claim that a result was statistically significant, in words lx.SIGNIFICANT lacks.
_AFFIRMED: Final = re.compile(
    rf"\b(?:reached|reaches|achieved|achieves|attained|attains|met|crossed)\s+{_SIG_NOUN}"
    r"|\bstatistically\s+(?:robust|reliable|meaningful|detectable)"
    r"|\b(?:unlikely\s+to\s+(?:be|have\s+been)|not)\s+(?:due|down)\s+to\s+chance",
    _I,
)


def reworded_significance(claim: str) -> tuple[SignificanceAssertion, ...]:
    """What the claim says of significance in other words, in order of position."""
    found: list[SignificanceAssertion] = []
    denied = [m.span() for m in _DENIED.finditer(claim)]
    for match in _DENIED.finditer(claim):
        found.append(SignificanceAssertion(False, Phrase(match.group(), *match.span())))
    for match in _AFFIRMED.finditer(claim):
        if any(s < match.end() and match.start() < e for s, e in denied):
            continue
        if _DENIAL_BEFORE.search(claim, max(0, match.start() - 40), match.start()):
            found.append(SignificanceAssertion(False, Phrase(match.group(), *match.span())))
            continue
        found.append(SignificanceAssertion(True, Phrase(match.group(), *match.span())))
    return tuple(sorted(found, key=lambda s: s.phrase.start))


def inside_reworded(phrase: Phrase, reworded: tuple[SignificanceAssertion, ...]) -> bool:
    """Whether a "significant" the general reading found is part of a reworded statement ("no
    longer significant"), which then speaks for it."""
    return any(r.phrase.start <= phrase.start and phrase.end <= r.phrase.end for r in reworded)


# p for trend: "ptrend=0.048", "p for trend < 0.01", "P-trend = 0.03".
_P_TREND: Final = re.compile(
    r"\bp[\s-]?(?:for\s+|of\s+)?(?:linear\s+)?trend\s*(?P<op><|≤|=|>|≥)\s*(?P<value>0?\.\d+)", _I
)
# A plain p-value: "P = 0.47", "p<0.001" (not a p for trend, not "p53").
_P_VALUE: Final = re.compile(r"\bp\s*(?P<op><|≤|=|>|≥)\s*(?P<value>0?\.\d+)", _I)
# A ratio with its interval: "OR 1.72; 95% CI 1.07 to 2.78", "HR=0.75 (95% CI: 0.63-0.90)".
_RATIO_CI: Final = re.compile(
    r"\b(?:a?OR|HR|RR|IRR|SIR|SMR|PR|odds\s+ratio|hazard\s+ratio|relative\s+risk|risk\s+ratio)"
    r"(?:\s*[A-Z]?Q?\d?)?[^;()\d]{0,30}?(?P<ratio>\d+(?:\.\d+)?)[^.\d]{0,20}?"
    r"\b(?:9[05]|99)\s*%\s*(?:CI|confidence\s+interval)[\s:,]*"
    r"(?P<low>\d+(?:\.\d+)?)\s*(?:to|-|–|—|,)\s*(?P<high>\d+(?:\.\d+)?)",
    _I,
)
_ALPHA: Final = 0.05
# "LEmin+1mM was not different from MLSS (P = 0.47)": tested and not told apart.
_NOT_DIFFERENT: Final = re.compile(
    r"\b(?:was|were|is|are)\s+not\s+(?:statistically\s+)?different\b", _I
)


def _p_verdict(op: str, value: float) -> bool | None:
    if op in "<≤":
        return True if value <= _ALPHA else None
    if op in ">≥":
        return False if value >= _ALPHA else None
    return value < _ALPHA


def record_significance(text: str) -> bool | None:
    """Whether a record sentence reports its result as significant (True), not significant
    (False), or neither or both (None): by its words first, then by its statistics."""
    if lx.NOT_SIGNIFICANT.search(text):
        return False
    if lx.SIGNIFICANT.search(text):
        return True
    if _NOT_DIFFERENT.search(text):
        return False
    said: set[bool] = set()
    trends = list(_P_TREND.finditer(text))
    for match in trends:
        verdict = _p_verdict(match.group("op"), float(match.group("value")))
        if verdict is not None:
            said.add(verdict)
    if not trends:
        for match in _P_VALUE.finditer(text):
            verdict = _p_verdict(match.group("op"), float(match.group("value")))
            if verdict is not None:
                said.add(verdict)
    for match in _RATIO_CI.finditer(text):
        low, high = float(match.group("low")), float(match.group("high"))
        if low > high:
            continue
        said.add(not (low <= 1.0 <= high))
    return said.pop() if len(said) == 1 else None


_OP_CLASS: Final = {"<": "<", "≤": "<", ">": ">", "≥": ">", "=": "="}


def nearest_exact_p(claim: str, at: int) -> float | None:
    """The exact p-value ("P = 0.47", not a bound such as "P < 0.001", which many comparisons
    share) the claim writes nearest to position ``at``: the one its significance words go with."""
    exact = [m for m in _P_VALUE.finditer(claim) if _OP_CLASS[m.group("op")] == "="]
    if not exact:
        return None
    nearest = min(exact, key=lambda m: min(abs(m.start() - at), abs(m.end() - at)))
    return float(nearest.group("value"))


def pinned_significance(p_value: float, sentence: str) -> bool | None:
    """What a record sentence says of significance at the claim's own exact p-value: the claim's
    "P = 0.47" names the comparison it reports, so a sentence giving that same value speaks for
    it (True: significant, False: not), whatever other comparisons the abstract tests. None when
    the sentence gives no such value."""
    said = {
        _p_verdict("=", value)
        for m in _P_VALUE.finditer(sentence)
        if _OP_CLASS[m.group("op")] == "=" and (value := float(m.group("value"))) == p_value
    }
    return said.pop() if len(said) == 1 else None


def significance_cue(text: str) -> str | None:
    """The words or statistics by which a record sentence states its significance."""
    for pattern in (
        lx.NOT_SIGNIFICANT,
        lx.SIGNIFICANT,
        _NOT_DIFFERENT,
        _P_TREND,
        _P_VALUE,
        _RATIO_CI,
    ):
        found = pattern.search(text)
        if found is not None:
            return found.group()
    return None
