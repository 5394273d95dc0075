"""Temporal vocabulary: the tables the date recogniser (pipeline.temporal) reads.

Every table maps words as written (lower-case) to what they mean; the recogniser builds its
patterns from these tables and holds no word lists of its own.
"""

from __future__ import annotations

# The vocabularies of the timeline's precision and qualifier columns.
PRECISIONS: tuple[str, ...] = (
    "day", "month", "season", "year", "decade", "century", "millennium",
)  # fmt: skip
QUALIFIER_VALUES: tuple[str, ...] = (
    "on", "in", "since", "by", "until", "before", "after", "during", "between",
)  # fmt: skip

# Years a bare four-digit number may denote. Outside this range it is a quantity.
YEAR_MIN, YEAR_MAX = 1000, 2100
# Years written with an era ("AD 800", "500 BC") or a short number in a dated context
# ("in 711") may be as small as 1; BC years may go back this far.
ERA_YEAR_MAX = 9999

# Eras, as written (lower-case), and their sign: BC years count backwards. Before the number
# ("AD 800") or after it ("800 AD", "500 BCE"). Years are published in astronomical numbering,
# as EDTF wants: 1 BC is year 0, 400 BC is -399.
ERAS: dict[str, int] = {
    "bc": -1, "b.c.": -1, "bce": -1, "b.c.e.": -1,
    "ad": 1, "a.d.": 1, "ce": 1, "c.e.": 1,
}  # fmt: skip
ERAS_BEFORE_NUMBER: tuple[str, ...] = ("ad", "a.d.")

# A number of one to three digits is a year only right after one of these words (and when no
# noun follows it: "in 711, the", not "in 300 ships"): "in 711", "by 1000 the", "c. 500".
SHORT_YEAR_OPENERS: tuple[str, ...] = (
    "in", "by", "until", "till", "since", "from", "after", "before", "around", "about",
    "circa", "c.", "ca.", "year", "between",
)  # fmt: skip
# ... or after one of these when the clause ends right after it: "dates it to 538."
SHORT_YEAR_FINAL_OPENERS: tuple[str, ...] = ("to",)
# ... or after one of these, right after a name: "the Treaty of Verdun of 843".
SHORT_YEAR_NAMED_OPENERS: tuple[str, ...] = ("of",)
# Without an era, a short year has three digits: "in 711"; "15 votes to 2" is no date.
SHORT_YEAR_MIN = 100
# ... and only when followed by the end of a clause, a capital, or one of these words.
SHORT_YEAR_FOLLOWERS: tuple[str, ...] = (
    "the", "a", "an", "and", "or", "when", "while", "as", "after", "before", "until", "he",
    "she", "it", "they", "its", "his", "her", "their", "to", "that", "which", "who", "under",
    "with", "during", "following",
)  # fmt: skip

# Numbers after these words are numbers of things, not years: "Resolution 1244", "Article
# 1950", "Interstate 5", "mile 1948", "No. 1999" (lower-case; a trailing "." is part of it).
NUMBERING_WORDS: frozenset[str] = frozenset(
    {
        "resolution", "resolutions", "article", "articles", "law", "laws", "decree", "decrees",
        "act", "section", "sections", "paragraph", "chapter", "clause", "directive",
        "regulation", "order", "convention no.", "route", "routes", "highway", "interstate",
        "road", "mile", "milepost", "marker", "exit", "flight", "page", "pages", "p.", "pp.",
        "no.", "nos.", "number", "code", "iso", "suite", "room", "platform", "gate", "bus",
        "tram", "line", "channel", "model", "type", "class", "unit", "volume", "vol.", "issue",
        "file", "case", "block", "plot", "lot", "kilometre", "km", "point", "pillar",
        "protocol no.", "opinion", "judgment no.", "rule", "item", "annex", "appendix", "box",
        "apartment", "building", "house", "tower", "hill", "height", "peak", "elevation",
        # the same in Spanish, Portuguese and French, as articles quote them
        "decreto", "ley", "resolución", "lei", "décret", "loi", "arrêté",
    }
)  # fmt: skip
# "Law 1465 of 2011", "Decreto 1234 de 2015": the year of a numbered act is part of its
# number, not a date of the sentence. (Act words are those of NUMBERING_WORDS.)
ACT_YEAR_JOINERS: tuple[str, ...] = ("of", "de", "del", "du")
# A number followed by capitalised words ending in one of these is a street address:
# "1600 Pennsylvania Avenue", "221B Baker Street".
STREET_WORDS: frozenset[str] = frozenset(
    {
        "avenue", "ave", "ave.", "street", "st", "st.", "road", "rd", "rd.", "boulevard",
        "blvd", "blvd.", "lane", "drive", "square", "place", "way", "highway", "prospekt",
        "prospect", "ulitsa", "strasse", "straße", "rue", "via", "calle", "avenida", "court",
        "terrace", "parkway", "plaza",
    }
)  # fmt: skip
# Years of other calendars are not rows: a number followed by one of these marks ("2077 BS",
# "1399 SH", "1445 AH"), or after one of these phrases ("the Ethiopian year 2011").
OTHER_CALENDAR_MARKS: tuple[str, ...] = (
    "BS", "B.S.", "VS", "V.S.", "AH", "A.H.", "SH", "S.H.", "AP", "EC", "E.C.", "HE", "BE",
    "B.E.", "AM", "A.M.", "NS", "N.S.", "KE",
)  # fmt: skip
# Months of other calendars: "31 Shahrivar 1359" is no Gregorian year (lower-case).
OTHER_CALENDAR_MONTHS: tuple[str, ...] = (
    "farvardin", "ordibehesht", "khordad", "tir", "mordad", "shahrivar", "mehr", "aban",
    "azar", "dey", "bahman", "esfand", "baisakh", "baishakh", "jestha", "jeth", "asar",
    "ashadh", "shrawan", "saun", "bhadra", "bhadau", "ashwin", "asoj", "kartik", "mangsir",
    "poush", "push", "magh", "falgun", "phagun", "chaitra", "chait", "meskerem", "tikimt",
    "hidar", "tahsas", "tir", "yekatit", "megabit", "miyazya", "ginbot", "sene", "hamle",
    "nehase", "pagume", "muharram", "safar", "rabi al-awwal", "rabi al-thani", "jumada al-awwal",
    "jumada al-thani", "rajab", "shaban", "sha'ban", "ramadan", "shawwal", "dhu al-qadah",
    "dhu al-hijjah", "tishrei", "cheshvan", "kislev", "tevet", "shevat", "adar", "nisan",
    "iyar", "sivan", "tammuz", "elul",
)  # fmt: skip
OTHER_CALENDARS: tuple[str, ...] = (
    "ethiopian", "nepali", "nepalese", "bikram sambat", "vikram samvat", "hijri", "islamic",
    "solar hijri", "persian", "iranian", "hebrew", "jewish", "buddhist", "thai", "juche",
    "minguo", "japanese", "korean", "coptic", "bengali", "saka", "shaka",
)  # fmt: skip

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

# "early 2017", "mid-2019", "the end of 2019": thirds of a year, approximate; "the first half
# of 2005", "the third quarter of 2019": halves and quarters, exact. As (first month, last
# month, approximate).
YEAR_PARTS: dict[str, tuple[int, int, bool]] = {
    "early": (1, 4, True), "beginning of": (1, 4, True), "start of": (1, 4, True),
    "mid": (5, 8, True), "middle of": (5, 8, True),
    "late": (9, 12, True), "end of": (9, 12, True),
    "first half of": (1, 6, False), "second half of": (7, 12, False),
    "first quarter of": (1, 3, False), "second quarter of": (4, 6, False),
    "third quarter of": (7, 9, False), "fourth quarter of": (10, 12, False),
    "last quarter of": (10, 12, False),
}  # fmt: skip
# The same of a month ("early March 2020"), as (first day, last day); a part that a month
# has not (a quarter) is no date.
MONTH_PARTS: dict[str, tuple[int, int]] = {
    "early": (1, 10), "beginning of": (1, 10), "start of": (1, 10),
    "mid": (11, 20), "middle of": (11, 20),
    "late": (21, 31), "end of": (21, 31),
    "first half of": (1, 15), "second half of": (16, 31),
}  # fmt: skip
# "late spring 1993": thirds of a season's three months, as (first, last) month offsets.
SEASON_PARTS: dict[str, tuple[int, int]] = {
    "early": (0, 0), "mid": (1, 1), "late": (2, 2),
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

# "the turn of the 19th and 20th centuries", "the turn of the 20th century": the last five
# and the first five years around the first year of the later century (1896..1905).
TURN_OF_CENTURY: tuple[int, int] = (-5, 4)
# "the 1800s" is the century 1800–1899; but these hundreds are decades in English usage.
HUNDREDS_AS_DECADES: tuple[str, ...] = ("2000s",)
# "the first decade of the 21st century": decade n of a century starts at its year 10(n-1)+1.
DECADE_WORD = "decade"

ORDINAL_WORDS: dict[str, int] = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "twenty-first": 21,
}  # fmt: skip

# Words right before a date that say how it bounds the event: (qualifier, whether the word
# stays in date_text). Bare "in", "on", "at", "during" are dropped from date_text.
QUALIFIERS: dict[str, tuple[str, bool]] = {
    "ever since": ("since", True),
    "since": ("since", True),
    "from": ("since", True),
    "by": ("by", True),
    "until": ("until", True),
    "till": ("until", True),
    "up to": ("until", True),
    "down to": ("until", True),
    "through": ("until", True),
    "after": ("after", True),
    "before": ("before", True),
    "in": ("in", False),
    "on": ("on", False),
    "at": ("in", False),
    "during": ("during", False),
    "throughout": ("during", False),
}
# Words before a qualifier that undo it: "not until 4 May 1950" means on that day, "dates
# from 1923" means in 1923. (words before, qualifier) → the qualifier the pair means.
QUALIFIER_UNDOERS: dict[tuple[str, str], str] = {
    ("not", "until"): "on",
    ("not", "till"): "on",
    ("dates", "from"): "in", ("date", "from"): "in", ("dated", "from"): "in",
    ("dating", "from"): "in", ("dating back", "from"): "in",
}  # fmt: skip
# "did not open until 1950": a negation this many characters before "until" undoes it too.
NEGATIONS: tuple[str, ...] = ("not", "n't", "never")
NEGATION_REACH = 60

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
# "and" without "between" joins only periods that follow each other ("the 1980s and 1990s",
# "March and April 1995"): "on 12 and 14 May" are two days.
RANGE_JOINERS: tuple[tuple[str, str], ...] = (
    ("from", "to"),
    ("from", "until"),
    ("from", "till"),
    ("from", "through"),
    ("from", "up to"),
    ("between", "and"),
    ("", "to"),
    ("", "through"),
    ("", "and"),
    ("", "&"),
    ("", "/"),
    ("", "–"),
    ("", "—"),
    ("", "-"),
)
# Joiners that need the two periods to follow each other.
CONTIGUOUS_JOINERS: tuple[str, ...] = ("and", "&")
# Precisions "and" may join: two years joined by "and" are two events ("in 2004 and 2005").
CONTIGUOUS_PRECISIONS: tuple[str, ...] = ("day", "month", "season", "decade", "century",
                                          "millennium")  # fmt: skip
DASHES = "–—‒-"

# Days known by name, dated with the year written after them: "New Year's Day 1990".
HOLIDAYS: dict[str, tuple[int, int]] = {
    "new year's day": (1, 1), "new year’s day": (1, 1), "new year's eve": (12, 31),
    "new year’s eve": (12, 31), "christmas day": (12, 25), "christmas eve": (12, 24),
    "christmas": (12, 25), "boxing day": (12, 26), "valentine's day": (2, 14),
    "valentine’s day": (2, 14), "halloween": (10, 31), "may day": (5, 1),
    "all saints' day": (11, 1), "armistice day": (11, 11), "bastille day": (7, 14),
}  # fmt: skip

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
    "that same month": ("month", 0),
    "that same year": ("year", 0),
    "that same day": ("same", 0),
    "a week later": ("day", 7),
    "one week later": ("day", 7),
    "a week earlier": ("day", -7),
    "two weeks later": ("day", 14),
    "earlier that month": ("month", 0),
    "later the same month": ("month", 0),
    "earlier the same month": ("month", 0),
    "the previous month": ("month", -1),
    "a month later": ("month", 1),
    "that year": ("year", 0),
    "the day before": ("day", -1),
    "the evening before": ("day", -1),
    "the night before": ("day", -1),
    "the previous evening": ("day", -1),
    "the previous night": ("day", -1),
    "the following morning": ("day", 1),
    "the next morning": ("day", 1),
    "that evening": ("same", 0),
    "that night": ("same", 0),
    "that morning": ("same", 0),
    "the previous day": ("day", -1),
    "a day later": ("day", 1),
    "one day later": ("day", 1),
    "the following day": ("day", 1),
    "the next day": ("day", 1),
    "the same day": ("same", 0),
    "that day": ("same", 0),
    "until then": ("until", 0),
    "by then": ("by", 0),
}
# "three days later", "two months earlier", "14 days afterwards": a count of a unit, as (the
# unit shifted, how many of it one counts), and the direction of the shift.
COUNTED_UNITS: dict[str, tuple[str, int]] = {
    "days": ("day", 1), "weeks": ("day", 7), "months": ("month", 1), "years": ("year", 1),
    "decades": ("year", 10),
}  # fmt: skip
# ("three days before the vote" counts from the vote, not from the date before it: no rule.)
COUNTED_DIRECTIONS: dict[str, int] = {"later": 1, "afterwards": 1, "afterward": 1, "earlier": -1}
# "in May of that year", "that May": a month of the anchor's year, shifted.
MONTH_OF_RELATIVE_YEAR: dict[str, int] = {
    "that year": 0, "the same year": 0, "the following year": 1, "the next year": 1,
    "the previous year": -1, "the year before": -1,
}  # fmt: skip
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
# "UEFA Euro 2012 with Ukraine", "Saudi Vision 2030 was launched": a year right after a
# capitalised word inside a sentence, and followed by none of its own noun, is part of a name.
# ("the Soviet 1979 invasion" is a year: a noun of its own follows it.) After the year, these
# words are not its noun:
NAME_YEAR_FOLLOWERS: tuple[str, ...] = (
    "was", "were", "is", "are", "has", "had", "have", "will", "would", "and", "or", "but",
    "with", "in", "on", "at", "by", "for", "to", "of", "from", "which", "that", "who", "as",
    "after", "before", "since", "when", "while", "into", "under", "over", "also", "co-hosted",
)  # fmt: skip
# Feasts and seasons a year follows as a date ("at Easter 1916", "during Ramadan 2001"),
# besides the months, seasons, holidays and eras above.
DATE_NAME_WORDS: tuple[str, ...] = (
    "easter", "ramadan", "eid", "diwali", "passover", "hanukkah", "thanksgiving", "lent",
    "advent", "nowruz", "christmas", "winter", "summer", "spring", "autumn", "fall", "midsummer",
)  # fmt: skip
QUANTITY_PREFIXES: tuple[str, ...] = ("$", "€", "£", "¥", "₸", "№", "US$", "No.", "no.")
