"""Round 23 review mend (polarity): which arm changed more needs a change, and its direction;
"both A and B" against a record that itself drops B later; "X only" before an adverb; a denied
or off-measure claimed ranking; a bounded read of "A, not B"."""

from __future__ import annotations

import time
from pathlib import Path

from claimcheck import verify
from claimcheck.pubmed.model import AbstractSection, PubMedRecord
from claimcheck.pubmed.parser import parse_records
from claimcheck.report.model import FindingKind, Verdict

RECORDS = Path(__file__).resolve().parent / "heldout" / "records"
# Taddei 2001: "damages to nuclear membrane were significantly higher after freezing
# (cryosolution A: 8 to 23%, P < 0.01; cryosolution B: 5 to 38%, P < 0.001)".
SPERM = parse_records((RECORDS / "11748933.xml").read_bytes())[0]


def _record(abstract: str) -> PubMedRecord:
    return PubMedRecord(pmid="1", title="A study", abstract=[AbstractSection(text=abstract)])


def _contradicting(claim: str, record: PubMedRecord, kind: FindingKind) -> list[str]:
    return [
        f.message
        for f in verify(claim, record).findings
        if f.kind is kind and f.verdict is Verdict.CONTRADICTED
    ]


# --- which arm changed more ---------------------------------------------------------------------

PLATELETS = _record(
    "Two additive solutions were compared: a potassium acetate buffer (solution A) and a "
    "magnesium gluconate buffer (solution B). Platelet activation changed during storage "
    "(solution A: 45 to 10%; solution B: 12 to 20%)."
)


def test_a_level_compared_is_no_change_compared() -> None:
    for claim in (
        "Before freezing, nuclear membrane damage was greater with the sodium chloride "
        "solution than with the sodium citrate solution.",
        "Prior to freezing, nuclear membrane injury was larger in cryosolution A than in "
        "cryosolution B.",
    ):
        assert not _contradicting(claim, SPERM, FindingKind.COMPARATOR), claim
        assert verify(claim, SPERM).verdict is not Verdict.CONTRADICTED, claim


def test_a_rise_with_one_arm_and_a_fall_with_the_other_is_not_compared() -> None:
    for claim in (
        "Platelet activation during storage rose more steeply with the gluconate buffer than "
        "with the acetate buffer.",
        "The increase in platelet activation during storage was greater with the gluconate "
        "buffer than with the acetate buffer.",
        "Platelet activation during storage changed more sharply with the gluconate buffer "
        "than with the acetate buffer.",
    ):
        assert not _contradicting(claim, PLATELETS, FindingKind.COMPARATOR), claim


def test_a_smaller_change_of_the_same_kind_is_still_contradicted() -> None:
    for claim in (
        "Nuclear envelope injury on freezing: steeper with the sodium chloride diluent than "
        "with the citrate one.",
        "The increase in nuclear membrane damage after freezing was greater with the sodium "
        "chloride solution than with the sodium citrate solution.",
    ):
        found = _contradicting(claim, SPERM, FindingKind.COMPARATOR)
        assert found, claim
        assert "the rise was larger with" in found[0]
        assert "more steeply" not in found[0]


def test_a_fall_claimed_where_the_record_gives_rises_is_not_compared() -> None:
    claim = (
        "The fall in nuclear membrane damage after freezing was greater with the sodium "
        "chloride solution than with the sodium citrate solution."
    )
    assert not any("gives a" in m for m in _contradicting(claim, SPERM, FindingKind.COMPARATOR))


# --- "both A and B" against a record that drops B in another sentence ---------------------------


def test_both_then_one_side_later_is_no_contradiction() -> None:
    record = _record(
        "The drug lowered blood pressure in both men and women at 4 weeks. At 12 weeks the "
        "effect on blood pressure persisted in women but not in men."
    )
    claim = "At 12 weeks, the drug's effect on blood pressure persisted in women but not in men."
    assert verify(claim, record).verdict is Verdict.SUPPORTED
    record = _record(
        "The drug lowered both systolic and diastolic pressure at 4 weeks. At 12 weeks the "
        "reduction persisted for systolic pressure but not for diastolic pressure."
    )
    claim = "At 12 weeks the reduction persisted for systolic but not for diastolic pressure."
    assert not _contradicting(claim, record, FindingKind.DIRECTION)


def test_both_with_no_later_exclusion_is_still_contradicted() -> None:
    record = _record(
        "Sensitivity was improved by both J-editing and carbon editing of the spectra. "
        "Spectra were acquired at 7 T."
    )
    claim = "Sensitivity of the spectra was improved by J-editing alone."
    assert _contradicting(claim, record, FindingKind.DIRECTION)


# --- "only" after a side, qualifying the verb ----------------------------------------------------

EDITING = parse_records((RECORDS / "11700088.xml").read_bytes())[0]
NAUSEA = _record(
    "We enrolled 200 children and adults with asthma. Nausea was rare in adults and common in "
    "children."
)


def test_only_before_an_adverb_or_verb_is_no_restriction() -> None:
    for claim in (
        "Adults only rarely reported nausea.",
        "Adults only occasionally had nausea.",
        "Children only seldom complained of nausea.",
    ):
        assert not _contradicting(claim, NAUSEA, FindingKind.DIRECTION), claim
    assert verify("Adults only rarely reported nausea.", NAUSEA).verdict is Verdict.SUPPORTED


def test_only_ending_the_phrase_is_still_a_restriction() -> None:
    for claim in (
        "Nausea was reported in adults only.",
        "Nausea was reported by adults only, not children.",
        "Adults alone rarely reported nausea.",
    ):
        assert _contradicting(claim, NAUSEA, FindingKind.DIRECTION), claim
    claim = (
        "J-editing alone easily discriminates between compounds with similar J-constants, such "
        "as different glucose metabolites."
    )  # probe_third ca-c1: "based on both J-editing and (13)C chemical shift editing"
    assert _contradicting(claim, EDITING, FindingKind.DIRECTION)


# --- a claimed ranking denied, or on another measure ---------------------------------------------

ROWERS = _record(
    "Fifteen rowers completed incremental tests. The ventilatory breakpoint was the best "
    "predictor of maximal steady-state power (r = 0.90), followed by OBLA4 (r = 0.81) and the "
    "Dmax threshold (r = 0.77)."
)


def _ranking_findings(claim: str) -> list[Verdict | None]:
    return [
        f.verdict
        for f in verify(claim, ROWERS).findings
        if f.kind is FindingKind.COMPARATOR and "ranks" in f.message
    ]


def test_a_denied_ranking_is_no_ranking() -> None:
    for claim in (
        "OBLA4 did not outperform all the other thresholds as a predictor of maximal "
        "steady-state power.",
        "Neither OBLA4 nor the Dmax threshold outperformed all the other thresholds in "
        "predicting maximal steady-state power.",
        "The ventilatory breakpoint did not outperform any other threshold",
        "The Dmax threshold never beat all the other thresholds for maximal steady-state power.",
        "OBLA4 failed to outperform all the other thresholds in predicting maximal steady-state "
        "power.",
    ):
        assert _ranking_findings(claim) == [], claim
        assert verify(claim, ROWERS).verdict is not Verdict.CONTRADICTED, claim


def test_a_ranking_on_another_measure_is_not_backed() -> None:
    for claim in (
        "The ventilatory breakpoint outperformed all the other thresholds as a predictor of "
        "maximal oxygen uptake",
        "The ventilatory breakpoint was the best predictor of peak heart rate.",
    ):
        assert Verdict.SUPPORTED not in _ranking_findings(claim), claim
        assert verify(claim, ROWERS).verdict is not Verdict.SUPPORTED, claim


def test_a_ranking_on_the_same_measure_is_still_judged() -> None:
    assert _ranking_findings(
        "The ventilatory breakpoint outperformed all the other thresholds in predicting maximal "
        "steady-state power."
    ) == [Verdict.SUPPORTED]
    assert _ranking_findings(
        "OBLA4 outperformed all the other thresholds in predicting maximal steady-state power."
    ) == [Verdict.CONTRADICTED]


# --- bounded work on a long claim ----------------------------------------------------------------


def test_kept_and_set_apart_is_linear_on_a_long_token() -> None:
    from claimcheck.verification.checks.direction import _kept_and_set_apart

    claim = "x" * 20000 + " principal neurons, not interneurons"
    started = time.perf_counter()
    found = _kept_and_set_apart(claim)
    assert time.perf_counter() - started < 0.5
    assert len(found) == 1
    (kept, apart) = found[0]
    assert claim[kept[0] : kept[1]].endswith("principal neurons")
    assert claim[apart[0] : apart[1]] == "interneurons"
