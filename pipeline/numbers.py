"""Read quantities as articles write them: 1,241 km, 1 216 kilometres, 1,257.07 km, 2,5m,
a 30-kilometre stretch, about two thirds."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from pipeline.rules.units import FRACTIONS, NUMBER_WORDS, ROUND_WORDS, TENS_WORDS, UNITS
from pipeline.words import alternation, key

# Digits with thousands separators (comma, space, no-break space) and an optional decimal
# point, or plain digits with an optional decimal point or comma.
_NUMBER = r"(?<![\w.,])(?P<num>\d{1,3}(?:(?:,|[ \u00a0])\d{3})+(?:\.\d+)?(?![\d])|\d+(?:[.,]\d+)?)"


@dataclass(frozen=True)
class Quantity:
    """A number with its unit, where it stands in the text, and how it was written."""

    value: float
    unit: str | None
    start: int
    end: int
    text: str
    ambiguous_comma: bool = False  # "612,345": thousands, or a decimal comma?

    @property
    def decimal_reading(self) -> float:
        """The value if the comma of an ambiguous number is a decimal comma."""
        return float(self.text_number.replace(",", "."))

    @property
    def text_number(self) -> str:
        match = re.match(_NUMBER, self.text)
        return match.group("num") if match else self.text


@cache
def _quantity_pattern() -> re.Pattern[str]:
    units = alternation(UNITS)
    fractions = alternation(FRACTIONS)
    # The unit may be glued (2,5m), spaced (1,241 km) or hyphenated (30-kilometre); it must
    # not run on into a word (2 million, 5 metro).
    return re.compile(
        rf"{_NUMBER}(?:[ \u00a0]?-?[ \u00a0]?(?P<unit>{units})(?![\w²]))?"
        # A share in words counts only as a share of something: "two thirds of the line".
        rf"|(?<![\w-])(?P<fraction>{fractions})(?=\s+of\b)"
        # A number in words counts only with its unit: "three metres high", "about a hundred
        # hectares", "forty-five kilometres".
        rf"|(?<![\w-])(?P<words>{_number_words()})[ \u00a0-](?P<wunit>{units})(?![\w²])",
        re.IGNORECASE,
    )


@cache
def number_words() -> str:
    """A regular expression for a whole number in words up to ninety-nine: "three",
    "forty-eight" (no groups, so that callers may embed it)."""
    units = alternation(NUMBER_WORDS)
    return rf"(?:{alternation(TENS_WORDS)})(?:-(?:{units}))?|{units}"


@cache
def _number_words() -> str:
    return rf"{number_words()}|{alternation(ROUND_WORDS)}"


def number_in_words(text: str) -> int:
    """'three' → 3, 'forty-five' → 45, 'a hundred' → 100."""
    lowered = key(text)
    if lowered in ROUND_WORDS:
        return ROUND_WORDS[lowered]
    tens, _, unit = lowered.partition("-")
    if tens in TENS_WORDS:
        return TENS_WORDS[tens] + (NUMBER_WORDS[unit] if unit else 0)
    return NUMBER_WORDS[lowered]


def parse_number(text: str) -> tuple[float, bool]:
    """The value of a written number, and whether its comma may be a decimal comma.

    ``1,241`` → 1241 (a comma before three digits separates thousands), ``1 216`` → 1216,
    ``1,257.07`` → 1257.07, ``2,5`` → 2.5 (a comma before one, two or four digits is decimal).
    """
    digits = text.replace("\u00a0", " ")
    if "." in digits or re.fullmatch(r"\d{1,3}(?:[, ]\d{3})+", digits):
        ambiguous = bool(re.fullmatch(r"\d{1,3},\d{3}", digits))
        return float(re.sub(r"[, ]", "", digits)), ambiguous
    return float(digits.replace(",", ".")), False


def find_quantities(text: str) -> list[Quantity]:
    """Every number of ``text`` (with its unit, if one follows) and every share in words."""
    found = []
    for match in _quantity_pattern().finditer(text):
        if match["fraction"]:
            value = FRACTIONS[key(match["fraction"])]
            found.append(Quantity(value, "percent", match.start(), match.end(), match.group(0)))
            continue
        if match["words"]:
            value = float(number_in_words(match["words"]))
            unit = UNITS[key(match["wunit"])]
            found.append(Quantity(value, unit, match.start(), match.end(), match.group(0)))
            continue
        value, ambiguous = parse_number(match["num"])
        unit = UNITS[key(match["unit"])] if match["unit"] else None
        found.append(Quantity(value, unit, match.start(), match.end(), match.group(0), ambiguous))
    return found


def format_number(value: float) -> str:
    """A number as published text: 1241, 1257.07, 2.5 (no trailing .0, no exponent)."""
    text = f"{value:.6f}".rstrip("0").rstrip(".")
    return text or "0"
