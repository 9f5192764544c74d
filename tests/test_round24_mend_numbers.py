"""Round 24 review mend, numbers: a claimed length at the record's "up to" bound is that
length; "one full week" is one week; a fold is compared with ratios of two counts, never with a
pair of counts of other things ("896 controls from five cohorts"); "twice the dose" is a fold the
record must give; a figure in the other branch of "X containing A, and Y containing B" is not
the claim's item's; a time scale without a number ("within hours") must be the record's too."""

from __future__ import annotations

import pytest

from claimcheck.pubmed.model import AbstractSection, PubMedRecord
from claimcheck.report.model import FindingKind, Verdict
from claimcheck.verification.engine import verify
from claimcheck.verification.quantities import find_quantities


def abstract(*sections: str, title: str = "A study") -> PubMedRecord:
    return PubMedRecord(
        pmid="1", title=title, abstract=[AbstractSection(text=text) for text in sections]
    )


def quantity_verdicts(claim: str, record: PubMedRecord) -> list[Verdict]:
    return [f.verdict for f in verify(claim, record).findings if f.kind is FindingKind.QUANTITY]


ANXIETY = abstract(
    "Twelve patients with anxiety received ketamine.",
    "Improvements in anxiety ratings occurred within an hour of ketamine dosing, and persisted "
    "for up to 1 week.",
)
RELIEF = abstract("Relief of pain lasted up to 1 month after the nerve block.")


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("improvements persisted for one full week", 1.0, "week"),
        ("relief lasted three whole days", 3.0, "day"),
        ("the benefit held for two entire months", 2.0, "month"),
    ],
)
def test_number_full_unit_is_a_length(text: str, value: float, unit: str) -> None:
    assert [(q.value, q.unit) for q in find_quantities(text)] == [(value, unit)]


@pytest.mark.parametrize(
    ("claim", "record"),
    [
        ("Ketamine reduced anxiety within an hour and persisted for a full week.", ANXIETY),
        ("Improvements in anxiety ratings persisted for one full week.", ANXIETY),
        ("Pain relief lasted a whole month after the nerve block.", RELIEF),
    ],
)
def test_length_at_the_records_upper_bound_is_backed(claim: str, record: PubMedRecord) -> None:
    verdicts = quantity_verdicts(claim, record)
    assert verdicts and all(v is Verdict.SUPPORTED for v in verdicts)


def test_shorter_length_inside_the_bound_stays_unbacked() -> None:
    assert Verdict.SUPPORTED not in quantity_verdicts(
        "Pain relief lasted ten days after the nerve block.", RELIEF
    )


def test_longer_length_than_the_bound_contradicts() -> None:
    assert Verdict.CONTRADICTED in quantity_verdicts(
        "Improvements in anxiety ratings persisted for two full weeks.", ANXIETY
    )


TELOMERE = abstract(
    "We measured prediagnostic leucocyte telomere length in 386 pancreatic cancer cases and 896 "
    "matched controls from five prospective US cohorts.",
    "Shorter telomere length was associated with higher risk (OR 1.72; 95% CI 1.07 to 2.78).",
)
VOLUNTEERS = abstract(
    "We enrolled 120 patients and 480 healthy volunteers from 12 hospitals.",
    "Reaction times were longer in patients.",
)


@pytest.mark.parametrize(
    ("claim", "record"),
    [
        ("The study enrolled double the number of controls.", TELOMERE),
        ("Matching used twice the number of controls.", TELOMERE),
        ("The trial recruited triple the number of healthy volunteers.", VOLUNTEERS),
    ],
)
def test_fold_never_meets_a_pair_of_counts_of_other_things(
    claim: str, record: PubMedRecord
) -> None:
    assert Verdict.CONTRADICTED not in quantity_verdicts(claim, record)


@pytest.mark.parametrize(
    ("claim", "record", "verdict"),
    [
        ("Matching used double the number of controls as cases.", TELOMERE, Verdict.SUPPORTED),
        ("There were four times the number of volunteers as patients.", VOLUNTEERS,
         Verdict.SUPPORTED),
        ("There were twice the number of volunteers as patients.", VOLUNTEERS,
         Verdict.CONTRADICTED),
    ],
)  # fmt: skip
def test_fold_meets_the_ratio_of_the_two_counts_it_names(
    claim: str, record: PubMedRecord, verdict: Verdict
) -> None:
    assert quantity_verdicts(claim, record) == [verdict]


CRYO = abstract(
    "Two simple cryosolutions were evaluated: 0.17 M sodium chloride containing a final "
    "concentration of 15% dimethyl sulfoxide (Me(2)SO) (cryosolution A) and 0.1 M sodium citrate "
    "containing a final concentration of 10% Me(2)SO (cryosolution B)."
)
BUFFERS = abstract(
    "Two buffers were compared: 50 mM Tris containing 2% glycerol and 20 mM HEPES containing 5% "
    "glycerol."
)


@pytest.mark.parametrize(
    ("claim", "record", "verdict"),
    [
        ("The sodium citrate cryosolution tested by the Viterbo team contained 15% dimethyl "
         "sulfoxide.", CRYO, Verdict.CONTRADICTED),
        ("The citrate solution contained 15% DMSO.", CRYO, Verdict.CONTRADICTED),
        ("The sodium chloride cryosolution contained 15% dimethyl sulfoxide.", CRYO,
         Verdict.SUPPORTED),
        ("The HEPES buffer contained 2% glycerol.", BUFFERS, Verdict.CONTRADICTED),
        ("The Tris buffer contained 2% glycerol.", BUFFERS, Verdict.SUPPORTED),
    ],
)  # fmt: skip
def test_figure_of_the_other_branch_is_not_the_claims_item(
    claim: str, record: PubMedRecord, verdict: Verdict
) -> None:
    assert verify(claim, record).verdict is verdict


HCN1 = abstract(
    "Accordingly, we found that the potency for ketamine to provoke a loss-of-righting reflex, a "
    "behavioral correlate of hypnosis, was strongly reduced in HCN1 knock-out mice.",
    title="HCN1 channel subunits are a molecular substrate for hypnotic actions of ketamine",
)


@pytest.mark.parametrize(
    "claim",
    [
        "HCN1 knock-out mice needed about twice the ketamine dose to lose the righting reflex.",
        "HCN1 knock-out mice needed double the dose of ketamine to lose the righting reflex.",
        "HCN1 knock-out mice required triple the ketamine dose to lose the righting reflex.",
    ],
)
def test_fold_the_record_never_gives_is_not_absorbed(claim: str) -> None:
    assert verify(claim, HCN1).verdict is Verdict.NOT_IN_SOURCE


@pytest.mark.parametrize(
    "text",
    [
        "patients were dosed twice the same day",
        "infusions were given twice the first week",
        "half of them kept taking it once the study was over",
        "remission held once the three months of treatment ended",
    ],
)
def test_twice_the_time_is_no_fold(text: str) -> None:
    assert all(q.unit != "fold" for q in find_quantities(text))


NMDA = abstract(
    "Here we review current knowledge of the contribution of the NMDA receptor to depression.",
    "Drugs that target the NMDA receptor have shown antidepressant properties in both clinical "
    "and preclinical studies.",
    title="The NMDA Receptor as a Therapeutic Target in Major Depressive Disorder",
)


@pytest.mark.parametrize(
    "claim",
    [
        "According to the review, NMDA-targeting drugs lift mood within hours rather than the "
        "weeks that standard antidepressants need.",
        "Drugs that target the NMDA receptor show antidepressant properties within days.",
    ],
)
def test_time_scale_the_record_never_gives_is_not_absorbed(claim: str) -> None:
    assert verify(claim, NMDA).verdict is Verdict.NOT_IN_SOURCE


def test_time_scale_the_record_gives_stands() -> None:
    assert Verdict.NOT_IN_SOURCE not in quantity_verdicts(
        "Ketamine improved anxiety ratings within hours.", ANXIETY
    )


@pytest.mark.parametrize(
    "claim",
    [
        "Cryosolution A composition: 0.1 M sodium citrate with a final 10% Me2SO.",
        "Cryosolution A contained 10% dimethyl sulfoxide in sodium citrate.",
    ],
)
def test_claim_naming_a_label_keeps_the_labels_figure(claim: str) -> None:
    assert verify(claim, CRYO).verdict is Verdict.CONTRADICTED
