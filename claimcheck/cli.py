"""The ``claimcheck`` command: parses flags, delegates to ``claimcheck.commands``."""

from __future__ import annotations

import sys

import click

from claimcheck import __version__
from claimcheck.errors import InputError
from claimcheck.logsetup import configure_logging

FORMATS = ("text", "json", "markdown", "html", "junit", "sarif", "github")


def _network_options(func):  # type: ignore[no-untyped-def]
    options = [
        click.option(
            "--eutils-url",
            metavar="URL",
            help="E-utilities base URL [env CLAIMCHECK_EUTILS_URL; default NCBI's].",
        ),
        click.option(
            "--api-key",
            metavar="KEY",
            help="NCBI API key [env NCBI_API_KEY]; "
            "raises the rate limit from 3 to 10 requests/s. Never printed.",
        ),
        click.option(
            "--email",
            metavar="ADDR",
            help="Contact e-mail sent to NCBI with every request [env NCBI_EMAIL].",
        ),
        click.option(
            "--cache-dir",
            metavar="DIR",
            type=click.Path(file_okay=False),
            help="Record cache folder [env CLAIMCHECK_CACHE_DIR; default: the user "
            "cache directory].",
        ),
        click.option(
            "--deadline",
            metavar="SECONDS",
            help="Seconds allowed for all of the "
            "run's requests to NCBI together, counted from the first [env "
            "CLAIMCHECK_DEADLINE; default: 300].",
        ),
    ]
    for option in reversed(options):
        func = option(func)
    return func


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="claimcheck")
@click.option(
    "--debug",
    is_flag=True,
    help="Log requests, retries and cache use to stderr (the API key is masked).",
)
def main(debug: bool) -> None:
    """Audit an article's research claims against the PubMed records they cite."""
    configure_logging(debug)


@main.command()
@click.argument("claims_yaml", type=click.Path(dir_okay=False))
@click.option(
    "--records",
    "records_dirs",
    multiple=True,
    metavar="DIR",
    type=click.Path(file_okay=False),
    help="Folder of <PMID>.xml efetch files, read before the cache and the network (repeatable).",
)
@click.option(
    "--offline",
    is_flag=True,
    help="Never touch the network; records not found locally make their claims UNCHECKED.",
)
@_network_options
@click.option("--refresh", is_flag=True, help="Refetch records even when the cache is fresh.")
@click.option(
    "--format",
    "output_format",
    type=click.Choice(FORMATS),
    default="text",
    show_default=True,
    help="Report format.",
)
@click.option(
    "--output",
    metavar="FILE",
    type=click.Path(dir_okay=False),
    help="Write the report to FILE instead of stdout.",
)
@click.option(
    "--report",
    "extra_reports",
    multiple=True,
    metavar="FORMAT=PATH",
    help="Also write the report in FORMAT to PATH (repeatable).",
)
@click.option(
    "--fail-on",
    metavar="V1,V2,...",
    help="Verdicts that fail the run (exit 1) [default: CONTRADICTED,"
    "METADATA_MISMATCH,RETRACTED,BROKEN_CITATION].",
)
@click.option("--strict", is_flag=True, help="Also fail on NOT_IN_SOURCE.")
@click.option(
    "--allow-unchecked",
    is_flag=True,
    help="Exit 0 rather than 3 when some claims are UNCHECKED and none fails.",
)
@click.option(
    "--jobs",
    type=click.IntRange(min=1),
    metavar="N",
    help="Worker processes that judge claims [env CLAIMCHECK_JOBS; default: one per "
    "CPU core; audits under 400 claims always use one].",
)
def check(**options: object) -> None:
    """Check every claim of CLAIMS_YAML against the PubMed record it cites.

    \b
    Exit codes: 0 no claim has a verdict in --fail-on; 1 some claim does;
    2 bad input or usage; 3 some claims UNCHECKED (unless --allow-unchecked).
    """
    from claimcheck.commands.check import run_check

    _exit(run_check, options)


@main.command()
@click.argument("pmids", nargs=-1)
@click.option(
    "--from",
    "claims_yaml",
    metavar="CLAIMS_YAML",
    type=click.Path(dir_okay=False),
    help="Fetch every PMID the claims file cites.",
)
@click.option(
    "--out",
    "out_dir",
    required=True,
    metavar="DIR",
    type=click.Path(file_okay=False),
    help="Folder to write <PMID>.xml files into.",
)
@_network_options
@click.option("--refresh", is_flag=True, help="Refetch records even when the cache is fresh.")
def fetch(**options: object) -> None:
    """Fetch PubMed records into DIR as <PMID>.xml (usable later with --records).

    \b
    Exit codes: 0 all written; 1 some PMIDs do not exist (named);
    2 usage; 3 some could not be fetched after retries.
    """
    from claimcheck.commands.fetch import run_fetch

    _exit(run_fetch, options)


@main.command()
@click.option(
    "--report",
    "report_schema",
    is_flag=True,
    help="Print the JSON Schema of the JSON report instead of claims.yaml's.",
)
def schema(report_schema: bool) -> None:
    """Print the JSON Schema of claims.yaml (or of the JSON report)."""
    from claimcheck.commands.schema import run_schema

    _exit(run_schema, {"report_schema": report_schema})


def _exit(command, options) -> None:  # type: ignore[no-untyped-def]
    try:
        code = command(**options)
    except InputError as error:
        click.echo(f"claimcheck: error: {error.one_line()}", err=True)
        sys.exit(2)
    sys.exit(code or 0)
