"""Accuracy guards for claim sets 3 to 57 and the red-team probes 2 to 5.

Each set was held out when written and measured once while sealed (docs/accuracy.md keeps the
first figures, from set 3's 44.7% to the published held-out figure). The sets and probes were
then used while improving the engine. These tests guard the level each set is at now and the
trust bound on wrong claims called SUPPORTED: at most one on a development set, three on set 39
and four on set 56, of the held-out pair measured last (docs/accuracy.md lists each). Issue 3's
bar is not met on the held-out sets.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import heldout_scoring as scoring
import pytest

TESTS_DIR = Path(__file__).resolve().parent

# set folder -> (accuracy it must keep, most wrong claims it may call SUPPORTED); the levels of
# the engine after round 22 and its mends, rounded down (sets 39 to 47: the wrong claims each
# still has called SUPPORTED).
FLOORS = {
    "heldout_fresh": (1.00, 1),
    "heldout_final": (0.97, 1),
    "heldout_sealed": (0.97, 1),
    "heldout_fifth": (0.97, 1),
    "heldout_sixth": (1.00, 1),
    "heldout_seventh": (0.98, 1),
    "heldout_eighth": (0.92, 1),
    "heldout_ninth": (0.97, 1),
    "heldout_tenth": (0.96, 1),
    "heldout_eleventh": (0.95, 1),
    "heldout_twelfth": (1.00, 1),
    "heldout_thirteenth": (0.98, 1),
    "heldout_fourteenth": (0.95, 1),
    "heldout_fifteenth": (0.88, 1),
    "heldout_sixteenth": (0.95, 1),
    "heldout_seventeenth": (0.93, 1),
    "heldout_eighteenth": (0.81, 1),
    "heldout_nineteenth": (0.95, 1),
    "heldout_twentieth": (0.92, 1),
    "heldout_twentyfirst": (0.90, 1),
    "heldout_twentysecond": (0.90, 1),
    "heldout_twentythird": (0.93, 1),
    "heldout_twentyfourth": (0.93, 1),
    "heldout_twentyfifth": (0.88, 1),
    "heldout_twentysixth": (0.90, 1),
    "heldout_twentyseventh": (0.85, 1),
    "heldout_twentyeighth": (0.90, 1),
    "heldout_twentyninth": (0.86, 1),
    "heldout_thirtieth": (0.93, 1),
    "heldout_thirtyfirst": (0.92, 1),
    "heldout_thirtysecond": (0.91, 1),
    "heldout_thirtythird": (0.90, 1),
    "heldout_thirtyfourth": (0.88, 1),
    "heldout_thirtyfifth": (0.82, 1),
    "heldout_thirtysixth": (0.88, 1),
    "heldout_thirtyseventh": (0.80, 1),
    "heldout_thirtyeighth": (0.88, 1),
    "heldout_thirtyninth": (0.91, 3),
    "heldout_fortieth": (0.90, 1),
    "heldout_fortyfirst": (0.91, 1),
    "heldout_fortysecond": (0.96, 1),
    "heldout_fortythird": (0.90, 1),
    "heldout_fortyfourth": (0.93, 1),
    "heldout_fortyfifth": (0.85, 1),
    "heldout_fortysixth": (0.86, 1),
    "heldout_fortyseventh": (0.83, 1),
    "heldout_fortyeighth": (0.96, 1),
    "heldout_fortyninth": (0.83, 1),
    "heldout_fiftieth": (0.95, 1),
    "heldout_fiftyfirst": (0.91, 1),
    "heldout_fiftysecond": (0.92, 1),
    "heldout_fiftythird": (0.91, 1),
    "heldout_fiftyfourth": (0.88, 1),
    "heldout_fiftyfifth": (0.85, 1),
    "heldout_fiftysixth": (0.80, 4),
    "heldout_fiftyseventh": (0.87, 1),
    "probe_second": (0.98, 1),
    "probe_third": (0.95, 1),
    "probe_fourth": (0.96, 1),
    "probe_fifth": (0.76, 1),
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
