"""Fresh held-out accuracy: claims the engine has never been tuned on, judged offline.

The first held-out set (tests/heldout/) has been used while tuning the engine, so it no longer
measures generalisation. tests/heldout_fresh/ is a second set, written without reading the engine
or the first set's claims, over the same pool of records. The bar is issue 3's: at least 85% of
verdicts right and at most one wrong claim called SUPPORTED. Scoring reuses
tests/heldout/heldout_scoring.py, so both sets are measured the same way.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import heldout_records as records
import heldout_scoring as scoring
import pytest

from claimcheck.claims.loader import load_claims

TESTS_DIR = Path(__file__).resolve().parent
FRESH_DIR = TESTS_DIR / "heldout_fresh"
FRESH_CLAIMS = FRESH_DIR / "claims.yaml"
FRESH_EXPECTED = FRESH_DIR / "expected.yaml"

QUOTE = re.compile(r'"([^"]+)"')
UNJUDGED = ("MISSING", "UNCHECKED", "BROKEN_CITATION")


@pytest.fixture(scope="module")
def entries() -> list[dict[str, object]]:
    return scoring.load_claim_entries(FRESH_CLAIMS)


@pytest.fixture(scope="module")
def truth() -> dict[str, object]:
    return scoring.load_truth(FRESH_EXPECTED)


@pytest.fixture(scope="module")
def record_info(entries: list[dict[str, object]]) -> dict[str, object]:
    folders = records.record_folders(FRESH_CLAIMS)
    found = {}
    for pmid in {str(entry["pmid"]) for entry in entries}:
        paths = records.find_record(pmid, folders)
        assert len(paths) == 1, f"PMID {pmid}: expected one record file, found {paths}"
        found[pmid] = records.describe_record(paths[0])
    return found


@pytest.fixture(scope="module")
def fresh_run(tmp_path_factory: pytest.TempPathFactory) -> scoring.Run:
    return scoring.run_heldout(tmp_path_factory.mktemp("claimcheck-cache"), FRESH_CLAIMS)


@pytest.fixture(scope="module")
def fresh_score(
    fresh_run: scoring.Run, truth: dict[str, object], entries: list[dict[str, object]]
) -> scoring.Score:
    return scoring.score(fresh_run.report, truth, entries)


# --- the set itself (no engine needed) ---


def test_fresh_claims_file_loads_and_every_claim_has_one_truth_entry(
    entries: list[dict[str, object]], truth: dict[str, object]
) -> None:
    loaded = load_claims(FRESH_CLAIMS)
    assert [claim.id for claim in loaded.claims_file.claims] == [str(e["id"]) for e in entries]
    assert all(path.is_dir() for path in loaded.records_dirs)
    keys = re.findall(r"^([A-Za-z0-9][\w-]*):\s*$", FRESH_EXPECTED.read_text(), re.M)
    repeated = [key for key, count in Counter(keys).items() if count > 1]
    assert not repeated, f"expected.yaml repeats {repeated}"
    assert {str(entry["id"]) for entry in entries} == set(truth)


def test_fresh_set_is_large_broad_and_mixed(
    entries: list[dict[str, object]], truth: dict[str, object], record_info: dict[str, object]
) -> None:
    assert len(entries) >= 50
    with_abstract = [pmid for pmid, info in record_info.items() if info.has_abstract]
    assert len(with_abstract) >= 12
    per_verdict = Counter(item.verdict for item in truth.values())
    for verdict in scoring.EXPECTED_VERDICTS:
        share = per_verdict[verdict] / len(entries)
        assert 0.12 <= share <= 0.40, f"{verdict}: {share:.0%} of the set"


def test_every_quote_in_a_fresh_reason_is_in_the_cited_record(
    entries: list[dict[str, object]], truth: dict[str, object], record_info: dict[str, object]
) -> None:
    misquoted = []
    for entry in entries:
        claim_id, pmid = str(entry["id"]), str(entry["pmid"])
        quotes = QUOTE.findall(truth[claim_id].reason)
        if truth[claim_id].verdict != "NOT_IN_SOURCE":
            assert quotes, f"{claim_id}: the reason quotes nothing from the record"
        record_text = record_info[pmid].text
        misquoted += [
            f"{claim_id}: {quote!r}"
            for quote in quotes
            if records.normalise_text(quote) not in record_text
        ]
    assert not misquoted, "quotes not found in their record:\n" + "\n".join(misquoted)


# --- the engine on the set ---


def test_fresh_claims_are_all_judged_offline(
    fresh_run: scoring.Run, fresh_score: scoring.Score
) -> None:
    assert fresh_run.network_attempts == (), "claimcheck tried the network"
    unjudged = [
        f"{o.claim_id} [{o.pmid}]: {o.got} -- {o.engine_reason}"
        for o in fresh_score.outcomes
        if o.got in UNJUDGED
    ]
    assert not unjudged, "claims not judged from the local records:\n" + "\n".join(unjudged)


# This set was held out when written, then used while tuning the engine (development set 2),
# so it guards against regressions; the published held-out figure is tests/heldout_final's.
DEVELOPMENT_FLOOR = 0.85


def test_fresh_accuracy_does_not_regress(fresh_score: scoring.Score) -> None:
    """Development set 2 stays at or above 85% of verdicts right (88.2% when last tuned)."""
    assert fresh_score.accuracy >= DEVELOPMENT_FLOOR, scoring.failure_summary(fresh_score)


def test_at_most_one_wrong_fresh_claim_is_called_supported(fresh_score: scoring.Score) -> None:
    """Calling a contradicted, unsupported or mis-cited claim SUPPORTED costs editors most."""
    waved_through = fresh_score.false_supported
    assert len(waved_through) <= scoring.MAX_FALSE_SUPPORTED, scoring.failure_summary(fresh_score)
