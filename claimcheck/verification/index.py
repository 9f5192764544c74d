"""A record read once for many claims: sentences, their words (with offsets), stems, quantities.

:func:`build_index` splits the title and each abstract section into sentences (spans into
``PubMedRecord.abstract_text``), reads every word into a :class:`Term` (surface text, offsets,
canonical stem, and the *concepts* it stands for: its stem, its synonym group, and the long form
of an abbreviation defined in the abstract), and finds every quantity once. Checks then work on
sets, never on raw text, so a thousand claims against one record cost one index.

:func:`terms_of` is the adapter over :mod:`claimcheck.verification.text` that keeps word
offsets (its ``content_stems`` does not), so evidence can say which words of a sentence
matched.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_right
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Any, Final, TypeVar

from claimcheck.pubmed.model import PubMedRecord
from claimcheck.report.model import Span
from claimcheck.verification import paraphrases as para
from claimcheck.verification.numbers import CARDINALS, SCALES, TENS
from claimcheck.verification.quantities import Quantity, find_quantities
from claimcheck.verification.text import (
    COMMON_ABBREVIATIONS,
    STOPWORDS,
    SYNONYMS,
    canonical_stems,
    find_abbreviations,
    split_sentences,
    stem,
    tokens,
)

T = TypeVar("T")

TITLE_SECTION: Final = "title"

_WORD: Final = re.compile(r"[^\W_]+(?:\.[0-9]+)?")
_NUMBER_WORDS: Final = frozenset(CARDINALS) | frozenset(TENS) | frozenset(SCALES)
# Contractions split by the word pattern ("wasn't" -> "wasn", "t"): negation, not content.
_CONTRACTED: Final = frozenset(
    [
        "wasn",
        "weren",
        "isn",
        "aren",
        "didn",
        "doesn",
        "don",
        "hasn",
        "haven",
        "hadn",
        "couldn",
        "wouldn",
        "shouldn",
        "won",
        "ca",
        "t",
    ]
)
# Units and statistic labels next to numbers carry no topic.
_UNIT_WORDS: Final = frozenset(
    [
        "mg",
        "kg",
        "ml",
        "mmhg",
        "hg",
        "mm",
        "cm",
        "μg",
        "mcg",
        "ng",
        "dl",
        "iu",
        "h",
        "hr",
        "hrs",
        "min",
        "mins",
        "wk",
        "wks",
        "ci",
        "iqr",
        "sd",
        "se",
        "sem",
        "or",
        "hr",
        "rr",
        "p",
        "n",
        "x",
        "vs",
        # spelled out: "a half milligram per kilogram" is the record's "0.5 mg/kg"
        "milligram",
        "milligrams",
        "kilogram",
        "kilograms",
        "microgram",
        "micrograms",
        "milliliter",
        "milliliters",
        "millilitre",
        "millilitres",
    ]
)
_LONGEST_PHRASE: Final = 4

# Words with the same meaning that text.SYNONYMS does not fold: each member also carries the
# group label ("=" + first member), which counts as a full match.
_SAME_MEANING_CORE: Final[tuple[tuple[str, ...], ...]] = (
    ("dysfunction", "dysregulated", "dysregulation", "disrupted", "disruption", "impaired",
     "impairment", "abnormal", "abnormality", "deficit", "faulty", "defective", "aberrant"),
    ("sedative", "sedation", "hypnotic", "hypnosis"),
    ("lacking", "lack", "limited", "insufficient", "scarce", "sparse", "uncertain", "unclear",
     "unknown", "few"),
    ("response", "respond", "responded", "responder", "responders"),
    ("persisted", "lasted", "sustained", "maintained"),
    ("short", "shorter", "shortest", "shortening", "shortened"),
    ("long", "longer", "longest", "lengthening"),
    ("high", "higher", "highest", "heaviest", "heavier"),
    ("low", "lower", "lowest"),
    ("large", "larger", "largest"),
    ("small", "smaller", "smallest"),
    # how far something reaches: "a broader range" is "a wider range"
    ("wide", "wider", "widest", "broad", "broader", "broadest"),
    ("strong", "stronger", "strongest", "strongly"),
    ("weak", "weaker", "weakest"),
    ("decrease", "fell", "fall", "falls", "fallen", "drop", "dropped"),
    ("positive", "positively"),
    ("negative", "negatively", "inverse", "inversely"),
    ("poor", "poorly", "badly"),
    ("knockout", "knock", "lacking", "deficient", "deletion", "deleted"),
    ("absent", "absence", "missing"),
    ("easy", "easily", "readily", "straightforward"),
    ("difficult", "difficulty", "difficulties", "hard", "harder", "hardest", "struggle",
     "struggled", "challenging"),
    ("method", "approach", "technique", "methodology"),
    ("odds", "likelihood", "chance", "chances"),
)  # fmt: skip
SAME_MEANING: Final[tuple[tuple[str, ...], ...]] = (
    *(group + para.SAME_MEANING_ADDITIONS.get(group[0], ()) for group in _SAME_MEANING_CORE),
    *para.SAME_MEANING_GROUPS,
)
# Related meanings ("~" + first member): a match through these counts only in part
# (checks.common.BROAD_MATCH), so "improving" is not fully backed by "efficacy endpoint".
RELATED: Final[tuple[tuple[str, ...], ...]] = (
    ("efficacy", "effective", "benefit", "improve", "improvement", "relief", "relieve",
     "remission"),
    ("administered", "received", "given", "dosed", "dosing", "injected", "infused", "treated"),
    ("harm", "toxic", "toxicity", "adverse", "risk"),
    ("increase", "higher", "elevated", "raised", "rose"),
    ("decrease", "lower", "lowered", "reduced", "reduction", "fell", "dropped", "declined"),
    *para.RELATED_GROUPS,
)  # fmt: skip


def _region_label(group: tuple[str, ...]) -> str:
    return "=" + group[0] if len(group) > 1 else stem(group[0])


# Opposites: a sentence that says the opposite word where the claim's word should be.
ANTONYMS: Final[tuple[tuple[str, str], ...]] = (
    ("=high", "=low"),
    ("=short", "=long"),
    ("=large", "=small"),
    ("narrow", "=wide"),
    ("=strong", "=weak"),
    ("=positive", "=negative"),
    ("increas", "=decrease"),
    ("well", "=poor"),
    ("chang", "unchang"),
    ("better", "wors"),
    ("superior", "inferior"),
    ("major", "minor"),
    ("rapid", "slow"),
    ("earli", "late"),
    ("present", "absent"),
    ("frequent", "rare"),
    ("safeti", "unsaf"),
    ("effect", "ineffect"),
    ("=easy", "=difficult"),
    ("understood", "=lacking"),
    ("clear", "unclear"),
    ("known", "unknown"),
    # how much and how firm the evidence is: "ample" against "thin", "scant", "weak"
    ("=ample", "thin"),
    ("=ample", "scant"),
    ("=ample", "meager"),
    ("=ample", "=weak"),
    ("robust", "=weak"),
    # a membrane driven one way or the other; a coupling strengthened or weakened
    ("hyperpolar", "depolar"),
    ("enhanc", "weaken"),
    ("strengthen", "weaken"),
    *para.OPPOSITE_PAIRS,
    *(
        (_region_label(first), _region_label(second))
        for i, first in enumerate(para.BRAIN_REGIONS)
        for second in para.BRAIN_REGIONS[i + 1 :]
    ),
    *(
        (stem(first), stem(second))
        for group in para.ALTERNATIVE_GROUPS
        for i, first in enumerate(group)
        for second in group[i + 1 :]
    ),
)
# "short-term", "long-term": one idea, and "short" alone must not match "long-term".
_COMPOUND: Final = re.compile(r"\b(short|long|near|mid)[\s-]+term\b", re.IGNORECASE)
# "before freezing", "after thawing", "before diagnosis": the record's "prefreezing",
# "postthawed", "prediagnostic". Only a process (an -ing word or a procedure noun): "after
# ketamine" is not one word "postketamine".
_TIME_PHRASE: Final = re.compile(
    r"\b(?:(?P<when>before|after|prior\s+to|(?<!\bthe\s)following)\s+(?:the\s+|their\s+|its\s+|"
    r"an?\s+)?(?:(?:undergoing|receiving|starting|having|being)\s+(?:the\s+|an?\s+)?)?|"
    r"(?P<prefix>pre|post)-)"
    r"(?P<what>[a-z]{3,}ing|diagnos[ie]s|treatment|therapy|infusion|injection|exposure|operation|"
    r"surgery|randomi[sz]ation|intervention|birth|menopause|transplant(?:ation)?|"
    r"vaccination|meals?|diagnosed|operated|treated|infused|born)\b",
    re.IGNORECASE,
)
# "after the cases had been diagnosed", "before they were treated": a clause naming the event by
# its verb. Its subject may not hold a number, a preposition or a punctuation mark ("after 6
# months treated patients ..." or "after infusion in treated rats" time nothing by the verb).
_TIME_CLAUSE: Final = re.compile(
    r"\b(?P<when>before|after|prior\s+to|until)\s+(?:(?!(?:in|of|with|for|at|on|by|from|to|"
    r"and|or|than)\b)[a-z]+\s+){1,5}?(?:was|were|had\s+been|has\s+been|have\s+been|are|is|"
    r"got|had|have|has)\s+(?P<what>diagnosed|operated|treated|infused|born|"
    r"randomi[sz]ed|transplanted|vaccinated|injected|dosed)\b",
    re.IGNORECASE,
)
# "pre-freezing", "post-thaw" written with a hyphen are the same as "prefreezing", "postthaw".
_TIME_PREFIX: Final = {"before": "pre", "prior to": "pre", "after": "post", "pre": "pre",
                       "post": "post", "following": "post", "until": "pre"}  # fmt: skip
_TIME_KEY: Final = "time:"
# Phrases read as one word, whose parts are stopwords, numbers or letters the word pattern drops:
# "less often" (rare) against "more frequently" (frequent), "(13)C" = "carbon-13", "top
# quartile" = "fourth quartile".
_ELEMENTS: Final = {"carbon": "c", "nitrogen": "n", "oxygen": "o", "hydrogen": "h",
                    "phosphorus": "p", "fluorine": "f", "sodium": "na", "xenon": "xe",
                    "iodine": "i", "helium": "he", "lithium": "li"}  # fmt: skip
# "(2R,6R)-HNK": one named compound; its stereo locants are no words of their own (counted apart,
# three rare words would let the mere mention of the compound back anything said about it).
_STEREO_NAME: Final = re.compile(r"\(?\b(\d{1,2}[RS](?:\s?,\s?\d{1,2}[RS])+)\)?-([A-Za-z][\w]*)")
# Symbols are case-sensitive and need a two-digit mass number ("24h" is hours, "n-3" a fatty acid).
_ISOTOPE: Final = re.compile(
    r"\((\d{1,3})\)\s*(C|N|O|H|P|F|Na|Xe|I|He|Li)\b"
    r"|\^?\b(\d{2,3})(C|N|O|P|F|Na|Xe|He)\b"
    r"|\b(C|N|O|P|F|Na|Xe|He)-(\d{2,3})\b"
    rf"|\b((?i:{'|'.join(_ELEMENTS)}))[\s-]?(\d{{1,3}})\b"
)
_I: Final = re.IGNORECASE
# (cheap substring cues, pattern, key): the pattern only runs on text holding one of the cues.
_PHRASE_WORDS: Final = (
    (("often", "frequen", "common", "rare", "seldom"),
     re.compile(r"\b(?:less|fewer)\s+(?:often|frequently|commonly|common|frequent)\b"
                r"|\b(?:rarely|infrequently|seldom|uncommonly)\b", _I), "rare"),
    (("often", "frequen", "common"),
     re.compile(r"\bmore\s+(?:often|frequently|commonly|common|frequent)\b", _I), "frequent"),
    # "the top quarter" is the lay top quartile
    (("quartile", "quarter"),
     re.compile(r"\b(?:top|highest|upper|fourth|4th)\s+quart(?:ile|er)s?\b", _I), "topquartile"),
    (("quartile", "quarter"),
     re.compile(r"\b(?:bottom|lowest|first|1st)\s+quart(?:ile|er)s?\b", _I), "bottomquartile"),
    (("quintile",),
     re.compile(r"\b(?:top|highest|upper|fifth|5th)\s+quintiles?\b", _I), "topquintile"),
    (("quintile",),
     re.compile(r"\b(?:bottom|lowest|first|1st)\s+quintiles?\b", _I), "bottomquintile"),
    # "vs no use", "against non-use": no exposure ("of no use", "of little or no use" is
    # uselessness, not this)
    (("expos", "user", "never", "use"),
     re.compile(r"\b(?:unexposed|non-?exposed|never[\s-]exposed|no\s+exposure|never[\s-]users?|"
                r"non-?users?|(?<!\bof\s)(?<!\blittle\sor\s)(?<!\blimited\sor\s)"
                r"(?<!\bminimal\sor\s)no\s+(?:prior\s+)?use|non-?use)\b"
                # "men who never used it", "those never exposed"
                r"|\bnever\s+(?:(?:been|were|was)\s+)?(?:used|using|applied|handled|exposed)\b",
                _I), "unexposed"),
    *para.PHRASE_WORDS,
    *para.REPORT_PHRASE_WORDS,
)  # fmt: skip
# Each cue of the phrase words, with the positions of the phrase words it cues (each cue is
# looked for once per text, not once per phrase word).
_PHRASE_CUES: Final[dict[str, tuple[int, ...]]] = {
    cue: tuple(i for i, (cues, _, _) in enumerate(_PHRASE_WORDS) if cue in cues)
    for cues, _, _ in _PHRASE_WORDS
    for cue in cues
}
SHORT_TERM: Final = "shortterm"
LONG_TERM: Final = "longterm"
# A stated duration this short means the result is a short-term one ("up to 2 weeks").
_SHORT_DAYS: Final = 31.0
_DAYS: Final = {"minute": 1 / 1440, "hour": 1 / 24, "day": 1.0, "week": 7.0, "month": 30.4,
                "year": 365.0}  # fmt: skip


@dataclass(frozen=True, slots=True)
class Term:
    """One word (or synonym phrase) of a text, with what it can match."""

    text: str  # surface form, as written
    stem: str  # canonical stem (synonyms folded)
    start: int
    end: int
    is_number: bool
    concepts: frozenset[str]  # stem, plus the stems of an abbreviation's long form


@dataclass(frozen=True, slots=True)
class IndexedSentence:
    position: int  # 0 is the title, then abstract sentences in order
    text: str
    start: int  # into record.abstract_text; -1 for the title
    end: int
    section: str | None
    terms: tuple[Term, ...]
    concepts: frozenset[str]
    quantities: tuple[Quantity, ...]  # spans relative to ``text``
    # What the labels the sentence names were defined as ("cryosolution B" -> sodium citrate):
    # retrieval reads them as the sentence's words; checks of a word's place in it do not.
    labelled: frozenset[str] = frozenset()

    @property
    def in_abstract(self) -> bool:
        return self.start >= 0

    @property
    def span(self) -> Span | None:
        return Span(start=self.start, end=self.end) if self.in_abstract else None

    def absolute(self, start: int, end: int) -> Span | None:
        """A span relative to the sentence, moved into ``abstract_text``."""
        return Span(start=self.start + start, end=self.start + end) if self.in_abstract else None


@dataclass
class RecordIndex:
    pmid: str
    title: str
    abstract_text: str
    sentences: tuple[IndexedSentence, ...]
    abbreviations: dict[str, str]
    # (surname, forenames) of each named author, for telling who wrote it from what is said.
    authors: tuple[tuple[str, str], ...] = ()
    # What the abstract's labels were defined as, all of them ("sodium chloride", "citrate").
    defined: frozenset[str] = frozenset()
    # The record's journal as titled and abbreviated ("Biological psychiatry", "Biol Psychiatry").
    journals: tuple[str, ...] = ()
    # The record the index was built from: the memo holds what checks read from its metadata
    # (affiliation places, journal names, design profile), so only the same record may reuse it.
    source: PubMedRecord | None = field(default=None, repr=False, compare=False)
    _memo: dict[Any, Any] = field(default_factory=dict, repr=False)

    def describes(self, record: PubMedRecord) -> bool:
        """True when this index was built from the same record, text and metadata alike (cache
        check): two records sharing a pmid and an abstract may differ in authors or journal."""
        if self.source is not None:
            return self.source is record or self.source == record
        return (
            self.pmid == record.pmid
            and self.title == record.title
            and self.abstract_text == record.abstract_text
        )

    @property
    def abstract_sentences(self) -> tuple[IndexedSentence, ...]:
        return tuple(s for s in self.sentences if s.in_abstract)

    def memo(self, key: Any, factory: Callable[[], T]) -> T:
        """A value computed once per record (design profile, comparators...)."""
        memo = self._memo
        if key in memo:
            return memo[key]  # type: ignore[no-any-return]
        value = memo[key] = factory()
        return value

    def author_spans(self, text: str) -> list[tuple[int, int]]:
        """Where ``text`` names one of the record's authors ("J. Michael Olivero", "Olivero's
        review"): who wrote it, which only the author list can back, never abstract words.

        A surname counts only as written (capitalised) and when the title and abstract never
        use it as a word, and not as an eponym ("Parkinson's disease", "the Hill criteria")."""
        pattern = self.memo("author-pattern", self._author_pattern)
        spans = [m.span() for m in pattern.finditer(text)] if pattern is not None else []
        return spans + self.journal_spans(text)

    def journal_spans(self, text: str) -> list[tuple[int, int]]:
        """Where ``text`` cites the record's own journal ("(Biol Psychiatry)", "Gut 2013"):
        where it appeared, which only the journal field can back (its own check weighs it).

        Only as written (capitalised) and in citation form: inside brackets, or next to a
        year or a comma, so "gut bacteria" or "the lancet" in prose stay claim words."""
        pattern = self.memo("journal-pattern", self._journal_pattern)
        if pattern is None:
            return []
        return [m.span(m.lastgroup or 0) for m in pattern.finditer(text)]

    def _journal_pattern(self) -> re.Pattern[str] | None:
        names = sorted(
            {_journal_name_pattern(j) for j in self.journals if _WORD.search(j)},
            key=len,
            reverse=True,
        )
        if not names:
            return None
        name = rf"(?<![\w-])(?:{'|'.join(names)})(?![\w-])"
        return re.compile(
            rf"(?<=\()\s*(?P<bracketed>{name})(?=\s*[),;])"  # "(Gut)", "(Gut, 2013)"
            rf"|(?:(?<=,\s)|(?<=\)\s)|(?<=al\.\s)|(?<=al\s))(?P<listed>{name})"
            r"(?=\s*(?:\(?\d{4}|[,:)]))"
            rf"|(?P<dated>{name})(?=\s+\(?(?:19|20)\d\d\b)"  # "J Psychopharmacol 2018"
            # "a 2016 Brain Research Bulletin review", "The Gut study"
            rf"|(?:(?<=\d\d\d\d\s)|(?<=\b[Aa]\s)|(?<=\b[Aa]n\s)|(?<=\b[Tt]he\s)|(?<=\b[Tt]his\s))"
            rf"(?P<adjective>{name})(?=\s+(?:{_WORK_NOUNS})\b)"
            # a terse citation header: "Gut telomere/TERT study: ..."
            rf"|^\s*(?P<header>{name})(?=(?:\s+[\w/'-]+){{0,3}}?\s+(?:{_WORK_NOUNS})\s*:)"
            # the journal's name alone as a header: "Gut: ..."
            rf"|^\s*(?P<bare>{name})(?=\s*(?::|[-\u2013\u2014]\s))"
        )

    def _author_pattern(self) -> re.Pattern[str] | None:
        used = {w.lower() for w in _WORD.findall(f"{self.title} {self.abstract_text}")}
        names = []
        for surname, forenames in self.authors:
            if not surname or any(w.lower() in used for w in _WORD.findall(surname)):
                continue
            given = [re.escape(w) for w in _WORD.findall(forenames) if len(w) > 1]
            initials = r"(?:[A-Z]\.?[\s-]*)"
            before = rf"(?:(?:{'|'.join(given)})\s+|{initials})*" if given else f"{initials}*"
            names.append(before + re.escape(surname))
        if not names:
            return None
        return re.compile(
            rf"(?<![\w-])(?:{'|'.join(names)})(?![\w-])(?!(?:['’]s)?\s+{_EPONYM_NOUNS})"
            r"(?:['’]s)?"
        )

    def document_frequency(self, concepts: frozenset[str]) -> int:
        key = ("df", concepts)
        memo = self._memo
        if key in memo:
            return memo[key]  # type: ignore[no-any-return]
        count = memo[key] = sum(1 for s in self.sentences if not concepts.isdisjoint(s.concepts))
        return count

    def idf(self, concepts: frozenset[str]) -> float:
        """BM25's inverse document frequency over the record's sentences (always > 0)."""
        n = len(self.sentences)
        df = self.document_frequency(concepts)
        return math.log(1.0 + (n - df + 0.5) / (df + 0.5))


# What a journal name used as an adjective qualifies: "a 2016 Brain Research Bulletin review".
_WORK_NOUNS: Final = r"study|review|paper|article|trial|analysis|meta-analysis|report|survey"


def _journal_name_pattern(journal: str) -> str:
    """A journal title's words in order, full stops and case of the words after the first
    optional ("J. Psychopharmacol.", "Biol Psychiatry"), a parenthesised place left out."""
    journal = re.sub(r"\s*\([^()]*\)", "", journal).strip(" .")
    words = [w for w in re.split(r"[\s.:]+", journal) if w]
    parts = [re.escape(w) if i == 0 else f"(?i:{re.escape(w)})" for i, w in enumerate(words)]
    return r"\.?\s*".join(parts) + r"\.?" if parts else ""


# After a name, these make it an eponym ("Parkinson's disease"), not an author.
_EPONYM_NOUNS: Final = (
    r"(?:disease|syndrome|sign|law|scale|test|criteria|method|index|score|equation|formula|"
    r"effect|phenomenon|reflex|ratio|classification|procedure|operation|type|palsy|"
    r"reaction|rule|principle|model|stain|staining|cells?)\b"
)


# A letter-and-digit short form after one long word that starts with its letter: "thyroxine
# (T4)", "triiodothyronine (T3)". The initials rule cannot see these: one word makes no initials.
_ONE_WORD_FORM: Final = re.compile(r"\b([A-Za-z][a-z]{5,})\s+\(([A-Z][A-Za-z]?\d{1,2})\)")


def _with_one_word_forms(found: dict[str, str], text: str) -> dict[str, str]:
    extra = {
        match.group(2).lower(): match.group(1).lower()
        for match in _ONE_WORD_FORM.finditer(text)
        if match.group(1)[0].lower() == match.group(2)[0].lower()
        and not match.group(1).endswith("s")  # "tumours (T4)" grades tumours, names no one thing
    }
    return {**extra, **found} if extra else found


def build_index(record: PubMedRecord) -> RecordIndex:
    abstract_text = record.abstract_text
    abbreviations = _with_one_word_forms(
        find_abbreviations(f"{record.title}\n\n{abstract_text}"),
        f"{record.title}\n\n{abstract_text}",
    )
    sentences: list[IndexedSentence] = []
    if record.title:
        title = _indexed(0, record.title, -1, TITLE_SECTION, abbreviations)
        subject = _subject_concepts(
            record, lambda: _text_concepts(f"{record.title} {abstract_text}", abbreviations)
        )
        sentences.append(replace(title, concepts=title.concepts | subject))
    offset = 0
    for section in record.abstract:
        label = section.label.lower() if section.label else None
        for sentence in split_sentences(section.text, label):
            sentences.append(
                _indexed(
                    len(sentences),
                    sentence.text,
                    offset + sentence.start,
                    sentence.section,
                    abbreviations,
                )
            )
        offset += len(section.text) + 2  # sections are joined by a blank line
    definitions = _label_definitions(sentences)
    sentences = _with_label_definitions(sentences, definitions)
    return RecordIndex(
        source=record,
        defined=frozenset().union(*definitions.values()),
        pmid=record.pmid,
        title=record.title,
        abstract_text=abstract_text,
        sentences=tuple(sentences),
        abbreviations=abbreviations,
        authors=tuple(
            (author.last_name, author.fore_name or "")
            for author in record.authors
            if author.last_name
        ),
        journals=tuple(
            name
            for name in (
                record.journal.title,
                record.journal.iso_abbreviation,
                record.journal.medline_ta,
            )
            if name
        ),
    )


# "0.1 M sodium citrate containing 10% Me(2)SO (cryosolution B)": a label the abstract defines
# for a group or a preparation; later sentences name it only by the label.
_LABEL: Final = re.compile(r"\((?P<label>[a-z][\w-]{2,30}\s+[A-Z0-9])\)")
# Where a definition begins: the sentence start, a colon or semicolon, an earlier definition.
_DEFINITION_START: Final = re.compile(r"[:;]\s*|\x00\s*,?\s*(?:and|or)\s+|,\s+(?:and\s+)?")
_BRACKETED: Final = re.compile(r"\([^()]*\)")
# The definition's head names the thing; what follows ("containing ...", "with ...") details it.
_DEFINITION_HEAD_END: Final = re.compile(
    r"\s(?:containing|contains|with|plus|at|in|which|that|who|given|receiving|for)\s|\(", re.I
)


def _label_definitions(sentences: list[IndexedSentence]) -> dict[str, frozenset[str]]:
    """Each label the abstract defines, with the concepts of its definition's head."""
    defined: dict[str, frozenset[str]] = {}
    for sentence in sentences:
        for match in _LABEL.finditer(sentence.text):
            before = sentence.text[: match.start()]
            while _BRACKETED.search(before):  # asides, earlier definitions: "(Me(2)SO)"
                before = _BRACKETED.sub("\x00", before)
            starts = [m.end() for m in _DEFINITION_START.finditer(before)]
            head = before[starts[-1] if starts else 0 :]
            end = _DEFINITION_HEAD_END.search(head)
            head = head[: end.start()] if end else head
            concepts = frozenset(
                c for t in terms_of(head) if not t.is_number for c in narrow_concepts(t.concepts)
            )
            if concepts:
                defined.setdefault(match["label"], concepts)
    return defined


def _with_label_definitions(
    sentences: list[IndexedSentence], defined: dict[str, frozenset[str]]
) -> list[IndexedSentence]:
    """Sentences naming a defined label ("diluted with cryosolution B") also carry what it was
    defined as ("sodium citrate"), so a claim naming the thing meets the label."""
    if not defined:
        return sentences
    out = []
    for sentence in sentences:
        added = frozenset().union(
            *(concepts for label, concepts in defined.items() if _names(sentence.text, label))
        )  # fmt: skip
        out.append(replace(sentence, labelled=added - sentence.concepts) if added else sentence)
    return out


def _names(text: str, label: str) -> bool:
    """Whether ``text`` uses ``label`` other than where it defines it ("(cryosolution B)")."""
    uses = len(re.findall(rf"(?<!\w){re.escape(label)}\b", text))
    return uses > text.count(f"({label})")


# MeSH headings that say who or what kind of people were studied, or where: the population and
# place checks read them; as subject words they would let "in men" pass on any sentence.
_CHECK_TAGS: Final = frozenset(
    {"humans", "animals", "male", "female", "adult", "aged", "middle aged", "young adult",
     "adolescent", "child", "child, preschool", "infant", "infant, newborn", "aged, 80 and over",
     "pregnancy", "in vitro techniques"}
)  # fmt: skip


def _text_concepts(text: str, abbreviations: dict[str, str]) -> frozenset[str]:
    """The narrow concepts of the whole title and abstract, read as one text."""
    return frozenset(c for t in terms_of(text, abbreviations) for c in narrow_concepts(t.concepts))


def _subject_concepts(
    record: PubMedRecord, read_text: Callable[[], frozenset[str]]
) -> frozenset[str]:
    """Names the indexers give the whole work that its text never uses: a species' common name
    ("Sea Bream") for a title that gives the Latin one, "Prisoners" for "correctional
    facilities". Read as part of the title, so they count as the title does. A heading that
    shares a word with the text adds nothing (the text says it better), and headings of method
    or statistics ("Odds Ratio", "Follow-Up Studies") say how the work was done, not what of.

    The whole text is read (``read_text``) only when a heading needs comparing with it."""
    found: set[str] = set()
    text_concepts: frozenset[str] | None = None
    for heading in record.mesh_headings:
        name = heading.descriptor.strip().lower()
        if name in _CHECK_TAGS or heading.type == "Geographic" or _METHOD_HEADING.search(name):
            continue
        words = [t for t in terms_of(name.replace(",", " ")) if not t.is_number]
        if not words:
            continue
        if text_concepts is None:
            text_concepts = read_text()
        if any(narrow_concepts(t.concepts) & text_concepts for t in words):
            continue
        found.update(c for t in words for c in narrow_concepts(t.concepts))
    return frozenset(found)


_METHOD_HEADING: Final = re.compile(
    r"\b(?:studies|study|ratio|factors|techniques?|methods?|statistics|models?|analysis|"
    r"surveys|questionnaires|outcome|schedule|relationship|topic|time|assessment|"
    r"reproducibility|sensitivity|specificity)\b"
)


def narrow_concepts(concepts: frozenset[str]) -> frozenset[str]:
    """Concepts without broad groups ("~efficacy") and roots: only what the word itself says."""
    return frozenset(c for c in concepts if not c.startswith("~"))


def _indexed(
    position: int, text: str, start: int, section: str | None, abbreviations: dict[str, str]
) -> IndexedSentence:
    terms = terms_of(text, abbreviations)
    quantities = tuple(find_quantities(text))
    concepts = (
        frozenset(c for t in terms for c in t.concepts)
        | _duration_concepts(quantities)
        | _signed_concepts(quantities)
        | _odds_concepts(text, quantities)
        | _even_split_concepts(quantities)
        | frozenset(mark.concept for mark in scope_marks(text, source=True))
        | _whole_group_concepts(quantities)
    )
    return IndexedSentence(
        position=position,
        text=text,
        start=start,
        end=start + len(text) if start >= 0 else -1,
        section=section,
        terms=tuple(terms),
        concepts=concepts,
        quantities=quantities,
    )


_UNSIGNED_UNITS: Final = frozenset({"ci", "p", "ratio_stat", "r", ""})


def _signed_concepts(quantities: tuple[Quantity, ...]) -> frozenset[str]:
    """A negative change ("-1.83 points") says, in part, that something went down."""
    for quantity in quantities:
        if quantity.value < 0 and quantity.low is None and quantity.unit not in _UNSIGNED_UNITS:
            return frozenset({"~decrease"})
    return frozenset()


_ODDS_LABEL: Final = re.compile(r"\b(?:a?OR|ORQ\d?|odds)\b")


def _odds_concepts(text: str, quantities: tuple[Quantity, ...]) -> frozenset[str]:
    """An odds ratio ("OR 1.36") speaks of odds, although "OR" itself is read as a label."""
    if any(q.unit == "ratio_stat" for q in quantities) and _ODDS_LABEL.search(text):
        return _word("odds")[1]
    return frozenset()


_HALF: Final = 50.0


def _even_split_concepts(quantities: tuple[Quantity, ...]) -> frozenset[str]:
    """Two halves ("10 women (50%) and 10 men (50%)") say the group was split evenly."""
    halves = sum(1 for q in quantities if q.is_proportion and q.percent == _HALF and q.low is None)
    return frozenset({para.EVEN_SPLIT}) if halves >= 2 else frozenset()


def _duration_concepts(quantities: tuple[Quantity, ...]) -> frozenset[str]:
    """A sentence stating a short duration ("up to 2 weeks", "within an hour") is short-term."""
    for quantity in quantities:
        days = _DAYS.get(quantity.unit)
        if days is not None and 0 < quantity.value * days <= _SHORT_DAYS:
            return frozenset({SHORT_TERM})
    return frozenset()


# --- scope: all, only, further --------------------------------------------------------------------

# Words of scope are stopwords to retrieval ("all", "only", "further"), yet "all 20 patients",
# "in women only" and "kept improving" claim more than "18 of 20", "all patients" and "no further
# change". Where they carry meaning they are read as one of three concepts, on both sides: a claim
# word of scope must meet a record sentence that carries the same scope.
ALL_SCOPE: Final = "=all"
ONLY_SCOPE: Final = "=only"
FURTHER_SCOPE: Final = "=further"


@dataclass(frozen=True, slots=True)
class ScopeMark:
    """Words that carry a scope, their span in the text, and the concept they stand for."""

    text: str
    start: int
    end: int
    concept: str


_COUNT_WORDS: Final = (
    r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|"
    r"fifty|hundred|dozen|half|few|couple)"
)
_TIME_UNIT: Final = (
    r"(?:seconds?|minutes?|hours?|days?|nights?|mornings?|evenings?|weeks?|weekends?|months?|"
    r"years?|decades?|times?|sessions?|visits?)\b"
)
_UNIVERSAL: Final = re.compile(
    r"(?<![\w-])(?:all|every|everyone|everybody|each|without\s+exception|universally|"
    r"invariably)(?![\w-])",
    _I,
)
# "at all", "in all, 41", "after all", "all but two", "not all", "nearly all", "all-cause",
# "every other week", "each other": idioms, counts and frequencies, not a claim about everyone.
_NOT_UNIVERSAL_BEFORE: Final = re.compile(r"\b(?:not|nearly|almost|virtually|practically)\s+$", _I)
_NOT_ALL_BEFORE: Final = re.compile(r"\b(?:at|after|above|once\s+and\s+for)\s+$", _I)
# "every other week", "every 2 weeks", "every day", "every so often": a frequency.
_FREQUENCY_AFTER: Final = re.compile(
    rf"\s+(?:other\b|so\s+often\b|(?:\d+|{_COUNT_WORDS})\s+{_TIME_UNIT}|{_TIME_UNIT})", _I
)
# "all in all", "In all, 41 patients", "60 in all": a total.
_IN_ALL: Final = re.compile(r"\bin\s+all\s*(?:[,.;:)]|$)|\ball\s+in\s+all\b", _I)
# "All studies except one", "all patients apart from two": an exception ends the universal.
_EXCEPTION_AHEAD: Final = re.compile(
    r"^[^,;.:]{0,60}?\b(?:except|apart\s+from|other\s+than|save\s+for|but\s+(?:one|two|three|"
    r"\d))\b",
    _I,
)
# "each" is distributive ("each received both drugs", "each minor allele"): only "in each
# patient", "for each group", "each and every" say everyone had the result.
_EACH_BEFORE: Final = re.compile(r"\b(?:in|for|across|among|at|of|on)\s+$", _I)
_ONLY: Final = re.compile(
    r"(?<![\w-])(?:only|solely|exclusively|(?:restricted|confined)\s+to)(?![\w-])", _I
)
# "only seven patients", "only minor effects", "only about half": emphasis on a small amount,
# not a restriction of scope; "not only ... but also" widens it.
_ONLY_EMPHASIS_AFTER: Final = re.compile(
    rf"\s+(?:\d|(?:{_COUNT_WORDS}|a\s+(?:few|handful|little|small|minority|fraction|third|"
    r"quarter|fifth|tenth|single|modest|slight|minor|mild|marginal|brief|short|limited|low|weak|"
    r"partial|moderate)|about|around|approximately|roughly|nearly|almost|some|slight\w*|minor|"
    r"small\w*|modest\w*|mild\w*|marginal\w*|weak\w*|brief\w*|partial\w*|partly|"
    r"moderate\w*|temporar\w*|transient\w*|short\w*|limited|low|rare\w*|occasional\w*|"
    r"sometimes|once|twice|percent)(?![\w-]))",
    _I,
)
# "only at concentrations far above clinical ones", "only at doses over 1 mg/kg": a bound, which
# the quantity and qualifier checks judge (checks.support._qualifier_gap), not a scope.
_ONLY_BEFORE_BOUND: Final = re.compile(
    r"\s+(?:at|in|with|for|when|under)\b[^,;.]{0,40}?\b(?:above|beyond|over|below|under|exceed\w*|"
    r"(?:higher|greater|more|lower|less|fewer)\s+than)\b",
    _I,
)
_ONLY_NOT_BEFORE: Final = re.compile(r"\b(?:not|if)\s+$", _I)
# In a record sentence, "improved after ketamine but not placebo" says "only after ketamine".
_SOURCE_ONLY: Final = re.compile(r"\bbut\s+not\b", _I)
_CHANGE_AHEAD: Final = (
    r"(?:improv|declin|decreas|increas|reduc|ris(?:e|es|ing)\b|rose\b|fall|fell\b|drop|gain|"
    r"los[st]|benefit|worsen|deteriorat|progress|chang|grow|grew|lower|rais|better\b|"
    r"worse\b|relie|recover|shorten|lengthen|climb|slow|fad)"
)
# "a further steep fall", "additional significant improvement"
_DEGREE: Final = (
    r"(?:\w+ly|steep|sharp|small|large|slight|marked|modest|significant|rapid|gradual|"
    r"dramatic|substantial|minor|major|clear|big|sudden|meaningful|notable|pronounced)"
)
# "kept improving", "continued to decline", "further reduced", "no further change": the change
# went on past the point the sentence speaks of.
_FURTHER: Final = re.compile(
    r"\b(?:kept|keeps?|keeping|still)(?=\s+(?!(?:during|something|nothing|anything|everything|"
    r"morning|evening|thing)\b)\w+ing\b)"
    rf"|\b(?:continu(?:e|es|ed|ing))(?=\s+to\s+(?:be\s+|get\s+)?{_CHANGE_AHEAD})"
    rf"|\b(?:further|additional|continued|continuing|ongoing)(?=\s+(?:{_DEGREE}\s+)?"
    rf"{_CHANGE_AHEAD})",
    _I,
)

# "improved further", "did not affect the motility much further": after the verb of change.
_FURTHER_AFTER_VERB: Final = re.compile(
    r"\bfurther\b(?!\s+(?:stud|research|work|trial|investigat|analys|detail|information|"
    r"evidence|data|test|experiment|explor|examin|evaluat|confirm|understand|insight))",
    _I,
)
_CHANGED_BEFORE: Final = re.compile(
    rf"\b(?:{_CHANGE_AHEAD}|affect|alter)\w*(?:\s+[\w()-]+){{0,3}}?\s+$", _I
)
_LIST_END_BEFORE: Final = re.compile(r",[^,;:.]{1,60}\band\s+[\w()/-]+\s+$", _I)


@lru_cache(maxsize=8192)
def scope_marks(text: str, *, source: bool = False) -> tuple[ScopeMark, ...]:
    """Words of ``text`` that say everyone ("all 20 patients", "in every patient"), only
    ("in women only", "only after thawing") or more of a change ("kept improving", "no further
    change"). ``source`` reads a record sentence, where "but not" also restricts the scope."""
    marks: list[ScopeMark] = []
    idioms = [m.span() for m in _IN_ALL.finditer(text)]
    for match in _UNIVERSAL.finditer(text):
        word = match.group().lower()
        before, after = text[max(0, match.start() - 30) : match.start()], text[match.end() :]
        if any(a <= match.start() < b for a, b in idioms) or _NOT_UNIVERSAL_BEFORE.search(before):
            continue
        if word == "every" and _FREQUENCY_AFTER.match(after):
            continue
        if word == "all" and (
            _NOT_ALL_BEFORE.search(before) or re.match(r"\s*(?:but\b|-|in\s+all\b)", after)
        ):
            continue  # "at all", "after all", "all but two", "all-cause"
        if word == "each" and (
            not (_EACH_BEFORE.search(before) or after.lower().startswith(" and every"))
            or after.lower().startswith(" other")
        ):
            continue  # "each received both drugs", "each minor allele", "of each other"
        if _EXCEPTION_AHEAD.match(after):
            continue
        if word in ("all", "each") and _LIST_END_BEFORE.search(before):
            continue  # "mTOR, BDNF and GSK-3 all feature": the list names every member
        marks.append(ScopeMark(match.group(), match.start(), match.end(), ALL_SCOPE))
    for match in _ONLY.finditer(text):
        before = text[max(0, match.start() - 10) : match.start()]
        if match.group().lower() == "only" and (
            _ONLY_NOT_BEFORE.search(before)
            or _ONLY_EMPHASIS_AFTER.match(text, match.end())
            or (not source and _ONLY_BEFORE_BOUND.match(text, match.end()))
        ):
            continue
        marks.append(ScopeMark(match.group(), match.start(), match.end(), ONLY_SCOPE))
    if source:
        marks += [
            ScopeMark(m.group(), m.start(), m.end(), ONLY_SCOPE)
            for m in _SOURCE_ONLY.finditer(text)
        ]
    marks += [
        ScopeMark(m.group(), m.start(), m.end(), FURTHER_SCOPE) for m in _FURTHER.finditer(text)
    ]
    marks += [
        ScopeMark(m.group(), m.start(), m.end(), FURTHER_SCOPE)
        for m in _FURTHER_AFTER_VERB.finditer(text)
        if _CHANGED_BEFORE.search(text[max(0, m.start() - 40) : m.start()])
    ]
    return tuple(sorted(marks, key=lambda m: m.start))


_WHOLE: Final = 100.0


def _whole_group_concepts(quantities: tuple[Quantity, ...]) -> frozenset[str]:
    """ "20 of 20", "100%": the whole group, as "all" says it."""
    for quantity in quantities:
        whole = (
            quantity.is_ratio
            and quantity.numerator is not None
            and quantity.numerator == quantity.denominator
        )
        if (
            quantity.is_proportion
            and quantity.low is None
            and (whole or quantity.percent == _WHOLE)
        ):
            return frozenset({ALL_SCOPE})
    return frozenset()


# --- words with offsets -------------------------------------------------------------------------


def terms_of(text: str, abbreviations: dict[str, str] | None = None) -> list[Term]:
    """Content words of ``text`` with offsets; numbers kept (flagged) for the quantity checks."""
    if not abbreviations:
        return list(_terms_cached(text))
    return _terms(text, abbreviations)


@lru_cache(maxsize=32768)
def _terms_cached(text: str) -> tuple[Term, ...]:
    return tuple(_terms(text, None))


def terms_between(text: str, start: int, end: int) -> list[Term]:
    """The words of ``text`` lying within ``[start, end)`` (``text`` is read once and cached)."""
    return [t for t in _terms_cached(text) if start <= t.start and t.end <= end]


def _terms(text: str, abbreviations: dict[str, str] | None) -> list[Term]:
    compounds = _phrase_words(text)
    words = [(m.group(), m.start(), m.end()) for m in _WORD.finditer(text)]
    out: list[Term] = []
    content: list[tuple[str, int, int]] = []  # (stem, start, end) runs between numbers
    for c_start, c_end, key in compounds:
        if key.startswith(_TIME_KEY):
            own, concepts = _timed_word(key)
            out.append(Term(text[c_start:c_end], own, c_start, c_end, False, concepts))
            continue
        concepts = (
            frozenset({key, *_GROUPS_OF.get(key, ())})
            if key.endswith(("term", "quartile", "quintile")) or (key.startswith("isotope"))
            else _phrase_concepts(key)
        )
        out.append(Term(text[c_start:c_end], key, c_start, c_end, False, concepts))
    # The phrase spans, ordered: kept spans never overlap, so a word lies in one exactly when
    # it lies in the last span starting at or before it (empty spans hold no word).
    spans = sorted((c_start, c_end) for c_start, c_end, _ in compounds if c_start < c_end)
    span_starts = [c_start for c_start, _ in spans]
    for surface, start, end in words:
        if spans:
            last = bisect_right(span_starts, start) - 1
            if last >= 0 and start < spans[last][1]:
                if content:
                    _flush(content, text, abbreviations, out)
                continue
        lower = surface.lower()
        if _is_number(lower):
            if content:
                _flush(content, text, abbreviations, out)
            out.append(Term(surface, lower, start, end, True, frozenset()))
            continue
        if lower in STOPWORDS or lower in _CONTRACTED or lower in _UNIT_WORDS or len(lower) < 2:
            if content:
                _flush(content, text, abbreviations, out)
            continue
        content.append((lower, start, end))
    if content:
        _flush(content, text, abbreviations, out)
    out.sort(key=lambda t: t.start)
    return _compound_readings(text, out)


@lru_cache(maxsize=256)
def _phrase_concepts(key: str) -> frozenset[str]:
    """A phrase word's concepts: its key read as a word, and the words it also stands for."""
    concepts = set(_word(key)[1]) | {key}
    for word in para.PHRASE_ALSO.get(key, ()):
        if word.startswith("~"):
            concepts.add(word)  # a broad group itself ("~decrease"), half credit
            continue
        concepts |= _word(word)[1]
    return frozenset(concepts)


def _phrase_words(text: str) -> list[tuple[int, int, str]]:
    """Spans read as one word, with their key; earlier spans win over overlapping later ones."""
    found = [(m.start(), m.end(), f"{m.group(1).lower()}term") for m in _COMPOUND.finditer(text)]
    for match in _TIME_PHRASE.finditer(text):
        when = " ".join((match["when"] or match["prefix"]).lower().split())
        found.append(
            (match.start(), match.end(), f"{_TIME_KEY}{_TIME_PREFIX[when]}:{match['what'].lower()}")
        )
    lowered = text.lower()
    isotopes = _ISOTOPE.finditer(text) if any(map(str.isdigit, text)) else ()
    for match in isotopes:
        groups = [g for g in match.groups() if g]
        number = next(g for g in groups if g.isdigit())
        name = next(g for g in groups if not g.isdigit()).lower()
        found.append((match.start(), match.end(), f"isotope{number}{_ELEMENTS.get(name, name)}"))
    if isotopes:
        for match in _STEREO_NAME.finditer(text):
            locants = re.sub(r"[\s,]", "", match[1]).lower()
            found.append((match.start(), match.end(), f"{locants}{match[2].lower()}"))
    # Each cue is looked for once; the phrase words it cues are then read in their order.
    cued = {i for cue in _PHRASE_CUES if cue in lowered for i in _PHRASE_CUES[cue]}
    for i in sorted(cued):
        _, pattern, key = _PHRASE_WORDS[i]
        found.extend((m.start(), m.end(), key) for m in pattern.finditer(text))
    kept: list[tuple[int, int, str]] = []
    for span in found:
        if not any(span[0] < end and start < span[1] for start, end, _ in kept):
            kept.append(span)
    return kept


def _flush(
    run: list[tuple[str, int, int]],
    text: str,
    abbreviations: dict[str, str] | None,
    out: list[Term],
) -> None:
    """Fold a run of content words: synonym phrases first, then single words."""
    i = 0
    stems: list[str] | None = None  # the run's stems, taken once a phrase may start
    while i < len(run):
        word, start, end = run[i]
        own, concepts, starts_phrase = _word(word)
        size = 1
        if starts_phrase:
            if stems is None:
                stems = [stem(w) for w, _, _ in run]
            for longer in range(min(_LONGEST_PHRASE, len(run) - i), 1, -1):
                canonical = _canonical(tuple(stems[i : i + longer]))
                if canonical is not None:
                    own, size = canonical, longer
                    concepts = frozenset({own, *_GROUPS_OF.get(own, ())})
                    end = run[i + longer - 1][2]
                    break
        if size == 1:
            long_form = (abbreviations or {}).get(word) or COMMON_ABBREVIATIONS.get(word)
            if long_form:
                concepts = concepts | frozenset(long_form_stems(long_form))
        out.append(Term(text[start:end], own, start, end, False, concepts))
        i += size
    run.clear()


@lru_cache(maxsize=65536)
def _word(word: str) -> tuple[str, frozenset[str], bool]:
    """A lowercased word's canonical stem, its concepts, and whether a synonym phrase may
    start with it."""
    own_stem = stem(word)
    canonical = canonical_stems([own_stem])[0]
    concepts = {canonical, *_GROUPS_OF.get(canonical, ()), *_GROUPS_OF.get(own_stem, ())}
    concepts |= _roots(word, own_stem)
    return canonical, frozenset(concepts), own_stem in _PHRASE_STARTS


# Derivation the stemmer leaves apart ("diagnosis"/"diagnostic", "principal"/"principle") and
# time prefixes ("prediagnostic" is "before diagnosis"): a shared root is a broad match only.
_ROOT_LENGTH: Final = 7
# Prefixes that name a time ("prediagnostic") or a kind of the same thing ("cryodiluent" is a
# diluent, "ultrastructural" structural): the rest of the word is a broad match for the plain
# word. Only a rest with a root of its own counts: a short one ("cryosolution") would make a
# common claim word ("solution") look present in the record, weighed in full for half credit.
_PREFIXES: Final = ("pre", "post", "cryo", "micro", "ultra", "neuro", "multi")


def _roots(word: str, own_stem: str) -> set[str]:
    roots = set()
    root = _root(own_stem)
    if root:
        roots.add(root)
    for prefix in _PREFIXES:
        rest = word[len(prefix) :].lstrip("-")
        if word.startswith(prefix) and len(rest) >= 6:
            rest_stem = stem(rest)
            roots.add("~" + rest_stem)
            rest_root = _root(rest_stem)
            if rest_root:
                roots.add(rest_root)
            if prefix in _TIME_PREFIXES:
                roots |= _times(prefix, rest_stem)
            if prefix == _CRYO:
                roots |= {_FREEZING, _frozen(rest_stem)}
        elif word.startswith(prefix) and prefix in _TIME_PREFIXES and stem(rest) in _EVENTS:
            roots |= _times(prefix, stem(rest))  # a short event root: "prenatal", "postpartum"
    return roots


# "cryo-" is freezing: a "cryosolution" is a freezing solution, "cryoinjury" freezing injury.
_CRYO: Final = "cryo"
_FREEZING: Final = "freez"
# Only what cryobiology names with one word: "frozen salmon" is no "cryosalmon".
_FROZEN_PHRASE: Final = re.compile(
    r"\b(?:freez(?:e|es|ing)|frozen)[\s-]+(?P<what>solutions?|media|medium|diluents?|"
    r"extenders?|protectants?|preservation|storage|injur(?:y|ies)|damage)\b",
    re.IGNORECASE,
)


def _frozen(rest_stem: str) -> str:
    return f"{_CRYO}^{rest_stem}"


# "anti-TPO", "anti-HBs": by biomedical convention an antibody against what the abbreviation
# names; a broad match only ("anti-TNF" may name a drug).
_ANTI_ABBREVIATION: Final = re.compile(r"\banti-(?P<what>[A-Z][A-Za-z0-9]*[A-Z0-9][A-Za-z0-9]*)\b")


def _compound_readings(text: str, terms: list[Term]) -> list[Term]:
    """Terms that also carry the one word a compound makes of them: "freezing solutions" is a
    "cryosolution", the "TPO" of "anti-TPO" an antibody."""
    extra: dict[int, frozenset[str]] = {}
    solid: dict[int, str] = {}
    if "fr" in text.lower():
        for match in _FROZEN_PHRASE.finditer(text):
            what = match["what"].lower()
            own = _word(_CRYO + what)[0]
            extra[match.start("what")] = frozenset({own, _frozen(stem(what))})
            solid[match.start("what")] = own
    if "fore" in text or "fter" in text or "rior" in text or "ntil" in text:
        for match in _TIME_CLAUSE.finditer(text):
            when = " ".join(match["when"].lower().split())
            extra[match.start("what")] = frozenset(
                _times(_TIME_PREFIX[when], stem(match["what"].lower()))
            )
    if "anti-" in text:
        for match in _ANTI_ABBREVIATION.finditer(text):
            extra[match.start("what")] = _ANTIBODY_ROOT
    if not extra:
        return terms
    return [
        replace(t, stem=solid.get(t.start, t.stem), concepts=t.concepts | extra[t.start])
        if t.start in extra
        else t
        for t in terms
    ]


_TIME_PREFIXES: Final = ("pre", "post")


def _timed(prefix: str, rest_stem: str) -> str:
    """The concept of "before/after X" that "preX"/"postX" shares ("prediagnostic" and
    "before diagnosis": the stems differ past their first letters)."""
    return f"{prefix}^{_EVENTS.get(rest_stem, rest_stem)[:_ROOT_LENGTH]}"


# One event named by its noun, its verb or its Latin root: "preoperative" is "before surgery",
# "prenatal" "before birth", "postprandial" "after a meal", "pretreatment" "before therapy".
_EVENTS: Final = {
    "diagnosi": "diagnos", "diagnost": "diagnos", "diagnos": "diagnos",
    "oper": "surgeri", "surgic": "surgeri", "op": "surgeri",
    "treatment": "treat", "therapi": "treat", "therapeut": "treat",
    "natal": "birth", "born": "birth", "partum": "birth",
    "prandial": "meal", "eat": "meal",
    "transplant": "transplant", "vaccin": "vaccin", "infus": "infus", "menopaus": "menopaus",
    "dose": "dose",
}  # fmt: skip
# The named events whose before and after exclude each other ("prediagnostic" blood is no blood
# drawn after diagnosis); "treat" is left out: a "pretreatment" is often a drug given first.
TIME_EVENTS: Final = frozenset(_EVENTS.values()) - {"treat"}


@lru_cache(maxsize=4096)
def _timed_word(key: str) -> tuple[str, frozenset[str]]:
    """A "before/after X" phrase: X's own concepts, and the concept its prefixed form has."""
    prefix, word = key.removeprefix(_TIME_KEY).split(":", 1)
    own, concepts, _ = _word(word)
    return own, concepts | _times(prefix, stem(word))


# A step that only ever follows another: what comes after thawing comes after freezing too, so
# "after thawing" is the opposite of "before freezing".
_FOLLOWS: Final = {"thaw": "freez", "rewarm": "cool", "extub": "intub"}


def _times(prefix: str, rest_stem: str) -> set[str]:
    times = {_timed(prefix, rest_stem)}
    earlier = _FOLLOWS.get(rest_stem)
    if prefix == "post" and earlier:
        times.add(_timed(prefix, earlier))
    return times


def _root(stem_: str) -> str | None:
    if len(stem_) >= _ROOT_LENGTH and not stem_[:_ROOT_LENGTH].isdigit():
        return "~^" + stem_[:_ROOT_LENGTH]
    return None


@lru_cache(maxsize=65536)
def _canonical(stems: tuple[str, ...]) -> str | None:
    """The synonym group stem of a phrase, None when the phrase is not a synonym entry."""
    folded = canonical_stems(list(stems))
    return folded[0] if len(folded) == 1 else None


@lru_cache(maxsize=4096)
def long_form_stems(long_form: str) -> tuple[str, ...]:
    stems = [stem(t) for t in tokens(long_form) if t not in STOPWORDS and len(t) > 1]
    return tuple(canonical_stems(stems))


def _build_groups() -> dict[str, tuple[str, ...]]:
    groups: dict[str, list[str]] = {}
    for mark, table in (("=", SAME_MEANING), ("~", RELATED)):
        for group in table:
            label = mark + group[0]
            for word in group:
                for key in _group_keys(word):
                    groups.setdefault(key, []).append(label)
    return {k: tuple(dict.fromkeys(v)) for k, v in groups.items()}


def _group_keys(word: str) -> list[str]:
    """The stems a group member is known by: its own and its synonym group's. A phrase
    ("short-lived") counts only when text.SYNONYMS reads it as one word."""
    stems = [stem(t) for t in tokens(word) if t not in STOPWORDS]
    if len(stems) == 1:
        return sorted({stems[0], *canonical_stems(stems)})
    folded = canonical_stems(stems)
    return folded if len(folded) == 1 else []


_GROUPS_OF: Final = _build_groups()
# First stems of the multi-word synonym entries ("side effect"): only these can start a phrase.
_PHRASE_STARTS: Final = frozenset(
    stems[0]
    for group in SYNONYMS
    for member in group
    if len(stems := [stem(t) for t in tokens(member) if t not in STOPWORDS]) > 1
)


def _build_opposites() -> dict[str, frozenset[str]]:
    opposites: dict[str, set[str]] = {}
    for first, second in ANTONYMS:
        opposites.setdefault(first, set()).add(second)
        opposites.setdefault(second, set()).add(first)
    return {k: frozenset(v) for k, v in opposites.items()}


_OPPOSITES: Final = _build_opposites()


def opposites(term: Term) -> frozenset[str]:
    """Concepts that say the opposite of ``term`` ("lower" -> high; "hyperthyroidism" ->
    "hypothyroidism")."""
    return _opposites(term.stem, term.concepts)


@lru_cache(maxsize=65536)
def _opposites(stem_: str, concepts: frozenset[str]) -> frozenset[str]:
    found: set[str] = set()
    for concept in concepts:
        found |= _OPPOSITES.get(concept, frozenset())
    # "before X" against "after X" ("prefreezing" / "postfreezing", "before treatment")
    for concept in concepts:
        for this, other in (("pre^", "post^"), ("post^", "pre^")):
            if concept.startswith(this):
                found.add(other + concept.removeprefix(this))
    # Sibling names that differ in their last letter or digit are different molecules: GluN2A
    # is not GluN2B, HCN1 not HCN2, CYP2D6 not CYP2D7.
    if _IDENTIFIER.fullmatch(stem_):
        found.update(stem_[:-1] + c for c in _ID_CHARS if c != stem_[-1])
    if stem_.startswith("hyper"):
        found.add("hypo" + stem_[5:])
    elif stem_.startswith("hypo"):
        found.add("hyper" + stem_[4:])
    # A negating prefix makes the opposite word: "competitive" / "noncompetitive",
    # "selective" / "non-selective", "reversible" / "irreversible", "stable" / "unstable".
    for prefix in _NEGATING_PREFIXES:
        rest = stem_.removeprefix(prefix).lstrip("-")
        if rest != stem_ and len(rest) >= _MIN_PREFIXED_REST:
            found.add(rest)
    if stem_.isalpha() and len(stem_) >= _MIN_PREFIXED_REST:
        found.update(prefix + stem_ for prefix in _NEGATING_PREFIXES)
    return frozenset(found)


def _build_kinds() -> dict[str, frozenset[str]]:
    kinds: dict[str, set[str]] = {}
    for group in para.KIND_GROUPS:
        stems = [_word(word)[0] for word in group]  # canonical: "antagonist" is "inhibit"
        for own in stems:
            kinds.setdefault(own, set()).update(s for s in stems if s != own)
    return {k: frozenset(v) for k, v in kinds.items()}


_KINDS: Final = _build_kinds()


def other_kinds(term: Term) -> frozenset[str]:
    """Classes that exclude the term's own when they name the same thing ("insecticide" for
    "herbicide")."""
    return _KINDS.get(term.stem, frozenset())


_NEGATING_PREFIXES: Final = ("non", "un", "ir")
# A gene, protein or subunit name: letters and a digit, four characters at least ("hcn1",
# "glun2b"); shorter ones ("t4", "il6") are too often written apart or in other ways.
_IDENTIFIER: Final = re.compile(r"(?=[a-z]*\d)(?=\d*[a-z])[a-z][a-z0-9]{3,9}")
_ID_CHARS: Final = "abcdefghijklmnopqrstuvwxyz0123456789"
_MIN_PREFIXED_REST: Final = 5


def _is_number(word: str) -> bool:
    return word.replace(".", "", 1).isdigit() or word in _NUMBER_WORDS


def surface_words(terms: Iterable[Term]) -> list[str]:
    """Distinct surface words in reading order (for highlighting)."""
    return list(dict.fromkeys(t.text for t in sorted(terms, key=lambda t: t.start)))


_ANTIBODY_ROOT: Final = frozenset({r for r in [_root(stem("antibodies"))] if r})
