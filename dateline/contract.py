"""The JSON contract (docs/format.md): typed facts to plain JSON objects, at the edge only.

Every object with ``start``/``end`` also carries ``text`` copied from the fact, so a
consumer (and the property tests) can check ``doc["text"][start:end] == text``.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from dateline.model import (
    Actor,
    AnnotatedDocument,
    Document,
    Event,
    Mention,
    Participant,
    Place,
    Provenance,
    Quote,
    Span,
    Timex,
)

FORMAT_VERSION = "1"
LAYER_KEYS: tuple[str, ...] = ("entities", "timexes", "quotes", "events")

JsonObject = dict[str, Any]


def _date(value: dt.date | None) -> str | None:
    return value.isoformat() if value is not None else None


def _span_pair(span: Span | None) -> tuple[int | None, int | None]:
    return (span.start, span.end) if span is not None else (None, None)


def _span_obj(span: Span, text: str) -> JsonObject:
    return {"start": span.start, "end": span.end, "text": span.slice(text)}


def actor_json(actor: Actor) -> JsonObject:
    """The actor object shared by entities, quotes and the actor API."""
    return {
        "id": actor.id,
        "name": actor.name,
        "country": actor.country,
        "sector": actor.sector,
        "role": actor.role,
        "wikidata": actor.wikidata,
    }


def place_json(place: Place) -> JsonObject:
    """The place object shared by entities and event locations."""
    return {
        "name": place.name,
        "geonameid": place.geonameid,
        "lat": place.lat,
        "lon": place.lon,
        "country": place.country,
        "admin1": place.admin1,
        "feature": place.feature,
        "resolution": place.resolution,
    }


def mention_json(m: Mention) -> JsonObject:
    """One item of the ``entities`` layer."""
    item: JsonObject = {"start": m.span.start, "end": m.span.end, "text": m.text, "label": m.label}
    item["actor"] = actor_json(m.actor) if m.actor else None
    item["place"] = place_json(m.place) if m.place else None
    item["evidence"] = [[s.start, s.end] for s in m.evidence]
    return item


def timex_json(t: Timex) -> JsonObject:
    """One item of the ``timexes`` layer."""
    return {
        "start": t.span.start,
        "end": t.span.end,
        "text": t.text,
        "type": t.type,
        "value": t.value,
        "start_date": _date(t.start_date),
        "end_date": _date(t.end_date),
        "anchor": t.anchor,
        "anchor_value": t.anchor_value,
    }


def quote_json(q: Quote, text: str) -> JsonObject:
    """One item of the ``quotes`` layer."""
    hull = q.content
    speaker_start, speaker_end = _span_pair(q.speaker)
    cue_start, cue_end = _span_pair(q.cue)
    return {
        "content_start": hull.start,
        "content_end": hull.end,
        "text": hull.slice(text),
        "content_spans": [[s.start, s.end] for s in q.content_spans],
        "speaker_start": speaker_start,
        "speaker_end": speaker_end,
        "speaker_text": q.speaker.slice(text) if q.speaker else None,
        "speaker_name": q.speaker_name,
        "speaker_actor": actor_json(q.speaker_actor) if q.speaker_actor else None,
        "cue_start": cue_start,
        "cue_end": cue_end,
        "cue_text": q.cue.slice(text) if q.cue else None,
        "direct": q.direct,
        "kind": q.kind,
    }


def _participant_json(p: Participant, text: str) -> JsonObject:
    return {
        **_span_obj(p.span, text),
        "name": p.name,
        "country": p.country,
        "sector": p.sector,
        "actor_id": p.actor_id,
    }


def event_json(e: Event, text: str) -> JsonObject:
    """One item of the ``events`` layer."""
    date_span = e.date.span
    location = None
    if e.location is not None:
        location = {**place_json(e.location.place), **_span_obj(e.location.span, text)}
    return {
        "type": e.type,
        "modes": list(e.modes),
        "aux": list(e.aux),
        "context": list(e.context),
        "actor": [_participant_json(p, text) for p in e.actor],
        "recipient": [_participant_json(p, text) for p in e.recipient],
        "date": {
            "value": e.date.value,
            "start_date": _date(e.date.start_date),
            "end_date": _date(e.date.end_date),
            "start": date_span.start if date_span else None,
            "end": date_span.end if date_span else None,
            "text": date_span.slice(text) if date_span else None,
            "precision": e.date.precision,
            "source": e.date.source,
        },
        "location": location,
        "size": {"dead": e.size.dead, "injured": e.size.injured, "arrested": e.size.arrested},
        "trigger": _span_obj(e.trigger, text),
        "evidence": [[s.start, s.end] for s in e.evidence],
        "confidence": round(e.confidence, 3),
        "quote": e.quote_index,
    }


def pipeline_json(pipeline: tuple[Provenance, ...]) -> JsonObject:
    """Which component versions produced the layers."""
    return {p.component: p.version for p in pipeline}


def document_json(annotated: AnnotatedDocument) -> JsonObject:
    """The whole contract object for one annotated document."""
    doc, ann = annotated.document, annotated.annotations
    return {
        **document_header(doc),
        "entities": [mention_json(m) for m in ann.entities],
        "timexes": [timex_json(t) for t in ann.timexes],
        "quotes": [quote_json(q, doc.text) for q in ann.quotes],
        "events": [event_json(e, doc.text) for e in ann.events],
        "pipeline": pipeline_json(annotated.pipeline),
    }


def document_header(doc: Document) -> JsonObject:
    """The document fields of the contract, in contract order."""
    return {
        "id": doc.id,
        "date": doc.date.isoformat(),
        "title": doc.title,
        "source": doc.source,
        "url": doc.url,
        "language": doc.language,
        "text": doc.text,
    }


# One encoder for every call: ``json.dumps`` with options builds a new encoder each time,
# and the store serialises every layer item of every document.
_ENCODER = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))


def dumps(obj: JsonObject) -> str:
    """Serialise one contract object as a single JSON line (UTF-8, not ASCII-escaped)."""
    return _ENCODER.encode(obj)
