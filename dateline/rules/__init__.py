"""Rules and lexicons as data: ``<language>/<name>.yaml``, checked against ``schemas/<name>.json``.

Adding a language means adding a folder of data files; no code changes.
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any

import jsonschema
import yaml

from dateline.errors import RulesError

_PACKAGE = "dateline.rules"


def languages() -> tuple[str, ...]:
    """Languages that have a rules folder."""
    root = resources.files(_PACKAGE)
    return tuple(sorted(p.name for p in root.iterdir() if p.is_dir() and len(p.name) == 2))


def rule_names(language: str = "en") -> tuple[str, ...]:
    """Names of the rules files shipped for ``language``."""
    folder = resources.files(_PACKAGE).joinpath(language)
    return tuple(sorted(p.name[:-5] for p in folder.iterdir() if p.name.endswith(".yaml")))


@cache
def schema(name: str) -> dict[str, Any]:
    """The JSON Schema that every language's ``name`` rules file must satisfy."""
    path = resources.files(_PACKAGE).joinpath("schemas", f"{name}.json")
    if not path.is_file():
        raise RulesError(f"no schema for rules file {name!r}")
    return json.loads(path.read_text(encoding="utf-8"))


def load_rules(name: str, language: str = "en") -> Any:
    """Load and validate one rules file; raise ``RulesError`` naming the file and field."""
    path = resources.files(_PACKAGE).joinpath(language, f"{name}.yaml")
    if not path.is_file():
        raise RulesError(f"no {name!r} rules for language {language!r}")
    return validated(
        yaml.safe_load(path.read_text(encoding="utf-8")), name, f"{language}/{name}.yaml"
    )


def validated(data: Any, name: str, where: str) -> Any:
    """Check ``data`` against the schema ``name``; return it unchanged when valid."""
    return validate_schema(data, schema(name), where)


def validate_schema(data: Any, schema_doc: dict[str, Any], where: str) -> Any:
    """Check ``data`` against a JSON Schema; raise ``RulesError`` naming the file and field."""
    try:
        jsonschema.validate(data, schema_doc)
    except jsonschema.ValidationError as exc:
        field = "/".join(str(p) for p in exc.absolute_path) or "(top level)"
        raise RulesError(f"{where}: {field}: {exc.message}") from None
    return data
