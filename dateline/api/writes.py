"""Writes through the API: a posted article runs the real pipeline and lands in the store.

The posted body is read by the same reader as a JSONL input line, so the rules (strict
dates, non-empty text, string fields) and their messages are the CLI's. Writes are off
unless a token is configured, and the bearer token is compared in constant time.
"""

from __future__ import annotations

import hmac
import threading
from dataclasses import replace

from dateline.config import Settings
from dateline.errors import DatelineError, InputError
from dateline.ingest import decode
from dateline.ingest.jsonl import parse_line
from dateline.model import Document
from dateline.pipeline import Pipeline
from dateline.store import Store, WriteResult

ORIGIN = "request body"
_PENDING = "\0pending"  # placeholder id base: replaced by a content id when none was given


class WriteRefused(DatelineError):
    """A write that this server does not accept (no token configured, read-only, bad token)."""

    def __init__(self, status: int, message: str) -> None:
        self.status = status
        super().__init__(message)


def check_token(settings: Settings, read_only: bool, authorization: str | None) -> None:
    """Allow the request or raise ``WriteRefused`` saying why (401 or 403)."""
    if read_only:
        raise WriteRefused(403, "this server is read-only (dateline serve --read-only)")
    if not settings.token:
        raise WriteRefused(403, "writes are disabled: set DATELINE_TOKEN to enable them")
    scheme, _, given = (authorization or "").partition(" ")
    expected = settings.token.encode()
    if scheme.lower() != "bearer" or not hmac.compare_digest(given.strip().encode(), expected):
        raise WriteRefused(401, "a valid bearer token is required (Authorization: Bearer TOKEN)")


def parse_article(body: bytes, max_bytes: int) -> Document:
    """Read a posted JSON article as a document (``InputError`` with a clear message if not)."""
    text = decode(body, ORIGIN, max_bytes)
    doc = parse_line(text, _PENDING, ORIGIN, 1)
    if doc.id == f"{_PENDING}:1":
        doc = replace(doc, id=f"doc-{doc.content_hash[:16]}")
    return doc


class DocumentWriter:
    """Annotates posted articles with one shared pipeline and stores them."""

    def __init__(self, store: Store, settings: Settings, pipeline: Pipeline | None = None) -> None:
        self.store = store
        self.settings = settings
        self._pipeline = pipeline
        # spaCy pipelines are not safe to share between threads: one write at a time.
        self._lock = threading.Lock()

    def _get_pipeline(self) -> Pipeline:
        if self._pipeline is None:
            self._pipeline = Pipeline.build(self.settings)
        return self._pipeline

    def write(self, body: bytes, force: bool = False) -> WriteResult:
        """Parse, annotate and store one article (all or nothing)."""
        doc = parse_article(body, self.settings.max_body_bytes)
        with self._lock:
            annotated = self._get_pipeline().annotate(doc)
        return self.store.write(annotated, force=force)


__all__ = ["DocumentWriter", "InputError", "WriteRefused", "check_token", "parse_article"]
