"""The web app in Debian's Chromium, driven by Playwright, against a real uvicorn server.

The server runs in a background thread on a free loopback port over a SQLite database
seeded by the real pipeline. Every request the browser makes to another host is blocked
and fails the test; so does any script error or content-security-policy violation.
Screenshots of the main pages land in build/screenshots/.
"""

from __future__ import annotations

import shutil
import socket
import tempfile
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
import uvicorn

from dateline.api.app import create_app
from dateline.config import Settings
from dateline.model import AnnotatedDocument
from dateline.store import Store
from tests.serving import LAYERED_ID

CHROMIUM = Path("/usr/bin/chromium")
SCREENSHOTS = Path(__file__).parents[2] / "build" / "screenshots"
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(
        not CHROMIUM.exists(), reason="Debian chromium (/usr/bin/chromium) is not installed"
    ),
]


@pytest.fixture(scope="module")
def server(
    tmp_path_factory: pytest.TempPathFactory, fixture_documents: list[AnnotatedDocument]
) -> Iterator[str]:
    """The real app under uvicorn on a free loopback port; yields its base URL."""
    store = Store.open(str(tmp_path_factory.mktemp("browser") / "web.db"))
    for annotated in fixture_documents:
        store.write(annotated)
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    config = uvicorn.Config(create_app(store, Settings.load(env={})), log_level="warning")
    srv = uvicorn.Server(config)
    thread = threading.Thread(target=srv.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not srv.started:
        assert time.monotonic() < deadline, "server did not start"
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(10)
    sock.close()
    store.close()


@dataclass
class Watch:
    """What the browser did that it should not have."""

    foreign: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)


@pytest.fixture(scope="module")
def browser_context() -> Iterator[Any]:
    """One Chromium (fresh profile) for the module."""
    from playwright.sync_api import sync_playwright

    profile = tempfile.mkdtemp(prefix="dateline-chromium-")
    with sync_playwright() as pw:
        context = pw.chromium.launch_persistent_context(
            profile, executable_path=str(CHROMIUM), headless=True, args=FLAGS
        )
        yield context
        context.close()
    shutil.rmtree(profile, ignore_errors=True)


@pytest.fixture
def page(browser_context: Any, server: str) -> Iterator[Any]:
    """A page that may only talk to the server; everything else is blocked and recorded."""
    watch = Watch()
    pg = browser_context.new_page()

    def route(r: Any) -> None:
        if r.request.url.startswith((server + "/", "data:", "blob:")):
            r.continue_()
        else:
            watch.foreign.append(r.request.url)
            r.abort()

    pg.route("**/*", route)
    pg.on("pageerror", lambda exc: watch.errors.append(str(exc)))
    pg.on(
        "console",
        lambda msg: watch.errors.append(msg.text) if msg.type == "error" else None,
    )
    pg.on("dialog", lambda d: (watch.dialogs.append(d.message), d.dismiss()))
    pg.base = server
    pg.watch = watch
    yield pg
    pg.close()
    assert watch.foreign == [], "requests to other hosts"
    assert watch.dialogs == [], "a dialog opened"
    assert watch.errors == [], "script errors or policy violations"


def shoot(pg: Any, name: str) -> None:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    pg.screenshot(path=str(SCREENSHOTS / f"{name}.png"), full_page=True)


def test_timeline_filter_to_assault_open_event_then_document(page: Any) -> None:
    """The analyst's path: timeline, ASSAULT only, one event's evidence, its document."""
    page.goto(page.base + "/")
    assert page.locator("h1").inner_text() == "Timeline"
    assert page.locator("svg.timeline-chart rect.q-material_conflict").count() > 0
    assert page.locator(".event-item").count() > 1
    shoot(page, "timeline")
    page.select_option("#f-type", "ASSAULT")
    page.check("#f-future")
    page.click(".filter-bar button[type=submit]")
    page.wait_for_url("**/?*type=ASSAULT*")
    assert "aux=future" in page.url and page.locator("#f-future").is_checked()
    types = page.locator(".event-item .etype").all_inner_texts()
    assert types and set(types) == {"ASSAULT"}
    assert page.locator("svg.timeline-chart rect").count() > 1
    assert page.locator("svg.timeline-chart rect.q-verbal_cooperation").count() == 0
    shoot(page, "timeline-assault")

    # Open the first attack that has a place, and compare the marks with the stored event.
    link = page.locator(".event-item").filter(has_text="Kharkiv").first.locator("a.event-link")
    href = link.get_attribute("href")
    link.click()
    page.wait_for_url("**" + href)
    stored = page.request.get(page.base + "/api" + href).json()["event"]
    evidence = page.locator("#evidence")
    assert evidence.locator(".r-trigger").inner_text() == stored["trigger"]["text"]
    assert evidence.locator(".r-actor").first.inner_text() == stored["actor"][0]["text"]
    assert evidence.locator(".r-place").inner_text() == stored["location"]["text"]
    colours = {
        role: evidence.locator(f".r-{role}").first.evaluate(
            "e => getComputedStyle(e).backgroundColor"
        )
        for role in ("actor", "trigger", "place")
    }
    assert len(set(colours.values())) == 3, colours
    assert page.locator(".role-legend .r-recipient").count() == 1
    shoot(page, "event")

    # The actor's page lists this event among its events as actor.
    page.locator('.fields a[href^="/actors/"]').first.click()
    page.wait_for_url("**/actors/**")
    assert page.locator(f'#events_as_actor-h ~ ol a[href="{href}"]').count() == 1
    shoot(page, "actor-events")
    page.go_back()
    page.wait_for_url("**" + href)

    page.click("a.doc-link")
    page.wait_for_url("**/documents/**")
    start, end = stored["evidence"][0]
    assert stored["trigger"]["text"] in page.inner_text("#doc-text")
    assert page.locator("#doc-text .r-trigger").count() >= 1
    assert end > start


def test_quotes_page_finds_who_said_what(page: Any) -> None:
    page.goto(page.base + "/quotes")
    assert page.locator(".quote-item").count() > 0
    page.fill("#q-speaker", "envoy")
    page.press("#q-speaker", "Enter")
    page.wait_for_url("**/quotes?*speaker=envoy*")
    assert "We made real progress today," in page.inner_text(".quote-list")
    shoot(page, "quotes")
    page.locator(".quote-item a.doc-link").first.click()
    page.wait_for_url(f"**/documents/{LAYERED_ID}")


def test_search_then_open_a_document(page: Any) -> None:
    page.goto(page.base + "/documents")
    assert page.locator(".doc-item").count() == 7
    shoot(page, "documents")
    page.fill("#quick-q", "Gdansk")
    page.press("#quick-q", "Enter")
    page.wait_for_url("**/documents?q=Gdansk")
    link = page.locator('.doc-item a[href="/documents/port-blockade"]')
    assert link.count() == 1
    shoot(page, "search")
    link.click()
    page.wait_for_url("**/documents/port-blockade")
    assert "Gdansk" in page.inner_text("#doc-text")


def tooltip_text(page: Any) -> str:
    page.wait_for_selector("#tooltip:not([hidden])")
    return page.inner_text("#tooltip")


def test_document_page_highlights_layers_and_shows_resolved_values(page: Any) -> None:
    page.goto(page.base + f"/documents/{LAYERED_ID}")
    trigger = page.locator("#doc-text .r-trigger").first
    assert trigger.inner_text() == "met"
    assert trigger.evaluate("e => getComputedStyle(e).outlineStyle") == "solid"
    place = page.locator("#doc-text .r-place").first
    place.hover()
    text = tooltip_text(page)
    assert "CONSULT" in text and "46.2022, 6.1457" in text and "Geneva" in text
    page.locator("#doc-text .r-timex").first.hover()
    assert "2025-03-11" in tooltip_text(page)
    page.locator("#doc-text .r-speaker").first.hover()
    assert "said by United States" in tooltip_text(page)
    shoot(page, "document")

    page.uncheck('.layer-toggles input[data-layer="events"]')
    assert trigger.evaluate("e => getComputedStyle(e).outlineStyle") == "none"
    place.hover()
    page.wait_for_timeout(100)
    assert "CONSULT" not in page.inner_text("#tooltip")
    page.check('.layer-toggles input[data-layer="events"]')
    assert trigger.evaluate("e => getComputedStyle(e).outlineStyle") == "solid"


def test_keyboard_reaches_marks_and_shows_their_values(page: Any) -> None:
    page.goto(page.base + f"/documents/{LAYERED_ID}")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.className") == "skip-link"
    for _ in range(40):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.classList.contains('mark')"):
            break
    else:
        pytest.fail("no highlighted span is reachable with Tab")
    assert page.evaluate("document.activeElement.getAttribute('aria-describedby')") == "tooltip"
    assert tooltip_text(page)
    page.keyboard.press("Escape")
    assert page.locator("#tooltip").is_hidden()


def test_phone_layout_does_not_scroll_sideways(page: Any) -> None:
    page.set_viewport_size({"width": 390, "height": 844})
    for path, name in (
        (f"/documents/{LAYERED_ID}", "document-phone"),
        ("/", "timeline-phone"),
        (f"/events/{LAYERED_ID}/0", "event-phone"),
        ("/quotes", "quotes-phone"),
        ("/map", "map-phone"),
    ):
        page.goto(page.base + path)
        assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
        shoot(page, name)


def test_actor_list_and_page(page: Any) -> None:
    page.goto(page.base + "/actors")
    assert page.locator(".data-table tbody tr").count() > 3
    shoot(page, "actors")
    page.goto(page.base + f"/documents/{LAYERED_ID}")
    page.locator(".layer-list[data-layer=quotes] a.ann-actor").first.click()
    page.wait_for_url("**/actors/**")
    assert "We made real progress today," in page.inner_text("main")
    shoot(page, "actor")
    page.locator('.quotes a[href="/documents/geneva-talks"]').click()
    page.wait_for_url(f"**/documents/{LAYERED_ID}")


def test_map_draws_country_outlines_and_event_points(page: Any) -> None:
    page.goto(page.base + "/map")
    assert page.locator("svg.world-map path.country").count() > 170
    points = page.locator("svg.world-map circle.map-point")
    assert points.count() > 0
    page.locator("svg.world-map a").first.focus()
    assert page.evaluate("document.activeElement.tagName.toLowerCase()") == "a"
    box = page.locator("svg.world-map").bounding_box()
    assert box["width"] > 300 and box["height"] > 150
    shoot(page, "map")


def test_empty_state_and_error_pages(page: Any) -> None:
    page.goto(page.base + "/documents?q=zzzunknownword")
    assert "Nothing found" in page.inner_text("main")
    response = page.goto(page.base + "/documents/nope")
    assert response.status == 404 and "No document with id" in page.inner_text("main")
    page.watch.errors.clear()  # the browser logs the 404 itself


def test_api_docs_work_offline(page: Any) -> None:
    page.goto(page.base + "/docs")
    page.wait_for_selector(".opblock", timeout=15000)
    assert page.locator(".opblock").count() >= 5
    page.locator('.opblock-summary-path[data-path="/api/documents/{doc_id}"]').click()
    page.wait_for_selector(".opblock.is-open .try-out", timeout=15000)
    shoot(page, "api-docs")


def inert_report(page: Any) -> dict[str, Any]:
    return page.evaluate(
        """() => {
          const all = [...document.querySelectorAll('*')];
          return {
            xss: window.__xss === undefined ? null : String(window.__xss),
            scripts: [...document.scripts].map(s => s.getAttribute('src')),
            handlers: all.flatMap(e => [...e.attributes].filter(a => a.name.startsWith('on'))
                                                     .map(a => e.tagName + ' ' + a.name)),
            dangerous: all.filter(e => ['IMG', 'IFRAME', 'OBJECT', 'EMBED'].includes(e.tagName)
                          || (e.tagName === 'svg' && !e.classList.contains('world-map')
                              && !e.classList.contains('timeline-chart')))
                          .map(e => e.tagName),
            jsLinks: [...document.querySelectorAll('a[href]')]
                       .map(a => a.getAttribute('href'))
                       .filter(h => /^\\s*(javascript|data):/i.test(h)),
          };
        }"""
    )


def test_hostile_article_cannot_run_anything(page: Any) -> None:
    """An article with <script>, <img onerror> and javascript: links in text, title and url."""
    paths = ("/documents/hostile", "/documents", "/documents?q=Kyiv", "/", "/actors")
    for path in (*paths, "/quotes", "/map", "/events/hostile/0", "/events/hostile/1"):
        page.goto(page.base + path)
        for mark in page.locator("#doc-text .mark").all()[:20]:
            mark.hover()
        page.wait_for_timeout(150)
        report = inert_report(page)
        assert report == {
            "xss": None,
            "scripts": ["/static/app.js"],
            "handlers": [],
            "dangerous": [],
            "jsLinks": [],
        }, path
    page.goto(page.base + "/documents/hostile")
    assert "<script>window.__xss = 'title'</script>" in page.inner_text("h1")
    assert "<img src=x onerror=" in page.inner_text("#doc-text")
    assert "javascript:window.__xss='url'" in page.inner_text(".doc-meta")
    shoot(page, "hostile")
