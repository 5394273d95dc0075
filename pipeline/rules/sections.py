"""Heading synonyms: which theme a section is about, and which sections are apparatus.

A heading belongs to the theme of its first word that starts with a theme's keyword
("Historical relations" → history, "State border" → border, "Society and culture" → culture);
a section takes the theme of its most specific themed heading.
"""

CATEGORIES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("history", ("history", "historical", "ancient", "medieval", "soviet")),
    ("border", ("border", "boundary", "boundaries", "frontier", "territorial")),
    ("military", ("military", "defence", "defense", "security", "armed")),
    ("economy", ("economic", "economy", "trade", "investment", "energy", "transport")),
    ("culture", ("cultural", "culture", "society", "education", "sport", "diaspora")),
    ("diplomacy", ("diplomatic", "ambassador", "embass", "mission", "consul")),
    ("politics", ("political", "politics", "visit", "relations", "contacts", "tension")),
)
# The lead, before any heading, and headings that match no theme.
LEAD_CATEGORY = "overview"
OTHER_CATEGORY = "other"
# Every value the timeline's category takes, in this order.
CATEGORY_VALUES: tuple[str, ...] = (
    *(name for name, _ in CATEGORIES),
    LEAD_CATEGORY,
    OTHER_CATEGORY,
)

# Sections that hold no facts of the article but pointers and sources: nothing under them is
# read, however dated its items ("Smith, J. (12 March 2004). Title.").
APPARATUS_HEADINGS: tuple[str, ...] = (
    "see also", "references", "notes", "notes and references", "footnotes", "citations",
    "sources", "bibliography", "further reading", "external links", "literature",
    "works cited", "general references", "explanatory notes",
)  # fmt: skip

# A tenure told in prose is the ambassadors table's, not the timeline's: "The first Polish
# ambassador in Orsk was Jan Novak, from 1992 to 1995", "Ukraine's ambassador in Valdor
# from 2014 to 2022". A span of years (or "since") within this many characters after one of
# these words is such a tenure.
TENURE_WORDS: tuple[str, ...] = (
    "ambassador", "ambassadors", "envoy", "high commissioner", "chargé d'affaires",
    "chargé d’affaires", "head of mission",
)  # fmt: skip
TENURE_REACH = 80
# How a flattened table row separates its cells ("- Area | 45,339 km2 | 728 km2"): such an
# item is data, not a narrated event.
TABLE_CELL_SEPARATOR = " | "
