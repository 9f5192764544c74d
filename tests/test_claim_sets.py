"""Claim sets 3 to 57 (tests/heldout_final, _sealed, _fifth ... _fiftyseventh) as sets, no engine.

Each set was sealed when written and measured once (docs/accuracy.md). These tests only check
that a set is sound: it loads with the project's own loader, every claim has exactly one truth
entry, it is large, broad and mixed as promised, every quote in a reason is really in the cited
record, claims are paraphrases rather than copied sentences, and the files still match the seal
recorded in its README. Engine accuracy on them is tests/test_claim_set_accuracy.py's job.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from pathlib import Path
from typing import Any

import heldout_records as records
import heldout_scoring as scoring
import pytest
import yaml

from claimcheck.claims.loader import load_claims

TESTS_DIR = Path(__file__).resolve().parent
# set folder -> the least number of claims it promises
MIN_CLAIMS = {
    "heldout_final": 55,
    "heldout_sealed": 60,
    "heldout_fifth": 60,
    "heldout_sixth": 60,
    "heldout_seventh": 60,
    "heldout_eighth": 60,
    "heldout_ninth": 60,
    "heldout_tenth": 60,
    "heldout_eleventh": 60,
    "heldout_twelfth": 60,
    "heldout_thirteenth": 60,
    "heldout_fourteenth": 60,
    "heldout_fifteenth": 60,
    "heldout_sixteenth": 60,
    "heldout_seventeenth": 60,
    "heldout_eighteenth": 60,
    "heldout_nineteenth": 60,
    "heldout_twentieth": 60,
    "heldout_twentyfirst": 60,
    "heldout_twentysecond": 60,
    "heldout_twentythird": 60,
    "heldout_twentyfourth": 60,
    "heldout_twentyfifth": 60,
    "heldout_twentysixth": 60,
    "heldout_twentyseventh": 60,
    "heldout_twentyeighth": 60,
    "heldout_twentyninth": 60,
    "heldout_thirtieth": 60,
    "heldout_thirtyfirst": 60,
    "heldout_thirtysecond": 60,
    "heldout_thirtythird": 60,
    "heldout_thirtyfourth": 60,
    "heldout_thirtyfifth": 60,
    "heldout_thirtysixth": 60,
    "heldout_thirtyseventh": 60,
    "heldout_thirtyeighth": 60,
    "heldout_thirtyninth": 60,
    "heldout_fortieth": 60,
    "heldout_fortyfirst": 60,
    "heldout_fortysecond": 60,
    "heldout_fortythird": 60,
    "heldout_fortyfourth": 60,
    "heldout_fortyfifth": 60,
    "heldout_fortysixth": 60,
    "heldout_fortyseventh": 60,
    "heldout_fortyeighth": 60,
    "heldout_fortyninth": 60,
    "heldout_fiftieth": 60,
    "heldout_fiftyfirst": 60,
    "heldout_fiftysecond": 60,
    "heldout_fiftythird": 60,
    "heldout_fiftyfourth": 60,
    "heldout_fiftyfifth": 60,
    "heldout_fiftysixth": 60,
    "heldout_fiftyseventh": 60,
}
# Sets whose truth file tags each claim as a close paraphrase or a free rewording.
STYLE_TAGGED = {
    "heldout_sealed",
    "heldout_fifth",
    "heldout_sixth",
    "heldout_seventh",
    "heldout_eighth",
    "heldout_ninth",
    "heldout_tenth",
    "heldout_eleventh",
    "heldout_twelfth",
    "heldout_thirteenth",
    "heldout_fourteenth",
    "heldout_fifteenth",
    "heldout_sixteenth",
    "heldout_seventeenth",
    "heldout_eighteenth",
    "heldout_nineteenth",
    "heldout_twentieth",
    "heldout_twentyfirst",
    "heldout_twentysecond",
    "heldout_twentythird",
    "heldout_twentyfourth",
    "heldout_twentyfifth",
    "heldout_twentysixth",
    "heldout_twentyseventh",
    "heldout_twentyeighth",
    "heldout_twentyninth",
    "heldout_thirtieth",
    "heldout_thirtyfirst",
    "heldout_thirtysecond",
    "heldout_thirtythird",
    "heldout_thirtyfourth",
    "heldout_thirtyfifth",
    "heldout_thirtysixth",
    "heldout_thirtyseventh",
    "heldout_thirtyeighth",
    "heldout_thirtyninth",
    "heldout_fortieth",
    "heldout_fortyfirst",
    "heldout_fortysecond",
    "heldout_fortythird",
    "heldout_fortyfourth",
    "heldout_fortyfifth",
    "heldout_fortysixth",
    "heldout_fortyseventh",
    "heldout_fortyeighth",
    "heldout_fortyninth",
    "heldout_fiftieth",
    "heldout_fiftyfirst",
    "heldout_fiftysecond",
    "heldout_fiftythird",
    "heldout_fiftyfourth",
    "heldout_fiftyfifth",
    "heldout_fiftysixth",
    "heldout_fiftyseventh",
}
MIN_RECORDS_WITH_ABSTRACT = 12
MAX_SHARE_OF_ONE_RECORD = 0.10
# Target mix 35/25/25/15 %, with a little slack either way.
VERDICT_SHARE_BANDS = {
    "SUPPORTED": (0.30, 0.40),
    "CONTRADICTED": (0.20, 0.30),
    "NOT_IN_SOURCE": (0.20, 0.30),
    "METADATA_MISMATCH": (0.10, 0.20),
}
# About half close paraphrases that keep the record's key terms, half freer rewordings.
STYLE_SHARE_BAND = (0.40, 0.60)
WORDING_STYLES = {"close", "free"}
COPIED_RUN_WORDS = 8  # a claim sharing this many consecutive words with its record is a copy

QUOTE = re.compile(r'"([^"]+)"')
WORD = re.compile(r"[a-z0-9]+")
TOP_LEVEL_KEY = re.compile(r"^([A-Za-z0-9][\w-]*):\s*$", re.MULTILINE)
SEAL_LINE = re.compile(r"`(claims\.yaml|expected\.yaml)` sha256 `([0-9a-f]{64})`")


@pytest.fixture(scope="module", params=sorted(MIN_CLAIMS))
def set_dir(request: pytest.FixtureRequest) -> Path:
    return TESTS_DIR / request.param


@pytest.fixture(scope="module")
def entries(set_dir: Path) -> list[dict[str, Any]]:
    return scoring.load_claim_entries(set_dir / "claims.yaml")


@pytest.fixture(scope="module")
def truth(set_dir: Path) -> dict[str, Any]:
    return scoring.load_truth(set_dir / "expected.yaml")


@pytest.fixture(scope="module")
def record_info(set_dir: Path, entries: list[dict[str, Any]]) -> dict[str, Any]:
    """PMID -> description of its one record file in the claims file's `records:` folders."""
    folders = records.record_folders(set_dir / "claims.yaml")
    found = {}
    for pmid in sorted({str(entry["pmid"]) for entry in entries}):
        paths = records.find_record(pmid, folders)
        assert len(paths) == 1, f"PMID {pmid}: expected one record file, found {paths}"
        found[pmid] = records.describe_record(paths[0])
    return found


def _words(text: str) -> list[str]:
    return WORD.findall(records.normalise_text(text).lower())


def _seal_digest(path: Path) -> str:
    """SHA-256 of the file's text with LF line ends, so a checkout's line endings do not matter."""
    text = path.read_bytes().decode("utf-8").replace("\r\n", "\n")
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def test_claims_file_loads_and_every_claim_has_exactly_one_truth_entry(
    set_dir: Path, entries: list[dict[str, Any]], truth: dict[str, Any]
) -> None:
    loaded = load_claims(set_dir / "claims.yaml")
    assert [claim.id for claim in loaded.claims_file.claims] == [str(e["id"]) for e in entries]
    assert loaded.records_dirs, "the claims file names no record folders"
    assert all(path.is_dir() for path in loaded.records_dirs)
    # yaml.safe_load keeps the last of two equal keys silently, so count them in the text.
    keys = TOP_LEVEL_KEY.findall((set_dir / "expected.yaml").read_text(encoding="utf-8"))
    repeated = sorted(key for key, count in Counter(keys).items() if count > 1)
    assert not repeated, f"expected.yaml repeats {repeated}"
    ids = [str(entry["id"]) for entry in entries]
    assert set(ids) == set(truth), {
        "claims without truth": sorted(set(ids) - set(truth)),
        "truth without claim": sorted(set(truth) - set(ids)),
    }


def test_claim_texts_are_distinct(entries: list[dict[str, Any]]) -> None:
    texts = Counter(" ".join(_words(str(entry["text"]))) for entry in entries)
    assert not [text for text, count in texts.items() if count > 1]


def test_set_is_large_and_mixed_as_documented(
    set_dir: Path, entries: list[dict[str, Any]], truth: dict[str, Any]
) -> None:
    assert len(entries) >= MIN_CLAIMS[set_dir.name]
    per_verdict = Counter(item.verdict for item in truth.values())
    assert set(per_verdict) == set(VERDICT_SHARE_BANDS)
    for verdict, (low, high) in VERDICT_SHARE_BANDS.items():
        share = per_verdict[verdict] / len(entries)
        wanted = f"{low:.0%}-{high:.0%}"
        assert low <= share <= high, f"{verdict}: {share:.0%} of the set, wanted {wanted}"


def test_wording_styles_are_recorded_and_balanced(
    set_dir: Path, entries: list[dict[str, Any]]
) -> None:
    """Where the truth file tags claims as close paraphrases or free rewordings, both occur."""
    if set_dir.name not in STYLE_TAGGED:
        return
    raw = yaml.safe_load((set_dir / "expected.yaml").read_text(encoding="utf-8"))
    styles = {str(claim_id): entry.get("style") for claim_id, entry in raw.items()}
    untagged = sorted(cid for cid, style in styles.items() if style not in WORDING_STYLES)
    assert not untagged, f"claims without a close/free style: {untagged}"
    low, high = STYLE_SHARE_BAND
    for style, count in Counter(styles.values()).items():
        share = count / len(entries)
        assert low <= share <= high, f"{style}: {share:.0%} of the set, wanted {low:.0%}-{high:.0%}"


def test_set_spans_enough_records_and_no_record_dominates(
    entries: list[dict[str, Any]], record_info: dict[str, Any]
) -> None:
    with_abstract = [pmid for pmid, info in record_info.items() if info.has_abstract]
    assert len(with_abstract) >= MIN_RECORDS_WITH_ABSTRACT
    per_record = Counter(str(entry["pmid"]) for entry in entries)
    crowded = {
        pmid: count
        for pmid, count in per_record.items()
        if count / len(entries) > MAX_SHARE_OF_ONE_RECORD
    }
    assert not crowded, f"records carrying more than {MAX_SHARE_OF_ONE_RECORD:.0%}: {crowded}"


def test_every_quote_in_a_reason_is_in_the_cited_record(
    entries: list[dict[str, Any]], truth: dict[str, Any], record_info: dict[str, Any]
) -> None:
    misquoted = []
    for entry in entries:
        claim_id, pmid = str(entry["id"]), str(entry["pmid"])
        reason = truth[claim_id].reason
        quotes = QUOTE.findall(reason)
        if truth[claim_id].verdict != "NOT_IN_SOURCE":
            assert quotes, f"{claim_id}: the reason quotes nothing from the record"
        assert reason.count('"') % 2 == 0, f"{claim_id}: unbalanced quote marks in the reason"
        record_text = record_info[pmid].text
        misquoted += [
            f"{claim_id} [{pmid}]: {quote!r}"
            for quote in quotes
            if records.normalise_text(quote) not in record_text
        ]
    assert not misquoted, "quotes not found in their record:\n" + "\n".join(misquoted)


def test_claims_are_paraphrased_not_copied_from_their_record(
    entries: list[dict[str, Any]], record_info: dict[str, Any]
) -> None:
    copied = []
    for entry in entries:
        record_words = _words(record_info[str(entry["pmid"])].text)
        record_runs = {
            tuple(record_words[i : i + COPIED_RUN_WORDS])
            for i in range(len(record_words) - COPIED_RUN_WORDS + 1)
        }
        claim_words = _words(str(entry["text"]))
        runs = (
            tuple(claim_words[i : i + COPIED_RUN_WORDS])
            for i in range(len(claim_words) - COPIED_RUN_WORDS + 1)
        )
        first_copy = next((run for run in runs if run in record_runs), None)
        if first_copy is not None:
            copied.append(f"{entry['id']}: {' '.join(first_copy)!r}")
    assert not copied, "claims that copy their record's wording:\n" + "\n".join(copied)


def test_set_files_still_match_the_seal_in_the_readme(set_dir: Path) -> None:
    """A set is measured once; a change after sealing must be deliberate (a new seal)."""
    sealed = dict(SEAL_LINE.findall((set_dir / "README.md").read_text(encoding="utf-8")))
    assert set(sealed) == {"claims.yaml", "expected.yaml"}, "README.md lacks the seal lines"
    for name, digest in sealed.items():
        assert _seal_digest(set_dir / name) == digest, f"{name} changed after it was sealed"
