"""Settings: one table, environment and overrides, validation, documented in the README."""

from __future__ import annotations

from pathlib import Path

import pytest

from dateline.config import Settings, settings_table
from dateline.errors import ConfigError


def test_precedence_defaults_env_overrides() -> None:
    assert Settings.load(env={}).db == "dateline.db"
    env = {"DATELINE_DB": "env.db", "DATELINE_DOC_TIMEOUT": "2.5", "DATELINE_KB": "a.yaml:b.yaml"}
    from_env = Settings.load(env=env)
    assert (from_env.db, from_env.doc_timeout) == ("env.db", 2.5)
    assert from_env.kb_paths == (Path("a.yaml"), Path("b.yaml"))
    assert Settings.load({"db": "cli.db"}, env=env).db == "cli.db"
    assert Settings.load({"db": None}, env=env).db == "env.db"


@pytest.mark.parametrize(
    "env",
    [{"DATELINE_MAX_BYTES": "lots"}, {"DATELINE_DOC_TIMEOUT": "0"}, {"DATELINE_BATCH_SIZE": "-1"}],
)
def test_bad_values_are_config_errors(env: dict[str, str]) -> None:
    with pytest.raises(ConfigError):
        Settings.load(env=env)


def test_every_setting_is_documented_in_the_readme() -> None:
    readme = (Path(__file__).parents[1] / "README.md").read_text(encoding="utf-8")
    for name, env, _default, _help in settings_table():
        assert f"| {name} | `{env}` |" in readme, name
