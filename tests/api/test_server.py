"""``dateline serve``: a real uvicorn process on loopback, read-only mode, clear errors."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
from click.testing import CliRunner

from dateline.cli import main
from dateline.store import Store


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_serve_read_only_answers_on_loopback(tmp_path: Path) -> None:
    db = tmp_path / "served.db"
    Store.open(str(db)).close()
    port = free_port()
    env = {**os.environ, "DATELINE_TOKEN": "t0ken"}
    cmd = [sys.executable, "-m", "dateline", "serve", "--db", str(db), "--port", str(port)]
    proc = subprocess.Popen([*cmd, "--read-only"], env=env, stderr=subprocess.PIPE, text=True)
    try:
        health = None
        for _ in range(100):
            try:
                health = httpx.get(f"http://127.0.0.1:{port}/healthz", timeout=1).json()
                break
            except httpx.TransportError:
                time.sleep(0.1)
        assert health is not None, "server did not answer"
        assert health["read_only"] is True and health["writes_enabled"] is False
        page = httpx.get(f"http://127.0.0.1:{port}/").text
        assert "No documents yet" in page
        denied = httpx.post(
            f"http://127.0.0.1:{port}/api/documents",
            json={"date": "2025-01-01", "text": "x"},
            headers={"Authorization": "Bearer t0ken"},
        )
        assert denied.status_code == 403
    finally:
        proc.terminate()
        proc.wait(10)
        proc.stderr.close()


def test_serve_read_only_on_a_missing_database_is_one_line(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["serve", "--db", str(tmp_path / "none.db"), "--read-only"])
    assert result.exit_code == 2
    assert result.stderr.strip().count("\n") == 0
    assert "does not exist" in result.stderr and "dateline ingest" in result.stderr


def test_serve_help_names_the_defaults() -> None:
    result = CliRunner().invoke(main, ["serve", "--help"])
    assert result.exit_code == 0
    assert (
        "127.0.0.1" in result.stdout and "8080" in result.stdout and "--read-only" in result.stdout
    )
