"""Round 20: lay and reporting paraphrases of true claims that support had called unmentioned."""

from __future__ import annotations

import pytest

from claimcheck.pubmed.model import AbstractSection, PubMedRecord
from claimcheck.report.model import Verdict
from claimcheck.verification import lexicon as lx
from claimcheck.verification.engine import verify
from claimcheck.verification.index import terms_of
from claimcheck.verification.text import content_stems


def _concepts(text: str) -> set[str]:
    return {c for t in terms_of(text) for c in t.concepts}


@pytest.mark.parametrize(
    ("lay", "technical"),
    [
        ("a calcium channel blocker", "a calcium channel antagonist"),
        ("the people who responded", "the people with a response"),
        ("most responders", "most who respond"),
        ("herbicide sprayers", "herbicide applicators"),
        ("the freezing mix", "the cryosolution"),
        ("a freezing medium", "a cryosolution"),
    ],
)
def test_lay_and_technical_words_fold_to_one_stem(lay: str, technical: str) -> None:
    assert content_stems(lay)[-1] == content_stems(technical)[-1]


@pytest.mark.parametrize(("word", "other"), [("freezing", "cryosolution"), ("spray", "sprayer")])
def test_a_single_everyday_word_keeps_its_own_stem(word: str, other: str) -> None:
    # "freezing" alone is the act, not the solution; "spray" is not the person spraying
    assert content_stems(word) != content_stems(other)


@pytest.mark.parametrize(
    ("lay", "record"),
    [
        ("fifth", "quintile"),
        ("quarter", "quartile"),
        ("third", "tertile"),
        ("tenth", "decile"),
        ("typical", "median"),
        ("rewarding", "reinforcing"),
        ("strongly", "potently"),
    ],
)
def test_lay_word_shares_a_concept_with_the_record_word(lay: str, record: str) -> None:
    assert _concepts(lay) & _concepts(record)


@pytest.mark.parametrize(("word", "other"), [("fifth", "quartile"), ("typical", "mean")])
def test_a_lay_word_does_not_meet_a_different_measure(word: str, other: str) -> None:
    assert not _concepts(word) & _concepts(other)


@pytest.mark.parametrize(
    ("claim", "key"),
    [
        ("they sifted 1,200 records", "sifted"),
        ("combing the published literature", "sifted"),
        ("the team trawled through old trial reports", "sifted"),
        ("its misuse risk is high", "abusepotential"),
        ("the risk of addiction limits it", "abusepotential"),
        ("heart and nerve side effects", "neurological"),
        ("a little studied question", "limited"),
    ],
)
def test_phrases_read_as_one_word(claim: str, key: str) -> None:
    assert key in _concepts(claim)


@pytest.mark.parametrize(
    "everyday",
    ["a little girl", "nerve conduction was slowed", "the abuse potential", "the comb was sterile"],
)
def test_phrase_words_leave_other_uses_alone(everyday: str) -> None:
    assert not _concepts(everyday) & {"limited", "neurological", "abusepotential", "sifted"}


@pytest.mark.parametrize(
    ("claim", "framing"),
    [
        ("a case-control study nested within two registries", "nested within"),
        ("most cells were already dead before thawing", "already"),
        ("the authors argued that the drug is safe", "argued"),
        ("the panel judged that evidence was weak", "judged"),
        ("animal data point to a role for zinc", "point to"),
    ],
)
def test_framing_words_are_recognised(claim: str, framing: str) -> None:
    spans = [m.group(0).lower() for m in lx.FRAMING.finditer(claim)]
    spans += [m.group(0).lower() for m in lx.SOURCE_FRAMING.finditer(claim)]
    assert any(framing in span for span in spans)


@pytest.mark.parametrize(
    "claim",
    [
        "the review warns that the drug should be avoided",
        "researchers cautioned that the test misleads",
        "patients were already taking statins",
        "the score rose by three points to 12",
        "the nested design was new",
    ],
)
def test_stance_scope_and_score_words_are_not_framing(claim: str) -> None:
    spans = [m.group(0) for m in lx.FRAMING.finditer(claim)]
    spans += [m.group(0) for m in lx.SOURCE_FRAMING.finditer(claim)]
    assert not spans


def _record(abstract: str) -> PubMedRecord:
    return PubMedRecord(
        pmid="1",
        title="Zinc supplements in older adults",
        abstract=[AbstractSection(text=abstract)],
    )


_ABSTRACT = (
    "We searched MEDLINE and Embase and identified 412 articles, 23 of which met the inclusion "
    "criteria. Zinc supplementation was associated with lower rates of pneumonia in nursing-home "
    "residents. Seventy percent of residents met response criteria, with a median of two weeks "
    "required before response. The use of high-dose zinc is limited by its abuse potential and "
    "gastrointestinal side effects."
)


@pytest.mark.parametrize(
    "claim",
    [
        "The reviewers sifted 412 articles and kept 23.",
        "Seventy percent of residents responded, typically after two weeks.",
        "The misuse risk and gastrointestinal side effects of high-dose zinc limit its use.",
    ],
)
def test_true_paraphrases_are_supported(claim: str) -> None:
    assert verify(claim, _record(_ABSTRACT)).verdict is Verdict.SUPPORTED


@pytest.mark.parametrize(
    "claim",
    [
        "The reviewers sifted 412 articles and kept 40.",
        "Ninety percent of residents responded, typically after two weeks.",
        "The misuse risk of high-dose zinc has not been studied.",
        "Use of low-dose zinc is limited by its misuse risk.",
    ],
)
def test_wrong_paraphrases_are_not_supported(claim: str) -> None:
    assert verify(claim, _record(_ABSTRACT)).verdict is not Verdict.SUPPORTED
