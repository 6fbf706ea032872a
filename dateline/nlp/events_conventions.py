"""Coding conventions for event participants that read a phrase beyond its own mention.

Who made a demand or did a misdeed a noun names ("calls by X", "abuses by X"), whom an
apposition says a person acts for ("X, the UN envoy,"), where a group is based ("a
newspaper based in Beirut"), whether a group is named by a minority people ("ethnic
Albanian guerrillas") and the nationalities coordinated before a group noun ("US and
British activists"). Mixed into ``ArgumentReader``, which supplies ``_np``.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from dateline.model import Mention, Participant, Span
from dateline.nlp.events_lexicon import EventLexicon
from dateline.nlp.events_tokens import BY, lemma, prep_objects, token_span

MAKER_PREPS = frozenset({"by", "from"})  # "a call by X", "an offer from X"
MOTION_TYPES = frozenset({"RETREAT", "MOBILIZE"})  # "withdrawal from X": X is no maker
PREMODIFIER_DEPS = frozenset({"amod", "compound", "nmod"})

CountryOfWord = Callable[[str], str | None]
"""A country name or demonym as written ("US", "British") -> its ISO3, else None."""


class ParticipantConventions:
    """Participant readings of the phrase around a head (see the module docstring)."""

    lex: EventLexicon
    ix: _Index
    _np: Callable[[Token, int | None, int], list[Participant]]
    country_of_word: CountryOfWord

    def _coordinated(self, head: Token, named: Participant) -> list[Participant]:
        """ "US and British activists", "Soviet and Cuban officials": one mention names the
        group, but each coordinated nationality before its noun is a side of its own, with
        the group's sector."""
        out: list[Participant] = []
        for mod in head.children:
            if mod.dep_ not in PREMODIFIER_DEPS or mod.i > head.i or not mod.conjuncts:
                continue
            for tok in (mod, *mod.conjuncts):
                iso3 = self.country_of_word(tok.text) if tok.i < head.i else None
                if iso3 and iso3 != named.country and all(p.country != iso3 for p in out):
                    span = Span(tok.idx, tok.idx + len(tok.text))
                    out.append(Participant(span, tok.text, iso3, named.sector))
        return out

    def _led_by(self, head: Token) -> list[Participant]:
        """ "the Saudi-led coalition", "a U.S.-led force": a group named by who leads it is
        that leader's side (the small parser splits "Saudi - led" but keeps "U.S.-led")."""
        for mod in head.children:
            if mod.dep_ != "amod" or mod.i > head.i:
                continue
            word, start = _leader_word(mod, self.lex.leading_participles)
            iso3 = self.country_of_word(word) if word else None
            if iso3:
                return [Participant(Span(start, start + len(word)), word, iso3)]
        return []

    def _event_makers(self, head: Token, quote: int | None, depth: int) -> list[Participant]:
        """ "rejected calls by Belarus's rulers", "an offer from Kabul": who made the demand,
        offer or act an event noun names (not "a withdrawal from Gaza": a way out)."""
        word = lemma(head)
        senses = self.lex.nouns.get(word) or self.lex.nouns.get(head.lower_)
        if depth > 3 or not (senses or word in self.lex.maker_nouns):
            return []
        motion = senses is not None and senses[0].type in MOTION_TYPES
        preps = MAKER_PREPS if word in self.lex.maker_nouns or not motion else BY
        found = [
            q
            for p in prep_objects([head], preps)
            for q in self._np(p, quote, depth + 1)
            if q.country
        ]
        return found

    def _apposed(self, head: Token, quote: int | None, depth: int) -> list[Participant]:
        """The known actor an apposition to ``head`` names ("X, the UN envoy,": the UN)."""
        return [
            p
            for c in head.children
            if c.dep_ == "appos"
            for p in self._np(c, quote, depth + 1)
            if p.country and p.actor_id is not None
        ]

    def _based_in(self, head: Token) -> list[Participant]:
        """ "a newspaper based in Beirut": a group based in a place is its country's."""
        for acl in head.children:
            if acl.dep_ != "acl" or lemma(acl) not in self.lex.residence_verbs:
                continue
            for prep in acl.children:
                if prep.dep_ != "prep" or lemma(prep) != "in":
                    continue
                for p in prep.children:
                    m = self.ix.mention_at[p.i] if p.dep_ == "pobj" else None
                    if m is not None and m.place is not None and m.place.country:
                        return [Participant(token_span(head), head.text, m.place.country)]
        return []

    def _minority(self, m: Mention | None) -> bool:
        """ "ethnic Albanian guerrillas": a group named by a minority people."""
        return m is not None and any(w.lower() in self.lex.minority_words for w in m.text.split())


class _Index:
    """What the conventions read from the document index (``DocIndex``)."""

    mention_at: list[Mention | None]


def _leader_word(mod: Token, participles: frozenset[str]) -> tuple[str, int]:
    """The leader's word of "Saudi-led" (two tokens or one) and where it starts."""
    base, _, suffix = mod.text.rpartition("-")
    if base and suffix.lower() in participles:
        return base, mod.idx
    if mod.lower_ in participles:
        for c in mod.children:
            if c.dep_ in ("npadvmod", "compound", "nmod") and c.i < mod.i:
                return c.text, c.idx
    return "", 0
