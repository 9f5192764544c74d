"""Every report format, from one hand-made report: parses, holds every claim, escapes hostile
text, follows the policy, and matches its reviewed golden file.

Regenerate the goldens after a deliberate change with ``UPDATE_GOLDENS=1 pytest
tests/test_reporters.py`` and review the diff.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import re
from html import unescape as html_unescape
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import defusedxml.ElementTree as SafeET
import jsonschema
import pytest
from reporter_sample import SCRIPT, sample_report

from claimcheck.cli import FORMATS
from claimcheck.errors import InputError
from claimcheck.report.model import Report, Verdict
from claimcheck.reporters import REPORTERS, render
from claimcheck.reporters.common import one_line
from claimcheck.reporters.github import escape_data, escape_property
from claimcheck.reporters.markdown import code, md, md_line
from claimcheck.reporters.rules import RULES

ROOT = Path(__file__).resolve().parents[1]
GOLDEN = Path(__file__).parent / "golden"
SARIF_SCHEMA = ROOT / "claimcheck" / "data" / "sarif-schema-2.1.0.json"
GOLDEN_FILES = {
    "text": "sample.txt",
    "json": "sample.json",
    "markdown": "sample.md",
    "html": "sample.html",
    "junit": "sample.junit.xml",
    "sarif": "sample.sarif",
    "github": "sample.github.txt",
}
FAILING_IDS = ['hostile-<b>id</b>&"quote"', "retracted-study", "missing-pmid", "stale-waiver"]


@pytest.fixture(scope="module")
def report() -> Report:
    return sample_report()


# --- registry -------------------------------------------------------------------------------


def test_every_contract_format_is_registered() -> None:
    assert sorted(REPORTERS) == sorted(FORMATS)


def test_unknown_format_is_an_input_error(report: Report) -> None:
    with pytest.raises(InputError, match="--format: unknown format 'pdf'"):
        render(report, "pdf")


@pytest.mark.parametrize("fmt", sorted(GOLDEN_FILES))
def test_matches_golden_file(report: Report, fmt: str) -> None:
    path = GOLDEN / GOLDEN_FILES[fmt]
    produced = render(report, fmt)
    if os.environ.get("UPDATE_GOLDENS") == "1":
        path.parent.mkdir(exist_ok=True)
        path.write_text(produced, encoding="utf-8", newline="")
    assert path.exists(), f"no golden file {path.name}; run with UPDATE_GOLDENS=1 and review it"
    assert produced == path.read_bytes().decode("utf-8"), (
        f"{fmt} output changed; if intended, regenerate with UPDATE_GOLDENS=1 and review the diff"
    )


@pytest.mark.parametrize("fmt", sorted(GOLDEN_FILES))
def test_rendering_is_deterministic(fmt: str) -> None:
    assert render(sample_report(), fmt) == render(sample_report(), fmt)


# --- text -----------------------------------------------------------------------------------


def test_text_ends_with_the_policy_result(report: Report) -> None:
    lines = render(report, "text").splitlines()
    assert lines[-1] == (
        "result: FAIL (exit 1) — 2 CONTRADICTED, 1 RETRACTED, 1 BROKEN_CITATION; 1 waived"
    )
    assert lines[-2].startswith("8 claims: 1 SUPPORTED, 2 CONTRADICTED, 1 NOT_IN_SOURCE")


def test_text_without_colour_has_no_escape_codes_and_marks_matches(report: Report) -> None:
    text = render(report, "text")
    assert "\x1b" not in text
    assert "«Fifty-nine percent» of participants met «response» criteria" in text
    assert "articles/sample.txt:3:1 · claims.yaml:4" in text


def test_text_with_colour_paints_verdicts_but_not_claim_text(report: Report) -> None:
    text = render(report, "text", color=True)
    assert "\x1b[1;31mCONTRADICTED\x1b[0m" in text
    assert "\x1b[32mSUPPORTED\x1b[0m" in text
    assert "\x1b[1;4mFifty-nine percent\x1b[0m" in text
    # The claim's own escape sequence and bidi override are spelled out, never emitted.
    assert "\x1b[31mred" not in text
    assert "\\x1b[31mred" in text and "\\u202egnp.exe" in text
    assert "\u202e" not in text


def test_text_shows_each_claim_once_with_its_verdict(report: Report) -> None:
    text = render(report, "text")
    for claim in report.claims:
        assert text.count(f"{claim.verdict.value}  {one_line(claim.id)}") == 1


# --- json -----------------------------------------------------------------------------------


def test_json_validates_against_the_published_schema(report: Report) -> None:
    document = json.loads(render(report, "json"))
    jsonschema.validate(document, Report.model_json_schema())
    assert document["schema_version"] == "1.0"
    assert document["tool_version"] == "0.1.0"
    assert "abstracts and record metadata only" in document["limits"]


def test_json_round_trips_to_the_same_report(report: Report) -> None:
    assert Report.model_validate_json(render(report, "json")) == report


def test_json_holds_the_contract_fields(report: Report) -> None:
    document = json.loads(render(report, "json"))
    hostile = document["claims"][1]
    assert {"id", "pmid", "text", "verdict", "findings"} <= set(hostile)
    finding = hostile["findings"][0]
    assert finding["kind"] == "quantity"
    assert finding["claim_says"] == "59 % <i>"
    assert finding["source_says"] == '41% & "n = 20"'
    span = finding["evidence"]["span"]
    abstract = hostile["record"]["abstract"]
    assert abstract[span["start"] : span["end"]] == finding["evidence"]["sentence"]
    assert document["summary"]["counts"]["CONTRADICTED"] == 2
    assert document["policy"]["exit_code"] == 1


# --- markdown -------------------------------------------------------------------------------


def test_markdown_escapes_html_and_markdown(report: Report) -> None:
    text = render(report, "markdown")
    assert "<script" not in text and "<img" not in text and "<b>" not in text
    assert "](javascript" not in text
    assert "\\*\\*bold\\*\\*" in text
    assert "&lt;script&gt;window.\\_\\_claimcheckPwned" in text


def test_markdown_puts_failing_claims_first_and_folds_the_rest(report: Report) -> None:
    text = render(report, "markdown")
    failing_section = text.index("### Failing claims (4)")
    details = text.index(
        "<details><summary>Other claims (4): 1 SUPPORTED, 1 NOT_IN_SOURCE, "
        "1 METADATA_MISMATCH, 1 UNCHECKED</summary>"
    )
    positions = [text.index(f"· {md(claim_id)}") for claim_id in FAILING_IDS]
    assert failing_section < positions[0] and positions == sorted(positions)
    assert positions[-1] < details < text.index("· phillips-sponsor")
    # Supported claims are folded too, one line each.
    assert (
        details
        < text.index("#### ✅ Supported (1)")
        < text.index("- **phillips-59-percent**: 59% of depressed patients")
        < text.index("</details>")
    )
    assert "| ❌ CONTRADICTED | 2 |" in text and "| **total** | **8** |" in text


def test_markdown_table_cells_cannot_be_split() -> None:
    assert md("a | b\nc") == "a \\| b c"


def test_markdown_text_cannot_mention_users_or_link_issues() -> None:
    inert = md("cc @octocat, see #12 and owner/repo#3; mail a@b.org")
    assert re.search(r"@[A-Za-z0-9]", inert) is None
    assert re.search(r"#(?!8203;)[A-Za-z0-9]", inert) is None
    # Still reads the same once rendered: only zero-width spaces were added.
    assert html_unescape(inert.replace("\\", "")) == (
        "cc @\u200boctocat, see #\u200b12 and owner/repo#\u200b3; mail a@\u200bb.org"
    )


def test_line_starts_cannot_open_a_list_or_a_rule() -> None:
    assert [md_line(t) for t in ["1. one", "- two", "--- three", "+ four", "a - b"]] == [
        "1\\. one",
        "\\- two",
        "\\--- three",
        "\\+ four",
        "a - b",
    ]


def test_code_span_survives_backticks() -> None:
    assert code("a `b` c") == "``a `b` c``"
    assert code("`x`") == "`` `x` ``"


# --- html -----------------------------------------------------------------------------------


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.script = ""
        self._in_script = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        self._in_script = tag == "script"

    def handle_endtag(self, tag: str) -> None:
        self._in_script = False

    def handle_data(self, data: str) -> None:
        if self._in_script:
            self.script += data


@pytest.fixture(scope="module")
def page(report: Report) -> tuple[str, _Tags]:
    text = render(report, "html")
    parser = _Tags()
    parser.feed(text)
    return text, parser


def test_html_hostile_text_is_escaped(page: tuple[str, _Tags]) -> None:
    text, parser = page
    assert SCRIPT not in text and "<img" not in text
    assert "&lt;script&gt;window.__claimcheckPwned = 1; alert(1)&lt;/script&gt;" in text
    assert [tag for tag, _ in parser.tags].count("script") == 1
    assert "img" not in {tag for tag, _ in parser.tags}
    for tag, attrs in parser.tags:
        assert not [name for name in attrs if name.startswith("on")], tag


def test_html_is_self_contained(page: tuple[str, _Tags]) -> None:
    _, parser = page
    for tag, attrs in parser.tags:
        assert tag not in {"link", "img", "iframe", "object", "embed"}
        assert "src" not in attrs
        if "href" in attrs:
            assert (attrs["href"] or "").startswith("https://pubmed.ncbi.nlm.nih.gov/")


def test_html_content_security_policy_allows_only_its_own_script(page: tuple[str, _Tags]) -> None:
    _, parser = page
    csp = next(
        a["content"] for t, a in parser.tags if a.get("http-equiv") == "Content-Security-Policy"
    )
    digest = base64.b64encode(hashlib.sha256(parser.script.encode()).digest()).decode()
    assert csp is not None and f"script-src 'sha256-{digest}'" in csp
    assert "default-src 'none'" in csp


def test_html_has_a_card_per_claim_and_filters_with_counts(
    report: Report, page: tuple[str, _Tags]
) -> None:
    _, parser = page
    cards = [attrs for tag, attrs in parser.tags if tag == "article"]
    assert [card["data-verdict"] for card in cards] == [c.verdict.value for c in report.claims]
    assert [card["id"] for card in cards] == [f"claim-{c.id}" for c in report.claims]
    filters = {attrs["data-filter"]: attrs for tag, attrs in parser.tags if tag == "button"}
    assert list(filters) == ["all", "failing", *[v.value for v in Verdict]]
    failing = [card["id"] for card in cards if card["data-status"] == "fail"]
    assert failing == [f"claim-{claim_id}" for claim_id in FAILING_IDS]


def test_html_highlights_the_evidence_span_in_the_abstract(page: tuple[str, _Tags]) -> None:
    text, _ = page
    assert (
        "<mark>Fifty-nine percent of participants met response criteria after six infusions.</mark>"
    ) in text
    assert "<mark>The response rate was 41% (n = 20) &amp; not 59%.</mark>" in text


def test_html_links_only_safe_record_urls(page: tuple[str, _Tags]) -> None:
    text, parser = page
    hrefs = [attrs["href"] for tag, attrs in parser.tags if tag == "a"]
    assert "https://pubmed.ncbi.nlm.nih.gov/30922101/" in hrefs
    assert not [href for href in hrefs if "javascript" in (href or "")]
    # The hostile record's URL is javascript:, so its title is shown but not linked.
    assert '<span class="record-title">A &lt;b&gt;bold&lt;/b&gt; title &amp; &lt;img' in text


# --- junit ----------------------------------------------------------------------------------


def test_junit_is_valid_xml_with_one_testcase_per_claim(report: Report) -> None:
    root = SafeET.fromstring(render(report, "junit").encode("utf-8"))
    suite = root.find("testsuite")
    assert suite is not None
    cases = suite.findall("testcase")
    assert [case.get("name") for case in cases] == [claim.id for claim in report.claims]
    failed = [case.get("name") for case in cases if case.find("failure") is not None]
    skipped = [case.get("name") for case in cases if case.find("skipped") is not None]
    assert failed == FAILING_IDS
    assert skipped == ["short-2019-review", "lowe-meta"]
    for element in (root, suite):
        assert (element.get("tests"), element.get("failures"), element.get("skipped")) == (
            "8",
            "4",
            "2",
        )
    failure = cases[1].find("failure")
    assert failure is not None and failure.get("type") == "CONTRADICTED"
    assert failure.get("message", "").startswith("CONTRADICTED (number): the abstract gives 41%")


def test_junit_drops_characters_xml_cannot_carry(report: Report) -> None:
    text = render(report, "junit")
    assert "\x1b" not in text
    SafeET.fromstring(text.encode("utf-8"))


def test_junit_failures_follow_the_policy() -> None:
    strict = sample_report(strict=True)
    root = SafeET.fromstring(render(strict, "junit").encode("utf-8"))
    failed = {c.get("name") for c in root.iter("testcase") if c.find("failure") is not None}
    assert failed == {*FAILING_IDS, "phillips-sponsor"}


# --- sarif ----------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def sarif_validator() -> jsonschema.Draft4Validator:
    schema = json.loads(SARIF_SCHEMA.read_text(encoding="utf-8"))
    jsonschema.Draft4Validator.check_schema(schema)
    return jsonschema.Draft4Validator(
        schema, format_checker=jsonschema.Draft4Validator.FORMAT_CHECKER
    )


def test_shipped_schema_is_the_official_sarif_2_1_0_schema() -> None:
    schema = json.loads(SARIF_SCHEMA.read_text(encoding="utf-8"))
    assert schema["id"].endswith("/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json")
    assert schema["properties"]["version"]["enum"] == ["2.1.0"]
    assert len(schema["definitions"]) == 52


@pytest.mark.parametrize("strict", [False, True])
def test_sarif_validates_against_the_official_schema(
    sarif_validator: jsonschema.Draft4Validator, strict: bool
) -> None:
    log = json.loads(render(sample_report(strict=strict), "sarif"))
    errors = sorted(sarif_validator.iter_errors(log), key=str)
    assert not errors, errors[0].message if errors else ""


def test_schema_validation_catches_a_broken_log(
    report: Report, sarif_validator: jsonschema.Draft4Validator
) -> None:
    log = json.loads(render(report, "sarif"))
    log["runs"][0]["results"][0]["level"] = "fatal"
    assert not sarif_validator.is_valid(log)


def test_sarif_rules_are_listed_once_and_referenced(report: Report) -> None:
    run = json.loads(render(report, "sarif"))["runs"][0]
    rules = run["tool"]["driver"]["rules"]
    assert [rule["id"] for rule in rules] == [rule.id for rule in RULES.values()]
    for rule in rules:
        assert rule["shortDescription"]["text"] and rule["fullDescription"]["text"]
        assert rule["help"]["text"]
    for result in run["results"]:
        assert rules[result["ruleIndex"]]["id"] == result["ruleId"]


def _results_by_claim(report: Report) -> dict[str, list[dict[str, Any]]]:
    results: dict[str, list[dict[str, Any]]] = {}
    for result in json.loads(render(report, "sarif"))["runs"][0]["results"]:
        results.setdefault(result["properties"]["claimId"], []).append(result)
    return results


def test_sarif_has_a_result_per_failing_or_warning_finding(report: Report) -> None:
    results = _results_by_claim(report)
    assert "phillips-59-percent" not in results
    levels = {claim_id: [r["level"] for r in found] for claim_id, found in results.items()}
    assert levels == {
        'hostile-<b>id</b>&"quote"': ["error", "note"],
        "phillips-sponsor": ["warning"],
        "short-2019-review": ["error"],
        "retracted-study": ["error", "note"],
        "missing-pmid": ["error"],
        "lowe-meta": ["warning"],
        "stale-waiver": ["error"],
    }
    assert _results_by_claim(sample_report(strict=True))["phillips-sponsor"][0]["level"] == "error"


def test_sarif_locates_results_in_the_claims_file_and_the_article(report: Report) -> None:
    results = _results_by_claim(report)
    located = results["stale-waiver"][0]["locations"]
    assert located[0]["physicalLocation"] == {
        "artifactLocation": {"uri": "claims.yaml"},
        "region": {"startLine": 33},
    }
    assert located[1]["physicalLocation"] == {
        "artifactLocation": {"uri": "articles/sample.txt"},
        "region": {"startLine": 2, "startColumn": 1},
    }
    assert len(results["missing-pmid"][0]["locations"]) == 1


def test_sarif_suppresses_waived_results_only(report: Report) -> None:
    results = _results_by_claim(report)
    suppressed = {
        claim_id for claim_id, found in results.items() if all("suppressions" in r for r in found)
    }
    assert suppressed == {"short-2019-review"}
    suppression = results["short-2019-review"][0]["suppressions"][0]
    assert suppression["kind"] == "inSource" and suppression["status"] == "accepted"
    assert "the editor accepts the print year" in suppression["justification"]


# --- github ---------------------------------------------------------------------------------


def test_github_escaping_follows_the_toolkit() -> None:
    assert escape_data("50% done\r\nnext") == "50%25 done%0D%0Anext"
    assert escape_property("a:b,c%\n") == "a%3Ab%2Cc%25%0A"


def test_github_commands_one_per_line_and_hostile_text_cannot_forge_one(report: Report) -> None:
    lines = render(report, "github").splitlines()
    assert all(line.startswith(("::error ", "::warning ", "::notice ")) for line in lines)
    assert not [line for line in lines if "evil.yaml" in line.split("::")[1]]
    commands = [(line.split(" ", 1)[0], re.search(r"title=([^,:]*)", line)) for line in lines]
    titles = {match.group(1): command for command, match in commands if match}
    assert titles == {
        'CONTRADICTED%3A hostile-<b>id</b>&"quote"': "::error",
        "NOT_IN_SOURCE%3A phillips-sponsor": "::warning",
        "METADATA_MISMATCH%3A short-2019-review (waived)": "::notice",
        "RETRACTED%3A retracted-study": "::error",
        "BROKEN_CITATION%3A missing-pmid": "::error",
        "UNCHECKED%3A lowe-meta": "::warning",
        "CONTRADICTED%3A stale-waiver": "::error",
        "claimcheck": "::notice",
    }


def test_github_annotations_point_at_claims_file_lines(report: Report) -> None:
    lines = render(report, "github").splitlines()
    assert lines[0].startswith("::error file=claims.yaml,line=8,title=")
    assert lines[-1].endswith(
        "%0Aresult: FAIL (exit 1) — 2 CONTRADICTED, 1 RETRACTED, 1 BROKEN_CITATION; 1 waived"
    )


# --- every format ---------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", sorted(GOLDEN_FILES))
def test_every_format_names_every_reported_claim(report: Report, fmt: str) -> None:
    text = render(report, fmt)
    for claim in report.claims:
        if fmt in {"sarif", "github"} and claim.verdict is Verdict.SUPPORTED:
            continue  # these list findings to act on, not passing claims
        assert _spelled(claim.id, fmt) in text, (fmt, claim.id)


def _spelled(claim_id: str, fmt: str) -> str:
    if fmt == "html":
        import html

        return html.escape(claim_id)
    if fmt == "markdown":
        return md(claim_id)
    if fmt in {"json", "sarif"}:
        return json.dumps(claim_id)[1:-1]
    if fmt == "junit":
        return (
            claim_id.replace("&", "&amp;")
            .replace("<", "&lt;")
            .replace(">", "&gt;")
            .replace('"', "&quot;")
        )
    return claim_id


def test_docs_list_every_rule_with_its_short_description() -> None:
    docs = (ROOT / "docs" / "reports.md").read_text(encoding="utf-8")
    for rule in RULES.values():
        assert f"| {rule.id} | {rule.verdict.value} | {rule.short} |" in docs


# --- edge cases -----------------------------------------------------------------------------


def _bare_report(claims_file: str) -> Report:
    from claimcheck.report.model import ClaimResult, Summary

    claims = [
        ClaimResult(
            id="bare",
            text="no findings, no record",
            verdict=Verdict.CONTRADICTED,
            confidence=0.5,
            pmid="123",
        ),
        ClaimResult(id="fine", text="supported", verdict=Verdict.SUPPORTED, confidence=1.0),
    ]
    counts = {verdict.value: 0 for verdict in Verdict} | {"CONTRADICTED": 1, "SUPPORTED": 1}
    return Report(
        tool_version="0.1.0",
        claims_file=claims_file,
        claims=claims,
        summary=Summary(total=2, counts=counts, failing=1),
    )


@pytest.mark.parametrize("fmt", sorted(GOLDEN_FILES))
def test_a_bare_report_without_policy_renders(fmt: str) -> None:
    text = render(_bare_report("claims.yaml"), fmt)
    assert "bare" in text


def test_a_verdict_without_findings_still_reaches_sarif(
    sarif_validator: jsonschema.Draft4Validator,
) -> None:
    log = json.loads(render(_bare_report("claims.yaml"), "sarif"))
    assert sarif_validator.is_valid(log)
    results = log["runs"][0]["results"]
    assert [(r["properties"]["claimId"], r["ruleId"], r["level"]) for r in results] == [
        ("bare", "CC001", "error")
    ]


def test_absolute_paths_inside_the_working_folder_become_relative(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    claims = tmp_path / "my claims" / "claims.yaml"
    report = _bare_report(str(claims))
    assert "::error file=my claims/claims.yaml," in render(report, "github")
    log = json.loads(render(report, "sarif"))
    uri = log["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]
    assert uri == {"uri": "my%20claims/claims.yaml"}


def test_paths_outside_the_working_folder_become_file_uris(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    outside = tmp_path.parent / "elsewhere" / "claims.yaml"
    log = json.loads(render(_bare_report(str(outside)), "sarif"))
    location = log["runs"][0]["results"][0]["locations"][0]["physicalLocation"]
    assert location["artifactLocation"]["uri"] == outside.as_uri()
