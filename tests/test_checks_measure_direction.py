"""checks/measure_direction.py: a direction word before a coded measure ("higher T4") against
the direction the best-matching record sentence gives that measure."""

from __future__ import annotations

import itertools

import pytest

from claimcheck.pubmed.model import AbstractSection, PubMedRecord
from claimcheck.report.model import FindingKind, Verdict
from claimcheck.verification.checks.measure_direction import directed_codes
from claimcheck.verification.engine import verify

_PMIDS = itertools.count(947001)
ABSTRACT = (
    "Longer exposure to the solvent toluene was associated with liver injury, higher ALT "
    "(p=0.01) and lower GGT (p=0.03). Exposure to the solvent xylene was positively "
    "associated with GGT (p=0.02)."
)


def _record() -> PubMedRecord:
    return PubMedRecord(
        pmid=str(next(_PMIDS)), title="T", abstract=[AbstractSection(text=ABSTRACT)]
    )


def _direction_verdicts(claim: str) -> list[Verdict]:
    return [f.verdict for f in verify(claim, _record()).findings if f.kind is FindingKind.DIRECTION]


def test_codes_and_the_directions_a_text_gives_them() -> None:
    found = directed_codes("higher levels of the liver enzyme ALT and reduced serum IL-6")
    assert found == {"ALT": {True}, "IL-6": {False}}
    assert directed_codes("higher doses and lower risk") == {}


@pytest.mark.parametrize(
    "claim",
    [
        "Longer toluene exposure went with higher levels of the liver enzyme GGT.",
        "Toluene exposure was associated with lower ALT.",
    ],
)
def test_the_opposite_direction_of_a_coded_measure_is_contradicted(claim: str) -> None:
    assert Verdict.CONTRADICTED in _direction_verdicts(claim)
    assert verify(claim, _record()).verdict is Verdict.CONTRADICTED


@pytest.mark.parametrize(
    "claim",
    [
        "Longer toluene exposure went with higher ALT and lower GGT.",
        # another exposure moves GGT the other way in another sentence
        "Xylene exposure went with higher GGT.",
    ],
)
def test_the_records_own_direction_for_that_exposure_is_not_contradicted(claim: str) -> None:
    assert Verdict.CONTRADICTED not in _direction_verdicts(claim)
