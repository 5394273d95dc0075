"""File names: decoded as UTF-8 whatever the locale; shown on one line, control characters
escaped; names that no published cell could hold as they are refused, one line each."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest
from click.testing import CliRunner, Result

from pipeline.cli import cli
from tests.conftest import SOURCE_ARTICLE, snapshot

NAME = "côte-d'ivoire-ghana.txt"
ARTICLE = """= Côte d'Ivoire–Ghana relations =

Côte d'Ivoire and Ghana established diplomatic relations in 1960.

== Ambassadors ==
=== Ambassadors of Ghana to Côte d'Ivoire ===
- Kwame Mensah (2001–2005)
- Ama Owusu (since 2005)
""".encode()
# An empty file whose name is not ASCII: its error names it the same way in every locale.
EMPTY = "ghana-togo-é.txt"


def run(*args: str) -> Result:
    return CliRunner().invoke(cli, list(args))


def datasets(raw: Path, out: Path, *extra: str) -> Result:
    return run("datasets", "--raw-dir", str(raw), "--out-dir", str(out),
               "--work-dir", str(out.parent / f"{out.name}-work"), "--jobs", "1", *extra)  # fmt: skip


def folder(path: Path, articles: dict[str | bytes, bytes]) -> Path:
    path.mkdir()
    for name, content in articles.items():
        (path / os.fsdecode(name)).write_bytes(content)
    return path


def _latin1_locale(tmp_path: Path) -> dict[str, str]:
    """A Latin-1 locale compiled into a temporary folder (few systems ship one)."""
    if shutil.which("localedef") is None:
        pytest.skip("no localedef to compile a Latin-1 locale")
    (tmp_path / "locales").mkdir()
    done = subprocess.run(["localedef", "-i", "fr_FR", "-f", "ISO-8859-1",
                           str(tmp_path / "locales" / "fr_FR.ISO-8859-1")],
                          capture_output=True)  # fmt: skip
    if done.returncode not in (0, 1):  # 1: compiled, with warnings
        pytest.skip(f"localedef failed: {done.stderr.decode(errors='replace')}")
    env = {"LOCPATH": str(tmp_path / "locales"), "LC_ALL": "fr_FR.ISO-8859-1"}
    probe = "import sys; print(sys.getfilesystemencoding())"
    done = subprocess.run([sys.executable, "-c", probe], env={**_without_locale(), **env},
                          capture_output=True, text=True)  # fmt: skip
    if done.stdout.strip() != "iso8859-1":
        pytest.skip(f"the compiled locale is not used ({done.stdout.strip()})")
    return env


def _without_locale() -> dict[str, str]:
    """This process's environment without its locale and Python's encoding settings."""
    return {k: v for k, v in os.environ.items()
            if not k.startswith(("LC_", "LANG", "PYTHONUTF8", "PYTHONIOENCODING"))}  # fmt: skip


def build_in(env: dict[str, str], raw: Path, out: Path) -> subprocess.CompletedProcess[bytes]:
    """``datasets --keep-going`` in a fresh interpreter under ``env``'s locale."""
    return subprocess.run(
        [sys.executable, "-m", "pipeline", "datasets", "--raw-dir", str(raw), "--out-dir",
         str(out), "--work-dir", str(out.parent / f"{out.name}-work"), "--jobs", "1",
         "--keep-going"],
        env={**_without_locale(), **env}, capture_output=True, timeout=120,
    )  # fmt: skip


LOCALES = {
    "C, not UTF-8 mode (ASCII)": {"LC_ALL": "C", "PYTHONUTF8": "0"},
    "C.ISO-8859-1 (absent: C)": {"LC_ALL": "C.ISO-8859-1", "PYTHONUTF8": "0"},
    "LANG=C": {"LANG": "C"},
    "Latin-1": {},  # compiled by the test
}


@pytest.fixture(scope="module")
def reference(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, bytes], str]:
    """The raw folder, and what a UTF-8 run publishes and says."""
    tmp = tmp_path_factory.mktemp("names")
    raw = folder(tmp / "raw", {NAME: ARTICLE, EMPTY: b""})
    done = build_in({"LC_ALL": "C.UTF-8"}, raw, tmp / "out")
    assert done.returncode == 1, done.stderr
    return raw, snapshot(tmp / "out"), done.stderr.decode("utf-8")


@pytest.mark.parametrize("locale", LOCALES, ids=list(LOCALES))
def test_a_non_ascii_name_gives_the_same_bytes_in_any_locale(
    reference: tuple[Path, dict[str, bytes], str], tmp_path: Path, locale: str
) -> None:
    raw, published, said = reference
    env = LOCALES[locale] or _latin1_locale(tmp_path)
    done = build_in(env, raw, tmp_path / "out")
    assert done.returncode == 1, done.stderr
    assert snapshot(tmp_path / "out") == published
    # Messages reach the terminal in its own encoding (UTF-8 where the locale has none).
    encoding = "iso-8859-1" if "LOCPATH" in env else "utf-8"
    assert done.stderr.decode(encoding) == said
    assert said.splitlines() == [
        f"skipped: {raw / EMPTY}: the file is empty",
        "Error: 1 failure(s); the rest was done",
    ]
    relations = pd.read_csv(tmp_path / "out" / "relations.csv")
    assert relations["source_file"].tolist() == [NAME]
    ambassadors = pd.read_csv(tmp_path / "out" / "ambassadors.csv")
    assert set(ambassadors["source_file"]) == {NAME}


@pytest.mark.parametrize(
    ("name", "shown"),
    [("bad\nname.txt", "bad\\nname.txt"), ("bad\x1b[2Jname.txt", "bad\\x1b[2Jname.txt"),
     ("bad\rname\x7f.txt", "bad\\rname\\x7f.txt")],
    ids=["newline", "escape", "return and delete"],
)  # fmt: skip
def test_a_control_character_in_a_name_is_shown_escaped_on_one_line(
    tmp_path: Path, name: str, shown: str
) -> None:
    raw = folder(tmp_path / "raw", {name: b""})
    result = datasets(raw, tmp_path / "out")
    assert result.exit_code == 1
    assert result.stderr == f"Error: {raw}/{shown}: the file is empty\n"


def test_a_name_with_a_control_character_is_refused_and_keep_going_publishes_the_rest(
    tmp_path: Path,
) -> None:
    """No published source_file holds a control character: such a name is refused."""
    raw = folder(tmp_path / "raw", {"bad\nname.txt": ARTICLE, SOURCE_ARTICLE.name: SOURCE_ARTICLE.read_bytes()})  # fmt: skip
    refused = (
        f"{raw}/bad\\nname.txt: the file name holds a control character (U+000A); rename the file"
    )
    result = datasets(raw, tmp_path / "out")
    assert result.exit_code == 1
    assert result.stderr == f"Error: {refused}\n"
    assert not (tmp_path / "out").exists()
    result = datasets(raw, tmp_path / "out", "--keep-going")
    assert result.exit_code == 1
    assert result.stderr.splitlines()[0] == f"skipped: {refused}"
    relations = pd.read_csv(tmp_path / "out" / "relations.csv")
    assert relations["source_file"].tolist() == [SOURCE_ARTICLE.name]


def test_a_name_that_is_not_utf8_is_refused(tmp_path: Path) -> None:
    raw = folder(tmp_path / "raw", {b"c\xf4te-d'ivoire-ghana.txt": ARTICLE})
    result = datasets(raw, tmp_path / "out")
    assert result.exit_code == 1
    assert result.stderr == (
        f"Error: {raw}/c\\xf4te-d'ivoire-ghana.txt: the file name is not UTF-8: byte 0xf4 at "
        "byte offset 1 cannot be decoded; rename the file\n"
    )


def test_folders_with_control_characters_are_shown_escaped(tmp_path: Path) -> None:
    result = run("datasets", "--raw-dir", str(tmp_path / "no\x1bsuch"))
    assert result.exit_code == 1
    assert result.stderr == f"Error: {tmp_path}/no\\x1bsuch: no such folder of articles\n"
    raw = folder(tmp_path / "raw", {SOURCE_ARTICLE.name: SOURCE_ARTICLE.read_bytes()})
    out = tmp_path / "out\nput"
    result = datasets(raw, out)
    assert result.exit_code == 0, result.output
    [line] = result.stdout.splitlines()
    assert line.startswith("published ") and line.endswith(f" files into {tmp_path}/out\\nput")
    assert (out / "relations.csv").is_file()


def test_warnings_are_one_line_whatever_the_article_holds(tmp_path: Path) -> None:
    text = ARTICLE.replace(b"Ama Owusu (since 2005)", b"Ama\x1b[2J Owusu (2009)")
    raw = folder(tmp_path / "raw", {NAME: text})
    result = datasets(raw, tmp_path / "out")
    assert result.exit_code == 0, result.output
    assert result.stderr == (
        f"warning: {NAME}:8: ambassadors: no ambassador listed between 2005 and 2009 "
        "(Kwame Mensah, Ama\\x1b[2J Owusu)\n"
    )
