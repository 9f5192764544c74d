"""Population: who was studied. People against animals is a mismatch; conditions must be named.

- The claim speaks of people (patients, participants) and the record is a preclinical study
  (animals or cells, no people anywhere in it) -> METADATA_MISMATCH; the reverse too. A claim
  that names the animals itself and carries the result over to people, or speaks of people in
  general, reports a finding the record lacks -> NOT_IN_SOURCE; people named only as whom the work
  may one day help are no population claim. People
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
from claimcheck.verification.checks.common import (
    in_record,
    indexing_concepts,
    metadata_evidence,
    quoted,
    record_vocabulary,
    sentence_evidence,
)
from claimcheck.verification.checks.design import (
    CASE,
    OBSERVATIONAL,
    PRECLINICAL,
    TRIAL,
    design_profile,
)
from claimcheck.verification.checks.sample_size import stated_sizes
from claimcheck.verification.index import IndexedSentence, RecordIndex, Term, terms_of

_CLINICAL_KINDS: Final = frozenset({TRIAL, OBSERVATIONAL, CASE})


def check_population(
    assertions: Assertions, record: PubMedRecord, index: RecordIndex
) -> list[Finding]:
    findings = []
    swapped = _swapped_sex(assertions.text, index)
    if swapped is not None:
        findings.append(swapped)
    elsewhere = _only_elsewhere(assertions, index)
    if elsewhere is not None:
        findings.append(elsewhere)
    for population in assertions.populations:
        carriers = population.human and _GENETIC_SUBGROUP.match(
            assertions.text, population.phrase.end
        )
        if carriers:
            # A human genetic finding: against a record that found it only in animals or cells
            # it is unreported; otherwise whether the record reports it is support's question.
            unreported = _carriers_unreported(population, carriers.group().strip(), record, index)
            if unreported is not None:
                findings.append(unreported)
            continue
        finding = _judge(population, record, index, assertions.text)
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


# People picked by a gene in the record's own words: "patients carrying the variant",
# "mutation carriers", "individuals with the allele".
_HUMAN_CARRIERS: Final = re.compile(
    rf"{lx.HUMAN_WORDS.pattern}\b[^.;]{{0,60}}?\b(?:carr(?:y|ying|ied|iers?)|harbou?r\w*|"
    r"variants?|mutations?|alleles?|polymorphisms?|genotypes?|SNPs?)\b"
    r"|\b(?:carriers?|heterozygotes?|homozygotes?|probands?|families|pedigrees?|kindreds?)\b",
    re.IGNORECASE,
)


def _carriers_unreported(
    population: PopulationAssertion, carrying: str, record: PubMedRecord, index: RecordIndex
) -> Finding | None:
    """A claim about people carrying a gene variant against a preclinical record (knock-out
    mice, recombinant channels) that never speaks of human carriers: the finding is the
    animals' or the cells', and no human genetic finding is reported."""
    profile = design_profile(record, index)
    if profile.kind != PRECLINICAL or profile.kind_evidence is None:
        return None
    if any(_HUMAN_CARRIERS.search(s.text) for s in index.sentences):
        return None
    said = f"{population.phrase.text} {carrying}"
    return Finding(
        kind=FindingKind.POPULATION,
        verdict=Verdict.NOT_IN_SOURCE,
        message=f"the claim is about {said}, but the record reports this in animals or cells, "
        "not in people",
        claim_says=said,
        source_says=profile.kind_evidence.matched_terms[0]
        if profile.kind_evidence.matched_terms
        else None,
        evidence=profile.kind_evidence,
        confidence=0.7,
    )


def _judge(
    population: PopulationAssertion, record: PubMedRecord, index: RecordIndex, claim_text: str
) -> Finding | None:
    profile = design_profile(record, index)
    if (
        population.human
        and profile.kind == PRECLINICAL
        and profile.kind_evidence
        and not _beneficiaries(claim_text, population.phrase.start)
    ):
        # A claim that itself names the animals and then carries the result over to people,
        # or speaks of people in general ("why the drug knocks people out"), reports a finding
        # the record does not have; it does not misdescribe whom the record studied.
        extended = _extends_to_people(claim_text, population.phrase.text)
        return Finding(
            kind=FindingKind.POPULATION,
            verdict=Verdict.NOT_IN_SOURCE if extended else Verdict.METADATA_MISMATCH,
            message=f"the claim puts the finding in {population.phrase.text}, but the record "
            "studied animals or cells, not people",
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
    own = index.memo("own-subject-concepts", lambda: _own_subject_concepts(record, index))
    if all(term in own for term in population.terms):
        return Finding(
            kind=FindingKind.POPULATION,
            verdict=Verdict.SUPPORTED,
            message=f"the record studied {population.phrase.text}",
            claim_says=population.phrase.text,
            evidence=metadata_evidence(record.title, "title"),
            confidence=0.7,
        )
    unnamed = _never_named(population, record, index)
    if unnamed is not None:
        return unnamed
    background = [
        s for s in _background(index)
        if all(term in s.concepts for term in population.terms)
    ]  # fmt: skip
    if not background or any(_restates(s, claim_text, population) for s in background):
        return None
    return Finding(
        kind=FindingKind.POPULATION,
        verdict=Verdict.NOT_IN_SOURCE,
        message=f"the record speaks of {population.phrase.text} only as background, not as the "
        f"ones it studied: \u201c{quoted(background[0].text)}\u201d",
        claim_says=population.phrase.text,
        source_says=quoted(background[0].text),
        evidence=sentence_evidence(background[0]),
        confidence=0.6,
    )


# People named as whom the work may one day help ("could eventually help patients", "a possible
# treatment for people with pain"): the hope of a preclinical study, not where it found anything.
_FUTURE_USE: Final = re.compile(
    r"\b(?:could|may|might|would|will|one\s+day|some\s?day|eventually|future|potential(?:ly)?|"
    r"possible|possibly|hope|promise|promising|pave|lead\s+to|towards?)\b",
    re.IGNORECASE,
)
_FOR_WHOM: Final = re.compile(
    r"\b(?:help|helps|helping|benefit|benefits|benefiting|treat|treating|treatments?|therap(?:y|ies)|"
    r"drugs?|medicines?|for|to)\s+(?:[\w'-]+\s+){0,3}$",
    re.IGNORECASE,
)


_PEOPLE_IN_GENERAL: Final = frozenset({"people", "humans", "persons", "someone", "anyone"})


def _extends_to_people(claim: str, phrase: str) -> bool:
    """Whether the claim names the animals or cells too, or speaks of people in general."""
    return bool(lx.ANIMAL_WORDS.search(claim)) or phrase.strip().lower() in _PEOPLE_IN_GENERAL


def _beneficiaries(claim: str, start: int) -> bool:
    """Whether the people at ``start`` are only those the work may one day help."""
    clause_start = max(claim.rfind(c, 0, start) for c in ".;:") + 1
    before = claim[clause_start:start]
    return bool(_FOR_WHOM.search(before) and _FUTURE_USE.search(before))


def _never_named(
    population: PopulationAssertion, record: PubMedRecord, index: RecordIndex
) -> Finding | None:
    """A condition the record never names anywhere ("patients with panic disorder" against a
    study of anxiety disorders): the claim speaks of people the record did not study."""
    everywhere = record_vocabulary(record, index)
    missing = [
        t for t in terms_of(population.phrase.text)
        if t.stem in population.terms and not t.is_number and not t.concepts & everywhere
    ]  # fmt: skip
    if not missing:
        return None
    return Finding(
        kind=FindingKind.POPULATION,
        verdict=Verdict.NOT_IN_SOURCE,
        message=f"the claim is about {population.phrase.text}, but the record never names "
        f"{', '.join(t.text for t in missing)}",
        claim_says=population.phrase.text,
        confidence=0.6,
    )


# A sentence about the work itself: who "we" studied, what "this study" did, who was enrolled.
_ABOUT_THE_WORK: Final = re.compile(
    r"\b(?:we|our|us|here(?:in)?|this\s+(?:is|was|study|trial|review|analysis|work|article|paper|"
    r"report|meta-analysis)|the\s+present|in\s+this|(?:were|was)\s+(?:enroll?ed|randomi[sz]ed|"
    r"recruited|included|studied|assigned|allocated|treated|given|followed|assessed|examined|"
    r"evaluated|tested|measured)|participants|subjects|completed|underwent)\b",
    re.IGNORECASE,
)
_BACKGROUND_LABELS: Final = frozenset({"background", "introduction", "context", "rationale"})


def _background(index: RecordIndex) -> list[IndexedSentence]:
    """The abstract's opening sentences before the first one about the work itself, and any
    sentence under a background label that does not speak of the work."""
    found = []
    reached_work = False
    for sentence in index.abstract_sentences:
        about_work = bool(_ABOUT_THE_WORK.search(sentence.text))
        reached_work = reached_work or about_work
        if not about_work and (not reached_work or sentence.section in _BACKGROUND_LABELS):
            found.append(sentence)
    return found


def _own_subject_concepts(record: PubMedRecord, index: RecordIndex) -> frozenset[str]:
    """Concepts of the title, the indexing terms and the sentences about the work itself."""
    background = {s.position for s in _background(index)}
    return frozenset(
        c for s in index.sentences if s.position not in background for c in s.concepts
    ) | indexing_concepts(record)


# Share of the claim's other words a background sentence must hold for the claim to be a
# restatement of it ("ketamine has rapid antidepressant actions in depressed patients").
_RESTATES: Final = 0.6


def _restates(sentence: IndexedSentence, claim_text: str, population: PopulationAssertion) -> bool:
    rest = [
        t for t in terms_of(claim_text)
        if not t.is_number
        and not population.phrase.start <= t.start < population.phrase.end
        and t.stem not in population.terms
    ]  # fmt: skip
    if not rest:
        return True
    held = [t for t in rest if t.concepts & sentence.concepts]
    return len(held) >= _RESTATES * len(rest)


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


# --- a finding the record keeps to one group ---------------------------------------------------
#
# "In the intact protein only, one of the heme irons exists in two environments": a claim that
# gives the finding to another group the record names ("only in the flavin-free subunit", "in
# the subunit, ...") or to both ("in both the intact protein and its subunit") contradicts it.

_GROUP: Final = r"(?:the\s+|its\s+|their\s+|a\s+)?(?P<{name}>(?:[\w-]+\s+){{0,3}}?[\w-]+)"
_RECORD_ONLY: Final = re.compile(
    r"\b(?:in|for|among|with)\s+" + _GROUP.format(name="g") + r"\s+only\b"
    r"|\bonly\s+(?:in|for|among|with)\s+"
    + _GROUP.format(name="h")
    + r"(?=\s*[,;]|\s+(?:did|does|was|were|is|are|had|has)\b)",
    re.IGNORECASE,
)
_CLAIM_BOTH: Final = re.compile(
    r"\b(?:in|for|among|with)\s+both\s+"
    + _GROUP.format(name="x")
    + r"\s+and\s+"
    + _GROUP.format(name="y")
    + r"(?=\s*[,;]|\s+(?:did|does|was|were|is|are|had|has)\b)",
    re.IGNORECASE,
)
_CLAIM_LEADING: Final = re.compile(
    r"^\s*(?:in|for|among|with)\s+" + _GROUP.format(name="y") + r"\s*,", re.IGNORECASE
)
# Share of the claim's other words the restricted sentence must hold to be about its finding.
ONLY_SAME_FINDING: Final = 0.7


def _only_elsewhere(assertions: Assertions, index: RecordIndex) -> Finding | None:
    claim = assertions.text
    groups = _claimed_groups(claim)
    if not groups:
        return None
    for sentence in index.abstract_sentences:
        for match in _RECORD_ONLY.finditer(sentence.text):
            kept = _concepts(match["g"] or match["h"])
            taken = [span for _, span in groups]
            rest = [t for t in terms_of(claim) if not t.is_number
                    and not any(a <= t.start < b for a, b in taken)]  # fmt: skip
            if not _holds(sentence, rest):
                continue
            named = [(words, _concepts(words)) for words, _ in groups]
            group = match["g"] or match["h"]
            others = [w for w, c in named if not c & kept and _in_record(index, w)
                      and _set_beside(index, group, w)]  # fmt: skip
            if not others or (len(named) == 1 and named[0][1] & kept):
                continue
            return Finding(
                kind=FindingKind.POPULATION,
                verdict=Verdict.CONTRADICTED,
                message=f"the claim gives this finding to '{others[0]}', but the abstract "
                f"says it held '{match.group().strip()}'",
                claim_says=others[0],
                source_says=quoted(sentence.text),
                evidence=sentence_evidence(sentence, extra=[match.group().strip()]),
                confidence=0.75,
            )
    return None


def _claimed_groups(claim: str) -> list[tuple[str, tuple[int, int]]]:
    """The groups a claim gives its finding to, with where each is written."""
    both = _CLAIM_BOTH.search(claim)
    if both:
        return [(both["x"], both.span("x")), (both["y"], both.span("y"))]
    for match in _RECORD_ONLY.finditer(claim):
        name = "g" if match["g"] else "h"
        return [(match[name], match.span(name))]
    leading = _CLAIM_LEADING.match(claim)
    if leading:
        return [(leading["y"], leading.span("y"))]
    return []


def _set_beside(index: RecordIndex, kept: str, other: str) -> bool:
    """Whether the record names the two groups side by side ("in the intact protein and the
    subunit"), so the claim's group is one of the record's groups, not any phrase ("in the
    trial")."""
    kept_head = re.escape(kept.split()[-1])
    other_head = re.escape(other.split()[-1])
    join = r"\b[^.;]{0,40}?\b(?:and|or|versus|vs\.?|than|compared\s+with)\b[^.;]{0,40}?\b"
    pattern = re.compile(
        rf"\b{kept_head}{join}{other_head}\b|\b{other_head}{join}{kept_head}\b", re.IGNORECASE
    )
    return any(pattern.search(s.text) for s in index.sentences)


def _concepts(words: str) -> frozenset[str]:
    return frozenset(c for t in terms_of(words) if not t.is_number for c in t.concepts)


def _in_record(index: RecordIndex, words: str) -> bool:
    terms = [t for t in terms_of(words) if not t.is_number]
    return bool(terms) and all(in_record(index, t) for t in terms)


def _holds(sentence: IndexedSentence, terms: list[Term]) -> bool:
    """Whether the sentence holds the claim's finding: most of its words, groups aside."""
    if not terms:
        return False
    held = [t for t in terms if t.concepts & sentence.concepts]
    return len(held) >= ONLY_SAME_FINDING * len(terms)
