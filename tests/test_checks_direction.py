"""Direction of change, efficacy and significance: up against down is a contradiction."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from claimcheck.pubmed.model import PubMedRecord
from claimcheck.pubmed.parser import parse_records
from claimcheck.report.model import Verdict
from claimcheck.verification.assertions import extract_assertions
from claimcheck.verification.checks.direction import check_direction
from claimcheck.verification.index import build_index

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
SAMPLES = Path(__file__).resolve().parents[2] / "shared" / "eutils-samples"
S, C, N = Verdict.SUPPORTED, Verdict.CONTRADICTED, Verdict.NOT_IN_SOURCE


@cache
def record(pmid: str) -> PubMedRecord:
    return parse_records((FIXTURES / f"{pmid}.xml").read_bytes())[0]


def verdicts(claim: str, rec: PubMedRecord) -> set[Verdict]:
    findings = check_direction(extract_assertions(claim), rec, build_index(rec))
    return {f.verdict for f in findings}


def test_blocking_what_the_record_says_increases_is_contradicted() -> None:
    # Gerhard 2020: "Ketamine produces a rapid increase in extracellular glutamate".
    claim = "By inhibiting NMDA receptors expressed in GABA neurons, ketamine can block "
    claim += "excitatory glutamate signaling in the brain"
    assert C in verdicts(claim, record("31743111"))


def test_a_change_in_the_opposite_direction_is_contradicted() -> None:
    # Glue 2018: "blood pressure increased by ~10 mm Hg".
    assert verdicts("Blood pressure decreased after ketamine dosing", record("29561204")) == {C}
    assert verdicts("Blood pressure increased after ketamine dosing", record("29561204")) == {S}
    # Berman 2000: Hamilton Depression Rating Scale scores "decreased by 14".
    assert C in verdicts("Depression scores increased after ketamine", record("10686270"))


def test_a_graded_change_is_one_change() -> None:
    # "a significantly greater reduction": greater grades the reduction; nothing increased.
    claim = "ketamine infusions led to a reduction in depressive symptoms"
    assert verdicts(claim, record("30922101")) == {S}


def test_efficacy_reversed_is_contradicted() -> None:
    claim = "A ketamine IV was significantly less effective than placebo in treating depression"
    assert C in verdicts(claim, record("10686270"))
    claim = "A ketamine IV was significantly more effective than placebo in treating depression"
    assert C not in verdicts(claim, record("10686270"))


def test_significance_reversed_is_contradicted() -> None:
    claim = "Compared with midazolam, a single ketamine infusion produced no significant "
    claim += "difference in depressive symptoms"
    assert C in verdicts(claim, record("30922101"))


def test_significance_the_abstract_never_states_is_not_in_source() -> None:
    claim = "18 of the 20 patients studied reported significant reductions in anxiety"
    findings = check_direction(
        extract_assertions(claim), record("29561204"), build_index(record("29561204"))
    )
    assert [f.verdict for f in findings if f.kind.value == "significance"] == [N]


def test_a_change_of_another_subject_is_not_compared() -> None:
    # In 27797938 shorter telomeres go with *higher* risk and rs2736098 with OR 0.75: a claim
    # of lower risk for rs2736098 must not be held against the telomere sentence.
    (rec,) = [
        r for r in parse_records((SAMPLES / "pubmed4.xml").read_bytes()) if r.pmid == "27797938"
    ]
    claim = "rs2736098 was associated with a lower risk of pancreatic cancer"
    assert C not in verdicts(claim, rec)


def _sample(pmid: str, name: str) -> PubMedRecord:
    return next(r for r in parse_records((SAMPLES / name).read_bytes()) if r.pmid == pmid)


def test_associations_have_a_direction() -> None:
    # 28775130: methyl bromide "inversely associated with TSH ... and positively associated
    # with T4"; aldrin with "higher TSH".
    rec = _sample("28775130", "pubmed5.xml")
    assert C in verdicts("Methyl bromide was negatively associated with T4", rec)
    assert C not in verdicts("Methyl bromide was positively associated with T4", rec)
    assert C in verdicts("Aldrin exposure was associated with lower TSH", rec)


def test_a_comparison_with_than_has_a_direction() -> None:
    # Glue 2018: "Compared with pre-dose values, mean systolic and diastolic blood pressure
    # increased by ~10 mm Hg at 30 min."
    claim = "Mean blood pressure after dosing was lower than pre-dose values"
    assert C in verdicts(claim, record("29561204"))
    claim = "Mean blood pressure after dosing was higher than pre-dose values"
    assert C not in verdicts(claim, record("29561204"))
