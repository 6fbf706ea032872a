"""The background writer stores in order, reports refusals and surfaces crashes."""

from __future__ import annotations

import datetime as dt

import pytest

from dateline.batch.writer import BackgroundWriter
from dateline.model import AnnotatedDocument, Annotations, Document
from dateline.store import Store, WriteResult

DAY = dt.date(2026, 2, 23)


def _doc(doc_id: str, text: str) -> AnnotatedDocument:
    return AnnotatedDocument(Document(doc_id, text, DAY), Annotations())


def test_writes_in_order_and_reports_refusals_without_stopping(db_location: str) -> None:
    with Store.open(db_location) as store:
        writer = BackgroundWriter(store, force=False, depth=2)
        outcomes = []
        for item in (
            _doc("a", "Troops crossed the river at dawn."),
            _doc("b", "Talks resumed in Geneva on Monday."),
            _doc("a", "A different article reusing the first id."),
            _doc("c", "Aid convoys reached the city."),
        ):
            outcomes += writer.submit(item)
        outcomes += writer.close()
        assert [o.document.id for o in outcomes] == ["a", "b", "a", "c"]
        statuses = [o.result.status if o.result else type(o.error).__name__ for o in outcomes]
        assert statuses == ["stored", "stored", "ConflictError", "stored"]
        assert store.get_document("a")["text"] == "Troops crossed the river at dawn."
        assert store.get_document("c") is not None


def test_close_is_idempotent_and_submit_after_close_is_refused(db_location: str) -> None:
    with Store.open(db_location) as store:
        writer = BackgroundWriter(store, force=False)
        outcomes = writer.submit(_doc("a", "One article.")) + writer.close()
        assert [o.result.status for o in outcomes if o.result] == ["stored"]
        assert writer.close() == []
        with pytest.raises(RuntimeError):
            writer.submit(_doc("b", "Another article."))


class _Buggy:
    """A sink whose write has a bug (not a database stand-in: it stores nothing)."""

    def write(self, annotated: AnnotatedDocument, force: bool = False) -> WriteResult:
        raise ZeroDivisionError("bug in the sink")


def test_a_crash_in_the_writer_surfaces_in_the_callers_thread() -> None:
    writer = BackgroundWriter(_Buggy(), force=False)
    writer.submit(_doc("a", "One article."))
    with pytest.raises(ZeroDivisionError):
        writer.close()
