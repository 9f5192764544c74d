"""Round 24 review mend (citation metadata): dotted country abbreviations as places, workplace
words that name a topic rather than a field, EU funders, generic "<Word> in <Journal>" series,
counted figures read as years, a city's country, and one reading of a cited journal's name."""

from __future__ import annotations

from claimcheck.pubmed.model import AbstractSection, Author, Grant, Journal, PubMedRecord
from claimcheck.report.model import FindingKind, Verdict
from claimcheck.verification.assertions import extract_assertions, prose_workplaces
from claimcheck.verification.checks.funding import judge_funder
from claimcheck.verification.checks.metadata import journal_finding, workplace_finding
from claimcheck.verification.engine import verify
from claimcheck.verification.places import place_mentions

_RESULT = "Ketamine was safe and well tolerated in patients with treatment-resistant depression."


def _record(abstract: str = _RESULT, **kw) -> PubMedRecord:
    kw.setdefault("title", "Ketamine for treatment-resistant depression: an open trial")
    return PubMedRecord(pmid="1", abstract=[AbstractSection(text=abstract)], **kw)


def _authors(*affiliations: str) -> list[Author]:
    return [Author(last_name=f"A{i}", affiliations=[a]) for i, a in enumerate(affiliations)]


# --- 1. "U.S.", "U.K.", "St." are read as places ---------------------------------------------


def test_dotted_country_abbreviations_are_places():
    for claim, country in (
        ("U.S. researchers found that ketamine was safe.", "United States"),
        ("Researchers in the U.S. found that ketamine was safe.", "United States"),
        ("Scientists in the U.K. showed that ketamine was safe.", "United Kingdom"),
        ("A team from the U.S.A. reported that ketamine was safe.", "United States"),
    ):
        assert country in [m.country for m in place_mentions(claim)], claim
    assert [m.place for m in place_mentions("Researchers in St. Louis found X.")] == ["St. Louis"]


def test_dotted_country_against_other_affiliations_is_a_mismatch():
    record = _record(authors=_authors("University of Sydney, Sydney, NSW, Australia"))
    for claim in (
        f"U.S. researchers found that {_RESULT[0].lower()}{_RESULT[1:]}",
        f"Researchers in the U.K. found that {_RESULT[0].lower()}{_RESULT[1:]}",
    ):
        assert verify(claim, record).verdict is Verdict.METADATA_MISMATCH, claim


# --- 2 and 5. workplace words: a field is the affiliations', a topic the finding's -------------


def test_workplace_words_are_split_into_field_and_topic():
    from claimcheck.verification.assertions import WorkplacePart, workplace_words

    def parts(text: str) -> dict[str, WorkplacePart]:
        return {m.group(): p for m, p in workplace_words(text)}

    assert parts("schizophrenia clinic")["schizophrenia"] is WorkplacePart.TOPIC
    assert parts("telomere lab")["telomere"] is WorkplacePart.TOPIC
    assert parts("pancreatic cancer team")["cancer"] is WorkplacePart.TOPIC
    assert parts("cardiology department")["cardiology"] is WorkplacePart.FIELD
    assert parts("sports medicine centre")["sports"] is WorkplacePart.MODIFIER
    assert parts("small Italian physics department")["Italian"] is WorkplacePart.FRAME


def test_topic_words_of_a_workplace_stay_finding_words():
    for claim, word in (
        ("A schizophrenia clinic found that weekly ketamine dosing was safe.", "schizophrenia"),
        ("An opioid addiction clinic found that ketamine was safe.", "addiction"),
        ("Ketamine was safe and well tolerated, the opioid detox unit reported.", "detox"),
        ("A telomere lab in Boston found that short telomeres raised risk.", "telomere"),
    ):
        words = {t.text.lower() for t in extract_assertions(claim).key_terms}
        assert word in words, claim
    field = extract_assertions("A cardiology department in Boston found that ketamine was safe.")
    assert "cardiology" not in {t.text.lower() for t in field.key_terms}


def test_a_workplace_topic_the_record_lacks_is_not_supported():
    # no affiliations at all: nothing could back the workplace, so its words must be found
    record = _record()
    for claim in (
        "A schizophrenia clinic found that ketamine was safe and well tolerated.",
        "An opioid addiction clinic reported that ketamine was safe and well tolerated.",
        "Ketamine was safe and well tolerated, the alcohol detox unit reported.",
        "In a trial, an adolescent psychiatry unit found that ketamine was safe and tolerated.",
        "A geriatrics team found that ketamine was safe and well tolerated.",
    ):
        assert verify(claim, record).verdict is not Verdict.SUPPORTED, claim


def test_a_field_without_affiliations_must_be_named_by_the_record():
    record = _record()
    lacking = prose_workplaces("A dermatology unit found that ketamine was safe.")[0]
    found = workplace_finding(lacking, record)
    assert found is not None and found.verdict is Verdict.NOT_IN_SOURCE
    named = prose_workplaces("A depression clinic found that ketamine was safe.")[0]
    assert workplace_finding(named, record) is None  # a topic: the support check's


def test_a_workplace_naming_the_topic_is_no_mismatch():
    abstract = (
        "Shorter leucocyte telomere length was associated with higher risk of pancreatic "
        "cancer in a nested case-control study of mice and men."
    )
    record = _record(
        abstract,
        title="Telomere length and pancreatic cancer",
        authors=_authors("Department of Epidemiology, Harvard School of Public Health, Boston"),
    )
    for claim in (
        "A telomere lab in Boston found that shorter leucocyte telomere length was associated "
        "with higher risk of pancreatic cancer.",
        "A pancreatic cancer team in Boston found that shorter leucocyte telomere length was "
        "associated with higher risk of pancreatic cancer.",
    ):
        workplace = extract_assertions(claim).workplaces[0]
        finding = workplace_finding(workplace, record)
        assert finding is None or finding.verdict is not Verdict.METADATA_MISMATCH, claim
    wrong = extract_assertions(
        "A cardiology department in Boston found that telomere length predicted cancer."
    ).workplaces[0]
    finding = workplace_finding(wrong, record)
    assert finding is not None and finding.verdict is Verdict.METADATA_MISMATCH
    right = extract_assertions("An epidemiology team in Boston found X.").workplaces[0]
    finding = workplace_finding(right, record)
    assert finding is not None and finding.verdict is Verdict.SUPPORTED


# --- 3. EU funding: only the EU's own bodies -----------------------------------------------


def _funded(claim: str, grants: list[Grant]):
    sponsors = [s for s in extract_assertions(claim).sponsors if s.funded]
    assert sponsors, claim
    return judge_funder(sponsors[0], _record(grants=grants))


def test_european_societies_are_no_eu_funders():
    for agency in (
        "European Foundation for the Study of Diabetes",
        "European Association for the Study of the Liver",
        "European Society of Cardiology",
        "Horizon Pharma",
        "Marie Curie",
    ):
        grants = [Grant(agency=agency, country="International")]
        for claim in (
            "An EU-funded trial cut relapse.",
            "A study funded by the European Union found fewer falls.",
            "A Horizon 2020 funded cohort found X.",
        ):
            assert _funded(claim, grants).verdict is Verdict.METADATA_MISMATCH, (claim, agency)


def test_eu_bodies_back_eu_funding_however_named():
    for agency in (
        "European Commission",
        "H2020 European Research Council",
        "Horizon 2020 Framework Programme",
        "FP7 Ideas: European Research Council",
        "Innovative Medicines Initiative",
    ):
        grants = [Grant(agency=agency, country="International")]
        for claim in (
            "An EU-funded trial cut relapse.",
            "An E.U.-funded trial cut relapse.",
            "A study funded by the European Union found fewer falls.",
            "A Horizon 2020 funded cohort found X.",
            "A Horizon 2020-funded cohort found X.",
            "A cohort funded through Horizon 2020 found X.",
        ):
            assert _funded(claim, grants).verdict is Verdict.SUPPORTED, (claim, agency)


def test_eu_funding_still_needs_every_named_funder():
    grants = [Grant(agency="European Commission", country="International")]
    claim = "A study funded by the European Union and the Wellcome Trust found X."
    assert _funded(claim, grants).verdict is Verdict.METADATA_MISMATCH


# --- 4. "Research in <Journal>": the work, not a series title -------------------------------


def test_a_generic_word_before_the_records_journal_is_no_other_title():
    record = _record(
        journal=Journal(title="Molecular psychiatry", iso_abbreviation="Mol Psychiatry")
    )
    for name in ("Research in Molecular Psychiatry", "Studies in Molecular Psychiatry"):
        finding = journal_finding(name, record, claim_words=name)
        assert finding.verdict is Verdict.SUPPORTED, name
    for name in ("Frontiers in Psychiatry", "Research in Nursing"):
        finding = journal_finding(name, record, claim_words=name)
        assert finding.verdict is Verdict.METADATA_MISMATCH, name


def test_research_in_the_records_journal_is_supported_whole():
    record = _record(
        journal=Journal(title="Molecular psychiatry", iso_abbreviation="Mol Psychiatry")
    )
    claim = "Research in Molecular Psychiatry showed that ketamine was safe and well tolerated."
    journals = [f for f in verify(claim, record).findings if f.kind is FindingKind.JOURNAL]
    assert journals and all(f.verdict is Verdict.SUPPORTED for f in journals)


# --- 6. a figure counting what follows is no year ------------------------------------------


def test_a_counted_figure_is_no_publication_year():
    for claim in (
        "The commentary of 2000 clinicians in Lancet Psychiatry found ketamine was safe.",
        "A study of 2000 patients found ketamine was safe.",
        "A survey of 1999 psychiatrists found ketamine was popular.",
        "The report from 2000 surgeons found fewer infections.",
    ):
        assert not extract_assertions(claim).years, claim
    for claim in (
        "An editorial from 2011 in the BMJ questioned screening.",
        "A study of 2000 found ketamine was safe.",
        "The 2010 trials showed fewer falls.",
    ):
        assert extract_assertions(claim).years, claim


# --- 7. a city's country is only the country -----------------------------------------------


def test_a_citys_country_takes_no_further_name():
    a = extract_assertions("Researchers in Oxford, UK Biobank data showed higher stroke risk.")
    assert "Biobank" in [t.text for t in a.key_terms]
    assert [s.phrase.text for s in a.sponsors] == ["Oxford, UK"]
    b = extract_assertions("Researchers in Paris, France Telecom records showed longer calls.")
    assert "Telecom" in [t.text for t in b.key_terms]
    c = extract_assertions("A team in Leeds, England, found lower rates of falls.")
    assert [s.phrase.text for s in c.sponsors] == ["Leeds, England"]


# --- 8. one reading of a cited journal's name ------------------------------------------------


def test_bracketed_citations_share_one_reading():
    a = extract_assertions("Falls fell (Okafor et al., MADRS).")
    assert not a.journals  # an acronym of the topic, with or without a year
    b = extract_assertions("Falls fell (Okafor et al., Stroke Research Journal).")
    assert [j.name for j in b.journals] == ["Stroke Research Journal"]
    c = extract_assertions("Falls fell (Danish Stroke Registry, 2015).")
    assert not c.journals and [y.year for y in c.years] == [2015]


def test_author_brackets_give_journals_alone():
    from claimcheck.verification.assertions import JournalAssertion, _author_bracket_journals

    found = _author_bracket_journals(
        "Pain fell (Lee and Kim, Front Physiol) and (Roe et al., MADRS)."
    )
    assert [j.name for j in found] == ["Front Physiol"]
    assert all(isinstance(j, JournalAssertion) for j in found)
