"""missions: the embassies and consulates each country keeps in the other."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from pipeline.countries import Country, capital_of, resolve_country
from pipeline.document import HEADING_SEPARATOR, Document, Span
from pipeline.ids import row_id
from pipeline.mentions import CountryMentions, Mention, country_mentions
from pipeline.relation import relation_of
from pipeline.rules import missions as rules
from pipeline.words import UPPER, alternation, find_word, key

# A city: capitalised words ("Valdor", "Orsk", "Saint Petersburg"), maybe with a state
# abbreviation ("Washington, D.C."); a list of them is joined by commas and "and".
# Repetitions are bounded and a city starts at a word boundary, to keep matching linear.
_ABBREVIATION = r"(?:[A-Z]\.){2,3}"
_PARTICLES = alternation(rules.CITY_PARTICLES)
_CITY = (
    rf"(?<![\w'’-]){UPPER}[\w'’-]{{0,40}}"
    rf"(?:[ ](?:(?:{_PARTICLES})[ ])?{UPPER}[\w'’-]{{0,40}}){{0,3}}"
    rf"(?:,?[ ]{_ABBREVIATION}(?![\w]))?"
)


@cache
def _patterns() -> tuple[re.Pattern[str], ...]:
    types = alternation(rules.MISSION_TYPES)
    cities = rf"(?P<cities>{_CITY}(?:\s*,\s*{_CITY}){{0,10}}(?:,?\s+and\s+{_CITY})?)"
    # Mission words in any case ("Consulate General"), city names capitalised.
    located = re.compile(rf"\b(?P<type>(?i:{types}))\s+in\s+{cities}")
    # "the Embassy of Norland in Valdor": the keeper is named after "of".
    owned = re.compile(
        rf"\b(?P<type>(?i:{types}))\s+of\s+(?P<owner>[^,;()]{{1,60}}?)\s+in\s+{cities}"
    )
    moved = re.compile(
        rf"\b(?P<type>(?i:{types}))\s+(?:was\s+|were\s+)?(?:moved|relocated|transferred)\s+"
        rf"from\s+(?P<old>{_CITY})\s+to\s+(?P<new>{_CITY})"
    )
    return located, owned, moved


@cache
def _listed() -> re.Pattern[str]:
    """ "Embassy of Norland, Valdor": how infoboxes and lists name a mission."""
    types = alternation(rules.MISSION_TYPES)
    return re.compile(
        rf"^(?:the\s+)?(?P<type>(?i:{types}))\s+of\s+(?P<owner>[^,;()]{{1,60}}?)\s*,\s*"
        rf"(?P<cities>{_CITY})(?:\s*\((?P<note>[^()]{{1,40}})\))?\s*$"
    )


def extract(doc: Document) -> list[dict[str, object]]:
    """One row per mission and city named in the prose, the infobox and mission lists."""
    relation = relation_of(doc)
    mentions = country_mentions((relation.country_a, relation.country_b))
    rows: dict[tuple[str, str | None, str], dict[str, object]] = {}
    subject: Country | None = None  # of the sentence before, for "It has ..."
    for evidence, section, listed in _evidence(doc):
        found = _sentence_rows(doc, relation.relation_id, evidence, section, listed, mentions,
                               subject)  # fmt: skip
        for row in found:
            key = (str(row["sending_iso3"]), row["city"], str(row["mission_type"]))  # type: ignore[arg-type]
            rows.setdefault(key, row)  # the first telling of a mission is its evidence
        subject = _subject(evidence.text, mentions) or subject
    located = {(s, t) for s, city, t in rows if city is not None}
    kept = [row for (s, city, t), row in rows.items() if city is not None or (s, t) not in located]
    return kept


def _evidence(doc: Document) -> Iterator[tuple[Span, str | None, bool]]:
    """(text, section, whether it is a listing) of everything that may name a mission:
    infobox mission entries, sentences, and list items under a missions heading."""
    for entry in doc.infobox:
        if entry.key.lower().startswith(rules.INFOBOX_KEY_PREFIX):
            value = Span(entry.value, entry.line, entry.value_start,
                         entry.value_start + len(entry.value))  # fmt: skip
            yield value, None, True
    for block in doc.blocks():
        section = HEADING_SEPARATOR.join(block.section) or None
        if block.kind == "paragraph":
            for sentence in block.sentences:
                yield sentence, section, False
        elif any(k in h.lower() for h in block.section for k in rules.HEADING_KEYWORDS):
            yield block, section, True


def _subject(text: str, mentions: CountryMentions) -> Country | None:
    """The country a sentence is about: its first mention not after a preposition."""
    for mention in mentions.find(text):
        words = text[max(0, mention.start - 20) : mention.start].lower().split()
        if not words or words[-1] not in rules.OBJECT_PREPOSITIONS:
            return mention.country
    return None


@cache
def _type_words() -> tuple[str, ...]:
    """A word of each mission type (its longest) that every text naming one holds."""
    longest = {max(re.split(r"[\s-]+", phrase), key=len) for phrase in rules.MISSION_TYPES}
    # "consulate" is in every text that holds "consulates": one test does for both.
    return tuple(sorted(w for w in longest if not any(o != w and o in w for o in longest)))


def _sentence_rows(
    doc: Document, relation_id: str, evidence: Span, section: str | None, listed: bool,
    mentions: CountryMentions, subject: Country | None,
) -> list[dict[str, object]]:  # fmt: skip
    rows: list[dict[str, object]] = []
    lowered = evidence.text.lower()
    if not any(word in lowered for word in _type_words()):
        return rows  # most sentences name no mission: none of the patterns could match
    pronoun = lowered.startswith(rules.PRONOUN_SUBJECTS)
    for clause in evidence.text.split(rules.CLAUSE_SEPARATOR):
        found = mentions.find(clause)
        # Where the clause first tells of a plan, or of a non-resident mission.
        plan = _first(clause, rules.NOT_YET_CUES)
        remote = _first(clause, rules.NON_RESIDENT_CUES)
        represented = _first(clause, rules.REPRESENTED_CUES)
        patterns = [*_patterns(), *([_listed()] if listed else [])]
        matches = sorted((m for pattern in patterns for m in pattern.finditer(clause)),
                         key=lambda m: m.start())  # fmt: skip
        # A cue tells of the mission it introduces, the first after it ("accredited to Y from
        # its embassy in K and has an honorary consulate in T": T is resident).
        remote = _introduced(matches, remote)
        represented = _introduced(matches, represented)
        for match in matches:
            if plan < match.start() or _to_organisation(clause, match):
                continue
            if _NEGATED.search(clause, max(0, match.start() - 30), match.start()):
                continue  # "Iceland has no embassy in Mongolia"
            sending = _keeper(clause, match, found)
            if sending is None and pronoun and not found:
                sending = subject
            host = mentions.other(sending) if sending else None
            if sending is None or host is None:
                continue
            resident = match.start() != remote
            if match.groupdict().get("note"):  # "Embassy of Norland, Valdor (non-resident)"
                resident = find_word(match["note"], rules.NON_RESIDENT_CUES) is None
            mission_type = rules.MISSION_TYPES[key(match["type"])]
            groups = match.groupdict()
            cities = [groups["old"], groups["new"]] if "old" in groups else _cities(match["cities"])
            for city in cities:
                here = resident and not (
                    match.start() == represented and not _is_capital(city, host)
                )
                rows.append(_row(doc, relation_id, evidence, section, sending, host, city,
                                 mission_type, here))  # fmt: skip
    return rows


def _to_organisation(clause: str, match: re.Match[str]) -> bool:
    """'a mission to the United Nations in New York' is not a mission to a country."""
    after = clause[match.end("type") : match.end("type") + 60]
    target = re.match(r"\s+(?:to|at|with)\s+(?:the\s+)?((?:[A-Z][\w-]*\s*){1,5})", after)
    if not target:
        return False
    words = target.group(1).lower().split()
    return any(w in rules.ORGANISATION_WORDS for w in words)


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


def _introduced(matches: list[re.Match[str]], cue: int) -> int:
    """Where the mission a cue at ``cue`` introduces begins: the first after it (-1: none)."""
    return next((m.start() for m in matches if m.start() > cue), -1)


# "has no embassy in", "does not have an embassy in", "never opened a consulate in".
_NEGATED = re.compile(r"(?:\b(?:no|not|never|without)\b|n't)(?:\s+\w+){0,3}\s+$", re.IGNORECASE)


def _is_capital(city: str | None, country: Country) -> bool:
    """Whether ``city`` is the capital of ``country`` ("Washington, D.C." and "Washington"
    alike: the first word decides)."""
    if not city:
        return False
    capitals = [capital_of(country.iso3), *rules.DIPLOMATIC_CAPITALS.get(country.iso3, ())]
    first = city.split()[0].strip(",").lower()
    return any(c and first == c.split()[0].strip(",").lower() for c in capitals)


def _first(text: str, cues: tuple[str, ...]) -> int:
    """Offset of the first of ``cues`` in ``text`` (as whole words); past the end if none."""
    match = find_word(text, cues)
    return match.start() if match else len(text)


def _cities(text: str) -> list[str | None]:
    names = re.split(rf"\s*,(?!\s*{_ABBREVIATION})\s*(?:and\s+)?|\s+and\s+", text)
    # "an embassy in Uzbekistan" names a country, not a city: the city is unknown (unless the
    # country is a city, "an embassy in Singapore", or a territory that is one, "consulates-
    # general in Valdor and Macau"); "in November 1950" names no city at all.
    return [name if _is_city(name) else None for name in names
            if name and name.split()[0].lower() not in rules.NOT_CITIES]  # fmt: skip


def _is_city(name: str) -> bool:
    """Whether ``name`` names a city: no country, or a territory that is a city, or a
    country whose capital bears its very name (a city-state)."""
    country = resolve_country(name)
    if country is None:
        return True
    return country.iso3 in rules.CITY_TERRITORIES or capital_of(country.iso3) == name


def _row(
    doc: Document, relation_id: str, evidence: Span, section: str | None, sending: Country,
    host: Country, city: str | None, mission_type: str, resident: bool,
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
        "text": evidence.text,
        "section": section,
        "source_file": doc.source_file,
        "source_line": evidence.line,
        "char_start": evidence.char_start,
        "char_end": evidence.char_end,
    }
