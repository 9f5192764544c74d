"""claimcheck's benchmarks: ``python -m bench`` (performance, docs/benchmarks.md) and
``python bench/accuracy.py`` (verdict accuracy on the held-out set, docs/accuracy.md)."""
