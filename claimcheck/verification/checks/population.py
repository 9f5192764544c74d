"""Population: who was studied. People against animals is a mismatch; conditions must be named.

- The claim speaks of people (patients, participants) and the record is a preclinical study
  (animals or cells, no people anywhere in it) -> METADATA_MISMATCH; the reverse too.
- The claim's condition words ("patients with chronic pain") found in the record's title,
  abstract, MeSH headings or keywords -> SUPPORTED. Missing ones are left to qualitative support
  (which already demands them), so they are not counted twice.
"""

from __future__ import annotations

import re
from typing import Final

from claimcheck.pubmed.model import PubMedRecord
from claimcheck.report.model import Finding, FindingKind, Verdict
from claimcheck.verification import lexicon as lx
from claimcheck.verification.assertions import Assertions, PopulationAssertion
from claimcheck.verification.checks.common import metadata_evidence
from claimcheck.verification.checks.design import (
    CASE,
    OBSERVATIONAL,
    PRECLINICAL,
    TRIAL,
    design_profile,
)
from claimcheck.verification.checks.sample_size import stated_sizes
from claimcheck.verification.index import RecordIndex, terms_of

_CLINICAL_KINDS: Final = frozenset({TRIAL, OBSERVATIONAL, CASE})


def check_population(
    assertions: Assertions, record: PubMedRecord, index: RecordIndex
) -> list[Finding]:
    findings = []
    for population in assertions.populations:
        finding = _judge(population, record, index)
        if finding is not None:
            findings.append(finding)
    return findings[:2]


def _judge(
    population: PopulationAssertion, record: PubMedRecord, index: RecordIndex
) -> Finding | None:
    profile = design_profile(record, index)
    if population.human and profile.kind == PRECLINICAL and profile.kind_evidence:
        return Finding(
            kind=FindingKind.POPULATION,
            verdict=Verdict.METADATA_MISMATCH,
            message=f"the claim is about {population.phrase.text}, but the record studied "
            "animals or cells, not people",
            claim_says=population.phrase.text,
            source_says=profile.kind_evidence.matched_terms[0]
            if profile.kind_evidence.matched_terms
            else None,
            evidence=profile.kind_evidence,
            confidence=0.8,
        )
    if population.human is False and index.memo(
        "studied-people", lambda: _studied_people(record, index, profile.kind)
    ):
        return Finding(
            kind=FindingKind.POPULATION,
            verdict=Verdict.METADATA_MISMATCH,
            message=f"the claim is about {population.phrase.text}, but the record studied people",
            claim_says=population.phrase.text,
            confidence=0.75,
        )
    if not population.terms:
        return None
    vocabulary = frozenset(c for s in index.sentences for c in s.concepts) | _metadata_concepts(
        record
    )
    if all(term in vocabulary for term in population.terms):
        return Finding(
            kind=FindingKind.POPULATION,
            verdict=Verdict.SUPPORTED,
            message=f"the record studied {population.phrase.text}",
            claim_says=population.phrase.text,
            evidence=metadata_evidence(record.title, "title"),
            confidence=0.7,
        )
    return None


def _studied_people(record: PubMedRecord, index: RecordIndex, kind: str | None) -> bool:
    """The record positively says it studied people: MeSH "Humans" without "Animals", or a
    clinical design (trial, observational study, case report) that never mentions animals.
    "Depressed patients" in a background sentence of a mouse study or a review is not enough."""
    headings = {h.descriptor.strip().lower() for h in record.mesh_headings}
    if "animals" in headings or any(lx.ANIMAL_WORDS.search(s.text) for s in index.sentences):
        return False
    if "humans" in headings or kind in _CLINICAL_KINDS:
        return True
    if any(size.unit == "participants" for size in stated_sizes(index)):
        return True
    return any(_PEOPLE_STUDIED.search(s.text) for s in index.abstract_sentences)


# People as the ones studied ("Adults with chronic pain received drug X"), not as background
# ("ketamine has rapid antidepressant actions in depressed patients").
_PEOPLE_STUDIED: Final = re.compile(
    rf"{lx.HUMAN_WORDS.pattern}\b[^.;]{{0,60}}?\b(?:received|underwent|completed|participated|"
    r"were\s+(?:randomi[sz]ed|enrolled|recruited|assigned|allocated|included|treated|studied|"
    r"given|followed))\b",
    re.IGNORECASE,
)


def _metadata_concepts(record: PubMedRecord) -> frozenset[str]:
    words = " ".join([*(h.descriptor for h in record.mesh_headings), *record.keywords])
    return frozenset(c for t in terms_of(words) for c in t.concepts)
