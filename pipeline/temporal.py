"""Recognise temporal expressions in sentences and normalise them to intervals and EDTF.

Three passes over a sentence, each driven by the tables of :mod:`pipeline.rules.temporal`:

1. *atoms*: the longest non-overlapping matches of the atom patterns (a day, a month, a
   season, a year, a decade, a century, and ranges within one of them: ``22–23 August 2025``);
   numbers that are quantities, names (``Birlestik-2024``) or quotations are rejected here;
2. *ranges*: two adjacent atoms joined by ``from … to``, ``between … and`` or a dash;
3. *qualifiers*: the word before (``since``, ``by``, ``after`` …) opens or bounds the interval.

Relative expressions (``the following year``, ``until then``) and dates without a year
(``from 10 October``) are resolved against the latest explicit date of the same sentence, or
else of the previous one; named periods (``World War II``) count only in a sentence without an
explicit date. Everything here is pure: strings in, values out.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import cache, lru_cache

from pipeline.days import Day, month_end, month_length
from pipeline.rules import temporal as rules
from pipeline.sentences import quoted_mask
from pipeline.words import alternation


@dataclass(frozen=True)
class Interval:
    """What a date means: first and last day (None = open), granularity of each bound."""

    start: Day | None
    end: Day | None
    precision: str
    approximate: bool = False
    start_unit: str = "day"  # how finely each bound is known: day, month or year (for EDTF)
    end_unit: str = "day"


@dataclass(frozen=True)
class TemporalExpression:
    """One temporal expression of a sentence, normalised."""

    text: str  # date_text: as written, with the qualifier words that change its meaning
    start: int  # offsets of ``text`` in the sentence
    end: int
    date_start: Day | None
    date_end: Day | None
    precision: str
    approximate: bool
    qualifier: str | None
    edtf: str
    inferred: bool  # resolved from context (an anchor date) or from a table of named periods
    # The date itself, before the qualifier opened or shifted it: "by August 2020" is
    # ../2020-08 above and August 2020 here (what a fact stated "by" then refers to).
    core: Interval | None = None


@dataclass(frozen=True)
class _Atom:
    start: int
    end: int
    core: Interval
    kind: str
    inferred: bool = False
    qualifier: str | None = None
    is_range: bool = False  # two dates written as one: 22–23 August 2025, 1930–1933


def recognise(sentence: str) -> list[TemporalExpression]:
    """Every temporal expression of one sentence, read on its own."""
    return recognise_sentences([sentence])[0]


def recognise_sentences(sentences: Sequence[str]) -> list[list[TemporalExpression]]:
    """Expressions of consecutive sentences (a paragraph), anchoring across them."""
    return [list(found) for found in _recognise_paragraph(tuple(sentences))]


# The timeline and the border extractors read the same paragraphs: recognise each once.
@lru_cache(maxsize=256)
def _recognise_paragraph(sentences: tuple[str, ...]) -> tuple[tuple[TemporalExpression, ...], ...]:
    found = []
    anchor: Interval | None = None
    for sentence in sentences:
        pairs = _recognise(sentence, anchor)
        found.append(tuple(expression for expression, _ in pairs))
        explicit = [core for expression, core in pairs if not expression.inferred]
        anchor = explicit[-1] if explicit else None
    return tuple(found)


def _recognise(sentence: str, anchor: Interval | None) -> list[tuple[TemporalExpression, Interval]]:
    quoted = quoted_mask(sentence)
    atoms = [a for a in _atoms(sentence) if not any(quoted[a.start : a.end])]
    explicit = [a for a in atoms if a.kind != "partial"]
    atoms = _join_ranges(sentence, atoms)
    atoms = _resolve_partials(atoms, explicit, anchor)
    atoms += _relatives(sentence, atoms, anchor, quoted)
    if not any(not a.inferred for a in atoms):
        atoms += _named_periods(sentence, quoted)
    atoms.sort(key=lambda a: a.start)
    results: list[tuple[TemporalExpression, Interval]] = []
    seen = set()
    for atom in atoms:
        expression = _qualified(sentence, atom)
        key = (expression.text, expression.date_start, expression.date_end)
        if key not in seen:
            seen.add(key)
            results.append((expression, atom.core))
    return results


# --- pass 1: atoms -------------------------------------------------------------------------


@cache
def _patterns() -> list[tuple[str, re.Pattern[str]]]:
    months = [m.capitalize() for m in rules.MONTHS]
    abbreviations = [m.capitalize() for m in rules.MONTH_ABBREVIATIONS]
    pieces = {
        "MONTH": rf"(?:{alternation(months)}|(?:{alternation(abbreviations)})\.?)(?![a-z])",
        "DAY": r"(?<!\d)(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?![\d\w])",
        "YEAR": r"(?<![\d,.])\d{4}(?!\d)",
        "DASH": rf"\s*[{rules.DASHES}]\s*",
        "SEASON": rf"(?i:{alternation(rules.SEASONS)})",
        "YPART": rf"(?i:{alternation(rules.YEAR_PARTS)})",
        "DPART": rf"(?i:{alternation(rules.DECADE_PARTS)})",
        "CPART": rf"(?i:{alternation(rules.CENTURY_PARTS)})",
        "ORD": rf"(?:\d{{1,2}}(?:st|nd|rd|th)|(?i:{alternation(rules.ORDINAL_WORDS)}))",
        "THE": r"(?:(?i:the)\s+)",
        "PRESENT": alternation(rules.PRESENT_WORDS),
    }

    def expand(template: str) -> str:
        def piece(match: re.Match[str]) -> str:
            name, _, group = match.group(1).partition(":")
            return f"(?P<{group}>{pieces[name]})" if group else f"(?:{pieces[name]})"

        return re.sub(r"\{([A-Z]+(?::\w+)?)\}", piece, template)

    return [(kind, re.compile(expand(template))) for template, kind in _ATOM_TEMPLATES]


# (template, kind); at one position the longest match wins, ties go to the earlier line.
_ATOM_TEMPLATES = (
    (r"{DAY:d1}{DASH}{DAY:d2}\s+{MONTH:m1},?\s+{YEAR:y1}", "day"),
    (r"{MONTH:m1}\s+{DAY:d1}{DASH}{DAY:d2},?\s+{YEAR:y1}", "day"),
    (r"{DAY:d1}\s+{MONTH:m1}{DASH}{DAY:d2}\s+{MONTH:m2},?\s+{YEAR:y1}", "day"),
    (r"{MONTH:m1}\s+{DAY:d1}{DASH}{MONTH:m2}\s+{DAY:d2},?\s+{YEAR:y1}", "day"),
    (r"{DAY:d1}(?:\s+of)?\s+{MONTH:m1},?\s+{YEAR:y1}", "day"),
    (r"{MONTH:m1}\s+{DAY:d1},?\s+{YEAR:y1}", "day"),
    (r"{MONTH:m1}{DASH}{MONTH:m2},?\s+{YEAR:y1}", "month"),
    (r"{MONTH:m1},?\s+{YEAR:y1}", "month"),
    (r"{THE}?{SEASON:s}\s+(?:of\s+)?{YEAR:y1}", "season"),
    (r"{THE}?{YPART:p}(?:-|\s+)(?:{MONTH:m1}\s+)?{YEAR:y1}", "part"),
    (r"{YEAR:y1}{DASH}(?i:{PRESENT})\b", "ongoing"),
    (r"{YEAR:y1}{DASH}{YEAR:y2}", "year"),
    (r"{YEAR:y1}[–—‒-](?P<yy>\d{2})(?!\d)", "year"),
    (r"{THE}?(?:{DPART:p}(?:-|\s+))?(?P<dc>\d{3}0)s", "decade"),
    (r"{THE}?(?:{CPART:p}(?:-|\s+){THE}?)?{ORD:c}\s+(?i:century)", "century"),
    (r"{YEAR:y1}", "year"),
    (r"{DAY:d1}(?:\s+of)?\s+{MONTH:m1}", "partial"),
    (r"{MONTH:m1}\s+{DAY:d1}", "partial"),
)


def _atoms(sentence: str) -> list[_Atom]:
    candidates = []
    for order, (kind, pattern) in enumerate(_patterns()):
        for match in pattern.finditer(sentence):
            core = _interpret(kind, match)
            if core is not None and _plausible(sentence, match.start(), match.end(), kind):
                is_range = bool(
                    {"d2", "m2", "y2", "yy"} & {k for k, v in match.groupdict().items() if v}
                )
                # "1991–present" bounds the event like "since 1991".
                qualifier = "since" if kind == "ongoing" else None
                atom = _Atom(match.start(), match.end(), core, kind, False, qualifier, is_range)
                candidates.append((match.start(), match.start() - match.end(), order, atom))
    chosen: list[_Atom] = []
    for _, _, _, atom in sorted(candidates, key=lambda c: c[:3]):
        if not chosen or atom.start >= chosen[-1].end:
            chosen.append(atom)
    return chosen


def _interpret(kind: str, m: re.Match[str]) -> Interval | None:
    """The interval an atom match denotes, or None when it names no real date."""
    groups = {k: v for k, v in m.groupdict().items() if v is not None}
    try:
        if kind in ("day", "partial"):
            # A date without a year gets a leap year until its anchor gives the real one.
            year = _year(groups["y1"]) if "y1" in groups else 2000
            m1 = _month(groups["m1"])
            first = Day(year, m1, _day(groups["d1"]))
            if "d2" not in groups:
                return Interval(first, first, "day")
            last = Day(year, _month(groups.get("m2", groups["m1"])), _day(groups["d2"]))
            return Interval(first, last, "day") if first < last else None
        if kind == "month":
            year = _year(groups["y1"])
            first_month = _month(groups["m1"])
            last_month = _month(groups.get("m2", groups["m1"]))
            if last_month < first_month:
                return None
            return Interval(
                Day(year, first_month, 1),
                month_end(year, last_month),
                "month",
                start_unit="month",
                end_unit="month",
            )
        if kind == "season":
            year = _year(groups["y1"])
            first_month, last_month, spill = rules.SEASONS[groups["s"].lower()]
            return Interval(
                Day(year, first_month, 1),
                month_end(year + spill, last_month),
                "season",
                start_unit="month",
                end_unit="month",
            )
        if kind == "part":
            year = _year(groups["y1"])
            part = " ".join(groups["p"].lower().split())
            if "m1" in groups:  # early March 2020: thirds of the month
                month = _month(groups["m1"])
                days = rules.MONTH_PARTS[part]
                last = min(days[1], month_length(year, month))
                return Interval(
                    Day(year, month, days[0]), Day(year, month, last), "month", approximate=True
                )
            first_month, last_month = rules.YEAR_PARTS[part]
            return Interval(
                Day(year, first_month, 1),
                month_end(year, last_month),
                "year",
                True,
                "month",
                "month",
            )
        if kind == "ongoing":  # 1991–present: since 1991
            year = _year(groups["y1"])
            return Interval(Day(year, 1, 1), None, "year", start_unit="year", end_unit="year")
        if kind == "year":
            first = _year(groups["y1"])
            if "y2" in groups:
                last = _year(groups["y2"])
            elif "yy" in groups:
                last = first // 100 * 100 + int(groups["yy"])
            else:
                last = first
            if last < first:
                return None
            return _years(first, last, "year")
        if kind == "decade":
            decade = _year(groups["dc"])
            low, high, approximate = 0, 9, False
            if "p" in groups:
                low, high = rules.DECADE_PARTS[groups["p"].lower()]
                approximate = True
            return _years(decade + low, decade + high, "decade", approximate)
        if kind == "century":
            number = _ordinal(groups["c"])
            first_year = (number - 1) * 100 + 1
            low, high, approximate = 0, 99, False
            if "p" in groups:
                low, high, approximate = rules.CENTURY_PARTS[" ".join(groups["p"].lower().split())]
            return _years(first_year + low, first_year + high, "century", approximate)
    except (ValueError, KeyError):
        return None
    raise AssertionError(f"unknown atom kind {kind}")


def _years(first: int, last: int, precision: str, approximate: bool = False) -> Interval:
    """Whole years from ``first`` to ``last``: the interval of years, decades and centuries."""
    return Interval(Day(first, 1, 1), Day(last, 12, 31), precision, approximate, "year", "year")


def _year(text: str) -> int:
    year = int(text)
    if not rules.YEAR_MIN <= year <= rules.YEAR_MAX:
        raise ValueError(f"{year} is outside the years a bare number may denote")
    return year


def _month(text: str) -> int:
    key = text.rstrip(".").lower()
    return rules.MONTHS.get(key) or rules.MONTH_ABBREVIATIONS[key]


def _day(text: str) -> int:
    return int(text.rstrip("stndrh"))


def _ordinal(text: str) -> int:
    key = text.lower()
    number = rules.ORDINAL_WORDS[key] if key in rules.ORDINAL_WORDS else int(key[:-2])
    if not 1 <= number <= rules.YEAR_MAX // 100 + 1:
        raise ValueError(f"no such century: {text}")
    return number


_FOLLOWING_WORD = re.compile(r"[\s-]*([^\s,;:.()]+)")
_NUMBER_BEFORE = re.compile(r"\d[,.\u00a0 ]$")
_NUMBER_AFTER = re.compile(r"[.,]\d")


def _plausible(sentence: str, start: int, end: int, kind: str) -> bool:
    """Reject numbers that are glued into names, parts of larger numbers, or quantities."""
    before = sentence[start - 1] if start else " "
    after = sentence[end] if end < len(sentence) else " "
    if before.isalnum() or after.isalnum():
        return False
    if before in rules.DASHES and start >= 2 and sentence[start - 2].isalnum():
        return False  # Birlestik-2024, Strategy-2050
    if after in rules.DASHES and sentence[end + 1 : end + 2].isalpha():
        return False  # 1450-kilometre
    if kind != "year":
        return True
    head = sentence[max(0, start - 12) : start]  # only the few characters before matter
    if _NUMBER_BEFORE.search(head) or _NUMBER_AFTER.match(sentence, end):
        return False  # 1 2016, 2016.5
    if head.rstrip().endswith(rules.QUANTITY_PREFIXES):
        return False
    word = _FOLLOWING_WORD.match(sentence, end)
    return not (word and word.group(1).lower() in rules.QUANTITY_WORDS)


# --- pass 2: ranges ------------------------------------------------------------------------

_PRECISION_RANK = {name: rank for rank, name in enumerate(rules.PRECISIONS)}


def _join_ranges(sentence: str, atoms: list[_Atom]) -> list[_Atom]:
    """Merge 'from A to B', 'between A and B' and 'A – B' into one interval."""
    joined: list[_Atom] = []
    for atom in atoms:
        previous = joined[-1] if joined else None
        merged = _range(sentence, previous, atom) if previous else None
        if merged:
            joined[-1] = merged
        else:
            joined.append(atom)
    return joined


def _range(sentence: str, first: _Atom, second: _Atom) -> _Atom | None:
    if "partial" in (first.kind, second.kind):
        return None
    a, b = first.core, second.core
    if a.start is None or b.end is None or a.start > b.end:
        return None
    gap = sentence[first.end : second.start]
    for opener, joiner in rules.RANGE_JOINERS:
        if joiner in rules.DASHES:
            if gap.strip() != joiner:
                continue
        elif not re.fullmatch(rf"\s+{re.escape(joiner)}\s+", gap, re.IGNORECASE):
            continue
        start = first.start
        if opener:
            lead = re.search(rf"\b{re.escape(opener)}\s+$", sentence[: first.start], re.IGNORECASE)
            if not lead:
                continue
            start = lead.start()
        precision = max(a.precision, b.precision, key=_PRECISION_RANK.__getitem__)
        core = Interval(
            a.start, b.end, precision, a.approximate or b.approximate, a.start_unit, b.end_unit
        )
        return _Atom(start, second.end, core, "range", qualifier="between", is_range=True)
    return None


# --- relative expressions, dates without a year, named periods -----------------------------


def _resolve_partials(
    atoms: list[_Atom], explicit: list[_Atom], anchor: Interval | None
) -> list[_Atom]:
    resolved = []
    for atom in atoms:
        if atom.kind != "partial":
            resolved.append(atom)
            continue
        before = [a.core for a in explicit if a.kind != "partial" and a.end <= atom.start]
        reference = before[-1] if before else anchor
        year = _anchor_year(reference)
        if year is None:
            continue
        try:
            first = atom.core.start.replace(year=year)  # type: ignore[union-attr]
            last = atom.core.end.replace(year=year)  # type: ignore[union-attr]
        except ValueError:  # 29 February in a common year
            continue
        resolved.append(
            replace(atom, core=replace(atom.core, start=first, end=last), inferred=True)
        )
    return resolved


def _anchor_year(anchor: Interval | None) -> int | None:
    if anchor is None:
        return None
    bound = anchor.start or anchor.end
    return bound.year if bound else None


@cache
def _relative_pattern() -> re.Pattern[str]:
    numbers = alternation(rules.NUMBER_WORDS)
    phrases = alternation(rules.RELATIVE)
    return re.compile(
        rf"\b(?:(?P<phrase>{phrases})|(?P<n>{numbers})\s+years\s+(?P<dir>later|earlier))\b",
        re.IGNORECASE,
    )


def _relatives(
    sentence: str, atoms: list[_Atom], anchor: Interval | None, quoted: list[bool]
) -> list[_Atom]:
    found = []
    for match in _relative_pattern().finditer(sentence):
        if any(quoted[match.start() : match.end()]):
            continue
        if any(a.start < match.end() and match.start() < a.end for a in atoms):
            continue
        before = [a.core for a in atoms if not a.inferred and a.end <= match.start()]
        reference = before[-1] if before else anchor
        if reference is None:
            continue
        if match["phrase"]:
            unit, shift = rules.RELATIVE[match["phrase"].lower()]
        else:
            unit = "year"
            shift = rules.NUMBER_WORDS[match["n"].lower()]
            shift = shift if match["dir"].lower() == "later" else -shift
        core = _shifted(reference, unit, shift)
        if core is None:
            continue
        qualifier = unit if unit in ("until", "by") else None
        found.append(_Atom(match.start(), match.end(), core, "relative", True, qualifier))
    return found


def _shifted(reference: Interval, unit: str, shift: int) -> Interval | None:
    """The interval a relative expression denotes, from the anchor's interval."""
    bound = reference.start or reference.end
    if bound is None:
        return None
    if unit in ("same", "until", "by"):
        return reference
    if unit == "year":
        return _years(bound.year + shift, bound.year + shift, "year")
    if unit == "month":
        index = bound.year * 12 + bound.month - 1 + shift
        year, month = divmod(index, 12)
        return Interval(
            Day(year, month + 1, 1),
            month_end(year, month + 1),
            "month",
            start_unit="month",
            end_unit="month",
        )
    if unit == "day" and reference.precision == "day" and reference.start == reference.end:
        day = bound.plus(shift)
        return Interval(day, day, "day")
    return None


@cache
def _named_pattern() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{alternation(rules.NAMED_PERIODS)})\b", re.IGNORECASE)


def _named_periods(sentence: str, quoted: list[bool]) -> list[_Atom]:
    found = []
    for match in _named_pattern().finditer(sentence):
        if any(quoted[match.start() : match.end()]):
            continue
        first, last = rules.NAMED_PERIODS[match.group(0).lower()]
        core = Interval(Day.fromisoformat(first), Day.fromisoformat(last), "day")
        found.append(_Atom(match.start(), match.end(), core, "named", True))
    return found


# --- pass 3: qualifiers and EDTF -----------------------------------------------------------


@cache
def _prefix_pattern() -> re.Pattern[str]:
    qualifiers = alternation(rules.QUALIFIERS)
    approximators = alternation(rules.APPROXIMATORS)
    return re.compile(
        rf"(?:(?<![\w.])(?P<q>{qualifiers})\s+)?(?:(?<![\w.])(?P<a>{approximators})\s+)?$",
        re.IGNORECASE,
    )


def _qualified(sentence: str, atom: _Atom) -> TemporalExpression:
    """Apply the words before the atom; build the published expression."""
    core, start, qualifier = atom.core, atom.start, atom.qualifier
    approximate = core.approximate
    if qualifier is None or atom.kind == "range":
        # Only the few characters before the atom can hold its qualifier.
        window_start = max(0, atom.start - 40)
        prefix = _prefix_pattern().search(sentence[window_start : atom.start])
        if prefix and prefix["a"]:
            start = window_start + prefix.start("a")
            approximate = True
        if prefix and prefix["q"] and atom.kind != "range":
            qualifier, keep = rules.QUALIFIERS[prefix["q"].lower()]
            if keep:
                start = window_start + prefix.start("q")
    interval = _bounded(replace(core, approximate=approximate), qualifier)
    if qualifier is None:
        qualifier = "between" if atom.is_range else "on" if core.precision == "day" else "in"
    text = sentence[start : atom.end]
    return TemporalExpression(
        text,
        start,
        atom.end,
        interval.start,
        interval.end,
        interval.precision,
        interval.approximate,
        qualifier,
        edtf(interval),
        atom.inferred,
        replace(core, approximate=approximate),
    )


def _bounded(core: Interval, qualifier: str | None) -> Interval:
    """Open or shift the interval as the qualifier says: since X, by X, after X, before X."""
    if qualifier == "since":
        return replace(core, end=None)
    if qualifier in ("by", "until"):
        return replace(core, start=None)
    if qualifier == "after" and core.end is not None:
        return replace(core, start=core.end.plus(1), end=None, start_unit=core.end_unit)
    if qualifier == "before" and core.start is not None:
        return replace(core, start=None, end=core.start.plus(-1), end_unit=core.start_unit)
    return core


def edtf(interval: Interval) -> str:
    """The EDTF (Library of Congress) form of an interval: 2017, 2002-09, 1930/1933, 2021/.."""
    mark = "~" if interval.approximate else ""
    first = _edtf_date(interval.start, interval.start_unit)
    last = _edtf_date(interval.end, interval.end_unit)
    if first is not None and first == last:
        return first + mark
    return f"{first + mark if first else '..'}/{last + mark if last else '..'}"


def _edtf_date(day: Day | None, unit: str) -> str | None:
    if day is None:
        return None
    text = day.isoformat()  # zero-padded below year 1000, signed below year 1: -0399-01-01
    sign = 1 if text.startswith("-") else 0
    return text[: sign + {"year": 4, "month": 7, "day": 10}[unit]]
