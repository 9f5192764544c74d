"""Who was studied: people against animals."""

from __future__ import annotations

from claimcheck.pubmed.model import AbstractSection, MeshHeading, PubMedRecord
from claimcheck.report.model import Verdict
from claimcheck.verification.assertions import extract_assertions
from claimcheck.verification.checks.population import check_population
from claimcheck.verification.index import build_index

MICE = PubMedRecord(
    pmid="1",
    title="Drug X in knock-out mice",
    abstract=[AbstractSection(text="Mice lacking the receptor slept longer after drug X.")],
    mesh_headings=[MeshHeading(descriptor="Animals"), MeshHeading(descriptor="Mice")],
)
PATIENTS = PubMedRecord(
    pmid="2",
    title="Drug X for chronic pain",
    abstract=[AbstractSection(text="Adults with chronic pain received drug X.")],
)


def verdicts(claim: str, rec: PubMedRecord) -> list[Verdict]:
    return [f.verdict for f in check_population(extract_assertions(claim), rec, build_index(rec))]


def test_a_claim_about_patients_from_a_mouse_study_is_a_mismatch() -> None:
    assert verdicts("drug X helped patients sleep", MICE) == [Verdict.METADATA_MISMATCH]


def test_a_claim_about_mice_from_a_study_of_people_is_a_mismatch() -> None:
    assert verdicts("drug X relieved pain in mice", PATIENTS) == [Verdict.METADATA_MISMATCH]


def test_a_named_condition_found_in_the_record_is_supported() -> None:
    assert verdicts("drug X helped patients with chronic pain", PATIENTS) == [Verdict.SUPPORTED]
    assert verdicts("drug X helped patients with migraine", PATIENTS) == []
