"""Numbers, round 22 (trust): a figure the record gives another item of the same kind (another
variant of a list of variants, another drug of a list of drugs) neither backs the claim's item
nor hides the item's own figure, which then contradicts the claim."""

from __future__ import annotations

from synthetic_records import made_up_record

from claimcheck.pubmed.model import PubMedRecord
from claimcheck.report.model import FindingKind, Verdict
from claimcheck.verification.engine import clear_caches, verify


def _quantity_verdicts(claim: str, record: PubMedRecord) -> set[Verdict]:
    clear_caches()
    return {f.verdict for f in verify(claim, record).findings if f.kind is FindingKind.QUANTITY}


def _verdict(claim: str, record: PubMedRecord) -> Verdict:
    clear_caches()
    return verify(claim, record).verdict


# --- coded items listed in one sentence, each with its own value ------------------------------

VARIANTS = made_up_record(
    "We genotyped candidate variants in 1,204 women with endometriosis and 1,530 controls.",
    "Two loci near WNT4 were associated with disease, namely rs7521902 (per allele OR 1.21; "
    "95% CI 1.08 to 1.35; p=0.001) and rs16826658 (per allele OR 0.82; 95% CI 0.72 to 0.93; "
    "p=0.003).",
    pmid="922201",
)


def test_a_variant_given_its_neighbours_odds_ratio_is_contradicted() -> None:
    claim = "Each copy of the rs7521902 allele came with an odds ratio of 0.82 for endometriosis."
    assert Verdict.SUPPORTED not in _quantity_verdicts(claim, VARIANTS)
    assert _verdict(claim, VARIANTS) is Verdict.CONTRADICTED


def test_a_variant_given_its_own_odds_ratio_stays_supported() -> None:
    own = "Each copy of the rs7521902 allele came with an odds ratio of 1.21 for endometriosis."
    other = "Each copy of the rs16826658 allele came with an odds ratio of 0.82 for endometriosis."
    assert _quantity_verdicts(own, VARIANTS) == {Verdict.SUPPORTED}
    assert _quantity_verdicts(other, VARIANTS) == {Verdict.SUPPORTED}


# --- drugs named in a list, their values in two sentences -------------------------------------

DRUGS = made_up_record(
    "We followed 3,210 adults starting metformin, sitagliptin or gliclazide for type 2 diabetes.",
    "Users of gliclazide had a higher risk of severe hypoglycaemia (HR=3.40, 95% CI 2.10 to "
    "5.50) than users of metformin.",
    "Users of sitagliptin had a similar risk of severe hypoglycaemia (HR=1.10, 95% CI 0.70 to "
    "1.72).",
    pmid="922202",
)


def test_a_drug_given_another_drugs_hazard_ratio_is_not_supported() -> None:
    for claim in (
        "With sitagliptin, the hazard ratio for severe hypoglycaemia was 3.40.",
        "With sitagliptin, the HR for severe hypoglycaemia was 3.40.",
    ):
        assert Verdict.SUPPORTED not in _quantity_verdicts(claim, DRUGS)
        assert _verdict(claim, DRUGS) is not Verdict.SUPPORTED


def test_each_drug_keeps_its_own_hazard_ratio() -> None:
    assert _quantity_verdicts(
        "With sitagliptin, the hazard ratio for severe hypoglycaemia was 1.10.", DRUGS
    ) == {Verdict.SUPPORTED}
    assert _quantity_verdicts(
        "With gliclazide, the hazard ratio for severe hypoglycaemia was 3.40.", DRUGS
    ) == {Verdict.SUPPORTED}


# --- exposures listed in the conclusion, each with its own sentence of results ----------------

SOLVENTS = made_up_record(
    "Exposure to the solvent toluene was associated with hearing loss (fourth quartile vs none: "
    "ORQ4=3.85, 95% CI 1.70 to 8.72, ptrend <0.01).",
    "Exposure to the solvent xylene was associated with hearing loss (fourth quartile vs none: "
    "ORQ4=1.92, 95% CI 1.05 to 3.51, ptrend=0.03).",
    "Toluene, xylene and styrene may each harm hearing in exposed printers.",
    pmid="922205",
)


def test_an_exposure_given_another_exposures_odds_ratio_is_not_supported() -> None:
    claim = (
        "For xylene, the top quartile of exposure carried an odds ratio of 3.85 for hearing loss."
    )
    assert Verdict.SUPPORTED not in _quantity_verdicts(claim, SOLVENTS)
    assert _verdict(claim, SOLVENTS) is not Verdict.SUPPORTED
    own = claim.replace("3.85", "1.92")
    assert _quantity_verdicts(own, SOLVENTS) == {Verdict.SUPPORTED}


# --- guards: one item per sentence, and a change between two named stages ---------------------

ONE_ITEM = made_up_record(
    "Among 512 nurses, night shifts were linked to poor sleep (OR=2.30, 95% CI 1.60 to 3.31).",
    pmid="922203",
)


def test_a_sentence_with_a_single_item_is_unaffected() -> None:
    claim = "Night shifts came with an odds ratio of 2.30 for poor sleep among nurses."
    assert _quantity_verdicts(claim, ONE_ITEM) == {Verdict.SUPPORTED}


STAGES = made_up_record(
    "Samples were studied at three stages: fresh, chilled and thawed.",
    "Damaged membranes rose from the chilled to the thawed stage (from 18 to 41%, P < 0.01).",
    pmid="922204",
)


def test_a_change_between_two_named_stages_belongs_to_neither_alone() -> None:
    claim = "Damaged membranes rose from 18% when chilled to 41% after thawing."
    assert _quantity_verdicts(claim, STAGES) == {Verdict.SUPPORTED}
