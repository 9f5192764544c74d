"""Round 26 review mend, direction and certainty: a denial the record states word for word, an
ended effect that is not the lasting one, "within weeks", a slow drug that is the claim's foil,
names with "delayed" in them, and a denied comparison with its arms the other way round."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimcheck.pubmed.model import AbstractSection, PubMedRecord
from claimcheck.pubmed.parser import parse_records
from claimcheck.report.model import FindingKind, Verdict
from claimcheck.verification.engine import verify


def _record(title: str, abstract: str) -> PubMedRecord:
    return PubMedRecord(pmid="99", title=title, abstract=[AbstractSection(text=abstract)])


def _certainty_contradicts(claim: str, record: PubMedRecord) -> bool:
    return any(
        f.kind is FindingKind.CERTAINTY and f.verdict is Verdict.CONTRADICTED
        for f in verify(claim, record).findings
    )


# --- "found no evidence of X": the record says the same denial ------------------------------

_COFFEE = _record(
    "Coffee consumption and pancreatic cancer: a cohort study.",
    "Previous findings suggest an association between coffee consumption and pancreatic "
    "cancer. We followed 50000 adults for 10 years. We found no evidence of an association "
    "between coffee consumption and pancreatic cancer risk.",
)


@pytest.mark.parametrize(
    "claim",
    [
        "The study found no evidence of an association between coffee consumption and "
        "pancreatic cancer.",
        "The authors found no evidence of a link between coffee consumption and pancreatic "
        "cancer risk.",
    ],
)
def test_denial_the_record_states_is_not_contradicted(claim: str) -> None:
    assert verify(claim, _COFFEE).verdict is not Verdict.CONTRADICTED


def test_earlier_work_suggesting_it_does_not_contradict_the_denial() -> None:
    record = _record(
        "Statins and dementia.",
        "Earlier data suggest a protective effect of statin use on dementia in older adults. "
        "In our cohort of 9000 adults, statin users and non-users "
        "developed dementia at similar rates.",
    )
    claim = "The cohort found no evidence of a protective effect of statin use on dementia."
    assert not _certainty_contradicts(claim, record)


def test_denial_against_the_studys_own_suggestion_still_contradicted() -> None:
    record = _record(
        "Outcome reporting in trials of acupuncture.",
        "We reviewed 120 trials of acupuncture. Our findings suggest a selective reporting "
        "bias in trials of acupuncture for pain.",
    )
    claim = "The review found no evidence of selective reporting bias in acupuncture trials."
    assert _certainty_contradicts(claim, record)


def test_findings_suggesting_it_is_unlikely_is_no_evidence_of_it() -> None:
    record = _record(
        "Vitamin D and fracture.",
        "We pooled 30 trials. Our findings suggest a benefit of vitamin D on fracture risk is "
        "unlikely in community dwelling adults.",
    )
    claim = "The review found no evidence of a benefit of vitamin D on fracture risk."
    assert not _certainty_contradicts(claim, record)


# --- what ended must be what lasted -----------------------------------------------------------

_PSILOCYBIN = _record(
    "Psilocybin for depression.",
    "Twenty patients received one oral dose of psilocybin. Headache resolved within a day in "
    "most patients. Reductions in depressive symptoms were sustained for up to 3 weeks.",
)


@pytest.mark.parametrize(
    "claim",
    [
        "Headache was gone by the next day, while reductions in depressive symptoms were "
        "sustained for up to 3 weeks.",
        "Nausea had vanished within hours, but the reductions in depressive symptoms were "
        "sustained for 3 weeks.",
        "Headache faded by the next day after psilocybin.",
    ],
)
def test_an_other_effect_ending_is_not_contradicted(claim: str) -> None:
    assert verify(claim, _PSILOCYBIN).verdict is not Verdict.CONTRADICTED


def test_the_lasting_effect_said_to_end_early_is_still_contradicted() -> None:
    claim = "The reductions in depressive symptoms after psilocybin were gone by the next day."
    assert verify(claim, _PSILOCYBIN).verdict is Verdict.CONTRADICTED


# --- "within weeks" is weeks, not four days ---------------------------------------------------


@pytest.mark.parametrize(
    "claim",
    [
        "After ketamine, the improvements in depression scores were gone within weeks.",
        "The improvements in depression scores after ketamine were lost within a few weeks.",
    ],
)
def test_vague_weeks_or_months_outlast_one_week(claim: str) -> None:
    record = _record(
        "Ketamine in depression.",
        "Thirty patients received ketamine. The improvements in depression scores after "
        "ketamine persisted for up to 1 week.",
    )
    assert verify(claim, record).verdict is not Verdict.CONTRADICTED


# --- the slow drug is the claim's foil --------------------------------------------------------

_SCOPOLAMINE = _record(
    "Scopolamine in depression.",
    "Intravenous scopolamine produced rapid antidepressant effects in patients with major "
    "depressive disorder, with improvement within 3 days.",
)


@pytest.mark.parametrize(
    "claim",
    [
        "Unlike conventional drugs, which take weeks to work, intravenous scopolamine produces "
        "rapid antidepressant effects in depression.",
        "Intravenous scopolamine produces rapid antidepressant effects in depression, whereas "
        "most antidepressants take weeks to act.",
        "Intravenous scopolamine produces rapid antidepressant effects in depression; "
        "fluoxetine, by contrast, takes weeks to work.",
        "Scopolamine acted quickly in depression while sertraline needed several weeks to help.",
    ],
)
def test_slow_foil_is_not_contradicted(claim: str) -> None:
    assert verify(claim, _SCOPOLAMINE).verdict is not Verdict.CONTRADICTED


def test_the_subject_said_slow_is_still_contradicted() -> None:
    claim = "Intravenous scopolamine takes weeks to produce antidepressant effects in depression."
    assert verify(claim, _SCOPOLAMINE).verdict is Verdict.CONTRADICTED


# --- names with "delayed" in them -------------------------------------------------------------


@pytest.mark.parametrize(
    ("title", "abstract", "claim"),
    [
        (
            "Massage and muscle soreness.",
            "Massage produced rapid relief of muscle soreness in 30 athletes after eccentric "
            "exercise.",
            "Massage relieved delayed onset muscle soreness in athletes after eccentric exercise.",
        ),
        (
            "Massage and muscle soreness.",
            "Massage produced rapid relief of muscle soreness in 30 athletes after eccentric "
            "exercise.",
            "Massage relieved muscle soreness, a delayed response to eccentric exercise, in "
            "athletes.",
        ),
        (
            "Methylphenidate and working memory.",
            "Methylphenidate rapidly improved working memory accuracy in 40 monkeys.",
            "Methylphenidate improved working memory accuracy on a delayed response task in "
            "monkeys.",
        ),
        (
            "Donepezil in dementia.",
            "Donepezil quickly improved cognition scores in patients with dementia.",
            "Donepezil improved cognition scores in patients with delayed onset dementia.",
        ),
        (
            "Ondansetron after chemotherapy.",
            "Ondansetron rapidly reduced nausea after chemotherapy in 80 patients.",
            "Ondansetron reduced delayed nausea after chemotherapy in patients.",
        ),
    ],
)
def test_names_with_delayed_are_not_slowness(title: str, abstract: str, claim: str) -> None:
    assert verify(claim, _record(title, abstract)).verdict is not Verdict.CONTRADICTED


def test_a_delayed_onset_of_action_is_still_slowness() -> None:
    record = _record(
        "Ketamine in depression.",
        "A single dose of ketamine produced rapid antidepressant effects in 40 patients with "
        "depression.",
    )
    claim = "A single dose of ketamine has a delayed onset of action in depression patients."
    assert verify(claim, record).verdict is Verdict.CONTRADICTED


# --- a denied comparison with its arms the other way round ------------------------------------


def _fixture(pmid: str) -> PubMedRecord:
    root = Path(__file__).resolve().parent.parent
    for folder in ("fixtures", "tests/heldout/records"):
        path = root / folder / f"{pmid}.xml"
        if path.exists():
            return parse_records(path.read_bytes())[0]
    pytest.skip(f"no record {pmid}")


@pytest.mark.parametrize(
    "claim",
    [
        "Side-effects were no more frequent with placebo than with ketamine.",
        "Side effects were not more common after placebo than after ketamine.",
    ],
)
def test_denied_comparison_with_arms_reversed_agrees(claim: str) -> None:
    findings = verify(claim, _fixture("28757132")).findings
    assert not any(
        f.kind is FindingKind.DIRECTION and f.verdict is Verdict.CONTRADICTED for f in findings
    )


def test_denied_comparison_with_arms_reversed_not_contradicted() -> None:
    claim = "Side-effects were no more frequent with placebo than with ketamine."
    assert verify(claim, _fixture("28757132")).verdict is not Verdict.CONTRADICTED


def test_denied_comparison_with_arms_as_recorded_still_contradicted() -> None:
    claim = "Side-effects were no more frequent with ketamine than with placebo."
    assert verify(claim, _fixture("28757132")).verdict is Verdict.CONTRADICTED
