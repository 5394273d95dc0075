"""Real articles in: revisions from the API or a dump, converted and saved into ``raw/``.

Each article becomes ``raw/<relation_id>.txt`` in the layout, beside its provenance
``raw/<relation_id>.source.json``. Both are written atomically (a temporary file, then a
rename), so a failure never leaves half a file. Saving the revision already saved changes no
byte, and an older revision never replaces a newer one.
"""

from __future__ import annotations

import hashlib
import os
import re
import tempfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import IO

from pipeline import __version__
from pipeline.errors import PipelineError
from pipeline.mediawiki import BATCH_SIZE, MediaWikiApi, Revision
from pipeline.paths import ARTICLE_SUFFIX
from pipeline.provenance import UTC_FORMAT, Provenance, parse_provenance, sidecar_path
from pipeline.relation import relation_of_title

Skip = Callable[[str], None] | None
Clock = Callable[[], datetime]


@dataclass(frozen=True)
class Saved:
    """What became of one revision: the file, and whether it changed."""

    path: Path
    status: str  # "new", "updated", "unchanged", or "kept" (a newer revision is there)
    provenance: Provenance

    def describe(self) -> str:
        """One line for the user: the file, what happened, the templates dropped."""
        source = self.provenance
        line = f"{self.path}: {self.status}, {source.title!r} revision {source.revision_id}"
        dropped = sum(source.unknown_templates.values())
        if dropped:
            names = ", ".join(sorted(source.unknown_templates)[:5])
            more = ", …" if len(source.unknown_templates) > 5 else ""
            line += f"; {dropped} unknown template(s) dropped ({names}{more})"
        return line


@dataclass
class DumpSummary:
    """What an import read and took."""

    saved: list[Saved] = field(default_factory=list)
    not_relations: list[str] = field(default_factory=list)


def fetch_articles(
    titles: Iterable[str], raw_dir: Path, api: MediaWikiApi, report: Callable[[Saved], None],
    skip: Skip = None, clock: Clock | None = None,
) -> list[Saved]:  # fmt: skip
    """Fetch the current revision of each title into ``raw_dir``.

    A title that fails (no such page, not a relation, a failed request) raises
    PipelineError naming it; with ``skip``, it is reported there and the rest go on.
    """
    # "|" cannot occur in a title, so "A|B" names two (as the API's titles= does).
    names = (name for title in titles for name in title.split("|"))
    asked = list(dict.fromkeys(" ".join(n.replace("_", " ").split()) for n in names))
    asked = [title for title in asked if title]
    saved: list[Saved] = []
    done: set[str] = set()  # canonical titles: two names of one page fetch it once
    for start in range(0, len(asked), BATCH_SIZE):
        batch = asked[start : start + BATCH_SIZE]
        try:
            answers = api.revisions(batch)
        except PipelineError as error:
            where = f" ({error.file})" if error.file else ""
            if skip is None:
                more = f" and {len(batch) - 1} more titles" if len(batch) > 1 else ""
                raise PipelineError(f"{error.message}{where}", f"{batch[0]!r}{more}") from None
            for title in batch:
                skip(f"{title!r}: {error.message}{where}")
            continue
        for answer in answers:
            if answer.revision is None:
                _fail(PipelineError(answer.problem or "no revision"), repr(answer.asked), skip)
                continue
            if answer.revision.title in done:
                continue
            done.add(answer.revision.title)
            result = _save(answer.revision, raw_dir, clock, repr(answer.asked), report, skip)
            if result is not None:
                saved.append(result)
    return saved


def import_dump(
    dump: Path, raw_dir: Path, titles: str, report: Callable[[Saved], None],
    skip: Skip = None, progress: Callable[[IO[bytes]], IO[bytes]] | None = None,
    clock: Clock | None = None,
) -> DumpSummary:  # fmt: skip
    """Convert every article of ``dump`` whose title matches ``titles`` into ``raw_dir``.

    Matching titles that are not relations between two countries ("European Union–X
    relations") are listed in the summary, not failed. A dump that is not one, or is cut
    short, raises PipelineError; the articles saved before stay (each is whole).
    """
    from pipeline.dump import dump_revisions

    if not dump.is_file():
        raise PipelineError("no such dump file", str(dump))
    try:
        pattern = re.compile(titles)
    except re.error as error:
        raise PipelineError(f"--titles-matching is not a regular expression: {error}") from None
    summary = DumpSummary()
    for revision in dump_revisions(dump, pattern, progress):
        try:
            relation_of_title(revision.title)
        except PipelineError:
            summary.not_relations.append(revision.title)
            continue
        result = _save(revision, raw_dir, clock, repr(revision.title), report, skip)
        if result is not None:
            summary.saved.append(result)
    return summary


def _save(
    revision: Revision, raw_dir: Path, clock: Clock | None, name: str,
    report: Callable[[Saved], None], skip: Skip,
) -> Saved | None:  # fmt: skip
    """Save one revision and report it; a failure is raised, or skipped with ``skip``."""
    try:
        result = save_revision(revision, raw_dir, clock)
    except PipelineError as error:
        _fail(error, name, skip)
        return None
    report(result)
    return result


def _fail(error: PipelineError, name: str, skip: Skip) -> None:
    """Name what failed (the title, unless the error names a file) and raise or skip it."""
    error.file = error.file or name
    if skip is None:
        raise error
    skip(str(error))


def save_revision(revision: Revision, raw_dir: Path, clock: Clock | None = None) -> Saved:
    """Convert one revision and save it, with its provenance, as ``raw_dir/<slug>.txt``."""
    from pipeline.wikitext import convert, is_disambiguation

    relation = relation_of_title(revision.title)
    if is_disambiguation(revision.wikitext):
        raise PipelineError(f"{revision.title!r} is a disambiguation page")
    conversion = convert(revision.wikitext, revision.title)
    data = conversion.text.encode("utf-8")
    retrieved = (clock or _now)().astimezone(UTC).strftime(UTC_FORMAT)
    provenance = Provenance(
        title=revision.title,
        page_id=revision.page_id,
        revision_id=revision.revision_id,
        revision_time=revision.timestamp,
        url=revision.site.permanent_url(revision.title, revision.revision_id),
        site=revision.site.name,
        method=revision.method,
        retrieved_from=revision.source,
        retrieved_at=retrieved,
        text_sha256=hashlib.sha256(data).hexdigest(),
        wikitext_sha256=hashlib.sha256(revision.wikitext.encode("utf-8")).hexdigest(),
        converter=__version__,
        unknown_templates=conversion.unknown_templates,
    )
    path = raw_dir / f"{relation.relation_id}{ARTICLE_SUFFIX}"
    existing = _existing(path)
    status = "new"
    if existing is not None:
        if existing.title != provenance.title:
            raise PipelineError(
                f"already holds {existing.title!r}, another page of the same relation; "
                "remove it first to replace it",
                str(path),
            )
        if existing.same_source(provenance) and path.read_bytes() == data:
            return Saved(path, "unchanged", existing)
        if existing.revision_time > provenance.revision_time:
            return Saved(path, "kept", existing)
        status = "updated"
    raw_dir.mkdir(parents=True, exist_ok=True)
    _write_atomically(path, data)
    _write_atomically(sidecar_path(path), provenance.to_json())
    return Saved(path, status, provenance)


def _existing(path: Path) -> Provenance | None:
    """The provenance of an article already saved there; refuse to replace one without."""
    sidecar = sidecar_path(path)
    if sidecar.is_file():
        return parse_provenance(sidecar.read_bytes(), str(sidecar))
    if path.exists():
        raise PipelineError(
            f"exists without a record of its source ({sidecar.name}), so it was not fetched "
            "and is not replaced; move it away or choose another --raw-dir",
            str(path),
        )
    return None


def _write_atomically(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` so that a reader sees the old file or the new, never half."""
    handle, scratch = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as file:
            file.write(data)
            file.flush()
            os.fsync(file.fileno())
        os.chmod(scratch, 0o644)  # mkstemp makes it private; articles are for everyone
        os.replace(scratch, path)
    except BaseException:
        Path(scratch).unlink(missing_ok=True)
        raise


def _now() -> datetime:
    return datetime.now(UTC)
