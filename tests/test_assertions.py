"""What a claim asserts: each kind of assertion read from real article wording and variants."""

from __future__ import annotations

import pytest

from claimcheck.verification import lexicon as lx
from claimcheck.verification.assertions import (
    Axis,
    Certainty,
    ComparatorKind,
    extract_assertions,
)


def stems(text: str) -> set[str]:
    return {t.stem for t in extract_assertions(text).key_terms}


@pytest.mark.parametrize(
    ("claim", "year"),
    [
        ("A 2019 medical review on ketamine for depression documented side effects", 2019),
        ("Medical trials as far back as the year 2000 show ketamine to be effective", 2000),
        ("A placebo-controlled, double-blinded clinical trial from 2020 tested ketamine", 2020),
        ("Smith et al. (2016) found lower blood pressure", 2016),
        ("The review, published in 2018, pooled seven trials", 2018),
    ],
)
def test_publication_years_are_read(claim: str, year: int) -> None:
    assert [y.year for y in extract_assertions(claim).years] == [year]


def test_a_year_that_dates_an_event_is_not_a_publication_year() -> None:
    claim = "Ketamine was approved by the Food and Drug Administration in 1970 as an anesthetic"
    assert extract_assertions(claim).years == ()


@pytest.mark.parametrize(
    ("claim", "journal"),
    [
        ("A medical review published in the Anesthesia & Analgesia journal assessed trials",
         "Anesthesia & Analgesia"),
        ("According to a medical review in the Brain Research Bulletin, ketamine is addictive",
         "Brain Research Bulletin"),
        ("A meta-study published in the Current Topics in Medicinal Chemistry journal found",
         "Current Topics in Medicinal Chemistry"),
        ("The trial, published in The Lancet, reported fewer deaths", "Lancet"),
    ],
)  # fmt: skip
def test_journal_names_are_read(claim: str, journal: str) -> None:
    assert [j.name for j in extract_assertions(claim).journals] == [journal]


def test_a_country_after_in_is_not_a_journal() -> None:
    assert extract_assertions("A study in the United States found higher rates").journals == ()


def test_design_words_and_their_denial() -> None:
    claim = "A placebo-controlled, double-blinded clinical trial from 2020 tested ketamine"
    designs = {(d.design, d.negated) for d in extract_assertions(claim).designs}
    assert designs == {
        (lx.PLACEBO_CONTROLLED, False),
        (lx.DOUBLE_BLIND, False),
        (lx.CLINICAL_TRIAL, False),
        (lx.SINGLE_TRIAL, False),
    }
    denied = extract_assertions("This study wasn’t placebo-controlled").designs
    assert [(d.design, d.negated) for d in denied] == [(lx.PLACEBO_CONTROLLED, True)]


def test_designs_a_review_looked_at_are_not_the_works_design() -> None:
    claim = "A medical review published in the Anesthesia & Analgesia journal assessed previous "
    claim += "clinical trials of ketamine for pain"
    assert [d.design for d in extract_assertions(claim).designs] == [lx.REVIEW]


def test_meta_study_is_a_meta_analysis() -> None:
    claim = "A meta-study assessed many individual trials on ketamine and depression"
    assert [d.design for d in extract_assertions(claim).designs] == [lx.META_ANALYSIS]


@pytest.mark.parametrize(
    ("claim", "kind", "drug_class"),
    [
        ("compared the results with patients taking a popular pharmaceutical antidepressant",
         ComparatorKind.DRUG, "antidepressant"),
        ("one single ketamine infusion was more effective than the pharma drug",
         ComparatorKind.DRUG, None),
        ("ketamine was more effective than placebo for anxiety", ComparatorKind.PLACEBO, None),
        ("ketamine was compared with midazolam (an active placebo)",
         ComparatorKind.ACTIVE_PLACEBO, "benzodiazepine"),
        ("the infusion worked better than usual care", ComparatorKind.USUAL_CARE, None),
        ("ketamine outperformed sertraline", ComparatorKind.DRUG, "antidepressant"),
    ],
)  # fmt: skip
def test_comparators_are_classified(claim: str, kind: ComparatorKind, drug_class: str) -> None:
    (comparator,) = extract_assertions(claim).comparators
    assert (comparator.kind, comparator.drug_class) == (kind, drug_class)


def test_a_bound_is_not_a_comparator() -> None:
    claim = "59% of patients achieved a greater than 50% reduction in their symptoms"
    assert extract_assertions(claim).comparators == ()


def test_a_vague_comparator_takes_its_meaning_from_the_article_passage() -> None:
    quote = "compared the results with patients taking a popular pharmaceutical antidepressant"
    assertions = extract_assertions("it was more effective than the pharma drug", quote=quote)
    assert assertions.comparators[0].drug_class == "antidepressant"


@pytest.mark.parametrize(
    ("claim", "n"),
    [
        ("18 of the 20 patients studied reported significant reductions in anxiety", 20),
        ("Forty-one participants were randomized to ketamine or midazolam", 41),
        ("The trial enrolled 1,683 adults with depression", 1683),
        ("Outcomes improved (n = 120) after surgery", 120),
        ("Twelve subjects with major depression completed the trial", 12),
    ],
)
def test_sample_sizes_are_read(claim: str, n: int) -> None:
    assert [s.n for s in extract_assertions(claim).sample_sizes] == [n]


def test_a_sample_size_is_not_also_checked_as_a_bare_quantity() -> None:
    assertions = extract_assertions("The trial enrolled 41 participants with depression")
    assert [s.n for s in assertions.sample_sizes] == [41]
    assert assertions.quantities == ()


def test_quantities_keep_what_they_are_a_share_of() -> None:
    assertions = extract_assertions(
        "59% of depressed patients achieved a significant (greater than 50%) reduction"
    )
    shares = [(q.phrase.text, q.of_what) for q in assertions.quantities]
    assert shares == [("59%", "people"), ("50%", "change")]
    assert extract_assertions("38% of studies described effects").quantities[0].of_what == "studies"


def test_a_ratio_keeps_its_context_words() -> None:
    (quantity,) = extract_assertions(
        "18 of the 20 patients reported reductions in anxiety"
    ).quantities
    assert quantity.quantity.unit == "ratio"
    assert {"anxieti", "decreas"} <= {t.stem for t in quantity.context}


def test_uninformative_numbers_are_not_checked() -> None:
    assertions = extract_assertions("one single infusion helped on a 0-10 scale (P < .05)")
    assert assertions.quantities == ()


@pytest.mark.parametrize(
    ("claim", "level"),
    [
        ("it also has the proven potential to help treat addiction", Certainty.STRONG),
        ("the safety of short-term use is well-documented", Certainty.STRONG),
        ("ketamine may have sedative effects", Certainty.HEDGED),
        ("early research suggests normalizing effects", Certainty.HEDGED),
        ("previous research has shown NMDA dysfunction in depression", Certainty.ASSERTED),
        ("ketamine inhibits HCN1 channels", Certainty.ASSERTED),
    ],
)
def test_certainty(claim: str, level: Certainty) -> None:
    assert extract_assertions(claim).certainty.level is level


@pytest.mark.parametrize(
    ("claim", "negated"),
    [
        ("Ketamine did not reduce depressive symptoms", True),
        ("Repeated infusions had no cumulative antidepressant effects", True),
        ("Ketamine was no more effective than midazolam", True),
        ("This study wasn't placebo-controlled", False),
        ("ketamine helped patients who did not respond to antidepressants", False),
        ("Ketamine reduced depressive symptoms", False),
    ],
)
def test_negated_statements(claim: str, negated: bool) -> None:
    assert extract_assertions(claim).negated is negated


def test_significance_and_its_absence() -> None:
    assert [
        s.significant for s in extract_assertions("significantly more effective").significance
    ] == [True]
    none = extract_assertions("there was no significant difference in pain scores").significance
    assert [s.significant for s in none] == [False]


def test_directions_of_change_and_efficacy() -> None:
    less = extract_assertions("A ketamine IV was significantly less effective than placebo")
    assert [(d.axis, d.up) for d in less.directions] == [(Axis.EFFICACY, False)]
    raised = extract_assertions("Blood pressure increased after dosing").directions
    assert [(d.axis, d.up, d.phrase.text) for d in raised] == [(Axis.CHANGE, True, "increased")]
    # "greater" only grades the reduction: one change, downwards.
    graded = extract_assertions("a significantly greater reduction in symptoms").directions
    assert [(d.axis, d.up) for d in graded] == [(Axis.CHANGE, False)]
    named = extract_assertions("hyperpolarization-activated channels").directions
    assert named == ()


def test_sponsors_and_places() -> None:
    (funded,) = extract_assertions("This study was sponsored by a Canadian university").sponsors
    assert (funded.funded, funded.country, funded.sponsor_kind) == (True, "Canada", "university")
    (place,) = extract_assertions("A British study found fewer relapses").sponsors
    assert (place.funded, place.country) == (False, "United Kingdom")


def test_populations_people_and_animals() -> None:
    people = extract_assertions("ketamine helped patients with chronic pain").populations
    assert people[0].human is True and {"chronic", "pain"} <= set(people[0].terms)
    assert extract_assertions("ketamine reduced immobility in mice").populations[0].human is False


def test_quoted_words_are_kept_verbatim() -> None:
    claim = 'side effects were "acute psychiatric" in 38% of studies'
    assert [q.text for q in extract_assertions(claim).quotes] == ["acute psychiatric"]


def test_key_terms_leave_out_words_other_checks_own() -> None:
    terms = stems(
        "A 2019 randomized, placebo-controlled trial published in the Journal of Pain found "
        "that ketamine reduced chronic pain in 41 patients compared with placebo"
    )
    assert {"ketamin", "chronic", "pain"} <= terms
    assert not terms & {"2019", "random", "placebo", "journal", "publish", "trial", "41"}


def test_an_abbreviation_defined_in_the_claim_stands_for_its_long_form() -> None:
    claim = "ketamine inhibits hyperpolarization-activated cyclic nucleotide gated cationic (HCN1)"
    terms = extract_assertions(claim).key_terms
    assert {t.stem for t in terms} == {"ketamin", "inhibit", "hcn1"}
    hcn1 = next(t for t in terms if t.stem == "hcn1")
    assert {"cyclic", "nucleotid"} <= hcn1.concepts


def test_extraction_is_deterministic() -> None:
    claim = "59% of depressed patients achieved a significant reduction after 3x weekly infusions"
    assert extract_assertions(claim) == extract_assertions(claim)
