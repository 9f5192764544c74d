"""Round 25 (speed): the faster paths read exactly what the plain ones did.

Each test keeps the plain version of a hot path as the reference and checks the fast one gives
the same answer on texts of several kinds (phrase words, compounds, isotopes, abbreviations).
"""

from __future__ import annotations

import re

from claimcheck.pubmed.model import AbstractSection, MeshHeading, PubMedRecord
from claimcheck.verification import index as ix
from claimcheck.verification.checks import common
from claimcheck.verification.text import canonical_stems, stem

TEXTS = (
    "Adverse events were less frequent with the lower dose than with placebo.",
    "Side effects occurred more often in never-users than in those who had used it daily.",
    "Patients in the top quartile of intake had fewer short-term relapses (HR 0.71).",
    "Uptake of 18F-fluorodeoxyglucose rose within 2 weeks of the first infusion.",
    "Non-users and those with no prior use were pooled; rarely, the bottom quintile dropped out.",
    "Blood pressure fell before surgery, and high blood pressure returned after discharge.",
    "Long term follow-up of cryopreserved cells in freezing solutions showed little damage.",
    "The anti-TPO titres of men who never used the drug were unchanged.",
    "",
    "No numbers here at all, only words",
    "Twenty of 40 (50%) and 20 of 40 (50%) were women and men.",
)


def _plain_phrase_words(text: str) -> list[tuple[int, int, str]]:
    """The phrase-word pass as it read before round 25: every phrase word's cues tested."""
    found = [(m.start(), m.end(), f"{m.group(1).lower()}term") for m in ix._COMPOUND.finditer(text)]
    for match in ix._TIME_PHRASE.finditer(text):
        when = " ".join((match["when"] or match["prefix"]).lower().split())
        key = f"{ix._TIME_KEY}{ix._TIME_PREFIX[when]}:{match['what'].lower()}"
        found.append((match.start(), match.end(), key))
    lowered = text.lower()
    isotopes = ix._ISOTOPE.finditer(text) if any(c.isdigit() for c in text) else ()
    for match in isotopes:
        groups = [g for g in match.groups() if g]
        number = next(g for g in groups if g.isdigit())
        name = next(g for g in groups if not g.isdigit()).lower()
        found.append((match.start(), match.end(), f"isotope{number}{ix._ELEMENTS.get(name, name)}"))
    if isotopes:
        for match in ix._STEREO_NAME.finditer(text):
            locants = re.sub(r"[\s,]", "", match[1]).lower()
            found.append((match.start(), match.end(), f"{locants}{match[2].lower()}"))
    for cues, pattern, key in ix._PHRASE_WORDS:
        if any(cue in lowered for cue in cues):
            found.extend((m.start(), m.end(), key) for m in pattern.finditer(text))
    kept: list[tuple[int, int, str]] = []
    for span in found:
        if not any(span[0] < end and start < span[1] for start, end, _ in kept):
            kept.append(span)
    return kept


def test_phrase_words_match_the_plain_pass() -> None:
    for text in TEXTS:
        assert ix._phrase_words(text) == _plain_phrase_words(text), text


def test_every_phrase_word_cue_is_indexed_once() -> None:
    cues = {cue for cues, _, _ in ix._PHRASE_WORDS for cue in cues}
    assert set(ix._PHRASE_CUES) == cues
    for cue, positions in ix._PHRASE_CUES.items():
        assert list(positions) == sorted(set(positions))
        assert all(cue in ix._PHRASE_WORDS[i][0] for i in positions)


def test_canonical_phrase_reads_as_the_synonym_table() -> None:
    for phrase in ("blood pressure", "high blood pressure", "heart attack", "side effects",
                   "adverse events", "blood sugar level", "quality of life"):  # fmt: skip
        stems = tuple(stem(w) for w in phrase.split())
        folded = canonical_stems(list(stems))
        assert ix._canonical(stems) == (folded[0] if len(folded) == 1 else None)


def _record() -> PubMedRecord:
    return PubMedRecord(
        pmid="1",
        title="Low-dose melatonin and sleep onset in older adults with insomnia",
        abstract=[
            AbstractSection(
                label=None,
                text=(
                    "We randomised 120 older adults with insomnia (OAI) to melatonin or placebo. "
                    "Sleep onset latency fell by 12 minutes with melatonin. "
                    "Adverse events were rare and mild in both groups. "
                    "OAI taking placebo reported no change in daytime sleepiness."
                ),
            )
        ],
    )


def _plain_retrieve(
    index: ix.RecordIndex, terms: list[ix.Term], abstract_only: bool, title_credit: bool
) -> list[tuple[int, float, float, tuple[str, ...], tuple[float, ...]]]:
    weights = [common.weight(index, t) for t in terms]
    total = sum(weights) or 1.0
    title = common._title_concepts(index) if title_credit else frozenset()
    out = []
    for sentence in index.sentences:
        if abstract_only and not sentence.in_abstract:
            continue
        concepts = sentence.concepts | sentence.labelled
        pairs = []
        for t, w in zip(terms, weights, strict=True):
            k = common.strength(t, concepts) or (
                common.TITLE_CREDIT
                if sentence.in_abstract and common.strength(t, title) == 1.0
                else 0.0
            )
            if k > 0:
                pairs.append((t, w, k))
        if not pairs:
            continue
        found = sum(w * k for _, w, k in pairs)
        length = max(len(sentence.terms), 1)
        score = found * 1.25 / (1.0 + 0.25 * min(length / 20.0, 3.0))
        strengths = tuple(k for _, _, k in pairs)
        out.append((sentence.position, score, found / total, tuple(t.stem for t, _, _ in pairs),
                    strengths))  # fmt: skip
    out.sort(key=lambda h: (-h[1], h[0]))
    return out


def test_retrieval_scores_as_the_plain_strength_loop() -> None:
    index = ix.build_index(_record())
    for claim in ("Melatonin shortened the time to fall asleep in elderly insomniacs",
                  "Side effects were uncommon with low-dose melatonin",
                  "Daytime sleepiness did not change on placebo",
                  "Melatonin cured insomnia in children"):  # fmt: skip
        terms = [t for t in ix.terms_of(claim) if not t.is_number]
        for abstract_only in (False, True):
            for title_credit in (False, True):
                fast = [
                    (h.sentence.position, h.score, h.coverage, tuple(t.stem for t in h.matched),
                     h.strengths)
                    for h in common._retrieve(index, terms, abstract_only, title_credit)
                ]  # fmt: skip
                assert fast == _plain_retrieve(index, terms, abstract_only, title_credit)


def test_document_frequency_counts_sentences_sharing_a_concept() -> None:
    index = ix.build_index(_record())
    for word in ("melatonin", "placebo", "insomnia", "zebra"):
        concepts = ix.terms_of(word)[0].concepts
        expected = sum(1 for s in index.sentences if concepts & s.concepts)
        assert index.document_frequency(concepts) == expected
        assert index.document_frequency(concepts) == expected  # from the memo


def _plain_terms(text: str, abbreviations: dict[str, str] | None) -> list[ix.Term]:
    """Words as read before round 25: every word tested against every phrase span."""
    compounds = ix._phrase_words(text)
    out: list[ix.Term] = []
    content: list[tuple[str, int, int]] = []
    for c_start, c_end, key in compounds:
        if key.startswith(ix._TIME_KEY):
            own, concepts = ix._timed_word(key)
            out.append(ix.Term(text[c_start:c_end], own, c_start, c_end, False, concepts))
            continue
        concepts = (
            frozenset({key, *ix._GROUPS_OF.get(key, ())})
            if key.endswith(("term", "quartile", "quintile")) or key.startswith("isotope")
            else ix._phrase_concepts(key)
        )
        out.append(ix.Term(text[c_start:c_end], key, c_start, c_end, False, concepts))
    for m in ix._WORD.finditer(text):
        surface, start, end = m.group(), m.start(), m.end()
        if any(c_start <= start < c_end for c_start, c_end, _ in compounds):
            ix._flush(content, text, abbreviations, out)
            continue
        lower = surface.lower()
        if ix._is_number(lower):
            ix._flush(content, text, abbreviations, out)
            out.append(ix.Term(surface, lower, start, end, True, frozenset()))
            continue
        if (
            lower in ix.STOPWORDS
            or lower in ix._CONTRACTED
            or lower in ix._UNIT_WORDS
            or len(lower) < 2
        ):
            ix._flush(content, text, abbreviations, out)
            continue
        content.append((lower, start, end))
    ix._flush(content, text, abbreviations, out)
    out.sort(key=lambda t: t.start)
    return ix._compound_readings(text, out)


def test_terms_match_the_plain_word_loop() -> None:
    abbreviations = {"oai": "older adults with insomnia", "hr": "hazard ratio"}
    for text in TEXTS:
        for given in (None, abbreviations):
            assert ix._terms(text, given) == _plain_terms(text, given), text


def test_whole_text_is_read_only_for_a_heading_to_compare() -> None:
    calls: list[int] = []

    def read_text() -> frozenset[str]:
        calls.append(1)
        return frozenset()

    assert ix._subject_concepts(_record(), read_text) == frozenset()
    assert calls == []  # no MeSH headings: nothing to compare the text with

    names = ("Humans", "Aged", "Melatonin", "Circadian Rhythm")
    headed = _record().model_copy(
        update={"mesh_headings": [MeshHeading(descriptor=name) for name in names]}
    )
    text = f"{headed.title} {headed.abstract_text}"
    eager = ix._text_concepts(text, {})
    read = ix._subject_concepts(headed, lambda: calls.append(1) or eager)
    assert calls == [1]  # read once for all the headings
    assert "melatonin" not in read  # the text names it already
    assert read  # "circadian rhythm": the text never uses its words
