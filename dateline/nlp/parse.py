"""The spaCy backbone: one pass per document (sentences, tokens, tags, parse, NER).

Later components reuse ``Annotations.parse`` (a ``spacy.tokens.Doc`` over the verbatim
text, so spaCy's character offsets are dateline's offsets).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from spacy.language import Language

from dateline.deadline import Deadline
from dateline.model import Annotations, Document
from dateline.resources import Resources


class ParseComponent:
    """Runs the configured spaCy model once and shares its analysis."""

    name = "parse"
    version = "1.0.0"
    requires: tuple[str, ...] = ()
    produces: tuple[str, ...] = ("parse",)

    def __init__(self, nlp: Language) -> None:
        self.nlp = nlp

    @classmethod
    def create(cls, resources: Resources) -> ParseComponent:
        """Factory used by the registry."""
        return cls(resources.nlp)

    def __call__(self, doc: Document, ann: Annotations, deadline: Deadline) -> Annotations:
        """Parse one document."""
        return ann.with_layers(parse=self.nlp(doc.text))

    def pipe(self, docs: Sequence[Document], anns: Sequence[Annotations]) -> Iterator[Annotations]:
        """Parse many documents with ``nlp.pipe`` (faster than one call each)."""
        parsed = self.nlp.pipe(d.text for d in docs)
        for ann, sdoc in zip(anns, parsed, strict=True):
            yield ann.with_layers(parse=sdoc)
