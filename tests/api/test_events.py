"""Event, timeline, quote and export routes over dateline.store, on databases seeded by the
real pipeline (SQLite, and PostgreSQL when configured)."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from urllib.parse import quote

from fastapi.testclient import TestClient

from dateline.store import Store
from dateline.store.events import EventQuery, find_events

WINDOW = {"from": "2025-01-01", "to": "2025-12-31"}


def keys(items: list[dict]) -> list[tuple[str, int]]:
    return [(e["document_id"], e["index"]) for e in items]


def all_events(client: TestClient, **params: object) -> list[dict]:
    """Every page of /api/events, following the cursors."""
    found, cursor = [], None
    while True:
        page = client.get(
            "/api/events", params={**params, **({"cursor": cursor} if cursor else {})}
        )
        assert page.status_code == 200, page.text
        body = page.json()
        found += body["items"]
        cursor = body["next_cursor"]
        if not cursor:
            return found


def test_event_list_is_the_store_query_newest_first(
    client: TestClient, seeded_store: Store
) -> None:
    body = client.get("/api/events").json()
    expected = find_events(seeded_store.engine, EventQuery(limit=50))
    assert expected, "the pipeline should find events in the fixture articles"
    assert keys(body["items"]) == [(r.doc_id, r.index) for r in expected]
    dates = [e["date"] for e in body["items"]]
    assert dates == sorted(dates, reverse=True)
    first = body["items"][0]
    record = seeded_store.get_document(first["document_id"])
    assert first["event"] == record["events"][first["index"]]
    assert first["url"] == f"/api/events/{quote(first['document_id'], safe='')}/{first['index']}"


def test_cursor_pages_cover_every_event_once(client: TestClient) -> None:
    whole = keys(client.get("/api/events", params={"include_aux": "true"}).json()["items"])
    paged = keys(all_events(client, include_aux="true", limit=2))
    assert paged == whole and len(whole) > 2
    assert client.get("/api/events", params={"limit": 501}).status_code == 400
    doc_cursor = client.get("/api/documents", params={"limit": 1}).json()["next_cursor"]
    response = client.get("/api/events", params={"cursor": doc_cursor})
    assert response.status_code == 400 and "invalid cursor for events" in response.text


def test_filters_by_type_country_dates_aux_and_actor_id(client: TestClient) -> None:
    assaults = all_events(client, type="assault")
    assert assaults and {e["type"] for e in assaults} == {"ASSAULT"}
    everything = all_events(client, include_aux="true")
    placed = next(e for e in everything if e["event"]["location"])
    country = placed["event"]["location"]["country"]
    in_country = all_events(client, country=country.lower(), include_aux="true")
    assert placed in in_country
    assert {e["event"]["location"]["country"] for e in in_country} == {country}
    day = placed["date"]
    same_day = all_events(client, include_aux="true", **{"from": day, "to": day})
    assert {e["date"] for e in same_day} == {day} and placed in same_day
    happened = all_events(client)
    assert all(not e["aux"] for e in happened)
    future = [e for e in everything if e["aux"] == ["future"]]
    with_future = all_events(client, aux="future")
    assert all(e in with_future for e in future)
    assert len(with_future) == len(happened) + len(future)
    named = next(e for e in everything if any(p["actor_id"] for p in e["event"]["actor"]))
    actor_id = next(p["actor_id"] for p in named["event"]["actor"] if p["actor_id"])
    by_id = all_events(client, actor=actor_id, include_aux="true")
    assert named in by_id
    assert all(actor_id in [p["actor_id"] for p in e["event"]["actor"]] for e in by_id)


def test_bad_filters_are_422_naming_the_parameter(client: TestClient) -> None:
    cases = [
        ({"type": "BOMBING"}, "type", "unknown event type 'BOMBING'"),
        ({"from": "2025-02-30"}, "from", "no such day"),
        ({"aux": "maybe"}, "aux", "unknown mark 'maybe'"),
        ({"country": "Ukraine"}, "country", "not a three-letter ISO code"),
        ({"near": "Qzxwvborg", **WINDOW}, "near", "unknown place"),
        ({"near": "Kyiv", "km": 0}, "km", ""),
    ]
    for params, name, message in cases:
        for path in ("/api/events", "/api/timeline", "/api/export/plover-jsonl"):
            response = client.get(path, params=params)
            assert response.status_code == 422, (path, params, response.text)
            [problem] = response.json()["detail"]
            assert problem["loc"] == ["query", name] and message in problem["msg"], problem


def test_unbounded_scans_are_refused_with_the_reason(client: TestClient) -> None:
    for params in ({"text": "drones"}, {"actor": "Russia"}, {"near": "Kharkiv"}):
        response = client.get("/api/events", params=params)
        assert response.status_code == 400
        assert "366 days" in response.json()["detail"]
        assert next(iter(params)) in response.json()["detail"]
        assert client.get("/api/events", params={**params, **WINDOW}).status_code == 200
    too_long = {"text": "drones", "from": "2024-01-01", "to": "2025-06-30"}
    assert client.get("/api/events", params=too_long).status_code == 400


def test_near_finds_events_within_the_radius(client: TestClient) -> None:
    placed = [e for e in all_events(client, include_aux="true") if e["lat"] is not None]
    target = placed[0]
    params = {"near": f"{target['lat']},{target['lon']}", "km": 5, "include_aux": "true", **WINDOW}
    near = all_events(client, **params)
    assert target in near
    assert all(abs(e["lat"] - target["lat"]) < 0.1 for e in near)


def test_one_event_and_unknown_events(client: TestClient) -> None:
    for item in all_events(client, include_aux="true"):
        response = client.get(item["url"])
        assert response.status_code == 200 and response.json() == item
    assert client.get("/api/events/nope/0").status_code == 404
    assert client.get("/api/events/archive/cairo-summit/99").status_code == 404
    assert client.get("/api/events/archive/cairo-summit/x").status_code in (404, 422)


def test_timeline_counts_match_the_listing(client: TestClient) -> None:
    params = {"include_aux": "true", **WINDOW}
    listed = all_events(client, **params)
    body = client.get("/api/timeline", params=params).json()
    assert body["by"] == "day" and body["from"] == WINDOW["from"] and body["to"] == WINDOW["to"]
    assert body["total"] == len(listed)
    for period in body["periods"]:
        day = [e for e in listed if e["date"] == period["period"]]
        assert period["total"] == len(day) == sum(period["counts"].values())
        assert sum(period["quads"].values()) == period["total"]
        for kind, n in period["counts"].items():
            assert n == sum(1 for e in day if e["type"] == kind)
    weeks = client.get("/api/timeline", params={**params, "by": "week"}).json()
    assert weeks["total"] == body["total"]
    assert all(dt.date.fromisoformat(p["period"]).weekday() == 0 for p in weeks["periods"])
    assaults = client.get("/api/timeline", params={**params, "type": "ASSAULT"}).json()
    assert assaults["total"] == len([e for e in listed if e["type"] == "ASSAULT"]) > 0


def test_timeline_needs_a_bounded_window(client: TestClient) -> None:
    for params in ({}, {"from": "2025-01-01"}, {"from": "2020-01-01", "to": "2025-01-01"}):
        response = client.get("/api/timeline", params=params)
        assert response.status_code == 400 and "366 days" in response.json()["detail"]
    assert client.get("/api/timeline", params={**WINDOW, "by": "month"}).status_code == 422


def test_quotes_newest_first_with_cursors_and_speaker_filters(
    client: TestClient, seeded_store: Store
) -> None:
    stored = [
        (doc["id"], i, q["text"])
        for doc in seeded_store.iter_documents()
        for i, q in enumerate(doc["quotes"])
    ]
    body = client.get("/api/quotes").json()
    assert sorted((q["document_id"], q["index"], q["text"]) for q in body["items"]) == sorted(
        stored
    )
    dates = [q["date"] for q in body["items"]]
    assert dates == sorted(dates, reverse=True)
    paged, cursor = [], None
    while True:
        page = client.get(
            "/api/quotes", params={"limit": 2, **({"cursor": cursor} if cursor else {})}
        )
        paged += page.json()["items"]
        cursor = page.json()["next_cursor"]
        if not cursor:
            break
    assert paged == body["items"]
    resolved = next(q for q in body["items"] if q["speaker_id"])
    by_id = client.get("/api/quotes", params={"speaker": resolved["speaker_id"]}).json()
    assert resolved in by_id["items"]
    assert {q["speaker_id"] for q in by_id["items"]} == {resolved["speaker_id"]}
    word = resolved["text"].split()[-1].strip(".,\"'")
    refused = client.get("/api/quotes", params={"text": word})
    assert refused.status_code == 400 and "366 days" in refused.json()["detail"]
    found = client.get("/api/quotes", params={"text": word, **WINDOW}).json()["items"]
    assert resolved in found and all(word.lower() in q["text"].lower() for q in found)


def test_exports_stream_the_filtered_records(client: TestClient) -> None:
    assaults = all_events(client, type="ASSAULT", include_aux="true")
    response = client.get("/api/export/plover-jsonl", params={"type": "ASSAULT", "include_aux": 1})
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("application/x-ndjson")
    assert "attachment" in response.headers["content-disposition"]
    records = [json.loads(line) for line in response.text.splitlines()]
    assert [r["id"] for r in records] == [f"{e['document_id']}#{e['index']}" for e in assaults]
    assert {r["quad_code"] for r in records} == {4}

    response = client.get("/api/export/acled-csv", params=WINDOW)
    assert response.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(response.text)))
    happened = {f"{e['document_id']}#{e['index']}" for e in all_events(client, **WINDOW)}
    assert rows and {r["event_id"] for r in rows} <= happened
    assert all(r["notes"] for r in rows)

    quotes = client.get("/api/quotes").json()["items"]
    lines = client.get("/api/export/quotes-jsonl").text.splitlines()
    assert [(json.loads(x)["doc"], json.loads(x)["index"]) for x in lines] == [
        (q["document_id"], q["index"]) for q in quotes
    ]


def test_actor_profile_lists_events_as_actor_and_recipient(client: TestClient) -> None:
    everything = all_events(client, include_aux="true")
    named = next(e for e in everything if any(p["actor_id"] for p in e["event"]["actor"]))
    actor_id = next(p["actor_id"] for p in named["event"]["actor"] if p["actor_id"])
    body = client.get("/api/actors/" + quote(actor_id, safe="")).json()
    assert named in body["events_as_actor"]
    as_actor = [e for e in everything if actor_id in [p["actor_id"] for p in e["event"]["actor"]]]
    assert body["event_totals"]["actor"] == len(as_actor) == len(body["events_as_actor"])
    as_recipient = [
        e for e in everything if actor_id in [p["actor_id"] for p in e["event"]["recipient"]]
    ]
    assert body["event_totals"]["recipient"] == len(as_recipient)
