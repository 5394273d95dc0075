"""An embedded DuckDB database of the published tables, with keys and the first views
people ask for. Built from the Parquet files, after publishing; not itself published."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from pipeline.columns import columns, primary_key
from pipeline.errors import PipelineError
from pipeline.registry import Dataset, datasets

DATABASE_FILE = "relations.duckdb"

# name → SQL of each view.
VIEWS: dict[str, str] = {
    "current_ambassadors": """
        SELECT relation_id, sending_country, receiving_country, name, start_year, tenure_text
        FROM ambassadors WHERE is_current
        ORDER BY relation_id, sending_country""",
    # Each event once, in the year it begins; an open interval with no known start ("until
    # 2010", "by 1995") in the year of its known end. open_intervals says how many of a
    # year's events have a bound unknown ("since 2021", "until 2010").
    "events_per_year": """
        SELECT relation_id, year(coalesce(date_start, date_end)) AS year,
               count(*) AS events,
               count(*) FILTER (WHERE date_start IS NULL OR date_end IS NULL) AS open_intervals
        FROM timeline
        WHERE coalesce(date_start, date_end) IS NOT NULL
        GROUP BY ALL ORDER BY relation_id, year""",
    "missions_per_country": """
        SELECT relation_id, sending_country, host_country, count(*) AS missions,
               count(*) FILTER (WHERE mission_type = 'embassy') AS embassies,
               count(*) FILTER (WHERE mission_type <> 'embassy') AS consulates
        FROM missions WHERE resident
        GROUP BY ALL ORDER BY relation_id, sending_country""",
}


def build_database(out_dir: Path) -> Path:
    """Create ``out_dir/relations.duckdb`` from the Parquet files; replace it atomically."""
    import duckdb

    missing = [d.name for d in datasets() if not (out_dir / f"{d.name}.parquet").is_file()]
    if missing:
        raise PipelineError(f"no published {', '.join(missing)}; run the datasets stage first",
                            str(out_dir))  # fmt: skip
    target = out_dir / DATABASE_FILE
    handle, scratch = tempfile.mkstemp(prefix=".relations-", suffix=".duckdb", dir=out_dir)
    os.close(handle)
    os.unlink(scratch)  # DuckDB creates the file itself
    try:
        with duckdb.connect(scratch) as connection:
            # relations first: the other tables' foreign keys refer to it.
            for dataset in sorted(datasets(), key=lambda d: d.name != "relations"):
                # Each statement's result is fetched: DuckDB wants it done before the next.
                connection.execute(_create_table(dataset)).fetchall()
                parquet = str(out_dir / f"{dataset.name}.parquet").replace("'", "''")
                connection.execute(
                    f"INSERT INTO {dataset.name} SELECT * FROM read_parquet('{parquet}')"
                ).fetchall()
            for name, sql in VIEWS.items():
                connection.execute(f"CREATE VIEW {name} AS {sql}").fetchall()
            for statement in _comments():
                connection.execute(statement).fetchall()
        os.replace(scratch, target)
    finally:
        if os.path.exists(scratch):
            os.unlink(scratch)
    return target


# What each view answers, for COMMENT ON VIEW.
VIEW_COMMENTS: dict[str, str] = {
    "current_ambassadors": "The ambassadors in office at the article's revision (is_current).",
    "events_per_year": "Dated events per year: each once, in the year it begins, or in the year "
    "of its known end when its start is unknown ('until 2010'); open_intervals counts those "
    "with an unknown bound.",
    "missions_per_country": "Resident missions each country keeps in the other: embassies and "
    "consulates.",
}


def _comments() -> list[str]:
    """COMMENT ON every table, column and view: the models' descriptions, so that a user of
    the database reads the data dictionary where the data is."""
    statements = []
    for dataset in datasets():
        description = " ".join((dataset.model.__doc__ or "").split())
        statements.append(f"COMMENT ON TABLE {dataset.name} IS {_literal(description)}")
        for column in columns(dataset):
            statements.append(
                f"COMMENT ON COLUMN {dataset.name}.{column.name} IS {_literal(column.description)}"
            )
    for name, comment in VIEW_COMMENTS.items():
        statements.append(f"COMMENT ON VIEW {name} IS {_literal(comment)}")
    return statements


def _literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def _create_table(dataset: Dataset) -> str:
    lines = [f"{c.name} {c.duckdb}{'' if c.nullable else ' NOT NULL'}" for c in columns(dataset)]
    lines.append(f"PRIMARY KEY ({primary_key(dataset)})")
    if dataset.name != "relations":
        lines.append("FOREIGN KEY (relation_id) REFERENCES relations (relation_id)")
    return f"CREATE TABLE {dataset.name} (\n  " + ",\n  ".join(lines) + "\n)"
