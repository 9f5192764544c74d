"""Errors that reach the user as one line and exit code 2 (bad input or usage)."""

from __future__ import annotations


class ClaimcheckError(Exception):
    """Base class of claimcheck's own errors."""


class InputError(ClaimcheckError):
    """Bad input: printed as ``file:line: field: what is wrong`` and exit code 2."""

    def __init__(self, message: str, *, path: str | None = None, line: int | None = None,
                 field: str | None = None) -> None:
        self.path = path
        self.line = line
        self.field = field
        self.detail = message
        super().__init__(self.one_line())

    def one_line(self) -> str:
        where = ""
        if self.path:
            where = self.path + (f":{self.line}" if self.line else "") + ": "
        field = f"{self.field}: " if self.field else ""
        return f"{where}{field}{self.detail}"
