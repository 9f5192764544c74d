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
from claimcheck.verification.index import RecordIndex
from claimcheck.verification.places import names_place, qualified_groups

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
    return place_of_groups(assertions.text, index) + _site_findings(assertions.text, index)


def place_of_groups(claim: str, index: RecordIndex) -> list[Finding]:
    """A studied group the claim places ("five European cohorts") that the record places
    elsewhere ("five prospective US cohorts"): where the data came from is part of the study's
    description, like its design."""
    findings: list[Finding] = []
    record_text = " ".join(s.text for s in index.sentences)
    for group in qualified_groups(claim):
        if names_place(record_text, group.place):
            continue  # the record names the claimed place too ("US and UK cohorts")
        for sentence in index.sentences:
            others = [g for g in qualified_groups(sentence.text) if g.noun == group.noun]
            if not others or any(g.countries & group.countries for g in others):
                continue
            start = sentence.text.find(others[0].text)
            findings.append(
                Finding(
                    kind=FindingKind.COUNTRY,
                    verdict=Verdict.METADATA_MISMATCH,
                    message=f"the claim says {group.text}, but the record says {others[0].text}",
                    claim_says=group.text,
                    source_says=others[0].text,
                    evidence=Evidence(
                        sentence=sentence.text,
                        span=sentence.absolute(start, start + len(others[0].text)),
                        section=sentence.section,
                        matched_terms=[others[0].text],
                    ),
                    confidence=0.75,
                )
            )
            break
    return findings


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
