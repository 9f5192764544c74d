"""Accuracy on the third claim set (tests/heldout_final), now a development set.

Measured once while sealed: 34/76 = 44.7%, one wrong claim called SUPPORTED. It was then used
while tuning the engine (63.2%, none called SUPPORTED); this test guards that level and the
trust bound (at most one wrong claim called SUPPORTED). Issue 3's 85% bar is not met here.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

TESTS_DIR = Path(__file__).resolve().parent
FINAL_DIR = TESTS_DIR / "heldout_final"


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
MEASURED_FLOOR = 0.60


@pytest.fixture(scope="module")
def final_score(tmp_path_factory: pytest.TempPathFactory) -> object:
    claims_file = FINAL_DIR / "claims.yaml"
    run = scoring.run_heldout(tmp_path_factory.mktemp("cache"), claims_file=claims_file)
    assert not run.network_attempts, run.network_attempts
    entries = scoring.load_claim_entries(claims_file)
    truth = scoring.load_truth(FINAL_DIR / "expected.yaml")
    return scoring.score(run.report, truth, entries)


def test_final_accuracy_does_not_fall_below_its_measured_level(
    final_score: object,
) -> None:
    assert final_score.accuracy >= MEASURED_FLOOR, scoring.failure_summary(final_score)


def test_at_most_one_wrong_final_claim_is_called_supported(final_score: object) -> None:
    assert len(final_score.false_supported) <= scoring.MAX_FALSE_SUPPORTED, (
        scoring.failure_summary(final_score)
    )
