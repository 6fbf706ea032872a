"""Per-document actor resolution: new nominal mentions, in-document learning, coreference.

One ``DocumentActors`` is made per document. It
1. relabels names the small model gets wrong (a big city tagged PERSON is a place),
2. adds mentions spaCy misses: knowledge-base names ("coalition of the willing"), role
   nominals ("The Prime Minister", label ROLE) and group nominals ("Ukrainian officials",
   label GROUP) (``actor_nominals``),
3. learns roles from titles and appositions ("Defence Secretary John Healey", "John Healey,
   the defence secretary") with the title as evidence; these win over the shipped data
   (``actor_titles``),
4. links short forms ("Sir Keir", "Mr Johnson", "Starmer") to the full name used earlier
   (``actor_people``),
5. resolves role nominals to the office-holder in the document's country on its date,
6. gives each mention its actor, using the parse to tell "accusing Moscow" (the Russian
   government) from "in Kyiv" (a place, left to the ``geo`` layer).
"""

from __future__ import annotations

from dataclasses import dataclass, replace

import numpy as np
from spacy.tokens import Doc as SpacyDoc
from spacy.tokens import Span as SpacySpan

from dateline.deadline import Deadline
from dateline.kb.gazetteer import fold
from dateline.kb.knowledge import MISSPELLING_MIN, KnowledgeBase
from dateline.kb.places import PlaceIndex
from dateline.model import Actor, Document, Mention, Provenance, Span
from dateline.nlp.actor_guards import (
    counterpart_countries,
    named_service,
    region_actor,
    rival_country,
    rival_group,
    thing_label,
)
from dateline.nlp.actor_home import GROUP, home_country
from dateline.nlp.actor_nominals import ROLE, NominalReader
from dateline.nlp.actor_people import Assertion, PeopleReader, PersonCluster
from dateline.nlp.actor_phrase import PhraseResolver
from dateline.nlp.actor_possessors import possessor_phrase
from dateline.nlp.actor_short_names import person_short_names
from dateline.nlp.actor_vocab import COUNTRY, ORG, PERSON, SEAT
from dateline.nlp.parse import wire_dateline_end
from dateline.nlp.usage import UsageRules, classify

_NAME_LABELS = {ORG: "ORG", SEAT: "FAC", COUNTRY: "GPE", PERSON: "PERSON"}
_PLACE_OR_BODY = frozenset({"GPE", "ORG"})
_MISTAKEN = frozenset({"PERSON", "ORG", "PRODUCT", "WORK_OF_ART", "EVENT", "NORP", "LANGUAGE"})
_NOT_ORG = frozenset({"PERSON", "PRODUCT", "WORK_OF_ART", "EVENT", "LANGUAGE"})
_ARTICLES = frozenset({"a", "an", "the"})
_WHERE = frozenset({"location", "target"})  # usages that make a town a place


@dataclass(frozen=True, slots=True)
class Settings:
    """What the document resolver needs from the component."""

    resolver: PhraseResolver
    usage: UsageRules
    provenance: Provenance
    min_population: int
    places: PlaceIndex
    place_words: frozenset[str]
    noun_hashes: np.ndarray  # string ids of the single-word sector nouns (numpy, for isin)
    place_labels: frozenset[str]  # NER labels that may name a place (the geo rules' labels)
    dateline_dashes: frozenset[str] = frozenset()  # marks ending a wire dateline ("KYIV —")
    forces: frozenset[str] = frozenset()  # sectors of a state's own forces (MIL, COP, SPY)


class DocumentActors(NominalReader, PeopleReader):
    """Resolves the actors of one parsed document."""

    def __init__(self, cfg: Settings, doc: Document, parse: SpacyDoc, deadline: Deadline) -> None:
        self.cfg = cfg
        self.kb = cfg.resolver.kb
        self.vocab = cfg.resolver.vocab
        self.doc = doc
        self.parse = parse
        self.deadline = deadline
        self.day = doc.date
        self.names = cfg.resolver.matchers.name_matches(parse)
        self.phrases = cfg.resolver.matchers.phrase_matches(parse)
        self.clusters: list[PersonCluster] = []
        self.by_mention: dict[tuple[int, int], PersonCluster] = {}
        self.titles: dict[tuple[int, int], Assertion] = {}
        self.role_of: dict[tuple[int, int], Actor] = {}
        self.context: str | None = None
        self._spans: dict[tuple[int, int], SpacySpan | None] = {}

    # ------------------------------------------------------------------ pipeline
    def run(self, mentions: tuple[Mention, ...]) -> tuple[Mention, ...]:
        """The mentions with new nominals added and every actor resolved."""
        found = person_short_names([self._relabel(m) for m in mentions], self.kb)
        found = self._merge(found, self._name_mentions())
        found = self._merge(found, self._misspelt_countries(found))
        found = [self._thing(m) for m in found]
        self.context = self._home_country(found)
        self._learn_titles(found)
        titles = [a.evidence for a in self.titles.values()]
        found = [m for m in found if not any(t.contains(m.span) for t in titles)]
        found = self._merge(found, self._role_mentions(found))
        found = self._merge(found, self._group_mentions(found))
        found.sort(key=lambda m: (m.span.start, m.span.end))
        self.context = self._home_country(found)
        self._cluster_people(found)
        out: list[Mention] = []
        for m in found:
            self.deadline.check()
            out.append(self._resolve(m, out))
        return tuple(out)

    def _thing(self, m: Mention) -> Mention:
        """A name that denotes a weapon, a vessel or a building is relabelled, with no actor."""
        span = self._span(m)
        label = None if span is None else thing_label(m, span, self.kb, self.vocab, self.names)
        return m if label is None else replace(m, label=label)

    def _place_word_after(self, j: int) -> bool:
        """ "the Nuseirat camp", "the Nuseirat refugee camp": a place word right after the
        name, or after one noun compounded with it."""
        doc, words = self.parse, self.cfg.place_words
        if j < len(doc) and doc[j].lower_ in words:
            return True
        return j + 1 < len(doc) and doc[j].dep_ == "compound" and doc[j + 1].lower_ in words

    def _span(self, m: Mention) -> SpacySpan | None:
        key = (m.span.start, m.span.end)
        if key not in self._spans:
            self._spans[key] = self.parse.char_span(*key, alignment_mode="expand")
        return self._spans[key]

    def _mention(self, s: int, e: int, label: str) -> Mention:
        span = self.parse[s:e]
        return Mention(Span(span.start_char, span.end_char), span.text, label, self.cfg.provenance)

    @staticmethod
    def _merge(found: list[Mention], new: list[Mention]) -> list[Mention]:
        """Add ``new`` mentions; each replaces the mentions it contains and yields to crossings."""
        out = list(found)
        for m in new:
            # only mentions that overlap ``m`` can lie inside it or cross it
            near = [o for o in out if o.span.overlaps(m.span)]
            inside = [o for o in near if _inside(m.span, o)]
            if len(inside) < len(near) or any(o.span == m.span for o in inside):
                continue
            if inside:
                gone = {id(o) for o in inside}
                out = [o for o in out if id(o) not in gone]
            out.append(m)
        return out

    # ------------------------------------------------------------------ labels and names
    def _kb_person_name(self, text: str) -> bool:
        """A person of the knowledge base, and no country, capital or town of that name."""
        kb, key = self.kb, fold(text)
        return (
            text in kb.person_names
            and not kb.country_of_name(text)
            and key not in kb.capitals
            and key not in kb.places
        )

    def _relabel(self, m: Mention) -> Mention:
        """Known people the small model tags as places or bodies ("Zelenskyy visits France"),
        and names it tags as people or things but that a sentence uses as places."""
        if m.label in _PLACE_OR_BODY and self._kb_person_name(m.text):
            return replace(m, label="PERSON")
        return self._place_relabel(m)

    def _place_relabel(self, m: Mention) -> Mention:
        """Names the small model tags as people or things but that a sentence uses as places."""
        if m.label not in _MISTAKEN:
            return m
        text = m.text[4:] if m.text.startswith(("the ", "The ")) else m.text
        kb = self.kb
        if text in kb.person_names:
            return m
        if text in kb.org_names or _unarticled(text) in kb.org_names:
            # "Boko Haram" tagged PERSON: a known organisation's name is the organisation.
            return replace(m, label="ORG") if m.label in _NOT_ORG else m
        if m.label == "PERSON" and fold(text) in kb.surnames:
            return m  # "the Bush administration": a known surname, not the town of Bush
        if m.label in ("NORP", "LANGUAGE", "PERSON") and (
            text in kb.adjectives or text in kb.demonym_nouns
        ):
            return self._modifying_people(m, text)
        if _people_words(text, kb):
            return replace(m, label="NORP")  # "Bosnian Serbs", "Iraqi Kurds": a people
        span = self._span(m)
        if span is None or (
            span.start > 0 and self.parse[span.start - 1].text in self.vocab.honorifics
        ):
            return m
        if kb.country_of_name(text) or fold(text) in kb.capitals or fold(text) in kb.places:
            return replace(m, label="GPE")
        place_word = self._place_word_after(span.end)
        words = text.split()
        if len(words) > 1 and words[-1].lower() in self.cfg.place_words:
            place_word, text = True, " ".join(words[:-1])  # "Aleppo Governorates"
        cands = self.cfg.places.candidates(text, fuzzy=place_word)
        if not cands:
            return m
        big = max(c.population for c in cands) >= self.cfg.min_population
        # "strikes on Rafah" tagged a language: only a populous town is taken for it
        if (m.label != "LANGUAGE" or big) and (
            (m.label == "PERSON" and " " not in text and big)
            or place_word
            or classify(span, self.cfg.usage) in _WHERE
        ):
            return replace(m, label="GPE")
        return m

    def _modifying_people(self, m: Mention, text: str) -> Mention:
        """ "Russian overnight drone strikes" tagged a language: a nationality adjective
        before a noun is the people, never the tongue ("said in Russian" stays one); one
        tagged a person alone ("Azerbaijani shelling killed five", which the small parser
        reads as a subject) is the people wherever it stands."""
        span = self._span(m)
        if m.label == "PERSON" and text in self.kb.adjectives:
            return replace(m, label="NORP")
        if m.label != "LANGUAGE" or text not in self.kb.adjectives or span is None:
            return m
        tok = span.root
        if tok.dep_ in ("amod", "compound", "nmod") and tok.head.i > tok.i:
            return replace(m, label="NORP")
        return m

    def _name_mentions(self) -> list[Mention]:
        out = []
        for label, s, e in self.names:
            if label in _NAME_LABELS:
                out.append(self._mention(s, e, _NAME_LABELS[label]))
        return out

    def _misspelt_countries(self, found: list[Mention]) -> list[Mention]:
        """A capitalised word no mention covers that misspells a country's name or adjective
        by one letter ("Ethopia has agreed") names that country, unless a place is so called."""
        out = []
        covered = {i for m in found for i in range(m.span.start, m.span.end)}
        for tok in self.parse:
            if tok.tag_ != "NNP" or not tok.is_title or len(tok) < MISSPELLING_MIN:
                continue
            if tok.idx not in covered and self._misspelt_country(tok.text) is not None:
                out.append(self._mention(tok.i, tok.i + 1, "GPE"))
        return out

    def _misspelt_country(self, word: str) -> str | None:
        found = self.kb.country_of_misspelling(word)
        if found is not None and self.cfg.places.candidates(word, fuzzy=False):
            return None  # a town's own name ("Oran" is no misspelt Iran)
        return found

    # ------------------------------------------------------------------ context and people
    def _home_country(self, found: list[Mention]) -> str | None:
        """The country a story is about (``actor_home.home_country``), never one the text
        names as the other side ("talks with his Turkish counterpart")."""
        end = wire_dateline_end(self.parse, self.cfg.dateline_dashes)
        filed = self.parse[end].idx if end is not None else 0
        home = home_country(found, self.kb, self.day, self.cfg.place_labels, filed)
        others = counterpart_countries(self.parse, self.names, self.kb, self.vocab)
        return None if home in others else home

    # ------------------------------------------------------------------ resolution
    def _resolve(self, m: Mention, earlier: list[Mention]) -> Mention:
        key = (m.span.start, m.span.end)
        if key in self.by_mention:
            return self._with_person(m, self.by_mention[key])
        if m.label == ROLE:
            return self._resolve_role(m)
        span = self._span(m)
        if span is None:
            return m
        if m.label in ("GPE", "FAC", "LOC"):
            return replace(m, actor=self._place_actor(m, span))
        if m.label in ("ORG", "NORP", GROUP):
            return self._service_of(m, span, earlier) or self._resolve_body(m, span, earlier)
        return m

    def _resolve_body(self, m: Mention, span: SpacySpan, earlier: list[Mention]) -> Mention:
        """A body, a group or a people (labels ORG, GROUP, NORP)."""
        # A nationality the knowledge base lacks ("the Czechoslovak agency") names
        # another people, never the country the text is about.
        context = None if m.label == "NORP" else self.context
        if m.label == GROUP and (
            rival_country(span, earlier, self.vocab) not in (None, context) or _of_a_place(span)
        ):
            # "Russian forces shelled Kharkiv. The military said ...", "the embassies of
            # Armenia and Georgia": another side's, not the story's country
            context = None
        actor = self.cfg.resolver.resolve(span, self.day, context, self.names, self.phrases)
        if m.label != "ORG" and (actor is None or actor.country is None):
            actor = region_actor(span, self.kb, self.vocab) or actor
        if actor is None or actor.country is None:
            owned = self._owned(m, span)
            if owned is not None:
                return owned
        if actor is None and m.label == "ORG":
            actor = self._local_org(m)
        return replace(m, actor=actor)

    def _service_of(self, m: Mention, span: SpacySpan, earlier: list[Mention]) -> Mention | None:
        """ "Russia accuses X's Royal Navy ... it says the Navy also ...": a capitalised service
        right after another country's service of its kind is that one, with its evidence."""
        if m.label not in ("ORG", GROUP) or not named_service(span, self.vocab, self.cfg.forces):
            return None
        found = rival_group(span, earlier, self.vocab)
        if found is None or found.actor is None or found.actor.country is None:
            return None
        actor = self.kb.country_actor(found.actor.country, found.actor.sector)
        return replace(m, actor=actor, evidence=(m.span, found.span))

    def _owned(self, m: Mention, span: SpacySpan) -> Mention | None:
        """A body tagged without its possessor gets the possessor's country, with evidence."""
        wider = possessor_phrase(span)
        if wider is None:
            return None
        actor = self.cfg.resolver.resolve(wider, self.day, self.context, self.names, self.phrases)
        if actor is None or actor.country is None:
            return None
        return replace(m, actor=actor, evidence=(m.span, Span(wider.start_char, wider.end_char)))

    def _place_actor(self, m: Mention, span: SpacySpan) -> Actor | None:
        kb = self.kb
        text = m.text[4:] if m.text.startswith(("the ", "The ")) else m.text
        if text in kb.org_names:
            return kb.org_actor(kb.org_names[text], self.day)
        iso3 = kb.country_of_name(text) or kb.adjectives.get(text) or kb.demonym_nouns.get(text)
        if iso3:
            return kb.country_actor(iso3)
        usage = classify(span, self.cfg.usage)
        if text in kb.seats:
            return None if usage == "location" else kb.country_actor(*kb.seats[text])
        capital = kb.capitals.get(fold(text))
        if capital and usage == "agent":
            return kb.country_actor(capital, "GOV")
        misspelt = self._misspelt_country(text) if " " not in text else None
        return kb.country_actor(misspelt) if misspelt else None

    def _local_org(self, m: Mention) -> Actor:
        from dateline.kb import slug

        return Actor(f"local:{slug(m.text)}", m.text)

    def _resolve_role(self, m: Mention) -> Mention:
        span = self._span(m)
        if span is None:
            return m
        reading = self.cfg.resolver.read(span, self.names, self.phrases)
        country = reading.countries[0] if reading.countries else None
        title = reading.office_text
        office = self.vocab.office(title, country or self.context)
        if office is None:
            return m
        if reading.former or country is not None:
            actor = self.cfg.resolver.office_holder(
                office, title, country, self.day, reading.former
            )
            return replace(m, actor=actor)
        for cluster in reversed(self.clusters):
            asserted = [a for a in cluster.assertions if a.role == office.role and not a.former]
            if asserted:
                actor = self._person_actor(cluster)
                return replace(m, actor=actor, evidence=(m.span, asserted[0].evidence))
        for cluster in reversed(self.clusters):
            known = cluster.known
            if known is not None and any(t.role == office.role for t in known.terms_on(self.day)):
                return replace(m, actor=self.kb.person_actor(known, self.day))
        actor = self.cfg.resolver.office_holder(office, title, self.context, self.day)
        return replace(m, actor=actor)


def _people_words(text: str, kb: KnowledgeBase) -> bool:
    """True for a name made only of country adjectives and peoples ("Bosnian Serbs")."""
    words = text.split()
    return len(words) > 1 and all(w in kb.adjectives or w in kb.demonym_nouns for w in words)


def _inside(span: Span, m: Mention) -> bool:
    """Whether ``m`` lies in ``span``, its leading "the" aside when ``span`` runs on past it:
    "the Islamic State of Iraq" is part of the known name "Islamic State of Iraq and the
    Levant" that the small model split in two (but "the White House" stays as it is)."""
    if span.contains(m.span):
        return True
    return (
        m.text[:4].lower() == "the "
        and span.end > m.span.end
        and span.contains(Span(m.span.start + 4, m.span.end))
    )


def _unarticled(text: str) -> str:
    """ "An al-Shabaab" (a suicide bomber), tagged with its article: the bare name."""
    first, _, rest = text.partition(" ")
    return rest if rest and first.lower() in _ARTICLES else text


def _of_a_place(span: SpacySpan) -> bool:
    """The group's noun has an "of" phrase naming a place ("the embassies of Kazakhstan")."""
    return any(
        c.dep_ == "prep" and c.lower_ == "of" and any(t.ent_type_ == "GPE" for t in c.subtree)
        for c in span.root.children
    )
