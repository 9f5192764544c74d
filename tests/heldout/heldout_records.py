"""Cut Biopython's multi-record efetch samples into one ``<PMID>.xml`` file per record.

Every output file is made only of byte slices of its source: the source's prologue (XML
declaration, DOCTYPE, ``<PubmedArticleSet>``), one ``<PubmedArticle>...</PubmedArticle>`` span,
and the closing ``</PubmedArticleSet>``; a single-record source is copied whole. Nothing is
re-serialised, so the records stay exactly as NCBI sent them.

Regenerate the held-out records with ``python tests/heldout/heldout_records.py``.
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import yaml
from defusedxml import ElementTree

from claimcheck.pubmed.model import PubMedRecord
from claimcheck.pubmed.parser import parse_records

HELDOUT_DIR = Path(__file__).resolve().parent
RECORDS_DIR = HELDOUT_DIR / "records"
SAMPLES_DIR = HELDOUT_DIR.parents[2] / "shared" / "eutils-samples"
SAMPLE_FILES = ("pubmed1.xml", "pubmed2.xml", "pubmed4.xml", "pubmed5.xml", "pubmed6.xml")

_SET_OPEN = re.compile(rb"<PubmedArticleSet>[ \t]*\r?\n?")
_SET_CLOSE = b"</PubmedArticleSet>"
_ARTICLE = re.compile(rb"<PubmedArticle>.*?</PubmedArticle>", re.DOTALL)
_PMID = re.compile(rb"<MedlineCitation\b[^>]*>\s*<PMID\b[^>]*>(\d+)</PMID>")


def split_efetch_set(data: bytes) -> dict[str, bytes]:
    """Map each PMID of an efetch ``PubmedArticleSet`` to a one-record set cut from ``data``.

    A set that already holds a single record is returned whole, byte for byte.
    """
    opening = _SET_OPEN.search(data)
    if opening is None or _SET_CLOSE not in data:
        raise ValueError("not a PubmedArticleSet")
    prologue = data[: opening.end()]
    records: dict[str, bytes] = {}
    for article in _ARTICLE.finditer(data, opening.end()):
        pmid = _PMID.search(article.group(0))
        if pmid is None:
            raise ValueError(f"PubmedArticle at byte {article.start()} has no PMID")
        records[pmid.group(1).decode("ascii")] = prologue + article.group(0) + _SET_CLOSE
    if len(records) == 1:
        return dict.fromkeys(records, data)
    return records


def records_from_samples(samples_dir: Path = SAMPLES_DIR) -> dict[str, bytes]:
    """Every record of the sample files, keyed by PMID."""
    records: dict[str, bytes] = {}
    for name in SAMPLE_FILES:
        records.update(split_efetch_set((samples_dir / name).read_bytes()))
    return records


@dataclass(frozen=True)
class RecordInfo:
    """What the held-out set's documentation and integrity checks need from one record."""

    pmid: str
    path: Path
    title: str
    journal: str
    year: str
    has_abstract: bool
    text: str  # every text node of the record, whitespace-normalised, for quote look-ups


def record_folders(claims_file: Path) -> list[Path]:
    """The ``records:`` folders of a claims file, resolved against the file's own folder."""
    data = yaml.safe_load(claims_file.read_text(encoding="utf-8"))
    return [(claims_file.parent / folder).resolve() for folder in data.get("records", [])]


def find_record(pmid: str, folders: list[Path]) -> list[Path]:
    """Every ``<PMID>.xml`` for ``pmid`` in the folders (exactly one is expected)."""
    return [folder / f"{pmid}.xml" for folder in folders if (folder / f"{pmid}.xml").is_file()]


def normalise_text(text: str) -> str:
    """Collapse whitespace and unify dashes and minus signs, for comparing quotes."""
    text = re.sub(r"[\u2010-\u2015\u2212]", "-", text)
    return " ".join(text.split())


def describe_record(path: Path) -> RecordInfo:
    root = ElementTree.parse(path).getroot()
    article = root.find("PubmedArticle/MedlineCitation/Article")
    if article is None:
        raise ValueError(f"{path}: no PubmedArticle/MedlineCitation/Article")
    pub_date = article.find("Journal/JournalIssue/PubDate")
    year = "" if pub_date is None else (pub_date.findtext("Year") or "")
    if not year and pub_date is not None:
        year = (pub_date.findtext("MedlineDate") or "")[:4]
    title_element = article.find("ArticleTitle")
    title = "" if title_element is None else "".join(title_element.itertext())
    journal = article.findtext("Journal/ISOAbbreviation") or article.findtext("Journal/Title")
    return RecordInfo(
        pmid=root.findtext("PubmedArticle/MedlineCitation/PMID") or "",
        path=path,
        title=normalise_text(title),
        journal=journal or "",
        year=year,
        has_abstract=article.find("Abstract/AbstractText") is not None,
        text=normalise_text("".join(root.itertext())),
    )


def main() -> int:
    RECORDS_DIR.mkdir(exist_ok=True)
    for pmid, data in sorted(records_from_samples().items()):
        (RECORDS_DIR / f"{pmid}.xml").write_bytes(data)
        print(f"{pmid}.xml  {len(data)} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())


FIXTURES_DIR = HELDOUT_DIR.parents[1] / "fixtures"


@cache
def load_record(pmid: str) -> PubMedRecord:
    """A record the tests know, from fixtures/ or the claim sets' records folder, parsed."""
    for folder in (FIXTURES_DIR, RECORDS_DIR):
        path = folder / f"{pmid}.xml"
        if path.exists():
            return parse_records(path.read_bytes())[0]
    raise FileNotFoundError(f"no record {pmid} in {FIXTURES_DIR} or {RECORDS_DIR}")
