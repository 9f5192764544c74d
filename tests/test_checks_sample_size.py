"""Sample size claims against the counts of people (or studies) the abstract states."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from claimcheck.pubmed.model import AbstractSection, PubMedRecord
from claimcheck.pubmed.parser import parse_records
from claimcheck.report.model import Verdict
from claimcheck.verification.assertions import extract_assertions
from claimcheck.verification.checks.sample_size import check_sample_size
from claimcheck.verification.index import build_index

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


@cache
def record(pmid: str) -> PubMedRecord:
    return parse_records((FIXTURES / f"{pmid}.xml").read_bytes())[0]


def verdicts(claim: str, rec: PubMedRecord) -> list[Verdict]:
    findings = check_sample_size(extract_assertions(claim), rec, build_index(rec))
    return [f.verdict for f in findings]


def test_a_size_in_words_matches_a_size_in_digits() -> None:
    # Phillips 2019: "Forty-one participants with treatment-resistant depression completed ..."
    assert verdicts("The trial enrolled 41 participants", record("30922101")) == [Verdict.SUPPORTED]


def test_n_of_n_reads_the_total() -> None:
    # Glue 2018: "20 patients" and "Of the 20 patients, 18 ...".
    assert verdicts("18 of the 20 patients studied improved", record("29561204")) == [
        Verdict.SUPPORTED
    ]


def test_a_size_the_record_never_states_is_a_mismatch() -> None:
    rec = record("30922101")
    (finding,) = check_sample_size(
        extract_assertions("The trial enrolled 60 participants"), rec, build_index(rec)
    )
    assert finding.verdict is Verdict.METADATA_MISMATCH
    assert "Forty-one participants" in finding.message


def test_studies_are_compared_with_studies() -> None:
    rec = PubMedRecord(
        pmid="1",
        title="Review",
        abstract=[AbstractSection(text="We included 12 trials with 1,420 patients.")],
    )
    assert verdicts("a meta-analysis of 12 trials", rec) == [Verdict.SUPPORTED]
    assert verdicts("a meta-analysis of 15 trials", rec) == [Verdict.METADATA_MISMATCH]
    assert verdicts("in 1,420 patients", rec) == [Verdict.SUPPORTED]


def test_no_stated_size_is_not_in_source() -> None:
    assert verdicts("a study of 30 patients", record("17430148")) == [Verdict.NOT_IN_SOURCE]


def test_a_sentence_opening_count_whose_noun_follows_an_aside() -> None:
    samples = Path(__file__).resolve().parents[2] / "shared" / "eutils-samples"
    (rec,) = [r for r in parse_records((samples / "pubmed6.xml").read_bytes())]
    # "Thirteen male endurance-trained [VMLSS 15.0 ± 1.1 km·h^-1; ...] ... runners conducted"
    assert verdicts("Thirteen runners took part in the study", rec) == [Verdict.SUPPORTED]
    assert verdicts("Twenty runners took part in the study", rec) == [Verdict.METADATA_MISMATCH]
