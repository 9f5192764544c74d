"""Round 23 review mend (support): suffix denials, "little", likened items, lay masking,
spelled-out acronyms and "no use"."""

from __future__ import annotations

import pytest

from claimcheck.pubmed.model import AbstractSection, PubMedRecord
from claimcheck.report.model import FindingKind, Verdict
from claimcheck.verification.checks.support import (
    _ACRONYM,
    MAX_ACRONYM,
    MIN_ACRONYM,
    _spelled_out_forms,
)
from claimcheck.verification.engine import verify
from claimcheck.verification.index import build_index, terms_of


def abstract(text: str, title: str = "A study") -> PubMedRecord:
    return PubMedRecord(pmid="1", title=title, abstract=[AbstractSection(text=text)])


def support(claim: str, rec: PubMedRecord) -> Verdict:
    found = [f for f in verify(claim, rec).findings if f.kind is FindingKind.SUPPORT]
    assert found, claim
    return found[-1].verdict


# --- 1. a compound with "-free"/"-independent" names a measure, not a denial -----------------


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        (
            "We randomized 400 patients with advanced lung cancer to drug X or placebo. Drug X "
            "did not improve progression-free survival compared with placebo (HR 0.97, P = 0.81).",
            "Drug X improved progression-free survival.",
        ),
        (
            "We randomized 300 adults with migraine to drug Y or placebo. Drug Y did not increase "
            "the proportion of pain-free patients at two hours compared with placebo.",
            "Drug Y increased the proportion of pain-free patients at two hours.",
        ),
        (
            "Ninety smokers received varenicline or placebo. Varenicline did not raise the rate "
            "of smoke-free days at 12 weeks.",
            "Varenicline raised the rate of smoke-free days at 12 weeks.",
        ),
        (
            "We studied 120 patients with type 2 diabetes. The new drug did not lower "
            "insulin-independent glucose uptake in skeletal muscle.",
            "The new drug lowered insulin-independent glucose uptake in skeletal muscle.",
        ),
    ],
)
def test_a_record_denying_a_result_about_a_free_compound_still_contradicts(
    text: str, claim: str
) -> None:
    assert verify(claim, abstract(text)).verdict is Verdict.CONTRADICTED


def test_a_suffix_denial_still_meets_a_record_that_denies_dependence() -> None:
    rec = abstract(
        "We review how the drug acts. Its analgesia does not depend on opioid receptors, and "
        "naloxone did not block it."
    )
    assert support("The drug produces opioid-independent analgesia.", rec) is not (
        Verdict.CONTRADICTED
    )


# --- 2. "little effect" is a small effect, not a lack of data --------------------------------


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        (
            "We reviewed 14 trials of gabapentin for chronic low back pain. Data on the effect "
            "of gabapentin on function were insufficient for pooling.",
            "Gabapentin had little effect on function.",
        ),
        (
            "We reviewed 9 trials of melatonin in shift workers. Evidence on the effect of "
            "melatonin on alertness was limited.",
            "Melatonin had little effect on alertness.",
        ),
    ],
)
def test_little_effect_is_not_the_records_lack_of_data(text: str, claim: str) -> None:
    assert verify(claim, abstract(text)).verdict is not Verdict.SUPPORTED


def test_little_attention_is_a_limited_assessment() -> None:
    rec = abstract(
        "We reviewed 20 trials of ketamine. The assessment of long-term use was limited, and "
        "harms were selectively reported."
    )
    said = {c for t in terms_of("little attention to long-term use") for c in t.concepts}
    assert said & {c for t in terms_of("limited") for c in t.concepts}
    assert (
        support("Studies reported harms selectively, with little attention to long-term use.", rec)
        is Verdict.SUPPORTED
    )


# --- 3. likened items: the denial must cover the claim's finding --------------------------


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        (
            "We enrolled 300 adults with hypertension. Systolic blood pressure fell in both men "
            "and women. Women were not more likely than men to report dizziness, and diastolic "
            "blood pressure did not differ by sex.",
            "Systolic blood pressure fell in both men and women.",
        ),
        (
            "We compared two statins in 500 patients. Atorvastatin as well as rosuvastatin "
            "lowered LDL cholesterol by more than 40%. Rosuvastatin had no effect on HDL "
            "cholesterol.",
            "Atorvastatin as well as rosuvastatin lowered LDL cholesterol by more than 40%.",
        ),
        (
            "We studied 80 patients with coronary disease. Both aspirin and clopidogrel reduced "
            "platelet aggregation in non-diabetic patients. In diabetic patients, aspirin did not "
            "reduce platelet aggregation.",
            "Both aspirin and clopidogrel reduced platelet aggregation in non-diabetic patients.",
        ),
        (
            "Mice were given ketamine or memantine. Ketamine and memantine both produced rapid "
            "antidepressant effects in the forced swim test. Memantine was not effective in the "
            "novelty-suppressed feeding test.",
            "Ketamine and memantine both produced rapid antidepressant effects in the forced "
            "swim test.",
        ),
        (
            "We followed 900 children and adults after measles vaccination. Antibody titres rose "
            "in both children and adults. Adults did not report more fever than children, and "
            "rash was rare.",
            "Antibody titres rose in both children and adults.",
        ),
        (
            "Rats received lithium or valproate. Lithium and valproate both raised brain BDNF "
            "levels in the hippocampus. Valproate did not alter body weight, and lithium raised "
            "serum creatinine.",
            "Lithium and valproate both raised brain BDNF levels in the hippocampus.",
        ),
    ],
)
def test_a_likened_finding_the_record_affirms_is_not_contradicted(text: str, claim: str) -> None:
    assert support(claim, abstract(text)) is not Verdict.CONTRADICTED


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        (
            "We studied rats given haloperidol or clozapine. Prolactin rose after haloperidol "
            "but not clozapine.",
            "Both clozapine and haloperidol raised prolactin.",
        ),
        (
            "We studied rats given haloperidol or clozapine. Haloperidol raised serum prolactin. "
            "Serum prolactin was unaffected by clozapine.",
            "Clozapine, like haloperidol, raised serum prolactin.",
        ),
        (
            "Cells were exposed to two statins. Simvastatin reduced cholesterol synthesis in "
            "hepatocytes, whereas pravastatin had no effect on cholesterol synthesis in "
            "hepatocytes.",
            "Pravastatin, like simvastatin, reduced cholesterol synthesis in hepatocytes.",
        ),
    ],
)
def test_a_likened_finding_the_record_denies_of_one_item_is_contradicted(
    text: str, claim: str
) -> None:
    assert support(claim, abstract(text)) is Verdict.CONTRADICTED


# --- 4. a lay "neither ... nor ... told" still meets a record that they knew -----------------


KNOWN = abstract(
    "We studied 60 patients with hepatocellular carcinoma. Sorafenib was given orally; patients "
    "were told which dose they received, and staff knew the allocation."
)


@pytest.mark.parametrize(
    "claim",
    [
        "Neither patients nor staff were told which dose was given.",
        "Neither patients nor staff knew which dose was given.",
        "Participants were not told which dose they received.",
    ],
)
def test_a_lay_masking_claim_against_a_record_that_they_knew_is_contradicted(claim: str) -> None:
    assert verify(claim, KNOWN).verdict is Verdict.CONTRADICTED


def test_a_lay_masking_claim_against_a_masked_record_is_not_contradicted() -> None:
    rec = abstract(
        "In this trial, 60 patients received sorafenib or placebo. Neither the patients nor "
        "the investigators knew which treatment was given."
    )
    assert (
        verify("Neither patients nor staff were told which treatment was given.", rec).verdict
        is not Verdict.CONTRADICTED
    )


# --- 5. spelled-out acronyms in any case; "of little or no use" --------------------------------


def test_a_spelled_out_name_in_title_and_abstract_case_is_one_name() -> None:
    rec = abstract(
        "Sixty adults with migraine were enrolled. Headache intensity fell by 2.1 points on a "
        "0-10 verbal rating scale after the nerve block.",
        title="Nerve block for migraine assessed on a Verbal Rating Scale",
    )
    assert "vrs" in _spelled_out_forms(build_index(rec))


def test_the_acronym_bounds_are_the_acronym_patterns() -> None:
    assert _ACRONYM.fullmatch("A" * MIN_ACRONYM)
    assert _ACRONYM.fullmatch("A" * MAX_ACRONYM)
    assert not _ACRONYM.fullmatch("A" * (MIN_ACRONYM - 1))


@pytest.mark.parametrize(
    "text",
    ["The device was of little or no use in older patients.", "It is of limited or no use."],
)
def test_of_little_or_no_use_is_no_exposure(text: str) -> None:
    assert not any("unexposed" in t.concepts for t in terms_of(text))
    assert any("unexposed" in t.concepts for t in terms_of("Risk was lower with no use."))


def test_being_told_something_else_is_no_known_allocation() -> None:
    rec = abstract(
        "We studied 60 patients with hepatocellular carcinoma. Sorafenib was given orally; "
        "patients were told what to expect during the infusion."
    )
    assert support("Neither patients nor staff knew which dose was given.", rec) is not (
        Verdict.CONTRADICTED
    )
