"""Border facts: one line per phrasing, and an article without a border."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from click.testing import CliRunner

from pipeline.cli import cli
from pipeline.document import parse_document
from pipeline.extract.border import extract


def facts(body: str, title: str = "Kazakhstan–Uzbekistan relations") -> list[tuple]:
    table = pd.DataFrame(
        extract(parse_document(f"= {title} =\n\n== Border ==\n\n{body}\n", "k.txt"))
    )
    if table.empty:
        return []
    return [
        (r.subject, r.attribute, r.value, None if pd.isna(r.unit) else r.unit,
         None if pd.isna(r.date_edtf) else r.date_edtf)
        for r in table.itertuples()
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("They share a 2,440 km-long border.", [("border", "length", "2440", "km", None)]),
        ("The border is 1 216 kilometres long.", [("border", "length", "1216", "km", None)]),
        ("Officials give its length as 1,241 km.", [("border", "length", "1241", "km", None)]),
        ("The demarcated line is 1,257.07 km.", [("border", "length_demarcated", "1257.07", "km", None)]),
        ("By 2005, 96% of the border had been determined.", [("border", "share_delimited", "96", "percent", "../2005")]),  # a bound kept
        ("About 35% of the border is still disputed.", [("border", "share_disputed", "35", "percent", None)]),
        ("The demarcation of 90% of the border was complete.", [("border", "share_demarcated", "90", "percent", None)]),
        ("By then they had agreed on about two thirds of the line.", [("border", "share_agreed", "66.7", "percent", None)]),
        # a comma between digits is no clause break: the words after the number still count
        ("Some 1,050 km of the border have been demarcated.", [("border", "length_demarcated", "1050", "km", None)]),
        ("The boundary stretches some 1,200 miles from the Pacific to the Gulf.", [("border", "length", "1200", "mi", None)]),
        # a share is of the line when it says so: "of the border", or "the border is 96% demarcated"
        ("The border is 96% demarcated.", [("border", "share_demarcated", "96", "percent", None)]),
        ("A 25 percent tariff was lifted after 10,000 troops were sent to the border.", []),
        # what the line follows, with its extent between the verb and "along"
        ("The border runs for 380 kilometres along the Amu Darya river.",
         [("border", "length", "380", "km", None), ("border", "follows", "Amu Darya", None, None)]),
        ("The boundary stretches along the Ruvuma for most of its length.", [("border", "follows", "Ruvuma", None, None)]),
        # what the line follows when it is a feature or a line of the globe
        ("The line follows the Andean watershed.", [("border", "follows", "Andean watershed", None, None)]),
        ("For most of its length it follows the watershed of the Dangrek range.", [("border", "follows", "Dangrek", None, None)]),
        ("In the south it runs along the meridian 68°34′ W.", [("border", "follows", "meridian 68°34′ W", None, None)]),
        ("The border follows the watershed.", []),
        # an elevation in brackets is no length: the line's height only at its highest point
        ("The highest point on the border is Ojos del Salado (6,893 m).", [("border", "height", "6893", "m", None)]),
        ("Aconcagua (6,961 m) stands wholly in Argentina, east of the border.", []),
        ("Crossings include the Jama Pass (4,200 m).",
         [("crossing", "name", "Jama Pass", None, None), ("crossing", "height", "4200", "m", None)]),
        # what a zone or a commission was set up for
        ("The zone was set up to protect the traditional way of life of the islanders.",
         [("zone", "purpose", "protect the traditional way of life of the islanders", None, None)]),
        ("The boundary commission was established to demarcate the line.",
         [("commission", "purpose", "demarcate the line", None, None)]),
        # rulings named before or after their noun, or as what decided
        ("A tribunal handed down the Laguna del Desierto award on 21 October 1994.",
         [("ruling", "decided", "Laguna del Desierto award", None, "1994-10-21")]),
        ("King Edward VII signed the award in the Cordillera of the Andes Boundary Case on 20 November 1902.",
         [("ruling", "decided", "Cordillera of the Andes Boundary Case", None, "1902-11-20")]),
        ("The Puna de Atacama arbitration, held in Buenos Aires, awarded most of the plateau to Argentina in March 1899.",
         [("ruling", "decided", "Puna de Atacama arbitration", None, "1899-03")]),
        # commissions with another name in brackets, and set up by someone
        ("The Mixed Boundary Commission (Comisión Mixta de Límites), set up in 1941, keeps the posts.",
         [("commission", "established", "Mixed Boundary Commission (Comisión Mixta de Límites)", None, "1941")]),
        ("The two governments set up a Joint Boundary Commission (JBC) on 21 June 1997.",
         [("commission", "established", "Joint Boundary Commission (JBC)", None, "1997-06-21")]),
        # crossings listed with where each lies, and after a count
        ("Other important crossings are the Jama Pass in the Atacama, the Pehuenche Pass south of Mendoza, "
         "and Integración Austral at Monte Aymond, on the road between Río Gallegos and Punta Arenas.",
         [("crossing", "name", "Jama Pass", None, None), ("crossing", "name", "Pehuenche Pass", None, None),
          ("crossing", "name", "Integración Austral", None, None)]),
        ("There are six crossings. The busiest is Poipet–Aranyaprathet, where two roads meet. "
         "The others are Cham Yeam–Hat Lek, at the end of a road, and Ban Laem (Daung) and Ban Pakkad in Chanthaburi.",
         [("border", "checkpoints", "6", None, None), ("crossing", "name", "Poipet–Aranyaprathet", None, None),
          ("crossing", "name", "Cham Yeam–Hat Lek", None, None), ("crossing", "name", "Ban Laem (Daung)", None, None),
          ("crossing", "name", "Ban Pakkad", None, None)]),
        ("Other crossings include Tovarnik–Šid, which carries the railway, and the Danube bridges at Ilok.",
         [("crossing", "name", "Tovarnik–Šid", None, None), ("crossing", "name", "Ilok", None, None)]),
        # closures: what closed is what the verb names; one verb, two dates; another thing reopening
        ("The army closed the crossing of Chong Sai Taku on 21 June 2025, and on 23 June 2025 it closed the land border.",
         [("crossing", "name", "Chong Sai Taku", None, "2025-06-21"), ("crossing", "closed", "Chong Sai Taku", None, "2025-06-21"),
          ("border", "closed", "border", None, "2025-06-23")]),
        ("Thailand reopened the border to shoppers on 8 February 2003 and to all traffic on 21 March 2003, "
         "and the rebuilt embassy reopened in February 2004.",
         [("border", "reopened", "border", None, "2003-02-08"), ("border", "reopened", "border", None, "2003-03-21")]),
        # memoranda are treaties; a year naming other treaties dates no signing
        ("On 14 June 2000 they signed the Memorandum of Understanding on the Survey of the Boundary, which bound them to the 1904 and 1907 treaties.",
         [("treaty", "signed", "Memorandum of Understanding on the Survey of the Boundary", None, "2000-06-14")]),
        ("The cabinet approved the border agreement in 2001.", []),  # no legislature
        # a title that lists its topics after a comma, not a list of places after a name
        ("In 1992 they signed the Treaty on Good Neighbourliness, Friendly Relations and Cooperation, which confirmed the border.",
         [("treaty", "signed", "Treaty on Good Neighbourliness, Friendly Relations and Cooperation", None, "1992")]),
        ("Under the Treaty of Lima, signed in 1929, Tacna and Arica were divided along the border.",
         [("treaty", "signed", "Treaty of Lima", None, "1929")]),
        # two names of one treaty; a treaty named by its kind alone
        ("The Treaty of Jeddah, formally the International Border Treaty, was signed on 12 June 2000.",
         [("treaty", "signed", "Treaty of Jeddah", None, "2000-06-12")]),
        ("The Memorandum of Understanding signed on 26 February 1995 reaffirmed the Treaty of Taif on the border.",
         [("treaty", "signed", "Memorandum of Understanding", None, "1995-02-26")]),
        # measures across the line; a disputed place after its kind; a barrier begun
        ("The treaty keeps a pastoral zone 20 km deep on each side of the border.", []),
        ("In 2008 the navies clashed over the disputed islet of Duwaima near the border.",
         [("disputed_area", "name", "Duwaima", None, "2008")]),
        # numbers in words with their unit; regions along the line; commissions by their kind
        ("A fence went up in 2003. It is a concrete pipeline three metres high.",
         [("barrier", "height", "3", "m", None)]),
        ("About a hundred hectares of the border area changed hands.", [("border", "area", "100", "ha", None)]),
        ("Most live in the Chuy and Talas regions that border Kazakhstan.",
         [("border", "district", "Chuy", None, None), ("border", "district", "Talas", None, None)]),
        ("In 2001 the two governments established a joint boundary commission to mark the border.",
         [("commission", "established", "joint boundary commission", None, "2001")]),
        # crossings closed by other verbs, only when named; minor crossings after the main ones
        ("The main crossings are Al-Wadiah and Haradh. Smaller posts stand at Alb and Al-Buq.",
         [("crossing", "name", n, None, None) for n in ("Al-Wadiah", "Haradh", "Alb", "Al-Buq")]),
        ("The main crossing is Al-Wadiah. Saudi Arabia stopped travellers entering at Al-Wadiah on 9 March 2020.",
         [("crossing", "name", "Al-Wadiah", None, None), ("crossing", "closed", "Al-Wadiah", None, "2020-03-09")]),
        ("The border war stopped in 1934.", []),
        # "the convention of 1972" is a treaty of its own, not the one named before it
        ("The Reindeer Grazing Convention, signed on 7 October 2009, was to replace the convention of 1972 on the border.",
         [("treaty", "signed", "Reindeer Grazing Convention", None, "2009-10-07"), ("treaty", "signed", "convention", None, "1972")]),
        # a count of disputed areas told apart; a number word is no place; a distance moved is
        # no length; a title running "along"
        ("Two large areas are disputed along the border.", [("border", "disputed_areas", "2", None, None)]),
        ("In the dispute, China holds Aksai Chin and India administers Arunachal Pradesh.",
         [("disputed_area", "name", "Aksai Chin", None, None), ("disputed_area", "name", "Arunachal Pradesh", None, None)]),
        ("In 1959 it pulled its forces back 20 km behind the line.", []),
        ("The Agreement on the Maintenance of Peace along the Line of Actual Control was signed on 7 September 1993.",
         [("treaty", "signed", "Agreement on the Maintenance of Peace along the Line of Actual Control", None, "1993-09-07")]),
        # rivers listed after a colon; awards named before the verb of their delivery
        ("For long stretches the line follows rivers: the Táchira between Cúcuta and San Antonio, "
         "the Arauca across the plains, and the Orinoco and the Atabapo in the south.",
         [("border", "follows", n, None, None) for n in ("Táchira", "Arauca", "Orinoco", "Atabapo")]),
        ("The Spanish arbitral award was signed by the Queen Regent on 16 March 1891.",
         [("ruling", "decided", "Spanish arbitral award", None, "1891-03-16")]),
        # bridges that link two towns; a crossing blocked
        ("The Simón Bolívar International Bridge links Villa del Rosario with San Antonio. "
         "In February 2019 troops blocked the Simón Bolívar International Bridge at the border.",
         [("crossing", "name", "Simón Bolívar International Bridge", None, None),
          ("crossing", "closed", "Simón Bolívar International Bridge", None, "2019-02")]),
        ("Protesters blocked the road to the capital near the border in 2019.", []),
        # markers by another name; a treaty not in force
        ("The line is marked by some 600 cairns.", [("border", "border_signs", "600", None, None)]),
        ("The border agreement was signed on 7 October 2009 but has not entered into force.",
         [("treaty", "signed", "border agreement", None, "2009-10-07")]),
        # a feature named after a country; a distance offshore
        ("The gas field straddles the maritime boundary some 120 km offshore.", []),
        # distances between places, and sentences that say there is no border
        ("The capitals are 1,200 km apart.", []),
        ("The two countries are about 9,000 km apart and share no border; Easter Island lies 3,500 km off the coast.", []),
        # islands named after "among them", "including"
        ("Several inhabited islands lie north of the line, among them Saibai, Boigu and Dauan.",
         [("island", "name", "Saibai", None, None), ("island", "name", "Boigu", None, None),
          ("island", "name", "Dauan", None, None)]),
        # the whole line
        ("The border was fully demarcated in 2017.", [("border", "share_demarcated", "100", "percent", "2017")]),
        ("By 2019 the boundary had been completely delimited.", [("border", "share_delimited", "100", "percent", "../2019")]),
        ("The border has not yet been fully demarcated.", []),
        ("The border isn’t fully demarcated.", []),
        ("In 2006 they agreed on a further 30-kilometre stretch.", [("border", "newly_agreed_length", "30", "km", "2006")]),
        ("The line is marked by 683 border signs.", [("border", "border_signs", "683", None, None)]),
        ("In 2001 three disputed areas (Bagys, Arnasai and Nsan) remained.",
         [("border", "disputed_areas", "3", None, "2001"), ("disputed_area", "name", "Bagys", None, "2001"),
          ("disputed_area", "name", "Arnasai", None, "2001"), ("disputed_area", "name", "Nsan", None, "2001")]),
        ("It is disputed, notably at the Red Bridge (Tsiteli Khidi) and at David Gareja.",
         [("disputed_area", "name", "Red Bridge (Tsiteli Khidi)", None, None),
          ("disputed_area", "name", "David Gareja", None, None)]),
        ("The Sokh enclave lies inside the border.", [("enclave", "name", "Sokh", None, None)]),
        ("The main road crossing is Korday–Ak-Jol on the highway.", [("crossing", "name", "Korday–Ak-Jol", None, None)]),
        ("On 19 October 2006, Kazakhstan built a 45 km-long barrier along its border.",
         [("barrier", "length", "45", "km", "2006-10-19")]),
        ("The barrier spans the Saryagash and Maktaaral districts and consists of a 2,5m-high barbed wire fence that includes searchlights.",
         [("barrier", "district", "Saryagash", None, None), ("barrier", "district", "Maktaaral", None, None),
          ("barrier", "feature", "barbed wire fence", None, None), ("barrier", "height", "2.5", "m", None),
          ("barrier", "feature", "searchlights", None, None)]),
        ("The wall was built.\nIt was built to curb drug smuggling.", [("barrier", "purpose", "curb drug smuggling", None, None)]),
        ("On March 28, 2023, both countries ratified the border demarcation treaties.",
         [("treaty", "ratified", "border demarcation treaties", None, "2023-03-28")]),
        ("The line was delimited by an agreement of 15 December 2001, which the Uzbek parliament ratified in 2008.",
         [("treaty", "signed", "delimitation agreement", None, "2001-12-15"),
          ("treaty", "ratified", "delimitation agreement (Uzbekistan)", None, "2008")]),
        ("The demarcation treaty was signed on 25 December 2017 and ratified by Kazakhstan on 5 November 2018.",
         [("treaty", "signed", "demarcation treaty", None, "2017-12-25"),
          ("treaty", "ratified", "demarcation treaty (Kazakhstan)", None, "2018-11-05")]),
        ("The treaty entered into force in 2019.", [("treaty", "in_force", "treaty", None, "2019")]),
        ("Commissions on delimitation have worked since 1996.",
         [("commission", "established", "delimitation commissions", None, "1996")]),
        ("A complex is to occupy 3.6 km² on the Kazakh side and 4 km² on the Uzbek side.",
         [("border", "area_kazakh_side", "3.6", "km2", None), ("border", "area_uzbek_side", "4", "km2", None)]),
    ],
)  # fmt: skip
def test_border_phrasings(body: str, expected: list[tuple]) -> None:
    assert sorted(facts(body), key=str) == sorted(expected, key=str)


def test_decimal_comma_read_from_context() -> None:
    """'612,345 km' is 612.345 km when the article also gives the line as about 612 km."""
    body = "The line is about 612 km long.\n\nIts demarcated part is 612,345 km."
    assert ("border", "length_demarcated", "612.345", "km", None) in facts(body)
    alone = facts("Its demarcated part is 612,345 km.")
    assert alone == [("border", "length_demarcated", "612345", "km", None)]


def test_the_same_fact_twice_is_one_row() -> None:
    body = "The border is 428 km long.\n\nOther references give 428 km."
    assert facts(body) == [("border", "length", "428", "km", None)]


def test_sentences_elsewhere_count_only_when_about_the_border() -> None:
    doc = parse_document(
        "= Kazakhstan–Uzbekistan relations =\n\nThe lake is 96 km long. The border is 2,440 km long.\n",
        "k.txt",
    )
    assert [[r["attribute"], r["value"]] for r in extract(doc)] == [["length", "2440"]]


def test_article_without_a_border_publishes_an_empty_table(tmp_path: Path) -> None:
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "a.txt").write_text(
        "= Kazakhstan–Georgia relations =\n\nTrade grew in 2019.\n", encoding="utf-8"
    )
    out = tmp_path / "out"
    result = CliRunner().invoke(cli, ["datasets", "--raw-dir", str(raw), "--out-dir", str(out),
                                      "--work-dir", str(tmp_path / "w")])  # fmt: skip
    assert result.exit_code == 0, result.output
    header = (out / "border.csv").read_text().splitlines()
    assert header[0].startswith("fact_id,relation_id,subject,attribute,value,value_num,unit,")
    assert len(header) == 1
    assert pd.read_parquet(out / "border.parquet").empty
    assert (out / "ambassadors.csv").read_text().startswith("ambassador_id,")


def test_a_legislatures_approval_is_a_ratification_by_its_country() -> None:
    body = "The Treaty of Lima was signed in 1929. The Chilean Senate approved it in May 1929."
    assert sorted(facts(body, "Chile–Peru relations"), key=str) == [
        ("treaty", "ratified", "Treaty of Lima (Chile)", None, "1929-05"),
        ("treaty", "signed", "Treaty of Lima", None, "1929"),
    ]


def test_crossings_listed_one_per_item_under_a_crossings_heading() -> None:
    body = (
        "=== Border crossings ===\nThe other road crossings are:\n- Zosin–Ustyluh\n"
        "- Hrebenne–Rava-Ruska, on route E372\n- Medyka–Shehyni, with a pedestrian crossing\n"
        "- Trucks queue for days at the busiest ones.\n"
    )
    assert [f[2] for f in facts(body, "Poland–Ukraine relations")] == [
        "Zosin–Ustyluh", "Hrebenne–Rava-Ruska", "Medyka–Shehyni",
    ]  # fmt: skip


def test_a_qualified_superlative_opens_a_list_of_crossings() -> None:
    body = "There are eight road crossings. The busiest for freight are Dorohusk–Yahodyn and Korczowa–Krakovets."
    names = [f[2] for f in facts(body, "Poland–Ukraine relations") if f[1] == "name"]
    assert names == ["Dorohusk–Yahodyn", "Korczowa–Krakovets"]


def test_the_line_of_the_paragraph_before() -> None:
    """In a history section, a paragraph that opens with "The line" after one about the
    border is about it too; one that does not is not."""
    first = "The Polish–Soviet Border Agreement of 16 August 1945 drew the frontier."
    second = (
        " was corrected by the agreement on the exchange of sections of state territories,"
        " signed on 15 February 1951, under which the two exchanged 480 km² of land."
    )

    def history(text: str) -> list[tuple]:
        doc = parse_document(f"= Poland–Ukraine relations =\n\n== History ==\n{text}\n", "p.txt")
        return [(r["subject"], r["attribute"], r["value"]) for r in extract(doc)]

    found = history(f"{first}\n\nThe line{second}")
    assert ("border", "area", "480") in found
    assert (
        "treaty",
        "signed",
        "agreement on the exchange of sections of state territories",
    ) in found
    assert ("border", "area", "480") not in history(f"{first}\n\nThe plan{second}")


def test_a_feature_named_after_one_of_the_countries_keeps_its_name() -> None:
    body = "The border follows the Senegal River for most of its length."
    assert facts(body, "Mauritania–Senegal relations") == [
        ("border", "follows", "Senegal River", None, None)
    ]
