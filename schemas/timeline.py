"""timeline: one row per dated event in the prose, its date normalised."""

from __future__ import annotations

import numpy as np
import pandera.pandas as pa
from pandera.typing import Series

from pipeline.ids import ROW_ID_PATTERN
from pipeline.rules.sections import CATEGORY_VALUES
from pipeline.rules.temporal import PRECISIONS, QUALIFIER_VALUES
from schemas._base import DATE, SLUG, SectionSpan, in_order

SORT_BY = ["relation_id", "char_start", "date_char_start"]


class Model(SectionSpan):
    """One row per temporal expression of a sentence: two events in a sentence, two rows."""

    event_id: Series[str] = pa.Field(
        unique=True,
        str_matches=ROW_ID_PATTERN,
        description="Stable id: relation_id, ':', and a hash of the sentence and the date "
        "expression; unchanged by edits elsewhere in the article.",
    )
    relation_id: Series[str] = pa.Field(str_matches=SLUG, description="The article (relations).")
    date_text: Series[str] = pa.Field(
        description="The temporal expression as written, with the words that change its "
        "meaning ('By September 2002', 'the early 19th century', 'From 1924 to 1936'); a bare "
        "leading 'in', 'on', 'at' or 'during' is left out."
    )
    date_edtf: Series[str] = pa.Field(
        str_matches=r"^[0-9X?~%./-]+$",
        description="The date as an EDTF (Library of Congress Extended Date/Time Format) value: "
        "'2002-09', '1930/1933', '2021/..' (ongoing), '../1500', '2000~/2003~' (approximate).",
    )
    date_start: Series[DATE] = pa.Field(
        nullable=True, description="First day the expression can mean; null when open."
    )
    date_end: Series[DATE] = pa.Field(
        nullable=True, description="Last day the expression can mean; null when open."
    )
    precision: Series[str] = pa.Field(
        isin=PRECISIONS, description="Granularity of the expression: " + ", ".join(PRECISIONS) + "."
    )
    approximate: Series[bool] = pa.Field(
        description="True for 'early', 'mid', 'late', 'the start of', 'around' ...: the bounds "
        "are conventional (thirds of a decade or century, its first five years)."
    )
    qualifier: Series[str] = pa.Field(
        isin=QUALIFIER_VALUES,
        nullable=True,
        description="How the text bounds the event: " + ", ".join(QUALIFIER_VALUES) + ".",
    )
    inferred: Series[bool] = pa.Field(
        description="True when the date is not written out but resolved: a relative "
        "expression ('the following year') or a date without a year, from the latest date of "
        "the same or the previous sentence; or a named period ('World War II')."
    )
    text: Series[str] = pa.Field(description="The whole sentence carrying the event, verbatim.")
    category: Series[str] = pa.Field(
        isin=list(CATEGORY_VALUES),
        description="Theme of the most specific themed heading above the sentence (a border "
        "subsection of a military section is border): " + ", ".join(CATEGORY_VALUES[:-2])
        + f", {CATEGORY_VALUES[-2]} (the lead) or {CATEGORY_VALUES[-1]}.",
    )  # fmt: skip
    date_char_start: Series[np.int32] = pa.Field(
        ge=0, description="Offset of date_text in the decoded article text."
    )
    date_char_end: Series[np.int32] = pa.Field(
        ge=1, description="Offset just past date_text: text[date_char_start:date_char_end]."
    )

    @pa.dataframe_check(description="date_start <= date_end when both are set")
    @classmethod
    def ordered_dates(cls, df):  # type: ignore[no-untyped-def]
        return in_order(df, "date_start", "date_end")

    @pa.dataframe_check(description="at least one of date_start, date_end is set")
    @classmethod
    def bounded(cls, df):  # type: ignore[no-untyped-def]
        return (df["date_start"].notna() | df["date_end"].notna()).astype(bool)

    @pa.dataframe_check(description="date_text lies inside its sentence")
    @classmethod
    def date_in_sentence(cls, df):  # type: ignore[no-untyped-def]
        return (df["char_start"] <= df["date_char_start"]) & (df["date_char_end"] <= df["char_end"])

    class Config:
        strict = True
        coerce = True
