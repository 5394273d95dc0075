"""Build the published tables of one article; regenerate the golden files with

    .venv/bin/python -m tests.golden

then read every changed row of ``tests/golden/<article>/*.csv`` against its article.
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from pipeline import stages
from tests.conftest import ALL_ARTICLES, GOLDEN


def build_article(article: Path, out_dir: Path) -> list[Path]:
    """Publish the datasets of ``article`` alone into ``out_dir``."""
    with tempfile.TemporaryDirectory() as scratch:
        raw = Path(scratch) / "raw"
        raw.mkdir()
        shutil.copy(article, raw)
        return stages.build(raw, out_dir, Path(scratch) / "work")


def golden_dir(article: Path) -> Path:
    return GOLDEN / article.stem


def regenerate() -> None:
    for article in ALL_ARTICLES:
        with tempfile.TemporaryDirectory() as scratch:
            built = Path(scratch) / "out"
            build_article(article, built)
            target = golden_dir(article)
            shutil.rmtree(target, ignore_errors=True)
            target.mkdir(parents=True)
            for csv in sorted(built.glob("*.csv")):
                shutil.copy(csv, target / csv.name)
        print(f"wrote {golden_dir(article)}")


if __name__ == "__main__":
    regenerate()
