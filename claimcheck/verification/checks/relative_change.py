"""A figure with its direction: "27% higher than MLSS" against the record's "27% lower than MLSS".

The quantity check matches the number and the comparator check the reference; neither reads the
comparative between them. A claim's "<figure> higher/lower/more/less ... than" is checked against
the same figure in the record: the opposite comparative is CONTRADICTED, the same one SUPPORTED.
"""

from __future__ import annotations

import re
from typing import Final

from claimcheck.pubmed.model import PubMedRecord
from claimcheck.report.model import Finding, FindingKind, Verdict
from claimcheck.verification.assertions import Assertions
from claimcheck.verification.checks.common import quoted, sentence_evidence
from claimcheck.verification.index import RecordIndex

UP: Final = frozenset(
    [
        "higher",
        "greater",
        "more",
        "above",
        "faster",
        "larger",
        "longer",
        "bigger",
        "over",
        "increased",
        "increase",
        "rise",
        "up",
    ]
)
DOWN: Final = frozenset(
    [
        "lower",
        "smaller",
        "less",
        "below",
        "slower",
        "fewer",
        "shorter",
        "under",
        "decreased",
        "decrease",
        "reduction",
        "drop",
        "down",
    ]
)
_FIGURE: Final = re.compile(
    r"(?P<number>\d+(?:\.\d+)?)\s*(?P<unit>%|percent|per\s+cent|-?fold|times)\s+"
    r"(?P<direction>[a-z]+)\b",
    re.IGNORECASE,
)


def _figures(text: str) -> list[tuple[float, str, bool, re.Match[str]]]:
    """(value, unit kind, up?) for each figure followed by a comparative."""
    found = []
    for match in _FIGURE.finditer(text):
        word = match["direction"].lower()
        if word not in UP and word not in DOWN:
            continue
        unit = "%" if match["unit"].lower().startswith(("%", "per")) else "fold"
        found.append((float(match["number"]), unit, word in UP, match))
    return found


def check_relative_change(
    assertions: Assertions, record: PubMedRecord, index: RecordIndex
) -> list[Finding]:
    claimed = _figures(assertions.text)
    if not claimed:
        return []
    findings = []
    for value, unit, up, claim_match in claimed:
        for sentence in index.abstract_sentences:
            same = [f for f in _figures(sentence.text) if f[0] == value and f[1] == unit]
            if not same:
                continue
            _, _, source_up, source_match = same[0]
            agrees = source_up == up
            findings.append(
                Finding(
                    kind=FindingKind.DIRECTION,
                    verdict=Verdict.SUPPORTED if agrees else Verdict.CONTRADICTED,
                    message=(
                        f"the abstract gives the same figure the same way "
                        f"('{source_match.group()}')"
                        if agrees
                        else f"the claim says '{claim_match.group()}', but the abstract says "
                        f"'{source_match.group()}': \u201c{quoted(sentence.text, 140)}\u201d"
                    ),
                    claim_says=claim_match.group(),
                    source_says=quoted(sentence.text),
                    evidence=sentence_evidence(sentence, extra=[source_match.group()]),
                    confidence=0.8,
                )
            )
            break
    return findings
