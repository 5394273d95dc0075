"""Turn 'X–Y relations' encyclopedia articles into validated open datasets."""

__version__ = "0.2.0"
# The data package's "created": set with each release, never from the clock, so that two
# builds of the same input are byte-identical.
RELEASE_DATE = "2026-11-28T00:00:00Z"
# Where the project lives: named in the User-Agent of every request to a wiki, so that its
# operators can reach the maintainers (override with --contact).
PROJECT_URL = "https://github.com/relations-datasets/relations-datasets"
