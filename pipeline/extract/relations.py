"""relations: the article's title, its two countries and its source."""

from __future__ import annotations

import json
from datetime import UTC, datetime

from pipeline.document import Document
from pipeline.provenance import UTC_FORMAT
from pipeline.relation import relation_of
from pipeline.rules.infobox import INFOBOX_COLUMNS


def extract(doc: Document) -> list[dict[str, object]]:
    """One row: the relation of ``doc``, with its infobox and provenance of the title."""
    relation = relation_of(doc)
    source = doc.provenance
    row: dict[str, object] = {column: None for column in INFOBOX_COLUMNS.values()}
    for entry in doc.infobox:
        column = INFOBOX_COLUMNS.get(entry.key.lower())
        if column and row[column] is None:
            row[column] = entry.value
    row.update(
        relation_id=relation.relation_id,
        title=relation.title,
        country_a=relation.country_a.name,
        country_a_iso3=relation.country_a.iso3,
        country_b=relation.country_b.name,
        country_b_iso3=relation.country_b.iso3,
        infobox_json=json.dumps(
            {entry.key: entry.value for entry in doc.infobox}, ensure_ascii=False
        ),
        source_sha256=doc.sha256,
        source_url=source.url if source else None,
        source_revision_id=source.revision_id if source else None,
        source_revision_time=_utc(source.revision_time) if source else None,
        source_file=doc.source_file,
        source_line=doc.title.line,
        char_start=doc.title.char_start,
        char_end=doc.title.char_end,
    )
    return [row]


def _utc(text: str) -> datetime:
    """'2025-11-20T10:11:12Z' as an aware datetime."""
    return datetime.strptime(text, UTC_FORMAT).replace(tzinfo=UTC)
