"""How ambassador lists are headed and how their items and tenures are written."""

# A section lists ambassadors when its heading, or a heading above it, holds one of these
# (lower-case, as part of a word: "Ambassadors", "Heads of Mission").
HEADING_KEYWORDS: tuple[str, ...] = (
    "ambassador", "heads of mission", "head of mission", "envoy", "high commissioner",
    "chargés d'affaires", "chiefs of mission", "chief of mission", "ministers plenipotentiary",
)  # fmt: skip
# A country right after one of these words in a heading is the receiving country
# ("Ambassadors of X to Y", "... of Y in X"); any other mention is the sending country
# ("From X", "X's ambassadors").
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
# Two terms of one person: "(1953–1957 and 1959–1962)", "(2001–2004, 2008–2012)".
TERM_SEPARATORS: tuple[str, ...] = (" and ", ", ", " & ")
# What follows a semicolon in a tenure is a remark: "(since 2019; acting until 2020)".
REMARK_SEPARATOR = ";"

# Titles before a name, kept apart from it (any case; a trailing "." optional).
HONORIFICS: tuple[str, ...] = (
    "his excellency", "her excellency", "h.e.", "the honourable", "the honorable", "hon.",
    "rt. hon.", "dr.", "dr", "prof.", "professor", "sir", "dame", "lord", "lady", "mr.",
    "mrs.", "ms.", "shri", "sri", "smt.", "sheikh", "prince", "princess", "baron", "count",
    "gen.", "general", "lt. gen.", "lt.-gen.", "maj. gen.", "maj.-gen.", "brig.", "col.",
    "colonel", "adm.", "admiral", "amb.", "ambassador", "justice", "datuk", "tan sri",
    # ranks of the police and the armed forces, abbreviated ("Pol. Gen.", "Air Chief Marshal")
    "pol.", "pol. gen.", "pol. lt. gen.", "lt.", "lt. col.", "capt.", "maj.", "gen. (ret.)",
    "air chief marshal", "air marshal", "vice admiral", "rear admiral", "brigadier",
    # Thai royal ranks and their abbreviations
    "mom chao", "mom rajawongse", "mom luang", "m.c.", "m.r.", "m.l.", "khunying",
    # French and Spanish titles ("M." before an initial is the initial: "M. K. Narayanan")
    "m.", "mme", "mme.", "mlle", "son excellence", "s.e.", "sr.", "sra.", "don", "doña",
)  # fmt: skip
# Titles that are also a first name's initial: no title when an initial follows.
INITIAL_LIKE_HONORIFICS: tuple[str, ...] = ("m.",)
# A remark right after an honorific belongs to it: "Gen. (retd.) Name".
HONORIFIC_REMARKS: tuple[str, ...] = ("(retd.)", "(retd)", "(ret.)", "(retired)")
# What a holder was, when not a full ambassador: in brackets or after a comma or a dash
# ("Name (acting)", "Name, chargé d'affaires a.i."). Lower-case.
ROLES: tuple[str, ...] = (
    "chargé d'affaires a.i.", "chargé d'affaires ad interim", "chargé d’affaires a.i.",
    "chargé d’affaires ad interim", "chargé d'affaires", "chargé d’affaires",
    "charge d'affaires", "acting ambassador", "acting", "ambassador-designate",
    "ambassador designate", "interim", "non-resident", "non-resident ambassador",
    "ad interim", "a.i.",
)  # fmt: skip
