"""Attributions written without a speech verb: a name after a quotation, a name before a colon.

Two news conventions name the speaker with punctuation alone:

* a byline after a quotation, as in round-ups of readers' or voters' words and in
  epigraphs: ``"We will not give up." ― Maria Lopez``;
* a headline or lead that opens with a person's name and a colon and goes on, without
  quotation marks, with a clause: ``Sanders: the party must look past personalities``.

Both are read only where nothing else can be meant: the name is a short run of proper
names, the byline follows a quotation that ends a sentence and itself ends the line (or
meets the next quotation), and the headline's name is all that precedes its colon.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc as SpacyDoc
from spacy.tokens import Token

from dateline.model import Span
from dateline.nlp.quotes_marks import QuotedRegion

BYLINE_DASHES = frozenset("―—–")
"""Dashes that introduce a byline after a quotation (the hyphen is too ambiguous)."""
_SENTENCE_END = frozenset(".!?…")
_NAME_END = frozenset(".,;")
_MAX_NAME = 4
_MIN_QUOTE_WORDS = 3
_MIN_HEADLINE_WORDS = 4


def name_run(doc: SpacyDoc, i: int, full_names: bool) -> tuple[int, int] | None:
    """Token range ``[i, j)`` of a short proper name starting at ``i`` that a person bears.

    A person's name is one the parser tags as a person, a word of such a name elsewhere in
    the article ("Sanders" after "Bernie Sanders"), or, with ``full_names``, two or more
    capitalised proper nouns in a row (the small model misses many unfamiliar names).
    """
    known = _person_words(doc)
    j = i
    while j < len(doc) and j - i < _MAX_NAME and _name_token(doc[j], known):
        j += 1
    if j == i or (j < len(doc) and _name_token(doc[j], known)):
        return None  # no name, or longer than a name
    words = [doc[k] for k in range(i, j)]
    if any(t.ent_type_ == "PERSON" for t in words) or all(t.text in known for t in words):
        return i, j
    if full_names and len(words) >= 2 and all(t.pos_ == "PROPN" for t in words):
        return i, j
    return None


def _person_words(doc: SpacyDoc) -> frozenset[str]:
    return frozenset(t.text for ent in doc.ents if ent.label_ == "PERSON" for t in ent)


def _name_token(tok: Token, known: frozenset[str]) -> bool:
    if not tok.text[:1].isupper() or not tok.is_alpha:
        return False
    return tok.pos_ == "PROPN" or tok.ent_type_ == "PERSON" or tok.text in known


def bylines(
    doc: SpacyDoc, text: str, regions: tuple[QuotedRegion, ...], opening: frozenset[str]
) -> Iterator[tuple[int, Span, int, Span]]:
    """(region, dash span, speaker head token, speaker span) for each byline after a quote.

    ``opening`` holds the characters that can open a quotation.
    """
    for k, region in enumerate(regions):
        if region.single or not region.closed:
            continue
        if region.last_char(text) not in _SENTENCE_END:
            continue
        if region.word_count(text) < _MIN_QUOTE_WORDS:
            continue
        found = _byline_after(doc, text, region.outer.end, opening)
        if found is not None:
            yield (k, *found)


def _byline_after(
    doc: SpacyDoc, text: str, pos: int, opening: frozenset[str]
) -> tuple[Span, int, Span] | None:
    pos = _skip_blanks(text, pos)
    if pos >= len(text) or text[pos] not in BYLINE_DASHES:
        return None
    dash = Span(pos, pos + 1)
    start = _skip_blanks(text, pos + 1)
    i = _token_at(doc, start)
    run = name_run(doc, i, full_names=True) if i is not None else None
    if run is None:
        return None
    last = doc[run[1] - 1]
    end = last.idx + len(last)
    after = _skip_blanks(text, end)
    if after < len(text) and text[after] in _NAME_END:
        after = _skip_blanks(text, after + 1)
    if after < len(text) and text[after] != "\n" and text[after] not in opening:
        return None
    return dash, run[1] - 1, Span(doc[run[0]].idx, end)


def headline(
    doc: SpacyDoc, text: str, colon: Token, opening: frozenset[str]
) -> tuple[int, Span, Span] | None:
    """(speaker head token, speaker span, content) when a line opens with "Name: claim"."""
    line_start = text.rfind("\n", 0, colon.idx) + 1
    i = colon.i
    while i > 0 and doc[i - 1].idx >= line_start and not doc[i - 1].is_space:
        i -= 1
    run = name_run(doc, i, full_names=False)
    if run is None or run[1] != colon.i or text[line_start : doc[i].idx].strip():
        return None
    line_end = text.find("\n", colon.idx)
    line_end = len(text) if line_end < 0 else line_end
    start = _skip_blanks(text, colon.idx + 1)
    end = line_end
    while end > start and (text[end - 1].isspace() or text[end - 1] in _SENTENCE_END):
        end -= 1
    if start >= end or text[start] in opening:
        return None
    if len(text[start:end].split()) < _MIN_HEADLINE_WORDS:
        return None
    claim = doc.char_span(start, end, alignment_mode="expand")
    if claim is None or not any(t.pos_ in ("VERB", "AUX") for t in claim):
        return None  # a claim says something; "Correction: October 2" does not
    last = doc[colon.i - 1]
    return colon.i - 1, Span(doc[i].idx, last.idx + len(last)), Span(start, end)


def _skip_blanks(text: str, pos: int) -> int:
    while pos < len(text) and text[pos] in " \t\u00a0":
        pos += 1
    return pos


def _token_at(doc: SpacyDoc, pos: int) -> int | None:
    """The index of the token starting at character ``pos``, if one does."""
    span = doc.char_span(pos, pos + 1, alignment_mode="expand")
    if span is None or doc[span.start].idx != pos:
        return None
    return span.start
