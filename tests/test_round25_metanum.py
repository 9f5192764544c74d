"""Round 25, metadata, places and numbers: institutions read whole, towns no table knows,
head counts of a study written with design words between, and control-group sizes."""

from __future__ import annotations

import pytest

from claimcheck.pubmed.model import AbstractSection, Author, PubMedRecord
from claimcheck.report.model import FindingKind, Verdict
from claimcheck.verification.assertions import extract_assertions
from claimcheck.verification.checks.funding import _town_before_country
from claimcheck.verification.engine import verify
from claimcheck.verification.places import institutions_in, place_mentions


def _record(sentences: list[str], affiliations: list[str] | None = None) -> PubMedRecord:
    return PubMedRecord(
        pmid="1",
        title="A study",
        abstract=[AbstractSection(text=" ".join(sentences))],
        authors=[Author(last_name="Rossi", affiliations=affiliations or [])],
    )


# --- an article or determiner before an institution is not part of its name ---------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("A University of Padova team described a new assay.", "University of Padova"),
        ("An Oxford University group reported lower rates.", "Oxford University"),
        ("This Karolinska Institute cohort followed 900 adults.", "Karolinska Institute"),
        ("The University of Otago researchers found a link.", "The University of Otago"),
        ("One Stanford University lab tested the drug in mice.", "Stanford University"),
    ],
)
def test_a_leading_article_is_not_the_institution(text: str, name: str) -> None:
    assert institutions_in(text) == [name]
    named = [m.place for m in place_mentions(text) if m.place]
    assert name in named
    assert all(p.split()[0] not in {"A", "An", "This", "One"} for p in named)


def test_an_institution_team_is_judged_by_its_whole_name() -> None:
    record = _record(
        ["We propose a new imaging method for mapping single compounds."],
        ["Department of Physics, University of Trento, I-38123 Trento, Italy."],
    )
    claim = "A University of Trento team in Italy proposed a new imaging method."
    result = verify(claim, record)
    country = [f for f in result.findings if f.kind is FindingKind.COUNTRY]
    assert country and all(f.verdict is not Verdict.METADATA_MISMATCH for f in country)


def test_government_bodies_still_read_after_an_article() -> None:
    assert institutions_in("the US Environmental Protection Agency said") == [
        "US Environmental Protection Agency"
    ]
    assert institutions_in("The Food and Drug Administration approved it") == [
        "Food and Drug Administration"
    ]


# --- a town the tables do not know, named by an address, still says where ------------------


@pytest.mark.parametrize(
    ("affiliation", "country", "town"),
    [
        (
            "Dipartimento di Biologia, Università della Tuscia, 01100 Viterbo, Italy.",
            "Italy",
            "Viterbo",
        ),
        ("Department of Surgery, Hospital Clinic, 31008 Pamplona, Spain", "Spain", "Pamplona"),
        ("Institut für Physiologie, D-35392 Giessen, Germany.", "Germany", "Giessen"),
        ("Department of Medicine, Boston, MA 02115, USA.", "United States", None),
        ("University of Perugia, Italy.", "Italy", None),
    ],
)
def test_the_town_before_the_country(affiliation: str, country: str, town: str | None) -> None:
    assert _town_before_country(affiliation, country) == town


def test_a_known_city_against_an_unknown_town_of_the_same_country_is_not_in_source() -> None:
    # Review mend of round 25: a town no table knows may be a suburb or campus of the claimed
    # city ("Rozzano" for Milan), so it gives NOT_IN_SOURCE, not METADATA_MISMATCH.
    record = _record(
        ["Motility of frozen spermatozoa dropped after thawing."],
        ["Dipartimento di Scienze, Università degli Studi, 06123 Foligno, Italy."],
    )
    wrong = verify("Scientists based in Milan found that motility dropped after thawing.", record)
    assert wrong.verdict is Verdict.NOT_IN_SOURCE
    right = verify("Scientists based in Foligno found that motility dropped after thawing.", record)
    assert right.verdict is not Verdict.METADATA_MISMATCH


# --- head counts of the study, design words between, and nouns for people ------------------


@pytest.mark.parametrize(
    ("claim", "n"),
    [
        ("In this 24-patient open-label trial, headaches eased.", 24),
        ("A 60-participant randomized double-blind study found lower scores.", 60),
        ("The 12-person pilot crossover study was small.", 12),
        ("In a 40-volunteer placebo-controlled trial, sleep improved.", 40),
    ],
)
def test_n_patient_study_with_design_words(claim: str, n: int) -> None:
    assert [s.n for s in extract_assertions(claim).sample_sizes] == [n]


@pytest.mark.parametrize("noun", ["farmers", "sprayers", "miners", "caregivers", "firefighters"])
def test_more_people_nouns_count_the_sample(noun: str) -> None:
    sizes = extract_assertions(f"The survey included 512 {noun} from three regions.").sample_sizes
    assert [s.n for s in sizes] == [512]


SURVEY = _record(
    [
        "We studied 240 patients with chronic migraine in an open-label trial.",
        "Of these, 60 patients reported nausea and 30 patients reported dizziness.",
        "Headache days fell significantly over 12 weeks.",
    ]
)


def test_a_wrong_study_size_with_design_words_is_a_metadata_mismatch() -> None:
    claim = "In this 400-patient open-label trial, headache days fell significantly over 12 weeks."
    assert verify(claim, SURVEY).verdict is Verdict.METADATA_MISMATCH


def test_a_right_study_size_with_design_words_is_supported() -> None:
    claim = "In this 240-patient open-label trial, headache days fell significantly over 12 weeks."
    assert verify(claim, SURVEY).verdict is Verdict.SUPPORTED


CASES_CONTROLS = _record(
    [
        "We measured serum ferritin in 412 colorectal cancer cases and 1,230 matched controls.",
        "Higher ferritin was associated with higher risk of colorectal cancer.",
    ]
)


@pytest.mark.parametrize("controls", ["2,500", "600", "about 3,000"])
def test_a_wrong_control_group_size_is_a_metadata_mismatch(controls: str) -> None:
    claim = (
        f"In a study of 412 people with colorectal cancer and {controls} matched controls, "
        "higher ferritin went with higher cancer risk."
    )
    assert verify(claim, CASES_CONTROLS).verdict is Verdict.METADATA_MISMATCH


def test_the_right_control_group_size_is_supported() -> None:
    claim = (
        "In a study of 412 people with colorectal cancer and 1,230 matched controls, "
        "higher ferritin went with higher cancer risk."
    )
    findings = verify(claim, CASES_CONTROLS).findings
    sizes = [f for f in findings if f.kind in (FindingKind.SAMPLE_SIZE, FindingKind.QUANTITY)]
    assert sizes and all(f.verdict is Verdict.SUPPORTED for f in sizes)


# --- an institution named after a town, the authors all in another town of that country -----


GRANADA = _record(
    ["Sprint speed rose after eight weeks of plyometric training."],
    ["Sports Research Centre, Regional Government of Andalusia, Granada, Spain."],
)


@pytest.mark.parametrize(
    "claim",
    [
        "A University of Valencia group found that sprint speed rose after plyometric training.",
        "Researchers from the University of Madrid found sprint speed rose after training.",
    ],
)
def test_an_institution_named_after_another_town_is_a_mismatch(claim: str) -> None:
    country = [f for f in verify(claim, GRANADA).findings if f.kind is FindingKind.COUNTRY]
    assert any(f.verdict is Verdict.METADATA_MISMATCH for f in country), claim


def test_an_institution_in_the_affiliated_town_is_not_a_mismatch() -> None:
    claim = "A University of Granada group found that sprint speed rose after plyometric training."
    country = [f for f in verify(claim, GRANADA).findings if f.kind is FindingKind.COUNTRY]
    assert all(f.verdict is not Verdict.METADATA_MISMATCH for f in country)


def test_a_state_in_a_us_institution_name_is_not_looked_for_among_towns() -> None:
    record = _record(
        ["Sprint speed rose after eight weeks of plyometric training."],
        ["Department of Kinesiology, Houston, TX 77204, USA."],
    )
    claim = "A University of Texas group found that sprint speed rose after plyometric training."
    country = [f for f in verify(claim, record).findings if f.kind is FindingKind.COUNTRY]
    assert all(f.verdict is not Verdict.METADATA_MISMATCH for f in country)
