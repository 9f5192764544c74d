"""Round 26 mend (support): a record's "did not prevent X" never backs a lay denial of X; "almost
zero" is sameness only of a difference; "held steady" agrees with "no change" only of the same
measure ("were put" is no steady claim); a non-inferiority ("no less effective than") is what a
claim of sameness says; a bare "but N" after a verb starts a new clause, not an exception."""

from __future__ import annotations

import pytest

from claimcheck.pubmed.model import AbstractSection, PubMedRecord
from claimcheck.report.model import Verdict
from claimcheck.verification.engine import verify


def _record(title: str, abstract: str) -> PubMedRecord:
    return PubMedRecord(pmid="1", title=title, abstract=[AbstractSection(text=abstract)])


# --- 2. a record's denied prevention never backs a lay denial --------------------------------

_NOT_PREVENTED = _record(
    "Ketamine in the emergency department for suicidal depression",
    "We randomized 156 suicidal patients with depression to ketamine or midazolam in the "
    "emergency department. Ketamine did not reduce hospital admission within 30 days compared "
    "with midazolam. Ketamine did not prevent intensive care transfer. Ketamine reduced suicidal "
    "ideation at 24 hours.",
)


@pytest.mark.parametrize(
    "claim",
    [
        "Patients on ketamine avoided intensive care transfer.",
        "Patients given ketamine got around intensive care transfer.",
        "With ketamine, patients sidestepped intensive care transfer.",
    ],
)
def test_denied_prevention_does_not_back_a_lay_denial(claim: str) -> None:
    assert verify(claim, _NOT_PREVENTED).verdict is not Verdict.SUPPORTED, claim


def test_what_the_record_denies_alike_still_agrees() -> None:
    record = _record(
        "Ketamine mechanisms",
        "Ketamine may act through mechanisms that do not involve NMDA receptor blockade. "
        "Ketamine rapidly reduced depressive symptoms.",
    )
    claim = "Ketamine may act through mechanisms that bypass NMDA receptor blockade."
    assert verify(claim, record).verdict is Verdict.SUPPORTED


# --- 3. "almost zero" is sameness only of a difference ---------------------------------------

_NO_DIFFERENCE = _record(
    "Ketamine relapse",
    "Sixty patients with depression were randomized to ketamine or midazolam. Relapse rates at "
    "4 weeks did not differ between ketamine and midazolam. Dissociation scores were different "
    "between groups.",
)


@pytest.mark.parametrize(
    "claim",
    [
        "Relapse at 4 weeks after ketamine was almost zero.",
        "Relapse rates at 4 weeks were virtually nil with ketamine and midazolam.",
        "After ketamine, relapse at 4 weeks was practically zero.",
    ],
)
def test_almost_zero_of_a_measure_is_not_no_difference(claim: str) -> None:
    assert verify(claim, _NO_DIFFERENCE).verdict is not Verdict.SUPPORTED, claim


def test_indistinguishable_still_says_no_difference() -> None:
    claim = (
        "Relapse rates at 4 weeks were statistically indistinguishable between ketamine and "
        "midazolam."
    )
    assert verify(claim, _NO_DIFFERENCE).verdict is Verdict.SUPPORTED


# --- 4. "held steady" agrees with "no change" only of the same measure -----------------------

_NO_CHANGE = _record(
    "Ketamine and cardiovascular measures in depression",
    "Forty patients with depression received ketamine infusions. Depression scores showed no "
    "change after the first week. There was no change in heart rate, whereas blood pressure "
    "rose by 10 mm Hg after ketamine.",
)


@pytest.mark.parametrize(
    "claim",
    [
        "Patients were put on ketamine and their depression scores changed after the first week.",
        "Patients were kept steady on ketamine and their depression scores changed after the "
        "first week.",
        "Blood pressure held steady after ketamine.",
    ],
)
def test_steady_claim_of_another_measure_is_not_no_change(claim: str) -> None:
    assert verify(claim, _NO_CHANGE).verdict is not Verdict.SUPPORTED, claim


@pytest.mark.parametrize(
    "claim",
    [
        "Heart rate held steady, whereas blood pressure rose after ketamine.",
        "Heart rate stayed stable, whereas blood pressure changed after ketamine.",
    ],
)
def test_steady_claim_of_the_same_measure_agrees(claim: str) -> None:
    assert verify(claim, _NO_CHANGE).verdict is Verdict.SUPPORTED, claim


# --- 5. non-inferiority is what a claim of sameness says -------------------------------------

_NON_INFERIOR = _record(
    "Ketamine versus electroconvulsive therapy for treatment-resistant depression",
    "In this open-label noninferiority trial, 403 patients with treatment-resistant depression "
    "were randomized to ketamine or electroconvulsive therapy. Ketamine was no less effective "
    "than electroconvulsive therapy in reducing depressive symptoms. Ketamine produced no worse "
    "memory outcomes than electroconvulsive therapy.",
)


@pytest.mark.parametrize(
    "claim",
    [
        "Ketamine was as effective as electroconvulsive therapy in reducing depressive symptoms.",
        "Ketamine was equally effective as electroconvulsive therapy in reducing depressive "
        "symptoms.",
        "Memory outcomes with ketamine were as good as with electroconvulsive therapy.",
    ],
)
def test_sameness_is_not_contradicted_by_non_inferiority(claim: str) -> None:
    assert verify(claim, _NON_INFERIOR).verdict is not Verdict.CONTRADICTED, claim


@pytest.mark.parametrize(
    "claim",
    [
        "Ketamine was less effective than electroconvulsive therapy in reducing depressive "
        "symptoms.",
        "Ketamine produced worse memory outcomes than electroconvulsive therapy.",
    ],
)
def test_inferiority_is_still_not_supported(claim: str) -> None:
    assert verify(claim, _NON_INFERIOR).verdict is not Verdict.SUPPORTED, claim


def test_denied_comparison_reaches_past_a_decimal() -> None:
    record = _record(
        "Ketamine versus electroconvulsive therapy",
        "Patients were randomized to ketamine or electroconvulsive therapy. Patients given "
        "ketamine reported no more headaches (2.5%) than those given electroconvulsive therapy.",
    )
    claim = "Patients given ketamine reported more headaches than those given ECT."
    assert verify(claim, record).verdict is not Verdict.SUPPORTED


# --- 6. "all X did it, but N later ..." is a new clause, not an exception --------------------

_ALL_THEN = _record(
    "Ketamine infusions for treatment-resistant depression",
    "Twelve patients with treatment-resistant depression received six ketamine infusions over "
    "two weeks. All 12 patients improved, but 3 later relapsed. All studies but one were at "
    "high risk of bias.",
)


@pytest.mark.parametrize(
    "claim", ["All 12 patients improved.", "Every one of the 12 patients improved."]
)
def test_all_then_but_n_later_is_not_an_exception(claim: str) -> None:
    assert verify(claim, _ALL_THEN).verdict is not Verdict.CONTRADICTED, claim


def test_all_but_n_were_is_still_an_exception() -> None:
    claim = "All studies were at high risk of bias."
    assert verify(claim, _ALL_THEN).verdict is Verdict.CONTRADICTED
