"""One audit run: claims registry -> record store -> verification -> policy -> Report.

This is the library entry point behind both ``claimcheck check`` and ``claimcheck.check()``;
it never prints and never exits.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from claimcheck import __version__
from claimcheck.claims.article import Article, locate, read_article, uncovered_sentences
from claimcheck.claims.loader import LoadedClaims, load_claims
from claimcheck.claims.model import Claim
from claimcheck.config import Settings, resolve_settings
from claimcheck.judging import Task, judge_tasks
from claimcheck.report.model import (
    DEFAULT_FAIL_ON,
    ArticleLocation,
    ClaimResult,
    Finding,
    FindingKind,
    Report,
    Verdict,
    Waiver,
)
from claimcheck.report.policy import apply_policy
from claimcheck.store.outcome import LookupStatus, RecordOutcome
from claimcheck.store.store import RecordStore


@dataclass
class AuditOptions:
    records_dirs: Sequence[Path] = ()
    settings: Settings = field(default_factory=resolve_settings)
    fail_on: Sequence[Verdict] = DEFAULT_FAIL_ON
    allow_unchecked: bool = False
    on_progress: Callable[[str, int, int], None] | None = None  # (stage, done, total)
    warn: Callable[[str], None] | None = None


def check(path: str | Path, options: AuditOptions | None = None, **settings: object) -> Report:
    """Audit the claims file at ``path`` and return the report.

    ``settings`` are passed to :func:`claimcheck.config.resolve_settings` when no ``options``
    are given, e.g. ``check("claims.yaml", offline=True)``.
    """
    if options is None:
        options = AuditOptions(settings=resolve_settings(**settings))  # type: ignore[arg-type]
    loaded = load_claims(path)
    return run_audit(loaded, options)


def run_audit(loaded: LoadedClaims, options: AuditOptions) -> Report:
    article = read_article(loaded.article_path) if loaded.article_path else None
    records_dirs = [*options.records_dirs, *loaded.records_dirs]
    claims = loaded.claims_file.claims
    store_kwargs: dict[str, object] = {"records_dirs": records_dirs}
    if options.warn is not None:
        store_kwargs["warn"] = options.warn
    if options.on_progress is not None:
        store_kwargs["on_progress"] = options.on_progress
    with RecordStore(options.settings, **store_kwargs) as store:  # type: ignore[arg-type]
        pmid_of, doi_failures = _resolve_dois(store, claims)
        wanted = sorted({pmid for pmid in pmid_of.values() if pmid})
        if options.on_progress:
            options.on_progress("fetch", 0, len(wanted))
        outcomes = store.get_many(wanted) if wanted else {}
    results = _judge_all(claims, pmid_of, outcomes, doi_failures, loaded, article, options)
    results, summary, policy = apply_policy(
        results, list(options.fail_on), options.allow_unchecked
    )
    uncovered = []
    if article is not None:
        # The passage itself, not its location: a passage spanning two sentences covers both.
        covered: list[ArticleLocation | str] = [c.quote or c.text for c in claims]
        uncovered = uncovered_sentences(article, covered)
    return Report(
        tool_version=__version__,
        claims_file=str(loaded.path),
        article=str(loaded.article_path) if loaded.article_path else None,
        claims=results,
        uncovered=uncovered,
        summary=summary,
        policy=policy,
    )


def _judge_all(
    claims: Sequence[Claim],
    pmid_of: dict[str, str | None],
    outcomes: dict[str, RecordOutcome],
    doi_failures: dict[str, Finding],
    loaded: LoadedClaims,
    article: Article | None,
    options: AuditOptions,
) -> list[ClaimResult]:
    """Judge every claim; results come back in the claims file's order."""
    # Claims citing one record are judged together so that record's sentence index is built
    # once and stays cached, however the claims file is ordered.
    order = sorted(range(len(claims)), key=lambda i: pmid_of.get(claims[i].id) or "")
    results: dict[int, ClaimResult] = {}
    to_verify: list[int] = []
    tasks: list[Task] = []
    for index in order:
        claim = claims[index]
        pmid = pmid_of.get(claim.id)
        outcome = outcomes.get(pmid) if pmid else None
        unjudged = _not_judgeable(claim, pmid, outcome, doi_failures)
        if unjudged is not None:
            results[index] = unjudged
        else:
            assert outcome is not None and outcome.record is not None
            to_verify.append(index)
            tasks.append(Task(claim, outcome.record))
    done = len(results)
    if options.on_progress:
        options.on_progress("check", done, len(claims))

    def finished(count: int) -> None:
        nonlocal done
        done += count
        if options.on_progress:
            options.on_progress("check", done, len(claims))

    verified = judge_tasks(tasks, options.settings.jobs, finished)
    for index, result in zip(to_verify, verified, strict=True):
        source = outcomes[pmid_of[claims[index].id] or ""].source
        if result.record is not None and source is not None:
            result.record.source = source.value
        results[index] = result
    return [_placed(results[index], claims[index], loaded, article) for index in range(len(claims))]


def _resolve_dois(
    store: RecordStore, claims: Sequence[Claim]
) -> tuple[dict[str, str | None], dict[str, Finding]]:
    """Map each claim id to the PMID it cites; DOI citations go through the store."""
    pmid_of: dict[str, str | None] = {}
    failures: dict[str, Finding] = {}
    for claim in claims:
        if claim.pmid:
            pmid_of[claim.id] = claim.pmid
            continue
        assert claim.doi is not None  # the model requires a pmid or a doi
        outcome = store.resolve_doi(claim.doi)
        pmid_of[claim.id] = outcome.pmid if outcome.status is LookupStatus.FOUND else None
        if outcome.status is LookupStatus.NOT_FOUND:
            failures[claim.id] = Finding(
                kind=FindingKind.CITATION,
                verdict=Verdict.BROKEN_CITATION,
                message=f"PubMed has no record with DOI {claim.doi}",
                claim_says=f"doi:{claim.doi}",
                source_says=outcome.reason or "esearch found no PMID for this DOI",
            )
        elif outcome.status is LookupStatus.UNAVAILABLE:
            failures[claim.id] = _unavailable(
                f"DOI {claim.doi} could not be resolved", outcome.reason
            )
    return pmid_of, failures


def _unavailable(what: str, reason: str | None) -> Finding:
    return Finding(
        kind=FindingKind.AVAILABILITY,
        verdict=Verdict.UNCHECKED,
        message=f"{what}: {reason or 'record unavailable'}; the claim was not judged",
        source_says=reason,
    )


def _not_judgeable(
    claim: Claim,
    pmid: str | None,
    outcome: RecordOutcome | None,
    doi_failures: dict[str, Finding],
) -> ClaimResult | None:
    """The result of a claim whose record cannot be judged against; None when it can be."""
    if claim.id in doi_failures:
        return _unjudged(claim, pmid, doi_failures[claim.id])
    if outcome is None or outcome.status is LookupStatus.UNAVAILABLE:
        reason = outcome.reason if outcome else "no record was looked up"
        return _unjudged(claim, pmid, _unavailable(f"PMID {pmid} could not be obtained", reason))
    if outcome.status is LookupStatus.NOT_FOUND:
        finding = Finding(
            kind=FindingKind.CITATION,
            verdict=Verdict.BROKEN_CITATION,
            message=f"PubMed has no record with PMID {pmid}",
            claim_says=f"PMID {pmid}",
            source_says=outcome.reason or "PubMed returned no record for this PMID",
        )
        return _unjudged(claim, pmid, finding)
    return None


def _unjudged(claim: Claim, pmid: str | None, finding: Finding) -> ClaimResult:
    return ClaimResult(
        id=claim.id,
        pmid=pmid,
        doi=claim.doi,
        text=claim.text,
        verdict=finding.verdict,
        confidence=1.0,
        findings=[finding],
    )


def _placed(
    result: ClaimResult, claim: Claim, loaded: LoadedClaims, article: Article | None
) -> ClaimResult:
    """Add where the claim lives (claims.yaml line, article line:column), note and waiver."""
    result.claims_file_line = loaded.claim_lines.get(claim.id)
    result.note = claim.note
    if claim.waive is not None:
        result.waiver = Waiver(verdict=claim.waive.verdict, reason=claim.waive.reason)
    if article is not None:
        passage = claim.quote or claim.text
        result.location = locate(article, passage)
        if result.location is None:
            result.findings.append(
                Finding(
                    kind=FindingKind.ANCHOR,
                    verdict=Verdict.NOT_IN_SOURCE,
                    message=f"the claim's {'quote' if claim.quote else 'text'} was not found "
                    f"in the article {article.path.name}",
                    claim_says=passage,
                    informational=True,
                )
            )
    return result
