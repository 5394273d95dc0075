"""Word lists as regular expressions: the one place rule tables become patterns."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

# A capital letter of any Latin, Greek or Cyrillic alphabet ("Šid", "Łódź", "Ústí"), for
# patterns that find names by their capitals; [A-Z] would miss them.
UPPER = (
    "["
    + "".join(
        re.escape(c) for c in map(chr, [*range(0x41, 0x530), *range(0x1E00, 0x2000)]) if c.isupper()
    )
    + "]"
)


def alternation(words: Iterable[str]) -> str:
    """``a|b|c`` of the escaped words, longest first, so "consulate general" wins over
    "consulate". A space between words matches any run of white space, the no-break space
    of "World War\u00a0II" included."""
    return "|".join(
        re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True)
    )


@cache
def whole_words(words: tuple[str, ...]) -> re.Pattern[str]:
    """Any of ``words`` as a whole word, in any case; compiled once per list."""
    return re.compile(rf"\b(?:{alternation(words)})\b", re.IGNORECASE)


def key(text: str) -> str:
    """How a phrase matched in a text looks up its rule: lower-case, each run of white space
    (a no-break space, a line break) one space."""
    return " ".join(text.lower().split())


def find_word(text: str, words: tuple[str, ...]) -> re.Match[str] | None:
    """The first of ``words`` in ``text`` as a whole word, in any case, or None.

    Most texts hold none of a short list: a substring test rules that out before the
    (slower) regular expression looks for whole words.
    """
    lowered = text.lower()
    if not any(word.lower() in lowered for word in words):
        return None
    return whole_words(words).search(text)
