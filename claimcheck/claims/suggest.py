"""Near-miss suggestions for mistyped keys (``pmdi`` -> ``pmid``)."""

from __future__ import annotations

import difflib
from collections.abc import Iterable


def closest(word: str, choices: Iterable[str]) -> str | None:
    """The choice nearest to ``word``, or None when nothing is close enough to suggest."""
    options = sorted(set(choices))
    folded = word.strip().lower().replace("-", "_")
    if folded in options:
        return folded
    matches = difflib.get_close_matches(folded, options, n=1, cutoff=0.6)
    if matches:
        return matches[0]
    # Singular/plural slips ("claim", "record") are too short for difflib's ratio to be sure.
    for option in options:
        if folded.rstrip("s") == option.rstrip("s"):
            return option
    return None
