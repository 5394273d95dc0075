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
