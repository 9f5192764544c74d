"""Terse citation headers (slides, flashcards, evidence-table rows): the journal, year, authors,
workplace and size a header names are metadata claims; the rest of the fragment is the finding."""

from __future__ import annotations

import pytest

from claimcheck.pubmed.model import (
    AbstractSection,
    Author,
    Journal,
    PartialDate,
    PubMedRecord,
)
from claimcheck.report.model import FindingKind, Verdict
from claimcheck.verification.assertions import extract_assertions, header_journal
from claimcheck.verification.engine import verify

S, M, N = Verdict.SUPPORTED, Verdict.METADATA_MISMATCH, Verdict.NOT_IN_SOURCE

ABSTRACT = (
    "We randomly assigned 48 adults with chronic migraine to nightly melatonin or placebo for "
    "twelve weeks. Headache days fell by 4 per month with melatonin compared with placebo. "
    "Pain intensity during attacks did not differ between the groups. "
    "Daytime sleepiness was more common with melatonin. This is the first double-blind, "
    "placebo-controlled trial of melatonin for migraine prevention."
)


def record() -> PubMedRecord:
    return PubMedRecord(
        pmid="1",
        title="Melatonin for the prevention of chronic migraine: a randomized trial",
        abstract=[AbstractSection(text=ABSTRACT)],
        journal=Journal(
            title="Cephalalgia : an international journal of headache",
            iso_abbreviation="Cephalalgia",
            medline_ta="Cephalalgia",
        ),
        pub_date=PartialDate(year=2012),
        authors=[
            Author(
                last_name="Okafor",
                fore_name="Ada",
                affiliations=["Department of Neurology, University of Lagos, Lagos, Nigeria."],
            ),
            Author(last_name="Lindqvist", fore_name="Per"),
        ],
    )


def kinds(claim: str) -> dict[FindingKind, list[Verdict]]:
    found: dict[FindingKind, list[Verdict]] = {}
    for finding in verify(claim, record()).findings:
        found.setdefault(finding.kind, []).append(finding.verdict)
    return found


@pytest.mark.parametrize(
    "claim",
    [
        "Neurology paper: melatonin cut headache days by 4 a month versus placebo.",
        "J Headache Pain trial: melatonin cut headache days by 4 a month versus placebo.",
        "Per the Lancet analysis, melatonin cut headache days by 4 a month versus placebo.",
        "Annals of Internal Medicine - melatonin cut headache days by 4 a month versus placebo.",
    ],
)
def test_a_header_naming_another_journal_is_a_metadata_mismatch(claim: str) -> None:
    result = verify(claim, record())
    assert result.verdict is M
    assert M in kinds(claim)[FindingKind.JOURNAL]


@pytest.mark.parametrize(
    "claim",
    [
        "Cephalalgia: melatonin cut headache days by 4 a month versus placebo.",
        "Cephalalgia RCT: melatonin cut headache days by 4 a month versus placebo.",
    ],
)
def test_a_header_naming_the_records_journal_backs_it_and_is_not_a_topic_word(
    claim: str,
) -> None:
    result = verify(claim, record())
    assert kinds(claim)[FindingKind.JOURNAL] == [S]
    assert result.verdict is S


def test_a_one_word_topic_label_the_record_uses_is_not_read_as_a_wrong_journal() -> None:
    # "Pain" names a journal, but here it is the slide's topic: the record speaks of pain.
    claim = "Pain: melatonin cut headache days by 4 a month versus placebo."
    assert FindingKind.JOURNAL not in kinds(claim)


@pytest.mark.parametrize("label", ["Obesity", "Toxicology", "Hypertension"])
def test_a_one_word_subject_the_record_never_uses_is_a_topic_the_finding_must_back(
    label: str,
) -> None:
    # A subject word opens slides as often as it cites a journal: no journal finding, but the
    # support check still demands it, so the wrong topic keeps the claim from SUPPORTED.
    claim = f"{label}: melatonin cut headache days by 4 a month versus placebo."
    assert M not in kinds(claim).get(FindingKind.JOURNAL, [])
    assert verify(claim, record()).verdict is N


@pytest.mark.parametrize("label", ["Lancet", "Neuron"])
def test_a_one_word_name_that_is_only_a_journals_is_a_citation(label: str) -> None:
    claim = f"{label}: melatonin cut headache days by 4 a month versus placebo."
    assert verify(claim, record()).verdict is M


@pytest.mark.parametrize("header", ["Obesity 2012:", "Toxicology paper:"])
def test_a_one_word_journal_with_a_year_or_work_noun_is_still_a_citation(header: str) -> None:
    claim = f"{header} melatonin cut headache days by 4 a month versus placebo."
    assert verify(claim, record()).verdict is M


@pytest.mark.parametrize(
    "text",
    [
        "Blood, urine and saliva were sampled weekly.",
        "Harvard Medical School group: ketamine helped.",
        "MADRS TRD: scores fell.",
    ],
)
def test_words_that_only_look_like_a_journal_header_are_not_one(text: str) -> None:
    assert header_journal(text) is None


def test_counts_of_included_studies_are_not_participants() -> None:
    sizes = extract_assertions(
        "Pooled analysis of 9 trials with 1,250 adults: relapse fell by a third."
    ).sample_sizes
    assert [(s.n, s.unit) for s in sizes] == [(9, "studies"), (1250, "participants")]
    sizes = extract_assertions("A survey across 14 sites of 600 nurses found burnout.").sample_sizes
    assert [s.n for s in sizes if s.unit == "participants"] == [600]


@pytest.mark.parametrize(("size", "verdict"), [("48", S), ("84", M)])
def test_a_headers_own_people_count_is_the_works_size(size: str, verdict: Verdict) -> None:
    claim = f"Okafor 2012, {size} adults with migraine: headache days fell by 4 a month."
    sizes = extract_assertions(claim).sample_sizes
    assert [(s.n, s.unit) for s in sizes] == [(int(size), "participants")]
    assert verify(claim, record()).verdict is verdict


def test_a_count_after_the_header_is_a_finding_not_the_size() -> None:
    sizes = extract_assertions("Responders at week 12: 20 adults, mostly women.").sample_sizes
    assert sizes == ()


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("Okafor et al. RCT: headache days fell by 4 a month with melatonin.", S),
        ("Moreau et al. RCT: headache days fell by 4 a month with melatonin.", M),
    ],
)
def test_a_work_noun_after_et_al_is_not_read_as_a_surname(claim: str, verdict: Verdict) -> None:
    assert kinds(claim)[FindingKind.AUTHOR] == [verdict]


@pytest.mark.parametrize(("year", "verdict"), [("2012", S), ("2004", M)])
def test_in_year_an_article_dates_the_publication(year: str, verdict: Verdict) -> None:
    claim = f"Back in {year}, an article in Cephalalgia tested melatonin against migraine."
    assert kinds(claim)[FindingKind.YEAR] == [verdict]


def test_in_year_a_survey_stays_an_event_date() -> None:
    assert extract_assertions("In 2004, a survey of nurses asked about sleep.").years == ()


@pytest.mark.parametrize(
    ("workplace", "verdict"),
    [("Nigerian neurology department", S), ("Nigerian surgery department", M)],
)
def test_a_headers_workplace_is_checked_against_the_affiliations(
    workplace: str, verdict: Verdict
) -> None:
    claim = f"Okafor 2012, {workplace}: headache days fell by 4 a month with melatonin."
    found = [f for f in verify(claim, record()).findings if f.kind is FindingKind.COUNTRY]
    assert verdict in [f.verdict for f in found]
    assert FindingKind.AUTHOR not in kinds(claim) or M not in kinds(claim)[FindingKind.AUTHOR]


@pytest.mark.parametrize(
    ("framing", "verdict"),
    [
        ("billed as the first double-blind, placebo-controlled trial", S),
        ("described as the largest double-blind trial", N),
    ],
)
def test_a_rank_the_work_gives_itself_must_be_in_the_record(framing: str, verdict: Verdict) -> None:
    claim = f"Cephalalgia 2012: {framing} of melatonin for migraine prevention."
    assert verify(claim, record()).verdict is verdict
