"""A small MediaWiki Action API for the tests: answers like the real one, on 127.0.0.1.

It knows a few pages, normalises titles (underscores, first letter), follows redirects,
reports missing and invalid titles and disambiguation pages, and can be told to fail:
a queue of scripted answers (a 429 with Retry-After, a maxlag error, bad JSON, a slow
answer) is served before the real ones.
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass, field
from typing import Any

from werkzeug.wrappers import Request, Response

SITEINFO = {
    "sitename": "Wikipedia",
    "server": "//en.wikipedia.org",
    "script": "/w/index.php",
    "articlepath": "/wiki/$1",
}


@dataclass
class FakePage:
    title: str
    wikitext: str
    page_id: int
    revision_id: int
    timestamp: str = "2025-11-20T10:11:12Z"
    disambiguation: bool = False
    namespace: int = 0


@dataclass
class FakeWiki:
    pages: dict[str, FakePage] = field(default_factory=dict)
    redirects: dict[str, str] = field(default_factory=dict)
    # Answers served first, in order: (status, headers, body) or a number of seconds to stall.
    script: list[Any] = field(default_factory=list)
    requests: list[Request] = field(default_factory=list)
    # Split answers with "continue", one revision per answer, as the API does when large.
    paginate: bool = False

    def add(self, title: str, wikitext: str, **kwargs: Any) -> FakePage:
        page = FakePage(title, wikitext, 1000 + len(self.pages), 5000 + len(self.pages),
                        **kwargs)  # fmt: skip
        self.pages[title] = page
        return page

    def __call__(self, request: Request) -> Response:
        self.requests.append(request)
        if self.script:
            step = self.script.pop(0)
            if isinstance(step, int | float):
                time.sleep(step)
            else:
                status, headers, body = step
                return Response(body, status=status, headers=headers,
                                content_type="application/json")  # fmt: skip
        return Response(json.dumps(self.answer(request.args)), content_type="application/json")

    def answer(self, args: Any) -> dict[str, Any]:
        titles = args.get("titles", "").split("|")
        normalized, redirects, found = [], [], {}
        for asked in titles:
            title = " ".join(asked.replace("_", " ").split())
            title = title[:1].upper() + title[1:]
            if title != asked:
                normalized.append({"fromencoded": False, "from": asked, "to": title})
            if title in self.redirects:
                redirects.append({"from": title, "to": self.redirects[title]})
                title = self.redirects[title]
            found[title] = self._page(title)
        pages = list(found.values())
        answer: dict[str, Any] = {"batchcomplete": True, "query": {}}
        if self.paginate:
            start = int(args.get("rvcontinue", "0"))
            with_content = [p for p in pages if "revisions" in p]
            for index, page in enumerate(with_content):
                if index != start:
                    page.pop("revisions")
            if start + 1 < len(with_content):
                answer = {"continue": {"rvcontinue": str(start + 1), "continue": "||"},
                          "query": {}}  # fmt: skip
        if normalized:
            answer["query"]["normalized"] = normalized
        if redirects:
            answer["query"]["redirects"] = redirects
        answer["query"]["pages"] = pages
        answer["query"]["general"] = SITEINFO
        return answer

    def _page(self, title: str) -> dict[str, Any]:
        if "[" in title or not title:
            return {"title": title, "invalidreason": "The requested page title contains "
                    "invalid characters: \"[\".", "invalid": True}  # fmt: skip
        page = self.pages.get(title)
        if page is None:
            return {"ns": 0, "title": title, "missing": True}
        record: dict[str, Any] = {
            "pageid": page.page_id,
            "ns": page.namespace,
            "title": page.title,
            "revisions": [
                {
                    "revid": page.revision_id,
                    "parentid": page.revision_id - 1,
                    "timestamp": page.timestamp,
                    "slots": {"main": {"contentmodel": "wikitext",
                                       "contentformat": "text/x-wiki",
                                       "content": page.wikitext}},
                }
            ],
        }  # fmt: skip
        if page.disambiguation:
            record["pageprops"] = {"disambiguation": ""}
        return record


def maxlag(seconds: int = 0) -> tuple[int, dict[str, str], str]:
    """The answer of a lagged wiki: HTTP 200, an error object, Retry-After."""
    body = {"error": {"code": "maxlag", "info": "Waiting for 10.64.48.11: 7 seconds lagged.",
                      "host": "10.64.48.11", "lag": 7, "type": "db"},
            "servedby": "mw1234"}  # fmt: skip
    return 200, {"Retry-After": str(seconds), "X-Database-Lag": "7"}, json.dumps(body)


def too_many(seconds: int = 0) -> tuple[int, dict[str, str], str]:
    return 429, {"Retry-After": str(seconds)}, "{}"


def unavailable() -> tuple[int, dict[str, str], str]:
    return 503, {"Retry-After": "0"}, "Service Unavailable"
