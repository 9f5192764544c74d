"""Round 25, polarity: contradictions the engine did not reach, and a loose prefix cue.

- "only in animals, with no human evidence yet" is still a claim of one side only: its denial
  of the other side restates the "only" (and "in preclinical work only" puts the cue after a
  word for the kind of work).
- A record's "anti-XYZ positivity", where the abbreviation's long form names an antibody, does
  not contradict a claim's "anti-XYZ antibody positivity" or "XYZ antibody positivity".
"""

from __future__ import annotations

from claimcheck import verify
from claimcheck.pubmed.model import AbstractSection, PubMedRecord
from claimcheck.report.model import Verdict
from claimcheck.verification.checks.direction import check_no_more_than
from claimcheck.verification.engine import claim_assertions, record_index


def _record(title: str, *sections: tuple[str, str]) -> PubMedRecord:
    return PubMedRecord.model_validate(
        {
            "pmid": "1",
            "title": title,
            "abstract": [AbstractSection(label=label, text=text) for label, text in sections],
        }
    )


STATINS = _record(
    "Statins and neuroprotection: a narrative review.",
    (
        "",
        "Statins have shown neuroprotective effects in both clinical and preclinical studies. "
        "Their mechanisms remain debated.",
    ),
)

COELIAC = _record(
    "Gluten exposure and coeliac autoimmunity in children.",
    (
        "METHODS",
        "Tissue transglutaminase (anti-TTG) autoantibodies were measured in 900 children.",
    ),
    (
        "RESULTS",
        "Higher gluten intake was associated with anti-TTG positivity (ptrend=0.02).",
    ),
)


def test_one_side_only_with_the_other_side_denied_is_contradicted() -> None:
    for claim in (
        "Statins have shown neuroprotective effects only in animal studies, with no clinical "
        "evidence so far.",
        "Statins have shown neuroprotective effects in preclinical work only, with no human "
        "data yet.",
        "Statins have shown neuroprotective effects in preclinical research only, with clinical "
        "studies yet to confirm them.",
        "Neuroprotective effects of statins were seen only in rodents and never in patients.",
    ):
        found = verify(claim, STATINS)
        assert found.verdict is Verdict.CONTRADICTED, claim
        assert any(
            "both clinical and preclinical" in f.source_says
            for f in found.findings
            if f.verdict is Verdict.CONTRADICTED and f.source_says
        ), claim


def test_a_denial_of_the_restriction_itself_is_left_alone() -> None:
    for claim in (
        "Statins have shown neuroprotective effects both in patients and in animal studies.",
        "Statins have not shown neuroprotective effects only in animals.",
    ):
        assert verify(claim, STATINS).verdict is not Verdict.CONTRADICTED, claim


def test_antibody_named_by_its_antigen_keeps_the_prefix() -> None:
    for claim in (
        "Higher gluten intake was associated with anti-TTG antibody positivity.",
        "Higher gluten intake was associated with TTG antibody positivity.",
    ):
        assert verify(claim, COELIAC).verdict is Verdict.SUPPORTED, claim


SIDE_EFFECTS = _record(
    "Adverse events of oral semaglutide: a systematic review.",
    (
        "",
        "After the first dose, gastrointestinal side-effects were more frequently reported "
        "with semaglutide than with placebo. Weight loss was greater with semaglutide.",
    ),
)
SIDE_EFFECTS_EVEN = _record(
    "Adverse events of oral semaglutide: a systematic review.",
    (
        "",
        "After the first dose, gastrointestinal side-effects were reported no more often "
        "with semaglutide than with placebo. Weight loss was greater with semaglutide.",
    ),
)


def test_no_more_often_or_like_rates_against_a_lead_is_contradicted() -> None:
    for claim in (
        "Gastrointestinal side-effects were reported no more often with semaglutide than with "
        "placebo.",
        "After the first dose, stomach side-effects turned up no more frequently than with "
        "placebo.",
        "Gastrointestinal side-effects were reported at similar rates with semaglutide and "
        "placebo.",
        "Gastrointestinal side-effects occurred at comparable rates with placebo and semaglutide.",
    ):
        found = verify(claim, SIDE_EFFECTS)
        assert found.verdict is Verdict.CONTRADICTED, claim
        assert any(
            "more frequently reported" in (f.source_says or "")
            for f in found.findings
            if f.verdict is Verdict.CONTRADICTED
        ), claim


def test_no_more_often_is_left_alone_where_the_record_says_no_lead_or_the_other_way() -> None:
    def judged(claim: str, record: PubMedRecord) -> list[object]:
        return list(check_no_more_than(claim_assertions(claim), record_index(record)))

    same = (
        "Gastrointestinal side-effects were reported no more often with semaglutide than placebo."
    )
    assert judged(same, SIDE_EFFECTS_EVEN) == []
    # A <= B holds where the record puts B ahead
    flipped = "Gastrointestinal side-effects were reported no more often with placebo than with "
    assert judged(flipped + "semaglutide.", SIDE_EFFECTS) == []
    # another thing counted is not this comparison
    other = "Headaches were reported no more often with semaglutide than with placebo."
    assert judged(other, SIDE_EFFECTS) == []


MAINTENANCE = _record(
    "Weekly maintenance sessions of transcranial stimulation in depression.",
    (
        "RESULTS",
        "Remitters were followed for 12 weeks. Participants showed no further change in HAM-D "
        "scores during monthly maintenance sessions.",
    ),
)


def test_lay_continued_change_against_no_further_change_is_contradicted() -> None:
    for claim in (
        "During the monthly booster sessions, HAM-D scores kept sliding further down.",
        "HAM-D scores kept getting steadily better during the monthly maintenance sessions.",
        "HAM-D scores went on dropping during the monthly maintenance sessions.",
        "HAM-D scores continued to climb during monthly maintenance sessions.",
    ):
        found = verify(claim, MAINTENANCE)
        assert found.verdict is Verdict.CONTRADICTED, claim
        assert any(
            "no further change" in (f.source_says or "")
            for f in found.findings
            if f.verdict is Verdict.CONTRADICTED
        ), claim


def test_held_steady_is_not_a_continued_change() -> None:
    claim = "HAM-D scores held steady rather than improving further during maintenance sessions."
    assert verify(claim, MAINTENANCE).verdict is not Verdict.CONTRADICTED


def test_rather_than_reads_no_time_phrase_as_an_object() -> None:
    from claimcheck.verification.checks.direction import check_rather_than

    for claim in (
        "HAM-D scores held steady rather than improving further during maintenance sessions.",
        "Participants' scores stayed flat instead of falling after the monthly sessions.",
    ):
        assert check_rather_than(claim_assertions(claim), record_index(MAINTENANCE)) == [], claim


CORTISOL = _record(
    "Esketamine, sertraline or placebo for postpartum depression: a randomized trial.",
    (
        "RESULTS",
        "Salivary cortisol fell over the first month and was similar for all treatments. "
        "Headache was similar in both groups; only the esketamine group reported dizziness.",
    ),
)


def test_an_effect_kept_to_one_arm_against_alike_in_every_arm_is_contradicted() -> None:
    for claim in (
        "Salivary cortisol fell only with esketamine, not with sertraline.",
        "Salivary cortisol fell after esketamine but not after placebo.",
        "Only esketamine lowered salivary cortisol.",
    ):
        found = verify(claim, CORTISOL)
        assert found.verdict is Verdict.CONTRADICTED, claim
        assert any(
            "similar for all treatments" in (f.source_says or "")
            for f in found.findings
            if f.verdict is Verdict.CONTRADICTED
        ), claim


def test_one_arm_only_needs_the_alike_clause_to_be_about_the_same_thing() -> None:
    from claimcheck.verification.checks.direction import check_one_arm_only

    def judged(claim: str) -> list[object]:
        return list(check_one_arm_only(claim_assertions(claim), record_index(CORTISOL)))

    assert judged("Dizziness was reported only in the esketamine group.") == []
    assert judged("Salivary cortisol fell only over the first month.") == []
    assert judged("Salivary cortisol fell not only with esketamine.") == []
