"""How wikitext is rendered into the article layout: templates, tags, links and tables.

Template names are matched lower-case, with underscores as spaces and without a
``Template:`` prefix. A template named nowhere here is dropped and counted as unknown, so a
user sees how much of an article's markup was not understood.
"""

# The infobox that becomes the layout's ``Infobox`` block.
INFOBOX_TEMPLATES: tuple[str, ...] = ("infobox bilateral relations", "infobox bilateral relation")
# Its parameters that are layout rather than content: never published.
INFOBOX_HIDDEN_PARAMETERS: tuple[str, ...] = (
    "mapsize", "map_size", "map size", "filetype", "alt", "map_alt", "image_size",
    "imagesize", "map_width", "mapwidth", "width", "name", "party1", "party2", "country1",
    "country2", "1", "2", "3",
)  # fmt: skip
# Parameters whose value is a file, published as its bare file name.
INFOBOX_FILE_PARAMETERS: tuple[str, ...] = ("map", "map2", "image")

# Templates dropped on purpose, with what they render (nothing a reader needs): hatnotes,
# maintenance tags, references and notes, navigation, page settings, flags.
DROPPED_TEMPLATES: frozenset[str] = frozenset(
    {
        # hatnotes
        "main", "main article", "see also", "further", "further information", "about",
        "for", "for2", "redirect", "redirect2", "distinguish", "other uses", "other uses of",
        "hatnote", "broader", "details", "self reference", "see", "also", "seealso",
        # page settings and maintenance
        "short description", "use dmy dates", "use mdy dates", "use british english",
        "use american english", "use indian english", "use australian english",
        "use canadian english", "use oxford spelling", "engvarb", "multiple issues",
        "more citations needed", "refimprove", "citation needed", "cn", "fact",
        "clarify", "when", "by whom", "who", "which", "dead link", "failed verification",
        "update", "update section", "pov", "npov", "original research", "expand section",
        "unreferenced", "unreferenced section", "cleanup", "copy edit", "toc limit",
        "toc right", "clear", "clear left", "clear right", "stub", "pp", "pp-protected",
        "pp-semi-indef", "pp-move-indef", "good article", "featured article",
        "better source needed", "verification needed",
        "page needed", "year needed", "according to whom", "vague", "weasel inline",
        "anchor", "anchors", "void",
        # references and notes
        "reflist", "references", "refbegin", "refend", "notelist", "notelist-ua",
        "efn", "efn-ua", "efn-lr", "refn", "sfn", "sfnp", "sfnm", "harvnb", "harvp",
        "harv", "harvtxt", "r", "rp", "cite web", "cite news", "cite book", "cite journal",
        "cite report", "cite press release", "cite magazine", "cite encyclopedia",
        "cite conference", "cite thesis", "cite speech", "cite interview", "cite tweet",
        "cite av media", "cite document", "cite map", "cite treaty", "cite episode",
        "cite letter", "citation", "webarchive", "isbn", "issn", "doi", "oclc",
        # navigation and sister projects
        "portal", "portal bar", "portal-inline", "commons", "commons category",
        "commons category-inline", "wikiquote", "wikisource", "wiktionary", "authority control",
        "navboxes", "navbox", "col-begin", "col-end", "col-break", "div col", "div col end",
        "columns-list", "coord", "coord missing", "spoken wikipedia", "defaultsort",
        "displaytitle", "lowercase title", "italic title",
        # flags: a reader sees a picture, not a word
        "flagicon", "flagicon image", "flagdeco", "flag icon",
        # other infoboxes and images
        "multiple image", "image frame", "location map", "location map+", "wide image",
        "graph:chart", "gallery", "routemap",
    }
)  # fmt: skip
# Families of templates dropped on purpose, recognised by how their name begins or ends:
# navigation boxes ("Foreign relations of X", "X topics"), infoboxes, sidebars.
DROPPED_PREFIXES: tuple[str, ...] = (
    "foreign relations of", "infobox", "navbox", "sidebar", "portal", "cite ", "use ",
    "pp-", "bilateral relations of", "diplomatic missions of", "campaignbox", "#",
    "defaultsort:", "displaytitle:",
)  # fmt: skip
# A maintenance tag that wraps text ({{clarify|text=…}}, {{dubious|text=…}}) shows the text.
WRAPPED_TEXT_PARAMETER = "text"
DROPPED_SUFFIXES: tuple[str, ...] = (" topics", " navbox", " sidebar", "-stub", " stub")

# Templates rendered by a small generic renderer (see pipeline/wikitext.py for each kind):
#   "first"        the first unnamed parameter (its text as readers see it)
#   "nth:N"        the N-th unnamed parameter (1-based)
#   "last"         the last unnamed parameter
#   "literal:TEXT" fixed text
#   "prefix:TEXT"  TEXT, then the first unnamed parameter
#   "lang"         "Language: text" (the name of the language code of the template's name)
#   "circa"        "c." and the year, if any
#   "date"         a date from year|month|day parameters ({{start date}})
#   "isodate"      a date from one ISO parameter ({{date|2019-03-28}})
#   "as of"        "As of" and a date from year|month|day
#   "convert"      a quantity and its conversion ({{convert|458|km|mi}})
#   "quote"        the quotation, as a paragraph of its own
#   "join"         the unnamed parameters joined by ", " (lists)
#   "frac"         a fraction, "1/2" or "3 1/2"
#   "sort"         the displayed part of a sort key template ({{sort|key|shown}})
#   "ill"          an interlanguage link: the label or the first parameter
#   "nihongo"      "English (kanji, romaji)"
#   "flagname"     the country of a flag template, as a name
#   "text"         its "text" parameter, else the first unnamed one
#   "magic:NAME"   a parser function written {{name:argument}}
TEMPLATE_RENDERERS: dict[str, str] = {
    "nowrap": "first", "nobr": "first", "nobreak": "first", "small": "first",
    "smaller": "first", "big": "first", "larger": "first", "resize": "last", "em": "first",
    "strong": "first", "var": "first", "mvar": "first", "sic": "last", "abbr": "first",
    "abbrlink": "first", "tooltip": "first", "lang": "nth:2", "transl": "last",
    "transliteration": "last", "iast": "first", "noitalic": "first", "nowiki": "first",
    "keypress": "first", "not a typo": "first", "proper name": "first", "vr": "first",
    "text": "first", "linktext": "first", "plain link": "last", "nts": "first",
    "ntsh": "first", "hs": "last", "sort": "sort", "sortname": "join", "dts": "date",
    "ill": "ill", "interlanguage link": "ill", "interlanguage link multi": "ill",
    "ill2": "ill", "nihongo": "nihongo", "flag": "flagname", "flagcountry": "flagname",
    "flagu": "flagname", "flag country": "flagname", "flagg": "flagname",
    "circa": "circa", "c.": "circa", "ca.": "circa", "start date": "date",
    "end date": "date", "start date and age": "date", "end date and age": "date",
    "birth date": "date", "death date": "date", "start and end dates": "date",
    "date": "isodate", "as of": "as of", "convert": "convert", "cvt": "convert",
    "citation needed span": "text", "cn span": "text", "fact span": "text",
    "dubious span": "text", "disputed inline span": "text",
    "quote": "quote", "blockquote": "quote", "cquote": "quote", "quotation": "quote",
    "quote box": "quote", "rquote": "quote", "ubl": "join", "unbulleted list": "join",
    "plainlist": "join", "flatlist": "join", "hlist": "join", "bulleted list": "join",
    "frac": "frac", "fraction": "frac", "sfrac": "frac", "us$": "prefix:US$",
    "usd": "prefix:US$", "inr": "prefix:₹", "€": "prefix:€", "euro": "prefix:€",
    "gbp": "prefix:£", "£": "prefix:£", "jpy": "prefix:¥", "cny": "prefix:CN¥",
    "formatnum": "magic:formatnum", "lc": "magic:lc", "uc": "magic:uc",
    "ucfirst": "magic:ucfirst", "lcfirst": "magic:lcfirst",
    "nbsp": "literal:\u00a0", "snd": "literal: – ", "spaced ndash": "literal: – ",
    "spaced en dash": "literal: – ", "ndash": "literal:–", "en dash": "literal:–",
    "mdash": "literal:—", "em dash": "literal:—", "!": "literal:|", "=": "literal:=",
    "'": "literal:'", "`": "literal:'", "·": "literal: · ", "dot": "literal: · ",
    "middot": "literal:·", "bull": "literal: • ", "-": "literal:-", "thinsp": "literal:\u2009",
    "zwsp": "literal:", "shy": "literal:", "bc": "suffix: BC", "bce": "suffix: BCE",
    "ad": "prefix:AD ", "ce": "suffix: CE",
}  # fmt: skip
# Parameters a template sets unless written: {{cvt}} is {{convert}} abbreviated.
TEMPLATE_DEFAULTS: dict[str, dict[str, str]] = {"cvt": {"abbr": "on"}}
# "{{lang-ru|Москва}}": the renderer for every name starting so.
LANG_PREFIX = "lang-"
LANG_RENDERER = "lang"

# Magic-word parser functions ("{{formatnum:1234}}"): the part before the colon.
MAGIC_FUNCTIONS: tuple[str, ...] = ("formatnum", "lc", "uc", "ucfirst", "lcfirst")

# Parameters of date templates that switch the order to day-month-year.
DAY_FIRST_PARAMETERS: tuple[str, ...] = ("df", "dmy")
DAY_FIRST_DEFAULT: dict[str, bool] = {"dts": True, "date": True}
# Names of parameters of {{quote}}-like templates holding the quotation.
QUOTE_PARAMETERS: tuple[str, ...] = ("text", "quote", "1")

# Tags whose content is not read: references, galleries, maps, scores, style sheets.
DROPPED_TAGS: frozenset[str] = frozenset(
    {
        "ref", "references", "gallery", "imagemap", "timeline", "graph", "mapframe",
        "maplink", "templatestyles", "score", "syntaxhighlight", "source", "includeonly",
        "math", "chem", "ce", "hiero", "inputbox", "categorytree", "section", "indicator",
        "charinsert",
    }
)  # fmt: skip
# Tags whose content stands as a paragraph of its own.
BLOCK_TAGS: frozenset[str] = frozenset({"blockquote", "poem", "p", "center", "div"})
# Self-closing tags that break a line: within a paragraph a reader sees a new line.
LINE_BREAK_TAGS: frozenset[str] = frozenset({"br"})

# Namespaces of links that show an image or a category, not text.
FILE_NAMESPACES: tuple[str, ...] = ("file", "image", "media")
CATEGORY_NAMESPACES: tuple[str, ...] = ("category",)
# Interwiki prefixes whose links show their label (a language prefix without a label is an
# interlanguage link and shows nothing).
INTERWIKI_PREFIXES: tuple[str, ...] = (
    "wikt", "wiktionary", "s", "wikisource", "q", "wikiquote", "commons", "c", "d",
    "wikidata", "w", "wikipedia", "b", "n", "voy", "species", "m", "meta",
)  # fmt: skip
# Wikitext magic words that render nothing.
BEHAVIOUR_SWITCHES: tuple[str, ...] = (
    "__NOTOC__", "__TOC__", "__FORCETOC__", "__NOEDITSECTION__", "__NOINDEX__",
    "__INDEX__", "__NEWSECTIONLINK__", "__NOGALLERY__", "__HIDDENCAT__", "__STATICREDIRECT__",
)  # fmt: skip

# Disambiguation pages are no articles: these templates mark them (the API also says so).
DISAMBIGUATION_TEMPLATES: frozenset[str] = frozenset(
    {"disambiguation", "disambig", "dab", "disamb", "hndis", "geodis", "set index article",
     "sia", "surname", "given name", "place name disambiguation", "disambiguation cleanup"}
)  # fmt: skip

# Wikitables: a table whose header names a person and a tenure lists ambassadors; its rows
# become "Name (start–end)" items. Header words, lower-case, matched as whole words.
TABLE_NAME_HEADERS: tuple[str, ...] = (
    "name", "ambassador", "ambassadors", "envoy", "head of mission", "representative",
    "high commissioner", "minister", "chargé d'affaires", "diplomat", "incumbent",
)  # fmt: skip
TABLE_START_HEADERS: tuple[str, ...] = (
    "term start", "start of term", "start", "from", "took office", "appointed",
    "appointment", "assumed office", "credentials presented", "presented credentials",
    "presentation of credentials", "since", "began",
)  # fmt: skip
TABLE_END_HEADERS: tuple[str, ...] = (
    "term end", "end of term", "end", "to", "until", "left office", "end of mission",
    "termination of mission", "ended", "departed",
)  # fmt: skip
TABLE_TERM_HEADERS: tuple[str, ...] = ("term", "tenure", "years", "period", "term of office",
                                       "in office", "dates")  # fmt: skip
# Cells of a generic table's row are joined by this.
TABLE_CELL_SEPARATOR = "; "
# Inside one cell, the infobox or a list item, a line break reads as this.
INLINE_BREAK = ", "

# {{convert}}: unit code → (symbol, singular name, plural name, size in the base unit of its
# dimension, dimension, default output unit). Codes are the template's own.
CONVERT_UNITS: dict[str, tuple[str, str, str, float, str, str]] = {
    "km": ("km", "kilometre", "kilometres", 1000.0, "length", "mi"),
    "m": ("m", "metre", "metres", 1.0, "length", "ft"),
    "cm": ("cm", "centimetre", "centimetres", 0.01, "length", "in"),
    "mi": ("mi", "mile", "miles", 1609.344, "length", "km"),
    "ft": ("ft", "foot", "feet", 0.3048, "length", "m"),
    "in": ("in", "inch", "inches", 0.0254, "length", "cm"),
    "yd": ("yd", "yard", "yards", 0.9144, "length", "m"),
    "nmi": ("nmi", "nautical mile", "nautical miles", 1852.0, "length", "km"),
    "km2": ("km2", "square kilometre", "square kilometres", 1e6, "area", "sqmi"),
    "sqkm": ("km2", "square kilometre", "square kilometres", 1e6, "area", "sqmi"),
    "m2": ("m2", "square metre", "square metres", 1.0, "area", "sqft"),
    "ha": ("ha", "hectare", "hectares", 1e4, "area", "acre"),
    "sqmi": ("sq mi", "square mile", "square miles", 2589988.110336, "area", "km2"),
    "sqft": ("sq ft", "square foot", "square feet", 0.09290304, "area", "m2"),
    "acre": ("acres", "acre", "acres", 4046.8564224, "area", "ha"),
    "kg": ("kg", "kilogram", "kilograms", 1.0, "mass", "lb"),
    "t": ("t", "tonne", "tonnes", 1000.0, "mass", "lb"),
    "lb": ("lb", "pound", "pounds", 0.45359237, "mass", "kg"),
    "km/h": ("km/h", "kilometre per hour", "kilometres per hour", 1 / 3.6, "speed", "mph"),
    "mph": ("mph", "mile per hour", "miles per hour", 0.44704, "speed", "km/h"),
}
# Spellings of unit codes that mean the same unit.
CONVERT_UNIT_ALIASES: dict[str, str] = {
    "kilometre": "km", "kilometer": "km", "metre": "m", "meter": "m", "mile": "mi",
    "foot": "ft", "feet": "ft", "sqmi": "sqmi", "mi2": "sqmi", "sq mi": "sqmi", "km²": "km2",
    "hectare": "ha", "acres": "acre", "nautical mile": "nmi", "NM": "nmi", "nm": "nmi",
    "tonne": "t", "tonnes": "t",
}  # fmt: skip
# The words between the two numbers of a range, as shown: {{convert|10|to|15|km}}.
CONVERT_RANGES: dict[str, str] = {
    "-": "–", "–": "–", "to": " to ", "and": " and ", "or": " or ", "to(-)": " to ",
    "+/-": " ± ", "by": " by ", "x": " × ", "×": " × ",
}  # fmt: skip
# US spellings, with sp=us.
US_SPELLINGS: dict[str, str] = {"metre": "meter", "kilometre": "kilometer",
                                "centimetre": "centimeter", "tonne": "metric ton"}  # fmt: skip
