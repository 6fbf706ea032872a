"""API load: p50/p95 latency and throughput of the served queries on a large synthetic store.

Usage: python bench/api_load.py [--docs 750000] [--backends sqlite,postgresql]
                                [--requests 200] [--concurrency 8] [--load-requests 2000]
                                [--keep DIR] [--pg-keep SCHEMA] [--gate]

Builds a database of synthetic documents with one to two events each (750,000 documents
hold about 1,000,000 events), entities linked to 300 actors and quotes, without NLP,
through the store's own schema (``dateline.store.schema`` tables, the store's event row
builder, migrations by ``Store.open``) in bulk inserts. Then starts the real server
(``dateline serve --read-only``) on a free loopback port and measures, per query, the
latency of sequential requests (p50, p95, and p50 as a ratio of ``/healthz`` measured in
the same run), then throughput under a bounded concurrent load (fixed request count and a
time cap) on loopback. PostgreSQL runs in its own schema at 127.0.0.1:5432 (database
``test``), dropped afterwards unless kept (``--pg-keep``). Gate: p95 <= 100 ms for every
gated query: document, search, event-list, timeline and quote pages, the actor page of a
rarely mentioned actor. Building takes long: ``--keep``/``--pg-keep`` reuse the databases.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import httpx
from sqlalchemy import create_engine, insert, text

from dateline.api.pagination import encode_cursor
from dateline.contract import dumps
from dateline.store import Store
from dateline.store.actor_counts import rebuild as rebuild_actor_counts
from dateline.store.events import participant_rows
from dateline.store.schema import LAYER_TABLES, documents, event_actors
from dateline.store.writer import layer_row

PG_ADMIN = "postgresql+psycopg://postgres@127.0.0.1:5432/test"
PG_URL = "postgresql://postgres@127.0.0.1:5432/test"
TARGET_P95_MS = 100.0
FIRST_DAY = dt.date(2022, 1, 1)
DAYS = 1460  # four years of news
BATCH = 5000
EVENT_TYPES = ("ASSAULT", "CONSULT", "PROTEST", "AID", "COERCE", "THREATEN", "COOPERATE")
COUNTRIES = (("UKR", 49.0, 32.0), ("RUS", 55.7, 37.6), ("ISR", 31.8, 35.2), ("SDN", 15.5, 32.5))
SYLLABLES = ("ka", "lo", "mi", "ren", "tu", "sa", "vor", "el", "in", "dra", "po", "zet", "ul")


ACTORS = 300  # synthetic actors, mentioned with Zipf-like frequencies


def actor_id(rank: int) -> str:
    """The id of the synthetic actor of a given frequency rank (0 = most mentioned)."""
    return f"c:A{rank:03d}/GOV"


def _actor(rank: int) -> dict:
    return {"id": actor_id(rank), "name": f"Actor {rank}", "country": f"A{rank:02d}"[:3]}


def vocabulary(rng: random.Random, size: int = 6000) -> list[str]:
    """Pronounceable pseudo-words, so both databases tokenise them as words."""
    words: set[str] = set()
    while len(words) < size:
        words.add("".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4))))
    return sorted(words)


@dataclass
class Dataset:
    """What the queries need to know about the generated data."""

    docs: int
    vocab: list[str]
    sample_ids: list[tuple[str, str]] = field(default_factory=list)  # (date, id)
    sample_events: list[list] = field(default_factory=list)  # [date, doc_pk, idx] cursors
    events: int = 0

    def word(self, rank: int) -> str:
        """A word of roughly the given frequency rank (0 = most frequent)."""
        return self.vocab[min(rank, len(self.vocab) - 1)]


def _text(rng: random.Random, vocab: list[str], weights: list[float]) -> str:
    words = rng.choices(vocab, weights=weights, k=60)
    return " ".join(words).capitalize() + "."


def _participant(rank: int, text: str) -> dict:
    a = _actor(rank)
    end = min(len(text), 12)
    return {"start": 0, "end": end, "text": text[:end], "name": a["name"]} | {
        "country": a["country"],
        "sector": "GOV",
        "actor_id": a["id"],
    }


def _event(rng: random.Random, day: dt.date, text: str, ranks: list[int]) -> dict:
    """An event whose actor is one of the document's actors (recipient: another, or none)."""
    country, lat, lon = rng.choice(COUNTRIES)
    end = min(len(text), 12)
    place = {"name": "Town", "geonameid": None, "lat": lat + rng.uniform(-2, 2)}
    place |= {"lon": lon + rng.uniform(-2, 2), "country": country, "admin1": None}
    place |= {"feature": "city", "resolution": 1, "start": 0, "end": end, "text": text[:end]}
    recipient = [_participant(ranks[1], text)] if len(ranks) > 1 and ranks[1] != ranks[0] else []
    return {
        "type": rng.choice(EVENT_TYPES),
        "modes": [],
        "aux": ["future"] if rng.random() < 0.1 else [],
        "context": [],
        "actor": [_participant(ranks[0], text)],
        "recipient": recipient,
        "date": {
            "value": day.isoformat(),
            "start_date": day.isoformat(),
            "end_date": day.isoformat(),
            "start": None,
            "end": None,
            "text": None,
            "precision": "day",
            "source": "publication",
        },
        "location": place,
        "size": {"dead": rng.choice([None, 0, 1, 3]), "injured": None, "arrested": None},
        "trigger": {"start": 0, "end": end, "text": text[:end]},
        "evidence": [[0, len(text)]],
        "confidence": 0.8,
        "quote": None,
    }


def _entity(rank: int, text: str) -> dict:
    actor = {**_actor(rank), "sector": "GOV", "role": "minister" if rank % 7 == 0 else None}
    end = min(len(text), 8)
    return {
        "start": 0,
        "end": end,
        "text": text[:end],
        "label": "GPE",
        "actor": actor | {"wikidata": None},
        "place": None,
        "evidence": [[0, end]],
    }


def _quote(rank: int, text: str) -> dict:
    end = min(len(text), 40)
    return {
        "content_start": 0,
        "content_end": end,
        "text": text[:end],
        "content_spans": [[0, end]],
        "speaker_start": None,
        "speaker_end": None,
        "speaker_text": None,
        "speaker_name": f"Actor {rank}",
        "speaker_actor": {**_actor(rank), "sector": "GOV", "role": None, "wikidata": None},
        "cue_start": None,
        "cue_end": None,
        "cue_text": None,
        "direct": True,
        "kind": "direct",
    }


def _layer_rows(layer: str, pk: int, day: dt.date, items: list[dict], body: str) -> list[dict]:
    # The store's own row builder, so the bulk load fills the columns Store.write fills.
    return [
        {"doc_pk": pk, "idx": i, **layer_row(layer, item, body, day), "data": dumps(item)}
        for i, item in enumerate(items)
    ]


Batch = dict[str, list[dict]]


def _rows(n: int, seed: int) -> Iterator[Batch]:
    """Batches of rows: documents, full text, and the events, entities and quotes layers."""
    rng = random.Random(seed)
    vocab = vocabulary(random.Random(seed))
    weights = [1.0 / (rank + 1) for rank in range(len(vocab))]  # Zipf-like, as in news
    actor_weights = [1.0 / (rank + 1) for rank in range(ACTORS)]
    batch: Batch = {"documents": [], "fts": [], "events": [], "entities": [], "quotes": []}
    batch["event_actors"] = []
    for pk in range(1, n + 1):
        day = FIRST_DAY + dt.timedelta(days=rng.randrange(DAYS))
        body = _text(rng, vocab, weights)
        doc_id = f"syn-{pk:07d}"
        batch["documents"].append(
            {"pk": pk, "id": doc_id, "date": day, "title": f"Report {pk}", "source": "bench"}
            | {"url": None, "language": "en", "text": body, "content_hash": f"{pk:064x}"}
            | {"duplicate_of": None, "duplicate_similarity": None, "minhash": b""}
            | {"pipeline": "{}", "ingested_at": "2026-01-01T00:00:00+00:00"}
        )
        batch["fts"].append({"pk": pk, "title": f"Report {pk}", "text": body})
        ranks = rng.choices(range(ACTORS), weights=actor_weights, k=rng.choice((1, 2)))
        events = [_event(rng, day, body, ranks) for _ in range(rng.choice((1, 1, 2)))]
        batch["events"] += _layer_rows("events", pk, day, events, body)
        for i, item in enumerate(events):
            batch["event_actors"] += participant_rows(pk, i, item, day)
        batch["entities"] += _layer_rows(
            "entities", pk, day, [_entity(r, body) for r in ranks], body
        )
        if rng.random() < 0.3:
            batch["quotes"] += _layer_rows("quotes", pk, day, [_quote(ranks[0], body)], body)
        if len(batch["documents"]) >= BATCH:
            yield batch
            batch = {key: [] for key in batch}
    if batch["documents"]:
        yield batch


def populate(store: Store, n: int, seed: int = 7) -> Dataset:
    """Bulk-insert ``n`` synthetic documents and their events through the store's schema."""
    sqlite = store.engine.dialect.name == "sqlite"
    for batch in _rows(n, seed):
        with store.engine.begin() as conn:
            conn.execute(insert(documents), batch["documents"])
            for layer in ("events", "entities", "quotes"):
                if batch[layer]:
                    conn.execute(insert(LAYER_TABLES[layer]), batch[layer])
            if batch["event_actors"]:
                conn.execute(insert(event_actors), batch["event_actors"])
            if sqlite:
                conn.execute(
                    text(
                        "INSERT INTO documents_fts(rowid, title, text) VALUES (:pk, :title, :text)"
                    ),
                    batch["fts"],
                )
    with store.engine.begin() as conn:
        rebuild_actor_counts(conn)  # what Store.write keeps up to date, rebuilt after bulk
    maintain(store)
    return describe(store, n, seed)


def maintain(store: Store) -> None:
    """As autovacuum would after a bulk load: statistics, and on PostgreSQL the visibility
    map that lets index-only scans skip the table."""
    sqlite = store.engine.dialect.name == "sqlite"
    with store.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        conn.execute(text("ANALYZE" if sqlite else "VACUUM ANALYZE"))


def describe(store: Store, n: int, seed: int = 7) -> Dataset:
    """The dataset facts the queries need, read from a populated store."""
    step = {"step": max(1, n // 500)}
    with store.engine.connect() as conn:
        sample = conn.execute(
            text("SELECT date, id FROM documents WHERE pk % :step = 0"), step
        ).all()
        cursors = conn.execute(
            text("SELECT start_date, doc_pk, idx FROM events WHERE doc_pk % :step = 0"), step
        ).all()
        events = conn.execute(text("SELECT count(*) FROM events")).scalar_one()
    ids = [(_iso(d), i) for d, i in sample]
    keys = [[_iso(d), pk, idx] for d, pk, idx in cursors]
    return Dataset(n, vocabulary(random.Random(seed)), ids, keys, events)


def _iso(day: object) -> str:
    return day if isinstance(day, str) else day.isoformat()  # type: ignore[attr-defined]


@dataclass(frozen=True)
class Query:
    """One request shape: a name, whether the p95 target applies, and a path maker."""

    name: str
    gated: bool
    path: Callable[[random.Random, Dataset], str]
    samples: int | None = None  # fewer requests for slow, ungated queries


def _window(rng: random.Random, days: int) -> str:
    start = FIRST_DAY + dt.timedelta(days=rng.randrange(DAYS - days))
    return f"from={start}&to={start + dt.timedelta(days=days)}"


QUERIES: list[Query] = [
    Query("healthz (baseline)", False, lambda r, d: "/healthz"),
    Query("documents, first page", True, lambda r, d: "/api/documents?limit=50"),
    Query("documents, 30-day window", True, lambda r, d: f"/api/documents?{_window(r, 30)}"),
    Query(
        "documents, cursor page",
        True,
        lambda r, d: (
            "/api/documents?cursor=" + encode_cursor("documents", list(r.choice(d.sample_ids)))
        ),
    ),
    Query("document by id", True, lambda r, d: f"/api/documents/{r.choice(d.sample_ids)[1]}"),
    Query(
        "search, rare word",
        True,
        lambda r, d: f"/api/search?q={d.word(r.randrange(3000, 6000))}",
    ),
    Query(
        "search, two words",
        True,
        lambda r, d: (
            f"/api/search?q={d.word(r.randrange(200, 400))}+{d.word(r.randrange(400, 800))}"
        ),
    ),
    Query(
        "search, frequent word",
        False,
        lambda r, d: f"/api/search?q={d.word(r.randrange(0, 5))}",
        samples=10,
    ),
    Query("actors, first page", True, lambda r, d: "/api/actors?limit=50"),
    Query("actor, most mentioned", False, lambda r, d: f"/api/actors/{actor_id(0)}", samples=20),
    Query(
        "actor, top 10",
        False,
        lambda r, d: f"/api/actors/{actor_id(r.randrange(0, 10))}",
        samples=40,
    ),
    Query(
        "actor, rarely mentioned",
        True,
        lambda r, d: f"/api/actors/{actor_id(r.randrange(200, ACTORS))}",
    ),
    Query("events, first page", True, lambda r, d: "/api/events?limit=50"),
    Query(
        "events, ASSAULT in 30 days",
        True,
        lambda r, d: f"/api/events?type=ASSAULT&{_window(r, 30)}",
    ),
    Query(
        "events, country + aux, 30 days",
        True,
        lambda r, d: f"/api/events?country=UKR&aux=future&{_window(r, 30)}",
    ),
    Query(
        "events, actor name + words, 30 days",
        False,
        lambda r, d: (
            f"/api/events?actor=Actor+1&text={d.word(r.randrange(0, 50))}&{_window(r, 30)}"
        ),
    ),
    Query(
        "events, by actor id",
        True,
        lambda r, d: f"/api/events?actor={actor_id(r.randrange(0, ACTORS))}",
    ),
    Query(
        "events, cursor page",
        True,
        lambda r, d: "/api/events?cursor=" + encode_cursor("events", r.choice(d.sample_events)),
    ),
    Query(
        "timeline, 90 days by day",
        True,
        lambda r, d: f"/api/timeline?{_window(r, 90)}",
    ),
    Query(
        "timeline, ASSAULT year by week",
        True,
        lambda r, d: f"/api/timeline?type=ASSAULT&by=week&{_window(r, 365)}",
    ),
    Query(
        "timeline, country 30 days",
        True,
        lambda r, d: f"/api/timeline?country=RUS&{_window(r, 30)}",
    ),
    Query("quotes, newest page", True, lambda r, d: "/api/quotes?limit=50"),
]


def free_port() -> int:
    """A free TCP port on loopback."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class Server:
    """``dateline serve --read-only`` in a subprocess on a free loopback port."""

    def __init__(self, location: str) -> None:
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        cmd = [sys.executable, "-m", "dateline", "serve", "--db", location, "--read-only"]
        env = {k: v for k, v in os.environ.items() if k != "DATELINE_TOKEN"}
        self.proc = subprocess.Popen(
            [*cmd, "--port", str(self.port)],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        for _ in range(300):
            try:
                httpx.get(self.base + "/healthz", timeout=1).raise_for_status()
                return
            except httpx.HTTPError:
                time.sleep(0.1)
        self.stop()
        raise RuntimeError("the server did not start")

    def stop(self) -> None:
        """Terminate the server process."""
        self.proc.terminate()
        self.proc.wait(20)


def percentile(values: list[float], q: float) -> float:
    """The q-th percentile (0-100) by nearest rank."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(q / 100 * len(ordered)) - 1))]


def latency(base: str, query: Query, data: Dataset, n: int, seed: int) -> tuple[float, float]:
    """p50 and p95 in milliseconds of ``n`` sequential requests (after a short warm-up)."""
    rng = random.Random(seed)
    times = []
    n = query.samples or n
    warm = min(10, n)
    with httpx.Client(base_url=base, timeout=120) as client:
        for i in range(n + warm):
            path = query.path(rng, data)
            start = time.perf_counter()
            response = client.get(path)
            elapsed = (time.perf_counter() - start) * 1000
            if response.status_code != 200:
                raise RuntimeError(f"{path}: {response.status_code} {response.text[:200]}")
            if i >= warm:
                times.append(elapsed)
    return statistics.median(times), percentile(times, 95)


def throughput(
    base: str, data: Dataset, total: int, workers: int, cap_s: float
) -> tuple[float, int, int]:
    """Requests per second of the gated queries mixed, with ``workers`` concurrent clients."""
    gated = [q for q in QUERIES if q.gated]
    done, errors, lock = [0], [0], threading.Lock()
    stop_at = time.monotonic() + cap_s

    def work(seed: int) -> None:
        rng = random.Random(seed)
        with httpx.Client(base_url=base, timeout=30) as client:
            while time.monotonic() < stop_at:
                with lock:
                    if done[0] >= total:
                        return
                    done[0] += 1
                ok = client.get(rng.choice(gated).path(rng, data)).status_code == 200
                if not ok:
                    with lock:
                        errors[0] += 1

    threads = [threading.Thread(target=work, args=(s,)) for s in range(workers)]
    start = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    seconds = time.perf_counter() - start
    return done[0] / seconds, done[0], errors[0]


def pg_schema(keep: str | None = None) -> tuple[str, Callable[[], None]]:
    """A PostgreSQL schema: its store URL and a function that drops it (a kept schema, named
    ``keep``, is created if missing and never dropped)."""
    if keep is not None and not keep.isidentifier():
        raise SystemExit(f"--pg-keep {keep!r}: use a plain identifier")
    schema = keep or f"bench_api_{uuid.uuid4().hex[:8]}"
    admin = create_engine(PG_ADMIN)
    with admin.begin() as conn:
        conn.execute(text(f'CREATE SCHEMA IF NOT EXISTS "{schema}"'))

    def drop() -> None:
        if keep is None:
            with admin.begin() as conn:
                conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()

    return f"{PG_URL}?options=-csearch_path%3D{schema}", drop


def run_backend(backend: str, args: argparse.Namespace, workdir: Path) -> list[list[str]]:
    """Build, serve and measure one backend; the table rows."""
    drop: Callable[[], None] = lambda: None  # noqa: E731
    location = str(workdir / "api_load.db")
    if backend == "postgresql":
        location, drop = pg_schema(args.pg_keep)
    try:
        started = time.perf_counter()
        store = Store.open(location)
        kept = args.keep if backend == "sqlite" else args.pg_keep
        reused = kept and store.stats().documents == args.docs
        # A database kept by an earlier run is described, not rebuilt.
        if reused:
            maintain(store)  # the kept database may have been migrated since it was built
        data = describe(store, args.docs) if reused else populate(store, args.docs)
        store.close()
        build_s = time.perf_counter() - started
        server = Server(location)
        try:
            rows = _measure(backend, server.base, data, args)
        finally:
            server.stop()
        how = "reused" if reused else "built"
        built = f"({how} {args.docs:,} docs, {data.events:,} events)"
        rows.append([backend, built, f"{build_s:.0f} s", "", "", ""])
        return rows
    finally:
        drop()


def _measure(backend: str, base: str, data: Dataset, args: argparse.Namespace) -> list[list[str]]:
    rows, baseline = [], None
    for i, query in enumerate(QUERIES):
        p50, p95 = latency(base, query, data, args.requests, seed=i)
        baseline = baseline or p50
        verdict = ("ok" if p95 <= TARGET_P95_MS else "SLOW") if query.gated else "-"
        rows.append(
            [backend, query.name, f"{p50:.1f}", f"{p95:.1f}", f"{p50 / baseline:.1f}x", verdict]
        )
    rps, count, errors = throughput(base, data, args.load_requests, args.concurrency, cap_s=60)
    rows.append(
        [
            backend,
            f"throughput, {args.concurrency} clients",
            f"{rps:.0f} req/s",
            f"{count} req",
            f"{errors} errors",
            "ok" if not errors else "ERRORS",
        ]
    )
    return rows


def main() -> int:
    """Run the benchmark and print the table; with --gate, exit 1 when a target is missed."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=750_000)
    parser.add_argument("--backends", default="sqlite,postgresql")
    parser.add_argument("--requests", type=int, default=200, help="sequential requests per query")
    parser.add_argument("--load-requests", type=int, default=2000)
    parser.add_argument("--concurrency", type=int, default=8)
    parser.add_argument(
        "--keep", type=Path, default=None, help="keep the SQLite file in DIR and reuse it"
    )
    parser.add_argument(
        "--pg-keep", default=None, metavar="SCHEMA", help="keep the PostgreSQL schema and reuse it"
    )
    parser.add_argument("--gate", action="store_true", help="exit 1 when a p95 target is missed")
    args = parser.parse_args()
    rows: list[list[str]] = []
    with tempfile.TemporaryDirectory(prefix="dateline-api-load-") as tmp:
        workdir = args.keep or Path(tmp)
        workdir.mkdir(parents=True, exist_ok=True)
        for backend in args.backends.split(","):
            rows += run_backend(backend.strip(), args, workdir)
    header = ["backend", "query", "p50 ms", "p95 ms", "p50/healthz", f"p95<={TARGET_P95_MS:g}"]
    widths = [max(len(str(r[i])) for r in [header, *rows]) for i in range(len(header))]
    for row in [header, ["-" * w for w in widths], *rows]:
        print("  ".join(str(c).ljust(w) for c, w in zip(row, widths, strict=True)))
    print(
        json.dumps({"docs": args.docs, "requests": args.requests, "concurrency": args.concurrency})
    )
    missed = [r for r in rows if r[-1] in ("SLOW", "ERRORS")]
    return 1 if args.gate and missed else 0


if __name__ == "__main__":
    sys.exit(main())
