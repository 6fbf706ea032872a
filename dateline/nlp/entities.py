"""The ``entities`` layer: named-entity mentions from the shared spaCy pass."""

from __future__ import annotations

from spacy.tokens import Doc as SpacyDoc

from dateline.deadline import Deadline
from dateline.errors import PipelineError
from dateline.model import Annotations, Document, Mention, Provenance, Span
from dateline.resources import Resources


def calendar_words(resources: Resources) -> frozenset[str]:
    """Lower-cased weekday and month names that are never names on their own.

    The classes are listed in the entities rules; the words are the timex rules' own.
    """
    classes = resources.rules("entities").get("calendar_word_classes", ())
    words = resources.rules("timex")["words"]
    return frozenset(w for name in classes for w in words[name])


class EntitiesComponent:
    """Turns spaCy's entity spans into ``Mention`` facts, keeping the labels the rules list."""

    name = "entities"
    version = "1.1.0"
    requires: tuple[str, ...] = ("parse",)
    produces: tuple[str, ...] = ("entities",)

    def __init__(
        self,
        keep_labels: frozenset[str],
        calendar_words: frozenset[str] = frozenset(),
        calendar_labels: frozenset[str] = frozenset(),
    ) -> None:
        self.keep_labels = keep_labels
        self.calendar_words = calendar_words
        self.calendar_labels = calendar_labels
        self.provenance = Provenance(self.name, self.version)

    @classmethod
    def create(cls, resources: Resources) -> EntitiesComponent:
        """Factory used by the registry."""
        rules = resources.rules("entities")
        labels = frozenset(rules.get("calendar_word_labels", ()))
        return cls(frozenset(rules["keep_labels"]), calendar_words(resources), labels)

    def keeps(self, label: str, text: str) -> bool:
        """Whether an NER span with this label and text becomes a mention."""
        if label not in self.keep_labels:
            return False
        return not (label in self.calendar_labels and text.lower() in self.calendar_words)

    def __call__(self, doc: Document, ann: Annotations, deadline: Deadline) -> Annotations:
        """Collect the kept NER spans as mentions."""
        parse = ann.parse
        if not isinstance(parse, SpacyDoc):
            raise PipelineError("entities needs the spaCy parse layer")
        # The parse is over the verbatim text, so slicing it gives ``e.text`` without
        # joining the span's tokens anew.
        text = doc.text
        spans = ((e.start_char, e.end_char, e.label_) for e in parse.ents)
        mentions = tuple(
            Mention(Span(start, end), text[start:end], label, self.provenance)
            for start, end, label in spans
            if self.keeps(label, text[start:end])
        )
        return ann.with_layers(entities=mentions)
