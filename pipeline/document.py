"""The article layout as a typed structure: title, infobox, section tree, blocks, sentences.

Every extractor reads a :class:`Document`; none reads raw lines itself. Offsets are 0-based
character offsets into ``Document.text`` (the decoded article, see :mod:`pipeline.sources`),
so ``doc.text[x.char_start:x.char_end]`` is always exactly the evidence; line numbers are 1-based.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from pipeline.errors import PipelineError
from pipeline.sections import is_apparatus
from pipeline.sentences import split_sentences

if TYPE_CHECKING:
    from pipeline.provenance import Provenance

# Line shapes are recognised with string methods rather than regular expressions, so that no
# line (however long its runs of '=', '-' or spaces) costs more than linear time.
_BLANKS = " \t"
INFOBOX_MARKER = "infobox"
ITEM_MARKER = "-"
MAX_HEADING_LEVEL = 6
HEADING_SEPARATOR = " > "


@dataclass(frozen=True)
class Span:
    """A stretch of the document's text: where it starts (line, offset) and ends."""

    text: str
    line: int
    char_start: int
    char_end: int


@dataclass(frozen=True)
class Sentence(Span):
    """One sentence of a paragraph, with the heading path of its section."""

    section: tuple[str, ...] = ()


@dataclass(frozen=True)
class Block(Span):
    """A paragraph (consecutive prose lines) or a ``- `` list item (text after the dash),
    each with its sentences."""

    kind: str = "paragraph"
    section: tuple[str, ...] = ()
    sentences: tuple[Sentence, ...] = ()


@dataclass(frozen=True)
class InfoboxEntry(Span):
    """A ``- Key: value`` line of the infobox; the span covers ``Key: value``."""

    key: str = ""
    value: str = ""
    value_start: int = 0


@dataclass
class Section:
    """A heading and what stands under it; the lead is the root, at level 1 with no heading."""

    level: int
    heading: Span | None
    path: tuple[str, ...]
    blocks: list[Block] = field(default_factory=list)
    children: list[Section] = field(default_factory=list)

    @property
    def title(self) -> str:
        return self.heading.text if self.heading else ""

    @property
    def heading_path(self) -> str:
        """``Political relations > Visits``; empty for the lead."""
        return HEADING_SEPARATOR.join(self.path)

    def walk(self) -> Iterator[Section]:
        """This section, then its descendants, depth first in document order."""
        yield self
        for child in self.children:
            yield from child.walk()


@dataclass
class Document:
    """One parsed article."""

    source_file: str
    text: str
    sha256: str
    title: Span
    infobox: tuple[InfoboxEntry, ...]
    root: Section
    line_starts: tuple[int, ...]
    # The revision the text was converted from, when a sidecar records it.
    provenance: Provenance | None = None
    # What the extractors found wrong in the text but left out rather than failed on, one
    # line each ("x.txt:12: timeline: ..."), in the order found: printed as warnings.
    notes: list[str] = field(default_factory=list)

    def sections(self) -> Iterator[Section]:
        """Every section with a heading, in document order."""
        for section in self.root.walk():
            if section.heading is not None:
                yield section

    def blocks(self) -> Iterator[Block]:
        """Every paragraph and list item of the article's body, in document order: not of
        its apparatus ("See also", "References"), pointers and sources rather than facts."""
        for section in self.root.walk():
            if not is_apparatus(section.path):
                yield from section.blocks

    def sentences(self) -> Iterator[Sentence]:
        """Every sentence of every paragraph of the body, in document order."""
        for block in self.blocks():
            yield from block.sentences

    def line_of(self, offset: int) -> int:
        """The 1-based line holding character ``offset``."""
        return bisect.bisect_right(self.line_starts, offset)


def parse_document(text: str, source_file: str, sha256: str = "") -> Document:
    """Parse a decoded article into a :class:`Document`; raise PipelineError on bad layout."""
    lines = _lines(text)
    starts = tuple(start for start, _ in lines)
    title, rest = _title(text, lines, source_file)
    root = Section(level=1, heading=None, path=())
    stack = [root]
    infobox: list[InfoboxEntry] = []
    paragraph: list[tuple[int, int, int]] = []  # (line number, start, end) of prose lines

    def flush() -> None:
        if paragraph:
            stack[-1].blocks.append(_paragraph(text, paragraph, stack[-1].path, starts))
            paragraph.clear()

    in_infobox = False
    for number, (start, end) in rest:
        content_end = _rstrip(text, start, end)
        line = text[start:content_end]
        if not line.strip():
            flush()
            in_infobox = False
            continue
        heading = _wrapped_in_equals(line)
        item = _item_text(line)
        if heading and heading[0] >= 2:
            flush()
            in_infobox = False
            level, s, e = heading
            span = Span(line[s:e], number, start + s, start + e)
            # A heading that skips levels hangs under the nearest shallower one.
            while stack[-1].level >= level:
                stack.pop()
            section = Section(level, span, (*stack[-1].path, span.text))
            stack[-1].children.append(section)
            stack.append(section)
        elif line.strip().lower() == INFOBOX_MARKER and not root.children and not infobox:
            flush()
            in_infobox = True
        elif item and in_infobox:
            infobox.append(_infobox_entry(text, start + item, content_end, number, source_file))
        elif item:
            flush()
            s = start + item
            body = text[s:content_end]
            # An item is read as sentences too ("- President X visited Y in March 2019."),
            # all on its one line.
            sentences = tuple(
                Sentence(body[a:b], number, s + a, s + b, section=stack[-1].path)
                for a, b in split_sentences(body)
            )
            stack[-1].blocks.append(
                Block(
                    body,
                    number,
                    s,
                    content_end,
                    kind="list_item",
                    section=stack[-1].path,
                    sentences=sentences,
                )
            )
        else:
            in_infobox = False
            paragraph.append((number, start + _lstrip_len(line), content_end))
    flush()
    return Document(source_file, text, sha256, title, tuple(infobox), root, starts)


def _lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of every line, end excluding the newline."""
    spans = []
    start = 0
    for match in re.finditer("\n", text):
        spans.append((start, match.start()))
        start = match.end()
    if start < len(text):
        spans.append((start, len(text)))
    return spans


def title_line(text: str) -> str | None:
    """The title of an article's text, as its parse reads it; None when it has none."""
    try:
        return _title(text, _lines(text), "")[0].text
    except PipelineError:
        return None


def _title(
    text: str, lines: list[tuple[int, int]], source_file: str
) -> tuple[Span, list[tuple[int, tuple[int, int]]]]:
    numbered = list(enumerate(lines, start=1))
    for index, (number, (start, end)) in enumerate(numbered):
        line = text[start : _rstrip(text, start, end)]
        if not line.strip():
            continue
        wrapped = _wrapped_in_equals(line)
        if not wrapped or wrapped[0] != 1:
            raise PipelineError(
                f"expected a title line like '= X–Y relations =', found {_preview(line)}",
                source_file,
                number,
            )
        _, s, e = wrapped
        return Span(line[s:e], number, start + s, start + e), numbered[index + 1 :]
    raise PipelineError("the article has no text", source_file)


def _wrapped_in_equals(line: str) -> tuple[int, int, int] | None:
    """(level, start, end) of the text of a '== Text ==' line, or None."""
    opening = len(line) - len(line.lstrip("="))
    closing = len(line) - len(line.rstrip("="))
    if not opening or not closing or opening == len(line):
        return None
    level = min(opening, closing)
    start, end = opening, len(line) - closing
    while start < end and line[start] in _BLANKS:
        start += 1
    while end > start and line[end - 1] in _BLANKS:
        end -= 1
    if start == end or level > MAX_HEADING_LEVEL:
        return None
    return level, start, end


def _item_text(line: str) -> int | None:
    """Offset of the text of a '- item' line, or None."""
    if not line.startswith(ITEM_MARKER) or len(line) < 2 or line[1] not in _BLANKS:
        return None
    offset = len(line) - len(line[1:].lstrip(_BLANKS))
    return offset if offset < len(line) else None


def _infobox_entry(text: str, start: int, end: int, number: int, source_file: str) -> InfoboxEntry:
    key, colon, value = text[start:end].partition(":")
    if not colon or not key.strip():
        raise PipelineError(
            f"expected an infobox line '- Key: value', found {_preview(text[start:end])}",
            source_file,
            number,
        )
    value_start = start + len(key) + 1 + (len(value) - len(value.lstrip(_BLANKS)))
    return InfoboxEntry(
        text[start:end],
        number,
        start,
        end,
        key=key.strip(),
        value=value.strip(),
        value_start=value_start,
    )


def _paragraph(
    text: str, lines: list[tuple[int, int, int]], path: tuple[str, ...], starts: tuple[int, ...]
) -> Block:
    first_line, start, _ = lines[0]
    end = lines[-1][2]
    body = text[start:end]
    sentences = tuple(
        Sentence(
            body[s:e], bisect.bisect_right(starts, start + s), start + s, start + e, section=path
        )
        for s, e in split_sentences(body)
    )
    return Block(body, first_line, start, end, kind="paragraph", section=path, sentences=sentences)


def _rstrip(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1] in _BLANKS:
        end -= 1
    return end


def _lstrip_len(line: str) -> int:
    return len(line) - len(line.lstrip(_BLANKS))


def _preview(line: str, width: int = 60) -> str:
    line = line.strip()
    return repr(line if len(line) <= width else line[: width - 1] + "…")
