"""Full-text search: SQLite FTS5 or PostgreSQL tsvector, always with bound parameters."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

from sqlalchemy import Connection, text

from dateline.errors import StoreError

_WORD = re.compile(r"\w+", re.UNICODE)


def fts5_query(query: str) -> str:
    """Quote each word so user input can never be read as FTS5 syntax (all words must match)."""
    words = _WORD.findall(query)
    return " ".join(f'"{w}"' for w in words)


def has_words(query: str) -> bool:
    """True when ``query`` has at least one word to search for."""
    return _WORD.search(query) is not None


def search_documents(
    conn: Connection, query: str, limit: int, offset: int = 0
) -> Iterator[tuple[str, dt.date, str | None, str]]:
    """Yield (id, date, title, snippet) for documents matching ``query``, best first."""
    if not has_words(query):
        raise StoreError("the search query has no words")
    if conn.dialect.name == "sqlite":
        rows = conn.execute(
            text(
                "SELECT d.id, d.date, d.title, "
                "snippet(documents_fts, 1, '[', ']', ' … ', 12) AS snip "
                "FROM documents_fts JOIN documents d ON d.pk = documents_fts.rowid "
                "WHERE documents_fts MATCH :q ORDER BY bm25(documents_fts), d.id "
                "LIMIT :n OFFSET :o"
            ),
            {"q": fts5_query(query), "n": limit, "o": offset},
        )
    else:
        rows = conn.execute(
            text(
                "SELECT d.id, d.date, d.title, ts_headline('english', d.text, q, "
                "'StartSel=[,StopSel=],MaxWords=24,MinWords=8') AS snip "
                "FROM documents d, websearch_to_tsquery('english', :q) q "
                "WHERE d.search @@ q ORDER BY ts_rank(d.search, q) DESC, d.id LIMIT :n OFFSET :o"
            ),
            {"q": query, "n": limit, "o": offset},
        )
    for row in rows:
        day = row.date if isinstance(row.date, dt.date) else dt.date.fromisoformat(row.date)
        yield row.id, day, row.title, row.snip
