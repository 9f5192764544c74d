"""Sentences, normalised words and stems: the text layer under evidence retrieval.

``split_sentences`` keeps exact spans into the string it was given (evidence is quoted from the
record, so offsets must hold); everything else returns normalised words for matching.
"""

from __future__ import annotations

import re
import threading
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import Final, Protocol

import snowballstemmer

from claimcheck.verification.numbers import CARDINALS, SCALES, TENS
from claimcheck.verification.paraphrases import (
    ABBREVIATIONS,
    LAY_MEDICAL_SYNONYMS,
    RESEARCH_SYNONYMS,
)
from claimcheck.verification.paraphrases import SPELLING_VARIANTS as _MORE_SPELLINGS


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# --- word tables --------------------------------------------------------------------------------

# Function words that carry no topic. Direction and polarity words are dropped too: retrieval
# only has to find the sentence about the same thing; the checks judge polarity.
STOPWORDS: Final[frozenset[str]] = _words(
    """
    a about above after again against all almost also although am among an and another any are
    as at be because been before being below between both but by can could did do does doing
    done during each either else etc even ever every few for from further had has have having he
    her here hers herself him himself his how however i if in into is it its itself just least
    less let many may me might more most much must my myself neither no nor not now of off often
    on once only or other others otherwise our ours ourselves out over own per perhaps quite
    rather same several shall she should since so some such than that the their theirs them
    themselves then there therefore these they this those though through thus to too toward
    towards under until up upon us very via was we were what whatever when where whereas whether
    which while who whom whose why will with within without would yet you your yours yourself
    yourselves eg ie vs versus et al thereby hence whereby s t inside
    """
)

# One meaning per group; every member maps to the canonical stem of the first member.
# Multi-word members ("side effect") are matched as phrases, longest first.
SYNONYMS: Final[tuple[tuple[str, ...], ...]] = (
    ("depression", "depressive", "depressed", "mdd", "major depressive disorder", "dysthymia",
     "feel low", "feels low", "feeling low", "felt low"),
    ("anxiety", "anxious", "anxiolytic", "anxiolysis", "anti anxiety", "antianxiety",
     "anxiety relieving", "anxiety reducing"),
    ("efficacy", "effective", "efficacious", "effectiveness", "effect", "benefit", "beneficial"),
    ("decrease", "reduce", "reduction", "decline", "lower", "diminish", "drop", "attenuate",
     "attenuation"),
    ("increase", "elevate", "elevation", "raise", "rise", "rose", "enhance", "enhancement",
     "augment", "boost"),
    ("improve", "improvement", "ameliorate", "alleviate", "alleviation", "relieve", "relief",
     "amelioration", "ease", "eased", "easing"),
    ("patient", "participant", "subject", "individual", "people", "person", "volunteer",
     "enrollee", "pts"),
    ("placebo", "sham", "saline", "dummy", "salt water", "dummy pill", "dummy pills",
     "sugar pill", "sugar pills"),
    ("antidepressant", "antidepressive", "anti-depressant", "ssri", "snri"),
    ("intravenous", "iv", "i.v.", "infusion", "infuse", "intravenously", "drip", "drips",
     "iv drip", "iv drips"),
    ("pain", "analgesia", "analgesic", "nociception", "nociceptive", "painful", "painkiller",
     "pain killer", "pain reliever", "pain relievers", "painkillers", "pain killers"),
    ("significant", "significantly", "statistically significant", "meaningful", "meaningfully"),
    ("adverse", "side effect", "side-effect", "adverse event", "adverse effect", "toxicity",
     "harm", "unwanted effect", "unwanted effects", "undesirable effect", "undesirable effects",
     "ae", "aes", "downside", "downsides", "drawback", "drawbacks"),
    ("randomized", "randomised", "randomly", "randomization", "randomisation", "random", "rct"),
    ("trial", "study", "investigation", "experiment"),
    ("meta-analysis", "metaanalysis", "meta-study", "meta study", "pooled analysis"),
    ("anesthetic", "anaesthetic", "anesthesia", "anaesthesia"),
    ("addiction", "addictive", "abuse", "dependence", "misuse", "use disorder", "habit forming"),
    ("resistant", "treatment-resistant", "refractory", "treatment-refractory", "nonresponsive",
     "non-responsive"),
    ("dissociation", "dissociative", "dissociated", "depersonalization", "depersonalisation",
     "derealization", "derealisation", "feeling unreal"),
    ("hallucinogen", "hallucinogenic", "psychotomimetic", "psychedelic", "hallucination"),
    ("safety", "safe", "tolerability", "tolerated", "tolerable"),
    ("rapid", "rapidly", "fast", "quick", "quickly"),
    ("sustained", "prolonged", "persistent", "persist", "lasting", "durable"),
    # Mice and rats stay apart: a claim can name the wrong species (index.RELATED joins them).
    ("mouse", "mice", "murine"),
    ("child", "children", "pediatric", "paediatric"),
    ("woman", "women", "female"),
    ("man", "men", "male"),
    ("mortality", "death", "die", "fatal"),
    ("inhibit", "inhibition", "inhibitor", "block", "blockade", "antagonist", "antagonism",
     "antagonize",
     # round 20: a "beta blocker" or "NMDA blocker" is an antagonist
     "blocker", "blockers"),
    # round 20: who responded is who met response criteria
    ("respond", "responded", "responds", "responding", "response", "responses", "responder",
     "responders"),
    ("dose", "dosing", "dosage"),
    ("injection", "inject", "subcutaneous", "subcutaneously"),
    ("knockdown", "knock-down", "knock down", "knocking down", "knocked down", "knocks down"),
    ("frequent", "frequently", "common", "commonly", "prevalent", "commonest"),
    ("velocity", "speed"),
    ("membrane", "plasmalemma", "plasma membrane", "cell membrane", "plasmalemmal",
     # the nuclear (or viral) envelope is a membrane
     "envelope", "envelopes"),
    ("sperm", "spermatozoa", "spermatozoon", "sperm cell", "spermatozoal"),
    ("antibody", "autoantibody", "antibodies", "autoantibodies"),
    ("freeze", "freezes", "freezing", "froze", "frozen"),
    *LAY_MEDICAL_SYNONYMS,
    *RESEARCH_SYNONYMS,
)  # fmt: skip

# British spellings a generic rule does not reach; mapped before stemming.
SPELLING_VARIANTS: Final[dict[str, str]] = {
    "oedema": "edema", "oestrogen": "estrogen", "oesophageal": "esophageal",
    "oesophagus": "esophagus", "foetal": "fetal", "foetus": "fetus", "diarrhoea": "diarrhea",
    "centre": "center", "centres": "centers", "programme": "program", "programmes": "programs",
    "ageing": "aging", "fibre": "fiber", "litre": "liter", "litres": "liters",
    "metre": "meter", "grey": "gray", "manoeuvre": "maneuver", "sulphate": "sulfate",
    **_MORE_SPELLINGS,
}  # fmt: skip

# Abbreviations common enough in biomedical prose to expand without a definition in the text.
COMMON_ABBREVIATIONS: Final[dict[str, str]] = {
    "mdd": "major depressive disorder", "trd": "treatment resistant depression",
    "ptsd": "post traumatic stress disorder", "gad": "generalized anxiety disorder",
    "ocd": "obsessive compulsive disorder", "rct": "randomized controlled trial",
    "rcts": "randomized controlled trials", "fda": "food and drug administration",
    "nmda": "n methyl d aspartate", "nmdar": "n methyl d aspartate receptor",
    "gaba": "gamma aminobutyric acid", "bdnf": "brain derived neurotrophic factor",
    "dmso": "dimethyl sulfoxide",
    "madrs": "montgomery asberg depression rating scale",
    "hamd": "hamilton depression rating scale", "bmi": "body mass index",
    # round 19: evidence-table shorthand ("incl." for including; systolic/diastolic pressure)
    "incl": "including", "sbp": "systolic blood pressure", "dbp": "diastolic blood pressure",
    **ABBREVIATIONS,
}  # fmt: skip

_NUMBER_WORDS: Final = frozenset(CARDINALS) | frozenset(TENS) | frozenset(SCALES)

# --- normalisation ------------------------------------------------------------------------------

_UNIFY: Final = str.maketrans(
    {
        **{ord(c): "-" for c in "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63"},
        **{ord(c): "'" for c in "\u2018\u2019\u201a\u201b\u2032\u00b4`"},
        **{ord(c): '"' for c in "\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb"},
        0x00AD: None,  # soft hyphen
        0x200B: None,  # zero-width space
        0x00B5: "\u03bc",
    }
)
_SPACES = re.compile(r"\s+")


def normalize(text: str) -> str:
    """NFKC, one kind of quote, dash and space, lowercase: for comparing text, never for spans."""
    unified = unicodedata.normalize("NFKC", text).translate(_UNIFY)
    return _SPACES.sub(" ", unified).strip().lower()


_CONTRACTION_NOT = re.compile(r"n't\b")
_POSSESSIVE = re.compile(r"'s\b")
_TOKEN = re.compile(r"[^\W_]+(?:\.[0-9]+)?")


def fold_accents(text: str) -> str:
    """ "Montgomery-Åsberg" -> "Montgomery-Asberg", one character for one, so positions hold."""
    return text if text.isascii() else "".join(map(_base_letter, text))


def _base_letter(char: str) -> str:
    """ "å" -> "a", one character for one, so positions hold."""
    return unicodedata.normalize("NFKD", char)[0] if not char.isascii() else char


def tokens(text: str) -> list[str]:
    """Normalised word tokens; hyphenated words split, "n't" read as "not", possessives dropped."""
    norm = normalize(text)
    norm = fold_accents(norm)  # "Åsberg" is the "Asberg" of plain keyboards
    norm = norm.replace("can't", "can not").replace("won't", "will not")
    norm = _CONTRACTION_NOT.sub(" not", norm)
    norm = _POSSESSIVE.sub("", norm)
    return _TOKEN.findall(norm)


_local = threading.local()


class _Stemmer(Protocol):
    def stemWord(self, word: str) -> str: ...


def _stemmer() -> _Stemmer:
    """One stemmer per thread: snowballstemmer objects keep state while stemming."""
    stemmer: _Stemmer | None = getattr(_local, "stemmer", None)
    if stemmer is None:
        stemmer = snowballstemmer.stemmer("english")
        _local.stemmer = stemmer
    return stemmer


_ISE = re.compile(r"is(e|ed|es|ing|ation|ations)$")
_OUR = re.compile(r"our(s|ed|al|ally|ite|ites)?$")
# The British "-our" words by root, with any ending ("favouring", "favourable", "colourless"):
# a root list, because "pouring" or "scouring" must not turn into "poring" or "scoring".
_OUR_ROOT = re.compile(
    r"^(?P<root>colo|favo|behavio|flavo|labo|hono|dishono|rumo|tumo|humo|vapo|odo|malodo|armo|"
    r"harbo|neighbo|savo|endeavo|clamo|vigo|rigo|valo|fervo|ardo|splendo|cando|parlo|savio|"
    r"glamo|succo|demeano)ur(?P<rest>[a-z]*)$"
)


def _american(token: str) -> str:
    if token in SPELLING_VARIANTS:
        return SPELLING_VARIANTS[token]
    if len(token) >= 7 and _ISE.search(token):
        token = _ISE.sub(r"iz\1", token)
    if len(token) >= 6 and "ae" in token:
        token = token.replace("ae", "e")
    our_root = _OUR_ROOT.match(token)
    if our_root:
        return f"{our_root['root']}r{our_root['rest']}"
    if len(token) >= 6 and _OUR.search(token) and not token.endswith(("hour", "hours")):
        token = _OUR.sub(r"or\1", token)
    return token


@lru_cache(maxsize=65536)
def english_commonness(word: str) -> float:
    """How common ``word`` is in general English, on the Zipf scale (0 unknown, 7 "the").

    wordfreq ships its frequency tables with the package: no network, and the same answer on
    every run."""
    from wordfreq import zipf_frequency  # imported late: loading its table takes ~0.2 s

    return float(zipf_frequency(word.lower(), "en"))


@lru_cache(maxsize=131072)
def stem(token: str) -> str:
    """The English Snowball stem of a normalised token, British spellings folded to American."""
    return str(_stemmer().stemWord(_american(token.lower())))


# --- synonyms -----------------------------------------------------------------------------------


def _stems_of(phrase: str) -> tuple[str, ...]:
    return tuple(stem(t) for t in tokens(phrase) if t not in STOPWORDS)


def _build_synonyms() -> tuple[dict[tuple[str, ...], str], int]:
    table: dict[tuple[str, ...], str] = {}
    for group in SYNONYMS:
        canonical = "_".join(_stems_of(group[0]))
        for member in group:
            key = _stems_of(member)
            if key:
                table.setdefault(key, canonical)
    return table, max(len(k) for k in table)


_SYNONYM_TABLE, _LONGEST_SYNONYM = _build_synonyms()


def canonical_stems(stems: list[str]) -> list[str]:
    """Replace synonyms (single stems and phrases, longest first) by their group's stem."""
    out: list[str] = []
    i = 0
    while i < len(stems):
        for size in range(min(_LONGEST_SYNONYM, len(stems) - i), 0, -1):
            canonical = _SYNONYM_TABLE.get(tuple(stems[i : i + size]))
            if canonical is not None:
                out.append(canonical)
                i += size
                break
        else:
            out.append(stems[i])
            i += 1
    return out


def content_stems(text: str, abbreviations: dict[str, str] | None = None) -> list[str]:
    """Topic stems of ``text``: abbreviations expanded, stopwords and numbers dropped, synonyms
    mapped to one stem, in reading order (duplicates kept)."""
    expanded: list[str] = []
    for token in tokens(text):
        long_form = None
        if abbreviations:
            long_form = abbreviations.get(token)
        if long_form is None:
            long_form = COMMON_ABBREVIATIONS.get(token)
        if long_form is not None:
            expanded.extend(tokens(long_form))
        else:
            expanded.append(token)
    stems = [
        stem(t)
        for t in expanded
        if t not in STOPWORDS and t not in _NUMBER_WORDS and len(t) > 1 and not _is_number(t)
    ]
    return canonical_stems(stems)


def _is_number(token: str) -> bool:
    return token.replace(".", "", 1).isdigit()


# --- abbreviations defined in the text ----------------------------------------------------------

_DEFINITION = re.compile(r"\(\s*([A-Za-z0-9][\w\-/&.']{0,11}?)s?\s*\)")
_WINDOW_CUT = re.compile(r"[.;:!?()\[\]]\s")


def find_abbreviations(text: str) -> dict[str, str]:
    """Short forms defined in parentheses after their long form, lowercased and de-hyphenated:
    "treatment-resistant depression (TRD)" -> {"trd": "treatment resistant depression"}."""
    found: dict[str, str] = {}
    for match in _DEFINITION.finditer(text):
        short = match.group(1)
        if not _plausible_short_form(short):
            continue
        key = short.lower()
        plural = match.group(0).rstrip(" )").endswith("s") and not short.endswith("s")
        if key in found:
            continue
        before = text[max(0, match.start() - 200) : match.start()]
        cuts = list(_WINDOW_CUT.finditer(before))
        if cuts:
            before = before[cuts[-1].end() :]
        long_form = _long_form(short, before)
        if long_form:
            found[key] = long_form
            if plural:
                found.setdefault(key + "s", long_form)
    return _nested_expanded(found)


def _nested_expanded(found: dict[str, str]) -> dict[str, str]:
    """A long form that uses an earlier short form ("velocity at MLSS (VMLSS)") is spelt out."""
    return {
        key: " ".join(
            found[word] if word in found and word != key else word for word in long_form.split()
        )
        for key, long_form in found.items()
    }


def _plausible_short_form(short: str) -> bool:
    letters = sum(c.isalpha() for c in short)
    return 2 <= len(short) <= 12 and letters >= 2 and any(c.isupper() for c in short)


def _long_form(short: str, before: str) -> str | None:
    words = before.split()
    if not words:
        return None
    letters = "".join(c for c in short.lower() if c.isalnum())
    candidates = [letters]
    trimmed = letters.rstrip("0123456789")
    if trimmed != letters and len(trimmed) >= 2:
        candidates.append(trimmed)
    if letters.endswith("r") and len(letters) >= 4:
        candidates.append(letters[:-1])  # "NMDAR" after "... receptor" spelled without the R
    limit = min(len(letters) + 5, 2 * len(letters))
    window = " ".join(words[-limit:])
    if re.search(r"[a-z]{2}", short):
        # Mixed case ("LEmin") often names its parts out of order.
        permuted = _permuted_long_form(short, words)
        if permuted is not None:
            return permuted
    for candidate in candidates:
        start = _match_backwards(candidate, window)
        if start is not None:
            long_form = window[start:].strip()
            if len(long_form) > len(short) and len(long_form.split()) <= limit:
                return normalize(long_form).replace("-", " ").strip(" ,")
    return _permuted_long_form(short, words)


_SEGMENT = re.compile(r"[A-Z]|[a-z]+|[0-9]+")


def _permuted_long_form(short: str, words: list[str]) -> str | None:
    """Short forms whose parts follow another order than the long form's words: "Minimum
    Lactate Equivalent" (LEmin). Each part's first letter must start one of the last words."""
    segments = [m.group() for m in _SEGMENT.finditer(short) if not m.group().isdigit()]
    if len(segments) < 2:
        return None
    last = [w.strip("\"'“”‘’,;:") for w in words[-len(segments) :]]
    if len(last) < len(segments) or not all(w[:1].isalpha() for w in last):
        return None
    if sorted(seg[0].lower() for seg in segments) != sorted(w[0].lower() for w in last):
        return None
    return normalize(" ".join(last)).replace("-", " ")


def _match_backwards(letters: str, window: str) -> int | None:
    """Where the long form starts: each short-form letter found right to left in ``window``,
    the first one at the start of a word."""
    lower = "".join(_base_letter(c) for c in window.lower())
    pos = len(lower) - 1
    for index in range(len(letters) - 1, -1, -1):
        char = letters[index]
        while pos >= 0:
            at_word_start = pos == 0 or not lower[pos - 1].isalnum()
            if lower[pos] == char and (index > 0 or at_word_start):
                break
            pos -= 1
        if pos < 0:
            return None
        if index > 0:
            pos -= 1
    return pos


# --- sentences ----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence; ``text == source[start:end]`` for the string it was split from."""

    text: str
    start: int
    end: int
    section: str | None


# Never end a sentence after these (with their dot).
_ABBREVIATIONS: Final = _words(
    """
    e.g eg i.e ie vs cf al approx ca dr mr mrs ms prof st jr sr inc ltd co corp dept univ viz
    resp spp sp incl esp est jan feb mar apr jun jul aug sep sept oct nov dec mt ft
    """
)
# End a sentence after these only when a number does not follow ("Fig. 2", "No. 5").
_BEFORE_NUMBER_ABBREVIATIONS: Final = _words(
    "no nos fig figs vol vols ref refs eq eqs p pp ch chap sec suppl tab n"
)
_SENTENCE_STARTERS: Final = _words(
    """
    the this these those that there it its in on at a an we our they their he she however
    after before during of for to patients participants results conclusions methods although
    while when as but and
    """
)
SECTION_LABELS: Final = _words(
    """
    background backgrounds introduction objective objectives aim aims purpose purposes design
    setting settings participants patients interventions intervention measurements methods
    method results result conclusion conclusions discussion findings interpretation importance
    context limitations significance summary abstract rationale hypothesis funding evidence
    """
) | frozenset(
    {"main outcome measures", "main outcomes and measures", "trial registration",
     "materials and methods", "methods and materials", "study design", "data sources",
     "study selection", "data extraction", "data synthesis", "review methods",
     "patients and methods", "subjects and methods", "design and methods", "clinical relevance",
     "clinical trial registration", "level of evidence", "what is known", "what is new",
     "key points", "aims and objectives", "objectives and methods"}
)  # fmt: skip

_CANDIDATE = re.compile(
    r"(?P<stop>[.!?]+)(?P<close>[\"'”’)\]]*)(?=\s|$)"
    r"|(?P<joined>(?<=[a-z%)\]])\.)(?=[A-Z][a-z]{2,}|[A-Z]{2,}\s*:)"
    r"|(?P<para>\n[ \t\r\f\v]*\n)"
    r"|(?P<line>\n)"
)
_LABEL = re.compile(r"(?P<label>[A-Z][A-Za-z]*(?:[ /&-]+[A-Za-z]+){0,4})\s*:\s+")
_UPPER_LABEL = re.compile(r"(?P<label>[A-Z]{3,}(?:[ /&]+[A-Z]{2,}){0,4})\s+(?=[A-Z][a-z])")
_WORD_BEFORE = re.compile(r"(\S+)$")
_NEXT_WORD = re.compile(r"\s*[\"'“‘(\[]*\s*(\S+)")
_HEADING_LINE_MAX = 80
_WORD_REACH = 40  # longest word looked at before a dot


def split_sentences(text: str, section: str | None = None) -> list[Sentence]:
    """Sentences of ``text`` with exact spans; ``section`` is the label of the text's section
    (abstract section labels written inline, "METHODS: ...", override it from there on)."""
    sentences: list[Sentence] = []
    current_section = section
    start = 0
    for boundary in _boundaries(text):
        current_section = _add(sentences, text, start, boundary, current_section)
        start = boundary
    _add(sentences, text, start, len(text), current_section)
    return sentences


def _boundaries(text: str) -> Iterable[int]:
    for match in _CANDIDATE.finditer(text):
        kind = match.lastgroup
        if kind == "para":
            yield match.start()
        elif kind == "line":
            if _line_break_ends_sentence(text, match.start()):
                yield match.start()
        elif kind == "joined":
            if not _is_abbreviation(text, match.start()):
                yield match.end()
        else:
            end = match.end()
            if _ends_sentence(text, match, end):
                yield end


def _ends_sentence(text: str, match: re.Match[str], end: int) -> bool:
    following = _NEXT_WORD.match(text, end)
    if following is None:
        return True  # end of text
    next_word = following.group(1)
    first = next_word[0]
    if first.islower():
        return False
    if not (first.isupper() or first.isdigit()):
        return first in "\"'“‘([" or not first.isalnum()
    if match.group("stop") != ".":
        return True  # "?" and "!" and "..." end sentences
    dot = match.start("stop")
    word = _WORD_BEFORE.search(text, max(0, dot - _WORD_REACH), dot)
    if word is None:
        return True
    before = word.group(1).lstrip("([\"'“‘").lower()
    if before in _ABBREVIATIONS:
        return False
    if before in _BEFORE_NUMBER_ABBREVIATIONS and first.isdigit():
        return False
    if len(before) == 1 and before.isalpha() and text[dot - 1].isupper():
        return False  # an initial: "J. Smith"
    if re.fullmatch(r"(?:[a-z]\.)+[a-z]", before):  # "U.S." before a proper noun
        return next_word.lower().strip("\"'“‘([") in _SENTENCE_STARTERS
    return True


def _is_abbreviation(text: str, dot: int) -> bool:
    word = _WORD_BEFORE.search(text, max(0, dot - _WORD_REACH), dot)
    if word is None:
        return False
    before = word.group(1).lstrip("([\"'“‘").lower()
    if before in _ABBREVIATIONS:
        return True
    return len(before) < 2 or "." in before


def _line_break_ends_sentence(text: str, newline: int) -> bool:
    line_start = text.rfind("\n", 0, newline) + 1
    line = text[line_start:newline].strip()
    if not line:
        return False
    if line[-1] in ".!?:;\"”'’)":
        return True
    after = text[newline + 1 : newline + 40].lstrip()
    if after[:1] in ("-", "*", "•", "|"):
        return True
    # An unpunctuated short line is a heading when the next line starts a sentence.
    last_word = line.rsplit(None, 1)[-1].lower()
    return (
        len(line) <= _HEADING_LINE_MAX
        and line[-1] not in ",-("
        and last_word not in STOPWORDS
        and (after[:1].isupper() or after[:1].isdigit() or after[:1] in "\"“'‘")
    )


def _add(
    sentences: list[Sentence], text: str, start: int, end: int, section: str | None
) -> str | None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start >= end:
        return section
    label = _LABEL.match(text, start, end) or _UPPER_LABEL.match(text, start, end)
    if label:
        name = " ".join(label.group("label").lower().replace("/", " / ").split())
        name = name.replace(" / ", "/")
        colon = label.re is _LABEL
        if name in SECTION_LABELS or (colon and label.group("label").isupper() and len(name) > 3):
            section = name
            start = label.end()
            while start < end and text[start].isspace():
                start += 1
            if start >= end:
                return section
    sentences.append(Sentence(text[start:end], start, end, section))
    return section
