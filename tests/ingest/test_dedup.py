"""Near-duplicate signatures: small edits stay similar, different stories do not."""

from __future__ import annotations

from pathlib import Path

import pytest

from dateline.ingest.dedup import BANDS, NEAR_JACCARD, PERMUTATIONS, Signature, signature

EXAMPLES = sorted((Path(__file__).parents[2] / "examples" / "news").glob("*.txt"))


@pytest.fixture(scope="module")
def stories() -> list[str]:
    return [p.read_text(encoding="utf-8") for p in EXAMPLES]


def test_small_edits_stay_above_the_threshold(stories: list[str]) -> None:
    for story in stories:
        base = signature(story)
        assert base.similarity(signature(story)) == 1.0
        assert base.similarity(signature(story.upper().replace(" ", "  "))) == 1.0
        updated = story + "\n\nThis story has been updated with comment from officials."
        assert base.similarity(signature(updated)) >= NEAR_JACCARD


def test_different_stories_stay_below_the_threshold(stories: list[str]) -> None:
    sigs = [signature(s) for s in stories]
    for i, a in enumerate(sigs):
        for b in sigs[i + 1 :]:
            assert a.similarity(b) < NEAR_JACCARD / 2


def test_storage_roundtrip_and_band_keys_fit_bigint(stories: list[str]) -> None:
    sig = signature(stories[0])
    assert len(sig.values) == PERMUTATIONS
    assert Signature.from_bytes(sig.to_bytes()) == sig
    keys = sig.bands()
    assert len(keys) == BANDS and all(0 <= k < 2**63 for k in keys)
    assert signature(stories[0]).bands() == keys  # deterministic across calls


def test_tiny_and_empty_texts_do_not_crash() -> None:
    assert len(signature("").values) == PERMUTATIONS
    assert signature("one two").similarity(signature("one two")) == 1.0
