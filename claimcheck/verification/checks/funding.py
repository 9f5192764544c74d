"""Country and funder: "sponsored by a Canadian university", "a British study".

Funding claims are checked against the record's grant list (agency, country); a record with no
grants cannot show who paid, so the claim is NOT_IN_SOURCE, saying so. Place claims ("a
Canadian study") are checked against author affiliations: SUPPORTED when an affiliation is in
that country, METADATA_MISMATCH when affiliations exist and none is, NOT_IN_SOURCE without any.
Affiliations never prove funding: a university employing the authors need not have paid.
"""

from __future__ import annotations

from claimcheck.pubmed.model import PubMedRecord
from claimcheck.report.model import Finding, FindingKind, Verdict
from claimcheck.verification import lexicon as lx
from claimcheck.verification.assertions import Assertions, SponsorAssertion
from claimcheck.verification.checks.common import metadata_evidence
from claimcheck.verification.index import RecordIndex

# Places that name a country in affiliations without the country's name.
COUNTRY_PLACES: dict[str, tuple[str, ...]] = {
    "Canada": ("ontario", "quebec", "british columbia", "alberta", "nova scotia", "manitoba",
               "toronto", "ottawa", "montreal", "vancouver", "calgary"),
    "United States": ("united states", "usa", "u.s.a", "massachusetts", "maryland",
                      "california", "new york", "connecticut", "virginia", "texas",
                      "illinois", "pennsylvania", "ohio", "michigan", "washington, dc",
                      "boston", "baltimore", "bethesda", "new haven", "chicago"),
    "United Kingdom": ("united kingdom", " uk", "england", "scotland", "wales", "london",
                       "oxford", "cambridge"),
    "Australia": ("australia", "nsw", "new south wales", "sydney", "melbourne", "queensland"),
    "New Zealand": ("new zealand", "dunedin", "otago", "auckland", "wellington"),
}  # fmt: skip


def countries_in(text: str) -> set[str]:
    lower = f" {text.lower()} "
    found = {lx.COUNTRIES[m.group(1).lower()] for m in lx.COUNTRY_NAME.finditer(text)}
    for country, places in COUNTRY_PLACES.items():
        if any(place in lower for place in places):
            found.add(country)
    return found


def check_funding(
    assertions: Assertions, record: PubMedRecord, index: RecordIndex
) -> list[Finding]:
    return [
        judge_funder(s, record) if s.funded else judge_place(s, record) for s in assertions.sponsors
    ]


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
    country_ok = claim.country is None or claim.country in countries
    kind_ok = claim.sponsor_kind is None or claim.sponsor_kind in kinds
    if country_ok and kind_ok:
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


def judge_place(claim: SponsorAssertion, record: PubMedRecord) -> Finding:
    affiliations = [a for author in record.authors for a in author.affiliations]
    if not affiliations or claim.country is None:
        return Finding(
            kind=FindingKind.COUNTRY,
            verdict=Verdict.NOT_IN_SOURCE,
            message="the record lists no author affiliations to tell where the study was done",
            claim_says=claim.phrase.text,
            confidence=0.8,
        )
    matching = [a for a in affiliations if claim.country in countries_in(a)]
    if matching:
        return Finding(
            kind=FindingKind.COUNTRY,
            verdict=Verdict.SUPPORTED,
            message=f"an author affiliation is in {claim.country}",
            claim_says=claim.phrase.text,
            source_says=matching[0],
            evidence=metadata_evidence(matching[0], "affiliations", [claim.country]),
            confidence=0.7,
        )
    places = sorted(set().union(*(countries_in(a) for a in affiliations))) or ["other places"]
    return Finding(
        kind=FindingKind.COUNTRY,
        verdict=Verdict.METADATA_MISMATCH,
        message=f"the claim places the study in {claim.country}, but the authors' affiliations "
        f"are in {', '.join(places)}",
        claim_says=claim.phrase.text,
        source_says=affiliations[0],
        evidence=metadata_evidence(affiliations[0], "affiliations"),
        confidence=0.65,
    )
