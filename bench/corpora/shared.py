"""Where the shared evaluation data lives (``../shared`` beside the checkout by default)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SHARED = Path(os.environ.get("DATELINE_SHARED", ROOT.parent / "shared"))


def shared_path(*parts: str) -> Path:
    """A path under the shared folder; exit with a clear message when it is missing."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        sys.stderr.write(f"shared data not found: {path} (set DATELINE_SHARED)\n")
        raise SystemExit(2)
    return path
