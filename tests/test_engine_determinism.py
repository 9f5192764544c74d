"""The same inputs give the same report, whatever Python's hash seed.

Python seeds the hashing of str differently in every process, so anything the engine derives from
iterating a set can differ from run to run. A word list once built from a frozenset joined into
one text let two neighbours read as a phrase in some processes only ("ample evidence"), and one
claim flipped between SUPPORTED and CONTRADICTED. These runs use real processes with fixed,
different seeds (0 and 5 exposed that bug; 7 a third ordering).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
CLAIMS_FILES = ("claims.yaml", "tests/heldout_thirtyfourth/claims.yaml")
SEEDS = ("0", "5", "7", "8")
# Claims whose key words are phrases of the engine's tables ("ample evidence", "scant evidence",
# "works normally"), judged against a small record in each process.
VERIFY_SCRIPT = """
import json
import claimcheck
from claimcheck.pubmed.model import AbstractSection, PubMedRecord

record = PubMedRecord(pmid="1", title="A study", abstract=[AbstractSection(text=(
    "Evidence that vitamin D prevents fractures in community-dwelling adults remains scant. "
    "We pooled eleven trials. Calcium handling was dysregulated in the older adults."))])
claims = [
    "Ample evidence shows that vitamin D prevents fractures in community-dwelling adults.",
    "Scant evidence shows that vitamin D prevents fractures in community-dwelling adults.",
    "Calcium handling works normally in older adults.",
    "Several lines of evidence show that vitamin D prevents fractures.",
]
print(json.dumps([
    [r.verdict.value, [f.message for f in r.findings]]
    for r in (claimcheck.verify(claim, record) for claim in claims)
]))
"""


def _report(claims_file: str, seed: str, cache: Path) -> bytes:
    env = {**os.environ, "PYTHONHASHSEED": seed}
    env.pop("NCBI_API_KEY", None)
    completed = subprocess.run(
        [sys.executable, "-m", "claimcheck", "check", claims_file, "--offline", "--format",
         "json", "--cache-dir", str(cache / seed)],
        cwd=REPO, env=env, capture_output=True, timeout=120, check=False,
    )  # fmt: skip
    assert completed.returncode in (0, 1, 3), completed.stderr.decode()
    return completed.stdout


def _verified(seed: str) -> bytes:
    env = {**os.environ, "PYTHONHASHSEED": seed}
    completed = subprocess.run(
        [sys.executable, "-c", VERIFY_SCRIPT],
        cwd=REPO, env=env, capture_output=True, timeout=120, check=True,
    )  # fmt: skip
    return completed.stdout


def test_phrase_claims_get_the_same_verdicts_under_every_hash_seed() -> None:
    results = {seed: _verified(seed) for seed in SEEDS}
    assert b"CONTRADICTED" in results["0"]  # "ample" against "scant" is judged, not skipped
    for seed in SEEDS[1:]:
        assert results[seed] == results["0"], f"seed {seed} judges otherwise than seed 0"


@pytest.mark.parametrize("claims_file", CLAIMS_FILES)
def test_the_report_is_the_same_under_every_hash_seed(claims_file: str, tmp_path: Path) -> None:
    reports = {seed: _report(claims_file, seed, tmp_path) for seed in SEEDS}
    assert reports["0"].startswith(b"{") and b'"claims"' in reports["0"]
    for seed in SEEDS[1:]:
        assert reports[seed] == reports["0"], f"seed {seed} gives another report than seed 0"
