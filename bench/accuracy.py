"""Measure claimcheck on the held-out set and (re)write docs/accuracy.md.

    python bench/accuracy.py [--output docs/accuracy.md]

Runs ``claimcheck.check`` offline on tests/heldout/claims.yaml, compares every verdict with
tests/heldout/expected.yaml and writes the set's composition, accuracy, per-class precision and
recall, the confusion matrix, the wrong claims called SUPPORTED, and every miss with its reasons.
Exit status: 0 the bar of issue 3 is met, 1 it is not, 2 the engine cannot be imported.
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
import tempfile
from collections import Counter
from pathlib import Path
from types import ModuleType
from typing import Any

REPO_ROOT = Path(__file__).resolve().parents[1]
HELDOUT_DIR = REPO_ROOT / "tests" / "heldout"
DEFAULT_OUTPUT = REPO_ROOT / "docs" / "accuracy.md"


def _load_heldout_module(name: str) -> ModuleType:
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(name, HELDOUT_DIR / f"{name}.py")
        if spec is None or spec.loader is None:
            raise ImportError(f"cannot load {HELDOUT_DIR / name}.py")
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
    return sys.modules[name]


# Measure this working tree's claimcheck, whatever else is installed.
sys.path.insert(0, str(REPO_ROOT))
scoring = _load_heldout_module("heldout_scoring")
records = _load_heldout_module("heldout_records")


def _cell(text: str) -> str:
    return " ".join(text.split()).replace("|", "\\|")


def _percent(value: float | None) -> str:
    return "–" if value is None else f"{value:.0%}"


def _relative(path: Path) -> str:
    try:
        return str(path.relative_to(REPO_ROOT))
    except ValueError:
        return str(path)


def composition_section(entries: list[dict[str, Any]], truth: dict[str, Any]) -> list[str]:
    per_verdict = Counter(item.verdict for item in truth.values())
    per_pmid = Counter(str(entry["pmid"]) for entry in entries)
    folders = records.record_folders(scoring.CLAIMS_FILE)
    lines = [
        "## The set",
        "",
        f"{len(entries)} claims over {len(per_pmid)} PubMed records, worded as a health "
        "journalist would word them and judged from the record alone (abstract and metadata). "
        "Claims are in `tests/heldout/claims.yaml`, the truth with a one-line reason per claim "
        "in `tests/heldout/expected.yaml`; `tests/heldout/README.md` tells where the records "
        "come from.",
        "",
        "| expected verdict | claims | share |",
        "|---|---:|---:|",
    ]
    lines += [
        f"| {verdict} | {per_verdict[verdict]} | {per_verdict[verdict] / len(entries):.0%} |"
        for verdict in scoring.EXPECTED_VERDICTS
    ]
    lines += [
        "",
        "| PMID | journal | year | title | abstract | claims | folder |",
        "|---|---|---|---|---|---:|---|",
    ]
    for pmid, count in sorted(per_pmid.items(), key=lambda item: int(item[0])):
        (path,) = records.find_record(pmid, folders)
        info = records.describe_record(path)
        lines.append(
            f"| [{pmid}](https://pubmed.ncbi.nlm.nih.gov/{pmid}/) | {_cell(info.journal)} | "
            f"{info.year} | {_cell(info.title)} | {'yes' if info.has_abstract else 'no'} | "
            f"{count} | `{_relative(path.parent)}` |"
        )
    return [*lines, ""]


def _by_folder(result: Any) -> list[str]:
    """Accuracy per records folder: fixtures/ records are also cited by the ketamine audit."""
    folders = records.record_folders(scoring.CLAIMS_FILE)
    tally: dict[str, list[int]] = {}
    for outcome in result.outcomes:
        (path,) = records.find_record(outcome.pmid, folders)
        counts = tally.setdefault(_relative(path.parent), [0, 0])
        counts[0] += outcome.correct
        counts[1] += 1
    return [
        f"  - records in `{folder}`: {right}/{total} = {right / total:.1%}"
        for folder, (right, total) in sorted(tally.items())
    ]


def results_section(result: Any, version: str) -> list[str]:
    verdict = "met" if result.meets_bar else "NOT met"
    lines = [
        "## Result",
        "",
        f"claimcheck {version}, run offline on the records folders with an empty cache.",
        "",
        f"- Accuracy: **{result.correct}/{result.total} = {result.accuracy:.1%}** "
        f"(bar: at least {scoring.ACCURACY_FLOOR:.0%})",
        *_by_folder(result),
        f"- Wrong claims called SUPPORTED: **{len(result.false_supported)}** "
        f"(bar: at most {scoring.MAX_FALSE_SUPPORTED})",
        f"- Issue 3's bar is **{verdict}**.",
        "",
        "### Precision and recall per verdict",
        "",
        "| verdict | expected | called | precision | recall |",
        "|---|---:|---:|---:|---:|",
    ]
    for label in result.labels:
        expected = sum(o.expected == label for o in result.outcomes)
        called = sum(o.got == label for o in result.outcomes)
        lines.append(
            f"| {label} | {expected} | {called} | {_percent(result.precision(label))} | "
            f"{_percent(result.recall(label))} |"
        )
    lines += [
        "",
        "### Confusion matrix",
        "",
        "Rows: expected verdict; columns: claimcheck's verdict.",
        "",
        "| expected \\ got | " + " | ".join(result.labels) + " |",
        "|---|" + "---:|" * len(result.labels),
    ]
    for expected in scoring.EXPECTED_VERDICTS:
        counts = " | ".join(str(result.confusion[(expected, got)]) for got in result.labels)
        lines.append(f"| {expected} | {counts} |")
    lines += ["", "### Wrong claims called SUPPORTED", ""]
    lines += _outcome_table(result.false_supported)
    lines += ["", "### Misses", ""]
    lines += _outcome_table(result.misses)
    return [*lines, ""]


def _outcome_table(outcomes: list[Any]) -> list[str]:
    if not outcomes:
        return ["None."]
    lines = [
        "| claim | PMID | expected | got | claim text | why (truth) | claimcheck said |",
        "|---|---|---|---|---|---|---|",
    ]
    lines += [
        f"| `{o.claim_id}` | {o.pmid} | {o.expected} | {o.got} | {_cell(o.text)} | "
        f"{_cell(o.expected_reason)} | {_cell(o.engine_reason)} |"
        for o in outcomes
    ]
    return lines


def render(sections: list[list[str]]) -> str:
    header = [
        "# Accuracy on the held-out set",
        "",
        "Generated by `python bench/accuracy.py`; do not edit by hand. The same set and bar are "
        "enforced by `tests/test_heldout_accuracy.py`.",
        "",
    ]
    return "\n".join(header + [line for section in sections for line in section])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--output", type=Path, default=DEFAULT_OUTPUT)
    args = parser.parse_args(argv)

    entries = scoring.load_claim_entries()
    truth = scoring.load_truth()
    composition = composition_section(entries, truth)
    try:
        import claimcheck

        with tempfile.TemporaryDirectory(prefix="claimcheck-heldout-") as cache_dir:
            run = scoring.run_heldout(Path(cache_dir))
    except ImportError as error:
        print(f"claimcheck.check is not importable yet ({error}); wrote the set only")
        not_measured = [
            "## Result",
            "",
            "Not measured yet: `claimcheck.check` is not importable.",
            "",
        ]
        args.output.write_text(render([not_measured, composition]), encoding="utf-8")
        return 2
    if run.network_attempts:
        print(f"warning: claimcheck tried the network: {', '.join(run.network_attempts)}")
    result = scoring.score(run.report, truth, entries)
    results = results_section(result, getattr(claimcheck, "__version__", "?"))
    args.output.write_text(render([results, composition]), encoding="utf-8")
    print(
        f"accuracy {result.correct}/{result.total} = {result.accuracy:.1%}, "
        f"false SUPPORTED {len(result.false_supported)}; wrote {_relative(args.output)}"
    )
    return 0 if result.meets_bar else 1


if __name__ == "__main__":
    sys.exit(main())
