"""Population: who was studied. People against animals is a mismatch; conditions must be named.

- The claim speaks of people (patients, participants) and the record is a preclinical study
  (animals or cells, no people anywhere in it) -> METADATA_MISMATCH; the reverse too.
- The claim's condition words ("patients with chronic pain") found in the record's title,
  abstract, MeSH headings or keywords -> SUPPORTED. Missing ones are left to qualitative support
  (which already demands them), so they are not counted twice.
"""

from __future__ import annotations

from claimcheck.pubmed.model import PubMedRecord
from claimcheck.report.model import Finding, FindingKind, Verdict
from claimcheck.verification import lexicon as lx
from claimcheck.verification.assertions import Assertions, PopulationAssertion
from claimcheck.verification.checks.common import metadata_evidence
from claimcheck.verification.checks.design import PRECLINICAL, design_profile
from claimcheck.verification.index import RecordIndex, terms_of


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
    humans = any(lx.HUMAN_WORDS.search(s.text) for s in index.sentences) or any(
        h.descriptor.strip().lower() == "humans" for h in record.mesh_headings
    )
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
    if (
        population.human is False
        and humans
        and not any(lx.ANIMAL_WORDS.search(s.text) for s in index.sentences)
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


def _metadata_concepts(record: PubMedRecord) -> frozenset[str]:
    words = " ".join([*(h.descriptor for h in record.mesh_headings), *record.keywords])
    return frozenset(c for t in terms_of(words) for c in t.concepts)
