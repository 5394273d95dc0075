"""The MediaWiki Action API: the current revision of articles, by title, politely.

One request at a time, a User-Agent naming the project and how to reach its maintainers,
``maxlag=5``, a timeout, and retries with exponential backoff on 429, 502–504, timeouts,
dropped connections and ``maxlag`` errors, honouring ``Retry-After``. Titles go 50 to a
request; normalised titles and redirects are followed back to the title asked for.
See https://www.mediawiki.org/wiki/API:Etiquette.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any
from urllib.parse import quote, urlsplit

from pipeline import PROJECT_URL, __version__
from pipeline.errors import PipelineError

if TYPE_CHECKING:
    import httpx

DEFAULT_API = "https://en.wikipedia.org/w/api.php"
BATCH_SIZE = 50  # titles per request: the API's limit for ordinary clients
RETRY_STATUSES = frozenset({429, 502, 503, 504})
MAX_WAIT = 120.0  # seconds: the longest pause between two attempts, whatever the server says
MAXLAG = 5  # seconds of replication lag beyond which the servers ask bots to wait


@dataclass(frozen=True)
class Site:
    """The wiki a page comes from: its name and where permanent links point."""

    name: str
    index_url: str  # …/w/index.php

    def permanent_url(self, title: str, revision_id: int) -> str:
        """The link to exactly this revision: ``…/index.php?title=…&oldid=…``."""
        return (
            f"{self.index_url}?title={quote(title.replace(' ', '_'), safe=':/(),!*')}"
            f"&oldid={revision_id}"
        )


@dataclass(frozen=True)
class Revision:
    """One revision of one page: its wikitext and where it was read."""

    title: str
    page_id: int
    revision_id: int
    timestamp: str  # ISO 8601, UTC
    wikitext: str
    site: Site
    method: str  # "api" or "dump"
    source: str  # the API's URL, or the dump's file name


@dataclass(frozen=True)
class Answer:
    """What the API said of one title asked for: a revision, or why there is none."""

    asked: str
    revision: Revision | None = None
    problem: str | None = None


class ApiError(PipelineError):
    """A request failed for good (after any retries): HTTP, timeout, malformed answer."""


def user_agent(contact: str | None = None) -> str:
    """A User-Agent as the Wikimedia policy asks: the tool, its version, how to reach us."""
    import httpx

    return f"relations-datasets/{__version__} ({contact or PROJECT_URL}) httpx/{httpx.__version__}"


class MediaWikiApi:
    """A client of one wiki's Action API. Use as a context manager."""

    def __init__(
        self,
        url: str = DEFAULT_API,
        *,
        timeout: float = 30.0,
        retries: int = 5,
        backoff: float = 1.0,
        contact: str | None = None,
        sleep: Callable[[float], None] = time.sleep,
        transport: httpx.BaseTransport | None = None,
    ):
        import httpx

        self.url = url
        self.timeout = timeout
        self.retries = retries
        self.backoff = backoff
        self.sleep = sleep
        self.client = httpx.Client(
            headers={"User-Agent": user_agent(contact)},
            timeout=timeout,
            transport=transport,
            follow_redirects=True,
        )

    def __enter__(self) -> MediaWikiApi:
        return self

    def __exit__(self, *exc: object) -> None:
        self.client.close()

    def revisions(self, titles: Iterable[str]) -> list[Answer]:
        """The current revision of every title (batched), in the order asked for.

        A title without an article (missing, invalid, a disambiguation page, another
        namespace) gets an Answer with its problem; a failed request raises ApiError.
        """
        asked = list(dict.fromkeys(titles))
        answers = []
        for start in range(0, len(asked), BATCH_SIZE):
            answers += self._batch(asked[start : start + BATCH_SIZE])
        return answers

    def _batch(self, titles: list[str]) -> list[Answer]:
        params = {
            "action": "query",
            "prop": "revisions|pageprops",
            "ppprop": "disambiguation",
            "rvprop": "ids|timestamp|content",
            "rvslots": "main",
            "redirects": "1",
            "meta": "siteinfo",
            "siprop": "general",
            "format": "json",
            "formatversion": "2",
            "maxlag": str(MAXLAG),
            "titles": "|".join(titles),
        }
        pages: dict[str, dict[str, Any]] = {}
        normalized: dict[str, str] = {}
        redirects: dict[str, str] = {}
        general: dict[str, Any] = {}
        request = dict(params)
        while True:
            data = self._get(request)
            query = data.get("query")
            if not isinstance(query, dict) or not isinstance(query.get("pages"), list):
                raise ApiError("unexpected answer: no query.pages in it", self.url)
            general = general or query.get("general") or {}
            normalized.update({n["from"]: n["to"] for n in query.get("normalized", [])})
            redirects.update({r["from"]: r["to"] for r in query.get("redirects", [])})
            for page in query["pages"]:
                known = pages.setdefault(page.get("title", ""), page)
                if "revisions" in page:  # a continuation fills in what a first answer left out
                    known["revisions"] = page["revisions"]
            if not isinstance(data.get("continue"), dict):
                break
            request = {**params, **data["continue"]}
        site = self._site(general)
        return [self._answer(t, normalized, redirects, pages, site) for t in titles]

    def _answer(
        self, asked: str, normalized: dict[str, str], redirects: dict[str, str],
        pages: dict[str, dict[str, Any]], site: Site,
    ) -> Answer:  # fmt: skip
        title = normalized.get(asked, asked)
        seen = {title}
        while title in redirects and redirects[title] not in seen:
            title = redirects[title]
            seen.add(title)
        page = pages.get(title)
        if page is None:
            return Answer(asked, problem="the API's answer does not mention this title")
        if page.get("invalid"):
            return Answer(asked, problem=f"invalid title: {page.get('invalidreason', '')}")
        if page.get("missing"):
            return Answer(asked, problem=f"no such page on {site.name}")
        if page.get("ns", 0) != 0:
            return Answer(asked, problem=f"{title!r} is not an article (namespace {page['ns']})")
        if "disambiguation" in (page.get("pageprops") or {}):
            return Answer(asked, problem=f"{title!r} is a disambiguation page")
        try:
            revision = page["revisions"][0]
            slot = revision["slots"]["main"]
            content = slot["content"]
            model = slot.get("contentmodel", "wikitext")
            if model != "wikitext":
                return Answer(asked, problem=f"content model is {model}, not wikitext")
            return Answer(
                asked,
                Revision(
                    title, int(page["pageid"]), int(revision["revid"]),
                    str(revision["timestamp"]), str(content), site, "api", self.url,
                ),
            )  # fmt: skip
        except (KeyError, IndexError, TypeError, ValueError):
            return Answer(asked, problem="the answer holds no readable revision of this page")

    def _site(self, general: dict[str, Any]) -> Site:
        """Name and index.php of the wiki, from siteinfo, else from the API's own URL."""
        api = urlsplit(self.url)
        server = str(general.get("server") or f"{api.scheme}://{api.netloc}")
        if server.startswith("//"):
            server = f"{api.scheme}:{server}"
        script = general.get("script")
        index = f"{server}{script}" if script else f"{server}{api.path.rsplit('/', 1)[0]}/index.php"
        return Site(str(general.get("sitename") or api.netloc), index)

    def _get(self, params: dict[str, str]) -> dict[str, Any]:
        """One API call, retried while the server asks us to wait; its JSON object."""
        import httpx

        attempt = 0
        while True:
            attempt += 1
            wait = self.backoff * 2 ** (attempt - 1)
            try:
                response = self.client.get(self.url, params=params)
            except httpx.TimeoutException:
                failure = f"timed out after {self.timeout:g} s"
            except httpx.TransportError as error:
                failure = f"connection failed ({error or type(error).__name__})"
            else:
                if response.status_code in RETRY_STATUSES:
                    failure = f"HTTP {response.status_code} {response.reason_phrase}".strip()
                    wait = _first(_retry_after(response), wait)
                elif response.is_error:
                    raise ApiError(
                        f"HTTP {response.status_code} {response.reason_phrase}".strip(), self.url
                    )
                else:
                    data = _json_object(response, self.url)
                    error = data.get("error")
                    if not isinstance(error, dict):
                        return data
                    if error.get("code") != "maxlag":
                        raise ApiError(
                            f"API error {error.get('code')}: {error.get('info', '')}".strip(),
                            self.url,
                        )
                    failure = f"the servers are lagged ({error.get('info', 'maxlag')})"
                    lag = error.get("lag")
                    wait = _first(_retry_after(response), float(lag) if lag else None, wait)
            if attempt > self.retries:
                raise ApiError(f"{failure}; gave up after {attempt} attempts", self.url)
            self.sleep(min(wait, MAX_WAIT))


def _first(*values: float | None) -> float:
    """The first value given (0 included): what the server asked for before our own guess."""
    return next(v for v in values if v is not None)


def _retry_after(response: httpx.Response) -> float | None:
    """Seconds the server asks us to wait (Retry-After: seconds or an HTTP date)."""
    value = response.headers.get("Retry-After")
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    from email.utils import parsedate_to_datetime

    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - time.time())


def _json_object(response: httpx.Response, url: str) -> dict[str, Any]:
    try:
        data = response.json()
    except ValueError as error:
        raise ApiError(f"invalid JSON in the answer: {error}", url) from None
    if not isinstance(data, dict):
        raise ApiError(f"unexpected answer: a JSON {type(data).__name__}, not an object", url)
    return data
