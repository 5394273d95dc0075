"""border: facts about the shared border, one row per (subject, attribute, value).

Sources: the infobox entries about the border, every sentence of a section headed about the
border, border sentences elsewhere, and the sentences of sections on the line's disputes
(their treaties, rulings, commissions and disputed places, not their lengths). Each rule
family reads one kind of fact:

- quantities (lengths, heights, areas, shares) and counts, their attribute from the words of
  their clause (``rules.border.LENGTH_KEYWORDS`` and friends); elevations in brackets; "fully
  demarcated" as a share of 100 percent;
- named places (disputed areas, enclaves, crossings, districts) from ``NAMED_FACTS``, lists of
  crossings, and what the line follows (a river, a watershed, a meridian);
- a barrier's features and purpose, in a barrier's context; a zone's or commission's purpose;
- commissions, rulings and treaties (signed, ratified, in force), each dated by its own date;
- closures and reopenings of crossings or of the border.

A fact's date is the nearest date of its sentence (in its clause if there is one there).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, replace
from functools import cache, lru_cache
from typing import NamedTuple

from pipeline.document import HEADING_SEPARATOR, Document, Sentence, Span
from pipeline.ids import row_id
from pipeline.mentions import CountryMentions, Mention, country_mentions
from pipeline.numbers import (
    Quantity,
    find_quantities,
    format_number,
    number_in_words,
    number_words,
)
from pipeline.relation import relation_of
from pipeline.rules import border as rules
from pipeline.rules.temporal import MONTHS
from pipeline.temporal import TemporalExpression, edtf, recognise_paragraphs
from pipeline.words import UPPER, alternation, find_word, key

# A place name: capitalised words, dash-joined parts (Alta–Borvik), a bracketed alias.
# Every repetition is bounded and a word starts only at a word boundary, so that a long run
# of capitalised words costs linear time, not quadratic.
_WORD_BODY = rf"{UPPER}[\w'’-]{{0,40}}(?:[–—]{UPPER}[\w'’-]{{0,40}}){{0,3}}"
_WORD = rf"(?<![\w'’-]){_WORD_BODY}"
_PARTICLE = rf"(?:\s+(?:{alternation(rules.NAME_PARTICLES)})(?:\s+|(?<=\s[dl])['’]|(?=\s)))"
# Inside a name a word may bear a lower-case prefix: "Shatt al-Arab".
_NAME = (
    rf"{_WORD}(?:(?:\s+|{_PARTICLE}\s*)(?:[a-z]{{1,3}}-)?{_WORD_BODY}){{0,5}}"
    rf"(?:\s+\([^()]{{1,80}}\))?"
)
_THE = r"(?:(?:the|at)\s+){0,2}"
# Another name in brackets right after a name: "(Comisión Mixta de Límites)", "(JBC)".
_ALIAS = r"(?:\s+\((?P<alias>[^()\d]{1,80})\))?"
_JOINERS = alternation(rules.NAME_JOINERS)
_JOIN = rf"(?:,\s*(?:(?:{_JOINERS})\s+)?|,?\s+(?:and|{_JOINERS})\s+)"
# A generic noun after a name is read past, not kept: "the Tarn pass and Eskby".
_TAIL = rf"(?:\s+(?:{alternation(rules.NAME_TAIL_NOUNS)})\b)?"
_NAMES = rf"{_THE}{_NAME}{_TAIL}(?:{_JOIN}{_THE}{_NAME}{_TAIL}){{0,10}}"
_NO_BORDER = re.compile(rules.NO_BORDER, re.IGNORECASE)
_FOLLOWED_LIST = re.compile(rules.FOLLOWED_LIST)
_DIMENSION = re.compile(r"-?\s?(?P<word>[a-z]+)\b")
# What stands before an elevation: a capitalised name and an opening bracket.
_ELEVATION = re.compile(rf"{UPPER}[\w'’-]*\s*\((?:c\.\s*|about\s+)?$")
_SIDE = re.compile(r"\s+on\s+the\s+(?P<people>[A-Z]\w+)\s+side\b")
# Commas and semicolons end a clause; a comma between digits ("1,200 miles") does not.
_SEGMENT_BREAK = re.compile(r"(?<!\d),|,(?!\d)|;|\s(?:while|whereas)\s")
_LEADING_MEASURE = re.compile(r"^[\d.,\s]*\S*?-(?:high|long|wide|tall)\s+")
# How far (in characters) from a quantity the words that qualify it may stand.
KEYWORD_REACH = 120
_DATED_GAP = re.compile(rules.DATED_TREATY_GAP)
_PARTICIPLE = re.compile(r"\b(\w+)\s+by\s+(?:an?\s+|the\s+)?$")
_DISPUTE_WORDS = ("disputed", "dispute", "disputes", "contested", "sensitive", "claimed",
                  "claims", "claim")  # fmt: skip


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
    # A treaty named only by "the treaty" ("both agreements"): how many treaties named
    # before it the fact is about (1 or 2); 0 when it names its own.
    anaphor: int = 0
    ratifier: str | None = None


class Stated(NamedTuple):
    """A fact with the evidence stating it (a sentence or an infobox line) and its section."""

    fact: Fact
    evidence: Span
    section: str | None


def extract(doc: Document) -> list[dict[str, object]]:
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
    crossings: set[str] = set()  # crossing names met so far: "Alta reopened in July"
    closed: list[str] = []  # what was closed last: "it reopened in February 2016"
    about_border = False  # whether the paragraph before was about the border
    for block, dates in zip(paragraphs, dated, strict=True):
        in_border_section = any(_has_word(h, rules.BORDER_WORDS) for h in block.section)
        territorial = any(_has_word(h, rules.TERRITORIAL_HEADING_WORDS) for h in block.section)
        disputed = _has_word(block.text, _DISPUTE_WORDS)
        barrier = False
        listed_crossings = False  # whether the sentence before named crossings
        # A treaty named anywhere in a paragraph about the border is a border treaty.
        border_paragraph = in_border_section or any(
            _is_border_sentence(s.text) for s in block.sentences
        )
        for index, sentence in enumerate(block.sentences):
            expressions = dates[index]
            # "The line was corrected once more ...": the line of the paragraph before.
            opening = sentence.text.lower()
            continued_line = index == 0 and about_border and opening.startswith(rules.LINE_ANAPHORA)
            if continued_line:
                border_paragraph = True
            continued = barrier and sentence.text.lower().startswith(rules.PRONOUNS)
            barrier = _has_word(sentence.text, rules.BARRIER_WORDS) or continued
            section = HEADING_SEPARATOR.join(sentence.section) or None
            if not (in_border_section or continued or continued_line
                    or _is_border_sentence(sentence.text)):  # fmt: skip
                # A section on the line's disputes, or a paragraph about the border: its
                # treaties, rulings, commissions and disputed places, not its measures.
                if territorial or border_paragraph:
                    told = _territorial_facts(sentence.text, expressions, mentions, territorial)
                    for fact in told:
                        found.append(Stated(fact, sentence, section))
                continue
            if _NO_BORDER.search(sentence.text):
                continue  # "… and share no border": nothing here is a fact of one
            context = "barrier" if barrier else "disputed_area" if disputed else "border"
            facts = _sentence_facts(sentence, expressions, barrier, context, mentions)
            if listed_crossings:  # "Others include Alta and Borvik": more of them
                facts += _more_of(sentence.text, expressions, "crossing")
            facts += _crossing_list(sentence.text, expressions, listed_crossings)
            named_crossings = [
                f.value for f in facts if (f.subject, f.attribute) == ("crossing", "name")
            ]
            # What comes next may name more: after names, or a count ("six crossings").
            listed_crossings = bool(named_crossings) or any(
                f.attribute == "checkpoints" for f in facts
            )
            crossings.update(named_crossings)
            closures, closed = _closure_facts(sentence.text, expressions, crossings, closed)
            for fact in facts + closures:
                found.append(Stated(fact, sentence, section))
        about_border = border_paragraph
    found += _listed_crossings(doc)
    return _rows(doc, relation.relation_id, _resolve_decimal_commas(_resolve_treaties(found)))


def _listed_crossings(doc: Document) -> list[Stated]:
    """Crossings listed one per item under a heading about crossings ("=== Border crossings
    ===", "- Alta–Borvik, with a pedestrian crossing"): the name that opens each item."""
    found = []
    for block in doc.blocks():
        if block.kind == "paragraph" or not any(
            _has_word(h, rules.CROSSING_HEADING_WORDS) for h in block.section
        ):
            continue
        first = block.text.split(",")[0]
        names = _list_part().match(first)
        if names is None or names.end() != len(first.rstrip()):
            continue  # an item that is a sentence about crossings, not a name
        for name, where in _opening_names(names):
            fact = Fact("crossing", "name", name, None, None, where, where + len(name))
            found.append(Stated(fact, block, HEADING_SEPARATOR.join(block.section) or None))
    return found


def _sentence_facts(
    sentence: Sentence, dates: list[TemporalExpression], barrier: bool, context: str,
    mentions: CountryMentions,
) -> list[Fact]:  # fmt: skip
    text = sentence.text
    facts = _quantity_facts(text, dates, barrier, context) + _count_facts(text, dates)
    features = _feature_follows(text, dates)
    # "the Alpine watershed" is no river named "Alpine": the feature rule reads it whole.
    facts += [
        f for f in _named_facts(text, dates, context, mentions)
        if f.attribute != "follows"
        or not any(g.value_start <= f.value_start < g.value_end for g in features)
    ]  # fmt: skip
    facts += _whole_line_facts(text, dates) + _purpose_facts(text, dates) + features
    facts += _followed_list(text, dates)
    if barrier:
        facts += _barrier_facts(text, dates)
    facts += _commission_facts(text, dates)
    facts += _ruling_facts(text, dates)
    facts += _treaty_facts(text, dates, mentions)
    return facts


# --- quantities and counts -----------------------------------------------------------------


def _quantity_facts(
    text: str, dates: list[TemporalExpression], barrier: bool, context: str = "border"
) -> list[Fact]:
    facts = []
    lowered = text.lower()
    # Sentence-wide findings, once: a long sentence must not cost quadratic time.
    default_area = "disputed_area" if context == "disputed_area" else "border"
    area_subject = next((s for phrase, s in rules.AREA_SUBJECTS if phrase in lowered), default_area)
    about_barrier_only = barrier and not _has_word(text, rules.BORDER_WORDS)
    for quantity in find_quantities(text):
        if quantity.unit is None or any(
            d.start < quantity.end and quantity.start < d.end for d in dates
        ):
            continue
        if _is_distance(text, quantity):
            continue  # "about 50 km from Orsk": how far apart two places are
        low, high = _segment(text, quantity.start)
        # The words that qualify a quantity stand near it, within its clause.
        low = max(low, quantity.start - KEYWORD_REACH)
        high = min(high, quantity.end + KEYWORD_REACH)
        segment = text[low:high]
        words = segment.lower()
        if quantity.unit == "percent":
            attribute = _first_keyword(words, rules.SHARE_KEYWORDS)  # type: ignore[assignment]
            of_the_line = _share_of_the_line().match(text, quantity.end) is not None
            # "96% of the international border", or "the border is 96% demarcated"; not
            # "half of its territory", nor "25 percent tariffs ... troops to the border".
            if not (of_the_line or (attribute and _has_word(segment, rules.SHARE_OBJECTS))):
                continue
            subject = "border"
            attribute = attribute or "share"
        elif quantity.unit in rules.MARITIME_UNITS:
            subject = "maritime_boundary"
            attribute = (
                _first_keyword(words, rules.MARITIME_KEYWORDS)
                or _first_keyword(lowered, rules.MARITIME_KEYWORDS)
                or "length"
            )
        elif quantity.unit in ("km2", "ha"):
            subject = area_subject
            attribute = "area"
            side = _SIDE.match(text, quantity.end)
            if side:
                attribute += rules.SIDE_SUFFIX.format(people=side["people"].lower())
        elif quantity.unit in rules.ELEVATION_UNITS and _ELEVATION.search(text, 0, quantity.start):
            # A peak's or a pass's elevation: the line's height at its highest point, a
            # crossing's in a list of crossings ("the Korvat Pass (3,900 m)"), else no fact.
            if _has_word(segment, rules.ELEVATION_CUES):
                subject, attribute = "border", "height"
            elif _has_word(text, rules.CROSSING_WORDS):
                subject, attribute = "crossing", "height"
            else:
                continue
        else:
            on_barrier = _has_word(segment, rules.BARRIER_WORDS) or about_barrier_only
            subject = "barrier" if on_barrier else "border"
            dimension = _DIMENSION.match(text, quantity.end)
            if dimension and dimension["word"] in rules.ACROSS_WORDS:
                continue  # "a zone 20 km deep": a measure across the line
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


def _territorial_facts(
    text: str, dates: list[TemporalExpression], mentions: CountryMentions, territorial: bool = True
) -> list[Fact]:
    """What a sentence of a section on the line's disputes tells without naming the border:
    treaties, rulings, commissions, disputed places and islands, their areas and counts; not
    lengths (a conflict's kilometres are advances and distances)."""
    # Outside a section on disputes (a paragraph that elsewhere speaks of the border), a place
    # is disputed only where the sentence says so: "the disputed islet of Skarra", not "an
    # actress had claimed Angkor Wat".
    facts = []
    if territorial or _has_word(text, rules.DISPUTED_WORDS):
        facts = _named_facts(text, dates, "disputed_area", mentions)
    facts = [f for f in facts if f.subject in ("disputed_area", "island", "enclave", "exclave")]
    measures = _quantity_facts(text, dates, False, "disputed_area") + _count_facts(text, dates)
    facts += [
        m for m in measures if m.attribute.startswith("area") or m.attribute == "disputed_areas"
    ]
    return (
        facts
        + _commission_facts(text, dates)
        + _ruling_facts(text, dates)
        + _treaty_facts(text, dates, mentions)
    )


def _followed_list(text: str, dates: list[TemporalExpression]) -> list[Fact]:
    """'the line follows rivers: the Vessa between …, the Lund across …, and the Ormen
    and the Aska in the south': the name that opens each part of the list."""
    opener = _FOLLOWED_LIST.search(text)
    if opener is None:
        return []
    return [
        Fact("border", "follows", name, None, None, where, where + len(name),
             _nearest(dates, text, where))
        for name, where in _list_names(text, opener.end(), _CLAUSE_PARTS)
    ]  # fmt: skip


def _feature_follows(text: str, dates: list[TemporalExpression]) -> list[Fact]:
    """'follows the Alpine watershed', 'the watershed of the Tarn range', 'runs south
    along the meridian 68°34′ W': what the line follows, when it is no river's name."""
    facts = []
    for match in _feature_pattern().finditer(text):
        if match["globe"]:
            group = "globe"
        elif match["of"]:
            group = "of"
        elif match["adjective"]:
            group = "named"
        else:
            continue  # "follows the watershed": no name
        value = match[group]
        if group == "of":
            value = _LOWER_TAIL.sub("", value)  # "Tarn range" → "Tarn"
        start = match.start(group)
        facts.append(Fact("border", "follows", value, None, None, start, start + len(value),
                          _nearest(dates, text, start)))  # fmt: skip
    return facts


@cache
def _feature_pattern() -> re.Pattern[str]:
    features = alternation(rules.FOLLOWED_FEATURES)
    return re.compile(
        rf"\b{rules.FOLLOW_VERBS}\s+(?:the\s+)?(?:"
        rf"(?P<globe>{rules.GLOBE_LINES})"
        rf"|(?P<named>(?P<adjective>{UPPER}[\w'’-]+\s+)?(?:(?:main|principal|highest)\s+)?"
        rf"(?:{features}))\b(?:\s+of\s+(?:the\s+)?(?P<of>{_NAME}(?:\s+[a-z]+)?))?)"
    )


def _purpose_facts(text: str, dates: list[TemporalExpression]) -> list[Fact]:
    """'The zone was set up to protect ...': what a zone or a commission is for."""
    facts = []
    for subject, pattern in _purpose_patterns():
        for match in pattern.finditer(text):
            value = match["value"].strip()
            facts.append(Fact(subject, "purpose", value, None, None, match.start("value"),
                              match.start("value") + len(value), None))  # fmt: skip
    return facts


@cache
def _purpose_patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    fact = rules.PURPOSE_FACT.replace("{TEXT}", rules.CLAUSE_TEXT)
    fact = fact.replace("{END}", rules.CLAUSE_END)
    return tuple(
        (subject, re.compile(fact.replace("{NOUN}", noun)))
        for subject, noun in rules.PURPOSE_SUBJECTS
    )


def _whole_line_facts(text: str, dates: list[TemporalExpression]) -> list[Fact]:
    """'The border was fully demarcated in 2017': a share of 100 percent of the line."""
    facts = []
    if not _has_word(text, rules.WHOLE_WORDS):
        return facts
    for match in _whole_line().finditer(text):
        low, high = _segment(text, match.start())
        before = text[max(low, match.start() - 30) : match.start()]
        if not _has_word(text[low:high], rules.SHARE_OBJECTS) or _negated(before):
            continue
        attribute = _first_keyword(match["state"].lower(), rules.SHARE_KEYWORDS)
        if attribute is None:
            continue
        facts.append(Fact("border", attribute, "100", 100.0, "percent", match.start(),
                          match.end(), _nearest(dates, text, match.start())))  # fmt: skip
    return facts


def _negated(text: str) -> bool:
    """Whether ``text`` holds a negation: a word of NEGATIONS, or a contraction ("isn't")."""
    lowered = text.lower().replace("’", "'")
    return "n't" in lowered or _has_word(lowered, rules.NEGATIONS)


@cache
def _whole_line() -> re.Pattern[str]:
    return re.compile(
        rf"\b(?i:{alternation(rules.WHOLE_WORDS)})\s+(?P<state>(?i:{alternation(rules.WHOLE_STATES)}))\b"
    )


@cache
def _share_of_the_line() -> re.Pattern[str]:
    """What follows a share of the line: 'of the (international) border'."""
    objects = alternation(rules.SHARE_OBJECTS)
    return re.compile(rf"\s+of\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+){{0,3}}?(?:{objects})\b")


@cache
def _count_pattern() -> re.Pattern[str]:
    nouns = alternation(rules.COUNT_NOUNS)
    words = f"(?:{number_words()})"
    # Up to two adjectives between the number and its noun: "forty-eight official crossings".
    return re.compile(
        rf"(?<![\w,.-])(?P<n>\d{{1,3}}(?:,\d{{3}})*|{words})\s+(?:[a-z]+\s+){{0,2}}?"
        rf"(?P<noun>{nouns})\b",
        re.IGNORECASE,
    )


def _count_value(text: str) -> int:
    """'8,500' → 8500, 'three' → 3, 'forty-eight' → 48."""
    if text[0].isdigit():
        return int(text.replace(",", ""))
    return number_in_words(text)


@cache
def _disputed_count() -> re.Pattern[str]:
    words = rf"(?:{number_words()}|\d{{1,3}})"
    return re.compile(rules.DISPUTED_COUNT.format(NUMBER=words), re.IGNORECASE)


def _count_facts(text: str, dates: list[TemporalExpression]) -> list[Fact]:
    facts = []
    for match in _disputed_count().finditer(text):  # "Two large areas are disputed"
        value = _count_value(match["n"])
        date = _nearest(dates, text, match.start())
        facts.append(Fact("border", "disputed_areas", str(value), float(value), None,
                          match.start(), match.end(), date))  # fmt: skip
    for match in _count_pattern().finditer(text):
        if any(d.start < match.end("n") and match.start() < d.end for d in dates):
            continue  # "in 2001 border signs were set": a year, not a count
        value = _count_value(match["n"])
        subject, attribute = rules.COUNT_NOUNS[key(match["noun"])]
        facts.append(Fact(subject, attribute, str(value), float(value), None, match.start(),
                          match.end(), _nearest(dates, text, match.start())))  # fmt: skip
    return facts


# --- named places, barriers, commissions, treaties ----------------------------------------


@cache
def _named_patterns() -> list[tuple[str, str, re.Pattern[str], tuple[str, ...]]]:
    """(subject, attribute, pattern, words one of which a sentence must hold for the pattern
    to be worth running) of every named-fact rule."""
    return [
        (
            subject,
            attribute,
            re.compile(
                pattern.replace("{NAMES}", _NAMES).replace("{NAME}", _NAME).replace("{WORD}", _WORD)
            ),
            _literal_words(pattern),
        )
        for subject, attribute, pattern in rules.NAMED_FACTS
    ]


def _literal_words(pattern: str) -> tuple[str, ...]:
    """The words a rule's pattern spells out (first four letters, lower-case): any text the
    pattern matches holds one of them, so a text that holds none is not searched."""
    bare = re.sub(r"\{[A-Z]+\}|\(\?P<\w+>|\\[a-zA-Z]|\[[^\]]*\]", " ", pattern)
    words = set()
    for run in re.finditer(r"[A-Za-z]+(\?)?", bare):
        word = run.group().rstrip("?")
        if run.group().endswith("?"):
            word = word[:-1]  # "claims?": "claim"
        if len(word) >= 3:
            words.add(word[:4].lower())
    return tuple(sorted(words))


def _named_facts(
    text: str, dates: list[TemporalExpression], context: str, mentions: CountryMentions
) -> list[Fact]:
    facts = []
    lowered = text.lower()
    for rule, attribute, pattern, literals in _named_patterns():
        subjects = _subjects_in(rule, context)
        if not subjects or (literals and not any(w in lowered for w in literals)):
            continue
        for match in pattern.finditer(text):
            group = "names" if "names" in match.groupdict() else 0
            start = match.start(group)
            for name, offset in _split_names(match[group]):
                name = _without_country(name, mentions)
                if not name or name in rules.NOT_PLACE_NAMES:
                    continue
                where = start + offset + match[group][offset:].find(name)
                for subject in subjects:
                    facts.append(Fact(subject, attribute, name, None, None, where,
                                      where + len(name), _nearest(dates, text, where)))  # fmt: skip
    return facts


def _crossing_list(text: str, dates: list[TemporalExpression], after_crossings: bool) -> list[Fact]:
    """Crossings listed with where each lies: the name that opens each comma-separated part
    of the list ('the Lindel Pass south of Avra'); a part that opens otherwise ('on the
    road between A and B') names none."""
    opener, more = _crossing_openers()
    match = opener.search(text) or (more.match(text) if after_crossings else None)
    if match is None:
        return []
    return [
        Fact("crossing", "name", name, None, None, where, where + len(name),
             _nearest(dates, text, where))
        for name, where in _list_names(text, match.end(), _COMMA_PARTS)
    ]  # fmt: skip


# The parts of a list: between commas (or semicolons too), a bracket kept whole.
_COMMA_PARTS = re.compile(r"(?:[^,(]|\([^()]*\))+")
_CLAUSE_PARTS = re.compile(r"(?:[^,(;]|\([^()]*\))+")


def _list_names(text: str, start: int, parts: re.Pattern[str]) -> list[tuple[str, int]]:
    """(name, offset) of the names that open the parts of a list from ``start`` on."""
    found = []
    for part in parts.finditer(text, start):
        names = _list_part().match(text, part.start(), part.end())
        if names is not None:
            found += _opening_names(names)
    return found


def _opening_names(names: re.Match[str]) -> list[tuple[str, int]]:
    """(name, offset) of the one or two names a part of a list opens with; a bracketed
    measure after one is a note about it ("the Korvat Pass (3,900 m)")."""
    found = []
    for group in ("first", "second"):
        name = names[group]
        if name:
            if _NOTE.search(name):
                name = name[: name.index("(")].strip()
            found.append((name, names.start(group)))
    return found


@cache
def _crossing_openers() -> tuple[re.Pattern[str], re.Pattern[str]]:
    return (
        re.compile(rules.CROSSING_LIST_OPENERS, re.IGNORECASE),
        re.compile(rules.CROSSING_MORE_OPENERS, re.IGNORECASE),
    )


@cache
def _list_part() -> re.Pattern[str]:
    """The name (or two joined by 'and') that opens a part of a list."""
    return re.compile(
        rf"\s*(?:and\s+)?(?:the\s+)?(?P<first>{_NAME})"
        rf"(?:\s+and\s+(?:the\s+)?(?P<second>{_NAME}))?"
        rf"(?=\s*$|[.;]|\s+(?:{alternation(rules.LIST_NAME_FOLLOWERS)})\b)"
    )


def _more_of(text: str, dates: list[TemporalExpression], subject: str) -> list[Fact]:
    """'Others include A, B and C' after a sentence naming some of a kind: more of them."""
    match = _more_pattern().match(text)
    if not match:
        return []
    start = match.start("names")
    facts = []
    for name, offset in _split_names(match["names"]):
        where = start + offset + match["names"][offset:].find(name)
        facts.append(Fact(subject, "name", name, None, None, where, where + len(name),
                          _nearest(dates, text, where)))  # fmt: skip
    return facts


@cache
def _more_pattern() -> re.Pattern[str]:
    return re.compile(rules.MORE_OF_THE_SAME.replace("{NAMES}", _NAMES))


def _subjects_in(rule: str, context: str) -> tuple[str, ...]:
    """The subjects a named-fact rule gives in a paragraph's context (none: not here)."""
    disputed = context == "disputed_area"
    if rule == "{context}":
        return (context,)
    if rule == "{disputed}":
        return ("disputed_area",) if disputed else ()
    if rule == "{island}":  # an island in dispute is both
        return ("island", "disputed_area") if disputed else ("island",)
    if rule == "{barrier}":
        return ("barrier",) if context == "barrier" else ()
    return (rule,)


_LOWER_TAIL = re.compile(r"\s+[a-z]+$")
# A bracket after a name that is a note rather than another name for it: "(Zurbatiyah on the
# other side)", "(now Borvik)"; "(Velika ada)" is another name.
_NOTE = re.compile(
    rf"\([^()]*\b(?:{alternation(rules.NOTE_WORDS)})\b[^()]*\)$"
    # a measure is a note too: "the Korvat Pass (3,900 m)"
    r"|\([^()]*\d[^()]*\)$"
)


def _split_names(text: str) -> list[tuple[str, int]]:
    """'the Old Bridge (Stary Most) and at Eskby' → the names and their offsets;
    a generic noun after a name is not part of it ('the Tarn pass' → 'Tarn')."""
    names = []
    joiners = "|".join(["and", *(re.escape(j) for j in rules.NAME_JOINERS)])
    for match in re.finditer(r"[^,()]+(?:\([^()]*\))?", text):
        for part in re.split(rf"\s+(?:{joiners})\s+", match.group(0)):
            cleaned = re.sub(rf"^(?:(?:{joiners}|at|the)\s+)+", "", part.strip(),
                             flags=re.IGNORECASE)  # fmt: skip
            if not re.search(r"\)$", cleaned):
                cleaned = _LOWER_TAIL.sub("", cleaned)
            elif _NOTE.search(cleaned):  # "Alta (Alto on the other side)": a note
                cleaned = cleaned[: cleaned.index("(")].strip()
            if (cleaned and cleaned[0].isupper()) or cleaned[:1].isdigit():
                names.append((cleaned, match.start()))
    return names


def _without_country(name: str, mentions: CountryMentions) -> str:
    """Drop a leading country ("Norland's Eskby" → "Eskby"); a country alone is no place."""
    for mention in mentions.find(name):
        if mention.start != 0:
            continue
        rest = name[mention.end :].strip()
        # "Norland's Eskby", "Norlandic Eskby"; not "Norland–Sudria", a name of its own,
        # nor "the Norland River", a feature named after the country
        glued = name[mention.end : mention.end + 1] in rules.NAME_DASHES
        if not glued and rest.split(" ")[0] not in rules.FEATURE_NOUNS:
            name = rest
    return name


def _barrier_facts(text: str, dates: list[TemporalExpression]) -> list[Fact]:
    facts = []
    for match in _barrier_built().finditer(text):  # "In 1915 they put up the Wire of Death"
        date = _nearest(dates, text, match.start())
        name = match["name"]
        if date is not None:
            facts.append(Fact("barrier", "established", name, None, None, match.start("name"),
                              match.end("name"), date))  # fmt: skip
    for attribute, pattern in rules.BARRIER_FACTS:
        pattern = pattern.replace("{TEXT}", rules.CLAUSE_TEXT).replace("{END}", rules.CLAUSE_END)
        for match in re.finditer(pattern, text):
            value = _LEADING_MEASURE.sub("", match["value"]).strip()
            where = match.end("value") - len(value)
            facts.append(Fact("barrier", attribute, value, None, None, where, match.end("value"),
                              _nearest(dates, text, where)))  # fmt: skip
    return facts


@cache
def _barrier_built() -> re.Pattern[str]:
    return re.compile(rf"{rules.BARRIER_BUILT}\s+the\s+(?P<name>{_NAME})")


def _commission_facts(text: str, dates: list[TemporalExpression]) -> list[Fact]:
    """When a commission began work: 'commissions on delimitation have worked since 1996',
    'the International Boundary and Rivers Commission, established in 1889', 'an interstate
    commission for the marking of the border was set up in 2001'."""
    facts = []
    for match in re.finditer(rules.COMMISSION_PATTERN, text):
        date = _nearest(dates, text, match.start())
        if date is not None:  # a commission's fact is when it began work
            facts.append(Fact("commission", "established", f"{match['topic']} commissions", None,
                              None, match.start(), match.end(), date))  # fmt: skip
    taken = [(f.value_start, f.value_end) for f in facts]
    named, described, verb = _commission_patterns()
    # "The two governments set up a Joint Boundary Commission (JBC) on 21 June 1997".
    for match in [*_commission_set_up().finditer(text), *_committees_set_up().finditer(text)]:
        if any(s < match.end("name") and match.start("name") < e for s, e in taken):
            continue
        fitting = [d for d in dates if d.start >= match.end() and d.qualifier in ("in", "on")]
        # "The memorandum signed on 26 February 1995 ... set up joint committees": the date
        # of the sentence, when none follows
        date = fitting[0] if fitting else _nearest(dates, text, match.start())
        if date is not None:
            taken.append((match.start("name"), match.end()))
            facts.append(Fact("commission", "established", _named_with_alias(match), None, None,
                              match.start("name"), match.end(), date))  # fmt: skip
    for match in [*named.finditer(text), *described.finditer(text)]:
        if any(s < match.end("name") and match.start("name") < e for s, e in taken):
            continue
        established = verb.match(text, match.end(), match.end() + 60)
        if not established:
            continue
        fitting = [
            d
            for d in dates
            if d.start >= established.end() and d.qualifier in ("in", "on", "since")
        ]
        date = fitting[0] if fitting else None
        if date is None:
            continue
        name = " ".join(_without_leading(_named_with_alias(match).split(), rules.NOT_NAME_WORDS))
        taken.append((match.start("name"), match.end()))
        facts.append(Fact("commission", "established", name, None, None, match.start("name"),
                          match.end(), date))  # fmt: skip
    return facts


def _named_with_alias(match: re.Match[str]) -> str:
    """A commission's name with the other name in brackets after it, as written."""
    alias = match.groupdict().get("alias")
    return f"{match['name']} ({alias})" if alias else match["name"]


@cache
def _committees_set_up() -> re.Pattern[str]:
    """'set up joint committees', 'established a boundary commission': named by its kind."""
    nouns = alternation(rules.COMMISSION_NOUNS)
    kinds = alternation(rules.COMMISSION_KINDS)
    return re.compile(
        rf"\b(?:{alternation(rules.COMMISSION_VERBS)})\s+(?:an?\s+|the\s+)?"
        rf"(?P<name>(?:(?:{kinds})\s+){{1,3}}(?:{nouns})s?)\b"
    )


@cache
def _commission_set_up() -> re.Pattern[str]:
    capitals = alternation(n.title() for n in rules.COMMISSION_NOUNS)
    particles = alternation(rules.TREATY_NAME_PARTICLES)
    return re.compile(
        rf"\b(?:{alternation(rules.COMMISSION_VERBS)})\s+(?:a|an|the)\s+"
        rf"(?P<name>(?:{_WORD}\s+(?:(?:{particles})\s+)?){{1,6}}(?:{capitals}))\b{_ALIAS}"
    )


@cache
def _commission_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    capitals = alternation(n.title() for n in rules.COMMISSION_NOUNS)
    nouns = alternation(rules.COMMISSION_NOUNS)
    particles = alternation(rules.TREATY_NAME_PARTICLES)
    named = re.compile(
        rf"(?P<name>(?:{_WORD}\s+(?:(?:{particles})\s+)?){{1,6}}(?:{capitals}))\b{_ALIAS}"
    )
    described = re.compile(
        rf"\b(?i:an?|the)\s+(?P<name>(?:[a-z][\w-]*\s+){{0,3}}(?:{nouns})"
        rf"(?:\s+(?:for|on)\s+[^,;.()]{{1,100}}?)?)(?=\s+(?:was|were|has|have|had)\b)"
    )
    verb = re.compile(rf"[^.;]{{0,40}}?\b(?:{alternation(rules.COMMISSION_VERBS)})\b")
    return named, described, verb


def _ruling_facts(text: str, dates: list[TemporalExpression]) -> list[Fact]:
    """An award or ruling handed down: 'handed down the Eskby arbitral award on June 15,
    1911' (the value names it, with the capitalised words before the noun), 'the award in the
    Sierra of the North Boundary Case', 'the Sierra de Vell arbitration ... awarded'."""
    facts = []
    verb_first, named_after, subject_first, passive = _ruling_patterns()
    for match in [*verb_first.finditer(text), *subject_first.finditer(text),
                  *passive.finditer(text)]:  # fmt: skip
        pre = _without_leading(match["pre"].split(), rules.NOT_NAME_WORDS)
        if not pre:  # an award without a name is not worth a row
            continue
        name = " ".join([*pre, match["noun"]])
        start = match.end("pre") - len(" ".join(pre)) - 1
        facts.append(Fact("ruling", "decided", name, None, None, start, match.end("noun"),
                          _ruling_date(dates, text, match.end(), start)))  # fmt: skip
    for match in named_after.finditer(text):
        date = _ruling_date(dates, text, match.end(), match.start())
        facts.append(Fact("ruling", "decided", match["name"], None, None, match.start("name"),
                          match.end("name"), date))  # fmt: skip
    return facts


def _ruling_date(
    dates: list[TemporalExpression], text: str, end: int, start: int
) -> TemporalExpression | None:
    """The date a ruling was handed down: the first 'on'/'in' date after it, else the
    nearest."""
    after = [d for d in dates if d.start >= end and d.qualifier in ("on", "in")]
    return after[0] if after else _nearest(dates, text, start)


@cache
def _ruling_patterns() -> tuple[re.Pattern[str], ...]:
    verbs = alternation(rules.RULING_VERBS)
    nouns = alternation(rules.RULING_NOUNS)
    # Capitalised words, with small words inside: "Lago del Monte award".
    pre = rf"(?P<pre>(?:{_WORD}(?:\s+(?:{alternation(rules.NAME_PARTICLES)}))?\s+){{0,4}})"
    verb_first = re.compile(rf"\b(?:{verbs})\s+(?:the\s+|an?\s+|its\s+)?{pre}(?P<noun>{nouns})\b")
    ends = alternation(rules.RULING_NAME_ENDS)
    named_after = re.compile(
        rf"\b(?:award|judgment|judgement|ruling)\s+(?:in|of)\s+(?:the\s+)?"
        rf"(?P<name>(?:{_WORD}(?:\s+(?:{alternation(rules.NAME_PARTICLES)}))?\s+){{0,6}}(?:{ends}))\b"
    )
    subject_first = re.compile(
        rf"\b(?:[Tt]he|[Aa]n?)\s+{pre}(?P<noun>{alternation(rules.RULING_SUBJECT_NOUNS)})\b"
        rf"[^.;]{{0,80}}?\b(?:{alternation(rules.RULING_OBJECT_VERBS)})\b"
    )
    passive = re.compile(
        rf"\b(?:[Tt]he|[Aa]n?)\s+{pre}(?P<noun>(?:arbitral\s+)?award)\s+(?:was\s+|had\s+been\s+)?"
        rf"(?:{alternation(rules.RULING_PASSIVE_VERBS)})\b"
    )
    return verb_first, named_after, subject_first, passive


def _closure_facts(
    text: str, dates: list[TemporalExpression], crossings: set[str], closed: list[str]
) -> tuple[list[Fact], list[str]]:
    """Crossings (or the border) closed and reopened, each dated: 'it shut the crossings at
    Alta and Borvik from 8 to 15 March 2020', 'Alta reopened in July 2020', 'the
    border reopened on November 8, 2021', 'it reopened in February 2016' (what was closed)."""
    facts = []
    for verb in _closing_pattern().finditer(text):
        attribute = rules.CLOSING_VERBS[key(verb["verb"])]
        low, high = _segment(text, verb.start())
        # Crossings named before the verb in its part of the sentence, or right after it.
        part = text[text.rfind(";", 0, verb.start()) + 1 : verb.start()]
        named = [n for n in crossings if n in part]
        after = _AFTER_VERB.match(text, verb.end())
        if after:  # "shut the crossings at Alta, Borvik and Eskby"
            named += [n for n, _ in _split_names(after["names"]) if n not in named]
        before = text[max(low, verb.start() - 60) : verb.start()].lower()
        pronoun = re.search(r"\b(?:it|they)\s+(?:\w+\s+)?$", before)
        # "..., and reopened in August 2021": the verb's subject is the one before.
        elliptical = _ELLIPTICAL.fullmatch(text[low : verb.start()]) is not None
        # "the rebuilt embassy reopened": another thing opened, not the border.
        other = _OTHER_SUBJECT.search(before) is not None
        border_object = _BORDER_AFTER_VERB.match(text, verb.end()) is not None
        if key(verb["verb"]) in rules.NAMED_ONLY_CLOSING_VERBS:
            # "stopped travellers entering at Al-Sarim": a crossing named in its clause
            ahead = text[verb.end() : high]
            named += [n for n in crossings if n in ahead and n not in named]
            if not (named or border_object):
                continue
        # "it closed the land border": what the verb names after it is what closed.
        subjects = ["border"] if border_object and not after else named or (
            closed if (pronoun or elliptical) and closed
            else ["border"] if not other and _has_word(text, rules.BORDER_WORDS)
            else []
        )  # fmt: skip
        # Its dates: in its clause after the verb ("to shoppers on 8 February 2003 and to all
        # traffic on 21 March 2003": two), else the nearest.
        following = [m.start() for m in _closing_pattern().finditer(text, verb.end(), high)]
        stop = following[0] if following else high
        fitting = [d for d in dates if verb.end() <= d.start < stop]
        on_days = [d for d in fitting if d.qualifier in ("on", "in")]
        when = on_days if len(on_days) > 1 else fitting[:1] or [_nearest(dates, text, verb.start())]
        for subject in subjects:
            kind = "border" if subject == "border" else "crossing"
            start, end = _where_named(text, subject, verb.start(), pronoun, low)
            for date in when:
                facts.append(Fact(kind, attribute, subject, None, None, start, end, date))
        if subjects and attribute == "closed":
            closed = list(subjects)
    return facts, closed


def _where_named(
    text: str, subject: str, verb: int, pronoun: re.Match[str] | None, low: int
) -> tuple[int, int]:
    """Where the sentence names what was closed: the name nearest the verb, else the pronoun
    that stands for it ("it reopened")."""
    before = text.rfind(subject, 0, verb)
    position = before if before != -1 else text.find(subject, verb)
    if position != -1:
        return position, position + len(subject)
    if pronoun is not None:
        start = max(low, verb - 60) + pronoun.start()
        return start, start + len(pronoun.group().split()[0])
    return verb, verb


# What stands between a clause's start and its verb when the verb shares the subject of the
# clause before: "..., and reopened", "; then was reopened".
_ELLIPTICAL = re.compile(r"\s*(?:(?:and|but|then|later|was|were|had|been|only)\s+)*", re.I)
_BORDER_AFTER_VERB = re.compile(
    rf"\s+(?:the|its|their)\s+(?:[a-z]+\s+){{0,2}}?(?:{alternation(rules.BORDER_WORDS)})\b"
)
_OTHER_SUBJECT = re.compile(
    rf"\b(?:{alternation(rules.OTHER_CLOSING_SUBJECTS)})\s+(?:(?:was|were|had\s+been|has\s+been|"
    r"is|are)\s+)?$",
    re.I,
)
_AFTER_VERB = re.compile(
    rf"\s+(?:the\s+)?(?:[a-z]+\s+){{0,2}}?(?:crossings?|checkpoints?|border\s+posts?)\s+(?:at\s+|of\s+)?"
    rf"(?P<names>{_NAMES})"
)


@cache
def _closing_pattern() -> re.Pattern[str]:
    return re.compile(rf"\b(?P<verb>{alternation(rules.CLOSING_VERBS)})\b")


@dataclass(frozen=True)
class _Treaty:
    """Where a treaty is named in a sentence, and the name."""

    start: int
    end: int
    name: str
    anaphor: int = 0  # "the treaty" (1) or "both agreements" (2): named before


@cache
def _treaty_patterns() -> tuple[re.Pattern[str], ...]:
    nouns = alternation(rules.TREATY_NOUNS)
    # "Memorandum of Understanding": each word capitalised but the small ones.
    capital_nouns = alternation(
        " ".join(w if w in ("of", "on") else w.capitalize() for w in n.split())
        for n in rules.TREATY_NOUNS
    )
    particles = alternation(rules.TREATY_NAME_PARTICLES)
    topics = alternation(rules.TREATY_TOPIC_WORDS)
    stops = alternation(rules.TREATY_TOPIC_STOPS)
    # "the Treaty of Arvel", "the Norland–Sudria Boundary Treaty", "the Treaty on
    # the Delimitation of Marine and Submarine Areas"
    proper = re.compile(
        rf"(?P<pre>(?:{_WORD}\s+){{0,4}})(?P<noun>{capital_nouns})\b"
        rf"(?P<post>(?:(?:\s+(?:{particles}))+\s+{_WORD}(?:\s+{_WORD}){{0,4}}){{0,6}}"
        # "the Treaty on Good Neighbourliness, Friendly Relations and Cooperation": a list of
        # capitalised topics, closed by "and", is the name's too
        rf"(?:(?:,\s+{_WORD}(?:\s+{_WORD}){{0,3}}){{1,4}}\s+and\s+{_WORD}(?:\s+{_WORD}){{0,3}})?)"
    )
    # "the Eskby agreement", "an Anglo-Norlandic agreement"
    modified = re.compile(rf"(?P<pre>(?:{_WORD}\s+){{1,3}})(?P<noun>{nouns})\b")
    # "the border demarcation treaties", "an agreement on the continental shelf"
    lower = re.compile(
        rf"(?P<mods>(?:\b[a-z][\w-]*\s+){{0,2}})(?P<noun>{nouns})\b"
        rf"(?P<topic>\s+(?:{topics})\s+(?:the\s+)?(?:(?!(?:{stops})\b)[\w’'–-]+\s+){{0,5}}?"
        rf"(?!(?:{stops})\b)[\w’'–-]+(?=\s+(?:{stops})\b|\s*[,.;:()]|\s*$))?"
    )
    return proper, modified, lower


@cache
def _verb_pattern() -> re.Pattern[str]:
    """The verbs of a treaty's events; 'approved' only right after a legislature."""
    legislatures = alternation(rules.LEGISLATURES)
    approvals = alternation(rules.LEGISLATURE_VERBS)
    return re.compile(
        rf"\b(?P<verb>{alternation(rules.TREATY_VERBS)})\b"
        rf"|(?<=\s)(?:(?i:{legislatures})\s+)(?:\w+\s+){{0,2}}?(?P<approval>{approvals})\b"
    )


def _treaty_event(verb: re.Match[str]) -> str:
    """The event a treaty verb records: signed, ratified, in force."""
    if verb["approval"]:
        return rules.LEGISLATURE_VERBS[key(verb["approval"])]
    return rules.TREATY_VERBS[key(verb["verb"])]


def _treaties(text: str) -> list[_Treaty]:
    """Every treaty a sentence names, by its proper name or by its kind."""
    found: list[_Treaty] = []
    lowered = text.lower()
    if not any(noun in lowered for noun in rules.TREATY_NOUNS):
        return found  # each pattern needs a treaty noun; most sentences have none
    proper, modified, lower = _treaty_patterns()

    def free(start: int, end: int) -> bool:
        return not any(t.start < end and start < t.end for t in found)

    for match in proper.finditer(text):
        pre = _without_leading(match["pre"].split(), rules.NOT_NAME_WORDS)
        post = _up_to_a_date(_topics_only(match["post"].strip()))
        if not pre and not post and " " not in match["noun"]:
            continue  # "The Treaty was ...": a capital at the start, not a name
        name = " ".join([*pre, match["noun"], *([post] if post else [])])
        start = (
            match.end("pre") - len(" ".join(pre)) - (1 if pre else 0)
            if pre
            else match.start("noun")
        )
        end = match.start("post") + len(match["post"]) - len(match["post"].lstrip()) + len(post)
        found.append(_Treaty(max(start, match.start()), end if post else match.end("noun"), name))
    for match in modified.finditer(text):
        pre = _without_leading(match["pre"].split(), rules.NOT_NAME_WORDS)
        if pre and free(match.start("noun"), match.end()):
            start = match.start("noun") - len(" ".join(pre)) - 1
            found.append(_Treaty(start, match.end(), " ".join([*pre, match["noun"]])))
    for match in lower.finditer(text):
        if not free(match.start("noun"), match.end("noun")):
            continue
        mods = _modifiers(match["mods"].split())
        if not mods:
            participle = _PARTICIPLE.search(
                text[max(0, match.start("noun") - 40) : match.start("noun")]
            )
            if participle and participle.group(1) in rules.PARTICIPLE_MODIFIERS:
                mods = [rules.PARTICIPLE_MODIFIERS[participle.group(1)]]
        topic = (match["topic"] or "").strip()
        name = " ".join([*mods, match["noun"], *([topic] if topic else [])])
        before = text[max(0, match.start("noun") - 12) : match.start("noun")].lower().split()
        anaphor = 0
        # "the convention of 1972" is another treaty, known by its year, not the one before
        dated = re.match(r"\s+of\s+\d", text[match.end() :]) is not None
        if not mods and not topic and not dated:
            if match["noun"] in rules.ANAPHORIC_TREATIES and before[-1:] in (["the"], ["this"]):
                anaphor = 1
            elif before[-1:] == ["both"]:
                anaphor = 2
        start = match.start("noun") - len(" ".join(mods)) - (1 if mods else 0)
        found.append(_Treaty(start, match.end(), name, anaphor))
    return _without_aliases(text, sorted(found, key=lambda t: t.start))


# "the Treaty of Arvel, formally the Frontier Treaty, ...": one treaty.
_ALIAS_JOIN = re.compile(
    r",?\s*(?:formally|officially|also\s+known\s+as|known\s+as|also\s+called|or)\s+(?:the\s+)?"
)


def _without_aliases(text: str, treaties: list[_Treaty]) -> list[_Treaty]:
    """A treaty named again right after its name ("X, formally Y") is X: its span reaches
    over Y, so that a verb after Y is said of X."""
    kept: list[_Treaty] = []
    for treaty in treaties:
        last = kept[-1] if kept else None
        if last and last.name and _ALIAS_JOIN.fullmatch(text, last.end, treaty.start):
            kept[-1] = replace(last, end=treaty.end)
            continue
        kept.append(treaty)
    return kept


def _topics_only(post: str) -> str:
    """A name's list after a comma is its own only when every item is a treaty's topic
    ("…, Friendly Relations and Cooperation"), not "the Treaty of Lima, Tacna and Arica"."""
    head, comma, tail = post.partition(",")
    if not comma:
        return post
    items = re.split(r",\s+|\s+and\s+", tail.strip())
    topics = all(find_word(item.lower(), rules.TREATY_TITLE_WORDS) for item in items)
    return post if topics else head


def _up_to_a_date(name: str) -> str:
    """A name stops before a month or a number: 'of Rome in March' is 'of Rome'."""
    words = name.split()
    for index, word in enumerate(words):
        if word.lower().rstrip(".,") in MONTHS or word[:1].isdigit():
            words = words[:index]
            break
    while words and words[-1] in rules.TREATY_NAME_PARTICLES:
        words.pop()
    return " ".join(words)


def _without_leading(words: list[str], unwanted: tuple[str, ...]) -> list[str]:
    while words and words[0] in unwanted:
        words = words[1:]
    return words


def _modifiers(words: list[str]) -> list[str]:
    """The words right before a treaty noun that qualify it ("border demarcation")."""
    kept: list[str] = []
    for word in reversed(words):
        if word.lower() in rules.TREATY_SKIP_WORDS or (not word.isalpha() and "-" not in word):
            break
        kept.insert(0, word)
    return kept[-2:]


def _treaty_facts(
    text: str, dates: list[TemporalExpression], mentions: CountryMentions
) -> list[Fact]:
    treaties = _treaties(text)
    verbs = list(_verb_pattern().finditer(text))
    if not treaties:
        # "Negotiated by Gadsden and signed on December 30, 1853, it transferred ...", "Its
        # successor, signed in November 1998": the treaty named before.
        objects = [o for v in verbs if (o := _PRONOUN_OBJECT.match(text, v.end()))]
        if verbs and _ANAPHORIC_OPENING.match(text):
            end = verbs[0].start()
            treaties = [_Treaty(0, end, "", anaphor=1)]
        elif objects:  # "the Chilean Senate approved it in May 1929"
            treaties = [_Treaty(o.start("it"), o.end("it"), "", anaphor=1) for o in objects]
        else:
            return []
    # Every treaty named is remembered, for "it" and "the treaty" in the sentences after.
    facts = [
        Fact("treaty", _MENTIONED, t.name, None, None, t.start, t.end)
        for t in treaties
        if t.name and not t.anaphor and t.name not in rules.TREATY_NOUNS
    ]
    starting = {d.start: d for d in dates}
    for treaty in treaties:  # "an agreement of 15 December 2001": signed that day
        of = _DATED_GAP.match(text, treaty.end)
        if treaty.name and of and of.end() in starting:
            facts.append(Fact("treaty", "signed", treaty.name, None, None, treaty.start,
                              treaty.end, starting[of.end()], anaphor=treaty.anaphor))  # fmt: skip
    found = mentions.find(text)
    # "… but it has not entered into force": no event
    verbs = [v for v in verbs if not _NOT_YET.search(text, max(0, v.start() - 20), v.start())]
    for index, verb in enumerate(verbs):
        previous_end = verbs[index - 1].end() if index else 0
        next_start = verbs[index + 1].start() if index + 1 < len(verbs) else len(text)
        for treaty in _objects(text, treaties, verb, next_start):
            attribute = _treaty_event(verb)
            ratifier = _ratifier(text, verb, found) if attribute != "signed" else None
            name = f"{treaty.name} ({ratifier})" if ratifier and treaty.name else treaty.name
            # Its date: the first after the verb (before the next verb), else the last before
            # it; a date that bounds ("until 2020") dates no signing.
            fitting = [d for d in dates if d.qualifier in rules.TREATY_DATE_QUALIFIERS[attribute]
                       and not _treaty_year().match(text, d.end)]  # fmt: skip
            after = [d for d in fitting if verb.start() < d.start and verb.end() < d.end
                     and d.start < next_start]  # fmt: skip
            before = [d for d in fitting if previous_end <= d.start and d.end <= verb.start()]
            date = after[0] if after else before[-1] if before else None
            facts.append(Fact("treaty", attribute, name, None, None, treaty.start, treaty.end,
                              date, anaphor=treaty.anaphor, ratifier=ratifier))  # fmt: skip
    return facts


@cache
def _treaty_year() -> re.Pattern[str]:
    """What follows a year that names a treaty ("the 1904 and 1907 treaties"): that year
    dates no other treaty's signing."""
    nouns = alternation(rules.TREATY_NOUNS)
    return re.compile(rf"(?:\s*(?:and|–|-)\s*\d{{3,4}})?\s+(?:{nouns})\b")


_NOT_YET = re.compile(r"(?:\b(?:not|never|yet\s+to)\b|n't)(?:\s+(?:been|yet|be|have|has))*\s+$")


# Not an attribute: a treaty named in a sentence, for what refers back to it later.
_MENTIONED = "mentioned"
_PRONOUN_OBJECT = re.compile(r"\s+(?P<it>it)\b")
_ANAPHORIC_OPENING = re.compile(r"(?:(?:It|Its|This|These|They)\b|[A-Z][a-z]+ed\b)")


def _objects(
    text: str, treaties: list[_Treaty], verb: re.Match[str], next_start: int
) -> list[_Treaty]:
    """The treaties a verb is said of: the one right before it ("the treaty was signed"),
    else those after it up to the next verb ("signed the X, together with the Y"), else the
    nearest one before. A treaty only called "a treaty" is left out: nothing names it."""
    before = [t for t in treaties if t.end <= verb.start()]
    after = [t for t in treaties if verb.end() <= t.start < next_start]
    close = before[-1:] if before and _CLOSE.fullmatch(text[before[-1].end : verb.start()]) else []
    chosen = close or after or before[-1:]
    if len(chosen) == 1 and chosen[0].name in rules.TREATY_NOUNS and not chosen[0].anaphor:
        # "a separate treaty signed the same day, the Treaty relating to the Island of
        # Patos": the bare noun and the name are one treaty, known by the name.
        named = [t for t in [*before[-1:], *after[:1]] if t.name[:1].isupper()]
        chosen = named[:1] or chosen
    return [t for t in chosen if t.anaphor or t.name not in rules.TREATY_NOUNS or len(chosen) == 1]


# Between a treaty and its verb in one clause: "the treaty was", "the agreement, signed".
_CLOSE = re.compile(
    r"(?:\s*,)?\s+(?:(?:was|were|is|are|has|have|had|been|being|then|later|"
    r"finally|formally|jointly|duly)\s+){0,3}"
)


def _resolve_treaties(found: list[Stated]) -> list[Stated]:
    """'The treaty entered into force' is about the treaty named last in its section, 'both
    agreements' about the last two; a treaty named by its kind ('boundary treaty') and again
    by its name ('Norland–Sudria Boundary Treaty') is one treaty, known by its name."""
    named: dict[str | None, list[str]] = {}
    resolved: list[Stated] = []
    for stated in found:
        fact = stated.fact
        if fact.subject != "treaty":
            resolved.append(stated)
            continue
        names = named.setdefault(stated.section, [])
        if not fact.anaphor:
            base = fact.value.removesuffix(f" ({fact.ratifier})") if fact.ratifier else fact.value
            if base in names:
                names.remove(base)  # the one named last is the one "the treaty" means
            names.append(base)
            if fact.attribute != _MENTIONED:
                resolved.append(stated)
            continue
        targets = names[-fact.anaphor :] if len(names) >= fact.anaphor else []
        if not targets:
            resolved.append(stated)
        for target in targets:
            value = f"{target} ({fact.ratifier})" if fact.ratifier else target
            resolved.append(stated._replace(fact=replace(fact, value=value, anaphor=0)))
    proper = [s.fact for s in resolved if s.fact.subject == "treaty" and s.fact.value[:1].isupper()]
    return [s for s in resolved if not _known_by_name(s.fact, proper)]


def _known_by_name(fact: Fact, proper: list[Fact]) -> bool:
    if fact.subject != "treaty" or fact.value[:1].isupper():
        return False
    words = set(fact.value.lower().split())
    return any(
        p.attribute == fact.attribute and words <= set(p.value.lower().split())
        and _same_year(p.date, fact.date)
        for p in proper
    )  # fmt: skip


def _same_year(a: TemporalExpression | None, b: TemporalExpression | None) -> bool:
    if a is None or b is None or a.core is None or b.core is None:
        return True
    first, second = a.core.start or a.core.end, b.core.start or b.core.end
    return first is None or second is None or first.year == second.year


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


@cache
def _distance_pattern() -> re.Pattern[str]:
    return re.compile(rf"\s+(?:{alternation(rules.DISTANCE_WORDS)})\b")


def _is_distance(text: str, quantity: Quantity) -> bool:
    """'about 50 km from Orsk' is a distance; '450 km from the coast to the tripoint' is the
    line's extent, and at sea '200 nautical miles from the baselines' is a limit."""
    if quantity.unit in rules.MARITIME_UNITS:
        return bool(_not_a_limit().match(text, quantity.end))
    after = _distance_pattern().match(text, quantity.end)
    if not after:
        return False
    _, high = _segment(text, quantity.start)
    return not re.search(r"\bto\b", text[after.end() : high])


@cache
def _not_a_limit() -> re.Pattern[str]:
    return re.compile(rf"\s+(?:{alternation(rules.MARITIME_NOT_LIMITS)})\b")


def _is_border_sentence(text: str) -> bool:
    return _has_word(text, rules.BORDER_WORDS) or _has_word(text, rules.BORDER_SENTENCE_WORDS)


def _has_word(text: str, words: tuple[str, ...]) -> bool:
    return find_word(text, words) is not None


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
    part_start = text.rfind(";", 0, position) + 1
    part_end = text.find(";", position) if ";" in text[position:] else len(text)
    in_part = [d for d in dates if part_start <= d.start < part_end]
    candidates = local or in_part or dates
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


@dataclass(frozen=True)
class _Dated:
    edtf: str
    date_start: object
    date_end: object


def _as_dated(date: TemporalExpression | None, event: bool) -> _Dated | None:
    if date is None:
        return None
    if event and date.core is not None:
        return _Dated(edtf(date.core), date.core.start, date.core.end)
    return _Dated(date.edtf, date.date_start, date.date_end)


def _rows(doc: Document, relation_id: str, found: list[Stated]) -> list[dict[str, object]]:
    rows: dict[tuple[str, ...], dict[str, object]] = {}
    for fact, evidence, section in found:
        start = evidence.char_start
        event = fact.attribute in rules.EVENT_ATTRIBUTES
        # A state of things is bounded as in the timeline ("11 meetings by August 2020" is
        # ../2020-08); an event happened at its date ("in force since 1999" is 1999).
        date = _as_dated(fact.date, event)
        key: tuple[str, ...] = (fact.subject, fact.attribute, fact.value, fact.unit or "")
        if event and date is not None:
            # An event told with two dates is two events: signed in 1965, again in 1998.
            key = (*key, date.edtf)
        rows.setdefault(key, {  # the first telling of a fact is its evidence
            "fact_id": row_id(relation_id, *key),
            "relation_id": relation_id,
            "subject": fact.subject,
            "attribute": fact.attribute,
            "value": fact.value,
            "value_num": fact.value_num,
            "unit": fact.unit,
            "date_edtf": date.edtf if date else None,
            "date_start": date.date_start if date else None,
            "date_end": date.date_end if date else None,
            "text": evidence.text,
            "value_char_start": start + fact.value_start,
            "value_char_end": start + fact.value_end,
            "section": section,
            "source_file": doc.source_file,
            "source_line": evidence.line,
            "char_start": start,
            "char_end": evidence.char_end,
        })  # fmt: skip
    return list(rows.values())
