"""border: one row per fact about the shared border (long format)."""

from __future__ import annotations

import numpy as np
import pandera.pandas as pa
from pandera.typing import Series

from pipeline.ids import ROW_ID_PATTERN
from pipeline.rules.border import ATTRIBUTES, SIDE_SUFFIX, SUBJECTS
from pipeline.rules.units import UNIT_VALUES
from schemas._base import DATE, SLUG, SectionSpan, in_order

SORT_BY = ["relation_id", "char_start", "value_char_start", "subject", "attribute"]
_SIDE = SIDE_SUFFIX.format(people="[a-z]+")
ATTRIBUTE_PATTERN = rf"^(?:{'|'.join(ATTRIBUTES)})(?:{_SIDE})?$"
NUMBER_PATTERN = r"^\d+(?:\.\d+)?$"


class Model(SectionSpan):
    """One row per fact; the span points at the sentence (or infobox line) stating it."""

    fact_id: Series[str] = pa.Field(
        unique=True, str_matches=ROW_ID_PATTERN,
        description="Stable id: relation_id, ':', and a hash of subject, attribute, value, unit.",
    )  # fmt: skip
    relation_id: Series[str] = pa.Field(str_matches=SLUG, description="The article (relations).")
    subject: Series[str] = pa.Field(
        isin=list(SUBJECTS),
        description="What the fact is about: "
        + "; ".join(f"{k} ({v})" for k, v in SUBJECTS.items()) + ".",
    )  # fmt: skip
    attribute: Series[str] = pa.Field(
        str_matches=ATTRIBUTE_PATTERN,
        description="Which property of the subject: "
        + "; ".join(f"{k} ({v})" for k, v in ATTRIBUTES.items()) + ".",
    )  # fmt: skip
    value: Series[str] = pa.Field(
        description="The value as normalised text: a number without separators (1241, 2.5, "
        "66.7), a name as written (Korday–Ak-Jol), or a treaty's name."
    )
    value_num: Series[float] = pa.Field(
        nullable=True, ge=0,
        description="The value as a number when it is one (1,241 km → 1241.0; 2,5m → 2.5; "
        "about two thirds → 66.7); null otherwise.",
    )  # fmt: skip
    unit: Series[str] = pa.Field(
        nullable=True, isin=UNIT_VALUES,
        description="Unit of value_num: " + ", ".join(UNIT_VALUES) + "; null for counts and names.",
    )  # fmt: skip
    date_edtf: Series[str] = pa.Field(
        nullable=True, str_matches=r"^[0-9X?~%./-]+$",
        description="When the fact held or happened, as EDTF; null when its sentence has no date.",
    )  # fmt: skip
    date_start: Series[DATE] = pa.Field(nullable=True, description="First day of date_edtf.")
    date_end: Series[DATE] = pa.Field(nullable=True, description="Last day of date_edtf.")
    text: Series[str] = pa.Field(
        description="The sentence (or infobox line) stating the fact, verbatim."
    )
    value_char_start: Series[np.int32] = pa.Field(
        ge=0, description="Offset of the words carrying the value in the decoded article."
    )
    value_char_end: Series[np.int32] = pa.Field(
        ge=1, description="Offset just past the words carrying the value."
    )

    @pa.dataframe_check(description="value_num is set exactly when value is a number")
    @classmethod
    def numeric_values(cls, df):  # type: ignore[no-untyped-def]
        return (df["value"].str.fullmatch(NUMBER_PATTERN) == df["value_num"].notna()).astype(bool)

    @pa.dataframe_check(description="a unit only with a number")
    @classmethod
    def unit_has_number(cls, df):  # type: ignore[no-untyped-def]
        return (df["unit"].isna() | df["value_num"].notna()).astype(bool)

    @pa.dataframe_check(description="a percentage is at most 100")
    @classmethod
    def percent_at_most_100(cls, df):  # type: ignore[no-untyped-def]
        return ((df["unit"] != "percent") | (df["value_num"] <= 100)).fillna(True).astype(bool)

    @pa.dataframe_check(description="date_start <= date_end when both are set")
    @classmethod
    def ordered_dates(cls, df):  # type: ignore[no-untyped-def]
        return in_order(df, "date_start", "date_end")

    class Config:
        strict = True
        coerce = True
