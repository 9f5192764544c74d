"""Round 21 (polarity, sameness): a denial in other words against a record that affirms it,
"just as ... as" / "unrelated to" against a reported difference or relation, and a background
sentence that leaves something unknown before a later sentence finds it."""

from __future__ import annotations

import pytest

from claimcheck.pubmed.model import AbstractSection, PubMedRecord
from claimcheck.report.model import Finding, Verdict
from claimcheck.verification.checks.support import _claim_sameness
from claimcheck.verification.engine import verify


def _record(title: str, abstract: str) -> PubMedRecord:
    return PubMedRecord(pmid="1", title=title, abstract=[AbstractSection(text=abstract)])


def _support(findings: list[Finding]) -> Finding:
    return next(f for f in findings if f.kind.value == "support")


_STATINS = _record(
    "Statins and cognition: a narrative review",
    "We review trials of statins in older adults. "
    "Statins have shown neuroprotective effects in both observational and randomized studies. "
    "Muscle symptoms and liver enzyme rises complicate their use.",
)


@pytest.mark.parametrize(
    "claim",
    [
        "Statins: neuroprotection seen in observational cohorts has not held up in randomized "
        "studies.",
        "Neuroprotective effects of statins were not seen in randomized studies.",
        "Statin neuroprotection from observational work has not been confirmed by randomized "
        "studies.",
    ],
)
def test_denial_in_other_words_of_an_affirmed_finding_is_contradicted(claim: str) -> None:
    assert _support(verify(claim, _STATINS).findings).verdict is Verdict.CONTRADICTED


def test_denial_of_something_the_sentence_does_not_name_is_not_contradicted() -> None:
    claim = "About a third of older adults get no benefit from standard memory drugs."
    assert _support(verify(claim, _STATINS).findings).verdict is not Verdict.CONTRADICTED


_KNOCKOUT = _record(
    "TREK1 channels and the sedative action of chloral hydrate",
    "We studied TREK1 knock-out mice. "
    "Chloral hydrate sensitivity was reduced in TREK1 knock-out mice, whereas sedation by "
    "diazepam was unaffected by TREK1 deletion. "
    "Plasma chloral hydrate levels were correlated with sedation scores.",
)


@pytest.mark.parametrize(
    "claim",
    [
        "Mice lacking TREK1 stayed just as sensitive to chloral hydrate as normal mice.",
        "TREK1 knock-out mice remained as sensitive to chloral hydrate as wild-type mice.",
        "Chloral hydrate sensitivity was the same in TREK1 knock-out mice as in normal mice.",
        "Plasma chloral hydrate levels were unrelated to sedation scores.",
    ],
)
def test_sameness_against_a_reported_difference_is_contradicted(claim: str) -> None:
    result = verify(claim, _KNOCKOUT)
    assert result.verdict is not Verdict.SUPPORTED
    assert _support(result.findings).verdict is Verdict.CONTRADICTED


def test_sameness_the_record_states_for_another_drug_is_not_contradicted() -> None:
    claim = "Sedation by diazepam was unaffected by TREK1 deletion in mice."
    assert _support(verify(claim, _KNOCKOUT).findings).verdict is Verdict.SUPPORTED


@pytest.mark.parametrize(
    ("claim", "alike"),
    [
        ("The treated rats ran just as far as the controls.", True),
        ("Knock-out mice stayed as responsive to the drug as wild-type mice.", True),
        ("Knock-out mice woke about twice as fast as normal mice.", False),
        ("Levels rose as much as 40% after dosing.", False),
        ("Both sexes as well as all age groups were enrolled.", False),
    ],
)
def test_sameness_wording_is_told_from_ratios_and_lists(claim: str, alike: bool) -> None:
    assert (_claim_sameness(claim) is not None) is alike


def test_no_change_in_a_contrasted_arm_is_read_alone() -> None:
    record = _record(
        "Oral magnesium in migraine",
        "Attack frequency fell by 4 days per month after magnesium and did not change after "
        "placebo.",
    )
    claim = "Attack frequency fell by 4 days per month after magnesium, against no change after "
    claim += "placebo."
    assert _support(verify(claim, record).findings).verdict is Verdict.SUPPORTED


_TRIGGER = _record(
    "Microglia start the febrile response to lipopolysaccharide",
    "Lipopolysaccharide raises body temperature in rodents, but the initial cellular trigger of "
    "this fever has not been identified. "
    "We deleted TLR4 in microglia, astrocytes or endothelial cells. "
    "These findings show that microglial TLR4 is the initial cellular trigger of "
    "lipopolysaccharide fever.",
)


def test_an_open_question_in_the_background_does_not_negate_the_finding() -> None:
    claim = "Microglial TLR4 was identified as the initial cellular trigger of fever after "
    claim += "lipopolysaccharide."
    assert _support(verify(claim, _TRIGGER).findings).verdict is Verdict.SUPPORTED


def test_a_claim_that_the_trigger_is_still_unknown_is_not_supported() -> None:
    claim = "The initial cellular trigger of lipopolysaccharide fever has not been identified "
    claim += "in this study."
    assert verify(claim, _TRIGGER).verdict is not Verdict.SUPPORTED


def test_a_denial_about_the_comparison_arm_is_not_the_claims_denial() -> None:
    record = _record(
        "Intranasal oxytocin in autism",
        "Social responsiveness improved significantly within two weeks of oxytocin but not "
        "placebo in 30 children with autism.",
    )
    claim = "Social responsiveness improved significantly within two weeks of oxytocin, an "
    claim += "effect not seen with placebo."
    assert _support(verify(claim, record).findings).verdict is Verdict.SUPPORTED


_KEPT = _record(
    "Spectroscopy of a two-domain copper enzyme",
    "We studied the holoenzyme and its isolated catalytic domain. "
    "In the holoenzyme and the catalytic domain the two copper centres give separate signals. "
    "In the holoenzyme only, one copper centre adopts two distinct geometries between pH 6 and "
    "9, while the other stays fixed.",
)


def test_a_claim_extending_a_finding_past_the_records_only_is_contradicted() -> None:
    claim = "One copper centre adopted two distinct geometries between pH 6 and 9 in the "
    claim += "catalytic domain as well as in the holoenzyme."
    assert verify(claim, _KEPT).verdict is Verdict.CONTRADICTED


def test_a_claim_naming_the_kept_item_and_its_sibling_together_is_contradicted() -> None:
    record = _record(
        "Iron centres of a two-part oxidase",
        "Magnetic studies of the oxidase and its flavin-free subunit are reported. "
        "In the oxidase and the subunit the two heme irons are distinguishable. "
        "In the oxidase only, one of the heme irons exists in two different spin environments "
        "between pH 6 and 9, while the other remains constant.",
    )
    claim = "Oxidase: the heme iron with two spin environments (pH 6 to 9) showed this in the "
    claim += "flavin-free subunit as well as in the oxidase."
    assert _support(verify(claim, record).findings).verdict is Verdict.CONTRADICTED


def test_a_claim_keeping_the_finding_to_the_same_item_is_not_contradicted() -> None:
    claim = "One copper centre adopted two distinct geometries between pH 6 and 9 in the "
    claim += "holoenzyme."
    assert _support(verify(claim, _KEPT).findings).verdict is not Verdict.CONTRADICTED


_ISOMERS = _record(
    "Enantiomers of tramadol at the mu opioid receptor",
    "We compared tramadol forms in cell lines. "
    "The receptor was more potently activated by (+)-tramadol than racemic tramadol.",
)


def _comparator_verdicts(claim: str) -> set[Verdict]:
    return {f.verdict for f in verify(claim, _ISOMERS).findings if f.kind.value == "comparator"}


def test_a_potency_ranking_with_the_arms_swapped_is_contradicted() -> None:
    claim = "The study found that racemic tramadol activated the receptor more strongly than "
    claim += "(+)-tramadol."
    assert Verdict.CONTRADICTED in _comparator_verdicts(claim)


def test_a_potency_ranking_in_the_records_order_is_not_contradicted() -> None:
    claim = "The study found that (+)-tramadol activated the receptor more strongly than "
    claim += "racemic tramadol."
    assert Verdict.CONTRADICTED not in _comparator_verdicts(claim)
