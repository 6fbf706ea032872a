"""Pairing quotation marks: typography, nesting, paragraphs, unbalanced marks."""

from __future__ import annotations

import pytest

from dateline.nlp.quotes_lexicon import QuoteLexicon
from dateline.nlp.quotes_marks import find_regions
from dateline.rules import load_rules


@pytest.fixture(scope="module")
def lexicon() -> QuoteLexicon:
    return QuoteLexicon.from_rules(load_rules("speech"), load_rules("quotes"))


def regions(lexicon: QuoteLexicon, text: str) -> list[list[str]]:
    return [
        [p.slice(text) for p in r.pieces]
        for r in find_regions(text, lexicon.double, lexicon.single)
    ]


def test_straight_and_curly_pairs(lexicon: QuoteLexicon) -> None:
    assert regions(lexicon, '"A," he said, "B."') == [["A"], ["B."]]
    assert regions(lexicon, "“A,” he said, “B.”") == [["A"], ["B."]]
    assert regions(lexicon, "«Oui», dit-il.") == [["Oui"]]


def test_ascii_digraphs_stand_for_double_marks(lexicon: QuoteLexicon) -> None:
    text = "''A,'' he said, ''B.'' Then ``C,'' she said."
    assert regions(lexicon, text) == [["A"], ["B."], ["C"]]
    [first, *_] = find_regions(text, lexicon.double, lexicon.single)
    # The outer span covers both characters of each mark, so nothing of a mark is left outside.
    assert first.outer.slice(text) == "''A,''"


def test_digraph_inside_a_word_is_no_mark(lexicon: QuoteLexicon) -> None:
    assert regions(lexicon, "The clerks''s error and rock''n''roll stayed.") == []


def test_apostrophes_are_not_quotes(lexicon: QuoteLexicon) -> None:
    assert regions(lexicon, "It’s the allies’ plan, isn't it? Don't.") == []


def test_single_quotes_nest_inside_double(lexicon: QuoteLexicon) -> None:
    text = "“They said ‘no’ twice,” she said."
    assert regions(lexicon, text) == [["They said ‘no’ twice"]]


def test_single_quotes_alone_are_quotations(lexicon: QuoteLexicon) -> None:
    assert regions(lexicon, "He said 'we will win' today.") == [["we will win"]]


def test_multi_paragraph_convention(lexicon: QuoteLexicon) -> None:
    text = "He said: “One.\n\n“Two.\n\n“Three.”\n\nAfter."
    assert regions(lexicon, text) == [["One.", "Two.", "Three."]]


def test_unclosed_quote_ends_with_its_paragraph(lexicon: QuoteLexicon) -> None:
    text = "She said: “Never closed.\n\nPlain text here.\n\n“Closed,” he said."
    assert regions(lexicon, text) == [["Never closed."], ["Closed"]]


def test_misused_opening_mark_closes(lexicon: QuoteLexicon) -> None:
    assert regions(lexicon, "“Fifty percent.“\nNext line") == [["Fifty percent."]]


def test_stray_marks_and_floods(lexicon: QuoteLexicon) -> None:
    assert regions(lexicon, '""""""') == []
    flood = '"' * 10_000
    assert len(find_regions(flood, lexicon.double, lexicon.single)) <= 5_000
    text = "“" * 3_000 + " word " + "”" * 3_000
    for r in find_regions(text, lexicon.double, lexicon.single):
        assert 0 <= r.outer.start < r.outer.end <= len(text)


def test_offsets_are_inner_text(lexicon: QuoteLexicon) -> None:
    text = 'x "  padded  " y'
    [r] = find_regions(text, lexicon.double, lexicon.single)
    assert r.pieces[0].slice(text) == "padded"
    assert r.outer.slice(text) == '"  padded  "'
    assert r.closed
