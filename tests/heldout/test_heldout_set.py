"""The held-out set is sound: valid claims file, truth for every claim, quotes that are really in
the records, records byte-faithful to their NCBI source, and a scoring that counts correctly.

None of this needs the verification engine; tests/test_heldout_accuracy.py measures the engine.
"""

from __future__ import annotations

import re
import socket
from collections import Counter

import heldout_records as records
import heldout_scoring as scoring
import pytest

from claimcheck.claims.loader import load_claims
from claimcheck.report.model import (
    ClaimResult,
    Finding,
    FindingKind,
    Report,
    Summary,
    Verdict,
)

QUOTE = re.compile(r'"([^"]+)"')


@pytest.fixture(scope="module")
def entries() -> list[dict[str, object]]:
    return scoring.load_claim_entries()


@pytest.fixture(scope="module")
def truth() -> dict[str, object]:
    return scoring.load_truth()


@pytest.fixture(scope="module")
def record_info(entries: list[dict[str, object]]) -> dict[str, object]:
    folders = records.record_folders(scoring.CLAIMS_FILE)
    found = {}
    for pmid in {str(entry["pmid"]) for entry in entries}:
        paths = records.find_record(pmid, folders)
        assert len(paths) == 1, f"PMID {pmid}: expected one record file, found {paths}"
        found[pmid] = records.describe_record(paths[0])
    return found


def test_claims_file_loads_with_claimcheck_and_names_existing_record_folders() -> None:
    loaded = load_claims(scoring.CLAIMS_FILE)
    assert [claim.id for claim in loaded.claims_file.claims] == [
        str(entry["id"]) for entry in scoring.load_claim_entries()
    ]
    assert all(claim.pmid for claim in loaded.claims_file.claims)
    assert [path.resolve() for path in loaded.records_dirs] == records.record_folders(
        scoring.CLAIMS_FILE
    )
    assert all(path.is_dir() for path in loaded.records_dirs)


def test_every_claim_has_exactly_one_truth_entry(
    entries: list[dict[str, object]], truth: dict[str, object]
) -> None:
    keys = re.findall(r"^([A-Za-z0-9][\w-]*):\s*$", scoring.EXPECTED_FILE.read_text(), re.M)
    duplicated = [key for key, count in Counter(keys).items() if count > 1]
    assert not duplicated, f"expected.yaml repeats {duplicated}"
    assert {str(entry["id"]) for entry in entries} == set(truth)


def test_set_is_large_and_mixed_enough(
    entries: list[dict[str, object]], truth: dict[str, object]
) -> None:
    per_verdict = Counter(item.verdict for item in truth.values())
    assert len(entries) >= 40
    assert len({str(entry["pmid"]) for entry in entries}) >= 10
    for verdict in scoring.EXPECTED_VERDICTS:
        share = per_verdict[verdict] / len(entries)
        assert 0.12 <= share <= 0.40, f"{verdict}: {share:.0%} of the set"


def test_every_cited_record_holds_its_pmid_and_most_have_abstracts(
    record_info: dict[str, object],
) -> None:
    for pmid, info in record_info.items():
        assert info.pmid == pmid, f"{info.path} holds PMID {info.pmid}"
    with_abstract = sum(info.has_abstract for info in record_info.values())
    assert with_abstract >= len(record_info) - 1


def test_every_quote_in_a_reason_is_in_the_cited_record(
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


def test_split_records_are_byte_slices_of_the_biopython_samples() -> None:
    if not records.SAMPLES_DIR.is_dir():
        pytest.skip(f"{records.SAMPLES_DIR} (the records' source) is not on this machine")
    expected = records.records_from_samples()
    on_disk = {path.stem: path.read_bytes() for path in records.RECORDS_DIR.glob("*.xml")}
    assert on_disk == expected


def test_split_keeps_prologue_and_one_article_per_file() -> None:
    data = (
        b'<?xml version="1.0" ?>\n<!DOCTYPE PubmedArticleSet PUBLIC "x" "y">\n'
        b"<PubmedArticleSet>\n"
        b'<PubmedArticle><MedlineCitation Status="MEDLINE"><PMID Version="1">11</PMID>'
        b"</MedlineCitation></PubmedArticle>"
        b'<PubmedArticle><MedlineCitation Status="MEDLINE"><PMID Version="1">22</PMID>'
        b"<CommentsCorrections><PMID>33</PMID></CommentsCorrections></MedlineCitation>"
        b"</PubmedArticle></PubmedArticleSet>"
    )
    split = records.split_efetch_set(data)
    assert sorted(split) == ["11", "22"]
    assert split["11"].startswith(data[: data.index(b"<PubmedArticle>")])
    assert split["11"].count(b"<PubmedArticle>") == 1
    assert b">22<" not in split["11"]
    assert split["22"].endswith(b"</PubmedArticle></PubmedArticleSet>")
    assert records.split_efetch_set(split["22"]) == {"22": split["22"]}


def _result(claim_id: str, verdict: Verdict, message: str = "because") -> ClaimResult:
    finding = Finding(kind=FindingKind.SUPPORT, verdict=verdict, message=message)
    return ClaimResult(
        id=claim_id, pmid="1", text="t", verdict=verdict, confidence=1.0, findings=[finding]
    )


def _report(results: list[ClaimResult]) -> Report:
    return Report(
        tool_version="0",
        claims_file="claims.yaml",
        claims=results,
        summary=Summary(total=len(results), counts={}, failing=0),
    )


def test_score_counts_hits_misses_and_false_supported() -> None:
    truth = {
        "a": scoring.Truth("SUPPORTED", "r"),
        "b": scoring.Truth("CONTRADICTED", "r"),
        "c": scoring.Truth("NOT_IN_SOURCE", "r"),
        "d": scoring.Truth("METADATA_MISMATCH", "r"),
        "e": scoring.Truth("SUPPORTED", "r"),
    }
    entries = [{"id": key, "pmid": "1", "text": "t"} for key in truth]
    report = _report(
        [
            _result("a", Verdict.SUPPORTED),
            _result("b", Verdict.SUPPORTED, "numbers agree"),
            _result("c", Verdict.NOT_IN_SOURCE),
            _result("d", Verdict.UNCHECKED),
        ]
    )
    result = scoring.score(report, truth, entries)
    assert (result.correct, result.total) == (2, 5)
    assert result.accuracy == pytest.approx(0.4)
    assert [o.claim_id for o in result.false_supported] == ["b"]
    assert result.false_supported[0].engine_reason == "numbers agree"
    assert {o.claim_id: o.got for o in result.misses} == {
        "b": "SUPPORTED",
        "d": "UNCHECKED",
        "e": scoring.MISSING,
    }
    assert result.precision("SUPPORTED") == pytest.approx(0.5)
    assert result.recall("SUPPORTED") == pytest.approx(0.5)
    assert result.precision("CONTRADICTED") is None
    assert result.labels == [*scoring.EXPECTED_VERDICTS, scoring.MISSING, "UNCHECKED"]
    assert not result.meets_bar
    table = scoring.confusion_table(result)
    assert table.splitlines()[2].split() == ["CONTRADICTED", "1", "0", "0", "0", "0", "0"]
    assert table.splitlines()[4].split() == ["METADATA_MISMATCH", "0", "0", "0", "0", "0", "1"]


def test_network_is_refused_and_recorded_then_restored() -> None:
    listener = socket.create_server(("127.0.0.1", 0))
    port = listener.getsockname()[1]
    try:
        with scoring.network_forbidden() as attempts, pytest.raises(ConnectionRefusedError):
            socket.create_connection(("127.0.0.1", port), timeout=2)
        assert attempts and str(port) in attempts[0]
        socket.create_connection(("127.0.0.1", port), timeout=2).close()
    finally:
        listener.close()
