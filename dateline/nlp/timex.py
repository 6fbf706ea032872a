"""The ``timexes`` layer: time expressions resolved to TIMEX3 values and date intervals.

Patterns, vocabularies and the names of the normalisation functions live in
``dateline/rules/<lang>/timex.yaml`` (dated events for anniversaries in
``timex_events.yaml``); this module runs them over a document in text order, keeping
the last resolved date as the reference for anaphoric expressions ("a year earlier").
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from spacy.tokens import Doc as SpacyDoc

from dateline.deadline import Deadline
from dateline.errors import PipelineError, RulesError
from dateline.model import Annotations, Document, Provenance, Span, Timex
from dateline.nlp import (
    timex_anaphora,
    timex_days,
    timex_durations,
    timex_normalise,
    timex_periods,
    timex_relative,
)
from dateline.nlp import timex_calendar as cal
from dateline.nlp.known_events import named_pattern
from dateline.nlp.timex_context import NameGuards, ParseView, TenseCues
from dateline.nlp.timex_grammar import Found, Grammar, best_matches
from dateline.nlp.timex_resolution import Context, Normaliser, Resolution
from dateline.resources import Resources

NORMALISERS: dict[str, Normaliser] = {
    **timex_normalise.NORMALISERS,
    **timex_periods.NORMALISERS,
    **timex_days.NORMALISERS,
    **timex_relative.NORMALISERS,
    **timex_durations.NORMALISERS,
    **timex_anaphora.NORMALISERS,
}
"""Every normalisation function a rules file may name."""

_VALID_TYPES = frozenset({"DATE", "TIME", "DURATION", "SET"})
# A results span of months that is no quarter or year ("the first nine months", P9M).
_MONTHS_SPAN = re.compile(r"P(?:[245-9]|1[01])M")


@dataclass(frozen=True, slots=True)
class KnownEvent:
    """A dated event that anniversaries can refer to."""

    name: str
    date: dt.date
    of: re.Pattern[str] | None
    owner: re.Pattern[str] | None
    named: re.Pattern[str] | None = None  # the event's own phrase ("the September 11 attacks")


@dataclass(frozen=True, slots=True)
class LanguageRules:
    """The compiled rules of one language."""

    grammar: Grammar
    cues: TenseCues
    guards: NameGuards
    ref_not_before: re.Pattern[str]
    ref_reject_deps: frozenset[str]
    temporal_before: re.Pattern[str]
    titles: tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]
    holidays: Mapping[str, Mapping[str, Any]]
    day_first: bool
    events: tuple[KnownEvent, ...]
    name_before: re.Pattern[str] = re.compile("(?!)")

    @classmethod
    def from_rules(cls, rules: Mapping[str, Any], events: Mapping[str, Any]) -> LanguageRules:
        """Compile a language's timex rules and event knowledge."""
        grammar = Grammar(rules)
        unknown = sorted({r.normalise for r in grammar.rules} - NORMALISERS.keys())
        if unknown:
            raise RulesError(f"timex rules name unknown normalisers: {', '.join(unknown)}")
        guards = rules["guards"]
        return cls(
            grammar=grammar,
            cues=TenseCues.from_rules(rules["tense"]),
            guards=NameGuards.from_rules(guards),
            ref_not_before=re.compile(guards["ref_not_before"], re.IGNORECASE),
            ref_reject_deps=frozenset(guards["ref_reject_deps"]),
            temporal_before=re.compile(guards["temporal_before"], re.IGNORECASE),
            titles=(
                re.compile(guards.get("title_before", "(?!)")),
                re.compile(guards.get("title_after", "(?!)")),
                re.compile(guards.get("title_noun_after", "(?!)"), re.IGNORECASE),
            ),
            holidays=rules.get("holidays", {}),
            day_first=rules.get("numeric_date_order", "MDY") == "DMY",
            events=tuple(_known_event(e) for e in events.get("events", ())),
            name_before=re.compile(guards.get("name_before", "(?!)")),
        )


def _known_event(spec: Mapping[str, Any]) -> KnownEvent:
    def alternation(key: str, suffix: str) -> re.Pattern[str] | None:
        items = spec.get(key) or []
        if not items:
            return None
        body = "|".join(f"(?:{p})" for p in items)
        return re.compile(suffix.format(body=body), re.IGNORECASE)

    return KnownEvent(
        name=spec["name"],
        date=dt.date.fromisoformat(spec["date"]),
        of=alternation("of", r"\s+of\s+(?:{body})(?![\w])"),
        owner=alternation("owner", r"(?:{body})['’]s?\s+$"),
        named=named_pattern(spec),
    )


class TimexComponent:
    """Finds time expressions and resolves them against the publication date."""

    name = "timex"
    version = "1.8.0"
    requires: tuple[str, ...] = ("parse",)
    produces: tuple[str, ...] = ("timexes",)

    def __init__(self, resources: Resources | None, languages: Mapping[str, LanguageRules]) -> None:
        self._resources = resources
        self._languages = dict(languages)
        self.provenance = Provenance(self.name, self.version)

    @classmethod
    def create(cls, resources: Resources) -> TimexComponent:
        """Factory used by the registry (English rules are compiled up front)."""
        english = LanguageRules.from_rules(
            resources.rules("timex"), resources.rules("timex_events")
        )
        return cls(resources, {"en": english})

    def rules_for(self, language: str) -> LanguageRules | None:
        """The compiled rules of a language, loaded once; None if it has none."""
        if language not in self._languages and self._resources is not None:
            try:
                self._languages[language] = LanguageRules.from_rules(
                    self._resources.rules("timex", language),
                    self._resources.rules("timex_events", language),
                )
            except RulesError:
                return None
        return self._languages.get(language)

    def __call__(self, doc: Document, ann: Annotations, deadline: Deadline) -> Annotations:
        """Add the ``timexes`` layer."""
        if not isinstance(ann.parse, SpacyDoc):
            raise PipelineError("timex needs the spaCy parse layer")
        rules = self.rules_for(doc.language)
        if rules is None:
            return ann.with_layers(timexes=())
        found = tuple(self.extract(doc.text, doc.date, ann.parse, rules, deadline))
        return ann.with_layers(timexes=found)

    def extract(
        self,
        text: str,
        dct: dt.date,
        sdoc: SpacyDoc | None,
        rules: LanguageRules,
        deadline: Deadline | None = None,
    ) -> Iterator[Timex]:
        """Every time expression of ``text``, in text order."""
        view = ParseView(sdoc, rules.cues, rules.guards)
        candidates = [
            f for f in _scan(rules.grammar, text, deadline) if _keep(f, view, rules, text)
        ]
        chosen = best_matches(candidates)
        ctx = Context(dct, view, rules.grammar.lexicon, rules.holidays, _day_first(chosen, rules))
        done: list[tuple[Found, Resolution]] = []
        for f in chosen:
            if deadline is not None:
                deadline.check()
            res = _normalise(f, ctx)
            if res is None:
                continue
            res = _event_day(f, res, text, rules)
            if res.type == "DURATION" and _MONTHS_SPAN.fullmatch(res.value):
                ctx.note_months(f.start)
            # Dates found from another date ("a year earlier") never become the reference.
            if res.point is not None and res.sets_ref and not _background(f, res, ctx):
                topic = not _deadline(f, res, ctx)
                ctx.remember(res.point, f.start, res.anchor != "text", topic, end=f.end)
            done.append((f, res))
        for f, res in done:
            if res.years_since is not None:
                res = _place_anniversary(f, res, done, text, rules, view)
                if res is None:
                    continue
            yield self._timex(f, res, text)

    def _timex(self, f: Found, res: Resolution, text: str) -> Timex:
        end = res.end or f.end
        # An extension such as an anniversary's event phrase may run onto trailing space.
        while end > f.start and text[end - 1].isspace():
            end -= 1
        span = Span(f.start, end)
        start_date = end_date = None
        if res.point is not None:
            start_date, end_date = cal.narrow(res.point.interval(), res.mod)
        elif res.interval is not None:
            start_date, end_date = res.interval
        return Timex(
            span=span,
            text=text[f.start : end],
            type=res.type if res.type in _VALID_TYPES else f.rule.type,  # type: ignore[arg-type]
            value=res.value,
            provenance=self.provenance,
            start_date=start_date,
            end_date=end_date,
            anchor=res.anchor,  # type: ignore[arg-type]
            anchor_value=res.anchor_value,
        )


def _scan(grammar: Grammar, text: str, deadline: Deadline | None) -> Iterator[Found]:
    for i, found in enumerate(grammar.scan(text)):
        if deadline is not None and i % 64 == 0:
            deadline.check()
        yield found


def _keep(f: Found, view: ParseView, rules: LanguageRules, text: str) -> bool:
    """Parse-based checks: a modal "May", a "Sunday" inside "Sunday Times", "2000 troops"."""
    if f.rule.normalise == "compound_duration" and not timex_durations.ordered_parts(
        f, rules.grammar.lexicon
    ):
        return False  # "two days, three weeks": a list; each part is a length of its own
    for group, tags in f.rule.reject_tags.items():
        where = f.spans.get(group)
        if where is not None and view.tag_at(*where) in tags:
            return False
    if _is_title(f, rules, text) or _season_in_name(f, rules, text):
        return False
    if not f.rule.bare or view.sdoc is None:
        return True
    if view.is_surname(text[f.start : f.end]):
        return False  # "Theresa May ... May's Brexit deal"
    if f.rule.normalise == "ref":
        if rules.ref_not_before.search(text[max(0, f.start - 30) : f.start]):
            return False
        span = view.span(f.start, f.end)
        if span is not None and len(span) == 1 and span[0].dep_ in rules.ref_reject_deps:
            return False
    if rules.temporal_before.search(text[max(0, f.start - 30) : f.start]):
        return True  # "since 1992 General Motors ..." (a headline run into the text)
    return not view.is_name_part(f.start, f.end, count_like=f.rule.normalise == "year")


def _is_title(f: Found, rules: LanguageRules, text: str) -> bool:
    """A capitalised time phrase that names a programme: ABC's "This Week", "Today programme"."""
    words = text[f.start : f.end].split()
    if not words or not all(w[:1].isupper() for w in words):
        return False
    lexicon = rules.grammar.lexicon
    if all(lexicon.lookup("month", w) or lexicon.lookup("weekday", w) for w in words):
        return False  # names always capitalised: a quoted "Tuesday" is still a day
    before, after = text[max(0, f.start - 1) : f.start], text[f.end : f.end + 60]
    opening, closing, noun = rules.titles
    return bool(noun.search(after) or (opening.search(before) and closing.search(after)))


def _season_in_name(f: Found, rules: LanguageRules, text: str) -> bool:
    """A capitalised season after a capitalised word: "the Arab Spring", "Peace Spring"."""
    word = text[f.start : f.end]
    if f.rule.normalise != "season" or not word[:1].isupper() or " " in word.strip():
        return False
    return bool(rules.name_before.search(text[max(0, f.start - 40) : f.start]))


def _deadline(f: Found, res: Resolution, ctx: Context) -> bool:
    """A coming date set as a deadline ("by 1992"): not the period the story is about."""
    point = res.point
    if point is None or point.interval()[0] <= ctx.dct:
        return False
    return ctx.parse.after_deadline_prep(f.start, f.end)


def _background(f: Found, res: Resolution, ctx: Context) -> bool:
    """ "After a flat second quarter, ...": a results period the report moves on from."""
    point = res.point
    if point is None or point.gran not in ("quarter", "half"):
        return False
    return ctx.parse.after_background_prep(f.start, f.end)


def _day_first(chosen: list[Found], rules: LanguageRules) -> bool:
    """Whether this document writes numeric dates day first (01/02 = 1 February)."""
    for f in chosen:
        if f.rule.normalise != "numeric_date" or f.text("sep") == ".":
            continue
        first, second = int(f.text("n1") or 0), int(f.text("n2") or 0)
        if first > 12 >= second:
            return True
        if second > 12 >= first:
            return False
    return rules.day_first


def _normalise(f: Found, ctx: Context) -> Resolution | None:
    try:
        return NORMALISERS[f.rule.normalise](f, ctx)
    except (ValueError, OverflowError):
        # Odd input ("February 30", year 99999) must never stop the document.
        return None


_THE_BEFORE = re.compile(r"\bthe\s+$", re.IGNORECASE)


def _event_day(f: Found, res: Resolution, text: str, rules: LanguageRules) -> Resolution:
    """A day without a year that names a known event ("the September 11th attacks").

    Its year is the event's, not the one nearest the publication date.
    """
    point = res.point
    if point is None or point.gran != "day" or f.rule.normalise != "explicit_date":
        return res
    if f.has("year") or point.day is None:
        return res
    the = _THE_BEFORE.search(text, max(0, f.start - 12), f.start)
    if the is None:
        return res
    for event in rules.events:
        if (event.date.month, event.date.day) != (point.day.month, point.day.day):
            continue
        found = event.named.match(text, the.start()) if event.named is not None else None
        if found is not None and found.end() > f.end:
            day = cal.Point("day", event.date)
            return Resolution(
                res.type, day.value, day, anchor="text", anchor_value=event.date.isoformat()
            )
    return res


def _place_anniversary(
    f: Found,
    res: Resolution,
    done: list[tuple[Found, Resolution]],
    text: str,
    rules: LanguageRules,
    view: ParseView,
) -> Resolution | None:
    """Resolve "the Nth anniversary (of X)" from known events or a date in its sentence."""
    years = res.years_since or 0
    for event in rules.events:
        end = _event_end(event, text, f)
        if end is None:
            continue
        day = cal.shift_day(event.date, "Y", years)
        if day is None:
            return None
        point = cal.Point("day", day)
        return Resolution(
            "DATE", point.value, point, anchor="text", anchor_value=event.date.isoformat(), end=end
        )
    bounds = view.sentence(f.start, f.end)
    same_sentence = [
        other
        for g, other in done
        if other.point is not None
        and other.point.gran == "day"
        and g is not f
        and (bounds is None or bounds[0] <= g.start < bounds[1])
    ]
    if not same_sentence:
        return None
    point = cal.Point("day", same_sentence[0].point.day)  # type: ignore[union-attr]
    origin = cal.shift_day(point.day, "Y", -years)
    return Resolution(
        "DATE",
        point.value,
        point,
        anchor="text",
        anchor_value=origin.isoformat() if origin else None,
        end=view.of_phrase_end(f.start, f.end),
    )


def _event_end(event: KnownEvent, text: str, f: Found) -> int | None:
    if event.of is not None:
        m = event.of.match(text, f.end)
        if m is not None:
            return m.end()
    if event.owner is not None and event.owner.search(text[max(0, f.start - 40) : f.start]):
        return f.end
    return None
