"""missions: one row per diplomatic mission one country keeps in (or for) the other."""

from __future__ import annotations

import pandera.pandas as pa
from pandera.typing import Series

from pipeline.ids import ROW_ID_PATTERN
from pipeline.rules.missions import MISSION_TYPE_VALUES
from schemas._base import ISO3, SLUG, SectionSpan

# Document order of the sentences, then type and city within a sentence.
SORT_BY = ["relation_id", "char_start", "sending_iso3", "mission_type", "city"]


class Model(SectionSpan):
    """One row per mission and city; the span points at the sentence that first names it."""

    mission_id: Series[str] = pa.Field(
        unique=True, str_matches=ROW_ID_PATTERN,
        description="Stable id: relation_id, ':', and a hash of sending country, city and type.",
    )  # fmt: skip
    relation_id: Series[str] = pa.Field(str_matches=SLUG, description="The article (relations).")
    sending_country: Series[str] = pa.Field(description="Country that keeps the mission.")
    sending_iso3: Series[str] = pa.Field(str_matches=ISO3, description="ISO 3166-1 alpha-3.")
    host_country: Series[str] = pa.Field(description="Country the mission is accredited to.")
    host_iso3: Series[str] = pa.Field(str_matches=ISO3, description="ISO 3166-1 alpha-3.")
    city: Series[str] = pa.Field(
        nullable=True,
        description="City of the mission as written; null when the text names only the country.",
    )
    mission_type: Series[str] = pa.Field(
        isin=MISSION_TYPE_VALUES,
        description="One of " + ", ".join(MISSION_TYPE_VALUES) + " (a Commonwealth high "
        "commission is an embassy, a deputy high commission a consulate_general).",
    )
    resident: Series[bool] = pa.Field(
        description="False for a mission accredited from elsewhere ('accredited to X from its "
        "embassy in Moscow'): city is then where the mission sits, outside the host country."
    )
    text: Series[str] = pa.Field(description="The sentence naming the mission, verbatim.")

    @pa.dataframe_check(description="sending and host countries differ")
    @classmethod
    def two_countries(cls, df):  # type: ignore[no-untyped-def]
        return df["sending_iso3"] != df["host_iso3"]

    class Config:
        strict = True
        coerce = True
        unique = ["relation_id", "sending_iso3", "city", "mission_type"]
