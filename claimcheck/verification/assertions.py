"""What a claim asserts: its numbers, dates, venue, design, comparator, direction and certainty.

:func:`extract_assertions` reads one claim sentence into :class:`Assertions`. Every assertion
keeps the claim words it came from (``phrase``, ``start``, ``end``) so findings can quote them.
Nothing here looks at a record; the checks compare these assertions with one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from enum import IntEnum, StrEnum
from itertools import pairwise
from typing import Final

from claimcheck.verification import lexicon as lx
from claimcheck.verification.index import (
    Term,
    long_form_stems,
    scope_marks,
    terms_between,
    terms_of,
)
from claimcheck.verification.numbers import (
    DIGITS,
    NUMBER_WORD_RUN,
    parse_digits,
    parse_number_words,
)
from claimcheck.verification.places import (
    countries_in,
    country_named,
    institutions_in,
    place_mentions,
    places_in,
)
from claimcheck.verification.quantities import (
    EXCLUSIVE_BEFORE,
    Quantity,
    bare_multiplier,
    elliptic_unit,
    find_quantities,
    named_items_part,
    part_of_named_whole,
)
from claimcheck.verification.text import find_abbreviations

# Same-length replacements only: offsets into the plain text are offsets into the claim.
_PLAIN = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "–": "-", "—": "-", "\u00a0": " "})


def plain(text: str) -> str:
    return text.translate(_PLAIN)


# "8/ Back in 2000, ...", "3. Ketamine ...", "2) ...", "- ...": where the claim sat in a thread or
# list, not a figure of the finding.
_LIST_MARKER: Final = re.compile(r"(?:\d{1,3}(?:/\d{1,3})?/|\(?\d{1,3}[.)]|[-*\u2022])\s+(?=\S)")


def without_list_marker(text: str) -> str:
    """The claim without a leading post number or list bullet."""
    match = _LIST_MARKER.match(text.lstrip())
    return text.lstrip()[match.end() :] if match else text


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
    # A study the claimed review reports ("the review reports ... in a phase 2 trial"), not
    # what the work itself is.
    reported: bool = False


class ComparatorKind(StrEnum):
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
    context: tuple[Term, ...]  # content words of the claim's clause around the number
    of_what: str | None  # "people", "studies", "change" (a 50% reduction) or None
    phrase: Phrase
    # The same amount in another family: "36% higher odds" is an odds ratio of 1.36, "halved"
    # is a 50% reduction. Compared with source numbers of that family.
    alternate: Quantity | None = None


class Axis(StrEnum):
    CHANGE = "change"  # up or down: increased, reduced, blocked
    EFFICACY = "efficacy"  # works or not: effective, improved, no benefit
    PERSISTENCE = "persistence"  # an effect lasts or goes: sustained / fleeting, vanished


@dataclass(frozen=True, slots=True)
class DirectionAssertion:
    axis: Axis
    up: bool  # increase / positive efficacy
    phrase: Phrase


@dataclass(frozen=True, slots=True)
class DifferenceAssertion:
    """Whether the claim says two things differ: "A differed from B", "sex differences" (differs)
    or "A relieved anxiety about as much as B", "no sex differences", "similar to B" (not)."""

    differs: bool
    phrase: Phrase
    against: Phrase | None = None  # B, when the claim names it: "as readily as wild-type mice"
    qualifier: str | None = None  # what the difference is by: "sex" in "no sex differences"


@dataclass(frozen=True, slots=True)
class SignificanceAssertion:
    significant: bool
    phrase: Phrase


@dataclass(frozen=True, slots=True)
class ComparisonAssertion:
    """'A <comparative> ... than B': which side is ahead, on what scale, and B read whole."""

    scale: str  # "good" (better/worse), "high", "size"...; after more/less the word's stem
    ahead: bool  # A is ahead on the scale: more, better, higher (not less, worse, lower)
    cue: Phrase  # the comparative word up to "than"
    target: Phrase  # B, brackets and signs kept: "S-(+)-ketamine", "(2R,6R)-HNK"
    any_other: bool  # B is "any other ..." or "all others": A is put first of all


class Certainty(IntEnum):
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
    place: str | None = None  # a region, city or institution as the claim names it


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
    comparisons: tuple[ComparisonAssertion, ...] = ()  # "A more potently than B"
    # "differed", "as much as B", "no sex differences"
    differences: tuple[DifferenceAssertion, ...] = ()
    # a header's "Italian physics department": where the authors work (the affiliations' to back)
    workplaces: tuple[Phrase, ...] = ()


# --- extraction -------------------------------------------------------------------------------


def extract_assertions(text: str, *, quote: str | None = None) -> Assertions:
    """Read a claim. ``quote`` (the article passage) only resolves vague comparators."""
    text = without_list_marker(text)
    claim = plain(text)
    designs = _designs(claim)
    journals = _journals(claim)
    years = _years(claim, journals)
    comparators = _comparators(claim)
    if quote and any(c.kind is ComparatorKind.DRUG and c.drug_class is None for c in comparators):
        comparators = _sharpen_comparators(comparators, _comparators(plain(quote)))
    sample_sizes = _sample_sizes(claim)
    quantities = _quantities(claim, sample_sizes, years)
    quotes = _quotes(claim)
    sponsors = tuple(
        s
        for s in _sponsors(claim)
        if s.funded
        or not any(
            _overlaps((s.phrase.start, s.phrase.end), [(j.phrase.start, j.phrase.end)])
            for j in journals
        )
    )
    workplaces = tuple(
        sorted((*header_workplaces(claim), *prose_workplaces(claim)), key=lambda w: w.start)
    )
    excluded = _excluded_spans(
        claim, designs, journals, years, comparators, quantities, sample_sizes, sponsors
    )
    excluded += [
        (w.start + word.start(), w.start + word.end())
        for w in workplaces
        for word, part in workplace_words(w.text)
        if part is not WorkplacePart.TOPIC
    ]
    excluded += [m.span() for _, m in _header_sizes(claim)]
    excluded += author_team_spans(claim)
    excluded += [m.span("idiom") for m in _SETTLED_IN_OTHER_WORDS.finditer(claim) if m["idiom"]]
    comparisons = find_comparisons(claim)
    return Assertions(
        text=text,
        quantities=quantities,
        years=years,
        journals=journals,
        designs=designs,
        comparators=comparators,
        sample_sizes=sample_sizes,
        workplaces=workplaces,
        directions=_directions(claim),
        significance=_significance(claim),
        certainty=_certainty(claim),
        sponsors=sponsors,
        populations=_populations(claim),
        quotes=quotes,
        negated=_negated(claim),
        key_terms=_key_terms(claim, excluded, comparisons),
        comparisons=comparisons,
        differences=find_differences(claim),
    )


# --- designs ----------------------------------------------------------------------------------


# A design pattern can only match where one of its words is: a cheap test before the regex.
_DESIGN_CUES: Final[dict[str, tuple[str, ...]]] = lx.DESIGN_CUES


def _cued(key: str, lower: str) -> bool:
    cues = _DESIGN_CUES.get(key)
    return cues is None or any(cue in lower for cue in cues)


def _designs(claim: str) -> tuple[DesignAssertion, ...]:
    taken: list[tuple[int, int]] = []
    found: list[DesignAssertion] = []
    lower = claim.lower()
    for key, pattern in lx.NEGATED_DESIGN_WORDS:
        if not _cued(key, lower) and not any(c in lower for c in ("random", "blind", "control")):
            continue
        for match in pattern.finditer(claim):
            taken.append(match.span())
            found.append(DesignAssertion(key, True, _phrase(claim, match.start(), match.end())))
    for key, pattern in lx.DESIGN_PATTERNS:
        if not _cued(key, lower):
            continue
        for match in pattern.finditer(claim):
            if _overlaps(match.span(), taken):
                continue
            taken.append(match.span())
            before = claim[max(0, match.start() - 48) : match.start()]
            if lx.DESIGN_OBJECT_CUE.search(before) or _object_of_review(key, match, found):
                continue
            if key == lx.CLINICAL_TRIAL and _PLURAL_TRIALS.match(match.group()):
                continue  # "failed in clinical trials", "15 clinical trials": other works
            negated = bool(lx.DESIGN_NEGATION.search(before))
            found.append(DesignAssertion(key, negated, _phrase(claim, match.start(), match.end())))
    if "trial" in lower:
        found += _single_trials(claim)
    found = [
        replace(d, reported=True) if _reported_by_review(claim, d, found) else d for d in found
    ]
    return tuple(sorted(found, key=lambda d: d.phrase.start))


# "The review reports that X relieved depression in a phase 2 trial": the trial is one the
# review reports, not what the review is.
_REPORTING: Final = re.compile(
    r"\b(?:reports?|reported|says|said|describes?|described|notes?|noted|cites?|cited|finds|"
    r"found|shows?|showed|shown|concludes?|concluded|mentions?|mentioned|discusses|discussed|"
    r"summari[sz]es|summari[sz]ed|highlights?|highlighted|argues|argued|states?|stated)\b",
    re.IGNORECASE,
)


def _reported_by_review(claim: str, design: DesignAssertion, found: list[DesignAssertion]) -> bool:
    if design.design in _REVIEW_KEYS or design.negated:
        return False
    return any(
        review.design in _REVIEW_KEYS
        and review.phrase.end <= design.phrase.start
        and _REPORTING.search(claim, review.phrase.end, design.phrase.start)
        for review in found
    )


_PLURAL_TRIALS: Final = re.compile(r".*\btrials\b", re.IGNORECASE)


def _single_trials(claim: str) -> list[DesignAssertion]:
    """Read "A randomized controlled trial assigned ...": the work itself is called one trial (a
    meta-analysis of trials is not one). Denials are left to the design words themselves."""
    found = []
    for match in lx.SINGLE_TRIAL_PHRASE.finditer(claim):
        if not lx.SINGLE_TRIAL_DESIGN_WORD.search(match.group()):
            continue
        before = claim[max(0, match.start() - 48) : match.start()]
        if lx.DESIGN_NEGATION.search(before) or lx.DESIGN_OBJECT_CUE.search(before):
            continue
        found.append(DesignAssertion(lx.SINGLE_TRIAL, False, _phrase(claim, *match.span())))
    return found


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
        rf"\b{_YEAR}\s+(?:[\w-]+,?\s+){{0,4}}?{_WORK}\b",
        rf"\b(?:appeared|published|came\s+out|printed)\s+(?:[\w&,'.-]+\s+){{0,8}}?in\s+"
        rf"(?:the\s+year\s+)?{_YEAR}\b",
        rf"\b{_WORK}\s+(?:[\w-]+\s+){{0,3}}?(?:from|in|of|dated|published\s+in)\s+(?:the\s+year\s+)?{_YEAR}\b",
        rf"\bpublished\s+(?:[\w&-]+\s+){{0,6}}?in\s+(?:the\s+year\s+)?{_YEAR}\b",
        rf"\bet\s+al\.?,?\s*\(?{_YEAR}\b",
        # "a 1995 piece in Social Justice", "an editorial from 2003": writings other than a
        # study, dated as published (an article word first: "in 1995 letters were sent" is not)
        rf"\b(?:an?|the|this|that|one)\s+{_YEAR}\s+(?:[\w-]+\s+){{0,2}}?(?:piece|essay|"
        r"editorial|commentary|letter|write-?up|op-?ed|viewpoint|perspective)\b",
        # "in a 1995 issue of Social Justice": a journal's issue is dated as published ("the
        # 2019 volume of opioid prescriptions" is an amount, and names no journal)
        rf"\bin\s+(?:an?|the|this|that|its)\s+{_YEAR}\s+(?:issue|volume)\s+of\s+(?:the\s+)?"
        r"(?-i:[A-Z])",
        rf"\b(?:an?|the|this|that|one)\s+(?:[\w-]+\s+){{0,2}}?(?:piece|essay|editorial|"
        rf"commentary|write-?up|op-?ed|viewpoint)\s+(?:from|of|dated)\s+{_YEAR}\b",
        # "Back in 1995, an article in X examined ...": the year dates a publication the
        # clause is about (not a study or survey, which may have been run years earlier)
        rf"(?:^|[.;]\s+)(?:(?:way\s+)?back\s+|as\s+early\s+as\s+|as\s+long\s+ago\s+as\s+)?in\s+{_YEAR},?"
        r"\s+(?:an?|the|one)\s+(?:[\w-]+\s+){0,2}?(?:article|paper|review|report|"
        r"publication|letter|editorial|commentary|meta-analysis)\b",
    )
)  # fmt: skip


_ANY_YEAR: Final = re.compile(r"(?:19|20)\d\d")
# "searched ... through December 2017 for trials", "since 2010": a year that bounds a span of
# time (a search, a follow-up) dates an event, not the work, whatever noun follows it.
_ENDS_A_SPAN: Final = re.compile(
    r"\b(?:up\s+to|through|thru|until|till|since)\s+(?:(?:early|mid|late)[\s-]+)?"
    r"(?:(?:the\s+)?(?:end|start|beginning|middle)\s+of\s+)?"
    r"(?:(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?\s+(?:\d{1,2},?\s+)?)?$",
    re.IGNORECASE,
)


def _years(claim: str, journals: tuple[JournalAssertion, ...] = ()) -> tuple[YearAssertion, ...]:
    seen: dict[int, YearAssertion] = {}
    if not _ANY_YEAR.search(claim):
        return ()
    for pattern in PUBLICATION_YEAR_PATTERNS:
        for match in pattern.finditer(claim):
            start = match.start("year")
            if _counted_not_dated(claim, match) or _ENDS_A_SPAN.search(
                claim, max(0, start - 40), start
            ):
                continue
            if start not in seen:
                seen[start] = YearAssertion(int(match["year"]), _phrase(claim, *match.span()))
    for match in journal_as_adjective(claim):
        if match["year"] and match.start("year") not in seen:
            year = YearAssertion(int(match["year"]), _phrase(claim, *match.span()))
            seen[match.start("year")] = year
    for journal in journals:
        # "in Biological Psychiatry in 2000", "Social Justice (1990)", "Gut, 2017"
        after = _YEAR_AFTER_JOURNAL.match(claim, journal.phrase.end)
        if after and after.start("year") not in seen:
            span = (journal.phrase.start, after.end())
            seen[after.start("year")] = YearAssertion(int(after["year"]), _phrase(claim, *span))
    for _, year in trailing_citations(claim):
        seen.setdefault(year.phrase.start, year)
    return tuple(seen[k] for k in sorted(seen))


# "The commentary of 2000 clinicians", "a study of 1998 patients", "a review of 2010 trials": a
# figure that counts the noun after it, not a year.
_COUNTED_AFTER: Final = re.compile(
    r"[\s-]+(?:[a-z][\w-]*\s+){0,2}?(?:people|persons|men|women|children|adults|adolescents|"
    r"infants|babies|births|deaths|cases|subjects|patients|participants|volunteers|individuals|"
    r"respondents|nurses|doctors|readers|users|members|workers|students|residents|employees|"
    r"veterans|soldiers|athletes|smokers|drinkers|survivors|controls|families|households|couples|"
    r"twins|pregnancies|mice|rats|animals|samples|records|trials|studies|articles|papers|reports|"
    r"procedures|operations|admissions|visits|eyes|surgeons|experts|[a-z]+(?:ians|ists|ents|ees|"
    r"ors)|[a-z]+ers(?<!offers)(?<!covers)(?<!considers)(?<!answers)(?<!delivers)(?<!discovers))\b"
)


def _counted_not_dated(claim: str, match: re.Match[str]) -> bool:
    """Whether a year a pattern read counts what follows it (after "of", or closing the match:
    "The commentary of 2000 clinicians"); "the 2010 trials" stays a year."""
    start, end = match.span("year")
    if not _COUNTED_AFTER.match(claim, end):
        return False
    return end == match.end() or bool(re.search(r"\bof\s+$", claim[max(0, start - 4) : start]))


_YEAR_AFTER_JOURNAL: Final = re.compile(rf"\s*(?:,\s*|\s+in\s+|\s*\(\s*){_YEAR}\b")


# --- journals ---------------------------------------------------------------------------------

_TITLE_WORD = r"(?:[A-Z][\w'.-]*|&)"
# A spaced dash joins a journal's title to its subtitle ("CNS & Neurological Disorders - Drug
# Targets"), so it is read on like "of" and "&".
_JOURNAL_NAME = (
    rf"(?P<name>{_TITLE_WORD}(?:\s+(?:(?:of|and|&|in|for|on|the|de|et|-)\s+)*{_TITLE_WORD})*)"
)
JOURNAL_PATTERNS: Final[tuple[re.Pattern[str], ...]] = tuple(
    re.compile(p)
    for p in (
        rf"\b[Pp]ublished\s+in\s+(?:[Tt]he\s+)?(?:[Jj]ournal\s+)?{_JOURNAL_NAME}",
        rf"\b(?:in|from|by)\s+(?:[Tt]he\s+)?{_JOURNAL_NAME}\s+journal\b",
        rf"\b[Tt]he\s+journal\s+{_JOURNAL_NAME}",
        rf"\b(?i:{_WORK})\s+(?:published\s+)?in\s+(?:[Tt]he\s+)?{_JOURNAL_NAME}",
        rf"\b(?:[Ww]riting|[Rr]eporting|[Pp]ublishing|[Aa]ppearing)\s+in\s+(?:[Tt]he\s+)?"
        rf"{_JOURNAL_NAME}",
    )
)
# "in Lancet Psychiatry", "In Biological Psychiatry in 2000": a bare "in <Name>" names a journal
# only when the name has a word journals are named by and does not name a place of work.
_IN_NAMED: Final = re.compile(rf"\b(?:[Ii]n|[Ff]rom)\s+(?:[Tt]he\s+)?{_JOURNAL_NAME}")
# "Brain Research Bulletin reported ...": a journal named as the one that reports. Read as a
# journal only when the name has a word journals are named by ("Harvard researchers reported" is
# not one).
_NAMED_REPORTS: Final = re.compile(
    rf"(?:^|(?<=[.;:,(]\s))\s*(?:[Tt]he\s+)?{_JOURNAL_NAME}\s+"
    r"(?:reported|reports|published|publishes|carried|ran|printed)\b"
)
# "appeared in Crime & Delinquency", "was printed in Social Justice": words that only a venue
# follows, so the name needs no word journals are named by. "ran in" also says where a trial
# ran, so it names a journal only when the name reads as one (see _journals).
_APPEARED_IN: Final = re.compile(
    r"\b(?:appeared|appears|appear|appearing|(?:was\s+|were\s+)?printed|came\s+out)\s+in\s+"
    rf"(?:[Tt]he\s+)?{_JOURNAL_NAME}"
)
_RAN_IN: Final = re.compile(rf"\b(?:ran|runs)\s+in\s+(?:[Tt]he\s+)?{_JOURNAL_NAME}")
# A venue's name ends the phrase ("appeared in Social Justice in 1995", "... Justice."); a
# lowercase noun after it makes the capitalised words a group of people ("appeared in Black
# children", "in Crohn disease patients").
_VENUE_END: Final = re.compile(
    r"\s*(?:$|[.,;:()\[\]]|\d|(?:in|on|and|as|during|last|this|that|which|with|under|back|"
    r"from|by|where|when|after|before|was|were|is|are|has|had|have|reported|described|found|"
    r"showed)\b)"
)
# "seen in Accident & Emergency", "treated in Intensive Care": where patients were, not a venue.
_CARE_SETTING_BEFORE: Final = re.compile(
    r"\b(?:seen|treated|admitted|presented|presenting|managed|attending|attended|cared\s+for)"
    r"\s+in\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# What follows "appeared in" without being a venue: a date, a table, a stage of the study.
_NOT_A_VENUE: Final = re.compile(
    r"^(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Table|Tables|Figure|Figures|"
    r"Fig|Figs|Week|Weeks|Day|Days|Month|Months|Year|Years|Phase|Stage|Group|Groups|Cohort|"
    r"Study|Trial|Part|Section|Appendix|Supplement|Patients?|Participants?|Men|Women|Children|"
    r"Mice|Rats|Wave|Arm|Experiment|Session)\b"
)
_NOT_A_JOURNAL_START: Final = re.compile(
    r"^(?:Department|Dept|Division|School|Faculty|University|Institute|Hospital|Cent(?:er|re)|"
    r"Clinic|College|Laborator(?:y|ies)|Unit|Program|Service|Section)\b"
)
# "The Neuroscience Research Group reported": a team, not a journal (a name with "Journal" in
# it is one: "Journal of the National Cancer Institute").
_NOT_A_JOURNAL_END: Final = re.compile(
    r"^(?!.*\bJournal\b).*\b(?:Group|Team|Consortium|Collaboration|Collaborative|Network|"
    r"Investigators|Researchers|Scientists|Authors|Initiative|Committee|Study|Trial|"
    r"(?<=\s)(?:Registry|Registries|Register|Database|Databank|Biobank|Cohort|Survey|Audit|"
    r"Programme|Program|Project|Studies|Trials))$",
    re.IGNORECASE,
)
_NAME_TAIL = re.compile(r"(?:\s+(?:of|and|&|in|for|on|the|de|et|-))+$|[.,;:]+$")


_JOURNAL_CUE: Final = re.compile(
    r"journal|published|report|\b(?:in|from|by)\s+(?:[Tt]he\s+)?[A-Z]|\b(?:an?|the)\s+(?:\d{4}\s+)?[A-Z]",
    re.I,
)

# "A 2018 Journal of Clinical Investigation study", "a Nature Neuroscience paper": a name used as
# an adjective of the work. Only names with a word journals are named by count, so "a 2019
# Danish study" or "a Cochrane review" is never read as a journal.
JOURNAL_AS_ADJECTIVE: Final = re.compile(
    rf"\b(?:[Aa]n?|[Tt]he)\s+(?:{_YEAR}\s+)?{_JOURNAL_NAME}\s+"
    r"(?i:study|studies|trial|review|paper|article|report|analysis|meta-analysis|survey)\b"
)
JOURNAL_NAME_WORDS: Final = frozenset(
    {"journal", "nature", "lancet", "science", "cell", "jama", "bmj", "nejm", "neuroscience",
     "psychiatry", "medicine", "research", "proceedings", "annals", "archives", "reviews",
     "letters", "bulletin", "neurology", "pharmacology", "psychopharmacology", "biology",
     "chemistry", "physiology", "oncology", "cardiology", "pediatrics", "paediatrics",
     "gastroenterology", "investigation", "anesthesiology", "anaesthesia", "anesthesia",
     "psychology", "neuropsychopharmacology", "endocrinology", "immunology", "epidemiology",
     "hepatology", "urology", "dermatology", "radiology", "surgery", "pediatric", "plos",
     "acta", "analgesia", "biochimica", "biophysica", "brain", "neuron", "pain", "blood",
     "circulation", "diabetes", "thorax", "gut", "obstetrics", "gynecology", "stroke",
     "addiction", "rheumatology", "nephrology", "toxicology", "nutrition", "biochemistry",
     "genetics", "genomics", "virology", "microbiology", "therapeutics", "pharmacotherapy",
     "neurobiology", "psychopharmacol", "pnas", "elife", "gastroenterol", "haematologica",
     "hematology", "reports", "communications",
     "frontiers", "transactions", "quarterly", "justice", "sociology", "economics",
     "perspectives"}
)  # fmt: skip


# Single-word journals a header names bare ("Neuron 2020:"): read as journals, never as topics.
BARE_JOURNALS: Final = frozenset(
    {"neuron", "gut", "cell", "nature", "science", "lancet", "blood", "brain", "pain", "chest",
     "circulation", "diabetes", "stroke", "thorax", "cancer", "aquaculture", "cryobiology",
     "pediatrics", "radiology", "neurology", "addiction", "hepatology", "gastroenterology",
     "leukemia", "epilepsia", "sleep", "headache", "cephalalgia", "psychopharmacology",
     "neuropsychopharmacology", "anesthesiology", "anaesthesia", "diabetologia", "allergy",
     "spine", "obesity", "hypertension", "nutrients", "molecules", "vaccine", "cureus",
     "medicine", "resuscitation", "injury", "oncogene", "bioinformatics", "biomaterials",
     "neuroimage", "hippocampus", "glia", "synapse", "immunity", "biochemistry", "biometrics",
     "metabolism", "endocrinology", "rheumatology", "jama", "bmj", "nejm", "pnas", "elife",
     "plos", "febs", "embo", "haematologica", "chromatographia", "genetics", "development",
     "neuroscience", "psychiatry", "toxicology", "virology", "nanoscale", "biomolecules",
     "theriogenology"}
)  # fmt: skip
# Abbreviated journal words ("J Magn Reson", "Am J Psychiatry"): a name holding one is a journal's.
JOURNAL_ABBREVIATIONS: Final = frozenset(
    {"j", "am", "biol", "clin", "mol", "res", "front", "int", "eur", "br", "proc", "natl",
     "acad", "sci", "med", "rev", "lett", "bull", "ann", "arch", "neurosci", "psychiatr",
     "pharmacol", "physiol", "invest", "oncol", "magn", "reson", "biochim", "biophys", "soc",
     "anesth", "analg", "curr", "opin", "neurol", "gen", "exp", "chem", "commun", "rep",
     "ther", "trends", "transl", "cardiol", "immunol", "epidemiol", "endocrinol", "nutr",
     "surg", "pediatr", "obstet", "gynecol", "dis", "disord", "behav", "cogn", "psychol",
     "pharm", "biomed", "cell", "syst", "environ", "occup", "public", "health"}
)  # fmt: skip
# A terse citation header that names the journal alone: "Gut: ...", "J Clin Oncol paper: ...",
# "Environmental Health Perspectives review - ...", "Per the Lancet Psychiatry analysis, ...",
# "Biological Psychiatry, 2000: ...". The name is a metadata claim; the rest is the finding.
_HEADER_WORK_WORDS = (
    r"(?:(?:systematic|narrative|scoping|umbrella|cohort|case-control|randomi[sz]ed|controlled|"
    r"clinical|pilot|double-blind|open-label|observational|cross-sectional|prospective|"
    r"retrospective|animal|mouse|rat|human|original|research|brief|short)\s+){0,2}"
    r"(?:paper|review|study|trial|RCT|article|report|analysis|meta-analysis|letter|survey|"
    r"commentary|editorial|piece|abstract|communication|data|findings|results)"
)
_HEADER_JOURNAL: Final = re.compile(
    rf"^\s*(?P<lead>(?:[Pp]er|[Aa]ccording\s+to|[Ii]n)\s+)?(?:[Tt]he\s+)?{_JOURNAL_NAME}"
    rf"(?P<year>\s*,?\s*\(?(?:19|20)\d\d\)?)?(?P<work>\s+(?i:{_HEADER_WORK_WORDS}))?"
    # "... report on 679 male applicators:", "... study of 2011 in mice:": what the work was
    # about, before the colon that ends the header.
    r"(?P<about>(?<=[a-z])\s+(?:on|of|in|among|from|with|about|into)\s+[^:;.!?()]{1,70}?"
    r"(?=\s*:\s))?"
    r"(?P<end>\s*:\s|\s+[-\u2013\u2014]\s+(?=[a-z\d])|\s*,\s)"
)


_TRAILING_ACRONYM: Final = re.compile(r"\s+(?:RCTs?|SRs?|MAs?)$")


# A citation given after the finding: "(Biol Psychiatry, 2002)", "(meta-analysis of RCTs,
# Anesth Analg 2019)", "... infusions: Br J Psychiatry, 2019." The name and year are the cited
# work's journal and publication year, never finding words the abstract must hold.
_CITED_NAME = (
    r"(?P<name>[A-Z][\w.'&-]*(?:\s+(?:(?:of|and|&|the|in|for|on|de)\s+)*[A-Z][\w.'&-]*){0,7})"
)
_BRACKET_CITATION: Final = re.compile(rf"\((?:[^()]*?[,;]\s*)?{_CITED_NAME},?\s+{_YEAR}\s*\)")
_TAIL_CITATION: Final = re.compile(
    rf"(?:[:;]\s+|\s[-\u2013\u2014]\s+){_CITED_NAME},?\s+{_YEAR}\s*[.!]?\s*$"
)


def not_a_journal(name: str) -> bool:
    """A name that is a department, a team, a study or a data source ("Danish Stroke Registry",
    "UK Biobank"), never the journal a work appeared in."""
    return bool(_NOT_A_JOURNAL_START.match(name) or _NOT_A_JOURNAL_END.search(name))


def trailing_citations(claim: str) -> list[tuple[JournalAssertion | None, YearAssertion]]:
    """The journal and year of a citation bracketed in the claim or closing it after a colon
    or dash ("(Front Physiol 2018)", ": Br J Psychiatry, 2019."), when the name reads as a
    journal's: an abbreviated title, a word journals are named by, or a one-word journal.
    A study or data source cited so ("(Danish Stroke Registry, 2015)") gives the cited work's
    year but no journal."""
    if not _ANY_YEAR.search(claim):
        return []
    found = []
    for pattern in (_BRACKET_CITATION, _TAIL_CITATION):
        for match in pattern.finditer(claim):
            cites, journal = _cited_journal(claim, match)
            if cites:
                year = YearAssertion(int(match["year"]), _phrase(claim, *match.span("year")))
                found.append((journal, year))
    return found


def _cited_journal(claim: str, match: re.Match[str]) -> tuple[bool, JournalAssertion | None]:
    """Whether a citation's name (``match["name"]``) cites a work, and the journal it names:
    a study or data source ("Danish Stroke Registry") cites one in no journal; a country, a
    place, an acronym of the topic ("MADRS") or a name no journal bears cites none."""
    name = _NAME_TAIL.sub("", match["name"]).strip()
    words = [w.lower().strip(".,'\u2019") for w in name.split()]
    if not words or name.lower() in lx.COUNTRIES or places_in(name):
        return False, None
    if not_a_journal(name):
        return True, None
    if all(w.isupper() for w in name.split()) and words[0] not in BARE_JOURNALS:
        return False, None  # acronyms of the topic: "(MADRS, 2019)"
    abbreviated = len(words) > 1 and any(w in JOURNAL_ABBREVIATIONS for w in words)
    bare = len(words) == 1 and words[0] in BARE_JOURNALS
    if not (abbreviated or bare or _journal_words(name) or _SERIES_TITLE.match(name)):
        return False, None
    start = match.start("name")
    return True, JournalAssertion(name, _phrase(claim, start, start + len(name)))


# A bracketed citation naming its authors and journal without a year: "(Lerro et al.,
# Occupational and Environmental Medicine)", "(Garcia-Tabar and Gorostiaga, Front Physiol)".
_AUTHOR_BRACKET: Final = re.compile(
    r"\((?:[A-Z][\w'\u2019-]+(?:\s+et\s+al\.?|\s+(?:and|&)\s+[A-Z][\w'\u2019-]+|"
    r"\s+and\s+(?:colleagues|co-?workers))),\s*"
    rf"{_CITED_NAME}\s*\)"
)


def _author_bracket_journals(claim: str) -> list[JournalAssertion]:
    if "(" not in claim:
        return []
    readings = (_cited_journal(claim, m) for m in _AUTHOR_BRACKET.finditer(claim))
    return [journal for _, journal in readings if journal is not None]


def header_journal(claim: str) -> JournalAssertion | None:
    """The journal a terse citation header names alone ("Gut: ...", "J Clin Oncol paper: ...");
    a comma ends such a header only after "Per"/"According to"/"In" or with a year or a work
    noun ("Lancet, 2019, ..."), so "Blood, urine and saliva ..." is never read as one."""
    match = _HEADER_JOURNAL.match(claim)
    if match is None:
        return None
    name = _TRAILING_ACRONYM.sub("", _NAME_TAIL.sub("", match["name"]).strip())
    words = [w.lower().strip(".,'\u2019") for w in name.split()]
    if not words or name.lower() in lx.COUNTRIES or places_in(name):
        return None
    if _NOT_A_JOURNAL_START.match(name) or _NOT_A_JOURNAL_END.search(name):
        return None
    if match["end"].strip() == "," and not (match["lead"] or match["year"] or match["work"]):
        return None
    if match["about"] and not (match["work"] and _about_header_name(name)):
        return None
    abbreviated = len(words) > 1 and any(w in JOURNAL_ABBREVIATIONS for w in words)
    bare = len(words) == 1 and words[0] in BARE_JOURNALS
    if not (abbreviated or bare or any(w in JOURNAL_NAME_WORDS for w in words)):
        return None
    if all(w.isupper() and len(w) > 1 for w in name.split()) and len(words) > 1:
        return None  # acronyms of the topic: "TRD MADRS data:"
    start = match.start("name")
    return JournalAssertion(name, _phrase(claim, start, start + len(name)))


# One-word journal names that are no subject a slide or a "study of ..." would be headed with:
# "Brain study of 40 patients:" is about brains, "Lancet study of 40 patients:" cites a journal,
# and "Neuron:" alone is a citation where "Obesity:" may be the slide's topic.
ONLY_JOURNAL_NAMES: Final = frozenset(
    {"lancet", "jama", "bmj", "nejm", "pnas", "elife", "neuron", "cryobiology", "epilepsia",
     "diabetologia", "cephalalgia", "haematologica", "neuroimage", "neuropsychopharmacology",
     "gut", "cell", "nature", "science", "plos", "febs", "embo", "cureus", "chromatographia",
     "oncogene", "nanoscale", "biomolecules", "nutrients", "molecules", "biomaterials",
     "bioinformatics", "biometrics", "thorax", "circulation", "resuscitation", "theriogenology"}
)  # fmt: skip


def _about_header_name(name: str) -> bool:
    """Whether a header that goes on to say what the work was about ("... report on 679 men:")
    names a journal: several title words with one journals are named by, an abbreviated
    title, or a one-word journal no topic shares."""
    words = [w.lower().strip(".,'\u2019") for w in name.split()]
    if len(words) == 1:
        return words[0] in ONLY_JOURNAL_NAMES
    return _journal_words(name) or any(w in JOURNAL_ABBREVIATIONS for w in words)


def journal_as_adjective(claim: str) -> list[re.Match[str]]:
    """Matches of "a <year> <Journal Name> study" whose name reads as a journal's: a name with a
    word journals are named by, or a one-word journal ("A 2001 Aquaculture study") that is
    capitalised as a title and either dated or no topic's word ("a Lancet paper")."""
    return [
        m
        for m in JOURNAL_AS_ADJECTIVE.finditer(claim)
        if _journal_words(m["name"]) or one_word_journal(m)
    ]


def one_word_journal(match: re.Match[str]) -> bool:
    """A "<year> <Name> study" match whose name is one known journal's word with no journal
    word in it ("Aquaculture", "Lancet"); a topic word written lowercase never gets here."""
    name = match["name"]
    if " " in name or not name[:1].isupper() or (name.isupper() and len(name) > 4):
        return False
    word = name.lower()
    if word in ONLY_JOURNAL_NAMES:
        return True
    return word in BARE_JOURNALS and bool(match["year"])


def _at_start(journal: JournalAssertion) -> int:
    return journal.phrase.start


def _journals(claim: str) -> tuple[JournalAssertion, ...]:
    found: dict[str, JournalAssertion] = {}
    header = header_journal(claim)
    if not _JOURNAL_CUE.search(claim):
        cited = [j for j, _ in trailing_citations(claim) if j is not None]
        cited += _author_bracket_journals(claim)
        journals = [*cited, *([header] if header is not None else [])]
        return tuple(sorted((_whole_title(claim, j) for j in journals), key=_at_start))
    for pattern in JOURNAL_PATTERNS:
        for match in pattern.finditer(claim):
            name = _NAME_TAIL.sub("", match["name"]).strip()
            start = match.start("name")
            folded = name.lower().replace("&", "and")
            if not name or folded in lx.COUNTRIES or name.lower() in {"the", "a"}:
                continue
            if places_in(name) or _NOT_A_JOURNAL_END.search(name):
                continue  # "Reporting in Sydney", "writing in the Lancet Commission"
            if _names_authors(claim, name, start):
                continue  # "the studies in the Short et al. review": its authors
            key = name.lower()
            if key not in found:
                found[key] = JournalAssertion(name, _phrase(claim, start, start + len(name)))
    named = [
        m
        for pattern in (_IN_NAMED, _NAMED_REPORTS, _RAN_IN)
        for m in pattern.finditer(claim)
        if (_journal_words(m["name"]) or _ampersand_title(m["name"], m.re is _NAMED_REPORTS))
        and not _NOT_A_JOURNAL_START.match(m["name"])
        and not _NOT_A_JOURNAL_END.search(m["name"])
    ]
    named = [m for m in named if not _CARE_SETTING_BEFORE.search(claim, 0, m.start("name"))]
    named += [
        m
        for m in _APPEARED_IN.finditer(claim)
        if _VENUE_END.match(claim, m.end("name"))
        and not _NOT_A_VENUE.match(m["name"])
        and not _NOT_A_JOURNAL_START.match(m["name"])
        and not _NOT_A_JOURNAL_END.search(m["name"])
        and not places_in(m["name"])
        and m["name"].lower() not in lx.COUNTRIES
    ]
    for match in [*journal_as_adjective(claim), *named]:
        name = _NAME_TAIL.sub("", match["name"]).strip()
        start = match.start("name")
        if _names_authors(claim, name, start):
            continue
        if header is not None and header.phrase.start < start < header.phrase.end:
            continue  # "in Sports & Exercise" inside the header's "Medicine & Science in ..."
        if name.lower() not in found and not any(
            j.phrase.start <= start < j.phrase.end for j in found.values()
        ):
            found[name.lower()] = JournalAssertion(name, _phrase(claim, start, start + len(name)))
    if header is not None and not any(
        _overlaps((header.phrase.start, header.phrase.end), [(j.phrase.start, j.phrase.end)])
        for j in found.values()
    ):
        found[header.name.lower()] = header
    bracketed = _author_bracket_journals(claim)
    for cited in [*(j for j, _ in trailing_citations(claim)), *bracketed]:
        if cited is not None and not any(
            _overlaps((cited.phrase.start, cited.phrase.end), [(j.phrase.start, j.phrase.end)])
            for j in found.values()
        ):
            found.setdefault(cited.name.lower(), cited)
    return tuple(sorted((_whole_title(claim, j) for j in found.values()), key=_at_start))


# Journal titles of the form "<Series> in <Field>" ("Frontiers in Physiology", "Advances in
# Therapy", "Current Opinion in Psychiatry", "Seminars in Oncology"): a name read from its
# "in <Field>" alone is the whole title with its series word.
_TITLE_SERIES: Final = (
    r"(?:Frontiers|Advances|Trends|Progress|Seminars|Topics|Perspectives|"
    r"Current\s+(?:Opinion|Topics|Problems|Research|Issues)|Recent\s+Advances|Developments|"
    r"Controversies|Problems|Issues|Studies|Reviews|Research)\s+in\s+"
)
_TITLE_SERIES_BEFORE: Final = re.compile(rf"(?<![\w-])(?P<series>{_TITLE_SERIES})$")
_SERIES_TITLE: Final = re.compile(rf"{_TITLE_SERIES}[A-Z]")


def _whole_title(claim: str, journal: JournalAssertion) -> JournalAssertion:
    start = journal.phrase.start
    series = _TITLE_SERIES_BEFORE.search(claim, max(0, start - 40), start)
    if series is None:
        return journal
    begin = series.start("series")
    end = journal.phrase.end
    return JournalAssertion(claim[begin:end], _phrase(claim, begin, end))


# "Short et al.", "Berman and colleagues", "Garcia-Tabar and Gorostiaga found": people who
# wrote a work, never the journal it appeared in.
_AUTHORS_AFTER: Final = re.compile(
    r"\s*(?:et\.?\s+al\b|and\s+(?:colleagues|co-?workers|co-?authors|collaborators|team)\b|"
    r"'s\s+(?:group|team|lab)\b)"
)
_SURNAME_PAIR: Final = re.compile(r"[A-Z][\w'\u2019-]+\s+(?:and|&)\s+[A-Z][\w'\u2019-]+")
_WROTE_AFTER: Final = re.compile(
    r"\s+(?:found|find|finds|report|reports|reported|showed|show|shows|described|describe|"
    r"describes|concluded|conclude|concludes|note|notes|noted|argue|argued|argues|wrote|write|"
    r"writes|propose|proposed|proposes|observed|suggest|suggested|suggests|demonstrated|"
    r"examined|compared|measured|tested|studied|reviewed|et\b)"
)


def _names_authors(claim: str, name: str, start: int) -> bool:
    """Whether the capitalised name is its authors' ("Short et al.", "Lee and Park found")."""
    end = start + len(name)
    if _AUTHORS_AFTER.match(claim, end):
        return True
    return (
        _SURNAME_PAIR.fullmatch(name) is not None
        and not _journal_words(name)
        and "&" not in name
        and _WROTE_AFTER.match(claim, end) is not None
    )


def _journal_words(name: str) -> bool:
    return any(w.lower().strip(".,") in JOURNAL_NAME_WORDS for w in name.split())


def _ampersand_title(name: str, reporting: bool) -> bool:
    """Two capitalised words joined by "&" ("Crime & Delinquency", "Brain & Development") read as
    a journal's title after "in" (a company, "Johnson & Johnson", funds or makes, and is read
    as a sponsor); never a place ("Trinidad & Tobago") and never as the one that reports."""
    if reporting or not re.search(r"\b[A-Z][a-z]+\s+&\s+[A-Z][a-z]+", name):
        return False
    return not places_in(name) and not any(
        part.strip().lower() in lx.COUNTRIES for part in name.split("&")
    )


# --- comparators ------------------------------------------------------------------------------

# A name read whole, brackets and signs included: "S-(+)-ketamine", "(2R,6R)-HNK", "I(h)",
# "LEmin+1mM". A bracketed aside after a space ("placebo (n = 20)") is not part of it.
NAME_TOKEN: Final = r"(?:\([^\s()]{1,15}\)(?=[\w'+-]))?[\w'+-]+(?:\([^\s()]{1,15}\)[\w'+-]*)*"
_TARGET = rf"(?P<x>{NAME_TOKEN}(?:\s+{NAME_TOKEN}){{0,7}})"
COMPARATOR_PATTERNS: Final[tuple[re.Pattern[str], ...]] = tuple(
    re.compile(p, re.IGNORECASE)
    for p in (
        rf"\bcompared\s+(?:[\w-]+\s+){{0,3}}?(?:with|to|against)\s+{_TARGET}",
        # "compared single infusions of ketamine with ...": a longer first arm, no clause in it
        rf"\bcompared\s+(?:(?!who\b|which\b|that\b|and\b)[\w-]+\s+){{4,5}}?(?:with|against)\s+"
        rf"{_TARGET}",
        rf"\b(?:in\s+)?comparison\s+(?:with|to)\s+{_TARGET}",
        r"\b(?:more|less|better|worse|greater|higher|lower|fewer|larger|smaller|faster|slower|"
        rf"stronger|weaker)\b(?:\s+[\w()+'-]+){{0,6}}?\s+than\s+{_TARGET}",
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
_ARM_LEAD = re.compile(
    r"(?:no|little|hardly\s+any)\s+(?:[\w-]+\s+)?(?:change|effect|improvement|difference|"
    r"benefit|response)\s+(?:(?:at\s+all|whatsoever)\s*,?\s*)?"
    r"(?:with|after|on|in|for|from|among|during|under)\s+",
    re.IGNORECASE,
)
# "than S-(+)-ketamine did", "than LEmin alone": what closes the comparison is not the name.
_TARGET_TAIL: Final = re.compile(
    r"(?:\s+(?:did|does|do|was|were|is|are|had|has|have|could|can|would|alone|itself|"
    r"themselves|by\s+itself|on\s+its\s+own))+$",
    re.IGNORECASE,
)
_TARGET_LEAD = re.compile(
    r"^(?:(?:after|with|those|that\s+of|the\s+effects?\s+of|a|an|the|taking|receiving|given|"
    r"on|of|by|in)\s+)+",
    re.IGNORECASE,
)


_COMPARATOR_CUE: Final = re.compile(
    r"compar|than|versus|\bvs\b|relative|against|outperform|\bbeat|superior|inferior|similar|"
    r"equivalent",
    re.IGNORECASE,
)


def _comparators(text: str) -> tuple[Comparator, ...]:
    found: dict[int, Comparator] = {}
    if not _COMPARATOR_CUE.search(text):
        return ()
    for pattern in COMPARATOR_PATTERNS:
        for match in pattern.finditer(text):
            start = match.start("x")
            arm = _ARM_LEAD.match(match["x"])
            if arm:  # "against no change with placebo": the comparator is the placebo arm
                start += arm.end()
            raw = _TARGET_STOP.sub("", match["x"][arm.end() if arm else 0 :])
            raw = _TARGET_TAIL.sub("", raw)
            lead = _TARGET_LEAD.match(raw)
            if lead and lead.end() < len(raw):
                start += lead.end()
                raw = raw[lead.end() :]
            raw = raw.strip(" '\"-")
            label = _LABEL_AFTER.match(text, start + len(raw))
            if label:  # "midazolam (an active placebo)": the label is part of the comparator
                raw = text[start : label.end()]
            if raw and start not in found:
                comparator = classify_comparator(_phrase(text, start, start + len(raw)))
                if comparator.kind is ComparatorKind.OTHER and (
                    _GROUP_ONLY.match(raw) or _NUMBER_TARGET.match(raw) or _FOLD_TARGET.match(raw)
                ):
                    continue  # "than those with the longest", "against one in four": no control
                found[start] = comparator
    return tuple(found[k] for k in sorted(found))


# "more than halved", "less than a third": a bound on a change, not a comparator.
_FOLD_TARGET: Final = re.compile(
    r"(?:halved|halving|doubled|doubling|tripled|trebled|quadrupled|double|triple|twice|thrice|"
    r"half|a\s+(?:half|third|quarter|fifth|tenth))\b",
    re.IGNORECASE,
)
# "against roughly one in four in fresh samples": a number compared, not a comparator.
_NUMBER_TARGET: Final = re.compile(
    rf"(?:(?:about|roughly|nearly|around|approximately|almost|just|some|only)\s+)?"
    rf"(?:\d|(?:{NUMBER_WORD_RUN})\b)",
    re.IGNORECASE,
)
# A comparator that only names people ("those", "the ones", "other patients") contrasts groups
# of the same population; the record says so with other words ("extreme quintiles").
_GROUP_ONLY: Final = re.compile(
    r"(?:the\s+|other\s+)*(?:those|ones?|people|persons|individuals|men|women|participants|"
    r"patients|subjects|others)$",
    re.IGNORECASE,
)


# --- comparisons: which side is ahead -------------------------------------------------------

# Comparative words with the scale they grade and whether the subject is ahead on it. After
# "more"/"less"/"fewer" the scale is the word that follows ("more potently" -> potent).
COMPARATIVE_SCALES: Final[dict[str, tuple[str, bool]]] = {
    "better": ("good", True), "worse": ("good", False),
    "higher": ("high", True), "lower": ("high", False),
    "greater": ("size", True), "larger": ("size", True), "smaller": ("size", False),
    "faster": ("speed", True), "slower": ("speed", False),
    "stronger": ("strength", True), "weaker": ("strength", False),
    "more": ("", True), "less": ("", False), "fewer": ("", False),
}  # fmt: skip
# The superlative of the same scale: "better than any other" says "the best".
SUPERLATIVE_SCALES: Final[dict[str, tuple[str, bool]]] = {
    "best": ("good", True), "worst": ("good", False),
    "highest": ("high", True), "lowest": ("high", False),
    "greatest": ("size", True), "largest": ("size", True), "smallest": ("size", False),
    "fastest": ("speed", True), "slowest": ("speed", False),
    "strongest": ("strength", True), "weakest": ("strength", False),
    "most": ("", True), "least": ("", False), "fewest": ("", False),
}  # fmt: skip
_SUPERLATIVE_OF: Final = {"better": "best", "worse": "worst", "greater": "greatest"}
_COMPARATIVE: Final = re.compile(
    rf"\b(?P<cmp>{'|'.join(COMPARATIVE_SCALES)})\b(?P<mid>(?:\s+[\w()+'-]+){{0,6}}?)\s+than\s+"
    + _TARGET,
    re.IGNORECASE,
)
_ANY_OTHER: Final = re.compile(
    r"^(?:(?:any|all|every|each)\s+(?:of\s+)?(?:the\s+)?others?\b|(?:the\s+)?(?:rest|others)\b)",
    re.IGNORECASE,
)


def find_comparisons(text: str) -> tuple[ComparisonAssertion, ...]:
    """Every "A <comparative> ... than B" of ``text`` (a claim or a record sentence). A number
    after "than" is a bound ("more than 50%"), not a comparison of two named things."""
    if " than " not in text.lower():
        return ()
    found = []
    for match in _COMPARATIVE.finditer(plain(text)):
        word = match["cmp"].lower()
        scale, ahead = COMPARATIVE_SCALES[word]
        if not scale:
            following = [t for t in terms_of(match["mid"]) if not t.is_number]
            scale = following[0].stem if following else "amount"
        start = match.start("x")
        raw = _TARGET_TAIL.sub("", _TARGET_STOP.sub("", match["x"]))
        lead = _TARGET_LEAD.match(raw)
        if lead and lead.end() < len(raw):
            start += lead.end()
            raw = raw[lead.end() :]
        raw = raw.strip(" '\"-")
        if not raw or _NUMBER_TARGET.match(raw):
            continue
        found.append(
            ComparisonAssertion(
                scale=scale,
                ahead=ahead,
                cue=_phrase(text, match.start("cmp"), match.start("x")),
                target=_phrase(text, start, start + len(raw)),
                any_other=bool(_ANY_OTHER.match(raw)),
            )
        )
    return tuple(found)


_ACTIVE_PLACEBO: Final = re.compile(r"\bactive[\s-]+placebo\b", re.IGNORECASE)
_LABEL_AFTER: Final = re.compile(
    r"\s*[(,]\s*(?:an?\s+|the\s+)?active[\s-]+placebo(?:\s+control)?\s*\)?", re.IGNORECASE
)


def classify_comparator(phrase: Phrase) -> Comparator:
    """Sort a comparator phrase into a kind the checks can compare across claim and record."""
    text = phrase.text
    terms = tuple(t.stem for t in terms_of(text))
    drug = lx.DRUG_NAME.search(text)
    name = drug.group(1).lower() if drug else None
    drug_class = lx.DRUG_CLASSES.get(name) if name else None
    if _ACTIVE_PLACEBO.search(text):
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
                comparator.kind,
                best.drug_class,
                best.drug_name,
                comparator.terms,
                comparator.phrase,
            )
        sharpened.append(comparator)
    return tuple(sharpened)


# --- sample sizes -----------------------------------------------------------------------------

_NUMBER = rf"(?:{DIGITS}|{NUMBER_WORD_RUN})"
PEOPLE_NOUNS: Final = (
    "patients", "participants", "subjects", "people", "persons", "individuals", "adults",
    "adolescents", "children", "men", "women", "volunteers", "veterans", "outpatients",
    "inpatients", "users", "cases", "controls", "workers", "applicators", "employees", "nurses",
    "physicians", "smokers", "runners", "athletes", "students", "infants", "newborns", "mothers",
    "residents", "survivors", "respondents", "recipients", "donors", "members", "pregnancies",
    "farmers", "sprayers", "farmworkers", "miners", "soldiers", "caregivers", "twins", "pupils",
    "teenagers", "retirees", "pensioners", "drivers", "firefighters", "pilots",
)  # fmt: skip
_PEOPLE = "(?:" + "|".join(PEOPLE_NOUNS) + ")"
_STUDIES = r"(?:studies|trials|RCTs|articles|papers)"
# Words before the people noun that describe them ("20 depressed patients"). A count of units
# that are not people ("7 RCTs with 211 patients", "5 sites enrolling", "3 cohorts of") or a
# second number ends the reading: the first number counts the units, not the people.
_NOT_PEOPLE_UNITS = (
    r"(?:studies|study|trials?|RCTs?|articles?|papers?|reviews?|reports?|sites?|centers?|"
    r"centres?|cohorts?|arms?|groups?|hospitals?|clinics?|countries|cities|regions?|"
    r"practices|schools?|wards?|clusters?|databases?|registries|datasets?|samples?|"
    r"experiments?|cases?-control|publications?|records?)"
)
_MODIFIERS = (
    rf"(?:(?!(?:{_NOT_PEOPLE_UNITS}|with|of|in|from|and|or|on|at|across|among|totall?ing|"
    r"involving|including|enrolling)\b|\d)[\w-]+\s+){0,3}?"
)
_SIZE_VERBS = r"(?:enrolled|randomi[sz]ed|recruited|included|studied|treated|assigned)"
_OF_N = (
    rf"\b{_NUMBER}\s+(?:out\s+)?of\s+(?:the\s+|all\s+)?"
    rf"(?P<n>{_NUMBER})\s+{_MODIFIERS}{_PEOPLE}\b"
)
_IN_N = (
    r"\b(?:in|of|among|with|enrolled|recruited|including|included|involving|on)\s+"
    rf"(?:a\s+total\s+of\s+|only\s+|just\s+)?(?P<n>{_NUMBER})\s+{_MODIFIERS}{_PEOPLE}\b"
)
_N_WERE = rf"\b(?P<n>{_NUMBER})\s+{_MODIFIERS}{_PEOPLE}\s+(?:were|was|had\s+been)\s+{_SIZE_VERBS}\b"
_N_COMPLETED = (
    rf"(?:^|[.;]\s*)(?P<n>{_NUMBER})\s+{_MODIFIERS}{_PEOPLE}\s+"
    r"(?:(?:with|who|aged|from)\s+(?:[\w-]+\s+){0,5}?)?"
    rf"(?:completed|took\s+part|participated|were\s+{_SIZE_VERBS})\b"
)
# "a 30-patient study", "this 30-patient open-label study", "a 120-person randomised
# double-blind trial", "a 12-patient case series": design words may stand between the head
# count and the study. A number that labels something is no head count: "a phase 3 patient
# trial", "a type 2 patient cohort", "a week 12 patient survey", nor is a bare year ("a 2019
# patient cohort"). "Adult" and "volunteer" count only joined to the number ("a 412-adult
# trial"): "one adult cohort" is one cohort of adults; a number word is joined likewise.
_LABELS_A_NUMBER = (
    "phase", "type", "stage", "grade", "week", "weeks", "day", "days", "month", "months",
    "year", "years", "level", "class", "step", "tier", "wave", "visit", "cycle", "round",
    "part", "session", "cohort", "study", "trial", "arm", "group", "no.", "number",
)  # fmt: skip
_NOT_A_LABEL = "".join(rf"(?<!\b{re.escape(w)}\s)(?<!\b{re.escape(w)}-)" for w in _LABELS_A_NUMBER)
_N_PATIENT_STUDY = (
    rf"\b{_NOT_A_LABEL}(?!(?:1[89]|20)\d\d\s)"
    rf"(?P<n>{_NUMBER})(?:-(?:patient|participant|person|subject|volunteer|adult)"
    r"|(?<=\d)\s+(?:patient|participant|person|subject))\s+"
    r"(?:(?:open-label|open|label|pilot|single-blind|double-blind|triple-blind|blinded|"
    r"randomi[sz]ed|controlled|placebo-controlled|crossover|cross-over|uncontrolled|"
    r"prospective|retrospective|observational|clinical|exploratory|feasibility|"
    r"phase\s+(?:[1-4]|I{1,3}V?|IV)|multicent(?:er|re)|single-cent(?:er|re)|case|,)\s*){0,4}"
    r"(?:study|trial|cohort|series|crossover)\b"
)
_N_STUDIES = (
    r"\b(?:of|included|including|pooled|analy[sz]ed|reviewed|assessed)\s+"
    rf"(?P<n>{_NUMBER})\s+{_MODIFIERS}{_STUDIES}\b"
)
SAMPLE_SIZE_PATTERNS: Final[tuple[tuple[str, re.Pattern[str]], ...]] = tuple(
    (unit, re.compile(p, re.IGNORECASE))
    for unit, p in (
        ("participants", _OF_N),
        ("participants", _IN_N),
        ("participants", _N_WERE),
        ("participants", _N_COMPLETED),
        ("participants", r"\b[nN]\s*=\s*(?P<n>\d[\d,]*)"),
        ("participants", _N_PATIENT_STUDY),
        ("studies", _N_STUDIES),
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


_RATE_BEFORE: Final = re.compile(rf"\b(?:\d+|{NUMBER_WORD_RUN})\s+in\s+$", re.IGNORECASE)
_NUMBER_CUE: Final = re.compile(rf"\d|{NUMBER_WORD_RUN}", re.IGNORECASE)


# A terse citation header's own segment "<n> <people>" ("Lerro 2017, 679 men: ...", "Smith
# (Lancet), 40 adults with TRD - ..."): the header describes the work, so that is its size. Only
# before the header's colon or dash: after it a count is a finding ("Responders: 12 patients").
_HEADER_SIZE: Final = re.compile(
    rf"(?:[,;]\s+|(?<!\d)[,;]|\(\s*|^\s*)(?P<n>{_NUMBER})\s+{_MODIFIERS}{_PEOPLE}"
    r"(?:\s+(?:with|from|in|on|aged)\s+[^,;:()]{1,40}?)?(?=\s*(?:[,;)]|:\s|\s[-\u2013\u2014]\s))",
    re.IGNORECASE,
)
_HEADER_COLON: Final = re.compile(r":\s|\s[-\u2013\u2014]\s(?=[a-z\d])")


# "...: 18 endurance-trained male runners (Front Physiol 2018).": a terse claim's closing
# segment that is only a count of people (before a bracketed citation) tells the work's size.
# Nothing may follow the people: "...; largest benefit: 250 patients aged over 65" is a
# subgroup's figure, and a count after a label of its own ("largest benefit: 250 patients") is
# that label's, not the work's.
_TAIL_SIZE: Final = re.compile(
    rf"(?:[:;]\s+|,\s+|\s[-\u2013\u2014]\s+)(?P<n>{_NUMBER})\s+{_MODIFIERS}{_PEOPLE}"
    r"(?=\s*(?:\([^()]*\)\s*)?[.!]?\s*$)",
    re.IGNORECASE,
)


def _header_sizes(claim: str) -> list[tuple[int, re.Match[str]]]:
    colon = _HEADER_COLON.search(claim, 0, 160)
    if colon is None:
        return []
    found = [(colon.start(), m) for m in _HEADER_SIZE.finditer(claim) if m.end() <= colon.start()]
    tail = _TAIL_SIZE.search(claim, colon.start())
    if tail is not None and claim[tail.start()] == ":" and tail.start() != colon.start():
        tail = None  # "...; largest benefit: 250 patients": the label's count
    if tail is not None and not any(m.start("n") == tail.start("n") for _, m in found):
        found.append((colon.start(), tail))
    return found


# Who wrote the work, named in prose: "the New Haven group", "the Boston-led team", "the two
# Spanish researchers", "the trio warned". Their place is the sites/funding check's, their
# number the author count's; none of these words is a finding the abstract must hold.
_TEAM_NOUN = r"(?:group|team|lab|laboratory|researchers|investigators|authors|scientists|scholars)"
AUTHOR_COUNT_WORDS: Final = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "duo": 2,
                             "trio": 3, "quartet": 4}  # fmt: skip
AUTHOR_TEAM: Final = re.compile(
    r"\b[Tt]he\s+(?P<team>"
    r"(?:(?P<count>two|three|four|five|six)\s+)?"
    r"(?:(?P<words>[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,2})\s+)?"
    rf"(?P<noun>{_TEAM_NOUN}(?<=[a-z])"
    r"|(?P<band>duo|trio|quartet)(?=\s+(?:of\s+(?:researchers|authors|scientists|"
    r"investigators)|warned|found|reported|showed|argued|wrote|noted|concluded|suggested|"
    r"proposed|described|observed|cautioned|explained|claimed|maintained|reasoned|"
    r"demonstrated|measured|tested|compared|examined|studied|reviewed)\b)))"
)
# a count before the team noun needs a noun of people who write ("the two groups" are arms)
_COUNTED_TEAM_NOUN: Final = re.compile(
    r"(?:researchers|investigators|authors|scientists|scholars)$"
)


# "the Boston-led team", "the Yale group": the words before the noun say where the authors work.
_LED_OR_BASED: Final = re.compile(r"-(?:led|based|run)$", re.IGNORECASE)


def _names_workplace(words: str) -> bool:
    return bool(
        _LED_OR_BASED.search(words)
        or countries_in(words)
        or places_in(words)
        or institutions_in(words)
    )


def author_team_spans(claim: str) -> list[tuple[int, int]]:
    """Where the claim names who wrote the work in prose ("the New Haven group", "the trio").

    A "group" is as often a study arm ("The ECT group improved more than the placebo group"):
    its capitalised words are the authors' only when they name a place or an institution, or
    end in "-led"/"-based"; otherwise ("ECT", "Esketamine") the arm stays finding words."""
    spans = []
    for match in AUTHOR_TEAM.finditer(claim):
        words = match["words"]
        if not (words and match["noun"] == "group" and not _names_workplace(words)):
            spans.append(match.span("team"))
    return spans


def author_team_counts(claim: str) -> list[tuple[int, re.Match[str]]]:
    """How many authors a prose phrase says wrote the work ("the trio", "the two Spanish
    researchers"), with its match."""
    found = []
    for match in AUTHOR_TEAM.finditer(claim):
        if match["band"]:
            found.append((AUTHOR_COUNT_WORDS[match["band"]], match))
        elif match["count"] and _COUNTED_TEAM_NOUN.search(match["team"]):
            found.append((AUTHOR_COUNT_WORDS[match["count"]], match))
    return found


WORKPLACE_NOUNS: Final = frozenset(
    {"department", "dept", "centre", "center", "university", "hospital", "institute",
     "laboratory", "lab", "group", "team", "clinic", "school", "faculty", "unit", "division"}
)  # fmt: skip
# Words of a workplace that say nothing of its field ("a small leading clinic").
WORKPLACE_FILLER: Final = frozenset(
    {"of", "the", "and", "&", "for", "in", "a", "an", "small", "large", "big", "local", "single",
     "leading", "major", "top", "renowned", "well-known", "academic", "regional", "national",
     "private", "public", "specialist", "specialised", "specialized", "new", "young",
     "independent", "dedicated", "multidisciplinary", "international", "joint", "research",
     "university", "hospital", "clinical", "medical", "busy", "tertiary", "teaching"}
)  # fmt: skip
# A field of study or practice, as a workplace is named by it: "psychiatry", "physics",
# "sports medicine", "pharmacology". A disease, a drug, an organism or a population ("a
# schizophrenia clinic", "a telomere lab", "a mouse lab") is no field: what the work was on.
_FIELD_WORD: Final = re.compile(
    r"[a-z-]*(?:ology|ologies|iatry|iatrics|istry|metry|ics)|medicine|surgery|nursing|pharmacy|"
    r"an(?:a)?esthesia|physiotherapy|nutrition|rehabilitation|imaging|neurosciences?|"
    r"sciences?|engineering|health|veterinary|anatomy|law"
)
_NOT_A_FIELD: Final = frozenset(
    {"antibiotics", "psychedelics", "diabetics", "narcotics", "analgesics", "antipsychotics",
     "opioids", "topics", "basics", "clinics", "ethnics", "dynamics", "mechanics"}
)  # fmt: skip


class WorkplacePart(StrEnum):
    """What a word of a workplace ("a small sports medicine centre in Spain") says."""

    FRAME = "frame"  # the kind of place, a filler or its country: "centre", "small", "Spanish"
    FIELD = "field"  # the field the affiliations must name: "medicine", "psychiatry"
    MODIFIER = "modifier"  # a word before a field: "sports" medicine, "adolescent" psychiatry
    TOPIC = "topic"  # no field follows: "a schizophrenia clinic" (a finding word)


def workplace_words(text: str) -> list[tuple[re.Match[str], WorkplacePart]]:
    """The words of a workplace with what each says. Only the field and the words before it
    name where the authors work; a word with no field after it names what they worked on."""
    parts = []
    for word in re.finditer(r"[\w'&.-]+", text):
        w = word.group().lower().strip(".,'")
        if (
            w in WORKPLACE_NOUNS
            or w in WORKPLACE_FILLER
            or w in lx.COUNTRIES
            or _LED_OR_BASED.search(w)
            or countries_in(word.group())
            or places_in(word.group())
        ):
            part = WorkplacePart.FRAME
        elif _FIELD_WORD.fullmatch(w) and w not in _NOT_A_FIELD:
            part = WorkplacePart.FIELD
        else:
            part = WorkplacePart.TOPIC
        parts.append((word, part))
    last_field = max((i for i, (_, p) in enumerate(parts) if p is WorkplacePart.FIELD), default=-1)
    return [
        (word, WorkplacePart.MODIFIER if part is WorkplacePart.TOPIC and i < last_field else part)
        for i, (word, part) in enumerate(parts)
    ]


# "Casieri 2001, Italian physics department (J Magn Reson): ...": a header segment naming
# where the authors work, led by a country word or a place.
_HEADER_WORKPLACE: Final = re.compile(
    r"(?:[,;(]\s*|^\s*)(?P<aff>[A-Z][\w'-]+(?:\s+[\w-]+){0,4}?\s+(?i:"
    + "|".join(sorted(WORKPLACE_NOUNS, key=len, reverse=True))
    + r"))(?=\s*(?:[,;()]|:\s|\s[-\u2013\u2014]\s))"
)


def header_workplaces(claim: str) -> tuple[Phrase, ...]:
    colon = _HEADER_COLON.search(claim, 0, 160)
    if colon is None:
        return ()
    found = []
    for match in _HEADER_WORKPLACE.finditer(claim):
        if match.end() > colon.start():
            break
        first = match["aff"].split()[0]
        if first.lower() in lx.COUNTRIES or countries_in(first) or places_in(first):
            found.append(_phrase(claim, match.start("aff"), match.end("aff")))
    return tuple(found)


# "A sports medicine centre in Pamplona found", "the cardiology unit reported", "a physics team
# showed": the subject is the place the authors work, named by its field. Its words are who did
# the work, checked against the affiliations (metadata), never finding words. The subject opens
# the sentence or a clause and reports, or is placed ("in Pamplona"); "group" is left out (an
# arm: "the ketamine group showed").
_PROSE_WORKPLACE_NOUN: Final = (
    r"(?:department|dept|cent(?:re|er)|unit|division|clinic|laborator(?:y|ies)|lab|labs|team|"
    r"institute|faculty|school)"
)
_PROSE_WORKPLACE: Final = re.compile(
    r"(?:^|[:;,]\s+|\bthat\s+|\bwhen\s+)(?:[Aa]n?|[Tt]he|[Oo]ne|[Tt]his|[Tt]hat)\s+"
    rf"(?P<aff>(?:(?!(?:of|for|with|and|or|in|on|at|to|by|from)\s)[\w-]+\s+){{1,4}}?"
    rf"{_PROSE_WORKPLACE_NOUN})"
    r"(?=\s+(?:(?:in|at|from)\s+[A-Z]|(?:(?:has|have|had|then|later|also)\s+)?(?:found|finds|"
    r"reported|reports|showed|shows|concluded|observed|demonstrated|documented|described|"
    r"measured|tested|ran|conducted|compared|examined|studied|published|proposed|"
    r"developed)\b)|\s*,\s+[A-Z][\w'-]+(?:,\s+[A-Z][\w'-]+)?,\s+(?:found|reported|showed)\b)"
)
_NOT_WORKPLACE_WORD: Final = re.compile(
    r"(?:intensive|critical|emergency|care|treatment|trial|study|same|other|first|second|"
    r"control|placebo|active)$",
    re.IGNORECASE,
)


def prose_workplaces(claim: str) -> tuple[Phrase, ...]:
    """Where the authors work, named in prose by its field ("a sports medicine centre")."""
    if not re.search(_PROSE_WORKPLACE_NOUN, claim, re.IGNORECASE):
        return ()
    found = []
    for match in _PROSE_WORKPLACE.finditer(claim):
        words = match["aff"].split()[:-1]
        if any(_NOT_WORKPLACE_WORD.match(w) for w in words):
            continue  # "the intensive care unit", "the placebo team": no field of the authors
        if any(w[:1].isupper() and not (countries_in(w) or places_in(w)) for w in words):
            continue  # "the Cryobiology team", "the ECT unit": a journal, arm or name, no field
        found.append(_phrase(claim, match.start("aff"), match.end("aff")))
    return tuple(found)


def _sample_sizes(claim: str) -> tuple[SampleSize, ...]:
    found: dict[int, SampleSize] = {}
    if not _NUMBER_CUE.search(claim):
        return ()
    for _, match in _header_sizes(claim):
        n = parse_count(match["n"])
        if n:
            start = match.start("n")
            found[start] = SampleSize(n, "participants", _phrase(claim, start, match.end()))
    for unit, pattern in SAMPLE_SIZE_PATTERNS:
        for match in pattern.finditer(claim):
            after = claim[match.end("n") : match.end("n") + 2]
            if "%" in after or match.start("n") in found:
                continue
            if _RATE_BEFORE.search(claim[max(0, match.start("n") - 24) : match.start("n")]):
                continue  # "one in five participants": a share, not how many took part
            n = parse_count(match["n"])
            if n is None or n == 0:
                continue
            start, end = match.start("n"), match.end()
            found[match.start("n")] = SampleSize(n, unit, _phrase(claim, start, end))
    return tuple(found[k] for k in sorted(found))


# --- quantities -------------------------------------------------------------------------------

_CLAUSE_BREAK = re.compile(r";|,\s+(?:and|but|while|whereas|although)\b|\.\s+(?=[A-Z])")
_PEOPLE_NOUN = (
    r"(?:patients?|participants?|subjects?|people|persons?|individuals?|adults?|adolescents?|"
    r"children|men|women|volunteers?|veterans?|users?|responders?|cases|respondents?)"
)
_STUDY_NOUN = r"(?:studies|study|trials?|RCTs?|articles?|papers?|reviews?|reports?)"
_OF_WHAT = re.compile(
    rf"^\s*(?:%|percent|per\s*cent)?\s*(?:of|out\s+of|among)?\s*(?:the\s+|all\s+|these\s+)?"
    rf"(?:[\w-]+\s+){{0,2}}?(?:(?P<people>{_PEOPLE_NOUN})|(?P<studies>{_STUDY_NOUN}))\b",
    re.IGNORECASE,
)
_CHANGE_AFTER = re.compile(
    r"^\s*(?:%|percent|per\s*cent)?\s*[\s-]*(?:\)\s*)?(?:or\s+more\s+|or\s+greater\s+)?"
    r"(?:reduction|decrease|increase|improvement|decline|drop|rise|change|fall|gain|loss|lower|higher)",
    re.IGNORECASE,
)
_CHANGE_BEFORE = re.compile(
    r"(?:reduc\w*|decreas\w*|increas\w*|improv\w*|declin\w*|drop\w*|ros\w*|fell|fall\w*|"
    r"lower\w*|rais\w*|chang\w*)\s+(?:[\w-]+\s+){0,3}?by\s*(?:about|approximately|~|nearly)?\s*$",
    re.IGNORECASE,
)
_NOUN_BEFORE_PAREN = re.compile(
    rf"(?:(?P<people>{_PEOPLE_NOUN})|(?P<studies>{_STUDY_NOUN}))\s*\(\s*$", re.I
)


def proportion_kind(text: str, quantity: Quantity) -> str | None:
    """What a percentage or "n of N" is a share of: "people", "studies", or a "change" (a 50%
    reduction), read from the words around it; None when the text does not say."""
    if quantity.unit not in ("%", "ratio"):
        return None
    after = text[quantity.end : quantity.end + 60]
    before = text[max(0, quantity.start - 60) : quantity.start]
    if _CHANGE_AFTER.match(after) or _CHANGE_BEFORE.search(before):
        return "change"
    for window in (after, quantity.text):
        match = _OF_WHAT.match(window) if window is after else _OF_WHAT.search(window)
        if match:
            return "people" if match["people"] else "studies"
    paren = _NOUN_BEFORE_PAREN.search(before)
    if paren:
        return "people" if paren["people"] else "studies"
    return None


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


# "12 of them dropped out": a head count of a group named earlier, as checkable as "12 patients".
_PRONOUN_SHARE: Final = re.compile(r"\s+of\s+(?:them|those|these|whom|which)\b", re.IGNORECASE)


def _quantities(
    claim: str, sample_sizes: tuple[SampleSize, ...], years: tuple[YearAssertion, ...]
) -> tuple[ClaimQuantity, ...]:
    owned = [(s.phrase.start, s.phrase.start + 1) for s in sample_sizes]
    owned += [(y.phrase.start, y.phrase.end) for y in years]
    result = []
    previous: Quantity | None = None
    for found in find_quantities(claim):
        # a third arm's bare figure takes the unit the second one borrowed from the first
        quantity = previous = elliptic_unit(claim, previous, found)
        if quantity.unit == "" and _PRONOUN_SHARE.match(claim, quantity.end):
            quantity = replace(quantity, unit="count")
        quantity = (
            part_of_named_whole(claim, quantity)
            or named_items_part(claim, quantity)
            or bare_multiplier(claim, quantity)
            or quantity
        )
        start, end = quantity.start, quantity.end
        if _overlaps((start, end), owned) and quantity.unit != "ratio":
            continue  # a sample size: the sample-size check owns it
        if not is_informative(quantity) and not _exclusive_one(claim, quantity):
            continue
        c_start, c_end = clause_bounds(claim, start)
        context = tuple(
            {
                t.stem: t
                for t in terms_between(claim, c_start, c_end)
                if not t.is_number and t.stem not in _PERCENT_WORDS
            }.values()
        )
        of_what = proportion_kind(claim, quantity)
        alternate = _alternate(claim[c_start:c_end], quantity, quantity.start - c_start)
        result.append(
            ClaimQuantity(quantity, context, of_what, _phrase(claim, start, end), alternate)
        )
    return tuple(result)


_RELATIVE_MEASURE: Final = re.compile(
    r"\b(?:odds|risk|hazard|likelihood|chances?)\b", re.IGNORECASE
)
_UP_WORD: Final = re.compile(
    r"\b(?:higher|greater|more|increas\w*|rais\w*|elevat\w*|boost\w*|ris\w*|rose|lift\w*|"
    r"heighten\w*|push\w*\s+up|bump\w*\s+up|up(?=\s+by\b))\b",
    re.I,
)
_DOWN_WORD: Final = re.compile(
    r"\b(?:lower\w*|less|fewer|reduc\w*|decreas\w*|cut|cuts|declin\w*|fell|drop\w*)\b", re.I
)
_FRACTION_PARTS: Final = frozenset({2, 3, 4, 5})
_SHARE_OF: Final = re.compile(r"\s+of\b", re.IGNORECASE)
_FOLD_AS_CHANGE: Final = {"halved": 0.5, "halving": 0.5, "doubled": 2.0, "doubling": 2.0,
                          "tripled": 3.0, "tripling": 3.0}  # fmt: skip


def _alternate(clause: str, quantity: Quantity, at: int) -> Quantity | None:
    """A relative change of odds, risk or hazard ("36% higher odds", "raised the risk by 25%")
    as a ratio (1.36, 1.25); "halved" or "doubled" as a percent change (50%, 100%)."""
    # "by about a third" is a relative change too: a fraction word, not a head count.
    fraction = (
        quantity.unit == "ratio"
        and quantity.denominator in _FRACTION_PARTS
        and (not re.search(r"\d", quantity.text))
    )
    # "in a third of cases" is a share of something, never a change of the odds.
    share = _SHARE_OF.match(clause, at + quantity.end - quantity.start) is not None
    if (
        (quantity.unit == "%" or fraction)
        and quantity.low is None
        and not share
        and (_RELATIVE_MEASURE.search(clause))
    ):
        ups = [m.start() for m in _UP_WORD.finditer(clause)]
        downs = [m.start() for m in _DOWN_WORD.finditer(clause)]
        if not ups and not downs:
            return None
        nearest_up = min((abs(p - at) for p in ups), default=10**6)
        nearest_down = min((abs(p - at) for p in downs), default=10**6)
        sign = 1.0 if nearest_up < nearest_down else -1.0
        value = round(1.0 + sign * quantity.value / 100.0, 6)
        if value <= 0:
            return None
        return replace(quantity, value=value, unit="fold", percent=None,
                       rounding=quantity.rounding / 100.0)  # fmt: skip
    fold = _FOLD_AS_CHANGE.get(quantity.text.strip().lower())
    if quantity.unit == "fold" and fold is not None:
        change = abs(fold - 1.0) * 100.0
        # "Halved" is a round word: about 50%.
        return replace(quantity, value=change, unit="%", percent=change, rounding=0.5, bound="~")
    return None


_PERCENT_WORDS: Final = frozenset({"percent", "per", "cent", "pct", "percentag"})
_UNINFORMATIVE_UNITS: Final = frozenset({"p", "sd", "iqr", ""})


# "only one SNP", "just 1 site": a count of one the claim gives as the whole count.


def _exclusive_one(claim: str, quantity: Quantity) -> bool:
    return (
        quantity.unit == "count"
        and quantity.value == 1
        and quantity.low is None
        and bool(EXCLUSIVE_BEFORE.search(claim, max(0, quantity.start - 12), quantity.start))
    )


def is_informative(quantity: Quantity) -> bool:
    """Worth checking: not "one study", not a bare number or a scale ("a 0-10 scale"), not a
    p-value (significance has its own check)."""
    if quantity.unit in _UNINFORMATIVE_UNITS:
        return False
    return not (quantity.unit in ("count", "") and quantity.value <= 1 and quantity.low is None)


# --- direction, significance, certainty -------------------------------------------------------


# "positively associated with X" says X goes up with the exposure; "inversely" says down.
ASSOCIATION_UP: Final = re.compile(
    r"\b(?:positively|directly)\s+(?:associated|correlated|related|linked)(?:\s+(?:with|to))?\b",
    re.IGNORECASE,
)
ASSOCIATION_DOWN: Final = re.compile(
    r"\b(?:negatively|inversely)\s+(?:associated|correlated|related|linked)(?:\s+(?:with|to))?\b",
    re.IGNORECASE,
)

DEGREE_OF_CHANGE: Final = re.compile(
    r"\s+(?:\w+\s+)?(?:reduction|decrease|increase|improvement|decline|drop|rise|elevation|"
    r"benefit|response|relief|effects?|efficacy|inhibition|change)s?\b",
    re.IGNORECASE,
)

# Everyday verbs of change that writers use for figures ("scores climbed", "went down").
# "Spike" and "cut" are left out: they name things too often ("spike protein", "cut-off").
RISE_WORDS: Final = re.compile(
    r"\b(?:climb(?:s|ed|ing)?|(?:went|go|goes|gone|going)\s+up|soar(?:s|ed|ing)?|"
    r"surg(?:ed|es|ing)|jump(?:s|ed|ing)?|spiked|grew|shot\s+up)\b",
    re.IGNORECASE,
)
FALL_WORDS: Final = re.compile(
    r"\b(?:(?:went|go|goes|gone|going)\s+down|plung(?:e|es|ed|ing)|plummet(?:s|ed|ing)?|"
    r"dipped|sank|shr[au]nk|slump(?:s|ed|ing)?|dwindl(?:e|es|ed|ing)|halv(?:ed|ing))\b",
    re.IGNORECASE,
)

CHANGE_PATTERNS: Final = (
    (lx.INCREASE_WORDS, True),
    (lx.DECREASE_WORDS, False),
    (ASSOCIATION_UP, True),
    (ASSOCIATION_DOWN, False),
    (RISE_WORDS, True),
    (FALL_WORDS, False),
)

# How well a method or test works. "Improved", "favored" or "impaired" sensitivity says more or
# less of it; next to anything else ("symptoms improved") these words are no simple direction.
CAPACITY_WORDS: Final = re.compile(
    r"\b(?:sensitiv\w*|specificit\w*|accura\w*|precision|resolution|selectivit\w*|"
    r"efficien\w*|signal[\s-]to[\s-]noise|detectabilit\w*|reproducibilit\w*|reliabilit\w*)",
    re.IGNORECASE,
)
CAPACITY_CHANGES: Final = (
    (re.compile(r"\b(?:improv(?:e|ed|es|ing|ement)|favou?r(?:ed|s)?|optimi[sz](?:ed|es|ing)?)\b",
                re.IGNORECASE), True),
    (re.compile(r"\b(?:impair(?:s|ed|ing)?|compromis(?:e|ed|es|ing)|degrad(?:e|ed|es|ing)|"
                r"worsen(?:s|ed|ing)?|hamper(?:s|ed|ing)?)\b", re.IGNORECASE), False),
)  # fmt: skip
_CAPACITY_REACH: Final = 60


def capacity_near(text: str, start: int, end: int) -> re.Match[str] | None:
    """The capacity a change word bears on, in its clause: "the sensitivity ... can be
    considerably favored", "improves the sensitivity"."""
    c_start, c_end = clause_bounds(text, start)
    before = None
    for match in CAPACITY_WORDS.finditer(text, max(c_start, start - _CAPACITY_REACH), start):
        before = match
    if before is not None:
        return before
    after = CAPACITY_WORDS.search(text, end, min(c_end, end + 30))
    return after


def capacity_changes(text: str) -> list[tuple[re.Match[str], bool, re.Match[str]]]:
    """(change word, up, capacity) for each change of a capacity the text states."""
    if not CAPACITY_WORDS.search(text):
        return []
    found = []
    for pattern, up in CAPACITY_CHANGES:
        for match in pattern.finditer(text):
            capacity = capacity_near(text, match.start(), match.end())
            if capacity is not None:
                found.append((match, up, capacity))
    return found


# Whether an effect lasts: "sustained", "remained unchanged" against "fleeting", "vanished".
LASTING_WORDS: Final = re.compile(
    r"\b(?:sustained|long[\s-]lasting|lasting|long[\s-]lived|persist(?:ed|s|ing|ent)?|durable|"
    r"enduring|endured|remain(?:ed|s)?\s+(?:unchanged|significant|robust|stable)|unchanged|"
    r"held\s+up)\b",
    re.IGNORECASE,
)
PASSING_WORDS: Final = re.compile(
    r"\b(?:fleeting|short[\s-]lived|transient(?:ly)?(?!\s+(?:receptor|ischa?emic|global))|"
    r"temporar(?:y|ily)|ephemeral|vanish(?:ed|es|ing)?|disappear(?:ed|s|ing)?|"
    r"dissipat(?:ed|es|ing)|faded|fades|wore\s+off|wears\s+off|worn\s+off|waned|wanes|"
    r"evaporated|no\s+longer\s+(?:significant|present|evident|seen|observed))\b",
    re.IGNORECASE,
)
# What can last or pass: an effect, a result or a link. "Symptoms disappeared" and "sustained
# remission" are outcomes, not the persistence of an effect.
EFFECT_NOUNS: Final = re.compile(
    r"\b(?:effects?|actions?|benefits?|improvements?|responses?|relief|gains?|associations?|"
    r"links?|relationships?|correlations?|results?|findings?|differences?|reductions?|"
    r"increases?|protection|efficacy|advantages?)\b",
    re.IGNORECASE,
)
_EFFECT_BEFORE: Final = 60
_EFFECT_AFTER: Final = 30


def persistence_statements(text: str) -> list[tuple[re.Match[str], bool]]:
    """(word, lasts) for each statement that an effect, result or link lasts or passes: the
    word must bear on an effect noun in its clause (just before it, or just after an adjective:
    "sustained antidepressant actions")."""
    found = []
    for pattern, lasts in ((LASTING_WORDS, True), (PASSING_WORDS, False)):
        for match in pattern.finditer(text):
            c_start, c_end = clause_bounds(text, match.start())
            before = text[max(c_start, match.start() - _EFFECT_BEFORE) : match.start()]
            after = text[match.end() : min(c_end, match.end() + _EFFECT_AFTER)]
            if EFFECT_NOUNS.search(before) or re.match(
                r"\s+(?:[\w-]+\s+){0,2}?" + EFFECT_NOUNS.pattern, after, re.IGNORECASE
            ):
                found.append((match, lasts))
    return found


NEGATIVE_EFFICACY: Final = re.compile(
    lx.NEGATIVE_EFFICACY.pattern + r"|\b(?:less|no\s+more|not\s+(?:any\s+)?more)\s+"
    r"(?:effective|efficacious|beneficial|helpful)\b"
    r"|\bno\s+better\b|\bworse\b|\binferior\b|\bdid\s+not\s+differ\b"
    r"|\bno\s+(?:significant\s+|meaningful\s+)?differences?\b"
    r"|\b(?:similar|comparable|equivalent)\s+(?:to|with)\s+(?:placebo|sham|saline)\b",
    re.IGNORECASE,
)


def _directions(claim: str) -> tuple[DirectionAssertion, ...]:
    found: list[DirectionAssertion] = []
    negative_spans = [m.span() for m in NEGATIVE_EFFICACY.finditer(claim)]
    for match in NEGATIVE_EFFICACY.finditer(claim):
        if control_arm_before(claim, match.start()):
            continue  # "while saline did not help" says what the comparison arm did
        found.append(_direction(claim, match, Axis.EFFICACY, up=False))
    for match in lx.POSITIVE_EFFICACY.finditer(claim):
        if _overlaps(match.span(), negative_spans):
            continue
        found.append(_direction(claim, match, Axis.EFFICACY, up=not _denied(claim, match.start())))
    for pattern, up in CHANGE_PATTERNS:
        for match in pattern.finditer(claim):
            if _overlaps(match.span(), negative_spans) or _is_comparative_only(claim, match):
                continue
            if claim[max(0, match.start() - 1) : match.start()] == "-":
                continue  # "hyperpolarization-activated" names a thing, not a change
            if left_study(claim, match):
                continue
            if DEGREE_OF_CHANGE.match(claim, match.end()):
                continue  # "greater reduction": the reduction is the change
            if not up and _UNDONE_BEFORE.search(claim, 0, match.start()):
                continue  # "released from inhibition" undoes a decrease: no plain direction
            negated = _denied(claim, match.start())
            if negated and _COMPARED_AFTER.match(claim, match.end()):
                continue  # "did not reduce pain more than placebo" denies the comparison
            found.append(_direction(claim, match, Axis.CHANGE, up=up != negated))
    for match, up, _ in capacity_changes(claim):
        if not _overlaps(match.span(), negative_spans):
            negated = _denied(claim, match.start())
            found.append(_direction(claim, match, Axis.CHANGE, up=up != negated))
    for match, lasts in persistence_statements(claim):
        negated = _denied(claim, match.start())
        found.append(_direction(claim, match, Axis.PERSISTENCE, up=lasts != negated))
    return tuple(sorted(found, key=lambda d: d.phrase.start))


# A decrease that is lifted ("released from inhibition", "relief of the block", "removal of
# suppression") is a disinhibition: the thing is freed, not lowered.
_UNDONE_BEFORE: Final = re.compile(
    r"(?:\b(?:released|freed|relieved|liberated|release|relief|escape)\s+(?:[\w-]+\s+){0,3}?from"
    r"|\b(?:release|relief|removal|lifting|reversal)\s+of)\s+(?:the\s+|their\s+|its\s+|this\s+)?$",
    re.IGNORECASE,
)

# "dropped out", "drop out of the trial": people leaving a study, not a measure falling.
_OUT_AFTER: Final = re.compile(r"\s+out\b", re.IGNORECASE)


def left_study(text: str, match: re.Match[str]) -> bool:
    """Whether a change word is "drop(ped) out": participants leaving, not a decrease."""
    return match.group().lower().startswith("drop") and bool(_OUT_AFTER.match(text, match.end()))


_COMPARED_AFTER: Final = re.compile(
    rf"[^,;.]*?\b(?:{'|'.join(COMPARATIVE_SCALES)})\b[^,;.]*?\bthan\b", re.IGNORECASE
)


def _direction(claim: str, match: re.Match[str], axis: Axis, *, up: bool) -> DirectionAssertion:
    return DirectionAssertion(axis, up, _phrase(claim, *match.span()))


# A change verb earlier in the same clause: a later "more"/"less" grades that change.
_CHANGE_BEFORE_DEGREE: Final = re.compile(
    rf"(?:{lx.INCREASE_WORDS.pattern}|{lx.DECREASE_WORDS.pattern})(?:(?![,;.]|\b(?:and|but)\b).)*$",
    re.IGNORECASE,
)


_OR_BOUND_BEFORE: Final = re.compile(
    r"(?:\d(?:[.,]\d+)?|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"twenty|thirty|forty|fifty|hundred))\s*(?:%|[a-z-]+(?:\s+[a-z-]+)?)?\s+or\s+$",
    re.IGNORECASE,
)


def _is_comparative_only(claim: str, match: re.Match[str]) -> bool:
    """'more effective', 'less likely': a degree word leaning on the next word, not a change."""
    word = match.group().lower()
    if word not in {"more", "less", "greater", "higher", "lower", "fewer"}:
        return False
    if _OR_BOUND_BEFORE.search(claim[max(0, match.start() - 40) : match.start()]):
        return True  # "three infusions or fewer", "50% or more": a bound on a number
    if word in {"more", "less", "fewer"} and _CHANGE_BEFORE_DEGREE.search(
        claim[max(0, match.start() - 60) : match.start()]
    ):
        return True  # "reduced symptoms significantly more than X": the reduction is the change
    following = claim[match.end() : match.end() + 30].lower()
    if word in {"more", "less", "fewer"} and re.match(r"\s+than\b", following):
        return True  # "more than halved", "less than a week": a bound, not a change
    # "greater than 50%" is a bound (the quantity check reads it); "higher than MLSS" is a
    # comparison with a direction and stays.
    return bool(
        re.match(
            r"\s+(?:effective|efficacious|likely|often|frequently|common|than\s+[\d.])",
            following,
        )
    )


# "did not increase", "never really rose", "without (significantly) raising". "Mice without
# them were less sensitive" denies nothing: "without" then names what is missing.
_DENIAL_BEFORE: Final = re.compile(
    r"(?:\b(?:not|no|never)\b|n't)(?:\s+\w+){0,2}\s*$|\bwithout(?:\s+\w+ly)?\s*$", re.IGNORECASE
)


def _denied(text: str, position: int) -> bool:
    return bool(_DENIAL_BEFORE.search(text[max(0, position - 30) : position]))


# "fell by 14 points, against no change with placebo": the comparison arm's result, not a claim
# that the effect was not significant.
_ARM_RESULT: Final = re.compile(
    r"\s*(?:(?:at\s+all|whatsoever)\s*,?\s*)?"
    # "but no average change after placebo": the result named before the arm
    r"(?:(?:[\w-]+\s+){0,2}?(?:change|changes|difference|effect|improvement|benefit|response|"
    r"reduction|decrease|increase|gain|relief)\s+)?"
    r"(?:with|after|on|in|for|under|from|among|during)\s+(?:the\s+|a\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:placebo|saline|sham|controls?|dummy|comparator|usual\s+care|midazolam|group|arm)\b",
    re.IGNORECASE,
)


def _significance(claim: str) -> tuple[SignificanceAssertion, ...]:
    found: list[SignificanceAssertion] = []
    negative = [m.span() for m in lx.NOT_SIGNIFICANT.finditer(claim)]
    for match in lx.NOT_SIGNIFICANT.finditer(claim):
        if _ARM_RESULT.match(claim, match.end()) and re.search(
            r"\b(?:against|versus|vs\.?|compared\s+with|while|whereas|but)\s*$",
            claim[: match.start()],
            re.IGNORECASE,
        ):
            continue
        found.append(SignificanceAssertion(False, _phrase(claim, *match.span())))
    for match in lx.SIGNIFICANT.finditer(claim):
        if not _overlaps(match.span(), negative):
            found.append(SignificanceAssertion(True, _phrase(claim, *match.span())))
    return tuple(sorted(found, key=lambda s: s.phrase.start))


# --- differences: "A differed from B" against "A did as well as B" -------------------------------

# "as readily as wild-type mice", "about as much, and for as long, as ketamine": an equality.
# Words that make "as X as" something else: a bound ("as many as 50%"), a time ("as early as
# 2000"), an addition ("as well as") or a condition ("as long as patients ...").
_AS_X_AS: Final = re.compile(
    r"\b(?P<approx>(?:just|about|roughly|nearly|almost|every\s+bit|fully|equally)\s+)?"
    r"as\s+(?P<how>[a-z-]+)(?:\s*,[^,.;]{1,40},|\s+(?P<a>(?:after|with|on|in|under|among|"
    r"for)\s+[^,.;]{1,30}?))?\s+as\s+(?P<b>[^,.;]{1,60})",
    re.IGNORECASE,
)
_NOT_EQUALITY_HOW: Final = frozenset(
    {"well", "soon", "far", "early", "late", "recently", "such", "yet", "usual", "follows",
     "part", "a", "an", "the", "to", "of", "in", "and", "or", "is", "was", "it", "long", "good"}
)  # fmt: skip
_MULTIPLE_BEFORE: Final = re.compile(
    r"(?:\b(?:twice|thrice|half|times|fold|double|triple)|\d|-fold)\s*$", re.IGNORECASE
)
_EQUAL_TO: Final = re.compile(
    r"\b(?:(?:similar|equivalent|comparable|identical)(?:ly)?\s+(?:to|with)|"
    r"on\s+(?:a\s+)?par\s+with|(?:just\s+|exactly\s+)?the\s+same\s+as|"
    r"no\s+different\s+(?:from|than|to)|indistinguishable\s+from|just\s+like)\s+"
    r"(?P<b>[^,.;]{1,60})",
    re.IGNORECASE,
)
_DIFFERENCE_ADJECTIVES: Final = (
    r"(?:real|significant|statistically\s+significant|statistical|meaningful|major|clear|"
    r"notable|marked|appreciable|important|discernible|detectable|obvious|substantial)"
)
_EQUAL_PLAIN: Final = re.compile(
    r"\b(?:(?:did|do|does)\s+not|didn't|doesn't|don't)\s+(?:significantly\s+)?differ\b"
    r"|\b(?:was|were|is|are)\s+not\s+(?:significantly\s+|statistically\s+)?different\b"
    rf"|\bno\s+(?:{_DIFFERENCE_ADJECTIVES}\s+)?(?:(?P<q>[a-z][\w-]*)\s+)?differences?\b"
    r"|\b(?:statistically\s+)?indistinguishable\b|\bequally\b"
    r"|\b(?:was|were|is|are)\s+(?:\w+\s+)?(?:similar|comparable|equivalent)\b"
    # "couldn't be told apart", "look identical": two things said to be one and the same
    r"|\b(?:(?:can|could)\s*not|can't|couldn't)\s+(?:\w+\s+)?be\s+(?:told\s+apart|"
    r"distinguished|separated|differentiated)\b"
    r"|\b(?:look|looks|looked|appear|appears|appeared|are|were|is|was|seem|seemed)\s+"
    r"(?:\w+\s+)?identical\b(?!\s+(?:to|with)\b)",
    re.IGNORECASE,
)
_DIFFERS: Final = re.compile(
    r"\b(?<!in)distinguishable\b|\b(?:can|could)\s+(?:\w+\s+)?be\s+(?:told\s+apart|"
    r"distinguished)\b|"
    r"\bdiffer(?:ed|s|ing)?\b|\b(?:(?P<q>[a-z][\w-]*)\s+)?differences?\b"
    r"|\bdifferent\s+(?:from|than|between)\b|\bdistinct\s+from\b|\bdiverg(?:ed|es|ing)\b",
    re.IGNORECASE,
)
_NOT_A_QUALIFIER: Final = frozenset(
    {"the", "a", "an", "any", "no", "some", "these", "those", "such", "of", "in", "between",
     "and", "or", "significant", "statistical", "real", "major", "clear", "minor", "small",
     "large", "big", "marked", "notable", "important", "meaningful", "individual", "group",
     "mean", "observed", "other", "further", "few", "many", "several", "two", "what"}
)  # fmt: skip
_DENIED_DIFFERENCE: Final = re.compile(
    r"(?:\b(?:no|not|never|without|nor|neither)\b|n't)(?:\s+[\w-]+){0,2}\s*$", re.IGNORECASE
)


def find_differences(text: str) -> tuple[DifferenceAssertion, ...]:
    """Every statement of ``text`` that two things differ or do not differ."""
    lower = text.lower()
    if not any(cue in lower for cue in ("differ", " as ", "similar", "same", "equal",
                                         "indistinguishable", "par with", "comparabl",
                                         "equivalent", "identical", "just like", "distinct",
                                         "diverg", "apart", "distinguish")):  # fmt: skip
        return ()
    found: list[DifferenceAssertion] = []
    taken: list[tuple[int, int]] = []
    for match in _AS_X_AS.finditer(text):
        how = match["how"].lower()
        if how in _NOT_EQUALITY_HOW and not (
            (how == "long" and match["approx"]) or (how == "well" and match["a"])
        ):  # "as well in women as in men" is an equality, "as well as" an addition
            continue
        if _NUMBER_TARGET.match(match["b"].strip()) or re.match(r"\s*(?:if|though)\b", match["b"]):
            continue
        if _MULTIPLE_BEFORE.search(text[max(0, match.start() - 20) : match.start()]):
            continue  # "twice as fast as": a ratio, not an equality
        found.append(_difference(text, match, False))
        taken.append(match.span())
    for match in _EQUAL_TO.finditer(text):
        if _overlaps(match.span(), taken) or _NUMBER_TARGET.match(match["b"].strip()):
            continue
        found.append(_difference(text, match, False))
        taken.append(match.span())
    for match in _EQUAL_PLAIN.finditer(text):
        if _overlaps(match.span(), taken):
            continue
        qualifier = match["q"].lower() if match["q"] else None
        if qualifier in _NOT_A_QUALIFIER:
            qualifier = None
        found.append(DifferenceAssertion(False, _phrase(text, *match.span()), None, qualifier))
        taken.append(match.span())
    for match in _DIFFERS.finditer(text):
        if _overlaps(match.span(), taken):
            continue
        if _DENIED_DIFFERENCE.search(text[max(0, match.start() - 30) : match.start()]):
            continue
        qualifier = match["q"].lower() if match["q"] else None
        if qualifier in _NOT_A_QUALIFIER:
            qualifier = None
        start = match.start("q") if match["q"] and qualifier else match.start()
        found.append(DifferenceAssertion(True, _phrase(text, start, match.end()), None, qualifier))
    return tuple(sorted(found, key=lambda d: d.phrase.start))


def _difference(text: str, match: re.Match[str], differs: bool) -> DifferenceAssertion:
    raw = _TARGET_TAIL.sub("", _TARGET_STOP.sub("", match["b"])).strip(" '\"-")
    lead = _TARGET_LEAD.match(raw)
    offset = match.start("b") + (len(match["b"]) - len(match["b"].lstrip()))
    if lead and lead.end() < len(raw):
        offset += lead.end()
        raw = raw[lead.end() :]
    against = _phrase(text, offset, offset + len(raw)) if raw else None
    return DifferenceAssertion(differs, _phrase(text, match.start(), match.start("b")), against)


# Everyday ways of calling a point settled: "nailed down exactly how", "already well studied",
# "beyond doubt", "once and for all".
_SETTLED_IN_OTHER_WORDS: Final = re.compile(
    # Idioms the certainty check reads whole, never asked of the record word by word; "well
    # studied" stays a claim word (the record's "limited assessment" is its opposite).
    r"(?P<idiom>\b(?:nailed|pinned)\s+down(?:\s+exactly)?\b|\bbeyond\s+(?:any\s+|all\s+)?doubt\b"
    r"|\bonce\s+and\s+for\s+all\b|\balready\s+(?:been\s+)?(?=(?:well|thoroughly|fully|"
    r"exhaustively)[\s-]))"
    r"|\b(?:well|thoroughly|fully|exhaustively)[\s-](?:studied|understood|"
    r"characteri[sz]ed|researched)\b|\bsettled\s+(?:science|fact|question)\b"
    r"|\b(?:know|knows|known|worked\s+out|figured\s+out|shown|explained)\s+exactly\b"
    # "prove" in the present tense is proof only with a clause or an evidence subject: "may
    # prove useful" means "turn out".
    r"|\bprove\s+(?:that|beyond)\b"
    r"|\b(?:results|findings|data|studies|study|trials?|evidence|experiments)\s+prove\b",
    re.IGNORECASE,
)


def _certainty(claim: str) -> CertaintyAssertion:
    strong = lx.STRONG_CERTAINTY.search(claim) or _SETTLED_IN_OTHER_WORDS.search(claim)
    if strong:
        return CertaintyAssertion(Certainty.STRONG, _phrase(claim, *strong.span()))
    hedge = hedge_in(claim)  # "abuse potential" names a risk, it hedges nothing
    if hedge:
        return CertaintyAssertion(Certainty.HEDGED, _phrase(claim, *hedge.span()))
    assertive = lx.ASSERTIVE_CERTAINTY.search(claim)
    if assertive:
        return CertaintyAssertion(Certainty.ASSERTED, _phrase(claim, *assertive.span()))
    return CertaintyAssertion(Certainty.ASSERTED, None)


_NOUN_POTENTIAL: Final = re.compile(
    r"\bpotential(?=\s*(?:[,.;:)]|$|\s+(?:for|of|and|or|in)\b))", re.I
)


def hedge_in(text: str) -> re.Match[str] | None:
    """The first hedge of a sentence ("abuse potential" is a noun, not a hedge)."""
    for match in lx.HEDGES.finditer(text):
        if match.group().lower() == "potential" and _NOUN_POTENTIAL.match(text, match.start()):
            continue
        return match
    return None


def certainty_of(text: str) -> Certainty:
    """The certainty a source sentence itself expresses (hedged beats asserted)."""
    if hedge_in(text):
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


# "a Wellcome Trust-funded analysis", "NIH-sponsored trial", "industry-funded", "a Pfizer and
# NCI-funded study": the funder named before the verb. A sentence's opening word ("A", "The",
# "In") is no part of the name.
_NOT_A_FUNDER_WORD: Final = (
    r"(?:A|An|The|This|That|These|Those|Our|Their|Its|His|Her|In|On|At|By|For|From|With|As|Of|"
    r"One|Each|Every|Another|Some|Both|Recent|Earlier|Latest|Large|Small|New|Newer)"
)
_FUNDER_WORD: Final = rf"(?!{_NOT_A_FUNDER_WORD}\s)[A-Z][\w&'.]*"
_SPONSOR_BEFORE = re.compile(
    rf"(?<![\w&'.-])(?P<who>(?:(?:{_FUNDER_WORD}|industry|government)\s+(?:(?:and|&)\s+)?)"
    rf"{{0,4}}{_FUNDER_WORD}|industry|government|pharma(?:ceutical)?|charity|foundation)"
    r"-(?:funded|sponsored|financed|backed|supported)\b"
)
# An EU programme named before or after the verb ("a Horizon 2020 funded cohort", "supported
# under Horizon Europe"): a year or "Europe" in the name, which the capitalised-name readings
# above do not take.
_PROGRAMME_FUNDED: Final = re.compile(
    r"(?<![\w-])(?P<who>Horizon\s+(?:20\d\d|Europe)|H2020|FP[5-7])[\s-]+"
    r"(?:funded|sponsored|financed|backed|supported)\b"
    r"|\b(?:funded|sponsored|financed|supported|backed)\s+(?:through|under|via|from|by)\s+"
    r"(?:the\s+)?(?:(?:EU|European\s+Union)(?:'s|\u2019s)?\s+)?"
    r"(?P<via>Horizon\s+(?:20\d\d|Europe)|H2020|FP[5-7])(?![\w])"
)
# "Self-funded", "privately-funded": how it was paid for, naming no funder the grant list could
# show ("Publicly-funded", "Taxpayer-funded" are kept: a grant list holds public funders).
_UNNAMED_FUNDING: Final = re.compile(
    r"(?:self|privately|independently|jointly|partly|partially|fully|well|under|co|"
    r"internally|externally|generously|poorly|adequately)",
    re.IGNORECASE,
)
# The end of a funder's name after "funded by": a verb or clause word ("...Health found that
# Iowa and North Carolina applicators"), or, once a name has begun, a lowercase word that is
# neither a kind of funder nor a joining word before another name.
_FUNDER_KIND_WORD: Final = re.compile(
    r"(?:universit(?:y|ies)|college|industry|government|pharma\w*|compan(?:y|ies)|"
    r"manufacturers?|makers?|foundations?|charit(?:y|ies)|trusts?|societ(?:y|ies)|"
    r"associations?|council|agenc(?:y|ies)|ministry|department|institutes?|grants?|"
    r"sponsors?|funders?|firms?|drugmakers?|organi[sz]ations?)$"
)
_JOINING_WORD: Final = re.compile(r"(?:of|and|for|on|in|&|the|a|an|de|du|la|at)$")
_CLAUSE_WORD: Final = re.compile(
    r"(?:that|which|who|whose|whom|when|where|while|whereas|because|but|"
    r"is|are|was|were|has|have|had|will|would|could|may|might|can|should|"
    r"finds?|shows?|reports?|suggests?|links?|concludes?|indicates?|reveals?|demonstrates?|"
    r"says?|notes?|confirms?|claims?|argues?|estimates?|"
    r"[a-z]+ed)$"
)


def _funder_end(who: str) -> int:
    """Where the funder's name in ``who`` (the words after "funded by") ends."""
    words = list(re.finditer(r"[\w&'.-]+", who))
    named = False
    for position, word in enumerate(words):
        text = word.group()
        if text[:1].isupper() or text[:1].isdigit():
            named = True
            continue
        if _CLAUSE_WORD.fullmatch(text) and not who[: word.start()].endswith("-"):
            return word.start()
        if not named or _FUNDER_KIND_WORD.fullmatch(text):
            continue
        following = words[position + 1].group() if position + 1 < len(words) else ""
        joins = _JOINING_WORD.fullmatch(text) and (
            following[:1].isupper()
            or _FUNDER_KIND_WORD.fullmatch(following)
            or _JOINING_WORD.fullmatch(following)
        )
        if not joins:
            return word.start()
    return len(who)


def _funded_by(claim: str, match: re.Match[str]) -> SponsorAssertion | None:
    who = match["who"]
    end = match.end()
    if match.re is _SPONSOR_CLAUSE:
        cut = _funder_end(who)
        who = re.sub(r"(?:\s+(?:and|or|&|of|for|the|in|on|at))+\s*$", "", who[:cut].rstrip())
        end = match.start("who") + len(who)
    elif _UNNAMED_FUNDING.fullmatch(who):
        return None  # "self-funded", "privately-funded": no funder the grant list could name
    country = lx.COUNTRY_NAME.search(who)
    kind = next((k for k, p in lx.SPONSOR_KINDS if p.search(who)), None)
    return SponsorAssertion(
        True,
        lx.COUNTRIES[country.group(1).lower()] if country else None,
        kind,
        _phrase(claim, match.start(), end),
    )


def _sponsors(claim: str) -> tuple[SponsorAssertion, ...]:
    found: list[SponsorAssertion] = []
    funded_spans: list[tuple[int, int]] = []
    for match in [*_SPONSOR_CLAUSE.finditer(claim), *_SPONSOR_BEFORE.finditer(claim)]:
        if _overlaps(match.span(), funded_spans):
            continue  # "Wellcome Trust-funded" read once, by the first pattern that finds it
        funded_spans.append(match.span())
        sponsor = _funded_by(claim, match)
        if sponsor is not None:
            found.append(sponsor)
    for match in _PROGRAMME_FUNDED.finditer(claim):
        if not _overlaps(match.span(), funded_spans):
            funded_spans.append(match.span())
            found.append(SponsorAssertion(True, None, None, _phrase(claim, *match.span())))
    for mention in place_mentions(claim):
        if _overlaps((mention.start, mention.end), funded_spans):
            continue
        end = mention.end
        if mention.place:
            end = _with_its_country(claim, end, mention.country)
        found.append(
            SponsorAssertion(
                False,
                mention.country,
                None,
                _phrase(claim, mention.start, end),
                mention.place,
            )
        )
    return tuple(found)


_COUNTRY_AFTER_PLACE: Final = re.compile(r",\s+(?P<country>[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2})")


def _with_its_country(claim: str, end: int, country: str | None) -> int:
    """Where a city's mention ends with its country said after it ("Pamplona, Spain"): only
    words that are that country ("Oxford, UK Biobank data": "UK", never "Biobank")."""
    match = _COUNTRY_AFTER_PLACE.match(claim, end)
    if match is None or country is None:
        return end
    words = list(re.finditer(r"\S+", match["country"]))
    for last in reversed(words):
        stop = match.start("country") + last.end()
        if country_named(claim[match.start("country") : stop]) == country:
            return stop
    return end


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
        human = not lx.ANIMAL_WORDS.search(text)
        terms = tuple(
            t.stem
            for t in terms_of(text)
            if not lx.HUMAN_WORDS.fullmatch(t.text) and not t.is_number
        )
        found.append(PopulationAssertion(human, terms, _phrase(claim, *match.span())))
    return tuple(found)


# --- quotes, negation, key terms ----------------------------------------------------------------

_QUOTED = re.compile(r'"([^"]{3,})"')


def _quotes(claim: str) -> tuple[Phrase, ...]:
    return tuple(_phrase(claim, *m.span(1)) for m in _QUOTED.finditer(claim))


_CLAIM_NEGATION = re.compile(
    r"\b(?:did|does|do|was|were|is|are|has|have|had|could|can|would|will)\s*(?:not|n't)\s+(?!only\b)"
    r"|\b(?:wasn't|weren't|isn't|aren't|didn't|doesn't|don't|hasn't|haven't|hadn't|couldn't|"
    r"won't|can't|cannot)\b"
    r"|\bfail(?:s|ed)?\s+to\b|\bneither\b"
    r"|\bno\s+(?:[\w-]+\s+){0,2}?(?:effects?|benefits?|improvements?|changes?|evidence|association|"
    r"differences?|increases?|decreases?|reductions?|impact|role|influence|risks?|link|"
    r"relationships?|correlations?|dependence|trends?|patterns?|signs?|responses?)\b"
    # "no more effective", "no more than midazolam did"; "no more than 10 mg" is a bound
    r"|\bno\s+(?:more|less)\b(?!\s+than\s+(?:[\d.]|(?:about|around|approximately|roughly|some|"
    r"one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|thirty|forty|fifty|"
    r"hundred|half)\b))|\bno\s+(?:better|longer\s+effective)\b"
    # "pose no real barrier", "offered no protection", "made no difference", "showed no sign"
    # (the match starts at "no", so a lookback for relative clauses sees the verb's subject)
    r"|(?<=\bposes\s)no\b|(?<=\bpose\s)no\b|(?<=\bposed\s)no\b|(?<=\boffer\s)no\b"
    r"|(?<=\boffers\s)no\b|(?<=\boffered\s)no\b|(?<=\bprovide\s)no\b|(?<=\bprovides\s)no\b"
    r"|(?<=\bprovided\s)no\b|(?<=\bmake\s)no\b|(?<=\bmakes\s)no\b|(?<=\bmade\s)no\b"
    r"|(?<=\bshow\s)no\b|(?<=\bshows\s)no\b|(?<=\bshowed\s)no\b|(?<=\bcause\s)no\b"
    r"|(?<=\bcauses\s)no\b|(?<=\bcaused\s)no\b|(?<=\bfound\s)no\b|(?<=\bgave\s)no\b"
    r"|(?<=\byielded\s)no\b|(?<=\bhas\s)no\b|(?<=\bhave\s)no\b|(?<=\bhad\s)no\b"
    # "have shown no antidepressant properties", "revealed no sign": "no" before any noun
    # phrase denies what the verb reports, except "no longer", "no more than", "no sooner"
    r"|(?:(?<=\bshown\s)|(?<=\brevealed\s)|(?<=\bexerted\s)|(?<=\bexert\s)"
    r"|(?<=\bexerts\s)|(?<=\bdisplayed\s)|(?<=\bexhibited\s)|(?<=\bproduced\s)"
    r"|(?<=\bdemonstrated\s))no\b(?!\s+(?:longer|more\s+than|less\s+than|"
    r"sooner|matter|doubt)\b)"
    r"|\b(?:virtually|almost|essentially|practically|little\s+(?:or|to))\s+no\b"
    # "No dose-response profile was seen", "there was no rise": nothing of the kind was found
    r"|(?:^|[,;:]\s*)no\s+(?:[\w-]+\s+){1,4}?(?:was|were|has\s+been|have\s+been|is|are)\s+"
    r"(?:\w+ly\s+)?(?:seen|observed|noted|found|detected|identified|evident|apparent|"
    r"documented|recorded)\b"
    # "no specific treatment exists", "no one drug works for everyone": nothing of the kind is
    r"|(?<!\bwith\s)\bno\s+(?:one\s+|single\s+)?(?:[\w-]+\s+){0,3}?(?:exists?|existed|works?|"
    r"worked|(?:is|are|was|were)\s+(?:currently\s+|yet\s+)?(?:available|known|approved))\b"
    # "there is currently no specific treatment", "there remains no evidence"
    r"|\bthere\s+(?:was|were|is|are|remains?|remained|exists?|existed)\s+"
    r"(?:(?:\w+ly|still|yet|as\s+yet|as\s+of\s+now)\s+)?no\b(?!\s+(?:longer|more\s+than|less\s+than)\b)"
    r"|\bnot\s+(?:more|better|effective|efficacious|significant\w*|associated|linked|superior|"
    r"helpful|beneficial|safe)\b",
    re.IGNORECASE,
)
_RELATIVE_BEFORE: Final = re.compile(r"\b(?:who|that|which|whom)\s+(?:\w+\s+)?$", re.IGNORECASE)
# "The review notes that no drug works": "that" after a reporting verb opens what is reported,
# not a relative clause.
_REPORTED_THAT: Final = re.compile(
    r"\b(?:notes?|noted|says?|said|reports?|reported|finds?|found|shows?|showed|shown|"
    r"concludes?|concluded|argues?|argued|states?|stated|warns?|warned|observes?|observed|"
    r"points?\s+out|pointed\s+out|stresses|stressed|emphasi[sz]es|emphasi[sz]ed)\s+that\s+$",
    re.IGNORECASE,
)
_DENIED_DESIGN: Final = re.compile(
    r"placebo[\s-]+(?:controll|control|group|arm)|randomi|blind|controll|open[\s-]label", re.I
)


# A denial reaches no further than its clause: in "did not help, while placebo worked" the
# placebo is the other arm, not a denied design.
_DENIAL_CLAUSE_END: Final = re.compile(r"[,;:]|\b(?:while|whereas|but|although|unlike)\b", re.I)


def _denial_reach(claim: str, match: re.Match[str]) -> str:
    after = claim[match.end() : match.end() + 30]
    end = _DENIAL_CLAUSE_END.search(after)
    return claim[match.start() : match.end()] + (after[: end.start()] if end else after)


_NEGATION_CUE: Final = re.compile(r"\bno\b|\bnot\b|n't|never|neither|fail|cannot", re.I)


def _negated(claim: str) -> bool:
    """The claim denies its statement ("did not improve", "had no effect", "no more effective").
    A denied design ("wasn't placebo-controlled") and a relative clause ("patients who did not
    respond") are not denials of the finding."""
    if not _NEGATION_CUE.search(claim):
        return False
    written = claim  # the comparison arm may be a lay design word ("sham treatment")
    # "with neither side knowing which" describes a blinded design, not a denial.
    for _, pattern in _LAY_DESIGNS:
        claim = pattern.sub(lambda m: " " * len(m.group()), claim)
    for match in _CLAIM_NEGATION.finditer(claim):
        if _DENIED_DESIGN.search(_denial_reach(claim, match)):
            continue
        if _RELATIVE_BEFORE.search(
            claim[max(0, match.start() - 25) : match.start()]
        ) and not _REPORTED_THAT.search(claim[max(0, match.start() - 40) : match.start()]):
            continue
        if _COMPARISON_ARM_BEFORE.search(claim[: match.start()]) and _ARM_RESULT.match(
            written, match.end()
        ):
            continue  # "fell by 14 points, against no change with placebo": the other arm
        if control_arm_before(claim, match.start()):
            continue  # "improved, while a saline drip did not help": the control arm's result
        return True
    return False


# "..., while a saline drip did not help", "but the placebo group did not": the comparison
# arm is the subject of the denial.
_CONTROL_ARM_SUBJECT: Final = re.compile(
    r"\b(?:while|whereas|but)\s+(?:(?:a|an|the|those|patients|people|"
    r"participants|subjects)\s+)?(?:(?:on|in|given|receiving|taking|after|with)\s+)?"
    r"(?:(?:a|an|the)\s+)?(?:[\w-]+\s+){0,1}?(?:placebo|saline|sham|control|vehicle|dummy)"
    r"(?:\s+(?:drip|infusion|injection|pill|tablet|group|arm|condition|treatment|"
    r"controls?|day|session))?\s+(?:\w+\s+){0,1}?$",
    re.IGNORECASE,
)


def control_arm_before(text: str, position: int) -> bool:
    """Whether the clause ending at ``position`` is about the comparison arm ("while a saline
    drip" before "did not help")."""
    return bool(_CONTROL_ARM_SUBJECT.search(text[max(0, position - 60) : position]))


_LAY_DESIGNS: Final = tuple(
    (key, re.compile(pattern, re.IGNORECASE)) for key, pattern in lx.LAY_DESIGN_WORDS
)
_COMPARISON_ARM_BEFORE: Final = re.compile(
    r"\b(?:against|versus|vs\.?|compared\s+with|while|whereas|but)\s*"
    r"(?:(?:showed|shows|had|has|saw|produced|gave|yielded|there\s+(?:was|were))\s+)?$",
    re.IGNORECASE,
)


def _excluded_spans(
    claim: str,
    designs: tuple[DesignAssertion, ...],
    journals: tuple[JournalAssertion, ...],
    years: tuple[YearAssertion, ...],
    comparators: tuple[Comparator, ...],
    quantities: tuple[ClaimQuantity, ...],
    sample_sizes: tuple[SampleSize, ...],
    sponsors: tuple[SponsorAssertion, ...],
) -> list[tuple[int, int]]:
    """Claim words other checks own: journal names, years, designs, comparators, numbers."""
    spans = [part for d in designs for part in _without_ranks(claim, d.phrase.start, d.phrase.end)]
    spans += [(j.phrase.start, j.phrase.end) for j in journals if not _bare_header(claim, j)]
    spans += [(y.phrase.start, y.phrase.end) for y in years]
    spans += [(c.phrase.start, c.phrase.end) for c in comparators]
    spans += [(_bound_start(claim, q), q.phrase.end) for q in quantities]
    spans += [
        (s.phrase.start, s.phrase.start + len(s.phrase.text.split()[0])) for s in sample_sizes
    ]
    spans += [(s.phrase.start, s.phrase.end) for s in sponsors]
    return spans


BARE_HEADER_END: Final = re.compile(r"\s*(?::|[-\u2013\u2014]\s)")


def _bare_header(claim: str, journal: JournalAssertion) -> bool:
    """ "Obesity: ..." - one word with nothing that makes it a citation (no year, no "paper"):
    it may be the slide's topic, so the support check must still find it (the record's own
    journal named so is left out by the record index instead)."""
    return (
        len(journal.name.split()) == 1
        and not claim[: journal.phrase.start].strip()
        and bool(BARE_HEADER_END.match(claim, journal.phrase.end))
    )


# "the first double-blind trial", "the largest RCT": the rank is a claim about the work that
# only the record's own words can back, so the design check does not own it.
_RANK_IN_DESIGN: Final = re.compile(
    r"(?<![\w-])(?:first|only|sole|largest|biggest|smallest|earliest|longest|shortest|"
    r"definitive|landmark|pivotal)(?![\w-])",
    re.IGNORECASE,
)


def _without_ranks(claim: str, start: int, end: int) -> list[tuple[int, int]]:
    parts, at = [], start
    for rank in _RANK_IN_DESIGN.finditer(claim, start, end):
        parts.append((at, rank.start()))
        at = rank.end()
    parts.append((at, end))
    return [(a, b) for a, b in parts if b > a]


_BOUND_BEFORE: Final = re.compile(
    r"(?:(?:greater|more|less|fewer|higher|lower)\s+than|at\s+least|at\s+most|up\s+to|over|under|"
    r"nearly|almost|about|around|approximately|roughly|close\s+to|just\s+(?:over|under)|"
    r"(?:a\s+little|slightly|a\s+(?:tad|bit))\s+(?:over|under|more\s+than|less\s+than|above|below)|"
    r"just\s+(?:shy|short)\s+of|well\s+(?:over|under)|some)\s*[(]?\s*$",
    re.IGNORECASE,
)


def _bound_start(claim: str, quantity: ClaimQuantity) -> int:
    """Where bound wording ("greater than") just before a quantity starts."""
    before = claim[max(0, quantity.phrase.start - 30) : quantity.phrase.start]
    match = _BOUND_BEFORE.search(before)
    return quantity.phrase.start - (len(before) - match.start()) if match else quantity.phrase.start


# Vague nouns that fold into a meaningful stem ("effects" -> efficacy) but add nothing there.
_VAGUE: Final = frozenset({"effect", "effects", "action", "actions"})

_FILLER_PHRASES: Final = re.compile(
    r"\b(?:over|during)\s+the\s+course\s+of\b|\bfor\s+a\s+period\s+of\b|\ba\s+total\s+of\b"
    r"|\bpotential\s+(?=to\b)"
    # "Way back in 1990, ...": how long ago, said of the year the year check owns
    r"|\b(?:way\s+)?back\s+(?=in\s+(?:the\s+(?:early|mid|late)[\s-]+)?(?:19|20)\d\d)"
    # "the review presents X as Y", "portrays it as": how a source frames a point, not the point
    r"|\b(?:present(?:s|ed)|portray(?:s|ed)?|depict(?:s|ed)?|frame[sd]?|tout(?:s|ed)?|"
    r"pitch(?:es|ed)?|bill(?:s|ed)?|hail(?:s|ed)?)\b(?=[^.;:]{1,80}?\bas\b)"
    # "Old but still relevant: ...", "dated but worth reading": a judgement of the work's age
    r"|\b(?:old|older|dated|oldie)\s+but\s+(?:still\s+)?(?:relevant|useful|important|valid|"
    r"worth\s+(?:a\s+)?(?:reading|read|citing|knowing))\b"
    r"|\b(?:the|this|that|these|such)\s+(?:drugs?|compounds?|medications?|medicines?|substances?|agents?)\b",
    re.IGNORECASE,
)


def _key_terms(
    claim: str,
    excluded: list[tuple[int, int]],
    comparisons: tuple[ComparisonAssertion, ...] = (),
) -> tuple[Term, ...]:
    superlatives = _superlative_concepts(claim, comparisons)
    superlatives.update(_everyday_change_concepts(claim))
    excluded = excluded + [m.span() for m in _FILLER_PHRASES.finditer(claim)]
    folded = _abbreviation_definitions(claim)
    excluded = excluded + [span for span, _ in folded]
    defined = {short: concepts for _, (short, concepts) in folded}
    terms: dict[str, Term] = {}
    all_terms = terms_of(claim)
    joined = _hyphen_compounds(claim, all_terms)
    scoped = _scope_terms(claim)
    wording = [m.span() for m in _REPORTED_RECENTLY.finditer(claim)]
    wording += [(t.start, t.end) for t in scoped]
    conditions = [m.span("word") for m in _AFTER_SINGLE.finditer(claim)]
    for term in all_terms:
        if term.is_number or _overlaps((term.start, term.end), excluded + wording):
            continue
        surface = term.text.lower()
        if _overlaps((term.start, term.end), conditions):
            pass  # "responded after a single infusion": the condition the result needed
        elif (
            term.stem in _NON_CONTENT_STEMS or surface in lx.NON_CONTENT_WORDS or surface in _VAGUE
        ):
            continue
        if surface in _LAST_VERBS or (
            surface == "lasting"
            and (
                _DURATION_AFTER.match(claim, term.end)
                or _DURATION_BEFORE.search(claim, 0, term.start)
            )
        ):
            continue  # "lasted up to a week": the duration is the quantity check's
        if _PROFESSION.fullmatch(surface):
            continue  # "Italian physicists", "pharmacologists report": who wrote it, not what
        if surface in defined:
            term = replace(term, concepts=term.concepts | defined[term.text.lower()])
        if term.start in joined:
            term = replace(term, concepts=term.concepts | joined[term.start])
        if term.start in superlatives:
            term = replace(term, concepts=term.concepts | superlatives[term.start])
        terms.setdefault(term.stem, term)
    for term in scoped:
        terms.setdefault(term.stem, term)
    return tuple(sorted(terms.values(), key=lambda t: t.start))


def _scope_terms(claim: str) -> list[Term]:
    """Words of scope ("all 20 patients", "in women only", "kept improving") as key terms: the
    evidence has to say the same scope (index.scope_marks reads it in record sentences too)."""
    return [
        Term(mark.text, mark.concept, mark.start, mark.end, False, frozenset({mark.concept}))
        for mark in scope_marks(claim)
    ]


# "after a single infusion": the result came from one dose, which "after repeated infusions"
# contradicts. Elsewhere ("a single dose of ketamine lowered scores") "single" is wording.
_AFTER_SINGLE: Final = re.compile(
    r"\b(?:after|following|from|with)\s+(?:just\s+|only\s+)?(?:a|one)\s+(?P<word>single)\b",
    re.IGNORECASE,
)
# "lasted two weeks", "the effect lasts": the duration says how long, and the quantity check
# judges it. "Lasting effects" without a duration claims durability itself.
_LAST_VERBS: Final = frozenset({"last", "lasts", "lasted"})
_DURATION_AFTER: Final = re.compile(
    r"\s+(?:for|up\s+to|about|around|roughly|approximately|as\s+long\s+as|at\s+least|over|"
    r"beyond|into|through|until|till|several|some|a|an|one|\d|weeks?|days?|months?|hours?|"
    r"years?)\b",
    re.IGNORECASE,
)
_DURATION_BEFORE: Final = re.compile(
    r"\b(?:hours?|days?|weeks?|months?|years?)\s+of\s+$", re.IGNORECASE
)
# "a recent study", "recently published", "have recently shown": when the research was done,
# which the year check reads; "only recently come into use" is a claim about the world.
_REPORTED_RECENTLY: Final = re.compile(
    r"\brecent(?:ly)?\s+(?:[\w-]+\s+)?(?:stud(?:y|ies)|research|reviews?|trials?|work|papers?|"
    r"reports?|evidence|findings|data|analys[ie]s|meta-analys[ie]s|surveys?|experiments?|"
    r"publications?|articles?|literature|investigations?|advances?|years|decades)\b"
    r"|\brecently(?:\s+been)?\s+(?:published|reported|shown|found|demonstrated|described|"
    r"discovered|suggested|showed|proposed|reviewed|identified|observed|revealed|conducted)\b"
    r"|\b(?:researchers|scientists|studies|authors|investigators|trials)\s+(?:have\s+)?recently\b",
    re.IGNORECASE,
)


def _superlative_concepts(
    claim: str, comparisons: tuple[ComparisonAssertion, ...]
) -> dict[int, frozenset[str]]:
    """A comparative against "any other" is a superlative: "better than any other threshold"
    says "the best threshold", so the comparative word also carries its superlative."""
    found: dict[int, frozenset[str]] = {}
    for comparison in comparisons:
        word = claim[comparison.cue.start : comparison.cue.end].split()[0].lower()
        if comparison.any_other and word in _SUPERLATIVE_OF:
            found[comparison.cue.start] = frozenset(t.stem for t in terms_of(_SUPERLATIVE_OF[word]))
    return found


def _everyday_change_concepts(claim: str) -> dict[int, frozenset[str]]:
    """Everyday verbs of change ("climbed", "soared", "plummeted") mean what "increased" and
    "decreased" mean, so they meet (and oppose) the record's words for those."""
    found: dict[int, frozenset[str]] = {}
    for pattern, meaning in ((RISE_WORDS, _INCREASED), (FALL_WORDS, _DECREASED)):
        for match in pattern.finditer(claim):
            found[match.start()] = meaning
    for match in _DENIED_CHANGE.finditer(claim):
        word = next(name for name in ("word", "word2", "word3") if match[name])
        found[match.start(word)] = _UNCHANGED
    return found


_INCREASED: Final = terms_of("increased")[0].concepts
_DECREASED: Final = terms_of("decreased")[0].concepts
# "did not change", "has not altered", "no change in": what the record's "unchanged",
# "unaffected" and "unaltered" say.
_DENIED_CHANGE: Final = re.compile(
    r"\b(?:did|does|do|has|have|had|was|were|is|are)\s*(?:not|n't)\s+(?:\w+ly\s+)?(?:been\s+)?"
    r"(?P<word>chang(?:e|es|ed)|alter(?:s|ed)?|affect(?:s|ed)?|modif(?:y|ies|ied))\b"
    r"|\b(?:didn't|doesn't|don't|hasn't|haven't|wasn't|weren't)\s+(?:\w+ly\s+)?(?:been\s+)?"
    r"(?P<word2>chang(?:e|es|ed)|alter(?:s|ed)?|affect(?:s|ed)?|modif(?:y|ies|ied))\b"
    r"|\b(?:neither|never|nor|no)\b(?:\s+[\w-]+){0,3}?\s+(?P<word3>changed|altered|affected|"
    r"modified)\b",
    re.IGNORECASE,
)
_UNCHANGED: Final = frozenset(c for c in terms_of("unchanged")[0].concepts if c[0] != "~")


# Reporting professions: the people who did the work, which the place and funder checks read.
_PROFESSION: Final = re.compile(r"[a-z]+(?:ologists?|icists?|icians?|scientists?|chemists?)")


def _hyphen_compounds(claim: str, terms: list[Term]) -> dict[int, frozenset[str]]:
    """A hyphenated word ("multi-compartment") is also one solid word: both parts carry its stem,
    so a record that writes it solid ("multicompartments") matches them."""
    found: dict[int, frozenset[str]] = {}
    for first, second in pairwise(terms):
        if claim[first.end : second.start] != "-" or first.is_number or second.is_number:
            continue
        solid = terms_of(first.text + second.text)
        if len(solid) != 1:
            continue
        concepts = frozenset({solid[0].stem})
        found[first.start] = found.get(first.start, frozenset()) | concepts
        found[second.start] = found.get(second.start, frozenset()) | concepts
    return found


def _abbreviation_definitions(
    claim: str,
) -> list[tuple[tuple[int, int], tuple[str, frozenset[str]]]]:
    """Long forms the claim itself defines ("... gated cationic (HCN1)"): the abbreviation
    stands for them, so its long-form words are not demanded one by one."""
    found = []
    for short, long_form in find_abbreviations(claim).items():
        paren = re.search(rf"\(\s*{re.escape(short)}s?\s*\)", claim, re.IGNORECASE)
        if paren is None:
            continue
        words = list(re.finditer(r"[^\W_]+", claim[: paren.start()]))
        count = len(long_form.split())
        taken = words[-count:] if count <= len(words) else words
        if not taken:
            continue
        span = (taken[0].start(), taken[-1].end())
        concepts = frozenset(long_form_stems(long_form))
        found.append((span, (short, concepts)))
    return found


# Words that say research exists or how sure it is, not what it found: the metadata and
# certainty checks read them; qualitative support must not demand them from the abstract.
_EXTRA_NON_CONTENT: Final = """
    ORs RRs HRs
    published publish publication journal journals according year years proven prove proves
    proved established confirm confirmed confirms well-documented documented definitive
    definitively conclusive conclusively significant significantly statistically early-stage
    early stage previous previously linked above-linked meta-study
    meta-analysis systematic randomized randomised double-blind double-blinded blinded
    placebo-controlled controlled open-label crossover cohort protocol looked examined
    investigated investigate analyzed analysed evaluated showed shown show shows finding
    reviewers researchers scientists experts doctors compare compared comparing comparison
    therapy therapies treatment treatments use used provide provides provided help helps
    helped experience experienced experiences achieve achieved achieves due make made take
    enrolled enrol enroll recruited completed participated produce produced produces elicit
    elicited elicits yield yielded yields resulted result results generate generated
    exhibit exhibited exhibits include includes including took part sponsor sponsored funded
    funding financed came come comes coming need needed needs appear
    appeared appears call called calls cover covers covered take takes get got keep kept
    seem seemed remain remained become became occur occurred happen happened went see saw
    seen put tend tended allow allowed mean means involve involved require required
    analysis analyses average overall whole receive received receiving given administer
    administered administering
    taken lead leads led far back additional further extra overall treat treats treating
    treated associated association linked related relationship correlated involved
    implicated described describe describes referenced reference mentioned cited applied
    apply applying single biological biologic pool pooled pooling
"""
# Word by word: joined into one text, neighbours in a set's (hash-seeded) order could read as a
# phrase ("ample evidence") and make a phrase's stem non-content in some runs only.
_NON_CONTENT_STEMS: Final = frozenset(
    t.stem
    for word in sorted({*lx.NON_CONTENT_WORDS, *_EXTRA_NON_CONTENT.split()})
    for t in terms_of(word)
)


# --- helpers ----------------------------------------------------------------------------------


def _phrase(text: str, start: int, end: int) -> Phrase:
    return Phrase(text[start:end], start, end)


def _overlaps(span: tuple[int, int], spans: list[tuple[int, int]]) -> bool:
    return any(span[0] < end and start < span[1] for start, end in spans)
