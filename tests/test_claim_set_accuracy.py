"""Accuracy guards for claim sets 3 and 4 (tests/heldout_final, tests/heldout_sealed).

Each set was held out when written and measured once while sealed (set 3: 34/76 = 44.7% with
one wrong claim called SUPPORTED; set 4, at commit 52c46f2: 58/90 = 64.4% with seven, the
figure docs/accuracy.md publishes), then used while improving the engine. These tests guard
the level each reached afterwards and the trust bound: at most one wrong claim called
SUPPORTED. Issue 3's 85% bar is not met on either.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import heldout_scoring as scoring
import pytest

TESTS_DIR = Path(__file__).resolve().parent

# set folder -> accuracy it must keep (measured: set 3 63.2%, set 4 72.2%)
FLOORS = {"heldout_final": 0.60, "heldout_sealed": 0.70}


@pytest.fixture(scope="module", params=sorted(FLOORS))
def scored_set(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Any:
    set_dir = TESTS_DIR / request.param
    claims_file = set_dir / "claims.yaml"
    run = scoring.run_heldout(tmp_path_factory.mktemp("cache"), claims_file=claims_file)
    assert not run.network_attempts, run.network_attempts
    entries = scoring.load_claim_entries(claims_file)
    truth = scoring.load_truth(set_dir / "expected.yaml")
    return request.param, scoring.score(run.report, truth, entries)


def test_accuracy_does_not_fall_below_its_measured_level(scored_set: Any) -> None:
    name, score = scored_set
    assert score.accuracy >= FLOORS[name], scoring.failure_summary(score)


def test_at_most_one_wrong_claim_is_called_supported(scored_set: Any) -> None:
    _, score = scored_set
    assert len(score.false_supported) <= scoring.MAX_FALSE_SUPPORTED, (
        scoring.failure_summary(score)
    )
