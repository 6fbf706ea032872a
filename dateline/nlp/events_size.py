"""Casualty and arrest counts: "one person", "at least 16", "dozens", "five dead".

Counts are read from the patient of a casualty verb ("killing one person", "12 were
injured"), from casualty words on a counted phrase ("leaving five dead"), and from death
tolls. Numbers keep the conservative reading of what is written; vague plurals follow
ACLED ("dozens" = 12); parts of a total ("including five children") are never added.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Token

from dateline.nlp.events_count_heads import (
    counted_whole,
    raised_subjects,
    relative_part,
    stranded_subjects,
)
from dateline.nlp.events_frames import Frame
from dateline.nlp.events_lexicon import SizeRules
from dateline.nlp.events_lives import lives_counts
from dateline.nlp.events_misparse import unrealised_outcome
from dateline.nlp.events_misread_counts import (
    misread_verb_counts,
    object_taken_count,
    stranded_participle_counts,
)
from dateline.nlp.events_tokens import VERBISH, is_passive, lemma

NOUNS = ("NOUN", "PROPN")
_DIGITS = re.compile(r"^\d{1,3}(,\d{3})+$|^\d+$")
COLUMNS = ("dead", "injured", "arrested")


@dataclass(frozen=True, slots=True)
class Count:
    """One reported count for one column, and how it combines with others."""

    column: str
    value: int
    additive: bool = False
    alternative: bool = False  # one source's count set against another's ("while ...")


class SizeReader:
    """Reads counts tied to a trigger."""

    def __init__(self, rules: SizeRules, excluded_heads: frozenset[str]) -> None:
        self.r = rules
        self.excluded = excluded_heads  # nouns never counted (property, weapons)

    def counts(self, frame: Frame, casualty: str | None) -> list[Count]:
        """Counts reported by the trigger itself and by result clauses on it."""
        out: list[Count] = []
        trigger = frame.trigger
        column = casualty or self.r.casualty_verbs.get(lemma(trigger))
        attempted = unrealised_outcome(trigger, self.r.unrealised)
        if column and trigger.pos_ in VERBISH and not attempted:
            value = self._patient_count(trigger)
            if value is not None:
                more = self._additive(trigger) and not self._in_total(trigger)
                additive = more or self._perpetrators(trigger)
                out.append(Count(column, value, additive))
        for c in trigger.children:
            if c.dep_ in ("advcl", "conj", "xcomp", "ccomp") and lemma(c) in self.r.result_verbs:
                out += self._result(c)
        if trigger.dep_ == "nsubj" and lemma(trigger.head) in self.r.result_verbs:
            out += self._result(trigger.head)  # "the attack left five officers dead"
        out += self._adjective_counts(trigger)
        out += self._gapped(trigger)
        out += self._tolls(trigger)
        out += self._recovered(trigger)
        out += misread_verb_counts(trigger, self)  # "a civilian shot both attackers dead"
        out += lives_counts(trigger, self)  # "the attack claimed the lives of 15 people"
        out += stranded_participle_counts(trigger, self)  # "the bomb that struck ..., killing"
        if self._contrasted(trigger):
            out = [Count(c.column, c.value, c.additive, True) for c in out]
        return out

    def _gapped(self, trigger: Token) -> list[Count]:
        """ "seven were killed and 15 wounded", "one was killed and another wounded": a
        conjoined participle shares the trigger's auxiliary; its own subject is counted."""
        out = []
        for c in trigger.children:
            column = self.r.casualty_verbs.get(lemma(c))
            if c.dep_ != "conj" or column is None or c.tag_ != "VBN" or c.i < trigger.i:
                continue
            if any(g.dep_ in ("aux", "auxpass") for g in c.children):
                continue  # a clause of its own, read as its own trigger
            for g in c.children:
                value = None
                if g.dep_ in ("nsubj", "nsubjpass"):
                    value = self.np_count(g)
                elif g.dep_ == "det":
                    value = self.r.determiners.get(g.lower_)
                if value is not None:
                    out.append(Count(column, value))
        return out

    def is_total(self, tok: Token) -> bool:
        """True for a word saying a count is a running total ("toll", "rose to")."""
        return lemma(tok) in self.r.total_markers

    def _contrasted(self, trigger: Token) -> bool:
        """ "five were killed, while a hospital official put the toll at 25": two sources,
        also when the second hangs on the first one's reporting verb ("killed 10, the
        governor said, while prosecutors said the toll was eight")."""
        nodes = [trigger]
        nodes += [c for c in trigger.children if c.dep_ in ("parataxis", "ccomp")]
        node = trigger
        for _ in range(3):  # "[prosecutors said] the toll was eight": up to the source
            if node.dep_ not in ("nsubj", "dobj", "ccomp") or node.head.i == node.i:
                break
            node = node.head
            nodes.append(node)
        clauses = [c for n in nodes for c in n.children if c.dep_ == "advcl"]
        clauses += [n for n in nodes if n.dep_ == "advcl"]
        return any(
            m.dep_ == "mark" and m.lower_ in self.r.contrast_markers
            for c in clauses
            for m in c.children
        )

    def _in_total(self, verb: Token) -> bool:
        """ "the toll has risen to eight after two more students died": a clause told inside
        a running total is already counted in it, so its "more" adds nothing."""
        node = verb
        for _ in range(4):
            if node.head.i == node.i:
                return False
            node = node.head
            if self.is_total(node):
                return True
        return False

    def _perpetrators(self, verb: Token) -> bool:
        """ "both attackers were killed": the perpetrators' deaths add to the victims'."""
        deps = ("nsubj", "nsubjpass") if _passive(verb) else ("dobj",)
        heads = [h for c in verb.children if c.dep_ in deps for h in _conjuncts(self._referent(c))]
        heads = [self.antecedent(counted_whole(h, verb)) for h in heads or relative_part(verb)]
        return bool(heads) and all(lemma(h) in self.r.perpetrators for h in heads)

    def antecedent(self, tok: Token) -> Token:
        """ "chased the attackers, killing four of them": a pronoun left as the group a part
        is taken from stands for the nearest plural noun before it in its sentence, leaving
        out weapons and property ("the attackers used drones and explosives; 37 of them
        were killed" are attackers)."""
        if tok.lower_ not in self.r.pronouns or tok.dep_ != "pobj":
            return tok
        for prev in reversed(tok.doc[tok.sent.start : tok.i]):
            if prev.tag_ in ("NNS", "NNPS") and lemma(prev) not in self.excluded:
                return prev
        return tok

    def _referent(self, tok: Token) -> Token:
        """ "Two gunmen killed six people before they were shot dead": "they" stands for the
        counted subject of a clause above its own; any other word stands for itself."""
        if tok.lower_ not in self.r.pronouns:
            return tok
        clause = tok.head
        for _ in range(3):
            if clause.dep_ not in ("advcl", "conj", "xcomp") or clause.head.i == clause.i:
                break
            clause = clause.head
            subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
            if subjects and subjects[0].lower_ not in self.r.pronouns:
                counted = any(c.dep_ == "nummod" for c in subjects[0].children)
                return subjects[0] if counted else tok
        return tok

    def _tolls(self, trigger: Token) -> list[Count]:
        """ "the death toll from the strikes rose to seven", "..., bringing the toll to 15" """
        nouns: list[Token] = []
        # "the death toll from an Iranian missile that hit ... rose to nine": the relative
        # clause's noun is the toll's source.
        source = trigger.head if trigger.dep_ in ("relcl", "acl") else trigger
        if source.dep_ == "pobj" and lemma(source.head) in self.r.toll_source_preps:
            nouns.append(source.head.head)
        if lemma(trigger) in self.r.total_markers and not (
            trigger.dep_ == "dobj"
            and trigger.head.dep_ in ("advcl", "conj")
            and self._over_several(trigger)
        ):
            nouns.append(trigger)  # the toll is the trigger: "the death toll reached 23"
        for c in trigger.children:
            if c.dep_ in ("advcl", "conj", "xcomp"):
                # "killing 16, raising the toll from attacks this week to 40": a toll over
                # several attacks is not this one's count
                nouns += [
                    g
                    for g in c.children
                    if g.dep_ in ("dobj", "nsubj") and not self._over_several(g)
                ]
        out = []
        for noun in nouns:
            column = self.r.casualty_words.get(lemma(noun))
            if column is None or lemma(noun) not in self.r.total_markers:
                continue
            value = self._toll_value(noun)
            if value is not None:
                out.append(Count(column, value))
        return out

    def _over_several(self, toll: Token) -> bool:
        """True for a toll whose source is plural ("the toll from this week's attacks"), the
        phrase hanging on the toll or on its verb ("raising the toll from attacks to 40")."""
        owners = [toll, toll.head] if toll.dep_ == "dobj" else [toll]
        return any(
            prep.dep_ == "prep" and lemma(prep) in self.r.toll_source_preps and p.tag_ == "NNS"
            for owner in owners
            for prep in owner.children
            for p in prep.children
            if p.dep_ == "pobj"
        )

    def _recovered(self, trigger: Token) -> list[Count]:
        """ "rescuers pulled 12 bodies from the rubble of a building hit by a missile": the
        clause holding the attack's relative clause counts the casualties of the attack."""
        if trigger.dep_ not in ("relcl", "acl"):
            return []
        node = trigger.head
        for _ in range(8):
            if node.pos_ in VERBISH:
                nouns = [c for c in node.children if c.dep_ in ("dobj", "nsubjpass")]
                break
            if node.dep_ not in ("pobj", "prep"):
                nouns = [node]  # the parser hung the clause on the counted noun itself
                break
            node = node.head
        else:
            return []
        out = []
        for noun in nouns:
            column = self.r.casualty_words.get(lemma(noun))
            if column is None or noun.pos_ != "NOUN" or lemma(noun) in self.r.total_markers:
                continue
            value = self.np_count(noun)
            if value is not None:
                out.append(Count(column, value))
        return out

    def _toll_value(self, toll: Token) -> int | None:
        nums = [c for c in toll.children if c.dep_ == "nummod"]
        if nums:
            return self.number(nums[0])
        places = [toll, toll.head] if toll.head.i != toll.i else [toll]
        if toll.dep_ in ("nsubj", "nsubjpass"):
            # "the toll had reached 23", "the toll was eight": the verb's object or attribute
            objects = [c for c in toll.head.children if c.dep_ in ("dobj", "attr")]
            if objects and (objects[0].like_num or objects[0].pos_ == "NUM"):
                return self.number(objects[0])
        # "revised the toll down to 95": the phrase may hang on the particle
        places += [c for c in toll.head.children if c.dep_ == "prt"]
        for owner in places:
            for prep in owner.children:
                if prep.dep_ == "prep" and lemma(prep) in self.r.toll_value_preps:
                    for p in prep.children:
                        if p.dep_ == "pobj" and (p.like_num or p.pos_ == "NUM"):
                            return self.number(p)
        return None

    def _patient_count(self, verb: Token) -> int | None:
        intransitive = lemma(verb) in self.r.intransitive
        active = any(c.dep_ == "dobj" for c in verb.children)
        if verb.dep_ == "acl" and verb.tag_ == "VBN" and not active:
            # "198,000 soldiers killed and 550,000 injured": a participle after its noun
            # counts the phrases before it, never a conjunct the parser hung after it
            # ("20 soldiers and 30 civilians killed": the parser hangs it on the last one)
            first = verb.head
            while first.dep_ == "conj" and first.head.pos_ not in VERBISH:
                first = first.head
            return self.np_count(first, before=verb.i) or self._number_of(verb.head)
        total = self._misparsed_total(verb)
        if total is not None:
            return total
        if intransitive:
            deps = ("nsubj",)
        elif _passive(verb):
            deps = ("nsubjpass",)
        else:
            deps = ("dobj",)
        heads = []
        for c in verb.children:
            if c.dep_ in ("prep", "advcl") and lemma(c) in self.r.subset_markers:
                break  # "killed 20 people, among them five journalists": a part follows
            if c.dep_ in deps and self._a_part(c):
                break  # "killing 23 people, among them four children" as a second object
            if c.dep_ in deps:
                heads.append(c)
        heads = heads or relative_part(verb) or stranded_subjects(verb) or raised_subjects(verb)
        if not heads:
            return object_taken_count(verb, self)  # "killing 17 traders, witnesses said"
        values = [self.np_count(h) for h in heads]
        if all(v is None for v in values):
            values = [self._partitive(h) for h in heads]  # "slit the throats of 43 workers"
        values = [v for v in values if v is not None]
        return sum(values) if values else None

    def _partitive(self, head: Token) -> int | None:
        """ "slit the throats of 43 farm workers": the victims are the "of" phrase."""
        if lemma(head) not in self.r.partitive_nouns:
            return None
        for prep in head.children:
            if prep.dep_ != "prep" or lemma(prep) != "of":
                continue
            for noun in prep.children:
                if noun.dep_ == "pobj":
                    return self.np_count(noun)
                # "the throats of 43 workers harvesting rice": parsed as a gerund clause
                subjects = [s for s in noun.children if s.dep_ == "nsubj"]
                if noun.dep_ == "pcomp" and subjects:
                    return self.np_count(subjects[0])
        return None

    def _a_part(self, head: Token) -> bool:
        """True for a phrase that opens with a subset marker ("among them four children")."""
        return any(
            g.dep_ == "prep" and lemma(g) in self.r.subset_markers and g.i < head.i
            for g in head.children
        )

    def _misparsed_total(self, verb: Token) -> int | None:
        """ "the number of Palestinians killed when ... had risen to 112": the small parser
        makes "number" the subject of "killed" and "risen" a clause beside it; the total
        is the number the rising clause reaches."""
        if not any(
            c.dep_ == "nsubj" and lemma(c) in self.r.total_nouns for c in verb.children
        ) or is_passive(verb):
            return None
        near = [*verb.children, *(verb.head.children if verb.head.i != verb.i else ())]
        for clause in near:
            if clause.i == verb.i or lemma(clause) not in self.r.total_markers:
                continue
            for prep in clause.children:
                if prep.dep_ == "prep" and lemma(prep) in self.r.toll_value_preps:
                    nums = [p for p in prep.children if p.dep_ == "pobj" and p.like_num]
                    if nums:
                        return self.number(nums[0])
        return None

    def _number_of(self, noun: Token) -> int | None:
        """ "the number of people killed ... has risen to 13": the total's count."""
        of = noun.head
        if noun.dep_ != "pobj" or lemma(of) != "of" or lemma(of.head) not in self.r.total_nouns:
            return None
        return self._toll_value(of.head)

    def _result(self, verb: Token) -> list[Count]:
        """ "leaving five dead and 12 injured" """
        out = []
        for c in verb.children:
            column = self.r.casualty_words.get(lemma(c)) if c.pos_ == "ADJ" else None
            if column is None and c.dep_ in ("dobj", "ccomp", "oprd"):
                column = _column_below(c, self.r)
                target = c
            else:
                target = _counted_sibling(verb, c)
            if column is not None and target is not None:
                value = self.np_count(target)
                if value is not None:
                    out.append(Count(column, value))
        return out + self._gapped(verb)  # "left five dead and 12 wounded"

    def _adjective_counts(self, trigger: Token) -> list[Count]:
        """ "five people dead" / "12 injured" as a predicate of the trigger's clause."""
        out = []
        for c in trigger.children:
            if c.dep_ not in ("oprd", "acomp", "npadvmod", "dobj", "advmod", "xcomp"):
                continue
            column = _column_below(c, self.r)
            if column is None:
                continue
            value = self.np_count(c)
            perpetrators = c.pos_ in NOUNS and all(
                lemma(h) in self.r.perpetrators for h in _conjuncts(c)
            )
            if value is None and c.pos_ == "ADJ":
                # "shot dead ten people", "were shot dead": the adjective says the column,
                # the verb's patient is counted.
                value = self._patient_count(trigger)
                perpetrators = self._perpetrators(trigger)
            if value is not None:
                out.append(Count(column, value, perpetrators))
        return out

    def _additive(self, verb: Token) -> bool:
        for c in verb.children:
            if lemma(c) in self.r.additive_markers and c.dep_ in ("advmod", "det"):
                return True
            if c.dep_ in ("nsubj", "nsubjpass", "dobj") and any(
                lemma(g) in self.r.additive_markers for g in c.children
            ):
                return True
        return False

    # numbers ---------------------------------------------------------------------
    def np_count(self, head: Token, before: int | None = None) -> int | None:
        """The number of people a noun phrase counts, summed over its conjuncts (those
        before token ``before`` only, when given)."""
        total: int | None = None
        for h in _conjuncts(head):
            if before is not None and h.i > before:
                continue
            value = self._single(h)
            if value is not None:
                total = (total or 0) + value
        return total

    def _single(self, head: Token) -> int | None:
        head = self._referent(head)
        lem = lemma(head)
        if lem in self.excluded:
            return None
        said = self._word_count(head)
        if said is not None:
            return said
        if head.lower_ in self.r.vague:
            return self.r.vague[head.lower_]
        if head.pos_ == "NOUN" and head.lower_ in self.r.multipliers:
            return self.r.multipliers[head.lower_]  # "a couple", "a dozen"
        if head.like_num or head.pos_ == "NUM":
            return self.number(head)
        nums = [
            c
            for c in head.children
            if c.dep_ == "nummod" or (c.dep_ == "compound" and (c.like_num or c.pos_ == "NUM"))
        ]
        if nums:
            return self.number(nums[0])
        nested = _leading_number(head)
        if nested is not None:
            return self.number(nested)
        quantity = [
            c for c in head.children if c.dep_ in ("amod", "quantmod") and c.lower_ in self.r.vague
        ]
        if quantity:
            return self.r.vague[quantity[0].lower_]
        dets = [c for c in head.children if c.dep_ in ("det", "predet")]
        if dets and dets[0].lower_ in self.r.determiners:
            return self.r.determiners[dets[0].lower_]  # "both attackers"
        if head.tag_ in ("NN", "NNP") and lem in self.r.singular_persons:
            return 1
        if head.ent_type_ == "PERSON" and head.tag_ == "NNP":
            return 1  # a named person
        return None

    def _word_count(self, head: Token) -> int | None:
        """The count a word gives by itself: "himself", "he", "nobody", "no one"."""
        word = head.lower_
        if word in self.r.reflexives:
            return self.r.reflexives[word]
        if head.pos_ == "PRON" and word in self.r.singular_pronouns:
            return 1
        if word in self.r.determiners and head.pos_ in ("PRON", "NOUN"):
            return self.r.determiners[word]  # "nobody was hurt"
        if any(c.dep_ == "det" and self.r.determiners.get(c.lower_) == 0 for c in head.children):
            return 0  # "no one was killed", "no soldiers were hurt": not the one a digit says
        return None

    def number(self, tok: Token) -> int | None:
        """Read a number written in digits, words, or both ("two hundred", "1,200")."""
        parts = sorted(
            [tok, *(c for c in tok.children if c.dep_ in ("compound", "nummod", "quantmod"))],
            key=lambda t: t.i,
        )
        words = [p for p in parts if lemma(p) not in self.r.qualifiers]
        value: int | None = None
        current = 0
        for w in words:
            text = w.lower_.replace("-", " ")
            for piece in text.split():
                n = self._piece(piece)
                if n is None:
                    continue
                if piece in self.r.multipliers:
                    current = max(current, 1) * n
                    value = (value or 0) + current
                    current = 0
                else:
                    current += n
        if current:
            value = (value or 0) + current
        return value

    def _piece(self, piece: str) -> int | None:
        if _DIGITS.match(piece):
            return int(piece.replace(",", ""))
        if piece in self.r.units:
            return self.r.units[piece]
        if piece in self.r.multipliers:
            return self.r.multipliers[piece]
        if piece in self.r.vague:
            return self.r.vague[piece]
        return None


def _passive(verb: Token) -> bool:
    """A passive verb, unless it has a direct object: "fighters on motorcycles killed 81
    people" parsed as a reduced relative ("motorcycles killed") is still active."""
    return is_passive(verb) and not any(c.dep_ == "dobj" for c in verb.children)


def _conjuncts(tok: Token) -> list[Token]:
    out = [tok]
    for c in tok.children:
        if c.dep_ == "conj" and c.pos_ not in VERBISH:
            out.extend(_conjuncts(c))
    return out


def _column_below(tok: Token, rules: SizeRules) -> str | None:
    for c in [tok, *tok.children]:
        column = rules.casualty_words.get(lemma(c))
        if (column is not None and c.pos_ in ("ADJ", "VERB")) or (column and c.i == tok.i):
            return column
    return None


def _counted_sibling(verb: Token, adjective: Token) -> Token | None:
    # the nearest phrase before the adjective: "the attack left [five officers] dead"
    before = [c for c in verb.children if c.dep_ in ("dobj", "nsubj") and c.i < adjective.i]
    return max(before, key=lambda c: c.i) if before else None


def combine(counts: list[Count]) -> dict[str, int | None]:
    """Per column: the largest count, plus counts explicitly reported as additional.

    When sources disagree ("police said five, while a hospital put the toll at 25") the
    most conservative of their counts is kept, as ACLED does."""
    out: dict[str, int | None] = dict.fromkeys(COLUMNS)
    for column in COLUMNS:
        mine = [c for c in counts if c.column == column]
        base = [c.value for c in mine if not c.additive]
        extra = [c.value for c in mine if c.additive]
        if any(c.alternative and not c.additive for c in mine):
            base = [min(base)]
        if base or extra:
            out[column] = max(base, default=0) + sum(extra)
    return out


def _leading_number(head: Token) -> Token | None:
    """ "Seventeen Nigerien soldiers", "Eleven Chadian soldiers": a capitalised number word
    that opens the phrase is hung by the small parser on the nationality after it, or as an
    adjective, not as the noun's count."""
    mods = [c for c in head.children if c.dep_ in ("compound", "amod") and c.i < head.i]
    for tok in [*mods, *(g for c in mods for g in c.children if g.i < c.i)]:
        numeric = tok.like_num or tok.pos_ == "NUM"
        if numeric and tok.dep_ in ("compound", "nummod", "amod") and tok.i == head.left_edge.i:
            return tok
    return None
