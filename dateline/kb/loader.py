"""Reading the knowledge files: shipped YAML plus the user's ``--kb`` extensions, schema-checked."""

from __future__ import annotations

import calendar
import datetime as dt
import json
from collections.abc import Iterable
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from dateline.errors import ConfigError, RulesError
from dateline.kb.model import (
    DEFAULT_SECTOR,
    Country,
    Organisation,
    Person,
    PlaceAlias,
    SectorSpell,
    Term,
)
from dateline.rules import validate_schema

_PACKAGE = "dateline.kb"
SECTIONS: tuple[str, ...] = ("countries", "organisations", "people", "places")
"""The data files shipped in ``dateline/kb/data`` (one schema each in ``dateline/kb/schemas``)."""


@cache
def kb_schema(name: str) -> dict[str, Any]:
    """The JSON Schema for the knowledge file ``name`` (or ``extension``)."""
    path = resources.files(_PACKAGE).joinpath("schemas", f"{name}.json")
    return json.loads(path.read_text(encoding="utf-8"))


def _plain(value: Any) -> Any:
    # YAML turns 2024-07-05 into a date and 2012 into an int; the schemas expect strings.
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value


def _dates_as_text(value: Any, key: str = "") -> Any:
    if isinstance(value, dict):
        return {k: _dates_as_text(v, k) for k, v in value.items()}
    if isinstance(value, list):
        return [_dates_as_text(v, key) for v in value]
    if key in ("from", "to") and isinstance(value, int):
        return str(value)
    return value


def check(data: Any, name: str, where: str) -> Any:
    """Validate ``data`` against the schema ``name``; raise ``RulesError`` naming the field."""
    return validate_schema(_dates_as_text(_plain(data)), kb_schema(name), where)


def shipped_files(name: str) -> list[str]:
    """The shipped files of one section: ``<name>.yaml`` and any ``<name>_*.yaml``."""
    folder = resources.files(_PACKAGE).joinpath("data")
    names = (p.name for p in folder.iterdir())
    extra = sorted(n for n in names if n.startswith(f"{name}_") and n.endswith(".yaml"))
    return [f"{name}.yaml", *extra]


def shipped(name: str) -> Any:
    """One shipped knowledge section (its main file and any ``<name>_*.yaml``), validated."""
    folder = resources.files(_PACKAGE).joinpath("data")
    merged: Any = None
    for filename in shipped_files(name):
        raw = yaml.safe_load(folder.joinpath(filename).read_text(encoding="utf-8"))
        data = check(raw, name, f"kb/{filename}")
        if merged is None:
            merged = data
        else:
            merged[name] = merged[name] + data[name]
    return merged


def read_extension(path: Path) -> dict[str, Any]:
    """A user's extension file, validated section by section."""
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ConfigError(f"cannot read knowledge file {str(path)!r}: {exc.strerror}") from None
    except yaml.YAMLError as exc:
        raise RulesError(f"{path}: not valid YAML ({exc.__class__.__name__})") from None
    data = check(raw, "extension", str(path))
    return {name: check({name: data[name]}, name, str(path))[name] for name in data}


def merged_sections(extra: Iterable[Path]) -> dict[str, Any]:
    """Shipped sections with each extension applied in order (same id or code replaces)."""
    sections = {name: shipped(name)[name] for name in SECTIONS}
    for path in extra:
        ext = read_extension(path)
        if "countries" in ext:
            sections["countries"] = {**sections["countries"], **ext["countries"]}
        for name, key in (("organisations", "id"), ("people", "id"), ("places", "name")):
            if name in ext:
                replaced = {e[key] for e in ext[name]}
                kept = [e for e in sections[name] if e[key] not in replaced]
                sections[name] = kept + list(ext[name])
    return sections


def parse_day(text: str, end: bool = False) -> dt.date:
    """A YYYY, YYYY-MM or YYYY-MM-DD string as a date (the last day when ``end``)."""
    parts = [int(p) for p in text.split("-")]
    year = parts[0]
    month = parts[1] if len(parts) > 1 else (12 if end else 1)
    if len(parts) > 2:
        return dt.date(year, month, parts[2])
    day = calendar.monthrange(year, month)[1] if end else 1
    return dt.date(year, month, day)


def build_people(entries: list[dict[str, Any]]) -> tuple[Person, ...]:
    """Person entries from the ``people`` section."""
    people = []
    for e in entries:
        terms = tuple(
            Term(
                role=o["role"],
                title=o.get("title") or o["role"].title(),
                country=o.get("country") or e["country"],
                start=parse_day(o["from"]),
                end=parse_day(o["to"], end=True) if o.get("to") else None,
                sector=o.get("sector", DEFAULT_SECTOR),
                executive=bool(o.get("executive", False)),
            )
            for o in e.get("offices", ())
        )
        people.append(
            Person(
                e["id"],
                e["name"],
                tuple(e.get("aliases", ())),
                e["country"],
                e.get("sector"),
                e.get("wikidata"),
                terms,
            )
        )
    return tuple(people)


def build_organisations(entries: list[dict[str, Any]]) -> tuple[Organisation, ...]:
    """Organisation entries from the ``organisations`` section."""
    orgs = []
    for e in entries:
        spells = tuple(
            SectorSpell(
                s["sector"],
                parse_day(s["from"]) if s.get("from") else None,
                parse_day(s["to"], end=True) if s.get("to") else None,
                s.get("country"),
            )
            for s in e.get("sectors", ())
        )
        orgs.append(
            Organisation(
                e["id"],
                e["name"],
                tuple(e.get("aliases", ())),
                e["country"],
                e.get("sector"),
                e.get("wikidata"),
                spells,
            )
        )
    return tuple(orgs)


def build_places(entries: list[dict[str, Any]]) -> tuple[PlaceAlias, ...]:
    """Place aliases from the ``places`` section."""
    return tuple(
        PlaceAlias(
            e["name"],
            tuple(e["aliases"]),
            e.get("country"),
            e.get("target"),
            e.get("lat"),
            e.get("lon"),
            e.get("feature", "city"),
        )
        for e in entries
    )


def build_countries(section: dict[str, Any]) -> tuple[Country, ...]:
    """Every ISO country (pycountry) merged with our names, demonyms and seats."""
    import pycountry

    countries = []
    seen: set[str] = set()
    for c in pycountry.countries:
        extra = section.get(c.alpha_3, {})
        countries.append(_country(c.alpha_3, c.alpha_2, _pycountry_names(c), extra))
        seen.add(c.alpha_3)
    for code, extra in section.items():
        if code not in seen:  # codes ISO leaves unassigned (Kosovo)
            if "name" not in extra:
                raise RulesError(f"kb/countries.yaml: countries/{code}: needs a name")
            countries.append(_country(code, None, [extra["name"]], extra))
    return tuple(countries)


def _plural(people: str) -> str:
    """The plural noun of a people's name ("Yorubas"); "Sinhalese" is its own plural."""
    return people if people.endswith(("s", "sh", "ese")) else people + "s"


def _pycountry_names(c: Any) -> list[str]:
    names = [getattr(c, "common_name", None), c.name, getattr(c, "official_name", None)]
    return [n for n in names if n and "," not in n]


def _country(code: str, iso2: str | None, official: list[str], extra: dict[str, Any]) -> Country:
    names = [*official, *extra.get("names", ())]
    display = extra.get("name") or (official[0] if official else code)
    peoples = extra.get("peoples", ())  # read as demonyms: "Igbo elders", "the Yorubas"
    return Country(
        iso3=code,
        iso2=iso2,
        name=display,
        names=tuple(dict.fromkeys(n for n in names if n)),
        adjectives=(*extra.get("adj", ()), *peoples),
        people=(*extra.get("people", ()), *(_plural(p) for p in peoples)),
        seats=tuple(extra.get("seats", {}).items()),
        capitals=tuple(extra.get("capitals", ())),
        wikidata=extra.get("wikidata"),
    )
