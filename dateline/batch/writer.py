"""Write-behind: store annotated documents on one background thread, in order.

The spaCy pass spends much of its time in BLAS matrix products that release the GIL, so a
writer thread can commit document N while document N+1 is being parsed. Every document is
still written in its own transaction (all or nothing), in submission order, by exactly one
thread; outcomes travel back to the caller's thread, which does all the reporting.
"""

from __future__ import annotations

import queue
import threading
from dataclasses import dataclass
from typing import Protocol

from dateline.errors import DatelineError
from dateline.model import AnnotatedDocument, Document
from dateline.store import WriteResult


@dataclass(frozen=True, slots=True)
class WriteOutcome:
    """What happened to one submitted document: a write result, or the error that refused it."""

    document: Document
    result: WriteResult | None = None
    error: DatelineError | None = None


class DocumentSink(Protocol):
    """Anything that stores one annotated document per call (the ``Store``)."""

    def write(self, annotated: AnnotatedDocument, force: bool = False) -> WriteResult:
        """Store one document in its own transaction."""
        ...


class BackgroundWriter:
    """Stores submitted documents on a background thread; call ``close`` to finish."""

    def __init__(self, store: DocumentSink, force: bool, depth: int = 32) -> None:
        self._store = store
        self._force = force
        # Bounded, so a slow database holds annotation back instead of buffering a corpus.
        self._todo: queue.Queue[AnnotatedDocument | None] = queue.Queue(maxsize=max(depth, 1))
        self._done: queue.SimpleQueue[WriteOutcome | BaseException] = queue.SimpleQueue()
        self._thread = threading.Thread(target=self._run, name="dateline-writer", daemon=True)
        self._closed = False
        self._thread.start()

    def submit(self, annotated: AnnotatedDocument) -> list[WriteOutcome]:
        """Queue one document; return the outcomes finished so far."""
        if self._closed:
            raise RuntimeError("writer is closed")
        self._todo.put(annotated)
        return self.drain()

    def drain(self) -> list[WriteOutcome]:
        """Outcomes finished so far, in submission order (re-raises a writer crash)."""
        outcomes: list[WriteOutcome] = []
        while True:
            try:
                item = self._done.get_nowait()
            except queue.Empty:
                return outcomes
            if isinstance(item, BaseException):
                raise item
            outcomes.append(item)

    def close(self) -> list[WriteOutcome]:
        """Wait for every queued write and return the remaining outcomes."""
        if not self._closed:
            self._closed = True
            self._todo.put(None)
            self._thread.join()
        return self.drain()

    def _run(self) -> None:
        while (annotated := self._todo.get()) is not None:
            try:
                written = self._store.write(annotated, force=self._force)
                self._done.put(WriteOutcome(annotated.document, result=written))
            except DatelineError as exc:
                self._done.put(WriteOutcome(annotated.document, error=exc))
            except BaseException as exc:  # a bug: surface it in the caller's thread
                self._done.put(exc)
