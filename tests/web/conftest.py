"""Fixtures: databases seeded by the real pipeline from tests/fixtures/serve."""

from tests.serving import client, empty_store, fixture_documents, seeded_store

__all__ = ["client", "empty_store", "fixture_documents", "seeded_store"]
