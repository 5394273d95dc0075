"""The timeline table: which dated expressions of the prose become rows."""

from __future__ import annotations

from pipeline.document import parse_document
from pipeline.extract import timeline


def rows(prose: str) -> list[str]:
    doc = parse_document(f"= Poland–Ukraine relations =\n\n== History ==\n{prose}\n", "p.txt")
    return [str(row["date_text"]) for row in timeline.extract(doc)]


def test_an_ambassadors_tenure_told_in_prose_is_no_event() -> None:
    """Tenures belong to the ambassadors table (the data contract), wherever they are told."""
    assert (
        rows("The first Polish ambassador in Kyiv was Jerzy Kozakiewicz, from 1992 to 1995.") == []
    )
    assert rows("Andrii Deshchytsia, Ukraine's ambassador in Warsaw from 2014 to 2022, left.") == []
    assert rows("She has been ambassador since 2019.") == []


def test_what_an_ambassador_did_is_an_event() -> None:
    assert rows("The ambassador was expelled on 23 July 2025.") == ["23 July 2025"]
    assert rows("The ambassador arrived in 2019.") == ["2019"]
    assert rows("Relations were good between 1992 and 1995.") == ["between 1992 and 1995"]


def test_list_items_narrate_events_but_ambassador_lists_and_table_rows_do_not() -> None:
    doc = parse_document(
        "= Estonia–Singapore relations =\n\n== High level visits ==\n"
        "- President Kersti Kaljulaid made a working visit to Singapore on 11–13 July 2021.\n"
        "- Agreement on the avoidance of double taxation (2014)\n\n"
        "== Country comparison ==\n- Founded | 1918 | 1965\n\n"
        "== List of ambassadors of Estonia to Singapore ==\n- Jaan Tamm (2015–2019)\n\n"
        "== See also ==\n- Foreign relations of Estonia (2020)\n",
        "e.txt",
    )
    found = [(row["date_text"], row["section"]) for row in timeline.extract(doc)]
    assert found == [("11–13 July 2021", "High level visits"), ("2014", "High level visits")]
