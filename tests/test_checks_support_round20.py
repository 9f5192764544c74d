"""Round 20 (support): a substituted named thing never passes as paraphrase slack, and words
only the metadata can back (the journal's name, the places of the affiliations) are not
demanded as finding words."""

from __future__ import annotations

import pytest

from claimcheck.pubmed.model import AbstractSection, Author, Journal, PubMedRecord
from claimcheck.report.model import Finding, Verdict
from claimcheck.verification.checks.support import _affiliation_names
from claimcheck.verification.engine import record_index, verify
from claimcheck.verification.kinds import kind_of


def _support(findings: list[Finding]) -> Finding:
    return next(f for f in findings if f.kind.value == "support")


_SELENIUM = PubMedRecord(
    pmid="1",
    title="Selenium supplements in older adults",
    abstract=[
        AbstractSection(
            text="We reviewed trials of selenium supplements in older adults. "
            "Long-term intake of high-dose selenium is restricted by hair loss and "
            "renal toxicity in some patients. "
            "Benefits on mortality were not shown."
        )
    ],
)


@pytest.mark.parametrize(
    ("claim", "rival"),
    [
        # an element for another, in the record's own slot
        ("Hair loss and renal toxicity restrict long-term intake of high-dose copper.", "selenium"),
        # an organ for another, however common the word
        (
            "Hair loss and hepatic toxicity restrict long-term intake of high-dose selenium.",
            "renal",
        ),
    ],
)
def test_a_rival_member_of_the_same_kind_is_contradicted(claim: str, rival: str) -> None:
    finding = _support(verify(claim, _SELENIUM).findings)
    assert finding.verdict is Verdict.CONTRADICTED
    assert rival in finding.message


def test_a_named_thing_the_record_never_names_blocks_support() -> None:
    claim = "Long-term intake of high-dose selenium is restricted by hair loss in smokers."
    finding = _support(verify(claim, _SELENIUM).findings)
    assert finding.verdict is not Verdict.SUPPORTED


@pytest.mark.parametrize(
    "claim",
    [
        "Hair loss and renal toxicity restrict long-term intake of high-dose selenium.",
        # a known lay equivalent of the record's organ word
        "Hair loss and kidney toxicity restrict long-term intake of high-dose selenium.",
    ],
)
def test_the_records_word_or_its_equivalent_is_supported(claim: str) -> None:
    assert _support(verify(claim, _SELENIUM).findings).verdict is Verdict.SUPPORTED


def test_a_plain_word_for_the_same_region_is_no_rival() -> None:
    record = PubMedRecord(
        pmid="2",
        title="Selenium supplements in older adults",
        abstract=[
            AbstractSection(
                text="We reviewed trials of selenium supplements in older adults. "
                "Long-term intake of high-dose selenium is restricted by hair loss and "
                "gastrointestinal toxicity in some patients."
            )
        ],
    )
    claim = "Hair loss and stomach toxicity restrict long-term intake of high-dose selenium."
    assert _support(verify(claim, record).findings).verdict is Verdict.SUPPORTED


@pytest.mark.parametrize(
    ("word", "kind"),
    [
        ("zinc", "element"),
        ("Cardiac", "organ"),
        ("rats", "organism"),
        ("atorvastatin", "drug"),
        ("adalimumab", "drug"),
        ("hepatitis", "disease"),
        ("lymphocytes", "cell"),
        ("adolescents", "population"),
    ],
)
def test_kinds_of_named_things(word: str, kind: str) -> None:
    assert kind_of(word) == kind


@pytest.mark.parametrize("word", ["limit", "potential", "side", "reported", "use", "lead"])
def test_everyday_wording_names_no_kind(word: str) -> None:
    assert kind_of(word) is None


_LACTATE = PubMedRecord(
    pmid="3",
    title="Lactate thresholds in trained cyclists",
    abstract=[
        AbstractSection(
            text="Eleven trained cyclists completed incremental tests. "
            "The lactate threshold predicted time-trial power (r = 0.88)."
        )
    ],
    journal=Journal(title="Journal of Applied Physiology", iso_abbreviation="J Appl Physiol"),
    authors=[
        Author(
            last_name="Okafor",
            fore_name="Ada",
            affiliations=["Institute of Sport Science, University of Graz, 8010 Graz, Austria."],
        )
    ],
)


@pytest.mark.parametrize(
    "claim",
    [
        "A 2019 Journal of Applied Physiology study found the lactate threshold predicted "
        "time-trial power in trained cyclists.",
        "J Appl Physiol cycling study: the lactate threshold predicted time-trial power.",
        "A Graz, Austria team found the lactate threshold predicted time-trial power in "
        "trained cyclists.",
    ],
)
def test_metadata_words_are_not_demanded_as_findings(claim: str) -> None:
    assert _support(verify(claim, _LACTATE).findings).verdict is Verdict.SUPPORTED


def test_only_the_place_segments_of_an_affiliation_are_metadata_words() -> None:
    names = _affiliation_names(_LACTATE, record_index(_LACTATE))
    assert {"graz", "austria"} <= names
    assert not names & {"institute", "sport", "science", "university"}


def test_a_place_word_only_the_affiliation_names_still_needs_the_finding() -> None:
    claim = "A Graz team found the lactate threshold predicted sprint speed in rowers."
    assert _support(verify(claim, _LACTATE).findings).verdict is not Verdict.SUPPORTED


# --- named rating scales ----------------------------------------------------------------------

_SCALES = PubMedRecord(
    pmid="2",
    title="Psilocybin for treatment-resistant depression",
    abstract=[
        AbstractSection(
            text="Thirty adults with treatment-resistant depression received psilocybin. "
            "Response was a fall of at least 50% on the Montgomery-Åsberg Depression Rating "
            "Scale (MADRS) one week after dosing."
        )
    ],
)


@pytest.mark.parametrize(
    "claim",
    [
        "Response was a fall of at least 50% on the Hamilton Depression Rating Scale.",
        "Response meant scores on the HDRS fell by at least 50%.",
        "Response was a fall of at least 50% on the Beck Depression Inventory.",
    ],
)
def test_another_rating_scale_is_not_supported(claim: str) -> None:
    assert verify(claim, _SCALES).verdict is not Verdict.SUPPORTED


@pytest.mark.parametrize(
    "claim",
    [
        "Response was a fall of at least 50% on the MADRS.",
        "Response was a fall of at least 50% on the Montgomery-Asberg scale.",
        "Response was a fall of at least 50% on the Montgomery-Åsberg scale.",
    ],
)
def test_the_records_own_scale_by_initials_or_plain_spelling_is_supported(claim: str) -> None:
    assert verify(claim, _SCALES).verdict is Verdict.SUPPORTED
