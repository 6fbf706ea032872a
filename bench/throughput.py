"""Throughput: the full ingest (read, annotate, store in SQLite) against spaCy alone, same run.

Usage: python bench/throughput.py [--corpus DIR] [--repeat N] [--gate]

Ingests ../shared/corpora/wikinews-2019/articles into a fresh SQLite database and runs the
bare spaCy model over the same texts with the same batch size. Prints words/s for both, the
ratio, and peak RSS. Gates: the pipeline adds at most 20% over bare spaCy (overhead <= 0.20)
and peak RSS stays under 600 MB.
"""

from __future__ import annotations

import argparse
import gc
import resource
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from dateline import batch
from dateline.config import Settings
from dateline.ingest import ReadOptions, read_inputs
from dateline.model import Document
from dateline.pipeline import Pipeline
from dateline.store import Store

SHARED = (Path(__file__).resolve().parents[1] / ".." / "shared").resolve()
DEFAULT_CORPUS = SHARED / "corpora" / "wikinews-2019" / "articles"
MAX_OVERHEAD = 0.20
MAX_RSS_MB = 600.0


def peak_rss_mb() -> float:
    """Peak resident set size of this process so far (Linux reports KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def best_of(repeat: int, run: Callable[[], None]) -> float:
    """Fastest wall time of ``repeat`` runs (the least disturbed by other load)."""
    times = []
    for _ in range(repeat):
        gc.collect()
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--gate", action="store_true", help="exit 1 when a target is missed")
    args = parser.parse_args()
    if not args.corpus.is_dir():
        print(f"throughput: corpus not found at {args.corpus} (pass --corpus DIR)", file=sys.stderr)
        return 2

    settings = Settings.load(env={})
    docs = [d for d in read_inputs([str(args.corpus)], ReadOptions()) if isinstance(d, Document)]
    words = sum(len(d.text.split()) for d in docs)
    pipeline = Pipeline.build(settings)
    nlp = pipeline.components[0].nlp  # type: ignore[attr-defined]
    texts = [d.text for d in docs]

    def bare_spacy() -> None:
        for _ in nlp.pipe(texts, batch_size=settings.batch_size):
            pass

    def full_ingest() -> None:
        with tempfile.TemporaryDirectory() as tmp:
            store = Store.open(str(Path(tmp) / "bench.db"))
            report = batch.ingest(pipeline, store, [str(args.corpus)], ReadOptions(), False, _fail)
            store.close()
            assert report.stored == len(docs), report

    bare_spacy()  # warm-up: first calls allocate and fill caches
    pipeline.timings.clear()
    # Interleave the two so that load from other processes hits both alike.
    spacy_runs, ingest_runs = [], []
    for _ in range(args.repeat):
        spacy_runs.append(best_of(1, bare_spacy))
        ingest_runs.append(best_of(1, full_ingest))
    spacy_s, ingest_s = min(spacy_runs), min(ingest_runs)
    runs = args.repeat
    spacy_wps, ingest_wps = words / spacy_s, words / ingest_s
    overhead = ingest_s / spacy_s - 1
    rss = peak_rss_mb()

    print(f"corpus: {args.corpus} ({len(docs)} documents, {words:,} words; best of {args.repeat})")
    print(f"{'run':<32}{'seconds':>10}{'words/s':>12}")
    print(f"{'spaCy alone (nlp.pipe)':<32}{spacy_s:>10.2f}{spacy_wps:>12,.0f}")
    print(f"{'dateline ingest (SQLite)':<32}{ingest_s:>10.2f}{ingest_wps:>12,.0f}")
    print(
        f"ratio ingest/spaCy words/s: {ingest_wps / spacy_wps:.3f}  "
        f"(overhead {overhead:+.1%}; target <= +{MAX_OVERHEAD:.0%})"
    )
    print(f"peak RSS: {rss:.0f} MB (target < {MAX_RSS_MB:.0f} MB)")
    print("time per component (mean of the ingest runs, share of the bare spaCy pass):")
    for name, seconds in pipeline.timings.items():
        print(f"  {name:<12}{seconds / runs:>8.2f} s{seconds / runs / spacy_s:>9.1%}")
    failed = overhead > MAX_OVERHEAD or rss >= MAX_RSS_MB
    if args.gate and failed:
        print("throughput gate: FAILED", file=sys.stderr)
        return 1
    return 0


def _fail(message: str) -> None:
    raise SystemExit(f"throughput: unexpected rejection: {message}")


if __name__ == "__main__":
    sys.exit(main())
