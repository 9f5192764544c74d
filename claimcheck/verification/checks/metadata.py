"""Year and journal: what the claim says about where and when the cited work appeared.

Year: a claim's publication year ("a 2019 review", "a trial from 2020", "as far back as the
year 2000") must equal the record's print year or its electronic (ArticleDate) year; either is
accepted because articles commonly appear online a year before the issue.

Journal: a claimed name matches the record's journal title, ISO abbreviation or MEDLINE
abbreviation after normalising case, "&"/"and", "the", a subtitle after ":", a parenthesised
place ("(Oxford, England)"), and abbreviation prefixes ("Anesth Analg" ~ "Anesthesia and
Analgesia").
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, replace
from typing import Final

from claimcheck.pubmed.model import PubMedRecord
from claimcheck.report.model import Finding, FindingKind, Verdict
from claimcheck.verification import lexicon as lx
from claimcheck.verification.assertions import (
    BARE_HEADER_END,
    BARE_JOURNALS,
    JOURNAL_ABBREVIATIONS,
    JOURNAL_NAME_WORDS,
    ONLY_JOURNAL_NAMES,
    Assertions,
    JournalAssertion,
    Phrase,
    WorkplacePart,
    YearAssertion,
    author_team_counts,
    clause_bounds,
    header_journal,
    not_a_journal,
    workplace_words,
)
from claimcheck.verification.checks.common import (
    metadata_evidence,
    quoted,
    record_vocabulary,
    sentence_evidence,
)
from claimcheck.verification.checks.quantities import WEAK_CONTEXT
from claimcheck.verification.index import IndexedSentence, RecordIndex, terms_between
from claimcheck.verification.places import countries_in, places_in
from claimcheck.verification.quantities import find_years

_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def check_metadata(
    assertions: Assertions, record: PubMedRecord, index: RecordIndex
) -> list[Finding]:
    # where each year's digits stand ("Gut, 2017" is read as one phrase from the journal's name)
    known = {y.phrase.start + max(y.phrase.text.rfind(str(y.year)), 0) for y in assertions.years}
    cited = tuple(y for y in header_years(assertions.text) if y.phrase.start not in known)
    years = tuple(y for y in assertions.years if not dates_other_work(assertions.text, y))
    assertions = replace(assertions, years=tuple(sorted(years + cited, key=_at)))
    findings = [year_finding(y, record) for y in assertions.years]
    findings += [year_finding(y, record) for y in reported_years(assertions)]
    header = header_journal(assertions.text)
    for journal in assertions.journals:
        finding = journal_finding(journal.name, record, claim_words=journal.phrase.text)
        if journal == header and _header_topic(assertions.text, finding, journal, record, index):
            continue
        if _ADJECTIVE_OF_WORK.match(assertions.text, journal.phrase.end) and _adjective_topic(
            finding, journal, record, index
        ):
            continue
        findings.append(finding)
    findings += event_year_findings(assertions, index, published_in=_publication_years(record))
    judged = tuple((j.phrase.start, j.phrase.end) for j in assertions.journals)
    findings += header_findings(assertions.text, record, index, judged)
    findings += prose_author_findings(assertions.text, record, index, judged)
    findings += [f for w in assertions.workplaces if (f := workplace_finding(w, record))]
    return findings


def workplace_finding(workplace: Phrase, record: PubMedRecord) -> Finding | None:
    """A workplace the claim names ("an Italian physics department", "a sports medicine centre
    in Pamplona"): its field ("physics", "medicine") must be in an author affiliation, and a
    word before the field ("sports") there or in the record's text (the country is the sites
    check's). Its topic words ("a schizophrenia clinic") are finding words, the support
    check's. A record without affiliations must still name the field somewhere, or the claim
    says who did the work from nothing the record holds."""
    parts = workplace_words(workplace.text)
    fields = [_workplace_word(m) for m, p in parts if p is WorkplacePart.FIELD]
    modifiers = [_workplace_word(m) for m, p in parts if p is WorkplacePart.MODIFIER]
    if not fields:
        return None
    affiliations = [a for author in record.authors for a in author.affiliations]
    text = " ".join(p for p in (record.title, record.abstract_text) if p)
    said = {t.lower() for t in re.findall(r"[\w-]+", text)}
    if not affiliations:
        missing = [w for w in modifiers + fields if not _names_word(said, w)]
        if not missing:
            return None
        return Finding(
            kind=FindingKind.COUNTRY,
            verdict=Verdict.NOT_IN_SOURCE,
            message=f"the claim places the authors in {_a(workplace.text)}, but the record lists "
            f"no affiliations and never names {', '.join(missing)}",
            claim_says=workplace.text,
            confidence=0.6,
        )
    tokens = {t.lower() for a in affiliations for t in re.findall(r"[\w-]+", a)}
    missing = [w for w in fields if not _names_word(tokens, w)]
    missing += [w for w in modifiers if not (_names_word(tokens, w) or _names_word(said, w))]
    listed = "; ".join(dict.fromkeys(affiliations))[:300]
    if not missing:
        named = [w for w in modifiers + fields if _names_word(tokens, w)]
        return Finding(
            kind=FindingKind.COUNTRY,
            verdict=Verdict.SUPPORTED,
            message=f"an author affiliation names {' '.join(named)}",
            claim_says=workplace.text,
            source_says=listed,
            evidence=metadata_evidence(listed, "affiliations"),
        )
    return Finding(
        kind=FindingKind.COUNTRY,
        verdict=Verdict.METADATA_MISMATCH,
        message=f"the claim places the authors in {_a(workplace.text)}, but no author "
        f"affiliation names {', '.join(missing)}",
        claim_says=workplace.text,
        source_says=listed,
        evidence=metadata_evidence(listed, "affiliations"),
        confidence=0.7,
    )


def _a(text: str) -> str:
    return f"{'an' if text[:1].lower() in 'aeiou' else 'a'} {text}"


def _workplace_word(match: re.Match[str]) -> str:
    return match.group().lower().strip(".,'")


def _names_word(tokens: set[str], word: str) -> bool:
    """Whether a word is among the tokens, by its first five letters ("psychiatric" names
    psychiatry)."""
    return any(t.startswith(word[:5]) for t in tokens)


def _header_topic(
    assertions_text: str,
    finding: Finding,
    journal: JournalAssertion,
    record: PubMedRecord,
    index: RecordIndex,
) -> bool:
    """A header that names no journal of the record as one bare word that is also a subject
    ("Obesity: ...", "Toxicology: ...") or in words all the record's own ("Brain Research
    findings: ..."): a slide's topic, not a citation (the support check then demands the word).
    A year or a work noun ("Obesity 2019:", "Pain paper:") keeps it a citation, and so does a
    name that is only a journal's ("Lancet:", "Neuron:")."""
    if finding.verdict is not Verdict.METADATA_MISMATCH:
        return False
    if not BARE_HEADER_END.match(assertions_text, journal.phrase.end):
        return False  # "Neuron 2020:", "Pain paper:": a year or a work noun makes it a citation
    words = [w.lower().strip(".,") for w in journal.name.split()]
    if len(words) == 1 and words[0] not in ONLY_JOURNAL_NAMES:
        return True
    if any(w in JOURNAL_ABBREVIATIONS for w in words):
        return False
    terms = [t for t in terms_between(journal.name, 0, len(journal.name)) if not t.is_number]
    vocabulary = record_vocabulary(record, index)
    return bool(terms) and all(t.concepts & vocabulary for t in terms)


# "A 2019 Cancer study": the name stands before the work it describes ("a review in
# Neuropharmacology" names where it appeared, never a topic).
_ADJECTIVE_OF_WORK: Final = re.compile(
    r"\s+(?:[\w-]+\s+)?(?:study|studies|trial|trials|review|paper|analysis|report|article|"
    r"survey|cohort|meta-analysis|experiment)\b",
    re.IGNORECASE,
)


def _adjective_topic(
    finding: Finding, journal: JournalAssertion, record: PubMedRecord, index: RecordIndex
) -> bool:
    """ "A 2019 Cancer study" on a record about cancer: a one-word journal name that is also
    the record's own subject may name the topic, so a mismatch is not claimed on it (names
    only journals carry, "Lancet", and names with a journal's word, "Brain", still count)."""
    if finding.verdict is not Verdict.METADATA_MISMATCH or " " in journal.name:
        return False
    word = journal.name.lower().strip(".,")
    if word in ONLY_JOURNAL_NAMES or word in JOURNAL_NAME_WORDS:
        return False
    terms = [t for t in terms_between(journal.name, 0, len(journal.name)) if not t.is_number]
    vocabulary = record_vocabulary(record, index)
    return bool(terms) and all(t.concepts & vocabulary for t in terms)


def _at(year: YearAssertion) -> int:
    return year.phrase.start


# "studies published from 2000 up to early 2017", "trials dating back to 1995": years of the
# works a review covered, not the review's own: left to the event-year check.
_OTHER_WORK_BEFORE: Final = re.compile(
    r"\b(?:studies|trials|articles|papers|reports|publications|records|literature|research)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:published|dat(?:ed|ing)|appearing|released|issued)?\s*"
    r"(?:from|between|since|after|before|back\s+to)\s+(?:(?:early|mid|late)[\s-]+)?$",
    re.IGNORECASE,
)


def dates_other_work(claim: str, year: YearAssertion) -> bool:
    """Whether the claim's year dates the works a review covered rather than the review."""
    digits = re.search(r"\d{4}", year.phrase.text)
    at = year.phrase.start + (digits.start() if digits else 0)
    return bool(_OTHER_WORK_BEFORE.search(claim, max(0, at - 80), at))


# --- years of events in the work: "blood taken in 1993-1997" ----------------------------------
#
# A claim's year that is not the publication year dates something the work did: enrolment,
# sample collection, a search. The record sentence that tells the same event (most of the
# claim's words around the year) must give the same years; a record that gives those years to
# another event ("pesticide use obtained at enrolment (1993-1997)", "serum collected in
# 2010-2013") contradicts a claim of "blood taken in 1993-1997".

_YEAR_RUN_GAP: Final = 12  # characters between the years of one range ("1993-1997", "2001 to 2005")
_EVENT_WORDS: Final = 2  # claim words the other event's sentence must share at least


# "..., Anesthesia & Analgesia reported in 2019", "the team wrote in 1986": a year that a
# reporting verb introduces dates the report itself, the publication.
# "self-reported at enrolment in 1993" is how the data were gathered, not a report.
_REPORTED_IN: Final = re.compile(
    r"(?<![\w-])(?:reported|reporting|published|publishing|wrote|writing|appeared|announced)\s+"
    r"(?:[\w&,'.-]+\s+){0,6}?in\s+(?:the\s+year\s+)?$",
    re.IGNORECASE,
)


# "Back in 2006, physicists showed off a method": a year opening the claim, then who showed,
# reported or described what, dates the showing, which is the publication.
_OPENING_IN: Final = re.compile(r"\s*(?:(?:way\s+)?back\s+)?in\s+", re.IGNORECASE)
_THEN_SHOWED: Final = re.compile(
    r"\s*,\s*(?:[\w'-]+\s+){1,5}?(?:showed|reported|demonstrated|described|presented|"
    r"introduced|proposed|published|unveiled|showcased)\b",
    re.IGNORECASE,
)


def reported_years(assertions: Assertions) -> list[YearAssertion]:
    claim = assertions.text
    known = {y.phrase.start for y in assertions.years} | {
        m for y in assertions.years for m in range(y.phrase.start, y.phrase.end)
    }
    found = []
    for year, start, end in find_years(claim):
        if start in known or end - start != 4:
            continue
        if _REPORTED_IN.search(claim, max(0, start - 80), start) or (
            _OPENING_IN.fullmatch(claim, 0, start) and _THEN_SHOWED.match(claim, end)
        ):
            found.append(YearAssertion(year, Phrase(claim[start:end], start, end)))
    return found


def event_year_findings(
    assertions: Assertions, index: RecordIndex, *, published_in: frozenset[int] = frozenset()
) -> list[Finding]:
    claim = assertions.text
    published = [(y.phrase.start, y.phrase.end) for y in assertions.years]
    published += [(y.phrase.start, y.phrase.end) for y in reported_years(assertions)]
    years = [
        (year, start, end) for year, start, end in _event_years(claim)
        if not any(a <= start < b for a, b in published)
    ]  # fmt: skip
    findings = []
    runs = _year_runs(years)
    for run in runs:
        others = [({year for year, _, _ in r}, r[0][1]) for r in runs if r is not run]
        finding = _judge_event_years(claim, run, index, published_in, others)
        if finding is not None:
            findings.append(finding)
    return findings


# "in the mid-1990s", "the early 2000s", "the 1980s": a decade, or the part of it named.
_DECADE: Final = re.compile(
    r"\b(?:(?P<part>early|mid|late)[\s-]+)?(?P<decade>(?:19|20)\d0)'?s\b", re.IGNORECASE
)
_DECADE_PART: Final = {"early": range(0, 4), "mid": range(3, 8), "late": range(6, 10)}


def _event_years(claim: str) -> list[tuple[int, int, int]]:
    """The claim's years, a decade standing for each of its years (or those of the part named):
    "joined in the mid-1990s" dates the joining to 1993-1997 as well as any year inside."""
    decades = list(_DECADE.finditer(claim))
    years = [
        (year, start, end)
        for year, start, end in find_years(claim)
        if not any(m.start() <= start < m.end() for m in decades)
    ]
    for m in decades:
        part = _DECADE_PART.get((m["part"] or "").lower(), range(10))
        years += [(int(m["decade"]) + offset, m.start(), m.end()) for offset in part]
    return sorted(years, key=lambda y: (y[1], y[0]))


def _year_runs(years: list[tuple[int, int, int]]) -> list[list[tuple[int, int, int]]]:
    runs: list[list[tuple[int, int, int]]] = []
    for year in years:
        if runs and year[1] - runs[-1][-1][2] <= _YEAR_RUN_GAP:
            runs[-1].append(year)
        else:
            runs.append([year])
    return runs


def _judge_event_years(
    claim: str,
    run: list[tuple[int, int, int]],
    index: RecordIndex,
    published_in: frozenset[int],
    other_runs: list[tuple[set[int], int]] | None = None,
) -> Finding | None:
    claimed = {year for year, _, _ in run}
    c_start, c_end = clause_bounds(claim, run[0][1])
    event = [
        t for t in terms_between(claim, c_start, c_end)
        if not t.is_number and t.stem not in WEAK_CONTEXT
    ]  # fmt: skip
    same_best, other_best = -1, 0
    other: tuple[IndexedSentence, set[int]] | None = None
    searching = bool(_SEARCH_WORDS.search(claim, c_start, c_end))
    for sentence in index.sentences:
        stated = {year for year, _, _ in find_years(sentence.text)}
        if not stated:
            continue
        shared = sum(1 for t in event if t.concepts & sentence.concepts)
        if searching and _SEARCHED.search(sentence.text):
            shared += _EVENT_WORDS  # both date a literature search, the one a review ran
        if stated & claimed:
            same_best = max(same_best, shared)
        elif _dated_in_order(claim, run, sentence, stated, index, other_runs or []):
            continue  # the claim itself gives these years to the event they date
        elif shared > other_best:
            other_best, other = shared, (sentence, stated)
    # Years the record never gives need one word of the event to be placed; years it gives to
    # another event need the claim's event told more fully elsewhere.
    needed = 1 if same_best < 0 else _EVENT_WORDS
    if same_best < 0 and (other is None or other_best < needed):
        if _DECADE.fullmatch(claim, run[0][1], run[-1][2]):
            return None  # "since the 1990s" sets a scene more often than it dates an event
        return _undated(claim, run, published_in)
    if other is None or other_best < needed or other_best <= same_best:
        return None
    sentence, stated = other
    written = claim[run[0][1] : run[-1][2]]
    given = "-".join(str(y) for y in sorted(stated))
    return Finding(
        kind=FindingKind.YEAR,
        verdict=Verdict.CONTRADICTED,
        message=f"the claim dates this to {written}, but the abstract gives {given} for it: "
        f"\u201c{quoted(sentence.text)}\u201d",
        claim_says=written,
        source_says=quoted(sentence.text),
        evidence=sentence_evidence(sentence, extra=[str(y) for y in sorted(stated)]),
        confidence=0.7,
    )


def _dated_in_order(
    claim: str,
    run: list[tuple[int, int, int]],
    sentence: IndexedSentence,
    stated: set[int],
    index: RecordIndex,
    other_runs: list[tuple[set[int], int]],
) -> bool:
    """The claim gives the sentence's years to another event it dates, and tells its events in
    the record's order ("use reported at enrolment in 1993-1997, serum collected in 2010-2013"):
    each date is its own event's, the sentence no rival date. Dates told in the other order
    may be swapped, and stay rivals."""
    claimed = {year for year, _, _ in run}
    own_at = [
        s.position for s in index.sentences if claimed & {y for y, _, _ in find_years(s.text)}
    ]
    return any(
        stated <= years
        and own_at
        and all((at < run[0][1]) == (sentence.position < own) for own in own_at)
        and sentence.position not in own_at
        for years, at in other_runs
    )


# "searched four databases up to March 2019": the end of a review's search.
_SEARCH_WORDS: Final = re.compile(
    r"\b(?:search\w*|comb(?:ed|ing)|scour\w*|trawl\w*|databases?|literature)\b", re.I
)
# "up to January 2017", "until late 2019", "since 2010": the date of an event, never the
# publication's, even in the year the work appeared.
_EVENT_DATE: Final = re.compile(
    r"(?:\b(?:up\s+to|through|until|till|since|between|by)\s+(?:(?:early|mid|late)[\s-]+)?"
    r"(?:(?:the\s+)?(?:end|start|beginning)\s+of\s+)?(?:[A-Z][a-z]+\s+(?:\d{1,2},?\s+)?)?"
    r"|\b(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December)\s+(?:\d{1,2},?\s+)?)$"
)
_SEARCHED: Final = re.compile(r"\bsearch(?:ed|es|ing)?\b", re.I)


def _undated(
    claim: str, run: list[tuple[int, int, int]], published_in: frozenset[int]
) -> Finding | None:
    """A date the record never gives ("searched up to January 2017" when the abstract gives
    no search dates) is a figure the source does not back. The publication year is left to
    the year check: a claim may date the work by it in words no pattern reads."""
    dated = _EVENT_DATE.search(claim, max(0, run[0][1] - 40), run[0][1])
    if not dated and any(year in published_in for year, _, _ in run):
        return None
    written = claim[run[0][1] : run[-1][2]]
    return Finding(
        kind=FindingKind.YEAR,
        verdict=Verdict.NOT_IN_SOURCE,
        message=f"the abstract gives no date for the claim's {written}",
        claim_says=written,
        confidence=0.6,
    )


# --- year -------------------------------------------------------------------------------------


def _publication_years(record: PubMedRecord) -> frozenset[int]:
    return frozenset(y for y in (record.year, record.epub_year, *_range_years(record)) if y)


def publication_dates(record: PubMedRecord) -> str:
    parts = []
    if record.pub_date.year:
        month = record.pub_date.month
        label = f"{record.pub_date.year}" + (f" {_MONTHS[month - 1]}" if month else "")
        parts.append(f"published {label}")
    for date in record.article_dates:
        if date.year:
            month = f" {_MONTHS[date.month - 1]}" if date.month else ""
            day = f" {date.day}" if date.month and date.day else ""
            parts.append(f"e-published {date.year}{month}{day}")
            break
    return "; ".join(parts)


_YEAR_IN_RAW: Final = re.compile(r"\b(?:1[89]|20)\d\d\b")


def _range_years(record: PubMedRecord) -> list[int]:
    """An issue dated "1998 Dec-1999 Jan" (a MedlineDate) appeared in both years."""
    raw = record.pub_date.raw or ""
    return [int(y) for y in _YEAR_IN_RAW.findall(raw)]


def year_finding(claim: YearAssertion, record: PubMedRecord) -> Finding:
    years = sorted({y for y in (record.year, record.epub_year, *_range_years(record)) if y})
    dates = publication_dates(record)
    if not years:
        return Finding(
            kind=FindingKind.YEAR,
            verdict=Verdict.NOT_IN_SOURCE,
            message=f"the record gives no publication year to compare with {claim.year}",
            claim_says=claim.phrase.text,
            confidence=0.5,
        )
    evidence = metadata_evidence(dates, "pub_date", [str(y) for y in years])
    if claim.year in years:
        return Finding(
            kind=FindingKind.YEAR,
            verdict=Verdict.SUPPORTED,
            message=f"the record was {dates}, matching {claim.year}",
            claim_says=claim.phrase.text,
            source_says=dates,
            evidence=evidence,
        )
    return Finding(
        kind=FindingKind.YEAR,
        verdict=Verdict.METADATA_MISMATCH,
        message=f"the claim dates the work {claim.year}, but the record was {dates}",
        claim_says=claim.phrase.text,
        source_says=dates,
        evidence=evidence,
        confidence=0.95,
    )


# --- journal ----------------------------------------------------------------------------------

_PLACE = re.compile(r"\([^)]*\)")
_NON_WORD = re.compile(r"[^\w&]+")
_FILLER = frozenset({"the", "of", "and", "&", "journal", "in", "for", "on", "de"})


def _words(name: str) -> list[str]:
    name = _PLACE.sub(" ", name.split(" : ")[0].split(": ")[0])
    return [w for w in _NON_WORD.split(name.lower().replace("&", " and ")) if w]


def _core(words: list[str]) -> list[str]:
    return [w for w in words if w not in _FILLER]


def journal_names(record: PubMedRecord) -> list[str]:
    journal = record.journal
    names = [journal.title, journal.iso_abbreviation, journal.medline_ta]
    if record.book and record.book.book_title:
        names.append(record.book.book_title)
    return [n for n in dict.fromkeys(names) if n]


def names_match(claimed: str, official: str) -> bool:
    """Same journal: equal core words, or one is the other's abbreviation word by word."""
    a, b = _core(_words(claimed)), _core(_words(official))
    if not a or not b:
        return False
    if a == b:
        return True
    # "Journal of Neuroscience" -> "J Neurosci": keep "journal" when abbreviating.
    a_full, b_full = _words(claimed), _words(official)
    for long, short in ((a, b), (b, a), (a_full, b_full), (b_full, a_full)):
        long_kept = [w for w in long if w not in {"the", "of", "and", "&", "in", "for", "on"}]
        short_kept = [w for w in short if w not in {"the", "of", "and", "&", "in", "for", "on"}]
        if len(long_kept) == len(short_kept) and all(
            lw.startswith(sw) for lw, sw in zip(long_kept, short_kept, strict=True)
        ):
            return True
    return False


_GENERIC_SERIES: Final = re.compile(
    r"(?:Research|Studies|Reviews|Issues|Problems|Topics|Developments)\s+in\s+(?=[A-Z])"
)


def journal_finding(claimed: str, record: PubMedRecord, *, claim_words: str) -> Finding:
    names = journal_names(record)
    if not names:
        return Finding(
            kind=FindingKind.JOURNAL,
            verdict=Verdict.NOT_IN_SOURCE,
            message=f"the record names no journal to compare with '{claimed}'",
            claim_says=claim_words,
            confidence=0.5,
        )
    shown = " / ".join(names[:2])
    evidence = metadata_evidence(shown, "journal")
    # "Research in Molecular Psychiatry showed": a generic word read as a series title ("Issues
    # in", "Studies in") before the record's own journal is the work, not the title
    generic = _GENERIC_SERIES.match(claimed)
    shorter = claimed[generic.end() :] if generic else None
    if any(
        names_match(claimed, name) or (shorter and names_match(shorter, name)) for name in names
    ):
        return Finding(
            kind=FindingKind.JOURNAL,
            verdict=Verdict.SUPPORTED,
            message=f"published in {names[0]}, as the claim says",
            claim_says=claim_words,
            source_says=shown,
            evidence=evidence.model_copy(update={"matched_terms": [names[0]]}),
        )
    return Finding(
        kind=FindingKind.JOURNAL,
        verdict=Verdict.METADATA_MISMATCH,
        message=f"the claim names the journal '{claimed}', but the record was published in "
        f"{names[0]}",
        claim_says=claim_words,
        source_says=shown,
        evidence=evidence,
        confidence=0.9,
    )


# --- citation headers: "Neuron 2020: ...", "Smith et al. (2019): ...", "Per Lee & Kim, ..." ----
#
# A terse claim may open with a citation: journal, year and authors before a colon, a spaced
# dash or a parenthesis. Each name there is read against the record: its journal names, its
# authors' surnames, or (a topic word such as a drug or an organism) its own text. A name that
# is none of these and stands as a citation (next to the year, or in an author form) names
# another work, which is a metadata mismatch.

# A spaced dash ends a header only before lowercase words: "CNS & Neurological Disorders - Drug
# Targets" is one journal's name.
_HEADER_END: Final = re.compile(r":\s|\s[-\u2013\u2014]\s(?=[a-z\d])")
_HEADER_MAX_WORDS: Final = 12
_PER: Final = re.compile(r"^\s*(?:[Pp]er|[Aa]ccording\s+to)\s+(?P<head>[^,:;]{2,60}?)\s*[,:;]\s")
_SURNAME = r"[A-Z][a-z\u00c0-\u017f'\u2019-]+"
_AUTHOR_FORM: Final = re.compile(
    rf"(?P<first>{_SURNAME})(?:\s+et\s+al\b\.?|\s+(?:&|and)\s+(?P<second>{_SURNAME}))"
)
_PAREN_CITATION: Final = re.compile(
    rf"^\s*(?P<auth>{_SURNAME}(?:\s+et\s+al\b\.?|\s+(?:&|and)\s+{_SURNAME})?)\s*"
    r"\((?P<par>[^()]{2,60})\)"
)
_HEADER_YEAR: Final = re.compile(r"(?<![\w-])(?:19|20)\d\d(?![\w-])")
# a year that dates an event, not the citation: "from 2015", "2015-2017", "up to 2019"
_EVENT_YEAR_BEFORE: Final = re.compile(
    r"(?:\b(?:from|to|until|till|since|between|through|by|in|after|before)|[-\u2013])\s*$", re.I
)
_EVENT_YEAR_AFTER: Final = re.compile(r"^\s*(?:[-\u2013]|to\b|and\b)\s*\d", re.I)
_COUNT_WORDS: Final = {"one": 1, "single": 1, "sole": 1, "two": 2, "three": 3, "four": 4,
                       "five": 5, "six": 6}  # fmt: skip
_AUTHOR_COUNT: Final = re.compile(
    r"\b(?P<n>single|sole|one|two|three|four|five|six|\d)[\s-]+author(?:s|ed)?\b", re.I
)
_SOLE_AUTHOR_ANYWHERE: Final = re.compile(r"\b(?:single|sole)[\s-]+author(?:ed)?\b", re.I)
_NAME_RUN: Final = re.compile(
    r"(?<![\w-])(?:[A-Z][\w'\u2019.-]*|&)(?:\s+(?:(?:of|and|&|et\s+al\b\.?|the|in|for)\s+)*"
    r"(?:[A-Z][\w'\u2019.-]*))*(?:\s+et\s+al\b\.?)?"
)
_DESCRIPTOR_WORDS: Final = frozenset(
    {"study", "studies", "paper", "review", "trial", "analysis", "report", "article", "survey",
     "letter", "meta-analysis", "data", "results", "findings", "cohort", "sample", "methods",
     "background", "conclusion", "conclusions", "abstract", "summary", "note", "notes",
     "per", "according", "in", "the", "a", "an", "this", "these", "that", "those", "our",
     "its", "their", "his", "her", "new", "recent", "earlier", "later", "first", "original"}
)  # fmt: skip
_MONTH_NAMES: Final = frozenset(
    {"january", "february", "march", "april", "may", "june", "july", "august", "september",
     "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
     "sept", "oct", "nov", "dec"}
)  # fmt: skip
# "December 2015": a year right after a month is a date of something done, not a citation's.
_MONTH_BEFORE_YEAR: Final = re.compile(
    r"\b(?:" + "|".join(sorted(_MONTH_NAMES, key=lambda m: (-len(m), m))) + r")\s*$",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class CitationName:
    """A capitalised name in a citation header, with whether it stands as a citation (next to
    the year, or in an author form) and whether it is written as authors ("X et al.")."""

    text: str
    start: int
    end: int
    cited: bool
    as_authors: bool


@dataclass(frozen=True, slots=True)
class CitationHeader:
    start: int
    end: int
    years: tuple[YearAssertion, ...]
    names: tuple[CitationName, ...]
    author_count: tuple[int, str] | None


def citation_header(claim: str) -> CitationHeader | None:
    """The citation a claim opens with, if any: "<Journal> <Year>:", "<Author> et al. (<Year>)",
    "Per <Author> & <Author>, ...", "13C imaging paper (2001): ..."."""
    spans = _header_spans(claim)
    if not spans:
        return None
    start, end, explicit = spans
    head = claim[start:end]
    if len(head.split()) > _HEADER_MAX_WORDS:
        return None
    years = tuple(_header_years(claim, start, end))
    names = tuple(_header_names(claim, start, end, years, explicit))
    count = _AUTHOR_COUNT.search(head)
    author_count = None
    if count:
        word = count["n"].lower()
        number = int(word) if word.isdigit() else _COUNT_WORDS[word]
        author_count = (number, count.group())
    if not years and not author_count and not any(n.as_authors for n in names) and not explicit:
        return None
    return CitationHeader(start, end, years, names, author_count)


def _header_spans(claim: str) -> tuple[int, int, bool] | None:
    per = _PER.match(claim)
    if per:
        return per.start("head"), per.end("head"), True
    paren = _PAREN_CITATION.match(claim)
    if paren:
        return paren.start("auth"), paren.end(), True
    end = _HEADER_END.search(claim, 0, 100)
    if end is None:
        return None
    lead = len(claim) - len(claim.lstrip())
    return lead, end.start(), False


def _header_years(claim: str, start: int, end: int) -> list[YearAssertion]:
    found = []
    for m in _HEADER_YEAR.finditer(claim, start, end):
        before = claim[max(start, m.start() - 12) : m.start()]
        if _EVENT_YEAR_BEFORE.search(before) or _EVENT_YEAR_AFTER.match(claim, m.end(), end):
            continue
        if _MONTH_BEFORE_YEAR.search(before):
            continue  # "December 2015": a date of something done
        found.append(YearAssertion(int(m.group()), Phrase(m.group(), m.start(), m.end())))
    return found


def _header_names(
    claim: str, start: int, end: int, years: tuple[YearAssertion, ...], explicit: bool
) -> list[CitationName]:
    names = []
    year_starts = [y.phrase.start for y in years]
    year_ends = [y.phrase.end for y in years]
    for m in _NAME_RUN.finditer(claim, start, end):
        text = m.group().rstrip(".") if not m.group().endswith("al.") else m.group()
        words = [w.lower().strip(".") for w in re.split(r"\s+", text)]
        if not text or text == "&" or all(w in _DESCRIPTOR_WORDS for w in words):
            continue
        if all(w.isupper() and w.lower() not in BARE_JOURNALS for w in text.split()):
            continue  # acronyms of the topic: "MADRS", "TRD"
        as_authors = bool(_AUTHOR_FORM.fullmatch(text.removesuffix(".")) or "et al" in text)
        beside_year = any(_beside(claim, m.end(), y) for y in year_starts) or any(
            _beside(claim, e, m.start()) for e in year_ends
        )
        cited = as_authors or beside_year or (explicit and m.start() == start)
        names.append(CitationName(text, m.start(), m.start() + len(text), cited, as_authors))
    return names


_YEAR_GAP: Final = re.compile(r"[\s,()]{0,3}")


def _beside(claim: str, left_end: int, right_start: int) -> bool:
    """Only spaces, a comma or a bracket lie between a name and a year ("Gut, 2017")."""
    return 0 <= right_start - left_end <= 3 and bool(
        _YEAR_GAP.fullmatch(claim, left_end, right_start)
    )


def header_findings(
    claim: str,
    record: PubMedRecord,
    index: RecordIndex,
    judged: tuple[tuple[int, int], ...] = (),
) -> list[Finding]:
    """Findings for the names and author count of a claim's citation header (names inside a
    ``judged`` span were already read as journals)."""
    header = citation_header(claim)
    findings: list[Finding] = []
    if header is not None:
        for name in header.names:
            if any(a < name.end and name.start < b for a, b in judged):
                continue
            finding = _name_finding(claim, name, header, record, index)
            if finding is not None:
                findings.append(finding)
        if header.author_count is not None:
            findings += _author_count_findings(*header.author_count, record)
    elif sole := _SOLE_AUTHOR_ANYWHERE.search(claim):
        findings += _author_count_findings(1, sole.group(), record)
    if header is None or header.author_count is None:
        for count, match in author_team_counts(claim)[:1]:
            findings += _author_count_findings(count, match.group("team"), record)
    return findings


# --- authors named in prose: "Short et al. found", "Lee and Park reported" -------------------
_PROSE_AUTHORS: Final = re.compile(
    rf"(?<![\w-])(?P<first>{_SURNAME})(?:\s+et\.?\s+al\b\.?|\s+and\s+(?:colleagues|"
    r"co-?workers|co-?authors|collaborators)\b|\s+(?:and|&)\s+(?P<second>"
    rf"{_SURNAME})(?=,?\s+(?:found|reported|report|reports|showed|show|shows|described|"
    r"concluded|conclude|concludes|noted|note|notes|argued|argue|wrote|proposed|observed|"
    r"demonstrated|examined|compared|measured|tested|studied|reviewed|suggested|suggest)\b))"
)
# "Unlike Smith et al.", "confirming Lee and colleagues' result": another work the claim
# compares with, whose authors the record need not list.
_OTHER_WORK_BEFORE_AUTHORS: Final = re.compile(
    r"\b(?:unlike|like|than|versus|vs\.?|with|following|after|replicat\w*|confirm\w*|"
    r"extend\w*|contrast\s+to|contrary\s+to|on|upon|earlier|previous(?:ly)?|prior|as|"
    r"and|or|cited|citing|cite[sd]?)\s+(?:the\s+)?(?:(?:work|findings?|results?|data|"
    r"report|trial|study)\s+(?:of|by)\s+)?$",
    re.IGNORECASE,
)


def prose_author_findings(
    claim: str,
    record: PubMedRecord,
    index: RecordIndex,
    judged: tuple[tuple[int, int], ...] = (),
) -> list[Finding]:
    """Authors a sentence names as the work's ("Short et al. found", "in the Lee and Park
    review"), read against the record's authors; a citation header's names are read there."""
    if "et" not in claim and " and " not in claim and "&" not in claim:
        return []
    surnames = index.memo("metadata-surnames", lambda: _surnames(record))
    if not surnames:
        return []
    header = citation_header(claim)
    findings = []
    for match in _PROSE_AUTHORS.finditer(claim):
        start, end = match.span()
        if header is not None and header.start <= start < header.end:
            continue
        if any(a < end and start < b for a, b in judged):
            continue
        if _OTHER_WORK_BEFORE_AUTHORS.search(claim, max(0, start - 40), start):
            continue
        names = [n for n in (match["first"], match["second"]) if n]
        if any(_not_a_surname(n, record, index) for n in names):
            continue
        if len(names) == 2 and not any(_is_author(n, surnames) for n in names):
            continue  # "Tylenol and Advil showed", "Pfizer and Moderna reported": no authors
        cited = CitationName(" and ".join(names), start, end, cited=True, as_authors=True)
        findings.append(_author_finding(cited, record, surnames))
    return findings


def _not_a_surname(word: str, record: PubMedRecord, index: RecordIndex) -> bool:
    """A capitalised word the record's own text uses (a drug, a gene, a place) or a place: the
    subject of the sentence rather than who wrote the work."""
    lowered = word.lower()
    if lowered in _DESCRIPTOR_WORDS or lowered in _MONTH_NAMES or lowered in lx.COUNTRIES:
        return True
    if places_in(word) or countries_in(word):
        return True
    text_words = index.memo(
        "metadata-record-words",
        lambda: frozenset(
            w.lower() for s in index.sentences for w in re.findall(r"[A-Za-z][\w']*", s.text)
        ),
    )
    surnames = index.memo("metadata-surnames", lambda: _surnames(record))
    return lowered in text_words and not _is_author(word, surnames)


def header_years(claim: str) -> tuple[YearAssertion, ...]:
    header = citation_header(claim)
    return header.years if header is not None else ()


def _fold(name: str) -> str:
    decomposed = unicodedata.normalize("NFKD", name)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


def _surnames(record: PubMedRecord) -> frozenset[str]:
    names = set()
    for author in record.authors:
        if author.last_name:
            folded = _fold(author.last_name)
            names.add(folded)
            names.update(p for p in re.split(r"[\s-]+", folded) if len(p) > 2)
    return frozenset(names)


def _is_author(word: str, surnames: frozenset[str]) -> bool:
    return _fold(word.removesuffix("'s").removesuffix("\u2019s")) in surnames


def _claimed_surnames(name: CitationName) -> list[str]:
    # "Lerro et al. RCT", "Smith et al. Lancet": only the names before "et al." are authors
    text = re.sub(r"\s+et\s+al\b.*$", "", name.text)
    return [w for w in re.split(r"\s+(?:&|and)\s+", text) if w]


def _name_finding(
    claim: str,
    name: CitationName,
    header: CitationHeader,
    record: PubMedRecord,
    index: RecordIndex,
) -> Finding | None:
    journals = index.memo("metadata-journal-names", lambda: tuple(journal_names(record)))
    if any(names_match(name.text, j) for j in journals):
        return journal_finding(name.text, record, claim_words=name.text)
    if not_a_journal(name.text):
        return (
            None  # "Danish Stroke Registry, 2010: ...": a data source, neither journal nor author
        )
    surnames = index.memo("metadata-surnames", lambda: _surnames(record))
    words = name.text.split()
    if name.as_authors or (len(words) == 1 and _is_author(words[0], surnames)):
        if not surnames:
            return None
        return _author_finding(name, record, surnames)
    lowered = [w.lower().strip(".,") for w in words]
    bare = len(lowered) == 1 and lowered[0] in BARE_JOURNALS
    abbreviated = any(w in JOURNAL_ABBREVIATIONS for w in lowered) and len(lowered) > 1
    journal_worded = any(w in JOURNAL_NAME_WORDS for w in lowered)
    whole = _whole_segment(claim, name, header)
    disciplinary = _in_brackets(claim, name, header) and bool(_DISCIPLINE.search(lowered[-1]))
    named_as_journal = ((bare or disciplinary) and name.cited) or (
        (abbreviated or journal_worded) and (name.cited or whole)
    )
    if named_as_journal and (
        bare or abbreviated or disciplinary or not _topic_words(claim, name, record, index)
    ):
        return journal_finding(name.text, record, claim_words=name.text)
    if not name.cited or places_in(name.text) or any(w in _MONTH_NAMES for w in lowered):
        return None
    if any(w.lower() in lx.COUNTRIES or countries_in(w) for w in words):
        return None  # "2001, Italian physics department": where the authors work (country check)
    if _topic_words(claim, name, record, index) or not surnames:
        return None
    return Finding(
        kind=FindingKind.AUTHOR,
        verdict=Verdict.METADATA_MISMATCH,
        message=f"the claim cites '{name.text}', which is neither the record's journal "
        f"({journals[0] if journals else 'none given'}) nor one of its authors "
        f"({_author_list(record)})",
        claim_says=name.text,
        source_says=_author_list(record),
        evidence=metadata_evidence(_author_list(record), "authors"),
        confidence=0.7,
    )


_SEGMENT_EDGE: Final = re.compile(r"^[\s,;()]*$")
# A field of study named alone in a citation's brackets is the journal's name, as
# "Smith 2019 (Neuropharmacology):" or "Lee (Psychiatry Research 2020)" cite them.
_DISCIPLINE: Final = re.compile(
    r"(?:ology|ologia|ologica|iatry|iatrics|ics|ine|ience|iences|research|reports?)$"
)


def _in_brackets(claim: str, name: CitationName, header: CitationHeader) -> bool:
    """The name fills a bracket of the header, alone or with a year ("(Neuropharmacology)",
    "(Psychiatry Research, 2020)")."""
    before = claim[header.start : name.start]
    after = claim[name.end : header.end + 1]
    return bool(re.search(r"\(\s*$", before)) and bool(
        re.match(r"\s*(?:,?\s*(?:19|20)\d\d\s*)?\)", after)
    )


def _whole_segment(claim: str, name: CitationName, header: CitationHeader) -> bool:
    """The name fills its part of the header ("Short et al. (Lancet Psychiatry):") or only a
    year or a word like "review" follows it ("Mol Psychiatry review:")."""
    before = claim[header.start : name.start]
    after = claim[name.end : header.end]
    before_ok = not before.strip() or bool(re.search(r"[,;(]\s*$", before))
    tail = _HEADER_YEAR.sub("", after).strip(" ,;()")
    after_ok = (
        not tail or tail.split()[0].lower() in _DESCRIPTOR_WORDS or after.lstrip()[:1] in ",;()"
    )
    return before_ok and after_ok


def _topic_words(claim: str, name: CitationName, record: PubMedRecord, index: RecordIndex) -> bool:
    """All the name's words are the record's own words: a topic ("Ketamine abuse review")."""
    terms = [t for t in terms_between(claim, name.start, name.end) if not t.is_number]
    terms = [t for t in terms if t.text.lower().strip(".") not in {"et", "al"}]
    if not terms:
        return False
    vocabulary = record_vocabulary(record, index)
    return all(t.concepts & vocabulary for t in terms)


def _author_list(record: PubMedRecord) -> str:
    names = [a.display_name for a in record.authors if a.display_name]
    if len(names) > 4:
        return ", ".join(names[:3]) + f" and {len(names) - 3} more"
    return ", ".join(names) or "no authors listed"


def _author_finding(name: CitationName, record: PubMedRecord, surnames: frozenset[str]) -> Finding:
    claimed = _claimed_surnames(name)
    missing = [s for s in claimed if not _is_author(s, surnames)]
    listed = _author_list(record)
    evidence = metadata_evidence(listed, "authors", [s for s in claimed if s not in missing])
    if not missing:
        return Finding(
            kind=FindingKind.AUTHOR,
            verdict=Verdict.SUPPORTED,
            message=f"{' and '.join(claimed)} {'is' if len(claimed) == 1 else 'are'} among the "
            f"record's authors ({listed})",
            claim_says=name.text,
            source_says=listed,
            evidence=evidence,
        )
    return Finding(
        kind=FindingKind.AUTHOR,
        verdict=Verdict.METADATA_MISMATCH,
        message=f"the claim names {', '.join(missing)} as author, but the record's authors are "
        f"{listed}",
        claim_says=name.text,
        source_says=listed,
        evidence=evidence,
        confidence=0.85,
    )


def _author_count_findings(claimed: int, words: str, record: PubMedRecord) -> list[Finding]:
    count = len(record.authors)
    if count == 0:
        return []
    listed = _author_list(record)
    evidence = metadata_evidence(listed, "authors")
    if count == claimed:
        return [Finding(
            kind=FindingKind.AUTHOR,
            verdict=Verdict.SUPPORTED,
            message=f"the record lists {count} author{'s' if count > 1 else ''} ({listed})",
            claim_says=words,
            source_says=listed,
            evidence=evidence,
        )]  # fmt: skip
    return [Finding(
        kind=FindingKind.AUTHOR,
        verdict=Verdict.METADATA_MISMATCH,
        message=f"the claim says '{words}', but the record lists {count} author"
        f"{'s' if count > 1 else ''} ({listed})",
        claim_says=words,
        source_says=listed,
        evidence=evidence,
        confidence=0.85,
    )]  # fmt: skip
