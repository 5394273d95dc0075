"""What the pandera models say of each column, in the terms each output needs.

One table maps a model's dtype to its Arrow type (Parquet), its Table Schema type (the data
package) and its DuckDB type, so the three never drift apart.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from pipeline.errors import PipelineError
from pipeline.registry import Dataset

# pandera dtype (as str()) → (pyarrow type, see arrow_type; Table Schema type; DuckDB type)
TYPES: dict[str, tuple[str, str, str]] = {
    "str": ("string", "string", "VARCHAR"),
    "string": ("string", "string", "VARCHAR"),
    "string[pyarrow]": ("string", "string", "VARCHAR"),
    "int16": ("int16", "integer", "SMALLINT"),
    "Int16": ("int16", "integer", "SMALLINT"),
    "int32": ("int32", "integer", "INTEGER"),
    "Int32": ("int32", "integer", "INTEGER"),
    "Int64": ("int64", "integer", "BIGINT"),
    "bool": ("bool_", "boolean", "BOOLEAN"),
    "float64": ("float64", "number", "DOUBLE"),
    "date32[day][pyarrow]": ("date32", "date", "DATE"),
    "timestamp[ms, tz=UTC][pyarrow]": ("timestamp[ms, UTC]", "datetime", "TIMESTAMPTZ"),
}

# pandera check → Table Schema constraint, and the statistic that carries its value.
CONSTRAINTS: dict[str, tuple[str, str]] = {
    "str_matches": ("pattern", "pattern"),
    "isin": ("enum", "allowed_values"),
    "greater_than_or_equal_to": ("minimum", "min_value"),
    "less_than_or_equal_to": ("maximum", "max_value"),
}


@dataclass(frozen=True)
class Column:
    """One published column."""

    name: str
    arrow: str
    table_schema: str
    duckdb: str
    nullable: bool
    unique: bool
    description: str
    constraints: dict[str, Any] = field(default_factory=dict)


def columns(dataset: Dataset) -> list[Column]:
    """The published columns of a dataset, in order."""
    schema = dataset.model.to_schema()
    found = []
    for name in dataset.columns:
        column = schema.columns[name]
        types = TYPES.get(str(column.dtype))
        if types is None:
            raise PipelineError(f"{dataset.name}.{name}: no published type for {column.dtype}")
        constraints: dict[str, Any] = {}
        for check in column.checks:
            if check.name in CONSTRAINTS:
                key, statistic = CONSTRAINTS[check.name]
                value = check.statistics[statistic]
                if key == "pattern":  # Table Schema patterns are implicitly anchored
                    value = value.removeprefix("^").removesuffix("$")
                constraints[key] = list(value) if key == "enum" else value
        found.append(Column(name, *types, column.nullable, column.unique,
                            column.description or "", constraints))  # fmt: skip
    return found


def arrow_type(name: str) -> Any:
    """The pyarrow type a column's ``arrow`` name stands for: ``int16``, ``timestamp[s, UTC]``."""
    import pyarrow as pa

    if name.startswith("timestamp["):
        unit, _, zone = name.removeprefix("timestamp[").removesuffix("]").partition(", ")
        return pa.timestamp(unit, tz=zone or None)
    return getattr(pa, name)()


def arrow_schema(dataset: Dataset) -> Any:
    """The Parquet schema of a table, from its model, with each column's description."""
    import pyarrow as pa

    return pa.schema(
        [
            pa.field(c.name, arrow_type(c.arrow), nullable=c.nullable,
                     metadata={"description": c.description})
            for c in columns(dataset)
        ]
    )  # fmt: skip


def primary_key(dataset: Dataset) -> str:
    """The table's key: its first column declared unique (relation_id, event_id, ...)."""
    return next(c.name for c in columns(dataset) if c.unique)
