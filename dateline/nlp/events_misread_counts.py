"""Counts told by a verb the small parser misreads or hangs on the wrong clause.

In "killing four before a guard and a civilian shot both attackers dead" the tagger reads
"a civilian shot" as a noun phrase, so "shot" is no trigger of its own and the attackers'
deaths are lost. A noun never takes a direct object: one that does, joined to a trigger, is
that misread verb, and a casualty adjective on it ("dead") counts its object as a verb's
result would ("shot both attackers dead").

In "said it was behind the car bomb that struck a convoy on Wednesday, killing 19 people"
the parser hangs "killing" on "was", so the trigger "struck" loses its toll: a casualty
participle right after the trigger's clause, after a comma, hung on a word before the
trigger, tells the trigger's result.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from dateline.nlp.events_tokens import lemma

if TYPE_CHECKING:
    from dateline.nlp.events_size import Count, SizeReader

# How a misread verb hangs below the trigger: joined to it, or to a noun of its phrases
# ("killing three before a guard and a civilian shot ...": joined to "guard").
_OBJECT_REACH = 6  # words from a participle to its object's noun ("killing at least 52 people")
_BELOW = frozenset({"conj", "advcl", "prep", "pobj", "dobj"})


def misread_verb_counts(trigger: Token, reader: SizeReader) -> list[Count]:
    """Counts of "… shot both attackers dead" where "shot" was tagged a noun: the object's
    number in the adjective's column, added to the victims' when it names the perpetrators."""
    from dateline.nlp.events_size import Count

    out: list[Count] = []
    rules = reader.r
    for verb in _misread_verbs(trigger):
        obj = next(c for c in verb.children if c.dep_ == "dobj")
        # the adjective right after the object, wherever the misparse hangs it
        k = obj.right_edge.i + 1
        adj = trigger.doc[k] if k < len(trigger.doc) else None
        column = rules.casualty_words.get(lemma(adj)) if adj is not None else None
        if adj is None or adj.pos_ != "ADJ" or column is None:
            continue
        value = reader.np_count(obj)
        if value is not None:
            heads = [reader.antecedent(h) for h in _nouns(obj)]
            perpetrators = all(lemma(h) in rules.perpetrators for h in heads)
            out.append(Count(column, value, perpetrators))
    return out


def stranded_participle_counts(trigger: Token, reader: SizeReader) -> list[Count]:
    """ "... the bomb that struck a convoy on Wednesday, killing 19 people": the count of a
    casualty participle the parser hung above the trigger's clause, right after it."""
    from dateline.nlp.events_size import Count

    doc, rules = trigger.doc, reader.r
    k = trigger.right_edge.i + 1
    if k + 1 >= len(doc) or doc[k].text != "," or trigger.dep_ not in ("relcl", "acl"):
        return []
    verb = doc[k + 1]
    column = rules.casualty_verbs.get(lemma(verb))
    if column is None or verb.tag_ != "VBG" or verb.dep_ != "advcl" or verb.head.i >= trigger.i:
        return []
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    value = reader.np_count(objects[0]) if objects else None
    return [Count(column, value)] if value is not None else []


def object_taken_count(verb: Token, reader: SizeReader) -> int | None:
    """ "..., killing at least 17 traders, witnesses and a chief said": the parser makes the
    participle's object a subject of the reporting verb after it; a counted noun right after
    an active participle with no object of its own, subject of a verb to its right, is the
    participle's object (its conjuncts after it are the reporters, never counted)."""
    if verb.tag_ != "VBG" or any(c.dep_ in ("dobj", "nsubjpass") for c in verb.children):
        return None
    doc = verb.doc
    for tok in doc[verb.i + 1 : min(verb.i + _OBJECT_REACH, len(doc))]:
        if tok.is_punct:
            return None
        if tok.pos_ in ("NOUN", "PROPN"):
            counted = any(c.dep_ == "nummod" for c in tok.children)
            taken = tok.dep_ == "nsubj" and tok.head.i > tok.i
            return reader.np_count(tok, before=tok.i) if counted and taken else None
    return None


def _misread_verbs(trigger: Token) -> list[Token]:
    """Nouns with a direct object below the trigger, through no verb of its own (a verb
    below is a clause with its own trigger, which counts for itself)."""
    found, todo = [], list(trigger.children)
    while todo:
        tok = todo.pop()
        if tok.dep_ not in _BELOW or tok.pos_ in ("VERB", "AUX"):
            continue
        if tok.pos_ == "NOUN" and any(c.dep_ == "dobj" for c in tok.children):
            found.append(tok)
        todo.extend(tok.children)
    return sorted(found, key=lambda t: t.i)


def _nouns(tok: Token) -> list[Token]:
    """The noun and the nouns joined to it ("the gunman and his driver")."""
    out = [tok]
    for c in tok.children:
        if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN"):
            out.extend(_nouns(c))
    return out
