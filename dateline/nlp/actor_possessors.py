"""Where a body's owner or a person's employer is written: the words to read with a mention.

"Russia's defence ministry" is tagged "defence ministry"; "Chinese foreign ministry
spokesperson Mao Ning" is tagged "Mao Ning". These functions find, in the parse, the wider
phrase that names whose body or whose spokesperson it is; the actors layer reads it.
"""

from __future__ import annotations

from collections.abc import Mapping

from spacy.symbols import PROPN
from spacy.tokens import Span as SpacySpan


def possessor_phrase(span: SpacySpan) -> SpacySpan | None:
    """The mention with its proper-noun possessor ("Russia's defence ministry"), also when
    the possessor owns the noun the mention modifies ("China's foreign ministry spokesman")."""
    owner, head = None, span.root
    while owner is None:
        owner = next((c for c in head.children if c.dep_ == "poss" and c.i < span.start), None)
        if head.dep_ != "compound" or head.head.i < span.end:
            break
        head = head.head
    if owner is None or owner.pos != PROPN:
        return None
    return span.doc[owner.left_edge.i : span.end]


def title_phrase(name: SpacySpan, nouns: Mapping[str, str]) -> SpacySpan | None:
    """The role phrase compounded onto a name ("Israeli military spokesman" before "Nadav
    Shoshani"), when its last word is a sector noun; without a leading "the"."""
    i = name.start - 1
    if i < 0:
        return None
    tok = name.doc[i]
    if tok.dep_ != "compound" or not name.start <= tok.head.i < name.end:
        return None
    if not (nouns.get(tok.lower_) or nouns.get(tok.lemma_.lower())):
        return None
    phrase = name.doc[min(t.i for t in tok.subtree) : name.start]
    return phrase[1:] if phrase[0].lower_ == "the" and len(phrase) > 1 else phrase
