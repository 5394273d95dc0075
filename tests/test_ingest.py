"""Saved articles and their records: checked when read, typed when published."""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime
from pathlib import Path

import duckdb
import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner

from pipeline.cli import cli
from pipeline.ingest import save_revision
from pipeline.mediawiki import Revision, Site

SITE = Site("Wikipedia", "https://en.wikipedia.org/w/index.php")
WIKITEXT = """{{Infobox bilateral relations|Chile–Peru|Chile|Peru|map=Chile Peru Locator.png}}
'''Chile–Peru relations''' are the relations between [[Chile]] and [[Peru]]. Chile has an
embassy in [[Lima]] and Peru has an embassy in [[Santiago]].

== History ==
The War of the Pacific lasted from 1879 to 1884.<ref>{{cite book|title=W|year=2001}}</ref>
"""


def revision(title: str = "Chile–Peru relations", wikitext: str = WIKITEXT) -> Revision:
    return Revision(title, 42, 1_234_567_890, "2025-11-20T10:11:12Z", wikitext, SITE, "api",
                    "https://en.wikipedia.org/w/api.php")  # fmt: skip


@pytest.fixture
def raw(tmp_path: Path) -> Path:
    folder = tmp_path / "raw"
    save_revision(revision(), folder, clock=lambda: datetime(2026, 11, 28, tzinfo=UTC))
    return folder


def build(raw: Path, out: Path) -> tuple[int, str]:
    result = CliRunner().invoke(cli, ["datasets", "--raw-dir", str(raw), "--out-dir", str(out),
                                      "--work-dir", str(out.parent / "work")])  # fmt: skip
    return result.exit_code, result.output


def test_a_text_changed_after_it_was_fetched_is_refused(raw: Path, tmp_path: Path) -> None:
    article = raw / "chile-peru.txt"
    article.write_text(article.read_text(encoding="utf-8") + "An added line.\n", encoding="utf-8")
    code, output = build(raw, tmp_path / "out")
    assert code == 1
    assert output.startswith(f"Error: {raw / 'chile-peru.source.json'}: describes a text with")
    assert "the article was changed after it was fetched" in output
    assert len(output.splitlines()) == 1
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda r: "{\n  \"title\": ,\n}", r"chile-peru\.source\.json:2: invalid JSON"),
        (lambda r: json.dumps([r]), r"expected a JSON object"),
        (lambda r: json.dumps({k: v for k, v in r.items() if k != "revision_id"}), r"missing revision_id"),
        (lambda r: json.dumps({**r, "revision_id": "12"}), r"revision_id is not an integer: '12'"),
        (lambda r: json.dumps({**r, "revision_time": "yesterday"}), r"revision_time is not a UTC time"),
    ],
    ids=["invalid-json", "not-an-object", "missing-field", "wrong-type", "bad-time"],
)  # fmt: skip
def test_a_broken_record_is_one_line(raw: Path, tmp_path: Path, change, message: str) -> None:
    sidecar = raw / "chile-peru.source.json"
    sidecar.write_text(change(json.loads(sidecar.read_text(encoding="utf-8"))), encoding="utf-8")
    code, output = build(raw, tmp_path / "out")
    assert code == 1 and len(output.splitlines()) == 1
    assert output.startswith(f"Error: {sidecar}")
    assert re.search(message, output), output


def test_revision_columns_load_with_real_types_everywhere(raw: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    code, output = build(raw, out)
    assert code == 0, output
    url = "https://en.wikipedia.org/w/index.php?title=Chile%E2%80%93Peru_relations&oldid=1234567890"
    csv = (out / "relations.csv").read_text(encoding="utf-8")
    assert f",{url},1234567890,2025-11-20T10:11:12Z," in csv
    table = pq.read_table(out / "relations.parquet")
    assert str(table.schema.field("source_revision_id").type) == "int64"
    assert str(table.schema.field("source_revision_time").type) == "timestamp[ms, tz=UTC]"
    row = table.to_pylist()[0]
    assert row["source_revision_time"] == datetime(2025, 11, 20, 10, 11, 12, tzinfo=UTC)
    assert row["source_url"] == url

    result = CliRunner().invoke(cli, ["database", "--out-dir", str(out)])
    assert result.exit_code == 0, result.output
    with duckdb.connect(str(out / "relations.duckdb"), read_only=True) as db:
        kind = db.sql(
            "SELECT data_type FROM information_schema.columns "
            "WHERE table_name = 'relations' AND column_name = 'source_revision_time'"
        ).fetchall()
        assert kind == [("TIMESTAMP WITH TIME ZONE",)]
        from_csv = db.sql(
            f"SELECT source_revision_id, typeof(source_revision_time) "
            f"FROM read_csv('{out / 'relations.csv'}')"
        ).fetchall()
        assert from_csv == [(1234567890, "TIMESTAMP WITH TIME ZONE")]

    from frictionless import validate

    report = validate(out / "datapackage.json")
    assert report.valid, report.flatten(["rowNumber", "fieldName", "type", "note"])
    package = json.loads((out / "datapackage.json").read_text(encoding="utf-8"))
    (source,) = package["sources"]
    assert source["path"] == url
    assert source["title"] == (
        'Wikipedia contributors, "Chile–Peru relations", revision 1234567890 of '
        "2025-11-20T10:11:12Z"
    )
    assert (source["revision_id"], source["revision_time"]) == (1234567890, "2025-11-20T10:11:12Z")
    (resource,) = [r for r in package["resources"] if r["name"] == "relations"]
    fields = resource["schema"]["fields"]
    types = {f["name"]: f["type"] for f in fields}
    assert (types["source_revision_id"], types["source_revision_time"]) == ("integer", "datetime")


def test_saving_another_page_of_the_same_relation_is_refused(raw: Path) -> None:
    from pipeline.errors import PipelineError

    with pytest.raises(PipelineError, match="already holds 'Chile–Peru relations'"):
        save_revision(revision("Chile-Peru relations"), raw)


def test_a_disambiguation_page_is_not_saved(tmp_path: Path) -> None:
    from pipeline.errors import PipelineError

    with pytest.raises(PipelineError, match="is a disambiguation page"):
        save_revision(revision(wikitext="'''X''' may be:\n* A\n{{dab}}"), tmp_path)
    assert list(tmp_path.iterdir()) == []
