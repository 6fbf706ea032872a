"""The HTTP API: a FastAPI app over the store (JSON under /api, pages, offline docs)."""
