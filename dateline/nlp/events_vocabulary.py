"""Checks that the events rules stay inside the PLOVER vocabulary (``events_plover``).

Every type, mode and context the lexicon names (senses, weapons, mode and context cues,
roles) must be one PLOVER defines; ``EventLexicon.from_rules`` refuses rules that are not.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from dateline.errors import RulesError
from dateline.nlp.events_plover import Plover, plover_errors

if TYPE_CHECKING:
    from dateline.nlp.events_lexicon import EventLexicon, Sense


def vocabulary_errors(lexicon: EventLexicon) -> list[str]:
    """Types, modes and contexts used by the rules that PLOVER does not define."""
    plover, errors = lexicon.plover, []
    table = [("verbs", lexicon.verbs), ("nouns", lexicon.nouns)]
    for part, entries in table:
        for word, senses in entries.items():
            for sense in senses:
                errors += _sense_errors(plover, f"{part}/{word}", sense)
    assault = plover.modes.get("ASSAULT", frozenset())
    errors += [
        f"weapons/{w}: mode {m!r}"
        for w, ms in lexicon.weapons.items()
        for m in ms
        if m not in assault
    ]
    for cue in lexicon.mode_cues:
        if cue.mode not in plover.modes.get(cue.type, frozenset()):
            errors.append(f"mode_cues: {cue.type} has no mode {cue.mode!r}")
    errors += [
        f"context_cues: unknown context {c!r}"
        for cs in lexicon.context_cues.values()
        for c in cs
        if c not in plover.contexts
    ]
    errors += [
        f"roles: unknown type {t!r}"
        for t in lexicon.roles
        if t != "default" and t not in plover.types
    ]
    errors += [
        f"roles/{t}: {name} has no mode {m!r}"
        for t, role in lexicon.roles.items()
        for name, modes in (
            ("location_actor", role.location_actor),
            ("state_actor", role.state_actor),
        )
        for m in modes
        if m not in plover.modes.get(t, frozenset())
    ]
    return errors + plover_errors(plover)


def _sense_errors(plover: Plover, where: str, sense: Sense) -> list[str]:
    if sense.type not in plover.types:
        return [f"{where}: unknown type {sense.type!r}"]
    errors = [
        f"{where}: {sense.type} has no mode {m!r}"
        for m in sense.modes
        if m not in plover.modes[sense.type]
    ]
    errors += [f"{where}: unknown context {c!r}" for c in sense.context if c not in plover.contexts]
    return errors


def check_vocabulary(lexicon: EventLexicon) -> None:
    """Raise ``RulesError`` when the rules step outside the PLOVER vocabulary."""
    errors = vocabulary_errors(lexicon)
    if errors:
        raise RulesError("en/events.yaml: " + "; ".join(errors[:5]))
