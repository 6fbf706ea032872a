"""Attributions without a speech verb: bylines after quotations and "Name: claim" headlines."""

from __future__ import annotations

from dateline.pipeline import Pipeline
from tests.nlp.test_quotes import quotes_of


def test_bylines_after_quotations_name_their_speakers(pipeline: Pipeline) -> None:
    text = (
        "Replies from our readers after the vote.\n\n"
        "“We queued for three hours and it was worth it.” ― Teodora Vasquez\n\n"
        "“Nobody asked the farmers what they needed.” — Malik Osei “They never do.” ― "
        "Ingrid Halvorsen."
    )
    found = [
        (q["text"], q["speaker_text"], q["cue_text"], q["kind"]) for q in quotes_of(pipeline, text)
    ]
    assert found == [
        ("We queued for three hours and it was worth it.", "Teodora Vasquez", "―", "direct"),
        ("Nobody asked the farmers what they needed.", "Malik Osei", "—", "direct"),
        ("They never do.", "Ingrid Halvorsen", "―", "direct"),
    ]


def test_a_dash_and_a_name_inside_a_sentence_is_no_byline(pipeline: Pipeline) -> None:
    text = (
        "Officials called it a “temporary pause in the talks” — Lindqvist, however, "
        "disagreed with that description.\n\n"
        "The band played “Home Again” — Tomas Berg on guitar."
    )
    assert all(q["cue_text"] not in ("—", "―") for q in quotes_of(pipeline, text))


def test_headline_with_a_name_and_colon_is_an_attribution(pipeline: Pipeline) -> None:
    text = (
        "Okonkwo: the port deal will double exports within five years.\n\n"
        "Trade minister Adaeze Okonkwo spoke at a forum in Lagos on Friday."
    )
    [q] = quotes_of(pipeline, text)
    assert (q["text"], q["speaker_text"], q["cue_text"], q["kind"]) == (
        "the port deal will double exports within five years",
        "Okonkwo",
        ":",
        "indirect",
    )
    assert q["speaker_name"] == "Adaeze Okonkwo"


def test_labels_before_a_colon_are_not_speakers(pipeline: Pipeline) -> None:
    text = (
        "Correction: October 2, 2024, Sunday.\n\n"
        "Kyiv: three people were killed overnight in a drone strike.\n\n"
        "Update: the road has reopened to traffic after the flooding."
    )
    assert quotes_of(pipeline, text) == []
