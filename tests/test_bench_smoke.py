"""The benchmarks (bench/, docs/benchmarks.md) run, and what they claim about requests holds.

Nothing here asserts a time: CI machines are noisy. What is asserted cannot be noise: request
counts and windows seen by the E-utilities stand-in, records and claims accounted for, and that
the synthetic workload does not change what the engine decides.
"""

from __future__ import annotations

import json
import math
import random
import shutil
import subprocess
import sys
from pathlib import Path

from eutils_server import EutilsServer

REPO_ROOT = Path(__file__).resolve().parents[1]
if str(REPO_ROOT) not in sys.path:
    sys.path.insert(0, str(REPO_ROOT))  # the bench package lives beside claimcheck/

from bench import synth  # noqa: E402
from bench.fetch_bench import fetch_with_bio_entrez, fetch_with_claimcheck, serve  # noqa: E402
from claimcheck.pubmed.parser import parse_records  # noqa: E402
from claimcheck.verification.engine import verify  # noqa: E402


def test_claimcheck_fetch_stays_within_ncbis_limits(
    eutils_server: EutilsServer, tmp_path: Path
) -> None:
    pmids = serve(eutils_server, synth.synthesize_records(450, first_pmid=60_000_001))

    cold = fetch_with_claimcheck(eutils_server, pmids, tmp_path / "cache")
    efetches = eutils_server.requests_to("efetch")
    assert len(efetches) <= math.ceil(450 / 200)
    assert all(request.method == "POST" and len(request.ids) <= 200 for request in efetches)
    assert sorted(pmid for request in efetches for pmid in request.ids) == sorted(pmids)
    assert eutils_server.max_in_window(1.0) <= 3
    assert cold.records == 450 and cold.rate_limited == 0
    assert cold.requests == len(eutils_server.requests)

    warm = fetch_with_claimcheck(eutils_server, pmids, tmp_path / "cache")
    assert eutils_server.requests == []
    assert warm.requests == 0 and warm.records == 450


def test_per_pmid_loop_asks_the_stand_in_once_per_pmid(eutils_server: EutilsServer) -> None:
    from Bio import Entrez

    builder = Entrez._build_request
    pmids = serve(eutils_server, synth.synthesize_records(5, first_pmid=61_000_001))

    run = fetch_with_bio_entrez(eutils_server, pmids)

    efetches = eutils_server.requests_to("efetch")
    assert {request.method for request in efetches} == {"GET"}
    assert all(len(request.ids) == 1 for request in efetches)
    assert {request.ids[0] for request in efetches} == set(pmids)
    assert run.records + run.errors == 5  # a 429 under a loaded CI machine is Biopython's own
    assert Entrez._build_request is builder  # NCBI's address is restored afterwards


def test_synthetic_records_and_claims_keep_the_engines_verdicts() -> None:
    articles = synth.fixture_articles()
    rng = random.Random(11)
    compared = 0
    for pmid, texts in synth.claim_templates().items():
        original = parse_records(synth.article_set([articles[pmid]]))[0]
        clone_bytes = synth.clone_article(articles[pmid], "99" + pmid, rng)
        clone = parse_records(synth.article_set([clone_bytes]))[0]
        assert clone.pmid == "99" + pmid
        assert clone.abstract_text != original.abstract_text  # new strings, not cache hits
        assert clone.abstract_text.lower() == original.abstract_text.lower()
        for text in texts:
            varied = synth.vary_case(text, rng, synth.CASE_SHARE_CLAIM)
            assert verify(varied, clone).verdict == verify(text, original).verdict, text
            compared += 1
    assert compared >= 60


def test_python_m_bench_tiny_runs_and_counts_hold(tmp_path: Path) -> None:
    doc = tmp_path / "benchmarks.md"
    shutil.copy(REPO_ROOT / "docs" / "benchmarks.md", doc)
    results_path = tmp_path / "results.json"

    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "bench",
            "--sizes",
            "tiny",
            "--quiet",
            "--output",
            str(results_path),
            "--doc",
            str(doc),
        ],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )

    assert done.returncode == 0, done.stdout + done.stderr
    results = json.loads(results_path.read_text("utf-8"))
    (fetch,) = results["fetch"]["rows"]
    assert fetch["claimcheck"]["efetch_requests"] == 1  # 100 PMIDs: one batch
    assert fetch["claimcheck"]["records"] == 100
    assert fetch["claimcheck"]["max_in_one_second"] <= 3
    assert fetch["warm"]["requests"] == 0 and fetch["warm"]["records"] == 100
    loop = fetch["per_pmid_loop"]
    assert results["fetch"]["baseline_measured_pmids"] == 10
    assert loop["extrapolated"] and loop["requests"] == 100
    (verified,) = results["verify"]["rows"]
    assert verified["claims"] == 200 and verified["cited_records"] == 40
    assert sum(verified["verdicts"].values()) == 200
    assert len(verified["verdicts"]) >= 2  # a mixed workload, not one verdict throughout
    assert all(check["passed"] for check in results["checks"])
    rendered = doc.read_text("utf-8")
    assert "| 200 | 40 |" in rendered
    assert "<!-- bench:fetch -->\n<!-- /bench:fetch -->" not in rendered
