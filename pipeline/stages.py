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


def _ignore(message: str) -> None:
    """Default for ``warn``: findings that do not fail the build are dropped."""


def extract_tables(raw_dir: Path) -> dict[str, pd.DataFrame]:
    """Read every article of ``raw_dir`` and extract every table, rows of all articles."""
    import pandas as pd

    documents = [_read(path) for path in find_articles(raw_dir)]
    _check_unique_relations(documents, raw_dir)
    tables = {}
    for dataset in datasets():
        frames = [_extract(dataset, doc, raw_dir) for doc in documents]
        frames = [frame for frame in frames if not frame.empty]
        table = pd.concat(frames, ignore_index=True) if frames else pd.DataFrame()
        tables[dataset.name] = _ordered(table, dataset)
    return tables


def parse(raw_dir: Path, work_dir: Path) -> dict[str, pd.DataFrame]:
    """Parse the articles of ``raw_dir`` into interim tables in ``work_dir``."""
    tables = extract_tables(raw_dir)
    work_dir.mkdir(parents=True, exist_ok=True)
    for name, table in tables.items():
        table.to_parquet(work_dir / f"{name}.parquet", index=False)
    return tables


def validate(work_dir: Path, warn: Warn = _ignore) -> dict[str, pd.DataFrame]:
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
    return validate_tables(tables, warn)


def validate_tables(
    tables: dict[str, pd.DataFrame], warn: Warn = _ignore
) -> dict[str, pd.DataFrame]:
    """Validate tables against their models, lazily; return them coerced and ordered.

    Failures raise PipelineError, all of them listed; a model's ``warnings`` go to ``warn``.
    """
    import pandera.pandas as pa

    valid, failures = {}, []
    for dataset in datasets():
        try:
            valid[dataset.name] = dataset.model.validate(tables[dataset.name], lazy=True)
        except pa.errors.SchemaErrors as errors:
            failures.extend(_describe_failures(dataset, tables[dataset.name], errors))
    if failures:
        shown = failures[:MAX_REPORTED_FAILURES]
        if len(failures) > len(shown):
            shown.append(f"... and {len(failures) - len(shown)} more failures")
        raise PipelineError("\n".join(shown))
    ordered = {name: _ordered(table, _dataset(name)) for name, table in valid.items()}
    for dataset in datasets():
        for message in dataset.warnings(ordered[dataset.name]) if dataset.warnings else []:
            warn(message)
    return ordered


def publish(work_dir: Path, out_dir: Path, warn: Warn = _ignore) -> list[Path]:
    """Validate the interim tables and publish them as CSV and Parquet into ``out_dir``."""
    from pipeline.publish import write_outputs

    return write_outputs(validate(work_dir, warn), out_dir)


def build(raw_dir: Path, out_dir: Path, work_dir: Path, warn: Warn = _ignore) -> list[Path]:
    """parse, validate and publish: every dataset from the articles of ``raw_dir``."""
    parse(raw_dir, work_dir)
    return publish(work_dir, out_dir, warn)


def _read(path: Path) -> Document:
    try:
        return read_article(path)
    except PipelineError as error:
        error.file = str(path)
        raise


def _extract(dataset: Dataset, doc: Document, raw_dir: Path) -> pd.DataFrame:
    with _located(doc, raw_dir):
        return dataset.extract(doc)


@contextmanager
def _located(doc: Document, raw_dir: Path) -> Iterator[None]:
    """Errors about a document name its path as the user gave it, not its bare file name."""
    try:
        yield
    except PipelineError as error:
        if error.file == doc.source_file:
            error.file = str(raw_dir / doc.source_file)
        raise


def _check_unique_relations(documents: list[Document], raw_dir: Path) -> None:
    from pipeline.relation import relation_of

    seen: dict[str, str] = {}
    for doc in documents:
        with _located(doc, raw_dir):
            relation_id = relation_of(doc).relation_id
        if relation_id in seen:
            raise PipelineError(
                f"relation {relation_id!r} is also the subject of {seen[relation_id]}; "
                "each relation may have only one article",
                str(raw_dir / doc.source_file),
                doc.title.line,
            )
        seen[relation_id] = doc.source_file


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


def _describe_failures(dataset: Dataset, table: pd.DataFrame, errors: Exception) -> list[str]:
    """One line per failure: 'file:line: table.column: check ... failed (found value)'."""
    described = {c.name: c.description or c.name for c in dataset.model.to_schema().checks}
    lines: list[str] = []
    for case in errors.failure_cases.itertuples(index=False):  # type: ignore[attr-defined]
        where = dataset.name
        index = case.index
        if index is not None and index == index and index in table.index:
            row = table.loc[index]
            if "source_file" in row and "source_line" in row:
                where = f"{row['source_file']}:{row['source_line']}"
        if case.schema_context == "DataFrameSchema" and case.check in described:
            # A check across columns fails once per row, whatever column pandera names.
            line = f"{where}: {dataset.name}: check {described[case.check]} failed"
        else:
            column = f".{case.column}" if case.column and case.column != dataset.name else ""
            value = "" if case.failure_case is None else f" (found {case.failure_case!r})"
            line = f"{where}: {dataset.name}{column}: check {case.check} failed{value}"
        if line not in lines:
            lines.append(line)
    return lines
