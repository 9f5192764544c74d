"""What the title names is what every abstract sentence is about ("the intact protein")."""

from __future__ import annotations

import claimcheck
from claimcheck.pubmed.model import AbstractSection, PubMedRecord
from claimcheck.report.model import FindingKind, Verdict
from claimcheck.verification.assertions import extract_assertions
from claimcheck.verification.checks.common import retrieve
from claimcheck.verification.index import build_index

RECORD = PubMedRecord(
    pmid="1",
    title="Magnetic studies of Chromatium flavocytochrome c552",
    abstract=[
        AbstractSection(
            text="Below 45 K the two low-spin heme irons of the intact protein are "
            "distinguishable and give separate EPR signals. The flavin is reduced by dithionite."
        )
    ],
)


def support(claim: str) -> Verdict:
    (finding,) = [
        f for f in claimcheck.verify(claim, RECORD).findings if f.kind is FindingKind.SUPPORT
    ]
    return finding.verdict


def test_title_words_count_in_an_abstract_sentence_that_does_not_repeat_them() -> None:
    claim = "In Chromatium flavocytochrome c552 two low-spin heme irons give separate EPR signals."
    index = build_index(RECORD)
    terms = extract_assertions(claim).key_terms
    plain = max(h.coverage for h in retrieve(index, terms) if h.sentence.in_abstract)
    credited = max(
        h.coverage for h in retrieve(index, terms, title_credit=True) if h.sentence.in_abstract
    )
    assert credited > plain
    assert support(claim) is Verdict.SUPPORTED


def test_the_title_never_backs_what_no_sentence_says() -> None:
    claim = "In Chromatium flavocytochrome c552 the heme irons bind oxygen irreversibly."
    assert support(claim) is Verdict.NOT_IN_SOURCE
