"""Quote benchmark: dateline (and textacy's direct_quotations as a baseline) on PolNeAR.

Runs the default pipeline on ../shared/eval/quotes/polnear/docs/{dev,train}, writes the
system output (one JSON line per document, body offsets) and scores it with
bench/scoring/quotes.py, whose numbers equal
``../shared/tools/quote_score.py score --system-offsets body`` on the same file.

    python bench/quotes.py                      # dev + train, table
    python bench/quotes.py --split dev --gate   # exit 1 below the pinned floors
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.corpora import polnear
from bench.scoring.quotes import score
from dateline.config import Settings
from dateline.contract import quote_json
from dateline.model import Document
from dateline.pipeline import Pipeline

# Floors for --gate, pinned a little under the numbers measured on PolNeAR dev + train
# (direct e2e F1 0.851, all relations 0.640, speaker correct 0.950); dev alone measures
# 0.849, 0.669 and 0.945.
FLOORS: dict[str, float] = {
    "direct e2e F1": 0.83,
    "all e2e F1": 0.62,
    "direct speaker correct": 0.93,
}

System = Callable[[list[Document]], dict[str, dict[str, Any]]]


def run_dateline(pipeline: Pipeline) -> System:
    """The dateline system: the full default pipeline, quotes layer as contract JSON."""

    def run(docs: list[Document]) -> dict[str, dict[str, Any]]:
        out: dict[str, dict[str, Any]] = {}
        for outcome in pipeline.annotate_many(docs):
            doc = outcome.document
            quotes = []
            if outcome.result is not None:
                quotes = [quote_json(q, doc.text) for q in outcome.result.annotations.quotes]
            out[doc.id] = {"doc": doc.id, "quotes": quotes}
        return out

    return run


def run_textacy(model: str) -> System | None:
    """textacy's direct_quotations on its own spaCy pass, or None when not installed."""
    try:
        import spacy
        from textacy.extract.triples import direct_quotations
    except ImportError:
        return None
    nlp = spacy.load(model)

    def run(docs: list[Document]) -> dict[str, dict[str, Any]]:
        out: dict[str, dict[str, Any]] = {}
        for doc, sdoc in zip(docs, nlp.pipe(d.text for d in docs), strict=True):
            quotes: list[dict[str, Any]] = []
            try:
                found = list(direct_quotations(sdoc))
            except ValueError:  # textacy gives up on documents with unbalanced marks
                found = []
            for dq in found:
                speaker, cue = _token_hull(dq.speaker), _token_hull(dq.cue)
                quotes.append(
                    {
                        "content_start": dq.content.start_char,
                        "content_end": dq.content.end_char,
                        "speaker_start": speaker[0] if speaker else None,
                        "speaker_end": speaker[1] if speaker else None,
                        "speaker_name": " ".join(t.text for t in dq.speaker) or None,
                        "cue_start": cue[0] if cue else None,
                        "cue_end": cue[1] if cue else None,
                        "direct": True,
                    }
                )
            out[doc.id] = {"doc": doc.id, "quotes": quotes}
        return out

    return run


def _token_hull(tokens: list[Any]) -> tuple[int, int] | None:
    if not tokens:
        return None
    return min(t.idx for t in tokens), max(t.idx + len(t) for t in tokens)


def run_spacy(pipeline: Pipeline) -> System:
    """The bare spaCy pass over the same texts (the speed baseline)."""
    nlp = pipeline.components[0].nlp  # type: ignore[attr-defined]

    def run(docs: list[Document]) -> dict[str, dict[str, Any]]:
        for _ in nlp.pipe((d.text for d in docs), batch_size=pipeline.settings.batch_size):
            pass
        return {}

    return run


def quotes_share(pipeline: Pipeline, docs: list[Document]) -> float:
    """Time in the quotes component as a fraction of the spaCy pass, on the same documents."""
    from dateline.deadline import Deadline
    from dateline.model import Annotations

    parse, comps = pipeline.components[0], pipeline.components[1:]
    quotes = next(c for c in comps if c.name == "quotes")
    before = [c for c in comps if c.name in quotes.requires and c.name != "parse"]
    start = time.perf_counter()
    anns = list(parse.pipe(docs, [Annotations()] * len(docs)))  # type: ignore[attr-defined]
    spacy_seconds = time.perf_counter() - start
    spent = 0.0
    for doc, ann in zip(docs, anns, strict=True):
        for comp in before:
            ann = comp(doc, ann, Deadline.unlimited())
        start = time.perf_counter()
        quotes(doc, ann, Deadline.unlimited())
        spent += time.perf_counter() - start
    return spent / spacy_seconds if spacy_seconds else 0.0


def timed(system: System, docs: list[Document]) -> tuple[dict[str, dict[str, Any]], float]:
    """Run a system and return its output and words per second."""
    words = sum(len(d.text.split()) for d in docs)
    start = time.perf_counter()
    out = system(docs)
    seconds = time.perf_counter() - start
    return out, words / seconds if seconds > 0 else 0.0


def summary(result: dict[str, Any]) -> dict[str, float | None]:
    """The headline numbers of one scoring run, as fractions."""
    spk = result["speaker_among_matched"]

    def pct(value: float | None) -> float | None:
        return None if value is None else value / 100

    return {
        "content exact F1": pct(result["content_exact"]["F1"]),
        "content overlap F1": pct(result["content_overlap"]["F1"]),
        "content soft F1": pct(result["content_soft_chars"]["F1"]),
        "speaker span": pct(spk["span"]["acc"]),
        "speaker name (strict)": pct(spk["name_strict"]["acc"]),
        "speaker name (lenient)": pct(spk["name_lenient_silver"]["acc"]),
        "speaker correct": pct(spk["correct(span|lenient_name)"]["acc"]),
        "end-to-end P": pct(result["end_to_end(content_overlap+speaker)"]["P"]),
        "end-to-end R": pct(result["end_to_end(content_overlap+speaker)"]["R"]),
        "end-to-end F1": pct(result["end_to_end(content_overlap+speaker)"]["F1"]),
        "cue accuracy": pct(result["cue_among_matched"]["acc"]),
    }


def print_table(columns: dict[str, dict[str, float | None]], speeds: dict[str, float]) -> None:
    """Rows of metrics, one column per system and scope."""
    names = list(columns)
    rows = list(next(iter(columns.values())))
    width = max(len(r) for r in rows) + 2
    print("metric".ljust(width) + "".join(n.rjust(18) for n in names))
    for row in rows:
        cells = []
        for n in names:
            value = columns[n][row]
            cells.append(("-" if value is None else f"{value:.3f}").rjust(18))
        print(row.ljust(width) + "".join(cells))
    for system, wps in speeds.items():
        print(f"{system} words/s".ljust(width) + f"{wps:,.0f}".rjust(18))


def gate(columns: dict[str, dict[str, float | None]]) -> list[str]:
    """Messages for every floor the dateline numbers fall below."""
    measured = {
        "direct e2e F1": columns["dateline direct"]["end-to-end F1"],
        "all e2e F1": columns["dateline all"]["end-to-end F1"],
        "direct speaker correct": columns["dateline direct"]["speaker correct"],
    }
    return [
        f"{name}: {measured[name]} < floor {floor}"
        for name, floor in FLOORS.items()
        if (measured[name] or 0.0) < floor
    ]


def write_jsonl(path: Path, records: Iterable[dict[str, Any]]) -> None:
    """One JSON object per line."""
    with path.open("w", encoding="utf-8") as fh:
        for rec in records:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark; return the exit status."""
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--shared", type=Path, default=None, help="the shared folder (../shared)")
    ap.add_argument("--split", action="append", choices=polnear.SPLITS, help="default: all")
    ap.add_argument("--limit", type=int, default=None, help="documents per split")
    ap.add_argument("--out", type=Path, default=Path("bench-out"), help="system output folder")
    ap.add_argument("--no-baseline", action="store_true", help="skip textacy")
    ap.add_argument("--no-speed", action="store_true", help="skip the spaCy-alone timings")
    ap.add_argument("--gate", action="store_true", help="exit 1 below the pinned floors")
    args = ap.parse_args(argv)
    folder = polnear.root(args.shared)
    if not polnear.available(folder):
        print(f"PolNeAR not found at {folder}: nothing to measure (skipped)")
        return 0
    splits = tuple(args.split or polnear.SPLITS)
    gold = {k: v.record for s in splits for k, v in polnear.gold(folder, s).items()}
    docs = [d for s in splits for d in polnear.documents(folder, s, args.limit)]
    gold = {d.id: gold[d.id] for d in docs if d.id in gold}
    settings = Settings.load(env={})
    pipeline = Pipeline.build(settings)
    systems: dict[str, System] = {"dateline": run_dateline(pipeline)}
    baseline = None if args.no_baseline else run_textacy(settings.model)
    if baseline is not None:
        systems["textacy"] = baseline
    elif not args.no_baseline:
        print("textacy is not installed (pip install -e '.[bench]'): no baseline")
    args.out.mkdir(parents=True, exist_ok=True)
    columns: dict[str, dict[str, float | None]] = {}
    speeds: dict[str, float] = {}
    for name, system in systems.items():
        out, speeds[name] = timed(system, docs)
        write_jsonl(args.out / f"quotes-{name}.jsonl", out.values())
        for scope in ("all", "direct"):
            columns[f"{name} {scope}"] = summary(score(gold, out, direct_only=scope == "direct"))
    share = None
    if not args.no_speed:
        _, speeds["spaCy alone"] = timed(run_spacy(pipeline), docs)
        share = quotes_share(pipeline, docs)
    print(f"PolNeAR {'+'.join(splits)}: {len(docs)} documents, {len(gold)} with gold")
    print_table(columns, speeds)
    if share is not None:
        for name in systems:
            print(f"{name} speed / spaCy alone: {speeds[name] / speeds['spaCy alone']:.2f}")
        print(f"quotes component time / spaCy pass: {share:.3f}")
    failures = gate(columns)
    for failure in failures:
        print(f"GATE: {failure}")
    return 1 if args.gate and failures else 0


if __name__ == "__main__":
    sys.exit(main())
