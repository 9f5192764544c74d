"""The paraphrase lexicon: how general medical and science writing rewords a record.

Plain data, read by :mod:`claimcheck.verification.text` (full synonyms, spellings,
abbreviations) and :mod:`claimcheck.verification.index` (same-meaning, related and opposite
concept groups, and phrases read as one word). Grouped by kind so a reviewer can check each
entry on its own:

* ``LAY_MEDICAL_SYNONYMS``: a lay word and the technical word for the same thing ("heart
  attack" = "myocardial infarction"). Only exact equivalents; a broader or narrower word goes in
  ``RELATED_GROUPS``.
* ``RESEARCH_SYNONYMS``: how reports of research name the same thing ("outcome" = "endpoint").
* ``SAME_MEANING_GROUPS``: single words that mean the same but keep their own stem (full
  credit).
* ``RELATED_GROUPS``: hypernyms and near meanings (half credit): "pesticide" ~ "herbicide".
* ``OPPOSITE_PAIRS``: stance and evaluative words with their opposite ("short-lived" against
  "sustained", "thoroughly" against "limited").

What a claim can get wrong is never folded: mice and rats, men and women, children and adults,
systolic and diastolic, incidence and prevalence, serum and plasma, risk and odds.
"""

from __future__ import annotations

import re
from typing import Final

# --- full synonyms (folded to one stem) ---------------------------------------------------------

LAY_MEDICAL_SYNONYMS: Final[tuple[tuple[str, ...], ...]] = (
    # round 20: the people who spray pesticides are their applicators
    ("applicator", "applicators", "sprayer", "sprayers", "crop sprayer", "crop sprayers"),
    # round 20: a cryosolution is the freezing solution (or mix, medium) cells are frozen in
    # (a "freezing diluent" is already the record's "cryodiluent": index._compound_readings)
    ("cryosolution", "cryosolutions", "cryo mix", "cryo mixes", "freezing mix", "freezing mixes",
     "freezing mixture", "freezing mixtures", "freezing medium", "freezing media"),
    ("sodium chloride", "salt", "nacl", "table salt"),
    # round 21: a fish name written as one word or two
    ("sea bream", "seabream", "sea breams", "seabreams"),
    # round 11
    ("neurotransmitter", "neurotransmitters", "chemical messenger", "chemical messengers",
     "brain messenger", "brain messengers"),
    # round 19: lay names of the kinds of side effect ("mental and nerve-related side effects")
    ("psychiatric", "mental health", "mental"),
    ("neurological", "nerve related", "nervous system"),
    # heart and circulation
    ("myocardial infarction", "heart attack", "heart attacks", "cardiac infarction"),
    ("cardiac", "heart"),
    ("hypertension", "high blood pressure", "hypertensive"),
    ("hypotension", "low blood pressure", "hypotensive"),
    ("heart failure", "cardiac failure", "failing heart"),
    ("arrhythmia", "irregular heartbeat", "irregular heart rhythm", "dysrhythmia",
     "arrhythmias"),
    ("tachycardia", "rapid heartbeat", "fast heartbeat", "racing heart"),
    ("bradycardia", "slow heartbeat"),
    ("atherosclerosis", "hardening of the arteries", "arteriosclerosis"),
    ("coronary heart disease", "coronary artery disease", "ischemic heart disease"),
    ("stroke", "cerebrovascular accident", "brain attack"),
    ("vascular", "blood vessel", "blood vessels"),
    ("thrombosis", "thrombus", "blood clot", "blood clots", "clot", "clots"),
    ("anticoagulant", "anticoagulants", "blood thinner", "blood thinners", "anticoagulation"),
    ("hemorrhage", "bleeding", "bleed", "bleeds", "hemorrhaging"),
    ("anemia", "anaemia", "anemic"),
    ("leukocyte", "white blood cell", "white blood cells", "white cell", "white cells"),
    ("erythrocyte", "red blood cell", "red blood cells", "red cell", "red cells"),
    ("platelet", "thrombocyte"),
    ("heart rate", "pulse rate"),
    ("hypercholesterolemia", "high cholesterol"),
    # metabolism and hormones
    ("glucose", "blood sugar", "blood glucose", "sugar level", "sugar levels"),
    ("hypoglycemia", "low blood sugar", "hypoglycaemia"),
    ("hyperglycemia", "high blood sugar", "hyperglycaemia"),
    ("diabetes", "diabetes mellitus", "diabetic"),
    ("hypothyroidism", "underactive thyroid"),
    ("hyperthyroidism", "overactive thyroid"),
    # organs and body regions
    ("renal", "kidney", "kidneys", "nephric"),
    ("pulmonary", "lung", "lungs"),
    ("gastric", "stomach"),
    ("intestinal", "intestine", "intestines", "bowel", "bowels", "gut"),
    ("cutaneous", "skin", "dermal"),
    ("ocular", "eye", "eyes", "ophthalmic"),
    ("dental", "tooth", "teeth"),
    ("abdomen", "abdominal", "belly", "tummy"),
    ("thorax", "thoracic", "chest"),
    ("spine", "backbone", "spinal column", "vertebral column"),
    ("cranium", "skull", "cranial"),
    ("uterus", "womb", "uterine"),
    ("testis", "testicle", "testicles", "testes", "testicular"),
    ("breast", "mammary"),
    ("cerebral", "brain"),
    ("gastrointestinal", "digestive", "digestive tract", "gi tract"),
    # symptoms and conditions
    ("dyspnea", "shortness of breath", "breathlessness", "dyspnoea", "short of breath"),
    ("headache", "cephalalgia", "headaches"),
    ("emesis", "vomiting", "vomit", "vomited"),
    ("nausea", "queasiness", "nauseous", "nauseated", "feeling sick", "feel sick", "felt sick"),
    ("blurred vision", "blurry vision", "blurry eyesight", "blurred eyesight", "blurry sight"),
    ("pruritus", "itching", "itchiness", "itch", "itchy"),
    ("insomnia", "sleeplessness", "trouble sleeping", "difficulty sleeping"),
    ("somnolence", "drowsiness", "sleepiness", "drowsy", "sleepy"),
    ("fatigue", "tiredness", "weariness", "tired"),
    ("syncope", "fainting", "fainted"),
    ("fever", "pyrexia", "febrile"),
    ("myalgia", "muscle pain", "muscle ache", "muscle aches", "aching muscles"),
    ("arthralgia", "joint pain", "joint pains", "aching joints"),
    ("fracture", "broken bone", "broken bones", "fractures"),
    ("seizure", "convulsion", "convulsions", "seizures"),
    ("epilepsy", "seizure disorder", "epileptic"),
    ("amnesia", "memory loss"),
    ("psychosis", "psychotic", "psychoses", "psychotic illness"),
    ("bipolar disorder", "manic depression", "manic depressive illness"),
    ("hearing loss", "deafness", "hearing impairment"),
    ("vision loss", "visual impairment", "sight loss", "loss of vision"),
    ("miscarriage", "spontaneous abortion", "pregnancy loss"),
    ("cesarean", "caesarean", "cesarean section", "caesarean section"),
    ("preterm birth", "premature birth", "preterm delivery", "premature delivery"),
    ("contraception", "birth control", "contraceptive", "contraceptives"),
    ("sepsis", "blood poisoning", "septicemia", "septicaemia"),
    ("influenza", "flu"),
    ("pneumonia", "lung infection", "chest infection"),
    ("cancer", "malignancy", "malignancies", "cancers"),
    ("tumor", "neoplasm", "neoplasms", "tumors", "neoplasia"),
    ("alcoholism", "alcohol use disorder", "alcohol dependence", "alcohol addiction"),
    ("self harm", "self injury", "self inflicted injury", "deliberate self harm"),
    ("overdose", "overdoses", "overdosing", "overdosed"),
    # people
    ("neonate", "newborn", "newborns", "neonates", "neonatal", "newborn infant"),
    ("infant", "baby", "babies", "infants"),
    ("adolescent", "teenager", "teenagers", "teen", "teens", "adolescents", "adolescence"),
    ("elderly", "older adults", "older people", "older persons", "older individuals",
     "older patients", "geriatric", "seniors"),
    ("physician", "doctor", "doctors", "physicians", "medical doctor"),
    # care, procedures and treatments
    ("hospitalization", "hospital admission", "hospital admissions", "hospitalized",
     "admitted to hospital", "hospitalisation", "hospitalised"),
    ("intensive care", "critical care", "intensive care unit"),
    ("emergency department", "emergency room", "accident and emergency", "emergency ward"),
    ("primary care physician", "general practitioner", "family doctor", "family physician"),
    ("chemotherapy", "chemo"),
    ("radiotherapy", "radiation therapy", "radiation treatment"),
    ("herbicide", "weedkiller", "weed killer", "weedkillers", "weed killers", "herbicides"),
    ("insecticide", "insect killer", "insecticides", "insect killers"),
    ("antibiotic", "antibacterial", "antibiotics", "antibacterials"),
    ("antipyretic", "fever reducer", "fever reducing"),
    ("hypnotic", "sleeping pill", "sleeping pills", "sleep aid", "sleep aids"),
    ("vaccination", "vaccine", "vaccinated", "inoculation", "inoculated"),
    ("exercise", "physical activity", "physical exercise", "exercising"),
    # --- round 2 -------------------------------------------------------------------------------
    # heart, blood and vessels
    ("cardiac arrest", "cardiopulmonary arrest", "heart stopped", "heart stopping"),
    ("atrial fibrillation", "afib"),
    ("cardiologist", "cardiologists", "heart specialist", "heart specialists", "heart doctor",
     "heart doctors"),
    ("coronary artery bypass grafting", "coronary bypass", "coronary artery bypass",
     "bypass grafting", "cabg"),
    ("pacemaker", "pacemakers", "cardiac pacemaker", "cardiac pacemakers"),
    ("varicose veins", "varicosities", "varicose vein"),
    ("transfusion", "blood transfusion", "blood transfusions", "transfusions", "transfused"),
    ("lymph node", "lymph nodes", "lymph gland", "lymph glands"),
    ("hyperlipidemia", "high blood lipids", "high blood fats", "hyperlipidaemia"),
    ("epinephrine", "adrenaline", "adrenalin"),
    ("norepinephrine", "noradrenaline", "noradrenalin"),
    ("oxygen saturation", "blood oxygen", "blood oxygen level", "blood oxygen levels",
     "spo2"),
    # breathing and airways
    ("mechanical ventilation", "ventilator", "ventilators", "breathing machine",
     "breathing machines", "mechanically ventilated"),
    ("pulmonologist", "pulmonologists", "lung specialist", "lung specialists"),
    ("rhinorrhea", "runny nose", "rhinorrhoea"),
    ("nasal congestion", "stuffy nose", "blocked nose", "stuffed nose"),
    ("pharyngitis", "sore throat", "sore throats"),
    ("wheezing", "wheeze", "wheezes", "wheezy"),
    ("tuberculosis", "tb"),
    ("pertussis", "whooping cough"),
    # digestion, liver and kidneys
    ("diarrhea", "diarrhoea", "loose stools", "loose stool", "watery stools"),
    ("constipation", "constipated"),
    ("dyspepsia", "indigestion", "upset stomach"),
    ("heartburn", "pyrosis"),
    ("gastroesophageal reflux disease", "acid reflux disease", "reflux disease", "gerd",
     "gord", "gastro oesophageal reflux disease"),
    ("gastric ulcer", "gastric ulcers", "stomach ulcer", "stomach ulcers"),
    ("cirrhosis", "liver scarring", "scarring of the liver", "cirrhotic"),
    ("gallstones", "gallstone", "cholelithiasis"),
    ("cholecystectomy", "gallbladder removal", "removal of the gallbladder"),
    ("appendectomy", "appendicectomy", "appendix removal", "removal of the appendix"),
    ("colorectal cancer", "bowel cancer", "colorectal cancers", "bowel cancers"),
    ("celiac disease", "coeliac disease", "celiac sprue", "gluten enteropathy",
     "gluten sensitive enteropathy"),
    ("hemorrhoids", "haemorrhoids", "piles"),
    ("esophagus", "gullet", "food pipe", "oesophagus"),
    ("jaundice", "icterus", "jaundiced", "yellowing of the skin"),
    ("kidney stones", "kidney stone", "nephrolithiasis", "renal calculi", "renal stones",
     "renal stone", "urolithiasis"),
    ("cystitis", "bladder infection", "bladder infections"),
    ("benign prostatic hyperplasia", "enlarged prostate", "prostate enlargement",
     "prostatic hypertrophy", "bph"),
    ("erectile dysfunction", "impotence", "impotent"),
    ("nocturia", "nighttime urination", "night time urination", "nocturnal urination"),
    ("urinalysis", "urine test", "urine tests", "urine testing"),
    # brain and nerves
    ("neuron", "neurons", "nerve cell", "nerve cells", "neurone", "neurones"),
    ("migraine", "migraines", "migraine headache", "migraine headaches"),
    ("alzheimer disease", "alzheimer's disease", "alzheimers", "alzheimer dementia"),
    ("parkinson disease", "parkinson's disease", "parkinsons"),
    ("neuropathy", "neuropathies", "nerve damage"),
    ("paresthesia", "paraesthesia", "tingling", "pins and needles"),
    ("numbness", "hypoesthesia", "hypoaesthesia", "loss of sensation", "numb"),
    ("tremor", "tremors", "shaking", "trembling", "shakiness"),
    ("concussion", "concussions", "mild traumatic brain injury", "concussed"),
    ("anesthesiologist", "anesthesiologists", "anaesthetist", "anaesthetists",
     "anesthetist", "anesthetists"),
    ("delirium", "acute confusion", "acute confusional state", "delirious"),
    # mind and behaviour
    ("suicidal ideation", "suicidal thoughts", "thoughts of suicide", "suicidal ideas"),
    ("suicide attempt", "suicide attempts", "attempted suicide"),
    ("social anxiety disorder", "social phobia", "social anxiety"),
    ("autism spectrum disorder", "autism", "autistic"),
    ("psychotherapy", "talk therapy", "talking therapy", "talking therapies",
     "psychotherapies", "psychotherapeutic"),
    ("antipsychotic", "antipsychotics", "neuroleptic", "neuroleptics"),
    ("benzodiazepine", "benzodiazepines", "benzos", "benzo"),
    ("opioid", "opioids", "opiate", "opiates"),
    ("anticonvulsant", "anticonvulsants", "antiepileptic", "antiepileptics",
     "antiseizure", "anti seizure medication", "anti seizure medications"),
    ("electroconvulsive therapy", "electroshock therapy", "electroshock", "shock therapy"),
    ("anhedonia", "loss of pleasure", "inability to feel pleasure", "anhedonic"),
    # hormones, metabolism and nutrition
    ("menopause", "change of life", "menopausal"),
    ("insulin resistance", "insulin insensitivity", "insulin resistant"),
    ("triglyceride", "triglycerides", "triacylglycerol", "triacylglycerols"),
    ("low density lipoprotein", "bad cholesterol"),
    ("high density lipoprotein", "good cholesterol"),
    ("glycated hemoglobin", "glycosylated hemoglobin", "hemoglobin a1c", "a1c"),
    ("waist circumference", "waist size", "waistline", "waist measurement"),
    ("cobalamin", "vitamin b12"),
    ("thiamine", "thiamin", "vitamin b1"),
    ("riboflavin", "vitamin b2"),
    ("niacin", "nicotinic acid", "vitamin b3"),
    ("glutamate", "glutamic acid"),
    ("serotonin", "hydroxytryptamine"),
    ("midlife", "middle age", "middle aged"),
    # bones, joints and muscles
    ("osteoarthritis", "degenerative joint disease", "degenerative arthritis",
     "wear and tear arthritis"),
    ("arthroplasty", "joint replacement", "joint replacements", "arthroplasties"),
    ("bone density", "bone mineral density"),
    ("tendinitis", "tendonitis"),
    ("muscle", "muscular", "muscles"),
    ("backache", "back ache", "backaches"),
    # skin, hair, eyes and ears
    ("eczema", "atopic dermatitis", "atopic eczema"),
    ("urticaria", "hives"),
    ("rash", "rashes", "skin rash", "skin rashes", "exanthem", "exanthema"),
    ("acne", "acne vulgaris"),
    ("pressure ulcer", "pressure ulcers", "bedsore", "bedsores", "bed sore", "bed sores",
     "pressure sore", "pressure sores", "decubitus ulcer"),
    ("alopecia", "hair loss", "baldness"),
    ("sweating", "perspiration", "diaphoresis", "sweat", "sweats"),
    ("bruising", "bruise", "bruises", "contusion", "contusions", "ecchymosis"),
    ("myopia", "nearsightedness", "near sightedness", "short sightedness",
     "shortsightedness", "myopic"),
    ("hyperopia", "farsightedness", "far sightedness", "long sightedness",
     "longsightedness", "hypermetropia"),
    ("tinnitus", "ringing in the ears", "ear ringing", "ringing ears"),
    ("otitis media", "middle ear infection", "middle ear infections"),
    ("conjunctivitis", "pink eye", "pinkeye"),
    # reproduction, pregnancy and birth
    ("pregnancy", "gestation", "pregnancies"),
    ("infertility", "infertile"),
    ("in vitro fertilization", "in vitro fertilisation", "ivf"),
    ("menstruation", "menses", "menstrual period", "menstrual periods", "menstruating"),
    ("stillbirth", "stillbirths", "stillborn"),
    ("preeclampsia", "pre eclampsia", "toxemia of pregnancy", "toxaemia of pregnancy"),
    ("breastfeeding", "breast feeding", "breastfed", "breast fed", "breastfeed"),
    ("birth weight", "birthweight", "birth weights"),
    ("hysterectomy", "removal of the uterus", "womb removal"),
    ("ovary", "ovarian", "ovaries"),
    ("semen", "seminal fluid", "ejaculate"),
    ("sexually transmitted infection", "sexually transmitted infections",
     "sexually transmitted disease", "sexually transmitted diseases", "venereal disease"),
    # infections
    ("bacteria", "bacterium", "bacterial"),
    ("virus", "viruses", "viral"),
    ("fungus", "fungi", "fungal"),
    ("herpes zoster", "shingles", "zoster"),
    ("varicella", "chickenpox", "chicken pox"),
    ("measles", "rubeola"),
    ("rubella", "german measles"),
    ("covid", "coronavirus disease"),
    ("lyme disease", "lyme borreliosis"),
    ("staphylococcus", "staph", "staphylococci", "staphylococcal"),
    ("escherichia coli", "e coli"),
    ("hand hygiene", "hand washing", "handwashing", "hand washing"),
    ("antimicrobial resistance", "antibiotic resistance"),
    # cancer
    ("oncologist", "oncologists", "cancer specialist", "cancer specialists", "cancer doctor",
     "cancer doctors"),
    ("carcinogen", "carcinogens", "carcinogenic", "cancer causing"),
    ("benign", "noncancerous", "non cancerous"),
    ("mammography", "mammogram", "mammograms"),
    ("lumpectomy", "breast conserving surgery", "breast conserving surgeries"),
    ("mastectomy", "mastectomies", "breast removal"),
    ("pap smear", "pap test", "pap smears", "pap tests", "cervical smear", "cervical smears"),
    # drugs and drug classes
    ("acetaminophen", "paracetamol", "tylenol", "apap"),
    ("ibuprofen", "advil", "motrin", "nurofen"),
    ("aspirin", "acetylsalicylic acid"),
    ("statin", "statins", "hmg coa reductase inhibitor", "hmg coa reductase inhibitors"),
    ("beta blocker", "beta blockers", "beta adrenergic blocker", "beta adrenergic blockers",
     "beta adrenergic antagonist", "beta adrenergic antagonists", "beta adrenoceptor antagonist",
     "beta adrenoceptor antagonists"),
    ("ace inhibitor", "ace inhibitors", "angiotensin converting enzyme inhibitor",
     "angiotensin converting enzyme inhibitors"),
    ("diuretic", "diuretics", "water pill", "water pills"),
    ("corticosteroid", "corticosteroids", "corticoid", "corticoids"),
    ("metformin", "glucophage"),
    ("antihistamine", "antihistamines", "allergy pill", "allergy pills"),
    ("antiemetic", "antiemetics", "anti nausea drug", "anti nausea drugs",
     "anti nausea medication", "anti nausea medications"),
    ("laxative", "laxatives"),
    ("cannabis", "marijuana", "marihuana"),
    ("tetrahydrocannabinol", "thc"),
    # tests, imaging and procedures
    ("ultrasound", "ultrasonography", "sonography", "sonogram", "ultrasounds"),
    ("radiograph", "radiographs", "radiography", "xray", "xrays"),
    ("computed tomography", "computerized tomography", "computerised tomography", "ct scan",
     "ct scans", "cat scan", "cat scans"),
    ("positron emission tomography", "pet scan", "pet scans"),
    ("biomarker", "biomarkers", "biological marker", "biological markers"),
    # people and places
    ("health care worker", "health care workers", "healthcare worker", "healthcare workers",
     "health worker", "health workers", "healthcare professional", "healthcare professionals",
     "health professional", "health professionals", "health care personnel"),
    ("nursing home", "nursing homes", "care home", "care homes"),
    ("homeless", "homelessness", "unhoused"),
    ("prison", "prisons", "correctional facility", "correctional facilities",
     "correctional institution", "correctional institutions", "penitentiary",
     "penitentiaries", "jail", "jails", "gaol",
     # The stemmer already reads "prisoner" as "prison": the people go with the place.
     "prisoner", "prisoners", "inmate", "inmates", "incarcerated people",
     "incarcerated persons", "incarcerated individuals", "incarcerated men",
     "incarcerated women"),
    ("veterans", "veteran", "former soldiers", "ex servicemen", "former service members"),
    # --- round 9: a nationality is its country ("an Italian team" = "in Italy") ---------------
    ("italy", "italian", "italians"), ("spain", "spanish"), ("france", "french"),
    ("germany", "german", "germans"), ("netherlands", "dutch"), ("belgium", "belgian"),
    ("switzerland", "swiss"), ("austria", "austrian"), ("sweden", "swedish", "swedes"),
    ("norway", "norwegian", "norwegians"), ("denmark", "danish", "danes"),
    ("finland", "finnish", "finns"), ("ireland", "irish"), ("japan", "japanese"),
    ("korea", "korean", "koreans"), ("israel", "israeli", "israelis"), ("iran", "iranian",
     "iranians"), ("brazil", "brazilian", "brazilians"), ("mexico", "mexican", "mexicans"),
    ("taiwan", "taiwanese"), ("russia", "russian", "russians"), ("greece", "greek", "greeks"),
    ("portugal", "portuguese"), ("egypt", "egyptian", "egyptians"),
    ("canada", "canadian", "canadians"), ("australia", "australian", "australians"),
    ("britain", "british", "united kingdom"), ("scotland", "scottish"),
    ("nigeria", "nigerian", "nigerians"), ("kenya", "kenyan", "kenyans"),
    ("ethiopia", "ethiopian", "ethiopians"), ("pakistan", "pakistani", "pakistanis"),
    ("thailand", "thai"), ("vietnam", "vietnamese"), ("argentina", "argentinian",
     "argentine"), ("chile", "chilean", "chileans"), ("colombia", "colombian", "colombians"),
    # --- round 9: lay words for common abstract terms ------------------------------------------
    ("cognition", "cognitive function", "cognitive functioning", "mental sharpness"),
    # --- lay round 2: routes of giving a drug ----------------------------------------------------
    ("sublingual", "sublingually", "under the tongue"),
    ("intranasal", "intranasally", "through the nose", "into the nose"),
    ("orally", "by mouth"),
)  # fmt: skip

RESEARCH_SYNONYMS: Final[tuple[tuple[str, ...], ...]] = (
    ("preclinical", "pre clinical", "laboratory study", "laboratory studies", "lab study",
     "lab studies", "laboratory research", "laboratory experiments", "lab experiments"),
    ("outcome", "endpoint", "end point", "outcomes", "endpoints"),
    ("distinguish", "distinguishable", "differentiate", "discriminate", "discriminating",
     "discrimination", "tell apart", "told apart", "telling apart", "tells apart",
     "tell them apart", "told them apart"),
    ("adherence", "adherent", "compliance", "compliant"),
    ("predict", "prediction", "predictive", "predictor", "predictors", "forecast",
     "forecasts", "foretell"),
    ("dose response", "dose dependent", "dose dependence", "dose related",
     # round 21: the key of the lay "the bigger the dose, the ..." phrase word
     "doseresponse"),
    ("neurotransmission", "neurotransmitter signaling", "synaptic transmission"),
    ("adjustment", "adjusted", "adjusting", "adjust", "accounted", "accounting",
     "account for"),
)  # fmt: skip

SPELLING_VARIANTS: Final[dict[str, str]] = {
    "leucocyte": "leukocyte", "leucocytes": "leukocytes", "dyspnoea": "dyspnea",
    "apnoea": "apnea", "coeliac": "celiac", "oestradiol": "estradiol", "haem": "heme",
    "sulphur": "sulfur", "aluminium": "aluminum", "practise": "practice",
    "practised": "practiced", "licence": "license", "defence": "defense",
    "analyse": "analyze", "analysed": "analyzed", "analysing": "analyzing",
    "paralyse": "paralyze", "mould": "mold", "plough": "plow", "tonne": "ton",
    "oesophagitis": "esophagitis", "haemoglobin": "hemoglobin",
    "millilitre": "milliliter", "millilitres": "milliliters", "millimetre": "millimeter",
    "millimetres": "millimeters", "centimetre": "centimeter", "centimetres": "centimeters",
    "kilometre": "kilometer", "kilometres": "kilometers",
    # round 9: -re/-er, -ogue/-og, oe/e, -ement, -yse/-yze, -ll-, and -ic verbs with a "k"
    "titre": "titer", "titres": "titers", "meagre": "meager", "calibre": "caliber",
    "theatre": "theater", "theatres": "theaters", "centred": "centered", "spectre": "specter",
    "sabre": "saber", "lustre": "luster", "sombre": "somber", "fibres": "fibers",
    "metres": "meters", "manoeuvres": "maneuvers", "analogue": "analog", "analogues": "analogs",
    "catalogue": "catalog", "catalogues": "catalogs", "dialogue": "dialog",
    "oestrogens": "estrogens", "oestrogenic": "estrogenic", "oestrus": "estrus",
    "oestrous": "estrous", "foetuses": "fetuses", "oedematous": "edematous",
    "diarrhoeal": "diarrheal", "amoeba": "ameba", "amoebae": "amebae", "amoebic": "amebic",
    "homoeopathy": "homeopathy", "homoeopathic": "homeopathic",
    "oesophagectomy": "esophagectomy", "dyspnoeic": "dyspneic", "apnoeic": "apneic",
    "judgement": "judgment", "judgements": "judgments", "acknowledgement": "acknowledgment",
    "catalyse": "catalyze", "catalysed": "catalyzed", "dialyse": "dialyze",
    "dialysed": "dialyzed", "hydrolyse": "hydrolyze", "hydrolysed": "hydrolyzed",
    "paralysed": "paralyzed", "sulphide": "sulfide", "sulphides": "sulfides",
    "sulphonamide": "sulfonamide", "sulphonamides": "sulfonamides",
    "sulphonylurea": "sulfonylurea", "sulphonylureas": "sulfonylureas",
    "sulphuric": "sulfuric", "sulphates": "sulfates", "fulfil": "fulfill",
    "fulfils": "fulfills", "skilful": "skillful", "wilful": "willful", "enrolment": "enrollment",
    "mimicking": "mimic", "mimicked": "mimic", "panicking": "panic", "panicked": "panic",
    "trafficking": "traffic", "trafficked": "traffic",
}  # fmt: skip

# Abbreviations whose long form is near universal in clinical writing. Ambiguous ones ("MS",
# "PET", "ED", "CT") are left to the record's own definitions.
ABBREVIATIONS: Final[dict[str, str]] = {
    "copd": "chronic obstructive pulmonary disease", "icu": "intensive care unit",
    "hiv": "human immunodeficiency virus", "adhd": "attention deficit hyperactivity disorder",
    "ckd": "chronic kidney disease", "cvd": "cardiovascular disease",
    "chd": "coronary heart disease", "cad": "coronary artery disease",
    "t2d": "type 2 diabetes", "t2dm": "type 2 diabetes mellitus",
    "ibs": "irritable bowel syndrome", "uti": "urinary tract infection",
    "nsaid": "nonsteroidal anti inflammatory drug",
    "nsaids": "nonsteroidal anti inflammatory drugs", "ppi": "proton pump inhibitor",
    "tbi": "traumatic brain injury", "hcc": "hepatocellular carcinoma",
    "nsclc": "non small cell lung cancer", "bmd": "bone mineral density",
    "ldl": "low density lipoprotein", "hdl": "high density lipoprotein",
    "crp": "c reactive protein", "hba1c": "glycated hemoglobin", "qol": "quality of life",
    "cbt": "cognitive behavioral therapy", "tms": "transcranial magnetic stimulation",
    "mri": "magnetic resonance imaging", "fmri": "functional magnetic resonance imaging",
    "ecg": "electrocardiogram", "ekg": "electrocardiogram", "eeg": "electroencephalogram",
    "epr": "electron paramagnetic resonance", "esr": "electron spin resonance",
    "nmr": "nuclear magnetic resonance", "me2so": "dimethyl sulfoxide",
    "dmso": "dimethyl sulfoxide",
    "dna": "deoxyribonucleic acid", "rna": "ribonucleic acid",
    # Only the distinctive part of a long chemical name: "methyl" or "acid" would tie AMPA to
    # every "N-methyl-D-aspartate" or "lactic acid" sentence.
    "ampa": "isoxazole propionic", "ampar": "isoxazole propionic receptor",
    "ssri": "selective serotonin reuptake inhibitor",
    "ssris": "selective serotonin reuptake inhibitors",
    "snri": "serotonin norepinephrine reuptake inhibitor",
    "snris": "serotonin norepinephrine reuptake inhibitors",
    "shrna": "short hairpin rna", "sirna": "small interfering rna",
    "mrna": "messenger rna",
    # round 9: rating scales an abstract often spells out without the letters
    "cadss": "clinician administered dissociative states scale",
    "madrs": "montgomery asberg depression rating scale",
    "hdrs": "hamilton depression rating scale", "hamd": "hamilton depression rating scale",
    "hama": "hamilton anxiety rating scale", "bdi": "beck depression inventory",
    "bai": "beck anxiety inventory", "ymrs": "young mania rating scale",
    "bprs": "brief psychiatric rating scale", "panss": "positive and negative syndrome scale",
    "mmse": "mini mental state examination", "moca": "montreal cognitive assessment",
    "qids": "quick inventory of depressive symptomatology",
    "psqi": "pittsburgh sleep quality index", "phq": "patient health questionnaire",
}  # fmt: skip

# --- same meaning, own stem kept (full credit) --------------------------------------------------

# Brain regions, noun and adjective as one word ("hippocampal" is the hippocampus). index.py
# makes every two regions opposites: a finding in one region is no finding in another.
BRAIN_REGIONS: Final[tuple[tuple[str, ...], ...]] = (
    ("hippocampus", "hippocampal", "hippocampi"),
    ("prefrontal",),
    ("amygdala", "amygdalar", "amygdaloid", "amygdalae"),
    ("striatum", "striatal"),
    ("accumbens",),
    ("hypothalamus", "hypothalamic"),
    ("thalamus", "thalamic"),
    ("cerebellum", "cerebellar"),
)  # fmt: skip

SAME_MEANING_GROUPS: Final[tuple[tuple[str, ...], ...]] = (
    *(group for group in BRAIN_REGIONS if len(group) > 1),
    ("intact", "spared", "preserved", "unimpaired", "undiminished"),
    # round 23: nuclei "bonded to" a carbon are "bound to" it
    ("bound", "bonded"),
    # a hydrogen nucleus is a proton: "(1)H nuclei" in NMR abstracts
    ("proton", "protons", "isotope1h"),
    ("transient", "transiently", "brief", "briefly", "temporary", "temporarily", "fleeting",
     "short-lived", "ephemeral", "momentary"),
    ("disappear", "disappeared", "disappears", "vanish", "vanished", "vanishes", "abolish",
     "abolished", "nullified", "erased"),
    ("extensive", "extensively", "thorough", "thoroughly", "comprehensive",
     "comprehensively", "exhaustive", "exhaustively", "rigorous", "rigorously"),
    ("similar", "similarly", "comparable", "alike", "indistinguishable"),
    ("novel", "new"),
    ("worsen", "worsened", "worsening", "deteriorate", "deteriorated", "deterioration",
     "exacerbate", "exacerbated", "exacerbation", "aggravate", "aggravated"),
    ("recovery", "recover", "recovered", "recuperation"),
    ("loss", "lose", "lost", "losing"),
    ("marked", "markedly", "pronounced", "substantial", "substantially", "considerable",
     "considerably", "sharp", "sharply", "steep", "steeply", "dramatic", "dramatically",
     # lay round 2: "greatly reduced" = "sharply reduced"
     "greatly", "vastly", "hugely", "strikingly", "profoundly"),
    ("established", "well-established"),
    ("mechanism", "mechanisms", "mechanistic"),
    ("sex", "gender"),
    ("surgery", "surgical", "surgically"),
    ("respiratory", "respiration", "breathing"),
    ("hinder", "hindered", "hinders", "hamper", "hampered", "hampers", "impede", "impeded",
     "impedes", "obstacle", "obstacles", "hindrance", "hurdle", "hurdles", "impediment",
     "impediments"),
    ("enrolled", "enrollment", "enrolment", "enroll", "enrol"),
    ("ascend", "ascending", "escalating", "escalation"),
    ("descend", "descending", "tapering", "tapered", "de-escalating", "de-escalation"),
    # round 3
    ("ample", "amply", "plentiful", "plentifully", "abundant", "abundantly", "abundance",
     "copious", "copiously", "plenty", "wealth"),
    ("damage", "damaged", "damages", "damaging", "injury", "injuries", "injured", "injure",
     "injuring", "hurt", "hurts", "hurting", "battered"),
    # round 5
    ("synapse", "synapses", "synaptic"),
    ("initial", "initially", "first"),
    ("manage", "managed", "manages", "managing", "management", "handle", "handled", "handles",
     "handling"),
    ("unchanged", "unaffected", "unaltered", "unmodified", "unperturbed"),
    ("neglected", "neglect", "overlooked", "overlook", "disregarded", "forgotten", "disused",
     "underused", "underutilized", "underappreciated"),
    ("exploit", "exploits", "exploited", "exploiting", "utilize", "utilizes", "utilized",
     "utilizing", "leverage", "leverages", "leveraged", "leveraging"),
    # round 6: what makes something happen. "Associated with" is not among them (see
    # OPPOSITE_PAIRS): an association does not back a claim that one thing causes another.
    ("cause", "caused", "causes", "causing", "causal", "causally", "causation", "causative",
     "induce", "induced", "induces", "inducing", "provoke", "provoked", "provokes", "provoking"),
    # lay round 2: reporting and description words of general medical writing
    ("main", "principal", "chief", "primary"),
    ("specific", "specifically", "particular", "particularly"),
    ("divide", "divided", "divides", "dividing", "subdivide", "subdivided", "subdivides",
     "subdividing", "split", "splits", "splitting"),
    ("sample", "samples", "specimen", "specimens"),
    ("researcher", "researchers", "investigator", "investigators", "scientist", "scientists"),
    ("target", "targeted", "targeting", "targets"),
    # round 10: what participants tell the investigators ("18 said they felt better")
    ("reported", "said", "told"),
    # round 11: lay words for kinds of a thing, public excitement, what sets a process going
    ("type", "types", "kind", "kinds", "sort", "sorts"),
    ("enthusiasm", "enthusiastic", "excitement", "excited", "optimism", "optimistic", "hype"),
    ("trigger", "triggers", "triggered", "triggering", "spark", "sparks", "sparked",
     "sparking"),
    # round 15: drugs by their other names. Not "medicines": it shares its stem with the field
    # ("sports medicine") and stays a related word.
    ("drugs", "medications", "pharmacotherapies", "pharmaceuticals"),
    # round 20: a drug's reinforcing effects are its rewarding effects
    ("reinforcing", "reinforcement", "rewarding"),
)  # fmt: skip
# Words added to groups index.SAME_MEANING already has (by the group's first word).
SAME_MEANING_ADDITIONS: Final[dict[str, tuple[str, ...]]] = {
    "dysfunction": ("disturbed", "disturbance", "disturbances", "deranged", "derangement",
                    "perturbed", "disordered"),
    "lacking": ("scant", "scanty", "meager", "meagre", "paucity", "inadequate", "incomplete"),
    "small": ("minor", "slight", "slightly", "modest", "modestly"),
    "strong": ("powerful", "powerfully", "robust", "robustly", "intense", "intensely",
               # round 20: a drug that blocks "more strongly" blocks "more potently"; its
               # potency is its strength
               "potent", "potently", "potency"),
    "large": ("big", "bigger", "biggest", "sizeable", "sizable"),
    "high": ("heavy", "heavily"),
    "difficult": ("difficulties", "challenging", "troublesome"),
    "method": ("procedure", "scheme", "schemes", "strategy", "strategies"),
    "decrease": ("plummet", "plummeted", "slump", "slumped"),
    "easy": ("effortlessly", "effortless", "simply"),
}  # fmt: skip

# --- related meanings (half credit) -------------------------------------------------------------

RELATED_GROUPS: Final[tuple[tuple[str, ...], ...]] = (
    ("improve", "better"),
    # round 20: the lay names of a fifth, a quarter, a third or a tenth of a distribution
    ("quintile", "quintiles", "fifth", "fifths"),
    ("quartile", "quartiles", "quarter", "quarters"),
    ("tertile", "tertiles", "third", "thirds"),
    ("decile", "deciles", "tenth", "tenths"),
    # round 20: the middle value is the typical one
    ("median", "typical", "typically"),
    # "the share of cells" is their proportion or percentage
    ("proportion", "percentage", "share", "fraction", "rate"),
    ("preclinical", "laboratory", "animal", "vitro"),
    ("mechanism", "explanation", "explanations", "pathway"),
    ("neurotransmission", "signaling", "signalling", "signal", "transmission"),
    ("cognitive", "thinking", "memory", "attention", "intellectual"),
    ("hallucinogen", "psychosis", "psychotic", "psychotomimetic"),
    ("collected", "drawn", "obtained", "sampled", "taken"),
    ("serum", "blood"),
    ("plasma", "blood"),
    ("develop", "incident", "onset", "subsequent", "subsequently", "case", "cases"),
    ("subsequent", "later", "afterwards", "thereafter", "followup"),
    ("weight", "mass", "bmi", "obesity", "overweight"),
    ("animal", "veterinary"),
    ("drug", "medication", "medicine", "medicines", "pharmaceutical", "compound", "agent"),
    ("measure", "measured", "quantify", "quantified", "assess", "assessment", "determined"),
    # round 22: what was "checked in blood" was measured there
    ("measured", "checked", "check", "checks", "checking"),
    ("hypothesis", "theory", "proposal", "hypothesized", "proposed", "putative", "candidate"),
    ("score", "rating", "ratings", "scale"),
    ("relapse", "recurrence", "recur", "recurred", "recurrent"),
    ("discontinuation", "dropout", "withdrew", "withdrawal", "discontinued"),
    ("questionnaire", "survey", "interview"),
    ("tumor", "cancer", "carcinoma", "malignant", "oncology"),
    ("liver", "hepatic"),
    ("anxiety", "nervousness", "worry", "worries", "fear"),
    ("depression", "low mood", "sadness", "melancholia"),
    ("edema", "swelling", "swollen"),
    ("vertigo", "dizziness", "dizzy", "lightheaded"),
    ("angina", "chest pain"),
    ("osteoporosis", "bone loss", "brittle"),
    ("obesity", "obese", "overweight"),
    ("efficacy", "lift", "lifted", "lifts", "promise", "promising"),
    ("inhibit", "suppress", "suppressed", "suppression", "silence", "silenced"),
    ("urine", "urinary"),
    ("mouse", "rodent"),
    ("rat", "rodent"),
    ("adult", "patient"),
    ("clinical", "patient", "patients", "human", "humans"),
    # round 2
    ("inhibit", "stopped", "halted", "prevented", "abolished", "abolish"),
    ("bloodsample", "serum", "plasma", "leukocyte", "erythrocyte", "platelet"),
    ("gabainterneuron", "interneuron"),
    ("temperature", "temperatures", "cooled", "cooling", "chilled", "heated", "warmed"),
    ("unique", "uniquely", "distinctive", "distinct", "singular", "peculiar"),
    ("hinder", "complicate", "complicates", "complicated", "barrier", "barriers", "limit",
     "limits"),
    ("discontinuation", "attrition", "dropped out", "drop out"),
    ("smoking", "tobacco", "cigarette", "cigarettes", "smoker", "smokers"),
    ("alcohol", "drinking", "ethanol", "drinker", "drinkers"),
    ("transaminase", "liver enzymes", "liver enzyme"),
    ("laboratory", "lab", "labs"),
    ("veterinary", "vet", "vets"),
    ("screened", "eligibility"),
    ("retrospective", "records", "charts", "registry"),
    # round 3. A species is an animal, but two species never meet through "animal": each
    # species group has its own label.
    ("mouse", "animal"),
    ("rat", "animal"),
    ("monkey", "animal", "primate"),
    ("dog", "animal"),
    ("pig", "animal", "swine"),
    ("rabbit", "animal"),
    ("zebrafish", "animal"),
    ("affect", "effect", "influence", "influenced"),
    ("median", "typical", "typically"),
    ("manage", "managed", "management", "handle", "handled", "handling", "treatment", "treat",
     "treated"),
    ("hypnotic", "sleep", "asleep"),
    ("anxiety", "calming", "calm", "calmer", "soothing"),
    ("onset", "occur", "occurred", "emerge", "emerged"),
    ("hinder", "challenge", "challenges", "obstacle", "obstacles", "hurdle", "hurdles"),
    # round 21: a solution is a kind of mixture or medium
    ("solution", "mixture", "mixtures", "medium"),
    # round 21: a "greater" chance or amount is a higher one
    ("increase", "greater"),
    # round 21: a shift in blood pressure is a change in it
    ("change", "changes", "changed", "shift", "shifts", "shifted"),
    # lay round 2. What stands for something measured: a marker, an indicator, a readout.
    ("marker", "markers", "indicator", "indicators", "readout", "readouts", "correlate",
     "correlates", "proxy", "surrogate", "gauge", "signature"),
    ("predictor", "marker", "indicator"),
    # "strongly reduced" against "sharply reduced": degree words of two same-meaning groups
    ("strong", "strongly", "marked", "markedly", "sharp", "sharply", "greatly", "substantially",
     "considerably", "dramatically"),
    # a severity grade: mild and below the clinical threshold
    ("subclinical", "mild", "mildly", "borderline", "latent"),
    # what a study does to its subject: looks into it
    ("investigate", "investigated", "examine", "examined", "explore", "explored", "evaluate",
     "evaluated", "probe", "probed", "studied", "tested", "assessed"),
    ("level", "levels", "concentration", "concentrations", "amount", "amounts"),
    ("previous", "previously", "prior", "earlier", "formerly", "past"),
    ("major", "main", "principal", "predominant", "key"),
    # the transmitter and the cells or signalling that use it
    ("gaba", "gabaergic"),
    ("glutamate", "glutamatergic"),
    ("dopamine", "dopaminergic"),
    ("serotonin", "serotonergic"),
    ("acetylcholine", "cholinergic"),
    ("norepinephrine", "noradrenergic"),
    ("mutation", "mutations", "mutant", "mutants", "mutated"),
    ("generated", "bred", "engineered", "transgenic"),
    ("cardiovascular", "cardiac", "circulatory"),
    ("athlete", "athletes", "runner", "runners", "cyclist", "cyclists", "sportsmen"),
    ("solution", "solutions", "dissolved", "dissolve"),
    # round 9. A brain region is in the brain, but two regions never meet through "brain": each
    # region group has its own label.
    ("prefrontal", "brain", "frontal"),
    ("cortex", "brain", "cortical"),
    ("hippocampus", "brain", "hippocampal"),
    ("striatum", "brain", "striatal"),
    ("amygdala", "brain"),
    ("cerebellum", "brain", "cerebellar"),
    ("hypothalamus", "brain", "hypothalamic"),
    # how a sample is left in a liquid before it is worked on
    ("equilibrate", "equilibrated", "equilibration", "soak", "soaked", "soaking", "immerse",
     "immersed", "immersion", "steeped", "bathed", "incubated", "incubation"),
    # round 11: an effect that was blocked is one that disappeared; a lost reflex is abolished
    ("inhibit", "disappear", "disappeared", "disappears", "vanish", "vanished", "vanishes"),
    ("loss", "abolish", "abolished", "abolishing", "disappear", "disappeared"),
    # "gave ketamine to 20 patients": administered it
    ("administered", "gave", "give", "gives", "giving"),
)  # fmt: skip

# --- opposites ----------------------------------------------------------------------------------

# Concepts as index.py builds them: a stem ("sustain"), a same-meaning label ("=transient"), or
# a phrase key of PHRASE_WORDS ("scantevidence").
OPPOSITE_PAIRS: Final[tuple[tuple[str, str], ...]] = (
    ("=transient", "=persisted"),
    ("=transient", "perman"),
    # "the benefit wore off by the next day" against "the benefit persisted for a week"
    ("=disappear", "=persisted"),
    ("=disappear", "unchang"),
    ("=extensive", "=lacking"),
    ("=established", "=lacking"),
    ("mutuallyexclusive", "complementari"),
    ("alon", "bothand"),
    ("scantevidence", "ampleevidence"),
    ("=worsen", "improv"),
    ("distinguish", "indistinguish"),
    ("acut", "chronic"),
    ("benign", "cancer"),
    ("prospect", "retrospect"),
    ("excitatori", "inhibitori"),
    ("upregul", "downregul"),
    ("overestim", "underestim"),
    ("gain", "=loss"),
    ("consist", "inconsist"),
    ("adequ", "inadequ"),
    ("direct", "indirect"),
    ("differ", "similar"),
    ("=ascend", "=descend"),
    # "unchanged in knock-out mice" against "strongly reduced in knock-out mice"
    ("unchang", "=decrease"),
    ("unchang", "increas"),
    ("narrow", "wide"),
    ("narrow", "=large"),
    # "left the antidepressant actions intact" against "the actions were blocked"
    ("=intact", "inhibit"),
    ("=intact", "=disappear"),
    # round 3
    ("=ample", "=lacking"),
    ("=ample", "scantevidence"),
    ("=unchanged", "chang"),
    ("=unchanged", "alter"),
    ("=unchanged", "=disappear"),
    # round 6: cause against association, degree against degree, once against again
    ("=cause", "associ"),
    ("=cause", "correl"),
    ("=strong", "=small"),
    ("=marked", "=small"),
    ("=marked", "=weak"),
    ("=poor", "best"),
    ("=poor", "good"),
    ("=poor", "=strong"),
    ("singl", "repeat"),
    ("singl", "multipl"),
    # round 15: "works normally" / "is intact" against "is dysregulated" / "is impaired"
    ("normalfunct", "=dysfunction"),
)

# Alternatives of one kind, each excluding the others where the claim puts one and the record
# another: what a sample was dissolved in. index.py makes every two of a group opposites.
ALTERNATIVE_GROUPS: Final[tuple[tuple[str, ...], ...]] = (
    ("water", "ethanol", "methanol", "acetone", "chloroform", "hexane", "toluene",
     "acetonitrile", "isopropanol", "dichloromethane"),
)  # fmt: skip

# Classes a named thing belongs to, each excluding the others when written right before the
# same name ("the herbicide aldrin" against "the insecticide aldrin"). Only the attribute check
# reads them: loose, a class word in another sentence says nothing of the claim's thing.
KIND_GROUPS: Final[tuple[tuple[str, ...], ...]] = (
    ("herbicide", "insecticide", "fungicide", "fumigant", "rodenticide", "nematicide"),
    ("agonist", "antagonist"),
    ("virus", "bacterium", "fungus", "parasite"),
)  # fmt: skip

# --- phrases read as one word -------------------------------------------------------------------

_I = re.IGNORECASE
# (cheap substring cues, pattern, key): the key is looked up like a word, so it carries the
# concepts of that word ("transient" -> "=transient").
# "detached from themselves and their surroundings": dissociation in lay words
_DETACHED: Final = r"(?:detached|detachment|disconnected|disconnection|unreal)"
_SELF: Final = (
    r"(?:(?:their|his|her|one's|the)\s+)?(?:own\s+)?(?:selves|self|themselves|himself|herself|"
    r"bod(?:y|ies)|reality|surroundings|environment|world)"
)
_FROM_SELF: Final = rf"\s+from\s+{_SELF}(?:\s+(?:and|or)\s+{_SELF})?\b"

_STATE_VERB: Final = (
    r"is|are|was|were|be|been|being|remains?|remained|stays?|stayed|appears?|appeared|seems?|"
    r"seemed|looks?|looked"
)
_WORK_VERB: Final = (
    r"works?|worked|working|functions?|functioned|functioning|operates?|operated|operating|"
    r"behaves?|behaved|behaving|performs?|performed|performing"
)
_FULLY: Final = (
    r"(?:entirely|perfectly|completely|fully|largely|essentially|still|quite|basically|"
    r"otherwise)\s+"
)
# After "is normal": a reference range or a group, not the state of a function.
_NORMAL_NOUN: Final = (
    r"range|ranges|limits?|values?|levels?|weight|controls?|volunteers?|subjects?|individuals?|"
    r"people|participants?|adults?|children|mice|rats|animals?|tissues?|cells?|to|by|for|from|"
    r"in\s+(?:size|number|appearance)"
)

PHRASE_WORDS: Final[tuple[tuple[tuple[str, ...], re.Pattern[str], str], ...]] = (
    (("lived",), re.compile(r"\bshort[\s-]+lived\b", _I), "transient"),
    (("lived", "lasting"), re.compile(r"\blong[\s-]+(?:lived|lasting)\b", _I), "sustained"),
    (("exclusive", "rule", "incompatible", "exclud", "either"),
     re.compile(r"\bmutually\s+exclusive\b|\bmutually\s+incompatible\b"
                r"|\beither[\s/-]+or\b"
                r"|\brul(?:e|es|ed|ing)\s+(?:one\s+another|each\s+other)\s+out\b"
                r"|\brul(?:e|es|ed|ing)\s+out\s+(?:one\s+another|each\s+other)\b"
                r"|\bexclu(?:de|des|ded|ding|sive\s+of)\s+(?:one\s+another|each\s+other)\b", _I),
     "mutuallyexclusive"),
    (("together", "concert", "synerg", "complement"),
     re.compile(r"\b(?:work|act|operate|function)(?:s|ed|ing)?\s+(?:together|in\s+concert|"
                r"in\s+tandem|jointly)\b|\bsynergistic(?:ally)?\b|\bcomplementary\b", _I),
     "complementary"),
    (("own", "itself", "themselves"),
     re.compile(r"\b(?:on\s+(?:its|their|his|her)\s+own|by\s+(?:itself|themselves))\b", _I),
     "alone"),
    (("both", "combin"),
     re.compile(r"\bboth\b(?=[^.;]{1,80}?\band\b)|\b(?:in\s+combination\s+with|combined\s+with)\b",
                _I), "bothand"),
    (("evidence",),
     re.compile(r"\b(?:little|scant|scanty|sparse|limited|insufficient|weak|meagre|meager|"
                r"inconclusive)\s+(?:\w+\s+)?evidence\b|\black\s+of\s+(?:\w+\s+)?evidence\b"
                r"|\bpaucity\s+of\s+(?:\w+\s+)?evidence\b", _I), "scantevidence"),
    (("evidence",),
     re.compile(r"\b(?:several|multiple|many|numerous|various|growing|accumulating|mounting|"
                r"substantial|considerable|strong|robust|ample|extensive|converging|convergent)\s+"
                r"(?:lines\s+of\s+|pieces\s+of\s+|bodies\s+of\s+|body\s+of\s+)?"
                # "converging human and animal evidence"
                r"(?:\w+\s+(?:and\s+\w+\s+)?)?evidence\b", _I), "ampleevidence"),
    # Round 15: "is not normal", "no longer works normally": said of a function, it is
    # dysregulated. Before the affirmative phrase below, so it wins the overlap.
    (("normal",),
     re.compile(rf"\b(?:{_STATE_VERB})\s+(?:not|no\s+longer|never)\s+(?:{_FULLY})?normal\b"
                rf"(?!\s+(?:{_NORMAL_NOUN})\b)"
                rf"|\b(?:not|no\s+longer|never)\s+(?:{_WORK_VERB})\s+(?:{_FULLY})?normally\b", _I),
     "dysfunction"),
    # "works normally", "is intact", "remained unimpaired": a function said to be sound, the
    # opposite of "dysregulated" / "impaired". Predicate forms only: "normal volunteers",
    # "intact protein", "restored to normal", "normalized" name no state of the claim's thing,
    # and "unaffected" is a drug leaving something unchanged (=unchanged).
    (("normal", "intact", "unimpaired", "preserved", "spared"),
     re.compile(rf"\b(?:{_WORK_VERB})\s+(?:{_FULLY})?normally\b"
                rf"|\b(?:{_STATE_VERB})\s+(?:{_FULLY})?(?:normal|intact|unimpaired|preserved|"
                rf"spared)\b(?!\s+(?:{_NORMAL_NOUN})\b)", _I),
     "normalfunction"),
    (("thinking",), re.compile(r"\bthinking\b(?!\s+(?:that|about|of|it)\b)", _I), "cognitive"),
    # Round 25: drugs that "copy" another's action "mimic" it; the noun (an allele's "each
    # copy of", "copy number") names no determiner or possessive after it and stays a word.
    (("cop",),
     re.compile(r"\bcop(?:y|ies|ying|ied)\b(?=\s+(?:its|their|the|this|that|his|her|[A-Za-z-]+"
                r"['\u2019]s)\s)", _I), "mimic"),
    (("like", "mimic"),
     re.compile(r"\bpsycho(?:sis|tic)[\s-]+like\b|\bmimic(?:s|ked|king)?\s+psychosis\b"
                r"|\bpsycho(?:sis|tic)[\s-]+mimic(?:s|king|ing)\b", _I),
     "psychotomimetic"),
    # NMR: the J-coupling ("scalar J-interaction"); its "J" is a letter the word pattern drops.
    (("scalar", "coupling", "interaction"),
     re.compile(r"\bscalar[\s-]+(?:\(?J\)?[\s-]+)?(?:coupling|interaction)s?\b"
                r"|\bJ[\s-](?:coupling|interaction)s?\b|\bspin[\s-]spin\s+couplings?\b", _I),
     "scalarcoupling"),
    (("even", "equal"),
     re.compile(r"\b(?:split|divided)\s+(?:evenly|equally)\b|\b(?:evenly|equally)\s+"
                r"(?:split|divided)\b|\bin\s+equal\s+numbers\b|\bhalf\s+(?:men|women|male|female)"
                r"\b", _I), "evensplit"),
)  # fmt: skip
EVEN_SPLIT: Final = "evensplit"

# Research-report wording whose parts are stopwords or everyday words ("went on to develop",
# "hard-to-treat", "switching off a gene"): read as one word, like PHRASE_WORDS.
# Search records, by what a review calls them, screened before or after the word:
# "300 articles (were) screened", "screened 412 records", "screened nearly 300 abstracts".
_SEARCH_ITEMS: Final = (
    "records", "articles", "studies", "citations", "references", "abstracts", "reports",
    "papers", "publications", "titles", "hits",
)  # fmt: skip
_SCREENED_SEARCH: Final = (
    "(?:"
    + "|".join(f"(?<={item}{between})" for item in _SEARCH_ITEMS
               for between in (" ", " were ", " had been "))
    + r")screened\b|\bscreened\b(?=\s+(?:(?:nearly|about|around|roughly|some|over|almost|"
    r"approximately|more\s+than)\s+)?\d[\d,]*\s+(?:\w+\s+)?(?:"
    + "|".join(_SEARCH_ITEMS)
    + r")\b)"
)  # fmt: skip
REPORT_PHRASE_WORDS: Final[tuple[tuple[tuple[str, ...], re.Pattern[str], str], ...]] = (
    (("went", "go", "later", "subsequently"),
     re.compile(r"\b(?:went|go|goes|going|gone)\s+on\s+to\s+(?:develop|get|have|be\s+diagnosed)"
                r"\w*|\b(?:later|subsequently)\s+(?:developed|diagnosed|got)\b", _I), "subsequent"),
    (("treat",),
     re.compile(r"\b(?:hard|difficult|tough)[\s-]+to[\s-]+treat\b", _I), "resistant"),
    # "rising weekly ketamine doses", "doses climbed week by week"
    (("rising", "ascend", "increasing", "escalat", "stepped", "climb", "rose", "went up", "raised"),
     re.compile(r"\b(?:rising|ascending|increasing|escalating|incremental|stepped[\s-]up|climbing|"
                r"graded)\s+doses?\b|\bdose[\s-]escalation\b"
                # "rising weekly ketamine doses": the drug keeps its own word
                r"|\b(?:rising|ascending|increasing|escalating|climbing)\b(?=\s+(?:[\w-]+\s+){1,2}?"
                r"doses?\b)"
                r"|\bdoses?\s+(?:(?:were|was)\s+)?(?:escalated|stepped\s+up|climbed|rose|went\s+up|"
                r"rising|climbing|(?:were|was)\s+(?:raised|increased))\b", _I), "ascendingdose"),
    (("off",),
     re.compile(r"\b(?:switch|turn|shut|knock)(?:ed|ing|es|s)?\s+off\b", _I), "switchoff"),
    # "half-life" is one pharmacokinetic measure, not the everyday words "half" and "life"
    (("half",),
     re.compile(r"\bhalf[\s-]+li(?:fe|ves)\b", _I), "halflife"),
    (("inhibitory", "gaba"),
     re.compile(r"\binhibitory\s+(?:gaba(?:ergic)?\s+)?(?:cells?|neurons?|interneurons?|"
                r"neurones?)\b|(?<!calming\s)(?<!quieting\s)\bgaba(?:ergic)?\s+(?:cells?|neurons?|"
                r"neurones?)\b", _I),
     "gabainterneuron"),
    (("kelvin", "degree", "°"),
     re.compile(r"\bkelvins?\b|\bdegrees?\s+K\b|°\s?K\b", _I), "kelvin"),
    # Lay wording only: the record's "blood samples" stay two words.
    (("blood", "puncture", "phlebotom"),
     re.compile(r"\b(?:drew|drawn|draw|took|taken|collected|sampled)\s+(?:their\s+|the\s+)?blood\b"
                r"|\bblood\s+(?:was\s+|were\s+)?(?:drawn|taken|collected|sampled)\b"
                r"|\bblood\s+draws?\b|\bvenipunctures?\b|\bvenepunctures?\b|\bphlebotomy\b", _I),
     "bloodsample"),
    # Lay wording only: the record's own "met inclusion criteria" stays three words.
    (("qualif",),
     re.compile(r"\bqualif(?:ied|y|ies|ying)\b(?=\s+for\s+(?:inclusion|analysis|"
                r"(?:the|their|its|this)\s+(?:[\w-]+\s+)?(?:review|analysis|meta|study|trial)))",
                _I),
     "metcriteria"),
    # Round 25, lay wording only: a count of studies that "qualified" at the end of its clause
    # ("just seven qualified, together ..."; "qualified from the 300 screened"), "made the cut"
    # or "were good enough to include" met the criteria. The adjective ("qualified staff",
    # "qualified to") names a noun or an aim after it and stays a word.
    (("qualif", "cut", "enough"),
     re.compile(r"\bqualified\b(?=\s*(?:[,;:.)]|$|\s(?:from|out\s+of|among)\b))"
                r"|\b(?:made|make|makes|making)\s+the\s+cut\b"
                r"|\b(?:good|strong|rigorous|robust|relevant)\s+enough\s+(?:to\s+(?:be\s+)?"
                r"includ(?:e|ed)|for\s+inclusion)\b", _I),
     "metcriteria"),
    # Round 10, lay wording only: "60 were eligible for the review" = met its criteria.
    (("eligib",),
     re.compile(r"\b(?:were|was|being|proved|deemed|judged)\s+eligible\b(?=\s+for\s+(?:inclusion|"
                r"analysis|(?:the|their|its|this)\s+(?:[\w-]+\s+)?(?:review|analysis|meta|study)))",
                _I),
     "metcriteria"),
    # A count of search records "screened" ("of nearly 300 articles screened", "screened 412
    # records") is the count the search found: it also meets the record's "identified". Other
    # screening ("three authors screened the studies") is its own step, not identification.
    (("screened",),
     re.compile(_SCREENED_SEARCH, _I), "screenedsearch"),
    (("screened",), re.compile(r"\bscreened\b", _I), "screened"),
    (("join",),
     re.compile(r"\bjoin(?:ed|ing|s)?\b(?=\s+(?:the\s+|a\s+)?(?:study|trial|cohort|registry))",
                _I), "enrolled"),
    (("look", "record", "chart"),
     re.compile(r"\b(?:look(?:ed|ing|s)?|went|go(?:ing|es)?)\s+back\s+(?:at|through|over)\s+"
                r"(?:\w+\s+){0,2}?(?:records|charts|files|notes|data)\b"
                r"|\b(?:reviewed|combed\s+through)\s+(?:past|old|existing|medical|patient|hospital|"
                r"health)\s+(?:\w+\s+)?(?:records|charts|files|notes)\b", _I), "retrospective"),
    # round 3
    (("forward", "forth", "came up", "come up"),
     re.compile(r"\b(?:put|puts|putting)\s+forward\b|\bset(?:s|ting)?\s+forth\b"
                r"|\b(?:came|come|comes|coming)\s+up\s+with\b", _I), "forward"),
    # "pairs J-editing with chemical shift editing": one thing joined with another. Not
    # "base pairs" or "pairs of twins".
    (("pair", "coupled", "together with"),
     re.compile(r"(?<!base\s)(?<!matched\s)\bpair(?:s|ed|ing)\b(?!\s+of\b)"
                r"(?=(?:\s+[\w()'-]+){1,6}?\s+with\b)"
                r"|\b(?:coupled|together)\s+with\b", _I), "bothand"),
    (("off", "away", "out", "fad"),
     re.compile(r"\b(?:wore|wear|wears|wearing|worn)\s+off\b|\bfad(?:e|ed|es|ing)(?:\s+away)?\b(?![\w-])"
                r"|\bpeter(?:ed|s)?\s+out\b", _I), "disappear"),
    # "needing three doses before it kicked in": before the treatment worked, i.e. before response
    (("kick", "took", "effect", "work"),
     re.compile(r"\bbefore\s+(?:it|they|the\s+(?:drug|treatment|medication|therapy|infusions?|"
                r"injections?|doses?))\s+(?:(?:kick(?:ed|s)?|set|sets)\s+in|took\s+effect|"
                r"start(?:ed|s)?\s+(?:to\s+work|working)|began\s+(?:to\s+work|working)|worked)\b",
                _I), "response"),
    (("kick", "took effect", "take effect", "takes effect", "taking effect"),
     re.compile(r"\bkick(?:ed|s|ing)?\s+in\b|\b(?:took|take|takes|taking)\s+effect\b", _I),
     "onset"),
    (("well",),
     re.compile(r"\bwell[\s-](?:studied|researched|investigated|characteri[sz]ed|explored|"
                r"examined)\b", _I), "thorough"),
    (("long",),
     re.compile(r"\blong[\s-](?:neglected|overlooked|forgotten|ignored|disused)\b", _I),
     "neglected"),
    (("use", "adoption", "uptake"),
     re.compile(r"\b(?:more\s+)?(?:wider|widespread|broader|broad|wide|general)\s+"
                r"(?:clinical\s+)?(?:use|usage|adoption|uptake)\b"
                # round 11: "keeps it from being used widely"
                r"|\bused\s+(?:more\s+)?(?:widely|broadly)\b", _I), "widespreaduse"),
    # "the ways ketamine relieves depression", "how it lifts depression": its antidepressant
    # action, named as what a mechanism explains (a result, "relieved depression in a trial",
    # stays a claim of improvement).
    (("depress",),
     re.compile(r"\b(?:how|ways?|means|mechanisms?\s+by\s+which)\s+(?:[\w'-]+\s+){0,2}?"
                r"(?:relieves?|lifts?|eases?|alleviates?|treats?|counters?)\s+depression\b", _I),
     "antidepressant"),
    # round 9: "mood-lifting", "how ketamine lifts mood": the lay name of an antidepressant effect
    (("mood",),
     re.compile(r"\bmood[\s-](?:lifting|boosting|elevating|brightening)\b"
                r"|\b(?:lifts?|lifted|lifting|boosts?|boosted|boosting|elevates?|elevated|"
                r"elevating|brightens?|brightened)\s+(?:(?:the|their|his|her|people's|patients')\s+)?"
                r"mood\b", _I),
     "antidepressant"),
    # "cut pain by two points", "cut the risk": reduced (not "made the cut", "cut-off")
    (("cut",),
     re.compile(r"\bcut(?:s|ting)?\b(?=\s+by\b|\s+(?:the\s+|their\s+|its\s+)?(?:[\w-]+\s+)?"
                r"(?:pain|risk|symptoms?|scores?|rates?|levels?|time|mortality|deaths?|use|"
                r"consumption|intake|costs?|doses?|incidence|odds|numbers?|frequency|duration|"
                r"relapses?)\b)", _I), "reduce"),
    # "inversely associated with TSH": tending lower; "positively associated": higher (broadly)
    (("inverse",),
     re.compile(r"\binversely\s+(?:associated|related|correlated|linked)\b", _I),
     "inverseassociation"),
    (("positive",),
     re.compile(r"\bpositively\s+(?:associated|related|correlated|linked)\b", _I),
     "positiveassociation"),
    # "drugs acting on the NMDA receptor" target it
    (("act",), re.compile(r"\b(?:act|acts|acted|acting)\s+(?:on|at|upon)\b", _I), "target"),
    # "antidepressant activity" / "antidepressant properties" / "antidepressant effects"
    (("antidepress",),
     re.compile(r"\bantidepressant\s+(?:activity|activities|properties|property|effects?|"
                r"actions?|efficacy|potential)\b", _I), "antidepressant"),
    # "how the disease is dealt with in prisons": managed, handled
    (("deal",),
     re.compile(r"\b(?:deal|deals|dealt|dealing)\s+with\b", _I), "manage"),
    # round 6: "kept their motility", "retained its activity": it was maintained
    (("kept", "keep", "retain"),
     re.compile(r"\b(?:kept|keeps?|keeping|retain(?:s|ed|ing)?)\b(?=\s+(?:their|its|his|her|"
                r"the|much|most|some|all)\s)", _I), "maintained"),
    (("stand", "way"),
     re.compile(r"\b(?:stand|stands|stood|standing|get|gets|got|getting)\s+in\s+the\s+way\b",
                _I), "hinder"),
    # lay round 2: "hold back wider use" limits it
    (("back",),
     re.compile(r"\b(?:hold|holds|held|holding|keep|keeps|kept|keeping)\s+back\b", _I), "hinder"),
    # "compounds aimed at the receptor", "directed against it": they target it
    (("aim", "direct"),
     re.compile(r"\b(?:aimed|aiming|directed)\s+(?:at|against|toward|towards)\b", _I), "target"),
    # "sifted through 300 papers", "combed through the literature": screened them
    (("sift", "comb", "trawl"),
     re.compile(r"\b(?:sift|sifts|sifted|sifting|comb|combs|combed|combing|trawl|trawls|trawled|"
                r"trawling)\s+through\b", _I), "sifted"),
    # round 20: "sifted 288 papers", "combing the literature": searched and screened them
    (("sift", "comb", "trawl"),
     re.compile(r"\b(?:sift|sifts|sifted|sifting|comb|combs|combed|combing|trawl|trawls|trawled|"
                r"trawling)\b(?=\s+(?:(?:the|all|some|over|about|nearly|almost|roughly|close\s+to)"
                r"\s+)*(?:[\w-]+\s+){0,2}?(?:\d[\d,]*|hundreds?|dozens?|thousands?|literature|"
                r"databases?|papers|articles|studies|trials|records|reports|evidence)\b)", _I),
     "sifted"),
    # round 20: "risk of misuse", "abuse liability": the record's "abuse potential" (its own two
    # words stay two words)
    (("abuse", "misuse", "addict"),
     re.compile(r"\b(?:abuse|misuse|addiction)\s+(?:risk|liability)\b"
                r"|\b(?:risk|liability|propensity)\s+(?:of|for)\s+(?:abuse|misuse|"
                r"addiction)\b", _I), "abusepotential"),
    # round 20: "nerve side effects" are neurological ones
    (("nerve",),
     re.compile(r"\bnerve\b(?=(?:\s+and\s+[\w-]+)?\s+(?:side[\s-]effects?|problems|symptoms|"
                r"complications|disorders?|toxicity|adverse)\b)", _I), "neurological"),
    # round 20: "little assessed", "little studied": the record's limited assessment
    (("little",),
     re.compile(r"\blittle\b(?=[\s-]+(?:assessed|studied|researched|investigated|examined|"
                r"explored|evaluated|known|understood)\b)", _I), "limited"),
    # "the articles they turned up", "picked up on blood tests": found, detected
    (("turn", "pick"),
     re.compile(r"\b(?:turn|turns|turned|turning)\s+up\b(?!\s+the\b)"
                r"|\b(?:pick|picks|picked|picking)\s+(?:up|out)\b", _I), "identified"),
    (("work", "author"),
     re.compile(r"\bco[\s-]?(?:workers|authors|investigators)\b", _I), "colleagues"),
    # "much harder to put under with ketamine": the anaesthetic was less potent at producing
    # hypnosis (an animal "easier to put under" keeps its own words)
    (("harder", "difficult"),
     re.compile(r"\b(?:harder|more\s+difficult)\s+to\s+(?:put\s+under|anaesthetise|anaesthetize|"
                r"anesthetize|anesthetise|sedate|knock\s+out)\b", _I), "reducedpotency"),
    # round 9: lay names of what an anaesthesia study measures. "Turn themselves upright" is
    # the righting reflex; "put to sleep", "put under" is anaesthetic hypnosis.
    # (round 22: "could still turn themselves upright" and "flip back onto its feet" too)
    (("upright", "right", "feet"),
     re.compile(r"\b(?:(?:could|can|was|were)\s+still\s+(?:able\s+to\s+)?)?(?:turn|turns|turned|"
                r"turning|roll|rolls|rolled|rolling|flip|flips|flipped|"
                r"flipping|get|gets|got|getting|set|sets|setting|pull|pulls|pulled|pulling)\s+"
                r"(?:(?:themselves|itself|himself|herself|them|it)\s+(?:back\s+)?upright\b|"
                r"(?:themselves\s+|itself\s+)?back\s+(?:on|onto)\s+(?:its|their|his|her)\s+feet\b)"
                r"|\bright(?:s|ed|ing)?\s+(?:themselves|itself)\b", _I), "righting"),
    (("sleep", "under"),
     re.compile(r"\b(?:put|puts|putting)\s+(?:(?:the\s+)?(?:animals?|mice|rats?|patients?|"
                r"them|it|him|her)\s+)?(?:to\s+sleep|under(?=\s*(?:[,.;)]|$)|\s+(?:with|by|using|for|"
                r"and|during|again)\b))", _I), "hypnosis"),
    # "feel detached from themselves and their surroundings", "an out-of-body feeling":
    # dissociation in lay words
    (("detach", "body", "unreal", "disconnect"),
     re.compile(rf"\b(?:feel(?:s|ing)?|felt)\s+(?:[\w-]+\s+)?{_DETACHED}(?:{_FROM_SELF})?"
                rf"|\b{_DETACHED}{_FROM_SELF}|\bout[\s-]of[\s-]body\b", _I), "dissociative"),
    # "S-(+)-ketamine", "(R)-ketamine": one enantiomer of a chiral drug
    (("(+)", "(-)", "(\u2212)", "(s)", "(r)"),
     re.compile(r"\(?\b[SR]\)?-?\(\s*[+\u2212-]\s*\)|\(\s*[SR]\s*\)-(?=[A-Za-z])"), "enantiomer"),
    # "the front of the brain": the (pre)frontal cortex
    (("front",),
     re.compile(r"\b(?:the\s+)?front(?:al)?\s+(?:part\s+)?of\s+the\s+brain\b", _I),
     "prefrontal"),
    # "injected under the skin": subcutaneous
    (("skin",),
     re.compile(r"\b(?:under|beneath|below)\s+the\s+skin\b", _I), "subcutaneous"),
    # "had not responded to treatment", "failed to respond to two antidepressants": resistant
    (("respon", "stubborn", "intractable"),
     re.compile(r"\b(?:(?:had|have|has|did)\s+not|never|failed\s+to|fail\s+to|fails\s+to)\s+"
                r"(?:respond|responded)\s+to\s+(?:(?:\w+\s+){0,3}?)(?:treatments?|therap(?:y|ies)|"
                r"medications?|drugs?|antidepressants?|standard\s+care)\b"
                r"|\b(?:stubborn|intractable)\b(?=\s+(?:[\w-]+\s+)?(?:depression|anxiety|pain|"
                r"epilepsy|seizures?|disease|disorders?|symptoms?|infections?|cases?)\b)", _I),
     "resistant"),
    # --- round 11: everyday verbs and phrases for research actions and results ---
    # "signalling goes awry", "the system went haywire": it is dysregulated
    (("awry", "haywire", "wrong", "whack", "kilter"),
     re.compile(r"\b(?:go|goes|going|gone|went|run|runs|running|ran)\s+(?:awry|haywire)\b"
                r"|\b(?:go|goes|going|gone|went)\s+wrong\b"
                r"|\bout\s+of\s+(?:whack|kilter)\b|\boff[\s-]kilter\b", _I), "dysfunction"),
    # "mice bred without the gene", "engineered to lack it": knock-out animals
    (("without", "lack"),
     re.compile(r"\b(?:bred|breed|engineered|born|raised|generated|made|created)\s+"
                r"(?:(?:genetically\s+)?to\s+lack|without)\b|\bgenetically\s+lacking\b", _I),
     "knockout"),
    # "removing GluN2B from GABA interneurons", "stripping it from chosen cell types": deletion
    (("remov", "strip", "delet", "eliminat"),
     re.compile(r"\b(?:remov|strip|delet|eliminat)\w*\s+(?:[\w-]+\s+){0,3}?from\s+"
                r"(?:(?:the|their|specific|particular|certain|selected|chosen|individual)\s+)?"
                r"(?:[\w-]+\s+){0,2}?(?:cells?|neurons?|neurones?|interneurons?|tissues?|"
                r"cell\s+types?|genomes?)\b", _I), "deletion"),
    # "after their symptoms returned", "once depression came back": relapse
    (("return", "came back", "come back", "comes back", "resurfac", "reappear"),
     re.compile(r"\b(?:symptoms?|depression|illness|disease|pain|anxiety|it|they)\s+"
                r"(?:had\s+|have\s+|has\s+)?(?:returned|return|returns|returning|came\s+back|"
                r"come\s+back|comes\s+back|resurfaced|reappeared)\b", _I), "relapse"),
    # "repeated dosing built on itself", "the benefit added up": a cumulative effect
    (("built", "build", "add", "stack", "snowball"),
     re.compile(r"\b(?:built|build|builds|building)\s+on\s+(?:itself|themselves|each\s+other|"
                r"one\s+another)\b|\b(?:built|build|builds|building)\s+up\b"
                r"|\b(?:add|adds|added|adding)\s+up\b|\bstack(?:s|ed|ing)?\s+up\b"
                r"|\bsnowball(?:s|ed|ing)?\b", _I), "cumulative"),
    # "what first sets off the effect", "kicks off the response": its trigger
    (("off",),
     re.compile(r"\b(?:set|sets|setting|kick|kicks|kicked|kicking|touch|touches|touched|"
                r"touching)\s+off\b", _I), "trigger"),
    # "moved on to six infusions": then received them ("went on to develop" is subsequent)
    # Not "progressed to": a disease progresses to a stage.
    (("moved on", "move on", "moves on", "moving on", "switched to"),
     re.compile(r"\b(?:mov(?:e|ed|es|ing)\s+on|switch(?:ed|es|ing)?)\s+"
                r"to\b(?=\s+(?:a|an|the|their|open|\d|six|two|three|four|five)\b)", _I),
     "received"),
    # "a run of six infusions", "a round of treatment": a course
    (("run of", "round of"),
     re.compile(r"\b(?:a|an|the|one|another|second|further)\s+(?:[\w-]+\s+)?(?:run|round)\s+of\b"
                r"(?=\s+(?:[\w-]+\s+){0,3}?(?:infusions?|injections?|doses?|treatments?|"
                r"sessions?|therapy|chemotherapy|courses?))", _I), "course"),
    # "for a good while", "for quite some time": sustained
    (("while", "some time", "long time"),
     re.compile(r"\bfor\s+(?:a\s+)?(?:good|long|considerable)\s+while\b"
                r"|\bfor\s+(?:quite\s+)?some\s+time\b|\bfor\s+a\s+long\s+time\b", _I),
     "sustained"),
    # "the effect held up at six months": it persisted ("held up by" is delayed)
    (("held up", "hold up", "holds up", "holding up"),
     re.compile(r"\b(?:held|hold|holds|holding)\s+up\b(?!\s+by\b)", _I), "persisted"),
    # "its promise is tempered by", "clouded by its abuse potential": limited by
    (("tempered", "clouded", "dampened", "marred", "overshadowed", "undercut", "curbed"),
     re.compile(r"\b(?:tempered|clouded|dampened|marred|overshadowed|undercut|curbed|"
                r"constrained)\s+by\b", _I), "limited"),
    # "a behavioural stand-in for hypnosis": its correlate
    (("stand",), re.compile(r"\bstand[\s-]ins?\b", _I), "correlate"),
    # "midazolam was slotted in": inserted
    (("slot",),
     re.compile(r"\bslot(?:s|ted|ting)?\s+(?:(?:at\s+random|randomly)\s+)?in(?:to)?\b", _I),
     "inserted"),
    # --- round 15: lay words for research actions and things ---
    # "ketamine jabs", "jabbed under the skin": injections
    (("jab",), re.compile(r"\bjab(?:s|bed|bing)?\b", _I), "injection"),
    # "the 696 studies they weighed up", "weighing the evidence": assessed ("mice were weighed"
    # and "weighed 70 kg" are a body weight)
    (("weigh",),
     re.compile(r"\b(?:weigh|weighs|weighed|weighing)\s+up\b"
                r"|\b(?:weigh|weighs|weighed|weighing)\b(?=\s+(?:the\s+|all\s+)?(?:[\w-]+\s+)?"
                r"(?:evidence|studies|papers|trials|data|literature|options|benefits|risks|"
                r"findings|articles)\b)", _I), "assessed"),
    # "turning down a receptor subunit in some cells": its knockdown (a measure "turned down"
    # is a decrease, LAY_DOWN)
    (("down",),
     re.compile(r"\b(?:turn|turns|turned|turning|dial|dials|dialled|dialed|dialling|dialing|tone|"
                r"toned|toning)\s+down\b(?=\s+(?:(?:a|an|the|its|their|one|this|that)\s+)?"
                r"(?:[\w-]+\s+){0,2}?(?:genes?|receptors?|subunits?|proteins?|channels?|"
                r"expression|transporters?|enzymes?)\b)", _I), "switchoff"),
    # "calming nerve cells", "GABA nerve cells": inhibitory interneurons
    (("calming", "quieting", "nerve"),
     re.compile(r"\b(?:calming|quieting|quietening|braking)\s+(?:gaba(?:ergic)?\s+)?"
                r"(?:nerve\s+|brain\s+)?(?:cells?|neurons?|neurones?|interneurons?)\b"
                r"|\bgaba(?:ergic)?\s+nerve\s+cells?\b", _I), "gabainterneuron"),
    # "tracked the lactate threshold closely": correlated with it
    (("track",),
     re.compile(r"\b(?:closely\s+)track(?:s|ed|ing)?\b"
                r"|\btrack(?:s|ed|ing)?\b(?=(?:\s+[\w-]+){1,8}?\s+(?:more\s+|most\s+|very\s+)?"
                r"closely\b)", _I), "correlated"),
    # "the study followed twenty people": studied them ("followed by" orders things)
    (("follow",),
     re.compile(r"\b(?:study|trial|researchers|investigators|team|authors|we)\s+"
                r"(?:then\s+)?follow(?:ed|s)\b(?!\s+(?:by|up\s+on)\b)", _I), "studied"),
    # "the gains lasted a week": a treatment's gains are its improvements
    (("gain", "gains"),
     re.compile(r"\bgains\b(?=\s+(?:(?:were|was|had|have|had\s+been)\s+)?(?:lasting|lasted|lasts|"
                r"persist\w*|sustained|maintained|held|endur\w*|seen|reported)\b)", _I),
     "improvement"),
    # "lasting as long as a week": an upper bound on how long it lasted, as "up to" is
    (("long",),
     re.compile(r"\bas\s+long\s+as(?=\s+(?:an?|one|two|three|four|five|six|seven|eight|nine|"
                r"ten|twelve|\d+(?:\.\d+)?)\s+(?:[\w-]+\s+)?(?:hours?|days?|weeks?|months?|"
                r"years?)\b)", _I), "sustained"),
    # --- round 16: lay words for research actions and findings ---
    # "the two could be told apart", "telling the groups apart": distinguishing them
    (("apart",),
     re.compile(r"\b(?:tell|tells|told|telling|tease|teases|teased|teasing)\s+"
                r"(?:(?:[\w-]+\s+){0,3}?)apart\b", _I), "distinguish"),
    # "dug into how AIDS is treated", "delved into the records": investigated them
    (("dug", "dig", "delv"),
     re.compile(r"\b(?:dig|digs|dug|digging|delve|delves|delved|delving)\s+(?:deep(?:er|ly)?\s+)?"
                r"into\b", _I), "investigated"),
    # "the gene turned up in three samples", "cases turned up among workers": found there
    # (a measure "turned up" is an increase, LAY_UP, which skips these)
    (("turn",),
     re.compile(r"\b(?:turn|turns|turned|turning)\s+up\b(?=\s+(?:in|among|at|during|again|"
                r"repeatedly|only)\b)", _I), "found"),
    # round 23: "little attention to long-term use" is the record's "limited assessment of"
    # it; only of attention or study ("little effect" is a small effect, not a lack of data)
    (("little",),
     re.compile(r"\blittle\b(?=\s+(?:attention|assessment|study|scrutiny|consideration|"
                r"focus|research)\b)", _I), "limited"),
    # --- round 21: lay routes, comparisons, rankings and dose-response wording ---
    # "given into a vein", "injected through a vein": intravenous, when something is given so
    # (a clot or a tumour "extended into the vein" is no route)
    (("vein",),
     re.compile(r"\b(?:given|gave|giv\w*|inject\w*|infus\w*|administ\w*|deliver\w*|dosed|drip)"
                r"(?:\s+[\w-]+){0,6}?\s+(?:into|through|via)\s+(?:a|the)\s+veins?\b", _I),
     "intravenous"),
    # "injected into a muscle": intramuscular, likewise only for something given
    (("muscle",),
     re.compile(r"\b(?:given|giv\w*|inject\w*|infus\w*|administ\w*|deliver\w*|dosed|shot)"
                r"(?:\s+[\w-]+){0,3}?\s+into\s+(?:a|the)\s+muscles?\b", _I),
     "intramuscular"),
    # "pitted drug A against placebo", "set A against B": compared them
    (("pit",),
     re.compile(r"\bpit(?:s|ted|ting)\b(?=\s+(?:[\w-]+\s+){1,6}?against\b)", _I), "compare"),
    # "mice missing the gene", "rats missing HCN1": knock-out animals (the species word stays
    # its own term)
    (("missing",),
     re.compile(r"(?:(?<=\bmice\s)|(?<=\brats\s)|(?<=\bmouse\s)|(?<=\bcells\s)|"
                r"(?<=\banimals\s))missing\b", _I), "knockout"),
    # "predicted it better than the other markers", "most closely of all thresholds tested":
    # the best of those compared (never after "no"/"not": "no better than the others"). Only
    # the comparative is read, so "than the others" and "of all" stay the comparison's words.
    (("than", "most"),
     re.compile(r"(?<!\bno\s)(?<!\bnot\s)(?<!\bnor\s)\b(?:better|more\s+(?:closely|accurately|"
                r"precisely|reliably))(?=\s+than\s+(?:all\s+|any\s+)?(?:of\s+)?(?:the\s+)?"
                r"(?:other|others|rest|remaining)\b)"
                r"|\bmost\s+(?:closely|accurately|precisely|reliably)(?=\s+of\s+(?:all|any)\b)",
                _I),
     "best"),
    # "the early '80s": the 1980s (only with the apostrophe: "in their 80s" is an age)
    *(
        ((f"'{d}0s", f"\u2019{d}0s"), re.compile(rf"(?<!\w)['\u2019]{d}0s\b"), f"19{d}0s")
        for d in "56789"
    ),
    # "risk tracked with the variant": varied with it, an association
    (("track",),
     re.compile(r"\btrack(?:s|ed|ing)?\s+(?:closely\s+)?with\b", _I), "associated"),
    # "the bigger the dose, the stronger the relief": a dose-response relation. The "the
    # larger the ..." that follows belongs to it, when the same text names a dose. Only the
    # correlative "the X-er the": "the higher doses" or "the more doses" (more of them) is no
    # dose-response.
    (("dos",),
     re.compile(r"\bthe\s+(?:bigger|larger|higher|greater|stronger)\s+the\b"
                r"(?=\s+(?:[\w-]+\s+){0,2}?(?:dose|dosage)\b)"
                r"|\bthe\s+(?:bigger|larger|greater|higher|stronger|more|smaller|lower|weaker|"
                r"less|fewer)\b(?=\s+the\s)", _I), "doseresponse"),
    # --- round 22: lay verbs for what a record words technically ---
    # "half the sperm had stopped swimming", "could no longer swim": immotile cells
    (("swim", "swam"),
     re.compile(r"\b(?:stopped|stop|stops|ceased|ceases|cease)\s+swimming\b"
                r"|\b(?:could|can|did)\s+(?:no\s+longer|not)\s+swim\b|\bno\s+longer\s+swam\b", _I),
     "immotile"),
    # "made no difference to how mice reacted": it was unaffected (a change "made a
    # difference" is a claim of effect, and stays its own words)
    (("difference",),
     re.compile(r"\b(?:made|make|makes|making)\s+no\s+(?:real\s+)?"
                r"difference\b|\b(?:did|does|do)\s+not\s+make\s+(?:a|any)\s+(?:real\s+)?"
                r"difference\b", _I), "unaffected"),
    # "screened 300 articles and kept sixty": that many met the criteria, when what was kept is
    # a bare count at the end of the clause ("kept 20 mice in cages" keeps its own words)
    (("kept", "retained"),
     re.compile(r"\b(?:kept|retained)\b(?=\s+(?:only\s+|just\s+)?(?:\d[\d,]*|one|two|three|four|"
                r"five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|twenty|thirty|forty|fifty|"
                r"sixty|seventy|eighty|ninety|a\s+hundred)(?:-\w+)?(?:\s+(?:of\s+them|"
                r"articles|studies|papers|trials|reports|records))?\s*(?:[.;,]|$|for\s+"
                r"(?:the\s+)?(?:review|analysis|meta)))", _I), "metcriteria"),
    # "rewiring of nerve connections", "(change) how brain connections adapt": synaptic
    # plasticity as a thing; "connections adapt after X" asserts a change and keeps its words
    (("connection",),
     re.compile(r"\bhow\s+(?:the\s+)?(?:brain|nerve|neural|neuronal|synaptic)\s+connections?\s+"
                r"(?:adapt|rewire|remodel|reorgani[sz]e)\b"
                r"|\b(?:rewiring|remodel\w*|reorgani[sz]ation|adaptation)\s+of\s+(?:the\s+)?"
                r"(?:brain|nerve|neural|neuronal|synaptic)\s+connections?\b", _I),
     "synapticplasticity"),
)  # fmt: skip
# A phrase word also carries the concepts of these words, so "met inclusion criteria" still
# meets a claim's "inclusion criteria" and "rising doses" a claim's "dose".
PHRASE_ALSO: Final[dict[str, tuple[str, ...]]] = {
    "ascendingdose": ("dose", "=ascend"),
    "antidepressant": ("efficacy",),
    "switchoff": ("knockdown", "knockout"),
    "gabainterneuron": ("interneuron", "gaba", "gabaergic", "inhibitory"),
    "bloodsample": ("blood", "sample"),
    "metcriteria": ("met", "inclusion", "criteria"),
    "screened": ("assessed",),
    "screenedsearch": ("screened", "assessed", "identified"),
    "sifted": ("screened", "assessed", "searched"),
    "abusepotential": ("abuse", "potential"),
    # Reporting wording, weighed as everyday words ("forward" is one), that still meets the
    # record's "proposed".
    "forward": ("proposed",),
    "ampleevidence": ("ample",),
    "scalarcoupling": ("scalar", "coupling"),
    "widespreaduse": ("widespread", "use"),
    "inverseassociation": ("inversely", "associated", "~decrease"),
    "positiveassociation": ("positively", "associated", "~increase"),
    "deletion": ("knockdown",),
    # mice bred without a gene are still genetically engineered mice (half credit)
    "knockout": ("~generated",),
    "cumulative": ("repeated",),
    "normalfunction": ("=intact",),
    "synapticplasticity": ("synaptic", "plasticity"),
    "reducedpotency": ("reduced", "potency", "hypnosis"),
}

# --- everyday words a paraphrase swaps freely (lexicon.GENERIC_WORDS) ---------------------------

GENERIC_EXTRA: Final = """
    turn turns turned turning serve serves served serving join joins joined joining
    rely relies relied relying base based draw draws drew drawing
    drawn share shares shared write writes wrote written property properties tendency
    tendencies feature features aspect aspects characteristic characteristics look looks
    looked looking value values overall set sets run runs ran sit sits sat place placed
    places bit bits lot lots deal deals dealt went going try tries tried trying seek seeks
    sought range ranges outline outlines outlined cite cites contend contends contended
    contention posit posits posited assert asserts asserted highlight highlights highlighted
    underline underlines underlined emphasise emphasises emphasised emphasize emphasizes
    emphasized spell spells spelled spelt
    writing team teams colleagues
    able ability enough caution cautions cautioned warn warns warned explain explains
    explained
    level levels
    argue argues argued arguing alongside plus carry carries carried carrying pack packs
    packed possess possesses possessed
    typically subunit subunits
    together
    trace traces traced tracing course courses
"""

# --- everyday phrases for a direction of change (checks.direction) ------------------------------
#
# Phrasal verbs and idioms a journalist uses for "increased" / "reduced": "turning down dopamine
# release", "ramped up production", "reined in spending". A dial-like verb may put a short object
# before its particle ("turned the signal down"). Uses that name no change of a measure are left
# out: "knock(ed) down" is a gene knockdown, "pull(ed) down" an assay, "wound" an injury, "cut"
# alone is cutting tissue, "turned down" an offer is a refusal (LAY_NO_CHANGE_OBJECT), "turned
# up in" is turning up somewhere (LAY_PLACE_AFTER), and a hyphenated form names a thing.
_DIAL_VERBS: Final = (
    r"turn(?:s|ed|ing)?|dial(?:s|ed|led|ing|ling)?|crank(?:s|ed|ing)?|ramp(?:s|ed|ing)?|"
    r"ton(?:e|es|ed|ing)|tamp(?:s|ed|ing)?|damp(?:s|ed|ing)?|dampen(?:s|ed|ing)?"
)
_OBJECT_GAP: Final = r"\s+(?:(?:the|its|their|this|that|it|them)\s+)?(?:[\w-]+\s+){0,2}?"
_UP_VERBS: Final = (
    r"turn(?:s|ed|ing)?|dial(?:s|ed|led|ing|ling)?|crank(?:s|ed|ing)?|ramp(?:s|ed|ing)?|"
    r"drive|drives|drove|driven|driving|push(?:es|ed|ing)?|ratchet(?:s|ed|ing)?|"
    r"step(?:s|ped|ping)?|amp(?:s|ed|ing)?|bump(?:s|ed|ing)?|jack(?:s|ed|ing)?|"
    r"scal(?:e|es|ed|ing)|kick(?:s|ed|ing)?"
)
_DOWN_VERBS: Final = (
    r"turn(?:s|ed|ing)?|dial(?:s|ed|led|ing|ling)?|ramp(?:s|ed|ing)?|"
    r"drive|drives|drove|driven|driving|push(?:es|ed|ing)?|scal(?:e|es|ed|ing)|"
    r"ton(?:e|es|ed|ing)|bring|brings|brought|bringing|tamp(?:s|ed|ing)?|damp(?:s|ed|ing)?|"
    r"dampen(?:s|ed|ing)?|wind(?:s|ing)?"
)

_DRIFT_VERBS: Final = (
    r"creep(?:s|ing)?|crept|inch(?:es|ed|ing)?|edg(?:e|es|ed|ing)|tick(?:s|ed|ing)?|"
    r"trend(?:s|ed|ing)?|drift(?:s|ed|ing)?|climb(?:s|ed|ing)?|mov(?:e|es|ed|ing)"
)

LAY_UP: Final = re.compile(
    rf"(?<![\w-])(?:(?:{_UP_VERBS})\s+up|(?:{_DIAL_VERBS}){_OBJECT_GAP}up)(?![\w-])"
    # a slow drift: "scores crept upward", "edged higher", "inched up"
    rf"|(?<![\w-])(?:{_DRIFT_VERBS})\s+(?:further\s+)?(?:up|upwards?|higher)(?![\w-])"
    r"|\b(?:amplif(?:y|ies|ied|ying)|heighten(?:s|ed|ing)?|intensif(?:y|ies|ied|ying)|"
    r"bolster(?:s|ed|ing)?)\b",
    re.IGNORECASE,
)
LAY_DOWN: Final = re.compile(
    rf"(?<![\w-])(?:(?:{_DOWN_VERBS})\s+down|(?:{_DIAL_VERBS}){_OBJECT_GAP}down)(?![\w-])"
    r"|(?<![\w-])(?:knock(?:s|ed|ing)?|scal(?:e|es|ed|ing)|cut(?:s|ting)?|"
    r"dial(?:s|ed|led|ing|ling)?|throttl(?:e|es|ed|ing)|rein(?:s|ed|ing)?)\s+back(?!-)\b"
    rf"|(?<![\w-])(?:{_DRIFT_VERBS}|slid(?:e|es|ing)?|slip(?:s|ped|ping)?|"
    r"step(?:s|ped|ping)?)\s+(?:further\s+)?(?:down|downwards?|lower)(?![\w-])"
    r"|\bcut(?:s|ting)?\s+down\s+on\b|\brein(?:s|ed|ing)?\s+in\b"
    r"|\b(?:slash(?:es|ed|ing)?|curb(?:s|ed|ing)?|blunt(?:s|ed|ing)|dampen(?:s|ed|ing)?|"
    r"stifl(?:e|es|ed|ing)|quell(?:s|ed|ing)?)\b"
    # "cut" alone is a change only with a measure after it: "cut the risk by half"
    r"|\bcut(?:s|ting)?\s+(?:the\s+|their\s+|its\s+)?(?:\w+\s+)?(?:risk|rates?|odds|"
    r"number|chances?|levels?|use|intake|consumption|deaths?|mortality|incidence|costs?|"
    r"doses?|spending)\b",
    re.IGNORECASE,
)

# After "turned down" / "dialled back": a thing refused or postponed, not a measure lowered.
LAY_NO_CHANGE_OBJECT: Final = re.compile(
    r"\s*(?:(?:the|an?|their|his|her|its|our|this|that|any)\s+)?(?:[\w-]+\s+)?(?:offers?|"
    r"invitations?|requests?|proposals?|jobs?|posts?|positions?|roles?|chances?|"
    r"opportunit(?:y|ies)|participation|enrol?lment|consent|applications?|bids?|appeals?|"
    r"suggestions?|idea|deadlines?|dates?|launch)\b",
    re.IGNORECASE,
)
# "turned up in three samples", "scaled down to 20 mg": where something appeared or ended up.
LAY_PLACE_AFTER: Final = re.compile(
    r"\s+(?:in|at|on|among|during|for|to|with|from|after|when|as|again|later|here|there)\b",
    re.IGNORECASE,
)

# --- round 16: everyday words for a sharp fall, and for a treatment that failed or worked ------
#
# A sharp fall in lay words ("motility tanked", "blood pressure crashed", "survival collapsed").
# "Collapsed" and "crashed" also name a person fainting, a structure caving in ("a collapsed
# lung") and pooled data ("collapsed across sessions"): LAY_FALL_NOT_MEASURE rules those out.
LAY_FALL: Final = re.compile(
    r"(?<![\w-])(?:tank(?:ed|ing)|crash(?:ed|es|ing)|collaps(?:e|es|ed|ing)|"
    r"nose-?div(?:e|es|ed|ing)|nosedove|tumbl(?:e|es|ed|ing)|crater(?:ed|ing)|"
    r"went\s+(?:into\s+)?(?:a\s+)?(?:freefall|free\s+fall|tailspin))(?![\w-])",
    re.IGNORECASE,
)
# Before a fall word: who or what caves in or faints, not a measure.
LAY_FALL_NOT_MEASURE_BEFORE: Final = re.compile(
    r"\b(?:patients?|participants?|subjects?|volunteers?|he|she|they|who|men|man|women|woman|"
    r"children|child|boys?|girls?|runners?|athletes?|people|persons?|mice|rats|animals?|dogs?|"
    r"lungs?|alveol[ia]|airways?|vessels?|veins?|arter(?:y|ies)|vertebra[e]?|buildings?|roofs?|"
    r"bridges?|walls?|structures?|cars?|computers?|systems?|servers?|a|the|partially|partly|"
    r"fully|totally)\s+(?:(?:had|has|have|was|were|then|later|suddenly)\s+)?$",
    re.IGNORECASE,
)
# After a fall word: pooled data, a place or a time of fainting, a structure as a noun.
LAY_FALL_NOT_MEASURE_AFTER: Final = re.compile(
    r"\s+(?:into|across|over|onto|on|at|in\s+(?:the\s+)?(?:street|hospital|clinic|ward|home)|"
    r"while|during\s+(?:exercise|the\s+race|running)|lungs?|vertebra[e]?|"
    r"alveol[ia]|veins?|states?|conformations?|structures?)\b",
    re.IGNORECASE,
)
# A treatment that failed, in lay words ("flopped in trials", "fizzled out", "fell flat",
# "went nowhere", "backfired", "did not pan out"). Read as "no benefit" (efficacy down).
LAY_FAILED: Final = re.compile(
    r"(?<![\w-])(?:flop(?:s|ped|ping)?|fizzl(?:e|es|ed|ing)(?:\s+out)?|backfir(?:e|es|ed|ing)|"
    r"bomb(?:s|ed)(?=\s+(?:in|as|at|when|during)\b)|"
    r"(?:went|go|goes|going|gone|led|leads?|leading|got|get|gets|getting)\s+nowhere|"
    r"f(?:e|a)ll(?:s|en)?\s+(?:flat|short)|falling\s+(?:flat|short)|"
    r"(?:came|come|comes|coming)\s+to\s+nothing|"
    r"(?:did\s+not|didn't|failed\s+to|fail(?:s)?\s+to|never)\s+pan(?:ned)?\s+out|"
    r"(?:was|were|proved|proven|turned\s+out\s+to\s+be)\s+(?:an?\s+)?(?:bust|busts|dud|duds|"
    r"flop|flops|failure|failures|washout|disappointment))(?![\w-])",
    re.IGNORECASE,
)
# A treatment that worked, in lay words ("paid off", "panned out", "delivered"). Read as a
# benefit (efficacy up). "Worked" alone is left out: "worked with", "worked at" name no result.
LAY_SUCCEEDED: Final = re.compile(
    r"(?<![\w-])(?:paid\s+off|pays\s+off|pay\s+off|panned\s+out|pans\s+out|"
    r"(?:was|were|proved|proven)\s+(?:an?\s+)?(?:success|successes|hit|winner))(?![\w-])",
    re.IGNORECASE,
)
# A source sentence that reports a benefit in words POSITIVE_EFFICACY does not have: "drugs ...
# have shown antidepressant properties", "demonstrated anxiolytic activity", "showed promise".
# Not "shown no ..." or "shown to lack ...".
SHOWN_BENEFIT: Final = re.compile(
    r"\b(?:shown|showed|show|shows|demonstrated|demonstrates|demonstrate|displayed|exhibited|"
    r"exhibit|exhibits|possess(?:es|ed)?)\s+(?!no\b|little\b|limited\b|minimal\b|neither\b)"
    r"(?:(?:clear|robust|significant|rapid|potent|promising|strong|marked|consistent)\s+)?"
    r"(?:[\w-]+(?:\s+and\s+[\w-]+)?\s+)?(?:properties|activity|actions|action|efficacy|benefits?|"
    r"promise)\b|\bpromising\s+(?:results|efficacy|effects?|treatments?|candidates?)\b",
    re.IGNORECASE,
)
