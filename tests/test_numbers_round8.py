"""Numbers, counts and places, round 8: a share of a group named far before it, "one" heading a
noun phrase, values bound to the item named next to them, counts of a later phase, "at least a",
"a full" unit after fractions, shares of a rounded whole, named lists a claim counts, and where
the work was done said of the work ("Working in Lyon", "a Dutch-led trial", "researchers in
Tarragona")."""

from __future__ import annotations

from synthetic_records import made_up_record

from claimcheck.pubmed.model import Author, PubMedRecord
from claimcheck.report.model import FindingKind, Verdict
from claimcheck.verification.engine import clear_caches, verify
from claimcheck.verification.places import place_mentions
from claimcheck.verification.quantities import find_quantities


def _verdicts(claim: str, record: PubMedRecord, kind: FindingKind) -> set[Verdict]:
    clear_caches()
    return {f.verdict for f in verify(claim, record).findings if f.kind is kind}


def _read(text: str) -> list[tuple[str, float, str]]:
    return [(q.text, round(q.value, 3), q.unit) for q in find_quantities(text)]


# --- counts ------------------------------------------------------------------------------------

POOLED = made_up_record(
    "We screened 410 reports and 9 randomized trials met inclusion criteria.",
    "Four trials reported a significant reduction in migraine days with the device.",
    pmid="900801",
)


def test_a_share_of_a_group_named_several_words_before_counts_that_group() -> None:
    claim = "Of the nine sham-controlled trials that passed screening, six reported a significant "
    claim += "reduction in migraine days with the device."
    assert _verdicts(claim, POOLED, FindingKind.QUANTITY) == {Verdict.CONTRADICTED}
    right = claim.replace("six", "four")
    assert Verdict.CONTRADICTED not in _verdicts(right, POOLED, FindingKind.QUANTITY)


def test_one_heading_a_noun_phrase_is_no_share_of_the_group() -> None:
    assert ("one booster dose", 1.0, "count") in _read(
        "In a cohort of 56 nurses, one booster dose raised titres."
    )
    assert _read("Of the 56 nurses, one withdrew.")[0][2] == "ratio"


VARIANTS = made_up_record(
    "Two APOE variants were associated with dementia, including rs429358 (per allele OR 3.10; "
    "95% CI 2.20 to 4.30) and rs7412 (per allele OR 0.62; 95% CI 0.50 to 0.79).",
    pmid="900802",
)


def test_a_value_belongs_to_the_item_written_next_to_it() -> None:
    wrong = "The rs429358 allele was associated with lower dementia risk (OR 0.62)."
    assert _verdicts(wrong, VARIANTS, FindingKind.QUANTITY) == {Verdict.CONTRADICTED}
    right = "The rs7412 allele was associated with lower dementia risk (OR 0.62)."
    assert _verdicts(right, VARIANTS, FindingKind.QUANTITY) == {Verdict.SUPPORTED}


BOOSTERS = made_up_record(
    "Responders, defined as a >=30% fall in pain scores, received three additional injections "
    "given monthly.",
    "Non-responders needed a median of two injections before any change.",
    pmid="900803",
)


def test_a_count_of_a_later_phase_meets_the_records_additional_count() -> None:
    claim = "Responders (at least a 30% fall in pain scores) went on to three once-monthly "
    claim += "maintenance injections."
    assert _verdicts(claim, BOOSTERS, FindingKind.QUANTITY) == {Verdict.SUPPORTED}
    more = claim.replace("three", "five")
    assert Verdict.CONTRADICTED in _verdicts(more, BOOSTERS, FindingKind.QUANTITY)


def test_at_least_a_percentage_is_a_lower_bound() -> None:
    assert find_quantities("at least a 30% fall")[0].bound == ">="
    assert find_quantities("no more than a 5% loss")[0].bound == "<="
    assert find_quantities("over a 12-week period")[0].bound is None


def test_a_full_unit_after_fractions_is_one_of_that_unit() -> None:
    read = _read("escalating doses (a quarter, a half and then a full milligram per kilogram)")
    assert read[-3:] == [
        ("a quarter", 0.25, "mg/kg"),
        ("a half", 0.5, "mg/kg"),
        ("a full milligram per kilogram", 1.0, "mg/kg"),
    ]
    assert _read("a full recovery") == []


SEARCH = made_up_record(
    "We searched Embase, Scopus, and CINAHL databases and identified 512 records, 40 of which "
    "were eligible.",
    pmid="900804",
)


def test_a_part_of_a_rounded_whole_is_as_rough_as_the_whole() -> None:
    claim = "The search found roughly five hundred records, forty of which were eligible."
    assert _verdicts(claim, SEARCH, FindingKind.QUANTITY) == {Verdict.SUPPORTED}
    other = "The search found roughly five hundred records, ninety of which were eligible."
    assert Verdict.CONTRADICTED in _verdicts(other, SEARCH, FindingKind.QUANTITY)


def test_a_count_of_named_items_listed_before_their_noun() -> None:
    assert Verdict.SUPPORTED in _verdicts(
        "The authors searched three bibliographic databases.", SEARCH, FindingKind.QUANTITY
    )
    assert Verdict.SUPPORTED not in _verdicts(
        "The authors searched five bibliographic databases.", SEARCH, FindingKind.QUANTITY
    )


# --- places ------------------------------------------------------------------------------------


def _places(claim: str) -> list[tuple[str | None, str | None]]:
    return [(m.country, m.place) for m in place_mentions(claim)]


def test_where_the_work_was_done_said_of_the_work() -> None:
    assert _places("Working in Lyon, the investigators showed x.") == [("France", "Lyon")]
    assert _places("In Oslo, researchers found x.") == [("Norway", "Oslo")]
    assert _places("A Dutch-led trial found x.") == [("Netherlands", None)]
    assert _places("In Spain, patients were x.") == []


def test_a_town_the_tables_do_not_know_after_researchers_in() -> None:
    assert _places("Researchers in Tarragona reported x.") == [(None, "Tarragona")]
    assert _places("Researchers in Psychiatry reported x.") == []


def _affiliated(where: str) -> PubMedRecord:
    return made_up_record(
        "Sprint intervals raised peak oxygen uptake in cyclists.",
        pmid="900805",
        authors=[Author(last_name="Ruiz", affiliations=[where])],
    )


def test_two_cities_of_one_country_are_two_places() -> None:
    record = _affiliated("Sports Medicine Centre, Valencia, Spain.")
    claim = "Working in Madrid, the authors found that sprint intervals raised peak oxygen uptake."
    assert _verdicts(claim, record, FindingKind.COUNTRY) == {Verdict.METADATA_MISMATCH}
    here = claim.replace("Madrid", "Valencia")
    assert _verdicts(here, record, FindingKind.COUNTRY) == {Verdict.SUPPORTED}


def test_an_unknown_town_is_judged_by_the_affiliations() -> None:
    record = _affiliated("Department of Physiology, University of Tarragona, Tarragona, Spain.")
    claim = "Researchers in Tarragona found that sprint intervals raised peak oxygen uptake."
    assert _verdicts(claim, record, FindingKind.COUNTRY) == {Verdict.SUPPORTED}
    elsewhere = claim.replace("Tarragona", "Lleida")
    assert Verdict.SUPPORTED not in _verdicts(elsewhere, record, FindingKind.COUNTRY)
