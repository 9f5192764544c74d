"""Round 21 (journals, years and significance): journals named after "appeared in", "ran in",
"printed in", titles joined by "&", headers that go on to say what the work was about
("<Journal> report on 300 nurses: ..."), and significance judged at the claim's own p-value."""

from __future__ import annotations

import pytest

from claimcheck.pubmed.model import AbstractSection, Journal, PartialDate, PubMedRecord
from claimcheck.report.model import FindingKind, Verdict
from claimcheck.verification.assertions import extract_assertions
from claimcheck.verification.checks.significance_words import (
    nearest_exact_p,
    pinned_significance,
)
from claimcheck.verification.engine import verify

_SLEEP = PubMedRecord(
    pmid="21",
    title="Melatonin and sleep onset in night-shift nurses",
    abstract=[
        AbstractSection(
            text="We randomised 300 night-shift nurses to melatonin or placebo. "
            "Sleep onset latency was shorter with melatonin than with placebo (P < 0.001). "
            "Total sleep time with melatonin was not different from placebo (P = 0.38). "
            "Daytime alertness improved with melatonin (P = 0.02)."
        )
    ],
    journal=Journal(
        title="Sleep medicine", iso_abbreviation="Sleep Med", medline_ta="Sleep Med", volume="9"
    ),
    pub_date=PartialDate(year=2017, month=5),
)


def _verdicts(claim: str, kind: FindingKind) -> list[Verdict]:
    return [f.verdict for f in verify(claim, _SLEEP).findings if f.kind is kind]


def _journal_names(claim: str) -> list[str]:
    return [j.name for j in extract_assertions(claim).journals]


@pytest.mark.parametrize(
    ("claim", "name"),
    [
        ("The trial of melatonin in nurses appeared in Work & Stress.", "Work & Stress"),
        ("A 2017 melatonin trial was printed in Occupational Medicine.", "Occupational Medicine"),
        ("Their shift-work paper ran in Social Science & Medicine.", "Social Science & Medicine"),
        ("Results came out in Chronobiology International.", "Chronobiology International"),
        ("A trial in Ergonomics & Design found shorter sleep onset.", "Ergonomics & Design"),
    ],
)  # fmt: skip
def test_a_journal_after_a_venue_verb_or_joined_by_an_ampersand_is_read(
    claim: str, name: str
) -> None:
    assert _journal_names(claim) == [name]


@pytest.mark.parametrize(
    "claim",
    [
        "Insomnia appeared in March, soon after the night shifts began.",
        "Differences appeared in Table 2 only.",
        "Rebound insomnia appeared in Week 3 of the trial.",
        "The trial ran in General Practice clinics across the region.",
        "Funded by Johnson & Johnson, the trial enrolled nurses.",
    ],
)
def test_dates_tables_settings_and_companies_are_never_read_as_journals(claim: str) -> None:
    assert _journal_names(claim) == []


def test_a_wrong_journal_after_appeared_in_is_a_mismatch() -> None:
    claim = "A 2017 trial of melatonin in night-shift nurses appeared in Work & Stress."
    assert _verdicts(claim, FindingKind.JOURNAL) == [Verdict.METADATA_MISMATCH]


def test_the_records_journal_after_appeared_in_is_supported() -> None:
    claim = "A 2017 trial of melatonin in night-shift nurses appeared in Sleep Medicine."
    assert _verdicts(claim, FindingKind.JOURNAL) == [Verdict.SUPPORTED]


@pytest.mark.parametrize(
    "claim",
    [
        "Journal of Sleep Research paper on 300 nurses: melatonin shortened sleep onset.",
        "BMJ study of 300 night-shift nurses: melatonin shortened sleep onset.",
        "J Occup Health trial among shift workers: melatonin shortened sleep onset.",
    ],
)
def test_a_header_naming_the_work_and_its_subjects_cites_a_journal(claim: str) -> None:
    assert _verdicts(claim, FindingKind.JOURNAL) == [Verdict.METADATA_MISMATCH]
    assert _verdicts(claim, FindingKind.SUPPORT) != [Verdict.CONTRADICTED]


def test_a_header_with_the_records_journal_and_its_subjects_is_supported() -> None:
    claim = "Sleep Medicine trial of 300 nurses: melatonin shortened sleep onset."
    assert _verdicts(claim, FindingKind.JOURNAL) == [Verdict.SUPPORTED]


@pytest.mark.parametrize(
    "claim",
    [
        "Brain study of 40 patients: the amygdala shrank.",
        "Pain trial in 60 adults: the drug helped.",
    ],
)
def test_a_topic_word_before_study_of_is_not_read_as_a_journal(claim: str) -> None:
    assert _journal_names(claim) == []


def test_a_journal_header_with_an_inner_in_is_read_whole() -> None:
    claim = "Medicine & Science in Sports & Exercise (2017): melatonin shortened sleep onset."
    assert _journal_names(claim) == ["Medicine & Science in Sports & Exercise"]


# --- significance at the claim's own p-value -------------------------------------------------


def test_the_nearest_exact_p_value_is_the_one_the_words_go_with() -> None:
    claim = "Onset was faster (P = 0.01), but total sleep was indistinguishable (P = 0.38)."
    assert nearest_exact_p(claim, claim.index("indistinguishable")) == 0.38
    assert nearest_exact_p(claim, claim.index("faster")) == 0.01
    assert nearest_exact_p("Onset was faster (P < 0.001).", 0) is None


def test_a_sentence_speaks_for_the_claim_only_at_the_same_exact_value() -> None:
    sentence = "Sleep time was not different (P = 0.38), while onset fell (P = 0.004)."
    assert pinned_significance(0.38, sentence) is False
    assert pinned_significance(0.004, sentence) is True
    assert pinned_significance(0.05, sentence) is None


def test_no_difference_at_the_claims_p_value_is_not_contradicted_by_another_small_p() -> None:
    claim = (
        "Total sleep time with melatonin was statistically indistinguishable from placebo "
        "(P = 0.38)."
    )
    assert _verdicts(claim, FindingKind.SIGNIFICANCE) == [Verdict.SUPPORTED]


def test_a_significant_result_claimed_at_a_large_p_value_is_contradicted() -> None:
    claim = "Total sleep time with melatonin was significantly longer than placebo (P = 0.38)."
    assert _verdicts(claim, FindingKind.SIGNIFICANCE) == [Verdict.CONTRADICTED]
    assert verify(claim, _SLEEP).verdict is not Verdict.SUPPORTED


# A record whose better-matching sentence has a small p for another comparison (the first week),
# while the claim's own p-value belongs to a terser sentence (12 weeks).
_TWO_TIMES = PubMedRecord(
    pmid="22",
    title="Melatonin and total sleep time in night-shift nurses",
    abstract=[
        AbstractSection(
            text="We randomised 300 night-shift nurses to melatonin or placebo. "
            "Total sleep time with melatonin by actigraphy was longer in the first week "
            "(P = 0.01). Total sleep time at 12 weeks was not different from placebo (P = 0.38)."
        )
    ],
)


def _significance(claim: str, record: PubMedRecord) -> list[Verdict]:
    found = verify(claim, record).findings
    return [f.verdict for f in found if f.kind is FindingKind.SIGNIFICANCE]


def test_a_null_result_at_its_own_p_value_is_not_judged_on_another_comparison() -> None:
    claim = (
        "Total sleep time with melatonin by actigraphy was statistically indistinguishable "
        "from placebo (P = 0.38)."
    )
    assert Verdict.CONTRADICTED not in _significance(claim, _TWO_TIMES)


def test_claim_words_at_odds_with_the_records_own_p_value_are_contradicted() -> None:
    longer = "Total sleep time with melatonin was significantly longer than placebo (P = 0.38)."
    same = (
        "Total sleep time with melatonin by actigraphy was statistically indistinguishable "
        "from placebo (P = 0.01)."
    )
    assert _significance(longer, _TWO_TIMES) == [Verdict.CONTRADICTED]
    assert _significance(same, _TWO_TIMES) == [Verdict.CONTRADICTED]
    assert verify(longer, _TWO_TIMES).verdict is not Verdict.SUPPORTED
