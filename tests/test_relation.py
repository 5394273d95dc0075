"""The relation of an article: countries from the title, ISO codes, slug."""

from __future__ import annotations

import pytest

from pipeline.countries import resolve_country, split_relation_title
from pipeline.document import parse_document
from pipeline.errors import PipelineError
from pipeline.relation import relation_of, slugify


@pytest.mark.parametrize(
    ("name", "iso3"),
    [
        ("Kazakhstan", "KAZ"),
        ("Uzbekistan", "UZB"),
        ("Georgia", "GEO"),
        ("Turkey", "TUR"),  # ISO name is Türkiye
        ("Türkiye", "TUR"),
        ("Russia", "RUS"),  # ISO name is Russian Federation
        ("Republic of Kazakhstan", "KAZ"),  # official name
        ("Kyrgyz Republic", "KGZ"),
        ("the Kyrgyz Republic", "KGZ"),
        ("Czech Republic", "CZE"),
        ("Ivory Coast", "CIV"),
        ("Guinea-Bissau", "GNB"),
        ("Democratic Republic of the Congo", "COD"),
        ("United  States", "USA"),  # white space folded
    ],
)
def test_resolve_country(name: str, iso3: str) -> None:
    country = resolve_country(name)
    assert country is not None
    assert country.iso3 == iso3


@pytest.mark.parametrize("name", ["Atlantis", "Golden Horde", "", "relations"])
def test_unresolvable_names(name: str) -> None:
    assert resolve_country(name) is None


@pytest.mark.parametrize(
    ("title", "names"),
    [
        ("Kazakhstan–Uzbekistan relations", ("Kazakhstan", "Uzbekistan")),
        ("Kazakhstan-Uzbekistan relations", ("Kazakhstan", "Uzbekistan")),
        ("Kazakhstan — Uzbekistan relations", ("Kazakhstan", "Uzbekistan")),
        ("Guinea-Bissau–Senegal relations", ("Guinea-Bissau", "Senegal")),
        ("Guinea-Bissau-Senegal relations", ("Guinea-Bissau", "Senegal")),
        ("Senegal-Guinea-Bissau relations", ("Senegal", "Guinea-Bissau")),
        ("Azerbaijan–Turkey relations", ("Azerbaijan", "Turkey")),
        ("Foreign relations of Kazakhstan", None),
        ("Kazakhstan relations", None),
        ("Kazakhstan and Uzbekistan", None),
    ],
)
def test_split_relation_title(title: str, names: tuple[str, str] | None) -> None:
    assert split_relation_title(title) == names


def test_relation_of_an_article() -> None:
    doc = parse_document("= Azerbaijan–Turkey relations =\n\nText.\n", "a.txt")
    relation = relation_of(doc)
    assert relation.relation_id == "azerbaijan-turkey"
    assert (relation.country_a.name, relation.country_a.iso3) == ("Azerbaijan", "AZE")
    assert (relation.country_b.name, relation.country_b.iso3) == ("Turkey", "TUR")


@pytest.mark.parametrize(
    ("title", "message"),
    [
        ("History of Kazakhstan", "is not a relation between two countries"),
        (
            "Kazakhstan–Atlantis relations",
            "country name 'Atlantis' in the title cannot be resolved",
        ),
    ],
)
def test_relation_errors_name_file_and_line(title: str, message: str) -> None:
    doc = parse_document(f"\n= {title} =\n", "x.txt")
    with pytest.raises(PipelineError) as caught:
        relation_of(doc)
    assert (caught.value.file, caught.value.line) == ("x.txt", 2)
    assert message in caught.value.message


@pytest.mark.parametrize(
    ("text", "slug"),
    [
        ("Kazakhstan–Uzbekistan", "kazakhstan-uzbekistan"),
        ("Côte d'Ivoire–France", "cote-d-ivoire-france"),
        ("Guinea-Bissau–Senegal", "guinea-bissau-senegal"),
    ],
)
def test_slugify(text: str, slug: str) -> None:
    assert slugify(text) == slug
