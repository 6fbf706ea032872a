"""Near-duplicate signatures: small edits stay similar, different stories do not."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from dateline.ingest.dedup import BANDS, NEAR_JACCARD, PERMUTATIONS, Signature, signature

PINNED_DIGEST = "c216584b9434e579"  # sha256 prefix of the stored form
PINNED_BANDS = (7182811788938716602, 3100770885155630552)
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


def test_signatures_stay_comparable_with_stored_ones() -> None:
    # Pinned from the first implementation: a faster one must hash words and bands alike,
    # or new documents would never meet their stored twins.
    sig = signature("The river rose overnight and the ferry to the island stopped running.")
    assert hashlib.sha256(sig.to_bytes()).hexdigest()[:16] == PINNED_DIGEST
    assert sig.bands()[:2] == PINNED_BANDS
    assert all(type(v) is int for v in sig.values)
    assert all(type(v) is int for v in Signature.from_bytes(sig.to_bytes()).values)
