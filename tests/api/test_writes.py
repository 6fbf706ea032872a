"""POST /api/documents: off by default, bearer token, body limit, real pipeline, read-only."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from dateline.contract import document_json
from dateline.model import Document
from dateline.pipeline import Pipeline
from dateline.store import Store
from tests.serving import TOKEN, make_client

ARTICLE = {
    "id": "posted-1",
    "date": "2025-07-04",
    "title": "Ministers meet in Rome",
    "url": "https://news.example.org/rome",
    "text": "Foreign ministers from Italy and France met in Rome on Friday to discuss migration. "
    "The Italian minister said the talks had been useful.",
}
AUTH = {"Authorization": f"Bearer {TOKEN}"}


@pytest.fixture
def writer(seeded_store: Store, pipeline: Pipeline) -> TestClient:
    return make_client(seeded_store, pipeline, token=TOKEN, max_body_bytes=4000)


def test_writes_are_off_without_a_token(client: TestClient, seeded_store: Store) -> None:
    response = client.post("/api/documents", json=ARTICLE, headers=AUTH)
    assert response.status_code == 403
    assert "DATELINE_TOKEN" in response.json()["detail"]
    assert seeded_store.get_document("posted-1") is None


@pytest.mark.parametrize(
    "header",
    [None, "Bearer wrong", f"Bearer {TOKEN}x", f"Basic {TOKEN}", TOKEN, "Bearer ", "Bearer"],
)
def test_a_missing_or_wrong_token_is_401(
    writer: TestClient, seeded_store: Store, header: str | None
) -> None:
    headers = {"Authorization": header} if header is not None else {}
    response = writer.post("/api/documents", json=ARTICLE, headers=headers)
    assert response.status_code == 401
    assert response.headers["www-authenticate"] == "Bearer"
    assert seeded_store.get_document("posted-1") is None


def test_posted_article_runs_the_pipeline_and_is_stored(
    writer: TestClient, seeded_store: Store, pipeline: Pipeline
) -> None:
    response = writer.post("/api/documents", json=ARTICLE, headers=AUTH)
    assert response.status_code == 201
    body = response.json()
    assert body["status"] == "stored" and body["url"] == "/api/documents/posted-1"
    stored = writer.get(body["url"]).json()
    day = dt.date(2025, 7, 4)
    doc = Document("posted-1", ARTICLE["text"], day, title=ARTICLE["title"], url=ARTICLE["url"])
    assert stored == document_json(pipeline.annotate(doc))
    assert any(e["text"] == "Rome" for e in stored["entities"])


def test_same_article_again_is_skipped_other_content_conflicts_force_replaces(
    writer: TestClient, seeded_store: Store
) -> None:
    assert writer.post("/api/documents", json=ARTICLE, headers=AUTH).status_code == 201
    again = writer.post("/api/documents", json=ARTICLE, headers=AUTH)
    assert (again.status_code, again.json()["status"]) == (200, "skipped")
    changed = {**ARTICLE, "text": ARTICLE["text"].replace("Friday", "Saturday")}
    conflict = writer.post("/api/documents", json=changed, headers=AUTH)
    assert conflict.status_code == 409
    assert "force=true" in conflict.json()["detail"]
    assert "Friday" in seeded_store.get_document("posted-1")["text"]
    forced = writer.post("/api/documents?force=true", json=changed, headers=AUTH)
    assert (forced.status_code, forced.json()["status"]) == (201, "replaced")
    assert "Saturday" in seeded_store.get_document("posted-1")["text"]


def test_an_article_without_id_gets_one_from_its_content(writer: TestClient) -> None:
    article = {k: v for k, v in ARTICLE.items() if k != "id"}
    first = writer.post("/api/documents", json=article, headers=AUTH).json()
    assert first["id"].startswith("doc-") and len(first["id"]) == 20
    again = writer.post("/api/documents", json=article, headers=AUTH).json()
    assert (again["id"], again["status"]) == (first["id"], "skipped")


@pytest.mark.parametrize(
    ("body", "words"),
    [
        (b"{not json", "malformed JSON"),
        (json.dumps({**ARTICLE, "date": "2025-02-30"}).encode(), "no such day"),
        (json.dumps({**ARTICLE, "date": "July 4"}).encode(), "expected YYYY-MM-DD"),
        (json.dumps({**ARTICLE, "text": "  "}).encode(), "missing or empty 'text'"),
        (json.dumps({**ARTICLE, "title": 5}).encode(), "'title' must be a string"),
        (json.dumps([ARTICLE]).encode(), "expected a JSON object"),
        (b"", "empty"),
        (b"\xff\xfe", "not valid UTF-8"),
    ],
)
def test_unreadable_articles_are_422_and_nothing_is_stored(
    writer: TestClient, seeded_store: Store, body: bytes, words: str
) -> None:
    before = seeded_store.stats().documents
    response = writer.post(
        "/api/documents", content=body, headers={**AUTH, "Content-Type": "application/json"}
    )
    assert response.status_code == 422
    [problem] = response.json()["detail"]
    assert problem["loc"] == ["body"] and words in problem["msg"]
    assert seeded_store.stats().documents == before


def test_body_over_the_limit_is_413_by_header_and_by_stream(
    writer: TestClient, seeded_store: Store
) -> None:
    big = json.dumps({**ARTICLE, "text": "Talks went on. " * 400}).encode()
    assert len(big) > 4000
    by_header = writer.post("/api/documents", content=big, headers=AUTH)
    assert by_header.status_code == 413
    assert "4,000 bytes" in by_header.json()["detail"]

    def chunks() -> Iterator[bytes]:
        for start in range(0, len(big), 1000):
            yield big[start : start + 1000]

    streamed = writer.post("/api/documents", content=chunks(), headers=AUTH)
    assert streamed.status_code == 413
    assert seeded_store.get_document("posted-1") is None


def test_read_only_server_serves_reads_and_refuses_writes(
    db_location: str, seeded_store: Store, pipeline: Pipeline
) -> None:
    ro = Store.open(db_location, read_only=True)
    try:
        client = make_client(ro, pipeline, token=TOKEN)
        assert len(client.get("/api/documents").json()["items"]) == seeded_store.stats().documents
        health = client.get("/healthz").json()
        assert health["read_only"] is True and health["writes_enabled"] is False
        response = client.post("/api/documents", json=ARTICLE, headers=AUTH)
        assert response.status_code == 403 and "read-only" in response.json()["detail"]
    finally:
        ro.close()
    assert seeded_store.get_document("posted-1") is None


def test_health_says_when_writes_are_enabled(writer: TestClient) -> None:
    assert writer.get("/healthz").json()["writes_enabled"] is True
