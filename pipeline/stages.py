"""The stages behind the CLI: parse, validate, publish, and all three as ``build``.

Interim tables live in a work folder (``build/``) as Parquet, one file per table.
"""

from __future__ import annotations

import traceback
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from pipeline.errors import ArticleBug, PipelineError
from pipeline.registry import Dataset, datasets
from pipeline.sources import find_articles, read_article, relation_order

if TYPE_CHECKING:
    import pandas as pd

    from pipeline.document import Document
    from pipeline.publish import Publication

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

    Articles are extracted in chunks by ``jobs`` processes. Rows are written in the published
    order (articles by relation, then each table's ``sort_by``) whatever the number of
    processes, so that the later stages stream the tables as they are. A bad article
    stops the parse (nothing is left in ``work_dir``), or with ``skip`` is reported and left
    out.
    """
    from pipeline.tables import InterimWriter

    paths = sorted(find_articles(raw_dir), key=relation_order)
    work_dir.mkdir(parents=True, exist_ok=True)
    for dataset in datasets():  # a failed parse leaves no table behind, even an old one
        (work_dir / f"{dataset.name}.parquet").unlink(missing_ok=True)
    writer = InterimWriter(work_dir, datasets())
    claimed: dict[str, str] = {}
    parsed = 0
    try:
        for path, result in _extracted(paths, raw_dir, jobs, progress):
            try:
                if isinstance(result, ArticleBug):
                    raise result
                if isinstance(result, str):
                    raise PipelineError(result)
                _claim_relation(claimed, result["relations"][0], path)
            except (PipelineError, ArticleBug) as error:
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
# The rows of every table; or the one-line error of bad input; or a bug met on the article.
Extracted = dict[str, list[dict[str, object]]] | str | ArticleBug


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

        pool = ProcessPoolExecutor(max_workers=jobs, mp_context=_fork_or_spawn())
        try:
            results = pool.map(extract_chunk, chunks, [raw_dir] * len(chunks))
            yield from _numbered(chunks, results, bar)
        finally:  # on a failure, the chunks not yet started are dropped, not waited for
            pool.shutdown(wait=True, cancel_futures=True)
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
                found.append({dataset.name: _sorted(dataset, doc) for dataset in datasets()})
        except PipelineError as error:
            found.append(str(error))
        except Exception as error:  # a bug: name the article, whatever process met it
            found.append(ArticleBug(str(path), f"{type(error).__name__}: {error}",
                                    traceback.format_exc()))  # fmt: skip
    return found


def _sorted(dataset: Dataset, doc: Document) -> list[dict[str, object]]:
    """The rows of one article in the table's order; a missing value sorts last, as in
    pandas."""
    rows = dataset.extract(doc)
    rows.sort(key=lambda row: tuple((row.get(c) is None, row.get(c)) for c in dataset.sort_by))
    return rows


def validate(work_dir: Path, warn: Warn = _ignore, skip: Skip = None) -> dict[str, int]:
    """Validate every interim table of ``work_dir``; its row counts. PipelineError lists
    every failure."""
    counts, _, _ = _validated(work_dir, None, warn, skip)
    return counts


def publish(work_dir: Path, out_dir: Path, warn: Warn = _ignore, skip: Skip = None) -> list[Path]:
    """Validate the interim tables and publish them as CSV and Parquet into ``out_dir``."""
    from pipeline.publish import Publication

    _, kept, publication = _validated(work_dir, lambda: Publication(out_dir), warn, skip)
    assert publication is not None
    return publication.finish(kept["relations"])


# Rows validated and written at a time: enough for pandera's fixed costs to vanish, few
# enough that memory holds a batch, whatever the size of the corpus.
BATCH_ROWS = 50_000


def _validated(
    work_dir: Path, sink: Callable[[], Publication] | None, warn: Warn, skip: Skip
) -> tuple[dict[str, int], dict[str, pd.DataFrame], Publication | None]:
    """Validate the interim tables batch by batch, writing each valid batch to the
    publication ``sink`` makes. Failures raise PipelineError, all of them listed; with
    ``skip``, the articles that fail are reported and the tables checked (and written) again
    without them. A model's ``warnings`` go to ``warn``."""
    for dataset in datasets():
        if not (work_dir / f"{dataset.name}.parquet").is_file():
            raise PipelineError(
                f"no interim table {dataset.name}.parquet; run the parse stage first",
                str(work_dir),
            )
    publication = sink() if sink else None
    try:
        failures, counts, kept = _pass(work_dir, publication, frozenset())
        if failures:
            bad_files = {file for file, _ in failures}
            if skip is None or None in bad_files:
                raise PipelineError(_listing(failures))
            for _, message in failures:
                skip(message)
            if publication is not None:
                publication.abort()
                publication = sink() if sink else None
            failures, counts, kept = _pass(work_dir, publication, frozenset(bad_files))  # type: ignore[arg-type]
            if failures:
                raise PipelineError(_listing(failures))
            if not counts["relations"]:
                raise PipelineError("no article passed validation")
        for dataset in datasets():
            for message in dataset.warnings(kept[dataset.name]) if dataset.warnings else []:
                warn(message)
    except BaseException:
        if publication is not None:
            publication.abort()
        raise
    return counts, kept, publication


def _pass(
    work_dir: Path, publication: Publication | None, excluded: frozenset[str]
) -> tuple[list[tuple[str | None, str]], dict[str, int], dict[str, pd.DataFrame]]:
    """One pass over every table: (failures, row counts, the tables kept whole: relations and
    those with warnings). Valid batches go to ``publication`` until a failure is met."""
    import pandas as pd
    import pandera.pandas as pa
    import pyarrow
    import pyarrow.parquet as pq

    from pipeline.columns import primary_key
    from pipeline.tables import arrow_table, frame

    failures: list[tuple[str | None, str]] = []
    counts: dict[str, int] = {}
    kept: dict[str, pd.DataFrame] = {}
    for dataset in datasets():
        key = primary_key(dataset)
        seen: set[object] = set()
        counts[dataset.name] = 0
        whole = []
        source = pq.ParquetFile(work_dir / f"{dataset.name}.parquet")
        for batch in source.iter_batches(batch_size=BATCH_ROWS):
            table = frame(pyarrow.Table.from_batches([batch]))
            if excluded:
                table = table[~table["source_file"].isin(excluded)].reset_index(drop=True)
            if table.empty:
                continue
            try:
                valid = dataset.model.validate(table, lazy=True)
            except pa.errors.SchemaErrors as errors:
                failures.extend(_describe_failures(dataset, table, errors))
                continue
            # Keys unique within a batch are checked by the model; across batches, here.
            repeated = [k for k in valid[key] if k in seen]
            if repeated:
                failures.append((None, f"{dataset.name}.{key}: check unique failed "
                                       f"(found {repeated[0]!r})"))  # fmt: skip
            seen.update(valid[key])
            counts[dataset.name] += len(valid)
            if publication is not None and not failures:
                publication.write(dataset, valid)
            if dataset.name == "relations" or dataset.warnings:
                whole.append(valid)
        if dataset.name == "relations" or dataset.warnings:
            empty = frame(arrow_table([], dataset))
            kept[dataset.name] = pd.concat(whole, ignore_index=True) if whole else empty
    return failures, counts, kept


def _listing(failures: list[tuple[str | None, str]]) -> str:
    messages = [message for _, message in failures]
    shown = messages[:MAX_REPORTED_FAILURES]
    if len(messages) > len(shown):
        shown.append(f"... and {len(messages) - len(shown)} more failures")
    return "\n".join(shown)


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
