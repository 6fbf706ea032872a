"""Timex benchmark: TempEval-3 scores on TBAQ and MEANTIME, speed against HeidelTime.

Runs dateline's ``parse`` and ``timex`` components on each document's exact TimeML
TEXT with its creation time as the publication date, scores the output with
bench/scoring/timex.py and prints strict/relaxed span P/R/F1, value F1 and type F1 per
corpus, plus words/s of the timex component alone (the shared spaCy pass is timed
separately). With the ``bench`` extra installed, HeidelTime runs in the same process
tree (one JVM) and is printed side by side with the speed ratio.

    python bench/timex.py                 # table
    python bench/timex.py --check         # also assert equality with ../shared/tools/timex_score.py
                                          # and that the cue prefilter changes nothing
    python bench/timex.py --gate          # exit 1 below the pinned floors
    python bench/timex.py --errors tbaq   # list mismatches of one corpus (error analysis)
    python bench/timex.py --parse-cache /tmp/parses   # reuse spaCy parses between runs
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.corpora.timeml import TimeMLDoc, read_corpus  # noqa: E402
from bench.scoring.timex import Metrics, as_reference_dict, errors, score  # noqa: E402

SHARED = ROOT.parent / "shared"
CORPORA = {
    "tbaq": SHARED / "eval" / "timex" / "tbaq",
    "meantime": SHARED / "eval" / "timex" / "meantime",
}
REFERENCE_SCORER = SHARED / "tools" / "timex_score.py"

# Pinned floors for --gate (a little under the numbers measured when they were set).
# Measured: TBAQ value 0.837 / relaxed 0.944; MEANTIME 0.853 / 0.940 (the target
# is 0.85 / 0.92; these floors guard against regressions, they are not the target).
FLOORS: dict[str, dict[str, float]] = {
    "tbaq": {"value_f1": 0.835, "relaxed_f1": 0.940},
    "meantime": {"value_f1": 0.849, "relaxed_f1": 0.936},
}
SPEED_RATIO_FLOOR = 10.0


@dataclass(frozen=True, slots=True)
class SystemTimex:
    """A system timex as the scorer and the JSONL file see it."""

    start: int
    end: int
    type: str
    value: str
    text: str


@dataclass(slots=True)
class Run:
    """One system's output on one corpus and the time it took."""

    name: str
    output: dict[str, list[SystemTimex]] = field(default_factory=dict)
    seconds: float = 0.0
    words: int = 0

    @property
    def words_per_second(self) -> float:
        """Throughput over the timed part."""
        return self.words / self.seconds if self.seconds else math.inf


def run_dateline(docs: Sequence[TimeMLDoc], cache: Path | None = None) -> tuple[Run, float]:
    """dateline's timex output; also returns the seconds of the shared spaCy pass.

    With ``cache``, parses are read from (or written to) a DocBin keyed by the model and
    the texts, so error-analysis runs skip the spaCy pass; the seconds are then 0.
    """
    from dateline.config import Settings
    from dateline.deadline import Deadline
    from dateline.model import Annotations, Document
    from dateline.nlp.parse import ParseComponent
    from dateline.nlp.timex import TimexComponent
    from dateline.resources import Resources

    settings = Settings.load(env={})
    resources = Resources(settings)
    parse, timex = ParseComponent.create(resources), TimexComponent.create(resources)
    documents = [Document(d.id, d.text, d.dct) for d in docs]
    started = time.perf_counter()
    sdocs = cached_parses(parse, documents, cache)
    parse_seconds = 0.0 if sdocs else time.perf_counter() - started
    if not sdocs:
        parsed = list(parse.pipe(documents, [Annotations()] * len(documents)))
        parse_seconds = time.perf_counter() - started
        store_parses(parse, documents, [a.parse for a in parsed], cache)
    else:
        parsed = [Annotations(parse=sdoc) for sdoc in sdocs]
    run = Run("dateline", words=sum(len(d.text.split()) for d in docs))
    for doc, ann in zip(documents, parsed, strict=True):
        started = time.perf_counter()
        out = timex(doc, ann, Deadline(60.0))
        run.seconds += time.perf_counter() - started
        run.output[doc.id] = [
            SystemTimex(t.span.start, t.span.end, t.type, t.value, t.text) for t in out.timexes
        ]
    return run, parse_seconds


def _cache_file(parse: object, documents: Sequence[object], cache: Path) -> Path:
    """The DocBin path for these texts under this model."""
    nlp = parse.nlp  # type: ignore[attr-defined]
    digest = hashlib.sha256(f"{nlp.meta['name']}-{nlp.meta['version']}".encode())
    for d in documents:
        digest.update(d.text.encode("utf-8") + b"\0")  # type: ignore[attr-defined]
    return cache / f"timex-parses-{digest.hexdigest()[:16]}.spacy"


def cached_parses(parse: object, documents: Sequence[object], cache: Path | None) -> list:
    """Parses from the cache, or an empty list when there is none."""
    if cache is None or not _cache_file(parse, documents, cache).exists():
        return []
    from spacy.tokens import DocBin

    bin_ = DocBin().from_disk(_cache_file(parse, documents, cache))
    return list(bin_.get_docs(parse.nlp.vocab))  # type: ignore[attr-defined]


def store_parses(
    parse: object, documents: Sequence[object], sdocs: list, cache: Path | None
) -> None:
    """Write parses to the cache folder (when one is given)."""
    if cache is None:
        return
    from spacy.tokens import DocBin

    cache.mkdir(parents=True, exist_ok=True)
    DocBin(docs=sdocs, store_user_data=True).to_disk(_cache_file(parse, documents, cache))


def prefilter_disagreements(docs: Sequence[TimeMLDoc]) -> list[str]:
    """Documents where the cue prefilter changes what the patterns find (should be none)."""
    from dateline.nlp.timex_grammar import Grammar
    from dateline.rules import load_rules

    grammar = Grammar(load_rules("timex"))

    def spans(text: str, prefilter: bool) -> list[tuple[str, int, int]]:
        return [(f.rule.name, f.start, f.end) for f in grammar.scan(text, prefilter=prefilter)]

    return [d.id for d in docs if spans(d.text, True) != spans(d.text, False)]


def check_prefilter(corpus: str, docs: Sequence[TimeMLDoc]) -> list[str]:
    """Print whether the prefilter is exact on a corpus; return failure messages."""
    differ = prefilter_disagreements(docs)
    print(f"{'':<9} {'prefilter':<10} same candidates as a full scan: {'no' if differ else 'yes'}")
    return [f"{corpus}: the cue prefilter changes {', '.join(differ[:5])}"] if differ else []


def run_heideltime(docs: Sequence[TimeMLDoc], workdir: Path) -> Run:
    """HeidelTime's output, timed inside its one JVM."""
    from bench.baselines.heideltime import HeidelTime

    run = Run("heideltime", words=sum(len(d.text.split()) for d in docs))
    with HeidelTime(workdir) as tagger:
        tagger.tag("Warm-up on Tuesday.", docs[0].dct)  # JIT and TreeTagger start-up
        for doc in docs:
            found, seconds = tagger.tag(doc.text, doc.dct)
            run.seconds += seconds
            run.output[doc.id] = [
                SystemTimex(t.start, t.end, t.type, t.value, t.text) for t in found
            ]
    return run


def write_jsonl(run: Run, path: Path) -> None:
    """The system output in the reference scorer's JSONL format."""
    with path.open("w", encoding="utf-8") as fh:
        for doc_id, timexes in run.output.items():
            items = [
                {"start": t.start, "end": t.end, "type": t.type, "value": t.value, "text": t.text}
                for t in timexes
            ]
            fh.write(json.dumps({"doc": doc_id, "timexes": items}, ensure_ascii=False) + "\n")


def reference_metrics(folder: Path, system_jsonl: Path, workdir: Path) -> dict[str, object]:
    """Run ../shared/tools/timex_score.py on the output and return its overall metrics."""
    gold_dir = workdir / f"gold-{folder.name}"
    gold_dir.mkdir(exist_ok=True)
    for path in folder.rglob("*.tml"):  # the reference reads one flat folder
        link = gold_dir / path.name
        if not link.exists():
            link.symlink_to(path.resolve())
    out = workdir / f"{folder.name}-{system_jsonl.stem}.json"
    subprocess.run(
        [
            sys.executable,
            str(REFERENCE_SCORER),
            str(gold_dir),
            str(system_jsonl),
            "--json",
            str(out),
            "--quiet-warnings",
        ],
        check=True,
        capture_output=True,
    )
    return json.loads(out.read_text(encoding="utf-8"))["overall"]


def same_metrics(ours: dict[str, object], theirs: dict[str, object]) -> bool:
    """True when every number agrees (counts exactly, rates to 1e-12)."""
    if ours["counts"] != theirs["counts"]:
        return False
    return all(
        math.isclose(float(ours[k]), float(theirs[k]), abs_tol=1e-12)  # type: ignore[arg-type]
        for k in ours
        if k != "counts"
    )


def gold_of(docs: Sequence[TimeMLDoc]) -> dict[str, list[SystemTimex]]:
    """Gold timexes by document id."""
    return {
        d.id: [SystemTimex(t.start, t.end, t.type, t.value, t.text) for t in d.timexes]
        for d in docs
    }


def print_row(corpus: str, system: str, m: Metrics, run: Run) -> None:
    """One row of the results table."""
    print(
        f"{corpus:<9} {system:<10} {m.strict_p:6.3f} {m.strict_r:6.3f} {m.strict_f1:6.3f}  "
        f"{m.relaxed_p:6.3f} {m.relaxed_r:6.3f} {m.relaxed_f1:6.3f}  "
        f"{m.value_f1:6.3f} {m.type_f1:6.3f}  {run.words_per_second:12,.0f}"
    )


def print_errors(docs: Sequence[TimeMLDoc], run: Run) -> None:
    """Every mismatch, miss and spurious timex (for error analysis).

    A mismatch is labelled by what differs, as value F1 counts it: MISMATCH-VALUE (a wrong
    value), MISMATCH-TYPE (right value, wrong type) or MISMATCH-SPAN (extent only), so
    ``grep -c`` gives the buckets.
    """
    gold = gold_of(docs)
    for doc in docs:
        for kind, g, s in errors(gold[doc.id], run.output.get(doc.id, [])):
            if kind == "MISMATCH" and g is not None and s is not None:
                kind += "-VALUE" if g.value != s.value else "-TYPE" if g.type != s.type else "-SPAN"
            shown = " | ".join(f"{t.text!r} {t.type} {t.value}" for t in (g, s) if t is not None)
            print(f"{doc.id}\t{doc.dct}\t{kind}\t{shown}")


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    """Command-line options."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--gate", action="store_true", help="exit 1 below the pinned floors")
    ap.add_argument("--check", action="store_true", help="compare with the reference scorer")
    ap.add_argument("--no-heideltime", action="store_true", help="skip HeidelTime")
    ap.add_argument("--errors", choices=sorted(CORPORA), help="print one corpus's errors")
    ap.add_argument("--out", type=Path, help="keep the system JSONL files in this folder")
    ap.add_argument(
        "--parse-cache", type=Path, help="reuse spaCy parses stored in this folder (no timing)"
    )
    return ap.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the benchmark; the exit status is 1 when a gate or a check fails."""
    args = parse_args(argv)
    failures: list[str] = []
    header = (
        f"{'corpus':<9} {'system':<10} {'sP':>6} {'sR':>6} {'sF1':>6}  {'rP':>6} {'rR':>6} "
        f"{'rF1':>6}  {'valF1':>6} {'typF1':>6}  {'words/s':>12}"
    )
    heideltime_reason = None if not args.no_heideltime else "skipped (--no-heideltime)"
    if heideltime_reason is None:
        from bench.baselines.heideltime import unavailable

        heideltime_reason = unavailable()
    with tempfile.TemporaryDirectory() as tmp:
        workdir = args.out or Path(tmp)
        workdir.mkdir(parents=True, exist_ok=True)
        print(header)
        for corpus, folder in CORPORA.items():
            if not folder.is_dir():
                print(
                    f"{corpus:<9} missing: {folder} (benchmarks read ../shared beside the checkout)"
                )
                failures.append(f"{corpus}: corpus missing") if args.gate else None
                continue
            failures += run_corpus(corpus, folder, workdir, args, heideltime_reason)
    if heideltime_reason:
        print(f"HeidelTime not run: {heideltime_reason}")
    for failure in failures:
        print(f"FAIL {failure}")
    return 1 if failures else 0


def run_corpus(
    corpus: str,
    folder: Path,
    workdir: Path,
    args: argparse.Namespace,
    heideltime_reason: str | None,
) -> list[str]:
    """Run, score, print and check one corpus; return failure messages."""
    failures: list[str] = []
    docs = read_corpus(folder)
    gold = gold_of(docs)
    ours, parse_seconds = run_dateline(docs, args.parse_cache)
    m = score(gold, ours.output)
    print_row(corpus, "dateline", m, ours)
    parse_speed = f"{ours.words / parse_seconds:,.0f} words/s" if parse_seconds else "cached"
    print(f"{'':<9} {'(spaCy)':<10} shared parse pass: {parse_speed}")
    runs = [ours]
    if heideltime_reason is None:
        theirs = run_heideltime(docs, workdir / "heideltime")
        print_row(corpus, "heideltime", score(gold, theirs.output), theirs)
        ratio = ours.words_per_second / theirs.words_per_second
        print(f"{'':<9} {'speed':<10} dateline timex / HeidelTime = {ratio:,.1f}x")
        runs.append(theirs)
        if args.gate and ratio < SPEED_RATIO_FLOOR:
            failures.append(f"{corpus}: speed ratio {ratio:.1f} < {SPEED_RATIO_FLOOR}")
    if args.check:
        failures += check_prefilter(corpus, docs)
        for run in runs:
            path = workdir / f"{corpus}-{run.name}.jsonl"
            write_jsonl(run, path)
            reference = reference_metrics(folder, path, workdir)
            agree = same_metrics(as_reference_dict(score(gold, run.output)), reference)
            print(f"{'':<9} {run.name:<10} reference scorer agrees: {'yes' if agree else 'NO'}")
            if not agree:
                failures.append(f"{corpus}/{run.name}: scorer disagrees with {REFERENCE_SCORER}")
    elif args.out:
        for run in runs:
            write_jsonl(run, workdir / f"{corpus}-{run.name}.jsonl")
    if args.gate:
        floors = FLOORS[corpus]
        for key, got in (("value_f1", m.value_f1), ("relaxed_f1", m.relaxed_f1)):
            if got < floors[key]:
                failures.append(f"{corpus}: {key} {got:.3f} < floor {floors[key]:.3f}")
    if args.errors == corpus:
        print_errors(docs, ours)
    return failures


if __name__ == "__main__":
    sys.exit(main())
