"""Where an article came from: the sidecar ``raw/<slug>.source.json`` beside ``<slug>.txt``.

``fetch`` and ``import-dump`` write one for every article they convert: the page, the
revision read, when and where from, its permanent URL and its licence, and the SHA-256 of the
converted text it describes. Reading an article checks that hash, so that a text edited by
hand after it was fetched is never published as that revision.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any

from pipeline.errors import PipelineError

SIDECAR_SUFFIX = ".source.json"
# How times are written: ISO 8601 in UTC, to the second, as MediaWiki gives them.
UTC_FORMAT = "%Y-%m-%dT%H:%M:%SZ"
# The licence of the encyclopedia's text, and so of everything derived from it.
LICENSE: dict[str, str] = {
    "name": "CC-BY-SA-4.0",
    "path": "https://creativecommons.org/licenses/by-sa/4.0/",
    "title": "Creative Commons Attribution-ShareAlike 4.0 International",
}


@dataclass(frozen=True)
class Provenance:
    """The revision an article's text was converted from, and how it was obtained."""

    title: str
    page_id: int
    revision_id: int
    revision_time: str  # ISO 8601, UTC: 2025-11-20T10:11:12Z
    url: str  # the permanent link to the revision (…/index.php?title=…&oldid=…)
    site: str  # "Wikipedia"
    method: str  # "api" or "dump"
    retrieved_from: str  # the API's URL, or the dump's file name
    retrieved_at: str  # ISO 8601, UTC
    text_sha256: str  # of the converted article file this record describes
    wikitext_sha256: str
    converter: str  # version of the wikitext converter
    unknown_templates: dict[str, int] = field(default_factory=dict)
    license: dict[str, str] = field(default_factory=lambda: dict(LICENSE))

    @property
    def attribution(self) -> str:
        """How the source is credited: 'Wikipedia contributors, "X–Y relations", revision N'."""
        return (
            f'{self.site} contributors, "{self.title}", revision {self.revision_id} '
            f"of {self.revision_time}"
        )

    def to_json(self) -> bytes:
        """The sidecar's bytes: fields in a fixed order, UTF-8, a final newline."""
        record = {"attribution": self.attribution, **asdict(self)}
        return (json.dumps(record, ensure_ascii=False, indent=2) + "\n").encode("utf-8")

    def same_source(self, other: Provenance) -> bool:
        """The same revision, converted alike: only when and how it was read may differ."""
        mine, theirs = asdict(self), asdict(other)
        for name in _RETRIEVAL:
            mine.pop(name), theirs.pop(name)
        return mine == theirs


def sidecar_path(article: Path) -> Path:
    """``raw/x.txt`` → ``raw/x.source.json``."""
    return article.with_name(article.stem + SIDECAR_SUFFIX)


def read_provenance(article: Path, text_sha256: str) -> Provenance | None:
    """The sidecar of ``article``, checked against the article's hash; None when it has none."""
    path = sidecar_path(article)
    if not path.is_file():
        return None
    provenance = parse_provenance(path.read_bytes(), str(path))
    if provenance.text_sha256 != text_sha256:
        raise PipelineError(
            f"describes a text with SHA-256 {provenance.text_sha256[:12]}…, but {article.name} "
            f"has {text_sha256[:12]}…: the article was changed after it was fetched; fetch it "
            "again, or delete this file if the text is no longer that revision",
            str(path),
        )
    return provenance


def parse_provenance(data: bytes, source: str) -> Provenance:
    """A sidecar's record; PipelineError naming the file (and line) when it is not one."""
    try:
        record = json.loads(data.decode("utf-8"))
    except UnicodeDecodeError as error:
        raise PipelineError(f"not UTF-8: {error.reason}", source) from None
    except json.JSONDecodeError as error:
        raise PipelineError(f"invalid JSON: {error.msg}", source, error.lineno) from None
    if not isinstance(record, dict):
        raise PipelineError("expected a JSON object", source, 1)
    expected = {f.name: f.type for f in fields(Provenance)}
    missing = [name for name in expected if name not in record and name not in _DEFAULTED]
    if missing:
        raise PipelineError(f"missing {', '.join(missing)}", source)
    values: dict[str, Any] = {name: record[name] for name in expected if name in record}
    for name in ("page_id", "revision_id"):
        if not isinstance(values[name], int) or isinstance(values[name], bool):
            raise PipelineError(f"{name} is not an integer: {values[name]!r}", source)
    for name, kind in expected.items():
        if kind == "str" and not isinstance(values[name], str):
            raise PipelineError(f"{name} is not a string: {values[name]!r}", source)
    for name in ("revision_time", "retrieved_at"):
        if not _is_utc_time(values[name]):
            raise PipelineError(
                f"{name} is not a UTC time like 2025-11-20T10:11:12Z: {values[name]!r}", source
            )
    return Provenance(**values)


def _is_utc_time(value: str) -> bool:
    from datetime import datetime

    try:
        datetime.strptime(value, UTC_FORMAT)
    except ValueError:
        return False
    return True


_DEFAULTED = ("unknown_templates", "license")
# Fields about one retrieval: a later retrieval of the same revision keeps the first record.
_RETRIEVAL = ("retrieved_at", "retrieved_from", "method")
