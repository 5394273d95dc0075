"""Wikitext → layout: each construct renders as a reader sees it (table-driven, one per row)."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from pipeline.wikitext import convert, is_disambiguation
from tests.conftest import ALL_ARTICLES, FIXTURES
from tests.golden import build_article, golden_dir

TITLE = "Chile–Peru relations"


def body(wikitext: str) -> list[str]:
    """The converted article's lines after the title, blank lines left out."""
    lines = convert(wikitext, TITLE).text.splitlines()
    assert lines[0] == f"= {TITLE} ="
    return [line for line in lines[1:] if line]


# (wikitext, the lines it becomes)
CASES: dict[str, tuple[str, list[str]]] = {
    "links reduced to their label": ("See [[Lima]], [[Santiago de Chile|Santiago]] and [[Arica]]s.", ["See Lima, Santiago and Aricas."]),
    "pipe trick": ("The [[Peruvian sol (currency)|]] is used.", ["The Peruvian sol is used."]),
    "references dropped, re-used ones too": ('A fact.<ref name="x">{{cite web|title=T|date=1 May 2020}}</ref> More.<ref name="x"/> End.<ref>Plain 1999.</ref>', ["A fact. More. End."]),
    "comments dropped": ("Before <!-- 1999 hidden -->after.", ["Before after."]),
    "files and captions dropped": ("[[File:Map.svg|thumb|right|Signed in 1929]]\nText.\n[[Image:X.png|200px]]", ["Text."]),
    "categories and interlanguage links dropped": ("Text.\n[[Category:Bilateral relations of Chile]]\n[[es:Relaciones]]", ["Text."]),
    "category link shown when escaped": ("See [[:Category:Chile|the category]].", ["See the category."]),
    "hatnotes dropped": ("== History ==\n{{Main|History of Chile}}\n{{See also|War of the Pacific}}\n{{Further|X}}\nText.", ["== History ==", "Text."]),
    "navboxes and reflist dropped, and the empty section": ("Text.\n\n== References ==\n{{Reflist}}\n\n{{Foreign relations of Chile}}\n{{Peru topics}}\n{{Authority control}}", ["Text."]),
    "a section with only subsections is kept": ("== Politics ==\n=== Visits ===\nText.\n=== Empty ===\n== Notes ==\n{{notelist}}", ["== Politics ==", "=== Visits ===", "Text."]),
    "a term repeating its heading is not a heading again": ("== Ambassadors of Chile to Peru ==\n;Ambassadors of Chile to Peru\n* A", ["== Ambassadors of Chile to Peru ==", "- A"]),
    "a comment alone on its line keeps the paragraph whole": ("First line\n<!-- hidden note -->\nsecond line.", ["First line second line."]),
    "cvt is convert abbreviated": ("A {{cvt|428|km}} border.", ["A 428 km (266 mi) border."]),
    "maintenance spans keep their text": ("{{Citation needed span|text=Georgia agreed in 1991.|date=May 2020}} {{clarify|text=Later|date=2020}} talks.", ["Georgia agreed in 1991. Later talks."]),
    "italics closed before a possessive": ("''Pravda'''s editor wrote.", ["Pravda's editor wrote."]),
    "entities decoded": ("A&nbsp;B &amp; C &ndash; D &#8212; E", ["A\u00a0B & C – D — E"]),
    "bold and italic marks dropped": ("'''Bold''', ''italic'', '''''both''''' and ''''quoted''''.", ["Bold, italic, both and 'quoted'."]),
    "convert with its default units": ("It is {{convert|458|km|mi}} long.", ["It is 458 kilometres (285 mi) long."]),
    "convert abbreviated": ("About {{convert|2440|km|mi|abbr=on}}.", ["About 2,440 km (1,520 mi)."]),
    "convert default output": ("A {{convert|45|km}} fence.", ["A 45 kilometres (28 mi) fence."]),
    "convert adjective": ("A {{convert|45|km|adj=on}} fence.", ["A 45-kilometre (28 mi) fence."]),
    "convert range": ("{{convert|10|-|15|km|abbr=on}} wide.", ["10–15 km (6.2–9.3 mi) wide."]),
    "convert miles to km": ("{{convert|1954|mi|km}} long.", ["1,954 miles (3,145 km) long."]),
    "convert nautical miles": ("A {{convert|12|nmi|km|abbr=on}} limit.", ["A 12 nmi (22 km) limit."]),
    "convert flipped": ("{{convert|100|km|mi|disp=flip}}", ["62 mi (100 kilometres)"]),
    "convert unknown unit kept as written": ("{{convert|5|widgets}}", ["5 widgets"]),
    "lang": ("The {{lang|es|Tratado de Lima}} of 1929.", ["The Tratado de Lima of 1929."]),
    "lang-xx names the language": ("Called {{lang-es|Perú}} there.", ["Called Spanish: Perú there."]),
    "nowrap and small": ("On {{nowrap|3 June 1929}} {{small|(signed)}}.", ["On 3 June 1929 (signed)."]),
    "circa": ("Founded {{circa|1530}} and {{c.|1535}}.", ["Founded c. 1530 and c. 1535."]),
    "start date, month first": ("Since {{start date|2019|3|28}}.", ["Since March 28, 2019."]),
    "start date, day first": ("Since {{Start date|2019|3|28|df=y}}.", ["Since 28 March 2019."]),
    "start date, year and month": ("In {{start date|2019|3}}.", ["In March 2019."]),
    "date template": ("On {{date|2019-03-28}}.", ["On 28 March 2019."]),
    "as of": ("{{As of|2020|5}}, two crossings.", ["As of May 2020, two crossings."]),
    "flagicon dropped, flag named": ("{{flagicon|Chile}} Chile and {{flag|Peru}}.", ["Chile and Peru."]),
    "abbr and currency": ("The {{abbr|UN|United Nations}} gave {{US$|5 million}}.", ["The UN gave US$5 million."]),
    "dashes": ("1879{{ndash}}1884 {{snd}} a war{{mdash}}long.", ["1879–1884 – a war—long."]),
    "maintenance tags dropped": ("In 1990{{citation needed|date=May 2020}} and {{when}} later.{{clarify}}", ["In 1990 and later."]),
    "templates nested in templates": ("On {{nowrap|{{start date|1929|6|3|df=y}}}}.", ["On 3 June 1929."]),
    "an unknown template is dropped": ("Text {{Some unknown box|1999}}here.", ["Text here."]),
    "magic words": ("__NOTOC__Text {{formatnum:1234567}}.", ["Text 1,234,567."]),
    "headings at every level, spaced or not": ("==History==\n=== Early ===\n====Late====\nText.", ["== History ==", "=== Early ===", "==== Late ====", "Text."]),
    "lines of a paragraph joined": ("One line\nand the next.\n\nA new paragraph.", ["One line and the next.", "A new paragraph."]),
    "nested lists become items": ("* One\n** Two\n*** Three\n# Four\n#* Five", ["- One", "- Two", "- Three", "- Four", "- Five"]),
    "a term heads the items under it": ("== Ambassadors ==\n;Chilean ambassadors to Peru\n* A (1990–1994)\n;Peruvian ambassadors to Chile\n* B (1991–1995)", ["== Ambassadors ==", "=== Chilean ambassadors to Peru ===", "- A (1990–1994)", "=== Peruvian ambassadors to Chile ===", "- B (1991–1995)"]),
    "indented text is a paragraph": ("Text.\n: Indented remark.", ["Text.", "Indented remark."]),
    "quotations are paragraphs": ("He said:\n{{quote|We are neighbours.|President}}\nThen left.", ["He said:", "We are neighbours.", "Then left."]),
    "line breaks in a paragraph": ("One<br />two<br>three.", ["One two three."]),
    "bare external link and labelled one": ("See [https://example.org the site] or [https://example.org] or https://example.org.", ["See the site or or https://example.org."]),
    "list items with links and refs": ("* [[Embassy of Chile, Lima|Embassy of Chile]] in [[Lima]]<ref>x</ref>", ["- Embassy of Chile in Lima"]),
    "empty list items are dropped": ("* {{cite book|title=A|year=2004}}\n* Real item", ["- Real item"]),
    "galleries and timelines dropped": ("<gallery>\nFile:A.jpg|1999\n</gallery>\nText.", ["Text."]),
    "blockquote tag": ("Said:<blockquote>Peace in 1929.</blockquote>Then.", ["Said:", "Peace in 1929.", "Then."]),
}  # fmt: skip


@pytest.mark.parametrize(("wikitext", "expected"), CASES.values(), ids=CASES.keys())
def test_construct(wikitext: str, expected: list[str]) -> None:
    assert body(wikitext) == expected


def test_infobox_becomes_the_infobox_block_whatever_its_place() -> None:
    wikitext = """{{Short description|Relations}}
{{Use dmy dates|date=May 2024}}
{{Infobox bilateral relations|Chile–Peru|Chile|Peru
| map = [[File:Chile Peru Locator.png|250px]]
| mapsize = 250px
| mission1 = [[Embassy of Chile, Lima|Embassy of Chile]]<br />Lima
| mission2 = Embassy of Peru, Santiago
| envoytitle1 = Ambassador
| envoy1 = {{nowrap|[[Ana Pérez]]}}<ref>x</ref>
| envoy2 =
| border_length = 171 km
}}
'''Chile–Peru relations''' are old."""
    assert convert(wikitext, TITLE).text == (
        "= Chile–Peru relations =\n\nInfobox\n- Map: Chile Peru Locator.png\n"
        "- Mission1: Embassy of Chile, Lima\n- Mission2: Embassy of Peru, Santiago\n"
        "- Envoytitle1: Ambassador\n- Envoy1: Ana Pérez\n- Border length: 171 km\n\n"
        "Chile–Peru relations are old.\n"
    )


AMBASSADOR_TABLE = """== Ambassadors ==
{| class="wikitable sortable"
|+ Chilean ambassadors to Peru
! # !! Name !! Term start !! Term end !! Notes
|-
| 1 || [[Ana Pérez]] || {{dts|1990}} || 1994 || rowspan="2" | Career diplomat
|-
| 2 || rowspan="2" | Luis Soto || 1994 || 1998
|-
| 3 || 2001 || 2005 || Second term
|-
| 4 || María Díaz || 12 May 2019 || Incumbent ||
|}
Text after."""


def test_an_ambassadors_table_with_rowspan_becomes_tenure_items() -> None:
    assert body(AMBASSADOR_TABLE) == [
        "== Ambassadors ==",
        "=== Chilean ambassadors to Peru ===",
        "- Ana Pérez (1990–1994)",
        "- Luis Soto (1994–1998)",
        "- Luis Soto (2001–2005)",
        "- María Díaz (12 May 2019 – Incumbent)",
        "Text after.",
    ]


def test_a_term_column_and_an_open_end() -> None:
    table = """{| class="wikitable"
! Ambassador !! Tenure
|-
| A || 1990–1994
|-
| B || since 2019
|}
{| class="wikitable"
! Name !! From !! To
|-
| C || 2020 ||
|}"""
    assert body(table) == ["- A (1990–1994)", "- B (since 2019)", "- C (2020–)"]


def test_other_tables_become_one_item_per_row() -> None:
    table = """Visits:
{| class="wikitable"
! Date !! Visitor !! Place
|-
| 15 April 2019 || [[Sebastián Piñera]] || Lima
|-
| colspan="2" | Joint session || Santiago
|}"""
    assert body(table) == [
        "Visits:",
        "- 15 April 2019; Sebastián Piñera; Lima",
        "- Joint session; Joint session; Santiago",
    ]


def test_unknown_templates_are_counted_by_name() -> None:
    conversion = convert("A {{Foo|1}} b {{foo}} c {{Bar baz}} {{cite web|title=x}}.", TITLE)
    assert conversion.unknown_templates == {"bar baz": 1, "foo": 2}
    assert conversion.dropped_templates == 3


def test_structure_markers_in_the_input_are_not_structure() -> None:
    assert body("A\ue002*B\ue0002\ue001C") == ["A*B2C"]


def test_disambiguation_pages_are_recognised() -> None:
    assert is_disambiguation("'''Georgia''' may refer to:\n* X\n{{Disambiguation|geo}}")
    assert not is_disambiguation("'''Chile–Peru relations''' are old.")


# --- whole articles: the wikitext form of an article gives the rows of its plain form -------

WIKITEXT_FORMS = sorted((FIXTURES / "wikitext").glob("*.wiki"))
# Where a row's evidence stands differs between the two forms; what it says must not.
POSITIONAL = {"source_line", "char_start", "char_end", "date_char_start", "date_char_end",
              "value_char_start", "value_char_end", "source_sha256"}  # fmt: skip


def plain_form(wiki: Path) -> Path:
    return next(a for a in ALL_ARTICLES if a.stem == wiki.stem)


@pytest.mark.parametrize("wiki", WIKITEXT_FORMS, ids=lambda p: p.stem)
def test_the_wikitext_form_reads_as_the_plain_form(wiki: Path) -> None:
    """Line for line the same text, but for blank lines."""
    plain = plain_form(wiki).read_text(encoding="utf-8")
    title = plain.splitlines()[0].strip("= ")
    converted = convert(wiki.read_text(encoding="utf-8"), title)
    assert [line for line in converted.text.splitlines() if line.strip()] == [
        line.strip() for line in plain.splitlines() if line.strip()
    ]


@pytest.mark.parametrize("wiki", WIKITEXT_FORMS, ids=lambda p: p.stem)
def test_the_wikitext_form_gives_the_rows_of_the_plain_form(wiki: Path, tmp_path: Path) -> None:
    plain = plain_form(wiki)
    title = plain.read_text(encoding="utf-8").splitlines()[0].strip("= ")
    article = tmp_path / plain.name
    article.write_text(convert(wiki.read_text(encoding="utf-8"), title).text, encoding="utf-8")
    out = tmp_path / "out"
    build_article(article, out)
    for golden in sorted(golden_dir(plain).glob("*.csv")):
        expected = pd.read_csv(golden, dtype=str, keep_default_na=False)
        found = pd.read_csv(out / golden.name, dtype=str, keep_default_na=False)
        kept = [c for c in expected.columns if c not in POSITIONAL]
        pd.testing.assert_frame_equal(found[kept], expected[kept], obj=golden.name)
