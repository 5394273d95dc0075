"""The document model on the three articles: tree, lines, offsets, sentences."""

from __future__ import annotations

import pytest

from pipeline.document import Document, parse_document
from pipeline.errors import PipelineError
from tests.conftest import load

# (line, heading path) of every heading, read off each article by hand.
SECTIONS = {
    "kazakhstan-uzbekistan": [
        (10, "Historical relations"),
        (12, "Historical relations > Ancient to medieval era"),
        (20, "Historical relations > Ancient to medieval era > Kazakh independence from Uzbek control"),
        (24, "Historical relations > Ancient to medieval era > Post-Kazakh independence"),
        (27, "Historical relations > Tsarist and Soviet rule"),
        (33, "Historical relations > Post-Soviet Union"),
        (38, "Political relations"),
        (40, "Political relations > Visits"),
        (47, "Military relations"),
        (50, "Military relations > Kazakhstan–Uzbekistan border"),
        (55, "Economic relations"),
        (58, "Cultural relations"),
        (60, "Cultural relations > Education"),
        (63, "Ambassadors"),
        (64, "Ambassadors > Ambassadors of Kazakhstan to Uzbekistan"),
        (75, "Ambassadors > Ambassadors of Uzbekistan in Kazakhstan"),
        (79, "See also"),
    ],
    "azerbaijan-georgia": [
        (9, "History"),
        (17, "Political relations"),
        (21, "State border"),
        (29, "Diplomatic missions"),
        (35, "List of ambassadors"),
        (37, "List of ambassadors > Georgian ambassadors to Azerbaijan"),
        (46, "List of ambassadors > Azerbaijani ambassadors to Georgia"),
        (51, "See also"),
    ],
    "kazakhstan-kyrgyzstan": [
        (8, "History"),
        (14, "Political relations"),
        (16, "Political relations > High-level contacts"),
        (22, "Political relations > Periods of tension"),
        (28, "Military cooperation"),
        (32, "Border"),
        (38, "Economic relations"),
        (42, "Economic relations > Trade"),
        (46, "Society and culture"),
        (50, "Diplomatic missions"),
        (54, "Ambassadors"),
        (58, "Ambassadors > Ambassadors of Kazakhstan to Kyrgyzstan"),
        (66, "Ambassadors > Ambassadors of Kyrgyzstan in Kazakhstan"),
        (72, "See also"),
    ],
}  # fmt: skip

# Paragraphs (by their first line) and how many sentences a careful reader counts in them.
SENTENCE_COUNTS = {
    "kazakhstan-uzbekistan": {6: 3, 8: 1, 22: 3, 29: 2, 34: 4, 41: 4, 51: 4, 53: 4, 61: 1},
    "azerbaijan-georgia": {13: 4, 15: 3, 23: 3, 27: 3, 33: 2},
    "kazakhstan-kyrgyzstan": {10: 3, 26: 4, 34: 4, 36: 2, 44: 3, 48: 3},
}

# Sentences that contain a trap, quoted whole.
WHOLE_SENTENCES = {
    "kazakhstan-uzbekistan": [
        '2018 was declared the "Year of Uzbekistan in Kazakhstan".',
        'On 27 November 2018, the President Nursultan Nazarbayev said: "Today our relationship '
        "is at a good level. We meet with Shavkat Mirziyoyev several times a year and discuss "
        'all pressing issues in the field of economic and political cooperation".',
        "By September 2002, Kazakhstan and Uzbekistan had fully resolved the course of their "
        "2,440 km-long shared border.",
    ],
    "azerbaijan-georgia": [
        "Azerbaijani sources give its length as 480 km, while other references give 428 km.",
        "Construction of the Georgian section of the Baku–Tbilisi–Kars railway started at "
        "Marabda station on 21 November 2007, and the line was inaugurated in Baku on 30 "
        "October 2017, with an initial capacity of 6.5 million tonnes of cargo and one million "
        "passengers a year.",
    ],
    "kazakhstan-kyrgyzstan": [
        "Kyrgyz officials usually give its length as 1,241 km, while the demarcation documents "
        "put the demarcated line at 1,257.07 km, marked by 683 border signs.",
    ],
}


@pytest.mark.parametrize("name", sorted(SECTIONS))
def test_section_tree_and_heading_paths(name: str) -> None:
    doc = load(name)
    assert [(s.heading.line, s.heading_path) for s in doc.sections()] == SECTIONS[name]


def test_title_and_infobox() -> None:
    doc = load("azerbaijan-georgia")
    assert (doc.title.text, doc.title.line) == ("Azerbaijan–Georgia relations", 1)
    assert [(e.key, e.value, e.line) for e in doc.infobox] == [
        ("Map", "Azerbaijan Georgia Locator.svg", 4),
        ("Border length", "428 km", 5),
    ]
    border = doc.infobox[1]
    assert doc.text[border.value_start : border.char_end] == "428 km"


def test_every_span_slices_to_its_evidence(article: Document) -> None:
    spans = [article.title, *article.infobox]
    spans += [s.heading for s in article.sections()]
    spans += list(article.blocks()) + list(article.sentences())
    lines = article.text.split("\n")
    for span in spans:
        assert article.text[span.char_start : span.char_end] == span.text
        assert article.line_of(span.char_start) == span.line
        assert span.text.split("\n")[0] in lines[span.line - 1]
        assert span.text == span.text.strip()


def test_blocks_carry_their_section(article: Document) -> None:
    for section in article.root.walk():
        for block in section.blocks:
            assert block.section == section.path
            assert all(s.section == section.path for s in block.sentences)


def test_sentences_tile_each_paragraph(article: Document) -> None:
    """Sentences cover the paragraph or list item: only white space lies between or around
    them, and each points at its own characters of the article."""
    for block in article.blocks():
        assert block.sentences
        for sentence in block.sentences:
            assert article.text[sentence.char_start : sentence.char_end] == sentence.text
            assert sentence.line == article.line_of(sentence.char_start)
        rest = block.text
        for sentence in block.sentences:
            before, found, rest = rest.partition(sentence.text)
            assert found and not before.strip()
        assert not rest.strip()


@pytest.mark.parametrize("name", sorted(SENTENCE_COUNTS))
def test_sentence_counts(name: str) -> None:
    doc = load(name)
    counts = {b.line: len(b.sentences) for b in doc.blocks() if b.kind == "paragraph"}
    for line, expected in SENTENCE_COUNTS[name].items():
        assert counts[line] == expected, f"paragraph at line {line}"


@pytest.mark.parametrize("name", sorted(WHOLE_SENTENCES))
def test_trap_sentences_stay_whole(name: str) -> None:
    texts = [s.text for s in load(name).sentences()]
    for sentence in WHOLE_SENTENCES[name]:
        assert sentence in texts


def test_lead_and_list_items() -> None:
    doc = load("kazakhstan-uzbekistan")
    lead = doc.root.blocks
    assert [(b.kind, b.line, b.section) for b in lead] == [
        ("paragraph", 6, ()),
        ("paragraph", 8, ()),
    ]
    envoys = [s for s in doc.sections() if s.title == "Ambassadors of Uzbekistan in Kazakhstan"]
    items = envoys[0].blocks
    assert [(b.kind, b.line, b.text) for b in items] == [
        ("list_item", 76, "Ikrom Nazarov (2016-2018)"),
        ("list_item", 77, "Saidikram Niyazkhodzhaev (since 2018)"),
    ]


def test_paragraph_right_under_a_heading() -> None:
    """Line 25 follows its heading with no blank line; it is still that section's paragraph."""
    doc = load("kazakhstan-uzbekistan")
    block = next(b for b in doc.blocks() if b.line == 25)
    assert block.section[-1] == "Post-Kazakh independence"
    assert block.text.startswith("Despite the fall of the Timurid Empire")


LAYOUT = """\ufeff= A–B relations =

Infobox
- Map: A B.svg

Lead text here.
It goes on over a second line.

==Border==
Border text.

==== Deep ====
Skipped a level.
=== Back ===
- item one
-  item two  
"""  # noqa: W291


def test_layout_variants() -> None:
    """Headings without spaces, skipped levels, wrapped paragraphs, trailing spaces."""
    doc = parse_document(LAYOUT.lstrip("\ufeff"), "a-b.txt")
    assert [(s.level, s.heading_path) for s in doc.sections()] == [
        (2, "Border"),
        (4, "Border > Deep"),
        (3, "Border > Back"),
    ]
    lead = doc.root.blocks[0]
    assert lead.text == "Lead text here.\nIt goes on over a second line."
    assert [s.line for s in lead.sentences] == [6, 7]
    assert [b.text for b in doc.sections().__next__().children[1].blocks] == [
        "item one",
        "item two",
    ]


@pytest.mark.parametrize(
    ("text", "line", "message"),
    [
        ("", None, "no text"),
        ("\n\n  \n", None, "no text"),
        ("Just prose.\n", 1, "expected a title line"),
        ("\n== Section ==\n", 2, "expected a title line"),
        ("= A–B relations =\n\nInfobox\n- no colon here\n", 4, "expected an infobox line"),
    ],
)
def test_layout_errors(text: str, line: int | None, message: str) -> None:
    with pytest.raises(PipelineError) as caught:
        parse_document(text, "bad.txt")
    assert caught.value.file == "bad.txt"
    assert caught.value.line == line
    assert message in caught.value.message
