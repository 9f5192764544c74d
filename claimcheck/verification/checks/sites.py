"""Sites: a claim calling the work multicentre (or single-site) against what the record says.

A study run at one site is not a multicentre study and the reverse; when the record says
neither, the claim's word is left to the other checks (most abstracts never say).
"""

from __future__ import annotations

import re
from typing import Final

from claimcheck.pubmed.model import PubMedRecord
from claimcheck.report.model import Evidence, Finding, FindingKind, Verdict
from claimcheck.verification.assertions import Assertions
from claimcheck.verification.index import IndexedSentence, RecordIndex, terms_of
from claimcheck.verification.places import (
    QualifiedGroup,
    countries_in,
    included_studies,
    names_place,
    studied_places,
)

MULTI_SITE: Final = re.compile(
    r"\bmulti[\s-]?(?:cent(?:re|er)|site|institution(?:al)?)(?:s|d)?\b"
    r"|\b(?:several|multiple|\d+|two|three|four|five|six|seven|eight|nine|ten)\s+"
    r"(?:cent(?:re|er)s|sites|hospitals|clinics|institutions)\b",
    re.IGNORECASE,
)
SINGLE_SITE: Final = re.compile(
    r"\b(?:single|one|mono)[\s-]?(?:cent(?:re|er)|site|institution(?:al)?|hospital|clinic)(?:d)?\b",
    re.IGNORECASE,
)


def site_kind(text: str) -> tuple[str, re.Match[str]] | None:
    """ "multi" or "single" with the words that say it, or None when the text says neither."""
    multi, single = MULTI_SITE.search(text), SINGLE_SITE.search(text)
    if multi and not single:
        return "multi", multi
    if single and not multi:
        return "single", single
    return None


def check_sites(assertions: Assertions, record: PubMedRecord, index: RecordIndex) -> list[Finding]:
    return place_of_groups(assertions.text, index, record) + _site_findings(assertions.text, index)


def place_of_groups(claim: str, index: RecordIndex, record: PubMedRecord) -> list[Finding]:
    """A studied group the claim places ("five European cohorts", "patients from Korea") against
    where the record's title and abstract place its participants or data. Where the data came
    from is part of the study's description, like its design; the affiliations say where the
    researchers work, a different fact, and never back it ("in American patients" by US
    authors alone is NOT_IN_SOURCE)."""
    findings: list[Finding] = []
    for group in studied_places(claim):
        finding = _judge_group(group, index, record, claim)
        if finding is not None:
            findings.append(finding)
    return findings


def _record_groups(index: RecordIndex) -> tuple[tuple[QualifiedGroup, IndexedSentence], ...]:
    return index.memo(
        "studied-places",
        lambda: tuple((g, s) for s in index.sentences for g in studied_places(s.text)),
    )


def _record_countries(index: RecordIndex) -> frozenset[str]:
    return index.memo(
        "record-countries",
        lambda: frozenset(countries_in(" ".join(s.text for s in index.sentences))),
    )


def _judge_group(
    group: QualifiedGroup, index: RecordIndex, record: PubMedRecord, claim: str
) -> Finding | None:
    placed = _record_groups(index)
    same = [(g, s) for g, s in placed if g.countries & group.countries]
    if same:
        other, sentence = same[0]
        return _finding(group, other, sentence, Verdict.SUPPORTED, "as the claim does", 0.7)
    record_text = " ".join(s.text for s in index.sentences)
    if names_place(record_text, group.place) or _record_countries(index) & group.countries:
        return None  # the record names the place, though not as the participants' (left open)
    if placed:
        other, sentence = placed[0]
        verdict = (
            Verdict.CONTRADICTED if _restates(claim, group, sentence) else Verdict.METADATA_MISMATCH
        )
        return _finding(group, other, sentence, verdict, f"not {group.place}", 0.75)
    # Where the authors work is not where their participants live: "in American patients"
    # needs the record to place them, an affiliation in the US does not.
    affiliations = [a for author in record.authors for a in author.affiliations]
    authors_there = not included_studies(group.noun) and any(
        countries_in(a) & group.countries for a in affiliations
    )
    return Finding(
        kind=FindingKind.COUNTRY,
        verdict=Verdict.NOT_IN_SOURCE,
        message=f"the claim says {group.text}, but the record does not say where its "
        f"{'studies' if included_studies(group.noun) else 'participants or data'} came from"
        + (" (the authors work there, which does not say it)" if authors_there else ""),
        claim_says=group.text,
        confidence=0.7,
    )


# The share of the claim's other words the record's sentence must hold for the claim to be that
# sentence retold: then the place is the one detail it changes, a wrong statement of the
# sentence (CONTRADICTED), not a wrong label on a finding told elsewhere (METADATA_MISMATCH).
_RESTATED_SHARE: Final = 0.85
_RESTATED_FLOOR: Final = 4  # words besides the place, so that a bare "European cohorts" is not it


def _restates(claim: str, group: QualifiedGroup, sentence: IndexedSentence) -> bool:
    """ "Telomere length was measured in 386 cases and 896 controls from five European cohorts"
    against "We measured telomere length in 386 cases and 896 controls from five prospective US
    cohorts": the claim retells the very sentence that places the group, wrong only in where."""
    if not claim:
        return False
    place = {t.stem for t in terms_of(group.place)}
    own = {t.stem for t in terms_of(claim) if not t.is_number} - place
    if len(own) < _RESTATED_FLOOR:
        return False
    held = {c for t in sentence.terms for c in t.concepts} | {t.stem for t in sentence.terms}
    return len(own & held) >= _RESTATED_SHARE * len(own)


def _finding(
    group: QualifiedGroup,
    other: QualifiedGroup,
    sentence: IndexedSentence,
    verdict: Verdict,
    tail: str,
    confidence: float,
) -> Finding:
    start = max(sentence.text.find(other.text), 0)
    return Finding(
        kind=FindingKind.COUNTRY,
        verdict=verdict,
        message=f"the claim says {group.text}, and the record says {other.text}, {tail}"
        if verdict is Verdict.SUPPORTED
        else f"the claim says {group.text}, but the record says {other.text}",
        claim_says=group.text,
        source_says=other.text,
        evidence=Evidence(
            sentence=sentence.text,
            span=sentence.absolute(start, start + len(other.text)),
            section=sentence.section,
            matched_terms=[other.text],
        ),
        confidence=confidence,
    )


def _site_findings(claim: str, index: RecordIndex) -> list[Finding]:
    claimed = site_kind(claim)
    if claimed is None:
        return []
    kind, claim_match = claimed
    for sentence in index.sentences:
        found = site_kind(sentence.text)
        if found is None:
            continue
        record_kind, match = found
        evidence = Evidence(
            sentence=sentence.text,
            span=sentence.absolute(match.start(), match.end()),
            section=sentence.section,
            matched_terms=[match.group()],
        )
        if record_kind == kind:
            return [
                Finding(
                    kind=FindingKind.DESIGN,
                    verdict=Verdict.SUPPORTED,
                    message=f"the record calls the work {match.group()}, as the claim does",
                    claim_says=claim_match.group(),
                    source_says=match.group(),
                    evidence=evidence,
                )
            ]
        return [
            Finding(
                kind=FindingKind.DESIGN,
                verdict=Verdict.METADATA_MISMATCH,
                message=f"the claim calls the work {claim_match.group()}, but the record "
                f"describes it as {match.group()}",
                claim_says=claim_match.group(),
                source_says=match.group(),
                evidence=evidence,
                confidence=0.9,
            )
        ]
    return []
