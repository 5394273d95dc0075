"""The publication around the tables: the data page's files, citation, changelog, metadata,
database comments and the release zip."""

from __future__ import annotations

import hashlib
import json
import re
import shutil
import tomllib
import zipfile
from pathlib import Path

import duckdb
import jsonschema
import pytest
import yaml
from click.testing import CliRunner

from pipeline import RELEASE_DATE, __version__
from pipeline.cli import cli
from pipeline.columns import columns
from pipeline.database import VIEWS, build_database
from pipeline.registry import datasets
from pipeline.site import _utf16_offsets
from tests.conftest import ROOT

OUTPUTS = ROOT / "outputs"


# --- citation, changelog, version -----------------------------------------------------------


def test_citation_is_valid_cff_and_the_repository_cites_the_published_one() -> None:
    schema = json.loads((ROOT / "tests" / "data" / "citation-cff-1.2.0.schema.json").read_text())
    published = (OUTPUTS / "CITATION.cff").read_bytes()
    citation = yaml.safe_load(published)
    validator = jsonschema.Draft7Validator(schema, format_checker=jsonschema.FormatChecker())
    assert [error.message for error in validator.iter_errors(citation)] == []
    assert citation["version"] == __version__
    assert citation["date-released"] == RELEASE_DATE[:10]
    assert citation["license"] == "CC-BY-SA-4.0"
    relations = _csv_rows(OUTPUTS / "relations.csv")
    urls = [reference["url"] for reference in citation["references"]]
    assert [r["title"] for r in citation["references"]] == [r["title"] for r in relations]
    assert all(url.startswith("https://en.wikipedia.org/wiki/") for url in urls)
    # The repository's own CITATION.cff (what GitHub's "Cite this repository" reads).
    assert (ROOT / "CITATION.cff").read_bytes() == published


def test_version_is_one_and_the_changelog_dates_it() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    assert project["version"] == __version__
    package = json.loads((OUTPUTS / "datapackage.json").read_text())
    assert package["version"] == __version__
    entries = re.findall(r"^## (\S+) — (\d{4}-\d{2}-\d{2})$", (ROOT / "CHANGELOG.md").read_text(),
                         flags=re.MULTILINE)  # fmt: skip
    assert entries[0] == (__version__, RELEASE_DATE[:10])  # the newest entry first
    assert len({version for version, _ in entries}) == len(entries)


def test_data_package_has_catalogue_metadata_and_enums() -> None:
    package = json.loads((OUTPUTS / "datapackage.json").read_text())
    assert package["homepage"].startswith("https://")
    assert {"bilateral relations", "Kazakhstan", "Uzbekistan"} <= set(package["keywords"])
    assert {c["role"] for c in package["contributors"]} == {"author", "publisher"}
    fields = {
        (resource["name"], field["name"]): field
        for resource in package["resources"]
        if resource["format"] == "csv"
        for field in resource["schema"]["fields"]
    }
    for table, column in [("timeline", "category"), ("timeline", "precision"),
                          ("timeline", "qualifier"), ("missions", "mission_type"),
                          ("border", "subject"), ("border", "unit")]:  # fmt: skip
        enum = fields[(table, column)]["constraints"]["enum"]
        values = {r[column] for r in _csv_rows(OUTPUTS / f"{table}.csv") if r[column]}
        assert values and values <= set(enum), (table, column)
    # The attribute of a border fact is a closed vocabulary with a side suffix: a pattern.
    assert "pattern" in fields[("border", "attribute")]["constraints"]


def test_database_comments_every_table_column_and_view(tmp_path: Path) -> None:
    folder = tmp_path / "out"
    shutil.copytree(OUTPUTS, folder, ignore=shutil.ignore_patterns("*.duckdb"))
    with duckdb.connect(str(build_database(folder)), read_only=True) as connection:
        tables = dict(connection.sql("SELECT table_name, comment FROM duckdb_tables()").fetchall())
        found = {
            (t, c): comment
            for t, c, comment in connection.sql(
                "SELECT table_name, column_name, comment FROM duckdb_columns()"
            ).fetchall()
        }
        views = dict(
            connection.sql(
                "SELECT view_name, comment FROM duckdb_views() WHERE NOT internal"
            ).fetchall()
        )
    for dataset in datasets():
        assert tables[dataset.name]
        for column in columns(dataset):
            assert found[(dataset.name, column.name)] == column.description
    assert set(views) == set(VIEWS) and all(views.values())


# --- the release ----------------------------------------------------------------------------


def release(out: Path, dist: Path) -> tuple[int, str]:
    result = CliRunner().invoke(cli, ["release", "--out-dir", str(out), "--dist-dir", str(dist)])
    return result.exit_code, result.output


@pytest.fixture(scope="module")
def published(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("published") / "out"
    shutil.copytree(OUTPUTS, folder, ignore=shutil.ignore_patterns("*.duckdb"))
    build_database(folder)
    return folder


def test_release_twice_gives_the_same_zip(published: Path, tmp_path: Path) -> None:
    first, second = tmp_path / "one", tmp_path / "two"
    assert release(published, first)[0] == 0
    assert release(published, second)[0] == 0
    name = f"relations-datasets-{__version__}.zip"
    assert (first / name).read_bytes() == (second / name).read_bytes()
    digest = hashlib.sha256((first / name).read_bytes()).hexdigest()
    assert (first / f"{name}.sha256").read_text() == f"{digest}  {name}\n"


def test_release_holds_every_file_and_checksums_that_verify(
    published: Path, tmp_path: Path
) -> None:
    release(published, tmp_path)
    top = f"relations-datasets-{__version__}/"
    with zipfile.ZipFile(tmp_path / f"relations-datasets-{__version__}.zip") as archive:
        names = archive.namelist()
        assert names == sorted(names) and all(n.startswith(top) for n in names)
        inside = {n[len(top) :] for n in names}
        expected = {p.relative_to(published).as_posix() for p in published.rglob("*")
                    if p.is_file() and not p.name.startswith(".")}  # fmt: skip
        assert inside == expected
        assert {"relations.duckdb", "index.html", "CITATION.cff"} <= inside
        sums = archive.read(top + "SHA256SUMS").decode().splitlines()
        listed = dict(reversed(line.split("  ")) for line in sums)
        assert set(listed) == inside - {"SHA256SUMS"}
        for name, digest in listed.items():
            assert hashlib.sha256(archive.read(top + name)).hexdigest() == digest, name
        assert {info.date_time for info in archive.infolist()} == {(1980, 1, 1, 0, 0, 0)}


def test_release_without_a_database_is_one_line(tmp_path: Path) -> None:
    folder = tmp_path / "out"
    shutil.copytree(OUTPUTS, folder, ignore=shutil.ignore_patterns("*.duckdb"))
    code, output = release(folder, tmp_path / "dist")
    assert code == 1
    assert output == (f"Error: {folder}: no relations.duckdb: run `make datasets` (publish, "
                      "then the database) first\n")  # fmt: skip
    assert not (tmp_path / "dist").exists() or not any((tmp_path / "dist").iterdir())


def test_make_release_builds_the_datasets_first() -> None:
    makefile = (ROOT / "Makefile").read_text()
    assert re.search(r"^release: datasets$", makefile, flags=re.MULTILINE)
    assert "-m pipeline release --out-dir outputs --dist-dir dist" in makefile


# --- the data page (what the browser tests cannot see: the files) -----------------------------


def test_one_relation_is_one_page(tmp_path: Path) -> None:
    assert (OUTPUTS / "index.html").is_file()
    assert not (OUTPUTS / "relations").exists()
    page = (OUTPUTS / "index.html").read_text()
    assert page.count('id="relation-data"') == 1


def test_many_relations_get_an_index_and_a_page_each(corpus_site: Path) -> None:
    relations = _csv_rows(corpus_site / "relations.csv")
    index = (corpus_site / "index.html").read_text()
    for relation in relations:
        page = corpus_site / "relations" / f"{relation['relation_id']}.html"
        assert page.is_file()
        assert f'href="relations/{relation["relation_id"]}.html"' in index
        data = _page_data(page)
        for table in ("timeline", "ambassadors", "missions", "border"):
            rows = [r for r in _csv_rows(corpus_site / f"{table}.csv")
                    if r["relation_id"] == relation["relation_id"]]  # fmt: skip
            assert len(data["tables"][table]) == len(rows), (relation["relation_id"], table)
    for dataset in datasets():
        count = len(_csv_rows(corpus_site / f"{dataset.name}.csv"))
        assert f'data-dataset="{dataset.name}"\ndata-rows="{count}"' in index


def test_every_row_points_at_its_evidence_in_the_page_text(corpus_site: Path) -> None:
    """The page's offsets (UTF-16, as JavaScript counts) select the row's span of the text."""
    for page in sorted((corpus_site / "relations").glob("*.html")):
        data = _page_data(page)
        text = _page_text(page)
        units = text.encode("utf-16-le")
        for table, rows in data["tables"].items():
            csv_rows = [r for r in _csv_rows(corpus_site / f"{table}.csv")
                        if r["relation_id"] == data["relation"]["relation_id"]]  # fmt: skip
            for shown, row in zip(rows, csv_rows, strict=True):
                start, end = shown["at"]
                quoted = units[2 * start : 2 * end].decode("utf-16-le")
                assert quoted == text[int(row["char_start"]) : int(row["char_end"])]


def test_offsets_count_characters_beyond_the_basic_plane_twice() -> None:
    text = "a😀b"
    assert _utf16_offsets(text) == [0, 1, 3, 4]
    assert _utf16_offsets("abc") == [0, 1, 2, 3]


def test_page_needs_no_network() -> None:
    """Scripts and styles are local files; no URL but links for people to follow."""
    for page in [OUTPUTS / "index.html"]:
        html = page.read_text()
        sources = re.findall(r'<(?:script|link)[^>]+(?:src|href)="([^"]+)"', html)
        assert sources and all(not s.startswith(("http:", "https:", "//")) for s in sources)
        for source in sources:
            assert (page.parent / source).is_file(), source


def _page_data(page: Path) -> dict:  # type: ignore[type-arg]
    html = page.read_text()
    found = re.search(r'<script type="application/json" id="relation-data">(.*?)</script>',
                      html, flags=re.DOTALL)  # fmt: skip
    assert found is not None
    return json.loads(found.group(1).replace("<\\/", "</"))


def _page_text(page: Path) -> str:
    import html

    found = re.search(r'<pre id="article" class="article">(.*?)</pre>', page.read_text(),
                      flags=re.DOTALL)  # fmt: skip
    assert found is not None
    assert found.group(1).startswith("\n")  # dropped by the parser: see _relation_body
    return html.unescape(found.group(1)[1:])


def _csv_rows(path: Path) -> list[dict[str, str]]:
    import csv

    with path.open(encoding="utf-8", newline="") as file:
        return list(csv.DictReader(file))
