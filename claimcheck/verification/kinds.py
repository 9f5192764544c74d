"""Kinds of named things: words that pick out one member of a class (a drug, an element, an
organ, a disease, an organism, a cell type, a gene, an instrument, a population group).

Swapping one member for another ("iron" for "zinc", "cardiac" for "gastrointestinal", "rats"
for "mice") changes what a sentence is about, however common the words are in English, so the
support check never lets such a word pass as paraphrase slack when the record never says it.
Two words of the same kind in the same slot are rival answers to one question."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Final

from claimcheck.verification.text import fold_accents

_KIND_WORDS: Final[dict[str, str]] = {
    "element": "iron zinc copper calcium sodium potassium magnesium mercury arsenic iodine "
    "selenium lithium chromium manganese cobalt nickel phosphorus phosphate sulfur sulphur "
    "fluoride chloride aluminium aluminum cadmium platinum oxygen nitrogen hydrogen",
    "organ": "heart hearts cardiac cardiovascular coronary liver livers hepatic kidney kidneys "
    "renal lung lungs pulmonary respiratory gastrointestinal gastric stomach intestinal "
    "intestine intestines bowel bowels colon colonic rectal skin dermal cutaneous brain brains "
    "cerebral spinal bone bones skeletal muscle muscles muscular ocular eye eyes retinal dental "
    "teeth urinary bladder genital thyroid pancreas pancreatic adrenal vascular neurological "
    "musculoskeletal breast breasts prostate ovarian ovary ovaries uterine uterus testicular "
    "oesophageal esophageal oral nasal throat joints joint",
    "organism": "mice mouse rats rat dogs dog cats cat pigs pig piglets monkeys macaques "
    "primates zebrafish rabbits rabbit sheep cattle cows horses chickens hamsters yeast "
    "drosophila worms nematodes bacteria",
    "disease": "diabetes cancer cancers asthma obesity schizophrenia dementia alzheimer "
    "parkinson stroke strokes epilepsy hypertension malaria tuberculosis hiv influenza covid "
    "pneumonia sepsis migraine autism adhd psoriasis eczema leukemia leukaemia lymphoma "
    "melanoma cirrhosis osteoporosis anemia anaemia insomnia glaucoma cataract cataracts "
    "infarction angina",
    "drug": "aspirin ibuprofen paracetamol acetaminophen morphine heroin cocaine caffeine "
    "nicotine cannabis marijuana tobacco metformin ketamine methadone buprenorphine fentanyl "
    "oxycodone codeine tramadol naloxone warfarin heparin penicillin amoxicillin diazepam "
    "lorazepam midazolam propofol haloperidol olanzapine clozapine risperidone fluoxetine "
    "sertraline citalopram escitalopram amphetamine methamphetamine alcohol ethanol",
    "chemical": "dopamine serotonin glutamate noradrenaline norepinephrine adrenaline "
    "epinephrine cortisol testosterone estrogen oestrogen progesterone oxytocin melatonin "
    "histamine acetylcholine insulin glucagon cholesterol haemoglobin hemoglobin collagen "
    "creatinine urea lactate glucose",
    "cell": "neurons neuron lymphocytes macrophages neutrophils platelets erythrocytes "
    "fibroblasts hepatocytes keratinocytes monocytes astrocytes microglia oocytes sperm "
    "spermatozoa",
    "instrument": "mri fmri ultrasound ecg ekg eeg endoscopy colonoscopy biopsy mammography "
    "spirometry radiograph radiographs",
    # what patients feel: "stress" for "pain" is another complaint, however everyday the word
    "symptom": "pain stress fatigue tiredness nausea vomiting dizziness itching itch cough "
    "fever headache headaches insomnia breathlessness drowsiness sleepiness constipation "
    "diarrhoea diarrhea tremor tremors seizures seizure",
    # Named rating scales and their usual initials: "Hamilton" against "Montgomery-Asberg"
    # is another instrument measuring the same thing.
    "scale": "hamilton montgomery asberg beck madrs hdrs hamd bdi phq qids ymrs panss bprs "
    "mmse moca hads stai zung",
    "population": "children child infants infant newborns neonates adolescents teenagers "
    "elderly pregnant veterans smokers athletes students nurses women men girls boys",
}
KIND_OF_WORD: Final[dict[str, str]] = {
    word: kind for kind, words in _KIND_WORDS.items() for word in words.split()
}

# Endings that name a kind in any abstract: drug stems (International Nonproprietary Names),
# disease and cell endings.
_SUFFIXES: Final[tuple[tuple[re.Pattern[str], str], ...]] = (
    (
        re.compile(
            r"[a-z]{3,}(?:mab|pril|olol|statin|sartan|prazole|dipine|azepam|azolam|oxetine|"
            r"triptan|cillin|mycin|cycline|floxacin|tinib|parin|gliptin|glitazone|setron|"
            r"dronate|lukast|caine|profen|fenac|coxib)"
        ),
        "drug",
    ),
    (re.compile(r"[a-z]{3,}(?:itis|a?emia|omas?|pathy)"), "disease"),
    (re.compile(r"[a-z]{3,}(?:cytes?|blasts?)"), "cell"),
)


@lru_cache(maxsize=65536)
def kind_of(word: str) -> str | None:
    """The kind of named thing a single word picks out, or None for anything else."""
    folded = word.lower().strip("'’")
    kind = KIND_OF_WORD.get(folded)
    if kind is not None:
        return kind
    return next((k for pattern, k in _SUFFIXES if pattern.fullmatch(folded)), None)


def term_kind(text: str) -> str | None:
    """The kind of a claim or record term ("cardiac", "high-dose iron"): its last word's."""
    words = re.findall(r"[A-Za-z]+", fold_accents(text))
    return kind_of(words[-1]) if words else None


# Words for one region or group that a plain-language writer uses for the technical one
# ("stomach" or "gut" side effects for "gastrointestinal" ones): not rival members.
_FAMILIES: Final[dict[str, str]] = {
    "digestive": "stomach stomachs gastric gut guts intestinal intestine intestines bowel bowels "
    "colon colonic digestive gastrointestinal abdominal belly oesophageal esophageal rectal",
    "heart": "heart hearts cardiac cardiovascular coronary vascular",
    "brain": "brain brains cerebral neural neurological nervous",
    "lung": "lung lungs pulmonary respiratory breathing airway airways",
    "urinary": "kidney kidneys renal bladder urinary",
    "bone": "bone bones skeletal musculoskeletal joint joints",
    "skin": "skin dermal cutaneous",
    "young": "children child infants infant newborns neonates kids",
    "teen": "adolescents teenagers teens",
}
_FAMILY_OF_WORD: Final[dict[str, str]] = {
    word: family for family, words in _FAMILIES.items() for word in words.split()
}


def families_in(text: str) -> frozenset[str]:
    """The region families any word of ``text`` belongs to (a record's, computed once)."""
    return frozenset(
        _FAMILY_OF_WORD[w] for w in re.findall(r"[a-z]+", text.lower()) if w in _FAMILY_OF_WORD
    )


def family_of(text: str) -> str | None:
    words = re.findall(r"[a-z]+", text.lower())
    return _FAMILY_OF_WORD.get(words[-1]) if words else None


# A rating scale is named by its author's name or by its initials; either names the same scale
# ("HDRS" is the Hamilton scale), and no other scale's words do.
_SCALE_NAME_GROUPS: Final = (
    "hamilton hdrs hamd",
    "montgomery asberg madrs",
    "beck bdi",
    "young ymrs",
    "panss",
    "bprs",
    "mmse",
    "moca",
    "qids",
    "phq",
    "hads",
    "stai",
    "zung",
)
_SCALE_NAMES: Final[dict[str, frozenset[str]]] = {
    word: frozenset(group.split()) for group in _SCALE_NAME_GROUPS for word in group.split()
}


def scale_named(text: str, record_words: frozenset[str]) -> bool:
    """Whether a record whose words are ``record_words`` names the scale ``text`` names."""
    words = re.findall(r"[a-z]+", fold_accents(text).lower())
    names = _SCALE_NAMES.get(words[-1], frozenset(words[-1:])) if words else frozenset()
    return bool(names & record_words)
