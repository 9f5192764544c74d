"""Numbers as articles and abstracts write them: digits, words, fractions and multipliers.

Everything here works on single number expressions; finding them in running text and deciding
what they measure is :mod:`claimcheck.verification.quantities`' job.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Final, NamedTuple

CARDINALS: Final[dict[str, int]] = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}  # fmt: skip
TENS: Final[dict[str, int]] = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip
SCALES: Final[dict[str, int]] = {"hundred": 100, "thousand": 1_000, "million": 1_000_000}

# "once weekly", "twice daily", "thrice weekly": how many times, not how many things.
MULTIPLIERS: Final[dict[str, int]] = {"once": 1, "twice": 2, "thrice": 3}
# "double the risk", "close to triple the odds": a multiple named by a verb-like word; read only
# before "the <rate noun>" or "as" ("a double dose", "triple therapy" name no multiple).
MULTIPLE_WORDS: Final[dict[str, int]] = {"double": 2, "triple": 3, "quadruple": 4}

FRACTION_DENOMINATORS: Final[dict[str, int]] = {
    "half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4,
    "fourth": 4, "fourths": 4, "fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6,
    "seventh": 7, "sevenths": 7, "eighth": 8, "eighths": 8, "ninth": 9, "ninths": 9,
    "tenth": 10, "tenths": 10,
}  # fmt: skip

FOLD_WORDS: Final[dict[str, float]] = {
    "doubled": 2, "doubling": 2, "tripled": 3, "tripling": 3, "quadrupled": 4,
    "quadrupling": 4, "halved": 0.5, "halving": 0.5,
    **{f"{word}fold": value for word, value in CARDINALS.items() if value >= 2},
    **{f"{word}fold": value for word, value in TENS.items()},
    "hundredfold": 100, "thousandfold": 1000,
}  # fmt: skip

_WORD_VALUES: Final[dict[str, int]] = {**CARDINALS, **TENS, **SCALES}

# "dozens of", "hundreds of", "several thousand": an order of magnitude, not a number. Each word
# names its unit; the amount is at least two of them and fewer than ten ("hundreds" is 200 to
# 999), and "tens of thousands" multiplies the two.
MAGNITUDE_WORDS: Final[dict[str, int]] = {
    "dozen": 12, "dozens": 12, "score": 20, "scores": 20, "tens": 10, "hundred": 100,
    "hundreds": 100, "thousand": 1_000, "thousands": 1_000, "million": 1_000_000,
    "millions": 1_000_000,
}  # fmt: skip
MAGNITUDE_MIN_UNITS: Final = 2
MAGNITUDE_MAX_UNITS: Final = 10


def magnitude_range(unit: int) -> tuple[float, float]:
    """The amounts "<unit>s of" covers: "hundreds" is 200 to 1,000, "dozens" 24 to 120."""
    return float(MAGNITUDE_MIN_UNITS * unit), float(MAGNITUDE_MAX_UNITS * unit)


def word_alternation(words: Iterable[str]) -> str:
    """A regex matching any of ``words``, factored by common prefixes so the engine branches on
    one character at a time instead of trying every word at every position."""
    trie: dict[str, dict] = {}  # type: ignore[type-arg]
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return _trie_pattern(trie)


def _trie_pattern(node: dict[str, dict]) -> str:  # type: ignore[type-arg]
    ends_here = "" in node
    branches = [
        re.escape(char) + _trie_pattern(child) for char, child in sorted(node.items()) if char
    ]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if ends_here:
        # longer words first: the optional group is greedy
        return f"(?:{body})?"
    return body


NUMBER_WORD: Final[str] = rf"(?:{word_alternation(_WORD_VALUES)})"
# A run of number words: "forty-one", "one hundred and twenty", "two thousand five hundred".
NUMBER_WORD_RUN: Final[str] = (
    rf"\b{NUMBER_WORD}(?:(?:\s*-\s*|\s+|(?<=hundred)\s+and\s+|(?<=thousand)\s+and\s+)"
    rf"{NUMBER_WORD})*\b"
)
# A grouped or plain decimal number; "1,683" groups, "1,2" does not.
DIGITS: Final[str] = (
    r"(?:[0-9]{1,3}(?:[,\u2009\u202f][0-9]{3})+(?![0-9])|[0-9]+(?:\.[0-9]+)?|\.[0-9]+)"
)

_WORD_SPLIT = re.compile(r"[a-z]+", re.IGNORECASE)
_GROUP_SEPARATORS = str.maketrans("", "", ",\u2009\u202f")


class WordNumber(NamedTuple):
    """A number written in words, with how many characters of the input it used."""

    value: int
    length: int


def parse_number_words(text: str) -> WordNumber | None:
    """Parse the longest well-formed number at the start of ``text`` ("forty-one patients" -> 41).

    Returns None when ``text`` does not start with a number word. Ill-formed runs stop early:
    "one two" parses as 1 using 3 characters.
    """
    total = 0
    current = 0
    last_kind = ""  # "unit", "teen", "tens", "scale"
    used = 0
    seen_any = False
    for match in _WORD_SPLIT.finditer(text):
        gap = text[used : match.start()]
        if seen_any and gap.strip(" -\t\n").lower() not in ("", "and"):
            break
        if not seen_any and match.start() != 0:
            return None
        word = match.group().lower()
        if word == "and":
            if last_kind != "scale":
                break
            continue
        if word in CARDINALS:
            value = CARDINALS[word]
            if last_kind in ("unit", "teen") or (last_kind == "tens" and value >= 10):
                break
            if last_kind == "tens" and value == 0:
                break
            current += value
            last_kind = "teen" if value >= 10 else "unit"
        elif word in TENS:
            if last_kind in ("unit", "teen", "tens"):
                break
            current += TENS[word]
            last_kind = "tens"
        elif word in SCALES:
            if not seen_any:
                return None
            scale = SCALES[word]
            if scale == 100:
                if current == 0 or current >= 100:
                    break
                current *= 100
            else:
                total += (current or 1) * scale
                current = 0
            last_kind = "scale"
        else:
            break
        seen_any = True
        used = match.end()
    if not seen_any:
        return None
    return WordNumber(total + current, used)


def parse_digits(text: str) -> float:
    """Parse a digit string as written in text: grouping commas/thin spaces, Unicode minus."""
    cleaned = text.translate(_GROUP_SEPARATORS).replace("\u2212", "-").strip()
    return float(cleaned)


def decimals_of(text: str) -> int:
    """How many digits follow the decimal point in a written number ("1.37" -> 2)."""
    _, dot, fraction = text.partition(".")
    return len(fraction) if dot and fraction.isdigit() else 0
