"""Records folders (``--records DIR``, ``records:`` in claims.yaml): read-only ``<PMID>.xml`` files.

A folder is the user's own input, so a file that cannot be read is bad input (an
``InputError`` naming the file), not a network problem and not a crash.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from claimcheck.errors import InputError
from claimcheck.pubmed.model import PubMedRecord
from claimcheck.pubmed.parser import RecordParseError, XmlSafetyError, parse_records
from claimcheck.store.cache import normalise_doi

RECORD_FILE = re.compile(r"^([1-9][0-9]{0,9})\.xml$")


@dataclass(frozen=True)
class FolderRecord:
    pmid: str
    path: Path
    xml: bytes
    record: PubMedRecord


class RecordsFolders:
    """Finds records by PMID (``<PMID>.xml``) or DOI in folders, first folder first.

    Each file is read and parsed at most once per instance.
    """

    def __init__(self, folders: Sequence[Path]) -> None:
        self.folders = [Path(folder) for folder in folders]
        for folder in self.folders:
            if not folder.is_dir():
                raise InputError("is not a folder of <PMID>.xml records", path=str(folder),
                                 field="records")
        self._loaded: dict[Path, FolderRecord] = {}
        self._doi_index: dict[str, FolderRecord] | None = None

    def find(self, pmid: str) -> FolderRecord | None:
        for folder in self.folders:
            path = folder / f"{pmid}.xml"
            if path.is_file():
                return self._load(path, pmid)
        return None

    def find_doi(self, doi: str) -> FolderRecord | None:
        if self._doi_index is None:
            self._doi_index = {}
            for path, pmid in self._record_files():
                entry = self._load(path, pmid)
                if entry.record.doi:
                    self._doi_index.setdefault(normalise_doi(entry.record.doi), entry)
        return self._doi_index.get(normalise_doi(doi))

    def _record_files(self) -> Iterator[tuple[Path, str]]:
        seen: set[str] = set()
        for folder in self.folders:
            for path in sorted(folder.iterdir()):
                match = RECORD_FILE.match(path.name)
                if match and match.group(1) not in seen and path.is_file():
                    seen.add(match.group(1))  # an earlier folder wins, as in find()
                    yield path, match.group(1)

    def _load(self, path: Path, pmid: str) -> FolderRecord:
        if path in self._loaded:
            return self._loaded[path]
        try:
            data = path.read_bytes()
        except OSError as error:
            raise InputError(f"cannot read the record file: {error.strerror}",
                             path=str(path)) from error
        try:
            records = parse_records(data)
        except (RecordParseError, XmlSafetyError) as error:
            raise InputError(f"not a readable PubMed efetch record: {error}",
                             path=str(path)) from error
        matching = [record for record in records if record.pmid == pmid]
        if not matching:
            held = ", ".join(record.pmid for record in records) or "no record"
            raise InputError(f"should hold PMID {pmid} (its file name) but holds {held}",
                             path=str(path))
        entry = FolderRecord(pmid=pmid, path=path, xml=data, record=matching[0])
        self._loaded[path] = entry
        return entry
