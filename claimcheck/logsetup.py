"""``--debug`` logging to stderr, with every registered secret masked in every record."""

from __future__ import annotations

import logging
import sys

_SECRETS: set[str] = set()


def register_secret(secret: str | None) -> None:
    """Mask ``secret`` in everything claimcheck logs from now on."""
    if secret:
        _SECRETS.add(secret)


def mask_secrets(text: str) -> str:
    for secret in _SECRETS:
        text = text.replace(secret, "***")
    return text


class _RedactingFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        return mask_secrets(super().format(record))


def configure_logging(debug: bool) -> None:
    """Send claimcheck's (and httpx's) log records to stderr when ``debug`` is on."""
    if not debug:
        return
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(_RedactingFormatter("claimcheck: debug: %(name)s: %(message)s"))
    for name in ("claimcheck", "httpx", "httpcore"):
        logger = logging.getLogger(name)
        logger.setLevel(logging.DEBUG)
        logger.addHandler(handler)
