"""What the border extractor looks for: its vocabulary and the phrases that carry each fact.

Every published border fact is (subject, attribute, value); the subjects and attributes below
are the whole vocabulary, and each is documented in the data dictionary.
"""

# A section whose heading holds one of these words is about the border; elsewhere, a sentence
# holding one of them is a border sentence.
BORDER_WORDS: tuple[str, ...] = ("border", "borders", "boundary", "boundaries", "frontier")
# A section headed by one of these tells the history of the line's disputes and settlements
# ("The Skarra conflict", "Settling the remaining disputes", "The 1850 treaty and the
# arbitrations"): its treaties, rulings and named places are read, not its numbers (a
# conflict's numbers are troops and distances, not the line's measures).
TERRITORIAL_HEADING_WORDS: tuple[str, ...] = (
    "dispute", "disputes", "disputed", "conflict", "territorial", "arbitration", "arbitrations", "demarcation",
    "delimitation", "boundary treaty", "border treaty",
)  # fmt: skip
# Words that make a sentence about the border too, though they do not head a border section.
BORDER_SENTENCE_WORDS: tuple[str, ...] = (
    "crossing", "crossings", "checkpoint", "checkpoints", "border post", "border posts",
    "port of entry", "ports of entry", "exclave", "exclaves", "enclave", "enclaves",
    "territorial sea", "territorial waters", "exclusive economic zone", "exclusive economic zones",
    "continental shelf", "maritime boundary", "contiguous zone", "sovereignty over",
)  # fmt: skip
# Dashes that join the parts of one name ("Norland–Sudria barrier", "Alta–Borvik").
NAME_DASHES: tuple[str, ...] = ("–", "—", "-")
# "Two large areas are disputed": a count of disputed areas, the noun and the state apart.
DISPUTED_COUNT = (
    r"(?<![\w-])(?P<n>{NUMBER})\s+(?:[a-z]+\s+){{0,2}}?(?:areas|places|sectors|points|sections|"
    r"territories|villages|islands)\s+(?:are|were|remain|remained)\s+(?:still\s+)?"
    r"(?:disputed|contested|in\s+dispute)\b"
)
# Words by which a sentence says a place is in dispute.
DISPUTED_WORDS: tuple[str, ...] = ("disputed", "contested", "in dispute")
# A paragraph opening with one of these, after a paragraph about the border, is about it too:
# "The line was corrected once more by the agreement of 15 February 1951".
LINE_ANAPHORA: tuple[str, ...] = ("the line ", "this line ", "the new line ", "that line ")
# Words that make a sentence (or the sentence after it, when that starts with a pronoun) speak
# of a barrier rather than of the border line.
BARRIER_WORDS: tuple[str, ...] = ("barrier", "fence", "wall")
PRONOUNS: tuple[str, ...] = ("it", "its", "this", "they", "the structure")

SUBJECTS: dict[str, str] = {
    "border": "the border line itself",
    "barrier": "a fence or barrier built along the border",
    "disputed_area": "a place whose border line is or was disputed",
    "enclave": "an enclave or exclave",
    "crossing": "a border crossing or checkpoint",
    "treaty": "a border treaty or agreement",
    "commission": "an intergovernmental border commission",
    "logistics_complex": "a trade or logistics complex at the border",
    "zone": "a zone or area at the border",
    "exclave": "an exclave (a territory surrounded by the other country), or its municipality",
    "island": "an island on or across the border",
    "ruling": "a court ruling or arbitral award about the border",
    "maritime_boundary": "the limits at sea: territorial sea, exclusive economic zone",
}

ATTRIBUTES: dict[str, str] = {
    "length": "length (km, m)",
    "height": "height (m)",
    "area": "area (km2, ha); '_<people>_side' when the text gives one country's side",
    "length_delimited": "length of the delimited line",
    "length_demarcated": "length of the demarcated line",
    "agreed_length": "length agreed so far",
    "newly_agreed_length": "length agreed in one round of talks",
    "undelimited_length": "length still not agreed",
    "disputed_length": "length in dispute",
    "share_delimited": "share of the line delimited or determined (percent)",
    "share_demarcated": "share of the line demarcated (percent)",
    "share_agreed": "share of the line agreed (percent)",
    "share_disputed": "share of the line in dispute (percent)",
    "share": "a share of the line, of unstated status (percent)",
    "border_signs": "number of border signs or markers",
    "sections": "number of sections",
    "checkpoints": "number of checkpoints or crossings",
    "disputed_areas": "number of disputed areas",
    "meetings": "number of meetings held",
    "name": "the name of the subject",
    "district": "an administrative district the subject lies in",
    "feature": "a physical feature (barbed wire fence, searchlights)",
    "purpose": "what the subject was built for",
    "established": "the subject was set up or began work (date)",
    "follows": "what the line follows: a river, a parallel, a watershed (a name)",
    "closed": "the subject (a crossing, or the border) was closed (date)",
    "reopened": "the subject was reopened (date)",
    "decided": "a ruling or award was handed down (date); value names it",
    "territorial_sea": "breadth of the territorial sea (nmi)",
    "contiguous_zone": "breadth of the contiguous zone (nmi)",
    "eez": "breadth of the exclusive economic zone (nmi)",
    "fishing_zone": "breadth of a fishing zone (nmi)",
    "signed": "the treaty was signed (date); value names the treaty",
    "ratified": "the treaty was ratified (date); value names it and, in brackets, the ratifier",
    "in_force": "the treaty entered into force (date)",
}

# Keywords (word stems) of the text around a length or a share, within its clause, in
# priority order: the first that occurs decides the attribute. "-long" and "-high" right after
# the number win over all.
LENGTH_KEYWORDS: tuple[tuple[str, str], ...] = (
    ("further", "newly_agreed_length"),
    ("agreed", "agreed_length"),
    ("demarcat", "length_demarcated"),
    ("delimit", "length_delimited"),
    ("remain", "undelimited_length"),
    ("under discussion", "undelimited_length"),
    ("disput", "disputed_length"),
    ("diverg", "disputed_length"),
)
# Attributes that are events: told with another date, they are another fact.
EVENT_ATTRIBUTES: tuple[str, ...] = (
    "signed", "ratified", "in_force", "closed", "reopened", "established", "decided",
)  # fmt: skip
# Maritime limits: keywords near a breadth in nautical miles, in priority order.
MARITIME_KEYWORDS: tuple[tuple[str, str], ...] = (
    ("contiguous zone", "contiguous_zone"),
    ("fishing zone", "fishing_zone"),
    ("fishery zone", "fishing_zone"),
    ("fisheries zone", "fishing_zone"),
    ("exclusive economic zone", "eez"),
    ("economic zone", "eez"),
    ("eez", "eez"),
    ("territorial sea", "territorial_sea"),
    ("territorial waters", "territorial_sea"),
)
MARITIME_UNITS: tuple[str, ...] = ("nmi",)
# "the sea is nowhere 400 nautical miles wide": a width of the sea, no limit.
MARITIME_NOT_LIMITS: tuple[str, ...] = ("wide", "apart", "across", "long")
# A share is of the line only when its clause names the line: "96% of the border", not "half
# of its territory" or "25 percent tariffs".
SHARE_OBJECTS: tuple[str, ...] = ("border", "boundary", "line", "frontier", "borders")
SHARE_KEYWORDS: tuple[tuple[str, str], ...] = (
    ("disput", "share_disputed"),
    ("undrawn", "share_disputed"),
    ("demarcat", "share_demarcated"),
    ("delimit", "share_delimited"),
    ("determined", "share_delimited"),
    ("defined", "share_delimited"),
    ("agreed", "share_agreed"),
    ("resolved", "share_agreed"),
)
# "The border was fully demarcated in 2017": the whole line, i.e. a share of 100 percent,
# unless a negation stands just before ("has not yet been fully demarcated").
WHOLE_WORDS: tuple[str, ...] = ("fully", "completely", "entirely", "wholly")
WHOLE_STATES: tuple[str, ...] = ("demarcated", "delimited", "agreed", "determined", "defined")
NEGATIONS: tuple[str, ...] = ("not", "never", "yet", "nor", "no longer")
# Words glued or next to a measure: "45 km-long", "a 2,5m-high fence".
DIMENSION_WORDS: dict[str, str] = {"long": "length", "high": "height", "tall": "height"}
# A measure across the line, not along it: "a pastoral zone 20 km deep on each side", "a strip
# 10 km wide". No fact of the line.
ACROSS_WORDS: tuple[str, ...] = ("deep", "wide", "broad", "across", "inland")

# Nouns right after a count: (subject, attribute).
COUNT_NOUNS: dict[str, tuple[str, str]] = {
    "border signs": ("border", "border_signs"),
    "border markers": ("border", "border_signs"),
    "boundary markers": ("border", "border_signs"),
    "boundary pillars": ("border", "border_signs"),
    "border pillars": ("border", "border_signs"),
    "boundary stones": ("border", "border_signs"),
    "border stones": ("border", "border_signs"),
    "boundary monuments": ("border", "border_signs"),
    "cairns": ("border", "border_signs"),
    "border cairns": ("border", "border_signs"),
    "pillars": ("border", "border_signs"),
    "markers": ("border", "border_signs"),
    "crossings": ("border", "checkpoints"),
    "border crossings": ("border", "checkpoints"),
    "transit points": ("border", "checkpoints"),
    "border transit points": ("border", "checkpoints"),
    "border points": ("border", "checkpoints"),
    "ports of entry": ("border", "checkpoints"),
    "sections": ("border", "sections"),
    "checkpoints": ("border", "checkpoints"),
    "crossing points": ("border", "checkpoints"),
    "disputed areas": ("border", "disputed_areas"),
    "disputed sections": ("border", "disputed_areas"),
    "meetings": ("commission", "meetings"),
}

# Head nouns of an area's subject, searched in its sentence: "a ... logistics complex".
AREA_SUBJECTS: tuple[tuple[str, str], ...] = (
    ("logistics complex", "logistics_complex"),
    ("trade complex", "logistics_complex"),
    ("enclave", "enclave"),
    ("exclave", "exclave"),
    ("zone", "zone"),
    ("disputed", "disputed_area"),
)
SIDE_SUFFIX = "_{people}_side"  # "4 km² on the Kyrgyz side" → area_kyrgyz_side

# Named facts: (subject, attribute, pattern). {NAMES} is a list of capitalised names joined
# by commas and "and"; {NAME} is one name. Patterns are matched case-sensitively. A subject in
# braces depends on the paragraph: {context} is disputed_area, barrier or border; {disputed}
# counts only where the paragraph speaks of a dispute; {island} is a disputed_area there and
# an island elsewhere; {barrier} counts only in a barrier's context.
NAMED_FACTS: tuple[tuple[str, str, str], ...] = (
    (
        "disputed_area",
        "name",
        r"disputed (?:areas|territories|sections|villages|sites)\s*\((?P<names>[^()]+)\)",
    ),
    (
        "disputed_area",
        "name",
        r"disputed,?\s+(?:notably|particularly|especially|mainly|including)\s+(?P<names>{NAMES})",
    ),
    (
        "disputed_area",
        "name",
        r"\b(?:claims?|claimed|disputes|contests|contested)\s+(?P<names>{NAMES})",
    ),
    (
        "disputed_area",
        "name",
        r"\b(?:leaving|left|leaves)\s+(?P<names>{NAMES})\s+(?:unresolved|undecided|disputed|in dispute|contested)",
    ),
    (
        "disputed_area",
        "name",
        r"(?P<names>{NAME}),\s+an?\s+(?:[a-z-]+\s+){0,2}(?:tract|area|territory|region|strip|triangle|village|enclave|piece of land)\b[^.;]{0,80}?\b(?:claimed|disputed|contested)\b",
    ),
    ("{disputed}", "name", r"\bknown\s+as\s+(?P<names>{NAME})"),
    # in a paragraph about a dispute: "Norland holds Velan", "Japan administers the
    # Senkaku Islands", "Morocco controls most of Western Sahara"
    (
        "{disputed}",
        "name",
        r"\b(?:holds|held|administers|administered|controls|controlled|occupies|occupied)\s+(?:most\s+of\s+|part\s+of\s+)?(?P<names>{NAME})",
    ),
    (
        "disputed_area",
        "name",
        r"\b(?:disputed|contested)\s+(?:[a-z]+\s+)?(?:islets?|islands?|village|oasis|town|area|region|territory|strip|enclave|post|hill|temple|district|province)\s+of\s+(?P<names>{NAMES})",
    ),
    (
        "disputed_area",
        "name",
        r"\bdisputed\s+(?:areas|places|sites|territories|villages|points|zones|temples),?\s+(?:namely\s+|including\s+|such\s+as\s+|among\s+them\s+)?(?P<names>{NAMES})",
    ),
    (
        "disputed_area",
        "name",
        r"(?P<names>{NAME}),?\s+(?:which|that)\s+(?:both\s+(?:sides|countries|states|governments)|each\s+side)\s+(?:still\s+)?(?:claim|claimed|dispute|disputed|contest|contested)\b",
    ),
    (
        "disputed_area",
        "name",
        r"(?P<names>{NAME})(?:\s+[a-z]+){0,2}\s+(?:remains?|is|are|was|were|stays?)\s+(?:still\s+|also\s+)?(?:disputed|contested|in\s+dispute|unresolved)\b",
    ),
    (
        "{island}",
        "name",
        r"(?P<names>(?:{WORD}\s+){1,3}(?:Island|Islands|Isle|Islet|Islets|Rocks|Reef|Cay|Atoll)\b(?:\s+\([^()]{1,80}\))?)",
    ),
    ("enclave", "name", r"(?P<names>{NAME})\s+(?:enclave|exclave)\b"),
    (
        "exclave",
        "name",
        r"(?P<names>{NAME})\s+consists\s+of\s+[^.;]{0,40}?\b(?:exclaves|enclaves)\b",
    ),
    ("exclave", "name", r"\b(?:exclaves|enclaves)\s+(?:belonging\s+to|of)\s+(?P<names>{NAME})"),
    (
        "crossing",
        "name",
        r"(?:(?i:c)rossing|checkpoint|border post|crossing point)s?\s+(?:is|are)\s+(?P<names>{NAMES})",
    ),
    (
        "crossing",
        "name",
        r"(?:(?i:c)rossing|checkpoint|border post|crossing point|port of entry|check post|bridge)s?\s+(?:such\s+as|including|include|includes|at)\s+(?P<names>{NAMES})",
    ),
    ("crossing", "name", r"(?:the\s+)(?P<names>{NAME})\s+(?:crossing|checkpoint|border post)\b"),
    ("crossing", "name", r"\b(?:crossing|checkpoint|crossing point)\s+of\s+(?P<names>{NAME})"),
    # "The Friendship International Bridge links Alta with Borvik"
    (
        "crossing",
        "name",
        r"(?P<names>{NAME}\s+(?:International\s+)?(?:Bridge|Tunnel|Crossing))\s+(?:links|connects|joins|crosses|spans|between)\b",
    ),
    (
        "crossing",
        "name",
        r"(?P<names>{NAME}\s+(?:Port of Entry|Border Crossing|Checkpoint|Border Post))\b",
    ),
    (
        "border",
        "follows",
        r"\b(?:follows?|following|(?:runs?|running|stretch(?:es)?|stretching|extends?|extending)(?:\s+for\s+[^,.;()]{1,40}?)?\s+along|formed\s+by|traced\s+along)\s+(?:the\s+(?:course\s+of\s+the\s+|middle\s+of\s+the\s+|thalweg\s+of\s+the\s+)?)?(?P<names>{NAME}|\d{1,2}(?:st|nd|rd|th)\s+(?:parallel|meridian)(?:\s+(?:north|south|east|west))?)",
    ),
    (
        "border",
        "follows",
        r"\b(?:accepted|recognised|recognized|made|fixed)\s+the\s+(?P<names>{NAME})\s+(?:river|stream)\s+as\s+(?:the|its|their)\s+(?:[a-z]+\s+){0,2}(?:boundary|border|frontier)",
    ),
    (
        "{barrier}",
        "name",
        r"\b(?:built|erected|put\s+up|constructed|raised|(?:began|started|begun)\s+(?:building|constructing|erecting|work\s+on|construction\s+of))\s+the\s+(?P<names>{NAME})",
    ),
    (
        "{context}",
        "district",
        r"\b(?:administers?|administered|claims?|claimed|governs?|governed)\s+(?:them|it|the\s+\w+)\s+as\s+(?:a\s+)?part\s+of\s+(?P<names>{NAME})",
    ),
    ("{island}", "name", r"\b(?:islets|islands|isles)(?:\s+of)?,?\s+(?P<names>{NAMES})"),
    (
        "{island}",
        "name",
        r"\b(?:islets|islands|isles)\b[^.;]{0,100}?,?\s+(?:among\s+them|including|notably|such\s+as)\s+(?P<names>{NAMES})",
    ),
    ("zone", "name", r"(?P<names>(?:{WORD}\s+){1,3}Zone)\b"),
    (
        "{context}",
        "district",
        r"(?P<names>{NAMES})\s+(?:administrative\s+)?(?:districts?|provinces?|governorates?|oblasts?|regions?|counties|county|municipality|municipalities)\b",
    ),
)

# Lists of crossings, each name perhaps with where it lies: "Other important crossings are
# the Korvat Pass in the Vell, the Lindel Pass south of Avra, and Puerto Sal".
# After a sentence that named or counted crossings, "The busiest is X" and "The others are A,
# B" name more. (Case-insensitive openers; the list follows.)
CROSSING_LIST_OPENERS = (
    r"\b(?:crossings?|checkpoints?|crossing\s+points?|border\s+posts?|ports\s+of\s+entry)"
    r"\s+(?:are|include|includes|including|such\s+as)\s+"
)
CROSSING_MORE_OPENERS = (
    r"^(?:the\s+)?(?:others?|other\s+ones|further\s+ones|(?:busiest|main|largest|principal|"
    r"oldest|newest|most\s+important|second|third)(?:\s+(?:ones?|crossings?))?)"
    r"(?:\s+(?:for|by|on|in)\s+[a-z]+)?\s+(?:is|are|include|includes)\s+"
    # "Smaller posts stand at Alb and Al-Buq"
    r"|^(?:smaller|minor|secondary|other|further)\s+(?:posts|crossings|checkpoints|ones)\s+"
    r"(?:are|stand|lie|operate|exist)(?:\s+at)?\s+"
)
# What may follow a listed crossing's name: where it lies, or what it carries ("the Pehuenche
# Pass south of Avra", "Alta–Borvik, which carries the railway"); after any other word the
# name is no crossing's ("the river bridges at Eskby").
LIST_NAME_FOLLOWERS: tuple[str, ...] = (
    "in", "at", "on", "near", "between", "south", "north", "east", "west", "of", "from", "to",
    "by", "which", "where", "that", "used", "carrying", "linking", "connecting", "across",
    "crossing", "checkpoint", "border", "pass", "bridge", "opened", "reopened", "closed",
)  # fmt: skip
# A sentence naming more of what the sentence before named: "Others include A, B and C".
MORE_OF_THE_SAME = (
    r"(?:Others|Other ones|Further ones)\s+(?:include|are|are at)\s+(?P<names>{NAMES})"
)
# Names of the line's features that are not places: "the Meuse" is, "the line" is not.
NOT_PLACE_NAMES: tuple[str, ...] = (
    "The", "It", "This", "Its", "They", "Both", "In", "On", "Two", "Three", "Four", "Five",
    "Six", "Several", "Many", "Some", "Most", "All", "Each", "Other", "Others",
)  # fmt: skip
# Lists of names go on over these, besides commas and "and": "Eskby, together with ...".
NAME_JOINERS: tuple[str, ...] = ("together with", "as well as", "along with")
# Generic nouns after a place's name, not part of it: "the Tarn pass".
NAME_TAIL_NOUNS: tuple[str, ...] = (
    "pass", "river", "valley", "village", "area", "hill", "hills", "island", "islands",
    "region", "crossing", "mountains", "lake", "district",
)  # fmt: skip
# Words that make a bracket after a name a note about it, not another name for it.
NOTE_WORDS: tuple[str, ...] = (
    "on", "in", "at", "near", "side", "from", "by", "for", "used", "which", "now", "formerly",
    "also", "called", "known", "see",
)  # fmt: skip
# Small words inside a place's name: "Bridge of the Americas", "Presqu'île de l'Ilal".
NAME_PARTICLES: tuple[str, ...] = ("of the", "of", "de", "de la", "del", "la", "du", "des")

# Phrases of a barrier's description (only in a barrier's context).
# {TEXT} is a run of words, {END} the end of a clause; a comma or point between digits
# ("2,5m") ends neither.
BARRIER_FACTS: tuple[tuple[str, str], ...] = (
    ("feature", r"\bconsists of\s+(?:an?\s+)?(?P<value>{TEXT}?)(?=\s+(?:that|which|with)\b|{END})"),
    ("feature", r"\b(?:includes|including|equipped with|fitted with)\s+(?P<value>{TEXT}?)(?={END})"),
    # the purpose may list what it stops: "to stop militants, weapons and qat from crossing"
    ("purpose", r"\b(?:built|erected|constructed|designed|intended)\s+to\s+(?P<value>{TEXT}(?:(?:,\s+[\w-]+(?:\s+[\w-]+){0,2}(?=,|\s+(?:and|or)\s))+,?\s+(?:and|or)\s+{TEXT})?)(?={END})"),
    ("feature", r"\b(?:an?|the)\s+(?P<value>(?:electrified|electric|barbed[- ]wire|concrete|steel|double|triple|wire)\s+(?:fence|wall|barrier))\b"),
)  # fmt: skip
# What the line follows when it is a feature of the land or a line of the globe, not a named
# river: "the Alpine watershed" (kept whole: an adjective is no name), "the watershed of the
# Tarn range" (the name), "the meridian 68°34′ W" (as written).
FOLLOW_VERBS = (
    r"(?:follows?|following|(?:runs?|running|stretch(?:es)?|extends?)(?:\s+\w+)?\s+along)"
)
FOLLOWED_FEATURES: tuple[str, ...] = (
    "watershed", "drainage divide", "continental divide", "water divide", "divide", "crest",
    "ridge", "ridgeline", "crest line", "median line", "thalweg",
)  # fmt: skip
GLOBE_LINES = r"(?:meridian|parallel|longitude|latitude)\s+\d{1,3}°(?:\s*\d{1,2}[′'])?(?:\s*\d{1,2}[″\"])?\s*[NSEW]\b"
# "Ojos del Salado (6,893 m)": metres in brackets after a name are the place's elevation, not
# a length. A fact of the border only when the sentence makes the place a point of the line.
ELEVATION_UNITS: tuple[str, ...] = ("m",)
ELEVATION_CUES: tuple[str, ...] = (
    "highest point", "lowest point", "highest peak", "summit of the border", "point on the border",
)  # fmt: skip
CROSSING_WORDS: tuple[str, ...] = ("crossing", "crossings", "checkpoint", "checkpoints")
# A list under a heading holding one of these names one crossing per item.
CROSSING_HEADING_WORDS: tuple[str, ...] = (
    "crossing", "crossings", "checkpoints", "border posts", "ports of entry", "crossing points",
)  # fmt: skip
# What a zone or a commission was set up for: "The zone was set up to protect ...", "The
# commission was established to demarcate the line". (subject, noun naming it as the subject
# of the clause); the purpose is the clause after "to".
PURPOSE_SUBJECTS: tuple[tuple[str, str], ...] = (
    ("zone", r"(?:zone|Zone)"),
    ("commission", r"(?:commission|Commission|committee|Committee)"),
)
PURPOSE_FACT = (
    r"\b(?:[Tt]he|[Tt]his|[Ii]ts)\s+(?:[\w-]+\s+){0,4}?{NOUN}\s+(?:was|is|were|are|had\s+been|has\s+been)\s+"
    r"(?:set\s+up|created|established|formed|designed|intended|meant|tasked|charged)\s+(?:with\s+)?"
    r"to\s+(?P<value>{TEXT}?)(?={END})"
)  # fmt: skip
# A quantity followed by one of these is a distance between places, not a measure of the line:
# "the island lies about 50 km from Orsk".
DISTANCE_WORDS: tuple[str, ...] = (
    "from", "off", "away", "apart", "offshore", "south of", "north of", "east of", "west of",
    "inland", "behind", "beyond", "into", "inside",
)  # fmt: skip
# A country's name before one of these is part of a feature's name, not the country: "the
# Norland River", "the Niger Delta", "the Panama Canal".
FEATURE_NOUNS: tuple[str, ...] = (
    "River", "Lake", "Sea", "Gulf", "Bay", "Mountains", "Range", "Valley", "Delta", "Basin",
    "Strait", "Channel", "Desert", "Plateau", "Canal", "Falls", "Highlands",
)  # fmt: skip
# A sentence that says the two countries share no border tells no fact of one: "The two
# countries are 9,000 km apart and share no border", "do not share a land border".
NO_BORDER = (
    r"\b(?:(?:share|have|has)\s+no\s+(?:common\s+|land\s+|shared\s+)?(?:border|boundary|frontier)"
    r"|(?:do|does|did)\s+not\s+(?:share|have)\s+an?\s+(?:common\s+|land\s+)?(?:border|boundary|frontier)"
    r"|(?:no|without\s+a)\s+(?:common|shared|land)\s+(?:border|boundary|frontier)"
    r"|(?:do|does|did)\s+not\s+border)\b"
)
# A barrier is put up on a date: "In 1915 the occupiers put up the Wire of Death".
BARRIER_BUILT = (
    r"\b(?:built|erected|put\s+up|constructed|raised|(?:began|started|begun)\s+(?:building|"
    r"constructing|erecting|work\s+on|construction\s+of))\b"
)
CLAUSE_TEXT = r"(?:[^,.;]|(?<=\d)[,.](?=\d))+"
CLAUSE_END = r"(?:[,.;](?!\d)|$)"

# Border commissions: "commissions on delimitation and demarcation (have worked) since 1996".
COMMISSION_PATTERN = r"\b[Cc]ommissions?\s+on\s+(?P<topic>[a-z]+(?:\s+and\s+[a-z]+)?)"
# Commissions by name: "the International Boundary and Rivers Commission", "an interstate
# commission for the identification and marking of the border", "a Joint Boundary Committee".
COMMISSION_NOUNS: tuple[str, ...] = ("commission", "committee", "working group", "joint group")
# Words that make a commission named only by its kind one about the border: "joint
# committees", "a mixed boundary commission".
COMMISSION_KINDS: tuple[str, ...] = (
    "joint", "bilateral", "boundary", "border", "technical", "mixed", "demarcation",
    "delimitation", "intergovernmental", "interstate", "binational",
)  # fmt: skip
# What is said of a commission when it begins: its fact is then "established".
COMMISSION_VERBS: tuple[str, ...] = (
    "established", "set up", "created", "formed", "founded", "launched", "began work",
    "have worked", "has worked", "convened", "constituted",
)  # fmt: skip

# Rulings and awards about the border: nouns, and capitalised words before them name them.
RULING_NOUNS: tuple[str, ...] = ("arbitral award", "award", "ruling", "judgment", "judgement",
                                 "verdict", "arbitration")  # fmt: skip
RULING_VERBS: tuple[str, ...] = ("handed down", "delivered", "issued", "ruled", "awarded",
                                 "decided", "gave", "rendered")  # fmt: skip
# "signed the award in the Sierra of the North Boundary Case", "the award of the Skarra
# Channel Arbitration, made public on 2 May 1960": the ruling named after its noun, by a name
# ending in one of these.
RULING_NAME_ENDS: tuple[str, ...] = ("Case", "Arbitration", "Award", "Tribunal", "Dispute")
# "the Sierra de Vell arbitration, held in Avra, awarded most of the plateau to
# Norland in March 1880": the ruling as the subject of what it decided.
RULING_SUBJECT_NOUNS: tuple[str, ...] = ("arbitration", "tribunal", "arbitral tribunal")
RULING_OBJECT_VERBS: tuple[str, ...] = ("awarded", "gave", "assigned", "allotted", "ruled",
                                        "decided", "granted")  # fmt: skip
# "the Royal arbitral award was signed by the Queen Regent on 16 March 1880", "the Federal
# award delivered by the Federal Council": the award named before a verb of its delivery.
RULING_PASSIVE_VERBS: tuple[str, ...] = (
    "signed", "delivered", "handed down", "issued", "made public", "published", "announced",
    "rendered", "pronounced",
)  # fmt: skip
# "For long stretches the line follows rivers: the Vessa between …, the Lund …": a list.
FOLLOWED_LIST = r"\b(?:follows?|following)\s+(?:[a-z]+\s+)?(?:rivers|watercourses|streams)\s*:\s*"

# Closing and reopening: a crossing named in the sentence, else the border itself.
CLOSING_VERBS: dict[str, str] = {
    "closed": "closed", "shut": "closed", "sealed": "closed", "barred": "closed",
    "suspended": "closed", "reopened": "reopened", "re-opened": "reopened", "stopped": "closed",
    "halted": "closed", "blocked": "closed",
}  # fmt: skip
# Verbs that close something only when the clause names the crossing or the border: "stopped
# travellers entering at Al-Sarim", not "stopped the fighting".
NAMED_ONLY_CLOSING_VERBS: tuple[str, ...] = ("stopped", "halted", "blocked")

# Things that close and reopen that are not the border: "the rebuilt embassy reopened".
OTHER_CLOSING_SUBJECTS: tuple[str, ...] = (
    "embassy", "embassies", "consulate", "consulates", "mission", "market", "markets",
    "airport", "airports", "school", "schools", "factory", "factories", "mine", "mines",
    "office", "offices", "bank", "banks", "port", "parliament", "session", "talks", "museum",
    "temple", "casino", "casinos", "shop", "shops", "hotel", "hotels",
)  # fmt: skip
# Treaties: nouns, the modifiers kept in the treaty's name, and what each verb records.
TREATY_NOUNS: tuple[str, ...] = (
    "treaties", "treaty", "agreements", "agreement", "protocols", "protocol", "conventions",
    "convention", "accord", "accords", "purchase", "memoranda of understanding",
    "memorandum of understanding", "memorandum", "memoranda", "exchange of notes",
)  # fmt: skip
# A treaty named by capitalised words ("the Treaty of Arvel", "the Norland–Sudria
# Boundary Treaty") may have these small words inside its name.
TREATY_NAME_PARTICLES: tuple[str, ...] = (
    "of", "on", "the", "and", "for", "relating to", "concerning", "between", "to",
    "across", "that", "with", "regarding", "respecting", "de", "del", "la", "along",
)  # fmt: skip
# Words of the topics a treaty's title lists after a comma: "the Treaty on Good
# Neighbourliness, Friendly Relations and Cooperation".
TREATY_TITLE_WORDS: tuple[str, ...] = (
    "friendship", "cooperation", "co-operation", "relations", "assistance", "neighbourliness",
    "neighborliness", "navigation", "commerce", "trade", "peace", "security", "partnership",
    "development", "delimitation", "demarcation", "boundaries", "boundary", "border", "borders",
    "settlement", "alliance", "collaboration", "understanding", "investment", "integration",
)  # fmt: skip
# A lower-case treaty goes on with its topic: "an agreement on the continental shelf".
TREATY_TOPIC_WORDS: tuple[str, ...] = (
    "on", "for", "concerning", "relating to", "regarding", "fixing", "delimiting", "defining",
    "establishing",
)  # fmt: skip
# Where a topic stops: a verb or another clause.
TREATY_TOPIC_STOPS: tuple[str, ...] = (
    "signed", "was", "were", "is", "are", "in", "which", "that", "by", "and", "concluded",
    "ratified", "entered", "came", "had", "has", "with", "at", "between", "from",
)  # fmt: skip
# "the treaty" with nothing more refers to the treaty named last.
ANAPHORIC_TREATIES: tuple[str, ...] = ("treaty", "convention", "agreement", "protocol", "accord")
TREATY_MODIFIERS: tuple[str, ...] = ("border", "state", "boundary", "delimitation", "demarcation")
# "delimited by an agreement" names a delimitation agreement.
PARTICIPLE_MODIFIERS: dict[str, str] = {"delimited": "delimitation", "demarcated": "demarcation"}
TREATY_VERBS: dict[str, str] = {
    "signed": "signed",
    "concluded": "signed",
    "ratified": "ratified",
    "entered into force": "in_force",
    "came into force": "in_force",
    "in force since": "in_force",
    "in force from": "in_force",
    "took effect": "in_force",
}
# A legislature's approval is a ratification: "the Argentine Senate approved it in March 1985"
# (the verb counts only right after one of these words, not "the cabinet approved a draft").
LEGISLATURES: tuple[str, ...] = (
    "senate", "congress", "parliament", "national assembly", "legislature", "duma", "majlis",
    "sejm", "storting", "riksdag", "knesset", "house of representatives", "chamber of deputies",
    "diet", "national council", "supreme council", "verkhovna rada", "grand national assembly",
)  # fmt: skip
LEGISLATURE_VERBS: dict[str, str] = {"approved": "ratified", "endorsed": "ratified"}
# The date of a treaty's event is a point, or its start for "in force since": the qualifiers
# of the timeline a date of each event may have.
TREATY_DATE_QUALIFIERS: dict[str, tuple[str, ...]] = {
    "signed": ("on", "in", "during"),
    "ratified": ("on", "in", "during"),
    "in_force": ("on", "in", "during", "since"),
}
# Capitalised words that begin a sentence or a clause and never a treaty's name.
NOT_NAME_WORDS: tuple[str, ...] = (
    "The", "A", "An", "Both", "This", "That", "These", "Those", "Its", "Their", "His", "Her",
    "Our", "In", "On", "At", "By", "Under", "After", "Before", "Since", "During", "Each",
    "Every", "All", "Two", "Three", "Four", "Its", "It", "They", "When", "While", "Later",
    "Then", "There", "Here", "Such", "Another", "Other", "New", "First", "Second",
)  # fmt: skip
# Words before a lower-case treaty noun that are not part of its name.
TREATY_SKIP_WORDS: tuple[str, ...] = (
    "a", "an", "the", "this", "that", "these", "those", "its", "their", "his", "her", "new",
    "separate", "second", "first", "further", "both", "bilateral", "earlier", "later",
    "previous", "subsequent", "present", "same", "two", "three", "another", "such", "which",
    "whose", "an", "of", "and", "or", "to", "in", "on", "by", "with", "for", "from", "had",
    "has", "have", "was", "were", "is", "are", "signed", "ratified", "concluded", "broad",
)  # fmt: skip
# "an agreement of 15 December 2001", "the Treaty of Arvel, in 1823", "an agreement (1907)":
# a treaty followed so by a date was signed on it.
DATED_TREATY_GAP = r"\s+of\s+|\s*\(\s*|\s*,\s*(?:in\s+|of\s+|on\s+)?"
