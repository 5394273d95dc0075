"""How fast the pipeline is, from one run: ``make bench`` (or ``python benchmarks/bench.py``).

    python benchmarks/bench.py                  # everything, corpora of 1,000 and 10,000
    python benchmarks/bench.py --sizes 1000     # a quicker run

It prints Markdown tables, ready for the README:

1. extraction of every table, warm, single core, in ms per article (the committed article and
   the fixture articles), next to two passes over the same sentences: dateparser's
   ``search_dates`` (an off-the-shelf date finder) and a bare four-digit-year regex (a floor
   no recogniser can beat);
2. ``python -m pipeline --help`` and a warm ``make datasets`` on the committed article;
3. ``datasets`` on generated corpora (benchmarks/corpus.py) with ``--jobs 1`` and
   ``--jobs 2``: wall time, articles per second, and peak memory of the whole process tree
   (proportional set size, so that pages forked workers share are counted once).

Times are the best of several runs: on a shared machine the best is the least disturbed.
"""

from __future__ import annotations

import argparse
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.corpus import main as generate  # noqa: E402

ARTICLES = [
    ROOT / "raw" / "kazakhstan-uzbekistan.txt",
    *sorted((ROOT / "tests" / "fixtures").glob("*.txt")),
]
REPEATS = 7
YEAR = re.compile(r"\b\d{4}\b")


def best(run: Callable[[], object], repeats: int = REPEATS) -> float:
    """The best wall time of ``repeats`` runs, in seconds."""
    times = []
    for _ in range(repeats):
        started = time.perf_counter()
        run()
        times.append(time.perf_counter() - started)
    return min(times)


def extraction() -> dict[str, float]:
    """ms per article: our extraction of every table, dateparser, a bare year regex."""
    from pipeline import temporal
    from pipeline.registry import datasets
    from pipeline.sources import read_article

    docs = [read_article(path) for path in ARTICLES]
    sentences = [s.text for doc in docs for b in doc.blocks() for s in b.sentences]

    def ours() -> None:
        temporal._recognise_paragraph.cache_clear()  # no help from an earlier run
        for path in ARTICLES:
            doc = read_article(path)
            for dataset in datasets():
                dataset.extract(doc)

    def regex() -> None:
        for sentence in sentences:
            list(YEAR.finditer(sentence))

    ours()  # warm: rules compiled, modules imported
    times = {"ours": best(ours), "regex": best(regex)}
    try:
        from dateparser.search import search_dates
    except ImportError:
        print("dateparser is not installed: `make bench` installs it", file=sys.stderr)
    else:
        from datetime import datetime

        settings = {"RELATIVE_BASE": datetime(2026, 1, 1), "PREFER_DATES_FROM": "past"}

        def theirs() -> None:
            for sentence in sentences:
                search_dates(sentence, languages=["en"], settings=settings)

        theirs()  # its first call loads its language data
        times["dateparser"] = best(theirs, 3)
    return {name: seconds * 1000 / len(ARTICLES) for name, seconds in times.items()}


def command_time(command: list[str], repeats: int = 5) -> float:
    """Best wall time of a command, in seconds (its output discarded)."""
    return best(lambda: subprocess.run(command, cwd=ROOT, check=True, capture_output=True),
                repeats)  # fmt: skip


def tree_pss(root: int) -> int:
    """Proportional set size of a process and its descendants, in bytes."""
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as file:
                    parent = int(file.read().rsplit(")", 1)[1].split()[1])
            except OSError:
                continue
            children.setdefault(parent, []).append(int(entry))
    total, pending = 0, [root]
    while pending:
        pid = pending.pop()
        pending += children.get(pid, [])
        try:
            with open(f"/proc/{pid}/smaps_rollup") as file:
                for line in file:
                    if line.startswith("Pss:"):
                        total += int(line.split()[1]) * 1024
        except OSError:
            continue
    return total


def measured_run(command: list[str]) -> tuple[float, int]:
    """(wall seconds, peak memory of the process tree in bytes) of a command."""
    started = time.perf_counter()
    process = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.DEVNULL,
                               stderr=subprocess.PIPE)  # fmt: skip
    peak = 0
    done = threading.Event()

    def sample() -> None:
        nonlocal peak
        while not done.is_set():
            peak = max(peak, tree_pss(process.pid))
            done.wait(0.05)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    _, stderr = process.communicate()
    elapsed = time.perf_counter() - started
    done.set()
    sampler.join()
    if process.returncode:
        raise SystemExit(f"{' '.join(command)} failed:\n{stderr.decode()}")
    return elapsed, peak


def corpus_runs(sizes: list[int], folder: Path) -> list[tuple[int, int, float, int]]:
    """(articles, jobs, wall seconds, peak bytes) of ``datasets`` on generated corpora."""
    found = []
    for size in sizes:
        raw = folder / f"raw-{size}"
        generate(size, raw)
        for jobs in (1, 2):
            out, work = folder / f"out-{size}-{jobs}", folder / f"work-{size}-{jobs}"
            command = [sys.executable, "-m", "pipeline", "datasets", "--raw-dir", str(raw),
                       "--out-dir", str(out), "--work-dir", str(work), "--quiet",
                       "--jobs", str(jobs)]  # fmt: skip
            seconds, peak = measured_run(command)
            found.append((size, jobs, seconds, peak))
            print(f"  {size} articles, --jobs {jobs}: {seconds:.1f} s", file=sys.stderr)
            shutil.rmtree(out)
            shutil.rmtree(work)
        shutil.rmtree(raw)
    return found


def machine() -> str:
    model = "unknown CPU"
    try:
        with open("/proc/cpuinfo") as file:
            model = next(line.split(":", 1)[1].strip() for line in file if "model name" in line)
    except (OSError, StopIteration):
        pass
    memory = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    return (f"{os.cpu_count()} cores ({model}), {memory:.0f} GiB, "
            f"Python {platform.python_version()}, {platform.system()}")  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,10000", help="corpus sizes, comma-separated")
    args = parser.parse_args()
    sizes = [int(size) for size in args.sizes.split(",") if size]

    print(f"Machine: {machine()}\n")
    per_article = extraction()
    print("| per article (warm, one core) | ms | ours ÷ it |")
    print("| --- | --- | --- |")
    print(f"| our extraction of every table | {per_article['ours']:.2f} | 1 |")
    for name, label in (("dateparser", "dateparser `search_dates` pass"),
                        ("regex", "bare four-digit-year regex pass")):  # fmt: skip
        if name in per_article:
            ratio = per_article["ours"] / per_article[name]
            print(f"| {label} | {per_article[name]:.2f} | {ratio:.2f} |")

    python = [sys.executable, "-m", "pipeline"]
    helped = command_time([*python, "--help"])
    subprocess.run(["make", "datasets"], cwd=ROOT, check=True, capture_output=True)  # warm
    unchanged = command_time(["make", "datasets"], 3)
    # An article touched: the environment is ready, the whole build runs again.
    touch = ["sh", "-c", "touch raw/*.txt && make datasets"]
    rebuilt = command_time(touch, 3)
    print("\n| command | s |")
    print("| --- | --- |")
    print(f"| `python -m pipeline --help` | {helped:.2f} |")
    print(f"| `make datasets`, warm, nothing changed | {unchanged:.2f} |")
    print(f"| `make datasets`, warm, the committed article changed | {rebuilt:.2f} |")

    if sizes:
        with tempfile.TemporaryDirectory(prefix="relations-bench-") as folder:
            runs = corpus_runs(sizes, Path(folder))
        print("\n| articles | --jobs | wall s | articles/s | peak memory MiB |")
        print("| --- | --- | --- | --- | --- |")
        for size, jobs, seconds, peak in runs:
            print(f"| {size:,} | {jobs} | {seconds:.1f} | {size / seconds:.0f} | "
                  f"{peak / 2**20:.0f} |")  # fmt: skip
        if len(sizes) > 1:
            small, large = min(sizes), max(sizes)
            rates = {(s, j): s / t for s, j, t, _ in runs}
            growth = statistics.mean(rates[(large, j)] / rates[(small, j)] for j in (1, 2))
            print(
                f"\nArticles per second at {large:,} ÷ at {small:,}: {growth:.2f} "
                "(1.00 is linear growth of time with the corpus)"
            )


if __name__ == "__main__":
    main()
