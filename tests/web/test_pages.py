"""Server-rendered pages in-process: content, empty states, escaping, errors, docs offline."""

from __future__ import annotations

import re
from html.parser import HTMLParser

import pytest
from fastapi.testclient import TestClient

from dateline.store import Store
from dateline.web.views import safe_link
from tests.serving import LAYERED_ID, make_client


class Elements(HTMLParser):
    """Collects (tag, attributes) of every start tag."""

    def __init__(self) -> None:
        super().__init__()
        self.found: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.found.append((tag, dict(attrs)))


def elements(html: str) -> list[tuple[str, dict[str, str | None]]]:
    parser = Elements()
    parser.feed(html)
    return parser.found


def assert_inert(html: str) -> None:
    """No script but ours, no event handler attribute, no javascript: link."""
    for tag, attrs in elements(html):
        if tag == "script":
            assert attrs.get("src") == "/static/app.js", attrs
        assert tag not in ("img", "svg", "iframe", "object", "embed"), tag
        assert not [a for a in attrs if a.startswith("on")], (tag, attrs)
        for key in ("href", "src", "action"):
            value = (attrs.get(key) or "").strip().lower()
            assert not value.startswith(("javascript:", "data:")), (tag, attrs)


@pytest.mark.parametrize("path", ["/", "/documents", "/actors", "/map"])
def test_empty_database_pages_point_to_ingest(empty_store: Store, path: str) -> None:
    response = make_client(empty_store).get(path)
    assert response.status_code == 200
    assert "No documents yet" in response.text
    assert "dateline ingest PATH --db DB" in response.text


def test_timeline_skeleton_has_the_filter_bar(client: TestClient) -> None:
    html = client.get("/", params={"actor": "Russia", "from": "2025-03-01", "aux": "true"}).text
    names = {attrs.get("name") for tag, attrs in elements(html) if tag in ("input", "select")}
    assert {"type", "actor", "country", "from", "to", "aux"} <= names
    assert 'value="Russia"' in html and 'value="2025-03-01"' in html
    assert re.search(r'id="f-aux"[^>]*checked', html)
    assert "No events to show" in html


def test_every_label_belongs_to_a_control(client: TestClient) -> None:
    for path in ("/", "/documents", f"/documents/{LAYERED_ID}"):
        found = elements(client.get(path).text)
        ids = {attrs.get("id") for _, attrs in found}
        for tag, attrs in found:
            if tag == "label" and attrs.get("for"):
                assert attrs["for"] in ids, (path, attrs)


def test_document_list_links_every_document(client: TestClient, seeded_store: Store) -> None:
    html = client.get("/documents").text
    hrefs = {attrs["href"] for tag, attrs in elements(html) if tag == "a" and attrs.get("href")}
    for summary in seeded_store.list_documents():
        assert "/documents/" + summary.id.replace("/", "%2F") in hrefs
    assert "Drone strikes hit Kharkiv overnight" in html


def test_document_list_pages_with_cursor_links(client: TestClient) -> None:
    first = client.get("/documents", params={"limit": 4}).text
    match = re.search(r'rel="next" href="([^"]+)"', first)
    assert match
    second = client.get(match.group(1).replace("&amp;", "&")).text
    assert "First page" in second and 'rel="next"' not in second
    assert len(re.findall('class="doc-item"', first)) == 4
    assert len(re.findall('class="doc-item"', second)) == 3


def test_search_page(client: TestClient) -> None:
    html = client.get("/documents", params={"q": "Gdansk"}).text
    assert "Search results" in html and "/documents/port-blockade" in html
    assert "Nothing found" in client.get("/documents", params={"q": "zzzunknownword"}).text


def test_document_page_highlights_every_layer(client: TestClient, seeded_store: Store) -> None:
    html = client.get(f"/documents/{LAYERED_ID}").text
    record = seeded_store.get_document(LAYERED_ID)
    for layer in ("entities", "timexes", "quotes", "events"):
        assert f'data-layer="{layer}" checked' in html
        assert f"l-{layer}" in html
        for i in range(len(record[layer])):
            assert f'id="ann-{layer}-{i}"' in html
    for role in ("entity", "timex", "quote", "speaker", "cue", "trigger", "actor", "place", "date"):
        assert re.search(rf'class="mark [^"]*r-{role}[^"]*" data-ann="[^"]+" tabindex="0"', html)
    assert "46.2022, 6.1457" in html  # the event place's coordinates, shown on hover
    text = re.search(r'<div id="doc-text"[^>]*>(.*?)</div>', html, re.S).group(1)
    assert re.sub(r"<[^>]+>", "", text).replace("&#34;", '"') == record["text"]


def test_hostile_article_is_escaped_everywhere(client: TestClient) -> None:
    pages = [
        client.get("/documents/hostile").text,
        client.get("/documents").text,
        client.get("/documents", params={"q": "Kyiv"}).text,
    ]
    for html in pages:
        assert_inert(html)
        assert "<script>window" not in html and "onerror=" not in html.replace("onerror=&#34;", "")
    doc = pages[0]
    assert "&lt;script&gt;window.__xss = &#39;title&#39;&lt;/script&gt;" in doc
    assert "&lt;img src=x onerror=" in doc
    assert 'class="url">javascript:window.__xss=&#39;url&#39;</span>' in doc


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://example.org/a?b=1", "https://example.org/a?b=1"),
        ("http://example.org", "http://example.org"),
        ("javascript:alert(1)", None),
        (" JavaScript:alert(1)", None),
        ("data:text/html,x", None),
        ("//example.org/x", None),
        ("https:/nohost", None),
        ("", None),
        (None, None),
    ],
)
def test_safe_link(url: str | None, expected: str | None) -> None:
    assert safe_link(url) == expected


def test_unknown_document_page_is_404_html(client: TestClient) -> None:
    response = client.get("/documents/<b>nope</b>")
    assert response.status_code == 404
    assert "text/html" in response.headers["content-type"]
    assert "&lt;b&gt;nope&lt;/b&gt;" in response.text and "<b>nope" not in response.text


def test_bad_filters_on_pages_are_422_html(client: TestClient) -> None:
    response = client.get("/documents", params={"from": "2025-02-30"})
    assert response.status_code == 422 and "no such day" in response.text
    assert client.get("/", params={"to": "soon"}).status_code == 422
    assert client.get("/documents", params={"q": "!!"}).status_code == 422
    assert client.get("/documents", params={"limit": 9999}).status_code == 400


def test_map_page_ships_the_outlines_inline(client: TestClient) -> None:
    html = client.get("/map").text
    assert html.count('class="country"') > 170 and "Natural Earth" in html


def test_docs_pages_load_only_local_assets(client: TestClient) -> None:
    assert client.get("/redoc").status_code == 404
    for path in ("/docs",):
        response = client.get(path)
        assert response.status_code == 200
        refs = [
            attrs.get("src") or attrs.get("href")
            for tag, attrs in elements(response.text)
            if tag in ("script", "link")
        ]
        assert refs and all(r.startswith("/") and not r.startswith("//") for r in refs)
        for ref in refs:
            asset = client.get(ref)
            assert asset.status_code == 200 and len(asset.content) > 100, ref
    assert "http" not in client.get("/static/swagger-init.js").text


def test_static_assets_are_served(client: TestClient) -> None:
    for path, kind in (("/static/app.css", "text/css"), ("/static/app.js", "javascript")):
        response = client.get(path)
        assert response.status_code == 200 and kind in response.headers["content-type"]
        assert "http://" not in response.text and "https://" not in response.text
