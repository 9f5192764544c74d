"""The JSON report: the whole report model, as published by ``claimcheck schema --report``."""

from __future__ import annotations

import json

from claimcheck.report.model import Report


def render_json(report: Report, *, color: bool = False) -> str:
    """``Report`` dumped in JSON mode (schema_version, tool version, limits included)."""
    del color  # JSON is never coloured
    return json.dumps(report.model_dump(mode="json"), indent=2, ensure_ascii=False) + "\n"
