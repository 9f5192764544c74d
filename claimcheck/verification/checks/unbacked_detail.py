"""Claim details that no evidence sentence backs, though the claim's other words all match.

A keyword matcher finds the abstract sentence that shares a claim's words and calls the claim
supported. Two kinds of added detail ride along unseen because they are everyday words that weigh
little in retrieval:

* a *cause*: "dysregulated NMDA signalling causes depression" over "NMDA signalling is
  dysregulated in depression". The claim asserts causation; the sentence must say so too (a
  causal verb or noun: caused, induced, led to, due to, responsible for ...).
* a *primacy*: "(2R,6R)-HNK is the main mechanism of ketamine's action" over a sentence that only
  lists it among mechanisms discussed. The claim ranks one thing first; the sentence must rank too
  (main, primary, leading, best, most, only, a superlative ...).

The evidence is the record sentences that best cover the claim's key terms (the same retrieval
the support check uses). When none of them has a counterpart of the detail, the claim gets a
NOT_IN_SOURCE finding; it never changes a claim the other checks already contradict.
"""

from __future__ import annotations

import re
from typing import Final

from claimcheck.pubmed.model import PubMedRecord
from claimcheck.report.model import Finding, FindingKind, Verdict
from claimcheck.verification.assertions import Assertions
from claimcheck.verification.checks.common import Hit, quoted, retrieve, sentence_evidence
from claimcheck.verification.index import RecordIndex

# "X causes Y", "X caused Y", "X is the cause of Y", "X is responsible for Y", "causally linked".
# Not "causing"/"to cause" (a description of an effect: "potency for causing loss of righting")
# and not after a pronoun of a relative clause ("the dissociation it causes").
_CLAIMED_CAUSE: Final = re.compile(
    r"(?<!\bit )(?<!\bto )(?<!\bthey )(?<!\bthat )(?<!\bwhich )(?<!\bwho )"
    r"\b(?:causes|caused|cause)\b(?!\s+(?:of|for)\s+(?:concern|alarm)\b)"
    r"|\b(?:is|are|was|were|be|been|as)\s+(?:the|a|one)\s+(?:\w+\s+)?cause\s+of\b"
    r"|\b(?:is|are|was|were|be|been)\s+(?:\w+ly\s+)?responsible\s+for\b"
    r"|\bcausal(?:ly)?\b",
    re.IGNORECASE,
)
# What in an evidence sentence says "cause": a causal verb, noun or connective.
_EVIDENCED_CAUSE: Final = re.compile(
    r"\b(?:caus\w*|induc\w*|produc\w*|provok\w*|elicit\w*|evok\w*|trigger\w*|"
    r"lead(?:s|ing)?\s+to|led\s+to|result(?:s|ed|ing)?\s+in|responsible|due\s+to|because|"
    r"attribut\w*|mediat\w*|driv(?:e|es|en|ing)|drove|underl(?:ie|ies|ying|ay)|"
    r"account(?:s|ed)?\s+for|exert\w*|gives?\s+rise|gave\s+rise|generat\w*|"
    r"etiolog\w*|aetiolog\w*|pathogen\w*|pathophysiolog\w*)\b",
    re.IGNORECASE,
)
# "X is the main mechanism", "was the best predictor", "remains the leading cause": a ranking.
# The noun must not be a fixed name ("primary endpoint", "major depression", "key words").
_RANK_WORDS: Final = (
    r"main|primary|principal|chief|predominant|dominant|leading|major|key|foremost|"
    r"single\s+most\s+\w+|most\s+\w+|best|biggest|greatest|largest|strongest|"
    r"most|only|sole"
)
_CLAIMED_RANK: Final = re.compile(
    r"\b(?:is|are|was|were|be|been|as|remains?|remained)\s+(?:by\s+far\s+)?the\s+"
    rf"(?:single\s+)?(?P<rank>{_RANK_WORDS})\s+(?P<noun>[a-z][\w-]*)",
    re.IGNORECASE,
)
_FIXED_NOUNS: Final = frozenset(
    [
        "outcome",
        "outcomes",
        "endpoint",
        "endpoints",
        "end-point",
        "depression",
        "depressive",
        "care",
        "author",
        "authors",
        "investigator",
        "investigators",
        "analysis",
        "analyses",
        "aim",
        "aims",
        "objective",
        "objectives",
        "purpose",
        "measure",
        "measures",
        "goal",
        "question",
        "site",
        "sites",
    ]
)
# What in an evidence sentence ranks: a primacy word or a superlative.
_EVIDENCED_RANK: Final = re.compile(
    r"\b(?:main|mainly|primary|primarily|principal|principally|principle|chief|chiefly|"
    r"predominant\w*|dominant|leading|major|majority|key|foremost|central|critical|crucial|"
    r"essential|pivotal|first|initial|only|sole|solely|unique|exclusive\w*|most|best|"
    r"greatest|largest|biggest|strongest|highest|lowest|smallest|commonest|earliest|"
    r"superior|outperform\w*|better|more\s+\w+\s+than|mostly|largely)\b",
    re.IGNORECASE,
)
# The sentences the support check could rest on: the best-covering ones, within this much of the
# best coverage, at most this many.
NEAR_BEST: Final = 0.2
MAX_EVIDENCE: Final = 3
MIN_COVERAGE: Final = 0.5
CONFIDENCE: Final = 0.6


def check_unbacked_detail(
    assertions: Assertions, record: PubMedRecord, index: RecordIndex
) -> list[Finding]:
    del record  # the evidence is the record's indexed sentences
    claim = assertions.text
    cause = _CLAIMED_CAUSE.search(claim)
    rank = _claimed_rank(claim)
    if cause is None and rank is None:
        return []
    evidence = _evidence(index, assertions)
    if not evidence:
        return []  # nothing backs the claim: the support check says so itself
    findings: list[Finding] = []
    if cause is not None and not any(_EVIDENCED_CAUSE.search(h.sentence.text) for h in evidence):
        findings.append(
            _finding(
                evidence[0],
                claim,
                f"the claim says '{cause.group().strip()}', but the evidence reports no cause",
            )
        )
    if rank is not None and not any(_EVIDENCED_RANK.search(h.sentence.text) for h in evidence):
        findings.append(
            _finding(
                evidence[0],
                claim,
                f"the claim ranks it '{rank}', but the evidence ranks nothing",
            )
        )
    return findings


def _claimed_rank(claim: str) -> str | None:
    for match in _CLAIMED_RANK.finditer(claim):
        if match.group("noun").lower() not in _FIXED_NOUNS:
            return f"the {match.group('rank')} {match.group('noun')}"
    return None


def _evidence(index: RecordIndex, assertions: Assertions) -> list[Hit]:
    hits = retrieve(index, assertions.key_terms, title_credit=True)
    if not hits:
        return []
    hits.sort(key=lambda h: (-h.coverage, -h.score, h.sentence.position))
    best = hits[0].coverage
    if best < MIN_COVERAGE:
        return []
    return [h for h in hits[:MAX_EVIDENCE] if h.coverage >= best - NEAR_BEST]


def _finding(lead: Hit, claim: str, what: str) -> Finding:
    return Finding(
        kind=FindingKind.SUPPORT,
        verdict=Verdict.NOT_IN_SOURCE,
        message=f"{what}: \u201c{quoted(lead.sentence.text, 140)}\u201d",
        claim_says=claim,
        source_says=quoted(lead.sentence.text),
        evidence=sentence_evidence(lead.sentence, lead.words),
        confidence=CONFIDENCE,
    )
