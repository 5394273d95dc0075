"""Units of measure as written, their normal form, and numbers written as words."""

# Spellings (lower-case) → the unit published. Longest spellings are tried first.
UNITS: dict[str, str] = {
    "nautical miles": "nmi", "nautical mile": "nmi", "nmi": "nmi", "square miles": "sq mi",
    "square mile": "sq mi", "sq mi": "sq mi", "mi²": "sq mi",
    "square kilometres": "km2", "square kilometers": "km2", "sq km": "km2", "km²": "km2",
    "km2": "km2", "kilometres": "km", "kilometers": "km", "kilometre": "km", "kilometer": "km",
    "km": "km", "metres": "m", "meters": "m", "metre": "m", "meter": "m", "m": "m",
    "hectares": "ha", "hectare": "ha", "ha": "ha", "miles": "mi", "mile": "mi", "mi": "mi",
    "per cent": "percent", "percent": "percent", "%": "percent",
}  # fmt: skip
UNIT_VALUES: tuple[str, ...] = ("km", "m", "km2", "ha", "mi", "sq mi", "nmi", "percent")

# Shares written in words, as percentages (rounded to one decimal).
FRACTIONS: dict[str, float] = {
    "two thirds": 66.7, "two-thirds": 66.7, "one third": 33.3, "one-third": 33.3,
    "a third": 33.3, "three quarters": 75.0, "three-quarters": 75.0, "a quarter": 25.0,
    "one quarter": 25.0, "half": 50.0,
}  # fmt: skip

# Counts written as words ("three disputed areas", "forty-eight crossings"): units and
# teens, and tens that join them with a hyphen.
NUMBER_WORDS: dict[str, int] = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}  # fmt: skip
# Round numbers in words: "about a hundred hectares".
ROUND_WORDS: dict[str, int] = {
    "a hundred": 100, "one hundred": 100, "a thousand": 1000, "one thousand": 1000,
}  # fmt: skip
TENS_WORDS: dict[str, int] = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip
