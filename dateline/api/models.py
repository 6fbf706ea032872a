"""Response models of the API besides the contract: pages, summaries, hits, health, errors."""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import BaseModel, Field

from dateline.store import DocumentSummary, SearchHit, WriteResult


class ErrorModel(BaseModel):
    """Every 4xx/5xx answer that is not a validation error: what went wrong, in a sentence."""

    detail: str


class DocumentSummaryModel(BaseModel):
    """One row of the document list."""

    id: str
    date: dt.date
    title: str | None
    lead: str = Field(description="the start of the text, whitespace collapsed")
    duplicate_of: str | None = Field(description="id of an earlier copy of this article")
    counts: dict[str, int] = Field(description="items per layer")
    url: str = Field(description="API path of the full document")

    @classmethod
    def of(cls, row: DocumentSummary, url: str) -> DocumentSummaryModel:
        """Build from the store's summary."""
        return cls(
            id=row.id,
            date=row.date,
            title=row.title,
            lead=row.lead,
            duplicate_of=row.duplicate_of,
            counts=dict(row.counts),
            url=url,
        )


class SearchHitModel(BaseModel):
    """One full-text search result; matched words are between [ and ] in the snippet."""

    id: str
    date: dt.date
    title: str | None
    snippet: str
    url: str = Field(description="API path of the full document")

    @classmethod
    def of(cls, hit: SearchHit, url: str) -> SearchHitModel:
        """Build from the store's hit."""
        return cls(id=hit.id, date=hit.date, title=hit.title, snippet=hit.snippet, url=url)


class DocumentPage(BaseModel):
    """A page of documents; pass ``next_cursor`` as ``cursor`` for the next one."""

    items: list[DocumentSummaryModel]
    limit: int
    next_cursor: str | None = Field(description="null on the last page")


class SearchPage(BaseModel):
    """A page of search results; pass ``next_cursor`` as ``cursor`` for the next one."""

    items: list[SearchHitModel]
    limit: int
    next_cursor: str | None = Field(description="null on the last page")


class HealthModel(BaseModel):
    """Liveness and what this server allows."""

    status: Literal["ok"]
    version: str
    schema_version: str | None
    read_only: bool
    writes_enabled: bool


class WriteResultModel(BaseModel):
    """What happened to a posted document."""

    id: str
    status: Literal["stored", "skipped", "replaced"]
    duplicate_of: str | None
    similarity: float | None
    url: str = Field(description="API path of the stored document")

    @classmethod
    def of(cls, result: WriteResult, url: str) -> WriteResultModel:
        """Build from the store's write result."""
        return cls(
            id=result.id,
            status=result.status,
            duplicate_of=result.duplicate_of,
            similarity=result.similarity,
            url=url,
        )


class ArticleIn(BaseModel):
    """A posted article: the fields of one JSONL input line."""

    id: str | None = Field(None, description="document id; generated from the content if absent")
    date: str = Field(description="publication date, YYYY-MM-DD", examples=["2026-02-23"])
    title: str | None = None
    source: str | None = None
    url: str | None = None
    text: str = Field(description="the article body, kept verbatim")
