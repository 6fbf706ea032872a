"""Running the app with uvicorn (what ``dateline serve`` calls)."""

from __future__ import annotations

import uvicorn

from dateline.api.app import create_app
from dateline.config import Settings
from dateline.store import Store

LOOPBACK = "127.0.0.1"


def serve(
    settings: Settings, host: str = LOOPBACK, port: int = 8080, read_only: bool = False
) -> None:
    """Open the store (read-only if asked), then serve until interrupted."""
    store = Store.open(settings.db, read_only=read_only)
    try:
        app = create_app(store, settings)
        uvicorn.run(app, host=host, port=port, server_header=False, log_level="info")
    finally:
        store.close()
