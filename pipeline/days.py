"""Calendar days of any year, BC included, and their Arrow ``date32`` form.

Python's ``datetime.date`` stops at year 1, and pandas' nanosecond timestamps at 1677; an
article about relations since antiquity needs 400 BC. A :class:`Day` is a day of the proleptic
Gregorian calendar with astronomical year numbering (1 BC is year 0, 400 BC is -399, as in
EDTF and ISO 8601), and converts to the day count that Arrow's ``date32`` stores.
"""

from __future__ import annotations

import calendar
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pandas as pd

# The Gregorian calendar repeats every 400 years, which are this many days.
_CYCLE_DAYS = 146_097
_EPOCH = date(1970, 1, 1).toordinal()  # date32 counts days from here


@dataclass(frozen=True, order=True)
class Day:
    """One day: year (astronomical, may be 0 or negative), month, day."""

    year: int
    month: int
    day: int

    def __post_init__(self) -> None:
        if not 1 <= self.month <= 12:
            raise ValueError(f"month must be in 1..12: {self.month}")
        if not 1 <= self.day <= month_length(self.year, self.month):
            raise ValueError(f"day is out of range for month: {self.isoformat()}")

    @classmethod
    def fromisoformat(cls, text: str) -> Day:
        """``2018-11-27``, ``-0399-01-01``."""
        sign = -1 if text.startswith("-") else 1
        year, month, day = text.lstrip("-").split("-")
        return cls(sign * int(year), int(month), int(day))

    @classmethod
    def from_days(cls, days: int) -> Day:
        """The day ``days`` after 1970-01-01 (negative: before)."""
        ordinal = days + _EPOCH
        cycles = 0
        if ordinal < 1:
            cycles = (1 - ordinal) // _CYCLE_DAYS + 1
        moved = date.fromordinal(ordinal + cycles * _CYCLE_DAYS)
        return cls(moved.year - 400 * cycles, moved.month, moved.day)

    @property
    def days(self) -> int:
        """Days since 1970-01-01: what Arrow's date32 holds."""
        cycles = 0 if self.year >= 1 else (1 - self.year) // 400 + 1
        moved = date(self.year + 400 * cycles, self.month, self.day)
        return moved.toordinal() - cycles * _CYCLE_DAYS - _EPOCH

    def plus(self, days: int) -> Day:
        """The day ``days`` later (earlier when negative)."""
        return Day.from_days(self.days + days)

    def replace(self, *, year: int | None = None) -> Day:
        """The same day and month in another year (ValueError for 29 February)."""
        return Day(self.year if year is None else year, self.month, self.day)

    def isoformat(self) -> str:
        """ISO 8601 with the expanded year of EDTF below year 1: ``-0399-01-01``."""
        sign = "-" if self.year < 0 else ""
        return f"{sign}{abs(self.year):04d}-{self.month:02d}-{self.day:02d}"

    def __str__(self) -> str:
        return self.isoformat()


def month_length(year: int, month: int) -> int:
    """Days in a month of the proleptic Gregorian calendar (year 0 is a leap year)."""
    if month == 2:
        return 29 if calendar.isleap(year) else 28
    return (31, 0, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)[month - 1]


def month_end(year: int, month: int) -> Day:
    return Day(year, month, month_length(year, month))


def date_column(days: Iterable[Day | None]) -> pd.api.extensions.ExtensionArray:
    """Days as an Arrow date32 array for pandas (null for None); BC days survive."""
    import pandas as pd
    import pyarrow as pa

    counts = pa.array([d.days if isinstance(d, Day) else None for d in days], type=pa.int32())
    return pd.arrays.ArrowExtensionArray(counts.cast(pa.date32()))


def with_date_columns(table: pd.DataFrame, *names: str) -> pd.DataFrame:
    """``table`` with its columns of Day values as Arrow date32 columns."""
    return table.assign(**{name: date_column(table[name]) for name in names})
