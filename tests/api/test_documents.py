"""The read API on real databases: documents, cursors, filters, search, health, headers."""

from __future__ import annotations

import datetime as dt
from urllib.parse import quote

import pytest
from fastapi.testclient import TestClient

from dateline.contract import document_json
from dateline.model import AnnotatedDocument, Document
from dateline.pipeline import Pipeline
from dateline.store import Store
from tests.serving import LAYERED_ID, make_client


def all_pages(client: TestClient, url: str, limit: int, **extra: str) -> list[dict]:
    items, cursor, pages = [], None, 0
    while True:
        params = {**extra, "limit": limit, **({"cursor": cursor} if cursor else {})}
        body = client.get(url, params=params).json()
        assert len(body["items"]) <= limit
        items += body["items"]
        pages += 1
        cursor = body["next_cursor"]
        if cursor is None:
            return items
        assert pages < 50, "cursor does not advance"


def test_document_list_is_newest_first_with_layer_counts(
    client: TestClient, seeded_store: Store, fixture_documents: list[AnnotatedDocument]
) -> None:
    body = client.get("/api/documents").json()
    items = body["items"]
    assert body["next_cursor"] is None and body["limit"] == 50
    assert sorted(i["id"] for i in items) == sorted(d.document.id for d in fixture_documents)
    keys = [(dt.date.fromisoformat(i["date"]), i["id"]) for i in items]
    assert keys == sorted(keys, key=lambda k: (-k[0].toordinal(), k[1]))
    for item in items:
        stored = seeded_store.get_document(item["id"])
        assert item["counts"] == {k: len(stored[k]) for k in item["counts"]}
        assert client.get(item["url"]).json() == stored
    layered = next(i for i in items if i["id"] == LAYERED_ID)
    assert layered["counts"]["events"] == 1 and layered["counts"]["quotes"] == 1


@pytest.mark.parametrize("limit", [1, 2, 3])
def test_cursor_pages_cover_everything_once_in_order(client: TestClient, limit: int) -> None:
    whole = [i["id"] for i in client.get("/api/documents").json()["items"]]
    paged = [i["id"] for i in all_pages(client, "/api/documents", limit)]
    assert paged == whole


def test_cursor_is_stable_when_documents_arrive_between_pages(
    client: TestClient, seeded_store: Store, pipeline: Pipeline
) -> None:
    first = client.get("/api/documents", params={"limit": 2}).json()
    seen = [i["id"] for i in first["items"]]
    # A newer document and one that sorts before the cursor position both arrive now.
    for doc_id, day in (("late-news", dt.date(2026, 1, 1)), ("aaa-old", dt.date(2024, 1, 1))):
        text = f"Officials in Vienna met on Monday to review {doc_id} matters."
        seeded_store.write(pipeline.annotate(Document(doc_id, text, day)))
    cursor = first["next_cursor"]
    rest = []
    while cursor:
        body = client.get("/api/documents", params={"limit": 2, "cursor": cursor}).json()
        rest += [i["id"] for i in body["items"]]
        cursor = body["next_cursor"]
    assert not set(seen) & set(rest)
    assert "late-news" not in rest  # newer than the pages already read: not re-shuffled in
    assert rest[-1] == "aaa-old"
    assert len(seen) + len(rest) == seeded_store.stats().documents - 1


def test_date_filters_are_inclusive(client: TestClient) -> None:
    body = client.get("/api/documents", params={"from": "2025-04-02", "to": "2025-05-20"}).json()
    assert sorted(i["id"] for i in body["items"]) == [
        "baltic-exercise",
        "port-blockade",
        "sahel-aid",
    ]
    only_from = client.get("/api/documents", params={"from": "2025-05-21"}).json()
    assert [i["id"] for i in only_from["items"]] == ["hostile", "archive/cairo-summit"]


@pytest.mark.parametrize(
    ("params", "param", "words"),
    [
        ({"from": "2025-02-30"}, "from", "no such day"),
        ({"to": "yesterday"}, "to", "expected YYYY-MM-DD"),
        ({"from": "2025-13-01"}, "from", "2025-13-01"),
        ({"from": "2025-05-02", "to": "2025-05-01"}, "from", "is after"),
    ],
)
def test_bad_dates_are_422_naming_the_parameter(
    client: TestClient, params: dict, param: str, words: str
) -> None:
    response = client.get("/api/documents", params=params)
    assert response.status_code == 422
    [problem] = response.json()["detail"]
    assert problem["loc"] == ["query", param]
    assert words in problem["msg"] and param in problem["msg"]


@pytest.mark.parametrize("limit", [0, -5, 501, 100000])
def test_page_size_outside_bounds_is_refused_with_a_reason(client: TestClient, limit: int) -> None:
    response = client.get("/api/documents", params={"limit": limit})
    assert response.status_code == 400
    detail = response.json()["detail"]
    assert f"limit={limit}" in detail and "1 to 500" in detail and "next_cursor" in detail


def test_max_page_size_comes_from_settings(seeded_store: Store) -> None:
    client = make_client(seeded_store, max_page_size=2)
    assert client.get("/api/documents", params={"limit": 3}).status_code == 400
    body = client.get("/api/documents").json()
    assert body["limit"] == 2 and len(body["items"]) == 2 and body["next_cursor"]
    schema = client.get("/openapi.json").json()
    params = schema["paths"]["/api/documents"]["get"]["parameters"]
    limit = next(p for p in params if p["name"] == "limit")
    assert limit["schema"]["maximum"] == 2


@pytest.mark.parametrize("cursor", ["abc", "%%%", "eyJrIjoiZG9jdW1lbnRzIn0", "eyJ4IjoxfQ"])
def test_foreign_or_broken_cursors_are_400(client: TestClient, cursor: str) -> None:
    response = client.get("/api/documents", params={"cursor": cursor})
    assert response.status_code == 400
    assert "invalid cursor" in response.json()["detail"]


def test_a_search_cursor_is_not_a_documents_cursor(client: TestClient) -> None:
    body = client.get("/api/search", params={"q": "Wednesday", "limit": 1}).json()
    assert body["next_cursor"]
    response = client.get("/api/documents", params={"cursor": body["next_cursor"]})
    assert response.status_code == 400


def test_document_is_exactly_the_stored_contract_object(
    client: TestClient, seeded_store: Store, fixture_documents: list[AnnotatedDocument]
) -> None:
    for annotated in fixture_documents:
        doc_id = annotated.document.id
        response = client.get("/api/documents/" + quote(doc_id, safe=""))
        assert response.status_code == 200
        assert response.headers["content-type"] == "application/json"
        assert response.json() == seeded_store.get_document(doc_id) == document_json(annotated)


def test_ids_with_slashes_work_raw_and_encoded(client: TestClient) -> None:
    raw = client.get("/api/documents/archive/cairo-summit")
    encoded = client.get("/api/documents/archive%2Fcairo-summit")
    assert raw.status_code == encoded.status_code == 200
    assert raw.json()["id"] == encoded.json()["id"] == "archive/cairo-summit"


def test_unknown_document_is_404(client: TestClient) -> None:
    response = client.get("/api/documents/nope")
    assert response.status_code == 404
    assert response.json() == {"detail": "no document with id 'nope'"}


def test_search_finds_words_and_pages_with_cursors(client: TestClient) -> None:
    hits = client.get("/api/search", params={"q": "Gdansk wages"}).json()["items"]
    assert [h["id"] for h in hits] == ["port-blockade"]
    assert "Gdansk" in hits[0]["snippet"] and hits[0]["url"] == "/api/documents/port-blockade"
    whole = [h["id"] for h in client.get("/api/search", params={"q": "Wednesday"}).json()["items"]]
    assert len(whole) == 3
    assert [h["id"] for h in all_pages(client, "/api/search", 1, q="Wednesday")] == whole
    assert client.get("/api/search", params={"q": "zzzunknownword"}).json()["items"] == []


@pytest.mark.parametrize("q", ["!!!", "  ", '" * -'])
def test_search_without_words_is_422(client: TestClient, q: str) -> None:
    response = client.get("/api/search", params={"q": q})
    assert response.status_code == 422
    assert "no words" in response.json()["detail"][0]["msg"]


def test_search_needs_a_query(client: TestClient) -> None:
    response = client.get("/api/search")
    assert response.status_code == 422
    assert response.json()["detail"][0]["loc"] == ["query", "q"]


def test_healthz(client: TestClient, seeded_store: Store) -> None:
    body = client.get("/healthz").json()
    assert body["status"] == "ok"
    assert body["schema_version"] == seeded_store.schema_version()
    assert body["read_only"] is False and body["writes_enabled"] is False


def test_security_headers_on_api_and_pages(client: TestClient) -> None:
    for path in ("/api/documents", "/", "/documents"):
        headers = client.get(path).headers
        assert "script-src 'self'" in headers["content-security-policy"]
        assert "unsafe-inline" not in headers["content-security-policy"]
        assert headers["x-content-type-options"] == "nosniff"


def test_empty_database_lists_nothing(empty_store: Store) -> None:
    client = make_client(empty_store)
    assert client.get("/api/documents").json() == {"items": [], "limit": 50, "next_cursor": None}


@pytest.mark.parametrize(
    "url",
    [
        "/api/documents/a%00b",
        "/api/search?q=a%00b",
        "/api/actors/x%00",
        "/documents/a%00",
        "/api/documents?cursor="
        + "eyJrIjogImRvY3VtZW50cyIsICJwIjogWyIyMDI1LTAxLTAxIiwgImFcdTAwMDAiXX0",
    ],
)
def test_nul_characters_are_refused_not_sent_to_the_database(client: TestClient, url: str) -> None:
    response = client.get(url)
    assert response.status_code in (400, 422)
    assert "NUL" in response.text or "invalid cursor" in response.text
