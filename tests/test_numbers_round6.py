"""Numbers, round 6: increments ("five more sessions"), a "course of N, M a week", ordinal time
points ("the second month" is month 2), an effect ratio named before its value, the same figure
in another unit, bounds on opposite sides of one mark, another part of the same whole, labels
swapped between the items of a list, a better-fitting disagreeing figure, "all N" against fewer,
a wrong head count of the study as a sample size, and bare figures matched within their own
rounding (never by a confidence bound)."""

from __future__ import annotations

from synthetic_records import made_up_record

from claimcheck import verify
from claimcheck.pubmed.model import PubMedRecord
from claimcheck.report.model import FindingKind, Verdict
from claimcheck.verification.quantities import find_quantities, quantities_conflict

S, C, N, M = (
    Verdict.SUPPORTED,
    Verdict.CONTRADICTED,
    Verdict.NOT_IN_SOURCE,
    Verdict.METADATA_MISMATCH,
)


def abstract(*sentences: str, title: str = "A study") -> PubMedRecord:
    return made_up_record(*sentences, title=title, pmid="6")


def of_kind(claim: str, rec: PubMedRecord, kind: FindingKind) -> list[Verdict]:
    return [f.verdict for f in verify(claim, rec).findings if f.kind is kind]


def read(text: str) -> list[tuple[str, str, float]]:
    return [(q.text, q.unit, q.value) for q in find_quantities(text)]


# --- parsing ------------------------------------------------------------------------------------


def test_a_count_beyond_an_earlier_one_is_still_a_count_of_its_noun() -> None:
    assert read("Non-responders were offered five more physiotherapy sessions.") == [
        ("five more physiotherapy sessions", "count", 5.0)
    ]
    assert read("two fewer patients") == [("two fewer patients", "count", 2.0)]


def test_a_course_then_a_rate_is_not_a_part_of_a_whole() -> None:
    found = read("Patients had a block of eight laser sessions, two a week for a month.")
    assert ("eight laser sessions", "count", 8.0) in found
    assert ("two a week", "per_week", 2.0) in found
    assert all(unit != "ratio" for _, unit, _ in found)
    # a share still reads as one when nothing measures the second number
    assert read("Of the 30 mice, 12 survived")[0][1] == "ratio"


def test_an_ordinal_names_a_time_point() -> None:
    assert read("Pain peaked in the second month of follow-up.") == [("second month", "month", 2.0)]
    assert read("by the 3rd day") == [("3rd day", "day", 3.0)]
    assert read("Tablets were taken every second week.") == []


def test_an_effect_ratio_named_before_its_value_is_a_statistic() -> None:
    (found,) = find_quantities("The hazard ratio for stroke among heavy drinkers was 1.9.")
    assert (found.unit, found.value) == ("ratio_stat", 1.9)
    (hedged,) = find_quantities("the risk ratio in the oldest group was roughly 0.6")
    assert (hedged.unit, hedged.bound) == ("ratio_stat", "~")


def test_bounds_pointing_away_from_one_mark_conflict() -> None:
    (above,) = find_quantities("at pressures above 30 mm Hg")
    (below,) = find_quantities("at pressures below 30 mm Hg")
    assert quantities_conflict(above, below)
    (more,) = find_quantities("more than 40% of wells")
    (less,) = find_quantities("less than 60% of wells")
    assert not quantities_conflict(more, less)  # 40% to 60% leaves room for both


# --- judging ------------------------------------------------------------------------------------

SURGERY = abstract(
    "Wound closure was achieved within 48 hours in the laser group.",
    "Of 420 records screened, 11 trials were included.",
    "Pain scores were recorded at month 2 and month 6.",
    title="Laser therapy for chronic wounds",
)


def test_the_same_figure_in_another_unit_contradicts() -> None:
    claim = "Wound closure in the laser group was achieved within 48 minutes."
    assert of_kind(claim, SURGERY, FindingKind.QUANTITY) == [C]


def test_another_part_of_the_same_whole_contradicts() -> None:
    claim = "Thirteen of the 420 records screened were included."
    assert of_kind(claim, SURGERY, FindingKind.QUANTITY) == [C]


def test_an_ordinal_time_point_meets_the_numbered_one() -> None:
    assert of_kind("Pain was recorded in the second month.", SURGERY, FindingKind.QUANTITY) == [S]
    assert of_kind("Pain was recorded in the third month.", SURGERY, FindingKind.QUANTITY) == [C]


LIST = abstract(
    "Of the 40 children, 28 (70%) had asthma and 32 (80%) had eczema.",
    title="Atopic disease in a school cohort",
)


def test_labels_swapped_between_list_items_contradict() -> None:
    swapped = "Twenty-eight children (70%) had eczema and 32 (80%) had asthma."
    assert verify(swapped, LIST).verdict is C
    faithful = "Twenty-eight children (70%) had asthma and 32 (80%) had eczema."
    assert of_kind(faithful, LIST, FindingKind.QUANTITY).count(C) == 0


BEES = abstract(
    "Exposure to the fungicide boscalid was associated with forager loss (OR 1.4, 95% CI 1.1 "
    "to 2.6).",
    "Exposure to the insecticide clothianidin was associated with forager loss (OR 2.6, 95% CI "
    "1.9 to 3.4).",
    "Colony weight did not differ between apiaries.",
)


def test_a_value_named_for_another_agent_does_not_back_the_claim() -> None:
    # 2.6 is clothianidin's odds ratio; boscalid's is 1.4
    claim = "Boscalid exposure gave an odds ratio of 2.6 for forager loss."
    assert of_kind(claim, BEES, FindingKind.QUANTITY) == [C]
    right = "Boscalid exposure gave an odds ratio of 1.4 for forager loss."
    assert of_kind(right, BEES, FindingKind.QUANTITY) == [S]


TRIALS = abstract(
    "Of 350 articles screened, 9 trials met inclusion criteria.",
    "Four trials reported a significant reduction in migraine days with the device.",
    title="Nerve stimulation for migraine: a meta-analysis",
)


def test_all_of_them_against_fewer_doing_it_contradicts() -> None:
    claim = "All nine included trials reported a significant reduction in migraine days."
    assert of_kind(claim, TRIALS, FindingKind.QUANTITY) == [C]


COHORT = abstract(
    "We enrolled 64 adults with type 2 diabetes in an open-label study.",
    "Mean HbA1c fell by 0.8 points after 12 weeks of the diet.",
    title="A low-carbohydrate diet in adults with type 2 diabetes",
)


def test_a_wrong_head_count_of_the_study_is_a_metadata_mismatch() -> None:
    claim = "Eighty-four adults with type 2 diabetes followed the diet for 12 weeks."
    verdicts = [f.verdict for f in verify(claim, COHORT).findings if not f.informational]
    assert M in verdicts
    assert C not in verdicts


RISK = abstract(
    "Night-shift work was associated with breast cancer (OR 1.31; 95% CI 1.05 to 1.64).",
    title="Night-shift work and breast cancer",
)


def test_a_bare_figure_needs_its_own_rounding_and_never_a_confidence_bound() -> None:
    # 1.64 is the upper confidence bound; 1.6 is within 5% of it but is not the estimate
    claim = "Night-shift work and breast cancer: the estimate reported, 1.6, favoured an effect."
    assert verify(claim, RISK).verdict is not S
