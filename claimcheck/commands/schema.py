"""``claimcheck schema``: the JSON Schema of claims.yaml (or, with --report, of the JSON report).

Editors point their YAML tooling at the first (for example with a
``# yaml-language-server: $schema=claims.schema.json`` comment); consumers of ``--format json``
validate against the second.
"""

from __future__ import annotations

import json
from typing import Any

import click
from pydantic import BaseModel

from claimcheck.claims.model import ClaimsFile
from claimcheck.report.model import SCHEMA_VERSION, Report

JSON_SCHEMA_DIALECT = "https://json-schema.org/draft/2020-12/schema"
CLAIMS_SCHEMA_ID = "urn:claimcheck:schema:claims-file:1"
REPORT_SCHEMA_ID = f"urn:claimcheck:schema:report:{SCHEMA_VERSION}"


def claims_file_schema() -> dict[str, Any]:
    """JSON Schema of claims.yaml."""
    return _with_header(ClaimsFile, CLAIMS_SCHEMA_ID, "claimcheck claims file (claims.yaml)")


def json_report_schema() -> dict[str, Any]:
    """JSON Schema of the report written by ``--format json``."""
    return _with_header(Report, REPORT_SCHEMA_ID, f"claimcheck JSON report {SCHEMA_VERSION}")


def _with_header(model: type[BaseModel], schema_id: str, title: str) -> dict[str, Any]:
    body = model.model_json_schema(mode="validation" if model is ClaimsFile else "serialization")
    body["title"] = title
    return {"$schema": JSON_SCHEMA_DIALECT, "$id": schema_id, **body}


def run_schema(report_schema: bool) -> int:
    schema = json_report_schema() if report_schema else claims_file_schema()
    click.echo(json.dumps(schema, indent=2, ensure_ascii=False))
    return 0
