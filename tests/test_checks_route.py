"""Route of administration: how the claim says a drug was given against what the abstract says."""

from __future__ import annotations

import pytest

from claimcheck.pubmed.model import AbstractSection, PubMedRecord
from claimcheck.report.model import FindingKind, Verdict
from claimcheck.verification.assertions import extract_assertions
from claimcheck.verification.checks.route import check_route, routes_in
from claimcheck.verification.index import build_index


def record(methods: str) -> PubMedRecord:
    return PubMedRecord(
        pmid="1",
        title="Ketamine maintenance in anxiety (DSM IV)",
        abstract=[AbstractSection(label="METHODS", text=methods)],
    )


SUBCUTANEOUS = record("Patients received weekly ketamine doses of 1 mg/kg injected subcutaneously.")


def route_verdicts(claim: str, rec: PubMedRecord) -> list[Verdict]:
    findings = check_route(extract_assertions(claim), rec, build_index(rec))
    assert all(f.kind is FindingKind.ROUTE for f in findings)
    return [f.verdict for f in findings]


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("Patients received weekly ketamine intravenously.", [Verdict.CONTRADICTED]),
        ("Patients took weekly ketamine tablets.", [Verdict.CONTRADICTED]),
        ("Patients received weekly ketamine injected under the skin.", [Verdict.SUPPORTED]),
        ("Patients received weekly subcutaneous ketamine.", [Verdict.SUPPORTED]),
        ("Patients received weekly ketamine.", []),  # no route claimed
    ],
)
def test_a_route_the_abstract_does_not_name_is_contradicted(
    claim: str, expected: list[Verdict]
) -> None:
    assert route_verdicts(claim, SUBCUTANEOUS) == expected


def test_a_record_naming_no_route_leaves_the_claimed_route_unbacked() -> None:
    rec = record("Patients received weekly ketamine doses of 1 mg/kg.")
    verdicts = route_verdicts("Patients received weekly ketamine intravenously.", rec)
    assert verdicts == [Verdict.NOT_IN_SOURCE]


def test_roman_numerals_and_body_parts_are_not_routes() -> None:
    assert routes_in("treatment-refractory DSM IV generalised anxiety disorder") == {}
    assert routes_in("stage IV cancer of the oral cavity") == {}
    assert set(routes_in("ketamine 0.5 mg/kg IV over 40 minutes")) == {"intravenous"}
    assert set(routes_in("esketamine nasal spray twice weekly")) == {"intranasal"}
