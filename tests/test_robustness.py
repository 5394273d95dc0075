"""Any article of this layout, any bad input: clear errors, nothing half-written, nothing lost."""

from __future__ import annotations

import signal
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pandas as pd
import pytest
from click.testing import CliRunner

from pipeline.cli import cli
from pipeline.document import parse_document
from pipeline.registry import datasets
from tests.conftest import FIXTURE_ARTICLES, SOURCE_ARTICLE, snapshot
from tests.golden import golden_dir

# Columns that count characters: they move when white space is added, the facts do not.
OFFSETS = ["char_start", "char_end", "date_char_start", "date_char_end", "value_char_start",
           "value_char_end", "source_sha256"]  # fmt: skip


def run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(cli, list(args))
    return result.exit_code, result.output


def build(raw: Path, out: Path, *extra: str) -> tuple[int, str]:
    return run("datasets", "--raw-dir", str(raw), "--out-dir", str(out),
               "--work-dir", str(out.parent / f"{out.name}-work"), *extra)  # fmt: skip


def folder(tmp_path: Path, name: str, articles: dict[str, bytes]) -> Path:
    raw = tmp_path / name
    raw.mkdir()
    for file_name, content in articles.items():
        (raw / file_name).write_bytes(content)
    return raw


def tables(out: Path) -> dict[str, pd.DataFrame]:
    return {d.name: pd.read_csv(out / f"{d.name}.csv", dtype=str, keep_default_na=False)
            for d in datasets()}  # fmt: skip


SOURCE = SOURCE_ARTICLE.read_bytes()


def test_a_corpus_of_articles(tmp_path: Path) -> None:
    raw = folder(
        tmp_path, "raw", {p.name: p.read_bytes() for p in [SOURCE_ARTICLE, *FIXTURE_ARTICLES]}
    )
    code, output = build(raw, tmp_path / "out")
    assert code == 0, output
    found = tables(tmp_path / "out")
    articles = [SOURCE_ARTICLE, *FIXTURE_ARTICLES]
    for name, table in found.items():
        # The articles with rows of this table when built alone (a stub may have no
        # ambassadors, two countries need not share a border): all of them, and only them.
        expected = {
            a.stem for a in articles
            if not pd.read_csv(golden_dir(a) / f"{name}.csv", dtype=str).empty
        }  # fmt: skip
        assert expected, name
        assert set(table["relation_id"]) == expected, name
        key = table.columns[0]
        assert table[key].is_unique, name
    # The corpus holds each article's rows, as built alone.
    for article in [SOURCE_ARTICLE, *FIXTURE_ARTICLES]:
        alone = pd.read_csv(golden_dir(article) / "timeline.csv", dtype=str, keep_default_na=False)
        mine = found["timeline"][found["timeline"]["relation_id"] == article.stem]
        assert len(mine) == len(alone), article.stem


def test_one_bad_article_stops_the_build_and_keep_going_publishes_the_rest(tmp_path: Path) -> None:
    raw = folder(tmp_path, "raw", {SOURCE_ARTICLE.name: SOURCE})
    out = tmp_path / "out"
    assert build(raw, out)[0] == 0
    before = snapshot(out)
    (raw / "broken.txt").write_bytes(b"\xff\xfe\x00garbage")
    code, output = build(raw, out)
    assert code == 1
    assert f"{raw / 'broken.txt'}:1: binary file" in output
    assert snapshot(out) == before
    code, output = build(raw, out, "--keep-going")
    assert code == 1
    assert f"skipped: {raw / 'broken.txt'}:1: binary file" in output
    assert "1 failure(s); the rest was done" in output
    assert set(tables(out)["relations"]["relation_id"]) == {"kazakhstan-uzbekistan"}


def test_keep_going_leaves_out_an_article_that_fails_validation(tmp_path: Path) -> None:
    bad = SOURCE.replace(b"(2016-2018)", b"(2018-2016)")
    fixture = FIXTURE_ARTICLES[0]
    raw = folder(tmp_path, "raw", {SOURCE_ARTICLE.name: bad, fixture.name: fixture.read_bytes()})
    code, output = build(raw, tmp_path / "out", "--keep-going")
    assert code == 1
    assert (
        "skipped: kazakhstan-uzbekistan.txt:76: ambassadors: tenure 2018-2016 ends before it "
        "starts\n" in output
    )
    assert set(tables(tmp_path / "out")["relations"]["relation_id"]) == {fixture.stem}


def _odd(text: str) -> bytes:
    """The same article with a byte-order mark, CRLF, trailing blanks, tabs, no final newline."""
    lines = []
    for line in text.split("\n"):
        if line.startswith("=="):
            line = line.replace("== ", "==\t").replace(" ==", "\t==")
        elif line.startswith("- "):
            line = "-\t" + line[2:]
        lines.append(line + (" \t " if line else ""))
    return ("\ufeff" + "\r\n".join(lines).rstrip()).encode("utf-8")


@pytest.mark.parametrize("article", [SOURCE_ARTICLE, *FIXTURE_ARTICLES], ids=lambda p: p.stem)
def test_odd_but_valid_input_gives_the_same_facts(tmp_path: Path, article: Path) -> None:
    clean = folder(tmp_path, "clean", {article.name: article.read_bytes()})
    odd = folder(tmp_path, "odd", {article.name: _odd(article.read_text(encoding="utf-8"))})
    assert build(clean, tmp_path / "clean-out")[0] == 0
    code, output = build(odd, tmp_path / "odd-out")
    assert code == 0, output
    expected, found = tables(tmp_path / "clean-out"), tables(tmp_path / "odd-out")
    for name in expected:
        keep = [c for c in expected[name].columns if c not in OFFSETS]
        pd.testing.assert_frame_equal(found[name][keep], expected[name][keep], obj=name)


def test_missing_optional_sections_give_empty_tables(tmp_path: Path) -> None:
    raw = folder(
        tmp_path,
        "raw",
        {"a.txt": "= Kazakhstan–Uzbekistan relations =\n\nThey are neighbours.".encode()},
    )
    code, output = build(raw, tmp_path / "out")
    assert code == 0, output
    found = tables(tmp_path / "out")
    assert len(found["relations"]) == 1
    for name in ("timeline", "ambassadors", "missions", "border"):
        assert found[name].empty, name
        assert list(found[name].columns) == next(d.columns for d in datasets() if d.name == name)


def test_a_skipped_heading_level_is_accepted() -> None:
    doc = parse_document(
        "= Kazakhstan–Uzbekistan relations =\n\n== A ==\n\n==== B ====\nText.\n", "a.txt"
    )
    assert [s.heading_path for s in doc.sections()] == ["A", "A > B"]


def test_a_huge_file_is_refused_before_it_is_read(tmp_path: Path) -> None:
    raw = tmp_path / "raw"
    raw.mkdir()
    with open(raw / "huge.txt", "wb") as handle:
        handle.truncate(50 * 1024 * 1024)  # sparse: 50 MB on paper, nothing on disk
    code, output = build(raw, tmp_path / "out")
    assert code == 1
    assert (
        "huge.txt: file is 52,428,800 bytes, more than the 5,242,880 an article may have" in output
    )


@contextmanager
def deadline(seconds: int) -> Iterator[None]:
    """Fail instead of hanging: a guard against super-linear matching, not a benchmark."""

    def expire(signum: int, frame: object) -> None:
        raise TimeoutError(f"took more than {seconds} s")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


PATHOLOGICAL = {
    "digits": "1" * 50_000, "dashes": "-" * 50_000, "parentheses": "(" * 50_000,
    "equals": "=" * 50_000, "spaces": "a" + " " * 50_000 + "b", "capitalised words": "Abc " * 12_000,
    "numbers with units": "1 km " * 10_000, "months": "May " * 12_000, "years": "2001 " * 10_000,
    "names and commas": "disputed areas (" + "Abc, " * 10_000, "cities": "Kazakhstan has an embassy in " + "Abc " * 12_000,
    "treaties": "border treaty signed " * 2_500, "dots": "a. " * 16_000,
}  # fmt: skip


@pytest.mark.parametrize("body", PATHOLOGICAL.values(), ids=PATHOLOGICAL.keys())
def test_long_lines_cost_linear_time(body: str) -> None:
    """Quadratic matching would take minutes on these lines; linear takes well under a second."""
    doc = parse_document(f"= Kazakhstan–Uzbekistan relations =\n\n== Border ==\n{body}\n", "x.txt")
    with deadline(20):
        for dataset in datasets():
            dataset.extract(doc)


# Lines with a date every few characters (a 1 MB line holds some 100,000): each costs time
# in proportion to the dates it holds, not to dates × its length nor to dates².
MANY_DATES = {
    "sentences": "In 2001 and 2002, the commission met. ", "one sentence": "in 2001 and 2002, ",
    "year ranges": "1991–1995, ", "months": "May 2001 and June 2002 ",
    "decades": "the 1990s and 2000s ", "years glued by dashes": "2001-",
    "relative dates": "In 2001, a week later, ", "dates without a year": "2001 on 10 May the ",
    "short years": "in 711 Tariq ",
}  # fmt: skip


def _seconds_to_extract(unit: str, length: int) -> float:
    """CPU time to parse an article of one such line of ``length`` characters and extract
    every table from it."""
    from pipeline.temporal import _recognise_paragraph

    _recognise_paragraph.cache_clear()  # time the recogniser, not its cache
    body = unit * (length // len(unit))
    start = time.process_time()
    doc = parse_document(f"= Kazakhstan–Uzbekistan relations =\n\n== History ==\n{body}\n", "x.txt")
    for dataset in datasets():
        dataset.extract(doc)
    return time.process_time() - start


@pytest.mark.parametrize("unit", MANY_DATES.values(), ids=MANY_DATES.keys())
def test_lines_full_of_dates_cost_linear_time(unit: str) -> None:
    """Four times the line takes about four times as long (sixteen times, were the cost
    quadratic), whatever the speed of the machine; a 1 MB line takes seconds."""
    with deadline(60):
        short = min(_seconds_to_extract(unit, 20_000) for _ in range(2))
        long = _seconds_to_extract(unit, 80_000)
    assert long < 8 * short + 0.2, f"{short:.2f} s, then {long:.2f} s for four times as much"


def test_debug_flag_shows_a_traceback_for_developers(tmp_path: Path) -> None:
    raw = folder(tmp_path, "raw", {"a.txt": b""})
    result = CliRunner().invoke(cli, ["--debug", "datasets", "--raw-dir", str(raw)])
    assert result.exit_code == 1
    assert isinstance(result.exception, Exception)
    result = CliRunner().invoke(cli, ["datasets", "--raw-dir", str(raw)])
    assert "Traceback" not in result.output
