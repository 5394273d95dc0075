"""Our temporal recogniser against dateparser's ``search_dates``, on the same sentences.

    make bench        # installs dateparser from benchmarks/requirements.lock, then runs this

For each article it prints how many reference expressions each tool normalises correctly and
the time of one pass over the article's sentences (median of several). The reference is the
hand-checked facts of each fixture article and, for the source article (which has no facts
file), its golden timeline, whose rows were each read against the article.

A dateparser result counts as correct when it overlaps the expression and gives the right date
at the expression's precision; it has no way to say "a range", "a decade", "a century" or
"an open interval", so those count as misses. Our rows count when they match every field.
"""

from __future__ import annotations

import statistics
import sys
import time
from datetime import datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline.sources import read_article  # noqa: E402
from pipeline.temporal import _recognise_paragraph, recognise_sentences  # noqa: E402
from tests.facts import load_facts, read_rows, timeline_matches  # noqa: E402

ARTICLES = [
    ROOT / "raw" / "kazakhstan-uzbekistan.txt",
    ROOT / "tests" / "fixtures" / "azerbaijan-georgia.txt",
    ROOT / "tests" / "fixtures" / "kazakhstan-kyrgyzstan.txt",
]
REPEATS = 7
# A fixed reference date, so that dateparser's readings never depend on today.
BASE = datetime(2026, 1, 1)


def reference(article: Path) -> list[dict[str, Any]]:
    facts = ROOT / "tests" / "fixtures" / f"{article.stem}.facts.json"
    if facts.exists():
        return load_facts(article.stem)["timeline"]
    rows = read_rows(ROOT / "tests" / "golden" / article.stem / "timeline.csv")
    return [
        {
            "quote": row["text"], "date_text": row["date_text"], "start": row["date_start"],
            "end": row["date_end"], "precision": row["precision"],
            "approximate": row["approximate"], "required": True,
        }
        for row in rows
    ]  # fmt: skip


def paragraphs(article: Path) -> list[list[str]]:
    doc = read_article(article)
    return [[s.text for s in b.sentences] for b in doc.blocks() if b.kind == "paragraph"]


def ours(article: Path) -> tuple[list[dict[str, Any]], float]:
    blocks = paragraphs(article)

    def run() -> list[dict[str, Any]]:
        _recognise_paragraph.cache_clear()  # time the recogniser, not its cache
        rows = []
        for sentences in blocks:
            for sentence, found in zip(sentences, recognise_sentences(sentences), strict=True):
                rows += [
                    {"text": sentence, "date_text": e.text, "date_start": e.date_start,
                     "date_end": e.date_end, "precision": e.precision,
                     "approximate": e.approximate}
                    for e in found
                ]  # fmt: skip
        return rows

    return run(), _timed(run)


def theirs(article: Path) -> tuple[list[tuple[str, str, datetime]], float]:
    from dateparser.search import search_dates

    sentences = [s for block in paragraphs(article) for s in block]
    settings = {"RELATIVE_BASE": BASE, "PREFER_DATES_FROM": "past"}

    def run() -> list[tuple[str, str, datetime]]:
        found = []
        for sentence in sentences:
            for text, when in search_dates(sentence, languages=["en"], settings=settings) or []:
                found.append((sentence, text, when))
        return found

    run()  # first call loads dateparser's language data; time the passes after it
    return run(), _timed(run)


def _timed(run: Any) -> float:
    times = []
    for _ in range(REPEATS):
        started = time.perf_counter()
        run()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def dateparser_correct(fact: dict[str, Any], found: list[tuple[str, str, datetime]]) -> bool:
    precision = {"day": 10, "month": 7, "year": 4}.get(fact["precision"])
    if precision is None or fact["start"] is None or fact["end"] is None:
        return False  # a decade, century, season or open interval: not expressible
    if fact["start"][:precision] != fact["end"][:precision]:
        return False  # a range
    for sentence, text, when in found:
        overlaps = (
            text.lower() in fact["date_text"].lower() or fact["date_text"].lower() in text.lower()
        )
        same = when.date().isoformat()[:precision] == fact["start"][:precision]
        if fact["quote"] in sentence and overlaps and same:
            return True
    return False


def main() -> None:
    print(f"{'article':24} {'expressions':>11} {'ours':>6} {'dateparser':>10} "
          f"{'ours ms':>8} {'dateparser ms':>13} {'dateparser spurious':>19}")  # fmt: skip
    for article in ARTICLES:
        facts = reference(article)
        our_rows, our_time = ours(article)
        their_found, their_time = theirs(article)
        our_hits = sum(any(timeline_matches(f, r) for r in our_rows) for f in facts)
        their_hits = sum(dateparser_correct(f, their_found) for f in facts)
        spurious = [
            text for sentence, text, _ in their_found
            if not any(f["quote"] in sentence and (text.lower() in f["date_text"].lower()
                       or f["date_text"].lower() in text.lower()) for f in facts)
        ]  # fmt: skip
        times = f"{our_time * 1000:>8.2f} {their_time * 1000:>13.2f}"
        print(f"{article.stem:24} {len(facts):>11} {our_hits:>6} {their_hits:>10} {times} "
              f"{len(spurious):>19}")  # fmt: skip
        if "-v" in sys.argv:
            print("   dateparser spurious:", spurious)


if __name__ == "__main__":
    main()
