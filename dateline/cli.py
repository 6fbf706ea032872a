"""The ``dateline`` command: a thin click layer over the library (no logic lives here)."""

from __future__ import annotations

import functools
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, TypeVar

import click
from rich.console import Console
from rich.markup import escape
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TextColumn,
    TimeRemainingColumn,
)

from dateline import __version__
from dateline.config import Settings
from dateline.errors import DatelineError

F = TypeVar("F", bound=Callable[..., Any])
EXIT_REJECTED = 1

out = Console(highlight=False, soft_wrap=True)
err = Console(stderr=True, highlight=False, soft_wrap=True)


def report_error(message: str) -> None:
    """Print one error line on stderr (never a traceback)."""
    err.print(f"[red]error:[/red] {escape(message)}")


def handles_errors(func: F) -> F:
    """Turn dateline errors into one line on stderr and exit status 2."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except DatelineError as exc:
            report_error(str(exc))
            sys.exit(2)

    return wrapper  # type: ignore[return-value]


def db_option(func: F) -> F:
    """The ``--db`` option shared by every command that reads or writes the store."""
    return click.option(
        "--db",
        "db",
        default=None,
        metavar="DB",
        help="SQLite file or postgresql:// URL (default: $DATELINE_DB or ./dateline.db).",
    )(func)


def _settings(**overrides: Any) -> Settings:
    return Settings.load(overrides)


@contextmanager
def open_store(db: str | None, read_only: bool = False) -> Iterator[Any]:
    """Open the configured store for the duration of a command."""
    from dateline.store import Store

    store = Store.open(_settings(db=db).db, read_only=read_only)
    try:
        yield store
    finally:
        store.close()


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="dateline")
def main() -> None:
    """dateline: dated news in, a sourced record of who did and said what, to whom, where, when.

    \b
    Examples:
      dateline extract article.txt            # JSON per document on stdout, no database
      dateline ingest news/ --db news.db      # annotate and store a folder
      dateline docs --db news.db              # what is stored
      dateline show 000_c3de11c9f0166d7f      # one document with its layers
    """


_input_args = [
    click.argument("paths", nargs=-1, required=True, metavar="PATH..."),
    click.option(
        "--date",
        "html_date",
        default=None,
        metavar="YYYY-MM-DD",
        help="Publication date for HTML pages whose metadata has none.",
    ),
    click.option(
        "--model", default=None, help="spaCy model package (default: the pinned small model)."
    ),
    click.option(
        "--kb",
        "kb",
        multiple=True,
        metavar="FILE",
        help="Extra knowledge YAML adding or overriding actors and places (repeatable).",
    ),
]


def input_args(func: F) -> F:
    """Options shared by ``extract`` and ``ingest``."""
    for decorator in reversed(_input_args):
        func = decorator(func)
    return func


def _read_options(settings: Settings, html_date: str | None) -> Any:
    from dateline.ingest import ReadOptions
    from dateline.ingest.dated_text import parse_date

    day = parse_date(html_date, "--date") if html_date else None
    return ReadOptions(
        max_bytes=settings.max_bytes, html_date=day, html_min_words=settings.html_min_words
    )


@main.command()
@input_args
@handles_errors
def extract(
    paths: tuple[str, ...], html_date: str | None, model: str | None, kb: tuple[str, ...]
) -> None:
    """Annotate articles and print one JSON object per document (no database).

    \b
    PATH is a dated-text file, a .jsonl file, an .html page, a folder of these, or - (stdin).
    Examples:
      dateline extract article.txt
      cat article.txt | dateline extract -
      dateline extract page.html --date 2026-02-23 | jq '.timexes'
    """
    from dateline import batch
    from dateline.pipeline import Pipeline

    settings = _settings(model=model, kb_extra=kb or None)
    options = _read_options(settings, html_date)
    pipeline = Pipeline.build(settings)
    report = batch.extract(pipeline, paths, options, lambda line: click.echo(line), report_error)
    sys.exit(0 if report.ok else EXIT_REJECTED)


@main.command()
@input_args
@db_option
@click.option("--force", is_flag=True, help="Re-annotate documents already stored, replacing them.")
@click.option("--quiet", "-q", is_flag=True, help="No progress bar and no summary.")
@handles_errors
def ingest(
    paths: tuple[str, ...],
    html_date: str | None,
    model: str | None,
    kb: tuple[str, ...],
    db: str | None,
    force: bool,
    quiet: bool,
) -> None:
    """Annotate articles and store them (one transaction per document).

    \b
    The same document again (same id and content) is skipped; the same id with
    other content is an error unless --force is given.
    Examples:
      dateline ingest examples/news --db news.db
      dateline ingest feed.jsonl --db postgresql://user@host/dateline
      dateline ingest article.txt --force
    """
    from dateline import batch
    from dateline.pipeline import Pipeline

    settings = _settings(model=model, db=db, kb_extra=kb or None)
    options = _read_options(settings, html_date)
    with open_store(db) as store:
        pipeline = Pipeline.build(settings)
        with _progress(quiet) as on_progress:
            report = batch.ingest(pipeline, store, paths, options, force, report_error, on_progress)
    if not quiet:
        _print_report(report)
    sys.exit(0 if report.ok else EXIT_REJECTED)


@contextmanager
def _progress(quiet: bool) -> Iterator[Callable[[int, int], None] | None]:
    if quiet or not err.is_terminal:
        yield None
        return
    columns = (
        TextColumn("annotating"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("{task.fields[rate]} docs/s"),
        TimeRemainingColumn(),
    )
    with Progress(*columns, console=err, transient=True) as progress:
        task = progress.add_task("ingest", total=None, rate="-")

        def update(done: int, total: int) -> None:
            elapsed = progress.tasks[0].elapsed or 0.0
            rate = f"{done / elapsed:.1f}" if elapsed > 0 else "-"
            progress.update(task, completed=done, total=total, rate=rate)

        yield update


def _print_report(report: Any) -> None:
    err.print(
        f"{report.stored} stored, {report.replaced} replaced, {report.skipped} skipped "
        f"(already stored), {len(report.rejected)} rejected · {report.words:,} words in "
        f"{report.seconds:.1f} s ({report.words_per_second:,.0f} words/s)"
    )
    for doc_id, twin, similarity in report.duplicates:
        how = "has the same content as" if similarity >= 1.0 else "is a near-duplicate of"
        err.print(f"note: {escape(doc_id)} {how} {escape(twin)}")


@main.command("export")
@db_option
@click.option(
    "--format",
    "fmt",
    default="jsonl",
    show_default=True,
    help="Output format: jsonl (the JSON contract, as extract prints it), plover-jsonl "
    "(one PLOVER record per event), acled-csv (ACLED columns, events that happened), "
    "quotes-jsonl (one quote per line with its speaker, date and source).",
)
@handles_errors
def export_cmd(db: str | None, fmt: str) -> None:
    """Write stored documents to stdout.

    \b
    Examples:
      dateline export --format jsonl --db news.db > news.jsonl
      dateline export --format plover-jsonl --db news.db > events.jsonl
      dateline export --format acled-csv --db news.db > events.csv
      dateline export --format quotes-jsonl --db news.db > quotes.jsonl
    """
    from dateline.export import export

    with open_store(db, read_only=True) as store:
        export(store, fmt, lambda line: click.echo(line))


@main.command()
@db_option
@click.option("--limit", default=100, show_default=True, help="How many documents to list.")
@handles_errors
def docs(db: str | None, limit: int) -> None:
    """List stored documents: id, date, title and counts per layer.

    \b
    Examples:
      dateline docs --db news.db --limit 20
    """
    with open_store(db, read_only=True) as store:
        rows = store.list_documents(limit=limit)
    if not rows:
        out.print("No documents yet. Add some with: dateline ingest PATH")
        return
    from dateline.export.console import document_lines

    for line in document_lines(rows):
        out.print(line)


@main.command()
@click.argument("doc_id", metavar="ID")
@db_option
@click.option(
    "--layer",
    "layers",
    multiple=True,
    type=click.Choice(["entities", "timexes", "quotes", "events"]),
    help="Only these layers (repeatable; default all).",
)
@handles_errors
def show(doc_id: str, db: str | None, layers: tuple[str, ...]) -> None:
    """Show one document's text with each layer's spans highlighted and listed.

    \b
    Examples:
      dateline show 000_c3de11c9f0166d7f --db news.db
      dateline show 000_c3de11c9f0166d7f --layer timexes
    """
    from dateline.export.console import highlighted_text, layer_table

    with open_store(db, read_only=True) as store:
        record = store.get_document(doc_id)
    if record is None:
        raise DatelineError(f"no document with id {doc_id!r}")
    chosen = layers or ("entities", "timexes", "quotes", "events")
    out.print(
        f"[bold]{escape(record['id'])}[/bold] · {record['date']} · {escape(record['title'] or '')}"
    )
    out.print(highlighted_text(record, chosen))
    for layer in chosen:
        out.print(layer_table(record, layer))


@main.command()
@click.argument("query")
@db_option
@click.option("--limit", default=20, show_default=True)
@handles_errors
def search(query: str, db: str | None, limit: int) -> None:
    """Full-text search over stored titles and texts.

    \b
    Examples:
      dateline search "coalition of the willing" --db news.db
    """
    with open_store(db, read_only=True) as store:
        hits = store.search(query, limit=limit)
    if not hits:
        out.print("No matches.")
    for hit in hits:
        out.print(f"[bold]{escape(hit.id)}[/bold] {hit.date.isoformat()} {escape(hit.title or '')}")
        out.print(f"    {escape(hit.snippet)}")


@main.command("quotes")
@click.option("--speaker", metavar="NAME", help="Speaker name or mention contains NAME.")
@click.option("--contains", metavar="TEXT", help="The quoted text contains TEXT.")
@click.option("--from", "date_from", metavar="YYYY-MM-DD", help="Published on or after.")
@click.option("--to", "date_to", metavar="YYYY-MM-DD", help="Published on or before.")
@click.option("--limit", default=50, show_default=True, help="How many quotes to list.")
@db_option
@handles_errors
def quotes_cmd(
    speaker: str | None,
    contains: str | None,
    date_from: str | None,
    date_to: str | None,
    limit: int,
    db: str | None,
) -> None:
    """Who said what, and when: stored quotes with their speaker, date and document.

    \b
    Examples:
      dateline quotes --speaker Healey --db news.db
      dateline quotes --contains "coalition of the willing" --from 2026-02-01 --to 2026-02-28
    """
    from dateline.export.quotes import quote_lines
    from dateline.ingest.dated_text import parse_date

    start = parse_date(date_from, "--from") if date_from else None
    end = parse_date(date_to, "--to") if date_to else None
    with open_store(db, read_only=True) as store:
        hits = store.quotes(speaker, contains, start, end, limit)
    if not hits:
        out.print("No quotes.")
    for hit in hits:
        for line in quote_lines(hit):
            out.print(line)


@main.command()
@click.option("--from", "first", required=True, metavar="YYYY-MM-DD", help="First day.")
@click.option("--to", "last", required=True, metavar="YYYY-MM-DD", help="Last day (inclusive).")
@db_option
@click.option("--limit", default=200, show_default=True, help="How many expressions to list.")
@handles_errors
def timexes(first: str, last: str, db: str | None, limit: int) -> None:
    """List resolved time expressions whose dates overlap FROM..TO, with document and sentence.

    \b
    Examples:
      dateline timexes --from 2026-02-20 --to 2026-02-28 --db news.db
    """
    from dateline.ingest.dated_text import parse_date
    from dateline.store.queries import timexes_between

    start, end = parse_date(first, "--from"), parse_date(last, "--to")
    if end < start:
        raise DatelineError(f"--to {last} is before --from {first}")
    with open_store(db, read_only=True) as store:
        hits = timexes_between(store.engine, start, end, limit)
    if not hits:
        out.print("No time expressions in that interval.")
    for hit in hits:
        where = f"[bold]{escape(hit.doc_id)}[/bold] {hit.doc_date}"
        what = f"[magenta]{escape(hit.text)}[/magenta] {hit.type} {escape(hit.value)}"
        out.print(f"{where} {what} {hit.start_date}..{hit.end_date}")
        out.print(f"    {escape(hit.sentence)}")


@main.command()
@db_option
@handles_errors
def stats(db: str | None) -> None:
    """Totals: documents, date range, items per layer, entity labels.

    \b
    Examples:
      dateline stats --db news.db
    """
    with open_store(db, read_only=True) as store:
        s = store.stats()
    out.print(f"documents: {s.documents}  ({s.first_date or '-'} … {s.last_date or '-'})")
    out.print("layers:    " + ", ".join(f"{n} {k}" for k, n in s.layers))
    out.print("labels:    " + ", ".join(f"{k} {n}" for k, n in s.labels[:12]))
    out.print(f"schema:    {s.schema_version}")


@main.command("actors")
@db_option
@click.option("--limit", default=50, show_default=True, help="How many actors to list.")
@handles_errors
def actors_cmd(db: str | None, limit: int) -> None:
    """List actors with how often they are mentioned.

    \b
    Examples:
      dateline actors --db news.db --limit 20
    """
    from rich.table import Table

    with open_store(db, read_only=True) as store:
        rows = store.actors(limit)
    if not rows:
        out.print("No actors yet. Add documents with: dateline ingest PATH")
        return
    table = Table("id", "name", "country", "sector", "mentions", "documents")
    for r in rows:
        table.add_row(
            escape(r.id),
            escape(r.name or ""),
            r.country or "",
            r.sector or "",
            str(r.mentions),
            str(r.documents),
        )
    out.print(table)


@main.command("actor")
@click.argument("name")
@db_option
@handles_errors
def actor_cmd(name: str, db: str | None) -> None:
    """Show one actor: roles over time with evidence, mentions by date, quotes.

    \b
    NAME is an actor id (p:keir-starmer, c:RUS/GOV) or a name (or part of one).
    Examples:
      dateline actor "Keir Starmer" --db news.db
    """
    with open_store(db, read_only=True) as store:
        profile = store.actor(name)
    if profile is None:
        raise DatelineError(f"no actor matching {name!r}")
    a = profile.actor
    out.print(
        f"[bold]{escape(a.name or a.id)}[/bold] ({escape(a.id)}) · {a.country or '-'} · "
        f"{a.sector or '-'} · {a.mentions} mentions in {a.documents} documents"
    )
    out.print("[bold]roles[/bold]")
    for r in profile.roles:
        out.print(f"  {escape(r.role)} ({r.sector or '-'}) {r.first} … {r.last}")
        for doc_id, words in r.evidence:
            out.print(f"    “{escape(words)}” [{escape(doc_id)}]")
    out.print("[bold]mentions by date[/bold]")
    for day, n in profile.mentions_by_date:
        out.print(f"  {day}  {n}")
    out.print(f"[bold]quotes[/bold] ({len(profile.quotes)})")
    for q in profile.quotes:
        out.print(f"  {q.date} [{escape(q.doc_id)}] “{escape(q.text)}”")


@main.command("events")
@db_option
@click.option(
    "--type", "kind", default=None, metavar="T", help="PLOVER type (ASSAULT, CONSULT, ...)."
)
@click.option(
    "--actor", default=None, metavar="NAME|ISO3", help="Actor name (part of it) or country code."
)
@click.option(
    "--recipient", default=None, metavar="NAME|ISO3", help="Recipient name or country code."
)
@click.option("--country", default=None, metavar="ISO3", help="Country the event took place in.")
@click.option(
    "--from", "start", default=None, metavar="YYYY-MM-DD", help="Events on or after this day."
)
@click.option(
    "--to", "end", default=None, metavar="YYYY-MM-DD", help="Events on or before this day."
)
@click.option("--near", default=None, metavar="PLACE|LAT,LON", help="Events near a place.")
@click.option("--km", default=25.0, show_default=True, help="Radius for --near, in km.")
@click.option("--text", default=None, help="Words that must appear in the evidence sentence.")
@click.option(
    "--include-future",
    is_flag=True,
    help="Also list planned, hypothetical, negated and historical events (marked [aux]).",
)
@click.option("--limit", default=100, show_default=True, help="How many events to list.")
@handles_errors
def events_cmd(
    db: str | None,
    kind: str | None,
    actor: str | None,
    recipient: str | None,
    country: str | None,
    start: str | None,
    end: str | None,
    near: str | None,
    km: float,
    text: str | None,
    include_future: bool,
    limit: int,
) -> None:
    """List events, newest first: date, type, actor -> recipient, place, dead, evidence.

    \b
    Only events reported as having happened are listed unless --include-future is given.
    Examples:
      dateline events --type ASSAULT --actor RUS --from 2026-02-01 --db news.db
      dateline events --near Kyiv --km 25 --db news.db
      dateline events --actor "Starmer" --include-future
    """
    from dateline.ingest.dated_text import parse_date
    from dateline.store.events import EventQuery, find_events

    query = EventQuery(
        type=kind,
        actor=actor,
        recipient=recipient,
        country=country,
        start=parse_date(start, "--from") if start else None,
        end=parse_date(end, "--to") if end else None,
        include_aux=include_future,
        text=text,
        limit=limit,
    )
    with open_store(db, read_only=True) as store:
        rows = find_events(store.engine, query, place=near, km=km)
    if not rows:
        out.print("No events match.")
    for row in rows:
        out.print(escape(row.line()))


@main.command()
@db_option
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=8080, show_default=True, type=int, help="Port to listen on.")
@click.option("--read-only", is_flag=True, help="Open the database read-only (no writes at all).")
@handles_errors
def serve(db: str | None, host: str, port: int, read_only: bool) -> None:
    """Serve the HTTP API, the web app and the API docs (loopback only by default).

    \b
    Writes (POST /api/documents) are off unless DATELINE_TOKEN is set.
    Examples:
      dateline serve --db news.db                 # http://127.0.0.1:8080/
      dateline serve --db news.db --read-only --port 9000
    """
    from dateline.api.server import serve as run_server

    run_server(_settings(db=db), host=host, port=port, read_only=read_only)
