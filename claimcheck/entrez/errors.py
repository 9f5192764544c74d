"""Errors of the E-utilities client: one line each, never holding the API key."""

from __future__ import annotations


class EntrezError(Exception):
    """Base class of the E-utilities client's own errors."""


class EntrezUnavailable(EntrezError):
    """E-utilities could not be asked (network, server faults) even after retries.

    The message is one line, built by the client itself (never an httpx message, which may
    carry the request URL) and passed through ``Settings.redact``.
    """


class MalformedReply(EntrezError):
    """A reply arrived but is not the XML document it should be (truncated, HTML, wrong root)."""
