"""Parse untrusted E-utilities XML without entity expansion, external entities or DTD downloads."""

from __future__ import annotations

import re
from xml.etree.ElementTree import Element, ParseError

from defusedxml import DefusedXmlException, EntitiesForbidden, ExternalReferenceForbidden
from defusedxml.ElementTree import fromstring

__all__ = ["RecordParseError", "XmlSafetyError", "parse_xml_safely"]

_MAX_MESSAGE_TEXT = 200
_SECRET_PARAMETER = re.compile(r"(api_key=)[^&\s\"'<]+", re.IGNORECASE)


class XmlSafetyError(ValueError):
    """The body declares entities, references external ones or plays other DTD tricks."""


class RecordParseError(ValueError):
    """The body is not a PubmedArticleSet we can read (truncated, not XML, wrong root, ERROR)."""


def parse_xml_safely(data: bytes | str) -> Element:
    """Parse ``data`` into an element tree, refusing entity declarations and external references.

    A DOCTYPE with a PUBLIC/SYSTEM id (NCBI's) is accepted: expat never loads an external DTD
    subset here, so nothing is downloaded or read from disk.
    """
    try:
        return fromstring(data, forbid_dtd=False, forbid_entities=True, forbid_external=True)
    except EntitiesForbidden as error:
        raise XmlSafetyError("unsafe XML refused: it declares entities") from error
    except ExternalReferenceForbidden as error:
        raise XmlSafetyError("unsafe XML refused: it references an external entity") from error
    except DefusedXmlException as error:
        raise XmlSafetyError(f"unsafe XML refused ({type(error).__name__})") from error
    except ParseError as error:
        raise RecordParseError(f"not well-formed XML: {error}") from error


def safe_excerpt(text: str) -> str:
    """Shorten text quoted from a reply into one line, with any api_key value masked."""
    one_line = " ".join(text.split())
    masked = _SECRET_PARAMETER.sub(r"\1***", one_line)
    if len(masked) > _MAX_MESSAGE_TEXT:
        return masked[:_MAX_MESSAGE_TEXT] + "..."
    return masked
