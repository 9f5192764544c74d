"""Round 23 (citation metadata): trailing citations, tail sample sizes, named funders before
"-funded", and the authors named in prose ("the trio", "the two Danish researchers")."""

from __future__ import annotations

import pytest

from claimcheck.pubmed.model import (
    AbstractSection,
    Author,
    Grant,
    Journal,
    PartialDate,
    PubMedRecord,
)
from claimcheck.report.model import FindingKind, Verdict
from claimcheck.verification.assertions import extract_assertions
from claimcheck.verification.engine import verify

ABSTRACT = (
    "We enrolled twenty-four healthy women in a randomized crossover study. "
    "Caffeine improved reaction time compared with placebo (P = 0.01). "
    "Searches of earlier work ran through March 2016."
)


def record(**extra: object) -> PubMedRecord:
    fields: dict[str, object] = {
        "pmid": "1",
        "title": "Caffeine and reaction time",
        "abstract": [AbstractSection(text=ABSTRACT)],
        "journal": Journal(
            title="Journal of Applied Physiology",
            iso_abbreviation="J Appl Physiol",
            medline_ta="J Appl Physiol",
        ),
        "pub_date": PartialDate(year=2018),
        "authors": [
            Author(last_name="Ruiz", affiliations=["University of Oslo, Oslo, Norway"]),
            Author(last_name="Berg", affiliations=["University of Oslo, Oslo, Norway"]),
            Author(last_name="Lund", affiliations=["University of Oslo, Oslo, Norway"]),
        ],
        "grants": [Grant(agency="Research Council of Norway", country="Norway")],
    }
    fields.update(extra)
    return PubMedRecord(**fields)  # type: ignore[arg-type]


def kinds(claim: str, kind: FindingKind) -> list[Verdict]:
    return [f.verdict for f in verify(claim, record()).findings if f.kind is kind]


@pytest.mark.parametrize(
    ("claim", "journal", "year"),
    [
        ("Caffeine sped reactions (J Appl Physiol, 2018).", "J Appl Physiol", 2018),
        ("Caffeine sped reactions (crossover RCT, Sleep Med 2017).", "Sleep Med", 2017),
        ("Caffeine sped reactions: Eur J Appl Physiol, 2016.", "Eur J Appl Physiol", 2016),
        ("Caffeine sped reactions - Neurology 2015", "Neurology", 2015),
    ],
)
def test_a_trailing_citation_is_read_as_journal_and_year(
    claim: str, journal: str, year: int
) -> None:
    found = extract_assertions(claim)
    assert [j.name for j in found.journals] == [journal]
    assert [y.year for y in found.years] == [year]
    assert not {"med", "physiol", "neurology"} & {t.stem for t in found.key_terms}


@pytest.mark.parametrize(
    "claim",
    [
        "Caffeine sped reactions (Smith and Jones, 2018).",
        "Caffeine sped reactions (MADRS, 2019).",
        "Caffeine sped reactions in Oslo (Norway, 2018).",
    ],
)
def test_a_bracket_of_authors_places_or_acronyms_is_no_journal(claim: str) -> None:
    assert not extract_assertions(claim).journals


@pytest.mark.parametrize(
    ("claim", "journal", "year"),
    [
        ("Caffeine improved reaction time versus placebo (J Appl Physiol, 2018).",
         Verdict.SUPPORTED, Verdict.SUPPORTED),
        ("Caffeine improved reaction time versus placebo (Br J Sports Med 2018).",
         Verdict.METADATA_MISMATCH, Verdict.SUPPORTED),
        ("Caffeine improved reaction time versus placebo: J Appl Physiol, 2014.",
         Verdict.SUPPORTED, Verdict.METADATA_MISMATCH),
    ],
)  # fmt: skip
def test_a_trailing_citation_is_judged_against_the_record(
    claim: str, journal: Verdict, year: Verdict
) -> None:
    assert kinds(claim, FindingKind.JOURNAL) == [journal]
    assert kinds(claim, FindingKind.YEAR) == [year]


def test_a_citation_year_is_not_read_against_a_year_the_abstract_gives_another_event() -> None:
    claim = "Caffeine improved reaction time versus placebo (crossover RCT, J Appl Physiol 2016)."
    years = [f for f in verify(claim, record()).findings if f.kind is FindingKind.YEAR]
    assert [f.verdict for f in years] == [Verdict.METADATA_MISMATCH]
    assert "abstract gives" not in years[0].message


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("Caffeine sped reactions: 24 healthy women (J Appl Physiol 2018).", Verdict.SUPPORTED),
        ("Caffeine sped reactions: 40 healthy women.", Verdict.METADATA_MISMATCH),
        ("Faster reactions on caffeine - 30 volunteers", Verdict.METADATA_MISMATCH),
    ],
)
def test_a_closing_count_of_people_is_the_sample_size(claim: str, verdict: Verdict) -> None:
    assert kinds(claim, FindingKind.SAMPLE_SIZE)[:1] == [verdict]


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("Caffeine sped reactions in a Gates Foundation-funded trial.", Verdict.METADATA_MISMATCH),
        ("Caffeine sped reactions in a Wellcome Trust-sponsored trial.", Verdict.METADATA_MISMATCH),
        ("Caffeine sped reactions in a Research Council of Norway-funded trial.",
         Verdict.SUPPORTED),
        ("Caffeine sped reactions in a trial funded by the Gates Foundation.",
         Verdict.METADATA_MISMATCH),
    ],
)  # fmt: skip
def test_a_named_funder_the_grants_do_not_hold_is_a_mismatch(claim: str, verdict: Verdict) -> None:
    assert kinds(claim, FindingKind.FUNDER) == [verdict]


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("The trio found that caffeine improved reaction time.", Verdict.SUPPORTED),
        ("The duo found that caffeine improved reaction time.", Verdict.METADATA_MISMATCH),
        ("The two Norwegian researchers found caffeine improved reaction time.",
         Verdict.METADATA_MISMATCH),
        ("The three authors found caffeine improved reaction time.", Verdict.SUPPORTED),
    ],
)  # fmt: skip
def test_authors_counted_in_prose_are_checked(claim: str, verdict: Verdict) -> None:
    assert kinds(claim, FindingKind.AUTHOR) == [verdict]


@pytest.mark.parametrize(
    "claim",
    [
        "The two groups differed in reaction time.",
        "The trio of drugs improved reaction time.",
        "The pair improved reaction time.",
    ],
)
def test_counts_of_arms_or_drugs_are_no_author_count(claim: str) -> None:
    assert kinds(claim, FindingKind.AUTHOR) == []


@pytest.mark.parametrize(
    ("claim", "word"),
    [
        ("The Oslo group found caffeine improved reaction time versus placebo.", "group"),
        ("The Oslo-led team found caffeine improved reaction time versus placebo.", "team"),
        ("The trio warned that caffeine improved reaction time versus placebo.", "trio"),
    ],
)
def test_who_wrote_the_work_is_no_finding_word(claim: str, word: str) -> None:
    assert word not in {t.text.lower() for t in extract_assertions(claim).key_terms}
