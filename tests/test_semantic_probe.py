"""bench/semantic_probe.py: the parts that need no model (which records, which sentences)."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))  # the bench package lives beside claimcheck/

from bench.semantic_probe import record_folders, record_sentences  # noqa: E402


def test_record_folders_are_the_claims_files_own_resolved() -> None:
    folders = record_folders(ROOT / "tests" / "heldout_fortyeighth" / "claims.yaml")
    assert folders == [(ROOT / "tests" / "heldout" / "records").resolve(), ROOT / "fixtures"]
    assert all(folder.is_dir() for folder in folders)


def test_record_sentences_are_the_title_then_each_abstract_sentence() -> None:
    sentences = record_sentences([ROOT / "fixtures"], "10686270")
    assert sentences is not None
    assert sentences[0].startswith("Antidepressant effects of ketamine")
    assert any(s.startswith("Seven subjects with major depression") for s in sentences[1:])
    assert len(sentences) > 5


def test_a_record_in_no_folder_gives_no_sentences() -> None:
    assert record_sentences([ROOT / "fixtures"], "1") is None
