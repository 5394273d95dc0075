"""The relation an article is about: its id and its two countries, taken from the title."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from pipeline.countries import Country, resolve_country, split_relation_title
from pipeline.document import Document
from pipeline.errors import PipelineError
from pipeline.rules.countries import TITLE_SUFFIX


@dataclass(frozen=True)
class Relation:
    """An article's relation: ``relation_id`` and the countries in title order."""

    relation_id: str
    title: str
    country_a: Country
    country_b: Country


def relation_of(doc: Document) -> Relation:
    """The relation of ``doc``; PipelineError (file and line) when the title is not one."""
    try:
        return relation_of_title(doc.title.text)
    except PipelineError as error:
        error.file, error.line = doc.source_file, doc.title.line
        raise


def relation_of_title(title: str) -> Relation:
    """The relation an article title names; PipelineError when it names none."""
    names = split_relation_title(title)
    if names is None:
        raise PipelineError(
            f"title {title!r} is not a relation between two countries "
            f"(expected 'X–Y{TITLE_SUFFIX}')"
        )
    countries = []
    for name in names:
        country = resolve_country(name)
        if country is None:
            raise PipelineError(
                f"country name {name!r} in the title cannot be resolved to an ISO 3166 code"
            )
        countries.append(country)
    return Relation(slugify(title[: -len(TITLE_SUFFIX)]), title, countries[0], countries[1])


def slugify(text: str) -> str:
    """ASCII, lower-case, hyphenated: ``Kazakhstan–Uzbekistan`` → ``kazakhstan-uzbekistan``."""
    # Accents are dropped (Côte → cote); every other run of non-ASCII-alphanumerics,
    # dashes included, becomes one hyphen.
    decomposed = unicodedata.normalize("NFKD", text)
    bare = "".join(char for char in decomposed if not unicodedata.combining(char))
    return re.sub(r"[^a-z0-9]+", "-", bare.lower()).strip("-")
