"""Measure claimcheck on its evaluation sets and (re)write docs/accuracy.md.

    python bench/accuracy.py [--output docs/accuracy.md]

Runs ``claimcheck.check`` offline on every claim set and the red-team probes, each a
claims.yaml with an expected.yaml, written by people who had not seen the engine. The sets named
in ``HELD_OUT`` are the held-out sets: sealed when written and never used to tune the engine.
Every earlier set was held out when written and measured once (the figure is kept in
``HISTORY`` and ``FIRST_MEASUREMENTS``), then used while tuning: development sets.
For each it writes accuracy, per-class precision and recall, the confusion matrix, the wrong
claims called SUPPORTED, every miss with its reasons, and the set's composition.
Exit status: 0 the bar of issue 3 is met on the held-out sets together, 1 it is not, 2 the engine
cannot be imported.
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
TESTS_DIR = REPO_ROOT / "tests"
HELDOUT_DIR = TESTS_DIR / "heldout"
DEFAULT_OUTPUT = REPO_ROOT / "docs" / "accuracy.md"

# The held-out sets, measured together, and the commit they were measured at.
HELD_OUT_COMMIT = "b1fac2c"
HELD_OUT = (("heldout_fiftysixth", "Set 56"), ("heldout_fiftyseventh", "Set 57"))
# What changed in the engine after the held-out measurement (none of it drawn from those sets).
SINCE_MEASURED = "changes made after the measurement (see the commit log)"
# Development sets, newest first, with the figure each gave when first measured, sealed.
HISTORY = (
    ("heldout_fiftyfifth", "Set 55", "held out until commit 937366f: 64/80 = 80.0%, 2 wrong "
     "claims called SUPPORTED"),
    ("heldout_fiftyfourth", "Set 54", "held out until commit 937366f: 65/80 = 81.2%, 1 wrong "
     "claim called SUPPORTED"),
    ("heldout_fiftythird", "Set 53", "held out until commit cf74d92: 69/80 = 86.2%, 3 wrong "
     "claims called SUPPORTED"),
    ("heldout_fiftysecond", "Set 52", "held out until commit cf74d92: 69/80 = 86.2%, 2 wrong "
     "claims called SUPPORTED"),
    ("heldout_fiftyfirst", "Set 51", "held out until commit aae2b8c: 54/80 = 67.5%, 1 wrong "
     "claim called SUPPORTED"),
    ("heldout_fiftieth", "Set 50", "held out until commit aae2b8c: 68/80 = 85.0%, 3 wrong "
     "claims called SUPPORTED"),
    ("heldout_fortyninth", "Set 49", "held out until commit a8b2d05: 61/80 = 76.2%, 1 wrong "
     "claim called SUPPORTED"),
    ("heldout_fortyeighth", "Set 48", "held out until commit a8b2d05: 60/80 = 75.0%, 1 wrong "
     "claim called SUPPORTED"),
    ("heldout_fortyseventh", "Set 47", "held out until commit a2a61dd: 63/80 = 78.8%, 3 wrong "
     "claims called SUPPORTED"),
    ("heldout_fortysixth", "Set 46", "held out until commit a2a61dd: 64/80 = 80.0%, 2 wrong "
     "claims called SUPPORTED"),
    ("heldout_fortyfifth", "Set 45", "held out until commit ddffd1a: 63/80 = 78.8%, 3 wrong "
     "claims called SUPPORTED"),
    ("heldout_fortyfourth", "Set 44", "held out until commit ddffd1a: 70/80 = 87.5%, 2 wrong "
     "claims called SUPPORTED"),
    ("heldout_fortythird", "Set 43", "held out until commit 1987cb3: 64/80 = 80.0%, 1 wrong "
     "claim called SUPPORTED"),
    ("heldout_fortysecond", "Set 42", "held out until commit 1987cb3: 68/80 = 85.0%, 2 wrong "
     "claims called SUPPORTED"),
    ("heldout_fortyfirst", "Set 41", "held out until commit 191c33f: 60/80 = 75.0%, 2 wrong "
     "claims called SUPPORTED"),
    ("heldout_fortieth", "Set 40", "held out until commit 191c33f: 66/80 = 82.5%, 1 wrong "
     "claim called SUPPORTED"),
    ("heldout_thirtyninth", "Set 39", "held out until commit 150e3b3: 62/80 = 77.5%, 6 wrong "
     "claims called SUPPORTED"),
    ("heldout_thirtyeighth", "Set 38", "held out until commit 150e3b3: 67/80 = 83.8%, 2 wrong "
     "claims called SUPPORTED"),
    ("heldout_thirtyseventh", "Set 37", "held out until commit 998dc6e: 59/80 = 73.8%, 1 wrong "
     "claim called SUPPORTED"),
    ("heldout_thirtysixth", "Set 36", "held out until commit 998dc6e: 50/80 = 62.5%, 2 wrong "
     "claims called SUPPORTED"),
    ("heldout_thirtyfifth", "Set 35", "held out until commit 61bc8a3: 58/80 = 72.5%, no wrong "
     "claim called SUPPORTED"),
    ("heldout_thirtyfourth", "Set 34", "held out until commit 61bc8a3: 47/80 = 58.8%, 8 wrong "
     "claims called SUPPORTED"),
    ("heldout_thirtythird", "Set 33", "held out until commit 11681cd: 67/80 = 83.8%, 2 wrong "
     "claims called SUPPORTED"),
    ("heldout_thirtysecond", "Set 32", "held out until commit 11681cd: 65/80 = 81.2%, 1 wrong "
     "claim called SUPPORTED"),
    ("heldout_thirtyfirst", "Set 31", "held out until commit bd1c1bb: 64/80 = 80.0%, 1 wrong "
     "claim called SUPPORTED"),
    ("heldout_thirtieth", "Set 30", "held out until commit bd1c1bb: 69/80 = 86.2%, no wrong "
     "claim called SUPPORTED"),
    ("heldout_twentyninth", "Set 29", "held out until commit 35e4ab0: 61/80 = 76.2%, 1 wrong "
     "claim called SUPPORTED"),
    ("heldout_twentyeighth", "Set 28", "held out until commit 35e4ab0: 63/80 = 78.8%, 1 wrong "
     "claim called SUPPORTED"),
    ("heldout_twentyseventh", "Set 27", "held out until commit 5c5cc10: 57/80 = 71.2%, 3 wrong "
     "claims called SUPPORTED"),
    ("heldout_twentysixth", "Set 26", "held out until commit 5c5cc10: 70/80 = 87.5%, 2 wrong "
     "claims called SUPPORTED"),
    ("heldout_twentyfifth", "Set 25", "held out until commit 2ff6020: 66/80 = 82.5%, no wrong "
     "claim called SUPPORTED"),
    ("heldout_twentyfourth", "Set 24", "held out until commit 2ff6020: 67/80 = 83.8%, 3 wrong "
     "claims called SUPPORTED"),
    ("heldout_twentythird", "Set 23", "held out until commit dc56e20: 69/80 = 86.2%, 1 wrong "
     "claim called SUPPORTED"),
    ("heldout_twentysecond", "Set 22", "held out until commit dc56e20: 67/80 = 83.8%, 1 wrong "
     "claim called SUPPORTED"),
    ("heldout_twentyfirst", "Set 21", "held out until commit 6217739: 65/80 = 81.2%, 2 wrong "
     "claims called SUPPORTED"),
    ("heldout_twentieth", "Set 20", "held out until commit 6217739: 67/80 = 83.8%, 1 wrong "
     "claim called SUPPORTED"),
    ("heldout_nineteenth", "Set 19", "held out until commit 7ce6896: 61/80 = 76.2%, 3 wrong "
     "claims called SUPPORTED"),
    ("heldout_eighteenth", "Set 18", "held out until commit 7ce6896: 52/80 = 65.0%, 1 wrong "
     "claim called SUPPORTED"),
    ("heldout_seventeenth", "Set 17", "held out until commit 922d8d2: 59/80 = 73.8%, 2 wrong "
     "claims called SUPPORTED"),
    ("heldout_sixteenth", "Set 16", "held out until commit 922d8d2: 61/80 = 76.2%, 3 wrong "
     "claims called SUPPORTED"),
    ("heldout_fifteenth", "Set 15", "held out until commit b41a1eb: 52/80 = 65.0%, 3 wrong "
     "claims called SUPPORTED"),
    ("heldout_fourteenth", "Set 14", "held out until commit b41a1eb: 58/80 = 72.5%, 4 wrong "
     "claims called SUPPORTED"),
    ("heldout_thirteenth", "Set 13", "held out until commit b331d11: 58/80 = 72.5%, 3 wrong "
     "claims called SUPPORTED"),
    ("heldout_twelfth", "Set 12", "held out until commit b331d11: 63/80 = 78.8%, 2 wrong claims "
     "called SUPPORTED"),
    ("heldout_eleventh", "Set 11", "held out until commit d3813bb: 62/80 = 77.5%, 2 wrong claims "
     "called SUPPORTED"),
    ("heldout_tenth", "Set 10", "held out until commit d3813bb: 63/80 = 78.8%, 2 wrong claims "
     "called SUPPORTED"),
    ("heldout_ninth", "Set 9", "held out until commit af494e8: 60/80 = 75.0%, 4 wrong claims "
     "called SUPPORTED"),
    ("heldout_eighth", "Set 8", "held out until commit af494e8: 63/80 = 78.8%, 3 wrong claims "
     "called SUPPORTED"),
    ("heldout_seventh", "Set 7", "held out until commit ee6fb9c: 56/80 = 70.0%, 7 wrong claims "
     "called SUPPORTED"),
    ("heldout_sixth", "Set 6", "held out until commit ee6fb9c: 63/80 = 78.8%, 5 wrong claims "
     "called SUPPORTED"),
    ("heldout_fifth", "Set 5", "held out until commit fbcc802: 46/80 = 57.5%, 4 wrong claims "
     "called SUPPORTED"),
    ("heldout_sealed", "Set 4", "held out until commit 52c46f2: 58/90 = 64.4%, 7 wrong claims "
     "called SUPPORTED"),
    ("heldout_final", "Set 3", "held out until first run: 34/76 = 44.7%, 1 wrong claim called "
     "SUPPORTED"),
    ("heldout_fresh", "Set 2", "held out until first run: 68.4%"),
    ("heldout", "Set 1", "the first set, written with the engine's first version"),
    ("probe_second", "Probe 2", "written blind by a red team; at commit 92cdd11, before it was "
     "used for rules: 127/160 = 79.4%, 8 wrong claims called SUPPORTED"),
    ("probe_third", "Probe 3", "written blind by a red team; at commit b41a1eb, before it was "
     "used for rules: 130/160 = 81.2%, 9 wrong claims called SUPPORTED"),
    ("probe_fourth", "Probe 4", "written by a red-team engineer who then fixed what it found; at "
     "commit 51f7133, before any rule drew on it: 51/60 = 85.0%, 2 wrong claims called "
     "SUPPORTED"),
    ("probe_fifth", "Probe 5", "written by a red-team engineer who then fixed what it found; at "
     "commit 937366f with round 26 in progress, before any rule drew on it: 34/50 = 68.0%, 5 "
     "wrong claims called SUPPORTED"),
)  # fmt: skip


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


def composition_section(
    entries: list[dict[str, Any]], truth: dict[str, Any], set_dir: Path
) -> list[str]:
    per_verdict = Counter(item.verdict for item in truth.values())
    per_pmid = Counter(str(entry["pmid"]) for entry in entries)
    folders = records.record_folders(set_dir / "claims.yaml")
    where = _relative(set_dir)
    lines = [
        "### The set",
        "",
        f"{len(entries)} claims over {len(per_pmid)} PubMed records, worded as a health "
        "journalist would word them and judged from the record alone (abstract and metadata). "
        f"Claims are in `{where}/claims.yaml`, the truth with a one-line reason per claim "
        f"in `{where}/expected.yaml`; `{where}/README.md` tells how the set was made.",
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


def _by_folder(result: Any, set_dir: Path) -> list[str]:
    """Accuracy per records folder: fixtures/ records are also cited by the ketamine audit."""
    folders = records.record_folders(set_dir / "claims.yaml")
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


def results_section(result: Any, version: str, set_dir: Path) -> list[str]:
    verdict = "met" if result.meets_bar else "NOT met"
    lines = [
        f"claimcheck {version}, run offline on the records folders with an empty cache.",
        "",
        f"- Accuracy: **{result.correct}/{result.total} = {result.accuracy:.1%}** "
        f"(bar: at least {scoring.ACCURACY_FLOOR:.0%})",
        *_by_folder(result, set_dir),
        f"- Wrong claims called SUPPORTED: **{len(result.false_supported)}** "
        f"(bar: at most {scoring.MAX_FALSE_SUPPORTED})",
        f"- Issue 3's bar is **{verdict}**.",
        "",
        "#### Precision and recall per verdict",
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
        "#### Confusion matrix",
        "",
        "Rows: expected verdict; columns: claimcheck's verdict.",
        "",
        "| expected \\ got | " + " | ".join(result.labels) + " |",
        "|---|" + "---:|" * len(result.labels),
    ]
    for expected in scoring.EXPECTED_VERDICTS:
        counts = " | ".join(str(result.confusion[(expected, got)]) for got in result.labels)
        lines.append(f"| {expected} | {counts} |")
    lines += ["", "#### Wrong claims called SUPPORTED", ""]
    lines += _outcome_table(result.false_supported)
    lines += ["", "#### Misses", ""]
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


# Every honest measurement: the sets, the commit they were measured at (once, before any rule
# drew on them), right/total and wrong claims called SUPPORTED.
FIRST_MEASUREMENTS = (
    ("3", "first run", 34, 76, 1),
    ("4", "52c46f2", 58, 90, 7),
    ("5", "fbcc802", 46, 80, 4),
    ("6 + 7", "ee6fb9c", 119, 160, 12),
    ("8 + 9", "af494e8", 123, 160, 7),
    ("10 + 11", "d3813bb", 125, 160, 4),
    ("12 + 13", "b331d11", 121, 160, 5),
    ("14 + 15", "b41a1eb", 110, 160, 7),
    ("16 + 17", "922d8d2", 120, 160, 5),
    ("18 + 19", "7ce6896", 113, 160, 4),
    ("20 + 21", "6217739", 132, 160, 3),
    ("22 + 23", "dc56e20", 136, 160, 2),
    ("24 + 25", "2ff6020", 133, 160, 3),
    ("26 + 27", "5c5cc10", 127, 160, 5),
    ("28 + 29", "35e4ab0", 124, 160, 2),
    ("30 + 31", "bd1c1bb", 133, 160, 1),
    ("32 + 33", "11681cd", 132, 160, 3),
    ("34 + 35", "61bc8a3", 105, 160, 8),
    ("36 + 37", "998dc6e", 109, 160, 3),
    ("38 + 39", "150e3b3", 129, 160, 8),
    ("40 + 41", "191c33f", 126, 160, 3),
    ("42 + 43", "1987cb3", 132, 160, 3),
    ("44 + 45", "ddffd1a", 133, 160, 5),
    ("46 + 47", "a2a61dd", 127, 160, 5),
    ("48 + 49", "a8b2d05", 121, 160, 2),
    ("50 + 51", "aae2b8c", 122, 160, 4),
    ("52 + 53", "cf74d92", 138, 160, 5),
    ("54 + 55", "937366f", 129, 160, 3),
    ("56 + 57", "b1fac2c", 134, 160, 5),
)
POOLED = 20  # the newest pairs, one measured after each engine round (rounds 9 to 26, mends)
# The same sets run, after their one measurement, with the engine at other commits: sets differ
# in difficulty, so progress shows best on one set across engines.
SAME_SETS = (
    ("16 + 17", (("cf689d0", 105, 11), ("b41a1eb", 117, 7), ("922d8d2", 120, 5))),
    ("18 + 19", (("8c1d327", 111, 4), ("7ce6896", 113, 4))),
    ("20 + 21", (("8c1d327", 129, 4), ("7ce6896", 129, 3), ("6217739", 132, 3))),
    ("22 + 23", (("8c1d327", 126, 4), ("7ce6896", 126, 3), ("6217739", 130, 2),
                 ("dc56e20", 136, 2))),
    ("24 + 25", (("8c1d327", 125, 2), ("7ce6896", 125, 2), ("6217739", 128, 2),
                 ("dc56e20", 133, 2), ("2ff6020", 133, 3))),
    ("26 + 27", (("8c1d327", 123, 5), ("dc56e20", 126, 6), ("2ff6020", 126, 5),
                 ("5c5cc10", 127, 5))),
    ("28 + 29", (("5c5cc10", 123, 3), ("35e4ab0", 124, 2))),
    ("30 + 31", (("5c5cc10", 132, 1), ("35e4ab0", 133, 1), ("bd1c1bb", 133, 1))),
    ("32 + 33", (("5c5cc10", 131, 4), ("bd1c1bb", 132, 3), ("11681cd", 132, 3))),
    ("34 + 35", (("5c5cc10", 102, 8), ("11681cd", 105, 8), ("61bc8a3", 105, 8))),
    ("36 + 37", (("5c5cc10", 104, 5), ("61bc8a3", 104, 5), ("998dc6e", 109, 3))),
    ("38 + 39", (("5c5cc10", 122, 10), ("998dc6e", 128, 8), ("150e3b3", 129, 8))),
    ("40 + 41", (("5c5cc10", 112, 6), ("150e3b3", 124, 3), ("191c33f", 126, 3))),
    ("42 + 43", (("5c5cc10", 126, 4), ("150e3b3", 130, 3), ("191c33f", 132, 3),
                 ("1987cb3", 132, 3))),
    ("44 + 45", (("5c5cc10", 123, 8), ("150e3b3", 130, 5), ("1987cb3", 133, 5),
                 ("ddffd1a", 133, 5))),
    ("46 + 47", (("5c5cc10", 126, 5), ("150e3b3", 126, 4), ("ddffd1a", 127, 5),
                 ("a2a61dd", 127, 5))),
    ("48 + 49", (("5c5cc10", 118, 2), ("150e3b3", 120, 2), ("a2a61dd", 121, 2),
                 ("a8b2d05", 121, 2))),
    ("50 + 51", (("5c5cc10", 111, 6), ("150e3b3", 119, 5), ("a2a61dd", 121, 4),
                 ("a8b2d05", 121, 4), ("aae2b8c", 122, 4))),
    ("52 + 53", (("5c5cc10", 127, 8), ("150e3b3", 129, 7), ("a8b2d05", 133, 7),
                 ("aae2b8c", 137, 6), ("cf74d92", 138, 5))),
    ("54 + 55", (("5c5cc10", 118, 6), ("cf74d92", 126, 4), ("51f7133", 126, 3),
                 ("937366f", 129, 3))),
    ("56 + 57", (("5c5cc10", 114, 12), ("51f7133", 131, 5), ("937366f", 132, 5),
                 ("b1fac2c", 134, 5))),
)  # fmt: skip


def _since_measured(held_out: Any, measured_right: int, measured_wrong: int) -> str:
    """The engine as it is now, on the held-out sets, when it differs from the measurement."""
    now_wrong = len(held_out.false_supported)
    if (held_out.correct, now_wrong) == (measured_right, measured_wrong):
        return " The engine has not changed their verdicts since."
    return (
        f" Since then the engine changed only by {SINCE_MEASURED}; run on the same sets it now "
        f"scores {held_out.correct}/{held_out.total} = {held_out.accuracy:.1%} with "
        f"{_wrong_claims(now_wrong)} called SUPPORTED (the sections below show this run), a "
        "figure no longer blind."
    )


def _wrong_claims(count: int) -> str:
    return f"{count} wrong claim{'' if count == 1 else 's'}"


def _runs(runs: tuple[tuple[str, int, int], ...]) -> str:
    shown = (f"{commit}: {right} ({right / 160:.1%}), {wrong}" for commit, right, wrong in runs)
    return "; ".join(shown)


def render(sections: list[list[str]], held_out: Any) -> str:
    *_, measured_right, measured_total, measured_wrong = FIRST_MEASUREMENTS[-1]
    met = measured_right / measured_total >= 0.85 and measured_wrong <= 1
    verdict = "met" if met else "NOT met"
    names = " and ".join(title.removeprefix("Set ") for _, title in HELD_OUT)
    recent = FIRST_MEASUREMENTS[-POOLED:]
    pooled_right = sum(right for _, _, right, _, _ in recent)
    pooled_total = sum(total for _, _, _, total, _ in recent)
    pooled_wrong = sum(wrong for *_, wrong in recent)
    header = [
        "# Accuracy",
        "",
        "Generated by `python bench/accuracy.py`; do not edit by hand. Claim sets and four "
        "red-team probes about 18 PubMed records (the ketamine article's and seven from "
        "Biopython's E-utilities samples), each written by someone who had not seen the engine "
        "and judged by hand from the record alone. The bar (issue 3): at least 85% of verdicts "
        "right, and at most one wrong claim called SUPPORTED.",
        "",
        f"**Held out (sets {names} together), measured once at {HELD_OUT_COMMIT}: "
        f"{measured_right}/{measured_total} = {measured_right / measured_total:.1%}, "
        f"{_wrong_claims(measured_wrong)} called SUPPORTED; the bar is {verdict}.** Both sets "
        "were sealed when written (their READMEs hold the files' SHA-256) and nobody ran the "
        "engine on them while it was being changed. These are the figures we publish."
        + _since_measured(held_out, measured_right, measured_wrong),
        "",
        "Every set before them was held out the same way, measured once, then used while tuning "
        "the engine, so its score now is optimistic; each section below gives its first figure, "
        "and `tests/test_*accuracy.py` guard each level. The first measurements, in order:",
        "",
        "| sets | measured at | right | accuracy | wrong claims called SUPPORTED |",
        "|---|---|---:|---:|---:|",
        *(
            f"| {sets} | {commit} | {right}/{total} | {right / total:.1%} | {wrong} |"
            for sets, commit, right, total, wrong in FIRST_MEASUREMENTS
        ),
        "",
        f"The last {POOLED} pairs together, each measured at the engine of its day: "
        f"{pooled_right}/{pooled_total} = {pooled_right / pooled_total:.1%}, {pooled_wrong} "
        "wrong claims called SUPPORTED.",
        "",
        "Sets are not equally hard (the same engine, 7ce6896, scores 70.6% on sets 18 and 19 and "
        "80.6% on sets 20 and 21), so progress shows best on one set measured with several "
        "engines, after its one measurement:",
        "",
        "| sets | engine (commit): right of 160, wrong claims called SUPPORTED |",
        "|---|---|",
        *(f"| {sets} | {_runs(runs)} |" for sets, runs in SAME_SETS),
        "",
        "Rules drawn from one set's misses fix that set almost completely and carry over only "
        "partly to the next unseen one: the development sets score far above the held-out "
        "figure. On the last pairs the carry-over has nearly stopped: sets 46 and 47 score 126 "
        "with the round-13 engine and 127 with the round-22 one; sets 48 and 49 score 118 and "
        "121; sets 50 and 51 score 111, 119, 121 and 122 with the engines of rounds 13, 19, 22 "
        "and 23. Sets 52 and 53, in narrative prose, moved more: 127, 129, 133, 137 and 138 with "
        "the engines of rounds 13, 19, 22, 23 and 24, the first pair since sets 22 and 23 above "
        "85% right, but with 5 wrong claims called SUPPORTED. Sets 54 and 55 (an opinion "
        "column, podcast show notes) scored 118, 126, 126 and 129 with the engines of rounds 13, "
        "24, stop 13's final and 25; sets 56 and 57 (a journal-club handout, an 'Ask the Doctor' "
        "column) 114, 131, 132 and 134 with those of rounds 13, stop 13's final, 25 and 26 with "
        "its review mends, and the wrong claims called SUPPORTED fell from 12 to 5 but no "
        "further. The red-team probes (tests/probe_second/ to tests/probe_fifth/; their sections "
        "are at the end) were written to find wrong claims called SUPPORTED.",
        "",
        "The writing style moves the figure as much as the engine does: terse forms (set 34, "
        "revision flashcards, 58.8%; set 36, evidence-table rows, 62.5%; set 39, teaching "
        "slides, 77.5% with 6 wrong claims SUPPORTED; set 41, a lecture handout, 75.0%; set 48, "
        "textbook key points, 75.0%) and lay writing (set 37, plain-language leaflets, 73.8%; "
        "set 49, a magazine feature, 76.2%, 13 of its 28 true claims called NOT_IN_SOURCE; set "
        "51, a social-media thread, 67.5%, 19 of its 28 true claims called NOT_IN_SOURCE) "
        "score below narrative prose (sets 30 to 33, "
        "38, 40 and 42, 81-86%). Terse claims are mostly called NOT_IN_SOURCE when true, their "
        "wrong ones slip through more often, and their headers (journal, year, authors) were "
        "not read until round 18.",
        "",
    ]
    return "\n".join(header + [line for section in sections for line in section])


def measure(set_dir: Path, title: str, version: str) -> tuple[list[str], Any, str]:
    claims_file = set_dir / "claims.yaml"
    entries = scoring.load_claim_entries(claims_file)
    truth = scoring.load_truth(set_dir / "expected.yaml")
    with tempfile.TemporaryDirectory(prefix="claimcheck-heldout-") as cache_dir:
        run = scoring.run_heldout(Path(cache_dir), claims_file=claims_file)
    if run.network_attempts:
        print(f"warning: claimcheck tried the network: {', '.join(run.network_attempts)}")
    result = scoring.score(run.report, truth, entries)
    lines = [
        f"## {title}",
        "",
        *results_section(result, version, set_dir),
        *composition_section(entries, truth, set_dir),
    ]
    summary = (
        f"{title}: accuracy {result.correct}/{result.total} = {result.accuracy:.1%}, "
        f"false SUPPORTED {len(result.false_supported)}"
    )
    return lines, result, summary


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--output", type=Path, default=DEFAULT_OUTPUT)
    args = parser.parse_args(argv)
    try:
        import claimcheck
    except ImportError as error:
        print(f"claimcheck is not importable ({error})")
        return 2
    version = getattr(claimcheck, "__version__", "?")
    sections: list[list[str]] = []
    summaries: list[str] = []
    held_out: list[Any] = []
    for folder, title in HELD_OUT:
        lines, result, summary = measure(TESTS_DIR / folder, f"{title} (held out)", version)
        sections.append(lines)
        summaries.append(summary)
        held_out.append(result)
    for folder, title, history in HISTORY:
        lines, _, summary = measure(TESTS_DIR / folder, f"{title} ({history})", version)
        sections.append(lines)
        summaries.append(summary)
    together = scoring.Score(outcomes=tuple(o for r in held_out for o in r.outcomes))
    args.output.write_text(render(sections, together), encoding="utf-8")
    for summary in summaries:
        print(summary)
    print(
        f"held out together: {together.correct}/{together.total} = {together.accuracy:.1%}, "
        f"false SUPPORTED {len(together.false_supported)}"
    )
    print(f"wrote {_relative(args.output)}")
    return 0 if together.meets_bar else 1


if __name__ == "__main__":
    sys.exit(main())
