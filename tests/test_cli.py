"""The CLI end to end: exit codes, one-line errors, idempotent ingest, export == extract."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from dateline.cli import main

ARTICLE = (
    "date 2025-04-13 Russian ballistic missiles hit the centre of Sumy on Sunday morning, "
    "regional officials said. The Ukrainian president called for a strong response from allies."
)


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "news"
    (folder / "april").mkdir(parents=True)
    (folder / "april" / "sumy.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "talks.jsonl").write_text(
        json.dumps(
            {
                "id": "talks",
                "date": "2025-05-16",
                "title": "Talks",
                "text": "Delegations met in Istanbul on Friday.",
            }
        )
        + "\n{broken\n",
        encoding="utf-8",
    )
    (folder / "bad.txt").write_bytes(b"date 2025-02-30 Not a day.")
    return folder


def run(runner: CliRunner, *args: str) -> object:
    return runner.invoke(main, list(args), catch_exceptions=False)


def test_extract_prints_contract_objects_and_reports_bad_inputs(
    runner: CliRunner, corpus: Path
) -> None:
    result = run(runner, "extract", str(corpus))
    assert result.exit_code == 1
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert sorted(d["id"] for d in lines) == ["april/sumy", "talks"]
    errors = result.stderr.strip().splitlines()
    assert len(errors) == 2
    assert any("talks.jsonl:2" in e and "malformed JSON" in e for e in errors)
    assert any("bad.txt:1" in e and "2025-02-30" in e for e in errors)
    assert "Traceback" not in result.stderr
    for doc in lines:
        assert set(doc) >= {
            "id",
            "date",
            "title",
            "source",
            "url",
            "text",
            "entities",
            "timexes",
            "quotes",
            "events",
        }


def test_ingest_is_idempotent_and_export_equals_extract(
    runner: CliRunner, corpus: Path, db_location: str
) -> None:
    first = run(runner, "ingest", str(corpus), "--db", db_location)
    assert first.exit_code == 1  # two inputs rejected, the rest stored
    assert "2 stored" in first.stderr and "2 rejected" in first.stderr
    again = run(runner, "ingest", str(corpus), "--db", db_location)
    assert again.exit_code == 1
    assert "0 stored" in again.stderr and "2 skipped" in again.stderr
    # Named directly, the file gets another id; its content is recognised as a duplicate.
    direct = run(runner, "ingest", str(corpus / "april" / "sumy.txt"), "--db", db_location)
    assert direct.exit_code == 0
    assert "same content as april/sumy" in direct.stderr

    exported = run(runner, "export", "--format", "jsonl", "--db", db_location)
    extracted = run(runner, "extract", str(corpus))
    by_id = {json.loads(x)["id"]: json.loads(x) for x in extracted.stdout.splitlines()}
    for line in exported.stdout.splitlines():
        record = json.loads(line)
        if record["id"] in by_id:
            assert record == by_id[record["id"]]
        else:
            assert record["id"] == "sumy"


def test_conflicting_content_needs_force(
    runner: CliRunner, tmp_path: Path, db_location: str
) -> None:
    path = tmp_path / "one.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    assert run(runner, "ingest", str(path), "--db", db_location, "-q").exit_code == 0
    path.write_text(ARTICLE.replace("Sunday", "Saturday"), encoding="utf-8")
    conflict = run(runner, "ingest", str(path), "--db", db_location, "-q")
    assert conflict.exit_code == 1
    assert "one" in conflict.stderr and "--force" in conflict.stderr
    forced = run(runner, "ingest", str(path), "--db", db_location, "--force")
    assert forced.exit_code == 0 and "1 replaced" in forced.stderr
    shown = run(runner, "show", "one", "--db", db_location)
    assert "Saturday" in shown.stdout


def test_docs_show_search_stats(runner: CliRunner, corpus: Path, db_location: str) -> None:
    run(runner, "ingest", str(corpus), "--db", db_location, "-q")
    docs = run(runner, "docs", "--db", db_location)
    assert "april/sumy" in docs.stdout and "2025-04-13" in docs.stdout
    show = run(runner, "show", "april/sumy", "--db", db_location)
    assert "Sumy" in show.stdout and "entities" in show.stdout
    search = run(runner, "search", "Istanbul", "--db", db_location)
    assert "talks" in search.stdout
    stats = run(runner, "stats", "--db", db_location)
    assert "documents: 2" in stats.stdout
    missing = run(runner, "show", "nope", "--db", db_location)
    assert missing.exit_code == 2 and "no document" in missing.stderr


def test_untrusted_text_is_not_read_as_markup(
    runner: CliRunner, tmp_path: Path, db_location: str
) -> None:
    path = tmp_path / "evil.txt"
    path.write_text("date 2025-01-01 Officials in [bold red]Kyiv[/] said [link=x]so[/link].")
    run(runner, "ingest", str(path), "--db", db_location, "-q")
    shown = run(runner, "show", "evil", "--db", db_location)
    assert "[bold red]Kyiv[/]" in shown.stdout


def test_usage_errors_exit_2(runner: CliRunner, tmp_path: Path) -> None:
    assert runner.invoke(main, ["ingest"]).exit_code == 2
    assert runner.invoke(main, ["nonsense"]).exit_code == 2
    result = runner.invoke(main, ["docs", "--db", str(tmp_path / "missing.db")])
    assert result.exit_code == 2 and "dateline ingest" in result.stderr


def test_every_command_has_help_with_examples(runner: CliRunner) -> None:
    for name, command in main.commands.items():
        result = runner.invoke(main, [name, "--help"])
        assert result.exit_code == 0, name
        assert "Example" in (command.help or ""), name


def test_module_entry_point_and_stdin() -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "dateline", "extract", "-"],
        input="date 2025-06-01 Drones hit airfields in Russia on Sunday.",
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["id"] == "stdin"


def test_pathological_document_is_rejected_by_its_time_budget_and_batch_goes_on(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "batch"
    folder.mkdir()
    (folder / "a_huge.txt").write_text("date 2025-01-01 " + "Kyiv said no. " * 60_000)
    (folder / "b_small.txt").write_text("date 2025-01-02 Talks resumed in Geneva on Monday.")
    monkeypatch.setenv("DATELINE_DOC_TIMEOUT", "0.5")
    result = run(runner, "extract", str(folder))
    assert result.exit_code == 1
    assert "a_huge.txt" in result.stderr and "time budget" in result.stderr
    assert [json.loads(x)["id"] for x in result.stdout.splitlines()] == ["b_small"]
