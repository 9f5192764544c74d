"""claimcheck: audit an article's research claims against the PubMed records they cite.

Python API::

    import claimcheck
    report = claimcheck.check("claims.yaml", offline=True)     # -> claimcheck.report.model.Report
    result = claimcheck.verify("59% of patients responded", record)  # -> ClaimResult
"""

from __future__ import annotations

__version__ = "0.1.0"

from claimcheck.audit import check  # noqa: E402
from claimcheck.verify.engine import verify  # noqa: E402

__all__ = ["__version__", "check", "verify"]
