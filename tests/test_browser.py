"""The data page in a real browser: Debian's chromium, headless, driven by Selenium.

Each page is loaded from file:// with no network; the tests fail on any console error and on
any request that fails or leaves the machine, check that every chart drew an SVG with marks,
that the row counts shown are those of the files, and that an evidence link highlights the
exact characters of the row. Screenshots go to build/screenshots/ for review.

CI installs chromium (.ci/run) and sets RELATIONS_REQUIRE_BROWSER, so there a missing browser
fails; elsewhere these tests are skipped without one.
"""

from __future__ import annotations

import csv
import json
import os
import shutil
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import FIXTURE_ARTICLES, ROOT, SOURCE_ARTICLE

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
DRIVER = shutil.which("chromedriver")
SCREENSHOTS = ROOT / "build" / "screenshots"

if not (CHROMIUM and DRIVER):
    if os.environ.get("RELATIONS_REQUIRE_BROWSER"):
        raise RuntimeError("chromium and chromedriver are required (apt install chromium "
                           "chromium-driver)")  # fmt: skip
    pytest.skip("chromium and chromedriver are not installed", allow_module_level=True)


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM  # type: ignore[assignment]
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu",
                     "--disable-dev-shm-usage", "--window-size=1280,2200"):  # fmt: skip
        options.add_argument(argument)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL", "performance": "ALL"})
    driver = webdriver.Chrome(service=Service(DRIVER), options=options)
    yield driver
    driver.quit()


def load(browser, page: Path) -> None:  # type: ignore[no-untyped-def]
    """Open a page, wait for its charts, and fail on console errors or failed requests."""
    browser.get_log("browser")  # forget what an earlier page said
    browser.get_log("performance")
    browser.get(page.as_uri())
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        pending = browser.execute_script(
            "return [...document.querySelectorAll('.chart')].filter("
            "c => !c.querySelector('svg') && !c.classList.contains('empty')).length"
        )
        if pending == 0:
            break
        time.sleep(0.1)
    errors = [e["message"] for e in browser.get_log("browser") if e["level"] == "SEVERE"]
    assert errors == []
    requests, failed = [], []
    for entry in browser.get_log("performance"):
        message = json.loads(entry["message"])["message"]
        if message["method"] == "Network.requestWillBeSent":
            requests.append(message["params"]["request"]["url"])
        elif message["method"] == "Network.loadingFailed":
            failed.append(message["params"])
    assert failed == []
    assert requests and all(url.startswith(("file://", "data:")) for url in requests), requests


def counts_shown(browser) -> dict[str, int]:  # type: ignore[no-untyped-def]
    return browser.execute_script(
        "const found = {};"
        "for (const e of document.querySelectorAll('[data-dataset][data-rows]'))"
        "  found['file:' + e.dataset.dataset] = Number(e.dataset.rows);"
        "for (const e of document.querySelectorAll('p.count[data-table]'))"
        "  found['page:' + e.dataset.table] = Number(e.dataset.rows);"
        "return found;"
    )


def charts(browser) -> list[int]:  # type: ignore[no-untyped-def]
    """The number of marks each chart drew (paths, symbols and rectangles of its SVG)."""
    return browser.execute_script(
        "return [...document.querySelectorAll('.chart')].map(c => c.classList.contains('empty')"
        " ? -1 : c.querySelectorAll('svg g.mark-rect path, svg g.mark-symbol path').length)"
    )


def rows_of(folder: Path, table: str, relation_id: str | None = None) -> list[dict[str, str]]:
    with (folder / f"{table}.csv").open(encoding="utf-8", newline="") as file:
        rows = list(csv.DictReader(file))
    return [r for r in rows if relation_id is None or r["relation_id"] == relation_id]


def highlighted(browser, page: Path, row: dict[str, str]) -> str:  # type: ignore[no-untyped-def]
    """Click the evidence link of a row in the page's tables; the text then highlighted."""
    link = browser.execute_script(
        "const want = arguments[0];"
        "return [...document.querySelectorAll('a.evidence')].map(a => a.getAttribute('href'))"
        ".find(h => h === want) || null;",
        _expected_link(page, row),
    )
    assert link is not None
    element = browser.find_element("css selector", f'a.evidence[href="{link}"]')
    browser.execute_script("arguments[0].scrollIntoView({block: 'center'})", element)
    element.click()
    time.sleep(0.2)
    return browser.execute_script("return document.querySelector('mark#evidence').textContent")


def _expected_link(page: Path, row: dict[str, str]) -> str:
    """The link the page should give a row: its span in UTF-16 units of the article."""
    text = SOURCE_TEXTS[row["source_file"]]
    start = len(text[: int(row["char_start"])].encode("utf-16-le")) // 2
    end = len(text[: int(row["char_end"])].encode("utf-16-le")) // 2
    return f"#ev-{start}-{end}"


SOURCE_TEXTS = {
    path.name: path.read_text(encoding="utf-8-sig") for path in [SOURCE_ARTICLE, *FIXTURE_ARTICLES]
}


def test_committed_page_draws_every_chart_with_the_files_counts(browser) -> None:  # type: ignore[no-untyped-def]
    outputs = ROOT / "outputs"
    load(browser, outputs / "index.html")
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    browser.save_screenshot(str(SCREENSHOTS / "index.png"))
    assert all(marks > 0 for marks in charts(browser)), charts(browser)
    shown = counts_shown(browser)
    for table in ("timeline", "ambassadors", "missions", "border", "relations"):
        assert shown[f"file:{table}"] == len(rows_of(outputs, table))
        if table != "relations":
            assert shown[f"page:{table}"] == len(rows_of(outputs, table))


@pytest.mark.parametrize("table", ["timeline", "ambassadors", "missions", "border"])
def test_evidence_link_highlights_the_rows_characters(browser, table: str) -> None:  # type: ignore[no-untyped-def]
    outputs = ROOT / "outputs"
    load(browser, outputs / "index.html")
    rows = rows_of(outputs, table)
    for row in (rows[0], rows[-1]):
        text = SOURCE_TEXTS[row["source_file"]]
        expected = text[int(row["char_start"]) : int(row["char_end"])]
        assert highlighted(browser, outputs / "index.html", row) == expected
    browser.save_screenshot(str(SCREENSHOTS / f"evidence-{table}.png"))


def test_filter_narrows_a_table(browser) -> None:  # type: ignore[no-untyped-def]
    load(browser, ROOT / "outputs" / "index.html")
    rows = rows_of(ROOT / "outputs", "timeline")
    term = rows[-1]["text"][:16]  # the start of a sentence: few rows hold it
    expected = [r for r in rows if term.lower() in r["text"].lower()]
    field = browser.find_element("css selector", 'div[data-table="timeline"] input.filter')
    field.send_keys(term)
    visible = browser.execute_script(
        "return [...document.querySelectorAll('div[data-table=\"timeline\"] tbody tr')]"
        ".filter(r => !r.hidden).length"
    )
    assert 0 < len(expected) < len(rows)
    assert visible == len(expected)


def test_index_of_relations_and_each_page(browser, corpus_site: Path) -> None:  # type: ignore[no-untyped-def]
    load(browser, corpus_site / "index.html")
    browser.save_screenshot(str(SCREENSHOTS / "corpus-index.png"))
    links = browser.execute_script(
        "return [...document.querySelectorAll('#relations tbody a')].map(a => a.href)"
    )
    relations = rows_of(corpus_site, "relations")
    assert len(links) == len(relations)
    for relation in relations:
        page = corpus_site / "relations" / f"{relation['relation_id']}.html"
        assert page.as_uri() in links
        load(browser, page)
        browser.save_screenshot(str(SCREENSHOTS / f"relation-{relation['relation_id']}.png"))
        shown = counts_shown(browser)
        for table in ("timeline", "ambassadors", "missions", "border"):
            rows = rows_of(corpus_site, table, relation["relation_id"])
            assert shown[f"page:{table}"] == len(rows), (relation["relation_id"], table)
        drawn = charts(browser)
        assert drawn[0] > 0  # every article here has dated events
        ambassadors = rows_of(corpus_site, "ambassadors", relation["relation_id"])
        assert (drawn[1] > 0) == any(r["start_year"] for r in ambassadors)
        timeline = rows_of(corpus_site, "timeline", relation["relation_id"])
        if timeline:
            assert (
                highlighted(browser, page, timeline[-1])
                == SOURCE_TEXTS[timeline[-1]["source_file"]][
                    int(timeline[-1]["char_start"]) : int(timeline[-1]["char_end"])
                ]
            )
