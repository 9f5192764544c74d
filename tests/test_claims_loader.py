"""claims.yaml loading: valid files, and one ``file:line: field: problem`` line for each bad one."""

from __future__ import annotations

import textwrap
import time
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claimcheck.claims.loader import MAX_DEPTH, MAX_FILE_BYTES, LoadedClaims, load_claims
from claimcheck.errors import InputError

REPO = Path(__file__).resolve().parents[1]

VALID = """\
# an audit
article: article.txt
records:
  - records

claims:
  - id: first
    text: 59% of depressed patients improved.
    pmid: 30922101
    expect:
      numbers: ["59%", 18 of 20, 90]
      year: 2019
      sample_size: 20
      country: NO
  - id: 12
    text: A meta-study found the therapy effective.
    doi: https://doi.org/10.2174/1568026620666200423094423
    waive:
      verdict: NOT_IN_SOURCE
      reason: full text only
"""


def write(folder: Path, text: str, name: str = "claims.yaml") -> Path:
    path = folder / name
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def project(folder: Path, text: str = VALID) -> Path:
    (folder / "records").mkdir(exist_ok=True)
    (folder / "article.txt").write_text("59% of depressed patients improved.\n", encoding="utf-8")
    return write(folder, text)


def error_of(path: Path) -> InputError:
    with pytest.raises(InputError) as caught:
        load_claims(path)
    return caught.value


def claims_with(entry: str) -> str:
    """A claims file whose single claim entry starts on line 2."""
    return "claims:\n" + textwrap.indent(textwrap.dedent(entry), "  ")


# --- valid files -------------------------------------------------------------------------


def test_valid_file_loads_with_lines_and_resolved_paths(tmp_path: Path, monkeypatch) -> None:
    path = project(tmp_path)
    monkeypatch.chdir(REPO)  # paths resolve against the claims file, not the working folder
    loaded = load_claims(path)
    assert isinstance(loaded, LoadedClaims)
    assert loaded.path == path
    assert loaded.claim_lines == {"first": 7, "12": 15}
    assert loaded.records_dirs == [tmp_path / "records"]
    assert loaded.article_path == tmp_path / "article.txt"
    first, second = loaded.claims_file.claims
    assert first.pmid == "30922101"
    assert first.expect is not None
    assert first.expect.numbers == ["59%", "18 of 20", "90"]
    assert first.expect.year == 2019
    assert first.expect.sample_size == 20
    assert first.expect.country == "NO"  # Norway, not YAML 1.1's false
    assert second.id == "12"
    assert second.doi == "10.2174/1568026620666200423094423"
    assert second.waive is not None and second.waive.reason == "full text only"


def test_utf8_byte_order_mark_is_accepted(tmp_path: Path) -> None:
    path = tmp_path / "claims.yaml"
    path.write_bytes(b"\xef\xbb\xbfclaims:\n  - id: a\n    text: t\n    pmid: 1\n")
    assert load_claims(path).claim_lines == {"a": 2}


def test_paths_may_leave_the_claims_folder_on_purpose(tmp_path: Path) -> None:
    outside = tmp_path / "shared"
    (outside / "records").mkdir(parents=True)
    (outside / "article.md").write_text("text", encoding="utf-8")
    project_dir = tmp_path / "project"
    project_dir.mkdir()
    path = write(
        project_dir,
        f"""\
        article: ../shared/article.md
        records: [../shared/records, {outside / "records"}]
        claims:
          - {{id: a, text: t, pmid: 1}}
        """,
    )
    loaded = load_claims(path)
    assert loaded.article_path is not None
    assert loaded.article_path.resolve() == (outside / "article.md").resolve()
    assert [p.resolve() for p in loaded.records_dirs] == [(outside / "records").resolve()] * 2


def test_the_repository_claims_file_loads() -> None:
    claims_yaml = REPO / "claims.yaml"
    if not claims_yaml.exists():
        pytest.skip("no claims.yaml at the repository root yet")
    loaded = load_claims(claims_yaml)
    lines = claims_yaml.read_text(encoding="utf-8").splitlines()
    assert len(loaded.claim_lines) >= 20
    for claim_id, line in loaded.claim_lines.items():
        assert lines[line - 1].strip().startswith("- id:"), (claim_id, lines[line - 1])


# --- the file itself ---------------------------------------------------------------------


def test_missing_file(tmp_path: Path) -> None:
    error = error_of(tmp_path / "nope.yaml")
    assert error.one_line() == f"{tmp_path / 'nope.yaml'}: no such file"


def test_folder_instead_of_file(tmp_path: Path) -> None:
    assert "is a folder" in error_of(tmp_path).one_line()


@pytest.mark.parametrize("content", ["", "   \n\n", "# only a comment\n"])
def test_empty_file(tmp_path: Path, content: str) -> None:
    error = error_of(write(tmp_path, content))
    assert error.line is None
    assert "empty" in error.detail or "no YAML data" in error.detail


def test_binary_file(tmp_path: Path) -> None:
    path = tmp_path / "claims.yaml"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    assert error_of(path).detail == "is a binary file, not YAML text"


def test_utf16_file(tmp_path: Path) -> None:
    path = tmp_path / "claims.yaml"
    path.write_bytes("claims: []\n".encode("utf-16"))
    assert "UTF-16" in error_of(path).detail


def test_not_utf8_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "claims.yaml"
    path.write_bytes("claims:\n  - id: a\n    text: café\n".encode("latin-1"))
    error = error_of(path)
    assert error.line == 3
    assert "not UTF-8" in error.detail and "0xE9" in error.detail


def test_huge_file_is_refused_without_reading_it_all(tmp_path: Path) -> None:
    path = tmp_path / "claims.yaml"
    with path.open("wb") as stream:
        stream.write(b"claims:\n")
        stream.write(b"#" * (MAX_FILE_BYTES + 10))
    started = time.monotonic()
    error = error_of(path)
    assert "larger than 10 MB" in error.detail
    assert time.monotonic() - started < 2


# --- YAML --------------------------------------------------------------------------------


def test_yaml_syntax_error_line(tmp_path: Path) -> None:
    path = write(tmp_path, 'claims:\n  - id: a\n    text: "unclosed\n    pmid: 1\n')
    error = error_of(path)
    assert error.detail.startswith("YAML syntax error:")
    assert "starts on line 3" in error.detail
    assert error.path == str(path)


def test_tab_indentation_error_line(tmp_path: Path) -> None:
    error = error_of(write(tmp_path, "claims:\n  - id: a\n\ttext: t\n"))
    assert error.line == 3
    assert "tab" in error.detail


def test_bad_flow_mapping_line(tmp_path: Path) -> None:
    error = error_of(write(tmp_path, "claims:\n  - {id: a, text: b\n\n  - id: c\n"))
    assert error.detail.startswith("YAML syntax error:")
    assert error.line == 4


def test_two_documents(tmp_path: Path) -> None:
    error = error_of(write(tmp_path, "claims: []\n---\nclaims: []\n"))
    assert error.line == 2
    assert "single document" in error.detail


def test_duplicate_key_in_one_mapping(tmp_path: Path) -> None:
    error = error_of(write(tmp_path, claims_with("- id: a\n  text: t\n  pmid: 1\n  text: u\n")))
    assert (error.line, error.field) == (5, "claims[0].text")
    assert error.detail == "duplicate key (already set on line 3)"


def test_object_building_tag_is_refused_and_not_run(tmp_path: Path) -> None:
    marker = tmp_path / "pwned"
    path = write(
        tmp_path,
        f'claims:\n  - id: a\n    text: !!python/object/apply:os.mkdir ["{marker}"]\n',
    )
    error = error_of(path)
    assert not marker.exists()
    assert (error.line, error.field) == (3, "claims[0].text")
    assert "!!python/object/apply:os.mkdir is not allowed" in error.detail


def test_local_tag_is_refused(tmp_path: Path) -> None:
    error = error_of(write(tmp_path, claims_with("- id: !secret a\n  text: t\n  pmid: 1\n")))
    assert (error.line, error.field) == (2, "claims[0].id")
    assert "!secret" in error.detail


def test_deep_nesting_is_refused_without_recursion_error(tmp_path: Path) -> None:
    depth = 50_000
    error = error_of(write(tmp_path, "claims: " + "[" * depth + "]" * depth + "\n"))
    assert "nest" in error.detail
    assert error.line == 1
    block = "claims:\n" + "".join(" " * level + "-\n" for level in range(MAX_DEPTH + 5))
    error = error_of(write(tmp_path, block))
    assert error.line == MAX_DEPTH + 1
    assert f"more than {MAX_DEPTH} levels" in error.detail


def test_alias_bomb_is_cheap(tmp_path: Path) -> None:
    levels = ["a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
    levels += [f"a{n}: &a{n} [{', '.join([f'*a{n - 1}'] * 10)}]" for n in range(1, 9)]
    started = time.monotonic()
    error = error_of(write(tmp_path, "\n".join(levels) + "\nclaims: *a8\n"))
    assert time.monotonic() - started < 5
    assert error.line == 1  # the unknown top-level keys come first
    assert "unknown key" in error.detail


def test_self_referencing_alias(tmp_path: Path) -> None:
    error = error_of(write(tmp_path, "claims: &loop [*loop]\n"))
    assert (error.line, error.field) == (1, "claims[0]")
    assert error.detail == "must be a mapping, not a list"


# --- shape and fields --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("content", "detail"),
    [
        ("- just\n- a list\n", "the top level must be a mapping with a `claims:` list, not a list"),
        (
            "just some text\n",
            "the top level must be a mapping with a `claims:` list, not 'just some text'",
        ),
    ],
)
def test_top_level_not_a_mapping(tmp_path: Path, content: str, detail: str) -> None:
    error = error_of(write(tmp_path, content))
    assert (error.line, error.detail) == (1, detail)


def test_claims_missing(tmp_path: Path) -> None:
    error = error_of(write(tmp_path, "# header\narticle: a.txt\n"))
    assert (error.line, error.field) == (2, "claims")
    assert error.detail.startswith("is required")


def test_claims_not_a_list(tmp_path: Path) -> None:
    error = error_of(write(tmp_path, "records: []\nclaims:\n  id: a\n"))
    assert (error.line, error.field, error.detail) == (2, "claims", "must be a list, not a mapping")


def test_claims_empty(tmp_path: Path) -> None:
    error = error_of(write(tmp_path, "\nclaims: []\n"))
    assert (error.line, error.field) == (2, "claims")
    assert error.detail == "is empty: list at least one claim"


def test_duplicate_ids_name_both_lines(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        """\
        claims:
          - id: same
            text: one
            pmid: 1
          - id: other
            text: two
            pmid: 2
          - id: same
            text: three
            pmid: 3
        """,
    )
    error = error_of(path)
    assert (error.line, error.field) == (8, "claims[2].id")
    assert error.detail == "duplicate id 'same' (first used on line 2)"
    assert error.one_line() == f"{path}:8: claims[2].id: duplicate id 'same' (first used on line 2)"


@pytest.mark.parametrize(
    ("pmid", "detail"),
    [
        ('"PMID 12a"', "'PMID 12a' is not a PMID (digits only, e.g. 30922101)"),
        ("12a", "'12a' is not a PMID (digits only, e.g. 30922101)"),
        ("PMID 30922101", "'PMID 30922101' is not a PMID: write the digits only (30922101)"),
        ("0123", "'0123' is not a PMID (digits only, e.g. 30922101)"),
        ("1.5", "'1.5' is not a PMID (digits only, e.g. 30922101)"),
        ("[1, 2]", "must be a PMID made of digits, e.g. 30922101"),
    ],
)
def test_malformed_pmid(tmp_path: Path, pmid: str, detail: str) -> None:
    error = error_of(write(tmp_path, claims_with(f"- id: a\n  text: t\n\n  pmid: {pmid}\n")))
    assert (error.line, error.field, error.detail) == (5, "claims[0].pmid", detail)


def test_malformed_doi(tmp_path: Path) -> None:
    error = error_of(write(tmp_path, claims_with("- id: a\n  text: t\n  doi: 12/34\n")))
    assert (error.line, error.field) == (4, "claims[0].doi")
    assert "is not a DOI" in error.detail


@pytest.mark.parametrize(
    ("entry", "field", "detail"),
    [
        ("- text: t\n  pmid: 1\n", "claims[1].id", "is required: every claim needs a unique id"),
        (
            "- id: a\n  pmid: 1\n",
            "claims[1].text",
            "is required: every claim needs its text as worded in the article",
        ),
        ("- id: a\n  text: t\n", "claims[1]", "a claim needs a pmid or a doi"),
    ],
)
def test_missing_fields_point_at_the_claim(
    tmp_path: Path, entry: str, field: str, detail: str
) -> None:
    path = write(tmp_path, claims_with("- id: ok\n  text: t\n  pmid: 1\n" + entry))
    error = error_of(path)
    assert (error.line, error.field, error.detail) == (5, field, detail)


def test_blank_text_and_id(tmp_path: Path) -> None:
    error = error_of(write(tmp_path, claims_with("- id: a\n  text: '   '\n  pmid: 1\n")))
    assert (error.line, error.field, error.detail) == (3, "claims[0].text", "is blank")
    error = error_of(write(tmp_path, claims_with("- id: a\n  text:\n  pmid: 1\n")))
    assert (error.line, error.field, error.detail) == (
        3,
        "claims[0].text",
        "has no value; expected text",
    )


@pytest.mark.parametrize(
    ("content", "line", "field", "suggestion"),
    [
        ("claims:\n  - id: a\n    text: t\n    pmdi: 1\n", 4, "claims[0].pmdi", "pmid"),
        ("claim:\n  - id: a\n", 1, "claim", "claims"),
        ("reccords: [x]\nclaims: []\n", 1, "reccords", "records"),
        (
            "claims:\n  - id: a\n    text: t\n    pmid: 1\n    expect:\n      yeer: 2019\n",
            6,
            "claims[0].expect.yeer",
            "year",
        ),
        (
            "claims:\n  - id: a\n    text: t\n    pmid: 1\n    expect:\n      sample-size: 3\n",
            6,
            "claims[0].expect.sample-size",
            "sample_size",
        ),
        (
            "claims:\n  - id: a\n    text: t\n    pmid: 1\n    waive:\n"
            "      verdict: CONTRADICTED\n"
            "      reson: x\n",
            7,
            "claims[0].waive.reson",
            "reason",
        ),
    ],
)
def test_unknown_key_suggests_the_near_key(
    tmp_path: Path, content: str, line: int, field: str, suggestion: str
) -> None:
    error = error_of(write(tmp_path, content))
    assert (error.line, error.field) == (line, field)
    assert error.detail.startswith(f"unknown key; did you mean `{suggestion}`?")


def test_unknown_key_without_near_key_lists_the_allowed(tmp_path: Path) -> None:
    error = error_of(write(tmp_path, claims_with("- id: a\n  text: t\n  pmid: 1\n  zzz: 1\n")))
    assert (error.line, error.field) == (5, "claims[0].zzz")
    assert error.detail == (
        "unknown key (allowed: doi, expect, id, note, pmid, quote, text, waive)"
    )


@pytest.mark.parametrize(
    ("extra", "field", "detail"),
    [
        (
            "  expect:\n    year: twenty\n",
            "claims[0].expect.year",
            "must be a whole number, not 'twenty'",
        ),
        (
            "  expect:\n    year: 20019\n",
            "claims[0].expect.year",
            "20019 is not a plausible publication year",
        ),
        (
            "  expect:\n    sample_size: true\n",
            "claims[0].expect.sample_size",
            "must be a number, not true",
        ),
        ("  expect:\n    numbers: 59%\n", "claims[0].expect.numbers", "must be a list, not '59%'"),
        ("  expect: yes\n", "claims[0].expect", "must be a mapping, not 'yes'"),
        ("  note: [a, b]\n", "claims[0].note", "must be text, not a list"),
        ("  quote: {a: b}\n", "claims[0].quote", "must be text, not a mapping"),
    ],
)
def test_wrong_types(tmp_path: Path, extra: str, field: str, detail: str) -> None:
    error = error_of(write(tmp_path, claims_with("- id: a\n  text: t\n  pmid: 1\n" + extra)))
    assert error.field == field
    assert error.line == 4 + extra.count("\n")
    assert error.detail == detail


def test_records_must_be_a_list(tmp_path: Path) -> None:
    error = error_of(write(tmp_path, "records: fixtures\nclaims:\n  - {id: a, text: t, pmid: 1}\n"))
    assert (error.line, error.field, error.detail) == (
        1,
        "records",
        "must be a list, not 'fixtures'",
    )


def test_waiver_needs_a_reason(tmp_path: Path) -> None:
    entry = "- id: a\n  text: t\n  pmid: 1\n  waive:\n    verdict: CONTRADICTED\n"
    error = error_of(write(tmp_path, claims_with(entry)))
    assert (error.line, error.field) == (5, "claims[0].waive.reason")
    assert error.detail == "is required: a waiver needs a reason"
    error = error_of(write(tmp_path, claims_with(entry + "    reason: '  '\n")))
    assert (error.line, error.field, error.detail) == (
        7,
        "claims[0].waive.reason",
        "a waiver needs a reason",
    )


def test_waiver_verdict_must_be_a_verdict(tmp_path: Path) -> None:
    entry = "- id: a\n  text: t\n  pmid: 1\n  waive:\n    verdict: WRONG\n    reason: r\n"
    error = error_of(write(tmp_path, claims_with(entry)))
    assert (error.line, error.field) == (6, "claims[0].waive.verdict")
    assert error.detail.startswith("must be one of 'SUPPORTED'")


def test_several_problems_report_the_first_and_count_the_rest(tmp_path: Path) -> None:
    path = write(tmp_path, claims_with("- id: a\n  text: [t]\n  pmid: x\n"))
    error = error_of(path)
    assert (error.line, error.field) == (3, "claims[0].text")
    assert error.detail == "must be text, not a list (and 1 more problem)"


# --- paths -------------------------------------------------------------------------------


def test_missing_records_folder_names_its_line(tmp_path: Path) -> None:
    path = project(
        tmp_path, "records:\n  - records\n  - missing\nclaims:\n  - {id: a, text: t, pmid: 1}\n"
    )
    error = error_of(path)
    assert (error.line, error.field) == (3, "records[1]")
    assert error.detail.startswith(f"no such folder: {tmp_path / 'missing'}")


def test_records_entry_that_is_a_file(tmp_path: Path) -> None:
    path = project(tmp_path, "records: [article.txt]\nclaims:\n  - {id: a, text: t, pmid: 1}\n")
    error = error_of(path)
    assert (error.line, error.field) == (1, "records[0]")
    assert error.detail.startswith("is a file, not a folder")


def test_missing_article_names_its_line(tmp_path: Path) -> None:
    path = project(tmp_path, "claims:\n  - {id: a, text: t, pmid: 1}\narticle: ../gone.txt\n")
    error = error_of(path)
    assert (error.line, error.field) == (3, "article")
    assert error.detail.startswith("no such file")


# --- nothing but InputError, whatever the input -------------------------------------------

_KEYS = [
    "claims",
    "claim",
    "records",
    "article",
    "id",
    "text",
    "pmid",
    "pmdi",
    "doi",
    "quote",
    "expect",
    "numbers",
    "year",
    "design",
    "sample_size",
    "waive",
    "verdict",
    "reason",
    "note",
    "<<",
]
_SCALARS = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-5, 10**12),
    st.floats(allow_nan=True),
    st.text(max_size=12),
    st.sampled_from(["30922101", "PMID 1", "10.1/x", "SUPPORTED", "2019"]),
)
_DOCUMENTS = st.recursive(
    _SCALARS,
    lambda children: st.one_of(
        st.lists(children, max_size=4),
        st.dictionaries(st.sampled_from(_KEYS), children, max_size=5),
    ),
    max_leaves=25,
)


FUZZ = settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


def _load_only_input_errors(path: Path) -> None:
    try:
        load_claims(path)
    except InputError as error:
        assert error.one_line().startswith(str(path))
        assert "\n" not in error.one_line()


@FUZZ
@given(data=st.binary(max_size=300))
def test_any_bytes_give_a_result_or_an_input_error(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "claims.yaml"
    path.write_bytes(data)
    _load_only_input_errors(path)


@FUZZ
@given(
    text=st.text(
        alphabet=st.sampled_from(list("claims:-[]{}&*!|>'\"#%@`, \n\tidtexpm01ü\x85")), max_size=120
    )
)
def test_any_yaml_ish_text_gives_a_result_or_an_input_error(tmp_path: Path, text: str) -> None:
    path = tmp_path / "claims.yaml"
    path.write_text(text, encoding="utf-8")
    _load_only_input_errors(path)


@FUZZ
@given(document=_DOCUMENTS)
def test_any_yaml_structure_gives_a_result_or_an_input_error(
    tmp_path: Path, document: object
) -> None:
    path = tmp_path / "claims.yaml"
    path.write_text(yaml.safe_dump({"claims": document}, allow_unicode=True), encoding="utf-8")
    _load_only_input_errors(path)
