"""Round 24, polarity: each item's direction is judged on its own sentence (a foil named with
"the opposite way from", "unlike", "than" is not the subject), and a claimed sameness ("stays
the same", "just as easily", "held steady") is contradicted by the record's change of that very
thing."""

from __future__ import annotations

from claimcheck import verify
from claimcheck.pubmed.model import AbstractSection, PubMedRecord
from claimcheck.report.model import Verdict
from claimcheck.verification.checks.direction import check_sameness
from claimcheck.verification.engine import claim_assertions, record_index


def _record(title: str, *sections: tuple[str, str]) -> PubMedRecord:
    return PubMedRecord.model_validate(
        {
            "pmid": "1",
            "title": title,
            "abstract": [AbstractSection(label=label, text=text) for label, text in sections],
        }
    )


# Two exposures with opposite findings on the same two markers.
SOLVENTS = _record(
    "Solvent exposure and liver enzymes in painters.",
    ("METHODS", "We measured serum ALT and bilirubin in 412 house painters by exposure level."),
    (
        "RESULTS",
        "Higher exposure to the solvent toluene was associated with higher ALT (ptrend=0.01) "
        "and lower bilirubin (ptrend=0.03). The degreaser trichloroethylene was inversely "
        "associated with ALT (ptrend=0.02) and positively associated with bilirubin "
        "(ptrend=0.04).",
    ),
    ("CONCLUSIONS", "Solvent exposure may alter liver function among painters."),
)


def test_direction_is_judged_on_the_subjects_sentence_not_the_foils() -> None:
    for claim in (
        "The degreaser trichloroethylene went the opposite way from toluene: more exposure went "
        "with lower ALT.",
        "Trichloroethylene, unlike toluene exposure, went with lower ALT.",
    ):
        assert verify(claim, SOLVENTS).verdict is not Verdict.CONTRADICTED, claim


def test_a_wrong_direction_for_the_subject_is_still_contradicted() -> None:
    claim = (
        "The degreaser trichloroethylene went the opposite way from toluene: more exposure went "
        "with higher ALT."
    )
    assert verify(claim, SOLVENTS).verdict is Verdict.CONTRADICTED


def test_inverse_and_positive_association_read_as_directions() -> None:
    assert verify("Trichloroethylene was linked to lower ALT.", SOLVENTS).verdict is (
        Verdict.SUPPORTED
    )
    assert verify("Trichloroethylene was linked to higher ALT.", SOLVENTS).verdict is (
        Verdict.CONTRADICTED
    )


KNOCKOUT = _record(
    "Sedation by dexmedetomidine in mice lacking the alpha2A receptor.",
    ("METHODS", "We compared wild-type mice with alpha2A receptor knock-out mice."),
    (
        "RESULTS",
        "The potency of dexmedetomidine to induce loss of the startle response, a marker of "
        "sedation, was markedly increased in alpha2A knock-out mice. Body temperature was "
        "unchanged in knock-out mice.",
    ),
)


def test_a_claimed_sameness_is_contradicted_by_a_change_of_that_thing() -> None:
    for claim in (
        "Without the alpha2A receptor, the potency of dexmedetomidine to abolish the startle "
        "response stays the same.",
        "In alpha2A knock-out mice, dexmedetomidine's potency on the startle response remained "
        "unchanged.",
        "Remove alpha2A from mice: the startle response potency of dexmedetomidine held steady.",
    ):
        assert verify(claim, KNOCKOUT).verdict is Verdict.CONTRADICTED, claim


def test_a_sameness_the_record_also_states_is_not_contradicted() -> None:
    claim = "In alpha2A knock-out mice, body temperature stayed the same."
    assert verify(claim, KNOCKOUT).verdict is not Verdict.CONTRADICTED


def test_a_sameness_about_another_thing_than_the_change_is_not_contradicted() -> None:
    claim = "In alpha2A knock-out mice, the heart rate response to dexmedetomidine was unchanged."
    assert check_sameness(claim_assertions(claim), record_index(KNOCKOUT)) == []


def test_a_sameness_across_arms_is_left_to_the_comparison_checks() -> None:
    claim = (
        "The startle response potency of dexmedetomidine was the same in both wild-type and "
        "alpha2A knock-out mice."
    )
    assert check_sameness(claim_assertions(claim), record_index(KNOCKOUT)) == []
