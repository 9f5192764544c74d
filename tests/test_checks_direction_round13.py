"""Round 13: everyday phrases of change, lifted decreases, comparison-arm results, and findings
said of another thing."""

from __future__ import annotations

from claimcheck.pubmed.model import AbstractSection, PubMedRecord
from claimcheck.report.model import Finding, FindingKind, Verdict
from claimcheck.verification.assertions import extract_assertions
from claimcheck.verification.checks.direction import check_direction, lay_changes
from claimcheck.verification.index import build_index


def record(*sentences: str) -> PubMedRecord:
    return PubMedRecord(
        pmid="1", title="A study", abstract=[AbstractSection(text=" ".join(sentences))]
    )


def findings(claim: str, rec: PubMedRecord) -> list[Finding]:
    return check_direction(extract_assertions(claim), rec, build_index(rec))


def kinds(claim: str, rec: PubMedRecord, kind: FindingKind) -> set[Verdict]:
    return {f.verdict for f in findings(claim, rec) if f.kind is kind}


def lay(text: str) -> list[tuple[str, bool]]:
    return [(m.group().lower(), up) for m, up in lay_changes(text)]


CORTISOL_UP = record(
    "Sleep deprivation increased secretion of cortisol in healthy adults.",
    "Forty volunteers were studied over two nights.",
)
CORTISOL_DOWN = record(
    "Sleep deprivation reduced secretion of cortisol in healthy adults.",
    "Forty volunteers were studied over two nights.",
)


def test_phrasal_verbs_read_as_directions() -> None:
    assert lay("the drug dials down inflammation") == [("dials down", False)]
    assert lay("training ramped up insulin output") == [("ramped up", True)]
    assert lay("the hormone turned the signal down") == [("turned the signal down", False)]
    assert lay("salt cut back on thirst") == [("cut back", False)]
    assert lay("statins slashed cholesterol") == [("slashed", False)]
    assert lay("the policy reined in prescribing") == [("reined in", False)]
    assert lay("exercise pushed up heart rate") == [("pushed up", True)]


def test_uses_that_name_no_change_are_not_directions() -> None:
    assert lay("half of the patients turned down the offer of surgery") == []
    assert lay("antibodies turned up in three samples") == []
    assert lay("knock-down of the receptor") == []
    assert lay("the gene was knocked down with siRNA") == []
    assert lay("a pull-down assay; the antibody pulled down the complex") == []
    assert lay("the surgeon cut the tissue into sections") == []
    assert lay("the wound down the forearm healed") == []


def test_a_lay_decrease_against_a_recorded_increase_is_contradicted() -> None:
    claim = "The authors report that sleep deprivation ends up turning down cortisol secretion."
    assert Verdict.CONTRADICTED in kinds(claim, CORTISOL_UP, FindingKind.DIRECTION)


def test_a_lay_decrease_matching_a_recorded_decrease_stands() -> None:
    claim = "Sleep deprivation dialled down cortisol secretion in healthy adults."
    got = kinds(claim, CORTISOL_DOWN, FindingKind.DIRECTION)
    assert Verdict.SUPPORTED in got and Verdict.CONTRADICTED not in got


def test_a_lay_increase_against_a_recorded_decrease_is_contradicted() -> None:
    claim = "Sleep deprivation cranked up cortisol secretion in healthy adults."
    assert Verdict.CONTRADICTED in kinds(claim, CORTISOL_DOWN, FindingKind.DIRECTION)


def test_a_lay_phrase_in_the_record_is_read_too() -> None:
    rec = record(
        "Sleep deprivation ramped up secretion of cortisol in healthy adults.",
        "Forty volunteers were studied over two nights.",
    )
    claim = "Sleep deprivation reduced cortisol secretion in healthy adults."
    assert Verdict.CONTRADICTED in kinds(claim, rec, FindingKind.DIRECTION)


def test_a_lifted_inhibition_is_no_decrease() -> None:
    rec = record(
        "Nicotine desensitizes receptors on interneurons, which leads to disinhibition of "
        "pyramidal cells and increased firing of pyramidal cells.",
        "This mechanism was examined in slices.",
    )
    claim = "Nicotine acts on interneurons, freeing pyramidal cells from inhibition and "
    claim += "increasing firing."
    assert Verdict.CONTRADICTED not in kinds(claim, rec, FindingKind.DIRECTION)


def test_the_comparison_arms_no_change_is_no_claim_of_non_significance() -> None:
    rec = record(
        "Pain scores fell by 3 points after lidocaine and by 0 points after placebo (P < 0.01).",
        "Sixty adults were randomized.",
    )
    claim = "Pain scores fell by 3 points after lidocaine, against practically no change "
    claim += "after the placebo injection."
    assert Verdict.CONTRADICTED not in kinds(claim, rec, FindingKind.SIGNIFICANCE)


def test_a_claim_of_no_change_is_still_read_as_non_significance() -> None:
    rec = record(
        "Lidocaine significantly reduced pain scores compared with placebo (P < 0.01).",
        "Sixty adults were randomized.",
    )
    claim = "Lidocaine made no difference to pain scores compared with placebo."
    assert Verdict.CONTRADICTED in kinds(claim, rec, FindingKind.SIGNIFICANCE)


THYROID = record(
    "Higher exposure to the fungicide captan was associated with hypothyroidism and higher TSH.",
    "Lower free T4 was seen with the insecticide lindane.",
    "Exposure was estimated from questionnaires.",
)


def test_a_change_of_another_measure_does_not_contradict() -> None:
    claim = "Captan exposure was also associated with lower T3 levels."
    assert Verdict.CONTRADICTED not in kinds(claim, THYROID, FindingKind.DIRECTION)


def test_the_opposite_change_of_the_same_measure_still_contradicts() -> None:
    claim = "Captan exposure was associated with lower TSH."
    assert Verdict.CONTRADICTED in kinds(claim, THYROID, FindingKind.DIRECTION)


SEDATIVES = record(
    "Ketamine relieved pain in wild-type mice and in knock-out mice.",
    "Midazolam caused sedation in knock-out mice, whereas haloperidol had no effect on "
    "knock-out mice.",
    "Sedation was scored blind.",
)


def test_no_effect_of_another_drug_does_not_contradict() -> None:
    claim = "Midazolam still sedated knock-out mice and relieved pain in them."
    assert Verdict.CONTRADICTED not in kinds(claim, SEDATIVES, FindingKind.DIRECTION)


def test_no_effect_of_the_claimed_drug_still_contradicts() -> None:
    claim = "Haloperidol relieved symptoms in knock-out mice."
    assert Verdict.CONTRADICTED in kinds(claim, SEDATIVES, FindingKind.DIRECTION)


def test_who_had_not_improved_describes_the_patients() -> None:
    rec = record(
        "Esketamine was effective in adults with depression.",
        "We reviewed twelve trials of esketamine in depression.",
    )
    claim = "The review says esketamine helps adults with depression who have not improved "
    claim += "on other drugs."
    assert Verdict.CONTRADICTED not in kinds(claim, rec, FindingKind.DIRECTION)
