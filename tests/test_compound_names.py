"""Compound names read as one word: a stereo-named compound, a "half-life"."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from claimcheck import verify
from claimcheck.pubmed.model import PubMedRecord
from claimcheck.pubmed.parser import parse_records
from claimcheck.report.model import Verdict
from claimcheck.verification.index import terms_of

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


@cache
def record(pmid: str) -> PubMedRecord:
    return parse_records((FIXTURES / f"{pmid}.xml").read_bytes())[0]


def test_stereo_locants_belong_to_the_compound_name() -> None:
    words = [t.stem for t in terms_of("the (2R,6R)-HNK metabolite")]
    assert words.count("2r6rhnk") == 1
    assert "2r" not in words and "6r" not in words and "hnk" not in words
    # written without brackets, it is the same compound
    assert "2r6rhnk" in [t.stem for t in terms_of("2R,6R-HNK")]


def test_half_life_is_one_measure() -> None:
    words = [t.stem for t in terms_of("a half-life twice as long")]
    assert "halflife" in words and "life" not in words


def test_naming_a_compound_does_not_back_what_is_said_about_it() -> None:
    # Zanos & Gould 2018 only says "(2R,6R)-HNK, are also discussed": nothing on its half-life.
    for claim in (
        "(2R,6R)-HNK has a longer half-life than ketamine.",
        "The review reports that (2R,6R)-HNK has a half-life about twice that of ketamine.",
    ):
        assert verify(claim, record("29532791")).verdict is Verdict.NOT_IN_SOURCE, claim


def test_the_compound_is_still_found_when_named() -> None:
    claim = "The review discusses a role for the (2R,6R)-HNK metabolite."
    result = verify(claim, record("29532791"))
    assert result.verdict is Verdict.SUPPORTED
