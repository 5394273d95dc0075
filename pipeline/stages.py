"""The stages behind the CLI: parse, validate, publish, and all three as ``build``.

Interim tables live in a work folder (``build/``) as Parquet, one file per table.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from pipeline.errors import PipelineError
from pipeline.registry import Dataset, datasets
from pipeline.sources import find_articles, read_article

if TYPE_CHECKING:
    import pandas as pd

    from pipeline.document import Document

# How many schema failures one error message lists before it summarises the rest.
MAX_REPORTED_FAILURES = 20

Warn = Callable[[str], None]
# With --keep-going, a bad article is reported through this and left out; without, it stops
# the build (None).
Skip = Callable[[str], None] | None


def _ignore(message: str) -> None:
    """Default for ``warn``: findings that do not fail the build are dropped."""


def extract_tables(raw_dir: Path, skip: Skip = None) -> dict[str, pd.DataFrame]:
    """Read every article of ``raw_dir`` and extract every table, rows of all articles."""
    import pandas as pd

    extracted: list[dict[str, pd.DataFrame]] = []
    relations: dict[str, str] = {}
    for path in find_articles(raw_dir):
        try:
            doc = _read(path)
            with _located(doc, raw_dir):
                frames = {dataset.name: dataset.extract(doc) for dataset in datasets()}
            _claim_relation(relations, frames["relations"], path)
        except PipelineError as error:
            if skip is None:
                raise
            skip(str(error))
            continue
        extracted.append(frames)
    if not extracted:
        raise PipelineError("no article could be read", str(raw_dir))
    tables = {}
    for dataset in datasets():
        frames = [f[dataset.name] for f in extracted if not f[dataset.name].empty]
        table = pd.concat(frames, ignore_index=True) if frames else pd.DataFrame()
        tables[dataset.name] = _ordered(table, dataset)
    return tables


def parse(raw_dir: Path, work_dir: Path, skip: Skip = None) -> dict[str, pd.DataFrame]:
    """Parse the articles of ``raw_dir`` into interim tables in ``work_dir``."""
    tables = extract_tables(raw_dir, skip)
    work_dir.mkdir(parents=True, exist_ok=True)
    for name, table in tables.items():
        table.to_parquet(work_dir / f"{name}.parquet", index=False)
    return tables


def validate(work_dir: Path, warn: Warn = _ignore, skip: Skip = None) -> dict[str, pd.DataFrame]:
    """Validate every interim table of ``work_dir``; PipelineError lists every failure."""
    import pandas as pd

    tables = {}
    for dataset in datasets():
        path = work_dir / f"{dataset.name}.parquet"
        if not path.is_file():
            raise PipelineError(
                f"no interim table {path.name}; run the parse stage first", str(work_dir)
            )
        tables[dataset.name] = pd.read_parquet(path)
    return validate_tables(tables, warn, skip)


def validate_tables(
    tables: dict[str, pd.DataFrame], warn: Warn = _ignore, skip: Skip = None
) -> dict[str, pd.DataFrame]:
    """Validate tables against their models, lazily; return them coerced and ordered.

    Failures raise PipelineError, all of them listed; a model's ``warnings`` go to ``warn``.
    With ``skip``, the rows of the articles that fail are left out instead, and reported.
    """
    import pandera.pandas as pa

    valid: dict[str, pd.DataFrame] = {}
    failures: list[tuple[str | None, str]] = []  # (source file, message)
    for dataset in datasets():
        try:
            valid[dataset.name] = dataset.model.validate(tables[dataset.name], lazy=True)
        except pa.errors.SchemaErrors as errors:
            failures.extend(_describe_failures(dataset, tables[dataset.name], errors))
    bad_files = {file for file, _ in failures}
    if failures and skip is not None and None not in bad_files:
        for _, message in failures:
            skip(message)
        kept = {
            name: table[~table["source_file"].isin(bad_files)].reset_index(drop=True)
            for name, table in tables.items()
        }
        if kept["relations"].empty:
            raise PipelineError("no article passed validation")
        return validate_tables(kept, warn)
    if failures:
        messages = [message for _, message in failures]
        shown = messages[:MAX_REPORTED_FAILURES]
        if len(messages) > len(shown):
            shown.append(f"... and {len(messages) - len(shown)} more failures")
        raise PipelineError("\n".join(shown))
    ordered = {name: _ordered(table, _dataset(name)) for name, table in valid.items()}
    for dataset in datasets():
        for message in dataset.warnings(ordered[dataset.name]) if dataset.warnings else []:
            warn(message)
    return ordered


def publish(work_dir: Path, out_dir: Path, warn: Warn = _ignore, skip: Skip = None) -> list[Path]:
    """Validate the interim tables and publish them as CSV and Parquet into ``out_dir``."""
    from pipeline.publish import write_outputs

    return write_outputs(validate(work_dir, warn, skip), out_dir)


def build(
    raw_dir: Path, out_dir: Path, work_dir: Path, warn: Warn = _ignore, skip: Skip = None
) -> list[Path]:
    """parse, validate and publish: every dataset from the articles of ``raw_dir``."""
    parse(raw_dir, work_dir, skip)
    return publish(work_dir, out_dir, warn, skip)


def _read(path: Path) -> Document:
    try:
        return read_article(path)
    except PipelineError as error:
        if error.file in (None, path.name):  # the parser knows only the file's name
            error.file = str(path)
        raise


@contextmanager
def _located(doc: Document, raw_dir: Path) -> Iterator[None]:
    """Errors about a document name its path as the user gave it, not its bare file name."""
    try:
        yield
    except PipelineError as error:
        if error.file == doc.source_file:
            error.file = str(raw_dir / doc.source_file)
        raise


def _claim_relation(claimed: dict[str, str], relations: pd.DataFrame, path: Path) -> None:
    """Each relation may have only one article: the second one is an error."""
    relation_id = str(relations["relation_id"].iloc[0])
    if relation_id in claimed:
        raise PipelineError(
            f"relation {relation_id!r} is also the subject of {claimed[relation_id]}; "
            "each relation may have only one article",
            str(path), int(relations["source_line"].iloc[0]),
        )  # fmt: skip
    claimed[relation_id] = path.name


def _dataset(name: str) -> Dataset:
    return next(d for d in datasets() if d.name == name)


def _ordered(table: pd.DataFrame, dataset: Dataset) -> pd.DataFrame:
    """The model's columns in order (empty tables get them too, typed), rows sorted."""
    if table.empty:
        import pandas as pd

        schema = dataset.model.to_schema()
        return pd.DataFrame(
            {name: pd.Series(dtype=schema.columns[name].dtype.type) for name in dataset.columns}
        )
    table = table.reindex(columns=dataset.columns)
    return table.sort_values(list(dataset.sort_by), kind="stable").reset_index(drop=True)


def _describe_failures(
    dataset: Dataset, table: pd.DataFrame, errors: Exception
) -> list[tuple[str | None, str]]:
    """One line per failure: 'file:line: table.column: check ... failed (found value)'."""
    described = {c.name: c.description or c.name for c in dataset.model.to_schema().checks}
    lines: list[tuple[str | None, str]] = []
    for case in errors.failure_cases.itertuples(index=False):  # type: ignore[attr-defined]
        where, source = dataset.name, None
        index = case.index
        if index is not None and index == index and index in table.index:
            row = table.loc[index]
            if "source_file" in row and "source_line" in row:
                source = str(row["source_file"])
                where = f"{source}:{row['source_line']}"
        if case.schema_context == "DataFrameSchema" and case.check in described:
            # A check across columns fails once per row, whatever column pandera names.
            line = f"{where}: {dataset.name}: check {described[case.check]} failed"
        else:
            column = f".{case.column}" if case.column and case.column != dataset.name else ""
            value = "" if case.failure_case is None else f" (found {case.failure_case!r})"
            line = f"{where}: {dataset.name}{column}: check {case.check} failed{value}"
        if (source, line) not in lines:
            lines.append((source, line))
    return lines
