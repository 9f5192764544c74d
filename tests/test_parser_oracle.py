"""Biopython's Entrez parser as an independent oracle for PMIDs, titles and abstract sections."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from claimcheck.pubmed.parser import parse_records

REPO = Path(__file__).resolve().parents[1]
FILES = sorted((REPO.parent / "shared" / "eutils-samples").glob("pubmed*.xml")) + sorted(
    (REPO / "fixtures").glob("*.xml")
)
# Biopython leaves inline markup in its strings as literal tags; MathML stays a whole <math> block.
INLINE_TAG = re.compile(r"</?(?:i|b|u|sub|sup)>")


def without_inline_tags(text: str) -> str:
    return " ".join(INLINE_TAG.sub("", text).split())


@pytest.fixture
def entrez(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Any]:
    """Bio.Entrez with its DTD cache in tmp and every DTD download refused (tests stay offline)."""
    entrez_module = pytest.importorskip("Bio.Entrez")
    parser_module = pytest.importorskip("Bio.Entrez.Parser")

    def refuse_download(*_args: object, **_kwargs: object) -> None:
        raise OSError("network disabled in tests")

    monkeypatch.setattr(parser_module, "urlopen", refuse_download)
    previous_directory = parser_module.DataHandler.directory
    parser_module.DataHandler.directory = str(tmp_path)
    try:
        yield entrez_module
    finally:
        parser_module.DataHandler.directory = previous_directory


@pytest.mark.parametrize("path", FILES, ids=lambda path: path.name)
def test_biopython_agrees_on_pmids_titles_and_sections(entrez: Any, path: Path) -> None:
    with path.open("rb") as handle:
        try:
            oracle = entrez.read(handle, validate=False)
        except RuntimeError as error:  # a DTD that is not bundled would need a download
            pytest.skip(f"Biopython cannot read {path.name} offline: {error}")
    ours = parse_records(path.read_bytes())
    theirs = oracle["PubmedArticle"]
    assert [record.pmid for record in ours] == [
        str(article["MedlineCitation"]["PMID"]) for article in theirs
    ]
    for record, article in zip(ours, theirs, strict=True):
        bio_article = article["MedlineCitation"]["Article"]
        assert record.title.replace("^", "") == without_inline_tags(bio_article["ArticleTitle"])
        bio_sections = bio_article.get("Abstract", {}).get("AbstractText", [])
        assert [s.label for s in record.abstract] == [
            s.attributes.get("Label") for s in bio_sections
        ]
        assert [s.nlm_category for s in record.abstract] == [
            s.attributes.get("NlmCategory") for s in bio_sections
        ]
        for section, bio_section in zip(record.abstract, bio_sections, strict=True):
            if "<math" not in bio_section:
                assert section.text.replace("^", "") == without_inline_tags(bio_section)
        bio_ids = {
            str(article_id.attributes["IdType"]): str(article_id)
            for article_id in article["PubmedData"]["ArticleIdList"]
        }
        assert record.doi == bio_ids.get("doi")
