"""Heading synonyms: which theme a top-level section is about.

A heading belongs to the first theme one of whose keywords starts one of its words
("Historical relations" → history, "State border" → border, "Society and culture" → culture).
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
