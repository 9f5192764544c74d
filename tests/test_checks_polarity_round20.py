"""Round 20 (polarity): terse denials without an auxiliary verb, denials that say the same in
other words, and "only X, not Y" exclusions."""

from __future__ import annotations

import pytest

from claimcheck.pubmed.model import AbstractSection, PubMedRecord
from claimcheck.report.model import Finding, Verdict
from claimcheck.verification.checks.terse_polarity import deny_alike, terse_denial
from claimcheck.verification.engine import verify
from claimcheck.verification.index import terms_of


def _record(title: str, abstract: str) -> PubMedRecord:
    return PubMedRecord(pmid="1", title=title, abstract=[AbstractSection(text=abstract)])


def _support(findings: list[Finding]) -> Finding:
    return next(f for f in findings if f.kind.value == "support")


_AFFIRMS = _record(
    "Plasma lithium and tremor in bipolar disorder",
    "We followed outpatients with bipolar disorder on lithium. "
    "Plasma lithium concentrations were correlated with tremor severity. "
    "Long-term adherence is limited by weight gain and thirst.",
)
_DENIES = _record(
    "Plasma lithium and tremor in bipolar disorder",
    "We followed outpatients with bipolar disorder on lithium. "
    "Plasma lithium concentrations were not correlated with tremor severity. "
    "Long-term adherence is not limited by weight gain and thirst.",
)

_TERSE_DENIALS = [
    "Plasma lithium concentrations: not correlated with tremor severity.",
    "Lithium levels - not correlated with tremor severity.",
    "Long-term adherence not limited by weight gain or thirst.",
]


@pytest.mark.parametrize("claim", _TERSE_DENIALS)
def test_terse_denial_of_an_affirmed_relation_is_contradicted(claim: str) -> None:
    assert _support(verify(claim, _AFFIRMS).findings).verdict is Verdict.CONTRADICTED


@pytest.mark.parametrize("claim", _TERSE_DENIALS)
def test_terse_denial_of_a_denied_relation_is_supported(claim: str) -> None:
    assert _support(verify(claim, _DENIES).findings).verdict is Verdict.SUPPORTED


def test_terse_affirmation_of_an_affirmed_relation_stays_supported() -> None:
    claim = "Plasma lithium concentrations: correlated with tremor severity."
    assert _support(verify(claim, _AFFIRMS).findings).verdict is Verdict.SUPPORTED


@pytest.mark.parametrize(
    "claim",
    [
        "Statin users: not yet tested in children.",
        "Serum ferritin - never associated with gout",
        "Its widespread use not limited by cost.",
        "Not significantly different from placebo.",
    ],
)
def test_verbless_denials_are_read_as_the_claims_statement(claim: str) -> None:
    assert terse_denial(claim)


@pytest.mark.parametrize(
    "claim",
    [
        # a full clause before the bare "not": it describes, it does not deny the statement
        "Mood improved within a day, an effect not seen after saline.",
        "The review covers mechanisms not involving receptor blockade.",
        "Patients who have not responded to two drugs were enrolled.",
        "Patients not treated with insulin were more often obese.",
        "Tremor was not correlated with lithium levels.",  # the auxiliary makes it plain
        "Longer, not shorter, telomeres went with higher risk.",
    ],
)
def test_bare_not_inside_a_clause_is_no_terse_denial(claim: str) -> None:
    assert not terse_denial(claim)


_RIVALRY = _record(
    "Two pathways of ketone signalling",
    "The two proposed pathways are not mutually exclusive and may act together to lower "
    "hepatic glucose output.",
)


def test_denials_of_one_family_agree() -> None:
    claim = "Ketone signalling: the two proposed pathways may act together, not compete."
    assert _support(verify(claim, _RIVALRY).findings).verdict is Verdict.SUPPORTED


def test_affirmed_rivalry_against_denied_exclusivity_is_not_supported() -> None:
    claim = "Ketone signalling: the two proposed pathways compete with each other."
    assert _support(verify(claim, _RIVALRY).findings).verdict is not Verdict.SUPPORTED


def test_denial_families() -> None:
    stems = lambda text: {t.stem for t in terms_of(text)}  # noqa: E731
    assert deny_alike(stems("compete"), stems("mutually exclusive"))
    assert deny_alike(stems("differ"), stems("difference"))
    assert not deny_alike(stems("compete"), stems("difference"))


_BOTH = _record(
    "Antifibrotic drugs in lung disease",
    "Antifibrotic drugs have slowed lung function decline in both adults and children. "
    "Adverse events were mostly gastrointestinal.",
)
_ONE = _record(
    "Antifibrotic drugs in lung disease",
    "Antifibrotic drugs have slowed lung function decline in adults, but not in children. "
    "Adverse events were mostly gastrointestinal.",
)


@pytest.mark.parametrize(
    "claim",
    [
        "Antifibrotic drugs: lung function decline slowed in adults only, not yet in children.",
        "Antifibrotic drugs slowed lung function decline only in adults, not in children.",
        "Antifibrotic drugs slowed lung function decline in adults, not in children.",
    ],
)
def test_exclusion_against_a_record_naming_both_is_contradicted(claim: str) -> None:
    assert _support(verify(claim, _BOTH).findings).verdict is Verdict.CONTRADICTED


def test_exclusion_the_record_shares_stays_supported() -> None:
    claim = "Antifibrotic drugs slowed lung function decline in adults, not in children."
    assert _support(verify(claim, _ONE).findings).verdict is Verdict.SUPPORTED
