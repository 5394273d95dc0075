"""ambassadors: one row per item of every ambassador list, with its tenure."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from pipeline.countries import Country, capital_of
from pipeline.document import HEADING_SEPARATOR, Block, Document, Section
from pipeline.ids import row_id
from pipeline.mentions import CountryMentions, Mention, country_mentions
from pipeline.relation import relation_of
from pipeline.rules import ambassadors as rules
from pipeline.rules.temporal import MONTH_ABBREVIATIONS, MONTHS
from pipeline.sections import is_apparatus
from pipeline.words import UPPER, alternation, whole_words

_YEAR = re.compile(r"(?<!\d)\d{4}(?!\d)")
_BRACKETS = re.compile(r"\(([^()]*)\)")
# "Name, 1993–1994" and "Name – 1993–1994": a tenure after a comma or a spaced dash.
_SUFFIX = re.compile(r"(?P<name>.+?)(?:,|\s[–—-])\s*(?P<tenure>[^,()]*\d{4}[^,()]*)$")
_TENURE_WORDS = frozenset(
    word
    for phrase in (*rules.CURRENT_WORDS, *rules.START_ONLY_WORDS, *rules.RANGE_WORDS,
                   *MONTHS, *MONTH_ABBREVIATIONS, *rules.TERM_SEPARATORS)
    for word in phrase.split()
)  # fmt: skip
_OPEN_END = re.compile(r"[–—-]\s*$")


@dataclass(frozen=True)
class Tenure:
    """An ambassador's tenure as written and what it says."""

    text: str | None
    start_year: int | None
    end_year: int | None
    is_current: bool


@dataclass(frozen=True)
class Entry:
    """One tenure of a list item: who, with which title, in which role, when."""

    name: str
    honorific: str | None
    role: str | None
    tenure: Tenure


def extract(doc: Document) -> list[dict[str, object]]:
    """One row per tenure of each item under a heading that names an ambassador list."""
    relation = relation_of(doc)
    mentions = country_mentions((relation.country_a, relation.country_b))
    rows = []
    for section in doc.sections():
        items = [b for b in section.blocks if b.kind == "list_item"]
        if not items or is_apparatus(section.path):
            continue
        if not any(names_a_list(heading) for heading in section.path):
            continue
        countries = _direction(section.path, mentions)
        if countries is None:
            continue
        sending, receiving = countries
        for position, item in enumerate(items, start=1):
            for term, entry in enumerate(parse_item(item.text), start=1):
                rows.append(_row(doc, relation.relation_id, section, item, position, term,
                                 entry, sending, receiving))  # fmt: skip
    return rows


def names_a_list(heading: str) -> bool:
    """Whether a heading names a list of ambassadors (a keyword as part of a word:
    "Ambassadors", "Heads of Mission")."""
    lowered = heading.lower()
    return any(keyword in lowered for keyword in rules.HEADING_KEYWORDS)


def _direction(path: tuple[str, ...], mentions: CountryMentions) -> tuple[Country, Country] | None:
    """(sending, receiving) from the deepest heading of the path that names one."""
    for heading in reversed(path):
        countries = list_countries(heading, mentions)
        if countries is not None:
            return countries
    return None


def list_countries(heading: str, mentions: CountryMentions) -> tuple[Country, Country] | None:
    """(sending, receiving) of a list from its heading; None when the heading names neither.

    A capital stands for its country: "Japan's ambassadors in Seoul", "Ambassadors in Tokyo".
    """
    sending = receiving = None
    for mention in [*mentions.find(heading), *_capitals(heading, mentions)]:
        before = heading[: mention.start].lower().rstrip()
        before = before.removesuffix(" the").rstrip()
        if any(before.endswith(f" {p}") or before == p for p in rules.RECEIVING_PREPOSITIONS):
            receiving = receiving or mention.country
        else:
            sending = sending or mention.country
    if sending and not receiving:
        receiving = mentions.other(sending)
    elif receiving and not sending:
        sending = mentions.other(receiving)
    if not sending or not receiving or sending.iso3 == receiving.iso3:
        return None
    return sending, receiving


def _capitals(heading: str, mentions: CountryMentions) -> list[Mention]:
    found = []
    for country in mentions.countries:
        capital = capital_of(country.iso3)
        if capital:
            for match in re.finditer(rf"\b{re.escape(capital)}\b", heading):
                found.append(Mention(match.start(), match.end(), country, "capital"))
    return sorted(found, key=lambda m: m.start)


def parse_item(text: str) -> list[Entry]:
    """A list item's tenures: 'Name (1993–1994)', 'Name, 1993–1994', '1992–1996: Name',
    'Dr. Name (acting)', 'Name (1953–1957 and 1959–1962)' (two tenures)."""
    name, tenure_text, remark = _split_item(text)
    honorific, name = _honorific(name)
    role, name = _role(name)
    if role is None and remark:
        role = _remark_role(remark)
    if role is None and tenure_text:
        role = _bracket_role(tenure_text)
    terms = _terms(tenure_text) if tenure_text else []
    tenures = [parse_tenure(term) for term in terms] or [
        Tenure(tenure_text or None, None, None, False)
    ]
    return [Entry(name, honorific, role, tenure) for tenure in tenures]


def _split_item(text: str) -> tuple[str, str | None, str]:
    """The name, the tenure (None when there is none) and a remark after the tenure."""
    opened, closed = text.count("("), text.count(")")
    if opened != closed:
        # Unbalanced parentheses: keep the name, never guess a year from the broken part.
        cut = min(i for i in (text.find("("), text.find(")")) if i >= 0)
        return text[:cut].strip(), None, ""
    dated = [g for g in _BRACKETS.finditer(text) if _YEAR.search(g.group(1))]
    if dated:
        # The last bracket naming a year is the tenure; a remark after it is not the name.
        group = dated[-1]
        name = text[: group.start()].strip().rstrip(",;–—-").strip()
        return name, group.group(1).strip(), text[group.end() :].strip(" ,;–—-")
    head, separator, tail = text.partition(rules.PREFIX_SEPARATOR)
    if separator and len(head) <= rules.MAX_PREFIX_LENGTH and _is_tenure(head):
        return tail.strip(), head.strip(), ""
    suffix = _SUFFIX.match(text)
    if suffix and _is_tenure(suffix["tenure"]):
        return suffix["name"].strip(), suffix["tenure"].strip(), ""
    return text.strip(), None, ""


def _honorific(name: str) -> tuple[str | None, str]:
    """Titles before the name: ('Dr.', 'Jane Roe') from 'Dr. Jane Roe'."""
    match = _honorific_pattern().match(name)
    if not match or match.end() >= len(name):
        return None, name
    title = match.group().strip().lower()
    if title in rules.INITIAL_LIKE_HONORIFICS and re.match(r"[A-Z]\.", name[match.end() :]):
        return None, name  # "M. K. Narayanan": initials, not "Monsieur"
    return match.group().strip(), name[match.end() :].strip()


@cache
def _honorific_pattern() -> re.Pattern[str]:
    titles = alternation(rules.HONORIFICS)
    remarks = alternation(rules.HONORIFIC_REMARKS)
    return re.compile(
        rf"(?:(?:{titles})(?<=\.)\s*|(?:{titles})\s+)+(?:(?:{remarks})\s+)?(?={UPPER})",
        re.IGNORECASE,
    )


def _role(name: str) -> tuple[str | None, str]:
    """A role in brackets or after a comma or dash: ('acting', 'Name') from 'Name (acting)'."""
    match = _role_pattern().search(name)
    if not match:
        return None, name
    rest = (name[: match.start()] + name[match.end() :]).strip().rstrip(",;–—-").strip()
    role = match.group("role") or match.group("role2")
    return (role.strip(), rest) if rest else (None, name)


@cache
def _role_pattern() -> re.Pattern[str]:
    roles = alternation(rules.ROLES)
    return re.compile(
        rf"\s*\((?P<role>(?:{roles}))\)|(?:,|\s[–—-])\s*(?P<role2>(?:{roles}))\s*$",
        re.IGNORECASE,
    )


def _remark_role(remark: str) -> str | None:
    """A remark after the tenure that is a role: "(1993–1994), chargé d'affaires"."""
    match = whole_words(rules.ROLES).fullmatch(remark.strip(" ()"))
    return match.group() if match else None


def _bracket_role(tenure_text: str) -> str | None:
    """A role written with the tenure, first or last: "(acting, 2009–2010)",
    "(1990–1994, chargé d'affaires)". A remark after a semicolon is not one ("since 2019;
    acting until 2020" was an ambassador who acted for a while)."""
    principal = tenure_text.split(rules.REMARK_SEPARATOR)[0]
    parts = [part.strip() for part in principal.split(",")]
    for part in (parts[0], parts[-1]) if len(parts) > 1 else ():
        match = whole_words(rules.ROLES).fullmatch(part)
        if match:
            return match.group()
    return None


def _terms(text: str) -> list[str]:
    """The tenures of a tenure text: two when it joins two full ranges."""
    principal = text.split(rules.REMARK_SEPARATOR)[0].strip() or text
    for separator in rules.TERM_SEPARATORS:
        parts = [p.strip() for p in principal.split(separator)]
        if len(parts) > 1 and all(_is_range(p) for p in parts):
            return parts
    return [principal]


def _is_range(text: str) -> bool:
    """A whole tenure on its own: two years, or one year with its open end or start word."""
    if not _is_tenure(text):
        return False
    open_ended = _OPEN_END.search(text) or whole_words(rules.CURRENT_WORDS).search(text)
    return len(_YEAR.findall(text)) >= 2 or open_ended is not None


def _is_tenure(text: str) -> bool:
    """A year, and no word but tenure words and months: '1993–1994', 'since May 2019'."""
    words = {w.lower().rstrip(".") for w in re.findall(r"[A-Za-z]+\.?", text)}
    return bool(_YEAR.search(text)) and words <= _TENURE_WORDS


def parse_tenure(text: str) -> Tenure:
    """Years and currency of a tenure: '1993–1994', 'since 2019', '2001–', 'appointed 2011'."""
    words = text.lower()
    years = [int(y) for y in _YEAR.findall(text) if rules.YEAR_MIN <= int(y) <= rules.YEAR_MAX]
    if not years:
        return Tenure(text or None, None, None, False)
    current = whole_words(rules.CURRENT_WORDS).search(text) is not None
    if len(years) == 1 and (current or _OPEN_END.search(text)):
        return Tenure(text, years[0], None, True)
    if any(w in words for w in rules.START_ONLY_WORDS):
        return Tenure(text, years[0], None, False)
    return Tenure(text, years[0], years[-1], False)


def _row(
    doc: Document, relation_id: str, section: Section, item: Block, position: int, term: int,
    entry: Entry, sending: Country, receiving: Country,
) -> dict[str, object]:  # fmt: skip
    tenure = entry.tenure
    return {
        # Two tenures of one item are two rows; the first keeps the id an item always had.
        "ambassador_id": row_id(relation_id, sending.iso3, item.text, *([str(term)] * (term > 1))),
        "relation_id": relation_id,
        "name": entry.name,
        "honorific": entry.honorific,
        "role": entry.role,
        "sending_country": sending.name,
        "sending_iso3": sending.iso3,
        "receiving_country": receiving.name,
        "receiving_iso3": receiving.iso3,
        "start_year": tenure.start_year,
        "end_year": tenure.end_year,
        "is_current": tenure.is_current,
        "tenure_text": tenure.text,
        "position": position,
        "section": HEADING_SEPARATOR.join(section.path),
        "source_file": doc.source_file,
        "source_line": item.line,
        "char_start": item.char_start,
        "char_end": item.char_end,
    }
