"""Property-based tests: for any input, the parser and the recogniser either succeed, with
offsets that slice to their evidence and ordered dates, or raise the project's own error."""

from __future__ import annotations

from edtf import parse_edtf
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline.document import Document, parse_document
from pipeline.errors import PipelineError
from pipeline.registry import datasets
from pipeline.sources import decode_article
from pipeline.temporal import recognise_sentences

SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])

LINES = [
    "= Kazakhstan–Uzbekistan relations =", "= Georgia-Azerbaijan relations =", "== Border ==",
    "==Border==", "=== Ambassadors of Kazakhstan to Uzbekistan ===", "==== Deep ====", "Infobox",
    "- Map: a.svg", "- Border length: 2,440 km", "- Name (1993–1994)", "- Name (since 2019)",
    "- Name (2015–2010", "", "On 27 November 2018, a 2,440 km-long border was agreed.",
    "Kazakhstan has an embassy in Tashkent and a Consulate General in Samarkand.",
    "Since 2021, 96% of the border (Bagys, Arnasai and Nsan) was ratified.",
    'He said: "In 2050 we meet." A year later it grew.', "Until then it was 2,5m high.",
]  # fmt: skip
TOKENS = [
    "In", "in", "on", "On", "since", "by", "By", "until", "after", "before", "from", "to",
    "between", "and", "the", "early", "mid-", "late", "1990s", "2001", "1500", "2,440", "1 216",
    "–", "-", "21st century", "13th", "century", "27 November 2018", "May", "March 28,", "2023",
    "Feb.", "9,", "km", "km-long", "m", "%", "(", ")", '"', "“", "”", "a year later",
    "the following year", "until then", "the same day", "World War II", ".", ",", ";",
    "Kazakhstan", "Uzbek", "embassy", "in Tashkent", "border", "treaty", "ratified", "signed",
    "spring", "of", "two thirds", "disputed", "barrier", "St.", "U.S.", "J.",
]  # fmt: skip

layouts = st.lists(st.one_of(st.sampled_from(LINES), st.text(max_size=60)), max_size=25).map(
    "\n".join
)
sentences = st.lists(st.sampled_from(TOKENS), max_size=25).map(" ".join)


@SETTINGS
@given(st.binary(max_size=200))
def test_decoding_any_bytes(data: bytes) -> None:
    try:
        text = decode_article(data, "x.txt")
    except PipelineError:
        return
    assert "\r" not in text


def _spans(doc: Document) -> list:  # type: ignore[type-arg]
    spans = [doc.title, *doc.infobox, *(s.heading for s in doc.sections())]
    return spans + list(doc.blocks()) + list(doc.sentences())


@SETTINGS
@given(layouts)
def test_parser_succeeds_or_raises_its_own_error(text: str) -> None:
    try:
        doc = parse_document(text, "x.txt")
    except PipelineError as error:
        assert error.file == "x.txt"
        return
    for span in _spans(doc):
        assert doc.text[span.char_start : span.char_end] == span.text
        assert doc.line_of(span.char_start) == span.line


@SETTINGS
@given(st.lists(sentences, min_size=1, max_size=3))
def test_recogniser_offsets_and_order(paragraph: list[str]) -> None:
    for sentence, found in zip(paragraph, recognise_sentences(paragraph), strict=True):
        for expression in found:
            assert sentence[expression.start : expression.end] == expression.text
            assert expression.date_start or expression.date_end
            if expression.date_start and expression.date_end:
                assert expression.date_start <= expression.date_end
            parse_edtf(expression.edtf)


@SETTINGS
@given(layouts)
def test_every_extractor_succeeds_or_raises_its_own_error(body: str) -> None:
    try:
        doc = parse_document("= Kazakhstan–Uzbekistan relations =\n" + body, "x.txt")
    except PipelineError:
        return
    for dataset in datasets():
        try:
            table = dataset.extract(doc)
        except PipelineError:
            continue
        for row in table:
            evidence = doc.text[row["char_start"] : row["char_end"]]
            assert evidence
            if "text" in row:
                assert evidence == row["text"]
