"""The events bench scorer: primary-event type, country codes, spans, no-event sentences."""

from __future__ import annotations

import datetime as dt

from bench.corpora.events_gold import (
    GoldEvent,
    GoldParticipant,
    GoldSentence,
    iso3,
    plover_of_cameo,
)
from bench.scoring.events import EventScores, score_sentence
from dateline.export.plover import coded_type


def event(kind: str, conf: float, actor: str | None = None, aux: tuple[str, ...] = ()) -> dict:
    actors = [{"text": "X", "country": actor}] if actor else []
    return {
        "type": kind,
        "aux": list(aux),
        "modes": [],
        "confidence": conf,
        "actor": actors,
        "recipient": [],
        "location": None,
    }


GOLD = GoldSentence(
    "g1",
    "X met Y.",
    dt.date(2000, 1, 1),
    (GoldEvent("CONSULT", (GoldParticipant("X", "IGO"),), ()),),
)


def test_the_primary_event_decides_the_type() -> None:
    scores = EventScores()
    record = {"events": [event("ACCUSE", 0.9), event("CONSULT", 0.5, "UNO")]}
    score_sentence(scores, GOLD, record, coded_type)
    assert (scores.type_primary.hits, scores.type_primary.total) == (0, 1)
    assert scores.type_any.hits == 1
    # UNO is an intergovernmental organisation: it matches a gold IGO.
    assert scores.actor_country.hits == 1


def test_planned_meeting_is_scored_as_agree_like_the_plover_export() -> None:
    gold = GoldSentence("g2", "X will visit Y.", dt.date(2000, 1, 1), (GoldEvent("AGREE", (), ()),))
    scores = EventScores()
    score_sentence(scores, gold, {"events": [event("CONSULT", 0.8, aux=("future",))]}, coded_type)
    assert scores.type_primary.hits == 1


def test_no_event_sentences_reward_silence_only() -> None:
    gold = GoldSentence("g3", "Nothing.", dt.date(2000, 1, 1), (), no_event=True)
    scores = EventScores()
    score_sentence(scores, gold, {"events": []}, coded_type)
    score_sentence(scores, gold, {"events": [event("ASSAULT", 0.7)]}, coded_type)
    # A negated event codes nothing, so it does not count against silence.
    score_sentence(scores, gold, {"events": [event("ASSAULT", 0.7, aux=("negation",))]}, coded_type)
    assert (scores.no_event.hits, scores.no_event.total) == (2, 3)


def test_codes_and_cameo_map() -> None:
    assert iso3("JAPGOV") == "JPN" and iso3("RUSMIL") == "RUS"
    table = {"19": "ASSAULT", "190": "ASSAULT", "04": "CONSULT", "042": "CONSULT"}
    assert plover_of_cameo("195", table) == "ASSAULT"
    assert plover_of_cameo("0421", table) == "CONSULT"
    assert plover_of_cameo("015", table) is None
