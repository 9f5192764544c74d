"""Round 11: everyday wording for research actions meets the record's terms, and a claim's
certainty is weighed against what the record only supposes or concludes with a hedge."""

from __future__ import annotations

import pytest

from claimcheck.pubmed.model import AbstractSection, PubMedRecord
from claimcheck.report.model import Verdict
from claimcheck.verification.assertions import extract_assertions
from claimcheck.verification.checks.certainty import check_certainty
from claimcheck.verification.index import build_index, terms_of


def _concepts(text: str) -> set[str]:
    return {c for t in terms_of(text) for c in t.concepts}


def _meets(lay: str, record: str) -> bool:
    return bool(_concepts(lay) & _concepts(record))


# --- everyday verbs and phrases -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lay", "record"),
    [
        ("insulin signalling went haywire in obese rats", "dysregulated"),
        ("the immune response goes awry", "disrupted"),
        ("the pathway had gone wrong", "dysfunction"),
        ("rats bred without the receptor", "knockout"),
        ("mice engineered to lack the enzyme", "deficient"),
        ("removing the subunit from hippocampal neurons", "knockdown"),
        ("once their symptoms came back", "relapse"),
        ("after the pain returned", "recurrence"),
        ("the benefit built up with each session", "cumulative"),
        ("the gains added up over the course", "cumulative"),
        ("what sets off the inflammatory cascade", "trigger"),
        ("the drug sparks the release of dopamine", "triggers"),
        ("patients then moved on to a block of weekly sessions", "received"),
        ("a second round of injections", "course"),
        ("the relief lasted for a good while", "sustained"),
        ("the improvement held up at one year", "persisted"),
        ("its promise is tempered by side effects", "limited"),
        ("a stand-in for anxiety in rodents", "correlate"),
        ("placebo was slotted in at random", "inserted"),
        ("two kinds of receptor", "types"),
        ("a brain chemical messenger", "neurotransmitter"),
        ("the excitement about the vaccine", "enthusiasm"),
        ("psychosis-mimicking effects", "psychotomimetic"),
        ("nurses gave the drug to 40 patients", "administered"),
        ("the drug is not used widely", "widespread use"),
    ],
)
def test_everyday_wording_meets_the_record_term(lay: str, record: str) -> None:
    assert _meets(lay, record)


@pytest.mark.parametrize(
    ("lay", "record"),
    [
        # a delay, not a lasting effect
        ("the shipment was held up by customs", "persisted"),
        # "went on to develop" stays a later event, not a treatment received
        ("patients went on to develop diabetes", "received"),
        # removing patients from a trial is not a gene deletion
        ("removing patients from the analysis", "knockdown"),
        # a disease progresses to a stage; nothing was given
        ("patients progressed to a more severe stage", "received"),
        # a trial series is not a treatment course
        ("a series of experiments", "course"),
    ],
)
def test_wording_that_means_something_else_does_not_meet(lay: str, record: str) -> None:
    assert not _meets(lay, record)


# --- certainty ------------------------------------------------------------------------------------


def _record(*sentences: tuple[str | None, str]) -> PubMedRecord:
    return PubMedRecord(
        pmid="1",
        title="A study",
        abstract=[AbstractSection(label=label, text=text) for label, text in sentences],
    )


def _verdicts(claim: str, record: PubMedRecord) -> list[Verdict]:
    findings = check_certainty(extract_assertions(claim), record, build_index(record))
    return [f.verdict for f in findings]


SUPPOSED = _record(
    (None, "Statins are widely prescribed to lower cholesterol."),
    (
        None,
        "It is hypothesized that statins reduce amyloid deposition in cortical neurons, "
        "slowing cognitive decline.",
    ),
)


def test_shown_against_a_hypothesis_is_contradicted() -> None:
    claim = (
        "The review demonstrated that statins reduce amyloid deposition in cortical neurons, "
        "slowing cognitive decline."
    )
    assert _verdicts(claim, SUPPOSED) == [Verdict.CONTRADICTED]


def test_a_claim_that_reports_the_hypothesis_is_not_overstated() -> None:
    claim = "The review hypothesized that statins reduce amyloid deposition in cortical neurons."
    assert Verdict.CONTRADICTED not in _verdicts(claim, SUPPOSED)


def test_a_hypothesis_later_borne_out_is_not_contradicted() -> None:
    record = _record(
        ("BACKGROUND", "We hypothesized that vitamin D lowers fracture risk in older women."),
        ("RESULTS", "Vitamin D lowered fracture risk in older women by a third."),
    )
    claim = "The trial showed that vitamin D lowers fracture risk in older women."
    assert Verdict.CONTRADICTED not in _verdicts(claim, record)


def test_a_sentence_naming_hypotheses_supposes_nothing() -> None:
    record = _record(
        (None, "Here we review hypotheses for how exercise improves mood in older adults."),
    )
    claim = "The review found that exercise improves mood in older adults in clinical trials."
    assert Verdict.CONTRADICTED not in _verdicts(claim, record)


HEDGED_CONCLUSION = _record(
    ("RESULTS", "Night-shift nurses had higher fasting glucose than day-shift nurses."),
    (
        "CONCLUSIONS",
        "Our results suggest that years of night-shift work may impair glucose metabolism in "
        "nurses.",
    ),
)


def test_proved_against_a_hedged_conclusion_is_contradicted_even_reworded() -> None:
    # "shiftworker" is the claim's own word for the nurses: the record never uses it
    claim = (
        "This shiftworker study proved that years of night-shift work impair glucose metabolism "
        "in nurses."
    )
    assert _verdicts(claim, HEDGED_CONCLUSION) == [Verdict.CONTRADICTED]


def test_proved_is_not_contradicted_by_a_hedge_on_another_scope() -> None:
    # the conclusion hedges years of exposure; a claim about children is another point
    claim = "This study proved that night-shift work impairs glucose metabolism in children."
    assert Verdict.CONTRADICTED not in _verdicts(claim, HEDGED_CONCLUSION)


def test_an_emphatic_word_makes_a_plain_claim_strong() -> None:
    claim = (
        "The authors concluded that years of night-shift work definitely impair glucose "
        "metabolism in nurses."
    )
    assert _verdicts(claim, HEDGED_CONCLUSION) == [Verdict.CONTRADICTED]


def test_found_against_our_results_suggest_is_accepted() -> None:
    # the conclusion is the only sentence about the point
    record = _record(
        ("CONCLUSIONS", "Our findings suggest that coffee drinking may protect against gout."),
    )
    assert (
        _verdicts("The cohort study found that coffee drinking protects against gout.", record)
        == []
    )
    # "proved" claims more than the authors' "suggest"
    assert _verdicts(
        "The cohort study proved that coffee drinking protects against gout.", record
    ) == [Verdict.CONTRADICTED]


def test_a_negated_emphatic_claim_is_not_raised() -> None:
    claim = (
        "The authors did not conclude that night-shift work definitely impairs glucose "
        "metabolism in nurses."
    )
    assert Verdict.CONTRADICTED not in _verdicts(claim, HEDGED_CONCLUSION)


def test_established_lasting_benefit_against_an_open_long_term_effect() -> None:
    record = _record(
        (
            None,
            "Acupuncture is often used for migraine, yet the long-term benefit remains unclear.",
        ),
    )
    claim = "The review established that acupuncture gives a lasting long-term benefit in migraine."
    assert _verdicts(claim, record) == [Verdict.CONTRADICTED]
