"""The CLI as a user meets it: help, stages, exit codes and one-line errors."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from pipeline.cli import cli
from tests.conftest import ROOT, SOURCE_ARTICLE, snapshot

COMMANDS = ["parse", "validate", "publish", "datasets", "database", "release"]


def run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(cli, list(args))
    return result.exit_code, result.output


def build(raw: Path, out: Path, work: Path) -> tuple[int, str]:
    return run("datasets", "--raw-dir", str(raw), "--out-dir", str(out), "--work-dir", str(work))


@pytest.fixture(autouse=True)
def _work_in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Default folders (build/, outputs/) land in a temporary folder, never in the repo."""
    monkeypatch.chdir(tmp_path)


@pytest.fixture
def raw(tmp_path: Path) -> Path:
    """A raw folder holding the source article."""
    folder = tmp_path / "raw"
    folder.mkdir()
    shutil.copy(SOURCE_ARTICLE, folder)
    return folder


@pytest.mark.parametrize("command", [None, *COMMANDS])
def test_every_command_has_help_with_an_example(command: str | None) -> None:
    code, output = run(*([command] if command else []), "--help")
    assert code == 0
    assert "Example:" in output
    assert "python -m pipeline" in output


def test_help_does_not_import_the_heavy_libraries() -> None:
    """--help must answer at once: no pandas, pyarrow or pandera at start-up."""
    probe = (
        "import sys, runpy; sys.argv = ['pipeline', '--help']\n"
        "try:\n    runpy.run_module('pipeline', run_name='__main__')\n"
        "except SystemExit:\n    pass\n"
        "heavy = sorted(m for m in ('pandas', 'pyarrow', 'pandera', 'numpy', 'pycountry')"
        " if m in sys.modules)\n"
        "print('HEAVY', heavy)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert "HEAVY []" in done.stdout


def test_console_script_and_module_entry_points() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "pipeline", "--version"], cwd=ROOT, capture_output=True, text=True
    )
    assert done.returncode == 0
    assert "relations-datasets" in done.stdout
    script = Path(sys.executable).parent / "relations-datasets"
    assert script.exists()
    assert subprocess.run([script, "--help"], capture_output=True).returncode == 0


def test_datasets_builds_every_table(raw: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    code, output = build(raw, out, tmp_path / "work")
    assert code == 0, output
    assert (out / "relations.csv").read_text().startswith("relation_id,title,")
    assert (out / "relations.parquet").stat().st_size > 0
    assert (out / "SHA256SUMS").is_file()


def test_stages_one_by_one(raw: Path, tmp_path: Path) -> None:
    work, out = tmp_path / "work", tmp_path / "out"
    assert run("parse", "--raw-dir", str(raw), "--work-dir", str(work))[0] == 0
    assert (work / "relations.parquet").is_file()
    code, output = run("validate", "--work-dir", str(work))
    assert code == 0
    assert "relations 1" in output
    assert run("publish", "--work-dir", str(work), "--out-dir", str(out))[0] == 0
    assert (out / "relations.csv").is_file()


def test_validate_before_parse_is_a_clear_error(tmp_path: Path) -> None:
    code, output = run("validate", "--work-dir", str(tmp_path / "nothing"))
    assert code == 1
    assert "run the parse stage first" in output


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"", "kazakhstan-uzbekistan.txt: the file is empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00", "binary file (NUL byte at offset 8)"),
        (
            b"= A\xff\xfeB relations =\n",
            "kazakhstan-uzbekistan.txt:1: not UTF-8: byte 0xff at byte offset 3",
        ),
        (b"Plain prose.\n", "kazakhstan-uzbekistan.txt:1: expected a title line"),
        (
            b"\n= History of Kazakhstan =\n",
            ".txt:2: title 'History of Kazakhstan' is not a relation",
        ),
        ("= Kazakhstan–Narnia relations =\n".encode(), ".txt:1: country name 'Narnia'"),
    ],
)
def test_bad_input_is_one_line_and_leaves_outputs_alone(
    raw: Path, tmp_path: Path, content: bytes, expected: str
) -> None:
    out = tmp_path / "out"
    assert run("datasets", "--raw-dir", str(raw), "--out-dir", str(out))[0] == 0
    before = snapshot(out)
    (raw / SOURCE_ARTICLE.name).write_bytes(content)
    code, output = build(raw, out, tmp_path / "work")
    assert code == 1
    assert output.count("\n") == 1, output
    assert output.startswith("Error: ")
    assert str(raw / SOURCE_ARTICLE.name) in output
    assert expected in output
    assert "Traceback" not in output
    assert snapshot(out) == before


def test_debug_shows_the_traceback(raw: Path) -> None:
    (raw / SOURCE_ARTICLE.name).write_bytes(b"")
    result = CliRunner().invoke(cli, ["--debug", "parse", "--raw-dir", str(raw)])
    assert result.exit_code == 1
    assert result.exc_info is not None
    assert type(result.exception).__name__ == "PipelineError"


def test_missing_or_empty_raw_folder(tmp_path: Path) -> None:
    code, output = run("parse", "--raw-dir", str(tmp_path / "nope"))
    assert (code, output.strip()) == (1, f"Error: {tmp_path / 'nope'}: no such folder of articles")
    code, output = run("parse", "--raw-dir", str(tmp_path))
    assert code == 1
    assert "no articles (*.txt) in this folder" in output


def test_two_articles_on_one_relation_are_refused(raw: Path) -> None:
    shutil.copy(SOURCE_ARTICLE, raw / "copy.txt")
    code, output = run("parse", "--raw-dir", str(raw), "--work-dir", str(raw.parent / "w"))
    assert code == 1
    assert "relation 'kazakhstan-uzbekistan' is also the subject of copy.txt" in output


def test_refuses_to_replace_a_folder_it_did_not_write(raw: Path, tmp_path: Path) -> None:
    precious = tmp_path / "precious"
    precious.mkdir()
    (precious / "thesis.docx").write_text("years of work")
    code, output = run("datasets", "--raw-dir", str(raw), "--out-dir", str(precious))
    assert code == 1
    assert "was not written by this pipeline" in output
    assert [p.name for p in precious.iterdir()] == ["thesis.docx"]


def test_warnings_of_one_kind_are_summed_up_after_twenty(tmp_path: Path) -> None:
    """A corpus may give thousands of warnings: the first 20 of each kind, then one line."""
    names = [f"Aidos {letter}kov" for letter in "ABCDEFGHIJKLMNOPQRSTUVWXYZ"]
    items = "\n".join(f"- {name} ({1900 + 3 * i}–{1901 + 3 * i})" for i, name in enumerate(names))
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "k.txt").write_text(
        "= Kazakhstan–Uzbekistan relations =\n\n"
        f"== List of ambassadors of Kazakhstan to Uzbekistan ==\n{items}\n",
        encoding="utf-8",
    )
    args = ["datasets", "--raw-dir", str(raw), "--out-dir", str(tmp_path / "out")]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 0, result.output
    warnings = result.stderr.splitlines()
    assert len(warnings) == 21
    assert (
        warnings[0]
        == "warning: k.txt:5: ambassadors: no ambassador listed between 1901 and 1903 (Aidos Akov, Aidos Bkov)"
    )
    assert warnings[-1] == (
        "warning: 5 more like 'ambassadors: no ambassador listed between … and … …' "
        "(--all-warnings shows every one)"
    )
    result = CliRunner().invoke(cli, ["--all-warnings", *args])
    assert len(result.stderr.splitlines()) == 25
