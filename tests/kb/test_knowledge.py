"""Office-holders by date, former holders, and actor values built from the knowledge base."""

from __future__ import annotations

import datetime as dt

import pytest

from dateline.kb import KnowledgeBase, load_kb
from dateline.kb.gazetteer import distance_km, fold


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return load_kb()


@pytest.mark.parametrize(
    ("country", "role", "day", "name"),
    [
        ("GBR", "prime minister", "2022-08-01", "Boris Johnson"),
        ("GBR", "prime minister", "2022-10-01", "Liz Truss"),
        ("GBR", "prime minister", "2026-02-23", "Keir Starmer"),
        ("GBR", "defence minister", "2025-01-10", "John Healey"),
        ("RUS", "leader", "2023-03-01", "Vladimir Putin"),
        ("DEU", "leader", "2024-01-01", "Olaf Scholz"),
        ("USA", "president", "2024-06-01", "Joe Biden"),
        ("UKR", "foreign minister", "2023-05-05", "Dmytro Kuleba"),
    ],
)
def test_holder_on_a_date(kb: KnowledgeBase, country: str, role: str, day: str, name: str) -> None:
    holding = kb.holder(country, role, dt.date.fromisoformat(day))
    assert holding is not None and holding.person.name == name


def test_a_former_holder_is_coded_eli(kb: KnowledgeBase) -> None:
    johnson = kb.person_names["Boris Johnson"][0]
    actor = kb.person_actor(johnson, dt.date(2025, 1, 1))
    assert (actor.country, actor.sector) == ("GBR", "ELI")
    assert actor.role and actor.role.startswith("former")
    assert kb.person_actor(johnson, dt.date(2021, 1, 1)).sector == "GOV"


def test_dated_sector_of_an_organisation(kb: KnowledgeBase) -> None:
    taliban = kb.org_names["Taliban"]
    assert taliban.sector_on(dt.date(2020, 1, 1)) == "REB"
    assert taliban.sector_on(dt.date(2022, 1, 1)) == "GOV"


def test_country_actor_ids(kb: KnowledgeBase) -> None:
    assert kb.country_actor("RUS").id == "c:RUS"
    gov = kb.country_actor("RUS", "GOV")
    assert (gov.id, gov.country, gov.sector) == ("c:RUS/GOV", "RUS", "GOV")


def test_fold_and_distance() -> None:
    assert fold("Zaporizhzhia") == "zaporizhzhia"
    assert fold("Kyiv’s") == "kyivs"
    assert fold("Rafaḩ") == "rafah"
    assert distance_km(50.45, 30.52, 50.45, 30.52) == 0
    assert 750 < distance_km(50.45, 30.52, 55.75, 37.62) < 770  # Kyiv to Moscow


def test_gazetteer_lookup(kb: KnowledgeBase) -> None:
    towns = kb.gazetteer.lookup("Kiev")
    assert towns and towns[0].country == "UA"
    assert distance_km(towns[0].lat, towns[0].lon, 50.45, 30.52) < 25
