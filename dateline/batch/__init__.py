"""Batch runs: read inputs, annotate, then print (extract) or store (ingest), never stopping early.

Every rejected input is reported through ``on_error`` as one line naming the input; the
rest of the batch goes on. Nothing of a rejected document is stored.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from dateline.batch.writer import BackgroundWriter, WriteOutcome
from dateline.contract import document_json, dumps
from dateline.errors import DatelineError, InputError
from dateline.ingest import ReadOptions, read_inputs
from dateline.model import AnnotatedDocument, Document
from dateline.pipeline import Pipeline
from dateline.store import Store, WriteResult

ErrorSink = Callable[[str], None]
ProgressSink = Callable[[int, int], None]


@dataclass(slots=True)
class BatchReport:
    """Counts for a finished batch."""

    read: int = 0
    stored: int = 0
    skipped: int = 0
    replaced: int = 0
    duplicates: list[tuple[str, str, float]] = field(default_factory=list)
    rejected: list[str] = field(default_factory=list)
    words: int = 0
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        """True when no input was rejected."""
        return not self.rejected

    @property
    def words_per_second(self) -> float:
        """Throughput over the annotated documents."""
        return self.words / self.seconds if self.seconds > 0 else 0.0


def describe(doc: Document, exc: DatelineError) -> str:
    """A one-line message naming the input that failed."""
    if isinstance(exc, InputError):
        return str(exc)
    return f"{doc.origin or doc.id}: {exc}"


def collect(
    paths: Iterable[str], options: ReadOptions, report: BatchReport, on_error: ErrorSink
) -> list[Document]:
    """Read every input; bad ones are reported and left out."""
    docs: list[Document] = []
    for item in read_inputs(paths, options):
        if isinstance(item, InputError):
            report.rejected.append(str(item))
            on_error(str(item))
        else:
            docs.append(item)
    report.read = len(docs)
    return docs


def annotated(
    pipeline: Pipeline,
    docs: list[Document],
    report: BatchReport,
    on_error: ErrorSink,
    on_progress: ProgressSink | None = None,
) -> Iterator[AnnotatedDocument]:
    """Annotate documents, reporting (and skipping) the ones that fail."""
    start = time.perf_counter()
    for done, outcome in enumerate(pipeline.annotate_many(docs), start=1):
        if outcome.error is not None:
            message = describe(outcome.document, outcome.error)
            report.rejected.append(message)
            on_error(message)
        elif outcome.result is not None:
            report.words += len(outcome.document.text.split())
            yield outcome.result
        report.seconds = time.perf_counter() - start
        if on_progress:
            on_progress(done, len(docs))


def extract(
    pipeline: Pipeline,
    paths: Iterable[str],
    options: ReadOptions,
    write_line: Callable[[str], None],
    on_error: ErrorSink,
) -> BatchReport:
    """Annotate inputs and write one contract JSON object per line; no database."""
    report = BatchReport()
    docs = collect(paths, options, report, on_error)
    for result in annotated(pipeline, docs, report, on_error):
        write_line(dumps(document_json(result)))
    return report


def ingest(
    pipeline: Pipeline,
    store: Store,
    paths: Iterable[str],
    options: ReadOptions,
    force: bool,
    on_error: ErrorSink,
    on_progress: ProgressSink | None = None,
) -> BatchReport:
    """Annotate inputs and store each document in its own transaction.

    Writes happen behind annotation, on one background thread and in input order.
    """
    report = BatchReport()
    docs = collect(paths, options, report, on_error)
    writer = BackgroundWriter(store, force, depth=2 * pipeline.settings.batch_size)
    try:
        for result in annotated(pipeline, docs, report, on_error, on_progress):
            _settle(report, writer.submit(result), on_error)
    finally:
        _settle(report, writer.close(), on_error)
    return report


def _settle(report: BatchReport, outcomes: list[WriteOutcome], on_error: ErrorSink) -> None:
    for outcome in outcomes:
        if outcome.error is not None:
            message = describe(outcome.document, outcome.error)
            report.rejected.append(message)
            on_error(message)
        elif outcome.result is not None:
            _count(report, outcome.result)


def _count(report: BatchReport, written: WriteResult) -> None:
    if written.status == "skipped":
        report.skipped += 1
    elif written.status == "replaced":
        report.replaced += 1
    else:
        report.stored += 1
    if written.duplicate_of:
        report.duplicates.append((written.id, written.duplicate_of, written.similarity or 0.0))
