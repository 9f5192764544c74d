"""Two wrong claims called SUPPORTED on sets 46 and 47, fixed as classes after their one
measurement: opposite membrane and coupling changes, and a one-word journal a review appeared
in (read as a topic word only where it stands before the work it describes)."""

from __future__ import annotations

import pytest

from claimcheck.pubmed.model import AbstractSection, Journal, PartialDate, PubMedRecord
from claimcheck.report.model import FindingKind, Verdict
from claimcheck.verification.engine import verify

NEURONS = PubMedRecord(
    pmid="946001",
    title="T",
    abstract=[
        AbstractSection(
            text="In hippocampal interneurons, propofol induced membrane depolarization and "
            "weakened feedforward synaptic inhibition."
        )
    ],
)


@pytest.mark.parametrize(
    "claim",
    [
        "In hippocampal interneurons, propofol hyperpolarised the membrane.",
        "Propofol enhanced feedforward synaptic inhibition in hippocampal interneurons.",
    ],
)
def test_the_opposite_change_of_a_membrane_or_a_coupling_is_contradicted(claim: str) -> None:
    assert verify(claim, NEURONS).verdict is Verdict.CONTRADICTED


def test_the_records_own_changes_are_supported() -> None:
    claim = "In hippocampal interneurons, propofol depolarised the membrane."
    assert verify(claim, NEURONS).verdict is Verdict.SUPPORTED


PHARMACOLOGY = PubMedRecord(
    pmid="946002",
    title="Neuropharmacology of psilocybin: a review",
    abstract=[AbstractSection(text="Psilocybin acts on serotonin 2A receptors in the cortex.")],
    journal=Journal(title="Brain research bulletin", iso_abbreviation="Brain Res Bull"),
    pub_date=PartialDate(year=2016),
)


def test_a_one_word_journal_a_review_appeared_in_is_checked_even_if_it_is_the_topic() -> None:
    claim = "A 2016 review in Neuropharmacology said psilocybin acts on serotonin 2A receptors."
    found = [
        f.verdict for f in verify(claim, PHARMACOLOGY).findings if f.kind is FindingKind.JOURNAL
    ]
    assert found == [Verdict.METADATA_MISMATCH]


# --- from the review of the trust mend: routes and items --------------------------------------

_PMIDS = iter(range(946100, 946200))


def _verdict(claim: str, text: str) -> Verdict:
    record = PubMedRecord(pmid=str(next(_PMIDS)), title="T", abstract=[AbstractSection(text=text)])
    return verify(claim, record).verdict


@pytest.mark.parametrize(
    ("claim", "text"),
    [
        ("Grade II-IV gliomas grew faster.", "Grade II-IV gliomas grew faster."),
        (
            "Using BMI variants as an IV, obesity raised the risk of gout.",
            "Using BMI variants as an instrument, obesity raised the risk of gout.",
        ),
        ("Drinking chamomile infusion improved sleep.", "Drinking chamomile tea improved sleep."),
        (
            "Oral microbiota differed between the groups.",
            "Oral microbiota differed between the groups.",
        ),
        (
            "Rats given resveratrol orally gained less weight.",
            "Rats given resveratrol in drinking water gained less weight.",
        ),
    ],
)
def test_a_route_word_that_states_no_route_or_the_records_own_in_other_words_is_fine(
    claim: str, text: str
) -> None:
    assert _verdict(claim, text) is Verdict.SUPPORTED


def test_a_route_stated_as_the_way_of_giving_must_be_in_the_record() -> None:
    claim = "Each dose of drug X was given as an intravenous infusion."
    assert _verdict(claim, "Each dose of drug X eased pain within an hour.") is not (
        Verdict.SUPPORTED
    )


@pytest.mark.parametrize(
    ("claim", "text"),
    [
        (
            "Anaemia prevalence among women was 12%.",
            "Anaemia was studied in men, women and children. Compared with men, anaemia "
            "prevalence was higher at 12% among women.",
        ),
        (
            "With sitagliptin, the hazard ratio for hypoglycaemia was 1.10.",
            "Patients took sitagliptin, metformin or glipizide. In the sitagliptin group "
            "(n=1,050), compared with metformin, the hazard ratio for hypoglycaemia was 1.10.",
        ),
    ],
)
def test_a_value_whose_clause_names_the_claims_own_item_is_its_figure(
    claim: str, text: str
) -> None:
    assert _verdict(claim, text) is Verdict.SUPPORTED
