"""flatten_text: inline markup and MathML become whole, tag-free text."""

from __future__ import annotations

from xml.sax.saxutils import escape

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimcheck.pubmed.parser import flatten_text, parse_xml_safely

MATHML = 'xmlns:mml="http://www.w3.org/1998/Math/MathML"'


def flat(xml: str) -> str:
    return flatten_text(parse_xml_safely(xml.encode()))


@pytest.mark.parametrize(
    ("xml", "expected"),
    [
        ("<t>linkage r<sup>2</sup>&lt;0.25 here</t>", "linkage r^2<0.25 here"),
        ("<t>p<sub>trend</sub>=0.048</t>", "ptrend=0.048"),
        (
            "<t>the (<i>TERT</i>) gene and <b>bold</b> and <u>&lt;</u>4.5</t>",
            "the (TERT) gene and bold and <4.5",
        ),
        ("<t>km·h<sup>-1</sup> and Ca<sup>2<i>+</i></sup> ions</t>", "km·h^-1 and Ca^2+ ions"),
        ("<t>GeneReviews<sup>®</sup> and drug X<sup>™</sup></t>", "GeneReviews® and drug X™"),
        ("<t><i>P</i> &lt; 0.05 &amp; <i>n</i> &gt; 10</t>", "P < 0.05 & n > 10"),
        ("<t>empty<sup></sup>sup</t>", "emptysup"),
    ],
)
def test_inline_markup(xml: str, expected: str) -> None:
    assert flat(xml) == expected


def test_text_after_the_first_tag_is_not_lost() -> None:
    text = flat(
        "<AbstractText>Before <i>italic</i> middle <sub>x</sub> end of abstract.</AbstractText>"
    )
    assert text == "Before italic middle x end of abstract."


@pytest.mark.parametrize(
    ("math", "expected"),
    [
        (
            "<mml:msub><mml:mrow><mml:mover><mml:mrow><mml:mi>V</mml:mi></mml:mrow>"
            "<mml:mo>.</mml:mo></mml:mover><mml:mi>O</mml:mi></mml:mrow>"
            "<mml:mrow><mml:mn>2</mml:mn><mml:mi>max</mml:mi></mml:mrow></mml:msub>",
            "VO2max",
        ),
        ("<mml:msup><mml:mi>r</mml:mi><mml:mn>2</mml:mn></mml:msup>", "r^2"),
        ("<mml:mfrac><mml:mi>a</mml:mi><mml:mi>b</mml:mi></mml:mfrac>", "a/b"),
        ("<mml:msqrt><mml:mi>x</mml:mi></mml:msqrt>", "√(x)"),
        (
            "<mml:msubsup><mml:mi>x</mml:mi><mml:mi>i</mml:mi><mml:mn>2</mml:mn></mml:msubsup>",
            "xi^2",
        ),
        ("<mml:mover><mml:mi>x</mml:mi><mml:mo>¯</mml:mo></mml:mover>", "x"),
        (
            "<mml:munderover><mml:mo>∑</mml:mo><mml:mi>i</mml:mi><mml:mi>n</mml:mi></mml:munderover>",
            "∑in",
        ),
        (
            "<mml:semantics><mml:mi>y</mml:mi><mml:annotation>y</mml:annotation></mml:semantics>",
            "y",
        ),
        ("<mml:mi>P</mml:mi><mml:mo>&lt;</mml:mo><mml:mn>0.05</mml:mn>", "P<0.05"),
        ("<mml:mtext>mg per day</mml:mtext>", "mg per day"),
        ('<mml:mfenced separators=""><mml:mi>a</mml:mi><mml:mi>b</mml:mi></mml:mfenced>', "(ab)"),
        ("<mml:mfenced><mml:mi>a</mml:mi><mml:mi>b</mml:mi></mml:mfenced>", "(a,b)"),
    ],
)
def test_mathml_token_text(math: str, expected: str) -> None:
    xml = f"<t>uptake (\n  <mml:math {MATHML}>\n    {math}\n  </mml:math>\n) end</t>"
    text = flat(xml)
    assert text == f"uptake ( {expected} ) end"
    assert "mml" not in text


def test_mathml_inside_disp_formula() -> None:
    xml = (
        f"<t>as <DispFormula><mml:math {MATHML}><mml:mi>E</mml:mi><mml:mo>=</mml:mo>"
        "<mml:mi>m</mml:mi><mml:msup><mml:mi>c</mml:mi><mml:mn>2</mml:mn></mml:msup>"
        "</mml:math></DispFormula> shows</t>"
    )
    assert flat(xml) == "as E=mc^2 shows"


def test_no_break_and_thin_spaces_become_plain_spaces() -> None:
    assert flat("<t>5\u00a0mg\u2009/\u202fkg\n\t twice</t>") == "5 mg / kg twice"


def test_missing_element_is_empty_text() -> None:
    assert flatten_text(None) == ""


XML_TEXT = st.text(
    st.characters(blacklist_categories=("Cs", "Cc", "Cn"), whitelist_characters="\t\n")
)
UNMARKED_TAGS = st.sampled_from(["i", "b", "u", "sub"])


@given(segments=st.lists(st.tuples(XML_TEXT, st.none() | UNMARKED_TAGS), max_size=8))
def test_unmarked_inline_tags_keep_every_character(segments: list[tuple[str, str | None]]) -> None:
    body = "".join(
        escape(text) if tag is None else f"<{tag}>{escape(text)}</{tag}>" for text, tag in segments
    )
    plain = "".join(text for text, _ in segments)
    assert flat(f"<AbstractText>{body}</AbstractText>") == " ".join(plain.split())
