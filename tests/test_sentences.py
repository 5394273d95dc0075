"""Sentence boundaries, one line per trap the splitter must not fall into."""

from __future__ import annotations

import pytest

from pipeline.sentences import split_sentences


def sentences(text: str) -> list[str]:
    return [text[start:end] for start, end in split_sentences(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It ended in 1991. A new era began.", ["It ended in 1991.", "A new era began."]),
        ("The barrier is 45 km. long and 2 m. high.", ["The barrier is 45 km. long and 2 m. high."]),
        ("Others give 428 km. Commissions met.", ["Others give 428 km.", "Commissions met."]),
        ("It was signed by J. R. Smith in Astana. He left.",
         ["It was signed by J. R. Smith in Astana.", "He left."]),
        ("The line measures 1,257.07 km in total. It is marked.",
         ["The line measures 1,257.07 km in total.", "It is marked."]),
        ("On Feb. 9, 2019 the talks began. They ended.",
         ["On Feb. 9, 2019 the talks began.", "They ended."]),
        ("He moved to St. Petersburg in 1990. Then he left.",
         ["He moved to St. Petersburg in 1990.", "Then he left."]),
        ("Ties with the U.S. State Department improved. Trade grew.",
         ["Ties with the U.S. State Department improved.", "Trade grew."]),
        ("Mr. Aliyev met Dr. Smith. They talked.", ["Mr. Aliyev met Dr. Smith.", "They talked."]),
        ('He said: "We agree. We sign." Then he left.',
         ['He said: "We agree. We sign."', "Then he left."]),
        ("He said “We agree. We sign.” Then he left.",
         ["He said “We agree. We sign.”", "Then he left."]),
        ('It was called the "Year of Uzbekistan". It ended.',
         ['It was called the "Year of Uzbekistan".', "It ended."]),
        ("Was it signed? Yes, in 2001!", ["Was it signed?", "Yes, in 2001!"]),
        ("It began in 2017. 2018 was declared a year of friendship.",
         ["It began in 2017.", "2018 was declared a year of friendship."]),
        ("Sectors, e.g. energy and water, grew.", ["Sectors, e.g. energy and water, grew."]),
        ("It ended in 1991.\nA new era began.", ["It ended in 1991.", "A new era began."]),
        ("A 2,5m-high fence. It has searchlights.", ["A 2,5m-high fence.", "It has searchlights."]),
        ("It grew (by a third.) Then it fell.", ["It grew (by a third.)", "Then it fell."]),
        ('A stray " quote. Does not swallow the rest.',
         ['A stray " quote.', "Does not swallow the rest."]),
        ("  Leading and trailing space.  ", ["Leading and trailing space."]),
        ("", []),
    ],
)  # fmt: skip
def test_sentence_boundaries(text: str, expected: list[str]) -> None:
    assert sentences(text) == expected


def test_offsets_slice_to_sentences() -> None:
    text = "First one. Second one?  Third one!"
    spans = split_sentences(text)
    assert spans == [(0, 10), (11, 22), (24, 34)]
