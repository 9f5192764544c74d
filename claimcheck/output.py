"""Atomic file output: a reader never sees half a report, and a set of reports is replaced
together or not at all (up to the renames themselves, the one step that can still fail)."""

from __future__ import annotations

import os
import re
import tempfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from claimcheck.errors import InputError

TEMP_SUFFIX = ".tmp"


@dataclass(frozen=True)
class PendingWrite:
    """One file to write: where, what, and the option that named it (for error messages)."""

    path: Path
    content: str | bytes
    option: str = "--output"


def check_writable(path: Path, option: str) -> None:
    """Fail early, before any work or any other write, if ``path`` cannot take a report."""
    folder = _folder_of(path)
    try:
        if path.is_dir():
            raise InputError("is a folder, not a file", path=str(path), field=option)
        if not folder.is_dir():
            raise InputError(
                "the folder to write into does not exist", path=str(path), field=option
            )
        if not os.access(folder, os.W_OK | os.X_OK):
            raise InputError("the folder is not writable", path=str(path), field=option)
    except OSError as error:  # e.g. a file name longer than the file system allows
        raise InputError(
            f"cannot write: {error.strerror or error}", path=str(path), field=option
        ) from None


def write_atomically(path: Path, content: str | bytes, *, option: str = "--output") -> None:
    """Write ``content`` to ``path`` through a temporary file in the same folder and a rename.

    A replaced file keeps its permissions; a new one gets the usual ones (0666 less umask).
    """
    write_all_atomically([PendingWrite(path, content, option)])


def write_all_atomically(writes: Sequence[PendingWrite]) -> None:
    """Write every file of ``writes`` or none of them.

    Each file is first written whole to a temporary file beside it (flushed to disk, given its
    final mode); only when all are complete are they renamed into place. A failure before the
    renames leaves every old file untouched and removes the temporary files. A rename that
    fails (rare: the files are complete and their folders writable) is an error saying which
    files were already replaced. Errors are ``InputError`` naming the path and the option.
    """
    for write in writes:
        check_writable(write.path, write.option)
    staged: list[tuple[PendingWrite, Path]] = []
    try:
        for write in writes:
            staged.append((write, _staged_for(write)))
    except BaseException:
        _remove(temp for _, temp in staged)
        raise
    _rename_into_place(staged)


def replace_atomically(path: Path, data: bytes, mode: int) -> None:
    """Put ``data`` at ``path`` whole or not at all; the temporary file never outlives a failure
    (except a kill no process can catch: see :func:`temporary_files_of`)."""
    temp = _write_temporary(path, data, mode)
    try:
        os.replace(temp, path)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise


def temporary_files_of(folder: Path, name_pattern: str) -> list[Path]:
    """The temporary files :func:`replace_atomically` left in ``folder`` for files whose names
    match the regular expression ``name_pattern`` (a killed run leaves them behind)."""
    shape = re.compile(rf"\.(?:{name_pattern})\.[^/]+{re.escape(TEMP_SUFFIX)}")
    return sorted(path for path in folder.iterdir() if shape.fullmatch(path.name))


def _staged_for(write: PendingWrite) -> Path:
    content = write.content
    data = content.encode("utf-8") if isinstance(content, str) else content
    try:
        return _write_temporary(write.path, data, _mode_for(write.path))
    except OSError as error:
        raise InputError(
            f"cannot write: {error.strerror or error}", path=str(write.path), field=write.option
        ) from None


def _rename_into_place(staged: Sequence[tuple[PendingWrite, Path]]) -> None:
    for done, (write, temp) in enumerate(staged):
        try:
            os.replace(temp, write.path)
        except BaseException as error:
            _remove(temp for _, temp in staged[done:])
            if not isinstance(error, OSError):
                raise
            replaced = [str(earlier.path) for earlier, _ in staged[:done]]
            already = f" ({', '.join(replaced)} already replaced)" if replaced else ""
            raise InputError(
                f"cannot put the finished file in place: {error.strerror or error}{already}",
                path=str(write.path),
                field=write.option,
            ) from None


def _remove(temporaries: Iterable[Path]) -> None:
    for temp in temporaries:
        temp.unlink(missing_ok=True)


def _write_temporary(path: Path, data: bytes, mode: int) -> Path:
    """A complete, fsync'ed copy of ``data`` with ``mode``, beside ``path``, under a hidden
    temporary name; nothing is left behind when this fails."""
    handle, temp_name = tempfile.mkstemp(
        prefix=f".{path.name}.", suffix=TEMP_SUFFIX, dir=_folder_of(path)
    )
    temp = Path(temp_name)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(temp, mode)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    return temp


def _mode_for(path: Path) -> int:
    """A replaced file keeps its mode; a new one gets what the umask gives any new file."""
    return path.stat().st_mode & 0o777 if path.exists() else 0o666 & ~_umask()


def _folder_of(path: Path) -> Path:
    return path.parent if str(path.parent) else Path(".")


def _umask() -> int:
    current = os.umask(0)
    os.umask(current)
    return current
