"""Turn 'X–Y relations' encyclopedia articles into validated open datasets."""

__version__ = "0.1.0"
