"""Exceptions to HTTP answers: one clear sentence, never a traceback.

Validation problems (a bad date, a bad body) are 422 in FastAPI's usual shape, a list of
``{loc, msg, type}``; everything else is ``{"detail": "..."}`` with a fitting status.
"""

from __future__ import annotations

import logging

from fastapi import FastAPI, Request, status
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse

from dateline.api.pagination import BadPageRequest
from dateline.api.writes import WriteRefused
from dateline.errors import BudgetExceeded, ConflictError, InputError, StoreError

log = logging.getLogger("dateline.api")


def _detail(code: int, message: str, headers: dict[str, str] | None = None) -> JSONResponse:
    return JSONResponse({"detail": message}, status_code=code, headers=headers)


def _validation(loc: list[str], message: str) -> JSONResponse:
    item = {"type": "value_error", "loc": loc, "msg": message}
    return JSONResponse({"detail": [item]}, status_code=status.HTTP_422_UNPROCESSABLE_CONTENT)


async def on_validation(request: Request, exc: Exception) -> JSONResponse:
    """422 with each problem's location and message (inputs echoed back are dropped)."""
    assert isinstance(exc, RequestValidationError)
    errors = [{k: v for k, v in e.items() if k in ("type", "loc", "msg")} for e in exc.errors()]
    return JSONResponse(
        {"detail": jsonable_encoder(errors)}, status_code=status.HTTP_422_UNPROCESSABLE_CONTENT
    )


async def on_bad_page(request: Request, exc: Exception) -> JSONResponse:
    """400: a page that is too large, unbounded, or a cursor that is not ours."""
    return _detail(status.HTTP_400_BAD_REQUEST, str(exc))


async def on_write_refused(request: Request, exc: Exception) -> JSONResponse:
    """401 or 403 for writes this server does not accept."""
    assert isinstance(exc, WriteRefused)
    headers = {"WWW-Authenticate": "Bearer"} if exc.status == 401 else None
    return _detail(exc.status, str(exc), headers)


async def on_input(request: Request, exc: Exception) -> JSONResponse:
    """422: the posted article cannot be read (the reader's own message)."""
    assert isinstance(exc, InputError)
    return _validation(["body"], exc.reason)


async def on_budget(request: Request, exc: Exception) -> JSONResponse:
    """422: the article used up its processing time budget."""
    return _validation(["body"], f"the article could not be annotated: {exc}")


async def on_conflict(request: Request, exc: Exception) -> JSONResponse:
    """409: same id, other content, and no ``force``."""
    return _detail(status.HTTP_409_CONFLICT, str(exc).replace("use --force", "pass force=true"))


async def on_store(request: Request, exc: Exception) -> JSONResponse:
    """503: the database cannot be used right now."""
    log.error("store error on %s: %s", request.url.path, exc)
    return _detail(status.HTTP_503_SERVICE_UNAVAILABLE, f"database unavailable: {exc}")


def install(app: FastAPI) -> None:
    """Register the handlers on ``app``."""
    app.add_exception_handler(RequestValidationError, on_validation)
    app.add_exception_handler(BadPageRequest, on_bad_page)
    app.add_exception_handler(WriteRefused, on_write_refused)
    app.add_exception_handler(InputError, on_input)
    app.add_exception_handler(BudgetExceeded, on_budget)
    app.add_exception_handler(ConflictError, on_conflict)
    app.add_exception_handler(StoreError, on_store)
