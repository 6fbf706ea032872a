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
        ("KWT", "emir", "2022-01-01", "Nawaf Al-Ahmad Al-Jaber Al-Sabah"),
        ("LKA", "president", "2020-06-01", "Gotabaya Rajapaksa"),
        ("ISR", "defence minister", "2023-03-01", "Yoav Gallant"),
        ("MNG", "president", "2022-01-01", "Ukhnaagiin Khürelsükh"),
        ("SDN", "leader", "2024-01-01", "Abdel Fattah al-Burhan"),
        ("FIN", "leader", "2022-01-01", "Sauli Niinistö"),
        ("GRC", "leader", "2024-01-01", "Kyriakos Mitsotakis"),
        ("LBN", "hezbollah secretary-general", "2023-01-01", "Hassan Nasrallah"),
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


def test_gazetteer_lookup_prefers_the_town_that_bears_the_name(kb: KnowledgeBase) -> None:
    # Daugavpils (Latvia) was once called Borisoglebsk and is the bigger town; the Russian
    # town of that name today is what a bare "Borisoglebsk" means.
    towns = kb.gazetteer.lookup("Borisoglebsk")
    assert towns[0].country == "RU" and towns[0].name == "Borisoglebsk"
    assert any(t.country == "LV" for t in towns[1:])


def test_spelling_key_matches_transliterations() -> None:
    from dateline.kb.places import SpellingRules
    from dateline.rules import load_rules

    rules = SpellingRules.from_rules(load_rules("geo")["spelling"])
    assert rules.bare("al qamishli") == "qamishli"
    assert rules.bare("alma ata") == "alma ata"
    assert rules.key(fold("Hodeidah")) == rules.key(fold("Al Ḩudaydah"))
    assert rules.key(fold("Nuseirat")) == rules.key(fold("An Nuşayrāt"))
    assert rules.key(fold("Raqa")) == rules.key(fold("Ar Raqqah"))
    assert rules.close("hodeidah", "al hudaydah")
    assert not rules.close("hodeidah", "bodeidah")  # first letters differ
    assert not rules.close("nasser", "nusayrat")


def test_place_index_finds_variants_only_when_asked(kb: KnowledgeBase) -> None:
    from dateline.kb.places import PlaceIndex, SpellingRules
    from dateline.rules import load_rules

    index = PlaceIndex(kb, SpellingRules.from_rules(load_rules("geo")["spelling"]))
    assert not index.candidates("Hudeidah", fuzzy=False)
    found = index.candidates("Hudeidah")
    assert found and all(c.fuzzy for c in found) and found[0].country == "YEM"
    qamishli = index.candidates("Qamishli")
    assert qamishli and not qamishli[0].fuzzy and qamishli[0].country == "SYR"


def test_every_shipped_people_file_is_read(kb: KnowledgeBase) -> None:
    from dateline.kb.loader import shipped_files

    assert shipped_files("people")[:1] == ["people.yaml"]
    assert len(shipped_files("people")) >= 3
    ids = {p.id for p in kb.people}
    assert {"keir-starmer", "ibrahim-mohamed-solih", "hassan-nasrallah"} <= ids


def test_a_gap_answers_nobody(kb: KnowledgeBase) -> None:
    # Between Molano's term (from February 2021) and his predecessor's death there is no
    # holder we are sure of: the office, not a guess.
    assert kb.holder("COL", "defence minister", dt.date(2021, 1, 30)) is None
    assert kb.holder("COL", "defence minister", dt.date(2021, 6, 1)) is not None


def test_a_full_name_misspelt_by_one_letter_finds_the_person(kb: KnowledgeBase) -> None:
    found = kb.person_of_misspelling("Abdelaziz Bouteflicka")
    assert found is not None and found.country == "DZA"
    assert kb.person_of_misspelling("Francois Mitterand") is not None
    # The first names must match, and a surname two letters off is someone else.
    assert kb.person_of_misspelling("Ahmed Bouteflicka") is None
    assert kb.person_of_misspelling("Abdelaziz Boutefluxa") is None


def test_the_country_of_a_surname_that_held_an_office(kb: KnowledgeBase) -> None:
    assert kb.surname_country("Bush", "president") == "USA"
    assert kb.surname_country("Bush", "chancellor") is None
    assert kb.surname_country("Nobodyknown", "president") is None


def test_past_leaders_hold_office_on_their_days(kb: KnowledgeBase) -> None:
    holding = kb.holder("FRA", "president", dt.date(1990, 1, 1))
    assert holding is not None and holding.person.name == "François Mitterrand"
    holding = kb.holder("USA", "president", dt.date(1995, 6, 1))
    assert holding is not None and holding.person.name == "Bill Clinton"


def test_past_heads_of_state_of_the_coded_archives(kb: KnowledgeBase) -> None:
    holding = kb.holder("HTI", "president", dt.date(1989, 6, 1))
    assert holding is not None and holding.person.name == "Prosper Avril"
    holding = kb.holder("ARG", "president", dt.date(1995, 6, 1))
    assert holding is not None and holding.person.name == "Carlos Menem"


def test_a_rebel_movement_that_became_a_party(kb: KnowledgeBase) -> None:
    fdd = kb.org_names["Forces for the Defence of Democracy"]
    assert fdd.country == "BDI"
    assert fdd.sector_on(dt.date(2000, 1, 1)) == "REB"
    assert fdd.sector_on(dt.date(2010, 1, 1)) == "PTY"


@pytest.mark.parametrize(
    ("written", "code"),
    [
        ("USSR", "SUN"),
        ("Soviet", "SUN"),
        ("East German", "DDR"),
        ("West German", "DEU"),
        ("Yugoslav", "YUG"),
        ("Czechoslovak", "CSK"),
        ("West Germany", "DEU"),
    ],
)
def test_former_states_have_their_withdrawn_iso_codes(
    kb: KnowledgeBase, written: str, code: str
) -> None:
    assert (kb.country_of_name(written) or kb.adjectives.get(written)) == code


@pytest.mark.parametrize(
    ("name", "country"),
    [("Seno", "BFA"), ("Oudalan", "BFA"), ("Memba", "MOZ"), ("Guma", "NGA"), ("Macina", "MLI")],
)
def test_sahel_and_mozambique_areas_the_gazetteer_lacks(
    kb: KnowledgeBase, name: str, country: str
) -> None:
    from dateline.kb.places import PlaceIndex

    found = [c for c in PlaceIndex(kb).candidates(name, fuzzy=False) if c.curated]
    assert [(c.country, c.feature) for c in found] == [(country, "admin2")]


@pytest.mark.parametrize(
    "name",
    ["ISWAP", "Islamic State West Africa Province", "ISKP", "Islamic State in the Sahel", "ISCAP"],
)
def test_the_islamic_states_provinces_are_transnational(kb: KnowledgeBase, name: str) -> None:
    assert kb.org_names[name].country == "IMG"


def test_the_adf_is_known_by_its_initials(kb: KnowledgeBase) -> None:
    assert kb.org_names["ADF"].id == "adf"


def test_a_town_matched_by_another_of_its_names_is_marked_an_exonym(kb: KnowledgeBase) -> None:
    from dateline.kb.places import PlaceIndex

    index = PlaceIndex(kb)
    bonn = [c for c in index.candidates("Boni", fuzzy=False) if c.name == "Bonn"]
    assert bonn and all(c.exonym for c in bonn)
    own = [c for c in index.candidates("Bonn", fuzzy=False) if c.name == "Bonn"]
    assert own and not any(c.exonym for c in own)


@pytest.mark.parametrize(
    ("name", "country"),
    [("Tal Afar", "IRQ"), ("Tell Abyad", "SYR"), ("Ras al-Ain", "SYR"), ("Ain Issa", "SYR")],
)
def test_wire_spellings_of_towns_geonames_lists_without_population(
    kb: KnowledgeBase, name: str, country: str
) -> None:
    from dateline.kb.places import PlaceIndex, SpellingRules
    from dateline.rules import load_rules

    index = PlaceIndex(kb, SpellingRules.from_rules(load_rules("geo")["spelling"]))
    found = index.candidates(name)
    assert found and not found[0].fuzzy and found[0].country == country


def test_peoples_read_as_demonyms_with_their_plurals(kb: KnowledgeBase) -> None:
    assert kb.adjectives["Igbo"] == "NGA"
    assert kb.demonym_nouns["Yorubas"] == "NGA"
    assert kb.demonym_nouns["Chechens"] == "RUS"
    assert kb.demonym_nouns["Sinhalese"] == "LKA"  # its own plural, no "Sinhaleses"
    assert "Sinhaleses" not in kb.demonym_nouns
    # Peoples split across borders are left out: no one country can be guessed for them.
    assert "Pashtun" not in kb.adjectives
    assert "Hutu" not in kb.adjectives
    assert "Hausa" not in kb.adjectives  # Nigeria's and Niger's


def test_a_movement_of_a_state_that_split_keeps_its_country_of_the_day(kb: KnowledgeBase) -> None:
    spla = kb.org_names["SPLA"]
    before = kb.org_actor(spla, dt.date(2000, 1, 1))
    after = kb.org_actor(spla, dt.date(2015, 1, 1))
    assert (before.country, before.sector) == ("SDN", "REB")
    assert (after.country, after.sector) == ("SSD", "MIL")
    assert spla.country_on(dt.date(2008, 1, 1)) == "SDN"


@pytest.mark.parametrize(
    ("name", "country", "sector", "day"),
    [
        ("Kifaya", "EGY", "OPP", dt.date(2005, 1, 1)),
        ("MILF", "PHL", "REB", dt.date(2000, 1, 1)),
        ("ANC", "ZAF", "REB", dt.date(1985, 1, 1)),
        ("ANC", "ZAF", "PTY", dt.date(1995, 1, 1)),
        ("Interahamwe", "RWA", "PRM", dt.date(1994, 5, 1)),
        ("Zapatistas", "MEX", "REB", dt.date(1994, 1, 2)),
    ],
)
def test_movements_of_past_conflicts_are_known(
    kb: KnowledgeBase, name: str, country: str, sector: str, day: dt.date
) -> None:
    actor = kb.org_actor(kb.org_names[name], day)
    assert (actor.country, actor.sector) == (country, sector)


def test_public_figures_of_past_conflicts_are_known(kb: KnowledgeBase) -> None:
    tutu = kb.person_actor(kb.person_names["Desmond Tutu"][0], dt.date(2000, 1, 1))
    assert (tutu.country, tutu.sector) == ("ZAF", "REL")
    pope = kb.holder("VAT", "pope", dt.date(2000, 1, 1))
    assert pope is not None and pope.person.name == "Pope John Paul II"
