"""Write validated tables as CSV and Parquet, byte for byte reproducibly, and atomically.

Files are written into a temporary sibling of the output folder, which then replaces the
output folder; a failure at any point leaves the previous outputs exactly as they were.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import tempfile
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from pipeline.columns import arrow_schema
from pipeline.errors import PipelineError
from pipeline.package import data_dictionary, datapackage, package_json
from pipeline.registry import Dataset, datasets

if TYPE_CHECKING:
    import pandas as pd

CHECKSUMS = "SHA256SUMS"
PACKAGE_FILE = "datapackage.json"
DICTIONARY_FILE = "README.md"


def write_outputs(tables: dict[str, pd.DataFrame], out_dir: Path) -> list[Path]:
    """Publish validated ``tables`` into ``out_dir``; return the files written."""
    _check_ours(out_dir)
    out_dir.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{out_dir.name}-new-", dir=out_dir.parent))
    try:
        for dataset in datasets():
            table = tables[dataset.name]
            (staging / f"{dataset.name}.csv").write_bytes(csv_bytes(table, dataset))
            _write_parquet(table, dataset, staging / f"{dataset.name}.parquet")
        files = {path.name: path.read_bytes() for path in sorted(staging.iterdir())}
        package = datapackage(tables, files)
        (staging / PACKAGE_FILE).write_bytes(package_json(package))
        (staging / DICTIONARY_FILE).write_bytes(data_dictionary(tables, package))
        _write_checksums(staging)
        _swap(staging, out_dir)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return sorted(out_dir.iterdir())


def csv_bytes(table: pd.DataFrame, dataset: Dataset) -> bytes:
    """The table as contract CSV: UTF-8, \\n, ISO dates, true/false, empty for null."""
    import pandas as pd

    text = pd.DataFrame({column: _csv_column(table[column]) for column in dataset.columns})
    return text.to_csv(index=False, lineterminator="\n", na_rep="").encode("utf-8")


def _csv_column(column: pd.Series) -> pd.Series:
    """A column as CSV text. Dates are formatted by Arrow, which writes years below 1 as
    -0399-01-01 where Python's date cannot hold them."""
    import pandas as pd
    import pyarrow as pa
    import pyarrow.compute as pc

    if isinstance(column.dtype, pd.ArrowDtype) and pa.types.is_date(column.dtype.pyarrow_dtype):
        arrow = pa.array(column.array)
        return pd.Series(pc.cast(arrow, pa.string()).to_pylist(), index=column.index, dtype=object)
    return column.map(_csv_cell, na_action="ignore")


def _csv_cell(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, datetime):  # times are UTC: written as 2025-11-20T10:11:12Z
        return value.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    if hasattr(value, "isoformat"):
        return value.isoformat()  # type: ignore[no-any-return]
    return str(value)


def _write_parquet(table: pd.DataFrame, dataset: Dataset, path: Path) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    arrow = pa.Table.from_pandas(
        table[dataset.columns], schema=arrow_schema(dataset), preserve_index=False
    )
    pq.write_table(arrow, path, compression="zstd")


def _write_checksums(folder: Path) -> None:
    lines = [
        f"{hashlib.sha256(path.read_bytes()).hexdigest()}  {path.name}\n"
        for path in sorted(folder.iterdir())
        if path.is_file()
    ]
    (folder / CHECKSUMS).write_text("".join(lines), encoding="utf-8")


def _check_ours(out_dir: Path) -> None:
    """Refuse to replace a folder this pipeline did not write (say, ``--out-dir ~``)."""
    if out_dir.exists() and any(out_dir.iterdir()) and not (out_dir / CHECKSUMS).is_file():
        raise PipelineError(
            f"folder is not empty and has no {CHECKSUMS}, so it was not written by this "
            "pipeline; choose an empty or new --out-dir",
            str(out_dir),
        )


def _swap(staging: Path, out_dir: Path) -> None:
    os.chmod(staging, 0o755)  # mkdtemp makes it private; published files are for everyone
    if not out_dir.exists():
        os.replace(staging, out_dir)
        return
    retired = Path(tempfile.mkdtemp(prefix=f".{out_dir.name}-old-", dir=out_dir.parent))
    os.replace(out_dir, retired / out_dir.name)
    try:
        os.replace(staging, out_dir)
    except BaseException:
        os.replace(retired / out_dir.name, out_dir)
        raise
    finally:
        shutil.rmtree(retired, ignore_errors=True)
