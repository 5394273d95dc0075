"""Command-line interface: one thin command per stage.

Each command resolves its paths, calls one function of :mod:`pipeline.stages` and turns the
project's errors into one clear line and a non-zero exit. Heavy libraries (pandas, pyarrow,
pandera) are imported inside the stages, so ``--help`` answers at once.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import click

from pipeline import __version__
from pipeline.dump import DEFAULT_TITLES
from pipeline.errors import ArticleBug, PipelineError, escape_controls, printable_name
from pipeline.mediawiki import DEFAULT_API
from pipeline.paths import OUT_DIR, RAW_DIR, WORK_DIR

T = TypeVar("T")
# Warnings of one kind shown before the rest are summed up (a corpus run may have thousands).
MAX_WARNINGS_PER_KIND = 20


def _raw_dir_option(help: str) -> Callable[[T], T]:
    return click.option(
        "--raw-dir", type=click.Path(path_type=Path), default=RAW_DIR, show_default=True,
        help=help,
    )  # fmt: skip


def _keep_going_option(help: str) -> Callable[[T], T]:
    return click.option("--keep-going", is_flag=True, help=help)


_raw_dir = _raw_dir_option("Folder of articles (*.txt) to read.")
_raw_dir_to_write = _raw_dir_option("Folder to save the articles into (created if missing).")
_out_dir = click.option(
    "--out-dir",
    type=click.Path(path_type=Path),
    default=OUT_DIR,
    show_default=True,
    help="Folder to publish CSV and Parquet files into (replaced as a whole).",
)
_keep_going = _keep_going_option(
    "Leave out the articles that fail, publish the others, list the failures, exit 1."
)
_keep_going_on = _keep_going_option(
    "Go on with the other articles when one fails; list the failures; exit 1."
)
_jobs = click.option(
    "--jobs", "-j", type=click.IntRange(min=1), default=lambda: _cores(), show_default="cores",
    help="Processes extracting articles; the output is the same whatever the number.",
)  # fmt: skip
_quiet = click.option("--quiet", "-q", is_flag=True, help="No progress bar.")
_run_work_dir = click.option(
    "--work-dir",
    type=click.Path(path_type=Path),
    default=None,
    help=f"Folder for the interim tables [default: a folder of the run's own in {WORK_DIR}/, "
    "removed at the end, so that runs at the same time never share one].",
)
_work_dir = click.option(
    "--work-dir",
    type=click.Path(path_type=Path),
    default=WORK_DIR,
    show_default=True,
    help="Folder for the interim tables between stages.",
)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--debug", is_flag=True, help="Show the full traceback when something fails.")
@click.option(
    "--all-warnings",
    is_flag=True,
    help=f"Show every warning, not the first {MAX_WARNINGS_PER_KIND} of each kind.",
)
@click.version_option(__version__, prog_name="relations-datasets")
@click.pass_context
def cli(ctx: click.Context, debug: bool, all_warnings: bool) -> None:
    """Build open datasets from 'X–Y relations' encyclopedia articles.

    \b
    Example:
        python -m pipeline datasets --raw-dir raw --out-dir outputs
    """
    ctx.obj = {"debug": debug, "all_warnings": all_warnings}


@cli.command()
@_raw_dir
@_work_dir
@_keep_going
@_jobs
@_quiet
@click.pass_context
def parse(
    ctx: click.Context, raw_dir: Path, work_dir: Path, keep_going: bool, jobs: int, quiet: bool
) -> None:
    """Parse the articles into interim tables in the work folder.

    \b
    Example:
        python -m pipeline parse --raw-dir raw --work-dir build
    """
    from pipeline import stages

    skipped, warn = _Skipped(keep_going), _Warnings(ctx)
    progress = _progress(quiet)
    counts = _run(ctx, lambda: stages.parse(raw_dir, work_dir, skipped.skip, jobs, progress, warn))
    rows = ", ".join(f"{name} {count}" for name, count in counts.items())
    click.echo(f"parsed {printable_name(raw_dir)} into {printable_name(work_dir)}: {rows}")
    warn.conclude()
    skipped.conclude()


@cli.command()
@_work_dir
@_keep_going
@click.pass_context
def validate(ctx: click.Context, work_dir: Path, keep_going: bool) -> None:
    """Check the interim tables against their schemas, reporting every failure.

    \b
    Example:
        python -m pipeline validate --work-dir build
    """
    from pipeline import stages

    skipped, warn = _Skipped(keep_going), _Warnings(ctx)
    counts = _run(ctx, lambda: stages.validate(work_dir, warn, skipped.skip))
    click.echo(f"valid: {', '.join(f'{n} {c}' for n, c in counts.items())}")
    warn.conclude()
    skipped.conclude()


@cli.command()
@_work_dir
@_out_dir
@_keep_going
@click.pass_context
def publish(ctx: click.Context, work_dir: Path, out_dir: Path, keep_going: bool) -> None:
    """Validate the interim tables and publish them as CSV and Parquet.

    \b
    Example:
        python -m pipeline publish --work-dir build --out-dir outputs
    """
    from pipeline import stages

    skipped, warn = _Skipped(keep_going), _Warnings(ctx)
    files = _run(ctx, lambda: stages.publish(work_dir, out_dir, warn, skipped.skip))
    click.echo(f"published {len(files)} files into {printable_name(out_dir)}")
    warn.conclude()
    skipped.conclude()


@cli.command()
@_raw_dir
@_out_dir
@_run_work_dir
@_keep_going
@_jobs
@_quiet
@click.pass_context
def datasets(
    ctx: click.Context, raw_dir: Path, out_dir: Path, work_dir: Path | None, keep_going: bool,
    jobs: int, quiet: bool,
) -> None:  # fmt: skip
    """Parse, validate and publish every dataset in one go.

    \b
    Example:
        python -m pipeline datasets --raw-dir raw --out-dir outputs
    """
    from pipeline import stages

    skipped, warn = _Skipped(keep_going), _Warnings(ctx)
    progress = _progress(quiet)
    files = _run(
        ctx, lambda: stages.build(raw_dir, out_dir, work_dir, warn, skipped.skip, jobs, progress)
    )
    click.echo(f"published {len(files)} files into {printable_name(out_dir)}")
    warn.conclude()
    skipped.conclude()


@cli.command()
@_out_dir
@click.pass_context
def database(ctx: click.Context, out_dir: Path) -> None:
    """Build relations.duckdb (tables, keys, views) from the published Parquet files.

    \b
    Example:
        python -m pipeline database --out-dir outputs
    """
    from pipeline.database import build_database

    path = _run(ctx, lambda: build_database(out_dir))
    click.echo(f"built {printable_name(path)}")


@cli.command()
@_out_dir
@click.option("--dist-dir", type=click.Path(path_type=Path), default=Path("dist"),
              show_default=True, help="Folder to write the zip into.")  # fmt: skip
@click.pass_context
def release(ctx: click.Context, out_dir: Path, dist_dir: Path) -> None:
    """Zip the published folder (database included) as relations-datasets-VERSION.zip.

    The zip is the same bytes whenever the folder is; a .sha256 file is written beside it.

    \b
    Example:
        python -m pipeline release --out-dir outputs --dist-dir dist
    """
    from pipeline.release import make_release

    path = _run(ctx, lambda: make_release(out_dir, dist_dir))
    click.echo(f"released {printable_name(path)}")


@cli.command()
@click.argument("titles", nargs=-1, required=True)
@click.option(
    "--api", default=DEFAULT_API, show_default=True, help="The wiki's Action API (api.php)."
)
@_raw_dir_to_write
@_keep_going_on
@click.option("--timeout", type=float, default=30.0, show_default=True,
              help="Seconds to wait for each answer.")  # fmt: skip
@click.option("--retries", type=click.IntRange(0, 20), default=5, show_default=True,
              help="Attempts after the first when the wiki is busy or lagged.")  # fmt: skip
@click.option("--contact", envvar="RELATIONS_DATASETS_CONTACT",
              help="Your e-mail or URL, sent in the User-Agent as the wiki's operators ask "
              "[env: RELATIONS_DATASETS_CONTACT; default: the project's URL].")  # fmt: skip
@click.pass_context
def fetch(
    ctx: click.Context, titles: tuple[str, ...], api: str, raw_dir: Path, keep_going: bool,
    timeout: float, retries: int, contact: str | None,
) -> None:  # fmt: skip
    """Download articles by title from the wiki and convert them into the raw folder.

    Each TITLE ("India–Nepal relations", underscores and redirects allowed) becomes
    raw/<slug>.txt, with raw/<slug>.source.json recording the revision it was read from.

    \b
    Example:
        python -m pipeline fetch "India–Nepal relations" "Chile–Peru relations"
    """
    from pipeline.ingest import fetch_articles
    from pipeline.mediawiki import MediaWikiApi

    skipped = _Skipped(keep_going)

    def action() -> list[object]:
        with MediaWikiApi(api, timeout=timeout, retries=retries, contact=contact) as client:
            return fetch_articles(titles, raw_dir, client, _report, skipped.skip)  # type: ignore[return-value]

    saved = _run(ctx, action)
    click.echo(
        f"fetched {len(saved)} of {len(set(titles))} articles into {printable_name(raw_dir)}"
    )
    skipped.conclude()


@cli.command("import-dump")
@click.argument("dump", type=click.Path(path_type=Path))
@_raw_dir_to_write
@click.option("--titles-matching", "titles", default=DEFAULT_TITLES, show_default=True,
              help="Regular expression the titles of the articles to take must match.")  # fmt: skip
@_keep_going_on
@_quiet
@click.pass_context
def import_dump(
    ctx: click.Context, dump: Path, raw_dir: Path, titles: str, keep_going: bool, quiet: bool
) -> None:
    """Convert the relation articles of a MediaWiki XML dump (.xml or .xml.bz2).

    Streams the dump (memory stays flat), takes the articles whose title matches, newest
    revision of each, and writes raw/<slug>.txt with its raw/<slug>.source.json.

    \b
    Example:
        python -m pipeline import-dump enwiki-latest-pages-articles.xml.bz2 --raw-dir corpus
    """
    from pipeline.ingest import import_dump as run_import

    skipped = _Skipped(keep_going)
    progress = None if quiet else _byte_progress(dump)
    summary = _run(ctx, lambda: run_import(dump, raw_dir, titles, _report, skipped.skip, progress))
    line = (
        f"imported {len(summary.saved)} articles from {printable_name(dump)} "
        f"into {printable_name(raw_dir)}"
    )
    if summary.not_relations:
        line += (
            f"; {len(summary.not_relations)} matching titles are not relations between two "
            f"countries (e.g. {summary.not_relations[0]!r})"
        )
    click.echo(line)
    skipped.conclude()


def _report(saved: object) -> None:
    click.echo(saved.describe())  # type: ignore[attr-defined]


def _byte_progress(path: Path) -> Callable[[Any], Any] | None:
    """A progress bar over the bytes of ``path`` read, shown only on a terminal."""
    import sys

    if not sys.stderr.isatty():
        return None

    def wrap(file: Any) -> Any:
        from tqdm import tqdm

        size = path.stat().st_size
        return tqdm.wrapattr(file, "read", total=size, desc=path.name, unit="B",
                             unit_scale=True, leave=False)  # fmt: skip

    return wrap


def _cores() -> int:
    """The cores this process may use (not all the machine's, under a CPU limit)."""
    import os

    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def _progress(quiet: bool) -> bool:
    """A progress bar only for a person at a terminal."""
    import sys

    return not quiet and sys.stderr.isatty()


# What varies between warnings of one kind: quoted text, brackets, names, numbers.
_VARYING = re.compile(r"'[^']*'|\([^()]*\)|\d[\d,.]*|[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*")


class _Warnings:
    """Prints warnings, the first MAX_WARNINGS_PER_KIND of each kind (its text without the
    place, quoted values, bracketed names and numbers), then one line for the rest."""

    def __init__(self, ctx: click.Context):
        self.show_all = bool(ctx.obj and ctx.obj.get("all_warnings"))
        self.counts: dict[str, int] = {}

    def __call__(self, message: str) -> None:
        kind = _VARYING.sub("…", message.split(": ", 1)[-1])
        seen = self.counts[kind] = self.counts.get(kind, 0) + 1
        if self.show_all or seen <= MAX_WARNINGS_PER_KIND:
            click.echo(f"warning: {escape_controls(message)}", err=True)

    def conclude(self) -> None:
        for kind, count in self.counts.items():
            hidden = 0 if self.show_all else count - MAX_WARNINGS_PER_KIND
            if hidden > 0:
                click.echo(f"warning: {hidden:,} more like '{escape_controls(kind)}' "
                           "(--all-warnings shows every one)", err=True)  # fmt: skip


class _Skipped:
    """With --keep-going, collects the failures of the articles left out."""

    def __init__(self, keep_going: bool):
        self.messages: list[str] = []
        self.skip = self._skip if keep_going else None

    def _skip(self, message: str) -> None:
        self.messages.append(message)
        click.echo(f"skipped: {escape_controls(message)}", err=True)

    def conclude(self) -> None:
        """Exit 1 when an article was left out, as make -k does, after the work is done."""
        if self.messages:
            raise click.ClickException(f"{len(self.messages)} failure(s); the rest was done")


def _run(ctx: click.Context, action: Callable[[], T]) -> T:
    """Run a stage; turn failures into one clear message unless --debug is set."""
    debug = bool(ctx.obj and ctx.obj.get("debug"))
    try:
        return action()
    except PipelineError as error:
        if debug:
            raise
        raise click.ClickException(str(error)) from None
    except ArticleBug as error:
        if debug:
            error.add_note(error.details)
            raise
        raise click.ClickException(f"{error} (rerun with --debug for details)") from None
    except OSError as error:
        if debug:
            raise
        where = f"{printable_name(str(error.filename))}: " if error.filename else ""
        raise click.ClickException(f"{where}{error.strerror or error}") from None
    except Exception as error:
        if debug:
            raise
        raise click.ClickException(
            f"internal error: {type(error).__name__}: {error} (rerun with --debug for details)"
        ) from None


def main() -> None:
    """Console-script entry point."""
    cli(prog_name="relations-datasets")
