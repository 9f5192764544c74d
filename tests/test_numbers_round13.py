"""Numbers, round 14: a number written in words that no quantity rule reads must still be in the
record; a share ("in a third of cases") is no change of the odds; a count of one kind of thing is
no side of an "n of N" counting another; a time limit is not met by a time of another order; a
part of a larger whole named item by item is backed by the sentence counting the whole."""

from __future__ import annotations

from synthetic_records import made_up_record

from claimcheck.pubmed.model import PubMedRecord
from claimcheck.report.model import FindingKind, Verdict
from claimcheck.verification.engine import clear_caches, verify


def _verdicts(claim: str, record: PubMedRecord, kind: FindingKind) -> set[Verdict]:
    clear_caches()
    return {f.verdict for f in verify(claim, record).findings if f.kind is kind}


def _verdict(claim: str, record: PubMedRecord) -> Verdict:
    clear_caches()
    return verify(claim, record).verdict


# --- a number in words that no quantity rule reads ---------------------------------------------

REVIEW = made_up_record(
    "We review the evidence that lithium lowers suicide risk in bipolar disorder.",
    "Five randomized trials and several cohort studies support a protective effect.",
    pmid="913001",
)


def test_an_invented_number_in_words_keeps_a_true_statement_from_support() -> None:
    true = "The review covers evidence that lithium lowers suicide risk in bipolar disorder."
    assert _verdict(true, REVIEW) is Verdict.SUPPORTED
    padded = (
        "The review covers evidence that lithium lowers suicide risk in bipolar disorder, "
        "nine lines of it in all."
    )
    assert _verdict(padded, REVIEW) is Verdict.NOT_IN_SOURCE
    assert Verdict.NOT_IN_SOURCE in _verdicts(padded, REVIEW, FindingKind.QUANTITY)


def test_a_number_in_words_the_record_writes_in_figures_or_words_is_stated() -> None:
    record = made_up_record(
        "Lithium lowered suicide risk in bipolar disorder across 5 randomized trials.",
        pmid="913002",
    )
    claim = "Lithium lowered suicide risk in bipolar disorder, the trials numbering five in all."
    assert Verdict.NOT_IN_SOURCE not in _verdicts(claim, record, FindingKind.QUANTITY)
    assert Verdict.NOT_IN_SOURCE not in _verdicts(
        "Lithium lowered suicide risk in bipolar disorder, five in all.",
        REVIEW,
        FindingKind.QUANTITY,
    )


def test_one_as_a_pronoun_and_a_count_that_lists_its_items_need_no_figure() -> None:
    assert Verdict.NOT_IN_SOURCE not in _verdicts(
        "One of the findings is that lithium lowers suicide risk in bipolar disorder.",
        REVIEW,
        FindingKind.QUANTITY,
    )
    listed = made_up_record(
        "Mood stabilizers such as lithium and valproate lowered suicide risk in bipolar disorder.",
        pmid="913003",
    )
    claim = "The two mood-stabilizing drugs (lithium and valproate) lowered suicide risk."
    assert Verdict.NOT_IN_SOURCE not in _verdicts(claim, listed, FindingKind.QUANTITY)
    miscounted = claim.replace("two", "three")
    assert Verdict.NOT_IN_SOURCE in _verdicts(miscounted, listed, FindingKind.QUANTITY)


def test_a_bounded_number_in_words_is_left_to_the_quantity_check() -> None:
    record = made_up_record(
        "Mean anxiety scores fell from 24 at baseline to 7.5 at week 12.", pmid="913004"
    )
    claim = "Mean anxiety scores fell from 24 at baseline to under eight by week 12."
    assert Verdict.NOT_IN_SOURCE not in _verdicts(claim, record, FindingKind.QUANTITY)


# --- a share is no change of the odds ---------------------------------------------------------

ODDS = made_up_record(
    "Heavy smoking was associated with higher odds of bladder cancer (OR 1.33; 95% CI 1.10 to "
    "1.61).",
    pmid="913005",
)


def test_a_fraction_of_cases_is_not_read_as_a_rise_in_the_odds() -> None:
    share = "Heavy smoking was associated with higher odds of bladder cancer in a third of cases."
    assert Verdict.SUPPORTED not in _verdicts(share, ODDS, FindingKind.QUANTITY)
    change = "Heavy smoking raised the odds of bladder cancer by about a third."
    assert _verdicts(change, ODDS, FindingKind.QUANTITY) == {Verdict.SUPPORTED}


def test_odds_going_up_by_a_share_is_a_relative_change() -> None:
    claim = "Heavy smoking pushed the odds of bladder cancer up by roughly a third."
    assert _verdicts(claim, ODDS, FindingKind.QUANTITY) == {Verdict.SUPPORTED}
    wrong = "Heavy smoking pushed the odds of bladder cancer up by roughly a half."
    assert Verdict.SUPPORTED not in _verdicts(wrong, ODDS, FindingKind.QUANTITY)


# --- a count of one kind of thing is no side of a share of another -----------------------------

CLINIC = made_up_record(
    "Of the 30 patients, 24 completed the programme.",
    "Sessions were held weekly at a single outpatient clinic.",
    pmid="913006",
)


def test_a_count_of_visits_is_not_backed_by_a_share_of_patients() -> None:
    claim = "Patients completed the programme over more than twenty visits."
    assert Verdict.SUPPORTED not in _verdicts(claim, CLINIC, FindingKind.QUANTITY)
    people = "More than twenty patients completed the programme."
    assert Verdict.SUPPORTED in _verdicts(people, CLINIC, FindingKind.QUANTITY)


def test_a_count_of_things_named_around_a_share_is_still_that_share() -> None:
    record = made_up_record(
        "The search found 150 reports, 12 of which were eligible.", pmid="913007"
    )
    assert Verdict.SUPPORTED in _verdicts(
        "Twelve reports were eligible.", record, FindingKind.QUANTITY
    )
    assert Verdict.SUPPORTED not in _verdicts(
        "Reports were eligible after more than ten interviews.", record, FindingKind.QUANTITY
    )


# --- a time limit is not met by a time of another order ----------------------------------------


def test_a_time_limit_is_not_backed_by_a_time_far_inside_it() -> None:
    record = made_up_record(
        "Platelet aggregation peaked 30 to 45 seconds after collagen was added.", pmid="913008"
    )
    far = "Platelet aggregation peaked after collagen was added, within 5 weeks."
    assert Verdict.SUPPORTED not in _verdicts(far, record, FindingKind.QUANTITY)
    near = "Platelet aggregation peaked within a minute of adding collagen."
    assert Verdict.SUPPORTED in _verdicts(near, record, FindingKind.QUANTITY)


# --- a part of a larger whole, named item by item ----------------------------------------------

GENES = made_up_record(
    "Four SNPs in the APOE region were associated with dementia risk, including rs429358, "
    "rs7412, rs440446 and rs769449.",
    pmid="913009",
)


def test_a_named_part_of_a_counted_whole_is_supported() -> None:
    claim = "Two of the APOE variants, rs429358 and rs7412, were associated with dementia risk."
    assert _verdicts(claim, GENES, FindingKind.QUANTITY) == {Verdict.SUPPORTED}


def test_a_named_part_with_an_item_the_record_lacks_is_not_supported() -> None:
    claim = "Two of the APOE variants, rs429358 and rs1234567, were associated with dementia risk."
    assert Verdict.SUPPORTED not in _verdicts(claim, GENES, FindingKind.QUANTITY)
    larger = "Five of the APOE variants, rs429358, rs7412, rs440446, rs769449 and rs1, were linked."
    assert Verdict.SUPPORTED not in _verdicts(larger, GENES, FindingKind.QUANTITY)


# --- a definite whole the claim goes on to speak of --------------------------------------------


def test_a_definite_count_restates_the_records_count_of_the_same_things() -> None:
    record = made_up_record(
        "Three biomarkers were measured at baseline.",
        "Troponin predicted mortality best, with an AUC of 0.81.",
        pmid="913010",
    )
    claim = "Of the three biomarkers, troponin predicted mortality best."
    assert _verdicts(claim, record, FindingKind.QUANTITY) == {Verdict.SUPPORTED}
    wrong = "Of the five biomarkers, troponin predicted mortality best."
    assert Verdict.SUPPORTED not in _verdicts(wrong, record, FindingKind.QUANTITY)
