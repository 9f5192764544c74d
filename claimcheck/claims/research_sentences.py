"""Sentences of an article, and which of them state research findings.

An editor wants to know which statements of the article lean on research but are missing from
the claims registry. A sentence counts as such when it states a number that reads like a result
(a percentage, "18 of 20", "3 months", "3x weekly") or when it attributes something to research
("the researchers found", "a 2019 review", "according to a study", "a placebo-controlled
trial"). Headings, questions and disclaimers never count.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_TERMINAL = ".!?:;\"”’')]"
_HEADING_MAX_WORDS = 12
_JOINING_WORDS = frozenset(
    {"a", "an", "the", "of", "and", "or", "to", "in", "on", "for", "with", "by", "at", "from",
     "that", "than", "as", "is", "are", "was", "were", "be", "this", "these", "its", "their"}
)
_MIN_WORDS = 4

_ABBREVIATIONS = frozenset(
    {"e.g", "i.e", "al", "vs", "dr", "mr", "mrs", "ms", "prof", "fig", "figs", "no", "nos",
     "approx", "ca", "cf", "etc", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
     "sept", "oct", "nov", "dec", "st", "vol", "pp", "ref", "refs", "inc", "ltd", "co", "corp"}
)
_SENTENCE_END = re.compile(r"[.!?]+[\"”’')\]]*(?=\s+[\"“‘(\[]?[A-Z0-9])")
_WORD_BEFORE = re.compile(r"([A-Za-z.]+)\.*$")
_DISCLAIMER = re.compile(
    r"^\s*(?:disclaimer|disclosure|medical disclaimer)\b|\bmedical advice\b|"
    r"\bnot (?:a substitute|intended to (?:diagnose|treat))\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Sentence:
    start: int  # offsets into the article's plain text, [start, end)
    end: int
    text: str  # on one line
    heading: bool = False
    disclaimer: bool = False


def split_sentences(text: str) -> list[Sentence]:
    """Split plain text into sentences; paragraphs are separated by blank lines."""
    sentences: list[Sentence] = []
    for block_start, block_end in _spans(text, re.compile(r"\n[ \t]*\n")):
        block = text[block_start:block_end]
        disclaimer = bool(_DISCLAIMER.match(block))
        for unit_start, unit_end, heading in _units(block):
            for start, end in _sentence_spans(block, unit_start, unit_end):
                one_line = " ".join(block[start:end].split())
                sentences.append(
                    Sentence(
                        start=block_start + start,
                        end=block_start + end,
                        text=one_line,
                        heading=heading,
                        disclaimer=disclaimer or bool(_DISCLAIMER.search(one_line)),
                    )
                )
    return sentences


def _spans(text: str, separator: re.Pattern[str]) -> list[tuple[int, int]]:
    spans = []
    last = 0
    for match in separator.finditer(text):
        spans.append((last, match.start()))
        last = match.end()
    spans.append((last, len(text)))
    return [(start, end) for start, end in (_trim(text, s, e) for s, e in spans) if end > start]


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _looks_like_heading(line: str) -> bool:
    stripped = line.strip().strip("|").strip()
    return (
        bool(stripped)
        and stripped[-1] not in _TERMINAL + ","
        and len(stripped.split()) <= _HEADING_MAX_WORDS
    )


def _units(block: str) -> list[tuple[int, int, bool]]:
    """Lines of a paragraph joined into prose units; heading-like lines stand alone."""
    lines = _spans(block, re.compile(r"\n"))
    units: list[tuple[int, int, bool]] = []
    open_start: int | None = None
    open_end = 0
    for number, (line_start, line_end) in enumerate(lines):
        following = block[lines[number + 1][0]] if number + 1 < len(lines) else None
        line = block[line_start:line_end]
        if (
            _looks_like_heading(line)
            and (open_start is None or _ends_sentence(block, open_end))
            and (following is None or _starts_anew(line, following))
        ):
            if open_start is not None:
                units.append((open_start, open_end, False))
                open_start = None
            units.append((line_start, line_end, True))
            continue
        if open_start is None:
            open_start = line_start
        open_end = line_end
    if open_start is not None:
        units.append((open_start, open_end, False))
    return units


def _starts_anew(line: str, following: str) -> bool:
    """Whether the text after a short unpunctuated line starts afresh (heading) rather than
    continuing a hard-wrapped sentence."""
    last_word = line.split()[-1].lower() if line.split() else ""
    return (following.isupper() or following.isdigit()) and last_word not in _JOINING_WORDS


def _ends_sentence(block: str, end: int) -> bool:
    return end > 0 and block[end - 1] in _TERMINAL


def _sentence_spans(block: str, start: int, end: int) -> list[tuple[int, int]]:
    spans = []
    cursor = start
    for match in _SENTENCE_END.finditer(block, start, end):
        before = _WORD_BEFORE.search(block, cursor, match.start() + 1)
        word = before.group(1).lower().rstrip(".") if before else ""
        if word in _ABBREVIATIONS or re.fullmatch(r"[a-z]", word) or re.fullmatch(
            r"(?:[a-z]\.)+[a-z]", word
        ):
            continue  # "et al.", "J. Smith", "U.S." do not end a sentence
        spans.append(_trim(block, cursor, match.end()))
        cursor = match.end()
    spans.append(_trim(block, cursor, end))
    return [(s, e) for s, e in spans if e > s]


# --- what makes a sentence a research statement ------------------------------------------

_NUMBER = r"\d+(?:[.,]\d+)*"
_NUMBER_WORDS = (
    r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|"
    r"fifty|sixty|seventy|eighty|ninety|hundred)(?:[- ](?:one|two|three|four|five|six|seven|"
    r"eight|nine))?"
)
_PERCENT = re.compile(
    rf"(?:{_NUMBER}|\b{_NUMBER_WORDS})\s?(?:%|\bper ?cent\b)", re.IGNORECASE
)
_PROPORTION = re.compile(
    rf"\b(?:{_NUMBER}|{_NUMBER_WORDS})\s+(?:out\s+)?(?:of|in)\s+(?:the\s+|every\s+)?"
    rf"(?:{_NUMBER}|{_NUMBER_WORDS})\b(?!\s*(?:%|per ?cent))|\b(?:half|two-thirds|"
    r"one-third|a third|a quarter|three-quarters|majority)\s+of\b",
    re.IGNORECASE,
)
_UNITS = (
    r"mg(?:/kg)?|µg|mcg|kg|g|ml|mmol|hours?|hrs?|h|days?|weeks?|wks?|months?|mos?|years?|"
    r"yrs?|minutes?|mins?|seconds?|patients|participants|subjects|people|persons|adults|"
    r"children|adolescents|women|men|volunteers|individuals|veterans|studies|trials|"
    r"infusions|injections|sessions|doses|times|fold|x"
)
_QUANTITY = re.compile(
    rf"\b{_NUMBER}(?:\s*(?:-|–|—|to)\s*{_NUMBER})?\s*(?:{_UNITS})\b|\b{_NUMBER}x\b",
    re.IGNORECASE,
)
_YEAR = re.compile(r"\b(?:19[5-9]\d|20\d\d)\b")
_RESEARCH = re.compile(
    r"\b(?:stud(?:y|ies)|trials?|(?:systematic\s+)?reviews?|meta-?(?:analys[ie]s|stud(?:y|ies))|"
    r"research(?:ers)?|reviewers|investigators|scientists|(?:study\s+)?authors|case reports?|"
    r"surveys?|experiments?|cohorts?)\b",
    re.IGNORECASE,
)
_FINDING = re.compile(
    r"\b(?:f(?:ou|i)nd(?:s|ing)?|show(?:s|ed|n|ing)?|demonstrat\w*|reports?|reported|"
    r"document(?:s|ed)?|note[sd]?|conclud\w*|suggest(?:s|ed)?|observ\w*|tested|assessed|"
    r"highlight(?:s|ed)?|indicat(?:e|es|ed)|reveal\w*|confirm\w*|mention(?:s|ed)?|"
    r"establish\w*|sponsored|funded|compared)\b",
    re.IGNORECASE,
)
_DESIGN = re.compile(
    r"\b(?:randomi[sz]ed|placebo-controlled|double-blind(?:ed)?|single-blind(?:ed)?|"
    r"open-label|uncontrolled|crossover|cohort|meta-analys[ie]s|meta-study|"
    r"systematic review|case reports?|observational|longitudinal|retrospective|prospective)\b",
    re.IGNORECASE,
)
_YEAR_DISTANCE_WORDS = 7  # "a 2019 medical review", "trials as far back as the year 2000"
_CLAUSE_BREAK = re.compile(r"[,;:()]|\b(?:and|but|while|whereas|although)\b", re.IGNORECASE)
_JOURNAL = re.compile(r"\bjournal\b|\bpublished in\b", re.IGNORECASE)
_ACCORDING = re.compile(r"\baccording to\b", re.IGNORECASE)


def research_reasons(sentence: Sentence) -> list[str]:
    """Why ``sentence`` states a research finding; empty when it does not (or must not count)."""
    text = sentence.text
    if (
        sentence.heading
        or sentence.disclaimer
        or text.rstrip(" \"”’')").endswith("?")
        or len(text.split()) < _MIN_WORDS
    ):
        return []
    reasons: list[str] = []
    numeric = False
    for pattern, what in (
        (_PERCENT, "states a percentage"),
        (_PROPORTION, "states a proportion"),
        (_QUANTITY, "states a quantity"),
    ):
        match = pattern.search(text)
        if match:
            reasons.append(f"{what} ({match.group().strip()})")
            numeric = True
    research = _RESEARCH.search(text)
    if research is None:
        return reasons
    mentions = [match.span() for match in _RESEARCH.finditer(text)]
    finding = next(
        (
            match
            for match in _FINDING.finditer(text)
            if not any(start < match.end() and match.start() < end for start, end in mentions)
        ),
        None,
    )  # "reports" in "case reports" names the research, not a finding
    according = _ACCORDING.search(text)
    year = _year_near(text)
    design = _DESIGN.search(text)
    journal = _JOURNAL.search(text)
    if not (numeric or finding or according or year or design or journal):
        return []
    if according:
        reasons.append(f'cites a study ("according to" … "{research.group()}")')
    elif finding:
        reasons.append(f'cites a study ("{research.group()}" … "{finding.group()}")')
    else:
        reasons.append(f'cites a study ("{research.group()}")')
    if year:
        reasons.append(f"names a year ({year.group()})")
    if design and design.group().lower() != research.group().lower():
        reasons.append(f"describes a study design ({design.group()})")
    if journal:
        reasons.append("names a journal")
    return reasons


def _year_near(text: str) -> re.Match[str] | None:
    """A year that dates the research ("a 2019 review", "a trial from 2020"), not any year of
    the sentence: close to a research word, with no clause boundary between them."""
    for year in _YEAR.finditer(text):
        for mention in _RESEARCH.finditer(text):
            if year.start() < mention.start():
                between = text[year.end() : mention.start()]
            else:
                between = text[mention.end() : year.start()]
            if len(between.split()) <= _YEAR_DISTANCE_WORDS and not _CLAUSE_BREAK.search(between):
                return year
    return None
