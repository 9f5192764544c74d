"""Round 18: terse lists of directions keep their subject past a population phrase and a comma,
and "V-ing X rather than Y" is read against the record's own choice of object."""

from __future__ import annotations

from claimcheck.pubmed.model import AbstractSection, PubMedRecord
from claimcheck.report.model import FindingKind, Verdict
from claimcheck.verification.engine import verify


def _record(*sentences: str) -> PubMedRecord:
    text = " ".join(sentences)
    return PubMedRecord(pmid="1", title="A cohort study", abstract=[AbstractSection(text=text)])


def _direction_verdicts(claim: str, record: PubMedRecord) -> list[Verdict]:
    result = verify(claim, record)
    return [f.verdict for f in result.findings if f.kind is FindingKind.DIRECTION]


_SOLVENTS = _record(
    "We studied 512 dockworkers enrolled in a harbour health survey.",
    "Greater exposure to toluene was associated with higher ALT and lower albumin.",
    "Benzene exposure was associated with lower ALT and higher albumin.",
)


def test_second_item_of_a_terse_list_is_judged_on_its_own_subject() -> None:
    claim = "Toluene exposure in harbour dockworkers: higher ALT and higher albumin."
    assert Verdict.CONTRADICTED in _direction_verdicts(claim, _SOLVENTS)


def test_comma_list_keeps_the_subject_of_its_first_item() -> None:
    claim = "Toluene exposure: higher ALT, higher albumin."
    assert Verdict.CONTRADICTED in _direction_verdicts(claim, _SOLVENTS)


def test_list_matching_every_item_is_not_contradicted() -> None:
    for claim in (
        "Toluene exposure in harbour dockworkers: higher ALT and lower albumin.",
        "Benzene exposure: lower ALT, higher albumin.",
    ):
        assert Verdict.CONTRADICTED not in _direction_verdicts(claim, _SOLVENTS), claim


_ASSAY = _record(
    "Forty serum samples were analysed.",
    "Specificity of the assay was improved by measuring the free fraction of the hormone "
    "after ultrafiltration.",
)


def test_rather_than_contradicted_when_record_takes_the_other_object() -> None:
    claim = "Assay specificity improves by measuring total hormone rather than the free fraction."
    assert Verdict.CONTRADICTED in _direction_verdicts(claim, _ASSAY)


def test_rather_than_kept_when_record_takes_the_same_object() -> None:
    claim = "Assay specificity improves by measuring the free fraction rather than total hormone."
    assert Verdict.CONTRADICTED not in _direction_verdicts(claim, _ASSAY)


def test_proton_is_read_as_the_hydrogen_nucleus() -> None:
    record = _record(
        "Signal strength in carbon imaging rises by detecting the (1)H nuclei attached to "
        "(13)C nuclei."
    )
    wrong = "Signal strength in carbon imaging rises by detecting 13C nuclei rather than protons."
    right = "Signal strength in carbon imaging rises by detecting protons rather than 13C nuclei."
    assert Verdict.CONTRADICTED in _direction_verdicts(wrong, record)
    assert Verdict.CONTRADICTED not in _direction_verdicts(right, record)
