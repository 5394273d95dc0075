"""Wikitext → the article layout that :mod:`pipeline.document` reads, with mwparserfromhell.

The layout is what a reader sees of an article, as plain text: the title line, an
``Infobox`` block of ``- Key: value`` lines, ``== Headings ==``, one paragraph per line and
``- `` list items. Everything a reader does not see as text (references, comments, images,
hatnotes, navigation boxes, categories) is dropped; inline templates are rendered as readers
see them; wikitables are flattened into list items. What the renderer does with each template,
tag and link is data, in :mod:`pipeline.rules.wikitext`.

Rendering happens in two steps. Nodes become text carrying private-use markers for the
structure (headings, list items); then the text is cut into lines and blocks and laid out.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from pipeline.rules import wikitext as rules
from pipeline.rules.temporal import MONTHS
from pipeline.words import whole_words

if TYPE_CHECKING:
    from mwparserfromhell.nodes import Tag, Template
    from mwparserfromhell.wikicode import Wikicode

# Structure markers: private-use characters, removed from the input first, so no article
# text can be mistaken for them.
_HEADING = "\ue000"  # _HEADING + level digit + _FIELD + title, on a line of its own
_FIELD = "\ue001"
_ITEM = "\ue002"  # _ITEM + one of "*#;:" per list marker, at the start of a line
_MARKERS = re.compile("[\ue000-\ue002]")
_BLANKS = re.compile(r"[ \t\r\f\v]+")
_STYLE = re.compile(r"'{2,}(?=(s\b)?)")
_LONE_COMMENT = re.compile(r"\n[ \t]*<!--(?:[^-]|-(?!->))*-->[ \t]*(?=\n)")
_MONTH_NAMES = [name.capitalize() for name, _ in sorted(MONTHS.items(), key=lambda m: m[1])]
_LANGUAGE_CODE = re.compile(r"[a-z]{2,3}(?:-[a-z0-9]+)*")
_NUMBER = re.compile(r"[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)?(?:\.\d+)?")


@dataclass(frozen=True)
class Conversion:
    """An article in the layout, and the templates the renderer did not know (dropped)."""

    text: str
    unknown_templates: dict[str, int] = field(default_factory=dict)

    @property
    def dropped_templates(self) -> int:
        """How many template uses were dropped because nothing says how to render them."""
        return sum(self.unknown_templates.values())


def convert(wikitext: str, title: str) -> Conversion:
    """The layout of the article ``title`` whose source is ``wikitext``."""
    import mwparserfromhell

    # A comment alone on its line goes with its line, as MediaWiki's preprocessor does, so
    # that it does not split the paragraph around it.
    source = _LONE_COMMENT.sub("", _MARKERS.sub("", wikitext))
    code = mwparserfromhell.parse(source, skip_style_tags=True)
    renderer = _Renderer()
    infobox: list[tuple[str, str]] = []
    for template in code.filter_templates(recursive=False):
        if template_name(template) in rules.INFOBOX_TEMPLATES:
            if not infobox:
                infobox = renderer.infobox(template)
            code.remove(template)
    body = renderer.render(code, inline=False)
    text = _layout(title, infobox, _blocks(body))
    return Conversion(text, dict(sorted(renderer.unknown.items())))


def is_disambiguation(wikitext: str) -> bool:
    """Whether the page is a disambiguation page (it carries a disambiguation template)."""
    import mwparserfromhell

    code = mwparserfromhell.parse(wikitext, skip_style_tags=True)
    return any(
        template_name(t) in rules.DISAMBIGUATION_TEMPLATES
        for t in code.filter_templates(recursive=False)
    )


def template_name(template: Template) -> str:
    """A template's name as the rules key it: lower-case, spaces, no namespace."""
    name = "".join(str(n) for n in template.name.nodes if type(n).__name__ != "Comment")
    name = " ".join(name.replace("_", " ").split()).lower()
    return name.removeprefix("template:").strip()


# --- rendering nodes -----------------------------------------------------------------------


class _Renderer:
    """Renders wikicode to text with structure markers; counts the templates it drops."""

    def __init__(self) -> None:
        self.unknown: Counter[str] = Counter()

    def render(self, code: Wikicode | None, inline: bool) -> str:
        if code is None:
            return ""
        return "".join(self._node(node, inline) for node in code.nodes)

    def text(self, code: Wikicode | None) -> str:
        """Wikicode as one line of plain text: list markers and line breaks become commas."""
        return _flatten(self.render(code, inline=True))

    def _node(self, node: object, inline: bool) -> str:
        kind = type(node).__name__
        if kind == "Text":
            return _STYLE.sub(_style_run, _strip_switches(node.value))  # type: ignore[attr-defined]
        if kind == "Wikilink":
            return self._wikilink(node)
        if kind == "ExternalLink":
            if node.title is not None:  # type: ignore[attr-defined]
                return self.render(node.title, inline=True)  # type: ignore[attr-defined]
            # [http://…] shows as a number, a bare URL as itself.
            return "" if node.brackets else str(node.url)  # type: ignore[attr-defined]
        if kind == "Template":
            return self._template(node, inline)  # type: ignore[arg-type]
        if kind == "Tag":
            return self._tag(node, inline)  # type: ignore[arg-type]
        if kind == "HTMLEntity":
            return node.normalize()  # type: ignore[attr-defined,no-any-return]
        if kind == "Heading":
            title = self.text(node.title)  # type: ignore[attr-defined]
            if inline or not title:
                return title
            level = min(max(node.level, 2), 6)  # type: ignore[attr-defined]
            return f"\n{_HEADING}{level}{_FIELD}{title}\n"
        if kind == "Argument":
            return self.render(node.default, inline)  # type: ignore[attr-defined]
        return ""  # comments

    def _wikilink(self, node: object) -> str:
        target = str(node.title).strip()  # type: ignore[attr-defined]
        literal = target.startswith(":")
        target = target.lstrip(":").strip()
        prefix, colon, _ = target.partition(":")
        namespace = prefix.strip().lower()
        if colon and not literal:
            if namespace in rules.FILE_NAMESPACES or namespace in rules.CATEGORY_NAMESPACES:
                return ""
            if namespace not in rules.INTERWIKI_PREFIXES and _LANGUAGE_CODE.fullmatch(namespace):
                return ""  # an interlanguage link: shown in the sidebar, not the text
        if node.text is not None:  # type: ignore[attr-defined]
            label = self.render(node.text, inline=True)  # type: ignore[attr-defined]
            if label.strip():
                return label
            # The pipe trick: [[Kazakh language|]] shows "Kazakh language" without brackets.
            return re.sub(r"\s*\([^()]*\)$", "", target.partition("#")[0])
        return target

    def _tag(self, node: Tag, inline: bool) -> str:
        name = str(node.tag).strip().lower()
        markup = node.wiki_markup
        if markup in ("*", "#", ";", ":"):
            return _ITEM + markup
        if name == "table":
            return self._table(node, inline)
        if name in rules.DROPPED_TAGS:
            return ""
        if name in rules.LINE_BREAK_TAGS:
            return rules.INLINE_BREAK if inline else " "
        if name == "hr":
            return "" if inline else "\n\n"
        if name == "li":
            content = self.render(node.contents, inline)
            return content if inline else f"\n{_ITEM}*{content}\n"
        content = self.render(node.contents, inline) if node.contents is not None else ""
        if name in rules.BLOCK_TAGS and not inline:
            return f"\n\n{content}\n\n"
        return content

    # --- templates -------------------------------------------------------------------------

    def _template(self, node: Template, inline: bool) -> str:
        name = template_name(node)
        if _is_dropped(name):
            return self._named(node).get(rules.WRAPPED_TEXT_PARAMETER) or ""
        kind = rules.TEMPLATE_RENDERERS.get(name)
        if kind is None and name.startswith(rules.LANG_PREFIX):
            kind = rules.LANG_RENDERER
        function, colon, _argument = name.partition(":")
        if kind is None and colon and function in rules.MAGIC_FUNCTIONS:
            original = str(node.name).strip()
            return _magic(function, original[original.index(":") + 1 :])
        if kind is None:
            self.unknown[name] += 1
            return ""
        verb, _, detail = kind.partition(":")
        positional = self._positional(node)
        first = positional[0] if positional else ""
        match verb:
            case "first":
                return first
            case "last":
                return positional[-1] if positional else ""
            case "nth":
                index = int(detail) - 1
                return positional[index] if len(positional) > index else ""
            case "literal":
                return detail
            case "prefix":
                return f"{detail}{first}" if first else ""
            case "suffix":
                return f"{first}{detail}" if first else ""
            case "lang":
                return _language_label(name.removeprefix(rules.LANG_PREFIX), first)
            case "circa":
                return f"c. {first}" if first else "c."
            case "date":
                return _date(positional, self._named(node), name)
            case "isodate":
                return _iso_date(first, positional[1] if len(positional) > 1 else "", name)
            case "as of":
                named = self._named(node)
                shown = _date(positional, named, name)
                lower = named.get("lc", "").lower() in ("y", "yes", "on")
                return f"{'as' if lower else 'As'} of {shown}" if shown else ""
            case "convert":
                defaults = rules.TEMPLATE_DEFAULTS.get(name, {})
                return _convert(positional, defaults | self._named(node))
            case "text":
                return self._named(node).get(rules.WRAPPED_TEXT_PARAMETER) or first
            case "quote":
                named = self._named(node)
                quoted = next((named[p] for p in rules.QUOTE_PARAMETERS if named.get(p)), first)
                return quoted if inline else f"\n\n{quoted}\n\n"
            case "join":
                return rules.INLINE_BREAK.join(p for p in positional if p)
            case "frac":
                return _fraction(positional)
            case "sort":
                return positional[1] if len(positional) > 1 and positional[1] else first
            case "ill":
                return self._named(node).get("lt") or first
            case "nihongo":
                extra = ", ".join(p for p in positional[1:3] if p)
                return f"{first} ({extra})" if extra else first
            case "flagname":
                return self._named(node).get("name") or _country_name(first)
        raise AssertionError(f"no renderer {verb!r}")  # a typo in the rules table

    def _positional(self, node: Template) -> list[str]:
        numbered = [p for p in node.params if str(p.name).strip().isdigit()]
        numbered.sort(key=lambda p: int(str(p.name).strip()))
        return [self.text(p.value) for p in numbered]

    def _named(self, node: Template) -> dict[str, str]:
        return {
            str(p.name).strip().lower(): self.text(p.value)
            for p in node.params
            if not str(p.name).strip().isdigit()
        }

    def infobox(self, node: Template) -> list[tuple[str, str]]:
        """The infobox's entries, as (Key, value), in the order of its parameters."""
        entries = []
        for parameter in node.params:
            key = " ".join(str(parameter.name).replace("_", " ").split())
            if key.lower() in rules.INFOBOX_HIDDEN_PARAMETERS:
                continue
            if key.lower() in rules.INFOBOX_FILE_PARAMETERS:
                value = _file_name(parameter.value)
            else:
                value = self.text(parameter.value)
            if value and key:
                entries.append((key[0].upper() + key[1:], value))
        return entries

    # --- tables ----------------------------------------------------------------------------

    def _table(self, node: Tag, inline: bool) -> str:
        caption, rows = self._table_rows(node)
        if inline:
            return rules.INLINE_BREAK.join(
                rules.TABLE_CELL_SEPARATOR.join(c for c, _ in r if c) for r in rows
            )
        header: list[str] = []
        data: list[list[str]] = []
        for row in rows:
            if all(is_header for _, is_header in row) and not data:
                header = [text for text, _ in row]
            elif any(not is_header for _, is_header in row):
                data.append([text for text, _ in row])
        columns = _tenure_columns(header)
        if columns is not None:
            lines = [_ambassador_item(row, *columns) for row in data]
            before = f"\n{_ITEM};{caption}\n" if caption else "\n"
        else:
            lines = [rules.TABLE_CELL_SEPARATOR.join(c for c in row if c) for row in data]
            before = f"\n\n{caption}\n\n" if caption else "\n"
        items = "".join(f"{_ITEM}*{line}\n" for line in lines if line)
        return f"{before}{items}\n"

    def _table_rows(self, node: Tag) -> tuple[str, list[list[tuple[str, bool]]]]:
        """The table's caption and its rows of (text, is_header), spans filled in."""
        caption = ""
        raw: list[list[tuple[str, bool, int, int]]] = []
        implicit: list[tuple[str, bool, int, int]] | None = None
        for child in node.contents.nodes:
            if type(child).__name__ != "Tag":
                continue
            name = str(child.tag).strip().lower()
            if name == "caption" or str(child).startswith("|+"):
                # mwparserfromhell reads a '|+' caption as a cell whose text starts with '+'.
                caption = self.text(child.contents).removeprefix("+").strip()
            elif name == "tr":
                implicit = None
                raw.append([self._cell(c) for c in child.contents.nodes if _is_cell(c)])
            elif name in ("td", "th"):
                if implicit is None:
                    implicit = []
                    raw.append(implicit)
                implicit.append(self._cell(child))
        return caption, _fill_spans(raw)

    def _cell(self, cell: Tag) -> tuple[str, bool, int, int]:
        return (
            self.text(cell.contents),
            str(cell.tag).strip().lower() == "th",
            _span(cell, "rowspan"),
            _span(cell, "colspan"),
        )


def _is_cell(node: object) -> bool:
    return type(node).__name__ == "Tag" and str(node.tag).strip().lower() in ("td", "th")  # type: ignore[attr-defined]


def _span(cell: Tag, attribute: str) -> int:
    if not cell.has(attribute):
        return 1
    digits = re.sub(r"\D", "", str(cell.get(attribute).value))
    return max(1, min(int(digits), 1000)) if digits else 1


def _fill_spans(
    raw: list[list[tuple[str, bool, int, int]]],
) -> list[list[tuple[str, bool]]]:
    """Rows as a reader sees them: a cell spanning rows or columns repeated in each."""
    pending: dict[int, tuple[tuple[str, bool], int]] = {}  # column → (cell, rows left)
    grid = []
    for cells in raw:
        row: list[tuple[str, bool]] = []
        queue = list(cells)
        column = 0
        while queue or any(c >= column for c in pending):
            if column in pending:
                cell, left = pending.pop(column)
                row.append(cell)
                if left > 1:
                    pending[column] = (cell, left - 1)
                column += 1
                continue
            if not queue:
                column += 1
                continue
            text, is_header, rowspan, colspan = queue.pop(0)
            for _ in range(colspan):
                row.append((text, is_header))
                if rowspan > 1:
                    pending[column] = ((text, is_header), rowspan - 1)
                column += 1
        grid.append(row)
    return grid


def _tenure_columns(header: list[str]) -> tuple[int, int | None, int | None, int | None] | None:
    """(name, start, end, term) columns of an ambassadors table, or None for another table."""
    found: dict[str, int] = {}
    kinds = (
        ("end", rules.TABLE_END_HEADERS),
        ("start", rules.TABLE_START_HEADERS),
        ("term", rules.TABLE_TERM_HEADERS),
        ("name", rules.TABLE_NAME_HEADERS),
    )
    for index, text in enumerate(header):
        for kind, words in kinds:
            if kind not in found and whole_words(words).fullmatch(text.strip(" .*:")):
                found[kind] = index
                break
        else:
            for kind, words in kinds:
                if kind not in found and whole_words(words).search(text):
                    found[kind] = index
                    break
    if "name" not in found or not ({"start", "term"} & found.keys()):
        return None
    return found["name"], found.get("start"), found.get("end"), found.get("term")


def _ambassador_item(
    row: list[str], name: int, start: int | None, end: int | None, term: int | None
) -> str:
    """'Name (start–end)', as the ambassador lists of the layout write it."""

    def cell(index: int | None) -> str:
        return row[index] if index is not None and index < len(row) else ""

    person = cell(name)
    if not person:
        return ""
    if term is not None and cell(term):
        return f"{person} ({cell(term)})"
    begin, finish = cell(start), cell(end)
    if not begin and not finish:
        return person
    dash = " – " if " " in begin or " " in finish else "–"
    return f"{person} ({begin}{dash}{finish})".replace(f"{dash})", "–)")


# --- templates: the renderers --------------------------------------------------------------


def _is_dropped(name: str) -> bool:
    return (
        name in rules.DROPPED_TEMPLATES
        or name in rules.DISAMBIGUATION_TEMPLATES
        or name.startswith(rules.DROPPED_PREFIXES)
        or name.endswith(rules.DROPPED_SUFFIXES)
    )


def _magic(function: str, argument: str) -> str:
    argument = argument.strip()
    if function == "formatnum":
        number = _parse_number(argument)
        return _format_number(number, _decimals(argument)) if number is not None else argument
    changes = {
        "lc": str.lower,
        "uc": str.upper,
        "ucfirst": lambda s: s[:1].upper() + s[1:],
        "lcfirst": lambda s: s[:1].lower() + s[1:],
    }
    return changes[function](argument)


def _language_label(code: str, text: str) -> str:
    """'Russian: Москва' for {{lang-ru|Москва}}; the bare text when the code is unknown."""
    import pycountry

    language = None
    base = code.partition("-")[0]
    if len(base) == 2:
        language = pycountry.languages.get(alpha_2=base)
    elif len(base) == 3:
        language = pycountry.languages.get(alpha_3=base)
    return f"{language.name}: {text}" if language is not None and text else text


def _country_name(code: str) -> str:
    """A flag template's country: its ISO alpha-3 code becomes the name."""
    if re.fullmatch(r"[A-Z]{3}", code):
        import pycountry

        country = pycountry.countries.get(alpha_3=code)
        if country is not None:
            return str(getattr(country, "common_name", country.name))
    return code


def _date(positional: list[str], named: dict[str, str], name: str) -> str:
    """{{start date|1993|5|12}} → 'May 12, 1993' (or '12 May 1993' with df=y)."""
    parts = [p for p in positional[:3] if p]
    if len(parts) == 1 and not parts[0].isdigit():
        return parts[0]  # {{dts|12 May 1993}}: already written out
    numbers = [int(p) for p in parts if p.isdigit()]
    if not numbers:
        return ""
    day_first = rules.DAY_FIRST_DEFAULT.get(name, False)
    for key in rules.DAY_FIRST_PARAMETERS:
        if key in named:
            day_first = named[key].lower() in ("y", "yes", "on", "1", "true")
    if named.get("mf", "").lower() in ("y", "yes"):
        day_first = False
    return _written_date(numbers, day_first)


def _written_date(numbers: list[int], day_first: bool) -> str:
    year = numbers[0]
    if len(numbers) == 1 or not 1 <= numbers[1] <= 12:
        return str(year)
    month = _MONTH_NAMES[numbers[1] - 1]
    if len(numbers) == 2:
        return f"{month} {year}"
    day = numbers[2]
    return f"{day} {month} {year}" if day_first else f"{month} {day}, {year}"


def _iso_date(value: str, style: str, name: str) -> str:
    """{{date|2019-03-28}} → '28 March 2019'; anything else is shown as written."""
    match = re.fullmatch(r"(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?", value.strip())
    if not match:
        return value
    if style.lower() == "iso":
        return value.strip()
    numbers = [int(g) for g in match.groups() if g]
    day_first = style.lower() != "mdy" and rules.DAY_FIRST_DEFAULT.get(name, True)
    return _written_date(numbers, day_first)


def _fraction(positional: list[str]) -> str:
    parts = [p for p in positional if p]
    if len(parts) == 1:
        return f"1/{parts[0]}"
    if len(parts) == 2:
        return f"{parts[0]}/{parts[1]}"
    if len(parts) >= 3:
        return f"{parts[0]} {parts[1]}/{parts[2]}"
    return ""


# --- {{convert}} -----------------------------------------------------------------------------


def _convert(positional: list[str], named: dict[str, str]) -> str:
    """{{convert|458|km|mi}} → '458 kilometres (285 mi)', as the template shows it."""
    if not positional:
        return ""
    values = [positional[0]]
    rest = positional[1:]
    separator = None
    if len(rest) >= 2 and rest[0] in rules.CONVERT_RANGES and _parse_number(rest[1]) is not None:
        separator = rules.CONVERT_RANGES[rest[0]]
        values.append(rest[1])
        rest = rest[2:]
    unit_code = _unit_code(rest[0]) if rest else None
    numbers = [_parse_number(v) for v in values]
    if unit_code is None or any(n is None for n in numbers):
        shown = (separator or "").join(values)
        return f"{shown} {rest[0]}".strip() if rest else shown
    outputs = rest[1].split() if len(rest) > 1 and rest[1] else []
    precision: int | None = None
    if outputs and _parse_number(outputs[0]) is not None:
        precision, outputs = int(float(outputs[0])), []
    elif len(rest) > 2 and rest[2].lstrip("-").isdigit():
        precision = int(rest[2])
    if not outputs:
        default = rules.CONVERT_UNITS[unit_code][5]
        outputs = [default] if default else []
    abbr = named.get("abbr", "out").lower()
    adjective = named.get("adj", "").lower() in ("on", "y", "yes")
    us = named.get("sp", "").lower() == "us"
    decimals = [_decimals(v) for v in values]
    plural = separator is not None or numbers[0] != 1
    source = _quantity(
        [_format_number(n, d) for n, d in zip(numbers, decimals, strict=True)],  # type: ignore[arg-type]
        separator, unit_code, abbr in ("on", "in", "values"), plural, adjective, us,
    )  # fmt: skip
    converted = []
    for output in outputs:
        code = _unit_code(output)
        if code is None or rules.CONVERT_UNITS[code][4] != rules.CONVERT_UNITS[unit_code][4]:
            continue
        factor = rules.CONVERT_UNITS[unit_code][3] / rules.CONVERT_UNITS[code][3]
        shown = []
        for number, places in zip(numbers, decimals, strict=True):
            value = number * factor  # type: ignore[operator]
            shown.append(_format_number(value, _output_decimals(value, places, factor, precision)))
        symbol = abbr in ("on", "out")
        converted.append(
            _quantity(shown, separator, code, symbol, plural or shown != ["1"], False, us)
        )
    if not converted:
        return source
    other = "; ".join(converted)
    display = named.get("disp", "b").lower()
    if display in ("out", "output only"):
        return other
    if display == "or":
        return f"{source} or {other}"
    if display == "flip":
        return f"{other} ({source})"
    if display == "sqbr":
        return f"{source} [{other}]"
    if display == "comma":
        return f"{source}, {other}"
    if display == "slash":
        return f"{source}/{other}"
    return f"{source} ({other})"


def _unit_code(text: str) -> str | None:
    code = text.strip()
    code = rules.CONVERT_UNIT_ALIASES.get(code, code)
    return code if code in rules.CONVERT_UNITS else None


def _quantity(
    numbers: list[str], separator: str | None, code: str, symbol: bool, plural: bool,
    adjective: bool, us: bool,
) -> str:  # fmt: skip
    shown, singular, many, *_ = rules.CONVERT_UNITS[code]
    written = (separator or "").join(numbers)
    if symbol:
        return f"{written} {shown}"
    name = singular if adjective or not plural else many
    if us:
        for british, american in rules.US_SPELLINGS.items():
            name = name.replace(british, american)
    return f"{written}-{name}" if adjective else f"{written} {name}"


def _parse_number(text: str) -> float | None:
    text = text.strip().replace("\u2212", "-")
    if not text or not _NUMBER.fullmatch(text) or not any(c.isdigit() for c in text):
        return None
    return float(text.replace(",", ""))


def _decimals(text: str) -> int:
    """The precision of a number as written: decimals, or minus its trailing zeros."""
    text = text.strip().replace(",", "")
    if "." in text:
        return len(text.partition(".")[2])
    digits = text.lstrip("+-")
    return -(len(digits) - len(digits.rstrip("0"))) if digits.strip("0") else 0


def _output_decimals(value: float, places: int, factor: float, precision: int | None) -> int:
    """Decimals of a converted value: the input's precision, scaled, at least two figures."""
    if precision is not None:
        return precision
    decimals = places - round(math.log10(factor))
    if value:
        magnitude = math.floor(math.log10(abs(value))) + 1
        decimals = max(decimals, 2 - magnitude)
    return decimals


def _format_number(value: float, decimals: int) -> str:
    rounded = round(value, decimals)
    if decimals <= 0:
        return f"{int(rounded):,}"
    return f"{rounded:,.{decimals}f}"


# --- lines and blocks ----------------------------------------------------------------------


@dataclass
class _Block:
    kind: str  # "heading", "paragraph", "item"
    text: str
    level: int = 0


def _blocks(body: str) -> list[_Block]:
    """Cut the rendered text into headings, paragraphs and list items."""
    blocks: list[_Block] = []
    paragraph: list[str] = []
    level = 1  # of the last real heading; a ';' term heads a section one deeper

    def flush() -> None:
        text = _clean(" ".join(paragraph))
        if text:
            blocks.append(_Block("paragraph", text))
        paragraph.clear()

    for line in body.split("\n"):
        stripped = line.strip(" \t")
        if stripped.startswith(_HEADING):
            flush()
            depth, _, title = stripped[1:].partition(_FIELD)
            level = int(depth)
            if _clean(title):
                blocks.append(_Block("heading", _clean(title), level))
            continue
        markers = ""
        while stripped.startswith(_ITEM):
            markers += stripped[1:2]
            stripped = stripped[2:].lstrip(" \t")
        if not markers:
            if stripped:
                paragraph.append(stripped)
            else:
                flush()
            continue
        flush()
        if markers.endswith(";"):
            term, _, definition = stripped.partition(_ITEM + ":")
            if _clean(term):
                blocks.append(_Block("heading", _clean(term), min(level + 1, 6)))
            if _clean(definition):
                blocks.append(_Block("paragraph", _clean(definition)))
        elif set(markers) == {":"}:
            if _clean(stripped):
                blocks.append(_Block("paragraph", _clean(stripped)))
        elif _clean(stripped):
            blocks.append(_Block("item", _clean(stripped)))
    flush()
    return blocks


def _without_empty_sections(blocks: list[_Block]) -> list[_Block]:
    """Leave out headings with nothing under them (a References section whose notes were
    dropped), and a term heading that repeats the heading it stands under."""
    kept: list[_Block] = []
    # filled[k]: some content follows, before the next heading of level k or shallower.
    filled = [False] * 8
    for block in reversed(blocks):
        if block.kind != "heading":
            kept.append(block)
            filled = [True] * 8
            continue
        if filled[block.level]:
            kept.append(block)
        filled[block.level :] = [False] * (8 - block.level)
    kept.reverse()
    result: list[_Block] = []
    for block in kept:
        previous = result[-1] if result else None
        repeated = (
            previous is not None and block.kind == previous.kind == "heading"
            and previous.level < block.level and previous.text.lower() == block.text.lower()
        )  # fmt: skip
        if not repeated:
            result.append(block)
    return result


def _layout(title: str, infobox: list[tuple[str, str]], blocks: list[_Block]) -> str:
    blocks = _without_empty_sections(blocks)
    lines = [f"= {title} =", ""]
    if infobox:
        lines += ["Infobox", *(f"- {key}: {value}" for key, value in infobox), ""]
    for index, block in enumerate(blocks):
        if block.kind == "heading":
            marks = "=" * block.level
            lines += [f"{marks} {block.text} {marks}", ""]
        elif block.kind == "paragraph":
            lines += [block.text, ""]
        else:
            lines.append(f"- {block.text}")
            following = blocks[index + 1] if index + 1 < len(blocks) else None
            if following is None or following.kind != "item":
                lines.append("")
    while lines and not lines[-1]:
        lines.pop()
    return "\n".join(lines) + "\n"


def _clean(text: str) -> str:
    """One line of text: markers gone, runs of blanks (not no-break spaces) made one."""
    return _BLANKS.sub(" ", _MARKERS.sub("", text).replace("\n", " ")).strip()


def _flatten(text: str) -> str:
    """Inline text: list items and lines joined by commas, blanks collapsed."""
    pieces = [_clean(p) for p in re.split(f"{_ITEM}.|\n[ \t]*\n", text)]
    return rules.INLINE_BREAK.join(p for p in pieces if p)


def _file_name(code: Wikicode) -> str:
    """A parameter naming a file, as its bare name: 'X locator.svg'."""
    for link in code.filter_wikilinks():
        prefix, colon, name = str(link.title).strip().partition(":")
        if colon and prefix.strip().lower() in rules.FILE_NAMESPACES:
            return name.strip()
    text = _clean(str(code.strip_code()))
    prefix, colon, name = text.partition(":")
    return name.strip() if colon and prefix.strip().lower() in rules.FILE_NAMESPACES else text


def _strip_switches(text: str) -> str:
    for switch in rules.BEHAVIOUR_SWITCHES:
        text = text.replace(switch, "")
    return text


def _style_run(match: re.Match[str]) -> str:
    """Bold and italic quotes render nothing; a run of four keeps one apostrophe, and so
    does a run of three before a possessive s (italics closed after an apostrophe)."""
    run = len(match.group())
    if run == 3 and match.group(1):
        return "'"
    if run in (2, 3, 5):
        return ""
    return "'" if run == 4 else "'" * (run - 5)
