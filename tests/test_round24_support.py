"""Round 24, support: rules that misfired on true claims, fixed by class.

- "speaks only of effects in general" fires only when no sentence backs the specific effect,
  and an effect named by what it does ("anxiolytic effects") says a lay name ("anxiety
  benefits");
- an aim may add the claim's opening setting ("Among 500 nurses in a cohort, ...") to a
  result sentence that carries the finding;
- a method "proposed" by the paper is its result, not a hypothesis;
- a best-covering sentence that only names who was studied does not contradict a denial
  that another sentence states;
- a statement of a compound claim does not demand the authors' names from the abstract.
"""

from __future__ import annotations

from claimcheck import verify
from claimcheck.pubmed.model import AbstractSection, Author, PubMedRecord
from claimcheck.report.model import FindingKind, Verdict


def record(text: str, title: str = "A study", authors: tuple[str, ...] = ()) -> PubMedRecord:
    return PubMedRecord(
        pmid="1",
        title=title,
        abstract=[AbstractSection(text=text)],
        authors=[Author(last_name=a, initials="A") for a in authors],
    )


def support(claim: str, rec: PubMedRecord) -> Verdict:
    found = [f for f in verify(claim, rec).findings if f.kind is FindingKind.SUPPORT]
    assert found, claim
    return found[-1].verdict


DOSE = record(
    "Forty adults with chronic pain received three doses of drug Q. A dose-response profile "
    "was seen for analgesic effects, sedative side effects and changes in heart rate."
)


def test_an_effect_named_by_what_it_does_says_the_lay_benefit() -> None:
    claim = "Higher doses of drug Q brought larger pain benefits, but also more sedation."
    assert support(claim, DOSE) is Verdict.SUPPORTED


def test_a_general_effect_still_does_not_say_a_specific_one() -> None:
    rec = record(
        "Forty adults received three doses of drug Q. A dose-response profile was seen for "
        "effects on heart rate and sedation."
    )
    claim = "Higher doses of drug Q brought larger pain benefits and more sedation."
    assert support(claim, rec) is not Verdict.SUPPORTED


REVIEW = record(
    "Drug Z has a unique mood-regulating property and studies have shown a rapid "
    "antidepressant effect of drug Z. However, its clinical use faces a major obstacle: drug "
    "Z also has marked addictive and toxic effects.",
)


def test_a_specific_effect_said_in_another_sentence_is_backed() -> None:
    claim = "Drug Z lifts mood quickly, but its addictive and toxic effects are an obstacle."
    assert support(claim, REVIEW) is Verdict.SUPPORTED


def test_a_specific_effect_said_nowhere_is_not_backed() -> None:
    rec = record(
        "Drug Z has been studied in several trials. However, its clinical use faces a major "
        "obstacle: drug Z also has marked addictive and toxic effects."
    )
    claim = "Drug Z lifts mood quickly, but its addictive and toxic effects are an obstacle."
    assert support(claim, rec) is not Verdict.SUPPORTED


COHORT = record(
    "We examined the relationship between solvent use and kidney function in 512 nurses "
    "enrolled in a substudy of the Regional Workforce Cohort. Higher exposure to toluene was "
    "associated with reduced kidney function (OR 2.10, 95% CI 1.20 to 3.70)."
)


def test_an_aim_may_add_the_claims_opening_setting_to_a_result() -> None:
    claim = (
        "Among 512 nurses in a Regional Workforce Cohort substudy, higher toluene exposure was "
        "associated with reduced kidney function."
    )
    assert support(claim, COHORT) is Verdict.SUPPORTED


def test_an_aim_never_supplies_the_finding_itself() -> None:
    rec = record(
        "We examined the relationship between solvent use and kidney function in 512 nurses "
        "enrolled in a substudy of the Regional Workforce Cohort. Higher exposure to toluene "
        "was associated with more headaches."
    )
    claim = "Higher toluene exposure was associated with reduced kidney function among the nurses."
    assert support(claim, rec) is not Verdict.SUPPORTED


def test_a_method_the_paper_proposes_is_its_result() -> None:
    rec = record(
        "Current assays cannot separate the two isoforms. Here a two-step labelling method is "
        "proposed, which separates the isoforms and is able to quantify each of them."
    )
    claim = "The authors showed that a two-step labelling method can quantify each isoform."
    assert support(claim, rec) is Verdict.SUPPORTED


def test_a_proposed_mechanism_is_still_a_hypothesis() -> None:
    rec = record(
        "Isoform B levels rose after exercise. A mechanism is proposed in which isoform B "
        "activates the repair pathway in muscle."
    )
    claim = "The authors showed that isoform B activates the repair pathway in muscle."
    assert support(claim, rec) is not Verdict.SUPPORTED


RUNNERS = record(
    "Eleven female trained cyclists [peak power 320 W] performed graded tests to determine "
    "the ventilatory threshold and the critical power. Marker K did not differ from the "
    "ventilatory threshold (P = 0.64) and was 20% lower than critical power (P < 0.001)."
)


def test_a_sentence_of_who_was_studied_does_not_contradict_a_stated_denial() -> None:
    claim = "In 11 female trained cyclists, marker K did not differ from the ventilatory threshold."
    assert support(claim, RUNNERS) is Verdict.SUPPORTED


def test_a_denial_the_record_never_states_is_not_backed() -> None:
    rec = record(
        "Eleven female trained cyclists [peak power 320 W] performed graded tests to "
        "determine the ventilatory threshold and the critical power. Marker K was 20% lower "
        "than the ventilatory threshold (P < 0.001)."
    )
    claim = "In 11 female trained cyclists, marker K did not differ from the ventilatory threshold."
    assert support(claim, rec) is not Verdict.SUPPORTED


def test_a_statement_does_not_demand_the_authors_names() -> None:
    rec = record(
        "Drugs that block channel T have shown analgesic properties in clinical and preclinical "
        "studies. Nevertheless, other effects of such drugs, including sedation and "
        "dizziness, complicate their use.",
        authors=("Okonkwo", "Haldane"),
    )
    claim = (
        "A review by Okonkwo and Haldane notes that channel T blockers have shown analgesic "
        "properties in human and animal studies, although sedation and dizziness complicate "
        "their use."
    )
    assert support(claim, rec) is Verdict.SUPPORTED
