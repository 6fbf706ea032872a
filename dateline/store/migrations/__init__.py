"""Alembic migrations for the dateline store (run programmatically by ``dateline.store``)."""
