"""Round 14, places and metadata: where the studied people, data or pooled trials came from."""

from __future__ import annotations

from pathlib import Path

from claimcheck.pubmed.model import AbstractSection, Author, PubMedRecord
from claimcheck.pubmed.parser import parse_records
from claimcheck.report.model import FindingKind, Verdict
from claimcheck.verification.assertions import extract_assertions
from claimcheck.verification.checks.funding import check_funding
from claimcheck.verification.checks.sites import check_sites
from claimcheck.verification.engine import verify
from claimcheck.verification.index import build_index
from claimcheck.verification.places import studied_places


def make_record(
    abstract: str, affiliation: str = "Department of Medicine, Ghent, Belgium."
) -> PubMedRecord:
    return PubMedRecord(
        pmid="1",
        title="Coffee intake and later gallstone disease",
        abstract=[AbstractSection(text=abstract)],
        authors=[Author(last_name="Doe", affiliations=[affiliation])],
    )


PLACED = make_record(
    "We followed 12,000 adults from three Japanese cohorts for a median of 9 years. "
    "Drinking three or more cups a day was associated with a lower risk of gallstone disease."
)
UNPLACED = make_record(
    "We pooled 14 randomized trials of statins. Statins lowered the risk of stroke."
)


def place_verdicts(claim: str, record: PubMedRecord) -> list[Verdict]:
    index = build_index(record)
    findings = check_sites(extract_assertions(claim), record, index)
    return [f.verdict for f in findings if f.kind is FindingKind.COUNTRY]


def test_place_after_the_group_in_any_preposition_is_read() -> None:
    for claim, countries in [
        ("Nurses recruited in Norway and Finland drank less coffee.", {"Norway", "Finland"}),
        ("Data from across Scandinavia were pooled.", {"Sweden", "Norway", "Denmark"}),
        ("Participants enrolled at clinics in Toronto were older.", {"Canada"}),
        ("Veterans throughout North America took part.", {"United States", "Canada"}),
    ]:
        groups = studied_places(claim)
        assert groups, claim
        assert groups[0].countries == frozenset(countries), claim


def test_words_that_name_no_place_are_not_read_as_one() -> None:
    assert studied_places("Women in their fifties drank more coffee.") == []
    assert studied_places("Asian American adults took part.") == []
    # the place qualifies the trial, and the verb ends the phrase: no studied group is placed
    assert studied_places("A trial from Ohio found treated patients improved.") == []


def test_other_place_for_the_studied_group_is_a_mismatch() -> None:
    for claim in [
        "In three cohorts in Sweden, coffee drinkers had fewer gallstones.",
        "Pooling cohorts from across Europe, the authors linked coffee to fewer gallstones.",
        "Among Brazilian adults, coffee drinkers had fewer gallstones.",
        "A Danish registry linked coffee to fewer gallstones.",
    ]:
        assert Verdict.METADATA_MISMATCH in place_verdicts(claim, PLACED), claim


def test_same_place_in_other_words_is_supported() -> None:
    for claim in [
        "In three cohorts in Japan, coffee drinkers had fewer gallstones.",
        "Japanese adults who drank coffee had fewer gallstones.",
        "Cohorts from East Asia linked coffee to fewer gallstones.",
    ]:
        verdicts = place_verdicts(claim, PLACED)
        assert Verdict.SUPPORTED in verdicts and Verdict.METADATA_MISMATCH not in verdicts, claim


def test_place_the_record_never_gives_is_not_in_source() -> None:
    for claim in [
        "Most of the pooled trials were run in China.",
        "The trials, conducted across Latin America, showed statins lowered stroke risk.",
        "Korean patients on statins had fewer strokes.",
    ]:
        assert place_verdicts(claim, UNPLACED) == [Verdict.NOT_IN_SOURCE], claim


def test_authors_country_backs_neither_the_people_studied_nor_a_reviews_trials() -> None:
    # The authors work in Belgium, but where the people studied live (round 25 review mend,
    # probe_fifth a-w4) and where the trials a review pooled were run are facts the abstract
    # must give; it does not.
    assert place_verdicts("Belgian patients on statins had fewer strokes.", UNPLACED) == [
        Verdict.NOT_IN_SOURCE
    ]
    assert place_verdicts("The pooled trials were run in Belgium.", UNPLACED) == [
        Verdict.NOT_IN_SOURCE
    ]


def test_pooled_trials_place_is_not_judged_by_affiliations() -> None:
    claim = "Most of the included trials were conducted in Belgium."
    record = UNPLACED
    findings = check_funding(extract_assertions(claim), record, build_index(record))
    assert findings == []


def test_where_the_researchers_are_is_not_where_the_trials_were() -> None:
    claim = "Pooling nine trials, investigators from Boston and Chicago found statins helped."
    assert studied_places(claim) == []


# --- other metadata wording -------------------------------------------------------------------

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def fixture(pmid: str) -> PubMedRecord:
    return parse_records((FIXTURES / f"{pmid}.xml").read_bytes())[0]


def verdicts_of(claim: str, record: PubMedRecord, kind: FindingKind) -> list[Verdict]:
    return [f.verdict for f in verify(claim, record).findings if f.kind is kind]


def test_a_share_of_participants_is_not_a_head_count() -> None:
    # Phillips 2019 states "Forty-one participants"; "nearly two in three" of them is a share.
    record = fixture("30922101")
    for claim in [
        "Nearly two in three participants responded to the repeated course.",
        "About one in four patients relapsed within weeks.",
    ]:
        assert Verdict.METADATA_MISMATCH not in verdicts_of(
            claim, record, FindingKind.SAMPLE_SIZE
        ), claim


def test_parallel_group_against_a_crossover_is_a_mismatch() -> None:
    record = fixture("30922101")  # "a single-site randomized double-blind crossover comparison"
    for claim in [
        "In a parallel-arm trial, a ketamine infusion beat midazolam.",
        "The trial used a parallel design with ketamine and midazolam groups.",
    ]:
        assert Verdict.METADATA_MISMATCH in verdicts_of(claim, record, FindingKind.DESIGN), claim
    assert Verdict.METADATA_MISMATCH not in verdicts_of(
        "In a crossover trial, a ketamine infusion beat midazolam.", record, FindingKind.DESIGN
    )


def test_years_of_the_works_a_review_covered_are_not_its_publication_year() -> None:
    record = fixture("28757132")  # a systematic review published 2017/2018, no search dates
    for claim in [
        "The review covered trials published between 1995 and 2016.",
        "It pooled articles dating back to 1990.",
    ]:
        found = verdicts_of(claim, record, FindingKind.YEAR)
        assert found and Verdict.METADATA_MISMATCH not in found, claim
    # the review's own year is still checked
    assert Verdict.METADATA_MISMATCH in verdicts_of(
        "The review was published in 2009.", record, FindingKind.YEAR
    )
