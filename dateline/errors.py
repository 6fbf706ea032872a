"""Exceptions that dateline reports to users as one-line messages."""

from __future__ import annotations


class DatelineError(Exception):
    """Base class for errors that are reported without a traceback."""


class EvidenceError(DatelineError, ValueError):
    """A fact or span that would not point at real characters."""


class ConfigError(DatelineError):
    """A setting has an invalid value."""


class PipelineError(DatelineError):
    """Components that do not wire together (missing or misordered layers)."""


class ModelError(DatelineError):
    """The spaCy model cannot be loaded or is not the expected one."""


class RulesError(DatelineError):
    """A rules or knowledge data file does not match its schema."""


class StoreError(DatelineError):
    """A database problem: unreachable, wrong schema, or a conflicting write."""


class InputError(DatelineError):
    """One input (a file, or one line of a JSONL file) that cannot be read as an article.

    The message names the input and, for JSONL, the line; the rest of a batch goes on.
    """

    def __init__(self, origin: str, message: str, line: int | None = None) -> None:
        self.origin = origin
        self.line = line
        self.reason = message
        where = origin if line is None else f"{origin}:{line}"
        super().__init__(f"{where}: {message}")


class BudgetExceeded(DatelineError):
    """A document used up its processing time budget."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        super().__init__(f"exceeded the time budget of {seconds:g} s")


class ConflictError(StoreError):
    """The same document id arrived with different content and without --force."""
