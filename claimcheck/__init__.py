"""claimcheck: audit an article's research claims against the PubMed records they cite."""

from __future__ import annotations

__version__ = "0.1.0"
