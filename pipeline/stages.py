"""The stages behind the CLI: parse, validate, publish, and all three as ``build``.

Interim tables live in a work folder (``build/``) as Parquet, one file per table. Each stage
holds the locks of the folders it writes (pipeline.folders), so that two runs never mix their
files; ``build`` without a named work folder works in one of its own.
"""

from __future__ import annotations

import traceback
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from pipeline.errors import ArticleBug, PipelineError, printable_name
from pipeline.folders import check_folders, locked, remove_leftovers, run_work_dir
from pipeline.paths import WORK_DIR
from pipeline.registry import Dataset, datasets
from pipeline.sources import find_articles, read_article, relation_order

if TYPE_CHECKING:
    import pandas as pd

    from pipeline.document import Document
    from pipeline.publish import Publication

# How many failed checks one error message lists (each with its first failure and a count)
# before it summarises the rest.
MAX_REPORTED_FAILURES = 20

Warn = Callable[[str], None]
# With --keep-going, a bad article is reported through this and left out; without, it stops
# the build (None).
Skip = Callable[[str], None] | None


def _ignore(message: str) -> None:
    """Default for ``warn``: findings that do not fail the build are dropped."""


def parse(
    raw_dir: Path, work_dir: Path, skip: Skip = None, jobs: int = 1, progress: bool = False,
    warn: Warn = _ignore,
) -> dict[str, int]:  # fmt: skip
    """Parse the articles of ``raw_dir`` into interim tables in ``work_dir``; row counts.

    Articles are extracted in chunks by ``jobs`` processes. Rows are written in the published
    order (articles by relation, then each table's ``sort_by``) whatever the number of
    processes, so that the later stages stream the tables as they are. A bad article
    stops the parse (nothing is left in ``work_dir``), or with ``skip`` is reported and left
    out. What the extractors noted about an article (a date that cannot be) goes to ``warn``,
    article by article in that order.
    """
    check_folders(raw_dir, work_dir, None)
    with locked(work_dir, "work folder"):
        return _parse(raw_dir, work_dir, skip, jobs, progress, warn)


def _parse(
    raw_dir: Path, work_dir: Path, skip: Skip, jobs: int, progress: bool, warn: Warn
) -> dict[str, int]:
    from pipeline.tables import ArticleTexts, InterimWriter

    paths = sorted(find_articles(raw_dir), key=relation_order)
    work_dir.mkdir(parents=True, exist_ok=True)
    for dataset in datasets():  # a failed parse leaves no table behind, even an old one
        (work_dir / f"{dataset.name}.parquet").unlink(missing_ok=True)
    writer = InterimWriter(work_dir, datasets())
    texts = ArticleTexts(work_dir / ARTICLES_FILE)
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
            texts.add(result.pop(ARTICLE_KEY))
            for note in result.pop(NOTES_KEY):
                warn(str(note["note"]))
            writer.add(result)
            parsed += 1
        if not parsed:
            raise PipelineError("no article could be read", str(raw_dir))
        texts.close()
        return writer.close()
    except BaseException:
        writer.abort()
        texts.close()
        (work_dir / ARTICLES_FILE).unlink(missing_ok=True)
        for dataset in datasets():
            (work_dir / f"{dataset.name}.parquet").unlink(missing_ok=True)
        raise


# The articles' texts, kept in the work folder for the data page's evidence (under a key of
# the extracted rows that names no dataset).
ARTICLES_FILE = "articles.parquet"
ARTICLE_KEY = "_article"
# The notes of the extractors on the article (Document.notes), one {"note": line} each.
NOTES_KEY = "_notes"

# Articles per task of a worker process: enough to outweigh the cost of sending them.
CHUNK_SIZE = 16
# The rows of every table (with the article's text and notes); or the one-line error of bad
# input; or a bug met on the article.
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
                rows = {dataset.name: _sorted(dataset, doc) for dataset in datasets()}
                relation_id = rows["relations"][0]["relation_id"]
                rows[ARTICLE_KEY] = [{"relation_id": relation_id, "text": doc.text}]
                rows[NOTES_KEY] = [{"note": note} for note in doc.notes]
                found.append(rows)
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
    with locked(work_dir, "work folder"):
        counts, _, _ = _validated(work_dir, None, warn, skip)
    return counts


def publish(work_dir: Path, out_dir: Path, warn: Warn = _ignore, skip: Skip = None) -> list[Path]:
    """Validate the interim tables and publish them as CSV and Parquet into ``out_dir``."""
    check_folders(None, work_dir, out_dir)
    with locked(work_dir, "work folder"), _output_folder(out_dir):
        return _publish(work_dir, out_dir, warn, skip)


@contextmanager
def _output_folder(out_dir: Path) -> Iterator[None]:
    """Hold the output folder's lock, and clear what runs killed while publishing it left."""
    with locked(out_dir, "output folder"):
        remove_leftovers(out_dir)
        yield


def _publish(work_dir: Path, out_dir: Path, warn: Warn, skip: Skip) -> list[Path]:
    from pipeline.publish import Publication

    articles = work_dir / ARTICLES_FILE
    texts = articles if articles.is_file() else None
    _, kept, publication = _validated(work_dir, lambda: Publication(out_dir, texts), warn, skip)
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


class _Failure(str):
    """The line of a failed check: its first failure (``first``), and how many failures of
    the same check of the same table (``kind``) it stands for (``count``)."""

    first: str
    kind: tuple[object, ...]
    count: int


def _failure(first: str, kind: tuple[object, ...], count: int) -> _Failure:
    failure = _Failure(_like_it(first, count))
    failure.first, failure.kind, failure.count = first, kind, count
    return failure


def _like_it(first: str, count: int) -> str:
    return first if count <= 1 else f"{first} (and {count - 1:,} more like it)"


def _listing(failures: list[tuple[str | None, str]]) -> str:
    """One line per check that failed, whatever the articles and batches it failed in: its
    first failure and how many more like it."""
    groups: dict[object, list[object]] = {}
    for _, message in failures:
        kind = getattr(message, "kind", message)
        count = getattr(message, "count", 1)
        if kind in groups:
            groups[kind][1] += count  # type: ignore[operator]
        else:
            groups[kind] = [getattr(message, "first", message), count]
    counted = list(groups.values())
    shown = [_like_it(first, count) for first, count in counted[:MAX_REPORTED_FAILURES]]  # type: ignore[arg-type]
    if len(counted) > len(shown):
        rest = sum(count for _, count in counted[len(shown) :])  # type: ignore[misc]
        shown.append(f"... and {rest:,} more failures")
    return "\n".join(shown)


def build(
    raw_dir: Path, out_dir: Path, work_dir: Path | None, warn: Warn = _ignore, skip: Skip = None,
    jobs: int = 1, progress: bool = False,
) -> list[Path]:  # fmt: skip
    """parse, validate and publish: every dataset from the articles of ``raw_dir``.

    Without a ``work_dir``, the interim tables go to a folder of this run's own under
    ``build/`` (removed at the end): runs at the same time never share them.
    """
    check_folders(raw_dir, work_dir or WORK_DIR, out_dir)
    with ExitStack() as stack:
        # The output folder first: a second run on it refuses before it parses anything.
        stack.enter_context(_output_folder(out_dir))
        if work_dir is None:
            work_dir = stack.enter_context(run_work_dir(WORK_DIR))
        else:
            stack.enter_context(locked(work_dir, "work folder"))
        _parse(raw_dir, work_dir, skip, jobs, progress, warn)
        return _publish(work_dir, out_dir, warn, skip)


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
    claimed[relation_id] = printable_name(path.name)  # shown in a message, whatever the locale


def _describe_failures(
    dataset: Dataset, table: pd.DataFrame, errors: Exception
) -> list[tuple[str | None, str]]:
    """One line per check that failed in an article: its first failure, 'file:line: table:
    <the check's error, filled in from the row>' (or 'table.column: check ... failed (found
    value)'), and how many more like it. Vectorised: thousands of failures cost no more than
    the validation that found them."""
    import pandas as pd

    from pipeline.errors import escape_controls

    checks = {(c.error or c.name): c for c in dataset.model.to_schema().checks}
    cases = errors.failure_cases  # type: ignore[attr-defined]
    # A check across columns fails once per row, whatever column pandera names.
    across = (cases["schema_context"] == "DataFrameSchema") & cases["check"].isin(list(checks))
    positions = table.index.get_indexer(pd.to_numeric(cases["index"], errors="coerce"))
    located = "source_file" in table and "source_line" in table
    files = table["source_file"].to_numpy(dtype=object) if located else None
    found = pd.DataFrame(
        {
            "file": [files[p] if files is not None and p >= 0 else None for p in positions],
            "context": cases["schema_context"],
            "column": cases["column"].astype(object).where(~across, None),
            "check": cases["check"],
            "case": cases["failure_case"].astype(object).where(~across, None),
        },
        dtype=object,
    ).assign(position=positions)
    found["value"] = found["case"].astype(str)
    found = found.drop_duplicates(["context", "column", "check", "position", "value"])
    found = found.sort_values("position", kind="stable")
    keys = ["file", "context", "column", "check"]
    found["group"] = found.groupby(keys, sort=False, dropna=False).ngroup()
    counts = found["group"].value_counts()
    lines: list[tuple[str | None, str]] = []
    for first in found.drop_duplicates("group").itertuples(index=False):
        file = None if pd.isna(first.file) else str(first.file)
        row = table.iloc[first.position].to_dict() if first.position >= 0 else None
        where = f"{file}:{row['source_line']}" if file and row else dataset.name
        check = checks.get(first.check) if first.context == "DataFrameSchema" else None
        if check is not None and check.error and row is not None:
            line = f"{where}: {dataset.name}: {check.error.format_map(row)}"
        elif check is not None:
            line = f"{where}: {dataset.name}: check {check.description or check.name} failed"
        else:
            column = f".{first.column}" if first.column and first.column != dataset.name else ""
            value = "" if first.case is None else f" (found {first.case!r})"
            line = f"{where}: {dataset.name}{column}: check {first.check} failed{value}"
        kind = (dataset.name, first.context, first.column, first.check)
        lines.append((file, _failure(escape_controls(line), kind, int(counts[first.group]))))
    return lines
