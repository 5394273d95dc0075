"""border: facts about the shared border, one row per (subject, attribute, value).

Sources: the infobox entries about the border, every sentence of a section headed about the
border, and border sentences elsewhere. Each rule family reads one kind of fact:

- quantities (lengths, heights, areas, shares) and counts, their attribute from the words of
  their clause (``rules.border.LENGTH_KEYWORDS`` and friends);
- named places (disputed areas, enclaves, crossings, districts) from ``NAMED_FACTS``;
- a barrier's features and purpose, in a barrier's context;
- commissions and treaties (signed, ratified, in force), each dated by its own date.

A fact's date is the nearest date of its sentence (in its clause if there is one there).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, replace
from functools import cache, lru_cache
from typing import NamedTuple

import pandas as pd

from pipeline.days import with_date_columns
from pipeline.document import HEADING_SEPARATOR, Document, Sentence, Span
from pipeline.ids import row_id
from pipeline.mentions import CountryMentions, Mention, country_mentions
from pipeline.numbers import Quantity, find_quantities, format_number
from pipeline.relation import relation_of
from pipeline.rules import border as rules
from pipeline.rules.units import NUMBER_WORDS
from pipeline.temporal import TemporalExpression, edtf, recognise_paragraphs
from pipeline.words import alternation, key, whole_words

# A place name: capitalised words, dash-joined parts (Korday–Ak-Jol), a bracketed alias.
# Every repetition is bounded and a word starts only at a word boundary, so that a long run
# of capitalised words costs linear time, not quadratic.
_WORD = r"(?<![\w'’-])[A-Z][\w'’-]{0,40}(?:[–—][A-Z][\w'’-]{0,40}){0,3}"
_NAME = rf"{_WORD}(?:\s+{_WORD}){{0,5}}(?:\s+\([^()]{{1,80}}\))?"
_THE = r"(?:(?:the|at)\s+){0,2}"
_NAMES = rf"{_THE}{_NAME}(?:(?:,\s*|,?\s+and\s+){_THE}{_NAME}){{0,10}}"
_DIMENSION = re.compile(r"-?\s?(?P<word>[a-z]+)\b")
_SIDE = re.compile(r"\s+on\s+the\s+(?P<people>[A-Z]\w+)\s+side\b")
_SEGMENT_BREAK = re.compile(r"[,;]|\s(?:while|whereas)\s")
_LEADING_MEASURE = re.compile(r"^[\d.,\s]*\S*?-(?:high|long|wide|tall)\s+")
# How far (in characters) from a quantity the words that qualify it may stand.
KEYWORD_REACH = 120
_OF = re.compile(r"\s+of\s+")
_PARTICIPLE = re.compile(r"\b(\w+)\s+by\s+(?:an?\s+|the\s+)?$")
_DISPUTE_WORDS = ("disputed", "dispute", "contested", "sensitive", "claimed")


@dataclass(frozen=True)
class Fact:
    """One border fact before it becomes a row: what, its value, where, and when."""

    subject: str
    attribute: str
    value: str
    value_num: float | None
    unit: str | None
    value_start: int  # offsets of the value's words in the evidence text
    value_end: int
    date: TemporalExpression | None = None
    quantity: Quantity | None = None


class Stated(NamedTuple):
    """A fact with the evidence stating it (a sentence or an infobox line) and its section."""

    fact: Fact
    evidence: Span
    section: str | None


def extract(doc: Document) -> pd.DataFrame:
    """Every border fact of ``doc``; an article without any gives an empty table."""
    relation = relation_of(doc)
    mentions = country_mentions((relation.country_a, relation.country_b))
    found: list[Stated] = []
    for entry in doc.infobox:
        if _has_word(entry.key, rules.BORDER_WORDS):
            for fact in _quantity_facts(entry.text, [], False):
                found.append(Stated(fact, entry, None))
    paragraphs = [block for block in doc.blocks() if block.kind == "paragraph"]
    dated = recognise_paragraphs([(b.section, [s.text for s in b.sentences]) for b in paragraphs])
    for block, dates in zip(paragraphs, dated, strict=True):
        in_border_section = any(_has_word(h, rules.BORDER_WORDS) for h in block.section)
        disputed = _has_word(block.text, _DISPUTE_WORDS)
        barrier = False
        for sentence, expressions in zip(block.sentences, dates, strict=True):
            barrier = _has_word(sentence.text, rules.BARRIER_WORDS) or (
                barrier and sentence.text.lower().startswith(rules.PRONOUNS)
            )
            if not (in_border_section or _has_word(sentence.text, rules.BORDER_WORDS)):
                continue
            context = "barrier" if barrier else "disputed_area" if disputed else "border"
            for fact in _sentence_facts(sentence, expressions, barrier, context, mentions):
                section = HEADING_SEPARATOR.join(sentence.section) or None
                found.append(Stated(fact, sentence, section))
    return _rows(doc, relation.relation_id, _resolve_decimal_commas(found))


def _sentence_facts(
    sentence: Sentence, dates: list[TemporalExpression], barrier: bool, context: str,
    mentions: CountryMentions,
) -> list[Fact]:  # fmt: skip
    text = sentence.text
    facts = _quantity_facts(text, dates, barrier) + _count_facts(text, dates)
    facts += _named_facts(text, dates, context, mentions)
    if barrier:
        facts += _barrier_facts(text, dates)
    facts += _commission_facts(text, dates)
    facts += _treaty_facts(text, dates, mentions)
    return facts


# --- quantities and counts -----------------------------------------------------------------


def _quantity_facts(text: str, dates: list[TemporalExpression], barrier: bool) -> list[Fact]:
    facts = []
    lowered = text.lower()
    # Sentence-wide findings, once: a long sentence must not cost quadratic time.
    area_subject = next((s for phrase, s in rules.AREA_SUBJECTS if phrase in lowered), "border")
    about_barrier_only = barrier and not _has_word(text, rules.BORDER_WORDS)
    for quantity in find_quantities(text):
        if quantity.unit is None or any(
            d.start < quantity.end and quantity.start < d.end for d in dates
        ):
            continue
        low, high = _segment(text, quantity.start)
        # The words that qualify a quantity stand near it, within its clause.
        low = max(low, quantity.start - KEYWORD_REACH)
        high = min(high, quantity.end + KEYWORD_REACH)
        segment = text[low:high]
        words = segment.lower()
        if quantity.unit == "percent":
            subject = "border"
            attribute = _first_keyword(words, rules.SHARE_KEYWORDS) or "share"
        elif quantity.unit in ("km2", "ha"):
            subject = area_subject
            attribute = "area"
            side = _SIDE.match(text, quantity.end)
            if side:
                attribute += rules.SIDE_SUFFIX.format(people=side["people"].lower())
        else:
            on_barrier = _has_word(segment, rules.BARRIER_WORDS) or about_barrier_only
            subject = "barrier" if on_barrier else "border"
            dimension = _DIMENSION.match(text, quantity.end)
            attribute = (
                (rules.DIMENSION_WORDS.get(dimension["word"]) if dimension else None)
                or _first_keyword(words, rules.LENGTH_KEYWORDS)
                or "length"
            )
        facts.append(
            Fact(subject, attribute, format_number(quantity.value), quantity.value, quantity.unit,
                 quantity.start, quantity.end, _nearest(dates, text, quantity.start), quantity)
        )  # fmt: skip
    return facts


@cache
def _count_pattern() -> re.Pattern[str]:
    nouns = alternation(rules.COUNT_NOUNS)
    numbers = "|".join(NUMBER_WORDS)
    return re.compile(rf"(?<![\w,.-])(?P<n>\d+|{numbers})\s+(?P<noun>{nouns})\b", re.IGNORECASE)


def _count_facts(text: str, dates: list[TemporalExpression]) -> list[Fact]:
    facts = []
    for match in _count_pattern().finditer(text):
        if any(d.start < match.end("n") and match.start() < d.end for d in dates):
            continue  # "in 2001 border signs were set": a year, not a count
        number = match["n"].lower()
        value = int(number) if number.isdigit() else NUMBER_WORDS[number]
        subject, attribute = rules.COUNT_NOUNS[key(match["noun"])]
        facts.append(Fact(subject, attribute, str(value), float(value), None, match.start(),
                          match.end(), _nearest(dates, text, match.start())))  # fmt: skip
    return facts


# --- named places, barriers, commissions, treaties ----------------------------------------


@cache
def _named_patterns() -> list[tuple[str, str, re.Pattern[str]]]:
    return [
        (
            subject,
            attribute,
            re.compile(pattern.replace("{NAMES}", _NAMES).replace("{NAME}", _NAME)),
        )
        for subject, attribute, pattern in rules.NAMED_FACTS
    ]


def _named_facts(
    text: str, dates: list[TemporalExpression], context: str, mentions: CountryMentions
) -> list[Fact]:
    facts = []
    for subject, attribute, pattern in _named_patterns():
        for match in pattern.finditer(text):
            start = match.start("names")
            for name, offset in _split_names(match["names"]):
                name = _without_country(name, mentions)
                if not name:
                    continue
                where = start + offset + match["names"][offset:].find(name)
                facts.append(
                    Fact(context if subject == "{context}" else subject, attribute, name, None,
                         None, where, where + len(name), _nearest(dates, text, where))
                )  # fmt: skip
    return facts


def _split_names(text: str) -> list[tuple[str, int]]:
    """'the Red Bridge (Tsiteli Khidi) and at David Gareja' → the names and their offsets."""
    names = []
    for match in re.finditer(r"[^,()]+(?:\([^()]*\))?", text):
        for part in re.split(r"\s+and\s+", match.group(0)):
            cleaned = re.sub(r"^(?:(?:and|at|the)\s+)+", "", part.strip(), flags=re.IGNORECASE)
            if cleaned:
                names.append((cleaned, match.start()))
    return names


def _without_country(name: str, mentions: CountryMentions) -> str:
    """Drop a leading country ("Azerbaijan's Agstafa" → "Agstafa"); a country alone is no place."""
    for mention in mentions.find(name):
        if mention.start == 0:
            name = name[mention.end :].strip()
    return name


def _barrier_facts(text: str, dates: list[TemporalExpression]) -> list[Fact]:
    facts = []
    for attribute, pattern in rules.BARRIER_FACTS:
        pattern = pattern.replace("{TEXT}", rules.CLAUSE_TEXT).replace("{END}", rules.CLAUSE_END)
        for match in re.finditer(pattern, text):
            value = _LEADING_MEASURE.sub("", match["value"]).strip()
            where = match.end("value") - len(value)
            facts.append(Fact("barrier", attribute, value, None, None, where, match.end("value"),
                              _nearest(dates, text, where)))  # fmt: skip
    return facts


def _commission_facts(text: str, dates: list[TemporalExpression]) -> list[Fact]:
    facts = []
    for match in re.finditer(rules.COMMISSION_PATTERN, text):
        date = _nearest(dates, text, match.start())
        if date is not None:  # a commission's fact is when it began work
            facts.append(Fact("commission", "established", f"{match['topic']} commissions", None,
                              None, match.start(), match.end(), date))  # fmt: skip
    return facts


@cache
def _treaty_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    nouns = "|".join(rules.TREATY_NOUNS)
    modifiers = "|".join(rules.TREATY_MODIFIERS)
    verbs = alternation(rules.TREATY_VERBS)
    phrase = re.compile(rf"\b(?P<mods>(?:(?:{modifiers})\s+){{0,2}})(?P<noun>{nouns})\b")
    verb = re.compile(rf"\b(?P<verb>{verbs})\b")
    return phrase, verb


def _treaty_facts(
    text: str, dates: list[TemporalExpression], mentions: CountryMentions
) -> list[Fact]:
    phrase_pattern, verb_pattern = _treaty_patterns()
    phrases = list(phrase_pattern.finditer(text))
    if not phrases:
        return []
    facts = []
    starting = {d.start: d for d in dates}
    for phrase in phrases:  # "an agreement of 15 December 2001": signed that day
        of = _OF.match(text, phrase.end())
        if of and of.end() in starting:
            facts.append(Fact("treaty", "signed", _treaty_name(text, phrase), None, None,
                              phrase.start(), phrase.end(), starting[of.end()]))  # fmt: skip
    verbs = list(verb_pattern.finditer(text))
    found = mentions.find(text)
    starts = [p.start() for p in phrases]
    for index, verb in enumerate(verbs):
        # The treaty phrase nearest the verb: the last one before it or the first after it.
        after_verb = bisect.bisect_left(starts, verb.end())
        near = phrases[max(0, after_verb - 1) : after_verb + 1]
        phrase = min(
            near, key=lambda p: min(abs(p.start() - verb.end()), abs(verb.start() - p.end()))
        )
        name = _treaty_name(text, phrase)
        attribute = rules.TREATY_VERBS[verb["verb"]]
        ratifier = _ratifier(text, verb, found)
        if ratifier and attribute != "signed":
            name = f"{name} ({ratifier})"
        # Its date: the first after the verb (before the next verb), else the last before it.
        previous_end = verbs[index - 1].end() if index else 0
        next_start = verbs[index + 1].start() if index + 1 < len(verbs) else len(text)
        after = [d for d in dates if verb.end() <= d.start < next_start]
        before = [d for d in dates if previous_end <= d.start and d.end <= verb.start()]
        date = after[0] if after else before[-1] if before else None
        facts.append(
            Fact("treaty", attribute, name, None, None, phrase.start(), phrase.end(), date)
        )
    return facts


def _treaty_name(text: str, phrase: re.Match[str]) -> str:
    modifiers = phrase["mods"].split()
    participle = _PARTICIPLE.search(text[max(0, phrase.start() - 40) : phrase.start()])
    if not modifiers and participle and participle.group(1) in rules.PARTICIPLE_MODIFIERS:
        modifiers = [rules.PARTICIPLE_MODIFIERS[participle.group(1)]]
    return " ".join([*modifiers, phrase["noun"]])


def _ratifier(text: str, verb: re.Match[str], found: list[Mention]) -> str | None:
    """The country that ratified: 'ratified by Kazakhstan', 'the Kyrgyz parliament ratified'."""
    for mention in found:
        if mention.start >= verb.end():
            if re.fullmatch(r"\s+by\s+(?:the\s+)?", text[verb.end() : mention.start]):
                return mention.country.name
        elif (
            mention.end <= verb.start() < mention.end + 40
            and len(text[mention.end : verb.start()].split()) <= 2
        ):
            return mention.country.name
    return None


# --- shared helpers ------------------------------------------------------------------------


def _has_word(text: str, words: tuple[str, ...]) -> bool:
    return whole_words(words).search(text) is not None


def _first_keyword(text: str, table: tuple[tuple[str, str], ...]) -> str | None:
    return next((value for keyword, value in table if keyword in text), None)


def _segment(text: str, position: int) -> tuple[int, int]:
    """Bounds of the clause around ``position``: between commas, semicolons, 'while' (not
    inside brackets)."""
    breaks = _breaks(text)
    index = bisect.bisect_right(breaks, position - 1)
    start = breaks[index - 1] + 1 if index else 0
    end = breaks[index] if index < len(breaks) else len(text)
    return start, end


@lru_cache(maxsize=32)
def _breaks(text: str) -> tuple[int, ...]:
    """Where the clauses of ``text`` end, computed once per sentence."""
    depth, found = 0, []
    for match in re.finditer(r"[()]|" + _SEGMENT_BREAK.pattern, text):
        char = match.group(0)
        if char == "(":
            depth += 1
        elif char == ")":
            depth = max(0, depth - 1)
        elif depth == 0:
            found.append(match.start())
    return tuple(found)


def _nearest(
    dates: list[TemporalExpression], text: str, position: int
) -> TemporalExpression | None:
    """The date that dates a fact at ``position``: in its clause if any, else in the sentence."""
    if not dates:
        return None
    low, high = _segment(text, position)
    local = [d for d in dates if low <= d.start < high]
    candidates = local or dates
    return min(candidates, key=lambda d: min(abs(d.start - position), abs(d.end - position)))


def _resolve_decimal_commas(
    found: list[Stated],
) -> list[Stated]:
    """'612,345 km' is 612.345 when the article gives the same line elsewhere as about 612 km."""
    values = {(f.unit, int(f.value_num)) for f, *_ in found if f.value_num is not None}
    resolved = []
    for stated in found:
        fact = stated.fact
        quantity = fact.quantity
        if quantity is not None and quantity.ambiguous_comma:
            decimal = quantity.decimal_reading
            if (fact.unit, int(decimal)) in values and (fact.unit, int(quantity.value)) != (
                fact.unit,
                int(decimal),
            ):
                fact = replace(fact, value=format_number(decimal), value_num=decimal)
        resolved.append(stated._replace(fact=fact))
    return resolved


def _rows(doc: Document, relation_id: str, found: list[Stated]) -> pd.DataFrame:
    rows: dict[tuple[str, str, str, str | None], dict[str, object]] = {}
    for fact, evidence, section in found:
        start = evidence.char_start
        key = (fact.subject, fact.attribute, fact.value, fact.unit)
        core = fact.date.core if fact.date else None
        rows.setdefault(key, {  # the first telling of a fact is its evidence
            "fact_id": row_id(relation_id, *key[:3], fact.unit or ""),
            "relation_id": relation_id,
            "subject": fact.subject,
            "attribute": fact.attribute,
            "value": fact.value,
            "value_num": fact.value_num,
            "unit": fact.unit,
            "date_edtf": edtf(core) if core else None,
            "date_start": core.start if core else None,
            "date_end": core.end if core else None,
            "text": evidence.text,
            "value_char_start": start + fact.value_start,
            "value_char_end": start + fact.value_end,
            "section": section,
            "source_file": doc.source_file,
            "source_line": evidence.line,
            "char_start": start,
            "char_end": evidence.char_end,
        })  # fmt: skip
    table = pd.DataFrame(list(rows.values()))
    if table.empty:
        return table
    return with_date_columns(table, "date_start", "date_end")
