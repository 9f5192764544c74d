"""Atomic file output: a reader never sees half a report."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from claimcheck.errors import InputError


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
    folder = path.parent if str(path.parent) else Path(".")
    try:
        mode = path.stat().st_mode & 0o777 if path.exists() else 0o666 & ~_umask()
        handle, temp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    except OSError as error:
        raise InputError(f"cannot write: {error.strerror or error}", path=str(path),
                         field=option) from None
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(temp_name, mode)
        os.replace(temp_name, path)
    except OSError as error:
        Path(temp_name).unlink(missing_ok=True)
        raise InputError(f"cannot write: {error.strerror or error}", path=str(path),
                         field=option) from None
    except BaseException:
        Path(temp_name).unlink(missing_ok=True)
        raise


def _umask() -> int:
    current = os.umask(0)
    os.umask(current)
    return current
