"""Hostile and odd input through the real ``claimcheck check``: HTML articles carrying scripts,
styles, comments and event handlers, articles in other encodings, and ``records:`` /
``article:`` paths that leave the project.

Paths leaving the project are allowed on purpose (a shared records folder, an article kept
elsewhere): they are only ever read, and nothing is written next to them. A records file that is
not a PubMed record -- say a symlink to some private file -- is bad input naming the file,
without echoing what the file holds.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result

from claimcheck.cli import main

PROJECT = Path(__file__).resolve().parents[1]
FIXTURES = PROJECT / "fixtures"
FORMATS = ("text", "json", "markdown", "html", "junit", "sarif", "github")
VISIBLE = "59% of participants met response criteria after repeated infusions"
IN_SCRIPT = "ketamine cured 90% of patients in 2019 trials"

HOSTILE_HTML = (
    '<!DOCTYPE html>\n<html><head><meta charset="windows-1252">\n'
    "<title>Ketamine \u2013 a review</title>\n"
    f'<script>document.write("{IN_SCRIPT}")</script>\n'
    '<style>p::after { content: "72% of patients relapsed within 2 weeks"; }</style>\n'
    "</head><body>\n"
    "<!-- 90% of patients were hidden in a comment in 2018 -->\n"
    f"<p>In a trial, {VISIBLE} \u2013 a striking result.</p>\n"
    '<p onclick="alert(1)">Doses were 0.5\u00a0mg/kg and plasma levels reached 12 \u00b5g/L.</p>\n'
    '<script type="text/javascript">var x = "</p><p>Forty percent of 200 studies were '
    'biased.</p>";</script>\n'
    "</body></html>\n"
)
SCRIPT_TEXTS = (
    "document.write",
    "relapsed",
    "hidden in a comment",
    "Forty percent",
    "alert(1)",
    "onclick",
    "cured 90%",
)


def claims_yaml(article: str, records: str = str(FIXTURES)) -> str:
    return (
        f"article: {article}\nrecords: [{records}]\nclaims:\n"
        f'  - id: visible\n    text: {VISIBLE}\n    pmid: "30922101"\n'
        f'  - id: in-script\n    text: {IN_SCRIPT}\n    pmid: "30922101"\n'
    )


def check(claims: Path, *args: str) -> Result:
    return CliRunner().invoke(
        main,
        ["check", str(claims), "--offline", "--cache-dir", str(claims.parent / ".cache"), *args],
    )


def by_id(result: Result) -> dict[str, dict[str, Any]]:
    assert result.exception is None or isinstance(result.exception, SystemExit), result.output
    return {claim["id"]: claim for claim in json.loads(result.stdout)["claims"]}


def expected_location(source: str, passage: str) -> tuple[int, int]:
    """1-based line and column of ``passage`` in the decoded file."""
    index = source.index(passage)
    line = source.count("\n", 0, index) + 1
    return line, index - (source.rfind("\n", 0, index) + 1) + 1


def test_an_html_article_is_read_for_its_visible_text_only(tmp_path: Path) -> None:
    article = tmp_path / "article.html"
    article.write_bytes(HOSTILE_HTML.encode("cp1252"))
    claims = tmp_path / "claims.yaml"
    claims.write_text(claims_yaml("article.html"), encoding="utf-8")
    result = check(
        claims,
        "--format",
        "json",
        *[f"--report={fmt}={tmp_path / f'report.{fmt}'}" for fmt in FORMATS],
    )
    claims_out = by_id(result)
    report = json.loads(result.stdout)

    location = claims_out["visible"]["location"]
    assert (location["line"], location["column"]) == expected_location(HOSTILE_HTML, VISIBLE)
    assert claims_out["in-script"]["location"] is None  # text in a script is not article text
    assert any(finding["kind"] == "anchor" for finding in claims_out["in-script"]["findings"])
    uncovered = " ".join(sentence["text"] for sentence in report["uncovered"])
    assert "0.5 mg/kg" in uncovered  # the visible, unclaimed research sentence...
    for text in SCRIPT_TEXTS:  # ...and nothing from scripts, styles, comments or attributes
        assert text not in uncovered
    for fmt in FORMATS:
        written = (tmp_path / f"report.{fmt}").read_text(encoding="utf-8")
        for text in ("document.write", "alert(1)", "onclick", "relapsed", "Forty percent"):
            assert text not in written, (fmt, text)


@pytest.mark.parametrize(
    ("name", "encode"),
    [
        ("utf16.html", lambda text: text.encode("utf-16")),
        ("bom-crlf.html", lambda text: b"\xef\xbb\xbf" + text.replace("\n", "\r\n").encode()),
        ("lying-charset.html", lambda text: text.replace("windows-1252", "utf-8").encode("cp1252")),
        (
            "plain.txt",
            lambda text: f"Ketamine \u2013 a review\n\nIn a trial, {VISIBLE}.\n".encode("cp1252"),
        ),
    ],
)
def test_articles_in_other_encodings_are_located_right(
    tmp_path: Path, name: str, encode: Any
) -> None:
    """UTF-16 with its BOM, UTF-8 with a BOM and CRLF line ends, a page whose declared
    charset is wrong, cp1252 plain text: the claim is found at its line and column."""
    data = encode(HOSTILE_HTML)
    (tmp_path / name).write_bytes(data)
    claims = tmp_path / "claims.yaml"
    claims.write_text(claims_yaml(name), encoding="utf-8")
    result = check(claims, "--format", "json")
    location = by_id(result)["visible"]["location"]
    assert location is not None, result.output
    source = data.decode(
        "cp1252"
        if name in ("lying-charset.html", "plain.txt")
        else "utf-16"
        if name.startswith("utf16")
        else "utf-8-sig"
    )
    source = source.replace("\r\n", "\n")
    assert (location["line"], location["column"]) == expected_location(source, VISIBLE)


def snapshot(folder: Path) -> dict[str, tuple[bytes, int]]:
    return {
        str(path.relative_to(folder)): (path.read_bytes(), path.stat().st_mtime_ns)
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


def test_paths_leaving_the_project_are_read_and_left_alone(tmp_path: Path) -> None:
    shared = tmp_path / "shared"
    (shared / "records").mkdir(parents=True)
    (shared / "records" / "30922101.xml").write_bytes((FIXTURES / "30922101.xml").read_bytes())
    article = tmp_path / "elsewhere" / "article.md"
    article.parent.mkdir()
    article.write_text(f"# Ketamine\n\nIn a trial, {VISIBLE}.\n", encoding="utf-8")
    project = tmp_path / "project"
    project.mkdir()
    claims = project / "claims.yaml"
    claims.write_text(claims_yaml(str(article), "../shared/records"), encoding="utf-8")
    before = {folder: snapshot(folder) for folder in (shared, article.parent)}
    result = check(claims, "--format", "json", "--output", str(project / "report.json"))
    assert result.exit_code in (0, 1), result.output
    report = json.loads((project / "report.json").read_text(encoding="utf-8"))
    visible = {claim["id"]: claim for claim in report["claims"]}["visible"]
    assert visible["record"]["source"] == "records-folder"
    assert visible["location"]["path"] == str(article)
    assert {folder: snapshot(folder) for folder in before} == before  # read, never written


def test_a_records_file_that_is_not_a_record_is_named_without_its_content(
    tmp_path: Path,
) -> None:
    private = tmp_path / "private.env"
    private.write_text("DATABASE_PASSWORD=hunter2-not-xml\n", encoding="utf-8")
    records = tmp_path / "records"
    records.mkdir()
    os.symlink(private, records / "30922101.xml")
    claims = tmp_path / "claims.yaml"
    claims.write_text(
        f'records: [records]\nclaims:\n  - id: a\n    text: {VISIBLE}\n    pmid: "30922101"\n',
        encoding="utf-8",
    )
    result = check(claims)
    assert result.exit_code == 2
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and "30922101.xml" in lines[0] and "Traceback" not in result.output
    assert "hunter2" not in result.output and "DATABASE_PASSWORD" not in result.output
