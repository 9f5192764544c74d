"""Made-up PubMed records for the engine's unit tests: a title, an abstract of a few sentences,
and any other field a test needs."""

from __future__ import annotations

from typing import Any

from claimcheck.pubmed.model import AbstractSection, MeshHeading, PubMedRecord


def made_up_record(
    *sentences: str,
    title: str = "A study",
    pmid: str = "900000",
    mesh: tuple[str, ...] = (),
    **fields: Any,
) -> PubMedRecord:
    """A record whose abstract is ``sentences`` as one section (none when there are none);
    ``mesh`` names MeSH descriptors, unless ``mesh_headings`` are given whole."""
    fields.setdefault("mesh_headings", [MeshHeading(descriptor=name) for name in mesh])
    return PubMedRecord(
        pmid=pmid,
        title=title,
        abstract=[AbstractSection(text=" ".join(sentences))] if sentences else [],
        **fields,
    )
