"""Contrasts read by role: "A but not B", "unlike B, A ...", "A ..., whereas B ..." aligned side by
side between claim and record sentence (a swap is a contradiction); "no" before a noun phrase as
a denial; "did not change" meeting "unaffected"; people carrying a variant against a record
that found it only in knock-out animals."""

from __future__ import annotations

import pytest

from claimcheck.pubmed.model import AbstractSection, Journal, MeshHeading, PartialDate, PubMedRecord
from claimcheck.report.model import FindingKind, Verdict
from claimcheck.verification.assertions import extract_assertions
from claimcheck.verification.checks.population import check_population
from claimcheck.verification.checks.support import check_support
from claimcheck.verification.engine import verify
from claimcheck.verification.index import build_index

S, C, N = Verdict.SUPPORTED, Verdict.CONTRADICTED, Verdict.NOT_IN_SOURCE


def make(abstract: str, title: str = "A study", mesh: tuple[str, ...] = ()) -> PubMedRecord:
    return PubMedRecord(
        pmid="1",
        title=title,
        abstract=[AbstractSection(text=abstract)],
        journal=Journal(title="Journal of Tests", iso_abbreviation="J Tests"),
        pub_date=PartialDate(year=2021),
        mesh_headings=[MeshHeading(descriptor=d) for d in mesh],
    )


def support_verdict(claim: str, rec: PubMedRecord) -> Verdict:
    findings = check_support(extract_assertions(claim), rec, build_index(rec))
    return max((f.verdict for f in findings), key=lambda v: v.severity)


# --- "A but not B": which side is kept, which left out ------------------------------------------

RATS = make(
    "Rats received lithium or valproate for four weeks. Anxiety-like behaviour decreased after "
    "lithium but not after valproate treatment (p = 0.01). Body weight was unaffected by either "
    "drug.",
    title="Lithium and anxiety-like behaviour in rats",
)
SLICES = make(
    "In hippocampal slices from control mice, but not from GluA1-deficient mice, fluoxetine "
    "enhanced long-term potentiation. Sertraline increased spine density, whereas citalopram "
    "had no effect on spine density.",
    title="Antidepressants and synaptic plasticity",
)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("Anxiety-like behaviour fell after lithium but not after valproate.", S),
        ("Anxiety-like behaviour fell after valproate but not after lithium.", C),
        ("Lithium, but not valproate, reduced anxiety-like behaviour in rats.", S),
        ("Valproate, but not lithium, reduced anxiety-like behaviour in rats.", C),
        ("Unlike valproate, lithium lowered anxiety-like behaviour in rats.", S),
        ("Unlike lithium, valproate lowered anxiety-like behaviour in rats.", C),
        ("Valproate reduced anxiety-like behaviour, whereas lithium did not.", C),
    ],
)
def test_the_kept_and_the_excluded_side_must_line_up(claim: str, expected: Verdict) -> None:
    assert support_verdict(claim, RATS) is expected


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("Fluoxetine enhanced long-term potentiation in slices from control mice but not in "
         "those from GluA1-deficient mice.", S),
        ("Fluoxetine enhanced long-term potentiation in slices from GluA1-deficient mice but "
         "not in those from control mice.", C),
        ("In hippocampal slices from GluA1-deficient mice, but not control mice, fluoxetine "
         "enhanced long-term potentiation.", C),
    ],
)
def test_genotypes_in_swapped_roles_contradict(claim: str, expected: Verdict) -> None:
    assert verify(claim, SLICES).verdict is expected


# --- "A ..., whereas B ...": what each clause says of whom ----------------------------------------


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("Sertraline increased spine density, whereas citalopram had no effect.", S),
        # the same two statements in the other order are still right
        ("Citalopram had no effect on spine density, while sertraline increased it.", S),
        ("Citalopram increased spine density, whereas sertraline had no effect.", C),
        ("Sertraline had no effect on spine density, while citalopram increased it.", C),
    ],
)
def test_each_clause_keeps_its_own_subject(claim: str, expected: Verdict) -> None:
    assert verify(claim, SLICES).verdict is expected


LISTED = make(
    "Sixty adults with fibromyalgia were randomised to pregabalin or placebo. Sleep quality and "
    "fatigue, but not pain intensity, improved with pregabalin."
)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("Pregabalin improved sleep quality but not pain intensity.", S),
        ("Pregabalin improved pain intensity but not sleep quality.", C),
        ("Unlike pain intensity, sleep quality improved with pregabalin.", S),
        ("Unlike sleep quality, pain intensity improved with pregabalin.", C),
        # the claim's own denial sits in the clause the record excludes: no polarity flip
        ("Pregabalin improved fatigue, whereas pain intensity did not improve.", S),
    ],
)
def test_a_listed_side_is_read_whole(claim: str, expected: Verdict) -> None:
    assert support_verdict(claim, LISTED) is expected


# --- "no" before a noun phrase denies its clause ------------------------------------------------

ANTIBODY = make(
    "Monoclonal antibodies against amyloid have shown modest slowing of cognitive decline in "
    "early disease. Currently, there is no approved therapy for late-stage disease."
)


@pytest.mark.parametrize(
    ("claim", "negated"),
    [
        ("Anti-amyloid antibodies have shown no slowing of cognitive decline.", True),
        ("The compound revealed no toxicity in dogs.", True),
        ("There is as yet no approved therapy for late-stage disease.", True),
        ("There is currently no cure for the disease.", True),
        ("The drug is no longer used in children.", False),
        ("Doses were no more than 10 mg.", False),
        ("The patch eased pain no more than a placebo patch did.", True),
    ],
)
def test_no_before_a_noun_phrase_denies(claim: str, negated: bool) -> None:
    assert extract_assertions(claim).negated is negated


def test_a_denial_by_determiner_meets_the_records_affirmation() -> None:
    claim = "Anti-amyloid antibodies have shown no slowing of cognitive decline in early disease."
    assert support_verdict(claim, ANTIBODY) is C


def test_an_adverb_before_no_keeps_the_claims_denial() -> None:
    claim = "There is presently no approved therapy for late-stage disease."
    assert support_verdict(claim, ANTIBODY) is S


# --- "did not change" says what "unaffected" says -----------------------------------------------


@pytest.mark.parametrize(
    "claim",
    [
        "Lithium treatment did not change body weight in rats.",
        "Neither drug altered body weight.",
    ],
)
def test_a_denied_change_meets_unaffected(claim: str) -> None:
    assert support_verdict(claim, RATS) is S


def test_a_denied_change_against_a_change_is_not_backed() -> None:
    changed = make("Lithium treatment increased body weight in rats by 12% over four weeks.")
    assert support_verdict("Lithium treatment did not change body weight.", changed) is not S


# --- people carrying a variant against knock-out animals ----------------------------------------

KNOCKOUT = make(
    "Mice lacking the Kcnq2 gene needed a higher dose of drug Q to lose the righting reflex. "
    "Recombinant Kcnq2 channels were blocked by drug Q.",
    title="Kcnq2 knock-out mice resist drug Q",
    mesh=("Animals", "Mice", "Mice, Knockout"),
)


def test_carriers_of_a_variant_are_not_the_knockout_mice() -> None:
    claim = "Drug Q was less potent in patients carrying Kcnq2 mutations."
    findings = check_population(extract_assertions(claim), KNOCKOUT, build_index(KNOCKOUT))
    assert [f.verdict for f in findings if f.kind is FindingKind.POPULATION] == [N]
    assert verify(claim, KNOCKOUT).verdict is N


def test_a_record_reporting_human_carriers_is_left_to_support() -> None:
    human = make(
        "Mice lacking the Kcnq2 gene needed a higher dose of drug Q. In a family study, patients "
        "carrying Kcnq2 mutations also needed higher doses of drug Q.",
        mesh=("Animals", "Mice", "Humans"),
    )
    claim = "Patients carrying Kcnq2 mutations needed higher doses of drug Q."
    findings = check_population(extract_assertions(claim), human, build_index(human))
    assert N not in [f.verdict for f in findings if f.kind is FindingKind.POPULATION]
