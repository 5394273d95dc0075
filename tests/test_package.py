"""The data package, the data dictionary, the DuckDB database and incremental builds."""

from __future__ import annotations

import json
import shutil
import subprocess
from datetime import date
from pathlib import Path

import duckdb
import pandas as pd
import pyarrow.parquet as pq
import pytest
from frictionless import validate

from pipeline import stages
from pipeline.columns import columns
from pipeline.database import VIEWS, build_database
from pipeline.registry import datasets
from tests.conftest import RAW, ROOT

TABLES = [d.name for d in datasets()]


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("build") / "outputs"
    stages.build(RAW, out, out.parent / "work")
    return out


def test_frictionless_finds_no_error(built: Path) -> None:
    report = validate(built / "datapackage.json")
    assert report.valid, report.flatten(["rowNumber", "fieldName", "type", "note"])
    assert report.stats["errors"] == 0
    assert len(report.tasks) == 2 * len(TABLES)


def test_frictionless_notices_a_changed_file(built: Path, tmp_path: Path) -> None:
    """The sizes and hashes in the package are checked, not decoration."""
    copy = tmp_path / "copy"
    shutil.copytree(built, copy)
    csv = copy / "timeline.csv"
    csv.write_bytes(csv.read_bytes().replace(b"2021", b"2022", 1))
    assert not validate(copy / "datapackage.json").valid


def test_package_describes_every_file(built: Path) -> None:
    package = json.loads((built / "datapackage.json").read_text(encoding="utf-8"))
    assert package["licenses"][0]["name"] == "CC-BY-SA-4.0"
    (source,) = package["sources"]
    assert source["file"] == "raw/kazakhstan-uzbekistan.txt"
    assert source["path"].startswith("https://en.wikipedia.org/wiki/Kazakhstan%E2%80%93Uzbekistan")
    paths = sorted(r["path"] for r in package["resources"])
    assert paths == sorted(f"{t}.{e}" for t in TABLES for e in ("csv", "parquet"))
    for resource in package["resources"]:
        assert resource["bytes"] == (built / resource["path"]).stat().st_size
        assert resource["hash"].startswith("sha256:")
        fields = resource["schema"]["fields"]
        assert all(f["description"] for f in fields)
        if resource["name"] != "relations" and not resource["name"].startswith("relations-"):
            assert resource["schema"]["foreignKeys"][0]["reference"]["resource"] == "relations"


def test_generated_documents_match_the_committed_ones(built: Path) -> None:
    for name in ("datapackage.json", "README.md", "SHA256SUMS"):
        assert (built / name).read_bytes() == (ROOT / "outputs" / name).read_bytes(), name


def test_dictionary_documents_every_column(built: Path) -> None:
    dictionary = (built / "README.md").read_text(encoding="utf-8")
    for dataset in datasets():
        assert f"### {dataset.name}" in dictionary
        for column in columns(dataset):
            assert f"| `{column.name}` |" in dictionary
    for needle in (
        "EDTF",
        "CC BY-SA 4.0",
        "pl.read_parquet",
        "FROM 'timeline.parquet'",
        "arrow::read_parquet",
    ):
        assert needle in dictionary


@pytest.mark.parametrize("table", TABLES)
def test_parquet_reads_back_the_same_in_duckdb_and_pyarrow(built: Path, table: str) -> None:
    csv = pd.read_csv(built / f"{table}.csv", dtype=str, keep_default_na=False)
    arrow = pq.read_table(built / f"{table}.parquet")
    with duckdb.connect() as connection:
        from_duckdb = connection.sql(
            f"SELECT * FROM read_parquet('{built / table}.parquet')"
        ).fetchall()
    assert [tuple(_text(v) for v in row) for row in from_duckdb] == list(
        csv.itertuples(index=False, name=None)
    )
    assert [tuple(_text(v) for v in row.values()) for row in arrow.to_pylist()] == list(
        csv.itertuples(index=False, name=None)
    )


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float):
        return f"{value:.6f}".rstrip("0").rstrip(".") if value != int(value) else str(value)
    return str(value)


def test_parquet_types_load_everywhere(built: Path) -> None:
    schema = pq.read_schema(built / "timeline.parquet")
    assert str(schema.field("date_start").type) == "date32[day]"
    assert str(schema.field("approximate").type) == "bool"
    assert str(schema.field("date_text").type) == "string"
    assert str(pq.read_schema(built / "ambassadors.parquet").field("start_year").type) == "int16"
    with duckdb.connect() as connection:
        oldest = connection.execute(
            f"SELECT min(date_start) FROM '{built}/timeline.parquet'"
        ).fetchall()[0]
    assert oldest == (date(1201, 1, 1),)


def test_database_has_tables_keys_and_views(built: Path) -> None:
    path = build_database(built)
    with duckdb.connect(str(path)) as connection:
        for table in TABLES:
            count = connection.execute(f"SELECT count(*) FROM {table}").fetchall()[0][0]
            assert count == len(pd.read_csv(built / f"{table}.csv"))
        keys = connection.sql(
            "SELECT table_name, constraint_type FROM information_schema.table_constraints "
            "WHERE constraint_type IN ('PRIMARY KEY', 'FOREIGN KEY')"
        ).fetchall()
        assert {(t, "PRIMARY KEY") for t in TABLES} <= set(keys)
        assert ("timeline", "FOREIGN KEY") in keys
        current = connection.sql("SELECT sending_country, name FROM current_ambassadors").fetchall()
        assert len(current) == 2
        for view in VIEWS:
            connection.sql(f"SELECT * FROM {view}").fetchall()
        with pytest.raises(duckdb.ConstraintException):  # the foreign key holds
            connection.execute(
                "INSERT INTO missions SELECT * REPLACE ('nowhere' AS relation_id, 'x' AS mission_id) "
                "FROM missions LIMIT 1"
            ).fetchall()


def test_make_datasets_does_nothing_when_nothing_changed(tmp_path: Path) -> None:
    """Make's targets are the files it produces: a second run with no change does nothing."""
    project = tmp_path / "project"
    project.mkdir()
    for name in ("Makefile", "pyproject.toml", "requirements.lock"):
        shutil.copy2(ROOT / name, project / name)
    for folder in ("pipeline", "schemas", "raw", "outputs"):
        ignore = shutil.ignore_patterns("*.duckdb", "__pycache__")
        shutil.copytree(ROOT / folder, project / folder, ignore=ignore)
    # Use this environment as it is: a fresh stamp tells Make it is ready, so that it never
    # reinstalls the package from the copy.
    stamp = project / "ready"
    stamp.touch()
    make = ["make", f"VENV={ROOT / '.venv'}", f"READY={stamp}", "datasets"]
    first = subprocess.run(make, cwd=project, capture_output=True, text=True)
    assert first.returncode == 0, first.stderr
    assert (project / "outputs" / "relations.duckdb").is_file()
    again = subprocess.run(make, cwd=project, capture_output=True, text=True)
    assert "Nothing to be done" in again.stdout
    (project / "raw" / "kazakhstan-uzbekistan.txt").touch()
    changed = subprocess.run(
        [*make[:-1], "-n", "datasets"], cwd=project, capture_output=True, text=True
    )
    assert "pipeline datasets" in changed.stdout


def test_events_per_year_counts_open_intervals_by_their_known_bound(built: Path) -> None:
    """Every dated event is counted once: in the year it begins, or, with no known start
    ("until 2010"), in the year of its known end; "since 2021" counts in 2021."""
    timeline = pd.read_csv(built / "timeline.csv", dtype=str, keep_default_na=False)
    expected: dict[int, list[int]] = {}
    for row in timeline.itertuples():
        bound = row.date_start or row.date_end
        if bound:
            counts = expected.setdefault(int(bound[:4]), [0, 0])
            counts[0] += 1
            counts[1] += not (row.date_start and row.date_end)
    path = build_database(built)
    with duckdb.connect(str(path)) as connection:
        rows = connection.sql("SELECT year, events, open_intervals FROM events_per_year").fetchall()
    assert {year: [events, open_] for year, events, open_ in rows} == expected
    assert sum(open_ for _, _, open_ in rows) > 0  # the article has open intervals
