"""relations: one row per article, the two countries it is about."""

from __future__ import annotations

import pandas as pd
import pandera.pandas as pa
from pandera.typing import Series

from schemas._base import ISO3, SHA256, SLUG, TIMESTAMP, URL, SourceSpan

SORT_BY = ["relation_id"]


class Model(SourceSpan):
    """One row per article; the span points at the article's title."""

    relation_id: Series[str] = pa.Field(
        str_matches=SLUG,
        unique=True,
        description="Slug of the article title without 'relations' (kazakhstan-uzbekistan); "
        "the key every other table refers to.",
    )
    title: Series[str] = pa.Field(description="The article title as written.")
    country_a: Series[str] = pa.Field(description="First country of the title, as spelt there.")
    country_a_iso3: Series[str] = pa.Field(
        str_matches=ISO3, description="ISO 3166-1 alpha-3 code of country_a."
    )
    country_b: Series[str] = pa.Field(description="Second country of the title, as spelt there.")
    country_b_iso3: Series[str] = pa.Field(
        str_matches=ISO3, description="ISO 3166-1 alpha-3 code of country_b."
    )
    map: Series[str] = pa.Field(
        nullable=True, description="The infobox 'Map' entry (a locator map file name), if any."
    )
    infobox_json: Series[str] = pa.Field(
        description="Every infobox entry as a JSON object {key: value}, in article order "
        "('{}' when there is no infobox)."
    )
    source_sha256: Series[str] = pa.Field(
        str_matches=SHA256, description="SHA-256 of the raw article file's bytes."
    )
    source_url: Series[str] = pa.Field(
        nullable=True,
        str_matches=URL,
        description="Permanent link to the revision the article was converted from "
        "(…/index.php?title=…&oldid=…); null when the article came without a record of its "
        "revision (a raw/<slug>.source.json beside it).",
    )
    source_revision_id: Series[pd.Int64Dtype] = pa.Field(
        nullable=True, ge=1, description="Id of that revision (the oldid of source_url)."
    )
    source_revision_time: Series[TIMESTAMP] = pa.Field(
        nullable=True, description="When that revision was saved, in UTC."
    )

    @pa.dataframe_check(description="the two countries differ")
    @classmethod
    def two_countries(cls, df):  # type: ignore[no-untyped-def]
        return df["country_a_iso3"] != df["country_b_iso3"]

    class Config:
        strict = True
        coerce = True
