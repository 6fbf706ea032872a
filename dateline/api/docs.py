"""Interactive API docs that work offline: Swagger UI at /docs.

The Swagger UI bundle comes from the ``fastapi-offline`` package on PyPI and is served
from where it is installed (nothing is fetched from a CDN, nothing is copied into this
repository). Our page starts it without an inline script, so the content security policy
can forbid inline code, and without the online validator badge. ReDoc is not offered: its
bundle always fetches a logo from its vendor's CDN.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from fastapi import APIRouter, FastAPI, Request
from fastapi.responses import HTMLResponse
from fastapi.staticfiles import StaticFiles

from dateline.web.templating import templates

ASSETS_URL = "/docs-assets"


def assets_dir() -> Path:
    """Folder of the installed Swagger UI bundle."""
    return Path(str(resources.files("fastapi_offline") / "static"))


def docs_router() -> APIRouter:
    """The docs page."""
    router = APIRouter(include_in_schema=False)

    @router.get("/docs", response_class=HTMLResponse)
    def swagger_ui(request: Request) -> HTMLResponse:
        """Swagger UI: try the API from the browser."""
        return templates().TemplateResponse(
            request, "docs_swagger.html", {"assets": ASSETS_URL, "title": "API docs"}
        )

    return router


def install(app: FastAPI) -> None:
    """Mount the bundle and add the docs page."""
    app.mount(ASSETS_URL, StaticFiles(directory=assets_dir()), name="docs-assets")
    app.include_router(docs_router())
