"""Speaker resolution with the actor layer's data: mentions carrying actors, a phrase lookup."""

from __future__ import annotations

import datetime as dt

import pytest

from dateline.contract import quote_json
from dateline.deadline import Deadline
from dateline.model import (
    Actor,
    Annotations,
    Document,
    Mention,
    Place,
    Provenance,
    Quote,
    Span,
)
from dateline.nlp.quotes import ActorLookup, QuotesComponent
from dateline.nlp.quotes_lexicon import QuoteLexicon
from dateline.pipeline import Pipeline
from dateline.rules import load_rules

DAY = dt.date(2025, 6, 2)
ACTORS = Provenance("actors", "test")
MOORE = Actor("Q901", "Alan J. Moore", "GBR", "GOV", "Prime Minister")
VALE = Actor("Q902", "Rita Vale", "GBR", "GOV", "Chancellor")
KREMLIN = Actor("RUS-GOV", "Government of Russia", "RUS", "GOV")


@pytest.fixture(scope="module")
def lexicon() -> QuoteLexicon:
    return QuoteLexicon.from_rules(load_rules("speech"), load_rules("quotes"))


def run(
    pipeline: Pipeline,
    lexicon: QuoteLexicon,
    text: str,
    actors: dict[str, tuple[str, Actor]],
    lookup: ActorLookup | None = None,
) -> tuple[Quote, ...]:
    """Quotes of ``text`` where each phrase in ``actors`` is a mention with that actor."""
    nlp = pipeline.components[0].nlp  # type: ignore[attr-defined]
    mentions = []
    for phrase, (label, actor) in actors.items():
        start = text.index(phrase)
        mentions.append(Mention(Span(start, start + len(phrase)), phrase, label, ACTORS, actor))
    ann = Annotations(parse=nlp(text), entities=tuple(mentions))
    out = QuotesComponent(lexicon, lookup)(Document("t", text, DAY), ann, Deadline.unlimited())
    for q in out.quotes:
        assert quote_json(q, text)["text"] == q.content.slice(text)
    return out.quotes


def test_mention_actor_gives_the_name(pipeline: Pipeline, lexicon: QuoteLexicon) -> None:
    text = "Sir Alan said the talks would resume on Thursday."
    [q] = run(pipeline, lexicon, text, {"Sir Alan": ("PERSON", MOORE)})
    assert q.speaker_name == "Alan J. Moore"
    assert q.speaker_actor == MOORE


def test_spokesperson_speaks_for_the_office(pipeline: Pipeline, lexicon: QuoteLexicon) -> None:
    text = "The Chancellor's spokeswoman said: “There is no change to the budget.”"
    [q] = run(pipeline, lexicon, text, {"The Chancellor": ("PERSON", VALE)})
    assert q.speaker_name == "Chancellor's spokeswoman"
    assert q.speaker_actor == VALE


def test_spokesperson_office_from_the_lookup(pipeline: Pipeline, lexicon: QuoteLexicon) -> None:
    asked: list[tuple[str, dt.date]] = []

    def lookup(doc: Document, ann: Annotations, span: Span) -> Actor | None:
        phrase = span.slice(doc.text)
        asked.append((phrase, doc.date))
        return VALE if phrase == "The Chancellor's spokeswoman" else None

    text = "The Chancellor's spokeswoman said: “There is no change to the budget.”"
    [q] = run(pipeline, lexicon, text, {}, lookup)
    assert q.speaker_name == "Chancellor's spokeswoman"
    assert q.speaker_actor == VALE
    assert ("The Chancellor's spokeswoman", DAY) in asked


def test_metonym_keeps_its_name_and_gets_the_actor(
    pipeline: Pipeline, lexicon: QuoteLexicon
) -> None:
    text = "The Kremlin said the talks had been useful."
    [q] = run(pipeline, lexicon, text, {"Kremlin": ("FAC", KREMLIN)})
    assert q.speaker_name == "Kremlin"
    assert q.speaker_actor == KREMLIN


def test_role_nominal_resolved_by_lookup_on_the_date(
    pipeline: Pipeline, lexicon: QuoteLexicon
) -> None:
    holder = Actor("Q903", "Ida Park", "KOR", "GOV", "Foreign Minister")

    def lookup(doc: Document, ann: Annotations, span: Span) -> Actor | None:
        found = span.slice(doc.text) == "The foreign minister" and doc.date == DAY
        return holder if found else None

    text = "The foreign minister said the border would reopen next month."
    [q] = run(pipeline, lexicon, text, {}, lookup)
    assert q.speaker_name == "Ida Park"
    assert q.speaker_actor == holder


def test_role_mention_from_the_actors_layer(pipeline: Pipeline, lexicon: QuoteLexicon) -> None:
    text = "The Prime Minister said the talks would resume."
    [q] = run(pipeline, lexicon, text, {"The Prime Minister": ("ROLE", MOORE)})
    assert (q.speaker_name, q.speaker_actor) == ("Alan J. Moore", MOORE)


def test_group_mention_keeps_its_words(pipeline: Pipeline, lexicon: QuoteLexicon) -> None:
    group = Actor("c:RUS/GOV", "Russia (government)", "RUS", "GOV")
    text = "Russian officials said the convoy had turned back."
    [q] = run(pipeline, lexicon, text, {"Russian officials": ("GROUP", group)})
    assert (q.speaker_name, q.speaker_actor) == ("Russian officials", group)


def test_pronoun_follows_a_resolved_speaker(pipeline: Pipeline, lexicon: QuoteLexicon) -> None:
    text = "Sir Alan said the talks would resume.\n\nHe added: “We are close to a deal.”"
    quotes = run(pipeline, lexicon, text, {"Sir Alan": ("PERSON", MOORE)})
    assert [q.speaker_name for q in quotes] == ["Alan J. Moore", "Alan J. Moore"]
    assert quotes[1].speaker_actor == MOORE


def test_a_surname_read_as_a_place_is_the_person(pipeline: Pipeline, lexicon: QuoteLexicon) -> None:
    text = 'Colonel Rita Vale said the road was open.\n\n"We will hold the line," Vale added.'
    nlp = pipeline.components[0].nlp  # type: ignore[attr-defined]
    full = Span(text.index("Rita Vale"), text.index("Rita Vale") + len("Rita Vale"))
    short = Span(text.rindex("Vale"), text.rindex("Vale") + len("Vale"))
    town = Place("Vale", 41.0, -8.0, 1, "PRT", None, "city")
    mentions = (
        Mention(full, "Rita Vale", "PERSON", ACTORS, VALE),
        Mention(short, "Vale", "GPE", ACTORS, None, place=town),
    )
    ann = Annotations(parse=nlp(text), entities=mentions)
    out = QuotesComponent(lexicon, None)(Document("t", text, DAY), ann, Deadline.unlimited())
    direct = [q for q in out.quotes if q.speaker is not None and q.speaker.start == short.start]
    assert direct and direct[0].speaker_actor == VALE
