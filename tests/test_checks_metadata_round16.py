"""Round 16 (arms and metadata): a ranking of two arms the record says did not differ, design
words of the studies a review covers, and rough head counts that open a sentence."""

from __future__ import annotations

from claimcheck.pubmed.model import AbstractSection, PublicationType, PubMedRecord
from claimcheck.report.model import FindingKind, Verdict
from claimcheck.verification.engine import verify


def _record(*sentences: str, types: tuple[str, ...] = ()) -> PubMedRecord:
    return PubMedRecord(
        pmid="1",
        title="A study of two treatments",
        abstract=[AbstractSection(text=" ".join(sentences))],
        publication_types=[PublicationType(name=t) for t in types],
    )


def _kinds(claim: str, record: PubMedRecord, kind: FindingKind) -> list[Verdict]:
    return [f.verdict for f in verify(claim, record).findings if f.kind is kind]


_NULL = _record(
    "Adults with chronic knee pain were randomized to duloxetine or naproxen for 12 weeks.",
    "Pain relief with duloxetine did not differ significantly from naproxen (P = 0.41).",
)
_NO_DIFFERENCE = _record(
    "Children with otitis media received amoxicillin or cefdinir.",
    "There was no significant difference in cure rates between amoxicillin and cefdinir.",
)
_BASELINE_NULL = _record(
    "Patients received sertraline or escitalopram.",
    "Baseline characteristics did not differ between sertraline and escitalopram groups.",
)


def test_ranking_against_a_stated_null_is_contradicted() -> None:
    claim = "Duloxetine relieved pain more effectively than naproxen."
    assert Verdict.CONTRADICTED in _kinds(claim, _NULL, FindingKind.COMPARATOR)
    assert verify(claim, _NULL).verdict is Verdict.CONTRADICTED


def test_reverse_ranking_against_a_null_is_contradicted_too() -> None:
    claim = "Cefdinir cured more children than amoxicillin did, a better cure rate."
    verdicts = _kinds(claim, _NO_DIFFERENCE, FindingKind.COMPARATOR)
    assert Verdict.CONTRADICTED in verdicts


def test_null_on_baseline_traits_says_nothing_of_the_ranking() -> None:
    claim = "Sertraline worked better than escitalopram."
    assert Verdict.CONTRADICTED not in _kinds(claim, _BASELINE_NULL, FindingKind.COMPARATOR)


def test_a_claim_of_no_difference_is_not_contradicted_by_the_null() -> None:
    claim = "Duloxetine and naproxen gave similar pain relief."
    assert Verdict.CONTRADICTED not in _kinds(claim, _NULL, FindingKind.COMPARATOR)


_REVIEW = _record(
    "We review evidence that glutamate modulators have antidepressant properties in clinical "
    "and preclinical studies.",
    types=("Review",),
)
_REVIEW_OF_RCTS = _record(
    "We searched databases for randomized controlled trials of glutamate modulators in "
    "depression and pooled nine of them.",
    types=("Systematic Review", "Meta-Analysis"),
)


def test_design_of_reviewed_trials_is_not_the_review_design() -> None:
    claim = "Several double-blind trials have shown that glutamate modulators lift depression."
    design = _kinds(claim, _REVIEW, FindingKind.DESIGN)
    assert Verdict.METADATA_MISMATCH not in design
    assert Verdict.NOT_IN_SOURCE in design


def test_reviewed_trials_the_record_names_are_no_mismatch() -> None:
    claim = "Nine randomized trials of glutamate modulators were pooled."
    assert Verdict.METADATA_MISMATCH not in _kinds(claim, _REVIEW_OF_RCTS, FindingKind.DESIGN)


def test_review_called_a_trial_is_still_a_mismatch() -> None:
    claim = "This randomized trial found glutamate modulators lift depression."
    assert Verdict.METADATA_MISMATCH in _kinds(claim, _REVIEW, FindingKind.DESIGN)


_COHORT = _record(
    "We followed 1,184 nurses for incident asthma over ten years.",
    "Night-shift work was associated with asthma.",
)


def test_rough_opening_head_count_is_a_sample_size() -> None:
    assert _kinds("Some 1,200 nurses were followed.", _COHORT, FindingKind.SAMPLE_SIZE) == [
        Verdict.SUPPORTED
    ]
    rough = _kinds("Roughly 600 nurses took part.", _COHORT, FindingKind.SAMPLE_SIZE)
    assert rough and set(rough) == {Verdict.METADATA_MISMATCH}


def test_rough_share_opening_is_not_a_sample_size() -> None:
    claim = "Roughly three in five nurses took part in night shifts."
    assert _kinds(claim, _COHORT, FindingKind.SAMPLE_SIZE) == []
