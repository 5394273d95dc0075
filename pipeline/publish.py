"""Write validated tables as CSV and Parquet, byte for byte reproducibly, and atomically.

Files are written into a hidden sibling of the output folder, which then takes its place in
one atomic exchange (pipeline.folders); a failure or a kill at any point leaves the previous
outputs exactly as they were.
"""

from __future__ import annotations

import csv
import hashlib
import shutil
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pipeline.columns import arrow_schema, columns
from pipeline.errors import PipelineError
from pipeline.folders import staging_dir, swap_in
from pipeline.package import citation_cff, data_dictionary, datapackage, package_json
from pipeline.registry import Dataset, datasets
from pipeline.site import write_site

if TYPE_CHECKING:
    import pandas as pd

CHECKSUMS = "SHA256SUMS"
PACKAGE_FILE = "datapackage.json"
DICTIONARY_FILE = "README.md"
CITATION_FILE = "CITATION.cff"


class Publication:
    """An output folder being written: tables arrive in batches, already validated and in
    order, and go to CSV and Parquet files in a staging folder, which replaces the output
    folder when everything is written. Memory holds one batch, not the tables."""

    def __init__(self, out_dir: Path, articles: Path | None = None):
        """``articles``: the interim file of the articles' texts, for the data page."""
        # A symbolic link is published through: the folder it points to is replaced, the
        # link stays.
        target = out_dir.resolve() if out_dir.is_symlink() else out_dir
        _check_ours(target)
        self.articles = articles
        self.out_dir = out_dir
        self.target = target
        self.staging = staging_dir(target)
        self.counts: dict[str, int] = {}
        self._csv: dict[str, Any] = {}
        self._parquet: dict[str, Any] = {}

    def write(self, dataset: Dataset, batch: pd.DataFrame) -> None:
        """Append validated rows of ``dataset``."""
        import pyarrow as pa
        import pyarrow.parquet as pq

        name = dataset.name
        if name not in self._csv:
            file = (self.staging / f"{name}.csv").open("w", encoding="utf-8", newline="")
            self._csv[name] = (file, csv.writer(file, lineterminator="\n"))
            self._csv[name][1].writerow(dataset.columns)
            self.counts[name] = 0
        self._csv[name][1].writerows(csv_rows(batch, dataset))
        arrow = pa.Table.from_pandas(
            batch[dataset.columns], schema=arrow_schema(dataset), preserve_index=False
        )
        if name not in self._parquet:
            # The schema of the first batch carries pandas' metadata, with which pandas
            # reads integers with nulls back as Int16, not float.
            self._parquet[name] = pq.ParquetWriter(
                self.staging / f"{name}.parquet", arrow.schema, compression="zstd"
            )
        self._parquet[name].write_table(arrow)
        self.counts[name] += len(batch)

    def finish(self, relations: pd.DataFrame) -> list[Path]:
        """Close the tables, add the data package, the dictionary and the checksums, and put
        the folder in place of the output folder; the files published."""
        try:
            for dataset in datasets():  # an empty table is published with its header
                if dataset.name not in self._csv:
                    self.write(dataset, _empty(dataset))
            self._close()
            files = {path.name: _file_facts(path) for path in sorted(self.staging.iterdir())}
            package = datapackage(relations, files)
            (self.staging / PACKAGE_FILE).write_bytes(package_json(package))
            dictionary = data_dictionary(relations, self.counts, package)
            (self.staging / DICTIONARY_FILE).write_bytes(dictionary)
            (self.staging / CITATION_FILE).write_bytes(citation_cff(relations))
            write_site(self.staging, self.articles)
            _write_checksums(self.staging)
            swap_in(self.staging, self.target)
        except BaseException:
            self.abort()
            raise
        return sorted(self.out_dir.iterdir())

    def abort(self) -> None:
        """Leave the output folder as it was: the staging folder goes."""
        self._close()
        shutil.rmtree(self.staging, ignore_errors=True)

    def _close(self) -> None:
        for file, _ in self._csv.values():
            file.close()
        for writer in self._parquet.values():
            writer.close()
        self._csv, self._parquet = {}, {}


def write_outputs(tables: dict[str, pd.DataFrame], out_dir: Path) -> list[Path]:
    """Publish validated, ordered ``tables`` into ``out_dir`` at once; the files written."""
    publication = Publication(out_dir)
    try:
        for dataset in datasets():
            publication.write(dataset, tables[dataset.name])
    except BaseException:
        publication.abort()
        raise
    return publication.finish(tables["relations"])


def _empty(dataset: Dataset) -> pd.DataFrame:
    from pipeline.tables import arrow_table, frame

    return frame(arrow_table([], dataset))


def _file_facts(path: Path) -> tuple[int, str]:
    """Size and SHA-256 of a file, read in pieces."""
    digest = hashlib.sha256()
    with path.open("rb") as file:
        for block in iter(lambda: file.read(1 << 20), b""):
            digest.update(block)
    return path.stat().st_size, digest.hexdigest()


def csv_bytes(table: pd.DataFrame, dataset: Dataset) -> bytes:
    """The table as contract CSV: UTF-8, \\n, ISO dates, true/false, empty for null."""
    import io

    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(dataset.columns)
    writer.writerows(csv_rows(table, dataset))
    return buffer.getvalue().encode("utf-8")


def csv_rows(table: pd.DataFrame, dataset: Dataset) -> Iterator[tuple[str, ...]]:
    """The rows of a table as CSV cells, built column by column (ten times faster than cell
    by cell); the standard csv module, which pandas uses too, writes them."""
    kinds = {c.name: c.table_schema for c in columns(dataset)}
    cells = [_csv_column(table[name], kinds[name]) for name in dataset.columns]
    return zip(*cells, strict=True)


def _csv_column(column: pd.Series, kind: str) -> list[str]:
    """A column as CSV text, empty for null. Dates are formatted by Arrow, which writes years
    below 1 as -0399-01-01 where Python's date cannot hold them; times are UTC, written
    2025-11-20T10:11:12Z; booleans true and false; numbers as Python writes them."""
    import pyarrow as pa
    import pyarrow.compute as pc

    if kind == "date":
        return [
            "" if v is None else v for v in pc.cast(pa.array(column.array), pa.string()).to_pylist()
        ]
    values = column.astype(object).where(column.notna(), None).tolist()
    if kind == "datetime":
        return ["" if v is None else _utc_text(v) for v in values]
    if kind == "boolean":
        return ["" if v is None else "true" if v else "false" for v in values]
    if kind == "integer":
        return ["" if v is None else str(int(v)) for v in values]
    return ["" if v is None else str(v) for v in values]


def _utc_text(value: datetime) -> str:
    return value.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _write_checksums(folder: Path) -> None:
    """SHA256SUMS of every file, those of the page's folders too, as ``sha256sum -c`` reads."""
    paths = sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file())
    lines = [f"{_file_facts(folder / path)[1]}  {path}\n" for path in paths]
    (folder / CHECKSUMS).write_text("".join(lines), encoding="utf-8")


def _check_ours(out_dir: Path) -> None:
    """Refuse to replace a folder this pipeline did not write (say, ``--out-dir ~``)."""
    if out_dir.exists() and any(out_dir.iterdir()) and not (out_dir / CHECKSUMS).is_file():
        raise PipelineError(
            f"folder is not empty and has no {CHECKSUMS}, so it was not written by this "
            "pipeline; choose an empty or new --out-dir",
            str(out_dir),
        )
