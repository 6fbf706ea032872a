"""The seed article (read from ../shared at run time): every attribution the owner lists."""

from __future__ import annotations

from pathlib import Path

import pytest

from dateline.ingest import ReadOptions, read_inputs
from dateline.model import AnnotatedDocument, Document
from dateline.pipeline import Pipeline

SEED = Path(__file__).resolve().parents[2].parent / "shared" / "seed" / "000_c3de11c9f0166d7f.txt"


@pytest.fixture(scope="module")
def seed(pipeline: Pipeline) -> AnnotatedDocument:
    if not SEED.is_file():
        pytest.skip(f"seed article not found at {SEED}")
    [doc] = list(read_inputs([str(SEED)], ReadOptions()))
    assert isinstance(doc, Document)
    return pipeline.annotate(doc)


def test_seed_speakers_in_order(seed: AnnotatedDocument) -> None:
    names = [q.speaker_name for q in seed.annotations.quotes]
    assert names == [
        "Downing Street",
        "Prime Minister’s official spokesman",
        "Prime Minister’s official spokesman",
        "Ukrainian officials",
        "John Healey",
        "Boris Johnson",
        "Sir Keir’s official spokesman",
        "Sir Keir’s official spokesman",
    ]


def test_seed_quote_kinds_and_pieces(seed: AnnotatedDocument) -> None:
    quotes = seed.annotations.quotes
    assert [q.kind for q in quotes] == [
        "mixed",
        "direct",
        "direct",
        "mixed",
        "mixed",
        "indirect",
        "mixed",
        "direct",
    ]
    assert [len(q.content_spans) for q in quotes][2] == 3  # "He added:" over three paragraphs
    text = seed.document.text
    assert all(text[q.cue.start : q.cue.end] == "added" for q in (quotes[2], quotes[7]))


def test_seed_scare_quotes_are_not_quotes(seed: AnnotatedDocument) -> None:
    text = seed.document.text
    phrase = "coalition of the willing"
    starts = [i for i in range(len(text)) if text.startswith(phrase, i)]
    assert len(starts) == 2
    for q in seed.annotations.quotes:
        for start in starts:
            assert not (q.content.start < start + len(phrase) and start < q.content.end)
