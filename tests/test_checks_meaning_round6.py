"""Contradictions and metadata by meaning (round 6).

Each test is one class of claim, in wordings of our own: a studied group placed in another
country or continent than the record places it ("Nordic registries" against "Canadian
registries"), a review said to pool observational studies when it pooled randomised trials (and
the reverse), "prove" as proof against a hedged source, a difference between arms against arms
the record found alike, a decrease that is lifted ("freed from suppression"), and a claim kept
to one side of a pair ("only in rodents") against a record that names both sides."""

from __future__ import annotations

from synthetic_records import made_up_record

from claimcheck.pubmed.model import PubMedRecord
from claimcheck.report.model import FindingKind, Verdict
from claimcheck.verification.assertions import Certainty, extract_assertions
from claimcheck.verification.engine import verify
from claimcheck.verification.places import qualified_groups


def record(*sentences: str, title: str = "Drug Q and migraine") -> PubMedRecord:
    return made_up_record(*sentences, title=title, pmid="900006")


def kinds(claim: str, rec: PubMedRecord, kind: FindingKind) -> list[Verdict]:
    return [f.verdict for f in verify(claim, rec).findings if f.kind is kind]


# --- where the studied groups come from ---------------------------------------------------------

REGISTRIES = record(
    "We linked three Canadian birth registries to hospital records of 41,000 children.",
    "Maternal smoking was associated with higher odds of childhood asthma.",
)


def test_group_placed_in_another_country_or_continent_is_a_metadata_mismatch() -> None:
    for place in ("Nordic", "Australian", "European"):
        claim = f"Using three {place} birth registries, maternal smoking was tied to asthma."
        assert Verdict.METADATA_MISMATCH in kinds(claim, REGISTRIES, FindingKind.COUNTRY), place
        assert verify(claim, REGISTRIES).verdict is Verdict.METADATA_MISMATCH, place


def test_group_placed_where_the_record_places_it_is_not_a_mismatch() -> None:
    for place in ("Canadian", "North American"):
        claim = f"Using three {place} birth registries, maternal smoking was tied to asthma."
        assert Verdict.METADATA_MISMATCH not in kinds(claim, REGISTRIES, FindingKind.COUNTRY)


def test_record_naming_the_claimed_place_anywhere_is_not_a_mismatch() -> None:
    both = record(
        "We pooled Danish cohorts and Swedish cohorts of adults with migraine.",
        "Drug Q lowered attack frequency.",
    )
    claim = "In Swedish cohorts, drug Q lowered attack frequency."
    assert Verdict.METADATA_MISMATCH not in kinds(claim, both, FindingKind.COUNTRY)


def test_ethnicity_and_pronoun_are_not_places() -> None:
    groups = qualified_groups("Asian American adults were enrolled.")
    assert all("China" not in g.countries for g in groups)
    assert qualified_groups("Ask us patients first.") == []


# --- what a review pooled -----------------------------------------------------------------------

RCT_REVIEW = record(
    "We searched four databases and pooled eleven randomised controlled trials of drug Q.",
    "The meta-analysis showed fewer migraine days with drug Q than with placebo.",
    title="Drug Q for migraine prevention: a meta-analysis of randomised controlled trials",
)


def test_review_said_to_pool_observational_studies_it_did_not_pool() -> None:
    for words in ("a meta-analysis of cohort studies", "a pooled analysis of observational data"):
        claim = f"According to {words}, drug Q meant fewer migraine days."
        assert verify(claim, RCT_REVIEW).verdict is Verdict.METADATA_MISMATCH, words


def test_review_said_to_pool_the_trials_it_pooled_keeps_its_design() -> None:
    claim = "A meta-analysis of randomized trials found fewer migraine days with drug Q."
    assert Verdict.METADATA_MISMATCH not in kinds(claim, RCT_REVIEW, FindingKind.DESIGN)


def test_observational_review_said_to_pool_trials() -> None:
    observational = record(
        "We pooled 14 observational studies of drug Q users.",
        "Drug Q use was associated with fewer migraine days.",
        title="Drug Q and migraine: a systematic review and meta-analysis",
    )
    claim = "A systematic review of RCTs tied drug Q use to fewer migraine days."
    assert Verdict.METADATA_MISMATCH in kinds(claim, observational, FindingKind.DESIGN)


def test_a_primary_trial_is_not_judged_as_a_review() -> None:
    trial = record("In this randomized controlled trial, drug Q reduced migraine days.")
    claim = "A review of observational studies found drug Q reduced migraine days."
    messages = [f.message for f in verify(claim, trial).findings]
    assert not any("pooled" in m for m in messages)


# --- "prove" ----------------------------------------------------------------------------------


def test_prove_with_a_clause_or_an_evidence_subject_is_strong_certainty() -> None:
    for claim in ("These trials prove that drug Q halts migraine.", "Data prove drug Q works."):
        assert extract_assertions(claim).certainty.level is Certainty.STRONG, claim
    hedge = "Drug Q may prove useful against migraine."
    assert extract_assertions(hedge).certainty.level is not Certainty.STRONG


def test_proof_claimed_against_a_suggestion_is_overstated() -> None:
    hedged = record("Our findings suggest a potential role for drug Q in migraine prevention.")
    claim = "The findings prove that drug Q has a role in migraine prevention."
    assert Verdict.CONTRADICTED in kinds(claim, hedged, FindingKind.CERTAINTY)


# --- a difference between arms against arms found alike ----------------------------------------

ALIKE = record(
    "Plasma cortisol rose during the night and was similar in both groups.",
    "Sleep latency was shorter with drug Q than with placebo.",
)


def test_difference_between_arms_against_arms_found_alike() -> None:
    claim = "Plasma cortisol rose during the night, and more with drug Q than with placebo."
    assert Verdict.CONTRADICTED in kinds(claim, ALIKE, FindingKind.COMPARATOR)


def test_difference_on_another_measure_or_against_baseline_is_not_judged_alike() -> None:
    other = "Sleep latency was shorter with drug Q than with placebo."
    baseline = "Plasma cortisol was higher than baseline during the night."
    for claim in (other, baseline):
        assert Verdict.CONTRADICTED not in kinds(claim, ALIKE, FindingKind.COMPARATOR), claim


# --- a lifted decrease ------------------------------------------------------------------------


def test_a_lifted_decrease_is_no_decrease() -> None:
    for claim in (
        "Drug Q freed cortical neurons from suppression.",
        "Removal of the inhibition let the neurons fire.",
    ):
        downs = [d for d in extract_assertions(claim).directions if not d.up]
        assert downs == [], claim
    assert not extract_assertions("Drug Q suppressed cortical neurons.").directions[0].up


# --- one side of a pair ------------------------------------------------------------------------

BOTH_SIDES = record(
    "Data from rodents and from patients show that drug Q shortens migraine attacks.",
    "Drug Q was well tolerated.",
)


def test_only_one_side_against_a_record_naming_both_sides() -> None:
    for claim in (
        "Drug Q shortens migraine attacks, but only in rodents.",
        "Evidence that drug Q shortens migraine attacks comes solely from patients.",
    ):
        assert Verdict.CONTRADICTED in kinds(claim, BOTH_SIDES, FindingKind.DIRECTION), claim


def test_one_side_without_only_or_with_a_record_restriction_stands() -> None:
    plain = "Data from patients show that drug Q shortens migraine attacks."
    assert Verdict.CONTRADICTED not in kinds(plain, BOTH_SIDES, FindingKind.DIRECTION)
    restricted = record(
        "In rodents and patients drug Q was tested, but it shortened migraine attacks only in "
        "rodents."
    )
    claim = "Drug Q shortened migraine attacks only in rodents."
    assert Verdict.CONTRADICTED not in kinds(claim, restricted, FindingKind.DIRECTION)


# --- denials: "no X exists", reported "that", the other arm's "no change" -----------------------


def test_nothing_of_the_kind_exists_or_works_is_a_denial() -> None:
    for claim in (
        "No licensed antidote exists for this poisoning.",
        "No single regimen works for every patient with gout.",
        "So far no vaccine is available against the virus.",
    ):
        assert extract_assertions(claim).negated, claim
    assert not extract_assertions("Children with no prior treatment worked harder.").negated


def test_that_after_a_reporting_verb_opens_a_denial() -> None:
    assert extract_assertions("The authors note that no current drug works in every case.").negated
    assert not extract_assertions("Patients that did not respond were excluded.").negated


def test_denial_agreeing_with_a_denying_record_is_supported() -> None:
    rec = record("At present there is no approved treatment for every patient with cluster pain.")
    claim = "No approved treatment currently exists for every patient with cluster pain."
    assert verify(claim, rec).verdict is Verdict.SUPPORTED


def test_no_change_in_the_control_arm_is_not_a_denial_of_the_finding() -> None:
    for claim in (
        "Pain scores fell by 3 points with drug Q but showed no mean change with placebo.",
        "Pain scores fell by 3 points with drug Q, compared with no change during sham dosing.",
    ):
        assertions = extract_assertions(claim)
        assert not assertions.negated, claim
        named = {c.phrase.text.lower() for c in assertions.comparators}
        assert not any(name.startswith("no ") for name in named), claim


# --- a trial named as the setting of a result, against a review ---------------------------------

NARRATIVE_REVIEW = record(
    "Here we review how drug Q may act on migraine pathways.",
    "Several mechanisms are discussed.",
    title="Drug Q in migraine: a review",
)


def _design_verdicts(claim: str) -> list[Verdict]:
    return kinds(claim, NARRATIVE_REVIEW, FindingKind.DESIGN)


def test_trial_as_the_setting_of_a_result_is_not_the_reviews_design() -> None:
    claim = "Drug Q halved attack frequency in a randomized trial of 80 adults."
    assert Verdict.METADATA_MISMATCH not in _design_verdicts(claim)
    assert verify(claim, NARRATIVE_REVIEW).verdict is Verdict.NOT_IN_SOURCE


def test_trial_that_introduces_or_dates_the_work_is_its_design() -> None:
    for claim in (
        "In a randomized trial, drug Q halved attack frequency.",
        "Drug Q halved attack frequency in a 2019 randomized trial.",
        "This study found drug Q halved attack frequency in a randomized trial.",
    ):
        assert Verdict.METADATA_MISMATCH in _design_verdicts(claim), claim
