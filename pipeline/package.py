"""The data package (datapackage.json) and the data dictionary (README.md) of the outputs.

Both are generated from the pandera models and the published files, never written by hand,
and hold nothing volatile: the same input gives the same bytes.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from pipeline import PROJECT_URL, RELEASE_DATE, __version__
from pipeline.columns import Column, columns, primary_key
from pipeline.provenance import LICENSE
from pipeline.registry import Dataset, datasets

if TYPE_CHECKING:
    import pandas as pd

PACKAGE_NAME = "relations-datasets"
ARTICLE_BASE = "https://en.wikipedia.org/wiki/"
MEDIA_TYPES = {"csv": "text/csv", "parquet": "application/vnd.apache.parquet"}


def article_url(title: str) -> str:
    """Where the encyclopedia article of ``title`` is published."""
    return ARTICLE_BASE + quote(title.replace(" ", "_"))


# A published file as the data package describes it: its size in bytes and SHA-256.
FileFacts = tuple[int, str]


def datapackage(relations_table: pd.DataFrame, files: dict[str, FileFacts]) -> dict[str, Any]:
    """A Frictionless Data Package describing every published file."""
    relations = relations_table.to_dict("records")
    titles = [r["title"] for r in relations]
    return {
        "profile": "data-package",
        "name": PACKAGE_NAME,
        "title": _title(titles),
        "description": (
            "Facts read from encyclopedia articles on bilateral relations: a timeline of dated "
            "events, ambassadors, diplomatic missions and the shared border, each row pointing "
            "back to the exact characters of its source. See README.md for the data dictionary."
        ),
        "version": __version__,
        "created": RELEASE_DATE,
        "homepage": PROJECT_URL,
        "keywords": [*KEYWORDS, *sorted({c for r in relations for c in _countries(r)})],
        "licenses": [LICENSE],
        "sources": [_source(r) for r in relations],
        "contributors": [
            {
                "title": "Wikipedia contributors",
                "role": "author",
                "path": "https://en.wikipedia.org/wiki/Wikipedia:Wikipedians",
            },
            {"title": f"{PACKAGE_NAME} maintainers", "role": "publisher", "path": PROJECT_URL},
        ],
        "resources": [
            resource for dataset in datasets() for resource in _resources(dataset, files)
        ],
    }


# What the package is about, for catalogues; the countries of its articles follow.
KEYWORDS = (
    "bilateral relations", "international relations", "diplomacy", "ambassadors", "embassies",
    "consulates", "international borders", "timeline", "Wikipedia",
)  # fmt: skip


def _countries(relation: dict[str, Any]) -> tuple[str, str]:
    return relation["country_a"], relation["country_b"]


def citation_cff(relations_table: pd.DataFrame) -> bytes:
    """CITATION.cff (Citation File Format 1.2.0) for this version of the datasets, with each
    article (at its revision, when known) among the references. Strings are written as JSON,
    which YAML reads as they are."""
    relations = relations_table.to_dict("records")
    titles = [r["title"] for r in relations]

    def q(value: object) -> str:
        return json.dumps(value, ensure_ascii=False)

    lines = [
        "cff-version: 1.2.0",
        "message: >-",
        "  If you use these datasets, please cite them as below, and credit the Wikipedia",
        "  articles they were read from (CC BY-SA 4.0).",
        "type: dataset",
        f"title: {q(_title(titles))}",
        f"version: {q(__version__)}",
        f"date-released: {q(RELEASE_DATE[:10])}",
        f"license: {q(LICENSE['name'])}",
        f"url: {q(PROJECT_URL)}",
        f"repository-code: {q(PROJECT_URL)}",
        "authors:",
        f"  - name: {q(f'{PACKAGE_NAME} maintainers')}",
        "keywords:",
        *(f"  - {q(k)}" for k in KEYWORDS),
        "references:",
    ]
    for relation in relations:
        source = _source(relation)
        lines += [
            "  - type: encyclopedia",
            f"    title: {q(relation['title'])}",
            "    authors:",
            '      - name: "Wikipedia contributors"',
            "    publisher:",
            '      name: "Wikipedia"',
            f"    url: {q(source['path'])}",
            f"    license: {q(LICENSE['name'])}",
        ]
        if "revision_time" in source:
            lines.append(f"    date-published: {q(source['revision_time'][:10])}")
            revision = f"Revision {source['revision_id']}."
            lines.append(f"    notes: {q(revision)}")
    return ("\n".join(lines) + "\n").encode("utf-8")


def _source(relation: dict[str, Any]) -> dict[str, Any]:
    """An article as a source: its revision's permanent link when the revision is known."""
    title = f'Wikipedia contributors, "{relation["title"]}"'
    source = {"title": title, "path": article_url(relation["title"])}
    if _known(relation["source_url"]):
        time = relation["source_revision_time"].strftime("%Y-%m-%dT%H:%M:%SZ")
        revision = int(relation["source_revision_id"])
        source["title"] = f"{title}, revision {revision} of {time}"
        source["path"] = relation["source_url"]
        source["revision_id"] = revision
        source["revision_time"] = time
    source["file"] = f"raw/{relation['source_file']}"
    source["sha256"] = relation["source_sha256"]
    return source


def _known(value: object) -> bool:
    return value is not None and value == value  # neither None nor NaN/NA


def package_json(package: dict[str, Any]) -> bytes:
    """The descriptor as published: UTF-8, sorted nowhere (order is meaningful), newline."""
    return (json.dumps(package, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def _title(titles: list[str]) -> str:
    if len(titles) == 1:
        return f"{titles[0]}: open datasets"
    return f"Bilateral relations ({len(titles)} articles): open datasets"


def _resources(dataset: Dataset, files: dict[str, FileFacts]) -> list[dict[str, Any]]:
    schema = _table_schema(dataset)
    found = []
    for extension in ("csv", "parquet"):
        path = f"{dataset.name}.{extension}"
        size, digest = files[path]
        resource: dict[str, Any] = {
            "name": dataset.name if extension == "csv" else f"{dataset.name}-parquet",
            "path": path,
            "title": f"{dataset.name} ({extension.upper()})",
            "description": (dataset.model.__doc__ or "").strip(),
            "format": extension,
            "mediatype": MEDIA_TYPES[extension],
            "bytes": size,
            "hash": f"sha256:{digest}",
        }
        if extension == "csv":
            resource["profile"] = "tabular-data-resource"
            resource["encoding"] = "utf-8"
            resource["dialect"] = {"delimiter": ",", "lineTerminator": "\n", "header": True}
        else:
            # frictionless reads Parquet through pandas, which neither counts its bytes nor
            # keeps nulls of number columns: checked as a file (size, hash), its rows are
            # checked against the CSV by the test suite instead.
            resource["type"] = "file"
        resource["schema"] = schema
        found.append(resource)
    return found


def _table_schema(dataset: Dataset) -> dict[str, Any]:
    schema: dict[str, Any] = {
        "fields": [_field(column) for column in columns(dataset)],
        "missingValues": [""],
        "primaryKey": [primary_key(dataset)],
    }
    if dataset.name != "relations":
        schema["foreignKeys"] = [
            {"fields": ["relation_id"],
             "reference": {"resource": "relations", "fields": ["relation_id"]}}
        ]  # fmt: skip
    return schema


def _field(column: Column) -> dict[str, Any]:
    field: dict[str, Any] = {
        "name": column.name,
        "type": column.table_schema,
        "description": column.description,
    }
    if column.table_schema == "boolean":
        field["trueValues"] = ["true"]
        field["falseValues"] = ["false"]
    constraints = dict(column.constraints)
    if not column.nullable:
        constraints["required"] = True
    if column.unique:
        constraints["unique"] = True
    if constraints:
        field["constraints"] = constraints
    return field


# --- the data dictionary -------------------------------------------------------------------

DICTIONARY_INTRO = """\
# {title}

Generated from the pipeline's schemas (`schemas/`); do not edit by hand. Version {version}.

Open datasets read from the encyclopedia article{plural} {articles}. Every row points back to
the exact characters of its source: `source_file` (under `raw/`), `source_line` (1-based) and
`char_start`/`char_end` (0-based offsets into the text as
`Path(f).read_text(encoding="utf-8-sig")` gives it), so that `text[char_start:char_end]` is
the evidence.

## Files

Each table is published twice, with the same rows: as CSV (UTF-8 without byte-order mark,
comma-separated, header row, `\\n` line ends, ISO 8601 dates, `true`/`false`, empty cell for
null) and as Parquet (`date32` dates, `int16` years, booleans, UTF-8 strings, column
descriptions in the schema metadata). `datapackage.json` describes them all (Frictionless Data
Package, with sizes and SHA-256 hashes); `SHA256SUMS` lists every file's hash.

| table | rows | key | files |
| --- | --- | --- | --- |
{files}

## How dates are normalised

A temporal expression becomes an interval: `date_start` is the first day it can mean and
`date_end` the last (null when the text leaves that end open: "since 2021", "by 1500").
`precision` is the granularity as written (`day`, `month`, `season`, `year`, `decade`,
`century`); `approximate` marks "early", "mid", "late", "the start of", "around";
`qualifier` says how the text bounds the event (`on`, `in`, `since`, `by`, `until`, `before`,
`after`, `during`, `between`). `date_edtf` is the same as an EDTF (Library of Congress Extended
Date/Time Format) value: `2018-11-27`, `2002-09`, `1930/1933`, `2021/..` (ongoing), `../1500`,
`2000~/2003~` (approximate). Conventions: seasons are meteorological and northern (autumn =
September to November); early/mid/late split a decade into years 0–3, 3–6 and 7–9 and a century
into thirds; "the start of" a century is its first five years; "after 2016" starts on
2017-01-01; "before 1991" ends on 1990-12-31. Dates before 1677 are kept exactly (Arrow
`date32`, not pandas nanoseconds).

## Loading

```python
import pandas as pd
timeline = pd.read_parquet("timeline.parquet")  # dates as date32[pyarrow], years as Int16

import polars as pl
timeline = pl.read_parquet("timeline.parquet")
```

```sql
-- DuckDB
SELECT * FROM 'timeline.parquet';
SELECT * FROM read_csv('timeline.csv');
```

```r
timeline <- arrow::read_parquet("timeline.parquet")
timeline <- readr::read_csv("timeline.csv")
```

`make datasets` also builds `relations.duckdb` (not committed): every table with its keys, and
the views `current_ambassadors`, `events_per_year` and `missions_per_country`.
`events_per_year` counts each dated event once, in the year it begins; an event with no known
start ("until 2010") counts in the year of its known end, and `open_intervals` says how many of
a year's events have one bound unknown ("since 2021", "until 2010").

## Licence

The data is derived from the article{plural} {articles}, whose text is licensed under
[CC BY-SA 4.0]({license_path}). The datasets are licensed under the same terms: credit
"Wikipedia contributors" and the article, and share what you derive from them alike.

## Tables
"""


def data_dictionary(
    relations: pd.DataFrame, counts: dict[str, int], package: dict[str, Any]
) -> bytes:
    """The data dictionary, in Markdown, for people."""
    articles = ", ".join(
        f"[{title}]({source['path']})"
        for title, source in zip(relations["title"], package["sources"], strict=True)
    )
    files = "\n".join(
        f"| [`{d.name}`](#{d.name}) | {counts[d.name]} | `{primary_key(d)}` | "
        f"[CSV]({d.name}.csv), [Parquet]({d.name}.parquet) |"
        for d in datasets()
    )
    parts = [
        DICTIONARY_INTRO.format(
            title=package["title"],
            version=package["version"],
            articles=articles,
            plural="s" if len(package["sources"]) != 1 else "",
            files=files,
            license_path=LICENSE["path"],
        )
    ]
    for dataset in datasets():
        parts.append(f"\n### {dataset.name}\n\n{(dataset.model.__doc__ or '').strip()}\n\n")
        parts.append("| column | type | null | meaning |\n| --- | --- | --- | --- |\n")
        for column in columns(dataset):
            allowed = column.constraints.get("enum")
            meaning = column.description.replace("|", "\\|")
            if allowed and "One of" not in meaning and ":" not in meaning:
                meaning += " One of: " + ", ".join(f"`{v}`" for v in allowed) + "."
            null = "yes" if column.nullable else "no"
            kind = f"{column.table_schema} ({column.arrow.rstrip('_')})"
            parts.append(f"| `{column.name}` | {kind} | {null} | {meaning} |\n")
    return "".join(parts).encode("utf-8")
