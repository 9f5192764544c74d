"""Held-out accuracy: claimcheck judges claims it was never tuned on, offline.

The set (tests/heldout/) was written independently of the engine: claims about PubMed records,
each with the verdict a careful medical editor gives from the record alone. The bar comes from
issue 3: at least 85% of verdicts right, and a wrong claim almost never called SUPPORTED
(at most one in the whole set).
"""

from __future__ import annotations

import heldout_scoring as scoring
import pytest


@pytest.fixture(scope="module")
def heldout_run(tmp_path_factory: pytest.TempPathFactory) -> scoring.Run:
    return scoring.run_heldout(tmp_path_factory.mktemp("claimcheck-cache"))


@pytest.fixture(scope="module")
def heldout_score(heldout_run: scoring.Run) -> scoring.Score:
    return scoring.score(heldout_run.report, scoring.load_truth(), scoring.load_claim_entries())


def test_heldout_claims_are_all_judged_offline_from_the_records_folders(
    heldout_run: scoring.Run, heldout_score: scoring.Score
) -> None:
    assert heldout_run.network_attempts == (), "claimcheck tried the network"
    unjudged = [
        f"{o.claim_id} [{o.pmid}]: {o.got} -- {o.engine_reason}"
        for o in heldout_score.outcomes
        if o.got in ("MISSING", "UNCHECKED", "BROKEN_CITATION")
    ]
    assert not unjudged, "claims not judged from the local records:\n" + "\n".join(unjudged)


def test_heldout_accuracy_is_at_least_85_percent(heldout_score: scoring.Score) -> None:
    assert heldout_score.accuracy >= scoring.ACCURACY_FLOOR, scoring.failure_summary(heldout_score)


def test_at_most_one_wrong_heldout_claim_is_called_supported(heldout_score: scoring.Score) -> None:
    """Calling a contradicted, unsupported or mis-cited claim SUPPORTED costs editors most."""
    waved_through = heldout_score.false_supported
    assert len(waved_through) <= scoring.MAX_FALSE_SUPPORTED, scoring.failure_summary(heldout_score)
