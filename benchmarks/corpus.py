"""A corpus of articles for benchmarks: the fixture articles recombined, distinct country pairs.

    python benchmarks/corpus.py 1000 /tmp/corpus-1k     # writes 1000 articles, deterministically

Each article takes the sections of two fixture articles (chosen by a seeded generator), with
the fixtures' country names replaced by the pair of the article's title, so that the
extractors find as much as they find in real articles. The pairs are distinct, so each
article is its own relation. Test data only: never published.
"""

from __future__ import annotations

import random
import re
import sys
from itertools import combinations
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline.relation import relation_of_title  # noqa: E402

SEED = 20261128


def sources() -> list[tuple[str, str, list[str]]]:
    """(first country, second country, sections) of every fixture article."""
    found = []
    for path in sorted((ROOT / "tests" / "fixtures").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        title, _, body = text.partition("\n")
        relation = relation_of_title(title.strip("= \n"))
        # A section is a top-level heading and what follows, up to the next one; the lead
        # (with the infobox) comes first.
        sections = re.split(r"\n(?===[^=])", body)
        found.append((relation.country_a.name, relation.country_b.name, sections))
    return found


def country_pairs() -> list[tuple[str, str]]:
    """Pairs of countries whose names resolve, in a fixed order."""
    import pycountry

    names = sorted(c.name for c in pycountry.countries if "," not in c.name and "(" not in c.name)
    usable = []
    for first, second in combinations(names, 2):
        try:
            relation_of_title(f"{first}–{second} relations")
        except Exception:
            continue
        usable.append((first, second))
    return usable


def article(index: int, pair: tuple[str, str], rng: random.Random,
            fixtures: list[tuple[str, str, list[str]]]) -> str:  # fmt: skip
    first, second = pair
    parts = []
    for number, (a, b, sections) in enumerate(rng.sample(fixtures, 2)):
        # The lead and some sections of one article, then some sections of another.
        body = sections if number == 0 else sections[1:]
        chosen = body[: rng.randint(1, len(body))]
        text = "\n".join(chosen)
        # Their countries become the title's: placeholders first, so that they do not mix.
        text = text.replace(a, "\0A").replace(b, "\0B")
        parts.append(text.replace("\0A", first).replace("\0B", second))
    return f"= {first}–{second} relations =\n" + "\n".join(parts)


def main(count: int, folder: Path) -> None:
    rng = random.Random(SEED)
    fixtures = sources()
    pairs = country_pairs()
    if count > len(pairs):
        raise SystemExit(f"at most {len(pairs)} distinct pairs")
    folder.mkdir(parents=True, exist_ok=True)
    for index, pair in enumerate(rng.sample(pairs, count)):
        text = article(index, pair, rng, fixtures)
        slug = relation_of_title(f"{pair[0]}–{pair[1]} relations").relation_id
        (folder / f"{slug}.txt").write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main(int(sys.argv[1]), Path(sys.argv[2]))
