"""Quantities in claims and abstracts: find them, and compare a claim's with a source's.

``find_quantities`` reads a sentence once, left to right: it finds every number expression
(digits, number words, fractions, "once/twice/thrice", "doubled", bare "weekly") and then reads
a few characters on either side of it to learn what it is: a percentage, "n of N", a count of
patients, a duration, a dose, a frequency, a range, a bound ("greater than", "≥", "up to"), or a
statistic (p-value, confidence interval, odds/hazard ratio) that must never pass for a claim
about patients. Years are recognised and set aside (``find_years``).

Spans index the string given: the text is only ever translated character for character
(Unicode dashes, full-width digits, comparison signs) so offsets never move.

Comparison (``quantities_match``/``quantities_conflict``) turns each quantity into an interval in
its family's base unit (days, per-day, mg, percent...) widened by the rounding its writing
implies, then asks whether the source's interval lies inside the claim's (support) or the two
are disjoint (conflict).
"""

from __future__ import annotations

import datetime
import math
import re
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Final, NamedTuple

from claimcheck.verification.numbers import (
    DIGITS,
    FOLD_WORDS,
    FRACTION_DENOMINATORS,
    MAGNITUDE_WORDS,
    MULTIPLE_WORDS,
    MULTIPLIERS,
    NUMBER_WORD,
    NUMBER_WORD_RUN,
    decimals_of,
    magnitude_range,
    parse_digits,
    parse_number_words,
    word_alternation,
)


@dataclass(frozen=True, slots=True)
class Quantity:
    """One quantity as written.

    ``value`` is the central value (the midpoint of a range; for ``unit == "ratio"`` — "18 of
    20", "two-thirds", "one in five" — it is the percentage, also in ``percent``). For ``"ci"``
    ``value`` is the confidence level (95 when unstated) and ``low``/``high`` the interval.
    ``rounding`` is the half-width of the rounding the writing implies, in ``unit`` (0.5 for
    "59", 0.05 for "1.4").
    """

    value: float
    unit: str
    text: str
    start: int
    end: int
    low: float | None = None
    high: float | None = None
    bound: str | None = None
    numerator: int | None = None
    denominator: int | None = None
    percent: float | None = None
    context: str = ""
    rounding: float = 0.5
    # For an approximate value (bound "~"), the side of it the true value lies on when the
    # wording says: "<" for "nearly 700", ">" for "just over half".
    side: str | None = None
    # An order of magnitude ("hundreds of studies", "dozens of variants"): ``low``/``high`` hold
    # what the words cover, and only a value far outside them conflicts.
    vague: bool = False

    @property
    def is_ratio(self) -> bool:
        """ "18 of 20", "two-thirds", "one in five": a part of a whole given as counts."""
        return self.unit == "ratio"

    @property
    def is_proportion(self) -> bool:
        """A share of something ("59% of patients", "18 of 20"), comparable as a percentage."""
        return self.unit in ("%", "ratio")

    @property
    def is_statistic(self) -> bool:
        """A p-value, interval, effect ratio or spread: never a claim about how many patients."""
        return self.unit in STATISTIC_UNITS

    @property
    def is_informative(self) -> bool:
        """Worth checking against a source: has a unit and is not a statistic."""
        return bool(self.unit) and not self.is_statistic


STATISTIC_UNITS: Final[frozenset[str]] = frozenset({"p", "ci", "iqr", "sd", "ratio_stat"})


# --- character-for-character translation (offsets never move) --------------------------------

_DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d"
_TRANSLATION: Final = str.maketrans(
    {
        **{ord(c): "-" for c in _DASHES},
        **{0xFF10 + i: str(i) for i in range(10)},
        0xFF05: "%", 0x066A: "%", 0xFF1C: "<", 0xFF1E: ">", 0xFF1D: "=", 0xFF0B: "+",
        0xFF0E: ".", 0xFF0C: ",", 0x2A7E: "≥", 0x2267: "≥", 0x2A7D: "≤", 0x2266: "≤",
        0x223C: "~", 0x2248: "~", 0x2243: "~", 0xFF5E: "~", 0x00B5: "μ", 0x00D7: "x",
        0x2019: "'", 0x2018: "'",
        0x00A0: " ", 0x2007: " ", 0x2009: "\u2009", 0x202F: "\u202f",
    }
)  # fmt: skip


# "minus 228 degrees": a sign written as a word, rewritten in place as "     -228" ("plus or
# minus 1.1" is a spread, not a sign).
_MINUS_WORD: Final = re.compile(r"(?<!\bor )\bminus\s+(?=\.?[0-9])", re.IGNORECASE)


def _signed(match: re.Match[str]) -> str:
    return " " * (len(match.group()) - 1) + "-"


def _translate(text: str) -> str:
    translated = text.translate(_TRANSLATION)
    if "minus" in translated.lower():
        translated = _MINUS_WORD.sub(_signed, translated)
    return translated


# --- number tokens ------------------------------------------------------------------------------

_FRACTION_ALT = word_alternation(FRACTION_DENOMINATORS)
_FOLD_ALT = word_alternation(FOLD_WORDS)

# Each alternative starts with a cheap test on one character, so most positions fail at once.
_TOKEN = re.compile(
    rf"(?=[-.0-9])(?P<digits>(?<![\w.])(?<![A-Za-z]-)(?:(?<![\w)\]%])-(?=\.?[0-9]))?{DIGITS})"
    r"|\b(?=[A-Za-z])(?:"
    rf"(?P<frac>(?:(?P<fnum>{NUMBER_WORD}|an?)\s*[-\s]\s*)?(?P<fden>{_FRACTION_ALT})\b"
    r"(?!-(?:life|lives|way|hearted|time|dose)))"
    rf"|(?P<words>{NUMBER_WORD_RUN})"
    r"|(?P<mult>(?:once|twice|thrice)\b)"
    r"|(?P<xfold>(?:double|triple|quadruple)(?=\s+(?:the|as)\b))"
    rf"|(?P<fold>(?:{_FOLD_ALT})\b)"
    r"|(?P<freq>(?:weekly|daily|nightly|monthly|yearly|annually|hourly)\b))",
    re.IGNORECASE,
)


_DIGIT_SCALES: Final[dict[str, float]] = {"thousand": 1e3, "million": 1e6, "billion": 1e9}
_SCALE_AFTER = re.compile(r"\s+(million|billion|thousand)\b", re.IGNORECASE)
_LONGEST_NUMBER_WORDS = 160  # "seven hundred and seventy-seven thousand..." and then some


class _Token(NamedTuple):
    start: int
    end: int
    kind: str  # digits, words, frac, mult, fold, freq, schedule
    value: float
    decimals: int
    numerator: int | None = None
    denominator: int | None = None
    scale: float = 1.0  # "2.3 million": the digits are millions
    low: float | None = None  # an order of magnitude ("hundreds of") covers low to high
    high: float | None = None

    @property
    def rounding(self) -> float:
        return 0.5 * 10.0 ** (-self.decimals) * self.scale

    @property
    def is_int(self) -> bool:
        return self.kind in ("digits", "words") and float(self.value).is_integer()


def _tokens(t: str) -> list[_Token]:
    out: list[_Token] = []
    for m in _TOKEN.finditer(t):
        kind = m.lastgroup or ""
        if kind == "fnum" or m.group("frac") is not None:
            den = FRACTION_DENOMINATORS[m.group("fden").lower()]
            fnum = m.group("fnum")
            if fnum is None:
                num = 1 if den == 2 else 0  # a lone "third" is an ordinal unless "of" follows
            elif fnum.lower() in ("a", "an"):
                num = 1
            else:
                parsed = parse_number_words(fnum)
                num = parsed.value if parsed else 0
            if num == 0 and not (fnum is None and re.match(r"\s+of\b", t[m.end() : m.end() + 5])):
                continue
            if fnum is None and _QUANTILE_LEFT.search(t, max(0, m.start() - 24), m.start()):
                continue  # "the shortest fifth", "the upper half": a group, not a share
            num = num or 1
            out.append(_Token(m.start(), m.end(), "frac", 100.0 * num / den, 0, num, den))
        elif kind == "words":
            pos = m.start()
            while pos < m.end():
                parsed = parse_number_words(t[pos : min(m.end(), pos + _LONGEST_NUMBER_WORDS)])
                if parsed is None or parsed.length == 0:
                    break
                out.append(_Token(pos, pos + parsed.length, "words", float(parsed.value), 0))
                pos += parsed.length
                while pos < m.end() and not t[pos].isalpha():
                    pos += 1
        elif kind == "mult":
            out.append(_Token(m.start(), m.end(), "mult", MULTIPLIERS[m.group().lower()], 0))
        elif kind == "xfold":
            out.append(
                _Token(m.start(), m.end(), "xfold", float(MULTIPLE_WORDS[m.group().lower()]), 0)
            )
        elif kind == "fold":
            out.append(_Token(m.start(), m.end(), "fold", FOLD_WORDS[m.group().lower()], 0))
        elif kind == "freq":
            out.append(_Token(m.start(), m.end(), "freq", 1.0, 0))
        elif kind == "digits":
            raw = m.group()
            try:
                value = parse_digits(raw)
            except ValueError:
                continue
            if not math.isfinite(value):
                continue
            end, scale = m.end(), 1.0
            if scale_word := _SCALE_AFTER.match(t, end):
                scale = _DIGIT_SCALES[scale_word.group(1).lower()]
                end = scale_word.end()
            decimals = decimals_of(raw)
            out.append(_Token(m.start(), end, "digits", value * scale, decimals, scale=scale))
    lowered = t.lower()
    if any(cue in lowered for cue in _SCHEDULE_CUES):
        out = _schedule_phrases(t, out)
    if "dozen" in lowered:
        out = _dozens(t, out)
    if "half" in lowered or "quarter" in lowered or "third" in lowered:
        out = [_fraction_of_unit(t, tok) if tok.kind == "frac" else tok for tok in out]
    if "couple" in lowered:
        out = _word_counts(_COUPLE, 2.0, out, t)
    if "a " in lowered or "an " in lowered:
        out = _word_counts(_ONE_SPAN, 1.0, out, t)
    if "a full " in lowered or "a whole " in lowered or "a single " in lowered:
        out = _word_counts(_A_FULL_UNIT, 1.0, out, t)
    if "a single " in lowered or "a lone " in lowered:
        out = _word_counts(_ONLY_A_SINGLE, 1.0, out, t)
    if "and a half" in lowered:
        out = _and_a_half(t, out)
    if any(
        word in lowered for word in ("dozen", "score", "tens", "hundred", "thousand", "million")
    ):
        out = _magnitudes(t, out)
    if _ORDINAL_CUE.search(t):
        out = _ordinal_times(t, out)
    return out


# A dosing schedule told without a number: "on consecutive days" is once a day, "every other
# week" once in two weeks, "fortnightly" the same. Each phrase is a frequency token of its own.
_SCHEDULE_CUES = ("day", "week", "month", "fortnight", "alternate")
_SCHEDULE_UNITS: Final[dict[str, str]] = {
    "day": "per_day", "days": "per_day", "week": "per_week", "weeks": "per_week",
    "month": "per_month", "months": "per_month",
}  # fmt: skip
_SCHEDULE = re.compile(
    r"\b(?:"
    r"(?P<every>(?:every|each)(?:\s+single)?\s+(?P<eu>day|week|month)"
    r"|(?:on|in|over|for)\s+(?:consecutive|successive)\s+(?P<cu>days|weeks|months)"
    r"|(?P<au>day|week|month)\s+after\s+(?P=au))"
    r"|(?P<other>every\s+(?:other|alternate)\s+(?P<ou>day|week|month)"
    r"|on\s+alternate\s+(?P<ou2>days|weeks|months))"
    r"|(?P<fortnight>fortnightly|once\s+a\s+fortnight|every\s+fortnight)"
    r")\b(?![-/])",
    re.IGNORECASE,
)


def _schedule_unit(match: re.Match[str]) -> tuple[float, str]:
    if match["fortnight"]:
        return 0.5, "per_week"
    if match["other"]:
        return 0.5, _SCHEDULE_UNITS[(match["ou"] or match["ou2"]).lower()]
    return 1.0, _SCHEDULE_UNITS[(match["eu"] or match["cu"] or match["au"]).lower()]


def is_schedule_phrase(q: Quantity) -> bool:
    """A frequency told as a schedule without a number ("on consecutive days")."""
    return q.unit.startswith("per_") and _SCHEDULE.fullmatch(q.text) is not None


def _schedule_phrases(t: str, tokens: list[_Token]) -> list[_Token]:
    found = [
        _Token(m.start(), m.end(), "schedule", _schedule_unit(m)[0], 2)
        for m in _SCHEDULE.finditer(t)
    ]
    if not found:
        return tokens
    kept = [
        tok for tok in tokens if not any(f.start <= tok.start < f.end for f in found)
    ]  # "every second week": the ordinal belongs to the schedule
    return sorted(kept + found, key=lambda tok: tok.start)


_ORDINALS: Final[dict[str, int]] = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12,
}  # fmt: skip
_ORDINAL_CUE = re.compile(r"(?:st|nd|rd|th)[\s-]+(?:hour|day|week|month|year)", re.IGNORECASE)
# "in the first week", "by the 2nd month": a time point counted by its place, the same as
# "week 1" or "month 2". "Every second week" is a frequency and is left alone.
_ORDINAL_TIME = re.compile(
    rf"(?<!\bevery\s)(?<!\beach\s)\b(?P<n>{word_alternation(_ORDINALS)}|[1-9][0-9]?(?:st|nd|rd|th))"
    r"[\s-]+(?P<unit>hour|day|week|month|year)\b(?!-)",
    re.IGNORECASE,
)


def _ordinal_times(t: str, tokens: list[_Token]) -> list[_Token]:
    for m in _ORDINAL_TIME.finditer(t):
        word = m["n"].lower()
        value = _ORDINALS.get(word) or int(word[:-2])
        tokens = [k for k in tokens if k.end <= m.start() or k.start >= m.end()]
        tokens.append(_Token(m.start(), m.end(), "ordinal", float(value), 0))
    return sorted(tokens, key=lambda k: k.start)


# "the shortest fifth", "the top quarter", "the lower half": a quantile group named by its
# place, never a share of anything.
_QUANTILE_LEFT = re.compile(
    r"\b(?:(?!least\b)[a-z]{2,}est|top|bottom|upper|lower|middle)\s+$", re.IGNORECASE
)
# "one and a half", "2 and a half": a whole and a half.
_AND_A_HALF = re.compile(r"\s+and\s+a\s+half\b", re.IGNORECASE)
# "an hour and a half", "a year and a half": one and a half of the unit.
_UNIT_AND_A_HALF = re.compile(
    r"\b(?P<a>an?)\s+(?P<unit>second|minute|hour|day|week|month|year)\s+and\s+a\s+half\b",
    re.IGNORECASE,
)


def _and_a_half(t: str, tokens: list[_Token]) -> list[_Token]:
    merged: list[_Token] = []
    for tok in tokens:
        if merged and merged[-1].end > tok.start:
            continue  # the "a half" a whole-and-a-half token took in
        half = _AND_A_HALF.match(t, tok.end)
        if half and tok.kind in ("digits", "words") and tok.is_int and tok.scale == 1.0:
            merged.append(_Token(tok.start, half.end(), "digits", tok.value + 0.5, 1))
            continue
        merged.append(tok)
    for m in _UNIT_AND_A_HALF.finditer(t):
        merged = [k for k in merged if k.end <= m.start() or k.start >= m.end()]
        merged.append(_Token(m.start(), m.end(), "unithalf", 1.5, 1))
    return sorted(merged, key=lambda k: k.start)


_MAGNITUDE = re.compile(
    r"\b(?:(?P<outer>tens|hundreds)\s+of\s+(?P<inner>thousands|millions)\s+of"
    r"|(?:a\s+few|several)\s+(?P<some>dozen|score|hundred|thousand|million)"
    r"|(?P<plural>dozens|scores|hundreds|thousands|millions)\s+of)\b",
    re.IGNORECASE,
)


def _magnitudes(t: str, tokens: list[_Token]) -> list[_Token]:
    """ "hundreds of studies", "several thousand", "tens of thousands of": orders of magnitude,
    each a token covering the amounts its words allow."""
    for m in _MAGNITUDE.finditer(t):
        if m["outer"]:
            unit = MAGNITUDE_WORDS[m["outer"].lower()] * MAGNITUDE_WORDS[m["inner"].lower()]
        else:
            unit = MAGNITUDE_WORDS[(m["some"] or m["plural"]).lower()]
        low, high = magnitude_range(unit)
        tokens = [k for k in tokens if k.end <= m.start() or k.start >= m.end()]
        tokens.append(_Token(m.start(), m.end(), "vague", (low + high) / 2, 0, low=low, high=high))
    return sorted(tokens, key=lambda k: k.start)


# "a couple of weeks" is two weeks.
_COUPLE = re.compile(r"\ba\s+couple(?:\s+of)?\b(?=\s+[A-Za-z])", re.IGNORECASE)
# "up to a month", "for a fortnight", "a week apart": the article counts one
# of the time unit after words that introduce a length of time. Elsewhere ("3 days a week",
# "10 mg a day") it is not a duration and stays unread.
_ONE_SPAN = re.compile(
    r"\b(?:to|for|over|after|about|around|roughly|nearly|almost|than|least|most|lasting"
    r"|lasted|lasts|last|past|only|just|some|under|barely"
    # "as long as a month", "as little as a week": the bound of a length of time
    r"|as\s+(?:long|short|little|much|early|late|soon)\s+as)\s+(?P<a>an?)(?=\s+(?:fortnight"
    r"|decade|year|month|week|day|hour|minute)s?\b)"
    # "a full week", "a whole month", "an entire year": one of the unit, said with emphasis
    r"|\b(?P<e>an?\s+(?:full|whole|entire|complete))(?=\s+(?:fortnight|decade|year|month|week"
    r"|day|hour|minute)\b)"
    # "within an hour of dosing": how soon an effect came (longer deadlines stay unread)
    r"|\bwithin\s+(?P<d>an?)(?=\s+(?:fortnight|year|month|week|day|hour|minute)\b)"
    r"|\b(?P<b>an?)(?=\s+(?:fortnight|year|month|week|day)\s+apart\b)"
    # "within a minute to a minute and a half": the low end of a range of times
    rf"|\b(?P<c>an?)(?=\s+(?:year|month|week|day|hour|minute)\s+to\s+(?:an?\b|\d|{NUMBER_WORD}))",
    re.IGNORECASE,
)


# "a quarter, a half and a full milligram per kilogram": "a full" unit is one of it.
_A_FULL_UNIT = re.compile(
    r"\b(?P<f>a\s+(?:full|whole|single))(?=\s+(?:milligrams?|micrograms?|grams?|mg|μg|g|millilit(?:re|er)s?|ml"
    r"|lit(?:re|er)s?|units?)\b)",
    re.IGNORECASE,
)

# "only a single variant", "just a lone trial": "only" makes the article a count of one, the
# same as "only one variant" (a plain "a single dose" stays unread: no count is claimed).
# "Not only a single patient but several" counts more than one: no count of one.
_ONLY_A_SINGLE = re.compile(
    r"\b(?<!\bnot\s)(?:only|just|merely|exactly|solely)\s+(?P<s>a\s+(?:single|lone))"
    r"(?=\s+[A-Za-z])",
    re.IGNORECASE,
)


def _word_counts(
    pattern: re.Pattern[str], value: float, tokens: list[_Token], t: str
) -> list[_Token]:
    """Tokens for number phrases without digits or number words ("a couple of", "a" month)."""
    added = False
    for m in pattern.finditer(t):
        start, end = m.span(m.lastgroup) if m.lastgroup else m.span()
        if any(k.start < end and start < k.end for k in tokens):
            continue
        tokens.append(_Token(start, end, "words", value, 0))
        added = True
    return sorted(tokens, key=lambda k: k.start) if added else tokens


_DOZEN = re.compile(
    rf"\b(?:(?P<n>an?|half\s+a|{NUMBER_WORD}|\d+)[\s-]+)?dozens?\b(?!\s+of\b)", re.IGNORECASE
)


_DOZEN_WORD = re.compile(r"\bdozens?\b", re.IGNORECASE)


def _dozens(t: str, tokens: list[_Token]) -> list[_Token]:
    """ "a dozen" is 12, "two dozen" 24, "half a dozen" 6."""
    for m in _DOZEN.finditer(t):
        word = (m.group("n") or "a").lower()
        if word in ("a", "an"):
            times = 1.0
        elif word.startswith("half"):
            times = 0.5
        elif word[0].isdigit():
            times = float(word)
        else:
            parsed = parse_number_words(word)
            if parsed is None:
                continue
            times = float(parsed.value)
        tokens = [k for k in tokens if k.end <= m.start() or k.start >= m.end()]
        tokens.append(_Token(m.start(), m.end(), "words", 12.0 * times, 0))
    return sorted(tokens, key=lambda k: k.start)


# "half a milligram", "a quarter of an hour": a fraction of one unit is a value in that unit.
_OF_ONE_UNIT = re.compile(
    r"\s+(?:of\s+)?(?:an?|one)\s+(?=(?:milli|micro|nano|kilo)?grams?\b|millilit|hours?\b|"
    r"days?\b|weeks?\b|months?\b|years?\b|minutes?\b|mg\b|g\b)",
    re.IGNORECASE,
)


def _fraction_of_unit(t: str, tok: _Token) -> _Token:
    m = _OF_ONE_UNIT.match(t, tok.end)
    if m is None or tok.numerator is None or not tok.denominator:
        return tok
    value = tok.numerator / tok.denominator
    return _Token(tok.start, m.start() + len(m.group().rstrip()), "digits", value, 2)


# --- what follows a number ----------------------------------------------------------------------

_TIME_UNITS: Final[dict[str, str]] = {
    "year": "year", "years": "year", "yr": "year", "yrs": "year",
    "month": "month", "months": "month", "mo": "month", "mos": "month",
    "week": "week", "weeks": "week", "wk": "week", "wks": "week",
    "day": "day", "days": "day", "d": "day", "night": "day", "nights": "day",
    "hour": "hour", "hours": "hour", "hr": "hour", "hrs": "hour", "h": "hour",
    "minute": "minute", "minutes": "minute", "min": "minute", "mins": "minute",
    "second": "second", "seconds": "second", "sec": "second", "secs": "second", "s": "second",
}  # fmt: skip
_FREQ_ADVERBS: Final[dict[str, str]] = {
    "weekly": "per_week", "daily": "per_day", "nightly": "per_day", "monthly": "per_month",
    "yearly": "per_year", "annually": "per_year", "hourly": "per_hour",
}  # fmt: skip

# "two more weeks", "one full week", "three whole days": a word between a number and its time
_TIME_ADJECTIVES = (
    r"(?:(?:test|study|treatment|consecutive|additional|further|separate|more|full|whole|entire"
    r"|complete)\s+)"
)
_TIME_LONG = (
    r"years?|yrs?|months?|mos?|weeks?|wks?|days?|nights?|hours?|hrs?|minutes?|mins?|seconds?|secs?"
    r"|fortnights?|decades?"
)
# Time units that are a number of a smaller one: "a fortnight" is two weeks.
_MULTIPLE_UNITS: Final[dict[str, tuple[str, float]]] = {
    "fortnight": ("week", 2.0), "fortnights": ("week", 2.0),
    "decade": ("year", 10.0), "decades": ("year", 10.0),
}  # fmt: skip
# "given a week apart", "two weeks apart": one every so long, a frequency.
_APART = re.compile(r"\s+apart\b", re.IGNORECASE)
# "at two-week intervals", "48-hour intervals": one every so long, a frequency too.
_INTERVALS = re.compile(r"\s+intervals?\b", re.IGNORECASE)
_TIME = re.compile(
    rf"(?:\s*-\s*|\s+){_TIME_ADJECTIVES}?(?P<tu>{_TIME_LONG})\b"
    r"|(?:\s*-\s*|\s*)(?P<tu1>h|d|s|min)\b(?![-/]\w)",
    re.IGNORECASE,
)
_ADMINISTRATION = re.compile(
    r"(?:doses?|dosings?|infusions?|injections?|sessions?|treatments?|administrations?|tablets?|"
    r"pills?|capsules?|visits?)",
    re.IGNORECASE,
)
_OCCASION_DAYS = re.compile(
    r"(?:\s*-\s*|\s+)(?:test|study|visit|session|experimental|assessment|dosing)\s+days?\b",
    re.IGNORECASE,
)
_ON_LEFT = re.compile(r"\bon\s+$", re.IGNORECASE)
_AGE_SUFFIX = re.compile(r"-olds?\b", re.IGNORECASE)

_PERCENT = re.compile(r"\s*(?:%|per\s*cent\b|pct\b)", re.IGNORECASE)
_PERCENT_POINTS = re.compile(r"\s*(?:%|percent(?:age)?)[\s-]*points?\b", re.IGNORECASE)
_CI_LEVEL = re.compile(
    r"\s*%\s*(?:CIs?|CrIs?|(?:confidence|credible|uncertainty)\s+intervals?)\b", re.IGNORECASE
)
_RATE_NOUN = (
    r"the\s+(?:odds|risk|rate|hazard|likelihood|chance|incidence|prevalence|number|level|amount)\b"
)
_FOLD = re.compile(
    r"\s*-?\s*fold\b|\s*(?:times|x)\s+(?=(?:higher|greater|more|larger|lower|less|smaller|as)\b"
    rf"|{_RATE_NOUN})",
    re.IGNORECASE,
)
# Hot patterns carry no named groups (they make the engine markedly slower); the unit is read
# from the last word of the match instead.
_PER_UNIT = r"(?:weeks?|wks?|days?|d|months?|years?|yrs?|hours?|hrs?|h|nights?)"
_FREQ_TIMES = re.compile(
    rf"\s*(?:x|times)\s*(?:(?:a|an|per|each|every)\s+|/\s*|-?\s*)?{_PER_UNIT}\b"
    r"|\s*(?:x|times)?[-\s]*(?:weekly|daily|nightly|monthly|yearly|annually|hourly)\b",
    re.IGNORECASE,
)
_FRACTION_OF_TIME = re.compile(
    r"\s+(?:of\s+)?(?:an?\s+)?(hours?|days?|weeks?|months?|years?|minutes?)\b", re.IGNORECASE
)
# "four times the odds in the third quartile and close to five times in the fourth": a bare
# "times" after a multiple of the odds or risk is that multiple again, its noun left out.
_ELLIPTIC_FOLD = re.compile(r"\s*times\s+(?=(?:in|among|for|with|at)\b)", re.IGNORECASE)
_EARLIER_FOLD = re.compile(rf"\b(?:times|fold|twice|thrice)\s+{_RATE_NOUN}", re.IGNORECASE)
_MULT_FOLD = re.compile(rf"\s+(?:as\b|{_RATE_NOUN})", re.IGNORECASE)
# "about twice the ketamine dose", "double the usual amount": a multiple of any measure (never
# after "once": "once the study ended" is a time); "twice the first week", "twice the same day"
# tell when something happened, no multiple.
# "double or triple the dose": a choice of doses, no multiple the record must give
_OR_BEFORE = re.compile(r"\bor\s+$", re.IGNORECASE)
_MULT_FOLD_ANY = re.compile(
    r"\s+(?:the|that)\s+(?!(?:first|second|third|next|following|same|previous|last|final"
    r"|preceding|initial|day|week|month|year|night|morning|evening|hour|time)s?\b)[A-Za-z]",
    re.IGNORECASE,
)
_OR = re.compile(r"\s+or\s+", re.IGNORECASE)
_FREQ_PER = re.compile(rf"(?:\s+(?:per|a|an|each|every)\s+|\s*/\s*){_PER_UNIT}\b", re.IGNORECASE)
_FREQUENCY_WORD = re.compile(
    rf"(?:weekly|daily|nightly|monthly|yearly|annually|hourly|{_PER_UNIT})$", re.IGNORECASE
)
_NEXT_IS_WORD = re.compile(r"\s*-?\s*[A-Za-z]")
_MEASURE = re.compile(
    r"\s*(?:-\s*)?(?P<mu>"
    r"(?:mg|μg|mcg|ug|ng|g)\s*(?:/|per\s+)\s*kg(?:\s*/\s*(?:h|hr|hour|min|day|d))?"
    r"|(?:mg|μg|mcg|ug|ng|g)\s*/\s*(?:day|d|dL|dl|mL|ml|L|l|m2|m²)"
    r"|kg\s*/\s*m(?:2|²)|(?:m|μ|n)mol\s*/\s*(?:L|l)|km\s*/\s*h(?:r|our)?"
    # "one millimole per litre", "2 mmol per liter": a concentration spelled out
    r"|(?:(?i:(?:milli|micro|nano)moles?)|(?:m|μ|n)mol)\s+(?i:per|a)\s+(?i:lit(?:re|er))"
    r"|(?:m|μ|u)?I?U\s*/\s*(?:mL|ml|dL|dl|L|l)|(?:pg|ng)\s*/\s*(?:mL|ml|dL|dl|L|l)"
    r"|mg|μg|mcg|ug|ng|kg|g|mL|ml|μL|μl|dL|dl|L|mmol|μmol|nmol|mM|μM|nM|IU"
    r"|mm\s?Hg|bpm|beats\s+per\s+minute|kcal|km|cm|mm|m\s*/\s*(?:min|s)|m(?=\s*[·.]\s*(?:min|s|h)\s*\^?\s*-\s*1)"
    r"|points?|pts?"
    r"|(?i:kilomet(?:er|re)s?|met(?:er|re)s?)"
    r"|micromolar|millimolar|nanomolar|°\s?[CF]|degrees?\s+(?:[CFK]|Celsius|Fahrenheit|Kelvin)|K"
    r"|(?:milli|micro|nano)?grams?\s+(?:per|a|each)\s+kilograms?(?:\s+of\s+body\s?weight)?"
    r"|(?:milli|micro|nano|kilo)?grams?|millilit(?:er|re)s?"
    r")(?![\w/])"
)
# "5 mg per kilogram", "half a milligram of ketamine per kilogram of body weight": a mass per
# kilogram of body weight is a weight-based dose, even with the drug named in between.
_PER_BODY_WEIGHT = re.compile(
    r"(?:(?:\s+of)?(?:\s+(?!(?:per|a|each|every|and|or|to|of)\b)[A-Za-z][\w()'-]*){1,3}?)?"
    r"(?:\s*/\s*|\s+(?:per|a|each|for\s+each|for\s+every|every)\s+)(?:kilograms?|kilos?|kg)\b"
    r"(?:\s+(?:of\s+)?(?:body\s?)?weight\b)?",
    re.IGNORECASE,
)
_BODY_WEIGHT_TAIL = re.compile(r"\s+(?:of\s+)?body\s?weight\b", re.IGNORECASE)
_MASS_SYMBOLS: Final = frozenset({"mg", "μg", "ng", "g"})
# Spelled-out units, folded to their symbols before the unit is read.
_SPELLED_UNITS: Final = (
    (re.compile(r"(?:a|each)(?=kilogram)"), "/"),
    (re.compile(r"ofbodyweight$"), ""),
    (re.compile(r"milligrams?"), "mg"),
    (re.compile(r"micrograms?"), "μg"),
    (re.compile(r"nanograms?"), "ng"),
    (re.compile(r"kilograms?"), "kg"),
    (re.compile(r"grams?"), "g"),
    (re.compile(r"millilit(?:er|re)s?"), "ml"),
)
_PER_TAIL = re.compile(r"\s*[·./]?\s*(kg|min|h|hr|d|day|L|l|m2|m|s)\s*\^?\s*-\s*1(?![0-9])")
_PER_TAIL_UNITS: Final[dict[str, str]] = {"hr": "h", "d": "day"}
# "15 km/h", "250 metres a minute", "4 m per second": a distance per unit of time is a speed
_PER_SPEED_TIME = re.compile(
    r"\s*(?:/|·|\s+per\s+|\s+an?\s+|\s+each\s+)\s*(?P<per>h|hr|hours?|min|minutes?|s|sec"
    r"|seconds?)\b",
    re.IGNORECASE,
)
_SPEED_TIMES: Final[dict[str, str]] = {"h": "h", "hr": "h", "ho": "h", "mi": "min", "s": "s",
                                       "se": "s"}  # fmt: skip
_SPREAD = re.compile(r"\s*(?:±|\+/-|\+-|\+ / -)\s*(?:(?:SDs?|SEM?|s\.d\.)\s*[=:]?\s*)?")

_FUNCTION_WORDS = (
    "the|a|an|of|in|on|at|to|for|with|by|from|and|or|but|was|were|is|are|be|been|being|had|has|"
    "have|did|do|does|that|which|who|whom|this|these|those|than|as|its|it|their|his|her|our|"
    "after|before|during|per|vs|versus|not|no|all|each|every|between|into|over|under|within|"
    "without|more|less|also|only|times|x|while|when|where|whereas|if|so|then|there|here|"
    "always|perhaps|thus|plus|across|towards|afterwards|upwards|sometimes|besides|via|among|"
    "received|reported|showed|met|had|who|whose"
)
_COUNT_NOUNS = (
    "patients?|participants?|subjects?|individuals?|people|persons?|adults?|children|child|"
    "adolescents?|youths?|women|woman|men|man|males|females|volunteers?|users?|respondents?|"
    "cases?|controls?|studies|study|trials?|articles?|papers?|reports?|RCTs?|reviews?|"
    "publications?|records?|citations?|infusions?|injections?|doses?|dosings?|sessions?|"
    "treatments?|administrations?|tablets?|mice|mouse|rats?|animals?|monkeys?|neurons?|cells?|"
    "samples?|sites?|centres?|centers?|hospitals?|clinics?|countries|country|items?|questions?|"
    "authors?|raters?|responders?|non-?responders?|veterans?|smokers?|students?|pregnancies|"
    "pregnancy|births?|deaths?|events?|episodes?|visits?|assessments?|databases?|cohorts?|"
    "groups?|arms?|families|family|twins?|pairs?|procedures?|surgeries|surgery|operations?|"
    "admissions?|outcomes?|nurses?|physicians?|doctors?|clinicians?|practices?|schools?|"
    "experiments?|analyses|analysis|meta-analyses|meta-analysis|surveys?|guidelines?|"
    "infants?|newborns?|inpatients?|outpatients?|recipients?|donors?|workers?|employees?|"
    "residents?|members?|couples?|households?|eyes?|teeth|tooth|lesions?|tumou?rs?|"
    "specimens?|biopsies|biopsy|observations?|measurements?|scans?|images?|genes?|variants?|"
    "loci|locus|sequences?|compounds?|drugs?|medications?|agents?|vaccines?|interventions?"
)
_NOUN_IN_N = re.compile(rf"\s+(?:{_COUNT_NOUNS})\s+in\s+(?:every\s+)?", re.IGNORECASE)
# "six more infusions", "two fewer patients": how many beyond (or short of) a number named
# elsewhere is still a count of the noun.
_COUNT = re.compile(
    rf"(?:\s*-\s*|\s+)(?P<mods>(?:(?:more|fewer)\s+)?"
    rf"(?:(?!(?:{_FUNCTION_WORDS})\b)[A-Za-z][\w'-]*\s+){{0,3}}?)"
    rf"(?P<noun>{_COUNT_NOUNS})\b(?!-)",
    re.IGNORECASE,
)
_PLURAL_NOUN = re.compile(
    rf"(?:\s*-\s*|\s+)(?:(?!(?:{_FUNCTION_WORDS})\b)[A-Za-z][\w'-]*\s+){{0,2}}?"
    rf"(?!(?:{_FUNCTION_WORDS})\b)(?P<noun>[A-Za-z][A-Za-z-]*[a-hj-rtv-z]s)\b",
    re.IGNORECASE,
)
# "only one SNP", "just 1 site", "exactly one variant": the one is the whole count.
# "only", "just", "a mere" before a count: the count is exact, not "some of".
EXCLUSIVE_WORDS: Final = r"only|just|merely|exactly|solely|a\s+mere"
EXCLUSIVE_BEFORE: Final = re.compile(rf"\b(?:{EXCLUSIVE_WORDS})\s+$", re.IGNORECASE)
_EXCLUSIVE_LEFT = re.compile(rf"\b(?:{EXCLUSIVE_WORDS}|but)\s+$", re.IGNORECASE)
_SINGULAR_NOUN = re.compile(
    rf"\s+(?!(?:{_FUNCTION_WORDS}|of|in|or|and|to|more|other|another|single)\b)"
    r"(?P<noun>[A-Za-z][A-Za-z0-9-]*[A-Za-z0-9])\b(?!-)",
    re.IGNORECASE,
)
_SINGULAR_STUDY = re.compile(
    r"(?:\s*-\s*|\s+)(?:[A-Za-z][\w'-]*\s+){0,2}?(?:review|study|trial|analysis|meta-analysis|"
    r"paper|article|report|survey|guideline|edition|census|cohort|update|consensus|statement|"
    r"publication|issue|version)\b",
    re.IGNORECASE,
)

_SCALE_AFTER_NUMBER = re.compile(
    r"(?:\s*-?\s*points?)?\s*-?\s*(?:(?!(?:on|in|of|a|an|the|at|by|to|from)\b)[A-Za-z][\w'-]*\s+)"
    r"{0,3}?scales?\b",
    re.IGNORECASE,
)
_SCALE_BEFORE_NUMBER = re.compile(
    r"\bscales?\s+(?:of|from|ranging\s+from|running\s+from|that\s+runs\s+from)\s*$",
    re.IGNORECASE,
)
_SCALE_POINTS = re.compile(
    r"\s*-?\s*points?\s*-?\s*(?:(?!(?:on|in|of|a|an|the|at|by|to|from)\b)[A-Za-z][\w'-]*\s+)"
    r"{0,3}?scales?\b",
    re.IGNORECASE,
)
_RANGE_CONNECTOR = re.compile(r"\s*(?:-|to|through|or|and)\s*", re.IGNORECASE)
_OF_N = re.compile(
    r"\s+(?:out\s+)?of\s+(?:(?:the|all|these|those|a\s+total\s+of)\s+)?", re.IGNORECASE
)
_IN_N = re.compile(r"\s+in\s+(?:every\s+)?", re.IGNORECASE)
_COARSE_RATE_MAX: Final = 10  # "n in N" up to "in ten" is a rough share, like a fraction word
_FRACTION_ROUNDING: Final = 1.0  # percentage points either side of a fraction word's share
_SLASH = re.compile(r"\s*/\s*")
_BRACKET_GAP = re.compile(r"\s*[(\[]\s*")
_INTERVAL_JOIN = re.compile(r"\s*(?:-|to|,|;)\s*", re.IGNORECASE)
# "95% CI for the difference -2.35 to -1.31": what the interval is of may stand between the
# level and its bounds.
_INTERVAL_LEAD = re.compile(
    r"[\s,:;=(\[]*(?:(?i:(?:for|of)\s+(?:the\s+)?(?:(?:mean|absolute|between-group|risk)\s+)?"
    r"differences?)[\s,:;=]*)?(?:(?i:of|from)\s+)?"
)
_OF_WHICH = re.compile(r"\s+of\s+(?:which|whom|them|these|those)\b", re.IGNORECASE)
_AFTER_GROUP = re.compile(r"(?:\s+[^\s,;.()\[\]]+){1,7}?\s*,\s*")
# "Of 41 participants, one infusion ...": the word "one" heading a noun phrase is an article-like
# "a", no share of the group; as a share it is followed by what the one did ("one died").
_ONE_WORD = re.compile(r"one\b", re.IGNORECASE)
_ONE_DID = re.compile(
    r"\s+(?:(?:also|still|later|never|only)\s+)?(?:[a-z]+ed|was|were|had|did|died|withdrew|left|"
    r"met|showed|became|took|fell|went|gave|got|is|has|reported|developed|of\b)\b"
)
_TRAILING_GE = re.compile(
    r"\s*(?:or|and)\s+(?:more|greater|higher|above|over|longer|older)\b|\+(?![\w+])",
    re.IGNORECASE,
)
_EMPHATIC_ONE = re.compile(r"\s+single\b", re.IGNORECASE)
_TRAILING_LE = re.compile(
    r"\s*(?:or|and)\s+(?:less|fewer|lower|below|under|shorter|younger)\b", re.IGNORECASE
)
_COUNT_NOUN_END = re.compile(r"[\w'-]+")
_ENUMERATION = re.compile(
    r"\s*(?:\((?P<paren>[^()]{2,200})\)|:\s*(?P<colon>[^.;:()]{2,200})(?:[.;]|$))"
)
_LIST_SEPARATOR = re.compile(r"\s*(?:,\s*(?:and|or)?|;|\band\b|\bor\b|&)\s*", re.IGNORECASE)
_MOST_LISTED = 12

# --- what precedes a number ---------------------------------------------------------------------

_BOUND_LEFT = re.compile(  # words case-insensitive, signs literal (much faster)
    # "just over half" is a little above a half, "nearly 700" a little below 700: each names
    # the value and the side it lies on, and must come before the plain "over"/"under".
    r"(?:(?P<above>\b(?i:(?:just|slightly|a\s+little|a\s+bit)\s+(?:over|above|more\s+than"
    r"|greater\s+than|higher\s+than|upwards\s+of)))"
    r"|(?P<below>\b(?i:(?:just|slightly|a\s+little|a\s+bit)\s+(?:under|below|less\s+than"
    r"|fewer\s+than|lower\s+than|short\s+of)|nearly|almost|close\s+to|not\s+quite))"
    r"|(?P<ge>\b(?i:(?:at\s+least|no\s+(?:fewer|less)\s+than|not\s+less\s+than)(?:\s+an?)?"
    r"|(?:a\s+)?minimum\s+of)|≥|>=|=>)"
    r"|(?P<gt>\b(?i:well\s+(?:over|above|beyond)|(?:greater|more|higher|larger|longer|older"
    r"|warmer|hotter)"
    r"\s+than|over|above"
    r"|exceed(?:ing|s|ed)?|in\s+excess\s+of|upwards\s+of)|>)"
    r"|(?P<le>\b(?i:(?:at\s+most|no\s+(?:more|greater|higher)\s+than|not\s+more\s+than)"
    r"(?:\s+an?)?|(?:a\s+)?maximum\s+of|within)|≤|<=|=<)"
    r"|(?P<lt>\b(?i:well\s+(?:under|below)|(?:less|fewer|lower|shorter|smaller|younger|colder"
    r"|cooler)\s+than"
    r"|under|below)|<)"
    r"|(?P<upto>\b(?i:up\s+to|as\s+(?:many|much|long|high)\s+as))"
    r"|(?P<approx>\b(?i:about|approximately|approx\.?|around|roughly|circa|ca\.|an\s+estimated"
    r"|some|an\s+average\s+of\s+about|in\s+the\s+region\s+of|of\s+the\s+order\s+of)|~))\s*$"
)
_BOUND_NAMES: Final[dict[str, str]] = {
    "ge": ">=", "gt": ">", "le": "<=", "lt": "<", "upto": "up_to", "approx": "~",
    "above": "~>", "below": "~<",
}  # fmt: skip
_P_LEFT = re.compile(
    r"\b[pP](?:\s*[-_]?\s*(?:for\s+)?(?:trend|interaction|heterogeneity|het))?"
    r"\s*(?:-?\s*values?\s*)?(?P<op>[<>=≤≥]=?|=<|=>)\s*$"
    r"|\b[pP]\s*-?\s*values?\s+(?:of|was|were|is|=)\s+(?P<op2>[<>≤≥]=?)?\s*$"
)
_N_LEFT = re.compile(r"\b[nN]\s*=\s*$")
_TOTAL_LEFT = re.compile(r"\b(?:total\s+of|totall?ing|sample\s+(?:size\s+)?of)\s*$", re.IGNORECASE)
# "an odds ratio of about 1.7": a hedge between a statistic's name and its value
_STAT_HEDGE = (
    r"(?:(?i:about|around|roughly|approximately|nearly|almost|some|just\s+(?:over|under))\s+)?"
)
_STAT_LEFT = re.compile(
    r"(?:\b(?:a?(?:OR|HR|RR)(?:s|Q?[0-9])?|IRR|SMD|WMD|RD|ARR|NNT|NNH|AUC|ICC|β|ρ|κ|χ2|χ²)"
    r"\s*(?:\([^()]{0,20}\)\s*)?[=:,]?\s*(?:of\s+|was\s+)?" + _STAT_HEDGE +
    r"|\b(?:[dgrtFzβρ]|[rR](?:2|²))\s*(?:[=<>≤≥])\s*"
    r"|\b(?i:(?:odds|hazard|risk|rate|likelihood)\s+ratios?|relative\s+risks?|effect\s+sizes?"
    r"|(?:standardi[sz]ed\s+)?mean\s+differences?|correlation(?:\s+coefficient)?|cohen'?s\s+d)"
    r"\s*(?:\([^()]{0,20}\)\s*)?(?:of|was|were|=|:|,)?\s*" + _STAT_HEDGE + ")$"
)  # fmt: skip
_RAW_DIFFERENCE: Final = re.compile(
    r"(?<!standardised )(?<!standardized )\bmean\s+differences?|\bWMD\b", re.IGNORECASE
)
_STAT_VERBS: Final = frozenset({"was", "were", "is", "of", "about", "around", "roughly",
                                  "approximately", "nearly", "almost"})  # fmt: skip
_STAT_NAMED_EARLIER = re.compile(
    r"(?:\b(?i:odds|hazard|risk|rate|likelihood)\s+ratios?|\ba?(?:OR|HR|RR|IRR)s?)\b"
    r"[^0-9;:.()\[\]]{1,70}?"
    r"\b(?i:was|were|is|of)\s+" + _STAT_HEDGE + "$"
)
_CI_LEFT = re.compile(
    r"\b(?:CIs?|CrIs?|(?i:confidence\s+intervals?|credible\s+intervals?))\s*"
    r"[\[(]?\s*[=:,]?\s*(?:(?i:of|from)\s+)?$"
)
_IQR_LEFT = re.compile(r"\b(?:IQR|(?i:interquartile\s+range))\s*[\[(]?\s*[=:,]?\s*$")
_SD_LEFT = re.compile(r"\b(?:SDs?|SEM?|s\.d\.|(?i:standard\s+(?:deviation|error)))\s*[=:,]?\s*$")
# "type 2 diabetes", "phase 3 trials", "Table 2": a number that names, not one that measures.
_NAMING_LEFT = re.compile(
    r"\b(?:type|phase|grade|stage|class|level|step|tier|cycle|figure|fig\.|table|version|wave|"
    r"part|appendix|section|chapter|page|model|category|lane|row)\s*$",
    re.IGNORECASE,
)
_PH_LEFT = re.compile(
    r"\bpH\s*(?:range\s*)?(?:of\s+|from\s+|between\s+)?"
    r"(?:(?i:about|approximately|around|roughly)\s+)?[=:]?\s*$"
)
_BETWEEN_LEFT = re.compile(r"\bbetween\s*(?:pH\s*)?$", re.IGNORECASE)
_FROM_LEFT = re.compile(r"\bfrom\s*$", re.IGNORECASE)
_EVERY_LEFT = re.compile(r"\bevery\s*$", re.IGNORECASE)
_TIMEPOINT_LEFT = re.compile(r"\b(?P<tu>day|week|month|year|hour|minute)\s*$", re.IGNORECASE)
_REVERSE_OF_LEFT = re.compile(
    r"\b(?:of|among|from)\s+(?:(?:the|all|these|those)\s+)?$", re.IGNORECASE
)
_CLAUSE_BREAK = re.compile(r"[;:!?\[\]]|\.(?:\s|$)")
_CONTEXT_WORD = re.compile(r"[^\W\d_][\w'-]*")

_SLASH_LEFT = re.compile(r"[0-9]\s*/\s*$")
# "all but two (of the twenty)", "All studies except one": the whole less a few.
_ALL_BUT_LEFT = re.compile(
    r"\b(?i:all\s+but|all\s+(?:of\s+)?(?:(?:the|these|those|their)\s+)?(?:[A-Za-z][\w-]*\s+){0,2}?"
    r"except(?:\s+for)?)\s+$"
)
# How far back each left-context pattern may reach (its longest wording, plus spaces).
_LEFT_WIDTH: Final[dict[re.Pattern[str], int]] = {
    _BOUND_LEFT: 34, _P_LEFT: 28, _CI_LEFT: 32, _IQR_LEFT: 32, _STAT_LEFT: 64, _SD_LEFT: 28,
    _N_LEFT: 8, _TOTAL_LEFT: 20, _REVERSE_OF_LEFT: 24, _TIMEPOINT_LEFT: 12, _EVERY_LEFT: 10,
    _BETWEEN_LEFT: 16, _FROM_LEFT: 10, _SLASH_LEFT: 8, _NAMING_LEFT: 12, _PH_LEFT: 40,
    _ALL_BUT_LEFT: 60,
}  # fmt: skip


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_EFFECT_LABELS = _words(
    "or ors hr hrs rr rrs aor aors ahr ahrs arr irr smd wmd rd nnt nnh auc icc β ρ κ χ2 χ² d g r t"
    " f z r2 r²"
) | {f"{label}{q}{n}" for label in ("or", "hr", "rr") for q in ("", "q") for n in "0123456789"}
# What the text just before a number must end with for each left-context pattern to have a
# chance: (last characters, last words). Checked first, so most patterns are never run.
_LEFT_TAILS: Final[dict[re.Pattern[str], tuple[str, frozenset[str]]]] = {
    _BOUND_LEFT: ("≥>=≤<~.", _words(
        "least than of over above exceed exceeding exceeds exceeded most within under below to as"
        " about approximately approx around roughly nearly almost circa ca estimated some"
        " quite region order a an"
    )),
    _P_LEFT: ("<>=≤≥", _words("of was were is")),
    _CI_LEFT: ("[(=:,", _words("ci cis cri cris interval intervals of from")),
    _IQR_LEFT: ("[(=:,", _words("iqr range")),
    _STAT_LEFT: ("=:,)<>≤≥", _EFFECT_LABELS | _words(
        "of was were ratio ratios risk risks size sizes difference differences coefficient"
        " correlation about around roughly approximately nearly almost some over under"
    )),
    _SD_LEFT: ("=:,.", _words("sd sds se sem deviation error")),
    _N_LEFT: ("=", frozenset()),
    _TOTAL_LEFT: ("", _words("of totaling totalling")),
    _REVERSE_OF_LEFT: ("", _words("of among from the all these those")),
    _TIMEPOINT_LEFT: ("", _words("day week month year hour minute")),
    _NAMING_LEFT: (".", _words(
        "type phase grade stage class level step tier cycle figure table version wave part"
        " appendix section chapter page model category lane row"
    )),
    _EVERY_LEFT: ("", _words("every")),
    _PH_LEFT: ("=:", _words("ph range of from between about approximately around roughly")),
    _BETWEEN_LEFT: ("", _words("between ph")),
    _FROM_LEFT: ("", _words("from")),
    _SLASH_LEFT: ("/", frozenset()),
    _ALL_BUT_LEFT: ("", _words("but except for")),
}  # fmt: skip
_LAST_WORD = re.compile(r"[\w²]+$")
_NONNEGATIVE_UNITS = frozenset(
    {"%", "ratio", "count", "p", "ph", "k", "per_week", "per_day", "per_month", "per_year",
     "per_hour", "year", "month", "week", "day", "hour", "minute", "second", "mg", "g", "kg",
     "μg", "ng", "mg/kg", "ml", "fold", "pp"}
)  # fmt: skip
# Units a list of bare fractions takes from its last item ("a quarter, a half and one mg/kg").
_SHARED_BY_FRACTIONS = frozenset(
    {"mg", "g", "kg", "μg", "ng", "mg/kg", "μg/kg", "g/kg", "ml", "year", "month", "week", "day",
     "hour", "minute"}
)  # fmt: skip
_FOLD_WORD_ROUNDING: Final = 0.1  # of a small whole multiple: "double" spans 1.8 to 2.2
_FOLD_HEDGE: Final = re.compile(
    r"\b(?:about|around|roughly|nearly|almost|approximately|some|close\s+to|up\s+to|"
    r"just\s+(?:over|under))\s+$",
    re.IGNORECASE,
)
_INHERITABLE = frozenset(
    {"%", "count", "year", "month", "week", "day", "hour", "minute", "second", "fold", "point",
     "mg", "g", "kg", "μg", "ng", "mg/kg", "μg/kg", "ml", "mmhg", "per_week", "per_day"}
)  # fmt: skip


def _measure_unit(raw: str) -> str:
    unit = re.sub(r"\s+", "", raw).replace("per", "/")
    if "mol" in unit and "lit" in unit.lower():
        lowered = unit.lower()
        if lowered.startswith(("micro", "μ")):
            return "μmol/l"
        return "nmol/l" if lowered.startswith("n") else "mmol/l"
    if "gram" in unit or "lit" in unit:
        unit = unit.lower()
        for pattern, symbol in _SPELLED_UNITS:
            unit = pattern.sub(symbol, unit)
    unit = unit.replace("mcg", "μg").replace("ug", "μg").replace("²", "2")
    lowered = unit.lower()
    if lowered in ("point", "points", "pt", "pts"):
        return "point"
    if lowered in ("mmhg",):
        return "mmhg"
    if lowered.startswith("beats"):
        return "bpm"
    if unit in ("mM", "μM", "nM"):
        return unit
    if lowered.endswith("molar"):
        return {"micromolar": "μM", "millimolar": "mM", "nanomolar": "nM"}[lowered]
    if lowered.startswith("kilomet"):
        return "km"
    if lowered.startswith("met"):
        return "m"
    if lowered in ("k", "degreesk", "degreek", "degreeskelvin", "degreekelvin"):
        return "k"
    if lowered.startswith(("°", "degree")):
        return "°f" if lowered.endswith(("f", "fahrenheit")) else "°c"
    for long, short in (("/hour", "/h"), ("/hr", "/h")):
        lowered = lowered.replace(long, short)
    return lowered + "ay" if lowered.endswith("/d") else lowered


def _frequency_unit(match: re.Match[str]) -> str:
    word = _FREQUENCY_WORD.search(match.group())
    assert word is not None  # both frequency patterns end with a word
    name = word.group().lower()
    return _FREQ_ADVERBS.get(name) or "per_" + _TIME_UNITS[name]


# --- the scanner --------------------------------------------------------------------------------


class _Found(NamedTuple):
    quantities: tuple[Quantity, ...]
    years: tuple[tuple[int, int, int], ...]
    complements: tuple[Quantity, ...] = ()


class _Unit(NamedTuple):
    unit: str
    end: int
    value_factor: float = 1.0  # "every 2 weeks" → 1/2 per week
    noun: str = ""
    plural: bool = True


class _Scanner:
    def __init__(self, text: str) -> None:
        self.text = text
        self.t = _translate(text)
        self.toks = _tokens(self.t)
        self.out: list[Quantity] = []
        self.years: list[tuple[int, int, int]] = []
        self.complements: list[Quantity] = []
        self._tail_pos = -1
        self._tail = ("", "")

    # helpers ---------------------------------------------------------------------------------
    def ends(self, pattern: re.Pattern[str], pos: int) -> re.Match[str] | None:
        """``pattern`` (anchored with ``$``) matched just before ``pos``. A ``$``-anchored search
        tries every start in its window, so the window is short and the text's last character
        or word must first be one the pattern can end with."""
        last_char, last_word = self.tail(pos)
        chars, words = _LEFT_TAILS[pattern]
        if not ((last_char and last_char in chars) or last_word in words):
            return None
        return pattern.search(self.t, max(0, pos - _LEFT_WIDTH[pattern]), pos)

    def tail(self, pos: int) -> tuple[str, str]:
        if pos != self._tail_pos:
            before = self.t[max(0, pos - 24) : pos].rstrip()
            word = _LAST_WORD.search(before)
            self._tail = (before[-1:], word.group().lower() if word else "")
            self._tail_pos = pos
        return self._tail

    def next_token_at(self, index: int, pos: int) -> _Token | None:
        if index + 1 < len(self.toks) and self.toks[index + 1].start == pos:
            return self.toks[index + 1]
        return None

    def context(self, start: int, end: int) -> str:
        before = self.t[max(0, start - 48) : start]
        breaks = list(_CLAUSE_BREAK.finditer(before))
        if breaks:
            before = before[breaks[-1].end() :]
        after = self.t[end : end + 80]
        cut = _CLAUSE_BREAK.search(after)
        if cut:
            after = after[: cut.start()]
        words_before = _CONTEXT_WORD.findall(before)[-3:]
        words_after = _CONTEXT_WORD.findall(after)[:6]
        return " ".join(w.lower() for w in (*words_before, *words_after))

    def emit(self, quantity: Quantity) -> None:
        self.out.append(quantity)

    def make(
        self,
        start: int,
        end: int,
        value: float,
        unit: str,
        *,
        rounding: float = 0.5,
        low: float | None = None,
        high: float | None = None,
        bound: str | None = None,
        numerator: int | None = None,
        denominator: int | None = None,
        context_end: int | None = None,
        vague: bool = False,
    ) -> Quantity:
        percent: float | None = None
        if unit == "%" or unit == "ratio":
            percent = value
        side = None
        if bound in _ONE_SIDED_APPROX:
            bound, side = "~", bound[1]
        if (
            unit == "fold"
            and low is None
            and 2 <= value < 5
            and value == int(value)
            and bound not in ("~", "<", "<=", "up_to")
            and not _FOLD_HEDGE.search(self.t, max(0, start - 20), start)
        ):
            # "double", "twice", "3-fold": a small whole multiple is said for itself, not for
            # anything within half a unit of it (OR 1.72 is not "double the odds")
            rounding = min(rounding, round(_FOLD_WORD_ROUNDING * value, 9))  # 0.3, not 0.300...04
        if self.t[start] == "-" and self.text[start].isspace():
            # a sign written as a word: the quantity is "minus 228 degrees"
            start = self.text.lower().rfind("minus", 0, start + 1)
        return Quantity(
            value=value,
            unit=unit,
            text=self.text[start:end],
            start=start,
            end=end,
            low=low,
            high=high,
            bound=bound,
            numerator=numerator,
            denominator=denominator,
            percent=percent,
            context=self.context(start, end if context_end is None else context_end),
            rounding=rounding,
            side=side,
            vague=vague,
        )

    # unit detection --------------------------------------------------------------------------
    def unit_at(self, pos: int, tok: _Token) -> _Unit | None:
        t = self.t
        if m := _PERCENT_POINTS.match(t, pos):
            return _Unit("pp", m.end())
        if m := _PERCENT.match(t, pos):
            return _Unit("%", m.end())
        if m := _FOLD.match(t, pos):
            return _Unit("fold", m.end())
        if (m := _ELLIPTIC_FOLD.match(t, pos)) and _EARLIER_FOLD.search(t, 0, tok.start):
            return _Unit("fold", m.end())
        if m := _FREQ_TIMES.match(t, pos):
            return _Unit(_frequency_unit(m), m.end())
        if tok.kind == "mult":
            if m := _FREQ_PER.match(t, pos):
                return _Unit(_frequency_unit(m), m.end())
            return None
        if m := _TIME.match(t, pos):
            if m.group("tu") and _OCCASION_DAYS.match(t, pos):
                # "2 test days" are two occasions, not a stretch of 48 hours
                return _Unit("count", m.start("tu"), noun=m.group("tu").lower())
            raw = (m.group("tu") or m.group("tu1")).lower()
            end = m.end()
            if age := _AGE_SUFFIX.match(t, end):
                end = age.end()
            plural = raw.endswith("s") or raw in ("h", "d")
            if raw in _MULTIPLE_UNITS:
                unit, factor = _MULTIPLE_UNITS[raw]
                return _Unit(unit, end, value_factor=factor, plural=plural)
            return _Unit(_TIME_UNITS[raw], end, plural=plural)
        if m := _MEASURE.match(t, pos):
            unit, end = _measure_unit(m.group("mu")), m.end()
            if unit in _MASS_SYMBOLS and (per := _PER_BODY_WEIGHT.match(t, end)):
                unit, end = unit + "/kg", per.end()
            elif unit.endswith("/kg") and (tail := _BODY_WEIGHT_TAIL.match(t, end)):
                end = tail.end()
            while tail := _PER_TAIL.match(t, end):  # "km h-1", "ml kg-1 min-1"
                unit += "/" + _PER_TAIL_UNITS.get(tail.group(1).lower(), tail.group(1).lower())
                end = tail.end()
            if unit in ("km", "m") and (speed := _PER_SPEED_TIME.match(t, end)):
                per = speed["per"].lower()
                per = _SPEED_TIMES.get(per, None) or _SPEED_TIMES[per[:2]]
                unit, end = f"{unit}/{per}", speed.end()  # "15 km/h" is "15 km·h^-1"
            return _Unit(unit, end)
        if m := _FREQ_PER.match(t, pos):
            return _Unit(_frequency_unit(m), m.end())
        if not _NEXT_IS_WORD.match(t, pos):
            return None
        if m := _COUNT.match(t, pos):
            noun = m.group("noun").lower()
            if _ADMINISTRATION.fullmatch(noun) and (per := _FREQ_PER.match(t, m.end("noun"))):
                return _Unit(_frequency_unit(per), per.end())  # "two doses a week"
            plural = noun.endswith(("s", "ren", "men", "ice", "ple", "ies", "ses", "eth", "oci"))
            return _Unit("count", m.start("noun"), noun=noun, plural=plural)
        if m := _PLURAL_NOUN.match(t, pos):
            return _Unit("count", m.start("noun"), noun=m.group("noun").lower())
        return None

    def exclusive_one(self, tok: _Token) -> _Unit | None:
        """A count of one that "only", "just" or "exactly" marks as the whole count ("only one
        SNP was associated"): the claim says how many there were, of a noun in the singular
        that no counted-noun list holds."""
        if not _EXCLUSIVE_LEFT.search(self.t, max(0, tok.start - 12), tok.start):
            return None
        m = _SINGULAR_NOUN.match(self.t, tok.end)
        if m is None:
            return None
        return _Unit("count", m.start("noun"), noun=m.group("noun").lower(), plural=False)

    def has_measure_unit(self, tok: _Token) -> bool:
        """A unit other than a counted noun follows ("mean difference, -1.83 points")."""
        found = self.unit_at(tok.end, tok)
        return found is not None and found.unit != "count"

    # main loop ---------------------------------------------------------------------------------
    def scan(self) -> _Found:
        i = 0
        while i < len(self.toks):
            i += self.build(i)
            # a unit may have swallowed later tokens ("once weekly" holds the token "weekly")
            covered = self.out[-1].end if self.out else 0
            while i < len(self.toks) and self.toks[i].start < covered:
                i += 1
        self.inherit_units()
        return _Found(tuple(self.out), tuple(self.years), tuple(self.complements))

    def build(self, i: int) -> int:
        tok = self.toks[i]
        t = self.t
        at = tok.start

        if tok.kind == "freq":
            unit = _FREQ_ADVERBS[t[tok.start : tok.end].lower()]
            self.emit(self.make(tok.start, tok.end, 1.0, unit))
            return 1
        if tok.kind == "schedule":
            m = _SCHEDULE.match(t, tok.start)
            assert m is not None  # the token was read with this pattern
            value, unit = _schedule_unit(m)
            self.emit(self.make(tok.start, tok.end, value, unit))
            return 1
        if tok.kind == "unithalf":
            m = _UNIT_AND_A_HALF.match(t, tok.start)
            assert m is not None  # the token was read with this pattern
            unit = _TIME_UNITS[m["unit"].lower()]
            bound = self.bound_from(at, unit)
            self.emit(self.make(tok.start, tok.end, 1.5, unit, rounding=0.05, bound=bound))
            return 1
        if tok.kind == "vague":
            return self.magnitude(tok)
        if tok.kind == "ordinal":
            unit = _TIME_UNITS[t[tok.start : tok.end].split()[-1].split("-")[-1].lower()]
            self.emit(self.make(tok.start, tok.end, tok.value, unit))
            return 1
        if tok.kind == "fold":
            bound = self.bound_from(tok.start, "fold")
            self.emit(self.make(tok.start, tok.end, tok.value, "fold", bound=bound))
            return 1
        if tok.kind == "xfold":
            if _MULT_FOLD.match(t, tok.end) or (
                _MULT_FOLD_ANY.match(t, tok.end) and not _OR_BEFORE.search(t, 0, tok.start)
            ):
                bound = self.bound_from(tok.start, "fold")
                self.emit(self.make(tok.start, tok.end, tok.value, "fold", bound=bound))
            return 1
        if tok.kind == "mult":
            unit_found = self.unit_at(tok.end, tok)
            if unit_found is not None:
                self.emit(self.make(tok.start, unit_found.end, tok.value, unit_found.unit))
            elif _MULT_FOLD.match(t, tok.end) or (
                tok.value > 1
                and _MULT_FOLD_ANY.match(t, tok.end)
                and not _OR_BEFORE.search(t, 0, tok.start)
            ):
                self.emit(self.make(tok.start, tok.end, tok.value, "fold"))  # "twice as likely"
            elif (m := _OR.match(t, tok.end)) and (other := self.next_token_at(i, m.end())):
                high = self.unit_at(other.end, other) if other.kind == "mult" else None
                if high is not None and other.value > tok.value:  # "once or twice a week"
                    self.emit(
                        self.make(tok.start, high.end, (tok.value + other.value) / 2, high.unit,
                                  low=tok.value, high=other.value)
                    )  # fmt: skip
                    return 2
            return 1
        if tok.kind == "frac":
            if (m := _FRACTION_OF_TIME.match(t, tok.end)) and tok.numerator and tok.denominator:
                unit = _TIME_UNITS[m.group(1).lower()]
                value = tok.numerator / tok.denominator
                bound = self.bound_from(at, unit)
                self.emit(self.make(tok.start, m.end(), value, unit, rounding=0.05, bound=bound))
                return 1  # "half an hour"
            bound = self.bound_from(at, "ratio")
            self.emit(
                self.make(
                    tok.start, tok.end, tok.value, "ratio", rounding=1.0, bound=bound,
                    numerator=tok.numerator, denominator=tok.denominator,
                )
            )  # fmt: skip
            return 1

        # digits or words from here on
        if tok.kind == "digits":
            nxt = t[tok.end : tok.end + 2]
            if self.year_like(tok) and re.match(r"s\b|-[A-Z]", nxt):
                self.years.append((int(tok.value), tok.start, tok.end))  # "1980s", "2015-June"
                return 1
            if nxt[:1].isalpha() and self.unit_at(tok.end, tok) is None:
                return 1  # an identifier such as "2R" or "3rd"
            isotope = re.match(r"\)[A-Z]", nxt) and t[tok.start - 1 : tok.start] == "("
            if re.match(r"-[A-Z]", nxt) or isotope:
                return 1  # "5-HT", "(13)C"
        rounding = tok.rounding

        # statistics, read from the left
        if tok.kind == "digits":
            if m := self.ends(_P_LEFT, at):
                op = m.group("op") or m.group("op2")
                bound = {"=": None, "<": "<", ">": ">", "≤": "<=", "≥": ">=", "<=": "<=",
                         ">=": ">=", "=<": "<=", "=>": ">="}.get(op or "=")  # fmt: skip
                self.emit(
                    self.make(m.start(), tok.end, tok.value, "p", rounding=rounding, bound=bound)
                )
                return 1
            if self.ends(_CI_LEFT, at) or self.ends(_IQR_LEFT, at):
                unit = "ci" if self.ends(_CI_LEFT, at) else "iqr"
                return self.interval(i, 95.0 if unit == "ci" else 50.0, unit, tok.start)
            if self.bracketed_after_ratio(i, tok):
                return self.interval(i, 95.0, "ci", tok.start)
            stat_left = self.ends(_STAT_LEFT, at) or self.stat_named_before(at)
            if stat_left and not self.has_measure_unit(tok):
                # an unstandardised mean difference is in the measure's own points, not a ratio
                named = stat_left.group() if isinstance(stat_left, re.Match) else ""
                unit = "point" if _RAW_DIFFERENCE.search(named) else "ratio_stat"
                bound = self.bound_from(at, unit)
                self.emit(
                    self.make(tok.start, tok.end, tok.value, unit, rounding=rounding, bound=bound)
                )
                return 1
            if self.ends(_SD_LEFT, at):
                self.emit(self.make(tok.start, tok.end, tok.value, "sd", rounding=rounding))
                return 1
            if m := _CI_LEVEL.match(t, tok.end):
                return self.interval(i, tok.value, "ci", tok.start, after=m.end())

        if self.ends(_NAMING_LEFT, at):
            return 1
        # "totalling 211 patients" names what it counts: the noun reading below keeps it.
        if self.ends(_N_LEFT, at) or (
            self.ends(_TOTAL_LEFT, at) and not (tok.is_int and _COUNT.match(t, tok.end))
        ):
            self.emit(self.make(tok.start, tok.end, tok.value, "count", rounding=rounding))
            return 1

        if tok.is_int and (all_but := self.ends(_ALL_BUT_LEFT, at)):
            return self.all_but(i, tok, all_but.start())

        # "Of the 20 patients, 18 ..." / "Among 696 studies assessed, 7 ..."
        of_match = self.ends(_REVERSE_OF_LEFT, at) if tok.is_int else None
        if of_match and (m := _AFTER_GROUP.match(t, tok.end)):
            second = self.next_token_at(i, m.end())
            if (
                second is not None
                and second.is_int
                and 0 <= second.value <= tok.value > 0
                and not self.has_measure_unit(second)  # "a course of six infusions, three a week"
                and not (
                    _ONE_WORD.fullmatch(t[second.start : second.end])
                    and not _ONE_DID.match(t, second.end)
                )
            ):
                self.emit(
                    self.ratio(of_match.start(), second.end, int(second.value), int(tok.value))
                )
                return 2

        # "one cell in twenty", "one patient in every five": a rate naming what it counts
        if tok.is_int and (m := _NOUN_IN_N.match(t, tok.end)):
            den = self.next_token_at(i, m.end())
            if (
                den is not None
                and den.is_int
                and self.in_ratio_ok(tok, den)
                and self.unit_at(den.end, den) is None
            ):
                share = self.ratio(tok.start, den.end, int(tok.value), int(den.value))
                if den.value <= _COARSE_RATE_MAX:
                    share = replace(share, rounding=_FRACTION_ROUNDING)
                self.emit(share)
                return 2

        # "18 of the 20", "18 out of 20", "one in five", "18/20"
        if tok.is_int:
            for pattern in (_OF_N, _IN_N, _SLASH):
                m = pattern.match(t, tok.end)
                if not m:
                    continue
                den = self.next_token_at(i, m.end())
                if den is None or not den.is_int or not 0 <= tok.value <= den.value:
                    continue
                if den.value == 0:
                    continue
                if pattern is _IN_N and not self.in_ratio_ok(tok, den):
                    continue
                if pattern is _SLASH and not self.slash_ratio_ok(tok, den):
                    continue
                share = self.ratio(tok.start, den.end, int(tok.value), int(den.value))
                if pattern is _IN_N and den.value <= _COARSE_RATE_MAX:
                    # "one in four" is as coarse as "a quarter": 24% is still one in four.
                    share = replace(share, rounding=_FRACTION_ROUNDING)
                self.emit(share)
                return 2
            if (m := _OF_WHICH.match(t, tok.end)) and self.out:
                prev = self.out[-1]
                gap = t[prev.end : tok.start]
                if (
                    prev.unit in ("count", "")
                    and re.fullmatch(r"[\w\s-]{0,40}?,\s*", gap)
                    and prev.value.is_integer()
                    and 0 <= tok.value <= prev.value
                ):
                    share = self.ratio(tok.start, m.end(), int(tok.value), int(prev.value))
                    if prev.bound in ("~", "~<", "~>"):
                        # "close to 300 articles, sixty of which": a part of a rounded whole is
                        # a share as rough as the whole ("60 of 288" is it).
                        share = replace(
                            share, bound="~", rounding=max(share.rounding, share.value * 0.1)
                        )
                    self.emit(share)
                    return 1

        if self.year_like(tok) and self.is_year(tok):
            year_end = tok.end
            self.years.append((int(tok.value), tok.start, year_end))
            return 1

        if m := self.ends(_TIMEPOINT_LEFT, at):
            unit = _TIME_UNITS[m.group("tu").lower()]
            self.emit(self.make(tok.start, tok.end, tok.value, unit, rounding=rounding))
            return 1

        if (scale := _SCALE_POINTS.match(t, tok.end)) and tok.is_int:
            # "a ten-point scale": the scale's size, not a result in points
            points = re.match(r"\s*-?\s*points?", scale.group(), re.IGNORECASE)
            end = tok.end + (len(points.group()) if points else 0)
            self.emit(self.make(tok.start, end, tok.value, "", rounding=rounding))
            return 1

        # value, optional spread, unit, optional range
        pos = tok.end
        if (m := _SPREAD.match(t, pos)) and (spread := self.next_token_at(i, m.end())):
            if spread.kind == "digits":
                pos = spread.end
                consumed = 2
            else:
                consumed = 1
        else:
            consumed = 1
        plus = t[pos : pos + 1] == "+" and not t[pos + 1 : pos + 2].isdigit()  # "65+ years"
        unit_found = self.unit_at(pos + 1 if plus else pos, tok)
        bound_unit = unit_found.unit if unit_found else ""
        bound = self.bound_from(at, bound_unit)
        every = bool(self.ends(_EVERY_LEFT, at))

        connector_at = unit_found.end if unit_found and unit_found.unit != "count" else pos
        if consumed == 1 and (rng := self.range_from(i, tok, connector_at, unit_found)):
            return rng

        if unit_found is None and tok.value == 1 and tok.decimals == 0:
            unit_found = self.exclusive_one(tok)
        lone_one = tok.kind == "words" and tok.value == 1
        if lone_one and (unit_found is None or _EMPHATIC_ONE.match(t, tok.end)):
            return consumed  # "one" alone is a pronoun; "one single dose" is emphasis
        if unit_found is None:
            end = pos
            unit = "ph" if self.ends(_PH_LEFT, at) else ""
        else:
            unit = unit_found.unit
            end = unit_found.end
            if lone_one and unit in _TIME_DAYS and _ON_LEFT.search(t, max(0, at - 4), at):
                return consumed  # "on one day ..., on the other": an occasion, not a duration
            if unit == "count" and self.year_like(tok) and not unit_found.plural:
                self.years.append((int(tok.value), tok.start, tok.end))
                return consumed
        value = tok.value
        if unit_found is not None and unit_found.value_factor != 1.0:
            value *= unit_found.value_factor
            rounding *= unit_found.value_factor
        if unit in ("year", "month", "week", "day") and value and (apart := _APART.match(t, end)):
            every, end = True, apart.end()
        if unit in ("month", "week", "day", "hour") and value and _INTERVALS.match(t, end):
            every = True
        if every and unit in ("year", "month", "week", "day", "hour") and value:
            unit, value = "per_" + unit, 1.0 / value
        if bound is None:
            if plus or _TRAILING_GE.match(t, end):
                bound = ">="
            elif _TRAILING_LE.match(t, end):
                bound = "<="
        if tok.kind == "words" and unit == "%":
            rounding = 0.5
        if not unit and _DOZEN_WORD.search(t, tok.start, tok.end):
            unit = "count"  # "kept five dozen": dozens count things, even when left unnamed
        if unit == "count" and unit_found is not None:
            noun = _COUNT_NOUN_END.match(self.t, unit_found.end)
            end = noun.end() if noun else end
            if self.enumerated(end, value):
                unit = ""  # "the three thresholds (A, B and C)": a count the claim lists itself
        self.emit(
            self.make(tok.start, end, value, unit, rounding=rounding, bound=bound,
                      context_end=tok.end if unit == "count" else None)
        )  # fmt: skip
        return consumed

    # pieces ------------------------------------------------------------------------------------
    def magnitude(self, tok: _Token) -> int:
        """ "hundreds of studies", "dozens of genetic variants": what they count, if named."""
        unit_found = self.unit_at(tok.end, tok)
        unit, end = "", tok.end
        if unit_found is not None:
            unit, end = unit_found.unit, unit_found.end
            if unit == "count" and (noun := _COUNT_NOUN_END.match(self.t, end)):
                end = noun.end()
        self.emit(
            self.make(tok.start, end, tok.value, unit, rounding=0.0, low=tok.low, high=tok.high,
                      context_end=tok.end if unit == "count" else None, vague=True)
        )  # fmt: skip
        return 1

    def enumerated(self, end: int, value: float) -> bool:
        """The items a count counts are listed right after it, as many as it says: "the three
        LEmin-based thresholds (LEmin, LEmin+1mM and LEmin+1.5mM)", "two drugs: A and B"."""
        if not (2 <= value <= _MOST_LISTED and value.is_integer()):
            return False
        listed = _ENUMERATION.match(self.t, end)
        if listed is None:
            return False
        listing = listed["paren"] or listed["colon"]
        items = [item for item in _LIST_SEPARATOR.split(listing) if item.strip()]
        return len(items) == value

    def year_like(self, tok: _Token) -> bool:
        return (
            tok.kind == "digits"
            and tok.decimals == 0
            and 1900 <= tok.value <= 2099
            and tok.end - tok.start == 4
        )

    def is_year(self, tok: _Token) -> bool:
        if self.bound_from(tok.start, "count") is not None:
            return False
        unit = self.unit_at(tok.end, tok)
        if unit is None:
            return True
        if unit.unit == "count":
            return not unit.plural or bool(_SINGULAR_STUDY.match(self.t, tok.end))
        return False

    def stat_named_before(self, at: int) -> bool:
        """ "the odds ratio for pancreatic cancer was 2.72": an effect ratio named earlier in
        the clause, with what it is for in between and no other number."""
        if self.tail(at)[1] not in _STAT_VERBS:
            return False
        return bool(_STAT_NAMED_EARLIER.search(self.t, max(0, at - 90), at))

    def bound_from(self, at: int, unit: str) -> str | None:
        m = self.ends(_BOUND_LEFT, at)
        if not m:
            return None
        name = _BOUND_NAMES[m.lastgroup or ""]
        if name == "~" and (outer := self.ends(_BOUND_LEFT, m.start())):
            # "more than about 50", "colder than roughly 200 K": the outer word sets the side
            outer_name = _BOUND_NAMES[outer.lastgroup or ""]
            if outer_name in (">", ">=", "<", "<="):
                m, name = outer, outer_name
        word = m.group().strip().lower()
        is_time = unit in ("year", "month", "week", "day", "hour", "minute", "second")
        if word == "over" and is_time:
            return None
        if word == "within" and not is_time:
            return None
        return name

    def ratio(self, start: int, end: int, numerator: int, denominator: int) -> Quantity:
        percent = 100.0 * numerator / denominator if denominator else 0.0
        bound = self.bound_from(start, "ratio")
        return self.make(
            start, end, percent, "ratio", rounding=0.5, bound=bound,
            numerator=numerator, denominator=denominator,
        )  # fmt: skip

    def all_but(self, i: int, tok: _Token, start: int) -> int:
        """ "all but two of the twenty" is 18 of 20. "All studies except one" leaves the whole
        unstated: it is kept apart, as what it excludes (unit ``"all_but"``), for
        :func:`find_complements`."""
        m = _OF_N.match(self.t, tok.end)
        den = self.next_token_at(i, m.end()) if m else None
        if den is not None and den.is_int and 0 < tok.value < den.value:
            self.emit(self.ratio(start, den.end, int(den.value - tok.value), int(den.value)))
            return 2
        self.complements.append(self.make(start, tok.end, tok.value, "all_but"))
        return 1

    def in_ratio_ok(self, num: _Token, den: _Token) -> bool:
        if num.value == 0 or num.value >= den.value or self.year_like(den):
            return False
        following = self.unit_at(den.end, den)
        return following is None or following.unit == "count"

    def slash_ratio_ok(self, num: _Token, den: _Token) -> bool:
        if num.kind != "digits" or den.kind != "digits":
            return False
        if re.match(r"\s*/\s*[0-9]", self.t[den.end : den.end + 4]):
            return False  # a date like 12/05/2019
        if self.ends(_SLASH_LEFT, num.start):
            return False
        return not (self.year_like(den) and den.value > 1950)

    def bracketed_after_ratio(self, i: int, tok: _Token) -> bool:
        """ "OR 1.72 (1.07-2.78)", "HR 0.61 [0.45, 0.83]": two bounds in brackets right after an
        odds, risk or hazard ratio are its confidence interval, by the usual convention."""
        last = self.out[-1] if self.out else None
        if last is None or last.unit != "ratio_stat" or last.low is not None:
            return False
        if not _BRACKET_GAP.fullmatch(self.t, last.end, tok.start):
            return False
        m = _INTERVAL_JOIN.match(self.t, tok.end)
        high_tok = self.next_token_at(i, m.end()) if m else None
        return high_tok is not None and high_tok.kind == "digits" and high_tok.value > tok.value

    def interval(
        self, i: int, level: float, unit: str, start: int, after: int | None = None
    ) -> int:
        """A confidence interval: the level (when written) and the two bounds that follow."""
        t = self.t
        tok = self.toks[i]
        consumed = 1
        if after is None:
            low_tok: _Token | None = tok
            j = i
        else:
            m = _INTERVAL_LEAD.match(t, after)
            assert m is not None  # every part of the pattern is optional
            low_tok = self.next_token_at(i, m.end())
            j = i + 1
            if low_tok is not None:
                consumed += 1
        low = high = None
        end = tok.end if after is None else after
        if low_tok is not None and low_tok.kind == "digits":
            low = low_tok.value
            end = low_tok.end
            m = _INTERVAL_JOIN.match(t, low_tok.end)
            high_tok = self.next_token_at(j, m.end()) if m else None
            if high_tok is not None and high_tok.kind == "digits":
                high = high_tok.value
                end = high_tok.end
                consumed += 1
        if low is None and after is None:
            return 1
        decimals = max(
            (tk.decimals for tk in self.toks[i : i + consumed] if tk.kind == "digits"), default=0
        )
        self.emit(
            self.make(start, end, level, unit, rounding=0.5 * 10.0 ** (-decimals), low=low,
                      high=high)
        )  # fmt: skip
        return consumed

    def range_from(self, i: int, tok: _Token, pos: int, unit_found: _Unit | None) -> int | None:
        """ "2-4 weeks", "2 to 4 weeks", "10% to 20%", "between 10 and 20", "one or two weekly"."""
        t = self.t
        m = _RANGE_CONNECTOR.match(t, pos)
        if not m:
            return None
        connector = m.group().strip().lower()
        if connector == "and" and not self.ends(_BETWEEN_LEFT, tok.start):
            return None
        high_tok = self.next_token_at(i, m.end())
        if high_tok is None or high_tok.kind not in ("digits", "words", "unithalf"):
            return None
        if self.year_like(tok) and self.year_like(high_tok):
            return None
        if self.ends(_FROM_LEFT, tok.start) and connector == "to":
            return None  # "from 20 to 8.8 points" is a change, not a range
        high_unit = self.unit_at(high_tok.end, high_tok)
        if high_tok.kind == "unithalf" and (whole := _UNIT_AND_A_HALF.match(t, high_tok.start)):
            # "a minute to a minute and a half": the unit is inside the token
            high_unit = _Unit(_TIME_UNITS[whole["unit"].lower()], high_tok.end)
        if unit_found is not None and unit_found.unit != "count":
            if high_unit is None or high_unit.unit != unit_found.unit:
                return None
        elif high_unit is None and connector == "or":
            return None
        if high_tok.value < tok.value:
            return None
        unit = high_unit.unit if high_unit else ""
        if not unit and self.ends(_PH_LEFT, tok.start):
            unit = "ph"
        end = high_unit.end if high_unit else high_tok.end
        if unit == "count" and connector == "or" and high_unit and high_unit.noun:
            end = high_unit.end + len(high_unit.noun)  # "one or two injections", as "two"
        elif unit == "count":
            end = high_tok.end
        if unit == "" and (tok.kind == "words" or high_tok.kind == "words") and connector == "-":
            return None
        if unit in ("", "point") and self.names_scale(tok.start, end):
            unit = ""  # a scale's size, read as a bare number: never checked, never conflicting
        factor = high_unit.value_factor if high_unit else 1.0  # "two to three decades"
        low, high = tok.value * factor, high_tok.value * factor
        decimals = max(tok.decimals, high_tok.decimals)
        bound = self.bound_from(tok.start, unit)
        self.emit(
            self.make(tok.start, end, (low + high) / 2, unit,
                      rounding=0.5 * 10.0 ** (-decimals) * factor,
                      low=low, high=high, bound=bound if bound in ("~", "up_to") else None,
                      context_end=high_unit.end if high_unit else None)
        )  # fmt: skip
        return 2

    def names_scale(self, start: int, end: int) -> bool:
        """ "a 0-10 scale", "on a scale of 0 to 10", "a ten-point scale": the size of a rating
        scale, which says how results are measured, not what they were."""
        return bool(
            _SCALE_AFTER_NUMBER.match(self.t, end)
            or _SCALE_BEFORE_NUMBER.search(self.t, max(0, start - 40), start)
        )

    def inherit_units(self) -> None:
        """A bare number in a list takes the unit of the last item: "0.25, 0.5, 1 mg/kg"."""
        out = self.out
        for k in range(len(out) - 2, -1, -1):
            q, nxt = out[k], out[k + 1]
            gap = self.t[q.end : nxt.start]
            if (
                q.unit in _MASS_SYMBOLS
                and nxt.unit == q.unit + "/kg"
                and re.fullmatch(r"\s*(?:-|,|to|and|or)\s*", gap, re.I)
            ):
                # "from a quarter of a milligram to one milligram of ketamine per kilogram"
                out[k] = replace(q, unit=nxt.unit)
                continue
            if (
                q.unit == "ratio"
                and nxt.unit in _SHARED_BY_FRACTIONS
                and q.numerator
                and q.denominator
                and not any(ch.isdigit() for ch in q.text)
                and re.fullmatch(r"\s*(?:,|,?\s*(?:and|or|to)(?:\s+then)?)\s*", gap, re.I)
            ):
                # "a quarter, a half and one milligram per kilogram": fractions of the unit
                out[k] = replace(
                    q, value=q.numerator / q.denominator, unit=nxt.unit, percent=None,
                    numerator=None, denominator=None, rounding=0.005, context=nxt.context,
                )  # fmt: skip
                continue
            if q.unit or nxt.unit not in _INHERITABLE or q.low is not None:
                continue
            if not re.fullmatch(r"\s*(?:,|,?\s*(?:and|or|to|vs\.?|versus))\s*", gap, re.I):
                continue
            percent = q.value if nxt.unit == "%" else None
            out[k] = Quantity(
                value=q.value, unit=nxt.unit, text=q.text, start=q.start, end=q.end,
                bound=q.bound, percent=percent, context=nxt.context or q.context,
                rounding=q.rounding, side=q.side,
            )  # fmt: skip


@lru_cache(maxsize=16384)
def _scan(text: str) -> _Found:
    found = _Scanner(text).scan()
    if not any(q.unit == "second" for q in found.quantities):
        return found
    kept = tuple(q for q in found.quantities if not _is_decade(text, q))
    return found._replace(quantities=kept)


# "the early '80s", "patients in their 70s": a decade of years or of age, not seconds.
_DECADE_WRITTEN: Final = re.compile(r"'?[1-9]0s")
_DECADE_BEFORE: Final = re.compile(
    r"(?:'|\b(?:the|their|his|her|early|mid|late)[\s-]+'?)$", re.IGNORECASE
)


def _is_decade(text: str, q: Quantity) -> bool:
    return bool(
        q.unit == "second"
        and _DECADE_WRITTEN.fullmatch(q.text)
        and _DECADE_BEFORE.search(text, max(0, q.start - 8), q.start)
    )


def find_quantities(text: str) -> list[Quantity]:
    """Every quantity in ``text``, in order, with exact spans into ``text``."""
    return list(_scan(text).quantities)


def names_scale(text: str, quantity: Quantity) -> bool:
    """The quantity is the size of a rating scale ("on a 0-10 numerical rating scale", "a
    ten-point scale"): it describes how another number was measured, not a result of its own."""
    return quantity.unit == "" and bool(
        _SCALE_AFTER_NUMBER.match(text, quantity.end)
        or _SCALE_BEFORE_NUMBER.search(text, max(0, quantity.start - 40), quantity.start)
    )


# "dropped 14 points after ketamine and about 12 after saline", "30% with the drug versus 12
# with placebo": the second arm's bare figure leaves out the unit the first arm's gave. Both
# arms are told the same way (a preposition and the arm) and joined by "and", "versus", "but".
_ARM_PREPOSITION: Final = r"(?:after|with|on|in|for|among|under|from|by|during|at)"
_ELLIPTIC_GAP: Final = re.compile(
    rf"\s+{_ARM_PREPOSITION}\s+[^\d,;:.()\[\]]{{1,60}}?\s*,?\s*"
    r"(?:and|but|while|whereas|versus|vs\.?|compared\s+(?:with|to)|against)\s+"
    r"(?:(?:only|just|about|around|roughly|nearly|almost|approximately|some)\s+)?",
    re.IGNORECASE,
)
_ELLIPTIC_TAIL: Final = re.compile(rf"\s+{_ARM_PREPOSITION}\s+[^\W\d]", re.IGNORECASE)
_NOT_ELLIPTIC: Final = frozenset({"", "p", "ci", "iqr", "sd", "ratio", "ratio_stat", "ph", "k"})


def elliptic_unit(text: str, previous: Quantity | None, quantity: Quantity) -> Quantity:
    """A bare figure given for a second arm in the words of the first ("14 points after
    ketamine and about 12 after saline"), with the unit the first arm's figure states."""
    if (
        previous is None
        or quantity.unit
        or quantity.low is not None
        or previous.unit in _NOT_ELLIPTIC
        or previous.low is not None
        or (quantity.value >= 1000 and quantity.value == int(quantity.value))
    ):
        return quantity
    if not (
        _ELLIPTIC_GAP.fullmatch(text, previous.end, quantity.start)
        and _ELLIPTIC_TAIL.match(text, quantity.end)
    ):
        return quantity
    percent = quantity.value if previous.unit == "%" else None
    return replace(quantity, unit=previous.unit, percent=percent)


def find_complements(text: str) -> list[Quantity]:
    """Wholes less a few, with the whole unstated: "All studies except one", "all but two
    patients". Each is a quantity of unit ``"all_but"`` whose value is how many are left out;
    "all but two of the twenty" states its whole and is an "n of N" of ``find_quantities``."""
    return list(_scan(text).complements)


_COUNT_NOUN_WORD = re.compile(rf"\b(?:{_COUNT_NOUNS})\b(?!-)", re.IGNORECASE)


def counted_noun(text: str, quantity: Quantity) -> str | None:
    """What an "n of N" written as counts counts, when ``text`` names it: "Of the 7 included
    studies, five" and "six of the seven trials included" count studies and trials."""
    if count_parts(quantity) is None:
        return None
    inside = _COUNT_NOUN_WORD.search(quantity.text)
    if inside:
        return inside.group().lower()
    after = _COUNT.match(text, quantity.end)
    return after.group("noun").lower() if after else None


def find_years(text: str) -> list[tuple[int, int, int]]:
    """Years (1900-2099) written as years: "in 2019", "from 2020", "a 2019 review", "2015-2017"."""
    return list(_scan(text).years)


# --- comparison ---------------------------------------------------------------------------------

_TIME_DAYS: Final[dict[str, float]] = {
    "year": 365.25, "month": 30.4375, "week": 7.0, "day": 1.0, "hour": 1 / 24,
    "minute": 1 / 1440, "second": 1 / 86400,
}  # fmt: skip
_FREQ_PER_DAY: Final[dict[str, float]] = {
    "per_hour": 24.0, "per_day": 1.0, "per_week": 1 / 7, "per_month": 1 / 30.4375,
    "per_year": 1 / 365.25,
}  # fmt: skip
_MASS_MG: Final[dict[str, float]] = {"kg": 1e6, "g": 1e3, "mg": 1.0, "μg": 1e-3, "ng": 1e-6}
_DOSE_MG_PER_KG: Final[dict[str, float]] = {
    "g/kg": 1e3, "mg/kg": 1.0, "μg/kg": 1e-3, "ng/kg": 1e-6,
}  # fmt: skip
_VOLUME_ML: Final[dict[str, float]] = {"l": 1e3, "dl": 100.0, "ml": 1.0, "μl": 1e-3}
# "1 mM" is "1 mmol/L": molar units are amounts per litre.
_CONCENTRATION_MM: Final[dict[str, float]] = {
    "mM": 1.0, "mmol/l": 1.0, "μM": 1e-3, "μmol/l": 1e-3, "nM": 1e-6, "nmol/l": 1e-6,
}  # fmt: skip
# Hormone and enzyme activity per volume: "mIU/L" is "μIU/mL".
_ACTIVITY_MIU_PER_L: Final[dict[str, float]] = {
    "miu/l": 1.0, "mu/l": 1.0, "μiu/ml": 1.0, "uiu/ml": 1.0, "iu/l": 1e3, "u/l": 1e3,
}  # fmt: skip
_DISTANCE_M: Final[dict[str, float]] = {"km": 1e3, "m": 1.0, "cm": 1e-2, "mm": 1e-3}
_SPEED_KM_PER_H: Final[dict[str, float]] = {
    "km/h": 1.0, "km/min": 60.0, "km/s": 3600.0, "m/h": 1e-3, "m/min": 0.06, "m/s": 3.6,
}  # fmt: skip
_FAMILIES: Final[tuple[tuple[str, dict[str, float]], ...]] = (
    ("time", _TIME_DAYS),
    ("distance", _DISTANCE_M),
    ("speed", _SPEED_KM_PER_H),
    ("frequency", _FREQ_PER_DAY),
    ("mass", _MASS_MG),
    ("dose", _DOSE_MG_PER_KG),
    ("volume", _VOLUME_ML),
    ("concentration", _CONCENTRATION_MM),
    ("activity", _ACTIVITY_MIU_PER_L),
)
_APPROX_FRACTION = 0.05
_SMALL_HEDGE_FRACTION = 0.2  # the most an "about X" may be off when X is a small figure
_ONE_SIDED_APPROX = frozenset({"~<", "~>"})
_NEAR_FRACTION = 0.10  # how far below "nearly X" (or above "just over X") a value may lie
_ACROSS_FRACTION = 0.025  # how far across the mark a value is still only loose wording
_PRESCRIBED_FAMILIES = frozenset({"mass", "dose", "volume", "frequency"})
_SIGNED_EXACTLY = frozenset({"p", "ci", "iqr", "ph", "k", "°c", "°f", "year"})
_CALENDAR_SLACK = 0.10  # months and years hold a varying number of days and weeks
# How far beyond its words an order of magnitude may be loosely used before it conflicts:
# "dozens" (24 to 120) is not contradicted by 15 or 200, but is by three or by a thousand.
_VAGUE_SPREAD = 2.0


class _Interval(NamedTuple):
    low: float
    high: float


def _family(q: Quantity) -> tuple[str, float]:
    """The comparable family of a quantity and the factor to its base unit."""
    if q.unit in ("%", "ratio"):
        return "percent", 1.0
    if q.unit in ("count", ""):
        return "count", 1.0
    if q.unit in ("fold", "ratio_stat"):
        return "effect ratio", 1.0  # "1.7 times the odds" is an odds ratio of 1.7
    for name, table in _FAMILIES:
        if q.unit in table:
            return name, table[q.unit]
    return q.unit, 1.0


def _central(q: Quantity) -> float:
    return q.percent if q.unit in ("%", "ratio") and q.percent is not None else q.value


def _interval(
    q: Quantity, factor: float, *, widen: float, point_source: bool, strict: bool = True
) -> _Interval:
    """Where the true value may lie, in base units; ``widen`` adds the rounding of its writing."""
    floor = 0.0 if q.unit in _NONNEGATIVE_UNITS else -math.inf
    if q.vague and q.low is not None and q.high is not None and not strict:
        # "dozens of variants" is loose wording: only an amount of another order conflicts.
        return _Interval(q.low * factor / _VAGUE_SPREAD, q.high * factor * _VAGUE_SPREAD)
    if q.low is not None and q.high is not None and q.unit not in ("ci", "iqr"):
        return _Interval(q.low * factor - widen, q.high * factor + widen)
    v = _central(q) * factor
    if q.bound in (">", ">="):
        return _Interval(v - widen, math.inf)
    if q.bound in ("<", "<=", "up_to"):
        return _Interval(floor, v + widen)
    if point_source:
        return _Interval(v - widen, v + widen)
    if q.bound == "~" and q.side is None:
        slack = max(widen, abs(v) * _APPROX_FRACTION)
        if strict:
            # "about 2 mmol/L" is not borne out by 1.5: for a small figure half a unit of
            # rounding is a quarter of the value, more than a hedge allows.
            slack = min(slack, abs(v) * _SMALL_HEDGE_FRACTION)
        if is_lay_fraction(q):
            slack = max(slack, abs(v) * _LAY_FRACTION_HEDGE)
        return _Interval(v - slack, v + slack)
    if q.bound == "~":
        # "nearly 700" is a little below 700, "just over half" a little above a half. Read
        # strictly (for support) the value lies on the named side; read leniently (for a
        # conflict) a value just across the mark is a loose wording, not a different number.
        near = max(widen, abs(v) * _NEAR_FRACTION)
        across = widen if strict else max(widen, abs(v) * _ACROSS_FRACTION)
        if q.side == "<":
            return _Interval(v - near, v + (0.0 if strict else across))
        return _Interval(v - (0.0 if strict else across), v + near)
    return _Interval(v - widen, v + widen)


# "roughly a quarter", "about one in three": a hedged everyday fraction stands for the nearest
# simple fraction, so it spans a tenth of its value either way (27% is "roughly a quarter").
_LAY_FRACTION_HEDGE = 0.10
_LAY_DENOMINATOR_MAX = 10


def is_lay_fraction(q: Quantity) -> bool:
    """An everyday fraction in words ("a quarter", "one in three"), not counts or digits."""
    return (
        q.unit == "ratio"
        and q.denominator is not None
        and 2 <= q.denominator <= _LAY_DENOMINATOR_MAX
        and not _explicit_counts(q)
        and not any(ch.isdigit() for ch in q.text)
    )


def _comparable(claim_q: Quantity, source_q: Quantity) -> tuple[float, float, str] | None:
    claim_family, claim_factor = _family(claim_q)
    source_family, source_factor = _family(source_q)
    if claim_family != source_family:
        return None
    return claim_factor, source_factor, claim_family


def _explicit_counts(q: Quantity) -> bool:
    return (
        q.unit == "ratio"
        and q.numerator is not None
        and q.denominator is not None
        and not any(word in q.text.lower() for word in FRACTION_DENOMINATORS)
        and not _RATE_FORM.search(q.text)
    )


def count_parts(q: Quantity) -> tuple[Quantity, Quantity] | None:
    """The two head counts an "n of N" states ("Among 696 studies assessed, 7 met ..."), as
    counts; None for shares written as fractions or rates ("two-thirds", "one in five")."""
    if not _explicit_counts(q) or q.numerator is None or q.denominator is None:
        return None
    as_count = replace(
        q, unit="count", percent=None, numerator=None, denominator=None, low=None, high=None,
        bound=None, side=None, rounding=0.5,
    )  # fmt: skip
    return replace(as_count, value=float(q.numerator)), replace(
        as_count, value=float(q.denominator)
    )


# "Nine in 10", "one in five": a rate written with small numbers, not a head count; it is
# compared as the share it states ("18 of 20" is nine in ten).
_RATE_FORM: Final = re.compile(
    r"^\W*(?:(?:nearly|almost|about|roughly|around)\s+)?[\w-]+\s+in\s+[\w-]+\W*$", re.I
)


def _claim_slack(claim_q: Quantity, source_q: Quantity, factor: float, family: str) -> float:
    slack = claim_q.rounding * factor
    calendar = {"month", "year"} & {claim_q.unit, source_q.unit}
    if family == "time" and claim_q.unit != source_q.unit and calendar:
        slack += abs(_central(claim_q) * factor) * _CALENDAR_SLACK
    return slack


def _is_negative(q: Quantity) -> bool:
    return q.value < 0 or (q.low is not None and q.low < 0)


def _mirrored(q: Quantity) -> Quantity:
    """The same quantity with its sign flipped (a range's ends swap)."""
    low = -q.high if q.high is not None else None
    high = -q.low if q.low is not None else None
    flipped = {">": "<", ">=": "<=", "<": ">", "<=": ">=", "up_to": ">="}
    bound = flipped.get(q.bound, q.bound) if q.bound else None
    side = {"<": ">", ">": "<"}.get(q.side or "")
    percent = -q.percent if q.percent is not None else None
    return replace(q, value=-q.value, low=low, high=high, bound=bound, percent=percent, side=side)


def _same_sign(claim_q: Quantity, source_q: Quantity) -> tuple[Quantity, Quantity]:
    """A change written "-1.83 points" on one side and "1.8 points lower" on the other is the
    same size: when only one side carries a minus sign, compare magnitudes."""
    if claim_q.unit in _SIGNED_EXACTLY or source_q.unit in _SIGNED_EXACTLY:
        return claim_q, source_q
    if _is_negative(source_q) and not _is_negative(claim_q):
        return claim_q, _mirrored(source_q)
    if _is_negative(claim_q) and not _is_negative(source_q):
        return _mirrored(claim_q), source_q
    return claim_q, source_q


# Temperatures sit on scales with different zeros: each is read in degrees Celsius.
_TEMPERATURE_SCALES: Final[dict[str, tuple[float, float]]] = {
    "°c": (1.0, 0.0), "k": (1.0, -273.15), "°f": (5 / 9, -32 * 5 / 9),
}  # fmt: skip


def _in_celsius(q: Quantity) -> Quantity:
    factor, offset = _TEMPERATURE_SCALES[q.unit]

    def convert(x: float | None) -> float | None:
        return None if x is None else x * factor + offset

    return replace(
        q, unit="°c", value=q.value * factor + offset, low=convert(q.low), high=convert(q.high),
        rounding=q.rounding * factor,
    )  # fmt: skip


def _one_temperature_scale(a: Quantity, b: Quantity) -> tuple[Quantity, Quantity]:
    """45 K is -228.15 °C: two temperatures on different scales, both in degrees Celsius."""
    if a.unit == b.unit or a.unit not in _TEMPERATURE_SCALES or b.unit not in _TEMPERATURE_SCALES:
        return a, b
    return _in_celsius(a), _in_celsius(b)


def quantities_match(claim_q: Quantity, source_q: Quantity) -> bool:
    """Does the source's quantity support the claim's (same family, value within rounding/bound)?"""
    claim_q, source_q = _one_temperature_scale(claim_q, source_q)
    claim_q, source_q = _same_sign(claim_q, source_q)
    if claim_q.unit in ("ci", "iqr") or source_q.unit in ("ci", "iqr"):
        return _intervals_equal(claim_q, source_q)
    if claim_q.unit in ("count", "") and source_q.unit == "ratio" and _explicit_counts(source_q):
        return claim_q.value in (source_q.numerator, source_q.denominator)
    if _explicit_counts(claim_q) and _explicit_counts(source_q):
        return (claim_q.numerator, claim_q.denominator) == (
            source_q.numerator,
            source_q.denominator,
        )
    comparable = _comparable(claim_q, source_q)
    if comparable is None:
        return False
    claim_factor, source_factor, family = comparable
    slack = _claim_slack(claim_q, source_q, claim_factor, family)
    claim_iv = _interval(claim_q, claim_factor, widen=slack, point_source=False)
    source_iv = _interval(source_q, source_factor, widen=0.0, point_source=True)
    if claim_q.bound == ">" and source_q.bound is None and source_q.low is None:
        return _central(source_q) * source_factor > _central(claim_q) * claim_factor
    if claim_q.bound == "<" and source_q.bound is None and source_q.low is None:
        return _central(source_q) * source_factor < _central(claim_q) * claim_factor
    finite = [abs(x) for x in (*claim_iv, *source_iv) if math.isfinite(x)]
    tolerance = 1e-9 * max(1.0, *finite)
    return claim_iv.low - tolerance <= source_iv.low and source_iv.high <= claim_iv.high + tolerance


_DEADLINE_REACH = 10.0  # how far below a time limit a time may sit and still be what it bounds


def far_inside_time_limit(claim_q: Quantity, source_q: Quantity) -> bool:
    """A time limit ("within 6 weeks") against a time of another order ("60 to 90 seconds"):
    the shorter time sits inside the limit but times something else."""
    if claim_q.bound not in ("<", "<=", "up_to") or source_q.bound in ("<", "<=", "up_to"):
        return False
    comparable = _comparable(claim_q, source_q)
    if comparable is None or comparable[2] != "time":
        return False
    claim_factor, source_factor, _ = comparable
    longest = source_q.high if source_q.high is not None else source_q.value
    return longest * source_factor * _DEADLINE_REACH < claim_q.value * claim_factor


def quantities_conflict(claim_q: Quantity, source_q: Quantity) -> bool:
    """Same kind of quantity, values that cannot both be true (the engine adds context checks).

    Bare numbers never conflict (nothing says what they count). Two ranges conflict when
    neither holds the other ("pH 3 to 8" against "pH 5.5 to 10.5")."""
    claim_q, source_q = _one_temperature_scale(claim_q, source_q)
    claim_q, source_q = _same_sign(claim_q, source_q)
    if claim_q.unit in ("", "sd") or source_q.unit in ("", "sd"):
        return False
    if claim_q.unit in ("ci", "iqr") or source_q.unit in ("ci", "iqr"):
        return (
            claim_q.unit == source_q.unit
            and claim_q.value == source_q.value
            and not _intervals_equal(claim_q, source_q)
        )
    if (claim_q.unit == "ratio") != (source_q.unit == "ratio") and "count" in (
        claim_q.unit,
        source_q.unit,
    ):
        return False
    comparable = _comparable(claim_q, source_q)
    if comparable is None or quantities_match(claim_q, source_q):
        return False
    claim_factor, source_factor, family = comparable
    if family == "count" and "" in (claim_q.unit, source_q.unit):
        return False
    if family == "time" and _far_apart_time_scales(claim_factor, source_factor):
        return False
    if _opposite_sides(claim_q, source_q, claim_factor, source_factor):
        return True
    slack = _claim_slack(claim_q, source_q, claim_factor, family)
    claim_iv = _interval(claim_q, claim_factor, widen=slack, point_source=False, strict=False)
    # Doses and schedules are set, not measured: "1 mg/kg" is exactly one, not 0.5 to 1.5.
    source_rounding = 0.0 if family in _PRESCRIBED_FAMILIES else source_q.rounding
    source_iv = _interval(
        source_q,
        source_factor,
        widen=source_rounding * source_factor,
        point_source=False,
        strict=False,
    )
    if _is_range(claim_q) and _is_range(source_q) and not (claim_q.vague or source_q.vague):
        source_holds_claim = source_iv.low <= claim_iv.low and claim_iv.high <= source_iv.high
        return not source_holds_claim  # the claim's own range not holding the source's: no match
    return claim_iv.high <= source_iv.low or source_iv.high <= claim_iv.low


# A time in years against one in hours or less (an age or a time ago against a time point:
# "48 years" against "48 hours") tells of different things, not the same time told wrong;
# nearer scales ("72 seconds" against "72 hours", minutes against days) are one time misstated.
_LONG_SCALE_DAYS: Final = _TIME_DAYS["year"]
_SHORT_SCALE_DAYS: Final = _TIME_DAYS["hour"]


def _far_apart_time_scales(a_factor: float, b_factor: float) -> bool:
    low, high = sorted((a_factor, b_factor))
    return 0 < low <= _SHORT_SCALE_DAYS and high >= _LONG_SCALE_DAYS


_ABOVE: Final = frozenset({">", ">="})
_BELOW: Final = frozenset({"<", "<=", "up_to"})


def _opposite_sides(a: Quantity, b: Quantity, a_factor: float, b_factor: float) -> bool:
    """ "above 45 K" against "below 45 K", "more than 50%" against "under half": two bounds
    pointing away from each other from the same mark (or from marks that leave no room
    between them) cannot both hold, whatever the rounding of the mark."""
    if a.low is not None or b.low is not None or a.vague or b.vague:
        return False
    a_mark, b_mark = _central(a) * a_factor, _central(b) * b_factor
    if a.bound in _ABOVE and b.bound in _BELOW:
        return a_mark >= b_mark
    if a.bound in _BELOW and b.bound in _ABOVE:
        return a_mark <= b_mark
    return False


_UNIT_FAMILIES: Final = frozenset(name for name, _ in _FAMILIES)


def same_figure_other_unit(a: Quantity, b: Quantity) -> bool:
    """ "within 72 minutes" against "within 72 hours", "2 mg" against "2 g": the same figure in
    another unit of the same kind of measure. Rounding cannot explain it; the unit was
    misread, so the two disagree even where one bound would hold the other."""
    if a.unit == b.unit or a.low is not None or b.low is not None or a.value != b.value:
        return False
    comparable = _comparable(a, b)
    return (
        comparable is not None
        and comparable[2] in _UNIT_FAMILIES
        and comparable[0] != comparable[1]
        and a.value != 0
        and not (comparable[2] == "time" and _far_apart_time_scales(comparable[0], comparable[1]))
    )


def _is_range(q: Quantity) -> bool:
    return q.low is not None and q.high is not None and q.low != q.high


def _intervals_equal(a: Quantity, b: Quantity) -> bool:
    if a.unit != b.unit or a.value != b.value:
        return False
    if a.low is None or b.low is None:
        return a.low is None and b.low is None
    tolerance = max(a.rounding, b.rounding)
    if abs(a.low - b.low) > tolerance:
        return False
    if a.high is None or b.high is None:
        return a.high is None and b.high is None
    return abs(a.high - b.high) <= tolerance


# "Only two of the included trials", "three of the studies": a part of an unsized whole still
# counts the whole's noun (two trials), and is compared only with counts of trials.
_OF_NAMED_WHOLE = re.compile(
    rf"\s+(?:out\s+)?of\s+(?:the|these|those|all|its|their)\s+"
    rf"(?:(?!(?:{_FUNCTION_WORDS})\b)[A-Za-z][\w'-]*\s+){{0,2}}?(?P<noun>{_COUNT_NOUNS})\b(?!-)",
    re.IGNORECASE,
)
# The bound of a count that picks some of a whole: the whole may hold more of them.
PART_OF_WHOLE: Final = "part"
# "about four times the signal-to-noise ratio", "three times as likely", "five times higher".
_TIMES_MULTIPLIER = re.compile(
    r"\s*-?\s*times\s+(?:the|as|that|those|more|higher|greater|larger|lower|smaller|"
    r"faster|slower|bigger|stronger|weaker|longer|shorter|fewer|less|increase|rise)\b",
    re.IGNORECASE,
)


def part_of_named_whole(text: str, quantity: Quantity) -> Quantity | None:
    """A bare number naming a part of a counted whole ("two of the included trials") as a count
    of the whole's noun ("two trials"); None when the number is anything else."""
    if quantity.unit != "" or quantity.low is not None:
        return None
    after = _OF_NAMED_WHOLE.match(text, quantity.end)
    if after is None:
        return None
    noun = after.group("noun").lower()
    # "Two of the variants, A and B, ..." picks some of a whole: at least two. "Only two of the
    # trials" says no more did.
    exact = EXCLUSIVE_BEFORE.search(text, max(0, quantity.start - 12), quantity.start)
    return replace(
        quantity,
        unit="count",
        text=f"{quantity.text} {noun}",
        bound=None if exact else PART_OF_WHOLE,
    )


def bare_multiplier(text: str, quantity: Quantity) -> Quantity | None:
    """A bare number multiplying a measure ("four times the signal", "three times as likely")
    as a fold; None otherwise."""
    if quantity.unit != "" or quantity.low is not None or quantity.value <= 1:
        return None
    times = _TIMES_MULTIPLIER.match(text, quantity.end)
    if times is None:
        return None
    end = text.lower().index("times", quantity.end) + len("times")
    return replace(quantity, unit="fold", text=text[quantity.start : end], end=end)


# "Two TERT variants, rs401681 and rs2736100, ...", "two SNPs (rs1, rs2)": items that each carry
# a letter and a digit, named right after the count of them.
_NAMED_ITEM: Final = r"[A-Za-z][\w-]*\d[\w-]*"
_NAMED_ITEMS_AFTER = re.compile(
    rf"\s*(?:,|\(|:|\u2014|-)\s*(?P<items>{_NAMED_ITEM}(?:\s*(?:,\s*(?:and\s+)?|and\s+)"
    rf"{_NAMED_ITEM})+)"
)


def named_items_part(text: str, quantity: Quantity) -> Quantity | None:
    """A count of things the claim then names one by one ("Two variants, rs1 and rs2") as a
    part picked from a whole the record may count larger; None when no such list follows."""
    if quantity.low is not None or quantity.bound is not None:
        return None
    if quantity.unit not in ("count", "") or not quantity.value.is_integer():
        return None
    if quantity.unit == "" and not re.search(r"[A-Za-z]", quantity.text.split()[-1]):
        return None
    if len(quantity.text.split()) < 2:
        return None  # a bare number: what it counts is unsaid
    listed = _NAMED_ITEMS_AFTER.match(text, quantity.end)
    if listed is None:
        return None
    items = re.findall(_NAMED_ITEM, listed.group("items"))
    if len(items) != int(quantity.value):
        return None
    return replace(quantity, unit="count", bound=PART_OF_WHOLE)


# --- date spans ---------------------------------------------------------------------------------

_MONTH_NUMBERS: Final[dict[str, int]] = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12, "jan": 1,
    "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10,
    "nov": 11, "dec": 12,
}  # fmt: skip
_MONTH_WORD = (
    r"(?:january|february|march|april|may|june|july|august|september|october|november"
    r"|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.?"
)
_DAY_BEFORE = r"(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?)?"
_DAY_AFTER = r"(?:\s+\d{1,2}(?:st|nd|rd|th)?,?)?"
_PART_OF = r"(?:(?:mid-?|early\s+|late\s+|the\s+end\s+of\s+|end\s+of\s+|the\s+beginning\s+of\s+))?"


def _date(name: str, *, year_optional: bool = False) -> str:
    year = rf"(?:\s+(?P<{name}y>(?:19|20)\d{{2}}))"
    month = rf"{_PART_OF}{_DAY_BEFORE}(?P<{name}m>{_MONTH_WORD}){_DAY_AFTER}"
    bare_year = rf"(?P<{name}b>(?:19|20)\d{{2}})"
    return rf"(?:{month}{year}{'?' if year_optional else ''}|{_PART_OF}{bare_year})"


_LINK = r"\s*(?:-|\u2013|\u2014|to|through|thru|until|till|and)\s*"
# "from December 2015 to June 2017", "between 2010 and 2015", "January-June 2016".
_DATE_RANGE: Final = re.compile(
    rf"\b(?:(?:from|between)\s+)?{_date('a', year_optional=True)}{_LINK}{_date('z')}(?![\w-])",
    re.IGNORECASE,
)
# "searched up to March 2018", "from inception through December 16, 2017": an end alone.
_DATE_END: Final = re.compile(
    rf"\b(?:up\s+(?:to|until)|through|thru|until|till|to|before|by)\s+{_date('z')}(?![\w-])",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class DateSpan:
    """A period a text gives for something that happened (data collection, recruitment, a
    literature search): its first and last (year, month) — month 0 where only the year is
    written; ``first`` is ``None`` for an end alone ("up to March 2018")."""

    first: tuple[int, int] | None
    last: tuple[int, int]
    text: str
    start: int
    end: int


def _read_date(match: re.Match[str], name: str, fallback_year: int | None) -> tuple[int, int]:
    bare = match.group(f"{name}b")
    if bare:
        return int(bare), 0
    month = _MONTH_NUMBERS[match.group(f"{name}m").lower().rstrip(".")]
    year = match.group(f"{name}y")
    return (int(year) if year else fallback_year or 0), month


# The latest year a period may end in: a later "year" is a count ("2000 to 2500").
_LATEST_YEAR: Final = datetime.date.today().year + 1
_NOUN_AFTER: Final = re.compile(rf"\s*(?:{_COUNT_NOUNS})\b", re.IGNORECASE)


def _not_a_year(text: str, end: int, year: int) -> bool:
    return year > _LATEST_YEAR or _NOUN_AFTER.match(text, end) is not None


def find_date_spans(text: str) -> list[DateSpan]:
    """Periods written with months or years: "December 2015-June 2017", "between 2010 and
    2015", "January to June 2016", "up to March 2018". A bare year with a bare "to" or "by"
    ("rose to 2017 patients") is not read as an end."""
    spans: list[DateSpan] = []
    for match in _DATE_RANGE.finditer(text):
        if match.group("am") and not match.group("ay") and match.group("zb"):
            continue  # "May to 2017": not a period
        last = _read_date(match, "z", None)
        first = _read_date(match, "a", last[0])
        if (first > last and first[1] and last[1]) or first[0] > last[0]:
            continue
        if match.group("zb") and _not_a_year(text, match.end(), last[0]):
            continue  # "from 2000 to 2500 patients": a count, not a period
        spans.append(DateSpan(first, last, match.group(), match.start(), match.end()))
    for match in _DATE_END.finditer(text):
        if any(s.start <= match.start() < s.end for s in spans):
            continue
        lead = match.group().split()[0].lower()
        if match.group("zb") and lead in ("to", "by", "before"):
            continue
        last = _read_date(match, "z", None)
        spans.append(DateSpan(None, last, match.group(), match.start(), match.end()))
    return sorted(spans, key=lambda s: s.start)
