"""Split a paragraph into sentences without breaking on abbreviations, initials or quotes."""

from __future__ import annotations

import itertools
import re

from pipeline.rules.sentences import (
    ABBREVIATIONS,
    CLOSERS,
    QUOTE_CLOSERS,
    QUOTE_OPENERS,
    QUOTE_TOGGLES,
    SENTENCE_OPENERS,
    TERMINATORS,
)

# A run of terminators and closing marks followed by white space: the only places where a
# sentence may end inside a paragraph. Both classes are single characters, so this is linear.
_CANDIDATE = re.compile(f"[{re.escape(TERMINATORS)}]+[{re.escape(CLOSERS)}]*(?=\\s)")
_NEXT_CHAR = re.compile(r"\s*(\S)")
_INITIAL = re.compile(r"[A-Z]")
_DOTTED = re.compile(r"(?:[A-Za-z]\.)+[A-Za-z]")  # U.S, e.g, i.e
_LEADING_PUNCT = "([\"“‘'«"
_QUOTE_MARKS = re.compile(f"[{re.escape(QUOTE_TOGGLES + QUOTE_OPENERS + QUOTE_CLOSERS)}]")


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Return (start, end) offsets of the sentences of ``text``, white space trimmed."""
    inside = quoted_mask(text)
    cuts = [0]
    for match in _CANDIDATE.finditer(text):
        if _is_boundary(text, match, inside):
            cuts.append(match.end())
    cuts.append(len(text))
    spans = []
    for start, end in itertools.pairwise(cuts):
        span = _trim(text, start, end)
        if span:
            spans.append(span)
    return spans


def _is_boundary(text: str, match: re.Match[str], inside: list[bool]) -> bool:
    if inside[match.end() - 1]:
        return False
    following = _NEXT_CHAR.match(text, match.end())
    if following is None:
        return False
    first = following.group(1)
    if not (first.isupper() or first in SENTENCE_OPENERS):
        return False
    if text[match.start()] != ".":
        return True  # '!' and '?' are never abbreviations
    word = _word_before(text, match.start()).lstrip(_LEADING_PUNCT)
    return not (
        word.lower() in ABBREVIATIONS or _INITIAL.fullmatch(word) or _DOTTED.fullmatch(word)
    )


def _word_before(text: str, end: int) -> str:
    start = end
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    return text[start:end]


def quoted_mask(text: str) -> list[bool]:
    """For each character, whether a quotation is open just after it."""
    # An odd number of straight quotes means one is a stray (or an inch mark): ignore them
    # all rather than treat the rest of the paragraph as one quotation.
    toggles = QUOTE_TOGGLES if text.count(QUOTE_TOGGLES) % 2 == 0 else ""
    marks = [m for m in _QUOTE_MARKS.finditer(text) if m.group() not in QUOTE_TOGGLES or toggles]
    if not marks:  # most text quotes nobody: no need to look at every character
        return [False] * len(text)
    depths: list[bool] = []
    open_quote = False
    position = 0
    for mark in marks:
        depths.extend([open_quote] * (mark.start() - position))
        char = mark.group()
        if char in toggles:
            open_quote = not open_quote
        elif char in QUOTE_OPENERS:
            open_quote = True
        else:
            open_quote = False
        depths.append(open_quote)
        position = mark.end()
    depths.extend([open_quote] * (len(text) - position))
    return depths


def _trim(text: str, start: int, end: int) -> tuple[int, int] | None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end) if start < end else None
