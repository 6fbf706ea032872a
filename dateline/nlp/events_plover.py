"""The PLOVER vocabulary (``kb/data/plover.yaml``): event types, modes, contexts, codes.

The events rules must stay inside it (``events_vocabulary.check_vocabulary``); the exports,
the API and the web views read it too.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache

from dateline.kb.loader import shipped


@dataclass(frozen=True, slots=True)
class Plover:
    """The PLOVER vocabulary: types with quads and modes, contexts, aux modes, codes."""

    modes: Mapping[str, frozenset[str]]
    quads: Mapping[str, int]
    contexts: frozenset[str]
    aux: tuple[str, ...]
    sectors: frozenset[str]
    international: frozenset[str]
    complement_modes: Mapping[str, Mapping[str, str]]
    intended_as: Mapping[str, str]
    refused_as: str

    @property
    def types(self) -> frozenset[str]:
        """The 16 event types."""
        return frozenset(self.modes)


@cache
def load_plover() -> Plover:
    """Load and validate ``dateline/kb/data/plover.yaml``."""
    data = shipped("plover")
    types = data["types"]
    return Plover(
        modes={t: frozenset(v["modes"]) for t, v in types.items()},
        quads={t: data["quads"][v["quad"]] for t, v in types.items()},
        contexts=frozenset(data["contexts"]),
        aux=tuple(data["aux"]),
        sectors=frozenset(data["sectors"]),
        international=frozenset(data["international"]),
        complement_modes={k: dict(v) for k, v in data["complement_modes"].items()},
        intended_as=dict(data["coding"]["intended_as"]),
        refused_as=data["coding"]["refused_as"],
    )


def plover_errors(plover: Plover) -> list[str]:
    """Inconsistencies inside the PLOVER knowledge file itself."""
    errors = []
    for gov, table in plover.complement_modes.items():
        for embedded, mode in table.items():
            if gov not in plover.types or embedded not in plover.types:
                errors.append(f"complement_modes: unknown type in {gov}/{embedded}")
            elif mode not in plover.modes[gov]:
                errors.append(f"complement_modes: {gov} has no mode {mode!r}")
    coded = [*plover.intended_as, *plover.intended_as.values(), plover.refused_as]
    errors += [f"coding: unknown type {t!r}" for t in coded if t not in plover.types]
    return errors
