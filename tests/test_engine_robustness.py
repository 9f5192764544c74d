"""The engine judges any claim text without raising: letter case, stray symbols, cut-off text."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest
import yaml

import claimcheck
from claimcheck.pubmed.model import PubMedRecord
from claimcheck.pubmed.parser import parse_records
from claimcheck.report.model import Verdict

REPO = Path(__file__).resolve().parents[1]
FIXTURES = REPO / "fixtures"


@cache
def record(pmid: str) -> PubMedRecord:
    return parse_records((FIXTURES / f"{pmid}.xml").read_bytes())[0]


def ketamine_claims() -> list[tuple[str, str]]:
    entries = yaml.safe_load((REPO / "claims.yaml").read_text("utf-8"))["claims"]
    return [
        (entry["text"], str(entry["pmid"]))
        for entry in entries
        if entry.get("pmid") and (FIXTURES / f"{entry['pmid']}.xml").is_file()
    ]


def _shouted(text: str) -> str:
    return text.upper()


def _cut(text: str) -> str:
    return text[: len(text) * 2 // 3]


def _with_symbols(text: str) -> str:
    words = text.split()
    return " ".join([*words[:3], "±", "1/0", "(", *words[3:], "½", "["])


@pytest.mark.parametrize("variant", [_shouted, str.lower, str.title, _cut, _with_symbols])
def test_every_article_claim_in_another_form_is_judged(variant: object) -> None:
    assert callable(variant)
    for text, pmid in ketamine_claims():
        result = claimcheck.verify(variant(text), record(pmid))
        assert isinstance(result.verdict, Verdict), text


def test_a_shouted_scale_in_points_is_read_as_a_scale() -> None:
    claim = "KETAMINE LOWERED PAIN BY NEARLY THREE POINTS ON A TEN-POINT SCALE."
    result = claimcheck.verify(claim, record("31082965"))
    assert result.verdict is not Verdict.SUPPORTED
    assert result.findings
