"""Sample size: "41 participants", "18 of the 20 patients studied", "a review of 7 trials".

The record's sizes are the counts of people (or of studies, for reviews) the abstract states:
"Forty-one participants", "in 20 patients", "Of the 20 patients, 18 ...". A claimed size equal
to any of them is SUPPORTED (a subgroup size is still stated by the record); a claimed size the
record never states, while it does state others, is METADATA_MISMATCH; no stated size at all is
NOT_IN_SOURCE.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from itertools import pairwise
from typing import Final

from claimcheck.pubmed.model import PubMedRecord
from claimcheck.report.model import Finding, FindingKind, Verdict
from claimcheck.verification.assertions import (
    PEOPLE_NOUNS,
    SAMPLE_SIZE_PATTERNS,
    Assertions,
    Phrase,
    SampleSize,
    parse_count,
)
from claimcheck.verification.checks.common import sentence_evidence
from claimcheck.verification.checks.quantities import (
    PEOPLE,
    STUDIES,
    counts_controls,
    not_a_head_count,
)
from claimcheck.verification.index import IndexedSentence, RecordIndex, terms_of
from claimcheck.verification.numbers import DIGITS, NUMBER_WORD, NUMBER_WORD_RUN
from claimcheck.verification.quantities import Quantity, find_quantities, quantities_match


@dataclass(frozen=True, slots=True)
class StatedSize:
    n: int
    unit: str  # "participants" or "studies"
    sentence: IndexedSentence
    quantity: Quantity


def stated_sizes(index: RecordIndex) -> list[StatedSize]:
    return index.memo("sample-sizes", lambda: _stated_sizes(index))


def _stated_sizes(index: RecordIndex) -> list[StatedSize]:
    sizes = []
    for sentence in index.sentences:
        for quantity in sentence.quantities:
            unit = _unit_of(quantity)
            if unit is None or quantity.vague:
                continue  # "hundreds of patients" states no size
            if quantity.unit == "ratio" and quantity.denominator:
                sizes.append(StatedSize(quantity.denominator, unit, sentence, quantity))
                if quantity.numerator:
                    # "Of 310 studies screened, 9 met inclusion criteria": the 9 are counted too.
                    sizes.append(StatedSize(int(quantity.numerator), unit, sentence, quantity))
            elif quantity.value == int(quantity.value):
                sizes.append(StatedSize(int(quantity.value), unit, sentence, quantity))
        sizes += _opening_count(sentence)
    return sizes


_LATER_PEOPLE: Final = re.compile(rf"\b(?:{'|'.join(PEOPLE_NOUNS)})\b", re.IGNORECASE)
_BRACKETED: Final = re.compile(r"\[[^\]]*\]|\([^)]*\)")


def _opening_count(sentence: IndexedSentence) -> list[StatedSize]:
    """A sentence opening with a bare number whose noun comes later, past a bracketed aside:
    "Thirteen male endurance-trained [VMLSS 15.0 ...] runners conducted ..."."""
    first = sentence.quantities[0] if sentence.quantities else None
    if first is None or first.start != 0 or first.unit != "" or first.low is not None:
        return []
    if first.value != int(first.value) or first.value < 2:
        return []
    rest = _BRACKETED.sub(" ", sentence.text[first.end :])
    noun = _LATER_PEOPLE.search(rest)
    if noun is None or len(rest[: noun.start()].split()) > 4:
        return []
    return [StatedSize(int(first.value), "participants", sentence, first)]


def _as_count(n: int) -> Quantity:
    return Quantity(value=float(n), unit="count", text=str(n), start=0, end=0)


def _unit_of(quantity: Quantity) -> str | None:
    if quantity.unit not in ("count", "ratio"):
        return None
    words = {t.stem for t in terms_of(f"{quantity.text} {quantity.context}") if not t.is_number}
    if quantity.unit == "count":
        words = {t.stem for t in terms_of(quantity.text) if not t.is_number}
    if words & PEOPLE:
        return "participants"
    if words & STUDIES:
        return "studies"
    return None


def check_sample_size(
    assertions: Assertions, record: PubMedRecord, index: RecordIndex
) -> list[Finding]:
    text = assertions.text
    claimed = [
        (size, None)
        for size in assertions.sample_sizes
        if not_a_head_count(text, size) is None and not is_share_of(text, size.phrase.start)
    ]
    claimed += approximate_sizes(text, assertions.sample_sizes)
    claimed.sort(key=lambda pair: pair[0].phrase.start)
    return [
        judge_sample_size(size, index, approximately=bound, claim_text=text)
        for size, bound in claimed
    ]


# "four out of five patients", "one in three people": the claim gives a share of some group,
# not how many people the study had. "18 of the 20 patients" names the studied group itself.
_SHARE_LEAD: Final = re.compile(
    rf"\b(?:\d[\d,]*|{NUMBER_WORD}|a|one)\s+(?:out\s+of|in)\s+(?:every\s+)?$", re.IGNORECASE
)


def is_share_of(claim_text: str, start: int) -> bool:
    """Whether the claim's count at ``start`` is the whole of a share ("out of five")."""
    return _SHARE_LEAD.search(claim_text, max(0, start - 30), start) is not None


# What a count did in the work: the studies or people found or screened, or those kept.
# "identified 288 articles, 60 of which met the inclusion criteria": 288 were found, 60 kept.
_FOUND, _KEPT = "found", "kept"
_CLAIM_FOUND: Final = re.compile(
    r"\b(?:identif(?:ied|y|ies|ying)|screen(?:ed|s|ing)?|retriev(?:ed|es|ing)|search(?:ed|es)?|"
    r"yield(?:ed|s)?|turned\s+up|assessed\s+for\s+eligibility|found|located)\b"
    r"(?:\s+[\w-]+){0,3}\s*$",
    re.IGNORECASE,
)
_CLAIM_KEPT: Final = re.compile(
    r"\b(?:includ(?:ed|es|ing)|pool(?:ed|s|ing)|analy[sz](?:ed|es|ing)|meta-analy[sz](?:ed|es|ing)|"
    r"synthesi[sz](?:ed|es|ing)|compris(?:ed|es|ing)|cover(?:ed|s|ing)|enroll?(?:ed|s|ing)?|"
    r"randomi[sz](?:ed|es|ing)|(?:review|analysis|meta-analysis)\s+of)\b(?:\s+[\w-]+){0,3}\s*$",
    re.IGNORECASE,
)
_SELECTED_AFTER: Final = re.compile(
    r"^[^.;]{0,60}?\b(?:met\s+(?:the\s+|our\s+|its\s+|all\s+)?(?:inclusion|eligibility)|"
    r"(?:were|was)\s+(?:finally\s+)?(?:included|eligible|selected|randomi[sz]ed|enroll?ed|"
    r"retained|analy[sz]ed)|fulfill?ed|qualified)",
    re.IGNORECASE,
)
_ROLE_REACH: Final = 60
_OF_WHICH_IN: Final = re.compile(r"\bof\s+(?:which|whom|these|them)\b", re.IGNORECASE)
_PART_AFTER: Final = re.compile(
    r"\s*,?\s*(?:\d[\d,]*|[a-z]+(?:-[a-z]+)?)\s+of\s+(?:which|whom|these|them)\b", re.IGNORECASE
)


def claimed_role(claim_text: str, start: int) -> str | None:
    """Whether the claim's count is of things found or of things kept, by the verb before it."""
    before = claim_text[max(0, start - _ROLE_REACH) : start]
    if _CLAIM_KEPT.search(before):
        return _KEPT
    if _CLAIM_FOUND.search(before):
        return _FOUND
    return None


def stated_role(size: StatedSize) -> str | None:
    """A count of a selection ("Of 310 studies screened, 9 met inclusion criteria"): the whole
    was found, the part kept. Any other count has no role to tell."""
    quantity = size.quantity
    text = size.sentence.text
    if quantity.unit == "count":
        if _OF_WHICH_IN.search(quantity.text):  # "60 of which met the inclusion criteria"
            return _KEPT if _SELECTED_AFTER.search(text[quantity.start :]) else None
        after = _PART_AFTER.match(text, quantity.end)  # "288 articles, 60 of which met ..."
        return _FOUND if after and _SELECTED_AFTER.search(text[after.start() :]) else None
    if quantity.unit != "ratio" or not quantity.numerator or not quantity.denominator:
        return None
    if not _SELECTED_AFTER.search(text[quantity.start :]):
        return None
    if size.n == quantity.denominator and size.n != quantity.numerator:
        return _FOUND
    return _KEPT if size.n == quantity.numerator else None


# "some 1,200 men", "almost 700 studies", "more than 600 patients": a size given roughly or as
# a bound. The wording sits between the size cue ("of", "in") and the number.
_ROUGHLY: Final = re.compile(
    r"\b(?P<words>(?:just|slightly|a\s+little)\s+(?:over|under|more\s+than|fewer\s+than|"
    r"less\s+than)|about|approximately|around|roughly|nearly|almost|some|close\s+to|"
    r"an\s+estimated|more\s+than|over|upwards\s+of|fewer\s+than|less\s+than|under)\s+"
    rf"(?=\d|{NUMBER_WORD})",
    re.IGNORECASE,
)


# "Roughly 750 women took part", "Some 1,200 adults were followed": a rough count of people
# opening the sentence, then what they did as participants. Read once the wording is blanked.
_ROUGH_OPENING: Final = re.compile(
    rf"(?:^|[.;])\s*(?P<n>{DIGITS}|{NUMBER_WORD_RUN})\s+(?:[\w-]+\s+){{0,3}}?"
    rf"(?:{'|'.join(PEOPLE_NOUNS)})\s+(?:(?:with|who|aged|from)\s+(?:[\w-]+\s+){{0,5}}?)?"
    r"(?:completed|took\s+part|participated|joined|(?:were|was)\s+(?:followed|tracked|surveyed|"
    r"enrolled|randomi[sz]ed|recruited|included|studied|treated|assigned|examined|screened))\b",
    re.IGNORECASE,
)


def approximate_sizes(
    text: str, exact: tuple[SampleSize, ...]
) -> list[tuple[SampleSize, Quantity]]:
    """Sizes the claim gives with rough wording, each with how the number is bounded. They are
    read by blanking the wording (offsets kept) and reading the sizes again."""
    if not _ROUGHLY.search(text):
        return []
    wording = {m.end(): m for m in _ROUGHLY.finditer(text)}
    blanked = _ROUGHLY.sub(lambda m: " " * len(m.group()), text)
    known = {size.phrase.start for size in exact}
    found: dict[int, tuple[SampleSize, Quantity]] = {}
    patterns = (*SAMPLE_SIZE_PATTERNS, ("participants", _ROUGH_OPENING))
    for unit, pattern in patterns:
        for match in pattern.finditer(blanked):
            at = match.start("n")
            rough = wording.get(at)
            if rough is None or at in known or at in found or "%" in text[match.end("n") :][:2]:
                continue
            n = parse_count(match["n"])
            written = next((q for q in find_quantities(text) if q.start <= at < q.end), None)
            if not n or written is None or written.bound is None:
                continue
            if written.denominator is not None or written.unit == "ratio":
                continue  # "close to three in five participants": a share, not a head count
            phrase = Phrase(text[rough.start() : match.end()], rough.start(), match.end())
            found[at] = (SampleSize(n, unit, phrase), written)
    return list(found.values())


# A control group described without the word: "900 carefully matched people who did not".
_MATCHED: Final = re.compile(r"\bmatched\b", re.IGNORECASE)
# Groups counted side by side, whose sum is everyone studied: "386 cases and 896 controls",
# "12 women plus 9 men", "20 on ketamine versus 21 on midazolam".
_JOINS_PARTS: Final = re.compile(
    r"^(?:\s+(?:with|without|who|on|receiving|given)\b[^,;.()\d]{0,40}?)?"
    r"\s*,?\s*(?:and|plus|versus|vs\.?)\s+$",
    re.IGNORECASE,
)


def _total_of_parts(
    claim: SampleSize, sizes: list[StatedSize], approximately: Quantity | None
) -> Finding | None:
    """A claimed head count equal to the sum of groups the record counts side by side in one
    sentence; only plain counts joined by "and/plus/versus" are summed, so a total and its
    own part ("20 patients, 10 women") never add up."""
    counts = sorted(
        (s for s in sizes if s.quantity.unit == "count" and s.n == s.quantity.value),
        key=lambda s: (s.sentence.position, s.quantity.start),
    )
    for first, second in pairwise(counts):
        if first.sentence.position != second.sentence.position:
            continue
        gap = first.sentence.text[first.quantity.end : second.quantity.start]
        if not _JOINS_PARTS.match(gap):
            continue
        total = first.n + second.n
        if approximately is None:
            agrees = total == claim.n
        else:
            claimed = replace(approximately, unit="count", value=float(claim.n))
            agrees = quantities_match(claimed, _as_count(total))
        if agrees:
            parts = f"{first.quantity.text} and {second.quantity.text}"
            return Finding(
                kind=FindingKind.SAMPLE_SIZE,
                verdict=Verdict.SUPPORTED,
                message=f"the abstract states {parts}, {total} {claim.unit} in all",
                claim_says=claim.phrase.text,
                source_says=parts,
                evidence=sentence_evidence(
                    first.sentence, extra=[first.quantity.text, second.quantity.text]
                ),
                confidence=0.8,
            )
    return None


def judge_sample_size(
    claim: SampleSize,
    index: RecordIndex,
    *,
    approximately: Quantity | None = None,
    claim_text: str = "",
) -> Finding:
    sizes = [s for s in stated_sizes(index) if s.unit == claim.unit]
    role = claimed_role(claim_text, claim.phrase.start) if claim_text else None
    if role is not None:
        # "included 288 studies" is not backed by "identified 288 articles, 60 of which met
        # the inclusion criteria": the count must have done what the claim says it did.
        sizes = [s for s in sizes if stated_role(s) in (None, role)]
    # A count of controls is not the count of cases, and back ("386 controls" against "386
    # pancreatic cancer cases and 896 matched controls"). A record that counts only the other
    # kind gives no figure for this one: it neither backs nor contradicts it.
    controls = counts_controls(claim.phrase.text) or (
        _MATCHED.search(claim.phrase.text) is not None
        and any(counts_controls(s.quantity.text) for s in sizes)
    )
    every_count = sizes
    sizes = [s for s in sizes if counts_controls(s.quantity.text) == controls]
    if approximately is None:
        same = [s for s in sizes if s.n == claim.n]
    else:
        claimed = replace(approximately, unit="count", value=float(claim.n))
        same = [s for s in sizes if quantities_match(claimed, _as_count(s.n))]
    if not same and not controls:
        total = _total_of_parts(claim, every_count, approximately)
        if total is not None:
            return total
    if same:
        found = same[0]
        return Finding(
            kind=FindingKind.SAMPLE_SIZE,
            verdict=Verdict.SUPPORTED,
            message=f"the abstract states {found.quantity.text} ({claim.n} {claim.unit})",
            claim_says=claim.phrase.text,
            source_says=found.quantity.text,
            evidence=sentence_evidence(found.sentence, extra=[found.quantity.text]),
            confidence=0.9,
        )
    if sizes:
        largest = max(sizes, key=lambda s: (s.n, -s.sentence.position))
        stated = ", ".join(dict.fromkeys(s.quantity.text for s in sizes))
        return Finding(
            kind=FindingKind.SAMPLE_SIZE,
            verdict=Verdict.METADATA_MISMATCH,
            message=f"the claim gives {claim.n} {claim.unit}, but the abstract states {stated}",
            claim_says=claim.phrase.text,
            source_says=largest.quantity.text,
            evidence=sentence_evidence(largest.sentence, extra=[largest.quantity.text]),
            confidence=0.75,
        )
    return Finding(
        kind=FindingKind.SAMPLE_SIZE,
        verdict=Verdict.NOT_IN_SOURCE,
        message=f"the abstract states no number of {claim.unit} to compare with {claim.n}",
        claim_says=claim.phrase.text,
        confidence=0.7,
    )
