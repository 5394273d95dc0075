"""Temporal vocabulary: the tables the date recogniser (pipeline.temporal) reads.

Every table maps words as written (lower-case) to what they mean; the recogniser builds its
patterns from these tables and holds no word lists of its own.
"""

from __future__ import annotations

# The vocabularies of the timeline's precision and qualifier columns.
PRECISIONS: tuple[str, ...] = ("day", "month", "season", "year", "decade", "century")
QUALIFIER_VALUES: tuple[str, ...] = (
    "on", "in", "since", "by", "until", "before", "after", "during", "between",
)  # fmt: skip

# Years a bare four-digit number may denote. Outside this range it is a quantity.
YEAR_MIN, YEAR_MAX = 1000, 2100

MONTHS: dict[str, int] = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
}  # fmt: skip
# Abbreviations, written with or without a final period ("Feb. 9, 2019", "Sept 2019").
MONTH_ABBREVIATIONS: dict[str, int] = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip

# Meteorological seasons of the northern hemisphere: (first month, last month, and how many
# years the last month lies after the named year: winter 2010 ends in February 2011).
SEASONS: dict[str, tuple[int, int, int]] = {
    "spring": (3, 5, 0),
    "summer": (6, 8, 0),
    "autumn": (9, 11, 0),
    "fall": (9, 11, 0),
    "winter": (12, 2, 1),
}

# "early 2017", "mid-2019", "the end of 2019": thirds of a year, as (first month, last month),
# and of a month ("early March 2020"), as (first day, last day).
YEAR_PARTS: dict[str, tuple[int, int]] = {
    "early": (1, 4), "beginning of": (1, 4), "start of": (1, 4),
    "mid": (5, 8), "middle of": (5, 8),
    "late": (9, 12), "end of": (9, 12),
}  # fmt: skip
MONTH_PARTS: dict[str, tuple[int, int]] = {
    "early": (1, 10), "beginning of": (1, 10), "start of": (1, 10),
    "mid": (11, 20), "middle of": (11, 20),
    "late": (21, 31), "end of": (21, 31),
}  # fmt: skip
# "1991–present": a range whose end is now, i.e. open.
PRESENT_WORDS: tuple[str, ...] = ("present", "now", "today", "date")

# "the early 2000s", "the mid-1990s": years of the decade, as (first, last) offsets.
DECADE_PARTS: dict[str, tuple[int, int]] = {"early": (0, 3), "mid": (3, 6), "late": (7, 9)}

# Parts of a century, as (first, last) year offsets from its first year (1801 for the 19th),
# and whether the part is approximate.
CENTURY_PARTS: dict[str, tuple[int, int, bool]] = {
    "early": (0, 33, True),
    "mid": (33, 66, True),
    "late": (66, 99, True),
    "first half of": (0, 49, False),
    "second half of": (50, 99, False),
    "start of": (0, 4, True),
    "beginning of": (0, 4, True),
    "end of": (95, 99, True),
}

ORDINAL_WORDS: dict[str, int] = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "twenty-first": 21,
}  # fmt: skip

# Words right before a date that say how it bounds the event: (qualifier, whether the word
# stays in date_text). Bare "in", "on", "at", "during" are dropped from date_text.
QUALIFIERS: dict[str, tuple[str, bool]] = {
    "since": ("since", True),
    "from": ("since", True),
    "by": ("by", True),
    "until": ("until", True),
    "till": ("until", True),
    "up to": ("until", True),
    "after": ("after", True),
    "before": ("before", True),
    "in": ("in", False),
    "on": ("on", False),
    "at": ("in", False),
    "during": ("during", False),
    "throughout": ("during", False),
}

# Words before a date that make it approximate; they stay in date_text.
APPROXIMATORS: tuple[str, ...] = (
    "around",
    "about",
    "circa",
    "approximately",
    "roughly",
    "c.",
    "ca.",
)

# Two dates joined into one interval: (word before the first, words between the two).
RANGE_JOINERS: tuple[tuple[str, str], ...] = (
    ("from", "to"),
    ("from", "until"),
    ("from", "till"),
    ("from", "through"),
    ("between", "and"),
    ("", "–"),
    ("", "—"),
    ("", "-"),
)
DASHES = "–—‒-"

# Periods known by name, used as a date only when their sentence carries no explicit date.
NAMED_PERIODS: dict[str, tuple[str, str]] = {
    "world war i": ("1914-07-28", "1918-11-11"),
    "the first world war": ("1914-07-28", "1918-11-11"),
    "world war ii": ("1939-09-01", "1945-09-02"),
    "the second world war": ("1939-09-01", "1945-09-02"),
    "the great patriotic war": ("1941-06-22", "1945-05-09"),
}

# Expressions resolved against the latest explicit date of the same or the previous sentence:
# (unit, shift). Unit "same" repeats the anchor; "until"/"by" end where the anchor ends.
RELATIVE: dict[str, tuple[str, int]] = {
    "the following year": ("year", 1),
    "the next year": ("year", 1),
    "a year later": ("year", 1),
    "one year later": ("year", 1),
    "the previous year": ("year", -1),
    "a year earlier": ("year", -1),
    "the same year": ("year", 0),
    "later that year": ("year", 0),
    "later the same year": ("year", 0),
    "earlier that year": ("year", 0),
    "the following month": ("month", 1),
    "the next month": ("month", 1),
    "the same month": ("month", 0),
    "later that month": ("month", 0),
    "the following day": ("day", 1),
    "the next day": ("day", 1),
    "the same day": ("same", 0),
    "that day": ("same", 0),
    "until then": ("until", 0),
    "by then": ("by", 0),
}
# "two years later", "three years earlier": (number word, years).
NUMBER_WORDS: dict[str, int] = {
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10,
}  # fmt: skip

# A number followed by one of these words (or glued to it by a hyphen) is a quantity, not a
# year: "1450 kilometres", "2000 troops", "1216-km".
QUANTITY_WORDS: frozenset[str] = frozenset(
    {
        "km", "km2", "km²", "kilometre", "kilometres", "kilometer", "kilometers", "m", "m2",
        "m²", "metre", "metres", "meter", "meters", "mi", "mile", "miles", "ha", "hectare",
        "hectares", "kg", "kilograms", "tonnes", "tons", "percent", "per", "%", "people",
        "persons", "troops", "soldiers", "men", "dollars", "euros", "roubles", "rubles",
        "tenge", "som", "sum", "enterprises", "companies", "firms", "cells", "citizens",
        "students", "units", "signs", "years", "meetings", "agreements", "treaties",
        "vehicles", "lorries", "trucks", "passengers", "workers", "residents", "inhabitants",
    }
)  # fmt: skip
# Signs right before a number that make it money or a count.
QUANTITY_PREFIXES: tuple[str, ...] = ("$", "€", "£", "¥", "₸", "№", "US$", "No.", "no.")
