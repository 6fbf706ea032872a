"""A country name two countries share ("Congo"): the document's other mentions decide."""

from __future__ import annotations

import datetime as dt

from dateline.model import Document
from dateline.pipeline import Pipeline

DAY = dt.date(2024, 6, 1)


def congo_countries(pipeline: Pipeline, text: str) -> set[str | None]:
    ents = pipeline.annotate(Document("g", text, DAY)).annotations.entities
    return {m.actor.country for m in ents if m.text == "Congo" and m.actor is not None}


def test_congo_with_eastern_towns_is_the_democratic_republic(pipeline: Pipeline) -> None:
    text = "Rebels attacked a village near Goma in eastern Congo on Sunday, killing ten people."
    assert congo_countries(pipeline, text) == {"COD"}


def test_bare_congo_is_the_democratic_republic(pipeline: Pipeline) -> None:
    assert congo_countries(pipeline, "Floods hit Congo on Monday.") == {"COD"}


def test_congo_with_brazzaville_is_the_republic(pipeline: Pipeline) -> None:
    text = "Floods hit Congo on Monday, and the government in Brazzaville asked for help."
    assert congo_countries(pipeline, text) == {"COG"}


def test_a_bare_group_follows_the_chosen_country(pipeline: Pipeline) -> None:
    text = (
        "KINSHASA, Congo — A bomb exploded in a church in Beni on Sunday, killing 14 "
        "people, the army said."
    )
    ents = pipeline.annotate(Document("g", text, DAY)).annotations.entities
    groups = {m.actor.country for m in ents if m.label == "GROUP" and m.actor is not None}
    assert "COG" not in groups
