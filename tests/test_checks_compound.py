"""Compound claims ("X, and Y") are judged a statement at a time when no sentence says all."""

from __future__ import annotations

import claimcheck
from claimcheck.pubmed.model import AbstractSection, PubMedRecord
from claimcheck.report.model import FindingKind, Verdict

RECORD = PubMedRecord(
    pmid="1",
    title="Ketamine in treatment-resistant anxiety",
    abstract=[
        AbstractSection(
            label="RESULTS",
            text=(
                "Midazolam had minor brief effects on anxiety ratings. "
                "Ketamine infusions lowered blood pressure within two hours in most patients. "
                "A dose-response profile was noted for the anxiolytic effects of ketamine."
            ),
        )
    ],
)


def support_verdict(claim: str) -> Verdict:
    result = claimcheck.verify(claim, RECORD)
    (finding,) = [f for f in result.findings if f.kind is FindingKind.SUPPORT]
    return finding.verdict


def test_each_statement_backed_by_its_own_sentence_supports_the_whole() -> None:
    claim = (
        "Midazolam had only minor, brief effects on anxiety ratings; ketamine infusions lowered "
        "blood pressure within two hours in most patients, and a dose-response profile was "
        "noted for the anxiolytic effects of ketamine."
    )
    assert support_verdict(claim) is Verdict.SUPPORTED


def test_one_statement_the_record_lacks_leaves_the_whole_unbacked() -> None:
    claim = (
        "Midazolam had only minor, brief effects on anxiety ratings, whereas ketamine cured "
        "insomnia in every participant within a fortnight."
    )
    assert support_verdict(claim) is Verdict.NOT_IN_SOURCE


def test_who_says_it_is_not_part_of_what_must_be_found() -> None:
    plain = "Midazolam had only minor, brief effects on anxiety ratings."
    for framed in (
        f"Writing in Psychopharmacology, a team from Toronto reported that {plain[0].lower()}"
        f"{plain[1:]}",
        f"{plain[:-1]}, the authors note.",
        f"According to the researchers, {plain[0].lower()}{plain[1:]}",
    ):
        result = claimcheck.verify(framed, RECORD)
        (finding,) = [f for f in result.findings if f.kind is FindingKind.SUPPORT]
        assert finding.verdict is Verdict.SUPPORTED, framed
