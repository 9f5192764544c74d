"""Claim details that no evidence sentence backs, though the claim's other words all match.

A keyword matcher finds the abstract sentence that shares a claim's words and calls the claim
supported. Added details ride along unseen because they are everyday words that weigh
little in retrieval:

* a *cause*: "dysregulated NMDA signalling causes depression" over "NMDA signalling is
  dysregulated in depression". The claim asserts causation; the sentence must say so too (a
  causal verb or noun: caused, induced, led to, due to, responsible for ...).
* a *primacy*: "(2R,6R)-HNK is the main mechanism of ketamine's action" over a sentence that only
  lists it among mechanisms discussed. The claim ranks one thing first (or, with "only"/"sole",
  alone); the sentence must rank it too, with a ranking word (main, primary, leading, most, a
  superlative; for "only", an exclusive word) within reach of the ranked thing's name. Fixed names
  that only look like rankings ("major depressive disorder", "primary endpoint", "a key subunit",
  "the first review") rank nothing. A design role ("the sole control") is backed by "the control".
* a *time span*: "antidepressant actions lasting several months" over "rapid and sustained
  antidepressant actions". A vague span the claim adds ("for years", "several weeks", "lifelong")
  needs a span at least about as long in the evidence, in any unit ("14 days" for "two weeks").
* a *named method*: "assessed with the forced swim test", "by Western blot", "on the Beck
  Depression Inventory", "in a chronic social defeat stress model". A test, assay, scale,
  instrument, technique or model the claim names must be named somewhere in the record (title,
  abstract, MeSH, keywords; abbreviations and their long forms count, so HAM-D is the Hamilton
  scale). A method name rides along unseen because the rest of the claim matches a sentence.

A claimed cause is a causal verb, noun or connective; a denial ("did not cause") and the noun
("the causes of X remain unclear", "all-cause") claim none. In a trial or an experiment (not a
review of them), a caused effect ("caused only minor effects") is backed by the effect it reports.
A cause in a trial or an experiment is what the design tests: "ketamine caused a greater
reduction" is backed by "ketamine reduced ..." when the record randomised or intervened
(knock-out, knockdown, recombinant channels); in an observational record only a causal word backs
a cause.

The evidence is this check's own retrieval, not the sentence the support check rests on: the
record sentences that best cover the claim's key terms (up to three, near the best coverage).
When none of them has a counterpart of the detail, the claim gets a NOT_IN_SOURCE finding; it
never changes a claim the other checks already contradict. (The support check has a ranking rule
of its own for superlatives, over its chosen sentences; both may report the same ranking.)
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final

from claimcheck.pubmed.model import PubMedRecord
from claimcheck.report.model import Finding, FindingKind, Verdict
from claimcheck.verification import lexicon as lx
from claimcheck.verification.assertions import Assertions
from claimcheck.verification.checks.common import (
    Hit,
    quoted,
    record_vocabulary,
    retrieve,
    sentence_evidence,
)
from claimcheck.verification.index import IndexedSentence, RecordIndex, Term, terms_of

# "X causes Y", "X caused Y", "X is the cause of Y", "X is responsible for Y", "causally linked".
# Not "causing"/"to cause" (a description of an effect: "potency for causing loss of righting"),
# not after a pronoun of a relative clause ("the dissociation it causes"), not denied ("did not
# cause", "never caused": a denial claims no cause) and not the noun ("the causes of X remain
# unclear", "any cause", "all-cause mortality"; "X is the cause of Y" is the second branch).
_CLAIMED_CAUSE: Final = re.compile(
    r"(?<!\bit )(?<!\bto )(?<!\bthey )(?<!\bthat )(?<!\bwhich )(?<!\bwho )"
    r"(?<!\bnot )(?<!n't )(?<!\bnever )(?<!\bnor )(?<!\bthe )(?<!\bany )(?<!\ball )(?<!-)"
    r"\b(?:causes|caused|cause)\b(?!-)(?!\s+(?:of|for)\b)"
    r"|\b(?:is|are|was|were|be|been|as)\s+(?:the|a|one)\s+(?:\w+\s+)?cause\s+of\b"
    r"|\bamong\s+the\s+(?:\w+\s+)?causes\s+of\b"
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
# In a trial or an experiment an intervention's effect verb is causal evidence: a verb form
# ("reduced", "improves", "blocking"), not a noun ("improvement", "reduction", "inhibitor"), and
# only for what the claim says caused it (see _backs_experimentally).
_EXPERIMENTAL_EFFECT: Final = re.compile(
    r"\b(?:(?:reduc|increas|decreas|improv|enhanc|attenuat|revers|alleviat|reliev|occlud|"
    r"abrogat|elevat|accelerat|prolong|rais)(?:e|es|ed|ing)|"
    r"(?:block|inhibit|abolish|prevent|suppress|diminish|lower|restor|worsen|impair|boost|"
    r"delay|shorten)(?:s|es|ed|ing)?|restore|restores)\b",
    re.IGNORECASE,
)
# What is never a cause in a trial, whatever the record reports after it: the inert comparator.
_INERT: Final = re.compile(r"\b(?:placebos?|saline|sham|vehicle|dummy)\b", re.IGNORECASE)
# Words of a claimed cause that name the way it was given, not the thing itself.
_GENERIC_CAUSE_WORDS: Final = frozenset(
    [
        "a", "an", "the", "single", "one", "low", "high", "dose", "doses", "dosing", "low-dose",
        "high-dose", "infusion", "infusions", "injection", "injections", "administration",
        "treatment", "treatments", "therapy", "group", "arm", "drug", "drugs", "medication",
        "intervention", "intravenous", "oral", "intranasal", "repeated", "acute", "this", "that",
        "its", "their", "in", "of", "with", "by", "and", "subanesthetic", "sub-anesthetic",
    ]
)  # fmt: skip
# A span of an evidence sentence that names a thing as the one without the effect or as the
# comparison ("but not placebo infusion", "than midazolam", "versus saline"): not the cause.
_CONTRAST_SPAN: Final = re.compile(
    r"\b(?:but\s+not|and\s+not|not|nor|than|versus|vs\.?|compared\s+(?:with|to)|"
    r"relative\s+to|unlike|rather\s+than|instead\s+of)\s+[^,;:.()]{0,40}",
    re.IGNORECASE,
)
# What marks a record as a trial or an experiment (its publication type or its own words).
_EXPERIMENTAL_TYPES: Final = ("trial", "controlled", "crossover")
_EXPERIMENTAL_WORDS: Final = re.compile(
    r"\b(?:randomi[sz]\w*|placebo|double-blind\w*|single-blind\w*|sham|crossover|"
    r"knock-?outs?|knock-?down|knocked\s+(?:out|down)|transgenic|mutant|shRNA|siRNA|"
    r"recombinant|in\s+vitro|we\s+(?:injected|administered|treated|exposed)|"
    r"(?:mice|rats)\s+(?:were|received))\b",
    re.IGNORECASE,
)
# An effect the claim says was caused ("caused only minor effects", "adverse events caused by
# ketamine"): a trial or experiment that reports the effect of what it gave ("had minor effects",
# "the most common adverse events were") reports what the drug caused, so there an effect noun is
# causal evidence. Outside experiments, and in a review of them, a reported side-effect is no cause.
_EFFECT_NOUNS: Final = (
    r"(?:side[\s-]+)?effects?|adverse\s+(?:events?|effects?|reactions?)|toxicit(?:y|ies)|"
    r"reactions?|complications?|symptoms?"
)
_CAUSED_EFFECT: Final = re.compile(
    rf"\bcaus(?:es|ed|e)\s+(?:\w+\s+){{0,4}}?(?:{_EFFECT_NOUNS})\b"
    rf"|\b(?:{_EFFECT_NOUNS})\s+(?:\w+\s+)?caused\s+by\b",
    re.IGNORECASE,
)
_EVIDENCED_EFFECT: Final = re.compile(rf"\b(?:{_EFFECT_NOUNS})\b", re.IGNORECASE)
# "X is the main mechanism", "was the only subunit", "remains the leading cause": a ranking.
# A superlative ranking ("was the most frequent", "the best predictor") is lexicon's
# CLAIM_RANKING; this adds the primacy and exclusivity words it leaves out.
_RANK_WORDS: Final = (
    r"main|primary|principal|chief|predominant|dominant|leading|major|key|foremost|"
    r"single\s+most\s+\w+|most\s+\w+|best|biggest|greatest|largest|strongest|"
    r"most|only|sole"
)
_CLAIMED_RANK: Final = re.compile(
    r"\b(?:is|are|was|were|be|been|as|remains?|remained)\s+(?:also\s+)?(?:by\s+far\s+)?the\s+"
    rf"(?:single\s+)?(?P<rank>{_RANK_WORDS})\s+(?P<noun>[a-z][\w-]*(?:\s+[a-z][\w-]*){{0,2}})",
    re.IGNORECASE,
)
# A noun phrase of the ranked thing ends at a function word or a verb.
_NOUN_END: Final = frozenset(
    [
        "of",
        "in",
        "for",
        "to",
        "at",
        "on",
        "with",
        "by",
        "from",
        "after",
        "before",
        "during",
        "among",
        "between",
        "than",
        "that",
        "which",
        "who",
        "and",
        "or",
        "but",
        "was",
        "were",
        "is",
        "are",
        "be",
        "been",
        "has",
        "have",
        "had",
        "as",
    ]
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
# Roles a design has one of ("the sole control", "the only comparator"): a record that names the
# role with the definite article ("midazolam, the control,") says there was one.
_ROLE_NOUNS: Final = frozenset(
    ["control", "comparator", "comparison", "placebo", "reference", "intervention", "treatment"]
)
# A claim that a thing is the only one of its kind: only an exclusive word backs it.
_EXCLUSIVE_CLAIM: Final = frozenset(["only", "sole"])
_EVIDENCED_EXCLUSIVE: Final = re.compile(
    r"\b(?:only|sole|solely|exclusive\w*|unique(?:ly)?|alone)\b|\bno\s+other\b", re.IGNORECASE
)
# What near the ranked thing in an evidence sentence ranks it: a primacy word, an exclusive word
# or lexicon's RECORD_RANKING (a superlative, "most", "followed by"). Fixed names that only look
# like one ("major depressive disorder", "primary endpoint", "leading to") are masked first;
# "first", "key", "central" and the like describe a thing as important or early, not as first.
_EVIDENCED_PRIMACY: Final = re.compile(
    r"\b(?:main|mainly|primary|primarily|principal|principally|chief|chiefly|predominant\w*|"
    r"dominant|leading|major|majority|foremost|mostly|largely|the\s+key)\b",
    re.IGNORECASE,
)
_NOT_A_RANK: Final = re.compile(
    r"\bmajor\s+depress\w*|\bprimary\s+(?:end-?points?|outcomes?|care|analys[ie]s|objectives?|"
    r"aims?|measures?|efficacy|school)\b|\bleading\s+to\b|\bat\s+(?:the\s+)?(?:most|least)\b|"
    r"\bmost\s+(?:of|patients|participants|subjects|studies|cases|people)\b|\bnot\s+only\b|"
    r"\bonly\s+(?:a\s+)?(?:few|one|two|three|\d+)\b",
    re.IGNORECASE,
)
# How far (in characters) a ranking word may stand from a word of the ranked thing's name.
RANK_REACH: Final = 60
# A duration the claim adds ("lasting several months", "for years", "several weeks",
# "lifelong"): the evidence must state a time span as long; "rapid and sustained" states none.
# A counted span ("for 12 weeks") is the quantity checks' business.
_TIME_UNITS: Final = r"(?:hours?|days?|weeks?|fortnights?|months?|years?|decades?)"
_COUNT_WORDS: Final = (
    r"(?:several|many|a\s+few|few|some|a|one|two|three|four|five|six|seven|eight|nine|ten|"
    r"twelve|\d+(?:\.\d+)?)"
)
_CLAIMED_DURATION: Final = re.compile(
    rf"\b(?:lasting|lasted|lasts|last|for|over|persist\w*(?:\s+for)?|sustained\s+for|"
    rf"up\s+to|throughout)\s+(?:(?:several|many|a\s+few|few)\s+)?(?:more\s+)?{_TIME_UNITS}\b"
    rf"|\b(?:several|many)\s+{_TIME_UNITS}\b"
    r"|\b(?:lifelong|life-long|permanent(?:ly)?)\b",
    re.IGNORECASE,
)
# A time span in an evidence sentence, with its count when it has one ("1 week", "14 days", "a
# fortnight", "at week 14", "3 months"). A span far shorter than the claim's ("up to 1 week"
# against "lasting several months") does not back it; other units of the same span do.
_EVIDENCED_TIME: Final = re.compile(
    r"(?:\b(?P<count>\d+(?:\.\d+)?|a|an|one|two|three|four|five|six|seven|eight|nine|ten|"
    r"twelve|several|many|few)[\s-]+)?"
    r"\b(?P<unit>h|hrs?|hours?|d|days?|wks?|weeks?|fortnights?|mo|months?|y|yrs?|years?|"
    r"decades?|lifelong|life-long|lifetime|permanent\w*)\b(?:\s+(?P<after>\d+(?:\.\d+)?))?",
    re.IGNORECASE,
)
_UNIT_DAYS: Final = {
    "h": 1 / 24, "hr": 1 / 24, "hour": 1 / 24, "d": 1.0, "day": 1.0, "wk": 7.0, "week": 7.0,
    "fortnight": 14.0, "mo": 30.0, "month": 30.0, "y": 365.0, "yr": 365.0, "year": 365.0,
    "decade": 3650.0,
}  # fmt: skip
_COUNTS: Final = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "twelve": 12, "several": 2, "many": 2, "few": 2,
}  # fmt: skip
# How much shorter than the claim's span the evidence's longest may be and still back it.
DURATION_SLACK: Final = 0.5


def _days(match: re.Match[str]) -> float:
    """The span a time expression names, in days (at least its smallest reading)."""
    unit = match.group("unit").lower()
    if unit.startswith(("life", "perman")):
        return 1e6
    per = _UNIT_DAYS.get(unit.rstrip("s"), _UNIT_DAYS.get(unit, 1.0))
    count = match.groupdict().get("count") or match.groupdict().get("after")
    if count is None:
        return per * (2 if unit.endswith("s") and len(unit) > 2 else 1)
    number = _COUNTS.get(count.lower())
    return per * (number if number is not None else float(count))


# The sentences the support check could rest on: the best-covering ones, within this much of the
# best coverage, at most this many.
NEAR_BEST: Final = 0.2
MAX_EVIDENCE: Final = 3
MIN_COVERAGE: Final = 0.5
CONFIDENCE: Final = 0.6


def check_unbacked_detail(
    assertions: Assertions, record: PubMedRecord, index: RecordIndex
) -> list[Finding]:
    claim = assertions.text
    findings = _unnamed_methods(claim, record, index)
    cause = _CLAIMED_CAUSE.search(claim)
    rank = _claimed_rank(claim)
    duration = _CLAIMED_DURATION.search(claim)
    if cause is None and rank is None and duration is None:
        return findings
    evidence = _evidence(index, assertions)
    if not evidence:
        return findings  # nothing backs the claim: the support check says so itself
    texts = [h.sentence.text for h in evidence]
    if (
        cause is not None
        and not any(_EVIDENCED_CAUSE.search(text) for text in texts)
        and not (
            _experimental(record, index)
            and _backs_experimentally(claim, cause, texts, bool(_CAUSED_EFFECT.search(claim)))
        )
    ):
        findings.append(
            _finding(
                evidence[0],
                claim,
                f"the claim says '{cause.group().strip()}', but the evidence reports no cause",
            )
        )
    if rank is not None and not any(_ranks(rank, claim, h) for h in evidence):
        findings.append(
            _finding(
                evidence[0],
                claim,
                f"the claim ranks {rank.subject or 'it'} '{rank.label}', but the evidence does "
                "not rank it so",
            )
        )
    if duration is not None and not _lasts(duration, texts):
        findings.append(
            _finding(
                evidence[0],
                claim,
                f"the claim says '{duration.group().strip()}', but the evidence states no "
                "time span that long",
            )
        )
    return findings


def _cause_name(claim: str, cause: re.Match[str]) -> str:
    """What the claim says caused the effect: the words after "caused by", else the words before
    the causal word (after any lead-in phrase: "In this trial, ketamine caused ...")."""
    after = re.match(r"\s+by\s+([^,;:.()]+)", claim[cause.end() :])
    if after is not None:
        return after.group(1)
    return re.split(r"[,:;()]", claim[: cause.start()])[-1]


def _backs_experimentally(claim: str, cause: re.Match[str], texts: list[str], effect: bool) -> bool:
    """Whether, in a trial or an experiment, an evidence sentence reports the claimed cause's
    effect: an effect verb (or, for a caused effect, an effect noun) in a sentence that names the
    cause outside any "but not ...", "than ...", "versus ..." span. An inert comparator (placebo,
    saline, sham, vehicle) is never a cause."""
    name = _cause_name(claim, cause)
    if _INERT.search(name):
        return False
    words = {
        w.lower()
        for w in re.findall(r"[A-Za-z0-9][\w'’-]*", name)
        if w.lower() not in _GENERIC_CAUSE_WORDS
    }
    stems = {t.stem for w in words for t in terms_of(w) if not t.is_number}
    for text in texts:
        if not (_EXPERIMENTAL_EFFECT.search(text) or (effect and _EVIDENCED_EFFECT.search(text))):
            continue
        if not stems:
            return True
        free = _CONTRAST_SPAN.sub(lambda m: " " * len(m.group()), text)
        if any(t.stem in stems or t.concepts & stems for t in terms_of(free)):
            return True
    return False


def _lasts(duration: re.Match[str], texts: list[str]) -> bool:
    """Whether an evidence sentence states a time span as long as the claim's (roughly)."""
    claimed = _EVIDENCED_TIME.search(duration.group())
    spans = [_days(m) for text in texts for m in _EVIDENCED_TIME.finditer(text)]
    if not spans:
        return False
    if claimed is None:
        return True
    return max(spans) >= _days(claimed) * DURATION_SLACK


@dataclass(frozen=True, slots=True)
class _Rank:
    label: str  # "the main mechanism", "the most frequent side-effects"
    exclusive: bool  # "the only", "the sole": one of a kind, not just first
    role: str | None  # a design role ("control") the claim says there was one of
    subject: str  # the ranked thing as the claim names it ("GluN2B"), or ""
    start: int  # where the ranking starts in the claim


def _claimed_rank(claim: str) -> _Rank | None:
    """The claim's ranking of its subject: a primacy or exclusive word ("the main", "the only")
    before a noun that is not a fixed name, or a superlative (lexicon's CLAIM_RANKING)."""
    for match in _CLAIMED_RANK.finditer(claim):
        words: list[str] = []
        for word in match.group("noun").split():
            if word.lower() in _NOUN_END:
                break
            words.append(word)
        if not words or words[0].lower() in _FIXED_NOUNS:
            continue
        rank = match.group("rank")
        role = next((w.lower() for w in words if w.lower() in _ROLE_NOUNS), None)
        return _Rank(
            label=f"the {rank} {' '.join(words)}",
            exclusive=rank.lower() in _EXCLUSIVE_CLAIM,
            role=role,
            subject=_subject(claim, match.start()),
            start=match.start(),
        )
    ranking = lx.CLAIM_RANKING.search(claim)
    if ranking is None:
        return None
    label = re.sub(r"^\W*(?:\w+\s+)?(?:also\s+|by\s+far\s+)?(?=the\b)", "", ranking.group())
    subject = _subject(claim, ranking.start()) if ranking.start() > 0 else ""
    return _Rank(label.strip(), exclusive=False, role=None, subject=subject, start=ranking.start())


def _subject(claim: str, end: int) -> str:
    """The words before a ranking, after any lead-in phrase ("In 13 runners, LEmin was ...")."""
    head = re.split(r"[,:;]", claim[:end])[-1]
    return " ".join(head.split())


def _ranks(rank: _Rank, claim: str, hit: Hit) -> bool:
    """Whether an evidence sentence ranks the claim's subject as the claim does: a ranking word
    within reach of a word of the subject's name (anywhere in the sentence when the claim names no
    subject, as in "The most common adverse events were ...")."""
    text = _NOT_A_RANK.sub(lambda m: " " * len(m.group()), hit.sentence.text)
    if rank.exclusive:
        pattern: re.Pattern[str] = _EVIDENCED_EXCLUSIVE
    else:
        pattern = re.compile(
            f"{_EVIDENCED_PRIMACY.pattern}|{_EVIDENCED_EXCLUSIVE.pattern}|"
            f"{lx.RECORD_RANKING.pattern}",
            re.IGNORECASE,
        )
    places = [m.start() for m in pattern.finditer(text)]
    if rank.role is not None:
        places += [m.start() for m in re.finditer(rf"\bthe\s+{rank.role}\b", text, re.I)]
    if not places:
        return False
    stems = {t.stem for t in terms_of(rank.subject) if not t.is_number}
    if not stems:
        return True
    anchors = [t.start for t in hit.sentence.terms if stems & ({t.stem} | t.concepts)]
    return any(abs(p - a) <= RANK_REACH for p in places for a in anchors)


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


def _review(record: PubMedRecord) -> bool:
    """Whether the record reviews others' work (its effects were not given by its own design)."""
    types = " ".join(record.publication_type_names).lower()
    return "review" in types or "meta-analysis" in types


_REVIEW_TITLE: Final = re.compile(
    r"\b(?:review|meta-?analy\w*|pooled\s+analys\w*|umbrella)\b", re.IGNORECASE
)


def _experimental(record: PubMedRecord, index: RecordIndex) -> bool:
    """Whether the record is a trial or an experiment (computed once per record)."""

    def compute() -> bool:
        if _review(record) or _REVIEW_TITLE.search(index.title):
            return False  # a review reports others' experiments: "placebo" there is theirs
        types = " ".join(record.publication_type_names).lower()
        if any(word in types for word in _EXPERIMENTAL_TYPES):
            return True
        return bool(_EXPERIMENTAL_WORDS.search(f"{index.title} {index.abstract_text}"))

    return index.memo("unbacked-detail-experimental", compute)


# --- named methods --------------------------------------------------------------------------

# The head noun of a named method: a test, assay, scale, instrument, technique or model.
_METHOD_HEADS: Final = (
    r"tests?|assays?|scales?|inventor(?:y|ies)|questionnaires?|checklists?|interviews?|"
    r"blots?|blotting|staining|stains|imaging|microscopy|spectroscopy|spectrometry|"
    r"chromatography|sequencing|cytometry|electrophoresis|tomography|recordings?|clamp|"
    r"ergometers?|treadmills?|paradigms?|tasks?|mazes?|models?|techniques?|"
    r"immunohistochemistry|immunoassays?|ultrasound|ultrasonography|echocardiography|"
    r"electroencephalography|angiography|biopsy|biopsies"
)
_ACRONYM_HEADS: Final = (
    r"q?PCR|RT-PCR|ELISA|fMRI|MRI|PET|EEG|HPLC|MRS|NMR|EPR|MADRS|HAM-?[AD]|HDRS|BDI|BAI|"
    r"QIDS|YMRS|PANSS|BPRS|CADSS|MMSE|MoCA|PHQ-9|GAD-7|VAS|NRS|CGI"
)
# A method word (a modifier of the head): letters with inner hyphens, apostrophes or digits.
_MODIFIER: Final = r"[A-Za-z0-9][\w'’-]*"
_METHOD: Final = re.compile(
    rf"\b(?P<mods>(?:{_MODIFIER}\s+){{0,5}})(?P<head>(?i:{_METHOD_HEADS})|{_ACRONYM_HEADS})\b"
)
# A head followed by a noun names something else ("on one test day", "a multi-compartment test
# sample"): a method name ends at punctuation, a function word or a verb.
_NEXT_WORD: Final = re.compile(r"\s*([A-Za-z][\w-]*)")
_VERBS_AFTER: Final = frozenset(
    ["showed", "shows", "show", "revealed", "reveals", "found", "finds", "indicated", "suggested"]
)
# Parts of a compound that describe rather than name ("LEmin-based", "GABA-releasing"), and
# number words (the quantity checks' business).
_DESCRIPTIVE_PARTS: Final = frozenset(
    [
        "based", "containing", "related", "derived", "induced", "dependent", "mediated",
        "like", "releasing", "expressing", "specific", "type", "positive", "negative",
        "associated", "point", "item", "zero", "one", "two", "three", "four", "five", "six",
        "seven", "eight", "nine", "ten", "hundred",
    ]
)  # fmt: skip
# Words that end a method name going backwards: the claim's own grammar, not the method's name.
_STOP_BEFORE: Final = frozenset(
    [
        "a",
        "an",
        "the",
        "this",
        "that",
        "these",
        "those",
        "its",
        "their",
        "his",
        "her",
        "our",
        "with",
        "by",
        "using",
        "via",
        "on",
        "in",
        "of",
        "for",
        "to",
        "from",
        "at",
        "as",
        "and",
        "or",
        "but",
        "was",
        "were",
        "is",
        "are",
        "be",
        "been",
        "being",
        "had",
        "has",
        "have",
        "which",
        "who",
        "whom",
        "whose",
        "during",
        "after",
        "before",
        "between",
        "among",
        "under",
        "over",
        "into",
        "onto",
        "than",
        "then",
        "also",
        "both",
        "each",
        "every",
        "all",
        "any",
        "some",
        "no",
        "not",
        "only",
        "same",
        "other",
        "such",
        "per",
        "across",
        "against",
        "within",
        "without",
    ]
)
# Verbs and adverbs that end a method name going backwards ("researchers ran magnetic tests").
_VERBS_BEFORE: Final = frozenset(
    [
        "can", "could", "may", "might", "will", "would", "should", "must", "do", "does", "did",
        "need", "needs", "ran", "run", "runs", "gave", "give", "gives", "make", "makes", "made",
        "let", "lets", "get", "gets", "got", "really", "moved", "move", "moves", "took", "take",
        "takes", "use", "uses", "used", "perform", "performs", "performed", "done", "via",
        "modern", "current", "newer", "advanced", "sophisticated", "routine",
    ]
)  # fmt: skip
# Modifiers that describe a method without naming it ("a validated scale", "a new model").
_GENERIC_MODIFIERS: Final = frozenset(
    [
        "validated",
        "standard",
        "standardised",
        "standardized",
        "established",
        "conventional",
        "common",
        "usual",
        "new",
        "novel",
        "modified",
        "simple",
        "brief",
        "short",
        "long",
        "structured",
        "semi-structured",
        "self-report",
        "self-reported",
        "self-rated",
        "clinician-rated",
        "clinician-administered",
        "rating",
        "rated",
        "formal",
        "further",
        "additional",
        "detailed",
        "separate",
        "independent",
        "initial",
        "final",
        "primary",
        "secondary",
        "statistical",
        "several",
        "various",
        "different",
        "multiple",
        "two",
        "three",
        "four",
        "five",
        "first",
        "second",
        "third",
        "single",
        "same",
        "similar",
        "specific",
        "appropriate",
        "commonly",
        "widely",
        "well-known",
        "well-established",
        "behavioural",
        "behavioral",
        "clinical",
        "laboratory",
        "experimental",
        "animal",
        "human",
        "preclinical",
        "objective",
        "subjective",
        "quantitative",
        "qualitative",
        "diagnostic",
        "screening",
        "outcome",
        "ketamine",
        "drug",
        "treatment",
        "study",
        "studies",
        "trial",
        "trials",
        "data",
        "result",
        "results",
    ]
)
_HAMILTON: Final = re.compile(r"\bHAM-?[ADR]\b|\bHRSD\b|\bHDRS\b|\bHARS\b", re.IGNORECASE)


def _unnamed_methods(claim: str, record: PubMedRecord, index: RecordIndex) -> list[Finding]:
    vocabulary = record_vocabulary(record, index)
    lead = index.abstract_sentences[0] if index.abstract_sentences else None
    text = f"{index.title} {index.abstract_text}".lower()
    at = 0
    while (match := _METHOD.search(claim, at)) is not None:
        at = match.end()
        after = _NEXT_WORD.match(claim, match.end())
        if after is not None and not _ends_name(after.group(1)):
            at = match.start("head")  # "cycle ergometer test": the next head takes its words
            if at == match.start():
                at = match.end()
            continue
        name = _method_name(match)
        if name is None:
            continue
        missing = [
            t.text
            for t in terms_of(name)
            if not _named(t, vocabulary)
            and not (len(t.text) >= 4 and t.text.lower() in text)  # "multi": "multicompartment"
            and not _spelled_out(t.text, index)
        ]
        if _HAMILTON.search(name) and "hamilton" in vocabulary:
            missing = [w for w in missing if not _HAMILTON.search(w + "-D")]
        if missing and lead is not None:
            lead = _closest(claim, index) or lead
            head = match.group("head")
            label = name if name.endswith(head) else f"{name} {head}"
            what = (
                f"the claim names '{label.strip()}', but the record never names "
                f"{', '.join(missing)}"
            )
            return [
                Finding(
                    kind=FindingKind.SUPPORT,
                    verdict=Verdict.NOT_IN_SOURCE,
                    message=what,
                    claim_says=claim,
                    source_says=quoted(lead.text),
                    evidence=sentence_evidence(lead, ()),
                    confidence=CONFIDENCE,
                )
            ]
    return []


def _closest(claim: str, index: RecordIndex) -> IndexedSentence | None:
    """The abstract sentence sharing most of the claim's words (the finding's evidence)."""
    stems = {t.stem for t in terms_of(claim) if not t.is_number}
    best = max(
        index.abstract_sentences,
        key=lambda s: (len(stems & {t.stem for t in s.terms}), -s.position),
        default=None,
    )
    return best


def _ends_name(word: str) -> bool:
    lower = word.lower()
    return (
        lower in _STOP_BEFORE
        or lower in _VERBS_AFTER
        or lower.endswith("ed")
        or (lower.endswith("ing") and len(lower) > 5)  # "rodent models lacking HCN1"
    )


def _method_name(match: re.Match[str]) -> str | None:
    """The naming words of a method phrase ("forced swim test"), or None when only the claim's
    grammar or generic description precedes the head ("the test", "a validated scale")."""
    head = match.group("head")
    if head.isupper() or head[1:].isupper():
        return head  # an acronym names a method itself: "using fMRI", "on the MADRS"
    words = match.group("mods").split()
    name: list[str] = []
    for word in reversed(words):
        lower = word.lower()
        if (
            lower in _STOP_BEFORE
            or lower in _VERBS_BEFORE
            or (word[0].isdigit() and "-" not in word)
        ):
            break
        name.insert(0, word)
    specific = [w for w in name if w.lower() not in _GENERIC_MODIFIERS]
    if not specific:
        return None
    return " ".join(name)


def _named(term: Term, vocabulary: frozenset[str]) -> bool:
    """Whether the record names a word of a method name: the word itself, a form or synonym of
    it, or, for an abbreviation, the distinctive words of its long form."""
    if term.stem in vocabulary or term.text.lower() in _DESCRIPTIVE_PARTS:
        return True
    if term.text.lower() in _GENERIC_MODIFIERS and not term.text[:1].isupper():
        return True  # "a brief scale" names nothing; "the Brief Pain Inventory" does
    if any(ch.isdigit() for ch in term.text):
        return True  # a number ("0-10", "25-item") is the quantity checks' business
    own = frozenset(c for c in term.concepts if not c.startswith("~"))
    if any(ch.isupper() for ch in term.text[1:]):  # an abbreviation: "MADRS", "fMRI"
        if len(own) <= 1:
            return False
        distinctive = own - _GENERIC_STEMS - {term.stem}
        return bool(distinctive) and distinctive <= vocabulary
    return bool(term.concepts & vocabulary)


_GENERIC_STEMS: Final = frozenset(
    ["depress", "anxieti", "rate", "scale", "inventori", "test", "score", "questionnair", "index"]
)


# A run of record words with no punctuation between them (a hyphen or an apostrophe joins).
_WORD_RUN: Final = re.compile(r"[^\W_](?:[\w'’-]|\s)*", re.UNICODE)
_HEAD_WORD: Final = re.compile(rf"(?i:{_METHOD_HEADS})")
# Fewer initials than this need an anchor: the abbreviation in parentheses after the words, or a
# method head as the last word ("positron emission tomography").
MIN_FREE_INITIALS: Final = 4


def _spelled_out(word: str, index: RecordIndex) -> bool:
    """Whether an abbreviation's letters are the initials of consecutive record words within one
    stretch with no punctuation between ("NRS" for "numerical rating scale", "MADRS" for
    "Montgomery-Asberg Depression Rating Scale"): with fewer than four letters, only when the
    record puts the abbreviation in parentheses right after the words or the last word is a
    method head ("PET" is not "personal protective equipment). Thyroid")."""
    letters = "".join(ch for ch in word.lower() if ch.isalpha())
    if len(letters) < 3 or not any(ch.isupper() for ch in word[1:]):
        return False
    runs = index.memo("unbacked-detail-initials", lambda: _initial_runs(index))
    for words, following in runs:
        initials = "".join(w[0] for w in words)
        at = initials.find(letters)
        while at >= 0:
            last = words[at + len(letters) - 1]
            if (
                len(letters) >= MIN_FREE_INITIALS
                or _HEAD_WORD.fullmatch(last)
                or (at + len(letters) == len(words) and following == letters)
            ):
                return True
            at = initials.find(letters, at + 1)
    return False


def _initial_runs(index: RecordIndex) -> list[tuple[list[str], str]]:
    """The record's punctuation-free runs of words (lower case, split at hyphens as initials
    go), each with the letters of a parenthesised abbreviation right after it ("" when none)."""
    text = f"{index.title}\n{index.abstract_text}"
    runs: list[tuple[list[str], str]] = []
    for match in _WORD_RUN.finditer(text):
        words = re.findall(r"[^\W\d_]+", match.group().lower())
        if not words:
            continue
        paren = re.match(r"\s*\(\s*([^\s()]+)", text[match.end() :])
        following = "".join(ch for ch in paren.group(1).lower() if ch.isalpha()) if paren else ""
        runs.append((words, following))
    return runs
