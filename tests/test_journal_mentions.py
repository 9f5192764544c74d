"""Journal names a claim gives in the ways writers give them, and what is not a journal."""

from __future__ import annotations

import pytest

from claimcheck.verification.assertions import extract_assertions


@pytest.mark.parametrize(
    ("claim", "journal"),
    [
        ("Writing in Lancet Psychiatry, a team concluded that safety was poorly assessed.",
         "Lancet Psychiatry"),
        ("Writing in Nature Medicine in 2020, researchers reported a trigger.", "Nature Medicine"),
        ("Writing in Anesthesia & Analgesia, a team screened 696 studies.",
         "Anesthesia & Analgesia"),
        ("A 1986 Biochimica et Biophysica Acta paper linked the heme iron to flavin reactivity.",
         "Biochimica et Biophysica Acta"),
        ("The topic was reviewed in 1990 in the American Journal of Public Health.",
         "American Journal of Public Health"),
        ("In Biological Psychiatry in 2000, Hamilton scores fell by 14 points.",
         "Biological Psychiatry"),
    ],
)  # fmt: skip
def test_journal_names_are_read(claim: str, journal: str) -> None:
    assert [j.name for j in extract_assertions(claim).journals] == [journal]


@pytest.mark.parametrize(
    "claim",
    [
        "Researchers in the Department of Psychiatry at Yale found it.",
        "Patients in Connecticut improved within 72 hours.",
        "In Spain, runners were tested on a treadmill.",
    ],
)
def test_places_and_departments_are_not_journals(claim: str) -> None:
    assert extract_assertions(claim).journals == ()


def test_an_institute_in_a_journal_name_is_not_where_the_work_was_done() -> None:
    claim = (
        "Writing in the Journal of the National Cancer Institute, researchers from Harvard "
        "tied three variants to pancreatic cancer."
    )
    assertions = extract_assertions(claim)
    assert [j.name for j in assertions.journals] == ["Journal of the National Cancer Institute"]
    assert [s.place for s in assertions.sponsors] == ["Harvard"]
