"""Numbers and metadata, round 7: a time's own unit is no shared measure, a clause without its
own subject shares the sentence's, years a report is dated by, search dates and dates the record
never gives, counts of controls only against controls, and designs a review reports."""

from __future__ import annotations

from synthetic_records import made_up_record

from claimcheck.pubmed.model import PartialDate, PubMedRecord
from claimcheck.report.model import Finding, FindingKind, Verdict
from claimcheck.verification.engine import clear_caches, verify


def _findings(claim: str, record: PubMedRecord, kind: FindingKind) -> list[Finding]:
    clear_caches()
    return [f for f in verify(claim, record).findings if f.kind is kind]


def _verdicts(claim: str, record: PubMedRecord, kind: FindingKind) -> set[Verdict]:
    return {f.verdict for f in _findings(claim, record, kind)}


NAUSEA = made_up_record(
    "Forty adults with chemotherapy nausea received ginger capsules.",
    "Relief of nausea began within a day of the first capsule, and lasted for up to 3 weeks.",
    "Appetite scores were recorded at week 2 and week 6, and declined over time.",
    pmid="900701",
)


def test_a_subjectless_clause_is_told_of_the_sentence_subject() -> None:
    assert _verdicts(
        "The nausea relief lasted for up to two months.", NAUSEA, FindingKind.QUANTITY
    ) == {Verdict.CONTRADICTED}
    assert _verdicts(
        "Relief from nausea lasted for up to three weeks.", NAUSEA, FindingKind.QUANTITY
    ) == {Verdict.SUPPORTED}


SWELLING = made_up_record(
    "Two hours after the injection, knee swelling scores fell by 30%, as did stiffness.",
    "Walking speed was timed at week 2 and at week 10 and improved over time.",
    pmid="900702",
)


def test_a_time_unit_alone_does_not_make_the_same_measure() -> None:
    found = _verdicts(
        "Knee swelling scores were 30% lower two weeks after the injection.",
        SWELLING,
        FindingKind.QUANTITY,
    )
    assert Verdict.CONTRADICTED in found


def _dated(*sentences: str, year: int, pmid: str) -> PubMedRecord:
    return made_up_record(*sentences, pmid=pmid, pub_date=PartialDate(year=year))


def test_a_year_introduced_by_reported_in_dates_the_publication() -> None:
    record = _dated(
        "Patients were enrolled between 2003 and 2006 at four hospitals.",
        "Early mobilisation shortened hospital stay.",
        year=2009,
        pmid="900703",
    )
    wrong = "Early mobilisation shortened hospital stay, surgeons reported in 2014."
    assert Verdict.METADATA_MISMATCH in _verdicts(wrong, record, FindingKind.YEAR)
    right = "Early mobilisation shortened hospital stay, surgeons reported in 2009."
    assert _verdicts(right, record, FindingKind.YEAR) == {Verdict.SUPPORTED}


def test_a_search_end_date_meets_the_record_search_dates() -> None:
    record = _dated(
        "We searched Embase and CINAHL from inception to March 2015 for cohort studies.",
        "Statins were associated with fewer falls.",
        year=2016,
        pmid="900704",
    )
    claim = "The reviewers scoured databases for cohort studies up to the end of 2018."
    assert Verdict.CONTRADICTED in _verdicts(claim, record, FindingKind.YEAR)
    same = "The reviewers searched databases for cohort studies up to March 2015."
    assert Verdict.CONTRADICTED not in _verdicts(same, record, FindingKind.YEAR)


def test_a_date_the_record_never_gives_is_not_in_source() -> None:
    record = _dated(
        "We searched five databases and included 31 cohort studies.",
        "Statins were associated with fewer falls.",
        year=2016,
        pmid="900705",
    )
    claim = "The review searched five databases for studies published until June 2016."
    assert _verdicts(claim, record, FindingKind.YEAR) == {Verdict.NOT_IN_SOURCE}
    # The publication year, worded loosely, is left to the year check.
    loose = "In 2016, statins were linked with fewer falls."
    assert Verdict.NOT_IN_SOURCE not in _verdicts(loose, record, FindingKind.YEAR)


def test_a_count_of_controls_is_only_compared_with_controls() -> None:
    record = made_up_record(
        "We studied 214 patients with gout recruited from rheumatology clinics.",
        "Serum urate was higher in patients who flared.",
        pmid="900706",
    )
    found = _verdicts(
        "The study compared 214 patients with 300 healthy controls.",
        record,
        FindingKind.SAMPLE_SIZE,
    )
    assert Verdict.METADATA_MISMATCH not in found
    assert Verdict.SUPPORTED not in {
        f.verdict
        for f in _findings(
            "The study compared 214 patients with 300 healthy controls.",
            record,
            FindingKind.SAMPLE_SIZE,
        )
        if "300" in (f.claim_says or "")
    }


def test_a_review_s_trials_do_not_show_a_randomised_controlled_trial() -> None:
    review = made_up_record(
        "Here we review trials of supervised exercise for chronic low back pain.",
        "Exercise reduced pain in most trials.",
        pmid="900707",
    )
    claim = "The review reports a randomized controlled trial in which exercise reduced pain."
    found = _findings(claim, review, FindingKind.DESIGN)
    reported = [f for f in found if "reports" in f.message]
    assert reported and all(f.verdict is Verdict.NOT_IN_SOURCE for f in reported)
