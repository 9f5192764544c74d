"""Round 24 (citation metadata): where the work was done, journal titles of the form "<Series>
in <Field>", the year of a "piece", EU funding, prose workplaces and bracketed citations."""

from __future__ import annotations

from claimcheck.pubmed.model import Author, Grant, PubMedRecord
from claimcheck.report.model import FindingKind, Verdict
from claimcheck.verification.assertions import extract_assertions, prose_workplaces
from claimcheck.verification.checks.funding import judge_funder
from claimcheck.verification.checks.metadata import workplace_finding
from claimcheck.verification.places import place_mentions, studied_places


def _record(**kw) -> PubMedRecord:
    return PubMedRecord(pmid="1", title="T", **kw)


# --- where the work was done ---------------------------------------------------------------


def test_a_place_ending_the_sentence_is_read():
    for claim in (
        "Billed as the first test, the trial was run in Boston.",
        "After two years of work, the study was conducted in Oslo.",
        "Looking at older adults, the analysis was carried out in Melbourne.",
    ):
        assert [m.place for m in place_mentions(claim)], claim


def test_any_ologist_or_iatrist_is_who_did_the_work():
    for claim in (
        "Sports physiologists in Norway found no difference.",
        "Cardiologists from Denmark reported fewer events.",
        "Paediatricians in Sweden observed a drop.",
        "Norwegian epidemiologists showed a link.",
    ):
        assert place_mentions(claim), claim


def test_population_places_stay_the_populations():
    assert not place_mentions("Cyclists in Norway showed lower lactate.")
    assert studied_places("Patients, mostly from Boston, improved.")


def test_a_new_clause_after_the_patients_is_not_their_place():
    claim = "In depressed patients, the trial was run in Boston."
    assert not studied_places(claim)
    assert [m.place for m in place_mentions(claim)] == ["Boston"]


def test_a_city_with_its_country_is_one_place():
    a = extract_assertions("Researchers in Leeds, England, found lower rates of falls.")
    assert a.sponsors[0].phrase.text == "Leeds, England"
    assert "England" not in [t.text for t in a.key_terms]


# --- journals and years ----------------------------------------------------------------------


def test_series_titles_are_read_whole():
    for claim, name in (
        ("Falls were rarer (Smith and Jones, Frontiers in Psychiatry, 2018).",
         "Frontiers in Psychiatry"),
        ("Pain fell (Lee et al., Advances in Therapy, 2020).", "Advances in Therapy"),
        ("Sleep improved (Current Opinion in Psychiatry, 2015).", "Current Opinion in Psychiatry"),
    ):  # fmt: skip
        assert [j.name for j in extract_assertions(claim).journals] == [name], claim


def test_author_bracket_without_year_names_the_journal():
    a = extract_assertions("Smoking was linked to stroke (Okafor et al., Stroke Research Journal).")
    assert [j.name for j in a.journals] == ["Stroke Research Journal"]
    assert "Journal" not in [t.text for t in a.key_terms]


def test_the_year_of_a_piece_is_its_publication_year():
    for claim in (
        "A 2004 piece in Health Affairs argued for nurse staffing ratios.",
        "An editorial from 2011 in the BMJ questioned screening.",
        "The 1998 commentary in Pediatrics urged caution.",
    ):
        assert extract_assertions(claim).years, claim
    assert not extract_assertions("In 1995 letters were sent to all participants.").years


def test_age_judgements_are_no_finding_words():
    a = extract_assertions("Old but still relevant: a 1990 essay on prison health care.")
    words = {t.text.lower() for t in a.key_terms}
    assert not words & {"old", "still", "relevant"}


# --- funders ---------------------------------------------------------------------------------


def _funded(claim: str, grants: list[Grant]):
    sponsor = next(s for s in extract_assertions(claim).sponsors if s.funded)
    return judge_funder(sponsor, _record(grants=grants))


def test_eu_funding_needs_an_eu_grant():
    us = [Grant(agency="NHLBI NIH HHS", country="United States")]
    eu = [
        Grant(agency="European Research Council", country="International"),
        Grant(agency="European Commission", country="International"),
    ]
    uk = [Grant(agency="Medical Research Council", country="United Kingdom")]
    for claim in (
        "An EU-funded trial cut relapse.",
        "A study funded by the European Commission found fewer falls.",
        "A Horizon 2020 funded cohort found X.",
    ):
        assert any(s.funded for s in extract_assertions(claim).sponsors), claim
        assert _funded(claim, us).verdict is Verdict.METADATA_MISMATCH, claim
        assert _funded(claim, uk).verdict is Verdict.METADATA_MISMATCH, claim
        assert _funded(claim, eu).verdict is Verdict.SUPPORTED, claim
    assert _funded("An NIH-funded trial cut relapse.", us).verdict is Verdict.SUPPORTED


# --- workplaces in prose ---------------------------------------------------------------------


def test_prose_workplaces_are_read():
    assert [p.text for p in prose_workplaces("A sleep medicine clinic in Lyon found X.")] == [
        "sleep medicine clinic"
    ]
    assert [p.text for p in prose_workplaces("The nephrology unit reported X.")] == [
        "nephrology unit"
    ]
    assert prose_workplaces("A small Swiss physics team showed X.")
    for claim in (
        "Patients in the intensive care unit showed X.",
        "The ketamine group showed X.",
        "The Cryobiology team found X.",
        "The placebo team reported X.",
    ):
        assert not prose_workplaces(claim), claim


def test_workplace_words_are_metadata_not_findings():
    a = extract_assertions("A sleep medicine clinic in Lyon found shorter sleep latency.")
    words = {t.text.lower() for t in a.key_terms}
    assert not words & {"sleep medicine", "medicine", "clinic"}


def test_workplace_judged_by_the_affiliations():
    record = _record(
        authors=[Author(last_name="Roux", affiliations=["Sleep Medicine Centre, Lyon, France"])]
    )
    good = prose_workplaces("A small French sleep medicine centre found X.")[0]
    bad = prose_workplaces("A cardiology unit in Lyon found X.")[0]
    found = workplace_finding(good, record)
    assert found is not None and found.verdict is Verdict.SUPPORTED
    assert found.kind is FindingKind.COUNTRY
    wrong = workplace_finding(bad, record)
    assert wrong is not None and wrong.verdict is Verdict.METADATA_MISMATCH
