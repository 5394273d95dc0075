"""import-dump: relation articles from a MediaWiki XML export, plain or bzip2."""

from __future__ import annotations

import bz2
import json
import re
import tracemalloc
from datetime import UTC, datetime
from pathlib import Path
from xml.sax.saxutils import escape

import pytest
from click.testing import CliRunner

from pipeline.cli import cli
from pipeline.dump import DEFAULT_TITLES, dump_revisions
from pipeline.errors import PipelineError
from pipeline.ingest import import_dump

SITEINFO = """  <siteinfo>
    <sitename>Wikipedia</sitename>
    <dbname>enwiki</dbname>
    <base>https://en.wikipedia.org/wiki/Main_Page</base>
    <generator>MediaWiki 1.45.0-wmf.1</generator>
    <case>first-letter</case>
    <namespaces>
      <namespace key="0" case="first-letter" />
      <namespace key="1" case="first-letter">Talk</namespace>
      <namespace key="10" case="first-letter">Template</namespace>
    </namespaces>
  </siteinfo>
"""
TIME = datetime(2026, 11, 28, 12, 0, 0, tzinfo=UTC)


def page(title: str, revisions: list[tuple[int, str, str]], ns: int = 0, page_id: int = 1,
         redirect: str | None = None) -> str:  # fmt: skip
    """One <page>: revisions as (id, timestamp, wikitext)."""
    parts = [f"  <page>\n    <title>{escape(title)}</title>\n    <ns>{ns}</ns>\n"
             f"    <id>{page_id}</id>\n"]  # fmt: skip
    if redirect:
        parts.append(f'    <redirect title="{escape(redirect)}" />\n')
    for revision_id, timestamp, text in revisions:
        parts.append(
            f"    <revision>\n      <id>{revision_id}</id>\n"
            f"      <timestamp>{timestamp}</timestamp>\n"
            "      <contributor><username>Editor</username><id>7</id></contributor>\n"
            "      <model>wikitext</model>\n      <format>text/x-wiki</format>\n"
            f'      <text bytes="{len(text)}" xml:space="preserve">{escape(text)}</text>\n'
            "      <sha1>0</sha1>\n    </revision>\n"
        )
    parts.append("  </page>\n")
    return "".join(parts)


def dump_xml(*pages: str) -> str:
    return (
        '<mediawiki xmlns="http://www.mediawiki.org/xml/export-0.11/" version="0.11" '
        'xml:lang="en">\n' + SITEINFO + "".join(pages) + "</mediawiki>\n"
    )


CHILE_PERU_OLD = "'''Chile–Peru relations''' began in 1822."
CHILE_PERU_NEW = (
    "'''Chile–Peru relations''' began in 1822.\n\n== History ==\nA treaty was signed in 1929."
)
CORPUS = dump_xml(
    page("Chile–Peru relations",
         [(201, "2025-03-01T00:00:00Z", CHILE_PERU_NEW),
          (100, "2020-01-01T00:00:00Z", CHILE_PERU_OLD)], page_id=10),
    page("Talk:Chile–Peru relations", [(300, "2025-01-01T00:00:00Z", "Talk.")], ns=1, page_id=11),
    page("Template:Chile–Peru relations", [(301, "2025-01-01T00:00:00Z", "Nav.")], ns=10,
         page_id=12),
    page("Chile-Peru relations", [(302, "2025-01-01T00:00:00Z", "#REDIRECT [[Chile–Peru relations]]")],
         page_id=13, redirect="Chile–Peru relations"),
    page("Chile", [(303, "2025-01-01T00:00:00Z", "Chile is a country.")], page_id=14),
    page("Chile–European Union relations", [(304, "2025-01-01T00:00:00Z", "Since 1990.")],
         page_id=15),
    page("Bolivia–Chile relations", [(305, "2024-06-01T12:30:00Z", "Tense since 1879.")],
         page_id=16),
)  # fmt: skip


@pytest.fixture(params=["xml", "xml.bz2"])
def dump(tmp_path: Path, request: pytest.FixtureRequest) -> Path:
    path = tmp_path / f"enwiki-test.{request.param}"
    data = CORPUS.encode("utf-8")
    path.write_bytes(bz2.compress(data) if request.param.endswith("bz2") else data)
    return path


def run_import(dump: Path, raw: Path, titles: str = DEFAULT_TITLES, skip=None):
    return import_dump(dump, raw, titles, lambda s: None, skip, clock=lambda: TIME)


def test_only_relation_articles_are_taken_newest_revision_first(dump: Path, tmp_path: Path) -> None:
    raw = tmp_path / "raw"
    summary = run_import(dump, raw)
    assert sorted(p.name for p in raw.iterdir()) == [
        "bolivia-chile.source.json", "bolivia-chile.txt",
        "chile-peru.source.json", "chile-peru.txt",
    ]  # fmt: skip
    assert summary.not_relations == ["Chile–European Union relations"]
    text = (raw / "chile-peru.txt").read_text(encoding="utf-8")
    assert text == (
        "= Chile–Peru relations =\n\nChile–Peru relations began in 1822.\n\n"
        "== History ==\n\nA treaty was signed in 1929.\n"
    )
    record = json.loads((raw / "chile-peru.source.json").read_text(encoding="utf-8"))
    assert (record["page_id"], record["revision_id"]) == (10, 201)
    assert record["revision_time"] == "2025-03-01T00:00:00Z"
    assert record["method"] == "dump" and record["retrieved_from"] == dump.name
    assert record["url"] == (
        "https://en.wikipedia.org/w/index.php?title=Chile%E2%80%93Peru_relations&oldid=201"
    )


def test_importing_again_changes_no_byte(dump: Path, tmp_path: Path) -> None:
    raw = tmp_path / "raw"
    run_import(dump, raw)
    before = {p.name: (p.read_bytes(), p.stat().st_mtime_ns) for p in raw.iterdir()}
    summary = run_import(dump, raw)
    assert {s.status for s in summary.saved} == {"unchanged"}
    assert {p.name: (p.read_bytes(), p.stat().st_mtime_ns) for p in raw.iterdir()} == before


def test_an_older_dump_does_not_replace_a_newer_revision(tmp_path: Path) -> None:
    raw = tmp_path / "raw"
    newer = tmp_path / "new.xml"
    newer.write_text(CORPUS, encoding="utf-8")
    run_import(newer, raw)
    older = tmp_path / "old.xml"
    older.write_text(dump_xml(page("Chile–Peru relations",
                                   [(100, "2020-01-01T00:00:00Z", CHILE_PERU_OLD)], page_id=10)),
                     encoding="utf-8")  # fmt: skip
    summary = run_import(older, raw)
    assert [s.status for s in summary.saved] == ["kept"]
    assert "History" in (raw / "chile-peru.txt").read_text(encoding="utf-8")


def test_titles_matching_selects_other_titles(dump: Path, tmp_path: Path) -> None:
    summary = run_import(dump, tmp_path / "raw", titles=r"^Bolivia")
    assert [s.path.name for s in summary.saved] == ["bolivia-chile.txt"]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"this is not XML at all", r"x\.xml:1: not well-formed XML"),
        (b"<html><body>Hello</body></html>", r"x\.xml: not a MediaWiki XML dump \(its root is <html>\)"),
        (CORPUS.encode()[: len(CORPUS) // 2], r"x\.xml:\d+: the XML ends before the dump does"),
        (b"", r"x\.xml:1: the XML ends before the dump does"),
    ],
    ids=["not-xml", "not-a-dump", "truncated", "empty"],
)  # fmt: skip
def test_a_bad_dump_is_one_line(tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / "x.xml"
    path.write_bytes(content)
    with pytest.raises(PipelineError, match=message) as caught:
        run_import(path, tmp_path / "raw")
    assert "\n" not in str(caught.value)
    # What was saved before the dump broke off is whole: an article and its record.
    raw = tmp_path / "raw"
    files = sorted(p.name for p in raw.iterdir()) if raw.exists() else []
    assert all(not name.endswith(".tmp") for name in files)
    assert len([f for f in files if f.endswith(".txt")]) == len(
        [f for f in files if f.endswith(".source.json")]
    )


@pytest.mark.parametrize(
    ("content", "message"),
    [(b"not bzip2 data", "cannot be read as bz2"), (bz2.compress(CORPUS.encode())[:300], "cut short")],
    ids=["not-bzip2", "truncated"],
)  # fmt: skip
def test_a_bad_compressed_dump_is_one_line(tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / "x.xml.bz2"
    path.write_bytes(content)
    with pytest.raises(PipelineError, match=message):
        run_import(path, tmp_path / "raw")


def test_cli_import_then_datasets(dump: Path, tmp_path: Path) -> None:
    raw, out = tmp_path / "raw", tmp_path / "out"
    result = CliRunner().invoke(cli, ["import-dump", str(dump), "--raw-dir", str(raw)])
    assert result.exit_code == 0, result.output
    assert f"imported 2 articles from {dump} into {raw}" in result.output
    assert "1 matching titles are not relations between two countries" in result.output
    result = CliRunner().invoke(cli, ["datasets", "--raw-dir", str(raw), "--out-dir", str(out),
                                      "--work-dir", str(tmp_path / "work")])  # fmt: skip
    assert result.exit_code == 0, result.output
    relations = (out / "relations.csv").read_text(encoding="utf-8")
    assert "&oldid=201,201,2025-03-01T00:00:00Z," in relations
    assert "&oldid=305,305,2024-06-01T12:30:00Z," in relations


def test_cli_bad_dump_and_bad_pattern(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["import-dump", str(tmp_path / "none.xml")])
    assert (result.exit_code, result.output) == (
        1,
        f"Error: {tmp_path / 'none.xml'}: no such dump file\n",
    )
    path = tmp_path / "d.xml"
    path.write_text(CORPUS, encoding="utf-8")
    result = CliRunner().invoke(cli, ["import-dump", str(path), "--titles-matching", "(unclosed"])
    assert result.exit_code == 1
    assert result.output.startswith("Error: --titles-matching is not a regular expression")


def test_memory_stays_flat_whatever_the_dump_size(tmp_path: Path) -> None:
    """Ten times the pages, about the same peak: pages are read and forgotten."""
    body = "Lorem ipsum dolor sit amet. " * 20

    def peak(pages: int) -> int:
        path = tmp_path / f"{pages}.xml"
        with path.open("w", encoding="utf-8") as file:
            file.write(dump_xml().removesuffix("</mediawiki>\n"))
            for i in range(pages):
                file.write(
                    page(f"Page {i}", [(i + 1, "2025-01-01T00:00:00Z", body)], page_id=i + 1)
                )
            file.write("</mediawiki>\n")
        tracemalloc.start()
        assert list(dump_revisions(path, re.compile("^Nothing$"))) == []
        _, top = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        return top

    peak(10)  # imports and first-use caches are not what is measured
    small, large = peak(1_000), peak(10_000)
    assert large < small * 1.5, (small, large)
