"""The cue prefilter: each time-expression pattern runs only near the words it needs.

Running every pattern over the whole text costs one regex attempt per pattern per
character, and most text has no temporal cue at all. So each pattern names its cues in
the rules file: word classes ("month", "unit"), fragments that match whole runs of
digits ("year4"), ``digits`` (any run) or literal ``cue_words`` ("century"). Every
match of the pattern contains at least one of them. One pass over the text finds the
cues; a pattern then runs only in windows of ``cue_margin`` characters around its
cues. A match contains a cue and reaches less than the margin beyond it, so it lies
inside its window and is found exactly as a scan of the whole text would find it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from dateline.errors import RulesError

DIGITS = "digits"
"""The cue name that stands for any run of digits."""

_TOKEN = re.compile(r"[^\W\d_]+|[0-9]+")

Window = tuple[int, int]


def key_words(key: str) -> list[str]:
    """The words of a vocabulary key as the cue scan splits text ("new year's day")."""
    return [w.lower() for w in _TOKEN.findall(key) if not w.isdigit()]


Cue = tuple[str, str]
"""A resolved cue: ("words", a space-separated list of words) or ("digits", a regex)."""


@dataclass(frozen=True, slots=True)
class CueIndex:
    """Which cue groups each word opens, and how wide a window around a cue is."""

    words: Mapping[str, tuple[int, ...]]
    shapes: tuple[tuple[re.Pattern[str], tuple[int, ...]], ...]
    groups: int
    margin: int

    @classmethod
    def build(cls, cue_sets: Sequence[Iterable[Cue]], margin: int) -> CueIndex:
        """Index each group's cues: the words of vocabulary keys, or digit shapes."""
        words: dict[str, set[int]] = {}
        shapes: dict[str, set[int]] = {}
        for group, cues in enumerate(cue_sets):
            for kind, what in cues:
                if kind == "digits":
                    shapes.setdefault(what, set()).add(group)
                    continue
                parts = key_words(what)
                if not parts:
                    raise RulesError(f"timex cue {what!r} has no word to look for")
                # Every word of the key is in the match; the longest is the rarest.
                words.setdefault(max(parts, key=len), set()).add(group)
        return cls(
            words={w: tuple(sorted(g)) for w, g in words.items()},
            shapes=tuple((re.compile(rx), tuple(sorted(g))) for rx, g in shapes.items()),
            groups=len(cue_sets),
            margin=margin,
        )

    def windows(self, text: str) -> list[list[Window]]:
        """For each cue group, the merged character windows around its cues in ``text``."""
        hits: list[list[Window]] = [[] for _ in range(self.groups)]
        words = self.words
        for m in _TOKEN.finditer(text):
            token = m.group()
            if token[0].isdigit():
                for shape, groups in self.shapes:
                    if shape.fullmatch(token):
                        for g in groups:
                            hits[g].append(m.span())
                continue
            groups = words.get(token.lower())
            if groups:
                span = m.span()
                for g in groups:
                    hits[g].append(span)
        return [self._merge(spans, len(text)) for spans in hits]

    def _merge(self, cues: list[Window], length: int) -> list[Window]:
        margin = self.margin
        merged: list[Window] = []
        for start, end in cues:
            lo, hi = max(0, start - margin), min(length, end + margin)
            if merged and lo <= merged[-1][1]:
                merged[-1] = (merged[-1][0], hi)
            else:
                merged.append((lo, hi))
        return merged
