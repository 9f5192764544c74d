"""Round 17 (support): stances (a call for more work, dependence on dose) and framing words."""

from __future__ import annotations

import pytest

from claimcheck.pubmed.model import AbstractSection, PubMedRecord
from claimcheck.report.model import Finding, Verdict
from claimcheck.verification import lexicon as lx
from claimcheck.verification.engine import verify


def _record(title: str, abstract: str) -> PubMedRecord:
    return PubMedRecord(pmid="1", title=title, abstract=[AbstractSection(text=abstract)])


def _support(findings: list[Finding]) -> Finding:
    return next(f for f in findings if f.kind.value == "support")


_LITHIUM = _record(
    "Lithium maintenance in bipolar adolescents: a systematic review",
    "We reviewed 31 studies of lithium maintenance in adolescents with bipolar disorder. "
    "Renal and thyroid adverse events were reported after long-term lithium exposure. "
    "Larger randomised trials with repeated lithium level monitoring and long follow-up are "
    "needed to establish renal safety.",
)

_NO_MORE = _record(
    "Statin therapy after minor stroke: a meta-analysis",
    "We pooled 12 trials of statin therapy after minor stroke. "
    "Recurrent stroke was reduced with statin therapy. "
    "No further placebo-controlled statin trials after minor stroke are needed.",
)

_MAGNESIUM = _record(
    "Magnesium for nocturnal leg cramps: a three-dose crossover trial",
    "Forty adults with nocturnal leg cramps took magnesium at 100, 200 and 400 mg. "
    "Cramp frequency fell with magnesium. "
    "The reduction in cramp frequency was dose-dependent, largest at 400 mg.",
)

_ZINC = _record(
    "Zinc lozenges for the common cold",
    "Sixty adults with a cold took zinc lozenges at one of two doses. "
    "Cold duration was shorter with zinc than with placebo, independent of the zinc dose.",
)

_IRON = _record(
    "Oral iron in pregnancy",
    "Pregnant women with anaemia took oral iron for 12 weeks. Haemoglobin rose with oral iron.",
)


@pytest.mark.parametrize(
    "claim",
    [
        "The authors saw no need for larger lithium trials with repeated level monitoring.",
        "The reviewers advised against further large lithium trials with long follow-up.",
        "The review found no reason to run larger trials monitoring lithium levels.",
    ],
)
def test_denying_a_call_the_record_makes_is_contradicted(claim: str) -> None:
    result = verify(claim, _LITHIUM)
    assert result.verdict is Verdict.CONTRADICTED
    assert "call for more work" in _support(result.findings).message


def test_urging_trials_the_record_calls_unneeded_is_contradicted() -> None:
    result = verify(
        "The meta-analysis urged further placebo-controlled statin trials after minor stroke.",
        _NO_MORE,
    )
    assert result.verdict is Verdict.CONTRADICTED


def test_agreeing_call_for_more_work_is_not_contradicted() -> None:
    result = verify(
        "Larger lithium trials with repeated level monitoring and long follow-up are needed.",
        _LITHIUM,
    )
    assert result.verdict is not Verdict.CONTRADICTED


@pytest.mark.parametrize(
    "claim",
    [
        "The reduction in cramp frequency did not vary with the magnesium dose.",
        "Magnesium cut cramp frequency independent of dose.",
        "Cramp frequency fell the same at every magnesium dose, with no dose-response.",
    ],
)
def test_denied_dose_dependence_against_a_dose_response_is_contradicted(claim: str) -> None:
    result = verify(claim, _MAGNESIUM)
    assert result.verdict is Verdict.CONTRADICTED
    assert "dose" in _support(result.findings).message


def test_claimed_dose_dependence_against_dose_independence_is_contradicted() -> None:
    result = verify("Shorter cold duration with zinc was dose-dependent.", _ZINC)
    assert result.verdict is Verdict.CONTRADICTED


def test_claimed_dose_dependence_the_record_never_states_is_not_in_source() -> None:
    result = verify("Haemoglobin rose with oral iron in a dose-dependent manner.", _IRON)
    assert result.verdict is Verdict.NOT_IN_SOURCE
    assert "depends on dose" in _support(result.findings).message


def test_agreeing_dose_dependence_stays_supported() -> None:
    result = verify("The fall in cramp frequency with magnesium was dose-dependent.", _MAGNESIUM)
    assert result.verdict is Verdict.SUPPORTED


_UNKNOWN = _record(
    "Glutamate and antipsychotic action",
    "Antipsychotics act on dopamine receptors. "
    "The effect of current antipsychotics on glutamate transmission is unclear. "
    "There is no specific therapy for every patient with clozapine-induced myocarditis.",
)

_POOLED = _record(
    "Acupuncture for tension headache: a systematic review",
    "Of 512 studies screened, 9 trials met inclusion criteria. "
    "All trials except two were at high risk of bias.",
)


@pytest.mark.parametrize(
    ("claim", "record"),
    [
        ("The authors admit it is still unclear how current antipsychotics act on glutamate "
         "transmission.", _UNKNOWN),
        ("Interestingly, the effect of current antipsychotics on glutamate transmission is "
         "actually unclear.", _UNKNOWN),
        ("There is still no specific therapy for every patient with clozapine-induced "
         "myocarditis.", _UNKNOWN),
        ("Only 9 trials met inclusion criteria, and all except two were at high risk of bias.",
         _POOLED),
    ],
)  # fmt: skip
def test_framing_words_do_not_sink_a_true_claim(claim: str, record: PubMedRecord) -> None:
    assert verify(claim, record).verdict is Verdict.SUPPORTED


@pytest.mark.parametrize(
    ("text", "framing"),
    [
        ("patients were admitted to hospital", False),
        ("symptoms still improved", False),
        ("effects were seen only in women", False),
        ("only 9 trials qualified", True),
        ("the authors acknowledge that it is unclear", True),
        ("it is still unknown", True),
    ],
)
def test_framing_pattern_leaves_content_words_alone(text: str, framing: bool) -> None:
    assert bool(lx.FRAMING.search(text)) is framing
