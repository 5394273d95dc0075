"""Numbers and units as articles write them."""

from __future__ import annotations

import pytest

from pipeline.numbers import find_quantities, format_number

# (text, value, unit, the words read)
FORMS = [
    ("a 2,440 km-long shared border", 2440.0, "km", "2,440 km"),
    ("the border is 1 216 kilometres long", 1216.0, "km", "1 216 kilometres"),
    ("the border is 1\u00a0216 km long", 1216.0, "km", "1\u00a0216 km"),
    ("the demarcated line at 1,257.07 km", 1257.07, "km", "1,257.07 km"),
    ("a 2,5m-high fence", 2.5, "m", "2,5m"),
    ("a 2,5 m high fence", 2.5, "m", "2,5 m"),
    ("a 45 km-long barrier", 45.0, "km", "45 km"),
    ("a further 30-kilometre stretch", 30.0, "km", "30-kilometre"),
    ("1450 kilometres of it", 1450.0, "km", "1450 kilometres"),
    ("some 612 metres", 612.0, "m", "612 metres"),
    ("96% of the border", 96.0, "percent", "96%"),
    ("35 per cent of the border", 35.0, "percent", "35 per cent"),
    ("12 percent of it", 12.0, "percent", "12 percent"),
    ("about two thirds of the line", 66.7, "percent", "two thirds"),
    ("a third of the border", 33.3, "percent", "a third"),
    ("half of the line", 50.0, "percent", "half"),
    ("3.6 km² on the Kazakh side", 3.6, "km2", "3.6 km²"),
    ("4 km2 of land", 4.0, "km2", "4 km2"),
    ("120 hectares", 120.0, "ha", "120 hectares"),
    ("15 ha of land", 15.0, "ha", "15 ha"),
    ("15 square kilometres", 15.0, "km2", "15 square kilometres"),
]


@pytest.mark.parametrize(("text", "value", "unit", "words"), FORMS)
def test_quantity_forms(text: str, value: float, unit: str, words: str) -> None:
    found = [q for q in find_quantities(text) if q.unit]
    assert len(found) == 1, found
    assert (found[0].value, found[0].unit, found[0].text) == (value, unit, words)
    assert text[found[0].start : found[0].end] == words


def test_decimal_comma_is_never_25_or_2() -> None:
    (quantity,) = find_quantities("a 2,5m-high barbed wire fence")
    assert quantity.value == 2.5
    assert format_number(quantity.value) == "2.5"


def test_comma_before_three_digits_is_ambiguous() -> None:
    (quantity,) = find_quantities("a 612,345 km line")
    assert quantity.value == 612345.0
    assert quantity.ambiguous_comma
    assert quantity.decimal_reading == 612.345


@pytest.mark.parametrize(
    "text",
    ["about a month and a half", "2 million dollars", "in 5 metro stations", "Rogun-2 dam"],
)
def test_not_measures(text: str) -> None:
    assert [q for q in find_quantities(text) if q.unit] == []


@pytest.mark.parametrize(
    ("value", "text"),
    [(2440.0, "2440"), (1257.07, "1257.07"), (2.5, "2.5"), (66.7, "66.7"), (0.0, "0")],
)
def test_format_number(value: float, text: str) -> None:
    assert format_number(value) == text
