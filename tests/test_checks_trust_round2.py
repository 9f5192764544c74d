"""Wrong claims that a looser reading once called SUPPORTED, one per class of error."""

from __future__ import annotations

from pathlib import Path

import pytest
from heldout_records import load_record

import claimcheck
from claimcheck.report.model import Verdict
from claimcheck.verification.assertions import extract_assertions

ROOT = Path(__file__).resolve().parents[1]


record = load_record


@pytest.mark.parametrize(
    ("pmid", "claim", "expected"),
    [
        # a year after the journal, or before a design list, is the publication year (2020)
        ("31526207", "A 2016 double-blind, psychoactive-controlled study found a dose-response "
         "profile for ketamine's anxiolytic effects.", Verdict.METADATA_MISMATCH),
        ("12091962", "A review of the treatment of AIDS in correctional facilities appeared in "
         "Social Justice in 1993.", Verdict.METADATA_MISMATCH),
        # a figure only the title could seem to back, and the abstract gives another
        ("27797938", "Dozens of genetic variants at the TERT gene region were tied to pancreatic "
         "cancer risk.", Verdict.CONTRADICTED),  # "Three SNPs at TERT"
        # the placebo arm given the active arm's result ("14 ... vs. 0", "but not placebo")
        ("10686270", "Depression scores fell by about 14 points after both the ketamine and the "
         "saline infusions.", Verdict.CONTRADICTED),
        # the figure's direction turned round ("was 27% lower than MLSS")
        ("30108519", "LEmin was 27% higher than MLSS in trained runners.", Verdict.CONTRADICTED),
        # "left ... intact" against "were blocked by GluN2B-NMDAR knockdown"
        ("31743111", "GluN2B knockdown on GABA interneurons left the antidepressant actions of "
         "ketamine intact.", Verdict.CONTRADICTED),
        # A rather than B, where the record gives the role to B
        ("31743111", "Principal neurons, not GABA interneurons, are the cellular trigger for "
         "ketamine's rapid antidepressant actions.", Verdict.CONTRADICTED),
        # both of them, where the record says one of them
        ("9997", "In the intact protein, both heme irons exist in two different low-spin "
         "environments between pH 5.5 and 10.5.", Verdict.CONTRADICTED),
    ],
)  # fmt: skip
def test_wrong_claims_are_not_supported(pmid: str, claim: str, expected: Verdict) -> None:
    assert claimcheck.verify(claim, record(pmid)).verdict is expected


@pytest.mark.parametrize(
    ("pmid", "claim"),
    [
        ("30108519", "LEmin was 27% lower than MLSS in trained runners."),
        ("9997", "In the intact protein, one of the heme irons exists in two different low-spin "
         "environments between pH 5.5 and 10.5."),
        ("31743111", "GABA interneurons, not principal neurons, are the cellular trigger for "
         "ketamine's rapid antidepressant actions."),
    ],
)  # fmt: skip
def test_their_true_counterparts_still_are(pmid: str, claim: str) -> None:
    assert claimcheck.verify(claim, record(pmid)).verdict is Verdict.SUPPORTED


@pytest.mark.parametrize(
    ("claim", "negated"),
    [
        ("The review concluded that ketamine has no meaningful reinforcing effects.", True),
        ("Its abuse potential poses no real barrier to wider use.", True),
        ("Patients who had no response were excluded.", False),
    ],
)
def test_denials_by_verb_and_no(claim: str, negated: bool) -> None:
    assert extract_assertions(claim).negated is negated


@pytest.mark.parametrize(
    ("pmid", "claim", "expected"),
    [
        # plural trials are what a review looked at, not what it is
        ("17430148", "The review notes that NMDA receptor drugs have been tested in clinical "
         "trials for depression.", {Verdict.SUPPORTED, Verdict.NOT_IN_SOURCE}),
        # a denial the claim and the record share, in a compound claim
        ("19158287", "Etomidate did not affect HCN1 channels, and HCN1 gene deletion left "
         "hypnotic sensitivity to etomidate unchanged.", {Verdict.SUPPORTED,
                                                           Verdict.NOT_IN_SOURCE}),
        # "differed markedly" against "were similar for all treatments"
        ("31526207", "Serum BDNF concentrations differed markedly between the treatments.",
         {Verdict.CONTRADICTED, Verdict.NOT_IN_SOURCE}),
    ],
)  # fmt: skip
def test_scope_of_designs_denials_and_likeness(
    pmid: str, claim: str, expected: set[Verdict]
) -> None:
    assert claimcheck.verify(claim, record(pmid)).verdict in expected


def test_an_author_the_record_lists_is_not_looked_for_in_the_abstract() -> None:
    rec = record("12091962")
    named = "J. Michael Olivero wrote about how AIDS is treated in correctional facilities."
    assert claimcheck.verify(named, rec).verdict is Verdict.SUPPORTED
    other = "J. Michael Smithers wrote about how AIDS is treated in correctional facilities."
    assert claimcheck.verify(other, rec).verdict is not Verdict.SUPPORTED


def test_close_to_is_a_bound_not_a_word_to_find() -> None:
    claim = "Close to three in five patients responded."
    terms = {t.text.lower() for t in extract_assertions(claim).key_terms}
    assert "close" not in terms


@pytest.mark.parametrize(
    ("pmid", "claim", "expected"),
    [
        # "potency ... was strongly reduced in HCN1 knock-out mice"
        ("19158287", "Ketamine's potency to provoke a loss-of-righting reflex was unchanged in "
         "HCN1 knock-out mice.", {Verdict.CONTRADICTED}),
        # a change told backwards with rounded figures ("from 20 points ... to 8.8 points")
        ("29561204", "Dissociation scores rose over treatment, from about 9 points at week 1 to "
         "20 points at week 14.", {Verdict.CONTRADICTED}),
        # "but not to Z" where the record reports Z ("anti-TPO positivity (ptrend=0.01)")
        ("28775130", "Pendimethalin was linked to subclinical hypothyroidism and higher TSH, but "
         "not to anti-TPO positivity.", {Verdict.CONTRADICTED}),
        # "a similar amount after ketamine and after saline" against "14 ... vs. 0"
        ("10686270", "Depression scores fell by a similar amount after ketamine and after "
         "saline.", {Verdict.CONTRADICTED}),
        # "No dose-response relationship" against "A dose-response profile was noted"
        ("31526207", "No dose-response relationship was found for the anxiolytic effects of "
         "ketamine.", {Verdict.CONTRADICTED}),
        # "narrow" where another sentence says "the larger chemical shift range of (13)C"
        ("11700088", "The approach relies on the comparatively narrow chemical shift range of "
         "13C for its chemical selectivity.", {Verdict.CONTRADICTED, Verdict.NOT_IN_SOURCE}),
        # a word the record uses only elsewhere ("analgesic" in the background) is not excused
        ("19158287", "Mice without HCN1 also lost the pain-relieving effect of ketamine.",
         {Verdict.NOT_IN_SOURCE}),
    ],
)  # fmt: skip
def test_more_wrong_claims_are_not_supported(
    pmid: str, claim: str, expected: set[Verdict]
) -> None:
    assert claimcheck.verify(claim, record(pmid)).verdict in expected


@pytest.mark.parametrize(
    ("pmid", "claim", "expected"),
    [
        # details an abstract may not report are never excused as everyday wording
        ("28775130", "Applicators with high aldrin exposure were more often prescribed thyroid "
         "hormone replacement.", Verdict.NOT_IN_SOURCE),
        ("11700088", "The double-resonance imaging approach combining J-editing and 13C chemical "
         "shift editing was run on a 1.5-tesla clinical scanner.", Verdict.NOT_IN_SOURCE),
        # a figure no check reads as a quantity must still be in the record
        ("28775130", "The aldrin association with subclinical hypothyroidism was strongest among "
         "applicators over 60.", Verdict.NOT_IN_SOURCE),
        # "descending" against "Ascending doses of ketamine (0.25, 0.5, 1 mg/kg)"
        ("31526207", "Ketamine was given in descending doses of 1, 0.5 and 0.25 mg/kg at weekly "
         "intervals.", Verdict.CONTRADICTED),
        ("31526207", "Ketamine was given in rising doses of 0.25, 0.5 and 1 mg/kg at weekly "
         "intervals.", Verdict.SUPPORTED),
    ],
)  # fmt: skip
def test_added_details_and_reversed_orders(pmid: str, claim: str, expected: Verdict) -> None:
    assert claimcheck.verify(claim, record(pmid)).verdict is expected
