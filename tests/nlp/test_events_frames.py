"""Trigger finding: the array prefilter skips only tokens that cannot be triggers."""

from __future__ import annotations

from dateline.nlp.events_tokens import NOUNISH, VERBISH, DocView, verb_forms
from dateline.pipeline import Pipeline

SENTENCES = [
    "Activists staged rallies and blocked roads after troops shelled the town.",
    "The minister said the allies must reach an agreement, and alleged crimes were probed.",
    "Hundreds of protesters marched; police detained 40 and a general strike began.",
    "Strike on Kyiv: drones hit the grid as Moscow denied striking civilians.",
]


def test_prefilter_finds_what_a_token_by_token_search_finds(pipeline: Pipeline) -> None:
    nlp = pipeline.components[0].nlp  # type: ignore[attr-defined]
    finder = next(c for c in pipeline.components if c.name == "events").finder  # type: ignore[attr-defined]
    for text in SENTENCES:
        doc = nlp(text)
        view = DocView(doc, text)
        fast = {t.token.i for s in doc.sents for t in finder.find(s.start, s.end, view)}
        slow = set()
        for tok in doc:
            if tok.pos_ in VERBISH and tok.pos_ != "AUX" and tok.dep_ != "amod":
                found = finder._verb(tok) or finder._reported_obligation(tok)
            elif tok.pos_ in NOUNISH:
                found = finder.noun_trigger(tok)
            else:
                found = None
            if found is not None:
                slow.add(tok.i)
        assert fast == slow, text
        assert fast, text


def test_verb_forms_recover_lemmatizer_misses(pipeline: Pipeline) -> None:
    nlp = pipeline.components[0].nlp  # type: ignore[attr-defined]
    doc = nlp("Students staged a sit-in.")
    staged = next(t for t in doc if t.lower_ == "staged")
    assert "stage" in verb_forms(staged)
