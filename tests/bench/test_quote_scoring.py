"""bench/scoring/quotes.py: small hand-made cases, and equality with the shared reference scorer."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from bench.corpora import polnear
from bench.quotes import run_dateline
from bench.scoring.quotes import names_match, score
from dateline.pipeline import Pipeline

SHARED = Path(__file__).resolve().parents[2].parent / "shared"
REFERENCE = SHARED / "tools" / "quote_score.py"
HEADER = "date 2025-01-01\n"
BODY = '"The bridge is safe," the engineer said. She added: "We checked it."\n'


def _at(sub: str) -> list[int]:
    start = (HEADER + BODY).index(sub)
    return [start, start + len(sub)]


GOLD = {
    "d": {
        "doc": "d",
        "text": HEADER + BODY,
        "header_len": len(HEADER),
        "quotes": [
            {
                "content_spans": [_at('"The bridge is safe,"')],
                "speaker_spans": [_at("the engineer")],
                "speaker_name": "the engineer",
                "cue_spans": [_at("said")],
                "cue_text": "said",
                "kind": "direct",
                "direct": True,
            },
            {
                "content_spans": [_at('"We checked it."')],
                "speaker_spans": [_at("She")],
                "speaker_name": "She",
                "speaker_is_pronoun": True,
                "cue_spans": [_at("added")],
                "cue_text": "added",
                "kind": "direct",
                "direct": True,
            },
        ],
    }
}


def _body(pair: list[int]) -> tuple[int, int]:
    return pair[0] - len(HEADER), pair[1] - len(HEADER)


def test_exact_match_ignores_quote_marks_and_speaker_by_span() -> None:
    s, e = _body(_at("The bridge is safe"))
    ss, se = _body(_at("engineer"))
    system = {
        "d": {
            "quotes": [
                {"content_start": s, "content_end": e, "speaker_start": ss, "speaker_end": se}
            ]
        }
    }
    result = score(GOLD, system)
    assert result["content_exact"]["tp"] == 1
    assert result["end_to_end(content_overlap+speaker)"]["tp"] == 1
    assert result["content_exact"]["R"] == 50.0


def test_pronoun_never_matches_by_name() -> None:
    s, e = _body(_at("We checked it."))
    system = {"d": {"quotes": [{"content_start": s, "content_end": e, "speaker_name": "she"}]}}
    result = score(GOLD, system)
    assert result["content_overlap"]["tp"] == 1
    assert result["end_to_end(content_overlap+speaker)"]["tp"] == 0


def test_split_quotes_with_one_cue_merge() -> None:
    a, b = _body(_at("The bridge")), _body(_at("is safe"))
    cue = _body(_at("said"))
    system = {
        "d": {
            "quotes": [
                {"content_start": x, "content_end": y, "cue_start": cue[0], "cue_end": cue[1]}
                for x, y in (a, b)
            ]
        }
    }
    result = score(GOLD, system)
    assert result["n_sys"] == 1
    assert result["content_exact"]["tp"] == 1


def test_names_match_rules() -> None:
    assert names_match("Keir Starmer", ["Sir Keir"])
    assert names_match("Prime Minister's official spokesman", ["the spokesman"])
    assert not names_match("He", ["He"])
    assert not names_match(None, ["Keir Starmer"])


@pytest.mark.skipif(not REFERENCE.is_file(), reason=f"reference scorer not found at {REFERENCE}")
@pytest.mark.parametrize("direct_only", [False, True])
def test_equal_to_reference_scorer_on_real_output(
    pipeline: Pipeline, tmp_path: Path, direct_only: bool
) -> None:
    folder = polnear.root(SHARED)
    docs = list(polnear.documents(folder, "dev", limit=8))
    gold = polnear.gold(folder, "dev")
    system = run_dateline(pipeline)(docs)
    gold_file, system_file = tmp_path / "gold.jsonl", tmp_path / "system.jsonl"
    gold_file.write_text(
        "".join(json.dumps(gold[d.id].record) + "\n" for d in docs), encoding="utf-8"
    )
    system_file.write_text("".join(json.dumps(r) + "\n" for r in system.values()), encoding="utf-8")
    args = [sys.executable, str(REFERENCE), "score", "--gold", str(gold_file)]
    args += ["--system", str(system_file), "--system-offsets", "body"]
    args += ["--direct-only"] if direct_only else []
    reference = json.loads(subprocess.run(args, capture_output=True, check=True, text=True).stdout)
    ours = score({d.id: gold[d.id].record for d in docs}, system, direct_only=direct_only)
    assert ours["n_sys"] > 0
    for key, value in ours.items():
        expected = reference[key]
        if key == "overlap_recall_by_gold_kind":
            expected = {k: v for k, v in expected.items() if k in value}
        assert value == expected, key
