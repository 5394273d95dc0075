"""A release: the output folder as one zip, named with the version, reproducible byte for byte.

The zip holds every file of the output folder (the page, its assets and the database
included) under one top folder ``relations-datasets-<version>/``, and a SHA256SUMS of all of
them, the database's too (the published SHA256SUMS cannot list it: the database is built
after publishing). Entries are sorted and carry fixed times and permissions, so zipping the
same folder twice gives the same bytes. Beside the zip, ``<zip>.sha256`` holds its hash.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
import zipfile
from pathlib import Path

from pipeline import __version__
from pipeline.database import DATABASE_FILE
from pipeline.errors import PipelineError
from pipeline.publish import CHECKSUMS, PACKAGE_FILE

RELEASE_NAME = "relations-datasets"
# 1980-01-01, the earliest time a zip can hold: a fixed time, not the files' own.
ZIP_TIME = (1980, 1, 1, 0, 0, 0)


def release_name() -> str:
    return f"{RELEASE_NAME}-{__version__}"


def make_release(out_dir: Path, dist_dir: Path) -> Path:
    """Zip ``out_dir`` into ``dist_dir/relations-datasets-<version>.zip``; its path."""
    for required in (PACKAGE_FILE, DATABASE_FILE):
        if not (out_dir / required).is_file():
            raise PipelineError(
                f"no {required}: run `make datasets` (publish, then the database) first",
                str(out_dir),
            )
    files = sorted(
        p.relative_to(out_dir).as_posix()
        for p in out_dir.rglob("*")
        if p.is_file() and p.name != CHECKSUMS and not p.name.startswith(".")
    )
    sums = "".join(f"{_sha256(out_dir / name)}  {name}\n" for name in files)
    dist_dir.mkdir(parents=True, exist_ok=True)
    target = dist_dir / f"{release_name()}.zip"
    handle, scratch = tempfile.mkstemp(prefix=f".{target.name}-", dir=dist_dir)
    os.close(handle)
    try:
        with zipfile.ZipFile(scratch, "w") as archive:
            for name in sorted([*files, CHECKSUMS]):
                data = sums.encode("utf-8") if name == CHECKSUMS else (out_dir / name).read_bytes()
                archive.writestr(_entry(f"{release_name()}/{name}"), data)
        os.chmod(scratch, 0o644)
        os.replace(scratch, target)
    finally:
        if os.path.exists(scratch):
            os.unlink(scratch)
    digest = _sha256(target)
    (dist_dir / f"{target.name}.sha256").write_text(f"{digest}  {target.name}\n", "utf-8")
    return target


def _entry(name: str) -> zipfile.ZipInfo:
    entry = zipfile.ZipInfo(name, date_time=ZIP_TIME)
    entry.compress_type = zipfile.ZIP_DEFLATED
    entry.create_system = 3  # Unix, whatever the machine, so the permissions read the same
    entry.external_attr = 0o644 << 16
    return entry


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as file:
        for block in iter(lambda: file.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()
