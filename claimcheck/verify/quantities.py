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

import math
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Final, NamedTuple

from claimcheck.verify.numbers import (
    DIGITS,
    FOLD_WORDS,
    FRACTION_DENOMINATORS,
    MULTIPLIERS,
    NUMBER_WORD,
    NUMBER_WORD_RUN,
    decimals_of,
    parse_digits,
    parse_number_words,
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
        0x223C: "~", 0x2248: "~", 0xFF5E: "~", 0x00B5: "μ", 0x2019: "'", 0x2018: "'",
        0x00A0: " ", 0x2007: " ", 0x2009: "\u2009", 0x202F: "\u202f",
    }
)  # fmt: skip


def _translate(text: str) -> str:
    return text.translate(_TRANSLATION)


# --- number tokens ------------------------------------------------------------------------------

_FRACTION_ALT = "|".join(sorted(FRACTION_DENOMINATORS, key=len, reverse=True))
_FOLD_ALT = "|".join(sorted(FOLD_WORDS, key=len, reverse=True))

_TOKEN = re.compile(
    rf"(?P<frac>\b(?:(?P<fnum>{NUMBER_WORD}|an?)\s*[-\s]\s*)?(?P<fden>{_FRACTION_ALT})\b"
    r"(?!-(?:life|lives|way|hearted|time|dose)))"
    rf"|(?P<words>{NUMBER_WORD_RUN})"
    r"|(?P<mult>\b(?:once|twice|thrice)\b)"
    rf"|(?P<fold>\b(?:{_FOLD_ALT})\b)"
    r"|(?P<freq>\b(?:weekly|daily|nightly|monthly|yearly|annually|hourly)\b)"
    rf"|(?P<digits>(?<![\w.])(?<![A-Za-z]-)(?:(?<![\w)\]%])-(?=\.?[0-9]))?{DIGITS})",
    re.IGNORECASE,
)


class _Token(NamedTuple):
    start: int
    end: int
    kind: str  # digits, words, frac, mult, fold, freq
    value: float
    decimals: int
    numerator: int | None = None
    denominator: int | None = None

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
            num = num or 1
            out.append(_Token(m.start(), m.end(), "frac", 100.0 * num / den, 0, num, den))
        elif kind == "words":
            pos = m.start()
            while pos < m.end():
                parsed = parse_number_words(t[pos : m.end()])
                if parsed is None or parsed.length == 0:
                    break
                out.append(_Token(pos, pos + parsed.length, "words", float(parsed.value), 0))
                pos += parsed.length
                while pos < m.end() and not t[pos].isalpha():
                    pos += 1
        elif kind == "mult":
            out.append(_Token(m.start(), m.end(), "mult", MULTIPLIERS[m.group().lower()], 0))
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
            out.append(_Token(m.start(), m.end(), "digits", value, decimals_of(raw)))
    return out


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

_TIME_ADJECTIVES = r"(?:(?:test|study|treatment|consecutive|additional|further|separate|more)\s+)"
_TIME_LONG = (
    r"years?|yrs?|months?|mos?|weeks?|wks?|days?|nights?|hours?|hrs?|minutes?|mins?|seconds?|secs?"
)
_TIME = re.compile(
    rf"(?:\s*-\s*|\s+){_TIME_ADJECTIVES}?(?P<tu>{_TIME_LONG})\b(?!-(?:old|olds)\b)?"
    r"|(?:\s*-\s*|\s*)(?P<tu1>h|d|s|min)\b(?![-/]\w)",
    re.IGNORECASE,
)
_AGE_SUFFIX = re.compile(r"-olds?\b", re.IGNORECASE)

_PERCENT = re.compile(r"\s*(?:%|per\s*cent\b|pct\b)", re.IGNORECASE)
_PERCENT_POINTS = re.compile(r"\s*(?:%|percent(?:age)?)[\s-]*points?\b", re.IGNORECASE)
_CI_LEVEL = re.compile(
    r"\s*%\s*(?:CIs?|CrIs?|(?:confidence|credible|uncertainty)\s+intervals?)\b", re.IGNORECASE
)
_FOLD = re.compile(
    r"\s*-?\s*fold\b|\s*(?:times|x|×)\s+(?=(?:higher|greater|more|larger|lower|less|smaller|as)\b)",
    re.IGNORECASE,
)
_PER_UNIT = r"(?P<per>weeks?|wks?|days?|d|months?|years?|yrs?|hours?|hrs?|h|nights?)"
_FREQ_TIMES = re.compile(
    rf"\s*(?:x|×|times)\s*(?:(?:a|an|per|each|every)\s+|/\s*|-?\s*)?{_PER_UNIT}\b"
    r"|\s*(?:x|×|times)?\s*[-\s]?\s*(?P<adv>weekly|daily|nightly|monthly|yearly|annually|hourly)\b",
    re.IGNORECASE,
)
_FREQ_PER = re.compile(rf"(?:\s+(?:per|a|an|each|every)\s+|\s*/\s*){_PER_UNIT}\b", re.IGNORECASE)
_MEASURE = re.compile(
    r"\s*(?:-\s*)?(?P<mu>"
    r"(?:mg|μg|mcg|ug|ng|g)\s*(?:/|per\s+)\s*kg(?:\s*/\s*(?:h|hr|hour|min|day|d))?"
    r"|(?:mg|μg|mcg|ug|ng|g)\s*/\s*(?:day|d|dL|dl|mL|ml|L|l|m2|m²)"
    r"|kg\s*/\s*m(?:2|²)|(?:m|μ|n)mol\s*/\s*(?:L|l)"
    r"|mg|μg|mcg|ug|ng|kg|g|mL|ml|μL|μl|dL|dl|L|mmol|μmol|nmol|mM|μM|nM|IU"
    r"|mm\s?Hg|bpm|beats\s+per\s+minute|kcal|cm|mm|points?|pts?"
    r")(?![\w/])"
)
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
    "adolescents?|youths?|women|woman|men|man|males?|females?|volunteers?|users?|respondents?|"
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
_COUNT = re.compile(
    rf"(?:\s*-\s*|\s+)(?P<mods>(?:(?!(?:{_FUNCTION_WORDS})\b)[A-Za-z][\w'-]*\s+){{0,3}}?)"
    rf"(?P<noun>{_COUNT_NOUNS})\b(?!-)",
    re.IGNORECASE,
)
_PLURAL_NOUN = re.compile(
    rf"(?:\s*-\s*|\s+)(?:(?!(?:{_FUNCTION_WORDS})\b)[A-Za-z][\w'-]*\s+)?"
    rf"(?!(?:{_FUNCTION_WORDS})\b)(?P<noun>[A-Za-z][A-Za-z-]*[a-hj-rtv-z]s)\b",
    re.IGNORECASE,
)
_SINGULAR_STUDY = re.compile(
    r"(?:\s*-\s*|\s+)(?:[A-Za-z][\w'-]*\s+){0,2}?(?:review|study|trial|analysis|meta-analysis|"
    r"paper|article|report|survey|guideline|edition|census|cohort|update|consensus|statement|"
    r"publication|issue|version)\b",
    re.IGNORECASE,
)

_RANGE_CONNECTOR = re.compile(r"\s*(?:-|to|through|or|and)\s*", re.IGNORECASE)
_OF_N = re.compile(
    r"\s+(?:out\s+)?of\s+(?:(?:the|all|these|those|a\s+total\s+of)\s+)?", re.IGNORECASE
)
_IN_N = re.compile(r"\s+in\s+(?:every\s+)?", re.IGNORECASE)
_SLASH = re.compile(r"\s*/\s*")
_INTERVAL_JOIN = re.compile(r"\s*(?:-|to|,|;)\s*", re.IGNORECASE)
_INTERVAL_LEAD = re.compile(r"[\s,:;=(\[]*(?:(?i:of|from)\s+)?")
_OF_WHICH = re.compile(r"\s+of\s+(?:which|whom|them|these|those)\b", re.IGNORECASE)
_AFTER_GROUP = re.compile(r"(?:\s+[^\s,;.()\[\]]+){1,5}?\s*,\s*")
_TRAILING_GE = re.compile(
    r"\s*(?:or|and)\s+(?:more|greater|higher|above|over|longer|older)\b|\+(?![\w+])",
    re.IGNORECASE,
)
_TRAILING_LE = re.compile(
    r"\s*(?:or|and)\s+(?:less|fewer|lower|below|under|shorter|younger)\b", re.IGNORECASE
)
_COUNT_NOUN_END = re.compile(r"[\w'-]+")

# --- what precedes a number ---------------------------------------------------------------------

_BOUND_LEFT = re.compile(
    r"(?:(?P<ge>\b(?:at\s+least|no\s+(?:fewer|less)\s+than|not\s+less\s+than|(?:a\s+)?minimum\s+of)"
    r"|≥|>=|=>)"
    r"|(?P<gt>\b(?:(?:greater|more|higher|larger|longer|older)\s+than|over|above|exceed(?:ing|s|ed)?"
    r"|in\s+excess\s+of|upwards\s+of)|>)"
    r"|(?P<le>\b(?:at\s+most|no\s+(?:more|greater|higher)\s+than|not\s+more\s+than"
    r"|(?:a\s+)?maximum\s+of|within)|≤|<=|=<)"
    r"|(?P<lt>\b(?:(?:less|fewer|lower|shorter|smaller|younger)\s+than|under|below)|<)"
    r"|(?P<upto>\b(?:up\s+to|as\s+(?:many|much|long|high)\s+as))"
    r"|(?P<approx>\b(?:about|approximately|approx\.?|around|roughly|nearly|almost|close\s+to"
    r"|circa|ca\.|an\s+estimated)|~|≈))\s*$",
    re.IGNORECASE,
)
_BOUND_NAMES: Final[dict[str, str]] = {
    "ge": ">=", "gt": ">", "le": "<=", "lt": "<", "upto": "up_to", "approx": "~",
}  # fmt: skip
_P_LEFT = re.compile(
    r"\b[pP](?:\s*[-_]?\s*(?:for\s+)?(?:trend|interaction|heterogeneity|het))?"
    r"\s*(?:-?\s*values?\s*)?(?P<op>[<>=≤≥]=?|=<|=>)\s*$"
    r"|\b[pP]\s*-?\s*values?\s+(?:of|was|were|is|=)\s+(?P<op2>[<>≤≥]=?)?\s*$"
)
_N_LEFT = re.compile(r"\b[nN]\s*=\s*$")
_TOTAL_LEFT = re.compile(r"\b(?:total\s+of|totall?ing|sample\s+(?:size\s+)?of)\s*$", re.IGNORECASE)
_STAT_LEFT = re.compile(
    r"(?:\b(?:a?(?:OR|HR|RR)(?:s|Q?[0-9])?|IRR|SMD|WMD|RD|ARR|NNT|NNH|AUC|ICC|β|ρ|κ|χ2|χ²)"
    r"\s*(?:\([^()]{0,20}\)\s*)?[=:,]?\s*(?:of\s+|was\s+)?"
    r"|\b(?:[dgrtFzβρ]|[rR](?:2|²))\s*(?:[=<>≤≥])\s*"
    r"|\b(?i:(?:odds|hazard|risk|rate|likelihood)\s+ratios?|relative\s+risks?|effect\s+sizes?"
    r"|(?:standardi[sz]ed\s+)?mean\s+differences?|correlation(?:\s+coefficient)?|cohen'?s\s+d)"
    r"\s*(?:\([^()]{0,20}\)\s*)?(?:of|was|were|=|:|,)?\s*)$"
)
_CI_LEFT = re.compile(
    r"\b(?:CIs?|CrIs?|(?i:confidence\s+intervals?|credible\s+intervals?))\s*"
    r"[\[(]?\s*[=:,]?\s*(?:(?i:of|from)\s+)?$"
)
_IQR_LEFT = re.compile(r"\b(?:IQR|(?i:interquartile\s+range))\s*[\[(]?\s*[=:,]?\s*$")
_SD_LEFT = re.compile(r"\b(?:SDs?|SEM?|s\.d\.|(?i:standard\s+(?:deviation|error)))\s*[=:,]?\s*$")
_BETWEEN_LEFT = re.compile(r"\bbetween\s*$", re.IGNORECASE)
_FROM_LEFT = re.compile(r"\bfrom\s*$", re.IGNORECASE)
_EVERY_LEFT = re.compile(r"\bevery\s*$", re.IGNORECASE)
_TIMEPOINT_LEFT = re.compile(r"\b(?P<tu>day|week|month|year|hour|minute)\s*$", re.IGNORECASE)
_YEAR_LEFT = re.compile(
    r"(?:\b(?:in|from|since|until|till|to|by|during|between|through|before|after|circa|ca\."
    r"|year|years|early|late|mid|spring|summer|autumn|fall|winter|and|of|the|a|an|as|"
    r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)|[(\[,;-])\s*$",
    re.IGNORECASE,
)
_REVERSE_OF_LEFT = re.compile(
    r"\b(?:of|among|from)\s+(?:(?:the|all|these|those)\s+)?$", re.IGNORECASE
)
_CLAUSE_BREAK = re.compile(r"[;:!?\[\]]|\.(?:\s|$)")
_CONTEXT_WORD = re.compile(r"[^\W\d_][\w'-]*")

_LEFT_WINDOW = 64
_RIGHT_WINDOW = 96
_NONNEGATIVE_UNITS = frozenset(
    {"%", "ratio", "count", "p", "per_week", "per_day", "per_month", "per_year", "per_hour",
     "year", "month", "week", "day", "hour", "minute", "second", "mg", "g", "kg", "μg", "ng",
     "mg/kg", "ml", "fold", "pp"}
)  # fmt: skip
_INHERITABLE = frozenset(
    {"%", "count", "year", "month", "week", "day", "hour", "minute", "second", "fold", "point",
     "mg", "g", "kg", "μg", "ng", "mg/kg", "μg/kg", "ml", "mmhg", "per_week", "per_day"}
)  # fmt: skip


def _measure_unit(raw: str) -> str:
    unit = re.sub(r"\s+", "", raw).replace("per", "/")
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
    return lowered.replace("/d", "/day") if lowered.endswith("/d") else lowered


# --- the scanner --------------------------------------------------------------------------------


class _Found(NamedTuple):
    quantities: tuple[Quantity, ...]
    years: tuple[tuple[int, int, int], ...]


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

    # helpers ---------------------------------------------------------------------------------
    def left(self, pos: int) -> str:
        return self.t[max(0, pos - _LEFT_WINDOW) : pos]

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
    ) -> Quantity:
        percent: float | None = None
        if unit == "%" or unit == "ratio":
            percent = value
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
        if m := _FREQ_TIMES.match(t, pos):
            if m.group("adv"):
                return _Unit(_FREQ_ADVERBS[m.group("adv").lower()], m.end())
            return _Unit("per_" + _TIME_UNITS[m.group("per").lower()], m.end())
        if tok.kind == "mult":
            if m := _FREQ_PER.match(t, pos):
                return _Unit("per_" + _TIME_UNITS[m.group("per").lower()], m.end())
            return None
        if m := _TIME.match(t, pos):
            raw = (m.group("tu") or m.group("tu1")).lower()
            end = m.end()
            if age := _AGE_SUFFIX.match(t, end):
                end = age.end()
            return _Unit(_TIME_UNITS[raw], end, plural=raw.endswith("s") or raw in ("h", "d"))
        if m := _MEASURE.match(t, pos):
            return _Unit(_measure_unit(m.group("mu")), m.end())
        if m := _FREQ_PER.match(t, pos):
            return _Unit("per_" + _TIME_UNITS[m.group("per").lower()], m.end())
        if m := _COUNT.match(t, pos):
            noun = m.group("noun").lower()
            plural = noun.endswith(("s", "ren", "men", "ice", "ple", "ies", "ses", "eth", "oci"))
            return _Unit("count", m.start("noun"), noun=noun, plural=plural)
        if m := _PLURAL_NOUN.match(t, pos):
            return _Unit("count", m.start("noun"), noun=m.group("noun").lower())
        return None

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
        return _Found(tuple(self.out), tuple(self.years))

    def build(self, i: int) -> int:
        tok = self.toks[i]
        t = self.t
        left = self.left(tok.start)

        if tok.kind == "freq":
            unit = _FREQ_ADVERBS[t[tok.start : tok.end].lower()]
            self.emit(self.make(tok.start, tok.end, 1.0, unit))
            return 1
        if tok.kind == "fold":
            self.emit(self.make(tok.start, tok.end, tok.value, "fold"))
            return 1
        if tok.kind == "mult":
            unit_found = self.unit_at(tok.end, tok)
            if unit_found is not None:
                self.emit(self.make(tok.start, unit_found.end, tok.value, unit_found.unit))
            elif m := re.match(r"\s+as\b", t[tok.end : tok.end + 4]):
                self.emit(self.make(tok.start, tok.end, tok.value, "fold"))
            return 1
        if tok.kind == "frac":
            bound = self.bound_from(left, "ratio")
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
        rounding = 0.5 * 10.0 ** (-tok.decimals)

        # statistics, read from the left
        if tok.kind == "digits":
            if m := _P_LEFT.search(left):
                op = m.group("op") or m.group("op2")
                bound = {"=": None, "<": "<", ">": ">", "≤": "<=", "≥": ">=", "<=": "<=",
                         ">=": ">=", "=<": "<=", "=>": ">="}.get(op or "=")  # fmt: skip
                start = tok.start - (len(left) - m.start())
                self.emit(self.make(start, tok.end, tok.value, "p", rounding=rounding, bound=bound))
                return 1
            if _CI_LEFT.search(left) or _IQR_LEFT.search(left):
                unit = "ci" if _CI_LEFT.search(left) else "iqr"
                return self.interval(i, 95.0 if unit == "ci" else 50.0, unit, tok.start)
            if _STAT_LEFT.search(left):
                self.emit(self.make(tok.start, tok.end, tok.value, "ratio_stat", rounding=rounding))
                return 1
            if _SD_LEFT.search(left):
                self.emit(self.make(tok.start, tok.end, tok.value, "sd", rounding=rounding))
                return 1
            if m := _CI_LEVEL.match(t, tok.end):
                return self.interval(i, tok.value, "ci", tok.start, after=m.end())

        if _N_LEFT.search(left) or _TOTAL_LEFT.search(left):
            self.emit(self.make(tok.start, tok.end, tok.value, "count", rounding=rounding))
            return 1

        # "Of the 20 patients, 18 ..." / "Among 696 studies assessed, 7 ..."
        of_match = _REVERSE_OF_LEFT.search(left) if tok.is_int else None
        if of_match and (m := _AFTER_GROUP.match(t, tok.end)):
            second = self.next_token_at(i, m.end())
            if second is not None and second.is_int and 0 <= second.value <= tok.value > 0:
                start = tok.start - (len(left) - of_match.start())
                self.emit(self.ratio(start, second.end, int(second.value), int(tok.value)))
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
                self.emit(self.ratio(tok.start, den.end, int(tok.value), int(den.value)))
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
                    self.emit(self.ratio(tok.start, m.end(), int(tok.value), int(prev.value)))
                    return 1

        if self.year_like(tok) and self.is_year(tok, left):
            year_end = tok.end
            self.years.append((int(tok.value), tok.start, year_end))
            return 1

        if m := _TIMEPOINT_LEFT.search(left):
            unit = _TIME_UNITS[m.group("tu").lower()]
            self.emit(self.make(tok.start, tok.end, tok.value, unit, rounding=rounding))
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
        unit_found = self.unit_at(pos, tok)
        bound_unit = unit_found.unit if unit_found else ""
        bound = self.bound_from(left, bound_unit)
        every = bool(_EVERY_LEFT.search(left))

        connector_at = unit_found.end if unit_found and unit_found.unit != "count" else pos
        if consumed == 1 and (rng := self.range_from(i, tok, connector_at, unit_found, left)):
            return rng

        if unit_found is None:
            if tok.kind == "words" and tok.value == 1:
                return consumed  # "one" alone is a pronoun far more often than a quantity
            end = pos
            unit = ""
        else:
            unit = unit_found.unit
            end = unit_found.end
            if unit == "count" and self.year_like(tok) and not unit_found.plural:
                self.years.append((int(tok.value), tok.start, tok.end))
                return consumed
        value = tok.value
        if every and unit in ("year", "month", "week", "day", "hour") and value:
            unit, value = "per_" + unit, 1.0 / value
        if bound is None:
            if _TRAILING_GE.match(t, end):
                bound = ">="
            elif _TRAILING_LE.match(t, end):
                bound = "<="
        if tok.kind == "words" and unit == "%":
            rounding = 0.5
        if unit == "count" and unit_found is not None:
            noun = _COUNT_NOUN_END.match(self.t, unit_found.end)
            end = noun.end() if noun else end
        self.emit(
            self.make(tok.start, end, value, unit, rounding=rounding, bound=bound,
                      context_end=tok.end if unit == "count" else None)
        )  # fmt: skip
        return consumed

    # pieces ------------------------------------------------------------------------------------
    def year_like(self, tok: _Token) -> bool:
        return (
            tok.kind == "digits"
            and tok.decimals == 0
            and 1900 <= tok.value <= 2099
            and tok.end - tok.start == 4
        )

    def is_year(self, tok: _Token, left: str) -> bool:
        if self.bound_from(left, "count") is not None:
            return False
        unit = self.unit_at(tok.end, tok)
        if unit is None:
            return True
        if unit.unit == "count":
            return not unit.plural or bool(_SINGULAR_STUDY.match(self.t, tok.end))
        return bool(_YEAR_LEFT.search(left)) and unit.unit in ("",)

    def bound_from(self, left: str, unit: str) -> str | None:
        m = _BOUND_LEFT.search(left)
        if not m:
            return None
        name = _BOUND_NAMES[m.lastgroup or ""]
        word = m.group().strip().lower()
        is_time = unit in ("year", "month", "week", "day", "hour", "minute", "second")
        if word == "over" and is_time:
            return None
        if word == "within" and not is_time:
            return None
        return name

    def ratio(self, start: int, end: int, numerator: int, denominator: int) -> Quantity:
        percent = 100.0 * numerator / denominator if denominator else 0.0
        bound = self.bound_from(self.left(start), "ratio")
        return self.make(
            start, end, percent, "ratio", rounding=0.5, bound=bound,
            numerator=numerator, denominator=denominator,
        )  # fmt: skip

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
        if re.search(r"[0-9]\s*/\s*$", self.left(num.start)):
            return False
        return not (self.year_like(den) and den.value > 1950)

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

    def range_from(
        self, i: int, tok: _Token, pos: int, unit_found: _Unit | None, left: str
    ) -> int | None:
        """ "2-4 weeks", "2 to 4 weeks", "10% to 20%", "between 10 and 20", "one or two weekly"."""
        t = self.t
        m = _RANGE_CONNECTOR.match(t, pos)
        if not m:
            return None
        connector = m.group().strip().lower()
        if connector == "and" and not _BETWEEN_LEFT.search(left):
            return None
        high_tok = self.next_token_at(i, m.end())
        if high_tok is None or high_tok.kind not in ("digits", "words"):
            return None
        if self.year_like(tok) and self.year_like(high_tok):
            return None
        if _FROM_LEFT.search(left) and connector == "to":
            return None  # "from 20 to 8.8 points" is a change, not a range
        high_unit = self.unit_at(high_tok.end, high_tok)
        if unit_found is not None and unit_found.unit != "count":
            if high_unit is None or high_unit.unit != unit_found.unit:
                return None
        elif high_unit is None and connector == "or":
            return None
        if high_tok.value < tok.value:
            return None
        unit = high_unit.unit if high_unit else ""
        end = high_unit.end if high_unit else high_tok.end
        if unit == "count":
            end = high_tok.end
        if unit == "" and (tok.kind == "words" or high_tok.kind == "words") and connector == "-":
            return None
        low, high = tok.value, high_tok.value
        decimals = max(tok.decimals, high_tok.decimals)
        bound = self.bound_from(left, unit)
        self.emit(
            self.make(tok.start, end, (low + high) / 2, unit, rounding=0.5 * 10.0 ** (-decimals),
                      low=low, high=high, bound=bound if bound in ("~", "up_to") else None,
                      context_end=high_unit.end if high_unit else None)
        )  # fmt: skip
        return 2

    def inherit_units(self) -> None:
        """A bare number in a list takes the unit of the last item: "0.25, 0.5, 1 mg/kg"."""
        out = self.out
        for k in range(len(out) - 2, -1, -1):
            q, nxt = out[k], out[k + 1]
            if q.unit or nxt.unit not in _INHERITABLE or q.low is not None:
                continue
            gap = self.t[q.end : nxt.start]
            if not re.fullmatch(r"\s*(?:,|,?\s*(?:and|or|to|vs\.?|versus))\s*", gap, re.I):
                continue
            percent = q.value if nxt.unit == "%" else None
            out[k] = Quantity(
                value=q.value, unit=nxt.unit, text=q.text, start=q.start, end=q.end,
                bound=q.bound, percent=percent, context=nxt.context or q.context,
                rounding=q.rounding,
            )  # fmt: skip


@lru_cache(maxsize=16384)
def _scan(text: str) -> _Found:
    return _Scanner(text).scan()


def find_quantities(text: str) -> list[Quantity]:
    """Every quantity in ``text``, in order, with exact spans into ``text``."""
    return list(_scan(text).quantities)


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
_FAMILIES: Final[tuple[tuple[str, dict[str, float]], ...]] = (
    ("time", _TIME_DAYS),
    ("frequency", _FREQ_PER_DAY),
    ("mass", _MASS_MG),
    ("dose", _DOSE_MG_PER_KG),
    ("volume", _VOLUME_ML),
)
_APPROX_FRACTION = 0.05
_CALENDAR_SLACK = 0.10  # months and years hold a varying number of days and weeks


class _Interval(NamedTuple):
    low: float
    high: float


def _family(q: Quantity) -> tuple[str, float]:
    """The comparable family of a quantity and the factor to its base unit."""
    if q.unit in ("%", "ratio"):
        return "percent", 1.0
    if q.unit in ("count", ""):
        return "count", 1.0
    for name, table in _FAMILIES:
        if q.unit in table:
            return name, table[q.unit]
    return q.unit, 1.0


def _central(q: Quantity) -> float:
    return q.percent if q.unit in ("%", "ratio") and q.percent is not None else q.value


def _interval(q: Quantity, factor: float, *, widen: float, point_source: bool) -> _Interval:
    """Where the true value may lie, in base units; ``widen`` adds the rounding of its writing."""
    floor = 0.0 if q.unit in _NONNEGATIVE_UNITS else -math.inf
    if q.low is not None and q.high is not None and q.unit not in ("ci", "iqr"):
        return _Interval(q.low * factor - widen, q.high * factor + widen)
    v = _central(q) * factor
    if q.bound in (">", ">="):
        return _Interval(v - widen, math.inf)
    if q.bound in ("<", "<=", "up_to"):
        return _Interval(floor, v + widen)
    if q.bound == "~" and not point_source:
        slack = max(widen, abs(v) * _APPROX_FRACTION)
        return _Interval(v - slack, v + slack)
    return _Interval(v - widen, v + widen)


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
    )


def _claim_slack(claim_q: Quantity, source_q: Quantity, factor: float, family: str) -> float:
    slack = claim_q.rounding * factor
    calendar = {"month", "year"} & {claim_q.unit, source_q.unit}
    if family == "time" and claim_q.unit != source_q.unit and calendar:
        slack += abs(_central(claim_q) * factor) * _CALENDAR_SLACK
    return slack


def quantities_match(claim_q: Quantity, source_q: Quantity) -> bool:
    """Does the source's quantity support the claim's (same family, value within rounding/bound)?"""
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
    tolerance = 1e-9 * max(1.0, abs(claim_iv.low), abs(claim_iv.high))
    return claim_iv.low - tolerance <= source_iv.low and source_iv.high <= claim_iv.high + tolerance


def quantities_conflict(claim_q: Quantity, source_q: Quantity) -> bool:
    """Same kind of quantity, values that cannot both be true (the engine adds context checks)."""
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
    slack = _claim_slack(claim_q, source_q, claim_factor, family)
    claim_iv = _interval(claim_q, claim_factor, widen=slack, point_source=False)
    source_iv = _interval(
        source_q, source_factor, widen=source_q.rounding * source_factor, point_source=False
    )
    return claim_iv.high <= source_iv.low or source_iv.high <= claim_iv.low


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
