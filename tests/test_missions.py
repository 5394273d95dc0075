"""Diplomatic missions: one line per phrasing the extractor must read."""

from __future__ import annotations

import pandas as pd
import pytest

from pipeline.document import parse_document
from pipeline.extract.missions import extract


def missions(prose: str, title: str = "Kazakhstan–Uzbekistan relations") -> list[tuple]:
    doc = parse_document(f"= {title} =\n\n{prose}\n", "k.txt")
    table = pd.DataFrame(extract(doc))
    if table.empty:
        return []
    columns = ["sending_iso3", "host_iso3", "city", "mission_type", "resident"]
    return [tuple(row) for row in table[columns].itertuples(index=False)]


@pytest.mark.parametrize(
    ("prose", "expected"),
    [
        ("Kazakhstan has an embassy in Tashkent and a Consulate General in Samarkand.",
         [("KAZ", "UZB", "Tashkent", "embassy", True), ("KAZ", "UZB", "Samarkand", "consulate_general", True)]),
        ("Uzbekistan has an embassy in Astana and have Consulates General in Almaty and Aktau.",
         [("UZB", "KAZ", "Astana", "embassy", True), ("UZB", "KAZ", "Almaty", "consulate_general", True),
          ("UZB", "KAZ", "Aktau", "consulate_general", True)]),
        ("Uzbekistan maintains an embassy in Astana.", [("UZB", "KAZ", "Astana", "embassy", True)]),
        ("Kazakhstan opened a consulate-general in Samarkand in 2019.",
         [("KAZ", "UZB", "Samarkand", "consulate_general", True)]),
        ("Uzbekistan has an honorary consulate in Aktobe.", [("UZB", "KAZ", "Aktobe", "honorary_consulate", True)]),
        ("Kazakhstan has a consulate in Nukus.", [("KAZ", "UZB", "Nukus", "consulate", True)]),
        ("Uzbekistan is accredited to Kazakhstan from its embassy in Moscow.",
         [("UZB", "KAZ", "Moscow", "embassy", False)]),
        ("The Uzbek consulate general in Almaty opened in 2005.",
         [("UZB", "KAZ", "Almaty", "consulate_general", True)]),
        ("Uzbekistan's embassy in Astana was enlarged.", [("UZB", "KAZ", "Astana", "embassy", True)]),
        ("Kazakhstan has embassies in Tashkent, Samarkand and Bukhara.",
         [("KAZ", "UZB", "Tashkent", "embassy", True), ("KAZ", "UZB", "Samarkand", "embassy", True),
          ("KAZ", "UZB", "Bukhara", "embassy", True)]),
        ("Kazakhstan opened its embassy in Tashkent in 1993 and Uzbekistan its embassy in Almaty in 1994.",
         [("KAZ", "UZB", "Tashkent", "embassy", True), ("UZB", "KAZ", "Almaty", "embassy", True)]),
        ("In 1997 the Uzbek embassy was moved from Almaty to Astana.",
         [("UZB", "KAZ", "Almaty", "embassy", True), ("UZB", "KAZ", "Astana", "embassy", True)]),
        ("Kazakhstan has an embassy in Uzbekistan.", [("KAZ", "UZB", None, "embassy", True)]),
        ("The Embassy of Uzbekistan in Astana was opened in 1993.", [("UZB", "KAZ", "Astana", "embassy", True)]),
        ("Relations are handled by the embassy of the Republic of Kazakhstan in Tashkent.",
         [("KAZ", "UZB", "Tashkent", "embassy", True)]),
        ("Kazakhstan is represented in Uzbekistan through its embassy in Moscow.",
         [("KAZ", "UZB", "Moscow", "embassy", False)]),
        ("Uzbekistan is represented in Kazakhstan by its embassy in Astana.",
         [("UZB", "KAZ", "Astana", "embassy", True)]),
        ("Kazakhstan has an embassy in Tashkent; Uzbekistan has an embassy in Astana.",
         [("KAZ", "UZB", "Tashkent", "embassy", True), ("UZB", "KAZ", "Astana", "embassy", True)]),
    ],
)  # fmt: skip
def test_mission_phrasings(prose: str, expected: list[tuple]) -> None:
    assert sorted(missions(prose), key=str) == sorted(expected, key=str)


@pytest.mark.parametrize(
    "prose",
    [
        "Uzbekistan plans to open a consulate general in Shymkent.",
        "Kazakhstan announced it will open a consulate in Bukhara.",
        "In September 2025 the Kyrgyz embassy moved to a new building.",
        "Its embassy was run by a chargé d'affaires.",
        "Russia has an embassy in Tashkent.",
    ],
)
def test_not_missions(prose: str) -> None:
    assert missions(prose) == []


def test_a_mission_told_twice_is_one_row() -> None:
    prose = (
        "Kazakhstan has an embassy in Tashkent.\n\n"
        "Kazakhstan opened its embassy in Tashkent in 1993, and Kazakhstan has an embassy in Uzbekistan."
    )
    assert missions(prose) == [("KAZ", "UZB", "Tashkent", "embassy", True)]


MEX_USA = "Mexico–United States relations"


@pytest.mark.parametrize(
    ("prose", "expected"),
    [
        ("Mexico has an embassy in Washington, D.C. and consulates-general in Chicago, Los Angeles and Houston.",
         [("MEX", "USA", "Washington, D.C.", "embassy", True), ("MEX", "USA", "Chicago", "consulate_general", True),
          ("MEX", "USA", "Los Angeles", "consulate_general", True), ("MEX", "USA", "Houston", "consulate_general", True)]),
        ("The United States has an embassy in Mexico City. It also keeps consulates general in Monterrey and Tijuana.",
         [("USA", "MEX", "Mexico City", "embassy", True), ("USA", "MEX", "Monterrey", "consulate_general", True),
          ("USA", "MEX", "Tijuana", "consulate_general", True)]),
        ("Mexico keeps a permanent mission to the United Nations in New York and an embassy in Washington, D.C.",
         [("MEX", "USA", "Washington, D.C.", "embassy", True)]),
        ("The Mexican embassy in Washington is the oldest Mexican embassy in Europe or America.",
         [("MEX", "USA", "Washington", "embassy", True)]),
        ("He sheltered in the American embassy in November 1950.", []),  # a month, not a city
    ],
)  # fmt: skip
def test_more_phrasings(prose: str, expected: list[tuple]) -> None:
    assert sorted(missions(prose, MEX_USA), key=str) == sorted(expected, key=str)


AUS_IND = "Australia–India relations"


@pytest.mark.parametrize(
    ("prose", "expected"),
    [
        ("Australia has a high commission in New Delhi and consulates-general in Mumbai and Chennai.",
         [("AUS", "IND", "New Delhi", "embassy", True), ("AUS", "IND", "Mumbai", "consulate_general", True),
          ("AUS", "IND", "Chennai", "consulate_general", True)]),
        ("The High Commission of India in Canberra opened in 1945.", [("IND", "AUS", "Canberra", "embassy", True)]),
        ("India keeps deputy high commissions in Sydney and Melbourne.",
         [("IND", "AUS", "Sydney", "consulate_general", True), ("IND", "AUS", "Melbourne", "consulate_general", True)]),
        ("The Australian High Commission in New Delhi was enlarged.", [("AUS", "IND", "New Delhi", "embassy", True)]),
        ("India has an assistant high commission in Perth.", [("IND", "AUS", "Perth", "consulate", True)]),
        ("Australia plans to open a deputy high commission in Kolkata.", []),
    ],
)  # fmt: skip
def test_commonwealth_members_keep_high_commissions(prose: str, expected: list[tuple]) -> None:
    """A high commission is the embassy of one Commonwealth member in another."""
    assert sorted(missions(prose, AUS_IND), key=str) == sorted(expected, key=str)


def test_bullets_under_a_missions_heading_and_infobox_lines() -> None:
    text = """= Trinidad and Tobago–Venezuela relations =

Infobox
- Map: X.svg
- Mission1: Embassy of Trinidad and Tobago, Caracas
- Mission2: Embassy of Venezuela, Port of Spain

== Resident diplomatic missions ==
- Venezuela has a consulate in San Fernando.
- Embassy of Venezuela, Port of Spain

== See also ==
- Embassy of Venezuela, Chaguanas
"""
    table = pd.DataFrame(extract(parse_document(text, "t.txt")))
    rows = table[["sending_iso3", "city", "mission_type", "section", "source_line"]]
    rows = rows.astype(object).where(rows.notna(), None)
    assert [tuple(r) for r in rows.itertuples(index=False)] == [
        ("TTO", "Caracas", "embassy", None, 5),
        ("VEN", "Port of Spain", "embassy", None, 6),
        ("VEN", "San Fernando", "consulate", "Resident diplomatic missions", 9),
    ]


@pytest.mark.parametrize(
    ("prose", "expected"),
    [
        # the cue tells of the mission it introduces, not of the next one
        ("Uzbekistan is accredited to Kazakhstan from its embassy in Moscow and has an honorary consulate in Almaty.",
         [("UZB", "KAZ", "Moscow", "embassy", False), ("UZB", "KAZ", "Almaty", "honorary_consulate", True)]),
        # a mission the sentence denies
        ("Kazakhstan has no embassy in Uzbekistan.", []),
        ("Uzbekistan does not have a consulate in Aktau.", []),
        ("Kazakhstan doesn't keep a consulate in Nukus.", []),
    ],
)  # fmt: skip
def test_cues_and_negations(prose: str, expected: list[tuple]) -> None:
    assert sorted(missions(prose), key=str) == sorted(expected, key=str)


def test_a_city_state_is_its_own_city() -> None:
    prose = "Estonia opened a resident embassy in Singapore in February 2021."
    assert missions(prose, "Estonia–Singapore relations") == [
        ("EST", "SGP", "Singapore", "embassy", True)
    ]


def test_an_infobox_mission_marked_non_resident() -> None:
    doc = parse_document(
        "= Iceland–Mongolia relations =\n\nInfobox\n- Mission1: Embassy of Iceland, Beijing (non-resident)\n",
        "i.txt",
    )
    [row] = extract(doc)
    assert (row["city"], row["mission_type"], row["resident"]) == ("Beijing", "embassy", False)


def test_a_territory_that_is_a_city() -> None:
    prose = "India has an embassy in Beijing and consulates-general in Shanghai and Hong Kong."
    assert [m[2] for m in missions(prose, "China–India relations")] == [
        "Beijing", "Shanghai", "Hong Kong",
    ]  # fmt: skip
