"""Every published row points back to the exact characters of its source."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pandas as pd
import pyarrow.parquet as pq
import pytest
from edtf import parse_edtf

from pipeline.days import Day
from tests.conftest import ALL_ARTICLES, ROOT
from tests.facts import read_rows
from tests.golden import golden_dir

# The column each table quotes from the source, verbatim, at char_start:char_end.
EVIDENCE = {
    "relations": "title",
    "timeline": "text",
    "missions": "text",
    "ambassadors": "name",
    "border": "text",
}


@pytest.mark.parametrize("article", ALL_ARTICLES, ids=lambda p: p.stem)
@pytest.mark.parametrize("table", sorted(EVIDENCE))
def test_offsets_slice_to_the_evidence(article: Path, table: str) -> None:
    text = article.read_text(encoding="utf-8-sig")
    lines = text.split("\n")
    for row in read_rows(golden_dir(article) / f"{table}.csv"):
        start, end = int(row["char_start"]), int(row["char_end"])
        assert row["source_file"] == article.name
        evidence = text[start:end]
        if table == "ambassadors":  # the span is the whole list item: title, name, tenure
            assert row["name"] in evidence
            assert row["tenure_text"] is None or row["tenure_text"] in evidence
        else:
            assert evidence == row[EVIDENCE[table]]
        assert text[start:end].split("\n")[0] in lines[int(row["source_line"]) - 1]


@pytest.mark.parametrize("article", ALL_ARTICLES, ids=lambda p: p.stem)
def test_timeline_dates_are_consistent(article: Path) -> None:
    text = article.read_text(encoding="utf-8-sig")
    for row in read_rows(golden_dir(article) / "timeline.csv"):
        assert text[int(row["date_char_start"]) : int(row["date_char_end"])] == row["date_text"]
        assert row["date_text"] in row["text"]
        parse_edtf(row["date_edtf"])
        start, end = row["date_start"], row["date_end"]
        assert start or end
        if start and end:  # astronomical years below 1 ("-0399-01-01") included
            assert Day.fromisoformat(start) <= Day.fromisoformat(end)


def test_dates_before_1677_survive_both_formats() -> None:
    """pandas' nanosecond timestamps stop at 1677; the 13th century must come back intact."""
    outputs = ROOT / "outputs"
    csv = pd.read_csv(outputs / "timeline.csv", dtype=str, keep_default_na=False)
    assert "1201-01-01" in set(csv["date_start"])
    arrow = pq.read_table(outputs / "timeline.parquet")
    assert date(1201, 1, 1) in arrow.column("date_start").to_pylist()
    frame = pd.read_parquet(outputs / "timeline.parquet")
    assert date(1201, 1, 1) in set(frame["date_start"].dropna())
    assert str(frame["date_start"].dtype) == "date32[day][pyarrow]"


def _refers_back(words: str) -> bool:
    first = words.split()[0]
    return first.lower() in ("the", "this", "these", "both", "it", "its", "they") or first.endswith(
        "ed"
    )


@pytest.mark.parametrize("article", ALL_ARTICLES, ids=lambda p: p.stem)
def test_border_values_point_at_their_words(article: Path) -> None:
    text = article.read_text(encoding="utf-8-sig")
    for row in read_rows(golden_dir(article) / "border.csv"):
        start, end = int(row["value_char_start"]), int(row["value_char_end"])
        assert int(row["char_start"]) <= start < end <= int(row["char_end"])
        words = text[start:end]
        if row["subject"] in ("treaty", "commission", "ruling"):
            # A composed name ("delimitation agreement (Kyrgyzstan)"): a word of it is there;
            # or the words refer to a treaty named before ("The treaty", "Its successor",
            # "Negotiated … and signed").
            name = {w.lower() for w in row["value"].split(" (")[0].split()}
            found = {w.lower().strip(",") for w in words.split()}
            assert name & found or _refers_back(words), (row["value"], words)
        elif row["value_num"] is None and row["attribute"] in ("closed", "reopened"):
            # What closed is named where the sentence names it, or by the pronoun that stands
            # for a crossing of the sentence before ("It reopened to freight on 12 April").
            assert words == row["value"] or words.lower() in ("it", "they"), (row["value"], words)
        elif row["value_num"] is None:
            assert words == row["value"]
