"""Themes of sections, read from their headings."""

from __future__ import annotations

import re

from pipeline.rules.sections import CATEGORIES, LEAD_CATEGORY, OTHER_CATEGORY


def category_of(path: tuple[str, ...]) -> str:
    """The theme of a section from its top-level heading: ``history``, ``border``, ..."""
    if not path:
        return LEAD_CATEGORY
    words = re.findall(r"\w+", path[0].lower())
    for category, keywords in CATEGORIES:
        if any(word.startswith(keyword) for word in words for keyword in keywords):
            return category
    return OTHER_CATEGORY
