"""Fixtures shared by tests/api and tests/web: databases seeded by the real pipeline.

The articles (tests/fixtures/serve/*.jsonl) are written for these tests. They are read
by the real readers, annotated by the full default pipeline once per session, and
written through the real store into each fresh database (SQLite, and PostgreSQL when
configured). One document, ``LAYERED_ID``, also gets hand-made time, quote and event facts
so that pages can be checked on every layer of the contract before all components exist.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from dateline.api.app import create_app
from dateline.config import Settings
from dateline.errors import InputError
from dateline.ingest import ReadOptions, read_inputs
from dateline.model import (
    Actor,
    AnnotatedDocument,
    Event,
    EventDate,
    EventLocation,
    Participant,
    Place,
    Provenance,
    Quote,
    Size,
    Span,
    Timex,
)
from dateline.pipeline import Pipeline
from dateline.store import Store

SERVE_FIXTURES = Path(__file__).parent / "fixtures" / "serve"
ARTICLES = SERVE_FIXTURES / "articles.jsonl"
HOSTILE = SERVE_FIXTURES / "hostile.jsonl"
LAYERED_ID = "geneva-talks"
TEST_PROVENANCE = Provenance("test-fixture", "0")
TOKEN = "s3cret-token-for-tests"


def span_of(text: str, needle: str, after: int = 0) -> Span:
    """The span of the first ``needle`` at or after ``after`` (fails loudly if absent)."""
    start = text.index(needle, after)
    return Span(start, start + len(needle))


def add_layers(annotated: AnnotatedDocument) -> AnnotatedDocument:
    """Add one timex, one quote and one event, built from the text, to the Geneva article."""
    text = annotated.document.text
    tuesday = span_of(text, "Tuesday")
    timex = Timex(
        tuesday,
        "Tuesday",
        "DATE",
        "2025-03-11",
        TEST_PROVENANCE,
        dt.date(2025, 3, 11),
        dt.date(2025, 3, 11),
        "dct",
    )
    # The speaker resolves to an actor the entities layer found, so actor queries see it.
    american = [
        m.actor for m in annotated.annotations.entities if m.actor and m.actor.country == "USA"
    ]
    envoy = american[0] if american else Actor("c:USA/GOV", "United States (GOV)", "USA", "GOV")
    quote = Quote(
        (span_of(text, "We made real progress today,"),),
        "direct",
        TEST_PROVENANCE,
        speaker=span_of(text, "the American envoy"),
        speaker_name="the American envoy",
        speaker_actor=envoy,
        cue=span_of(text, "told"),
    )
    geneva = Place("Geneva", 46.20222, 6.14569, 2660646, "CHE", "Geneva", "city", 1)
    sentence = span_of(
        text, "Diplomats from the United States and Ukraine met in Geneva on Tuesday"
    )
    event = Event(
        "CONSULT",
        span_of(text, "met"),
        EventDate("2025-03-11", dt.date(2025, 3, 11), dt.date(2025, 3, 11), "day", "text", tuesday),
        TEST_PROVENANCE,
        (sentence,),
        actor=(Participant(span_of(text, "United States"), "United States", "USA", "GOV", "USA"),),
        recipient=(Participant(span_of(text, "Ukraine"), "Ukraine", "UKR", "GOV", "UKR"),),
        location=EventLocation(span_of(text, "Geneva"), geneva),
        size=Size(),
        confidence=0.9,
    )
    layers = annotated.annotations.with_layers(timexes=(timex,), quotes=(quote,), events=(event,))
    return dataclasses.replace(annotated, annotations=layers)


def read_fixture_documents(pipeline: Pipeline) -> list[AnnotatedDocument]:
    """Every fixture article, annotated by the real pipeline."""
    docs = []
    for item in read_inputs([str(ARTICLES), str(HOSTILE)], ReadOptions()):
        if isinstance(item, InputError):
            raise item
        docs.append(item)
    results = []
    for outcome in pipeline.annotate_many(docs):
        assert outcome.result is not None, outcome.error
        result = outcome.result
        results.append(add_layers(result) if result.document.id == LAYERED_ID else result)
    return results


@pytest.fixture(scope="session")
def fixture_documents(pipeline: Pipeline) -> list[AnnotatedDocument]:
    """The fixture articles, annotated once per session."""
    return read_fixture_documents(pipeline)


@pytest.fixture
def seeded_store(db_location: str, fixture_documents: list[AnnotatedDocument]) -> Iterator[Store]:
    """A fresh database holding every fixture article."""
    store = Store.open(db_location)
    for annotated in fixture_documents:
        store.write(annotated)
    yield store
    store.close()


@pytest.fixture
def empty_store(db_location: str) -> Iterator[Store]:
    """A fresh, empty database."""
    store = Store.open(db_location)
    yield store
    store.close()


def make_client(store: Store, pipeline: Pipeline | None = None, **overrides: object) -> TestClient:
    """An in-process client of the app over ``store``, with settings overridden."""
    settings = dataclasses.replace(Settings.load(env={}), **overrides)
    return TestClient(create_app(store, settings, pipeline))


@pytest.fixture
def client(seeded_store: Store) -> TestClient:
    """The app over the seeded database, writes off."""
    return make_client(seeded_store)
