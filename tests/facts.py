"""The hand-checked facts of the fixture articles, and how a published row matches one."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from tests.conftest import FIXTURES


def load_facts(slug: str) -> dict[str, Any]:
    return json.loads((FIXTURES / f"{slug}.facts.json").read_text(encoding="utf-8"))


def fixture_slugs() -> list[str]:
    return sorted(p.name.removesuffix(".facts.json") for p in FIXTURES.glob("*.facts.json"))


def _iso(value: Any) -> str | None:
    return None if value is None or value != value else str(value)


def timeline_matches(fact: dict[str, Any], row: dict[str, Any]) -> bool:
    """A timeline row states a fact: same sentence, expression, bounds and precision."""
    return (
        fact["quote"] in row["text"]
        and fact["date_text"].lower() == row["date_text"].lower()
        and fact["start"] == _iso(row["date_start"])
        and fact["end"] == _iso(row["date_end"])
        and fact["precision"] == row["precision"]
        and fact["approximate"] == bool(row["approximate"])
    )


def score_timeline(facts: list[dict[str, Any]], rows: list[dict[str, Any]]) -> dict[str, Any]:
    """Which facts are found, and which rows state no fact."""
    found = [f for f in facts if any(timeline_matches(f, r) for r in rows)]
    unmatched = [r for r in rows if not any(timeline_matches(f, r) for f in facts)]
    return {
        "facts": len(facts),
        "required": sum(f["required"] for f in facts),
        "found": len(found),
        "found_required": sum(f["required"] for f in found),
        "missed": [f for f in facts if f not in found],
        "rows": len(rows),
        "unmatched_rows": unmatched,
    }


def read_rows(csv: Path) -> list[dict[str, Any]]:
    import pandas as pd

    table = pd.read_csv(csv, dtype=str, keep_default_na=False)
    rows = table.to_dict("records")
    for row in rows:
        for key, value in row.items():
            if value == "":
                row[key] = None
        if "approximate" in row:
            row["approximate"] = row["approximate"] == "true"
    return rows


def _year(value: Any) -> int | None:
    return None if value is None else int(value)


def ambassador_rows(rows: list[dict[str, Any]]) -> list[tuple[Any, ...]]:
    """Published ambassador rows in the facts' terms."""
    return sorted(
        (r["name"], r["sending_country"], r["receiving_country"], _year(r["start_year"]),
         _year(r["end_year"]), r["is_current"] == "true", int(r["position"]))
        for r in rows
    )  # fmt: skip


def ambassador_facts(facts: list[dict[str, Any]]) -> list[tuple[Any, ...]]:
    return sorted(
        (f["name"], f["sending"], f["receiving"], f["start_year"], f["end_year"], f["current"],
         f["order"])
        for f in facts
    )  # fmt: skip


def mission_rows(rows: list[dict[str, Any]]) -> list[tuple[Any, ...]]:
    return sorted(
        ((r["sending_country"], r["host_country"], r["city"], r["mission_type"],
          r["resident"] == "true") for r in rows),
        key=_unknown_city_first,
    )  # fmt: skip


def mission_facts(facts: list[dict[str, Any]]) -> list[tuple[Any, ...]]:
    return sorted(
        ((f["sending"], f["host"], f["city"], f["type"], f["resident"]) for f in facts),
        key=_unknown_city_first,
    )


def _unknown_city_first(mission: tuple[Any, ...]) -> tuple[Any, ...]:
    """A mission whose city is unknown (None) sorts before the others of its countries."""
    return (mission[0], mission[1], mission[2] or "", *mission[3:])


def border_matches(fact: dict[str, Any], row: dict[str, Any]) -> bool:
    """A border row states a fact: same subject, attribute, value (and unit), a date within."""
    if (fact["subject"], fact["attribute"]) != (row["subject"], row["attribute"]):
        return False
    if isinstance(fact["value"], int | float):
        if row["value_num"] is None or abs(float(row["value_num"]) - fact["value"]) > 1e-9:
            return False
        if fact["unit"] != row["unit"]:
            return False
    elif fact["value"] != row["value"]:
        return False
    if fact["date"] is None:
        return True
    # The fact's date ("2006-08") lies in the row's interval, an open end open ("by August
    # 2020" is ../2020-08-31); a row without a date states no dated fact.
    start, end = row["date_start"], row["date_end"]
    if not (start or end):
        return False
    precise = len(fact["date"])
    return (not start or start[:precise] <= fact["date"]) and (
        not end or fact["date"] <= end[:precise]
    )


# --- scores: how close the published tables come to the facts ------------------------------


def _f1(found: list[Any], expected: list[Any]) -> tuple[float, float, float]:
    """Precision, recall and F1 of two multisets (1.0 each when both are empty)."""
    from collections import Counter

    hits = sum((Counter(found) & Counter(expected)).values())
    precision = hits / len(found) if found else 1.0
    recall = hits / len(expected) if expected else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def score(facts: dict[str, Any], out: Path) -> dict[str, float]:
    """Each table's score against the facts, from the published CSV files in ``out``."""
    timeline = read_rows(out / "timeline.csv")
    required = [f for f in facts["timeline"] if f["required"]]
    matched_rows = [r for r in timeline if any(timeline_matches(f, r) for f in facts["timeline"])]
    found_required = [f for f in required if any(timeline_matches(f, r) for r in timeline)]
    ambassadors = _f1(ambassador_rows(read_rows(out / "ambassadors.csv")),
                      ambassador_facts(facts["ambassadors"]))  # fmt: skip
    missions = _f1(mission_rows(read_rows(out / "missions.csv")), mission_facts(facts["missions"]))
    border_rows = read_rows(out / "border.csv")
    border_found = [f for f in facts["border"] if any(border_matches(f, r) for r in border_rows)]
    return {
        "timeline_recall": len(found_required) / len(required) if required else 1.0,
        "timeline_precision": len(matched_rows) / len(timeline) if timeline else 1.0,
        "ambassadors_f1": ambassadors[2],
        "missions_f1": missions[2],
        "border_recall": len(border_found) / len(facts["border"]) if facts["border"] else 1.0,
    }


def score_folder(folder: Path) -> dict[str, dict[str, float]]:
    """Build every article of ``folder`` that has facts, alone, and score it."""
    import tempfile

    from tests.golden import build_article

    scores = {}
    for facts_file in sorted(folder.glob("*.facts.json")):
        slug = facts_file.name.removesuffix(".facts.json")
        facts = json.loads(facts_file.read_text(encoding="utf-8"))
        with tempfile.TemporaryDirectory() as scratch:
            out = Path(scratch) / "out"
            build_article(folder / f"{slug}.txt", out)
            scores[slug] = score(facts, out)
    return scores


def score_table(scores: dict[str, dict[str, float]]) -> str:
    """A Markdown table, one article a row."""
    columns = ["timeline_recall", "timeline_precision", "ambassadors_f1", "missions_f1",
               "border_recall"]  # fmt: skip
    lines = ["| article | " + " | ".join(columns) + " |", "|---" * (len(columns) + 1) + "|"]
    for slug, values in scores.items():
        lines.append(f"| {slug} | " + " | ".join(f"{values[c]:.3f}" for c in columns) + " |")
    return "\n".join(lines)


if __name__ == "__main__":
    import sys

    target = Path(sys.argv[1]) if len(sys.argv) > 1 else FIXTURES
    print(score_table(score_folder(target)))
