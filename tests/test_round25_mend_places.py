"""Review mend of round 25 (places and counts): towns no table knows, local city names,
institutions named after a town, names read after a number or quantifier, head counts of a
study, control-group sizes, and a trial's country said only by the authors' addresses."""

from __future__ import annotations

import pytest

from claimcheck.pubmed.model import AbstractSection, Author, PubMedRecord
from claimcheck.report.model import FindingKind, Verdict
from claimcheck.verification.assertions import extract_assertions
from claimcheck.verification.engine import verify
from claimcheck.verification.places import institutions_in, names_place, place_mentions

KETAMINE = (
    "We randomised 120 adults with treatment-resistant depression to ketamine or placebo. "
    "Depression scores fell more with ketamine than with placebo."
)


def _record(affiliations: list[str], text: str = KETAMINE) -> PubMedRecord:
    return PubMedRecord(
        pmid="1",
        title="Ketamine for treatment-resistant depression",
        abstract=[AbstractSection(text=text)],
        authors=[Author(last_name="Rossi", affiliations=affiliations)],
    )


def _country(claim: str, record: PubMedRecord) -> list[Verdict]:
    return [f.verdict for f in verify(claim, record).findings if f.kind is FindingKind.COUNTRY]


# --- 1. a town no table knows, or a local spelling, is no other town --------------------------


@pytest.mark.parametrize(
    ("affiliation", "claim"),
    [
        # local spellings
        ("Medizinische Universität Wien, 1090 Wien, Austria.", "Researchers in Vienna"),
        ("Klinik für Psychiatrie, Uniklinik Köln, 50937 Köln, Germany.", "Cologne researchers"),
        ("Hôpitaux Universitaires de Genève, 1205 Genève, Switzerland.", "A Geneva team"),
        (
            "Faculdade de Medicina, Universidade de Lisboa, 1649-028 Lisboa, Portugal.",
            "Lisbon doctors",
        ),
        (
            "Department of Psychiatry, Sahlgrenska Academy, Göteborg, Sweden.",
            "Researchers in Gothenburg",
        ),
        ("Dipartimento di Neuroscienze, Sapienza, 00185 Roma, Italy.", "Scientists in Rome"),
        ("Hospital Virgen del Rocío, 41013 Sevilla, Spain.", "Researchers in Seville"),
        # suburbs and campuses
        ("Karolinska Institutet, 171 77 Solna, Sweden.", "Researchers in Stockholm"),
        ("Karolinska University Hospital, Huddinge, Sweden.", "Stockholm researchers"),
        ("Gustave Roussy Cancer Center, 94805 Villejuif, France.", "Researchers in Paris"),
        ("Humanitas Research Hospital, 20089 Rozzano, Italy.", "Researchers in Milan"),
        ("The Institute of Cancer Research, Sutton, UK.", "London researchers"),
        ("Wellcome Sanger Institute, Hinxton, UK.", "Cambridge researchers"),
        # an institution where the town would be
        ("Department of Psychiatry, Rigshospitalet, Denmark.", "Researchers in Copenhagen"),
        ("Institute of Neuroscience, Sahlgrenska Academy, Sweden.", "A Gothenburg group"),
        ("Department of Psychiatry, Radboudumc, Netherlands.", "Researchers in Nijmegen"),
        ("Centre de Recherche en Neurosciences, Inserm, France.", "Researchers in Lyon"),
    ],
)
def test_an_unknown_town_or_local_spelling_is_no_mismatch(affiliation: str, claim: str) -> None:
    text = f"{claim} found that ketamine lowered depression scores more than placebo."
    verdicts = _country(text, _record([affiliation]))
    assert verdicts and Verdict.METADATA_MISMATCH not in verdicts, (claim, verdicts)


@pytest.mark.parametrize(
    ("affiliation", "city"),
    [
        ("Medizinische Universität Wien, 1090 Wien, Austria.", "Vienna"),
        ("Dipartimento di Neuroscienze, Sapienza, 00185 Roma, Italy.", "Rome"),
        ("Klinik für Psychiatrie, 80336 München, Germany.", "Munich"),
        ("Department of Medicine, Peking University, Beijing, China.", "Peking"),
    ],
)
def test_a_local_name_is_the_city(affiliation: str, city: str) -> None:
    assert names_place(affiliation, city)


def test_a_local_name_does_not_match_inside_a_word() -> None:
    assert not names_place("Department of Reagents, Agent Unit, Belgium.", "Ghent")


def test_a_known_other_town_of_the_country_is_still_a_mismatch() -> None:
    record = _record(["Department of Psychiatry, Federico II University, Naples, Italy."])
    claim = "Researchers in Milan found that ketamine lowered depression scores more than placebo."
    assert Verdict.METADATA_MISMATCH in _country(claim, record)


def test_the_unknown_town_is_named_in_the_not_in_source_finding() -> None:
    record = _record(["Dipartimento di Scienze, Università degli Studi, 06123 Foligno, Italy."])
    claim = "Scientists based in Turin found that ketamine lowered depression scores."
    findings = [f for f in verify(claim, record).findings if f.kind is FindingKind.COUNTRY]
    assert [f.verdict for f in findings] == [Verdict.NOT_IN_SOURCE]
    assert "Foligno" in findings[0].message


# --- 3. an institution named after a town: every affiliation elsewhere, by known towns -------


@pytest.mark.parametrize(
    ("affiliation", "claim"),
    [
        ("Ludwig-Maximilians-Universität, 80336 München, Germany.", "A University of Munich team"),
        ("Département de Psychiatrie, Université de Genève, 1205 Genève, Switzerland.",
         "A University of Geneva team"),
        ("Institut für Psychologie, Universität Wien, 1010 Wien, Austria.",
         "A University of Vienna team"),
        ("Department of Psychiatry, Sapienza University, 00185 Roma, Italy.",
         "A University of Rome team"),
        ("Dipartimento di Medicina, Università di Padova, 35128 Padova, Italy.",
         "A University of Padua group"),
    ],
)  # fmt: skip
def test_an_institution_in_its_own_town_by_a_local_name_is_no_mismatch(
    affiliation: str, claim: str
) -> None:
    text = f"{claim} found that ketamine lowered depression scores more than placebo."
    assert Verdict.METADATA_MISMATCH not in _country(text, _record([affiliation]))


def test_one_affiliation_without_a_known_town_leaves_the_institution_open() -> None:
    record = _record(
        [
            "Sports Research Centre, Regional Government of Andalusia, Granada, Spain.",
            "Department of Physiology, Faculty of Medicine, Spain.",
        ]
    )
    claim = "A University of Valencia group found that ketamine lowered depression scores."
    assert Verdict.METADATA_MISMATCH not in _country(claim, record)


def test_every_affiliation_in_another_known_town_is_still_a_mismatch() -> None:
    record = _record(
        [
            "Sports Research Centre, Regional Government of Andalusia, Granada, Spain.",
            "Department of Physiology, University of Seville, Sevilla, Spain.",
        ]
    )
    claim = "A University of Valencia group found that ketamine lowered depression scores."
    assert Verdict.METADATA_MISMATCH in _country(claim, record)


# --- 4. a number, quantifier or describing word before an institution is no part of it --------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Two University of Toronto researchers found a link.", "University of Toronto"),
        ("Several Harvard University scientists found a link.", "Harvard University"),
        ("Both University of Oslo teams reported lower rates.", "University of Oslo"),
        ("Recent University of Bergen work found a link.", "University of Bergen"),
        ("Local Karolinska Institute doctors followed 900 adults.", "Karolinska Institute"),
        ("Twelve Johns Hopkins University researchers found a link.", "Johns Hopkins University"),
        ("Many University of Milan scientists disagreed.", "University of Milan"),
    ],
)
def test_leading_non_name_words_are_left_out(text: str, name: str) -> None:
    assert institutions_in(text) == [name]
    assert name in [m.place for m in place_mentions(text)]


def test_initials_and_new_still_open_a_name() -> None:
    assert institutions_in("the US Environmental Protection Agency said") == [
        "US Environmental Protection Agency"
    ]
    assert institutions_in("Researchers at New York University found") == ["New York University"]


def test_a_quantifier_before_a_university_does_not_hide_the_right_one() -> None:
    record = _record(["Department of Anesthesia, University of Toronto, Toronto, Canada."])
    claim = "Two University of Toronto researchers found that ketamine lowered depression scores."
    assert _country(claim, record) == [Verdict.SUPPORTED]


# --- 2. a study's head count: no label, no bare year, "adult" only joined ---------------------


@pytest.mark.parametrize(
    "claim",
    [
        "In a phase 3 adult randomised trial, depression scores fell.",
        "In one adult cohort, depression scores fell.",
        "A 2019 adult trial found that depression scores fell.",
        "A phase 2 patient study found that depression scores fell.",
        "A type 2 patient cohort showed lower scores.",
        "A 2021 patient cohort showed lower scores.",
        "In one patient cohort, depression scores fell.",
        "A week 12 patient survey study found lower scores.",
        "Two volunteer pilot trials found lower scores.",
    ],
)
def test_a_labelled_number_or_a_year_is_no_sample_size(claim: str) -> None:
    assert extract_assertions(claim).sample_sizes == ()


@pytest.mark.parametrize(
    ("claim", "n"),
    [
        ("In a 412-adult trial, depression scores fell.", 412),
        ("A 12-patient case series described the effect.", 12),
        ("A 30 patient pilot study found lower scores.", 30),
        ("A twelve-patient pilot study found lower scores.", 12),
        ("A 2,000-patient randomised trial found lower scores.", 2000),
        ("In a 40-volunteer placebo-controlled trial, sleep improved.", 40),
    ],
)
def test_a_study_head_count_still_counts(claim: str, n: int) -> None:
    assert [s.n for s in extract_assertions(claim).sample_sizes] == [n]


def test_a_phase_3_adult_trial_is_no_wrong_sample_size() -> None:
    claim = (
        "In a phase 3 adult randomised trial, ketamine lowered depression scores more than placebo."
    )
    result = verify(claim, _record(["Department of Psychiatry, Yale University, New Haven, USA."]))
    assert not any(
        f.kind is FindingKind.SAMPLE_SIZE
        for f in result.findings
        if f.verdict is Verdict.METADATA_MISMATCH
    )
    assert result.verdict is not Verdict.METADATA_MISMATCH


# --- 5. a control count before a result verb is a result, not the group's size --------------

GLIOMA = PubMedRecord(
    pmid="1",
    title="Statin use and glioma risk: a case-control study",
    abstract=[
        AbstractSection(
            text="We compared 224 glioma cases with 896 matched controls. Of the controls, 120 "
            "used statins. Statin use was associated with lower glioma risk (OR 0.7)."
        )
    ],
)


@pytest.mark.parametrize(
    "claim",
    [
        "Of the controls, 300 controls used statins.",
        "Of the controls, 300 matched controls used statins.",
        "In all, 300 controls had used statins.",
    ],
)
def test_a_control_count_before_a_result_verb_is_no_sample_size(claim: str) -> None:
    result = verify(claim, GLIOMA)
    assert result.verdict is not Verdict.METADATA_MISMATCH
    assert not any(f.kind is FindingKind.SAMPLE_SIZE for f in result.findings)


@pytest.mark.parametrize(
    "claim",
    [
        "The study compared 224 glioma cases with some 1,800 matched controls and found statin "
        "use was associated with lower glioma risk.",
        "Among 224 glioma cases and 1,500 controls, statin use was linked to lower glioma risk.",
    ],
)
def test_a_wrong_control_group_size_is_still_a_mismatch(claim: str) -> None:
    assert verify(claim, GLIOMA).verdict is Verdict.METADATA_MISMATCH


# --- probe_fifth a-w4: a trial's country needs the record, not the authors' addresses --------

NEW_HAVEN = ["Connecticut Mental Health Center, New Haven 06519, USA."]


@pytest.mark.parametrize(
    "claim",
    [
        "In this US trial of 120 adults, ketamine lowered depression scores more than placebo.",
        "A trial run in the US found that ketamine lowered depression scores more than placebo.",
        "The New Haven trial found that ketamine lowered depression scores more than placebo.",
        "In American adults, ketamine lowered depression scores more than placebo.",
    ],
)
def test_a_trial_setting_is_not_backed_by_affiliations_alone(claim: str) -> None:
    result = verify(claim, _record(NEW_HAVEN))
    assert result.verdict is Verdict.NOT_IN_SOURCE
    assert Verdict.NOT_IN_SOURCE in _country(claim, _record(NEW_HAVEN))


@pytest.mark.parametrize(
    "claim",
    [
        "US researchers found that ketamine lowered depression scores more than placebo.",
        "A US-led trial found that ketamine lowered depression scores more than placebo.",
        "A New Haven team found that ketamine lowered depression scores more than placebo.",
    ],
)
def test_who_ran_the_work_is_still_checked_against_affiliations(claim: str) -> None:
    assert _country(claim, _record(NEW_HAVEN)) == [Verdict.SUPPORTED]


def test_a_trial_the_abstract_places_is_supported() -> None:
    text = (
        "We randomised 120 adults with treatment-resistant depression at three sites in the "
        "United States to ketamine or placebo. Depression scores fell more with ketamine than "
        "with placebo."
    )
    claim = "In this US trial of 120 adults, ketamine lowered depression scores more than placebo."
    assert _country(claim, _record(NEW_HAVEN, text)) == [Verdict.SUPPORTED]


def test_a_trial_placed_where_no_author_works_is_still_a_mismatch() -> None:
    claim = "A Canadian trial found that ketamine lowered depression scores more than placebo."
    assert Verdict.METADATA_MISMATCH in _country(claim, _record(NEW_HAVEN))


# --- 6. one cache on the synonym-group lookup ------------------------------------------------


def test_canonical_is_cached_once() -> None:
    from claimcheck.verification import index

    assert hasattr(index._canonical, "cache_info")
    assert not hasattr(index._canonical.__wrapped__, "cache_info")
