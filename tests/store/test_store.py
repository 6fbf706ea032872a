"""The store on real databases (SQLite file; PostgreSQL too when configured)."""

from __future__ import annotations

import datetime as dt

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from dateline.contract import document_json, dumps
from dateline.errors import ConflictError, StoreError
from dateline.model import AnnotatedDocument, Document
from dateline.pipeline import Pipeline
from dateline.store import Store, database, writer
from dateline.store.schema import metadata

TEXT = (
    "Ukrainian drones struck an oil depot in the Russian city of Novorossiysk on Monday, "
    "regional officials said. Kyiv did not comment on the attack."
)


def annotate(
    pipeline: Pipeline, doc_id: str = "a1", text: str = TEXT, day: dt.date = dt.date(2025, 6, 2)
) -> AnnotatedDocument:
    return pipeline.annotate(Document(doc_id, text, day, title="Depot hit", source="desk"))


@pytest.fixture
def store(db_location: str) -> Store:
    s = Store.open(db_location)
    yield s
    s.close()


def test_schema_matches_metadata_after_migration(store: Store) -> None:
    assert store.schema_version() == database.head_revision()

    def ours(
        obj: object, name: str | None, type_: str, reflected: bool, compare_to: object
    ) -> bool:
        # Full-text search lives outside the metadata: FTS5 shadow tables, a tsvector column.
        return not (name or "").startswith("documents_fts") and name not in {
            "search",
            "ix_documents_search",
        }

    with store.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"include_object": ours})
        diffs = compare_metadata(context, metadata)
    assert diffs == []


def test_write_roundtrip_is_the_contract_object(store: Store, pipeline: Pipeline) -> None:
    result = annotate(pipeline)
    assert store.write(result).status == "stored"
    assert store.get_document("a1") == document_json(result)
    assert list(store.iter_documents()) == [document_json(result)]
    assert store.get_document("missing") is None


def test_same_document_again_is_skipped(store: Store, pipeline: Pipeline) -> None:
    store.write(annotate(pipeline))
    assert store.write(annotate(pipeline)).status == "skipped"
    assert store.stats().documents == 1


def test_same_id_other_content_conflicts_unless_forced(store: Store, pipeline: Pipeline) -> None:
    store.write(annotate(pipeline))
    changed = annotate(pipeline, text=TEXT.replace("Monday", "Tuesday"))
    with pytest.raises(ConflictError, match="--force"):
        store.write(changed)
    assert "Monday" in store.get_document("a1")["text"]
    assert store.write(changed, force=True).status == "replaced"
    stored = store.get_document("a1")
    assert stored == document_json(changed)
    assert store.stats().documents == 1


def test_same_content_under_another_id_is_flagged(store: Store, pipeline: Pipeline) -> None:
    store.write(annotate(pipeline, "first"))
    result = store.write(annotate(pipeline, "second"))
    assert (result.status, result.duplicate_of, result.similarity) == ("stored", "first", 1.0)
    flags = {d.id: d.duplicate_of for d in store.list_documents()}
    assert flags == {"first": None, "second": "first"}


def test_failed_write_leaves_nothing_behind(
    store: Store, pipeline: Pipeline, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(item: object, day: object) -> dict:
        raise RuntimeError("disk on fire")

    # Fail after the document row is inserted, inside the same transaction.
    monkeypatch.setitem(writer.ROW_BUILDERS, "entities", broken)
    result = annotate(pipeline)
    assert result.annotations.entities
    with pytest.raises(RuntimeError):
        store.write(result)
    assert store.get_document("a1") is None
    assert store.stats().layers == (("entities", 0), ("timexes", 0), ("quotes", 0), ("events", 0))
    assert store.search("Novorossiysk") == []


def test_search_finds_words_and_ignores_query_syntax(store: Store, pipeline: Pipeline) -> None:
    store.write(annotate(pipeline))
    store.write(annotate(pipeline, "b2", "Talks in Geneva ended without agreement on Friday."))
    hits = store.search("oil depot")
    assert [h.id for h in hits] == ["a1"]
    assert "depot" in hits[0].snippet
    assert [h.id for h in store.search('Geneva"')] == ["b2"]
    assert store.search('NEAR( " * - zzzunknownword') == []
    with pytest.raises(StoreError):
        store.search("  ")


def test_list_and_stats(store: Store, pipeline: Pipeline) -> None:
    store.write(annotate(pipeline, "old", day=dt.date(2025, 1, 1)))
    store.write(annotate(pipeline, "new", text=TEXT + " More.", day=dt.date(2025, 2, 1)))
    rows = store.list_documents()
    assert [r.id for r in rows] == ["new", "old"]
    counts = dict(rows[0].counts)
    assert counts["entities"] == len(store.get_document("new")["entities"]) > 0
    stats = store.stats()
    assert (stats.documents, stats.first_date, stats.last_date) == (
        2,
        dt.date(2025, 1, 1),
        dt.date(2025, 2, 1),
    )


def test_read_only_store_refuses_writes(db_location: str, pipeline: Pipeline) -> None:
    Store.open(db_location).close()
    ro = Store.open(db_location, read_only=True)
    try:
        with pytest.raises(StoreError, match="read-only"):
            ro.write(annotate(pipeline))
    finally:
        ro.close()


def test_read_only_missing_sqlite_file_is_a_clear_error(tmp_path) -> None:
    with pytest.raises(StoreError, match="does not exist"):
        Store.open(str(tmp_path / "none.db"), read_only=True)


def test_migrations_downgrade_and_upgrade_again(db_location: str) -> None:
    engine = database.create_store_engine(db_location)
    database.migrate(engine)
    database.downgrade(engine, "base")
    assert database.current_revision(engine) is None
    database.migrate(engine)
    assert database.current_revision(engine) == database.head_revision()
    engine.dispose()


def test_bad_database_urls() -> None:
    with pytest.raises(StoreError, match="unsupported"):
        Store.open("mysql://root@localhost/x")
    with pytest.raises(StoreError):
        Store.open("postgresql://nobody@127.0.0.1:1/none")


def test_near_duplicate_within_a_week_is_flagged(store: Store, pipeline: Pipeline) -> None:
    long_text = " ".join([TEXT] * 3)
    store.write(annotate(pipeline, "wire", long_text, dt.date(2025, 6, 2)))
    copy = annotate(
        pipeline, "copy", long_text + " Updated with more details.", dt.date(2025, 6, 3)
    )
    result = store.write(copy)
    assert result.duplicate_of == "wire" and 0.7 <= result.similarity < 1.0
    late = annotate(pipeline, "late", long_text + " Updated.", dt.date(2025, 9, 1))
    assert store.write(late).duplicate_of is None
    other = annotate(
        pipeline, "other", "Talks in Geneva ended without agreement.", dt.date(2025, 6, 2)
    )
    assert store.write(other).duplicate_of is None


def test_contract_lines_are_compact_and_keep_non_ascii_text() -> None:
    # The encoder is shared between calls; each line must still stand alone.
    assert dumps({"text": "Zürich — café", "n": [1, None, 2.5]}) == (
        '{"text":"Zürich — café","n":[1,null,2.5]}'
    )
    assert dumps({"a": {"b": True}}) == '{"a":{"b":true}}'
