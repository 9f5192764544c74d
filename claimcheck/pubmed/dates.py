"""PubMed dates (PubDate, ArticleDate, PubMedPubDate...) into ``PartialDate``."""

from __future__ import annotations

import re
from xml.etree.ElementTree import Element

from claimcheck.pubmed.model import PartialDate

__all__ = ["parse_date", "parse_medline_date", "parse_month"]

_MONTH_ABBREVIATIONS = ("jan", "feb", "mar", "apr", "may", "jun",
                        "jul", "aug", "sep", "oct", "nov", "dec")
_YEAR = re.compile(r"\b(\d{4})\b")


def parse_month(text: str | None) -> int | None:
    """``"Jun"``, ``"June"``, ``"06"`` and ``"6"`` all give 6; anything else gives None."""
    if not text:
        return None
    cleaned = text.strip().lower()
    if cleaned.isdecimal():
        number = int(cleaned)
        return number if 1 <= number <= 12 else None
    prefix = cleaned[:3]
    if prefix in _MONTH_ABBREVIATIONS:
        return _MONTH_ABBREVIATIONS.index(prefix) + 1
    return None


def parse_medline_date(text: str) -> PartialDate:
    """A free-text MedlineDate ("1998 Dec-1999 Jan", "2019 Jan-Feb"): its first year, raw kept.

    Month and day stay empty because a MedlineDate usually names a range.
    """
    match = _YEAR.search(text)
    return PartialDate(year=int(match.group(1)) if match else None, raw=text.strip())


def parse_date(element: Element | None) -> PartialDate:
    """Read ``Year``/``Month``/``Day``, ``Season`` or ``MedlineDate`` children of a date element."""
    if element is None:
        return PartialDate()
    medline_date = element.findtext("MedlineDate")
    if medline_date is not None:
        return parse_medline_date(medline_date)
    year_text = (element.findtext("Year") or "").strip()
    year = int(year_text) if year_text.isdecimal() else None
    season = (element.findtext("Season") or "").strip() or None
    if season is not None:
        return PartialDate(year=year, season=season, raw=f"{year_text} {season}".strip())
    month = parse_month(element.findtext("Month"))
    day = _parse_day(element.findtext("Day")) if month is not None else None
    return PartialDate(year=year, month=month, day=day)


def _parse_day(text: str | None) -> int | None:
    cleaned = (text or "").strip()
    if not cleaned.isdecimal():
        return None
    number = int(cleaned)
    return number if 1 <= number <= 31 else None
