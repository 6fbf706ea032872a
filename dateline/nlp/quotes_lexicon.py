"""The quotes layer's vocabulary, compiled once from ``speech.yaml`` and ``quotes.yaml``."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

CueGroup = Literal["speech", "object", "cognition"]
Gender = Literal["male", "female"]


@dataclass(frozen=True, slots=True)
class MarkSet:
    """One family of quotation marks (double or single)."""

    open: frozenset[str]
    close: frozenset[str]
    either: frozenset[str]
    digraphs: frozenset[str] = frozenset()

    @property
    def all(self) -> frozenset[str]:
        """Every character of this family."""
        return self.open | self.close | self.either


@dataclass(frozen=True, slots=True)
class PronounInfo:
    """What a pronoun agrees with."""

    gender: Gender | None
    plural: bool | None
    person: bool | None


@dataclass(frozen=True, slots=True)
class QuoteLexicon:
    """Every word list the quotes component uses, as sets and maps for O(1) lookups."""

    double: MarkSet
    single: MarkSet
    verb_groups: dict[str, CueGroup]
    indirect_groups: frozenset[str]
    addressee_verbs: frozenset[str]
    physical_preps: frozenset[str]
    prepositional: tuple[tuple[str, ...], ...]
    nouns: frozenset[str]
    noun_phrases: tuple[tuple[str, ...], ...]
    continue_standalone: bool
    min_unattributed_words: int | None
    pronouns: dict[str, PronounInfo]
    relative_pronouns: frozenset[str]
    honorific_gender: dict[str, Gender | None]
    former_markers: frozenset[str]
    spokesperson: frozenset[str]
    spokesperson_phrases: tuple[tuple[str, ...], ...]
    determiners: frozenset[str]

    @classmethod
    def from_rules(cls, speech: dict[str, Any], quotes: dict[str, Any]) -> QuoteLexicon:
        """Build the lexicon from the two validated rule files."""
        groups: dict[str, CueGroup] = {}
        for group, lemmas in speech["verbs"].items():
            for lemma in lemmas:
                groups.setdefault(lemma, group)
        honorifics: dict[str, Gender | None] = {}
        for gender in ("male", "female", "neutral"):
            for word in quotes["honorifics"][gender]:
                honorifics[word] = None if gender == "neutral" else gender
        pronouns = {
            word: PronounInfo(
                info.get("gender"),
                None if "number" not in info else info["number"] == "plural",
                info.get("person"),
            )
            for word, info in quotes["pronouns"].items()
        }
        nouns = tuple(tuple(n.split()) for n in speech["nouns"])
        spokes = tuple(tuple(n.split()) for n in quotes["spokesperson_nouns"])
        return cls(
            double=_marks(quotes["marks"]["double"]),
            single=_marks(quotes["marks"]["single"]),
            verb_groups=groups,
            indirect_groups=frozenset(speech["indirect_groups"]),
            addressee_verbs=frozenset(speech["object_is_addressee"]),
            physical_preps=frozenset(speech["physical_preps"]),
            prepositional=tuple(tuple(p.split()) for p in speech["prepositional"]),
            nouns=frozenset(n[0] for n in nouns if len(n) == 1),
            noun_phrases=tuple(n for n in nouns if len(n) > 1),
            continue_standalone=bool(quotes["continue_standalone_paragraphs"]),
            min_unattributed_words=quotes["min_unattributed_words"],
            pronouns=pronouns,
            relative_pronouns=frozenset(quotes["relative_pronouns"]),
            honorific_gender=honorifics,
            former_markers=frozenset(quotes["former_markers"]),
            spokesperson=frozenset(s[0] for s in spokes if len(s) == 1),
            spokesperson_phrases=tuple(s for s in spokes if len(s) > 1),
            determiners=frozenset(quotes["determiners"]),
        )

    def cue_group(self, lemma: str) -> CueGroup | None:
        """The group of a cue verb lemma, or None when it is no cue."""
        return self.verb_groups.get(lemma)

    def utterance_noun(self, words: tuple[str, ...]) -> bool:
        """True when ``words`` (lower case) end in an utterance noun ("press release")."""
        if words and words[-1] in self.nouns:
            return True
        return any(words[-len(p) :] == p for p in self.noun_phrases if len(words) >= len(p))

    def is_honorific(self, word: str) -> bool:
        """True for a title or honorific ("Mr", "Sir", "President")."""
        return word.lower() in self.honorific_gender


def _marks(data: dict[str, list[str]]) -> MarkSet:
    return MarkSet(
        frozenset(data["open"]),
        frozenset(data["close"]),
        frozenset(data["either"]),
        frozenset(data.get("digraphs", ())),
    )
