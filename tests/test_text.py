"""Sentences, normalisation, stems, synonyms and abbreviations on real abstract and article text."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimcheck.verification.text import (
    Sentence,
    content_stems,
    find_abbreviations,
    normalize,
    split_sentences,
    stem,
    tokens,
)

ARTICLE = Path(__file__).resolve().parent.parent / "articles" / "ketamine-therapy.txt"

METHODS_30922101 = (
    "Forty-one participants with treatment-resistant depression completed a single-site "
    "randomized double-blind crossover comparison of single infusions of ketamine and midazolam "
    "(an active placebo control). After relapse of depressive symptoms, participants received a "
    "course of six open-label ketamine infusions administered thrice weekly over 2 weeks. "
    "Responders, classified as those participants who had a ≥50% decrease in their scores on the "
    "Montgomery-Åsberg Depression Rating Scale (MADRS), received four additional infusions "
    "administered once weekly (maintenance phase)."
)


def texts(sentences: list[Sentence]) -> list[str]:
    return [s.text for s in sentences]


def assert_exact(source: str, sentences: list[Sentence]) -> None:
    for sentence in sentences:
        assert source[sentence.start : sentence.end] == sentence.text


# --- sentences ----------------------------------------------------------------------------------


def test_abstract_section_splits_into_its_three_sentences() -> None:
    sentences = split_sentences(METHODS_30922101, section="methods")
    assert_exact(METHODS_30922101, sentences)
    assert len(sentences) == 3
    assert sentences[1].text.startswith("After relapse")
    assert sentences[2].text.endswith("(maintenance phase).")
    assert {s.section for s in sentences} == {"methods"}


def test_abbreviations_decimals_and_p_values_do_not_end_sentences() -> None:
    source = (
        "Subjects evidenced significant improvement within 72 hours (i.e., mean scores decreased "
        "by 14 +/- SD 10 points vs. 0 +/- 12 points, respectively). Ketamine (.5 mg/kg) was "
        "given, e.g. to patients, as in Berman et al. 2000 and Fig. 2 (P < .05). Next sentence."
    )
    sentences = split_sentences(source)
    assert_exact(source, sentences)
    assert texts(sentences) == [
        "Subjects evidenced significant improvement within 72 hours (i.e., mean scores decreased "
        "by 14 +/- SD 10 points vs. 0 +/- 12 points, respectively).",
        "Ketamine (.5 mg/kg) was given, e.g. to patients, as in Berman et al. 2000 and Fig. 2 "
        "(P < .05).",
        "Next sentence.",
    ]


def test_sentences_may_start_with_a_number_or_a_quote() -> None:
    source = (
        "Patients received weekly injections for 3 months. 18 of the 20 patients reported "
        "reductions, and “marked improvements in functionality.” This study wasn’t "
        "placebo-controlled."
    )
    assert texts(split_sentences(source)) == [
        "Patients received weekly injections for 3 months.",
        "18 of the 20 patients reported reductions, and “marked improvements in functionality.”",
        "This study wasn’t placebo-controlled.",
    ]


def test_dotted_acronyms_end_a_sentence_only_before_a_sentence_start() -> None:
    source = (
        "It is legal in the U.S. and Canada. Approved by the U.S. Food and Drug Administration."
    )
    assert len(split_sentences(source)) == 2
    assert len(split_sentences("It is sold in the U.S. The price is high.")) == 2


def test_inline_section_labels_and_joined_sections() -> None:
    source = (
        "OBJECTIVE: To evaluate ketamine. METHODS: Forty-one participants were randomized."
        "RESULTS: Fifty-nine percent responded.CONCLUSIONS: Repeated infusions work."
    )
    sentences = split_sentences(source)
    assert_exact(source, sentences)
    assert [(s.section, s.text) for s in sentences] == [
        ("objective", "To evaluate ketamine."),
        ("methods", "Forty-one participants were randomized."),
        ("results", "Fifty-nine percent responded."),
        ("conclusions", "Repeated infusions work."),
    ]


def test_article_headings_and_paragraphs() -> None:
    article = ARTICLE.read_text(encoding="utf-8")
    sentences = split_sentences(article)
    assert_exact(article, sentences)
    found = texts(sentences)
    assert "Is Ketamine Effective for Depression?" in found
    assert "Real User Tries Ketamine" in found
    assert (
        "59% of depressed patients achieved a significant (greater than 50%) reduction in their "
        "symptoms after ketamine infusions." in found
    )
    assert (
        "Ketamine is only legal for medical use in the U.S. and we do not recommend or condone "
        "recreational ketamine use." in found
    )
    assert (
        "This study wasn’t placebo-controlled, so the results are weaker than the first one."
        in (found)
    )
    assert all("\n" not in s for s in found)


def test_wrapped_lines_join_into_one_sentence() -> None:
    source = "Ketamine was more effective\nthan placebo for anxiety, and the effect\nlasted a week."
    assert texts(split_sentences(source)) == [source]


# --- normalisation, tokens, stems ---------------------------------------------------------------


def test_normalize_unifies_quotes_dashes_spaces_and_width() -> None:
    assert normalize("“Treatment‐resistant”\u00a0depression — ＭＤＤ’s  ") == (
        '"treatment-resistant" depression - mdd\'s'
    )


def test_tokens_split_hyphens_read_negations_and_drop_possessives() -> None:
    assert tokens("Ketamine’s effects didn’t last—treatment-resistant, 0.5 mg/kg; can't") == [
        "ketamine", "effects", "did", "not", "last", "treatment", "resistant", "0.5", "mg", "kg",
        "can", "not",
    ]  # fmt: skip


def test_stem_folds_british_spelling() -> None:
    assert stem("randomised") == stem("randomized")
    assert stem("generalised") == stem("generalized")
    assert stem("anaesthetic") == stem("anesthetic")
    assert stem("behaviour") == stem("behavior")
    assert stem("participants") == stem("participant")


# --- content stems and synonyms -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("ketamine IV", "intravenous ketamine"),
        ("ketamine infusions", "intravenous ketamine"),
        ("participants", "patients"),
        ("subjects", "individuals"),
        ("side effects", "adverse events"),
        ("depressive symptoms", "depression symptoms"),
        ("efficacy", "effective"),
        ("reduced scores", "decreased scores"),
        ("a decline in scores", "lower scores"),
        ("elevated blood pressure", "increased blood pressure"),
        ("randomised trial", "randomized study"),
        ("analgesia", "pain"),
        ("statistically significant", "significantly"),
        ("anxiolytic", "anxiety"),
        ("treatment-refractory", "treatment-resistant"),
        ("MDD", "depression"),
    ],
)
def test_synonyms_share_a_stem(a: str, b: str) -> None:
    assert sorted(content_stems(a)) == sorted(content_stems(b))


def test_content_stems_drop_stopwords_and_numbers() -> None:
    assert content_stems(
        "The researchers found that one single ketamine infusion was more effective than the "
        "pharma drug, in 20 of the 41 patients"
    ) == ["research", "found", "singl", "ketamin", "intraven", "efficaci", "pharma", "drug",
          "patient"]  # fmt: skip


def test_content_stems_expand_abbreviations_defined_in_the_abstract() -> None:
    defined = find_abbreviations(
        "ketamine in patients with treatment-refractory generalized anxiety disorder (GAD) and/or "
        "social anxiety disorder (SAD)"
    )
    assert content_stems("GAD/SAD patients", defined) == content_stems(
        "generalized anxiety disorder and social anxiety disorder patients"
    )
    assert "sad" not in content_stems("SAD", defined)


# --- abbreviations ------------------------------------------------------------------------------


def test_article_abbreviations() -> None:
    found = find_abbreviations(ARTICLE.read_text(encoding="utf-8"))
    assert found["fda"] == "food and drug administration"
    assert found["nmda"] == "n methyl d aspartate"
    assert found["hcn1"] == "hyperpolarization activated cyclic nucleotide gated cationic"
    assert found["sad"] == "social anxiety disorder"


@pytest.mark.parametrize(
    ("source", "short", "long"),
    [
        ("treatment-resistant depression (TRD)", "trd", "treatment resistant depression"),
        ("Montgomery-Åsberg Depression Rating Scale (MADRS)", "madrs",
         "montgomery-åsberg depression rating scale".replace("-", " ")),
        ("N-methyl-D-aspartate receptor (NMDAR) inhibition", "nmdar",
         "n methyl d aspartate receptor"),
        ("in the medial prefrontal cortex (mPFC).", "mpfc", "medial prefrontal cortex"),
        ("eukaryotic elongation factor 2 (eEF2)", "eef2", "eukaryotic elongation factor 2"),
        ("glycogen synthase kinase-3 (GSK-3)", "gsk-3", "glycogen synthase kinase 3"),
        ("randomized controlled trials (RCTs)", "rcts", "randomized controlled trials"),
    ],
)  # fmt: skip
def test_find_abbreviations(source: str, short: str, long: str) -> None:
    assert find_abbreviations(source)[short] == long


def test_parentheses_that_define_nothing() -> None:
    assert (
        find_abbreviations(
            "ketamine (2019) and midazolam (an active placebo control), (n = 20), (i.e.), "
            "GABA (Gad1) interneurons, psychiatric (mental) effects"
        )
        == {}
    )


# --- arbitrary text -----------------------------------------------------------------------------

_PIECES = st.sampled_from(
    [
        "Ketamine",
        " works",
        ".",
        ". ",
        "? ",
        "! ",
        "e.g. ",
        "vs. ",
        "et al. ",
        "U.S. ",
        "0.5",
        " (",
        ")",
        "\n",
        "\n\n",
        "METHODS: ",
        "RESULTS:",
        "”",
        "“",
        "18 of 20",
        " P < .05",
        "Fig. 2",
        "J. Smith",
        "  ",
        "a",
        "A",
        "\u00a0",
        "...",
        ":",
        "-",
        "i.e.,",
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.text(max_size=200), st.lists(_PIECES, max_size=40).map("".join)))
def test_split_sentences_never_crashes_and_spans_hold(source: str) -> None:
    sentences = split_sentences(source)
    previous_end = 0
    for sentence in sentences:
        assert source[sentence.start : sentence.end] == sentence.text
        assert sentence.text and sentence.text == sentence.text.strip()
        assert sentence.start >= previous_end
        previous_end = sentence.end
    covered = "".join(s.text for s in sentences)
    assert len(covered.split()) <= len(source.split()) + len(sentences)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=200))
def test_word_functions_never_crash(source: str) -> None:
    for token in tokens(source):
        assert token == token.lower() and token.strip() == token
    content_stems(source, find_abbreviations(source))
    assert normalize(normalize(source)) == normalize(source)
