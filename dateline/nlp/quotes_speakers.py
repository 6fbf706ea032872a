"""Speaker resolution: from the speaker mention to a name and, where known, an actor.

In order of preference: the actor the actors layer put on an overlapping mention; a
person's full name (short forms such as "Sir Keir" or "Mr Johnson" go to the full
name seen in the document); for pronouns, the last speaker or the last compatible
person; for role nominals, a name given in the document ("Defence Secretary John
Healey" ... "the defence secretary said"), then the actor layer's office holder; an
unnamed spokesperson keeps the role as the name and speaks for the office or body
that the possessor names.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from spacy.tokens import Doc as SpacyDoc
from spacy.tokens import Token

from dateline.model import Actor, Mention, Span
from dateline.nlp.parse import sentence_starts
from dateline.nlp.quotes_lexicon import Gender, QuoteLexicon

SpanLookup = Callable[[Span], Actor | None]
"""The actor a phrase of the document denotes, on its publication date, or None."""

_NAME_LABELS = frozenset({"PERSON"})
_ROLE_LABEL = "ROLE"  # role nominals the actors layer adds ("The Prime Minister")
_GROUP_LABELS = frozenset({"ORG", "GPE", "NORP", "FAC", "LOC"})
_LONGEST_MENTION = 300  # characters; mentions are looked up near a speaker by position
_PRONOUN_WINDOW = 3  # sentences back in which the last speaker is the default antecedent


@dataclass(frozen=True, slots=True)
class Resolved:
    """A resolved speaker."""

    name: str | None
    actor: Actor | None = None
    gender: Gender | None = None
    plural: bool = False
    person: bool = True
    role: str | None = None  # head noun of a role nominal ("spokesman")


@dataclass(frozen=True, slots=True)
class _Person:
    span: Span
    name: str
    gender: Gender | None
    actor: Actor | None
    sent: int


class SpeakerResolver:
    """Resolves the speakers of one document, in text order."""

    def __init__(
        self,
        lexicon: QuoteLexicon,
        sdoc: SpacyDoc,
        mentions: Sequence[Mention],
        lookup: SpanLookup | None = None,
        text: str | None = None,
    ) -> None:
        self.lex = lexicon
        self.doc = sdoc
        self.text = sdoc.text if text is None else text
        self.lookup = lookup
        self.mentions = sorted(mentions, key=lambda m: m.span.start)
        self.starts = [m.span.start for m in self.mentions]
        self.sent_no = {start: k for k, start in enumerate(sentence_starts(sdoc))}
        self.persons = self._persons()
        self.full_names = self._full_names()
        self.roles = self._roles()
        self.history: list[tuple[int, Resolved]] = []  # (sentence index, speaker)

    # -- document context ----------------------------------------------------------------

    def _persons(self) -> list[_Person]:
        out = []
        for m in self.mentions:
            if m.label not in _NAME_LABELS:
                continue
            words = self._name_words(m.text)
            if not words:
                continue
            gender = self._honorific_gender(m.span.start)
            tok = self.doc.char_span(m.span.start, m.span.end, alignment_mode="expand")
            sent = self._sent_index(tok[0]) if tok is not None and len(tok) else 0
            out.append(_Person(m.span, " ".join(words), gender, m.actor, sent))
        return out

    def _name_words(self, text: str) -> list[str]:
        words = text.replace("’", "'").split()
        if words and words[-1].endswith("'s"):
            words[-1] = words[-1][:-2]
        return [w for w in words if w and not self.lex.is_honorific(w)]

    def _honorific_gender(self, start: int) -> Gender | None:
        before = self.text[max(0, start - 12) : start].split()
        if before:
            return self.lex.honorific_gender.get(before[-1].lower())
        return None

    def _full_names(self) -> dict[str, str]:
        """Each name word of a multi-word name -> the first full name containing it."""
        index: dict[str, str] = {}
        for p in self.persons:
            words = p.name.split()
            if len(words) < 2:
                continue
            for w in (words[0], words[-1]):
                index.setdefault(w.lower(), p.name)
        return index

    def _roles(self) -> dict[str, Resolved]:
        """Role titles given to a named person in the text ("Defence Secretary John Healey")."""
        roles: dict[str, Resolved] = {}
        for ent in self.doc.ents:
            if ent.label_ not in _NAME_LABELS:
                continue
            head = ent.root
            title = [t for t in head.subtree if t.i < ent.start and t.dep_ in ("compound", "amod")]
            titles = [title] if title else []
            titles += [[*a.lefts, a] for a in head.children if a.dep_ == "appos"]
            if head.dep_ == "appos":
                titles.append([*head.head.lefts, head.head])
            for words in titles:
                key = self._role_key(words)
                if not key:
                    continue
                person = self._person_resolved(ent.start_char, ent.end_char)
                parts = key.split()
                # "White House press secretary X" also names "the press secretary"
                for k in range(max(len(parts) - 2, 0), -1, -1):
                    roles.setdefault(" ".join(parts[k:]), person)
        return roles

    def _role_key(self, tokens: Sequence[Token]) -> str | None:
        words = [t.lower_ for t in tokens if t.pos_ != "PUNCT" and t.dep_ not in ("det", "poss")]
        words = [w for w in words if w not in self.lex.determiners]
        if not words or any(w in self.lex.former_markers for w in words):
            return None
        return " ".join(words)

    def _sent_index(self, tok: Token) -> int:
        return self.sent_no.get(tok.sent.start, 0)

    # -- resolution ----------------------------------------------------------------------

    def resolve(self, head_index: int | None, span: Span | None) -> Resolved:
        """Resolve one speaker mention and remember it as the last speaker."""
        if head_index is None or span is None:
            return Resolved(None)
        head = self.doc[head_index]
        if head.lower_ in self.lex.relative_pronouns and head.head.dep_ == "relcl":
            head = head.head.head  # "Graham, who has vowed ...": the antecedent speaks
            span = Span(head.left_edge.idx, head.idx + len(head))
        if head.lower_ in self.lex.pronouns and head.pos_ == "PRON":
            found = self._pronoun(head)
        else:
            found = self._nominal(head, span)
        if found.name is not None:
            self.history.append((self._sent_index(head), found))
        return found

    def _pronoun(self, head: Token) -> Resolved:
        info = self.lex.pronouns[head.lower_]
        sent = self._sent_index(head)
        if info.person is False or info.plural:
            for _, prev in reversed(self.history):
                if prev.person is False or prev.plural:
                    return prev
            return Resolved(None, person=False, plural=bool(info.plural))
        if head.lower_ in ("i", "we"):
            return Resolved(None)
        gender = info.gender
        if self.history:
            last_sent, last = self.history[-1]
            if sent - last_sent <= _PRONOUN_WINDOW and _compatible(last, gender):
                return last
        for p in reversed(self.persons):
            if p.span.start < head.idx and p.gender in (None, gender):
                return self._person_resolved(p.span.start, p.span.end)
        for _, prev in reversed(self.history):
            if _compatible(prev, gender):
                return prev
        return Resolved(None)

    def _nominal(self, head: Token, span: Span) -> Resolved:
        k = bisect.bisect_left(self.starts, span.start - _LONGEST_MENTION)
        inside = []
        while k < len(self.mentions) and self.mentions[k].span.start < span.end:
            if self.mentions[k].span.overlaps(span):
                inside.append(self.mentions[k])
            k += 1
        own = [m for m in inside if m.span.start <= head.idx < m.span.end]
        if own and own[0].label in _NAME_LABELS:
            return self._person_resolved(own[0].span.start, own[0].span.end)
        named = self._lone_name(own, inside, head, span) or self._apposed_person(head)
        if named is not None:
            return named
        role_text = self._role_text(span)
        key = self._role_key([t for t in self.doc.char_span(span.start, span.end) or ()])
        if key in self.roles and head.tag_ not in ("NNS", "NNPS"):
            return self.roles[key]  # a name the document gave for this role
        if self._is_spokesperson(head):
            return self._spokesperson(head, span, role_text, inside)
        if own and own[0].label == _ROLE_LABEL and own[0].actor is not None:
            return Resolved(own[0].actor.name, own[0].actor, role=head.lower_)
        if own:
            return self._group(own[0])
        if head.pos_ == "PROPN" and inside:
            return self._group(inside[-1])
        return self._role(head, span, role_text, inside)

    def _person_resolved(self, start: int, end: int) -> Resolved:
        for p in self.persons:
            if p.span.start == start and p.span.end == end:
                if p.actor is not None:
                    return Resolved(p.actor.name, p.actor, p.gender)
                return Resolved(self._full_name(p.name), None, p.gender or self._gender_of(p))
        return Resolved(self._full_name(" ".join(self._name_words(self.text[start:end]))))

    def _lone_name(
        self, own: list[Mention], inside: list[Mention], head: Token, span: Span
    ) -> Resolved | None:
        """A lone name the document gives in full: read as a place, or missed by the tagger
        ("Okonkwo:" opening a headline)."""
        if own and own[0].actor is None:
            return self._surname(own[0].text)
        if not inside and head.text[:1].isupper():
            return self._surname(span.slice(self.text))
        return None

    def _surname(self, text: str) -> Resolved | None:
        """A speaker's lone name the tagger read as a place ("Khalil added", and al-Khalil is
        Hebron) is the person the document named in full: places do not speak."""
        full = self.full_names.get(text.lower()) if " " not in text else None
        if full is None:
            return None
        for p in self.persons:
            if p.name == full:
                return Resolved(p.name, p.actor, p.gender or self._gender_of(p))
        return None

    def _gender_of(self, person: _Person) -> Gender | None:
        full = self._full_name(person.name)
        for p in self.persons:
            if p.gender and self._full_name(p.name) == full:
                return p.gender
        return None

    def _full_name(self, name: str) -> str:
        words = name.split()
        if len(words) == 1 or (len(words) >= 1 and words[0].lower() in self.full_names):
            found = self.full_names.get(words[-1].lower()) or self.full_names.get(words[0].lower())
            if found and len(found.split()) > len(words):
                return found
        return name

    def _apposed_person(self, head: Token) -> Resolved | None:
        for child in head.children:
            if child.dep_ in ("appos", "compound") and child.ent_type_ in _NAME_LABELS:
                ent = _entity_at(self.doc, child)
                if ent is not None:
                    return self._person_resolved(ent[0], ent[1])
        return None

    def _role_text(self, span: Span) -> str:
        words = span.slice(self.text).split()
        while words and words[0].lower() in self.lex.determiners:
            words.pop(0)
        return " ".join(words) if words else span.slice(self.text)

    def _is_spokesperson(self, head: Token) -> bool:
        if head.lower_ in self.lex.spokesperson:
            return True
        for phrase in self.lex.spokesperson_phrases:
            start = head.i - len(phrase) + 1
            if start >= 0 and tuple(t.lower_ for t in head.doc[start : head.i + 1]) == phrase:
                return True
        return False

    def _spokesperson(
        self, head: Token, span: Span, role_text: str, inside: list[Mention]
    ) -> Resolved:
        owners = [m for m in inside if not (m.span.start <= head.idx < m.span.end)]
        if not owners and _is_bare(head):
            for _, prev in reversed(self.history):
                if prev.role == head.lower_:
                    return prev
        # The office or body spoken for: the actor layer reads the whole phrase ("the Prime
        # Minister's official spokesman" -> the office); else the possessor's actor.
        actor = self.lookup(span) if self.lookup is not None else None
        if actor is None:
            actor = next((m.actor for m in owners if m.actor is not None), None)
        return Resolved(role_text, actor, None, head.tag_ == "NNS", True, head.lower_)

    def _group(self, mention: Mention) -> Resolved:
        if mention.actor is not None and mention.label in _NAME_LABELS:
            return Resolved(mention.actor.name, mention.actor)
        name = mention.text
        if name.lower().startswith("the "):
            name = name[4:]
        return Resolved(name, mention.actor, None, False, mention.label == "NORP")

    def _role(self, head: Token, span: Span, role_text: str, inside: list[Mention]) -> Resolved:
        plural = head.tag_ in ("NNS", "NNPS")
        if _is_bare(head) and not plural:
            for _, prev in reversed(self.history):
                if prev.role == head.lower_:
                    return prev
        actor = next((m.actor for m in inside if m.actor is not None), None)
        if actor is None and self.lookup is not None and not plural:
            actor = self.lookup(span)  # the office holder on the publication date
            if actor is not None and actor.role is not None:
                return Resolved(actor.name, actor, None, False, True, head.lower_)
        return Resolved(role_text, actor, None, plural, True, head.lower_)


def _compatible(prev: Resolved, gender: Gender | None) -> bool:
    if not prev.person or prev.plural:
        return False
    return gender is None or prev.gender in (None, gender)


def _is_bare(head: Token) -> bool:
    """A definite role noun without modifiers that could name whose role it is."""
    return all(c.dep_ in ("det", "amod", "punct") for c in head.lefts) and not any(
        c.dep_ == "prep" for c in head.rights
    )


def _entity_at(doc: SpacyDoc, tok: Token) -> tuple[int, int] | None:
    for ent in doc.ents:
        if ent.start <= tok.i < ent.end:
            return ent.start_char, ent.end_char
    return None
