"""Atomic file output: a reader never sees half a report."""

from __future__ import annotations

import os
import re
import tempfile
from pathlib import Path

from claimcheck.errors import InputError

TEMP_SUFFIX = ".tmp"


def check_writable(path: Path, option: str) -> None:
    """Fail early, before any work or any other write, if ``path`` cannot take a report."""
    folder = path.parent if str(path.parent) else Path(".")
    try:
        if path.is_dir():
            raise InputError("is a folder, not a file", path=str(path), field=option)
        if not folder.is_dir():
            raise InputError("the folder to write into does not exist", path=str(path),
                             field=option)
        if not os.access(folder, os.W_OK | os.X_OK):
            raise InputError("the folder is not writable", path=str(path), field=option)
    except OSError as error:  # e.g. a file name longer than the file system allows
        raise InputError(f"cannot write: {error.strerror or error}", path=str(path),
                         field=option) from None


def write_atomically(path: Path, content: str | bytes, *, option: str = "--output") -> None:
    """Write ``content`` to ``path`` through a temporary file in the same folder and a rename.

    A replaced file keeps its permissions; a new one gets the usual ones (0666 less umask).
    """
    check_writable(path, option)
    data = content.encode("utf-8") if isinstance(content, str) else content
    try:
        mode = path.stat().st_mode & 0o777 if path.exists() else 0o666 & ~_umask()
        replace_atomically(path, data, mode)
    except OSError as error:
        raise InputError(f"cannot write: {error.strerror or error}", path=str(path),
                         field=option) from None


def replace_atomically(path: Path, data: bytes, mode: int) -> None:
    """Put ``data`` at ``path`` whole or not at all; the temporary file never outlives a failure
    (except a kill no process can catch: see :func:`temporary_files_of`)."""
    folder = path.parent if str(path.parent) else Path(".")
    handle, temp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=TEMP_SUFFIX, dir=folder)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(temp_name, mode)
        os.replace(temp_name, path)
    except BaseException:
        Path(temp_name).unlink(missing_ok=True)
        raise


def temporary_files_of(folder: Path, name_pattern: str) -> list[Path]:
    """The temporary files :func:`replace_atomically` left in ``folder`` for files whose names
    match the regular expression ``name_pattern`` (a killed run leaves them behind)."""
    shape = re.compile(rf"\.(?:{name_pattern})\.[^/]+{re.escape(TEMP_SUFFIX)}")
    return sorted(path for path in folder.iterdir() if shape.fullmatch(path.name))


def _umask() -> int:
    current = os.umask(0)
    os.umask(current)
    return current
