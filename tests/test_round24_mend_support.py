"""Round 24 review mend, support: each round-24 support rule exercised through the overall
verdict, and the paths the review found too loose closed by class.

- "effects" says a claimed benefit only when named by the condition it relieves
  ("anxiolytic effects" for "anxiety benefits"); "metabolic" or "dissociative" effects are
  no benefits, and a benefit said in another sentence must be said of the claim's thing;
- a denial stated elsewhere never replaces a sentence that plainly affirms what the claim
  denies, nor comes from other people ("In men, ..." for the claim's "In women, ...");
- a "proposed" is excused as a method only inside the method's own phrase;
- an aim adds its setting only to a result sentence that backs the claim's direction;
- a stated length of time ("persisted for up to a full week") leaves how long to the
  quantity check, not to another arm's "brief";
- "weakening" is the opposite of "strengthening".
"""

from __future__ import annotations

from pathlib import Path

import pytest

from claimcheck import verify
from claimcheck.pubmed.model import AbstractSection, Author, PubMedRecord
from claimcheck.pubmed.parser import parse_records
from claimcheck.report.model import FindingKind, Verdict
from claimcheck.verification.checks import support as support_module

_ROOT = Path(__file__).resolve().parents[1]


def _real(pmid: str) -> PubMedRecord:
    for folder in ("fixtures", "tests/heldout/records"):
        path = _ROOT / folder / f"{pmid}.xml"
        if path.exists():
            return parse_records(path.read_bytes())[0]
    raise FileNotFoundError(pmid)


def record(text: str, title: str = "A study", authors: tuple[str, ...] = ()) -> PubMedRecord:
    return PubMedRecord(
        pmid="1",
        title=title,
        abstract=[AbstractSection(text=text)],
        authors=[Author(last_name=a, initials="A") for a in authors],
    )


def verdict(claim: str, rec: PubMedRecord) -> Verdict:
    return verify(claim, rec).verdict


def support_verdicts(claim: str, rec: PubMedRecord) -> list[Verdict]:
    return [f.verdict for f in verify(claim, rec).findings if f.kind is FindingKind.SUPPORT]


def spy(monkeypatch: pytest.MonkeyPatch, name: str) -> list[object]:
    """Record what the support module's function ``name`` returns."""
    returned: list[object] = []
    original = getattr(support_module, name)

    def wrapper(*args: object, **kwargs: object) -> object:
        result = original(*args, **kwargs)
        returned.append(result)
        return result

    monkeypatch.setattr(support_module, name, wrapper)
    return returned


KETAMINE_ANXIETY = "31526207"

# --- "effects" and a claimed benefit --------------------------------------------------------


@pytest.mark.parametrize(
    ("claim", "text"),
    [
        (
            "Olanzapine had marked metabolic benefits.",
            "We followed 120 adults starting olanzapine for first-episode psychosis for one "
            "year. Olanzapine had marked metabolic effects, including weight gain and insulin "
            "resistance, and cardiac effects such as QT prolongation.",
        ),
        (
            "Drug Q brought dissociative benefits at the higher doses.",
            "Forty adults with chronic pain received three doses of drug Q. Dissociative "
            "effects grew with the dose, and blood pressure rose at the highest dose.",
        ),
        (
            "Drug Q had clear cardiac benefits.",
            "Sixty adults received drug Q for eight weeks. Drug Q had clear cardiac effects, "
            "including QT prolongation in nine patients.",
        ),
    ],
)
def test_effects_named_by_no_relief_say_no_benefit(claim: str, text: str) -> None:
    assert verdict(claim, record(text)) is not Verdict.SUPPORTED


@pytest.mark.parametrize(
    "claim",
    [
        "Ketamine showed dose-dependent dissociative benefits.",
        "Higher ketamine doses brought larger dissociation benefits.",
    ],
)
def test_dissociative_effects_are_no_dissociation_benefits(claim: str) -> None:
    # Another sentence's "Improvements in anxiety ratings" is a benefit of anxiety, not of
    # dissociation: it does not lend "benefits" to the dose-response sentence.
    assert verdict(claim, _real(KETAMINE_ANXIETY)) is Verdict.NOT_IN_SOURCE


def test_a_benefit_said_elsewhere_must_be_of_the_claims_thing() -> None:
    rec = record(
        "Forty adults with chronic pain received three doses of drug Q. A dose-response "
        "profile was seen for analgesic effects, sedative side effects and heart rate. "
        "Improvements in pain scores appeared within a day of dosing."
    )
    claim = "Higher doses of drug Q brought larger sedation benefits."
    assert verdict(claim, rec) is not Verdict.SUPPORTED


def test_a_relieving_action_says_the_lay_benefit_overall() -> None:
    claim = "Higher ketamine doses brought larger anxiety benefits."
    assert verdict(claim, _real(KETAMINE_ANXIETY)) is Verdict.SUPPORTED


def test_a_specific_effect_said_in_another_sentence_backs_the_claim(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # "a rapid antidepressant effect" in one sentence, "reinforcing and toxic effects ... a
    # major obstacle" in another: the lead sentence's general "effects" do not block the claim.
    said = spy(monkeypatch, "_said_elsewhere")
    claim = "Ketamine lifts mood fast, but its reinforcing and toxic effects are a big hurdle."
    assert verdict(claim, _real("27261367")) is Verdict.SUPPORTED
    assert True in said


# --- a denial stated elsewhere ------------------------------------------------------------------

VACCINE = record(
    "We gave two doses of vaccine V to 240 adults aged over 65 years. In women, vaccine V "
    "induced neutralising antibodies against the Delta strain (P < 0.001). In men, vaccine V "
    "did not induce neutralising antibodies against the Delta strain.",
    title="Vaccine V in older adults",
)


def test_a_plain_affirmation_is_not_replaced_by_another_groups_denial() -> None:
    claim = "In women, vaccine V did not induce neutralising antibodies against the Delta strain."
    assert verdict(claim, VACCINE) is Verdict.CONTRADICTED


def test_an_affirmation_by_the_denied_verb_is_not_replaced() -> None:
    rec = record(
        "Tablet T was given to 300 adults for a year. In younger adults, tablet T raised "
        "bone density at the hip. In older adults, tablet T did not raise bone density at "
        "the hip."
    )
    claim = "In younger adults, tablet T did not raise bone density at the hip."
    assert verdict(claim, rec) is not Verdict.SUPPORTED


def test_another_groups_denial_does_not_back_the_claims_group() -> None:
    rec = record(
        "We gave two doses of vaccine V to 240 women and men aged over 65 years and measured "
        "neutralising antibodies against the Delta strain. In men, vaccine V did not induce "
        "neutralising antibodies against the Delta strain. Antibody titres were higher in "
        "women."
    )
    claim = "In women, vaccine V did not induce neutralising antibodies against the Delta strain."
    assert verdict(claim, rec) is not Verdict.SUPPORTED


def test_a_denial_stated_after_who_was_studied_backs_the_claim(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # The best-covering sentence names the runners and the thresholds determined; the next
    # states the denial itself.
    found = spy(monkeypatch, "_denial_said_elsewhere")
    claim = (
        "In 13 male endurance-trained runners, LEmin did not differ from the lactate "
        "threshold (P = 0.71)."
    )
    assert verdict(claim, _real("30108519")) is Verdict.SUPPORTED
    assert any(hit is not None for hit in found)


# --- a method proposed, a mechanism proposed ---------------------------------------------------


@pytest.mark.parametrize(
    ("claim", "text"),
    [
        (
            "The intronic variant was found to disrupt KCNQ4 splicing.",
            "We sequenced the KCNQ4 gene in 40 families with early-onset deafness. A screening "
            "protocol is proposed, and the intronic variant is proposed to disrupt KCNQ4 "
            "splicing in these families.",
        ),
        (
            "The authors showed that loss of protein P causes the white-matter lesions.",
            "We imaged 25 patients with leukodystrophy. A new imaging method is proposed, and "
            "loss of protein P is proposed to cause the white-matter lesions.",
        ),
    ],
)
def test_a_proposed_method_excuses_only_its_own_proposed(claim: str, text: str) -> None:
    assert verdict(claim, record(text)) is Verdict.NOT_IN_SOURCE


def test_a_method_the_paper_proposes_is_still_its_result() -> None:
    rec = record(
        "Current assays cannot separate the two isoforms. Here a two-step labelling method is "
        "proposed, which separates the isoforms and is able to quantify each of them."
    )
    claim = "The authors showed that a two-step labelling method can quantify each isoform."
    assert support_verdicts(claim, rec) == [Verdict.SUPPORTED]


# --- an aim adding the claim's setting ----------------------------------------------------------

ALDRIN = "28775130"


def test_an_aim_lends_no_setting_to_a_result_of_the_other_direction() -> None:
    claim = (
        "Among 679 men in an Agricultural Health Study substudy (2010-2013), higher aldrin "
        "exposure was linked to lower TSH."
    )
    assert Verdict.SUPPORTED not in support_verdicts(claim, _real(ALDRIN))
    assert verdict(claim, _real(ALDRIN)) is Verdict.CONTRADICTED


@pytest.mark.parametrize(
    "claim",
    [
        "Among 679 men in an Agricultural Health Study substudy, higher aldrin exposure was "
        "linked to lower TSH levels.",
        "Among 679 men enrolled in an Agricultural Health Study substudy, higher aldrin "
        "exposure was associated with lower TSH.",
    ],
)
def test_an_aim_lends_no_setting_to_a_result_of_the_other_direction_own_wording(
    claim: str,
) -> None:
    assert Verdict.SUPPORTED not in support_verdicts(claim, _real(ALDRIN))
    assert verdict(claim, _real(ALDRIN)) is Verdict.CONTRADICTED


def test_an_aim_adds_the_setting_to_a_result_of_the_same_direction(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    added = spy(monkeypatch, "_aim_adds_setting")
    claim = (
        "Among 679 men in an Agricultural Health Study substudy, higher aldrin exposure was "
        "linked to lower T4."
    )
    assert verdict(claim, _real(ALDRIN)) is Verdict.SUPPORTED
    assert True in added


# --- how long: a stated length of time against another arm's "brief" ---------------------------


@pytest.mark.parametrize(
    "claim",
    [
        "Improvements in anxiety ratings persisted for up to a full week after ketamine.",
        "Improvements in anxiety ratings persisted for up to 1 week.",
    ],
)
def test_a_stated_length_is_no_opposite_of_another_arms_brief(claim: str) -> None:
    assert verdict(claim, _real(KETAMINE_ANXIETY)) is Verdict.SUPPORTED


ARMS = record(
    "Improvements in anxiety ratings occurred within an hour of drug K dosing and persisted "
    "for up to 1 week. Drug M had minor brief effects on anxiety ratings."
)


def test_a_stated_length_is_no_opposite_of_another_arms_brief_own_wording() -> None:
    claim = "Improvements in anxiety ratings persisted for up to a full week after drug K."
    assert verdict(claim, ARMS) is Verdict.SUPPORTED


def test_a_longer_stated_length_is_still_contradicted() -> None:
    claim = "Improvements in anxiety ratings persisted for a month."
    assert verdict(claim, _real(KETAMINE_ANXIETY)) is Verdict.CONTRADICTED


def test_lasting_without_a_length_still_meets_brief() -> None:
    claim = "Improvements in anxiety ratings after drug K were long-lasting."
    assert verdict(claim, ARMS) is Verdict.CONTRADICTED


# --- strengthening and weakening ---------------------------------------------------------------


def test_weakening_is_the_opposite_of_strengthening() -> None:
    claim = (
        "The review traced the antidepressant behavioural effects of ketamine to a sustained "
        "weakening of excitatory synapses."
    )
    assert verdict(claim, _real("29532791")) is Verdict.CONTRADICTED


def test_weakened_is_the_opposite_of_strengthening_own_wording() -> None:
    rec = record(
        "Drug K acts by blocking receptor R, leading to sustained strengthening of excitatory "
        "synapses, which is necessary for its antidepressant behavioural actions."
    )
    claim = (
        "Drug K's antidepressant behavioural actions rest on a sustained weakening of "
        "excitatory synapses."
    )
    assert verdict(claim, rec) is Verdict.CONTRADICTED


# --- a statement of a compound claim and the authors' names ------------------------------------


@pytest.mark.parametrize(
    "claim",
    [
        "A 2007 review by Pittenger, Sanacora and Krystal notes that NMDA receptor-targeting "
        "drugs have shown antidepressant properties in human and animal research, although "
        "cognitive and psychotomimetic side effects stand in the way of clinically useful "
        "agents.",
        "Pittenger, Sanacora and Krystal write that NMDA receptor-targeting drugs have shown "
        "antidepressant properties in people and in animals, although cognitive and "
        "psychotomimetic side effects stand in the way of useful agents.",
    ],
)
def test_a_statement_does_not_demand_the_authors_names(
    claim: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    dropped: list[bool] = []
    original = support_module._unauthored

    def unauthored(text: str, terms: tuple[object, ...], index: object) -> tuple[object, ...]:
        kept = original(text, terms, index)  # type: ignore[arg-type]
        dropped.append(len(kept) < len(terms))
        return kept

    monkeypatch.setattr(support_module, "_unauthored", unauthored)
    assert verdict(claim, _real("17430148")) is Verdict.SUPPORTED
    assert True in dropped
