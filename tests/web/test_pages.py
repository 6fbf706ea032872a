"""Server-rendered pages in-process: content, empty states, escaping, errors, docs offline."""

from __future__ import annotations

import datetime as dt
import re
from html.parser import HTMLParser

import pytest
from fastapi.testclient import TestClient

from dateline.api.paths import document_page_path, event_page_path
from dateline.store import Store
from dateline.store.events import EventQuery, find_events
from dateline.web.views import safe_link
from tests.serving import LAYERED_ID, make_client

MAP_KINDS = {"verbal_cooperation", "material_cooperation", "verbal_conflict", "material_conflict"}


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
        assert tag not in ("img", "iframe", "object", "embed"), tag
        if tag == "svg":  # only our own charts and maps
            assert attrs.get("class") in ("world-map", "timeline-chart"), attrs
        assert not [a for a in attrs if a.startswith("on")], (tag, attrs)
        for key in ("href", "src", "action"):
            value = (attrs.get(key) or "").strip().lower()
            assert not value.startswith(("javascript:", "data:")), (tag, attrs)


@pytest.mark.parametrize("path", ["/", "/documents", "/actors", "/map", "/quotes"])
def test_empty_database_pages_point_to_ingest(empty_store: Store, path: str) -> None:
    response = make_client(empty_store).get(path)
    assert response.status_code == 200
    assert "No documents yet" in response.text
    assert "dateline ingest PATH --db DB" in response.text


def test_timeline_filter_bar_echoes_the_filters(client: TestClient) -> None:
    params = {"actor": "Russia", "from": "2025-03-01", "to": "2025-03-31", "aux": "future"}
    html = client.get("/", params=params).text
    names = {attrs.get("name") for tag, attrs in elements(html) if tag in ("input", "select")}
    assert {"type", "actor", "country", "from", "to", "aux"} <= names
    assert 'value="Russia"' in html and 'value="2025-03-01"' in html
    assert re.search(r'id="f-future"[^>]*checked', html)
    assert not re.search(r'id="f-hypothetical"[^>]*checked', html)


def event_links(html: str) -> list[str]:
    return [
        attrs["href"]
        for tag, attrs in elements(html)
        if tag == "a" and attrs.get("class") == "event-link"
    ]


def test_timeline_charts_and_lists_the_matching_events(
    client: TestClient, seeded_store: Store
) -> None:
    window = {"from": "2025-01-01", "to": "2025-12-31"}
    html = client.get("/", params={**window, "type": "ASSAULT"}).text
    expected = find_events(
        seeded_store.engine,
        EventQuery(type="ASSAULT", start=dt.date(2025, 1, 1), end=dt.date(2025, 12, 31)),
    )
    assert expected
    assert event_links(html) == [event_page_path(r.doc_id, r.index) for r in expected]
    assert f"{len(expected)} events, by day" in html
    svg = next(attrs for tag, attrs in elements(html) if tag == "svg")
    assert svg["class"] == "timeline-chart" and f"{len(expected)} in total" in svg["aria-label"]
    assert html.count('class="q-material_conflict"') >= 1
    assert 'class="q-verbal_cooperation"' not in html.split("<svg", 1)[1].split("</svg>")[0]
    # Without dates, the page shows the window up to the newest event, and says so.
    default = client.get("/").text
    assert "No dates given" in default and event_links(default)
    empty = client.get("/", params={**window, "country": "ATA"}).text
    assert "No events to show" in empty


def test_event_page_highlights_its_roles_in_the_evidence(
    client: TestClient, seeded_store: Store
) -> None:
    record = seeded_store.get_document(LAYERED_ID)
    event = record["events"][0]
    html = client.get(event_page_path(LAYERED_ID, 0)).text
    evidence = re.search(r'<blockquote id="evidence"[^>]*>(.*?)</blockquote>', html, re.S).group(1)
    assert re.findall(r'<span class="mark [^"]*">([^<]*)</span>', evidence)
    for role, expected in (
        ("trigger", event["trigger"]["text"]),
        ("actor", event["actor"][0]["text"]),
        ("recipient", event["recipient"][0]["text"]),
        ("place", event["location"]["text"]),
        ("date", event["date"]["text"]),
    ):
        found = re.findall(rf'<span class="mark [^"]*r-{role}[^"]*">([^<]*)</span>', evidence)
        assert found == [expected], role
    text = re.sub(r"<[^>]+>", "", evidence).replace("&#34;", '"')
    start, end = event["evidence"][0][0], event["evidence"][-1][1]
    assert text == record["text"][start:end]
    assert f'href="/documents/{LAYERED_ID}"' in html
    assert "46.2022, 6.1457" in html and "CONSULT" in html
    assert client.get(event_page_path(LAYERED_ID, 9)).status_code == 404


def test_quotes_page_links_each_quote_to_its_document(
    client: TestClient, seeded_store: Store
) -> None:
    html = client.get("/quotes").text
    quotes = [(d["id"], q["text"]) for d in seeded_store.iter_documents() for q in d["quotes"]]
    assert quotes
    for doc_id, words in quotes:
        assert f'href="{document_page_path(doc_id)}"' in html
        assert " ".join(words.split()).replace('"', "&#34;")[:20] in html
    assert "We made real progress today," in html
    found = client.get("/quotes", params={"speaker": "envoy"}).text
    assert "We made real progress today," in found and "one year at most" in found
    assert "No quotes found" in client.get("/quotes", params={"text": "zzzqqq"}).text


def test_map_plots_events_with_the_filters(client: TestClient) -> None:
    window = {"from": "2025-01-01", "to": "2025-12-31", "aux": ["future", "hypothetical"]}
    html = client.get("/map", params=window).text
    points = re.findall(
        r'<a href="(/events/[^"]+)"><circle class="map-point map-point-(\w+)"', html
    )
    assert points and all(kind in MAP_KINDS for _, kind in points)
    assaults = client.get("/map", params={**window, "type": "ASSAULT"}).text
    kinds = re.findall(r'class="map-point map-point-(\w+)"', assaults)
    assert kinds and set(kinds) == {"material_conflict"} and len(kinds) < len(points)


def test_actor_page_lists_events_as_actor(client: TestClient, seeded_store: Store) -> None:
    rows = find_events(seeded_store.engine, EventQuery(include_aux=True))
    row = next(r for r in rows if any(p["actor_id"] for p in r.data["actor"]))
    actor_id = next(p["actor_id"] for p in row.data["actor"] if p["actor_id"])
    html = client.get("/actors/" + actor_id).text
    assert "Events as actor" in html and "Events as recipient" in html
    assert event_page_path(row.doc_id, row.index) in html


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
        client.get("/", params={"aux": ["future", "hypothetical"]}).text,
        client.get("/quotes").text,
        client.get("/map").text,
        client.get("/events/hostile/0").text,
        client.get("/events/hostile/1").text,
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
    assert client.get("/", params={"type": "BOMBING"}).status_code == 422
    assert client.get("/", params={"from": "2020-01-01", "to": "2025-01-01"}).status_code == 400
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
