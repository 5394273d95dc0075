"""Days of any year, BC included: the calendar, Arrow's date32 and ISO text agree."""

from __future__ import annotations

from datetime import date

import pyarrow as pa
import pyarrow.compute as pc
import pytest
from hypothesis import given
from hypothesis import strategies as st

from pipeline.days import Day, date_column, month_length


@pytest.mark.parametrize(
    ("day", "iso", "days"),
    [
        (Day(1970, 1, 1), "1970-01-01", 0),
        (Day(2018, 11, 27), "2018-11-27", 17862),
        (Day(1, 1, 1), "0001-01-01", -719162),
        (Day(0, 12, 31), "0000-12-31", -719163),  # 1 BC
        (Day(-399, 1, 1), "-0399-01-01", -865259),  # 400 BC
    ],
)
def test_iso_and_day_counts(day: Day, iso: str, days: int) -> None:
    assert day.isoformat() == iso
    assert Day.fromisoformat(iso) == day
    assert day.days == days
    assert Day.from_days(days) == day
    # Arrow agrees: the same day count is the same calendar day.
    assert pc.cast(pa.array([days], pa.int32()).cast(pa.date32()), pa.string())[0].as_py() == iso


@given(st.integers(min_value=-2_000_000, max_value=2_000_000))
def test_day_counts_round_trip(days: int) -> None:
    assert Day.from_days(days).days == days


@given(st.dates())
def test_days_of_common_era_match_python(day: date) -> None:
    ours = Day(day.year, day.month, day.day)
    assert ours.days == (day - date(1970, 1, 1)).days
    assert ours.isoformat() == day.isoformat()


def test_leap_years_and_invalid_days() -> None:
    assert month_length(0, 2) == 29  # 1 BC was a leap year (proleptic Gregorian)
    assert month_length(-100, 2) == 28
    with pytest.raises(ValueError):
        Day(2019, 2, 29)
    with pytest.raises(ValueError):
        Day(2020, 13, 1)
    assert Day(2020, 2, 28).plus(1) == Day(2020, 2, 29)
    assert Day(1, 1, 1).plus(-1) == Day(0, 12, 31)


def test_date_column_keeps_bc_days() -> None:
    column = date_column([Day(-399, 1, 1), None, Day(2020, 5, 1)])
    arrow = pa.array(column)
    assert arrow.type == pa.date32()
    assert pc.cast(arrow, pa.string()).to_pylist() == ["-0399-01-01", None, "2020-05-01"]
