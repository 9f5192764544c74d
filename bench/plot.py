"""The plot of docs/benchmarks.md: audit time against number of claims, log-log."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any


def plot_time_against_claims(rows: Sequence[dict[str, Any]], path: Path, *,
                             title: str) -> bool:
    """Write the PNG; False (and nothing written) when matplotlib is not installed."""
    try:
        import matplotlib
    except ImportError:
        return False
    matplotlib.use("Agg")
    from matplotlib import pyplot

    claims = [row["claims"] for row in rows]
    audit = [row["audit_seconds"] for row in rows]
    floor = [row["floor_seconds"] for row in rows]
    figure, axes = pyplot.subplots(figsize=(7, 4.5), dpi=120)
    axes.plot(claims, audit, "o-", label="audit: read + parse records, verify, report")
    axes.plot(claims, floor, "s-", label="floor: read + parse the records only")
    linear = [audit[0] * count / claims[0] for count in claims]
    axes.plot(claims, linear, ":", color="grey", label=f"linear from {claims[0]:,} claims")
    for count, seconds in zip(claims, audit, strict=True):
        axes.annotate(f"{seconds:.3g} s", (count, seconds), textcoords="offset points",
                      xytext=(6, -12), fontsize=8)
    axes.set_xscale("log")
    axes.set_yscale("log")
    axes.set_xlabel("claims (5 per cited record)")
    axes.set_ylabel("wall time (s)")
    axes.set_title(title, fontsize=10)
    axes.grid(True, which="both", alpha=0.3)
    axes.legend(fontsize=8)
    figure.tight_layout()
    path.parent.mkdir(parents=True, exist_ok=True)
    figure.savefig(path)
    pyplot.close(figure)
    return True
