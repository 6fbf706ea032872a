"""Roles a document gives its people: titles before names ("Defence Secretary John
Healey"), appositions after them ("John Healey, the defence secretary") and role nouns
compounded onto unknown names, each with the title as evidence.

``TitleReader`` is mixed into ``DocumentActors``, which supplies the parse and the tables.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from spacy.tokens import Doc as SpacyDoc
from spacy.tokens import Span as SpacySpan

from dateline.kb.knowledge import KnowledgeBase
from dateline.model import Mention, Span
from dateline.nlp.actor_people import Assertion
from dateline.nlp.actor_possessors import title_phrase
from dateline.nlp.actor_vocab import ADJ, COUNTRY, OFFICE, ActorVocab

if TYPE_CHECKING:
    from dateline.nlp.actor_document import Settings

_Found = tuple[Mention, SpacySpan]


class TitleReader:
    """Role assertions from titles and appositions (mixed into ``DocumentActors``)."""

    cfg: Settings
    kb: KnowledgeBase
    vocab: ActorVocab
    parse: SpacyDoc
    day: date
    names: list[tuple[str, int, int]]
    phrases: list[tuple[str, int, int]]
    titles: dict[tuple[int, int], Assertion]
    context: str | None

    def _span(self, m: Mention) -> SpacySpan | None:
        raise NotImplementedError  # supplied by the class this is mixed into

    def _learn_titles(self, found: list[Mention]) -> None:
        """Titles before names and appositions after them become role assertions."""
        persons = {}
        for m in found:
            span = self._span(m)
            if m.label == "PERSON" and span is not None:
                persons[span.start] = (m, span)
        ends = {span.end: (m, span) for m, span in persons.values()}
        for label, s, e in self.phrases:
            if label != OFFICE:
                continue
            target = persons.get(e) or self._apposed(e, persons, ends, s)
            if target is None:
                inside = [v for k, v in persons.items() if k == s and v[1].end > e]
                target = inside[0] if inside else None
            if target is None:
                continue
            m, span = target
            left = self._left_modifiers(s)
            assertion = self._assertion(left, s, e)
            if assertion is not None:
                self.titles[(m.span.start, m.span.end)] = assertion
        for m, span in persons.values():
            key = (m.span.start, m.span.end)
            if key not in self.titles:
                found = self._appositive(span) or self._noun_title(m, span)
                if found is not None:
                    self.titles[key] = found

    def _noun_title(self, m: Mention, span: SpacySpan) -> Assertion | None:
        """A role noun compounded onto an unknown name gives the body the person works for."""
        phrase = None if m.text in self.kb.person_names else title_phrase(span, self.vocab.nouns)
        if phrase is None:
            return None
        actor = self.cfg.resolver.resolve(phrase, self.day, self.context, self.names, self.phrases)
        if actor is None or actor.country is None or actor.sector is None:
            return None
        evidence = Span(phrase.start_char, phrase.end_char)
        return Assertion(None, phrase.text.lower(), actor.sector, actor.country, False, evidence)

    def _appositive(self, span: SpacySpan) -> Assertion | None:
        """A noun phrase in apposition naming what the person is ("Jane Roe, the mayor of X")."""
        root = span.root
        for child in root.children:
            if child.dep_ != "appos" or child.i < span.end:
                continue
            sector = self.vocab.nouns.get(child.lower_) or self.vocab.nouns.get(
                child.lemma_.lower()
            )
            if sector is None or child.lemma_.lower() in self.vocab.equipment:
                return None
            words = [t for t in child.subtree if t.i >= span.end and not t.is_punct]
            start = min(t.i for t in words)
            end = max(t.i for t in words) + 1
            if self.parse[start].lower_ in ("the", "a", "an"):
                start += 1
            phrase = self.parse[start:end]
            reading = self.cfg.resolver.read(phrase, self.names, self.phrases)
            country = reading.countries[0] if reading.countries else None
            title = self.parse[start : child.i + 1].text.lower()
            sector = "ELI" if reading.former else sector
            evidence = Span(phrase.start_char, phrase.end_char)
            return Assertion(None, title, sector, country, reading.former, evidence)
        return None

    def _apposed(
        self, end: int, persons: dict[int, _Found], ends: dict[int, _Found], start: int
    ) -> _Found | None:
        doc = self.parse
        # "Ukraine's foreign minister, Andrii Sybiha" (title, comma, name)
        if end < len(doc) and doc[end].text == "," and end + 1 in persons:
            return persons[end + 1]
        # "John Healey, the defence secretary" (name, comma, title)
        left = self._left_modifiers(start)
        if left > 1 and doc[left - 1].text == "," and left - 1 in ends:
            return ends[left - 1]
        return None

    def _assertion(self, left: int, s: int, e: int) -> Assertion | None:
        doc = self.parse
        reading = self.cfg.resolver.read(doc[left:e], self.names, self.phrases)
        country = reading.countries[0] if reading.countries else None
        office = self.vocab.office(doc[s:e].text, country or self.context)
        if office is None:
            return None
        title_start = left + 1 if doc[left].lower_ == "the" else left
        evidence = Span(doc[title_start].idx, doc[e - 1].idx + len(doc[e - 1]))
        return Assertion(
            office.role, doc[s:e].text.lower(), office.sector, country, reading.former, evidence
        )

    def _left_modifiers(self, start: int) -> int:
        """Extend a title leftwards over "former", country words and "the"."""
        doc = self.parse
        adj_starts = {s: e for label, s, e in self.names if label in (ADJ, COUNTRY)}
        adj_ends = {e: s for s, e in adj_starts.items()}
        i = start
        while i > 0:
            prev = doc[i - 1]
            if prev.tag_ == "POS" and i - 1 in adj_ends:
                i = adj_ends[i - 1]
            elif i in adj_ends:
                i = adj_ends[i]
            elif prev.lower_ in self.vocab.modifiers and self.vocab.modifiers[prev.lower_] == "ELI":
                i -= 1
            else:
                break
        if i > 0 and doc[i - 1].lower_ == "the":
            i -= 1
        return i
