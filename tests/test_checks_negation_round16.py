"""Round 16 (negation and scope): a denial counts against a claim only when it governs what the
claim asserts. A claim denying in its own words what the record denies agrees with it ("not
requiring X", "cooperate rather than exclude"), a contrasted clause's denial of another item is
about that item, a claim's denial the sentence never speaks to is unsupported rather than
contradicted, a claim that sets an item apart in its own second clause agrees with a record that
excludes it, and a lay "not working normally" is the record's "dysregulated"."""

from __future__ import annotations

from claimcheck.pubmed.model import AbstractSection, PubMedRecord
from claimcheck.report.model import Verdict
from claimcheck.verification.engine import verify


def _record(*sentences: str) -> PubMedRecord:
    text = " ".join(sentences)
    return PubMedRecord(pmid="1", title="A study of drug X", abstract=[AbstractSection(text=text)])


def _verdict(claim: str, record: PubMedRecord) -> Verdict:
    return verify(claim, record).verdict


_REVIEW = _record(
    "We summarise how lithium may protect neurons in bipolar disorder.",
    "Pathways that do not require inhibition of glycogen synthase kinase, including "
    "autophagy induction and inositol depletion, are also considered.",
    "The proposed pathways are not mutually exclusive and may cooperate to stabilise mood.",
)
_CONTRAST = _record(
    "Sevoflurane blocked TREK1 currents in cultured neurons.",
    "Loss of TREK1 made mice resistant to sevoflurane anaesthesia, "
    "whereas xenon had no effect on TREK1 currents and xenon anaesthesia was unaffected by "
    "TREK1 deletion.",
)
_EXCLUDED = _record(
    "Deleting the receptor in dopamine neurons, but not serotonin neurons of the ventral "
    "midbrain, abolished cocaine place preference in mice.",
)
_PLACEBO = _record(
    "Pain scores fell within two weeks after acupuncture but not sham needling "
    "(mean reduction 3.1 points vs 0.2 points).",
)
_DYSREGULATED = _record(
    "Converging data suggest that cortisol signalling through the glucocorticoid receptor is "
    "dysregulated in chronic fatigue syndrome.",
)


def test_claim_denying_what_the_record_denies_in_other_words_agrees() -> None:
    claim = "The review considers pathways not requiring glycogen synthase kinase inhibition."
    assert _verdict(claim, _REVIEW) is not Verdict.CONTRADICTED


def test_rather_than_exclude_agrees_with_not_mutually_exclusive() -> None:
    claim = (
        "The authors hold that the proposed pathways may cooperate rather than exclude each other."
    )
    assert _verdict(claim, _REVIEW) is not Verdict.CONTRADICTED


def test_affirming_what_the_record_denies_is_still_contradicted() -> None:
    claim = "Autophagy induction requires inhibition of glycogen synthase kinase."
    assert _verdict(claim, _REVIEW) is Verdict.CONTRADICTED
    assert (
        _verdict("The proposed pathways are mutually exclusive.", _REVIEW) is Verdict.CONTRADICTED
    )


def test_claim_denial_the_sentence_never_mentions_is_not_contradicted() -> None:
    claim = "Inositol depletion causes no kidney damage in patients."
    assert _verdict(claim, _REVIEW) is Verdict.NOT_IN_SOURCE


def test_contrasted_clause_denial_of_another_item_does_not_negate() -> None:
    claim = "Mice lacking TREK1 resisted sevoflurane anaesthesia."
    assert _verdict(claim, _CONTRAST) is not Verdict.CONTRADICTED


def test_claim_denying_the_same_item_in_its_own_clause_agrees() -> None:
    claim = (
        "Loss of TREK1 made mice resist sevoflurane, whereas xenon left TREK1 currents untouched."
    )
    assert _verdict(claim, _CONTRAST) is not Verdict.CONTRADICTED


def test_contrasted_denial_still_contradicts_a_claim_about_that_item() -> None:
    assert _verdict("Xenon had an effect on TREK1 currents.", _CONTRAST) is Verdict.CONTRADICTED


def test_claim_setting_the_excluded_item_apart_after_a_semicolon_agrees() -> None:
    claim = (
        "Deleting the receptor in dopamine neurons of the ventral midbrain abolished cocaine "
        "place preference; in serotonin neurons it did not."
    )
    assert _verdict(claim, _EXCLUDED) is not Verdict.CONTRADICTED


def test_claim_including_the_excluded_item_is_still_contradicted() -> None:
    claim = (
        "Deleting the receptor in serotonin neurons of the ventral midbrain abolished cocaine "
        "place preference."
    )
    assert _verdict(claim, _EXCLUDED) is Verdict.CONTRADICTED


def test_placebo_denied_alike_in_a_contrasted_clause() -> None:
    claim = (
        "Pain scores fell after acupuncture, while they barely did not move after sham needling."
    )
    assert _verdict(claim, _PLACEBO) is not Verdict.CONTRADICTED


def test_denying_the_active_result_is_still_contradicted() -> None:
    assert _verdict("Pain scores did not fall after acupuncture.", _PLACEBO) is Verdict.CONTRADICTED


def test_lay_not_working_normally_agrees_with_dysregulated() -> None:
    claim = (
        "Glucocorticoid receptor signalling is not working normally in chronic fatigue syndrome."
    )
    assert _verdict(claim, _DYSREGULATED) is not Verdict.CONTRADICTED


def test_denying_the_dysregulation_itself_is_still_contradicted() -> None:
    claim = "Glucocorticoid receptor signalling is not dysregulated in chronic fatigue syndrome."
    assert _verdict(claim, _DYSREGULATED) is Verdict.CONTRADICTED
