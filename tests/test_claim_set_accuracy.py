"""Accuracy guards for claim sets 3 to 13 (tests/heldout_final ... tests/heldout_thirteenth).

Each set was held out when written and measured once while sealed (docs/accuracy.md keeps the
first figures: set 3 44.7%, set 4 64.4%, set 5 57.5%, sets 6-7 74.4%, sets 8-9 76.9%, sets
10-11 78.1%, and the published held-out figure, sets 12-13 together, 121/160 = 75.6% with five
wrong claims called SUPPORTED). Sets 3-11 were then used while improving the engine. These
tests guard the level each set is at now and the trust bound on wrong claims called SUPPORTED:
at most one on a development set, and no more than measured on the held-out sets. Issue 3's
85% bar is not met on the held-out sets.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import heldout_scoring as scoring
import pytest

TESTS_DIR = Path(__file__).resolve().parent

# set folder -> (accuracy it must keep, most wrong claims it may call SUPPORTED); measured now:
# 3: 88.2%, 4: 95.6%, 5: 91.2%, 6: 88.8%, 7: 92.5%, 8: 77.5%, 9: 80.0%, 10: 81.2%, 11: 80.0%
# (none SUPPORTED wrongly), 12: 78.8% and 13: 72.5% (two and three, as first measured).
FLOORS = {
    "heldout_final": (0.85, 1),
    "heldout_sealed": (0.92, 1),
    "heldout_fifth": (0.88, 1),
    "heldout_sixth": (0.85, 1),
    "heldout_seventh": (0.88, 1),
    "heldout_eighth": (0.75, 1),
    "heldout_ninth": (0.77, 1),
    "heldout_tenth": (0.78, 1),
    "heldout_eleventh": (0.77, 1),
    "heldout_twelfth": (0.76, 2),
    "heldout_thirteenth": (0.70, 3),
}


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
    assert score.accuracy >= FLOORS[name][0], scoring.failure_summary(score)


def test_wrong_claims_called_supported_stay_within_bound(scored_set: Any) -> None:
    name, score = scored_set
    assert len(score.false_supported) <= FLOORS[name][1], scoring.failure_summary(score)
