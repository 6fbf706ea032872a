"""Actor routes over dateline.store.actors, on databases seeded by the real pipeline."""

from __future__ import annotations

from urllib.parse import quote

import pytest
from fastapi.testclient import TestClient

from dateline.store import Store
from tests.serving import LAYERED_ID


def test_actor_list_is_the_store_listing_with_links(
    client: TestClient, seeded_store: Store
) -> None:
    body = client.get("/api/actors").json()
    expected = seeded_store.actors(50)
    assert expected, "the pipeline should link some mentions to actors"
    assert [a["id"] for a in body["items"]] == [a.id for a in expected]
    first = body["items"][0]
    assert (first["mentions"], first["documents"]) == (expected[0].mentions, expected[0].documents)
    assert first["url"] == "/api/actors/" + quote(expected[0].id, safe="")


def test_actor_pages_follow_cursors_without_repeats(client: TestClient) -> None:
    whole = [a["id"] for a in client.get("/api/actors").json()["items"]]
    paged, cursor = [], None
    while True:
        params = {"limit": 3, **({"cursor": cursor} if cursor else {})}
        body = client.get("/api/actors", params=params).json()
        paged += [a["id"] for a in body["items"]]
        cursor = body["next_cursor"]
        if not cursor:
            break
    assert paged == whole
    assert client.get("/api/actors", params={"limit": 501}).status_code == 400
    doc_cursor = client.get("/api/documents", params={"limit": 1}).json()["next_cursor"]
    assert client.get("/api/actors", params={"cursor": doc_cursor}).status_code == 400


def test_actor_profile_roles_mentions_and_quotes(client: TestClient, seeded_store: Store) -> None:
    record = seeded_store.get_document(LAYERED_ID)
    speaker = record["quotes"][0]["speaker_actor"]
    response = client.get("/api/actors/" + quote(speaker["id"], safe=""))
    assert response.status_code == 200
    body = response.json()
    profile = seeded_store.actor(speaker["id"])
    assert body["actor"]["id"] == speaker["id"] == profile.actor.id
    assert sum(d["mentions"] for d in body["mentions_by_date"]) == profile.actor.mentions
    assert [q["text"] for q in body["quotes"]] == [record["quotes"][0]["text"]]
    assert body["quotes"][0]["url"] == f"/api/documents/{LAYERED_ID}"
    assert len(body["roles"]) == len(profile.roles)


def test_actor_ids_with_slashes_and_unknown_actors(client: TestClient, seeded_store: Store) -> None:
    slashed = [a.id for a in seeded_store.actors(100) if "/" in a.id]
    for actor_id in slashed:
        raw = client.get(f"/api/actors/{actor_id}").json()
        encoded = client.get("/api/actors/" + quote(actor_id, safe="")).json()
        assert raw["actor"]["id"] == encoded["actor"]["id"] == actor_id
    missing = client.get("/api/actors/zzz-nobody")
    assert missing.status_code == 404 and "zzz-nobody" in missing.json()["detail"]


@pytest.mark.parametrize("path", ["/actors", "/actors/zzz-nobody"])
def test_actor_pages_render(client: TestClient, path: str) -> None:
    response = client.get(path)
    assert response.status_code == (404 if "zzz" in path else 200)
    assert "text/html" in response.headers["content-type"]


def test_actor_page_shows_quotes_linking_back(client: TestClient, seeded_store: Store) -> None:
    speaker = seeded_store.get_document(LAYERED_ID)["quotes"][0]["speaker_actor"]
    html = client.get("/actors/" + quote(speaker["id"], safe="")).text
    assert "We made real progress today," in html
    assert f'href="/documents/{LAYERED_ID}"' in html
    listing = client.get("/actors").text
    assert 'href="/actors/' + quote(speaker["id"], safe="") + '"' in listing
    doc = client.get(f"/documents/{LAYERED_ID}").text
    assert 'class="ann-actor" href="/actors/' in doc
