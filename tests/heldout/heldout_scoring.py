"""Score claimcheck on the held-out set: run it offline, compare each verdict with the truth.

Shared by ``tests/test_heldout_accuracy.py`` (the pass/fail gate) and ``bench/accuracy.py``
(which writes ``docs/accuracy.md``), so both measure exactly the same thing.
"""

from __future__ import annotations

import os
import socket
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

HELDOUT_DIR = Path(__file__).resolve().parent
CLAIMS_FILE = HELDOUT_DIR / "claims.yaml"
EXPECTED_FILE = HELDOUT_DIR / "expected.yaml"

EXPECTED_VERDICTS = ("SUPPORTED", "CONTRADICTED", "NOT_IN_SOURCE", "METADATA_MISMATCH")
ACCURACY_FLOOR = 0.85
MAX_FALSE_SUPPORTED = 1
MISSING = "MISSING"  # the report has no result for this claim id

# A closed local port: should anything slip past the socket guard it still reaches nothing.
_UNREACHABLE_EUTILS = "http://127.0.0.1:9/"


@dataclass(frozen=True)
class Truth:
    verdict: str
    reason: str


def load_truth(path: Path = EXPECTED_FILE) -> dict[str, Truth]:
    """The expected verdict and its reason per claim id."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    if not isinstance(data, dict):
        raise ValueError(f"{path}: expected a mapping of claim id to verdict and reason")
    truth: dict[str, Truth] = {}
    for claim_id, entry in data.items():
        verdict = entry.get("verdict") if isinstance(entry, dict) else None
        reason = entry.get("reason") if isinstance(entry, dict) else None
        if verdict not in EXPECTED_VERDICTS or not isinstance(reason, str) or not reason:
            raise ValueError(
                f"{path}: {claim_id}: needs a verdict in {EXPECTED_VERDICTS} and a reason"
            )
        truth[str(claim_id)] = Truth(verdict=verdict, reason=reason)
    return truth


def load_claim_entries(path: Path = CLAIMS_FILE) -> list[dict[str, Any]]:
    """The raw claim entries of the held-out claims file, in file order."""
    return list(yaml.safe_load(path.read_text(encoding="utf-8"))["claims"])


@dataclass(frozen=True)
class Outcome:
    claim_id: str
    pmid: str
    text: str
    expected: str
    got: str
    expected_reason: str
    engine_reason: str

    @property
    def correct(self) -> bool:
        return self.expected == self.got

    @property
    def false_supported(self) -> bool:
        """A wrong claim waved through: the error that costs editors most."""
        return self.got == "SUPPORTED" and self.expected != "SUPPORTED"


@dataclass(frozen=True)
class Score:
    outcomes: tuple[Outcome, ...]

    @property
    def total(self) -> int:
        return len(self.outcomes)

    @property
    def correct(self) -> int:
        return sum(outcome.correct for outcome in self.outcomes)

    @property
    def accuracy(self) -> float:
        return self.correct / self.total if self.total else 0.0

    @property
    def false_supported(self) -> list[Outcome]:
        return [outcome for outcome in self.outcomes if outcome.false_supported]

    @property
    def misses(self) -> list[Outcome]:
        return [outcome for outcome in self.outcomes if not outcome.correct]

    @property
    def confusion(self) -> Counter[tuple[str, str]]:
        """Counts per (expected, got) pair."""
        return Counter((outcome.expected, outcome.got) for outcome in self.outcomes)

    @property
    def labels(self) -> list[str]:
        """The four expected verdicts, then any other verdict the engine gave."""
        others = sorted({o.got for o in self.outcomes} - set(EXPECTED_VERDICTS))
        return [*EXPECTED_VERDICTS, *others]

    def precision(self, label: str) -> float | None:
        called = sum(outcome.got == label for outcome in self.outcomes)
        return self.confusion[(label, label)] / called if called else None

    def recall(self, label: str) -> float | None:
        expected = sum(outcome.expected == label for outcome in self.outcomes)
        return self.confusion[(label, label)] / expected if expected else None

    @property
    def meets_bar(self) -> bool:
        return self.accuracy >= ACCURACY_FLOOR and len(self.false_supported) <= MAX_FALSE_SUPPORTED


def verdict_name(verdict: object) -> str:
    """``Verdict.SUPPORTED`` or ``"SUPPORTED"`` -> ``"SUPPORTED"``."""
    return str(getattr(verdict, "value", verdict))


def engine_reason(result: Any) -> str:
    """The messages of the findings that set the claim's verdict."""
    verdict = verdict_name(result.verdict)
    deciding = [
        finding.message
        for finding in result.findings
        if verdict_name(finding.verdict) == verdict and not finding.informational
    ]
    if not deciding:
        deciding = [finding.message for finding in result.findings[:1]]
    return " | ".join(deciding) or "(no findings)"


def score(report: Any, truth: dict[str, Truth], entries: list[dict[str, Any]]) -> Score:
    """Pair every held-out claim with the engine's verdict for it (``MISSING`` when absent)."""
    results = {result.id: result for result in report.claims}
    outcomes = []
    for entry in entries:
        claim_id = str(entry["id"])
        result = results.get(claim_id)
        outcomes.append(
            Outcome(
                claim_id=claim_id,
                pmid=str(entry["pmid"]),
                text=str(entry["text"]),
                expected=truth[claim_id].verdict,
                got=verdict_name(result.verdict) if result else MISSING,
                expected_reason=truth[claim_id].reason,
                engine_reason=engine_reason(result) if result else "(claim absent from report)",
            )
        )
    return Score(outcomes=tuple(outcomes))


def confusion_table(result: Score) -> str:
    """Plain-text confusion matrix: rows expected, columns what the engine said."""
    labels = result.labels
    width = max(len(label) for label in labels) + 2
    lines = ["expected \\ got".ljust(width) + "".join(label.rjust(width) for label in labels)]
    for expected in EXPECTED_VERDICTS:
        counts = "".join(str(result.confusion[(expected, got)]).rjust(width) for got in labels)
        lines.append(expected.ljust(width) + counts)
    return "\n".join(lines)


def failure_summary(result: Score) -> str:
    """What a failing accuracy test prints: the matrix and every miss."""
    lines = [
        f"accuracy {result.correct}/{result.total} = {result.accuracy:.3f} "
        f"(floor {ACCURACY_FLOOR}); wrong claims called SUPPORTED: "
        f"{len(result.false_supported)} (at most {MAX_FALSE_SUPPORTED})",
        confusion_table(result),
        "misses:",
    ]
    lines += [
        f"  {o.claim_id} [{o.pmid}]: expected {o.expected}, got {o.got} -- {o.engine_reason}"
        for o in result.misses
    ]
    return "\n".join(lines)


@dataclass(frozen=True)
class Run:
    report: Any  # claimcheck.report.model.Report
    network_attempts: tuple[str, ...]


@contextmanager
def _environment(values: dict[str, str], remove: tuple[str, ...]) -> Iterator[None]:
    saved = {name: os.environ.get(name) for name in (*values, *remove)}
    os.environ.update(values)
    for name in remove:
        os.environ.pop(name, None)
    try:
        yield
    finally:
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value


@contextmanager
def network_forbidden() -> Iterator[list[str]]:
    """Refuse every internet socket connection; yields the list of attempted addresses."""
    attempts: list[str] = []
    original_connect = socket.socket.connect
    original_connect_ex = socket.socket.connect_ex

    def refuse(sock: socket.socket, address: Any) -> Any:
        if sock.family in (socket.AF_INET, socket.AF_INET6):
            attempts.append(repr(address))
            raise ConnectionRefusedError(f"held-out run is offline: refused {address!r}")
        return original_connect(sock, address)

    def refuse_ex(sock: socket.socket, address: Any) -> int:
        if sock.family in (socket.AF_INET, socket.AF_INET6):
            attempts.append(repr(address))
            return 111  # ECONNREFUSED
        return original_connect_ex(sock, address)

    socket.socket.connect = refuse  # type: ignore[method-assign]
    socket.socket.connect_ex = refuse_ex  # type: ignore[method-assign]
    try:
        yield attempts
    finally:
        socket.socket.connect = original_connect  # type: ignore[method-assign]
        socket.socket.connect_ex = original_connect_ex  # type: ignore[method-assign]


def run_heldout(cache_dir: Path, claims_file: Path = CLAIMS_FILE) -> Run:
    """Audit the held-out claims with ``claimcheck.check``, offline, with an empty cache."""
    from claimcheck import check

    offline_env = {
        "CLAIMCHECK_CACHE_DIR": str(cache_dir),
        "CLAIMCHECK_EUTILS_URL": _UNREACHABLE_EUTILS,
    }
    with _environment(offline_env, remove=("NCBI_API_KEY",)), network_forbidden() as attempts:
        report = check(str(claims_file))
    return Run(report=report, network_attempts=tuple(attempts))
