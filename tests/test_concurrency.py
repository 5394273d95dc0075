"""Runs at the same time, runs killed while publishing, and folders that overlap.

Every case is deterministic: a run is paused at a chosen step (an event in a thread, or a
marker file a subprocess waits at) rather than raced against the clock.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from pipeline import stages
from pipeline.cli import cli
from pipeline.folders import lock_path, locked
from tests.conftest import FIXTURE_ARTICLES, ROOT, SOURCE_ARTICLE, snapshot


def run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(cli, list(args))
    return result.exit_code, result.output


def raw_folder(tmp_path: Path, name: str, articles: list[Path]) -> Path:
    folder = tmp_path / name
    folder.mkdir()
    for article in articles:
        shutil.copy(article, folder)
    return folder


@pytest.fixture(autouse=True)
def _work_in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)


# --- two runs at once ---------------------------------------------------------------------


def test_a_second_run_on_a_locked_output_folder_refuses_with_one_line(tmp_path: Path) -> None:
    raw = raw_folder(tmp_path, "raw", [SOURCE_ARTICLE])
    out = tmp_path / "out"
    assert run("datasets", "--raw-dir", str(raw), "--out-dir", str(out))[0] == 0
    before = snapshot(out)
    with locked(out, "output folder"):  # another run, publishing
        code, output = run("datasets", "--raw-dir", str(raw), "--out-dir", str(out))
    assert code == 1
    assert output == (
        f"Error: {out}: another run is using this output folder (it holds .out.lock); "
        "wait for it to end, or choose another folder\n"
    )
    assert snapshot(out) == before


def test_a_named_work_folder_in_use_is_refused(tmp_path: Path) -> None:
    raw = raw_folder(tmp_path, "raw", [SOURCE_ARTICLE])
    work = tmp_path / "work"
    with locked(work, "work folder"):
        code, output = run("parse", "--raw-dir", str(raw), "--work-dir", str(work))
    assert code == 1
    assert output.startswith(f"Error: {work}: another run is using this work folder")
    assert output.count("\n") == 1


def test_runs_without_a_work_folder_never_mix_their_tables(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Run A is held between parsing and publishing while run B, on other articles, parses
    and publishes in the default place: A then publishes its own tables, not B's."""
    raw_a = raw_folder(tmp_path, "raw-a", [SOURCE_ARTICLE])
    raw_b = raw_folder(tmp_path, "raw-b", FIXTURE_ARTICLES[:2])
    expected_a = tmp_path / "expected-a"
    stages.build(raw_a, expected_a, tmp_path / "solo-work")

    parsed, resume = threading.Event(), threading.Event()
    publish = stages._publish

    def held_publish(work_dir, out_dir, *args, **kwargs):  # type: ignore[no-untyped-def]
        if out_dir.name == "out-a":
            parsed.set()
            assert resume.wait(30)
        return publish(work_dir, out_dir, *args, **kwargs)

    monkeypatch.setattr(stages, "_publish", held_publish)
    errors: list[BaseException] = []

    def run_a() -> None:
        try:
            stages.build(raw_a, tmp_path / "out-a", None)
        except BaseException as error:  # reported by the main thread
            errors.append(error)

    thread = threading.Thread(target=run_a)
    thread.start()
    assert parsed.wait(30)
    stages.build(raw_b, tmp_path / "out-b", None)  # the same default work place, meanwhile
    resume.set()
    thread.join(30)
    assert errors == []
    built = snapshot(tmp_path / "out-a")
    assert built == snapshot(expected_a)
    assert not list((tmp_path / "build").glob(".run-*"))  # each run removed its own folder


def test_a_killed_runs_work_folder_is_removed_by_the_next_run(tmp_path: Path) -> None:
    stale = tmp_path / "build" / ".run-12345-deadbeef"
    stale.mkdir(parents=True)
    (stale / "timeline.parquet").write_bytes(b"half")
    raw = raw_folder(tmp_path, "raw", [SOURCE_ARTICLE])
    assert run("datasets", "--raw-dir", str(raw), "--out-dir", str(tmp_path / "out"))[0] == 0
    assert not stale.exists()


# --- killed while publishing --------------------------------------------------------------

# A run that stops at a step of publishing: it writes a marker file, then waits to be killed.
DRIVER = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    import pipeline.folders as folders
    import pipeline.publish as publish
    from pipeline.cli import main

    step, marker = sys.argv[1], Path(sys.argv[2])

    def stop():
        marker.write_text(step)
        time.sleep(600)

    if step == "writing":  # tables staged, nothing swapped yet
        write = publish.Publication.write
        def write_then_stop(self, dataset, batch):
            write(self, dataset, batch)
            if dataset.name == "timeline":
                stop()
        publish.Publication.write = write_then_stop
    elif step == "swapped":  # the new folder in place, the old one not yet removed
        exchange = folders._exchange
        def exchange_then_stop(first, second):
            done = exchange(first, second)
            stop()
            return done
        folders._exchange = exchange_then_stop
    sys.argv = ["relations-datasets", *sys.argv[3:]]
    main()
    """
)


@pytest.mark.parametrize("step", ["writing", "swapped"])
def test_kill_while_publishing_leaves_old_or_new_outputs_and_the_next_run_cleans_up(
    tmp_path: Path, step: str
) -> None:
    old_raw = raw_folder(tmp_path, "old", [SOURCE_ARTICLE])
    new_raw = raw_folder(tmp_path, "new", [SOURCE_ARTICLE, FIXTURE_ARTICLES[0]])
    out = tmp_path / "out"
    assert run("datasets", "--raw-dir", str(old_raw), "--out-dir", str(out))[0] == 0
    old = snapshot(out)
    expected_new = tmp_path / "expected-new"
    stages.build(new_raw, expected_new, tmp_path / "w")
    new = snapshot(expected_new)

    marker = tmp_path / "marker"
    script = tmp_path / "driver.py"
    script.write_text(DRIVER)
    process = subprocess.Popen(
        [sys.executable, str(script), step, str(marker), "datasets", "--raw-dir", str(new_raw),
         "--out-dir", str(out), "--quiet"],
        cwd=tmp_path, env={**os.environ, "PYTHONPATH": str(ROOT)},
    )  # fmt: skip
    deadline = time.monotonic() + 60
    while not marker.exists():
        assert process.poll() is None, "the run ended before the step"
        assert time.monotonic() < deadline
        time.sleep(0.05)
    process.send_signal(signal.SIGKILL)
    process.wait()

    assert snapshot(out) == (old if step == "writing" else new)
    leftovers = sorted(p.name for p in tmp_path.glob(".out-*"))
    assert leftovers  # what the killed run left beside the output folder
    assert run("datasets", "--raw-dir", str(new_raw), "--out-dir", str(out))[0] == 0
    assert snapshot(out) == new
    assert sorted(p.name for p in tmp_path.glob(".out-*")) == []


# --- folders that overlap ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("out", "work", "message"),
    [
        (
            "out",
            "out",
            "the output folder is replaced as a whole, so it may not be or hold the work folder (--work-dir)",
        ),
        (
            "out",
            "out/work",
            "the output folder is replaced as a whole, so it may not be or hold the work folder (--work-dir)",
        ),
        ("work/out", "work", "the work folder may not be or hold the output folder"),
        (
            ".",
            "work",
            "the output folder is replaced as a whole, so it may not be or hold the current directory",
        ),
        (
            "..",
            "work",
            "the output folder is replaced as a whole, so it may not be or hold the current directory",
        ),
        (
            "raw",
            "work",
            "the output folder is replaced as a whole, so it may not be or hold the articles (--raw-dir)",
        ),
    ],
)
def test_overlapping_folders_are_refused_and_nothing_changes(
    tmp_path: Path, out: str, work: str, message: str
) -> None:
    raw = raw_folder(tmp_path, "raw", [SOURCE_ARTICLE])
    (tmp_path / "work").mkdir()
    before = snapshot(tmp_path.parent) if out == ".." else snapshot(tmp_path)
    code, output = run("datasets", "--raw-dir", str(raw), "--out-dir", out, "--work-dir", work)
    assert code == 1
    assert output.startswith("Error: ") and message in output
    assert output.count("\n") == 1
    after = snapshot(tmp_path.parent) if out == ".." else snapshot(tmp_path)
    assert after == before


def test_an_output_folder_that_is_a_link_is_published_through(tmp_path: Path) -> None:
    raw = raw_folder(tmp_path, "raw", [SOURCE_ARTICLE])
    target = tmp_path / "real-out"
    target.mkdir()
    link = tmp_path / "out"
    link.symlink_to(target)
    for _ in range(2):  # the first publication, then a replacement
        assert run("datasets", "--raw-dir", str(raw), "--out-dir", str(link))[0] == 0
        assert link.is_symlink() and link.resolve() == target.resolve()
        assert (target / "timeline.csv").is_file()
    # The lock is the folder's own, whatever the name it is published under.
    assert lock_path(target) == tmp_path / ".real-out.lock"
    with locked(target, "output folder"):
        code, output = run("datasets", "--raw-dir", str(raw), "--out-dir", str(link))
    assert (code, output.count("\n")) == (1, 1)
    assert output.startswith(f"Error: {link}: another run is using this output folder")
