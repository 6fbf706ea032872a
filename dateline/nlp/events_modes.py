"""PLOVER modes and contexts of a trigger: from its sense, the weapons and cue words of its
frame, and the acts it embeds ("threatened to strike": THREATEN with the strike's mode)."""

from __future__ import annotations

from dateline.nlp.events_frames import Trigger
from dateline.nlp.events_lexicon import EventLexicon


def trigger_modes(t: Trigger, lex: EventLexicon) -> list[str]:
    """PLOVER modes of a trigger: its sense's, its weapons', cue words' and those of the
    demands or threats it embeds."""
    sense, words = t.sense, t.frame.words()
    modes = list(sense.modes)
    if sense.type == "ASSAULT":
        for w in sorted(words["any"]):
            modes += [m for m in lex.weapons.get(w, ()) if m not in modes]
    for cue in lex.mode_cues:
        if (
            cue.type == sense.type
            and cue.mode not in modes
            and not cue.words.isdisjoint(words[cue.role])
        ):
            modes.append(cue.mode)
    for embedded in t.embedded:
        mode = lex.plover.complement_modes.get(sense.type, {}).get(embedded)
        if mode and mode not in modes:
            modes.append(mode)
    return modes


def trigger_context(t: Trigger, lex: EventLexicon) -> list[str]:
    """PLOVER contexts of a trigger: its sense's and its cue words'."""
    context = list(t.sense.context)
    for w in sorted(t.frame.words()["any"]):
        context += [c for c in lex.context_cues.get(w, ()) if c not in context]
    return context
