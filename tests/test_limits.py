"""Sizes and counts: a very long ambassador list is published whole; thousands of failures of
one check are one line, and cost seconds, not minutes."""

from __future__ import annotations

import itertools
import time
from collections.abc import Callable
from pathlib import Path

import pandas as pd
import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner, Result

from pipeline.cli import cli
from schemas.ambassadors import warnings
from tests.conftest import FIXTURE_ARTICLES

# Invented names: two capitalised words of three syllables each, 8,000 words, all distinct.
SYLLABLES = ("ka", "lo", "mi", "ra", "tu", "se", "no", "be", "di", "fa",
             "gu", "ha", "ji", "ke", "la", "mo", "nu", "pe", "ri", "so")  # fmt: skip
WORDS = ["".join(s).capitalize() for s in itertools.product(SYLLABLES, repeat=3)]


def names(count: int) -> list[str]:
    """``count`` distinct names such as 'Kakalo Kakaloova'."""
    return [f"{WORDS[i % len(WORDS)]} {WORDS[(i // len(WORDS) + i) % len(WORDS)]}ova"
            for i in range(count)]  # fmt: skip


def article(count: int, tenure: Callable[[int], str], sending: str = "Kazakhstan",
            receiving: str = "Uzbekistan") -> bytes:  # fmt: skip
    """An article whose one list of ambassadors has ``count`` items; the first item is on
    line 7."""
    lines = [f"= {sending}–{receiving} relations =", "", "They are neighbours.", "",
             "== List of ambassadors ==", f"=== Ambassadors of {sending} to {receiving} ==="]  # fmt: skip
    lines += [f"- {name} ({tenure(i)})" for i, name in enumerate(names(count))]
    return ("\n".join(lines) + "\n").encode("utf-8")


def build(tmp_path: Path, articles: dict[str, bytes], *extra: str) -> tuple[Result, float]:
    raw = tmp_path / "raw"
    raw.mkdir(parents=True)
    for name, content in articles.items():
        (raw / name).write_bytes(content)
    started = time.perf_counter()
    result = CliRunner().invoke(cli, ["datasets", "--raw-dir", str(raw), "--out-dir",
                                      str(tmp_path / "out"), "--work-dir", str(tmp_path / "work"),
                                      "--jobs", "1", "--quiet", *extra])  # fmt: skip
    return result, time.perf_counter() - started


def test_a_list_of_100000_ambassadors_is_published_whole(tmp_path: Path) -> None:
    """Positions, lines and offsets are 32-bit: no limit short of the 5 MB an article may
    have (this one is 3.2 MB). Measured: about 7 s on 2 cores, linear in the list."""
    count = 100_000
    # One-year tenures, in order ('(2005)' is 2005..2005): no gaps, no overlaps, no warnings.
    result, seconds = build(
        tmp_path, {"x.txt": article(count, lambda i: str(1600 + i * 500 // count))}
    )
    assert result.exit_code == 0, result.output
    assert result.stderr == ""
    assert seconds < 60, f"{seconds:.1f} s: something grows faster than the list"
    table = pd.read_csv(tmp_path / "out" / "ambassadors.csv", keep_default_na=False)
    assert len(table) == count
    assert table["position"].tolist() == list(range(1, count + 1))
    assert table["name"].is_unique and table["ambassador_id"].is_unique
    assert table["source_line"].max() == 6 + count
    schema = pq.read_schema(tmp_path / "out" / "ambassadors.parquet")
    assert str(schema.field("position").type) == "int32"


def test_warnings_of_a_long_list_cost_linear_time() -> None:
    """100,000 overlapping tenures: one warning each, in one pass."""
    count = 100_000
    table = pd.DataFrame(
        {
            "relation_id": "kazakhstan-uzbekistan", "section": "Ambassadors",
            "name": names(count), "start_year": 2001, "end_year": 2005,
            "position": range(1, count + 1), "char_start": range(count),
            "source_file": "x.txt", "source_line": range(7, count + 7),
        }
    )  # fmt: skip
    started = time.perf_counter()
    found = warnings(table)
    assert time.perf_counter() - started < 10
    assert len(found) == count - 1
    assert found[0] == (
        "x.txt:8: ambassadors: Kakalo Kakaloova starts in 2001, before Kakaka Kakakaova "
        "ends in 2005"
    )


IMPOSSIBLE = "Error: x.txt:7: ambassadors: tenure 2015–2010 ends before it starts"


def test_5000_impossible_tenures_are_one_line_naming_the_first(tmp_path: Path) -> None:
    """Measured: validation and the message take about 1.5 s (it was 22 s, and 21 lines)."""
    result, seconds = build(tmp_path, {"x.txt": article(5_000, lambda i: "2015–2010")})
    assert result.exit_code == 1
    assert result.stderr == f"{IMPOSSIBLE} (and 4,999 more like it)\n"
    assert seconds < 15, f"{seconds:.1f} s"
    assert not (tmp_path / "out").exists()


def test_keep_going_skips_an_article_of_many_impossible_tenures_in_one_line(
    tmp_path: Path,
) -> None:
    fixture = FIXTURE_ARTICLES[0]
    result, seconds = build(
        tmp_path,
        {"x.txt": article(5_000, lambda i: "2015–2010"), fixture.name: fixture.read_bytes()},
        "--keep-going",
    )
    assert result.exit_code == 1
    lines = [line for line in result.stderr.splitlines() if not line.startswith("warning: ")]
    assert lines == [
        f"skipped: {IMPOSSIBLE.removeprefix('Error: ')} (and 4,999 more like it)",
        "Error: 1 failure(s); the rest was done",
    ]
    assert seconds < 20, f"{seconds:.1f} s"
    relations = pd.read_csv(tmp_path / "out" / "relations.csv")
    assert relations["relation_id"].tolist() == [fixture.stem]


def test_one_check_failing_in_several_articles_is_one_line(tmp_path: Path) -> None:
    """Grouped by table and check, whatever the articles: the first and a count; with
    --keep-going, each article left out is listed."""
    two_bad = {
        "a.txt": article(3, lambda i: "2015–2010"),
        "b.txt": article(3, lambda i: f"{2009 - i}–2000", "Kazakhstan", "Kyrgyzstan"),
    }
    result, _ = build(tmp_path, two_bad)
    assert result.exit_code == 1
    # b.txt's relation (kazakhstan-kyrgyzstan) comes first in the published order.
    assert result.stderr == (
        "Error: b.txt:7: ambassadors: tenure 2009–2000 ends before it starts (and 5 more like it)\n"
    )
    result, _ = build(tmp_path / "again", two_bad, "--keep-going")
    assert result.stderr.splitlines() == [
        "skipped: b.txt:7: ambassadors: tenure 2009–2000 ends before it starts "
        "(and 2 more like it)",
        "skipped: a.txt:7: ambassadors: tenure 2015–2010 ends before it starts "
        "(and 2 more like it)",
        "Error: no article passed validation",
    ]


@pytest.mark.parametrize(
    ("tenure", "shown"),
    [("2015–\x1b[2J2010", "2015–\\x1b[2J2010"), ("2015–2010", "2015–2010")],
    ids=["escape", "plain"],
)
def test_the_tenure_quoted_in_a_failure_is_on_one_line(
    tmp_path: Path, tenure: str, shown: str
) -> None:
    result, _ = build(tmp_path, {"x.txt": article(1, lambda i: tenure)})
    assert result.stderr == (f"Error: x.txt:7: ambassadors: tenure {shown} ends before it starts\n")
