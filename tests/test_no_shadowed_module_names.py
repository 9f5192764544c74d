"""No module of claimcheck binds one top-level name twice.

ruff reports a redefined function or import but not a redefined constant, and a second
``_ITEM_LIST = re.compile(...)`` further down a module silently replaced the first for every
function that used it (a count naming its items in brackets lost its figure)."""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "claimcheck"


def _top_level_names(tree: ast.Module) -> Counter[str]:
    names: Counter[str] = Counter()
    for node in tree.body:
        if isinstance(node, ast.Assign):
            names.update(t.id for t in node.targets if isinstance(t, ast.Name))
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names[node.target.id] += 1
        elif isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            names[node.name] += 1
    return names


def test_no_module_binds_a_top_level_name_twice() -> None:
    twice = {
        str(path.relative_to(PACKAGE)): sorted(n for n, c in counts.items() if c > 1)
        for path in sorted(PACKAGE.rglob("*.py"))
        if (counts := _top_level_names(ast.parse(path.read_text(encoding="utf-8"))))
    }
    assert not {path: names for path, names in twice.items() if names}


def test_the_check_sees_a_constant_bound_twice() -> None:
    tree = ast.parse("import re\nA = re.compile('x')\ndef f(): ...\nA = re.compile('y')\n")
    assert _top_level_names(tree)["A"] == 2
