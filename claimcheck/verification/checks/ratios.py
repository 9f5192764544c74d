"""Risk direction against effect ratios: "higher risk" against "OR 0.75 (95% CI 0.63 to 0.90)".

A ratio whose confidence interval lies wholly below 1 reports a lower risk (odds, hazard), and
wholly above 1 a higher one; an interval that spans 1 says neither and is left alone. The ratio a
claim is about is the one whose lead-in words (from the sentence start or the previous ratio)
share the most of the claim's rare words. When that lead-in names the exposure with a
comparative of its own ("shorter telomeres"), the claim must use the same word, so "longer
telomeres, lower risk" is never set against "shorter telomeres, higher risk".
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final

from claimcheck.pubmed.model import PubMedRecord
from claimcheck.report.model import Evidence, Finding, FindingKind, Verdict
from claimcheck.verification.assertions import Assertions
from claimcheck.verification.checks.common import quoted, weight
from claimcheck.verification.index import IndexedSentence, RecordIndex, Term, terms_of

_NUMBER = r"\d+(?:\.\d+)?"
EFFECT_RATIO: Final = re.compile(
    r"(?:\b(?:adjusted\s+)?(?:a?OR|RR|HR|IRR|PR)(?:Q\d)?|\bodds\s+ratio|\bhazard\s+ratio|"
    r"\brisk\s+ratio|\brelative\s+risk)\s*(?:[=:,]\s*)?"
    rf"(?P<value>{_NUMBER})\s*[;,]?\s*\(?\s*95\s*%\s*CI\s*[:,=]?\s*"
    rf"(?P<low>{_NUMBER})\s*(?:to|-|–|—|,)\s*(?P<high>{_NUMBER})"
)
_MEASURE = r"(?:risk|odds|hazard|likelihood|chances?)"
RISK_UP: Final = re.compile(
    rf"\b(?:higher|greater|increased|elevated|raised|more)\s+(?:[\w-]+\s+)?{_MEASURE}\b"
    rf"|\b(?:increas|rais|elevat|doubl|tripl|boost)\w*\s+(?:the\s+|their\s+|its\s+)?"
    rf"(?:[\w-]+\s+)?{_MEASURE}\b",
    re.IGNORECASE,
)
RISK_DOWN: Final = re.compile(
    rf"\b(?:lower|reduced|decreased|smaller|less|diminished)\s+(?:[\w-]+\s+)?{_MEASURE}\b"
    rf"|\b(?:reduc|lower|decreas|cut|halv|diminish)\w*\s+(?:the\s+|their\s+|its\s+)?"
    rf"(?:[\w-]+\s+)?{_MEASURE}\b|\bprotective\b|\bprotect\w*\s+against\b",
    re.IGNORECASE,
)
_MEASURES: Final = frozenset(
    t.stem for t in terms_of("risk risks odds hazard hazards likelihood chance chances")
)
_COMPARATIVE: Final = re.compile(
    r"\b(?:shorter|longer|higher|lower|greater|smaller|more|less|fewer|increased|decreased|"
    r"heavier|lighter|older|younger)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Ratio:
    sentence: IndexedSentence
    match: re.Match[str]
    lead_in: str  # the words that say what the ratio is about

    @property
    def direction(self) -> int:
        """+1 a higher risk, -1 a lower one, 0 when the interval spans 1."""
        low, high = float(self.match["low"]), float(self.match["high"])
        if low > 1.0:
            return 1
        if high < 1.0:
            return -1
        return 0


def claim_direction(text: str) -> int:
    up, down = bool(RISK_UP.search(text)), bool(RISK_DOWN.search(text))
    return 0 if up == down else (1 if up else -1)


def record_ratios(index: RecordIndex) -> list[Ratio]:
    """Every ratio statistic of the record, in reading order (worked out once per record)."""
    return list(index.memo("effect ratios", lambda: tuple(_record_ratios(index))))


def _record_ratios(index: RecordIndex) -> list[Ratio]:
    ratios = []
    for sentence in index.sentences:
        previous_end = 0
        for match in EFFECT_RATIO.finditer(sentence.text):
            ratios.append(Ratio(sentence, match, sentence.text[previous_end : match.start()]))
            previous_end = match.end()
    return ratios


# An identifier written with letters and digits ("rs2736098", "CYP2D6*4"): a label
# the record gives one ratio by.
_IDENTIFIER: Final = re.compile(r"\b(?=[\w*-]*[A-Za-z])(?=[\w*-]*\d)[\w*-]{3,}\b")
_CLAIM_RATIO: Final = re.compile(
    rf"(?:\b(?:a?OR|RR|HR|IRR|PR)|\bodds\s+ratio|\bhazard\s+ratio|\brisk\s+ratio"
    rf"|\brelative\s+risk)\s*(?:of\s+|[=:,]\s*)?(?P<value>{_NUMBER})",
    re.IGNORECASE,
)


def _named_ratio(text: str, ratios: list[Ratio]) -> Ratio | None:
    """The one ratio the claim names by its value ("OR 0.75") or by the label written just
    before it ("rs2736098"); None when the claim names none, or several."""
    values = {float(m["value"]) for m in _CLAIM_RATIO.finditer(text)}
    by_value = [r for r in ratios if float(r.match["value"]) in values]
    if len(by_value) == 1:
        return by_value[0]
    labels = {m.group().lower() for m in _IDENTIFIER.finditer(text)}
    by_label = [r for r in ratios if _label(r) in labels]
    return by_label[0] if len(by_label) == 1 else None


def _label(ratio: Ratio) -> str | None:
    """The identifier nearest before a ratio: "including rs401681 (per allele OR 1.33" ."""
    found = [m.group().lower() for m in _IDENTIFIER.finditer(ratio.lead_in)]
    return found[-1] if found else None


def claimed_ratio(assertions: Assertions, index: RecordIndex) -> tuple[int, Ratio] | None:
    """The claim's risk direction and the one ratio it is about, with a side of 1 of its own
    and an exposure the claim words the same way; None when the claim names no risk direction
    or no such ratio is singled out."""
    direction = claim_direction(assertions.text)
    if direction == 0 or assertions.negated:
        return None
    ratios = record_ratios(index)
    if not ratios:
        return None
    named = _named_ratio(assertions.text, ratios)
    if named is not None:
        best = named
    else:
        best_or_none = _best_by_lead_in(assertions, index, ratios)
        if best_or_none is None:
            return None
        best = best_or_none
    if best.direction == 0:
        return None
    lead_without_risk = RISK_DOWN.sub(" ", RISK_UP.sub(" ", best.lead_in))
    exposure_words = {w.lower() for w in _COMPARATIVE.findall(lead_without_risk)}
    claim_words = {w.lower() for w in re.findall(r"\w+", assertions.text)}
    if not exposure_words <= claim_words:
        return None
    return direction, best


def _claim_terms(assertions: Assertions) -> dict[str, Term]:
    # The direction words say how the risk moves, not which ratio the claim is about.
    about = RISK_DOWN.sub(" ", RISK_UP.sub(" ", assertions.text))
    return {t.stem: t for t in terms_of(about) if not t.is_number and t.stem not in _MEASURES}


def _best_by_lead_in(
    assertions: Assertions, index: RecordIndex, ratios: list[Ratio]
) -> Ratio | None:
    claim_terms = _claim_terms(assertions)
    leads = [{t.stem for t in terms_of(ratio.lead_in)} for ratio in ratios]
    scored = []
    for position, ratio in enumerate(ratios):
        # Only words that single this ratio out count: "stroke" before every ratio picks none.
        own = leads[position].difference(*(lead for i, lead in enumerate(leads) if i != position))
        score = sum(weight(index, t) for stem, t in claim_terms.items() if stem in own)
        scored.append((score, ratio))
    scored.sort(key=lambda pair: pair[0], reverse=True)
    best_score, best = scored[0]
    if best_score <= 0 or (len(scored) > 1 and scored[1][0] >= best_score):
        return None
    return best


def check_ratio_direction(
    assertions: Assertions, record: PubMedRecord, index: RecordIndex
) -> list[Finding]:
    direction = claim_direction(assertions.text)
    if direction == 0 or assertions.negated:
        return []
    ratios = record_ratios(index)
    if not ratios:
        return []
    if _named_ratio(assertions.text, ratios) is None:
        every = _against_every_one(assertions.text, direction, _claim_terms(assertions), ratios)
        if every is not None:
            return [every]
    judged = claimed_ratio(assertions, index)
    if judged is None:
        return []
    _, best = judged
    stated = best.match.group()
    claim_match = (RISK_UP if direction > 0 else RISK_DOWN).search(assertions.text)
    says = "a lower" if best.direction < 0 else "a higher"
    evidence = Evidence(
        sentence=best.sentence.text,
        span=best.sentence.absolute(*best.match.span()),
        section=best.sentence.section,
        matched_terms=[stated],
    )
    if best.direction == direction:
        return []  # the direction module credits a ratio on the claim's side
    return [
        Finding(
            kind=FindingKind.DIRECTION,
            verdict=Verdict.CONTRADICTED,
            message=f"the claim reports {'a higher' if direction > 0 else 'a lower'} risk, but "
            f"the record gives {stated}, {says} risk: “{quoted(best.sentence.text)}”",
            claim_says=claim_match.group() if claim_match else None,
            source_says=stated,
            evidence=evidence,
            confidence=0.85,
        )
    ]


# "All three variants raised the risk", "each of the SNPs": a direction claimed of every one of
# several things, against a sentence giving them one ratio each.
# ("Each copy of the allele", "every additional year": a step of an exposure, not a list.)
_EVERY_ONE: Final = re.compile(r"\b(?:all|both)\b|\b(?:every|each)\s+(?:one\s+)?of\b", re.I)
_SHARED_FOR_LIST: Final = 2


def _against_every_one(
    text: str,
    direction: int,
    claim_terms: dict[str, Term],
    ratios: list[Ratio],
) -> Finding | None:
    """A ratio the other way among the listed ones contradicts "all of them"."""
    every = _EVERY_ONE.search(text)
    if every is None:
        return None
    by_sentence: dict[int, list[Ratio]] = {}
    for ratio in ratios:
        by_sentence.setdefault(ratio.sentence.position, []).append(ratio)
    for listed in by_sentence.values():
        if len(listed) < 2:
            continue
        sentence = listed[0].sentence
        shared = [t for t in claim_terms.values() if t.concepts & sentence.concepts]
        if len(shared) < _SHARED_FOR_LIST:
            continue
        against = [r for r in listed if r.direction == -direction]
        if not against or not any(r.direction == direction for r in listed):
            continue
        stated = against[0].match.group()
        claimed, says = ("a higher", "a lower") if direction > 0 else ("a lower", "a higher")
        return Finding(
            kind=FindingKind.DIRECTION,
            verdict=Verdict.CONTRADICTED,
            message=f"the claim gives every one of them {claimed} risk, but the record gives "
            f"{stated}, {says} risk, for one of them: \u201c{quoted(sentence.text)}\u201d",
            claim_says=every.group(),
            source_says=stated,
            evidence=Evidence(
                sentence=sentence.text,
                span=sentence.absolute(*against[0].match.span()),
                section=sentence.section,
                matched_terms=[stated],
            ),
            confidence=0.8,
        )
    return None
