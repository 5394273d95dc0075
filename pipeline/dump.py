"""MediaWiki XML exports and database dumps (``.xml``, ``.xml.bz2``), streamed with mwxml.

Pages are read one at a time and forgotten: memory stays flat whatever the dump's size.
Only articles (namespace 0) that are not redirects and whose title matches are kept; of a
page with several revisions, the newest wins.
"""

from __future__ import annotations

import bz2
import gzip
import re
from collections.abc import Callable, Iterator
from contextlib import ExitStack
from pathlib import Path
from typing import IO, Any
from urllib.parse import urlsplit

from pipeline.errors import PipelineError
from pipeline.mediawiki import Revision, Site

# "<A>–<B> relations": the articles of bilateral relations (the en dash is the title's).
DEFAULT_TITLES = r"^[^–]+–[^–]+ relations$"
_OPENERS: dict[str, Callable[[Any], IO[bytes]]] = {
    ".bz2": lambda f: bz2.BZ2File(f),
    ".gz": lambda f: gzip.GzipFile(fileobj=f),
}
_POSITION = re.compile(r"line (\d+), column (\d+)")


def dump_revisions(
    path: Path, titles: re.Pattern[str], progress: Callable[[IO[bytes]], IO[bytes]] | None = None
) -> Iterator[Revision]:
    """The newest revision of every matching article of the dump at ``path``.

    ``progress`` may wrap the raw file (to count the bytes read). A file that is not a
    MediaWiki dump, or is cut short, raises PipelineError naming the file (and line).
    """
    import mwxml
    from mwxml.element_iterator import ElementIterator
    from mwxml.errors import MalformedXML

    source = str(path)
    with ExitStack() as stack:
        raw: IO[bytes] = stack.enter_context(path.open("rb"))
        if progress is not None:
            raw = stack.enter_context(progress(raw))  # type: ignore[arg-type]
        opener = _OPENERS.get(path.suffix.lower())
        stream = stack.enter_context(opener(raw)) if opener else raw
        try:
            root = ElementIterator.from_file(stream)
            if root.tag != "mediawiki":
                raise PipelineError(f"not a MediaWiki XML dump (its root is <{root.tag}>)", source)
            dump = mwxml.Dump.from_element(root)
            site = _site(dump.site_info)
            for page in dump.pages:
                # mwxml clears each page it has read, but the cleared elements stay children
                # of the root, about 100 bytes a page: drop them, or millions of pages would
                # take gigabytes.
                del root.element[:]
                if page.namespace != 0 or page.redirect or not titles.search(page.title):
                    continue
                revision = _newest(page, site, path.name)
                if revision is not None:
                    yield revision
        except MalformedXML as error:
            raise PipelineError(f"not a MediaWiki XML dump: {error}", source) from None
        except SyntaxError as error:  # xml.etree's ParseError
            raise _xml_error(error, source) from None
        except EOFError:
            raise PipelineError("the compressed file is cut short", source) from None
        except OSError as error:
            kind = f" as {path.suffix.lstrip('.')}" if opener else ""
            raise PipelineError(f"cannot be read{kind}: {error}", source) from None


def _newest(page: Any, site: Site, dump_name: str) -> Revision | None:
    best = None
    for revision in page:
        if revision.text is None:  # a revision whose text was deleted
            continue
        key = (str(revision.timestamp.long_format()), revision.id)
        if best is None or key > best[0]:
            best = (key, revision)
    if best is None:
        return None
    (timestamp, revision_id), revision = best
    return Revision(
        page.title, int(page.id), int(revision_id), timestamp, revision.text, site, "dump",
        dump_name,
    )  # fmt: skip


def _site(info: Any) -> Site:
    """The wiki's name and index.php, from the dump's <siteinfo>."""
    base = str(info.base or "")
    parts = urlsplit(base)
    origin = f"{parts.scheme}://{parts.netloc}" if parts.netloc else ""
    if "/index.php" in parts.path:
        index = origin + parts.path[: parts.path.index("/index.php") + len("/index.php")]
    elif parts.path.startswith("/wiki/"):
        index = f"{origin}/w/index.php"  # the Wikimedia layout: /wiki/Title, /w/index.php
    else:
        index = f"{origin}/index.php"
    return Site(str(info.name or parts.netloc or "the wiki"), index)


def _xml_error(error: SyntaxError, source: str) -> PipelineError:
    """'not well-formed' at its line; mwxml appends the file's next bytes, which we drop."""
    message = str(error)
    position = _POSITION.search(message)
    if "no element found" in message:
        what = "the XML ends before the dump does (a truncated file?)"
    else:
        what = f"not well-formed XML ({message.split(':', 1)[0]})"
    line = int(position.group(1)) if position else None
    return PipelineError(what, source, line)
