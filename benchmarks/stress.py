"""Kill and race `datasets` runs for a while, and check the output folder after each round.

    python benchmarks/stress.py [ROUNDS]     # default 20 rounds; a few seconds each

Each round either kills a run with SIGKILL at a random moment, or starts two runs on the
same output folder at once. After every round the output folder must be exactly the old or
the new publication (every file, byte for byte), never missing, never mixed; of two runs at
once, each must succeed or refuse with the one-line lock message. At the end, a last run must
leave no staging folder (`.out-new-*`, `.out-old-*`) and no per-run work folder behind.

The test suite covers each of these cases once, deterministically (tests/test_concurrency.py);
this script looks for what a fixed schedule would miss. Test data only: nothing is published.
"""

from __future__ import annotations

import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline import stages  # noqa: E402

LOCKED = "another run is using this output folder"


def snapshot(folder: Path) -> dict[str, bytes]:
    return {
        p.relative_to(folder).as_posix(): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def start(raw: Path, out: Path, cwd: Path) -> subprocess.Popen[bytes]:
    command = [sys.executable, "-m", "pipeline", "datasets", "--raw-dir", str(raw),
               "--out-dir", str(out), "--quiet", "--jobs", "1"]  # fmt: skip
    return subprocess.Popen(
        command, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"},
    )  # fmt: skip


def main(rounds: int) -> int:
    work = Path(tempfile.mkdtemp(prefix="stress-"))
    try:
        fixtures = sorted((ROOT / "tests" / "fixtures").glob("*.txt"))
        source = sorted((ROOT / "raw").glob("*.txt"))
        versions = {}
        for name, articles in [("old", source), ("new", source + fixtures[:3])]:
            raw = work / name
            raw.mkdir()
            for article in articles:
                shutil.copy(article, raw)
            stages.build(raw, work / f"expected-{name}", work / f"w-{name}")
            versions[name] = (raw, snapshot(work / f"expected-{name}"))
        out = work / "out"
        stages.build(versions["old"][0], out, work / "w-first")
        rng = random.Random(20261128)
        failures = 0
        for number in range(1, rounds + 1):
            raw, _ = versions[rng.choice(["old", "new"])]
            if rng.random() < 0.6:
                process = start(raw, out, work)
                delay = rng.uniform(0.2, 4.0)
                time.sleep(delay)
                process.send_signal(signal.SIGKILL)
                process.wait()
                what = f"killed after {delay:.2f} s"
            else:
                other, _ = versions[rng.choice(["old", "new"])]
                runs = [start(raw, out, work), start(other, out, work)]
                results = [(p.wait(), p.stderr.read().decode()) for p in runs]  # type: ignore[union-attr]
                what = "two at once: exit " + ", ".join(str(code) for code, _ in results)
                for code, err in results:
                    if code != 0 and LOCKED not in err:
                        print(f"round {number}: a run failed otherwise: {err.strip()}")
                        failures += 1
            found = snapshot(out) if out.is_dir() else None
            matched = [n for n, (_, files) in versions.items() if files == found]
            print(f"round {number}: {what}: outputs = {matched[0] if matched else 'MIXED/MISSING'}")
            failures += not matched
        final = start(versions["new"][0], out, work)
        final.wait()
        leftovers = sorted(p.name for p in work.glob(".out-*"))
        leftovers += sorted(p.name for p in (work / "build").glob(".run-*"))
        if final.returncode != 0 or leftovers:
            print(f"final run: exit {final.returncode}, leftovers {leftovers}")
            failures += 1
        print(f"{rounds} rounds, {failures} failures")
        return 1 if failures else 0
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main(int(sys.argv[1]) if len(sys.argv) > 1 else 20))
