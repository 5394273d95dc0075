"""ambassadors: one row per item of every ambassador list, with its tenure."""

from __future__ import annotations

import re
from dataclasses import dataclass

import pandas as pd

from pipeline.countries import Country
from pipeline.document import HEADING_SEPARATOR, Block, Document, Section
from pipeline.ids import row_id
from pipeline.mentions import CountryMentions, country_mentions
from pipeline.relation import relation_of
from pipeline.rules import ambassadors as rules
from pipeline.rules.temporal import MONTH_ABBREVIATIONS, MONTHS
from pipeline.words import whole_words

_YEAR = re.compile(r"(?<!\d)\d{4}(?!\d)")
_BRACKETS = re.compile(r"\(([^()]*)\)")
# "Name, 1993–1994" and "Name – 1993–1994": a tenure after a comma or a spaced dash.
_SUFFIX = re.compile(r"(?P<name>.+?)(?:,|\s[–—-])\s*(?P<tenure>[^,()]*\d{4}[^,()]*)$")
_TENURE_WORDS = frozenset(
    word
    for phrase in (*rules.CURRENT_WORDS, *rules.START_ONLY_WORDS, *rules.RANGE_WORDS,
                   *MONTHS, *MONTH_ABBREVIATIONS)
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


def extract(doc: Document) -> pd.DataFrame:
    """One row per list item under a heading that names an ambassador list."""
    relation = relation_of(doc)
    mentions = country_mentions((relation.country_a, relation.country_b))
    rows = []
    for section in doc.sections():
        items = [b for b in section.blocks if b.kind == "list_item"]
        if not items or rules.HEADING_KEYWORD not in section.title.lower():
            continue
        countries = list_countries(section.title, mentions)
        if countries is None:
            continue
        sending, receiving = countries
        for position, item in enumerate(items, start=1):
            rows.append(
                _row(doc, relation.relation_id, section, item, position, sending, receiving)
            )
    return pd.DataFrame(rows)


def list_countries(heading: str, mentions: CountryMentions) -> tuple[Country, Country] | None:
    """(sending, receiving) of a list from its heading; None when the heading names neither."""
    sending = receiving = None
    for mention in mentions.find(heading):
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


def parse_item(text: str) -> tuple[str, Tenure]:
    """Split a list item into the name and its tenure: 'Name (1993–1994)', 'Name, 1993–1994',
    '1992–1996: Name'."""
    opened, closed = text.count("("), text.count(")")
    if opened != closed:
        # Unbalanced parentheses: keep the name, never guess a year from the broken part.
        cut = min(i for i in (text.find("("), text.find(")")) if i >= 0)
        return text[:cut].strip(), Tenure(None, None, None, False)
    groups = list(_BRACKETS.finditer(text))
    dated = [g for g in groups if _YEAR.search(g.group(1))]
    if dated:
        # The last bracket naming a year is the tenure; a remark after it is not the name.
        group = dated[-1]
        name = text[: group.start()].strip().rstrip(",;–—-").strip()
        return name, parse_tenure(group.group(1).strip())
    if groups and text.endswith(")"):
        return text[: groups[-1].start()].strip(), parse_tenure(groups[-1].group(1).strip())
    head, separator, tail = text.partition(rules.PREFIX_SEPARATOR)
    if separator and len(head) <= rules.MAX_PREFIX_LENGTH and _is_tenure(head):
        return tail.strip(), parse_tenure(head.strip())
    suffix = _SUFFIX.match(text)
    if suffix and _is_tenure(suffix["tenure"]):
        return suffix["name"].strip(), parse_tenure(suffix["tenure"].strip())
    return text.strip(), Tenure(None, None, None, False)


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
    doc: Document, relation_id: str, section: Section, item: Block, position: int,
    sending: Country, receiving: Country,
) -> dict[str, object]:  # fmt: skip
    name, tenure = parse_item(item.text)
    return {
        "ambassador_id": row_id(relation_id, sending.iso3, item.text),
        "relation_id": relation_id,
        "name": name,
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
