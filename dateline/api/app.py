"""The application factory: one FastAPI app serving the JSON API, the pages and the docs."""

from __future__ import annotations

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from dateline import __version__
from dateline.api import docs, errors
from dateline.api.deps import ServerState
from dateline.api.event_routes import events_router
from dateline.api.middleware import BodyLimit, RejectNul, SecurityHeaders
from dateline.api.pagination import BadPageRequest
from dateline.api.routes import api_router, health_router
from dateline.api.writes import DocumentWriter
from dateline.config import Settings
from dateline.pipeline import Pipeline
from dateline.store import Store
from dateline.web import STATIC_DIR
from dateline.web.pages import error_page, pages_router

DESCRIPTION = """\
Dated news articles in, a sourced record of who did and said what, to whom, where and when.

* Documents are served in the JSON contract (docs/format.md), all layers included.
* Listings are paged with stable cursors: pass `next_cursor` back as `cursor`.
  Pages have a maximum size; a request for more is refused with a 400 saying why.
* Bad filters (a date that is not `YYYY-MM-DD`, or no such day) are a 422 naming the
  parameter.
* `POST /api/documents` is off unless the server has a token (`DATELINE_TOKEN`); it then
  needs `Authorization: Bearer TOKEN`.
"""


def _is_page(request: Request) -> bool:
    path = request.url.path
    return not (path.startswith(("/api/", "/docs-assets/")) or path in ("/api", "/healthz"))


def _page_errors(app: FastAPI) -> None:
    """Pages get HTML error pages; the API keeps its JSON answers."""

    async def on_http(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, StarletteHTTPException)
        if _is_page(request):
            return error_page(request, exc.status_code, str(exc.detail))
        return JSONResponse({"detail": exc.detail}, exc.status_code, headers=exc.headers)

    async def on_validation(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, RequestValidationError)
        if _is_page(request):
            message = "; ".join(str(e.get("msg")) for e in exc.errors())
            return error_page(request, 422, message)
        return await errors.on_validation(request, exc)

    async def on_bad_page(request: Request, exc: Exception) -> Response:
        if _is_page(request):
            return error_page(request, 400, str(exc))
        return await errors.on_bad_page(request, exc)

    app.add_exception_handler(StarletteHTTPException, on_http)
    app.add_exception_handler(RequestValidationError, on_validation)
    app.add_exception_handler(BadPageRequest, on_bad_page)


def create_app(store: Store, settings: Settings, pipeline: Pipeline | None = None) -> FastAPI:
    """Build the app around an open store; ``pipeline`` is built on the first write if None."""
    app = FastAPI(
        title="dateline",
        version=__version__,
        description=DESCRIPTION,
        docs_url=None,
        redoc_url=None,
        openapi_url="/openapi.json",
    )
    app.state.dateline = ServerState(store, settings, DocumentWriter(store, settings, pipeline))
    errors.install(app)
    _page_errors(app)
    app.include_router(health_router())
    app.include_router(api_router(settings))
    app.include_router(events_router(settings))
    app.include_router(pages_router(settings))
    app.mount("/static", StaticFiles(directory=STATIC_DIR), name="static")
    docs.install(app)
    app.add_middleware(BodyLimit, max_bytes=settings.max_body_bytes)
    app.add_middleware(RejectNul)
    app.add_middleware(SecurityHeaders)
    return app
