"""Accuracy on the fixture articles, measured against their hand-checked facts."""

from __future__ import annotations

import pytest

from tests.conftest import FIXTURES
from tests.facts import (
    ambassador_facts,
    ambassador_rows,
    border_matches,
    fixture_slugs,
    load_facts,
    mission_facts,
    mission_rows,
    read_rows,
    score_timeline,
)
from tests.golden import golden_dir


@pytest.mark.parametrize("slug", fixture_slugs())
def test_timeline_finds_every_required_fact(slug: str) -> None:
    rows = read_rows(golden_dir(FIXTURES / f"{slug}.txt") / "timeline.csv")
    score = score_timeline(load_facts(slug)["timeline"], rows)
    assert score["found_required"] == score["required"], score["missed"]


@pytest.mark.parametrize("slug", fixture_slugs())
def test_timeline_rows_state_facts(slug: str) -> None:
    """Every row but the odd borderline reading states a listed fact: nothing invented."""
    rows = read_rows(golden_dir(FIXTURES / f"{slug}.txt") / "timeline.csv")
    score = score_timeline(load_facts(slug)["timeline"], rows)
    assert len(score["unmatched_rows"]) <= 1, score["unmatched_rows"]


@pytest.mark.parametrize("slug", fixture_slugs())
def test_not_dates_never_become_dates(slug: str) -> None:
    rows = read_rows(golden_dir(FIXTURES / f"{slug}.txt") / "timeline.csv")
    for phrase in load_facts(slug)["not_dates"]:
        assert not any(phrase in row["date_text"] or row["date_text"] in phrase for row in rows), (
            phrase
        )


@pytest.mark.parametrize("slug", fixture_slugs())
def test_ambassadors_are_the_listed_facts(slug: str) -> None:
    rows = read_rows(golden_dir(FIXTURES / f"{slug}.txt") / "ambassadors.csv")
    assert ambassador_rows(rows) == ambassador_facts(load_facts(slug)["ambassadors"])


@pytest.mark.parametrize("slug", fixture_slugs())
def test_missions_are_the_listed_facts(slug: str) -> None:
    rows = read_rows(golden_dir(FIXTURES / f"{slug}.txt") / "missions.csv")
    assert mission_rows(rows) == mission_facts(load_facts(slug)["missions"])


# Facts the border extractor does not read, each with the reason; the test fails if one is
# found after all, so that this list is kept exact.
BORDER_KNOWN_MISSES = {
    ("azerbaijan-georgia", "David Gareja monastery complex"): "the sentence naming the complex "
    "does not say it is disputed; the disputed place is read as 'David Gareja'",
}


@pytest.mark.parametrize("slug", fixture_slugs())
def test_border_facts(slug: str) -> None:
    rows = read_rows(golden_dir(FIXTURES / f"{slug}.txt") / "border.csv")
    facts = load_facts(slug)["border"]
    missed = {(slug, str(f["value"])) for f in facts if not any(border_matches(f, r) for r in rows)}
    assert missed == {key for key in BORDER_KNOWN_MISSES if key[0] == slug}
