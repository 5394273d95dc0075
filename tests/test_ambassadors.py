"""Ambassador lists: heading forms, tenure forms, malformed items."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from click.testing import CliRunner

from pipeline.cli import cli
from pipeline.countries import Country
from pipeline.document import parse_document
from pipeline.extract.ambassadors import extract, list_countries, parse_item
from pipeline.mentions import CountryMentions

KAZ, UZB = Country("Kazakhstan", "KAZ"), Country("Uzbekistan", "UZB")
GEO, AZE = Country("Georgia", "GEO"), Country("Azerbaijan", "AZE")


@pytest.mark.parametrize(
    ("countries", "heading", "sending", "receiving"),
    [
        ((KAZ, UZB), "Ambassadors of Kazakhstan to Uzbekistan", "KAZ", "UZB"),
        ((KAZ, UZB), "Ambassadors of Uzbekistan in Kazakhstan", "UZB", "KAZ"),
        ((KAZ, UZB), "List of ambassadors of Uzbekistan to Kazakhstan", "UZB", "KAZ"),
        ((KAZ, UZB), "Ambassadors of the Republic of Kazakhstan to the Republic of Uzbekistan", "KAZ", "UZB"),
        ((GEO, AZE), "Georgian ambassadors to Azerbaijan", "GEO", "AZE"),
        ((GEO, AZE), "Azerbaijani ambassadors to Georgia", "AZE", "GEO"),
        ((KAZ, Country("Tajikistan", "TJK")), "Tajik ambassadors to Kazakhstan", "TJK", "KAZ"),
        ((KAZ, Country("Kyrgyzstan", "KGZ")), "Ambassadors of the Kyrgyz Republic in Kazakhstan", "KGZ", "KAZ"),
        ((KAZ, UZB), "Kazakh ambassadors", "KAZ", "UZB"),
        ((KAZ, UZB), "Ambassadors to Kazakhstan", "UZB", "KAZ"),
        ((KAZ, UZB), "Ambassadors from Uzbekistan", "UZB", "KAZ"),
    ],
)  # fmt: skip
def test_heading_forms(countries, heading, sending, receiving) -> None:  # type: ignore[no-untyped-def]
    found = list_countries(heading, CountryMentions(countries))
    assert found is not None
    assert (found[0].iso3, found[1].iso3) == (sending, receiving)


@pytest.mark.parametrize("heading", ["Ambassadors", "List of ambassadors", "Ambassadors of Russia"])
def test_headings_that_name_no_list(heading: str) -> None:
    assert list_countries(heading, CountryMentions((KAZ, UZB))) is None


# (item, name, honorific, role, [(tenure as written, start, end, current), ...])
ITEMS = [
    ("Saylau Batyrsha-uly (1993-1994)", "Saylau Batyrsha-uly", None, None, [("1993-1994", 1993, 1994, False)]),
    ("Zurab Gumberidze (1998–2003)", "Zurab Gumberidze", None, None, [("1998–2003", 1998, 2003, False)]),
    ("Jane Doe (1996 – 2000)", "Jane Doe", None, None, [("1996 – 2000", 1996, 2000, False)]),
    ("Darkhan Satybaldy (since 2019)", "Darkhan Satybaldy", None, None, [("since 2019", 2019, None, True)]),
    ("Faig Guliyev (2020–present)", "Faig Guliyev", None, None, [("2020–present", 2020, None, True)]),
    ("Marat Tulegenov (2001–)", "Marat Tulegenov", None, None, [("2001–", 2001, None, True)]),
    ("Askar Beisenbayev (appointed 2011)", "Askar Beisenbayev", None, None, [("appointed 2011", 2011, None, False)]),
    ("Bakhyt Kerimbek (2005)", "Bakhyt Kerimbek", None, None, [("2005", 2005, 2005, False)]),
    ("Ivan Noniashvili (November 2009 – January 2010)", "Ivan Noniashvili", None, None, [("November 2009 – January 2010", 2009, 2010, False)]),
    ("1992–1996: Murat Akhmetov", "Murat Akhmetov", None, None, [("1992–1996", 1992, 1996, False)]),
    ("2018–: Jelena Horvat", "Jelena Horvat", None, None, [("2018–", 2018, None, True)]),
    ("2000–2001: Ivan Petrov (acting)", "Ivan Petrov", None, "acting", [("2000–2001", 2000, 2001, False)]),
    ("Georgy Chanturiya", "Georgy Chanturiya", None, None, [(None, None, None, False)]),
    ("Ruslan Abdullaev, 2001–2005", "Ruslan Abdullaev", None, None, [("2001–2005", 2001, 2005, False)]),
    ("Ruslan Abdullaev – since May 2019", "Ruslan Abdullaev", None, None, [("since May 2019", 2019, None, True)]),
    ("Ruslan Abdullaev (1993–1994), chargé d'affaires", "Ruslan Abdullaev", None, "chargé d'affaires", [("1993–1994", 1993, 1994, False)]),
    ("Ruslan Abdullaev (1993–1994), later foreign minister", "Ruslan Abdullaev", None, None, [("1993–1994", 1993, 1994, False)]),
    ("Ruslan Abdullaev (Abdullayev) (1993–1994)", "Ruslan Abdullaev (Abdullayev)", None, None, [("1993–1994", 1993, 1994, False)]),
    ("Anna Smith-Jones, Baroness", "Anna Smith-Jones, Baroness", None, None, [(None, None, None, False)]),
    ("Dmitry O'Neill-Petrov (acting)", "Dmitry O'Neill-Petrov", None, "acting", [(None, None, None, False)]),
    ("Peter Lang, chargé d'affaires a.i. (2001–2002)", "Peter Lang", None, "chargé d'affaires a.i.", [("2001–2002", 2001, 2002, False)]),
    ("Dr. Rawle Baptiste, 1991–1996", "Rawle Baptiste", "Dr.", None, [("1991–1996", 1991, 1996, False)]),
    ("Sir Humphrey Appleby (1980–1984)", "Humphrey Appleby", "Sir", None, [("1980–1984", 1980, 1984, False)]),
    ("Gen. (retd.) Tariq Khan (2009–2012)", "Tariq Khan", "Gen. (retd.)", None, [("2009–2012", 2009, 2012, False)]),
    ("H.E. Dr. Amina Bello (since 2021)", "Amina Bello", "H.E. Dr.", None, [("since 2021", 2021, None, True)]),
    ("Ravi Kumar (1953–1957 and 1959–1962)", "Ravi Kumar", None, None, [("1953–1957", 1953, 1957, False), ("1959–1962", 1959, 1962, False)]),
    ("Ravi Kumar (2001–2004, 2008–2012)", "Ravi Kumar", None, None, [("2001–2004", 2001, 2004, False), ("2008–2012", 2008, 2012, False)]),
    ("Elena Ruiz (since 2019; acting until 2020)", "Elena Ruiz", None, None, [("since 2019", 2019, None, True)]),
    ("Mom Rajawongse Chakrit Devakul (1992–1995)", "Chakrit Devakul", "Mom Rajawongse", None, [("1992–1995", 1992, 1995, False)]),
    ("Pol. Gen. Somchai Ratanawong, 1995–1999", "Somchai Ratanawong", "Pol. Gen.", None, [("1995–1999", 1995, 1999, False)]),
    ("Air Chief Marshal Sir John Doe (1970–1972)", "John Doe", "Air Chief Marshal Sir", None, [("1970–1972", 1970, 1972, False)]),
    ("M. Saliou Ndiaye (2012–2016)", "Saliou Ndiaye", "M.", None, [("2012–2016", 2012, 2016, False)]),
    ("M. K. Narayanan (2005–2010)", "M. K. Narayanan", None, None, [("2005–2010", 2005, 2010, False)]),
    ("Mme Aïssatou Sow Ba, since 2021", "Aïssatou Sow Ba", "Mme", None, [("since 2021", 2021, None, True)]),
    ("Polly Jones (2001–2003)", "Polly Jones", None, None, [("2001–2003", 2001, 2003, False)]),
    ("Iven Mackay (acting, 2009–2010)", "Iven Mackay", None, "acting", [("acting, 2009–2010", 2009, 2010, False)]),
    ("Bob Smith (1990–1994, chargé d'affaires)", "Bob Smith", None, "chargé d'affaires", [("1990–1994, chargé d'affaires", 1990, 1994, False)]),
    ("Zhanna Ivanovna Kim (2015–2010)", "Zhanna Ivanovna Kim", None, None, [("2015–2010", 2015, 2010, False)]),
    ("Nurlan Omarov (2014–2019", "Nurlan Omarov", None, None, [(None, None, None, False)]),
    ("Nurlan Omarov 2014–2019)", "Nurlan Omarov 2014–2019", None, None, [(None, None, None, False)]),
]  # fmt: skip


@pytest.mark.parametrize(("item", "name", "honorific", "role", "tenures"), ITEMS)
def test_item_forms(item, name, honorific, role, tenures) -> None:  # type: ignore[no-untyped-def]
    entries = parse_item(item)
    assert [(e.name, e.honorific, e.role) for e in entries] == [(name, honorific, role)] * len(
        tenures
    )
    found = [(e.tenure.text, e.tenure.start_year, e.tenure.end_year, e.tenure.is_current)
             for e in entries]  # fmt: skip
    assert found == tenures


ARTICLE = """= Kazakhstan–Uzbekistan relations =

== Diplomacy ==

=== List of ambassadors ===

From 2016 to 2018 the post was vacant.

==== Kazakh ambassadors to Uzbekistan ====
- Aigul Bekova (1993–1996)
- Serik Tore (since 1996)

== Ambassadors of Uzbekistan to Kazakhstan ==
- Rustam Karimov
"""


def test_lists_at_any_depth_and_prose_is_not_an_ambassador() -> None:
    table = pd.DataFrame(extract(parse_document(ARTICLE, "k.txt")))
    assert table[["name", "sending_iso3", "position", "source_line"]].values.tolist() == [
        ["Aigul Bekova", "KAZ", 1, 10],
        ["Serik Tore", "KAZ", 2, 11],
        ["Rustam Karimov", "UZB", 1, 14],
    ]
    assert (
        table["section"].tolist()[0]
        == "Diplomacy > List of ambassadors > Kazakh ambassadors to Uzbekistan"
    )


def test_impossible_tenure_fails_validation_naming_file_and_line(tmp_path: Path) -> None:
    raw = tmp_path / "raw"
    raw.mkdir()
    text = ARTICLE.replace("Serik Tore (since 1996)", "Serik Tore (2015–2010)")
    (raw / "kazakhstan-uzbekistan.txt").write_text(text, encoding="utf-8")
    result = CliRunner().invoke(cli, ["datasets", "--raw-dir", str(raw), "--out-dir",
                                      str(tmp_path / "out"), "--work-dir", str(tmp_path / "w")])  # fmt: skip
    assert result.exit_code == 1
    assert (
        result.stderr
        == "Error: kazakhstan-uzbekistan.txt:11: ambassadors: tenure 2015–2010 ends before it "
        "starts\n"
    )
    assert not (tmp_path / "out").exists()


def test_gaps_and_overlaps_are_warnings(tmp_path: Path) -> None:
    raw = tmp_path / "raw"
    raw.mkdir()
    text = ARTICLE.replace("(since 1996)", "(2001–2005)").replace(
        "- Rustam Karimov", "- Rustam Karimov (1994–1999)\n- Anvar Salikhov (1998–2002)"
    )
    (raw / "kazakhstan-uzbekistan.txt").write_text(text, encoding="utf-8")
    result = CliRunner().invoke(cli, ["datasets", "--raw-dir", str(raw), "--out-dir",
                                      str(tmp_path / "out"), "--work-dir", str(tmp_path / "w")])  # fmt: skip
    assert result.exit_code == 0, result.output
    assert (
        "warning: kazakhstan-uzbekistan.txt:11: ambassadors: no ambassador listed between 1996 and 2001"
        in result.output
    )
    assert (
        "warning: kazakhstan-uzbekistan.txt:15: ambassadors: Anvar Salikhov starts in 1998, before Rustam Karimov ends in 1999"
        in result.output
    )
    assert (tmp_path / "out" / "ambassadors.csv").is_file()


@pytest.mark.parametrize(
    ("countries", "heading", "sending", "receiving"),
    [
        ((Country("Japan", "JPN"), Country("South Korea", "KOR")), "Japan's ambassadors in Seoul", "JPN", "KOR"),
        ((Country("Japan", "JPN"), Country("South Korea", "KOR")), "Ambassadors in Tokyo", "KOR", "JPN"),
        ((Country("Mexico", "MEX"), Country("United States", "USA")), "U.S. ambassadors to Mexico", "USA", "MEX"),
        ((Country("Belgium", "BEL"), Country("Netherlands", "NLD")), "From Belgium", "BEL", "NLD"),
        ((Country("Belgium", "BEL"), Country("Netherlands", "NLD")), "Dutch envoys in Brussels", "NLD", "BEL"),
    ],
)  # fmt: skip
def test_more_heading_forms(countries, heading, sending, receiving) -> None:  # type: ignore[no-untyped-def]
    found = list_countries(heading, CountryMentions(countries))
    assert found is not None
    assert (found[0].iso3, found[1].iso3) == (sending, receiving)


HEADS_OF_MISSION = """= Belgium–Netherlands relations =

== Heads of mission ==

=== From Belgium ===

==== 1990s ====
- Jan Peeters (1990–1995)
- Anne Claes (1995–1999)

==== 2000s ====
- Luc Maes (1999–2004, 2006–2009)

=== Dutch ambassadors in Brussels ===
- Dr. Pieter de Vries (2001–2005)
- Sanne Bakker (acting)

== See also ==
- List of ambassadors of Belgium
"""


def test_heads_of_mission_with_sub_lists_inherit_the_direction() -> None:
    table = pd.DataFrame(extract(parse_document(HEADS_OF_MISSION, "b.txt")))
    rows = table[["name", "honorific", "role", "sending_iso3", "receiving_iso3", "start_year",
                  "end_year", "position"]].astype(object).where(table.notna(), None)  # fmt: skip
    assert rows.values.tolist() == [
        ["Jan Peeters", None, None, "BEL", "NLD", 1990, 1995, 1],
        ["Anne Claes", None, None, "BEL", "NLD", 1995, 1999, 2],
        ["Luc Maes", None, None, "BEL", "NLD", 1999, 2004, 1],
        ["Luc Maes", None, None, "BEL", "NLD", 2006, 2009, 1],
        ["Pieter de Vries", "Dr.", None, "NLD", "BEL", 2001, 2005, 1],
        ["Sanne Bakker", None, "acting", "NLD", "BEL", None, None, 2],
    ]
    assert table["ambassador_id"].is_unique


def test_two_sub_lists_in_one_direction_publish(tmp_path: Path) -> None:
    """Row identity does not hang on a position within its list."""
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "belgium-netherlands.txt").write_text(HEADS_OF_MISSION, encoding="utf-8")
    result = CliRunner().invoke(cli, ["datasets", "--raw-dir", str(raw), "--out-dir",
                                      str(tmp_path / "out"), "--work-dir", str(tmp_path / "w")])  # fmt: skip
    assert result.exit_code == 0, result.output
    lines = (tmp_path / "out" / "ambassadors.csv").read_text(encoding="utf-8").splitlines()
    assert len(lines) == 1 + 6


def test_every_check_names_the_values_and_is_one_line_for_all_its_failures(tmp_path: Path) -> None:
    """Interim rows no extractor writes, edited by hand: each failed check is one line, with
    its first failure and how many more like it."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "belgium-netherlands.txt").write_text(HEADS_OF_MISSION, encoding="utf-8")
    work = tmp_path / "w"
    assert CliRunner().invoke(cli, ["parse", "--raw-dir", str(raw), "--work-dir", str(work)]).exit_code == 0  # fmt: skip
    path = work / "ambassadors.parquet"
    schema = pq.read_schema(path)
    table = pq.read_table(path).to_pandas()
    table.loc[[0, 1], "is_current"] = True  # Jan Peeters (1990–1995), Anne Claes (1995–1999)
    table.loc[[2, 3, 4], "receiving_iso3"] = table.loc[[2, 3, 4], "sending_iso3"]
    table.loc[[1, 4, 5], "position"] = 0
    pq.write_table(pa.Table.from_pandas(table, schema=schema, preserve_index=False), path)
    result = CliRunner().invoke(cli, ["validate", "--work-dir", str(work)])
    assert result.exit_code == 1
    assert result.stderr.removeprefix("Error: ").splitlines() == [
        "belgium-netherlands.txt:8: ambassadors: tenure 1990–1995 is current but ends in 1995 "
        "(and 1 more like it)",
        "belgium-netherlands.txt:9: ambassadors.position: check greater_than_or_equal_to(1) "
        "failed (found 0) (and 2 more like it)",
        "belgium-netherlands.txt:12: ambassadors: Luc Maes: sending and receiving country are "
        "both BEL (and 2 more like it)",
    ]
