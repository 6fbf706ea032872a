"""Layer highlighting for pages: contract JSON in, annotations and flat text segments out.

Works on the JSON contract (docs/format.md) only, so every layer renders the same way
whichever component filled it. Spans of different layers may nest or overlap; the text is
cut at every span boundary into segments, and each segment lists the marks covering it.
Nothing here produces markup: templates escape every string.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from dateline.contract import LAYER_KEYS, JsonObject

LAYER_TITLES: dict[str, str] = {
    "entities": "Entities",
    "timexes": "Times",
    "quotes": "Quotes",
    "events": "Events",
}

# What each role looks like is in app.css; the legend lists them in this order.
ROLE_TITLES: dict[str, tuple[str, str]] = {
    "entity": ("entities", "entity: person, organisation, place…"),
    "timex": ("timexes", "time expression"),
    "quote": ("quotes", "quoted content"),
    "speaker": ("quotes", "speaker"),
    "cue": ("quotes", "speech cue"),
    "trigger": ("events", "event trigger"),
    "actor": ("events", "event actor"),
    "recipient": ("events", "event recipient"),
    "place": ("events", "event place"),
    "date": ("events", "event date"),
}
"""Role name -> (its layer, what the legend calls it)."""


@dataclass(frozen=True, slots=True)
class Mark:
    """One highlighted span of one annotation, in one visual role."""

    ann: str  # the annotation id, e.g. "events-2"
    layer: str
    role: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Annotation:
    """One item of a layer, described for people: a label, its text and resolved value."""

    id: str
    layer: str
    index: int
    label: str
    text: str
    value: str
    marks: tuple[Mark, ...]
    actor_id: str | None = None  # the canonical actor it denotes, for a link to its page

    @property
    def start(self) -> int:
        """Where the annotation's first mark starts (for sorting and linking)."""
        return min((m.start for m in self.marks), default=0)


@dataclass(frozen=True, slots=True)
class Segment:
    """A run of text covered by the same set of marks (possibly none)."""

    start: int
    text: str
    marks: tuple[Mark, ...]

    @property
    def classes(self) -> str:
        """CSS classes: one per layer and one per role present."""
        layers = sorted({f"l-{m.layer}" for m in self.marks})
        roles = sorted({f"r-{m.role}" for m in self.marks})
        return " ".join(["mark", *layers, *roles])

    @property
    def anns(self) -> str:
        """Space-separated ids of the annotations covering this segment, in order."""
        return " ".join(dict.fromkeys(m.ann for m in self.marks))


def _mark(ann: str, layer: str, role: str, start: Any, end: Any) -> list[Mark]:
    if isinstance(start, int) and isinstance(end, int) and 0 <= start < end:
        return [Mark(ann, layer, role, start, end)]
    return []


def _join(*parts: object) -> str:
    return " · ".join(str(p) for p in parts if p not in (None, "", [], ()))


def actor_text(actor: JsonObject | None) -> str:
    """A short readable description of a contract actor object."""
    if not actor:
        return ""
    extra = _join(actor.get("country"), actor.get("sector"), actor.get("role"))
    return f"{actor.get('name')} ({extra})" if extra else str(actor.get("name"))


def place_text(place: JsonObject | None) -> str:
    """A short readable description of a contract place object, with coordinates."""
    if not place:
        return ""
    lat, lon = place.get("lat"), place.get("lon")
    where = (
        f"{lat:.4f}, {lon:.4f}"
        if isinstance(lat, int | float) and isinstance(lon, int | float)
        else ""
    )
    return _join(place.get("name"), place.get("country"), where)


def _entity(i: int, item: JsonObject) -> Annotation:
    ann = f"entities-{i}"
    resolved = actor_text(item.get("actor")) or place_text(item.get("place")) or "not resolved"
    marks = _mark(ann, "entities", "entity", item.get("start"), item.get("end"))
    label, words = str(item.get("label")), str(item.get("text"))
    actor_id = (item.get("actor") or {}).get("id")
    return Annotation(ann, "entities", i, label, words, resolved, tuple(marks), actor_id)


def _timex(i: int, item: JsonObject) -> Annotation:
    ann = f"timexes-{i}"
    start, end = item.get("start_date"), item.get("end_date")
    interval = "" if not start else (str(start) if start == end else f"{start} – {end}")
    value = _join(
        item.get("value"), interval, f"anchored on {item['anchor']}" if item.get("anchor") else ""
    )
    marks = _mark(ann, "timexes", "timex", item.get("start"), item.get("end"))
    return Annotation(
        ann, "timexes", i, str(item.get("type")), str(item.get("text")), value, tuple(marks)
    )


def _quote(i: int, item: JsonObject) -> Annotation:
    ann = f"quotes-{i}"
    marks: list[Mark] = []
    for piece in item.get("content_spans") or []:
        marks += _mark(ann, "quotes", "quote", *piece[:2])
    marks += _mark(ann, "quotes", "speaker", item.get("speaker_start"), item.get("speaker_end"))
    marks += _mark(ann, "quotes", "cue", item.get("cue_start"), item.get("cue_end"))
    speaker = (
        actor_text(item.get("speaker_actor"))
        or item.get("speaker_name")
        or item.get("speaker_text")
    )
    value = f"said by {speaker}" if speaker else "speaker not resolved"
    label, words = f"{item.get('kind')} quote", str(item.get("text"))
    actor_id = (item.get("speaker_actor") or {}).get("id")
    return Annotation(ann, "quotes", i, label, words, value, tuple(marks), actor_id)


def _participants(item: JsonObject, key: str) -> str:
    return ", ".join(_join(p.get("name"), p.get("country")) for p in item.get(key) or [])


def event_annotation(i: int, item: JsonObject) -> Annotation:
    """One event described: trigger, actors, recipients, place and date as marks."""
    ann = f"events-{i}"
    trigger = item.get("trigger") or {}
    marks = _mark(ann, "events", "trigger", trigger.get("start"), trigger.get("end"))
    for role, key in (("actor", "actor"), ("recipient", "recipient")):
        for p in item.get(key) or []:
            marks += _mark(ann, "events", role, p.get("start"), p.get("end"))
    location, date = item.get("location") or {}, item.get("date") or {}
    marks += _mark(ann, "events", "place", location.get("start"), location.get("end"))
    marks += _mark(ann, "events", "date", date.get("start"), date.get("end"))
    who = _participants(item, "actor") or "?"
    whom = _participants(item, "recipient")
    value = _join(
        f"{who} → {whom}" if whom else who,
        date.get("value"),
        place_text(location) if location else "",
        ", ".join(item.get("aux") or []),
    )
    label = str(item.get("type"))
    return Annotation(ann, "events", i, label, str(trigger.get("text", "")), value, tuple(marks))


_BUILDERS: dict[str, Callable[[int, JsonObject], Annotation]] = {
    "entities": _entity,
    "timexes": _timex,
    "quotes": _quote,
    "events": event_annotation,
}


def annotations(record: JsonObject, layers: Iterable[str] = LAYER_KEYS) -> list[Annotation]:
    """Every item of the chosen layers of a contract document, described."""
    found: list[Annotation] = []
    for layer in layers:
        build = _BUILDERS[layer]
        found += [build(i, item) for i, item in enumerate(record.get(layer) or [])]
    return found


def segments(text: str, marks: Sequence[Mark]) -> list[Segment]:
    """Cut ``text`` at every mark boundary; each piece carries the marks covering it."""
    size = len(text)
    cuts = sorted(
        {0, size, *(min(m.start, size) for m in marks), *(min(m.end, size) for m in marks)}
    )
    by_start: dict[int, list[Mark]] = {}
    for m in marks:
        by_start.setdefault(m.start, []).append(m)
    active: list[Mark] = []
    out: list[Segment] = []
    for left, right in itertools.pairwise(cuts):
        active = [m for m in active if m.end > left] + by_start.get(left, [])
        out.append(Segment(left, text[left:right], tuple(active)))
    return out


def document_view(record: JsonObject) -> tuple[list[Annotation], list[Segment]]:
    """Annotations and segments for a whole document page."""
    found = annotations(record)
    marks = [m for a in found for m in a.marks]
    return found, segments(record["text"], marks)


def layer_counts(found: Iterable[Annotation]) -> dict[str, int]:
    """How many annotations each layer has (every layer present, possibly zero)."""
    counts = dict.fromkeys(LAYER_KEYS, 0)
    for a in found:
        counts[a.layer] += 1
    return counts
