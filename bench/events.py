"""Events benchmark: PLOVER gold, PETRARCH2 validation and our dated conflict reports.

    python bench/events.py [--set plover|petrarch|reports|both|all] [--gate] [--errors N]
                           [--dump FILE]

Each gold sentence is annotated by the full default pipeline as its own document (the
gold sets are sentence-level). Events are coded to PLOVER as the PLOVER export codes them
(``dateline.export.plover.coded_type``) and scored by ``bench/scoring/events.py``:
the type of the most confident event, actor and recipient country, whether the gold actor
and location texts are the spans the event is tied to, and empty output on no-event
sentences. Speed is words/s of the full pipeline against spaCy alone on the same texts.
Reads ../shared/eval/events at run time (set DATELINE_SHARED to move it).

``reports`` is dateline's own set of dated conflict reports (``bench/data/conflict_events.yaml``,
split dev/test; tune on dev only), scored like the held-out evaluation by
``bench/scoring/events_reports.py``: attack found, attacker country, day, place within 25 km,
exact fatalities.
"""

from __future__ import annotations

import argparse
import gc
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.corpora.conflict_events import SPLITS, Report, read_reports
from bench.corpora.events_gold import EVENTS, GoldSentence, read_petrarch2, read_plover_gsr
from bench.scoring.events import EventScores, score_sentence
from bench.scoring.events_reports import ReportScores, score_report
from dateline.config import Settings
from dateline.contract import document_json
from dateline.export.plover import coded_type
from dateline.model import Document
from dateline.pipeline import Pipeline

FLOORS = {
    ("plover", "event type (primary event)"): 0.87,
    ("plover", "event type (any event)"): 0.89,
    ("plover", "actor span tied (type matched)"): 0.94,
    ("petrarch", "event type (primary event)"): 0.50,
}
"""Pinned floors for --gate: (set, measure) -> lowest acceptable rate (measured values sit
a little above them; see docs/events.md)."""

RESOLVED_FLOORS = {
    ("plover", "actor country (type matched)"): 0.93,
    ("plover", "actor country (gold events)"): 0.85,
    ("plover", "recipient country (type matched)"): 0.67,
}
"""Floors that need the actors layer (countries come from it); gated only when the default
pipeline has an ``actors`` component."""

REPORT_FLOORS: dict[tuple[str, str], float] = {
    ("reports-dev", "ASSAULT found"): 0.97,
    ("reports-dev", "attacker country right"): 0.97,
    ("reports-dev", "date right"): 0.96,
    ("reports-dev", "place within 25 km"): 0.88,
    ("reports-dev", "fatalities exact"): 0.97,
    ("reports-test", "ASSAULT found"): 0.94,
    ("reports-test", "attacker country right"): 0.89,
    ("reports-test", "date right"): 0.91,
    ("reports-test", "place within 25 km"): 0.76,
    ("reports-test", "fatalities exact"): 0.87,
}
"""Floors for our conflict reports: (reports-<split>, measure) -> lowest acceptable rate,
re-pinned a little below the values measured after the 24 multi-paragraph reports
(ce107-ce130), the general-news round and the ce131-ce154 round (docs/events.md); the
harder ce131-ce154 reports were added without lowering any; the ce179-ce194 round lowered
two dev floors (attacker 0.97 -> 0.96, place 0.92 -> 0.90) because its new dev reports, not
a change of code, moved those averages (the older dev reports score as before); the
ce195-ce214 round lowered dev place (0.90 -> 0.89) and test attacker (0.90 -> 0.89), which
its new reports moved before any change of code (blind: dev place 0.874, test attacker
0.895), and raised dev attacker (0.96 -> 0.97) and dev date (0.91 -> 0.93) to its gains; the
ce215-ce234 round lowered dev attacker (0.97 -> 0.95): its new dev reports measured 0.938
blind, and three of their attackers are named only by phrases the actors layer does not know
(the older dev reports score as before); the ce235-ce254 round lowered dev attacker (0.95 ->
0.94), dev place (0.89 -> 0.88) and test attacker (0.89 -> 0.88), which its new reports moved
before any change of code (blind: dev 0.942 / 0.885, test attacker 0.878; the older reports
of both splits score as before or better), kept dev fatalities at 0.98 (blind 0.964, 0.986
after its changes), and raised dev date (0.93 -> 0.96) and test fatalities (0.86 -> 0.87) to
its gains; the place17 round raised place (dev 0.88 -> 0.90, test 0.75 -> 0.77) to its gains
(0.906 / 0.783); the ce255-ce274 round lowered dev place (0.90 -> 0.89), which its new dev
reports moved before any change of code (blind 0.893: two of their villages are ones the
gazetteer lacks, placed at their region or country; 0.899 after its changes, the older dev
reports scoring as before), and kept dev fatalities at 0.98 (blind 0.966, 0.987 after its
changes); the ce275-ce284 round lowered dev place (0.89 -> 0.88) and test attacker (0.88 ->
0.87), which its new reports moved before any change of code (blind dev place 0.890 =
137/154, two of their villages placed at their province or the dateline's city; blind test
attacker 0.877, unchanged after), kept dev fatalities at 0.98 (blind 0.968, 0.981 after its
changes) and raised dev attacker (0.94 -> 0.96) to its gains (blind 0.935, 0.968 after); the
ce285-ce294 round, run beside it, lowered test date (0.93 -> 0.92) and test place (0.77 ->
0.76), which its new test reports moved before any change of code (blind: new test date
0.400, place 0.000; whole test 0.923 / 0.762; the older test reports score as before). With
both rounds' reports in the file (dev 159, test 135) the splits measure exactly the sum of the
two rounds' results, so dev fatalities (0.98 -> 0.97: 155/159), test date (0.92 -> 0.91:
124/135) and test place (0.76 -> 0.74: 101/135) moved down to them. The ce295-ce302 round
(written beside those two, on the file without them) kept every floor. The ce303-ce312 round
lowered dev attacker (0.96 -> 0.94) and dev place (0.88 -> 0.87), which its new dev reports
moved before any change of code (blind: new dev attacker 0.400, place 0.600; whole dev 0.946 =
159/168 and 0.875 = 147/168; the older dev reports score as before): three of their attackers
are named only as a shrine bomber Islamic State claimed, Maoists and unnamed gunmen, and two of
their villages are ones the gazetteer lacks. The ce313-ce322 round
lowered dev place (0.88 -> 0.87: blind 0.875 = 147/168, its new dev reports 3/5, the older 163
at 144/163 as before, unchanged after its changes) and dev fatalities (0.97 -> 0.96: blind and
after 0.964 = 162/168, its new dev reports 3/5, the older 159/163 as before), which its new
reports moved before any change of code, and raised the attacker floors to its gains (dev
0.96 -> 0.97: blind 0.952, 0.976 after; test 0.87 -> 0.89: blind 0.875, 0.910 after). The
ce323-ce332 round kept every floor blind (dev 178: place 0.876, fatalities 0.961; test 154:
place 0.766) and the events26 round's changes raised dev place (0.87 -> 0.88: 0.888), dev
fatalities (0.96 -> 0.97: 0.978) and test place (0.74 -> 0.76: 0.773) to its gains."""


def run_set(
    pipeline: Pipeline, gold: list[GoldSentence], dump: object | None
) -> tuple[EventScores, float, int]:
    """Annotate every sentence, score it; return scores, seconds and words."""
    scores = EventScores()
    docs = [Document(g.id, g.text, g.date) for g in gold]
    pipeline.timings.clear()
    start = time.perf_counter()
    outcomes = list(pipeline.annotate_many(docs))
    seconds = time.perf_counter() - start
    for g, outcome in zip(gold, outcomes, strict=True):
        if outcome.result is None:
            scores.errors.append(f"{g.id}: rejected: {outcome.error}")
            continue
        record = document_json(outcome.result)
        if dump is not None:
            dump.write(json.dumps(record, ensure_ascii=False) + "\n")  # type: ignore[attr-defined]
        score_sentence(scores, g, record, coded_type)
    return scores, seconds, sum(len(g.text.split()) for g in gold)


def run_reports(pipeline: Pipeline, reports: list[Report], dump: object | None) -> ReportScores:
    """Annotate every report as a document published on its day; score it."""
    scores = ReportScores()
    docs = [Document(r.id, r.text, r.published) for r in reports]
    for r, outcome in zip(reports, pipeline.annotate_many(docs), strict=True):
        if outcome.result is None:
            scores.errors.append(f"{r.id}: rejected: {outcome.error}")
            continue
        record = document_json(outcome.result)
        if dump is not None:
            dump.write(json.dumps(record, ensure_ascii=False) + "\n")  # type: ignore[attr-defined]
        score_report(scores, r, record, coded_type)
    return scores


def report_rows(
    pipeline: Pipeline, dump: object | None, errors: int, floors: dict[tuple[str, str], float]
) -> list[str]:
    """Print the conflict-report measures per split; return the floors missed."""
    failed = []
    for split in SPLITS:
        name = f"reports-{split}"
        scores = run_reports(pipeline, list(read_reports(split=split)), dump)
        for measure, tally in scores.rows():
            print(f"{name:<14}{measure:<34}{tally.rate:>8.3f}{tally.hits:>7}{tally.total:>6}")
            floor = floors.get((name, measure))
            if floor is not None and tally.rate < floor:
                failed.append(f"{name}/{measure}: {tally.rate:.3f} < {floor}")
        print(
            f"{name:<14}{'coded attacks per report':<34}{scores.attacks / scores.found.total:>8.2f}"
        )
        if split == "dev":  # test errors stay unseen: that split is for measuring only
            for line in scores.errors[:errors]:
                print("  " + line)
    return failed


def spacy_seconds(pipeline: Pipeline, texts: list[str], repeat: int = 2) -> float:
    """Best time of spaCy alone over ``texts``."""
    nlp = pipeline.components[0].nlp  # type: ignore[attr-defined]
    best = float("inf")
    for _ in range(repeat):
        gc.collect()
        start = time.perf_counter()
        for _ in nlp.pipe(texts, batch_size=pipeline.settings.batch_size):
            pass
        best = min(best, time.perf_counter() - start)
    return best


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--set", choices=["plover", "petrarch", "reports", "both", "all"], default="all"
    )
    parser.add_argument("--gate", action="store_true", help="exit 1 when a floor is missed")
    parser.add_argument("--errors", type=int, default=0, help="print this many type errors")
    parser.add_argument("--dump", type=Path, help="write the system JSON lines here")
    args = parser.parse_args()
    sets = {"plover": read_plover_gsr, "petrarch": read_petrarch2}
    chosen = list(sets) if args.set in ("both", "all") else [args.set] if args.set in sets else []
    if chosen and not EVENTS.is_dir():
        print(
            f"events bench: gold data not found at {EVENTS} (set DATELINE_SHARED)", file=sys.stderr
        )
        return 2
    pipeline = Pipeline.build(Settings.load(env={}))
    floors = dict(FLOORS)
    names = [c.name for c in pipeline.components]
    if "actors" in names:
        floors.update(RESOLVED_FLOORS)
    print(f"pipeline: {', '.join(names)}")
    dump = args.dump.open("w", encoding="utf-8") if args.dump else None
    failed = []
    print(f"{'set':<10}{'measure':<38}{'rate':>8}{'hits':>7}{'n':>6}")
    if args.set in ("reports", "all"):
        failed += report_rows(pipeline, dump, args.errors, REPORT_FLOORS)
    for name in chosen:
        gold = list(sets[name]())
        pipeline.annotate_many([Document("warm", "Warm up.", gold[0].date)]).__next__()
        scores, seconds, words = run_set(pipeline, gold, dump)
        base = spacy_seconds(pipeline, [g.text for g in gold])
        for measure, tally in scores.rows():
            if tally.total:
                print(f"{name:<10}{measure:<38}{tally.rate:>8.3f}{tally.hits:>7}{tally.total:>6}")
            floor = floors.get((name, measure))
            if floor is not None and tally.rate < floor:
                failed.append(f"{name}/{measure}: {tally.rate:.3f} < {floor}")
        print(
            f"{name:<10}{'words/s (pipeline; spaCy alone)':<38}{words / seconds:>8,.0f}"
            f"  ({words / base:,.0f}; ratio {base / seconds:.2f})"
        )
        own = pipeline.timings.get("events", 0.0)
        print(
            f"{name:<10}{'events component, share of spaCy':<38}{own / base:>8.1%}  ({own:.2f} s)"
        )
        for line in scores.errors[: args.errors]:
            print("  " + line)
    if dump is not None:
        dump.close()
    if failed:
        print("events gate: FAILED " + "; ".join(failed), file=sys.stderr)
        return 1 if args.gate else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
