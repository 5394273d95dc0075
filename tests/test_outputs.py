"""Published files: golden tables, committed outputs reproduced, CSV and Parquet agree."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq
import pytest

from pipeline import stages
from pipeline.columns import arrow_schema
from pipeline.database import DATABASE_FILE
from pipeline.registry import datasets
from tests.conftest import ALL_ARTICLES, RAW, ROOT, snapshot
from tests.golden import build_article, golden_dir

TABLES = [d.name for d in datasets()]


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Each article's datasets, built once for the module."""
    folders = {}
    for article in ALL_ARTICLES:
        out = tmp_path_factory.mktemp(article.stem) / "out"
        build_article(article, out)
        folders[article.stem] = out
    return folders


@pytest.mark.parametrize("article", ALL_ARTICLES, ids=lambda p: p.stem)
@pytest.mark.parametrize("table", TABLES)
def test_golden_tables(built: dict[str, Path], article: Path, table: str) -> None:
    """Each published table equals its golden file, which was read against the article."""
    golden = golden_dir(article) / f"{table}.csv"
    assert (built[article.stem] / f"{table}.csv").read_text(encoding="utf-8") == golden.read_text(
        encoding="utf-8"
    )


def _files(folder: Path) -> list[str]:
    """Every file of a published folder, those of the page's folders too, hidden ones not."""
    return sorted(
        p.relative_to(folder).as_posix()
        for p in folder.rglob("*")
        if p.is_file() and not any(part.startswith(".") for part in p.relative_to(folder).parts)
    )


def test_committed_outputs_are_reproduced_byte_for_byte(tmp_path: Path) -> None:
    out = tmp_path / "outputs"
    stages.build(RAW, out, tmp_path / "work")
    committed = ROOT / "outputs"
    fresh = _files(out)
    # The DuckDB database is built beside the published files but is not one of them.
    assert fresh == [name for name in _files(committed) if name != DATABASE_FILE]
    assert "index.html" in fresh and "assets/site.js" in fresh
    for name in fresh:
        assert (out / name).read_bytes() == (committed / name).read_bytes(), name


def test_two_builds_are_identical(tmp_path: Path) -> None:
    first, second = tmp_path / "a", tmp_path / "b"
    stages.build(RAW, first, tmp_path / "w1")
    stages.build(RAW, second, tmp_path / "w2")
    assert _files(first) == _files(second)
    for name in _files(first):
        assert (first / name).read_bytes() == (second / name).read_bytes(), name


@pytest.mark.parametrize("table", TABLES)
def test_parquet_holds_the_csv_rows_with_real_types(built: dict[str, Path], table: str) -> None:
    dataset = next(d for d in datasets() if d.name == table)
    for out in built.values():
        parquet = pq.read_table(out / f"{table}.parquet")
        assert parquet.schema.remove_metadata() == arrow_schema(dataset).remove_metadata()
        for field in parquet.schema:
            assert field.metadata[b"description"], field.name
        from_csv = pd.read_csv(out / f"{table}.csv", dtype=str, keep_default_na=False)
        assert list(from_csv.columns) == dataset.columns
        as_text = pd.DataFrame(
            {name: _as_csv_text(parquet.column(name)) for name in dataset.columns}
        )
        pd.testing.assert_frame_equal(as_text, from_csv, check_dtype=False)


def _as_csv_text(column: pa.ChunkedArray) -> list[str]:
    """How the contract writes a column in CSV: true/false, ISO dates (400 BC is -0399-…),
    UTC times with Z, empty for null. Arrow formats dates, which Python's cannot hold."""
    if pa.types.is_date(column.type):
        return ["" if v is None else v for v in pc.cast(column, pa.string()).to_pylist()]
    if pa.types.is_timestamp(column.type):
        return ["" if v is None else v.strftime("%Y-%m-%dT%H:%M:%SZ") for v in column.to_pylist()]
    if pa.types.is_boolean(column.type):
        return ["" if v is None else "true" if v else "false" for v in column.to_pylist()]
    return ["" if v is None else str(v) for v in column.to_pylist()]


def test_checksums_list_every_file(tmp_path: Path) -> None:
    import hashlib

    out = tmp_path / "out"
    stages.build(RAW, out, tmp_path / "work")
    lines = (out / "SHA256SUMS").read_text().splitlines()
    listed = {line.split("  ")[1]: line.split("  ")[0] for line in lines}
    assert set(listed) == set(_files(out)) - {"SHA256SUMS"}
    for name, digest in listed.items():
        assert hashlib.sha256((out / name).read_bytes()).hexdigest() == digest


def test_failed_publish_leaves_outputs_untouched(tmp_path: Path) -> None:
    out = tmp_path / "out"
    stages.build(RAW, out, tmp_path / "work")
    before = snapshot(out)
    interim = tmp_path / "work" / "relations.parquet"
    table = pd.read_parquet(interim)
    table.loc[0, "country_a_iso3"] = "kz"
    table.to_parquet(interim, index=False)
    with pytest.raises(stages.PipelineError) as caught:
        stages.publish(tmp_path / "work", out)
    assert "kazakhstan-uzbekistan.txt:1: relations.country_a_iso3" in str(caught.value)
    assert snapshot(out) == before
    # No staging folder is left; the (empty) lock files of the two folders stay, by design.
    assert sorted(p.name for p in tmp_path.iterdir()) == [".out.lock", ".work.lock", "out", "work"]
