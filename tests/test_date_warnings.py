"""A date that cannot be ("31 February 2020") is no row, and the user is told where it is."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
from click.testing import CliRunner

from pipeline.cli import cli
from pipeline.document import parse_document
from pipeline.extract import timeline

ARTICLE = """= Kazakhstan–Uzbekistan relations =

== History ==
In 2019 the border commission met.
On 31 February 2020 the treaty on the border was signed, and on 2 March 2020 it was ratified.

== Trade ==
On 29 February 2019 a trade agreement was signed. On 29 February 2020 a second one followed.
Talks on April 31, 2021 failed; they resumed on 31 February 2020.
"""

WARNINGS = [
    "warning: a.txt:5: timeline: '31 February 2020' is not a date (February 2020 has 29 days)",
    "warning: a.txt:8: timeline: '29 February 2019' is not a date (February 2019 has 28 days)",
    "warning: a.txt:9: timeline: 'April 31, 2021' is not a date (April 2021 has 30 days)",
    "warning: a.txt:9: timeline: '31 February 2020' is not a date (February 2020 has 29 days)",
]


def raw_folder(tmp_path: Path, articles: dict[str, str]) -> Path:
    raw = tmp_path / "raw"
    raw.mkdir()
    for name, text in articles.items():
        (raw / name).write_text(text, encoding="utf-8")
    return raw


def test_datasets_warns_once_for_each_impossible_date_and_publishes_no_row(tmp_path: Path) -> None:
    raw = raw_folder(tmp_path, {"a.txt": ARTICLE})
    out = tmp_path / "out"
    result = CliRunner().invoke(cli, ["datasets", "--raw-dir", str(raw), "--out-dir", str(out),
                                      "--work-dir", str(tmp_path / "work")])  # fmt: skip
    assert result.exit_code == 0, result.output
    # Once each, though the timeline and the border both read the dates of the article.
    assert result.stderr.splitlines() == WARNINGS
    rows = pd.read_csv(out / "timeline.csv", dtype=str, keep_default_na=False)
    # Not a date of another precision either: no "February 2020", no "2020", no "2021".
    assert rows["date_text"].tolist() == ["2019", "2 March 2020", "29 February 2020"]


def test_parse_warns_article_by_article(tmp_path: Path) -> None:
    other = ARTICLE.replace("Kazakhstan–Uzbekistan", "Chile–Peru").replace(
        "31 February", "30 February"
    )
    # Files named against the order of their relations: warnings follow the relations.
    raw = raw_folder(tmp_path, {"a.txt": ARTICLE, "b.txt": other})
    result = CliRunner().invoke(cli, ["parse", "--raw-dir", str(raw), "--work-dir",
                                      str(tmp_path / "work")])  # fmt: skip
    assert result.exit_code == 0, result.output
    theirs = [
        w.replace("a.txt", "b.txt").replace("'31 February", "'30 February")
        for w in WARNINGS
    ]  # fmt: skip
    assert result.stderr.splitlines() == theirs + WARNINGS


def test_each_extraction_notes_a_date_once() -> None:
    doc = parse_document(ARTICLE, "a.txt")
    timeline.extract(doc)
    timeline.extract(doc)
    assert ["warning: " + note for note in doc.notes] == WARNINGS


def test_a_date_in_quotation_marks_is_not_told() -> None:
    doc = parse_document(ARTICLE.replace("On 31 February 2020", '"On 31 February 2020"'), "a.txt")
    timeline.extract(doc)
    assert ["warning: " + note for note in doc.notes] == WARNINGS[1:]
