"""Explicit ``expect:`` entries: facts the editor asked to have checked, each its own finding.

Each entry reuses the check for its kind (year, journal, design, sample size, comparator,
country) on the editor's value instead of words read from the claim; numbers must appear in
the abstract (any context: the editor vouches for what they measure). Findings carry kind
EXPECTATION and say which entry they answer.
"""

from __future__ import annotations

from claimcheck.claims.model import Expect
from claimcheck.pubmed.model import PubMedRecord
from claimcheck.report.model import Finding, FindingKind, Verdict
from claimcheck.verification import lexicon as lx
from claimcheck.verification.assertions import (
    DesignAssertion,
    Phrase,
    SampleSize,
    SponsorAssertion,
    YearAssertion,
    classify_comparator,
    parse_count,
)
from claimcheck.verification.checks.common import (
    metadata_evidence,
    record_vocabulary,
    sentence_evidence,
)
from claimcheck.verification.checks.comparator import judge_comparator, record_comparators
from claimcheck.verification.checks.design import design_profile, judge_design
from claimcheck.verification.checks.funding import judge_place
from claimcheck.verification.checks.metadata import journal_finding, year_finding
from claimcheck.verification.checks.sample_size import judge_sample_size
from claimcheck.verification.index import RecordIndex, terms_of
from claimcheck.verification.quantities import find_quantities, quantities_match


def check_expectations(expect: Expect, record: PubMedRecord, index: RecordIndex) -> list[Finding]:
    findings: list[Finding] = []
    for number in expect.numbers:
        findings.append(_labelled(f"numbers '{number}'", _number(number, index)))
    if expect.year is not None:
        year = YearAssertion(expect.year, _phrase(str(expect.year)))
        findings.append(_labelled("year", year_finding(year, record)))
    if expect.journal:
        findings.append(
            _labelled(
                "journal", journal_finding(expect.journal, record, claim_words=expect.journal)
            )
        )
    for design in expect.design:
        findings.append(_labelled(f"design '{design}'", _design(design, record, index)))
    if expect.sample_size is not None:
        size = SampleSize(expect.sample_size, "participants", _phrase(str(expect.sample_size)))
        findings.append(_labelled("sample_size", judge_sample_size(size, index)))
    if expect.comparator:
        comparator = classify_comparator(_phrase(expect.comparator))
        findings.append(
            _labelled("comparator", judge_comparator(comparator, record_comparators(index)))
        )
    if expect.population:
        findings.append(_labelled("population", _population(expect.population, record, index)))
    if expect.country:
        findings.append(_labelled("country", _country(expect.country, record)))
    return findings


def _phrase(text: str) -> Phrase:
    return Phrase(text, 0, len(text))


def _labelled(entry: str, finding: Finding) -> Finding:
    return finding.model_copy(
        update={"kind": FindingKind.EXPECTATION, "message": f"expect {entry}: {finding.message}"}
    )


def _number(text: str, index: RecordIndex) -> Finding:
    wanted = find_quantities(text)
    if not wanted:
        count = parse_count(text)
        found = [q for q in find_quantities(f"{count} cases")] if count is not None else []
        wanted = found
    if not wanted:
        return Finding(
            kind=FindingKind.EXPECTATION,
            verdict=Verdict.NOT_IN_SOURCE,
            message=f"'{text}' is not a number claimcheck can read",
            claim_says=text,
            confidence=0.5,
        )
    claim_q = wanted[0]
    for sentence in index.sentences:
        for source_q in sentence.quantities:
            if quantities_match(claim_q, source_q):
                return Finding(
                    kind=FindingKind.EXPECTATION,
                    verdict=Verdict.SUPPORTED,
                    message=f"the abstract gives {source_q.text}",
                    claim_says=text,
                    source_says=source_q.text,
                    evidence=sentence_evidence(sentence, extra=[source_q.text]),
                    confidence=0.9,
                )
    return Finding(
        kind=FindingKind.EXPECTATION,
        verdict=Verdict.NOT_IN_SOURCE,
        message=f"the abstract does not give {text}",
        claim_says=text,
        confidence=0.8,
    )


def _design(text: str, record: PubMedRecord, index: RecordIndex) -> Finding:
    words = text.strip()
    negated = words.lower().startswith("not ")
    if negated:
        words = words[4:].strip()
    key = next((k for k, pattern in lx.DESIGN_PATTERNS if pattern.search(words)), None)
    if key is None:
        return Finding(
            kind=FindingKind.EXPECTATION,
            verdict=Verdict.NOT_IN_SOURCE,
            message=f"'{text}' is not a study design claimcheck knows",
            claim_says=text,
            confidence=0.5,
        )
    return judge_design(DesignAssertion(key, negated, _phrase(text)), design_profile(record, index))


def _population(text: str, record: PubMedRecord, index: RecordIndex) -> Finding:
    wanted = [t for t in terms_of(text) if not t.is_number and not lx.HUMAN_WORDS.fullmatch(t.text)]
    vocabulary = record_vocabulary(record, index)
    missing = [t.text for t in wanted if not t.concepts & vocabulary]
    if wanted and not missing:
        return Finding(
            kind=FindingKind.EXPECTATION,
            verdict=Verdict.SUPPORTED,
            message=f"the record studied {text}",
            claim_says=text,
            evidence=metadata_evidence(record.title, "title"),
            confidence=0.7,
        )
    return Finding(
        kind=FindingKind.EXPECTATION,
        verdict=Verdict.NOT_IN_SOURCE,
        message=f"the record does not mention {', '.join(missing) or text}",
        claim_says=text,
        confidence=0.7,
    )


def _country(text: str, record: PubMedRecord) -> Finding:
    country = lx.COUNTRIES.get(text.strip().lower(), text.strip())
    return judge_place(SponsorAssertion(False, country, None, _phrase(text)), record)
