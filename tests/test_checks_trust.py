"""Holes that let wrong claims through as SUPPORTED: journal and year used as adjectives, site
counts, head counts of a group named earlier, and risk direction against effect ratios."""

from __future__ import annotations

from claimcheck.pubmed.model import AbstractSection, Journal, PartialDate, PubMedRecord
from claimcheck.report.model import FindingKind, Verdict
from claimcheck.verification.assertions import extract_assertions
from claimcheck.verification.checks.metadata import check_metadata
from claimcheck.verification.checks.quantities import check_quantities
from claimcheck.verification.checks.ratios import check_ratio_direction
from claimcheck.verification.checks.sites import check_sites
from claimcheck.verification.engine import verify
from claimcheck.verification.index import build_index


def make(abstract: str, *, journal: str = "Journal of Sleep Studies", iso: str = "J Sleep Stud",
         year: int = 2015) -> PubMedRecord:  # fmt: skip
    return PubMedRecord(
        pmid="1",
        title="Melatonin and sleep onset in shift workers",
        abstract=[AbstractSection(text=abstract)],
        journal=Journal(title=journal, iso_abbreviation=iso),
        pub_date=PartialDate(year=year),
    )


SLEEP = make(
    "In this single-centre trial, 60 nurses on night shifts took melatonin or placebo. "
    "Melatonin shortened sleep onset by 9 minutes."
)


def metadata(claim: str, rec: PubMedRecord, kind: FindingKind) -> list[Verdict]:
    findings = check_metadata(extract_assertions(claim), rec, build_index(rec))
    return [f.verdict for f in findings if f.kind is kind]


def test_year_before_a_journal_name_is_checked() -> None:
    claim = "A 2012 Journal of Sleep Studies paper found melatonin shortened sleep onset."
    assert metadata(claim, SLEEP, FindingKind.YEAR) == [Verdict.METADATA_MISMATCH]
    assert metadata(claim, SLEEP, FindingKind.JOURNAL) == [Verdict.SUPPORTED]


def test_other_journal_named_as_adjective_is_a_mismatch() -> None:
    claim = "A 2015 Annals of Internal Medicine trial found melatonin shortened sleep onset."
    assert metadata(claim, SLEEP, FindingKind.JOURNAL) == [Verdict.METADATA_MISMATCH]
    assert metadata(claim, SLEEP, FindingKind.YEAR) == [Verdict.SUPPORTED]


def test_adjectives_that_are_not_journals_are_not_read_as_journals() -> None:
    for claim in ("A 2015 Danish study found X.", "A Cochrane review found X."):
        assert extract_assertions(claim).journals == ()


def site_verdicts(claim: str, rec: PubMedRecord) -> list[Verdict]:
    return [f.verdict for f in check_sites(extract_assertions(claim), rec, build_index(rec))]


def test_multicentre_claim_against_single_centre_record() -> None:
    assert site_verdicts("A multicenter trial of melatonin in nurses.", SLEEP) == [
        Verdict.METADATA_MISMATCH
    ]
    assert site_verdicts("A single-centre trial of melatonin.", SLEEP) == [Verdict.SUPPORTED]


def test_single_site_claim_against_multisite_record() -> None:
    rec = make("This multi-site study enrolled 300 nurses from 12 hospitals.")
    assert site_verdicts("A single-site study of nurses.", rec) == [Verdict.METADATA_MISMATCH]
    assert site_verdicts("A study of nurses.", rec) == []


def test_record_silent_on_sites_leaves_the_claim_alone() -> None:
    rec = make("Melatonin shortened sleep onset in 60 nurses.")
    assert site_verdicts("A multicentre trial of melatonin.", rec) == []


def test_count_of_a_group_named_earlier_is_checked() -> None:
    claim = "Sixty nurses took part, and 14 of them stopped taking the tablets."
    findings = check_quantities(extract_assertions(claim), SLEEP, build_index(SLEEP))
    assert [f.verdict for f in findings] == [Verdict.NOT_IN_SOURCE]
    assert verify(claim, SLEEP).verdict is not Verdict.SUPPORTED


GENES = make(
    "Two variants were associated with stroke risk: rs1111 (per allele OR 1.40; 95% CI 1.10 to "
    "1.80) and rs2222 (per allele OR 0.70; 95% CI 0.55 to 0.88). Higher salt intake was "
    "associated with stroke (HR 1.05; 95% CI 0.90 to 1.20)."
)


def ratio_verdicts(claim: str) -> list[Verdict]:
    return [f.verdict for f in check_ratio_direction(extract_assertions(claim), GENES,
                                                     build_index(GENES))]  # fmt: skip


def test_higher_risk_against_a_ratio_below_one_is_contradicted() -> None:
    assert ratio_verdicts("Each rs2222 allele raised the risk of stroke.") == [Verdict.CONTRADICTED]
    assert ratio_verdicts("The rs1111 allele carried a lower risk of stroke.") == [
        Verdict.CONTRADICTED
    ]


def test_agreeing_or_inconclusive_ratios_are_not_contradicted() -> None:
    assert ratio_verdicts("Each rs2222 allele carried a lower risk of stroke.") == []
    assert ratio_verdicts("The rs1111 allele increased the odds of stroke.") == []
    # The interval spans 1: the record shows no direction to contradict.
    assert ratio_verdicts("Higher salt intake lowered the risk of stroke.") == []


def test_exposure_worded_the_other_way_is_not_contradicted() -> None:
    rec = make(
        "Shorter sleep was associated with higher risk of falls (OR 1.50; 95% CI 1.20 to 1.90)."
    )
    findings = check_ratio_direction(
        extract_assertions("Longer sleep was linked to a lower risk of falls."),
        rec,
        build_index(rec),
    )
    assert findings == []


LAB = make(
    "Caffeine blocked adenosine receptors in cultured neurons at clinically relevant "
    "concentrations. We review hypotheses for how caffeine improves alertness, including "
    "adenosine receptor blockade in the striatum."
)


def test_beyond_clinical_levels_against_clinically_relevant_is_contradicted() -> None:
    claim = (
        "Caffeine blocked adenosine receptors in cultured neurons only at concentrations far "
        "above clinical use."
    )
    assert verify(claim, LAB).verdict is Verdict.CONTRADICTED
    plain = (
        "Caffeine blocked adenosine receptors in cultured neurons at clinically relevant "
        "concentrations."
    )
    assert verify(plain, LAB).verdict is Verdict.SUPPORTED


def test_unbacked_restriction_is_not_supported() -> None:
    claim = "Caffeine blocked adenosine receptors only in cultured neurons."
    assert verify(claim, LAB).verdict is Verdict.NOT_IN_SOURCE


def test_a_hypothesis_does_not_support_a_demonstrated_result() -> None:
    claim = "Adenosine receptor blockade in the striatum was shown to improve alertness in trials."
    assert verify(claim, LAB).verdict is Verdict.NOT_IN_SOURCE
