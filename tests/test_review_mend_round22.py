"""Fixes from the review of engine round 22, each reproduced before it was fixed: wrong claims
that came out SUPPORTED and true claims that did not."""

from __future__ import annotations

import itertools

import pytest

from claimcheck.pubmed.model import AbstractSection, Author, PubMedRecord
from claimcheck.report.model import Verdict
from claimcheck.verification.engine import verify

_PMIDS = itertools.count(900_001)


def _record(text: str, *authors: str) -> PubMedRecord:
    return PubMedRecord(
        pmid=str(next(_PMIDS)),
        title="T",
        abstract=[AbstractSection(text=text)],
        authors=[Author(last_name=a, fore_name="A") for a in authors],
    )


def _verdict(claim: str, text: str, *authors: str) -> Verdict:
    return verify(claim, _record(text, *authors)).verdict


@pytest.mark.parametrize(
    ("claim", "text"),
    [
        # a qualifier of an affirmed result denies nothing of it
        ("Drug X did not reduce pain.", "Drug X reduced pain without serious side effects."),
        ("Drug X did not reduce pain.", "Drug X reduced pain in patients with no prior treatment."),
        (
            "Aspirin did not prevent stroke.",
            "Aspirin prevented stroke in patients who failed to respond to clopidogrel.",
        ),
        # "little difference" is a graded claim, not the record's null
        (
            "Drug X made little difference to blood pressure.",
            "Drug X significantly lowered blood pressure.",
        ),
        # groups that moved apart did not change equally
        (
            "Drug X lowered blood pressure equally in men and women.",
            "Drug X lowered blood pressure in men but raised it in women.",
        ),
        # connections that adapt are a change the record must state
        ("Brain connections adapt after stroke.", "Stroke impaired synaptic plasticity."),
        # "ultimately 40" is a total
        (
            "Ultimately, 40 patients died.",
            "Forty patients died in the first week, and 12 more died in the second week.",
        ),
    ],
)
def test_wrong_claims_found_by_the_review_are_not_supported(claim: str, text: str) -> None:
    assert _verdict(claim, text) is not Verdict.SUPPORTED


@pytest.mark.parametrize(
    ("claim", "text"),
    [
        # a question asked is no denial of the answer the record gives next
        (
            "Gene X was identified as the trigger of the disease.",
            "Whether gene X is the trigger of the disease has not been identified. We identified "
            "gene X as the trigger of the disease in knockout mice.",
        ),
        # a correlation stated with rho or "as ... increased"
        (
            "Serum ferritin correlated with disease severity.",
            "Serum ferritin increased as disease severity increased (\u03c1 = 0.61, p < 0.001).",
        ),
        # the cue of a condition need not be the record's own word
        (
            "The effect of drug X was stronger in elderly patients.",
            "Drug X had a larger effect in elderly patients.",
        ),
    ],
)
def test_true_claims_found_by_the_review_are_supported(claim: str, text: str) -> None:
    assert _verdict(claim, text) is Verdict.SUPPORTED


@pytest.mark.parametrize(
    "claim",
    [
        "Tylenol and Advil showed similar pain relief after surgery.",
        "Pfizer and Moderna reported that pain relief after surgery was similar.",
    ],
)
def test_two_names_neither_an_author_are_not_checked_as_authors(claim: str) -> None:
    text = "Acetaminophen and ibuprofen gave similar pain relief after surgery."
    assert _verdict(claim, text, "Smith") is not Verdict.METADATA_MISMATCH


def test_a_pair_with_one_real_author_is_still_checked() -> None:
    text = "Acetaminophen and ibuprofen gave similar pain relief after surgery."
    claim = (
        "Smith and Jones found similar pain relief with acetaminophen and ibuprofen after surgery."
    )
    assert _verdict(claim, text, "Smith") is Verdict.METADATA_MISMATCH
