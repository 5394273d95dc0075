"""Read articles from disk: the one place where raw bytes become a :class:`Document`.

The decoded text is the file's bytes as UTF-8, a leading byte-order mark dropped and line
ends normalised to ``\\n``: exactly what ``Path(f).read_text(encoding="utf-8-sig")`` gives in
Python, so published offsets can be checked against that string.
"""

from __future__ import annotations

import hashlib
import os
import unicodedata
from pathlib import Path

from pipeline.document import Document, parse_document, title_line
from pipeline.errors import PipelineError
from pipeline.paths import ARTICLE_GLOB
from pipeline.provenance import read_provenance

# Larger files are refused rather than read into memory: real articles are a few kilobytes.
MAX_ARTICLE_BYTES = 5 * 1024 * 1024


def find_articles(raw_dir: Path) -> list[Path]:
    """The article files of a raw folder, sorted by name."""
    if not raw_dir.is_dir():
        raise PipelineError("no such folder of articles", str(raw_dir))
    articles = sorted(p for p in raw_dir.glob(ARTICLE_GLOB) if p.is_file())
    if not articles:
        raise PipelineError(f"no articles ({ARTICLE_GLOB}) in this folder", str(raw_dir))
    return articles


# How much of a file is read to find its title line.
TITLE_BYTES = 64 * 1024


def relation_order(path: Path) -> tuple[str, str]:
    """Where an article's rows go among those of the corpus: by the id of the relation its
    title names, read from the head of the file. A file whose title names no relation comes
    first (its parse fails anyway); ties go by file name."""
    from pipeline.relation import relation_of_title

    try:
        with path.open("rb") as file:
            head = file.read(TITLE_BYTES).decode("utf-8-sig", errors="replace")
        title = title_line(head.replace("\r\n", "\n").replace("\r", "\n"))
        relation_id = relation_of_title(title).relation_id if title else ""
    except (OSError, PipelineError):
        relation_id = ""
    return relation_id, os.fsencode(path.name).decode("utf-8", "surrogateescape")


def read_article(path: Path) -> Document:
    """Read, decode and parse one article, with the record of its revision if it has one;
    PipelineError names the file on any problem."""
    size = path.stat().st_size
    if size > MAX_ARTICLE_BYTES:
        raise PipelineError(
            f"file is {size:,} bytes, more than the {MAX_ARTICLE_BYTES:,} an article may have",
            str(path),
        )
    data = path.read_bytes()
    text = decode_article(data, str(path))
    name = source_name(path)
    sha256 = hashlib.sha256(data).hexdigest()
    try:
        doc = parse_document(text, name, sha256)
    except PipelineError as error:
        if error.file == name:  # the parser knows only the name: give the path
            error.file = str(path)
        raise
    doc.provenance = read_provenance(path, sha256)
    return doc


def source_name(path: Path) -> str:
    """The file name published in ``source_file``: its bytes decoded as UTF-8, whatever the
    locale decoded them as. A name that is not UTF-8, or that holds a control character (a
    newline, an escape), is refused: no published cell or message line could show it as it
    is."""
    data = os.fsencode(path.name)
    try:
        name = data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise PipelineError(
            f"the file name is not UTF-8: byte 0x{data[error.start]:02x} at byte offset "
            f"{error.start} cannot be decoded; rename the file",
            str(path),
        ) from None
    control = next(
        (c for c in name if unicodedata.category(c) == "Cc" or c in "\u2028\u2029"), None
    )
    if control is not None:
        raise PipelineError(
            f"the file name holds a control character (U+{ord(control):04X}); rename the file",
            str(path),
        )
    return name


def decode_article(data: bytes, source: str) -> str:
    """Decode article bytes as UTF-8 with normalised line ends."""
    if not data.strip():
        raise PipelineError("the file is empty", source)
    if b"\x00" in data:
        offset = data.index(b"\x00")
        raise PipelineError(
            f"binary file (NUL byte at offset {offset}), expected UTF-8 text",
            source,
            data.count(b"\n", 0, offset) + 1,
        )
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        raise PipelineError(
            f"not UTF-8: byte 0x{data[error.start]:02x} at byte offset {error.start} "
            "cannot be decoded",
            source,
            line,
        ) from None
    return text.replace("\r\n", "\n").replace("\r", "\n")
