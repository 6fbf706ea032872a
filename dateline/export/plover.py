"""PLOVER JSONL export: one spec-shaped record per stored event (``--format plover-jsonl``).

Records use the PLOVER JSON field names (``id``, ``date``, ``source``, ``recipient``,
``event``, ``mode``, ``context``, ``event_loc``, ``event_text``, ``quad_code``,
``text_info``, ``cite_info``) plus dateline's own ``aux``, ``size``, ``confidence`` and
date precision. The event is coded as the PLOVER manual codes it: cooperation stated as
intended (``aux`` future/hypothetical) is an AGREE, conflict announced for the future a
THREATEN, and intended cooperation that is refused a REJECT (rules in
``kb/data/plover.yaml``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from dateline.contract import JsonObject, dumps
from dateline.nlp.events_plover import Plover, load_plover
from dateline.store import Store

CODEBOOK = "PLOVER (Open Event Data Alliance), coded by dateline"
INTENDED = frozenset({"future", "hypothetical"})


def coded_type(event: JsonObject, plover: Plover | None = None) -> str | None:
    """The PLOVER type an event is coded as, or None when it codes no event.

    Negated and historical events code nothing, except an intended cooperation that is
    refused ("will not provide aid"), which is a rejection.
    """
    plover = plover or load_plover()
    aux = set(event["aux"])
    kind = event["type"]
    if "historical" in aux:
        return None
    if "negation" in aux:
        cooperative = kind == "AGREE" or plover.intended_as.get(kind) == "AGREE"
        return plover.refused_as if cooperative and (aux & INTENDED or kind == "AGREE") else None
    if aux & INTENDED:
        coded = plover.intended_as.get(kind, kind)
        # Only an announced future makes a conflict action a threat; a merely possible
        # one ("to protest", "if attacked") stays what it is.
        if coded != "AGREE" and "future" not in aux:
            return kind
        return coded
    return kind


def coded_modes(event: JsonObject, kind: str, plover: Plover | None = None) -> list[str]:
    """The event's modes valid for the coded type (plus the mode a coding implies)."""
    plover = plover or load_plover()
    valid = plover.modes.get(kind, frozenset())
    modes = [m for m in event["modes"] if m in valid]
    implied = plover.complement_modes.get(kind, {}).get(event["type"])
    if implied and implied not in modes and kind != event["type"]:
        modes.append(implied)
    return modes


def _actor(p: JsonObject) -> JsonObject:
    return {
        "code": p["country"],
        "sector": p["sector"],
        "actor_text": p["text"],
        "identifier_id": p["actor_id"],
        "identifier_text": p["name"],
    }


def _location(loc: JsonObject | None) -> JsonObject | None:
    if loc is None:
        return None
    return {
        "geonameid": loc["geonameid"],
        "name": loc["name"],
        "latitude": loc["lat"],
        "longitude": loc["lon"],
        "feature_code": loc["feature"],
        "cc3": loc["country"],
        "admin1_name": loc["admin1"],
        "text": loc["text"],
        "start": loc["start"],
        "end": loc["end"],
    }


def plover_record(
    document: JsonObject, index: int, plover: Plover | None = None, event: JsonObject | None = None
) -> JsonObject:
    """The PLOVER record of the ``index``-th event of a stored document.

    ``event`` is that event when the caller has it without the document's events layer
    (the API streams events from the events table).
    """
    plover = plover or load_plover()
    e = document["events"][index] if event is None else event
    kind = coded_type(e, plover) or e["type"]
    date = e["date"]
    evidence = e["evidence"]
    record: JsonObject = {
        "id": f"{document['id']}#{index}",
        "has_event": coded_type(e, plover) is not None,
        "date": date["start_date"] or date["value"],
        "source": [_actor(p) for p in e["actor"]],
        "recipient": [_actor(p) for p in e["recipient"]],
        "event": [kind],
        "mode": coded_modes(e, kind, plover),
        "context": list(e["context"]),
        "aux": list(e["aux"]),
        "event_loc": _location(e["location"]),
        "event_text": [e["trigger"]["text"]],
        "quad_code": plover.quads.get(kind),
        "size": dict(e["size"]),
        "text_info": {"start": evidence[0][0], "end": evidence[-1][1], "evidence": evidence},
        "cite_info": _cite(document),
        "confidence": e["confidence"],
        "date_precision": date["precision"],
        "date_source": date["source"],
    }
    if date["end_date"] and date["end_date"] != record["date"]:
        record["enddate"] = date["end_date"]
    return record


def _cite(document: JsonObject) -> JsonObject:
    return {
        "corpus": "dateline",
        "citation": document["id"],
        "url": document["url"],
        "title": document["title"],
        "language": document["language"],
        "publication": document["source"],
        "publication_date": document["date"],
        "coder": "dateline events@" + str(document["pipeline"].get("events", "")),
        "codebook": CODEBOOK,
    }


def plover_records(documents: Iterator[JsonObject]) -> Iterator[JsonObject]:
    """Every event of every document as a PLOVER record."""
    plover = load_plover()
    for doc in documents:
        for i in range(len(doc["events"])):
            yield plover_record(doc, i, plover)


def export_plover(store: Store, write_line: Callable[[str], None]) -> int:
    """Write every stored event as one PLOVER JSON line; return how many were written."""
    n = 0
    for record in plover_records(store.iter_documents()):
        write_line(dumps(record))
        n += 1
    return n
