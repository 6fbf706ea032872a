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
from spacy.tokens import Token

from dateline.deadline import Deadline
from dateline.model import Annotations, Document
from dateline.resources import Resources


class ParseComponent:
    """Runs the configured spaCy model once and shares its analysis."""

    name = "parse"
    version = "1.0.2"
    requires: tuple[str, ...] = ()
    produces: tuple[str, ...] = ("parse",)

    def __init__(self, nlp: Language, dashes: frozenset[str] = frozenset()) -> None:
        self.nlp = nlp
        self.dashes = dashes  # marks ending a wire dateline ("KYIV —")

    @classmethod
    def create(cls, resources: Resources) -> ParseComponent:
        """Factory used by the registry."""
        return cls(resources.nlp, frozenset(resources.rules("geo")["dateline_dashes"]))

    def __call__(self, doc: Document, ann: Annotations, deadline: Deadline) -> Annotations:
        """Parse one document."""
        return ann.with_layers(parse=self.nlp(self._tokens(doc.text)))

    def pipe(self, docs: Sequence[Document], anns: Sequence[Annotations]) -> Iterator[Annotations]:
        """Parse many documents with ``nlp.pipe`` (faster than one call each)."""
        parsed = self.nlp.pipe(self._tokens(d.text) for d in docs)
        for ann, sdoc in zip(anns, parsed, strict=True):
            yield ann.with_layers(parse=sdoc)

    def _tokens(self, text: str) -> SpacyDoc:
        """The tokenised text, with the lead after a wire dateline marked as a sentence start.

        "BUNIA, Congo — The death toll ... rose to 43": left alone, the small parser makes the
        dateline's place the subject of the lead's verb; the parser keeps preset starts.
        """
        sdoc = self.nlp.make_doc(text)
        end = wire_dateline_end(sdoc, self.dashes)
        if end is not None:
            sdoc[end].is_sent_start = True
            if end + 1 < len(sdoc):
                # "— Gunmen killed 100 ...": a capitalised first word is no one-word sentence
                sdoc[end + 1].is_sent_start = False
        return sdoc


# A dateline is short: "TEL AVIV —", "PESHAWAR, Pakistan —", "KYIV, Ukraine (Reuters) -",
# "GOMA, Democratic Republic of Congo, Dec 8 (Reuters) -".
_DATELINE_TOKENS = 16
# lower-case words a country's or town's name may hold ("Republic of Congo", "Dar es Salaam")
_NAME_LINKS = frozenset({"of", "the", "and", "es", "de", "al", "el"})


def wire_dateline_end(sdoc: SpacyDoc, dashes: frozenset[str]) -> int | None:
    """Index of the first token after a wire dateline that opens the text, else None."""
    i = 0
    while i < len(sdoc) and sdoc[i].is_space:
        i += 1
    if i >= len(sdoc) or not (sdoc[i].is_alpha and sdoc[i].is_upper and len(sdoc[i]) > 1):
        return None
    for j in range(i + 1, min(len(sdoc) - 1, i + _DATELINE_TOKENS)):
        tok = sdoc[j]
        # a spaced dash only: "PORT-AU-PRINCE" keeps its hyphens
        if tok.text in dashes and tok.whitespace_ and sdoc[j - 1].whitespace_:
            return j + 1 if sdoc[j + 1].is_alpha or sdoc[j + 1].like_num else None
        if not _dateline_word(tok):
            return None
    return None


def _dateline_word(tok: Token) -> bool:
    """A token a dateline may hold: a capitalised name, a linking word of a name, a mark, or
    the filing day's number ("CAIRO, July 15 (Reuters) -")."""
    if tok.is_punct:
        return True
    if tok.is_digit:
        return len(tok) <= 2
    if not tok.is_alpha:
        return False
    return tok.is_title or tok.is_upper or tok.lower_ in _NAME_LINKS


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
