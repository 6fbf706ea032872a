"""Attribution candidates from the dependency parse: the cue, its speaker and its content.

A cue is a speech verb (by lemma), a prepositional cue ("according to X") or an
utterance noun ("in a statement, X ..."). Its speaker is the verb's subject (inherited
through participles, conjuncts and relative clauses), and its content is either a
quotation next to the attribution (``"A," he said``; ``He added: "B"``) or the clause
the parse gives as the cue's complement.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

import numpy as np
from spacy.attrs import LOWER, ORTH, POS
from spacy.strings import hash_string
from spacy.symbols import NOUN as _NOUN
from spacy.symbols import VERB as _VERB
from spacy.tokens import Doc as SpacyDoc
from spacy.tokens import Token

from dateline.deadline import Deadline
from dateline.model import Span
from dateline.nlp.parse import sentence_starts
from dateline.nlp.quotes_bylines import bylines, headline
from dateline.nlp.quotes_lexicon import QuoteLexicon
from dateline.nlp.quotes_marks import QuotedRegion

# Dependents of a cue verb that belong to the attribution frame ("he said on Sunday",
# "told reporters"), not to what was said.
_FRAME_DEPS = frozenset({"aux", "auxpass", "neg", "advmod", "npadvmod", "prt", "agent", "nsubj"})
_SUBJECT_DEPS = frozenset({"nsubj"})
_INHERIT_DEPS = frozenset({"advcl", "xcomp", "conj", "pcomp", "acl", "relcl", "prep", "acomp"})
_COMPLEMENT_DEPS = frozenset({"dobj", "ccomp", "xcomp", "attr", "acomp", "oprd", "dative"})
_OPEN_ENDED = frozenset(",?!…—–-")
_CLAUSE_OPEN = frozenset(",—–-")
_FINITE = frozenset({"VBD", "VBZ", "VBP"})
_MAX_FRAME_TOKENS = 40
_CLAUSE_DEPS = frozenset({"ccomp"})
_INVERTED_DEPS = frozenset({"nsubj", "dobj", "attr", "dep", "npadvmod", "appos", "oprd"})
_NOMINAL = frozenset({"NOUN", "PROPN", "PRON"})
_INFINITIVE_DEPS = frozenset({"xcomp"})
_OBJECT_DEPS = frozenset({"dobj", "dative", "prep", "oprd", "attr", "acomp", "advcl", "xcomp"})
LEAD_IN = frozenset({":", ",", "—", "–", "-", ""})
"""Punctuation between a cue and the quotation it introduces ("He added: ...")."""
SPLIT = frozenset({",", ".", ";", "—", "–", "-", "...", "…"})
"""Punctuation between a cue and the second half of a split quotation."""


@dataclass(frozen=True, slots=True)
class _Ctx:
    """One document's parse, quotations and token-to-quotation map."""

    doc: SpacyDoc
    regions: tuple[QuotedRegion, ...]
    tok_region: list[int]
    text: str  # the document text (spaCy rebuilds Doc.text on every access)

    def quoted(self, tok: Token) -> bool:
        return self.tok_region[tok.i] >= 0


@dataclass(slots=True)
class Attribution:
    """A working attribution: mutable while the component assembles quotes."""

    cue: Span
    cue_token: int  # index of the cue's head token
    speaker_head: int | None
    speaker: Span | None
    content: list[Span] = field(default_factory=list)
    regions: list[int] = field(default_factory=list)  # claimed quotations, in order
    frame: Span | None = None  # cue + speaker + adverbials
    right_sep: str | None = None  # punctuation between the frame and a quotation after it
    right_region: int | None = None
    left_region: int | None = None
    clause: list[Span] = field(default_factory=list)  # content when no quotation is claimed
    sent_end: int = -1  # end of the cue's sentence

    @property
    def hull(self) -> Span:
        """The span covering the content."""
        return Span.hull(self.content)


class CueFinder:
    """Finds attribution candidates in one parsed document."""

    def __init__(self, lexicon: QuoteLexicon) -> None:
        self.lex = lexicon
        # Words a cue can start from (besides verbs): building spaCy Token objects for every
        # token is the slow part, so ``find`` looks at plain arrays first.
        lasts = {p[-1] for p in lexicon.noun_phrases} | set(lexicon.nouns)
        self._noun_lasts = frozenset(hash_string(w) for w in lasts)
        self._prep_firsts = frozenset(hash_string(p[0]) for p in lexicon.prepositional if p)
        self._colon_hash = hash_string(":")
        marks = (lexicon.double, lexicon.single)
        digraph_firsts = {d[0] for m in marks for d in m.digraphs}
        self._opening = frozenset().union(*(m.open | m.either for m in marks), digraph_firsts)

    def find(
        self,
        sdoc: SpacyDoc,
        regions: tuple[QuotedRegion, ...],
        tok_region: list[int],
        deadline: Deadline,
        text: str | None = None,
    ) -> list[Attribution]:
        """Every cue with a speaker or a content, in text order."""
        # Doc.text joins every token anew; callers pass the document's text instead.
        ctx = _Ctx(sdoc, regions, tok_region, sdoc.text if text is None else text)
        sent_end = [0] * len(sdoc)
        starts = sentence_starts(sdoc)
        for start, end in zip(starts, [*starts[1:], len(sdoc)][: len(starts)], strict=True):
            last = sdoc[end - 1]
            sent_end[start:end] = [last.idx + len(last)] * (end - start)
        found: list[Attribution] = []
        for i in self._candidates(sdoc):
            if i % 64 == 0:
                deadline.check()
            if tok_region[i] >= 0:
                continue
            tok = sdoc[i]
            att = self._attribution(tok, ctx)
            if att is not None:
                att.sent_end = sent_end[tok.i]
                found.append(att)
        for k, dash, head, speaker in bylines(sdoc, ctx.text, regions, self._opening):
            att = Attribution(dash, head, head, speaker)
            att.frame, att.left_region = Span(dash.start, speaker.end), k
            att.sent_end = sent_end[head]
            found.append(att)
        return sorted(found, key=lambda a: a.cue.start)

    def _candidates(self, sdoc: SpacyDoc) -> list[int]:
        """Indices of tokens ``_attribution`` can accept: verbs, cue words and colons."""
        arr = sdoc.to_array([POS, LOWER, ORTH])
        pos, lower, orth = arr[:, 0], arr[:, 1], arr[:, 2]
        keep = (pos == _VERB) | (orth == self._colon_hash)
        keep |= np.isin(lower, list(self._prep_firsts)) if self._prep_firsts else False
        keep |= (pos == _NOUN) & np.isin(lower, list(self._noun_lasts))
        return np.flatnonzero(keep).tolist()

    def _attribution(self, tok: Token, ctx: _Ctx) -> Attribution | None:
        if tok.dep_ == "prep" or tok.pos_ in ("ADP", "VERB"):
            phrase = self._prepositional(tok)
            if phrase is not None:
                return self._according(tok, phrase, ctx)
        if tok.pos_ == "VERB":
            if self.lex.cue_group(tok.lemma_.lower()) is not None:
                return self._verb(tok, ctx)
            return self._generic(tok, ctx)
        if tok.pos_ == "NOUN" and self._utterance(tok):
            return self._noun(tok, ctx)
        if tok.text == ":":
            return self._colon(tok, ctx)
        return None

    # -- verbs -------------------------------------------------------------------------

    def _verb(self, verb: Token, ctx: _Ctx) -> Attribution | None:
        speaker = self._speaker_of(verb, ctx) or _inverted_subject(verb, ctx)
        if speaker is None:
            return None
        cue = _cue_span(verb)
        att = Attribution(cue, verb.i, speaker.i, _speaker_span(speaker))
        skip = set(self._frame_tokens(verb, speaker))
        att.frame = _hull_tokens(verb.doc, skip | {verb.i})
        att.clause = self._verb_content(verb, ctx)
        self._probe_regions(att, verb, skip, ctx)
        return att

    def _generic(self, verb: Token, ctx: _Ctx) -> Attribution | None:
        """Any verb framing a quotation ('"Nonsense," he fumed.'; 'She shot back: "..."')."""
        if verb.tag_ not in _FINITE or verb.dep_ in ("acl", "relcl", "amod"):
            return None
        if any(c.dep_ in _COMPLEMENT_DEPS and not ctx.quoted(c) for c in verb.children):
            return None
        speaker = self._own_subject(verb, ctx) or _inverted_subject(verb, ctx)
        if speaker is None or speaker.lower_ in self.lex.relative_pronouns:
            return None
        named = speaker.pos_ == "PROPN" or speaker.lower_ in self.lex.pronouns
        att = Attribution(_cue_span(verb), verb.i, speaker.i, _speaker_span(speaker))
        skip = set(self._frame_tokens(verb, speaker))
        att.frame = _hull_tokens(verb.doc, skip | {verb.i})
        self._probe_regions(att, verb, skip, ctx)
        if att.left_region is not None:
            region = ctx.regions[att.left_region]
            last = region.last_char(ctx.text)
            gap = ctx.text[region.outer.end : att.frame.start]
            # '"...," he fumed' anywhere; '"...?" she snapped' only for a name or pronoun
            if last in _CLAUSE_OPEN or (last in _OPEN_ENDED and named) or "," in gap:
                att.right_region = att.right_region if att.right_sep in SPLIT else None
                return att
        if att.right_region is not None and att.right_sep == ":":
            att.left_region = None
            return att
        return None

    def _speaker_of(self, verb: Token, ctx: _Ctx) -> Token | None:
        """The subject of the cue verb, looked up through participles and conjuncts."""
        if _is_passive(verb):
            for child in verb.children:
                if child.dep_ == "agent":
                    objs = [c for c in child.children if c.dep_ == "pobj"]
                    return objs[0] if objs else None
            return None
        node = verb
        for _ in range(4):
            subject = self._own_subject(node, ctx)
            if subject is not None:
                return subject
            if node.tag_ == "VBN" and not _has_perfect_aux(node) and node is verb:
                return None  # "Asked about ..., X said": the participle has no speaker
            if node.dep_ == "relcl":
                return node.head
            if node.dep_ == "acl" and node.head.pos_ in ("NOUN", "PROPN"):
                if not any(c.dep_ == "aux" and c.lower_ == "to" for c in node.children):
                    return self._owner(node.head)
                node = node.head  # "took the opportunity to stand up": the taker speaks
                continue
            if node.dep_ not in _INHERIT_DEPS or node.head is node:
                return None
            node = node.head
        return None

    def _own_subject(self, node: Token, ctx: _Ctx) -> Token | None:
        for child in node.children:
            if child.dep_ in _SUBJECT_DEPS and not ctx.quoted(child):
                if child.lower_ in self.lex.relative_pronouns and node.dep_ != "relcl":
                    continue  # "that" opening a clause, not a relative pronoun
                if child.lower_ in ("what", "which") or child.pos_ == "SCONJ":
                    continue
                return child
        return None

    def _utterance(self, noun: Token) -> bool:
        words = tuple(t.lower_ for t in noun.doc[max(0, noun.i - 2) : noun.i + 1])
        return self.lex.utterance_noun(words)

    def _owner(self, noun: Token) -> Token | None:
        """Who an utterance noun belongs to ("X's statement", "X issued a statement")."""
        if not self._utterance(noun):
            return noun
        for child in noun.children:
            if child.dep_ == "poss":
                return child
        if noun.dep_ == "dobj":
            for child in noun.head.children:
                if child.dep_ in _SUBJECT_DEPS:
                    return child
        return None

    def _frame_tokens(self, verb: Token, speaker: Token | None) -> Iterator[int]:
        """Tokens of the attribution itself: speaker, auxiliaries, adverbials, addressee."""
        if speaker is not None and speaker.head.i == verb.i and not _too_long(speaker):
            yield from (t.i for t in speaker.subtree)
        elif speaker is not None and verb.head.i == speaker.i and not _too_long(speaker):
            own = range(verb.left_edge.i, verb.right_edge.i + 1)  # "the nominee, X, tweeted"
            yield from (t.i for t in speaker.subtree if t.i not in own)
        addressee = verb.lemma_.lower() in self.lex.addressee_verbs
        for child in verb.children:
            dep = child.dep_
            if _too_long(child):
                continue
            if (
                dep in _FRAME_DEPS
                or (addressee and dep in ("dobj", "dative"))
                or (dep == "prep" and self._is_frame_prep(child))
            ):
                yield from (t.i for t in child.subtree)

    def _probe_regions(self, att: Attribution, cue: Token, frame: set[int], ctx: _Ctx) -> None:
        """Record quotations right before or right after the attribution frame."""
        doc, tok_region, regions = ctx.doc, ctx.tok_region, ctx.regions
        i = cue.i - 1
        while i >= 0 and tok_region[i] < 0 and (i in frame or _is_filler(doc[i])):
            if "\n" in doc[i].text:
                break
            i -= 1
        if i >= 0 and tok_region[i] >= 0 and regions[tok_region[i]].outer.end <= doc[i + 1].idx:
            region = regions[tok_region[i]]
            ended = region.last_char(ctx.text) == "."
            later = any(c.i > cue.i and c.i not in frame and not c.is_punct for c in cue.rights)
            if not (ended and doc[i + 1].text[:1].isupper() and later):
                att.left_region = tok_region[i]  # not '"... ends." He said the ...'
        j, seps = cue.i + 1, []
        while j < len(doc) and tok_region[j] < 0 and (j in frame or _is_filler(doc[j])):
            if doc[j].is_punct:
                seps.append(doc[j].text)
            if "\n" in doc[j].text and ":" not in seps:
                break
            j += 1
        if j < len(doc) and tok_region[j] >= 0:
            region = regions[tok_region[j]]
            if region.outer.start >= doc[j - 1].idx + len(doc[j - 1]) or j == cue.i + 1:
                att.right_region = tok_region[j]
                att.right_sep = seps[-1] if seps else ""

    def _verb_content(self, verb: Token, ctx: _Ctx) -> list[Span]:
        """The reported content of a cue verb without an adjacent quotation."""
        group = self.lex.cue_group(verb.lemma_.lower())
        if group not in self.lex.indirect_groups:
            return []
        if any(c.dep_ == "prep" and c.lower_ in self.lex.physical_preps for c in verb.children):
            return []  # "missiles slammed into the hospital": a blow, not a statement
        clause = [c for c in verb.children if c.dep_ in _CLAUSE_DEPS]
        if clause:
            return self._clause(clause[0], ctx)
        addressee = verb.lemma_.lower() in self.lex.addressee_verbs
        infinitive = [c for c in verb.children if c.dep_ in _INFINITIVE_DEPS and c.i > verb.i]
        if infinitive and (group != "speech" or addressee):
            return self._clause(infinitive[0], ctx)
        if group == "object":
            parts = [
                c
                for c in verb.rights
                if c.dep_ in _OBJECT_DEPS and not (c.dep_ == "prep" and self._is_frame_prep(c))
            ]
            if parts:
                return _range_span(ctx, parts[0].left_edge.i, parts[-1].right_edge.i)
        if verb.dep_ == "parataxis" and verb.head.i != verb.i:
            # "South Carolina, he said, was ...": the clause around the parenthetical cue
            inner = {t.i for t in verb.subtree}
            return _runs(ctx, [t.i for t in verb.head.subtree if t.i not in inner])
        return []

    def _clause(self, head: Token, ctx: _Ctx) -> list[Span]:
        """A complement clause with everything coordinated to it (one attribution)."""
        return _range_span(ctx, head.left_edge.i, head.right_edge.i)

    def _is_frame_prep(self, prep: Token) -> bool:
        """Time and setting phrases of a cue ("on Sunday", "in a statement", "to reporters")."""
        if _has_clause(prep) or _too_long(prep):
            return False
        for t in prep.subtree:
            if t.ent_type_ in ("DATE", "TIME") or (t.pos_ == "NOUN" and self._utterance(t)):
                return True
        return prep.lower_ in ("to", "at", "during", "on", "in", "with", "after", "before")

    def _colon(self, colon: Token, ctx: _Ctx) -> Attribution | None:
        """'Bush: "..."'; 'she added a caveat: "..."' -- a colon introducing a quotation."""
        doc = colon.doc
        name = doc[colon.i - 1] if colon.i > 0 else None
        if name is None or name.pos_ not in ("PROPN", "NOUN", "PRON") or ctx.quoted(name):
            return None
        j = colon.i + 1
        while j < len(doc) and doc[j].is_space:
            j += 1
        if j >= len(doc) or not ctx.quoted(doc[j]):
            return self._headline(colon, ctx)
        region = ctx.tok_region[j]
        if ctx.regions[region].outer.start < doc[j].idx:
            return None
        head = self._colon_speaker(name, ctx)
        if head is None:
            return None
        speaker = _speaker_span(head)
        cue = Span(colon.idx, colon.idx + 1)
        att = Attribution(cue, colon.i, head.i, speaker)
        att.frame = Span(min(speaker.start, cue.start) if speaker else cue.start, cue.end)
        att.right_region, att.right_sep = region, ":"
        return att

    def _headline(self, colon: Token, ctx: _Ctx) -> Attribution | None:
        """'Sanders: the party must look past personalities' -- a line opened by a name."""
        found = headline(colon.doc, ctx.text, colon, self._opening)
        if found is None:
            return None
        head, speaker, content = found
        att = Attribution(Span(colon.idx, colon.idx + 1), colon.i, head, speaker)
        att.frame = Span(speaker.start, colon.idx + 1)
        att.clause = [content]
        return att

    def _colon_speaker(self, name: Token, ctx: _Ctx) -> Token | None:
        """The name before the colon, or the subject of the clause it ends."""
        head = name
        while head.dep_ in ("compound", "flat") and name.i < head.head.i <= name.i + 3:
            head = head.head
        if name.ent_type_ in ("PERSON", "ORG") or head.dep_ in ("ROOT", "appos"):
            return head
        node = name
        for _ in range(6):
            if node.pos_ in ("VERB", "AUX"):
                return self._speaker_of(node, ctx)
            if node.head.i == node.i:
                return None
            node = node.head
        return None

    # -- "according to X" ----------------------------------------------------------------

    def _prepositional(self, tok: Token) -> tuple[Token, ...] | None:
        doc, first = tok.doc, tok.lower_
        for phrase in self.lex.prepositional:
            end = tok.i + len(phrase)
            if end > len(doc) or (phrase and phrase[0] != first):
                continue  # the first word tells most phrases apart without reading tokens
            if all(doc[tok.i + k].lower_ == w for k, w in enumerate(phrase)):
                return tuple(doc[tok.i : end])
        return None

    def _according(self, first: Token, phrase: tuple[Token, ...], ctx: _Ctx) -> Attribution | None:
        objs = [c for c in phrase[-1].children if c.dep_ == "pobj"]
        if not objs:
            return None
        source = objs[0]
        cue = Span(phrase[0].idx, phrase[-1].idx + len(phrase[-1]))
        att = Attribution(cue, first.i, source.i, _speaker_span(source))
        frame = {t.i for t in phrase} | {t.i for t in source.subtree}
        att.frame = _hull_tokens(first.doc, frame)
        head = first.head if first.head.i != first.i else first
        outside = {t.i for t in first.subtree} | frame
        att.clause = _runs(ctx, [t.i for t in head.subtree if t.i not in outside])
        self._probe_regions(att, phrase[-1], frame, ctx)
        return att

    # -- utterance nouns -----------------------------------------------------------------

    def _noun(self, noun: Token, ctx: _Ctx) -> Attribution | None:
        prep = noun.head
        if noun.dep_ == "pobj" and prep.lower_ in ("in", "during", "at", "on", "via"):
            verb = prep.head
            if verb.pos_ != "VERB" or self.lex.cue_group(verb.lemma_.lower()) is not None:
                return None
            subj = self._speaker_of(verb, ctx)
            if subj is None:
                return None
            cue = Span(prep.idx, noun.idx + len(noun))
            skip = {t.i for t in prep.subtree} | {t.i for t in subj.subtree}
            right = [t.i for t in verb.subtree if t.i >= verb.i and t.i not in skip]
            if not right:
                return None
            content = _range_span(ctx, min(right), max(right))
            return Attribution(cue, noun.i, subj.i, _speaker_span(subj), clause=content)
        clause = [c for c in noun.children if c.dep_ in ("acl", "ccomp") and _has_mark(c)]
        if not clause:
            return None
        owner = self._owner(noun)
        if owner is None or owner.i == noun.i:
            return None
        cue = Span(noun.idx, noun.idx + len(noun))
        content = self._clause(clause[0], ctx)
        return Attribution(cue, noun.i, owner.i, _speaker_span(owner), clause=content)


# -- token helpers ---------------------------------------------------------------------


def _is_passive(verb: Token) -> bool:
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)


def _has_perfect_aux(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children)


def _has_clause(tok: Token) -> bool:
    if _too_long(tok):
        return True
    return any(t.pos_ in ("VERB", "AUX") and t.dep_ != "aux" for t in tok.subtree)


def _too_long(tok: Token) -> bool:
    """Phrases longer than any attribution frame (and degenerate parses of bad input)."""
    return tok.right_edge.i - tok.left_edge.i > _MAX_FRAME_TOKENS


def _has_mark(tok: Token) -> bool:
    return any(c.dep_ == "mark" for c in tok.children)


def _is_filler(tok: Token) -> bool:
    return tok.is_punct or tok.is_space


def _cue_span(verb: Token) -> Span:
    end = verb.idx + len(verb)
    for child in verb.rights:
        if child.dep_ == "prt" and child.i == verb.i + 1:
            end = child.idx + len(child)
    return Span(verb.idx, end)


def _speaker_span(head: Token | None) -> Span | None:
    """The speaker mention: the head with its left modifiers, compounds and "of" phrase."""
    if head is None:
        return None
    doc = head.doc
    start = head.left_edge.i
    end = head.i
    for child in head.rights:
        if child.dep_ in ("compound", "flat", "nummod") or (
            child.dep_ == "prep" and child.lower_ == "of"
        ):
            end = max(end, child.right_edge.i)
        else:
            break
    while start < end and (doc[start].is_punct or doc[start].is_space):
        start += 1
    while end > start and (doc[end].is_punct or doc[end].is_space):
        end -= 1
    return Span(doc[start].idx, doc[end].idx + len(doc[end]))


def _inverted_subject(verb: Token, ctx: _Ctx) -> Token | None:
    """The speaker after the cue ('"...," said a person close to her') or a misparsed one."""
    doc = verb.doc
    before = verb.i - 1
    while (
        before >= 0
        and (doc[before].is_punct or doc[before].is_space)
        and not ctx.quoted(doc[before])
    ):
        before -= 1
    if before >= 0 and ctx.quoted(doc[before]):
        for child in verb.rights:
            if child.dep_ in _INVERTED_DEPS and child.pos_ in _NOMINAL and not ctx.quoted(child):
                return child
        return None
    if before >= 0 and doc[before].head.i == verb.i and doc[before].pos_ == "PROPN":
        return doc[before]  # "Skelly called ...", with the name parsed as an adverb
    return None


def _hull_tokens(doc: SpacyDoc, indices: set[int]) -> Span:
    lo, hi = min(indices), max(indices)
    return Span(doc[lo].idx, doc[hi].idx + len(doc[hi]))


def _runs(ctx: _Ctx, indices: list[int]) -> list[Span]:
    """Sorted token indices as spans, one per run of consecutive tokens."""
    spans: list[Span] = []
    start = prev = -1
    for i in sorted(indices):
        if start >= 0 and i != prev + 1:
            spans.extend(_range_span(ctx, start, prev))
            start = -1
        if start < 0:
            start = i
        prev = i
    if start >= 0:
        spans.extend(_range_span(ctx, start, prev))
    return spans


def _range_span(ctx: _Ctx, lo: int, hi: int) -> list[Span]:
    """Tokens ``lo..hi`` as one span, trimmed of punctuation and conjunctions at both ends."""
    doc = ctx.doc
    while lo < hi and _trimmable(doc[lo], ctx):
        lo += 1
    while hi > lo and (_trimmable(doc[hi], ctx) or doc[hi].dep_ == "cc"):
        hi -= 1
    if hi < lo or _trimmable(doc[lo], ctx):
        return []
    return [Span(doc[lo].idx, doc[hi].idx + len(doc[hi]))]


def _trimmable(tok: Token, ctx: _Ctx) -> bool:
    # Quotation marks stay: they belong to the quoted part of a mixed quote.
    return (tok.is_punct and not ctx.quoted(tok)) or tok.is_space
