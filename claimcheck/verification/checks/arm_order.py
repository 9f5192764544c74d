"""Which arm did better: a claim that ranks two arms on an outcome, against the record's ranking.

A ranking is (ahead, behind) on benefit. Harms rank the other way: "more side effects with A
than B" puts B ahead, and so does "A reduced symptoms less than B". Sides are matched by name:
placebo, saline, vehicle, sham and control are one side; anything else by its word stem, among
the words the record uses as arms (drug names, comparators, the sides of its own rankings).

The record ranks with "improved after A but not B", "greater reduction with A than B", "A was
superior to B", "A outperformed B" and "compared with B, A reduced ...". Against the claim's
ranking of the same two sides: the reverse order (or "no better than B" where the record puts A
ahead) -> CONTRADICTED; the same order -> SUPPORTED; sides the record does not rank -> nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final

from claimcheck.pubmed.model import PubMedRecord
from claimcheck.report.model import Finding, FindingKind, Verdict
from claimcheck.verification import lexicon as lx
from claimcheck.verification.assertions import Assertions, clause_bounds, find_comparisons
from claimcheck.verification.checks.common import (
    RARE_ZIPF,
    in_record,
    quoted,
    retrieve,
    sentence_evidence,
)
from claimcheck.verification.checks.comparator import record_comparators
from claimcheck.verification.checks.direction import difference_statements, source_changes
from claimcheck.verification.index import IndexedSentence, RecordIndex, terms_of
from claimcheck.verification.text import english_commonness

_I = re.IGNORECASE
PLACEBO_SIDE: Final = "placebo"
_DUMMY: Final = re.compile(r"\b(?:dummy|fake|inert|sugar|mock)\s+[a-z]+", _I)
_CONTROL_SIDE: Final = re.compile(
    r"\b(?:vehicle|control\s+(?:group|arm|condition|infusion|subjects|patients)|controls)\b", _I
)
# Outcome words that grade benefit whatever their object: "improved symptoms", "more effective".
_BENEFIT: Final = re.compile(
    r"\b(?:effective(?:ly|ness)?|efficac(?:y|ious)|benefi(?:t|ts|cial|ted)|improv\w*|"
    r"eas(?:e|ed|es|ing)|reliev\w*|relief|alleviat\w*|help(?:ed|ful|s)?|remission|recover\w*|"
    r"respon(?:se|ses|ders?)|antidepressant\s+effects?|better|worse|superior|inferior|"
    r"outperform\w*|beat|prevent\w*|protect\w*)\b",
    _I,
)
# What is bad to have: more of it ranks an arm lower, reducing it ranks an arm higher.
_HARM: Final = re.compile(
    r"\b(?:side[\s-]+effects?|adverse|harms?|toxicit\w*|symptoms?|pain|depress\w*|anxiety|"
    r"relapses?|mortality|deaths?|dropouts?|nausea|vomiting|dissociat\w*|suicid\w*|"
    r"hospitali[sz]ations?|complications?|infections?|events?)\b",
    _I,
)
# How strongly an agent acts, whatever the action: "more potently inhibited by A than B".
_POTENCY: Final = re.compile(r"\b(?:potent(?:ly|cy)?|strong(?:er|ly)?|powerful(?:ly)?)\b", _I)
_LAY_DECREASE: Final = re.compile(
    r"\b(?:cut(?:s|ting)?|lessen\w*|shr[au]nk|curb\w*|halv\w*|slash\w*|trimm?\w*|eliminat\w*)\b",
    _I,
)
_DENIED: Final = re.compile(
    r"\b(?:not|no|never|neither|nor|without|failed\s+to|did\s+not|didn't|was\s+not|were\s+not)\b",
    _I,
)
_NO_BETTER: Final = re.compile(
    r"\b(?:(?:no|not)\s+(?:any\s+)?(?:better|more\s+effective|more\s+beneficial|superior)\s+"
    r"(?:than|to)|(?:did\s+not|didn't|failed\s+to)\s+(?:outperform|beat|do\s+better\s+than))"
    r"\s+(?P<x>[^,;.]+)",
    _I,
)
_SUPERIOR: Final = re.compile(
    r"\b(?P<cue>superior|inferior)\s+to\s+(?P<x>[^,;.]+)|\b(?P<beat>outperform(?:ed|s)?|beat)\s+"
    r"(?P<y>[^,;.]+)",
    _I,
)
_BUT_NOT: Final = re.compile(
    r"\b(?:after|with|following|on|in|to|by)?\s*(?P<a>[\w-]+)(?:\s+(?:infusions?|treatment|"
    r"groups?|arms?|administration))?\s*,?\s+but\s+not\s+(?:after\s+|with\s+|following\s+|"
    r"on\s+|in\s+|to\s+|by\s+)?(?:the\s+)?(?P<b>[\w-]+)",
    _I,
)
_COMPARED_FIRST: Final = re.compile(
    r"^\s*(?:compared\s+(?:with|to)|relative\s+to|versus|vs\.?|as\s+compared\s+(?:with|to))\s+"
    r"(?P<b>[^,]+),\s*(?P<rest>[^;]+)",
    _I,
)
_SUBJECT_END: Final = re.compile(
    r"\b(?:was|were|had|has|showed?|elicited|produced|resulted|led|reduced|improved|caused|"
    r"decreased|increased|lowered|yielded|achieved|demonstrated|significantly)\b",
    _I,
)
_WITH_ARM: Final = re.compile(
    r"\b(?:with|after|following|receiving|on|by)\s+(?:the\s+|a\s+)?(?P<x>[\w()+-]+(?:\s+[\w-]+)?)"
    r"\s+than\s*$",
    _I,
)
# The record's "A did not differ from B", "no significant difference between A and B", "A was
# comparable to B": two named sides the record does not rank apart (the cue itself is read by
# the significance check's difference_statements; these only find the two sides around it).
_SIDE: Final = r"[\w-]+(?:\s+[\w-]+)?"
_NULL_PAIR: Final = re.compile(
    rf"(?P<a>{_SIDE})\s+(?:(?:did|does|do)\s+not|didn't)\s+(?:significantly\s+|statistically\s+)?"
    rf"differ\s+(?:significantly\s+)?(?:from|with)\s+(?:the\s+)?(?P<b>{_SIDE})"
    rf"|(?P<c>{_SIDE})\s+(?:was|were|is|are)\s+(?:not\s+(?:significantly\s+|statistically\s+)?"
    rf"different|(?:\w+\s+)?(?:similar|comparable|equivalent|non-?inferior))\s+(?:from|to|with)\s+"
    rf"(?:that\s+(?:of|with)\s+|those\s+(?:of|with)\s+)?(?:the\s+)?(?P<d>{_SIDE})"
    r"|\bno\s+(?:[\w-]+\s+){0,2}?differences?\s+(?:[\w-]+\s+){0,3}?between\s+(?:the\s+)?"
    rf"(?P<e>[^,;.()]+?)\s+(?:and|or|versus|vs\.?)\s+(?:the\s+)?(?P<f>{_SIDE})",
    _I,
)
# Nulls about who was enrolled, not about how the arms fared.
_BASELINE: Final = re.compile(
    r"\b(?:baseline|demographic\w*|characteristics|age|sex|gender|randomi[sz]\w*|"
    r"enrol(?:l|led|ment)|allocat\w*)\b",
    _I,
)
_ABBREVIATION: Final = re.compile(r"[A-Z][A-Za-z0-9]*[A-Z][A-Za-z0-9]*")
_GENERIC: Final = frozenset(
    {"group", "arm", "patient", "subject", "participant", "treatment", "infus", "administr",
     "dose", "the", "those", "receiv", "given", "with", "after", "condit", "inject", "pill",
     "tablet", "capsul", "drip", "dress", "solut", "spray", "topic", "oral", "intraven", "daili"}
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class _Null:
    first: frozenset[str]  # the stems (or "placebo") naming one side the record does not rank
    second: frozenset[str]
    sentence: IndexedSentence


@dataclass(frozen=True, slots=True)
class _Order:
    ahead: str  # the side ranked higher on benefit (its stem, or "placebo")
    behind: str
    sentence: IndexedSentence | None
    text: str


def _sides(text: str, vocabulary: frozenset[str]) -> list[str]:
    """The arms named in ``text``, in order: the placebo family as one, others by stem."""
    found: list[tuple[int, int, str]] = []
    spans: list[tuple[int, int]] = []
    for pattern in (lx.PLACEBO_WORDS, _CONTROL_SIDE, _DUMMY):
        for match in pattern.finditer(text):
            found.append((match.start(), match.end(), PLACEBO_SIDE))
            spans.append(match.span())
    for term in terms_of(text):
        if any(a <= term.start < b for a, b in spans):
            continue
        if term.stem in vocabulary and term.stem not in _GENERIC and not term.is_number:
            found.append((term.start, term.end, term.stem))
    ordered = []
    previous_end = -10
    for start, end, side in sorted(found):
        # "S-(+)-ketamine", "racemic ketamine": the qualifier names the side; the drug after it
        # only repeats what both sides share.
        adjacent = 0 <= start - previous_end <= 1
        previous_end = end
        if adjacent and side != PLACEBO_SIDE:
            continue
        if side not in ordered:
            ordered.append(side)
    return ordered


_REPORTED: Final = re.compile(r"^.*\b(?:that|:)\s*", _I)
_FIRST_VERB: Final = re.compile(r"\b(?:\w+ed|was|were|is|are|has|have|had)\b", _I)


def _subject(leading: str) -> str:
    """The subject of a ranking clause ("racemic ketamine" in "the team found that racemic
    ketamine blocked HCN1 channels more strongly"): what the claim ranks, not its object."""
    reported = _REPORTED.match(leading)
    clause = leading[reported.end() :] if reported else leading
    verb = _FIRST_VERB.search(clause)
    return clause[: verb.start()] if verb else clause


def _polarity(clause: str) -> int | None:
    """+1 when ranking ahead on this clause is ranking ahead on benefit, -1 on harm; a ranking
    on potency alone ("inhibited more potently", "blocked more strongly") counts as +1."""
    if _BENEFIT.search(clause):
        return 1
    if _HARM.search(clause):
        lowered = lx.DECREASE_WORDS.search(clause) or _LAY_DECREASE.search(clause)
        return 1 if lowered else -1
    if _POTENCY.search(clause):
        return 1
    return None


def _arm_vocabulary(index: RecordIndex, record: PubMedRecord) -> frozenset[str]:
    return index.memo("arm-vocabulary", lambda: _find_arm_vocabulary(index, record))


def _find_arm_vocabulary(index: RecordIndex, record: PubMedRecord) -> frozenset[str]:
    # A one-word substance the record is indexed with ("Ketamine", "Midazolam") names an arm;
    # longer entries are classes ("Excitatory Amino Acid Antagonists") whose words are not.
    words: set[str] = {
        t.stem for name in record.chemicals if len(name.split()) == 1 for t in terms_of(name)
    }
    for found in record_comparators(index):
        words.update(found.comparator.terms)
    for sentence in index.sentences:
        for match in lx.DRUG_NAME.finditer(sentence.text):
            words.update(t.stem for t in terms_of(match.group()))
        for match in _BUT_NOT.finditer(sentence.text):
            words.update(t.stem for t in terms_of(f"{match['a']} {match['b']}"))
        for comparison in find_comparisons(sentence.text):
            # "greater with topical honey than with the sham dressing": the arm ahead follows
            # "with" between the comparative and "than".
            for arm in _WITH_ARM.finditer(comparison.cue.text):
                words.update(t.stem for t in terms_of(arm["x"]) if not t.is_number)
            words.update(t.stem for t in terms_of(comparison.target.text)[:3] if not t.is_number)
        compared = _COMPARED_FIRST.match(sentence.text)
        if compared is not None:
            # "Compared with B, a single A infusion reduced ...": the uncommon words of the
            # subject name the arm ranked against B ("single" and "infusion" do not).
            subject = _SUBJECT_END.split(compared["rest"], maxsplit=1)[0]
            words.update(
                t.stem for t in terms_of(subject)
                if not t.is_number and english_commonness(t.text.lower()) < RARE_ZIPF
            )  # fmt: skip
    return frozenset(w for w in words if len(w) > 2 and w not in _GENERIC)


# A substance given as an arm: "ketamine dosing", "IV ketamine infusions", "doses of ketamine".
_GIVEN_AFTER: Final = re.compile(
    r"\b(?P<x>[A-Za-z][\w-]{3,})\s+(?:dos(?:e|es|ing)|infusions?|injections?|administration|"
    r"tablets?|capsules?|sprays?)\b",
    _I,
)
_GIVEN_BEFORE: Final = re.compile(
    r"\b(?:dos(?:e|es|ing)|infusions?|injections?|administration)\s+of\s+(?:the\s+|a\s+)?"
    r"(?:\w+\s+)?(?P<x>[A-Za-z][\w-]{3,})\b",
    _I,
)


def record_arm_stems(index: RecordIndex) -> frozenset[str]:
    """The stems of the record's arms: its comparators and drugs (the arm vocabulary), the
    placebo family, and an uncommon word it gives as doses or infusions ("ketamine dosing",
    "doses of ketamine"): what a claim's "only with X" may name as an arm."""
    record = index.source
    if record is None:
        return frozenset()
    return index.memo("arm-stems", lambda: _find_arm_stems(index, record))


def _find_arm_stems(index: RecordIndex, record: PubMedRecord) -> frozenset[str]:
    return frozenset(_arm_vocabulary(index, record) | _given_stems(index))


def _given_stems(index: RecordIndex) -> frozenset[str]:
    """The stems of what the record gives as a treatment: a named drug, the placebo family, an
    uncommon word it doses or infuses."""
    return index.memo("given-stems", lambda: _find_given_stems(index))


def _find_given_stems(index: RecordIndex) -> frozenset[str]:
    stems = {PLACEBO_SIDE}
    for sentence in index.sentences:
        for match in lx.DRUG_NAME.finditer(sentence.text):
            stems.update(t.stem for t in terms_of(match.group()) if not t.is_number)
        for pattern in (_GIVEN_AFTER, _GIVEN_BEFORE):
            for match in pattern.finditer(sentence.text):
                word = match["x"]
                if english_commonness(word.lower()) < RARE_ZIPF:
                    stems.update(t.stem for t in terms_of(word) if not t.is_number)
    return frozenset(stems - _GENERIC)


def names_arm(text: str, index: RecordIndex) -> bool:
    """Whether ``text`` names one of the record's arms (a placebo-family word counts)."""
    if lx.PLACEBO_WORDS.search(text) or _CONTROL_SIDE.search(text) or _DUMMY.search(text):
        return True
    stems = record_arm_stems(index)
    return any(t.stem in stems for t in terms_of(text) if not t.is_number)


# "fewer psychiatric, cardiovascular and neurological side-effects than placebo": a list of
# modifiers between the comparative and "than" is one noun phrase; its commas end no clause.
_LISTED_COMPARISON: Final = re.compile(
    r"\b(?:more|less|fewer|greater|higher|lower)\s+(?:[\w()+-]+\s+){0,2}?"
    r"(?P<list>(?:[\w()+-]+\s*,\s*){1,5}"
    r"[\w()+-]+,?\s+(?:and|or)\s+[\w()+-]+(?:\s+[\w()+-]+){0,3}?)\s+than\s",
    _I,
)


_STAND_IN: Final = re.compile(
    r"(?:those|that|the\s+ones|ones|people|patients|participants|subjects)\s+(?:on|with|given|"
    r"receiving|taking|in|of|after|treated\s+with)\s+(?:the\s+|a\s+)?(?P<x>[\w()+-]+)",
    _I,
)


def unlisted(text: str) -> str:
    """``text`` with the commas of a list inside a comparison blanked (offsets kept), so the
    comparison reads as one: "more nausea, vomiting and headache than placebo"."""
    for match in _LISTED_COMPARISON.finditer(text):
        start, end = match.span("list")
        text = text[:start] + text[start:end].replace(",", " ") + text[end:]
    return text


def comparison_arms(
    text: str, vocabulary: frozenset[str], at: int | None = None
) -> list[tuple[str, str, int]]:
    """Each comparison of two named arms in ``text`` as written: (the arm before "than", the arm
    after it, where its cue starts); only the one whose cue starts at ``at`` when given."""
    text = unlisted(text)
    found = []
    for comparison in find_comparisons(text):
        if at is not None and comparison.cue.start != at:
            continue
        start, _ = clause_bounds(text, comparison.cue.start)
        leading = text[start : comparison.target.start]
        if _DENIED.search(leading):
            continue
        first = _sides(leading, vocabulary)
        if len(first) > 1:
            first = _sides(_subject(leading), vocabulary)
        second = _sides(comparison.target.text, vocabulary)
        if not second:  # "than those on lidocaine": the arm follows the stand-in
            stand_in = _STAND_IN.match(text, comparison.target.start)
            second = _sides(stand_in["x"], vocabulary) if stand_in else []
        if len(first) != 1 or not second or first[0] == second[0]:
            continue
        found.append((first[0], second[0], comparison.cue.start))
    return found


def claimed_arms(claim: str, at: int, index: RecordIndex) -> tuple[str, str] | None:
    """The two arms of the claim's comparison whose cue starts at ``at``, as written."""
    record = index.source
    if record is None or " than " not in claim.lower():
        return None
    claimed = comparison_arms(claim, _arm_vocabulary(index, record), at)
    return claimed[0][:2] if len(claimed) == 1 else None


def arms_reversed(
    claimed: tuple[str, str], sentence: IndexedSentence, index: RecordIndex, cue: str | None = None
) -> bool:
    """Whether the record sentence compares the claim's two arms ("placebo produced fewer
    side-effects than ketamine") in the other order ("more frequent after ketamine than after
    placebo"): then its comparative reads the other way round, and the same comparative
    would say the opposite. Only a comparison whose clause carries the change matched
    (``cue``) turns it: "dissociation was less common with midazolam than with ketamine, and
    blood pressure rose more after ketamine" says nothing reversed of blood pressure. Without
    ``cue``, every change the sentence states must lie in a reversed comparison's clause."""
    if index.source is None or " than " not in sentence.text.lower():
        return False
    stated = index.memo(
        ("arm-comparisons", sentence.position), lambda: _stated_arms(sentence, index)
    )
    pairs = {(a, b) for a, b, _, _ in stated}
    if (claimed[1], claimed[0]) not in pairs or claimed in pairs:
        return False
    clauses = [(start, end) for a, b, start, end in stated if (b, a) == claimed]
    text = sentence.text.lower()
    if cue is not None:
        cues = [cue]
    else:
        cues = [c.cue for c in source_changes(index) if c.sentence.position == sentence.position]
    for found in cues:
        spans = [(m.start(), m.end()) for m in re.finditer(re.escape(found.lower()), text)] or [
            (-1, -1)
        ]
        if not any(start <= a and b <= end for a, b in spans for start, end in clauses):
            return False
    return True


def _stated_arms(
    sentence: IndexedSentence, index: RecordIndex
) -> tuple[tuple[str, str, int, int], ...]:
    """Each comparison of two arms in the sentence with the bounds of its clause."""
    assert index.source is not None
    vocabulary = _arm_vocabulary(index, index.source)
    text = unlisted(sentence.text)
    return tuple(
        (a, b, *clause_bounds(text, at)) for a, b, at in comparison_arms(sentence.text, vocabulary)
    )


def _orders_in(
    text: str, vocabulary: frozenset[str], sentence: IndexedSentence | None
) -> list[_Order]:
    """Every ranking of two arms in one sentence (record or claim), denials left out."""
    orders: list[_Order] = []
    text = unlisted(text)

    def add(first: list[str], second: list[str], ahead: bool, clause: str) -> None:
        polarity = _polarity(clause)
        if polarity is None or not first or not second:
            return
        b = second[0]
        a = next((side for side in first if side != b), None)
        if a is None:
            return
        if ahead == (polarity > 0):
            orders.append(_Order(a, b, sentence, text))
        else:
            orders.append(_Order(b, a, sentence, text))

    for comparison in find_comparisons(text):
        start, end = clause_bounds(text, comparison.cue.start)
        leading = text[start : comparison.target.start]
        if _DENIED.search(leading):
            continue
        first = _sides(leading, vocabulary)
        if len(first) > 1:
            first = _sides(_subject(leading), vocabulary)
        if len(first) > 1:
            continue  # two arms before "than": which one is ahead is not plain
        # The comparative itself ("less nausea") is the order, not a reduction of the outcome.
        cue = comparison.cue.start
        clause = (
            text[start:cue]
            + " " * len(comparison.cue.text.split()[0])
            + text[cue + len(comparison.cue.text.split()[0]) : end]
        )
        add(first, _sides(comparison.target.text, vocabulary), comparison.ahead, clause)
    for match in _SUPERIOR.finditer(text):
        start, end = clause_bounds(text, match.start())
        leading = text[start : match.start()]
        if _DENIED.search(leading):
            continue
        target = match["x"] if match["x"] is not None else match["y"]
        ahead = not (match["cue"] or "").lower().startswith("inf")
        add(_sides(leading, vocabulary), _sides(target, vocabulary), ahead, "superior")
    for match in _BUT_NOT.finditer(text):
        start, end = clause_bounds(text, match.start("a"))
        clause = text[start:end]
        if _DENIED.search(text[start : match.start("a")]):
            continue
        a, b = _sides(match["a"], vocabulary), _sides(match["b"], vocabulary)
        add(a, b, True, clause)
    compared = _COMPARED_FIRST.match(text)
    if (
        compared is not None
        and not _DENIED.search(compared["rest"])
        and not find_comparisons(compared["rest"])
    ):
        rest = compared["rest"]
        add(_sides(rest, vocabulary), _sides(compared["b"], vocabulary), True, rest)
    return orders


def _record_orders(index: RecordIndex, record: PubMedRecord) -> list[_Order]:
    return index.memo("arm-orders", lambda: _find_record_orders(index, record))


def _find_record_orders(index: RecordIndex, record: PubMedRecord) -> list[_Order]:
    vocabulary = _arm_vocabulary(index, record)
    return [o for s in index.sentences for o in _orders_in(s.text, vocabulary, s)]


def check_arm_order(
    assertions: Assertions, record: PubMedRecord, index: RecordIndex
) -> list[Finding]:
    text = assertions.text
    if " than " not in text.lower() and not _SUPERIOR.search(text):
        return []
    sizes = _against_change_sizes(assertions, index)
    if sizes:
        return sizes
    record_orders = _record_orders(index, record)
    vocabulary = _arm_vocabulary(index, record)
    if not record_orders:
        return [] if assertions.negated else _ranked_against_null(text, index, record, vocabulary)
    outcome = _outcome_words(text, vocabulary)
    for denial in _NO_BETTER.finditer(text):
        start, _ = clause_bounds(text, denial.start())
        first = _sides(text[start : denial.start()], vocabulary)
        second = _sides(denial["x"], vocabulary)
        if len(first) != 1 or not second or first[0] == second[0]:
            continue
        for order in record_orders:
            if (order.ahead, order.behind) == (first[0], second[0]) and _same_outcome(
                outcome, order
            ):
                return [_finding(Verdict.CONTRADICTED, order, text, "puts the first arm no higher")]
    if assertions.negated:
        return []
    outcome = _outcome_words(text, vocabulary)
    record_orders = [o for o in record_orders if _same_outcome(outcome, o)]
    for claimed in _orders_in(text, vocabulary, None):
        for order in record_orders:
            if (order.ahead, order.behind) == (claimed.behind, claimed.ahead):
                return [_finding(Verdict.CONTRADICTED, order, text, "ranks the arms the other way")]
        for order in record_orders:
            if (order.ahead, order.behind) == (claimed.ahead, claimed.behind):
                return [_finding(Verdict.SUPPORTED, order, text, "ranks the arms the same way")]
    return _ranked_against_null(text, index, record, vocabulary)


def _ranked_against_null(
    text: str, index: RecordIndex, record: PubMedRecord, vocabulary: frozenset[str]
) -> list[Finding]:
    """A claim that puts one side ahead where the record says the two sides did not differ."""
    nulls = _record_nulls(index, record)
    if not nulls:
        return []
    named = vocabulary | frozenset(s for n in nulls for s in n.first | n.second)
    outcome = _outcome_words(text, named)
    for claimed in _orders_in(text, named, None):
        for null in nulls:
            pair = {claimed.ahead, claimed.behind}
            if not (pair & null.first and pair & null.second and claimed.ahead != claimed.behind):
                continue
            if (claimed.ahead in null.first) == (claimed.behind in null.first):
                continue
            if outcome and not any(outcome & t.concepts for t in null.sentence.terms):
                continue
            said = quoted(null.sentence.text)
            return [
                Finding(
                    kind=FindingKind.COMPARATOR,
                    verdict=Verdict.CONTRADICTED,
                    message=f"the claim ranks one arm above the other, but the abstract finds "
                    f"no difference between them: “{said}”",
                    claim_says=text,
                    source_says=said,
                    evidence=sentence_evidence(null.sentence),
                    confidence=0.75,
                )
            ]
    return []


def _record_nulls(index: RecordIndex, record: PubMedRecord) -> list[_Null]:
    return index.memo("arm-nulls", lambda: _find_record_nulls(index))


def _find_record_nulls(index: RecordIndex) -> list[_Null]:
    nulls: list[_Null] = []
    for sentence in index.sentences:
        text = sentence.text
        if _BASELINE.search(text):
            continue
        cues = [m for m, differs in difference_statements(text) if not differs]
        if not cues:
            continue
        for match in _NULL_PAIR.finditer(text):
            if not any(clause_bounds(text, c.start())[0] <= match.start() <= c.end() for c in cues):
                continue
            first_text = match["a"] or match["c"] or match["e"]
            second_text = match["b"] or match["d"] or match["f"]
            first, second = _named(first_text), _named(second_text)
            if first and second and not first & second:
                nulls.append(_Null(first, second, sentence))
    return nulls


def _named(side: str) -> frozenset[str]:
    """The stems that can name a side: the placebo family, or its uncommon words."""
    if lx.PLACEBO_WORDS.search(side) or _CONTROL_SIDE.search(side) or _DUMMY.search(side):
        return frozenset({PLACEBO_SIDE})
    return frozenset(
        t.stem for t in terms_of(side)
        if not t.is_number and t.stem not in _GENERIC and len(t.stem) > 1
        and (english_commonness(t.text.lower()) < RARE_ZIPF or _ABBREVIATION.fullmatch(t.text))
    )  # fmt: skip


_VERBS_OF_ANY_OUTCOME: Final = frozenset(
    t.stem for t in terms_of("caused produced led resulted reported showed had did gave")
)
# Function words are the commonest of English; an outcome word never is ("side", "pain").
_FUNCTION_ZIPF: Final = 5.6


def _outcome_words(text: str, vocabulary: frozenset[str]) -> frozenset[str]:
    """What the claim ranks the arms on ("depressive symptoms", "side effects"): its words
    beyond the arms, the ranking words and the function words. Empty: efficacy in general."""
    spans = [m.span() for p in (lx.PLACEBO_WORDS, _CONTROL_SIDE, _DUMMY) for m in p.finditer(text)]
    return frozenset(
        t.stem for t in terms_of(text)
        if not t.is_number and t.stem not in vocabulary and t.stem not in _GENERIC
        and t.stem not in _VERBS_OF_ANY_OUTCOME and not any(a <= t.start < b for a, b in spans)
        and not lx.PLACEBO_WORDS.fullmatch(t.text) and not _BENEFIT.fullmatch(t.text)
        and not lx.INCREASE_WORDS.fullmatch(t.text) and not lx.DECREASE_WORDS.fullmatch(t.text)
        and t.text.lower() not in lx.NON_CONTENT_WORDS and t.text.lower() not in lx.GENERIC_WORDS
        and english_commonness(t.text.lower()) < _FUNCTION_ZIPF
    )  # fmt: skip


# Words any outcome may carry ("anxiety symptoms", "pain scores"): they do not say which.
_OUTCOME_FRAME: Final = frozenset(
    t.stem
    for t in terms_of(
        "symptom symptoms score scores scale scales level levels effect effects outcome outcomes "
        "measure measures rate rates change changes severity"
    )
)


def _same_outcome(outcome: frozenset[str], order: _Order) -> bool:
    """Whether the record's ranking is on the claim's outcome: a word naming what was ranked
    ("anxiety" in "anxiety symptoms") is in the sentence; the frame words alone ("symptoms",
    "scores") are enough only where nothing more specific is said."""
    if not outcome or order.sentence is None:
        return True
    terms = order.sentence.terms
    specific = outcome - _OUTCOME_FRAME
    if not specific:
        return any(outcome & t.concepts for t in terms)
    return any(specific & t.concepts for t in terms)


def _shown(side: str, sentence: IndexedSentence) -> str:
    """The record's own word for a side ("ketamine", not the stem "ketamin")."""
    word = next((t.text for t in sentence.terms if t.stem == side), side)
    return word.lower()


def _finding(verdict: Verdict, order: _Order, claim: str, how: str) -> Finding:
    assert order.sentence is not None
    said = quoted(order.sentence.text)
    ahead, behind = _shown(order.ahead, order.sentence), _shown(order.behind, order.sentence)
    if verdict is Verdict.CONTRADICTED:
        message = f"the claim {how}, but the abstract puts {ahead} ahead of {behind}"
    else:
        message = f"the abstract {how}, {ahead} ahead of {behind}"
    message += f": “{said}”"
    return Finding(
        kind=FindingKind.COMPARATOR,
        verdict=verdict,
        message=message,
        claim_says=claim,
        source_says=said,
        evidence=sentence_evidence(order.sentence),
        confidence=0.8,
    )


# --- which arm changed more: "a steeper rise with A than with B" -----------------------------
#
# The record gives each arm's change side by side: "(solution A: 8 to 23%; solution B: 5 to
# 38%)", its labels defined elsewhere ("0.17 M sodium chloride ... (solution A)"). A claim that
# one arm's change was larger (steeper, bigger, sharper) or smaller than the other's is checked
# against the two stated changes: the reverse order, by a clear margin -> CONTRADICTED. The claim
# must speak of a change ("steeper", "rose more", "a larger drop"): "damage was greater with A"
# compares levels, not changes. A direction it names ("rose", "fell") must be each arm's own: a
# rise with one arm and a fall with the other is no larger or smaller change of one kind.

_LARGER: Final = (
    r"steeper|larger|bigger|greater|sharper|"
    r"more\s+(?:marked|pronounced|dramatic|severe|sharply|steeply)"
)
_SMALLER: Final = r"smaller|shallower|milder|lesser|less\s+(?:marked|pronounced|dramatic|severe)"
_ARM_WORD: Final = r"(?:with|in|for|under|using|after|on)"
# Cues that speak of a change by themselves: a slope is steep or shallow.
_SLOPE_CUE: Final = re.compile(r"steep|sharp|shallow", _I)
# The change the claim names, and its direction: "rose", "a larger drop", "changed more".
_CHANGE_UP: Final = (
    r"ris(?:e|es|en|ing)|rose|increas\w*|climb\w*|gr[eo]w(?:s|n|th|ing)?|gain\w*|"
    r"went\s+up|go(?:es)?\s+up|jump\w*|surg\w*|accumulat\w*|worsen\w*"
)
_CHANGE_DOWN: Final = (
    r"fall(?:s|en|ing)?|fell|drop\w*|declin\w*|decreas\w*|reduc\w*|los[est]\w*|loss|"
    r"went\s+down|go(?:es)?\s+down|dip\w*|shr[aiu]nk\w*|improv\w*"
)
_CHANGE_WORD: Final = re.compile(
    rf"\b(?:(?P<rise>{_CHANGE_UP})|(?P<fall>{_CHANGE_DOWN})|chang\w*|shift\w*|slope\w*)\b", _I
)
_CHANGE_REACH: Final = 80  # characters before the cue a change word may stand
_CHANGE_CLAIM: Final = re.compile(
    rf"\b(?:(?P<up>{_LARGER})|(?P<down>{_SMALLER}))\b[^.;]{{0,60}}?\b{_ARM_WORD}\s+(?:the\s+)?"
    rf"(?P<x>[^.;]{{1,60}}?)\s+than\s+(?:{_ARM_WORD}\s+)?(?:the\s+|that\s+of\s+)?"
    r"(?P<y>[^.;,]{1,60})",
    _I,
)
# A label in brackets after what it names: "(cryosolution A)", "(group 2)", "(B)".
_LABEL_DEFINED: Final = re.compile(
    r"(?:^|(?<=\s))\((?:the\s+)?(?P<label>(?:[A-Za-z][\w-]*\s+)?(?:[A-Z]|\d|I{1,3}))\)"
)
_DEFINITION_END: Final = re.compile(r"[:;]|\band\b|\bor\b|,|\.\s")
# One arm's change: "solution A: 8 to 23%", "solution A, from 8% to 23%".
_LABELLED_CHANGE: Final = re.compile(
    r"(?P<label>(?:[A-Za-z][\w-]*\s+)?(?:[A-Z]|\d|I{1,3}))\s*[:,]\s*(?:from\s+)?"
    r"(?P<a>\d+(?:\.\d+)?)\s*%?\s*(?:to|->|→|–)\s*(?P<b>\d+(?:\.\d+)?)"
)
_SIZE_MARGIN: Final = 1.5  # the larger change at least this many times the other
_SIZE_STOP: Final = frozenset({"the", "one", "ones", "diluent", "solut", "group", "arm", "with"})


@dataclass(frozen=True, slots=True)
class _ArmChange:
    stems: frozenset[str]  # the words naming the arm (its label's definition, label included)
    change: float  # signed: after minus before
    sentence: IndexedSentence

    @property
    def size(self) -> float:
        return abs(self.change)


def _change_sizes(index: RecordIndex) -> list[list[_ArmChange]]:
    return index.memo("arm-change-sizes", lambda: _find_change_sizes(index))


def _find_change_sizes(index: RecordIndex) -> list[list[_ArmChange]]:
    text = f"{index.title} {index.abstract_text}"
    if "(" not in text or ":" not in text:
        return []
    names: dict[str, frozenset[str]] = {}
    for match in _LABEL_DEFINED.finditer(text):
        name = _named_before(text, match.start())
        names.setdefault(match["label"].lower(), frozenset(t.stem for t in terms_of(name)))
    found = []
    for sentence in index.sentences:
        changes = [
            _ArmChange(
                names.get(m["label"].lower(), frozenset()) | {t.stem for t in terms_of(m["label"])},
                float(m["b"]) - float(m["a"]),
                sentence,
            )
            for m in _LABELLED_CHANGE.finditer(sentence.text)
        ]
        if len(changes) == 2:  # two arms set side by side
            found.append(changes)
    return found


def _named_before(text: str, end: int) -> str:
    """The words a bracketed label names: back from it, over other brackets, to a boundary."""
    kept: list[str] = []
    depth = 0
    position = end
    while position > 0 and end - position < 160:  # a noun phrase's reach
        position -= 1
        char = text[position]
        if char == ")":
            depth += 1
        elif char == "(":
            if depth == 0:
                break
            depth -= 1
        elif depth == 0:
            kept.append(char)
    name = "".join(reversed(kept))
    cuts = list(_DEFINITION_END.finditer(name))
    return name[cuts[-1].end() :] if cuts else name


def _against_change_sizes(assertions: Assertions, index: RecordIndex) -> list[Finding]:
    if assertions.negated:
        return []
    claim = _CHANGE_CLAIM.search(assertions.text)
    if claim is None:
        return []
    pairs = _change_sizes(index)
    if not pairs:
        return []
    direction = _claimed_change(assertions.text, claim)
    if direction is None:
        return []  # "damage was greater with A": levels, not changes
    x = {t.stem for t in terms_of(claim["x"])} - _SIZE_STOP
    y = {t.stem for t in terms_of(claim["y"])} - _SIZE_STOP
    measure = {t.stem for t in assertions.key_terms} - x - y
    for first, second in pairs:
        own_first, own_second = first.stems - second.stems, second.stems - first.stems
        if x & own_first and y & own_second and not x & own_second and not y & own_first:
            named, other = first, second
        elif x & own_second and y & own_first and not x & own_first and not y & own_second:
            named, other = second, first
        else:
            continue
        sentence_stems = {t.stem for t in first.sentence.terms}
        if len(measure & sentence_stems) < 2:  # the same measure: two words
            continue
        signs = {(arm.change > 0) - (arm.change < 0) for arm in (first, second)} - {0}
        if len(signs) > 1 or (direction and signs and signs != {direction}):
            continue  # one arm rose, the other fell; or not the way the claim says
        larger = claim["up"] is not None
        big, small = (named, other) if larger else (other, named)
        if small.size >= big.size * _SIZE_MARGIN and small.size - big.size >= 1:
            kind = {1: "rise", -1: "fall"}.get(next(iter(signs), 0), "change")
            return [
                Finding(
                    kind=FindingKind.COMPARATOR,
                    verdict=Verdict.CONTRADICTED,
                    message=f"the claim says the {kind} was "
                    f"{'larger' if larger else 'smaller'} with {claim['x'].strip()} than with "
                    f"{claim['y'].strip()}, but the abstract gives a {kind} of "
                    f"{named.size:g} there against {other.size:g}",
                    claim_says=claim.group(),
                    source_says=quoted(first.sentence.text),
                    evidence=sentence_evidence(first.sentence),
                    confidence=0.75,
                )
            ]
    return []


def _claimed_change(text: str, claim: re.Match[str]) -> int | None:
    """The change a claim of "which arm changed more" speaks of: 1 a rise, -1 a fall, 0 a change
    of no stated direction; None when it names no change near its cue (a level compared)."""
    cue = claim["up"] or claim["down"]
    start = max(0, claim.start() - _CHANGE_REACH)
    words = list(_CHANGE_WORD.finditer(text, start, claim.start("x")))
    if not words and not _SLOPE_CUE.search(cue):
        return None
    rises = any(w["rise"] for w in words)
    falls = any(w["fall"] for w in words)
    if rises and falls:
        return None
    return 1 if rises else -1 if falls else 0


# --- a finding moved to another arm: "midazolam showed a dose-response profile" against "a
# dose-response profile was noted ... after ketamine dosing" -----------------------------------
#
# A claim clause that names one treatment arm as its subject ("Midazolam showed ...", "ketamine
# had minor brief effects ...") against the record sentence holding every word of the clause the
# record uses, said of another arm alone ("Midazolam had minor brief effects on anxiety
# ratings"): the finding belongs to the other arm. Not when the record sentence (or another as
# close) names the claim's arm too, nor when either arm is only the one compared against ("than
# midazolam", "vs placebo"), nor when one arm's name holds the other's ("esketamine"). Arms here
# are treatments (named drugs, the placebo family, what the record doses): not "lactate".
_COMPARED_BEFORE: Final = re.compile(
    r"\b(?:than|versus|vs\.?|compared\s+(?:with|to)|relative\s+to|over|against|or|nor)\s+"
    r"(?:the\s+|a\s+|with\s+|after\s+)?$",
    _I,
)
_MOVED_WORDS: Final = 3  # words of the finding, besides its arm, the record must use


def check_finding_arm(assertions: Assertions, index: RecordIndex) -> list[Finding]:
    if assertions.negated or index.source is None:
        return []
    stems = _given_stems(index)  # treatments only: not "lactate" against "MLSS"
    text = assertions.text
    if len(_sides(text, stems)) == 0:
        return []
    position = 0
    while position < len(text):
        start, end = clause_bounds(text, position)
        finding = _moved_in_clause(text, start, end, stems, index)
        if finding is not None:
            return [finding]
        position = max(end, position) + 1
    return []


def _moved_in_clause(
    text: str, start: int, end: int, stems: frozenset[str], index: RecordIndex
) -> Finding | None:
    clause = text[start:end]
    sides = _sides(clause, stems)
    if len(sides) != 1 or sides != _sides(_subject(clause), stems):
        return None  # no arm, two arms, or an arm that is not the clause's subject
    arm = sides[0]
    own = next((t for t in terms_of(clause) if t.stem == arm), None)
    if own is None or _COMPARED_BEFORE.search(clause, 0, own.start):
        return None  # "lower by 1.83 points vs placebo": the claim's arm is the one compared
    measure = [
        t for t in terms_of(clause)
        if not t.is_number and t.stem not in stems and t.stem not in _GENERIC
        and not lx.PLACEBO_WORDS.fullmatch(t.text) and t.text.lower() not in lx.NON_CONTENT_WORDS
        and in_record(index, t)
    ]  # fmt: skip
    if len(measure) < _MOVED_WORDS:
        return None
    # The record sentence holds every word of the clause the record uses: the same finding.
    close = [h for h in retrieve(index, measure)[:3] if len(h.matched) >= len(measure)]
    if not close:
        return None
    if any(arm in _sides(h.sentence.text, stems) for h in close):
        return None  # the record says it of the claim's arm as well
    hit = close[0]
    record_text = unlisted(hit.sentence.text)
    record_sides = _sides(record_text, stems)
    if len(record_sides) != 1 or arm in record_sides[0] or record_sides[0] in arm:
        return None
    other = record_sides[0]
    named = next(
        (t for t in terms_of(record_text) if t.stem == other),
        None,
    )
    if named is None or _COMPARED_BEFORE.search(record_text, 0, named.start):
        return None  # "greater than with midazolam": the other arm is only compared against
    said = quoted(hit.sentence.text)
    claimed, other_word = (w if w.isupper() else w.lower() for w in (own.text, named.text))
    return Finding(
        kind=FindingKind.COMPARATOR,
        verdict=Verdict.CONTRADICTED,
        message=f"the claim says this of {claimed}, but the abstract says it of {other_word}: "
        f"“{said}”",
        claim_says=clause.strip(),
        source_says=said,
        evidence=sentence_evidence(hit.sentence, hit.words, extra=[named.text]),
        confidence=0.7,
    )
