"""Round 22 (discourse and framing words, lay verbs): openers and connectives that only frame a
claim ("In plain terms,", "By contrast,", "What the review stresses is that"), and everyday verbs
for what a record words technically ("stopped swimming" = immotile, "made no difference" =
unaffected). Framing is ignored; a content word in the same place is still demanded."""

from __future__ import annotations

import pytest

from claimcheck.pubmed.model import AbstractSection, Journal, PartialDate, PubMedRecord
from claimcheck.report.model import FindingKind, Verdict
from claimcheck.verification import lexicon as lx
from claimcheck.verification.engine import verify
from claimcheck.verification.index import terms_between


def _framed(text: str) -> list[str]:
    return [m.group(0).strip(" ,").lower() for m in lx.FRAMING.finditer(text)]


def _keys(text: str) -> set[str]:
    return {t.stem for t in terms_between(text, 0, len(text))}


@pytest.mark.parametrize(
    ("text", "framing"),
    [
        ("In simple terms, the trial enrolled 40 adults with asthma.", "in simple terms"),
        ("Put simply, statins lowered LDL cholesterol.", "put simply"),
        ("In contrast, the placebo group did not improve.", "in contrast"),
        ("By contrast, lithium had no effect on sleep.", "by contrast"),
        ("In their paper, the authors describe 12 cases.", "in their paper"),
        ("This work showed that the gene is expressed in liver.", "this work"),
        ("Way back in 1985, a cohort of miners was assembled.", "way back"),
        ("Back in the 1970s, the drug was used for epilepsy.", "back"),
        (
            "What the authors emphasise is that the effect was small.",
            "what the authors emphasise is that",
        ),
        (
            "What this trial showed is that aspirin reduced strokes.",
            "what this trial showed is that",
        ),
        ("The investigators were careful to note that causality is unproven.", "were careful"),
        ("The team was careful: it only reports an association.", "was careful"),
        ("They merely suggest that vitamin D may help.", "they merely"),
        ("The paper took a close look at hospital readmissions.", "took a close look at"),
        ("Most patients eventually recovered.", "eventually"),
        ("The infection ultimately cleared.", "ultimately"),
    ],
)
def test_framing_words_are_read_as_framing(text: str, framing: str) -> None:
    assert framing in _framed(text)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # a comparator, not a connective
        ("Compared in contrast to placebo, pain fell.", "in contrast"),
        ("Pain fell in contrast to placebo.", "in contrast"),
        # "work" as what was studied
        ("Their work hours rose after the merger.", "their work"),
        ("Return to work was faster after surgery.", "work"),
        # "careful" describing how something was done
        ("Nurses were careful to avoid needle injuries.", "were careful"),
        ("Careful dose titration limited nausea.", "careful"),
        # "stress" the noun, and a cleft around a result word that is no reporting verb
        ("Stress that patients report rose at night.", "stress"),
        ("What matters is that blood pressure fell.", "what matters is that"),
        # "back" the body part, "only" before a finding rather than before a reporting verb
        ("Back pain in 1990 was common among miners.", "back"),
        ("They only responded to the higher dose.", "they only"),
        # "later" is a time point a record can contrast with "earlier"
        ("Symptoms returned later in the second week.", "later"),
    ],
)
def test_content_words_in_the_same_place_are_not_framing(text: str, content: str) -> None:
    assert content not in _framed(text)


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Most of the spermatozoa had stopped swimming within a minute.", "immotile"),
        ("Thawed cells could no longer swim.", "immotile"),
        ("Removing the receptor made no difference to seizure threshold.", "unaffected"),
        ("Diet did not make any difference to weight.", "unaffected"),
        ("The reviewers screened 400 abstracts and kept 25.", "metcriteria"),
        ("They read 90 papers and retained twelve for the review.", "metcriteria"),
        ("Exercise changes how brain connections adapt.", "synapticplasticity"),
        ("Rats lacking the enzyme were harder to anaesthetize with propofol.", "reducedpotency"),
        ("Animals could still turn themselves upright after the dose.", "righting"),
        ("The rat tried to flip back onto its feet.", "righting"),
    ],
)
def test_lay_phrases_are_read_as_the_record_word(text: str, key: str) -> None:
    assert key in _keys(text)


@pytest.mark.parametrize(
    ("text", "key"),
    [
        # "kept" before animals or a duration is housing or a period, not what met criteria
        ("Mice were kept 20 days in metabolic cages.", "metcriteria"),
        ("Patients kept 30 diaries over the year.", "metcriteria"),
        # an effect that "made a difference" is an effect
        ("The new drug made a difference to survival.", "unaffected"),
        # easier is the opposite of a reduced potency
        ("Knockout rats were easier to anaesthetize with propofol.", "reducedpotency"),
        # patients who stopped moving a limb are not immotile cells
        ("Patients stopped moving their arm after the stroke.", "immotile"),
    ],
)
def test_lay_phrases_do_not_reach_other_wordings(text: str, key: str) -> None:
    assert key not in _keys(text)


_RECORD = PubMedRecord(
    pmid="2222",
    title="Lithium and circadian rhythm in bipolar disorder",
    abstract=[
        AbstractSection(
            text="We randomised 120 adults with bipolar disorder to lithium or placebo for 8 "
            "weeks. Lithium lengthened the circadian period of activity rhythms. "
            "Valproate had no effect on circadian period. "
            "Sperm were immotile by 90 s after activation in the control medium."
        )
    ],
    journal=Journal(
        title="Journal of affective disorders",
        iso_abbreviation="J Affect Disord",
        medline_ta="J Affect Disord",
        volume="3",
    ),
    pub_date=PartialDate(year=2015, month=2),
)


def _support(claim: str) -> Verdict:
    found = [f.verdict for f in verify(claim, _RECORD).findings if f.kind is FindingKind.SUPPORT]
    return found[0]


@pytest.mark.parametrize(
    "claim",
    [
        "In plain terms, lithium lengthened the circadian period of activity rhythms.",
        "What the trial stresses is that lithium lengthened the circadian period of activity "
        "rhythms.",
        "By contrast, valproate had no effect on circadian period.",
        "Valproate made no difference to the circadian period.",
        "Sperm had stopped swimming by 90 s after activation in the control medium.",
    ],
)
def test_framed_true_claims_are_supported(claim: str) -> None:
    assert _support(claim) is Verdict.SUPPORTED


@pytest.mark.parametrize(
    "claim",
    [
        # the same positions, filled with content the record never states
        "In plain terms, lithium shortened sleep in children.",
        "What the trial stresses is that lithium prevented relapse in elderly patients.",
        "By contrast, valproate had no effect on appetite.",
    ],
)
def test_content_after_framing_is_still_demanded(claim: str) -> None:
    assert _support(claim) is not Verdict.SUPPORTED
