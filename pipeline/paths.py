"""The project's folders. No internal imports, so every module may use it."""

from pathlib import Path

RAW_DIR = Path("raw")
WORK_DIR = Path("build")
OUT_DIR = Path("outputs")
# Articles are the plain-text files of a raw folder; anything else there is ignored.
ARTICLE_SUFFIX = ".txt"
ARTICLE_GLOB = f"*{ARTICLE_SUFFIX}"
