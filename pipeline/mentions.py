"""Find where a text mentions one of an article's two countries: by name, official name,
"Republic of …" form or demonym ("Kazakh", "Georgian")."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from pipeline.countries import Country
from pipeline.rules.countries import (
    COUNTRY_ALIASES,
    DEMONYM_EXTRAS,
    LEADING_ARTICLES,
    POSSESSIVE_SUFFIXES,
)
from pipeline.words import alternation, key


@dataclass(frozen=True)
class Mention:
    """A country named in a text: offsets of the words, the country, and how it was named."""

    start: int
    end: int
    country: Country
    form: str  # "name" or "demonym"


class CountryMentions:
    """Finds mentions of a fixed set of countries (an article's two) in texts."""

    def __init__(self, countries: tuple[Country, ...]):
        self.countries = countries
        forms: dict[str, tuple[Country, str]] = {}
        for country in countries:
            for name in _names(country):
                forms.setdefault(name.lower(), (country, "name"))
            for demonym in _demonyms(country.iso3):
                forms.setdefault(demonym.lower(), (country, "demonym"))
        self._forms = forms
        words = alternation(forms)
        suffixes = "|".join(re.escape(s) for s in POSSESSIVE_SUFFIXES)
        # A demonym used as a plural noun ("Kazakhs") is a people, not the country's adjective.
        self._pattern = re.compile(rf"\b(?:{words})(?:{suffixes})?(?![\w-])", re.IGNORECASE)

    def find(self, text: str) -> list[Mention]:
        """Every mention in ``text``, in order."""
        found = []
        for match in self._pattern.finditer(text):
            word = match.group(0)
            for suffix in POSSESSIVE_SUFFIXES:
                word = word.removesuffix(suffix)
            bare = word
            for article in LEADING_ARTICLES:
                if bare.lower().startswith(article):
                    bare = bare[len(article) :]
            if not bare[:1].isupper():
                continue  # country names and demonyms are capitalised; "georgian" is not one
            country, form = self._forms[key(word)]
            found.append(Mention(match.start(), match.end(), country, form))
        return found

    def other(self, country: Country) -> Country | None:
        """The article's other country."""
        others = [c for c in self.countries if c.iso3 != country.iso3]
        return others[0] if len(others) == 1 else None


@cache
def country_mentions(countries: tuple[Country, ...]) -> CountryMentions:
    """The finder for an article's countries, built once however many extractors ask."""
    return CountryMentions(countries)


def _names(country: Country) -> set[str]:
    names = {country.name, f"Republic of {country.name}"}
    names |= {alias for alias, iso3 in COUNTRY_ALIASES.items() if iso3 == country.iso3}
    record = _iso_record(country.iso3)
    for attribute in ("name", "official_name", "common_name"):
        value = getattr(record, attribute, None) if record else None
        if value and "," not in value:  # "Korea, Republic of" is how nobody writes it
            names.add(value)
    return names


@cache
def _demonyms(iso3: str) -> tuple[str, ...]:
    from countryinfo import CountryInfo
    from countryinfo.exceptions import CountryNotFoundError

    extras = DEMONYM_EXTRAS.get(iso3, ())
    try:
        demonym = CountryInfo(iso3).demonym()
    except (CountryNotFoundError, KeyError):
        demonym = None
    return tuple(dict.fromkeys([*extras, *([demonym] if demonym else [])]))


def _iso_record(iso3: str):  # type: ignore[no-untyped-def]
    import pycountry

    return pycountry.countries.get(alpha_3=iso3)
