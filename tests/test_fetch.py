"""fetch: articles from a MediaWiki Action API (a local one on 127.0.0.1, never the network)."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest
from click.testing import CliRunner
from pytest_httpserver import HTTPServer

from pipeline.cli import cli
from pipeline.errors import PipelineError
from pipeline.ingest import fetch_articles
from pipeline.mediawiki import MediaWikiApi
from tests.fakewiki import FakeWiki, maxlag, too_many, unavailable

ARTICLE = """{{Short description|Bilateral relations}}
{{Infobox bilateral relations|Chile–Peru|Chile|Peru|map=Chile Peru Locator.png}}
'''Chile–Peru relations''' are the relations between [[Chile]] and [[Peru]].<ref>{{cite web|title=x}}</ref>
Diplomatic relations were established in 1822.

== History ==
{{Trade statistics box|1990}}
The [[War of the Pacific]] lasted from 1879 to 1884.
"""
OTHER = """'''Bolivia–Chile relations''' have been tense since 1879.
"""
TIME = datetime(2026, 11, 28, 12, 0, 0, tzinfo=UTC)


@pytest.fixture
def wiki(httpserver: HTTPServer) -> FakeWiki:
    fake = FakeWiki()
    fake.add("Chile–Peru relations", ARTICLE)
    fake.add("Bolivia–Chile relations", OTHER)
    fake.add("Foreign relations of Chile", "Chile has relations.")
    fake.add("Georgia relations", "{{disambiguation}}", disambiguation=True)
    fake.redirects["Chile-Peru relations"] = "Chile–Peru relations"
    httpserver.expect_request("/w/api.php").respond_with_handler(fake)
    return fake


@pytest.fixture
def api_url(httpserver: HTTPServer) -> str:
    return httpserver.url_for("/w/api.php")


def fetch(api_url: str, raw: Path, *titles: str, keep_going: bool = False, **options: object):
    """Fetch through the library, with no real pauses; return (saved, skipped, pauses)."""
    pauses: list[float] = []
    skipped: list[str] = []
    with MediaWikiApi(api_url, sleep=pauses.append, **options) as api:  # type: ignore[arg-type]
        saved = fetch_articles(
            titles, raw, api, lambda s: None, skipped.append if keep_going else None,
            clock=lambda: TIME,
        )  # fmt: skip
    return saved, skipped, pauses


def run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(cli, list(args))
    return result.exit_code, result.output


def test_an_article_is_saved_in_the_layout_with_its_provenance(
    wiki: FakeWiki, api_url: str, tmp_path: Path
) -> None:
    saved, _, _ = fetch(api_url, tmp_path, "Chile–Peru relations")
    assert [s.status for s in saved] == ["new"]
    text = (tmp_path / "chile-peru.txt").read_text(encoding="utf-8")
    assert text.splitlines()[:5] == [
        "= Chile–Peru relations =", "", "Infobox", "- Map: Chile Peru Locator.png", "",
    ]  # fmt: skip
    assert "Chile–Peru relations are the relations between Chile and Peru. Diplomatic" in text
    record = json.loads((tmp_path / "chile-peru.source.json").read_text(encoding="utf-8"))
    page = wiki.pages["Chile–Peru relations"]
    assert record["title"] == "Chile–Peru relations"
    assert record["page_id"] == page.page_id
    assert record["revision_id"] == page.revision_id
    assert record["revision_time"] == "2025-11-20T10:11:12Z"
    assert record["retrieved_at"] == "2026-11-28T12:00:00Z"
    assert record["method"] == "api"
    assert record["retrieved_from"] == api_url
    assert record["url"] == (
        "http://en.wikipedia.org/w/index.php?title=Chile%E2%80%93Peru_relations"
        f"&oldid={page.revision_id}"
    )
    assert record["license"]["name"] == "CC-BY-SA-4.0"
    assert record["unknown_templates"] == {"trade statistics box": 1}
    assert record["attribution"].startswith('Wikipedia contributors, "Chile–Peru relations"')


def test_the_request_follows_the_api_etiquette(
    wiki: FakeWiki, api_url: str, tmp_path: Path
) -> None:
    fetch(api_url, tmp_path, "Chile–Peru relations", "Bolivia–Chile relations")
    assert len(wiki.requests) == 1  # both titles in one request
    request = wiki.requests[0]
    args = request.args
    assert args["titles"] == "Chile–Peru relations|Bolivia–Chile relations"
    assert args["action"] == "query"
    assert set(args["prop"].split("|")) >= {"revisions"}
    assert set(args["rvprop"].split("|")) == {"ids", "timestamp", "content"}
    assert (args["rvslots"], args["redirects"], args["format"]) == ("main", "1", "json")
    assert (args["formatversion"], args["maxlag"]) == ("2", "5")
    agent = request.headers["User-Agent"]
    assert agent.startswith("relations-datasets/") and "http" in agent and "httpx/" in agent


def test_titles_are_batched_fifty_to_a_request(
    wiki: FakeWiki, api_url: str, tmp_path: Path
) -> None:
    titles = [f"Page {i}" for i in range(120)]
    _, skipped, _ = fetch(api_url, tmp_path, *titles, keep_going=True)
    assert [len(r.args["titles"].split("|")) for r in wiki.requests] == [50, 50, 20]
    assert len(skipped) == 120 and "no such page" in skipped[0]


def test_underscores_and_redirects_resolve_to_the_canonical_title(
    wiki: FakeWiki, api_url: str, tmp_path: Path
) -> None:
    saved, _, _ = fetch(api_url, tmp_path, "Chile-Peru_relations", "chile–Peru relations")
    assert [s.path.name for s in saved] == ["chile-peru.txt"]  # the same article, once
    assert saved[0].provenance.title == "Chile–Peru relations"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["chile-peru.source.json",
                                                          "chile-peru.txt"]  # fmt: skip


def test_titles_may_be_joined_with_a_bar(wiki: FakeWiki, api_url: str, tmp_path: Path) -> None:
    saved, _, _ = fetch(api_url, tmp_path, "Chile–Peru relations|Bolivia–Chile relations")
    assert sorted(s.path.name for s in saved) == ["bolivia-chile.txt", "chile-peru.txt"]


def test_continued_answers_are_merged(wiki: FakeWiki, api_url: str, tmp_path: Path) -> None:
    wiki.paginate = True
    saved, _, _ = fetch(api_url, tmp_path, "Chile–Peru relations", "Bolivia–Chile relations")
    assert sorted(s.path.name for s in saved) == ["bolivia-chile.txt", "chile-peru.txt"]
    assert len(wiki.requests) == 2


def test_fetching_an_unchanged_revision_again_changes_no_byte(
    wiki: FakeWiki, api_url: str, tmp_path: Path
) -> None:
    fetch(api_url, tmp_path, "Chile–Peru relations")
    before = {p.name: (p.read_bytes(), p.stat().st_mtime_ns) for p in tmp_path.iterdir()}
    pauses: list[float] = []
    with MediaWikiApi(api_url, sleep=pauses.append) as api:
        saved = fetch_articles(["Chile–Peru relations"], tmp_path, api, lambda s: None,
                               clock=lambda: datetime(2027, 1, 1, tzinfo=UTC))  # fmt: skip
    assert [s.status for s in saved] == ["unchanged"]
    after = {p.name: (p.read_bytes(), p.stat().st_mtime_ns) for p in tmp_path.iterdir()}
    assert after == before


def test_a_new_revision_replaces_the_old(wiki: FakeWiki, api_url: str, tmp_path: Path) -> None:
    fetch(api_url, tmp_path, "Chile–Peru relations")
    page = wiki.pages["Chile–Peru relations"]
    page.wikitext += "\nIn 2024 a new treaty was signed.\n"
    page.revision_id += 1
    page.timestamp = "2026-01-01T00:00:00Z"
    saved, _, _ = fetch(api_url, tmp_path, "Chile–Peru relations")
    assert [s.status for s in saved] == ["updated"]
    assert "In 2024 a new treaty" in (tmp_path / "chile-peru.txt").read_text(encoding="utf-8")
    record = json.loads((tmp_path / "chile-peru.source.json").read_text(encoding="utf-8"))
    assert record["revision_id"] == page.revision_id


@pytest.mark.parametrize(
    ("title", "problem"),
    [
        ("Narnia–Chile relations", "no such page"),
        ("Georgia relations", "is a disambiguation page"),
        ("Foreign relations of Chile", "is not a relation between two countries"),
        ("Bad [title]", "invalid title"),
    ],
)
def test_a_title_without_an_article_is_one_line_naming_it(
    wiki: FakeWiki, api_url: str, tmp_path: Path, title: str, problem: str
) -> None:
    with pytest.raises(PipelineError) as caught:
        fetch(api_url, tmp_path, title)
    message = str(caught.value)
    assert message.startswith(repr(title)) and problem in message and "\n" not in message
    assert list(tmp_path.iterdir()) == []


def test_keep_going_fetches_the_other_titles(wiki: FakeWiki, api_url: str, tmp_path: Path) -> None:
    saved, skipped, _ = fetch(
        api_url, tmp_path, "Narnia–Chile relations", "Chile–Peru relations", keep_going=True
    )
    assert [s.path.name for s in saved] == ["chile-peru.txt"]
    assert skipped == ["'Narnia–Chile relations': no such page on Wikipedia"]


def test_429_and_maxlag_are_retried_honouring_retry_after(
    wiki: FakeWiki, api_url: str, tmp_path: Path
) -> None:
    wiki.script += [too_many(3), maxlag(5)]
    saved, _, pauses = fetch(api_url, tmp_path, "Chile–Peru relations")
    assert [s.status for s in saved] == ["new"]
    assert pauses == [3.0, 5.0]
    assert len(wiki.requests) == 3


def test_503_without_retry_after_backs_off_exponentially(
    wiki: FakeWiki, api_url: str, tmp_path: Path
) -> None:
    wiki.script += [(503, {}, "busy")] * 3
    saved, _, pauses = fetch(api_url, tmp_path, "Chile–Peru relations", backoff=0.5)
    assert pauses == [0.5, 1.0, 2.0] and len(saved) == 1


def test_an_http_error_after_the_retries_is_one_line(
    wiki: FakeWiki, api_url: str, tmp_path: Path
) -> None:
    wiki.script += [unavailable()] * 3
    with pytest.raises(PipelineError) as caught:
        fetch(api_url, tmp_path, "Chile–Peru relations", "Bolivia–Chile relations", retries=2)
    assert str(caught.value) == (
        "'Chile–Peru relations' and 1 more titles: HTTP 503 SERVICE UNAVAILABLE; gave up after "
        f"3 attempts ({api_url})"
    )
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    ("answer", "problem"),
    [
        ((200, {}, "<html>not json</html>"), "invalid JSON in the answer"),
        ((200, {}, "[1, 2]"), "a JSON list, not an object"),
        ((200, {}, '{"batchcomplete": true}'), "no query.pages in it"),
        ((404, {}, "{}"), "HTTP 404"),
        ((200, {}, '{"error": {"code": "badvalue", "info": "Nope."}}'), "API error badvalue"),
    ],
    ids=["not-json", "not-an-object", "no-pages", "http-404", "api-error"],
)
def test_a_malformed_answer_is_one_line(
    wiki: FakeWiki, api_url: str, tmp_path: Path, answer: tuple[int, dict, str], problem: str
) -> None:
    wiki.script.append(answer)
    with pytest.raises(PipelineError) as caught:
        fetch(api_url, tmp_path, "Chile–Peru relations")
    assert problem in str(caught.value) and str(caught.value).startswith("'Chile–Peru")
    assert list(tmp_path.iterdir()) == []


def test_a_timeout_is_retried_then_reported(wiki: FakeWiki, api_url: str, tmp_path: Path) -> None:
    wiki.script += [1.0, 1.0]
    with pytest.raises(PipelineError, match=r"timed out after 0.2 s; gave up after 2 attempts"):
        fetch(api_url, tmp_path, "Chile–Peru relations", timeout=0.2, retries=1)


def test_cli_fetch_then_datasets(wiki: FakeWiki, api_url: str, tmp_path: Path) -> None:
    """From a title to published datasets in two commands, every row traceable to a revision."""
    raw = tmp_path / "raw"
    code, output = run("fetch", "--api", api_url, "--raw-dir", str(raw), "Chile-Peru_relations")
    assert code == 0, output
    assert "chile-peru.txt: new, 'Chile–Peru relations' revision" in output
    assert "1 unknown template(s) dropped (trade statistics box)" in output
    out = tmp_path / "out"
    code, output = run("datasets", "--raw-dir", str(raw), "--out-dir", str(out),
                       "--work-dir", str(tmp_path / "work"))  # fmt: skip
    assert code == 0, output
    relations = (out / "relations.csv").read_text(encoding="utf-8")
    page = wiki.pages["Chile–Peru relations"]
    assert f"&oldid={page.revision_id},{page.revision_id},2025-11-20T10:11:12Z," in relations
    timeline = (out / "timeline.csv").read_text(encoding="utf-8")
    assert "from 1879 to 1884" in timeline
    package = json.loads((out / "datapackage.json").read_text(encoding="utf-8"))
    assert package["sources"][0]["path"].endswith(f"&oldid={page.revision_id}")
    assert "revision" in package["sources"][0]["title"]


def test_cli_errors_are_one_line_and_keep_going_exits_1(
    wiki: FakeWiki, api_url: str, tmp_path: Path
) -> None:
    raw = tmp_path / "raw"
    code, output = run("fetch", "--api", api_url, "--raw-dir", str(raw), "Narnia–Chile relations")
    assert (code, output) == (1, "Error: 'Narnia–Chile relations': no such page on Wikipedia\n")
    code, output = run("fetch", "--api", api_url, "--raw-dir", str(raw), "--keep-going",
                       "Narnia–Chile relations", "Chile–Peru relations")  # fmt: skip
    assert code == 1
    assert "skipped: 'Narnia–Chile relations': no such page" in output
    assert (raw / "chile-peru.txt").is_file()
    assert "1 failure(s)" in output.splitlines()[-1]


def test_cli_retries_a_429_with_retry_after(wiki: FakeWiki, api_url: str, tmp_path: Path) -> None:
    wiki.script += [too_many(0), maxlag(0)]
    code, output = run("fetch", "--api", api_url, "--raw-dir", str(tmp_path),
                       "Chile–Peru relations")  # fmt: skip
    assert code == 0, output


def test_an_article_without_a_record_is_not_overwritten(
    wiki: FakeWiki, api_url: str, tmp_path: Path
) -> None:
    (tmp_path / "chile-peru.txt").write_text("= Chile–Peru relations =\n\nMine.\n")
    with pytest.raises(PipelineError, match="exists without a record of its source"):
        fetch(api_url, tmp_path, "Chile–Peru relations")
    assert (tmp_path / "chile-peru.txt").read_text() == "= Chile–Peru relations =\n\nMine.\n"
