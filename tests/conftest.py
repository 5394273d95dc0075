"""Shared test helpers: the project's articles and how to build datasets from them."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from pipeline.document import Document
from pipeline.sources import read_article

ROOT = Path(__file__).resolve().parent.parent
RAW = ROOT / "raw"
FIXTURES = Path(__file__).resolve().parent / "fixtures"
GOLDEN = Path(__file__).resolve().parent / "golden"
SOURCE_ARTICLE = RAW / "kazakhstan-uzbekistan.txt"
FIXTURE_ARTICLES = sorted(FIXTURES.glob("*.txt"))
ALL_ARTICLES = [SOURCE_ARTICLE, *FIXTURE_ARTICLES]


def load(name: str) -> Document:
    """Parse an article of raw/ or tests/fixtures/ by its slug."""
    for path in ALL_ARTICLES:
        if path.stem == name:
            return read_article(path)
    raise KeyError(name)


@pytest.fixture(params=ALL_ARTICLES, ids=lambda p: p.stem)
def article(request: pytest.FixtureRequest) -> Document:
    """Each of the three articles in turn."""
    return read_article(request.param)


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file of a folder (its subfolders' too) by relative path: to compare a folder
    before and after a run."""
    return {
        p.relative_to(folder).as_posix(): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


@pytest.fixture(scope="module")
def corpus_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Four articles built together: a data page with an index of relations and a page each,
    one of them with BC dates."""
    from pipeline import stages

    raw = tmp_path_factory.mktemp("raw")
    chosen = ["azerbaijan-georgia", "belgium-netherlands", "croatia-serbia"]  # BC: belgium
    for path in [SOURCE_ARTICLE, *(FIXTURES / f"{slug}.txt" for slug in chosen)]:
        shutil.copy(path, raw)
    out = tmp_path_factory.mktemp("site") / "out"
    stages.build(raw, out, out.parent / "work")
    return out
