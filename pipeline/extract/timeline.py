"""timeline: every dated event of the prose, one row per temporal expression."""

from __future__ import annotations

from pipeline.document import HEADING_SEPARATOR, Block, Document
from pipeline.extract.ambassadors import names_a_list
from pipeline.ids import row_id
from pipeline.relation import relation_of
from pipeline.rules import sections as rules
from pipeline.sections import category_of
from pipeline.temporal import TemporalExpression, read_paragraphs
from pipeline.words import find_word


def extract(doc: Document) -> list[dict[str, object]]:
    """Rows of every temporal expression in the paragraphs and list items of ``doc`` (not
    ambassador lists, whose dates are tenures, nor table rows); a date that cannot be ("31
    February 2020") gives no row but a note on ``doc``."""
    relation_id = relation_of(doc).relation_id
    rows = []
    notes = []
    # Items of a list of visits or agreements are events ("- President X visited Y in March
    # 2019", "- Agreement on air services (2006)"); the apparatus is not read at all.
    paragraphs = [block for block in doc.blocks() if _narrates(block)]
    dated = read_paragraphs([(b.section, [s.text for s in b.sentences]) for b in paragraphs])
    for block, found in zip(paragraphs, dated, strict=True):
        for sentence, dates in zip(block.sentences, found, strict=True):
            for impossible in dates.impossible:
                line = doc.line_of(sentence.char_start + impossible.start)
                notes.append(f"{doc.source_file}:{line}: timeline: '{impossible.text}' is not a "
                             f"date ({impossible.reason})")  # fmt: skip
            for expression in dates.expressions:
                if _is_tenure(sentence.text, expression):
                    continue  # the ambassadors table's
                rows.append(
                    {
                        "event_id": row_id(
                            relation_id, sentence.text, expression.text, expression.edtf
                        ),
                        "relation_id": relation_id,
                        "date_text": expression.text,
                        "date_edtf": expression.edtf,
                        "date_start": expression.date_start,
                        "date_end": expression.date_end,
                        "precision": expression.precision,
                        "approximate": expression.approximate,
                        "qualifier": expression.qualifier,
                        "inferred": expression.inferred,
                        "text": sentence.text,
                        "category": category_of(sentence.section),
                        "date_char_start": sentence.char_start + expression.start,
                        "date_char_end": sentence.char_start + expression.end,
                        "section": HEADING_SEPARATOR.join(sentence.section) or None,
                        "source_file": doc.source_file,
                        "source_line": sentence.line,
                        "char_start": sentence.char_start,
                        "char_end": sentence.char_end,
                    }
                )
    # A sentence that says the same date twice says it once: the first telling stays.
    unique: dict[object, dict[str, object]] = {}
    for row in rows:
        unique.setdefault(row["event_id"], row)
    # The same goes for notes; and one extraction of the article more adds none.
    known = set(doc.notes)
    for note in notes:
        if note not in known:
            known.add(note)
            doc.notes.append(note)
    return list(unique.values())


_TENURE_QUALIFIERS = ("between", "since")


def _is_tenure(text: str, expression: TemporalExpression) -> bool:
    """Whether ``expression`` is an ambassador's tenure told in prose: a span of years, or
    "since", shortly after a word for an envoy ("ambassador in Valdor from 2014 to 2022")."""
    if expression.precision != "year" or expression.qualifier not in _TENURE_QUALIFIERS:
        return False
    before = text[max(0, expression.start - rules.TENURE_REACH) : expression.start]
    return find_word(before.lower(), rules.TENURE_WORDS) is not None


def _narrates(block: Block) -> bool:
    """Whether a block tells events: a paragraph, or a list item that is neither an
    ambassador's (a tenure, the ambassadors table's) nor a flattened table row ("Area | …")."""
    if block.kind == "paragraph":
        return True
    if rules.TABLE_CELL_SEPARATOR in block.text:
        return False
    return not any(names_a_list(heading) for heading in block.section)
