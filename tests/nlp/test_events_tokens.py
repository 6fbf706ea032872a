"""Token helpers shared by the events modules (dateline.nlp.events_tokens)."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from dateline.nlp.events_tokens import prep_word


def _doc(words: list[str], heads: list[int], deps: list[str], lemmas: list[str]) -> Doc:
    return Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, lemmas=lemmas)


def test_prep_word_reads_through_of_and_to_to_the_word_that_carries_the_sense() -> None:
    ahead = _doc(
        ["ahead", "of", "talks"], [0, 0, 1], ["ROOT", "prep", "pobj"], ["ahead", "of", "talk"]
    )
    assert prep_word(ahead[2], frozenset()) == "ahead"
    prior = _doc(
        ["prior", "to", "talks"], [0, 0, 1], ["ROOT", "prep", "pobj"], ["prior", "to", "talk"]
    )
    assert prep_word(prior[2], frozenset()) == "prior"


def test_prep_word_keeps_a_listed_surface_form() -> None:
    # "following the killing" read as a verb: lemma "follow", surface "following"
    doc = _doc(
        ["following", "the", "killing"],
        [0, 2, 0],
        ["ROOT", "det", "pobj"],
        ["follow", "the", "killing"],
    )
    assert prep_word(doc[2], frozenset({"following"})) == "following"
    assert prep_word(doc[2], frozenset()) == "follow"
