"""The project's own error type: what the CLI turns into one clear line."""

from __future__ import annotations

import contextlib
import os
import re

# Characters never shown as they are: controls (C0, DEL, C1), lone surrogates (the bytes of a
# name that is not UTF-8) and the Unicode line and paragraph separators. Any of them could
# break a message's one line or drive the terminal.
_UNPRINTABLE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff]")


def escape_controls(text: str) -> str:
    """``text`` on one line: each control character escaped as Python writes it (``\\n``,
    ``\\x1b``, ``\\u2028``); a byte that could not be decoded as ``\\xf4``."""
    return _UNPRINTABLE.sub(_escaped, text)


def _escaped(match: re.Match[str]) -> str:
    code = ord(match.group())
    if 0xDC80 <= code <= 0xDCFF:  # an undecodable byte, as os.fsdecode keeps it
        return f"\\x{code - 0xDC00:02x}"
    return repr(match.group())[1:-1]


def printable_name(name: str | os.PathLike[str]) -> str:
    """A file name or path as text to show, the same whatever the locale: the name's bytes
    decoded as UTF-8 (not as the locale's encoding, which decoded it from the system), control
    characters escaped."""
    text = os.fspath(name)
    # Names read from the system are decoded with the locale's encoding; the name published
    # in source_file is already text, and cannot always be encoded back: it stays as it is.
    with contextlib.suppress(UnicodeError):
        text = os.fsencode(text).decode("utf-8")
    return escape_controls(text)


class PipelineError(Exception):
    """A problem with the input or a stage, located in a file (and a line) where known."""

    def __init__(self, message: str, file: str | None = None, line: int | None = None):
        super().__init__(message)
        self.message = message
        self.file = file
        self.line = line

    def __str__(self) -> str:
        where = printable_name(self.file) if self.file else ""
        if self.file and self.line is not None:
            where = f"{where}:{self.line}"
        return f"{where}: {self.message}" if where else self.message


class ArticleBug(Exception):
    """An unexpected failure (a bug, not bad input) while extracting one article: it names
    the article, so that a corpus run says which one to look at; ``details`` holds the
    traceback, which a worker process cannot send as such."""

    def __init__(self, file: str, cause: str, details: str = ""):
        super().__init__(file, cause, details)
        self.file, self.cause, self.details = file, cause, details

    def __str__(self) -> str:
        return f"{printable_name(self.file)}: internal error: {escape_controls(self.cause)}"
