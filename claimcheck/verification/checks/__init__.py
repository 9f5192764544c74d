"""One module per check; each reads the claim's assertions and the record, and returns findings.

Every check has the signature ``check(assertions, record, index) -> list[Finding]``; the engine
runs them in a fixed order (:data:`claimcheck.verification.engine.CHECKS`).
"""
