"""Round 22 trust classes: a route of administration the record never names, a claim that an
effect did not depend on dose against a record's dose-response, and "A, not B" against a record
that says B."""

from __future__ import annotations

import pytest

from claimcheck.pubmed.model import (
    AbstractSection,
    Author,
    Journal,
    MeshHeading,
    PartialDate,
    PubMedRecord,
)
from claimcheck.report.model import FindingKind, Verdict
from claimcheck.verification.checks.route import stated_routes
from claimcheck.verification.engine import verify


def _record(abstract: str, mesh: tuple[str, ...] = ()) -> PubMedRecord:
    return PubMedRecord(
        pmid="22222222",
        title="Esketamine in refractory panic disorder: a pilot trial",
        abstract=[AbstractSection(text=abstract)],
        journal=Journal(title="Journal of Anxiety Research", iso_abbreviation="J Anxiety Res"),
        pub_date=PartialDate(year=2021),
        authors=[Author(last_name="Okafor", initials="B")],
        mesh_headings=[MeshHeading(descriptor=d) for d in mesh],
    )


_NO_ROUTE = (
    "Sixteen adults with refractory panic disorder received three escalating esketamine doses "
    "one week apart. "
    "Panic severity fell within two hours of each esketamine dose and stayed lower for five days. "
    "A dose-response relationship was seen for panic relief, dizziness and rises in heart rate. "
    "Esketamine was well tolerated."
)
_ROUTE_NAMED = _NO_ROUTE.replace("received three", "received three intramuscular")


# --- 1. a route the record never names ----------------------------------------------------------


@pytest.mark.parametrize(
    "claim",
    [
        "Each escalating esketamine dose was delivered intravenously in this pilot trial.",
        "In the pilot, the esketamine doses were given as infusions, and panic severity fell "
        "within two hours.",
        "Participants took their esketamine doses by mouth; panic severity fell within two hours.",
        "The escalating esketamine doses were sprayed intranasally.",
    ],
)
def test_route_the_record_never_names_is_not_in_source(claim: str) -> None:
    result = verify(claim, _record(_NO_ROUTE))
    assert result.verdict is Verdict.NOT_IN_SOURCE
    assert any(
        f.kind is FindingKind.ROUTE and f.verdict is Verdict.NOT_IN_SOURCE for f in result.findings
    )


def test_route_named_by_the_record_stays_supported() -> None:
    claim = "Sixteen adults received three escalating intramuscular esketamine doses."
    assert verify(claim, _record(_ROUTE_NAMED)).verdict is Verdict.SUPPORTED


def test_route_named_only_in_mesh_headings_stays_supported() -> None:
    claim = "Sixteen adults received three escalating intramuscular esketamine doses."
    record = _record(_NO_ROUTE, mesh=("Injections, Intramuscular", "Panic Disorder"))
    assert verify(claim, record).verdict is Verdict.SUPPORTED


def test_another_named_route_still_contradicts() -> None:
    claim = "Sixteen adults received three escalating intravenous esketamine doses."
    assert verify(claim, _record(_ROUTE_NAMED)).verdict is Verdict.CONTRADICTED


def test_record_infusion_backs_an_intravenous_claim() -> None:
    abstract = _NO_ROUTE.replace("escalating esketamine doses", "escalating esketamine infusions")
    claim = "Sixteen adults received three escalating intravenous esketamine doses."
    assert verify(claim, _record(abstract)).verdict is Verdict.SUPPORTED


@pytest.mark.parametrize(
    "text",
    [
        "Oral contraceptive users had fewer migraines.",
        "Cytochrome c oxidase (complex IV) activity fell.",
        "Schedule IV drugs were prescribed less often.",
        "Patients took the tablets each morning.",
    ],
)
def test_drug_classes_forms_and_numerals_state_no_route(text: str) -> None:
    assert stated_routes(text) == {}


# --- 2. dose independence against a dose-response -------------------------------------------------


@pytest.mark.parametrize(
    "claim",
    [
        "Dizziness was roughly the same whatever the esketamine dose.",
        "Panic relief did not depend on the esketamine dose.",
        "Heart rate rises were similar no matter which esketamine dose was given.",
        "Dizziness showed no dose-response in the pilot trial.",
    ],
)
def test_dose_independence_against_dose_response_is_contradicted(claim: str) -> None:
    assert verify(claim, _record(_NO_ROUTE)).verdict is Verdict.CONTRADICTED


def test_dose_dependence_stays_supported() -> None:
    claim = "Dizziness showed a dose-response relationship with esketamine."
    assert verify(claim, _record(_NO_ROUTE)).verdict is Verdict.SUPPORTED


# --- 3. "A, not B" against a record that says B ----------------------------------------------

_ALLELE = (
    "We genotyped 2,400 adults for variants in the CLOCK gene. "
    "Carriers of the rs1801260 C allele had shorter circadian periods (p=0.01). "
    "No variant was associated with sleep duration."
)


@pytest.mark.parametrize(
    "claim",
    [
        "People with the rarer form of rs1801260 tended to have longer circadian periods, not "
        "shorter ones.",
        "Carriers of the rs1801260 C allele had longer circadian periods, not shorter.",
        "The rs1801260 C allele went with longer circadian periods rather than shorter circadian "
        "periods.",
    ],
)
def test_affirmed_opposite_of_the_record_word_is_contradicted(claim: str) -> None:
    assert verify(claim, _record(_ALLELE)).verdict is Verdict.CONTRADICTED


@pytest.mark.parametrize(
    "claim",
    [
        "Carriers of the rs1801260 C allele had shorter circadian periods, not longer ones.",
        "Carriers of the rs1801260 C allele had shorter circadian periods, not longer.",
    ],
)
def test_affirmed_record_word_stays_supported(claim: str) -> None:
    assert verify(claim, _record(_ALLELE)).verdict is Verdict.SUPPORTED


def test_dose_independence_of_an_outcome_outside_the_dose_response_is_not_contradicted() -> None:
    claim = "Esketamine was well tolerated whatever the dose."
    assert verify(claim, _record(_NO_ROUTE)).verdict is Verdict.NOT_IN_SOURCE
