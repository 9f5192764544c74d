"""Round 26 mend, unbacked detail: in a trial an effect verb backs "X caused Y" only for the X it
names outside "but not ..."/"than ..." (never placebo, saline or sham), and only a verb form
("improved", not "improvement"); a review is no experiment; an abbreviation is spelled out only
by initials within one unpunctuated stretch, anchored unless it has four or more letters."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from claimcheck.pubmed.model import PubMedRecord
from claimcheck.pubmed.parser import parse_records
from claimcheck.report.model import Verdict
from claimcheck.verification.engine import verify
from claimcheck.verification.index import build_index

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
RECORDS = Path(__file__).resolve().parent / "heldout" / "records"


@cache
def _record(pmid: str) -> PubMedRecord:
    path = FIXTURES / f"{pmid}.xml"
    if not path.exists():
        path = RECORDS / f"{pmid}.xml"
    return parse_records(path.read_bytes())[0]


def _verdict(pmid: str, claim: str) -> Verdict:
    return verify(claim, _record(pmid)).verdict


def _flags(pmid: str, claim: str) -> list[str]:
    return [f.message for f in verify(claim, _record(pmid)).findings if not f.informational]


# --- 1: a placebo or a comparator is no cause ------------------------------------------------


@pytest.mark.parametrize(
    ("pmid", "claim"),
    [
        ("10686270", "Placebo infusion caused significant improvement in depressive symptoms within 72 hours."),  # noqa: E501
        ("10686270", "Saline infusion caused significant improvement in depressive symptoms within 72 hours."),  # noqa: E501
        ("10686270", "The sham infusion caused significant improvement in depressive symptoms within 72 hours."),  # noqa: E501
        ("10686270", "In this trial, the placebo caused depressive symptoms to improve within 72 hours."),  # noqa: E501
        ("31526207", "Ketamine caused improvements in anxiety ratings within an hour."),
    ],
)  # fmt: skip
def test_cause_without_its_own_effect_verb_is_not_supported(pmid: str, claim: str) -> None:
    assert _verdict(pmid, claim) is not Verdict.SUPPORTED
    assert any("reports no cause" in m for m in _flags(pmid, claim))


def test_comparator_cause_is_flagged() -> None:
    claim = "Midazolam caused improvements in anxiety ratings within an hour."
    assert any("reports no cause" in m for m in _flags("31526207", claim))


def test_a_review_is_no_experiment() -> None:
    from claimcheck.verification.checks.unbacked_detail import _experimental

    record = _record("28757132")
    assert not _experimental(record, build_index(record))


def test_named_cause_outside_a_contrast_span() -> None:
    from claimcheck.verification.checks.unbacked_detail import _CLAIMED_CAUSE, _backs_experimentally

    claim = "Ketamine caused depression scores to fall."
    cause = _CLAIMED_CAUSE.search(claim)
    assert cause is not None
    assert _backs_experimentally(claim, cause, ["Ketamine reduced depression scores."], False)
    assert not _backs_experimentally(
        claim, cause, ["Depression scores were reduced by lithium but not ketamine."], False
    )
    assert not _backs_experimentally(
        claim, cause, ["A reduction in scores was seen with ketamine."], False
    )
    other = "Midazolam caused depression scores to fall."
    cause = _CLAIMED_CAUSE.search(other)
    assert cause is not None
    assert not _backs_experimentally(
        other, cause, ["Ketamine reduced depression scores more than midazolam."], False
    )


# --- 7: initials within one stretch, anchored ------------------------------------------------


@pytest.mark.parametrize(
    "claim",
    [
        "Thyroid function was assessed with PET in 679 male pesticide applicators.",
        "Thyroid hormones were measured with PET imaging in 679 male pesticide applicators.",
        "Thyroid function was assessed by EEG in 679 male pesticide applicators.",
    ],
)
def test_initials_across_punctuation_name_no_method(claim: str) -> None:
    assert _verdict("28775130", claim) is not Verdict.SUPPORTED


def test_spelled_out_needs_one_stretch_and_an_anchor() -> None:
    from claimcheck.verification.checks.unbacked_detail import _spelled_out

    base = _record("28775130").model_copy(update={"title": "A trial"})

    def index(abstract: str):
        return build_index(base.model_copy(update={"abstract_text": abstract}))

    full = (
        "Pain was rated on a numerical rating scale. We used positron emission tomography. "
        "Patients wore personal protective equipment. Thyroid levels fell. "
        "The Montgomery-Asberg Depression Rating Scale was used. "
        "Pain, energy, and tiredness were rated. Patients had clinical global improvement (CGI)."
    )
    whole = index(full)
    assert _spelled_out("NRS", whole)  # last word a method head
    assert _spelled_out("PET", whole)  # "positron emission tomography"
    assert _spelled_out("MADRS", whole)  # four letters or more
    assert _spelled_out("CGI", whole)  # in parentheses right after
    assert not _spelled_out(
        "PET", index(full.replace("We used positron emission tomography. ", ""))
    )
    assert not _spelled_out("PET", index("Personal protective equipment. Thyroid levels fell."))
    assert not _spelled_out("PET", index("Pain, energy, tiredness were rated."))
    assert not _spelled_out("PTL", index("Patients take lithium."))  # three letters, no anchor


# --- 8: a participle ends a method name; the finding quotes the closest sentence -------------


def test_participle_after_a_head_ends_the_name() -> None:
    claim = "Rodent models lacking HCN1 were studied with the tail suspension test."
    assert any("tail suspension test" in m for m in _flags("19158287", claim))
    claim = "The Morris water maze lacking cues showed HCN1 effects."
    assert any("names" in m for m in _flags("19158287", claim))


def test_method_finding_quotes_the_closest_sentence() -> None:
    record = _record("19158287")
    claim = "HCN1 knock-out mice resisted ketamine in the tail suspension test."
    report = verify(claim, record)
    found = [f for f in report.findings if "names" in f.message]
    assert found
    first = build_index(record).abstract_sentences[0].text
    assert found[0].source_says != first or "HCN1" in first
