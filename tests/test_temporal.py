"""The temporal recogniser: one line per form it must read, one per number it must not."""

from __future__ import annotations

from pathlib import Path

import pytest
from edtf import parse_edtf

from pipeline.days import Day
from pipeline.temporal import read_paragraphs, recognise, recognise_sentences

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"

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
    ("The caliphate ruled from 661 to 750.", "from 661 to 750", "0661-01-01", "0750-12-31", "year", False, "between", "0661/0750"),
    ("Between 622 and 632 the state grew.", "Between 622 and 632", "0622-01-01", "0632-12-31", "year", False, "between", "0622/0632"),
    ("It was signed on 1992-03-05.", "1992-03-05", "1992-03-05", "1992-03-05", "day", False, "on", "1992-03-05"),
    # months and seasons
    ("It entered into force in the first half of 2005.", "the first half of 2005", "2005-01-01", "2005-06-30", "month", False, "in", "2005-01/2005-06"),
    ("Exports rose in the third quarter of 2019.", "the third quarter of 2019", "2019-07-01", "2019-09-30", "month", False, "in", "2019-07/2019-09"),
    ("They met in the second half of March 2020.", "the second half of March 2020", "2020-03-16", "2020-03-31", "month", False, "in", "2020-03-16/2020-03-31"),
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
    # years before 1000 and eras (astronomical years: 400 BC is -0399)
    ("Charlemagne was crowned in AD 800.", "AD 800", "0800-01-01", "0800-12-31", "year", False, "in", "0800"),
    ("The Umayyads crossed in 711 and took the city.", "711", "0711-01-01", "0711-12-31", "year", False, "in", "0711"),
    ("It was founded in the 4th century BC.", "the 4th century BC", "-0399-01-01", "-0300-12-31", "century", False, "in", "-0399/-0300"),
    ("The town dates to c. 500 BCE.", "c. 500 BCE", "-0499-01-01", "-0499-12-31", "year", True, "in", "-0499~"),
    ("In the 2nd millennium BC nomads arrived.", "the 2nd millennium BC", "-1999-01-01", "-1000-12-31", "millennium", False, "in", "-1999/-1000"),
    ("The war lasted from 500 to 400 BC.", "from 500 to 400 BC", "-0499-01-01", "-0399-12-31", "year", False, "between", "-0499/-0399"),
    ("The Persians ruled from 550 BC until 330 BC.", "from 550 BC until 330 BC", "-0549-01-01", "-0329-12-31", "year", False, "between", "-0549/-0329"),
    # coordinated periods are one interval
    ("During the 1980s and 1990s trade grew.", "the 1980s and 1990s", "1980-01-01", "1999-12-31", "decade", False, "between", "1980/1999"),
    ("In March and April 1995 talks were held.", "March and April 1995", "1995-03-01", "1995-04-30", "month", False, "between", "1995-03/1995-04"),
    ("On 30 November and 1 December 2001 they met.", "30 November and 1 December 2001", "2001-11-30", "2001-12-01", "day", False, "between", "2001-11-30/2001-12-01"),
    ("In the 17th and 18th centuries the khanates fought.", "the 17th and 18th centuries", "1601-01-01", "1800-12-31", "century", False, "between", "1601/1800"),
    ("In the 11th–12th centuries the Seljuks ruled.", "the 11th–12th centuries", "1001-01-01", "1200-12-31", "century", False, "between", "1001/1200"),
    ("At the turn of the 19th and 20th centuries railways came.", "the turn of the 19th and 20th centuries", "1896-01-01", "1905-12-31", "century", True, "in", "1896~/1905~"),
    # ranges in every form
    ("The 1962 to 1964 talks failed.", "1962 to 1964", "1962-01-01", "1964-12-31", "year", False, "between", "1962/1964"),
    ("They met from 12 to 14 May 1999.", "from 12 to 14 May 1999", "1999-05-12", "1999-05-14", "day", False, "between", "1999-05-12/1999-05-14"),
    ("The state lasted from around 1400 until 1600.", "from around 1400 until 1600", "1400-01-01", "1600-12-31", "year", True, "between", "1400~/1600~"),
    ("In 1998/99 exports fell.", "1998/99", "1998-01-01", "1999-12-31", "year", False, "in", "1998/1999"),
    ("In the winter of 2009–10 gas was cut.", "the winter of 2009–10", "2009-12-01", "2010-02-28", "season", False, "in", "2009-12/2010-02"),
    # hundreds are centuries; decades of centuries; holidays
    ("In the 1800s the empire expanded.", "the 1800s", "1800-01-01", "1899-12-31", "century", False, "in", "1800/1899"),
    ("In the late 1700s the treaty was signed.", "the late 1700s", "1766-01-01", "1799-12-31", "century", True, "in", "1766~/1799~"),
    ("In the first decade of the 21st century trade doubled.", "the first decade of the 21st century", "2001-01-01", "2010-12-31", "decade", False, "in", "2001/2010"),
    ("On New Year's Day 1990 the border opened.", "New Year's Day 1990", "1990-01-01", "1990-01-01", "day", False, "on", "1990-01-01"),
    ("On Christmas Eve 1914 the guns fell silent.", "Christmas Eve 1914", "1914-12-24", "1914-12-24", "day", False, "on", "1914-12-24"),
    # bounding words read in context
    ("The embassy did not open until 4 May 1950.", "4 May 1950", "1950-05-04", "1950-05-04", "day", False, "on", "1950-05-04"),
    ("It was not until 4 May 1950 that the embassy opened.", "4 May 1950", "1950-05-04", "1950-05-04", "day", False, "on", "1950-05-04"),
    ("The dynasty ruled down to 1945.", "down to 1945", None, "1945-12-31", "year", False, "until", "../1945"),
    ("The mosque dates from 1923.", "1923", "1923-01-01", "1923-12-31", "year", False, "in", "1923"),
    ("The ceasefire held until late spring 1993.", "until late spring 1993", None, "1993-05-31", "season", True, "until", "../1993-05~"),
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
    (["Some 1.8 million had crossed by mid-March 2022 and 3.5 million by mid-May."], 0, "by mid-May", None, "2022-05-20", "month"),
    (["Prices rose in March 2020 and again in late April."], 0, "late April", "2020-04-21", "2020-04-30", "month"),
    (["The treaty was signed on 21 April 1920.", "Three days later the offensive began."], 1, "Three days later", "1920-04-24", "1920-04-24", "day"),
    (["It opened in March 1996.", "Two months earlier it had been approved."], 1, "Two months earlier", "1996-01-01", "1996-01-31", "month"),
    (["Independence came on 16 September 1975.", "The old flag had been lowered the evening before."], 1, "the evening before", "1975-09-15", "1975-09-15", "day"),
    (["The treaty was signed on 2 May 2001, and the delegates left the next morning."], 0, "the next morning", "2001-05-03", "2001-05-03", "day"),
    (["They opened it in September 2025, and moved it the following year."], 0, "the following year", "2026-01-01", "2026-12-31", "year"),
    (["It opened in March 1996.", "Until then it was run from Moscow."], 1, "Until then", None, "1996-03-31", "month"),
    (["They met by August 2020; by then they had agreed."], 0, "by then", None, "2020-08-31", "month"),
    (["He was recalled on 17 August 2020, and she was appointed the same day."], 0, "the same day", "2020-08-17", "2020-08-17", "day"),
    (["The election was on 15 October 2017, and from 10 October traffic slowed."], 0, "from 10 October", "2017-10-10", None, "day"),
    (["It was founded in 2001.", "A year later it grew."], 1, "A year later", "2002-01-01", "2002-12-31", "year"),
    (["It was founded in 2001.", "Three years later it grew."], 1, "Three years later", "2004-01-01", "2004-12-31", "year"),
    (["It opened in 1996.", "In May of that year the talks resumed."], 1, "May of that year", "1996-05-01", "1996-05-31", "month"),
    (["It was signed in March 1996.", "Earlier that month the border closed."], 1, "Earlier that month", "1996-03-01", "1996-03-31", "month"),
    (["They met on 3 June 1999.", "The next day they signed."], 1, "The next day", "1999-06-04", "1999-06-04", "day"),
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
        ("Resolution 1244 was adopted by the council.", "Resolution 1244"),
        ("The assembly passed resolution 68/262 unanimously.", "resolution 68/262"),
        ("Article 1950 of the code was amended.", "Article 1950"),
        ("The embassy is at 1600 Pennsylvania Avenue.", "1600 Pennsylvania Avenue"),
        ("It runs along Interstate 5 near mile 1948.", "mile 1948"),
        ("Hawaii became the 51st state in the plan.", "51st"),
        ("The constitution was promulgated in 2072 BS by the assembly.", "2072 BS"),
        ("In the Ethiopian year 2011 the treaty was signed.", "Ethiopian year 2011"),
        ("In 300 ships they sailed.", "300"),
        ("Troops numbered 300 in 711 ships.", "711"),
        ("It was founded in ١٩٩٠ by decree.", "Arabic-Indic digits"),
        ("It was founded in ٢٠٢٠ by decree.", "Arabic-Indic digits"),
        ("It was founded in 𝟐𝟎𝟐𝟎 by decree.", "mathematical bold digits"),
        ("It was founded in ２０２０ by decree.", "fullwidth digits"),
        ("It was founded in 2٠20 by decree.", "digits of two scripts"),
        ("It was signed on 12 May ٢٠٢٠.", "a year in Arabic-Indic digits"),
        ("Trade grew in the ١٩٩٠s.", "a decade in Arabic-Indic digits"),
        ("It grew in 𝟏𝟗𝟗𝟏–𝟏𝟗𝟗𝟓.", "a range in mathematical bold digits"),
        ("Under Regulation (EU) 2022/870 the fees were waived.", "2022"),
        ("It acts under Decree No. 2019-1234 on fishing.", "1234"),
        ("Colombia answered with Decreto 1234 de 2015, closing the border.", "2015"),
        ("Their status rests on Law 1465 of 2011, which grants rights.", "2011"),
        ("The Norwegians voted for dissolution by 368,208 votes to 184.", "184"),
        ("The 2001/55/EC directive applied.", "2001"),
        ("Poland co-hosted UEFA Euro 2012 with Ukraine.", "2012"),
        ("Saudi Vision 2030 was launched in Riyadh.", "2030"),
        ("The Moscow 1980 Olympics were boycotted.", "1980"),
    ],
)
def test_never_a_date(sentence: str, not_a_date: str) -> None:
    assert recognise(sentence) == [], not_a_date


@pytest.mark.parametrize(
    ("sentence", "texts"),
    [
        ("They met on 12 and 14 May 1999.", ["12", "14 May 1999"]),
        ("Elections were held in 2004 and 2005.", ["2004", "2005"]),
        ("In the 1960s and 1980s there were crises.", ["the 1960s", "1980s"]),
        ("It was promulgated in 2072 BS (2015).", ["2015"]),
    ],
)
def test_periods_that_do_not_follow_each_other_stay_apart(sentence: str, texts: list[str]) -> None:
    assert [e.text for e in recognise(sentence)] == texts


def test_the_first_of_two_days_borrows_month_and_year() -> None:
    first, second = recognise("They met on 12 and 14 May 1999.")
    assert (first.date_start, first.date_end) == (D("1999-05-12"), D("1999-05-12"))
    assert second.date_start == D("1999-05-14")


def test_every_template_begins_at_an_anchor() -> None:
    """A template the recogniser cannot anchor searches every character of every sentence:
    a new rule should say where its matches begin (a digit, or a word of a rule)."""
    from pipeline.temporal import _patterns

    assert [t.kind for t in _patterns() if t.starts is None] == []


def test_anchored_matching_finds_what_a_search_finds() -> None:
    """Trying templates only at anchors loses nothing a search of the whole sentence finds."""
    from pipeline.sources import read_article
    from pipeline.temporal import _matches, _patterns

    articles = [ROOT / "raw" / "kazakhstan-uzbekistan.txt", *sorted(FIXTURES.glob("*.txt"))]
    sentences = [
        s.text for path in articles for b in read_article(path).blocks() for s in b.sentences
    ]
    for sentence in sentences:
        anchored = {(order, m.span()) for order, m in _matches(sentence)}
        for order, template in enumerate(_patterns()):
            for match in template.core.finditer(sentence):
                if template.digit and not any(c.isdigit() for c in sentence):
                    continue
                assert (order, match.span()) in anchored or not _runs(template, sentence), (
                    sentence,
                    template.kind,
                    match.group(),
                )


def _runs(template, sentence: str) -> bool:  # type: ignore[no-untyped-def]
    from pipeline.temporal import _present

    lowered = sentence.lower().replace("’", "'")
    return all(_present(t, sentence, lowered, {}) for t in template.triggers)


@pytest.mark.parametrize(
    ("sentence", "written", "reason"),
    [
        ("On 31 February 2020 the treaty was signed.", "31 February 2020", "February 2020 has 29 days"),
        ("On 29 February 2019 the treaty was signed.", "29 February 2019", "February 2019 has 28 days"),
        ("On 29 February 1900 it was signed.", "29 February 1900", "February 1900 has 28 days"),
        ("On 30 February 2021 it fell.", "30 February 2021", "February 2021 has 28 days"),
        ("On 31 April 2021 it fell.", "31 April 2021", "April 2021 has 30 days"),
        ("On April 31, 2021 it fell.", "April 31, 2021", "April 2021 has 30 days"),
        ("It opened on the 31st of June 2019.", "31st of June 2019", "June 2019 has 30 days"),
        ("Talks began on Feb. 30, 2019 in Baku.", "Feb. 30, 2019", "February 2019 has 28 days"),
        ("They met on 29–31 February 2021.", "29–31 February 2021", "February 2021 has 28 days"),
        ("Talks ran 30 February – 2 April 2025.", "30 February – 2 April 2025", "February 2025 has 28 days"),
        ("Talks ran March 30 – April 31, 2025.", "March 30 – April 31, 2025", "April 2025 has 30 days"),
    ],
)  # fmt: skip
def test_a_day_its_month_does_not_have_is_no_date(sentence: str, written: str, reason: str) -> None:
    """Not a date of another precision either: neither its month nor its year is a row."""
    assert recognise(sentence) == []
    [[found]] = read_paragraphs([((), [sentence])])
    [impossible] = found.impossible
    assert (impossible.text, impossible.reason) == (written, reason)
    assert sentence[impossible.start : impossible.end] == written


def test_a_day_a_leap_year_has_is_a_date() -> None:
    for sentence in ("It was signed on 29 February 2020.", "It was signed on 29 February 2000."):
        [found] = recognise(sentence)
        assert found.precision == "day", sentence
        [[dates]] = read_paragraphs([((), [sentence])])
        assert dates.impossible == ()


def test_an_impossible_date_leaves_the_other_dates_alone_and_anchors_nothing() -> None:
    sentences = ["On 31 February 2020 and 3 March 2020 they met.", "The next day they left."]
    assert [[e.text for e in s] for s in recognise_sentences(sentences)] == [
        ["3 March 2020"],
        ["The next day"],
    ]
    sentences = ["On 31 February 2020 it was signed.", "The following year it was ratified."]
    assert recognise_sentences(sentences) == [[], []]
    # Nor does a named period stand in for it.
    assert recognise("On 31 February 1943, during World War II, they met.") == []
