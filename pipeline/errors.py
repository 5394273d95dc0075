"""The project's own error type: what the CLI turns into one clear line."""

from __future__ import annotations


class PipelineError(Exception):
    """A problem with the input or a stage, located in a file (and a line) where known."""

    def __init__(self, message: str, file: str | None = None, line: int | None = None):
        super().__init__(message)
        self.message = message
        self.file = file
        self.line = line

    def __str__(self) -> str:
        where = self.file or ""
        if self.file and self.line is not None:
            where = f"{self.file}:{self.line}"
        return f"{where}: {self.message}" if where else self.message


class ArticleBug(Exception):
    """An unexpected failure (a bug, not bad input) while extracting one article: it names
    the article, so that a corpus run says which one to look at; ``details`` holds the
    traceback, which a worker process cannot send as such."""

    def __init__(self, file: str, cause: str, details: str = ""):
        super().__init__(file, cause, details)
        self.file, self.cause, self.details = file, cause, details

    def __str__(self) -> str:
        return f"{self.file}: internal error: {self.cause}"
