"""SARIF 2.1.0: one result per failing or warning finding, for code-scanning views.

Each result sits in the claims file (the claim's line) and, when the claim was found in the
article, also at its line and column there. Rules come from :mod:`claimcheck.reporters.rules`,
one per verdict, listed once in ``tool.driver.rules``. A waived claim's results carry an
accepted in-source suppression: shown, but not open alerts. The shipped
``claimcheck/data/sarif-schema-2.1.0.json`` is the official schema the tests validate against.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

from claimcheck.report.model import ClaimResult, Finding, FindingKind, Report, Verdict
from claimcheck.report.summary import fail_on_of
from claimcheck.reporters.common import artifact_uri, one_line, ordered_findings, safe_url
from claimcheck.reporters.rules import RULES, Rule, kind_label

SARIF_VERSION = "2.1.0"
SARIF_SCHEMA_URI = (
    "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
)
_RULE_ORDER = list(RULES)
_FINGERPRINT_KEY = "claimcheck/v1"


def render_sarif(report: Report, *, color: bool = False) -> str:
    """The report as a SARIF 2.1.0 log with one run."""
    del color
    fail_on = fail_on_of(report)
    results = [
        result for claim in report.claims for result in _claim_results(report, claim, fail_on)
    ]
    run: dict[str, Any] = {
        "tool": {
            "driver": {
                "name": report.tool,
                "version": report.tool_version,
                "semanticVersion": report.tool_version,
                "rules": [_rule(RULES[verdict], fail_on) for verdict in _RULE_ORDER],
            }
        },
        "columnKind": "unicodeCodePoints",
        "results": results,
        "properties": {
            "schemaVersion": report.schema_version,
            "counts": report.summary.counts,
            "failOn": [verdict.value for verdict in fail_on],
            "limits": report.limits,
        },
    }
    if report.policy is not None:
        run["invocations"] = [
            {
                "executionSuccessful": True,
                "exitCode": report.policy.exit_code,
                "exitCodeDescription": report.policy.result,
            }
        ]
    log = {"$schema": SARIF_SCHEMA_URI, "version": SARIF_VERSION, "runs": [run]}
    return json.dumps(log, indent=2, ensure_ascii=False) + "\n"


def _rule(rule: Rule, fail_on: list[Verdict]) -> dict[str, Any]:
    level = _level(rule.verdict, fail_on)
    return {
        "id": rule.id,
        "name": rule.name,
        "shortDescription": {"text": rule.short},
        "fullDescription": {"text": rule.full},
        "help": {"text": rule.help},
        "defaultConfiguration": {"level": level},
        "properties": {
            "tags": ["claimcheck", rule.verdict.value],
            "verdict": rule.verdict.value,
        },
    }


def _level(verdict: Verdict, fail_on: list[Verdict]) -> str:
    if verdict is Verdict.SUPPORTED:
        return "none"
    return "error" if verdict in fail_on else "warning"


def _claim_results(
    report: Report, claim: ClaimResult, fail_on: list[Verdict]
) -> list[dict[str, Any]]:
    reported = [
        finding
        for finding in ordered_findings(claim)
        if finding.informational or finding.verdict is not Verdict.SUPPORTED
    ]
    if claim.verdict is not Verdict.SUPPORTED and not any(
        finding.verdict is claim.verdict and not finding.informational for finding in reported
    ):
        # A verdict with no finding behind it must still reach code scanning.
        kind = claim.findings[0].kind if claim.findings else FindingKind.SUPPORT
        reported.insert(0, Finding(kind=kind, verdict=claim.verdict,
                                   message=f"the claim's verdict is {claim.verdict.value}"))
    return [_result(report, claim, finding, fail_on) for finding in reported]


def _result(
    report: Report, claim: ClaimResult, finding: Finding, fail_on: list[Verdict]
) -> dict[str, Any]:
    rule = RULES[finding.verdict]
    level = "note" if finding.informational else _level(finding.verdict, fail_on)
    result: dict[str, Any] = {
        "ruleId": rule.id,
        "ruleIndex": _RULE_ORDER.index(finding.verdict),
        "level": level,
        "kind": "informational" if finding.informational else "fail",
        "message": {"text": _message(claim, finding)},
        "locations": _locations(report, claim),
        "partialFingerprints": {_FINGERPRINT_KEY: _fingerprint(claim, finding)},
        "properties": _properties(claim, finding),
    }
    if claim.waived and claim.waiver is not None:
        result["suppressions"] = [
            {
                "kind": "inSource",
                "status": "accepted",
                "justification": f"waived {claim.waiver.verdict.value}: {claim.waiver.reason}",
            }
        ]
    return result


def _message(claim: ClaimResult, finding: Finding) -> str:
    label = "note" if finding.informational else finding.verdict.value
    first = (f"{one_line(claim.id)}: {label} ({kind_label(finding.kind)}): "
             f"{one_line(finding.message)}")
    details = [f"claim: “{one_line(claim.text)}”"]
    if finding.claim_says:
        details.append(f"claim says: {one_line(finding.claim_says)}")
    if finding.source_says:
        details.append(f"source says: {one_line(finding.source_says)}")
    if finding.evidence is not None and finding.evidence.sentence:
        details.append(f"evidence: “{one_line(finding.evidence.sentence)}”")
    url = safe_url(claim.record.url) if claim.record is not None else ""
    if claim.record is not None:
        details.append(f"cited: PMID {claim.record.pmid}" + (f" {url}" if url else ""))
    elif claim.pmid:
        details.append(f"cited: PMID {one_line(claim.pmid)}")
    ending = "" if first.endswith((".", "!", "?")) else "."
    return f"{first}{ending} " + "; ".join(details)


def _locations(report: Report, claim: ClaimResult) -> list[dict[str, Any]]:
    claims_file: dict[str, Any] = {"artifactLocation": {"uri": artifact_uri(report.claims_file)}}
    if claim.claims_file_line is not None and claim.claims_file_line >= 1:
        claims_file["region"] = {"startLine": claim.claims_file_line}
    locations: list[dict[str, Any]] = [{"physicalLocation": claims_file}]
    place = claim.location
    if place is not None and place.line >= 1:
        region: dict[str, Any] = {"startLine": place.line}
        if place.column >= 1:
            region["startColumn"] = place.column
        locations.append(
            {
                "physicalLocation": {
                    "artifactLocation": {"uri": artifact_uri(place.path)},
                    "region": region,
                },
                "message": {"text": "where the claim sits in the article"},
            }
        )
    return locations


def _fingerprint(claim: ClaimResult, finding: Finding) -> str:
    key = "\x1f".join([claim.id, claim.pmid or claim.doi or "", finding.kind.value,
                       finding.verdict.value])
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:32]


def _properties(claim: ClaimResult, finding: Finding) -> dict[str, Any]:
    properties: dict[str, Any] = {
        "claimId": claim.id,
        "claimVerdict": claim.verdict.value,
        "findingVerdict": finding.verdict.value,
        "kind": finding.kind.value,
        "confidence": finding.confidence,
        "waived": claim.waived,
    }
    if claim.pmid:
        properties["pmid"] = claim.pmid
    if claim.doi:
        properties["doi"] = claim.doi
    return properties
