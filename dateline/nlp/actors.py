"""The ``actors`` component: link each mention to a canonical actor (country, sector, office).

Refines the ``entities`` layer: returns a new tuple of mentions with ``actor`` set, adds
role and group nominals ("The Prime Minister", "Ukrainian officials") and fixes labels the
small model gets wrong. The per-document logic is in ``dateline.nlp.actor_document``; the
phrase reader in ``dateline.nlp.actor_phrase``.

Other layers resolve arbitrary phrases with ``resolve_span`` (see docs/actors.md).
"""

from __future__ import annotations

import weakref
from typing import TYPE_CHECKING

import numpy as np
from spacy.tokens import Doc as SpacyDoc

from dateline.deadline import Deadline
from dateline.errors import PipelineError
from dateline.kb import KnowledgeBase
from dateline.kb.places import PlaceIndex
from dateline.model import Actor, Annotations, Document, Mention, Provenance, Span
from dateline.nlp.actor_document import DocumentActors, Settings
from dateline.nlp.actor_phrase import PhraseResolver
from dateline.nlp.actor_vocab import ActorVocab, Matchers
from dateline.nlp.usage import UsageRules

if TYPE_CHECKING:
    from spacy.language import Language

    from dateline.resources import Resources

_RESOLVERS: weakref.WeakKeyDictionary[Resources, ActorResolver] = weakref.WeakKeyDictionary()


class ActorResolver:
    """The compiled knowledge and vocabulary for actor resolution, shared per pipeline."""

    def __init__(
        self,
        kb: KnowledgeBase,
        vocab: ActorVocab,
        usage: UsageRules,
        nlp: Language,
        geo: dict,
        places: PlaceIndex,
        forces: frozenset[str] = frozenset(),
    ) -> None:
        self.kb = kb
        self.places = places
        # A state's own forces (the events rules' `state_force_sectors`): "the Navy" right
        # after another country's navy is that navy (``actor_guards.named_service``).
        self.forces = forces
        admin = frozenset(geo["admin_words"])
        self.phrase = PhraseResolver(kb, vocab, Matchers.build(nlp, kb, vocab), admin, places)
        self.usage = usage
        self.min_population = int(geo["min_population_relabel"])
        # String ids of the one-word sector nouns, to find them on token arrays.
        strings = nlp.vocab.strings
        self.noun_ids = np.array(
            sorted({strings[w] for w in (*vocab.nouns, *vocab.backed_heads) if " " not in w}),
            dtype=np.uint64,
        )
        # Words after a name that make it a place ("Rutshuru territory", "the Nuseirat camp",
        # "the Malumfashi area").
        towns = frozenset(w for w in geo["city_words"] if " " not in w)
        self.place_words = admin | towns | frozenset(geo["vicinity_words"])
        self.place_labels = frozenset(geo["labels"])  # NER labels that may name a place
        self.dateline_dashes = frozenset(geo["dateline_dashes"])

    @classmethod
    def for_resources(cls, resources: Resources) -> ActorResolver:
        """The resolver of this pipeline's resources (built once, then shared)."""
        found = _RESOLVERS.get(resources)
        if found is None:
            from dateline.nlp.geo_rules import place_index

            found = cls(
                resources.kb,
                ActorVocab.from_rules(resources.rules("actors")),
                UsageRules.from_rules(resources.rules("usage")),
                resources.nlp,
                resources.rules("geo"),
                place_index(resources),
                frozenset(resources.rules("events")["state_force_sectors"]),
            )
            _RESOLVERS[resources] = found
        return found

    def resolve_span(self, doc: Document, ann: Annotations, span: Span) -> Actor | None:
        """The actor a phrase of ``doc`` denotes ("the Prime Minister's official spokesman").

        A phrase that is (or ends in) a mention with an actor gets that actor; a phrase
        whose possessor is an office or government ("the Prime Minister's spokesman",
        "Downing Street's spokesman") gets the actor it speaks for, with the speaker's role;
        any other phrase is read for names, titles and sector nouns.
        """
        parse = _parse_of(ann)
        tokens = parse.char_span(span.start, span.end, alignment_mode="expand")
        if tokens is None or not tokens.text.strip():
            return None
        inside = [m for m in ann.entities if span.contains(m.span) and m.actor is not None]
        exact = [m for m in inside if m.span == span]
        if exact:
            return exact[0].actor
        root = tokens.root
        owners = [m for m in inside if _is_possessor(parse, m, root.i)]
        if owners and owners[0].actor is not None:
            rest = doc.text[owners[-1].span.end : span.end]
            return _speaking_for(self.kb, owners[0].actor, rest)
        heads = [m for m in inside if m.span.end == span.end]
        if heads:
            return heads[0].actor
        return self.phrase.resolve(tokens, doc.date, None)


def _parse_of(ann: Annotations) -> SpacyDoc:
    if not isinstance(ann.parse, SpacyDoc):
        raise PipelineError("actors needs the spaCy parse layer")
    return ann.parse


def _is_possessor(parse: SpacyDoc, m: Mention, root: int) -> bool:
    span = parse.char_span(m.span.start, m.span.end, alignment_mode="expand")
    return span is not None and span.root.dep_ == "poss" and span.root.head.i == root


def _speaking_for(kb: KnowledgeBase, owner: Actor, rest: str) -> Actor:
    speaker = rest.strip()
    for mark in ("’s", "'s", "’", "'"):
        speaker = speaker.removeprefix(mark)
    speaker = speaker.strip() or "spokesperson"
    if owner.id.startswith("p:") and owner.role:
        # The office the person holds, not the person: spokesmen speak for the office.
        office = kb.office_actor(owner.country, owner.role.lower(), owner.sector or "GOV")
        return Actor(office.id, office.name, owner.country, owner.sector, speaker)
    return Actor(owner.id, owner.name, owner.country, owner.sector, speaker, owner.wikidata)


class ActorsComponent:
    """Sets ``Mention.actor`` and adds role and group nominals to the ``entities`` layer."""

    name = "actors"
    version = "1.10.0"
    requires: tuple[str, ...] = ("parse", "entities")
    produces: tuple[str, ...] = ("entities",)

    def __init__(self, resolver: ActorResolver) -> None:
        self.resolver = resolver
        self.provenance = Provenance(self.name, self.version)
        self.settings = Settings(
            resolver.phrase,
            resolver.usage,
            self.provenance,
            resolver.min_population,
            resolver.places,
            resolver.place_words,
            resolver.noun_ids,
            resolver.place_labels,
            resolver.dateline_dashes,
            resolver.forces,
        )

    @classmethod
    def create(cls, resources: Resources) -> ActorsComponent:
        """Factory used by the registry."""
        return cls(ActorResolver.for_resources(resources))

    def __call__(self, doc: Document, ann: Annotations, deadline: Deadline) -> Annotations:
        """Resolve every mention's actor; add nominal mentions."""
        parse = _parse_of(ann)
        mentions = DocumentActors(self.settings, doc, parse, deadline).run(ann.entities)
        return ann.with_layers(entities=mentions)


def resolve_span(resources: Resources, doc: Document, ann: Annotations, span: Span) -> Actor | None:
    """Resolve a phrase of ``doc`` to an actor, after the ``actors`` layer has run."""
    return ActorResolver.for_resources(resources).resolve_span(doc, ann, span)
