"""The quotes layer on hand-written sentences: every form of quote, reported speech, speakers."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dateline.contract import document_json
from dateline.model import Document
from dateline.pipeline import Pipeline

DAY = dt.date(2025, 3, 4)


def quotes_of(pipeline: Pipeline, text: str) -> list[dict]:
    """The contract objects of the quotes of ``text``."""
    annotated = pipeline.annotate(Document("t", text, DAY))
    return document_json(annotated)["quotes"]


def pieces(text: str, quote: dict) -> list[str]:
    return [text[s:e] for s, e in quote["content_spans"]]


def test_straight_quotes_attribution_after(pipeline: Pipeline) -> None:
    text = '"We will rebuild the bridge by spring," the mayor said.'
    [q] = quotes_of(pipeline, text)
    assert pieces(text, q) == ["We will rebuild the bridge by spring"]
    assert (q["speaker_text"], q["cue_text"], q["kind"], q["direct"]) == (
        "the mayor",
        "said",
        "direct",
        True,
    )


def test_archive_double_apostrophes_are_quotes(pipeline: Pipeline) -> None:
    text = (
        "''This is no reform at all,'' said Dana Whitlock, an economist at a research group. "
        "''It only tinkers at the edges.''"
    )
    [q] = quotes_of(pipeline, text)
    assert pieces(text, q) == ["This is no reform at all", "It only tinkers at the edges."]
    assert (q["speaker_text"], q["cue_text"], q["direct"]) == ("Dana Whitlock", "said", True)


def test_curly_quotes_colon_lead_in(pipeline: Pipeline) -> None:
    text = "The harbour master said: “The channel stays closed until Friday.”"
    [q] = quotes_of(pipeline, text)
    assert pieces(text, q) == ["The channel stays closed until Friday."]
    assert q["speaker_text"] == "The harbour master"
    assert q["cue_text"] == "said"


def test_split_quote_is_one_quote_with_two_pieces(pipeline: Pipeline) -> None:
    text = (
        "Maria Lopez spoke at the harbour on Monday. "
        '"The port will stay open," she said, "and the ferries will run."'
    )
    [q] = quotes_of(pipeline, text)
    assert pieces(text, q) == ["The port will stay open", "and the ferries will run."]
    assert q["speaker_text"] == "she"
    assert q["speaker_name"] == "Maria Lopez"


def test_single_quotes_inside_double_stay_inside(pipeline: Pipeline) -> None:
    text = "“They told us ‘stay home’ and we stayed,” said Ilse Brandt, a farmer."
    [q] = quotes_of(pipeline, text)
    assert pieces(text, q) == ["They told us ‘stay home’ and we stayed"]
    assert q["speaker_name"] == "Ilse Brandt"


def test_quote_over_three_paragraphs(pipeline: Pipeline) -> None:
    text = (
        "The union leader, Omar Haddad, spoke after the vote.\n\n"
        "He said: “We asked for a fair offer.\n\n"
        "“We waited for months.\n\n"
        "“Now we will strike.”\n\n"
        "The company did not comment."
    )
    [q] = quotes_of(pipeline, text)
    assert pieces(text, q) == [
        "We asked for a fair offer.",
        "We waited for months.",
        "Now we will strike.",
    ]
    assert q["speaker_name"] == "Omar Haddad"
    assert q["cue_text"] == "said"


def test_standalone_paragraph_continues_the_previous_quote(pipeline: Pipeline) -> None:
    text = (
        "“The dam is safe,” the engineer Rui Costa said.\n\n"
        "“We inspect it every week and nothing has moved.”\n\n"
        "Residents were not convinced."
    )
    [q] = quotes_of(pipeline, text)
    assert pieces(text, q) == [
        "The dam is safe",
        "We inspect it every week and nothing has moved.",
    ]


def test_unbalanced_mark_recovers_at_paragraph_end(pipeline: Pipeline) -> None:
    text = (
        "The mayor said: “This sentence never closes.\n\n"
        "The council met on Friday.\n\n"
        "“We agree with the plan,” said Ben Okafor, a councillor."
    )
    quotes = quotes_of(pipeline, text)
    okafor = [q for q in quotes if q["speaker_name"] == "Ben Okafor"]
    assert len(okafor) == 1
    assert pieces(text, okafor[0]) == ["We agree with the plan"]
    for q in quotes:  # nothing runs across the unbalanced paragraph
        assert "council met" not in q["text"]


def test_partial_quote_is_mixed(pipeline: Pipeline) -> None:
    text = "The ministry accused the rebels of “deliberate provocations” near the border."
    [q] = quotes_of(pipeline, text)
    assert q["kind"] == "mixed"
    assert q["direct"] is True
    assert q["speaker_text"] == "The ministry"
    assert q["cue_text"] == "accused"
    assert "“deliberate provocations”" in q["text"]


@pytest.mark.parametrize(
    ("sentence", "speaker", "cue", "content"),
    [
        (
            "The governor said that the roads would reopen on Monday.",
            "The governor",
            "said",
            "that the roads would reopen on Monday",
        ),
        (
            "The governor said the roads would reopen on Monday.",
            "The governor",
            "said",
            "the roads would reopen on Monday",
        ),
        (
            "The airline told reporters the deal was close.",
            "The airline",
            "told",
            "the deal was close",
        ),
        (
            "According to police, two people were arrested.",
            "police",
            "According to",
            "two people were arrested",
        ),
        (
            "The union warned that strikes would continue.",
            "The union",
            "warned",
            "that strikes would continue",
        ),
        (
            "The opposition denied the allegations.",
            "The opposition",
            "denied",
            "the allegations",
        ),
        (
            "In a statement, the company apologised for the delays.",
            "the company",
            "In a statement",
            "apologised for the delays",
        ),
    ],
)
def test_reported_speech(
    pipeline: Pipeline, sentence: str, speaker: str, cue: str, content: str
) -> None:
    [q] = quotes_of(pipeline, sentence)
    assert (q["speaker_text"], q["cue_text"], q["text"], q["kind"]) == (
        speaker,
        cue,
        content,
        "indirect",
    )


def test_scare_quotes_and_titles_are_not_quotes(pipeline: Pipeline) -> None:
    text = (
        "The so-called “peace dividend” never arrived.\n\n"
        "She starred in “The Long Road Home” last year.\n\n"
        "Leaders met to discuss the “coalition of the able”, which has no members yet."
    )
    assert quotes_of(pipeline, text) == []


def test_pronoun_goes_to_the_last_speaker(pipeline: Pipeline) -> None:
    text = (
        "Anna Berg, the finance minister, said taxes would rise.\n\n"
        "Critics disagreed with the plan.\n\n"
        "She added: “Nobody likes it, but it is needed.”"
    )
    quotes = quotes_of(pipeline, text)
    assert [q["speaker_name"] for q in quotes] == ["Anna Berg", "Anna Berg"]
    assert quotes[1]["speaker_text"] == "She"


def test_role_nominal_goes_to_the_name_given_earlier(pipeline: Pipeline) -> None:
    text = (
        "Defence Secretary Tom Reed visited troops on Monday.\n\n"
        "The defence secretary said the mission would end soon."
    )
    [q] = quotes_of(pipeline, text)
    assert q["speaker_text"] == "The defence secretary"
    assert q["speaker_name"] == "Tom Reed"


def test_former_title_does_not_name_the_office_holder(pipeline: Pipeline) -> None:
    text = "Former mayor Ann Cole criticised the plan. The mayor said it would work."
    said = [q for q in quotes_of(pipeline, text) if q["cue_text"] == "said"]
    assert [q["speaker_name"] for q in said] == ["mayor"]


def test_short_form_goes_to_the_full_name(pipeline: Pipeline) -> None:
    text = "Maria Lopez won the vote on Sunday. Ms Lopez said the result was fair."
    [q] = quotes_of(pipeline, text)
    assert q["speaker_text"] == "Ms Lopez"
    assert q["speaker_name"] == "Maria Lopez"


def test_unnamed_spokesperson_keeps_the_role(pipeline: Pipeline) -> None:
    text = (
        "The Prime Minister's official spokesman said: “The talks will go on.”\n\n"
        "He added: “Nobody should expect a deal this week.”"
    )
    quotes = quotes_of(pipeline, text)
    assert [q["speaker_name"] for q in quotes] == [
        "Prime Minister's official spokesman",
        "Prime Minister's official spokesman",
    ]


def test_organisation_speaker_with_participle_cue(pipeline: Pipeline) -> None:
    text = "The Foreign Office issued a statement, accusing the junta of “stalling”."
    [q] = quotes_of(pipeline, text)
    assert q["speaker_name"] == "Foreign Office"
    assert q["cue_text"] == "accusing"
    assert q["kind"] == "mixed"


def test_verb_outside_the_lexicon_framing_a_quote(pipeline: Pipeline) -> None:
    text = "“That is simply not true,” Ben Okafor fumed on Tuesday."
    [q] = quotes_of(pipeline, text)
    assert q["cue_text"] == "fumed"
    assert q["speaker_name"] == "Ben Okafor"


@pytest.mark.parametrize(
    "text",
    [
        "",
        " ",
        "\n\n\n\n",
        '" ' * 10_000,  # 10k marks (spaced: one 10k-character token is spaCy's slow path)
        "“ " * 5_000 + "” " * 5_000,
        "He said “a” and “b” " * 2_000,
        '"' * 300,
        "He said: “" + "very " * 2_000,
        "\n\n".join(["“Open", "“Still open", "", "“And more"] * 50),
        "‘’'\"“”«»‹›" * 500,
        "She said he said they said that " * 300,
    ],
)
def test_bad_input_never_raises(pipeline: Pipeline, text: str) -> None:
    if not text.strip():
        text = text + "x"
    annotated = pipeline.annotate(Document("bad", text, DAY))
    for q in document_json(annotated)["quotes"]:
        assert_offsets(text, q)


def assert_offsets(text: str, q: dict) -> None:
    """Every span of a quote points at the characters the quote claims."""
    assert text[q["content_start"] : q["content_end"]] == q["text"]
    assert q["content_spans"]
    for s, e in q["content_spans"]:
        assert q["content_start"] <= s < e <= q["content_end"]
    if q["speaker_start"] is not None:
        assert text[q["speaker_start"] : q["speaker_end"]] == q["speaker_text"]
    if q["cue_start"] is not None:
        assert text[q["cue_start"] : q["cue_end"]] == q["cue_text"]
    assert q["direct"] == (q["kind"] != "indirect")


_PIECES = st.sampled_from(
    [
        "said",
        " he said, ",
        "The minister said: ",
        "according to officials, ",
        '"',
        "“",
        "”",
        "‘",
        "’",
        "'",
        "\n",
        "\n\n",
        ", ",
        ". ",
        "Anna Berg",
        " told reporters that ",
        "the talks failed",
        "We will win",
        " ",
        ":",
    ]
)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.lists(_PIECES, min_size=1, max_size=40).map("".join))
def test_quote_offsets_property(pipeline: Pipeline, text: str) -> None:
    if not text.strip():
        return
    annotated = pipeline.annotate(Document("p", text, DAY))
    for q in document_json(annotated)["quotes"]:
        assert_offsets(text, q)


@pytest.mark.parametrize(
    ("sentence", "reported"),
    [
        ("Two missiles slammed into a hospital in the city, killing nine people.", False),
        ("A shell blasted through the roof of the school on Monday.", False),
        ("The minister slammed the decision as reckless.", True),
    ],
)
def test_cue_verbs_used_physically_report_nothing(
    pipeline: Pipeline, sentence: str, reported: bool
) -> None:
    assert bool(quotes_of(pipeline, sentence)) is reported
