"""PLOVER JSONL and ACLED CSV exports of stored events."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator

import pytest

from dateline.export import EXPORTERS, export
from dateline.export.acled import COLUMNS, load_acled_map
from dateline.export.plover import coded_type
from dateline.nlp.events_plover import load_plover
from dateline.store import Store
from tests.nlp.events_helpers import KHARKIV_TEXT, ODESA, sample_documents


@pytest.fixture
def store(db_location: str) -> Iterator[Store]:
    s = Store.open(db_location)
    for doc in sample_documents():
        s.write(doc)
    yield s
    s.close()


def lines(store: Store, fmt: str) -> list[str]:
    out: list[str] = []
    export(store, fmt, out.append)
    return out


def test_formats_are_registered() -> None:
    assert {"jsonl", "plover-jsonl", "acled-csv"} <= set(EXPORTERS)


def test_plover_records_follow_the_spec_fields(store: Store) -> None:
    records = [json.loads(line) for line in lines(store, "plover-jsonl")]
    assert len(records) == 4
    plover = load_plover()
    for r in records:
        assert {"id", "date", "source", "recipient", "event", "event_text", "cite_info"} <= set(r)
        assert all(e in plover.types for e in r["event"])
        assert r["cite_info"]["url"].startswith("https://example.org/")
        assert r["quad_code"] in (1, 2, 3, 4)
    odesa = next(r for r in records if r["cite_info"]["citation"] == "odesa")
    assert odesa["event"] == ["ASSAULT"] and odesa["mode"] == ["drone"]
    assert odesa["source"][0]["code"] == "RUS"
    assert odesa["event_text"] == ["struck"]
    assert odesa["event_loc"]["name"] == "Odesa" and odesa["event_loc"]["latitude"] == ODESA.lat
    assert odesa["size"]["dead"] == 3
    plan = next(r for r in records if r["cite_info"]["citation"] == "plan")
    # A planned mobilisation is not coded as one: it stays what it is, marked future.
    assert plan["aux"] == ["future"] and plan["event"] == ["MOBILIZE"]


def test_plover_coding_of_events_that_did_not_happen() -> None:
    def ev(kind: str, *aux: str) -> dict:
        return {"type": kind, "aux": list(aux), "modes": []}

    assert coded_type(ev("CONSULT", "future")) == "AGREE"
    assert coded_type(ev("AID", "hypothetical")) == "AGREE"
    assert coded_type(ev("ASSAULT", "future")) == "THREATEN"
    assert coded_type(ev("ASSAULT", "hypothetical")) == "ASSAULT"
    assert coded_type(ev("AID", "future", "negation")) == "REJECT"
    assert coded_type(ev("ASSAULT", "negation")) is None
    assert coded_type(ev("ASSAULT", "historical")) is None
    assert coded_type(ev("ACCUSE")) == "ACCUSE"


def test_acled_rows_only_for_events_that_happened(store: Store) -> None:
    out = lines(store, "acled-csv")
    rows = list(csv.DictReader(io.StringIO("\n".join(out))))
    assert tuple(rows[0].keys()) == COLUMNS
    by_id = {r["event_id"].split("#")[0]: r for r in rows}
    # The planned deployment and the meeting are not ACLED events.
    assert set(by_id) == {"odesa", "kharkiv"}
    odesa = by_id["odesa"]
    assert (odesa["event_type"], odesa["sub_event_type"]) == (
        "Explosions/Remote violence",
        "Air/drone strike",
    )
    assert odesa["actor1"] == "Russia" and odesa["fatalities"] == "3"
    assert odesa["location"] == "Odesa" and odesa["geo_precision"] == "1"
    assert odesa["time_precision"] == "1"
    assert odesa["source"] == "Test Wire"
    kharkiv = by_id["kharkiv"]
    assert kharkiv["sub_event_type"] == "Shelling/artillery/missile attack"
    assert kharkiv["notes"] == KHARKIV_TEXT
    assert kharkiv["fatalities"] == "0"


def test_acled_mapping_covers_assault_and_protest() -> None:
    m = load_acled_map()
    assert m.event_type("ASSAULT", []) == ("Battles", "Armed clash")
    assert m.event_type("PROTEST", ["riot"]) == ("Riots", "Violent demonstration")
    assert m.event_type("CONSULT", []) is None
