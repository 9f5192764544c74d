"""Review findings on round 20's support check, mended in round 21: department names read as
places, a memo shared by records that differ only in their metadata, focus adverbs and double
negatives read as terse denials, and a rivalry noun read as a rivalry claim."""

from __future__ import annotations

from synthetic_records import made_up_record

from claimcheck.pubmed.model import Author, Journal, PubMedRecord
from claimcheck.report.model import FindingKind, Verdict
from claimcheck.verification.checks.support import DENIAL_AFFIRMED
from claimcheck.verification.checks.terse_polarity import (
    DENIAL_FAMILIES,
    exclusivity_denied,
    terse_denial,
)
from claimcheck.verification.engine import verify
from claimcheck.verification.index import build_index

SLEEP = "Melatonin lengthened sleep in older adults with insomnia."


def record(*sentences: str, pmid: str, affiliations: tuple[str, ...] = ()) -> PubMedRecord:
    authors = [Author(last_name="Okafor", fore_name="Ada", affiliations=list(affiliations))]
    return made_up_record(*sentences, pmid=pmid, authors=authors)


def support_verdict(claim: str, rec: PubMedRecord) -> Verdict | None:
    found = [f for f in verify(claim, rec).findings if f.kind is FindingKind.SUPPORT]
    return found[0].verdict if found else None


# 1. A department's subject in an affiliation is no place.


def test_department_subject_in_affiliation_is_still_demanded_by_support() -> None:
    rec = record(
        SLEEP, pmid="921001", affiliations=("Unit of Neurology, Epilepsy and Sleep, Lyon, France",)
    )
    result = verify("Epilepsy patients slept longer on melatonin.", rec)
    assert result.verdict is Verdict.NOT_IN_SOURCE


def test_disease_named_as_a_section_is_not_dropped_even_in_the_closing_segments() -> None:
    # "Arteritis" is rare enough to pass for an unlisted town, but it names a disease.
    rec = record(
        "Steroids eased joint pain in adults with gout.",
        pmid="921002",
        affiliations=("Clinic of Rheumatology, Arteritis, Graz",),
    )
    assert verify("Arteritis eased on steroids in adults.", rec).verdict is Verdict.NOT_IN_SOURCE


def test_unlisted_town_at_the_end_of_an_affiliation_still_counts_as_a_place() -> None:
    rec = record(
        SLEEP,
        pmid="921003",
        affiliations=("Department of Biology, University of Tuscia, Viterbo, Italy",),
    )
    assert verify("A Viterbo team found that melatonin lengthened sleep.", rec).verdict is (
        Verdict.SUPPORTED
    )


def test_known_city_before_state_and_country_still_counts_as_a_place() -> None:
    rec = record(SLEEP, pmid="921004", affiliations=("Medical School, Boston, MA, USA",))
    assert verify("Boston researchers found that melatonin lengthened sleep.", rec).verdict is (
        Verdict.SUPPORTED
    )


# 2. The index cache tells records apart by their metadata too.


def test_verdict_does_not_depend_on_which_twin_record_was_checked_first() -> None:
    claim = "A Viterbo team found that melatonin lengthened sleep."
    placed = ("Department of Biology, University of Tuscia, Viterbo, Italy",)

    def twins(pmid: str) -> tuple[PubMedRecord, PubMedRecord]:
        return record(SLEEP, pmid=pmid, affiliations=placed), record(SLEEP, pmid=pmid)

    with_place, without_place = twins("921010")
    first_placed = (verify(claim, with_place).verdict, verify(claim, without_place).verdict)
    with_place, without_place = twins("921011")
    second_placed = verify(claim, without_place).verdict
    first_placed_again = verify(claim, with_place).verdict
    assert first_placed == (first_placed_again, second_placed)
    assert first_placed == (Verdict.SUPPORTED, Verdict.NOT_IN_SOURCE)


def test_index_does_not_describe_a_record_with_other_affiliations_or_journal() -> None:
    base = record(SLEEP, pmid="921012", affiliations=("Lyon, France",))
    index = build_index(base)
    assert index.describes(record(SLEEP, pmid="921012", affiliations=("Lyon, France",)))
    assert not index.describes(record(SLEEP, pmid="921012", affiliations=("Porto, Portugal",)))
    assert not index.describes(base.model_copy(update={"journal": Journal(title="Sleep")}))


# 3. Focus adverbs and double negatives are no terse denial.


def test_not_only_is_no_denial() -> None:
    assert not terse_denial("Swimming: not only tied to fitness but also to mood")
    rec = record(
        "Regular swimming was tied to better fitness.",
        "Swimming was also tied to weight loss.",
        pmid="921020",
    )
    result = verify("Swimming: not only tied to better fitness but also to weight loss", rec)
    assert result.verdict is not Verdict.CONTRADICTED
    assert all(DENIAL_AFFIRMED not in f.message for f in result.findings)


def test_double_negative_is_no_denial() -> None:
    assert not terse_denial("Night shifts: not unconnected to fatigue")
    assert not terse_denial("Traffic noise: not unrelated to stress")
    assert not terse_denial("Dietary sodium: not nonassociated with stroke")
    rec = record("Traffic noise was related to stress in city workers.", pmid="921021")
    assert verify("Traffic noise: not unrelated to stress", rec).verdict is Verdict.SUPPORTED


def test_plain_terse_denials_still_read_as_denials() -> None:
    assert terse_denial("Statins: not clearly associated with myopathy")
    assert terse_denial("Mortality: not increased")
    assert terse_denial("Bleeding risk: not influenced by dose")
    assert terse_denial("Valve repair: not inferior to replacement")
    assert terse_denial("Trainees: not underpowered for the task")


# 4. A rivalry noun in a prepositional phrase is no rivalry claim.


def test_rivalry_noun_in_a_phrase_is_not_contradicted_by_not_mutually_exclusive() -> None:
    rec = record(
        "Heart rate climbed during competition in swimmers, and the sympathetic and adrenal "
        "responses were not mutually exclusive.",
        pmid="921030",
    )
    assert support_verdict("Heart rate climbed during competition in swimmers", rec) is not (
        Verdict.CONTRADICTED
    )


def test_rivalry_as_the_claims_predicate_is_still_denied_by_the_record() -> None:
    affirmed = set(DENIAL_FAMILIES[0])
    denied = set(DENIAL_FAMILIES[0])
    assert exclusivity_denied("The two receptors compete for the ligand.", affirmed, denied)
    assert exclusivity_denied("The two pathways are mutually exclusive.", affirmed, denied)
    assert exclusivity_denied("Both signals exclude each other.", affirmed, denied)
    assert not exclusivity_denied("Cortisol peaked at the competition.", affirmed, denied)
    assert not exclusivity_denied("Anxiety rose before a competition.", affirmed, denied)
