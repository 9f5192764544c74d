"""Accuracy on the fourth claim set (tests/heldout_sealed).

Measured once while sealed, at commit 52c46f2: 58/90 = 64.4% with 7 wrong claims called
SUPPORTED (the figure docs/accuracy.md publishes). The holes those seven revealed were then
fixed as general rules (72.2%, none called SUPPORTED); this test guards that level and the
trust bound (at most one wrong claim called SUPPORTED). Issue 3's 85% bar is not met.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

TESTS_DIR = Path(__file__).resolve().parent
SEALED_DIR = TESTS_DIR / "heldout_sealed"


def _scoring_module() -> ModuleType:
    name = "heldout_scoring"
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(name, TESTS_DIR / "heldout" / f"{name}.py")
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
    return sys.modules[name]


scoring = _scoring_module()
MEASURED_FLOOR = 0.70


@pytest.fixture(scope="module")
def sealed_score(tmp_path_factory: pytest.TempPathFactory) -> object:
    claims_file = SEALED_DIR / "claims.yaml"
    run = scoring.run_heldout(tmp_path_factory.mktemp("cache"), claims_file=claims_file)
    assert not run.network_attempts, run.network_attempts
    entries = scoring.load_claim_entries(claims_file)
    truth = scoring.load_truth(SEALED_DIR / "expected.yaml")
    return scoring.score(run.report, truth, entries)


def test_sealed_accuracy_does_not_fall_below_its_measured_level(
    sealed_score: object,
) -> None:
    assert sealed_score.accuracy >= MEASURED_FLOOR, scoring.failure_summary(sealed_score)


def test_at_most_one_wrong_sealed_claim_is_called_supported(sealed_score: object) -> None:
    assert len(sealed_score.false_supported) <= scoring.MAX_FALSE_SUPPORTED, (
        scoring.failure_summary(sealed_score)
    )
