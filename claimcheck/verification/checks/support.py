"""Qualitative support: does some sentence of the record say what the claim says?

Retrieval ranks the record's sentences (title included) by the claim's key terms (content
stems with synonyms and the abstract's own abbreviations; words other checks own -- years,
journal names, design words, comparators, numbers -- are left out). Support needs *coverage*,
not overlap: the best sentence must hold at least ``SINGLE_COVERAGE`` of the claim's weighted
terms, or two sentences together ``PAIR_COVERAGE``; a term the record never uses weighs most.
A sentence that negates what it shares with the claim ("did not improve") never supports it.
Quoted words in a claim must appear verbatim (whitespace, quotes and dashes normalised).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import pairwise
from typing import Final

from claimcheck.pubmed.model import PubMedRecord
from claimcheck.report.model import Evidence, Finding, FindingKind, Span, Verdict
from claimcheck.verification import lexicon as lx
from claimcheck.verification.assertions import Assertions, Phrase, extract_assertions
from claimcheck.verification.checks.certainty import (
    AIM,
    no_result_clauses,
    speaks_of_no_result,
)
from claimcheck.verification.checks.common import (
    BROAD_MATCH,
    GENERIC_STEMS,
    Hit,
    absent_word_factor,
    in_record,
    is_topic,
    missing_terms,
    narrow,
    pair_coverage,
    quoted,
    record_vocabulary,
    retrieve,
    sentence_evidence,
    weight,
    words_list,
)
from claimcheck.verification.checks.quantities import figure_stated
from claimcheck.verification.checks.terse_polarity import (
    deny_alike,
    exclusivity_denied,
    finding_denied,
    terse_denial,
)
from claimcheck.verification.index import (
    IndexedSentence,
    RecordIndex,
    Term,
    long_form_stems,
    opposites,
    terms_between,
    terms_of,
)
from claimcheck.verification.kinds import (
    families_in,
    family_of,
    scale_named,
    term_kind,
)
from claimcheck.verification.places import countries_in, place_mentions, places_in
from claimcheck.verification.quantities import find_quantities
from claimcheck.verification.text import STOPWORDS, english_commonness, fold_accents

SINGLE_COVERAGE: Final = 0.7
PAIR_COVERAGE: Final = 0.8
PAIR_MEMBER_COVERAGE: Final = 0.3
PAIR_LEAD_COVERAGE: Final = 0.5
PAIR_CANDIDATES: Final = 5
CORE_SHARE: Final = 0.7
CONTRADICTION_COVERAGE: Final = 0.75
DIRECTION_FLIP_COVERAGE: Final = 0.85
_DIRECTION_CONCEPTS: Final = frozenset({"increas", "=decrease", "~increase", "~decrease"})
NEAR_COVERAGE: Final = 0.55
NEAR_MIN_MATCHED: Final = 3
EVERYDAY_ZIPF: Final = 4.0  # "said", "held", "course": common enough to be wording

# Negation of a statement, not of a noun: "did not improve", "was not associated", "had no
# effect", "failed to". A bare "no" ("vs no exposure") or "but not placebo" names a group.
_NEGATION: Final = re.compile(
    r"\b(?:did|does|do|was|were|is|are|has|have|had|could|can|would|will)\s+not\b(?!\s+only\b)"
    r"|\b(?:had|has|have|showed|shows|show|shown|found|produced|revealed|demonstrated|exerted|"
    r"with|there\s+(?:was|were|is|are|remains?|remained|exists?|existed))\s+"
    r"(?:(?:\w+ly|still|yet|as\s+yet)\s+)?no\b(?!\s+(?:longer|more\s+than|less\s+than|fewer\s+than|sooner)\b)"
    r"|\bnot\s+(?:\w+ly\s+)?(?:associated|significant\w*|different|effective|affected|altered|"
    r"changed|improved|reduced|increased|decreased|related|linked|observed|found|detected|seen|"
    r"superior|better)\b"
    r"|\bno\s+(?:significant\s+|statistical\s+|clear\s+|further\s+)?(?:association|difference|"
    r"effect|change|benefit|improvement|increase|decrease|reduction|correlation|relationship|"
    r"evidence)s?\b"
    r"|\bfail(?:s|ed)?\s+to\b|\bneither\b|\bn't\b|\bwithout\s+(?:any\s+)?(?:effect|change|benefit)\b"
    # "no more often with A than with B", "no better than placebo", "no more effective than":
    # a denied comparison ("no more than 5 mg" bounds a quantity and denies nothing).
    r"|\bno\s+(?:better|worse)\s+than\b"
    r"|\bno\s+(?:more|less|better|worse|greater|higher|lower)\s+(?!than\b)[a-z][a-z-]*\b"
    r"(?=(?:[^.;:]|\.(?=\d)){0,60}?\bthan\b)",
    re.IGNORECASE,
)
_NEGATION_REACH: Final = 40
# "no less effective than", "no worse than": non-inferiority, which a claim of sameness says.
_NON_INFERIOR: Final = re.compile(
    r"\bno\s+(?:less|worse|lower|fewer)\b(?=(?:[^.;:]|\.(?=\d)){0,60}?\bthan\b)", re.IGNORECASE
)


def _only_non_inferior(text: str) -> bool:
    """Whether every denial in the sentence is a non-inferiority ("no less X than")."""
    cues = list(_NEGATION.finditer(text))
    return bool(cues) and all(
        (m := _NON_INFERIOR.search(text, cue.start())) is not None and m.start() <= cue.end()
        for cue in cues
    )


# "ways ketamine might work without directly blocking NMDA receptors", "work together rather
# than excluding one another": what the claim denies.
_CLAIM_WITHOUT: Final = re.compile(
    r"\b(?:without|rather\s+than|instead\s+of)\s+(?:\w+ly\s+)?\w+ing\b"
    r"|\b(?:rather\s+than|instead\s+of)\s+(?:\w+ly\s+)?(?:exclud|compet|contradict|oppos|rival)\w*",
    re.IGNORECASE,
)
# "blocked on GABA interneurons, but not glutamate principal neurons": what follows is excluded.
_EXCLUSION: Final = re.compile(
    r"\bbut\s+not\b|\bexcept(?:\s+for|\s+in)?\b|\bwith\s+the\s+exception\s+of\b|\bexcluding\b",
    re.IGNORECASE,
)
_EXCLUSION_END: Final = re.compile(r"[;:]|,\s|\.(?:\s|$)")
# The claim's words that the sentence names only as excluded must weigh at least this share.
EXCLUDED_SHARE: Final = 0.25
MIN_EXCLUDED: Final = 2


def _sentence_finding(
    sentence: IndexedSentence,
    words: Iterable[Term],
    *,
    verdict: Verdict,
    message: str,
    claim_says: str,
    confidence: float,
    extra: Iterable[str] = (),
) -> Finding:
    """A support finding whose evidence is one record sentence, its matched words marked."""
    return Finding(
        kind=FindingKind.SUPPORT,
        verdict=verdict,
        message=message,
        claim_says=claim_says,
        source_says=quoted(sentence.text),
        evidence=sentence_evidence(sentence, words, extra=extra),
        confidence=confidence,
    )


def check_support(
    assertions: Assertions, record: PubMedRecord, index: RecordIndex
) -> list[Finding]:
    findings = [_quote_finding(q, index) for q in assertions.quotes]
    terms = _unattributed(assertions.text, assertions.key_terms)
    # "J. Michael Olivero wrote about ...": who wrote it is the author list's, not the abstract's
    terms = _unauthored(assertions.text, terms, index)
    terms = _without_affiliation_names(terms, record, index)
    terms = _composition_left_out(assertions.text, terms, index)
    terms = _unglossed(assertions.text, terms, index)
    terms = _spelled_out(assertions.text, terms, index)
    terms = _without_none_of(assertions.text, terms)
    terms = _unframed(assertions.text, terms)
    if not terms:
        known = _allocation_known(assertions.text, index)
        return [*findings, known] if known else findings
    hits = retrieve(index, terms, title_credit=True)
    whole = _support_finding(assertions, index, terms, hits)
    if whole.verdict is Verdict.NOT_IN_SOURCE:
        whole = _by_clauses(assertions, index) or whole
    if whole.verdict is not Verdict.CONTRADICTED:
        whole = _likened_denied(assertions, index, terms) or whole
    if whole.verdict is not Verdict.CONTRADICTED:
        whole = _allocation_known(assertions.text, index) or whole
    if whole.verdict is Verdict.SUPPORTED:
        whole = _unnamed_groups_compared(assertions.text, index) or whole
    if whole.verdict is Verdict.SUPPORTED:
        whole = _qualifier_unsaid(assertions.text, record, index, terms, whole) or whole
    findings.append(whole)
    return findings


# "A Viterbo, Italy team", "in Pamplona, Spain": the places of the author affiliations (the
# segments naming no institution: "..., University of Tuscia, Viterbo, Italy") are where the work
# was done, which the country check weighs; the abstract never says them, so support must not
# demand them as finding words. Institution names stay claim words: the country check does not
# tell one institute from another. A short segment is no place by its length alone ("Division
# of Endocrinology, Diabetes and Metabolism, Boston"): a word counts as a place when the place
# tables know it, or when it ends the affiliation and is neither a named kind ("Diabetes") nor
# an everyday English word; a named kind is never dropped.
_CAPITALISED_WORD: Final = re.compile(r"\b[A-Z][A-Za-z'-]+")
_INSTITUTION_NOUN: Final = re.compile(
    r"\b(?:universit\w*|institut\w*|department|dept|school|hospital|cent(?:re|er)|college|"
    r"laborator\w*|lab|faculty|division|unit|government|service|ministry|foundation|program\w*|"
    r"sciences?|research|clinic\w*|group|agency|council|society|office|branch)\b",
    re.IGNORECASE,
)
PLACE_SEGMENT_WORDS: Final = 3
# The affiliation's closing segments, where an address ends in town, region and country.
CLOSING_SEGMENTS: Final = 2
# An unlisted town must be a rare word: "Viterbo" is, "Metabolism" or "Nursing" is not.
PLACE_NAME_MAX_ZIPF: Final = 3.0
_REGION_CODE: Final = re.compile(r"[A-Z]{2,3}")
_CONTACT: Final = re.compile(r"\b(?:electronic\s+address|e-?mail)\b.*|\S+@\S+", re.IGNORECASE)


def _affiliation_names(record: PubMedRecord, index: RecordIndex) -> frozenset[str]:
    said = {w.lower() for w in re.findall(r"[A-Za-z'-]+", f"{index.title} {index.abstract_text}")}
    names: set[str] = set()
    for author in record.authors:
        for affiliation in author.affiliations:
            names.update(_affiliation_places(affiliation))
    return frozenset(n for n in names if n not in said)


def _affiliation_places(affiliation: str) -> set[str]:
    """The lower-cased words of ``affiliation`` that name where the work was done."""
    address = re.sub(r"\S*\d\S*", " ", _CONTACT.sub(" ", affiliation))  # postcodes out
    segments = [s for s in re.split(r"[,;.]", address) if s.strip()]
    listed = {w for name in places_in(address) for w in re.findall(r"[a-z'-]+", name)}
    places: set[str] = set()
    for position, segment in enumerate(segments):
        if _INSTITUTION_NOUN.search(segment) or len(segment.split()) > PLACE_SEGMENT_WORDS:
            continue
        closing = position >= len(segments) - CLOSING_SEGMENTS
        for word in _CAPITALISED_WORD.findall(segment):
            if term_kind(word) is None and (
                word.lower() in listed or countries_in(word) or (closing and _unlisted_place(word))
            ):
                places.add(word.lower())
    return places


def _unlisted_place(word: str) -> bool:
    """A closing word the tables miss: a rare word ("Viterbo") or a region's code ("MO")."""
    return _REGION_CODE.fullmatch(word) is not None or (
        english_commonness(word) <= PLACE_NAME_MAX_ZIPF
    )


def _without_affiliation_names(
    terms: tuple[Term, ...], record: PubMedRecord, index: RecordIndex
) -> tuple[Term, ...]:
    names = index.memo("affiliation names", lambda: _affiliation_names(record, index))
    if not names:
        return terms
    kept = tuple(
        t for t in terms
        if not (t.text[:1].isupper() and all(w.lower() in names for w in t.text.split()))
    )  # fmt: skip
    return kept or terms


def _qualifier_unsaid(
    claim: str, record: PubMedRecord, index: RecordIndex, terms: tuple[Term, ...], found: Finding
) -> Finding | None:
    """A claim qualifying how or on what scale the study ran ("openly", "a large trial") whose
    qualifier the record never uses: the coverage share would forgive one word, but this word
    alone can make the claim wrong."""
    vocabulary = record_vocabulary(record, index)
    for cue in lx.DEMANDED_QUALIFIER.finditer(claim):
        words = [t for t in terms if cue.start() <= t.start < cue.end()]
        if words:
            said = any(narrow(t) & vocabulary for t in words)
        else:  # an adverb the claim's key terms leave out: its root in the record's text
            root = re.sub(r"ly$", "", cue.group(0).lower())
            said = any(root in s.text.lower() for s in index.sentences)
        if not said:
            return Finding(
                kind=FindingKind.SUPPORT,
                verdict=Verdict.NOT_IN_SOURCE,
                message=f"the claim says \u201c{cue.group(0)}\u201d, which the record does not "
                f"say; closest: {found.message}",
                claim_says=claim,
                source_says=found.source_says,
                evidence=found.evidence,
                confidence=0.6,
            )
    return None


def _unframed(claim: str, terms: tuple[Term, ...]) -> tuple[Term, ...]:
    """The claim's terms without the words that only frame what it reports (lx.FRAMING)."""
    return _outside(claim, terms, (lx.FRAMING, lx.SOURCE_FRAMING))


def _outside(
    text: str, terms: tuple[Term, ...], patterns: Iterable[re.Pattern[str]]
) -> tuple[Term, ...]:
    """``terms`` without those inside a match of any pattern; all of them if none would stay."""
    spans = [m.span() for pattern in patterns for m in pattern.finditer(text)]
    if not spans:
        return terms
    kept = tuple(t for t in terms if not any(a <= t.start < b for a, b in spans))
    return kept or terms


# "Those in Iowa fared better than those in Ohio": a comparison between groups.
_GROUPS_COMPARED: Final = re.compile(
    r"\b(?:than|compared\s+(?:with|to)|versus|vs\.?|whereas|unlike|relative\s+to|"
    r"in\s+contrast\s+(?:to|with)|between)\b",
    re.IGNORECASE,
)


def _unnamed_groups_compared(claim: str, index: RecordIndex) -> Finding | None:
    """A claim that compares groups by place needs the abstract to name those places; a place
    in the authors' affiliations says where the work was done, not which group fared how."""
    if not _GROUPS_COMPARED.search(claim):
        return None
    where_done = [(m.start, m.end) for m in place_mentions(claim)]
    named = _claim_places(claim, where_done)
    if not named:
        return None
    said = index.memo("places said", lambda: set(places_in(f"{index.title} {index.abstract_text}")))
    unnamed = [name for folded, name in named.items() if folded not in said]
    if not unnamed:
        return None
    return Finding(
        kind=FindingKind.SUPPORT,
        verdict=Verdict.NOT_IN_SOURCE,
        message=f"the claim compares groups by place ({', '.join(unnamed)}), but the abstract "
        "never names them",
        claim_says=claim,
        confidence=0.7,
    )


def _claim_places(claim: str, where_done: list[tuple[int, int]]) -> dict[str, str]:
    found: dict[str, str] = {}
    for folded, name in places_in(claim).items():
        spans = [m.start() for m in re.finditer(re.escape(name), claim)]
        if spans and not all(any(a <= p < b for a, b in where_done) for p in spans):
            found[folded] = name
    return found


# A gloss that tells the reader what a method or measure is ("EPR, a technique that detects
# unpaired electrons, ..."): textbook knowledge about a term, not a finding. Only method-like
# heads qualify -- a gloss on a drug or receptor ("a drug that blocks ...") states pharmacology
# the record must back -- and never one that carries a figure.
_GLOSS: Final = re.compile(
    r",\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}?(?:technique|method|tool|test|assay|measure|"
    r"measurement|marker|approach|procedure|instrument|scale|questionnaire|device|imaging|"
    r"index|score)\s+(?:that|which|for|used|designed|able)\b[^,;:()\d]{3,120}?(?=,)",
    re.IGNORECASE,
)
# "the Agricultural Health Study (AHS)": an abbreviation the claim itself defines, which the
# record may never use.
_DEFINED_ABBREVIATION: Final = re.compile(r"\(([A-Z][A-Za-z]?[A-Z]{1,6}s?)\)")


def _gloss_spans(claim: str, terms: tuple[Term, ...], index: RecordIndex) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    for gloss in _GLOSS.finditer(claim):
        named = [t for t in terms if gloss.start() - 2 <= t.end <= gloss.start()]
        if named and all(in_record(index, t) for t in named):
            spans.append(gloss.span())
    for abbreviation in _DEFINED_ABBREVIATION.finditer(claim):
        letters = abbreviation.group(1).rstrip("s").upper()
        before = re.findall(r"[A-Za-z][\w'-]*", claim[: abbreviation.start()])
        initials = "".join(w[0] for w in before[-len(letters) :]).upper()
        if initials == letters:
            spans.append(abbreviation.span())
    return spans


# "NRS" for the record's "numerical rating scale", "BDI" for "Beck Depression Inventory": an
# abbreviation the claim uses that the record only spells out, never defines. Each run of three to
# six plain words of a sentence is read once per record under its initials; a claim acronym the
# record lacks takes the stems of the run its letters spell (as a known abbreviation does).
MIN_ACRONYM: Final = 3
MAX_ACRONYM: Final = 6
_ACRONYM: Final = re.compile(rf"[A-Z]{{{MIN_ACRONYM},{MAX_ACRONYM}}}")
_SPELLED_RUN_END: Final = re.compile(r"[^\w\s-]|\d")
# Only a run that names an instrument, a measure or a condition is read as a spelled-out name
# ("numerical rating scale"), never any three words ("pancreatic cancer risk" is no "PCR").
_NAME_HEADS: Final = frozenset(
    {"scale", "scales", "score", "inventory", "questionnaire", "index", "test", "rating",
     "interview", "checklist", "syndrome", "disorder", "scan", "imaging"}
)  # fmt: skip


def _spelled_out_forms(index: RecordIndex) -> dict[str, tuple[str, ...]]:
    forms: dict[str, set[str]] = {}
    for sentence in index.sentences:
        for run in _SPELLED_RUN_END.split(sentence.text):
            words = [w for w in re.split(r"[\s-]+", run) if w]
            for i in range(len(words)):
                for n in range(MIN_ACRONYM, MAX_ACRONYM + 1):
                    chunk = words[i : i + n]
                    if len(chunk) < n or any(len(w) < 2 or w.lower() in STOPWORDS for w in chunk):
                        break
                    if chunk[-1].lower() not in _NAME_HEADS:
                        continue
                    key = "".join(w[0] for w in chunk).lower()
                    # "Verbal Rating Scale" in the title is the abstract's "verbal rating scale"
                    forms.setdefault(key, set()).add(" ".join(chunk).lower())
    # A set of letters two runs spell is no one name.
    return {k: long_form_stems(next(iter(v))) for k, v in forms.items() if len(v) == 1}


def _spelled_out(claim: str, terms: tuple[Term, ...], index: RecordIndex) -> tuple[Term, ...]:
    if not _ACRONYM.search(claim):
        return terms
    out = []
    for term in terms:
        if _ACRONYM.fullmatch(term.text) and not in_record(index, term):
            forms = index.memo("spelled-out acronyms", lambda: _spelled_out_forms(index))
            stems = forms.get(term.text.lower())
            if stems:
                term = replace(term, concepts=term.concepts | frozenset(stems))
        out.append(term)
    return tuple(out)


def _unglossed(claim: str, terms: tuple[Term, ...], index: RecordIndex) -> tuple[Term, ...]:
    spans = _gloss_spans(claim, terms, index)
    kept = tuple(t for t in terms if not any(a <= t.start < b for a, b in spans))
    return kept or terms


def _without_glosses(assertions: Assertions, index: RecordIndex) -> str:
    """The claim with its glosses cut out, for reading it a statement at a time."""
    text = assertions.text
    for a, b in sorted(_gloss_spans(text, assertions.key_terms, index), reverse=True):
        text = text[:a] + text[b:]
    return text


# "half of the 20 patients were women", "60% of them male": how the group splits by sex, a
# figure the quantity and population checks judge against the record's own count.
_COMPOSITION: Final = re.compile(
    r"(?:\b(?:half|thirds?|quarters?|fifths?|percent|per\s+cent)\b|\d+(?:\.\d+)?\s*%)"
    r"(?:\s+of\s+(?:them|those|the(?:\s+[\w-]+){1,2}))?,?\s+(?:were\s+|being\s+)?"
    r"(?P<sex>women|men|females?|males?|girls|boys)\b",
    re.IGNORECASE,
)
_DIGIT: Final = re.compile(r"\d")
MIN_LEFT_TERMS: Final = 2


def _composition_left_out(
    claim: str, terms: tuple[Term, ...], index: RecordIndex
) -> tuple[Term, ...]:
    """The claim's sex words inside a split of the group ("half of them women"), when the record
    counts that sex somewhere: the figure is the quantity check's to judge, and the rest of the
    claim ("all but two improved") still needs a sentence of its own."""
    spans = [m.span("sex") for m in _COMPOSITION.finditer(claim)]
    if not spans:
        return terms
    counted = [
        t for t in terms
        if any(a <= t.start < b for a, b in spans)
        and any(t.concepts & s.concepts and _DIGIT.search(s.text) for s in index.sentences)
    ]  # fmt: skip
    kept = tuple(t for t in terms if t not in counted)
    return kept if len(kept) >= MIN_LEFT_TERMS else terms


# "excitatory neurons, not inhibitory interneurons, are the trigger", "X rather than Y":
# the claim puts A where it denies B.
_CLAIM_NOT_B: Final = re.compile(
    r",\s+not\s+(?P<b>[^,;.]{3,80}?)\s*(?:,|;|$)|\b(?:rather\s+than|instead\s+of)\s+"
    r"(?P<b2>[^,;.]{3,80})",
    re.IGNORECASE,
)
PREFERRED_LOOKBACK: Final = 3  # the claim's A: its last content words before the contrast
PREFERRED_COVERAGE: Final = 0.7  # of the claim without its A


def _preferred_wrongly(
    assertions: Assertions,
    index: RecordIndex,
    terms: tuple[Term, ...],
    hits: list[Hit],
    core: list[Term],
) -> Finding | None:
    """A claim naming A instead of B against a sentence about the claim that names B and not A:
    the record gives the role to what the claim denies it."""
    match = _CLAIM_NOT_B.search(assertions.text)
    if match is None:
        return None
    group = "b" if match["b"] else "b2"
    b_start, b_end = match.span(group)
    denied = [t for t in terms if b_start <= t.start < b_end]
    preferred = [t for t in terms if t.start < match.start()][-PREFERRED_LOOKBACK:]
    if not denied or not preferred:
        return None
    rest = [t for t in terms if t not in preferred]
    rest_weight = sum(weight(index, t) for t in rest) or 1.0
    for hit in hits:
        concepts = hit.sentence.concepts
        said = sum(weight(index, t) for t in rest if t.concepts & concepts) / rest_weight
        if said < PREFERRED_COVERAGE or not _holds(hit, core):
            continue
        named = [t for t in denied if t.concepts & concepts]
        if len(named) * 2 < len(denied) or any(t.concepts & concepts for t in preferred):
            continue
        if _negates(hit, set()):
            continue
        return _sentence_finding(
            hit.sentence,
            hit.words,
            verdict=Verdict.CONTRADICTED,
            message=f"the claim denies it of {words_list(denied)}, but the abstract says it of "
            f"them: \u201c{quoted(hit.sentence.text, 140)}\u201d",
            claim_says=match.group().strip(" ,"),
            confidence=0.65,
        )
    return None


# "both heme irons" against "one of the heme irons ..., while the other ...".
_ALL_OF: Final = re.compile(
    r"\b(?:both|all|each|every)\s+(?:of\s+)?(?:the\s+|its\s+|their\s+)?(?P<noun>(?:[\w-]+\s+){0,2}?"
    r"[\w-]+)\b",
    re.IGNORECASE,
)
_ONE_OF: Final = re.compile(
    r"\b(?:only\s+)?one\s+of\s+(?:the\s+)?(?P<noun>(?:[\w-]+\s+){0,2}?[\w-]+)\b", re.IGNORECASE
)


def _all_against_one(claim: str, lead: Hit) -> Finding | None:
    """A claim giving a property to both or all of something, against evidence giving it to one
    of them, is contradicted."""
    said = {t.stem for m in _ALL_OF.finditer(claim) for t in terms_between(claim, *m.span("noun"))}
    if not said:
        return None
    text = lead.sentence.text
    for match in _ONE_OF.finditer(text):
        one = {t.stem for t in terms_between(text, *match.span("noun"))}
        if one & said:
            return Finding(
                kind=FindingKind.SUPPORT,
                verdict=Verdict.CONTRADICTED,
                message=f"the claim says it of all of them, the abstract of '{match.group()}': "
                f"\u201c{quoted(text, 140)}\u201d",
                claim_says=claim,
                source_says=quoted(text),
                evidence=sentence_evidence(lead.sentence, lead.words, extra=[match.group()]),
                confidence=0.7,
            )
    return None


# "All studies except one", "all but two of the trials", "every patient apart from one": the
# record sets some members apart from what it says of the rest.
_ALL_EXCEPT: Final = re.compile(
    r"\b(?:all|every|each)\s+(?:of\s+)?(?:the\s+)?(?P<noun>(?:[\w-]+\s+){0,2}?[\w-]+)\s*,?\s+"
    r"(?:except|apart\s+from|other\s+than|save)\s+(?:for\s+)?(?:one|two|three|four|\d+)\b"
    # a bare "but N" only as "all X but N were / of": "..., but 3 later relapsed" is a new clause
    r"|\b(?:all|every|each)\s+(?:of\s+)?(?:the\s+)?(?P<noun3>(?:\d+\s+)?[\w-]+)\s+"
    r"but\s+(?:one|two|three|four|\d+)\b"
    r"|\b(?:all|every|each)\s+(?:of\s+)?(?:the\s+)?(?P<noun4>(?:[\w-]+\s+){0,2}?[\w-]+)\s+"
    r"but\s+(?:one|two|three|four|\d+)\s+(?:of|were|was|had|have|showed|did|are|is)\b"
    r"|\ball\s+but\s+(?:one|two|three|four|\d+)\s+(?:of\s+(?:the\s+)?)?"
    r"(?P<noun2>(?:[\w-]+\s+){0,2}?[\w-]+)",
    re.IGNORECASE,
)
# The claim's own "all seven studies", "every trial", "each of the 12 patients".
_ALL_CLAIMED: Final = re.compile(
    r"\b(?:all|every|each)\s+(?:of\s+)?(?:the\s+|its\s+|their\s+)?(?:[\d,]+\s+|(?:two|three|"
    r"four|five|six|seven|eight|nine|ten|eleven|twelve)\s+)?(?P<noun>[\w-]+(?:\s+[\w-]+){0,2})",
    re.IGNORECASE,
)
_EXCEPTION_CLAIMED: Final = re.compile(
    r"\b(?:except|but\s+(?:one|two|three|\d+)|apart\s+from|other\s+than|save\s+for)\b",
    re.IGNORECASE,
)
ALL_EXCEPT_SHARE: Final = 0.6


def _all_but_some(claim: str, hits: list[Hit]) -> Finding | None:
    """A claim that all of something did it ("All seven included studies were at high risk of
    bias"), against a sentence setting some apart ("All studies except one were ..."), is
    contradicted: the sentence must name the claim's kind and most of the claim's other words."""
    if _EXCEPTION_CLAIMED.search(claim):
        return None
    said = {
        t.stem
        for m in _ALL_CLAIMED.finditer(claim)
        for t in terms_between(claim, *m.span("noun"))
        if not t.is_number
    }
    if not said:
        return None
    content = [t for t in terms_of(claim) if not t.is_number and t.stem not in _ALL_WORDS]
    for hit in hits[:PAIR_CANDIDATES]:
        text = hit.sentence.text
        for match in _ALL_EXCEPT.finditer(text):
            group = next(g for g in ("noun", "noun3", "noun4", "noun2") if match.group(g))
            kind = {t.stem for t in terms_between(text, *match.span(group))}
            if not kind & said:
                continue
            concepts = {c for t in hit.sentence.terms for c in t.concepts}
            shared = [t for t in content if t.concepts & concepts]
            if len(shared) < ALL_EXCEPT_SHARE * len(content):
                continue
            return Finding(
                kind=FindingKind.SUPPORT,
                verdict=Verdict.CONTRADICTED,
                message=f"the claim says it of all of them, but the abstract sets some apart "
                f"('{match.group().strip()}'): \u201c{quoted(text, 140)}\u201d",
                claim_says=claim,
                source_says=quoted(text),
                evidence=sentence_evidence(hit.sentence, hit.words, extra=[match.group()]),
                confidence=0.7,
            )
    return None


_ALL_WORDS: Final = frozenset(t.stem for t in terms_of("all every each"))


# "the sole receptor for glutamate", "its only source", "the one and only cause": the claim
# makes its subject the one member of a kind. Bare "only" ("only 12 patients") restricts a
# number, not a kind, so "only" and "single" need a determiner.
_UNIQUE: Final = re.compile(
    r"\b(?:(?:the|its|their|his|her|our)\s+(?:one\s+and\s+only|only|sole|single|exclusive|lone)"
    r"|(?:a|an)\s+(?:sole|lone)|sole|one\s+and\s+only)\s+(?!one\s+of\b|of\b)"
    r"(?P<noun>[^,;:.()]{1,80})",
    re.IGNORECASE,
)
# "one of the several types of X", "one of many X", "among the various X", "and other X": the
# subject is one member of a kind that has others. A bare "one of the patients" says nothing of
# how many share what the claim says, and "the only one of the X" is the unique one again.
_SEVERAL: Final = (
    r"(?:several|many|multiple|various|numerous|diverse|different|two|three|four|five|six|"
    r"a\s+(?:number|variety|range|host|family|handful)\s+of)"
)
_ONE_AMONG: Final = re.compile(
    r"(?<!\bonly\s)(?<!\bsole\s)\bone\s+of\s+(?:the\s+|its\s+|their\s+)?(?:only\s+)?"
    rf"{_SEVERAL}\s+(?P<noun>[^,;:.()]{{1,80}})"
    rf"|\bamong\s+(?:the\s+)?(?:{_SEVERAL}|other)\s+(?P<noun2>[^,;:.()]{{1,80}})"
    r"|\b(?:and|or|like|as\s+well\s+as|besides)\s+(?:several\s+|many\s+|various\s+)?other\s+"
    r"(?P<noun3>[^,;:.()]{1,80})",
    re.IGNORECASE,
)
# Where the claim's named kind ends: its main clause goes on ("... is", "... and").
_KIND_END: Final = re.compile(
    r"\s(?:is|are|was|were|has|have|had|and|but|or|than|because|although|though|while|whereas)\b",
    re.IGNORECASE,
)
KIND_WORDS: Final = 8
# Words that name a kind without saying which: they cannot tie two phrases to the same kind.
_KIND_FILLER: Final = frozenset(
    t.stem
    for t in terms_of(
        "kind kinds type types form forms class classes sort sorts variety category one several "
        "many multiple various numerous number different distinct diverse main major important "
        "key known possible common other others"
    )
)


def _kind_terms(text: str, start: int, end: int, *, whole: bool) -> list[Term]:
    """The content words of the kind named from ``start`` (the claim's up to where its clause
    goes on; the record's whole phrase, as its words may cover the claim's in any order)."""
    stop = None if whole else _KIND_END.search(text, start, end)
    words = terms_between(text, start, stop.start() if stop else end)[:KIND_WORDS]
    return [t for t in words if not t.is_number and t.stem not in _KIND_FILLER]


def _kinds(pattern: re.Pattern[str], text: str, *, whole: bool) -> list[tuple[str, list[Term]]]:
    found = []
    for match in pattern.finditer(text):
        group = next(g for g in ("noun", "noun2", "noun3") if g in pattern.groupindex and
                     match.group(g) is not None)  # fmt: skip
        words = _kind_terms(text, *match.span(group), whole=whole)
        if words:
            found.append((match.group().strip(), words))
    return found


def _uniqueness_differs(claim: str, chosen: list[Hit]) -> Finding | None:
    """A claim that its subject is the only one of a kind, against a record calling it one of
    several of that kind (or the reverse), is contradicted: every word naming the claim's kind
    must name the record's too."""
    claim_unique = _kinds(_UNIQUE, claim, whole=False)
    claim_several = _kinds(_ONE_AMONG, claim, whole=False)
    if not claim_unique and not claim_several:
        return None
    for hit in chosen:
        text = hit.sentence.text
        pairs = [(said, found) for said in claim_unique
                 for found in _kinds(_ONE_AMONG, text, whole=True)]  # fmt: skip
        pairs += [(said, found) for said in claim_several
                  for found in _kinds(_UNIQUE, text, whole=True)]  # fmt: skip
        for (claim_words, claim_kind), (record_words, record_kind) in pairs:
            record_concepts = {c for t in record_kind for c in t.concepts}
            if not all(t.concepts & record_concepts for t in claim_kind):
                continue
            return Finding(
                kind=FindingKind.SUPPORT,
                verdict=Verdict.CONTRADICTED,
                message=f"the claim says '{claim_words}', the abstract '{record_words}': "
                f"\u201c{quoted(text, 140)}\u201d",
                claim_says=claim_words,
                source_says=quoted(text),
                evidence=sentence_evidence(hit.sentence, hit.words, extra=[record_words]),
                confidence=0.7,
            )
    return None


# "subclinical hypothyroidism" is not "clinical hypothyroidism", "nonalcoholic" not "alcoholic",
# "untreated" not "treated": a record word's narrowing or negating prefix is part of what it says.
_NARROWING_PREFIX: Final = re.compile(r"(?:sub|non|pre|un|anti)-?", re.IGNORECASE)
# "pre-" narrows a quality ("preclinical", "premalignant"); on an event it is a time
_QUALITY_ENDING: Final = re.compile(r"(?:al|ic|ive|ous|ant|ent|ary|oid)$")
# whole-of-part words whose prefixed form names a part of them ("prefrontal" cortex is frontal)
_PART_OF_WHOLE: Final = frozenset(
    {
        "frontal", "group", "groups", "unit", "units", "type", "types", "sample", "samples",
        "set", "sets", "body", "bodies", "population", "populations", "cohort", "cohorts",
        "study", "studies",
    }
)  # fmt: skip


def _prefix_dropped(claim: str, chosen: list[Hit]) -> Finding | None:
    """The claim's bare word where the evidence has it only with a narrowing prefix."""
    text = " ".join(h.sentence.text for h in chosen)
    for match in re.finditer(r"\b[A-Za-z][a-z]{3,}\b", claim):
        bare = match.group().lower()
        if bare in _PART_OF_WHOLE or bare in STOPWORDS:
            continue
        before = claim[max(0, match.start() - 12) : match.start()]
        if re.search(
            r"(?:sub|non|pre|un|anti|-|\b(?:below|under|less|not|never|before|prior\s+to))\s*$",
            before,
            re.IGNORECASE,
        ):
            continue  # the claim's own prefix or its paraphrase ("below-toxic", "not clinical")
        if re.search(rf"(?<![\w-]){re.escape(bare)}\b", text, re.IGNORECASE):
            continue
        prefixed = re.search(
            rf"\b{_NARROWING_PREFIX.pattern}{re.escape(bare)}\b", text, re.IGNORECASE
        )
        if prefixed is None:
            continue
        if prefixed.group().lower().startswith("pre") and not _QUALITY_ENDING.search(bare):
            continue  # "prefreezing", "pre-dose": a time before the event, said as "before" it
        hit = next(h for h in chosen if prefixed.group() in h.sentence.text)
        return _sentence_finding(
            hit.sentence,
            hit.words,
            verdict=Verdict.NOT_IN_SOURCE,
            message=f"the claim says '{match.group()}', the abstract only "
            f"'{prefixed.group()}': \u201c{quoted(hit.sentence.text, 140)}\u201d",
            claim_says=claim,
            confidence=0.6,
            extra=[prefixed.group()],
        )
    return None


# "LEmin+1mM was not different from MLSS", "ketamine + midazolam reduced pain": a variant (X plus
# a modifier, X combined with Y) is not X, unless the claim names the modifier too.
_PLUS_MODIFIER: Final = re.compile(r"\s?\+\s?([\w.]+(?:\s?(?:mM|mmol|mg|%))?)")


def _variant_for_bare(claim: str, chosen: list[Hit]) -> Finding | None:
    """A claim about X backed only by a sentence about "X+modifier" is not backed."""
    flat = re.sub(r"\s+", "", claim).lower()
    for hit in chosen:
        text = hit.sentence.text
        for word in hit.words:
            plus = _PLUS_MODIFIER.match(text, word.end)
            if plus is None or re.sub(r"\s+", "", plus.group(1)).lower() in flat:
                continue
            bare = re.compile(rf"\b{re.escape(word.text)}\b(?!\s?\+)")
            if bare.search(text):
                continue
            return _sentence_finding(
                hit.sentence,
                hit.words,
                verdict=Verdict.NOT_IN_SOURCE,
                message=f"the abstract says this of '{word.text}{plus.group()}', not of "
                f"'{word.text}' itself: \u201c{quoted(text, 140)}\u201d",
                claim_says=claim,
                confidence=0.6,
            )
    return None


# "will mimic ketamine's antidepressant actions but lack its undesirable effects": what new drugs
# copy is the copied span only; what the record says they lack, or what limits the model drug,
# is never what they copy.
_COPY_VERB: Final = re.compile(
    r"\b(?:mimic(?:s|ked|king)?|cop(?:y|ies|ied|ying)|reproduc(?:e|es|ed|ing)|"
    r"replicat(?:e|es|ed|ing)|imitat(?:e|es|ed|ing)|emulat(?:e|es|ed|ing)|"
    r"recapitulat(?:e|es|ed|ing)|duplicat(?:e|es|ed|ing))\b",
    re.IGNORECASE,
)
_COPY_END: Final = re.compile(
    r"[,;:.]|\b(?:but|while|whereas|yet|without|lack\w*|avoid\w*|minus|except)\b", re.IGNORECASE
)
_POSSESSIVE: Final = re.compile(r"[\u2019']s\b")
# words for what is copied, wording whatever they are: "its effects" for "its actions"
_COPIED_KINDS: Final = frozenset(
    t.stem for t in terms_of("effects actions action effect properties property profile benefits")
)


def _copied_terms(text: str, verb: re.Match[str]) -> list[Term]:
    """The terms of what ``verb`` copies, less numbers and its owner ("ketamine's")."""
    stop = _COPY_END.search(text, verb.end())
    end = stop.start() if stop else len(text)
    return [
        t
        for t in terms_between(text, verb.end(), end)
        if not t.is_number and not _POSSESSIVE.match(text, t.end)
    ]


def _copied_stems(text: str, verb: re.Match[str]) -> frozenset[str]:
    return frozenset(c for t in _copied_terms(text, verb) for c in t.concepts)


def _copies_what_is_lacked(claim: str, chosen: list[Hit]) -> Finding | None:
    """A claim that something copies X, where the record's copying sentence copies something
    else, does not stand: its X may be what the record says the copy lacks."""
    said = _COPY_VERB.search(claim)
    if said is None:
        return None
    wanted = [
        t
        for t in _copied_terms(claim, said)
        if t.stem not in GENERIC_STEMS and t.stem not in _COPIED_KINDS
    ]
    if not wanted:
        return None
    for hit in chosen:
        verbs = list(_COPY_VERB.finditer(hit.sentence.text))
        if not verbs:
            continue
        copied = frozenset().union(*(_copied_stems(hit.sentence.text, v) for v in verbs))
        unsaid = [t for t in wanted if not t.concepts & copied]
        if not unsaid:
            return None
        return _sentence_finding(
            hit.sentence,
            hit.words,
            verdict=Verdict.NOT_IN_SOURCE,
            message=f"the record does not say {words_list(unsaid)} is what is copied: "
            f"\u201c{quoted(hit.sentence.text, 140)}\u201d",
            claim_says=claim,
            confidence=0.6,
        )
    return None


# "only with cryosolution B" against "In both cryosolutions, ...": the claim keeps to one of a
# kind the record says of each (or all) of them.
_ONLY_ONE: Final = re.compile(
    r"(?<!\bnot\s)\bonly\s+(?:with|in|for|on|by|after|among|under|using|from)?\s*"
    r"(?:the\s+|a\s+|an\s+)?(?P<noun>[a-z][\w-]*)",
    re.IGNORECASE,
)
_EACH_OF: Final = re.compile(
    r"\b(?:both|all|each\s+of\s+the|either\s+of\s+the|all\s+of\s+the)\s+(?:the\s+)?"
    r"(?P<noun>[a-z][\w-]*)",
    re.IGNORECASE,
)


def _one_against_each(claim: str, chosen: list[Hit]) -> Finding | None:
    """A claim that says something only of one of a kind, against the sentence saying it of
    both (all) of that kind, is contradicted."""
    for said in _ONLY_ONE.finditer(claim):
        noun = terms_between(claim, *said.span("noun"))
        if not noun or noun[0].is_number or noun[0].stem in STOPWORDS:
            continue
        for hit in chosen:
            text = hit.sentence.text
            for each in _EACH_OF.finditer(text):
                theirs = terms_between(text, *each.span("noun"))
                if not theirs or not theirs[0].concepts & noun[0].concepts:
                    continue
                return _sentence_finding(
                    hit.sentence,
                    hit.words,
                    verdict=Verdict.CONTRADICTED,
                    message=f"the claim says '{said.group().strip()}', the abstract "
                    f"'{each.group()}': \u201c{quoted(text, 140)}\u201d",
                    claim_says=said.group().strip(),
                    confidence=0.7,
                    extra=[each.group()],
                )
    return None


# "linked to X and Y, but not to Z", "seen in animals only, not yet in humans", "in adults, not
# in children": the claim denies the relation for Z. A bare ", not" must lead a group by a
# preposition, or follow an "only", to be an exclusion and not a contrast of words.
_BUT_NOT: Final = re.compile(
    r"(?:\bbut\s+|\bonly\b[^,;.]{0,60}?,\s*(?:and\s+)?)not\s+(?:yet\s+)?"
    r"(?:to|with|in|for|on|by|among|after)?\s*(?P<b>[^,;.]{3,60})"
    r"|,\s*not\s+(?:yet\s+)?(?:to|with|in|for|on|by|among|after)\s+(?P<c>[^,;.]{3,60})",
    re.IGNORECASE,
)
DENIED_REST_COVERAGE: Final = 0.6
# "... in animal studies but not yet in human ones": "ones" stands for a word said before it.
_MANY_WORDS: Final = 2
_PRO_FORMS: Final = frozenset({"one", "ones", "those", "these", "them", "others", "yet"})


def _denied_but_affirmed(
    assertions: Assertions,
    index: RecordIndex,
    terms: tuple[Term, ...],
    hits: list[Hit],
    core: list[Term],
) -> Finding | None:
    """A claim that says "X, but not Z" against a sentence that says the same of Z (plainly,
    not within a negation or an exclusion of its own) is contradicted."""
    match = _BUT_NOT.search(assertions.text)
    if match is None:
        return None
    group = "b" if match.group("b") is not None else "c"
    b_start, b_end = match.span(group)
    # Design words ("clinical", "trial") are left out of the claim's terms, yet here they name
    # the very group the claim denies.
    denied = [t for t in terms if b_start <= t.start < b_end and t.text.lower() not in _PRO_FORMS]
    if not denied and not lx.CONTROL_ARM_WORDS.search(match.group(group)):
        # Design words ("clinical", "animal") are left out of the claim's terms, yet here they
        # name the very group the claim denies; a control arm ("but not placebo") is no such
        # group: a design sentence names it without giving it the result.
        arms = {stem for c in assertions.comparators for stem in c.terms}
        denied = [
            t for t in terms_of(match.group(group))
            if t.text.lower() not in _PRO_FORMS and t.stem not in arms
        ]  # fmt: skip
    # A phrase read as one paraphrase ("removed from the glutamate principal neurons" as a
    # knockdown) still names its group word by word.
    denied = [
        sub for t in denied
        for sub in ([x for word in t.text.split() for x in terms_of(word)]
                    if t.text.count(" ") > _MANY_WORDS else [t])
    ]  # fmt: skip
    rest = [t for t in terms if t.start < match.start()]
    if not denied or len(rest) < 2:
        return None
    if lx.CONTROL_ARM_WORDS.search(match.group(group)):
        return None  # a design sentence names the placebo arm without giving it the result
    if _record_excludes(index, denied):
        return None  # the record itself says "but not" of them: it agrees with the claim
    rest_weight = sum(weight(index, t) for t in rest) or 1.0
    for hit in hits[:PAIR_CANDIDATES]:
        concepts = hit.sentence.concepts
        if not all(t.concepts & concepts for t in denied) or not _holds(hit, core):
            continue
        said = sum(weight(index, t) for t in rest if t.concepts & concepts) / rest_weight
        if said < DENIED_REST_COVERAGE or _negates(hit, set()):
            continue
        if _EXCLUSION.search(hit.sentence.text):
            continue  # the sentence has its own "but not": leave it to the exclusion rules
        return _sentence_finding(
            hit.sentence,
            hit.words,
            verdict=Verdict.CONTRADICTED,
            message=f"the claim says '{match.group().strip()}', but the abstract says it of "
            f"{words_list(denied)} too: \u201c{quoted(hit.sentence.text, 140)}\u201d",
            claim_says=match.group().strip(),
            confidence=0.65,
        )
    return None


def _record_excludes(index: RecordIndex, denied: list[Term]) -> bool:
    """Whether a sentence of the record leaves out ``denied`` in an exclusion of its own
    ("..., but not glutamate principal neurons")."""
    for sentence in index.abstract_sentences:
        for cue in _EXCLUSION.finditer(sentence.text):
            stop = _EXCLUSION_END.search(sentence.text, cue.end())
            end = stop.start() if stop else len(sentence.text)
            there = frozenset().union(
                *(w.concepts for w in sentence.terms if cue.end() <= w.start < end)
            )
            # the group's head noun, and most of its words: the verb the claim wraps it in
            # ("when it was removed from") need not be repeated
            covered = [t for t in denied if t.concepts & there]
            if denied[-1] in covered and 2 * len(covered) >= len(denied):
                return True
    return False


# --- contrasted roles: "A but not B", "unlike B, A ...", "A ..., whereas B ..." ---------------
#
# A contrast gives something to one side and withholds it from the other. The claim and the
# sentence that matches it may hold the same words in swapped roles ("after saline but not
# ketamine" against "after ketamine but not placebo"): a bag of words cannot tell them apart,
# so each side of the claim's contrast is aligned with the sides of the sentence's.


@dataclass(frozen=True, slots=True)
class _Side:
    start: int
    end: int
    kept: bool | None  # True: affirmed of it; False: denied or excluded; None: not known


_EXCLUDING_CUE: Final = re.compile(r",?\s*\b(?:but|and)\s+not\b(?!\s+(?:only|just|merely)\b)", re.I)
_UNLIKE_CUE: Final = re.compile(r"\b(?:unlike|in\s+contrast\s+(?:to|with))\b", re.IGNORECASE)
_CLAUSE_CONTRAST: Final = re.compile(
    r"\s*,?\s*\bwhereas\b|,\s*(?:while|but|yet)\b(?!\s+not\b)|;\s*(?:in\s+contrast|by\s+contrast|"
    r"however),?",
    re.IGNORECASE,
)
_SIDE_BOUNDARY: Final = re.compile(r"[;:]|\.(?:\s|$)|\s*,?\s*\bwhereas\b|,\s*(?:while|but|yet)\b")
_NP_TOKEN: Final = re.compile(r"[^\W_][\w'+-]*|[^\w\s]")
_NP_STOP: Final = frozenset(
    re.findall(
        r"\w+",
        """was were is are be been being had has have did does do can could may might will would
        should that which who whom whose whereas while although though but if when because
        than as not no nor""",
    )
)
_NP_PREPOSITION: Final = frozenset(
    re.findall(
        r"\w+",
        """in on at for during within after before by with from of to into over under among
        between across through via without following upon""",
    )
)
_NP_WORDS: Final = 5
_NP_FILLER: Final = frozenset({"the", "a", "an", "and", "or", "both", "either"})
# Denial inside a contrasted clause: the record's "unaffected" as much as "had no effect".
_SIDE_DENIAL: Final = re.compile(
    _NEGATION.pattern + r"|\bun(?:affected|changed|altered)\b|\bnot\s+(?:\w+ly\s+)?\w+ed\b",
    re.IGNORECASE,
)


def _noun_phrase(text: str, start: int, end: int, *, backwards: bool) -> tuple[int, int] | None:
    """The few words next to a contrast cue that name what it sets apart ("HCN1 knock-out
    mice" in "from wild-type, but not HCN1 knock-out mice, ketamine ..."; "depression and
    anxiety"): up to _NP_WORDS words, stopped by punctuation, a verb of being or having, a clause
    word or a preposition after the first word; a bare past-tense word after the first one is
    the predicate, not the name."""
    tokens = list(_NP_TOKEN.finditer(text, start, end))
    if backwards:
        tokens.reverse()
        while tokens and tokens[0].group() == ",":
            tokens.pop(0)
    else:
        while tokens and tokens[0].group().lower() in _NP_PREPOSITION | {"the", "a", "an"}:
            tokens.pop(0)
    taken: list[re.Match[str]] = []
    for token in tokens:
        word = token.group().lower()
        if not word[0].isalnum() or word in _NP_STOP or word in _NP_PREPOSITION:
            break
        if not backwards and taken and word.endswith("ed") and "-" not in word:
            break
        if word not in _NP_FILLER:
            taken.append(token)
        if len(taken) >= _NP_WORDS:
            break
    if not taken:
        return None
    return min(t.start() for t in taken), max(t.end() for t in taken)


def _clause_around(text: str, start: int, end: int) -> tuple[int, int]:
    """The clause holding ``[start, end)``: from the last boundary before it to the next."""
    before = [m.end() for m in _SIDE_BOUNDARY.finditer(text, 0, start)]
    after = _SIDE_BOUNDARY.search(text, end)
    return (before[-1] if before else 0), (after.start() if after else len(text))


def _denies(text: str, start: int, end: int, skip: tuple[int, int] | None = None) -> bool:
    for match in _SIDE_DENIAL.finditer(text, start, end):
        if skip is None or not skip[0] <= match.start() < skip[1]:
            return True
    return False


def _contrasts(text: str) -> list[tuple[_Side, _Side]]:
    """The contrasts a text draws, each as (the side something is said of, the other side)."""
    found: list[tuple[_Side, _Side]] = []
    for cue in _EXCLUDING_CUE.finditer(text):
        kept = _noun_phrase(text, 0, cue.start(), backwards=True)
        left_out = _noun_phrase(text, cue.end(), len(text), backwards=False)
        if kept is None or left_out is None:
            continue
        clause = _clause_around(text, kept[0], left_out[1])
        said = not _denies(text, *clause, skip=(cue.start(), left_out[1]))
        found.append((_Side(*kept, said), _Side(*left_out, not said)))
    for cue in _UNLIKE_CUE.finditer(text):
        other = _noun_phrase(text, cue.end(), len(text), backwards=False)
        if other is None:
            continue
        clause_start, clause_end = _clause_around(text, cue.start(), cue.end())
        opening = not text[clause_start : cue.start()].strip(" ,")
        comma = text.find(",", other[1], clause_end)
        if opening and comma >= 0:
            subject = (comma + 1, clause_end)
        elif not opening:
            subject = (clause_start, cue.start())
        else:
            continue
        said = not _denies(text, *subject)
        found.append((_Side(*subject, said), _Side(*other, not said)))
    for cue in _CLAUSE_CONTRAST.finditer(text):
        first = _clause_around(text, cue.start(), cue.start())
        second = _clause_around(text, cue.end(), cue.end())
        if first[1] - first[0] < 3 or second[1] - second[0] < 3:
            continue
        one, two = _denies(text, *first), _denies(text, *second)
        known = one != two
        found.append(
            (_Side(*first, not one if known else None), _Side(*second, not two if known else None))
        )
    return found


def _distinct(text: str, side: _Side, other: _Side) -> list[Term]:
    """The words of one side of the claim's contrast that its other side does not share."""
    theirs = frozenset(c for t in terms_between(text, other.start, other.end) for c in narrow(t))
    return [
        t for t in terms_between(text, side.start, side.end)
        if not t.is_number and not narrow(t) & theirs
    ]  # fmt: skip


def _placed(term: Term, sentence: IndexedSentence, sides: tuple[_Side, _Side]) -> int | None:
    """Which side of the sentence's contrast names the claim word, when only one does and the
    rest of the sentence does not."""
    places = [w.start for w in sentence.terms if narrow(term) & w.concepts]
    where = {
        next((i for i, s in enumerate(sides) if s.start <= p < s.end), -1) for p in places
    }  # fmt: skip
    return where.pop() if len(where) == 1 and -1 not in where else None


def _roles_swapped(claim: str, sentence: IndexedSentence) -> bool:
    return _contrast_roles(claim, sentence) == "swapped"


def _roles_aligned(claim: str, sentence: IndexedSentence) -> bool:
    return _contrast_roles(claim, sentence) == "aligned"


def _contrast_roles(claim: str, sentence: IndexedSentence) -> str | None:
    """How the sentence draws the claim's contrast: "swapped" (the other way round),
    "aligned" (the same way) or None (no contrast of the claim's to compare).

    With known polarity (one side affirmed, the other denied, in both): a claim side whose
    distinctive words sit only in the sentence side of the opposite polarity is swapped, one
    whose words sit only in the side of the same polarity lines up. In any case, when every
    claim side mixes words of both sentence sides ("X rose, whereas Y fell" against "Y rose,
    whereas X fell"), the claim gives each one what the sentence says of the other."""
    verdict = None
    for claimed in _contrasts(claim):
        for said in _contrasts(sentence.text):
            polar = all(s.kept is not None for s in (*claimed, *said))
            swapped = aligned = False
            straddles = 0
            for index, side in enumerate(claimed):
                other = claimed[1 - index]
                places = [_placed(t, sentence, said) for t in _distinct(claim, side, other)]
                found = [p for p in places if p is not None]
                if polar:
                    same = sum(said[p].kept == side.kept for p in found)
                    opposite = len(found) - same
                    swapped |= opposite > 0 and same == 0
                    aligned |= same > 0 and opposite == 0
                if len(set(found)) == 2:
                    straddles += 1
            if (polar and swapped and not aligned) or straddles == 2:
                return "swapped"
            if polar and aligned and not swapped and not straddles:
                verdict = "aligned"
    return verdict


def _swapped_roles(
    assertions: Assertions, terms: tuple[Term, ...], hits: list[Hit], core: list[Term]
) -> Finding | None:
    """A claim drawing a contrast that the sentence saying it draws the other way round."""
    if not (
        _EXCLUDING_CUE.search(assertions.text)
        or _UNLIKE_CUE.search(assertions.text)
        or _CLAUSE_CONTRAST.search(assertions.text)
    ):
        return None
    for hit in hits[:PAIR_CANDIDATES]:
        if hit.coverage < NEAR_COVERAGE or not _holds(hit, core):
            continue
        if _roles_swapped(assertions.text, hit.sentence):
            return _sentence_finding(
                hit.sentence,
                hit.words,
                verdict=Verdict.CONTRADICTED,
                message="the abstract draws the claim's contrast the other way round: "
                f"\u201c{quoted(hit.sentence.text, 140)}\u201d",
                claim_says=assertions.text,
                confidence=0.7,
            )
    return None


# A bare figure in a claim ("applicators over 60"), not part of a name (HCN1, 13C, GluN2B) or a
# year: the record must state it somewhere, or the claim says more than the record.
_BARE_NUMBER: Final = re.compile(r"(?<![\w.,-])(\d+(?:\.\d+)?)(?![\w-]|\.\d|,\d)")


def _unstated_number(assertions: Assertions, index: RecordIndex, lead: Hit) -> Finding | None:
    """A figure no check reads as a quantity ("strongest among applicators over 60") must still
    be stated somewhere in the record."""
    claim = assertions.text
    read = [(q.phrase.start, q.phrase.end) for q in assertions.quantities]
    read += [(s.phrase.start, s.phrase.end) for s in assertions.sample_sizes]
    # Years blanked out in place, so that offsets still index the claim.
    yearless = _YEARS.sub(lambda year: " " * len(year.group()), claim)
    for match in _BARE_NUMBER.finditer(yearless):
        if any(a <= match.start() < b for a, b in read):
            continue  # the quantity and sample-size checks judge it
        # A figure is stated when the record gives it to within the claim's own rounding (a
        # confidence bound or a p value is not an estimate); a hedged one ("about 60") may
        # sit 5% away.
        if figure_stated(index, yearless, match.start(1), match.end(1)):
            continue
        return _sentence_finding(
            lead.sentence,
            lead.words,
            verdict=Verdict.NOT_IN_SOURCE,
            message=f"the record states no figure {match.group(1)} (nor one close to it); the "
            f"closest sentence: \u201c{quoted(lead.sentence.text, 140)}\u201d",
            claim_says=match.group(1),
            confidence=0.6,
        )
    return None


OPPOSITE_NEIGHBOURS: Final = 2


def _opposite_elsewhere(
    assertions: Assertions, index: RecordIndex, terms: tuple[Term, ...], chosen: list[Hit]
) -> Finding | None:
    """A claim word the evidence lacks, whose opposite another sentence says of the same thing
    ("a narrow chemical shift range" where the record says "the larger chemical shift range"):
    the record speaks against that part, so the claim is not backed (contradicted when that
    sentence says the rest of the claim too)."""
    total = sum(weight(index, t) for t in terms) or 1.0
    denied = _denied_stems(assertions.text)
    compared = _compared_spans(assertions.text)
    for term in missing_terms(terms, chosen):
        opposite = opposites(term)
        if not opposite or term.stem in denied or opposites(term) & _concepts_of(terms):
            continue
        if any(a <= term.start < b for a, b in compared):
            continue  # the comparison arm's word ("compared with X alone")
        for sentence in index.sentences:
            if not sentence.concepts & opposite:
                continue
            shared = [t for t in terms if t is not term and t.concepts & sentence.concepts]
            # The record's topic ("pancreatic cancer risk") is in every sentence: sharing it
            # does not make a sentence about the same thing.
            if len([t for t in shared if not is_topic(index, t)]) < OPPOSITE_NEIGHBOURS:
                continue
            word = next((w for w in sentence.terms if w.concepts & opposite), None)
            said = (sum(weight(index, t) for t in shared) + weight(index, term)) / total
            clear = said >= CONTRADICTION_COVERAGE
            return _sentence_finding(
                sentence,
                [w for w in sentence.terms if w.concepts & opposite],
                verdict=Verdict.CONTRADICTED if clear else Verdict.NOT_IN_SOURCE,
                message=f"the abstract says '{word.text if word else 'the opposite'}' where the "
                    f"claim says '{term.text}': \u201c{quoted(sentence.text, 140)}\u201d",
                claim_says=term.text,
                confidence=0.65 if clear else 0.55,
            )  # fmt: skip
    return None


# A figure or an amount in words: what a title never states.
_COUNTED: Final = re.compile(
    r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|"
    r"fifty|hundred|thousand|million|dozens?|scores\s+of|hundreds|thousands|several|many|most|"
    r"majority|minority|half|halves|third|thirds|quarter|quarters|fifths?|tenths?|\w+fold|"
    r"percent|per\s+cent|twice|thrice|double[ds]?|triple[ds]?|none|all)\b",
    re.IGNORECASE,
)


_YEARS: Final = re.compile(r"\b(?:19|20)\d\d(?:s\b)?")


def _title_only(index: RecordIndex, chosen: list[Hit]) -> bool:
    return bool(index.abstract_sentences) and all(not h.sentence.in_abstract for h in chosen)


# Verbs that only report what a work or its authors say, present and past.
_REPORT_VERBS: Final = (
    r"(?:argue|stress|emphasi[sz]e|note|discuss|cite|identif(?:y|ie)|highlight|underline|"
    r"explain|describe|conclude|suggest|contend|point|outline|examine|explore|claim|warn|"
    r"caution|remark|acknowledge|say|write)"
    r"(?:s|es|d|ed)?(?:\s+out)?|said|wrote|(?:look|deal)(?:s|ed|t)?\s+(?:at|with)|looks\s+at"
    r"|dealt\s+with|set(?:s)?\s+out(?:\s+to\s+\w+)?"
)

# Capitalised words that open a sentence without naming anyone.
_NOT_NAMES: Final = (
    r"The|A|An|This|That|These|Those|In|On|At|For|With|By|From|Its|Their|Our|We|It|They|Some|"
    r"Most|Many|Both|All|Each|One|Two|Three|After|Before|During|When|While|Among|Only|Over|"
    r"Under|Patients|People|Mice|Rats"
)

# Who says it, not what is said: "Writing in Lancet Psychiatry, a team from Sydney ...", "...,
# a 2016 review notes", "according to the authors". Their words are for the journal, place and
# design checks; qualitative support looks for the statement.
_ATTRIBUTION: Final = re.compile(
    r"^\s*(?:writing|reporting|publishing)\s+in\s+[^,]{2,80},"
    r"|^\s*according\s+to\s+[^,]{2,80},"
    r"|\b(?:wrote|writes|written|write)\s+(?:about|on|that)\b"
    r"|\b(?:an?|the|their|this)\s+(?:[\w'&-]+\s+){0,4}?(?:team|group|researchers|scientists|"
    r"investigators|authors)\s+(?:from|at|in|of|based\s+in|led\s+by)\s+(?:the\s+)?"
    r"(?-i:[A-Z][\w'.&-]*(?:\s+(?:(?:and|of|the|&)\s+)?[A-Z][\w'.&-]*)*)"
    r"|[,;]\s*(?:an?|the|this|that)\s+(?:\d{4}\s+)?(?:[\w'-]+\s+){0,3}?(?:review|study|paper|"
    r"trial|report|analysis|team|authors?|researchers?)\s+(?:says?|notes?|writes?|reports?|"
    r"argues?|adds?|explains?|found|concludes?|concluded|suggests?)\s*[.!]?\s*$"
    r"|[,;]\s*(?:the\s+)?(?:authors?|researchers?|reviewers?|team|investigators)\s+(?:say|said|"
    r"note|noted|write|wrote|report|reported|found|argue|argued|conclude|concluded|add|added)"
    r"\s*[.!]?\s*$"
    # "..., the authors of a 2018 review in Molecular Psychiatry write."
    r"|[,;]\s*(?:the|its|their)\s+(?:authors?|researchers?|reviewers?|investigators)\s+of\s+"
    r"[^,;]{3,80}?\s+(?:say|said|note|noted|write|wrote|report|reported|argue|argued|conclude|"
    r"concluded)\s*[.!]?\s*$"
    # "..., say sports scientists in Pamplona"
    r"|[,;]\s*(?:says?|said|write|writes|wrote|report|reports|argue|argues)\s+(?:the\s+)?"
    r"(?:[\w'-]+\s+){0,2}?(?:scientists|researchers|authors|investigators|reviewers|team)\b"
    r"[^,;]{0,60}[.!]?\s*$"
    # The claim's subject is the work or its authors and the verb only reports: "Zanos and Gould
    # stress that", "A 2018 review in Molecular Psychiatry argues that", "Olivero's 1990 review
    # discusses", "the review looked at". What follows is the statement.
    rf"|^\s*(?:[^,;]{{0,60}}?\b(?:review|study|paper|article|report|analysis|meta-analysis|"
    rf"authors?|researchers?|team|reviewers?|investigators|scientists)(?:'s)?"
    rf"(?:\s+(?:in|from|of|by|at|on|that|which|published|appearing)\b[^,;]{{0,70}}?)?"
    rf"|(?!(?:{_NOT_NAMES})\b)(?-i:[A-Z][\w'-]+)(?:\s+(?:and|&)\s+(?-i:[A-Z][\w'-]+))?"
    rf"(?:\s+et\s+al\.?)?(?:'s)?)\s+(?:{_REPORT_VERBS})(?:\s+that\b)?",
    re.IGNORECASE,
)


# Everyday framing around a statement, not part of it: "X turned out to be Y" says "X was Y";
# "Curiously, ..." and a reporting aside (", the authors explain,", "which the authors say
# gives ...") only frame. The statement's own words must still be found.
_FRAMING: Final = re.compile(
    r"\bturn(?:s|ed|ing)?\s+out(?:\s+to\s+(?:be|have)|\s+that)?\b"
    r"|\bprov(?:es|ed|en)\s+to\s+be\b|\bit\s+(?:emerged|transpired)\s+that\b"
    r"|^\s*(?:curiously|interestingly|notably|strikingly|surprisingly|remarkably|tellingly|"
    r"importantly|crucially|reassuringly),"
    r"|\b(?:the|its|their)\s+(?:authors?|researchers?|team|investigators|reviewers?|"
    r"scientists)\s+(?:say|says|said|explain|explains|explained|note|notes|noted|argue|argues|"
    r"argued|write|writes|wrote|add|adds|added|conclude|concludes|concluded|report|reports|"
    r"reported|stress|stresses|stressed)\b",
    re.IGNORECASE,
)


def _unattributed(text: str, terms: tuple[Term, ...]) -> tuple[Term, ...]:
    """The claim's terms without who reported it and how ("Writing in X, a team from Y")."""
    return _outside(text, terms, (_ATTRIBUTION, _FRAMING, lx.SOURCE_FRAMING))


# Where a compound claim joins two statements: "X, and Y", "X; Y", "X, whereas Y".
_CLAUSE_JOIN: Final = re.compile(
    r";\s+|,\s+(?:and|but|whereas|while|although|though|yet)\s+(?:that\s+|also\s+)?"
    r"|\s+(?:whereas|while)\s+",
    re.IGNORECASE,
)
# Finer seams of a feature-style sentence: a colon that elaborates ("X: Y"), a trailing
# ", with ..." or ", each ..." and a relative ", which ...". Each side is a statement of its own.
_STATEMENT_JOIN: Final = re.compile(
    r":\s+(?=\S)|,\s+(?=(?:with|each|which|who|correlating|giving|leaving|making|"
    r"showing|suggesting|indicating|reaching|rising|falling)\b)"
    # a reduced passive that adds a statement: ", offset by ...", ", tempered by ..."
    r"|,\s+(?=(?:[a-z]{3,}ed|offset|undercut|outweighed|driven)\s+by\b)",
    re.IGNORECASE,
)
# A participial or adverbial opener ("Chilled to ..., the irons ...", "Comparing A and B, ...",
# "By silencing X in Y, the team ...") is a statement before the main clause. Openers that deny
# or concede ("Rather than", "Unlike", "Despite") only frame the main clause and stay with it.
_OPENER: Final = re.compile(
    r"^\s*(?!(?:rather|instead|unlike|despite|although|though|far|apart|except|without|"
    r"compared|relative|contrary)\b)(?:by\s+|after\s+|when\s+|while\s+|on\s+)?"
    r"[a-z]+(?:ed|ing|en)\b[^,;:()]{3,150}?,\s+",
    re.IGNORECASE,
)
MIN_CLAUSE_TERMS: Final = 3


@lru_cache(maxsize=4096)
def _statement(text: str) -> Assertions:
    return extract_assertions(text)


def _clauses(text: str, seams: Iterable[re.Match[str]]) -> list[str]:
    cuts = sorted({0, *(m.end() for m in seams), len(text)})
    return [part for a, b in pairwise(cuts) if (part := text[a:b].strip(" ,;:"))]


def _statements(text: str) -> list[str]:
    """The claim cut at every seam between statements, the finest reading first tried."""
    seams = [*_CLAUSE_JOIN.finditer(text), *_STATEMENT_JOIN.finditer(text)]
    opener = _OPENER.match(text)
    if opener is not None:
        seams.append(opener)
    return _clauses(text, seams)


def _merged(parts: list[Assertions], terms: list[tuple[Term, ...]]) -> list[str]:
    """Statements too thin to judge alone ("With cryosolution B") join the one that follows
    (the last joins the one before), so the qualifier is judged with what it qualifies."""
    texts = [p.text for p in parts]
    counts = [len(t) for t in terms]
    i = 0
    while len(texts) > 1 and i < len(texts):
        if counts[i] >= MIN_CLAUSE_TERMS:
            i += 1
            continue
        # a thin statement between two joins the thinner neighbour ("Drugs: X, offset by Y"
        # keeps "Drugs: X" together)
        j = i + 1 if i + 1 < len(texts) else i - 1
        if 0 < i < len(texts) - 1 and counts[i - 1] < counts[i + 1]:
            j = i - 1
        a, b = min(i, j), max(i, j)
        texts[a : b + 1] = [f"{texts[a]}, {texts[b]}"]
        counts[a : b + 1] = [counts[a] + counts[b]]
        i = 0
    return texts


def _by_clauses(assertions: Assertions, index: RecordIndex) -> Finding | None:
    """A compound claim ("X, and Y") that no one or two sentences say whole is judged a statement
    at a time: backed when every statement is backed by sentences of its own, contradicted when
    one is contradicted. Each statement is read afresh (its own negation, comparators and terms).
    The coarse reading (joined clauses) is tried first, then the finer one (openers, colons,
    relative and ", with" clauses); a thin statement is judged together with its neighbour.
    """
    text = _without_glosses(assertions, index)
    coarse = _clauses(text, _CLAUSE_JOIN.finditer(text))
    fine = _statements(text)
    tried: list[list[str]] = []
    for clauses in (coarse, fine):
        parts = [_statement(clause) for clause in clauses]
        terms = [_own_terms(part) for part in parts]
        texts = _merged(parts, terms) if clauses is fine else clauses
        if clauses is coarse and any(len(own) < MIN_CLAUSE_TERMS for own in terms):
            continue
        if len(texts) < 2 or texts in tried:
            continue
        tried.append(texts)
        found = _judge_statements(assertions, index, texts)
        if found is not None:
            return found
    return None


def _own_terms(part: Assertions) -> tuple[Term, ...]:
    return _without_none_of(part.text, _unattributed(part.text, part.key_terms))


def _unauthored(text: str, terms: tuple[Term, ...], index: RecordIndex) -> tuple[Term, ...]:
    named = index.author_spans(text)
    if not named:
        return terms
    return tuple(t for t in terms if not any(a <= t.start < b for a, b in named)) or terms


def _judge_statements(
    assertions: Assertions, index: RecordIndex, texts: list[str]
) -> Finding | None:
    parts = [_statement(text) for text in texts]
    # Who wrote it ("A review by Pittenger and Krystal notes that ...") is the author list's,
    # as for the whole claim: a statement's own terms never demand the names from the abstract.
    terms = [_unauthored(part.text, _own_terms(part), index) for part in parts]
    if any(len(own) < MIN_CLAUSE_TERMS for own in terms):
        return None
    judged = [
        _support_finding(
            part,
            index,
            own,
            retrieve(index, own, title_credit=True),
            whole_claim=assertions.text,
        )
        for part, own in zip(parts, terms, strict=True)
    ]
    contradicted = [f for f in judged if f.verdict is Verdict.CONTRADICTED]
    if contradicted:
        return contradicted[0]
    if any(f.verdict is not Verdict.SUPPORTED for f in judged):
        return None
    sources = " and ".join(f"\u201c{quoted(f.source_says or '', 100)}\u201d" for f in judged)
    return judged[0].model_copy(
        update={
            "message": f"the record says each part: {sources}",
            "claim_says": assertions.text,
            "confidence": round(min(f.confidence for f in judged) * 0.95, 3),
        }
    )


def _support_finding(
    assertions: Assertions,
    index: RecordIndex,
    terms: tuple[Term, ...],
    hits: list[Hit],
    whole_claim: str | None = None,
) -> Finding:
    if not assertions.negated and (
        terse_denial(assertions.text) or finding_denied(assertions.text)
    ):
        # "X: not correlated with Y" denies as much as "X was not correlated with Y"
        assertions = replace(assertions, negated=True)
    if not hits:
        return Finding(
            kind=FindingKind.SUPPORT,
            verdict=Verdict.NOT_IN_SOURCE,
            message=f"the record does not mention {words_list(terms)}",
            claim_says=assertions.text,
            confidence=0.9,
        )
    best = max(hits, key=lambda h: (h.coverage, h.score, -h.sentence.position))
    topical = [t for t in terms if is_topic(index, t, share=CORE_SHARE)]
    opposed = (
        _opposed(index, terms, hits, topical, assertions.text)
        or _preferred_wrongly(assertions, index, terms, hits, topical)
        or _denied_but_affirmed(assertions, index, terms, hits, topical)
        or _swapped_roles(assertions, terms, hits, topical)
        or _rejected_alternative(assertions.text, hits, topical)
        or _said_of_sibling(assertions, index, terms)
        or _all_but_some(assertions.text, hits)
        or _stance_conflict(assertions.text, index, terms, hits, topical)
    )
    if opposed is not None:
        return opposed
    if not assertions.negated:
        compared = frozenset(stem for c in assertions.comparators for stem in c.terms)
        compared |= _claim_exclusions(assertions.text)
        if whole_claim:
            # a part of "A stopped it, but doing the same in B did not" excludes B with the whole
            compared |= _claim_exclusions(whole_claim)
        both_arms = bool(_BOTH_ARMS.search(assertions.text))
        excluded = _excluding(
            index, terms, hits, topical, compared, both_arms, assertions.text
        ) or (_placebo_excluded(hits, topical) if both_arms else None)
        if excluded is not None:
            return excluded
        hits = [h for h in hits if len(_excluded_terms(h, compared, both_arms)) < MIN_EXCLUDED]
    hits = [
        h for h in hits
        if h.coverage < PAIR_MEMBER_COVERAGE or not _antonyms(h, terms, assertions.text)
    ]  # fmt: skip
    unstated_in: dict[int, str] = {}
    if not speaks_of_no_result(assertions):
        # only a claim that affirms its finding can be denied by an unknown that names it all
        affirms = not assertions.negated and not _UNIDENTIFIED.search(assertions.text)
        answer = terms if affirms else ()
        kinds = {h.sentence.position: _no_result_kind(index, h, answer) for h in hits}
        unstated_in = {position: kind for position, kind in kinds.items() if kind is not None}
    chosen = _choose(assertions, index, terms, hits, topical, unstated_in)
    if not chosen and unstated_in:
        unstated = _choose(assertions, index, terms, hits, topical)
        if unstated:
            # Of a pair, quote the sentence that states no result, not its partner.
            lead = next((h for h in unstated if h.sentence.position in unstated_in), unstated[0])
            return _sentence_finding(
                lead.sentence,
                lead.words,
                verdict=Verdict.NOT_IN_SOURCE,
                message=f"the record gives this only as "
                f"{unstated_in.get(lead.sentence.position) or AIM}"
                f", not as a result: \u201c{quoted(lead.sentence.text, 140)}\u201d",
                claim_says=assertions.text,
                confidence=0.65,
            )
    if not chosen:
        absent = [t for t in terms if not in_record(index, t)]
        lacking = absent or missing_terms(terms, [best])
        if all(t.text.lower() == "only" for t in lacking):
            # all but the claim's "only" is said, of each of the kind: "only B" is denied
            each = _one_against_each(assertions.text, [best])
            if each is not None:
                return each
        what = "does not mention" if absent else "has no sentence that also says"
        return _sentence_finding(
            best.sentence,
            best.words,
            verdict=Verdict.NOT_IN_SOURCE,
            message=f"the abstract {what} {words_list(lacking)}; closest sentence: "
            f"\u201c{quoted(best.sentence.text, 140)}\u201d",
            claim_says=assertions.text,
            confidence=round(0.9 - 0.4 * best.coverage, 3),
        )
    lead = chosen[0]
    if _title_only(index, chosen) and _COUNTED.search(_YEARS.sub(" ", assertions.text)):
        # A title names a topic, never a figure: "Dozens of variants ..." or "one in eight ..."
        # needs a sentence of the abstract.
        return _sentence_finding(
            lead.sentence,
            lead.words,
            verdict=Verdict.NOT_IN_SOURCE,
            message="only the title speaks of this, and the claim gives a figure the abstract "
            f"does not: \u201c{quoted(lead.sentence.text, 140)}\u201d",
            claim_says=assertions.text,
            confidence=0.6,
        )
    flipped = _polarity_differs(assertions, chosen, whole_claim or assertions.text)
    if (
        flipped == DENIAL_AFFIRMED
        and _DENIED_COMPARISON.search(assertions.text)
        and _compared_the_other_way(
            assertions.text, _compared_spans(assertions.text), lead.sentence.text
        )
    ):
        # "no more frequent with placebo than with ketamine" against "more frequent after
        # ketamine than after placebo": the denied order is the other way round of the
        # affirmed one, which says what the claim says.
        flipped = None
    if (
        flipped == DENIAL_AFFIRMED
        and len(chosen) == 1
        and not _affirms_plainly(whole_claim or assertions.text, lead)
    ):
        denier = _denial_said_elsewhere(assertions, index, terms, lead, hits, unstated_in)
        if denier is not None:
            # The best-covering sentence only names who was studied ("Thirteen trained
            # runners ..."); another states the claim's denial itself ("X did not differ
            # from Y"): together they say it.
            chosen, lead, flipped = [denier, lead], denier, None
    if flipped is not None:
        # One sentence saying all the claim says, with the opposite polarity, contradicts it;
        # anything looser only fails to back it.
        claim_text = whole_claim or assertions.text
        clear = (
            len(chosen) == 1
            and flipped != DENIAL_UNSAID
            # "no difference between A and B" is affirmed only by a sentence stating a
            # difference, not by one naming both arms ("A was given weekly and B inserted")
            and not (
                flipped == DENIAL_AFFIRMED
                and _NO_DIFFERENCE_CLAIMED.search(claim_text)
                and not _STATES_DIFFERENCE.search(lead.sentence.text)
                and not _STATES_STATISTIC.search(lead.sentence.text)
            )
            and (
                lead.coverage >= CONTRADICTION_COVERAGE
                or (
                    flipped == DENIAL_AFFIRMED
                    and lead.coverage >= AFFIRMED_DENIAL_COVERAGE
                    and _denied_thing_affirmed(whole_claim or assertions.text, lead)
                    and (
                        not _CLAIM_OF_NONE.search(whole_claim or assertions.text)
                        or _STATES_DIFFERENCE.search(lead.sentence.text) is not None
                    )
                )
            )
        )
        return _sentence_finding(
            lead.sentence,
            lead.words,
            verdict=Verdict.CONTRADICTED if clear else Verdict.NOT_IN_SOURCE,
            message=f"the sentence that matches the claim {flipped}: "
            f"\u201c{quoted(lead.sentence.text, 140)}\u201d",
            claim_says=assertions.text,
            confidence=0.7 if clear else 0.6,
        )
    differing = _difference_against_sameness(assertions.text, terms, chosen)
    if differing is not None:
        return differing
    mechanism = _mechanism_for_result(terms, chosen) or _other_label(index, terms, chosen)
    if mechanism is not None:
        return mechanism
    if _SAMENESS.search(assertions.text) and not _SAME_IN_SOURCE.search(
        " ".join(h.sentence.text for h in chosen)
    ):
        return _sentence_finding(
            lead.sentence,
            lead.words,
            verdict=Verdict.NOT_IN_SOURCE,
            message="the claim says they do not differ; the closest sentence does not say so: "
            f"\u201c{quoted(lead.sentence.text, 140)}\u201d",
            claim_says=assertions.text,
            confidence=0.6,
        )
    if _CLAIM_OF_NONE.search(assertions.text) and not any(
        _STATES_NONE.search(h.sentence.text) for h in chosen
    ):
        # "X bore no relation to Y" needs a sentence that says so; one that lists what was
        # measured ("assessments included X and Y") states no result at all.
        return _sentence_finding(
            lead.sentence,
            lead.words,
            verdict=Verdict.NOT_IN_SOURCE,
            message="the claim says there is no relation or difference; the closest sentence "
            f"states no such result: \u201c{quoted(lead.sentence.text, 140)}\u201d",
            claim_says=assertions.text,
            confidence=0.6,
        )
    absent = _absence_unsaid(assertions.text, chosen)
    if absent:
        return _sentence_finding(
            lead.sentence,
            lead.words,
            verdict=Verdict.NOT_IN_SOURCE,
            message=f"the claim says there is no {words_list(absent)}; the evidence does not "
            f"say so: \u201c{quoted(lead.sentence.text, 140)}\u201d",
            claim_says=assertions.text,
            confidence=0.6,
        )
    if _none_of_unshared(assertions.text, chosen):
        return _sentence_finding(
            lead.sentence,
            lead.words,
            verdict=Verdict.NOT_IN_SOURCE,
            message="the claim says none of them; the closest sentence does not say so: "
            f"\u201c{quoted(lead.sentence.text, 140)}\u201d",
            claim_says=assertions.text,
            confidence=0.6,
        )
    gap = (
        _unstated_number(assertions, index, lead)
        or _dose_dependence_unsaid(assertions.text, index, lead)
        or _one_against_each(assertions.text, chosen)
        or _qualifier_gap(assertions.text, chosen)
        or _condition_unbacked(assertions.text, index, terms, chosen)
        or _relation_unsaid(assertions.text, chosen)
        or _all_against_one(assertions.text, lead)
        or _uniqueness_differs(assertions.text, chosen)
        or _copies_what_is_lacked(assertions.text, chosen)
        or _prefix_dropped(assertions.text, chosen)
        or _variant_for_bare(assertions.text, chosen)
        or _opposite_elsewhere(assertions, index, terms, chosen)
        or _moved_attachment(assertions.text, terms, chosen)
        or _other_people(assertions.text, chosen)
        or _untied(
            assertions.text,
            index,
            terms,
            chosen,
            [h for h in hits if h.sentence.position not in unstated_in],
        )
    )
    if gap is not None:
        return gap
    substituted = _unsaid_named_thing(index, terms, assertions.text, chosen)
    if substituted is not None:
        return substituted
    coverage = max(best.coverage, pair_coverage(index, terms, *chosen) if len(chosen) == 2 else 0)
    also = (
        f" together with \u201c{quoted(chosen[1].sentence.text, 100)}\u201d"
        if len(chosen) == 2
        else ""
    )
    return _sentence_finding(
        lead.sentence,
        [w for h in chosen if h is lead for w in h.words],
        verdict=Verdict.SUPPORTED,
        message=f"the record says so: \u201c{quoted(lead.sentence.text, 140)}\u201d{also}",
        claim_says=assertions.text,
        confidence=round(min(0.95, 0.5 + 0.45 * coverage), 3),
    )


# --- stances: a call for more work, dose dependence ---------------------------------------------
#
# "saw no need for further trials" against "we recommend large trials", or "did not vary with
# dose" against "a dose-response profile": the words match, the stance is the opposite. A stance
# is read from cue phrases; a denial cue wins over the affirming words it contains ("no
# dose-response", "no further trials are needed").

# Lay ways to deny dose dependence, besides the lexicon's: "the same whatever the dose", "no
# matter which dose", "didn't depend on the dose", "unrelated to dose", "no link with dose".
_DOSE_WORD: Final = r"(?:dos(?:e|es|ing|age|ages))"
_DOSE_INDEPENDENT: Final = re.compile(
    lx.DOSE_INDEPENDENT.pattern
    + r"|\b(?:whatever|whichever|no\s+matter\s+(?:what|which|the))\s+(?:the\s+)?(?:\w+\s+)?"
    + _DOSE_WORD
    + r"\b"
    r"|\b(?:didn't|doesn't|don't|wasn't|weren't|isn't|aren't)\s+(?:\w+ly\s+)?(?:vary|differ|"
    r"change|depend|increase|rise|grow|scale|related)\s+(?:\w+\s+){0,2}?(?:with|by|across|on|to)"
    r"\s+(?:the\s+|increasing\s+|higher\s+|any\s+)?(?:\w+\s+)?" + _DOSE_WORD + r"\b"
    r"|\b(?:unrelated|unconnected)\s+to\s+(?:the\s+)?(?:\w+\s+)?" + _DOSE_WORD + r"\b"
    r"|\bno\s+(?:clear\s+|apparent\s+)?(?:link|relation(?:ship)?|association|connection)\s+"
    r"(?:with|to|between)\s+(?:the\s+)?(?:\w+\s+)?" + _DOSE_WORD + r"\b",
    re.IGNORECASE,
)
_STANCES: Final = (
    (lx.DENIED_NEED, lx.AFFIRMED_NEED, "a call for more work or a need"),
    (_DOSE_INDEPENDENT, lx.DOSE_DEPENDENT, "dependence on dose"),
)
STANCE_TOPIC_COVERAGE: Final = 0.4
STANCE_MIN_MATCHED: Final = 2


def _stance(text: str, denial: re.Pattern[str], affirmation: re.Pattern[str]) -> bool | None:
    """True: the text affirms the stance; False: it denies it; None: it takes none."""
    if denial.search(text):
        return False
    return True if affirmation.search(text) else None


def _stance_conflict(
    claim: str, index: RecordIndex, terms: tuple[Term, ...], hits: list[Hit], core: list[Term]
) -> Finding | None:
    """A record sentence on the claim's topic that takes the opposite stance contradicts it.
    The topic is judged with and without the claim's stance cue ("urged" is the stance, not
    what is urged); the sentence must share a word of the topic besides the cue."""
    for denial, affirmation, what in _STANCES:
        said = _stance(claim, denial, affirmation)
        if said is None:
            continue
        cues = [m.span() for m in (*denial.finditer(claim), *affirmation.finditer(claim))]
        topic = [t for t in terms if not any(a <= t.start < b for a, b in cues)]
        total = sum(weight(index, t) for t in topic)
        if not topic or not total:
            continue
        for hit in hits[: 2 * PAIR_CANDIDATES]:
            matched = [t for t in topic if t in hit.matched]
            share = max(hit.coverage, sum(weight(index, t) for t in matched) / total)
            if share < STANCE_TOPIC_COVERAGE or not matched:
                continue
            if len(hit.matched) < STANCE_MIN_MATCHED:
                continue
            if not _holds(hit, core) or _stance(hit.sentence.text, denial, affirmation) is not (
                not said
            ):
                continue
            claim_word = "denies" if not said else "affirms"
            record_word = "affirms" if not said else "denies"
            return _sentence_finding(
                hit.sentence,
                hit.words,
                verdict=Verdict.CONTRADICTED,
                message=f"the claim {claim_word} {what}; the abstract {record_word} it: "
                f"\u201c{quoted(hit.sentence.text, 140)}\u201d",
                claim_says=claim,
                confidence=0.65,
            )
    return None


def _dose_dependence_unsaid(claim: str, index: RecordIndex, lead: Hit) -> Finding | None:
    """A claim that an effect grows with dose needs a record that says so in some way."""
    if _stance(claim, _DOSE_INDEPENDENT, lx.DOSE_DEPENDENT) is not True:
        return None
    if any(
        _stance(sentence.text, _DOSE_INDEPENDENT, lx.DOSE_DEPENDENT) is not None
        for sentence in index.abstract_sentences
    ):
        return None
    return _sentence_finding(
        lead.sentence,
        lead.words,
        verdict=Verdict.NOT_IN_SOURCE,
        message="the claim says the effect depends on dose; the record does not say so: "
        f"\u201c{quoted(lead.sentence.text, 140)}\u201d",
        claim_says=claim,
        confidence=0.6,
    )


@lru_cache(maxsize=1024)
def _concepts_of(terms: tuple[Term, ...]) -> frozenset[str]:
    return frozenset(c for t in terms for c in t.concepts)


# How long something lasted: "persisted", "sustained", "as long as" (read as "sustained"
# before a length of time, paraphrases.py), "brief", "transient".
_LASTING: Final = frozenset({"=persisted", "=transient"})
_LENGTH_UNITS: Final = frozenset(
    {"minute", "hour", "day", "week", "fortnight", "month", "year", "decade"}
)


_ENDING: Final = frozenset({"=disappear"})


def _same_length(claim: str, sentence: str) -> bool:
    """Whether the claim's length of time is one the sentence gives too."""
    said = {(q.value, q.unit) for q in find_quantities(sentence) if q.unit in _LENGTH_UNITS}
    return any((q.value, q.unit) in said for q in find_quantities(claim) if q.unit in _LENGTH_UNITS)


def _states_length(claim: str) -> bool:
    """Whether the claim gives a length of time ("for up to a full week", "as long as a
    month", "for 6 months"), which the quantity check compares with the record's."""
    return any(q.unit in _LENGTH_UNITS for q in find_quantities(claim))


def _antonyms(hit: Hit, terms: tuple[Term, ...], claim: str = "") -> list[tuple[Term, Term]]:
    """Claim words the sentence lacks but whose opposite it has: (claim word, sentence word).
    A claim that says how long something lasted and gives the length of time ("persisted for
    up to a full week", "lasted as long as a month") leaves how long to the quantity check:
    a "brief" elsewhere (often another arm's "minor brief effects") is no opposite of it."""
    found = []
    concepts = hit.sentence.concepts
    claim_concepts = _concepts_of(terms)
    timed = _states_length(claim) if claim else False
    for term in terms:
        if term.concepts & concepts:
            continue
        if opposites(term) & claim_concepts:
            continue  # the claim names both poles ("the shortest ... than the longest")
        if timed and term.concepts & _LASTING:
            continue  # "persisted for a week" gives its length: the quantity check judges it
        if timed and term.concepts & _ENDING and _same_length(claim, hit.sentence.text):
            continue  # "faded after a week" ends where "persisted for up to 1 week" ends
        opposite = opposites(term) & concepts
        # The opposite may come from a stated duration rather than a word ("for 3 months" is
        # long-term): only a word can be quoted as saying the opposite.
        word = next((w for w in hit.sentence.terms if w.concepts & opposite), None)
        if word is not None:
            found.append((term, word))
    return found


def _opposed(
    index: RecordIndex,
    terms: tuple[Term, ...],
    hits: list[Hit],
    core: list[Term],
    claim: str = "",
) -> Finding | None:
    """A sentence saying all the claim says but with an opposite word ("high risk" for "low
    risk", "well tolerated" for "poorly tolerated") contradicts it."""
    total = sum(weight(index, t) for t in terms) or 1.0
    denied = _denied_stems(claim)
    compared = _compared_spans(claim)
    for hit in hits[:PAIR_CANDIDATES]:
        # "did not affect" against "unaffected" agrees: a denied word's opposite is no flip
        flips = [
            (t, w) for t, w in _antonyms(hit, terms, claim)
            if t.stem not in denied and not any(a <= t.start < b for a, b in compared)
            and not _grades_against_named(t, terms, compared, hit, claim)
        ]  # fmt: skip
        if not flips or not _holds(hit, core):
            continue
        coverage = hit.coverage + sum(weight(index, t) for t, _ in flips) / total
        # Up against down is the direction check's to judge, on the same thing: as a bare
        # opposite word it needs the whole statement ("mood boost" is not "decreased" scores).
        directional = all(t.concepts & _DIRECTION_CONCEPTS for t, _ in flips)
        if coverage >= (DIRECTION_FLIP_COVERAGE if directional else CONTRADICTION_COVERAGE):
            said = ", ".join(f"'{word.text}' where the claim says '{t.text}'" for t, word in flips)
            if all(_association_for_cause(t, word) for t, word in flips):
                # An association leaves causation open: it fails to back "causes", it does not
                # deny it.
                return _sentence_finding(
                    hit.sentence,
                    [*hit.words, *(w for _, w in flips)],
                    verdict=Verdict.NOT_IN_SOURCE,
                    message=f"the abstract reports an association, not a cause: {said}",
                    claim_says=", ".join(t.text for t, _ in flips),
                    confidence=0.7,
                )
            return _sentence_finding(
                hit.sentence,
                [*hit.words, *(w for _, w in flips)],
                verdict=Verdict.CONTRADICTED,
                message=f"the abstract says the opposite: {said}",
                claim_says=", ".join(t.text for t, _ in flips),
                confidence=0.7,
            )
    return None


_CAUSE: Final = frozenset(c for t in terms_of("cause") for c in t.concepts)
_ASSOCIATION: Final = frozenset(
    c for t in terms_of("associated correlated") for c in t.concepts if not c.startswith("~")
)


def _association_for_cause(claim_word: Term, record_word: Term) -> bool:
    return bool(claim_word.concepts & _CAUSE) and bool(record_word.concepts & _ASSOCIATION)


_GRADED: Final = re.compile(r"\w+(?:er|est)|more|less|most|least", re.IGNORECASE)


def _grades_against_named(
    term: Term,
    terms: tuple[Term, ...],
    compared: list[tuple[int, int]],
    hit: Hit,
    claim: str = "",
) -> bool:
    """A comparative whose other side the sentence names ("protons have a narrower range than
    carbon-13" against "the larger range of carbon-13") may say the same thing from the other
    side: its opposite word there is no flip."""
    if not _GRADED.fullmatch(term.text):
        return False
    # The claim's key terms leave out its comparator ("than S-(+)-ketamine"): read its words
    # from the claim itself, and of them those the claim's subject does not share.
    words = terms_of(claim) if claim else list(terms)
    inside = [t for t in words if any(a <= t.start < b for a, b in compared)]
    against = {c for t in inside for c in t.concepts}
    other_way = _compared_the_other_way(claim, compared, hit.sentence.text) if claim else None
    if other_way is not None:
        return other_way
    outside = {c for t in words if t not in inside for c in t.concepts}
    return bool((against - outside or against) & hit.sentence.concepts)


def _compared_the_other_way(
    claim: str, compared: list[tuple[int, int]], sentence: str
) -> bool | None:
    """Whether a sentence that names its own other side ("... by S-(+)-ketamine than racemic
    ketamine") puts the claim's subject there and the claim's other side outside it: the same
    comparison from the other side. None: the sentence names no other side."""
    spans = _compared_spans(sentence)
    if not spans or not compared:
        return None
    words = terms_of(claim)
    inside = [t for t in words if any(a <= t.start < b for a, b in compared)]
    against = {c for t in inside for c in t.concepts}
    outside = {c for t in words if t not in inside for c in t.concepts}
    own_against, own_subject = against - outside, outside - against
    theirs = {c for a, b in spans for t in terms_between(sentence, a, b) for c in t.concepts}
    return bool(own_subject & theirs) and not own_against & theirs


# "Compared with J-editing alone, ...": the words that name what the claim measures against.
# An opposite word there ("alone" against the record's "both ... and") describes the
# comparison arm, not what the claim says of its subject.
_COMPARED_WITH: Final = re.compile(
    r"\b(?:compared\s+(?:with|to)|in\s+comparison\s+(?:with|to)|relative\s+to|versus|vs\.?|"
    r"unlike|than)\s+[^,;.]{1,80}",
    re.IGNORECASE,
)


def _compared_spans(claim: str) -> list[tuple[int, int]]:
    return [m.span() for m in _COMPARED_WITH.finditer(claim)]


def _exclusion_scopes(
    text: str, compared: frozenset[str], both_arms: bool = False
) -> list[tuple[int, int]]:
    """Spans a sentence names as excluded: "but not X", "except X" (to the clause's end; a
    bracketed aside inside the scope does not end it). An exclusion of the claim's own
    comparator ("after ketamine but not placebo infusion") agrees with the claim: skipped."""
    scopes = []
    for cue in _EXCLUSION.finditer(text):
        end = len(text)
        depth = 0
        for position in range(cue.end(), len(text)):
            char = text[position]
            depth += (char in "([") - (char in ")]")
            if depth <= 0 and _EXCLUSION_END.match(text, position):
                end = position
                break
        scope = terms_between(text, cue.end(), end)
        if scope and scope[0].is_number:
            continue  # "all studies except one were ...": a count, not a named exclusion
        if any(t.stem in compared for t in scope):
            continue
        if not both_arms and any(lx.PLACEBO_WORDS.search(t.text) for t in scope):
            continue
        scopes.append((cue.end(), end))
    return scopes


# "fell after both ketamine and saline infusions", "the placebo group improved too": the claim
# gives the placebo arm the same result, so a record excluding the placebo contradicts it.
_BOTH_ARMS: Final = re.compile(
    r"\bboth\b[^.;]{0,60}?\b(?:placebo|saline|sham|dummy|control)"
    r"|\b(?:similar|same|comparable|equal|like)\b[^.;]{0,50}?\b(?:placebo|saline|sham|dummy)"
    r"|\bafter\s+[\w-]+\s+and\s+(?:after\s+)?(?:the\s+)?(?:placebo|saline|sham|dummy)"
    r"|\b(?:placebo|saline|sham|control)\b[^.;]{0,40}?\b(?:as\s+well|too|also|alike|equally)\b"
    r"|\b(?:regardless\s+of|whether\s+(?:they\s+)?(?:got|received|given))\b[^.;]{0,40}?"
    r"\b(?:placebo|saline|sham)",
    re.IGNORECASE,
)

# "..., whereas knockdown on B did not": the claim denies the contrasted part itself.
# "; in B it did not", "; do the same in B and nothing changes": a second clause denying it of B.
_CLAIM_CONTRAST: Final = re.compile(
    r"(?:\b(?:whereas|while|but|unlike)\b|;)(?P<part>[^;.]*?)(?:\b(?:did|does|do|was|were|is|"
    r"are|had|has|could|can)\s*(?:not\b|n't)|\bnothing\s+(?:changes|changed|happens|happened)\b|"
    r"\b(?:made|makes|had|has)\s+no\s+(?:difference|effect)\b)",
    re.IGNORECASE,
)


# "GABA interneurons, not principal neurons, are ...", "in women rather than men": what the
# claim sets apart in passing.
_CLAIM_SETS_APART: Final = re.compile(
    r"(?:,\s*(?:but\s+)?not\s+(?!only\b|just\b|merely\b|simply\b)|\brather\s+than\s+|"
    r"\binstead\s+of\s+)(?P<part>[^,;.]+)",
    re.IGNORECASE,
)


def _claim_exclusions(claim: str) -> frozenset[str]:
    """Stems the claim itself excludes or denies in a contrast: the record excluding them
    agrees with the claim."""
    spans = [
        (m.start("part"), m.end("part"))
        for pattern in (_CLAIM_CONTRAST, _CLAIM_SETS_APART)
        for m in pattern.finditer(claim)
    ]
    spans += _exclusion_scopes(claim, frozenset())
    # "Unlike pain, sleep improved": what follows "unlike" is set apart
    spans += [
        span for cue in _UNLIKE_CUE.finditer(claim)
        if (span := _noun_phrase(claim, cue.end(), len(claim), backwards=False))
    ]  # fmt: skip
    return frozenset(t.stem for a, b in spans for t in terms_between(claim, a, b))


def _excluded_terms(hit: Hit, compared: frozenset[str], both_arms: bool = False) -> list[Term]:
    """Claim terms the sentence mentions only inside an exclusion ("but not X")."""
    if not _EXCLUSION.search(hit.sentence.text):
        return []
    scopes = _exclusion_scopes(hit.sentence.text, compared, both_arms)
    if not scopes:
        return []
    excluded = []
    for term in hit.matched:
        if term.stem in compared:
            continue  # the claim excludes it too
        places = [w.start for w in hit.sentence.terms if w.concepts & term.concepts]
        if places and all(any(a <= p < b for a, b in scopes) for p in places):
            excluded.append(term)
    return excluded


# Of the claim's words the exclusion leaves out, the sentence must say this share outside its
# exclusion: only then is its statement the claim's ("blocked in A, but not in B" against
# "blocked in B"), not another result that happens to set the claim's subject apart.
EXCLUSION_REST_COVERAGE: Final = 0.45


def _rest_said(
    index: RecordIndex,
    terms: tuple[Term, ...],
    hit: Hit,
    excluded: list[Term],
    compared: frozenset[str],
    both_arms: bool,
) -> float:
    """The weighted share of the claim's non-excluded words the sentence has outside its
    exclusion scopes."""
    scopes = _exclusion_scopes(hit.sentence.text, compared, both_arms)
    outside = {
        c for w in hit.sentence.terms if not any(a <= w.start < b for a, b in scopes)
        for c in w.concepts
    }  # fmt: skip
    left = [t for t in terms if t not in excluded]
    total = sum(weight(index, t) for t in left)
    if not total:
        return 1.0
    return sum(weight(index, t) for t in left if t.concepts & outside) / total


def _excluding(
    index: RecordIndex,
    terms: tuple[Term, ...],
    hits: list[Hit],
    core: list[Term],
    compared: frozenset[str],
    both_arms: bool = False,
    claim: str = "",
) -> Finding | None:
    """A sentence about the claim that excludes the claim's own subject ("blocked in A, but not
    in B" against "also blocked in B") contradicts it. A claim naming the excluded item in its
    own "both A and B" includes it outright, however light its words weigh."""
    total = sum(weight(index, t) for t in terms) or 1.0
    pairs = [m.span() for m in _BOTH_AND.finditer(claim)]
    for hit in hits[:PAIR_CANDIDATES]:
        if hit.coverage < SINGLE_COVERAGE or not _holds(hit, core):
            continue
        excluded = _excluded_terms(hit, compared, both_arms)
        if len(excluded) < MIN_EXCLUDED or _of_another_agent(claim, hit.sentence):
            continue
        named_in_pair = any(
            a <= t.start < b
            for t in terms
            for a, b in pairs
            if t.stem in {e.stem for e in excluded}
        )
        if not named_in_pair and sum(weight(index, t) for t in excluded) / total < EXCLUDED_SHARE:
            continue
        if _rest_said(index, terms, hit, excluded, compared, both_arms) < EXCLUSION_REST_COVERAGE:
            continue  # what the sentence says of the rest is not what the claim says
        return _sentence_finding(
            hit.sentence,
            hit.words,
            verdict=Verdict.CONTRADICTED,
            message=f"the abstract excludes what the claim includes ({words_list(excluded)}): "
            f"\u201c{quoted(hit.sentence.text, 140)}\u201d",
            claim_says=", ".join(t.text for t in excluded),
            confidence=0.7,
        )
    return None


_AGENT_KINDS: Final = frozenset({"drug", "chemical"})


def _of_another_agent(claim: str, sentence: IndexedSentence) -> bool:
    """The claim names an agent the sentence does not, and the sentence names another of its
    kind ("propofol was tested ..." against "... ketamine induced ..."): what the sentence
    excludes is said of another subject."""
    if not claim:
        return False
    named = [t for t in terms_of(claim) if term_kind(t.text) in _AGENT_KINDS]
    rivals = [w for w in sentence.terms if term_kind(w.text) in _AGENT_KINDS]
    return any(
        not t.concepts & sentence.concepts
        and any(term_kind(w.text) == term_kind(t.text) and not w.concepts & t.concepts
                for w in rivals)
        for t in named
    )  # fmt: skip


# "no more frequent with A than with B", "no less effective than": a denied order.
_DENIED_COMPARISON: Final = re.compile(
    r"\bno\s+(?:more|less|better|worse|greater|higher|lower|\w+er)\b[^.;]{0,60}?\bthan\b",
    re.IGNORECASE,
)


# The claim's own "both A and B": each named item is included.
_BOTH_AND: Final = re.compile(r"\bboth\s+[^.;,]{1,60}?\band\s+[^.;,]{1,60}", re.IGNORECASE)


# "longer, not shorter, telomeres", "shorter rather than longer", "not lower but higher": the
# claim picks one of two opposites and rejects the other by name.
_PICKED: Final = re.compile(
    r"\b(?P<kept>[a-z][\w-]+),?\s+(?:and\s+|but\s+)?(?:not|rather\s+than|instead\s+of)\s+"
    r"(?P<dropped>[a-z][\w-]+)\b"
    r"|\bnot\s+(?P<dropped2>[a-z][\w-]+),?\s+but\s+(?P<kept2>[a-z][\w-]+)\b"
    # "longer telomeres, not shorter ones", "higher scores rather than lower scores"
    r"|\b(?P<kept3>[a-z][\w-]+)\s+(?P<noun>[a-z][\w-]+(?:\s+[a-z][\w-]+)?),?\s+"
    r"(?:and\s+|but\s+)?(?:not|rather\s+than|instead\s+of)\s+(?P<dropped3>[a-z][\w-]+)"
    r"(?:\s+(?:ones?|(?P=noun))\b|(?=\s*(?:[.;:,)]|$)))",
    re.IGNORECASE,
)


_WORD_START: Final = re.compile(r"\b[a-z]", re.IGNORECASE)


def _rejected_alternative(claim: str, hits: list[Hit], core: list[Term]) -> Finding | None:
    """A claim that names the opposite it rejects, against the sentence about it that says that
    very opposite and not the claim's pick, is contradicted."""
    # Tried at every word, as a pick may start inside another candidate ("have longer telomeres,
    # not shorter ones" reads "have" first).
    starts = (m.start() for m in _WORD_START.finditer(claim))
    for match in filter(None, (_PICKED.match(claim, start) for start in starts)):
        kept_group = next(g for g in ("kept", "kept2", "kept3") if match.group(g))
        dropped_group = next(g for g in ("dropped", "dropped2", "dropped3") if match.group(g))
        kept = terms_between(claim, *match.span(kept_group))
        dropped = terms_between(claim, *match.span(dropped_group))
        if len(kept) != 1 or len(dropped) != 1:
            continue
        if not opposites(kept[0]) & dropped[0].concepts:
            continue  # not two opposites: "drug, not placebo" names arms, not a direction
        for hit in hits[:PAIR_CANDIDATES]:
            if hit.coverage < PAIR_LEAD_COVERAGE or not _holds(hit, core):
                continue
            said = hit.sentence.concepts
            if kept[0].concepts & said or not dropped[0].concepts & said:
                continue
            return _sentence_finding(
                hit.sentence,
                hit.words,
                verdict=Verdict.CONTRADICTED,
                message=f"the claim says '{match.group()}', but the abstract says "
                f"'{dropped[0].text}': \u201c{quoted(hit.sentence.text, 140)}\u201d",
                claim_says=match.group(),
                confidence=0.75,
            )
    return None


def _placebo_excluded(hits: list[Hit], core: list[Term]) -> Finding | None:
    """A claim giving the placebo arm the result too ("improved after both ketamine and saline")
    against the sentence about it that excludes the placebo ("after ketamine but not placebo").
    One excluded word is enough here: the claim names the placebo arm on purpose."""
    for hit in hits[:PAIR_CANDIDATES]:
        if hit.coverage < SINGLE_COVERAGE or not _holds(hit, core):
            continue
        text = hit.sentence.text
        for start, end in _exclusion_scopes(text, frozenset(), both_arms=True):
            placebo = lx.PLACEBO_WORDS.search(text, start, end)
            if placebo is None:
                continue
            return _sentence_finding(
                hit.sentence,
                hit.words,
                verdict=Verdict.CONTRADICTED,
                message=f"the claim gives the placebo arm the result too, but the abstract "
                f"excludes '{placebo.group()}': \u201c{quoted(text, 140)}\u201d",
                claim_says=placebo.group(),
                confidence=0.7,
            )
    return None


def _choose(
    assertions: Assertions,
    index: RecordIndex,
    terms: tuple[Term, ...],
    hits: list[Hit],
    topical: list[Term],
    unstated_in: dict[int, str] | None = None,
) -> list[Hit]:
    """The evidence for the claim: one sentence that says it, else two that say it together.
    A sentence at a position in ``unstated_in`` states no result (an aim, a hypothesis): it
    never backs the claim alone nor leads a pair; an aim may add who was studied to a result."""
    unstated_in = unstated_in or {}
    designs = _design_words(assertions)
    singles = [
        h for h in hits
        if h.sentence.position not in unstated_in
        and _matched_count(h, designs) >= min(2, len(terms)) and _holds(h, topical)
        and (h.coverage >= SINGLE_COVERAGE or _nearly(index, terms, h))
        and not _unnamed_specific(index, terms, [h], hits)
    ]  # fmt: skip
    if singles:
        # Of sentences that say it equally well, an abstract sentence (the title names a topic,
        # not a result), then one that also names the claim's design words.
        return [
            max(
                singles,
                key=lambda h: (
                    h.coverage,
                    h.sentence.in_abstract,
                    _matched_count(h, designs),
                    h.score,
                    -h.sentence.position,
                ),
            )
        ]
    counted = _counted_sex(assertions)
    agents = _agents(assertions.text, index, terms)
    aims = [h for h in hits if unstated_in.get(h.sentence.position, AIM) == AIM]
    for candidates in (aims, [h for h in hits if h.sentence.position not in unstated_in]):
        pair = _best_pair(
            index, terms, candidates, topical, counted, agents,
            frozenset(p for p, kind in unstated_in.items() if kind == AIM),
        )  # fmt: skip
        if pair is None or _unnamed_specific(index, terms, list(pair), hits):
            return []
        # The leading sentence names an alternative ("prefreezing") to a word the other
        # supplies ("after thawing"): the pair joins two statements about different things.
        lead = max(pair, key=lambda h: h.coverage)
        if _unnamed_specific(index, terms, [lead], hits, alternatives_only=True):
            return []
        # What the pair says must rest on a result; an aim may only add a detail to it (who
        # was studied, where).
        if lead.sentence.position not in unstated_in:
            return list(pair)
        result = pair[1] if lead is pair[0] else pair[0]
        if _aim_adds_setting(assertions.text, lead, result, unstated_in) and _result_agrees(
            assertions, terms, result
        ):
            return [result, lead]
    return []


# The claim's opening setting phrase: "Among 679 male applicators in a substudy (...),",
# "In 13 trained runners,": who was studied and where, not what was found.
_SETTING_OPENING: Final = re.compile(
    r"(?:among|in|of|across|for|within)\s+(?:[^,;:()]|\([^()]*\))+?,\s", re.IGNORECASE
)


def _aim_adds_setting(claim: str, aim: Hit, result: Hit, unstated_in: dict[int, str]) -> bool:
    """An aim sentence ("We evaluated X in 679 men enrolled in a substudy ...") that outscores
    the result sentence only by the claim's setting words: the finding rests on the result, and
    the aim adds who was studied. Every claim word the aim alone says lies in the claim's opening
    setting phrase, and the result sentence says at least PAIR_LEAD_COVERAGE of the claim."""
    if (
        unstated_in.get(aim.sentence.position) != AIM
        or result.sentence.position in unstated_in
        or result.coverage < PAIR_LEAD_COVERAGE
        or (setting := _SETTING_OPENING.match(claim)) is None
    ):
        return False
    said = {t.stem for t in result.matched}
    only_aim = [t for t in aim.matched if t.stem not in said]
    return bool(only_aim) and all(t.start < setting.end() for t in only_aim)


# How far before the thing it grades a direction word may stand ("higher TSH", "higher
# serum levels of TSH").
_GRADE_REACH: Final = 2


def _result_agrees(assertions: Assertions, terms: tuple[Term, ...], result: Hit) -> bool:
    """Whether the result sentence an aim lends its setting to backs the claim's finding with
    its polarity and direction: it neither differs in polarity nor grades a thing the claim
    grades ("lower TSH") the opposite way ("higher TSH") without also grading it the claim's."""
    if _polarity_differs(assertions, [result], assertions.text) is not None:
        return False
    words = result.sentence.terms
    for grade, thing in pairwise(terms):
        against = opposites(grade)
        if not against or thing.start - grade.end > 2 or thing.is_number:
            continue
        for n, word in enumerate(words):
            if not word.concepts & thing.concepts:
                continue
            before = words[max(0, n - _GRADE_REACH) : n]
            if any(w.concepts & against for w in before) and not any(
                w.concepts & grade.concepts for w in before
            ):
                return False
    return True


# A clause that says something is not yet known ("but the initial trigger ... has not been
# identified", "the cause remains unknown"): an open question, not a denial of what a later
# sentence finds.
_UNIDENTIFIED: Final = re.compile(
    r"\b(?:has|have|had)\s+(?:still\s+)?not\s+(?:yet\s+)?been\s+(?:fully\s+|clearly\s+)?"
    r"(?:identified|determined|elucidated|established|clarified|characteri[sz]ed|defined|"
    r"resolved|pinpointed|understood|explained)\b"
    r"|\b(?:is|are|was|were|remains?|remained)\s+(?:still\s+|largely\s+|currently\s+)?"
    r"(?:unknown|unclear|undetermined|unidentified|elusive|obscure|unexplained)\b",
    re.IGNORECASE,
)
OPEN_QUESTION: Final = "an open question"


@lru_cache(maxsize=4096)  # each record sentence is asked about once per claim that cites it
def _unidentified_clauses(text: str) -> tuple[tuple[int, int, str], ...]:
    """The clauses of a sentence that leave something unknown, as (start, end, kind)."""
    found = []
    for match in _UNIDENTIFIED.finditer(text):
        start = max((b.end() for b in _CLAUSE_BREAK.finditer(text, 0, match.start())), default=0)
        after = _CLAUSE_BREAK.search(text, match.end())
        found.append((start, after.start() if after else len(text), OPEN_QUESTION))
    return tuple(found)


# An unknown that names nearly all the claim says ("X has not been identified as the trigger"
# against "X was identified as the trigger") leaves the claim's very finding unknown: a denial,
# not a background question that a later sentence answers ("the trigger has not been
# identified" names the question, not the claim's answer X).
OPEN_ANSWER_COVERAGE: Final = CONTRADICTION_COVERAGE


# "Whether gene X is the trigger has not been identified": a question asked, not answered no.
_ASKED: Final = re.compile(r"\b(?:whether|if|how|which|what)\b", re.IGNORECASE)


def _open_questions(
    index: RecordIndex, hit: Hit, terms: tuple[Term, ...]
) -> tuple[tuple[int, int, str], ...]:
    clauses = _unidentified_clauses(hit.sentence.text)
    if not clauses or not terms:
        return clauses
    total = sum(weight(index, t) for t in terms) or 1.0
    kept = []
    for start, end, kind in clauses:
        inside = [w for w in hit.sentence.terms if start <= w.start < end]
        named = sum(weight(index, t) for t in terms if any(t.concepts & w.concepts for w in inside))
        if named / total < OPEN_ANSWER_COVERAGE or _ASKED.search(hit.sentence.text, start, end):
            kept.append((start, end, kind))
    return tuple(kept)


def _no_result_kind(index: RecordIndex, hit: Hit, terms: tuple[Term, ...] = ()) -> str | None:
    """What the sentence is ("an aim", "a hypothesis", "an open question", ...) when the claim
    words it holds sit mostly in clauses that state no result; None when it may back a claim
    that something is so. "X is disrupted, but how is unclear" still says X is disrupted."""
    clauses = no_result_clauses(hit.sentence.text) or _open_questions(index, hit, terms)
    if not clauses:
        return None
    inside: dict[str, float] = {}
    outside = 0.0
    for term in hit.matched:
        places = [w.start for w in hit.sentence.terms if w.concepts & term.concepts]
        if not places:
            continue  # credited from the title
        kinds = [next((k for a, b, k in clauses if a <= p < b), None) for p in places]
        if None in kinds:
            outside += weight(index, term)
        else:
            kind = kinds[0] or ""
            inside[kind] = inside.get(kind, 0.0) + weight(index, term)
    if not inside or sum(inside.values()) < outside:
        return None
    return max(inside, key=lambda k: inside[k])


def _design_words(assertions: Assertions) -> list[frozenset[str]]:
    """The concepts of each design phrase of the claim ("active placebo", "crossover"): words
    the key terms leave to the design check, but which a sentence can still say."""
    found = []
    for design in assertions.designs:
        concepts = [t.concepts for t in terms_of(design.phrase.text) if not t.is_number]
        if concepts:
            found.append(frozenset().union(*concepts))
    return found


def _matched_count(hit: Hit, designs: list[frozenset[str]]) -> int:
    """How many of the claim's words the sentence says: its key terms, and each design phrase of
    the claim whose every word is in it ("midazolam (an active placebo control)")."""
    return len(hit.matched) + sum(1 for d in designs if _says_phrase(hit.sentence, d))


def _says_phrase(sentence: IndexedSentence, concepts: frozenset[str]) -> bool:
    return bool(concepts) and concepts <= sentence.concepts


# A rare word: how the record tells one drug, variant, stage or group from another.
RARE_ZIPF: Final = 3.0
_ID_LIKE: Final = re.compile(r"\w*\d\w*")
# Another sentence that says the claim about the word the evidence lacks is a rival account.
RIVAL_COVERAGE: Final = PAIR_MEMBER_COVERAGE


def _unnamed_specific(
    index: RecordIndex,
    terms: tuple[Term, ...],
    chosen: list[Hit],
    hits: list[Hit],
    *,
    alternatives_only: bool = False,
) -> list[Term]:
    """Rare, specific claim words ("aldrin", "rs2736100", "thawing") that the evidence does not
    say but another abstract sentence does, where the evidence is about something the record
    tells apart from them: it names an alternative listed alongside the word ("aldrin,
    pendimethalin and methyl bromide"; "prefreezing, and postthawed"), or another sentence that
    has the word says the claim as well (a rival account). A word the evidence says through a
    synonym is no such word; the record's topic and a word the title names (what the whole work
    is about) only when the evidence names an alternative to it."""
    said: set[str] = set()
    titled: set[str] = set()
    for hit in chosen:
        for term, credit in zip(hit.matched, hit.strengths, strict=True):
            if credit in (1.0, BROAD_MATCH):
                said.add(term.stem)
            else:
                titled.add(term.stem)
    positions = {h.sentence.position for h in chosen}
    claim_concepts = frozenset(c for t in terms for c in narrow(t))
    lacking = []
    for term in terms:
        if term.stem in said or term.stem in GENERIC_STEMS or not _rare(term):
            continue
        own = narrow(term)
        elsewhere = [
            s for s in index.sentences
            if s.in_abstract and s.position not in positions and own & (s.concepts | s.labelled)
        ]  # fmt: skip
        if not elsewhere:
            continue
        if any(_alternative_to(index, _core(term), h.sentence, claim_concepts) for h in chosen):
            lacking.append(term)
            continue
        if alternatives_only or term.stem in titled or is_topic(index, term):
            continue
        rivals = {s.position for s in elsewhere}
        if any(h.sentence.position in rivals and h.coverage >= RIVAL_COVERAGE for h in hits):
            lacking.append(term)
    if lacking or alternatives_only:
        return lacking
    return _said_of_alternative(index, terms, chosen, hits, said, claim_concepts)


def _said_of_alternative(
    index: RecordIndex,
    terms: tuple[Term, ...],
    chosen: list[Hit],
    hits: list[Hit],
    said: set[str],
    claim_concepts: frozenset[str],
) -> list[Term]:
    """Rare claim words the evidence names while the rest of the claim ("shorter telomeres")
    is what another sentence says of an alternative listed with them ("the minor allele for
    rs401681 was associated with shorter telomere length", where the claim names rs2736100):
    the claim joins one entity to what the record says of another."""
    rest = [
        t for t in terms
        if t.stem not in said and t.stem not in GENERIC_STEMS and not is_topic(index, t)
    ]  # fmt: skip
    if not rest:
        return []
    positions = {h.sentence.position for h in chosen}
    named = [t for t in terms if t.stem in said and _rare(t)]
    for hit in hits[:PAIR_CANDIDATES]:
        sentence = hit.sentence
        if sentence.position in positions or not all(narrow(t) & sentence.concepts for t in rest):
            continue
        swapped = [
            t for t in named
            if not narrow(t) & sentence.concepts
            and _alternative_to(index, _core(t), sentence, claim_concepts)
        ]  # fmt: skip
        if swapped:
            return swapped
    return []


# What joins the items of a list: "A, B and C", "A or B", "from A to B", "A vs B".
_LIST_JOIN: Final = re.compile(
    r"\s*(?:[,;/]\s*(?:(?:and|or|nor)\s+)?|(?:and|or|nor|to|vs\.?|versus)\s+)(?:the\s+)?",
    re.IGNORECASE,
)


def _alternative_to(
    index: RecordIndex, own: frozenset[str], sentence: IndexedSentence, claim: frozenset[str]
) -> bool:
    """Whether the sentence names a rare word, not the claim's, that the record lists alongside
    the claim word: an alternative of the same kind (another pesticide, variant or stage)."""
    listed = index.memo("listed-together", lambda: _listed_together(index))
    partners = {c for concepts, others in listed if concepts & own for c in others}
    return any(
        _core(w) & partners and not narrow(w) & (claim | own) and _rare(w) for w in sentence.terms
    )


def _core(word: Term) -> frozenset[str]:
    """A word's own stems, without what an abbreviation stands for: "LEmin" is not every word
    of "minimum lactate equivalent", or it would be listed with whatever "lactate" is."""
    return frozenset(c for c in narrow(word) if c == word.stem or "^" in c or c[:1] == "=")


_BRACKETED: Final = re.compile(r"\([^()]*\)|\[[^\[\]]*\]")


def _listed_together(index: RecordIndex) -> list[tuple[frozenset[str], frozenset[str]]]:
    """Pairs of words that are items of one list ("A, B and C"), every way round; an aside in
    brackets between them ("rs401681 (per minor allele OR 1.33), rs2736100") is skipped."""
    pairs = []
    for sentence in index.sentences:
        text = sentence.text
        outside = _outside_brackets(text)
        words = [w for w in sentence.terms if not w.is_number and outside[w.start]]
        lists: list[list[Term]] = []
        for first, second in pairwise(words):
            gap = _BRACKETED.sub("", text[first.end : second.start])
            if not (gap.strip() and _LIST_JOIN.fullmatch(gap)):
                continue
            if lists and lists[-1][-1] is first:
                lists[-1].append(second)
            else:
                lists.append([first, second])
        for items in lists:
            pairs += [(_core(a), _core(b)) for a in items for b in items if a is not b]
    return pairs


def _outside_brackets(text: str) -> list[bool]:
    depth = 0
    flags = []
    for char in text:
        depth += char in "(["
        flags.append(depth == 0)
        depth = max(0, depth - (char in ")]"))
    return flags


def _rare(term: Term) -> bool:
    if _ID_LIKE.fullmatch(term.text) and not term.is_number:
        return True
    words = [w for w in term.text.split() if w.isalpha() and len(w) > 2]
    return any(english_commonness(w) <= RARE_ZIPF for w in words)


def _nearly(index: RecordIndex, terms: tuple[Term, ...], hit: Hit) -> bool:
    """A sentence just short of SINGLE_COVERAGE still says the claim when what it lacks is only
    everyday wording: common English words ("over the course of", "said", "held up"), at most
    one of which the record uses elsewhere, and the record's topic words. A missing specific
    word (a drug, a gene, a measure, who was studied) is never excused."""
    if hit.coverage < NEAR_COVERAGE or len(hit.matched) < NEAR_MIN_MATCHED:
        return False
    # A word the sentence says only through a broad group ("improving" for "effects") or
    # only through the title is not found. One such rewording is excused; with more, the
    # sentence must still match NEAR_MIN_MATCHED claim words itself or hold NEAR_COVERAGE
    # without them: a sentence that matches everything loosely says something else.
    credit = {t.stem: k for t, k in zip(hit.matched, hit.strengths, strict=True)}
    broad = [t for t in terms if credit.get(t.stem) == BROAD_MATCH]
    if len([t for t in broad if not is_topic(index, t)]) > 1:
        total = sum(weight(index, t) for t in terms) or 1.0
        loose = sum(weight(index, t) * BROAD_MATCH for t in broad) / total
        exact = [k for k in credit.values() if k == 1.0]
        if len(exact) < NEAR_MIN_MATCHED and hit.coverage - loose < NEAR_COVERAGE:
            return False
    found = {stem for stem, k in credit.items() if k != BROAD_MATCH}
    # The record's topic ("ketamine" in a ketamine study) is what every sentence is about.
    lacking = [t for t in terms if t.stem not in found and not is_topic(index, t)]
    if not all(absent_word_factor(t.text) < 1.0 for t in lacking if t not in broad):
        return False
    # A lacking word the record uses elsewhere ("pain-relieving" where the background says
    # "analgesic") names something the record tells apart: only an everyday word is excused.
    elsewhere = [t for t in lacking if t not in broad and in_record(index, t)]
    return len(elsewhere) <= 1 and all(_everyday(t) for t in elsewhere)


def _everyday(term: Term) -> bool:
    if lx.BODY_WORDS.fullmatch(term.text):
        return False  # "heart" for "liver" is another organ, however common both words are
    return term.stem in GENERIC_STEMS or english_commonness(term.text) >= EVERYDAY_ZIPF


# --- named things the record never names ---------------------------------------------------------
#
# A word that picks out one member of a kind (a drug, an element, an organ, a disease, ...) is
# what a claim is about, however common it is in English: "iron" for the record's "zinc" or
# "cardiac" for its "gastrointestinal" must not pass as paraphrase slack. When the evidence
# names another member of the kind in the same slot (next to the same word), the claim gives
# the record's statement a different subject and is contradicted.


def _unsaid_named_thing(
    index: RecordIndex, terms: tuple[Term, ...], claim: str, chosen: list[Hit]
) -> Finding | None:
    text = f"{index.title} {index.abstract_text}"
    families = index.memo("kind families", lambda: families_in(text))
    words = index.memo(
        "folded words", lambda: frozenset(re.findall(r"[a-z]+", fold_accents(text).lower()))
    )
    unsaid = [
        t for t in terms
        if term_kind(t.text) and family_of(t.text) not in families
        and (not scale_named(t.text, words) if term_kind(t.text) == "scale"
             else not in_record(index, t))
    ]  # fmt: skip
    if not unsaid:
        return None
    claim_concepts = frozenset(c for t in terms for c in t.concepts)
    lead = chosen[0]
    for term in unsaid:
        for hit in chosen:
            rival = _rival_in_slot(term, terms, hit.sentence, claim_concepts)
            if rival is not None:
                return _sentence_finding(
                    hit.sentence,
                    hit.words,
                    verdict=Verdict.CONTRADICTED,
                    message=f"the claim says {term.text} where the record says {rival.text}: "
                    f"\u201c{quoted(hit.sentence.text, 140)}\u201d",
                    claim_says=term.text,
                    confidence=0.7,
                    extra=(rival.text,),
                )
    return _sentence_finding(
        lead.sentence,
        lead.words,
        verdict=Verdict.NOT_IN_SOURCE,
        message=f"the record never names {words_list(unsaid)}; closest sentence: "
        f"\u201c{quoted(lead.sentence.text, 140)}\u201d",
        claim_says=claim,
        confidence=0.65,
    )


def _rival_in_slot(
    term: Term, terms: tuple[Term, ...], sentence: IndexedSentence, claim: frozenset[str]
) -> Term | None:
    """A word of the sentence of the same kind as ``term``, which the claim does not say, next
    to a word that is next to ``term`` in the claim ("high-dose zinc" for "high-dose iron")."""
    kind = term_kind(term.text)
    ordered = sorted(terms, key=lambda t: t.start)
    at = ordered.index(term)
    beside = [narrow(t) for t in ordered[max(0, at - 1) : at + 2] if t is not term]
    words = [w for w in sentence.terms if not w.is_number]
    for i, word in enumerate(words):
        if term_kind(word.text) != kind or word.concepts & claim:
            continue
        near = [narrow(w) for w in words[max(0, i - 1) : i + 2] if w is not word]
        if any(a & b for a in beside for b in near):
            return word
    return None


def _holds(hit: Hit, core: list[Term]) -> bool:
    """The sentence names the claim's subject: every core term of the claim (one in most of the
    record's sentences, like "ketamine") is in it. Core terms weigh little, so without this a
    sentence about another drug could win on the claim's other words."""
    present = {t.stem for t in hit.matched}
    return all(t.stem in present for t in core)


_SEX: Final = re.compile(r"(?:men|women|males?|females?|boys|girls)", re.IGNORECASE)


def _counted_sex(assertions: Assertions) -> dict[int, float]:
    """Where the claim's sex words sit inside its own sample count ("thirteen male runners"):
    their start, with the count."""
    return {
        t.start: float(size.n)
        for size in assertions.sample_sizes
        for t in terms_between(assertions.text, size.phrase.start, size.phrase.end)
        if _SEX.fullmatch(t.text)
    }


def _states_count(hit: Hit, term: Term, counted: dict[int, float]) -> bool:
    """The sentence describes the sample the claim counts: it has the claim's sex word for that
    count and states the count itself ("Thirteen male endurance-trained runners")."""
    n = counted.get(term.start)
    return n is not None and any(q.value == n and q.low is None for q in hit.sentence.quantities)


def _best_pair(
    index: RecordIndex,
    terms: tuple[Term, ...],
    hits: list[Hit],
    topical: list[Term],
    counted: dict[int, float] | None = None,
    agents: tuple[Term, ...] = (),
    aims: frozenset[int] = frozenset(),
) -> tuple[Hit, Hit] | None:
    top = hits[:PAIR_CANDIDATES]
    best: tuple[float, Hit, Hit] | None = None
    for i, first in enumerate(top):
        for second in top[i + 1 :]:
            if min(first.coverage, second.coverage) < PAIR_MEMBER_COVERAGE:
                continue
            if max(first.coverage, second.coverage) < PAIR_LEAD_COVERAGE:
                continue
            # One sentence must name the claim's subject; the other may add a detail
            # ("Thirteen male runners ...") without repeating it.
            if not (_holds(first, topical) or _holds(second, topical)):
                continue
            if _restricted(first) or _restricted(second):
                continue
            if _agent_split(index, agents, first, second, aims):
                continue
            coverage = pair_coverage(index, terms, first, second)
            if best is None or coverage > best[0]:
                best = (coverage, first, second)
    if best is None or best[0] < PAIR_COVERAGE:
        return None
    union = {t.stem for t in (*best[1].matched, *best[2].matched)}
    if len(union) < min(3, len(terms)):
        return None
    lead, other = sorted(best[1:], key=lambda h: -h.coverage)
    # One specific word borrowed from another sentence is how a swapped entity ("melatonin"
    # for the drug the sentence names) would pass: the second sentence must add a detail of
    # its own, at least two specific words, unless the title says it of the whole work.
    own = {t.stem for t in lead.matched}
    title = (
        index.sentences[0].concepts
        if index.sentences and not index.sentences[0].in_abstract
        else frozenset()
    )
    added = [
        t
        for t in other.matched
        if t.stem not in own and t.stem not in GENERIC_STEMS and not narrow(t) & title
    ]
    if len({t.stem for t in added}) == 1 and not _states_count(other, added[0], counted or {}):
        return None
    return best[1], best[2]


# A sentence that goes on about the previous one's subject: "It also ...", "These metabolites ...".
_CONTINUES: Final = re.compile(
    r"\s*(?:it|they|this|these|that|those|such|both|the\s+(?:same\s+)?(?:drug|compound|"
    r"metabolite|agent|molecule|treatment|intervention|enantiomer|isomer|medication)s?)\b",
    re.IGNORECASE,
)


def _agents(claim: str, index: RecordIndex, terms: tuple[Term, ...]) -> tuple[Term, ...]:
    """The specific thing the claim credits with its effect: subject words that name a
    compound, metabolite or subgroup ("(2R,6R)-HNK"), never the record's own topic."""
    heads = _subject_heads(claim, terms)
    return tuple(
        t for t in terms
        if t in heads or _ID_LIKE.fullmatch(t.text)
        if not t.is_number and _rare(t) and not is_topic(index, t)
        and t.stem not in GENERIC_STEMS
    )  # fmt: skip


def _agent_split(
    index: RecordIndex,
    agents: tuple[Term, ...],
    first: Hit,
    second: Hit,
    aims: frozenset[int] = frozenset(),
) -> bool:
    """A pair that names the claim's agent in one sentence and takes the claim's effect from
    another sentence about something else ("the metabolite is discussed" + "ketamine acts
    fast") credits the agent with what the record says of another: it is no evidence. The
    second sentence may carry on the same subject ("It also ...") right after the first, or be
    the study's aim, which adds only who was studied and where."""
    named = {t.stem for t in agents}
    for holder, other in ((first, second), (second, first)):
        held = {t.stem for t in holder.matched} & named
        if not held or {t.stem for t in other.matched} & held or other.sentence.position in aims:
            continue
        if any(w.stem in held for w in other.sentence.terms):
            continue
        # Only what the claim says of the agent counts: words before it ("Among 679 men,
        # ...") say who was studied, a detail any sentence of the record may add.
        after = max(t.end for t in agents if t.stem in held)
        own = {t.stem for t in holder.matched}
        added = [
            t for t in other.matched
            if t.start > after and t.stem not in own and t.stem not in GENERIC_STEMS
            and not is_topic(index, t)
        ]  # fmt: skip
        if not added:
            continue
        follows = other.sentence.position == holder.sentence.position + 1
        if follows and _CONTINUES.match(other.sentence.text):
            continue
        return True
    return False


# "In the intact protein only, ...": a sentence that restricts what it says cannot be
# completed by another sentence's words; what it leaves out, it excludes.
_RESTRICTION: Final = re.compile(r"(?<!\bnot )\b(?:only|solely|exclusively)\b", re.IGNORECASE)


# "only the postthawing stage showed ...", "in the intact protein only": the record keeps the
# finding to one item of a list it gives elsewhere ("fresh, prefreezing and postthawed stages").
_ONLY_BEFORE: Final = re.compile(
    r"\b(?:only|solely|exclusively)\s+(?:in\s+|at\s+|for\s+)?"
    r"(?:the\s+|a\s+|an\s+)?$",
    re.IGNORECASE,
)
_ONLY_AFTER: Final = re.compile(r"^\s+(?:only|alone)\b", re.IGNORECASE)
_NOT_ONLY: Final = re.compile(r"\bnot\s+(?:only|solely)\b", re.IGNORECASE)
SIBLING_SHARED: Final = 2
_BOTH_ITEMS: Final = re.compile(
    r"\bas\s+well\s+as\b|\balike\b|\bboth\b|\bas\s+in\b|\blikewise\b", re.IGNORECASE
)
_ONLY_WORD: Final = re.compile(r"\b(?:only|solely|exclusively|alone)\b", re.IGNORECASE)


def _kept_to(sentence: IndexedSentence) -> Term | None:
    """The item a sentence keeps its finding to, if it does ("not only X" keeps nothing)."""
    text = sentence.text
    if _NOT_ONLY.search(text):
        return None
    for term in sentence.terms:
        before = text[max(0, term.start - 30) : term.start]
        if not term.is_number and (
            _ONLY_BEFORE.search(before) or _ONLY_AFTER.match(text[term.end :])
        ):
            return term
    return None


def _said_of_sibling(
    assertions: Assertions, index: RecordIndex, terms: tuple[Term, ...]
) -> Finding | None:
    """A claim that says of one listed item (the prefreezing stage) what the record keeps to
    another ("only the postthawing stage showed a drop") is contradicted."""
    if assertions.negated:
        return None
    claim_concepts = frozenset().union(*(t.concepts for t in terms)) if terms else frozenset()
    lists = index.memo("listed together", lambda: _listed_together(index))
    restricted = index.memo(
        "kept to one item",
        lambda: [(s, k) for s in index.abstract_sentences if (k := _kept_to(s)) is not None],
    )
    # A claim naming the kept item and a sibling together ("in the subunit as well as in the
    # intact protein") extends the finding past the record's "only".
    together = bool(_BOTH_ITEMS.search(assertions.text)) and not _ONLY_WORD.search(assertions.text)
    for sentence, kept in restricted:
        if kept.concepts & claim_concepts and not together:
            continue
        core = _core(kept)
        siblings = [b for a, b in lists if a & core and not b & core]
        named = [t for t in terms if any(_core(t) & b for b in siblings)]
        if not named:
            continue
        rest = [t for t in terms if t not in named and not _everyday(t) and not _core(t) & core]
        shared = [t for t in rest if t.concepts & sentence.concepts]
        after = sentence.text[kept.end :]
        predicate = (
            frozenset().union(*(w.concepts for w in sentence.terms if w.start >= kept.end))
            if after
            else frozenset()
        )
        if len(shared) < SIBLING_SHARED or not any(t.concepts & predicate for t in shared):
            continue
        return _sentence_finding(
            sentence,
            _words_sharing(sentence, shared),
            verdict=Verdict.CONTRADICTED,
            message=f"the claim says it of {words_list(named)}, but the record keeps it to "
            f"{kept.text}: \u201c{quoted(sentence.text, 140)}\u201d",
            claim_says=assertions.text,
            confidence=0.6,
        )
    return None


def _words_sharing(sentence: IndexedSentence, shared: Iterable[Term]) -> list[Term]:
    """The sentence's words that mean what one of ``shared`` means (the evidence to highlight)."""
    concepts = [t.concepts for t in shared]
    return [w for w in sentence.terms if any(w.concepts & c for c in concepts)]


def _restricted(hit: Hit) -> bool:
    return bool(_RESTRICTION.search(hit.sentence.text))


def _polarity_differs(assertions: Assertions, hits: list[Hit], whole_claim: str) -> str | None:
    """Why the evidence's polarity differs from the claim's, or None when it agrees. A part of a
    compound claim agrees with a denial the whole claim shares."""
    comparator_terms = {t for c in assertions.comparators for t in c.terms}
    named = frozenset(c for t in terms_of(whole_claim) for c in t.concepts)
    negated_source = any(_negates(h, comparator_terms, named) for h in hits)
    if negated_source and not assertions.negated:
        source_denied = {stem for h in hits for stem in _denied_stems(h.sentence.text)}
        claim_denied = _claim_denied_stems(whole_claim)
        if claim_denied & source_denied:
            return None  # the claim denies the same thing ("mechanisms that do not involve")
        if _suffix_denial_met(whole_claim, hits):
            return None  # "receptor-independent" is the record's "do not involve the receptor"
        if deny_alike(claim_denied, source_denied):
            return None  # "do not compete" says the record's "are not mutually exclusive"
        if _denies_alike(whole_claim, hits):
            return None  # "no current depression" is the record's "not currently depressed"
        if _CLAIM_SAME.search(whole_claim) and all(
            _only_non_inferior(h.sentence.text) for h in hits if _NEGATION.search(h.sentence.text)
        ):
            return None  # "as effective as" says the record's "no less effective than"
        if _SAMENESS.search(whole_claim) and source_denied & _DIFFERENCE_STEMS:
            return None  # "indistinguishable from" says the record's "no difference"
        if _steady_alike(whole_claim, hits):
            return None  # "held steady" says the record's "no further change"
        if _claim_denies_same_item(whole_claim, hits, comparator_terms):
            return None  # "whereas Y left it untouched" is the record's "whereas Y had no effect"
        return "negates it"
    if assertions.negated and not negated_source:
        if any(_UNCHANGED & w.concepts for h in hits for w in h.words):
            return None  # "did not change" is what the record's "unaffected" says
        if _NO_CHANGE_CLAIMED.search(whole_claim) and any(
            _NO_CHANGE_SAID.search(h.sentence.text) for h in hits
        ):
            return None  # "did not budge" is what the record's "remained unchanged" says
        if any(_roles_aligned(whole_claim, h.sentence) for h in hits):
            return None  # "X improved, whereas Y did not" against "X, but not Y, improved"
        if lx.NOT_NORMAL.search(whole_claim) and any(
            lx.DYSFUNCTION.search(h.sentence.text) for h in hits
        ):
            return None  # "is not working normally" is the record's "is dysregulated"
        if _placebo_set_apart_alike(whole_claim, hits):
            return None  # "while Y did not change on sham" is the record's "but not placebo"
        if _claim_denial_unsaid(whole_claim, hits):
            return DENIAL_UNSAID
        if any(
            _denied_thing_affirmed(whole_claim, h, in_denied=True)
            and not _denied_thing_affirmed(whole_claim, h)
            for h in hits
        ):
            return None  # "not confirmed in trials" is the record's "..., but not in trials"
        return DENIAL_AFFIRMED
    if not assertions.negated:
        claim_affirmed = (
            {t.stem for t in terms_of(whole_claim)}
            - _claim_denied_stems(whole_claim)
            - _suffix_denied_stems(whole_claim)
        )
        source_denied = {stem for h in hits for stem in _denied_stems(h.sentence.text)}
        if exclusivity_denied(whole_claim, claim_affirmed, source_denied):
            return "negates it"  # "the pathways compete" against "not mutually exclusive"
    return None


# A claim's own denial, any wording: what follows it, to its clause's end, is what it denies.
_CLAIM_DENIAL_CUE: Final = re.compile(r"\b(?:not|no|never|nor|without)\b|n't\b", re.IGNORECASE)
DENIAL_UNSAID: Final = "does not say what the claim denies"
DENIAL_AFFIRMED: Final = "affirms what the claim denies"
# A sentence that holds most of what the claim denies, affirmed, contradicts it even when the
# claim's other words are paraphrased ("has not carried over to clinical studies" against
# "shown ... in both clinical and preclinical studies").
AFFIRMED_DENIAL_COVERAGE: Final = 0.55
MIN_AFFIRMED_WORDS: Final = 2


# A record clause that denies or reports a null result of its own.
# "without serious side effects", "with no prior treatment", "who failed to respond to X" qualify
# an affirmed result and deny nothing of it.
_CLAUSE_DENIED: Final = re.compile(
    r"\b(?:not|never|nor|neither)\b|n't\b"
    r"|\b(?:was|were|is|are|proved|remained)\s+(?:negative|null|absent|lacking)\b"
    r"|\bno\s+(?:\w+\s+)?(?:effect|benefit|difference|change|improvement|reduction|increase|"
    r"association|evidence)s?\b"
    r"|\bfail(?:ed|s)?\s+to\s+(?:show|reduce|improve|reach|demonstrate|prevent|lower|raise|"
    r"increase|decrease|affect|find|detect|confirm|replicate|change)\b",
    re.IGNORECASE,
)


def _denial_said_elsewhere(
    assertions: Assertions,
    index: RecordIndex,
    terms: tuple[Term, ...],
    lead: Hit,
    hits: list[Hit],
    unstated_in: dict[int, str],
) -> Hit | None:
    """A result sentence, other than ``lead``, that denies what the claim denies (the words the
    claim's denial governs sit in its own denied clause), agrees in polarity on its own, and
    with ``lead`` says all the claim says."""
    claim = assertions.text
    for hit in sorted(hits, key=lambda h: -h.coverage):
        if (
            hit.sentence.position == lead.sentence.position
            or hit.sentence.position in unstated_in
            or hit.coverage < PAIR_MEMBER_COVERAGE
            or not _denied_thing_affirmed(claim, hit, in_denied=True)
            or _denied_thing_affirmed(claim, hit)
            or _polarity_differs(assertions, [hit], claim) is not None
            or pair_coverage(index, terms, hit, lead) < PAIR_COVERAGE
            or _settings_conflict(claim, hit.sentence.text)
        ):
            continue
        return hit
    return None


# A statistic reported for a result ("(P < 0.001)", "p = 0.03"): the sentence states a finding.
_STATES_STATISTIC: Final = re.compile(r"p\s*(?:<|>|=|≤|≥)\s*0?\.\d", re.IGNORECASE)


def _affirms_plainly(claim: str, lead: Hit) -> bool:
    """Whether the best-covering sentence itself affirms what the claim denies, as a result
    ("In women, vaccine V induced neutralising antibodies ... (P < 0.001)"), not as a mention
    of who was studied and what was measured ("runners performed tests to determine the
    threshold"): it names what the claim denies and either reports a statistic for it or says
    the claim's denied word itself ("induced" for "did not induce") outside any denial of
    its own. Such a sentence contradicts the claim; no other sentence's denial replaces it."""
    if not _denied_thing_affirmed(claim, lead):
        return False
    if _STATES_STATISTIC.search(lead.sentence.text):
        return True
    text = lead.sentence.text
    clauses = _fine_clauses(text)
    affirmed = [
        w for w in lead.sentence.terms
        if not any(a <= w.start < b and _CLAUSE_DENIED.search(text, a, b) for a, b in clauses)
    ]  # fmt: skip
    return any(
        scope[0].concepts & w.concepts for _, _, scope in _claim_denials(claim) for w in affirmed
    )


# Who a finding is said of, by sex and by age: "In women, ..." and "In men, ..." speak of
# different people.
_POPULATION_CLASS: Final[dict[str, frozenset[str]]] = {
    **dict.fromkeys(("men", "man", "males", "male"), frozenset({"male"})),
    **dict.fromkeys(("women", "woman", "females", "female"), frozenset({"female"})),
    **dict.fromkeys(("boys", "boy"), frozenset({"male", "young"})),
    **dict.fromkeys(("girls", "girl"), frozenset({"female", "young"})),
    **dict.fromkeys(("children", "child", "infants", "infant", "adolescents"),
                    frozenset({"young"})),
    **dict.fromkeys(("adults", "elderly", "older"), frozenset({"adult"})),
}  # fmt: skip
_POPULATION_NAMES: Final = "|".join(_POPULATION_CLASS)
_POPULATION_WORD: Final = re.compile(rf"\b(?:{_POPULATION_NAMES})\b", re.IGNORECASE)


def _populations(text: str) -> set[str]:
    return {
        c for m in _POPULATION_WORD.finditer(text) for c in _POPULATION_CLASS[m.group().lower()]
    }


def _other_people(claim: str, chosen: list[Hit]) -> Finding | None:
    """Evidence that opens on other people than the claim's opening setting ("In men, X did
    not ..." for the claim's "In women, X did not ...") says nothing of the claim's people."""
    if not all(
        (opening := _SETTING_OPENING.match(h.sentence.text)) is not None
        and _settings_conflict(claim, opening.group())
        for h in chosen
    ):
        return None
    lead = chosen[0]
    return _sentence_finding(
        lead.sentence,
        lead.words,
        verdict=Verdict.NOT_IN_SOURCE,
        message="the evidence speaks of other people than the claim: "
        f"\u201c{quoted(lead.sentence.text, 140)}\u201d",
        claim_says=claim,
        confidence=0.6,
    )


def _settings_conflict(claim: str, sentence: str) -> bool:
    """Whether a sentence speaks of other people than the claim's opening setting ("In men,
    vaccine V did not induce ..." against the claim's "In women, ..."): of sex or age the two
    name, they share none. Only the claim's opening setting phrase is read."""
    opening = _SETTING_OPENING.match(claim)
    if opening is None:
        return False
    claimed = _populations(opening.group())
    said = _populations(sentence)
    return bool(claimed) and bool(said) and not claimed & said


def _denied_thing_affirmed(claim: str, hit: Hit, *, in_denied: bool = False) -> bool:
    """Whether the sentence names at least half of the words one of the claim's denials
    governs, in two words of its own: it then speaks of the very thing the claim denies.
    Only the words of clauses that are not themselves denied ("..., but not in randomized
    studies", "randomized studies were negative") affirm anything; ``in_denied`` asks the
    same of those denied clauses instead (the record then denies what the claim denies)."""
    text = hit.sentence.text
    clauses = _fine_clauses(text)
    words = [
        w for w in hit.sentence.terms
        if in_denied == any(a <= w.start < b and _CLAUSE_DENIED.search(text, a, b)
                            for a, b in clauses)
    ]  # fmt: skip
    for _, _, scope in _claim_denials(claim):
        content = [t for t in scope if not t.is_number]
        named = [t for t in content if any(t.concepts & w.concepts for w in words)]
        naming = {w.start for t in named for w in words if t.concepts & w.concepts}
        if len(naming) >= MIN_AFFIRMED_WORDS and 2 * len(named) >= len(content):
            return True
    return False


def _claim_denials(claim: str) -> list[tuple[int, int, list[Term]]]:
    """(start, end, words) of what each of the claim's denials governs."""
    scopes = []
    for cue in _CLAIM_DENIAL_CUE.finditer(claim):
        end = _denial_end(claim, cue)
        scope = [t for t in terms_between(claim, cue.end(), end) if not t.is_number]
        if scope:
            scopes.append((cue.start(), end, scope))
    return scopes


# "NMDAR-independent", "opioid-free", "independent of the NMDAR": the thing named is denied, as
# the record's "that do not involve the NMDAR" denies it. Only against such a record denial: a
# compound of its own ("progression-free survival", "pain-free patients") names a measure, and a
# record that denies a result about it still denies the claim.
_DENIED_BY_SUFFIX: Final = re.compile(
    r"\b([^\W_][\w]*)-(?:independent|free)\b|\bindependent(?:ly)?\s+of\s+(?:the\s+)?([^\W_][\w-]*)",
    re.IGNORECASE,
)
# The record's denial that one thing rests on another: "mechanisms that do not involve X",
# "does not depend on X", "did not require X", "do not rely on X".
_NOT_INVOLVING: Final = re.compile(
    r"(?:\bnot|n't)\s+(?:\w+ly\s+)?(?:involv|depend|requir|rel(?:y|ie))\w*\b(?:\s+(?:up)?on\b)?",
    re.IGNORECASE,
)


def _suffix_denied_stems(claim: str) -> set[str]:
    """Stems a claim denies by a suffix or "independent of" ("NMDAR-independent")."""
    return {
        t.stem
        for m in _DENIED_BY_SUFFIX.finditer(claim)
        for t in terms_of(m.group(1) or m.group(2))
        if not t.is_number
    }


def _suffix_denial_met(claim: str, hits: list[Hit]) -> bool:
    """Whether a sentence denies that something involves, depends on or requires what the
    claim's "X-independent"/"X-free"/"independent of X" denies, and does not itself write the
    compound ("X did not improve X-free survival" denies a result, not X)."""
    suffixed = _suffix_denied_stems(claim)
    if not suffixed:
        return False
    for hit in hits:
        text = hit.sentence.text
        own = {
            t.stem
            for m in _DENIED_BY_SUFFIX.finditer(text)
            for t in terms_of(m.group(1) or m.group(2))
        }
        denied = {
            t.stem
            for cue in _NOT_INVOLVING.finditer(text)
            for t in terms_between(text, cue.end(), min(cue.end() + _NEGATION_REACH, len(text)))
        }
        if (suffixed - own) & denied:
            return True
    return False


def _claim_denied_stems(claim: str) -> set[str]:
    """Stems a claim denies, in any wording ("mechanisms not involving direct inhibition")."""
    return _denied_stems(claim) | {t.stem for _, _, scope in _claim_denials(claim) for t in scope}


MIN_UNSAID_WORDS: Final = 2


def _claim_denial_unsaid(claim: str, hits: list[Hit]) -> bool:
    """Whether the sentences hold none of the words any of the claim's denials governs
    ("produces no dissociative side effects" against a sentence about other mechanisms): they
    neither affirm nor deny it."""
    said = {c for h in hits for t in h.sentence.terms for c in t.concepts}
    scopes = _claim_denials(claim)
    return bool(scopes) and not any(
        len(scope) < MIN_UNSAID_WORDS or {c for t in scope for c in t.concepts} & said
        for _, _, scope in scopes
    )


def _placebo_set_apart_alike(claim: str, hits: list[Hit]) -> bool:
    """A claim whose contrasted clause denies a result of the placebo arm ("..., while they did
    not move during the sham condition") against a sentence that sets the placebo apart ("after
    ketamine but not placebo infusion"): both deny it of the placebo arm."""
    if not any(
        lx.PLACEBO_WORDS.search(h.sentence.text, a, min(b, a + 30))
        for h in hits for a, b in _exclusion_scopes(h.sentence.text, frozenset(), True)
    ):  # fmt: skip
        return False
    seams = [m.start() for m in _CLAIM_CLAUSE_SEAM.finditer(claim)]
    if not seams:
        return False
    denials = _claim_denials(claim)
    return bool(denials) and all(
        start > seams[0] and lx.PLACEBO_WORDS.search(claim, seams[0], end)
        for start, end, _ in denials
    )


_UNCHANGED: Final = frozenset({"=unchanged"})
# "did not budge", "never shifted", "was not altered": a claim that something stayed the same.
_NO_CHANGE_CLAIMED: Final = re.compile(
    r"(?:\bnot|n't|\bnever|\bbarely|\bhardly)\s+(?:\w+ly\s+)?(?:budge|change|shift|move|"
    r"alter|vary|waver|drift|fluctuate|differ|diminish|weaken|attenuate)(?:d|s|ed)?\b",
    re.IGNORECASE,
)
# The record saying it stayed the same: "remained unchanged", "was unaltered", "persisted".
_NO_CHANGE_SAID: Final = re.compile(
    r"\b(?:unchanged|unaltered|unaffected|remained\s+(?:the\s+)?(?:same|similar|stable|"
    r"significant|consistent|robust)|persisted|robust\s+to)\b",
    re.IGNORECASE,
)
# What a claim denies in words other than "not": "no current depression", "bypass direct
# blockade", "independent of", "free of". Used only to see that claim and record deny alike.
_CLAIM_DENIAL: Final = re.compile(
    r"\b(?:no|non|without|bypass(?:es|ed|ing)?|circumvent(?:s|ed|ing)?|sidestep(?:s|ped|ping)?|"
    r"skip(?:s|ped|ping)?|avoid(?:s|ed|ing)?|(?:go(?:es)?|going|went|get(?:s|ting)?|got|"
    r"work(?:s|ed|ing)?)\s+around|"
    r"independent(?:ly)?\s+of|other\s+than|apart\s+from|free\s+(?:of|from)|"
    r"(?:absence|lack)\s+of|lacking|beyond)\b[\s-]",
    re.IGNORECASE,
)


# Where what a claim denies ends: its clause goes on ("..., such as", "... were").
_DENIAL_END: Final = re.compile(
    r"[,;:()]|\.(?:\s|$)|\s(?:is|are|was|were|has|have|had|and|but|or|such|which|that|who|"
    r"rising|given|after|before)\b",
    re.IGNORECASE,
)
MIN_DENIED_WORDS: Final = 2
DENIAL_CLAUSE_REACH: Final = 80
_CLAUSE_STOP: Final = re.compile(r"[,;:()]|\.(?:\s|$)")


def _denial_end(text: str, cue: re.Match[str]) -> int:
    """Where the record's denial ends: its clause's end, within a bounded reach."""
    end = min(cue.end() + DENIAL_CLAUSE_REACH, len(text))
    stop = _CLAUSE_STOP.search(text, cue.end(), end)
    return stop.start() if stop else end


# "did not prevent X", "failed to reduce X": the record denies that X was kept off, so X is not
# what it denies ("avoided X", "without X" would say the opposite).
_DENIED_PREVENTION: Final = re.compile(
    r"\s*(?:\w+ly\s+)?(?:prevent|reduc|block|avoid|avert|lower|decreas|lessen|diminish|"
    r"attenuat|mitigat|curb|cut|stop|protect|spare|shorten|suppress|inhibit|eliminat|abolish)\w*",
    re.IGNORECASE,
)


def _denies_alike(claim: str, hits: list[Hit]) -> bool:
    """Whether the claim denies, in words other than "not", a whole thing of at least two words
    that the record's sentence denies too."""
    denied_concepts = {
        c for h in hits for cue in _NEGATION.finditer(h.sentence.text)
        if not _DENIED_PREVENTION.match(h.sentence.text, cue.end())
        for t in terms_between(h.sentence.text, cue.start(), _denial_end(h.sentence.text, cue))
        for c in t.concepts
    }  # fmt: skip
    for cue in _CLAIM_DENIAL.finditer(claim):
        stop = _DENIAL_END.search(claim, cue.end())
        words = [
            t for t in terms_between(claim, cue.end(), stop.start() if stop else len(claim))
            if not t.is_number
        ]  # fmt: skip
        if len(words) >= MIN_DENIED_WORDS and all(t.concepts & denied_concepts for t in words):
            return True
    return False


# A claim of sameness in words of its own says what "no difference" / "did not differ" says.
_SAMENESS: Final = re.compile(
    r"\b(?:(?:statistically\s+)?indistinguishable|statistically\s+(?:similar|equivalent)|"
    r"on\s+a\s+par)\b"
    # "almost zero" is sameness only of a difference in its own clause ("relapse was almost
    # zero" says relapse was rare, not that the arms did not differ)
    r"|\b(?:difference|gap|bias|discrepancy|disparity|divergence)s?\b[^.;:,]{0,60}?"
    r"\b(?:was|were|is|are|being|of|at)\s+(?:\w+\s+)?(?:essentially|practically|virtually|"
    r"effectively|basically|nearly|almost)\s+(?:zero|nil)\b",
    re.IGNORECASE,
)
# A claim that a measure stayed where it was: "held steady", "levelled off", "plateaued".
_STEADY_CLAIMED: Final = re.compile(
    r"\b(?:held|stayed|remained|kept|was|were)\s+(?:\w+ly\s+)?(?:steady|stable|flat|level|"
    r"constant)\b|\blevell?ed\s+off\b|\bplateau(?:ed|s)?\b|\bflat-?lined\b",
    re.IGNORECASE,
)
_SUBJECT_START: Final = re.compile(
    r"[,;:()]|\.(?:\s|$)|\b(?:and|but|or|whereas|while|although|though|that|which)\b",
    re.IGNORECASE,
)
_NO_CHANGE_CUE: Final = re.compile(
    r"\b(?:no|not)\s+(?:\w+\s+){0,2}?chang\w*|\bunchanged\b", re.IGNORECASE
)
_STEADY_SKIP: Final = frozenset(
    t.stem for t in terms_of("held stayed remained kept steady stable flat level constant")
)


def _steady_alike(claim: str, hits: list[Hit]) -> bool:
    """Whether each of the claim's "held steady" phrases says of its own subject what a record
    sentence's "no change" says of the same measure: "depression scores held steady" against
    "depression scores showed no change", not "patients were kept steady" against it."""
    found = False
    for steady in _STEADY_CLAIMED.finditer(claim):
        starts = [m.end() for m in _SUBJECT_START.finditer(claim, 0, steady.start())]
        subject = [
            t for t in terms_between(claim, starts[-1] if starts else 0, steady.start())
            if not t.is_number and t.stem not in _STEADY_SKIP
        ]  # fmt: skip
        if not subject:
            return False
        if not any(_no_change_of(h.sentence.text, subject) for h in hits):
            return False
        found = True
    return found


def _no_change_of(text: str, subject: list[Term]) -> bool:
    """Whether the sentence's "no change" governs the subject's words in its own clause."""
    for cue in _NO_CHANGE_CUE.finditer(text):
        starts = [m.end() for m in _SUBJECT_START.finditer(text, 0, cue.start())]
        begin = starts[-1] if starts else 0
        stop = _SUBJECT_START.search(text, cue.end())
        clause = terms_between(text, begin, stop.start() if stop else len(text))
        concepts = {c for t in clause for c in t.concepts}
        if all(t.concepts & concepts for t in subject):
            return True
    return False


_DIFFERENCE_STEMS: Final = frozenset(t.stem for t in terms_of("difference different differ"))
_SAME_IN_SOURCE: Final = re.compile(
    r"\bno\s+(?:\w+\s+){0,2}?differences?\b|\bnot\s+(?:\w+\s+)?(?:different|differ)\b|"
    r"\bdid\s+not\s+differ\b|\bindistinguishable\b|\bsimilar\b|\bcomparable\b|\bequivalent\b",
    re.IGNORECASE,
)

# A claim that two things do not differ or are not related, in any wording: "just as sensitive
# as", "equally", "unrelated to", "did not change", "stayed the same".
_CLAIM_SAME: Final = re.compile(
    r"\b(?:just|equally|every\s+bit|exactly)\s+as\b|\bequally\b|\bno\s+different\b|"
    r"\b(?:stayed|remained|was|were|is|are)\s+(?:\w+\s+)?(?:the\s+same|unchanged|unaltered|"
    r"unaffected|intact|similar)\b|\bthe\s+same\s+as\b|"
    r"\bas\s+(?!well\b|much\b|many\b|early\b|soon\b|long\b|far\b|late\b|little\b|few\b|"
    r"recently\b|high\b|low\b|large\b|small\b|often\b|quickly\b|rapidly\b)[a-z]+\s+as\b"
    r"(?!\s+\d)|\b(?:remained|stayed|was|were|is|are|be|been|proved|seemed)\s+(?:\w+ly\s+)?"
    r"as\s+(?!well\b|much\b|many\b)[a-z]+\s+(?:[\w()-]+\s+){0,5}?as\b(?!\s+\d)",
    re.IGNORECASE,
)
# A clause reporting a difference, a change or a relation.
_STATES_DIFFERENCE: Final = re.compile(
    r"\b(?:diminish|reduc|decreas|increas|elevat|lower|higher|greater|attenuat|enhanc|impair|"
    r"abolish|blunt|correlat|associat|predict|differ(?:ed|ent)\b|alter(?:ed)?\b|augment|"
    r"potentiat|declin|improv|worsen|shift(?:ed)?\b|less\b|fewer\b|rais|rose\b|fell\b|"
    r"dropp|boost)\w*",
    re.IGNORECASE,
)
_CLAUSE_SPLIT: Final = re.compile(
    r"[;,:]|\s(?:and|but|whereas|while|although|though|yet)\s", re.IGNORECASE
)
_CLAIM_PART_SPLIT: Final = re.compile(
    r";|\b(?:and|but|whereas|while|against|versus|vs|unlike|compared\s+(?:with|to))\b",
    re.IGNORECASE,
)
_CLAIM_PART_END: Final = re.compile(
    r"[;,]|\b(?:and|but|whereas|while|against|versus|vs|unlike|so|thus|hence|which|"
    r"rather\s+than|compared\s+(?:with|to))\b",
    re.IGNORECASE,
)
# "twice as fast as", "three times as likely as": a ratio, not sameness.
_MULTIPLIER_BEFORE: Final = re.compile(
    r"(?:twice|thrice|half|times|fold|\d|%|percent)\s*(?:\w+ly\s+)?$", re.IGNORECASE
)


def _claim_sameness(claim: str) -> re.Match[str] | None:
    """Where the claim says two things are alike or unrelated, if it does."""
    for match in _CLAIM_SAME.finditer(claim):
        if not _MULTIPLIER_BEFORE.search(claim, 0, match.start()):
            return match
    return _CLAIM_OF_NONE.search(claim)


# "lowered it more in men than in women": unequal, whatever the change word.
_UNEQUAL: Final = re.compile(
    r"\b(?:more|less|only|stronger|weaker|larger|smaller)\b[^,;]{0,40}\bthan\b"
    r"|\bonly\s+(?:in|among|for)\b",
    re.IGNORECASE,
)
_EQUALITY_SAID: Final = re.compile(
    r"\bas\s+[a-z]+\s+as\b|\b(?:equal(?:ly)?|alike|identical(?:ly)?|indistinguishable)\b"
    r"|\bon\s+(?:a\s+)?par\b|\bto\s+(?:the\s+same|a\s+similar|an\s+equal)\s+(?:extent|degree)\b",
    re.IGNORECASE,
)
MIN_DIFFERING_SHARED: Final = 3


def _fine_clauses(text: str) -> list[tuple[int, int]]:
    cuts = [0, *(m.end() for m in _CLAUSE_SPLIT.finditer(text)), len(text) + 1]
    return [(a, b - 1) for a, b in pairwise(cuts) if b - 1 > a]


def _difference_against_sameness(
    claim: str, terms: tuple[Term, ...], chosen: list[Hit]
) -> Finding | None:
    """A claim that something stayed the same or is unrelated ("just as sensitive as",
    "unrelated to") against a clause of the matching sentence that reports, of the same
    things, a difference or a relation ("sensitivity was diminished in", "were correlated
    with"), with no clause stating sameness of all those things."""
    cue = _claim_sameness(claim)
    if cue is None:
        return None
    # Only the claim's clause that says "the same" ("..., against no change after saline"
    # speaks of saline alone).
    start = max((m.end() for m in _CLAIM_PART_SPLIT.finditer(claim, 0, cue.start())), default=0)
    after = _CLAIM_PART_END.search(claim, cue.end())
    part = claim[start : after.start() if after else len(claim)]
    said = {t.stem for t in terms_of(part)}
    # "lowered it equally in men and women": the claim's own change word is no difference
    own_change = {m.group().lower() for m in _STATES_DIFFERENCE.finditer(part)}
    keys = [
        t
        for t in terms
        if not t.is_number and t.stem not in GENERIC_STEMS and t.stem in said and narrow(t)
    ]
    for hit in chosen:
        text = hit.sentence.text
        moves = {m.group().lower() for m in _STATES_DIFFERENCE.finditer(text)}
        shared_by: list[tuple[frozenset[int], bool, bool]] = []
        for start, end in _fine_clauses(text):
            words = [w for w in hit.sentence.terms if start <= w.start < end]
            shared = frozenset(
                i for i, t in enumerate(keys) if any(narrow(t) & narrow(w) for w in words)
            )
            clause = text[start:end]
            same = bool(_STATES_NONE.search(clause) or _EQUALITY_SAID.search(clause))
            changes = {m.group().lower() for m in _STATES_DIFFERENCE.finditer(clause)}
            # "lowered it in men but raised it in women": where the sentence moves the things
            # compared apart, the claim's own change word is a difference too
            own = own_change if moves <= own_change else set()
            differs = bool(changes - own or _UNEQUAL.search(clause))
            shared_by.append((shared, same, differs))
        for shared, same, differs in shared_by:
            if same or not differs or len(shared) < MIN_DIFFERING_SHARED:
                continue
            if any(
                s and (shared <= other or len(other) > len(shared)) for other, s, _ in shared_by
            ):
                continue  # a clause says of these very things (or of more of them) "unchanged"
            return _sentence_finding(
                hit.sentence,
                hit.words,
                verdict=Verdict.CONTRADICTED,
                message="the claim says they do not differ or are unrelated, but the record "
                f"reports a difference: \u201c{quoted(text, 140)}\u201d",
                claim_says=claim,
                confidence=0.65,
            )
    return None


# Where one clause of a sentence ends and a contrasted one begins.
_CLAUSE_BREAK: Final = re.compile(
    r";|,\s+(?:whereas|while|but|although|though|yet)\b|\s+whereas\b", re.IGNORECASE
)


# A result: "relieved depression", "eased the pain", "improved symptoms".
_EFFICACY_VERB: Final = re.compile(
    r"(?:relie\w+|eas(?:e|es|ed|ing)|lift(?:s|ed|ing)?|alleviat\w+|improv\w+|treat(?:s|ed)|"
    r"cur(?:e|es|ed)|help(?:s|ed)?|resolv\w+)",
    re.IGNORECASE,
)
# A sentence about how something acts, not about what it achieved: "the mechanisms underlying
# the antidepressant actions of X", "a role for its metabolite".
_MECHANISM: Final = re.compile(
    r"\b(?:mechanis\w*|hypothes[ie]s|underl(?:ying|ie|ies)|underpinn\w+|pathways?|"
    r"role\s+(?:of|for)|links?\s+between|mode\s+of\s+action)\b",
    re.IGNORECASE,
)


def _mechanism_for_result(terms: tuple[Term, ...], chosen: list[Hit]) -> Finding | None:
    """A claim of a result ("the metabolite relieved depression") whose verb only a mechanism
    sentence's "antidepressant actions" answers, broadly: how a drug may act is not evidence
    that it worked."""
    verbs = [t for t in terms if _EFFICACY_VERB.fullmatch(t.text)]
    lead = chosen[0]
    if not verbs or not _MECHANISM.search(lead.sentence.text):
        return None
    exact = {t.stem for h in chosen for t, k in zip(h.matched, h.strengths, strict=True) if k == 1}
    if any(t.stem in exact for t in verbs):
        return None
    return _sentence_finding(
        lead.sentence,
        lead.words,
        verdict=Verdict.NOT_IN_SOURCE,
        message="the record speaks of how it may act, not of a result: "
        f"\u201c{quoted(lead.sentence.text, 140)}\u201d",
        claim_says=", ".join(t.text for t in verbs),
        confidence=0.6,
    )


LABEL_WORD_SENTENCES: Final = 2


def _other_label(index: RecordIndex, terms: tuple[Term, ...], chosen: list[Hit]) -> Finding | None:
    """A claim naming what one labelled group was defined as ("the glycerol medium") against a
    sentence that names only another label ("With medium B, ..."): it speaks of the other."""
    defined = index.defined
    lead = chosen[0]
    if not defined or not lead.sentence.labelled:
        return None
    found = {t.stem for h in chosen for t in h.matched}
    # Only what names a group ("glycerol"), not a word the record uses throughout ("patients").
    named = [
        t for t in terms
        if t.stem not in found and narrow(t) & defined
        and index.document_frequency(narrow(t)) <= LABEL_WORD_SENTENCES
    ]  # fmt: skip
    if not named:
        return None
    return _sentence_finding(
        lead.sentence,
        lead.words,
        verdict=Verdict.NOT_IN_SOURCE,
        message=f"the claim names {words_list(named)}, but the closest sentence is about another "
        f"group the abstract defines: \u201c{quoted(lead.sentence.text, 140)}\u201d",
        claim_says=", ".join(t.text for t in named),
        confidence=0.6,
    )


# "12 patients, none of them currently depressed": a denial of what follows, as the record's
# "who were not currently depressed" is.
# --- where a thing sits: "receptors on X neurons" ---------------------------------------------
#
# A place word ties a thing to where it sits or acts. A sentence that ties the same thing to
# another place, while naming the claim's place in another role ("receptors on GABA neurons,
# disinhibiting dopamine neurons"), does not say what the claim says.
_ATTACHING: Final = re.compile(
    r"^\s+(?:(?:right|directly|only|mainly|located|expressed|found|\w+ly)\s+)?"
    r"(?P<prep>on|inside|within)\s+(?:the\s+|a\s+|an\s+)?",
    re.IGNORECASE,
)
_PHRASE_END: Final = re.compile(r"[,;:.]\s|[,;:]|\s(?:and|or|but|that|which|to|in|by|with)\s")
ATTACHED_WORDS: Final = 3


def _attached_terms(
    text: str, terms: tuple[Term, ...] | list[Term], after: int, most: int = ATTACHED_WORDS
) -> list[Term]:
    """The first few terms of the phrase that starts at ``after``; a bracketed gloss ("(GABA)")
    does not end it."""
    rest = _BRACKETED.sub(lambda m: "\0" * len(m.group()), text[after:])
    stop = _PHRASE_END.search(rest)
    end = after + (stop.start() if stop else len(rest))
    inside = [t for t in terms if after <= t.start < end]
    return inside[:most]


def _moved_attachment(claim: str, terms: tuple[Term, ...], chosen: list[Hit]) -> Finding | None:
    for head in terms:
        tie = _ATTACHING.match(claim[head.end :])
        if tie is None:
            continue
        place = _attached_terms(claim, terms, head.end + tie.end())
        if not place:
            continue
        for hit in chosen:
            sentence = hit.sentence
            found = [
                (w, link) for w in sentence.terms if w.concepts & head.concepts
                for link in [_ATTACHING.match(sentence.text[w.end :])]
                if link is not None and link["prep"].lower() == tie["prep"].lower()
            ]  # fmt: skip
            if not found:
                continue
            elsewhere = sentence.concepts
            moved = []
            for w, link in found:
                theirs = _attached_terms(
                    sentence.text, sentence.terms, w.end + link.end(), 4 * ATTACHED_WORDS
                )
                there = frozenset().union(*(t.concepts for t in theirs))
                moved.append([t for t in place if not t.concepts & there])
            missing = min(moved, key=len)
            # the word right after "on" is the one that says where; a phrase without a comma
            # may run on into the claim's verb ("on GABA interneurons blocked ...")
            if place[0] not in missing or not all(t.concepts & elsewhere for t in missing):
                continue
            return _sentence_finding(
                sentence,
                hit.words,
                verdict=Verdict.NOT_IN_SOURCE,
                message=f"the claim puts {head.text} {tie['prep']} {words_list(place)}; the "
                f"sentence puts it elsewhere and names {words_list(missing)} in another role: "
                f"\u201c{quoted(sentence.text, 140)}\u201d",
                claim_says=claim,
                confidence=0.6,
            )
    return None


# A claim that something showed no relation, difference or effect ...
# "without causing dissociation", "free of side effects", "with no abuse potential": the
# claim adds that something is absent, which only a sentence saying the absence backs.
_CLAIM_ABSENCE: Final = re.compile(
    r"\b(?:without(?:\s+any)?(?:\s+(?:causing|producing|inducing|triggering|provoking|"
    r"bringing|leading\s+to|the))?|free\s+(?:of|from)|with\s+no|devoid\s+of)\s+",
    re.IGNORECASE,
)
_SAYS_ABSENCE: Final = re.compile(
    r"\b(?:no|not|none|non|neither|nor|without|never|free|lack\w*|absen\w+|devoid|avoid\w*|"
    r"spar\w*|knock\w*|deficien\w*|null|deleted|lacks?|minimal|negligible|rare(?:ly)?|did\s+not|does\s+not)\b|n't\b|-free\b",
    re.IGNORECASE,
)
ABSENCE_WORDS: Final = 3
_DESCRIBES_WHO: Final = re.compile(
    r"\b(?:\w+ed|\w+en|mice|rats|animals|patients|people|persons|subjects|participants|"
    r"individuals|those|women|men|children|adults|cells|cases|volunteers)\s+$",
    re.IGNORECASE,
)


def _absence_unsaid(claim: str, chosen: list[Hit]) -> list[Term]:
    """What the claim says is absent ("without causing X") that no evidence sentence says is
    absent: a sentence naming X without a denial affirms it, one not naming X is silent."""
    for cue in _CLAIM_ABSENCE.finditer(claim):
        if _DESCRIBES_WHO.search(claim, 0, cue.start()):
            continue  # "mice bred without HCN1" says who was studied, not an effect's absence
        end = _denial_end(claim, cue)
        scope = [
            t for t in terms_between(claim, cue.end(), end)
            if not t.is_number and t.stem not in GENERIC_STEMS
        ][:ABSENCE_WORDS]  # fmt: skip
        if not scope:
            continue
        concepts = frozenset().union(*(t.concepts for t in scope))
        if not any(_says_absent(h, concepts) for h in chosen):
            return scope
    return []


# Absence words that follow what they deny ("side effects were rare", "dissociation-free").
_ABSENCE_AFTER: Final = re.compile(
    r"\b(?:absen\w+|lack\w*|minimal|negligible|rare(?:ly)?|null|none)\b|-free\b", re.IGNORECASE
)


def _says_absent(hit: Hit, concepts: frozenset[str]) -> bool:
    """Whether the sentence denies the absent thing itself: a denial within reach before a word
    naming it ("no decrease in ...") or an absence word just after it ("... was absent"). A
    denial elsewhere in the sentence ("..., but not placebo") is about something else."""
    text = hit.sentence.text
    starts = [w.start for w in hit.sentence.terms if w.concepts & concepts]
    ends = [w.end for w in hit.sentence.terms if w.concepts & concepts]
    before = any(
        cue.end() <= start < cue.end() + _NEGATION_REACH
        for cue in _SAYS_ABSENCE.finditer(text) for start in starts
    )  # fmt: skip
    return before or any(
        end <= cue.start() < end + _NEGATION_REACH
        for cue in _ABSENCE_AFTER.finditer(text) for end in ends
    )  # fmt: skip


# A claim that there is no relation, difference or effect ("not unrelated", a double negative,
# claims a relation) ...
_CLAIM_OF_NONE: Final = re.compile(
    r"\b(?:no|without(?:\s+any)?)\s+(?:[\w-]+\s+){0,2}?(?:relation(?:ship)?|association|"
    r"correlation|link|difference|effect|impact|influence|bearing|change)s?\b"
    r"|(?<!\bnot\s)\b(?:unrelated|uncorrelated|unaffected|unchanged|independent(?:ly)?\s+of)\b"
    r"|\b(?:did|does|do|was|were|is|are)\s*(?:not|n't)\s+(?:\w+ly\s+)?(?:differ|correlat|"
    r"relat|associat|affect|change|influenc|predict|link)\w*"
    # "it didn't matter whether they got A or B", "no matter which drug"
    r"|\b(?:did|does|do)\s*(?:not|n't)\s+(?:\w+ly\s+)?matter\b|\bno\s+matter\s+(?:which|whether|what)\b",
    re.IGNORECASE,
)
# A claim that arms or groups did not differ: "no difference between A and B", "did not
# differ", "it didn't matter whether they got A or B".
_NO_DIFFERENCE_CLAIMED: Final = re.compile(
    r"\bno\s+(?:[\w-]+\s+){0,2}?differences?\b|\b(?:did|does|do)\s*(?:not|n't)\s+"
    r"(?:\w+ly\s+)?(?:differ|matter)\b|\bno\s+matter\s+(?:which|whether|what)\b",
    re.IGNORECASE,
)
# ... and the words by which a sentence states one: a denial, a likeness or a large P value.
_STATES_NONE: Final = re.compile(
    r"\b(?:no|not|non[\w-]*|neither|nor|without|never|unchanged|unaffected|unrelated|"
    r"uncorrelated|independent\w*|similar\w*|comparable|same|equivalent|fail\w*|absen\w+|"
    r"lack\w*|insignificant|stable|remained|irrespective|regardless|untouched|matched|"
    r"persist\w*|sustained|maintained|n\.s|equal(?:ly)?|alike|identical(?:ly)?|"
    r"indistinguishable|par)\b|n't\b|\bP\s*[>=\u2265]\s*0?\.(?:0[5-9]|[1-9])"
    r"|\bto\s+(?:the\s+same|a\s+similar|an\s+equal)\s+(?:extent|degree)\b",
    re.IGNORECASE,
)
_NONE_OF: Final = re.compile(
    r"\bnone\s+of\s+(?:them|whom|those|these|the\s+[\w-]+)\b(?:\s+(?:was|were|is|are|had|has|"
    r"have))?"
    # "12 patients, none currently depressed"
    r"|(?<=,\s)none\b(?!\s+of\b)",
    re.IGNORECASE,
)


def _without_none_of(text: str, terms: tuple[Term, ...]) -> tuple[Term, ...]:
    """The claim without the "none" of "none of them X": the denial is judged as a denial (the
    record must deny X too), not as a word the record must use."""
    spans = [m.span() for m in _NONE_OF.finditer(text)]
    # "statistically indistinguishable from": judged against the record's "no difference"
    spans += [m.span() for m in _SAMENESS.finditer(text)]
    kept = tuple(t for t in terms if not any(a <= t.start < b for a, b in spans))
    return kept if len(kept) >= MIN_LEFT_TERMS else terms


def _none_of_unshared(claim: str, chosen: list[Hit]) -> bool:
    """A claim saying "none of them X" whose evidence does not deny X."""
    said: set[str] = set()
    for cue in _NONE_OF.finditer(claim):
        reach = min(cue.end() + _NEGATION_REACH, len(claim))
        said |= {t.stem for t in terms_between(claim, cue.end(), reach)}
    if not said:
        return False
    return not said & {stem for h in chosen for stem in _denied_stems(h.sentence.text)}


def _denied_stems(text: str) -> set[str]:
    """Stems of the words a negation in ``text`` governs ("do not involve direct inhibition")."""
    denied: set[str] = set()
    cues = [*_NEGATION.finditer(text), *_CLAIM_WITHOUT.finditer(text), *_NONE_OF.finditer(text)]
    for cue in cues:
        end = cue.end() + _NEGATION_REACH
        denied |= {t.stem for t in terms_between(text, cue.start(), min(end, len(text)))}
    return denied


def _negates(hit: Hit, comparator_terms: set[str], named: frozenset[str] | None = None) -> bool:
    """Whether the sentence denies what it shares with the claim (``named``: the concepts of the
    whole claim, when the part judged may name its subject by a pronoun)."""
    return bool(_denied_clauses(hit, comparator_terms, named))


def _denied_clauses(
    hit: Hit, comparator_terms: set[str], named: frozenset[str] | None = None
) -> list[tuple[int, int]]:
    """(clause start, denial start) of each clause whose denial counts against the claim. In a
    sentence of contrasted clauses ("propofol inhibited HCN1 channels, whereas etomidate had no
    effect on them") a denial counts when its clause holds a claim word the other clauses do not,
    and its subject (before the denial) is not only an item the claim never names: a denial of
    words the sentence also affirms elsewhere, or of another item, is about something else."""
    text = hit.sentence.text
    words = [w for w in hit.words if w.stem not in comparator_terms]
    claim_stems = {c: t.stem for t in hit.matched for c in t.concepts}
    bounds = [0, *(m.start() for m in _CLAUSE_BREAK.finditer(text)), len(text)]
    clauses = [(a, b) for a, b in pairwise(bounds) if b > a]

    def stems_in(start: int, end: int) -> set[str]:
        return {
            claim_stems[c] for w in words if start <= w.start < end
            for c in w.concepts if c in claim_stems
        }  # fmt: skip

    found: list[tuple[int, int]] = []
    for start, end in clauses:
        cues = [
            cue for cue in _NEGATION.finditer(text, start, end)
            if any(cue.end() <= w.start < min(end, cue.end() + _NEGATION_REACH) for w in words)
        ]  # fmt: skip
        if not cues:
            continue
        if len(clauses) == 1:
            found.append((start, cues[0].start()))
            continue
        elsewhere = set().union(*(stems_in(a, b) for a, b in clauses if (a, b) != (start, end)))
        if not stems_in(start, end) - elsewhere:
            continue
        if _subject_unnamed(hit, start, cues[0].start(), named or frozenset(claim_stems)):
            continue
        found.append((start, cues[0].start()))
    return found


def _subject_unnamed(hit: Hit, start: int, cue: int, named: frozenset[str]) -> bool:
    """Whether a contrasted clause's subject ("whereas etomidate had no effect") names content
    words and none the claim names."""
    subject = [
        t for t in hit.sentence.terms
        if start <= t.start < cue and not t.is_number and not _CONNECTIVE.fullmatch(t.text)
    ]  # fmt: skip
    return bool(subject) and not any(t.concepts & named for t in subject)


_CONNECTIVE: Final = re.compile(r"whereas|while|but|although|though|yet", re.IGNORECASE)
# A claim's own clause saying an item was left alone: "left the channels untouched", "had
# nothing to do with", "did not".
_CLAIM_CLAUSE_DENIAL: Final = re.compile(
    r"\b(?:not|no|never|nor|none|nothing|untouched|unaffected|unchanged|unaltered|intact|"
    r"spared)\b|n't\b",
    re.IGNORECASE,
)
_CLAIM_CLAUSE_SEAM: Final = re.compile(
    r";|,\s+(?:whereas|while|but|although|though|yet)\b|\s+(?:whereas|while)\b", re.IGNORECASE
)


def _claim_denies_same_item(claim: str, hits: list[Hit], comparator_terms: set[str]) -> bool:
    """Whether every counted record denial is about an item whose own clause in the claim
    denies too ("..., whereas etomidate left the channels untouched" against "whereas
    etomidate had no effect on HCN1 channels")."""
    claim_concepts = frozenset(c for t in terms_of(claim) for c in t.concepts)
    bounds = [0, *(m.start() for m in _CLAIM_CLAUSE_SEAM.finditer(claim)), len(claim)]
    claim_clauses = [claim[a:b] for a, b in pairwise(bounds) if b > a]
    if len(claim_clauses) < 2:
        return False
    denying = [c for c in claim_clauses if _CLAIM_CLAUSE_DENIAL.search(c)]
    if not denying:
        return False
    denied_concepts = {c for part in denying for t in terms_of(part) for c in t.concepts}
    other_concepts = {
        c for part in claim_clauses if part not in denying for t in terms_of(part)
        for c in t.concepts
    }  # fmt: skip
    counted = 0
    for hit in hits:
        for start, cue in _denied_clauses(hit, comparator_terms, claim_concepts):
            counted += 1
            subject = {
                c for t in hit.sentence.terms if start <= t.start < cue and not t.is_number
                for c in t.concepts
            }  # fmt: skip
            if not subject & denied_concepts or subject & denied_concepts <= other_concepts:
                return False
    return counted > 0


# --- quotes -------------------------------------------------------------------------------------

_FOLD: Final = str.maketrans(
    {"’": "'", "‘": "'", "“": '"', "”": '"', "–": "-", "—": "-", "\u00a0": " "}
)


def _folded(text: str) -> tuple[str, list[int]]:
    """Lowercased text with runs of whitespace as one space, and where each character came from."""
    out: list[str] = []
    where: list[int] = []
    previous_space = False
    for position, char in enumerate(text.translate(_FOLD)):
        if char.isspace():
            if previous_space:
                continue
            char, previous_space = " ", True
        else:
            previous_space = False
        out.append(char.lower())
        where.append(position)
    return "".join(out), where


def _quote_finding(quote: Phrase, index: RecordIndex) -> Finding:
    wanted, _ = _folded(quote.text.strip(" .,;:"))
    haystack, where = index.memo("folded-abstract", lambda: _folded(index.abstract_text))
    position = haystack.find(wanted) if wanted else -1
    if position >= 0:
        start = where[position]
        end = where[position + len(wanted) - 1] + 1
        sentence = next((s for s in index.abstract_sentences if s.start <= start < s.end), None)
        evidence = Evidence(
            sentence=sentence.text if sentence else index.abstract_text[start:end],
            span=sentence.span if sentence else Span(start=start, end=end),
            section=sentence.section if sentence else None,
            matched_terms=[index.abstract_text[start:end]],
        )
        return Finding(
            kind=FindingKind.SUPPORT,
            verdict=Verdict.SUPPORTED,
            message="the quoted words appear verbatim in the abstract",
            claim_says=f"\u201c{quote.text}\u201d",
            source_says=index.abstract_text[start:end],
            evidence=evidence,
            confidence=0.95,
        )
    return Finding(
        kind=FindingKind.SUPPORT,
        verdict=Verdict.NOT_IN_SOURCE,
        message=f"the quoted words \u201c{quote.text}\u201d do not appear in the abstract",
        claim_says=f"\u201c{quote.text}\u201d",
        confidence=0.85,
    )


# A claim that narrows its statement ("only at concentrations far above clinical ones") says more
# than a sentence without that narrowing; one that sets the level beyond clinical use is
# contradicted by a sentence placing it at clinically relevant levels.
_CLAIM_RESTRICTION: Final = re.compile(
    r"\b(?:only|solely|exclusively)\s+(?:at|in|when|with|after|for|if|among|under|during)\b"
    r"|\b(?:far|well|much)\s+(?:above|beyond|higher\s+than|"
    r"exceeding|in\s+excess\s+of)\b",
    re.IGNORECASE,
)
_BEYOND_CLINICAL: Final = re.compile(
    r"\b(?:above|beyond|higher\s+than|exceed\w*|in\s+excess\s+of|outside)\b[^.;]{0,60}"
    r"\b(?:clinic\w*|therapeutic\w*)",
    re.IGNORECASE,
)
_CLINICALLY_RELEVANT: Final = re.compile(
    r"\b(?:clinically|therapeutically)\s+(?:relevant|achievable|attainable|used)\b"
    r"|\btherapeutic\s+(?:concentrations?|doses?|levels?)\b",
    re.IGNORECASE,
)
# A sentence that names a statement as a hypothesis does not show it happened.
_HYPOTHESIS: Final = re.compile(
    r"\bhypothes[ie]s\b|\bhypothesi[sz]ed\b|\bputative\b|\bspeculat\w*|\bproposed\b",
    re.IGNORECASE,
)
# "An imaging approach is proposed", "we propose a new method": the paper presents a method,
# which is its result, not a hypothesis.
_METHOD_PROPOSED: Final = re.compile(
    r"\b(?:approach|method|technique|algorithm|protocol|procedure|framework|pipeline|scheme|"
    r"tool|device|sequence|assay|design)(?:es|s)?\s+(?:\w+\s+){0,2}?(?:is|are|was|were|"
    r"has\s+been|have\s+been)\s+(?:\w+ly\s+)?proposed\b"
    r"|\bpropose[sd]?\s+(?:(?!that\b)\w+\s+){0,4}?(?:approach|method|technique|algorithm|protocol|"
    r"procedure|framework|pipeline|scheme|tool|device|sequence|assay|design)",
    re.IGNORECASE,
)


def _hypothesised(text: str) -> bool:
    """Whether the sentence puts something as a hypothesis. A "proposed" excused as a method
    the paper presents is only one inside that method's own phrase: "a screening protocol is
    proposed, and the variant is proposed to disrupt splicing" still hypothesises."""
    methods = [m.span() for m in _METHOD_PROPOSED.finditer(text)]
    return any(
        not (
            m.group().lower() == "proposed"
            and any(a <= m.start() and m.end() <= b for a, b in methods)
        )
        for m in _HYPOTHESIS.finditer(text)
    )


_DEMONSTRATED: Final = re.compile(
    r"\b(?:found|showed|shown|demonstrated|proved|proven|confirmed|matched|established)\b"
    r"|\bin\s+(?:clinical\s+)?trials\b",
    re.IGNORECASE,
)


def _qualifier_gap(claim: str, chosen: list[Hit]) -> Finding | None:
    lead = chosen[0]
    text = " ".join(h.sentence.text for h in chosen)
    restriction = _CLAIM_RESTRICTION.search(claim)
    verdict: Verdict | None = None
    if _BEYOND_CLINICAL.search(claim) and _CLINICALLY_RELEVANT.search(text):
        verdict = Verdict.CONTRADICTED
        message = "the claim places it beyond clinical levels, but the record says"
    elif restriction and not _RESTRICTION.search(text) and not _CLAIM_RESTRICTION.search(text):
        verdict = Verdict.NOT_IN_SOURCE
        message = f"the abstract does not back the claim's '{restriction.group()}'; closest"
    elif _hypothesised(lead.sentence.text) and _DEMONSTRATED.search(claim):
        verdict = Verdict.NOT_IN_SOURCE
        message = "the record names this only as a hypothesis, not as a result"
    elif (ranking := lx.CLAIM_RANKING.search(claim)) and not lx.RECORD_RANKING.search(text):
        # "X was the most frequently reported Y" against "Y were reported more often": the
        # record names the kind but never puts one of its members first.
        verdict = Verdict.NOT_IN_SOURCE
        message = (
            f"the claim ranks it ('{ranking.group().strip()}'), but the evidence ranks nothing"
        )
    if verdict is None:
        return None
    return _sentence_finding(
        lead.sentence,
        lead.words,
        verdict=verdict,
        message=f"{message}: \u201c{quoted(lead.sentence.text, 140)}\u201d",
        claim_says=claim,
        confidence=0.7,
    )


# A condition the claim adds restricts where its finding holds ("among applicators who
# smoked", "only in carriers", "when taken with food", "stronger in women"): its words are the
# claim's content, never paraphrase slack, so the evidence must name each of them.
# A relative clause ("among applicators who smoked") often only describes everyone studied
# ("among 679 men who apply pesticides for a living", "every user who shows toxicity"): there
# only its specific words are demanded, and not after a count or "every".
_CLAIM_SUBGROUP: Final = re.compile(
    r"\b(?:among|in|for)\s+(?!(?:all|every|each|any|\d[\d,]*)\b)(?:the\s+|those\s+)?"
    r"(?:[\w-]+\s+){0,3}?(?:who|whose)\s+",
    re.IGNORECASE,
)
_CLAIM_CONDITION: Final = re.compile(
    r"\b(?:only|solely|exclusively)\s+(?:in|among|when|with|for|if)\s+"
    r"|\bwhen\s+(?:it\s+was\s+|they\s+were\s+)?(?:taken|given|combined|used|administered|"
    r"co-?administered|paired)\s+with\s+"
    r"|\b(?:stronger|weaker|more\s+pronounced|less\s+pronounced)\s+(?:among|in)\s+"
    r"|\b(?:confined|limited|restricted)\s+to\s+",
    re.IGNORECASE,
)
_CONDITION_END: Final = re.compile(r"[,;:()]|\.(?:\s|$)|\b(?:but|whereas|while|and\s+not)\b")
CONDITION_REACH: Final = 60


def _condition_unbacked(
    claim: str, index: RecordIndex, terms: tuple[Term, ...], chosen: list[Hit]
) -> Finding | None:
    matched = {t.stem for h in chosen for t in h.matched}
    cues = [(m, False) for m in _CLAIM_CONDITION.finditer(claim)]
    cues += [(m, True) for m in _CLAIM_SUBGROUP.finditer(claim)]
    for cue, subgroup in cues:
        reach = min(len(claim), cue.end() + CONDITION_REACH)
        stop = _CONDITION_END.search(claim, cue.end(), reach)
        end = stop.start() if stop else reach
        lacking = [
            t for t in terms
            if (cue.start() if subgroup else cue.end()) <= t.start < end
            and not t.is_number and t.stem not in matched
            and t.stem not in GENERIC_STEMS and not is_topic(index, t)
            and not (subgroup and _everyday(t))
        ]  # fmt: skip
        if lacking:
            lead = chosen[0]
            return _sentence_finding(
                lead.sentence,
                lead.words,
                verdict=Verdict.NOT_IN_SOURCE,
                message=f"the claim limits it to \u201c{claim[cue.start() : end].strip()}\u201d, "
                f"but the evidence does not name {words_list(lacking)}: "
                f"\u201c{quoted(lead.sentence.text, 140)}\u201d",
                claim_says=claim,
                confidence=0.65,
            )
    return None


# A claim that two measures go together ("levels correlated with the degree of relief") needs
# evidence that relates something to something; a sentence that only reports a change of one
# measure states no relation.
_CLAIM_RELATION: Final = re.compile(
    r"\bcorrelat(?:ed|es|ing)?\s+(?:\w+ly\s+)?(?:with|to)\b|\b(?:tracked|covaried|scaled)\s+with\b",
    re.IGNORECASE,
)
_RELATION_SAID: Final = re.compile(
    r"correlat|associat|\brelat|\blink|predict|\btied\b|\btrack|depend|dose[- ]response|"
    r"\bodds\b|\bhazard|\brisk|\br\s*=|\brho\b|\u03c1|\u03c4|\bR2\b|R\u00b2|coefficient|"
    r"proportion|function\s+of|parallel|coincid|"
    r"\bas\s+[\w\s-]{1,40}?(?:increas|decreas|rose|fell)|"
    r"\b(?:rose|fell|increased|decreased)\s+with\b|"
    r"accompan|covar|\bscaled\b|\bwith\s+(?:higher|lower|greater|larger|smaller|more|less|"
    r"increas\w*|decreas\w*)\b",
    re.IGNORECASE,
)


def _relation_unsaid(claim: str, chosen: list[Hit]) -> Finding | None:
    if not _CLAIM_RELATION.search(claim):
        return None
    if any(_RELATION_SAID.search(h.sentence.text) for h in chosen):
        return None
    lead = chosen[0]
    return _sentence_finding(
        lead.sentence,
        lead.words,
        verdict=Verdict.NOT_IN_SOURCE,
        message="the claim relates two measures, but the evidence states no relation: "
        f"\u201c{quoted(lead.sentence.text, 140)}\u201d",
        claim_says=claim,
        confidence=0.6,
    )


# A word naming what a drug does by the condition it relieves ("anxiolytic", "analgesic",
# "antidepressant"): before "effects" it makes them as specific as the claim's lay benefit
# for that condition ("anxiety benefits", "pain relief"). A closed list, each with the claim
# words for its condition: an adjective that names no relief ("metabolic effects",
# "dissociative effects") says no benefit, and "effects" never says a value word by itself.
_RELIEVES: Final[dict[str, re.Pattern[str]]] = {
    adjective: re.compile(condition, re.IGNORECASE)
    for adjectives, condition in (
        (("anxiolytic", "antianxiety"), r"anxi\w*|nervous\w*|worr\w*|panic\w*|fear\w*"),
        (("analgesic", "antinociceptive", "antalgic"), r"pain\w*|ach(?:e|es|ing)|sore\w*"),
        (("antidepressant", "antidepressive"), r"depress\w*|mood\w*"),
        (("antipsychotic",), r"psychos[ie]s|psychotic|hallucinat\w*|delusion\w*"),
        (
            ("anticonvulsant", "antiepileptic", "antiseizure"),
            r"seizure\w*|epilep\w*|convuls\w*|fits?",
        ),
        (("antihypertensive",), r"hypertens\w*|(?:blood[\s-]+)?pressure"),
        (("antiemetic",), r"nausea\w*|vomit\w*|sickness"),
        (("antipyretic",), r"fever\w*|temperature"),
        (("antiinflammatory",), r"inflam\w*|swell\w*"),
        (("antiarrhythmic",), r"arrhythm\w*|rhythm"),
        (("antianginal",), r"angina\w*|chest"),
        (("antipruritic",), r"itch\w*|prurit\w*"),
        (("antispasmodic", "spasmolytic"), r"spasm\w*|cramp\w*"),
        (("antitussive",), r"cough\w*"),
        (("hypnotic", "soporific"), r"sleep\w*|insomnia\w*"),
    )
    for adjective in adjectives
}
# A claimed harm: what relieves a condition never says it ("anxiolytic effects" are no harm).
_HARM_WORDS: Final = re.compile(
    r"harm\w*|damag\w*|adverse|risks?|toxic\w*|injur\w*|disadvantage\w*", re.IGNORECASE
)


def _relieves(adjective: str, condition: str) -> bool:
    """Whether ``adjective`` is a therapeutic action named by what it relieves, and the claim
    word ``condition`` names that thing ("anxiolytic" and "anxiety")."""
    pattern = _RELIEVES.get(adjective.lower().replace("-", ""))
    return pattern is not None and pattern.fullmatch(condition) is not None


def _stated_in(term: Term, sentence: IndexedSentence, before: Term | None = None) -> bool:
    """The sentence itself says the claim word (not the title for it), and not only through a
    word that names no particular outcome ("effects" for "mood-lifting"). "Effects" named by
    the condition they relieve ("anxiolytic effects") say the claim's lay benefit for it
    ("anxiety benefits"): the claim's word ``before`` it names that condition. Any other
    adjective ("metabolic effects", "dissociative effects") leaves a claimed value word
    ("benefits", "harms") unsaid."""
    words = [w for w in sentence.terms if w.concepts & term.concepts]
    if not words:
        return bool(narrow(term) & sentence.labelled)
    if any(lx.VAGUE_OUTCOME_WORDS.fullmatch(w) for w in term.text.split()):
        return True  # "antidepressant effect" is partly said by "effects"
    if any(not lx.VAGUE_OUTCOME_WORDS.fullmatch(w.text) for w in words):
        return True
    if before is None or _HARM_WORDS.fullmatch(term.text):
        return False
    order = {id(w): n for n, w in enumerate(sentence.terms)}
    return any(
        (n := order[id(w)]) > 0
        and _relieves((previous := sentence.terms[n - 1]).text, before.text)
        and previous.end >= w.start - 2
        for w in words
    )


def _said_elsewhere(
    index: RecordIndex, terms: tuple[Term, ...], term: Term, lead: Hit, backers: Sequence[Hit]
) -> bool:
    """A claim word the evidence says only as "effects" that another result sentence says
    outright ("rapid antidepressant effect"), together with the evidence saying all the claim
    says: the record backs the specific effect, the lead sentence only names it generally.
    The claim's word right before it ("dissociation" of "dissociation benefits") must stand
    by the other sentence's word: "improvements in anxiety" are no dissociation benefits."""
    before = _term_before(terms, term)
    return any(
        h.sentence.position != lead.sentence.position
        and term in h.matched
        and _stated_in(term, h.sentence)
        and (before is None or _said_beside(h.sentence, term, before))
        and pair_coverage(index, terms, lead, h) >= SINGLE_COVERAGE
        for h in backers
    )


# How many words apart a qualifier and the word it qualifies may stand ("improvements in
# anxiety ratings", "anxiety scores improved").
_BESIDE: Final = 3


def _said_beside(sentence: IndexedSentence, term: Term, before: Term) -> bool:
    """Whether the sentence says ``term`` outright within _BESIDE words of ``before``."""
    said = [
        n for n, w in enumerate(sentence.terms)
        if w.concepts & term.concepts and not lx.VAGUE_OUTCOME_WORDS.fullmatch(w.text)
    ]  # fmt: skip
    near = [n for n, w in enumerate(sentence.terms) if w.concepts & before.concepts]
    return any(abs(a - b) <= _BESIDE for a in said for b in near)


def _untied(
    claim: str,
    index: RecordIndex,
    terms: tuple[Term, ...],
    chosen: list[Hit],
    backers: Sequence[Hit] = (),
) -> Finding | None:
    """What the coverage bars leave unsaid must be wording, never a detail: a specific term the
    evidence lacks, a claim word it says only as "effects", or a comparison it never makes."""
    lead = chosen[0]
    matched = {t.stem for h in chosen for t in h.matched}
    unsaid = [t for t in terms if t.stem not in matched]
    unnamed = _unnamed_subject(claim, index, terms)
    lacking = [t for t in unsaid if t in unnamed or _specific(claim, t, unsaid, index)]
    if lacking:
        return _sentence_finding(
            lead.sentence,
            lead.words,
            verdict=Verdict.NOT_IN_SOURCE,
            message=f"the evidence does not name {words_list(lacking)}; closest sentence: "
            f"\u201c{quoted(lead.sentence.text, 140)}\u201d",
            claim_says=claim,
            confidence=0.6,
        )
    vague = [
        t for t in terms
        if t.stem in matched and t.stem not in GENERIC_STEMS and not is_topic(index, t)
        and any(t in h.matched and h.strengths[h.matched.index(t)] == 1.0 for h in chosen)
        and not any(_stated_in(t, h.sentence, _term_before(terms, t)) for h in chosen)
        and any(w.concepts & t.concepts for h in chosen for w in h.sentence.terms)
        and not (len(chosen) == 1 and _said_elsewhere(index, terms, t, lead, backers))
    ]  # fmt: skip
    if vague:
        return _sentence_finding(
            lead.sentence,
            lead.words,
            verdict=Verdict.NOT_IN_SOURCE,
            message=f"the evidence speaks only of effects in general, not of "
            f"{words_list(vague)}: \u201c{quoted(lead.sentence.text, 140)}\u201d",
            claim_says=claim,
            confidence=0.6,
        )
    return _comparison_unmade(claim, index, terms, chosen)


def _term_before(terms: tuple[Term, ...], term: Term) -> Term | None:
    """The claim term right before ``term`` ("anxiety" of "anxiety benefits"), if adjacent."""
    earlier = [t for t in terms if t.end <= term.start]
    if not earlier:
        return None
    previous = max(earlier, key=lambda t: t.end)
    return previous if term.start - previous.end <= 2 else None


_CHAINED: Final = re.compile(r"-(?:to|and|over|versus|by)-", re.IGNORECASE)

# The verb that ends a claim's subject ("Headache *was* the most ...", "Insomnia *had* ...").
_SUBJECT_VERB: Final = re.compile(
    r"\b(?:was|were|is|are|has|have|had|remained|remains|became|ranked|topped|accounted|"
    r"occurred|appeared)\b",
    re.IGNORECASE,
)
# An opening phrase before the subject: "After acute dosing, headache was ...".
_OPENING: Final = re.compile(
    r"(?:after|in|at|among|during|within|over|by|for|with|across|compared|right|unlike|"
    r"following|before|despite|like|as|when|although|while|though|once|since|until|on|from|"
    r"between|under|through|of)\b",
    re.IGNORECASE,
)
# Where a subject's head noun phrase ends: "rates *of* X", "patients *who* ...".
_HEAD_END: Final = re.compile(
    r"\b(?:of|in|among|with|after|who|that|which|for|from|on|at|during|given|receiving|"
    r"taking|treated|than|versus|vs)\b",
    re.IGNORECASE,
)
_CONJUNCTS: Final = re.compile(
    r",\s*(?:and\s+|or\s+)?|\s+(?:and|or|as\s+well\s+as)\s+", re.IGNORECASE
)
SUBJECT_MAX_WORDS: Final = 8
# An absent subject word at least this rare in English is a thing, not a rewording ("kids").
SUBJECT_RARENESS: Final = 1.0


def _subject_heads(claim: str, terms: tuple[Term, ...]) -> list[Term]:
    """The head word of each conjunct of the claim's subject: "Headache" in "Headache was the
    most common ...", "nausea" and "headache" in "After dosing, nausea and headache were ..."."""
    verb = _SUBJECT_VERB.search(claim)
    if verb is None:
        return []
    start = 0
    if _OPENING.match(claim):
        comma = claim.rfind(", ", 0, verb.start())
        if comma < 0:
            return []
        start = comma + 2
    if len(claim[start : verb.start()].split()) > SUBJECT_MAX_WORDS:
        return []
    bounds = [start, *(b for m in _CONJUNCTS.finditer(claim, start, verb.start())
                       for b in m.span()), verb.start()]  # fmt: skip
    heads = []
    for begin, end in zip(bounds[::2], bounds[1::2], strict=False):
        cut = _HEAD_END.search(claim, begin, end)
        stop = cut.start() if cut else end
        inside = [t for t in terms if begin <= t.start < stop and not t.is_number]
        if inside:
            heads.append(inside[-1])
    return heads


def _unnamed_subject(claim: str, index: RecordIndex, terms: tuple[Term, ...]) -> list[Term]:
    """Subject head words the record never names at all ("Headache" against a record that says
    only "neurological side-effects"): what the claim is about cannot be coverage slack."""
    return [
        t for t in _subject_heads(claim, terms)
        if t.stem not in GENERIC_STEMS and not in_record(index, t)
        and absent_word_factor(t.text.split()[-1]) >= SUBJECT_RARENESS
    ]  # fmt: skip


def _specific(claim: str, term: Term, lacking: list[Term], index: RecordIndex) -> bool:
    """A claim word that names a detail, not wording: an identifier ("rs2736100"), a member of
    a technical compound ("signal-to-noise"), or a measure's name ("... ratio", "... scale")
    whose every word the evidence lacks."""
    if term.is_number or term.stem in GENERIC_STEMS or is_topic(index, term):
        return False
    text = term.text
    if _ID_LIKE.fullmatch(text):
        return True
    if _CHAINED.match(claim, term.end) or _CHAINED.search(
        claim[max(0, term.start - 9) : term.start]
    ):
        return True
    if lx.MEASURE_HEADS.fullmatch(text.split()[-1]):
        return any(
            0 <= term.start - o.end <= 4 and not claim[o.end : term.start].strip(" -")
            for o in lacking
            if o is not term
        )
    return False


# "more than half", "less than 5%", "rather than": a comparison with a figure or an
# alternative, not between two groups.
_NOT_A_GROUP: Final = re.compile(
    r"\s*(?:\d|halved|doubled|tripled|half|a\s+third|a\s+quarter|one|two|three|four|five|ten|twice|double|"
    r"expected|previously|before|ever|usual|thought|predicted)",
    re.IGNORECASE,
)
_CONTROL_ARM: Final = re.compile(
    "|".join(p.pattern for p in (lx.BASELINE_WORDS, lx.CONTROL_ARM_WORDS)),
    re.IGNORECASE,
)
_CLAUSE_END: Final = re.compile(r"[,;:]|\.(?:\s|$)|\band\b|\bwhich\b")


def _comparison_unmade(
    claim: str, index: RecordIndex, terms: tuple[Term, ...], chosen: list[Hit]
) -> Finding | None:
    """A claim that sets group A against group B ("A improved more than B", "A, unlike B")
    needs a chosen evidence sentence with a comparison cue (lx.RECORD_COMPARISON); a sentence
    about A alone with no such cue, B credited from the title, makes no comparison. The cue
    need not sit beside a word of B, so a loose cue ("more", "between") passes."""
    for cue in lx.GROUP_COMPARISON.finditer(claim):
        if _NOT_A_GROUP.match(claim, cue.end()):
            continue
        end = _CLAUSE_END.search(claim, cue.end())
        stop = end.start() if end else len(claim)
        inside = [t for t in terms if cue.end() <= t.start < stop and not t.is_number]
        outside = {c for t in terms if not cue.end() <= t.start < stop for c in narrow(t)}
        other = [
            t for t in inside
            if not narrow(t) & outside and t.stem not in GENERIC_STEMS and not is_topic(index, t)
        ]  # fmt: skip
        if not other or _CONTROL_ARM.search(claim, cue.end(), stop):
            continue  # a control arm is the comparator check's to judge
        # Only a comparison cue is required of the evidence, not a word of B beside it:
        # requiring B's words there lost right claims whose B is paraphrased ("those with the
        # longest telomeres" for "the highest quintile").
        if any(lx.RECORD_COMPARISON.search(h.sentence.text) for h in chosen):
            continue
        return _sentence_finding(
            chosen[0].sentence,
            chosen[0].words,
            verdict=Verdict.NOT_IN_SOURCE,
            message=f"the claim compares with {claim[cue.end() : stop].strip()}, but the record "
            f"reports no such comparison; closest sentence: "
            f"\u201c{quoted(chosen[0].sentence.text, 140)}\u201d",
            claim_says=claim,
            confidence=0.6,
        )
    return None


# --- a finding likened to another item ------------------------------------------------------------
#
# "Etomidate, like propofol, blocks X", "both A and B raised Y", "A as well as B": the claim
# affirms the finding of each item it likens. A record that denies it of one of them ("A had no
# effect on X", "Y rose after B but not A", "Y was unaffected by A") contradicts the claim,
# however well the rest of the claim matches the item it affirms: when the denying clause holds
# most of what the claim says of the item, and no sentence affirms it of that item.
_ITEM: Final = r"(?:the\s+)?([A-Za-z][\w()+-]*[A-Za-z0-9)])"
_LIKENED: Final = (
    re.compile(rf"{_ITEM}\s*,\s*(?:just\s+|much\s+)?like\s+{_ITEM}\s*,", re.IGNORECASE),
    re.compile(rf"(?:^|[;:]\s*)(?:just\s+)?like\s+{_ITEM}\s*,\s*{_ITEM}", re.IGNORECASE),
    re.compile(rf"\bboth\s+{_ITEM}\s+and\s+{_ITEM}", re.IGNORECASE),
    re.compile(rf"{_ITEM}\s+as\s+well\s+as\s+{_ITEM}", re.IGNORECASE),
    re.compile(rf"{_ITEM}\s+and\s+{_ITEM}\s+(?:both|alike|equally)\b", re.IGNORECASE),
)
# Groups of people a finding is said of ("fell in both men and women"): a population, not items
# likened to one another.
_POPULATIONS: Final = frozenset({
    "men", "women", "man", "woman", "males", "females", "male", "female", "boys", "girls",
    "children", "adults", "adolescents", "infants", "elderly", "younger", "older", "young",
    "old", "sexes", "genders",
})  # fmt: skip
# How a record denies a finding of a named item; "{0}" is the item. What it denies follows
# these to the clause's end ...
_ITEM_DENIED: Final = (
    r"\b{0}\b(?:\s+[\w()-]+){{0,3}}?\s+(?:had|has|have|showed|exerted|produced|caused)\s+no\b",
    r"\b{0}\b(?:\s+[\w()-]+){{0,3}}?\s+(?:did|does|do|was|were|is|are)\s+not\b(?!\s+only\b)",
    r"\b{0}\b(?:\s+[\w()-]+){{0,3}}?\s+failed\s+to\b",
    r"\b{0}\b[^.;,]{{0,40}}?\b(?:was|were|remained)\s+(?:\w+ly\s+)?(?:unaffected|unchanged|"
    r"unaltered)\b(?!\s+by\b)",
)
# ... and what these deny comes before them in their clause ("Y rose after B but not A", "Y was
# unaffected by A").
_ITEM_DENIED_AFTER: Final = (
    r"\b(?<!not only )but\s+not\s+(?:by\s+|with\s+|in\s+|to\s+|of\s+|after\s+)?(?:the\s+)?{0}\b",
    r"\b(?:was|were|remained|is|are)\s+(?:\w+ly\s+)?(?:unaffected|unchanged|unaltered)\s+by\s+"
    r"(?:the\s+)?{0}\b",
)
_DENIAL_CLAUSE_END: Final = re.compile(r"[;.](?:\s|$)|,\s+(?:whereas|while|but|and)\b")
_DENIAL_CLAUSE_START: Final = re.compile(
    r"(?:^|[;.]\s|,\s+(?:whereas|while|and)\s|,\s+but\s+(?!not\b))"
)


def _likened_items(claim: str) -> list[str]:
    items: list[str] = []
    for pattern in _LIKENED:
        for match in pattern.finditer(claim):
            found = [g for g in match.groups() if g and g.lower() not in STOPWORDS]
            if not any(g.lower() in _POPULATIONS for g in found):
                items.extend(found)
    return items


def _item_denials(item: str, text: str) -> list[tuple[int, int]]:
    """(start, end) of each clause of ``text`` that denies a finding of ``item``."""
    spans = []
    forward = re.compile("|".join(p.format(re.escape(item)) for p in _ITEM_DENIED), re.I)
    for denial in forward.finditer(text):
        stop = _DENIAL_CLAUSE_END.search(text, denial.end())
        spans.append((denial.start(), stop.start() if stop else len(text)))
    backward = re.compile("|".join(p.format(re.escape(item)) for p in _ITEM_DENIED_AFTER), re.I)
    for denial in backward.finditer(text):
        starts = [m.end() for m in _DENIAL_CLAUSE_START.finditer(text, 0, denial.start())]
        spans.append((max(starts, default=0), denial.end()))
    return spans


def _likened_denied(
    assertions: Assertions, index: RecordIndex, terms: tuple[Term, ...]
) -> Finding | None:
    """A claim likening items ("A, like B, does X") whose record denies X of one of them."""
    if assertions.negated:
        return None
    items = _likened_items(assertions.text)
    if len(items) < 2:
        return None
    item_stems = {t.stem for item in items for t in terms_of(item)}
    predicate = [
        t for t in terms if t.stem not in item_stems and not t.is_number and not _everyday(t)
    ]
    if not predicate:
        return None

    def covered(text: str, start: int, end: int) -> list[Term]:
        said = frozenset().union(*(w.concepts for w in terms_between(text, start, end)))
        shared = [t for t in predicate if t.concepts & said]
        return shared if len(shared) >= SINGLE_COVERAGE * len(predicate) else []

    for item in dict.fromkeys(items):
        named = re.compile(rf"\b{re.escape(item)}\b", re.IGNORECASE)
        denials = {s: _item_denials(item, s.text) for s in index.abstract_sentences}
        if any(
            named.search(s.text) and not spans and covered(s.text, 0, len(s.text))
            for s, spans in denials.items()
        ):
            continue  # a sentence affirms it of the item
        for sentence, spans in denials.items():
            text = sentence.text
            for start, end in spans:
                shared = covered(text, start, end)
                if not shared:
                    continue
                return _sentence_finding(
                    sentence,
                    _words_sharing(sentence, shared),
                    verdict=Verdict.CONTRADICTED,
                    message=f"the claim says it of {item} as of the other, but the record denies "
                    f"it of {item}: \u201c{quoted(text, 140)}\u201d",
                    claim_says=assertions.text,
                    confidence=0.7,
                )
    return None


# A claim's lay masking ("neither patients nor staff were told which dose was given",
# "participants did not know which drug they received"): a design word, left out of the claim's
# words, so its denial must meet the record's own words that they knew.
_LAY_MASKED: Final = tuple(
    re.compile(pattern, re.IGNORECASE)
    for key, pattern in lx.LAY_DESIGN_WORDS
    if key in {lx.DOUBLE_BLIND, lx.BLINDED}
)


def _allocation_known(claim: str, index: RecordIndex) -> Finding | None:
    """A claim that participants or staff did not know the allocation, against a record sentence
    saying they knew it or were told it."""
    if not any(p.search(claim) for p in _LAY_MASKED):
        return None
    for sentence in index.abstract_sentences:
        text = sentence.text
        for known in lx.ALLOCATION_KNOWN.finditer(text):
            if lx.KNOWING_DENIED_BEFORE.search(text, 0, known.start()) or re.search(
                r"\b(?:not|never)\b|n't\b", known.group()
            ):
                continue
            return _sentence_finding(
                sentence,
                [w for w in sentence.terms if known.start() <= w.start < known.end()],
                verdict=Verdict.CONTRADICTED,
                message="the claim says they did not know the allocation, but the record says "
                f"they knew it: \u201c{quoted(text, 140)}\u201d",
                claim_says=claim,
                confidence=0.7,
            )
    return None
