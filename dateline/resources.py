"""Shared, lazily loaded resources (the spaCy model, rule files, knowledge) for components."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Any

from dateline.config import Settings
from dateline.errors import ModelError

if TYPE_CHECKING:
    from spacy.language import Language

    from dateline.kb import KnowledgeBase


class Resources:
    """Everything components share, loaded at most once per pipeline."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self._rules: dict[tuple[str, str], Any] = {}

    @cached_property
    def nlp(self) -> Language:
        """The spaCy pipeline named by the ``model`` setting (never downloaded)."""
        return load_model(self.settings.model, self.settings.max_bytes)

    @cached_property
    def kb(self) -> KnowledgeBase:
        """Actor and place knowledge, with the ``kb_extra`` files applied (see dateline.kb)."""
        from dateline.kb import load_kb

        return load_kb(self.settings.kb_paths)

    def rules(self, name: str, language: str = "en") -> Any:
        """A schema-checked rules file from ``dateline/rules/<language>/<name>.yaml``."""
        from dateline.rules import load_rules

        key = (language, name)
        if key not in self._rules:
            self._rules[key] = load_rules(name, language)
        return self._rules[key]


def load_model(name: str, max_length: int) -> Language:
    """Load an installed spaCy model package by name, with a clear error if it is missing."""
    import spacy

    try:
        nlp = spacy.load(name)
    except OSError as exc:
        raise ModelError(
            f"spaCy model {name!r} is not installed; install its package "
            "(dateline never downloads models at run time)"
        ) from exc
    nlp.max_length = max(nlp.max_length, max_length + 1)
    return nlp
