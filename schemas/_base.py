"""Column definitions shared by every table: provenance, and the patterns ids follow."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pandera.pandas as pa
import pyarrow
from pandera.typing import Series

SLUG = r"^[a-z0-9]+(?:-[a-z0-9]+)*$"
ISO3 = r"^[A-Z]{3}$"
SHA256 = r"^[0-9a-f]{64}$"
URL = r"^https?://\S+$"
# Dates are Arrow date32: pandas' nanosecond timestamps cannot hold years before 1677.
DATE = pd.ArrowDtype(pyarrow.date32())
# Times of revisions, in UTC (MediaWiki records seconds; Parquet stores milliseconds).
TIMESTAMP = pd.ArrowDtype(pyarrow.timestamp("ms", tz="UTC"))


def in_order(df: pd.DataFrame, first: str, last: str) -> pd.Series:
    """Row by row: ``first <= last`` wherever both are set."""
    both = df[first].notna() & df[last].notna()
    return (~both | (df[first] <= df[last])).fillna(True).astype(bool)


class SourceSpan(pa.DataFrameModel):
    """Where a row's evidence stands in the source: ``text[char_start:char_end]``."""

    source_file: Series[str] = pa.Field(
        description="File name of the article under raw/ that the row was read from."
    )
    source_line: Series[np.int32] = pa.Field(
        ge=1, description="1-based line of the source file where the evidence starts."
    )
    char_start: Series[np.int32] = pa.Field(
        ge=0,
        description="0-based offset of the first character of the evidence in the decoded "
        "text (UTF-8, byte-order mark dropped, line ends as \\n).",
    )
    char_end: Series[np.int32] = pa.Field(
        ge=1, description="0-based offset just past the evidence: text[char_start:char_end]."
    )

    @pa.dataframe_check(description="char_start < char_end")
    @classmethod
    def evidence_not_empty(cls, df):  # type: ignore[no-untyped-def]
        return df["char_start"] < df["char_end"]


class SectionSpan(SourceSpan):
    """Provenance of a row read from the body of the article, under a heading."""

    section: Series[str] = pa.Field(
        nullable=True,
        description="Heading path of the section holding the evidence "
        "('Political relations > Visits'); null for the lead, before any heading.",
    )


# Provenance columns close every table, in this order.
PROVENANCE = ("section", "source_file", "source_line", "char_start", "char_end")


def columns(model: type[pa.DataFrameModel]) -> list[str]:
    """Column order of a table: its own columns first, then the shared provenance."""
    names = list(model.to_schema().columns)
    return [n for n in names if n not in PROVENANCE] + [n for n in PROVENANCE if n in names]
