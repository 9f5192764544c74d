"""The engine end to end: real claims of the ketamine article against their records, the
verdict rules, the public API, determinism and the per-record cache."""

from __future__ import annotations

import itertools
import time
from functools import cache
from pathlib import Path

import pytest

from claimcheck.claims.model import Claim, Expect
from claimcheck.pubmed.model import AbstractSection, PublicationType, PubMedRecord
from claimcheck.pubmed.parser import parse_records
from claimcheck.report.model import Finding, FindingKind, Verdict
from claimcheck.verification import engine
from claimcheck.verification.engine import verify, verify_claim
from claimcheck.verification.verdict import decide

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
S, C, N, M, R = (
    Verdict.SUPPORTED,
    Verdict.CONTRADICTED,
    Verdict.NOT_IN_SOURCE,
    Verdict.METADATA_MISMATCH,
    Verdict.RETRACTED,
)


@cache
def record(pmid: str) -> PubMedRecord:
    return parse_records((FIXTURES / f"{pmid}.xml").read_bytes())[0]


# Each verdict judged by reading the abstract; the reason says why.
KETAMINE: list[tuple[str, str, Verdict, str]] = [
    ("30922101", "59% of depressed patients achieved a significant (greater than 50%) reduction "
     "in their symptoms after ketamine infusions", S,
     "'Fifty-nine percent ... met response criteria'; responders had a >=50% MADRS decrease"),
    ("30922101", "69% of depressed patients achieved a significant (greater than 50%) reduction "
     "in their symptoms after ketamine infusions", C, "the abstract says fifty-nine percent"),
    ("30922101", "A recent clinical trial tested ketamine therapy's effects on depression, and "
     "compared the results with patients taking a popular pharmaceutical antidepressant", C,
     "the comparator was midazolam, an active placebo"),
    ("30922101", "one single ketamine infusion was more effective than the pharma drug", C,
     "midazolam was given as an active placebo, not as a drug treatment"),
    ("30922101", "sustained infusions (3x weekly over the course of 2 weeks) provided additional "
     "benefit", S, "six infusions thrice weekly over 2 weeks; cumulative antidepressant effects"),
    ("30922101", "This study was sponsored by a Canadian university", N,
     "the record lists no grants or affiliations"),
    ("10686270", "Medical trials as far back as the year 2000 show ketamine to be effective for "
     "depression", S, "Biol Psychiatry 2000: 'Antidepressant effects of ketamine'"),
    ("10686270", "the linked study finding a ketamine IV to be significantly more effective in "
     "treating depression than placebo", S, "significant improvement after ketamine but not "
     "placebo infusion"),
    ("10686270", "A ketamine IV was significantly less effective than placebo in treating "
     "depression", C, "the direction is reversed"),
    ("17430148", "previous research has shown NMDA dysfunction to be associated with depression",
     S, "'neurotransmission via the NMDA receptor is dysregulated in depression'"),
    ("31743111", "By inhibiting NMDA receptors expressed in GABA neurons, ketamine can block "
     "excitatory glutamate signaling in the brain", C,
     "'Ketamine produces a rapid increase in extracellular glutamate'"),
    ("19158287", "ketamine inhibits HCN1 channels, which may have sedative effects", S,
     "'inhibition of ... HCN1-containing channels'; a substrate for hypnotic actions"),
    ("29532791", "ketamine metabolites can activate mTOR which has effects on prefrontal cortex "
     "functioning", N, "mTOR is only named among downstream mechanisms"),
    ("28757132", "A 2019 medical review on ketamine for depression documented that acute "
     "psychiatric side effects were described in studies", M, "published 2018 (online 2017)"),
    ("28757132", "72% of studies referenced dissociative side effects", N,
     "the abstract gives no shares of studies"),
    ("28757132", "long-term safety data is lacking", S,
     "'limited assessment of long-term use and safety'"),
    ("31082965", "A medical review published in the Anesthesia & Analgesia journal assessed "
     "previous clinical trials of ketamine for pain", S,
     "Anesth Analg; a systematic review and meta-analysis of randomized trials"),
    ("31526207", "A placebo-controlled, double-blinded clinical trial from 2020 tested ketamine "
     "therapy on patients with treatment-resistant anxiety disorders", M,
     "psychoactive (midazolam)-controlled, not placebo-controlled"),
    ("31526207", "The study found that ketamine was more effective than placebo for anxiety", C,
     "the control was midazolam, never called a placebo"),
    ("31526207", "the anxiety improvements after ketamine therapy persisted for up to one week "
     "after a single treatment", S, "'persisted for up to 1 week'"),
    ("29561204", "18 of the 20 patients studied reported significant reductions in anxiety", N,
     "the 18 of 20 improved social/work functioning; no count is given for anxiety"),
    ("29561204", "This study wasn't placebo-controlled", S, "'an uncontrolled open-label study'"),
    ("27261367", "According to a medical review in the Brain Research Bulletin, ketamine does "
     "have the potential for addiction due to its biological effects", S,
     "Brain Res Bull review: 'Ketamine abuse potential'"),
    ("27261367", "it also has the proven potential to help treat addiction to other drugs", C,
     "the review says it 'has been suggested' as a promising approach"),
]  # fmt: skip


@pytest.mark.parametrize(("pmid", "claim", "verdict", "reason"), KETAMINE)
def test_ketamine_claims(pmid: str, claim: str, verdict: Verdict, reason: str) -> None:
    result = verify(claim, record(pmid))
    summary = "; ".join(f"{f.kind.value}:{f.verdict.value}:{f.message}" for f in result.findings)
    assert result.verdict is verdict, f"{reason} -- got {summary}"
    assert any(f.verdict is verdict and not f.informational for f in result.findings)


UNRELATED = [
    "Ketamine reduces the risk of heart attack in elderly patients",
    "Regular exercise lowers blood pressure in adults with hypertension",
    "Vitamin D supplements prevent fractures in older women",
    "Ketamine was approved by the FDA in 1970 as an anesthetic",
    "Smoking cessation improves lung function within a year",
]


@pytest.mark.parametrize("claim", UNRELATED)
@pytest.mark.parametrize("pmid", sorted(p.stem for p in FIXTURES.glob("*.xml")))
def test_unrelated_true_sounding_claims_are_never_supported(claim: str, pmid: str) -> None:
    assert verify(claim, record(pmid)).verdict is not S


def test_every_evidence_span_quotes_the_abstract() -> None:
    for pmid, claim, _, _ in KETAMINE:
        rec = record(pmid)
        for finding in verify(claim, rec).findings:
            if finding.evidence is not None and finding.evidence.span is not None:
                span = finding.evidence.span
                assert rec.abstract_text[span.start : span.end] == finding.evidence.sentence
                for word in finding.evidence.matched_terms:
                    assert word in finding.evidence.sentence, (word, finding.evidence.sentence)


def test_verify_fills_the_claim_result() -> None:
    rec = record("30922101")
    result = verify("59% of participants met response criteria", rec)
    assert (result.id, result.pmid, result.doi) == ("claim", "30922101", rec.doi)
    assert result.text == "59% of participants met response criteria"
    assert result.record is not None and result.record.year == 2019
    assert result.record.journal_abbreviation == "Am J Psychiatry"
    assert 0.0 <= result.confidence <= 1.0


def test_verify_claim_uses_expect_and_quote() -> None:
    claim = Claim(
        id="phillips-drug",
        text="one single ketamine infusion was more effective than the pharma drug",
        quote="compared the results with patients taking a popular pharmaceutical antidepressant",
        pmid="30922101",
        expect=Expect(year=2018),
    )
    result = verify_claim(claim, record("30922101"))
    assert result.id == "phillips-drug" and result.pmid == "30922101"
    kinds = {f.kind: f for f in result.findings}
    assert kinds[FindingKind.EXPECTATION].verdict is M
    assert "antidepressant" in kinds[FindingKind.COMPARATOR].message
    assert result.verdict is C


def test_results_are_deterministic() -> None:
    first = [verify(claim, record(pmid)).model_dump_json() for pmid, claim, _, _ in KETAMINE]
    engine.clear_caches()
    second = [verify(claim, record(pmid)).model_dump_json() for pmid, claim, _, _ in KETAMINE]
    assert first == second


def test_the_record_index_is_built_once_per_record(monkeypatch: pytest.MonkeyPatch) -> None:
    engine.clear_caches()
    built: list[str] = []
    real = engine.build_index

    def counting(rec: PubMedRecord):  # type: ignore[no-untyped-def]
        built.append(rec.pmid)
        return real(rec)

    monkeypatch.setattr(engine, "build_index", counting)
    rec = record("30922101")
    for claim in ("59% of participants responded", "41 participants", "ketamine helped"):
        verify(claim, rec)
    assert built == ["30922101"]
    changed = rec.model_copy(update={"title": "A different title"})
    verify("ketamine helped", changed)
    assert built == ["30922101", "30922101"]  # same PMID, other text: rebuilt, never stale


def test_a_retracted_record_makes_the_claim_retracted() -> None:
    rec = PubMedRecord(
        pmid="5",
        title="Drug X relieves migraine",
        abstract=[AbstractSection(text="Drug X relieved migraine in adults.")],
        publication_types=[PublicationType(name="Retracted Publication")],
    )
    result = verify("Drug X relieved migraine in adults", rec)
    assert result.verdict is R and result.record is not None and result.record.retracted


def _finding(verdict: Verdict, *, confidence: float = 1.0, informational: bool = False) -> Finding:
    return Finding(
        kind=FindingKind.SUPPORT,
        verdict=verdict,
        message="m",
        confidence=confidence,
        informational=informational,
    )


def test_decide_takes_the_most_serious_finding() -> None:
    order = [S, N, M, C, Verdict.BROKEN_CITATION, R]
    for weaker, stronger in itertools.pairwise(order):
        assert decide([_finding(weaker), _finding(stronger)])[0] is stronger
        assert decide([_finding(stronger), _finding(weaker)])[0] is stronger


def test_decide_needs_a_supporting_finding_for_supported() -> None:
    assert decide([]) == (N, 0.3)
    assert decide([_finding(C, informational=True)])[0] is N
    verdict, confidence = decide([_finding(S, confidence=0.9), _finding(S, confidence=0.6)])
    assert (verdict, confidence) == (S, 0.6)  # every part must hold: the weakest bounds it
    assert decide([_finding(C, confidence=0.5), _finding(C, confidence=0.8)]) == (C, 0.8)


@pytest.mark.slow
def test_many_claims_verify_in_linear_time() -> None:
    records = [record(p.stem) for p in sorted(FIXTURES.glob("*.xml"))]
    claims = [f"{claim} in {i} patients" for i, (_, claim, _, _) in enumerate(KETAMINE * 20)]
    engine.clear_caches()
    start = time.perf_counter()
    for i, claim in enumerate(claims):
        verify(claim, records[i % len(records)])
    elapsed = time.perf_counter() - start
    # ~500 distinct claims; generous bound so a busy CI machine does not fail it.
    assert elapsed < 15, f"{len(claims)} claims took {elapsed:.1f}s"
