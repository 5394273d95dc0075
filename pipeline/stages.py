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


def parse(
    raw_dir: Path, work_dir: Path, skip: Skip = None, jobs: int = 1, progress: bool = False
) -> dict[str, int]:
    """Parse the articles of ``raw_dir`` into interim tables in ``work_dir``; row counts.

    Articles are extracted in chunks by ``jobs`` processes; rows are written in the order of
    the articles whatever the number of processes, so the tables are the same. A bad article
    stops the parse (nothing is left in ``work_dir``), or with ``skip`` is reported and left
    out.
    """
    from pipeline.tables import InterimWriter

    paths = find_articles(raw_dir)
    work_dir.mkdir(parents=True, exist_ok=True)
    for dataset in datasets():  # a failed parse leaves no table behind, even an old one
        (work_dir / f"{dataset.name}.parquet").unlink(missing_ok=True)
    writer = InterimWriter(work_dir, datasets())
    claimed: dict[str, str] = {}
    parsed = 0
    try:
        for path, result in _extracted(paths, raw_dir, jobs, progress):
            try:
                if isinstance(result, str):
                    raise PipelineError(result)
                _claim_relation(claimed, result["relations"][0], path)
            except PipelineError as error:
                if skip is None:
                    raise
                skip(str(error))
                continue
            writer.add(result)
            parsed += 1
        if not parsed:
            raise PipelineError("no article could be read", str(raw_dir))
        return writer.close()
    except BaseException:
        writer.abort()
        for dataset in datasets():
            (work_dir / f"{dataset.name}.parquet").unlink(missing_ok=True)
        raise


# Articles per task of a worker process: enough to outweigh the cost of sending them.
CHUNK_SIZE = 16
Extracted = dict[str, list[dict[str, object]]] | str  # the rows, or the error message


def _extracted(
    paths: list[Path], raw_dir: Path, jobs: int, progress: bool
) -> Iterator[tuple[Path, Extracted]]:
    """(path, rows of every table or the one-line error) of each article, in order."""
    from tqdm import tqdm

    chunks = [paths[i : i + CHUNK_SIZE] for i in range(0, len(paths), CHUNK_SIZE)]
    bar = tqdm(total=len(paths), unit="article", disable=not progress, leave=False)
    try:
        if jobs <= 1 or len(chunks) <= 1:
            results: Iterator[list[Extracted]] = (extract_chunk(c, raw_dir) for c in chunks)
            yield from _numbered(chunks, results, bar)
            return
        from concurrent.futures import ProcessPoolExecutor

        with ProcessPoolExecutor(max_workers=jobs, mp_context=_fork_or_spawn()) as pool:
            results = pool.map(extract_chunk, chunks, [raw_dir] * len(chunks))
            yield from _numbered(chunks, results, bar)
    finally:
        bar.close()


def _numbered(
    chunks: list[list[Path]], results: Iterator[list[Extracted]], bar: object
) -> Iterator[tuple[Path, Extracted]]:
    for chunk, extracted in zip(chunks, results, strict=True):
        yield from zip(chunk, extracted, strict=True)
        bar.update(len(chunk))  # type: ignore[attr-defined]


def _fork_or_spawn() -> object:
    """Fork where the platform has it (workers start at once, with the rules compiled)."""
    import multiprocessing

    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("fork" if "fork" in methods else "spawn")


def extract_chunk(paths: list[Path], raw_dir: Path) -> list[Extracted]:
    """Read and extract each article: its rows of every table, or its one-line error."""
    found: list[Extracted] = []
    for path in paths:
        try:
            doc = _read(path)
            with _located(doc, raw_dir):
                found.append({dataset.name: dataset.extract(doc) for dataset in datasets()})
        except PipelineError as error:
            found.append(str(error))
    return found


def validate(work_dir: Path, warn: Warn = _ignore, skip: Skip = None) -> dict[str, pd.DataFrame]:
    """Validate every interim table of ``work_dir``; PipelineError lists every failure."""
    import pyarrow.parquet as pq

    from pipeline.tables import frame

    tables = {}
    for dataset in datasets():
        path = work_dir / f"{dataset.name}.parquet"
        if not path.is_file():
            raise PipelineError(
                f"no interim table {path.name}; run the parse stage first", str(work_dir)
            )
        tables[dataset.name] = frame(pq.read_table(path))
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
    raw_dir: Path, out_dir: Path, work_dir: Path, warn: Warn = _ignore, skip: Skip = None,
    jobs: int = 1, progress: bool = False,
) -> list[Path]:  # fmt: skip
    """parse, validate and publish: every dataset from the articles of ``raw_dir``."""
    parse(raw_dir, work_dir, skip, jobs, progress)
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


def _claim_relation(claimed: dict[str, str], relation: dict[str, object], path: Path) -> None:
    """Each relation may have only one article: the second one is an error."""
    relation_id = str(relation["relation_id"])
    if relation_id in claimed:
        raise PipelineError(
            f"relation {relation_id!r} is also the subject of {claimed[relation_id]}; "
            "each relation may have only one article",
            str(path), int(relation["source_line"]),  # type: ignore[call-overload]
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
