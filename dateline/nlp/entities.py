"""The ``entities`` layer: named-entity mentions from the shared spaCy pass."""

from __future__ import annotations

from spacy.tokens import Doc as SpacyDoc

from dateline.deadline import Deadline
from dateline.errors import PipelineError
from dateline.model import Annotations, Document, Mention, Provenance, Span
from dateline.resources import Resources


class EntitiesComponent:
    """Turns spaCy's entity spans into ``Mention`` facts, keeping the labels the rules list."""

    name = "entities"
    version = "1.0.0"
    requires: tuple[str, ...] = ("parse",)
    produces: tuple[str, ...] = ("entities",)

    def __init__(self, keep_labels: frozenset[str]) -> None:
        self.keep_labels = keep_labels
        self.provenance = Provenance(self.name, self.version)

    @classmethod
    def create(cls, resources: Resources) -> EntitiesComponent:
        """Factory used by the registry."""
        return cls(frozenset(resources.rules("entities")["keep_labels"]))

    def __call__(self, doc: Document, ann: Annotations, deadline: Deadline) -> Annotations:
        """Collect the kept NER spans as mentions."""
        parse = ann.parse
        if not isinstance(parse, SpacyDoc):
            raise PipelineError("entities needs the spaCy parse layer")
        mentions = tuple(
            Mention(Span(e.start_char, e.end_char), e.text, e.label_, self.provenance)
            for e in parse.ents
            if e.label_ in self.keep_labels
        )
        return ann.with_layers(entities=mentions)
