"""Word tables the assertion extractor and the checks share: designs, comparators, direction,
significance, certainty, countries and sponsors.

Plain data and compiled patterns only, so a reviewer can read (and extend) what the engine
treats as a design word or a hedge.
"""

from __future__ import annotations

import re
from typing import Final

from claimcheck.verification.paraphrases import GENERIC_EXTRA

_I = re.IGNORECASE

# --- study designs ------------------------------------------------------------------------------

RANDOMIZED: Final = "randomized"
DOUBLE_BLIND: Final = "double-blind"
SINGLE_BLIND: Final = "single-blind"
PLACEBO_CONTROLLED: Final = "placebo-controlled"
ACTIVE_CONTROLLED: Final = "active-controlled"
CONTROLLED: Final = "controlled"
OPEN_LABEL: Final = "open-label"
CROSSOVER: Final = "crossover"
COHORT: Final = "cohort"
CASE_CONTROL: Final = "case-control"
CROSS_SECTIONAL: Final = "cross-sectional"
META_ANALYSIS: Final = "meta-analysis"
SYSTEMATIC_REVIEW: Final = "systematic review"
REVIEW: Final = "review"
PROTOCOL: Final = "protocol"
CASE_REPORT: Final = "case report"
CLINICAL_TRIAL: Final = "clinical trial"
PILOT: Final = "pilot"
# "A randomized controlled trial assigned...": the claim says the work is one trial.
SINGLE_TRIAL: Final = "single trial"
# The work observed people without assigning treatment (PubMed's "Observational Study").
OBSERVATIONAL: Final = "observational"
# Blinded at some level, not saying which ("the patients did not know which they received"):
# the same key checks.design reads from the record's "blind(ed)".
BLINDED: Final = "blinded"

# Words that deny a design by themselves ("uncontrolled" says: not placebo-controlled).
NEGATED_DESIGN_WORDS: Final[tuple[tuple[str, re.Pattern[str]], ...]] = tuple(
    (key, re.compile(pattern, _I))
    for key, pattern in (
        (
            PLACEBO_CONTROLLED,
            r"\b(?:un-?controlled|non-?controlled|not\s+placebo[\s-]controlled)\b",
        ),
        (RANDOMIZED, r"\bnon-?randomi[sz]ed\b"),
        (DOUBLE_BLIND, r"\b(?:un-?blinded|non-?blinded)\b"),
        # Lay denials: who got what was chosen, not drawn; there was nothing to compare with.
        (
            RANDOMIZED,
            r"\b(?:patients|participants|people|subjects|they)\s+(?:chose|picked|"
            r"selected|decided\s+on)\s+(?:their\s+own|which|whether)\b",
        ),
        (
            CONTROLLED,
            r"\b(?:without|with\s+no|had\s+no|lacked\s+a)\s+(?:a\s+)?"
            r"(?:control|comparison)\s+(?:group|arm)\b",
        ),
    )
)

# How a lay writer describes a design ("assigned by a coin toss", "a sugar pill", "neither the
# patients nor the doctors knew"): read as the design word itself. Each names what was done to
# the participants, so a random *sample* or "salt water" as a remedy is not read as a design.
_PEOPLE: Final = r"(?:patients?|participants?|subjects?|volunteers?|people|recipients?|women|men)"
_STAFF: Final = (
    r"(?:researchers?|investigators?|doctors?|physicians?|clinicians?|staff|raters?|assessors?|"
    r"experimenters?|scientists?|team|nurses?|psychiatrists?|those\s+running\s+the\s+\w+)"
)
_KNEW: Final = (
    r"(?:knew|know|knowing|were\s+aware|was\s+aware|could\s+tell|had\s+any\s+idea|"
    r"(?:were\s+|being\s+)?told)"
)
# The record affirming that participants or staff knew the allocation ("patients were told which
# dose they received", "staff knew the allocation"): a claim's lay "neither ... nor ... knew"
# (read as a design word, so no longer a denial the support check sees) is contradicted by it.
ALLOCATION_KNOWN: Final = re.compile(
    rf"\b(?<!\bno\s)(?:{_PEOPLE}|{_STAFF})\s+(?:(?:were|was|had\s+been|all|also|both)\s+){{0,2}}"
    r"(?:knew|told|aware\s+of|informed\s+(?:of|about))\s+(?:(?:which|what|whether)\s+"
    r"(?:[\w-]+\s+){0,3}?|their\s+|the\s+)(?:allocation|assignment|group|arm|treatment|dose|"
    r"drug|intervention|medication|condition|(?:they|he|she)\s+(?:had\s+)?(?:received|got|"
    r"were\s+(?:given|getting|receiving)))\b",
    re.IGNORECASE,
)
# A denial before it in its clause ("neither the patients nor the staff knew which").
KNOWING_DENIED_BEFORE: Final = re.compile(
    r"\b(?:neither|nor|no\s+one|none|without)\b[^.;,]*$", re.IGNORECASE
)
LAY_DESIGN_WORDS: Final[tuple[tuple[str, str], ...]] = (
    (RANDOMIZED,
     r"\b(?:in|given\s+in|received\s+in)\s+(?:a\s+)?random(?:i[sz]ed)?\s+(?:order|sequence)\b"
     r"|\b(?:assign|allocat|divid|split|sort|plac|put)\w*\s+(?:[\w-]+\s+){0,5}?"
     r"(?:by\s+(?:chance|lot|lots|lottery|(?:a\s+)?(?:coin[\s-]?(?:toss|flip)|toss\s+of\s+a\s+coin))"
     r"|at\s+random)\b"
     r"|\brandomly\s+(?:allocated|divided|split|sorted|placed)\b"
     r"|\b(?:chosen|picked|selected)\s+at\s+random\s+to\s+(?:receive|get|be\s+given)\b"
     r"|\bby\s+(?:a\s+)?(?:coin[\s-]?(?:toss|flip)|toss(?:ing)?\s+(?:of\s+)?a\s+coin|"
     r"flip(?:ping)?\s+(?:of\s+)?a\s+coin|drawing\s+lots)\b"),
    (DOUBLE_BLIND,
     rf"\bneither\s+(?:the\s+)?{_PEOPLE}\s+nor\s+(?:the\s+|their\s+)?{_STAFF}\s+{_KNEW}\b"
     rf"|\bneither\s+(?:the\s+)?{_STAFF}\s+nor\s+(?:the\s+|their\s+)?{_PEOPLE}\s+{_KNEW}\b"
     r"|\b(?:with\s+)?neither\s+(?:side|party|group)(?:\s+(?:knowing|knew|being\s+aware|aware))?"
     r"(?:\s+(?:which|who|what))?\b"
     rf"|\bwithout\s+(?:either\s+)?(?:the\s+)?{_PEOPLE}\s+or\s+(?:the\s+|their\s+)?{_STAFF}"
     r"\s+knowing\b"
     rf"|\bboth\s+(?:the\s+)?{_PEOPLE}\s+and\s+(?:the\s+|their\s+)?{_STAFF}\s+(?:were\s+)?"
     r"(?:kept\s+)?(?:unaware|in\s+the\s+dark)\b"),
    (BLINDED,
     rf"\b(?:the\s+)?{_PEOPLE}\s+(?:were\s+(?:not\s+told|unaware|kept\s+unaware|"
     r"kept\s+in\s+the\s+dark)|did\s+not\s+know|didn't\s+know)\s+(?:of\s+)?(?:which|what|"
     r"whether)\s+(?:\w+\s+){0,2}?(?:they|he|she)\s+(?:had\s+)?(?:received|got|were\s+given|"
     r"were\s+getting|was\s+given|had)\b"),
    (PLACEBO_CONTROLLED,
     r"\b(?:dummy|sugar|fake|inactive|inert|blank)\s+(?:pills?|tablets?|capsules?|treatments?|"
     r"infusions?|injections?|drugs?|medicines?)\b"
     r"|\bsalt[\s-]?water\s+(?:infusions?|injections?|drips?|placebos?|controls?)\b"
     r"|\b(?:infusions?|injections?|drips?)\s+of\s+(?:plain\s+)?salt[\s-]?water\b"
     r"|\b(?:or|versus|vs\.?|against|than)\s+(?:a\s+|an\s+|plain\s+)?salt[\s-]?water\b"
     r"|\bsham[\s-]?controll?ed\b|\bsham\s+(?:treatments?|procedures?|surgery|stimulation)\b"),
    (OPEN_LABEL,
     rf"\b(?:everyone|everybody|all\s+(?:the\s+)?{_PEOPLE}|both\s+(?:the\s+)?{_PEOPLE}\s+and\s+"
     rf"(?:the\s+|their\s+)?{_STAFF})\s+knew\s+(?:what|which)\s+(?:\w+\s+){{0,2}}?(?:they|"
     r"he|she)\s+(?:were|was)\s+(?:getting|receiving|given|taking)\b"
     rf"|\b(?:the\s+)?{_PEOPLE}\s+knew\s+(?:what|which)\s+(?:\w+\s+){{0,2}}?(?:they|he|she)\s+"
     r"(?:were|was)\s+(?:getting|receiving|given|taking)\b"
     r"|\bwith\s+no\s+(?:blinding|masking)\b|\bno\s+one\s+was\s+blinded\b"),
    (CROSSOVER,
     rf"\b(?:each|every|all)\s+(?:of\s+the\s+)?{_PEOPLE}\s+(?:received|got|had|was\s+given|"
     r"were\s+given|tried|took)\s+both\b"
     r"|\b(?:switched|swapped)\s+(?:over\s+)?(?:to\s+)?(?:the\s+)?other\s+(?:treatment|drug|"
     r"arm|condition|group)\b"
     rf"|\b(?:served\s+as\s+their\s+own\s+controls?|acted\s+as\s+their\s+own\s+controls?)\b"),
    (COHORT,
     rf"\b(?:followed|tracked|monitored)\s+(?:up\s+)?(?:\d[\d,]*\s+|thousands\s+of\s+|"
     rf"hundreds\s+of\s+|a\s+group\s+of\s+)?(?:{_PEOPLE}|them|children|adults|residents|"
     r"nurses|workers|farmers|veterans)\s+(?:\w+\s+){0,2}?over\s+(?:time|(?:many|several|the\s+"
     r"following|the\s+next|\d+)\s+(?:years|decades))\b"),
)  # fmt: skip

# Most specific first: "placebo-controlled" before "controlled", "systematic review" before
# "review".
DESIGN_PATTERNS: Final[tuple[tuple[str, re.Pattern[str]], ...]] = tuple(
    (key, re.compile(pattern, _I))
    for key, pattern in (
        (META_ANALYSIS, r"\bmeta[\s-]?(?:analy(?:sis|ses|tic)|study|studies|regression)\b"),
        (SYSTEMATIC_REVIEW, r"\bsystematic(?:ally)?\s+review(?:s|ed)?\b"),
        (REVIEW, r"\b(?:(?:narrative|literature|scoping|umbrella|medical|critical)\s+)?reviews?\b"),
        (RANDOMIZED, r"\brandomi[sz](?:ed|ation)\b|\brandomly\s+assigned\b|\bRCTs?\b"),
        (DOUBLE_BLIND, r"\b(?:double|triple)[\s-]?(?:blind(?:ed)?|mask(?:ed)?)\b"),
        (SINGLE_BLIND, r"\bsingle[\s-]?(?:blind(?:ed)?|mask(?:ed)?)\b"),
        (PLACEBO_CONTROLLED, r"\bplacebo[\s-]?controll?ed\b"),
        (ACTIVE_CONTROLLED,
         r"\b(?:psycho)?active[\s-]?(?:placebo[\s-]?)?controll?ed\b|\bactive\s+placebo\b"),
        (CONTROLLED, r"\bcontroll?ed\s+(?:trials?|studies|study)\b"),
        (OPEN_LABEL, r"\bopen[\s-]?label(?:led)?\b"),
        (CROSSOVER, r"\bcross[\s-]?over\b"),
        (CASE_CONTROL, r"\bcase[\s-]control\b"),
        (COHORT, r"\bcohort\s+stud(?:y|ies)\b|\b(?:prospective|retrospective)\s+cohort\b"),
        (CROSS_SECTIONAL, r"\bcross[\s-]sectional\b"),
        (PROTOCOL, r"\b(?:study|trial)\s+protocol\b|\bprotocol\s+for\b"),
        (CASE_REPORT, r"\bcase\s+(?:reports?|series)\b"),
        (PILOT, r"\bpilot\s+(?:study|trial)\b"),
        (CLINICAL_TRIAL, r"\bclinical\s+trials?\b"),
        (OBSERVATIONAL, r"\bobservational(?:ly)?\b"),
        *LAY_DESIGN_WORDS,
    )
)  # fmt: skip

# Cheap substrings, one of which a claim must hold before a design pattern runs on it
# (assertions._designs). The lay words above are in them, so "by a coin toss" and "a sugar pill"
# are read; a key without an entry is always tried.
DESIGN_CUES: Final[dict[str, tuple[str, ...]]] = {
    META_ANALYSIS: ("meta", "pooled"),
    SYSTEMATIC_REVIEW: ("systematic",),
    REVIEW: ("review",),
    RANDOMIZED: ("random", "rct", "chance", "coin", "lot", "chose", "picked", "selected",
                 "decided"),
    DOUBLE_BLIND: ("blind", "mask", "neither", "without", "unaware", "dark"),
    SINGLE_BLIND: ("blind", "mask"),
    PLACEBO_CONTROLLED: ("placebo", "control", "dummy", "sugar", "fake", "inactive", "inert",
                         "blank", "salt", "sham"),
    ACTIVE_CONTROLLED: ("active",),
    CONTROLLED: ("control", "comparison"),
    OPEN_LABEL: ("label", "knew", "blinding", "masking", "blinded"),
    CROSSOVER: ("cross", "both", "switched", "swapped", "own control"),
    CASE_CONTROL: ("case",),
    COHORT: ("cohort", "over time", "years", "decades"),
    CROSS_SECTIONAL: ("sectional",),
    PROTOCOL: ("protocol",),
    CASE_REPORT: ("case",),
    CLINICAL_TRIAL: ("trial",),
    OBSERVATIONAL: ("observational",),
    BLINDED: ("know", "knew", "told", "unaware", "dark"),
}  # fmt: skip

# A singular trial named with a design word: "a randomized controlled trial", "the first
# placebo-controlled, double-blind trial". Plural trials ("a meta-analysis of 7 trials") are not.
SINGLE_TRIAL_PHRASE: Final = re.compile(
    r"\b(?:a|an|the|this|that|one|its|their)\s+(?:[\w-]+,?\s+){0,5}?trial\b(?![\w-])", _I
)
SINGLE_TRIAL_DESIGN_WORD: Final = re.compile(
    r"randomi[sz]ed|controll?ed|blind(?:ed)?|placebo|cross[\s-]?over|clinical|open[\s-]label", _I
)

# Before a design word: it names what a review looked at, not what the work is.
DESIGN_OBJECT_CUE: Final = re.compile(
    r"\b(?:assessed|reviewed|pooled|synthesi[sz]ed|included|including|meta-?analy[sz]ed|"
    r"searched\s+for|identified|evidence\s+from|data\s+from)\s+(?:[\w-]+\s+){0,3}$"
    r"|\b(?:review|meta-?analysis|analysis|overview)\s+of\s+(?:[\w-]+\s+){0,2}$",
    _I,
)
# Before a design word: it is denied ("wasn't placebo-controlled", "not randomized").
DESIGN_NEGATION: Final = re.compile(
    r"(?:\b(?:not|never|neither|nor|without)\b|n't)"
    r"(?:\s+(?:a|an|the|been|be|being|truly|really|properly|actually|fully|itself))*\s*$",
    _I,
)

# --- comparators --------------------------------------------------------------------------------

DRUG_CLASSES: Final[dict[str, str]] = {
    "midazolam": "benzodiazepine", "lorazepam": "benzodiazepine", "diazepam": "benzodiazepine",
    "alprazolam": "benzodiazepine", "clonazepam": "benzodiazepine",
    "sertraline": "antidepressant", "fluoxetine": "antidepressant",
    "escitalopram": "antidepressant", "citalopram": "antidepressant",
    "paroxetine": "antidepressant", "venlafaxine": "antidepressant",
    "duloxetine": "antidepressant", "bupropion": "antidepressant",
    "mirtazapine": "antidepressant", "amitriptyline": "antidepressant",
    "nortriptyline": "antidepressant", "imipramine": "antidepressant",
    "trazodone": "antidepressant", "vortioxetine": "antidepressant",
    "esketamine": "nmda antagonist", "memantine": "nmda antagonist",
    "propofol": "anesthetic", "etomidate": "anesthetic", "thiopental": "anesthetic",
    "methohexital": "anesthetic", "remifentanil": "opioid", "morphine": "opioid",
    "fentanyl": "opioid", "oxycodone": "opioid", "buprenorphine": "opioid",
    "lithium": "mood stabilizer", "quetiapine": "antipsychotic", "aripiprazole": "antipsychotic",
    "olanzapine": "antipsychotic", "pregabalin": "gabapentinoid", "gabapentin": "gabapentinoid",
    "lidocaine": "local anesthetic", "electroconvulsive therapy": "ect", "ect": "ect",
    "psilocybin": "psychedelic", "diphenhydramine": "antihistamine",
}  # fmt: skip
DRUG_NAME: Final = re.compile(
    r"\b(" + "|".join(sorted(map(re.escape, DRUG_CLASSES), key=len, reverse=True)) + r")\b", _I
)
ACTIVE_PLACEBO: Final = re.compile(
    r"\bactive[\s-]+placebo\b|\bpsychoactive[\s-]+(?:placebo|control(?:led)?)\b"
    r"|\bactive[\s-]+control(?:led)?\b",
    _I,
)
PLACEBO_WORDS: Final = re.compile(
    r"\b(?:placebos?|sham|saline|(?:dummy|sugar|fake|inert)\s+(?:pills?|tablets?|capsules?)"
    r"|salt[\s-]?water)\b",
    _I,
)
ANTIDEPRESSANT_WORDS: Final = re.compile(
    r"\b(?:antidepress\w*|anti-depress\w*|SSRIs?|SNRIs?|tricyclics?|MAOIs?)\b", _I
)
USUAL_CARE_WORDS: Final = re.compile(
    r"\b(?:usual\s+care|standard\s+(?:of\s+)?(?:care|treatment|therapy)|treatment\s+as\s+usual"
    r"|TAU)\b",
    _I,
)
NO_TREATMENT_WORDS: Final = re.compile(
    r"\b(?:no\s+(?:treatment|intervention|drug|therapy)|untreated|wait(?:ing)?[\s-]?list)\b", _I
)
BASELINE_WORDS: Final = re.compile(
    r"\b(?:baseline|pre-?treatment|before\s+(?:treatment|the\s+infusion|dosing)|pre-?dose)\b", _I
)
# Any wording of a control arm: a design sentence names it without giving it a result.
CONTROL_ARM_WORDS: Final = re.compile(
    "|".join(
        p.pattern for p in (PLACEBO_WORDS, ACTIVE_PLACEBO, USUAL_CARE_WORDS, NO_TREATMENT_WORDS)
    )
    + r"|\b(?:dummy|vehicle|controls?|untreated|sham)\b",
    _I,
)
GENERIC_DRUG_WORDS: Final = re.compile(
    r"\b(?:drugs?|medications?|medicines?|pharmaceuticals?|pills?|agents?|compounds?)\b", _I
)

# --- direction, significance, certainty ---------------------------------------------------------

NEGATIVE_EFFICACY: Final = re.compile(
    r"\b(?:ineffective|inefficacious|not\s+(?:more\s+)?effective|no\s+(?:significant\s+)?"
    r"(?:benefit|effect|improvement|efficacy|difference)|no\s+better\s+than|"
    r"(?:did|does|do)\s+not\s+(?:improve|help|work|reduce)|failed\s+to\s+(?:improve|reduce|show)|"
    r"lack(?:ed|s|ing)?\s+(?:of\s+)?(?:efficacy|effect|benefit))\b",
    _I,
)
POSITIVE_EFFICACY: Final = re.compile(
    r"\b(?:effective|efficacious|efficacy|beneficial|improv(?:e|ed|es|ing|ement|ements)|"
    r"reliev(?:e|ed|es|ing)|relief|helped|alleviat(?:e|ed|es|ing))\b",
    _I,
)
INCREASE_WORDS: Final = re.compile(
    r"\b(?:increas(?:e|ed|es|ing)|elevat(?:e|ed|es|ing|ion)|rais(?:e|ed|es|ing)|ris(?:e|es|ing)|"
    r"rose|higher|greater|more|enhanc(?:e|ed|es|ing|ement)|boost(?:s|ed|ing)?|"
    r"augment(?:s|ed|ing)?|doubl(?:ed|ing)|activat(?:e|ed|es|ing|ion))\b",
    _I,
)
DECREASE_WORDS: Final = re.compile(
    r"\b(?:decreas(?:e|ed|es|ing)|reduc(?:e|ed|es|ing|tion|tions)|declin(?:e|ed|es|ing)|"
    r"lower(?:ed|ing|s)?|diminish(?:ed|es|ing)?|drop(?:s|ped)?|fell|attenuat(?:e|ed|es|ing)|"
    r"less|fewer|inhibit(?:s|ed|ing|ion)?|block(?:s|ed|ing|ade)?|suppress(?:es|ed|ing|ion)?|"
    r"weaken(?:s|ed|ing)?)\b",
    _I,
)
NOT_SIGNIFICANT: Final = re.compile(
    r"\b(?:not\s+(?:statistically\s+)?significant(?:ly)?|non-?significant(?:ly)?|insignificant|"
    r"no\s+(?:statistically\s+)?significant|no\s+(?:further\s+)?(?:difference|change)|"
    r"did\s+not\s+differ|"
    # A claim of no advantage over the comparator is a claim of no significant difference.
    r"(?:did|was|were|is|are|does|do)\s+no\s+better\s+than|no\s+more\s+effective\s+than|"
    r"(?:did\s+not|didn't|failed\s+to)\s+(?:outperform|beat)|not\s+superior\s+to)\b",
    _I,
)
SIGNIFICANT: Final = re.compile(r"\b(?:statistically\s+)?significant(?:ly)?\b", _I)
STRONG_CERTAINTY: Final = re.compile(
    r"\b(?:prov(?:en|ed|es)|establish(?:ed|es)|confirm(?:s|ed)|definitive(?:ly)?|"
    r"conclusive(?:ly)?|well[\s-]documented|well[\s-]established|undeniabl[ey]|certainly|"
    r"guarantee[sd]?|without\s+(?:a\s+)?doubt)\b",
    _I,
)
HEDGES: Final = re.compile(
    r"\b(?:may|might|could|possibl[ey]|potential(?:ly)?|suggest(?:s|ed|ing)?|appear(?:s|ed)?|"
    r"seem(?:s|ed)?|likely|preliminary|early[\s-]stage|hypothesi[sz](?:e|ed|es)|promising|"
    r"thought\s+to)\b",
    _I,
)
ASSERTIVE_CERTAINTY: Final = re.compile(
    r"\b(?:show(?:s|n|ed)?|found|find(?:s|ings)?|demonstrat(?:e|ed|es|ing)|document(?:s|ed)?|"
    r"report(?:s|ed)?|reveal(?:s|ed)?|conclude[sd]?|noted)\b",
    _I,
)

# --- countries and sponsors ---------------------------------------------------------------------

COUNTRIES: Final[dict[str, str]] = {
    **{name: canonical for canonical, names in {
        "Canada": ("canada", "canadian"), "United States": ("usa", "u.s.", "us", "america",
        "american", "united states"), "United Kingdom": ("uk", "u.k.", "britain", "british",
        "england", "english", "united kingdom", "scotland", "scottish", "wales", "welsh"),
        "Australia": ("australia", "australian"), "New Zealand": ("new zealand", "zealand"),
        "Germany": ("germany", "german"), "France": ("france", "french"),
        "Italy": ("italy", "italian"), "Spain": ("spain", "spanish"),
        "Netherlands": ("netherlands", "dutch"), "Belgium": ("belgium", "belgian"),
        "Switzerland": ("switzerland", "swiss"), "Austria": ("austria", "austrian"),
        "Sweden": ("sweden", "swedish"), "Norway": ("norway", "norwegian"),
        "Denmark": ("denmark", "danish"), "Finland": ("finland", "finnish"),
        "Ireland": ("ireland", "irish"), "Poland": ("poland", "polish"),
        "China": ("china", "chinese"), "Japan": ("japan", "japanese"),
        "Korea": ("korea", "korean"), "India": ("india", "indian"),
        "Israel": ("israel", "israeli"), "Iran": ("iran", "iranian"),
        "Brazil": ("brazil", "brazilian"), "Mexico": ("mexico", "mexican"),
        "Taiwan": ("taiwan", "taiwanese"), "Turkey": ("turkey", "turkish"),
        "Russia": ("russia", "russian"), "Greece": ("greece", "greek"),
        "Portugal": ("portugal", "portuguese"), "Egypt": ("egypt", "egyptian"),
        "South Africa": ("south africa", "south african"),
    }.items() for name in names},
}  # fmt: skip
COUNTRY_NAME: Final = re.compile(
    r"\b(" + "|".join(sorted(map(re.escape, COUNTRIES), key=len, reverse=True)) + r")\b", _I
)
SPONSOR_KINDS: Final[tuple[tuple[str, re.Pattern[str]], ...]] = tuple(
    (kind, re.compile(pattern, _I))
    for kind, pattern in (
        ("university", r"\b(?:universit(?:y|ies)|college|academic|school\s+of\s+medicine)\b"),
        ("industry", r"\b(?:pharma\w*|compan(?:y|ies)|inc\b|ltd\b|corporation|industry|"
                     r"manufacturer|sponsor\s+company)"),
        ("government", r"\b(?:government|national\s+institutes?|NIH|NIMH|ministry|federal|"
                       r"council|agency|department\s+of)\b"),
        ("foundation", r"\b(?:foundation|charit(?:y|ies|able)|trust|society|association)\b"),
    )
)  # fmt: skip

# --- populations and content ----------------------------------------------------------------------

ANIMAL_WORDS: Final = re.compile(
    r"\b(?:mice|mouse|rats?|rodents?|animals?|monkeys?|primates?|murine|pigs?|dogs?|zebrafish)\b",
    _I,
)
HUMAN_WORDS: Final = re.compile(
    r"(?:patients?|participants?|subjects?|people|persons?|individuals?|adults?|humans?|"
    r"volunteers?|men|women|users?)",
    _I,
)
NON_CONTENT_WORDS: Final[frozenset[str]] = frozenset(
    str.split(
        """
    study studies research researchers researcher trial trials review reviews reviewer reviewers
    author authors paper article found find finding findings show shows showed shown report
    reports reported note noted notes document documented documents medical clinical linked
    above-linked previous previously also well real user users data evidence
    suggest suggests suggested indicate indicates indicated conclude concluded demonstrate
    demonstrated result results assessed tested test tests many several various individual
    tied ties team teams colleagues plus
    """
    )
)

# Everyday words a paraphrase adds or swaps freely ("brought a response", "said their
# functioning improved", "the first trial of its kind", "mechanisms behind X"). They are not what
# a claim is about: qualitative support weighs them little (checks.common.GENERIC_WEIGHT), so a
# true paraphrase is not sunk by one of them, while the claim's entities still have to be found.
GENERIC_WORDS: Final[frozenset[str]] = frozenset(
    str.split(
        """
    bring brings brought bringing say says said saying tell tells told call calls called calling
    kind kinds sort sorts type types form forms way ways manner fashion thing things something
    put puts putting forward behind mark marks marked marking heavy heavily argue argues argued
    arguing discuss discusses discussed discussing notes noting claim claims claimed state
    states stated stating mention mentions mentioned aim aims aimed aiming go goes went gone
    get gets getting stay stays stayed staying work works worked whole part parts
    combine combines combined combining combination measurement measurements make makes making
    carried carry carries conduct conducted conducts ones thereof regard regarding respect
    actually indeed really largely mainly mostly broadly generally typically usually
    roughly approximately nearly around about per cent conventional conventionally
    judged deemed gave give gives giving point points pointed pointing held hold holds
    single
    """
    ).__add__(GENERIC_EXTRA.split())
)

# Words that say *who* was studied or restrict a claim's scope. However common in English, a
# paraphrase does not add them freely: "in males only", "children", "already well studied" change
# what is claimed, so a record that never uses them must still count them as missing.
SCOPE_WORDS: Final = re.compile(
    r"(?:males?|females?|men|women|boys?|girls?|sex|gender|children|child|kids?|infants?|babies|"
    r"adolescents?|teens?|teenagers?|elderly|older|younger|pregnant|adults?|"
    r"mice|mouse|rats?|rodents?|animals?|monkeys?|primates?|pigs?|dogs?|humans?|"
    r"fish|fishes|salmon|trout|carp|cod|cattle|cows?|sheep|goats?|horses?|cats?|chickens?|"
    r"hamsters?|rabbits?|ferrets?|frogs?|flies|worms?|yeast|"
    r"only|alone|solely|exclusively|already|never|always|still|all|none|every|first|"
    # how far a claim reaches (index.scope_marks): everyone, nothing but, more of the same, once
    r"each|everyone|everybody|universally|invariably|without\s+exception|restricted\s+to|"
    r"confined\s+to|but\s+not|kept|keeps?|keeping|continu\w*|further|additional|ongoing|"
    r"recent|recently|"
    r"permanent\w*|cure[sd]?|curing|safe|unsafe|fatal|death|deaths|died|"
    # details a claim adds that an abstract may simply not report: who got what, with what,
    # at what cost, over what age, by what instrument (their absence is never excused)
    r"prescri\w*|medications?|replacement|supplement\w*|hospitali[sz]\w*|admissions?|"
    r"surgery|surgical|costs?|costly|cheap\w*|expensive|price[sd]?|insurance|dollars?|"
    r"aged?|ages|years?-old|scanners?|tesla|machines?|devices?|instruments?|"
    r"follow-?up|relapses?|relapsed|dropouts?|withdr[ae]w\w*|rural|urban|veterans?|"
    r"smokers?|drinkers?|obese|overweight|diabetic)",
    _I,
)

# Words of change or judgement: a paraphrase may swap them for a synonym the record uses, but a
# record that never says "worse" or "climbed" has not said it, so their absence is never excused.
JUDGEMENT_WORDS: Final = re.compile(
    r"(?:worse|worsen\w*|better|climb\w*|soar\w*|plummet\w*|grew|grow\w*|shr[ai]nk\w*|"
    r"improv\w*|deteriorat\w*|fad(?:e|ed|es|ing)|wan(?:e|ed|es|ing)|spik\w*|surg(?:e|ed|es)|"
    r"jump\w*|slump\w*|tripl\w*|quadrupl\w*|halv\w*|effective|ineffective|harm\w*|"
    r"benefi\w*|danger\w*|risk\w*|toxic\w*|"
    # Stance words: how lasting, how easy, how well known. A record that never says it has not.
    r"vanish\w*|disappear\w*|abolish\w*|transient\w*|brief|briefly|temporar\w*|easy|easily|"
    r"effortless\w*|difficult\w*|thorough\w*|extensive\w*|comprehensive\w*|little|scant\w*|"
    r"meaningful\w*|mutually|exclusive\w*|complementary|synergistic\w*|"
    # Degree: "eliminated" is not "improved", a "strong, lasting" effect is not a "small, brief"
    # one.
    # (A comparative, "stronger", is judged by direction.degree_directions; "cause" against
    # "associated" is an opposite, index.ANTONYMS.)
    r"eliminat\w*|eradicat\w*|prevent\w*|strong|strongly|weak|weakly|poor|poorly|lasting|"
    r"long-lasting|dramatic\w*|substantial\w*|large|huge|massive|profound\w*|"
    # Superlatives single out one condition or group ("strongest at neutral pH"): a record that
    # never ranks them has not said which.
    r"strongest|weakest|greatest|highest|lowest|largest|smallest|best|worst|optimal|optimum|"
    r"peak(?:ed|s)?)",
    _I,
)

# Body parts, organs, body measurements and conditions. Everyday English has them ("heart",
# "blood pressure", "liver", "sleep"), but in a claim each names *what* was affected or measured:
# a claim that swaps "kidney" for "liver" or "blood pressure" for "heart rate" says something
# else, so a record that never uses the word must still count it as missing.
BODY_WORDS: Final = re.compile(
    r"(?:hearts?|heartbeats?|livers?|kidneys?|renal|bladders?|lungs?|brains?|blood|skin|bones?|"
    r"muscles?|muscular|stomachs?|bowels?|guts?|colons?|intestines?|intestinal|breasts?|"
    r"prostates?|pancreas|pancreatic|thyroid|eyes?|ears?|nerves?|spines?|spinal|teeth|tooth|"
    r"mouths?|throats?|chests?|necks?|legs?|knees?|hips?|wrists?|ankles?|shoulders?|feet|foot|"
    r"noses?|tongues?|lips?|hair|nails?|veins?|arteries|artery|arterial|wombs?|uterus|ovar\w+|"
    r"testes|testicles?|sperm|semen|urine|urinary|hormones?|cardiac|hepatic|"
    # measurements of the body
    r"pressure|pulse|weight|height|temperature|cholesterol|sugar|glucose|insulin|oxygen|"
    r"fat|fatty|breath|breathing|heart-rate|"
    # conditions and faculties
    r"pain|painful|aches?|headaches?|migraines?|fever|nausea|vomit\w*|dizz\w+|fatigue|tired\w*|"
    r"sleep\w*|insomnia|memory|mood|vision|sight|cancers?|tumou?rs?|strokes?|diabetes|asthma|"
    r"obesity|depress\w*|anxi\w+|infections?|infected|viral|virus\w*|bacteri\w+|seizures?|"
    r"dementia|addict\w*|suicid\w*|coughs?|rash\w*|wounds?|injur\w+|fractures?|bleed\w*|"
    r"ulcers?|allerg\w+|arthritis|inflamm\w+|swell\w*|itch\w*)",
    _I,
)

# A claim that sets one group, arm, dose or time point against another: "A improved more than
# B", "A, unlike B, ...", "A but not B", "A outperformed B". What follows the cue names B.
GROUP_COMPARISON: Final = re.compile(
    r"\b(?:(?:more|less|better|worse|greater|higher|lower|larger|smaller|faster|slower|"
    r"longer|shorter|stronger|weaker|(?!rath|oth)\w+er)\s+than|unlike|but\s+not|"
    r"outperform(?:s|ed|ing)?|compared\s+(?:with|to)|relative\s+to|versus|vs\.?|"
    r"in\s+contrast\s+(?:to|with))\b",
    re.IGNORECASE,
)
# The record relating two groups: a comparative, a contrast or a test of difference.
RECORD_COMPARISON: Final = re.compile(
    r"\b(?:than|compared|comparison|comparing|versus|vs\.?|relative\s+to|whereas|while|unlike|"
    r"but\s+not|contrast|differ\w*|superior|inferior|outperform\w*|exceed\w*|similar|"
    r"(?:more|less|greater|higher|lower|larger|smaller|better|worse|stronger|weaker)\b|"
    r"between|respectively|only\s+in|in\s+both)",
    re.IGNORECASE,
)
# Words that name that something happened, not what: "effects", "actions". A sentence word of
# this kind never states the claim's particular outcome ("mood-lifting", "pain relief").
VAGUE_OUTCOME_WORDS: Final = re.compile(
    r"(?:effects?|actions?|outcomes?|impacts?|influences?|roles?|consequences?)",
    re.IGNORECASE,
)
# The head of a measure's name: "signal-to-noise ratio", "Hamilton scale", "Beck inventory".
MEASURE_HEADS: Final = re.compile(
    r"(?:ratios?|indexe?s?|indices|coefficients?|quotients?|scales?|scores?|inventor(?:y|ies)|"
    r"questionnaires?|subscales?)",
    re.IGNORECASE,
)

# Superlatives that rank one thing first ("the largest", "the commonest"). Words that only look
# like one ("interest", "suggest", "latest") are not listed.
_RANKING_SUPERLATIVES: Final = (
    r"(?:best|worst|highest|lowest|greatest|largest|biggest|smallest|strongest|weakest|"
    r"commonest|rarest|fastest|slowest|longest|shortest|earliest|heaviest|lightest|deepest|"
    r"widest|safest|fewest|leading|foremost|predominant|chief|principal)"
)
# A claim that ranks its subject first among its kind: "X was the most frequently reported Y",
# "X was the commonest Y", "X ranked first", "X topped the list", "The most common Y were X".
# A top group ("those in the top quartile", "the highest exposure") names a group, not a rank.
CLAIM_RANKING: Final = re.compile(
    r"\b(?:was|were|is|are|remained|remains|became|proved|emerged\s+as)\s+(?:also\s+|by\s+far\s+)?"
    r"the\s+(?:single\s+|second\s+|third\s+)?(?:(?:most|least)\s+(?:\w+ly\s+)?\w+|"
    + _RANKING_SUPERLATIVES
    + r")\b(?!\s+(?:quartiles?|quintiles?|tertiles?|deciles?|percentiles?|fifths?|quarters?|"
    r"thirds?|tenths?|halves|half|tiers?|categor(?:y|ies)|groups?|levels?|doses?)\b)"
    r"|\branked\s+(?:first|top|highest|second|third)\b|\btopp(?:ed|s)\b|\btops\s+the\b"
    r"|^(?:[^,;]{0,40},\s+)?the\s+(?:single\s+)?(?:most|least)\s+(?:\w+ly\s+)?"
    r"(?:common|frequent|prevalent|reported|important|widespread|likely|used)\b",
    _I,
)
# A record sentence that ranks: a superlative, "most"/"least" before a word, or an explicit
# ordering ("followed by", "ranked", "than any other").
RECORD_RANKING: Final = re.compile(
    r"\b(?:most|least|top|topped|ranked|ranking|first-ranked|followed\s+by|"
    r"than\s+(?:any|all)\s+other\w*|" + _RANKING_SUPERLATIVES + r")\b",
    _I,
)

# --- lay negatives of normal function -----------------------------------------------------------

# A claim's denial of normal working ("is not working normally", "does not function properly",
# "is not normal"): a lay way of saying the record's "dysregulated", not a denial of a result.
NOT_NORMAL: Final = re.compile(
    r"(?:\bnot|n't|\bno\s+longer)\s+(?:\w+ing\s+|function\s+|work\s+|behav\w*\s+)?"
    r"(?:normal(?:ly)?|properly|correctly|right|as\s+it\s+should|as\s+usual|healthy|intact)\b",
    _I,
)
# The record's word for that dysfunction.
DYSFUNCTION: Final = re.compile(
    r"\b(?:dysregulat\w*|dysfunction\w*|abnormal\w*|aberran\w+|disrupt\w*|impair\w*|deranged|"
    r"disturb(?:ed|ance)|perturb(?:ed|ation)|altered|malfunction\w*|deficien\w+|defective)\b",
    _I,
)

# --- stances: recommendations and needs ---------------------------------------------------------

# A claim that denies a call, need or warrant ("saw no need for", "did not call for", "advised
# against", "ruled out the need", "found no reason to", "further trials are unnecessary").
DENIED_NEED: Final = re.compile(
    r"\b(?:saw|see|sees|seeing|found|find|finds|had|has|have|there\s+(?:is|was|are|were))\s+"
    r"(?:little\s+|no\s+(?:further\s+|real\s+|clear\s+)?|not\s+any\s+)"
    r"(?:need|reason|call|case|justification|rationale|grounds?|point|value)\b"
    r"|\b(?:did|does|do)\s+not\s+(?:\w+ly\s+)?(?:call\s+for|recommend|advocate|urge|propose|"
    r"suggest|see\s+(?:a|any)\s+need|warrant|require|need)\b"
    r"|\b(?:advised|advises|advise|recommended|recommends|recommend|argued|argues|cautioned|"
    r"cautions|warned|warns)\s+against\b"
    r"|\bruled?\s+out\s+(?:the\s+|any\s+)?need\b|\brules\s+out\s+(?:the\s+|any\s+)?need\b"
    r"|\b(?:no|not)\s+(?:further\s+|more\s+|additional\s+|larger\s+|new\s+)?"
    r"(?:[\w-]+\s+){0,6}?(?:trials?|studies|study|research|work)\b[^.;:]{0,60}?"
    r"\b(?:is|are|was|were)\s+(?:\w+ly\s+)?"
    r"(?:needed|necessary|required|warranted|justified)\b"
    r"|\b(?:is|are|was|were|be|been|deemed|judged|considered|seemed|seem|seems)\s+"
    r"(?:\w+ly\s+)?(?:unnecessary|unwarranted|unjustified|superfluous|not\s+(?:needed|"
    r"necessary|required|warranted|justified))\b",
    _I,
)
# A sentence that makes such a call: "we recommend", "are needed", "warrant", "should be",
# "call for", "future studies should", "merits further study".
AFFIRMED_NEED: Final = re.compile(
    r"\b(?:we|authors?|reviewers?|they)\s+(?:\w+ly\s+)?(?:recommend|propose|urge|advocate|"
    r"suggest|call\s+for)\b(?!\s+against\b)"
    r"|\b(?:recommended|recommends|urged|urges|advocated|advocates|called\s+for|calls\s+for|"
    r"call\s+for)\b(?!\s+against\b)"
    r"|\b(?:is|are|was|were|remains?|remained)\s+(?:\w+ly\s+)?(?:needed|necessary|required|"
    r"warranted|justified|recommended)\b"
    r"|\b(?:warrants?|warranted|merits?|deserves?)\s+(?:\w+\s+)?(?:further|more|additional|"
    r"larger|future|investigation|study|studies|research|trials?|evaluation|exploration)\b"
    r"|\b(?:need|needs)\s+(?:for|to\s+be)\b"
    r"|\b(?:should|must|ought\s+to)\s+(?:\w+ly\s+)?(?:be|include|address|assess|examine|"
    r"evaluate|explore|investigate|focus|test|confirm|determine|replicate)\b",
    _I,
)

# --- stances: dose dependence -------------------------------------------------------------------

_DOSE: Final = r"(?:dos(?:e|es|ing|age|ages)|concentrations?)"
# "did not vary with the dose", "independent of dose", "same at every dose", "no dose effect".
DOSE_INDEPENDENT: Final = re.compile(
    r"\b(?:did|does|do|was|were|is|are)\s+not\s+(?:\w+ly\s+)?(?:vary|differ|change|depend|"
    r"increase|rise|grow|scale|differ\s+significantly|related)\s+(?:\w+\s+){0,2}?"
    r"(?:with|by|across|between|on|to)\s+(?:the\s+|increasing\s+|higher\s+|any\s+)?"
    r"(?:\w+\s+)?" + _DOSE + r"\b"
    r"|\b(?:independent(?:ly)?|regardless|irrespective)\s+of\s+(?:the\s+)?(?:\w+\s+)?"
    + _DOSE
    + r"\b"
    r"|\b(?:same|similar|equal|alike|comparable|identical)\s+(?:\w+\s+)?(?:at|across|for|with)\s+"
    r"(?:every|all|each|any|the\s+(?:different|various|three|two|four))\s+(?:\w+\s+)?"
    + _DOSE
    + r"\b"
    r"|\bno\s+(?:clear\s+|evident\s+|apparent\s+|significant\s+)?dose[- ](?:response|effect|"
    r"dependen\w+|relationship|relation|gradient|trend)\b"
    r"|\bnot\s+(?:\w+ly\s+)?dose[- ](?:dependent|related|responsive)\b"
    r"|\bdose[- ]independent\w*\b",
    _I,
)
# "a dose-response profile", "dose-dependent", "increased with dose", "larger at higher doses".
DOSE_DEPENDENT: Final = re.compile(
    r"\bdose[- ](?:response|dependen\w+|related|responsive|relationship|effect|gradient|trend)\b"
    r"|\b(?:increased|increasing|rose|grew|greater|larger|stronger|more|higher|bigger|"
    r"decreased|declined|fell|smaller|weaker)\s+(?:\w+\s+){0,2}?(?:with|at|after|as)\s+"
    r"(?:increasing|rising|higher|larger|greater|the\s+(?:higher|highest|largest))\s+"
    r"(?:\w+\s+)?" + _DOSE + r"\b"
    r"|\bvar(?:ied|ies|y)\s+(?:\w+\s+){0,2}?with\s+(?:the\s+)?" + _DOSE + r"\b",
    _I,
)

# --- framing: words a claim adds around what it reports -----------------------------------------

# Words that frame a statement rather than add to it: a commentary adverb ("actually",
# "oddly"; never a manner adverb such as "openly" or "knowingly", which says how something was
# done and so can contradict the record, e.g. a blinded trial), a concession verb before what
# is conceded ("admits that", "acknowledges it is"),
# "still" before an absence ("still no", "still unclear": the record's present tense says as
# much), "only"/"just" before a count (the count itself is the quantity check's).
FRAMING: Final = re.compile(
    r"\b(?:actually|really|indeed|truly|admittedly|notably|interestingly|"
    r"strikingly|surprisingly|oddly|curiously|remarkably|tellingly)\b"
    r"|\b(?:admit|admits|admitted|concede|concedes|conceded|acknowledge|acknowledges|"
    r"acknowledged|grant|grants|granted)\b(?=\s+(?:that|it\s+(?:is|was|remains)|there\s+"
    r"(?:is|are|was|were)|how|why|what|whether)\b)"
    r"|\bstill\b(?=\s+(?:\w+ly\s+)?(?:no|not|none|unclear|unknown|uncertain|lacking|missing|"
    r"unresolved|unexplained|undetermined|debated|poorly|little|limited)\b)"
    r"|\b(?:only|just|merely)\b(?=\s+(?:\w+\s+){0,2}?(?:\d|(?:one|two|three|four|five|six|"
    r"seven|eight|nine|ten|eleven|twelve|\w+teen|twenty|thirty|forty|fifty|sixty|seventy|"
    r"eighty|ninety|a\s+(?:few|handful|dozen))\b))"
    # round 20: a neutral reporting verb before its that-clause ("argued that", "judged that")
    # and "points to" only frame what is reported (not "warns that": a warning takes a stance)
    # ("stress" itself is the biomedical noun far more often: "Stress that patients report")
    r"|\b(?:argue|argues|argued|arguing|judge|judges|judged|contend|contends|contended|"
    r"stresses|(?:(?<=authors\s)|(?<=researchers\s)|(?<=investigators\s)|(?<=they\s)|(?<=we\s))stress|stressed)\b"
    r"(?=\s+that\b)"
    r"|(?<!\d\s)\bpoint(?:s|ed|ing)?\s+to\b(?!\s*[-+\u2212]?\d)"
    # round 20: "already ... before X" restates the timing the "before" gives
    r"|\balready\b(?=(?:\s+[\w-]+){1,10}?\s+(?:before|prior\s+to|at\s+baseline)\b)"
    # round 22: discourse openers and connectives, only at the head of a clause and before a
    # comma ("In plain terms,", "Put simply,", "By contrast,", "In the same work,"); "in contrast
    # to placebo" names a comparator and keeps its words
    r"|(?:^|(?<=[,;:]\s))\s*(?:in\s+(?:plain|simple|simpler|lay|everyday|other)\s+"
    r"(?:terms|words|english|language)|in\s+(?:short|brief|sum|a\s+nutshell)|put\s+(?:simply|"
    r"plainly|another\s+way)|simply\s+put|to\s+put\s+it\s+(?:simply|plainly|another\s+way)|"
    r"(?:by|in)\s+contrast|on\s+the\s+other\s+hand|"
    r"in\s+(?:the\s+same|this|that|their|its|the\s+present)\s+(?:work|paper|report|article|"
    r"study|trial|review))\s*,"
    # "This work pointed to ...": the source named as "work" at the head of a clause (not "work
    # hours", "work stress", "return to work")
    r"|(?:^|(?<=[,;:]\s))\s*(?:this|that|the\s+same|their|the\s+present)\s+work\b"
    r"(?!\s+(?:hours?|shifts?|days?|weeks?|schedules?|places?|loads?|environments?|conditions?|"
    r"demands?|ability|capacity|stress|force|settings?|status|performance|-))"
    # a remembered date: "way back in 1990", "Back in the 1980s"
    r"|\bway\s+back\b(?=\s+(?:in|when|at|during)\b)"
    r"|(?:^|(?<=[,;:]\s))\s*back\b(?=\s+in\s+(?:the\s+)?(?:\d|early|late|mid|['\u2019]\d))"
    # a pseudo-cleft around a reported point: "What the review stresses is that ..."
    r"|\bwhat\s+(?:(?:the|this|their|its|these|our)\s+)?(?:[\w-]+\s+){0,2}?(?:review|study|"
    r"paper|authors?|researchers|investigators|team|trial|analysis|work|article|reviewers?|they|"
    r"we)\s+(?:stress(?:es|ed)?|emphasi[sz](?:es|ed|e)|highlight(?:s|ed)?|underlines?|underlined|"
    r"underscores?|underscored|shows?|showed|found|finds?|suggests?|suggested|notes?|noted|argues?|"
    r"argued|concludes?|concluded|reports?|reported|makes?\s+clear|made\s+clear|points?\s+out|"
    r"pointed\s+out)\s+is\s+(?:that\s+)?"
    # care in wording: "The authors were careful: they only say ...", "careful to note that";
    # a careful method ("careful dose titration", "were careful to avoid alcohol") keeps it
    r"|\b(?:is|are|was|were|remain(?:s|ed)?|stay(?:s|ed)?)\s+(?:(?:very|quite|rightly)\s+)?"
    r"careful\b(?=\s*:|\s+(?:to|not\s+to)\s+(?:say|note|stress|add|point|hedge|word|claim|"
    r"overstate|overclaim|caution)\b)"
    r"|\b(?:they|authors|researchers|investigators|reviewers|we)\s+(?:only|merely|just)\b(?=\s+"
    r"(?:say|says|said|suggest|suggests|suggested|claim|claims|claimed|state|states|stated|"
    r"conclude|concludes|concluded|write|writes|wrote|note|notes|noted)\b)"
    # a closer look: "took a hard look at how ...", what was looked at keeps its words
    r"|\b(?:took|take|takes|taking|taken)\s+a\s+(?:hard|close|closer|careful|long|fresh|good|"
    r"detailed)\s+look\s+at\b"
    # a time-course adverb with no time in it: "eventually responded"; the record's own time
    # point ("after repeated infusions") is the quantity check's
    r"|\b(?:eventually|ultimately)\b(?!\s*,?\s*(?:\d|(?:one|two|three|four|five|six|seven|"
    r"eight|nine|ten|eleven|twelve|\w+teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|"
    r"ninety|hundred|all|most|half|none)\b))",
    _I,
)

# Words a claim may add that qualify how or on what scale a study was run, and that no other
# check judges: a manner adverb ("openly received", "knowingly took": against a blinded trial) or
# a size word before the study ("a large trial"). Qualitative support demands each of them of
# the record itself, not merely of the coverage share, since one such word changes the claim.
DEMANDED_QUALIFIER: Final = re.compile(
    r"\b(?:openly|knowingly|wittingly|unknowingly|unwittingly)\b"
    r"|\b(?:large|big|huge|sizeable|sizable|massive)\b"
    r"(?=\s+(?:\w+\s+)?(?:study|trial|experiment|investigation|cohort|sample)\b)",
    _I,
)

# Words that describe the source rather than what it found: its recency or setting ("in a
# recent study", "a lab study"), a reviewer's survey ("looking across the research, reviewers
# found that") or a design qualifier the design check does not judge ("nested case-control",
# "single-site"). Qualitative support leaves them out, and the statement's own words must still
# be found. A size word ("a small study", "a large trial") is not dropped: no check judges it, so
# the record must back it like any other word.
SOURCE_FRAMING: Final = re.compile(
    r"\b(?:in\s+)?(?:a|this|one|the|their|its)\s+(?:(?:recent|new|"
    r"lab|laboratory)\s+){1,2}(?=(?:study|trial|experiment|investigation)\b)"
    r"|\b(?:looking|looked|look)\s+(?:across|over|at|through)\s+(?:all\s+)?(?:the|this)\s+"
    r"(?:research|evidence|studies|trials|literature|data)\b,?"
    r"|\b(?:experts|reviewers|researchers|scientists|investigators)\s+(?:\w+ing\s+(?:over|at|"
    r"across|through)\s+(?:the\s+)?(?:evidence|research|studies|trials|literature)\s+)?"
    r"(?:explain|explained|found|find|say|said|note|noted|conclude|concluded|report|"
    r"reported)\s+(?:that\s+)?(?=\S)"
    r"|\bnested\b(?=\s+case[\s-]+control)"
    # round 20: "a case-control study nested within five cohorts" names the same design detail
    r"|\bnested\s+(?:with)?in\b"
    r"|\bsingle[\s-](?:site|centre|center)\b"
    r"|\bincl\."
    # an evidence-table field label ("Population: adults ...", "Outcome: ...") names the field
    r"|\b(?:population|design|outcomes?|results?|intervention|comparator|comparison|setting|"
    r"findings?|conclusions?|methods?|objective|sample)\s*:"
    # leaflet framing: "you may notice that ..." says what a reader sees, not what was found
    r"|\b(?:you|one)\s+(?:may|might|could|can|will)\s+(?:notice|find|see|expect)\s+(?:that\s+)?",
    _I,
)
