"""Study design: does the record describe itself the way the claim describes it?

The record's *design profile* is read once per record from, in order of authority, its
publication types, its MeSH headings, its title and the abstract's own design sentences. It has
a *kind* (meta-analysis, systematic review, review, trial, observational, case report,
protocol, preclinical) and *features* it affirms (randomized, double-blind, placebo-controlled,
crossover...) or denies ("uncontrolled", "open-label", "psychoactive-controlled" with no placebo).

Rules (claim design -> verdict):
- affirmed by the record -> SUPPORTED;
- denied by the record, or the record is a kind that cannot have it (a "meta-analysis" that is a
  narrative review; a "randomized trial" that is a review) -> METADATA_MISMATCH;
- otherwise NOT_IN_SOURCE (the record does not say).
A claim that *denies* a design ("wasn't placebo-controlled") is SUPPORTED when the record denies
it too and METADATA_MISMATCH when the record affirms it.

Placebo: an "active placebo" (midazolam in 30922101) is a placebo control, so "placebo-controlled"
holds. A control the record calls "psychoactive" or "active" and never a placebo is not a
placebo: "placebo-controlled" is then a mismatch.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import Final

from claimcheck.pubmed.model import PubMedRecord
from claimcheck.report.model import Evidence, Finding, FindingKind, Verdict
from claimcheck.verification import lexicon as lx
from claimcheck.verification.assertions import Assertions, DesignAssertion
from claimcheck.verification.checks.common import metadata_evidence
from claimcheck.verification.index import IndexedSentence, RecordIndex, terms_between
from claimcheck.verification.numbers import parse_number_words

META: Final = "meta-analysis"
SYSTEMATIC: Final = "systematic review"
NARRATIVE: Final = "review"
TRIAL: Final = "trial"
OBSERVATIONAL: Final = "observational study"
CASE: Final = "case report"
PROTOCOL_KIND: Final = "protocol"
PRECLINICAL: Final = "preclinical (animal or laboratory) study"

REVIEW_KINDS: Final = frozenset({META, SYSTEMATIC, NARRATIVE})
PRIMARY_KINDS: Final = frozenset({TRIAL, OBSERVATIONAL, CASE, PRECLINICAL})

BLINDING: Final = "blinded"
UNCONTROLLED: Final = "uncontrolled"

# Trial features: what a single study of patients can be. A review is none of these itself.
TRIAL_FEATURES: Final = frozenset(
    {lx.RANDOMIZED, lx.DOUBLE_BLIND, lx.SINGLE_BLIND, lx.PLACEBO_CONTROLLED,
     lx.ACTIVE_CONTROLLED, lx.CONTROLLED, lx.OPEN_LABEL, lx.CROSSOVER, lx.PILOT}
)  # fmt: skip
OBSERVATIONAL_FEATURES: Final = frozenset({lx.COHORT, lx.CASE_CONTROL, lx.CROSS_SECTIONAL})

_I = re.IGNORECASE
# The record's own design words (abstract and title), more literal than the claim patterns.
RECORD_FEATURES: Final[tuple[tuple[str, re.Pattern[str]], ...]] = tuple(
    (key, re.compile(pattern, _I))
    for key, pattern in (
        (lx.META_ANALYSIS, r"\bmeta[\s-]?analy(?:sis|ses|tic|zed|sed)\b"),
        (lx.SYSTEMATIC_REVIEW, r"\bsystematic(?:ally)?\s+review|\bPRISMA\b"),
        (lx.RANDOMIZED, r"(?<![\w-])randomi[sz](?:ed|ation)\b"
                        r"|\brandomly\s+(?:assigned|allocated|inserted)\b"),
        (lx.DOUBLE_BLIND, r"\b(?:double|triple)[\s-]?(?:blind(?:ed)?|mask(?:ed)?)\b"),
        (lx.SINGLE_BLIND, r"\bsingle[\s-]?(?:blind(?:ed)?|mask(?:ed)?)\b"),
        (BLINDING, r"(?<![\w-])blind(?:ed)?\b"),
        (lx.PLACEBO_CONTROLLED, r"\bplacebos?\b|\bsham\b"),
        (lx.ACTIVE_CONTROLLED, r"\b(?:psycho)?active[\s-]?controll?ed\b"
                               r"|\bactive\s+(?:comparator|control|placebo)\b"),
        (UNCONTROLLED, r"\b(?:un|non[\s-]?)controll?ed\b|\bsingle[\s-]arm\b"
                       r"|\bwithout\s+(?:a\s+)?control"),
        (lx.CONTROLLED, r"(?<![\w-])controll?ed\b|\bcontrol\s+(?:group|arm|condition)s?\b"
                        r"|\bthe\s+control\b"),
        (lx.OPEN_LABEL, r"\bopen[\s-]?label(?:led)?\b"),
        (lx.CROSSOVER, r"\bcross[\s-]?over\b"),
        (lx.COHORT, r"\bcohort\b|\bprospective(?:ly)?\b|\bretrospective(?:ly)?\b"),
        (lx.CASE_CONTROL, r"\bcase[\s-]control\b"),
        (lx.CROSS_SECTIONAL, r"\bcross[\s-]sectional\b"),
        (lx.PILOT, r"\bpilot\b|\bexploratory\b|\bfeasibility\b"),
        (lx.PROTOCOL, r"\b(?:study|trial)\s+protocol\b|\bthis\s+protocol\b"),
        (lx.CASE_REPORT, r"\bcase\s+(?:reports?|series)\b|\bwe\s+(?:report|describe|present)\s+"
                         r"(?:a|an|the|two|three)\s+(?:\w+\s+)?(?:case|patient)"),
    )
)  # fmt: skip

_REVIEW_SELF: Final = re.compile(
    r"\b(?:here,?\s+we|we|this|the\s+present|the\s+current|our)\s+(?:\w+\s+){0,2}?review(?:s|ed)?\b"
    r"|\barticle\s+reviews\b|\breview\s+(?:of|on)\s+(?:the\s+)?(?:current|recent|existing|available)\b",
    _I,
)
_SEARCHED: Final = re.compile(
    r"\bwe\s+searched\b|\b(?:MEDLINE|Embase|PsycINFO|Cochrane|Scopus|Web\s+of\s+Science)\b.*\b(?:searched|databases?)\b"
    r"|\bsearched\s+(?:MEDLINE|PubMed|Embase|PsycINFO|Cochrane|Scopus|the\s+literature)",
    _I,
)
_TRIAL_WORDS: Final = re.compile(
    r"\btrial\b|\b(?:dose|ascending[\s-]dose|replication|maintenance\s+treatment|treatment)\s+study\b"
    r"|\b(?:patients|participants|subjects|volunteers)\s+(?:\w+\s+){0,3}?(?:received|were\s+randomi[sz]ed|completed|were\s+given|were\s+treated)\b",
    _I,
)
_HUMAN_STUDY: Final = re.compile(
    r"\b(?:patients|participants|subjects|volunteers|adults|women|men|children|humans)\b", _I
)

PUBLICATION_TYPE_KINDS: Final[dict[str, str]] = {
    "meta-analysis": META,
    "systematic review": SYSTEMATIC,
    "review": NARRATIVE,
    "scoping review": NARRATIVE,
    "randomized controlled trial": TRIAL,
    "controlled clinical trial": TRIAL,
    "clinical trial": TRIAL,
    "clinical trial, phase i": TRIAL,
    "clinical trial, phase ii": TRIAL,
    "clinical trial, phase iii": TRIAL,
    "clinical trial, phase iv": TRIAL,
    "pragmatic clinical trial": TRIAL,
    "equivalence trial": TRIAL,
    "observational study": OBSERVATIONAL,
    "case reports": CASE,
    "clinical trial protocol": PROTOCOL_KIND,
}
PUBLICATION_TYPE_FEATURES: Final[dict[str, tuple[str, ...]]] = {
    "randomized controlled trial": (lx.RANDOMIZED, lx.CONTROLLED, lx.CLINICAL_TRIAL),
    "controlled clinical trial": (lx.CONTROLLED, lx.CLINICAL_TRIAL),
    "meta-analysis": (lx.META_ANALYSIS,),
    "systematic review": (lx.SYSTEMATIC_REVIEW,),
}
MESH_FEATURES: Final[dict[str, str]] = {
    "double-blind method": lx.DOUBLE_BLIND,
    "single-blind method": lx.SINGLE_BLIND,
    "cross-over studies": lx.CROSSOVER,
    "cohort studies": lx.COHORT,
    "prospective studies": lx.COHORT,
    "case-control studies": lx.CASE_CONTROL,
    "cross-sectional studies": lx.CROSS_SECTIONAL,
    "placebos": lx.PLACEBO_CONTROLLED,
    "random allocation": lx.RANDOMIZED,
}
# Earlier kinds win when sources disagree (a "Review" type with "meta-analysis" in the title is
# a meta-analysis).
KIND_ORDER: Final = (META, SYSTEMATIC, PROTOCOL_KIND, CASE, TRIAL, OBSERVATIONAL, NARRATIVE)


@dataclass
class DesignProfile:
    kind: str | None = None
    kind_evidence: Evidence | None = None
    affirmed: dict[str, Evidence] = field(default_factory=dict)
    denied: dict[str, Evidence] = field(default_factory=dict)

    def affirm(self, key: str, evidence: Evidence) -> None:
        self.affirmed.setdefault(key, evidence)

    def deny(self, key: str, evidence: Evidence) -> None:
        self.denied.setdefault(key, evidence)


def design_profile(record: PubMedRecord, index: RecordIndex) -> DesignProfile:
    return index.memo("design-profile", lambda: _profile(record, index))


def _profile(record: PubMedRecord, index: RecordIndex) -> DesignProfile:
    profile = DesignProfile()
    kinds: dict[str, Evidence] = {}
    for name in record.publication_type_names:
        key = name.lower()
        evidence = metadata_evidence(f"Publication type: {name}", "publication_types", [name])
        if key in PUBLICATION_TYPE_KINDS:
            kinds.setdefault(PUBLICATION_TYPE_KINDS[key], evidence)
        for feature in PUBLICATION_TYPE_FEATURES.get(key, ()):
            profile.affirm(feature, evidence)
    for heading in record.mesh_headings:
        key = heading.descriptor.strip().rstrip("*").strip().lower()
        if key in MESH_FEATURES:
            profile.affirm(
                MESH_FEATURES[key],
                metadata_evidence(
                    f"MeSH: {heading.descriptor.strip()}", "mesh", [heading.descriptor]
                ),
            )
    for sentence in index.sentences:
        _read_sentence(sentence, profile, kinds)
    _implied(profile, kinds, index, record)
    for kind in KIND_ORDER:
        if kind in kinds:
            profile.kind, profile.kind_evidence = kind, kinds[kind]
            break
    else:
        if PRECLINICAL in kinds:
            profile.kind, profile.kind_evidence = PRECLINICAL, kinds[PRECLINICAL]
    return profile


def _sentence_evidence(sentence: IndexedSentence, match: re.Match[str]) -> Evidence:
    return Evidence(
        sentence=sentence.text,
        span=sentence.span,
        section=sentence.section,
        matched_terms=[match.group()],
    )


def _read_sentence(
    sentence: IndexedSentence, profile: DesignProfile, kinds: dict[str, Evidence]
) -> None:
    text = sentence.text
    for key, pattern in RECORD_FEATURES:
        for match in pattern.finditer(text):
            evidence = _sentence_evidence(sentence, match)
            if key == lx.PLACEBO_CONTROLLED and re.match(
                r"\s+(?:effects?|response)", text[match.end() :], _I
            ):
                continue  # "placebo effects" are a topic, not a control arm
            profile.affirm(key, evidence)
            break
    review = _REVIEW_SELF.search(text)
    if review:
        kinds.setdefault(NARRATIVE, _sentence_evidence(sentence, review))
    searched = _SEARCHED.search(text)
    if searched:
        kinds.setdefault(SYSTEMATIC, _sentence_evidence(sentence, searched))
    trial = _TRIAL_WORDS.search(text)
    if trial and sentence.section == "title" and not review:
        kinds.setdefault(TRIAL, _sentence_evidence(sentence, trial))
    elif trial and sentence.section != "title":
        kinds.setdefault("_trial_words", _sentence_evidence(sentence, trial))
    if sentence.section == "title":
        title = text.lower()
        for word, kind in (("meta-analy", META), ("systematic review", SYSTEMATIC),
                           ("review", NARRATIVE), ("protocol", PROTOCOL_KIND),
                           ("case report", CASE), ("cohort", OBSERVATIONAL)):  # fmt: skip
            if word in title:
                position = title.index(word)
                kinds.setdefault(
                    kind,
                    Evidence(sentence=text, span=None, section="title",
                             matched_terms=[text[position:position + len(word)]]),
                )  # fmt: skip


def _implied(
    profile: DesignProfile, kinds: dict[str, Evidence], index: RecordIndex, record: PubMedRecord
) -> None:
    """What the affirmed words imply, and what they rule out."""
    affirmed = profile.affirmed
    if lx.META_ANALYSIS in affirmed and (
        NARRATIVE in kinds or SYSTEMATIC in kinds or affirmed[lx.META_ANALYSIS].section == "title"
    ):
        kinds.setdefault(META, affirmed[lx.META_ANALYSIS])
    if lx.SYSTEMATIC_REVIEW in affirmed:
        kinds.setdefault(SYSTEMATIC, affirmed[lx.SYSTEMATIC_REVIEW])
    if META in kinds and lx.SYSTEMATIC_REVIEW not in affirmed and SYSTEMATIC in kinds:
        profile.affirm(lx.SYSTEMATIC_REVIEW, kinds[SYSTEMATIC])
    interventional = [
        k for k in (lx.RANDOMIZED, lx.DOUBLE_BLIND, lx.SINGLE_BLIND, lx.PLACEBO_CONTROLLED,
                    lx.ACTIVE_CONTROLLED, lx.OPEN_LABEL, lx.CROSSOVER)
        if k in affirmed
    ]  # fmt: skip
    reviewish = bool(REVIEW_KINDS & kinds.keys())
    if not reviewish and (interventional or "_trial_words" in kinds):
        kinds.setdefault(
            TRIAL, affirmed[interventional[0]] if interventional else kinds["_trial_words"]
        )
    if not reviewish and (OBSERVATIONAL_FEATURES & affirmed.keys()):
        first = next(k for k in (lx.COHORT, lx.CASE_CONTROL, lx.CROSS_SECTIONAL) if k in affirmed)
        kinds.setdefault(OBSERVATIONAL, affirmed[first])
    if not reviewish and not _mentions_humans(index, record) and _mentions_animals(index, record):
        kinds.setdefault(PRECLINICAL, _animal_evidence(index, record))
    if TRIAL in kinds or lx.CLINICAL_TRIAL in affirmed:
        profile.affirm(lx.CLINICAL_TRIAL, affirmed.get(lx.CLINICAL_TRIAL) or kinds[TRIAL])
    if lx.PLACEBO_CONTROLLED in affirmed or lx.ACTIVE_CONTROLLED in affirmed:
        profile.affirm(
            lx.CONTROLLED, affirmed.get(lx.PLACEBO_CONTROLLED) or affirmed[lx.ACTIVE_CONTROLLED]
        )
    if lx.DOUBLE_BLIND in affirmed or lx.SINGLE_BLIND in affirmed:
        profile.affirm(BLINDING, affirmed.get(lx.DOUBLE_BLIND) or affirmed[lx.SINGLE_BLIND])
    # Denials: only where nothing affirms the same design.
    if UNCONTROLLED in affirmed:
        for key in (lx.CONTROLLED, lx.PLACEBO_CONTROLLED, lx.RANDOMIZED, lx.ACTIVE_CONTROLLED):
            if key not in affirmed:
                profile.deny(key, affirmed[UNCONTROLLED])
    if lx.OPEN_LABEL in affirmed:
        for key in (lx.DOUBLE_BLIND, lx.SINGLE_BLIND, BLINDING):
            if key not in affirmed:
                profile.deny(key, affirmed[lx.OPEN_LABEL])
    if lx.ACTIVE_CONTROLLED in affirmed and lx.PLACEBO_CONTROLLED not in affirmed:
        profile.deny(lx.PLACEBO_CONTROLLED, affirmed[lx.ACTIVE_CONTROLLED])
    if lx.DOUBLE_BLIND in affirmed and lx.OPEN_LABEL not in affirmed:
        profile.deny(lx.OPEN_LABEL, affirmed[lx.DOUBLE_BLIND])
    # Blinding levels exclude each other: a double-blind trial is not single-blind.
    if lx.DOUBLE_BLIND in affirmed and lx.SINGLE_BLIND not in affirmed:
        profile.deny(lx.SINGLE_BLIND, affirmed[lx.DOUBLE_BLIND])
    if lx.SINGLE_BLIND in affirmed and lx.DOUBLE_BLIND not in affirmed:
        profile.deny(lx.DOUBLE_BLIND, affirmed[lx.SINGLE_BLIND])


def _mentions_humans(index: RecordIndex, record: PubMedRecord) -> bool:
    if any(h.descriptor.strip().lower() == "humans" for h in record.mesh_headings):
        return True
    return any(_HUMAN_STUDY.search(s.text) for s in index.sentences)


def _mentions_animals(index: RecordIndex, record: PubMedRecord) -> bool:
    if any(h.descriptor.strip().lower() == "animals" for h in record.mesh_headings):
        return True
    return any(lx.ANIMAL_WORDS.search(s.text) for s in index.sentences)


def _animal_evidence(index: RecordIndex, record: PubMedRecord) -> Evidence:
    for sentence in index.sentences:
        match = lx.ANIMAL_WORDS.search(sentence.text)
        if match:
            return _sentence_evidence(sentence, match)
    return metadata_evidence("MeSH: Animals", "mesh", ["Animals"])


# --- judging a claim's design words -------------------------------------------------------------


def check_design(assertions: Assertions, record: PubMedRecord, index: RecordIndex) -> list[Finding]:
    included = included_studies_finding(assertions.text, index)
    if included is not None:
        return [included]
    parallel = _parallel_against_crossover(assertions.text, record, index)
    if not assertions.designs:
        return parallel
    profile = design_profile(record, index)
    findings = []
    single: list[Finding] = []
    seen: set[tuple[str, bool]] = set()
    designs = assertions.designs
    if profile.kind in REVIEW_KINDS:
        designs = tuple(
            replace(d, reported=True) if _setting_of_result(assertions.text, d) else d
            for d in designs
        )
    reported = [d for d in designs if d.reported]
    unreported = _unreported(reported, index)
    if unreported is not None:
        return [unreported]
    for design in designs:
        if design.reported or (design.design, design.negated) in seen:
            continue
        seen.add((design.design, design.negated))
        finding = _other_masking(design, assertions.text, index) or judge_design(design, profile)
        if (
            finding.verdict is Verdict.METADATA_MISMATCH
            and profile.kind in REVIEW_KINDS
            and _of_studies(assertions.text, design)
        ):
            # The review is not what the design words describe: they describe its studies.
            covered = _unreported([replace(design, reported=True)], index)
            if covered is None:
                continue
            finding = covered
        (single if design.design == lx.SINGLE_TRIAL else findings).append(finding)
    # "A randomized trial" is judged as one trial only where its design words miss it: a review
    # of randomized trials affirms "randomized" but is not itself a trial.
    if not any(f.verdict is Verdict.METADATA_MISMATCH for f in findings):
        findings += [f for f in single if f.verdict is Verdict.METADATA_MISMATCH][:1]
    return findings + parallel


# "A parallel-group trial": each participant got one treatment. A crossover gives each both, so a
# record that calls its trial a crossover describes another design.
_PARALLEL: Final = re.compile(r"\bparallel[\s-]+(?:group|arm)s?\b|\bparallel\s+design\b", _I)


def _parallel_against_crossover(
    claim: str, record: PubMedRecord, index: RecordIndex
) -> list[Finding]:
    said = _PARALLEL.search(claim)
    if said is None or _PARALLEL.search(" ".join(s.text for s in index.sentences)):
        return []
    crossover = design_profile(record, index).affirmed.get(lx.CROSSOVER)
    if crossover is None:
        return []
    return [
        Finding(
            kind=FindingKind.DESIGN,
            verdict=Verdict.METADATA_MISMATCH,
            message=f"the claim calls the trial {said.group()}, but the record describes a "
            "crossover, where each participant received every treatment",
            claim_says=said.group(),
            source_says="crossover",
            evidence=crossover,
            confidence=0.8,
        )
    ]


# "X failed to beat placebo in a controlled trial": a trial named with "a" as the setting of a
# result is some trial, which a review may report; it does not say what the review is. "This
# trial", "the study" and a claim that names the work itself are not settings.
_SETTING_BEFORE: Final = re.compile(r"\b(?:in|from)\s+an?\s+(?:[\w-]+\s+){0,3}$", _I)
_WORK_ITSELF: Final = re.compile(
    r"\b(?:this|the|our|their)\s+(?:[\w-]+\s+){0,2}?(?:review|meta-?analysis|paper|article|"
    r"trial|study|work)\b",
    _I,
)


def _setting_of_result(claim: str, design: DesignAssertion) -> bool:
    if design.design in REVIEW_KINDS or design.negated or _WORK_ITSELF.search(claim):
        return False
    start = max(0, design.phrase.start - 40)
    setting = _SETTING_BEFORE.search(claim[start : design.phrase.start])
    if setting is None or _YEAR.search(setting.group()):
        return False  # "in a 2016 trial" dates the work itself
    # The setting follows the result ("X relieved depression in a trial"); opening the claim
    # ("In a randomized trial, X ...") it introduces the work.
    return len(claim[: start + setting.start()].split()) >= 3


_YEAR: Final = re.compile(r"\b(?:19|20)\d\d\b")
# "a dozen randomized trials", "double-blind studies": design words of works in the plural are
# the studies a review covers, not the review's own design.
_PLURAL_WORKS: Final = re.compile(
    r"(?:[\s-]+(?:[\w-]+\s+){0,2}?)?(?:trials|studies|RCTs|experiments|investigations)\b", _I
)


def _of_studies(claim: str, design: DesignAssertion) -> bool:
    if design.design in REVIEW_KINDS or design.negated:
        return False
    return _PLURAL_WORKS.match(claim, design.phrase.end) is not None


def _unreported(reported: list[DesignAssertion], index: RecordIndex) -> Finding | None:
    """A study the claim says the review reports ("relieved depression in a phase 2 trial")
    must be one the abstract speaks of; it says nothing of the review's own design."""
    patterns = dict(lx.DESIGN_PATTERNS)
    for design in reported:
        # The evidence must be of the claimed kind: a review's "trials" do not show that one
        # of them was a randomised controlled trial. Only a design without words of its own
        # ("a study") is met by any trial.
        pattern = patterns.get(design.design, _ANY_TRIAL)
        if any(pattern.search(s.text) for s in index.sentences):
            continue
        return Finding(
            kind=FindingKind.DESIGN,
            verdict=Verdict.NOT_IN_SOURCE,
            message=f"the claim says the work reports {design.phrase.text}, but the abstract "
            "mentions no such study",
            claim_says=design.phrase.text,
            confidence=0.7,
        )
    return None


_ANY_TRIAL: Final = re.compile(r"\btrials?\b|\bstud(?:y|ies)\s+in\s+(?:patients|people)\b", _I)


def judge_design(design: DesignAssertion, profile: DesignProfile) -> Finding:
    verdict, source_says, evidence = _judge(design.design, design.negated, profile)
    label = f"not {_named(design.design)}" if design.negated else _named(design.design)
    messages = {
        Verdict.SUPPORTED: f"the record describes the work as {source_says}",
        Verdict.METADATA_MISMATCH: f"the claim calls the work {label}, but the record describes "
        f"it as {source_says}",
        Verdict.NOT_IN_SOURCE: "the record does not say whether the work is "
        f"{_named(design.design)}",
    }
    return Finding(
        kind=FindingKind.DESIGN,
        verdict=verdict,
        message=messages[verdict],
        claim_says=design.phrase.text,
        source_says=source_says if verdict is not Verdict.NOT_IN_SOURCE else None,
        evidence=evidence,
        confidence={Verdict.SUPPORTED: 0.9, Verdict.METADATA_MISMATCH: 0.85}.get(verdict, 0.6),
    )


def _judge(key: str, negated: bool, p: DesignProfile) -> tuple[Verdict, str, Evidence | None]:
    if negated:
        if key in p.affirmed and key not in p.denied:
            return Verdict.METADATA_MISMATCH, _said(key, p.affirmed[key]), p.affirmed[key]
        if key in p.denied:
            return Verdict.SUPPORTED, _said(_denial(key, p), p.denied[key]), p.denied[key]
        return Verdict.NOT_IN_SOURCE, "", None
    kind = p.kind
    kind_words = kind or "unknown"
    if key == lx.OBSERVATIONAL:
        if kind == OBSERVATIONAL:
            return Verdict.SUPPORTED, "an observational study", p.kind_evidence
        if kind in REVIEW_KINDS | {TRIAL, PRECLINICAL, PROTOCOL_KIND}:
            return Verdict.METADATA_MISMATCH, f"a {kind_words}", p.kind_evidence
        return Verdict.NOT_IN_SOURCE, "", None
    if key in (lx.META_ANALYSIS, lx.SYSTEMATIC_REVIEW, lx.REVIEW):
        return _judge_review(key, p)
    if key == lx.SINGLE_TRIAL:
        if kind == TRIAL:
            return Verdict.SUPPORTED, "a trial", p.kind_evidence
        if kind in REVIEW_KINDS | {OBSERVATIONAL, CASE, PRECLINICAL}:
            return Verdict.METADATA_MISMATCH, f"a {kind_words}, not a single trial", p.kind_evidence
        return Verdict.NOT_IN_SOURCE, "", None
    if key in TRIAL_FEATURES or key == lx.CLINICAL_TRIAL:
        if kind in REVIEW_KINDS:
            # "A review of randomized trials" holds when the review says what it pooled.
            if key in p.affirmed and key != lx.CLINICAL_TRIAL and key != lx.PILOT:
                return (
                    Verdict.SUPPORTED,
                    _said(f"a {kind_words} of {key} studies", p.affirmed[key]),
                    p.affirmed[key],
                )
            if (
                key == lx.CLINICAL_TRIAL
                and "trial"
                in (
                    p.affirmed.get(lx.RANDOMIZED) or p.kind_evidence or Evidence(sentence="")
                ).sentence.lower()
            ):
                return Verdict.SUPPORTED, f"a {kind_words} of clinical trials", p.kind_evidence
            return (
                Verdict.METADATA_MISMATCH,
                f"a {kind_words}, not a {key} study itself",
                p.kind_evidence,
            )
        if key in p.affirmed and key not in p.denied:
            return Verdict.SUPPORTED, _said(key, p.affirmed[key]), p.affirmed[key]
        if key in p.denied:
            return Verdict.METADATA_MISMATCH, _said(_denial(key, p), p.denied[key]), p.denied[key]
        if kind in {OBSERVATIONAL, CASE, PRECLINICAL} and key not in (lx.CONTROLLED, lx.PILOT):
            # An observational study is not randomized, blinded or placebo-controlled.
            return Verdict.METADATA_MISMATCH, f"a {kind_words}", p.kind_evidence
        return Verdict.NOT_IN_SOURCE, "", None
    if key in OBSERVATIONAL_FEATURES:
        if key in p.affirmed:
            return Verdict.SUPPORTED, _said(key, p.affirmed[key]), p.affirmed[key]
        if kind in REVIEW_KINDS | {TRIAL, CASE, PRECLINICAL}:
            return Verdict.METADATA_MISMATCH, f"a {kind_words}", p.kind_evidence
        return Verdict.NOT_IN_SOURCE, "", None
    if key == lx.CASE_REPORT:
        if kind == CASE:
            return Verdict.SUPPORTED, "a case report", p.kind_evidence
        if kind is not None:
            return Verdict.METADATA_MISMATCH, f"a {kind_words}", p.kind_evidence
        return Verdict.NOT_IN_SOURCE, "", None
    if key == lx.PROTOCOL:
        if kind == PROTOCOL_KIND or key in p.affirmed:
            return Verdict.SUPPORTED, "a study protocol", p.kind_evidence or p.affirmed.get(key)
        if kind in REVIEW_KINDS | PRIMARY_KINDS:
            return Verdict.METADATA_MISMATCH, f"a {kind_words} reporting results", p.kind_evidence
        return Verdict.NOT_IN_SOURCE, "", None
    if key in p.affirmed:
        return Verdict.SUPPORTED, _said(key, p.affirmed[key]), p.affirmed[key]
    return Verdict.NOT_IN_SOURCE, "", None


def _judge_review(key: str, p: DesignProfile) -> tuple[Verdict, str, Evidence | None]:
    kind = p.kind
    if key == lx.REVIEW:
        if kind in REVIEW_KINDS:
            return Verdict.SUPPORTED, f"a {kind}", p.kind_evidence
    elif key == lx.META_ANALYSIS:
        if kind == META:
            return Verdict.SUPPORTED, "a meta-analysis", p.kind_evidence
        if kind in (SYSTEMATIC, NARRATIVE):
            return Verdict.METADATA_MISMATCH, f"a {kind} without a meta-analysis", p.kind_evidence
    elif key == lx.SYSTEMATIC_REVIEW:
        if kind == SYSTEMATIC or lx.SYSTEMATIC_REVIEW in p.affirmed:
            evidence = p.affirmed.get(lx.SYSTEMATIC_REVIEW) or p.kind_evidence
            return Verdict.SUPPORTED, "a systematic review", evidence
        if kind == NARRATIVE:
            return (
                Verdict.METADATA_MISMATCH,
                "a narrative review (no systematic search)",
                p.kind_evidence,
            )
        if kind == META:
            return Verdict.NOT_IN_SOURCE, "", None
    if kind in PRIMARY_KINDS or kind == PROTOCOL_KIND:
        return Verdict.METADATA_MISMATCH, f"a {kind}, not a {key}", p.kind_evidence
    return Verdict.NOT_IN_SOURCE, "", None


def _denial(key: str, p: DesignProfile) -> str:
    evidence = p.denied[key].sentence.lower()
    words = ("uncontrolled", "open-label", "open label", "psychoactive-controlled",
             "active-controlled", "single-arm", "double-blind", "single-blind")  # fmt: skip
    if key in (lx.SINGLE_BLIND, lx.DOUBLE_BLIND, BLINDING):
        words = ("double-blind", "single-blind", "open-label", "open label")
    for word in words:
        if word in evidence:
            return f"{word} (not {key})"
    return f"not {key}"


_NOUN_DESIGNS: Final = frozenset(
    {lx.CLINICAL_TRIAL, lx.META_ANALYSIS, lx.SYSTEMATIC_REVIEW, lx.REVIEW, lx.CASE_REPORT,
     lx.PROTOCOL, lx.PILOT, lx.SINGLE_TRIAL}
)  # fmt: skip


def _named(key: str) -> str:
    """A design as words: "a clinical trial", "an open-label study"... but "randomized"."""
    if key in _NOUN_DESIGNS:
        return f"{'an' if key[0] in 'aeiou' else 'a'} {key}"
    return key


def _said(label: str, evidence: Evidence) -> str:
    label = _named(label)
    where = (
        "its title"
        if evidence.section == "title"
        else ("its publication type" if evidence.section == "publication_types" else "the abstract")
    )
    return f"{label} ({where})"


# --- masking of one part: "the six repeated infusions were double-blind" against "six
# open-label ketamine infusions" -----------------------------------------------------------------
#
# A trial may blind one phase and not another. A claim that gives the masking of a counted part
# ("the six repeated infusions") is read against the record's masking words and what each is
# written next to: the opposite masking next to the same count of the same thing, where the
# claim's own masking is next to neither, contradicts it. A count is what names a part without
# doubt; without one, shared words ("ketamine infusions") may belong to any phase.

_MASKING: Final = {
    lx.DOUBLE_BLIND: re.compile(r"\b(?:double|triple)[\s-]?(?:blind(?:ed)?|mask(?:ed)?)\b", _I),
    lx.SINGLE_BLIND: re.compile(r"\bsingle[\s-]?(?:blind(?:ed)?|mask(?:ed)?)\b", _I),
    lx.OPEN_LABEL: re.compile(r"\bopen[\s-]?label(?:led)?\b|\bun-?blinded\b", _I),
}
_MASKING_REACH: Final = 6


def _other_masking(design: DesignAssertion, claim: str, index: RecordIndex) -> Finding | None:
    if design.negated or design.design not in _MASKING:
        return None
    counts, part = _near_words(claim, design.phrase.start, design.phrase.end)
    if not counts or not part:
        return None
    own = _MASKING[design.design]
    # Double against single blinding is a level of the whole trial, not of a part.
    others = [p for key, p in _MASKING.items() if key != design.design]
    if design.design != lx.OPEN_LABEL:
        others = [_MASKING[lx.OPEN_LABEL]]
    for sentence in index.sentences:
        for pattern in others:
            for match in pattern.finditer(sentence.text):
                if _same_part(counts, part, sentence.text, match) and not any(
                    _same_part(counts, part, s.text, m)
                    for s in index.sentences
                    for m in own.finditer(s.text)
                ):
                    return Finding(
                        kind=FindingKind.DESIGN,
                        verdict=_masking_verdict(claim, design.phrase.end),
                        message=f"the claim says {design.phrase.text}, but the abstract says "
                        f"'{match.group()}' of that part of the study",
                        claim_says=design.phrase.text,
                        source_says=match.group(),
                        evidence=_sentence_evidence(sentence, match),
                        confidence=0.7,
                    )
    return None


# The masking word as a label of the study ("a double-blind study of twenty adults found ..."):
# the claim describes the study wrongly, metadata. Said of what was done ("the infusions were
# given double-blind"), the masking is what the claim asserts, and the record contradicts it.
_LABELS_STUDY: Final = re.compile(
    r"[\s,-]*(?:(?:randomi[sz]ed|placebo-controlled|controlled|clinical|pilot|phase\s+\w+|"
    r"crossover|parallel(?:-group)?|multi-?cent(?:re|er))[\s,-]+){0,3}"
    r"(?:study|studies|trial|trials|RCTs?|design|experiment|investigation|pilot)\b",
    re.IGNORECASE,
)


def _masking_verdict(claim: str, end: int) -> Verdict:
    return Verdict.METADATA_MISMATCH if _LABELS_STUDY.match(claim, end) else Verdict.CONTRADICTED


def _same_part(
    counts: frozenset[float], part: frozenset[str], text: str, match: re.Match[str]
) -> bool:
    near_counts, near = _near_words(text, *match.span())
    return bool(counts & near_counts and part & near)


def _near_words(text: str, start: int, end: int) -> tuple[frozenset[float], frozenset[str]]:
    """The counts and the stems of the few words either side of a masking word, in its clause."""
    left = max(text.rfind(c, 0, start) for c in ",;:.(") + 1
    right = min((i for i in (text.find(c, end) for c in ",;:.)") if i >= 0), default=len(text))
    before = terms_between(text, left, start)[-_MASKING_REACH:]
    after = terms_between(text, end, right)[:_MASKING_REACH]
    near = before + after
    counts = frozenset(v for t in near if t.is_number and (v := _count(t.text)) is not None)
    return counts, frozenset(t.stem for t in near if not t.is_number)


def _count(word: str) -> float | None:
    if word.replace(".", "", 1).isdigit():
        return float(word)
    parsed = parse_number_words(word)
    return float(parsed.value) if parsed is not None else None


# --- what a review pooled: randomized trials or observational studies ---------------------------

# A review or pooled analysis named with the kind of studies it pooled: "a meta-analysis of
# observational studies", "a systematic review of randomised controlled trials".
_POOLING: Final = (
    r"\b(?:meta-?analys[ie]s|review|reviews|pooled\s+analys[ie]s|overview|synthesis|pooling)\s+"
    r"(?:of|from|across|pooling|including)\s+(?:only\s+|\w+\s+)?"
)
_OBSERVATIONAL_STUDIES: Final = (
    r"(?:observational|cohort|case[\s-]control|cross[\s-]sectional|non[\s-]?randomi[sz]ed)"
    r"\s+(?:\w+\s+)?(?:studies|data|trials|research|evidence)"
)
_RANDOMIZED_STUDIES: Final = r"(?:randomi[sz]ed\s+(?:\w+\s+)?(?:controlled?\s+)?trials|RCTs)"
_CLAIMED_POOL: Final = {
    OBSERVATIONAL: re.compile(_POOLING + _OBSERVATIONAL_STUDIES, _I),
    TRIAL: re.compile(_POOLING + _RANDOMIZED_STUDIES, _I),
}
# The record's own words for what it pooled: wider than the claim's ("we synthesized evidence
# from randomized control trials", "RCTs were included").
_RECORD_POOL: Final = {
    OBSERVATIONAL: re.compile(r"\b" + _OBSERVATIONAL_STUDIES + r"|\bcohort\s+studies", _I),
    TRIAL: re.compile(r"\b" + _RANDOMIZED_STUDIES + r"|\brandomi[sz]ed\s+control\s+trials", _I),
}
_POOLED_NAMES: Final = {OBSERVATIONAL: "observational studies", TRIAL: "randomized trials"}


def included_studies_finding(claim: str, index: RecordIndex) -> Finding | None:
    """A review said to pool one kind of study when the record pools only the other kind: the
    design of the pooled studies is part of the review's own design."""
    claimed = [kind for kind, pattern in _CLAIMED_POOL.items() if pattern.search(claim)]
    if len(claimed) != 1:
        return None
    wanted = claimed[0]
    other = TRIAL if wanted == OBSERVATIONAL else OBSERVATIONAL
    if any(_RECORD_POOL[wanted].search(s.text) for s in index.sentences):
        return None  # the record pools (or at least names) the claimed kind
    for sentence in index.sentences:
        match = _RECORD_POOL[other].search(sentence.text)
        if match is None:
            continue
        if not any(_REVIEWED.search(s.text) for s in index.sentences):
            return None  # the record is not a review: the trial words are its own design
        phrase = _CLAIMED_POOL[wanted].search(claim)
        return Finding(
            kind=FindingKind.DESIGN,
            verdict=Verdict.METADATA_MISMATCH,
            message=f"the claim says the review pooled {_POOLED_NAMES[wanted]}, but the record "
            f"pooled {_POOLED_NAMES[other]}",
            claim_says=phrase.group() if phrase else None,
            source_says=sentence.text,
            evidence=_sentence_evidence(sentence, match),
            confidence=0.7,
        )
    return None


_REVIEWED: Final = re.compile(
    r"\b(?:meta-?analys[ie]s|systematic\s+review|pooled\s+analys[ie]s|we\s+(?:searched|"
    r"synthesi[sz]ed|reviewed|pooled))\b",
    _I,
)
