"""Where a claim says the work was done: countries, regions, cities and named institutions.

A claim places a study with a country ("a Spanish study", "researchers in Italy"), a region or
city ("Sydney-based researchers", "the Connecticut study") or an institution ("University of
Virginia pharmacologists"). The tables map each region and city to its country, so a city the
affiliations do not name can still be judged by country. Plain data, for reviewers to extend.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import Final

from claimcheck.verification import lexicon as lx
from claimcheck.verification.numbers import NUMBER_WORD
from claimcheck.verification.text import STOPWORDS

# Countries the shared table (lexicon.COUNTRIES) does not name.
MORE_COUNTRIES: Final[dict[str, tuple[str, ...]]] = {
    "United States": ("u.s.a.",),  # the lexicon's "usa" and "u.s." with its dots
    "Argentina": ("argentina", "argentinian", "argentine"), "Chile": ("chile", "chilean"),
    "Colombia": ("colombia", "colombian"), "Peru": ("peru", "peruvian"),
    "Cuba": ("cuba", "cuban"), "Venezuela": ("venezuela", "venezuelan"),
    "Singapore": ("singapore", "singaporean"), "Thailand": ("thailand", "thai"),
    "Vietnam": ("vietnam", "vietnamese"), "Malaysia": ("malaysia", "malaysian"),
    "Indonesia": ("indonesia", "indonesian"), "Philippines": ("philippines", "filipino"),
    "Pakistan": ("pakistan", "pakistani"), "Bangladesh": ("bangladesh", "bangladeshi"),
    "Nepal": ("nepal", "nepalese"), "Sri Lanka": ("sri lanka", "sri lankan"),
    "Saudi Arabia": ("saudi arabia", "saudi"), "Lebanon": ("lebanon", "lebanese"),
    "Jordan": ("jordan", "jordanian"), "Qatar": ("qatar", "qatari"),
    "United Arab Emirates": ("united arab emirates", "uae", "emirati"),
    "Nigeria": ("nigeria", "nigerian"), "Kenya": ("kenya", "kenyan"),
    "Ethiopia": ("ethiopia", "ethiopian"), "Ghana": ("ghana", "ghanaian"),
    "Uganda": ("uganda", "ugandan"), "Tanzania": ("tanzania", "tanzanian"),
    "Morocco": ("morocco", "moroccan"), "Tunisia": ("tunisia", "tunisian"),
    "Czech Republic": ("czech republic", "czechia", "czech"),
    "Hungary": ("hungary", "hungarian"), "Romania": ("romania", "romanian"),
    "Bulgaria": ("bulgaria", "bulgarian"), "Croatia": ("croatia", "croatian"),
    "Serbia": ("serbia", "serbian"), "Slovenia": ("slovenia", "slovenian"),
    "Slovakia": ("slovakia", "slovak"), "Ukraine": ("ukraine", "ukrainian"),
    "Iceland": ("iceland", "icelandic"), "Estonia": ("estonia", "estonian"),
    "Latvia": ("latvia", "latvian"), "Lithuania": ("lithuania", "lithuanian"),
    "Luxembourg": ("luxembourg",), "Cyprus": ("cyprus", "cypriot"),
    "Northern Ireland": ("northern ireland",),
}  # fmt: skip

# Regions and cities, by country. Lower case; matched as whole words.
REGIONS: Final[dict[str, tuple[str, ...]]] = {
    "United States": (
        "alabama", "alaska", "arizona", "arkansas", "california", "colorado", "connecticut",
        "delaware", "florida", "georgia", "hawaii", "idaho", "illinois", "indiana", "iowa",
        "kansas", "kentucky", "louisiana", "maine", "maryland", "massachusetts", "michigan",
        "minnesota", "mississippi", "missouri", "montana", "nebraska", "nevada",
        "new hampshire", "new jersey", "new mexico", "new york", "north carolina",
        "north dakota", "ohio", "oklahoma", "oregon", "pennsylvania", "rhode island",
        "south carolina", "south dakota", "tennessee", "texas", "utah", "vermont", "virginia",
        "washington", "west virginia", "wisconsin", "wyoming", "boston", "baltimore",
        "bethesda", "new haven", "chicago", "los angeles", "san francisco", "san diego",
        "seattle", "houston", "dallas", "philadelphia", "pittsburgh", "atlanta", "miami",
        "denver", "nashville", "st. louis", "st louis", "cleveland", "rochester", "durham",
        "chapel hill", "ann arbor", "palo alto", "stanford", "cambridge, ma", "new orleans",
        "minneapolis", "detroit", "cincinnati", "columbus", "portland", "salt lake city",
        "phoenix", "charlottesville", "richmond", "providence", "madison", "iowa city",
        "birmingham, al", "research triangle park",
    ),
    "Canada": (
        "ontario", "quebec", "british columbia", "alberta", "nova scotia", "manitoba",
        "saskatchewan", "new brunswick", "newfoundland", "toronto", "ottawa", "montreal",
        "vancouver", "calgary", "edmonton", "winnipeg", "halifax", "hamilton", "kingston",
        "london, ontario", "saskatoon",
    ),
    "United Kingdom": (
        "england", "scotland", "wales", "london", "oxford", "cambridge", "manchester",
        "liverpool", "bristol", "leeds", "sheffield", "newcastle", "nottingham", "glasgow",
        "edinburgh", "aberdeen", "dundee", "cardiff", "belfast", "southampton", "leicester",
        "birmingham", "exeter", "york",
    ),
    "Ireland": ("dublin", "cork", "galway"),
    "Australia": (
        "new south wales", "nsw", "victoria", "queensland", "tasmania", "western australia",
        "south australia", "sydney", "melbourne", "brisbane", "perth", "adelaide", "hobart",
        "canberra", "darwin", "newcastle, nsw",
    ),
    "New Zealand": ("auckland", "wellington", "christchurch", "dunedin", "otago"),
    "Italy": (
        "rome", "roma", "milan", "milano", "naples", "napoli", "turin", "torino", "florence",
        "firenze", "bologna", "padua", "padova", "pisa", "genoa", "genova", "verona", "siena",
        "palermo", "bari", "l'aquila", "aquila", "pavia", "modena", "parma", "perugia",
        "catania", "cagliari", "trieste", "messina", "viterbo", "ancona", "brescia", "bergamo",
        "trento", "udine", "lecce", "foggia", "salerno", "ferrara", "novara", "sassari", "chieti",
        "pescara", "catanzaro", "reggio emilia", "treviso", "vicenza", "piacenza", "cremona",
        "terni", "arezzo", "livorno", "lucca", "caserta", "benevento", "avellino",
    ),
    "Spain": (
        "madrid", "barcelona", "valencia", "seville", "sevilla", "pamplona", "navarra",
        "navarre", "bilbao", "granada", "malaga", "zaragoza", "salamanca", "santiago de compostela",
        "oviedo", "murcia", "catalonia", "andalusia", "basque country", "valladolid",
        "alicante", "cadiz", "cádiz", "san sebastian", "san sebastián", "vigo", "a coruña",
        "badajoz", "almeria", "almería", "jaen", "jaén", "huelva", "girona",
        "logroño", "albacete",
    ),
    "France": (
        "paris", "lyon", "marseille", "toulouse", "bordeaux", "lille", "strasbourg", "nantes",
        "montpellier", "grenoble", "nice", "rennes",
    ),
    "Germany": (
        "berlin", "munich", "münchen", "hamburg", "heidelberg", "frankfurt", "cologne", "köln",
        "bonn", "leipzig", "dresden", "freiburg", "tübingen", "mainz", "würzburg", "göttingen",
        "hannover", "hanover", "düsseldorf", "aachen",
    ),
    "Netherlands": (
        "amsterdam", "rotterdam", "utrecht", "leiden", "groningen", "nijmegen", "maastricht",
        "the hague",
    ),
    "Belgium": ("brussels", "leuven", "ghent", "antwerp", "liège"),
    "Switzerland": ("zurich", "zürich", "geneva", "basel", "bern", "lausanne"),
    "Austria": ("vienna", "innsbruck", "graz", "salzburg"),
    "Sweden": ("stockholm", "gothenburg", "uppsala", "lund", "umeå", "malmö"),
    "Norway": ("oslo", "bergen", "trondheim"),
    "Denmark": ("copenhagen", "aarhus", "odense"),
    "Finland": ("helsinki", "turku", "tampere", "oulu"),
    "Portugal": ("lisbon", "porto", "coimbra"),
    "Greece": ("athens", "thessaloniki"),
    "Poland": ("warsaw", "krakow", "kraków", "wroclaw", "gdansk"),
    "China": ("beijing", "shanghai", "guangzhou", "shenzhen", "wuhan", "chengdu", "nanjing",
              "hangzhou", "hong kong", "tianjin", "xi'an", "changsha"),
    "Japan": ("tokyo", "osaka", "kyoto", "nagoya", "sapporo", "fukuoka", "kobe", "sendai"),
    "Korea": ("seoul", "busan", "daejeon", "incheon"),
    "Taiwan": ("taipei", "taichung", "kaohsiung", "tainan"),
    "India": ("delhi", "new delhi", "mumbai", "bangalore", "bengaluru", "chennai", "kolkata",
              "hyderabad", "pune", "vellore", "chandigarh"),
    "Israel": ("tel aviv", "jerusalem", "haifa", "beersheba"),
    "Iran": ("tehran", "shiraz", "isfahan", "mashhad", "tabriz"),
    "Brazil": ("são paulo", "sao paulo", "rio de janeiro", "porto alegre", "belo horizonte"),
    "Mexico": ("mexico city", "guadalajara", "monterrey"),
    "Turkey": ("istanbul", "ankara", "izmir"),
    "Egypt": ("cairo", "alexandria"),
    "South Africa": ("cape town", "johannesburg", "durban", "pretoria"),
}  # fmt: skip

# Institutions often named without "University" or "Hospital", with their country.
INSTITUTIONS: Final[dict[str, tuple[str, ...]]] = {
    "United States": ("harvard", "yale", "stanford", "johns hopkins", "mayo clinic", "columbia",
                      "princeton", "duke", "emory", "vanderbilt", "dana-farber", "mit",
                      "ucla", "ucsf", "nih", "national institutes of health", "cdc",
                      "massachusetts general hospital", "mount sinai", "cornell", "penn"),
    "United Kingdom": ("imperial college", "king's college", "ucl", "university college london"),
    "Sweden": ("karolinska",),
    "France": ("inserm", "pasteur institute", "institut pasteur"),
    "Germany": ("max planck", "charité", "charite"),
    "Canada": ("mcgill", "camh"),
}  # fmt: skip

# Cities and regions by their local or older names, as addresses write them: the same place as
# the English name the tables list ("Roma" is Rome, "München" Munich, "Peking" Beijing).
LOCAL_NAMES: Final[dict[str, tuple[str, ...]]] = {
    "rome": ("roma",), "milan": ("milano",), "naples": ("napoli",), "turin": ("torino",),
    "florence": ("firenze",), "padua": ("padova",), "genoa": ("genova",), "venice": ("venezia",),
    "seville": ("sevilla",), "navarre": ("navarra",), "zaragoza": ("saragossa",),
    "catalonia": ("catalunya", "cataluña"), "andalusia": ("andalucía",),
    "basque country": ("país vasco", "euskadi"), "munich": ("münchen", "muenchen"),
    "cologne": ("köln", "koeln"), "hanover": ("hannover",), "nuremberg": ("nürnberg",),
    "vienna": ("wien",), "geneva": ("genève", "genf"), "zurich": ("zürich", "zuerich"),
    "basel": ("bâle",), "bern": ("berne",), "lisbon": ("lisboa",), "gothenburg": ("göteborg",),
    "copenhagen": ("københavn",), "warsaw": ("warszawa",), "krakow": ("kraków", "cracow"),
    "wroclaw": ("wrocław",), "gdansk": ("gdańsk",), "prague": ("praha",),
    "brussels": ("bruxelles", "brussel"), "antwerp": ("antwerpen",), "ghent": ("gent",),
    "leuven": ("louvain",), "the hague": ("den haag",), "athens": ("athina",),
    "beersheba": ("beer sheva", "be'er sheva", "beer-sheva"), "beijing": ("peking",),
    "bangalore": ("bengaluru",), "mumbai": ("bombay",), "chennai": ("madras",),
    "kolkata": ("calcutta",), "st. louis": ("st louis", "saint louis"),
    "mexico city": ("ciudad de méxico",),
}  # fmt: skip

# A place read as an adjective of something other than where the work was done.
_NOT_A_PLACE_AFTER: Final = re.compile(
    r"^\s*(?:diet|medicine|flu|influenza|measles|cuisine|food|foods|population|patients|"
    r"adults|children|men|women|people|residents|veterans|citizens|guidelines?|language|"
    r"version|translation|herbs?|herbal|traditional|remed(?:y|ies)|cohorts?|encephalitis|"
    r"ginseng|spotted|measles)\b",
    re.IGNORECASE,
)

# "Mexican American", "Asian-American": an ethnicity, not where anyone lives or works.
_ETHNIC_AMERICAN: Final = re.compile(r"[\s-]+Americans?\b")

_ETHNICITY_BEFORE: Final = re.compile(r"\b[A-Z][a-z]+(?:an|ic|ese|sh|ch|i)[\s-]+$")

# Who or what does research: the nouns a place word is attached to when it says where.
_RESEARCH_NOUN: Final = (
    r"(?:researchers?|scientists?|investigators?|team|teams|group|authors?|physicists?|"
    r"physicians?|doctors?|clinicians?|psychiatrists?|pharmacologists?|neuroscientists?|"
    r"epidemiologists?|biologists?|chemists?|surgeons?|experts?|study|studies|trial|trials|"
    r"reviewers?|meta-analysts?|academics?|statisticians?|scholars?|collaborators?|consortium|"
    r"psychologists?|neurologists?|an(?:a)?esthesiologists?|an(?:a)?esthetists?|"
    # any "-ologist" or "-iatrist" ("sports physiologists", "cardiologists", "paediatricians")
    r"[\w-]*ologists?|[\w-]*iatrists?|[\w-]*iatricians?|dietitians?|dieticians?|"
    r"nutritionists?|geneticists?|economists?|specialists?|"
    r"paper|report|review|university|universities|hospital|clinic|cent(?:er|re)|institute|"
    r"lab|labs|laboratory|laboratories|school|college|department)"
)

_INSTITUTION: Final = re.compile(
    r"\b(?:(?:[Tt]he\s+)?(?:University|Universit[àéa]|Universidad|Universidade|Institute|"
    r"Karolinska|Hospital|College)\s+(?:of\s+(?:the\s+)?|de\s+|degli\s+Studi\s+"
    r"(?:di\s+|dell[a']\s*)?)?(?P<a>[A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*){0,2}))"
    r"|\b(?P<b>[A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*){0,2})\s+(?:University|"
    r"Institute|Hospital|College)\b"
    # Government bodies: "the US Environmental Protection Agency", "Food and Drug Administration"
    r"|\b(?P<c>[A-Z][\w'.-]*(?:\s+(?:and\s+)?[A-Z][\w'.-]*){0,3})\s+"
    r"(?:Agency|Administration)\b"
)

# Capitalised words that open a sentence or a noun phrase without naming anything: articles,
# pronouns and other function words (text.STOPWORDS: "A", "This", "Both", "Several"), numbers
# ("Two", "12") and a few describing words ("Recent", "Local"). "A University of L'Aquila
# team" names the University of L'Aquila, "Two University of Toronto researchers" the
# University of Toronto, "Several Harvard University scientists" Harvard University.
_DESCRIBING: Final = frozenset({
    "recent", "local", "former", "current", "leading", "major", "prominent", "renowned",
    "top", "various", "numerous", "multiple", "researchers", "scientists", "investigators",
    "doctors", "experts", "team", "teams",
})  # fmt: skip
_NUMBER_WORD_WHOLE: Final = re.compile(rf"(?:{NUMBER_WORD})(?:-{NUMBER_WORD})*", re.IGNORECASE)


def _no_name(word: str) -> bool:
    """Whether a capitalised word opening a name is no part of it."""
    folded = word.lower().strip(".,;:")
    if len(word) > 1 and word.isupper():
        return False  # "US", "UK": initials name something
    return (
        folded in STOPWORDS
        or folded in _DESCRIBING
        or folded.replace(",", "").isdigit()
        or bool(_NUMBER_WORD_WHOLE.fullmatch(folded))
    )


def _institution_spans(text: str) -> list[tuple[int, int]]:
    """Where ``text`` names institutions, leading words that name nothing left out; when no
    word of a name is left ("Two University of Toronto"), the kind word is read again as the
    start of a name ("University of Toronto")."""
    found: list[tuple[int, int]] = []
    at = 0
    while (match := _INSTITUTION.search(text, at)) is not None:
        group = "b" if match["b"] else "c" if match["c"] else None
        if group is None:
            found.append((match.start(), match.end()))
            at = match.end()
            continue
        words = list(re.finditer(r"\S+", match[group]))
        lead = 0
        while lead < len(words) and _no_name(words[lead].group()):
            lead += 1
        if lead == len(words):
            at = match.end(group)  # "Two University of Toronto": read "University of ..." anew
            continue
        found.append((match.start(group) + words[lead].start(), match.end()))
        at = match.end()
    return found


def institutions_in(text: str) -> list[str]:
    """The named universities, institutes, hospitals and colleges in ``text``, as written."""
    return [text[start:end].strip() for start, end in _institution_spans(text)]


@dataclass(frozen=True, slots=True)
class PlaceMention:
    start: int
    end: int
    country: str | None  # None: an institution or place the tables do not know
    place: str | None  # the region, city or institution as written (None: a country only)


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.lower().replace("\u2019", "'"))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _build_names() -> dict[str, tuple[str, bool]]:
    """Folded name -> (country, is the country itself)."""
    names: dict[str, tuple[str, bool]] = {}
    for alias, country in lx.COUNTRIES.items():
        names[_fold(alias)] = (country, True)
    for country, aliases in MORE_COUNTRIES.items():
        for alias in aliases:
            names[_fold(alias)] = (country, True)
    for table in (REGIONS, INSTITUTIONS):
        for country, places in table.items():
            for place in places:
                names.setdefault(_fold(place), (country, False))
    return names


# Country abbreviations that are also English words: read only when written in capitals.
_SHOUTED_ONLY: Final = frozenset({"us", "uk", "uae"})


NAMES: Final = _build_names()
_NAME_PATTERN: Final = "|".join(
    re.escape(name).replace(r"\ ", r"\s+")
    for name in sorted(NAMES, key=len, reverse=True)
    if "," not in name
)
_NAME: Final = re.compile(rf"(?<![\w'-])(?P<name>{_NAME_PATTERN})(?![\w])", re.IGNORECASE)
_FIRST_WORDS: Final = frozenset(name.split()[0].split("-")[0] for name in NAMES)
_CAPITALISED: Final = re.compile(r"(?<![\w'])[A-Z][\w'.]*")
_ATTACHED_AFTER: Final = re.compile(
    rf"^(?:-based)?\s+(?:[\w-]+\s+){{0,2}}?{_RESEARCH_NOUN}\b", re.IGNORECASE
)
_ATTACHED_BEFORE: Final = re.compile(
    rf"\b{_RESEARCH_NOUN}\s+(?:[\w-]+\s+){{0,5}}?"
    r"(?:in|from|at|of)\s+(?:the\s+)?(?:(?:[A-Z][\w'.-]*|and|&)\s+){0,4}$",
    re.IGNORECASE,
)
# Where the work was done, said of the work itself: "Working in Barcelona, the authors ...",
# "a study carried out in Ohio", "In Sweden, researchers ...".
_WORKED_IN: Final = re.compile(
    r"\b(?:working|worked|based|done|conducted|carried\s+out|performed|undertaken|run)\s+"
    r"(?:in|at)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_OPENING_IN: Final = re.compile(r"(?:^|[.;]\s+)(?:In|From)\s+$")
_RESEARCH_AFTER_COMMA: Final = re.compile(
    rf"^,\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+)?(?:[\w-]+\s+){{0,2}}?{_RESEARCH_NOUN}\b",
    re.IGNORECASE,
)
# "Canadian-led", "Boston-run": a place that led the work.
_LED: Final = re.compile(r"^-(?:led|run|headed)\b", re.IGNORECASE)
# A city the tables do not know, named as where the researchers are: "researchers in Viterbo",
# "a team from Pamplona". Judged only by whether an affiliation names it.
_UNKNOWN_PLACE: Final = re.compile(
    rf"\b(?i:{_RESEARCH_NOUN}\s+(?:based\s+)?(?:in|from))\s+(?P<place>[A-Z][a-z'\u00C0-\u017F-]{{2,}})"
    r"(?![\w-]|\s+[A-Z])",
)


def place_mentions(claim: str) -> list[PlaceMention]:
    """Places and institutions the claim names as where the work was done, in order."""
    found: list[PlaceMention] = []
    for start, end in _institution_spans(claim):
        found.append(PlaceMention(start, end, None, claim[start:end].strip()))
    taken = [(m.start, m.end) for m in found]
    # both "U.S." (a table's first word) and "Boston." (a sentence's last) as written
    capitalised = {f for w in _CAPITALISED.findall(claim) for f in (_fold(w), _fold(w).rstrip("."))}
    if not capitalised & _FIRST_WORDS:
        # no place name of the tables can start here: skip the long alternation
        found += _unknown_places(claim, taken) + _grouped_researchers(claim, taken)
        return sorted(found, key=lambda m: m.start)
    for match in _NAME.finditer(claim):
        start, end = match.span("name")
        if not claim[start].isupper() or any(a <= start < b for a, b in taken):
            continue
        after, before = claim[end:], claim[:start]
        if _NOT_A_PLACE_AFTER.match(after) or _ETHNIC_AMERICAN.match(after):
            continue
        if _ETHNICITY_BEFORE.search(before) and _fold(match["name"]).startswith("american"):
            continue  # "Asian American researchers": an ethnicity, not the United States
        led = _LED.match(after)
        based = after.startswith("-based")
        if not (based or led or _attached(before, after)):
            continue
        country, is_country = NAMES[_fold(match["name"])]
        place = None if is_country else match["name"]
        stop = end + len("-based") if based else (end + led.end() if led else end)
        found.append(PlaceMention(start, stop, country, place))
        taken.append((start, stop))
    found.extend(_unknown_places(claim, taken))
    found.extend(_grouped_researchers(claim, taken))
    found.sort(key=lambda m: m.start)
    return found


# Groups of countries a claim may give the researchers instead of one country ("Scandinavian
# authors"). Only these: "Asian" or "African" before a noun is as often an ethnicity.
RESEARCHER_GROUPS: Final = ("european", "scandinavian", "nordic")
_GROUP_RESEARCHERS: Final = re.compile(
    rf"(?<![\w'-])(?P<group>{'|'.join(RESEARCHER_GROUPS)})(?![\w-])\s+(?:[\w-]+\s+){{0,2}}?"
    r"(?:researchers?|scientists?|investigators?|teams?|authors?|groups?|reviewers?|"
    r"meta-analysts?|academics?|clinicians?|physicians?|consortium|collaborators?)\b",
    re.IGNORECASE,
)


def _grouped_researchers(claim: str, taken: list[tuple[int, int]]) -> list[PlaceMention]:
    """Researchers placed in a group of countries: the group's adjective as the place."""
    found = []
    for match in _GROUP_RESEARCHERS.finditer(claim):
        start, end = match.span("group")
        if not claim[start].isupper() or any(a <= start < b for a, b in taken):
            continue
        found.append(PlaceMention(start, end, None, match["group"]))
    return found


def countries_of_group(place: str) -> frozenset[str] | None:
    """The countries of a group adjective a claim places researchers in ("Scandinavian")."""
    folded = _fold(place)
    return REGION_GROUPS.get(folded) if folded in RESEARCHER_GROUPS else None


def _attached(before: str, after: str) -> bool:
    """Whether a place name, between ``before`` and ``after``, says where the work was done."""
    if _ATTACHED_AFTER.match(after) or _ATTACHED_BEFORE.search(before):
        return True
    if _WORKED_IN.search(before):
        return True
    return bool(_OPENING_IN.search(before) and _RESEARCH_AFTER_COMMA.match(after))


def _unknown_places(claim: str, taken: list[tuple[int, int]]) -> list[PlaceMention]:
    found = []
    for match in _UNKNOWN_PLACE.finditer(claim):
        start, end = match.span("place")
        folded = _fold(match["place"])
        if any(a <= start < b for a, b in taken) or folded in NAMES:
            continue
        if folded in _NOT_PLACE_WORDS:
            continue
        found.append(PlaceMention(start, end, None, match["place"]))
    return found


# Capitalised words after "researchers in" that name a field or a body, not a town.
_NOT_PLACE_WORDS: Final = frozenset({
    "psychiatry", "medicine", "neurology", "pharmacology", "pediatrics", "paediatrics",
    "oncology", "cardiology", "surgery", "anesthesia", "anaesthesia", "anesthesiology",
    "physiology", "biology", "chemistry", "physics", "epidemiology", "genetics", "nature",
    "science", "cell", "neuron", "lancet", "pain", "gut", "cryobiology", "brain", "january",
    "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december", "europe", "asia", "africa", "america",
})  # fmt: skip


def places_in(text: str) -> dict[str, str]:
    """The regions, cities and institutions of the tables that ``text`` names: folded -> as
    written."""
    found: dict[str, str] = {}
    for match in _NAME.finditer(text):
        folded = _fold(match["name"])
        if not NAMES[folded][1] and folded not in _SHOUTED_ONLY:
            found.setdefault(folded, match["name"])
    return found


def country_of(place: str) -> str | None:
    entry = NAMES.get(_fold(place))
    return entry[0] if entry else None


def country_named(text: str) -> str | None:
    """The country ``text`` is, said whole ("UK", "the Netherlands"); None for anything else
    ("UK Biobank", "Boston")."""
    folded = " ".join(_fold(text).split())
    folded = folded.removeprefix("the ")
    bare = folded.replace(".", "")
    entry = NAMES.get(folded) or NAMES.get(folded.rstrip(".")) or NAMES.get(bare)
    if entry is None or not entry[1]:
        return None
    if bare in _SHOUTED_ONLY and not text.isupper():
        return None
    return entry[0]


def countries_in(text: str) -> set[str]:
    """Countries an affiliation names, by country name or by a region or city in it."""
    found: set[str] = set()
    for match in _NAME.finditer(text):
        name = match["name"]
        if _fold(name) in _SHOUTED_ONLY and not name.isupper():
            continue  # "us" is a pronoun; "US" the country
        found.add(NAMES[_fold(name)][0])
    folded = _fold(text)
    found.update(country for name, country in _COMMA_NAMES if name in folded)
    return found


# Names with a comma ("cambridge, ma") that the word pattern cannot match: looked up as text.
_COMMA_NAMES: Final = tuple((name, entry[0]) for name, entry in NAMES.items() if "," in name)


def _same_places() -> dict[str, frozenset[str]]:
    """Folded name -> every folded name of that place, English and local."""
    same: dict[str, frozenset[str]] = {}
    for english, local in LOCAL_NAMES.items():
        names = frozenset(" ".join(_fold(n).split()) for n in (english, *local))
        for name in names:
            same[name] = names
    return same


_SAME_PLACE: Final = _same_places()


def same_place(one: str, other: str) -> bool:
    """Whether two names are one place, by its English or local name ("Rome", "Roma")."""
    a, b = (" ".join(_fold(n).removeprefix("the ").split()) for n in (one, other))
    return a == b or b in _SAME_PLACE.get(a, ())


def names_place(text: str, place: str) -> bool:
    """Whether ``text`` (an affiliation) names ``place``, ignoring case, accents and spacing, by
    its English or its local name ("Researchers in Vienna", "1090 Wien, Austria")."""
    wanted = " ".join(_fold(place).removeprefix("the ").split())
    folded = " ".join(_fold(text).split())
    if wanted in folded:
        return True
    for other in _SAME_PLACE.get(wanted, ()):
        if other != wanted and re.search(rf"(?<![\w'-]){re.escape(other)}(?![\w])", folded):
            return True
    named = {_SAME_PLACE.get(n, frozenset({n})) for n in _university_names(place)}
    held = {_SAME_PLACE.get(n, frozenset({n})) for n in _university_names(text)}
    return bool(named) and bool(named & held)


def towns_in(text: str) -> dict[str, str]:
    """The regions and cities of the tables that ``text`` names (institutions left out: a
    university or an institute does not say which town of its country it is in)."""
    return {f: w for f, w in places_in(text).items() if f not in _INSTITUTION_NAMES}


_INSTITUTION_NAMES: Final = frozenset(
    _fold(name) for names in INSTITUTIONS.values() for name in names
) - frozenset(_fold(name) for names in REGIONS.values() for name in names)


_UNIVERSITY: Final = re.compile(
    r"\b(?:University|Universit[àéa]|Universidad|Universidade|Universit[ée]|Universität)\s+"
    r"(?:of\s+(?:the\s+)?|de\s+(?:la\s+)?|del\s+|do\s+|da\s+|di\s+|"
    r"degli\s+Studi\s+(?:di\s+|dell[a']\s*|del\s+)?)?"
    r"(?P<a>[A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*){0,2})"
    r"|\b(?P<b>[A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*){0,2})\s+University\b"
)


def _university_names(text: str) -> set[str]:
    """The proper names of the universities in ``text``, in any language's form: "University of
    Tuscia" and "Università degli Studi della Tuscia" are both "tuscia"."""
    return {
        " ".join(_fold(m.group("a") or m.group("b")).split()) for m in _UNIVERSITY.finditer(text)
    }


# --- places that qualify who or what was studied ("five US cohorts", "Danish registries") ------

# Continents and groups of countries, as a claim may write them instead of a country.
_EUROPE: Final = frozenset({
    "United Kingdom", "Northern Ireland", "Ireland", "Italy", "Spain", "France", "Germany",
    "Netherlands", "Belgium", "Switzerland", "Austria", "Sweden", "Norway", "Denmark", "Finland",
    "Portugal", "Greece", "Poland", "Czech Republic", "Hungary", "Romania", "Bulgaria",
    "Croatia", "Serbia", "Slovenia", "Slovakia", "Ukraine", "Iceland", "Estonia", "Latvia",
    "Lithuania", "Luxembourg", "Cyprus", "Russia",
})  # fmt: skip
_ASIA: Final = frozenset({
    "China", "Japan", "Korea", "Taiwan", "India", "Singapore", "Thailand", "Vietnam",
    "Malaysia", "Indonesia", "Philippines", "Pakistan", "Bangladesh", "Nepal", "Sri Lanka",
})  # fmt: skip
_AFRICA: Final = frozenset({
    "Egypt", "South Africa", "Nigeria", "Kenya", "Ethiopia", "Ghana", "Uganda", "Tanzania",
    "Morocco", "Tunisia",
})  # fmt: skip
_LATIN_AMERICA: Final = frozenset({
    "Mexico", "Brazil", "Argentina", "Chile", "Colombia", "Peru", "Cuba", "Venezuela",
})  # fmt: skip
REGION_GROUPS: Final[dict[str, frozenset[str]]] = {
    "european": _EUROPE, "scandinavian": frozenset({"Sweden", "Norway", "Denmark"}),
    "nordic": frozenset({"Sweden", "Norway", "Denmark", "Finland", "Iceland"}),
    "asian": _ASIA, "east asian": frozenset({"China", "Japan", "Korea", "Taiwan"}),
    "african": _AFRICA, "latin american": _LATIN_AMERICA, "south american": _LATIN_AMERICA,
    "north american": frozenset({"United States", "Canada"}),
}  # fmt: skip

# What a place word may qualify when it says whose data the work used.
_STUDIED_NOUN: Final = (
    r"(?P<noun>cohort|population|patient|participant|adult|child(?:ren)?|women|woman|men|man|"
    r"veteran|sample|registr(?:y|ie)|database|volunteer|resident|twin|famil(?:y|ie)|"
    r"birth\s+cohort|biobank)s?"
)
# Words that end the place's phrase: "a trial from Connecticut found depressed patients".
_VERB: Final = (
    r"(?:found|finds|find|showed|shows|show|had|has|have|were|was|is|are|linked|links|tied|"
    r"ties|reported|reports|saw|sees|observed|suggests?|enrolled|recruited|studied|followed|"
    r"treated|gave|gives|given|used|uses|compared|included|includes)"
)
_GROUP_PATTERN: Final = "|".join(re.escape(g).replace(r"\ ", r"\s+") for g in REGION_GROUPS)
_QUALIFIED: Final = re.compile(
    rf"(?<![\w'-])(?P<place>{_GROUP_PATTERN}|{_NAME_PATTERN})(?![\w-])\s+"
    rf"(?:(?!and\b|or\b|{_VERB}\b)[\w-]+\s+){{0,2}}?{_STUDIED_NOUN}\b",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class QualifiedGroup:
    """A studied group with the place that qualifies it: "five prospective US cohorts"."""

    place: str  # as written
    countries: frozenset[str]
    noun: str  # folded, singular
    text: str


def _singular(noun: str) -> str:
    folded = " ".join(_fold(noun).split())
    for plural, single in (("children", "child"), ("women", "woman"), ("men", "man"),
                           ("ies", "y")):  # fmt: skip
        if folded.endswith(plural):
            return folded[: -len(plural)] + single
    return folded.removesuffix("s")


def qualified_groups(text: str) -> list[QualifiedGroup]:
    """Studied groups ``text`` qualifies with a capitalised place (a country, region, city or a
    group such as "European")."""
    found: list[QualifiedGroup] = []
    if not _may_name_place(text):
        return found
    for match in _QUALIFIED.finditer(text):
        place = match["place"]
        folded = " ".join(_fold(place).split())
        if not place[0].isupper() or (folded in _SHOUTED_ONLY and not place.isupper()):
            continue
        if _ETHNIC_AMERICAN.match(text, match.end("place")):
            continue  # "Asian American adults": an ethnicity, not where they live
        if folded in REGION_GROUPS:
            countries = REGION_GROUPS[folded]
        elif folded in NAMES:
            countries = frozenset({NAMES[folded][0]})
        else:
            continue
        found.append(QualifiedGroup(place, countries, _singular(match["noun"]), match.group()))
    return found


# --- places given after the studied group ("cohorts in Germany", "patients from across Europe") --

# Continents and areas named as nouns, with the countries they cover.
AREAS: Final[dict[str, frozenset[str]]] = {
    "europe": _EUROPE, "asia": _ASIA, "africa": _AFRICA, "latin america": _LATIN_AMERICA,
    "south america": _LATIN_AMERICA, "north america": frozenset({"United States", "Canada"}),
    "scandinavia": REGION_GROUPS["scandinavian"], "east asia": REGION_GROUPS["east asian"],
    "nordic countries": REGION_GROUPS["nordic"], "americas": _LATIN_AMERICA
    | frozenset({"United States", "Canada"}),
}  # fmt: skip

# Whose data the work used, when the place follows: people, samples, registries, and the trials
# or studies a review pooled (plural only: "a study in Italy" says where the authors worked).
_STUDIED_BEFORE_PLACE: Final = (
    r"(?P<noun>cohorts?|populations?|patients?|participants?|adults?|child(?:ren)?|women|woman|"
    r"men|veterans?|samples?|registr(?:y|ies)|databases?|volunteers?|residents?|twins?|"
    r"famil(?:y|ies)|biobanks?|cases|controls|subjects|individuals|people|persons|infants|"
    r"newborns|mothers|pregnancies|students|workers|nurses|respondents|data|records|trials|"
    r"studies|cent(?:re|er)s|recruits)"
)
# Who did the work: a place after these is where the researchers are, not the data.
_WHO_RESEARCHED: Final = (
    r"(?:researchers?|scientists?|investigators?|teams?|authors?|groups?|doctors?|clinicians?|"
    r"physicians?|colleagues|reviewers?|meta-analysts?|academics?)"
)
_AREA_PATTERN: Final = "|".join(
    re.escape(a).replace(r"\ ", r"\s+") for a in sorted(AREAS, key=len, reverse=True)
)
_ONE_PLACE: Final = rf"(?:{_AREA_PATTERN}|{_GROUP_PATTERN}|{_NAME_PATTERN})"
_PLACED_AFTER: Final = re.compile(
    # a comma and a new subject ("in depressed patients, the trial was run in Boston") starts
    # another clause: its place is where the work was done, not the patients'
    rf"\b{_STUDIED_BEFORE_PLACE}(?:,(?!\s+(?:the|a|an|this|its|their|our)\s))?\s+"
    rf"(?:(?![\w-]*[.;:!?]|{_WHO_RESEARCHED}\b)[\w'-]+\s+){{0,6}}?"
    r"(?:in|from|across|throughout|at|of)\s+(?:(?:all\s+)?(?:across|throughout|over)\s+)?"
    rf"(?P<places>(?:the\s+)?{_ONE_PLACE}(?:\s*(?:,|and|or|&)\s*(?:the\s+)?{_ONE_PLACE})*)"
    r"(?![\w-])",
    re.IGNORECASE,
)
_EACH_PLACE: Final = re.compile(rf"(?<![\w'-])(?:the\s+)?(?P<p>{_ONE_PLACE})(?![\w-])", re.I)


def _countries_of_place(place: str) -> frozenset[str] | None:
    folded = " ".join(_fold(place).split())
    if folded in AREAS:
        return AREAS[folded]
    if folded in REGION_GROUPS:
        return REGION_GROUPS[folded]
    if folded in NAMES:
        return frozenset({NAMES[folded][0]})
    return None


def studied_places(text: str) -> list[QualifiedGroup]:
    """Every studied group ``text`` places, before the noun ("Danish registries") or after it
    ("five cohorts from across Europe", "patients recruited in Korea and Japan")."""
    return list(_studied_places(text))


@lru_cache(maxsize=4096)
def _studied_places(text: str) -> tuple[QualifiedGroup, ...]:
    found = qualified_groups(text)
    if not found and not _may_name_place(text):
        return ()
    for match in _PLACED_AFTER.finditer(text):
        countries: set[str] = set()
        names = []
        for each in _EACH_PLACE.finditer(match["places"]):
            place = each["p"]
            folded = " ".join(_fold(place).split())
            if not place[0].isupper() or (folded in _SHOUTED_ONLY and not place.isupper()):
                continue
            if _ETHNIC_AMERICAN.match(match["places"], each.end("p")):
                continue
            of_place = _countries_of_place(place)
            if of_place:
                countries |= of_place
                names.append(place)
        if countries:
            found.append(
                QualifiedGroup(
                    " and ".join(names), frozenset(countries), _singular(match["noun"]),
                    match.group(),
                )
            )  # fmt: skip
    return tuple(found)


# First words of every place, area and group name: a text with none of them capitalised names
# no place, and the long alternations need not run over it.
_PLACE_FIRST_WORDS: Final = frozenset(
    _fold(name.removeprefix("the ").split()[0].split("-")[0]).rstrip(".,")
    for name in (*NAMES, *REGION_GROUPS, *AREAS)
)


def _may_name_place(text: str) -> bool:
    return any(_fold(w).rstrip(".,") in _PLACE_FIRST_WORDS for w in _CAPITALISED.findall(text))


def included_studies(noun: str) -> bool:
    """Whether a studied-group noun names the trials or studies a review pooled."""
    return noun in {"trial", "study"}
