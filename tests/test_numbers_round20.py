"""Numbers, round 20: a ratio a claim gives for the two ends of a ranking ("top vs bottom
quintile: 3-fold odds") is the record's ratio for its extreme quantiles, whatever the wording;
and a concentration written as what a named mixture holds ("arm B (0.2 M glucose, 5% glycerol)",
"the saline medium with 12% glycerol") measures the mixture, not the outcome its clause reports."""

from __future__ import annotations

from synthetic_records import made_up_record

from claimcheck.pubmed.model import PubMedRecord
from claimcheck.report.model import FindingKind, Verdict
from claimcheck.verification.checks.quantities import contrasts_extreme_quantiles, quantile_parts
from claimcheck.verification.engine import clear_caches, verify


def _quantity_verdicts(claim: str, record: PubMedRecord) -> dict[str, Verdict]:
    clear_caches()
    return {
        f.claim_says or "": f.verdict
        for f in verify(claim, record).findings
        if f.kind is FindingKind.QUANTITY
    }


def _verdict_for(claim: str, record: PubMedRecord, figure: str) -> Verdict | None:
    found = _quantity_verdicts(claim, record)
    return next((v for says, v in found.items() if figure in says), None)


# --- extreme quantiles: one contrast, however it is worded ---------------------------------------

VITAMIN = made_up_record(
    "We measured serum vitamin D in 512 colorectal adenoma cases and 1030 matched controls.",
    "Lower serum vitamin D was associated with higher risk of colorectal adenoma (comparing "
    "extreme quartiles of vitamin D, OR 2.05; 95% CI 1.31 to 3.20; ptrend=0.01).",
    "Results were unchanged after adjustment for body mass index.",
    pmid="902001",
)


def test_a_fold_odds_for_the_ends_of_a_ranking_is_the_extreme_quantile_odds_ratio() -> None:
    right = "Lowest vs highest quarter of vitamin D: about 2-fold odds of colorectal adenoma."
    assert _verdict_for(right, VITAMIN, "2-fold") is Verdict.SUPPORTED
    wrong = "Lowest vs highest quarter of vitamin D: about 3.2-fold odds of colorectal adenoma."
    assert _verdict_for(wrong, VITAMIN, "3.2-fold") is Verdict.CONTRADICTED


def test_labelled_quantiles_and_times_the_odds_read_the_same() -> None:
    claim = "Q1 versus Q4 of vitamin D: 3.2 times the odds of colorectal adenoma."
    assert _verdict_for(claim, VITAMIN, "3.2") is Verdict.CONTRADICTED


def test_another_kind_of_quantile_is_another_contrast() -> None:
    claim = "Bottom versus top quintile of vitamin D: about 3.2-fold odds of colorectal adenoma."
    assert _verdict_for(claim, VITAMIN, "3.2-fold") is not Verdict.CONTRADICTED


def test_a_ratio_for_something_the_sentence_never_names_is_not_its_ratio() -> None:
    claim = "Lowest vs highest quarter of folate: about 3.2-fold odds of colorectal adenoma."
    assert _verdict_for(claim, VITAMIN, "3.2-fold") is not Verdict.CONTRADICTED


def test_extreme_quantile_wording() -> None:
    assert contrasts_extreme_quantiles("top versus bottom tertile of intake")
    assert contrasts_extreme_quantiles("comparing extreme deciles")
    assert contrasts_extreme_quantiles("Q5 vs Q1")
    assert not contrasts_extreme_quantiles("Q2 vs Q3")
    assert not contrasts_extreme_quantiles("the highest quartile")
    assert not contrasts_extreme_quantiles("shortest versus longest sleepers")
    assert quantile_parts("lowest fifth") == 5
    assert quantile_parts("upper tertile") == 3
    assert quantile_parts("no ranking here") is None


# --- a concentration belongs to the mixture it is written for -------------------------------------

MEDIA = made_up_record(
    "Two freezing media were compared: 0.2 M glucose containing a final concentration of 5% "
    "glycerol (medium A) and 0.15 M trehalose containing a final concentration of 12% glycerol "
    "(medium B).",
    "In oocytes frozen in medium B, the share with a damaged zona rose from 14 to 41% after "
    "thawing (P < 0.01).",
    "In medium A, zona damage rose from 9 to 20% (P < 0.05).",
    pmid="902002",
)


def test_a_concentration_in_a_named_arms_bracket_is_that_arms_recipe() -> None:
    claim = (
        "Oocytes, medium B (0.15 M trehalose, 12% glycerol): zona damage rose from 14% to 41% "
        "after thawing."
    )
    assert _verdict_for(claim, MEDIA, "12%") is Verdict.SUPPORTED
    swapped = claim.replace("12% glycerol", "5% glycerol")
    assert _verdict_for(swapped, MEDIA, "5%") is Verdict.CONTRADICTED


def test_a_concentration_a_described_mixture_holds_is_that_mixtures() -> None:
    claim = (
        "In the trehalose medium with 12% glycerol, the share of oocytes with a damaged zona "
        "rose from 14% to 41% after thawing."
    )
    assert _verdict_for(claim, MEDIA, "12%") is Verdict.SUPPORTED
    bracketed = "With the glucose-based medium (5% glycerol), zona damage rose from 9% to 20%."
    assert _verdict_for(bracketed, MEDIA, "5%") is Verdict.SUPPORTED
    wrong = "With the glucose-based medium (12% glycerol), zona damage rose from 9% to 20%."
    assert _verdict_for(wrong, MEDIA, "12%") is not Verdict.SUPPORTED


# --- an everyday fraction with its comparative --------------------------------------------------

THRESHOLDS = made_up_record(
    "Eighteen female rowers completed incremental and constant-load tests.",
    "The ventilatory threshold did not differ from the talk-test threshold (P = 0.52) and was "
    "36% lower than the critical power (P < 0.001).",
    pmid="902003",
)


def _direction_verdicts(claim: str, record: PubMedRecord) -> set[Verdict]:
    clear_caches()
    return {f.verdict for f in verify(claim, record).findings if f.kind is FindingKind.DIRECTION}


def test_a_hedged_everyday_fraction_stands_for_a_figure_near_it() -> None:
    claim = "In the rowers, the ventilatory threshold sat roughly a third below critical power."
    assert _verdict_for(claim, THRESHOLDS, "a third") is Verdict.SUPPORTED
    far = "In the rowers, the ventilatory threshold sat roughly a quarter below critical power."
    assert _verdict_for(far, THRESHOLDS, "a quarter") is not Verdict.SUPPORTED


def test_an_everyday_fraction_on_the_wrong_side_is_contradicted() -> None:
    above = "In the rowers, the ventilatory threshold came out about a third above critical power."
    assert Verdict.CONTRADICTED in _direction_verdicts(above, THRESHOLDS)
    below = (
        "In the rowers, the ventilatory threshold came out about a third lower than critical power."
    )
    assert _direction_verdicts(below, THRESHOLDS) == {Verdict.SUPPORTED}
    clear_caches()
    assert verify(above, THRESHOLDS).verdict is not Verdict.SUPPORTED
