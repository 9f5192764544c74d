"""Round 17 (places and population): demonyms of the researchers, results put in people against
animal studies, and a masking word as a label of the study."""

from __future__ import annotations

from claimcheck.pubmed.model import AbstractSection, Author, MeshHeading, PubMedRecord
from claimcheck.report.model import FindingKind, Verdict
from claimcheck.verification.engine import verify
from claimcheck.verification.places import place_mentions


def _record(*sentences: str, affiliation: str = "", mesh: tuple[str, ...] = ()) -> PubMedRecord:
    return PubMedRecord(
        pmid="1",
        title="A study of statins",
        abstract=[AbstractSection(text=" ".join(sentences))],
        authors=[Author(last_name="Roe", affiliations=[affiliation] if affiliation else [])],
        mesh_headings=[MeshHeading(descriptor=d) for d in mesh],
    )


def _country(claim: str, record: PubMedRecord) -> list[Verdict]:
    return [f.verdict for f in verify(claim, record).findings if f.kind is FindingKind.COUNTRY]


_OSLO = _record(
    "We pooled 14 trials of statins in older adults.",
    "Statins reduced myocardial infarction compared with placebo.",
    affiliation="Department of Cardiology, Oslo University Hospital, Oslo, Norway.",
)


def test_a_demonym_before_reviewers_is_where_the_work_was_done() -> None:
    claim = "Swiss reviewers found that statins reduced myocardial infarction versus placebo."
    assert Verdict.METADATA_MISMATCH in _country(claim, _OSLO)
    assert verify(claim, _OSLO).verdict is Verdict.METADATA_MISMATCH


def test_the_right_demonym_before_reviewers_is_supported() -> None:
    claim = "Norwegian reviewers found that statins reduced myocardial infarction versus placebo."
    assert _country(claim, _OSLO) == [Verdict.SUPPORTED]


def test_reviewers_in_a_country_are_judged_like_researchers_in_it() -> None:
    claim = "Reviewers in Brazil found that statins reduced myocardial infarction versus placebo."
    assert Verdict.METADATA_MISMATCH in _country(claim, _OSLO)


def test_a_group_of_countries_before_authors_is_judged_by_its_members() -> None:
    ok = "Scandinavian authors found that statins reduced myocardial infarction versus placebo."
    assert _country(ok, _OSLO) == [Verdict.SUPPORTED]
    wrong = _record(
        "Statins reduced myocardial infarction compared with placebo.",
        affiliation="School of Medicine, University of Tokyo, Tokyo, Japan.",
    )
    assert Verdict.METADATA_MISMATCH in _country(ok, wrong)


def test_ethnicities_and_named_diseases_are_not_places() -> None:
    mentions = place_mentions("Mexican American researchers studied statin use.")
    assert "Mexico" not in {m.country for m in mentions}
    assert place_mentions("Asian American researchers ran a statin trial.") == []
    assert place_mentions("African-American researchers ran a statin trial.") == []
    assert place_mentions("A Japanese encephalitis vaccine trial enrolled infants.") == []
    assert place_mentions("Asian American adults joined a statin study.") == []


_MICE = _record(
    "Knock-out mice lacking the receptor were given the drug.",
    "Sedation was strongly reduced in knock-out mice compared with wild-type mice.",
    mesh=("Animals", "Mice", "Mice, Knockout"),
)


def test_a_mouse_result_carried_over_to_patients_is_unreported() -> None:
    claim = "The knock-out mouse result was later confirmed in patients given the drug."
    population = [f for f in verify(claim, _MICE).findings if f.kind is FindingKind.POPULATION]
    assert Verdict.NOT_IN_SOURCE in [f.verdict for f in population]
    assert Verdict.METADATA_MISMATCH not in [f.verdict for f in population]
    assert verify(claim, _MICE).verdict is Verdict.NOT_IN_SOURCE


def test_people_in_general_against_a_mouse_study_is_unreported() -> None:
    claim = "Blocking the receptor is all it takes to explain why the drug sedates people."
    population = [
        f.verdict for f in verify(claim, _MICE).findings if f.kind is FindingKind.POPULATION
    ]
    assert population == [Verdict.NOT_IN_SOURCE]


def test_people_as_those_the_work_may_help_are_no_population_claim() -> None:
    claim = "Sedation was reduced in knock-out mice, which could one day help patients."
    population = [
        f.verdict for f in verify(claim, _MICE).findings if f.kind is FindingKind.POPULATION
    ]
    assert Verdict.NOT_IN_SOURCE not in population
    assert Verdict.METADATA_MISMATCH not in population


_PHASES = _record(
    "Twelve adults with refractory migraine received eight open-label lidocaine infusions.",
    "Eight lidocaine infusions were well tolerated and headache days fell.",
)


def test_a_masking_word_labelling_the_study_is_metadata() -> None:
    claim = "A double-blind study gave eight lidocaine infusions to twelve adults with migraine."
    design = [f for f in verify(claim, _PHASES).findings if f.kind is FindingKind.DESIGN]
    assert Verdict.METADATA_MISMATCH in [f.verdict for f in design]
    assert Verdict.CONTRADICTED not in [f.verdict for f in design]


def test_a_masking_word_said_of_what_was_done_is_contradicted() -> None:
    claim = "The eight lidocaine infusions were given under double-blind conditions."
    design = [f for f in verify(claim, _PHASES).findings if f.kind is FindingKind.DESIGN]
    assert Verdict.CONTRADICTED in [f.verdict for f in design]
