"""Contradictions by meaning, certainty and groups (round 5).

Each test is one class of claim, in wordings of our own: loose bounds ("a little over a
third"), two compared things both named by the record's topic words, denials followed by the
other arm, overstated certainty in everyday words ("a cure", "nailed down", "months of relief"
against an open long-term question), a hedged conclusion about another point, obstacles named
by pointing back ("such agents"), things "told apart", an unchanged clause, and a finding the
record keeps to one group."""

from __future__ import annotations

from synthetic_records import made_up_record

from claimcheck.pubmed.model import AbstractSection, PubMedRecord
from claimcheck.report.model import FindingKind, Verdict
from claimcheck.verification.assertions import Certainty, extract_assertions
from claimcheck.verification.engine import verify


def record(*sentences: str, title: str = "Drug Y and sleep") -> PubMedRecord:
    return made_up_record(*sentences, title=title, pmid="900002")


def kinds(claim: str, rec: PubMedRecord, kind: FindingKind) -> list[Verdict]:
    return [f.verdict for f in verify(claim, rec).findings if f.kind is kind]


# --- loose bounds -----------------------------------------------------------------------------


def test_loose_bound_words_before_a_figure_are_not_claim_words() -> None:
    for bound in ("a little over", "slightly under", "just shy of", "a bit more than"):
        claim = f"Serum zinc was {bound} a third lower in the treated rats."
        words = {t.text.lower() for t in extract_assertions(claim).key_terms}
        assert not words & {"little", "slightly", "shy", "bit"}, bound


# --- two compared things, both the record's topic ---------------------------------------------

THRESHOLDS = record(
    "The glucose plateau (GP) and the zeta threshold (ZT) were measured in 15 cyclists.",
    "We compared ZT and ZT-related thresholds with GP.",
    "ZT did not differ from the ventilatory threshold (VT) (P = 0.62) and was 18% lower than GP.",
    "ZT+2mM was not different from GP (P = 0.41; ES: 0.07).",
    "ZT predicted GP best (r = 0.88).",
    title="Zeta threshold and the glucose plateau in cyclists",
)


def test_a_claimed_difference_between_two_topic_things_the_record_finds_equal() -> None:
    claim = "Power at ZT plus 2 mmol/L differed significantly from the glucose plateau."
    assert Verdict.CONTRADICTED in kinds(claim, THRESHOLDS, FindingKind.DIRECTION)


def test_a_claimed_sameness_the_record_states_is_backed_by_that_clause() -> None:
    claim = "ZT plus 2 mmol/L was similar to the glucose plateau."
    assert Verdict.CONTRADICTED not in kinds(claim, THRESHOLDS, FindingKind.DIRECTION)


def test_a_record_side_the_claim_does_not_name_is_no_evidence() -> None:
    # The record compares ZT+2mM with GP and ZT with VT; nothing of ZT+2mM against VT.
    claim = "ZT plus 2 mmol/L differed from the ventilatory threshold."
    messages = [f.message for f in verify(claim, THRESHOLDS).findings]
    assert not any("'not different'" in m for m in messages)


# --- denials followed by the other arm --------------------------------------------------------


def test_a_denial_followed_by_what_the_control_arm_did_is_still_a_denial() -> None:
    assert extract_assertions("Drug Y did not shorten sleep onset, while placebo did.").negated
    assert extract_assertions("Drug Y did not beat placebo on sleep onset.").negated


def test_a_denied_design_is_not_a_denied_finding() -> None:
    assert not extract_assertions("The trial was not placebo-controlled.").negated
    assert not extract_assertions("There was no placebo group in this trial.").negated


# --- overstated certainty in everyday words ---------------------------------------------------

PROMISING = record(
    "Opioid dependence is common in prisons.",
    "Interestingly, buprenorphine group counselling has been proposed as a promising way to "
    "treat dependence on other opioids.",
    title="Buprenorphine counselling in prisons",
)


def test_a_cure_overstates_a_hedged_way_to_treat() -> None:
    claim = (
        "The paper describes buprenorphine group counselling as a proven cure for dependence "
        "on other opioids."
    )
    assert kinds(claim, PROMISING, FindingKind.CERTAINTY) == [Verdict.CONTRADICTED]


def test_a_cure_for_something_the_sentence_does_not_treat_is_no_rewording() -> None:
    claim = "Buprenorphine group counselling is a proven cure for insomnia in prisons."
    assert Verdict.CONTRADICTED not in kinds(claim, PROMISING, FindingKind.CERTAINTY)


LONG_TERM = record(
    "Nerve blocks are widely used for chronic knee pain, yet their long-term benefit is "
    "still unknown.",
    "Pooled trials showed a small reduction in knee pain up to 4 weeks after the block.",
    title="Nerve blocks for chronic knee pain: a meta-analysis",
)


def test_proven_lasting_relief_against_an_open_long_term_question() -> None:
    claim = "It is proven that nerve blocks give chronic knee pain patients years of relief."
    assert kinds(claim, LONG_TERM, FindingKind.CERTAINTY) == [Verdict.CONTRADICTED]


def test_proven_short_relief_is_not_read_against_the_long_term_question() -> None:
    claim = "It is proven that nerve blocks briefly ease chronic knee pain."
    assert Verdict.CONTRADICTED not in kinds(claim, LONG_TERM, FindingKind.CERTAINTY)


def test_everyday_idioms_of_settled_knowledge_are_strong_certainty() -> None:
    for claim in (
        "Researchers have nailed down how zinc protects the retina.",
        "It is beyond doubt that zinc protects the retina.",
        "How zinc protects the retina has already been well studied.",
    ):
        assert extract_assertions(claim).certainty.level is Certainty.STRONG, claim
    words = {
        t.text.lower()
        for t in extract_assertions(
            "Researchers have nailed down exactly how zinc protects the retina."
        ).key_terms
    }
    assert not words & {"nailed", "down", "exactly"}


OPEN_MECHANISM = record(
    "Many studies show that zinc levels are altered in macular degeneration; but how this "
    "change harms the retina is unclear.",
    title="Zinc in macular degeneration",
)


def test_a_mechanism_nailed_down_against_one_the_record_calls_unclear() -> None:
    claim = "Scientists have nailed down exactly how altered zinc harms the retina."
    assert kinds(claim, OPEN_MECHANISM, FindingKind.CERTAINTY) == [Verdict.CONTRADICTED]


# --- a hedged conclusion about another point --------------------------------------------------

HEDGED_OTHER_POINT = PubMedRecord(
    pmid="900003",
    title="Monthly drug Y in patients with refractory insomnia",
    abstract=[
        AbstractSection(
            label="OBJECTIVE",
            text="We studied 6 months of monthly drug Y in 30 patients with refractory insomnia.",
        ),
        AbstractSection(
            label="CONCLUSIONS",
            text="Monthly drug Y dosing was safe and well "
            "tolerated. Drug Y may be an option for patients with refractory "
            "insomnia.",
        ),
    ],
)


def test_a_hedged_conclusion_does_not_hedge_what_another_sentence_states_plainly() -> None:
    claim = "Six months of monthly drug Y proved safe in patients with refractory insomnia."
    assert Verdict.CONTRADICTED not in kinds(claim, HEDGED_OTHER_POINT, FindingKind.CERTAINTY)


def test_a_hedged_conclusion_still_hedges_its_own_point() -> None:
    claim = "Drug Y is a proven option for patients with refractory insomnia."
    assert kinds(claim, HEDGED_OTHER_POINT, FindingKind.CERTAINTY) == [Verdict.CONTRADICTED]


# --- obstacles named by pointing back ---------------------------------------------------------

POINTING_BACK = record(
    "Insomnia affects one adult in ten.",
    "Orexin antagonists improve sleep in animal models.",
    "Orexin levels in the brain follow a daily rhythm.",
    "Several orexin receptor subtypes have been described.",
    "Likewise, the potential of compounds directly targeting orexin signalling to act as "
    "everyday hypnotic medications has been discussed.",
    "However, the daytime sedation caused by such agents complicates this use and is a "
    "challenge for the development of practical drugs.",
    title="Orexin as a target in insomnia",
)


def test_no_obstacle_against_a_challenge_that_points_back_to_the_claimed_use() -> None:
    claim = (
        "The review sees no real barriers to turning orexin-targeting compounds into "
        "hypnotic medications."
    )
    assert Verdict.CONTRADICTED in kinds(claim, POINTING_BACK, FindingKind.DIRECTION)


def test_a_pointing_back_sentence_about_other_things_is_no_obstacle() -> None:
    claim = "There is no real barrier to measuring zinc in the blood of elderly patients."
    assert Verdict.CONTRADICTED not in kinds(claim, POINTING_BACK, FindingKind.DIRECTION)


# --- told apart -------------------------------------------------------------------------------

TWO_SITES = record(
    "Magnetic resonance studies of enzyme Q were performed at low temperature.",
    "The two copper sites are distinguishable, giving rise to separate resonance signals.",
    title="Copper sites of enzyme Q",
)


def test_cannot_be_told_apart_against_distinguishable() -> None:
    for claim in (
        "The two copper sites of enzyme Q could not be told apart in the resonance signals.",
        "The two copper sites looked identical and gave a single resonance signal.",
    ):
        assert Verdict.CONTRADICTED in kinds(claim, TWO_SITES, FindingKind.DIRECTION), claim


def test_told_apart_agrees_with_distinguishable() -> None:
    claim = "The two copper sites of enzyme Q can be told apart by their resonance signals."
    assert Verdict.CONTRADICTED not in kinds(claim, TWO_SITES, FindingKind.DIRECTION)


# --- an unchanged clause ----------------------------------------------------------------------

UNCHANGED = record(
    "Knock-out of gene K reduced sedation by drug Y.",
    "In addition, sevoflurane potency was reduced in K knock-out rats, whereas desflurane "
    "potency was unaffected by K deletion.",
    title="Gene K and drug Y sedation in rats",
)


def test_a_change_claimed_for_what_the_record_calls_unaffected() -> None:
    claim = "Deleting gene K weakened desflurane potency in rats."
    assert Verdict.CONTRADICTED in kinds(claim, UNCHANGED, FindingKind.DIRECTION)


def test_the_change_of_the_other_clause_stands() -> None:
    claim = (
        "Sevoflurane potency was reduced in rats lacking gene K, whereas desflurane worked "
        "as before."
    )
    assert Verdict.CONTRADICTED not in kinds(claim, UNCHANGED, FindingKind.DIRECTION)


# --- a finding the record keeps to one group --------------------------------------------------

ONE_GROUP = record(
    "Spectra of the whole enzyme and its isolated beta chain were recorded.",
    "In the whole enzyme only, one zinc ion adopts two distinct geometries between pH 6 and 9, "
    "while the other keeps a fixed geometry.",
    title="Zinc geometry in enzyme R",
)


def test_the_finding_given_to_the_other_group_is_contradicted() -> None:
    for claim in (
        "Only in the isolated beta chain did one zinc ion adopt two distinct geometries.",
        "In the isolated beta chain only, one zinc ion adopts two distinct geometries.",
        "In both the whole enzyme and its isolated beta chain, one zinc ion adopts two distinct "
        "geometries.",
    ):
        assert kinds(claim, ONE_GROUP, FindingKind.POPULATION) == [Verdict.CONTRADICTED], claim


def test_the_finding_given_to_its_own_group_stands() -> None:
    claim = "In the whole enzyme only, one zinc ion adopts two distinct geometries."
    assert Verdict.CONTRADICTED not in kinds(claim, ONE_GROUP, FindingKind.POPULATION)
    assert verify(claim, ONE_GROUP).verdict is Verdict.SUPPORTED


def test_a_leading_phrase_that_is_no_group_of_the_record_is_not_a_swap() -> None:
    claim = "In the spectra, one zinc ion adopts two distinct geometries between pH 6 and 9."
    assert Verdict.CONTRADICTED not in kinds(claim, ONE_GROUP, FindingKind.POPULATION)
