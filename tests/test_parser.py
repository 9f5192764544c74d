"""The PubMed parser on genuine efetch replies (eutils-samples) and the project's fixtures."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from claimcheck.pubmed.model import PubMedRecord
from claimcheck.pubmed.parser import RecordParseError, parse_records

REPO = Path(__file__).resolve().parents[1]
SAMPLES = REPO.parent / "shared" / "eutils-samples"
FIXTURES = REPO / "fixtures"
SAMPLE_FILES = sorted(SAMPLES.glob("pubmed*.xml"))
FIXTURE_FILES = sorted(FIXTURES.glob("*.xml"))

needs_samples = pytest.mark.skipif(not SAMPLE_FILES, reason=f"{SAMPLES} is not available")


def records_of(path: Path) -> dict[str, PubMedRecord]:
    return {record.pmid: record for record in parse_records(path.read_bytes())}


def sample(name: str, pmid: str) -> PubMedRecord:
    return records_of(SAMPLES / name)[pmid]


def test_fixture_folder_is_not_empty() -> None:
    assert len(FIXTURE_FILES) >= 10


@pytest.mark.parametrize("path", SAMPLE_FILES + FIXTURE_FILES, ids=lambda path: path.name)
def test_every_sample_and_fixture_parses_into_complete_records(path: Path) -> None:
    raw = path.read_bytes()
    records = parse_records(raw)
    expected_pmids = re.findall(rb"<MedlineCitation[^>]*>\s*<PMID[^>]*>(\d+)</PMID>", raw)
    assert [record.pmid for record in records] == [pmid.decode() for pmid in expected_pmids]
    for record in records:
        assert record.title
        assert record.pub_date.year is not None
        assert record.journal.title
        for text in [record.title, *(section.text for section in record.abstract)]:
            assert "<sup>" not in text and "<i>" not in text and "<mml:" not in text
            assert "  " not in text and text == text.strip()


@needs_samples
def test_structured_abstract_with_inline_markup_pubmed4() -> None:
    record = sample("pubmed4.xml", "27797938")
    assert record.title == (
        "Leucocyte telomere length, genetic variants at the TERT gene region "
        "and risk of pancreatic cancer."
    )
    assert [section.label for section in record.abstract] == [
        "OBJECTIVE",
        "DESIGN",
        "RESULTS",
        "CONCLUSIONS",
    ]
    assert all(section.nlm_category is None for section in record.abstract)
    results = record.abstract[2].text
    assert "95% CI 1.07 to 2.78; ptrend=0.048)" in results
    assert "(linkage disequilibrium r^2<0.25) were associated" in results
    assert results.endswith("was associated with shorter telomere length (p=0.023).")
    assert "telomerase reverse transcriptase (TERT) gene region" in record.abstract[0].text


@needs_samples
def test_journal_ids_and_links_pubmed4() -> None:
    record = sample("pubmed4.xml", "27797938")
    assert record.journal.model_dump() == {
        "title": "Gut",
        "iso_abbreviation": "Gut",
        "issn": "1468-3288",
        "volume": "66",
        "issue": "6",
        "pages": "1116-1122",
        "medline_ta": "Gut",
        "country": "England",
    }
    assert (record.pub_date.year, record.pub_date.month, record.pub_date.day) == (2017, 6, None)
    assert record.doi == "10.1136/gutjnl-2016-312510"
    assert record.pmcid == "PMC5442267"
    assert record.article_ids["mid"] == "NIHMS857349"
    assert record.article_ids["pii"] == "gutjnl-2016-312510"
    comment_in = [cc for cc in record.comments_corrections if cc.ref_type == "CommentIn"]
    assert [(cc.ref_source, cc.pmid) for cc in comment_in] == [
        ("Gut. 2017 Jun;66(6):1", "27920200")
    ]
    assert sum(cc.ref_type == "Cites" for cc in record.comments_corrections) > 10
    assert not record.is_retracted and record.notices == []
    assert record.medline_status == "MEDLINE"


@needs_samples
def test_grants_authors_mesh_pubmed4() -> None:
    record = sample("pubmed4.xml", "27797938")
    first_grant = record.grants[0]
    assert (first_grant.grant_id, first_grant.acronym, first_grant.agency, first_grant.country) == (
        "KL2 TR001100",
        "TR",
        "NCATS NIH HHS",
        "United States",
    )
    assert len(record.grants) > 5
    assert record.authors[0].last_name == "Bao"
    assert record.authors[0].fore_name == "Ying"
    assert record.authors[0].affiliations[0].startswith("Channing Division of Network Medicine")
    adenocarcinoma = record.mesh_headings[0]
    assert adenocarcinoma.descriptor == "Adenocarcinoma"
    assert adenocarcinoma.descriptor_ui == "D000230"
    assert [(q.name, q.major_topic) for q in adenocarcinoma.qualifiers] == [
        ("epidemiology", True),
        ("genetics", True),
    ]
    assert record.keywords == ["PANCREATIC CANCER"]
    assert record.chemicals == ["TERT protein, human", "Telomerase"]
    assert record.languages == ["eng"]
    assert record.epub_year == 2016
    assert set(record.history) >= {"received", "accepted", "entrez", "pubmed", "medline"}


@needs_samples
def test_label_and_nlm_category_with_escaped_less_than_pubmed5() -> None:
    record = sample("pubmed5.xml", "28775130")
    assert [(s.label, s.nlm_category) for s in record.abstract] == [
        ("OBJECTIVES", "OBJECTIVE"),
        ("METHODS", "METHODS"),
        ("RESULTS", "RESULTS"),
        ("CONCLUSIONS", "CONCLUSIONS"),
    ]
    methods = record.abstract[1].text
    assert "(TSH >4.5 mIU/L) compared with normal TSH (0.4-<4.5 mIU/L)" in methods
    results = record.abstract[2].text
    assert "(ORQ3=4.15, 95% CI 1.56 to 11.01, ORQ4=4.76" in results
    assert "ptrend <0.01)" in results
    assert record.medline_status == "In-Data-Review"
    assert [(d.year, d.month, d.day) for d in record.article_dates] == [(2017, 8, 3)]
    assert record.grants[2].grant_id == "Z99 CA999999"


@needs_samples
def test_mathml_is_read_as_text_pubmed6() -> None:
    record = sample("pubmed6.xml", "30108519")
    [section] = record.abstract
    assert "mml" not in section.text and "<" not in section.text.replace("P < 0.001", "")
    assert "maximal oxygen uptake ( VO2max ) 67.6 ± 4.1 ml·kg^-1·min^-1]" in section.text
    assert "incremental running test for VO2max determination" in section.text
    assert 'the disused "Minimum Lactate Equivalent" (LEmin)' in section.text
    assert section.text.endswith("with those controlling MLSS.")
    assert record.pmcid == "PMC6079548"


@needs_samples
def test_season_date_and_record_without_abstract_pubmed1() -> None:
    records = records_of(SAMPLES / "pubmed1.xml")
    no_abstract = records["12091962"]
    assert no_abstract.abstract == [] and no_abstract.abstract_text == ""
    assert no_abstract.pub_date.year == 1990
    assert no_abstract.pub_date.season == "Spring"
    assert no_abstract.pub_date.month is None
    assert no_abstract.doi is None and no_abstract.pmcid is None
    assert no_abstract.publication_type_names == ["Journal Article", "Review"]
    assert no_abstract.publication_types[1].ui == "D016454"
    assert no_abstract.mesh_headings[-1].type == "Geographic"
    assert no_abstract.keywords == ["Health Care and Public Health", "Legal Approach"]
    assert no_abstract.history["medline"].model_dump() == {
        "year": 2002,
        "month": 7,
        "day": 16,
        "season": None,
        "raw": None,
    }
    with_abstract = records["9997"]
    assert (
        with_abstract.pub_date.year,
        with_abstract.pub_date.month,
        with_abstract.pub_date.day,
    ) == (1976, 9, 28)
    assert with_abstract.abstract[0].text.startswith("Electron paramagnetic resonance")
    assert with_abstract.chemicals


@needs_samples
def test_copyright_affiliation_and_status_pubmed2() -> None:
    records = records_of(SAMPLES / "pubmed2.xml")
    cryo = records["11748933"]
    assert cryo.copyright == "Copyright 2001 Elsevier Science."
    assert "Copyright" not in cryo.abstract_text
    assert "(P < 0.001)" in cryo.abstract_text
    assert cryo.authors[0].affiliations == [
        "Dipartimento di Scienze Ambientali, Università degli Studi della Tuscia, "
        "01100 Viterbo, Italy."
    ]
    assert cryo.journal.country == "Netherlands"
    assert cryo.medline_status == "MEDLINE"
    assert records["11700088"].medline_status == "PubMed-not-MEDLINE"
    assert records["11700088"].journal.pages == "117-23"


def test_fixture_30922101_structured_abstract_journal_and_dates() -> None:
    [record] = parse_records((FIXTURES / "30922101.xml").read_bytes())
    assert record.pmid == "30922101"
    assert [section.label for section in record.abstract] == [
        "OBJECTIVE",
        "METHODS",
        "RESULTS",
        "CONCLUSIONS",
    ]
    assert "Fifty-nine percent of participants met response criteria" in record.abstract[2].text
    assert "≥50% decrease" in record.abstract[1].text
    assert record.journal.title == "American Journal of Psychiatry"
    assert record.journal.iso_abbreviation == "Am J Psychiatry"
    assert (record.journal.volume, record.journal.issue, record.journal.pages) == (
        "176",
        "5",
        "401-409",
    )
    assert (record.pub_date.year, record.pub_date.month, record.pub_date.day) == (2019, 5, 1)
    assert [(d.year, d.month, d.day) for d in record.article_dates] == [(2019, 3, 29)]
    assert record.doi == "10.1176/appi.ajp.2018.18070834"
    assert record.publication_status == "ppublish"
    assert record.authors[0].display_name == "Phillips JL"


@needs_samples
@pytest.mark.parametrize("name", ["esearch1.xml", "esummary1.xml", "efetch_pmc.xml"])
def test_other_eutils_replies_are_not_article_sets(name: str) -> None:
    with pytest.raises(RecordParseError, match="expected a PubmedArticleSet"):
        parse_records((SAMPLES / name).read_bytes())


@needs_samples
def test_error_replies_carry_ncbi_text() -> None:
    with pytest.raises(RecordParseError, match="Neither query_key nor id specified"):
        parse_records((SAMPLES / "esummary8.xml").read_bytes())
    with pytest.raises(RecordParseError) as caught:
        parse_records((SAMPLES / "epost3.xml").read_bytes())
    assert "Empty ID list" in str(caught.value) and "invalid value" in str(caught.value)
