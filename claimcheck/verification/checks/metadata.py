"""Year and journal: what the claim says about where and when the cited work appeared.

Year: a claim's publication year ("a 2019 review", "a trial from 2020", "as far back as the
year 2000") must equal the record's print year or its electronic (ArticleDate) year; either is
accepted because articles commonly appear online a year before the issue.

Journal: a claimed name matches the record's journal title, ISO abbreviation or MEDLINE
abbreviation after normalising case, "&"/"and", "the", a subtitle after ":", a parenthesised
place ("(Oxford, England)"), and abbreviation prefixes ("Anesth Analg" ~ "Anesthesia and
Analgesia").
"""

from __future__ import annotations

import re
from typing import Final

from claimcheck.pubmed.model import PubMedRecord
from claimcheck.report.model import Finding, FindingKind, Verdict
from claimcheck.verification.assertions import Assertions, YearAssertion
from claimcheck.verification.checks.common import metadata_evidence
from claimcheck.verification.index import RecordIndex

_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def check_metadata(
    assertions: Assertions, record: PubMedRecord, index: RecordIndex
) -> list[Finding]:
    findings = [year_finding(y, record) for y in assertions.years]
    findings += [
        journal_finding(j.name, record, claim_words=j.phrase.text) for j in assertions.journals
    ]
    return findings


# --- year -------------------------------------------------------------------------------------


def publication_dates(record: PubMedRecord) -> str:
    parts = []
    if record.pub_date.year:
        month = record.pub_date.month
        label = f"{record.pub_date.year}" + (f" {_MONTHS[month - 1]}" if month else "")
        parts.append(f"published {label}")
    for date in record.article_dates:
        if date.year:
            month = f" {_MONTHS[date.month - 1]}" if date.month else ""
            day = f" {date.day}" if date.month and date.day else ""
            parts.append(f"e-published {date.year}{month}{day}")
            break
    return "; ".join(parts)


_YEAR_IN_RAW: Final = re.compile(r"\b(?:1[89]|20)\d\d\b")


def _range_years(record: PubMedRecord) -> list[int]:
    """An issue dated "1998 Dec-1999 Jan" (a MedlineDate) appeared in both years."""
    raw = record.pub_date.raw or ""
    return [int(y) for y in _YEAR_IN_RAW.findall(raw)]


def year_finding(claim: YearAssertion, record: PubMedRecord) -> Finding:
    years = sorted({y for y in (record.year, record.epub_year, *_range_years(record)) if y})
    dates = publication_dates(record)
    if not years:
        return Finding(
            kind=FindingKind.YEAR,
            verdict=Verdict.NOT_IN_SOURCE,
            message=f"the record gives no publication year to compare with {claim.year}",
            claim_says=claim.phrase.text,
            confidence=0.5,
        )
    evidence = metadata_evidence(dates, "pub_date", [str(y) for y in years])
    if claim.year in years:
        return Finding(
            kind=FindingKind.YEAR,
            verdict=Verdict.SUPPORTED,
            message=f"the record was {dates}, matching {claim.year}",
            claim_says=claim.phrase.text,
            source_says=dates,
            evidence=evidence,
        )
    return Finding(
        kind=FindingKind.YEAR,
        verdict=Verdict.METADATA_MISMATCH,
        message=f"the claim dates the work {claim.year}, but the record was {dates}",
        claim_says=claim.phrase.text,
        source_says=dates,
        evidence=evidence,
        confidence=0.95,
    )


# --- journal ----------------------------------------------------------------------------------

_PLACE = re.compile(r"\([^)]*\)")
_NON_WORD = re.compile(r"[^\w&]+")
_FILLER = frozenset({"the", "of", "and", "&", "journal", "in", "for", "on", "de"})


def _words(name: str) -> list[str]:
    name = _PLACE.sub(" ", name.split(" : ")[0].split(": ")[0])
    return [w for w in _NON_WORD.split(name.lower().replace("&", " and ")) if w]


def _core(words: list[str]) -> list[str]:
    return [w for w in words if w not in _FILLER]


def journal_names(record: PubMedRecord) -> list[str]:
    journal = record.journal
    names = [journal.title, journal.iso_abbreviation, journal.medline_ta]
    if record.book and record.book.book_title:
        names.append(record.book.book_title)
    return [n for n in dict.fromkeys(names) if n]


def names_match(claimed: str, official: str) -> bool:
    """Same journal: equal core words, or one is the other's abbreviation word by word."""
    a, b = _core(_words(claimed)), _core(_words(official))
    if not a or not b:
        return False
    if a == b:
        return True
    # "Journal of Neuroscience" -> "J Neurosci": keep "journal" when abbreviating.
    a_full, b_full = _words(claimed), _words(official)
    for long, short in ((a, b), (b, a), (a_full, b_full), (b_full, a_full)):
        long_kept = [w for w in long if w not in {"the", "of", "and", "&", "in", "for", "on"}]
        short_kept = [w for w in short if w not in {"the", "of", "and", "&", "in", "for", "on"}]
        if len(long_kept) == len(short_kept) and all(
            lw.startswith(sw) for lw, sw in zip(long_kept, short_kept, strict=True)
        ):
            return True
    return False


def journal_finding(claimed: str, record: PubMedRecord, *, claim_words: str) -> Finding:
    names = journal_names(record)
    if not names:
        return Finding(
            kind=FindingKind.JOURNAL,
            verdict=Verdict.NOT_IN_SOURCE,
            message=f"the record names no journal to compare with '{claimed}'",
            claim_says=claim_words,
            confidence=0.5,
        )
    shown = " / ".join(names[:2])
    evidence = metadata_evidence(shown, "journal")
    if any(names_match(claimed, name) for name in names):
        return Finding(
            kind=FindingKind.JOURNAL,
            verdict=Verdict.SUPPORTED,
            message=f"published in {names[0]}, as the claim says",
            claim_says=claim_words,
            source_says=shown,
            evidence=evidence.model_copy(update={"matched_terms": [names[0]]}),
        )
    return Finding(
        kind=FindingKind.JOURNAL,
        verdict=Verdict.METADATA_MISMATCH,
        message=f"the claim names the journal '{claimed}', but the record was published in "
        f"{names[0]}",
        claim_says=claim_words,
        source_says=shown,
        evidence=evidence,
        confidence=0.9,
    )
