"""Meaning the word tables miss: equal against different, and a point the record calls open."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from claimcheck.pubmed.model import AbstractSection, PubMedRecord
from claimcheck.pubmed.parser import parse_records
from claimcheck.report.model import FindingKind, Verdict
from claimcheck.verification.assertions import extract_assertions, find_differences
from claimcheck.verification.checks.certainty import check_certainty
from claimcheck.verification.checks.direction import check_differences, difference_statements
from claimcheck.verification.engine import verify
from claimcheck.verification.index import build_index

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
S, C, N = Verdict.SUPPORTED, Verdict.CONTRADICTED, Verdict.NOT_IN_SOURCE


@cache
def record(pmid: str) -> PubMedRecord:
    return parse_records((FIXTURES / f"{pmid}.xml").read_bytes())[0]


def abstract(*sentences: str) -> PubMedRecord:
    return PubMedRecord(
        pmid="7", title="A trial", abstract=[AbstractSection(text=" ".join(sentences))]
    )


def differences(claim: str, rec: PubMedRecord) -> set[Verdict]:
    return {f.verdict for f in check_differences(extract_assertions(claim), build_index(rec))}


# --- reading the claim ---------------------------------------------------------------------------


def test_equalities_are_read_with_what_they_compare() -> None:
    (same,) = find_differences("Mice lacking HCN1 fell asleep just as readily as wild-type mice.")
    assert not same.differs
    assert same.against is not None and same.against.text == "wild-type mice"
    (spread,) = find_differences("Midazolam helped about as much, and for as long, as ketamine.")
    assert spread.against is not None and spread.against.text == "ketamine"


def test_bounds_ratios_and_additions_are_not_equalities() -> None:
    assert find_differences("as many as 50% of patients responded") == ()
    assert find_differences("knockout mice woke about twice as fast as normal mice") == ()
    assert find_differences("pain, as well as mood, improved as early as day one") == ()


def test_a_denied_difference_keeps_what_it_is_by() -> None:
    (claim,) = find_differences("The study found no sex differences in the response.")
    assert (claim.differs, claim.qualifier) == (False, "sex")
    (plain,) = find_differences("There were no significant differences between groups.")
    assert (plain.differs, plain.qualifier) == (False, None)


def test_a_stated_difference_differs() -> None:
    (claim,) = find_differences("Serum BDNF differed markedly between doses and midazolam.")
    assert claim.differs


def test_record_statements_of_no_difference() -> None:
    said = difference_statements("LEmin did not differ from LT and BDNF was similar for all arms.")
    assert [d for _, d in said] == [False, False]
    assert [d for _, d in difference_statements("It revealed differences between sexes.")] == [True]


# --- judging against the record ------------------------------------------------------------------


def test_an_equality_against_a_change_in_that_group_is_contradicted() -> None:
    claim = "Mice lacking HCN1 lost their righting reflex under ketamine just as readily as "
    claim += "wild-type mice."
    assert differences(claim, record("19158287")) == {C}


def test_an_equality_against_a_minor_brief_effect_is_contradicted() -> None:
    claim = "Midazolam relieved anxiety about as much, and for as long, as ketamine did."
    assert differences(claim, record("31526207")) == {C}
    assert verify(claim, record("31526207")).verdict is C


def test_an_equality_is_not_contradicted_when_both_effects_are_minor() -> None:
    rec = abstract(
        "Drug A had minor effects on pain scores.",
        "Drug B also had minor effects on pain scores.",
    )
    assert C not in differences("Drug A eased pain about as much as drug B did.", rec)


def test_no_sex_differences_against_sex_specific_differences() -> None:
    claim = "The study found no sex differences in the adaptive response to GluN2B knockdown."
    assert differences(claim, record("31743111")) == {C}


def test_a_qualified_denial_needs_the_record_to_name_that_difference() -> None:
    rec = abstract(
        "GluN2B knockdown blocked the adaptive response in all mice.",
        "Cell-specific knockdown differed between interneuron types.",
    )
    claim = "The study found no sex differences in the adaptive response to GluN2B knockdown."
    assert C not in differences(claim, rec)


def test_a_difference_against_similar_for_all_treatments_is_contradicted() -> None:
    claim = "Serum BDNF concentrations differed markedly between ketamine doses and midazolam."
    assert differences(claim, record("31526207")) == {C}


def test_a_difference_against_did_not_differ_naming_both_sides() -> None:
    rec = abstract(
        "Runners completed incremental tests to determine the minimum lactate equivalent "
        "(LEmin) and the lactate threshold (LT).",
        "Oxygen uptake was measured in every runner.",
        "Heart rate was recorded throughout each running test.",
        "Thirteen male endurance-trained runners took part.",
        "LEmin did not differ from LT (P = 0.71; ES: 0.08) and was 27% lower than MLSS.",
    )
    claim = "The minimum lactate equivalent differed significantly from the lactate threshold."
    assert differences(claim, rec) == {C}
    agreeing = "The minimum lactate equivalent did not differ from the lactate threshold."
    assert C not in differences(agreeing, rec)


def test_a_difference_from_something_else_decides_nothing() -> None:
    rec = abstract(
        "Pain scores fell after ketamine and after placebo.",
        "Pain scores did not differ between the two ketamine doses.",
    )
    claim = "Pain relief with ketamine differed from placebo."
    assert C not in differences(claim, rec)


# --- certainty: a point the record calls open -------------------------------------------------


def test_well_established_against_unclear_is_overstated() -> None:
    claim = "The review said how existing antidepressants affect glutamate is well established."
    rec = record("17430148")
    findings = check_certainty(extract_assertions(claim), rec, build_index(rec))
    assert [(f.kind, f.verdict) for f in findings] == [(FindingKind.CERTAINTY, C)]


def test_a_plain_claim_about_an_open_point_is_not_called_overstated() -> None:
    claim = "The effect of existing antidepressants on glutamate was studied."
    rec = record("17430148")
    findings = check_certainty(extract_assertions(claim), rec, build_index(rec))
    assert C not in {f.verdict for f in findings}
