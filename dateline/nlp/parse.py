"""The spaCy backbone: one pass per document (sentences, tokens, tags, parse, NER).

Later components reuse ``Annotations.parse`` (a ``spacy.tokens.Doc`` over the verbatim
text, so spaCy's character offsets are dateline's offsets).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

import numpy as np
from spacy.attrs import IDX, SENT_START
from spacy.language import Language
from spacy.tokens import Doc as SpacyDoc

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


def sentence_starts(sdoc: SpacyDoc) -> list[int]:
    """Token indices where sentences start, read from one array.

    Cheaper than iterating ``Doc.sents``, which builds a Token object for every token on
    every call; components that only need boundaries use this instead.
    """
    if len(sdoc) == 0:
        return []
    flags = sdoc.to_array(SENT_START).astype(np.int64)
    flags[0] = 1
    return np.flatnonzero(flags == 1).tolist()


def token_offsets(sdoc: SpacyDoc) -> list[int]:
    """The character offset of every token (``Token.idx``), read from one array."""
    if len(sdoc) == 0:
        return []
    return sdoc.to_array(IDX).tolist()
