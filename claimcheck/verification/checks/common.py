"""What every check shares: lexical retrieval over a record's sentences, and evidence builders.

Retrieval is BM25-like: a claim term's weight is its inverse document frequency over the
record's sentences (title included), so words that are everywhere in the record ("ketamine")
weigh little and specific ones weigh much. *Coverage* is the weighted share of the claim's terms
a sentence (or a pair of sentences) contains; a term absent from the whole record weighs most.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from claimcheck.pubmed.model import PubMedRecord
from claimcheck.report.model import Evidence
from claimcheck.verification.index import (
    IndexedSentence,
    RecordIndex,
    Term,
    surface_words,
    terms_of,
)
from claimcheck.verification.lexicon import (
    BODY_WORDS,
    GENERIC_WORDS,
    JUDGEMENT_WORDS,
    SCOPE_WORDS,
)
from claimcheck.verification.text import english_commonness

# A claim word matched only through a broad meaning group ("improving" ~ "efficacy") counts
# for this much of its weight: related, but not the same word.
BROAD_MATCH = 0.5

# What the title names ("Chromatium flavocytochrome C552") is what every abstract sentence is
# about, even one that calls it "the intact protein": a claim word found in the title counts for
# this much in any abstract sentence that lacks it.
TITLE_CREDIT = 0.7

# A term in at least this share of the record's sentences is the record's topic: matching it
# says nothing about whether a sentence is about the claim's particular point.
TOPIC_SHARE = 0.5

# Everyday words ("brought", "said", "kind") weigh this share of what their rarity would give
# them: a paraphrase swaps them freely, so missing one must not sink a claim.
GENERIC_WEIGHT = 0.15
GENERIC_STEMS: frozenset[str] = frozenset(t.stem for t in terms_of(" ".join(sorted(GENERIC_WORDS))))


@dataclass(frozen=True, slots=True)
class Hit:
    sentence: IndexedSentence
    score: float  # BM25-like relevance
    coverage: float  # weighted share of the claim terms found, in [0, 1]
    matched: tuple[Term, ...]  # the claim terms found
    words: tuple[Term, ...]  # the sentence words that matched (for highlighting)
    strengths: tuple[float, ...] = ()  # per matched term: 1 exact, BROAD_MATCH via a group


def narrow(term: Term) -> frozenset[str]:
    """A term's own concepts without its broad synonym groups ("~efficacy"): groups help a word
    *match*, but must not make a specific word ("responded") look as common as its group."""
    return _narrow(term.concepts)


@lru_cache(maxsize=65536)
def _narrow(concepts: frozenset[str]) -> frozenset[str]:
    own = frozenset(c for c in concepts if not c.startswith("~"))
    return own or concepts


def weight(index: RecordIndex, term: Term) -> float:
    idf = index.idf(narrow(term))
    if term.stem in GENERIC_STEMS:
        return idf * GENERIC_WEIGHT
    if index.document_frequency(term.concepts) == 0:
        return idf * absent_word_factor(term.text)
    return idf


# An unseen paraphrase brings words the record never uses. The record's entities are rare words
# ("etomidate", "melatonin") and keep their full weight when missing; everyday English words
# ("held up", "split evenly", "told apart") are how a writer rewords, so their absence is graded
# by how common they are in English: Zipf >= COMMON_ZIPF weighs GENERIC_WEIGHT, <= RARE_ZIPF all.
COMMON_ZIPF = 4.3
RARE_ZIPF = 3.0


@lru_cache(maxsize=65536)
def absent_word_factor(word: str) -> float:
    if any(p.fullmatch(word) for p in (SCOPE_WORDS, JUDGEMENT_WORDS, BODY_WORDS)):
        return 1.0
    zipf = english_commonness(word)
    if zipf >= COMMON_ZIPF:
        return GENERIC_WEIGHT
    if zipf <= RARE_ZIPF:
        return 1.0
    share = (zipf - RARE_ZIPF) / (COMMON_ZIPF - RARE_ZIPF)
    return 1.0 - share * (1.0 - GENERIC_WEIGHT)


def is_topic(index: RecordIndex, term: Term, *, share: float = TOPIC_SHARE) -> bool:
    n = len(index.sentences)
    return n > 2 and index.document_frequency(narrow(term)) >= share * n


def in_record(index: RecordIndex, term: Term) -> bool:
    return index.document_frequency(term.concepts) > 0


def sentence_words(sentence: IndexedSentence, terms: Iterable[Term]) -> tuple[Term, ...]:
    wanted = frozenset(c for t in terms for c in t.concepts)
    return tuple(w for w in sentence.terms if w.concepts & wanted)


_RECENT_SIZE = 16
_local = threading.local()


def retrieve(
    index: RecordIndex,
    terms: Sequence[Term],
    *,
    abstract_only: bool = False,
    title_credit: bool = False,
) -> list[Hit]:
    """Sentences ranked by relevance to ``terms`` (ties: reading order). Empty for no terms.

    Several checks of one claim ask the same question; the last few answers are kept."""
    if not terms:
        return []
    recent: dict[tuple[int, tuple[Term, ...], bool, bool], tuple[RecordIndex, list[Hit]]]
    recent = _local.__dict__.setdefault("recent", {})  # per thread: no locking needed
    key = (id(index), tuple(terms), abstract_only, title_credit)
    cached = recent.get(key)
    if cached is not None and cached[0] is index:
        return list(cached[1])
    hits = _retrieve(index, terms, abstract_only, title_credit)
    if len(recent) >= _RECENT_SIZE:
        recent.pop(next(iter(recent)))
    recent[key] = (index, hits)
    return list(hits)


def _retrieve(
    index: RecordIndex, terms: Sequence[Term], abstract_only: bool, title_credit: bool
) -> list[Hit]:
    weights = [weight(index, t) for t in terms]
    total = sum(weights) or 1.0
    title = _title_concepts(index) if title_credit else frozenset()
    # Per term, read once: its own concepts, all of them, and whether the title names it
    # exactly (what ``strength`` weighs, without building a set per sentence and term).
    reads = [
        (t, w, narrow(t), t.concepts, strength(t, title) == 1.0)
        for t, w in zip(terms, weights, strict=True)
    ]
    hits = []
    for sentence in index.sentences:
        in_abstract = sentence.in_abstract
        if abstract_only and not in_abstract:
            continue
        concepts = sentence.concepts | sentence.labelled if sentence.labelled else sentence.concepts
        pairs = []
        for t, w, own, every, titled in reads:
            if not own.isdisjoint(concepts):
                pairs.append((t, w, 1.0))
            elif not every.isdisjoint(concepts):
                pairs.append((t, w, BROAD_MATCH))
            elif in_abstract and titled:
                pairs.append((t, w, TITLE_CREDIT))
        if not pairs:
            continue
        found = sum(w * k for _, w, k in pairs)
        matched = tuple(t for t, _, _ in pairs)
        # Mild length normalisation: long sentences match more by chance.
        length = max(len(sentence.terms), 1)
        score = found * 1.25 / (1.0 + 0.25 * min(length / 20.0, 3.0))
        hits.append(
            Hit(
                sentence,
                score,
                found / total,
                matched,
                sentence_words(sentence, matched),
                tuple(k for _, _, k in pairs),
            )
        )
    hits.sort(key=lambda h: (-h.score, h.sentence.position))
    return hits


def _title_concepts(index: RecordIndex) -> frozenset[str]:
    first = index.sentences[0] if index.sentences else None
    return first.concepts if first is not None and not first.in_abstract else frozenset()


def strength(term: Term, concepts: frozenset[str]) -> float:
    """How well a sentence with ``concepts`` matches ``term``: 1, BROAD_MATCH or 0."""
    if narrow(term) & concepts:
        return 1.0
    return BROAD_MATCH if term.concepts & concepts else 0.0


def pair_coverage(index: RecordIndex, terms: Sequence[Term], first: Hit, second: Hit) -> float:
    total = sum(weight(index, t) for t in terms) or 1.0
    best: dict[str, tuple[Term, float]] = {}
    for hit in (first, second):
        for term, credit in zip(hit.matched, hit.strengths, strict=True):
            if credit > best.get(term.stem, (term, 0.0))[1]:
                best[term.stem] = (term, credit)
    return sum(weight(index, t) * k for t, k in best.values()) / total


def missing_terms(terms: Sequence[Term], hits: Sequence[Hit]) -> list[Term]:
    found = {t.stem for h in hits for t in h.matched}
    return [t for t in terms if t.stem not in found]


def sentence_evidence(
    sentence: IndexedSentence, words: Iterable[Term] = (), extra: Iterable[str] = ()
) -> Evidence:
    """Evidence quoting one record sentence, with its span in ``abstract_text``."""
    highlighted = surface_words(words)
    highlighted += [w for w in extra if w not in highlighted]
    return Evidence(
        sentence=sentence.text,
        span=sentence.span,
        section=sentence.section,
        matched_terms=highlighted,
    )


def metadata_evidence(text: str, field: str, matched: Iterable[str] = ()) -> Evidence:
    """Evidence from record metadata (no span: it is not abstract text)."""
    return Evidence(sentence=text, span=None, section=field, matched_terms=list(matched))


def quoted(text: str, limit: int = 160) -> str:
    """A sentence shortened for a message (whole words, an ellipsis when cut)."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0]
    return f"{cut} …"


def words_list(terms: Iterable[Term]) -> str:
    return ", ".join(dict.fromkeys(t.text.lower() for t in terms))


def indexing_concepts(record: PubMedRecord) -> frozenset[str]:
    """Concepts of the names indexers gave the work: its MeSH headings and keywords."""
    words = " ".join([*(h.descriptor for h in record.mesh_headings), *record.keywords])
    return frozenset(c for t in terms_of(words) for c in t.concepts)


def record_vocabulary(record: PubMedRecord, index: RecordIndex) -> frozenset[str]:
    """Every concept the record names anywhere: its title and abstract sentences, MeSH headings
    and keywords (computed once per record)."""
    return index.memo(
        "record-vocabulary",
        lambda: (
            frozenset(c for s in index.sentences for c in s.concepts) | indexing_concepts(record)
        ),
    )
