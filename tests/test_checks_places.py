"""Where a claim says the work was done: places and institutions against author affiliations."""

from __future__ import annotations

import pytest

from claimcheck.pubmed.model import Author, PubMedRecord
from claimcheck.report.model import FindingKind, Verdict
from claimcheck.verification.assertions import extract_assertions
from claimcheck.verification.checks.funding import check_funding
from claimcheck.verification.index import build_index
from claimcheck.verification.places import countries_in, place_mentions


def authored_at(affiliation: str) -> PubMedRecord:
    return PubMedRecord(
        pmid="1", title="t", authors=[Author(last_name="A", affiliations=[affiliation])]
    )


PAMPLONA = authored_at(
    "Department of Health Sciences, Public University of Navarre, Pamplona, Spain."
)
VIRGINIA = authored_at(
    "Department of Pharmacology, University of Virginia Health System, "
    "Charlottesville, Virginia 22908, USA."
)
UNPLACED = authored_at("Department of Physics, Some Institute.")


def place_verdicts(claim: str, record: PubMedRecord) -> list[Verdict]:
    findings = check_funding(extract_assertions(claim), record, build_index(record))
    return [f.verdict for f in findings if f.kind is FindingKind.COUNTRY]


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("Italian sports scientists found that LEmin was lower.", Verdict.METADATA_MISMATCH),
        ("Researchers in Italy found that LEmin was lower.", Verdict.METADATA_MISMATCH),
        ("A study conducted in France found that LEmin was lower.", Verdict.METADATA_MISMATCH),
        ("A Spanish team found that LEmin was lower.", Verdict.SUPPORTED),
        ("Pamplona-based researchers found that LEmin was lower.", Verdict.SUPPORTED),
        ("Scientists in Navarre found that LEmin was lower.", Verdict.SUPPORTED),
        # Same country, another city than the affiliations name.
        ("Madrid researchers found that LEmin was lower.", Verdict.METADATA_MISMATCH),
        # A city abroad is placed by its country.
        ("Boston researchers found that LEmin was lower.", Verdict.METADATA_MISMATCH),
    ],
)
def test_places_named_in_many_ways_are_checked(claim: str, expected: Verdict) -> None:
    assert place_verdicts(claim, PAMPLONA) == [expected]


def test_institutions_are_looked_up_in_the_affiliations() -> None:
    claim = "University of Virginia pharmacologists report that mice lacking HCN1 slept less."
    assert place_verdicts(claim, VIRGINIA) == [Verdict.SUPPORTED]
    other = "Harvard University pharmacologists report that mice lacking HCN1 slept less."
    assert place_verdicts(other, VIRGINIA) == [Verdict.METADATA_MISMATCH]
    # a known institution is placed by its city like any other place
    clinic = "Mayo Clinic pharmacologists report that mice lacking HCN1 slept less."
    assert place_verdicts(clinic, VIRGINIA) == [Verdict.METADATA_MISMATCH]


def test_affiliations_no_table_can_place_never_mismatch() -> None:
    assert place_verdicts("A Swedish study found X.", UNPLACED) == [Verdict.NOT_IN_SOURCE]


@pytest.mark.parametrize(
    "claim",
    [
        "A Mediterranean diet lowered blood pressure.",
        "Traditional Chinese medicine was compared with placebo.",
        "Spanish flu deaths were counted.",
        "Italian patients were enrolled in the trial.",  # who was studied, not who studied
        "Researchers found that virginia creeper extract was toxic.",  # lower case: not a name
    ],
)
def test_words_that_do_not_say_where_the_work_was_done(claim: str) -> None:
    assert place_mentions(claim) == []


def test_affiliation_countries_from_cities_and_states() -> None:
    assert countries_in("Yale University, New Haven, CT, USA") == {"United States"}
    assert countries_in("University of Sydney, NSW, Australia") == {"Australia"}
    assert countries_in("Dipartimento di Fisica, Università di L'Aquila") == {"Italy"}
    # "us" the pronoun is not the country
    assert countries_in("Write to us at the Karolinska Institutet, Stockholm") == {"Sweden"}


def test_a_city_of_the_same_country_the_affiliations_do_not_name_is_a_mismatch() -> None:
    sydney = authored_at("Black Dog Institute, Sydney, NSW, Australia")
    claim = "A Melbourne team concluded that long-term safety was poorly assessed."
    assert place_verdicts(claim, sydney) == [Verdict.METADATA_MISMATCH]
    assert place_verdicts("A Sydney team concluded that safety was unclear.", sydney) == [
        Verdict.SUPPORTED
    ]
    region = "Researchers at a centre run by the regional government of Catalonia found it."
    assert place_verdicts(region, PAMPLONA) == [Verdict.METADATA_MISMATCH]
