"""The timex benchmark's scorer agrees with ../shared/tools/timex_score.py on real output."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from bench import timex as bench_timex
from bench.corpora.timeml import read_tml
from bench.scoring.timex import as_reference_dict, count, score
from bench.timex import SystemTimex, gold_of, reference_metrics, same_metrics, write_jsonl

HAVE_SHARED = bench_timex.REFERENCE_SCORER.is_file()
needs_shared = pytest.mark.skipif(not HAVE_SHARED, reason="../shared is not beside the checkout")

TML = """<?xml version="1.0" ?>
<TimeML>
<DOCID>{doc}</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2026-02-23"
 functionInDocument="CREATION_TIME">x</TIMEX3></DCT>
<TEXT>
The envoy arrived on <TIMEX3 tid="t1" type="DATE" value="2026-02-22">Sunday</TIMEX3> &amp; left
<TIMEX3 tid="t2" type="DURATION" value="P2D">two days</TIMEX3> later,
<TIMEX3 tid="t3" type="DATE" value="PRESENT_REF">now</TIMEX3>.
</TEXT>
</TimeML>
"""


def _write_gold(folder: Path) -> Path:
    folder.mkdir()
    for doc in ("a", "b"):
        (folder / f"{doc}.tml").write_text(TML.format(doc=doc), encoding="utf-8")
    return folder


def test_reader_offsets_index_the_text(tmp_path: Path) -> None:
    doc = read_tml(_write_gold(tmp_path / "gold") / "a.tml")
    assert doc.dct.isoformat() == "2026-02-23"
    assert [t.text for t in doc.timexes] == ["Sunday", "two days", "now"]
    assert all(doc.text[t.start : t.end] == t.text for t in doc.timexes)


def test_scorer_counts_by_hand(tmp_path: Path) -> None:
    doc = read_tml(_write_gold(tmp_path / "gold") / "a.tml")
    sunday, two_days, _now = doc.timexes
    system = [
        SystemTimex(sunday.start, sunday.end, "DATE", "2026-02-22", "Sunday"),
        SystemTimex(two_days.start, two_days.end + 6, "DURATION", "P2D", "x"),
        SystemTimex(0, 3, "DATE", "XXXX", "x"),
    ]
    c = count(doc.timexes, system)
    assert (c.gold, c.system, c.relaxed, c.strict, c.value, c.type) == (3, 3, 2, 1, 2, 2)
    m = score({"a": doc.timexes}, {"a": system})
    assert m.relaxed_f1 == pytest.approx(2 / 3)
    assert m.value_f1 == pytest.approx(2 / 3)


def test_errors_are_labelled_by_what_differs(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    doc = read_tml(_write_gold(tmp_path / "gold") / "a.tml")
    sunday, two_days, now = doc.timexes
    run = bench_timex.Run("dateline")
    run.output["a"] = [
        SystemTimex(sunday.start, sunday.end, "DATE", "2026-02-15", "Sunday"),
        SystemTimex(two_days.start, two_days.end + 6, "DURATION", "P2D", "two days later"),
        SystemTimex(now.start, now.end, "TIME", "PRESENT_REF", "now"),
    ]
    bench_timex.print_errors([doc], run)
    kinds = [line.split("\t")[2] for line in capsys.readouterr().out.splitlines()]
    assert kinds == ["MISMATCH-VALUE", "MISMATCH-SPAN", "MISMATCH-TYPE"]


@needs_shared
def test_scorer_equals_reference_on_a_made_up_corpus(tmp_path: Path) -> None:
    gold_dir = _write_gold(tmp_path / "gold")
    docs = [read_tml(p) for p in sorted(gold_dir.glob("*.tml"))]
    run = bench_timex.Run("sys")
    first = docs[0].timexes
    run.output["a"] = [
        SystemTimex(t.start, t.end + (1 if i == 1 else 0), t.type, t.value, "")
        for i, t in enumerate(first)
    ]
    run.output["b"] = [SystemTimex(1, 4, "DATE", "2026", "")]
    path = tmp_path / "sys.jsonl"
    write_jsonl(run, path)
    ours = as_reference_dict(score(gold_of(docs), run.output))
    assert same_metrics(ours, reference_metrics(gold_dir, path, tmp_path))


@needs_shared
@pytest.mark.parametrize("corpus", ["meantime", "tbaq"])
def test_scorer_equals_reference_on_real_output(corpus: str, tmp_path: Path) -> None:
    folder = bench_timex.CORPORA[corpus]
    subset = tmp_path / corpus
    subset.mkdir()
    for path in sorted(folder.rglob("*.tml"))[:40]:
        (subset / path.name).symlink_to(path.resolve())
    docs = bench_timex.read_corpus(subset)
    run, _ = bench_timex.run_dateline(docs)
    assert sum(len(v) for v in run.output.values()) > 0
    path = tmp_path / "out.jsonl"
    write_jsonl(run, path)
    ours = as_reference_dict(score(gold_of(docs), run.output))
    assert same_metrics(ours, reference_metrics(subset, path, tmp_path))


@needs_shared
def test_bench_script_runs_standalone() -> None:
    done = subprocess.run(
        [sys.executable, str(Path(bench_timex.__file__)), "--help"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert "--gate" in done.stdout
