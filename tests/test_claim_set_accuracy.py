"""Accuracy guards for claim sets 3 to 17 and the red-team probes 2 and 3.

Each set was held out when written and measured once while sealed (docs/accuracy.md keeps the
first figures: set 3 44.7%, set 4 64.4%, set 5 57.5%, sets 6-7 74.4%, sets 8-9 76.9%, sets
10-11 78.1%, sets 12-13 75.6%, sets 14-15 68.8%, and the published held-out figure, sets 16-17
together at 922d8d2, 120/160 = 75.0% with five wrong claims called SUPPORTED). Sets 3-15 and
the probes were then used while improving the engine. These tests guard the level each set is at
now and the trust bound on wrong claims called SUPPORTED: at most one on a development set where
that was reached, and no more than measured now elsewhere. Issue 3's 85% bar is not met on the
held-out sets.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import heldout_scoring as scoring
import pytest

TESTS_DIR = Path(__file__).resolve().parent

# set folder -> (accuracy it must keep, most wrong claims it may call SUPPORTED); measured at
# 922d8d2: 3: 94.7%, 4: 98.9%, 5-7: 96.2%, 8: 86.2%, 9: 91.2%, 10: 96.2%, 11: 90.0%, 12: 100%,
# 13: 98.8%, probe 2: 97.5% (none SUPPORTED wrongly); 14: 81.2% (one), 15: 70.0% (two),
# probe 3: 85.6% (six); 16: 76.2% (three) and 17: 73.8% (two), as first measured.
FLOORS = {
    "heldout_final": (0.93, 1),
    "heldout_sealed": (0.97, 1),
    "heldout_fifth": (0.95, 1),
    "heldout_sixth": (0.95, 1),
    "heldout_seventh": (0.95, 1),
    "heldout_eighth": (0.85, 1),
    "heldout_ninth": (0.90, 1),
    "heldout_tenth": (0.95, 1),
    "heldout_eleventh": (0.88, 1),
    "heldout_twelfth": (0.98, 1),
    "heldout_thirteenth": (0.97, 1),
    "heldout_fourteenth": (0.80, 1),
    "heldout_fifteenth": (0.70, 2),
    "heldout_sixteenth": (0.76, 3),
    "heldout_seventeenth": (0.73, 2),
    "probe_second": (0.96, 1),
    "probe_third": (0.85, 6),
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
