"""Atomic file output: a reader never sees half a report."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from claimcheck.errors import InputError


def write_atomically(path: Path, content: str | bytes) -> None:
    """Write ``content`` to ``path`` through a temporary file in the same folder and a rename."""
    data = content.encode("utf-8") if isinstance(content, str) else content
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise InputError("the folder to write into does not exist", path=str(path),
                         field="--output")
    if path.is_dir():
        raise InputError("is a folder, not a file", path=str(path), field="--output")
    handle, temp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temp_name, path)
    except BaseException:
        Path(temp_name).unlink(missing_ok=True)
        raise
