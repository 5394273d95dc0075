"""How the prose names diplomatic missions."""

# Words for a mission (any case), longest first where one contains another, and its type.
MISSION_TYPES: dict[str, str] = {
    "honorary consulates general": "honorary_consulate",
    "honorary consulate general": "honorary_consulate",
    "honorary consulates": "honorary_consulate",
    "honorary consulate": "honorary_consulate",
    "consulates-general": "consulate_general",
    "consulates general": "consulate_general",
    "consulate-general": "consulate_general",
    "consulate general": "consulate_general",
    "general consulates": "consulate_general",
    "general consulate": "consulate_general",
    "consulates": "consulate",
    "consulate": "consulate",
    "embassies": "embassy",
    "embassy": "embassy",
    "trade missions": "other",
    "trade mission": "other",
    "representative offices": "other",
    "representative office": "other",
    "liaison office": "other",
}
MISSION_TYPE_VALUES: tuple[str, ...] = (
    "embassy", "consulate_general", "consulate", "honorary_consulate", "other",
)  # fmt: skip

# A clause holding one of these words before the mission tells of a non-resident mission:
# "Y is accredited to X from its embassy in K".
NON_RESIDENT_CUES: tuple[str, ...] = ("accredited", "non-resident")
# A clause holding one of these before the mission tells of a plan, not a mission.
NOT_YET_CUES: tuple[str, ...] = (
    "plan", "plans", "planned", "planning", "will open", "to open", "would open", "intend",
    "intends", "announced", "proposed", "proposes", "is to be", "are to be",
)  # fmt: skip
# A country named right after one of these words is an object, not the one keeping a
# mission: in "Y is accredited to X from its embassy", the embassy is Y's.
OBJECT_PREPOSITIONS: tuple[str, ...] = (
    "to", "in", "at", "with", "from", "of", "for", "into", "towards", "on", "by", "between",
    "than",
)  # fmt: skip
# Clauses of a sentence, each with its own subject.
CLAUSE_SEPARATOR = ";"
