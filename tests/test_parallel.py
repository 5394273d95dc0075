"""A corpus run gives the same files whatever the number of worker processes (--jobs).

The corpus is a few hundred articles from the benchmark's generator (the fixture articles
recombined under distinct country pairs), so that rows cross the boundaries of chunks and of
batches.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from benchmarks.corpus import main as generate
from pipeline.cli import cli
from tests.conftest import snapshot

ARTICLES = 160


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("corpus")
    generate(ARTICLES, folder)
    return folder


def datasets(raw: Path, out: Path, *options: str) -> tuple[int, str, str]:
    """Exit code, standard output and standard error of a ``datasets`` run."""
    work = out.parent / f"{out.name}-work"
    result = CliRunner().invoke(
        cli,
        ["datasets", "--raw-dir", str(raw), "--out-dir", str(out), "--work-dir", str(work),
         "--quiet", *options],
    )  # fmt: skip
    return result.exit_code, result.stdout, result.stderr


def files(folder: Path) -> dict[str, bytes]:
    return snapshot(folder)


@pytest.fixture(scope="module")
def serial(corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, bytes]:
    out = tmp_path_factory.mktemp("serial") / "out"
    code, _, stderr = datasets(corpus, out, "--jobs", "1")
    assert code == 0, stderr
    return files(out)


def test_corpus_rows_cross_chunks_and_tables_are_large(serial: dict[str, bytes]) -> None:
    """The corpus is big enough for the test to mean something: many chunks, many rows."""
    assert serial["relations.csv"].count(b"\n") == ARTICLES + 1
    assert serial["timeline.csv"].count(b"\n") > 20 * ARTICLES


@pytest.mark.parametrize("jobs", ["2", "3"])
def test_outputs_are_byte_identical_whatever_the_number_of_jobs(
    corpus: Path, serial: dict[str, bytes], tmp_path: Path, jobs: str
) -> None:
    code, _, stderr = datasets(corpus, tmp_path / "out", "--jobs", jobs)
    assert code == 0, stderr
    assert files(tmp_path / "out") == serial


def test_rows_are_in_published_order_whatever_the_file_names(
    corpus: Path, serial: dict[str, bytes], tmp_path: Path
) -> None:
    """Articles are ordered by relation, not by file name: renamed files, same tables."""
    renamed = tmp_path / "renamed"
    renamed.mkdir()
    for number, path in enumerate(sorted(corpus.glob("*.txt"), reverse=True)):
        shutil.copy(path, renamed / f"{number:04d}.txt")
    code, _, stderr = datasets(renamed, tmp_path / "out", "--jobs", "2")
    assert code == 0, stderr
    built = files(tmp_path / "out")
    assert built["timeline.parquet"] != b""
    # The tables name their source files, so compare them without that column.
    for name in ("timeline.csv", "border.csv", "missions.csv", "ambassadors.csv"):
        assert _without_file_names(built[name]) == _without_file_names(serial[name]), name


def _without_file_names(table: bytes) -> list[str]:
    import csv
    import io

    rows = list(csv.DictReader(io.StringIO(table.decode())))
    return [",".join(v for k, v in row.items() if k != "source_file") for row in rows]


@pytest.fixture(scope="module")
def damaged(corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The corpus with three bad articles spread over different chunks."""
    folder = tmp_path_factory.mktemp("damaged")
    for path in corpus.glob("*.txt"):
        shutil.copy(path, folder)
    names = sorted(p.name for p in folder.glob("*.txt"))
    (folder / names[3]).write_bytes(b"= Not a relation =\n\nText.\n")
    with (folder / names[70]).open("ab") as file:
        file.write(b"\nA caf\xe9 in Latin-1.\n")
    with (folder / names[140]).open("ab") as file:
        file.write(b"\nA line with a \x00 in it.\n")
    return folder


def test_keep_going_skips_the_same_articles_whatever_the_number_of_jobs(
    damaged: Path, tmp_path: Path
) -> None:
    runs = {}
    for jobs in ("1", "2", "3"):
        out = tmp_path / f"out-{jobs}"
        code, _, stderr = datasets(damaged, out, "--jobs", jobs, "--keep-going")
        assert code == 1  # a skipped article fails the run, after the rest is published
        skipped = [line for line in stderr.splitlines() if line.startswith("skipped:")]
        runs[jobs] = (skipped, files(out))
    skipped, published = runs["1"]
    assert len(skipped) == 3
    assert all(runs[jobs] == (skipped, published) for jobs in runs)
    assert published["relations.csv"].count(b"\n") == ARTICLES - 3 + 1


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_bad_article_is_the_same_one_line_error_in_a_worker_and_writes_nothing(
    damaged: Path, tmp_path: Path, jobs: str
) -> None:
    out = tmp_path / "out"
    code, stdout, stderr = datasets(damaged, out, "--jobs", jobs)
    assert code == 1
    lines = stderr.strip().splitlines()
    first_bad = sorted(damaged.glob("*.txt"))[3]
    assert lines == [f"Error: {first_bad}:1: title 'Not a relation' is not a relation between "
                     "two countries (expected 'X–Y relations')"]  # fmt: skip
    assert "Traceback" not in stdout + stderr
    assert not out.exists()


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_bug_met_in_a_worker_names_the_article(
    corpus: Path, tmp_path: Path, jobs: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An unexpected exception (a bug, not bad input) is one line naming the article, in a
    worker process as in the main one; the worker forks after the patch, so it has it."""
    import pipeline.stages

    victim = sorted(corpus.glob("*.txt"))[50]
    sorted_rows = pipeline.stages._sorted

    def failing(dataset, doc):  # type: ignore[no-untyped-def]
        if doc.source_file == victim.name and dataset.name == "missions":
            raise ValueError("boom")
        return sorted_rows(dataset, doc)

    monkeypatch.setattr(pipeline.stages, "_sorted", failing)
    out = tmp_path / "out"
    code, stdout, stderr = datasets(corpus, out, "--jobs", jobs)
    assert code == 1
    assert stderr.strip().splitlines() == [
        f"Error: {victim}: internal error: ValueError: boom (rerun with --debug for details)"
    ]
    assert "Traceback" not in stdout + stderr
    assert not out.exists()
