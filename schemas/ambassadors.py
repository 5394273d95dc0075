"""ambassadors: one row per ambassador tenure, from the article's ambassador lists."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pandera.pandas as pa
from pandera.typing import Series

from pipeline.ids import ROW_ID_PATTERN
from pipeline.rules.ambassadors import YEAR_MAX, YEAR_MIN
from schemas._base import ISO3, SLUG, SectionSpan, in_order

# Document order within each sending country; two tenures of one item keep their order.
SORT_BY = ["relation_id", "sending_iso3", "char_start"]


class Model(SectionSpan):
    """One row per list item; the span points at the item's text."""

    ambassador_id: Series[str] = pa.Field(
        unique=True, str_matches=ROW_ID_PATTERN,
        description="Stable id: relation_id, ':', and a hash of the sending country and the item "
        "(and of the tenure's rank, for an item naming two tenures).",
    )  # fmt: skip
    relation_id: Series[str] = pa.Field(str_matches=SLUG, description="The article (relations).")
    name: Series[str] = pa.Field(
        str_length={"min_value": 1},
        description="The ambassador's name as written (hyphens, apostrophes, patronymics kept), "
        "without a title before it or a role after it.",
    )
    honorific: Series[str] = pa.Field(
        nullable=True,
        description="A title written before the name ('Dr.', 'Sir', 'Gen. (retd.)'); null if none.",
    )
    role: Series[str] = pa.Field(
        nullable=True,
        description="What the holder was when not a full ambassador, as written ('acting', "
        '"chargé d\'affaires a.i."); null if the list says nothing.',
    )
    sending_country: Series[str] = pa.Field(description="Country the ambassador represents.")
    sending_iso3: Series[str] = pa.Field(str_matches=ISO3, description="ISO 3166-1 alpha-3.")
    receiving_country: Series[str] = pa.Field(description="Country the ambassador is sent to.")
    receiving_iso3: Series[str] = pa.Field(str_matches=ISO3, description="ISO 3166-1 alpha-3.")
    start_year: Series[pd.Int16Dtype] = pa.Field(
        nullable=True, ge=YEAR_MIN, le=YEAR_MAX,
        description="Year the tenure began; null if the list does not say.",
    )  # fmt: skip
    end_year: Series[pd.Int16Dtype] = pa.Field(
        nullable=True, ge=YEAR_MIN, le=YEAR_MAX,
        description="Year the tenure ended; null if unknown or ongoing.",
    )  # fmt: skip
    is_current: Series[bool] = pa.Field(
        description="True when the list says the tenure goes on: 'since 2019', '2019–present', "
        "'2001–'. '(appointed 2011)' gives a start year but is not marked current."
    )
    tenure_text: Series[str] = pa.Field(
        nullable=True,
        description="The tenure as written ('1993-1994', 'since 2019'); null if none.",
    )
    position: Series[np.int32] = pa.Field(
        ge=1,
        description="1-based order of the item in its list (an item with two tenures gives two "
        "rows of the same position).",
    )

    # A check's ``error`` is the message of a row that fails it, filled in from the row's
    # columns: the value as the article writes it ('{tenure_text}'), not the column's name.
    @pa.dataframe_check(
        description="start_year <= end_year", error="tenure {tenure_text} ends before it starts"
    )
    @classmethod
    def ordered_years(cls, df):  # type: ignore[no-untyped-def]
        return in_order(df, "start_year", "end_year")

    @pa.dataframe_check(
        description="a current tenure has no end_year",
        error="tenure {tenure_text} is current but ends in {end_year}",
    )
    @classmethod
    def current_is_open(cls, df):  # type: ignore[no-untyped-def]
        return (~df["is_current"] | df["end_year"].isna()).astype(bool)

    @pa.dataframe_check(
        description="sending and receiving countries differ",
        error="{name}: sending and receiving country are both {sending_iso3}",
    )
    @classmethod
    def two_countries(cls, df):  # type: ignore[no-untyped-def]
        return df["sending_iso3"] != df["receiving_iso3"]

    class Config:
        strict = True
        coerce = True


def warnings(table: pd.DataFrame) -> list[str]:
    """Overlapping tenures and gaps between consecutive holders of one list (not errors)."""
    # Each list in the order of time: a second term of one holder comes after those who came
    # between. One sort and one vectorised pass over the rows, however many lists; only the
    # rows that warn are formatted.
    ordered = table.sort_values(["relation_id", "section", "position", "char_start"], kind="stable")
    ordered = ordered.sort_values(["relation_id", "section", "start_year"], kind="stable")
    ordered = ordered.reset_index(drop=True)
    rows = {c: ordered[c].to_numpy(dtype=object) for c in ("name", "source_file", "source_line")}
    keys = ordered[["relation_id", "section"]].astype(object).fillna("").to_numpy()
    same = np.zeros(len(ordered), dtype=bool)
    same[1:] = (keys[1:] == keys[:-1]).all(axis=1)
    start = ordered["start_year"].to_numpy(dtype="float64", na_value=np.nan)
    end = np.roll(ordered["end_year"].to_numpy(dtype="float64", na_value=np.nan), 1)
    with np.errstate(invalid="ignore"):
        overlap, gap = same & (start < end), same & (start - end > 1)
    found = []
    for i in np.flatnonzero(overlap | gap):
        first, last = int(end[i]), int(start[i])
        name, previous = rows["name"][i], rows["name"][i - 1]
        where = f"{rows['source_file'][i]}:{rows['source_line'][i]}"
        if overlap[i]:
            found.append(f"{where}: ambassadors: {name} starts in {last}, "
                         f"before {previous} ends in {first}")  # fmt: skip
        else:
            found.append(f"{where}: ambassadors: no ambassador listed between {first} and "
                         f"{last} ({previous}, {name})")  # fmt: skip
    return found
