"""Round 24 review mend, polarity: a foil named before the subject without a comma is the named
thing only ("Unlike aldrin methyl bromide went with ..."); a claimed sameness is an
"unaffected" said of the thing (not "the unaffected hand"), not a change compared ("lowered
HbA1c just as much in older patients"), held to the claim's own setting, and answered by a
record's sameness of a coordinated predicate; "found not to be significant" denies
significance."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from claimcheck import verify
from claimcheck.pubmed.model import AbstractSection, PubMedRecord
from claimcheck.pubmed.parser import parse_records
from claimcheck.report.model import Verdict
from claimcheck.verification.checks import direction
from claimcheck.verification.engine import record_index

_ROOT = Path(__file__).resolve().parents[1]


def _real(pmid: str) -> PubMedRecord:
    for folder in ("fixtures", "tests/heldout/records"):
        path = _ROOT / folder / f"{pmid}.xml"
        if path.exists():
            return parse_records(path.read_bytes())[0]
    raise FileNotFoundError(pmid)


def _record(title: str, *sections: tuple[str, str]) -> PubMedRecord:
    return PubMedRecord.model_validate(
        {
            "pmid": "1",
            "title": title,
            "abstract": [AbstractSection(label=label, text=text) for label, text in sections],
        }
    )


THYROID = _real("28775130")  # aldrin: higher TSH, lower T4; methyl bromide: the reverse


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("Unlike aldrin methyl bromide went with higher TSH and lower T4.", Verdict.CONTRADICTED),
        ("Unlike aldrin methyl bromide went with lower TSH and higher T4.", Verdict.SUPPORTED),
        ("Unlike pendimethalin methyl bromide was linked to higher TSH.", Verdict.CONTRADICTED),
        ("Unlike methyl bromide aldrin went with lower TSH and higher T4.", Verdict.CONTRADICTED),
        ("Unlike methyl bromide aldrin went with higher TSH and lower T4.", Verdict.SUPPORTED),
        ("In contrast to aldrin methyl bromide was tied to higher TSH.", Verdict.CONTRADICTED),
    ],
)
def test_a_comma_free_foil_does_not_swallow_the_subject(claim: str, verdict: Verdict) -> None:
    assert verify(claim, THYROID).verdict is verdict


HBA1C = _record(
    "Drug X in type 2 diabetes: a randomised trial.",
    ("METHODS", "We randomised 400 adults with type 2 diabetes to drug X or placebo for 24 weeks."),
    (
        "RESULTS",
        "At 24 weeks HbA1c was lower with drug X than with placebo (7.1% vs 7.9%, p<0.001). "
        "Patients on drug X who stopped treatment early had higher HbA1c at 12 months.",
    ),
)


def test_a_foil_is_the_named_thing_only() -> None:
    from claimcheck.verification.checks.measure_direction import foil_spans

    claim = "Patients on drug X versus placebo had lower HbA1c at 24 weeks."
    index = record_index(HBA1C)
    assert [claim[a:b] for a, b in foil_spans(claim, index)] == ["versus placebo"]
    claim = "Unlike methyl bromide aldrin went with lower T4."
    assert [claim[a:b] for a, b in foil_spans(claim, record_index(THYROID))] == [
        "Unlike methyl bromide"
    ]
    wrong = "Patients on drug X versus placebo had higher HbA1c at 24 weeks."
    assert verify(wrong, HBA1C).verdict is Verdict.CONTRADICTED


GRIP = _record(
    "Constraint-induced movement therapy after stroke.",
    (
        "METHODS",
        "Forty stroke survivors received two weeks of constraint-induced movement therapy.",
    ),
    (
        "RESULTS",
        "Grip strength of the non-paretic hand increased by 12% after therapy. Plasma drug "
        "levels rose in patients with normal renal function.",
    ),
)


@pytest.mark.parametrize(
    "claim",
    [
        "Grip strength of the unaffected hand increased after therapy.",
        "Plasma drug levels rose in patients with unimpaired renal function.",
        "After therapy the unaltered hand gained grip strength.",
    ],
)
def test_an_attributive_unaffected_is_no_claimed_sameness(claim: str) -> None:
    assert verify(claim, GRIP).verdict is not Verdict.CONTRADICTED


def test_a_predicative_unchanged_is_still_a_claimed_sameness() -> None:
    for claim in (
        "Grip strength of the non-paretic hand was unchanged after therapy.",
        "Grip strength of the non-paretic hand remained essentially unaltered after therapy.",
    ):
        assert verify(claim, GRIP).verdict is Verdict.CONTRADICTED, claim


OLDER = _record(
    "Drug X in older and younger adults with type 2 diabetes.",
    ("METHODS", "We randomised 600 adults with type 2 diabetes to drug X or placebo for 24 weeks."),
    (
        "RESULTS",
        "Drug X lowered HbA1c by 0.9% in patients over 65 years and by 1.0% in younger "
        "patients. Systolic blood pressure decreased by 4 mmHg with drug X compared with "
        "placebo. Drug X was non-inferior to metformin for HbA1c reduction.",
    ),
    ("CONCLUSIONS", "Drug X is effective in older adults."),
)


@pytest.mark.parametrize(
    "claim",
    [
        "Drug X lowered HbA1c just as much in patients over 65 years.",
        "HbA1c was lowered just as effectively by drug X in patients over 65 years.",
        "Drug X reduced HbA1c every bit as well in patients over 65 years.",
    ],
)
def test_a_change_compared_with_just_as_is_no_claimed_sameness(claim: str) -> None:
    assert verify(claim, OLDER).verdict is not Verdict.CONTRADICTED


CAFFEINE = _record(
    "Acute caffeine and blood pressure.",
    (
        "METHODS",
        "We gave 250 mg caffeine to 30 caffeine-naive adults and 30 habitual coffee drinkers.",
    ),
    (
        "RESULTS",
        "In caffeine-naive adults, caffeine increased systolic blood pressure by 8 mmHg. "
        "Habitual drinkers showed tolerance.",
    ),
)


def test_a_sameness_in_the_claims_own_setting_is_not_opposed_by_another_groups_change() -> None:
    for claim in (
        "In habitual coffee drinkers, systolic blood pressure stayed the same after caffeine.",
        "Among habitual coffee drinkers, systolic blood pressure held steady after caffeine.",
    ):
        assert verify(claim, CAFFEINE).verdict is not Verdict.CONTRADICTED, claim
    claim = "In caffeine-naive adults, systolic blood pressure stayed the same after caffeine."
    assert verify(claim, CAFFEINE).verdict is Verdict.CONTRADICTED


KETAMINE = _real("31526207")  # BDNF "declined over time and were similar for all treatments"


def test_a_coordinated_similar_answers_unaffected_by_treatment() -> None:
    for claim in (
        "Ketamine improved anxiety ratings, while serum BDNF was unaffected by treatment.",
        "Ketamine lowered anxiety ratings, but serum BDNF was left unaffected by treatment.",
    ):
        assert verify(claim, KETAMINE).verdict is not Verdict.CONTRADICTED, claim
    for claim in (
        "Serum BDNF concentrations stayed the same over time.",
        "Serum BDNF was unchanged over time.",
    ):
        assert verify(claim, KETAMINE).verdict is Verdict.CONTRADICTED, claim


def test_fiftyfirst_44_stays_contradicted() -> None:
    claim = (
        "Take HCN1 away from mice and ketamine knocks them out just as easily: its power to "
        "abolish the righting reflex stays the same."
    )
    assert verify(claim, _real("19158287")).verdict is Verdict.CONTRADICTED


def test_claimed_same_has_no_negated_branches() -> None:
    # negated claims return before the sameness is read: "did not change" branches were dead
    pattern = direction._CLAIMED_SAME.pattern
    assert not re.search(r"n't|not\\s", pattern)


SPERM = _real("11748933")  # "(from 32 to 52%, P < 0.01)" described as "a pronounced increase"


@pytest.mark.parametrize(
    "claim",
    [
        "Using the citrate solution, the share of sperm heads lacking their plasma membrane went "
        "from 32% before freezing to 52% after thawing, a rise the authors found not to be "
        "statistically significant.",
        "With the citrate solution, sperm heads without a plasma membrane went from 32% to 52%, "
        "a rise judged not to be significant.",
    ],
)
def test_a_rise_found_not_to_be_significant_is_contradicted_by_p_below_001(claim: str) -> None:
    assert verify(claim, SPERM).verdict is Verdict.CONTRADICTED


def test_a_rise_found_to_be_significant_stays_supported() -> None:
    claim = (
        "With the citrate solution, sperm heads without a plasma membrane went from 32% to 52%, "
        "a rise shown to be statistically significant."
    )
    assert verify(claim, SPERM).verdict is Verdict.SUPPORTED
