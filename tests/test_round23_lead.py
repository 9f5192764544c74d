"""Round 23, lead: a plural statistic label ("ORs") is no finding word."""

from __future__ import annotations

from pathlib import Path

from claimcheck import verify
from claimcheck.pubmed.parser import parse_records
from claimcheck.report.model import Verdict

RECORDS = Path(__file__).resolve().parent / "heldout" / "records"
# Lerro 2017: "ORQ3=4.15, 95% CI 1.56 to 11.01, ORQ4=4.76, 95% CI 1.53 to 14.82"
ALDRIN = parse_records((RECORDS / "28775130.xml").read_bytes())[0]


def test_plural_odds_ratios_are_read_like_the_singular() -> None:
    claim = (
        "Applicators in the third and fourth quartiles of aldrin exposure had ORs of 4.15 and "
        "4.76 for subclinical hypothyroidism compared with those never exposed."
    )
    assert verify(claim, ALDRIN).verdict is Verdict.SUPPORTED


def test_plural_odds_ratios_swapped_between_quartiles_are_contradicted() -> None:
    claim = (
        "Applicators in the third and fourth quartiles of aldrin exposure had ORs of 4.76 and "
        "4.15 for subclinical hypothyroidism compared with those never exposed."
    )
    assert verify(claim, ALDRIN).verdict is Verdict.CONTRADICTED


KETAMINE_2000 = parse_records(
    (Path(__file__).resolve().parents[1] / "fixtures" / "10686270.xml").read_bytes()
)[0]


def test_a_post_number_or_list_bullet_is_no_figure_of_the_finding() -> None:
    finding = "Seven patients with depression improved within 72 hours after ketamine."
    for marker in ("8/ ", "3. ", "2) ", "(4) ", "- ", "\u2022 ", "11/14/ "):
        assert verify(marker + finding, KETAMINE_2000).verdict is Verdict.SUPPORTED, marker


def test_a_leading_number_that_is_a_figure_is_still_read() -> None:
    # "12/40 patients" is a count, not a post number; the record has seven subjects
    assert verify("12/40 patients improved.", KETAMINE_2000).verdict is not Verdict.SUPPORTED
    assert (
        verify("8 patients with depression improved after ketamine.", KETAMINE_2000).verdict
        is not Verdict.SUPPORTED
    )
