"""Find the datasets: each ``pipeline/extract/<name>.py`` paired with ``schemas/<name>.py``."""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pandas as pd
    import pandera.pandas as pa

    from pipeline.document import Document


@dataclass(frozen=True)
class Dataset:
    """A published table: how to extract it, its schema and its row order."""

    name: str
    extract: Callable[[Document], list[dict[str, object]]]  # plain rows, one dict each
    model: type[pa.DataFrameModel]
    sort_by: tuple[str, ...]
    warnings: Callable[[pd.DataFrame], list[str]] | None = None

    @property
    def columns(self) -> list[str]:
        from schemas._base import columns

        return columns(self.model)


@cache
def datasets() -> tuple[Dataset, ...]:
    """Every dataset, sorted by name."""
    import pipeline.extract

    found = []
    for info in sorted(pkgutil.iter_modules(pipeline.extract.__path__), key=lambda m: m.name):
        if info.name.startswith("_"):
            continue
        extractor = importlib.import_module(f"pipeline.extract.{info.name}")
        schema = importlib.import_module(f"schemas.{info.name}")
        found.append(
            Dataset(
                info.name, extractor.extract, schema.Model, tuple(schema.SORT_BY),
                getattr(schema, "warnings", None),
            )
        )  # fmt: skip
    return tuple(found)
