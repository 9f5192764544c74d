"""Numbers, round 18: a cut-off against a cut-off must be the same mark (a bound against an
observed value keeps its old reading), and a period the claim gives for an event (data
collection, recruitment, a literature search) is compared with the record's period for the same
event, not with the publication date."""

from __future__ import annotations

import pytest
from synthetic_records import made_up_record

from claimcheck.pubmed.model import PartialDate, PubMedRecord
from claimcheck.report.model import FindingKind, Verdict
from claimcheck.verification.engine import clear_caches, verify
from claimcheck.verification.quantities import find_date_spans


def _verdicts(claim: str, record: PubMedRecord) -> set[Verdict]:
    clear_caches()
    return {f.verdict for f in verify(claim, record).findings if f.kind is FindingKind.QUANTITY}


# --- a cut-off against a cut-off ------------------------------------------------------------------

REMISSION = made_up_record(
    "Adults with chronic low back pain received eight weeks of yoga or usual care.",
    "Treatment responders were defined as participants with a reduction of at least 40% in "
    "Roland-Morris disability scores.",
    "In the yoga arm, 62% of participants were responders, against 31% with usual care.",
    pmid="918001",
)
LOWER_CUTOFF = made_up_record(
    "Patients with insomnia were randomized to cognitive therapy or sleep hygiene education.",
    "Remitters, classified as those whose insomnia severity fell by more than 8 points, were "
    "followed for one year.",
    pmid="918002",
)


@pytest.mark.parametrize(
    "claim",
    [
        "Responders had a 25% or greater reduction in disability scores.",
        "A responder was defined as a drop of at least 60% in Roland-Morris disability.",
        "Responders were those with a reduction in disability scores of more than 25%.",
    ],
)
def test_another_cutoff_for_the_same_definition_is_a_contradiction(claim: str) -> None:
    assert _verdicts(claim, REMISSION) == {Verdict.CONTRADICTED}


@pytest.mark.parametrize(
    "claim",
    [
        "Responders had a 40% or greater reduction in disability scores.",
        "A responder was defined as a drop of at least 40 percent in Roland-Morris disability.",
    ],
)
def test_the_same_cutoff_is_supported(claim: str) -> None:
    assert _verdicts(claim, REMISSION) == {Verdict.SUPPORTED}


def test_a_bound_on_an_observed_share_still_holds_against_the_observed_value() -> None:
    # 62% of the yoga arm responded: "at least half" is a bound it meets, not a cut-off.
    assert _verdicts("At least 50% of the yoga participants responded.", REMISSION) == {
        Verdict.SUPPORTED
    }
    assert Verdict.SUPPORTED not in _verdicts(
        "At least 70% of the yoga participants responded.", REMISSION
    )


def test_points_cutoffs_compare_as_marks_on_either_side() -> None:
    assert _verdicts(
        "Remission was defined as a fall of more than 8 points in insomnia severity.", LOWER_CUTOFF
    ) == {Verdict.SUPPORTED}
    assert _verdicts(
        "Remission was defined as a fall of more than 5 points in insomnia severity.", LOWER_CUTOFF
    ) == {Verdict.CONTRADICTED}
    assert _verdicts(
        "Remission was defined as a fall of less than 8 points in insomnia severity.", LOWER_CUTOFF
    ) == {Verdict.CONTRADICTED}


# --- periods of events ----------------------------------------------------------------------------


def test_month_year_ranges_year_ranges_and_ends_are_read() -> None:
    spans = find_date_spans("Patients were enrolled from March 2011 to October 2013.")
    assert [(s.first, s.last) for s in spans] == [((2011, 3), (2013, 10))]
    spans = find_date_spans("recruited between February and May 2020")
    assert [(s.first, s.last) for s in spans] == [((2020, 2), (2020, 5))]
    spans = find_date_spans("We searched PubMed from inception to 3 April 2019.")
    assert [(s.first, s.last) for s in spans] == [(None, (2019, 4))]
    assert [(s.first, s.last) for s in find_date_spans("in 2004-2009")] == [((2004, 0), (2009, 0))]
    assert find_date_spans("the count rose to 2017 patients by 2018 staff") == []


ENROLLED = made_up_record(
    "A cohort of adults with asthma in rural clinics was followed for exacerbations.",
    "Participants were enrolled from March 2011 to October 2013 and followed until 2016.",
    "Exacerbations fell by a third with the community health worker programme.",
    pmid="918003",
    pub_date=PartialDate(year=2019),
)
SEARCHED = made_up_record(
    "We searched Embase and CINAHL from inception to 3 April 2019 for trials of music therapy.",
    "Twelve trials were included.",
    pmid="918004",
    pub_date=PartialDate(year=2020),
)


def test_another_end_or_start_of_the_same_period_contradicts() -> None:
    assert _verdicts(
        "Enrolment ran from March 2011 to October 2014 in this asthma cohort.", ENROLLED
    ) == {Verdict.CONTRADICTED}
    assert _verdicts(
        "Enrolment ran from May 2011 to October 2013 in this asthma cohort.", ENROLLED
    ) == {Verdict.CONTRADICTED}
    assert _verdicts("Adults were recruited between March 2011 and October 2013.", ENROLLED) == {
        Verdict.SUPPORTED
    }


def test_a_search_end_is_compared_with_the_records_search_end() -> None:
    assert _verdicts("The databases were searched up to April 2019.", SEARCHED) == {
        Verdict.SUPPORTED
    }
    assert _verdicts("The literature search ran until June 2020.", SEARCHED) == {
        Verdict.CONTRADICTED
    }
    # trials published before the search ended are no claim about where it ended
    assert _verdicts("The included trials were published between 2001 and 2018.", SEARCHED) == set()


def test_a_period_of_another_event_is_left_alone() -> None:
    # the record's enrolment period says nothing of when the data were analysed
    assert _verdicts("Data were analysed from January 2017 to June 2018.", ENROLLED) == set()
