"""Round 15 (comparator and metadata): a head count may be the total of the groups a record
counts side by side, a share's whole ("two out of three patients") is not a sample size, and an
active placebo is a drug to a claim that calls the comparator "the other drug"."""

from __future__ import annotations

from claimcheck.pubmed.model import AbstractSection, PubMedRecord
from claimcheck.report.model import Finding, FindingKind, Verdict
from claimcheck.verification.engine import verify
from claimcheck.verification.verdict import decide


def _record(*sentences: str) -> PubMedRecord:
    text = " ".join(sentences)
    return PubMedRecord(pmid="1", title="A study of drug X", abstract=[AbstractSection(text=text)])


def _sizes(claim: str, record: PubMedRecord) -> list[Verdict]:
    return [f.verdict for f in verify(claim, record).findings if f.kind is FindingKind.SAMPLE_SIZE]


_CASE_CONTROL = _record(
    "We studied serum vitamin D in 214 women with breast cancer and 530 matched controls "
    "from two cohorts.",
    "Low vitamin D was associated with higher risk.",
)
_SEXES = _record(
    "The trial enrolled 45 women plus 38 men with chronic migraine.",
    "Drug X reduced headache days.",
)
_SUBGROUP = _record(
    "Twenty patients with chronic migraine took part (12 women, 8 men).",
    "Drug X reduced headache days.",
)


def test_total_of_cases_and_controls_backs_the_head_count() -> None:
    assert _sizes("The study included 744 women.", _CASE_CONTROL) == [Verdict.SUPPORTED]


def test_rounded_total_backs_a_rough_head_count() -> None:
    assert (
        verify("The study included roughly 750 women.", _CASE_CONTROL).verdict is Verdict.SUPPORTED
    )


def test_total_of_two_sexes_backs_the_head_count() -> None:
    assert _sizes("A trial of 83 people with migraine", _SEXES) == [Verdict.SUPPORTED]


def test_wrong_total_is_still_a_mismatch() -> None:
    assert _sizes("The study included 900 women.", _CASE_CONTROL) == [Verdict.METADATA_MISMATCH]


def test_a_total_and_its_own_part_are_not_summed() -> None:
    # 20 + 12 = 32 must not back a claim of 32 patients.
    assert _sizes("A trial of 32 patients with migraine", _SUBGROUP) == [Verdict.METADATA_MISMATCH]


def test_matched_group_is_compared_with_the_controls() -> None:
    claim = "Researchers compared them with about 530 carefully matched women without cancer."
    assert Verdict.SUPPORTED in _sizes(claim, _CASE_CONTROL)
    assert verify(claim, _CASE_CONTROL).verdict is not Verdict.METADATA_MISMATCH


def test_share_of_a_group_is_not_a_sample_size() -> None:
    assert _sizes("Two out of three patients had fewer headaches.", _SUBGROUP) == []
    assert _sizes("One in four patients stopped early.", _SUBGROUP) == []


def test_named_group_of_the_study_is_still_a_sample_size() -> None:
    assert _sizes("The trial enrolled 30 patients.", _SUBGROUP) == [Verdict.METADATA_MISMATCH]


_ACTIVE_PLACEBO = _record(
    "Fifty adults with insomnia received drug X or diphenhydramine (an active placebo control).",
    "Compared with diphenhydramine, drug X improved sleep at one week.",
)
_INERT = _record(
    "Fifty adults with insomnia received drug X or placebo.",
    "Compared with placebo, drug X improved sleep at one week.",
)


def _comparator(claim: str, record: PubMedRecord) -> list[Verdict]:
    return [f.verdict for f in verify(claim, record).findings if f.kind is FindingKind.COMPARATOR]


def test_active_placebo_is_the_comparison_drug() -> None:
    claim = "Drug X improved sleep more than the comparison drug at one week."
    assert _comparator(claim, _ACTIVE_PLACEBO) == [Verdict.SUPPORTED]


def test_inert_placebo_is_not_a_comparison_drug() -> None:
    claim = "Drug X improved sleep more than the comparison drug at one week."
    assert _comparator(claim, _INERT) == [Verdict.CONTRADICTED]


def _size_finding(verdict: Verdict, says: str) -> Finding:
    return Finding(
        kind=FindingKind.SAMPLE_SIZE, verdict=verdict, message="m", claim_says=says, confidence=0.8
    )


def test_backed_head_count_overrules_another_readings_mismatch() -> None:
    findings = [
        _size_finding(Verdict.SUPPORTED, "about 530 matched women"),
        _size_finding(Verdict.METADATA_MISMATCH, "530 matched women"),
    ]
    assert decide(findings)[0] is Verdict.SUPPORTED


def test_mismatch_of_another_head_count_still_decides() -> None:
    findings = [
        _size_finding(Verdict.SUPPORTED, "about 530 matched women"),
        _size_finding(Verdict.METADATA_MISMATCH, "300 women with cancer"),
    ]
    assert decide(findings)[0] is Verdict.METADATA_MISMATCH
