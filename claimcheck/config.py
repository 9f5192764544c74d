"""Run-time settings: flags win over the environment, the environment over defaults."""

from __future__ import annotations

import math
import os
from dataclasses import dataclass, field
from pathlib import Path

import platformdirs

from claimcheck.errors import InputError
from claimcheck.logsetup import register_secret

DEFAULT_EUTILS_URL = "https://eutils.ncbi.nlm.nih.gov/entrez/eutils/"
TOOL_NAME = "claimcheck"
DEFAULT_EMAIL = "claimcheck@users.noreply.github.com"
DEFAULT_DEADLINE = 300.0  # seconds for all of a run's requests to NCBI together


@dataclass(frozen=True)
class Settings:
    eutils_url: str = DEFAULT_EUTILS_URL
    api_key: str | None = field(default=None, repr=False)
    email: str = DEFAULT_EMAIL
    tool: str = TOOL_NAME
    cache_dir: Path = field(default_factory=lambda: Path(platformdirs.user_cache_dir("claimcheck")))
    offline: bool = False
    refresh: bool = False
    jobs: int | None = None  # worker processes for judging claims; None: one per core
    deadline: float = DEFAULT_DEADLINE  # seconds, from a run's first request to NCBI

    @property
    def requests_per_second(self) -> float:
        return 10.0 if self.api_key else 3.0

    def redact(self, text: str) -> str:
        """Remove the API key from any text that may reach a person or a file."""
        return redact_secret(text, self.api_key)


def redact_secret(text: str, secret: str | None) -> str:
    if secret and secret in text:
        return text.replace(secret, "***")
    return text


def resolve_settings(
    *,
    eutils_url: str | None = None,
    api_key: str | None = None,
    email: str | None = None,
    cache_dir: str | Path | None = None,
    offline: bool = False,
    refresh: bool = False,
    jobs: int | None = None,
    deadline: str | float | None = None,
    environ: dict[str, str] | None = None,
) -> Settings:
    env = os.environ if environ is None else environ
    url = eutils_url or env.get("CLAIMCHECK_EUTILS_URL") or DEFAULT_EUTILS_URL
    if not url.endswith("/"):
        url += "/"
    cache = cache_dir or env.get("CLAIMCHECK_CACHE_DIR")
    key = api_key or env.get("NCBI_API_KEY") or None
    register_secret(key)
    return Settings(
        eutils_url=url,
        api_key=key,
        email=email or env.get("NCBI_EMAIL") or DEFAULT_EMAIL,
        cache_dir=Path(cache) if cache else Path(platformdirs.user_cache_dir("claimcheck")),
        offline=offline,
        refresh=refresh,
        jobs=jobs or _jobs_from(env.get("CLAIMCHECK_JOBS")),
        deadline=_deadline_from(deadline, env.get("CLAIMCHECK_DEADLINE")),
    )


def _jobs_from(value: str | None) -> int | None:
    if not value:
        return None
    if not value.isdigit() or int(value) < 1:
        raise InputError(f"{value!r} is not a positive whole number", field="CLAIMCHECK_JOBS")
    return int(value)


def _deadline_from(flag: str | float | None, environment: str | None) -> float:
    if flag is not None:
        return parse_seconds(flag, field="--deadline")
    if environment:
        return parse_seconds(environment, field="CLAIMCHECK_DEADLINE")
    return DEFAULT_DEADLINE


def parse_seconds(value: str | float, *, field: str) -> float:
    """A positive, finite number of seconds (``"0.5"``, ``"60"``), or an ``InputError``
    naming ``field``."""
    try:
        seconds = float(value)
    except ValueError:
        seconds = math.nan
    if not math.isfinite(seconds) or seconds <= 0:
        raise InputError(f"{value!r} is not a positive number of seconds", field=field)
    return seconds
