"""Reading articles, anchoring claims in them, and listing research sentences no claim covers."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claimcheck.claims.article import (
    Article,
    find_passage,
    locate,
    read_article,
    uncovered_sentences,
)
from claimcheck.claims.research_sentences import Sentence, research_reasons, split_sentences
from claimcheck.errors import InputError
from claimcheck.report.model import ArticleLocation

REPO = Path(__file__).resolve().parents[1]
KETAMINE = REPO / "articles" / "ketamine-therapy.txt"
KETAMINE_LINES = KETAMINE.read_text(encoding="utf-8").splitlines()

THIRTY_EIGHT = (
    'A 2019 medical review on ketamine for depression documented that "acute psychiatric" side '
    "effects were described in 38% of studies, and 72% of studies referenced dissociative side "
    "effects."
)


@pytest.fixture(scope="module")
def ketamine() -> Article:
    return read_article(KETAMINE)


def where(location: ArticleLocation | None) -> tuple[int, int] | None:
    return (location.line, location.column) if location else None


def column_in_file(line: int, fragment: str) -> int:
    """1-based column of ``fragment`` in the article as stored (curly quotes and all)."""
    return KETAMINE_LINES[line - 1].index(fragment) + 1


# --- anchoring in the ketamine article -------------------------------------------------------


def test_exact_passage_at_its_line_and_column(ketamine: Article) -> None:
    location = locate(ketamine, "59% of depressed patients")
    assert location == ArticleLocation(path=str(KETAMINE), line=20, column=1)


def test_straight_apostrophe_finds_curly_apostrophe(ketamine: Article) -> None:
    passage = "patients who didn't respond to pharmaceutical antidepressants"
    assert "didn't" not in KETAMINE.read_text(encoding="utf-8")  # the article has didn’t
    assert where(locate(ketamine, passage)) == (24, column_in_file(24, "patients who didn’t"))
    assert where(locate(ketamine, passage)) == (24, 285)


def test_straight_double_quotes_find_curly_ones(ketamine: Article) -> None:
    passage = '"marked improvements in functionality and in their personal lives."'
    assert where(locate(ketamine, passage)) == (74, column_in_file(74, "“marked"))


def test_case_whitespace_and_dashes_are_folded(ketamine: Article) -> None:
    passage = "18  OF THE 20 patients\nstudied reported   significant reductions"
    assert where(locate(ketamine, passage)) == (74, column_in_file(74, "18 of the 20"))
    dashed = "psychotherapy for depression and other mental conditions like PTSD — ketamine"
    assert locate(ketamine, dashed) is None  # folding does not invent words
    assert where(locate(ketamine, "up‑to‑date on our research reviews")) == (88, 6)
    assert where(locate(ketamine, "up – to — date on our research")) == (88, 6)


def test_trailing_punctuation_of_the_passage_is_forgiven(ketamine: Article) -> None:
    passage = "Medical trials as far back as the year 2000 show ketamine to be effective."
    match = find_passage(ketamine, passage)
    assert match is not None and match.exact
    assert where(ketamine.location(match.start)) == (22, 1)


def test_shortened_text_anchors_by_its_words_within_one_sentence(ketamine: Article) -> None:
    shortened = (
        "59% of depressed patients achieved a significant reduction in their symptoms "
        "after ketamine infusions"
    )
    match = find_passage(ketamine, shortened)
    assert match is not None and not match.exact
    assert where(ketamine.location(match.start)) == (20, 1)
    assert ketamine.text[match.start : match.end].endswith("after ketamine infusions")


def test_words_spread_over_sentences_do_not_anchor(ketamine: Article) -> None:
    # Every word is in the article, in this order, but not within one sentence.
    assert locate(ketamine, "ketamine infusions study sponsored Canadian university") is None
    assert locate(ketamine, "ketamine cures all cancers") is None
    assert locate(ketamine, "depression ketamine") is None  # too few words to anchor loosely


def test_words_scattered_across_a_long_sentence_do_not_anchor(ketamine: Article) -> None:
    # All in order within the sentence of line 52, but spread over most of it.
    assert locate(ketamine, "review ketamine documented side studies") is None


# --- uncovered research sentences -------------------------------------------------------------


def test_uncovered_with_no_claims_lists_research_sentences(ketamine: Article) -> None:
    uncovered = uncovered_sentences(ketamine, [])
    by_text = {sentence.text: sentence for sentence in uncovered}
    assert THIRTY_EIGHT in by_text
    thirty_eight = by_text[THIRTY_EIGHT]
    assert (thirty_eight.line, thirty_eight.column) == (52, column_in_file(52, "A 2019"))
    assert "states a percentage (38%)" in thirty_eight.reason
    assert "names a year (2019)" in thirty_eight.reason
    proportion = next(s for s in uncovered if s.text.startswith("18 of the 20"))
    assert "states a proportion" in proportion.reason
    trial = next(s for s in uncovered if s.text.startswith("A placebo-controlled"))
    assert "describes a study design (placebo-controlled)" in trial.reason
    assert 'cites a study ("according to"' in next(
        s.reason for s in uncovered if s.text.startswith("According to a medical review")
    )


def test_uncovered_excludes_disclaimer_questions_headings_and_plain_prose(
    ketamine: Article,
) -> None:
    texts = [sentence.text for sentence in uncovered_sentences(ketamine, [])]
    assert not any(text.startswith("Disclaimer") for text in texts)
    assert not any("medical advice" in text for text in texts)
    assert not any(text.endswith("?") for text in texts)
    for heading in (
        "Ketamine Side Effects",
        "Real User Tries Ketamine",
        "Stay up-to-date on our research reviews",
    ):
        assert heading not in texts
    assert not any(text.startswith("Heart rate and blood pressure") for text in texts)
    assert not any(text.startswith("We will conclude") for text in texts)
    # "an increasing number of medical studies" and an FDA date are not findings
    assert not any(text.startswith("It was approved by the Food") for text in texts)


def test_a_claim_quote_covers_its_sentence(ketamine: Article) -> None:
    quote = '"acute psychiatric" side effects were described in 38% of studies'
    texts = [sentence.text for sentence in uncovered_sentences(ketamine, [quote])]
    assert THIRTY_EIGHT not in texts
    assert len(texts) == len(uncovered_sentences(ketamine, [])) - 1


def test_a_claim_location_covers_its_sentence(ketamine: Article) -> None:
    inside = ArticleLocation(path=str(KETAMINE), line=52, column=200)
    texts = [sentence.text for sentence in uncovered_sentences(ketamine, [inside])]
    assert THIRTY_EIGHT not in texts
    elsewhere = ArticleLocation(path=str(KETAMINE), line=52, column=1)
    texts = [sentence.text for sentence in uncovered_sentences(ketamine, [elsewhere])]
    assert THIRTY_EIGHT in texts  # line 52 column 1 is the sentence before it


def test_unfound_claims_cover_nothing(ketamine: Article) -> None:
    everything = uncovered_sentences(ketamine, [])
    assert uncovered_sentences(ketamine, ["no such passage at all here", ""]) == everything


# --- formats --------------------------------------------------------------------------------

HTML = """<!DOCTYPE html>
<html><head><title>Ketamine 59% of studies</title>
<style>p::before { content: "38% of studies found" }</style>
<script>var claim = "72% of studies referenced";</script></head>
<body>
<h1>Does Ketamine Work?</h1>
<p>The researchers found that <b>59%</b> of patients &amp; carers
improved &mdash; a &ldquo;significant&rdquo; change.</p>
<script type="text/javascript">document.write("The trial showed 99% of readers agree.")</script>
<noscript>A 2020 study found 42% of browsers lack JavaScript.</noscript>
<div>Tail <!-- The study found 13% --> text of a review that showed 5 of 8 patients improved.</div>
</body></html>
"""


@pytest.fixture
def html_article(tmp_path: Path) -> Article:
    path = tmp_path / "article.html"
    path.write_text(HTML, encoding="utf-8")
    return read_article(path)


def test_html_text_has_no_script_style_or_comments(html_article: Article) -> None:
    text = html_article.text
    assert html_article.format == "html"
    for hidden in (
        "99% of readers",
        "72% of studies",
        "38% of studies",
        "42% of browsers",
        "13%",
        "Ketamine 59%",
        "content:",
    ):
        assert hidden not in text
    assert "59% of patients & carers improved — a “significant” change." in text
    assert "Tail text of a review" in text
    assert text.startswith("Does Ketamine Work?\n\n")


def test_html_locations_point_into_the_source(html_article: Article) -> None:
    lines = HTML.splitlines()
    assert where(locate(html_article, "59% of patients")) == (7, lines[6].index("<b>59%") + 4)
    # after a character reference the column still counts source characters
    assert where(locate(html_article, 'carers improved - a "significant"')) == (
        7,
        lines[6].index("carers") + 1,
    )
    assert where(locate(html_article, "significant")) == (8, lines[7].index("&ldquo;") + 1 + 7)
    assert where(locate(html_article, "text of a review")) == (11, lines[10].index("text") + 1)
    assert locate(html_article, "99% of readers agree") is None


def test_html_uncovered_sentences_come_from_visible_text(html_article: Article) -> None:
    uncovered = uncovered_sentences(html_article, [])
    assert [(s.line, s.text[:30]) for s in uncovered] == [
        (7, "The researchers found that 59%"),
        (11, "Tail text of a review that sho"),
    ]


def test_html_declared_charset_is_used(tmp_path: Path) -> None:
    path = tmp_path / "greek.htm"
    path.write_bytes(
        '<html><head><meta charset="iso-8859-7"></head><body><p>Μελέτη: 59% βελτίωση</p>'
        "</body></html>".encode("iso-8859-7")
    )
    article = read_article(path)
    assert article.encoding == "iso-8859-7"
    assert article.text == "Μελέτη: 59% βελτίωση"


def test_deeply_nested_html_is_read(tmp_path: Path) -> None:
    path = tmp_path / "deep.html"
    path.write_text("<div>" * 20000 + "A trial found 59% improved." + "</div>" * 20000)
    article = read_article(path)
    assert article.text == "A trial found 59% improved."
    assert where(locate(article, "59% improved")) == (1, 20000 * 5 + 15)


def test_markdown_syntax_is_stripped_and_columns_stay_true(tmp_path: Path) -> None:
    source = (
        "# Ketamine and *depression*\n"
        "\n"
        "A [recent clinical trial](https://example.org/trial_(2019)) found that **59%** of\n"
        "patients improved, as _the_ reviewers noted.\n"
        "\n"
        "- See the [review][r] for more.\n"
        "\n"
        "[r]: https://example.org/review\n"
    )
    path = tmp_path / "article.md"
    path.write_text(source, encoding="utf-8")
    article = read_article(path)
    assert article.format == "markdown"
    assert "https://" not in article.text and "*" not in article.text and "#" not in article.text
    assert "A recent clinical trial found that 59% of\npatients improved" in article.text
    location = locate(article, "recent clinical trial found that 59% of patients")
    assert where(location) == (3, 4)
    assert where(locate(article, "59% of patients")) == (3, source.splitlines()[2].index("59") + 1)
    uncovered = uncovered_sentences(article, [])
    assert [s.text for s in uncovered] == [
        "A recent clinical trial found that 59% of patients improved, as the reviewers noted."
    ]


# --- encodings and unreadable files -----------------------------------------------------------


def test_cp1252_article_is_readable(tmp_path: Path) -> None:
    path = tmp_path / "legacy.txt"
    path.write_bytes("The trial found that 59% didn’t relapse – café.\n".encode("cp1252"))
    article = read_article(path)
    assert article.encoding == "cp1252"
    assert article.text == "The trial found that 59% didn’t relapse – café.\n"
    assert where(locate(article, "didn't relapse - cafe")) == (1, 26)


def test_bytes_cp1252_cannot_decode_fall_back_to_latin1(tmp_path: Path) -> None:
    path = tmp_path / "odd.txt"
    path.write_bytes(b"Caf\xe9 \x81 study.\n")
    article = read_article(path)
    assert article.encoding == "latin-1"
    assert article.text.startswith("Café")


def test_bom_and_crlf(tmp_path: Path) -> None:
    path = tmp_path / "windows.txt"
    path.write_bytes("\ufeffFirst line.\r\nSecond: 59% of patients.\r\n".encode())
    article = read_article(path)
    assert article.text == "First line.\nSecond: 59% of patients.\n"
    assert where(locate(article, "59% of patients")) == (2, 9)


def test_utf16_article(tmp_path: Path) -> None:
    path = tmp_path / "wide.txt"
    path.write_bytes("Ein Satz: 59% der Patienten.\n".encode("utf-16"))
    assert where(locate(read_article(path), "59% der Patienten")) == (1, 11)


@pytest.mark.parametrize(
    ("content", "detail"),
    [(b"\x00\x01\x02\x03binary", "is a binary file, not an article")],
)
def test_binary_article_is_an_input_error(tmp_path: Path, content: bytes, detail: str) -> None:
    path = tmp_path / "article.txt"
    path.write_bytes(content)
    with pytest.raises(InputError) as caught:
        read_article(path)
    assert caught.value.detail == detail
    assert caught.value.path == str(path)


def test_missing_or_folder_article_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        read_article(tmp_path / "gone.txt")
    with pytest.raises(InputError, match="is a folder"):
        read_article(tmp_path)


def test_offsets_and_positions_round_trip(ketamine: Article) -> None:
    for offset in (0, 100, 1606, len(ketamine.text) - 1):
        line, column = ketamine.position(offset)
        assert ketamine.offset_of(line, column) == offset
    assert ketamine.offset_of(10_000, 1) is None


# --- properties -------------------------------------------------------------------------------

_TAGS = ["p", "div", "b", "i", "span", "li", "h2", "script", "style", "a href='x>y'", "br"]
_PIECES = st.sampled_from(
    [*"ab c59%.’–\n\t", "&amp;", "&lt;", "&rsquo;", "&#8212;", "&nbsp;", "&bogus;", "<!-- x -->"]
)
_TEXT = st.lists(_PIECES, max_size=12).map("".join)


@st.composite
def html_documents(draw: st.DrawFn, depth: int = 0) -> str:
    parts = []
    for _ in range(draw(st.integers(0, 4))):
        if depth < 4 and draw(st.booleans()):
            tag = draw(st.sampled_from(_TAGS))
            name = tag.split()[0]
            inner = draw(html_documents(depth + 1))
            parts.append(f"<{tag}>" if name == "br" else f"<{tag}>{inner}</{name}>")
        else:
            parts.append("".join(draw(st.lists(_TEXT, max_size=3))))
    return "".join(parts)


FUZZ = settings(
    max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


@FUZZ
@given(document=html_documents())
def test_html_text_maps_back_to_the_same_source_characters(tmp_path: Path, document: str) -> None:
    path = tmp_path / "fuzz.html"
    path.write_text(document, encoding="utf-8")
    article = read_article(path)
    assert article.offsets is not None and len(article.offsets) == len(article.text)
    for ch, index in zip(article.text, article.offsets, strict=True):
        assert 0 <= index < len(article.source)
        source_ch = article.source[index]
        assert ch == source_ch or ch.isspace() or source_ch in "&<", (ch, source_ch, document)


@FUZZ
@given(data=st.binary(max_size=200), suffix=st.sampled_from([".txt", ".md", ".html"]))
def test_any_bytes_read_or_raise_input_error(tmp_path: Path, data: bytes, suffix: str) -> None:
    path = tmp_path / f"fuzz{suffix}"
    path.write_bytes(data)
    try:
        article = read_article(path)
    except InputError:
        return
    uncovered_sentences(article, ["a b c", ArticleLocation(path="x", line=1, column=1)])
    for offset in range(len(article.text)):
        line, column = article.position(offset)
        assert 1 <= line <= len(article.line_starts) and column >= 1


# --- sentences and what counts as a research statement ------------------------------------------


def test_sentence_splitting_respects_abbreviations_and_hard_wraps() -> None:
    text = (
        "Smith et al. found a benefit in the U.S. and Canada. Dr. Jones agreed, e.g. in\n"
        "her letter. Is it true?\n"
        "\n"
        "Short Heading\n"
        "The 2019 review found 38% of studies."
    )
    sentences = [s.text for s in split_sentences(text)]
    assert sentences == [
        "Smith et al. found a benefit in the U.S. and Canada.",
        "Dr. Jones agreed, e.g. in her letter.",
        "Is it true?",
        "Short Heading",
        "The 2019 review found 38% of studies.",
    ]
    assert [s.heading for s in split_sentences(text)] == [False, False, False, True, False]


@pytest.mark.parametrize(
    ("sentence", "reason"),
    [
        (
            "In that trial, fifty-nine percent of patients improved.",
            "states a percentage (fifty-nine percent)",
        ),
        ("Roughly one in five patients relapsed after treatment.", "states a proportion"),
        ("Two-thirds of the patients improved on ketamine.", "states a proportion"),
        ("Patients received 0.5 mg/kg of ketamine intravenously.", "states a quantity (0.5 mg/kg)"),
        ("Infusions were given 3x weekly for two weeks.", "states a quantity (3x)"),
        ("According to a review, ketamine can be addictive.", 'cites a study ("according to"'),
        (
            "This trial was sponsored by a Canadian university.",
            'cites a study ("trial" … "sponsored")',
        ),
    ],
)
def test_research_statements_and_their_reasons(sentence: str, reason: str) -> None:
    reasons = research_reasons(Sentence(0, len(sentence), sentence))
    assert any(r.startswith(reason) for r in reasons), reasons


@pytest.mark.parametrize(
    "sentence",
    [
        "Did the study find that 59% of patients improved?",
        "Ketamine is an anesthetic with hallucinogenic effects.",
        "There are many studies on ketamine for depression.",  # mentions research, states nothing
        # the year is not the studies' year
        "It was approved in 1970, and there are more studies every year now.",
        "We look forward to longer-term trials.",
        "59% improved.",  # too short to be a sentence of the article
    ],
)
def test_not_research_statements(sentence: str) -> None:
    assert research_reasons(Sentence(0, len(sentence), sentence)) == []


def test_disclaimer_paragraph_never_counts() -> None:
    text = (
        "Disclaimer: not medical advice. A study found 59% of readers agree.\n\nA study found 40%."
    )
    sentences = split_sentences(text)
    assert [research_reasons(s) != [] for s in sentences] == [False, False, True]
