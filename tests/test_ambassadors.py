"""Ambassador lists: heading forms, tenure forms, malformed items."""

from __future__ import annotations

from pathlib import Path

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


@pytest.mark.parametrize(
    ("item", "name", "tenure", "start", "end", "current"),
    [
        ("Saylau Batyrsha-uly (1993-1994)", "Saylau Batyrsha-uly", "1993-1994", 1993, 1994, False),
        ("Zurab Gumberidze (1998–2003)", "Zurab Gumberidze", "1998–2003", 1998, 2003, False),
        ("Jane Doe (1996 – 2000)", "Jane Doe", "1996 – 2000", 1996, 2000, False),
        ("Darkhan Satybaldy (since 2019)", "Darkhan Satybaldy", "since 2019", 2019, None, True),
        ("Faig Guliyev (2020–present)", "Faig Guliyev", "2020–present", 2020, None, True),
        ("Marat Tulegenov (2001–)", "Marat Tulegenov", "2001–", 2001, None, True),
        ("Askar Beisenbayev (appointed 2011)", "Askar Beisenbayev", "appointed 2011", 2011, None, False),
        ("Bakhyt Kerimbek (2005)", "Bakhyt Kerimbek", "2005", 2005, 2005, False),
        ("Ivan Noniashvili (November 2009 – January 2010)", "Ivan Noniashvili", "November 2009 – January 2010", 2009, 2010, False),
        ("1992–1996: Murat Akhmetov", "Murat Akhmetov", "1992–1996", 1992, 1996, False),
        ("Georgy Chanturiya", "Georgy Chanturiya", None, None, None, False),
        ("Ruslan Abdullaev, 2001–2005", "Ruslan Abdullaev", "2001–2005", 2001, 2005, False),
        ("Ruslan Abdullaev – since May 2019", "Ruslan Abdullaev", "since May 2019", 2019, None, True),
        ("Ruslan Abdullaev (1993–1994), chargé d'affaires", "Ruslan Abdullaev", "1993–1994", 1993, 1994, False),
        ("Ruslan Abdullaev (Abdullayev) (1993–1994)", "Ruslan Abdullaev (Abdullayev)", "1993–1994", 1993, 1994, False),
        ("Anna Smith-Jones, Baroness", "Anna Smith-Jones, Baroness", None, None, None, False),
        ("Dmitry O'Neill-Petrov (acting)", "Dmitry O'Neill-Petrov", "acting", None, None, False),
        ("Zhanna Ivanovna Kim (2015–2010)", "Zhanna Ivanovna Kim", "2015–2010", 2015, 2010, False),
        ("Nurlan Omarov (2014–2019", "Nurlan Omarov", None, None, None, False),
        ("Nurlan Omarov 2014–2019)", "Nurlan Omarov 2014–2019", None, None, None, False),
    ],
)  # fmt: skip
def test_tenure_forms(item, name, tenure, start, end, current) -> None:  # type: ignore[no-untyped-def]
    found_name, found = parse_item(item)
    assert found_name == name
    assert (found.text, found.start_year, found.end_year, found.is_current) == (
        tenure,
        start,
        end,
        current,
    )


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
    table = extract(parse_document(ARTICLE, "k.txt"))
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
        "kazakhstan-uzbekistan.txt:11: ambassadors: check start_year <= end_year failed"
        in result.output
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
