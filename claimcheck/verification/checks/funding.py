"""Country and funder: "sponsored by a Canadian university", "a British study".

Funding claims are checked against the record's grant list (agency, country); a record with no
grants cannot show who paid, so the claim is NOT_IN_SOURCE, saying so. Place claims ("a
Canadian study") are checked against author affiliations: SUPPORTED when an affiliation is in
that country, METADATA_MISMATCH when affiliations exist and none is, NOT_IN_SOURCE without any.
A place said of a trial itself ("this US trial", "a trial run in Boston") is where it ran, which
an affiliation there does not show: the title, abstract, MeSH or keywords must name it, else
NOT_IN_SOURCE. Affiliations never prove funding: a university employing the authors need not
have paid.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace
from typing import Final

from claimcheck.pubmed.model import PubMedRecord
from claimcheck.report.model import Finding, FindingKind, Verdict
from claimcheck.verification import lexicon as lx
from claimcheck.verification.assertions import Assertions, SponsorAssertion
from claimcheck.verification.checks.common import metadata_evidence
from claimcheck.verification.index import RecordIndex
from claimcheck.verification.places import (
    countries_in,
    countries_of_group,
    country_named,
    country_of,
    included_studies,
    institutions_in,
    names_place,
    places_in,
    same_place,
    studied_places,
    towns_in,
)


def check_funding(
    assertions: Assertions, record: PubMedRecord, index: RecordIndex
) -> list[Finding]:
    studied = _studied_spans(assertions.text)
    return [
        judge_funder(s, record) if s.funded else judge_place(s, record, assertions.text)
        for s in assertions.sponsors
        if s.funded or not any(a <= s.phrase.start < b for a, b in studied)
    ]


def _studied_spans(claim: str) -> list[tuple[int, int]]:
    """Where the claim places the trials or studies a review pooled ("the trials were run in the
    US"): where that data came from is judged by the sites check, not by the authors'
    affiliations."""
    spans = []
    for group in studied_places(claim):
        if not included_studies(group.noun):
            continue  # people studied somewhere: the affiliations may still say where
        start = claim.find(group.text)
        if start >= 0:
            spans.append((start, start + len(group.text)))
    return spans


def judge_funder(claim: SponsorAssertion, record: PubMedRecord) -> Finding:
    if not record.grants:
        return Finding(
            kind=FindingKind.FUNDER,
            verdict=Verdict.NOT_IN_SOURCE,
            message="the record lists no funding (no grants): who sponsored the study cannot be "
            "checked from PubMed",
            claim_says=claim.phrase.text,
            confidence=0.9,
        )
    described = [
        ", ".join(p for p in (g.agency, g.country) if p)
        for g in record.grants
        if g.agency or g.country
    ]
    text = "; ".join(dict.fromkeys(described))
    evidence = metadata_evidence(text, "grants")
    countries = set().union(
        *(countries_in(f"{g.agency or ''} {g.country or ''}") for g in record.grants)
    )
    kinds = {
        kind
        for g in record.grants
        for kind, pattern in lx.SPONSOR_KINDS
        if pattern.search(g.agency or "")
    }
    country_ok = (claim.country is None or claim.country in countries) and _union_ok(
        claim.phrase.text, record
    )
    kind_ok = claim.sponsor_kind is None or claim.sponsor_kind in kinds
    # the EU as named ("the European Union", "E.U.") is judged by _union_ok, not by its words
    named = _UNION_CLAIMED.sub(" ", claim.phrase.text)
    if country_ok and kind_ok and not _named_funder_missing(named, record):
        return Finding(
            kind=FindingKind.FUNDER,
            verdict=Verdict.SUPPORTED,
            message=f"the record's funding matches: {text}",
            claim_says=claim.phrase.text,
            source_says=text,
            evidence=evidence,
            confidence=0.8,
        )
    return Finding(
        kind=FindingKind.FUNDER,
        verdict=Verdict.METADATA_MISMATCH,
        message=f"the claim names {claim.phrase.text}, but the record's funders are: {text}",
        claim_says=claim.phrase.text,
        source_says=text,
        evidence=evidence,
        confidence=0.7,
    )


# The European Union as a funder ("EU-funded", "funded by the European Commission", "a Horizon
# 2020 grant"): only a grant from an EU body backs it; a grant from a European country does not
# (a UK or Swiss agency is no EU funder), and a US-only grant list contradicts it.
_UNION_CLAIMED: Final = re.compile(
    r"(?<![\w-])(?:EU|E\.U\.|European\s+(?:Union|Commission|Community|Research\s+Council)|"
    r"Horizon\s+(?:20\d\d|Europe)|ERC)(?![\w])"
)
# Only the EU's own bodies and programmes: "European" alone also opens the European Society of
# Cardiology or the European Foundation for the Study of Diabetes, and "Horizon" Horizon Pharma;
# "Marie Curie" alone is a British charity.
_UNION_GRANT: Final = re.compile(
    r"\bEuropean\s+(?:Commission|Research\s+Council|Union|Community|Regional\s+Development\s+"
    r"Fund|Social\s+Fund)\b|\bEU\b|\bERC\b|\bH2020\b|\bHorizon\s+(?:20\d\d|Europe)\b|\bFP[5-7]\b|"
    r"\b(?:Fifth|Sixth|Seventh)\s+Framework\s+Programme|\bFramework\s+Programme\s+[5-7]\b|"
    r"Sk[l\u0142]odowska|Marie\s+Curie\s+(?:Actions?|Intra|Inter|Initial|Individual|Career|"
    r"Fellowships?|Reintegration|Research\s+Training)|Innovative\s+Medicines\s+Initiative|\bIMI2?\b",
    re.IGNORECASE,
)

# A grant's country field ("European Union"), read apart from its agency ("Marie Curie" with
# the country "International" is no "Marie Curie International" fellowship).
_UNION_COUNTRY: Final = re.compile(r"\bEuropean\s+(?:Union|Commission)\b|\bEU\b", re.IGNORECASE)


def _union_ok(claimed: str, record: PubMedRecord) -> bool:
    if not _UNION_CLAIMED.search(claimed):
        return True
    return any(
        _UNION_GRANT.search(g.agency or "") or _UNION_COUNTRY.search(g.country or "")
        for g in record.grants
    )


# Words any funder's name may hold: only the rest ("Wellcome", "Gates", "NIDA") names one.
_GENERIC_FUNDER_WORDS: Final = frozenset(
    {"the", "of", "and", "for", "national", "institute", "institutes", "foundation", "trust",
     "university", "council", "research", "health", "medical", "society", "association",
     "department", "ministry", "government", "fund", "agency", "centre", "center", "centers",
     "funded", "sponsored", "financed", "backed", "supported", "by", "paid", "commissioned",
     "charity", "industry", "pharma", "pharmaceutical", "company", "federal", "state", "us",
     "usa", "uk", "eu", "european", "american", "british", "science", "sciences", "program",
     "programme", "grant", "grants", "office", "academy", "royal", "medicine", "public",
     "publicly", "publically", "taxpayer", "federally", "a", "an", "in", "on", "this", "our"}
)  # fmt: skip
_JOINING: Final = frozenset({"the", "of", "and", "for", "on", "in", "&"})
# The kind of body a name ends in: "Heart Foundation" is not the "American Heart Association".
_BODY_NOUN: Final = re.compile(
    r"\b(foundation|association|society|trust|council|institutes?|agency|fund|charity|academy|"
    r"ministry|department|university|college)\b",
    re.IGNORECASE,
)
# A word of fewer letters must be a grant word as written ("NCI", "Gates"); a longer one may be
# its start ("Wellcome" ~ "Wellcome's").
_PREFIX_LETTERS: Final = 5


def _named_funder_missing(claimed: str, record: PubMedRecord) -> bool:
    """A funder named by a proper name ("Wellcome Trust-funded", "funded by the Gates
    Foundation", "a Pfizer and NCI-funded study") that no grant's agency holds, as a word or as
    the initials of the claimed name ("Medical Research Council" ~ "MRC"). Every funder named
    must be found: one found does not vouch for another."""
    who = re.split(r"\bby\s+", claimed, maxsplit=1)[-1]
    who = re.sub(r"-(?:funded|sponsored|financed|backed|supported)\b.*", "", who)
    agencies = [g.agency or "" for g in record.grants if g.agency]
    tokens = {t.lower() for a in agencies for t in re.findall(r"[\w&']+", a)}
    if not tokens:
        return False
    agency_initials = {
        "".join(w[0] for w in re.findall(r"[A-Z][\w']*", a)).lower() for a in agencies
    }
    whole_initials = _initials(who)
    for name in re.split(r"\s*(?:,|\band\b|&|\bor\b)\s*", who):
        for word in _named_words(name):
            if word.lower() in agency_initials:
                continue  # "MRC" is the grant's "Medical Research Council"
            if {_initials(name), whole_initials} & tokens:
                continue  # "National Cancer Institute" is the grant's "NCI"
            holding = [a for a in agencies if _holds(a, word)]
            if not holding or not _same_body(name, holding):
                return True
    return False


def _named_words(name: str) -> list[str]:
    return [
        w for w in re.findall(r"[A-Z][\w&'.]*", name)
        if w.lower().strip(".'") not in _GENERIC_FUNDER_WORDS
        and w.lower() not in lx.COUNTRIES
        and not countries_in(w)
    ]  # fmt: skip


def _initials(name: str) -> str:
    capitals = re.findall(r"[A-Z][\w&'.]*", name)
    plain = [w for w in capitals if w.lower() not in lx.COUNTRIES and not countries_in(w)]
    return "".join(w[0] for w in plain if w.lower() not in _JOINING).lower()


def _holds(agency: str, word: str) -> bool:
    """Whether a grant's agency holds the claimed word: as a whole word, or for a long word its
    first letters ("Wellcome" ~ "Wellcome's")."""
    wanted = word.lower().strip(".'")
    for token in re.findall(r"[\w&']+", agency.lower()):
        if token == wanted or (
            len(wanted) >= _PREFIX_LETTERS and token.startswith(wanted[:_PREFIX_LETTERS])
        ):
            return True
    return False


def _same_body(name: str, agencies: list[str]) -> bool:
    """A claimed "X Foundation" is not a grant's "X Association": when both name the kind of
    body, one agency holding the word must be of the claimed kind."""
    claimed = {m.lower().rstrip("s") for m in _BODY_NOUN.findall(name)}
    if not claimed:
        return True
    for agency in agencies:
        kinds = {m.lower().rstrip("s") for m in _BODY_NOUN.findall(agency)}
        if not kinds or kinds & claimed:
            return True
    return False


def judge_place(claim: SponsorAssertion, record: PubMedRecord, text: str = "") -> Finding:
    affiliations = [a for author in record.authors for a in author.affiliations]
    if not affiliations or (claim.country is None and claim.place is None):
        return Finding(
            kind=FindingKind.COUNTRY,
            verdict=Verdict.NOT_IN_SOURCE,
            message="the record lists no author affiliations to tell where the study was done",
            claim_says=claim.phrase.text,
            confidence=0.8,
        )
    group = countries_of_group(claim.place) if claim.place is not None else None
    if group is not None:
        return _judge_group_place(claim, claim.place or "", group, affiliations)
    named = claim.place or claim.country or ""
    if claim.place is not None:
        matching = [a for a in affiliations if names_place(a, claim.place)]
    else:
        matching = [a for a in affiliations if claim.country in countries_in(a)]
    if matching and _trial_setting(claim, text) and not _record_places(claim, record):
        # "In this US trial": where a trial ran is the record's to say; the authors' addresses
        # say where they work, and a trial may enrol abroad.
        return _affiliation_finding(
            claim,
            Verdict.NOT_IN_SOURCE,
            f"the claim says the trial was run in {named}; an author affiliation is there, but "
            "the record does not say where the trial was run",
            matching[0],
            0.6,
            marked=[named],
        )
    if matching:
        return _affiliation_finding(
            claim,
            Verdict.SUPPORTED,
            f"an author affiliation is in {named}",
            matching[0],
            0.7,
            marked=[named],
        )
    places = sorted(set().union(*(countries_in(a) for a in affiliations)))
    others = (
        _other_places_in_country(claim, affiliations)
        or _other_institutions(claim, affiliations)
        or _institution_town_elsewhere(claim, affiliations)
    )
    if others:
        return _affiliation_finding(
            claim,
            Verdict.METADATA_MISMATCH,
            f"the claim places the study in {named}, but the authors' affiliations are "
            f"in {', '.join(others)}",
            affiliations[0],
            0.6,
        )
    if claim.country is None or not places or (claim.place and claim.country in places):
        # A city or institution the affiliations do not name, in a country they do, or
        # affiliations no table can place: PubMed often lists only some authors' affiliations.
        unplaced = _unplaced_towns(claim, affiliations)
        return _affiliation_finding(
            claim,
            Verdict.NOT_IN_SOURCE,
            f"no author affiliation names {named}"
            + (
                f" (the addresses end with {', '.join(unplaced)}, which no place table knows)"
                if unplaced
                else ""
            ),
            affiliations[0],
            0.6,
        )
    return _affiliation_finding(
        claim,
        Verdict.METADATA_MISMATCH,
        f"the claim places the study in {named}"
        + (f" ({claim.country})" if claim.place else "")
        + f", but the authors' affiliations are in {', '.join(places)}",
        affiliations[0],
        0.65,
    )


# A place said of a trial itself: "this US trial", "a Boston-based trial", "a trial run in the
# US", "a small trial in Connecticut". Not "a US-led trial", "a trial from Connecticut" or "US
# researchers": who ran the work, which the affiliations say. Between the place and "trial"
# only describing words: no verb ("Toronto pooled randomized trials"), article or function word.
_TRIAL_WORD: Final = (
    r"(?!(?:and|or|but|that|who|which|of|in|from|by|with|to|for|a|an|the|this|its|their)\b)"
    r"(?:randomi[sz]ed|controlled|placebo-controlled|blinded|[\w-]*(?<![Ee][Dd])(?<=\w))"
)
_TRIAL_AFTER: Final = re.compile(rf"^\s+(?:{_TRIAL_WORD}\s+){{0,2}}?trial\b", re.IGNORECASE)
_TRIAL_BEFORE: Final = re.compile(
    r"\btrials?\s+(?:(?:was|were|being|been|run|ran|conducted|done|carried\s+out|performed|"
    r"undertaken|held|based)\s+){0,2}(?:in|at)\s+(?:the\s+)?$",
    re.IGNORECASE,
)


def _trial_setting(claim: SponsorAssertion, text: str) -> bool:
    """Whether the claim's place is where a trial was run, not where its authors work."""
    if not text:
        return False
    start = claim.phrase.start
    end = start + len(claim.phrase.text)
    if text[start:end] != claim.phrase.text or _LED_BY.search(claim.phrase.text):
        return False
    if claim.place is not None and (institutions_in(claim.place) or not towns_in(claim.place)):
        return False  # "a Harvard trial", "a University of Toronto trial": who ran it
    return bool(_TRIAL_AFTER.match(text[end:]) or _TRIAL_BEFORE.search(text[:start]))


_LED_BY: Final = re.compile(r"-(?:led|run|headed)$", re.IGNORECASE)


def _record_places(claim: SponsorAssertion, record: PubMedRecord) -> bool:
    """Whether the title, abstract, MeSH headings or keywords name the claimed place or
    country."""
    said = " ".join(
        (
            record.title,
            record.abstract_text,
            *(m.descriptor for m in record.mesh_headings),
            *record.keywords,
        )
    )
    if claim.place is not None and names_place(said, claim.place):
        return True
    return claim.place is None and claim.country is not None and claim.country in countries_in(said)


def _judge_group_place(
    claim: SponsorAssertion, named: str, group: frozenset[str], affiliations: list[str]
) -> Finding:
    """Researchers placed in a group of countries ("Scandinavian authors"): an affiliation in
    any of them supports it; affiliations placed only elsewhere contradict it."""
    matching = [a for a in affiliations if countries_in(a) & group]
    if matching:
        return _affiliation_finding(
            claim,
            Verdict.SUPPORTED,
            f"an author affiliation is in a {named} country",
            matching[0],
            0.7,
        )
    places = sorted(set().union(*(countries_in(a) for a in affiliations)))
    if not places:
        return _affiliation_finding(
            claim,
            Verdict.NOT_IN_SOURCE,
            f"no author affiliation is in a {named} country",
            affiliations[0],
            0.6,
        )
    return _affiliation_finding(
        claim,
        Verdict.METADATA_MISMATCH,
        f"the claim places the study in {named} countries, but the authors' "
        f"affiliations are in {', '.join(places)}",
        affiliations[0],
        0.65,
    )


def _affiliation_finding(
    claim: SponsorAssertion,
    verdict: Verdict,
    message: str,
    affiliation: str,
    confidence: float,
    marked: Iterable[str] = (),
) -> Finding:
    """A finding on where the work was done, quoting the affiliation it rests on."""
    return Finding(
        kind=FindingKind.COUNTRY,
        verdict=verdict,
        message=message,
        claim_says=claim.phrase.text,
        source_says=affiliation,
        evidence=metadata_evidence(affiliation, "affiliations", marked),
        confidence=confidence,
    )


def _other_places_in_country(claim: SponsorAssertion, affiliations: list[str]) -> list[str]:
    """Cities or regions of the claimed place's country, known to the tables, that the
    affiliations name instead ("Melbourne" claimed, "Sydney, NSW" affiliated). Institutions are
    not compared (a university need not name its city), nor are towns no table knows: a suburb
    or campus ("Solna" for Stockholm, "Villejuif" for Paris), a local spelling the tables lack,
    or an institution in the town's place ("Rigshospitalet, Denmark") may be the claimed city
    itself. A local name of the claimed city ("Roma" for Rome) is that city."""
    if claim.place is None or claim.country is None or country_of(claim.place) is None:
        return []
    named: dict[str, str] = {}
    for affiliation in affiliations:
        for folded, written in towns_in(affiliation).items():
            named.setdefault(folded, written)
    return sorted(
        w
        for f, w in named.items()
        if country_of(f) == claim.country and not same_place(f, claim.place)
    )


def _unplaced_towns(claim: SponsorAssertion, affiliations: list[str]) -> list[str]:
    """Towns the addresses give before the claimed country that no table knows ("01100
    Viterbo, Italy"): said in a NOT_IN_SOURCE finding, never a conflict on their own."""
    if claim.place is None or claim.country is None:
        return []
    towns = {_town_before_country(a, claim.country) for a in affiliations}
    return sorted(t for t in towns if t and not places_in(t) and not names_place(t, claim.place))


# Countries whose addresses abbreviate their states ("Houston, TX"): a state in an institution's
# name ("University of Texas") is not looked for among their affiliations' towns.
_ABBREVIATED_STATES: Final = frozenset({"United States", "Canada", "Australia"})


def _institution_town_elsewhere(claim: SponsorAssertion, affiliations: list[str]) -> list[str]:
    """An institution named after its town ("University of Barcelona") while every affiliation
    names a town the tables know, none of them that one ("Government of Navarre, Pamplona,
    Spain"), and one at least in that town's country: the town in the name says where the
    claim puts the work. An affiliation naming no known town ("Ludwig-Maximilians-Universität,
    80336 München, Germany" has only a local spelling; "Department of Psychiatry, Rigshospitalet,
    Denmark" none) may be in the claimed town, so nothing is concluded."""
    if claim.place is None or claim.country is not None:
        return []
    if not _INSTITUTION_KIND.search(claim.place):
        return []
    towns = towns_in(claim.place)
    countries = {country_of(folded) for folded in towns}
    if len(countries) != 1 or None in countries:
        return []
    country = countries.pop()
    if country is None or country in _ABBREVIATED_STATES:
        return []
    if any(names_place(a, written) for a in affiliations for written in towns.values()):
        return []
    if any(names_place(a, claim.place) for a in affiliations):
        return []
    each = [towns_in(a) for a in affiliations]
    if not all(each):
        return []
    if any(same_place(f, t) for named in each for f in named for t in towns):
        return []
    town = next(iter(towns.values()))
    return _other_places_in_country(replace(claim, place=town, country=country), affiliations)


# The town an address names just before its country, postcode aside ("Università degli Studi
# della Tuscia, 01100 Viterbo, Italy" -> "Viterbo"): a town no table knows still says where.
_TOWN: Final = re.compile(r"^(?:[A-Z]{1,2}-?)?\d[\d\s-]*\s+|\s+\d[\d\s-]*$")
_ONE_TOWN: Final = re.compile(r"[A-Z][a-z'\u00C0-\u017F-]+(?:\s+[A-Z][a-z'\u00C0-\u017F-]+)?")


def _town_before_country(affiliation: str, country: str) -> str | None:
    parts = [p.strip() for p in affiliation.strip().rstrip(".").split(",")]
    if len(parts) < 3 or country_named(parts[-1]) != country:
        return None
    town = _TOWN.sub("", parts[-2]).strip()
    if not _ONE_TOWN.fullmatch(town) or _INSTITUTION_KIND.search(town):
        return None
    return town


_INSTITUTION_KIND: Final = re.compile(r"\b(universit\w*|institute|hospital|college)\b", re.I)


def _other_institutions(claim: SponsorAssertion, affiliations: list[str]) -> list[str]:
    """Institutions of the claimed kind that the affiliations name instead ("University of
    Michigan" claimed, every affiliation at the University of Virginia)."""
    if claim.place is None or claim.country is not None:
        return []
    if _GOVERNMENT_BODY.search(claim.place):
        return _other_government_bodies(claim.place, affiliations)
    kind = _INSTITUTION_KIND.search(claim.place)
    if kind is None:
        return []
    towns = towns_in(claim.place)
    if any(names_place(a, town) for a in affiliations for town in towns.values()):
        return []  # "University of Rome" against "Sapienza University, 00185 Roma": that town's
    wanted = kind.group(1).lower()[:8]
    named = {name for a in affiliations for name in institutions_in(a) if wanted in name.lower()}
    return sorted(named)


# National agencies and institutes: "US Environmental Protection Agency" claimed, the authors
# at the "National Cancer Institute" and the "National Institute of Environmental Health
# Sciences" instead. A claimed agency is compared with the government bodies the affiliations
# name, whatever each calls itself.
_GOVERNMENT_BODY: Final = re.compile(r"\b(?:Agency|Administration)\b")
_AFFILIATED_BODY: Final = re.compile(
    r"\bNational\s+(?:[A-Z][\w'-]*\s+){0,4}?Institutes?(?:\s+of(?:\s+(?:and\s+)?[A-Z][\w'-]*)+)?"
    r"|\bNational\s+Institutes?\s+of(?:\s+(?:and\s+)?[A-Z][\w'-]*)+"
    r"|\b(?:[A-Z][\w'-]*\s+(?:and\s+)?){1,4}(?:Agency|Administration)\b"
    r"|\bCent(?:er|re)s\s+for\s+Disease\s+Control(?:\s+and\s+Prevention)?"
    r"|\bMinistry\s+of(?:\s+(?:and\s+)?[A-Z][\w'-]*)+"
)


def _other_government_bodies(place: str, affiliations: list[str]) -> list[str]:
    if any(names_place(a, place.removeprefix("US ").removeprefix("U.S. ")) for a in affiliations):
        return []
    return sorted({m.group() for a in affiliations for m in _AFFILIATED_BODY.finditer(a)})
