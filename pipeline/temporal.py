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
explicit date. A day its month does not have ("31 February 2020") is no expression, nor is
its month or year: :func:`read_paragraphs` returns it apart, for the timeline to report.
Everything here is pure: strings in, values out. No pass costs (dates × sentence length) or
dates²: what is looked up before or after a date is a bounded window or a bisection.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from functools import cache, lru_cache
from itertools import accumulate

from pipeline.days import Day, month_end, month_length
from pipeline.rules import temporal as rules
from pipeline.sentences import quoted_mask
from pipeline.words import alternation, key


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
class ImpossibleDate:
    """A day written with its month and year that the month does not have: '31 February
    2020'. It is no expression (nor is the month or the year inside it): the timeline reports
    it instead."""

    text: str  # as written
    start: int  # offsets of ``text`` in the sentence
    end: int
    reason: str  # "February 2020 has 29 days"


@dataclass(frozen=True)
class SentenceDates:
    """What one sentence holds: its temporal expressions, and the dates that cannot be."""

    expressions: tuple[TemporalExpression, ...]
    impossible: tuple[ImpossibleDate, ...] = ()


@dataclass(frozen=True)
class _Atom:
    start: int
    end: int
    core: Interval | None  # None for a part that borrows from the date after it ("March and")
    kind: str
    inferred: bool = False
    qualifier: str | None = None
    is_range: bool = False  # two dates written as one: 22–23 August 2025, 1930–1933
    groups: tuple[tuple[str, str], ...] = ()  # what the pattern read, to complete a part


def recognise(sentence: str) -> list[TemporalExpression]:
    """Every temporal expression of one sentence, read on its own."""
    return recognise_sentences([sentence])[0]


def recognise_sentences(
    sentences: Sequence[str], before: Sequence[TemporalExpression] = ()
) -> list[list[TemporalExpression]]:
    """Expressions of consecutive sentences (a paragraph), anchoring across them.

    ``before`` are the expressions of the sentence before the first, if it matters: "The
    same day, ..." opening a paragraph refers to the last date of the one before.
    """
    return [list(found.expressions) for found in _read_sentences(sentences, before)]


def _read_sentences(
    sentences: Sequence[str], before: Sequence[TemporalExpression]
) -> tuple[SentenceDates, ...]:
    anchors = tuple(e.core for e in before if not e.inferred and e.core is not None)
    return _recognise_paragraph(tuple(sentences), anchors)


def recognise_paragraphs(
    paragraphs: Sequence[tuple[tuple[str, ...], Sequence[str]]],
) -> list[list[list[TemporalExpression]]]:
    """Expressions of paragraphs given as (section, sentences), in document order.

    A paragraph's first sentence is anchored to the dates of the paragraph before it in the
    same section, the latest that fits ("The same day, ..."); a new section starts afresh.
    """
    return [[list(found.expressions) for found in dates] for dates in read_paragraphs(paragraphs)]


def read_paragraphs(
    paragraphs: Sequence[tuple[tuple[str, ...], Sequence[str]]],
) -> list[tuple[SentenceDates, ...]]:
    """What :func:`recognise_paragraphs` finds in each sentence, with its impossible dates."""
    found = []
    section: tuple[str, ...] | None = None
    before: Sequence[TemporalExpression] = ()
    for heading, sentences in paragraphs:
        if heading != section:
            section, before = heading, ()
        dates = _read_sentences(sentences, before)
        found.append(dates)
        before = [expression for sentence in dates for expression in sentence.expressions]
    return found


# The timeline and the border extractors read the same paragraphs: recognise each once.
@lru_cache(maxsize=256)
def _recognise_paragraph(
    sentences: tuple[str, ...], anchors: tuple[Interval, ...] = ()
) -> tuple[SentenceDates, ...]:
    found = []
    for sentence in sentences:
        pairs, impossible = _recognise(sentence, anchors)
        found.append(SentenceDates(tuple(expression for expression, _ in pairs), impossible))
        anchors = tuple(core for expression, core in pairs if not expression.inferred)
    return tuple(found)


def _recognise(
    sentence: str, anchors: tuple[Interval, ...]
) -> tuple[list[tuple[TemporalExpression, Interval]], tuple[ImpossibleDate, ...]]:
    """The expressions of one sentence, and its impossible dates; ``anchors`` are the explicit
    dates of the one before."""
    quoted = quoted_mask(sentence)
    atoms = [a for a in _atoms(sentence) if not any(quoted[a.start : a.end])]
    impossible = tuple(
        ImpossibleDate(sentence[a.start : a.end], a.start, a.end, _missing_day(dict(a.groups)))  # type: ignore[arg-type]
        for a in atoms
        if a.kind == _IMPOSSIBLE
    )
    atoms = _join_ranges(sentence, [a for a in atoms if a.kind != _IMPOSSIBLE])
    explicit = [a for a in atoms if a.kind != "partial" and a.core is not None]
    atoms = _resolve_partials(atoms, explicit, anchors[-1] if anchors else None)
    atoms += _relatives(sentence, atoms, anchors, quoted)
    # A named period stands for the date only of a sentence that writes none (not even one
    # that cannot be).
    if not impossible and not any(not a.inferred for a in atoms):
        atoms += _named_periods(sentence, quoted)
    atoms.sort(key=lambda a: a.start)
    results: list[tuple[TemporalExpression, Interval]] = []
    seen = set()
    for atom in atoms:
        expression = _qualified(sentence, atom)
        key = (expression.text, expression.date_start, expression.date_end)
        if key not in seen:
            seen.add(key)
            results.append((expression, atom.core))  # type: ignore[arg-type]
    return results, impossible


# --- pass 1: atoms -------------------------------------------------------------------------


@cache
def _pieces() -> dict[str, str]:
    months = [m.capitalize() for m in rules.MONTHS]
    abbreviations = [m.capitalize() for m in rules.MONTH_ABBREVIATIONS]
    eras = [e.upper() for e in rules.ERAS]
    before = [e.upper() for e in rules.ERAS_BEFORE_NUMBER]
    join_words = sorted({j for _, j in rules.RANGE_JOINERS if j not in rules.DASHES})
    return {
        "MONTH": rf"(?:{alternation(months)}|(?:{alternation(abbreviations)})\.?)(?![a-z])",
        "DAY": r"(?<!\d)(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?![\d\w])",
        # not the number of an act ("Regulation (EU) 2022/870")
        "YEAR": r"(?<![\d,.])\d{4}(?!\d|/\d{3}(?!\d)|/\d{5}|/\d{1,2}/)",
        "NUM": r"(?<![\d,.])\d{1,4}(?![\d,]\d|\d)",
        "ERA": rf"(?:{alternation(eras)})(?![\w])",
        "ERABEFORE": rf"(?:{alternation(before)})",
        "DASH": rf"\s*[{rules.DASHES}]\s*",
        "JOIN": rf"(?:\s*[{rules.DASHES}]\s*|\s+(?i:{alternation(join_words)})\s+)",
        "SEASON": rf"(?i:{alternation(rules.SEASONS)})",
        "YPART": rf"(?i:{alternation(rules.YEAR_PARTS)})",
        "SPART": rf"(?i:{alternation(rules.SEASON_PARTS)})",
        "DPART": rf"(?i:{alternation(rules.DECADE_PARTS)})",
        "CPART": rf"(?i:{alternation(rules.CENTURY_PARTS)})",
        "ORD": rf"(?:\d{{1,2}}(?:st|nd|rd|th)|(?i:{alternation(rules.ORDINAL_WORDS)}))",
        "THE": r"(?:(?i:the)\s+)",
        "PRESENT": alternation(rules.PRESENT_WORDS),
        "HOLIDAY": rf"(?i:{alternation(rules.HOLIDAYS)})",
        "CENTURY": r"(?i:century|centuries)",
        "MILLENNIUM": r"(?i:millennium|millennia)",
    }


@dataclass(frozen=True)
class _Template:
    """One atom template: a core pattern, and the words it may (or must) have before it."""

    kind: str
    core: re.Pattern[str]
    prefix: re.Pattern[str] | None  # matched against the text before the core, at its end
    prefix_required: bool
    triggers: tuple[str, ...]  # pieces the sentence must hold for the template to be run
    digit: bool  # whether the sentence must hold a digit
    # The anchors (see _anchor_keys) at which a match may begin; None: it may begin anywhere,
    # so the template searches the whole sentence.
    starts: frozenset[str] | None


@cache
def _patterns() -> list[_Template]:
    """Every atom template, compiled. A regular expression that begins with optional words
    ("the", "early") is slow to search: each template searches for its core (a year, a month,
    "century") and then looks for its leading words just before what it found. A template
    whose trigger (a digit, a month, "century") is absent from a sentence is not run."""
    pieces = _pieces()

    def expand(template: str) -> str:
        def piece(match: re.Match[str]) -> str:
            name, _, group = match.group(1).partition(":")
            return f"(?P<{group}>{pieces[name]})" if group else f"(?:{pieces[name]})"

        return re.sub(r"\{([A-Z]+(?::\w+)?)\}", piece, template)

    found = []
    for prefix, template, kind in _ATOM_TEMPLATES:
        # A piece in an optional group ("(?:{MONTH} )?") triggers nothing.
        triggers = tuple(
            name for name in _TRIGGERS if name in template and f"(?:{name}" not in template
        )
        digit = any(p in template for p in ("{YEAR", "{DAY", "{NUM", "\\d"))
        before = None
        required = False
        if prefix:
            before = re.compile(rf"(?<![\w'’-])(?:{expand(prefix)})$")
            required = re.fullmatch(expand(prefix), "") is None
        found.append(_Template(kind, re.compile(expand(template)), before, required, triggers,
                               digit, _starts(template)))  # fmt: skip
    return found


# The anchors of a sentence: where a run of digits or of letters begins. A template runs only
# where its first piece can begin (at digits, or at a word its rules begin with: a month, a
# season ...), instead of being tried at every character of the sentence.
_ANCHOR = re.compile(r"(?<![0-9])[0-9]|(?<![A-Za-z])[A-Za-z]+")
_DIGITS_KEY = "#"
# Pieces that begin with a digit, and pieces that begin with one of the words of a rule.
_DIGIT_PIECES = ("DAY", "YEAR", "NUM", "ORD")
_WORD_PIECES = {
    "MONTH": (*rules.MONTHS, *rules.MONTH_ABBREVIATIONS), "SEASON": tuple(rules.SEASONS),
    "HOLIDAY": tuple(rules.HOLIDAYS), "ERABEFORE": rules.ERAS_BEFORE_NUMBER,
    "ORD": tuple(rules.ORDINAL_WORDS),
}  # fmt: skip
_LOOKBEHIND = re.compile(r"\(\?<[=!](?:\\.|[^)])*\)")
_OPTIONAL_GROUP = re.compile(r"\(\?:(\{[A-Z]+.*?)\)\?")


def _starts(template: str) -> frozenset[str] | None:
    """The anchor keys where a match of ``template`` may begin: ``#`` for a digit, else the
    first word (lower-case) of a rule's phrase; None when that cannot be told."""
    rest = template
    while (lookbehind := _LOOKBEHIND.match(rest)) is not None:
        rest = rest[lookbehind.end() :]
    keys: set[str] = set()
    optional = _OPTIONAL_GROUP.match(rest)
    if optional is not None:  # "(?:{MONTH} )?{YEAR}": either piece may come first
        first = _starts(optional.group(1))
        if first is None:
            return None
        keys |= first
        rest = rest[optional.end() :]
    if re.match(r"\(\?P<\w+>(?:\\d|\[1-9\])", rest):
        return frozenset(keys | {_DIGITS_KEY})
    piece = re.match(r"\{([A-Z]+)", rest)
    if piece is None:
        return None
    name = piece.group(1)
    if name in _DIGIT_PIECES:
        keys.add(_DIGITS_KEY)
    if name in _WORD_PIECES:
        for phrase in _WORD_PIECES[name]:
            word = re.match(r"[A-Za-z]+", phrase)
            if word is None:  # a phrase that begins otherwise: no anchor would find it
                return None
            keys.add(word.group().lower())
    elif name not in _DIGIT_PIECES:
        return None
    return frozenset(keys)


@cache
def _by_anchor() -> tuple[dict[str, tuple[int, ...]], tuple[int, ...]]:
    """(templates to try at each anchor key, templates that search the whole sentence)."""
    by_key: dict[str, list[int]] = {}
    searched = []
    for order, template in enumerate(_patterns()):
        if template.starts is None:
            searched.append(order)
            continue
        for anchor in template.starts:
            by_key.setdefault(anchor, []).append(order)
    return {k: tuple(v) for k, v in by_key.items()}, tuple(searched)


# Template pieces a sentence must hold for a template with them to run (lower-case words;
# for a month, see _month_word).
_TRIGGERS: dict[str, tuple[str, ...]] = {
    "{DASH}": tuple(rules.DASHES),
    "{ERA": tuple(e for e in rules.ERAS),
    "{PRESENT}": tuple(rules.PRESENT_WORDS),
    "(?<=\\()": ("(",),
    "{YEAR:y1}/": ("/",),
    "{CENTURY}": ("centur",),
    "{MILLENNIUM}": ("millenni",),
    "decade)": ("decade",),
    "{HOLIDAY": tuple({h.split()[0].replace("’", "'") for h in rules.HOLIDAYS}),
    "{SEASON": tuple(rules.SEASONS),
    "{MONTH": (),  # a month written as such: see _has_month
}


def _present(trigger: str, sentence: str, lowered: str, known: dict[str, bool]) -> bool:
    if trigger not in known:
        words = _TRIGGERS[trigger]
        if words:
            known[trigger] = any(w in lowered for w in words)
        else:
            known[trigger] = _month_word().search(sentence) is not None
    return known[trigger]


@cache
def _month_word() -> re.Pattern[str]:
    names = [m.capitalize() for m in (*rules.MONTHS, *rules.MONTH_ABBREVIATIONS)]
    return re.compile(rf"\b(?:{alternation(names)})\b")


# (leading words, template, kind); at one position the longest match wins, ties go to the
# earlier line. Leading words are found just before the template's match (see _patterns).
# Kinds ending in "part" are the first half of a coordinated pair ("March and April 1995",
# "the 17th and 18th centuries"): they borrow what they lack from the date after them.
_ATOM_TEMPLATES = (
    # ISO 8601 calendar dates, as tables and some prose write them: "1992-03-05".
    ("", r"(?<![\d,.\w-])(?P<y1>\d{4})-(?P<m1>0[1-9]|1[0-2])-(?P<d1>0[1-9]|[12]\d|3[01])(?![\w-])", "day"),  # noqa: E501
    ("", r"{DAY:d1}{DASH}{DAY:d2}\s+{MONTH:m1},?\s+{YEAR:y1}", "day"),
    ("", r"{MONTH:m1}\s+{DAY:d1}{DASH}{DAY:d2},?\s+{YEAR:y1}", "day"),
    ("", r"{DAY:d1}\s+{MONTH:m1}{DASH}{DAY:d2}\s+{MONTH:m2},?\s+{YEAR:y1}", "day"),
    ("", r"{MONTH:m1}\s+{DAY:d1}{DASH}{MONTH:m2}\s+{DAY:d2},?\s+{YEAR:y1}", "day"),
    ("", r"{DAY:d1}(?:\s+of)?\s+{MONTH:m1},?\s+{YEAR:y1}", "day"),
    ("", r"{MONTH:m1}\s+{DAY:d1},?\s+{YEAR:y1}", "day"),
    ("", r"{HOLIDAY:h}(?:\s+of)?,?\s+{YEAR:y1}", "holiday"),
    ("", r"{MONTH:m1}{DASH}{MONTH:m2},?\s+{YEAR:y1}", "month"),
    ("", r"{MONTH:m1},?\s+{YEAR:y1}", "month"),
    ("{THE}?", r"{SEASON:s}\s+(?:of\s+)?{YEAR:y1}(?:[–—‒-](?P<yy>\d{2})(?!\d))?", "season"),
    (r"{THE}?{SPART:p}(?:-|\s+)", r"{SEASON:s}\s+(?:of\s+)?{YEAR:y1}", "season"),
    (r"{THE}?{YPART:p}(?:-|\s+)", r"(?:{MONTH:m1}\s+)?{YEAR:y1}", "part"),
    ("", r"{YEAR:y1}{DASH}(?i:{PRESENT})\b", "ongoing"),
    ("", r"{YEAR:y1}{DASH}{YEAR:y2}", "year"),
    ("", r"{YEAR:y1}[–—‒/-](?P<yy>\d{2})(?![\d/])", "year"),
    ("", r"{YEAR:y1}/{YEAR:y2}", "year"),
    ("", r"(?<=\()(?P<y1>\d{3,4}){DASH}(?P<y2>\d{3,4})(?=\))", "span"),
    ("", r"{ERABEFORE:e}\s*{NUM:y1}", "era"),
    ("", r"{NUM:y1}(?:{DASH}{NUM:y2})?\s*{ERA:e}", "era"),
    (r"{THE}?(?:{DPART:p}(?:-|\s+))?", r"(?P<dc>\d{3}0)s", "decade"),
    ("{THE}?", r"{ORD:n}\s+(?i:decade)\s+of\s+{THE}?{ORD:c}\s+{CENTURY}", "decade"),
    (r"{THE}?(?i:turn)\s+of\s+{THE}?", r"(?:{ORD:c0}\s+(?i:and|&)\s+)?{ORD:c}\s+{CENTURY}(?:\s+{ERA:e})?", "turn"),  # noqa: E501
    (r"{THE}?(?:{CPART:p}(?:-|\s+){THE}?)?", r"{ORD:c}\s+{CENTURY}(?:\s+{ERA:e})?", "century"),
    (r"{THE}?(?:{CPART:p}(?:-|\s+){THE}?)?", r"{ORD:c}\s+{MILLENNIUM}(?:\s+{ERA:e})?", "millennium"),  # noqa: E501
    ("", r"{DAY:d1}(?={JOIN}{DAY}(?:\s+of)?\s+{MONTH}|{JOIN}{MONTH}\s+{DAY})", "daypart"),
    ("", r"{MONTH:m1}(?={JOIN}{MONTH})", "monthpart"),
    (r"{THE}?(?:{CPART:p}(?:-|\s+){THE}?)?", r"{ORD:c}(?={JOIN}{THE}?(?:{CPART}(?:-|\s+){THE}?)?{ORD}\s+{CENTURY})", "centurypart"),  # noqa: E501
    ("{THE}?", r"{ORD:c}(?={JOIN}{THE}?{ORD}\s+{MILLENNIUM})", "millenniumpart"),
    ("", r"{YEAR:y1}", "year"),
    ("", r"(?<![\d,.])(?P<y1>[1-9]\d{2})(?![\d,]\d|\d)", "short"),
    ("", r"{DAY:d1}(?:\s+of)?\s+{MONTH:m1}", "partial"),
    (r"{THE}?{YPART:p}(?:-|\s+)", r"{MONTH:m1}(?!\w|,?\s+\d)", "partial"),
    ("", r"{MONTH:m1}\s+{DAY:d1}", "partial"),
)  # fmt: skip
_PARTS = ("daypart", "monthpart", "centurypart", "millenniumpart")
# What a part becomes once completed from the date after it.
_COMPLETED = {"daypart": "day", "monthpart": "month", "partial": "day", "span": "year",
              "centurypart": "century", "millenniumpart": "millennium", "short": "year",
              "year": "year"}  # fmt: skip


def _matches(sentence: str) -> Iterator[tuple[int, re.Match[str]]]:
    """(template order, match) of every template where it matches: at the anchors where it
    may begin (or, for a template without anchors, wherever it is found)."""
    patterns = _patterns()
    by_key, searched = _by_anchor()
    lowered = sentence.lower().replace("’", "'")
    has_digit = _DIGIT.search(sentence) is not None
    present: dict[str, bool] = {}  # each trigger looked up once per sentence

    anchors = []
    for anchor in _ANCHOR.finditer(sentence):
        text = anchor.group()
        orders = by_key.get(_DIGITS_KEY if text[0].isdigit() else text.lower())
        if orders:
            anchors.append((anchor.start(), orders))
    tried = {order for _, orders in anchors for order in orders} | set(searched)
    runs = dict.fromkeys(tried, False)
    for order in tried:  # whether each template runs, told once per sentence
        template = patterns[order]
        runs[order] = (has_digit or not template.digit) and all(
            _present(t, sentence, lowered, present) for t in template.triggers
        )
    for start, orders in anchors:
        for order in orders:
            if runs[order]:
                match = patterns[order].core.match(sentence, start)
                if match is not None:
                    yield order, match
    for order in searched:
        if runs[order]:
            for match in patterns[order].core.finditer(sentence):
                yield order, match


def _atoms(sentence: str) -> list[_Atom]:
    candidates = []
    patterns = _patterns()
    for order, match in _matches(sentence):
        template = patterns[order]
        kind = template.kind
        start = match.start()
        groups = {k: v for k, v in match.groupdict().items() if v is not None}
        if template.prefix is not None:
            window = max(0, start - 60)
            lead = template.prefix.search(sentence, window, start)
            if lead is not None and lead.start() < start:
                start = lead.start()
                groups.update({k: v for k, v in lead.groupdict().items() if v is not None})
            elif template.prefix_required:
                continue
        if not _plausible(sentence, start, match.end(), kind, groups):
            continue
        core = None if kind in _PARTS else _interpret(kind, groups)
        if core is None and kind not in _PARTS:
            if kind != "day" or _missing_day(groups) is None:
                continue
            # "31 February 2020": no date, nor are "February 2020" and "2020" inside it.
            kind = _IMPOSSIBLE
        is_range = bool({"d2", "m2", "y2", "yy", "c0"} & groups.keys())
        # "1991–present" bounds the event like "since 1991".
        qualifier = "since" if kind == "ongoing" else None
        atom = _Atom(start, match.end(), core, kind, False, qualifier, is_range,
                     tuple(groups.items()))  # fmt: skip
        candidates.append((start, start - match.end(), order, atom))
    chosen: list[_Atom] = []
    for _, _, _, atom in sorted(candidates, key=lambda c: c[:3]):
        if not chosen or atom.start >= chosen[-1].end:
            chosen.append(atom)
    return chosen


_DIGIT = re.compile(r"\d")
# The kind of an atom that writes a day its month does not have.
_IMPOSSIBLE = "impossible"


def _missing_day(groups: dict[str, str]) -> str | None:
    """Why a day written with its month and year is not one of that month's ("February 2020
    has 29 days"); None when every day written exists, or the date is wrong otherwise (a
    range written backwards, a year out of range)."""
    try:
        year = _year(groups["y1"])
    except ValueError:
        return None
    for day, month in (("d1", "m1"), ("d2", "m2" if "m2" in groups else "m1")):
        if day not in groups:
            continue
        number = _month(groups[month])
        length = month_length(year, number)
        if _day(groups[day]) > length:
            return f"{_month_name(number)} {year} has {length} days"
    return None


@cache
def _month_name(number: int) -> str:
    return next(name for name, n in rules.MONTHS.items() if n == number).capitalize()


def _interpret(kind: str, groups: dict[str, str]) -> Interval | None:
    """The interval an atom's groups denote, or None when they name no real date."""
    try:
        if kind == "partial" and "p" in groups:  # "by mid-May": a part of a month, its year
            # borrowed later (a leap year until then)
            part = " ".join(groups["p"].lower().split())
            if part not in rules.MONTH_PARTS:
                return None
            month = _month(groups["m1"])
            first, last = rules.MONTH_PARTS[part]
            last = min(last, month_length(2000, month))
            approximate = rules.YEAR_PARTS[part][2]
            return Interval(Day(2000, month, first), Day(2000, month, last), "month", approximate)
        if kind in ("day", "partial"):
            # A date without a year gets a leap year until its anchor gives the real one.
            year = _year(groups["y1"]) if "y1" in groups else 2000
            m1 = _month(groups["m1"])
            first = Day(year, m1, _day(groups["d1"]))
            if "d2" not in groups:
                return Interval(first, first, "day")
            last = Day(year, _month(groups.get("m2", groups["m1"])), _day(groups["d2"]))
            return Interval(first, last, "day") if first < last else None
        if kind == "holiday":
            month, day = rules.HOLIDAYS[" ".join(groups["h"].lower().split())]
            first = Day(_year(groups["y1"]), month, day)
            return Interval(first, first, "day")
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
            first_month, last_month, spill = rules.SEASONS[key(groups["s"])]
            if "yy" in groups and (not spill or int(groups["yy"]) != (year + 1) % 100):
                return None  # "the winter of 2009–10" names the two years a winter spans
            approximate = "p" in groups
            if approximate:  # late spring: the last of its three months
                low, high = rules.SEASON_PARTS[key(groups["p"])]
                index = year * 12 + first_month - 1
                first = divmod(index + low, 12)
                last = divmod(index + high, 12)
                return Interval(Day(first[0], first[1] + 1, 1), month_end(last[0], last[1] + 1),
                                "season", True, "month", "month")  # fmt: skip
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
                if part not in rules.MONTH_PARTS:
                    return None
                days = rules.MONTH_PARTS[part]
                last = min(days[1], month_length(year, month))
                approximate = rules.YEAR_PARTS[part][2]  # thirds are guesses, halves are not
                return Interval(
                    Day(year, month, days[0]), Day(year, month, last), "month", approximate
                )
            first_month, last_month, approximate = rules.YEAR_PARTS[part]
            # A third of a year is a guess at its months; a half or a quarter names them.
            return Interval(
                Day(year, first_month, 1),
                month_end(year, last_month),
                "year" if approximate else "month",
                approximate,
                "month",
                "month",
            )
        if kind == "ongoing":  # 1991–present: since 1991
            year = _year(groups["y1"])
            return Interval(Day(year, 1, 1), None, "year", start_unit="year", end_unit="year")
        if kind == "span":  # "the Sasanians (224–651)": a bracketed span of years
            return _years(_era_year(groups["y1"], 1), _era_year(groups["y2"], 1), "year")
        if kind in ("year", "short", "era"):
            era = rules.ERAS[key(groups["e"])] if "e" in groups else 1
            read = _year if kind == "year" else _era_year
            first = read(groups["y1"], era)
            if "y2" in groups:
                last = read(groups["y2"], era)
            elif "yy" in groups:
                last = first // 100 * 100 + int(groups["yy"])
            else:
                last = first
            if era < 0 and last < first and "y2" in groups:
                first, last = last, first  # "500–400 BC" is written high to low
            if last < first:
                return None
            return _years(first, last, "year")
        if kind == "decade":
            if "n" in groups:  # the first decade of the 21st century
                first_year = (_ordinal(groups["c"]) - 1) * 100 + 1
                start = first_year + (_ordinal(groups["n"]) - 1) * 10
                if _ordinal(groups["n"]) > 10:
                    return None
                return _years(start, start + 9, "decade")
            decade = _year(groups["dc"])
            if groups["dc"].endswith("00") and f"{groups['dc']}s" not in rules.HUNDREDS_AS_DECADES:
                # "the 1800s" is a century: 1800–1899; "the late 1700s" its last third.
                low, high, approximate = 0, 99, False
                if "p" in groups:
                    low, high, approximate = rules.CENTURY_PARTS[key(groups["p"])]
                return _years(decade + low, decade + high, "century", approximate)
            low, high, approximate = 0, 9, False
            if "p" in groups:
                low, high = rules.DECADE_PARTS[key(groups["p"])]
                approximate = True
            return _years(decade + low, decade + high, "decade", approximate)
        if kind in ("century", "millennium", "turn"):
            span = 100 if kind != "millennium" else 1000
            era = rules.ERAS[key(groups["e"])] if "e" in groups else 1
            number = _ordinal(groups["c"])
            # The 4th century BC is 400–301 BC: astronomical years -399..-300.
            first_year = (number - 1) * span + 1 if era > 0 else 1 - number * span
            if kind == "turn":
                if "c0" in groups and _ordinal(groups["c0"]) != number - 1:
                    return None
                low, high = rules.TURN_OF_CENTURY
                return _years(first_year + low, first_year + high, "century", True)
            low, high, approximate = 0, span - 1, False
            if "p" in groups:
                part = " ".join(groups["p"].lower().split())
                low, high, approximate = rules.CENTURY_PARTS[part]
                low, high = low * span // 100, (high + 1) * span // 100 - 1
            return _years(first_year + low, first_year + high, kind, approximate)
    except (ValueError, KeyError):
        return None
    raise AssertionError(f"unknown atom kind {kind}")


def _years(first: int, last: int, precision: str, approximate: bool = False) -> Interval:
    """Whole years from ``first`` to ``last``: the interval of years, decades and centuries."""
    return Interval(Day(first, 1, 1), Day(last, 12, 31), precision, approximate, "year", "year")


def _year(text: str, era: int = 1) -> int:
    year = int(text)
    if not rules.YEAR_MIN <= year <= rules.YEAR_MAX:
        raise ValueError(f"{year} is outside the years a bare number may denote")
    return year


def _era_year(text: str, era: int) -> int:
    """A year with an era or a short year: 500 BC is -499 (astronomical), AD 800 is 800."""
    number = int(text)
    if not 1 <= number <= rules.ERA_YEAR_MAX:
        raise ValueError(f"no year {number}")
    return number if era > 0 else 1 - number


def _month(text: str) -> int:
    if text.isdigit():  # "1992-03-05"
        return int(text)
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


# The word after a number, read only as far as a unit's name could reach: a longer word is no
# unit. (Read to its end, a run of digits and dashes would be read once for every number in it.)
_FOLLOWING_WORD = re.compile(
    rf"[\s-]*([^\s,;:.()]{{1,{max(map(len, rules.QUANTITY_WORDS))}}})(?![^\s,;:.()])"
)
_NEXT_WORD = re.compile(r"\s+([A-Za-z][\w’'.]*)")
_NUMBER_BEFORE = re.compile(r"\d[,.\u00a0 ]$")
_NUMBER_AFTER = re.compile(r"[.,]\d")
_WORD_BEFORE = re.compile(r"([A-Za-z][\w.]*\.?(?:\s+[A-Za-z][\w.]*\.?)?)\s+$")
_CAPITALISED_RUN = re.compile(r"(?:\s+[A-Z][\w.'’-]*){1,4}")
_YEAR_KINDS = ("year", "short", "era")
_TOKEN_BEFORE_DASH = re.compile(r"(\w+)[–—‒-]$")
_RANGE_START = re.compile(r"\d+(?:st|nd|rd|th)?")


def _plausible(sentence: str, start: int, end: int, kind: str, groups: dict[str, str]) -> bool:
    """Reject numbers that are glued into names, parts of larger numbers, quantities,
    numbers of laws and roads, addresses, and years of other calendars."""
    before = sentence[start - 1] if start else " "
    after = sentence[end] if end < len(sentence) else " "
    if before.isalnum() or after.isalnum():
        return False
    if before in rules.DASHES and start >= 2 and sentence[start - 2].isalnum():
        glued = _TOKEN_BEFORE_DASH.search(sentence, max(0, start - 30), start)
        if not (glued and _RANGE_START.fullmatch(glued.group(1))):
            return False  # Birlestik-2024, Strategy-2050; but the 11th–12th centuries
        if glued.group(1).isdigit() and len(glued.group(1)) == 4 and kind in _YEAR_KINDS:
            # "Decree No. 2019-1234": the second half of a number; a real range of years
            # ("1941–1945") is read whole by the range templates
            return False
    if after in rules.DASHES and sentence[end + 1 : end + 2].isalpha():
        return False  # 1450-kilometre
    if not _ascii_digits(sentence[start:end]):
        return False  # only 0-9 make years, not other scripts' digits
    if kind not in _YEAR_KINDS and kind != "decade":
        return True
    head = sentence[max(0, start - 40) : start]  # only the few words before matter
    words = _WORD_BEFORE.search(head)
    if words and _numbering(words.group(1)):
        return False  # Resolution 1244, Article 1950, Interstate 5
    if _other_calendar(sentence, head, end):
        return False  # 2077 BS, the Ethiopian year 2011, 31 Shahrivar 1359
    act = _ACT_YEAR.search(head)
    if act and _numbering(act.group(1)):
        return False  # Law 1465 of 2011, Decreto 1234 de 2015
    if kind == "decade":
        return True
    if _NUMBER_BEFORE.search(head) or _NUMBER_AFTER.match(sentence, end):
        return False  # 1 2016, 2016.5
    if head.rstrip().endswith(rules.QUANTITY_PREFIXES):
        return False
    word = _FOLLOWING_WORD.match(sentence, end)
    if word and word.group(1).lower() in rules.QUANTITY_WORDS:
        return False
    if _street(sentence, end):
        return False  # 1600 Pennsylvania Avenue
    if kind == "year" and set(groups) == {"y1"} and _named_year(sentence, head, end):
        return False  # UEFA Euro 2012, Saudi Vision 2030
    if kind == "short":
        if _COUNT_TO.search(head):
            return False  # "368,208 votes to 184": a count against a count
        return int(groups["y1"]) >= rules.SHORT_YEAR_MIN and _dated_context(sentence, head, end)
    return True


_SHORT_RANGE_END = re.compile(
    r"\b(?i:from|between)\s+(?:(?:AD|CE|c\.|circa|around|about)\s+)?\d{3,4}\s+"
    r"(?:to|and|until|till)\s+$"
)
_ACT_YEAR = re.compile(
    rf"([A-Za-zÀ-ÿ][\w.]*)\s+(?:No\.\s*)?\d[\d/-]*\s+(?:{alternation(rules.ACT_YEAR_JOINERS)})\s+$"
)
_COUNT_TO = re.compile(r"\d[\d,.]*\s+[a-z]+\s+(?:to|against)\s+$")
_CAPITAL_BEFORE = re.compile(r"(?<=[\w,;:)] )([A-Z][\w’'.-]*)\s+$")
_WORD_AFTER = re.compile(r"\s+([\w’'-]+)|\s*(?=[.,;:)]|$)")


def _named_year(sentence: str, head: str, end: int) -> bool:
    """Whether a year is part of a name: it follows a capitalised word inside the sentence
    (not a month, a season, a holiday, an era, a possessive) and no noun of its own follows."""
    word = _CAPITAL_BEFORE.search(head)
    if word is None:
        return False
    lowered = word.group(1).lower().rstrip(".")
    if lowered.endswith(("'s", "’s")) or lowered in _date_words():
        return False
    after = _WORD_AFTER.match(sentence, end)
    if after is None:
        return False
    following = after.group(1)
    # "Euro 2012 with", "Vision 2030." are names; "the Kazakh 2019 election" is a year.
    return (
        following is None
        or following.lower() in rules.NAME_YEAR_FOLLOWERS
        or following[0].isupper()
    )


@cache
def _date_words() -> frozenset[str]:
    """Capitalised words a year may follow as a date: months, seasons, holidays, eras."""
    words = {*rules.MONTHS, *rules.MONTH_ABBREVIATIONS, *rules.SEASONS, *rules.ERAS,
             *rules.ERAS_BEFORE_NUMBER, *rules.DATE_NAME_WORDS}  # fmt: skip
    words |= {h.split()[-1] for h in rules.HOLIDAYS}
    return frozenset(w.lower().rstrip(".") for w in words)


def _ascii_digits(text: str) -> bool:
    return all(c.isascii() for c in text if c.isdigit())


def _numbering(words: str) -> bool:
    lowered = words.lower()
    last = lowered.split()[-1]
    return lowered in rules.NUMBERING_WORDS or last in rules.NUMBERING_WORDS


def _other_calendar(sentence: str, head: str, end: int) -> bool:
    mark = _NEXT_WORD.match(sentence, end)
    if mark and mark.group(1).rstrip(".,;:") in _calendar_marks():
        return True
    words = head.split()
    if not words or words[-1].lower() not in _calendar_last_words():
        return False  # the common case, decided without a regular expression
    return bool(_other_calendar_pattern().search(head) or _other_month_pattern().search(head))


@cache
def _calendar_last_words() -> frozenset[str]:
    """Words a calendar's name or month ends with, and "year", "calendar"."""
    names = (*rules.OTHER_CALENDARS, *rules.OTHER_CALENDAR_MONTHS, "year", "calendar")
    return frozenset(name.split()[-1].lower() for name in names)


@cache
def _calendar_marks() -> frozenset[str]:
    return frozenset(m.rstrip(".") for m in rules.OTHER_CALENDAR_MARKS)


@cache
def _other_month_pattern() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{alternation(rules.OTHER_CALENDAR_MONTHS)})\s+$", re.IGNORECASE)


@cache
def _other_calendar_pattern() -> re.Pattern[str]:
    return re.compile(
        rf"\b(?:{alternation(rules.OTHER_CALENDARS)})\s+(?:calendar\s+)?(?:year\s+)?$",
        re.IGNORECASE,
    )


def _street(sentence: str, end: int) -> bool:
    run = _CAPITALISED_RUN.match(sentence, end)
    if not run:
        return False
    words = run.group().split()
    return any(w.lower().rstrip(",.;:") in rules.STREET_WORDS for w in words[1:] + words[-1:])


@cache
def _short_year_opener() -> re.Pattern[str]:
    return re.compile(rf"(?<![\w.])(?:{alternation(rules.SHORT_YEAR_OPENERS)})\s+$", re.I)


@cache
def _final_opener() -> re.Pattern[str]:
    return re.compile(rf"(?<![\w.])(?:{alternation(rules.SHORT_YEAR_FINAL_OPENERS)})\s+$", re.I)


@cache
def _named_opener() -> re.Pattern[str]:
    return re.compile(rf"\b[A-Z][\w'’-]*\s+(?:{alternation(rules.SHORT_YEAR_NAMED_OPENERS)})\s+$")


_SPACES = re.compile(r"\s*")  # what str.strip() strips: \s is str.isspace
_WORD = re.compile(r"\w+")
_LOWER_WORD = re.compile(r"[a-z]+")


def _dated_context(sentence: str, head: str, end: int) -> bool:
    """A short number is a year only after a dating word and before no noun: 'in 711,'; or
    as the end of a range whose start is one: 'from 711 to 750', 'between 622 and 632'."""
    range_end = _SHORT_RANGE_END.search(head) is not None
    named = _named_opener().search(head) is not None
    final = _final_opener().search(head) is not None
    if not (range_end or named or final or _short_year_opener().search(head)):
        return False
    # What follows the number, read where it stands (a copy of the rest of the sentence for
    # each number would cost its length every time).
    at = _SPACES.match(sentence, end).end()  # type: ignore[union-attr]
    following = sentence[at : at + 1]
    if final and not named and not range_end and not _short_year_opener().search(head):
        return not following or following in ".;:"
    if not following or following in ",.;:)–—":
        return True
    if following.isupper():
        # "in 711 Tariq crossed", but not "in 300 Venezuelans" (people, counted).
        word = _WORD.match(sentence, at)
        return not (word and word.group().endswith("s")) and not _street(sentence, end)
    follower = _LOWER_WORD.match(sentence, at)
    if not follower:
        return False
    if named:  # "the Treaty of Verdun of 843 divided", not "the Republic of 300 islands"
        return not follower.group().endswith("s")
    return follower.group() in rules.SHORT_YEAR_FOLLOWERS


# --- pass 2: ranges ------------------------------------------------------------------------

_PRECISION_RANK = {name: rank for rank, name in enumerate(rules.PRECISIONS)}


def _join_ranges(sentence: str, atoms: list[_Atom]) -> list[_Atom]:
    """Merge 'from A to B', 'between A and B', 'A – B' and 'A and B' (periods that follow
    each other) into one interval; complete a part from the date after it."""
    joined: list[_Atom] = []
    for atom in atoms:
        previous = joined[-1] if joined else None
        merged = _range(sentence, previous, atom) if previous else None
        if merged:
            joined[-1:] = merged
        else:
            joined.append(atom)
    # A part never completed names no date ("the 17th" before no century).
    return [a for a in joined if a.kind not in _PARTS]


def _range(sentence: str, first: _Atom, second: _Atom) -> list[_Atom] | None:
    """The atoms that replace ``first`` (and ``second``): one range, or a completed part
    beside the date that completed it; None when the two are not joined."""
    if second.core is None or second.kind in ("partial", "relative"):
        return None
    gap = sentence[first.end : second.start]
    for opener, word in _joiners(gap):
        start = first.start
        approximate = False
        if opener:
            window = max(0, first.start - 40)
            lead = _opener_pattern(opener).search(sentence[window : first.start])
            if not lead:
                continue
            start = window + lead.start()
            approximate = bool(lead.group("a"))
        return _joined(first, second, start, opener, word, approximate)
    return None


def _joined(
    first: _Atom, second: _Atom, start: int, opener: str, word: str, approximate: bool
) -> list[_Atom] | None:
    a = _completed(first, second)
    if a is None:
        return None
    b = second.core
    if a.start is None or b.end is None or a.start > b.end:
        return None
    if word in rules.CONTIGUOUS_JOINERS and not opener:
        if a.precision != b.precision or a.precision not in rules.CONTIGUOUS_PRECISIONS:
            return None
        if a.end is None or b.start is None or a.end.plus(1) != b.start:
            if first.kind in _PARTS or first.kind == "partial":
                # "on 12 and 14 May 1999": two days, the first completed from the second.
                return [replace(first, core=a, kind=_COMPLETED[first.kind]), second]
            return None
    if word == "/" and not (a.precision == b.precision == "year"):
        return None
    precision = max(a.precision, b.precision, key=_PRECISION_RANK.__getitem__)
    core = Interval(a.start, b.end, precision, a.approximate or b.approximate or approximate,
                    a.start_unit, b.end_unit)  # fmt: skip
    return [_Atom(start, second.end, core, "range", qualifier="between", is_range=True)]


@cache
def _joiner_patterns() -> list[tuple[tuple[str, str], re.Pattern[str]]]:
    found = []
    for opener, word in rules.RANGE_JOINERS:
        if word in rules.DASHES or word == "/":
            pattern = rf"\s*{re.escape(word)}\s*"
        else:
            pattern = rf"\s+{re.escape(word)}\s+"
        found.append(((opener, word), re.compile(pattern, re.IGNORECASE)))
    return found


def _joiners(gap: str) -> list[tuple[str, str]]:
    """The (opener, joiner) pairs the gap between two dates may mean, in rule order."""
    return [joiner for joiner, pattern in _joiner_patterns() if pattern.fullmatch(gap)]


@cache
def _opener_pattern(opener: str) -> re.Pattern[str]:
    approximators = alternation(rules.APPROXIMATORS)
    return re.compile(
        rf"(?<![\w.]){re.escape(opener)}\s+(?:(?P<a>{approximators})\s+)?(?:the\s+)?$",
        re.IGNORECASE,
    )


def _completed(first: _Atom, second: _Atom) -> Interval | None:
    """The first date of a pair, completed with what it lacks from the second: the year of
    "March and April 1995", the month of "12 to 14 May", the era of "500 to 400 BC"."""
    if first.core is not None and first.kind not in ("partial", "short", "year"):
        return first.core
    own = dict(first.groups)
    other = dict(second.groups)
    if first.kind in ("short", "year"):
        if "e" not in other or rules.ERAS[key(other["e"])] > 0:
            return first.core  # only a BC era changes a bare number before it
        own["e"] = other["e"]
        return _interpret("era", own)
    for name in ("y1", "m1", "e"):
        if name not in own and name in other:
            own[name] = other[name]
    if first.kind == "daypart" and "m1" not in own:
        return None
    return _interpret(_COMPLETED[first.kind], own)


# --- relative expressions, dates without a year, named periods -----------------------------


def _resolve_partials(
    atoms: list[_Atom], explicit: list[_Atom], anchor: Interval | None
) -> list[_Atom]:
    resolved = []
    latest = _Latest([a for a in explicit if a.kind != "partial"])
    for atom in atoms:
        if atom.kind != "partial":
            resolved.append(atom)
            continue
        before = latest.before(atom.start)
        reference = before.core if before else anchor
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


class _Latest:
    """The last of some atoms (in their order) that ends by a position, found by bisection
    over the least end of each suffix: a lookup costs log n, not n, whatever the order."""

    def __init__(self, atoms: list[_Atom]):
        self.atoms = atoms
        self.least_end = list(accumulate(reversed([a.end for a in atoms]), min))[::-1]

    def before(self, position: int) -> _Atom | None:
        # The suffixes' least ends rise: those that are at most ``position`` come first.
        index = bisect_right(self.least_end, position) - 1
        return self.atoms[index] if index >= 0 else None


def _overlap_test(atoms: list[_Atom]) -> Callable[[int, int], bool]:
    """Whether a span overlaps one of ``atoms``, told by bisection (log n a span)."""
    spans = sorted((a.start, a.end) for a in atoms)
    starts = [start for start, _ in spans]
    reach = list(accumulate((end for _, end in spans), max))  # the furthest end so far

    def overlaps(start: int, end: int) -> bool:
        begun = bisect_left(starts, end)  # the atoms that begin before the span ends
        return begun > 0 and reach[begun - 1] > start

    return overlaps


def _anchor_year(anchor: Interval | None) -> int | None:
    if anchor is None:
        return None
    bound = anchor.start or anchor.end
    return bound.year if bound else None


@cache
def _relative_pattern() -> re.Pattern[str]:
    numbers = alternation(rules.NUMBER_WORDS)
    phrases = alternation(rules.RELATIVE)
    months = alternation(m.capitalize() for m in rules.MONTHS)
    years = alternation(rules.MONTH_OF_RELATIVE_YEAR)
    units = alternation(rules.COUNTED_UNITS)
    directions = alternation(rules.COUNTED_DIRECTIONS)
    return re.compile(
        rf"\b(?:(?P<month>{months})\s+(?:of\s+)?(?P<year>(?i:{years}))"
        rf"|(?i:(?P<phrase>{phrases})|(?P<n>{numbers}|\d{{1,2}})\s+(?P<unit>{units})\s+"
        rf"(?P<dir>{directions})))\b"
    )


@cache
def _relative_words() -> tuple[str, ...]:
    """Words one of which every relative expression holds (its last): a sentence without any
    is not searched."""
    phrases = (*rules.RELATIVE, *rules.MONTH_OF_RELATIVE_YEAR, *rules.COUNTED_DIRECTIONS)
    return tuple(sorted({phrase.split()[-1] for phrase in phrases}))


def _relatives(
    sentence: str, atoms: list[_Atom], anchors: tuple[Interval, ...], quoted: list[bool]
) -> list[_Atom]:
    lowered = sentence.lower()
    if not any(word in lowered for word in _relative_words()):
        return []
    found = []
    overlaps = _overlap_test(atoms)
    explicit = [a for a in atoms if not a.inferred and a.core is not None]
    # By the precision a unit needs: the explicit dates fine enough, and the latest anchor.
    fitting: dict[int, tuple[_Latest, Interval | None]] = {}
    for match in _relative_pattern().finditer(sentence):
        if any(quoted[match.start() : match.end()]):
            continue
        if overlaps(match.start(), match.end()):
            continue
        unit = "year" if match["month"] else _unit(match)
        needed = _needed_rank(unit)
        if needed not in fitting:
            fine = [a for a in explicit if _PRECISION_RANK[a.core.precision] <= needed]  # type: ignore[union-attr]
            fitting[needed] = (_Latest(fine), _finest(list(anchors), unit))
        latest, anchor = fitting[needed]
        # The latest date fine enough for the unit: "the next day" after "October 26" and
        # "the 2015 agreement" counts from October 26.
        before = latest.before(match.start())
        reference = before.core if before else anchor
        if reference is None:
            continue
        if match["month"]:  # "in May of that year": a month of the anchor's year
            year = _anchor_year(reference)
            if year is None:
                continue
            year += rules.MONTH_OF_RELATIVE_YEAR[" ".join(match["year"].lower().split())]
            month = _month(match["month"])
            core = Interval(Day(year, month, 1), month_end(year, month), "month",
                            start_unit="month", end_unit="month")  # fmt: skip
            found.append(_Atom(match.start(), match.end(), core, "relative", True))
            continue
        if match["phrase"]:
            unit, shift = rules.RELATIVE[key(match["phrase"])]
        else:  # "three days later", "two years earlier"
            unit, size = rules.COUNTED_UNITS[key(match["unit"])]
            count = int(match["n"]) if match["n"].isdigit() else rules.NUMBER_WORDS[key(match["n"])]
            shift = count * size * rules.COUNTED_DIRECTIONS[key(match["dir"])]
        core = _shifted(reference, unit, shift)
        if core is None:
            continue
        qualifier = unit if unit in ("until", "by") else None
        found.append(_Atom(match.start(), match.end(), core, "relative", True, qualifier))
    return found


# How fine an anchor a relative expression of each unit needs.
_NEEDED_PRECISION = {"day": "day", "same": "day", "month": "month"}


def _unit(match: re.Match[str]) -> str:
    if match["phrase"]:
        return rules.RELATIVE[key(match["phrase"])][0]
    return rules.COUNTED_UNITS[key(match["unit"])][0]


def _needed_rank(unit: str) -> int:
    """The coarsest precision (its rank) that anchors a relative expression of ``unit``."""
    return _PRECISION_RANK.get(_NEEDED_PRECISION.get(unit, "century"), 0)


def _finest(cores: list[Interval | None], unit: str) -> Interval | None:
    """The latest of ``cores`` precise enough to anchor a relative expression of ``unit``."""
    needed = _needed_rank(unit)
    fitting = [c for c in cores if c is not None and _PRECISION_RANK[c.precision] <= needed]
    return fitting[-1] if fitting else None


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
        first, last = rules.NAMED_PERIODS[key(match.group(0))]
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
    assert core is not None
    approximate = core.approximate
    if qualifier is None or atom.kind == "range":
        # Only the few characters before the atom can hold its qualifier.
        window_start = max(0, atom.start - 40)
        prefix = _prefix_pattern().search(sentence[window_start : atom.start])
        if prefix and prefix["a"]:
            start = window_start + prefix.start("a")
            approximate = True
        if prefix and prefix["q"] and atom.kind != "range":
            word = key(prefix["q"])
            q_start = window_start + prefix.start("q")
            undone = _undone(sentence, q_start, word)
            if undone:
                qualifier = None
            elif atom.is_range and word in ("from", "between"):
                start = q_start  # "from March to May 1995": the range itself
            else:
                qualifier, keep = rules.QUALIFIERS[word]
                if keep:
                    start = q_start
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


_CLAUSE_BREAK = re.compile(r"[,;:()]")


def _undone(sentence: str, start: int, word: str) -> bool:
    """Whether the words before a qualifier undo it: "not until 1950", "dates from 1923",
    "did not open until 1950" (a negation earlier in the same clause)."""
    before = sentence[max(0, start - rules.NEGATION_REACH) : start]
    words = before.lower().split()
    for (undoer, qualifier), _ in rules.QUALIFIER_UNDOERS.items():
        if qualifier == word and " ".join(words[-len(undoer.split()) :]) == undoer:
            return True
    if word not in ("until", "till"):
        return False
    clause = _CLAUSE_BREAK.split(before)[-1].lower()
    return any(re.search(rf"(?:\b|(?<=\w)){re.escape(n)}\b", clause) for n in rules.NEGATIONS)


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
