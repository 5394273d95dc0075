"""Country names as English-language articles write them, where ISO 3166 names differ.

pycountry resolves ISO names, official names ("Republic of Kazakhstan", "Kyrgyz Republic") and
its common names; this table adds the everyday English names it does not know.
Keys are lower-case; values are ISO 3166-1 alpha-3 codes.
"""

COUNTRY_ALIASES: dict[str, str] = {
    "turkey": "TUR",
    "russia": "RUS",
    "ivory coast": "CIV",
    "cape verde": "CPV",
    "east timor": "TLS",
    "swaziland": "SWZ",
    "macedonia": "MKD",
    "brunei": "BRN",
    "palestine": "PSE",
    "vatican": "VAT",
    "vatican city": "VAT",
    "holy see": "VAT",
    "micronesia": "FSM",
    "burma": "MMR",
    "democratic republic of the congo": "COD",
    "dr congo": "COD",
    "gambia": "GMB",
    "the gambia": "GMB",
    "the bahamas": "BHS",
    "the netherlands": "NLD",
    "the philippines": "PHL",
    "the united states": "USA",
    "u.s.": "USA",
    "the u.s.": "USA",
    "us": "USA",
    "usa": "USA",
    "u.s.a.": "USA",
    "united states of america": "USA",
    "uk": "GBR",
    "u.k.": "GBR",
    "britain": "GBR",
    "great britain": "GBR",
    "uae": "ARE",
    "prc": "CHN",
    "dprk": "PRK",
    "rok": "KOR",
    "south korea": "KOR",
    "north korea": "PRK",
    "the united kingdom": "GBR",
    "the united arab emirates": "ARE",
    "the czech republic": "CZE",
}

# Words around a name that do not change which country it is.
LEADING_ARTICLES: tuple[str, ...] = ("the ",)

# Characters that separate the two countries of a title: dashes first, then the hyphen,
# which is tried last because it also occurs inside names (Guinea-Bissau, Timor-Leste).
TITLE_SEPARATORS: tuple[str, ...] = ("–", "—", "‒", "-")
TITLE_SUFFIX = " relations"

# Adjectives and names of peoples that countryinfo (which gives one demonym per country, some
# dated: "Kirghiz", "Tadzhik") does not list. Keys are ISO 3166-1 alpha-3 codes.
DEMONYM_EXTRAS: dict[str, tuple[str, ...]] = {
    "KAZ": ("Kazakh", "Kazakhstani"),
    "UZB": ("Uzbek", "Uzbekistani"),
    "KGZ": ("Kyrgyz", "Kirghiz", "Kyrgyzstani"),
    "TJK": ("Tajik", "Tajikistani"),
    "TKM": ("Turkmen", "Turkmenistani"),
    "AZE": ("Azerbaijani", "Azeri"),
    "GEO": ("Georgian",),
    "ARM": ("Armenian",),
    "RUS": ("Russian",),
    "BLR": ("Belarusian", "Belarussian"),
    "UKR": ("Ukrainian",),
    "MDA": ("Moldovan",),
    "AFG": ("Afghan",),
    "PAK": ("Pakistani",),
    "IRN": ("Iranian", "Persian"),
    "TUR": ("Turkish",),
    "CHN": ("Chinese",),
    "MNG": ("Mongolian",),
    "USA": ("American",),
    "GBR": ("British",),
    "NLD": ("Dutch",),
    "CHE": ("Swiss",),
    "KOR": ("South Korean", "Korean"),
    "PRK": ("North Korean",),
    "PHL": ("Filipino", "Philippine"),
    # Forms in common use that countryinfo spells otherwise or lacks.
    "ARG": ("Argentine", "Argentinian"),
    "NPL": ("Nepali",),
    "ECU": ("Ecuadorian",),
    "SAU": ("Saudi",),
    "LAO": ("Lao",),
    "PSE": ("Palestinian",),
    "DJI": ("Djiboutian",),
    "PNG": ("Papua New Guinean",),
    "BIH": ("Bosnian",),
}
# Words of a heading or clause that are not part of a country name that precedes them.
POSSESSIVE_SUFFIXES: tuple[str, ...] = ("'s", "’s")
