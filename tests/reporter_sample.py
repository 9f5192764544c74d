"""A hand-made report for the reporter tests: every verdict, waivers, uncovered sentences, and
hostile text (HTML, Markdown, workflow commands, ANSI escapes, quotes, unicode, line breaks).

The policy is applied with the real :func:`apply_policy`, so the sample is what the check
command would hand the reporters.
"""

from __future__ import annotations

from claimcheck.report.model import (
    ArticleLocation,
    ClaimResult,
    Evidence,
    Finding,
    FindingKind,
    RecordSummary,
    Report,
    Span,
    UncoveredSentence,
    Verdict,
    Waiver,
)
from claimcheck.report.policy import apply_policy, parse_fail_on

ARTICLE = "articles/sample.txt"
CLAIMS_FILE = "claims.yaml"

SCRIPT = "<script>window.__claimcheckPwned = 1; alert(1)</script>"
IMG = '<img src=x onerror="window.__claimcheckPwned = 2">'
HOSTILE_TEXT = (
    f"Ketamine beat placebo {SCRIPT} & \"double\" 'single' — ünïcødé 59 % "
    "**bold** [link](javascript:alert(1)) | cell | `tick` #1\n"
    "::error file=evil.yaml,line=1::forged %0A annotation\r\n\x1b[31mred\x1b[0m \u202egnp.exe"
)

PHILLIPS_ABSTRACT = (
    "OBJECTIVE: The authors assessed the efficacy of single and repeated ketamine infusions. "
    "RESULTS: Fifty-nine percent of participants met response criteria after six infusions. "
    "Ketamine was superior to midazolam after a single infusion."
)
PHILLIPS_EVIDENCE = "Fifty-nine percent of participants met response criteria after six infusions."
MIDAZOLAM_EVIDENCE = "Ketamine was superior to midazolam after a single infusion."
HOSTILE_ABSTRACT = (
    f"Background {SCRIPT} matters. The response rate was 41% (n = 20) & not 59%. Ünïcødé tail."
)
HOSTILE_EVIDENCE = "The response rate was 41% (n = 20) & not 59%."


def _span(abstract: str, sentence: str) -> Span:
    start = abstract.index(sentence)
    return Span(start=start, end=start + len(sentence))


def _phillips(**changes: object) -> RecordSummary:
    record = RecordSummary(
        pmid="30922101",
        title="Single and repeated ketamine infusions for treatment-resistant depression",
        journal="The American journal of psychiatry",
        journal_abbreviation="Am J Psychiatry",
        year=2019,
        doi="10.1176/appi.ajp.2018.18070834",
        publication_types=["Randomized Controlled Trial"],
        url="https://pubmed.ncbi.nlm.nih.gov/30922101/",
        abstract=PHILLIPS_ABSTRACT,
        source="records-folder",
    )
    return record.model_copy(update=changes)


def sample_claims() -> list[ClaimResult]:
    """One claim per verdict plus a hostile one and a stale waiver, in claims-file order."""
    return [
        ClaimResult(
            id="phillips-59-percent",
            pmid="30922101",
            text="59% of depressed patients achieved a significant reduction in symptoms.",
            verdict=Verdict.SUPPORTED,
            confidence=0.92,
            findings=[
                Finding(
                    kind=FindingKind.QUANTITY,
                    verdict=Verdict.SUPPORTED,
                    message="the abstract gives the same share of responders",
                    claim_says="59%",
                    source_says="fifty-nine percent",
                    evidence=Evidence(
                        sentence=PHILLIPS_EVIDENCE,
                        span=_span(PHILLIPS_ABSTRACT, PHILLIPS_EVIDENCE),
                        section="RESULTS",
                        matched_terms=["Fifty-nine percent", "response"],
                    ),
                    confidence=0.92,
                )
            ],
            record=_phillips(),
            location=ArticleLocation(path=ARTICLE, line=3, column=1),
            claims_file_line=4,
        ),
        ClaimResult(
            id='hostile-<b>id</b>&"quote"',
            pmid="11111111",
            text=HOSTILE_TEXT,
            verdict=Verdict.CONTRADICTED,
            confidence=0.8,
            findings=[
                Finding(
                    kind=FindingKind.QUANTITY,
                    verdict=Verdict.CONTRADICTED,
                    message=f"the abstract gives 41%, not 59% {SCRIPT}",
                    claim_says="59 % <i>",
                    source_says='41% & "n = 20"',
                    evidence=Evidence(
                        sentence=HOSTILE_EVIDENCE,
                        span=_span(HOSTILE_ABSTRACT, HOSTILE_EVIDENCE),
                        section="RESULTS",
                        matched_terms=["41%", "response"],
                    ),
                    confidence=0.8,
                ),
                Finding(
                    kind=FindingKind.ANCHOR,
                    verdict=Verdict.NOT_IN_SOURCE,
                    message="the claim's text was not found in the article sample.txt",
                    informational=True,
                ),
            ],
            record=RecordSummary(
                pmid="11111111",
                title=f"A <b>bold</b> title & {IMG}",
                journal='Journal of "Quoted" & <Angled> Results',
                year=2021,
                url="javascript:alert(1)",
                abstract=HOSTILE_ABSTRACT,
                source="cache",
            ),
            claims_file_line=8,
            note=f"editor's note {SCRIPT}",
        ),
        ClaimResult(
            id="phillips-sponsor",
            pmid="30922101",
            text="This study was sponsored by a Canadian university.",
            verdict=Verdict.NOT_IN_SOURCE,
            confidence=0.6,
            findings=[
                Finding(
                    kind=FindingKind.FUNDER,
                    verdict=Verdict.NOT_IN_SOURCE,
                    message="the record names no funder or sponsor",
                    claim_says="a Canadian university",
                )
            ],
            record=_phillips(),
            location=ArticleLocation(path=ARTICLE, line=5, column=12),
            claims_file_line=13,
            note="sponsorship is only in the full text",
        ),
        ClaimResult(
            id="short-2019-review",
            pmid="29153898",
            text="A 2019 review found adverse effects in 38% of studies.",
            verdict=Verdict.METADATA_MISMATCH,
            confidence=0.95,
            findings=[
                Finding(
                    kind=FindingKind.YEAR,
                    verdict=Verdict.METADATA_MISMATCH,
                    message="the review was published in 2018, not 2019",
                    claim_says="2019",
                    source_says="2018",
                    evidence=Evidence(sentence="PubDate: 2018 Jan", section="PubDate"),
                )
            ],
            record=RecordSummary(
                pmid="29153898",
                title="Side-effects associated with ketamine use in depression",
                journal="The lancet. Psychiatry",
                year=2018,
                url="https://pubmed.ncbi.nlm.nih.gov/29153898/",
            ),
            location=ArticleLocation(path=ARTICLE, line=9, column=5),
            claims_file_line=17,
            waiver=Waiver(
                verdict=Verdict.METADATA_MISMATCH,
                reason="online first in 2017; the editor accepts the print year",
            ),
        ),
        ClaimResult(
            id="retracted-study",
            pmid="22222222",
            text="A landmark study proved the effect.",
            verdict=Verdict.RETRACTED,
            confidence=1.0,
            findings=[
                Finding(
                    kind=FindingKind.RETRACTION,
                    verdict=Verdict.RETRACTED,
                    message="the cited record is a Retracted Publication",
                    source_says="Retracted Publication",
                ),
                Finding(
                    kind=FindingKind.NOTICE,
                    verdict=Verdict.SUPPORTED,
                    message="an erratum was published (PMID 33333333)",
                    informational=True,
                ),
            ],
            record=RecordSummary(
                pmid="22222222",
                title="A retracted landmark study",
                journal="Retraction Journal",
                year=2015,
                url="https://pubmed.ncbi.nlm.nih.gov/22222222/",
                retracted=True,
                publication_types=["Journal Article", "Retracted Publication"],
            ),
            location=ArticleLocation(path=ARTICLE, line=11, column=1),
            claims_file_line=21,
        ),
        ClaimResult(
            id="missing-pmid",
            pmid="99999999",
            text="Another study agreed.",
            verdict=Verdict.BROKEN_CITATION,
            confidence=1.0,
            findings=[
                Finding(
                    kind=FindingKind.CITATION,
                    verdict=Verdict.BROKEN_CITATION,
                    message="PubMed has no record with PMID 99999999",
                    claim_says="PMID 99999999",
                    source_says="PubMed returned no record for this PMID",
                )
            ],
            claims_file_line=25,
        ),
        ClaimResult(
            id="lowe-meta",
            doi="10.2174/1568026620666200423094423",
            text="A meta-study found the therapy effective.",
            verdict=Verdict.UNCHECKED,
            confidence=1.0,
            findings=[
                Finding(
                    kind=FindingKind.AVAILABILITY,
                    verdict=Verdict.UNCHECKED,
                    message="DOI 10.2174/1568026620666200423094423 could not be resolved: "
                    "offline; the claim was not judged",
                )
            ],
            location=ArticleLocation(path=ARTICLE, line=14, column=3),
            claims_file_line=29,
        ),
        ClaimResult(
            id="stale-waiver",
            pmid="30922101",
            text="The trial compared ketamine with an antidepressant.",
            verdict=Verdict.CONTRADICTED,
            confidence=0.85,
            findings=[
                Finding(
                    kind=FindingKind.COMPARATOR,
                    verdict=Verdict.CONTRADICTED,
                    message="the comparator was midazolam, not an antidepressant",
                    claim_says="an antidepressant",
                    source_says="midazolam",
                    evidence=Evidence(
                        sentence=MIDAZOLAM_EVIDENCE,
                        span=_span(PHILLIPS_ABSTRACT, MIDAZOLAM_EVIDENCE),
                        section="RESULTS",
                        matched_terms=["midazolam"],
                    ),
                )
            ],
            record=_phillips(),
            location=ArticleLocation(path=ARTICLE, line=2, column=1),
            claims_file_line=33,
            waiver=Waiver(verdict=Verdict.NOT_IN_SOURCE, reason="waived before the check improved"),
        ),
    ]


def sample_uncovered() -> list[UncoveredSentence]:
    return [
        UncoveredSentence(
            text="Studies show 70% of patients relapse within a month.",
            line=20,
            column=1,
            reason="states a research finding (a percentage) that no claim covers",
        ),
        UncoveredSentence(
            text=f"Research proves {SCRIPT} cures everything.",
            line=22,
            column=7,
            reason="attributes a finding to research",
        ),
    ]


def sample_report(
    *, fail_on: str | None = None, strict: bool = False, allow_unchecked: bool = False
) -> Report:
    """The sample claims under a policy built like the command line does."""
    verdicts = parse_fail_on(fail_on, strict)
    claims, summary, policy = apply_policy(sample_claims(), verdicts, allow_unchecked)
    return Report(
        tool_version="0.1.0",
        claims_file=CLAIMS_FILE,
        article=ARTICLE,
        claims=claims,
        uncovered=sample_uncovered(),
        summary=summary,
        policy=policy,
    )
