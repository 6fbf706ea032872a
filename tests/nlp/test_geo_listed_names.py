"""Names the small model tags as one but that a geographer reads as two places.

Sentences written for these tests (not from any outlet).
"""

from __future__ import annotations

import datetime as dt

import pytest

from dateline.model import Document, Mention
from dateline.pipeline import Pipeline

DAY = dt.date(2024, 6, 1)


def mentions(pipeline: Pipeline, text: str) -> dict[str, Mention]:
    return {m.text: m for m in pipeline.annotate(Document("g", text, DAY)).annotations.entities}


@pytest.mark.parametrize(
    ("text", "town", "area"),
    [
        (
            "A drone struck a warehouse in Pavlohrad, Dnipropetrovsk Oblast, on Monday.",
            "Pavlohrad",
            "Dnipropetrovsk Oblast",
        ),
        ("Shells hit a depot in Brovary, Kyiv Oblast, on Tuesday.", "Brovary", "Kyiv Oblast"),
    ],
)
def test_a_town_and_its_area_tagged_as_one_name_are_two_places(
    pipeline: Pipeline, text: str, town: str, area: str
) -> None:
    found = mentions(pipeline, text)
    assert found[town].place is not None and found[town].place.country == "UKR"
    assert found[area].place is not None and found[area].place.feature == "admin1"


def test_a_building_in_a_town_tagged_as_one_name_leaves_the_town_a_place(
    pipeline: Pipeline,
) -> None:
    found = mentions(pipeline, "Rockets hit the Holy Trinity Cathedral in Odesa on Sunday.")
    assert found["Odesa"].place is not None and found["Odesa"].place.country == "UKR"


def test_a_port_named_with_its_town_leaves_the_town_a_place(pipeline: Pipeline) -> None:
    # The small model tags "the Port of Izmail" as one location nothing geocodes.
    found = mentions(pipeline, "A drone set a grain barge alight at the Port of Izmail overnight.")
    assert found["Izmail"].place is not None and found["Izmail"].place.country == "UKR"


def test_a_site_named_after_its_town_leaves_the_town_a_place(pipeline: Pipeline) -> None:
    found = mentions(pipeline, "Paratroopers landed at Hostomel Airport under heavy fire.")
    assert found["Hostomel"].place is not None and found["Hostomel"].place.country == "UKR"
    assert found["Airport"].place is None  # GeoNames has hamlets called Airport


def test_a_site_named_after_a_hamlet_abroad_stays_one_name(pipeline: Pipeline) -> None:
    # GeoNames' only Heathrow is a Florida hamlet of 6,000 people.
    found = mentions(pipeline, "Flights were halted at Heathrow Airport after a drone sighting.")
    assert "Heathrow" not in found


def test_a_body_of_a_country_is_no_place_of_it(pipeline: Pipeline) -> None:
    found = mentions(pipeline, "The Bank of England raised its main rate on Thursday.")
    assert "England" not in found


def test_two_bodies_listed_with_a_comma_stay_one_mention_each(pipeline: Pipeline) -> None:
    found = mentions(pipeline, "Amnesty International, Human Rights Watch and others objected.")
    assert all(m.place is None for m in found.values())


def test_two_known_towns_tagged_as_one_name_are_two_places(pipeline: Pipeline) -> None:
    found = mentions(
        pipeline, "Two drivers died in missile strikes on Mykolaiv and Kherson, Ukraine."
    )
    assert found["Mykolaiv"].place is not None and found["Kherson"].place is not None


def test_a_country_named_with_and_stays_one_place(pipeline: Pipeline) -> None:
    found = mentions(pipeline, "Police in Trinidad and Tobago detained five men on Monday.")
    assert found["Trinidad and Tobago"].place is not None


def test_two_areas_joined_by_and_are_two_places(pipeline: Pipeline) -> None:
    text = "Troops pulled back from Kyiv Oblast and Chernihiv Oblast, officials said on Monday."
    found = mentions(pipeline, text)
    assert found["Kyiv Oblast"].place is not None and found["Chernihiv Oblast"].place is not None
