"""JSON routes under /api plus /healthz. Handlers only call library functions."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Header, HTTPException, Query, Request, Response, status
from fastapi.responses import JSONResponse

from dateline import __version__
from dateline.api import listing
from dateline.api.actor_models import ActorPage, ActorProfileModel
from dateline.api.contract_models import DocumentModel
from dateline.api.deps import ServerState, get_store, page_params, server_state
from dateline.api.models import (
    ArticleIn,
    DocumentPage,
    ErrorModel,
    HealthModel,
    SearchPage,
    WriteResultModel,
)
from dateline.api.pagination import PageRequest
from dateline.api.params import DateRange, date_range, invalid
from dateline.api.paths import document_api_path
from dateline.api.writes import check_token
from dateline.config import Settings
from dateline.store import Store
from dateline.store.search import has_words

Responses = dict[int | str, dict[str, Any]]


def _errors(*codes: int) -> Responses:
    return {code: {"model": ErrorModel} for code in codes}


def api_router(settings: Settings) -> APIRouter:
    """The /api routes; page sizes are documented with this server's maximum."""
    router = APIRouter(prefix="/api")
    max_size = settings.max_page_size
    # Order matters: a request that matches a path but no method is answered by the
    # first such route (405 with its Allow header), so the routes keep this order.
    router.include_router(_documents_router(max_size))
    router.include_router(_search_router(max_size))
    router.include_router(_actors_router(max_size))
    router.include_router(_writes_router())
    return router


def _documents_router(max_size: int) -> APIRouter:
    """Reading stored documents: the list and one document."""
    router = APIRouter()
    documents_page = Depends(page_params("documents", max_size))

    @router.get(
        "/documents", response_model=DocumentPage, tags=["documents"], responses=_errors(400)
    )
    def list_documents(
        store: Annotated[Store, Depends(get_store)],
        dates: Annotated[DateRange, Depends(date_range)],
        page: PageRequest = documents_page,
    ) -> DocumentPage:
        """Stored documents, newest first, with per-layer counts; filter by publication date."""
        return listing.documents_page(store, page, dates)

    @router.get(
        "/documents/{doc_id:path}",
        response_model=DocumentModel,
        tags=["documents"],
        responses=_errors(404),
    )
    def get_document(doc_id: str, store: Annotated[Store, Depends(get_store)]) -> JSONResponse:
        """One document in the JSON contract (docs/format.md), all layers, as stored."""
        record = store.get_document(doc_id)
        if record is None:
            raise HTTPException(status.HTTP_404_NOT_FOUND, f"no document with id {doc_id!r}")
        return JSONResponse(record)

    return router


def _search_router(max_size: int) -> APIRouter:
    """Full-text search."""
    router = APIRouter()
    search_page = Depends(page_params("search", max_size))

    @router.get("/search", response_model=SearchPage, tags=["search"], responses=_errors(400))
    def search(
        store: Annotated[Store, Depends(get_store)],
        q: Annotated[str, Query(min_length=1, description="words to find (all must match)")],
        page: PageRequest = search_page,
    ) -> SearchPage:
        """Full-text search over titles and texts, best match first."""
        if not has_words(q):
            raise invalid("q", q, "q: the search query has no words")
        return listing.search_page(store, q, page)

    return router


def _actors_router(max_size: int) -> APIRouter:
    """Actors: the list by mentions and one actor's profile."""
    router = APIRouter()
    actors_page = Depends(page_params("actors", max_size))

    @router.get("/actors", response_model=ActorPage, tags=["actors"], responses=_errors(400))
    def list_actors(
        store: Annotated[Store, Depends(get_store)],
        page: PageRequest = actors_page,
    ) -> ActorPage:
        """Actors the stored texts mention, most mentioned first, with mention counts."""
        return listing.actors_page(store, page)

    @router.get(
        "/actors/{actor_id:path}",
        response_model=ActorProfileModel,
        tags=["actors"],
        responses=_errors(404),
    )
    def get_actor(actor_id: str, store: Annotated[Store, Depends(get_store)]) -> ActorProfileModel:
        """One actor by id (or else by name): roles over time with evidence, mentions by
        date, and the quotes attributed to it."""
        profile = listing.actor_profile(store, actor_id)
        if profile is None:
            raise HTTPException(status.HTTP_404_NOT_FOUND, f"no actor matching {actor_id!r}")
        return profile

    return router


def _writes_router() -> APIRouter:
    """Writing: one article annotated and stored (needs the bearer token)."""
    router = APIRouter()

    @router.post(
        "/documents",
        response_model=WriteResultModel,
        status_code=status.HTTP_201_CREATED,
        tags=["documents"],
        responses={200: {"model": WriteResultModel}, **_errors(401, 403, 409, 413, 422)},
        openapi_extra={
            "requestBody": {
                "required": True,
                "content": {"application/json": {"schema": ArticleIn.model_json_schema()}},
            }
        },
    )
    async def post_document(
        request: Request,
        response: Response,
        state: Annotated[ServerState, Depends(server_state)],
        authorization: Annotated[str | None, Header(description="Bearer TOKEN")] = None,
        force: Annotated[bool, Query(description="replace a stored document with this id")] = False,
    ) -> WriteResultModel:
        """Annotate one article with the full pipeline and store it (needs the bearer token).

        Off unless the server has a token (DATELINE_TOKEN) and is not read-only. Answers
        201 when stored or replaced, 200 when the same document was already stored.
        """
        check_token(state.settings, state.read_only, authorization)
        body = await request.body()
        result = await run_sync(state.writer.write, body, force)
        if result.status == "skipped":
            response.status_code = status.HTTP_200_OK
        return WriteResultModel.of(result, document_api_path(result.id))

    return router


async def run_sync(func: Any, *args: Any) -> Any:
    """Run blocking work (the pipeline, the database) off the event loop."""
    from starlette.concurrency import run_in_threadpool

    return await run_in_threadpool(func, *args)


def health_router() -> APIRouter:
    """/healthz: the server answers and its database is reachable."""
    router = APIRouter()

    @router.get("/healthz", response_model=HealthModel, tags=["health"], responses=_errors(503))
    def healthz(state: Annotated[ServerState, Depends(server_state)]) -> HealthModel:
        """Liveness, schema version, and whether writes are served."""
        return HealthModel(
            status="ok",
            version=__version__,
            schema_version=state.store.schema_version(),
            read_only=state.read_only,
            writes_enabled=state.writes_enabled,
        )

    return router
