"""Report files of one ``check`` run: one file is never named twice, and the reports are
replaced together or not at all.

- Two targets naming one file, however spelled (``out/./a.txt``, ``out/../out/a.txt``, a
  symbolic or a hard link), are a usage error before any work: exit 2, one line naming both
  options, nothing written.
- Every report is written whole to a temporary file before any is renamed into place: an
  operating-system error while writing one (a full disk) leaves every old report as it was and
  no temporary file behind. Only a failing rename can leave some reports replaced, and the
  error line then says which.
"""

from __future__ import annotations

import errno
import os
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

import claimcheck.output
from claimcheck.cli import main

PROJECT = Path(__file__).resolve().parents[1]
FIXTURES = PROJECT / "fixtures"
CLAIMS = """\
claims:
  - id: phillips-59
    text: Fifty-nine percent of participants met response criteria after repeated infusions.
    pmid: "30922101"
"""


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A project with a claims file read offline from fixtures/ and an ``out`` folder."""
    folder = tmp_path / "project"
    (folder / "out").mkdir(parents=True)
    (folder / "claims.yaml").write_text(f"records: [{FIXTURES}]\n{CLAIMS}", encoding="utf-8")
    return folder


def check(project: Path, *args: str) -> Result:
    return CliRunner().invoke(
        main,
        [
            "check",
            str(project / "claims.yaml"),
            "--offline",
            "--cache-dir",
            str(project.parent / "cache"),
            *args,
        ],
    )


def snapshot(folder: Path) -> dict[str, tuple[bytes, int]]:
    """Every file under ``folder`` (hidden temporaries too): bytes and modification time."""
    return {
        str(path.relative_to(folder)): (path.read_bytes(), path.stat().st_mtime_ns)
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


def old_report(path: Path) -> None:
    path.write_text(f"the last good {path.name}\n", encoding="utf-8")
    os.utime(path, ns=(1_000_000_000_000_000_000, 1_000_000_000_000_000_000))


def assert_one_error_line(result: Result, *words: str) -> str:
    assert result.exit_code == 2, result.output
    assert "Traceback" not in result.output and not isinstance(result.exception, OSError)
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("claimcheck: error: "), result.stderr
    for word in words:
        assert word in lines[0], lines[0]
    return lines[0]


# -- one file, two names ----------------------------------------------------------------------


SPELLINGS: dict[str, Callable[[Path], str]] = {
    "dot": lambda out: f"{out}/./a.txt",
    "dot-dot": lambda out: f"{out}/../out/a.txt",
    "double-slash": lambda out: f"{out}//a.txt",
    "symbolic-link": lambda out: _link(out, os.symlink),
    "symbolic-link-to-a-file-not-yet-written": lambda out: _link(out, os.symlink, make=False),
    "hard-link": lambda out: _link(out, os.link),
}


def _link(out: Path, link: Callable[[Path, Path], None], *, make: bool = True) -> str:
    if make:
        old_report(out / "a.txt")
    link(out / "a.txt", out / "b.txt")
    return str(out / "b.txt")


@pytest.mark.parametrize("spelling", list(SPELLINGS))
def test_one_file_named_twice_is_a_usage_error_that_writes_nothing(
    project: Path, spelling: str
) -> None:
    """Without the check, the JSON report silently replaced the text one: exit 0, one report."""
    out = project / "out"
    other_name = SPELLINGS[spelling](out)
    before = snapshot(project)
    result = check(project, "--output", str(out / "a.txt"), "--report", f"json={other_name}")
    line = assert_one_error_line(result, "--output", "--report", "same file")
    assert str(out / "a.txt") in line and other_name in line
    assert snapshot(project) == before
    assert result.stdout == ""


def test_two_reports_naming_one_file_are_refused_too(project: Path) -> None:
    out = project / "out"
    result = check(
        project, "--report", f"json={out / 'r.json'}", "--report", f"html={out}/./r.json"
    )
    assert_one_error_line(result, "--report json=", "--report html=", "same file")
    assert list(out.iterdir()) == []


def test_different_files_in_one_folder_are_all_written(project: Path) -> None:
    """The check compares files, not folders or names alone."""
    out = project / "out"
    (out / "sub").mkdir()
    result = check(
        project,
        "--output",
        f"{out}/./a.txt",
        "--report",
        f"json={out / 'a.json'}",
        "--report",
        f"text={out / 'sub' / 'a.txt'}",
    )
    assert result.exit_code == 0, result.output
    assert (out / "a.txt").read_text(encoding="utf-8").startswith("claimcheck ")
    assert (out / "a.json").read_text(encoding="utf-8").startswith("{")
    assert (out / "sub" / "a.txt").read_bytes() == (out / "a.txt").read_bytes()


# -- all reports or none ----------------------------------------------------------------------


def fsync_failing_for(name: str, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Make ``fsync`` fail with "no space left" for the temporary file of report ``name``;
    returns the names of the files fsync'ed."""
    real_fsync = os.fsync
    synced: list[str] = []

    def fsync(fd: int) -> None:
        written = Path(os.readlink(f"/proc/self/fd/{fd}")).name
        synced.append(written)
        if written.startswith(f".{name}."):
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        real_fsync(fd)

    monkeypatch.setattr(claimcheck.output.os, "fsync", fsync)
    return synced


@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="needs /proc to name an fd")
@pytest.mark.parametrize("failing", ["b.json", "a.txt"])
def test_a_report_failing_while_written_leaves_every_old_report_alone(
    project: Path, monkeypatch: pytest.MonkeyPatch, failing: str
) -> None:
    """A full disk while writing the second report (``b.json``) used to leave the first
    (``a.txt``) already replaced: exit 2 with one report new and one old. Now no report is
    renamed before all are complete."""
    out = project / "out"
    old_report(out / "a.txt")
    old_report(out / "b.json")
    before = snapshot(project)
    synced = fsync_failing_for(failing, monkeypatch)
    result = check(project, "--output", str(out / "a.txt"), "--report", f"json={out / 'b.json'}")
    option = "--output" if failing == "a.txt" else "--report"
    line = assert_one_error_line(result, option, str(out / failing), "No space left")
    assert ("--output" in line) == (option == "--output")
    assert any(name.startswith(f".{failing}.") for name in synced)  # the fault did fire
    assert snapshot(project) == before  # old bytes, old times, no temporary file left


@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="needs /proc to name an fd")
def test_a_failed_write_prints_no_report_on_stdout_either(
    project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = project / "out"
    fsync_failing_for("b.json", monkeypatch)
    result = check(project, "--report", f"json={out / 'b.json'}")
    assert_one_error_line(result, "--report", "No space left")
    assert result.stdout == ""
    assert list(out.iterdir()) == []


def test_a_failing_rename_says_which_reports_were_already_replaced(
    project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The one step that can still fail once every report is complete: the rename. The
    error names the report that kept its old content and the ones already replaced; no
    temporary file is left."""
    out = project / "out"
    for name in ("a.txt", "b.json", "c.md"):
        old_report(out / name)
    real_replace = os.replace
    renamed: list[str] = []

    def replace(source: str | Path, target: str | Path) -> None:
        if Path(target).name == "b.json":
            raise OSError(errno.EIO, os.strerror(errno.EIO))
        renamed.append(Path(target).name)
        real_replace(source, target)

    monkeypatch.setattr(claimcheck.output.os, "replace", replace)
    result = check(
        project,
        "--output",
        str(out / "a.txt"),
        "--report",
        f"json={out / 'b.json'}",
        "--report",
        f"markdown={out / 'c.md'}",
    )
    line = assert_one_error_line(result, str(out / "b.json"), "--report", "already replaced")
    assert str(out / "a.txt") in line.partition("already")[0].rpartition("(")[2]
    assert str(out / "c.md") not in line
    assert renamed == ["a.txt"]
    assert (out / "a.txt").read_text(encoding="utf-8").startswith("claimcheck ")
    assert (out / "b.json").read_text(encoding="utf-8") == "the last good b.json\n"
    assert (out / "c.md").read_text(encoding="utf-8") == "the last good c.md\n"
    assert sorted(path.name for path in out.iterdir()) == ["a.txt", "b.json", "c.md"]


def test_reports_replaced_together_keep_their_modes_and_readers(project: Path) -> None:
    """The guarantees of a single report hold for several: a reader of an old report keeps
    reading it, a replaced report keeps its mode, a new one gets the umask's, never 0600."""
    out = project / "out"
    old_report(out / "kept.txt")
    (out / "kept.txt").chmod(0o640)
    umask = os.umask(0o022)
    try:
        with (out / "kept.txt").open(encoding="utf-8") as reader:
            result = check(
                project, "--output", str(out / "kept.txt"), "--report", f"json={out / 'new.json'}"
            )
            assert reader.read() == "the last good kept.txt\n"
    finally:
        os.umask(umask)
    assert result.exit_code == 0, result.output
    assert (out / "kept.txt").stat().st_mode & 0o777 == 0o640
    assert (out / "new.json").stat().st_mode & 0o777 == 0o644
    assert sorted(path.name for path in out.iterdir()) == ["kept.txt", "new.json"]
