"""What the border extractor looks for: its vocabulary and the phrases that carry each fact.

Every published border fact is (subject, attribute, value); the subjects and attributes below
are the whole vocabulary, and each is documented in the data dictionary.
"""

# A section whose heading holds one of these words is about the border; elsewhere, a sentence
# holding one of them is a border sentence.
BORDER_WORDS: tuple[str, ...] = ("border", "borders", "boundary", "boundaries", "frontier")
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
)
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
# Words glued or next to a measure: "45 km-long", "a 2,5m-high fence".
DIMENSION_WORDS: dict[str, str] = {"long": "length", "high": "height", "tall": "height"}

# Nouns right after a count: (subject, attribute).
COUNT_NOUNS: dict[str, tuple[str, str]] = {
    "border signs": ("border", "border_signs"),
    "border markers": ("border", "border_signs"),
    "boundary markers": ("border", "border_signs"),
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
    ("zone", "zone"),
)
SIDE_SUFFIX = "_{people}_side"  # "4 km² on the Kyrgyz side" → area_kyrgyz_side

# Named facts: (subject, attribute, pattern). {NAMES} is a list of capitalised names joined
# by commas and "and"; {NAME} is one name. Patterns are matched case-sensitively.
NAMED_FACTS: tuple[tuple[str, str, str], ...] = (
    ("disputed_area", "name", r"disputed (?:areas|territories|sections|villages|sites)\s*\((?P<names>[^()]+)\)"),
    ("disputed_area", "name", r"disputed,?\s+(?:notably|particularly|especially|mainly|including)\s+(?P<names>{NAMES})"),
    ("enclave", "name", r"(?P<names>{NAME})\s+(?:enclave|exclave)\b"),
    ("crossing", "name", r"(?:crossing|checkpoint|border post|crossing point)s?\s+(?:is|are)\s+(?P<names>{NAMES})"),
    ("crossing", "name", r"(?:the\s+)(?P<names>{NAME})\s+(?:crossing|checkpoint|border post)\b"),
    ("{context}", "district", r"(?P<names>{NAMES})\s+(?:administrative\s+)?districts?\b"),
)  # fmt: skip

# Phrases of a barrier's description (only in a barrier's context).
# {TEXT} is a run of words, {END} the end of a clause; a comma or point between digits
# ("2,5m") ends neither.
BARRIER_FACTS: tuple[tuple[str, str], ...] = (
    ("feature", r"\bconsists of\s+(?:an?\s+)?(?P<value>{TEXT}?)(?=\s+(?:that|which|with)\b|{END})"),
    ("feature", r"\b(?:includes|including|equipped with|fitted with)\s+(?P<value>{TEXT}?)(?={END})"),
    ("purpose", r"\b(?:built|erected|constructed|designed|intended)\s+to\s+(?P<value>{TEXT}?)(?={END})"),
)  # fmt: skip
CLAUSE_TEXT = r"(?:[^,.;]|(?<=\d)[,.](?=\d))+"
CLAUSE_END = r"(?:[,.;](?!\d)|$)"

# Border commissions: "commissions on delimitation and demarcation (have worked) since 1996".
COMMISSION_PATTERN = r"\b[Cc]ommissions?\s+on\s+(?P<topic>[a-z]+(?:\s+and\s+[a-z]+)?)"

# Treaties: nouns, the modifiers kept in the treaty's name, and what each verb records.
TREATY_NOUNS: tuple[str, ...] = ("treaties", "treaty", "agreements", "agreement", "protocols",
                                 "protocol", "conventions", "convention")  # fmt: skip
TREATY_MODIFIERS: tuple[str, ...] = ("border", "state", "boundary", "delimitation", "demarcation")
# "delimited by an agreement" names a delimitation agreement.
PARTICIPLE_MODIFIERS: dict[str, str] = {"delimited": "delimitation", "demarcated": "demarcation"}
TREATY_VERBS: dict[str, str] = {
    "signed": "signed",
    "concluded": "signed",
    "ratified": "ratified",
    "entered into force": "in_force",
    "came into force": "in_force",
}
# "an agreement of 15 December 2001": a treaty named by its date was signed on it.
DATED_TREATY = r"\b(?:{nouns})\s+of\s+$"
