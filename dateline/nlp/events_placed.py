"""Event participants that the event's place supplies when the text names nobody.

An armed group known only by its kind is of the country where it acts, an attack nobody is
named for has an unidentified actor of that country, an arrest nobody is named for is the
state's, and an event one side does in another's place has that place's country as its
recipient (docs/events.md, coding conventions).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from dateline.model import EventLocation, Participant, Span
from dateline.nlp.events_claims import GENERIC_PREFIX as GENERIC
from dateline.nlp.events_lexicon import EventLexicon, RoleSpec
from dateline.nlp.events_merge import UNIDENTIFIED, Candidate

UNREAL = frozenset({"future", "hypothetical", "negation"})

STATE = "GOV"  # the sector of a state's authorities acting unnamed (arrests, inquiries)


def placed_group(actor: list[Participant], where: EventLocation) -> list[Participant]:
    """ "Militants ambushed a convoy in Borno": an armed group known only by its kind is
    coded by the country where it acts, as CAMEO and ACLED code unidentified armed groups."""
    country = where.place.country
    return [replace(p, country=country) for p in actor] if country else actor


def place_attackers(
    events: list[Candidate], filed: Callable[[EventLocation], bool], lex: EventLexicon
) -> None:
    """ "Suspected Fulani herdsmen killed 86 people in Plateau", "a battle between rival gangs
    in a prison in Guayaquil": an attack whose sides the text names but gives no country
    (a people living across borders, a body the knowledge base lacks, a kind of group the
    place was only found for once the mentions merged) is coded by the country where it
    happened, as ACLED codes local militias, gangs and communal groups; so is a side of a
    ``local`` sector whatever its home ("Barrio 18 gang members" in a Honduran prison are
    Honduras's gang, not El Salvador's). The wire dateline's town says only where the story
    was filed, never whose side acted; nor does a place only another sentence names (a
    consulate closed in Daugavpils over "the Bucha massacre" makes no Latvian massacre).
    The same place codes a state's force known only by its kind that the attack hits
    (``_placed_forces``)."""
    local = lex.placed_sectors
    for e in events:
        if e.type != "ASSAULT" or e.aux & UNREAL or not e.actor:
            continue
        where = e.location or e.fallback_location
        if where is None or where.place.country is None or filed(where):
            continue
        if not any(s.start <= where.span.start and where.span.end <= s.end for s in e.evidence):
            continue
        state_side = _state_side(e.actor, where.place.country, lex)
        if not any(p.country for p in e.actor) or all(p.sector in local for p in e.actor):
            e.actor = placed_group(e.actor, where)
        if not state_side:
            e.recipient = _placed_forces(e.recipient, where, lex.state_force_sectors)


def _state_side(actor: list[Participant], country: str, lex: EventLexicon) -> bool:
    """Whether the text names the place's own state (or its forces) as the attacker: then
    soldiers it attacks there are not that state's ("Ukrainian troops killed ten soldiers
    near Bakhmut")."""
    state = lex.state_force_sectors | lex.state_sectors
    if any(p.sector in lex.armed_sectors and p.sector not in state for p in actor):
        return False  # "Colombia's ELN rebels": the country only says whose rebels they are
    return any(p.country == country and (p.sector is None or p.sector in state) for p in actor)


def _placed_forces(
    recipient: list[Participant], where: EventLocation, forces: frozenset[str]
) -> list[Participant]:
    """ "Eleven soldiers were killed near Tillaberi when jihadists attacked their patrol": a
    state's force known only by its kind, attacked where it serves, is that state's, as its
    attackers known only by their kind are coded by the place (``placed_group``)."""
    country = where.place.country
    return [
        replace(p, country=country)
        if p.country is None and p.sector in forces and (p.actor_id or "").startswith(GENERIC)
        else p
        for p in recipient
    ]


def place_recipient(
    where: EventLocation, actor: list[Participant], host: bool = False
) -> list[Participant]:
    """The country of the event's place as its recipient, when the actor is one other
    country's ("Serbia lifted a curfew in Montenegro" -> MNE; not "Kenya eased rules in
    Nairobi", nor a meeting of two sides, nor an event whose actor is unknown). With
    ``host``, whoever acts: a protest aimed at nobody named is aimed at the authorities of
    where it is held ("students marched in Nairobi" -> KEN), as CAMEO codes protests."""
    country = where.place.country
    if host and country:
        return [Participant(where.span, where.place.name, country)]
    sides = {p.country for p in actor if p.country}
    if not country or len(sides) != 1 or country in sides:
        return []
    return [Participant(where.span, where.place.name, country)]


def _unidentified(where: EventLocation, trigger: Span) -> list[Participant]:
    """ "A roadside bomb killed two soldiers near Samarra": nobody named, PLOVER codes an
    unidentified actor (sector UNK) of the country where it happened; the trigger is its
    evidence."""
    country = where.place.country
    return (
        [Participant(trigger, "unidentified armed group", country, UNIDENTIFIED)] if country else []
    )


def placed_actor(
    role: RoleSpec, modes: list[str], where: EventLocation, trigger: Span
) -> list[Participant]:
    """The actor of an event nobody is named for, from where it happened: an unidentified
    armed group for local means of attack, the state for arrests and inquiries."""
    if not role.location_actor.isdisjoint(modes):
        return _unidentified(where, trigger)
    if not role.state_actor.isdisjoint(modes):
        return _authorities(where, trigger)
    return []


def _authorities(where: EventLocation, trigger: Span) -> list[Participant]:
    """ "A journalist was arrested in Minsk": an arrest or investigation nobody is named for
    is the act of the state where it happens (PLOVER codes that country); the trigger is
    its evidence."""
    country = where.place.country
    return [Participant(trigger, "authorities", country, STATE)] if country else []
