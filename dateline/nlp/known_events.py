"""Mentions of well-known dated events ("Russia's full-scale invasion of Ukraine").

The events and the words that name them live in ``timex_events.yaml`` (anniversaries count
from them). Those marked ``one_event`` name a single event wherever they appear, so the
events layer dates a mention of one to that event's day rather than to the publication:
"since the start of the Russian invasion of Ukraine", said in 2024, is background.
An entry's ``bare`` phrases ("since the invasion began", "halt its invasion") name it only in
a text that its ``context`` pattern finds ("Ukraine") and its ``rival`` pattern does not
(another invasion named there).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any


def named_pattern(spec: Mapping[str, Any]) -> re.Pattern[str] | None:
    """The pattern of an event's own phrase (its ``of`` alternatives, ending at a word end)."""
    items = spec.get("of") or []
    if not items:
        return None
    body = "|".join(f"(?:{p})" for p in items)
    return re.compile(f"(?:{body})(?![\\w])", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class NamedEvent:
    """A mention of a known event: its characters and the event's day."""

    start: int
    end: int
    name: str
    date: dt.date


@dataclass(frozen=True, slots=True)
class KnownEvent:
    """One event that a phrase names wherever it appears, with the word its phrases share."""

    name: str
    date: dt.date
    pattern: re.Pattern[str]
    cue: str | None = None
    bare: Bare | None = None

    def found(self, text: str) -> list[re.Match[str]]:
        """The matches of the event's full phrases, then of its bare ones where the text
        allows them (none overlapping a full phrase)."""
        full = list(self.pattern.finditer(text))
        if self.bare is None or not self.bare.allowed(text):
            return full
        taken = [(m.start(), m.end()) for m in full]
        short = [
            m
            for m in self.bare.pattern.finditer(text)
            if not any(s < m.end() and m.start() < e for s, e in taken)
        ]
        return full + short


@dataclass(frozen=True, slots=True)
class Bare:
    """Short phrases that name an event only where the text names its setting."""

    pattern: re.Pattern[str]
    context: re.Pattern[str]
    rival: re.Pattern[str] | None = None

    @classmethod
    def from_spec(cls, spec: Mapping[str, Any]) -> Bare | None:
        """The bare phrases of an entry, None if it has none."""
        items = spec.get("bare") or []
        if not items:
            return None
        body = "|".join(f"(?:{p})" for p in items)
        # the setting's and the rival's names are proper nouns: matched case and all
        rival = spec.get("rival")
        return cls(
            re.compile(f"(?:{body})(?![\\w])", re.IGNORECASE),
            re.compile(spec["context"]),
            re.compile(rival) if rival else None,
        )

    def allowed(self, text: str) -> bool:
        """The text names the setting and no rival event."""
        if self.context.search(text) is None:
            return False
        return self.rival is None or self.rival.search(text) is None


@dataclass(frozen=True, slots=True)
class KnownEvents:
    """The known events that one phrase names wherever they appear."""

    events: tuple[KnownEvent, ...]

    @classmethod
    def from_rules(cls, raw: Mapping[str, Any]) -> KnownEvents:
        """Compile the ``one_event`` entries of a validated ``timex_events`` file."""
        out = []
        for spec in raw.get("events", ()):
            pattern = named_pattern(spec)
            if spec.get("one_event") and pattern is not None:
                day = dt.date.fromisoformat(spec["date"])
                cue, bare = spec.get("cue"), Bare.from_spec(spec)
                out.append(KnownEvent(spec["name"], day, pattern, cue, bare))
        return cls(tuple(out))

    def mentions(self, text: str, published: dt.date | None = None) -> tuple[NamedEvent, ...]:
        """Every mention of a known event in ``text``, in text order; with ``published``,
        only events that had happened by then ("the Russian invasion" written in January 2022
        is a feared one)."""
        # a substring test is far cheaper than a case-blind regex scan of the whole text
        low = text.lower()
        found = [
            NamedEvent(m.start(), m.end(), event.name, event.date)
            for event in self.events
            if (published is None or event.date <= published)
            and (event.cue is None or event.cue in low)
            for m in event.found(text)
        ]
        return tuple(sorted(found, key=lambda n: n.start))
