"""Population: who was studied. People against animals is a mismatch; conditions must be named.

- The claim speaks of people (patients, participants) and the record is a preclinical study
  (animals or cells, no people anywhere in it) -> METADATA_MISMATCH; the reverse too. People
  picked by a gene ("people carrying HCN1 variants") claim a human genetic finding: whether the
  record reports one is qualitative support's question (NOT_IN_SOURCE), not the population's.
- The claim counts the record's studied group by its number but gives it the other sex
  ("679 female applicators" against "679 men", no woman mentioned) -> CONTRADICTED.
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
from claimcheck.verification.assertions import (
    NUMBER_WORD_RUN,
    Assertions,
    PopulationAssertion,
    parse_count,
)
from claimcheck.verification.checks.common import metadata_evidence, quoted, sentence_evidence
from claimcheck.verification.checks.design import (
    CASE,
    OBSERVATIONAL,
    PRECLINICAL,
    TRIAL,
    design_profile,
)
from claimcheck.verification.checks.sample_size import stated_sizes
from claimcheck.verification.index import IndexedSentence, RecordIndex, terms_of

_CLINICAL_KINDS: Final = frozenset({TRIAL, OBSERVATIONAL, CASE})


def check_population(
    assertions: Assertions, record: PubMedRecord, index: RecordIndex
) -> list[Finding]:
    findings = []
    swapped = _swapped_sex(assertions.text, index)
    if swapped is not None:
        findings.append(swapped)
    for population in assertions.populations:
        if population.human and _GENETIC_SUBGROUP.match(assertions.text, population.phrase.end):
            continue  # a human genetic finding the record may not report: support's question
        finding = _judge(population, record, index)
        if finding is not None:
            findings.append(finding)
    return findings[:2]


# "people carrying HCN1 variants", "patients with the short allele": people picked by a gene,
# which says the record found something about human carriers. Against a knock-out mouse study
# that is an unreported finding, not a wrong description of whom the work studied.
_GENETIC_SUBGROUP: Final = re.compile(
    r"\s+(?:who\s+(?:carry|carried|have|had|harbou?r)|carrying|harbou?ring|with|bearing)\s+"
    r"(?:[\w()/+-]+\s+){0,4}?(?:variants?|mutations?|alleles?|polymorphisms?|genotypes?|"
    r"deletions?|knock-?outs?|SNPs?|copies)\b",
    re.IGNORECASE,
)


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


# --- sex: "679 female applicators" against "679 men" -------------------------------------------

_FEMALE: Final = re.compile(r"\b(?:females?|women|woman|girls?)\b", re.IGNORECASE)
_MALE: Final = re.compile(r"\b(?:males?|men|man|boys?)\b", re.IGNORECASE)
# A counted group of one sex: "679 men", "thirteen male endurance-trained runners".
_COUNTED_SEX: Final = re.compile(
    rf"\b(?P<n>\d[\d,]*|{NUMBER_WORD_RUN})\s+(?:[\w-]+\s+){{0,2}}?"
    r"(?P<sex>females?|women|girls|males?|men|boys)\b",
    re.IGNORECASE,
)


def _sex_of(word: str) -> str:
    return "female" if _FEMALE.fullmatch(word) else "male"


def _counted_groups(text: str) -> list[tuple[int, str, re.Match[str]]]:
    found = []
    for match in _COUNTED_SEX.finditer(text):
        count = parse_count(match["n"])
        if count is not None:
            found.append((count, _sex_of(match["sex"]), match))
    return found


def _swapped_sex(claim: str, index: RecordIndex) -> Finding | None:
    """The claim counts the record's studied group by its number but gives it the other sex
    ("679 female applicators" where the record has "679 men" and never speaks of women). A
    group the claim adds ("a separate group of female runners") carries no such count."""
    if _FEMALE.search(claim) and _MALE.search(claim):
        return None  # both sexes: a comparison or a mixed sample, not a swap
    for count, sex, match in _counted_groups(claim):
        mentions = _FEMALE if sex == "female" else _MALE
        if any(mentions.search(s.text) for s in index.sentences):
            return None
        stated = _stated_group(index, count, sex)
        if stated is not None:
            sentence, group = stated
            return Finding(
                kind=FindingKind.POPULATION,
                verdict=Verdict.CONTRADICTED,
                message=f"the claim says '{match.group()}', but the record studied "
                f"{group} and never mentions {'women' if sex == 'female' else 'men'}",
                claim_says=match.group(),
                source_says=quoted(sentence.text),
                evidence=sentence_evidence(sentence, extra=[group]),
                confidence=0.8,
            )
    return None


def _stated_group(index: RecordIndex, count: int, sex: str) -> tuple[IndexedSentence, str] | None:
    """A sentence counting the same number of people of the other sex."""
    for sentence in index.sentences:
        for stated, stated_sex, match in _counted_groups(sentence.text):
            if stated == count and stated_sex != sex:
                return sentence, match.group()
    return None
