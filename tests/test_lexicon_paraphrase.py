"""The paraphrase lexicon: lay and technical words meet, opposites are caught, and the words a
claim can get wrong stay apart."""

from __future__ import annotations

import pytest

import claimcheck
from claimcheck.pubmed.model import AbstractSection, PubMedRecord
from claimcheck.report.model import Verdict
from claimcheck.verification import paraphrases
from claimcheck.verification.checks.common import narrow
from claimcheck.verification.index import SAME_MEANING, opposites, terms_of
from claimcheck.verification.lexicon import GENERIC_WORDS, JUDGEMENT_WORDS, SCOPE_WORDS
from claimcheck.verification.text import SYNONYMS, content_stems, stem, tokens

S, C, N = Verdict.SUPPORTED, Verdict.CONTRADICTED, Verdict.NOT_IN_SOURCE

# Filler sentences give the record a realistic spread of words, so rare words weigh as rare.
_FILLER = [
    "Participants were recruited from three outpatient clinics between 2010 and 2014.",
    "Baseline characteristics were similar across the groups.",
    "Data were analysed by intention to treat.",
]


def _record(*sentences: str) -> PubMedRecord:
    return PubMedRecord(
        pmid="424242",
        title="An observational study",
        abstract=[AbstractSection(text=" ".join([*_FILLER, *sentences]))],
    )


def _verdict(claim: str, *sentences: str) -> Verdict:
    return claimcheck.verify(claim, _record(*sentences)).verdict


def _same(a: str, b: str) -> bool:
    """Full credit: ``a``'s own concepts meet ``b``'s."""
    (term_a,), (term_b,) = terms_of(a), terms_of(b)
    return bool(narrow(term_a) & narrow(term_b))


def _related_only(a: str, b: str) -> bool:
    (term_a,), (term_b,) = terms_of(a), terms_of(b)
    return not narrow(term_a) & narrow(term_b) and bool(term_a.concepts & term_b.concepts)


# --- lay and technical words --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lay", "technical"),
    [
        ("heart attack", "myocardial infarction"),
        ("high blood pressure", "hypertension"),
        ("kidney", "renal"),
        ("lungs", "pulmonary"),
        ("blood sugar", "glucose"),
        ("weedkiller", "herbicide"),
        ("painkillers", "analgesic"),
        ("shortness of breath", "dyspnoea"),
        ("white blood cells", "leucocytes"),
        ("blood thinners", "anticoagulants"),
        ("newborns", "neonates"),
        ("physical activity", "exercise"),
        ("laboratory studies", "preclinical"),
        ("told apart", "distinguishable"),
        ("endpoint", "outcome"),
    ],
)
def test_lay_and_technical_words_fold_to_one_stem(lay: str, technical: str) -> None:
    assert content_stems(lay) == content_stems(technical)


@pytest.mark.parametrize(
    ("claim", "sentence"),
    [
        (
            "Heavy use of the weedkiller pendimethalin was tied to thyroid disease in farmers.",
            "Higher exposure to the herbicide pendimethalin was associated with thyroid "
            "disease among farmers.",
        ),
        (
            "Patients who had a heart attack more often had kidney failure.",
            "Renal failure was more frequent in patients with myocardial infarction.",
        ),
        (
            "Drugs acting on the receptor showed promise in clinical and laboratory studies.",
            "Drugs that target the receptor have shown antidepressant properties in clinical "
            "and preclinical studies.",
        ),
        (
            "The two heme irons could be told apart in the subunit.",
            "In the subunit the two heme irons are distinguishable.",
        ),
        (
            "Midazolam had only small, short-lived effects on anxiety.",
            "Midazolam had minor brief effects on anxiety ratings.",
        ),
        (
            "The cohort was split evenly between women and men.",
            "There were 40 women (50%) and 40 men (50%) in the cohort.",
        ),
    ],
)
def test_a_paraphrase_in_other_words_is_supported(claim: str, sentence: str) -> None:
    assert _verdict(claim, sentence) is S


@pytest.mark.parametrize(
    ("a", "b"),
    [("disturbed", "dysregulated"), ("thoroughly", "extensively"), ("vanished", "abolished"),
     ("minor", "small"), ("worsened", "deteriorated")],
)  # fmt: skip
def test_same_meaning_words_match_in_full(a: str, b: str) -> None:
    assert _same(a, b)


@pytest.mark.parametrize(
    ("a", "b"),
    [("signalling", "neurotransmission"), ("explanations", "mechanisms"), ("drawn", "collected"),
     ("rats", "rodents"), ("adults", "patients"), ("serum", "blood"), ("thinking", "memory")],
)  # fmt: skip
def test_near_meanings_match_only_in_part(a: str, b: str) -> None:
    assert _related_only(a, b)


# --- opposites ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("claim", "sentence"),
    [
        (
            "A single infusion of the drug relieves depression quickly, but the effect is "
            "short-lived.",
            "A single infusion of the drug relieves depression rapidly and the effect is "
            "sustained.",
        ),
        (
            "The authors argue that the proposed mechanisms rule one another out.",
            "The proposed mechanisms are not mutually exclusive and may act in a complementary "
            "manner.",
        ),
        (
            "The review concludes that there is little evidence that glutamate signalling is "
            "dysregulated in depression.",
            "Several lines of evidence support that glutamate signalling is dysregulated in "
            "depression.",
        ),
        (
            "Once diabetes and smoking were adjusted for, the association with telomere length "
            "vanished.",
            "The association with telomere length remained unchanged after adjustment for "
            "diabetes and smoking.",
        ),
        (
            "The imaging approach relies on J-editing alone to map glucose metabolites.",
            "The imaging approach is based on both J-editing and chemical shift editing to map "
            "glucose metabolites.",
        ),
        (
            "Long-term safety after repeated dosing has been thoroughly studied in depression "
            "trials.",
            "We found limited assessment of long-term safety after repeated dosing in "
            "depression trials.",
        ),
    ],
)
def test_a_stance_word_against_its_opposite_is_contradicted(claim: str, sentence: str) -> None:
    assert _verdict(claim, sentence) is C


@pytest.mark.parametrize(
    ("word", "opposite"),
    [("easily", "difficulty"), ("short-lived", "sustained"), ("transient", "permanent"),
     ("acute", "chronic"), ("prospective", "retrospective"), ("upregulated", "downregulated"),
     ("weight gain", "weight loss"), ("consistent", "inconsistent")],
)  # fmt: skip
def test_opposite_words_are_known(word: str, opposite: str) -> None:
    claim_terms = terms_of(word)
    source_concepts = frozenset(c for t in terms_of(opposite) for c in t.concepts)
    assert any(opposites(t) & source_concepts for t in claim_terms)


def test_a_word_is_not_its_own_opposite() -> None:
    for word in ("sustained", "brief", "thorough", "limited", "alone", "complementary"):
        (term,) = terms_of(word)
        assert not opposites(term) & term.concepts, word


# --- what must stay apart -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("a", "b"),
    [("mice", "rats"), ("men", "women"), ("children", "adults"), ("systolic", "diastolic"),
     ("incidence", "prevalence"), ("serum", "plasma"), ("risk", "odds"), ("mg", "g"),
     ("hepatitis", "liver"), ("immune", "vaccination"), ("herbicide", "insecticide")],
)  # fmt: skip
def test_words_a_claim_can_get_wrong_never_match_in_full(a: str, b: str) -> None:
    assert content_stems(a) != content_stems(b)
    terms_a, terms_b = terms_of(a), terms_of(b)
    if terms_a and terms_b:
        assert not narrow(terms_a[0]) & narrow(terms_b[0])


@pytest.mark.parametrize(
    ("claim", "sentence"),
    [
        ("Ketamine blocked the channel in rats.", "Ketamine blocked the channel in mice."),
        (
            "Systolic blood pressure rose after the infusion.",
            "Diastolic blood pressure rose after the infusion.",
        ),
        (
            "The weedkiller was linked to hypothyroidism.",
            "The insecticide aldrin was linked to hypothyroidism.",
        ),
    ],
)
def test_a_swapped_species_or_measure_is_not_supported(claim: str, sentence: str) -> None:
    assert _verdict(claim, sentence) is not S


def test_an_unrelated_lay_word_does_not_borrow_support() -> None:
    # "heart" and "kidney" are different organs: folding must not join groups.
    assert _verdict(
        "Renal failure was more frequent after myocardial infarction.",
        "Heart failure was more frequent after a stroke.",
    ) is not S


# --- the tables themselves ----------------------------------------------------------------------


def _member_stems(member: str) -> tuple[str, ...]:
    from claimcheck.verification.text import STOPWORDS

    return tuple(stem(t) for t in tokens(member) if t not in STOPWORDS)


def test_no_word_belongs_to_two_full_synonym_groups() -> None:
    owner: dict[tuple[str, ...], int] = {}
    clashes = []
    for number, group in enumerate(SYNONYMS):
        for member in group:
            key = _member_stems(member)
            if key in owner and owner[key] != number:
                clashes.append((member, SYNONYMS[owner[key]][0], group[0]))
            owner.setdefault(key, number)
    assert clashes == []


def test_same_meaning_groups_do_not_share_words_with_new_groups() -> None:
    seen: dict[str, str] = {}
    for group in paraphrases.SAME_MEANING_GROUPS:
        for word in group:
            assert seen.setdefault(stem(word), group[0]) == group[0], word
    core = SAME_MEANING[: len(SAME_MEANING) - len(paraphrases.SAME_MEANING_GROUPS)]
    core_stems = {stem(w) for g in core for w in g}
    assert not core_stems & set(seen)


def test_generic_words_exclude_scope_and_judgement_words() -> None:
    kept_apart = [
        w for w in GENERIC_WORDS if SCOPE_WORDS.fullmatch(w) or JUDGEMENT_WORDS.fullmatch(w)
    ]
    assert kept_apart == []


def test_every_opposite_names_a_concept_some_word_produces() -> None:
    probes = {
        "=transient": "brief", "=persisted": "sustained", "perman": "permanent",
        "=disappear": "vanished", "unchang": "unchanged", "=extensive": "thorough",
        "=lacking": "limited", "=established": "established",
        "mutuallyexclusive": "mutually exclusive", "complementari": "complementary",
        "alon": "on its own", "bothand": "both A and B", "scantevidence": "little evidence",
        "ampleevidence": "several lines of evidence", "=worsen": "worsened",
        "improv": "improved", "distinguish": "distinguishable",
        "indistinguish": "indistinguishable",
    }  # fmt: skip
    for concept, word in probes.items():
        produced = frozenset(c for t in terms_of(word) for c in t.concepts)
        assert concept in produced, (concept, word)


# --- round 2: more of medicine, and research-report wording ---------------------------------------


def test_the_lay_and_technical_tables_cover_medicine_broadly() -> None:
    assert len(paraphrases.LAY_MEDICAL_SYNONYMS) >= 150


@pytest.mark.parametrize(
    ("lay", "technical"),
    [("correctional facilities", "prisons"), ("inmates", "prison"), ("salt water", "saline"),
     ("sugar pill", "placebo"), ("kidney stones", "nephrolithiasis"), ("hives", "urticaria"),
     ("paracetamol", "acetaminophen"), ("adrenaline", "epinephrine"), ("water pills", "diuretics"),
     ("nerve cells", "neurons"), ("sore throat", "pharyngitis"), ("loose stools", "diarrhoea"),
     ("pink eye", "conjunctivitis"), ("talking therapy", "psychotherapy"),
     ("whooping cough", "pertussis"), ("ct scan", "computed tomography"),
     ("bad cholesterol", "low density lipoprotein"), ("bedsores", "pressure ulcers"),
     ("heart specialist", "cardiologist"), ("hard-to-treat", "treatment-resistant")],
)  # fmt: skip
def test_more_lay_and_technical_words_fold_to_one_stem(lay: str, technical: str) -> None:
    if lay == "hard-to-treat":  # read as one word by the index, not by the synonym table
        assert narrow(terms_of(lay)[0]) & narrow(terms_of(technical)[0])
        return
    assert content_stems(lay) == content_stems(technical)


@pytest.mark.parametrize(
    ("lay", "record"),
    [("kelvin", "45 degrees K"), ("went on to develop", "subsequent"),
     ("rising doses", "ascending doses"), ("switching off", "knockdown"),
     ("switching off", "knockout"), ("inhibitory cells", "interneurons"),
     ("blood drawn", "blood samples"), ("qualified for the review", "met inclusion criteria"),
     ("screened", "assessed for eligibility"), ("joined the cohort", "cohort enrolment"),
     ("looked back at hospital records", "retrospective"), ("stand in the way", "hinder")],
)  # fmt: skip
def test_report_wording_meets_the_record_word_in_full(lay: str, record: str) -> None:
    wanted = frozenset(c for t in terms_of(record) if not t.is_number for c in narrow(t))
    assert any(narrow(t) & wanted for t in terms_of(lay))


def test_a_phrase_word_keeps_the_word_it_is_about() -> None:
    # "ascending doses" is read as one word, but a claim's "dose" still finds it.
    (dose,) = terms_of("dose")
    assert any(narrow(dose) & t.concepts for t in terms_of("ascending doses"))


@pytest.mark.parametrize(
    ("a", "b"),
    [("stopped", "blocked"), ("blood drawn", "serum"), ("cooled", "temperature"),
     ("distinctive", "unique"), ("smokers", "tobacco")],
)  # fmt: skip
def test_more_near_meanings_match_only_in_part(a: str, b: str) -> None:
    terms_a, terms_b = terms_of(a), terms_of(b)
    assert not any(narrow(x) & narrow(y) for x in terms_a for y in terms_b)
    assert any(x.concepts & y.concepts for x in terms_a for y in terms_b)


@pytest.mark.parametrize(
    ("a", "b"),
    [("high density lipoprotein", "low density lipoprotein"), ("hyperopia", "myopia"),
     ("measles", "rubella"), ("knockdown", "knockout"), ("serum", "plasma"),
     ("screened", "eligible"), ("gastric ulcer", "duodenal ulcer"), ("viral", "bacterial")],
)  # fmt: skip
def test_round_two_keeps_what_a_claim_can_get_wrong_apart(a: str, b: str) -> None:
    terms_a, terms_b = terms_of(a), terms_of(b)
    assert not any(narrow(x) & narrow(y) for x in terms_a for y in terms_b)


@pytest.mark.parametrize(
    ("claim", "sentence"),
    [
        (
            "Switching off the receptor in inhibitory cells stopped the drug's effect in mice.",
            "Knockdown of the receptor in GABA interneurons blocked the effect of the drug in "
            "mice.",
        ),
        (
            "Twelve patients with hard-to-treat anxiety were given rising doses of the drug.",
            "Twelve patients with treatment-resistant anxiety received ascending doses of the "
            "drug.",
        ),
        (
            "Prisons handle the care of inmates with AIDS poorly, the authors found.",
            "Correctional facilities handle the care of prisoners with AIDS poorly.",
        ),
    ],
)
def test_a_round_two_paraphrase_is_supported(claim: str, sentence: str) -> None:
    assert _verdict(claim, sentence) is S


def test_a_swapped_lipoprotein_is_not_supported() -> None:
    assert _verdict(
        "The drug raised bad cholesterol in older adults.",
        "The drug raised high density lipoprotein in older adults.",
    ) is not S


# --- round 3: stance and report wording, species, who wrote it ------------------------------------


@pytest.mark.parametrize(
    ("a", "b"),
    [("plentiful", "ample"), ("abundant", "ample"), ("hurt", "damaged"), ("injury", "damage"),
     ("handled", "managed"), ("unaffected", "unchanged"), ("unaltered", "unchanged"),
     ("neglected", "disused"), ("overlooked", "neglected"), ("exploiting", "utilizing"),
     ("potent", "potency"), ("scheme", "approach"), ("strategy", "method"),
     ("hurdle", "obstacle")],
)  # fmt: skip
def test_round_three_same_meaning_words_match_in_full(a: str, b: str) -> None:
    assert _same(a, b)


@pytest.mark.parametrize(
    ("lay", "record"),
    [("put forward", "proposed"), ("wore off", "vanished"), ("well studied", "thoroughly"),
     ("long-neglected", "disused"), ("wider use", "widespread use"),
     ("scalar-coupling (J)", "scalar J-interaction"), ("kicked in", "onset"),
     ("pairs J-editing with shift editing", "both J-editing and shift editing"),
     ("anti-anxiety", "anxiolytic")],
)  # fmt: skip
def test_round_three_report_wording_meets_the_record_word_in_full(lay: str, record: str) -> None:
    wanted = frozenset(c for t in terms_of(record) for c in narrow(t))
    assert any(narrow(t) & wanted for t in terms_of(lay))


def test_put_forward_weighs_as_everyday_wording() -> None:
    # A record that says "suggested" must not lose a claim for its "put forward".
    (term,) = terms_of("put forward")
    from claimcheck.verification.checks.common import GENERIC_STEMS

    assert term.stem in GENERIC_STEMS


@pytest.mark.parametrize(
    ("a", "b"),
    [("animals", "mice"), ("animals", "rats"), ("monkeys", "animal"), ("calming", "anxiety"),
     ("typically", "median"), ("affect", "effect"), ("sleep", "hypnotic"),
     ("challenge", "obstacle"), ("handled", "treatment"), ("occurred", "onset"),
     ("diluents", "cryodiluents"), ("structural", "ultrastructural")],
)  # fmt: skip
def test_round_three_near_meanings_match_only_in_part(a: str, b: str) -> None:
    terms_a, terms_b = terms_of(a), terms_of(b)
    assert not any(narrow(x) & narrow(y) for x in terms_a for y in terms_b)
    assert any(x.concepts & y.concepts for x in terms_a for y in terms_b)


@pytest.mark.parametrize(
    ("a", "b"),
    [("mice", "rats"), ("mice", "monkeys"), ("dogs", "pigs"), ("employed", "exploited"),
     ("injury", "adverse")],
)  # fmt: skip
def test_round_three_keeps_species_and_near_misses_apart(a: str, b: str) -> None:
    # Each species is an animal, but two species never meet, not even in part.
    terms_a, terms_b = terms_of(a), terms_of(b)
    assert not any(narrow(x) & narrow(y) for x in terms_a for y in terms_b)
    if (a, b) in {("mice", "rats"), ("mice", "monkeys"), ("dogs", "pigs")}:
        assert not any(x.concepts & y.concepts for x in terms_a for y in terms_b)


def test_base_pairs_and_pairs_of_are_not_a_combination() -> None:
    for text in ("each 1,000 base pairs of telomere length", "pairs of twins with asthma"):
        assert not any("bothand" in t.concepts for t in terms_of(text)), text
    assert any("bothand" in t.concepts for t in terms_of("pairs J-editing with shift editing"))


@pytest.mark.parametrize(
    ("word", "opposite"),
    [("plentiful", "scarce"), ("plentiful", "little evidence"), ("unaffected", "changed"),
     ("unaltered", "abolished"), ("wore off", "persisted")],
)  # fmt: skip
def test_round_three_opposites_are_known(word: str, opposite: str) -> None:
    claim_terms = terms_of(word)
    source_concepts = frozenset(c for t in terms_of(opposite) for c in t.concepts)
    assert any(opposites(t) & source_concepts for t in claim_terms)


@pytest.mark.parametrize(
    ("claim", "sentence"),
    [
        (
            "The team put forward an imaging scheme that pairs J-editing with carbon-13 "
            "chemical shift editing to map single compounds.",
            "Here an imaging approach is proposed, based on both J-editing and (13)C chemical "
            "shift editing, which produces maps of specific compounds.",
        ),
        (
            "Deleting the gene left hypnotic sensitivity to etomidate unchanged.",
            "Hypnotic sensitivity to etomidate was unaffected by deletion of the gene.",
        ),
        (
            "Freezing hurt the nuclear membrane of the sperm.",
            "Damage to the nuclear membrane of the sperm was higher after freezing.",
        ),
        (
            "Plentiful evidence shows that glutamate signalling is disrupted in depression.",
            "Ample evidence indicates that glutamate neurotransmission is disrupted in "
            "depression.",
        ),
    ],
)
def test_a_round_three_paraphrase_is_supported(claim: str, sentence: str) -> None:
    assert _verdict(claim, sentence) is S


@pytest.mark.parametrize(
    ("claim", "sentence"),
    [
        (
            "The chemical selectivity comes from exploiting the narrower chemical shift range "
            "of carbon-13.",
            "Chemical selectivity was obtained by utilizing the larger chemical shift range of "
            "carbon-13.",
        ),
        (
            "Long-term safety of repeated dosing has been well studied in depression trials.",
            "We found limited assessment of long-term safety of repeated dosing in depression "
            "trials.",
        ),
    ],
)
def test_a_round_three_stance_against_its_opposite_is_contradicted(
    claim: str, sentence: str
) -> None:
    assert _verdict(claim, sentence) is C


def test_a_species_named_as_an_animal_is_not_enough_for_another_species() -> None:
    assert _verdict(
        "The drug blocked the channel in rats and the animals slept longer.",
        "The drug blocked the channel in mice and the mice slept longer.",
    ) is not S


# --- who wrote it -------------------------------------------------------------------------------


def _authored(*authors: tuple[str, str], abstract: str = "Prisons treat AIDS poorly.") -> object:
    from claimcheck.pubmed.model import Author
    from claimcheck.verification.index import build_index

    return build_index(
        PubMedRecord(
            pmid="434343",
            title="The treatment of AIDS behind the walls of correctional facilities.",
            abstract=[AbstractSection(text=abstract)],
            authors=[Author(last_name=last, fore_name=fore) for last, fore in authors],
        )
    )


def test_an_author_named_in_the_claim_is_found_with_forenames_and_initials() -> None:
    index = _authored(("Olivero", "J Michael"))
    text = "J. Michael Olivero wrote that Olivero's prisons treat AIDS poorly; JM Olivero agreed."
    found = [text[a:b] for a, b in index.author_spans(text)]  # type: ignore[attr-defined]
    assert found == ["J. Michael Olivero", "Olivero's", "JM Olivero"]


@pytest.mark.parametrize(
    ("authors", "abstract", "text"),
    [
        ((("Parkinson", "James"),), "Tremor was common.", "Parkinson's disease causes tremor."),
        ((("Hill", "Austin"),), "Causation was judged.", "The Hill criteria were applied."),
        ((("Rana", "Ana"),), "Rana frogs were studied.", "Rana frogs were studied."),
        ((("Olivero", "J"),), "Prisons treat AIDS poorly.", "Oliveros treat AIDS poorly."),
        ((("Olivero", "J"),), "Prisons treat AIDS poorly.", "olivero treats AIDS poorly."),
    ],
)
def test_an_eponym_a_word_of_the_abstract_or_another_name_is_not_an_author(
    authors: tuple[tuple[str, str], ...], abstract: str, text: str
) -> None:
    index = _authored(*authors, abstract=abstract)
    assert index.author_spans(text) == []  # type: ignore[attr-defined]
