"""FastAPI dependencies: the server state (store, settings, writer) and page parameters."""

# No "from __future__ import annotations" here: FastAPI evaluates these annotations at run
# time, and some of them name variables of an enclosing function.
from collections.abc import Callable
from dataclasses import dataclass
from typing import Annotated

from fastapi import Query, Request

from dateline.api.pagination import DEFAULT_PAGE_SIZE, PageRequest, page_request
from dateline.api.writes import DocumentWriter
from dateline.config import Settings
from dateline.store import Store


@dataclass(frozen=True, slots=True)
class ServerState:
    """What every request can reach: the open store, the settings and the writer."""

    store: Store
    settings: Settings
    writer: DocumentWriter

    @property
    def read_only(self) -> bool:
        """True when the store was opened read-only."""
        return self.store.read_only

    @property
    def writes_enabled(self) -> bool:
        """True when POST /api/documents is served."""
        return bool(self.settings.token) and not self.read_only


def server_state(request: Request) -> ServerState:
    """The state created by ``create_app`` (a dependency)."""
    state: ServerState = request.app.state.dateline
    return state


def get_store(request: Request) -> Store:
    """The open store (a dependency)."""
    return server_state(request).store


def page_params(kind: str, max_page_size: int) -> Callable[..., PageRequest]:
    """A dependency reading ``limit`` and ``cursor`` for a listing of ``kind``."""
    default = min(DEFAULT_PAGE_SIZE, max_page_size)

    def dependency(
        limit: Annotated[
            int,
            Query(
                description=f"items per page, 1 to {max_page_size}",
                json_schema_extra={"minimum": 1, "maximum": max_page_size},
            ),
        ] = default,
        cursor: Annotated[
            str | None,
            Query(description="next_cursor of the previous page; omit for the first page"),
        ] = None,
    ) -> PageRequest:
        return page_request(kind, limit, cursor, max_page_size)

    return dependency
