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
