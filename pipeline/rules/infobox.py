"""Infobox keys that become columns of their own in the relations table (lower-case)."""

INFOBOX_COLUMNS: dict[str, str] = {
    "map": "map",
    "locator map": "map",
}
