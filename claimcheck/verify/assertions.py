"""What a claim asserts: its numbers, dates, venue, design, comparator, direction and certainty.

:func:`extract_assertions` reads one claim sentence into :class:`Assertions`. Every assertion
keeps the claim words it came from (``phrase``, ``start``, ``end``) so findings can quote them.
Nothing here looks at a record; the checks compare these assertions with one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from enum import Enum
from typing import Final

from claimcheck.verify import lexicon as lx
from claimcheck.verify.index import Term, terms_of
from claimcheck.verify.numbers import DIGITS, NUMBER_WORD_RUN, parse_digits, parse_number_words
from claimcheck.verify.quantities import Quantity, find_quantities

# Same-length replacements only: offsets into the plain text are offsets into the claim.
_PLAIN = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "–": "-", "—": "-", "\u00a0": " "})


def plain(text: str) -> str:
    return text.translate(_PLAIN)


# --- the assertion types ----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Phrase:
    """Claim words an assertion came from, with their offsets in the claim text."""

    text: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class YearAssertion:
    year: int
    phrase: Phrase


@dataclass(frozen=True, slots=True)
class JournalAssertion:
    name: str
    phrase: Phrase


@dataclass(frozen=True, slots=True)
class DesignAssertion:
    design: str  # a lexicon design key: "randomized", "placebo-controlled", "meta-analysis"...
    negated: bool
    phrase: Phrase


class ComparatorKind(str, Enum):
    PLACEBO = "placebo"
    ACTIVE_PLACEBO = "active placebo"
    DRUG = "drug"
    USUAL_CARE = "usual care"
    NO_TREATMENT = "no treatment"
    BASELINE = "baseline"
    OTHER = "other"

    @property
    def is_placebo(self) -> bool:
        return self in (ComparatorKind.PLACEBO, ComparatorKind.ACTIVE_PLACEBO)


@dataclass(frozen=True, slots=True)
class Comparator:
    """What something was compared with, classified ("a popular antidepressant" -> DRUG)."""

    kind: ComparatorKind
    drug_class: str | None  # "antidepressant", "benzodiazepine"... when known
    drug_name: str | None  # "midazolam" when named
    terms: tuple[str, ...]  # content stems of the phrase
    phrase: Phrase

    def describe(self) -> str:
        if self.drug_name:
            label = f"{self.drug_name} ({self.drug_class})" if self.drug_class else self.drug_name
            return f"{label}, an active placebo" if self.kind.is_placebo else label
        return self.phrase.text


@dataclass(frozen=True, slots=True)
class SampleSize:
    n: int
    unit: str  # "participants" or "studies"
    phrase: Phrase


@dataclass(frozen=True, slots=True)
class ClaimQuantity:
    """A number in the claim with what it measures (the stems of its clause)."""

    quantity: Quantity
    context: tuple[str, ...]
    denominator: str | None  # the noun after "59% of ...", stemmed
    phrase: Phrase


class Axis(str, Enum):
    CHANGE = "change"  # up or down: increased, reduced, blocked
    EFFICACY = "efficacy"  # works or not: effective, improved, no benefit


@dataclass(frozen=True, slots=True)
class DirectionAssertion:
    axis: Axis
    up: bool  # increase / positive efficacy
    targets: tuple[str, ...]  # stems the direction applies to
    comparative: bool  # "more effective than", "greater reduction than"
    phrase: Phrase


@dataclass(frozen=True, slots=True)
class SignificanceAssertion:
    significant: bool
    phrase: Phrase


class Certainty(int, Enum):
    HEDGED = 1  # may, suggests, early research
    ASSERTED = 2  # plain statement, shown, found, documented
    STRONG = 3  # proven, established, confirmed, well-documented


@dataclass(frozen=True, slots=True)
class CertaintyAssertion:
    level: Certainty
    phrase: Phrase | None


@dataclass(frozen=True, slots=True)
class SponsorAssertion:
    """Who paid for or ran the study: "sponsored by a Canadian university", "a British study"."""

    funded: bool  # a claim about funding (else about where the study was done)
    country: str | None
    sponsor_kind: str | None  # university, industry, government, foundation
    phrase: Phrase


@dataclass(frozen=True, slots=True)
class PopulationAssertion:
    human: bool | None  # True: patients/people; False: mice/animals; None: unspecified
    terms: tuple[str, ...]
    phrase: Phrase


@dataclass(frozen=True)
class Assertions:
    text: str
    quantities: tuple[ClaimQuantity, ...] = ()
    years: tuple[YearAssertion, ...] = ()
    journals: tuple[JournalAssertion, ...] = ()
    designs: tuple[DesignAssertion, ...] = ()
    comparators: tuple[Comparator, ...] = ()
    sample_sizes: tuple[SampleSize, ...] = ()
    directions: tuple[DirectionAssertion, ...] = ()
    significance: tuple[SignificanceAssertion, ...] = ()
    certainty: CertaintyAssertion = field(
        default_factory=lambda: CertaintyAssertion(Certainty.ASSERTED, None)
    )
    sponsors: tuple[SponsorAssertion, ...] = ()
    populations: tuple[PopulationAssertion, ...] = ()
    quotes: tuple[Phrase, ...] = ()
    negated: bool = False  # the claim denies its statement: "did not improve"
    key_terms: tuple[Term, ...] = ()  # content words qualitative support must find


# --- extraction -------------------------------------------------------------------------------


def extract_assertions(text: str, *, quote: str | None = None) -> Assertions:
    """Read a claim. ``quote`` (the article passage) only resolves vague comparators."""
    claim = plain(text)
    designs = _designs(claim)
    journals = _journals(claim)
    years = _years(claim)
    comparators = _comparators(claim)
    if quote and any(c.kind is ComparatorKind.DRUG and c.drug_class is None for c in comparators):
        comparators = _sharpen_comparators(comparators, _comparators(plain(quote)))
    sample_sizes = _sample_sizes(claim)
    quantities = _quantities(claim, sample_sizes, years)
    quotes = _quotes(claim)
    excluded = _excluded_spans(designs, journals, years, comparators, quantities, sample_sizes)
    return Assertions(
        text=text,
        quantities=quantities,
        years=years,
        journals=journals,
        designs=designs,
        comparators=comparators,
        sample_sizes=sample_sizes,
        directions=_directions(claim),
        significance=_significance(claim),
        certainty=_certainty(claim),
        sponsors=_sponsors(claim),
        populations=_populations(claim),
        quotes=quotes,
        negated=_negated(claim),
        key_terms=_key_terms(claim, excluded),
    )


# --- designs ----------------------------------------------------------------------------------


def _designs(claim: str) -> tuple[DesignAssertion, ...]:
    taken: list[tuple[int, int]] = []
    found: list[DesignAssertion] = []
    for key, pattern in lx.NEGATED_DESIGN_WORDS:
        for match in pattern.finditer(claim):
            taken.append(match.span())
            found.append(DesignAssertion(key, True, _phrase(claim, match.start(), match.end())))
    for key, pattern in lx.DESIGN_PATTERNS:
        for match in pattern.finditer(claim):
            if _overlaps(match.span(), taken):
                continue
            taken.append(match.span())
            before = claim[max(0, match.start() - 48) : match.start()]
            if lx.DESIGN_OBJECT_CUE.search(before) or _object_of_review(key, match, found):
                continue
            negated = bool(lx.DESIGN_NEGATION.search(before))
            found.append(DesignAssertion(key, negated, _phrase(claim, match.start(), match.end())))
    return tuple(sorted(found, key=lambda d: d.phrase.start))


_REVIEW_KEYS: Final = frozenset({lx.META_ANALYSIS, lx.SYSTEMATIC_REVIEW, lx.REVIEW})


def _object_of_review(key: str, match: re.Match[str], found: list[DesignAssertion]) -> bool:
    """Plural trials after a review name what the review looked at, not what the work is."""
    plural = match.group().lower().endswith(("trials", "studies", "rcts"))
    return plural and key not in _REVIEW_KEYS and any(d.design in _REVIEW_KEYS for d in found)


# --- years ------------------------------------------------------------------------------------

_YEAR = r"(?P<year>(?:19|20)\d{2})"
_WORK = (
    r"(?:study|studies|trial|trials|review|meta[\s-]?analysis|meta[\s-]?study|paper|article|"
    r"report|survey|analysis|publication|research|experiment)"
)
PUBLICATION_YEAR_PATTERNS: Final[tuple[re.Pattern[str], ...]] = tuple(
    re.compile(p, re.IGNORECASE)
    for p in (
        rf"\b(?:as\s+far\s+back\s+as|dating\s+back\s+to|going\s+back\s+to)\s+(?:the\s+year\s+)?{_YEAR}\b",
        rf"\b{_YEAR}\s+(?:[\w-]+\s+){{0,2}}{_WORK}\b",
        rf"\b{_WORK}\s+(?:[\w-]+\s+){{0,3}}?(?:from|in|of|dated|published\s+in)\s+(?:the\s+year\s+)?{_YEAR}\b",
        rf"\bpublished\s+(?:[\w&-]+\s+){{0,6}}?in\s+(?:the\s+year\s+)?{_YEAR}\b",
        rf"\bet\s+al\.?,?\s*\(?{_YEAR}\b",
    )
)  # fmt: skip


def _years(claim: str) -> tuple[YearAssertion, ...]:
    seen: dict[int, YearAssertion] = {}
    for pattern in PUBLICATION_YEAR_PATTERNS:
        for match in pattern.finditer(claim):
            start, end = match.span("year")
            if start not in seen:
                seen[start] = YearAssertion(int(match["year"]), _phrase(claim, start, end))
    return tuple(seen[k] for k in sorted(seen))


# --- journals ---------------------------------------------------------------------------------

_TITLE_WORD = r"(?:[A-Z][\w'.-]*|&)"
_JOURNAL_NAME = rf"(?P<name>{_TITLE_WORD}(?:\s+(?:(?:of|and|&|in|for|on|the|de)\s+)*{_TITLE_WORD})*)"
JOURNAL_PATTERNS: Final[tuple[re.Pattern[str], ...]] = tuple(
    re.compile(p)
    for p in (
        rf"\b[Pp]ublished\s+in\s+(?:[Tt]he\s+)?(?:[Jj]ournal\s+)?{_JOURNAL_NAME}",
        rf"\b(?:in|from|by)\s+(?:[Tt]he\s+)?{_JOURNAL_NAME}\s+journal\b",
        rf"\b[Tt]he\s+journal\s+{_JOURNAL_NAME}",
        rf"\b(?i:{_WORK})\s+(?:published\s+)?in\s+(?:[Tt]he\s+)?{_JOURNAL_NAME}",
    )
)
_NAME_TAIL = re.compile(r"(?:\s+(?:of|and|&|in|for|on|the|de))+$")


def _journals(claim: str) -> tuple[JournalAssertion, ...]:
    found: dict[str, JournalAssertion] = {}
    for pattern in JOURNAL_PATTERNS:
        for match in pattern.finditer(claim):
            name = _NAME_TAIL.sub("", match["name"]).strip()
            start = match.start("name")
            if not name or name.lower() in lx.COUNTRIES or name.lower() in {"the", "a"}:
                continue
            key = name.lower()
            if key not in found:
                found[key] = JournalAssertion(name, _phrase(claim, start, start + len(name)))
    return tuple(sorted(found.values(), key=lambda j: j.phrase.start))


# --- comparators ------------------------------------------------------------------------------

_TARGET = r"(?P<x>[\w'-]+(?:\s+[\w'-]+){0,7})"
COMPARATOR_PATTERNS: Final[tuple[re.Pattern[str], ...]] = tuple(
    re.compile(p, re.IGNORECASE)
    for p in (
        rf"\bcompared\s+(?:[\w-]+\s+){{0,3}}?(?:with|to|against)\s+{_TARGET}",
        rf"\b(?:in\s+)?comparison\s+(?:with|to)\s+{_TARGET}",
        r"\b(?:more|less|better|worse|greater|higher|lower|fewer|larger|smaller|faster|slower|"
        rf"stronger|weaker)\b(?:\s+[\w-]+){{0,6}}?\s+than\s+{_TARGET}",
        rf"\b(?:superior|inferior|similar|equivalent|comparable)\s+to\s+{_TARGET}",
        rf"\b(?:versus|vs\.?|relative\s+to|against)\s+{_TARGET}",
        rf"\b(?:outperform(?:s|ed)?|beat)\s+{_TARGET}",
    )
)
_TARGET_STOP = re.compile(
    r"\s+(?:for|in|at|after|when|while|and|but|which|who|that|during|among|on|as|because|so|"
    r"since|to|by|from|within|over|across|if|with|without|among|where)\b.*$",
    re.IGNORECASE,
)
_TARGET_LEAD = re.compile(
    r"^(?:(?:after|with|those|that\s+of|the\s+effects?\s+of|a|an|the|taking|receiving|given|"
    r"on|of)\s+)+",
    re.IGNORECASE,
)


def _comparators(text: str) -> tuple[Comparator, ...]:
    found: dict[int, Comparator] = {}
    for pattern in COMPARATOR_PATTERNS:
        for match in pattern.finditer(text):
            start = match.start("x")
            raw = _TARGET_STOP.sub("", match["x"])
            lead = _TARGET_LEAD.match(raw)
            if lead and lead.end() < len(raw):
                start += lead.end()
                raw = raw[lead.end() :]
            raw = raw.strip(" '\"-")
            if raw and start not in found:
                found[start] = classify_comparator(_phrase(text, start, start + len(raw)))
    return tuple(found[k] for k in sorted(found))


def classify_comparator(phrase: Phrase) -> Comparator:
    """Sort a comparator phrase into a kind the checks can compare across claim and record."""
    text = phrase.text
    terms = tuple(t.stem for t in terms_of(text))
    drug = lx.DRUG_NAME.search(text)
    name = drug.group(1).lower() if drug else None
    drug_class = lx.DRUG_CLASSES.get(name) if name else None
    if lx.ACTIVE_PLACEBO.search(text):
        return Comparator(ComparatorKind.ACTIVE_PLACEBO, drug_class, name, terms, phrase)
    if lx.PLACEBO_WORDS.search(text):
        return Comparator(ComparatorKind.PLACEBO, None, None, terms, phrase)
    if name:
        return Comparator(ComparatorKind.DRUG, drug_class, name, terms, phrase)
    if lx.ANTIDEPRESSANT_WORDS.search(text):
        return Comparator(ComparatorKind.DRUG, "antidepressant", None, terms, phrase)
    if lx.USUAL_CARE_WORDS.search(text):
        return Comparator(ComparatorKind.USUAL_CARE, None, None, terms, phrase)
    if lx.NO_TREATMENT_WORDS.search(text):
        return Comparator(ComparatorKind.NO_TREATMENT, None, None, terms, phrase)
    if lx.BASELINE_WORDS.search(text) or text.lower() in {"before", "it", "that", "previously"}:
        return Comparator(ComparatorKind.BASELINE, None, None, terms, phrase)
    if lx.GENERIC_DRUG_WORDS.search(text):
        return Comparator(ComparatorKind.DRUG, None, None, terms, phrase)
    return Comparator(ComparatorKind.OTHER, None, None, terms, phrase)


def _sharpen_comparators(
    vague: tuple[Comparator, ...], context: tuple[Comparator, ...]
) -> tuple[Comparator, ...]:
    """'the pharma drug' in a shortened claim means the drug its article passage names."""
    specific = [c for c in context if c.kind is ComparatorKind.DRUG and c.drug_class]
    if not specific:
        return vague
    sharpened = []
    for comparator in vague:
        if comparator.kind is ComparatorKind.DRUG and comparator.drug_class is None:
            best = specific[0]
            comparator = Comparator(
                comparator.kind, best.drug_class, best.drug_name, comparator.terms, comparator.phrase
            )
        sharpened.append(comparator)
    return tuple(sharpened)


# --- sample sizes -----------------------------------------------------------------------------

_NUMBER = rf"(?:{DIGITS}|{NUMBER_WORD_RUN})"
_PEOPLE = (
    r"(?:patients|participants|subjects|people|persons|individuals|adults|adolescents|children|"
    r"men|women|volunteers|veterans|outpatients|inpatients|users|cases)"
)
_STUDIES = r"(?:studies|trials|RCTs|articles|papers)"
_MODIFIERS = r"(?:[\w-]+\s+){0,3}?"
SAMPLE_SIZE_PATTERNS: Final[tuple[tuple[str, re.Pattern[str]], ...]] = tuple(
    (unit, re.compile(p, re.IGNORECASE))
    for unit, p in (
        ("participants", rf"\b{_NUMBER}\s+(?:out\s+)?of\s+(?:the\s+|all\s+)?(?P<n>{_NUMBER})\s+{_MODIFIERS}{_PEOPLE}\b"),
        ("participants", rf"\b(?:in|of|among|with|enrolled|recruited|including|included|involving|on)\s+"
                         rf"(?:a\s+total\s+of\s+|only\s+|just\s+)?(?P<n>{_NUMBER})\s+{_MODIFIERS}{_PEOPLE}\b"),
        ("participants", rf"\b(?P<n>{_NUMBER})\s+{_MODIFIERS}{_PEOPLE}\s+(?:were|was|had\s+been)\s+"
                         r"(?:enrolled|randomi[sz]ed|recruited|included|studied|treated|assigned)\b"),
        ("participants", rf"(?:^|[.;]\s*)(?P<n>{_NUMBER})\s+{_MODIFIERS}{_PEOPLE}\s+(?:completed|took\s+part|participated)\b"),
        ("participants", r"\b[nN]\s*=\s*(?P<n>\d[\d,]*)"),
        ("participants", rf"\b(?P<n>{_NUMBER})[\s-](?:patient|participant|person|subject)\s+(?:study|trial|cohort)\b"),
        ("studies", rf"\b(?:of|included|including|pooled|analy[sz]ed|reviewed|assessed)\s+(?P<n>{_NUMBER})\s+{_MODIFIERS}{_STUDIES}\b"),
    )
)  # fmt: skip


def parse_count(text: str) -> int | None:
    """A whole number written in digits or words ("1,683", "Forty-one")."""
    text = text.strip()
    if text[:1].isdigit():
        try:
            value = parse_digits(text)
        except ValueError:
            return None
        return int(value) if value == int(value) else None
    words = parse_number_words(text.lower())
    return words.value if words else None


def _sample_sizes(claim: str) -> tuple[SampleSize, ...]:
    found: dict[int, SampleSize] = {}
    for unit, pattern in SAMPLE_SIZE_PATTERNS:
        for match in pattern.finditer(claim):
            after = claim[match.end("n") : match.end("n") + 2]
            if "%" in after or match.start("n") in found:
                continue
            n = parse_count(match["n"])
            if n is None or n == 0:
                continue
            start, end = match.start("n"), match.end()
            found[match.start("n")] = SampleSize(n, unit, _phrase(claim, start, end))
    return tuple(found[k] for k in sorted(found))


# --- quantities -------------------------------------------------------------------------------

_CLAUSE_BREAK = re.compile(r";|,\s+(?:and|but|while|whereas|although)\b|\.\s+(?=[A-Z])")
_DENOMINATOR = re.compile(r"^\s*(?:%|percent|per\s*cent)?\s*of\s+(?:the\s+|all\s+)?(?:[\w-]+\s+){0,2}?(\w+)")


def clause_bounds(text: str, position: int) -> tuple[int, int]:
    """The clause of ``text`` around ``position`` (split at ';' and ', and/but/while')."""
    start, end = 0, len(text)
    for match in _CLAUSE_BREAK.finditer(text):
        if match.end() <= position:
            start = match.end()
        elif match.start() >= position:
            end = match.start()
            break
    return start, end


def _quantities(
    claim: str, sample_sizes: tuple[SampleSize, ...], years: tuple[YearAssertion, ...]
) -> tuple[ClaimQuantity, ...]:
    owned = [(s.phrase.start, s.phrase.start + 1) for s in sample_sizes]
    owned += [(y.phrase.start, y.phrase.end) for y in years]
    result = []
    for quantity in find_quantities(claim):
        start, end = quantity.start, quantity.end
        if _overlaps((start, end), owned) and not quantity.is_ratio:
            continue
        if not quantity.is_informative:
            continue
        c_start, c_end = clause_bounds(claim, start)
        context = tuple(
            t.stem for t in terms_of(claim[c_start:c_end]) if not t.is_number
        )
        denominator = None
        follows = _DENOMINATOR.match(claim[end : end + 60])
        if quantity.is_proportion and follows:
            denominator = next((t.stem for t in terms_of(follows.group(1))), None)
        result.append(ClaimQuantity(quantity, context, denominator, _phrase(claim, start, end)))
    return tuple(result)


# --- direction, significance, certainty -------------------------------------------------------

_WINDOW_AFTER = 5
_WINDOW_BEFORE = 3


def direction_targets(text: str, start: int, end: int) -> tuple[str, ...]:
    """Content stems a direction word bears on: a few words after it, a few before, same clause."""
    c_start, c_end = clause_bounds(text, start)
    before = [t for t in terms_of(text[c_start:start]) if not t.is_number][-_WINDOW_BEFORE:]
    after = [t for t in terms_of(text[end:c_end]) if not t.is_number][:_WINDOW_AFTER]
    return tuple(dict.fromkeys(t.stem for t in before + after))


_COMPARATIVE_NEAR = re.compile(r"\bthan\b|\bcompared\b|\bversus\b|\bvs\b", re.IGNORECASE)


def _directions(claim: str) -> tuple[DirectionAssertion, ...]:
    found: list[DirectionAssertion] = []
    negative_spans = [m.span() for m in lx.NEGATIVE_EFFICACY.finditer(claim)]
    for match in lx.NEGATIVE_EFFICACY.finditer(claim):
        found.append(_direction(claim, match, Axis.EFFICACY, up=False))
    for match in lx.POSITIVE_EFFICACY.finditer(claim):
        if _overlaps(match.span(), negative_spans):
            continue
        found.append(_direction(claim, match, Axis.EFFICACY, up=not _denied(claim, match.start())))
    for pattern, up in ((lx.INCREASE_WORDS, True), (lx.DECREASE_WORDS, False)):
        for match in pattern.finditer(claim):
            if _overlaps(match.span(), negative_spans) or _is_comparative_only(claim, match):
                continue
            negated = _denied(claim, match.start())
            found.append(_direction(claim, match, Axis.CHANGE, up=up != negated))
    return tuple(sorted(found, key=lambda d: d.phrase.start))


def _direction(claim: str, match: re.Match[str], axis: Axis, *, up: bool) -> DirectionAssertion:
    c_start, c_end = clause_bounds(claim, match.start())
    comparative = bool(_COMPARATIVE_NEAR.search(claim[match.start() : c_end]))
    targets = direction_targets(claim, match.start(), match.end())
    return DirectionAssertion(axis, up, targets, comparative, _phrase(claim, *match.span()))


def _is_comparative_only(claim: str, match: re.Match[str]) -> bool:
    """'more effective', 'less likely': a degree word leaning on the next word, not a change."""
    word = match.group().lower()
    if word not in {"more", "less", "greater", "higher", "lower", "fewer"}:
        return False
    following = claim[match.end() : match.end() + 30].lower()
    return bool(re.match(r"\s+(?:effective|efficacious|likely|often|frequently|common|than)\b", following))


def _denied(text: str, position: int) -> bool:
    before = text[max(0, position - 30) : position]
    return bool(re.search(r"(?:\b(?:not|no|never|without)\b|n't)(?:\s+\w+){0,2}\s*$", before, re.I))


def _significance(claim: str) -> tuple[SignificanceAssertion, ...]:
    found: list[SignificanceAssertion] = []
    negative = [m.span() for m in lx.NOT_SIGNIFICANT.finditer(claim)]
    for match in lx.NOT_SIGNIFICANT.finditer(claim):
        found.append(SignificanceAssertion(False, _phrase(claim, *match.span())))
    for match in lx.SIGNIFICANT.finditer(claim):
        if not _overlaps(match.span(), negative):
            found.append(SignificanceAssertion(True, _phrase(claim, *match.span())))
    return tuple(sorted(found, key=lambda s: s.phrase.start))


def _certainty(claim: str) -> CertaintyAssertion:
    strong = lx.STRONG_CERTAINTY.search(claim)
    if strong:
        return CertaintyAssertion(Certainty.STRONG, _phrase(claim, *strong.span()))
    hedge = lx.HEDGES.search(claim)
    if hedge:
        return CertaintyAssertion(Certainty.HEDGED, _phrase(claim, *hedge.span()))
    assertive = lx.ASSERTIVE_CERTAINTY.search(claim)
    if assertive:
        return CertaintyAssertion(Certainty.ASSERTED, _phrase(claim, *assertive.span()))
    return CertaintyAssertion(Certainty.ASSERTED, None)


def certainty_of(text: str) -> Certainty:
    """The certainty a source sentence itself expresses (hedged beats asserted)."""
    if lx.HEDGES.search(text):
        return Certainty.HEDGED
    if lx.STRONG_CERTAINTY.search(text):
        return Certainty.STRONG
    return Certainty.ASSERTED


# --- sponsors and places ----------------------------------------------------------------------

_SPONSOR_CLAUSE = re.compile(
    r"\b(?:sponsored|funded|financed|supported|paid\s+for|backed|commissioned)\s+by\s+"
    r"(?P<who>[^.,;]{2,80})",
    re.IGNORECASE,
)
_PLACE = re.compile(
    r"\b(?:an?|the)\s+(?P<adj>[A-Z][a-z]+)\s+(?:[\w-]+\s+){0,2}?(?:study|trial|team|researchers|"
    r"scientists|university|cohort|review)\b"
    r"|\b(?:study|trial|research|researchers|scientists|team|cohort)\s+(?:from|in|at|conducted\s+in)\s+"
    r"(?:the\s+)?(?P<name>[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)",
)


def _sponsors(claim: str) -> tuple[SponsorAssertion, ...]:
    found: list[SponsorAssertion] = []
    funded_spans: list[tuple[int, int]] = []
    for match in _SPONSOR_CLAUSE.finditer(claim):
        who = match["who"]
        country = lx.COUNTRY_NAME.search(who)
        kind = next((k for k, p in lx.SPONSOR_KINDS if p.search(who)), None)
        funded_spans.append(match.span())
        found.append(
            SponsorAssertion(
                True,
                lx.COUNTRIES[country.group(1).lower()] if country else None,
                kind,
                _phrase(claim, *match.span()),
            )
        )
    for match in _PLACE.finditer(claim):
        if _overlaps(match.span(), funded_spans):
            continue
        word = (match["adj"] or match["name"] or "").lower()
        if word in lx.COUNTRIES:
            found.append(SponsorAssertion(False, lx.COUNTRIES[word], None, _phrase(claim, *match.span())))
    return tuple(found)


# --- populations ------------------------------------------------------------------------------

_POPULATION = re.compile(
    r"\b(?:(?:depressed|anxious|adult|elderly|older|young|healthy|bipolar|suicidal)\s+)?"
    r"(?:patients|participants|subjects|people|persons|individuals|adults|adolescents|children|"
    r"men|women|volunteers|veterans|users|mice|rats|animals|rodents|monkeys)"
    r"(?:\s+with\s+(?P<condition>(?:[\w'-]+\s+){0,4}?(?:depression|disorders?|pain|anxiety|"
    r"PTSD|disease|symptoms|ideation|illness)))?",
    re.IGNORECASE,
)


def _populations(claim: str) -> tuple[PopulationAssertion, ...]:
    found = []
    for match in _POPULATION.finditer(claim):
        text = match.group()
        human = False if lx.ANIMAL_WORDS.search(text) else True
        terms = tuple(
            t.stem for t in terms_of(text) if not lx.HUMAN_WORDS.fullmatch(t.text) and not t.is_number
        )
        found.append(PopulationAssertion(human, terms, _phrase(claim, *match.span())))
    return tuple(found)


# --- quotes, negation, key terms ----------------------------------------------------------------

_QUOTED = re.compile(r'"([^"]{3,})"')


def _quotes(claim: str) -> tuple[Phrase, ...]:
    return tuple(_phrase(claim, *m.span(1)) for m in _QUOTED.finditer(claim))


_CLAIM_NEGATION = re.compile(
    r"\b(?:did|does|do|was|were|is|are|has|have|had|could|can|would)\s*(?:not|n't)\s+"
    r"(?!only\b)(?:\w+\s+){0,1}?(?:improve|reduce|help|work|affect|change|differ|increase|decrease|"
    r"show|find|lead|cause|be)\w*"
    r"|\bfail(?:s|ed)?\s+to\b|\bno\s+(?:effect|benefit|improvement|change|evidence|association)\b"
    r"|\b(?:wasn't|weren't|isn't|aren't|didn't|doesn't|don't)\s+(?!only\b)\w+",
    re.IGNORECASE,
)


def _negated(claim: str) -> bool:
    # A denied design ("wasn't placebo-controlled") is the design check's business, not a negation.
    without_designs = claim
    for match in _CLAIM_NEGATION.finditer(claim):
        tail = claim[match.end() : match.end() + 25]
        if re.match(r"\s*(?:placebo|randomi|blind|controll)", claim[match.end() - 20 : match.end()] + tail, re.I):
            continue
        return bool(without_designs)
    return False


def _excluded_spans(
    designs: tuple[DesignAssertion, ...],
    journals: tuple[JournalAssertion, ...],
    years: tuple[YearAssertion, ...],
    comparators: tuple[Comparator, ...],
    quantities: tuple[ClaimQuantity, ...],
    sample_sizes: tuple[SampleSize, ...],
) -> list[tuple[int, int]]:
    """Claim words other checks own: journal names, years, designs, comparators, numbers."""
    spans = [(d.phrase.start, d.phrase.end) for d in designs]
    spans += [(j.phrase.start, j.phrase.end) for j in journals]
    spans += [(y.phrase.start, y.phrase.end) for y in years]
    spans += [(c.phrase.start, c.phrase.end) for c in comparators]
    spans += [(q.phrase.start, q.phrase.end) for q in quantities]
    spans += [(s.phrase.start, s.phrase.start + len(s.phrase.text.split()[0])) for s in sample_sizes]
    return spans


def _key_terms(claim: str, excluded: list[tuple[int, int]]) -> tuple[Term, ...]:
    terms: dict[str, Term] = {}
    for term in terms_of(claim):
        if term.is_number or _overlaps((term.start, term.end), excluded):
            continue
        if term.text.lower() in lx.NON_CONTENT_WORDS or term.stem in _NON_CONTENT_STEMS:
            continue
        terms.setdefault(term.stem, term)
    return tuple(terms.values())


_NON_CONTENT_STEMS: Final = frozenset()


# --- helpers ----------------------------------------------------------------------------------


def _phrase(text: str, start: int, end: int) -> Phrase:
    return Phrase(text[start:end], start, end)


def _overlaps(span: tuple[int, int], spans: list[tuple[int, int]]) -> bool:
    return any(span[0] < end and start < span[1] for start, end in spans)
