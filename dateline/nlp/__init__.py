"""NLP components, one per module; ``register_all`` adds them to the registry."""

from __future__ import annotations

from dateline.pipeline import registry

_registered = False


def register_all() -> None:
    """Register every built-in component factory (idempotent, called when building)."""
    global _registered
    if _registered:
        return
    from dateline.nlp import actors, entities, events, geo, parse, quotes, timex

    registry.register(parse.ParseComponent.name)(parse.ParseComponent.create)
    registry.register(entities.EntitiesComponent.name)(entities.EntitiesComponent.create)
    registry.register(actors.ActorsComponent.name)(actors.ActorsComponent.create)
    registry.register(geo.GeoComponent.name)(geo.GeoComponent.create)
    registry.register(timex.TimexComponent.name)(timex.TimexComponent.create)
    registry.register(quotes.QuotesComponent.name)(quotes.QuotesComponent.create)
    registry.register(events.EventsComponent.name)(events.EventsComponent.create)
    _registered = True
