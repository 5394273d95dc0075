"""missions: the embassies and consulates each country keeps in the other."""

from __future__ import annotations

import re
from functools import cache

import pandas as pd

from pipeline.countries import Country, resolve_country
from pipeline.document import HEADING_SEPARATOR, Document, Sentence
from pipeline.ids import row_id
from pipeline.mentions import CountryMentions, Mention, country_mentions
from pipeline.relation import relation_of
from pipeline.rules import missions as rules
from pipeline.words import alternation, whole_words

# A city: capitalised words ("Bishkek", "Nur-Sultan", "Saint Petersburg"); a list of them is
# joined by commas and "and" ("in Almaty and Osh").
# Repetitions are bounded and a city starts at a word boundary, to keep matching linear.
_CITY = r"(?<![\w'’-])[A-Z][\w'’-]{0,40}(?:[ ][A-Z][\w'’-]{0,40}){0,3}"


@cache
def _patterns() -> tuple[re.Pattern[str], ...]:
    types = alternation(rules.MISSION_TYPES)
    cities = rf"(?P<cities>{_CITY}(?:\s*,\s*{_CITY}){{0,10}}(?:,?\s+and\s+{_CITY})?)"
    # Mission words in any case ("Consulate General"), city names capitalised.
    located = re.compile(rf"\b(?P<type>(?i:{types}))\s+in\s+{cities}")
    # "the Embassy of Kazakhstan in Bishkek": the keeper is named after "of".
    owned = re.compile(
        rf"\b(?P<type>(?i:{types}))\s+of\s+(?P<owner>[^,;()]{{1,60}}?)\s+in\s+{cities}"
    )
    moved = re.compile(
        rf"\b(?P<type>(?i:{types}))\s+(?:was\s+|were\s+)?(?:moved|relocated|transferred)\s+"
        rf"from\s+(?P<old>{_CITY})\s+to\s+(?P<new>{_CITY})"
    )
    return located, owned, moved


def extract(doc: Document) -> pd.DataFrame:
    """One row per mission and city named in the prose."""
    relation = relation_of(doc)
    mentions = country_mentions((relation.country_a, relation.country_b))
    rows: dict[tuple[str, str | None, str], dict[str, object]] = {}
    for sentence in doc.sentences():
        for row in _sentence_rows(doc, relation.relation_id, sentence, mentions):
            key = (str(row["sending_iso3"]), row["city"], str(row["mission_type"]))  # type: ignore[arg-type]
            rows.setdefault(key, row)  # the first telling of a mission is its evidence
    located = {(s, t) for s, city, t in rows if city is not None}
    kept = [row for (s, city, t), row in rows.items() if city is not None or (s, t) not in located]
    return pd.DataFrame(kept)


def _sentence_rows(
    doc: Document, relation_id: str, sentence: Sentence, mentions: CountryMentions
) -> list[dict[str, object]]:
    rows = []
    for clause in sentence.text.split(rules.CLAUSE_SEPARATOR):
        found = mentions.find(clause)
        # Where the clause first tells of a plan, or of a non-resident mission.
        plan = _first(clause, rules.NOT_YET_CUES)
        remote = _first(clause, rules.NON_RESIDENT_CUES)
        for match in [m for pattern in _patterns() for m in pattern.finditer(clause)]:
            if plan < match.start():
                continue
            sending = _keeper(clause, match, found)
            host = mentions.other(sending) if sending else None
            if sending is None or host is None:
                continue
            resident = not remote < match.start()
            mission_type = rules.MISSION_TYPES[" ".join(match["type"].lower().split())]
            groups = match.groupdict()
            cities = [groups["old"], groups["new"]] if "old" in groups else _cities(match["cities"])
            for city in cities:
                rows.append(_row(doc, relation_id, sentence, sending, host, city, mission_type,
                                 resident))  # fmt: skip
    return rows


def _keeper(clause: str, match: re.Match[str], found: list[Mention]) -> Country | None:
    """The country keeping the mission that ``match`` names."""
    if match.groupdict().get("owner"):
        owners = [m for m in found if match.start("owner") <= m.start < match.end("owner")]
        return owners[0].country if owners else None
    position = match.start()
    before = [m for m in found if m.end <= position]
    if before and clause[before[-1].end : position].strip().lower() in ("", "'s", "’s"):
        return before[-1].country  # the Kyrgyz embassy, Uzbekistan's embassy
    for mention in reversed(before):
        words = clause[max(0, mention.start - 20) : mention.start].lower().split()
        if not words or words[-1] not in rules.OBJECT_PREPOSITIONS:
            return mention.country
    return None


def _first(text: str, cues: tuple[str, ...]) -> int:
    """Offset of the first of ``cues`` in ``text`` (as whole words); past the end if none."""
    match = whole_words(cues).search(text)
    return match.start() if match else len(text)


def _cities(text: str) -> list[str | None]:
    names = re.split(r"\s*,\s*(?:and\s+)?|\s+and\s+", text)
    # "an embassy in Uzbekistan" names a country, not a city: the city is unknown.
    return [None if resolve_country(name) else name for name in names if name]


def _row(
    doc: Document, relation_id: str, sentence: Sentence, sending: Country, host: Country,
    city: str | None, mission_type: str, resident: bool,
) -> dict[str, object]:  # fmt: skip
    return {
        "mission_id": row_id(relation_id, sending.iso3, city or "", mission_type),
        "relation_id": relation_id,
        "sending_country": sending.name,
        "sending_iso3": sending.iso3,
        "host_country": host.name,
        "host_iso3": host.iso3,
        "city": city,
        "mission_type": mission_type,
        "resident": resident,
        "text": sentence.text,
        "section": HEADING_SEPARATOR.join(sentence.section) or None,
        "source_file": doc.source_file,
        "source_line": sentence.line,
        "char_start": sentence.char_start,
        "char_end": sentence.char_end,
    }
