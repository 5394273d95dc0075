"""How the prose names diplomatic missions."""

# Words for a mission (any case), longest first where one contains another, and its type.
# Members of the Commonwealth keep high commissions in each other's capitals, not embassies:
# a high commission is their embassy, a deputy high commission their consulate-general.
MISSION_TYPES: dict[str, str] = {
    "deputy high commissions": "consulate_general",
    "deputy high commission": "consulate_general",
    "assistant high commissions": "consulate",
    "assistant high commission": "consulate",
    "high commissions": "embassy",
    "high commission": "embassy",
    "honorary consulates general": "honorary_consulate",
    "honorary consulate general": "honorary_consulate",
    "honorary consulates": "honorary_consulate",
    "honorary consulate": "honorary_consulate",
    "consulates-general": "consulate_general",
    "consulates general": "consulate_general",
    "consulate-general": "consulate_general",
    "consulate general": "consulate_general",
    "general consulates": "consulate_general",
    "general consulate": "consulate_general",
    "consulates": "consulate",
    "consulate": "consulate",
    "embassies": "embassy",
    "embassy": "embassy",
    "trade missions": "other",
    "trade mission": "other",
    "representative offices": "other",
    "representative office": "other",
    "liaison office": "other",
}
MISSION_TYPE_VALUES: tuple[str, ...] = (
    "embassy", "consulate_general", "consulate", "honorary_consulate", "other",
)  # fmt: skip

# A clause holding one of these words before the mission tells of a non-resident mission:
# "Y is accredited to X from its embassy in K".
NON_RESIDENT_CUES: tuple[str, ...] = ("accredited", "non-resident")
# "X is represented in Y through its embassy in Tokyo": non-resident unless the city is Y's
# capital ("Mexico is represented in the United States by its embassy in Washington").
REPRESENTED_CUES: tuple[str, ...] = ("represented", "covered by", "covers", "through its")
# Cities where embassies to a country stand besides (or instead of) the capital countryinfo
# knows: a renamed capital, a seat of government, an older capital embassies stayed in.
DIPLOMATIC_CAPITALS: dict[str, tuple[str, ...]] = {
    "KAZ": ("Astana", "Almaty"), "NLD": ("The Hague", "Amsterdam"), "ISR": ("Tel Aviv",),
    "CIV": ("Abidjan",), "TZA": ("Dar es Salaam",), "BOL": ("La Paz",), "MMR": ("Yangon",),
    "LKA": ("Colombo",), "NGA": ("Abuja", "Lagos"), "BRA": ("Brasília", "Brasilia"),
    "BEN": ("Cotonou",), "MYS": ("Kuala Lumpur",), "CHE": ("Bern", "Berne"),
}  # fmt: skip
# A clause holding one of these before the mission tells of a plan, not a mission.
NOT_YET_CUES: tuple[str, ...] = (
    "plan", "plans", "planned", "planning", "will open", "to open", "would open", "intend",
    "intends", "announced", "proposed", "proposes", "is to be", "are to be",
)  # fmt: skip
# A country named right after one of these words is an object, not the one keeping a
# mission: in "Y is accredited to X from its embassy", the embassy is Y's.
OBJECT_PREPOSITIONS: tuple[str, ...] = (
    "to", "in", "at", "with", "from", "of", "for", "into", "towards", "on", "by", "between",
    "than",
)  # fmt: skip
# Clauses of a sentence, each with its own subject.
CLAUSE_SEPARATOR = ";"

# List items are read as sentences under a heading holding one of these (lower-case).
HEADING_KEYWORDS: tuple[str, ...] = (
    "mission", "embass", "consul", "representation", "high commission",
)  # fmt: skip
# Infobox entries whose key starts so name a mission: "Mission1: Embassy of X, City".
INFOBOX_KEY_PREFIX = "mission"
# A sentence opening with one of these speaks of the subject of the sentence before:
# "Mexico has an embassy in Washington. It also has consulates in ...".
PRONOUN_SUBJECTS: tuple[str, ...] = ("it", "its", "the country", "the latter", "the state")
# A mission to an international organisation is not a mission to the other country:
# "its embassy to the African Union", "a permanent mission to the United Nations in New York".
ORGANISATION_WORDS: tuple[str, ...] = (
    "union", "nations", "organization", "organisation", "council", "nato", "osce", "unesco",
    "league", "community", "bank", "fund", "secretariat", "asean", "ecowas", "commission",
)  # fmt: skip
# Small words inside a city's name: "Port of Spain", "Rio de Janeiro", "Dar es Salaam".
CITY_PARTICLES: tuple[str, ...] = (
    "of", "de", "del", "da", "do", "dos", "das", "di", "du", "des", "la", "le", "el", "al",
    "es", "am", "an", "der", "den", "upon", "on", "sur", "en", "y",
)  # fmt: skip
# Capitalised words that are not cities: months, days, and words of time.
NOT_CITIES: tuple[str, ...] = (
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "monday", "tuesday", "wednesday", "thursday",
    "friday", "saturday", "sunday", "africa", "europe", "asia", "america", "americas",
    "oceania", "antarctica", "latin", "central", "eastern", "western", "northern", "southern",
    "middle", "caribbean", "caucasus", "balkans", "scandinavia",
)  # fmt: skip
# Territories with ISO codes of their own that are cities where missions stand ("consulates-
# general in Valdor, Orsk and Macau"): named as a city, not as a country.
CITY_TERRITORIES: tuple[str, ...] = ("HKG", "MAC", "GIB")
