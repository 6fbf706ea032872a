"""Every knowledge file and actor rules file is valid, consistent and loadable."""

from __future__ import annotations

import datetime as dt
from itertools import combinations
from pathlib import Path

import pytest

from dateline.errors import ConfigError, RulesError
from dateline.kb import KnowledgeBase, load_kb
from dateline.kb.loader import SECTIONS, check, shipped
from dateline.rules import load_rules


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return load_kb()


@pytest.mark.parametrize("name", SECTIONS)
def test_shipped_file_matches_its_schema(name: str) -> None:
    data = shipped(name)
    assert data[name]


@pytest.mark.parametrize("name", ["actors", "usage", "geo"])
def test_rules_file_matches_its_schema(name: str) -> None:
    assert load_rules(name)


def test_schema_rejects_a_bad_entry() -> None:
    bad = {"people": [{"id": "x", "name": "Xavier", "country": "gbr"}]}
    with pytest.raises(RulesError, match="people/0/country"):
        check(bad, "people", "test")


def test_place_alias_needs_target_or_coordinates() -> None:
    bad = {"places": [{"name": "Nowhere", "aliases": ["Nowhere"], "country": "UKR"}]}
    with pytest.raises(RulesError):
        check(bad, "places", "test")


def test_every_country_of_the_world_is_known(kb: KnowledgeBase) -> None:
    assert len(kb.countries) >= 249
    assert kb.country_of_name("Britain") == "GBR"
    assert kb.country_of_name("UK") == "GBR"
    assert kb.adjectives["Ukrainian"] == "UKR"
    assert kb.demonym_nouns["Ukrainians"] == "UKR"
    assert kb.seats["Downing Street"] == ("GBR", "GOV")
    assert kb.capitals["moscow"] == "RUS"


def test_every_organisation_and_person_country_is_a_code(kb: KnowledgeBase) -> None:
    international = {"UNO", "EUR", "IGO", "NGO", "IMG", "MNC"}
    for org in kb.organisations:
        assert org.country in kb.countries or org.country in international, org.id
    for person in kb.people:
        assert person.country in kb.countries or person.country in international, person.id
        for term in person.terms:
            assert term.end is None or term.start <= term.end, (person.id, term)


def test_no_two_people_hold_one_office_on_the_same_day(kb: KnowledgeBase) -> None:
    # Handover days may overlap by one day; anything longer is a data error.
    for (country, role), holdings in kb.holders.items():
        for a, b in combinations(holdings, 2):
            if a.person is b.person:
                continue
            start = max(a.term.start, b.term.start)
            end = min(a.term.end or dt.date.max, b.term.end or dt.date.max)
            assert (end - start).days < 2, (country, role, a.person.id, b.person.id)


def test_ids_are_unique(kb: KnowledgeBase) -> None:
    ids = [p.id for p in kb.people]
    assert len(ids) == len(set(ids))
    org_ids = [o.id for o in kb.organisations]
    assert len(org_ids) == len(set(org_ids))


def test_every_alias_target_is_a_geonames_town(kb: KnowledgeBase) -> None:
    from dateline.kb.places import PlaceIndex

    index = PlaceIndex(kb)
    for alias in kb.place_aliases:
        if alias.target is None:
            continue
        for name in alias.aliases:
            towns = [c for c in index.candidates(name) if c.curated and c.feature == "city"]
            assert towns, (alias.name, name)
            assert towns[0].country == alias.country


def test_extension_adds_and_overrides(tmp_path: Path) -> None:
    extra = tmp_path / "extra.yaml"
    extra.write_text(
        "people:\n"
        "  - id: john-healey\n"
        "    name: John Healey\n"
        "    country: GBR\n"
        "    offices:\n"
        "      - {role: foreign minister, title: Foreign Secretary, from: 2030-01-01}\n"
        "  - id: ada-example\n"
        "    name: Ada Example\n"
        "    country: ISL\n"
        "    offices:\n"
        "      - {role: prime minister, from: 2031-05-01}\n"
        "organisations:\n"
        "  - {id: example-front, name: Example Front, aliases: [EXF], country: ISL, sector: REB}\n",
        encoding="utf-8",
    )
    kb = load_kb([extra])
    day = dt.date(2031, 6, 1)
    holder = kb.holder("ISL", "prime minister", day)
    assert holder is not None and holder.person.name == "Ada Example"
    healey = kb.person_names["John Healey"]
    assert len(healey) == 1 and healey[0].terms[0].role == "foreign minister"
    assert kb.org_names["EXF"].sector == "REB"


def test_extension_errors_name_the_file(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("people:\n  - {id: x}\n", encoding="utf-8")
    with pytest.raises(RulesError, match=r"bad\.yaml"):
        load_kb([bad])
    with pytest.raises(ConfigError, match=r"missing\.yaml"):
        load_kb([tmp_path / "missing.yaml"])
    with pytest.raises(RulesError, match=r"bad\.yaml"):
        bad.write_text("unknown_section: []\n", encoding="utf-8")
        load_kb([bad])
