"""``claimcheck fetch``: write PubMed records into a folder as ``<PMID>.xml``, NCBI's bytes as sent.

The folder can later serve as ``--records``. ``--out`` names an output folder, so the
``<PMID>.xml`` of each PMID asked for is (re)written there; no other file in it is touched.
Records come from the cache or NCBI, never from records folders: recording fixtures must not
copy old files over themselves.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import click

from claimcheck.claims.model import PMID_PATTERN
from claimcheck.config import Settings, resolve_settings
from claimcheck.errors import InputError
from claimcheck.output import replace_atomically, temporary_files_of
from claimcheck.progress import ProgressBar
from claimcheck.store.outcome import LookupStatus, RecordOutcome, RecordSource
from claimcheck.store.store import RecordStore

EXIT_OK = 0
EXIT_NOT_FOUND = 1
EXIT_UNAVAILABLE = 3
_FILE_MODE = 0o644
LEFTOVER_AGE_SECONDS = 600


@dataclass
class FetchSummary:
    fetched: int = 0
    from_cache: int = 0
    not_found: list[str] = field(default_factory=list)  # one line per missing PMID or DOI
    failed: list[str] = field(default_factory=list)  # one line per PMID that could not be had
    written: int = 0

    @property
    def exit_code(self) -> int:
        # As in `check`: a definite answer (no such record) outranks a failure to ask.
        if self.not_found:
            return EXIT_NOT_FOUND
        if self.failed:
            return EXIT_UNAVAILABLE
        return EXIT_OK

    def line(self, out_dir: Path) -> str:
        files = "file" if self.written == 1 else "files"
        return (f"fetched {self.fetched}, from cache {self.from_cache}, "
                f"not found {len(self.not_found)}, failed {len(self.failed)}; "
                f"wrote {self.written} {files} to {out_dir}")


def run_fetch(
    *,
    pmids: Sequence[str],
    claims_yaml: str | None,
    out_dir: str,
    eutils_url: str | None = None,
    api_key: str | None = None,
    email: str | None = None,
    cache_dir: str | None = None,
    refresh: bool = False,
    deadline: str | None = None,
) -> int:
    wanted = _checked_pmids(pmids)
    if not wanted and not claims_yaml:
        raise InputError("give PMIDs to fetch or --from CLAIMS_YAML", field="PMID")
    dois: dict[str, list[str]] = {}  # DOI -> ids of the claims citing it
    if claims_yaml:
        from claimcheck.claims.loader import load_claims

        for claim in load_claims(claims_yaml).claims_file.claims:
            if claim.pmid:
                wanted.append(claim.pmid)
            elif claim.doi:
                dois.setdefault(claim.doi, []).append(claim.id)
    settings = resolve_settings(eutils_url=eutils_url, api_key=api_key, email=email,
                                cache_dir=cache_dir, refresh=refresh, deadline=deadline)
    out = _output_folder(Path(out_dir))
    summary = FetchSummary()
    progress = ProgressBar(stream=sys.stderr)
    with RecordStore(settings, on_progress=progress.update,
                     warn=lambda message: _say(settings, f"warning: {message}")) as store:
        try:
            wanted.extend(_resolve_dois(store, dois, summary, settings))
            outcomes = store.get_many(list(dict.fromkeys(wanted))) if wanted else {}
        finally:
            progress.close()
    _sweep_leftovers(out, settings)
    for outcome in outcomes.values():
        _settle(outcome, out, summary, settings)
    click.echo(summary.line(out))
    return summary.exit_code


def _checked_pmids(values: Iterable[str]) -> list[str]:
    pmids = []
    for value in values:
        text = value.strip()
        if not PMID_PATTERN.match(text):
            raise InputError(f"{value!r} is not a PMID (digits only, e.g. 30922101)",
                             field="PMID")
        pmids.append(text)
    return pmids


def _output_folder(path: Path) -> Path:
    if path.exists() and not path.is_dir():
        raise InputError("exists and is not a folder", path=str(path), field="--out")
    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise InputError(f"cannot create the folder: {error.strerror}", path=str(path),
                         field="--out") from error
    return path


def _resolve_dois(
    store: RecordStore, dois: dict[str, list[str]], summary: FetchSummary, settings: Settings
) -> list[str]:
    pmids = []
    for doi, claim_ids in dois.items():
        outcome = store.resolve_doi(doi)
        cited_by = f"claim{'s' if len(claim_ids) > 1 else ''} {', '.join(claim_ids)}"
        if outcome.status is LookupStatus.FOUND and outcome.pmid:
            pmids.append(outcome.pmid)
        elif outcome.status is LookupStatus.NOT_FOUND:
            summary.not_found.append(f"DOI {doi}")
            _say(settings, f"DOI {doi} ({cited_by}): no PubMed record has this DOI")
        else:
            summary.failed.append(f"DOI {doi}")
            _say(settings, f"DOI {doi} ({cited_by}): could not be resolved: "
                 f"{outcome.reason or 'E-utilities unavailable'}")
    return pmids


def _settle(outcome: RecordOutcome, out: Path, summary: FetchSummary, settings: Settings) -> None:
    pmid = outcome.pmid
    if outcome.status is LookupStatus.NOT_FOUND:
        summary.not_found.append(pmid)
        _say(settings, f"PMID {pmid}: not found in PubMed")
        return
    if outcome.status is LookupStatus.UNAVAILABLE or outcome.raw_xml is None:
        summary.failed.append(pmid)
        _say(settings, f"PMID {pmid}: could not be fetched: "
             f"{outcome.reason or 'E-utilities unavailable'}")
        return
    try:
        _write_if_changed(out / f"{pmid}.xml", outcome.raw_xml)
    except OSError as error:
        summary.failed.append(pmid)
        _say(settings, f"PMID {pmid}: could not write {out / f'{pmid}.xml'}: "
             f"{error.strerror or error}")
        return
    summary.written += 1
    if outcome.source is RecordSource.NETWORK:
        summary.fetched += 1
    else:
        summary.from_cache += 1


def _write_if_changed(path: Path, data: bytes) -> None:
    """Atomically (temporary file + rename): a reader never sees half a record."""
    if path.is_file() and path.read_bytes() == data:
        return
    replace_atomically(path, data, _FILE_MODE)


def _sweep_leftovers(out: Path, settings: Settings) -> None:
    """Remove the temporary files a killed fetch left in ``out`` (hidden ``.<PMID>.xml.*.tmp``);
    recent ones may belong to a fetch still running into the same folder, so they stay."""
    now = time.time()
    for path in temporary_files_of(out, r"\d+\.xml"):
        try:
            if now - path.stat().st_mtime > LEFTOVER_AGE_SECONDS:
                path.unlink()
                _say(settings, f"removed {path.name}, left by an interrupted fetch")
        except OSError:
            pass  # gone already, or not ours to remove: it does no harm where it is


def _say(settings: Settings, message: str) -> None:
    one_line = " ".join(settings.redact(message).split())
    click.echo(f"claimcheck: {one_line}", err=True)
