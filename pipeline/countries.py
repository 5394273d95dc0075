"""Resolve country names to ISO 3166-1 codes, and the two countries of an article title."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from pipeline.rules.countries import (
    COUNTRY_ALIASES,
    LEADING_ARTICLES,
    TITLE_SEPARATORS,
    TITLE_SUFFIX,
)


@dataclass(frozen=True)
class Country:
    """A country as the article spells it, with its ISO 3166-1 alpha-3 code."""

    name: str
    iso3: str


def resolve_country(name: str) -> Country | None:
    """The country ``name`` denotes, or None when it is not a country name."""
    import pycountry  # loads its ISO tables on first use; keep it off the CLI's start-up

    cleaned = " ".join(name.split())
    key = cleaned.lower()
    if key in COUNTRY_ALIASES:
        return Country(cleaned, COUNTRY_ALIASES[key])
    for article in LEADING_ARTICLES:
        if key.startswith(article):
            key = key[len(article) :]
    if key in COUNTRY_ALIASES:
        return Country(cleaned, COUNTRY_ALIASES[key])
    try:
        record = pycountry.countries.lookup(key)
    except LookupError:
        return None
    return Country(cleaned, record.alpha_3)


def split_relation_title(title: str) -> tuple[str, str] | None:
    """``"Kazakhstan–Uzbekistan relations"`` → the two names; None if not of that shape.

    The split that gives two resolvable country names wins; a hyphen is tried at every
    position, since it may sit inside a name.
    """
    if not title.lower().endswith(TITLE_SUFFIX):
        return None
    pair = title[: -len(TITLE_SUFFIX)]
    first_fit = None
    for separator in TITLE_SEPARATORS:
        position = pair.find(separator)
        while position != -1:
            left, right = pair[:position].strip(), pair[position + 1 :].strip()
            if left and right:
                if resolve_country(left) and resolve_country(right):
                    return left, right
                first_fit = first_fit or (left, right)
            position = pair.find(separator, position + 1)
    return first_fit


@cache
def capital_of(iso3: str) -> str | None:
    """The capital of a country, by countryinfo (None when it does not know)."""
    from countryinfo import CountryInfo
    from countryinfo.exceptions import CountryNotFoundError

    try:
        return CountryInfo(iso3).capital() or None
    except (CountryNotFoundError, KeyError):
        return None
