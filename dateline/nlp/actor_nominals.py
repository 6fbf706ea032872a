"""New nominal mentions: role nominals ("The Prime Minister", label ROLE) and group
nominals ("Ukrainian officials", label GROUP) that spaCy does not tag as entities.

``NominalReader`` is mixed into ``DocumentActors``; it reads the titles ``TitleReader``
learned, since a title that names a person is no role mention of its own.
"""

from __future__ import annotations

import numpy as np
from spacy.attrs import DEP, LEMMA, LOWER, POS
from spacy.symbols import NOUN as NOUN_POS
from spacy.symbols import PRON, PROPN
from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from dateline.model import Mention
from dateline.nlp.actor_home import GROUP
from dateline.nlp.actor_titles import TitleReader
from dateline.nlp.actor_vocab import NOUN, OFFICE, UNIDENTIFIED

ROLE = "ROLE"
_STANDALONE = frozenset(
    {"MIL", "COP", "REB", "UAF", "CRM", "PRM", "SPY", "GOV", "LEG", "JUD", "REF"}
)
_NEEDS_COUNTRY = frozenset({"leader", "head of government", "head of state"})
_NOMINAL = frozenset({NOUN_POS, PROPN, PRON})
_ARGUMENT_DEPS = ("oprd", "nsubj", "dobj", "nsubjpass", "pcomp", "pobj", "dative", "appos", "attr")
"""Dependency labels of a noun chunk's root (as in spaCy's English ``noun_chunks``), with ROOT."""


class NominalReader(TitleReader):
    """ROLE and GROUP mentions (mixed into ``DocumentActors``)."""

    def _mention(self, s: int, e: int, label: str) -> Mention:
        raise NotImplementedError  # supplied by the class this is mixed into

    def _role_mentions(self, found: list[Mention]) -> list[Mention]:
        taken = [m.span for m in found if m.label == "PERSON"] + [
            a.evidence for a in self.titles.values()
        ]
        out = []
        doc = self.parse
        for label, s, e in self.phrases:
            if label != OFFICE:
                continue
            left = self._left_modifiers(s)
            mention = self._mention(left, e, ROLE)
            if any(t.overlaps(mention.span) for t in taken):
                continue
            phrase = doc[s:e].text.lower()
            reading = self.cfg.resolver.read(doc[left:e], self.names, self.phrases)
            if phrase in _NEEDS_COUNTRY and not reading.countries:
                continue
            if e < len(doc) and doc[e].lower_ == "of" and phrase not in ("secretary of state",):
                continue  # "president of the Riigikogu": an office of some body, not a state
            out.append(mention)
        return out

    def _noun_chunks(self) -> list[tuple[SpacySpan, int]]:
        """Noun chunks headed by a sector noun (or ending a multi-word one), with the root.

        Same spans as spaCy's English ``noun_chunks`` (a noun in an argument slot, from its
        left edge), but only around the few tokens that can matter: the candidates are
        found on the token arrays, without walking the document in Python.
        """
        doc = self.parse
        strings = doc.vocab.strings
        argument = {strings[name] for name in (*_ARGUMENT_DEPS, "ROOT")}
        conj = strings["conj"]
        table = doc.to_array([LOWER, LEMMA, DEP, POS])
        nouns = self.cfg.noun_hashes  # sorted: a binary search per token, no Python loop
        where = np.minimum(np.searchsorted(nouns, table[:, :2]), len(nouns) - 1)
        hits = (nouns[where] == table[:, :2]).any(axis=1)
        roots = {int(i) for i in hits.nonzero()[0]}
        roots.update(e - 1 for label, _, e in self.phrases if label == NOUN)
        out = []
        for i in sorted(roots):
            if table[i, 3] not in _NOMINAL or table[i, 3] == PRON:
                continue  # a pronoun is never a group ("they"): coreference is not ours
            word = doc[i]
            head = word
            while head.dep == conj and head.head.i < head.i:
                head = head.head
            if head.dep not in argument and not self._agent_modifier(head):
                continue
            out.append((doc[word.left_edge.i : i + 1], i))
        return out

    def _agent_modifier(self, word: Token) -> bool:
        """A sector noun set before a noun of armed action ("a police raid", "army
        shelling"): those it names carry the action out."""
        return (
            word.dep_ == "compound"
            and word.head.i == word.i + 1
            and self.vocab.sector_of(word.lower_) is not None
            and word.head.lemma_.lower() in self.vocab.agent_heads
        )

    def _group_mentions(self, found: list[Mention]) -> list[Mention]:
        out = []
        resolver = self.cfg.resolver
        for chunk, root_i in self._noun_chunks():
            root = self.parse[root_i]
            sector = self.vocab.nouns.get(root.lower_) or self.vocab.nouns.get(root.lemma_.lower())
            multi = [
                x
                for x in self.phrases
                if x[0] == NOUN and x[1] >= chunk.start and x[2] == root.i + 1
            ]
            backed = sector in (None, UNIDENTIFIED) and self.vocab.backed_head(root)
            if (sector is None and not multi and not backed) or root.lower_ in resolver.admin_words:
                continue  # "the Odesa region" is a place, never a group
            body = self._misread_body(chunk, found)
            if body is not None and sector is not None:
                out.append(self._mention(body, root.i + 1, "ORG"))
                continue
            span = resolver.trim(chunk)
            reading = resolver.read(span, self.names, self.phrases)
            if reading.person is not None or reading.office_span is not None:
                continue
            if reading.org is not None and not reading.countries and not reading.linked:
                continue  # "Islamic State fighters" are the body's; "al Qaeda-linked" ones too
            backed = backed and (reading.backed or reading.linked)  # "Iran-backed groups"
            if (sector is None and not multi and not backed) or self._holds_place(span, found):
                continue  # keep place names whole ("Hong Kong people" stays "Hong Kong")
            plural = root.tag_ in ("NNS", "NNPS") or root.lower_ in ("police", "military", "army")
            plural = plural or _capitalised_plural(root)
            # "a militia", "the air force": one body of many people, as "the army" is
            plural = plural or root.lower_ in self.vocab.body_nouns
            if root.lemma_.lower() in self.vocab.equipment or root.lower_ in self.vocab.equipment:
                plural = False
            if multi:  # the longer phrase is the more specific: "armed men" (UAF), not "men"
                phrase = self.parse[multi[0][1] : multi[0][2]].text.lower()
                sector = self.vocab.sector_of(phrase) or sector
                plural = plural or phrase in self.vocab.body_nouns
            standalone = (sector in _STANDALONE and plural) or resolver.ngo_body(span, sector)
            # a group named by its backer or its body is armed whatever its number
            standalone = standalone or backed or reading.linked
            if not reading.countries and not standalone:
                continue  # "a human rights group" names a body; "a man" nobody in particular
            out.append(self._mention(span.start, span.end, GROUP))
        return out

    def _misread_body(self, chunk: SpacySpan, found: list[Mention]) -> int | None:
        """ "IS militants": a body's short name that the tagger read as a verb ("is") is left
        out of the group's noun chunk; the group is the body's, from that name on."""
        i = chunk.start - 1
        if i < 0 or self.parse[i].pos_ not in ("AUX", "VERB"):
            return None
        tok = self.parse[i]
        named = any(
            m.label == "ORG" and m.span.start == tok.idx and m.span.end == tok.idx + len(tok)
            for m in found
        )
        return i if named else None

    def _holds_place(self, span: SpacySpan, found: list[Mention]) -> bool:
        """A place name inside the phrase that is no backer's ("Hong Kong people")."""
        return any(
            m.label in self.cfg.place_labels
            and m.text not in self.kb.adjectives
            and span.start_char <= m.span.start < span.end_char
            and not self._backer(m)
            for m in found
        )

    def _backer(self, m: Mention) -> bool:
        """A country named as a group's backer or stance, not as the group ("Iran-backed
        militias", "pro-Iran militias"): the group is a mention of its own."""
        span = self.parse.char_span(m.span.start, m.span.end)
        return span is not None and self.cfg.resolver.not_owner(self.parse, span.start, span.end)


def _capitalised_plural(word: Token) -> bool:
    """ "Militiamen killed ...": a plural group noun opening a sentence that the tagger read
    as a singular proper name (only words of the sector vocabulary reach here)."""
    lower = word.lower_
    return word.tag_ == "NNP" and word.is_title and (lower.endswith("men") or lower.endswith("s"))
