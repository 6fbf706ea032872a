"""The sample news must keep producing the reviewed golden output (regressions show here)."""

from __future__ import annotations

import json

from dateline.pipeline import Pipeline
from tests.golden.update import GOLDEN, current_lines


def _facts(record: dict) -> list[str]:
    """A readable line per fact, so a failure shows what changed, not a wall of JSON."""
    out = [
        f"entity {e['text']!r} {e['label']} {(e.get('actor') or {}).get('id')}"
        f" {(e.get('place') or {}).get('geonameid')}"
        for e in record["entities"]
    ]
    out += [f"timex {t['text']!r} {t['value']}" for t in record["timexes"]]
    out += [f"quote {q['text'][:40]!r} {q['speaker_name']} {q['kind']}" for q in record["quotes"]]
    out += [
        f"event {e['type']} {e['aux']} {e['trigger']['text']!r} "
        f"{[a['country'] for a in e['actor']]} {e['date']['value']}"
        for e in record["events"]
    ]
    return out


def test_sample_news_matches_the_golden_output(pipeline: Pipeline) -> None:
    expected = [json.loads(line) for line in GOLDEN.read_text(encoding="utf-8").splitlines()]
    actual = [json.loads(line) for line in current_lines(pipeline)]
    assert [d["id"] for d in actual] == [d["id"] for d in expected]
    for got, want in zip(actual, expected, strict=True):
        assert _facts(got) == _facts(want), (
            f"{got['id']}: output changed; review it, then run python -m tests.golden.update"
        )
        assert got == want, (
            f"{got['id']}: offsets or details changed; see python -m tests.golden.update"
        )
