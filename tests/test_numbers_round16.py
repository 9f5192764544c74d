"""Round 17 (numbers): head counts described rather than named, small hedged figures."""

from __future__ import annotations

from claimcheck.pubmed.model import AbstractSection, PubMedRecord
from claimcheck.report.model import Verdict
from claimcheck.verification.assertions import extract_assertions
from claimcheck.verification.checks.quantities import check_quantities
from claimcheck.verification.index import build_index
from claimcheck.verification.quantities import Quantity, find_quantities, quantities_match


def _first(text: str) -> Quantity:
    return find_quantities(text)[0]


def test_hedged_small_figure_is_not_borne_out_by_a_quarter_less() -> None:
    claim = _first("Serum sodium fell by about 2 mmol/L.")
    assert not quantities_match(claim, _first("a fall of 1.5 mmol/L"))
    assert quantities_match(claim, _first("a fall of 1.9 mmol/L"))
    assert quantities_match(claim, _first("a fall of 2.3 mmol/L"))


def test_hedged_larger_figure_keeps_its_rounding() -> None:
    claim = _first("Weight rose by about 12 kg.")
    assert quantities_match(claim, _first("a gain of 11.6 kg"))
    assert not quantities_match(claim, _first("a gain of 10 kg"))


_SAMPLE = (
    "Twenty-four female recreationally active [aged 30 ± 4 years; body mass 61 ± 6 kg] "
    "volunteers completed two cycling trials. Cadence did not change power output."
)


def _quantity_verdicts(claim: str) -> list[tuple[Verdict, str]]:
    record = PubMedRecord(pmid="1", title="A trial", abstract=[AbstractSection(text=_SAMPLE)])
    findings = check_quantities(extract_assertions(claim), record, build_index(record))
    return [(f.verdict, f.source_says or "") for f in findings]


def test_head_count_described_as_people_meets_the_claims_noun() -> None:
    found = _quantity_verdicts("In the 24 women, cadence did not change power output.")
    assert (Verdict.SUPPORTED, "Twenty-four") in found


def test_described_head_count_does_not_count_other_things() -> None:
    found = _quantity_verdicts("In the 24 bicycles, cadence did not change power output.")
    assert all(verdict is not Verdict.SUPPORTED for verdict, _ in found)
