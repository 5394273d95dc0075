"""Themes of sections, read from their headings, and the sections that hold no facts."""

from __future__ import annotations

import re
from functools import cache

from pipeline.rules.sections import APPARATUS_HEADINGS, CATEGORIES, LEAD_CATEGORY, OTHER_CATEGORY


@cache
def category_of(path: tuple[str, ...]) -> str:
    """The theme of a section: that of its most specific themed heading (``history``,
    ``border`` ...); a border subsection of "Military relations" is ``border``."""
    if not path:
        return LEAD_CATEGORY
    for heading in reversed(path):
        # The first themed word of the heading decides: "Free trade, security and migration"
        # is about the economy.
        for word in re.findall(r"\w+", heading.lower()):
            for category, keywords in CATEGORIES:
                if any(word.startswith(keyword) for keyword in keywords):
                    return category
    return OTHER_CATEGORY


@cache
def is_apparatus(path: tuple[str, ...]) -> bool:
    """Whether a section is "See also", "References", "External links" or the like."""
    return any(" ".join(h.lower().split()).strip(" :") in APPARATUS_HEADINGS for h in path)
