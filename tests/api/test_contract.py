"""The OpenAPI document against the JSON contract, and schemathesis against the live app.

dateline.contract is the code that writes the contract and docs/format.md documents it;
the API's document schema must list exactly the keys that code writes (all required, no
others), every key the docs name, and accept real output of all layers.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis.checks import (
    content_type_conformance,
    negative_data_rejection,
    not_a_server_error,
    response_schema_conformance,
    status_code_conformance,
)

from dateline.contract import document_json
from dateline.model import (
    Actor,
    AnnotatedDocument,
    Annotations,
    Document,
    Mention,
    Place,
    Provenance,
    Span,
)
from dateline.store import Store
from tests.serving import add_layers, make_client

FORMAT_MD = Path(__file__).parents[2] / "docs" / "format.md"
TEXT = (
    "Diplomats from the United States and Ukraine met in Geneva on Tuesday to discuss a "
    '"ceasefire". "We made real progress today," the American envoy told reporters.'
)


def full_document() -> dict[str, Any]:
    """A contract object in which every optional part is filled."""
    prov = Provenance("test", "0")
    geneva = Place("Geneva", 46.2, 6.15, 2660646, "CHE", "Geneva", "city", 1)
    usa = Actor("USA", "United States", "USA", "GOV", None, "Q30")
    start = TEXT.index("United States")
    mentions = (
        Mention(Span(start, start + 13), "United States", "GPE", prov, actor=usa),
        Mention(
            Span(TEXT.index("Geneva"), TEXT.index("Geneva") + 6),
            "Geneva",
            "GPE",
            prov,
            place=geneva,
        ),
    )
    doc = Document("full", TEXT, dt.date(2025, 3, 12), "Title", "Desk", "https://example.org/a")
    base = AnnotatedDocument(doc, Annotations(entities=mentions), (prov,))
    return document_json(add_layers(base))


def openapi(client: Any) -> dict[str, Any]:
    return client.get("/openapi.json").json()


def resolve(schema: dict[str, Any], spec: dict[str, Any]) -> dict[str, Any]:
    """Follow $ref and unwrap nullable anyOf to the object or array schema."""
    while True:
        if "$ref" in schema:
            schema = spec["components"]["schemas"][schema["$ref"].rsplit("/", 1)[-1]]
        elif "anyOf" in schema:
            schema = next(s for s in schema["anyOf"] if s.get("type") != "null")
        else:
            return schema


def assert_same_keys(value: Any, schema: dict[str, Any], spec: dict[str, Any], path: str) -> None:
    schema = resolve(schema, spec)
    if isinstance(value, dict) and "properties" in schema:
        assert set(value) == set(schema["properties"]), path
        assert set(schema.get("required", [])) == set(value), f"{path}: every key is required"
        assert schema.get("additionalProperties") is False, f"{path}: no other keys allowed"
        for key, item in value.items():
            if item is not None:
                assert_same_keys(item, schema["properties"][key], spec, f"{path}.{key}")
    elif isinstance(value, list) and value and "items" in schema:
        for item in value:
            assert_same_keys(item, schema["items"], spec, f"{path}[]")


def document_schema(spec: dict[str, Any]) -> dict[str, Any]:
    response = spec["paths"]["/api/documents/{doc_id}"]["get"]["responses"]["200"]
    return response["content"]["application/json"]["schema"]


def test_document_schema_has_exactly_the_contract_keys(client: Any) -> None:
    spec = openapi(client)
    record = full_document()
    assert all(record[layer] for layer in ("entities", "timexes", "quotes", "events"))
    assert_same_keys(record, document_schema(spec), spec, "document")


def test_real_contract_objects_validate_against_the_openapi_schema(
    client: Any, seeded_store: Store
) -> None:
    spec = openapi(client)
    root = {**document_schema(spec), "components": spec["components"]}
    validator = jsonschema.Draft202012Validator(root, format_checker=jsonschema.FormatChecker())
    records = [full_document(), *seeded_store.iter_documents()]
    for record in records:
        validator.validate(record)
    broken = {**records[0], "extra": 1}
    with pytest.raises(jsonschema.ValidationError):
        validator.validate(broken)


def test_every_key_named_in_format_md_is_in_the_schema(client: Any) -> None:
    spec = openapi(client)
    names: set[str] = set()
    for schema in spec["components"]["schemas"].values():
        names |= set(schema.get("properties", {}))
    documented = set()
    for line in FORMAT_MD.read_text(encoding="utf-8").splitlines():
        cells = line.split("|")
        if line.startswith("| `") and len(cells) > 2:
            documented |= set(re.findall(r"`([a-z_]+)`", cells[1]))
    assert len(documented) > 30
    assert documented <= names, sorted(documented - names)


CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_schema_conformance,
    negative_data_rejection,
]


def test_api_conforms_to_its_openapi_document(seeded_store: Store) -> None:
    """Schemathesis, bounded (50 examples per operation), in-process, on the seeded database."""
    api = schemathesis.openapi.from_asgi("/openapi.json", make_client(seeded_store).app)
    operations = [result.ok() for result in api.get_all_operations()]
    assert {op.label for op in operations} >= {
        "GET /api/documents",
        "GET /api/documents/{doc_id}",
        "GET /api/search",
        "POST /api/documents",
        "GET /healthz",
        "GET /api/actors",
        "GET /api/actors/{actor_id}",
        "GET /api/events",
        "GET /api/events/{doc_id}/{index}",
        "GET /api/timeline",
        "GET /api/quotes",
        "GET /api/export/plover-jsonl",
        "GET /api/export/acled-csv",
        "GET /api/export/quotes-jsonl",
    }
    for operation in operations:

        @given(case=operation.as_strategy())
        @settings(
            max_examples=50,
            deadline=None,
            database=None,
            suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
        )
        def check(case: Any) -> None:
            case.call_and_validate(checks=CHECKS)

        check()


def test_event_and_quote_items_carry_contract_objects(client: Any, seeded_store: Store) -> None:
    """The ``event`` and ``quote`` of list items are the contract's own schemas, exactly."""
    spec = openapi(client)
    schemas = spec["components"]["schemas"]
    event_ref = schemas["EventItemModel"]["properties"]["event"]["$ref"]
    quote_ref = schemas["QuoteItemModel"]["properties"]["quote"]["$ref"]
    assert event_ref.endswith("/EventModel") and quote_ref.endswith("/QuoteModel")
    record = full_document()
    assert_same_keys(record["events"][0], {"$ref": event_ref}, spec, "event")
    assert_same_keys(record["quotes"][0], {"$ref": quote_ref}, spec, "quote")
    for path, key in (("/api/events", "event"), ("/api/quotes", "quote")):
        items = client.get(path).json()["items"]
        assert items, path
        for item in items:
            assert_same_keys(
                item[key], {"$ref": event_ref if key == "event" else quote_ref}, spec, path
            )
