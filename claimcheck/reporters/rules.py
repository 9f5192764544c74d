"""What each verdict and finding kind means, written once for SARIF, the reports and the docs.

SARIF's ``tool.driver.rules`` is built from :data:`RULES` (one rule per verdict), and
``docs/reports.md`` lists the same ids and short descriptions (a test keeps the two in step).
:data:`KIND_LABELS` gives the plain words for what a finding compared.
"""

from __future__ import annotations

from dataclasses import dataclass

from claimcheck.report.model import FindingKind, Verdict


@dataclass(frozen=True)
class Rule:
    """One verdict as a reportable rule: stable id, a one-line and a full description, help."""

    id: str
    name: str
    verdict: Verdict
    short: str
    full: str
    help: str


RULES: dict[Verdict, Rule] = {
    rule.verdict: rule
    for rule in (
        Rule(
            id="CC000",
            name="supported",
            verdict=Verdict.SUPPORTED,
            short="The cited record backs the claim.",
            full="Every checkable part of the claim is backed by the abstract or the record's "
            "metadata.",
            help="Nothing to do. The evidence sentence shows where the abstract says it.",
        ),
        Rule(
            id="CC001",
            name="contradicted",
            verdict=Verdict.CONTRADICTED,
            short="The cited record says something incompatible with the claim.",
            full="The abstract or record gives another number for the same quantity, the "
            "opposite direction or significance, a different comparator or dose, or a weaker "
            "certainty than the claim states.",
            help="Read the evidence sentence and reword the claim to match the source, or cite "
            "a source that supports it as written.",
        ),
        Rule(
            id="CC002",
            name="metadata-mismatch",
            verdict=Verdict.METADATA_MISMATCH,
            short="What the claim says about the cited work disagrees with the record.",
            full="The claim's description of the cited work (year, journal, study design such "
            "as randomized, placebo-controlled or meta-analysis, sample size, country) "
            "disagrees with the PubMed record.",
            help="Correct the description of the study (year, journal, design, size) or check "
            "that the right PMID is cited.",
        ),
        Rule(
            id="CC003",
            name="retracted",
            verdict=Verdict.RETRACTED,
            short="The cited record has been retracted.",
            full="PubMed marks the cited record as a Retracted Publication or links it to a "
            "retraction notice. Errata and expressions of concern are notes, not retractions.",
            help="Remove the claim or cite a source that has not been retracted.",
        ),
        Rule(
            id="CC004",
            name="broken-citation",
            verdict=Verdict.BROKEN_CITATION,
            short="PubMed has no record for the cited PMID or DOI.",
            full="PubMed answered without a record for the cited PMID, or the DOI resolves to "
            "no PubMed record. This is PubMed's answer, not a network failure.",
            help="Fix the PMID or DOI in claims.yaml; search PubMed for the study's title.",
        ),
        Rule(
            id="CC005",
            name="not-in-source",
            verdict=Verdict.NOT_IN_SOURCE,
            short="The abstract and record neither back nor contradict the claim.",
            full="claimcheck reads abstracts and record metadata only: the claim may rest on "
            "the full text, a table or a supplement. The finding says what was missing. It "
            "fails the run only with --strict or --fail-on NOT_IN_SOURCE.",
            help="Check the full text by hand; quote the passage in the claim's note, or waive "
            "the verdict in claims.yaml with a reason.",
        ),
        Rule(
            id="CC006",
            name="unchecked",
            verdict=Verdict.UNCHECKED,
            short="The cited record could not be obtained, so the claim was not judged.",
            full="The record was not in a --records folder or the cache and could not be "
            "fetched (network failure, or --offline); rarely, claimcheck itself failed while "
            "judging the claim (an 'internal error' finding). This is never a judgement of the "
            "claim. The run exits 3 unless --allow-unchecked.",
            help="Run again online, or fetch the record once with `claimcheck fetch` into a "
            "records folder. An internal error is a bug: please report it with the claim and "
            "its PMID.",
        ),
    )
}

KIND_LABELS: dict[FindingKind, str] = {
    FindingKind.QUANTITY: "number",
    FindingKind.YEAR: "publication year",
    FindingKind.JOURNAL: "journal",
    FindingKind.DESIGN: "study design",
    FindingKind.SAMPLE_SIZE: "sample size",
    FindingKind.COMPARATOR: "comparator",
    FindingKind.DIRECTION: "direction of effect",
    FindingKind.SIGNIFICANCE: "statistical significance",
    FindingKind.CERTAINTY: "certainty",
    FindingKind.POPULATION: "population",
    FindingKind.COUNTRY: "country",
    FindingKind.FUNDER: "funder",
    FindingKind.ROUTE: "route of administration",
    FindingKind.SUPPORT: "statement",
    FindingKind.RETRACTION: "retraction",
    FindingKind.NOTICE: "notice",
    FindingKind.CITATION: "citation",
    FindingKind.AVAILABILITY: "record availability",
    FindingKind.ANCHOR: "place in the article",
    FindingKind.EXPECTATION: "expected fact",
    FindingKind.INTERNAL: "internal error",
}


def rule_for(verdict: Verdict) -> Rule:
    """The rule that describes ``verdict``."""
    return RULES[verdict]


def kind_label(kind: FindingKind) -> str:
    """Plain words for what a finding of ``kind`` compared."""
    return KIND_LABELS.get(kind, kind.value.replace("_", " "))
