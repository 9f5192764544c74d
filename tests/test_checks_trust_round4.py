"""Numbers keep their own subgroup and their own role: in "solution A held 5% and solution B 8%"
each number belongs to the label of its own coordinated part, and "three additional doses" is
an increment on top of a course, never the size of that course."""

from __future__ import annotations

import pytest
from synthetic_records import made_up_record

import claimcheck
from claimcheck.pubmed.model import PubMedRecord
from claimcheck.report.model import Verdict


def _record(pmid: str, title: str, *sentences: str) -> PubMedRecord:
    return made_up_record(*sentences, title=title, pmid=pmid)


def _verdict(claim: str, record: PubMedRecord) -> Verdict:
    return claimcheck.verify(claim, record).verdict


MEDIA = _record(
    "910001",
    "Two storage media for donor corneas",
    "Two storage media were compared: a buffered saline holding 4% dextran (medium A) and a "
    "culture fluid holding 8% dextran (medium B).",
    "Endothelial cell loss after two weeks was lower with medium B.",
)

COURSE = _record(
    "910002",
    "Repeated intravenous iron in anaemic heart failure",
    "All patients received a course of five iron infusions given twice weekly over 3 weeks.",
    "Patients whose ferritin stayed low received three additional infusions given monthly.",
)


@pytest.mark.parametrize(
    "claim",
    [
        "Medium A held 8% dextran and medium B held 4% dextran.",
        "Medium A held 8% dextran, whereas medium B held 4% dextran.",
    ],
)
def test_numbers_swapped_between_named_subgroups_are_not_supported(claim: str) -> None:
    assert _verdict(claim, MEDIA) is not Verdict.SUPPORTED


@pytest.mark.parametrize(
    "claim",
    [
        "Medium A held 4% dextran and medium B held 8% dextran.",
        "Medium A held 4% dextran, whereas medium B held 8% dextran.",
    ],
)
def test_numbers_with_their_own_subgroups_are_supported(claim: str) -> None:
    assert _verdict(claim, MEDIA) is Verdict.SUPPORTED


def test_an_added_count_is_not_the_size_of_the_course() -> None:
    claim = "Patients received a course of three iron infusions over 3 weeks."
    assert _verdict(claim, COURSE) is Verdict.CONTRADICTED


def test_the_true_course_size_is_still_supported() -> None:
    claim = "Patients received a course of five iron infusions over 3 weeks."
    assert _verdict(claim, COURSE) is Verdict.SUPPORTED


def test_an_added_count_still_backs_a_claim_that_calls_it_added() -> None:
    claim = "Patients with low ferritin received three more iron infusions."
    assert _verdict(claim, COURSE) is not Verdict.CONTRADICTED
