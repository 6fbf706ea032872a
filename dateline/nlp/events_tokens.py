"""Token-level reading shared by the events modules: lemmas, paragraphs, phrases, voice.

The events component reads the shared spaCy parse through these few primitives: a cached
lower-case lemma, a paragraph index, array views of a sentence, a token's phrase and its
conjuncts, and whether a verb is passive. Frames (``events_frames``) are built from them.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable

from spacy import symbols as spacy_symbols
from spacy.attrs import DEP, LEMMA, LOWER, POS, TAG
from spacy.strings import hash_string
from spacy.tokens import Doc as SpacyDoc
from spacy.tokens import Token

from dateline.model import Span

_PARAGRAPH_BREAK = re.compile(r"\n[ \t\r\f\v]*\n")


def array_key(name: str) -> int:
    """The id spaCy's arrays use for a string: a symbol's number, else the string's hash."""
    return int(spacy_symbols.IDS.get(name, hash_string(name)))


INFLECTED_TAGS = frozenset({array_key(t) for t in ("VBD", "VBN", "VBG", "VBZ")})
POS_VERB = int(spacy_symbols.VERB)
POS_NOUNS = frozenset({int(spacy_symbols.NOUN), int(spacy_symbols.PROPN)})
VERBISH = frozenset({"VERB", "AUX"})
NOUNISH = frozenset({"NOUN", "PROPN"})
CLAUSE_DEPS = frozenset(
    {"ccomp", "advcl", "relcl", "acl", "parataxis", "xcomp", "csubj", "csubjpass"}
)
SUBJECT_DEPS = frozenset({"nsubj", "csubj"})
RELATIVE_TAGS = frozenset({"WDT", "WP"})
KEY_CHILD_DEPS = frozenset(
    {"prt", "prep", "dobj", "nsubjpass", "acomp", "oprd", "advmod", "npadvmod", "dative", "attr"}
)
MARKED_CLAUSE_DEPS = frozenset({"advcl", "ccomp"})
MODIFIER_DEPS = frozenset({"amod", "compound", "nmod", "poss"})
INSTRUMENT_PREPS = frozenset({"with", "using", "via"})
PLURAL_TAGS = frozenset({"NNS", "NNPS"})
AFFILIATION_PREPS = frozenset({"to", "with"})  # "loyal to X", "linked with X": the side
OF = frozenset({"of"})  # "six of the attackers", "a shipment of shells": the part or content
BY = frozenset({"by"})  # "an air strike by the army": the agent of a noun or a passive


class Paragraphs:
    """Paragraph numbers by position: the parser's sentences may run across blank lines,
    an event's arguments never do."""

    __slots__ = ("breaks",)

    def __init__(self, text: str) -> None:
        self.breaks = [m.end() for m in _PARAGRAPH_BREAK.finditer(text)]

    def of(self, tok: Token) -> int:
        """The paragraph number of ``tok``."""
        return bisect_right(self.breaks, tok.idx)

    def at(self, offset: int) -> int:
        """The paragraph number of the character at ``offset``."""
        return bisect_right(self.breaks, offset)


class DocView:
    """Per-document arrays (part of speech, lemma, form, dependency) read without
    creating token objects, to skip the tokens that cannot be triggers."""

    __slots__ = ("dep", "doc", "lemma", "lower", "named", "para", "pos", "tag")

    def __init__(self, doc: SpacyDoc, text: str, named: frozenset[int] = frozenset()) -> None:
        self.doc = doc
        # One flat list per attribute: cheaper to build than a list per token.
        columns: list[list[int]] = (
            doc.to_array([POS, LEMMA, LOWER, DEP, TAG]).T.tolist() if len(doc) else [[]] * 5
        )
        self.pos, self.lemma, self.lower, self.dep, self.tag = columns
        self.para = Paragraphs(text)
        self.named = named  # tokens inside a name ("Air Assault Regiment"): never triggers


_LEMMAS: dict[int, str] = {}
_LEMMA_CACHE = 100_000


def lemma(tok: Token) -> str:
    """The lower-cased lemma dateline's rules are keyed on."""
    # Memoised by the lemma's hash: reading ``lemma_`` and lower-casing it for every look
    # was a large part of the component's time.
    key = tok.lemma
    found = _LEMMAS.get(key)
    if found is None:
        found = tok.lemma_.lower()
        if len(_LEMMAS) >= _LEMMA_CACHE:
            _LEMMAS.clear()
        _LEMMAS[key] = found
    return found


def verb_forms(tok: Token) -> tuple[str, ...]:
    """The verb's lemma, then base forms guessed from its inflection, for the lemmatizer's
    misses ("staged" -> "stag")."""
    base = lemma(tok)
    return (base, *(g for g in base_guesses(tok.lower_) if g and g != base))


def base_guesses(word: str) -> list[str]:
    """Base forms an inflected word may have, for the lemmatizer's misses."""
    # a doubled consonant is dropped only when it is doubled ("banned" -> "ban"), so that
    # "banded" is never read as "ban"
    if word.endswith("ed"):
        doubled = len(word) > 4 and word[-3] == word[-4]
        return [word[:-1], word[:-2], *([word[:-3]] if doubled else [])]
    if word.endswith("ing"):
        doubled = len(word) > 5 and word[-4] == word[-5]
        return [word[:-3] + "e", word[:-3], *([word[:-4]] if doubled else [])]
    if word.endswith("s"):
        return [word[:-1], word[:-2]]
    return []


def prep_objects(heads: Iterable[Token], preps: frozenset[str]) -> list[Token]:
    """Objects of the prepositional phrases hung on ``heads`` whose preposition is in
    ``preps`` ("cut ties *with Russia*": the objects of "with" on "ties")."""
    return [
        o
        for h in heads
        for c in h.children
        if c.dep_ == "prep" and lemma(c) in preps
        for o in c.children
        if o.dep_ == "pobj"
    ]


def phrase(tok: Token) -> list[Token]:
    """``tok`` and its dependents, without descending into sub-clauses or verb conjuncts."""
    out: list[Token] = []
    stack = [tok]
    while stack:
        t = stack.pop()
        out.append(t)
        for c in t.children:
            if c.dep_ in CLAUSE_DEPS or (c.dep_ == "conj" and c.pos_ in VERBISH):
                continue
            stack.append(c)
    return out


def conjuncts(tok: Token) -> list[Token]:
    """``tok`` and the nouns coordinated with it ("Britain and France")."""
    out = [tok]
    for c in tok.children:
        if c.dep_ == "conj" and c.pos_ not in VERBISH:
            out.extend(conjuncts(c))
        elif c.dep_ == "appos" and _lists(c):
            # "The US, Russia, and Switzerland met": the parser reads a list as an apposition.
            out.extend(conjuncts(c))
        elif c.dep_ == "nmod" and c.pos_ == "PROPN" and any(g.dep_ == "cc" for g in c.children):
            # "President Donald Trump and President Vladimir Putin met": the first name hung
            # on the second as a modifier that carries the "and"
            out.extend(conjuncts(c))
    return out


def _lists(appos: Token) -> bool:
    """An apposition that goes on with "and"/"or" is the middle of a list, not a title."""
    return any(c.dep_ == "cc" for c in appos.children) and any(
        c.dep_ == "conj" and c.pos_ not in VERBISH for c in appos.children
    )


def is_passive(tok: Token) -> bool:
    """True for a passive verb ("was struck", "forces deployed to ...")."""
    if any(c.dep_ in ("nsubjpass", "auxpass") for c in tok.children):
        return True
    return tok.tag_ == "VBN" and tok.dep_ == "acl" and not misread_active(tok)


def misread_active(tok: Token) -> bool:
    """ "Gunmen on motorcycles killed 81 people" parsed as a reduced relative on
    "motorcycles": a participle with a direct object is no passive, it is the clause's verb."""
    return tok.tag_ == "VBN" and tok.dep_ == "acl" and any(c.dep_ == "dobj" for c in tok.children)


def phrase_top(noun: Token) -> Token:
    """The noun a chain of prepositional phrases hangs from ("gunmen" in "gunmen on
    motorcycles from the north"), also through a participle that describes it ("militiamen"
    in "militiamen armed with machetes and guns")."""
    while noun.dep_ == "pobj" and noun.head.dep_ == "prep":
        holder = noun.head.head
        if holder.pos_ not in NOUNISH and holder.dep_ == "acl" and holder.tag_ in ("VBN", "VBG"):
            holder = holder.head
        if holder.pos_ not in NOUNISH:
            break
        noun = holder
    return noun


def token_span(tok: Token) -> Span:
    """The character span of one token."""
    return Span(tok.idx, tok.idx + len(tok.text))


def of_gerund(tok: Token, words: frozenset[str]) -> Token:
    """The gerund of ``words`` after "of" on ``tok`` ("suspected *of belonging* to X"),
    else ``tok`` itself."""
    for prep in tok.children:
        if prep.dep_ == "prep" and lemma(prep) == "of":
            for g in prep.children:
                if g.dep_ == "pcomp" and lemma(g) in words:
                    return g
    return tok


def prep_word(pobj: Token, words: Iterable[str]) -> str:
    """The preposition that governs ``pobj``, read through "of" and "to" to the word that
    carries the sense ("ahead of Tuesday", "prior to the talks"), and as written when that
    form is one of ``words`` ("following the killing", which the small model may read as a
    verb with lemma "follow")."""
    prep = pobj.head
    word = prep.lower_ if prep.lower_ in words else lemma(prep)
    if word in ("of", "to") and prep.head.i != prep.i:
        word = lemma(prep.head)
    return word


def stops_weapon(
    verb: Token, interception: frozenset[str], deps: frozenset[str] = frozenset({"prt"})
) -> bool:
    """ "shot down", "intercepted": a verb, alone or with its particle (a child of ``deps``;
    the parser may read the particle as an adverb), of stopping a weapon."""
    particles = [c.lower_ for c in verb.children if c.dep_ in deps]
    said = [lemma(verb), *(f"{lemma(verb)} {p}" for p in particles), *particles]
    return any(w in interception for w in said)


def names_its_object(verb: Token, characterising: frozenset[str]) -> bool:
    """ "called the attack a war crime": the verb says what its object is, so it neither
    stages nor plans it (the second object may be misread as an apposition)."""
    if any(c.dep_ == "oprd" for c in verb.children):
        return True
    return lemma(verb) in characterising and any(
        c.dep_ == "dobj" and any(g.dep_ == "appos" for g in c.children) for c in verb.children
    )


OBJECT_PRONOUNS = {"him": False, "her": False, "them": True}  # pronoun -> plural
# the same as a passive's subject: "... before he was shot dead"
PASSIVE_PRONOUNS = {"he": False, "she": False, "they": True}


def turns_on_attacker(
    trigger: Token,
    objects: Iterable[Token],
    perpetrators: frozenset[str],
    lone: frozenset[str] = frozenset(),
) -> bool:
    """ "A gunman opened fire ..., killing four before police shot *him* dead": a pronoun
    object of a clause hung on one whose subject is an attacker is that attacker; so is
    a passive's pronoun subject ("... killing 14, before he was shot dead"), and so is one
    standing for a lone attacker told only as a person (``lone``: "A man stabbed two
    people before police shot him")."""
    pronouns = [
        o
        for o in objects
        if o.lower_ in OBJECT_PRONOUNS or (o.dep_ == "nsubjpass" and o.lower_ in PASSIVE_PRONOUNS)
    ]
    if not pronouns:
        return False
    number = {**OBJECT_PRONOUNS, **PASSIVE_PRONOUNS}
    node = trigger
    for _ in range(4):
        if node.dep_ not in ("advcl", "conj") or node.head.i == node.i:
            return False
        node = node.head
        for s in node.children:
            if s.dep_ == "nsubj" and (lemma(s) in perpetrators or lemma(s) in lone):
                plural = s.tag_ in PLURAL_TAGS
                return any(number[p.lower_] == plural for p in pronouns)
    return False


BENCHMARK_CLAUSES = frozenset({"relcl", "advcl", "acl"})  # "since January, *when* ... fired"


def benchmark_objects(sent: Iterable[Token], preps: frozenset[str]) -> frozenset[int]:
    """ "the deadliest attack since January, when Iran fired missiles": the clauses told
    under a benchmark preposition's object, which tell another event than the one reported.
    A bare noun there ("since the launch of the offensive", "the worst since the war began"
    read as a noun) is left alone: it names the campaign the report belongs to, and kept
    apart it would be an event with nothing of its own."""
    return frozenset(
        t.i
        for tok in sent
        if tok.dep_ == "prep" and tok.lower_ in preps
        for c in tok.children
        if c.dep_ in ("pobj", "pcomp")
        for t in c.subtree
        if t.dep_ in BENCHMARK_CLAUSES and t.i != c.i
    )
