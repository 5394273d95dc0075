"""Stable row ids, derived from content so they survive unrelated edits of an article."""

from __future__ import annotations

import hashlib

# How many hex digits of the hash an id keeps: 48 bits, ample within one relation.
DIGEST_LENGTH = 12
ROW_ID_PATTERN = rf"^[a-z0-9-]+:[0-9a-f]{{{DIGEST_LENGTH}}}$"


def row_id(relation_id: str, *parts: str) -> str:
    """``relation_id:hash`` of the parts that identify a row (evidence text, value)."""
    digest = hashlib.sha256("\x1f".join((relation_id, *parts)).encode("utf-8")).hexdigest()
    return f"{relation_id}:{digest[:DIGEST_LENGTH]}"
