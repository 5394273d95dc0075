"""notebooks/explore.ipynb runs on a copy of the published files, and its answers are right.

The notebook prints each answer as one line, ``ANSWER <name> <JSON>``. The expected answers are
computed here again from the CSV files with the ``csv`` module, not with the notebook's code.
"""

from __future__ import annotations

import csv
import json
import shutil
import sys
from collections import Counter
from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient

from pipeline.database import DATABASE_FILE, build_database

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOK = ROOT / "notebooks" / "explore.ipynb"
OUTPUTS = ROOT / "outputs"

# The facts that settle a border line (data dictionary, table border), and the shares that do
# when they reach 100 percent.
SETTLING = {
    ("treaty", "signed"),
    ("treaty", "ratified"),
    ("treaty", "in_force"),
    ("ruling", "decided"),
}
COMPLETE_SHARES = {"share_delimited", "share_demarcated", "share_agreed"}


def read_rows(folder: Path, table: str) -> list[dict[str, str]]:
    with (folder / f"{table}.csv").open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def year_of(iso_date: str) -> int:
    """``2018-11-27`` → 2018, ``-0399-01-01`` → -399."""
    return int(iso_date[:-6])


def date_order(iso_date: str) -> tuple[int, str]:
    return year_of(iso_date), iso_date[-5:]


def expected_answers(folder: Path) -> dict[str, object]:
    relation = read_rows(folder, "relations")[0]["relation_id"]

    current = [
        {
            "relation_id": row["relation_id"],
            "sending_country": row["sending_country"],
            "name": row["name"],
            "start_year": int(row["start_year"]) if row["start_year"] else None,
        }
        for row in read_rows(folder, "ambassadors")
        if row["is_current"] == "true"
    ]
    current.sort(key=lambda a: (a["relation_id"], a["sending_country"], a["name"]))

    counts: Counter[int] = Counter()
    for row in read_rows(folder, "timeline"):
        known = row["date_start"] or row["date_end"]
        if row["relation_id"] == relation and known:
            counts[year_of(known)] += 1
    events_per_year = {str(year): counts[year] for year in sorted(counts)}

    def when(row: dict[str, str]) -> str:
        return row["date_end"] or row["date_start"]

    def latest_last(row: dict[str, str]) -> tuple[object, ...]:
        dated = (1, *date_order(when(row))) if when(row) else (0, 0, "")
        return (*dated, int(row["char_start"]), int(row["value_char_start"]))

    facts = sorted(
        (row for row in read_rows(folder, "border") if row["relation_id"] == relation),
        key=latest_last,
    )
    lengths = [
        row
        for row in facts
        if (row["subject"], row["attribute"], row["unit"]) == ("border", "length", "km")
    ]
    settling = [
        row
        for row in facts
        if when(row)
        and (
            (row["subject"], row["attribute"]) in SETTLING
            or (
                row["subject"] == "border"
                and row["attribute"] in COMPLETE_SHARES
                and row["value_num"]
                and float(row["value_num"]) == 100
            )
        )
    ]
    border = {
        "length_km": float(lengths[-1]["value_num"]) if lengths else None,
        "settled": settling[-1]["date_edtf"] if settling else None,
        "evidence": settling[-1]["text"] if settling else None,
    }
    return {
        "current_ambassadors": current,
        "events_per_year": events_per_year,
        "border": border,
    }


def printed(notebook: nbformat.NotebookNode) -> str:
    """Everything the cells printed, in order (a line may come in several stream messages)."""
    return "".join(
        output["text"]
        for cell in notebook.cells
        for output in cell.get("outputs", [])
        if output["output_type"] == "stream" and output["name"] == "stdout"
    )


def printed_answers(notebook: nbformat.NotebookNode) -> dict[str, object]:
    answers: dict[str, object] = {}
    for line in printed(notebook).splitlines():
        if line.startswith("ANSWER "):
            _, name, payload = line.split(" ", 2)
            assert name not in answers, f"{name} answered twice"
            answers[name] = json.loads(payload)
    return answers


@pytest.fixture
def outputs_copy(tmp_path: Path) -> Path:
    """The published files, copied, with the database the notebook compares against."""
    copy = tmp_path / "outputs"
    shutil.copytree(OUTPUTS, copy, ignore=shutil.ignore_patterns(DATABASE_FILE))
    build_database(copy)
    return copy


@pytest.fixture
def python_kernel(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    """A "python3" kernel spec running this interpreter's ipykernel.

    JUPYTER_PATH is searched first, so a "python3" spec of the user's or of another environment
    cannot lend the kernel another Python; IPYTHONDIR keeps the user's profile out.
    """
    spec = tmp_path / "jupyter" / "kernels" / "python3"
    spec.mkdir(parents=True)
    (spec / "kernel.json").write_text(
        json.dumps(
            {
                "argv": [sys.executable, "-m", "ipykernel_launcher", "-f", "{connection_file}"],
                "display_name": "Python 3 (ipykernel)",
                "language": "python",
            }
        ),
        encoding="utf-8",
    )
    monkeypatch.setenv("JUPYTER_PATH", str(tmp_path / "jupyter"))
    monkeypatch.setenv("IPYTHONDIR", str(tmp_path / "ipython"))
    return "python3"


def test_notebook_answers_match_the_csv_files(
    outputs_copy: Path, python_kernel: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("RELATIONS_OUTPUTS", str(outputs_copy))  # the kernel inherits it
    notebook = nbformat.read(NOTEBOOK, as_version=4)
    client = NotebookClient(
        notebook,
        timeout=120,
        kernel_name=python_kernel,
        resources={"metadata": {"path": str(NOTEBOOK.parent)}},
    )
    client.execute()  # raises CellExecutionError on the first cell that fails

    assert printed_answers(notebook) == expected_answers(outputs_copy)
    # Years in order, as the view lists them.
    years = list(printed_answers(notebook)["events_per_year"])
    assert years == sorted(years, key=int)
    # The comparison with relations.duckdb ran, and the chart was drawn.
    assert f"same as the events_per_year view of {DATABASE_FILE}" in printed(notebook)
    chart = next(cell for cell in notebook.cells if cell.get("id") == "chart")
    assert any("vega" in json.dumps(output.get("data", {})) for output in chart.outputs)


def test_notebook_is_stored_without_outputs() -> None:
    notebook = nbformat.read(NOTEBOOK, as_version=4)
    nbformat.validate(notebook)
    code = [cell for cell in notebook.cells if cell.cell_type == "code"]
    assert code
    assert all(cell.outputs == [] and cell.execution_count is None for cell in code)
    assert set(notebook.metadata) == {"kernelspec", "language_info"}
    assert notebook.metadata.kernelspec.name == "python3"
