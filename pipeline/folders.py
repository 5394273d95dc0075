"""The folders a run writes: checked against each other, locked, swapped atomically, and
cleaned of what a killed run left.

- An output folder is replaced as a whole, so it must not hold the articles, the work folder
  or the directory the user stands in; a work folder must not hold the output folder.
- A run locks the output folder and a named work folder (a lock file beside each, by
  ``filelock``): a second run on either refuses with one line instead of mixing its files in.
  A ``datasets`` run without ``--work-dir`` works in a folder of its own.
- Publishing writes a hidden staging folder beside the output folder and exchanges the two
  in one ``renameat2(RENAME_EXCHANGE)`` where Linux has it: killed at any moment, the output
  folder is the old one or the new one, whole. The staging folders of killed runs
  (``.<name>-new-*``, ``.<name>-old-*``) are removed by the next run that holds the lock.
"""

from __future__ import annotations

import ctypes
import os
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from pipeline.errors import PipelineError

# Prefixes of the hidden folders a publication stages in, beside the output folder.
NEW, OLD = "-new-", "-old-"
# Per-run work folders of `datasets` runs without --work-dir, under the default work folder.
RUN_PREFIX = ".run-"


def lock_path(folder: Path) -> Path:
    """The lock file of a folder: beside it (the folder itself is swapped whole)."""
    return folder.parent / f".{folder.name}.lock"


@contextmanager
def locked(folder: Path, role: str) -> Iterator[None]:
    """Hold the lock of ``folder`` for this run; PipelineError at once when another run holds
    it (``role`` says what the folder is to the user: "output folder", "work folder")."""
    from filelock import FileLock, Timeout

    # The lock of the folder itself, however it is named (a link to it, a relative path).
    real = folder.resolve()
    real.parent.mkdir(parents=True, exist_ok=True)
    lock = FileLock(lock_path(real), timeout=0)
    try:
        lock.acquire()
    except Timeout:
        raise PipelineError(
            f"another run is using this {role} (it holds {lock_path(real).name}); "
            "wait for it to end, or choose another folder",
            str(folder),
        ) from None
    try:
        yield
    finally:
        lock.release()


def check_folders(raw_dir: Path | None, work_dir: Path | None, out_dir: Path | None) -> None:
    """Refuse folders that overlap in a way a run would destroy: an output folder (replaced
    whole) that is, or holds, the articles, the work folder or the current directory; a work
    folder (cleaned) that holds the output folder or the articles."""
    cwd = Path.cwd().resolve()

    def real(path: Path) -> Path:
        return path.resolve()

    if out_dir is not None:
        out = real(out_dir)
        named = [("the current directory", cwd)]
        if raw_dir is not None:
            named.append(("the articles (--raw-dir)", real(raw_dir)))
        if work_dir is not None:
            named.append(("the work folder (--work-dir)", real(work_dir)))
        for what, path in named:
            if path == out or out in path.parents:
                raise PipelineError(
                    f"the output folder is replaced as a whole, so it may not be or hold "
                    f"{what}; choose a folder of its own for --out-dir",
                    str(out_dir),
                )
    if work_dir is not None:
        work = real(work_dir)
        for what, path in [("the output folder", out_dir), ("the articles", raw_dir)]:
            if path is not None and (real(path) == work or work in real(path).parents):
                raise PipelineError(
                    f"the work folder may not be or hold {what}; choose a folder of its own "
                    "for --work-dir",
                    str(work_dir),
                )


def remove_leftovers(out_dir: Path) -> None:
    """Remove the staging folders of runs killed while publishing ``out_dir``. Only a run
    holding the output folder's lock calls this, so no live run is staging there."""
    real = out_dir.resolve()  # a link is published through: staging is beside its target
    if not real.parent.is_dir():
        return
    for prefix in (NEW, OLD):
        for path in real.parent.glob(f".{real.name}{prefix}*"):
            if path.is_dir() and not path.is_symlink():
                shutil.rmtree(path, ignore_errors=True)


def staging_dir(out_dir: Path, kind: str = NEW) -> Path:
    """A new hidden folder beside ``out_dir`` to write a publication into."""
    out_dir.parent.mkdir(parents=True, exist_ok=True)
    return Path(tempfile.mkdtemp(prefix=f".{out_dir.name}{kind}", dir=out_dir.parent))


def swap_in(staging: Path, out_dir: Path) -> None:
    """Put ``staging`` in the place of ``out_dir``: one atomic exchange where the system has
    it, so that a reader (or a kill) never finds no output folder; the old folder goes."""
    os.chmod(staging, 0o755)  # mkdtemp makes it private; published files are for everyone
    if not out_dir.exists():
        os.replace(staging, out_dir)
        return
    if _exchange(staging, out_dir):
        shutil.rmtree(staging, ignore_errors=True)  # now the old folder
        return
    # No atomic exchange (not Linux): two renames, the old folder kept until the new is in.
    retired = staging_dir(out_dir, OLD)
    os.replace(out_dir, retired / out_dir.name)
    try:
        os.replace(staging, out_dir)
    except BaseException:
        os.replace(retired / out_dir.name, out_dir)
        raise
    finally:
        shutil.rmtree(retired, ignore_errors=True)


_AT_FDCWD = -100
_RENAME_EXCHANGE = 2


def _exchange(first: Path, second: Path) -> bool:
    """Exchange two paths atomically (Linux renameat2); False where that is not available."""
    try:
        renameat2 = ctypes.CDLL(None, use_errno=True).renameat2
    except (AttributeError, OSError):
        return False
    result = renameat2(_AT_FDCWD, os.fsencode(first), _AT_FDCWD, os.fsencode(second),
                       _RENAME_EXCHANGE)  # fmt: skip
    if result == 0:
        return True
    error = ctypes.get_errno()
    if error in (22, 38, 95):  # EINVAL, ENOSYS, EOPNOTSUPP: the file system cannot exchange
        return False
    raise OSError(error, os.strerror(error), str(second))


@contextmanager
def run_work_dir(base: Path) -> Iterator[Path]:
    """A work folder of this run's own under ``base`` (removed at the end), so that runs at
    the same time never share interim tables; those of killed runs are removed first."""
    import secrets

    base.mkdir(parents=True, exist_ok=True)
    _remove_stale_runs(base)
    folder = base / f"{RUN_PREFIX}{os.getpid()}-{secrets.token_hex(4)}"
    # The lock is taken before the folder exists: a folder without a held lock is stale.
    with locked(folder, "work folder"):
        folder.mkdir()
        try:
            yield folder
        finally:
            shutil.rmtree(folder, ignore_errors=True)
    lock_path(folder.resolve()).unlink(missing_ok=True)


def _remove_stale_runs(base: Path) -> None:
    """Remove per-run work folders whose run is gone: nobody holds their lock."""
    from filelock import FileLock, Timeout

    for folder in base.glob(f"{RUN_PREFIX}*"):
        if not folder.is_dir():
            continue
        lock = FileLock(lock_path(folder.resolve()), timeout=0)  # as locked() names it
        try:
            lock.acquire()
        except Timeout:
            continue  # a live run
        try:
            shutil.rmtree(folder, ignore_errors=True)
        finally:
            lock.release()
            lock_path(folder.resolve()).unlink(missing_ok=True)
