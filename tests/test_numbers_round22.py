"""Numbers, round 22: an unstandardised mean difference is in the measure's own points, so a
signed value without a unit ("mean difference -2.15 on a 0-10 scale") meets "−2.15 points"; a
time mark ("by the 48-hour mark") is backed by the record's deadline of the same length ("within
48 hours"); "the two highest quartiles" names groups, not a figure, and the contrast a sentence
writes once in brackets ("(third and fourth quartiles ... vs none)") belongs to each of its
ratios; and "higher odds" is judged by the ratio the record gives for it (above 1 a higher risk,
below 1 a lower one), even where the record's words only say "associated with"."""

from __future__ import annotations

from synthetic_records import made_up_record

from claimcheck.pubmed.model import PubMedRecord
from claimcheck.report.model import FindingKind, Verdict
from claimcheck.verification.engine import clear_caches, verify
from claimcheck.verification.quantities import find_quantities


def _findings(claim: str, record: PubMedRecord, kind: FindingKind) -> list[tuple[str, Verdict]]:
    clear_caches()
    return [
        (f.claim_says or "", f.verdict) for f in verify(claim, record).findings if f.kind is kind
    ]


def _quantity_verdicts(claim: str, record: PubMedRecord, figure: str) -> set[Verdict]:
    return {v for says, v in _findings(claim, record, FindingKind.QUANTITY) if figure in says}


def _direction_verdicts(claim: str, record: PubMedRecord) -> set[Verdict]:
    return {v for _, v in _findings(claim, record, FindingKind.DIRECTION)}


# --- a signed mean difference --------------------------------------------------------------------

LIDOCAINE = made_up_record(
    "We pooled randomised trials of topical lidocaine in neuropathic pain.",
    "Lidocaine produced a modest benefit at 4 weeks (mean difference in pain scores, "
    "\u22122.15 points on a 0\u201310 visual analogue scale; 95% CI \u22123.0 to \u22121.3).",
    pmid="922001",
)


def test_unstandardised_mean_difference_is_read_in_points() -> None:
    (value,) = [q for q in find_quantities("a mean difference of 0.8 in favour of A") if q.value]
    assert value.unit == "point"
    (ratio,) = [q for q in find_quantities("a standardized mean difference of 0.8") if q.value]
    assert ratio.unit == "ratio_stat"


def test_signed_mean_difference_without_a_unit_meets_the_records_points() -> None:
    claim = "Topical lidocaine eased pain at 4 weeks (mean difference -2.15 on a 0-10 scale)."
    assert _quantity_verdicts(claim, LIDOCAINE, "-2.15") == {Verdict.SUPPORTED}


def test_wrong_signed_mean_difference_is_contradicted() -> None:
    claim = "Topical lidocaine eased pain at 4 weeks (mean difference -3.4 on a 0-10 scale)."
    assert _quantity_verdicts(claim, LIDOCAINE, "-3.4") == {Verdict.CONTRADICTED}


# --- a time mark against a deadline --------------------------------------------------------------

MIGRAINE = made_up_record(
    "Eight adults with chronic migraine received intranasal esketamine or placebo.",
    "Headache scores fell significantly within 48 hours after esketamine but not after placebo.",
    pmid="922002",
)


def test_time_mark_meets_a_deadline_of_the_same_length() -> None:
    claim = "Headache scores had fallen by the 48-hour mark after the esketamine spray."
    assert _quantity_verdicts(claim, MIGRAINE, "48") == {Verdict.SUPPORTED}
    assert _quantity_verdicts("Scores had fallen by hour 48.", MIGRAINE, "48") == {
        Verdict.SUPPORTED
    }


def test_time_mark_of_another_length_is_not_backed_by_the_deadline() -> None:
    claim = "Headache scores had fallen by the 96-hour mark after the esketamine spray."
    assert Verdict.SUPPORTED not in _quantity_verdicts(claim, MIGRAINE, "96")


def test_a_change_by_a_length_is_no_time_mark() -> None:
    claim = "Headache scores had fallen by 48 hours after the esketamine spray."
    assert Verdict.SUPPORTED not in _quantity_verdicts(claim, MIGRAINE, "48")


# --- several quantiles and the contrast in brackets ----------------------------------------------

BAKERS = made_up_record(
    "We followed 900 bakers for occupational asthma.",
    "Higher exposure to flour dust (third and fourth quartiles of cumulative exposure vs no "
    "exposure) was positively associated with asthma (ORQ3=3.12, 95% CI 1.40 to 6.95, "
    "ORQ4=3.58, 95% CI 1.61 to 7.96).",
    "Exposure to baking yeast was not associated with asthma.",
    pmid="922003",
)


def test_count_of_top_quantiles_is_not_a_figure() -> None:
    claim = (
        "Bakers in the two highest quartiles of flour dust exposure had about 3.6 times the odds."
    )
    assert _quantity_verdicts(claim, BAKERS, "two") == set()


def test_ratio_range_for_several_quantiles_worded_with_the_contrast_is_supported() -> None:
    claim = (
        "Among the bakers, those in the two highest quartiles of cumulative flour dust exposure "
        "had roughly three to four times the odds of asthma seen in the unexposed."
    )
    assert _quantity_verdicts(claim, BAKERS, "three to four") == {Verdict.SUPPORTED}


def test_wrong_ratio_range_worded_with_the_contrast_is_contradicted() -> None:
    claim = (
        "Among the bakers, those in the two highest quartiles of cumulative flour dust exposure "
        "had roughly six to seven times the odds of asthma seen in the unexposed."
    )
    assert _quantity_verdicts(claim, BAKERS, "six to seven") == {Verdict.CONTRADICTED}


# --- the direction a ratio gives ------------------------------------------------------------------

GOUT = made_up_record(
    "We genotyped 1200 gout cases and 2400 controls.",
    "Two loci were associated with gout risk, including rs5550121 (per minor allele OR 1.45; "
    "95% CI 1.20 to 1.75; p<0.001) and rs7730442 (per minor allele OR 0.71; 95% CI 0.58 to "
    "0.87; p=0.001).",
    "The minor allele for rs5550121 was associated with serum urate concentration (p=0.01).",
    pmid="922004",
)


def test_higher_odds_backed_by_a_ratio_above_one() -> None:
    claim = (
        "Each minor allele of rs5550121 carried higher odds of gout, and the same allele went "
        "with serum urate concentration."
    )
    assert _direction_verdicts(claim, GOUT) == {Verdict.SUPPORTED}


def test_higher_odds_against_a_ratio_below_one_is_contradicted() -> None:
    claim = (
        "Each minor allele of rs7730442 carried higher odds of gout, and the same allele went "
        "with serum urate concentration."
    )
    assert Verdict.CONTRADICTED in _direction_verdicts(claim, GOUT)
    assert Verdict.SUPPORTED not in _direction_verdicts(claim, GOUT)
