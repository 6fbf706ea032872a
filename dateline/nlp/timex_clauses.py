"""Where a date sits in its clause: questions about the parse path above a time expression.

Kept apart from ``timex_context`` (the tense of the governing verb) so that module stays
small; these helpers only read the dependency tree.
"""

from __future__ import annotations

from collections.abc import Collection

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

_CLIMB = 8  # how far up the tree to look
_FINITE_TAGS = frozenset({"VBZ", "VBP", "VBD", "MD"})


def inside_prior_phrase(span: SpacySpan, preps: Collection[str]) -> bool:
    """True when the date belongs to an "after"/"following" phrase of its clause.

    "The premier visits Beijing following talks on Thursday": Thursday dates the talks,
    which come before the act the clause tells. The date's own preposition does not count
    ("reopens after Friday" names the day it reopens from), nor does a phrase beyond the
    first finite verb above it.
    """
    tok = span.root
    own = tok.head
    for _ in range(_CLIMB):
        if tok.head is tok:
            return False
        tok = tok.head
        if tok.tag_ in _FINITE_TAGS:
            return False
        if tok is not own and tok.lower_ in preps and tok.dep_ in ("prep", "advcl", "mark"):
            return True
    return False


def plans_the_date(verb: Token, span: SpacySpan, invariant_past: Collection[str]) -> bool:
    """True when a planning participle plans the date ("scheduled for August").

    "set" is also an ordinary past act ("the record high set on Aug. 6"); it plans only
    a date after "for" ("set for May").
    """
    if verb.lower_ not in invariant_past:
        return True
    return span.start > 0 and span.doc[span.start - 1].lower_ == "for"
