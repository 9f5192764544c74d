"""Shared pytest fixtures."""

from __future__ import annotations

import random
import socket
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from eutils_server import EutilsServer

from claimcheck.config import Settings
from claimcheck.entrez.client import EntrezClient
from claimcheck.entrez.pacer import Pacer
from claimcheck.entrez.retry import Backoff

FAST_RATE = 200.0  # requests/s for tests that are not about pacing


@pytest.fixture
def eutils_server() -> Iterator[EutilsServer]:
    """A fresh E-utilities stand-in on 127.0.0.1 (random port), stopped after the test."""
    with EutilsServer() as server:
        yield server


@pytest.fixture
def closed_port_url() -> str:
    """An E-utilities base URL on which nothing listens (connections are refused)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    return f"http://127.0.0.1:{port}/entrez/eutils/"


@pytest.fixture
def make_entrez_client(eutils_server: EutilsServer) -> Iterator[Callable[..., EntrezClient]]:
    """A factory of clients aimed at ``eutils_server`` that back off fast.

    Unless given a ``pacer``, a client paces at FAST_RATE and the server stops enforcing NCBI's
    rate limit; tests of the real pacing pass ``pacer=Pacer(3)`` (or 10). Keyword arguments go
    to ``EntrezClient``; ``api_key=`` goes into the settings. Clients are closed afterwards.
    """
    clients: list[EntrezClient] = []

    def make(*, api_key: str | None = None, url: str | None = None, **options: Any) -> EntrezClient:
        settings = Settings(
            eutils_url=url or eutils_server.url, api_key=api_key, email="tests@example.org"
        )
        if "pacer" not in options:
            options["pacer"] = Pacer(FAST_RATE)
            eutils_server.faults.rate_limit = False
        options.setdefault("backoff", Backoff(base=0.01, cap=0.05))
        options.setdefault("rng", random.Random(7))
        client = EntrezClient(settings, **options)
        clients.append(client)
        return client

    yield make
    for client in clients:
        client.close()
