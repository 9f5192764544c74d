"""Round 23 (support): likened items, suffix denials, spelled-out acronyms, lay synonyms."""

from __future__ import annotations

import pytest

from claimcheck.pubmed.model import AbstractSection, PubMedRecord
from claimcheck.report.model import FindingKind, Verdict
from claimcheck.verification.checks.support import _spelled_out_forms
from claimcheck.verification.engine import verify
from claimcheck.verification.index import build_index


def abstract(text: str) -> PubMedRecord:
    return PubMedRecord(pmid="1", title="A study", abstract=[AbstractSection(text=text)])


def support(claim: str, rec: PubMedRecord) -> Verdict:
    found = [f for f in verify(claim, rec).findings if f.kind is FindingKind.SUPPORT]
    assert found, claim
    return found[-1].verdict


CHANNELS = abstract(
    "We tested three anticonvulsants on Kv7 channels expressed in oocytes. Retigabine "
    "strongly opened Kv7 channels, whereas carbamazepine had no effect on Kv7 channels. "
    "Seizure thresholds in Kv7 knockout mice were unaffected by valproate."
)


@pytest.mark.parametrize(
    "claim",
    [
        "Carbamazepine, like retigabine, opened Kv7 channels.",
        "Like retigabine, carbamazepine opens Kv7 channels.",
        "Both carbamazepine and retigabine opened Kv7 channels.",
        "Retigabine as well as carbamazepine opened Kv7 channels.",
    ],
)
def test_a_finding_likened_to_an_item_the_record_denies_it_of_is_contradicted(
    claim: str,
) -> None:
    assert support(claim, CHANNELS) is Verdict.CONTRADICTED


def test_a_likened_finding_the_record_affirms_of_the_item_is_not_contradicted() -> None:
    assert support("Retigabine opened Kv7 channels.", CHANNELS) is not Verdict.CONTRADICTED


ROUTES = abstract(
    "We review how the drug may act. Mechanisms that do not involve direct inhibition of the "
    "GABA-A receptor, including a role for its main metabolite, are also discussed."
)


@pytest.mark.parametrize(
    "claim",
    [
        "The review also discusses receptor-independent mechanisms, including the metabolite.",
        "The review also discusses mechanisms independent of the GABA-A receptor, including the "
        "metabolite.",
    ],
)
def test_a_suffix_denial_matches_a_record_denial_of_the_same_thing(claim: str) -> None:
    assert support(claim, ROUTES) is not Verdict.CONTRADICTED


SCALES = abstract(
    "Sixty adults with migraine were enrolled. Headache intensity fell by 2.1 points on a 0-10 "
    "verbal rating scale after the nerve block. Function improved on the disability index."
)


def test_an_acronym_the_record_spells_out_is_matched() -> None:
    assert support("Headache intensity fell after the nerve block on the VRS.", SCALES) is (
        Verdict.SUPPORTED
    )


def test_an_acronym_spelling_any_three_words_is_not_matched() -> None:
    # only a run ending in a naming head ("scale", "index") is read as a spelled-out name
    forms = _spelled_out_forms(build_index(SCALES))
    assert "vrs" in forms
    assert "awm" not in forms  # "adults with migraine"
    assert "hif" not in forms  # "Headache intensity fell"


BONDS = abstract(
    "The probe detects protons bound to nitrogen atoms in the backbone of the protein."
)


def test_bonded_is_bound() -> None:
    assert support("The probe detects protons bonded to nitrogen atoms.", BONDS) is (
        Verdict.SUPPORTED
    )
