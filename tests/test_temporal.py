"""The temporal recogniser: one line per form it must read, one per number it must not."""

from __future__ import annotations

import pytest
from edtf import parse_edtf

from pipeline.days import Day
from pipeline.temporal import recognise, recognise_sentences

D = Day.fromisoformat

# (sentence, date_text, start, end, precision, approximate, qualifier, EDTF)
FORMS = [
    # full dates, both orders, abbreviations, day ranges
    ("On 27 November 2018, he spoke.", "27 November 2018", "2018-11-27", "2018-11-27", "day", False, "on", "2018-11-27"),
    ("They ratified it on March 28, 2023.", "March 28, 2023", "2023-03-28", "2023-03-28", "day", False, "on", "2023-03-28"),
    ("Talks began on Feb. 9, 2019 in Baku.", "Feb. 9, 2019", "2019-02-09", "2019-02-09", "day", False, "on", "2019-02-09"),
    ("It opened on the 1st of May 2019.", "1st of May 2019", "2019-05-01", "2019-05-01", "day", False, "on", "2019-05-01"),
    ("Talks began on 9 Sept 2019 in Baku.", "9 Sept 2019", "2019-09-09", "2019-09-09", "day", False, "on", "2019-09-09"),
    ("Tokayev returned on 22–23 August 2025.", "22–23 August 2025", "2025-08-22", "2025-08-23", "day", False, "on", "2025-08-22/2025-08-23"),
    ("They met on June 14–15, 2021.", "June 14–15, 2021", "2021-06-14", "2021-06-15", "day", False, "on", "2021-06-14/2021-06-15"),
    ("Talks ran 30 March – 2 April 2025.", "30 March – 2 April 2025", "2025-03-30", "2025-04-02", "day", False, "between", "2025-03-30/2025-04-02"),
    # months and seasons
    ("It was agreed in September 2002.", "September 2002", "2002-09-01", "2002-09-30", "month", False, "in", "2002-09"),
    ("Talks resumed in the spring of 2008.", "the spring of 2008", "2008-03-01", "2008-05-31", "season", False, "in", "2008-03/2008-05"),
    ("The fifth met in the autumn of 2019.", "the autumn of 2019", "2019-09-01", "2019-11-30", "season", False, "in", "2019-09/2019-11"),
    ("It froze in the winter of 2010.", "the winter of 2010", "2010-12-01", "2011-02-28", "season", False, "in", "2010-12/2011-02"),
    ("Trade fell in January–February 2020.", "January–February 2020", "2020-01-01", "2020-02-29", "month", False, "in", "2020-01/2020-02"),
    ("Trade fell over January–February 2020.", "January–February 2020", "2020-01-01", "2020-02-29", "month", False, "between", "2020-01/2020-02"),
    ("He served from April 2006 to June 2010.", "from April 2006 to June 2010", "2006-04-01", "2010-06-30", "month", False, "between", "2006-04/2010-06"),
    # years and ranges
    ("In 2017, relations improved.", "2017", "2017-01-01", "2017-12-31", "year", False, "in", "2017"),
    ("2018 was declared the year of friendship.", "2018", "2018-01-01", "2018-12-31", "year", False, "in", "2018"),
    ("The famine of 1930–1933 was devastating.", "1930–1933", "1930-01-01", "1933-12-31", "year", False, "between", "1930/1933"),
    ("Talks in 1994–1995 failed.", "1994–1995", "1994-01-01", "1995-12-31", "year", False, "in", "1994/1995"),
    ("Talks in 1994–95 failed.", "1994–95", "1994-01-01", "1995-12-31", "year", False, "in", "1994/1995"),
    ("From 1924 to 1936 both were autonomous.", "From 1924 to 1936", "1924-01-01", "1936-12-31", "year", False, "between", "1924/1936"),
    ("It was built between 2010 and 2012.", "between 2010 and 2012", "2010-01-01", "2012-12-31", "year", False, "between", "2010/2012"),
    # decades
    ("During the 1930s, Stalin redrew borders.", "the 1930s", "1930-01-01", "1939-12-31", "decade", False, "during", "1930/1939"),
    ("It was crushed in 1920s.", "1920s", "1920-01-01", "1929-12-31", "decade", False, "in", "1920/1929"),
    ("In the mid-1990s they joined.", "the mid-1990s", "1993-01-01", "1996-12-31", "decade", True, "in", "1993~/1996~"),
    ("It began in the late 1980s.", "the late 1980s", "1987-01-01", "1989-12-31", "decade", True, "in", "1987~/1989~"),
    ("Money flowed in the early 2000s.", "the early 2000s", "2000-01-01", "2003-12-31", "decade", True, "in", "2000~/2003~"),
    # centuries
    ("It was divided at the 13th century.", "the 13th century", "1201-01-01", "1300-12-31", "century", False, "in", "1201/1300"),
    ("It came during the early 19th century.", "the early 19th century", "1801-01-01", "1834-12-31", "century", True, "during", "1801~/1834~"),
    ("In the first half of the 20th century they shared a past.", "the first half of the 20th century", "1901-01-01", "1950-12-31", "century", False, "in", "1901/1950"),
    ("At the start of the 21st century, 96% was agreed.", "the start of the 21st century", "2001-01-01", "2005-12-31", "century", True, "in", "2001~/2005~"),
    ("It flourished in the nineteenth century.", "the nineteenth century", "1801-01-01", "1900-12-31", "century", False, "in", "1801/1900"),
    # open and bounded
    ("They have trained together since 2021.", "since 2021", "2021-01-01", None, "year", False, "since", "2021/.."),
    ("Since 2021, they have trained together.", "Since 2021", "2021-01-01", None, "year", False, "since", "2021/.."),
    ("He has served since early 2017.", "since early 2017", "2017-01-01", None, "year", True, "since", "2017-01~/.."),
    ("It has run since the early 2000s.", "since the early 2000s", "2000-01-01", None, "decade", True, "since", "2000~/.."),
    ("It has run since 3 December 2010.", "since 3 December 2010", "2010-12-03", None, "day", False, "since", "2010-12-03/.."),
    ("They won control by 1500.", "by 1500", None, "1500-12-31", "year", False, "by", "../1500"),
    ("By September 2002, it was resolved.", "By September 2002", None, "2002-09-30", "month", False, "by", "../2002-09"),
    ("It lasted until 2014.", "until 2014", None, "2014-12-31", "year", False, "until", "../2014"),
    ("It grew after 2013.", "after 2013", "2014-01-01", None, "year", False, "after", "2014/.."),
    ("It was Soviet before 1991.", "before 1991", None, "1990-12-31", "year", False, "before", "../1990"),
    ("He has led it 1991–present.", "1991–present", "1991-01-01", None, "year", False, "since", "1991/.."),
    ("It was agreed by the end of 2019.", "by the end of 2019", None, "2019-12-31", "year", True, "by", "../2019-12~"),
    ("It opened in mid-2019.", "mid-2019", "2019-05-01", "2019-08-31", "year", True, "in", "2019-05~/2019-08~"),
    ("It opened at the end of March 2020.", "the end of March 2020", "2020-03-21", "2020-03-31", "month", True, "in", "2020-03-21~/2020-03-31~"),
    ("It was founded around 1465.", "around 1465", "1465-01-01", "1465-12-31", "year", True, "in", "1465~"),
    # named periods, only without an explicit date
    ("Moreover, during World War II, many were recruited.", "World War II", "1939-09-01", "1945-09-02", "day", False, "during", "1939-09-01/1945-09-02"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("sentence", "text", "start", "end", "precision", "approximate", "qualifier", "edtf"), FORMS
)
def test_forms(sentence, text, start, end, precision, approximate, qualifier, edtf) -> None:  # type: ignore[no-untyped-def]
    found = recognise(sentence)
    assert len(found) == 1, found
    expression = found[0]
    assert expression.text == text
    assert sentence[expression.start : expression.end] == text
    assert expression.date_start == (D(start) if start else None)
    assert expression.date_end == (D(end) if end else None)
    assert (expression.precision, expression.approximate) == (precision, approximate)
    assert expression.qualifier == qualifier
    assert expression.edtf == edtf
    parse_edtf(expression.edtf)  # a real EDTF parser accepts it


# (sentences of one paragraph, index of the sentence, date_text, start, end, precision)
RELATIVE = [
    (["They opened it in September 2025, and moved it the following year."], 0, "the following year", "2026-01-01", "2026-12-31", "year"),
    (["It opened in March 1996.", "Until then it was run from Moscow."], 1, "Until then", None, "1996-03-31", "month"),
    (["They met by August 2020; by then they had agreed."], 0, "by then", None, "2020-08-31", "month"),
    (["He was recalled on 17 August 2020, and she was appointed the same day."], 0, "the same day", "2020-08-17", "2020-08-17", "day"),
    (["The election was on 15 October 2017, and from 10 October traffic slowed."], 0, "from 10 October", "2017-10-10", None, "day"),
    (["It was founded in 2001.", "A year later it grew."], 1, "A year later", "2002-01-01", "2002-12-31", "year"),
    (["It was founded in 2001.", "Three years later it grew."], 1, "Three years later", "2004-01-01", "2004-12-31", "year"),
]  # fmt: skip


@pytest.mark.parametrize(("sentences", "index", "text", "start", "end", "precision"), RELATIVE)
def test_relative_expressions(sentences, index, text, start, end, precision) -> None:  # type: ignore[no-untyped-def]
    found = recognise_sentences(sentences)[index]
    relative = [e for e in found if e.text == text]
    assert len(relative) == 1, found
    expression = relative[0]
    assert expression.inferred
    assert expression.date_start == (D(start) if start else None)
    assert expression.date_end == (D(end) if end else None)
    assert expression.precision == precision


@pytest.mark.parametrize(
    "sentence",
    [
        "A year later it grew.",  # no anchor in this or a previous sentence
        "The same day, they signed.",
        "From 10 October traffic slowed.",
        "It has been so several times a year.",
    ],
)
def test_relative_expressions_need_an_anchor(sentence: str) -> None:
    assert recognise(sentence) == []


def test_anchor_is_the_previous_sentence_only() -> None:
    found = recognise_sentences(
        ["It opened in 1996.", "Nothing dated here.", "A year later it grew."]
    )
    assert found[2] == []


def test_named_period_yields_to_an_explicit_date() -> None:
    found = recognise("But in 1916, when World War I did not go well, revolt broke out.")
    assert [e.text for e in found] == ["1916"]


def test_two_events_in_one_sentence() -> None:
    found = recognise("In 2001, three areas remained; by September 2002 all were resolved.")
    assert [(e.text, e.qualifier) for e in found] == [("2001", "in"), ("by September 2002", "by")]


@pytest.mark.parametrize(
    ("sentence", "not_a_date"),
    [
        ("They share a 2,440 km-long border.", "2,440"),
        ("The border is 1 216 kilometres long.", "1 216"),
        ("The border is 1450 kilometres long.", "1450"),
        ("It is about 612,345 km long.", "612,345"),
        ("Some 2,000 enterprises worked there.", "2,000"),
        ("It brought 1500 troops together.", "1500"),
        ("Investment reached 400 million dollars.", "400"),
        ("About 96% of the border was agreed.", "96%"),
        ("A 2,5m-high fence runs along it.", "2,5m"),
        ("They joined Birlestik-2024, an exercise.", "Birlestik-2024"),
        ("They built Rogun-2 and Kambar-Ata-1.", "Rogun-2"),
        ("They adopted Strategy-2050 as a plan.", "Strategy-2050"),
        ("During this ten-year long war, much was lost.", "ten-year"),
        ("It lasted for three decades.", "three decades"),
        ('He said: "In 2050 we will be one."', "2050"),
        ("It measured 1,257.07 km in total.", "1,257.07"),
        ("Trade was worth 2019.5 million.", "2019.5"),
        ("The road has 1999 signs along it.", "1999"),
        ("They paid $1500 for it.", "1500"),
        ("The monastery has 5,000 cells.", "5,000"),
        ("They marked 30 years of independence.", "30 years"),
        ("The line of 9999 markers was long.", "9999"),
    ],
)
def test_never_a_date(sentence: str, not_a_date: str) -> None:
    assert recognise(sentence) == [], not_a_date
