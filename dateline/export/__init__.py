"""Export formats, each a function writing a store's contents as lines of text."""

from __future__ import annotations

from collections.abc import Callable

from dateline.contract import dumps
from dateline.errors import DatelineError
from dateline.store import Store

LineSink = Callable[[str], None]
Exporter = Callable[[Store, LineSink], int]


def export_jsonl(store: Store, write_line: LineSink) -> int:
    """Every stored document as its contract object, one per line (as ``extract`` prints)."""
    n = 0
    for record in store.iter_documents():
        write_line(dumps(record))
        n += 1
    return n


def _event_exporters() -> dict[str, Exporter]:
    from dateline.export.acled import export_acled
    from dateline.export.plover import export_plover

    return {"plover-jsonl": export_plover, "acled-csv": export_acled}


def _quotes_jsonl(store: Store, write_line: LineSink) -> int:
    from dateline.export.quotes import export_quotes_jsonl

    return export_quotes_jsonl(store, write_line)


EXPORTERS: dict[str, Exporter] = {
    "jsonl": export_jsonl,
    **_event_exporters(),
    "quotes-jsonl": _quotes_jsonl,
}


def export(store: Store, fmt: str, write_line: LineSink) -> int:
    """Write the store in format ``fmt``; return the number of records written."""
    try:
        exporter = EXPORTERS[fmt]
    except KeyError:
        raise DatelineError(
            f"unknown export format {fmt!r} (known: {', '.join(EXPORTERS)})"
        ) from None
    return exporter(store, write_line)
