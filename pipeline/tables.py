"""Rows into tables: extractors give plain rows, tables are built once per table, in Arrow.

An extractor returns a list of dicts per article; the parse stage appends them, in batches,
to one Arrow table per dataset with the published schema (dates as ``date32``, years as
``int16``), so that a corpus of ten thousand articles builds each table once.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pipeline.columns import arrow_schema
from pipeline.days import Day
from pipeline.registry import Dataset

if TYPE_CHECKING:
    import pandas as pd
    import pyarrow as pa

Row = dict[str, Any]


def arrow_table(rows: list[Row], dataset: Dataset) -> pa.Table:
    """``rows`` as an Arrow table with the table's published schema."""
    import pyarrow as pa

    schema = arrow_schema(dataset)
    arrays = []
    for field in schema:
        values = [row.get(field.name) for row in rows]
        if pa.types.is_date32(field.type):
            # Day counts, then date32: years before 1 (BC) survive, as date objects cannot.
            days = [value.days if isinstance(value, Day) else None for value in values]
            arrays.append(pa.array(days, type=pa.int32()).cast(pa.date32()))
        else:
            arrays.append(pa.array(values, type=field.type))
    return pa.Table.from_arrays(arrays, schema=schema)


def frame(table: pa.Table) -> pd.DataFrame:
    """An Arrow table as pandas for the models: dates and times stay Arrow (years before
    1677 survive), integers stay integers where they hold nulls."""
    import pandas as pd
    import pyarrow as pa

    def mapped(kind: pa.DataType) -> Any:
        if pa.types.is_date32(kind) or pa.types.is_timestamp(kind):
            return pd.ArrowDtype(kind)
        if pa.types.is_integer(kind):
            return {8: pd.Int8Dtype(), 16: pd.Int16Dtype(), 32: pd.Int32Dtype(),
                    64: pd.Int64Dtype()}[kind.bit_width]  # fmt: skip
        if pa.types.is_boolean(kind):
            return pd.BooleanDtype()
        return None

    return table.to_pandas(types_mapper=mapped)


class InterimWriter:
    """Appends rows to one Parquet file per dataset in a work folder, in batches, so that
    memory holds one batch, not the corpus."""

    BATCH_ROWS = 20_000

    def __init__(self, work_dir: Path, datasets: Iterable[Dataset]):
        import pyarrow.parquet as pq

        self.datasets = {d.name: d for d in datasets}
        self.pending: dict[str, list[Row]] = {name: [] for name in self.datasets}
        self.counts = dict.fromkeys(self.datasets, 0)
        self.writers = {
            name: pq.ParquetWriter(work_dir / f"{name}.parquet", arrow_schema(d))
            for name, d in self.datasets.items()
        }

    def add(self, tables: dict[str, list[Row]]) -> None:
        for name, rows in tables.items():
            self.pending[name].extend(rows)
            self.counts[name] += len(rows)
            if len(self.pending[name]) >= self.BATCH_ROWS:
                self._flush(name)

    def close(self) -> dict[str, int]:
        """Write what is pending and close the files; the number of rows of each table."""
        for name in self.datasets:
            self._flush(name)
            self.writers[name].close()
        return self.counts

    def abort(self) -> None:
        for writer in self.writers.values():
            writer.close()

    def _flush(self, name: str) -> None:
        if self.pending[name]:
            self.writers[name].write_table(arrow_table(self.pending[name], self.datasets[name]))
            self.pending[name] = []


class ArticleTexts:
    """The text of each article parsed, by relation, in the order of the tables: what the
    data page shows as evidence. Written in batches, like the tables."""

    BATCH = 500

    def __init__(self, path: Path):
        import pyarrow as pa
        import pyarrow.parquet as pq

        self.schema = pa.schema([("relation_id", pa.string()), ("text", pa.string())])
        self.writer = pq.ParquetWriter(path, self.schema, compression="zstd")
        self.pending: list[Row] = []

    def add(self, rows: list[Row]) -> None:
        self.pending.extend(rows)
        if len(self.pending) >= self.BATCH:
            self._flush()

    def close(self) -> None:
        if self.writer is not None:
            self._flush()
            self.writer.close()
            self.writer = None

    def _flush(self) -> None:
        import pyarrow as pa

        if self.pending:
            self.writer.write_table(pa.Table.from_pylist(self.pending, schema=self.schema))
            self.pending = []
