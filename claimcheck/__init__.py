"""claimcheck: audit an article's research claims against the PubMed records they cite.

Python API::

    import claimcheck
    report = claimcheck.check("claims.yaml", offline=True)     # -> claimcheck.report.model.Report
    result = claimcheck.verify("59% of patients responded", record)  # -> ClaimResult

``check(path, **settings)`` runs the whole audit (settings as in
``claimcheck.config.resolve_settings``: ``offline``, ``cache_dir``, ``eutils_url``, ``api_key``,
``email``, ``refresh``); ``verify(claim_text, record, expect=None)`` judges one claim against one
parsed ``PubMedRecord`` (see ``claimcheck.pubmed.parser.parse_records``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

__all__ = ["__version__", "check", "verify"]

if TYPE_CHECKING:
    from claimcheck.audit import check
    from claimcheck.verification.engine import verify


def __getattr__(name: str) -> Any:
    # Imported on first use so that `claimcheck fetch` and `--help` start quickly.
    if name == "check":
        from claimcheck.audit import check

        return check
    if name == "verify":
        from claimcheck.verification.engine import verify

        return verify
    raise AttributeError(f"module 'claimcheck' has no attribute {name!r}")
