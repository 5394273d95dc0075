"""What the sentence splitter must not mistake for the end of a sentence."""

# Words written with a final period that never end a sentence, lower-cased, without the
# period. Months appear because "Feb. 9, 2019" is followed by a digit, which may otherwise
# start a sentence ("2018 was declared ..."). Units are not here: "a 45 km. long barrier"
# stays whole because a lower-case word follows, while "... give 428 km. Governmental
# commissions ..." is a real boundary.
ABBREVIATIONS: frozenset[str] = frozenset(
    {
        # titles and ranks
        "mr", "mrs", "ms", "dr", "prof", "gen", "col", "lt", "capt", "sgt", "adm", "gov",
        "pres", "rev", "hon", "jr", "sr", "st", "mt", "ft",
        # months
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        # reference and Latin abbreviations
        "no", "nos", "vol", "pp", "p", "fig", "cf", "ca", "c", "approx", "vs", "al", "op",
        # companies
        "inc", "ltd", "co", "corp",
    }
)  # fmt: skip

# Characters that close a sentence, and what may follow them before the space.
TERMINATORS = ".!?"
CLOSERS = "\"”’')]"

# Quotation marks: a straight double quote toggles, curly ones open and close.
QUOTE_TOGGLES = '"'
QUOTE_OPENERS = "“«"
QUOTE_CLOSERS = "”»"

# After the space, a new sentence starts with one of these (or an upper-case letter).
SENTENCE_OPENERS = "\"“«'‘([0123456789"
