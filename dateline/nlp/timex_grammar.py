"""The time-expression grammar: rules data compiled into regular expressions.

The rules file (``dateline/rules/<lang>/timex.yaml``) holds vocabularies, reusable
fragments and patterns; this module expands ``{name}`` references, compiles each
pattern once, finds candidate matches in a text and keeps the best non-overlapping ones.
"""

from __future__ import annotations

import re
import string
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

from dateline.errors import RulesError
from dateline.nlp.timex_cues import DIGITS, Cue, CueIndex

_REF = re.compile(r"\{(~?)([a-z][a-z_0-9]*)(?::([a-z][a-z_0-9]*))?\}")
_SPACES = re.compile(r"[\s\-]+")
_WINDOW = 60  # characters of context the before/after guards see


def normal_key(text: str) -> str:
    """How vocabulary keys and matched words are compared: lower case, one space."""
    return _SPACES.sub(" ", text.replace("’", "'").lower()).strip()


@dataclass(frozen=True, slots=True)
class Lexicon:
    """Word classes: normalised word -> value."""

    classes: Mapping[str, Mapping[str, Any]]

    @classmethod
    def from_rules(cls, words: Mapping[str, Mapping[str, Any]]) -> Lexicon:
        """Normalise the keys of every class."""
        return cls({name: {normal_key(k): v for k, v in ws.items()} for name, ws in words.items()})

    def lookup(self, cls_name: str, text: str) -> Any:
        """The value of ``text`` in word class ``cls_name`` (None if absent)."""
        return self.classes.get(cls_name, {}).get(normal_key(text))

    def alternation(self, cls_name: str, case_sensitive: bool) -> str:
        """A regex matching the class's words, longest first, as a trie.

        A flat alternation of a hundred words makes the regex engine try each word
        at every position; sharing prefixes ("sept(?:ember)?") tries each letter once.
        """
        words = sorted(self.classes[cls_name], key=len, reverse=True)
        trie: _Trie = {}
        for word in words:
            # capwords, not title: "New Year's Day", not "New Year'S Day".
            variants = (string.capwords(word), word.upper()) if case_sensitive else (word,)
            for v in dict.fromkeys(variants):
                node = trie
                for unit in _units(v):
                    node = node.setdefault(unit, {})
                node[""] = {}  # a word ends here
        return _trie_regex(trie)


_Trie = dict[str, "_Trie"]
_SEPARATOR = r"[\s\-]+"
_APOSTROPHE = "['’]"  # typographic and straight apostrophes are the same letter here


def _units(word: str) -> list[str]:
    """A normalised word as regex pieces: escaped letters and word separators."""
    units: list[str] = []
    for i, part in enumerate(word.split(" ")):
        if i:
            units.append(_SEPARATOR)
        units.extend(_APOSTROPHE if ch in "'’" else re.escape(ch) for ch in part)
    return units


def _trie_regex(node: _Trie) -> str:
    """The regex of a trie node; a word ending here is the last resort (longest first)."""
    branches = [unit + _trie_regex(child) for unit, child in node.items() if unit]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if "" in node else body


@dataclass(frozen=True, slots=True)
class Rule:
    """One compiled pattern with its normaliser name and guards."""

    name: str
    priority: int
    regex: re.Pattern[str]
    type: str
    normalise: str
    args: Mapping[str, Any]
    group_class: Mapping[str, str]
    before: re.Pattern[str] | None = None
    not_before: re.Pattern[str] | None = None
    after: re.Pattern[str] | None = None
    not_after: re.Pattern[str] | None = None
    reject_tags: Mapping[str, frozenset[str]] = field(default_factory=dict)
    bare: bool = False
    cues: frozenset[Cue] | None = None  # None: the pattern runs over the whole text

    def context_ok(self, text: str, start: int, end: int) -> bool:
        """Check the before/after guards against the text around a match."""
        left = text[max(0, start - _WINDOW) : start]
        right = text[end : end + _WINDOW]
        if self.before is not None and not self.before.search(left):
            return False
        if self.not_before is not None and self.not_before.search(left):
            return False
        if self.after is not None and not self.after.search(right):
            return False
        return not (self.not_after is not None and self.not_after.search(right))


@dataclass(frozen=True, slots=True)
class Found:
    """A candidate match: its rule, span and named groups."""

    rule: Rule
    start: int
    end: int
    groups: Mapping[str, str]
    lexicon: Lexicon
    spans: Mapping[str, tuple[int, int]] = field(default_factory=dict)

    def has(self, name: str) -> bool:
        """True when group ``name`` took part in the match."""
        return name in self.groups

    def text(self, name: str) -> str | None:
        """The matched text of a group, or None."""
        return self.groups.get(name)

    def word(self, name: str) -> Any:
        """The vocabulary value of a word-class group, or None."""
        text = self.groups.get(name)
        cls_name = self.rule.group_class.get(name)
        if text is None or cls_name is None:
            return None
        return self.lexicon.lookup(cls_name, text)

    def first_word(self, *names: str) -> tuple[str, Any] | None:
        """The first of ``names`` that matched, with its vocabulary value."""
        for name in names:
            if name in self.groups:
                return name, self.word(name)
        return None


class Grammar:
    """All patterns of one language, compiled once."""

    def __init__(self, rules: Mapping[str, Any]) -> None:
        self.lexicon = Lexicon.from_rules(rules["words"])
        self._fragments: Mapping[str, str] = rules.get("fragments", {})
        self.rules: tuple[Rule, ...] = tuple(
            self._compile(i, spec) for i, spec in enumerate(rules["patterns"])
        )
        cue_sets = list(dict.fromkeys(r.cues for r in self.rules if r.cues is not None))
        self._group = {cues: i for i, cues in enumerate(cue_sets)}
        self.cues = CueIndex.build(cue_sets, int(rules.get("cue_margin", 60)))

    def _compile(self, priority: int, spec: Mapping[str, Any]) -> Rule:
        setting = spec.get("case_sensitive", False)
        case_sensitive = setting is True
        # A list names the word classes that must be capitalised ("May", not "may").
        capitalised = frozenset(setting) if isinstance(setting, list) else frozenset()
        group_class: dict[str, str] = {}
        body = self._expand(spec["regex"], (case_sensitive, capitalised), group_class, ())
        flags = re.VERBOSE | (0 if case_sensitive else re.IGNORECASE)
        try:
            regex = re.compile(rf"(?<![\w'’])(?:{body})(?![\w])", flags)
            guards = {k: _guard(spec.get(k)) for k in ("before", "not_before", "after")}
            not_after = _guard(spec.get("not_after"))
        except re.error as exc:
            raise RulesError(f"timex pattern {spec['name']!r}: {exc}") from None
        return Rule(
            name=spec["name"],
            priority=priority,
            regex=regex,
            type=spec["type"],
            normalise=spec["normalise"],
            args=spec.get("args", {}),
            group_class=group_class,
            not_after=not_after,
            reject_tags={g: frozenset(t) for g, t in spec.get("reject_tags", {}).items()},
            bare=bool(spec.get("bare", False)),
            cues=self._cues(spec),
            **guards,
        )

    def _cues(self, spec: Mapping[str, Any]) -> frozenset[Cue] | None:
        """A pattern's cues resolved to words and digit shapes (None: no prefilter)."""
        if "cues" not in spec and "cue_words" not in spec:
            return None
        cues: set[Cue] = {("words", w) for w in spec.get("cue_words", ())}
        for name in spec.get("cues", ()):
            if name in self.lexicon.classes:
                cues.update(("words", key) for key in self.lexicon.classes[name])
            elif name in self._fragments:
                cues.add(("digits", self._expand(f"{{~{name}}}", (False, frozenset()), {}, ())))
            elif name == DIGITS:
                cues.add(("digits", "[0-9]+"))
            else:
                raise RulesError(f"timex pattern {spec['name']!r}: unknown cue {name!r}")
        return frozenset(cues)

    def _expand(
        self,
        template: str,
        case: tuple[bool, frozenset[str]],
        group_class: dict[str, str],
        seen: tuple[str, ...],
    ) -> str:
        def sub(m: re.Match[str]) -> str:
            silent, name, alias = m.group(1), m.group(2), m.group(3) or m.group(2)
            if name in seen:
                raise RulesError(f"timex fragment {name!r} refers to itself")
            if name in self.lexicon.classes:
                inner = self.lexicon.alternation(name, case[0] or name in case[1])
                if name in case[1] and not case[0]:
                    inner = f"(?-i:{inner})"
                if not silent:
                    group_class[alias] = name
            elif name in self._fragments:
                inner = self._expand(self._fragments[name], case, group_class, (*seen, name))
            else:
                raise RulesError(f"timex rules: unknown word class or fragment {name!r}")
            return f"(?:{inner})" if silent else f"(?P<{alias}>{inner})"

        return _REF.sub(sub, template)

    def scan(self, text: str, prefilter: bool = True) -> Iterator[Found]:
        """Every candidate match of every pattern whose text guards pass.

        With ``prefilter`` a pattern runs only near its cues (see timex_cues); the
        result is the same as without it, only faster.
        """
        windows = self.cues.windows(text) if prefilter else []
        for rule in self.rules:
            if not prefilter or rule.cues is None:
                matches: Iterable[re.Match[str]] = rule.regex.finditer(text)
            else:
                near = windows[self._group[rule.cues]]
                if not near:
                    continue  # none of its cues in the text (half the patterns of a story)
                matches = self._in_windows(rule, text, near)
            for m in matches:
                found = self._found(rule, m, text)
                if found is not None:
                    yield found

    def _in_windows(
        self, rule: Rule, text: str, windows: list[tuple[int, int]]
    ) -> Iterator[re.Match[str]]:
        """The matches a whole-text scan finds that start inside the windows.

        A window's end would cut lookaheads and word boundaries short ("fourteen year"
        of "fourteen yearly"), so each candidate is matched again on the whole text.
        """
        pos = 0
        for lo, hi in windows:
            pos = max(pos, lo)
            while pos < hi:
                m = rule.regex.search(text, pos, hi)
                if m is None:
                    break
                full = rule.regex.match(text, m.start())
                if full is None or full.end() == full.start():
                    pos = m.start() + 1
                    continue
                yield full
                pos = full.end()

    def _found(self, rule: Rule, m: re.Match[str], text: str) -> Found | None:
        start, end = m.span()
        if start == end or not rule.context_ok(text, start, end):
            return None
        groups = {k: v for k, v in m.groupdict().items() if v is not None}
        # Spans of the groups a guard or a normaliser looks at ("pair_*": a quarter pair's
        # partner, whose tense the first quarter takes).
        spans = {k: m.span(k) for k in groups if k in rule.reject_tags or k.startswith("pair_")}
        return Found(rule, start, end, groups, self.lexicon, spans)


def _guard(pattern: str | None) -> re.Pattern[str] | None:
    return re.compile(pattern, re.IGNORECASE) if pattern else None


def best_matches(found: list[Found]) -> list[Found]:
    """Non-overlapping candidates: longest first, then the earlier pattern; in text order."""
    chosen: list[Found] = []
    taken: list[tuple[int, int]] = []
    for f in sorted(found, key=lambda f: (f.start - f.end, f.rule.priority, f.start)):
        if all(f.end <= s or e <= f.start for s, e in taken):
            chosen.append(f)
            taken.append((f.start, f.end))
    return sorted(chosen, key=lambda f: f.start)
