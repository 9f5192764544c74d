"""``claimcheck schema``: JSON Schemas that real validators accept and that match the loader."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
import yaml
from click.testing import CliRunner

from claimcheck.claims.loader import load_claims
from claimcheck.cli import main
from claimcheck.report.model import (
    SCHEMA_VERSION,
    ClaimResult,
    Finding,
    FindingKind,
    Report,
    Summary,
    UncoveredSentence,
    Verdict,
)

REPO = Path(__file__).resolve().parents[1]

EXAMPLE = """\
article: article.txt
records: [records]
claims:
  - id: phillips-59
    text: 59% of depressed patients achieved a significant reduction.
    pmid: 30922101
    quote: 59% of depressed patients
    expect:
      numbers: ["59%", 18 of 20, 90]
      year: 2019
      journal: Am J Psychiatry
      design: [randomized, not placebo-controlled]
      sample_size: 41
      comparator: midazolam
      population: treatment-resistant depression
      country: Canada
    note: the first trial
  - id: lowe
    text: A meta-study found the therapy effective.
    doi: 10.2174/1568026620666200423094423
    waive:
      verdict: NOT_IN_SOURCE
      reason: full text only
"""


def run_schema(*args: str) -> dict:
    result = CliRunner().invoke(main, ["schema", *args])
    assert result.exit_code == 0, result.output
    return json.loads(result.output)


@pytest.fixture(scope="module")
def claims_schema() -> dict:
    return run_schema()


def test_claims_schema_is_a_valid_draft_2020_12_schema(claims_schema: dict) -> None:
    assert claims_schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert claims_schema["$id"].startswith("urn:claimcheck:")
    assert "claims" in claims_schema["title"]
    jsonschema.Draft202012Validator.check_schema(claims_schema)
    claim = claims_schema["$defs"]["Claim"]
    assert claim["additionalProperties"] is False
    assert set(claim["properties"]) == {
        "id",
        "text",
        "pmid",
        "doi",
        "quote",
        "expect",
        "note",
        "waive",
    }


def test_schema_and_loader_agree_on_a_full_example(claims_schema: dict, tmp_path: Path) -> None:
    (tmp_path / "records").mkdir()
    (tmp_path / "article.txt").write_text("59% of depressed patients", encoding="utf-8")
    path = tmp_path / "claims.yaml"
    path.write_text(EXAMPLE, encoding="utf-8")
    jsonschema.validate(yaml.safe_load(EXAMPLE), claims_schema)
    assert [claim.id for claim in load_claims(path).claims_file.claims] == ["phillips-59", "lowe"]


@pytest.mark.parametrize(
    ("change", "reason"),
    [
        (lambda doc: doc["claims"][0].update(pmdi=1), "unknown key"),
        (lambda doc: doc["claims"][0]["expect"].update(yeer=2019), "unknown key in expect"),
        (lambda doc: doc["claims"][0].pop("text"), "text is required"),
        (lambda doc: doc["claims"][0].pop("pmid"), "a pmid or a doi is required"),
        (lambda doc: doc["claims"][0].update(pmid="PMID 12a"), "malformed PMID"),
        (lambda doc: doc.update(claims=[]), "no claims"),
        (lambda doc: doc["claims"][1]["waive"].pop("reason"), "waiver without reason"),
        (lambda doc: doc["claims"][1]["waive"].update(verdict="FINE"), "unknown verdict"),
        (lambda doc: doc.update(records="fixtures"), "records is not a list"),
    ],
)
def test_schema_rejects_what_the_loader_rejects(claims_schema: dict, change, reason: str) -> None:
    document = yaml.safe_load(EXAMPLE)
    change(document)
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(document, claims_schema)


def test_repository_claims_file_matches_the_schema(claims_schema: dict) -> None:
    claims_yaml = REPO / "claims.yaml"
    if not claims_yaml.exists():
        pytest.skip("no claims.yaml at the repository root yet")
    jsonschema.validate(yaml.safe_load(claims_yaml.read_text(encoding="utf-8")), claims_schema)


def test_report_schema_validates_a_real_report() -> None:
    schema = run_schema("--report")
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert schema["$id"].endswith(SCHEMA_VERSION)
    jsonschema.Draft202012Validator.check_schema(schema)
    report = Report(
        tool_version="0.1.0",
        claims_file="claims.yaml",
        claims=[
            ClaimResult(
                id="a",
                pmid="30922101",
                text="59% of patients",
                verdict=Verdict.CONTRADICTED,
                confidence=0.9,
                findings=[
                    Finding(
                        kind=FindingKind.QUANTITY,
                        verdict=Verdict.CONTRADICTED,
                        message="59% vs 49%",
                        claim_says="59%",
                        source_says="49%",
                    )
                ],
            )
        ],
        uncovered=[
            UncoveredSentence(
                text="A study found 38%.", line=3, column=1, reason="states a percentage (38%)"
            )
        ],
        summary=Summary(total=1, counts={v.value: 0 for v in Verdict}, failing=1),
    )
    instance = json.loads(report.model_dump_json())
    jsonschema.validate(instance, schema)
    instance["claims"][0]["verdict"] = "PROBABLY_FINE"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(instance, schema)
