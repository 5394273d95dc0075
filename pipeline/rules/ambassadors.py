"""How ambassador lists are headed and how tenures are written."""

# A section whose heading holds this word (any case, any inflection) lists ambassadors.
HEADING_KEYWORD = "ambassador"
# A country right after one of these words in a heading is the receiving country
# ("Ambassadors of X to Y", "... of Y in X"); any other mention is the sending country.
RECEIVING_PREPOSITIONS: tuple[str, ...] = ("to", "in", "at", "accredited to")

# Words of a tenure, lower-case.
CURRENT_WORDS: tuple[str, ...] = (
    "since",
    "from",
    "present",
    "incumbent",
    "now",
    "current",
    "to date",
)
START_ONLY_WORDS: tuple[str, ...] = ("appointed", "nominated", "assumed office")
# Words that join the two ends of a tenure.
RANGE_WORDS: tuple[str, ...] = ("to", "until", "till")
# Years a tenure may name.
YEAR_MIN, YEAR_MAX = 1500, 2100
# The separator of the "1992–1996: Name" form, and how long its tenure part may be.
PREFIX_SEPARATOR = ":"
MAX_PREFIX_LENGTH = 40
